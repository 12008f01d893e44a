//! Rating questions that no `[[question]]` names: a column of ratings under a header that
//! reads like a question ("Cum evaluați atelierul în ansamblu?") or states its scale ("(1-5)",
//! "1 = poor … 5 = excellent"). Each becomes an *unconfigured question*: its label is the
//! header, its id a slug of it, its scale the header's or else the one the values fit. Then
//! the questions of all files are merged by id, so that a question asked in two labs is one.

use crate::config::{Config, Question};
use crate::fold::fold;
use crate::read::Data;
use crate::vocabulary::{question_words, vocabulary};

use super::FileRecords;
use super::values::{column_values, rating};

/// A rating question found in a sheet, not in the config.
#[derive(Debug, Clone, PartialEq)]
pub struct NewQuestion {
    /// A slug of the header: lower case words joined by `_`.
    pub id: String,
    /// The header as written.
    pub label: String,
    pub scale: (f64, f64),
    /// Whether the header states the scale (else the values gave it).
    pub scale_stated: bool,
}

/// How many values of a column are looked at (as for the other content checks).
const SAMPLE: usize = 200;

/// The share of a column's values that must be ratings.
const RATINGS_SHARE: f64 = 0.8;

/// The column as an unconfigured rating question, with why, if its header reads like a
/// question or states a scale and its values are ratings.
pub fn unconfigured_question(
    header: &str,
    body: &[Vec<Data>],
    col: usize,
    config: &Config,
) -> Option<(NewQuestion, String)> {
    let stated = stated_scale(header);
    // A header that neither asks nor states a scale ("The content was relevant", a row of
    // Microsoft Forms' Likert question) needs answers in words: numbers under it may be
    // counts. Unless it is one of several statements side by side, each rated with small
    // whole numbers ("I enjoyed the session", "I learnt a lot": 4, 5, 3 …).
    let in_a_run = stated.is_none()
        && !reads_like_question(header)
        && header.split_whitespace().count() >= 3
        && small_whole_numbers(body, col)
        && (col
            .checked_sub(1)
            .is_some_and(|c| small_whole_numbers(body, c))
            || small_whole_numbers(body, col + 1));
    let words_only = stated.is_none() && !reads_like_question(header) && !in_a_run;
    if asks_for_a_count(header) {
        return None;
    }
    let mut values = 0usize;
    let mut fits = 0usize;
    let mut words = 0usize;
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for cell in column_values(body, col).take(SAMPLE) {
        values += 1;
        // Under a header that neither asks nor states a scale, the first answer tells: most
        // such columns (names, organisations, comments) are passed over at once.
        if words_only && values == 1 && !is_likert_word(cell, config) {
            return None;
        }
        // Whole numbers from 0 to 10 (or within the stated scale), or likert words.
        let Some(v) = rating(cell, config) else {
            continue;
        };
        let (min, max) = stated.unwrap_or((0.0, 10.0));
        if v.fract() == 0.0 && v >= min && v <= max {
            fits += 1;
            words += usize::from(is_likert_word(cell, config));
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    if values == 0 || (fits as f64) < RATINGS_SHARE * values as f64 {
        return None;
    }
    // A statement answered in words needs more than one answer: one comment that happens to
    // be a Likert word ("Puiku", great, under "Komentarai") is no question.
    if words_only && (words < fits || values < 2) {
        return None;
    }
    // One answer given by everyone, on no stated scale, is more likely a consent ("Agree")
    // or a constant than a rating.
    if stated.is_none() && values > 1 && lo == hi {
        return None;
    }
    let (scale, why_scale) = match stated {
        None if words_only => ((1.0, 5.0), "answers in words, scale 1–5".to_string()),
        Some(s) => (s, "scale stated in the header".to_string()),
        None => {
            let s = scale_of(lo, hi);
            (s, format!("scale {}–{} from the values seen", s.0, s.1))
        }
    };
    let share = fits as f64 / values as f64;
    let why = format!(
        "unconfigured question: {:.0}% of its values are ratings; {why_scale}",
        share * 100.0
    );
    let mut id = slug(header);
    if config.questions.iter().any(|q| q.id == id) || id == crate::config::UNKNOWN {
        id.push_str("_q");
    }
    Some((
        NewQuestion {
            id,
            label: header.trim().to_string(),
            scale,
            scale_stated: stated.is_some(),
        },
        why,
    ))
}

/// Whether a column holds whole numbers from 0 to 10, and more than one of them: as a
/// statement rated on a scale does.
fn small_whole_numbers(body: &[Vec<Data>], col: usize) -> bool {
    let (mut values, mut fits) = (0usize, 0usize);
    let mut seen: Option<f64> = None;
    let mut varied = false;
    for cell in column_values(body, col).take(SAMPLE) {
        values += 1;
        let n = match cell {
            Data::Int(i) => Some(*i as f64),
            Data::Float(f) => Some(*f),
            _ => super::values::cell_text(cell).and_then(|t| t.trim().parse::<f64>().ok()),
        };
        if let Some(n) = n.filter(|n| n.fract() == 0.0 && (0.0..=10.0).contains(n)) {
            fits += 1;
            varied |= seen.is_some_and(|s| s != n);
            seen = Some(n);
        }
    }
    values >= 2 && varied && fits as f64 >= RATINGS_SHARE * values as f64
}

/// Whether a cell is an answer in words that `[likert]` knows ("Strongly agree").
fn is_likert_word(cell: &Data, config: &Config) -> bool {
    match cell {
        Data::String(_) | Data::SharedString(_) => super::values::cell_text(cell)
            .is_some_and(|t| t.parse::<f64>().is_err() && config.likert.contains_key(&fold(&t))),
        _ => false,
    }
}

/// The usual scale that holds every value seen from `lo` to `hi`: 1–5, 1–7 or 1–10, or 0–10
/// when a 0 was given.
fn scale_of(lo: f64, hi: f64) -> (f64, f64) {
    if lo < 1.0 {
        (0.0, 10.0)
    } else if hi <= 5.0 {
        (1.0, 5.0)
    } else if hi <= 7.0 {
        (1.0, 7.0)
    } else {
        (1.0, 10.0)
    }
}

/// The scale a header states: "(1-5)", "(0–10)", "1 = poor … 5 = excellent", "from 1 to 5",
/// "pe o scară de la 1 la 5", "van 1 tot 10", "da 1 a 5", "od 1 do 5", "nuo 1 iki 10".
pub fn stated_scale(header: &str) -> Option<(f64, f64)> {
    // Every whole number in the header, with where it is.
    let mut numbers: Vec<(u32, usize, usize)> = Vec::new();
    let bytes = header.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            // A number inside a word or a decimal ("2019", "v1.5") is no scale end.
            let glued = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphabetic() || *b == b'.');
            if i - start <= 2
                && !glued(start.checked_sub(1).and_then(|s| bytes.get(s)))
                && !(glued(bytes.get(i)) && bytes.get(i) != Some(&b'.'))
                && let Ok(n) = header[start..i].parse()
            {
                numbers.push((n, start, i));
            }
        } else {
            i += 1;
        }
    }
    // "1 = poor", "0 – not at all", "5: excellent": a number and the word it stands for.
    let followed_by_equals = |end: usize| {
        let rest = header[end..].trim_start();
        rest.strip_prefix(['=', ':', '-', '–', '—'])
            .is_some_and(|label| label.trim_start().starts_with(char::is_alphabetic))
    };
    for pair in numbers.windows(2) {
        let (a, _, a_end) = pair[0];
        let (b, b_start, b_end) = pair[1];
        if a > 1 || !matches!(b, 3..=7 | 10) {
            continue;
        }
        let between = &header[a_end..b_start];
        let joined = between.chars().all(|c| !c.is_alphanumeric())
            && between.chars().any(|c| "-–—/…".contains(c) || c == '.')
            || vocabulary().joins_a_scale(&fold(between));
        // "1 = poor … 5 = excellent", "1=niet 10=zeer"
        let labelled = followed_by_equals(a_end) && followed_by_equals(b_end);
        if joined || labelled {
            return Some((a as f64, b as f64));
        }
    }
    None
}

/// Whether a header's stated scale runs from best to worst, as school grades do in central
/// Europe ("1 = výborná, 5 = nedostatočná"; "1 = sehr gut … 6 = ungenügend"): the word after
/// its lowest number is a better answer than the word after its highest, as the vocabulary's
/// Likert words rate them. Its ratings are then read the other way round.
pub fn reversed_scale(header: &str, config: &Config) -> bool {
    let Some((lo, hi)) = stated_scale(header) else {
        return false;
    };
    // The words after "lo =" and after "hi =", up to the next number or bracket.
    let label_after = |n: f64| -> Option<f64> {
        let n = format!("{n}");
        let mut from = 0;
        while let Some(at) = header[from..].find(&n).map(|a| a + from) {
            let end = at + n.len();
            let glued = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
            from = end;
            if glued(header.as_bytes().get(end))
                || glued(at.checked_sub(1).and_then(|p| header.as_bytes().get(p)))
            {
                continue;
            }
            let rest = header[end..].trim_start();
            let Some(label) = rest.strip_prefix(['=', ':', '-', '–', '—']) else {
                continue;
            };
            let label: String = label
                .trim_start()
                .chars()
                .take_while(|c| !c.is_ascii_digit() && !",;)]/".contains(*c))
                .collect();
            let label = fold(label.trim().trim_end_matches(['.', '…']));
            return match vocabulary().scale_end(&label) {
                Some(best) => Some(if best {
                    f64::INFINITY
                } else {
                    f64::NEG_INFINITY
                }),
                None => config.likert.get(&label).copied(),
            };
        }
        None
    };
    matches!((label_after(lo), label_after(hi)), (Some(a), Some(b)) if a > b)
}

/// Whether a header reads like a question: it asks one ("?"), or it is a row of a grid
/// question as Google Forms and Microsoft Forms export them ("Rate the lab [Organisation]").
pub fn reads_like_question(header: &str) -> bool {
    let t = header.trim();
    // Byte and string searches, not `contains(char)` (see `meetings::minutes_of`).
    t.bytes().any(|b| b == b'?') || t.contains("¿") || (t.ends_with(']') && t.contains(" ["))
}

/// Whether a question asks for a count or an age, whose numbers are no ratings: the
/// vocabulary's `[counts]`.
pub(super) fn asks_for_a_count(header: &str) -> bool {
    vocabulary().asks_for_a_count(&question_words(header))
}

/// The id of a question made from its header: its words, folded, without numbers, joined by
/// `_`, at most about 48 characters ("Cum evaluați atelierul în ansamblu? (1-5)" →
/// `cum_evaluati_atelierul_in_ansamblu`).
pub fn slug(header: &str) -> String {
    // A row of a grid question ("Give your confidence in the following [I can make a plot]"):
    // the question's first words and the row's, so that each row is a question of its own.
    let t = header.trim();
    if let Some(open) = t.rfind(" [").filter(|_| t.ends_with(']')) {
        let row = slug_of(&t[open + 2..t.len() - 1], 27);
        let question = slug_of(&t[..open], 20);
        return match (question.is_empty(), row.is_empty()) {
            (_, true) => slug_of(t, 48),
            (true, false) => row,
            (false, false) => format!("{question}_{row}"),
        };
    }
    let id = slug_of(t, 48);
    if id.is_empty() { "question".into() } else { id }
}

/// The header's words, folded, without numbers, joined by `_`, at most about `max`
/// characters.
fn slug_of(header: &str, max: usize) -> String {
    let max = max.max(8);
    let mut id = String::new();
    for w in question_words(header) {
        if w.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        if !id.is_empty() && id.len() + 1 + w.len() > max {
            break;
        }
        if !id.is_empty() {
            id.push('_');
        }
        id.push_str(&w[..w.len().min(max)]);
    }
    id
}

/// The question `q` of a file's unconfigured ones, as its ratings are coded: after the
/// configured questions.
pub fn file_code(out: &mut FileRecords, config: &Config, q: &NewQuestion) -> u32 {
    let at = match out.unconfigured.iter().position(|u| u.id == q.id) {
        Some(at) => at,
        None => {
            out.unconfigured.push(q.clone());
            out.unconfigured.len() - 1
        }
    };
    (config.questions.len() + at) as u32
}

/// Merges the unconfigured questions of all files by id (their scales joined), recodes each
/// file's ratings to the merged list, and returns the questions to add after the configured
/// ones, in the order they were first met.
pub fn merge_unconfigured(configured: usize, files: &mut [Vec<FileRecords>]) -> Vec<Question> {
    let mut merged: Vec<Question> = Vec::new();
    for f in files.iter_mut().flatten() {
        if f.unconfigured.is_empty() {
            continue;
        }
        let codes: Vec<u32> = f
            .unconfigured
            .iter()
            .map(|u| {
                let at = match merged.iter().position(|q| q.id == u.id) {
                    Some(at) => {
                        let s = &mut merged[at].scale;
                        *s = (s.0.min(u.scale.0), s.1.max(u.scale.1));
                        at
                    }
                    None => {
                        merged.push(Question {
                            id: u.id.clone(),
                            label: u.label.clone(),
                            labels: Default::default(),
                            aliases: Vec::new(),
                            scale: u.scale,
                            unconfigured: true,
                        });
                        merged.len() - 1
                    }
                };
                (configured + at) as u32
            })
            .collect();
        for r in &mut f.ratings {
            if let Some(local) = (r.question as usize).checked_sub(configured) {
                r.question = codes[local];
            }
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_state_their_scale_in_the_partners_languages() {
        for (header, scale) in [
            (
                "Cum evaluați atelierul în ansamblu? (1-5)",
                Some((1.0, 5.0)),
            ),
            (
                "How likely are you to recommend us? (0–10)",
                Some((0.0, 10.0)),
            ),
            ("Rate the venue, 1 = poor … 5 = excellent", Some((1.0, 5.0))),
            ("Geef een cijfer van 1 tot 10", Some((1.0, 10.0))),
            (
                "Pe o scară de la 1 la 7, cât de util a fost?",
                Some((1.0, 7.0)),
            ),
            ("Valuti da 1 a 5 l'organizzazione", Some((1.0, 5.0))),
            ("Ocijenite od 1 do 5", Some((1.0, 5.0))),
            ("Įvertinkite nuo 1 iki 10", Some((1.0, 10.0))),
            ("Rate it 1-5", Some((1.0, 5.0))),
            // The other languages' joiners ([scales] between).
            ("Bewerten Sie von 1 bis 5", Some((1.0, 5.0))),
            ("Oceń w skali od 1 do 10", Some((1.0, 10.0))),
            ("Betygsätt från 1 till 5", Some((1.0, 5.0))),
            ("Értékelje 1-től 5-ig", Some((1.0, 5.0))),
            ("Αξιολογήστε από 1 έως 5", Some((1.0, 5.0))),
            ("Valore de 1 até 5", Some((1.0, 5.0))),
            ("Hinnake 1 kuni 5", Some((1.0, 5.0))),
            // Ends named with a dash or a colon.
            (
                "Cât de probabil? (0 – deloc, 10 – sigur)",
                Some((0.0, 10.0)),
            ),
            ("Note (1: schwach, 5: stark)", Some((1.0, 5.0))),
            // Dates, years and counts are no scales.
            ("Workshop of 2019-10-15", None),
            ("Session 1 of 3 (2 hours)", None),
            ("Q1.5 How was it?", None),
            ("Comments", None),
        ] {
            assert_eq!(stated_scale(header), scale, "{header}");
        }
    }

    #[test]
    fn a_scale_stated_from_best_to_worst_is_reversed() {
        let config = Config::builtin();
        for (header, reversed) in [
            // School grades: 1 is the best.
            (
                "Organizácia podujatia (známkujte ako v škole: 1 = výborná, 5 = nedostatočná)",
                true,
            ),
            (
                "Wie bewerten Sie den Workshop? (1 = sehr gut, 6 = ungenügend)",
                true,
            ),
            ("Ocena (1 - celująca, 6 - niedostateczna)", true),
            // The usual way round, and scales without words.
            ("How was it? (1 = very poor, 5 = excellent)", false),
            ("Cum a fost? (1 = foarte slab, 5 = excelent)", false),
            ("Rate it 1-5", false),
            ("Overall", false),
        ] {
            assert_eq!(reversed_scale(header, &config), reversed, "{header}");
        }
    }

    #[test]
    fn a_grids_rows_are_questions_of_their_own() {
        // Google Forms' grid: "Question [row]", a column a row.
        assert_eq!(
            slug("Give your confidence in the following [I can make a plot]"),
            "give_your_confidence_i_can_make_a_plot"
        );
        assert_eq!(
            slug("Give your confidence in the following [I can read a CSV file]"),
            "give_your_confidence_i_can_read_a_csv_file"
        );
        assert_eq!(
            slug("Rate the lab [Organisation]"),
            "rate_the_lab_organisation"
        );
    }

    #[test]
    fn slugs_are_the_headers_words() {
        assert_eq!(
            slug("Cum evaluați atelierul în ansamblu? (1-5)"),
            "cum_evaluati_atelierul_in_ansamblu"
        );
        assert_eq!(
            slug("Rate the lab [Organisation]"),
            "rate_the_lab_organisation"
        );
        assert_eq!(slug("Koliko ste zadovoljni?"), "koliko_ste_zadovoljni");
        assert_eq!(slug("?"), "question");
        let long = slug(
            "In welke mate bent u het eens met de volgende stelling over het lab van vandaag?",
        );
        assert!(long.len() <= 48, "{long}");
        assert!(long.starts_with("in_welke_mate_bent_u"), "{long}");
    }

    #[test]
    fn count_questions_are_not_ratings() {
        assert!(asks_for_a_count(
            "How many employees does your company have?"
        ));
        assert!(asks_for_a_count("Câți angajați are organizația?"));
        assert!(asks_for_a_count("Hoeveel medewerkers?"));
        assert!(!asks_for_a_count("Cum evaluați atelierul? (1-5)"));
        // The other languages' words and phrases ([counts]).
        for header in [
            "Wie viele Mitarbeitende hat Ihre Organisation?",
            "Combien de salariés ?",
            "¿Cuántos empleados tiene?",
            "Ile osób zatrudnia organizacja?",
            "Hur många anställda har ni?",
            "Πόσοι εργαζόμενοι;",
            "Колко души работят при вас?",
            "Hány munkatárs?",
            "Kuinka monta työntekijää?",
        ] {
            assert!(asks_for_a_count(header), "{header}");
        }
        // "How much" that asks how well is a rating.
        for header in [
            "Koliko ste zadovoljni radionicom?",
            "Na ile jesteś zadowolony z warsztatu?",
            "Cik apmierināts esat ar semināru?",
            "Πόσο ικανοποιημένος είστε;",
        ] {
            assert!(!asks_for_a_count(header), "{header}");
        }
    }

    fn column(header: &str, values: &[&str]) -> Option<(NewQuestion, String)> {
        let config = Config::builtin();
        let body: Vec<Vec<Data>> = values
            .iter()
            .map(|v| vec![Data::String(v.to_string())])
            .collect();
        unconfigured_question(header, &body, 0, &config)
    }

    #[test]
    fn a_question_with_ratings_is_an_unconfigured_question() {
        let (q, why) = column(
            "Cum evaluați atelierul în ansamblu? (1-5)",
            &["4", "5", "3", "5"],
        )
        .unwrap();
        assert_eq!(q.id, "cum_evaluati_atelierul_in_ansamblu");
        assert_eq!(q.label, "Cum evaluați atelierul în ansamblu? (1-5)");
        assert_eq!(q.scale, (1.0, 5.0));
        assert!(q.scale_stated);
        assert_eq!(
            why,
            "unconfigured question: 100% of its values are ratings; scale stated in the header"
        );
        // No scale in the header: the values give it.
        let (q, _) = column("Koliko ste zadovoljni radionicom?", &["4", "2", "7"]).unwrap();
        assert_eq!(q.scale, (1.0, 7.0));
        let (q, _) = column("Zou u het lab aanraden?", &["0", "9", "10"]).unwrap();
        assert_eq!(q.scale, (0.0, 10.0));
        // Likert words in the partners' languages.
        let (q, _) = column(
            "Cât de mulțumit ați fost de sală?",
            &["Foarte mulțumit", "Mulțumit", "Neutru"],
        )
        .unwrap();
        assert_eq!(q.scale, (1.0, 5.0));
        // A statement rated in words, as Microsoft Forms exports a Likert question's rows.
        let (q, why) = column(
            "The content was relevant to my work",
            &["Strongly agree", "Agree", "Neutral", "Agree"],
        )
        .unwrap();
        assert_eq!(q.id, "the_content_was_relevant_to_my_work");
        assert_eq!(q.scale, (1.0, 5.0));
        assert!(why.ends_with("answers in words, scale 1–5"), "{why}");
        // Not a question, not ratings, or a count: none.
        assert!(column("Comments", &["4", "5"]).is_none());
        // A comments column whose one comment is a Likert word (Lithuanian "great").
        assert!(column("Komentarai", &["Puiku"]).is_none());
        // Two answers in words under a statement are a rating row.
        assert!(column("Renginio organizavimas", &["Puiku", "", "Labai prastai"]).is_some());
        assert!(column("Participants", &["4", "5", "Agree"]).is_none());
        assert!(column("What did you like?", &["the food", "4", "people"]).is_none());
        assert!(column("How many colleagues came with you?", &["1", "2", "3"]).is_none());
        assert!(column("Year of founding?", &["1999", "2005"]).is_none());
        assert!(column("Score (1-5)", &["4", "9"]).is_none());
        // Everyone's one answer, on no stated scale: a consent, not a rating.
        assert!(
            column(
                "Do you agree to be photographed?",
                &["Agree", "Agree", "Agree"]
            )
            .is_none()
        );
        assert!(column("Rate it (1-5)", &["4", "4"]).is_some());
    }
}
