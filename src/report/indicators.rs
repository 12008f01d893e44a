//! The index's indicator section: a table per reporting period and a cumulative one, with
//! what changed since the previous period, and the organisations that took part.

use serde::Serialize;

use crate::config::{Config, UNKNOWN};
use crate::discover::capitalised;
use crate::indicators::{Indicators, PeriodFigures};
use crate::privacy::{Disclosure, Key, MARKER};
use crate::say;

use super::Num;
use crate::wording::{Arg, Wording};

#[derive(Serialize)]
pub struct Section {
    /// One per period in date order, then the labs in no period, then the cumulative one.
    pub tables: Vec<PeriodTable>,
    /// What a reader must know to read the figures right (labs in no period, labs without
    /// attendance data).
    pub notes: Vec<String>,
    /// The organisations by stakeholder type, when `[report] list_organisations` is on.
    pub organisations: Option<Vec<OrganisationGroup>>,
}

#[derive(Serialize)]
pub struct PeriodTable {
    /// The heading's anchor.
    pub id: String,
    pub heading: String,
    pub caption: String,
    /// What changed since the previous period, in a sentence (periods after the first).
    pub change: Option<String>,
    /// Stakeholder type label, participations, people, organisations: the types with anyone.
    pub rows: Vec<(String, [String; 3])>,
    pub total: [String; 3],
}

#[derive(Serialize)]
pub struct OrganisationGroup {
    pub stakeholder_type: String,
    pub names: Vec<String>,
}

fn label_of(config: &Config, id: &str, w: &Wording) -> String {
    config
        .stakeholder_types
        .labelled()
        .find(|(i, _)| *i == id)
        .map_or_else(|| w.text("unknown"), |(_, l)| l.to_string())
}

/// The scope of a period's figures in figures.csv.
fn scope(f: &PeriodFigures) -> String {
    if f.id == "all" {
        "all".into()
    } else {
        format!("period:{}", f.id)
    }
}

fn table(
    f: &PeriodFigures,
    heading: String,
    change: Option<String>,
    config: &Config,
    d: &Disclosure,
    w: &Wording,
) -> PeriodTable {
    let triple = |i: &crate::indicators::Indicator| [i.participations, i.people, i.organisations];
    let scope = scope(f);
    let shown = |breakdown: &str, category: &str, i: &crate::indicators::Indicator| {
        let k = |m: &str| Key::new(&scope, breakdown, category, m);
        [
            Num::of(d, &k("participations"), i.participations).text(w),
            Num::of(d, &k("people"), i.people).text(w),
            Num::of(d, &k("organisations"), i.organisations).text(w),
        ]
    };
    let ids = config
        .stakeholder_types
        .ids()
        .chain([UNKNOWN])
        .collect::<Vec<_>>();
    let rows = ids
        .iter()
        .filter_map(|id| {
            let i = f.by_stakeholder_type.get(*id)?;
            (triple(i) != [0; 3])
                .then(|| (label_of(config, id, w), shown("stakeholder_type", id, i)))
        })
        .collect();
    PeriodTable {
        id: format!("indicators-{}", f.id.to_lowercase()),
        // A caption and a heading start with a capital, whatever the period's label does
        // mid-sentence ("siječanj – lipanj 2019.").
        caption: capitalised(&say!(
            w,
            "indicators-caption",
            period = heading.as_str(),
            n = f.labs
        )),
        heading,
        change,
        rows,
        total: shown("total", "total", &f.total),
    }
}

/// What changed since the previous period; with withheld counts, only what can be told
/// from the shown ones.
fn change(previous: &PeriodFigures, this: &PeriodFigures, d: &Disclosure, w: &Wording) -> String {
    let (a, b) = (scope(previous), scope(this));
    // "40 → 43 (+3)", "40 → [c]".
    let step = |what: &str, x: u64, y: u64| {
        let (sx, sy) = (
            Num::of(d, &Key::total(&a, what), x).text(w),
            Num::of(d, &Key::total(&b, what), y).text(w),
        );
        if sx == MARKER || sy == MARKER {
            format!("{sx} → {sy}")
        } else if x == y {
            format!("{sx} → {sy} ({})", w.text("unchanged"))
        } else {
            format!("{sx} → {sy} ({})", w.signed(y as i64 - x as i64))
        }
    };
    let (p, t) = (&previous.total, &this.total);
    let new_people = if d.withheld(&Key::total(&b, "new_people")) {
        Arg::from(MARKER)
    } else {
        Arg::from(this.new_people)
    };
    w.message(
        "indicators-change",
        &[
            (
                "previous",
                Arg::from(crate::wording::period_label(
                    &previous.id,
                    &previous.label,
                    w,
                )),
            ),
            (
                "participations",
                Arg::from(step("participations", p.participations, t.participations)),
            ),
            ("people", Arg::from(step("people", p.people, t.people))),
            (
                "organisations",
                Arg::from(step("organisations", p.organisations, t.organisations)),
            ),
            ("new_people", new_people),
            ("new_organisations", Arg::from(this.new_organisations)),
        ],
    )
}

pub fn section(ind: &Indicators, config: &Config, d: &Disclosure, w: &Wording) -> Section {
    let mut tables = Vec::new();
    for (k, p) in ind.periods.iter().enumerate() {
        let change = k
            .checked_sub(1)
            .map(|prev| change(&ind.periods[prev], p, d, w));
        tables.push(table(
            p,
            capitalised(&crate::wording::period_label(&p.id, &p.label, w)),
            change,
            config,
            d,
            w,
        ));
    }
    let mut notes = Vec::new();
    if let Some(none) = &ind.no_period {
        tables.push(table(
            none,
            w.text("indicators-no-period"),
            None,
            config,
            d,
            w,
        ));
        notes.push(say!(w, "indicators-no-period-note", n = none.labs));
    }
    let all = &ind.cumulative;
    tables.push(table(
        all,
        w.text("indicators-all-periods"),
        None,
        config,
        d,
        w,
    ));
    if all.labs_without_attendance > 0 {
        let n = all.labs_without_attendance;
        notes.push(say!(w, "indicators-no-attendance-note", n = n));
    }
    let organisations = config.report.list_organisations.then(|| {
        let mut groups: Vec<OrganisationGroup> = Vec::new();
        for o in &ind.organisations {
            let label = label_of(config, &o.stakeholder_type, w);
            match groups.last_mut() {
                Some(g) if g.stakeholder_type == label => g.names.push(o.label.clone()),
                _ => groups.push(OrganisationGroup {
                    stakeholder_type: label,
                    names: vec![o.label.clone()],
                }),
            }
        }
        groups
    });
    Section {
        tables,
        notes,
        organisations,
    }
}
