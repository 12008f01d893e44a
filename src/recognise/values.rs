//! Reading one cell as the value a field needs: text, yes/no, a rating, a person's key.

use std::borrow::Cow;

use crate::config::Config;
use crate::discover::Date;
use crate::fold::{fold, fold_into};
use crate::read::Data;

/// The cell as trimmed text, or `None` when it is empty. Formula errors (#DIV/0!, #N/A)
/// read as empty: the row still counts, the cell does not.
pub fn cell_text<'c>(cell: &'c Data<'_>) -> Option<Cow<'c, str>> {
    let text: Cow<'c, str> = match cell {
        Data::String(_) | Data::SharedString(_) => {
            let s = string(cell).trim();
            // A formula error saved as text (CSV exports, cached results) is as empty as the
            // error.
            if is_error_literal(s) {
                return None;
            }
            Cow::Borrowed(s)
        }
        Data::Int(i) => Cow::Owned(i.to_string()),
        Data::Float(f) => Cow::Owned(format_number(*f)),
        Data::Bool(b) => Cow::Borrowed(if *b { "TRUE" } else { "FALSE" }),
        Data::DateTime(d) => {
            let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
            Cow::Owned(if (h, min, s) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{day:02}")
            } else {
                format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}:{s:02}")
            })
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cow::Borrowed(s.trim()),
        Data::Error(_) | Data::Empty => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// Whether `cell_text` would give text, without making it (numbers are not formatted).
pub fn has_text(cell: &Data) -> bool {
    match cell {
        Data::String(_) | Data::SharedString(_) => {
            let t = string(cell).trim();
            !t.is_empty() && !is_error_literal(t)
        }
        Data::Int(_) | Data::Float(_) | Data::Bool(_) | Data::DateTime(_) => true,
        Data::DateTimeIso(s) | Data::DurationIso(s) => !s.trim().is_empty(),
        Data::Error(_) | Data::Empty => false,
    }
}

/// The text of a text cell (owned or shared), "" for any other.
fn string<'c>(cell: &'c Data<'_>) -> &'c str {
    match cell {
        Data::String(s) => s,
        Data::SharedString(s) => s,
        _ => "",
    }
}

/// Excel's and LibreOffice's formula error values.
fn is_error_literal(s: &str) -> bool {
    // A cheap first test: every error value starts with `#` or `Err:`.
    (s.starts_with('#') || s.starts_with("Err:"))
        && matches!(
            s,
            "#DIV/0!"
                | "#N/A"
                | "#VALUE!"
                | "#REF!"
                | "#NAME?"
                | "#NUM!"
                | "#NULL!"
                | "#GETTING_DATA"
                | "#SPILL!"
                | "#CALC!"
                | "Err:502"
                | "Err:504"
        )
}

/// 4.0 → "4", 4.5 → "4.5".
fn format_number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// A column's non-blank values under its header, top to bottom (callers take the first ones).
pub fn column_values<'r, 'd>(
    body: &'r [Vec<Data<'d>>],
    col: usize,
) -> impl Iterator<Item = &'r Data<'d>> {
    body.iter()
        .filter_map(move |row| row.get(col))
        .filter(|d| has_text(d))
}

/// A yes/no answer, in every language of the vocabulary; `None` when it is neither.
pub fn yes_no(cell: &Data) -> Option<bool> {
    match cell {
        Data::Bool(b) => return Some(*b),
        Data::Int(i) => return matches!(i, 0 | 1).then_some(*i == 1),
        Data::Float(f) if *f == 0.0 || *f == 1.0 => return Some(*f == 1.0),
        // A check-in time means the person came.
        Data::DateTime(_) | Data::DateTimeIso(_) => return Some(true),
        _ => {}
    }
    let text = cell_text(cell)?;
    let t = text.trim();
    // The usual answers as typed, before folding (which makes a new string).
    match t {
        "Yes" | "yes" | "YES" | "1" => return Some(true),
        "No" | "no" | "NO" | "0" => return Some(false),
        _ => {}
    }
    if ["x", "X", "✓", "✔", "☑", "✗"].contains(&t) {
        return Some(t != "✗");
    }
    // Every language's yes and no (`vocabulary/<lang>.toml`, `[yes_no]`).
    crate::vocabulary::vocabulary().yes_no(&fold(t))
}

/// A rating: a number, a number at the start of text ("4 - Good", "4,5"), or a likert answer.
pub fn rating(cell: &Data, config: &Config) -> Option<f64> {
    match cell {
        Data::Int(i) => return Some(*i as f64),
        Data::Float(f) if f.is_finite() => return Some(*f),
        Data::String(_) | Data::SharedString(_) => {}
        _ => return None,
    }
    let text = cell_text(cell)?;
    let t = text.trim();
    let number = if t.contains(',') {
        t.replace(',', ".").parse::<f64>()
    } else {
        t.parse::<f64>()
    };
    if let Ok(v) = number {
        return v.is_finite().then_some(v);
    }
    if let Some(v) = config.likert.get(&fold(t)) {
        return Some(*v);
    }
    // "4 - Good", "4/5", "9 (very likely)": a leading whole number followed by a non-digit.
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = t[digits..].trim_start();
    if (1..=2).contains(&digits) && rest.starts_with(['-', '–', '/', '(', ' ', '.', ':']) {
        return t[..digits].parse().ok();
    }
    None
}

/// A person's e-mail as a key: trimmed and lower case; `None` unless it looks like an address.
pub fn email_key(cell: &Data) -> Option<String> {
    let mut key = String::new();
    email_key_into(cell, &mut key).then_some(key)
}

/// `email_key`, appended to `out`; whether there was one (`out` is left as it was if not).
pub fn email_key_into(cell: &Data, out: &mut String) -> bool {
    // `cell_text` is trimmed already.
    let Some(text) = cell_text(cell) else {
        return false;
    };
    let t = without_mailto(&text);
    if !t.contains('@') {
        return false;
    }
    if t.is_ascii() {
        let start = out.len();
        out.push_str(t);
        out[start..].make_ascii_lowercase();
    } else {
        // `str::to_lowercase`, for its final sigma.
        out.push_str(&t.to_lowercase());
    }
    true
}

/// A calendar date from a cell: a date cell, an ISO text date (with or without a time),
/// year-first dates with slashes (`2019/09/30 10:15:00 AM GMT+3`, Google Forms' CSV
/// timestamps), day-first numeric dates (`30.09.2019.`, `30/09/2019`, `30-09-2019`; month-first
/// only when the day cannot be a month), month names in the vocabulary's languages
/// (`September 30, 2019`, `30 septembrie 2019`, `30. rujna 2019.`, `2019 m. rugsėjo 30 d.`), or
/// an Excel serial number (a date cell saved as a plain number).
pub fn date(cell: &Data) -> Option<Date> {
    match cell {
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            Date::new(i32::from(y), u32::from(m), u32::from(day))
        }
        Data::Float(_) | Data::Int(_) => {
            let serial = match cell {
                Data::Float(f) => *f,
                Data::Int(i) => *i as f64,
                _ => return None,
            };
            // 1982-01-01 to 2064-12-31: anything else is a count, not a date.
            (30_000.0..60_000.0)
                .contains(&serial)
                .then(|| from_serial(serial.floor() as i64))
                .flatten()
        }
        _ => parse_date_text(&cell_text(cell)?),
    }
}

/// Days since 1899-12-30 (Excel's 1900 system; 1970-01-01 is serial 25569) → a date.
fn from_serial(days: i64) -> Option<Date> {
    Date::from_unix_days(days - 25_569)
}

/// A date written as text (see `date`).
pub fn parse_date_text(text: &str) -> Option<Date> {
    let t = text.trim().trim_end_matches('.');
    if let Some(Ok(d)) = Date::parse_iso_prefix(t) {
        return Some(d);
    }
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '/' | '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| w.parse::<u32>().ok();
    let month = |w: &str| month_name(&fold(w));
    let year = |w: &str| {
        number(w)
            .filter(|y| (1900..=2100).contains(y))
            .map(|y| y as i32)
    };
    match words.as_slice() {
        // 2019/09/30 (Google Forms' CSV timestamps): year first, then month and day.
        [y, m, d, ..] if year(y).is_some() && number(m).is_some() && number(d).is_some() => {
            Date::new(year(y)?, number(m)?, number(d)?)
        }
        // 2019 m. rugsėjo 30 d. (Lithuanian), 2019 September 30
        [y, rest @ ..] if year(y).is_some() && rest.len() >= 2 => {
            let rest = if rest[0] == "m" { &rest[1..] } else { rest };
            match rest {
                [m, d, ..] if month(m).is_some() => Date::new(year(y)?, month(m)?, number(d)?),
                _ => None,
            }
        }
        // 30.09.2019, 30/09/2019, 09/30/2019 (month first only when the first cannot be a month)
        [a, b, c, ..] if number(a).is_some() && number(b).is_some() => {
            let (a, b, y) = (number(a)?, number(b)?, year(c)?);
            if a > 12 || b <= 12 {
                Date::new(y, b, a)
            } else {
                Date::new(y, a, b)
            }
        }
        // September 30, 2019
        [m, d, y, ..] if month(m).is_some() => Date::new(year(y)?, month(m)?, number(d)?),
        // 30 September 2019
        [d, m, y, ..] if month(m).is_some() => Date::new(year(y)?, month(m)?, number(d)?),
        _ => None,
    }
}

/// The month a (folded) month name or abbreviation names: the vocabulary's `[months]`, by
/// the longest matching start.
fn month_name(folded: &str) -> Option<u32> {
    crate::vocabulary::vocabulary().month(folded)
}

/// An address without its `mailto:` prefixes (a prefix test per cell; `trim_start_matches` with
/// a string pattern builds a substring searcher on every call).
fn without_mailto(mut text: &str) -> &str {
    while let Some(rest) = text.strip_prefix("mailto:") {
        text = rest;
    }
    text
}

/// Whether text looks like one e-mail address: something@domain.tld, no spaces.
pub fn looks_like_email(text: &str) -> bool {
    let t = without_mailto(text.trim());
    match t.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !t.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// Text with anything shaped like an e-mail address masked: a label typed into the wrong
/// column can be someone's address, and no published file holds personal data.
pub fn mask_emails(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            if looks_like_email(word.trim_matches(|c: char| !c.is_alphanumeric())) {
                "[e-mail address]"
            } else {
                word
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A person's name as a key: folded words in sorted order, so that "Popescu Ana-Maria" and
/// "ana-maria POPESCU" are one person. A hyphen parts words as a space does ("Karl-Erik" is
/// "Karl Erik"), and so do a dash, a comma and a semicolon ("Kovačič,Andrej"); titles at either
/// end are left out (`[names] titles` of the vocabulary: "dr. Andrej Kovačič" is "Andrej
/// Kovačič"), but never the last word.
pub fn name_key<'a>(parts: impl IntoIterator<Item = &'a str>) -> Option<String> {
    // Folded once into one string, then its words sorted (two allocations, not one a word).
    let mut folded = String::new();
    let mut spans: smallvec::SmallVec<[(usize, usize); 6]> = smallvec::SmallVec::new();
    for word in parts.into_iter().flat_map(|p| p.split(parts_name)) {
        let start = folded.len();
        fold_into(word, &mut folded);
        if folded.len() > start {
            spans.push((start, folded.len()));
        }
    }
    let mut words: smallvec::SmallVec<[&str; 6]> =
        spans.iter().map(|&(s, e)| &folded[s..e]).collect();
    let vocabulary = crate::vocabulary::vocabulary();
    let (mut from, mut to) = (0, words.len());
    while to - from > 1 && vocabulary.is_title(words[from]) {
        from += 1;
    }
    while to - from > 1 && vocabulary.is_title(words[to - 1]) {
        to -= 1;
    }
    let words = &mut words[from..to];
    if words.is_empty() {
        return None;
    }
    words.sort_unstable();
    Some(words.join(" "))
}

/// Whether a character parts two words of a person's name: a space, a hyphen or dash, a comma
/// or a semicolon.
fn parts_name(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | ',' | ';' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}'
        )
}

/// The other keys of a name, as the same name may be written elsewhere: with the letters
/// a keyboard may lack written as their digraphs (ä, ö, ü as ae, oe, ue, and Hungarian ő, ű;
/// Danish and Norwegian ø, å as oe, aa; Croatian and Serbian đ as dj: "Jürgen Müller" is also
/// "Juergen Mueller", "Đurđa" "Djurdja"), and a double name without its hyphen ("Ana-Maria" is
/// also "Anamaria"). Folding alone already makes "Müller" "Muller" and "Đurđa" "Durda": these
/// match what it cannot. `key` is the name's `name_key`; the keys given differ from it. Most
/// names have none, found by one pass over the name's bytes.
pub fn name_variants(name: &str, key: &str) -> smallvec::SmallVec<[String; 2]> {
    let mut out = smallvec::SmallVec::new();
    let digraphs = !name.is_ascii()
        && name
            .chars()
            .any(|c| digraph(c).is_some() || c == '\u{0308}');
    let hyphen = name.contains(['-', '\u{2010}', '\u{2011}']);
    if !digraphs && !hyphen {
        return out;
    }
    let mut keep = |written: &str| {
        if let Some(k) = name_key([written])
            && k != key
            && !out.contains(&k)
        {
            out.push(k);
        }
    };
    let spelt = digraphs.then(|| {
        let mut spelt = String::with_capacity(name.len() + 4);
        let mut last = ' ';
        for c in name.chars() {
            match digraph(c) {
                Some(d) => spelt.push_str(d),
                // A combining diaeresis (text typed on a Mac): "u\u{308}" is "ü".
                None if c == '\u{0308}' && matches!(last, 'a' | 'o' | 'u' | 'A' | 'O' | 'U') => {
                    spelt.push('e')
                }
                None => spelt.push(c),
            }
            last = c;
        }
        spelt
    });
    if let Some(spelt) = &spelt {
        keep(spelt);
    }
    if hyphen {
        let joined = |text: &str| text.replace(['-', '\u{2010}', '\u{2011}'], "");
        keep(&joined(name));
        if let Some(spelt) = &spelt {
            keep(&joined(spelt));
        }
    }
    out
}

/// The digraph a letter is written as where a keyboard lacks it (see `name_variants`).
fn digraph(c: char) -> Option<&'static str> {
    Some(match c {
        'ä' | 'Ä' => "ae",
        'ö' | 'Ö' | 'ő' | 'Ő' | 'ø' | 'Ø' => "oe",
        'ü' | 'Ü' | 'ű' | 'Ű' => "ue",
        'å' | 'Å' => "aa",
        'đ' | 'Đ' => "dj",
        _ => return None,
    })
}

/// Whether every word of the key `part` is a word of the key `whole` (each as often): keys'
/// words are sorted, so one pass over both tells.
pub fn name_words_within(part: &str, whole: &str) -> bool {
    let mut whole = whole.split(' ');
    'part: for word in part.split(' ') {
        for w in whole.by_ref() {
            match w.cmp(word) {
                std::cmp::Ordering::Less => continue,
                std::cmp::Ordering::Equal => continue 'part,
                std::cmp::Ordering::Greater => return false,
            }
        }
        return false;
    }
    true
}

/// The labels in a multi-valued cell ("ICT, Tourism", "ICT; Tourism", "ICT | Tourism").
pub fn split_labels(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ';', '|', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(t: &str) -> Data<'static> {
        Data::String(t.into())
    }

    #[test]
    fn shared_strings_read_as_owned_text_does() {
        // xlsx text arrives borrowed from the workbook's shared strings; CSV text owned.
        let c = Config::builtin();
        for text in [
            " Yes ",
            "4",
            "4 - Good",
            "#N/A",
            "",
            "mailto:A@X.org",
            "30.09.2019.",
        ] {
            let (owned, shared) = (s(text), Data::SharedString(text));
            assert_eq!(cell_text(&owned), cell_text(&shared), "{text:?}");
            assert_eq!(has_text(&owned), has_text(&shared), "{text:?}");
            assert_eq!(yes_no(&owned), yes_no(&shared), "{text:?}");
            assert_eq!(rating(&owned, &c), rating(&shared, &c), "{text:?}");
            assert_eq!(email_key(&owned), email_key(&shared), "{text:?}");
            assert_eq!(date(&owned), date(&shared), "{text:?}");
        }
        assert_eq!(
            cell_text(&Data::SharedString(" Yes ")).as_deref(),
            Some("Yes")
        );
        assert_eq!(yes_no(&Data::SharedString("da")), Some(true));
        assert_eq!(rating(&Data::SharedString("4 - Good"), &c), Some(4.0));
        assert_eq!(cell_text(&Data::SharedString("#N/A")), None);
    }

    #[test]
    fn has_text_is_whether_cell_text_gives_text() {
        let cells = [
            (s("  Ana "), true),
            (s("   "), false),
            (s(""), false),
            (s(" #N/A "), false),
            (s("#DIV/0!"), false),
            (Data::Int(0), true),
            (Data::Float(4.5), true),
            (Data::Float(f64::NAN), true),
            (Data::Bool(false), true),
            (Data::DateTimeIso(" ".into()), false),
            (Data::DateTimeIso("2019-09-30".into()), true),
            (Data::Error(calamine::CellErrorType::NA), false),
            (Data::Empty, false),
        ];
        for (cell, expected) in cells {
            assert_eq!(has_text(&cell), expected, "{cell:?}");
            assert_eq!(cell_text(&cell).is_some(), expected, "{cell:?}");
        }
    }

    #[test]
    fn yes_and_no_in_the_partners_languages() {
        for yes in [
            "Yes", "DA", "ja", "Sì", "Taip", "x", "✓", "TRUE", "1", "Prezent",
        ] {
            assert_eq!(yes_no(&s(yes)), Some(true), "{yes}");
        }
        for no in ["No", "NU", "Nee", "no", "Ne", "0", "false"] {
            assert_eq!(yes_no(&s(no)), Some(false), "{no}");
        }
        assert_eq!(yes_no(&Data::Int(1)), Some(true));
        assert_eq!(yes_no(&Data::Bool(false)), Some(false));
        assert_eq!(yes_no(&s("maybe")), None);
    }

    #[test]
    fn ratings_from_numbers_text_and_likert() {
        let c = Config::builtin();
        assert_eq!(rating(&Data::Int(4), &c), Some(4.0));
        assert_eq!(rating(&Data::Float(4.5), &c), Some(4.5));
        assert_eq!(rating(&s(" 4 "), &c), Some(4.0));
        assert_eq!(rating(&s("4,5"), &c), Some(4.5));
        assert_eq!(rating(&s("4 - Good"), &c), Some(4.0));
        assert_eq!(rating(&s("Very satisfied"), &c), Some(5.0));
        assert_eq!(rating(&s("foarte multumit"), &c), Some(5.0));
        assert_eq!(rating(&s("great"), &c), None);
        assert_eq!(rating(&Data::Empty, &c), None);
    }

    #[test]
    fn emails_are_keys_trimmed_and_lower_case() {
        assert_eq!(
            email_key(&s("  Ana.Pop@Example.RO ")),
            Some("ana.pop@example.ro".into())
        );
        assert_eq!(email_key(&s("n/a")), None);
        assert_eq!(email_key(&s(" mailto:Ana@x.ro")), Some("ana@x.ro".into()));
        assert_eq!(
            email_key(&s("ŞTEFAN@Timiş.RO")),
            Some("ştefan@timiş.ro".into())
        );
        assert!(looks_like_email("mailto:ana@x.ro"));
    }

    #[test]
    fn email_keys_are_appended_to_a_files_text() {
        let mut text = String::from("Ana Pop");
        assert!(email_key_into(&s(" Ana@X.ro"), &mut text));
        assert_eq!(text, "Ana Popana@x.ro");
        // Not an address: the text is left as it was.
        assert!(!email_key_into(&s("Ana Pop"), &mut text));
        assert!(!email_key_into(&Data::Empty, &mut text));
        assert_eq!(text, "Ana Popana@x.ro");
    }

    #[test]
    fn names_match_in_either_order_without_accents() {
        assert_eq!(
            name_key(["Ana-Maria", "Popescu"]),
            name_key(["POPESCU Ana-Maria"])
        );
        assert_eq!(name_key(["Ștefan Ionescu"]), name_key(["ionescu stefan"]));
        assert_eq!(name_key(["  "]), None);
        // The key itself: folded words in sorted order; a word of symbols alone is kept.
        assert_eq!(
            name_key(["Popescu", "Ana-Maria"]).as_deref(),
            Some("ana maria popescu")
        );
        assert_eq!(name_key(["Ion & Ana"]).as_deref(), Some("& ana ion"));
    }

    #[test]
    fn titles_at_either_end_are_no_part_of_a_name() {
        let key = |n: &str| name_key([n]);
        assert_eq!(key("dr. Andrej Kovačič"), key("Kovačič Andrej"));
        assert_eq!(key("Dr. Nagy Eszter").as_deref(), Some("eszter nagy"));
        for (written, expected) in [
            ("prof. dr. Andrej Kovačič, PhD", "andrej kovacic"),
            ("Ing. Jan Novák, Ph.D.", "jan novak"),
            ("Dott.ssa Giulia Rossi", "giulia rossi"),
            ("Sig.ra Giulia Rossi", "giulia rossi"),
            ("mr.sc. Ana Horvat", "ana horvat"),
            ("mr. sc. Ana Horvat", "ana horvat"),
            ("Dipl.-Ing. Hans Weber", "hans weber"),
            ("Mme Claire Martin", "claire martin"),
            ("M. Jean Dupont", "dupont jean"),
            ("Mrs Jane Smith", "jane smith"),
            ("Herr Dr. Hans Weber", "hans weber"),
            ("dhr. ir. Jan de Vries", "de jan vries"),
            // In the middle a title's word stays: there it is an initial.
            ("Jean M. Dupont", "dupont jean m"),
            // The last word is kept, title or not.
            ("Dr.", "dr"),
            ("Dr. Prof.", "prof"),
        ] {
            assert_eq!(key(written).as_deref(), Some(expected), "{written}");
        }
        // A first name given apart from the last.
        assert_eq!(name_key(["Dr. Ana", "Pop"]), key("Ana Pop"));
        // "Di", "Don" and "Jr" are names or tell people apart: no titles.
        assert_eq!(key("Di Maio Luigi").as_deref(), Some("di luigi maio"));
        assert_eq!(key("Don Smith").as_deref(), Some("don smith"));
        assert_ne!(key("John Smith Jr."), key("John Smith"));
    }

    #[test]
    fn a_hyphen_parts_a_names_words_as_a_space_does() {
        let key = |n: &str| name_key([n]);
        assert_eq!(key("Karl-Erik Org"), key("Karl Erik Org"));
        assert_eq!(key("Karl-Erik Org").as_deref(), Some("erik karl org"));
        assert_eq!(key("Karl\u{2010}Erik Org"), key("Karl Erik Org"));
        assert_eq!(key("Kovačič,Andrej"), key("Andrej Kovačič"));
        assert_eq!(key("Pop - Ana"), key("Ana Pop"));
    }

    #[test]
    fn a_name_with_umlauts_or_dj_has_a_key_spelt_with_digraphs() {
        let variants = |n: &str| name_variants(n, &name_key([n]).unwrap()).into_vec();
        assert_eq!(variants("Jürgen Müller"), ["juergen mueller"]);
        assert_eq!(
            name_key(["Mueller Juergen"]).as_deref(),
            Some("juergen mueller")
        );
        assert_eq!(variants("Đurđa Knežević"), ["djurdja knezevic"]);
        assert_eq!(
            name_key(["Djurdja Knezević"]).as_deref(),
            Some("djurdja knezevic")
        );
        assert_eq!(variants("Søren Ålgaard"), ["aalgaard soeren"]);
        assert_eq!(variants("Győző Szűcs"), ["gyoezoe szuecs"]);
        // Typed on a Mac: a letter and a combining diaeresis.
        assert_eq!(
            name_key(["Mu\u{308}ller Ju\u{308}rgen"]),
            name_key(["Jürgen Müller"])
        );
        assert_eq!(variants("Mu\u{308}ller Ju\u{308}rgen"), ["juergen mueller"]);
        // A double name, also without its hyphen; and both.
        assert_eq!(variants("Ana-Maria Pop"), ["anamaria pop"]);
        assert_eq!(
            variants("Jürgen Müller-Lüdenscheidt"),
            [
                "juergen luedenscheidt mueller",
                "jurgen mullerludenscheidt",
                "juergen muellerluedenscheidt"
            ]
        );
        // Most names have none: "ë" and "ß" have no other spelling than folding's.
        for name in ["Ana Pop", "Zoë Walker", "Straße Ana", "Mueller Juergen"] {
            assert!(variants(name).is_empty(), "{name}");
        }
    }

    #[test]
    fn a_keys_words_within_anothers() {
        assert!(name_words_within("lucia martinez", "lucia martinez sanz"));
        assert!(name_words_within("ana pop", "ana maria pop"));
        assert!(name_words_within("ana pop", "ana pop"));
        assert!(!name_words_within("lucia sanz", "lucia martinez"));
        assert!(!name_words_within("pop zed", "ana maria pop"));
        assert!(!name_words_within("ana ana", "ana pop"));
        assert!(!name_words_within("ana maria pop", "ana pop"));
    }

    #[test]
    fn multi_valued_cells_split_on_comma_semicolon_and_bar() {
        assert_eq!(
            split_labels("ICT, Tourism;Education | Other").collect::<Vec<_>>(),
            ["ICT", "Tourism", "Education", "Other"]
        );
    }

    #[test]
    fn dates_in_the_shapes_partners_send() {
        let d = |y, m, day| Date::new(y, m, day);
        assert_eq!(date(&s("30.09.2019.")), d(2019, 9, 30));
        assert_eq!(date(&s("30/09/2019")), d(2019, 9, 30));
        assert_eq!(date(&s("09/30/2019")), d(2019, 9, 30));
        assert_eq!(date(&s("2019-09-30")), d(2019, 9, 30));
        assert_eq!(date(&s("2019-09-30 10:05:12")), d(2019, 9, 30));
        assert_eq!(date(&s("September 30, 2019")), d(2019, 9, 30));
        assert_eq!(date(&s("30 Sep 2019 10:05")), d(2019, 9, 30));
        // Google Forms' CSV download; Google Sheets' CSV in a US locale.
        assert_eq!(date(&s("2019/09/30 10:15:00 AM GMT+3")), d(2019, 9, 30));
        assert_eq!(date(&s("9/30/2019 10:15:00")), d(2019, 9, 30));
        // Month names as the partners write them.
        assert_eq!(date(&s("30 septembrie 2019")), d(2019, 9, 30)); // Romanian
        assert_eq!(date(&s("1 decembrie 2019")), d(2019, 12, 1));
        assert_eq!(date(&s("15 mei 2020")), d(2020, 5, 15)); // Dutch
        assert_eq!(date(&s("3 maart 2020")), d(2020, 3, 3));
        assert_eq!(date(&s("12 giugno 2020")), d(2020, 6, 12)); // Italian
        assert_eq!(date(&s("1 luglio 2020")), d(2020, 7, 1));
        assert_eq!(date(&s("30. rujna 2019.")), d(2019, 9, 30)); // Croatian, genitive
        // "listopada" is October in Croatian and November in Polish: neither is guessed.
        assert_eq!(date(&s("5. listopada 2019.")), None);
        assert_eq!(date(&s("5. listopadu 2019")), d(2019, 11, 5)); // Czech
        assert_eq!(date(&s("12. studenoga 2019.")), d(2019, 11, 12)); // Croatian November
        assert_eq!(date(&s("2019 m. rugsėjo 30 d.")), d(2019, 9, 30)); // Lithuanian
        assert_eq!(date(&s("2020 m. rugpjūčio 4 d.")), d(2020, 8, 4));
        assert_eq!(date(&s("2019 September 30")), d(2019, 9, 30));
        // The other languages' month names ([months]).
        for text in [
            "30 septembre 2019",
            "30. September 2019",
            "30 września 2019",
            "2019. szeptember 30.",
            "30. syyskuuta 2019",
            "30 Σεπτεμβρίου 2019",
            "30 септември 2019",
            "30. září 2019",
            "30 setembro 2019",
            "30 Settembru 2019",
        ] {
            assert_eq!(date(&s(text)), d(2019, 9, 30), "{text}");
        }
        assert_eq!(date(&s("12 marraskuuta 2019")), d(2019, 11, 12)); // not "mar", March
        assert_eq!(date(&s("3 lipca 2020")), d(2020, 7, 3)); // Polish July
        assert_eq!(date(&s("3. lipnja 2020.")), d(2020, 6, 3)); // Croatian June
        // Words that only look like the start of a month are not months.
        assert_eq!(date(&s("30 xyz 2019")), None);
        assert_eq!(date(&s("Lista 2019 30")), None);
        // 2019-09-30 is serial 43738 (1899-12-30 + 43738 days, worked out: 1900-01-01 is 2).
        assert_eq!(date(&Data::Float(43738.4167)), d(2019, 9, 30));
        assert_eq!(date(&Data::Int(4)), None);
        assert_eq!(date(&s("31.02.2019")), None);
        assert_eq!(date(&s("Checked In")), None);
    }

    #[test]
    fn formula_errors_read_as_empty() {
        assert_eq!(cell_text(&s("#DIV/0!")), None);
        assert_eq!(cell_text(&s(" #N/A ")), None);
        // LibreOffice's error values, as saved in a CSV export.
        assert_eq!(cell_text(&s("Err:502")), None);
        assert!(!has_text(&s("Err:504")));
        assert_eq!(cell_text(&Data::Error(calamine::CellErrorType::Div0)), None);
        assert_eq!(cell_text(&s("#1 fan")).as_deref(), Some("#1 fan"));
    }

    #[test]
    fn numbers_read_as_typed() {
        assert_eq!(cell_text(&Data::Float(4.0)).as_deref(), Some("4"));
        assert_eq!(cell_text(&Data::Float(4.25)).as_deref(), Some("4.25"));
        assert_eq!(cell_text(&s("  ")), None);
    }
}
