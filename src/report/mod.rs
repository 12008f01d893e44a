//! The HTML report: page contexts built from the summary (so every figure on a page is the one in
//! summary.json), charts with their findings in words and their data tables, and minijinja
//! templates compiled into the binary, overridable file by file. Returns files; writes nothing.

mod indicators;
mod outcomes;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use minijinja::value::Serde;
use minijinja::{Environment, UndefinedBehavior, context};
use rayon::prelude::*;
use serde::Serialize;

use crate::aggregate::{Figures, Group};
use crate::chart::{BarChart, Chart, DivergingChart, Series};
use crate::config::{Config, UNKNOWN};
use crate::discover::Lab;
use crate::indicators::Indicators;
use crate::privacy::{Disclosure, Key, MARKER};
use crate::recognise::values::mask_emails;
use crate::recognise::{SheetReport, Unmapped, shorten};
use crate::summary::{CountJson, LabSummary, Summary};

/// The built-in templates, `report-templates/` compiled in.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../report-templates/base.html"),
    ),
    (
        "index.html",
        include_str!("../../report-templates/index.html"),
    ),
    ("lab.html", include_str!("../../report-templates/lab.html")),
    (
        "macros.html",
        include_str!("../../report-templates/macros.html"),
    ),
    (
        "style.css",
        include_str!("../../report-templates/style.css"),
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("template {0}")]
    Template(String),
    #[error("drawing chart {id}: {message}")]
    Chart { id: String, message: String },
    #[error(transparent)]
    Write(#[from] crate::write::WriteError),
    #[error("writing the Excel workbook: {0}")]
    Workbook(String),
}

/// Where the report's files go as they are made: their path inside the output folder, and
/// their bytes (`write::Output::put`).
pub type Put<'a> = dyn Fn(&Path, &[u8]) -> Result<(), crate::write::WriteError> + Sync + 'a;

impl From<minijinja::Error> for ReportError {
    fn from(e: minijinja::Error) -> Self {
        let mut text = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            text.push_str(&format!(": {s}"));
            source = s.source();
        }
        ReportError::Template(text)
    }
}

/// Which charts to write as files beside the pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ChartFiles {
    /// The interim report's charts.
    Report,
    /// The report's charts and every lab's.
    All,
}

/// What the report is made from.
pub struct Inputs<'a> {
    /// Which counts are withheld (`[privacy] min_cell`).
    pub disclosure: &'a Disclosure,
    pub summary: &'a Summary,
    pub indicators: &'a Indicators,
    pub labs: &'a [Lab],
    pub figures: &'a Figures,
    /// The world café's ideas, `outcomes.labs[i]` lab `i`'s.
    pub outcomes: &'a crate::outcomes::Outcomes,
    /// The labs new, changed or gone since the previous report (`manifest`).
    pub changes: &'a crate::manifest::Changes,
    pub config: &'a Config,
    pub sheets: Vec<&'a SheetReport>,
    pub unmapped: Vec<&'a Unmapped>,
}

/// Pages and chart files, by their path in the output folder.
/// `done` is called once per page written (for a progress bar).
pub fn render_report(
    input: &Inputs<'_>,
    charts: ChartFiles,
    templates: Option<&Path>,
    put: &Put<'_>,
    done: &(dyn Fn() + Sync),
) -> Result<(), ReportError> {
    let env = environment(templates.map(Path::to_path_buf));
    let branding = Branding::new(input.config, &input.summary.generated_at);

    // The interim report. Its charts' PNG copies are the costliest drawing of a build (a
    // bitmap at twice the size, filtered and compressed), so they are made while the lab
    // pages are rendered rather than before.
    let mut index_charts = index_charts(input);
    let ideas = outcomes::index_section(input.outcomes, input.labs).map(|(section, chart)| {
        index_charts.push(chart);
        section
    });
    let drawn = draw(&index_charts)?;
    let (pngs, pages) = rayon::join(
        || {
            index_charts.par_iter().try_for_each(|c| {
                let png = c.chart.png().map_err(|message| ReportError::Chart {
                    id: c.chart.id().to_string(),
                    message,
                })?;
                put(Path::new(&format!("charts/{}.png", c.chart.id())), &png)?;
                Ok::<_, ReportError>(())
            })
        },
        || lab_pages(input, &env, &branding, charts, put, done),
    );
    pngs?;
    for (chart, d) in index_charts.iter().zip(&drawn) {
        put(
            Path::new(&format!("charts/{}.svg", chart.chart.id())),
            &standalone_svg(&d.svg),
        )?;
    }
    let d = input.disclosure;
    let all = &input.figures.all;
    let mut page = IndexPage {
        branding: &branding,
        withheld: None,
        changes: input.changes.sentences(),
        headline: programme_headline(input.summary, d),
        indicators: indicators::section(input.indicators, input.config, d),
        charts: drawn,
        labs: lab_rows(input),
        feedback: feedback_rows("all", all, input.config, d),
        nps: nps_text("all", all, input.config, d),
        outcomes: ideas,
        quality: quality(input),
    };
    let html = render_page(&env, "index.html", &mut page, "", d, |p| &mut p.withheld)?;
    put(Path::new("index.html"), html.as_bytes())?;
    done();
    pages
}

/// One page per lab, in parallel, each put as soon as it is made.
fn lab_pages(
    input: &Inputs<'_>,
    env: &Environment<'static>,
    branding: &Branding,
    charts: ChartFiles,
    put: &Put<'_>,
    done: &(dyn Fn() + Sync),
) -> Result<(), ReportError> {
    let mut sequences: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for i in date_order(input.labs) {
        sequences
            .entry(input.labs[i].partner.as_str())
            .or_default()
            .push(i);
    }
    input.labs.par_iter().enumerate().try_for_each(|(i, lab)| {
        lab_page(
            input,
            env,
            branding,
            &sequences[lab.partner.as_str()],
            i,
            charts,
            put,
        )?;
        done();
        Ok(())
    })
}

/// Lab `i`'s page, and its chart files when asked.
fn lab_page(
    input: &Inputs<'_>,
    env: &Environment<'static>,
    branding: &Branding,
    sequence: &[usize],
    i: usize,
    charts: ChartFiles,
    put: &Put<'_>,
) -> Result<(), ReportError> {
    let lab = &input.labs[i];
    let summary = &input.summary.labs[&lab.key];
    let group = &input.figures.labs[i];
    let scope = format!("lab:{}", lab.key);
    let d = input.disclosure;
    let lab_charts = lab_charts(input, &scope, summary, group);
    let drawn = draw(&lab_charts)?;
    if charts == ChartFiles::All {
        for (chart, d) in lab_charts.iter().zip(&drawn) {
            let stem = format!(
                "charts/labs/{}/{}-{}",
                lab.partner,
                lab.name,
                chart.chart.id()
            );
            put(Path::new(&format!("{stem}.svg")), &standalone_svg(&d.svg))?;
            let png = chart.chart.png().map_err(|message| ReportError::Chart {
                id: chart.chart.id().to_string(),
                message,
            })?;
            put(Path::new(&format!("{stem}.png")), &png)?;
        }
    }
    let mut page = LabPage {
        branding,
        withheld: None,
        lab: lab_info(lab, summary),
        headline: lab_headline(summary, &scope, d),
        charts: drawn,
        feedback: feedback_rows(&scope, group, input.config, d),
        nps: nps_text(&scope, group, input.config, d),
        outcomes: outcomes::lab_section(&input.outcomes.labs[i]),
        history: history(input, sequence, i),
    };
    let html = render_page(env, "lab.html", &mut page, "../../", d, |p| &mut p.withheld)?;
    put(
        Path::new(&format!("labs/{}/{}.html", lab.partner, lab.name)),
        html.as_bytes(),
    )?;
    Ok(())
}

/// Renders a page; one that shows a withheld count is rendered again with the note that
/// explains it (`privacy::note`), once, at the top.
fn render_page<P: Serialize>(
    env: &Environment<'static>,
    name: &str,
    page: &mut P,
    root: &str,
    d: &Disclosure,
    note: impl Fn(&mut P) -> &mut Option<String>,
) -> Result<String, ReportError> {
    let template = env.get_template(name)?;
    let mut html = template.render(context! { page => Serde(&*page), root => root })?;
    if let Some(n) = d.min_cell
        && html.contains(MARKER)
    {
        *note(page) = Some(crate::privacy::note(n));
        html = template.render(context! { page => Serde(&*page), root => root })?;
    }
    Ok(html)
}

fn environment(user_dir: Option<PathBuf>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_reload(false);
    // A user's template that names something the page does not have is told by name
    // ("`page.lab.venu` is undefined"), in release builds too; rendering costs the same
    // (measured: 217.07 and 217.10 M instructions at 400 labs).
    env.set_debug(true);
    env.set_loader(move |name| {
        if let Some(dir) = &user_dir {
            let path = dir.join(name);
            if path.is_file() {
                return std::fs::read_to_string(&path).map(Some).map_err(|e| {
                    minijinja::Error::new(
                        minijinja::ErrorKind::InvalidOperation,
                        format!("cannot read {}: {e}", path.display()),
                    )
                });
            }
        }
        Ok(TEMPLATES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| s.to_string()))
    });
    env.add_filter("pct", |part: f64, whole: f64| -> String {
        percent(part, whole)
    });
    env
}

/// "83%", or "–" when there is nothing to divide by.
fn percent(part: f64, whole: f64) -> String {
    if whole > 0.0 {
        format!("{:.0}%", 100.0 * part / whole)
    } else {
        "–".into()
    }
}

/// Text from the inputs, made safe to show: control and bidirectional-override characters
/// removed (they could reorder the text around them), and cut to `max` characters.
pub fn display(text: &str, max: usize) -> String {
    let clean: String = text
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
        .collect();
    shorten(clean.trim(), max)
}

fn standalone_svg(svg: &str) -> Vec<u8> {
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}\n").into_bytes()
}

// ------------------------------------------------------------------------------------------------
// Contexts.

#[derive(Serialize)]
struct Branding {
    title: String,
    project: Option<String>,
    programme: Option<String>,
    funding: Option<String>,
    contact: Option<String>,
    logo: Option<String>,
    generated: String,
}

impl Branding {
    fn new(config: &Config, generated_at: &str) -> Branding {
        let r = &config.report;
        Branding {
            title: r
                .title
                .clone()
                .unwrap_or_else(|| "Local Learning Labs: participation and feedback".into()),
            project: r.project.clone(),
            programme: r.programme.clone(),
            funding: r.funding.clone(),
            contact: r.contact.clone(),
            logo: config
                .logo
                .as_ref()
                .map(|l| format!("data:{};base64,{}", l.mime, base64(&l.bytes))),
            generated: generated_at.get(..10).unwrap_or(generated_at).to_string(),
        }
    }
}

#[derive(Serialize)]
struct Figure {
    label: String,
    value: String,
    note: Option<String>,
}

#[derive(Serialize)]
struct IndexPage<'a> {
    branding: &'a Branding,
    /// What `[c]` means, on a page that shows it (`privacy::note`).
    withheld: Option<String>,
    /// What this report adds to the previous one, a sentence each (`manifest::Changes`).
    changes: Vec<String>,
    headline: Vec<Figure>,
    indicators: indicators::Section,
    charts: Vec<Drawn>,
    labs: Vec<LabRow>,
    feedback: Vec<FeedbackRow>,
    nps: Option<String>,
    outcomes: Option<outcomes::IndexSection>,
    quality: Quality,
}

#[derive(Serialize)]
struct LabPage<'a> {
    branding: &'a Branding,
    withheld: Option<String>,
    lab: LabInfo,
    headline: Vec<Figure>,
    charts: Vec<Drawn>,
    feedback: Vec<FeedbackRow>,
    nps: Option<String>,
    outcomes: Option<outcomes::LabSection>,
    history: History,
}

#[derive(Serialize)]
struct LabInfo {
    title: String,
    partner: String,
    date: Option<String>,
    venue: Option<String>,
    theme: Option<String>,
}

/// A chart ready for a page: the SVG, and its numbers as a table.
#[derive(Serialize)]
struct Drawn {
    id: String,
    title: String,
    description: String,
    svg: String,
    table: Table,
}

#[derive(Serialize, Clone)]
struct Table {
    columns: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
}

struct PlannedChart {
    chart: Chart,
    table: Table,
}

fn draw(charts: &[PlannedChart]) -> Result<Vec<Drawn>, ReportError> {
    charts
        .iter()
        .map(|c| {
            let svg = c.chart.svg().map_err(|message| ReportError::Chart {
                id: c.chart.id().to_string(),
                message,
            })?;
            Ok(Drawn {
                id: c.chart.id().to_string(),
                title: c.chart.title().to_string(),
                description: c.chart.description().to_string(),
                svg,
                table: c.table.clone(),
            })
        })
        .collect()
}

/// A count on a page: shown, or withheld (`privacy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Num {
    Shown(u64),
    Withheld,
}

impl Num {
    fn of(d: &Disclosure, key: &Key, value: u64) -> Num {
        if d.withheld(key) {
            Num::Withheld
        } else {
            Num::Shown(value)
        }
    }

    fn get(self) -> Option<u64> {
        match self {
            Num::Shown(n) => Some(n),
            Num::Withheld => None,
        }
    }

    /// For sorting and drawing: a withheld count has no value (a bar left out).
    fn value(self) -> f64 {
        self.get().map_or(f64::NAN, |n| n as f64)
    }
}

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Num::Shown(n) => write!(f, "{n}"),
            Num::Withheld => f.write_str(MARKER),
        }
    }
}

/// `part` as a share of `whole`; withheld with either.
fn share(part: Num, whole: Num) -> String {
    match (part, whole) {
        (Num::Shown(p), Num::Shown(w)) => percent(p as f64, w as f64),
        _ => MARKER.into(),
    }
}

/// A count of `scope`'s totals (`registered`, `attended`, `feedback_responses`, …).
fn total(d: &Disclosure, scope: &str, measure: &str, value: u64) -> Num {
    Num::of(d, &Key::total(scope, measure), value)
}

/// The interim report's headline figures.
fn programme_headline(summary: &Summary, d: &Disclosure) -> Vec<Figure> {
    let t = &summary.totals;
    let mut out = vec![Figure {
        label: "Labs".into(),
        value: t.labs.to_string(),
        note: Some(format!(
            "held by {} partner{}",
            t.partners,
            if t.partners == 1 { "" } else { "s" }
        )),
    }];
    out.extend(participation_figures(
        d,
        "all",
        t.registrations,
        t.attendees,
    ));
    out.push(Figure {
        label: "Unique people".into(),
        value: total(d, "all", "registered_people", t.unique_registered_people).to_string(),
        note: Some(format!(
            "{} of them attended",
            total(d, "all", "people", t.unique_attendee_people)
        )),
    });
    out.push(Figure {
        label: "Feedback responses".into(),
        value: total(d, "all", "feedback_responses", t.feedback_responses).to_string(),
        note: None,
    });
    out
}

/// A lab page's headline figures.
fn lab_headline(s: &LabSummary, scope: &str, d: &Disclosure) -> Vec<Figure> {
    let mut out = participation_figures(d, scope, s.registrations, s.attendees);
    out.push(Figure {
        label: "Feedback responses".into(),
        value: total(d, scope, "feedback_responses", s.feedback_responses).to_string(),
        note: None,
    });
    out
}

fn participation_figures(
    d: &Disclosure,
    scope: &str,
    registrations: u64,
    attendees: Option<u64>,
) -> Vec<Figure> {
    let registrations = total(d, scope, "registered", registrations);
    let mut out = vec![Figure {
        label: "Registrations".into(),
        value: registrations.to_string(),
        note: None,
    }];
    match attendees {
        Some(a) => {
            let a = total(d, scope, "attended", a);
            out.push(Figure {
                label: "Attendees".into(),
                value: a.to_string(),
                note: None,
            });
            out.push(Figure {
                label: "Attendance rate".into(),
                value: share(a, registrations),
                note: Some("attendees per registration".into()),
            });
        }
        None => out.push(Figure {
            label: "Attendees".into(),
            value: "–".into(),
            note: Some("no attendance data".into()),
        }),
    }
    out
}

/// A row of a participation chart: label, registered, attended (when known).
type Bar = (String, Num, Option<Num>);

/// The categories of a breakdown with anyone in them, largest first (then in taxonomy
/// order); withheld counts last.
fn categories<'a>(
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
enum Finding {
    /// "X was the largest group by sector", "X and Y were the largest groups by sector".
    LargestGroup,
    /// "X had the most registrations" (partners: a partner is not a group of people).
    MostRegistrations,
    /// The range from the smallest row to the largest (rows in their own order, e.g. time).
    Range,
}

/// A chart of registered and attended counts, with its finding and table. A withheld count
/// has no bar, `[c]` beside it and in the table, and the finding names only shown counts.
fn participation_chart(
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

/// "Across 4 labs, registrations per lab ranged from 12 (B) to 40 (A)."
fn range_finding(rows: &[(String, u64, Option<Num>)], unit: &str) -> String {
    match (
        rows.iter().max_by_key(|r| r.1),
        rows.iter().min_by_key(|r| r.1),
    ) {
        (Some(max), Some(min)) if rows.len() > 1 => format!(
            "Across {} {unit}s, registrations per {unit} ranged from {} ({}) to {} ({}).",
            rows.len(),
            min.1,
            min.0,
            max.1,
            max.0
        ),
        _ => format!(
            "{} {unit}{} so far.",
            rows.len(),
            if rows.len() == 1 { "" } else { "s" }
        ),
    }
}

fn what_heading(what: &str) -> String {
    let mut c = what.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The mean rating of each question. A withheld mean (`Disclosure::rating_shown`) has no bar
/// and is not in the finding.
fn feedback_chart(
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

type Rated<'a> = (&'a crate::config::Question, f64, u64);

fn finding_of_means(rated: &[Rated<'_>], best: &Rated<'_>, worst: &Rated<'_>) -> String {
    if rated.len() == 1 {
        format!(
            "{} averaged {:.2} out of {}.",
            best.0.label, best.1, best.0.scale.1
        )
    } else {
        format!(
            "Participants rated {} highest ({:.2} out of {}) and {} lowest ({:.2} out of {}).",
            display(&best.0.label, 60),
            best.1,
            best.0.scale.1,
            display(&worst.0.label, 60),
            worst.1,
            worst.0.scale.1
        )
    }
}

/// The spread of answers as diverging bars: a chart per scale (1–5, 1–7, …), a bar per
/// question on it. The 0–10 recommend question is shown as its NPS instead, and scales that
/// are not whole points from 3 to 11 answers are left to the spread table.
///
/// A question whose spread holds a withheld count has no bar ("[c]" in its place) and no
/// percentages: they would give the count away.
fn spread_charts(scope: &str, group: &Group, config: &Config, d: &Disclosure) -> Vec<PlannedChart> {
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
fn in_spread_chart(q: &crate::config::Question, group: &Group) -> bool {
    let (lo, hi) = q.scale;
    !q.is_nps()
        && lo.fract() == 0.0
        && hi.fract() == 0.0
        && (2.0..=10.0).contains(&(hi - lo))
        && group.feedback.contains_key(&q.id)
}

/// What a spread chart shows, in words: the share of answers above the middle of the scale,
/// the question with the most and the one with the fewest.
fn spread_finding(all: &[crate::chart::diverging::Row], answers: &[String]) -> String {
    let rows: Vec<crate::chart::diverging::Row> = all
        .iter()
        .filter(|r| !r.counts.is_empty())
        .cloned()
        .collect();
    if rows.is_empty() {
        return format!(
            "The spread of answers is withheld ({MARKER}): some answers were given by too few people."
        );
    }
    let rows = rows.as_slice();
    let n = answers.len();
    let upper = &answers[n.div_ceil(2)..];
    let lower = &answers[..n / 2];
    let words = |a: &[String]| match a {
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
        [] => String::new(),
    };
    let share = |r: &crate::chart::diverging::Row, range: std::ops::Range<usize>| {
        let total: u64 = r.counts.iter().sum();
        let part: u64 = r.counts[range].iter().sum();
        if total == 0 {
            0.0
        } else {
            part as f64 / total as f64
        }
    };
    let high = n.div_ceil(2)..n;
    let low = 0..n / 2;
    match rows {
        [one] => format!(
            "{} of the answers on {} were {}, {} were {}.",
            percent(share(one, high.clone()), 1.0),
            one.label,
            words(upper),
            percent(share(one, low.clone()), 1.0),
            words(lower)
        ),
        _ => {
            let best = rows
                .iter()
                .max_by(|a, b| share(a, high.clone()).total_cmp(&share(b, high.clone())));
            let worst = rows
                .iter()
                .min_by(|a, b| share(a, high.clone()).total_cmp(&share(b, high.clone())));
            match (best, worst) {
                (Some(b), Some(w)) => format!(
                    "{} had the most answers of {} ({}), {} the fewest ({}).",
                    b.label,
                    words(upper),
                    percent(share(b, high.clone()), 1.0),
                    w.label,
                    percent(share(w, high.clone()), 1.0)
                ),
                _ => String::new(),
            }
        }
    }
}

/// Participation by stakeholder type and by sector, for the index or a lab page.
fn breakdown_charts(
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

fn index_charts(input: &Inputs<'_>) -> Vec<PlannedChart> {
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

fn lab_charts(
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

fn lab_label(lab: &Lab) -> String {
    match lab.date {
        Some(d) => format!("{} · {}", display(&lab.partner_label, 60), d),
        None => format!(
            "{} · {}",
            display(&lab.partner_label, 60),
            display(&lab.name, 20)
        ),
    }
}

/// Lab indices by date (undated last), then key.
fn date_order(labs: &[Lab]) -> Vec<usize> {
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
struct LabRow {
    /// "new" or "changed" since the previous report, in the index's table.
    mark: Option<&'static str>,
    href: String,
    title: String,
    partner: String,
    date: String,
    registrations: String,
    attendees: String,
    rate: String,
    responses: String,
    overall: String,
}

fn lab_row(lab: &Lab, s: &LabSummary, href: String, d: &Disclosure) -> LabRow {
    let scope = format!("lab:{}", lab.key);
    let registrations = total(d, &scope, "registered", s.registrations);
    let attendees = s.attendees.map(|a| total(d, &scope, "attended", a));
    let answers = s.feedback_answers.get("overall").copied().unwrap_or(0);
    LabRow {
        mark: None,
        href,
        title: display(&s.title, 120),
        partner: display(&lab.partner_label, 60),
        date: s.date.clone().unwrap_or_else(|| "undated".into()),
        registrations: registrations.to_string(),
        attendees: attendees.map_or("–".into(), |a| a.to_string()),
        rate: attendees.map_or("–".into(), |a| share(a, registrations)),
        responses: total(d, &scope, "feedback_responses", s.feedback_responses).to_string(),
        overall: s
            .feedback_mean
            .get("overall")
            .copied()
            .flatten()
            .map_or("–".into(), |m| {
                if d.rating_shown(&scope, "overall", answers) {
                    format!("{m:.2}")
                } else {
                    MARKER.into()
                }
            }),
    }
}

fn lab_rows(input: &Inputs<'_>) -> Vec<LabRow> {
    date_order(input.labs)
        .into_iter()
        .map(|i| {
            let lab = &input.labs[i];
            let mut row = lab_row(
                lab,
                &input.summary.labs[&lab.key],
                format!("labs/{}/{}.html", lab.partner, lab.name),
                input.disclosure,
            );
            row.mark = input.changes.mark(&lab.key);
            row
        })
        .collect()
}

#[derive(Serialize)]
struct FeedbackRow {
    label: String,
    mean: String,
    scale: String,
    answers: String,
    /// "answer: count" pairs across the scale, zeros included.
    spread: Vec<(String, String)>,
    /// Whether a spread chart shows it (`spread_charts`); the others are listed in a table.
    charted: bool,
}

fn feedback_rows(scope: &str, group: &Group, config: &Config, d: &Disclosure) -> Vec<FeedbackRow> {
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
                    (a, n.to_string())
                })
                .collect();
            let answers = Num::of(d, &Key::new(scope, "question", &q.id, "answers"), r.answers);
            Some(FeedbackRow {
                charted: in_spread_chart(q, group),
                label: display(&q.label, 80),
                mean: if d.rating_shown(scope, &q.id, r.answers) {
                    format!("{:.2}", r.mean)
                } else {
                    MARKER.into()
                },
                scale: format!("{}–{}", q.scale.0, q.scale.1),
                answers: answers.to_string(),
                spread,
            })
        })
        .collect()
}

fn nps_text(scope: &str, group: &Group, config: &Config, d: &Disclosure) -> Option<String> {
    let q = config.questions.iter().find(|q| q.is_nps())?;
    let r = group.feedback.get(&q.id)?;
    let nps = r.nps?;
    if !d.rating_shown(scope, &q.id, r.answers) {
        return Some(format!(
            "The Net Promoter Score for \"{}\" is withheld ({MARKER}): too few answers, or an answer given by too few people.",
            display(&q.label, 80)
        ));
    }
    Some(format!(
        "Net Promoter Score for \"{}\": {:+.0} (from {} answers: the share of 9s and 10s minus the share of 0s to 6s, on a scale from −100 to +100).",
        display(&q.label, 80),
        nps,
        r.answers
    ))
}

#[derive(Serialize)]
struct History {
    partner: String,
    rows: Vec<LabRow>,
    /// This lab against the partner's previous one, in words.
    change: Option<String>,
}

/// The same partner's labs up to and including this one, in date order.
/// Above this many labs, the over-time chart shows reporting periods instead of labs.
const MAX_LABS_OVER_TIME: usize = 30;

/// How many of the partner's earlier labs a lab page lists.
const HISTORY_ROWS: usize = 5;

/// This lab against the same partner's earlier ones. `sequence` is the partner's labs in date
/// order; the page lists only the last few, so pages stay small however many labs there are.
fn history(input: &Inputs<'_>, sequence: &[usize], this: usize) -> History {
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
            )
        })
        .collect();
    let partner = display(&lab.partner_label, 60);
    let d = input.disclosure;
    let change = position.checked_sub(1).map(|p| {
        let now = &input.summary.labs[&lab.key];
        let earlier = &input.labs[sequence[p]];
        let before = &input.summary.labs[&earlier.key];
        // Told only when both counts are shown.
        let shown = |key: &str, n: u64| {
            !d.withheld(&Key::total(&format!("lab:{key}"), "registered")) || n == 0
        };
        if !(shown(&lab.key, now.registrations) && shown(&earlier.key, before.registrations)) {
            return format!(
                "This is {partner}'s lab number {} in the report. Its registrations and those of the partner's previous lab are not compared here: one of them is withheld ({MARKER}).",
                position + 1
            );
        }
        let diff = now.registrations as i64 - before.registrations as i64;
        let word = match diff.signum() {
            1 => format!("{diff} more registrations than"),
            -1 => format!("{} fewer registrations than", -diff),
            _ => "as many registrations as".into(),
        };
        format!(
            "This is {partner}'s lab number {} in the report. It had {} registrations ({}), {word} the partner's previous lab, {} ({}).",
            position + 1,
            now.registrations,
            lab_label(lab),
            display(&before.title, 80),
            before.registrations
        )
    });
    History {
        partner,
        rows,
        change,
    }
}

fn lab_info(lab: &Lab, s: &LabSummary) -> LabInfo {
    LabInfo {
        title: display(&s.title, 200),
        partner: display(&lab.partner_label, 60),
        date: s.date.clone(),
        venue: s.venue.as_deref().map(|v| display(v, 200)),
        theme: s.theme.as_deref().map(|t| display(t, 400)),
    }
}

#[derive(Serialize)]
struct Quality {
    sheets: Vec<SheetRow>,
    rejected: Vec<(String, String)>,
    unmapped: Vec<UnmappedRow>,
    duplicates_removed: String,
    walk_ins: String,
    /// With `[privacy] min_cell`: the sheets' rows and the labels' counts are withheld.
    withheld_counts: bool,
}

#[derive(Serialize)]
struct SheetRow {
    file: String,
    sheet: String,
    role: String,
    rows: String,
    header_row: String,
    note: String,
}

#[derive(Serialize)]
struct UnmappedRow {
    field: String,
    value: String,
    count: String,
    first: String,
}

fn quality(input: &Inputs<'_>) -> Quality {
    let d = input.disclosure;
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
                role: layout.role.name().into(),
                // A sheet's rows are its people, before duplicates are removed.
                rows: if d.is_on() {
                    MARKER.into()
                } else {
                    s.rows.to_string()
                },
                header_row: (layout.header_row + 1).to_string(),
                note: match (s.summary_rows, &s.skipped) {
                    (_, Some(why)) => display(why, 300),
                    (0, None) => String::new(),
                    (n, None) => {
                        format!("{n} totals row{} left out", if n == 1 { "" } else { "s" })
                    }
                },
            }),
            None if s.outcomes.is_some() => sheets.push(SheetRow {
                file,
                sheet,
                role: "outcomes".into(),
                rows: "–".into(),
                header_row: s
                    .outcome_columns
                    .as_ref()
                    .map_or("–".into(), |(r, _)| (r + 1).to_string()),
                note: display(s.outcomes.as_deref().unwrap_or(""), 300),
            }),
            None if s.skipped.as_deref() == Some("empty") => {}
            None => {
                let what = match &s.sheet {
                    Some(_) => format!("{file} › {sheet}"),
                    None => file,
                };
                rejected.push((
                    what,
                    display(s.skipped.as_deref().unwrap_or("not read"), 300),
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
            field,
            value: mask_emails(&display(&value, 80)),
            count: if d.is_on() {
                MARKER.into()
            } else {
                count.to_string()
            },
            first: display(&first, 160),
        })
        .collect();
    Quality {
        sheets,
        rejected,
        unmapped,
        duplicates_removed: total(d, "all", "duplicates_removed", t.duplicates_removed).to_string(),
        walk_ins: total(d, "all", "walk_ins", t.walk_ins).to_string(),
        withheld_counts: d.is_on(),
    }
}

/// Standard base64, for the logo's data URI.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn displayed_text_loses_bidi_overrides_and_is_shortened() {
        assert_eq!(display("abc\u{202E}def", 10), "abcdef");
        assert_eq!(display(&"x".repeat(50), 10), format!("{}…", "x".repeat(9)));
        assert_eq!(display("  Timișoara\n", 20), "Timișoara");
    }

    #[test]
    fn email_addresses_are_masked() {
        assert_eq!(
            mask_emails("ask ana.pop@example.org please"),
            "ask [e-mail address] please"
        );
        assert_eq!(mask_emails("Local authority"), "Local authority");
    }

    #[test]
    fn percentages_are_whole() {
        assert_eq!(percent(86.0, 104.0), "83%");
        assert_eq!(percent(1.0, 0.0), "–");
    }
}
