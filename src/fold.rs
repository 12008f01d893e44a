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

/// Legal forms, folded, that an organisation's name may carry or leave out ("Rossi Design
/// S.r.l." is "Rossi Design"): ignored at either end of a name. Company forms of the
/// partners' countries and of English, and the Romanian "SC" that comes before a name.
const LEGAL_FORMS: &[&str] = &[
    // Romania
    "srl", "sa", "sc", "srld", "pfa", "ii", "if", "sca", "scs", "snc", // Netherlands
    "bv", "nv", "vof", "cv", // Italy
    "spa", "srls", "sas", "sapa", "scarl", "scrl", "scpa", "onlus", "aps", "ets",
    // Croatia
    "doo", "jdoo", "dd", "obrt", "kd", // Lithuania
    "uab", "ab", "vsi", "mb", "ij", // English and others
    "ltd", "limited", "plc", "llc", "inc", "gmbh", "ag", "sarl", "sl", "co", "corp",
];

/// Answers that say there is no organisation ("-", "n/a", "none", "nessuna").
const NO_ORGANISATION: &[&str] = &[
    "na",
    "nvt",
    "none",
    "nil",
    "no",
    "nu",
    "niciuna",
    "nicio",
    "geen",
    "nessuna",
    "nessuno",
    "ne",
    "nema",
    "nera",
    "private",
    "privat",
    "individual",
    "independent",
    "freelance",
    "freelancer",
    "persoanafizica",
    "particulier",
    "privato",
    "privatnaosoba",
    "privatiasmuo",
];

/// The key an organisation is counted by: its name folded like a label, each word on its own
/// (runs of single letters joined, so "S.R.L." is "srl" and "d.o.o." is "doo"), with legal
/// forms at either end left out. `None` for a blank or a "none" answer.
pub fn organisation_key(name: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    let mut letters = String::new();
    for raw in name.split(|c: char| !c.is_alphanumeric()) {
        let w = fold(raw);
        if raw.is_empty() || w.is_empty() || !w.bytes().all(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        if raw.chars().count() == 1 {
            letters.push_str(&w);
            continue;
        }
        if !letters.is_empty() {
            words.push(std::mem::take(&mut letters));
        }
        words.push(w);
    }
    if !letters.is_empty() {
        words.push(letters);
    }
    let all = words.concat();
    if all.is_empty() || NO_ORGANISATION.contains(&all.as_str()) {
        return None;
    }
    let is_form = |w: &String| LEGAL_FORMS.contains(&w.as_str());
    let start = words.iter().position(|w| !is_form(w));
    let end = words.iter().rposition(|w| !is_form(w));
    match (start, end) {
        (Some(s), Some(e)) => Some(words[s..=e].concat()),
        // A name that is only a legal form is kept as it is.
        _ => Some(all),
    }
}

#[cfg(test)]
mod tests {
    use super::{fold, organisation_key};

    #[test]
    fn organisations_are_keyed_without_their_legal_forms() {
        let same = [
            ("Rossi Design S.r.l.", "rossi design"),
            ("ROSSI DESIGN SRL", "Rossi-Design"),
            ("SC Banat Tech SRL", "Banat Tech"),
            ("S.C. Banat Tech S.R.L.", "banat tech"),
            ("Kvarner Digital d.o.o.", "Kvarner Digital"),
            ("UAB „Kauno Kodas“", "Kauno kodas"),
            ("Fryslân Start BV", "Fryslan Start B.V."),
            ("Acme Ltd.", "ACME Limited"),
            ("Primăria Timișoara", "Primaria Timisoara"),
        ];
        for (a, b) in same {
            assert_eq!(organisation_key(a), organisation_key(b), "{a} = {b}");
            assert!(organisation_key(a).is_some(), "{a}");
        }
        assert_eq!(
            organisation_key("Rossi Design S.r.l."),
            Some("rossidesign".into())
        );
        // Only at the ends: "Sa" inside a name is a word of it.
        assert_ne!(
            organisation_key("Casa Sa Mare"),
            organisation_key("Casa Mare")
        );
        // Different names stay different.
        assert_ne!(organisation_key("Banat Tech"), organisation_key("Banat IT"));
        // A legal form alone is still a name; blanks and "none" are no organisation.
        assert_eq!(organisation_key("S.R.L."), Some("srl".into()));
        for blank in ["", "  ", "-", "—", "n/a", "N.A.", "None", "nessuna", "/"] {
            assert_eq!(organisation_key(blank), None, "{blank:?}");
        }
    }

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
