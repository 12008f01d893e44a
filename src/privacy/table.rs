//! The people counts the report publishes, as one system: every count a cell, and every
//! additive relation a reader can use to work one out from others (a breakdown and its total,
//! labs and the totals over them, registered and attended, sectors named more than once).
//!
//! A relation is `Σ coefficient × cell (= or ≤) 0`. One is kept only when the counts satisfy
//! it: a relation that holds in general but not in this data (walk-ins can make a category's
//! attended count larger than its registered one) is not one a reader can rely on, and the
//! audit's linear programs need the true counts to be a solution.

use std::collections::HashMap;
use std::fmt;

/// Where a count is published: figures.csv's four key columns, and the same names for the
/// counts that only the pages show (`feedback_responses`, `answers`, …).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub scope: String,
    pub breakdown: String,
    pub category: String,
    pub measure: String,
}

impl Key {
    pub fn new(scope: &str, breakdown: &str, category: &str, measure: &str) -> Key {
        Key {
            scope: scope.to_string(),
            breakdown: breakdown.to_string(),
            category: category.to_string(),
            measure: measure.to_string(),
        }
    }

    /// A total: `breakdown` and `category` both `total`.
    pub fn total(scope: &str, measure: &str) -> Key {
        Key::new(scope, "total", "total", measure)
    }
}

impl fmt::Display for Key {
    /// As figures.csv writes it: "lab:rijeka/lab1, stakeholder_type education, registered".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.breakdown == "total" {
            write!(f, "{}, total {}", self.scope, self.measure)
        } else {
            write!(
                f,
                "{}, {} {}, {}",
                self.scope, self.breakdown, self.category, self.measure
            )
        }
    }
}

/// What kind of cell, for the order complementary cells are chosen in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A category of a breakdown, or one lab's count in a sum over labs.
    Part,
    /// A total: withheld last.
    Total,
    /// Published, never withheld: not a count of people (the organisations), but it bounds
    /// some.
    Public,
    /// Never published (the no-shows, the registered minus the attended): protected when
    /// small, never shown, never chosen.
    Hidden,
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub key: Key,
    pub value: u64,
    pub kind: Kind,
    /// What a reader knows without the figures: an organisation in the list had at least
    /// one participation.
    pub lower: u64,
    /// The cell it is the same figure as (`Table::merge_equal`): it is shown or withheld
    /// with that one, and takes no part in the relations.
    pub same_as: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `Σ = 0`
    Eq,
    /// `Σ ≤ 0`
    Le,
}

#[derive(Debug, Clone)]
pub struct Relation {
    pub terms: Vec<(usize, i64)>,
    pub op: Op,
}

impl Relation {
    /// `Σ coefficient × value`.
    fn sum(&self, cells: &[Cell]) -> i128 {
        self.terms
            .iter()
            .map(|&(c, k)| i128::from(k) * i128::from(cells[c].value))
            .sum()
    }
}

/// The root of `x` in a union-find forest (with path halving).
pub(super) fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

#[derive(Debug, Default, Clone)]
pub struct Table {
    pub cells: Vec<Cell>,
    index: HashMap<Key, usize>,
    pub relations: Vec<Relation>,
    /// By cell: the relations it is in.
    pub member_of: Vec<Vec<usize>>,
}

impl Table {
    /// The cell of `key`, made with `value` the first time. A key met again keeps its first
    /// value: it is the same figure, shown in several places.
    pub fn cell(&mut self, key: Key, value: u64, kind: Kind) -> usize {
        if let Some(&i) = self.index.get(&key) {
            debug_assert_eq!(self.cells[i].value, value, "{key} counted twice");
            return i;
        }
        let i = self.cells.len();
        self.index.insert(key.clone(), i);
        self.cells.push(Cell {
            key,
            value,
            kind,
            lower: 0,
            same_as: None,
        });
        self.member_of.push(Vec::new());
        i
    }

    pub fn get(&self, key: &Key) -> Option<usize> {
        self.index.get(key).copied()
    }

    /// The cell that decides for `c`.
    pub fn root(&self, c: usize) -> usize {
        self.cells[c].same_as.unwrap_or(c)
    }

    /// Makes cells that a relation says are equal (`a = b`: a period of one lab and the lab,
    /// the participations and the attended count of a period) one cell: one decision, the
    /// same everywhere it appears. The relations are rewritten onto the cells that remain.
    pub fn merge_equal(&mut self) {
        let n = self.cells.len();
        let mut parent: Vec<usize> = (0..n).collect();
        for r in &self.relations {
            if let (Op::Eq, [(a, ka), (b, kb)]) = (r.op, r.terms.as_slice())
                && ka + kb == 0
            {
                let (ra, rb) = (find(&mut parent, *a), find(&mut parent, *b));
                // The earlier cell (a lab's, made first) stays.
                let (keep, go) = if ra < rb { (ra, rb) } else { (rb, ra) };
                parent[go] = keep;
            }
        }
        for c in 0..n {
            let r = find(&mut parent, c);
            if r != c {
                self.cells[c].same_as = Some(r);
                // The kept cell is published if any of its figures is, and a part if any is.
                let (kr, kc) = (self.cells[r].kind, self.cells[c].kind);
                let rank = |k: Kind| match k {
                    Kind::Public => 0,
                    Kind::Part => 1,
                    Kind::Total => 2,
                    Kind::Hidden => 3,
                };
                if rank(kc) < rank(kr) {
                    self.cells[r].kind = kc;
                }
                let lower = self.cells[c].lower.max(self.cells[r].lower);
                self.cells[r].lower = lower;
            }
        }
        let relations = std::mem::take(&mut self.relations);
        self.member_of = vec![Vec::new(); n];
        for r in relations {
            let mut terms: Vec<(usize, i64)> = Vec::new();
            for (c, k) in r.terms {
                let c = find(&mut parent, c);
                match terms.iter_mut().find(|t| t.0 == c) {
                    Some(t) => t.1 += k,
                    None => terms.push((c, k)),
                }
            }
            terms.retain(|t| t.1 != 0);
            self.relate(terms, r.op);
        }
    }

    /// Adds the relation if the counts satisfy it (see the module's comment); returns whether
    /// it did.
    pub fn relate(&mut self, terms: Vec<(usize, i64)>, op: Op) -> bool {
        let r = Relation { terms, op };
        let s = r.sum(&self.cells);
        let holds = match op {
            Op::Eq => s == 0,
            Op::Le => s <= 0,
        };
        if !holds || r.terms.len() < 2 {
            return false;
        }
        let id = self.relations.len();
        for &(c, _) in &r.terms {
            if self.member_of[c].last() != Some(&id) {
                self.member_of[c].push(id);
            }
        }
        self.relations.push(r);
        true
    }

    /// `total = Σ parts`.
    pub fn sum(&mut self, total: usize, parts: &[usize]) -> bool {
        let mut terms = vec![(total, 1)];
        terms.extend(parts.iter().map(|&p| (p, -1)));
        self.relate(terms, Op::Eq)
    }

    /// `a ≤ b`.
    pub fn at_most(&mut self, a: usize, b: usize) -> bool {
        self.relate(vec![(a, 1), (b, -1)], Op::Le)
    }

    /// Parts of a multi-valued breakdown (a person in each sector they named): each at most
    /// the total, and together at least the total.
    pub fn cover(&mut self, total: usize, parts: &[usize]) {
        for &p in parts {
            self.at_most(p, total);
        }
        let mut terms = vec![(total, 1)];
        terms.extend(parts.iter().map(|&p| (p, -1)));
        self.relate(terms, Op::Le);
    }
}
