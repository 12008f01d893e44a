//! Page contexts: the figures and rows each page shows, built from the summary so that every
//! figure on a page is the one in summary.json.

use super::*;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::discover::Date;
use crate::say;
use crate::wording::{Arg, Wording};

use crate::aggregate::Group;
use crate::config::Config;
use crate::discover::Lab;
use crate::privacy::{Disclosure, Key, MARKER};
use crate::recognise::values::mask_emails;
use crate::summary::{LabSummary, Summary};

#[derive(Serialize)]
pub(super) struct Branding {
    pub(super) title: String,
    pub(super) project: Option<String>,
    pub(super) programme: Option<String>,
    pub(super) funding: Option<String>,
    pub(super) contact: Option<String>,
    pub(super) logo: Option<String>,
    pub(super) generated: String,
}

impl Branding {
    pub(super) fn new(config: &Config, generated_at: &str, w: &Wording) -> Branding {
        let r = &config.report;
        Branding {
            title: r.title.clone().unwrap_or_else(|| w.text("report-title")),
            project: r.project.clone(),
            programme: r.programme.clone(),
            funding: r.funding.clone(),
            contact: r.contact.clone(),
            logo: config
                .logo
                .as_ref()
                .map(|l| format!("data:{};base64,{}", l.mime, base64(&l.bytes))),
            generated: match Date::parse_iso_prefix(generated_at) {
                Some(Ok(d)) => w.date(d),
                _ => generated_at.get(..10).unwrap_or(generated_at).to_string(),
            },
        }
    }
}

#[derive(Serialize)]
pub(super) struct Figure {
    pub(super) label: String,
    pub(super) value: String,
    pub(super) note: Option<String>,
}

#[derive(Serialize)]
pub(super) struct IndexPage<'a> {
    pub(super) branding: &'a Branding,
    /// What `[c]` means, on a page that shows it (`privacy::note`).
    pub(super) withheld: Option<String>,
    /// What this report adds to the previous one, a sentence each (`manifest::Changes`).
    pub(super) changes: Vec<String>,
    pub(super) headline: Vec<Figure>,
    pub(super) indicators: indicators::Section,
    pub(super) charts: Vec<Drawn>,
    pub(super) labs: Vec<LabRow>,
    /// The labs table's total row: the programme's figures.
    pub(super) labs_total: LabRow,
    pub(super) feedback: Vec<FeedbackRow>,
    pub(super) nps: Option<String>,
    pub(super) outcomes: Option<outcomes::IndexSection>,
    pub(super) quality: Quality,
}

#[derive(Serialize)]
pub(super) struct LabPage<'a> {
    pub(super) branding: &'a Branding,
    pub(super) withheld: Option<String>,
    pub(super) lab: LabInfo,
    pub(super) headline: Vec<Figure>,
    pub(super) charts: Vec<Drawn>,
    pub(super) feedback: Vec<FeedbackRow>,
    pub(super) nps: Option<String>,
    pub(super) outcomes: Option<outcomes::LabSection>,
    pub(super) history: History,
}

#[derive(Serialize)]
pub(super) struct LabInfo {
    pub(super) title: String,
    pub(super) partner: String,
    pub(super) date: Option<String>,
    pub(super) venue: Option<String>,
    pub(super) theme: Option<String>,
}

/// "feedback file added", "lab.toml edited", in the report's language.
fn file_change(c: &crate::manifest::FileChange, w: &Wording) -> String {
    match c.roles.as_slice() {
        [one] if one == "lab.toml" => say!(w, "changes-lab-toml", how = c.how),
        [] => say!(w, "changes-file-not-read", how = c.how),
        roles => {
            let roles: Vec<String> = roles
                .iter()
                .map(|r| w.text_or(&format!("role-{r}"), r))
                .collect();
            say!(w, "changes-file", roles = w.and_list(&roles), how = c.how)
        }
    }
}

/// What this report adds to the previous one, a sentence each (`manifest::Changes`).
pub(super) fn changes(c: &crate::manifest::Changes, w: &Wording) -> Vec<String> {
    let mut out = Vec::new();
    let names = |labs: &[(String, String)]| labs.iter().map(|(_, n)| n.clone()).collect::<Vec<_>>();
    if !c.new.is_empty() {
        out.push(say!(
            w,
            "changes-new",
            n = c.new.len(),
            labs = names(&c.new).join("; ")
        ));
    }
    if !c.changed.is_empty() {
        let labs: Vec<String> = c
            .changed
            .iter()
            .map(|(_, n, what)| {
                let what: Vec<String> = what.iter().map(|c| file_change(c, w)).collect();
                format!("{n} ({})", what.join("; "))
            })
            .collect();
        out.push(say!(
            w,
            "changes-changed",
            n = c.changed.len(),
            labs = labs.join("; ")
        ));
    }
    if !c.gone.is_empty() {
        out.push(say!(
            w,
            "changes-gone",
            n = c.gone.len(),
            labs = names(&c.gone).join("; ")
        ));
    }
    if c.config_changed {
        out.push(w.text("changes-config"));
    }
    out
}

/// The interim report's headline figures.
pub(super) fn programme_headline(summary: &Summary, d: &Disclosure, w: &Wording) -> Vec<Figure> {
    let t = &summary.totals;
    let mut out = vec![Figure {
        label: w.text("headline-labs"),
        value: w.count(t.labs),
        note: Some(say!(w, "headline-labs-note", n = t.partners)),
    }];
    out.extend(participation_figures(
        d,
        "all",
        t.registrations,
        t.attendees,
        w,
    ));
    let attended = total(d, "all", "people", t.unique_attendee_people);
    out.push(Figure {
        label: w.text("headline-people"),
        value: total(d, "all", "registered_people", t.unique_registered_people).text(w),
        note: Some(match attended {
            Num::Shown(n) => say!(w, "headline-people-note", n = n),
            Num::Withheld => say!(w, "headline-people-note-withheld", marker = MARKER),
        }),
    });
    out.push(Figure {
        label: w.text("column-feedback-responses"),
        value: total(d, "all", "feedback_responses", t.feedback_responses).text(w),
        note: None,
    });
    out
}

/// A lab page's headline figures.
pub(super) fn lab_headline(
    s: &LabSummary,
    scope: &str,
    d: &Disclosure,
    w: &Wording,
) -> Vec<Figure> {
    let mut out = participation_figures(d, scope, s.registrations, s.attendees, w);
    out.push(Figure {
        label: w.text("column-feedback-responses"),
        value: total(d, scope, "feedback_responses", s.feedback_responses).text(w),
        note: None,
    });
    out
}

pub(super) fn participation_figures(
    d: &Disclosure,
    scope: &str,
    registrations: u64,
    attendees: Option<u64>,
    w: &Wording,
) -> Vec<Figure> {
    let registrations = total(d, scope, "registered", registrations);
    let mut out = vec![Figure {
        label: w.text("column-registrations"),
        value: registrations.text(w),
        note: None,
    }];
    match attendees {
        Some(a) => {
            let a = total(d, scope, "attended", a);
            out.push(Figure {
                label: w.text("column-attendees"),
                value: a.text(w),
                note: None,
            });
            out.push(Figure {
                label: w.text("column-attendance-rate"),
                value: share(a, registrations, w),
                note: Some(w.text("headline-rate-note")),
            });
        }
        None => out.push(Figure {
            label: w.text("column-attendees"),
            value: "–".into(),
            note: Some(w.text("headline-no-attendance")),
        }),
    }
    out
}

/// "Timișoara · 30 September 2019": a lab named by its partner and date.
pub(super) fn lab_label(lab: &Lab, w: &Wording) -> String {
    match lab.date {
        Some(d) => format!("{} · {}", display(&lab.partner_label, 60), w.date(d)),
        None => format!(
            "{} · {}",
            display(&lab.partner_label, 60),
            display(&lab.name, 20)
        ),
    }
}

/// Lab indices by date (undated last), then key.
pub(super) fn date_order(labs: &[Lab]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..labs.len()).collect();
    order.sort_by(|&a, &b| {
        (labs[a].date.is_none(), labs[a].date, &labs[a].key).cmp(&(
            labs[b].date.is_none(),
            labs[b].date,
            &labs[b].key,
        ))
    });
    order
}

#[derive(Serialize)]
pub(super) struct LabRow {
    /// "new" or "changed" since the previous report, in the index's table.
    pub(super) mark: Option<&'static str>,
    pub(super) href: String,
    pub(super) title: String,
    pub(super) partner: String,
    pub(super) date: String,
    pub(super) registrations: String,
    pub(super) attendees: String,
    pub(super) rate: String,
    pub(super) responses: String,
    pub(super) overall: String,
}

pub(super) fn lab_row(
    lab: &Lab,
    s: &LabSummary,
    href: String,
    d: &Disclosure,
    w: &Wording,
) -> LabRow {
    let scope = format!("lab:{}", lab.key);
    LabRow {
        href,
        title: display(&s.title, 120),
        partner: display(&lab.partner_label, 60),
        date: lab
            .date
            .map_or_else(|| w.text("undated"), |date| w.date(date)),
        ..counts_row(
            &scope,
            (s.registrations, s.attendees, s.feedback_responses),
            (&s.feedback_mean, &s.feedback_answers),
            d,
            w,
        )
    }
}

/// A labs table's figures for `scope` (a lab, or "all" for the total row): registrations,
/// attendees, responses, and the overall mean; the row's title, partner and date left blank.
fn counts_row(
    scope: &str,
    (registrations, attendees, responses): (u64, Option<u64>, u64),
    (means, answers): (&BTreeMap<String, Option<f64>>, &BTreeMap<String, u64>),
    d: &Disclosure,
    w: &Wording,
) -> LabRow {
    let registrations = total(d, scope, "registered", registrations);
    let attendees = attendees.map(|a| total(d, scope, "attended", a));
    let answers = answers.get("overall").copied().unwrap_or(0);
    LabRow {
        mark: None,
        href: String::new(),
        title: String::new(),
        partner: String::new(),
        date: String::new(),
        registrations: registrations.text(w),
        attendees: attendees.map_or("–".into(), |a| a.text(w)),
        rate: attendees.map_or("–".into(), |a| share(a, registrations, w)),
        responses: total(d, scope, "feedback_responses", responses).text(w),
        overall: means
            .get("overall")
            .copied()
            .flatten()
            .map_or("–".into(), |m| {
                if d.rating_shown(scope, "overall", answers) {
                    w.decimal(m, 2)
                } else {
                    MARKER.into()
                }
            }),
    }
}

/// The labs table's total row: the programme's registrations, attendees, responses and
/// overall mean (not the labs' sums: a person registered twice for one lab counts once).
pub(super) fn labs_total(input: &Inputs<'_>) -> LabRow {
    let t = &input.summary.totals;
    LabRow {
        title: input.wording.text("total"),
        ..counts_row(
            "all",
            (t.registrations, t.attendees, t.feedback_responses),
            (&t.feedback_mean, &t.feedback_answers),
            input.disclosure,
            &input.wording,
        )
    }
}

pub(super) fn lab_rows(input: &Inputs<'_>) -> Vec<LabRow> {
    date_order(input.labs)
        .into_iter()
        .map(|i| {
            let lab = &input.labs[i];
            let mut row = lab_row(
                lab,
                &input.summary.labs[&lab.key],
                format!("labs/{}/{}.html", lab.partner, lab.name),
                input.disclosure,
                &input.wording,
            );
            row.mark = input.changes.mark(&lab.key);
            row
        })
        .collect()
}

#[derive(Serialize)]
pub(super) struct FeedbackRow {
    pub(super) label: String,
    pub(super) mean: String,
    pub(super) scale: String,
    pub(super) answers: String,
    /// "answer: count" pairs across the scale, zeros included.
    pub(super) spread: Vec<(String, String)>,
    /// Whether a spread chart shows it (`spread_charts`); the others are listed in a table.
    pub(super) charted: bool,
}

pub(super) fn feedback_rows(
    scope: &str,
    group: &Group,
    config: &Config,
    d: &Disclosure,
    w: &Wording,
) -> Vec<FeedbackRow> {
    config
        .questions
        .iter()
        .filter_map(|q| {
            let r = group.feedback.get(&q.id)?;
            let dist = group.distribution.get(&q.id);
            // The scale's whole points, zeros included; answers between them (4.5) after.
            let spread = crate::privacy::spread_answers(q.scale, dist)
                .into_iter()
                .map(|a| {
                    let n = dist.and_then(|d| d.get(&a)).copied().unwrap_or(0);
                    let n = Num::of(d, &crate::privacy::answer_key(scope, &q.id, &a), n);
                    (a, n.text(w))
                })
                .collect();
            let answers = Num::of(d, &Key::new(scope, "question", &q.id, "answers"), r.answers);
            Some(FeedbackRow {
                charted: in_spread_chart(q, group),
                label: display(&q.label, 80),
                mean: if d.rating_shown(scope, &q.id, r.answers) {
                    w.decimal(r.mean, 2)
                } else {
                    MARKER.into()
                },
                scale: scale_text(q.scale, w),
                answers: answers.text(w),
                spread,
            })
        })
        .collect()
}

pub(super) fn nps_text(
    scope: &str,
    group: &Group,
    config: &Config,
    d: &Disclosure,
    w: &Wording,
) -> Option<String> {
    let q = config.questions.iter().find(|q| q.is_nps())?;
    let r = group.feedback.get(&q.id)?;
    let nps = r.nps?;
    let question = display(&q.label, 80);
    if !d.rating_shown(scope, &q.id, r.answers) {
        return Some(say!(
            w,
            "nps-withheld",
            question = question,
            marker = MARKER
        ));
    }
    Some(say!(
        w,
        "nps",
        question = question,
        score = w.signed(nps.round() as i64),
        n = r.answers
    ))
}

#[derive(Serialize)]
pub(super) struct History {
    pub(super) partner: String,
    pub(super) rows: Vec<LabRow>,
    /// This lab against the partner's previous one, in words.
    pub(super) change: Option<String>,
}

/// How many of the partner's earlier labs a lab page lists.
pub(super) const HISTORY_ROWS: usize = 5;

/// This lab against the same partner's earlier ones. `sequence` is the partner's labs in date
/// order; the page lists only the last few, so pages stay small however many labs there are.
pub(super) fn history(input: &Inputs<'_>, sequence: &[usize], this: usize) -> History {
    let lab = &input.labs[this];
    let position = sequence.iter().position(|&i| i == this).unwrap_or(0);
    let shown = &sequence[position.saturating_sub(HISTORY_ROWS)..=position];
    let rows = shown
        .iter()
        .map(|&i| {
            let other = &input.labs[i];
            lab_row(
                other,
                &input.summary.labs[&other.key],
                format!("{}.html", other.name),
                input.disclosure,
                &input.wording,
            )
        })
        .collect();
    let partner = display(&lab.partner_label, 60);
    let d = input.disclosure;
    let w = &*input.wording;
    let change = position.checked_sub(1).map(|p| {
        let now = &input.summary.labs[&lab.key];
        let earlier = &input.labs[sequence[p]];
        let before = &input.summary.labs[&earlier.key];
        // Told only when both counts are shown.
        let shown = |key: &str, n: u64| {
            !d.withheld(&Key::total(&format!("lab:{key}"), "registered")) || n == 0
        };
        if !(shown(&lab.key, now.registrations) && shown(&earlier.key, before.registrations)) {
            return say!(
                w,
                "history-change-withheld",
                partner = partner.as_str(),
                number = position + 1,
                marker = MARKER
            );
        }
        let diff = now.registrations as i64 - before.registrations as i64;
        let id = match diff.signum() {
            1 => "history-change-more",
            -1 => "history-change-fewer",
            _ => "history-change-same",
        };
        w.message(
            id,
            &[
                ("partner", Arg::from(partner.as_str())),
                ("number", Arg::from(position + 1)),
                ("n", Arg::from(now.registrations)),
                ("lab", Arg::from(lab_label(lab, w))),
                ("diff", Arg::from(diff.unsigned_abs())),
                ("previous", Arg::from(display(&before.title, 80))),
                ("n_previous", Arg::from(before.registrations)),
            ],
        )
    });
    History {
        partner,
        rows,
        change,
    }
}

pub(super) fn lab_info(lab: &Lab, s: &LabSummary, w: &Wording) -> LabInfo {
    LabInfo {
        title: display(&s.title, 200),
        partner: display(&lab.partner_label, 60),
        date: lab.date.map(|d| w.date(d)),
        venue: s.venue.as_deref().map(|v| display(v, 200)),
        theme: s.theme.as_deref().map(|t| display(t, 400)),
    }
}

#[derive(Serialize)]
pub(super) struct Quality {
    pub(super) sheets: Vec<SheetRow>,
    pub(super) rejected: Vec<(String, String)>,
    pub(super) unmapped: Vec<UnmappedRow>,
    pub(super) duplicates_removed: Num,
    pub(super) walk_ins: Num,
    /// With `[privacy] min_cell`: the sheets' rows and the labels' counts are withheld.
    pub(super) withheld_counts: bool,
}

#[derive(Serialize)]
pub(super) struct SheetRow {
    pub(super) file: String,
    pub(super) sheet: String,
    pub(super) role: String,
    pub(super) rows: String,
    pub(super) header_row: String,
    pub(super) note: String,
}

#[derive(Serialize)]
pub(super) struct UnmappedRow {
    pub(super) field: String,
    pub(super) value: String,
    pub(super) count: String,
    pub(super) first: String,
}

/// Why a sheet was not read, in the report's language; a reader's error (a file that does not
/// open) as the reader tells it, in English.
fn skip_reason(skip: Option<&crate::recognise::Skip>, why: &str, w: &Wording) -> String {
    use crate::recognise::Skip;
    let quoted = |items: &[String]| {
        let items: Vec<String> = items
            .iter()
            .map(|h| format!("\"{}\"", display(h, 40)))
            .collect();
        w.and_list(&items)
    };
    match skip {
        Some(Skip::Hidden) => w.text("skip-hidden"),
        Some(Skip::NoRows { header_row, role }) => say!(
            w,
            "skip-no-rows",
            row = *header_row,
            role = w.text_or(&format!("role-{role}"), role)
        ),
        Some(Skip::NoHeader) => w.text("skip-no-header"),
        Some(Skip::NoRole { headers }) => say!(w, "skip-no-role", headers = quoted(headers)),
        Some(Skip::NoPeople { columns }) => {
            say!(w, "skip-no-people", columns = w.and_list(columns))
        }
        Some(Skip::NoParticipants { tool, header_row }) => say!(
            w,
            "skip-no-participants",
            tool = tool.as_str(),
            row = *header_row
        ),
        None => display(why, 300),
    }
}

pub(super) fn quality(input: &Inputs<'_>) -> Quality {
    let d = input.disclosure;
    let w = &*input.wording;
    let mut sheets = Vec::new();
    let mut rejected = Vec::new();
    for s in &input.sheets {
        let file = display(&s.file, 120);
        let sheet = s
            .sheet
            .as_deref()
            .map(|n| display(n, 60))
            .unwrap_or_else(|| "–".into());
        match &s.layout {
            Some(layout) => sheets.push(SheetRow {
                file,
                sheet,
                role: w.text_or(&format!("role-{}", layout.role.name()), layout.role.name()),
                // A sheet's rows are its people, before duplicates are removed.
                rows: if d.is_on() {
                    MARKER.into()
                } else {
                    w.count(s.rows as u64)
                },
                header_row: w.count(layout.header_row as u64 + 1),
                note: match (s.summary_rows, &s.skipped) {
                    (_, Some(why)) => skip_reason(s.skip.as_ref(), why, w),
                    (0, None) => String::new(),
                    (n, None) => say!(w, "totals-rows-left-out", n = n),
                },
            }),
            None if s.outcomes.is_some() => sheets.push(SheetRow {
                file,
                sheet,
                role: w.text("role-outcomes"),
                rows: "–".into(),
                header_row: s
                    .outcome_columns
                    .as_ref()
                    .map_or("–".into(), |(r, _)| w.count(*r as u64 + 1)),
                note: match s.outcome_shape {
                    Some((shape, n)) => say!(w, "outcome-sheet-note", shape = shape, n = n),
                    None => display(s.outcomes.as_deref().unwrap_or(""), 300),
                },
            }),
            None if s.skipped.as_deref() == Some("empty") => {}
            None => {
                let what = match &s.sheet {
                    Some(_) => format!("{file} › {sheet}"),
                    None => file,
                };
                rejected.push((
                    what,
                    s.skipped.as_deref().map_or_else(
                        || w.text("not-read"),
                        |why| skip_reason(s.skip.as_ref(), why, w),
                    ),
                ));
            }
        }
    }
    let t = &input.summary.totals;
    let mut counts: BTreeMap<(String, String), (usize, String)> = BTreeMap::new();
    for u in &input.unmapped {
        let e = counts
            .entry((u.field.clone(), u.value.clone()))
            .or_insert((0, u.location.to_string()));
        e.0 += 1;
    }
    let unmapped = counts
        .into_iter()
        .map(|((field, value), (count, first))| UnmappedRow {
            field: w.text_or(&format!("field-{}", field.replace('_', "-")), &field),
            value: mask_emails(&display(&value, 80)),
            count: if d.is_on() {
                MARKER.into()
            } else {
                w.count(count as u64)
            },
            first: display(&first, 160),
        })
        .collect();
    Quality {
        sheets,
        rejected,
        unmapped,
        duplicates_removed: total(d, "all", "duplicates_removed", t.duplicates_removed),
        walk_ins: total(d, "all", "walk_ins", t.walk_ins),
        withheld_counts: d.is_on(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::{Changes, FileChange};

    #[test]
    fn why_a_sheet_was_not_read_is_said_in_the_reports_language() {
        use crate::recognise::Skip;
        let en = Wording::english();
        let no_rows = Skip::NoRows {
            header_row: 4,
            role: "feedback",
        };
        assert_eq!(
            skip_reason(Some(&no_rows), "English", &en),
            "the sheet has a header (row 4) but no feedback rows; was the right sheet exported?"
        );
        assert_eq!(
            skip_reason(Some(&Skip::Hidden), "English", &en),
            "hidden in the workbook, so not read"
        );
        let ro = Wording::new("ro", None).unwrap();
        assert_eq!(
            skip_reason(Some(&no_rows), "English", &ro),
            "foaia are un antet (rândul 4), dar niciun rând de feedback; a fost exportată foaia corectă?"
        );
        // A reader's error is told as the reader tells it.
        assert_eq!(
            skip_reason(None, "the workbook is password protected", &en),
            "the workbook is password protected"
        );
        let headers = Skip::NoRole {
            headers: vec!["Gen".into(), "Oraș".into()],
        };
        assert!(
            skip_reason(Some(&headers), "English", &en)
                .starts_with("the columns (\"Gen\" and \"Oraș\") hold no")
        );
    }

    #[test]
    fn what_changed_in_a_lab_is_said_in_the_reports_language() {
        let c = Changes {
            changed: vec![(
                "timisoara/l2".into(),
                "Timișoara, 2020-02-20".into(),
                vec![
                    FileChange {
                        roles: vec!["registrations".into(), "feedback".into()],
                        how: "added",
                    },
                    FileChange {
                        roles: vec!["lab.toml".into()],
                        how: "edited",
                    },
                ],
            )],
            ..Changes::default()
        };
        assert_eq!(
            changes(&c, &Wording::english()),
            [
                "Changed: Timișoara, 2020-02-20 (registrations and feedback file added; lab.toml edited)."
            ]
        );
        assert_eq!(
            changes(&c, &Wording::new("ro", None).unwrap()),
            [
                "Ateliere modificate: Timișoara, 2020-02-20 (fișier de înscrieri și feedback adăugat; lab.toml modificat)."
            ]
        );
    }
}
