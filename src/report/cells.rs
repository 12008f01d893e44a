//! How a figure is written in a cell: a count shown or withheld (`[c]`), a share, and text
//! from the inputs made safe to show.

use crate::privacy::{Disclosure, Key, MARKER};
use crate::recognise::shorten;
use crate::wording::Wording;

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

impl Num {
    /// The count as the report's language writes it ("1,234", "1 234"), or `[c]`.
    pub(super) fn text(self, w: &Wording) -> String {
        match self {
            Num::Shown(n) => w.count(n),
            Num::Withheld => MARKER.into(),
        }
    }
}

/// In a template: the count as a number (for `t("…", n=…)`), or `[c]`.
impl serde::Serialize for Num {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Num::Shown(n) => s.serialize_u64(*n),
            Num::Withheld => s.serialize_str(MARKER),
        }
    }
}

/// `part` as a share of `whole`; withheld with either.
pub(super) fn share(part: Num, whole: Num, w: &Wording) -> String {
    match (part, whole) {
        (Num::Shown(p), Num::Shown(t)) => w.percent(p as f64, t as f64),
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
        let w = Wording::english();
        assert_eq!(share(Num::Shown(86), Num::Shown(104), &w), "83%");
        assert_eq!(share(Num::Shown(86), Num::Withheld, &w), "[c]");
        assert_eq!(w.percent(1.0, 0.0), "–");
    }
}
