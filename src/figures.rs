//! Every people count the report shows, as data: `data/figures.csv`, one figure a row in long
//! form (`scope,breakdown,category,measure,value`), for pivot tables, BI tools and the scripts
//! that check the pages against it.
//!
//! - scope: `all`, `period:<id>` (`period:none` for the labs in no period),
//!   `partner:<partner>`, `lab:<partner>/<lab>`;
//! - breakdown: `total`, `stakeholder_type` or `sector`; category: the taxonomy id
//!   (`unknown` included) or `total`;
//! - measure: `registered`, `attended` (people counted once per lab), `participations`,
//!   `people`, `organisations` (the indicators), and two more the index shows:
//!   `registered_people` (distinct people who registered) and `walk_ins`.
//!
//! - the world café's outcomes (`outcomes`), for all labs, each partner and each lab:
//!   measure `ideas` (breakdown `total`, and `topic` by topic id, `unknown:<topic as written>`
//!   for a topic that matches no `[[topic]]`, `unknown` for none) and `ideas_with_follow_up`
//!   (breakdown `total`). Ideas are not people: they are never withheld.
//!
//! A count that is not known (attended, for labs without attendance data) has no row.

use crate::aggregate::Figures;
use crate::indicators::{Indicator, Indicators, PeriodFigures};
use crate::privacy::{Disclosure, Key};
use crate::summary::{CountJson, Summary};
use crate::tables::{finish, put, text, writer};

/// One figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureRow {
    pub scope: String,
    pub breakdown: &'static str,
    pub category: String,
    pub measure: &'static str,
    pub value: u64,
}

/// The header of figures.csv: a contract.
pub const COLUMNS: [&str; 5] = ["scope", "breakdown", "category", "measure", "value"];

struct Rows(Vec<FigureRow>);

impl Rows {
    fn push(
        &mut self,
        scope: &str,
        breakdown: &'static str,
        category: &str,
        measure: &'static str,
        value: u64,
    ) {
        self.0.push(FigureRow {
            scope: scope.to_string(),
            breakdown,
            category: category.to_string(),
            measure,
            value,
        });
    }

    /// Registered, and attended where known.
    fn counts(&mut self, scope: &str, breakdown: &'static str, category: &str, c: &CountJson) {
        self.push(scope, breakdown, category, "registered", c.registered);
        if let Some(a) = c.attended {
            self.push(scope, breakdown, category, "attended", a);
        }
    }

    fn indicator(&mut self, scope: &str, breakdown: &'static str, category: &str, i: &Indicator) {
        self.push(
            scope,
            breakdown,
            category,
            "participations",
            i.participations,
        );
        self.push(scope, breakdown, category, "people", i.people);
        self.push(scope, breakdown, category, "organisations", i.organisations);
    }

    /// Ideas in all and by topic, and those with a follow-up.
    fn ideas<'a>(
        &mut self,
        scope: &str,
        ideas: u64,
        with_follow_up: u64,
        by_topic: impl IntoIterator<Item = (&'a String, &'a u64)>,
    ) {
        self.push(scope, "total", "total", "ideas", ideas);
        self.push(
            scope,
            "total",
            "total",
            "ideas_with_follow_up",
            with_follow_up,
        );
        for (topic, n) in by_topic {
            self.push(scope, "topic", topic, "ideas", *n);
        }
    }

    fn indicators(&mut self, scope: &str, p: &PeriodFigures) {
        self.indicator(scope, "total", "total", &p.total);
        for (id, i) in &p.by_stakeholder_type {
            self.indicator(scope, "stakeholder_type", id, i);
        }
    }
}

/// Every figure, in the order: all labs, periods (in date order, then `none`), partners,
/// labs.
pub fn figures(summary: &Summary, figures: &Figures, indicators: &Indicators) -> Vec<FigureRow> {
    let mut rows = Rows(Vec::new());
    let t = &summary.totals;
    let all = "all";
    rows.counts(
        all,
        "total",
        "total",
        &CountJson {
            registered: t.registrations,
            attended: t.attendees,
        },
    );
    rows.push(
        all,
        "total",
        "total",
        "registered_people",
        t.unique_registered_people,
    );
    rows.push(all, "total", "total", "walk_ins", t.walk_ins);
    for (id, c) in &t.by_stakeholder_type {
        rows.counts(all, "stakeholder_type", id, c);
    }
    for (id, c) in &t.by_sector {
        rows.counts(all, "sector", id, c);
    }
    rows.indicators(all, &indicators.cumulative);
    let o = &summary.outcomes;
    rows.ideas(all, o.ideas, o.with_follow_up, &o.by_topic);

    let any_attendance = t.attendees.is_some();
    for p in indicators.periods.iter().chain(&indicators.no_period) {
        let scope = format!("period:{}", p.id);
        if let Some(g) = figures.periods.get(&p.id) {
            let c = CountJson {
                registered: g.registrations,
                attended: any_attendance.then_some(g.attendees),
            };
            rows.counts(&scope, "total", "total", &c);
        }
        rows.indicators(&scope, p);
    }
    for (partner, g) in &figures.partners {
        let has_attendance = summary
            .labs
            .values()
            .any(|l| &l.partner == partner && l.attendees.is_some());
        let c = CountJson {
            registered: g.registrations,
            attended: has_attendance.then_some(g.attendees),
        };
        let scope = format!("partner:{partner}");
        rows.counts(&scope, "total", "total", &c);
        // The partner's ideas: its labs' added.
        let mut ideas = (0, 0, std::collections::BTreeMap::new());
        for (key, l) in &o.labs {
            if summary.labs.get(key).is_some_and(|s| &s.partner == partner) {
                ideas.0 += l.ideas;
                ideas.1 += l.with_follow_up;
                for (topic, n) in &l.by_topic {
                    *ideas.2.entry(topic.clone()).or_insert(0) += n;
                }
            }
        }
        rows.ideas(&scope, ideas.0, ideas.1, &ideas.2);
    }
    for (key, lab) in &summary.labs {
        let scope = format!("lab:{key}");
        let c = CountJson {
            registered: lab.registrations,
            attended: lab.attendees,
        };
        rows.counts(&scope, "total", "total", &c);
        for (id, c) in &lab.by_stakeholder_type {
            rows.counts(&scope, "stakeholder_type", id, c);
        }
        for (id, c) in &lab.by_sector {
            rows.counts(&scope, "sector", id, c);
        }
        if let Some(l) = o.labs.get(key) {
            rows.ideas(&scope, l.ideas, l.with_follow_up, &l.by_topic);
        }
    }
    rows.0
}

/// figures.csv: UTF-8 with a BOM, CRLF, like the other tables. A withheld count's value is
/// `[c]` (`privacy`).
pub fn figures_csv(rows: &[FigureRow], disclosure: &Disclosure) -> Vec<u8> {
    let mut w = writer();
    put(&mut w, COLUMNS);
    for r in rows {
        let key = Key::new(&r.scope, r.breakdown, &r.category, r.measure);
        put(
            &mut w,
            [
                text(&r.scope).as_ref(),
                r.breakdown,
                text(&r.category).as_ref(),
                r.measure,
                &disclosure.show(&key, r.value),
            ],
        );
    }
    finish(w)
}
