//! Which cells to withhold: the small ones (primary suppression), then as many more as it
//! takes for none of them to be worked out from what is shown (complementary suppression),
//! checked by the audit.
//!
//! 1. Primary: every count from 1 to N−1.
//! 2. Relation by relation, until nothing changes: a relation (a total and its parts, a sum
//!    over labs, registered = attended + no-shows) in which one protected cell is the only
//!    unknown gives it away; one in which the unknowns all stand on one side gives away their
//!    sum, which must not be from 1 to N−1. Either way one more cell of that relation is
//!    withheld, in the order of `rank`: the smallest non-zero part first, a total last.
//! 3. The audit (`audit::exposed`): every protected cell must keep at least two whole values,
//!    not all of them from 1 to N−1, given every relation at once. For a cell it cannot
//!    prove safe, one linear program finds the shown cells to withhold at the least cost
//!    (`rank`'s order as costs): a whole-number solution of the relations in which the cell
//!    is 0 or at least N and the fewest, cheapest shown cells move; those are withheld, and
//!    the solution proves the cell safe. Then the loop goes on from 2.
//!
//! Cells are only ever added to the withheld ones, so what the audit proved stays proven and
//! every round withholds at least one more cell or stops: the loop ends. When no solution
//! protects an exposed cell, suppression fails with that cell, and nothing is written.

use super::audit::{self, Range, protected};
use super::table::{Kind, Op, Table};

/// A withheld cell the tool could not protect.
#[derive(Debug, Clone)]
pub struct Exposed {
    pub key: String,
    pub range: Option<Range>,
    pub why: String,
}

fn failed(why: String) -> Exposed {
    Exposed {
        key: String::new(),
        range: None,
        why,
    }
}

/// The cells to withhold, by cell; hidden cells count as withheld (they are never shown).
pub fn suppress(table: &Table, n: u64) -> Result<Vec<bool>, Exposed> {
    let debug = std::env::var_os("LABREPORT_DEBUG_PRIVACY").is_some();
    let started = std::time::Instant::now();
    let say = |what: std::fmt::Arguments| {
        if debug {
            eprintln!(
                "privacy: {:>8.3} s: {what}",
                started.elapsed().as_secs_f64()
            );
        }
    };
    let mut withheld: Vec<bool> = table
        .cells
        .iter()
        .map(|c| match c.kind {
            _ if c.same_as.is_some() => false,
            Kind::Hidden => true,
            Kind::Public => false,
            Kind::Part | Kind::Total => (1..n).contains(&c.value),
        })
        .collect();
    // Cells the audit proved safe only from the whole of their part (`protect` found nothing
    // to add): cells are only ever added to the withheld ones, which keeps them safe.
    let mut settled = std::collections::HashSet::new();
    // The audit's solutions: they stay solutions as more cells are withheld.
    let mut seen = audit::Seen::new(table);
    loop {
        // Relation by relation, to a fixed point.
        loop {
            let mut more = Vec::new();
            for (r, rel) in table.relations.iter().enumerate() {
                if rel.op == Op::Eq && gives_away(table, &withheld, r, n) {
                    more.extend(choose(table, &withheld, r));
                }
            }
            if more.is_empty() {
                break;
            }
            for c in more {
                if !withheld[c] {
                    say(format_args!("relation: + {}", table.cells[c].key));
                }
                withheld[c] = true;
            }
        }
        say(format_args!("relations done"));
        let mut exposed = audit::exposed(table, &withheld, n, &mut seen).map_err(failed)?;
        say(format_args!("audit: {} exposed", exposed.len()));
        exposed.retain(|(c, _)| !settled.contains(c));
        if exposed.is_empty() {
            return Ok(withheld);
        }
        for (k, &(c, range)) in exposed.iter().enumerate() {
            say(format_args!("exposed: {} {range}", table.cells[c].key));
            // An earlier cell's protection may have protected it too.
            if k > 0
                && proven(table, &withheld, c, n, &mut seen)
                    .map_err(failed)?
                    .is_none()
            {
                continue;
            }
            let added = protect(table, &mut withheld, c, n).map_err(|why| Exposed {
                key: table.cells[c].key.to_string(),
                range: Some(audit::range_of(table, &withheld, c).unwrap_or(range)),
                why,
            })?;
            if added.is_empty() {
                settled.insert(c);
            }
            for x in added {
                say(format_args!("audit: + {}", table.cells[x].key));
            }
        }
    }
}

/// `None` when the audit proves cell `c` safe, else what a reader can tell of it.
fn proven(
    table: &Table,
    withheld: &[bool],
    c: usize,
    n: u64,
    seen: &mut audit::Seen,
) -> Result<Option<Range>, String> {
    audit::check(table, withheld, c, n, seen, audit::NEIGHBOURHOODS)
}

/// Withholds the shown cells that protect exposed cell `c` at the least cost (`rank`'s
/// order as costs), found by the audit's program over the cells nearest to `c` first;
/// returns them. None: the audit's exact program over the whole of `c`'s part finds it safe
/// as it is.
fn protect(table: &Table, withheld: &mut [bool], c: usize, n: u64) -> Result<Vec<usize>, String> {
    let movable = |y: usize| eligible(table, withheld, y);
    let cost = |y: usize| cost(table, y);
    for max in [256, 2048, usize::MAX] {
        let (found, whole) = audit::protection(table, withheld, c, n, &movable, &cost, max)?;
        if let Some(cells) = found {
            for &x in &cells {
                withheld[x] = true;
            }
            return Ok(cells);
        }
        if whole {
            break;
        }
    }
    if audit::range_of(table, withheld, c)?.unsafe_for(n) {
        return Err("no other count can be withheld to protect it".into());
    }
    Ok(Vec::new())
}

/// What moving a shown cell by one costs, in `protect`'s program: `rank`'s order as weights,
/// each tier dearer than all the cells of the tier below that a protection takes.
fn cost(table: &Table, c: usize) -> f64 {
    let (tier, total, _, _) = rank(table, c);
    [1.0, 8.0, 64.0, 4096.0][usize::from(tier)] * if total { 3.0 } else { 1.0 }
}

/// A cell that may be withheld to protect another: shown, not zero, a count of people.
fn eligible(table: &Table, withheld: &[bool], c: usize) -> bool {
    !withheld[c]
        && table.cells[c].value > 0
        && matches!(table.cells[c].kind, Kind::Part | Kind::Total)
}

/// Whether relation `r` (an equality) gives a protected cell away: it is the relation's only
/// unknown, or the unknowns all stand on one side and add up to 1..N−1.
pub fn gives_away(table: &Table, withheld: &[bool], r: usize, n: u64) -> bool {
    let rel = &table.relations[r];
    let unknown: Vec<(usize, i64)> = rel
        .terms
        .iter()
        .copied()
        .filter(|&(c, _)| withheld[c])
        .collect();
    if !unknown
        .iter()
        .any(|&(c, _)| protected(table, withheld, c, n))
    {
        return false;
    }
    if unknown.len() == 1 {
        return true;
    }
    let one_side = unknown.iter().all(|&(_, k)| k > 0) || unknown.iter().all(|&(_, k)| k < 0);
    let sum: u64 = unknown.iter().map(|&(c, _)| table.cells[c].value).sum();
    one_side && (1..n).contains(&sum)
}

/// The next cell of relation `r` to withhold, in the order of `rank`.
fn choose(table: &Table, withheld: &[bool], r: usize) -> Option<usize> {
    table.relations[r]
        .terms
        .iter()
        .map(|&(c, _)| c)
        .filter(|&c| eligible(table, withheld, c))
        .min_by(|&a, &b| rank(table, a).cmp(&rank(table, b)))
}

/// The order cells are withheld in to protect others: a lab's counts before a partner's or a
/// period's, those before the programme's, the programme's totals (the headline figures)
/// last; within each, categories before totals; then the smallest first, then by key (so
/// that a build is repeatable).
fn rank(table: &Table, c: usize) -> (u8, bool, u64, &super::table::Key) {
    let x = &table.cells[c];
    let scope = &x.key.scope;
    let total = x.key.breakdown == "total";
    let tier = if scope == "all" {
        if total { 3 } else { 2 }
    } else if scope.starts_with("partner:") || scope.starts_with("period:") {
        1
    } else {
        0
    };
    (tier, total, x.value, &x.key)
}
