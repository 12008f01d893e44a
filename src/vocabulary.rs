//! The vocabulary: the words labreport recognises in headers, one data file a language
//! (`vocabulary/<lang>.toml`, compiled in), indexed to match a header by the words it holds
//! rather than by its whole text. `vocabulary/README.md` says how a file is written.

use std::sync::OnceLock;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use serde::Deserialize;

use crate::fold::{fold, organisation_words};

// `LANGUAGES`: every `vocabulary/<code>.toml` (ISO 639-1 codes), by code, with its text. The
// 24 official languages of the EU and Norwegian; a new language is one new file there.
include!(concat!(env!("OUT_DIR"), "/vocabulary_files.rs"));

/// The fields a header may name, as the files' `[fields]` keys (the names of
/// `recognise::columns::Field`). The first nine are those a `[columns]` table may name too
/// (`config::COLUMN_FIELDS`).
pub const FIELDS: [&str; 13] = [
    "first_name",
    "last_name",
    "full_name",
    "email",
    "organisation",
    "stakeholder_type",
    "sector",
    "attended",
    "check_in",
    "signature",
    "phone",
    "number",
    "timestamp",
];

/// The built-in feedback questions, as the files' `[questions]` keys (their ids in the
/// built-in `[[question]]` table). `overall` first: every other one is an aspect, and wins
/// over it where a header holds the words of both.
pub const QUESTIONS: [&str; 4] = ["overall", "usefulness", "organisation", "recommend"];

/// The columns of a meeting tool's attendance report a header may name beyond a person's name
/// and e-mail, as the files' `[meetings]` keys.
pub const MEETING_COLUMNS: [&str; 5] = ["join", "leave", "duration", "role", "action"];

/// The kinds of column an outcome sheet's header may name, as the files' `[outcomes]` keys
/// (`outcomes::sheets::Col`), in the order they are tried: of the kinds a header's words
/// name, the first here wins ("Table host" is a person before its "table" makes it a table;
/// a word two kinds are given, in one language or two, is the first's).
pub const OUTCOME_COLUMNS: [&str; 13] = [
    "person",
    "owner",
    "deadline",
    "next_step",
    "votes",
    "priority",
    "round",
    "types",
    "table",
    "title",
    "idea",
    "topic",
    "time",
];

/// The most words an `[outcomes]` entry may have: a header is matched by runs of up to four
/// of its words.
const OUTCOME_WORDS: usize = 4;

/// What a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Meaning {
    /// Index into `FIELDS`.
    Field(u8),
    /// Index into `QUESTIONS`.
    Question(u8),
    /// Index into `MEETING_COLUMNS`.
    Meeting(u8),
}

impl Meaning {
    pub fn key(self) -> &'static str {
        match self {
            Meaning::Field(i) => FIELDS[i as usize],
            Meaning::Question(i) => QUESTIONS[i as usize],
            Meaning::Meeting(i) => MEETING_COLUMNS[i as usize],
        }
    }
}

/// One entry of a list: every word of it must be in the header.
#[derive(Debug, PartialEq)]
pub struct Phrase {
    pub meaning: Meaning,
    /// The codes of the languages whose files hold it, in the order read (by code).
    pub languages: Vec<&'static str>,
    /// As written in the file.
    pub text: String,
    /// How many words it needs (function words left out).
    pub words: u8,
}

impl Phrase {
    /// Its languages, for `check`: "ro", "it, pt", or "in 12 languages".
    pub fn languages(&self) -> String {
        match self.languages.len() {
            1..=3 => self.languages.join(", "),
            n => format!("in {n} languages"),
        }
    }
}

/// A phrase found in a header.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Found<'a> {
    pub phrase: &'a Phrase,
    /// The header's words (function words left out), of which the phrase took `phrase.words`.
    pub of: u8,
    /// The header is the phrase as written (folded), function words and all.
    pub exact: bool,
    /// The place among the header's words of the first one the phrase took: of two
    /// questions' words in one header, the one said first is what it asks ("How useful was
    /// the workshop for your organisation?").
    pub first: u8,
}

impl Found<'_> {
    /// How strong the match is: the header as written first, then by the words it took.
    pub fn rank(&self) -> (bool, u8) {
        (self.exact, self.phrase.words)
    }

    /// Whether `self` is a stronger match of its meaning than `other`; of two as strong, the
    /// same one every run (a hash map's order is not).
    fn outranks(&self, other: &Found<'_>) -> bool {
        (self.rank(), std::cmp::Reverse(&self.phrase.text))
            > (other.rank(), std::cmp::Reverse(&other.phrase.text))
    }

    /// Whether the phrase is the whole header: every word of it is the phrase's.
    pub fn whole(&self) -> bool {
        self.exact || self.phrase.words == self.of
    }
}

/// Every language's phrases, indexed by their words.
pub struct Vocabulary {
    phrases: Vec<Phrase>,
    /// Folded word → (phrase, the word's place in it).
    words: HashMap<String, Vec<(u32, u8)>>,
    /// Folded stem (a word written with `*`) → (phrase, place).
    stems: HashMap<String, Vec<(u32, u8)>>,
    stem_lengths: (usize, usize),
    /// A phrase's whole text, folded (without its stars) → the phrases: a header that is a
    /// phrase as written is it, even when its words are function words ("No." of a running
    /// number, "no" in Portuguese).
    exact: HashMap<String, Vec<u32>>,
    ignore: HashSet<String>,
    /// (meaning, the phrase's words as written, folded) → the phrase: one phrase for the
    /// languages that share it ("e-mail").
    seen: HashMap<(Meaning, String), u32>,
    /// Folded yes and no answers of every language.
    yes: HashSet<String>,
    no: HashSet<String>,
    /// Folded words that, in a file's or sheet's name, say it is a sign-in list.
    sign_in_names: Vec<String>,
    /// Folded words that, in a file's or sheet's name, say it lists who registered.
    registered_names: Vec<String>,
    /// Folded roles and name markers of a meeting's organiser or host, in every language.
    staff: HashSet<String>,
    /// Folded unit of a duration → its minutes, the units no two languages read differently.
    units: HashMap<String, f64>,
    /// Every language's `[outcomes]` columns: a folded word or words run together ("nextstep")
    /// → the first kind (index into `OUTCOME_COLUMNS`) that any language gives it.
    outcome_words: HashMap<String, u8>,
    /// The folded words of the `idea` kind, whatever kind comes first for them.
    idea_words: HashSet<String>,
    /// `[outcomes] comment`: a form's question that holds one asks for remarks on the lab.
    comment_words: HashSet<String>,
    /// `[outcomes] question`, folded: a whole header that names a Slido export's questions.
    outcome_questions: HashSet<String>,
    /// `[counts] words`, folded: a question that holds one asks for a count or an age.
    count_words: HashSet<String>,
    /// `[counts] phrases`: their folded words, which a question holds one after another.
    count_phrases: Vec<Vec<String>>,
    /// `[scales] between`, folded: what joins a scale's ends ("from 1 to 5").
    scale_joiners: HashSet<String>,
    /// `[scales] best` and `worst`, folded (a `*` ends a stem).
    scale_best: Vec<String>,
    scale_worst: Vec<String>,
    /// `[organisations] legal_forms` of one word, as `fold::organisation_words` cuts them
    /// ("S.r.l." is "srl")…
    name_legal_forms: HashSet<String>,
    /// … and of several ("Sp. z o.o." is "sp", "zoo"), the longest first.
    name_legal_form_runs: Vec<Vec<String>>,
    /// `[organisations] none`, each answer's words run together ("n/a" is "na").
    no_organisation: HashSet<String>,
    /// `[names] titles`, folded ("dott.ssa" is "dottssa"): words before or after a person's
    /// name that are no part of it.
    name_titles: HashSet<String>,
    /// Every language's `[months]`: a folded name or start ("sept", "rujna") → its month, the
    /// ones no two languages give two months.
    month_starts: HashMap<String, u8>,
    /// The longest of them, in bytes.
    month_start_longest: usize,
    /// Every language's `[likert]`: folded answer → rating, the answers no two languages
    /// rate differently.
    pub likert: Vec<(String, f64)>,
    /// Every language's `[stakeholder_types]` and `[sectors]`: (id, keyword as written), the
    /// keywords no two languages give to different ids, by folded keyword.
    pub stakeholder_type_keywords: Vec<(String, String)>,
    pub sector_keywords: Vec<(String, String)>,
    /// Every language's `[legal_forms]`, likewise: keywords of a stakeholder type that give
    /// way to another type's in the same label.
    pub legal_forms: Vec<(String, String)>,
}

/// The shortest stem a `*` may end: shorter ones begin too many unrelated words.
const MIN_STEM: usize = 4;

/// The longest title (`[names] titles`), folded, in bytes: "dottoressa", "professore".
const LONGEST_TITLE: usize = 12;

/// The shortest name or start of a month: "mai", "jun", "sep".
const MONTH_START: usize = 3;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    language: String,
    name: String,
    words: RawWords,
    fields: HashMap<String, Vec<String>>,
    questions: HashMap<String, Vec<String>>,
    yes_no: RawYesNo,
    /// Words of a file's or sheet's name that say it lists who came.
    sign_in: Option<RawSignIn>,
    /// Answer → its place on a scale of five.
    likert: Option<std::collections::BTreeMap<String, toml::Value>>,
    /// Category id → keywords of a label.
    stakeholder_types: Option<HashMap<String, Vec<String>>>,
    sectors: Option<HashMap<String, Vec<String>>>,
    /// Stakeholder type id → legal forms ("Stowarzyszenie", "GmbH"): keywords that give way
    /// to another type's keyword in the same label ("Stowarzyszenie Młodzieży" is youth).
    legal_forms: Option<HashMap<String, Vec<String>>>,
    /// Meeting tools' attendance reports: their columns' headers, staff roles, duration units.
    meetings: Option<RawMeetings>,
    /// Outcome sheets' columns: kind (an `OUTCOME_COLUMNS` key, or `question`) → words.
    outcomes: Option<HashMap<String, Vec<String>>>,
    /// The words of a question that asks for a count or an age.
    counts: Option<RawCounts>,
    /// The words that join a scale's ends.
    scales: Option<RawScales>,
    /// Companies' legal forms at either end of a name, and answers that mean no organisation.
    organisations: Option<RawOrganisations>,
    /// Month ("1" to "12") → its names and their starts, as dates write them.
    months: Option<std::collections::BTreeMap<String, Vec<String>>>,
    /// Titles written with a person's name.
    names: Option<RawNames>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNames {
    titles: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganisations {
    legal_forms: Vec<String>,
    none: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawCounts {
    words: Vec<String>,
    phrases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScales {
    between: Vec<String>,
    /// The first words of the best and the worst answers of a graded scale ("výborn*",
    /// "nedostatočn*"): a scale stated from best to worst is read the other way round.
    #[serde(default)]
    best: Vec<String>,
    #[serde(default)]
    worst: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawMeetings {
    join: Vec<String>,
    leave: Vec<String>,
    duration: Vec<String>,
    role: Vec<String>,
    action: Vec<String>,
    staff: Vec<String>,
    hours: Vec<String>,
    minutes: Vec<String>,
    seconds: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWords {
    ignore: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSignIn {
    names: Vec<String>,
    /// Words of a name that say it lists who registered, which a sign-in word beside them
    /// does not make a sign-in list ("Dalyvių registracija": participants' registration).
    #[serde(default)]
    registered: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawYesNo {
    yes: Vec<String>,
    no: Vec<String>,
}

/// The built-in vocabulary, read once.
pub fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        Vocabulary::parse(LANGUAGES).unwrap_or_else(|e| panic!("the built-in vocabulary: {e}"))
    })
}

/// A header's words, folded: cut at spaces and punctuation (a hyphen joins: "E-mail" is
/// "email"), each folded like a label ("Ονοματεπώνυμο" is "onomateponymo"). `#` stays a word.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '#'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.contains('#') && w.chars().any(char::is_alphanumeric) {
                fold(&w.replace('#', ""))
            } else {
                fold(w)
            }
        })
        .filter(|w| !w.is_empty() && w != "-")
}

/// A question's words, folded: cut at every character that is no letter or digit (a hyphen
/// too: "kemm-il" is two words), words of other signs left out.
pub fn question_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .filter(|w| w.chars().all(|c| c.is_ascii_alphanumeric()))
        .collect()
}

/// A header or phrase as one key: its words run together ("Nume și prenume" =
/// "numesiprenume", "Attendee #" = "attendee#"), function words kept.
fn exact_key(text: &str) -> String {
    words(text).collect()
}

impl Vocabulary {
    /// Reads and indexes the files; an error names the file and what is wrong in it.
    pub fn parse(files: &[(&'static str, &str)]) -> Result<Vocabulary, String> {
        let mut raw = Vec::new();
        for (code, text) in files {
            let file: RawFile =
                toml::from_str(text).map_err(|e| format!("vocabulary/{code}.toml: {e}"))?;
            if file.language != *code || file.name.trim().is_empty() {
                return Err(format!(
                    "vocabulary/{code}.toml: its language is \"{}\"; expected \"{code}\" and a name",
                    file.language
                ));
            }
            raw.push((*code, file));
        }
        let mut ignore = HashSet::new();
        for (_, file) in &raw {
            ignore.extend(file.words.ignore.iter().map(|w| fold(w)));
        }
        let mut v = Vocabulary {
            phrases: Vec::new(),
            words: HashMap::new(),
            stems: HashMap::new(),
            stem_lengths: (usize::MAX, 0),
            exact: HashMap::new(),
            ignore,
            seen: HashMap::new(),
            yes: HashSet::new(),
            no: HashSet::new(),
            sign_in_names: Vec::new(),
            registered_names: Vec::new(),
            staff: HashSet::new(),
            units: HashMap::new(),
            outcome_words: HashMap::new(),
            idea_words: HashSet::new(),
            comment_words: HashSet::new(),
            outcome_questions: HashSet::new(),
            count_words: HashSet::new(),
            count_phrases: Vec::new(),
            scale_joiners: HashSet::new(),
            scale_best: Vec::new(),
            scale_worst: Vec::new(),
            name_legal_forms: HashSet::new(),
            name_legal_form_runs: Vec::new(),
            no_organisation: HashSet::new(),
            name_titles: HashSet::new(),
            month_starts: HashMap::new(),
            month_start_longest: 0,
            likert: Vec::new(),
            stakeholder_type_keywords: Vec::new(),
            sector_keywords: Vec::new(),
            legal_forms: Vec::new(),
        };
        let mut likert = Unambiguous::default();
        let (mut types, mut sectors) = (Unambiguous::default(), Unambiguous::default());
        let mut forms = Unambiguous::default();
        let mut units = Unambiguous::default();
        let mut months = Unambiguous::default();
        for (code, file) in &raw {
            for (table, keys, list) in [
                ("fields", &FIELDS[..], &file.fields),
                ("questions", &QUESTIONS[..], &file.questions),
            ] {
                for (key, phrases) in list {
                    let Some(i) = keys.iter().position(|k| k == key) else {
                        return Err(format!(
                            "vocabulary/{code}.toml: [{table}] {key} is none of {}",
                            keys.join(", ")
                        ));
                    };
                    let meaning = if table == "fields" {
                        Meaning::Field(i as u8)
                    } else {
                        Meaning::Question(i as u8)
                    };
                    for text in phrases {
                        v.add(meaning, code, text)?;
                    }
                }
            }
            if let Some(m) = &file.meetings {
                for (i, phrases) in [&m.join, &m.leave, &m.duration, &m.role, &m.action]
                    .into_iter()
                    .enumerate()
                {
                    for text in phrases {
                        v.add(Meaning::Meeting(i as u8), code, text)?;
                    }
                }
                v.staff.extend(m.staff.iter().map(|w| fold(w)));
                for (list, minutes) in [
                    (&m.hours, 60.0f64),
                    (&m.minutes, 1.0),
                    (&m.seconds, 1.0 / 60.0),
                ] {
                    for unit in list {
                        units.add(fold(unit), minutes.to_bits(), "", unit);
                    }
                }
            }
            for (key, list) in file.outcomes.iter().flatten() {
                v.add_outcome_words(code, key, list)?;
            }
            if let Some(counts) = &file.counts {
                for word in &counts.words {
                    match question_words(word).as_slice() {
                        [w] => {
                            v.count_words.insert(w.clone());
                        }
                        _ => {
                            return Err(format!(
                                "vocabulary/{code}.toml: [counts] words: \"{word}\" is not one word (a phrase's place is phrases)"
                            ));
                        }
                    }
                }
                for phrase in &counts.phrases {
                    let words = question_words(phrase);
                    if words.len() < 2 {
                        return Err(format!(
                            "vocabulary/{code}.toml: [counts] phrases: \"{phrase}\" is not two words or more (a word's place is words)"
                        ));
                    }
                    if !v.count_phrases.contains(&words) {
                        v.count_phrases.push(words);
                    }
                }
            }
            if let Some(o) = &file.organisations {
                for form in &o.legal_forms {
                    let words = organisation_words(form);
                    match words.len() {
                        0 => {
                            return Err(format!(
                                "vocabulary/{code}.toml: [organisations] legal_forms: \"{form}\" has no letters"
                            ));
                        }
                        1 => {
                            v.name_legal_forms.extend(words);
                        }
                        _ if !v.name_legal_form_runs.contains(&words) => {
                            v.name_legal_form_runs.push(words);
                        }
                        _ => {}
                    }
                }
                v.no_organisation
                    .extend(o.none.iter().map(|n| organisation_words(n).concat()));
            }
            for (key, names) in file.months.iter().flatten() {
                let Some(month) = key.parse::<u8>().ok().filter(|m| (1..=12).contains(m)) else {
                    return Err(format!(
                        "vocabulary/{code}.toml: [months] {key} is no month (1 to 12)"
                    ));
                };
                for name in names {
                    let start = fold(name);
                    if start.len() < MONTH_START || !start.bytes().all(|b| b.is_ascii_lowercase()) {
                        return Err(format!(
                            "vocabulary/{code}.toml: [months] {key}: \"{name}\" is not {MONTH_START} letters or more"
                        ));
                    }
                    months.add(start, u64::from(month), "", name);
                }
            }
            for title in file.names.iter().flat_map(|n| &n.titles) {
                let folded = fold(title);
                if folded.is_empty()
                    || folded.len() > LONGEST_TITLE
                    || !folded.bytes().all(|b| b.is_ascii_alphanumeric())
                    || title.contains(char::is_whitespace)
                {
                    return Err(format!(
                        "vocabulary/{code}.toml: [names] titles: \"{title}\" is not one word of letters, {LONGEST_TITLE} at most (write \"dr. med.\" as \"dr\", \"med\")"
                    ));
                }
                v.name_titles.insert(folded);
            }
            if let Some(scales) = &file.scales {
                v.scale_joiners
                    .extend(scales.between.iter().map(|w| fold(w)));
                let stem = |w: &String| match w.strip_suffix('*') {
                    Some(stem) => format!("{}*", fold(stem)),
                    None => fold(w),
                };
                v.scale_best.extend(scales.best.iter().map(stem));
                v.scale_worst.extend(scales.worst.iter().map(stem));
            }
            v.yes.extend(file.yes_no.yes.iter().map(|w| fold(w)));
            v.no.extend(file.yes_no.no.iter().map(|w| fold(w)));
            if let Some(sign_in) = &file.sign_in {
                v.sign_in_names
                    .extend(sign_in.names.iter().map(|w| fold(w)));
                v.registered_names
                    .extend(sign_in.registered.iter().map(|w| fold(w)));
            }
            for (answer, value) in file.likert.iter().flatten() {
                let rating = match value {
                    toml::Value::Integer(i) => *i as f64,
                    toml::Value::Float(f) => *f,
                    _ => {
                        return Err(format!(
                            "vocabulary/{code}.toml: [likert] \"{answer}\" is not a number"
                        ));
                    }
                };
                likert.add(fold(answer), rating.to_bits(), "", answer);
            }
            for (table, into) in [
                (&file.stakeholder_types, &mut types),
                (&file.sectors, &mut sectors),
                (&file.legal_forms, &mut forms),
            ] {
                for (id, keywords) in table.iter().flatten() {
                    for k in keywords {
                        into.add(fold(k), 0, id, k);
                    }
                }
            }
        }
        v.likert = likert
            .meanings()
            .map(|(answer, (bits, _))| (answer, f64::from_bits(bits)))
            .collect();
        v.units = units
            .meanings()
            .map(|(unit, (bits, _))| (unit, f64::from_bits(bits)))
            .collect();
        // The longest first: "spol. s r.o." before a form that is its last word.
        v.name_legal_form_runs
            .sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        v.month_starts = months
            .meanings()
            .map(|(start, (month, _))| (start, month as u8))
            .collect();
        v.month_start_longest = v.month_starts.keys().map(String::len).max().unwrap_or(0);
        v.stakeholder_type_keywords = types.keywords();
        v.sector_keywords = sectors.keywords();
        v.legal_forms = forms.keywords();
        Ok(v)
    }

    fn add(&mut self, meaning: Meaning, language: &'static str, text: &str) -> Result<(), String> {
        // The phrase's words, folded, function words left out, each with whether it is a stem.
        let mut parts: Vec<(String, bool)> = Vec::new();
        for raw in text.split_whitespace() {
            let (stem, raw) = match raw.strip_suffix('*') {
                Some(r) => (true, r),
                None => (false, raw),
            };
            for word in words(raw) {
                if stem && word.len() < MIN_STEM {
                    return Err(format!(
                        "vocabulary/{language}.toml: the stem \"{raw}*\" in \"{text}\" is shorter than {MIN_STEM} letters"
                    ));
                }
                if stem || !self.ignore.contains(&word) {
                    parts.push((word, stem));
                }
            }
        }
        if parts.len() > 16 {
            return Err(format!(
                "vocabulary/{language}.toml: \"{text}\" has more than 16 words"
            ));
        }
        let exact = (!text.contains('*')).then(|| exact_key(text));
        // One phrase for the languages that share it (a stem and a whole word differ).
        let mut key = String::new();
        for (word, stem) in &parts {
            key.push_str(word);
            key.push_str(if *stem { "* " } else { " " });
        }
        if let Some(&p) = self.seen.get(&(meaning, key.clone())) {
            let phrase = &mut self.phrases[p as usize];
            if !phrase.languages.contains(&language) {
                phrase.languages.push(language);
            }
            // Shown as a reader of any script can read it: "id" rather than Bulgarian "ид".
            if text.is_ascii() && !phrase.text.is_ascii() {
                phrase.text = text.to_string();
            }
            if let Some(exact) = exact {
                let hits = self.exact.entry(exact).or_default();
                if !hits.contains(&p) {
                    hits.push(p);
                }
            }
            return Ok(());
        }
        let at = self.phrases.len() as u32;
        self.seen.insert((meaning, key), at);
        for (n, (word, stem)) in parts.iter().enumerate() {
            let n = n as u8;
            if *stem {
                self.stem_lengths.0 = self.stem_lengths.0.min(word.len());
                self.stem_lengths.1 = self.stem_lengths.1.max(word.len());
                self.stems.entry(word.clone()).or_default().push((at, n));
            } else {
                self.words.entry(word.clone()).or_default().push((at, n));
            }
        }
        if let Some(exact) = exact {
            self.exact.entry(exact).or_default().push(at);
        }
        let n = parts.len() as u8;
        self.phrases.push(Phrase {
            meaning,
            languages: vec![language],
            text: text.to_string(),
            words: n,
        });
        Ok(())
    }

    /// Adds one `[outcomes]` list: a kind's words, or `question`'s.
    fn add_outcome_words(
        &mut self,
        language: &str,
        key: &str,
        list: &[String],
    ) -> Result<(), String> {
        let kind = if key == "question" || key == "comment" {
            None
        } else {
            let Some(i) = OUTCOME_COLUMNS.iter().position(|k| *k == key) else {
                return Err(format!(
                    "vocabulary/{language}.toml: [outcomes] {key} is none of {}, question, comment",
                    OUTCOME_COLUMNS.join(", ")
                ));
            };
            Some(i as u8)
        };
        for text in list {
            let n = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .count();
            if n > OUTCOME_WORDS {
                return Err(format!(
                    "vocabulary/{language}.toml: [outcomes] \"{text}\" has more than {OUTCOME_WORDS} words"
                ));
            }
            // Its words run together, as a header's run of words is looked up.
            let folded = fold(text);
            match kind {
                None if key == "comment" => {
                    self.comment_words.insert(folded);
                }
                None => {
                    self.outcome_questions.insert(folded);
                }
                Some(i) => {
                    if key == "idea" {
                        self.idea_words.insert(folded.clone());
                    }
                    self.outcome_words
                        .entry(folded)
                        .and_modify(|k| *k = (*k).min(i))
                        .or_insert(i);
                }
            }
        }
        Ok(())
    }

    /// The kind of outcome-sheet column (index into `OUTCOME_COLUMNS`) that a header's folded
    /// words, run together ("nextstep", "termenlimita"), name, if any language's `[outcomes]`
    /// gives them one; the first kind of `OUTCOME_COLUMNS` that any gives them.
    pub fn outcome_column(&self, folded_run: &str) -> Option<usize> {
        self.outcome_words.get(folded_run).map(|&k| usize::from(k))
    }

    /// Whether a folded word is one of `[outcomes] idea`'s: a form's long question that holds
    /// it collected ideas.
    pub fn is_idea_word(&self, folded: &str) -> bool {
        self.idea_words.contains(folded)
    }

    /// Whether a folded word is one of `[outcomes] comment`'s: a form's question that holds
    /// it ("Egyéb megjegyzés, javaslat", "Suggestions and comments") asks for remarks on the
    /// lab, not for a world café's ideas, whatever idea word it holds beside.
    pub fn is_comment_word(&self, folded: &str) -> bool {
        self.comment_words.contains(folded)
    }

    /// Whether a folded header is one of `[outcomes] question`'s ("Question", "Vraag"): a Slido
    /// export's questions, the ideas when their likes are beside them.
    pub fn is_outcome_question(&self, folded: &str) -> bool {
        self.outcome_questions.contains(folded)
    }

    /// Whether a question's words (folded, as `question_words` cuts them) ask for a count or
    /// an age ("How many employees?", "Câți angajați?", "Wie alt sind Sie?"): a word of
    /// `[counts] words`, or the words of a phrase one after another.
    pub fn asks_for_a_count(&self, words: &[String]) -> bool {
        words.iter().any(|w| self.count_words.contains(w))
            || self.count_phrases.iter().any(|phrase| {
                words
                    .windows(phrase.len())
                    .any(|run| run.iter().eq(phrase.iter()))
            })
    }

    /// Whether folded text between a scale's two ends joins them: "to" in "from 1 to 5", "la"
    /// in "de la 1 la 5", "tm" in "1 t/m 10".
    /// How a scale's answer, folded, ranks by `[scales] best` and `worst`: `Some(true)` for a
    /// best answer, `Some(false)` for a worst, `None` for neither.
    pub fn scale_end(&self, folded: &str) -> Option<bool> {
        let is = |entries: &[String]| {
            entries.iter().any(|e| match e.strip_suffix('*') {
                Some(stem) => folded.starts_with(stem),
                None => folded == e || folded.starts_with(&format!("{e} ")),
            })
        };
        if is(&self.scale_best) {
            Some(true)
        } else if is(&self.scale_worst) {
            Some(false)
        } else {
            None
        }
    }

    pub fn joins_a_scale(&self, folded: &str) -> bool {
        self.scale_joiners.contains(folded)
    }

    /// Whether a folded word of a person's name is a title (`[names] titles`: "dr", "dottssa").
    pub fn is_title(&self, folded: &str) -> bool {
        // Titles are short: a longer word is no title, without hashing it.
        folded.len() <= LONGEST_TITLE && self.name_titles.contains(folded)
    }

    /// Whether an organisation's answer, its words run together as `fold::organisation_key`
    /// does ("n/a" is "na", "Persoană fizică" is "persoanafizica"), says there is none.
    pub fn means_no_organisation(&self, key: &str) -> bool {
        self.no_organisation.contains(key)
    }

    /// The words of an organisation's name (`fold::organisation_words`) left when the legal
    /// forms at either end are taken off ("SC Banat Tech SRL" is "banat", "tech"); `None`
    /// when the name is only legal forms.
    pub fn without_legal_forms(&self, words: &[String]) -> Option<std::ops::Range<usize>> {
        let mut start = 0;
        loop {
            let n = self.legal_form_at(&words[start..], true);
            if n == 0 {
                break;
            }
            start += n;
        }
        if start >= words.len() {
            return None;
        }
        let mut end = words.len();
        loop {
            let n = self.legal_form_at(&words[start..end], false);
            if n == 0 || end - n <= start {
                break;
            }
            end -= n;
        }
        Some(start..end)
    }

    /// How many words of a legal form `words` begins with (or, not `from_start`, ends with),
    /// the longest form's; 0 for none.
    fn legal_form_at(&self, words: &[String], from_start: bool) -> usize {
        let at = |run: &Vec<String>| {
            if from_start {
                words.starts_with(run)
            } else {
                words.ends_with(run)
            }
        };
        if let Some(run) = self.name_legal_form_runs.iter().find(|r| at(r)) {
            return run.len();
        }
        let one = if from_start {
            words.first()
        } else {
            words.last()
        };
        usize::from(one.is_some_and(|w| self.name_legal_forms.contains(w.as_str())))
    }

    /// The month a folded word of a date names ("september", "sept", "septembrie", "rujna",
    /// "rugsėjo" folded), by the longest name or start of `[months]` that it begins with, of
    /// at least three letters. A start that two languages give two months names neither
    /// ("listopad": October in Croatian, November in Polish and Czech).
    pub fn month(&self, folded: &str) -> Option<u32> {
        if folded.len() < MONTH_START || !folded.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        (MONTH_START..=folded.len().min(self.month_start_longest))
            .rev()
            .find_map(|len| self.month_starts.get(&folded[..len]))
            .map(|&m| u32::from(m))
    }

    /// The folded yes or no answer, if a language's `[yes_no]` holds it.
    pub fn yes_no(&self, folded: &str) -> Option<bool> {
        if self.yes.contains(folded) {
            Some(true)
        } else if self.no.contains(folded) {
            Some(false)
        } else {
            None
        }
    }

    /// Whether a folded role or name marker ("Organizer", "Host", "Organizzatore") says the
    /// person ran the meeting.
    pub fn is_staff(&self, folded: &str) -> bool {
        self.staff.contains(folded)
    }

    /// The minutes of a folded unit of a duration ("h", "godz", "min", "sek"), if a language
    /// writes it.
    pub fn unit_minutes(&self, folded: &str) -> Option<f64> {
        self.units.get(folded).copied()
    }

    /// Whether a file's or sheet's name holds a word that says it lists who came ("Sign-in",
    /// "Prezență", "Aanwezigheidslijst"), and none that says who registered ("Dalyvių
    /// registracija", participants' registration): folded, anywhere in the name.
    pub fn names_sign_in(&self, name: &str) -> bool {
        let name = fold(name);
        self.sign_in_names.iter().any(|w| name.contains(w.as_str()))
            && !self
                .registered_names
                .iter()
                .any(|w| name.contains(w.as_str()))
    }

    /// Every phrase the header holds, the longest for each meaning, by meaning.
    pub fn find(&self, header: &str) -> Vec<Found<'_>> {
        // Numbers are no words of a header ("(1-5)", "2024"): they would dilute its words.
        let words: Vec<String> = words(header)
            .filter(|w| !self.ignore.contains(w) && !w.bytes().all(|b| b.is_ascii_digit()))
            .collect();
        let of = words.len().min(255) as u8;
        let mut best: Vec<Found<'_>> = Vec::new();
        if let Some(hits) = self.exact.get(&exact_key(header)) {
            for &p in hits {
                let phrase = &self.phrases[p as usize];
                keep(
                    &mut best,
                    Found {
                        phrase,
                        of,
                        exact: true,
                        first: 0,
                    },
                );
            }
        }
        // Each phrase that any word of the header is a word of, with the places it filled.
        let mut filled: HashMap<u32, (u16, u8)> = HashMap::new();
        let mut mark = |hits: &Vec<(u32, u8)>, at: u8| {
            for &(p, place) in hits {
                let (places, first) = filled.entry(p).or_insert((0, at));
                *places |= 1 << place;
                *first = (*first).min(at);
            }
        };
        for (at, w) in words.iter().enumerate() {
            let at = at.min(255) as u8;
            if let Some(hits) = self.words.get(w) {
                mark(hits, at);
            }
            let (lo, hi) = self.stem_lengths;
            for len in lo..=hi.min(w.len()) {
                if !w.is_char_boundary(len) {
                    continue;
                }
                if let Some(hits) = self.stems.get(&w[..len]) {
                    mark(hits, at);
                }
            }
        }
        for (p, (places, first)) in filled {
            let phrase = &self.phrases[p as usize];
            if phrase.words == 0 || places.count_ones() != u32::from(phrase.words) {
                continue;
            }
            keep(
                &mut best,
                Found {
                    phrase,
                    of,
                    exact: false,
                    first,
                },
            );
        }
        best.sort_by(|a, b| {
            b.rank()
                .cmp(&a.rank())
                .then(a.phrase.meaning.cmp(&b.phrase.meaning))
        });
        best
    }
}

/// Words with their meaning, gathered from every language; a word two languages give two
/// meanings is dropped (no language decides for the others).
#[derive(Default)]
struct Unambiguous {
    /// Folded word → its meaning (a rating's bits, or a category's id), or `None` once two
    /// languages disagree.
    meaning: std::collections::BTreeMap<String, Option<(u64, String)>>,
    /// Folded keyword → the first way it was written, for `check`.
    written: HashMap<String, String>,
}

impl Unambiguous {
    /// Adds `word` (folded) with its meaning (a rating's bits, or a category's id), as
    /// `written`.
    fn add(&mut self, word: String, bits: u64, id: &str, written: &str) {
        match self.meaning.get_mut(&word) {
            Some(Some((b, i))) if *b == bits && i == id => {}
            Some(seen) => *seen = None,
            None => {
                self.written.insert(word.clone(), written.to_string());
                self.meaning.insert(word, Some((bits, id.to_string())));
            }
        }
    }

    /// The words with one meaning, in folded order.
    fn meanings(self) -> impl Iterator<Item = (String, (u64, String))> {
        self.meaning
            .into_iter()
            .filter_map(|(word, meaning)| Some((word, meaning?)))
    }

    /// (id, keyword as written) of the keywords with one id.
    fn keywords(mut self) -> Vec<(String, String)> {
        let mut written = std::mem::take(&mut self.written);
        self.meanings()
            .map(|(key, (_, id))| {
                let k = written.remove(&key).unwrap_or(key);
                (id, k)
            })
            .collect()
    }
}

/// Keeps `found` in `best` unless a stronger match of its meaning is there.
fn keep<'a>(best: &mut Vec<Found<'a>>, found: Found<'a>) {
    match best
        .iter_mut()
        .find(|f| f.phrase.meaning == found.phrase.meaning)
    {
        Some(f) if found.outranks(f) => *f = found,
        Some(_) => {}
        None => best.push(found),
    }
}

#[cfg(test)]
mod tests;
