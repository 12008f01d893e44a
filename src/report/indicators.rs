//! The index's indicator section: a table per reporting period and a cumulative one, with
//! what changed since the previous period, and the organisations that took part.

use serde::Serialize;

use crate::config::{Config, UNKNOWN};
use crate::diagnostics::plural;
use crate::indicators::{Indicators, PeriodFigures, change_sentence};
use crate::privacy::{Disclosure, Key, MARKER};

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

fn label_of<'a>(config: &'a Config, id: &str) -> &'a str {
    config
        .stakeholder_types
        .labelled()
        .find(|(i, _)| *i == id)
        .map_or("Unknown", |(_, l)| l)
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
) -> PeriodTable {
    let triple = |i: &crate::indicators::Indicator| [i.participations, i.people, i.organisations];
    let scope = scope(f);
    let shown = |breakdown: &str, category: &str, i: &crate::indicators::Indicator| {
        let k = |m: &str| Key::new(&scope, breakdown, category, m);
        [
            d.show(&k("participations"), i.participations),
            d.show(&k("people"), i.people),
            d.show(&k("organisations"), i.organisations),
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
            (triple(i) != [0; 3]).then(|| {
                (
                    label_of(config, id).to_string(),
                    shown("stakeholder_type", id, i),
                )
            })
        })
        .collect();
    PeriodTable {
        id: format!("indicators-{}", f.id.to_lowercase()),
        caption: format!(
            "{}: participations, people and organisations by stakeholder type ({})",
            f.label,
            plural(f.labs, "lab")
        ),
        heading,
        change,
        rows,
        total: shown("total", "total", &f.total),
    }
}

/// What changed since the previous period; with withheld counts, only what can be told
/// from the shown ones.
fn change(previous: &PeriodFigures, this: &PeriodFigures, d: &Disclosure) -> String {
    if !d.is_on() {
        return change_sentence(previous, this);
    }
    let (a, b) = (scope(previous), scope(this));
    let step = |what: &str, x: u64, y: u64| {
        let (sx, sy) = (
            d.show(&Key::total(&a, what), x),
            d.show(&Key::total(&b, what), y),
        );
        if sx == MARKER || sy == MARKER {
            format!("{what} {sx} → {sy}")
        } else {
            crate::indicators::step(what, x, y)
        }
    };
    let (p, t) = (&previous.total, &this.total);
    format!(
        "Compared with {}: {}, {}, {}. New to the programme this period: {} people and {} organisations.",
        previous.label,
        step("participations", p.participations, t.participations),
        step("people", p.people, t.people),
        step("organisations", p.organisations, t.organisations),
        d.show(&Key::total(&b, "new_people"), this.new_people),
        this.new_organisations,
    )
}

pub fn section(ind: &Indicators, config: &Config, d: &Disclosure) -> Section {
    let mut tables = Vec::new();
    for (k, p) in ind.periods.iter().enumerate() {
        let change = k
            .checked_sub(1)
            .map(|prev| change(&ind.periods[prev], p, d));
        tables.push(table(p, p.label.clone(), change, config, d));
    }
    let mut notes = Vec::new();
    if let Some(none) = &ind.no_period {
        tables.push(table(
            none,
            "Labs in no reporting period".into(),
            None,
            config,
            d,
        ));
        notes.push(if none.labs == 1 {
            "1 lab is in no reporting period (no date, or a date outside every period): it counts in the cumulative figures only.".to_string()
        } else {
            format!("{} labs are in no reporting period (no date, or a date outside every period): they count in the cumulative figures only.", none.labs)
        });
    }
    let all = &ind.cumulative;
    tables.push(table(all, "All periods together".into(), None, config, d));
    if all.labs_without_attendance > 0 {
        let n = all.labs_without_attendance;
        notes.push(if n == 1 {
            "1 lab has no attendance data (no sign-in sheet, attended column or meeting report): its registrations are not counted as participations.".to_string()
        } else {
            format!("{n} labs have no attendance data (no sign-in sheet, attended column or meeting report): their registrations are not counted as participations.")
        });
    }
    let organisations = config.report.list_organisations.then(|| {
        let mut groups: Vec<OrganisationGroup> = Vec::new();
        for o in &ind.organisations {
            let label = label_of(config, &o.stakeholder_type).to_string();
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
