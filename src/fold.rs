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

/// A name's words for keying it: cut at every sign, folded like a label, a run of single
/// letters joined into one word ("S.R.L." is "srl", "d.o.o." is "doo", "Sp. z o.o." is "sp",
/// "zoo"); words of other signs left out.
pub fn organisation_words(name: &str) -> Vec<String> {
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
    words
}

/// The key an organisation is counted by: its words (`organisation_words`) run together, with
/// the legal forms at either end left out ("Rossi Design S.r.l." is "rossidesign"; the
/// vocabulary's `[organisations] legal_forms`). `None` for a blank or an answer that says
/// there is none ("n/a", "nessuna": `[organisations] none`).
pub fn organisation_key(name: &str) -> Option<String> {
    let words = organisation_words(name);
    let all = words.concat();
    let vocabulary = crate::vocabulary::vocabulary();
    if all.is_empty() || vocabulary.means_no_organisation(&all) {
        return None;
    }
    match vocabulary.without_legal_forms(&words) {
        Some(kept) => Some(words[kept].concat()),
        // A name that is only a legal form is kept as it is.
        None => Some(all),
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
        // The other languages' forms, of one word or several, at either end.
        for (a, b) in [
            ("Nowak Sp. z o.o.", "Nowak"),
            ("Nowak spółka z o.o.", "NOWAK"),
            ("Novák spol. s r.o.", "Novák s.r.o."),
            ("Müller GmbH & Co. KG", "Müller"),
            ("Kovács és Társa Kft.", "Kovács és Társa"),
            ("Virtanen Oy", "Virtanen"),
            ("Svensson AB (publ)", "Svensson"),
            ("Tamm OÜ", "Tamm"),
            ("Παπαδόπουλος Α.Ε.", "Papadopoulos"),
            ("Иванов ЕООД", "Ivanov"),
        ] {
            assert_eq!(organisation_key(a), organisation_key(b), "{a} = {b}");
        }
        // A form's last word alone is no form: a zoo keeps its name.
        assert_eq!(organisation_key("Warsaw Zoo"), Some("warsawzoo".into()));
        // A legal form alone is still a name; blanks and "none" are no organisation.
        assert_eq!(organisation_key("S.R.L."), Some("srl".into()));
        for blank in [
            "",
            "  ",
            "-",
            "—",
            "n/a",
            "N.A.",
            "None",
            "nessuna",
            "/",
            "keine",
            "Brak",
            "Aucune",
            "Privatperson",
            "Magánszemély",
            "Ιδιώτης",
        ] {
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
