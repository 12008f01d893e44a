//! Tables where a naive rule fails, each with its pattern worked out by hand; and a property
//! test that checks the pattern of random small programmes by brute force over whole numbers,
//! independently of the audit's linear programs.

use super::suppress::suppress;
use super::table::{Key, Kind, Op, Table};

/// A cell keyed by a short name, for the hand-made tables.
fn cell(t: &mut Table, name: &str, value: u64, kind: Kind) -> usize {
    t.cell(Key::new("t", "x", name, "registered"), value, kind)
}

/// The names of the withheld cells (hidden ones left out: they are never shown anyway).
fn withheld(t: &Table, n: u64) -> Vec<String> {
    let w = suppress(t, n).expect("the pattern is found");
    let mut out: Vec<String> = t
        .cells
        .iter()
        .enumerate()
        .filter(|&(c, cell)| w[t.root(c)] && cell.kind != Kind::Hidden)
        .map(|(_, cell)| cell.key.category.clone())
        .collect();
    out.sort();
    out
}

#[test]
fn one_small_cell_in_a_row_takes_the_smallest_other_part_with_it() {
    // 7 + 3 + 12 = 22. Withholding the 3 alone leaves it as 22 − 7 − 12; the smallest other
    // part, the 7, goes with it; the total stays.
    let mut t = Table::default();
    let total = cell(&mut t, "total", 22, Kind::Total);
    let parts = [
        cell(&mut t, "a", 7, Kind::Part),
        cell(&mut t, "b", 3, Kind::Part),
        cell(&mut t, "c", 12, Kind::Part),
    ];
    t.sum(total, &parts);
    assert_eq!(withheld(&t, 5), ["a", "b"]);
}

#[test]
fn two_small_cells_whose_sum_is_small_take_a_third() {
    // 2 + 1 + 9 + 10 = 22: withholding the 2 and the 1 shows that they add up to 3, a count
    // from 1 to 4, so the next smallest part (9) is withheld too.
    let mut t = Table::default();
    let total = cell(&mut t, "total", 22, Kind::Total);
    let parts = [
        cell(&mut t, "a", 2, Kind::Part),
        cell(&mut t, "b", 1, Kind::Part),
        cell(&mut t, "c", 9, Kind::Part),
        cell(&mut t, "d", 10, Kind::Part),
    ];
    t.sum(total, &parts);
    assert_eq!(withheld(&t, 5), ["a", "b", "c"]);
}

#[test]
fn a_cell_recoverable_through_the_cumulative_total_takes_the_other_labs_cell() {
    // Lab A: 3 + 10 = 13; lab B: 6 + 8 = 14; the programme by type: 9 and 18 (total 27).
    // A's 3 and 10 withheld in A's row still leave the 3 as 9 − 6 (the programme's first
    // type minus lab B's): B's 6 goes too, and then B's 8 (else 6 = 14 − 8).
    let mut t = Table::default();
    let (a1, a2, at) = (
        cell(&mut t, "a1", 3, Kind::Part),
        cell(&mut t, "a2", 10, Kind::Part),
        cell(&mut t, "a", 13, Kind::Total),
    );
    let (b1, b2, bt) = (
        cell(&mut t, "b1", 6, Kind::Part),
        cell(&mut t, "b2", 8, Kind::Part),
        cell(&mut t, "b", 14, Kind::Total),
    );
    let (p1, p2, pt) = (
        cell(&mut t, "p1", 9, Kind::Part),
        cell(&mut t, "p2", 18, Kind::Part),
        cell(&mut t, "p", 27, Kind::Total),
    );
    t.sum(at, &[a1, a2]);
    t.sum(bt, &[b1, b2]);
    t.sum(p1, &[a1, b1]);
    t.sum(p2, &[a2, b2]);
    t.sum(pt, &[at, bt]);
    t.sum(pt, &[p1, p2]);
    assert_eq!(withheld(&t, 5), ["a1", "a2", "b1", "b2"]);
}

#[test]
fn an_attended_count_pinned_by_its_sectors_takes_the_sector_with_it() {
    // 8 registered, 6 attended: the 2 no-shows must not show, so the attended count (the
    // smaller) is withheld. But every attendee named tourism, and each sector's count is at
    // most the total while the sectors together are at least it: tourism's 6 would pin the
    // attended count to 6 (and the no-shows to 2). The tourism count is withheld too.
    let mut t = Table::default();
    let r = cell(&mut t, "registered", 8, Kind::Total);
    let a = cell(&mut t, "attended", 6, Kind::Total);
    let d = cell(&mut t, "no_shows", 2, Kind::Hidden);
    let rs = [
        cell(&mut t, "registered tourism", 8, Kind::Part),
        cell(&mut t, "registered ict", 0, Kind::Part),
    ];
    let as_ = [
        cell(&mut t, "attended tourism", 6, Kind::Part),
        cell(&mut t, "attended ict", 0, Kind::Part),
    ];
    t.sum(r, &[a, d]);
    t.cover(r, &rs);
    t.cover(a, &as_);
    assert_eq!(withheld(&t, 5), ["attended", "attended tourism"]);
}

#[test]
fn attended_recoverable_from_registered_is_withheld_with_its_row() {
    // Registered 7 + 9 = 16, attended 5 + 9 = 14: 2 no-shows of the first type and 2 in all.
    // The first type's attended 5 goes (the smaller of 7 and 5: else the no-shows are 7 − 5),
    // and the attended total (the smaller of 16 and 14: else the 2 no-shows in all are
    // 16 − 14). The second type's 9 can stay: with the total withheld, 5 = 14 − 9 no longer
    // reads off, and the first type's attended can be anything from 0 to 7 (the total then
    // 9 more). The registered counts all stay.
    let mut t = Table::default();
    let (ra, rb, rt) = (
        cell(&mut t, "registered a", 7, Kind::Part),
        cell(&mut t, "registered b", 9, Kind::Part),
        cell(&mut t, "registered", 16, Kind::Total),
    );
    let (aa, ab, at) = (
        cell(&mut t, "attended a", 5, Kind::Part),
        cell(&mut t, "attended b", 9, Kind::Part),
        cell(&mut t, "attended", 14, Kind::Total),
    );
    let (da, db, dt) = (
        cell(&mut t, "no_shows a", 2, Kind::Hidden),
        cell(&mut t, "no_shows b", 0, Kind::Hidden),
        cell(&mut t, "no_shows", 2, Kind::Hidden),
    );
    t.sum(rt, &[ra, rb]);
    t.sum(at, &[aa, ab]);
    t.sum(ra, &[aa, da]);
    t.sum(rb, &[ab, db]);
    t.sum(rt, &[at, dt]);
    assert_eq!(withheld(&t, 5), ["attended", "attended a"]);
}

#[test]
fn zeros_are_shown_and_never_withheld_to_protect_another() {
    // 0 + 4 + 0 = 4 with the total 4: the 4 and the total are both small, the zeros stay.
    let mut t = Table::default();
    let total = cell(&mut t, "total", 4, Kind::Total);
    let parts = [
        cell(&mut t, "a", 0, Kind::Part),
        cell(&mut t, "b", 4, Kind::Part),
        cell(&mut t, "c", 0, Kind::Part),
    ];
    t.sum(total, &parts);
    assert_eq!(withheld(&t, 5), ["b", "total"]);
}

#[test]
fn cells_a_relation_makes_equal_are_one_decision() {
    // A period of one lab: its total is the lab's total, the same figure in two places.
    let mut t = Table::default();
    let lab = cell(&mut t, "lab", 3, Kind::Total);
    let period = cell(&mut t, "period", 3, Kind::Total);
    t.sum(period, &[lab]);
    t.merge_equal();
    assert_eq!(t.root(period), lab);
    assert_eq!(withheld(&t, 5), ["lab", "period"]);
}

// ------------------------------------------------------------------------------------------
// The property test.

use proptest::prelude::*;

#[allow(clippy::needless_range_loop)]
/// A random programme: labs × stakeholder types, registered counts and how many of each
/// registered did not come; with each lab's totals, the programme's per type and in all.
fn programme(labs: usize, types: usize, cells: &[(u64, u64)]) -> Table {
    let mut t = Table::default();
    let name = |what: &str, l: usize, ty: Option<usize>| match ty {
        Some(ty) => format!("{what} lab{l} type{ty}"),
        None => format!("{what} lab{l}"),
    };
    let mut reg = vec![vec![0usize; types]; labs];
    let mut att = vec![vec![0usize; types]; labs];
    let mut lab_totals = Vec::new();
    for l in 0..labs {
        let mut rsum = 0;
        let mut asum = 0;
        for ty in 0..types {
            let (r, noshow) = cells[l * types + ty];
            let noshow = noshow.min(r);
            reg[l][ty] = cell(&mut t, &name("registered", l, Some(ty)), r, Kind::Part);
            att[l][ty] = cell(
                &mut t,
                &name("attended", l, Some(ty)),
                r - noshow,
                Kind::Part,
            );
            let d = cell(&mut t, &name("no_shows", l, Some(ty)), noshow, Kind::Hidden);
            t.sum(reg[l][ty], &[att[l][ty], d]);
            rsum += r;
            asum += r - noshow;
        }
        let rt = cell(&mut t, &name("registered", l, None), rsum, Kind::Total);
        let at = cell(&mut t, &name("attended", l, None), asum, Kind::Total);
        let d = cell(
            &mut t,
            &name("no_shows", l, None),
            rsum - asum,
            Kind::Hidden,
        );
        t.sum(rt, &reg[l]);
        t.sum(at, &att[l]);
        t.sum(rt, &[at, d]);
        lab_totals.push((rt, at));
    }
    for (what, grid) in [("registered", &reg), ("attended", &att)] {
        let mut col_cells = Vec::new();
        for ty in 0..types {
            let parts: Vec<usize> = (0..labs).map(|l| grid[l][ty]).collect();
            let v: u64 = parts.iter().map(|&c| t.cells[c].value).sum();
            let p = cell(&mut t, &format!("{what} all type{ty}"), v, Kind::Part);
            t.sum(p, &parts);
            col_cells.push(p);
        }
        let labs_of: Vec<usize> = lab_totals
            .iter()
            .map(|&(r, a)| if what == "registered" { r } else { a })
            .collect();
        let v: u64 = labs_of.iter().map(|&c| t.cells[c].value).sum();
        let all = cell(&mut t, &format!("{what} all"), v, Kind::Total);
        t.sum(all, &labs_of);
        t.sum(all, &col_cells);
    }
    t.merge_equal();
    t
}

/// Whether the table's relations, with the shown cells fixed, have a whole-number solution
/// (each unknown cell from 0 to `bound`) in which unknown cell `unknown[0]` takes a value
/// that `allowed` accepts. Backtracking, first solution wins; an equality whose other cells
/// all have values gives the last one its value.
fn exists(t: &Table, unknown: &[usize], bound: u64, allowed: &dyn Fn(u64) -> bool) -> bool {
    let relations: Vec<&super::table::Relation> = t
        .relations
        .iter()
        .filter(|r| r.terms.iter().any(|(c, _)| unknown.contains(c)))
        .collect();
    let mut value: Vec<Option<u64>> = t
        .cells
        .iter()
        .enumerate()
        .map(|(c, cell)| (!unknown.contains(&c)).then_some(cell.value))
        .collect();
    fn holds(relations: &[&super::table::Relation], value: &[Option<u64>]) -> bool {
        relations.iter().all(|r| {
            let mut sum = 0i64;
            for &(c, k) in &r.terms {
                match value[c] {
                    Some(v) => sum += k * v as i64,
                    None => return true,
                }
            }
            match r.op {
                Op::Eq => sum == 0,
                Op::Le => sum <= 0,
            }
        })
    }
    fn go(
        i: usize,
        unknown: &[usize],
        bound: u64,
        relations: &[&super::table::Relation],
        value: &mut Vec<Option<u64>>,
        allowed: &dyn Fn(u64) -> bool,
    ) -> bool {
        if i == unknown.len() {
            return true;
        }
        let forced = relations.iter().find_map(|r| {
            let own = r.terms.iter().find(|t| t.0 == unknown[i])?;
            if r.op != Op::Eq || own.1.abs() != 1 {
                return None;
            }
            let mut rest = 0i64;
            for &(c, k) in r.terms.iter().filter(|t| t.0 != unknown[i]) {
                rest += k * value[c]? as i64;
            }
            Some(-rest * own.1)
        });
        let range = match forced {
            Some(v) if v < 0 || v as u64 > bound => return false,
            Some(v) => v as u64..=v as u64,
            None => 0..=bound,
        };
        for v in range {
            if i == 0 && !allowed(v) {
                continue;
            }
            value[unknown[i]] = Some(v);
            if holds(relations, value) && go(i + 1, unknown, bound, relations, value, allowed) {
                return true;
            }
        }
        value[unknown[i]] = None;
        false
    }
    go(0, unknown, bound, &relations, &mut value, allowed)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Random programmes of 2 labs × 2 stakeholder types, counts 0 to 9 and 0 to 3
    /// no-shows: after suppression with N = 3 to 5, every withheld count (and every small
    /// hidden no-show count) has at least two whole values that fit everything shown, not
    /// all of them from 1 to N−1. Checked by a backtracking search over whole numbers, not
    /// by the audit's linear programs.
    #[test]
    fn no_withheld_count_has_a_single_feasible_value(
        labs in 2usize..3,
        types in 2usize..3,
        cells in proptest::collection::vec((0u64..10, 0u64..4), 9),
        n in 3u64..6,
    ) {
        let t = programme(labs, types, &cells);
        let w = suppress(&t, n).expect("suppression finds a pattern");
        let unknown: Vec<usize> = (0..t.cells.len())
            .filter(|&c| t.cells[c].same_as.is_none() && w[c])
            .collect();
        // A withheld total can take values above every true count (its parts withheld too):
        // the search goes well beyond them. A bound too low could only make a cell look
        // pinned, never safe.
        let bound = 3 * t.cells.iter().map(|c| c.value).max().unwrap_or(0) + 3;
        for &c in &unknown {
            let cell = &t.cells[c];
            let v = cell.value;
            if cell.kind == Kind::Hidden && !(1..n).contains(&v) {
                continue;
            }
            // The cell first, so that what it may be prunes the search at once.
            let mut order = vec![c];
            order.extend(unknown.iter().copied().filter(|&x| x != c));
            prop_assert!(exists(&t, &order, bound, &|x| x == v), "{} = {} must be a solution", cell.key, v);
            prop_assert!(
                exists(&t, &order, bound, &|x| x != v),
                "{} = {} is pinned", cell.key, v
            );
            if (1..n).contains(&v) {
                prop_assert!(
                    exists(&t, &order, bound, &|x| x == 0 || x >= n),
                    "{} = {} is shown to be from 1 to {}", cell.key, v, n - 1
                );
            }
        }
    }
}
