//! Chart planning: which charts a page has, their bars, and the table beside each.

use super::*;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::aggregate::Group;
use crate::chart::{BarChart, Chart, DivergingChart, Series};
use crate::config::{Config, UNKNOWN};
use crate::privacy::{Disclosure, Key, MARKER};
use crate::summary::{CountJson, LabSummary};

#[derive(Serialize, Clone)]
pub(super) struct Table {
    pub(super) columns: Vec<String>,
    pub(super) rows: Vec<(String, Vec<String>)>,
}

pub(super) struct PlannedChart {
    pub(super) chart: Chart,
    pub(super) table: Table,
}

/// A row of a participation chart: label, registered, attended (when known).
pub(super) type Bar = (String, Num, Option<Num>);

/// The categories of a breakdown with anyone in them, largest first (then in taxonomy
/// order); withheld counts last.
pub(super) fn categories<'a>(
    d: &Disclosure,
    scope: &str,
    breakdown: &str,
    ids: impl Iterator<Item = (&'a str, &'a str)>,
    counts: &BTreeMap<String, CountJson>,
) -> Vec<Bar> {
    let mut rows: Vec<Bar> = ids
        .chain([(UNKNOWN, "Unknown")])
        .filter_map(|(id, label)| {
            let c = counts.get(id)?;
            let k = |m: &str| Key::new(scope, breakdown, id, m);
            // With counts withheld every category is listed, zeros too: a row listed only
            // when it has anyone would tell that a withheld count beside a 0 is not 0.
            (d.is_on() || c.registered > 0 || c.attended.unwrap_or(0) > 0).then(|| {
                (
                    display(label, 60),
                    Num::of(d, &k("registered"), c.registered),
                    c.attended.map(|a| Num::of(d, &k("attended"), a)),
                )
            })
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1.get()));
    rows
}

/// What a participation chart's finding says. Its rows come largest first, but for `Range`.
pub(super) enum Finding {
    /// "X was the largest group by sector", "X and Y were the largest groups by sector".
    LargestGroup,
    /// "X had the most registrations" (partners: a partner is not a group of people).
    MostRegistrations,
    /// The range from the smallest row to the largest (rows in their own order, e.g. time).
    Range,
}

/// A chart of registered and attended counts, with its finding and table. A withheld count
/// has no bar, `[c]` beside it and in the table, and the finding names only shown counts.
pub(super) fn participation_chart(
    id: &str,
    title: &str,
    rows: &[Bar],
    total: Num,
    what: &str,
    finding: Finding,
) -> PlannedChart {
    let attended_known = rows.iter().any(|r| r.2.is_some());
    let mut series = vec![Series {
        name: "Registered".into(),
        values: rows.iter().map(|r| r.1.value()).collect(),
    }];
    if attended_known {
        series.push(Series {
            name: "Attended".into(),
            values: rows.iter().map(|r| r.2.map_or(0.0, Num::value)).collect(),
        });
    }
    // The finding is told from the shown counts only.
    let withheld = rows.iter().any(|r| r.1 == Num::Withheld);
    // The finding names shown counts of anyone only.
    let shown: Vec<(String, u64, Option<Num>)> = rows
        .iter()
        .filter_map(|r| r.1.get().map(|n| (r.0.clone(), n, r.2)))
        .filter(|r| r.1 > 0 || !withheld)
        .collect();
    let lead = match finding {
        Finding::LargestGroup => Some((
            format!("was the largest group by {what}"),
            format!("were the largest groups by {what}"),
        )),
        Finding::MostRegistrations => Some((
            "had the most registrations".to_string(),
            "had the most registrations".to_string(),
        )),
        Finding::Range => None,
    };
    let mut description = match (lead, shown.as_slice()) {
        (_, []) if rows.is_empty() => format!("No registrations to show by {what}."),
        (_, []) => format!(
            "The registrations by {what} are withheld ({MARKER}) to protect the people behind them."
        ),
        (None, _) if withheld => {
            range_finding(&shown, what).replacen("Across ", "Across the shown ", 1)
        }
        (None, _) => range_finding(&shown, what),
        (Some((one, tied_words)), [(label, n, att), rest @ ..]) => {
            let of_total = match total {
                Num::Shown(t) => {
                    format!(" of {t} registrations ({})", percent(*n as f64, t as f64))
                }
                Num::Withheld => " registrations".to_string(),
            };
            let tied: Vec<&str> = rest
                .iter()
                .take_while(|r| r.1 == *n)
                .map(|r| r.0.as_str())
                .collect();
            // With counts withheld, the largest shown group may not be the largest.
            let (one, tied_words) = if withheld {
                (
                    format!("{one} among those shown"),
                    format!("{tied_words} among those shown"),
                )
            } else {
                (one, tied_words)
            };
            let mut d = if tied.is_empty() {
                format!("{label} {one}: {n}{of_total}.")
            } else {
                format!(
                    "{label} and {} {tied_words}, with {n}{of_total} each.",
                    tied.join(" and "),
                )
            };
            if let Some((label2, n2, _)) = rest.get(tied.len()) {
                d.push_str(&format!(" Next came {label2} with {n2}."));
            }
            if let Some(Num::Shown(a)) = att {
                d.push_str(&format!(
                    " Of the {label} group, {a} attended ({}).",
                    percent(*a as f64, *n as f64)
                ));
            }
            d
        }
    };
    if withheld && !shown.is_empty() {
        description.push_str(&format!(
            " Some counts are withheld ({MARKER}) to protect the people behind them."
        ));
    }
    let mut columns = vec![what_heading(what), "Registered".into()];
    if attended_known {
        columns.push("Attended".into());
        columns.push("Attendance rate".into());
    }
    let table_rows = rows
        .iter()
        .map(|(label, n, a)| {
            let mut cells = vec![n.to_string()];
            if attended_known {
                cells.push(a.map_or("–".into(), |a| a.to_string()));
                cells.push(a.map_or("–".into(), |a| share(a, *n)));
            }
            (label.clone(), cells)
        })
        .collect();
    PlannedChart {
        chart: Chart::Bar(BarChart {
            id: id.into(),
            title: title.into(),
            description,
            categories: rows.iter().map(|r| r.0.clone()).collect(),
            series,
            decimals: 0,
            max: None,
        }),
        table: Table {
            columns,
            rows: table_rows,
        },
    }
}

pub(super) fn what_heading(what: &str) -> String {
    let mut c = what.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The mean rating of each question. A withheld mean (`Disclosure::rating_shown`) has no bar
/// and is not in the finding.
pub(super) fn feedback_chart(
    id: &str,
    scope: &str,
    group: &Group,
    config: &Config,
    d: &Disclosure,
) -> Option<PlannedChart> {
    // The rating questions on the most common scale (the 0–10 recommend score is shown as NPS).
    let all: Vec<(&crate::config::Question, f64, u64)> = config
        .questions
        .iter()
        .filter(|q| !q.is_nps())
        .filter_map(|q| group.feedback.get(&q.id).map(|r| (q, r.mean, r.answers)))
        .collect();
    if all.is_empty() {
        return None;
    }
    let mean_of = |q: &crate::config::Question, mean: f64, n: u64| {
        d.rating_shown(scope, &q.id, n).then_some(mean)
    };
    let top = all.iter().map(|r| r.0.scale.1).fold(0.0, f64::max);
    let rated: Vec<(&crate::config::Question, f64, u64)> = all
        .iter()
        .copied()
        .filter(|r| mean_of(r.0, r.1, r.2).is_some())
        .collect();
    let best = rated.iter().max_by(|a, b| a.1.total_cmp(&b.1));
    let worst = rated.iter().min_by(|a, b| a.1.total_cmp(&b.1));
    let description = if let (Some(best), Some(worst)) = (best, worst) {
        finding_of_means(&rated, best, worst)
    } else {
        format!(
            "Every mean rating is withheld ({MARKER}): too few answers, or an answer given by too few people."
        )
    };
    let rated = all;
    Some(PlannedChart {
        chart: Chart::Bar(BarChart {
            id: id.into(),
            title: "Feedback: mean rating by question".into(),
            description,
            categories: rated.iter().map(|r| display(&r.0.label, 60)).collect(),
            series: vec![Series {
                name: "Mean rating".into(),
                values: rated
                    .iter()
                    .map(|r| mean_of(r.0, r.1, r.2).unwrap_or(f64::NAN))
                    .collect(),
            }],
            decimals: 2,
            max: Some(top),
        }),
        table: Table {
            columns: vec![
                "Question".into(),
                "Mean".into(),
                "Scale".into(),
                "Answers".into(),
            ],
            rows: rated
                .iter()
                .map(|(q, mean, n)| {
                    (
                        display(&q.label, 80),
                        vec![
                            mean_of(q, *mean, *n).map_or(MARKER.into(), |m| format!("{m:.2}")),
                            format!("{}–{}", q.scale.0, q.scale.1),
                            Num::of(d, &Key::new(scope, "question", &q.id, "answers"), *n)
                                .to_string(),
                        ],
                    )
                })
                .collect(),
        },
    })
}

/// The spread of answers as diverging bars: a chart per scale (1–5, 1–7, …), a bar per
/// question on it. The 0–10 recommend question is shown as its NPS instead, and scales that
/// are not whole points from 3 to 11 answers are left to the spread table.
///
/// A question whose spread holds a withheld count has no bar ("[c]" in its place) and no
/// percentages: they would give the count away.
pub(super) fn spread_charts(
    scope: &str,
    group: &Group,
    config: &Config,
    d: &Disclosure,
) -> Vec<PlannedChart> {
    let mut scales: Vec<(i64, i64)> = Vec::new();
    let charted = |q: &crate::config::Question| in_spread_chart(q, group);
    for q in config.questions.iter().filter(|q| charted(q)) {
        let s = (q.scale.0 as i64, q.scale.1 as i64);
        if !scales.contains(&s) {
            scales.push(s);
        }
    }
    let several = scales.len() > 1;
    scales
        .iter()
        .map(|&(lo, hi)| {
            let answers: Vec<String> = (lo..=hi).map(|a| a.to_string()).collect();
            let questions: Vec<&crate::config::Question> = config
                .questions
                .iter()
                .filter(|q| charted(q) && q.scale == (lo as f64, hi as f64))
                .collect();
            // Each question's counts, withheld ones `None`.
            let counts: Vec<Vec<Num>> = questions
                .iter()
                .map(|q| {
                    answers
                        .iter()
                        .map(|a| {
                            let n = group
                                .distribution
                                .get(&q.id)
                                .and_then(|d| d.get(a))
                                .copied()
                                .unwrap_or(0);
                            Num::of(d, &crate::privacy::answer_key(scope, &q.id, a), n)
                        })
                        .collect()
                })
                .collect();
            let rows: Vec<crate::chart::diverging::Row> = questions
                .iter()
                .zip(&counts)
                .map(|(q, c)| crate::chart::diverging::Row {
                    label: display(&q.label, 60),
                    // A row with a withheld count is drawn as "[c]", without bars.
                    counts: c
                        .iter()
                        .map(|n| n.get())
                        .collect::<Option<Vec<u64>>>()
                        .unwrap_or_default(),
                })
                .collect();
            let (id, title) = if several {
                (
                    format!("feedback-spread-{lo}-{hi}"),
                    format!("Feedback: spread of answers on the {lo}–{hi} scale"),
                )
            } else {
                (
                    "feedback-spread".to_string(),
                    "Feedback: spread of answers".to_string(),
                )
            };
            let mut columns = vec!["Question".to_string()];
            columns.extend(answers.iter().cloned());
            columns.push("Answers".into());
            let table_rows = rows
                .iter()
                .zip(&counts)
                .zip(&questions)
                .map(|((r, c), q)| {
                    let answered = group.feedback.get(&q.id).map_or(0, |r| r.answers);
                    let answered =
                        Num::of(d, &Key::new(scope, "question", &q.id, "answers"), answered);
                    let mut cells: Vec<String> = if r.counts.is_empty() {
                        c.iter().map(Num::to_string).collect()
                    } else {
                        let total: u64 = r.counts.iter().sum();
                        r.counts
                            .iter()
                            .map(|&c| format!("{c} ({})", percent(c as f64, total as f64)))
                            .collect()
                    };
                    cells.push(answered.to_string());
                    (r.label.clone(), cells)
                })
                .collect();
            PlannedChart {
                chart: Chart::Diverging(DivergingChart {
                    description: spread_finding(&rows, &answers),
                    id,
                    title,
                    answers,
                    rows,
                }),
                table: Table {
                    columns,
                    rows: table_rows,
                },
            }
        })
        .collect()
}

/// Whether a question's answers are shown by a spread chart: rated, not the recommend
/// question, on a scale of whole points with 3 to 11 answers.
pub(super) fn in_spread_chart(q: &crate::config::Question, group: &Group) -> bool {
    let (lo, hi) = q.scale;
    !q.is_nps()
        && lo.fract() == 0.0
        && hi.fract() == 0.0
        && (2.0..=10.0).contains(&(hi - lo))
        && group.feedback.contains_key(&q.id)
}

/// Participation by stakeholder type and by sector, for the index or a lab page.
pub(super) fn breakdown_charts(
    config: &Config,
    d: &Disclosure,
    scope: &str,
    by_type: &BTreeMap<String, CountJson>,
    by_sector: &BTreeMap<String, CountJson>,
    registrations: u64,
) -> Vec<PlannedChart> {
    let registrations = total(d, scope, "registered", registrations);
    vec![
        participation_chart(
            "participation-by-stakeholder-type",
            "Participation by stakeholder type",
            &categories(
                d,
                scope,
                "stakeholder_type",
                config.stakeholder_types.labelled(),
                by_type,
            ),
            registrations,
            "stakeholder type",
            Finding::LargestGroup,
        ),
        participation_chart(
            "participation-by-sector",
            "Participation by sector",
            &categories(d, scope, "sector", config.sectors.labelled(), by_sector),
            registrations,
            "sector",
            Finding::LargestGroup,
        ),
    ]
}

pub(super) fn index_charts(input: &Inputs<'_>) -> Vec<PlannedChart> {
    let s = input.summary;
    let t = &s.totals;
    let c = input.config;
    let d = input.disclosure;
    let mut charts = breakdown_charts(
        c,
        d,
        "all",
        &t.by_stakeholder_type,
        &t.by_sector,
        t.registrations,
    );
    // By partner.
    let partners: Vec<Bar> = input
        .figures
        .partners
        .iter()
        .map(|(p, g)| {
            let has_att = input
                .labs
                .iter()
                .filter(|l| &l.partner == p)
                .any(|l| s.labs[&l.key].attendees.is_some());
            let label = input
                .labs
                .iter()
                .find(|l| &l.partner == p)
                .map_or(p.clone(), |l| display(&l.partner_label, 60));
            let scope = format!("partner:{p}");
            (
                label,
                total(d, &scope, "registered", g.registrations),
                has_att.then(|| total(d, &scope, "attended", g.attendees)),
            )
        })
        .collect();
    // Largest first (withheld last): the finding names the first row.
    let mut partners = partners;
    partners.sort_by(|a, b| b.1.get().cmp(&a.1.get()).then_with(|| a.0.cmp(&b.0)));
    let registrations = total(d, "all", "registered", t.registrations);
    let by_partner = participation_chart(
        "participation-by-partner",
        "Participation by partner",
        &partners,
        registrations,
        "partner",
        Finding::MostRegistrations,
    );
    charts.push(by_partner);
    // Over time: labs in date order; with many labs, reporting periods (one bar pair per lab
    // would not fit a page, and the PNG would be enormous).
    let by_period = input.labs.len() > MAX_LABS_OVER_TIME;
    let rows: Vec<Bar> = if by_period {
        let any_attendance = t.attendees.is_some();
        let ind = input.indicators;
        ind.periods
            .iter()
            .chain(&ind.no_period)
            .filter_map(|p| {
                let g = input.figures.periods.get(&p.id)?;
                let scope = format!("period:{}", p.id);
                Some((
                    display(&p.label, 60),
                    total(d, &scope, "registered", g.registrations),
                    any_attendance.then(|| total(d, &scope, "attended", g.attendees)),
                ))
            })
            .collect()
    } else {
        date_order(input.labs)
            .iter()
            .map(|&i| {
                let key = &input.labs[i].key;
                let l = &s.labs[key];
                let scope = format!("lab:{key}");
                (
                    lab_label(&input.labs[i]),
                    total(d, &scope, "registered", l.registrations),
                    l.attendees.map(|a| total(d, &scope, "attended", a)),
                )
            })
            .collect()
    };
    let (title, unit) = if by_period {
        ("Participation over time, period by period", "period")
    } else {
        ("Participation over time, lab by lab", "lab")
    };
    charts.push(participation_chart(
        "participation-over-time",
        title,
        &rows,
        registrations,
        unit,
        Finding::Range,
    ));
    let all = &input.figures.all;
    if let Some(f) = feedback_chart("feedback-by-question", "all", all, c, d) {
        charts.push(f);
    }
    charts.extend(spread_charts("all", all, c, d));
    charts
}

pub(super) fn lab_charts(
    input: &Inputs<'_>,
    scope: &str,
    summary: &LabSummary,
    group: &Group,
) -> Vec<PlannedChart> {
    let (c, d) = (input.config, input.disclosure);
    let mut charts = breakdown_charts(
        c,
        d,
        scope,
        &summary.by_stakeholder_type,
        &summary.by_sector,
        summary.registrations,
    );
    if let Some(f) = feedback_chart("feedback-by-question", scope, group, c, d) {
        charts.push(f);
    }
    charts.extend(spread_charts(scope, group, c, d));
    charts
}

/// Above this many labs, the over-time chart shows reporting periods instead of labs.
pub(super) const MAX_LABS_OVER_TIME: usize = 30;
