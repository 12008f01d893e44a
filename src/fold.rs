//! Folding text for matching: how a typed label and an alias are compared.

/// Folds text so that labels typed by different people, tools and keyboards compare equal:
/// accents are removed (ł, đ, ø and ß too), case is ignored, and so are spaces and
/// punctuation ("E-mail" = "email", "IT & C" = "IT&C", "Start-up" = "startup").
/// Text with no letters or digits at all ("#", "—") is kept as typed, trimmed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// `fold`, appended to `out` (so that several words can share one string).
pub fn fold_into(text: &str, out: &mut String) {
    let start = out.len();
    for ch in text.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !ch.is_ascii() {
            for c in deunicode::deunicode_char(ch).unwrap_or("").chars() {
                if c.is_ascii_alphanumeric() {
                    out.push(c.to_ascii_lowercase());
                }
            }
        }
    }
    if out.len() == start {
        out.push_str(text.trim());
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn ignores_case_accents_spaces_and_punctuation() {
        assert_eq!(
            fold("Autoritate publică locală"),
            fold("  autoritate   PUBLICA locala ")
        );
        assert_eq!(fold("E-mail"), "email");
        assert_eq!(fold("IT & C"), fold("IT&C"));
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Đakovo"), "dakovo");
        assert_eq!(fold("Søren"), "soren");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Savivaldybė"), "savivaldybe");
        assert_eq!(fold("Timișoara"), fold("Timişoara")); // comma-below and cedilla
    }

    #[test]
    fn symbols_alone_are_kept() {
        assert_eq!(fold(" # "), "#");
        assert_eq!(fold("—"), "—");
        assert_eq!(fold(""), "");
    }
}
