//! The audit: for each withheld count, whether a reader could pin it or show it to be small
//! from everything published, by linear programming (good_lp over microlp, pure Rust).
//!
//! The variables are the withheld cells (and the hidden ones, such as no-shows), whole
//! numbers; the published cells are constants; the constraints are the table's relations and
//! that counts are at least 0 (or a known lower bound). microlp solves them by branch and
//! bound, so the ranges are those of whole numbers (a real relaxation can be wider: a cell
//! feasible at 5.5 but only at 5 in whole numbers). A cell is *pinned* when its range holds
//! one value, and *shown to be small* when every value in it is from 1 to N−1. A cell is
//! proven safe by two whole-number solutions (`exposed`), looked for near it first.

use good_lp::{
    Constraint, Expression, ProblemVariables, ResolutionError, Solution, SolverModel, Variable,
    constraint, microlp, variable,
};

use foldhash::{HashMap, HashSet};

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

/// The protected cells the audit cannot prove safe, with what it found a reader can tell of
/// them, in cell order.
///
/// A cell is proven safe by *witnesses*: whole-number solutions of the relations, with every
/// published cell at its figure, in which the cell takes values at least one apart, one of
/// them 0 or at least N (the true figures are one such solution). Each part of the table (the
/// withheld cells linked by relations) of up to `WHOLE_PART` cells is first solved whole with
/// all its cells pushed up, then down. A cell these do not prove gets witnesses of its own,
/// looked for near it first: a linear program over the few withheld cells closest to it
/// through the relations, every other cell held at its true figure, so that any solution is
/// one of the whole problem. Only where that finds none does the program grow, up to the whole
/// part of the table the cell is linked to, where its range is exact. Every solution found
/// proves the other cells it moves too. So the audit's work grows with the number of withheld
/// cells, not with their square, however many labs link them.
///
/// A cell still unproven at the largest neighbourhood short of its whole part counts as
/// exposed: suppression then protects it by withholding more (never less safe, at worst a
/// cell more than the exact program would ask).
///
/// `seen` holds the solutions found so far: those of fewer withheld cells stay solutions when
/// more are withheld, so suppression keeps them from one round to the next.
pub fn exposed(
    table: &Table,
    withheld: &[bool],
    n: u64,
    seen: &mut Seen,
) -> Result<Vec<(usize, Range)>, String> {
    let mut out = Vec::new();
    // Each part whole first, all its cells to prove pushed up, then down: on most tables two
    // solutions prove nearly every cell.
    let mut done: HashSet<usize> = HashSet::default();
    for c in 0..table.cells.len() {
        if !protected(table, withheld, c, n) || seen.safe(c, n) || done.contains(&c) {
            continue;
        }
        let (cells, _) = neighbourhood(table, withheld, c, usize::MAX);
        done.extend(cells.iter().copied());
        let targets: Vec<(usize, f64)> = cells
            .iter()
            .filter(|&&o| protected(table, withheld, o, n) && !seen.safe(o, n))
            .map(|&o| (o, 1.0))
            .collect();
        if cells.len() > WHOLE_PART || targets.len() < 2 {
            continue;
        }
        let part = Part::new(table, cells);
        for up in [true, false] {
            if let Some(values) = part.solve(&targets, up)? {
                seen.record(&part.cells, &values);
            }
        }
    }
    for c in 0..table.cells.len() {
        if !protected(table, withheld, c, n) || seen.safe(c, n) {
            continue;
        }
        if let Some(range) = check(table, withheld, c, n, seen, NEIGHBOURHOODS)? {
            out.push((c, range));
        }
    }
    Ok(out)
}

/// The largest part solved whole to prove all its cells at once.
const WHOLE_PART: usize = 4096;

/// How many withheld cells the neighbourhoods of a cell hold, step by step.
pub const NEIGHBOURHOODS: &[usize] = &[24, 80, 240, 1536];

/// Whether the audit proves withheld cell `c` safe: `None` if it does, else what a reader can
/// tell of it (exact when its whole part was solved, else as far as the audit looked).
pub fn check(
    table: &Table,
    withheld: &[bool],
    c: usize,
    n: u64,
    seen: &mut Seen,
    neighbourhoods: &[usize],
) -> Result<Option<Range>, String> {
    debug_assert!(withheld[c]);
    if seen.safe(c, n) {
        return Ok(None);
    }
    let mut range = seen.range(c);
    for &max in neighbourhoods {
        let (cells, whole) = neighbourhood(table, withheld, c, max);
        let part = Part::new(table, cells);
        // `c` first, and the other cells of the part still to prove with it: one solution
        // can prove many.
        let mut targets = vec![(c, 1000.0)];
        targets.extend(
            part.cells
                .iter()
                .filter(|&&o| o != c && protected(table, withheld, o, n) && !seen.safe(o, n))
                .map(|&o| (o, 1.0)),
        );
        // Down first: a small count seen at 0 is safe in one program.
        for up in [false, true] {
            let mut solved = part.solve(&targets, up)?;
            if solved.is_none() && targets.len() > 1 {
                // Unbounded: perhaps another cell; `c` alone says.
                solved = part.solve(&targets[..1], up)?;
            }
            match solved {
                Some(values) => seen.record(&part.cells, &values),
                None => seen.unbounded(c),
            }
            if seen.safe(c, n) {
                return Ok(None);
            }
        }
        range = seen.range(c);
        if whole {
            break;
        }
    }
    Ok(Some(range))
}

/// The least and greatest value each cell was seen at in solutions of the relations for one
/// set of withheld cells; a cell never seen has only its true figure.
pub struct Seen<'a> {
    table: &'a Table,
    span: HashMap<usize, (f64, f64)>,
}

impl<'a> Seen<'a> {
    pub fn new(table: &'a Table) -> Seen<'a> {
        Seen {
            table,
            span: HashMap::default(),
        }
    }

    fn get(&self, c: usize) -> (f64, f64) {
        let v = self.table.cells[c].value as f64;
        self.span.get(&c).copied().unwrap_or((v, v))
    }

    fn record(&mut self, cells: &[usize], values: &[f64]) {
        for (&c, &v) in cells.iter().zip(values) {
            let (lo, hi) = self.get(c);
            self.span.insert(c, (lo.min(v), hi.max(v)));
        }
    }

    fn unbounded(&mut self, c: usize) {
        let (lo, _) = self.get(c);
        self.span.insert(c, (lo, f64::INFINITY));
    }

    /// Seen at two whole values, one of them 0 or at least `n`.
    fn safe(&self, c: usize, n: u64) -> bool {
        !self.range(c).unsafe_for(n)
    }

    fn range(&self, c: usize) -> Range {
        let eps = 1e-6;
        let (lo, hi) = self.get(c);
        Range {
            lo: (lo - eps).ceil().max(0.0) as u64,
            hi: if hi.is_finite() {
                whole(hi + eps)
            } else {
                None
            },
        }
    }
}

/// Up to `max` withheld cells nearest to `c` through the relations, `c` first; and whether
/// they are all of the part `c` is in.
fn neighbourhood(table: &Table, withheld: &[bool], c: usize, max: usize) -> (Vec<usize>, bool) {
    reach(table, &|y| withheld[y], c, max)
}

/// Up to `max` cells that `open` accepts nearest to `c` through the relations, `c` first,
/// each linked to `c` through such cells; and whether they are all there are.
///
/// A relation is as long as the cells it holds: the cells that a few short relations link
/// (a lab's breakdown, its registered and attended) are nearer than those of a long one (the
/// labs of a period), so that what a cell's proof needs (the same lab's other cells, then
/// another lab of its partner and period) comes in before the rest of the programme.
fn reach(table: &Table, open: &dyn Fn(usize) -> bool, c: usize, max: usize) -> (Vec<usize>, bool) {
    use std::cmp::Reverse;
    let mut cells = Vec::new();
    let mut done: HashSet<usize> = HashSet::default();
    let mut distance: HashMap<usize, usize> = HashMap::from_iter([(c, 0)]);
    let mut relations: HashSet<usize> = HashSet::default();
    let mut queue = std::collections::BinaryHeap::from([Reverse((0, c))]);
    while let Some(Reverse((d, x))) = queue.pop() {
        if !done.insert(x) {
            continue;
        }
        if cells.len() == max {
            return (cells, false);
        }
        cells.push(x);
        for &r in &table.member_of[x] {
            if !relations.insert(r) {
                continue;
            }
            let terms = &table.relations[r].terms;
            let far = d + terms.len();
            for &(y, _) in terms {
                if open(y) && !done.contains(&y) && distance.get(&y).is_none_or(|&e| far < e) {
                    distance.insert(y, far);
                    queue.push(Reverse((far, y)));
                }
            }
        }
    }
    (cells, true)
}

/// The shown cells to withhold so that withheld cell `c` is safe, at the least cost: a
/// whole-number solution of the relations, every published cell at its figure but those it
/// moves, in which `c` is 0 or at least N (a count of N or more: any other value) is the
/// proof that `c` is safe once the cells it moves are withheld. Moving shown cell `x` by one
/// costs `cost(x)`; only cells that `movable` accepts may move. The program holds the `max`
/// withheld and movable cells nearest to `c`; `None` when it has no solution, with whether
/// those were all of them.
pub fn protection(
    table: &Table,
    withheld: &[bool],
    c: usize,
    n: u64,
    movable: &dyn Fn(usize) -> bool,
    cost: &dyn Fn(usize) -> f64,
    max: usize,
) -> Result<(Option<Vec<usize>>, bool), String> {
    let (cells, whole) = reach(table, &|y| withheld[y] || movable(y), c, max);
    let part = Part::new(table, cells);
    let v = table.cells[c].value as f64;
    let bounds: [(f64, f64); 2] = if (1..n).contains(&table.cells[c].value) {
        [(f64::NEG_INFINITY, 0.0), (n as f64, f64::INFINITY)]
    } else {
        [
            (f64::NEG_INFINITY, v - 1.0),
            ((v + 1.0).max(n as f64), f64::INFINITY),
        ]
    };
    let mut best: Option<(f64, Vec<usize>)> = None;
    for (lo, hi) in bounds {
        if hi < table.cells[c].lower as f64 {
            continue;
        }
        let Some((moved, spent)) = part.cheapest(withheld, c, lo, hi, cost)? else {
            continue;
        };
        if best.as_ref().is_none_or(|(b, _)| spent < *b) {
            best = Some((spent, moved));
        }
    }
    Ok((best.map(|(_, moved)| moved), whole))
}

/// What a reader can work out of cell `c` (withheld) from everything published: the exact
/// range, from the whole part of the table it is linked to.
pub fn range_of(table: &Table, withheld: &[bool], c: usize) -> Result<Range, String> {
    let (cells, _) = neighbourhood(table, withheld, c, usize::MAX);
    Part::new(table, cells).range(c)
}

/// A largest value as a whole number; `None` at the bound microlp gives whole-number
/// variables (the largest i32): no bound.
fn whole(v: f64) -> Option<u64> {
    (v < f64::from(i32::MAX) - 1.0).then(|| v.floor().max(0.0) as u64)
}

/// Some withheld cells as the unknowns of a linear program; every other cell, withheld or
/// not, held at its figure. Every relation that holds one of the unknowns is a constraint.
struct Part<'a> {
    table: &'a Table,
    cells: Vec<usize>,
    /// By cell: its place in `cells`.
    slot: HashMap<usize, usize>,
    relations: Vec<usize>,
}

impl<'a> Part<'a> {
    fn new(table: &'a Table, cells: Vec<usize>) -> Part<'a> {
        let slot: HashMap<usize, usize> = cells.iter().enumerate().map(|(k, &c)| (c, k)).collect();
        let mut relations: Vec<usize> = cells
            .iter()
            .flat_map(|&c| table.member_of[c].iter().copied())
            .collect();
        relations.sort_unstable();
        relations.dedup();
        Part {
            table,
            cells,
            slot,
            relations,
        }
    }

    /// Cell `c`'s range.
    fn range(&self, c: usize) -> Result<Range, String> {
        let eps = 1e-6;
        let k = self.slot[&c];
        let hi = self.solve(&[(c, 1.0)], true)?;
        let lo = self.solve(&[(c, 1.0)], false)?;
        Ok(Range {
            lo: lo
                .as_ref()
                .map_or(0, |v| (v[k] - eps).ceil().max(0.0) as u64),
            hi: hi.as_ref().and_then(|v| whole(v[k] + eps)),
        })
    }

    /// The shown cells of the part that a solution with `c` from `lo` to `hi` moves, at the
    /// least cost, and that cost; `None` when there is no such solution.
    fn cheapest(
        &self,
        withheld: &[bool],
        c: usize,
        lo: f64,
        hi: f64,
        cost: &dyn Fn(usize) -> f64,
    ) -> Result<Option<(Vec<usize>, f64)>, String> {
        let table = self.table;
        let mut vars = ProblemVariables::new();
        let x: Vec<Variable> = self
            .cells
            .iter()
            .map(|&y| {
                let mut v = variable().integer().min(table.cells[y].lower as f64);
                if y == c {
                    v = v.min(lo.max(table.cells[y].lower as f64)).max(hi);
                }
                vars.add(v)
            })
            .collect();
        // A shown cell's move, up and down: what the objective pays for.
        let mut moves: Vec<(usize, Variable, Variable)> = Vec::new();
        for (k, &y) in self.cells.iter().enumerate() {
            if !withheld[y] {
                moves.push((
                    k,
                    vars.add(variable().min(0.0)),
                    vars.add(variable().min(0.0)),
                ));
            }
        }
        let objective: Expression = moves
            .iter()
            .map(|&(k, up, down)| cost(self.cells[k]) * (up + down))
            .sum();
        let mut model = vars.minimise(objective).using(microlp);
        for &(k, up, down) in &moves {
            let v = table.cells[self.cells[k]].value as f64;
            model = model.with(constraint::eq(x[k] - up + down, v));
        }
        for constraint in self.relations(&x) {
            model = model.with(constraint);
        }
        match model.solve() {
            Ok(s) => {
                let mut spent = 0.0;
                let mut moved = Vec::new();
                for &(k, up, down) in &moves {
                    let m = s.value(up) + s.value(down);
                    if m > 0.5 {
                        moved.push(self.cells[k]);
                        spent += cost(self.cells[k]) * m;
                    }
                }
                Ok(Some((moved, spent)))
            }
            Err(ResolutionError::Infeasible) => Ok(None),
            Err(ResolutionError::Unbounded) => Ok(None),
            Err(e) => Err(format!(
                "the linear program protecting {} failed: {e}",
                table.cells[c].key
            )),
        }
    }

    /// The part's relations as constraints on its cells `x` (in the order of `cells`), every
    /// other cell at its figure.
    fn relations<'b>(&'b self, x: &'b [Variable]) -> impl Iterator<Item = Constraint> + 'b {
        self.relations.iter().map(move |&r| {
            let rel = &self.table.relations[r];
            let mut e = Expression::from(0.0);
            for &(c, k) in &rel.terms {
                match self.slot.get(&c) {
                    Some(&s) => e += k as f64 * x[s],
                    None => e += k as f64 * self.table.cells[c].value as f64,
                }
            }
            match rel.op {
                Op::Eq => constraint::eq(e, 0.0),
                Op::Le => constraint::leq(e, 0.0),
            }
        })
    }

    /// The values of the part's cells at the least (or greatest) sum of `targets`; `None`
    /// when unbounded.
    fn solve(&self, targets: &[(usize, f64)], max: bool) -> Result<Option<Vec<f64>>, String> {
        let table = self.table;
        let mut vars = ProblemVariables::new();
        let x: Vec<Variable> = self
            .cells
            .iter()
            .map(|&c| vars.add(variable().integer().min(table.cells[c].lower as f64)))
            .collect();
        let objective: Expression = targets.iter().map(|&(t, w)| w * x[self.slot[&t]]).sum();
        let problem = if max {
            vars.maximise(objective)
        } else {
            vars.minimise(objective)
        };
        let mut model = problem.using(microlp);
        for constraint in self.relations(&x) {
            model = model.with(constraint);
        }
        match model.solve() {
            Ok(s) => Ok(Some(x.iter().map(|&v| s.value(v)).collect())),
            Err(ResolutionError::Unbounded) => Ok(None),
            Err(e) => Err(format!(
                "the audit's linear program for {} failed: {e}",
                table.cells[targets[0].0].key
            )),
        }
    }
}
