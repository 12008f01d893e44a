//! data/labreport.xlsx: the report's tables as one Excel workbook, the file project managers
//! paste from. A cover sheet (title, project, programme, funding statement, when it was
//! made), then a sheet per table: the header row bold and frozen, numbers as numbers, rates
//! as percentages, columns fitted.
//!
//! The people counts come from the figures (`figures::figures`), the same rows as
//! figures.csv, so the workbook and the CSV cannot disagree. figures.csv itself is not a
//! sheet: it is for pivot tables and scripts, which read the CSV, and as a sheet it was 90 %
//! of the workbook's cells and of its time (measured at 400 labs: 110–130 ms of the build,
//! on the thread beside the pages).

use std::collections::BTreeMap;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use crate::config::{Config, UNKNOWN};
use crate::figures::FigureRow;
use crate::privacy::{Disclosure, Key, MARKER};
use crate::summary::Summary;
use crate::wording::Wording;

/// A cell of a table.
enum Cell {
    Text(String),
    Number(f64),
    /// A share, 0 to 1, shown as a percentage.
    Rate(f64),
    Empty,
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}

impl From<u64> for Cell {
    fn from(n: u64) -> Cell {
        Cell::Number(n as f64)
    }
}

impl From<Option<u64>> for Cell {
    fn from(n: Option<u64>) -> Cell {
        n.map_or(Cell::Empty, Cell::from)
    }
}

/// A count as figures.csv has it: missing (not known), withheld (`[privacy]`), or shown.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Got {
    Missing,
    Withheld,
    Shown(u64),
}

impl From<Got> for Cell {
    fn from(g: Got) -> Cell {
        match g {
            Got::Missing => Cell::Empty,
            Got::Withheld => Cell::Text(MARKER.into()),
            Got::Shown(n) => Cell::from(n),
        }
    }
}

/// One sheet: its name (at most 31 characters), header and rows.
struct Sheet {
    name: String,
    header: Vec<String>,
    rows: Vec<Vec<Cell>>,
}

/// figures.csv's rows by (scope, breakdown, category, measure). Hashed: collected into a
/// BTreeMap, the rows were sorted first, three quarters of the workbook's work (callgrind).
struct Lookup<'a>(
    foldhash::HashMap<(&'a str, &'a str, &'a str, &'a str), u64>,
    &'a Disclosure,
);

impl Lookup<'_> {
    fn get(&self, scope: &str, breakdown: &str, category: &str, measure: &str) -> Got {
        match self.0.get(&(scope, breakdown, category, measure)) {
            None => Got::Missing,
            Some(_)
                if self
                    .1
                    .withheld(&Key::new(scope, breakdown, category, measure)) =>
            {
                Got::Withheld
            }
            Some(&n) => Got::Shown(n),
        }
    }
}

/// Text cut to what an Excel cell holds (32,767 characters): a lab title of a hostile lab.toml
/// must not cost the workbook.
fn fits_a_cell(text: &str) -> &str {
    const MAX: usize = 32_767;
    match text.char_indices().nth(MAX) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

fn names(header: &[&str]) -> Vec<String> {
    header.iter().map(|h| h.to_string()).collect()
}

/// The attendance rate; withheld with either of its counts.
fn rate(attended: Got, registered: Got) -> Cell {
    match (attended, registered) {
        (Got::Withheld, _) | (_, Got::Withheld) => Cell::Text(MARKER.into()),
        (Got::Shown(a), Got::Shown(r)) if r > 0 => Cell::Rate(a as f64 / r as f64),
        _ => Cell::Empty,
    }
}

/// A count, or the marker when it is withheld.
fn shown(disclosure: &Disclosure, key: &Key, value: u64) -> Cell {
    if disclosure.withheld(key) {
        Cell::Text(MARKER.into())
    } else {
        Cell::from(value)
    }
}

/// The workbook's bytes. `generated_at` (RFC 3339) is its creation time, so that the same
/// inputs give the same file.
pub fn workbook(
    summary: &Summary,
    figures: &[FigureRow],
    outcomes: &[[String; 15]],
    config: &Config,
    disclosure: &Disclosure,
    w: &Wording,
) -> Result<Vec<u8>, XlsxError> {
    let look = Lookup(
        figures
            .iter()
            .map(|f| {
                (
                    (
                        f.scope.as_str(),
                        f.breakdown,
                        f.category.as_str(),
                        f.measure,
                    ),
                    f.value,
                )
            })
            .collect(),
        disclosure,
    );
    // The labels of the report's language (`Config::localised`); "Unknown" in it.
    let labels = |table: &str, id: &str| -> String {
        let taxonomy = if table == "sector" {
            &config.sectors
        } else {
            &config.stakeholder_types
        };
        taxonomy
            .labelled()
            .find(|(i, _)| *i == id)
            .map(|(_, l)| l.to_string())
            .or_else(|| (id == UNKNOWN).then(|| w.text("unknown")))
            .or_else(|| summary.labels[table].get(id).cloned())
            .unwrap_or_else(|| id.to_string())
    };
    let h = |id: &str| w.text(id);
    let mut sheets = Vec::new();

    // The indicators: a row per period and type, the period's total, then all labs'.
    let ind = &summary.indicators;
    let mut rows = Vec::new();
    let periods = ind
        .periods
        .0
        .iter()
        .map(|(id, p)| (format!("period:{id}"), id.as_str(), p))
        .chain(
            ind.no_period
                .iter()
                .map(|p| ("period:none".to_string(), "none", p)),
        )
        .chain([("all".to_string(), "all", &ind.cumulative)]);
    for (scope, id, p) in periods {
        let ids = config.stakeholder_types.ids().chain([UNKNOWN]);
        for (breakdown, category) in ids
            .map(|t| ("stakeholder_type", t))
            .chain([("total", "total")])
        {
            let m = |measure| look.get(&scope, breakdown, category, measure);
            let (part, people, orgs) = (m("participations"), m("people"), m("organisations"));
            if breakdown != "total"
                && part == Got::Shown(0)
                && people == Got::Shown(0)
                && orgs == Got::Shown(0)
            {
                continue;
            }
            let label = if breakdown == "total" {
                w.text("total")
            } else {
                labels("stakeholder_type", category)
            };
            rows.push(vec![
                Cell::from(id),
                Cell::from(crate::wording::period_label(id, &p.label, w)),
                Cell::from(label),
                part.into(),
                people.into(),
                orgs.into(),
            ]);
        }
    }
    sheets.push(Sheet {
        name: h("sheet-indicators"),
        header: vec![
            h("column-period"),
            h("column-period-label"),
            h("column-stakeholder-type"),
            h("column-participations"),
            h("column-people"),
            h("column-organisations"),
        ],
        rows,
    });

    // A table's total row: the programme's registrations and attendees (not the rows' sum:
    // a person is counted in every sector they named).
    let all_total = || {
        let r = look.get("all", "total", "total", "registered");
        let a = look.get("all", "total", "total", "attended");
        vec![Cell::from(w.text("total")), r.into(), a.into(), rate(a, r)]
    };

    // Participation by stakeholder type and by sector, all labs.
    for (name, table, what) in [
        (
            "sheet-by-stakeholder-type",
            "stakeholder_type",
            "column-stakeholder-type",
        ),
        ("sheet-by-sector", "sector", "column-sector"),
    ] {
        let ids: Vec<&str> = if table == "sector" {
            config.sectors.ids().chain([UNKNOWN]).collect()
        } else {
            config.stakeholder_types.ids().chain([UNKNOWN]).collect()
        };
        let mut rows: Vec<Vec<Cell>> = ids
            .into_iter()
            .map(|id| {
                let r = look.get("all", table, id, "registered");
                let a = look.get("all", table, id, "attended");
                vec![labels(table, id).into(), r.into(), a.into(), rate(a, r)]
            })
            .collect();
        rows.push(all_total());
        sheets.push(Sheet {
            name: h(name),
            header: vec![
                h(what),
                h("column-registered"),
                h("column-attended"),
                h("column-attendance-rate"),
            ],
            rows,
        });
    }

    // By partner.
    let mut partners: Vec<(&str, &str)> = summary
        .labs
        .values()
        .map(|l| (l.partner.as_str(), l.partner_name.as_str()))
        .collect();
    partners.sort_unstable();
    partners.dedup_by_key(|p| p.0);
    let mut rows: Vec<Vec<Cell>> = partners
        .iter()
        .map(|(p, name)| {
            let scope = format!("partner:{p}");
            let r = look.get(&scope, "total", "total", "registered");
            let a = look.get(&scope, "total", "total", "attended");
            vec![Cell::from(*name), r.into(), a.into(), rate(a, r)]
        })
        .collect();
    rows.push(all_total());
    sheets.push(Sheet {
        name: h("sheet-by-partner"),
        header: vec![
            h("column-partner"),
            h("column-registered"),
            h("column-attended"),
            h("column-attendance-rate"),
        ],
        rows,
    });

    // The labs.
    // The labs table's "Overall satisfaction", as on the pages.
    let overall = config.questions.iter().find(|q| q.id == "overall");
    // A scope's overall mean: a number, `[c]` when withheld, empty without answers.
    let overall_mean =
        |scope: &str, means: &BTreeMap<String, Option<f64>>, answers: &BTreeMap<String, u64>| {
            overall
                .and_then(|q| {
                    let n = answers.get(&q.id).copied().unwrap_or(0);
                    let mean = means.get(&q.id).copied().flatten()?;
                    Some(if disclosure.rating_shown(scope, &q.id, n) {
                        Cell::Number(mean)
                    } else {
                        Cell::Text(MARKER.into())
                    })
                })
                .unwrap_or(Cell::Empty)
        };
    let mut rows: Vec<Vec<Cell>> = summary
        .labs
        .iter()
        .map(|(key, l)| {
            let scope = format!("lab:{key}");
            let r = look.get(&scope, "total", "total", "registered");
            let a = look.get(&scope, "total", "total", "attended");
            let mean = overall_mean(&scope, &l.feedback_mean, &l.feedback_answers);
            let responses = Key::total(&scope, "feedback_responses");
            vec![
                Cell::from(l.title.clone()),
                Cell::from(l.partner_name.clone()),
                l.date.clone().map_or(Cell::Empty, Cell::Text),
                Cell::from(
                    summary
                        .indicators
                        .periods
                        .0
                        .iter()
                        .find(|(id, _)| *id == l.period)
                        .map_or(l.period.clone(), |(id, p)| {
                            crate::wording::period_label(id, &p.label, w)
                        }),
                ),
                r.into(),
                a.into(),
                rate(a, r),
                shown(disclosure, &responses, l.feedback_responses),
                mean,
            ]
        })
        .collect();
    // The total row: the programme's figures (a person registered twice for one lab counts
    // once, so they are not the rows' sums).
    {
        let r = look.get("all", "total", "total", "registered");
        let a = look.get("all", "total", "total", "attended");
        let totals = &summary.totals;
        let mean = overall_mean("all", &totals.feedback_mean, &totals.feedback_answers);
        rows.push(vec![
            Cell::from(w.text("total")),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            r.into(),
            a.into(),
            rate(a, r),
            shown(
                disclosure,
                &Key::total("all", "feedback_responses"),
                totals.feedback_responses,
            ),
            mean,
        ]);
    }
    let overall_label = crate::say!(
        w,
        "column-question-mean",
        question = overall.map_or_else(|| w.text("column-overall"), |q| q.label.clone())
    );
    sheets.push(Sheet {
        name: h("sheet-labs"),
        header: vec![
            h("column-lab"),
            h("column-partner"),
            h("fact-date"),
            h("column-period"),
            h("column-registrations"),
            h("column-attendees"),
            h("column-attendance-rate"),
            h("column-feedback-responses"),
            overall_label,
        ],
        rows,
    });

    // Feedback, all labs.
    let t = &summary.totals;
    let rows = config
        .questions
        .iter()
        .filter(|q| t.feedback_answers.get(&q.id).copied().unwrap_or(0) > 0)
        .map(|q| {
            let answers = t.feedback_answers.get(&q.id).copied().unwrap_or(0);
            let rating = |x: Option<f64>| match x {
                None => Cell::Empty,
                Some(_) if !disclosure.rating_shown("all", &q.id, answers) => {
                    Cell::Text(MARKER.into())
                }
                Some(x) => Cell::Number(x),
            };
            vec![
                Cell::from(q.label.clone()),
                Cell::from(format!("{}–{}", q.scale.0, q.scale.1)),
                shown(
                    disclosure,
                    &Key::new("all", "question", &q.id, "answers"),
                    answers,
                ),
                rating(t.feedback_mean.get(&q.id).copied().flatten()),
                rating(t.nps.get(&q.id).copied().flatten()),
            ]
        })
        .collect();
    sheets.push(Sheet {
        name: h("sheet-feedback"),
        header: vec![
            h("column-question"),
            h("column-scale"),
            h("column-answers"),
            h("column-mean"),
            h("column-nps"),
        ],
        rows,
    });

    // The organisations that took part.
    let rows = summary
        .organisations
        .iter()
        .map(|o| {
            vec![
                Cell::from(o.label.clone()),
                Cell::from(labels("stakeholder_type", &o.stakeholder_type)),
                o.labs.into(),
                shown(
                    disclosure,
                    &Key::new("organisations", "organisation", &o.label, "participations"),
                    o.participations,
                ),
            ]
        })
        .collect();
    sheets.push(Sheet {
        name: h("sheet-organisations"),
        header: vec![
            h("column-organisation"),
            h("column-stakeholder-type"),
            h("column-labs"),
            h("column-participations"),
        ],
        rows,
    });

    // The world café's ideas, as outcomes.csv has them (numbers as numbers).
    let rows = outcomes
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .map(|(i, v)| match v.parse::<f64>() {
                    Ok(n) if i == 8 => Cell::Number(n),
                    _ if v.is_empty() => Cell::Empty,
                    _ => Cell::Text(v.clone()),
                })
                .collect()
        })
        .collect();
    sheets.push(Sheet {
        name: h("sheet-outcomes"),
        // As outcomes.csv names them: the columns scripts read.
        header: names(&crate::outcomes::programme::CSV_COLUMNS),
        rows,
    });

    let mut wb = Workbook::new();
    let r = &config.report;
    let title = r.title.clone().unwrap_or_else(|| w.text("report-title"));
    let comment = w.text("workbook-comment");
    let mut properties = DocProperties::new().set_title(&title).set_comment(&comment);
    if let Ok(at) = ExcelDateTime::parse_from_str(&summary.generated_at) {
        properties = properties.set_creation_datetime(&at);
    }
    wb.set_properties(&properties);
    let bold = Format::new().set_bold();
    let heading = Format::new().set_bold().set_font_size(16);
    let percent = Format::new().set_num_format("0%");
    let decimals = Format::new().set_num_format("0.00");

    // The cover.
    let cover = wb.add_worksheet();
    cover.set_name(h("sheet-cover"))?;
    cover.write_string_with_format(0, 0, fits_a_cell(&title), &heading)?;
    let mut row = 2;
    let facts = [
        ("cover-project", r.project.clone()),
        ("cover-programme", r.programme.clone()),
        ("cover-funding", r.funding.clone()),
        ("cover-contact", r.contact.clone()),
        (
            "cover-generated",
            Some(
                match crate::discover::Date::parse_iso_prefix(&summary.generated_at) {
                    Some(Ok(d)) => w.date(d),
                    _ => summary.generated_at.clone(),
                },
            ),
        ),
        ("cover-labs", Some(w.count(t.labs))),
        (
            "cover-withheld",
            disclosure
                .min_cell
                .map(|n| crate::say!(w, "withheld-note", marker = MARKER, max = n - 1)),
        ),
    ];
    for (label, value) in facts {
        if let Some(v) = value {
            cover.write_string_with_format(row, 0, h(label), &bold)?;
            cover.write_string(row, 1, fits_a_cell(&v))?;
            row += 1;
        }
    }
    row += 1;
    cover.write_string_with_format(row, 0, h("cover-sheets"), &bold)?;
    for s in &sheets {
        row += 1;
        cover.write_string(row, 0, &s.name)?;
    }
    cover.set_column_width(0, 16)?;
    cover.set_column_width(1, 60)?;

    for s in sheets {
        let ws: &mut Worksheet = wb.add_worksheet();
        ws.set_name(&s.name)?;
        for (c, h) in s.header.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, h, &bold)?;
        }
        for (i, cells) in s.rows.iter().enumerate() {
            let r = i as u32 + 1;
            for (c, cell) in cells.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Text(t) => {
                        ws.write_string(r, c, fits_a_cell(t))?;
                    }
                    Cell::Number(n) if n.fract() != 0.0 => {
                        ws.write_number_with_format(r, c, *n, &decimals)?;
                    }
                    Cell::Number(n) => {
                        ws.write_number(r, c, *n)?;
                    }
                    Cell::Rate(x) => {
                        ws.write_number_with_format(r, c, *x, &percent)?;
                    }
                    Cell::Empty => {}
                }
            }
        }
        ws.set_freeze_panes(1, 0)?;
        ws.set_autofit_max_width(400).autofit();
    }
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::fits_a_cell;

    #[test]
    fn text_is_cut_to_what_a_cell_holds() {
        let long = "ș".repeat(40_000);
        assert_eq!(fits_a_cell(&long).chars().count(), 32_767);
        assert_eq!(fits_a_cell("Timișoara"), "Timișoara");
    }
}
