//! How a figure is written in a cell: a count shown or withheld (`[c]`), a share, and text
//! from the inputs made safe to show.

use crate::privacy::{Disclosure, Key, MARKER};
use crate::recognise::shorten;

/// "83%", or "–" when there is nothing to divide by.
pub(super) fn percent(part: f64, whole: f64) -> String {
    if whole > 0.0 {
        format!("{:.0}%", 100.0 * part / whole)
    } else {
        "–".into()
    }
}

/// Text from the inputs, made safe to show: control and bidirectional-override characters
/// removed (they could reorder the text around them), and cut to `max` characters.
pub fn display(text: &str, max: usize) -> String {
    let clean: String = text
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
        .collect();
    shorten(clean.trim(), max)
}

/// A count on a page: shown, or withheld (`privacy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Num {
    Shown(u64),
    Withheld,
}

impl Num {
    pub(super) fn of(d: &Disclosure, key: &Key, value: u64) -> Num {
        if d.withheld(key) {
            Num::Withheld
        } else {
            Num::Shown(value)
        }
    }

    pub(super) fn get(self) -> Option<u64> {
        match self {
            Num::Shown(n) => Some(n),
            Num::Withheld => None,
        }
    }

    /// For sorting and drawing: a withheld count has no value (a bar left out).
    pub(super) fn value(self) -> f64 {
        self.get().map_or(f64::NAN, |n| n as f64)
    }
}

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Num::Shown(n) => write!(f, "{n}"),
            Num::Withheld => f.write_str(MARKER),
        }
    }
}

/// `part` as a share of `whole`; withheld with either.
pub(super) fn share(part: Num, whole: Num) -> String {
    match (part, whole) {
        (Num::Shown(p), Num::Shown(w)) => percent(p as f64, w as f64),
        _ => MARKER.into(),
    }
}

/// A count of `scope`'s totals (`registered`, `attended`, `feedback_responses`, …).
pub(super) fn total(d: &Disclosure, scope: &str, measure: &str, value: u64) -> Num {
    Num::of(d, &Key::total(scope, measure), value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognise::values::mask_emails;

    #[test]
    fn displayed_text_loses_bidi_overrides_and_is_shortened() {
        assert_eq!(display("abc\u{202E}def", 10), "abcdef");
        assert_eq!(display(&"x".repeat(50), 10), format!("{}…", "x".repeat(9)));
        assert_eq!(display("  Timișoara\n", 20), "Timișoara");
    }

    #[test]
    fn email_addresses_are_masked() {
        assert_eq!(
            mask_emails("ask ana.pop@example.org please"),
            "ask [e-mail address] please"
        );
        assert_eq!(mask_emails("Local authority"), "Local authority");
    }

    #[test]
    fn percentages_are_whole() {
        assert_eq!(percent(86.0, 104.0), "83%");
        assert_eq!(percent(1.0, 0.0), "–");
    }
}
