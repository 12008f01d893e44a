//! The programme's indicators, as a monitoring system asks for them: participations, people
//! and organisations, by stakeholder type, per reporting period and cumulative.
//!
//! - **participations**: attendances, a person counted once per lab they attended (walk-ins
//!   included); a lab without attendance data adds none.
//! - **people**: distinct people who attended at least one lab (the person key of
//!   `people::link_people`). By stakeholder type, a person is counted under each type they
//!   attended as (people change jobs), so the types may add up to more than the total.
//! - **organisations**: distinct organisations among those who attended
//!   (`organisations::Organisations`). By stakeholder type, an organisation is counted under
//!   one type: the one its attendees in that period (or in all labs, for the cumulative
//!   figures and the list) gave most often (`unknown` only if none gave a known type; a tie
//!   goes to the type listed first), so the types add up to the total.
//!
//! Periods are the config's `[[period]]`s, else the half-years that hold a lab. A lab is in
//! the period that holds its date; a lab without a date, or with a date outside every
//! configured period, is in no period (warned) and counts in the cumulative figures only.

use std::collections::BTreeMap;

use foldhash::{HashMap, HashSet};

use crate::config::{Config, NO_PERIOD, Period, UNKNOWN};
use crate::diagnostics::{Diagnostics, Location};
use crate::discover::{Date, Lab};
use crate::people::Tables;

/// The three indicators of one group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Indicator {
    pub participations: u64,
    pub people: u64,
    pub organisations: u64,
}

/// One period's figures (or the cumulative ones, or those of the labs in no period).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeriodFigures {
    pub id: String,
    pub label: String,
    /// How many labs it holds, and their keys.
    pub labs: u64,
    pub lab_keys: Vec<String>,
    /// Of them, how many have no attendance data (and so add no participations).
    pub labs_without_attendance: u64,
    pub total: Indicator,
    /// Every stakeholder type id of the taxonomy, then `unknown`.
    pub by_stakeholder_type: BTreeMap<String, Indicator>,
    /// People and organisations not seen in any earlier period (periods only; for the
    /// cumulative figures, all of them).
    pub new_people: u64,
    pub new_organisations: u64,
}

/// An organisation that took part, for the list by stakeholder type.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationRow {
    /// The config's id, if it has one.
    pub id: Option<String>,
    pub label: String,
    /// The stakeholder type it is counted under (see the module's comment).
    pub stakeholder_type: String,
    /// How many labs its people attended, and how many participations they made.
    pub labs: u64,
    pub participations: u64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Indicators {
    /// In date order.
    pub periods: Vec<PeriodFigures>,
    /// The labs in no period (id `none`), if any.
    pub no_period: Option<PeriodFigures>,
    pub cumulative: PeriodFigures,
    /// Per lab: the id of its period, or `none`.
    pub lab_period: Vec<String>,
    /// Organisations that took part, by stakeholder type (in taxonomy order), then label.
    pub organisations: Vec<OrganisationRow>,
}

/// The half-year that holds `d`: ("2019-H2", "July–December 2019").
fn half_year(d: Date) -> Period {
    let (h, from, to, months) = if d.month <= 6 {
        ("H1", 1, 6, "January–June")
    } else {
        ("H2", 7, 12, "July–December")
    };
    let last = if to == 6 { 30 } else { 31 };
    Period {
        id: format!("{}-{h}", d.year),
        label: format!("{months} {}", d.year),
        from: Date::new(d.year, from, 1).expect("the first of a month is a date"),
        to: Date::new(d.year, to, last).expect("30 June and 31 December are dates"),
    }
}

/// The reporting periods and each lab's place in them (`None`: in no period). Warns of each
/// lab in no period.
pub fn assign_periods(
    labs: &[Lab],
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> (Vec<Period>, Vec<Option<usize>>) {
    let mut periods: Vec<Period> = config.periods.clone();
    if periods.is_empty() {
        periods = labs.iter().filter_map(|l| l.date).map(half_year).collect();
        periods.sort_by_key(|p| p.from);
        periods.dedup_by(|a, b| a.id == b.id);
    }
    let place = labs
        .iter()
        .map(|lab| {
            let Some(date) = lab.date else {
                diagnostics.warn(
                    Location::file(lab.key.clone()),
                    "the lab has no date, so it is in no reporting period: counted in the cumulative indicators only (date the folder, e.g. 2020-03-03-lab2, or set date in its lab.toml)",
                );
                return None;
            };
            let found = periods.iter().position(|p| p.from <= date && date <= p.to);
            if found.is_none() {
                diagnostics.warn(
                    Location::file(lab.key.clone()),
                    format!(
                        "the lab's date {date} is in no [[period]] of the config: counted in the cumulative indicators only (add a period that holds it)"
                    ),
                );
            }
            found
        })
        .collect();
    (periods, place)
}

/// Counts the indicators. `tables` is as `link_people` made it (before `aggregate` takes its
/// columns).
pub fn indicators(
    labs: &[Lab],
    tables: &Tables,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> Indicators {
    let (periods, place) = assign_periods(labs, config, diagnostics);
    let p = &tables.participants;
    let types = &tables.types;
    let n_types = types.len();
    let unknown_type = n_types - 1;

    // Per organisation: the labs and participations of its people, for the list.
    let org_count = tables.organisations.entries.len();
    let mut org_labs: Vec<HashSet<u32>> = vec![HashSet::default(); org_count];
    let mut org_participations = vec![0u64; org_count];
    let attended = |i: usize| p.attended[i] == Some(1);
    for i in (0..p.lab.len()).filter(|&i| attended(i)) {
        if let Some(o) = p.organisation[i] {
            org_labs[o as usize].insert(p.lab[i]);
            org_participations[o as usize] += 1;
        }
    }
    // An organisation's type in a group: the known type its attendees there gave most often
    // (the first listed on a tie), else `unknown`.
    let type_of = |votes: &[u64]| {
        let known = &votes[..unknown_type];
        let most = known.iter().copied().max().unwrap_or(0);
        if most == 0 {
            unknown_type
        } else {
            known
                .iter()
                .position(|&v| v == most)
                .unwrap_or(unknown_type)
        }
    };

    // The participant rows that count (attended), by group: each period's, then those of
    // the labs in no period. One pass; each group's rows are then counted on their own.
    let n_groups = periods.len() + 1;
    let mut rows_of: Vec<Vec<u32>> = vec![Vec::new(); n_groups];
    for i in (0..p.lab.len()).filter(|&i| attended(i)) {
        let g = place[p.lab[i] as usize].unwrap_or(periods.len());
        rows_of[g].push(i as u32);
    }
    // Who was counted in the group at hand, by person and organisation code: the group's
    // stamp (its number + 1) rather than a hash set per group, and for people the types they
    // were counted under (a bit each). People and organisations are numbered densely.
    let people_count = p.person.iter().copied().max().map_or(0, |m| m as usize + 1);
    let mut person_stamp: Vec<(u32, u64)> = vec![(0, 0); people_count];
    // By organisation: (the stamp of the group it was last counted in, its slot in `votes`).
    let mut org_slot: Vec<(u32, u32)> = vec![(0, 0); org_count];
    let mut stamp = 0u32;
    // More types than bits: the people by type are counted with a set instead.
    let many_types = n_types > 64;

    // Counts a group: `Some(g)` the `g`th of `rows_of` (a period, or the labs in none),
    // `None` all labs.
    let mut count = |id: &str, label: &str, group: Option<usize>| {
        stamp += 1;
        let mut f = PeriodFigures {
            id: id.to_string(),
            label: label.to_string(),
            ..PeriodFigures::default()
        };
        let in_group = |lab: usize| group.is_none_or(|g| place[lab].unwrap_or(periods.len()) == g);
        for (i, lab) in labs.iter().enumerate().filter(|&(i, _)| in_group(i)) {
            f.labs += 1;
            f.lab_keys.push(lab.key.clone());
            if !tables.has_attendance.get(i).copied().unwrap_or(false) {
                f.labs_without_attendance += 1;
            }
        }
        let rows: Box<dyn Iterator<Item = u32>> = match group {
            Some(g) => Box::new(rows_of[g].iter().copied()),
            None => Box::new(rows_of.iter().flatten().copied()),
        };
        let mut people: Vec<u32> = Vec::new();
        // The group's organisations, each with how many of its attendees gave each type.
        let mut votes: Vec<(u32, Vec<u64>)> = Vec::new();
        let mut by_type = vec![Indicator::default(); n_types];
        let mut people_by_type: HashSet<(u32, u32)> = HashSet::default();
        for i in rows {
            let i = i as usize;
            let t = p.stakeholder_type[i];
            let person = p.person[i];
            f.total.participations += 1;
            by_type[t as usize].participations += 1;
            let seen = &mut person_stamp[person as usize];
            if seen.0 != stamp {
                *seen = (stamp, 0);
                people.push(person);
            }
            let new_type = if many_types {
                people_by_type.insert((t, person))
            } else {
                let bit = 1u64 << t;
                let new = seen.1 & bit == 0;
                seen.1 |= bit;
                new
            };
            if new_type {
                by_type[t as usize].people += 1;
            }
            if let Some(o) = p.organisation[i] {
                let slot = &mut org_slot[o as usize];
                if slot.0 != stamp {
                    *slot = (stamp, votes.len() as u32);
                    votes.push((o, vec![0; n_types]));
                }
                votes[slot.1 as usize].1[t as usize] += 1;
            }
        }
        f.total.people = people.len() as u64;
        f.total.organisations = votes.len() as u64;
        let mut org_type: HashMap<u32, usize> = HashMap::default();
        for (o, v) in &votes {
            let t = type_of(v);
            by_type[t].organisations += 1;
            org_type.insert(*o, t);
        }
        f.by_stakeholder_type = types.iter().cloned().zip(by_type).collect();
        (f, people, org_type)
    };

    // Who was counted in an earlier period.
    let mut seen_people = vec![false; people_count];
    let mut seen_orgs = vec![false; org_count];
    let mut out = Indicators::default();
    for (k, period) in periods.iter().enumerate() {
        let (mut f, people, orgs) = count(&period.id, &period.label, Some(k));
        f.new_people = people.iter().filter(|&&x| !seen_people[x as usize]).count() as u64;
        f.new_organisations = orgs.keys().filter(|&&o| !seen_orgs[o as usize]).count() as u64;
        for x in people {
            seen_people[x as usize] = true;
        }
        for o in orgs.into_keys() {
            seen_orgs[o as usize] = true;
        }
        out.periods.push(f);
    }
    if place.iter().any(Option::is_none) {
        let (f, ..) = count(NO_PERIOD, "In no period", Some(periods.len()));
        out.no_period = Some(f);
    }
    let (mut cumulative, _, org_type) = count("all", "All labs", None);
    cumulative.new_people = cumulative.total.people;
    cumulative.new_organisations = cumulative.total.organisations;
    out.cumulative = cumulative;
    out.lab_period = place
        .iter()
        .map(|k| k.map_or(NO_PERIOD.to_string(), |k| periods[k].id.clone()))
        .collect();

    // The organisations that took part, by type in taxonomy order, then label.
    let mut rows: Vec<(usize, OrganisationRow)> = tables
        .organisations
        .entries
        .iter()
        .enumerate()
        .filter(|&(o, _)| org_participations[o] > 0)
        .map(|(o, e)| {
            let t = org_type.get(&(o as u32)).copied().unwrap_or(unknown_type);
            let row = OrganisationRow {
                id: e.id.clone(),
                label: e.label.clone(),
                stakeholder_type: types[t].clone(),
                labs: org_labs[o].len() as u64,
                participations: org_participations[o],
            };
            (t, row)
        })
        .collect();
    rows.sort_by_cached_key(|(t, r)| (*t, crate::fold::fold(&r.label)));
    out.organisations = rows.into_iter().map(|(_, r)| r).collect();
    debug_assert_eq!(types.last().map(String::as_str), Some(UNKNOWN));
    out
}

/// What changed from one period to the next, in a sentence.
pub fn change_sentence(previous: &PeriodFigures, this: &PeriodFigures) -> String {
    format!(
        "Compared with {}: {}, {}, {}. New to the programme this period: {} and {}.",
        previous.label,
        step(
            "participations",
            previous.total.participations,
            this.total.participations
        ),
        step("people", previous.total.people, this.total.people),
        step(
            "organisations",
            previous.total.organisations,
            this.total.organisations
        ),
        how_many(this.new_people, "person", "people"),
        how_many(this.new_organisations, "organisation", "organisations"),
    )
}

/// "people 40 → 43 (+3)".
pub fn step(what: &str, a: u64, b: u64) -> String {
    let d = b as i64 - a as i64;
    let change = match d {
        0 => "unchanged".to_string(),
        d if d > 0 => format!("+{d}"),
        d => format!("−{}", -d),
    };
    format!("{what} {a} → {b} ({change})")
}

/// "no people", "1 person", "23 people".
fn how_many(n: u64, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_years_hold_their_dates() {
        let h = half_year(Date::new(2019, 9, 30).unwrap());
        assert_eq!(
            (h.id.as_str(), h.label.as_str()),
            ("2019-H2", "July–December 2019")
        );
        assert_eq!(
            (h.from, h.to),
            (
                Date::new(2019, 7, 1).unwrap(),
                Date::new(2019, 12, 31).unwrap()
            )
        );
        let h = half_year(Date::new(2020, 6, 30).unwrap());
        assert_eq!(
            (h.id.as_str(), h.label.as_str()),
            ("2020-H1", "January–June 2020")
        );
    }

    #[test]
    fn a_change_is_said_with_its_sign() {
        let mut a = PeriodFigures {
            label: "July–December 2019".into(),
            ..PeriodFigures::default()
        };
        a.total = Indicator {
            participations: 10,
            people: 9,
            organisations: 4,
        };
        let mut b = a.clone();
        b.total = Indicator {
            participations: 7,
            people: 9,
            organisations: 5,
        };
        b.new_people = 1;
        b.new_organisations = 2;
        let mut none = b.clone();
        none.new_people = 0;
        none.new_organisations = 0;
        assert!(
            change_sentence(&a, &none).ends_with("this period: no people and no organisations.")
        );
        assert_eq!(
            change_sentence(&a, &b),
            "Compared with July–December 2019: participations 10 → 7 (−3), people 9 → 9 (unchanged), organisations 4 → 5 (+1). New to the programme this period: 1 person and 2 organisations."
        );
    }
}
