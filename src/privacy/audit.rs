//! The audit: for each withheld count, the smallest and largest value a reader could give it
//! from everything published, by linear programming (good_lp over microlp, pure Rust).
//!
//! The variables are the withheld cells (and the hidden ones, such as no-shows), whole
//! numbers; the published cells are constants; the constraints are the table's relations and
//! that counts are at least 0 (or a known lower bound). microlp solves them by branch and
//! bound, so the ranges are those of whole numbers (a real relaxation can be wider: a cell
//! feasible at 5.5 but only at 5 in whole numbers). A cell is *pinned* when its range holds
//! one value, and *shown to be small* when every value in it is from 1 to N−1. The problem
//! splits into independent parts (withheld cells linked by relations), each solved alone.

use good_lp::{
    Expression, ProblemVariables, ResolutionError, Solution, SolverModel, Variable, constraint,
    microlp, variable,
};

use super::table::{Kind, Op, Table};

/// What a reader can work out of one withheld cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    /// The smallest whole value consistent with the published figures.
    pub lo: u64,
    /// The largest; `None`: no bound.
    pub hi: Option<u64>,
}

impl Range {
    pub fn pinned(&self) -> bool {
        self.hi.is_some_and(|hi| hi <= self.lo)
    }

    /// Every value that fits is from 1 to `n − 1`.
    pub fn small(&self, n: u64) -> bool {
        self.lo >= 1 && self.hi.is_some_and(|hi| hi < n)
    }

    pub fn unsafe_for(&self, n: u64) -> bool {
        self.pinned() || self.small(n)
    }
}

impl std::fmt::Display for Range {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.hi {
            Some(hi) if hi <= self.lo => write!(f, "exactly {}", self.lo),
            Some(hi) => write!(f, "from {} to {hi}", self.lo),
            None => write!(f, "{} or more", self.lo),
        }
    }
}

/// Whether the audit protects cell `c`: withheld cells, and hidden cells holding a small count.
pub fn protected(table: &Table, withheld: &[bool], c: usize, n: u64) -> bool {
    let cell = &table.cells[c];
    withheld[c] && (cell.kind != Kind::Hidden || (1..n).contains(&cell.value))
}

/// The parts of the problem: groups of unknown cells linked by relations, each with the
/// relations that hold one of them.
fn parts(table: &Table, unknown: &[bool]) -> Vec<(Vec<usize>, Vec<usize>)> {
    let n = table.cells.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let root = super::table::find;
    for r in &table.relations {
        let mut first = None;
        for &(c, _) in r.terms.iter().filter(|(c, _)| unknown[*c]) {
            match first {
                None => first = Some(c),
                Some(f) => {
                    let (a, b) = (root(&mut parent, f), root(&mut parent, c));
                    parent[a] = b;
                }
            }
        }
    }
    let mut by_root: std::collections::BTreeMap<usize, (Vec<usize>, Vec<usize>)> =
        Default::default();
    for c in (0..n).filter(|&c| unknown[c]) {
        let r = root(&mut parent, c);
        by_root.entry(r).or_default().0.push(c);
    }
    for (id, r) in table.relations.iter().enumerate() {
        if let Some(&(c, _)) = r.terms.iter().find(|(c, _)| unknown[*c]) {
            let rt = root(&mut parent, c);
            by_root.entry(rt).or_default().1.push(id);
        }
    }
    by_root.into_values().collect()
}

/// The protected cells a reader can work out (pinned, or shown to be small), with their
/// ranges, in cell order.
///
/// Each solution of a linear program is a set of values consistent with everything
/// published, for every cell of its part at once: a cell seen at two whole values that differ,
/// one of them 0 or at least N, is safe without a program of its own. The others get theirs
/// (least and greatest value), which is what makes the audit fast enough to run on every
/// build: most cells are settled by the first few solutions.
pub fn exposed(table: &Table, withheld: &[bool], n: u64) -> Result<Vec<(usize, Range)>, String> {
    let mut out = Vec::new();
    for (cells, relations) in parts(table, withheld) {
        let targets: Vec<usize> = cells
            .iter()
            .copied()
            .filter(|&c| protected(table, withheld, c, n))
            .collect();
        if targets.is_empty() {
            continue;
        }
        let part = Part::new(table, withheld, cells, relations);
        let slot = &part.slot;
        // The least and greatest value seen of each cell of the part.
        let mut seen: Vec<(f64, f64)> = vec![(f64::INFINITY, f64::NEG_INFINITY); part.cells.len()];
        let record = |values: &[f64], seen: &mut Vec<(f64, f64)>| {
            for (s, &v) in seen.iter_mut().zip(values) {
                s.0 = s.0.min(v);
                s.1 = s.1.max(v);
            }
        };
        let safe = |seen: &(f64, f64)| {
            let eps = 1e-6;
            let (lo, hi) = ((seen.0 - eps).ceil(), (seen.1 + eps).floor());
            hi - lo >= 1.0 && (lo <= 0.0 || hi >= n as f64)
        };
        // Two solutions that push every target up, then down.
        for max in [true, false] {
            if let Some(values) = part.solve(&targets, max)? {
                record(&values, &mut seen);
            }
        }
        for &t in &targets {
            if safe(&seen[slot[t]]) {
                continue;
            }
            let (range, hi, lo) = part.range(t)?;
            for v in [hi, lo].into_iter().flatten() {
                record(&v, &mut seen);
            }
            if range.unsafe_for(n) {
                out.push((t, range));
            }
        }
    }
    out.sort_by_key(|&(c, _)| c);
    Ok(out)
}

/// What a reader can work out of cell `c` (withheld) from everything published.
pub fn range_of(table: &Table, withheld: &[bool], c: usize) -> Result<Range, String> {
    let (cells, relations) = parts(table, withheld)
        .into_iter()
        .find(|(cells, _)| cells.contains(&c))
        .unwrap_or_else(|| (vec![c], Vec::new()));
    Ok(Part::new(table, withheld, cells, relations).range(c)?.0)
}

/// A largest value as a whole number; `None` at the bound microlp gives whole-number
/// variables (the largest i32): no bound.
fn whole(v: f64) -> Option<u64> {
    (v < f64::from(i32::MAX) - 1.0).then(|| v.floor().max(0.0) as u64)
}

/// One independent part of the problem.
struct Part<'a> {
    table: &'a Table,
    withheld: &'a [bool],
    /// Its unknown cells, and their relations.
    cells: Vec<usize>,
    relations: Vec<usize>,
    /// By cell: its place in `cells`.
    slot: Vec<usize>,
}

/// The values of a part's cells in one solution; `None`: unbounded.
type Solved = Option<Vec<f64>>;

impl<'a> Part<'a> {
    fn new(
        table: &'a Table,
        withheld: &'a [bool],
        cells: Vec<usize>,
        relations: Vec<usize>,
    ) -> Part<'a> {
        let mut slot = vec![usize::MAX; table.cells.len()];
        for (k, &c) in cells.iter().enumerate() {
            slot[c] = k;
        }
        Part {
            table,
            withheld,
            cells,
            relations,
            slot,
        }
    }

    /// Cell `c`'s range, with the solutions at its greatest and least values.
    fn range(&self, c: usize) -> Result<(Range, Solved, Solved), String> {
        let eps = 1e-6;
        let hi = self.solve(&[c], true)?;
        let lo = self.solve(&[c], false)?;
        let range = Range {
            lo: lo
                .as_ref()
                .map_or(0, |v| (v[self.slot[c]] - eps).ceil().max(0.0) as u64),
            hi: hi.as_ref().and_then(|v| whole(v[self.slot[c]] + eps)),
        };
        Ok((range, hi, lo))
    }

    /// The values of the part's cells at the least (or greatest) sum of `targets`; `None`
    /// when unbounded.
    fn solve(&self, targets: &[usize], max: bool) -> Result<Option<Vec<f64>>, String> {
        let table = self.table;
        let mut vars = ProblemVariables::new();
        let x: Vec<Variable> = self
            .cells
            .iter()
            .map(|&c| vars.add(variable().integer().min(table.cells[c].lower as f64)))
            .collect();
        let objective: Expression = targets.iter().map(|&t| x[self.slot[t]]).sum();
        let problem = if max {
            vars.maximise(objective)
        } else {
            vars.minimise(objective)
        };
        let mut model = problem.using(microlp);
        for &r in &self.relations {
            let rel = &table.relations[r];
            let mut e = Expression::from(0.0);
            for &(c, k) in &rel.terms {
                if self.withheld[c] {
                    e += k as f64 * x[self.slot[c]];
                } else {
                    e += k as f64 * table.cells[c].value as f64;
                }
            }
            model = model.with(match rel.op {
                Op::Eq => constraint::eq(e, 0.0),
                Op::Le => constraint::leq(e, 0.0),
            });
        }
        match model.solve() {
            Ok(s) => Ok(Some(x.iter().map(|&v| s.value(v)).collect())),
            Err(ResolutionError::Unbounded) => Ok(None),
            Err(e) => Err(format!(
                "the audit's linear program for {} failed: {e}",
                table.cells[targets[0]].key
            )),
        }
    }
}
