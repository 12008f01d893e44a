//! The HTML report: page contexts built from the summary (so every figure on a page is the one in
//! summary.json), charts with their findings in words and their data tables, and minijinja
//! templates compiled into the binary, overridable file by file. Returns files; writes nothing.

mod cells;
mod charts;
mod contexts;
mod findings;
mod indicators;
mod outcomes;
mod render;

use cells::*;
use charts::*;
use contexts::*;
use findings::*;
use render::*;

pub use cells::display;

use std::collections::BTreeMap;
use std::path::Path;

use minijinja::Environment;
use rayon::prelude::*;

use crate::aggregate::Figures;
use crate::config::Config;
use crate::discover::Lab;
use crate::indicators::Indicators;
use crate::privacy::Disclosure;
use crate::recognise::{SheetReport, Unmapped};
use crate::summary::Summary;

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
    /// The report's language: its messages and its conventions for numbers and dates.
    pub wording: std::sync::Arc<crate::wording::Wording>,
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
    let env = environment(templates.map(Path::to_path_buf), input.wording.clone());
    let w = &*input.wording;
    let branding = Branding::new(input.config, &input.summary.generated_at, w);

    // The interim report. Its charts' PNG copies are the costliest drawing of a build (a
    // bitmap at twice the size, filtered and compressed), so they are made while the lab
    // pages are rendered rather than before.
    let mut index_charts = index_charts(input);
    let ideas = outcomes::index_section(input.outcomes, input.labs, input.config, w).map(
        |(section, chart)| {
            index_charts.push(chart);
            section
        },
    );
    let drawn = draw(&index_charts)?;
    let (pngs, pages) = rayon::join(
        || {
            index_charts.par_iter().try_for_each(|c| {
                let png = c
                    .chart
                    .png(w.language())
                    .map_err(|message| ReportError::Chart {
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
            &standalone_svg(&d.svg, w.language()),
        )?;
    }
    let d = input.disclosure;
    let all = &input.figures.all;
    let mut page = IndexPage {
        branding: &branding,
        withheld: None,
        changes: changes(input.changes, w),
        headline: programme_headline(input.summary, d, w),
        indicators: indicators::section(input.indicators, input.config, d, w),
        charts: drawn,
        labs: lab_rows(input),
        labs_total: labs_total(input),
        feedback: feedback_rows("all", all, input.config, d, w),
        nps: nps_text("all", all, input.config, d, w),
        outcomes: ideas,
        quality: quality(input),
    };
    let html = render_page(&env, "index.html", &mut page, "", d, w, |p| &mut p.withheld)?;
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
    let w = &*input.wording;
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
            put(
                Path::new(&format!("{stem}.svg")),
                &standalone_svg(&d.svg, w.language()),
            )?;
            let png = chart
                .chart
                .png(w.language())
                .map_err(|message| ReportError::Chart {
                    id: chart.chart.id().to_string(),
                    message,
                })?;
            put(Path::new(&format!("{stem}.png")), &png)?;
        }
    }
    let mut page = LabPage {
        branding,
        withheld: None,
        lab: lab_info(lab, summary, w),
        headline: lab_headline(summary, &scope, d, w),
        charts: drawn,
        feedback: feedback_rows(&scope, group, input.config, d, w),
        nps: nps_text(&scope, group, input.config, d, w),
        outcomes: outcomes::lab_section(&input.outcomes.labs[i], input.config, w),
        history: history(input, sequence, i),
    };
    let html = render_page(env, "lab.html", &mut page, "../../", d, w, |p| {
        &mut p.withheld
    })?;
    put(
        Path::new(&format!("labs/{}/{}.html", lab.partner, lab.name)),
        html.as_bytes(),
    )?;
    Ok(())
}
