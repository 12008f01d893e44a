//! summary.json: the figures in the shape scripts rely on (`labreport-summary/1`).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::aggregate::{Count, Figures, Group};
use crate::config::{Config, UNKNOWN};
use crate::discover::Lab;
use crate::indicators::{Indicator, Indicators, PeriodFigures};
use crate::outcomes::programme::OutcomesJson;

pub const SCHEMA: &str = "labreport-summary/1";

#[derive(Debug, Serialize)]
pub struct Summary {
    pub schema: &'static str,
    pub generated_at: String,
    pub totals: Totals,
    pub labs: BTreeMap<String, LabSummary>,
    /// Display labels of the ids used as keys: `stakeholder_type`, `sector`, `question`.
    pub labels: BTreeMap<&'static str, BTreeMap<String, String>>,
    /// Every rating question by id: its scale, and whether the config names it or it was
    /// found in a sheet (an unconfigured question, its id a slug of its header).
    pub questions: BTreeMap<String, QuestionJson>,
    /// The programme's indicators, per reporting period and cumulative.
    pub indicators: IndicatorsJson,
    /// The organisations that took part (attended), by stakeholder type, then name.
    pub organisations: Vec<OrganisationJson>,
    /// The world café's ideas (`outcomes`): in all, by topic and per lab.
    pub outcomes: OutcomesJson,
}

#[derive(Debug, Serialize)]
pub struct IndicatorsJson {
    /// By period id, in date order.
    pub periods: InOrder<PeriodJson>,
    /// The labs in no period (no date, or a date outside every `[[period]]`); absent when
    /// every lab is in one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_period: Option<PeriodJson>,
    pub cumulative: PeriodJson,
}

/// A map whose keys keep the order they were given (JSON objects have no order, but readers
/// show it).
#[derive(Debug)]
pub struct InOrder<T>(pub Vec<(String, T)>);

impl<T: Serialize> Serialize for InOrder<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

#[derive(Debug, Serialize)]
pub struct PeriodJson {
    pub label: String,
    /// The labs (keys as in `labs`) it holds.
    pub lab_keys: Vec<String>,
    pub labs: u64,
    /// Labs without attendance data: they add no participations.
    pub labs_without_attendance: u64,
    pub participations: u64,
    pub people: u64,
    pub organisations: u64,
    /// People and organisations not seen in an earlier period.
    pub new_people: u64,
    pub new_organisations: u64,
    pub by_stakeholder_type: BTreeMap<String, Indicator>,
}

#[derive(Debug, Serialize)]
pub struct OrganisationJson {
    /// The `[[organisation]]` id, when the config names it.
    pub id: Option<String>,
    pub label: String,
    pub stakeholder_type: String,
    pub labs: u64,
    pub participations: u64,
}

#[derive(Debug, Serialize)]
pub struct QuestionJson {
    pub scale: [f64; 2],
    pub configured: bool,
}

#[derive(Debug, Serialize)]
pub struct Totals {
    pub labs: u64,
    pub partners: u64,
    pub registrations: u64,
    /// Null when no lab has attendance data.
    pub attendees: Option<u64>,
    pub feedback_responses: u64,
    pub unique_registered_people: u64,
    pub unique_attendee_people: u64,
    pub walk_ins: u64,
    pub duplicates_removed: u64,
    pub by_stakeholder_type: BTreeMap<String, CountJson>,
    pub by_sector: BTreeMap<String, CountJson>,
    pub feedback_mean: BTreeMap<String, Option<f64>>,
    pub feedback_answers: BTreeMap<String, u64>,
    pub nps: BTreeMap<String, Option<f64>>,
}

#[derive(Debug, Serialize)]
pub struct LabSummary {
    pub partner: String,
    /// The partner as the report names it (`partner` in lab.toml, else the folder name).
    pub partner_name: String,
    pub lab: String,
    pub date: Option<String>,
    pub title: String,
    pub venue: Option<String>,
    pub theme: Option<String>,
    /// The reporting period's id (`none` when the lab is in none).
    pub period: String,
    pub registrations: u64,
    /// Null when the lab has no attendance data.
    pub attendees: Option<u64>,
    pub walk_ins: u64,
    pub duplicates_removed: u64,
    pub by_stakeholder_type: BTreeMap<String, CountJson>,
    pub by_sector: BTreeMap<String, CountJson>,
    pub feedback_responses: u64,
    pub feedback_mean: BTreeMap<String, Option<f64>>,
    pub feedback_answers: BTreeMap<String, u64>,
    pub nps: BTreeMap<String, Option<f64>>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct CountJson {
    pub registered: u64,
    /// Null when there is no attendance data.
    pub attended: Option<u64>,
}

/// Means keep 4 decimals: enough to recompute any published figure.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Every id of the taxonomy (zero where nobody is), plus `unknown`.
fn breakdown<'a>(
    ids: impl Iterator<Item = &'a str>,
    counts: &BTreeMap<String, Count>,
    has_attendance: bool,
) -> BTreeMap<String, CountJson> {
    ids.chain([UNKNOWN])
        .map(|id| {
            let c = counts.get(id).copied().unwrap_or_default();
            let json = CountJson {
                registered: c.registered,
                attended: has_attendance.then_some(c.attended),
            };
            (id.to_string(), json)
        })
        .collect()
}

type Feedback = (
    BTreeMap<String, Option<f64>>,
    BTreeMap<String, u64>,
    BTreeMap<String, Option<f64>>,
);

fn feedback(group: &Group, config: &Config) -> Feedback {
    let mut mean = BTreeMap::new();
    let mut answers = BTreeMap::new();
    let mut nps = BTreeMap::new();
    for q in &config.questions {
        let rated = group.feedback.get(&q.id);
        mean.insert(q.id.clone(), rated.map(|r| round4(r.mean)));
        answers.insert(q.id.clone(), rated.map_or(0, |r| r.answers));
        if q.is_nps() {
            nps.insert(q.id.clone(), rated.and_then(|r| r.nps).map(round4));
        }
    }
    (mean, answers, nps)
}

impl Summary {
    pub fn new(
        labs: &[Lab],
        figures: &Figures,
        indicators: &Indicators,
        has_attendance: &[bool],
        outcomes: OutcomesJson,
        config: &Config,
        generated_at: String,
    ) -> Summary {
        let types = || config.stakeholder_types.ids();
        let sectors = || config.sectors.ids();
        let any_attendance = has_attendance.iter().any(|&a| a);
        let mut out = BTreeMap::new();
        for (((lab, g), &att), period) in labs
            .iter()
            .zip(&figures.labs)
            .zip(has_attendance)
            .zip(&indicators.lab_period)
        {
            let (feedback_mean, feedback_answers, nps) = feedback(g, config);
            out.insert(
                lab.key.clone(),
                LabSummary {
                    partner: lab.partner.clone(),
                    partner_name: lab.partner_label.clone(),
                    lab: lab.name.clone(),
                    date: lab.date.map(|d| d.to_string()),
                    title: lab.title.clone().unwrap_or_else(|| lab.name.clone()),
                    venue: lab.venue.clone(),
                    theme: lab.theme.clone(),
                    period: period.clone(),
                    registrations: g.registrations,
                    attendees: att.then_some(g.attendees),
                    walk_ins: g.walk_ins,
                    duplicates_removed: g.registration_rows - g.registrations,
                    by_stakeholder_type: breakdown(types(), &g.by_stakeholder_type, att),
                    by_sector: breakdown(sectors(), &g.by_sector, att),
                    feedback_responses: g.feedback_responses,
                    feedback_mean,
                    feedback_answers,
                    nps,
                },
            );
        }
        let all = &figures.all;
        let (feedback_mean, feedback_answers, nps) = feedback(all, config);
        let mut partners: Vec<&str> = labs.iter().map(|l| l.partner.as_str()).collect();
        partners.dedup();
        Summary {
            schema: SCHEMA,
            generated_at,
            totals: Totals {
                labs: labs.len() as u64,
                partners: partners.len() as u64,
                registrations: all.registrations,
                attendees: any_attendance.then_some(all.attendees),
                feedback_responses: all.feedback_responses,
                unique_registered_people: figures.unique_registered_people,
                unique_attendee_people: figures.unique_attendee_people,
                walk_ins: all.walk_ins,
                duplicates_removed: all.registration_rows - all.registrations,
                by_stakeholder_type: breakdown(types(), &all.by_stakeholder_type, any_attendance),
                by_sector: breakdown(sectors(), &all.by_sector, any_attendance),
                feedback_mean,
                feedback_answers,
                nps,
            },
            labs: out,
            labels: labels(config),
            questions: config
                .questions
                .iter()
                .map(|q| {
                    let json = QuestionJson {
                        scale: [q.scale.0, q.scale.1],
                        configured: !q.unconfigured,
                    };
                    (q.id.clone(), json)
                })
                .collect(),
            indicators: indicators_json(indicators),
            organisations: indicators
                .organisations
                .iter()
                .map(|o| OrganisationJson {
                    id: o.id.clone(),
                    label: o.label.clone(),
                    stakeholder_type: o.stakeholder_type.clone(),
                    labs: o.labs,
                    participations: o.participations,
                })
                .collect(),
            outcomes,
        }
    }

    pub fn to_json(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).expect("the summary serialises");
        bytes.push(b'\n');
        bytes
    }
}

fn indicators_json(indicators: &Indicators) -> IndicatorsJson {
    let json = |f: &PeriodFigures| PeriodJson {
        label: f.label.clone(),
        lab_keys: f.lab_keys.clone(),
        labs: f.labs,
        labs_without_attendance: f.labs_without_attendance,
        participations: f.total.participations,
        people: f.total.people,
        organisations: f.total.organisations,
        new_people: f.new_people,
        new_organisations: f.new_organisations,
        by_stakeholder_type: f.by_stakeholder_type.clone(),
    };
    IndicatorsJson {
        periods: InOrder(
            indicators
                .periods
                .iter()
                .map(|f| (f.id.clone(), json(f)))
                .collect(),
        ),
        no_period: indicators.no_period.as_ref().map(json),
        cumulative: json(&indicators.cumulative),
    }
}

fn labels(config: &Config) -> BTreeMap<&'static str, BTreeMap<String, String>> {
    let taxonomy = |t: &crate::config::Taxonomy| {
        t.entries
            .iter()
            .map(|c| (c.id.clone(), c.label.clone()))
            .chain([(UNKNOWN.to_string(), "Unknown".to_string())])
            .collect()
    };
    BTreeMap::from([
        ("stakeholder_type", taxonomy(&config.stakeholder_types)),
        ("sector", taxonomy(&config.sectors)),
        (
            "question",
            config
                .questions
                .iter()
                .map(|q| (q.id.clone(), q.label.clone()))
                .collect(),
        ),
    ])
}

/// The time the run says it was made: `SOURCE_DATE_EPOCH` if set (for reproducible output),
/// else now; RFC 3339 in UTC.
pub fn generated_at() -> Result<String, String> {
    let seconds = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => v.trim().parse::<i64>().map_err(|_| {
            format!("SOURCE_DATE_EPOCH={v:?} is not a whole number of seconds since 1970-01-01; fix it or unset it")
        })?,
        Err(_) => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0),
    };
    Ok(rfc3339(seconds))
}

/// Seconds since 1970 → "YYYY-MM-DDTHH:MM:SSZ".
pub(crate) fn rfc3339(seconds: i64) -> String {
    let secs = seconds.rem_euclid(86_400);
    let date = crate::discover::Date::from_unix_days(seconds.div_euclid(86_400))
        .map_or_else(|| "0000-01-01".to_string(), |d| d.to_string());
    format!(
        "{date}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_in_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        // 2026-01-01T00:00:00Z, worked out: 56 years incl. 14 leap days = 20454 days.
        assert_eq!(rfc3339(20_454 * 86_400), "2026-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400 + 3_661), "2000-02-29T01:01:01Z");
    }

    #[test]
    fn means_keep_four_decimals() {
        assert_eq!(round4(120.0 / 29.0), 4.1379);
        assert_eq!(round4(4.0), 4.0);
    }
}
