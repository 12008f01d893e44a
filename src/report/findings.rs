//! Findings: what a chart or a table shows, as computed facts.

use super::*;
use crate::privacy::MARKER;

/// A question, its mean rating and its number of answers.
pub(super) type Rated<'a> = (&'a crate::config::Question, f64, u64);

/// "Across 4 labs, registrations per lab ranged from 12 (B) to 40 (A)."
pub(super) fn range_finding(rows: &[(String, u64, Option<Num>)], unit: &str) -> String {
    match (
        rows.iter().max_by_key(|r| r.1),
        rows.iter().min_by_key(|r| r.1),
    ) {
        (Some(max), Some(min)) if rows.len() > 1 => format!(
            "Across {} {unit}s, registrations per {unit} ranged from {} ({}) to {} ({}).",
            rows.len(),
            min.1,
            min.0,
            max.1,
            max.0
        ),
        _ => format!(
            "{} {unit}{} so far.",
            rows.len(),
            if rows.len() == 1 { "" } else { "s" }
        ),
    }
}

pub(super) fn finding_of_means(rated: &[Rated<'_>], best: &Rated<'_>, worst: &Rated<'_>) -> String {
    if rated.len() == 1 {
        format!(
            "{} averaged {:.2} out of {}.",
            best.0.label, best.1, best.0.scale.1
        )
    } else {
        format!(
            "Participants rated {} highest ({:.2} out of {}) and {} lowest ({:.2} out of {}).",
            display(&best.0.label, 60),
            best.1,
            best.0.scale.1,
            display(&worst.0.label, 60),
            worst.1,
            worst.0.scale.1
        )
    }
}

/// What a spread chart shows, in words: the share of answers above the middle of the scale,
/// the question with the most and the one with the fewest.
pub(super) fn spread_finding(all: &[crate::chart::diverging::Row], answers: &[String]) -> String {
    let rows: Vec<crate::chart::diverging::Row> = all
        .iter()
        .filter(|r| !r.counts.is_empty())
        .cloned()
        .collect();
    if rows.is_empty() {
        return format!(
            "The spread of answers is withheld ({MARKER}): some answers were given by too few people."
        );
    }
    let rows = rows.as_slice();
    let n = answers.len();
    let upper = &answers[n.div_ceil(2)..];
    let lower = &answers[..n / 2];
    let words = |a: &[String]| match a {
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
        [] => String::new(),
    };
    let share = |r: &crate::chart::diverging::Row, range: std::ops::Range<usize>| {
        let total: u64 = r.counts.iter().sum();
        let part: u64 = r.counts[range].iter().sum();
        if total == 0 {
            0.0
        } else {
            part as f64 / total as f64
        }
    };
    let high = n.div_ceil(2)..n;
    let low = 0..n / 2;
    match rows {
        [one] => format!(
            "{} of the answers on {} were {}, {} were {}.",
            percent(share(one, high.clone()), 1.0),
            one.label,
            words(upper),
            percent(share(one, low.clone()), 1.0),
            words(lower)
        ),
        _ => {
            let best = rows
                .iter()
                .max_by(|a, b| share(a, high.clone()).total_cmp(&share(b, high.clone())));
            let worst = rows
                .iter()
                .min_by(|a, b| share(a, high.clone()).total_cmp(&share(b, high.clone())));
            match (best, worst) {
                (Some(b), Some(w)) => format!(
                    "{} had the most answers of {} ({}), {} the fewest ({}).",
                    b.label,
                    words(upper),
                    percent(share(b, high.clone()), 1.0),
                    w.label,
                    percent(share(w, high.clone()), 1.0)
                ),
                _ => String::new(),
            }
        }
    }
}
