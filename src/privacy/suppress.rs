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
//!    not all of them from 1 to N−1, given every relation at once. For a cell that fails,
//!    the shown cells linked to it are withheld one by one in the order of `rank` until the
//!    audit finds it safe, and then each of those that turns out not to be needed is shown
//!    again (last added first). Then the loop goes on from 2.
//!
//! Every round withholds at least one more cell or stops, so the loop ends. When no shown cell
//! is left that could protect an exposed one, suppression fails with that cell, and nothing
//! is written.

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
                if debug && !withheld[c] {
                    eprintln!("privacy: relation: + {}", table.cells[c].key);
                }
                withheld[c] = true;
            }
        }
        let exposed = audit::exposed(table, &withheld, n).map_err(failed)?;
        if exposed.is_empty() {
            return Ok(withheld);
        }
        for (k, &(c, range)) in exposed.iter().enumerate() {
            if debug {
                eprintln!("privacy: exposed: {} {range}", table.cells[c].key);
            }
            // An earlier cell's protection may have protected it too.
            if k > 0 && !unsafe_now(table, &withheld, c, n)? {
                continue;
            }
            let added = protect(table, &mut withheld, c, n).map_err(|why| Exposed {
                key: table.cells[c].key.to_string(),
                range: Some(range),
                why,
            })?;
            if debug {
                for x in added {
                    eprintln!("privacy: audit: + {}", table.cells[x].key);
                }
            }
        }
    }
}

fn unsafe_now(table: &Table, withheld: &[bool], c: usize, n: u64) -> Result<bool, Exposed> {
    Ok(audit::range_of(table, withheld, c)
        .map_err(failed)?
        .unsafe_for(n))
}

/// Withholds shown cells linked to exposed cell `c` until the audit finds it safe, then shows
/// again those not needed; returns the cells it withheld.
fn protect(table: &Table, withheld: &mut [bool], c: usize, n: u64) -> Result<Vec<usize>, String> {
    let safe =
        |w: &[bool]| -> Result<bool, String> { Ok(!audit::range_of(table, w, c)?.unsafe_for(n)) };
    let mut added: Vec<usize> = Vec::new();
    'grow: loop {
        // Withholding a cell links more to `c`: the candidates are found again each time.
        let Some(x) = candidates(table, withheld, c).first().copied() else {
            break 'grow;
        };
        withheld[x] = true;
        added.push(x);
        if safe(withheld)? {
            break 'grow;
        }
    }
    if !safe(withheld)? {
        return Err("no other count can be withheld to protect it".into());
    }
    // Show again what was not needed, the last added first.
    for i in (0..added.len().saturating_sub(1)).rev() {
        let x = added[i];
        withheld[x] = false;
        if safe(withheld)? {
            added.remove(i);
        } else {
            withheld[x] = true;
        }
    }
    Ok(added)
}

/// A cell that may be withheld to protect another: shown, not zero, a count of people.
fn eligible(table: &Table, withheld: &[bool], c: usize) -> bool {
    !withheld[c]
        && table.cells[c].value > 0
        && matches!(table.cells[c].kind, Kind::Part | Kind::Total)
}

/// The shown cells that could protect cell `c`: those in its relations, and in the relations
/// of the withheld cells it is linked to, and so on outwards; in the order of `rank`, the
/// nearest first among equals.
fn candidates(table: &Table, withheld: &[bool], c: usize) -> Vec<usize> {
    let mut distance = vec![usize::MAX; table.cells.len()];
    let mut seen_relation = vec![false; table.relations.len()];
    let mut queue = std::collections::VecDeque::from([c]);
    distance[c] = 0;
    let mut found: Vec<usize> = Vec::new();
    while let Some(x) = queue.pop_front() {
        for &r in &table.member_of[x] {
            if std::mem::replace(&mut seen_relation[r], true) {
                continue;
            }
            for &(y, _) in &table.relations[r].terms {
                if distance[y] != usize::MAX {
                    continue;
                }
                distance[y] = distance[x] + 1;
                if withheld[y] {
                    queue.push_back(y);
                } else if eligible(table, withheld, y) {
                    found.push(y);
                }
            }
        }
    }
    found.sort_by(|&a, &b| {
        let (ra, rb) = (rank(table, a), rank(table, b));
        (ra.0, ra.1, distance[a], ra.2, ra.3).cmp(&(rb.0, rb.1, distance[b], rb.2, rb.3))
    });
    found
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
