//! An idea's text made safe to publish: invisible and reordering characters removed, e-mail
//! addresses and phone numbers masked, a cell of bullet lines split into its ideas, votes read
//! from what facilitators write ("12", "7 dots", "||||").

use crate::recognise::values::looks_like_email;

/// What a masked e-mail address reads as.
pub const EMAIL: &str = "[e-mail]";
/// What a masked phone number reads as.
pub const PHONE: &str = "[phone]";
/// What a masked name of a registered person reads as.
pub const NAME: &str = "[name]";

/// Text as it may be published: control characters other than line breaks and the
/// bidirectional overrides and isolates (which can make text read backwards around them)
/// removed, each line's spaces collapsed, blank lines dropped, e-mail addresses and phone
/// numbers masked.
pub fn clean(text: &str) -> String {
    let kept: String = text
        .replace("\r\n", "\n")
        .chars()
        .filter(|&c| {
            c == '\n'
                || !(c.is_control()
                    || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{FEFF}'))
        })
        .collect();
    let lines: Vec<String> = kept
        .lines()
        .map(|l| mask(&l.split_whitespace().collect::<Vec<_>>().join(" ")))
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

/// A line with its e-mail addresses and phone numbers masked.
fn mask(line: &str) -> String {
    let words: Vec<&str> = line.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let core = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '+');
        if looks_like_email(core.trim_start_matches('+')) {
            out.push(w.replace(core, EMAIL));
            i += 1;
            continue;
        }
        // A phone number may be written in groups: "+40 721 123 456", "06-1234 5678".
        if let Some(taken) = phone_at(&words[i..]) {
            let last = words[i + taken - 1];
            let tail: String = last
                .chars()
                .rev()
                .take_while(|c| !c.is_ascii_digit())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let head: String = w
                .chars()
                .take_while(|c| matches!(c, '(' | '"' | '\''))
                .collect();
            out.push(format!("{head}{PHONE}{tail}"));
            i += taken;
            continue;
        }
        out.push(w.to_string());
        i += 1;
    }
    out.join(" ")
}

/// How many of `words` make a phone number starting at the first: a run of digit groups
/// (with `+ - . / ( )` between) that starts with `+` or `0` and holds 9 to 15 digits. Dates,
/// amounts and years do not start that way.
fn phone_at(words: &[&str]) -> Option<usize> {
    let first = words[0].trim_start_matches(['(', '"', '\'']);
    if !(first.starts_with('+') || first.starts_with("00") || first.starts_with('0')) {
        return None;
    }
    let is_part = |w: &str| {
        let w = w.trim_end_matches([',', ';', '.', ':', ')', '"', '\'']);
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | '/' | '(' | ')'))
            && w.chars().any(|c| c.is_ascii_digit())
    };
    let mut digits = 0;
    let mut best = None;
    for (n, w) in words.iter().enumerate() {
        let w = if n == 0 { first } else { w };
        if !is_part(w) {
            break;
        }
        digits += w.chars().filter(char::is_ascii_digit).count();
        if digits > 15 {
            break;
        }
        if digits >= 9 {
            best = Some(n + 1);
        }
    }
    // A number that goes on after 15 digits is not a phone number.
    best
}

/// The ideas in one cell: a cell whose lines each start with a bullet ("-", "•", "*", "1.",
/// "2)") holds one idea a line; any other cell is one idea, its line breaks kept.
pub fn split_ideas(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() > 1 && lines.iter().all(|l| bullet(l).is_some()) {
        lines
            .iter()
            .filter_map(|l| bullet(l))
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    } else if lines.is_empty() {
        Vec::new()
    } else {
        vec![lines.join("\n")]
    }
}

/// A line without its bullet, if it starts with one.
fn bullet(line: &str) -> Option<&str> {
    for b in ["- ", "• ", "* ", "– ", "· ", "▪ ", "◦ "] {
        if let Some(rest) = line.strip_prefix(b) {
            return Some(rest.trim());
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(rest.trim());
        }
    }
    None
}

/// Votes as facilitators write them: a number ("12", "12.0", "7 dots", "voturi: 4"), or tally
/// marks or dots counted ("||||", "●●●", "xxx").
pub fn votes(text: &str) -> Option<f64> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    if let Ok(n) = t.replace(',', ".").parse::<f64>() {
        return (n.is_finite() && n >= 0.0).then_some(n);
    }
    let marks = t.chars().filter(|c| !c.is_whitespace()).collect::<Vec<_>>();
    if !marks.is_empty()
        && marks
            .iter()
            .all(|c| matches!(c, '|' | '●' | '•' | '·' | 'x' | 'X' | '✓' | '✔' | '*' | '/'))
    {
        return Some(marks.len() as f64);
    }
    // The first number in the text.
    let start = t.find(|c: char| c.is_ascii_digit())?;
    let number: String = t[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    number.trim_end_matches('.').parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reordering_and_invisible_characters_go_and_lines_are_kept() {
        assert_eq!(
            clean("A\u{202E}txet\u{202C} hub\u{0007}  for\r\n\r\n  makers \u{2066}x\u{2069}"),
            "Atxet hub for\nmakers x"
        );
    }

    #[test]
    fn e_mails_and_phone_numbers_are_masked_dates_and_amounts_are_not() {
        assert_eq!(
            clean("Write to ana.pop@example.org, or call +40 721 123 456."),
            "Write to [e-mail], or call [phone]."
        );
        assert_eq!(
            clean("Bel (06-12345678) vóór 2021-03-18"),
            "Bel ([phone]) vóór 2021-03-18"
        );
        assert_eq!(clean("Tel. 0721.123.456"), "Tel. [phone]");
        assert_eq!(
            clean("A fund of 1 000 000 EUR from 18.03.2021, 2019-2021"),
            "A fund of 1 000 000 EUR from 18.03.2021, 2019-2021"
        );
        // A short number starting with 0 is not a phone number.
        assert_eq!(clean("0 to 10 points"), "0 to 10 points");
    }

    #[test]
    fn bullet_lines_are_ideas_of_their_own_other_lines_one_idea() {
        assert_eq!(
            split_ideas("- Coworking hub\n- Micro-grants\n"),
            vec!["Coworking hub", "Micro-grants"]
        );
        assert_eq!(split_ideas("1. One\n2) Two"), vec!["One", "Two"]);
        assert_eq!(
            split_ideas("A hub for makers\nin the old factory"),
            vec!["A hub for makers\nin the old factory"]
        );
        assert_eq!(split_ideas("2021 plan"), vec!["2021 plan"]);
        assert!(split_ideas(" \n ").is_empty());
    }

    #[test]
    fn votes_are_read_as_facilitators_write_them() {
        assert_eq!(votes("12"), Some(12.0));
        assert_eq!(votes("7 dots"), Some(7.0));
        assert_eq!(votes("voturi: 4"), Some(4.0));
        assert_eq!(votes("||||"), Some(4.0));
        assert_eq!(votes("● ● ●"), Some(3.0));
        assert_eq!(votes("2,5"), Some(2.5));
        assert_eq!(votes("none"), None);
        assert_eq!(votes(""), None);
    }
}
