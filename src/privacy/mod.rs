//! Small-cell suppression (`[privacy] min_cell = N`): in every published file, a count of
//! people from 1 to N−1 is withheld, and so are as many other counts as it takes for none of
//! them to be worked out from the rest (`suppress`), which the audit checks by linear
//! programming before anything is written (`audit`). Every withheld count is shown as `[c]`,
//! the same everywhere it appears. summary.json, the project manager's own file, is not
//! suppressed.
//!
//! What counts as published, and how the figures relate, is `cells::table`. Figures that are
//! not counts are withheld with the counts they are computed from: an attendance rate or a
//! share with either of its counts, a mean rating or a Net Promoter Score with any count of
//! its question's spread of answers (and below N answers).

pub mod audit;
mod cells;
pub mod suppress;
pub mod table;

use std::collections::HashSet;

pub use cells::{answer_key, cell_table, spread_answers};
pub use table::Key;

/// How a withheld count is written, in every file.
pub const MARKER: &str = "[c]";

/// What a reader is told of withheld counts, once per page and file.
pub fn note(min_cell: u64) -> String {
    format!(
        "{MARKER}: a count withheld to protect the people behind it. Counts of 1 to {} people are withheld, and so are other counts from which one of them could be worked out (a total, another category, another lab). Rates, shares and mean ratings computed from a withheld count are withheld too.",
        min_cell - 1
    )
}

/// What may be shown: the decision of one build, one per count wherever it appears.
#[derive(Debug, Default, Clone)]
pub struct Disclosure {
    /// `[privacy] min_cell`; `None`: everything is shown.
    pub min_cell: Option<u64>,
    withheld: HashSet<Key>,
    /// (scope, question) whose spread of answers has a withheld count.
    spread_withheld: HashSet<(String, String)>,
}

/// The suppression could not protect a count: nothing may be written.
#[derive(Debug, thiserror::Error)]
#[error(
    "small-cell suppression: the count {key} could still be worked out ({detail}); nothing was written. Raise or lower [privacy] min_cell, or report this as a bug"
)]
pub struct Unprotected {
    pub key: String,
    pub detail: String,
}

impl Disclosure {
    /// Everything shown.
    pub fn off() -> Disclosure {
        Disclosure::default()
    }

    /// Chooses the withheld cells of `table` and audits them.
    pub fn decide(table: &table::Table, min_cell: u64) -> Result<Disclosure, Unprotected> {
        let withheld = suppress::suppress(table, min_cell).map_err(|e| Unprotected {
            key: e.key,
            detail: match e.range {
                Some(r) => format!("a reader can tell it is {r}: {}", e.why),
                None => e.why,
            },
        })?;
        let mut out = Disclosure {
            min_cell: Some(min_cell),
            ..Disclosure::default()
        };
        for cell in table.cells.iter().enumerate().filter_map(|(c, cell)| {
            let root = table.root(c);
            (withheld[root] && cell.kind != table::Kind::Hidden).then_some(cell)
        }) {
            if let Some(q) = cell.key.breakdown.strip_prefix("question:") {
                out.spread_withheld
                    .insert((cell.key.scope.clone(), q.to_string()));
            }
            out.withheld.insert(cell.key.clone());
        }
        Ok(out)
    }

    pub fn is_on(&self) -> bool {
        self.min_cell.is_some()
    }

    /// Whether the count at `key` is withheld.
    pub fn withheld(&self, key: &Key) -> bool {
        !self.withheld.is_empty() && self.withheld.contains(key)
    }

    /// How many counts are withheld.
    pub fn withheld_count(&self) -> usize {
        self.withheld.len()
    }

    /// The count as published: the number, or `[c]`.
    pub fn show(&self, key: &Key, value: u64) -> String {
        if self.withheld(key) {
            MARKER.to_string()
        } else {
            value.to_string()
        }
    }

    /// The count when it is shown.
    pub fn value(&self, key: &Key, value: u64) -> Option<u64> {
        (!self.withheld(key)).then_some(value)
    }

    /// Whether a question's mean and NPS in `scope` may be shown: its answers are shown and at
    /// least N, and no count of its spread of answers is withheld.
    pub fn rating_shown(&self, scope: &str, question: &str, answers: u64) -> bool {
        let Some(n) = self.min_cell else {
            return true;
        };
        answers >= n
            && !self.withheld(&Key::new(scope, "question", question, "answers"))
            && !self
                .spread_withheld
                .contains(&(scope.to_string(), question.to_string()))
    }
}

#[cfg(test)]
mod tests;
