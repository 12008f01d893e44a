//! Findings: what a chart shows, said in a sentence or two of the report's language. Each is
//! computed from the shown figures only (a withheld count is never named), and each sentence
//! is one whole message of the catalog, its values passed in.

use super::*;
use crate::privacy::MARKER;
use crate::say;
use crate::wording::{Arg, Wording};

/// What a participation chart's rows are. Stakeholder types and sectors are groups of people
/// ("the largest group"), partners are not ("had the most registrations"), and labs and
/// periods come in time order (the range from the smallest to the largest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum What {
    StakeholderType,
    Sector,
    Partner,
    Lab,
    Period,
}

impl What {
    /// The value of `$what` in the catalog's messages.
    pub(super) fn key(self) -> &'static str {
        match self {
            What::StakeholderType => "stakeholder-type",
            What::Sector => "sector",
            What::Partner => "partner",
            What::Lab => "lab",
            What::Period => "period",
        }
    }

    /// Its table's first column.
    pub(super) fn heading(self, w: &Wording) -> String {
        w.text(&format!("column-{}", self.key()))
    }

    fn in_time_order(self) -> bool {
        matches!(self, What::Lab | What::Period)
    }
}

/// What a participation chart shows. `rows` come largest first, but for labs and periods
/// (time order); `total` is the registrations of the whole scope.
pub(super) fn participation(rows: &[Bar], total: Num, what: What, w: &Wording) -> String {
    let withheld = rows.iter().any(|r| r.1 == Num::Withheld);
    // The finding names shown counts of anyone only.
    let shown: Vec<(&str, u64, Option<Num>)> = rows
        .iter()
        .filter_map(|r| r.1.get().map(|n| (r.0.as_str(), n, r.2)))
        .filter(|r| r.1 > 0 || !withheld)
        .collect();
    let what_key = what.key();
    let mut sentences = Vec::new();
    match shown.as_slice() {
        [] if rows.is_empty() => {
            sentences.push(say!(w, "finding-no-registrations", what = what_key))
        }
        [] => sentences.push(say!(
            w,
            "finding-registrations-withheld",
            what = what_key,
            marker = MARKER
        )),
        _ if what.in_time_order() => sentences.push(range(&shown, what, w)),
        [(label, n, attended), rest @ ..] => {
            let tied: Vec<String> = rest
                .iter()
                .take_while(|r| r.1 == *n)
                .map(|r| r.0.to_string())
                .collect();
            let mut args = vec![("what", Arg::from(what_key)), ("n", Arg::from(*n))];
            let id = match (tied.is_empty(), total) {
                (true, Num::Shown(t)) => {
                    args.push(("label", Arg::from(*label)));
                    args.push(("total", Arg::from(t)));
                    args.push(("share", Arg::from(w.percent(*n as f64, t as f64))));
                    "finding-largest"
                }
                (true, Num::Withheld) => {
                    args.push(("label", Arg::from(*label)));
                    "finding-largest-no-total"
                }
                (false, total) => {
                    let mut all = vec![label.to_string()];
                    all.extend(tied.iter().cloned());
                    args.push(("labels", Arg::from(w.and_list(&all))));
                    match total {
                        Num::Shown(t) => {
                            args.push(("total", Arg::from(t)));
                            args.push(("share", Arg::from(w.percent(*n as f64, t as f64))));
                            "finding-largest-tied"
                        }
                        Num::Withheld => "finding-largest-tied-no-total",
                    }
                }
            };
            sentences.push(w.message(id, &args));
            if let Some((next, n2, _)) = rest.get(tied.len()) {
                sentences.push(say!(w, "finding-next", label = *next, n = *n2));
            }
            if let Some(Num::Shown(a)) = attended {
                sentences.push(say!(
                    w,
                    "finding-attended",
                    label = *label,
                    n = *a,
                    share = w.percent(*a as f64, *n as f64)
                ));
            }
        }
    }
    if withheld && !shown.is_empty() {
        sentences.push(if what.in_time_order() {
            say!(w, "finding-some-withheld", marker = MARKER)
        } else {
            // With counts withheld, the largest shown group may not be the largest.
            say!(w, "finding-some-withheld-largest", marker = MARKER)
        });
    }
    sentences.join(" ")
}

/// "Across 4 labs, registrations per lab ranged from 12 (B) to 40 (A)."
fn range(rows: &[(&str, u64, Option<Num>)], what: What, w: &Wording) -> String {
    match (
        rows.iter().max_by_key(|r| r.1),
        rows.iter().min_by_key(|r| r.1),
    ) {
        (Some(max), Some(min)) if rows.len() > 1 => say!(
            w,
            "finding-range",
            what = what.key(),
            count = rows.len(),
            min = min.1,
            min_label = min.0,
            max = max.1,
            max_label = max.0
        ),
        _ => say!(w, "finding-so-far", what = what.key(), count = rows.len()),
    }
}

/// A question, its mean rating and its number of answers.
pub(super) type Rated<'a> = (&'a crate::config::Question, f64, u64);

/// The questions rated highest and lowest, or the one question's mean.
pub(super) fn means(
    rated: &[Rated<'_>],
    best: &Rated<'_>,
    worst: &Rated<'_>,
    w: &Wording,
) -> String {
    let top = |r: &Rated<'_>| w.decimal(r.0.scale.1, 0);
    if rated.len() == 1 {
        say!(
            w,
            "finding-mean",
            question = display(&best.0.label, 60),
            mean = w.decimal(best.1, 2),
            top = top(best)
        )
    } else {
        say!(
            w,
            "finding-means",
            best = display(&best.0.label, 60),
            best_mean = w.decimal(best.1, 2),
            best_top = top(best),
            worst = display(&worst.0.label, 60),
            worst_mean = w.decimal(worst.1, 2),
            worst_top = top(worst)
        )
    }
}

/// What a spread chart shows: the share of answers above the middle of the scale, the
/// question with the most and the one with the fewest.
pub(super) fn spread(
    all: &[crate::chart::diverging::Row],
    answers: &[String],
    w: &Wording,
) -> String {
    let rows: Vec<&crate::chart::diverging::Row> =
        all.iter().filter(|r| !r.counts.is_empty()).collect();
    if rows.is_empty() {
        return say!(w, "finding-spread-withheld", marker = MARKER);
    }
    let n = answers.len();
    let upper = w.or_list(&answers[n.div_ceil(2)..]);
    let lower = w.or_list(&answers[..n / 2]);
    let share = |r: &crate::chart::diverging::Row, range: std::ops::Range<usize>| {
        let total: u64 = r.counts.iter().sum();
        let part: u64 = r.counts[range].iter().sum();
        w.percent(part as f64, total as f64)
    };
    let fraction = |r: &crate::chart::diverging::Row| {
        let total: u64 = r.counts.iter().sum();
        let part: u64 = r.counts[n.div_ceil(2)..n].iter().sum();
        if total == 0 {
            0.0
        } else {
            part as f64 / total as f64
        }
    };
    match rows.as_slice() {
        [one] => say!(
            w,
            "finding-spread-one",
            question = one.label.as_str(),
            high_share = share(one, n.div_ceil(2)..n),
            high = upper,
            low_share = share(one, 0..n / 2),
            low = lower
        ),
        _ => {
            let best = rows
                .iter()
                .max_by(|a, b| fraction(a).total_cmp(&fraction(b)));
            let worst = rows
                .iter()
                .min_by(|a, b| fraction(a).total_cmp(&fraction(b)));
            match (best, worst) {
                (Some(b), Some(x)) => say!(
                    w,
                    "finding-spread",
                    best = b.label.as_str(),
                    high = upper,
                    best_share = share(b, n.div_ceil(2)..n),
                    worst = x.label.as_str(),
                    worst_share = share(x, n.div_ceil(2)..n)
                ),
                _ => String::new(),
            }
        }
    }
}
