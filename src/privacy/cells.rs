//! Every count of people the report publishes, and how they relate.
//!
//! Cells (keys as in figures.csv, plus the counts only the pages show):
//! - per lab, registered and attended: the total, each stakeholder type (with `unknown`),
//!   each sector (with `unknown`); feedback responses, each question's answers and the
//!   spread of its answers; the no-shows of every one of those (registered − attended, when
//!   no walk-in makes it negative) and the lab's walk-ins, hidden: never shown, protected;
//! - the same summed over all labs, and the totals per partner and per reporting period;
//! - the indicators per period and cumulative: participations and people, in total and by
//!   stakeholder type; new people per period; distinct people registered; walk-ins;
//!   duplicates removed; each listed organisation's participations. The organisation counts
//!   are not counts of people and are never withheld, but each bounds the people of its type.
//!
//! Relations: a breakdown's categories add up to its total; sectors are multi-valued (each at
//! most the total, together at least the total), and so are the people by stakeholder type;
//! labs add up to the programme, partner and period totals, per category where those are
//! published; attended + no-shows = registered; participations are attendances (the period's
//! labs' attended counts); people are at most participations, organisations at most people;
//! a period's people are at most the cumulative people, which are at most the periods' sum.

use std::collections::BTreeMap;

use super::table::{Key, Kind, Op, Table};
use crate::aggregate::{Figures, Group};
use crate::config::Config;
use crate::discover::Lab;
use crate::indicators::{Indicators, PeriodFigures};
use crate::summary::{CountJson, Summary};

const REGISTERED: &str = "registered";
const ATTENDED: &str = "attended";

/// The key of one count of a question's spread of answers.
pub fn answer_key(scope: &str, question: &str, answer: &str) -> Key {
    Key::new(scope, &format!("question:{question}"), answer, "answers")
}

/// The answers a spread of answers shows: the scale's whole points (zeros included) when
/// there are at most 11, then any other answer given.
pub fn spread_answers(scale: (f64, f64), given: Option<&BTreeMap<String, u64>>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let (lo, hi) = (scale.0 as i64, scale.1 as i64);
    if hi - lo <= 10 && scale.0.fract() == 0.0 {
        out.extend((lo..=hi).map(|v| v.to_string()));
    }
    for k in given.into_iter().flat_map(|d| d.keys()) {
        if !out.contains(k) {
            out.push(k.clone());
        }
    }
    out
}

/// Registered and attended cells of one breakdown of one scope: (category, registered cell,
/// attended cell).
type Row = (String, usize, Option<usize>);

struct Builder<'a> {
    t: Table,
    config: &'a Config,
}

impl Builder<'_> {
    fn counts(&mut self, scope: &str, breakdown: &str, category: &str, c: &CountJson) -> Row {
        let kind = if breakdown == "total" {
            Kind::Total
        } else {
            Kind::Part
        };
        let r = self.t.cell(
            Key::new(scope, breakdown, category, REGISTERED),
            c.registered,
            kind,
        );
        let a = c.attended.map(|a| {
            self.t
                .cell(Key::new(scope, breakdown, category, ATTENDED), a, kind)
        });
        (category.to_string(), r, a)
    }

    fn breakdown(
        &mut self,
        scope: &str,
        breakdown: &str,
        counts: &BTreeMap<String, CountJson>,
    ) -> Vec<Row> {
        counts
            .iter()
            .map(|(id, c)| self.counts(scope, breakdown, id, c))
            .collect()
    }

    /// A breakdown's relations to its total: a partition, or multi-valued.
    fn relate_breakdown(&mut self, total: &Row, rows: &[Row], multi: bool) {
        let regs: Vec<usize> = rows.iter().map(|r| r.1).collect();
        let atts: Vec<usize> = rows.iter().filter_map(|r| r.2).collect();
        let mut pairs = vec![(total.1, regs)];
        if let Some(a) = total.2 {
            pairs.push((a, atts));
        }
        for (t, parts) in pairs {
            if multi {
                self.t.cover(t, &parts);
            } else {
                self.t.sum(t, &parts);
            }
        }
    }

    /// The no-shows of each row of a lab: hidden cells, registered = attended + no-shows.
    fn no_shows(&mut self, rows: &[Row]) {
        for (_, r, a) in rows {
            let Some(a) = *a else { continue };
            let (rv, av) = (self.t.cells[*r].value, self.t.cells[a].value);
            if av > rv {
                continue;
            }
            let mut key = self.t.cells[*r].key.clone();
            key.measure = "no_shows".into();
            let d = self.t.cell(key, rv - av, Kind::Hidden);
            self.t.sum(*r, &[a, d]);
        }
    }

    /// Responses, answers and spreads of answers of one group.
    fn feedback(&mut self, scope: &str, g: &Group) -> FeedbackCells {
        let responses = self.t.cell(
            Key::total(scope, "feedback_responses"),
            g.feedback_responses,
            if scope == "all" {
                Kind::Total
            } else {
                Kind::Part
            },
        );
        let mut questions = BTreeMap::new();
        for q in &self.config.questions {
            let Some(rated) = g.feedback.get(&q.id) else {
                continue;
            };
            let answers = self.t.cell(
                Key::new(scope, "question", &q.id, "answers"),
                rated.answers,
                Kind::Part,
            );
            self.t.at_most(answers, responses);
            let dist = g.distribution.get(&q.id);
            let spread: Vec<(String, usize)> = spread_answers(q.scale, dist)
                .into_iter()
                .map(|a| {
                    let v = dist.and_then(|d| d.get(&a)).copied().unwrap_or(0);
                    let c = self.t.cell(answer_key(scope, &q.id, &a), v, Kind::Part);
                    (a, c)
                })
                .collect();
            let parts: Vec<usize> = spread.iter().map(|s| s.1).collect();
            self.t.sum(answers, &parts);
            questions.insert(q.id.clone(), (answers, spread));
        }
        FeedbackCells {
            responses,
            questions,
        }
    }

    /// Participations and people of a period (or all labs): (participations by type id with
    /// `total`, people likewise).
    fn indicators(&mut self, scope: &str, p: &PeriodFigures) -> Indicator {
        let part = Kind::Part;
        let mut out = Indicator::default();
        let total = &p.total;
        let pt = self.t.cell(
            Key::total(scope, "participations"),
            total.participations,
            Kind::Total,
        );
        let et = self
            .t
            .cell(Key::total(scope, "people"), total.people, Kind::Total);
        let ot = self.t.cell(
            Key::total(scope, "organisations"),
            total.organisations,
            Kind::Public,
        );
        self.t.at_most(et, pt);
        self.t.at_most(ot, et);
        let (mut ps, mut es) = (Vec::new(), Vec::new());
        for (id, i) in &p.by_stakeholder_type {
            let k = |m: &str| Key::new(scope, "stakeholder_type", id, m);
            let pc = self.t.cell(k("participations"), i.participations, part);
            let ec = self.t.cell(k("people"), i.people, part);
            let oc = self
                .t
                .cell(k("organisations"), i.organisations, Kind::Public);
            self.t.at_most(ec, pc);
            self.t.at_most(oc, ec);
            ps.push(pc);
            es.push(ec);
            out.participations.insert(id.clone(), pc);
            out.people.insert(id.clone(), ec);
        }
        self.t.sum(pt, &ps);
        self.t.cover(et, &es);
        out.participations.insert("total".into(), pt);
        out.people.insert("total".into(), et);
        out
    }
}

/// One lab's cells: its totals, types, sectors, walk-ins and feedback.
type LabCells = (Row, Vec<Row>, Vec<Row>, usize, FeedbackCells);

#[derive(Default)]
struct Indicator {
    participations: BTreeMap<String, usize>,
    people: BTreeMap<String, usize>,
}

struct FeedbackCells {
    responses: usize,
    /// By question: its answers, and its spread (answer, cell).
    questions: BTreeMap<String, (usize, Vec<(String, usize)>)>,
}

/// The table of every published count of people, with their relations.
pub fn cell_table(
    summary: &Summary,
    figures: &Figures,
    indicators: &Indicators,
    labs: &[Lab],
    config: &Config,
) -> Table {
    let mut b = Builder {
        t: Table::default(),
        config,
    };
    // Per lab: (total row, type rows, sector rows, feedback).
    let mut per_lab = Vec::with_capacity(labs.len());
    for (lab, g) in labs.iter().zip(&figures.labs) {
        let s = &summary.labs[&lab.key];
        let scope = format!("lab:{}", lab.key);
        let total = b.counts(
            &scope,
            "total",
            "total",
            &CountJson {
                registered: s.registrations,
                attended: s.attendees,
            },
        );
        let types = b.breakdown(&scope, "stakeholder_type", &s.by_stakeholder_type);
        let sectors = b.breakdown(&scope, "sector", &s.by_sector);
        b.relate_breakdown(&total, &types, false);
        b.relate_breakdown(&total, &sectors, true);
        b.no_shows(std::slice::from_ref(&total));
        b.no_shows(&types);
        b.no_shows(&sectors);
        let walk_ins =
            b.t.cell(Key::total(&scope, "walk_ins"), s.walk_ins, Kind::Hidden);
        if let Some((_, _, Some(a))) = types.iter().find(|r| r.0 == crate::config::UNKNOWN) {
            b.t.at_most(walk_ins, *a);
        }
        let feedback = b.feedback(&scope, g);
        per_lab.push((total, types, sectors, walk_ins, feedback));
    }

    // All labs.
    let t = &summary.totals;
    let all = "all";
    let total = b.counts(
        all,
        "total",
        "total",
        &CountJson {
            registered: t.registrations,
            attended: t.attendees,
        },
    );
    let types = b.breakdown(all, "stakeholder_type", &t.by_stakeholder_type);
    let sectors = b.breakdown(all, "sector", &t.by_sector);
    b.relate_breakdown(&total, &types, false);
    b.relate_breakdown(&total, &sectors, true);
    // Each of the programme's cells is the sum of the labs' cells of the same category.
    for (which, rows) in [
        (0, vec![total.clone()]),
        (1, types.clone()),
        (2, sectors.clone()),
    ] {
        for (cat, r, a) in rows {
            let lab_rows = per_lab.iter().filter_map(|l| {
                let list: &[Row] = match which {
                    0 => std::slice::from_ref(&l.0),
                    1 => &l.1,
                    _ => &l.2,
                };
                list.iter().find(|x| x.0 == cat).cloned()
            });
            let (regs, atts): (Vec<usize>, Vec<Option<usize>>) =
                lab_rows.map(|x| (x.1, x.2)).unzip();
            b.t.sum(r, &regs);
            if let Some(a) = a {
                b.t.sum(a, &atts.into_iter().flatten().collect::<Vec<_>>());
            }
        }
    }
    let walk =
        b.t.cell(Key::total(all, "walk_ins"), t.walk_ins, Kind::Part);
    let lab_walk: Vec<usize> = per_lab.iter().map(|l| l.3).collect();
    b.t.sum(walk, &lab_walk);
    let registered_people = b.t.cell(
        Key::total(all, "registered_people"),
        t.unique_registered_people,
        Kind::Part,
    );
    b.t.at_most(registered_people, total.1);
    b.t.cell(
        Key::total(all, "duplicates_removed"),
        t.duplicates_removed,
        Kind::Part,
    );
    // Feedback of all labs.
    let fb = b.feedback(all, &figures.all);
    let lab_responses: Vec<usize> = per_lab.iter().map(|l| l.4.responses).collect();
    b.t.sum(fb.responses, &lab_responses);
    for (q, (answers, spread)) in &fb.questions {
        let labs_q: Vec<&(usize, Vec<(String, usize)>)> = per_lab
            .iter()
            .filter_map(|l| l.4.questions.get(q))
            .collect();
        b.t.sum(*answers, &labs_q.iter().map(|x| x.0).collect::<Vec<_>>());
        for (a, cell) in spread {
            let parts: Vec<usize> = labs_q
                .iter()
                .filter_map(|x| x.1.iter().find(|(b, _)| b == a).map(|y| y.1))
                .collect();
            b.t.sum(*cell, &parts);
        }
    }

    // Partners and periods: their totals.
    let lab_index = |key: &str| labs.iter().position(|l| l.key == key);
    let any_attendance = t.attendees.is_some();
    for (partner, g) in &figures.partners {
        let has_attendance = summary
            .labs
            .values()
            .any(|l| &l.partner == partner && l.attendees.is_some());
        let row = b.counts(
            &format!("partner:{partner}"),
            "total",
            "total",
            &CountJson {
                registered: g.registrations,
                attended: has_attendance.then_some(g.attendees),
            },
        );
        let mine: Vec<usize> = (0..labs.len())
            .filter(|&i| &labs[i].partner == partner)
            .collect();
        group_sums(&mut b.t, &row, &mine, &per_lab);
    }
    let periods: Vec<&PeriodFigures> = indicators
        .periods
        .iter()
        .chain(&indicators.no_period)
        .collect();
    let mut period_people = Vec::new();
    for p in &periods {
        let scope = format!("period:{}", p.id);
        let mine: Vec<usize> = p.lab_keys.iter().filter_map(|k| lab_index(k)).collect();
        let row = figures.periods.get(&p.id).map(|g| {
            b.counts(
                &scope,
                "total",
                "total",
                &CountJson {
                    registered: g.registrations,
                    attended: any_attendance.then_some(g.attendees),
                },
            )
        });
        if let Some(row) = &row {
            group_sums(&mut b.t, row, &mine, &per_lab);
        }
        let ind = b.indicators(&scope, p);
        // Participations are the attendances of the period's labs.
        for (id, &pc) in &ind.participations {
            let parts: Vec<usize> = mine
                .iter()
                .filter_map(|&i| {
                    let l = &per_lab[i];
                    if id == "total" {
                        l.0.2
                    } else {
                        l.1.iter().find(|r| &r.0 == id).and_then(|r| r.2)
                    }
                })
                .collect();
            b.t.sum(pc, &parts);
        }
        if let Some(row) = &row
            && let Some(a) = row.2
        {
            b.t.sum(ind.participations["total"], &[a]);
        }
        if p.id != crate::config::NO_PERIOD {
            let new =
                b.t.cell(Key::total(&scope, "new_people"), p.new_people, Kind::Part);
            b.t.at_most(new, ind.people["total"]);
            period_people.push((new, ind));
        } else {
            period_people.push((usize::MAX, ind));
        }
    }
    let cum = b.indicators(all, &indicators.cumulative);
    for (id, &pc) in &cum.participations {
        let a = if id == "total" {
            total.2
        } else {
            types.iter().find(|r| &r.0 == id).and_then(|r| r.2)
        };
        if let Some(a) = a {
            b.t.sum(pc, &[a]);
        }
    }
    // People: each period's at most the cumulative, the cumulative at most their sum; the
    // new people of the periods add up to at most the cumulative people.
    for (id, &ec) in &cum.people {
        let mut parts = Vec::new();
        for (_, ind) in &period_people {
            if let Some(&pe) = ind.people.get(id) {
                b.t.at_most(pe, ec);
                parts.push(pe);
            }
        }
        let mut terms = vec![(ec, 1)];
        terms.extend(parts.iter().map(|&p| (p, -1)));
        b.t.relate(terms, Op::Le);
    }
    let news: Vec<usize> = period_people
        .iter()
        .map(|x| x.0)
        .filter(|&c| c != usize::MAX)
        .collect();
    let mut terms: Vec<(usize, i64)> = news.iter().map(|&c| (c, 1)).collect();
    terms.push((cum.people["total"], -1));
    b.t.relate(terms, Op::Le);
    // The headline's "of them attended" is the cumulative people.
    debug_assert_eq!(t.unique_attendee_people, indicators.cumulative.total.people);
    // Each listed organisation had at least one participation; together at most all.
    let mut orgs = Vec::new();
    for o in &summary.organisations {
        let c = b.t.cell(
            Key::new("organisations", "organisation", &o.label, "participations"),
            o.participations,
            Kind::Part,
        );
        b.t.cells[c].lower = 1;
        orgs.push(c);
    }
    let mut terms: Vec<(usize, i64)> = orgs.iter().map(|&c| (c, 1)).collect();
    terms.push((cum.participations["total"], -1));
    b.t.relate(terms, Op::Le);
    b.t.merge_equal();
    b.t
}

/// A group's registered and attended totals are the sums of its labs'.
fn group_sums(t: &mut Table, row: &Row, mine: &[usize], per_lab: &[LabCells]) {
    let regs: Vec<usize> = mine.iter().map(|&i| per_lab[i].0.1).collect();
    t.sum(row.1, &regs);
    if let Some(a) = row.2 {
        let atts: Vec<usize> = mine.iter().filter_map(|&i| per_lab[i].0.2).collect();
        t.sum(a, &atts);
    }
}
