//! labreport.toml → a validated `Config`: the taxonomy, the questions, the likert answers.
//!
//! The built-in defaults are `defaults.toml`, embedded; `labreport init` writes that same text,
//! so the starter file and the defaults cannot drift apart.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use foldhash::HashMap;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostics::line_column;
use crate::discover::Date;
use crate::fold::{fold, organisation_key};
use crate::read::Limits;

/// The built-in config, and the text `labreport init` writes.
pub const DEFAULTS: &str = include_str!("defaults.toml");

/// The fields a `[columns]` table may add header aliases to (recognise's `Field::CONFIGURABLE`
/// by name; a test keeps the two the same).
pub const COLUMN_FIELDS: &[&str] = crate::vocabulary::FIELDS.as_slice().split_at(9).0;

/// The id every unmatched or missing label is counted under.
pub const UNKNOWN: &str = "unknown";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where it was read from; `None` for the built-in defaults.
    pub source: Option<PathBuf>,
    pub stakeholder_types: Taxonomy,
    pub sectors: Taxonomy,
    /// `[[topic]]`: the themes the world café's ideas are grouped by (`outcomes`).
    pub topics: Taxonomy,
    pub questions: Vec<Question>,
    /// Folded answer text → rating.
    pub likert: HashMap<String, f64>,
    /// Extra header aliases per field, from `[columns]`.
    /// Extra header aliases, from `[columns]`: (one of `COLUMN_FIELDS`, the header).
    pub columns: Vec<(&'static str, String)>,
    /// `[columns] ignore`: headers (folded) of columns passed over without a warning, though
    /// they hold categories or ratings (`recognise::unread`).
    pub columns_ignored: Vec<String>,
    /// `[report]`, with `logo` and `templates` resolved against the config file's folder.
    pub report: ReportSettings,
    pub logo: Option<Logo>,
    /// `[limits]` over the built-in ones.
    pub limits: Limits,
    /// `[attendance] min_minutes`: an online participant there for less is not counted.
    pub min_minutes: Option<f64>,
    /// `[[period]]`, in date order; empty: half-years (see `indicators`).
    pub periods: Vec<Period>,
    /// `[[organisation]]`: organisations under the names partners write them.
    pub organisations: Vec<Organisation>,
    /// `[privacy] min_cell`: people counts from 1 to `min_cell − 1` are withheld from every
    /// published file (`privacy`); off when left out.
    pub min_cell: Option<u64>,
    /// The sha256 of the config's text (the built-in defaults' when no file is read), hex:
    /// manifest.json tells by it whether the config changed.
    pub sha256: String,
}

/// A reporting period: its first and last day, both included.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub id: String,
    pub label: String,
    pub from: Date,
    pub to: Date,
}

/// An organisation written in different ways ("Primăria Municipiului Timișoara", "Primaria
/// Timisoara"): counted once, under its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub id: String,
    pub label: String,
    pub aliases: Vec<String>,
}

/// The id of the period that holds the labs in no period (no date, or a date outside every
/// `[[period]]`); no configured period may take it.
pub const NO_PERIOD: &str = "none";

/// One list of categories (stakeholder types or sectors) with its alias index.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    pub entries: Vec<Category>,
    index: HashMap<String, usize>,
    /// The same names as written: most cells hold a label exactly as the table has it, and
    /// are found here without folding (a new string per cell).
    exact: HashMap<String, usize>,
    /// Folded keyword → (entry, the keyword as written, whether it is a legal form).
    keywords: HashMap<String, (usize, String, bool)>,
    /// The longest folded keyword, in bytes.
    longest_keyword: usize,
}

/// How a label was matched to a taxonomy entry.
#[derive(Debug, Clone, PartialEq)]
pub enum Match<'a> {
    /// The label is an entry's id, label or alias.
    Alias(u32),
    /// The label holds, as whole words, keywords of this entry and of no other.
    Keyword {
        code: u32,
        keyword: &'a str,
    },
    /// The label's words are keywords of several entries: (code, keyword), by code.
    Ambiguous(Vec<(u32, &'a str)>),
    None,
}

#[derive(Debug, Clone)]
pub struct Category {
    pub id: String,
    /// The label: the default language's (English in the built-in table), or the report's
    /// language's in a `Config::localised` copy.
    pub label: String,
    /// `labels = { ro = "IT&C" }`: the label in other languages, by language code (two or three
    /// lower case letters). Display only: matching never looks at them.
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    /// As `Category::label`.
    pub label: String,
    /// As `Category::labels`; none for a question found in a sheet.
    pub labels: BTreeMap<String, String>,
    pub aliases: Vec<String>,
    pub scale: (f64, f64),
    /// Found in a sheet (a rating column under a question no `[[question]]` names), not
    /// configured: its id is a slug of the header, its label the header.
    pub unconfigured: bool,
}

impl Taxonomy {
    /// The id whose label, id or alias matches `text` (folded), if any.
    pub fn lookup(&self, text: &str) -> Option<&str> {
        let i = self.code(text)?;
        Some(self.entries[i as usize].id.as_str())
    }

    /// The position of `lookup`'s id in the table: the code the pipeline counts by. A label
    /// matched by a keyword of one entry has that entry's code.
    pub fn code(&self, text: &str) -> Option<u32> {
        match self.find(text) {
            Match::Alias(code) | Match::Keyword { code, .. } => Some(code),
            Match::Ambiguous(_) | Match::None => None,
        }
    }

    /// The code of the entry `text` is an id, label or alias of (as written, then folded);
    /// keywords are not looked at.
    pub fn alias(&self, text: &str) -> Option<u32> {
        let i = match self.exact.get(text.trim()) {
            Some(&i) => i,
            None => *self.index.get(&fold(text))?,
        };
        Some(i as u32)
    }

    /// How `text` matches the table: an alias first (as written, then folded), else the
    /// keywords its words hold.
    ///
    /// A keyword is given as the label writes it ("Universitet" in a Swedish label, though
    /// the Bulgarian "университет" folds to the same word), so that `check` quotes the label.
    pub fn find<'s>(&'s self, text: &'s str) -> Match<'s> {
        if let Some(code) = self.alias(text) {
            return Match::Alias(code);
        }
        if self.keywords.is_empty() {
            return Match::None;
        }
        // The label's words, folded, with where each is written; a keyword matches a run of
        // whole words, written together or apart ("start-up", "startup", "S.R.L.", "SRL").
        let mut words: Vec<(String, usize, usize)> = Vec::new();
        let mut start = None;
        for (at, ch) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (ch.is_alphanumeric(), start) {
                (true, None) => start = Some(at),
                (false, Some(from)) => {
                    words.push((fold(&text[from..at]), from, at));
                    start = None;
                }
                _ => {}
            }
        }
        // Every keyword met, with the words it spans.
        let mut met: Vec<(u32, &str, bool, usize, usize)> = Vec::new();
        let mut run = String::new();
        for first in 0..words.len() {
            run.clear();
            for (last, (w, _, end)) in words.iter().enumerate().skip(first) {
                run.push_str(w);
                if run.len() > self.longest_keyword {
                    break;
                }
                if let Some((i, _, form)) = self.keywords.get(&run) {
                    met.push((*i as u32, &text[words[first].1..*end], *form, first, last));
                }
            }
        }
        // A keyword within another entry's longer one says less: "μη κερδοσκοπική εταιρεία"
        // (a non-profit company, an NGO) holds "εταιρεία" (a company), "Associação
        // empresarial" (business support) holds "Associação".
        let within = |k: &(u32, &str, bool, usize, usize)| {
            met.iter()
                .any(|o| o.0 != k.0 && o.3 <= k.3 && k.4 <= o.4 && (o.4 - o.3) > (k.4 - k.3))
        };
        // Each entry once, with its first keyword, and whether all it matched are legal forms.
        let mut found: Vec<(u32, &str, bool)> = Vec::new();
        for k in met.iter().filter(|k| !within(k)) {
            let (code, written, form) = (k.0, k.1, k.2);
            match found.iter_mut().find(|(c, ..)| *c == code) {
                // A purpose found after a form of the same entry: it is the keyword.
                Some(f) if f.2 && !form => *f = (code, written, false),
                Some(_) => {}
                None => found.push((code, written, form)),
            }
        }
        // A legal form ("Udruga", "S.r.l.", "Fondazione") gives way to what the body is for
        // ("mladih", "Matera 2019"): "Udruga mladih Rijeka" is a youth organisation.
        let purposes: Vec<&(u32, &str, bool)> = found.iter().filter(|f| !f.2).collect();
        let one = match (found.len(), purposes.as_slice()) {
            (0, _) => return Match::None,
            (1, _) => Some(found[0]),
            (_, [purpose]) => Some(**purpose),
            _ => None,
        };
        match one {
            Some((code, keyword, _)) => Match::Keyword { code, keyword },
            None => {
                let mut all: Vec<(u32, &str)> = found.iter().map(|f| (f.0, f.1)).collect();
                all.sort_by_key(|(c, _)| *c);
                Match::Ambiguous(all)
            }
        }
    }

    /// Adds the vocabulary's keywords (id, keyword), or legal forms, to the entries of those
    /// ids, under the table's own: a keyword that is already a keyword, or an alias of another
    /// entry, stays as the table has it.
    pub fn add_keywords(&mut self, keywords: &[(String, String)], legal_forms: bool) {
        for (id, keyword) in keywords {
            let Some(i) = self.entries.iter().position(|e| &e.id == id) else {
                continue;
            };
            let key = fold(keyword);
            if self.keywords.contains_key(&key) || self.index.get(&key).is_some_and(|&j| j != i) {
                continue;
            }
            self.longest_keyword = self.longest_keyword.max(key.len());
            self.keywords.insert(key, (i, keyword.clone(), legal_forms));
        }
    }

    /// The code of `unknown`: one past the table's own.
    pub fn unknown_code(&self) -> u32 {
        self.entries.len() as u32
    }

    /// (id, label) pairs, in the table's order.
    pub fn labelled(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries
            .iter()
            .map(|c| (c.id.as_str(), c.label.as_str()))
    }

    /// Every name an entry is matched by (id, label, aliases) as written, with its code; in no
    /// particular order.
    pub fn names(&self) -> impl Iterator<Item = (&str, u32)> {
        self.exact
            .iter()
            .map(|(name, &i)| (name.as_str(), i as u32))
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|c| c.id.as_str())
    }
}

impl Category {
    /// The label in `language` (see `label_in`).
    pub fn label_in(&self, language: &str) -> &str {
        label_in(&self.label, &self.labels, language)
    }
}

impl Question {
    /// The label in `language` (see `label_in`).
    pub fn label_in(&self, language: &str) -> &str {
        label_in(&self.label, &self.labels, language)
    }

    /// Whether this is a 0 to 10 "would you recommend" scale, which gets an NPS.
    pub fn is_nps(&self) -> bool {
        self.scale == (0.0, 10.0)
    }
}

// ----------------------------------------------------------------------------------------------
// The file as written.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    stakeholder_type: Option<Vec<RawCategory>>,
    sector: Option<Vec<RawCategory>>,
    topic: Option<Vec<RawCategory>>,
    question: Option<Vec<RawQuestion>>,
    aliases: Option<RawAdditions>,
    keywords: Option<RawKeywordAdditions>,
    labels: Option<RawLabelAdditions>,
    likert: Option<BTreeMap<String, Spanned<Number>>>,
    columns: Option<BTreeMap<Spanned<String>, Vec<String>>>,
    report: Option<ReportSettings>,
    limits: Option<RawLimits>,
    attendance: Option<RawAttendance>,
    period: Option<Vec<RawPeriod>>,
    organisation: Option<Vec<RawOrganisation>>,
    privacy: Option<RawPrivacy>,
}

/// `[privacy]`: what the published files may show.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrivacy {
    /// People counts from 1 to `min_cell − 1` are withheld; off when left out.
    min_cell: Option<Spanned<i64>>,
}

/// `[[period]]`: `from` and `to` are TOML dates (`2019-08-01`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    id: Spanned<String>,
    label: Option<String>,
    from: Spanned<toml::value::Datetime>,
    to: Spanned<toml::value::Datetime>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganisation {
    id: Spanned<String>,
    label: String,
    #[serde(default)]
    aliases: Vec<String>,
}

/// `[attendance]`: how the meeting tools' reports of online labs are counted.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAttendance {
    /// A participant in the meeting for fewer minutes is not counted; off when left out.
    min_minutes: Option<Spanned<Number>>,
}

/// `[limits]`: what one input file may hold; the defaults are far above any real lab.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    max_rows: Option<usize>,
    max_columns: Option<usize>,
    max_cells: Option<usize>,
    max_file_mb: Option<u64>,
    max_unpacked_mb: Option<u64>,
}

/// `[report]`: the report's branding. Every key is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportSettings {
    /// The project, e.g. "ECoC-SME".
    pub project: Option<String>,
    /// The programme, e.g. "Interreg Europe".
    pub programme: Option<String>,
    /// The report's title (the page's one h1).
    pub title: Option<String>,
    /// A logo file (png, jpg, gif, svg, webp), relative to the config file; embedded in the page.
    pub logo: Option<PathBuf>,
    /// E.g. "Co-funded by the European Union".
    pub funding: Option<String>,
    /// Who to contact about the report.
    pub contact: Option<String>,
    /// A folder whose templates replace the built-in ones file by file.
    pub templates: Option<PathBuf>,
    /// The language the report is written in: en (the default), ro, nl, it, hr, lt, or one
    /// whose catalog the templates folder holds (`messages/<lang>.ftl`).
    pub language: Option<String>,
    /// Whether the index lists the participating organisations by stakeholder type (they are
    /// always in summary.json, data/organisations.csv and the workbook).
    #[serde(default)]
    pub list_organisations: bool,
}

/// A logo read from disk, ready to embed.
#[derive(Debug, Clone)]
pub struct Logo {
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    id: Spanned<String>,
    label: String,
    /// The label in other languages: `labels = { ro = "IT&C", lt = "IRT" }`.
    #[serde(default)]
    labels: BTreeMap<Spanned<String>, String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    /// Words that, found in a label that matches no alias, point at this entry.
    #[serde(default)]
    keywords: Vec<Spanned<String>>,
    /// Keywords that name a legal form ("SRL", "Udruga"): they point at this entry, but give
    /// way to another entry's keyword in the same label ("Udruga mladih" is youth).
    #[serde(default)]
    legal_forms: Vec<Spanned<String>>,
}

/// Names added to existing entries, by id: `[aliases.sector] ict = ["TIC"]`.
type Additions = BTreeMap<Spanned<String>, Vec<Spanned<String>>>;

/// `[aliases]`: aliases added to the entries of the tables, built-in or configured, without
/// replacing them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdditions {
    stakeholder_type: Option<Additions>,
    sector: Option<Additions>,
    question: Option<Additions>,
    topic: Option<Additions>,
}

/// `[labels]`: labels in other languages set on the entries of the tables, built-in or
/// configured, without copying a table: `[labels.sector] ict = { ro = "IT&C" }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLabelAdditions {
    stakeholder_type: Option<LabelAdditions>,
    sector: Option<LabelAdditions>,
    question: Option<LabelAdditions>,
    topic: Option<LabelAdditions>,
}

/// An entry's id → its labels by language.
type LabelAdditions = BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, String>>;

/// `[keywords]`: keywords added likewise (questions have none).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKeywordAdditions {
    stakeholder_type: Option<Additions>,
    sector: Option<Additions>,
    topic: Option<Additions>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    label: String,
    /// As `RawCategory::labels`.
    #[serde(default)]
    labels: BTreeMap<Spanned<String>, String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    scale: Spanned<[Number; 2]>,
}

#[derive(Debug, Deserialize, Clone, Copy)]
#[serde(untagged)]
enum Number {
    Int(i64),
    Float(f64),
}

impl Number {
    fn value(self) -> f64 {
        match self {
            Number::Int(i) => i as f64,
            Number::Float(f) => f,
        }
    }
}

impl Config {
    /// The built-in configuration.
    pub fn builtin() -> Config {
        Config::parse(DEFAULTS, "built-in defaults", None)
            .expect("the built-in defaults are valid (tested)")
    }

    /// Loads `explicit` if given, else `./labreport.toml` if it exists, else the defaults.
    pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        let path = match explicit {
            Some(p) => p.to_path_buf(),
            None => {
                let p = PathBuf::from("labreport.toml");
                if !p.is_file() {
                    return Ok(Config::builtin());
                }
                p
            }
        };
        let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Read {
            path: path.clone(),
            source,
        })?;
        Config::parse(&text, &path.display().to_string(), Some(path))
    }

    /// A copy whose stakeholder types, sectors, topics and questions are labelled in `language`
    /// (a BCP 47 code: "ro", "nl", "pt-BR", …) where their `labels` give it, keeping `label`
    /// where they do not. Display only: ids, the tables' order (the codes the pipeline counts
    /// by), aliases, keywords and the lookup indexes are the same as `self`'s, so a label is
    /// matched to the same entry in either. For the report and the workbook; summary.json and
    /// the CSV tables keep the default labels. Call it on the config as loaded: the copy's
    /// `label` is the language's, so localising it again falls back to that.
    pub fn localised(&self, language: &str) -> Config {
        let mut c = self.clone();
        for t in [&mut c.stakeholder_types, &mut c.sectors, &mut c.topics] {
            for e in &mut t.entries {
                e.label = e.label_in(language).to_string();
            }
        }
        for q in &mut c.questions {
            q.label = q.label_in(language).to_string();
        }
        c
    }

    /// Parses and validates config text; tables it lacks come from the built-in defaults.
    pub fn parse(text: &str, name: &str, source: Option<PathBuf>) -> Result<Config, ConfigError> {
        let invalid = |message: String| ConfigError::Invalid {
            path: name.to_string(),
            message,
        };
        let mut raw: RawConfig = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
        let at = |offset: usize| line_column(text, offset);
        // A table the file leaves out comes from the defaults, which have every table.
        if raw.stakeholder_type.is_none()
            || raw.sector.is_none()
            || raw.topic.is_none()
            || raw.question.is_none()
            || raw.likert.is_none()
        {
            let d: RawConfig =
                toml::from_str(DEFAULTS).expect("the built-in defaults parse (tested)");
            raw.stakeholder_type = raw.stakeholder_type.or(d.stakeholder_type);
            raw.sector = raw.sector.or(d.sector);
            raw.topic = raw.topic.or(d.topic);
            raw.question = raw.question.or(d.question);
            raw.likert = raw.likert.or(d.likert);
        }
        let mut stakeholder_type = raw.stakeholder_type.unwrap_or_default();
        let mut sector = raw.sector.unwrap_or_default();
        let mut topic = raw.topic.unwrap_or_default();
        let mut question = raw.question.unwrap_or_default();
        if let Some(a) = raw.aliases {
            let aliases = Section::Aliases;
            add_to(
                &mut stakeholder_type,
                a.stakeholder_type,
                aliases,
                "stakeholder_type",
                &at,
            )
            .map_err(invalid)?;
            add_to(&mut sector, a.sector, aliases, "sector", &at).map_err(invalid)?;
            add_to(&mut question, a.question, aliases, "question", &at).map_err(invalid)?;
            add_to(&mut topic, a.topic, aliases, "topic", &at).map_err(invalid)?;
        }
        if let Some(k) = raw.keywords {
            let keywords = Section::Keywords;
            add_to(
                &mut stakeholder_type,
                k.stakeholder_type,
                keywords,
                "stakeholder_type",
                &at,
            )
            .map_err(invalid)?;
            add_to(&mut sector, k.sector, keywords, "sector", &at).map_err(invalid)?;
            add_to(&mut topic, k.topic, keywords, "topic", &at).map_err(invalid)?;
        }
        if let Some(l) = raw.labels {
            label_to(
                &mut stakeholder_type,
                l.stakeholder_type,
                "stakeholder_type",
                &at,
            )
            .map_err(invalid)?;
            label_to(&mut sector, l.sector, "sector", &at).map_err(invalid)?;
            label_to(&mut question, l.question, "question", &at).map_err(invalid)?;
            label_to(&mut topic, l.topic, "topic", &at).map_err(invalid)?;
        }
        let vocabulary = crate::vocabulary::vocabulary();
        let mut stakeholder_types =
            build_taxonomy(stakeholder_type, "stakeholder_type", &at).map_err(invalid)?;
        stakeholder_types.add_keywords(&vocabulary.stakeholder_type_keywords, false);
        stakeholder_types.add_keywords(&vocabulary.legal_forms, true);
        let mut sectors = build_taxonomy(sector, "sector", &at).map_err(invalid)?;
        sectors.add_keywords(&vocabulary.sector_keywords, false);
        let topics = build_taxonomy(topic, "topic", &at).map_err(invalid)?;
        let questions = build_questions(question, &at).map_err(invalid)?;
        let likert_raw = raw.likert.unwrap_or_default();
        let mut likert = HashMap::default();
        for (answer, value) in likert_raw {
            let v = value.get_ref().value();
            if !v.is_finite() {
                return Err(invalid(format!(
                    "[likert] \"{answer}\" at {} is not a number",
                    at(value.span().start)
                )));
            }
            likert.insert(fold(&answer), v);
        }
        // Under the config's answers, every language's (`vocabulary/<lang>.toml`).
        for (answer, v) in &vocabulary.likert {
            likert.entry(answer.clone()).or_insert(*v);
        }
        let mut columns = Vec::new();
        let mut columns_ignored = Vec::new();
        for (field, aliases) in raw.columns.unwrap_or_default() {
            if field.get_ref() == "ignore" {
                columns_ignored.extend(aliases.iter().map(|a| fold(a)));
                continue;
            }
            let Some(&f) = COLUMN_FIELDS.iter().find(|f| **f == field.get_ref()) else {
                return Err(invalid(format!(
                    "[columns] at {}: unknown field \"{}\"; the fields are {} (and ignore, for columns to pass over without a warning)",
                    at(field.span().start),
                    field.get_ref(),
                    COLUMN_FIELDS.join(", ")
                )));
            };
            columns.extend(aliases.into_iter().map(|a| (f, a)));
        }
        let mut report = raw.report.unwrap_or_default();
        let base = source
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_default();
        report.templates = report.templates.map(|t| base.join(t));
        report.logo = report.logo.map(|l| base.join(l));
        let logo = match &report.logo {
            None => None,
            Some(path) => Some(read_logo(path).map_err(invalid)?),
        };
        let mut limits = Limits::default();
        if let Some(l) = raw.limits {
            let mb = crate::read::MB;
            limits.max_rows = l.max_rows.unwrap_or(limits.max_rows);
            limits.max_columns = l.max_columns.unwrap_or(limits.max_columns);
            limits.max_cells = l.max_cells.unwrap_or(limits.max_cells);
            limits.max_file_bytes = l
                .max_file_mb
                .map_or(limits.max_file_bytes, |m| m.saturating_mul(mb));
            limits.max_unpacked_bytes = l
                .max_unpacked_mb
                .map_or(limits.max_unpacked_bytes, |m| m.saturating_mul(mb));
        }
        let min_minutes = match raw.attendance.and_then(|a| a.min_minutes) {
            None => None,
            Some(m) => {
                let v = m.get_ref().value();
                if !(v.is_finite() && v >= 0.0) {
                    return Err(invalid(format!(
                        "[attendance] min_minutes at {}: write a number of minutes, 0 or more",
                        at(m.span().start)
                    )));
                }
                Some(v)
            }
        };
        let min_cell = match raw.privacy.and_then(|p| p.min_cell) {
            None => None,
            Some(m) => match *m.get_ref() {
                // 1 withholds nothing: the same as leaving it out.
                n @ 1..=1000 => Some(n as u64).filter(|&n| n > 1),
                _ => {
                    return Err(invalid(format!(
                        "[privacy] min_cell at {}: write a whole number of people from 1 to 1000 (5 is common, 3 the classic minimum)",
                        at(m.span().start)
                    )));
                }
            },
        };
        let periods = build_periods(raw.period.unwrap_or_default(), &at).map_err(invalid)?;
        let organisations =
            build_organisations(raw.organisation.unwrap_or_default(), &at).map_err(invalid)?;
        Ok(Config {
            sha256: {
                use sha2::Digest;
                let digest = sha2::Sha256::digest(text.as_bytes());
                digest.iter().map(|b| format!("{b:02x}")).collect()
            },
            periods,
            organisations,
            min_cell,
            min_minutes,
            source,
            stakeholder_types,
            sectors,
            topics,
            questions,
            likert,
            columns,
            columns_ignored,
            report,
            logo,
            limits,
        })
    }
}

fn read_logo(path: &Path) -> Result<Logo, String> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mime = match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "webp" => "image/webp",
        _ => {
            return Err(format!(
                "[report] logo {}: use a png, jpg, gif, svg or webp file",
                path.display()
            ));
        }
    };
    let bytes = std::fs::read(path)
        .map_err(|e| format!("[report] logo {}: cannot read it: {e}", path.display()))?;
    Ok(Logo { mime, bytes })
}

/// `[aliases]` or `[keywords]`: what an addition adds to.
#[derive(Clone, Copy)]
enum Section {
    Aliases,
    Keywords,
}

impl Section {
    fn name(self) -> &'static str {
        match self {
            Section::Aliases => "aliases",
            Section::Keywords => "keywords",
        }
    }
}

/// An entry of a table that `[aliases]` (and `[keywords]`) can add names to.
trait Entry {
    fn id(&self) -> &Spanned<String>;
    fn names(&mut self, section: Section) -> &mut Vec<Spanned<String>>;
    fn labels(&mut self) -> &mut BTreeMap<Spanned<String>, String>;
}

impl Entry for RawCategory {
    fn id(&self) -> &Spanned<String> {
        &self.id
    }
    fn names(&mut self, section: Section) -> &mut Vec<Spanned<String>> {
        match section {
            Section::Aliases => &mut self.aliases,
            Section::Keywords => &mut self.keywords,
        }
    }
    fn labels(&mut self) -> &mut BTreeMap<Spanned<String>, String> {
        &mut self.labels
    }
}

impl Entry for RawQuestion {
    fn id(&self) -> &Spanned<String> {
        &self.id
    }
    // `[keywords.question]` is refused when the file is read: questions have aliases only.
    fn names(&mut self, _: Section) -> &mut Vec<Spanned<String>> {
        &mut self.aliases
    }
    fn labels(&mut self) -> &mut BTreeMap<Spanned<String>, String> {
        &mut self.labels
    }
}

/// Sets `[labels.<table>]` on the entries they name by id, over the labels the entry has for
/// the same language; an id no entry has is an error that gives its line. The labels are
/// checked with the entry's own (`check_labels`).
fn label_to<T: Entry>(
    entries: &mut [T],
    additions: Option<LabelAdditions>,
    table: &str,
    at: &dyn Fn(usize) -> String,
) -> Result<(), String> {
    for (key, labels) in additions.unwrap_or_default() {
        let own = entry_named(entries, &key, "labels", table, at)?.labels();
        for (language, label) in labels {
            // The entry's own label for the language gives way.
            own.retain(|l, _| l.get_ref() != language.get_ref());
            own.insert(language, label);
        }
    }
    Ok(())
}

/// Adds `[aliases.<table>]` (or `[keywords.<table>]`) to the entries they name by id; an id
/// no entry has is an error that gives its line.
fn add_to<T: Entry>(
    entries: &mut [T],
    additions: Option<Additions>,
    section: Section,
    table: &str,
    at: &dyn Fn(usize) -> String,
) -> Result<(), String> {
    for (key, names) in additions.unwrap_or_default() {
        entry_named(entries, &key, section.name(), table, at)?
            .names(section)
            .extend(names);
    }
    Ok(())
}

/// The entry of `table` whose id `[<section>.<table>]` names; an id no entry has is an error
/// that gives its line and the ids there are.
fn entry_named<'e, T: Entry>(
    entries: &'e mut [T],
    key: &Spanned<String>,
    section: &str,
    table: &str,
    at: &dyn Fn(usize) -> String,
) -> Result<&'e mut T, String> {
    match entries
        .iter()
        .position(|e| e.id().get_ref() == key.get_ref())
    {
        Some(i) => Ok(&mut entries[i]),
        None => {
            let ids: Vec<&str> = entries.iter().map(|e| e.id().get_ref().as_str()).collect();
            Err(format!(
                "[{section}.{table}] at {}: there is no {} with the id \"{}\"; the ids are {}",
                at(key.span().start),
                table.replace('_', " "),
                key.get_ref(),
                ids.join(", ")
            ))
        }
    }
}

fn check_id(id: &Spanned<String>, table: &str, at: &dyn Fn(usize) -> String) -> Result<(), String> {
    let s = id.get_ref();
    let ok = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !ok {
        return Err(format!(
            "[[{table}]] id \"{s}\" at {}: an id is lower case letters, digits and \"_\" (it names keys in summary.json)",
            at(id.span().start)
        ));
    }
    if s == UNKNOWN {
        return Err(format!(
            "[[{table}]] id \"unknown\" at {} is reserved for labels that match nothing; choose another id",
            at(id.span().start)
        ));
    }
    Ok(())
}

/// The label in `language`: `labels`' for its primary subtag ("pt" of "pt-BR", in lower
/// case), else `label`.
fn label_in<'a>(label: &'a str, labels: &'a BTreeMap<String, String>, language: &str) -> &'a str {
    if labels.is_empty() {
        return label;
    }
    let primary = language
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    labels.get(&primary).map_or(label, String::as_str)
}

/// An entry's `labels`, checked: each key a language code (a BCP 47 primary language subtag:
/// two or three lower case letters), each label not blank.
fn check_labels(
    raw: BTreeMap<Spanned<String>, String>,
    table: &str,
    id: &str,
    at: &dyn Fn(usize) -> String,
) -> Result<BTreeMap<String, String>, String> {
    let mut labels = BTreeMap::new();
    for (language, label) in raw {
        let code = language.get_ref();
        if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(format!(
                "[[{table}]] \"{id}\" labels at {}: \"{code}\" is not a language code; write two or three lower case letters, e.g. ro, nl, it, hr, lt",
                at(language.span().start)
            ));
        }
        if label.trim().is_empty() {
            return Err(format!(
                "[[{table}]] \"{id}\" labels at {}: the label for \"{code}\" is empty; give one or leave the language out",
                at(language.span().start)
            ));
        }
        labels.insert(language.into_inner(), label.trim().to_string());
    }
    Ok(labels)
}

/// Builds the alias index of one table, refusing duplicate ids and aliases that name two ids.
fn build_taxonomy(
    raw: Vec<RawCategory>,
    table: &str,
    at: &dyn Fn(usize) -> String,
) -> Result<Taxonomy, String> {
    let mut entries: Vec<Category> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::default();
    let mut exact: HashMap<String, usize> = HashMap::default();
    let mut first_seen: HashMap<String, usize> = HashMap::default();
    let mut keywords: HashMap<String, (usize, String, bool)> = HashMap::default();
    let mut longest_keyword = 0;
    for entry in raw {
        check_id(&entry.id, table, at)?;
        let id = entry.id.get_ref().clone();
        if let Some(&prev) = first_seen.get(&id) {
            return Err(format!(
                "[[{table}]] id \"{id}\" at {} repeats the id first given at {}; ids must be unique",
                at(entry.id.span().start),
                at(prev)
            ));
        }
        first_seen.insert(id.clone(), entry.id.span().start);
        let labels = check_labels(entry.labels, table, &id, at)?;
        let i = entries.len();
        let names = [
            (id.clone(), entry.id.span().start),
            (entry.label.clone(), entry.id.span().start),
        ]
        .into_iter()
        .chain(
            entry
                .aliases
                .iter()
                .map(|a| (a.get_ref().clone(), a.span().start)),
        );
        for (name, offset) in names {
            let key = fold(&name);
            match index.get(&key) {
                Some(&other) if other != i => {
                    return Err(format!(
                        "[[{table}]] \"{name}\" at {} names both \"{}\" and \"{id}\"; an alias may name only one",
                        at(offset),
                        entries[other].id
                    ));
                }
                _ => {
                    index.insert(key, i);
                    exact.insert(name.trim().to_string(), i);
                }
            }
        }
        let forms = entry.legal_forms.iter().map(|k| (k, true));
        for (k, form) in entry.keywords.iter().map(|k| (k, false)).chain(forms) {
            let key = fold(k.get_ref());
            match keywords.get(&key) {
                Some(&(other, ..)) if other != i => {
                    return Err(format!(
                        "[[{table}]] keyword \"{}\" at {} is a keyword of both \"{}\" and \"{id}\"; a keyword may point at only one",
                        k.get_ref(),
                        at(k.span().start),
                        entries[other].id
                    ));
                }
                _ => {
                    longest_keyword = longest_keyword.max(key.len());
                    // The first way of writing it is the one `check` shows.
                    keywords
                        .entry(key)
                        .or_insert_with(|| (i, k.get_ref().trim().to_string(), form));
                }
            }
        }
        entries.push(Category {
            id,
            label: entry.label,
            labels,
        });
    }
    Ok(Taxonomy {
        entries,
        index,
        exact,
        keywords,
        longest_keyword,
    })
}

/// A TOML date (`2019-08-01`, no time) as a `Date`.
fn toml_date(d: &Spanned<toml::value::Datetime>) -> Option<Date> {
    let v = d.get_ref();
    match (v.date, v.time, v.offset) {
        (Some(d), None, None) => Date::new(i32::from(d.year), u32::from(d.month), u32::from(d.day)),
        _ => None,
    }
}

/// `[[period]]`s in date order, refusing repeated ids, reversed or overlapping periods.
fn build_periods(raw: Vec<RawPeriod>, at: &dyn Fn(usize) -> String) -> Result<Vec<Period>, String> {
    let mut periods: Vec<(Period, usize)> = Vec::new();
    for p in raw {
        let id = p.id.get_ref().trim().to_string();
        let offset = p.id.span().start;
        if id.is_empty()
            || id
                .chars()
                .any(|c| c.is_whitespace() || c == ':' || c == ',')
        {
            return Err(format!(
                "[[period]] id \"{id}\" at {}: an id is one word without \":\" or \",\" (it names the period in summary.json and figures.csv), e.g. \"P1\" or \"2019-H2\"",
                at(offset)
            ));
        }
        if id == NO_PERIOD {
            return Err(format!(
                "[[period]] id \"{NO_PERIOD}\" at {} is reserved for the labs in no period; choose another id",
                at(offset)
            ));
        }
        if let Some((prev, o)) = periods.iter().find(|(q, _)| q.id == id) {
            return Err(format!(
                "[[period]] id \"{}\" at {} repeats the id first given at {}; ids must be unique",
                prev.id,
                at(offset),
                at(*o)
            ));
        }
        let date = |d: &Spanned<toml::value::Datetime>, key: &str| {
            toml_date(d).ok_or_else(|| {
                format!(
                    "[[period]] \"{id}\" {key} at {}: write a date without a time, e.g. {key} = 2019-08-01",
                    at(d.span().start)
                )
            })
        };
        let (from, to) = (date(&p.from, "from")?, date(&p.to, "to")?);
        if to < from {
            return Err(format!(
                "[[period]] \"{id}\" at {}: it ends ({to}) before it begins ({from})",
                at(offset)
            ));
        }
        let label = p.label.unwrap_or_else(|| id.clone());
        periods.push((
            Period {
                id,
                label,
                from,
                to,
            },
            offset,
        ));
    }
    periods.sort_by_key(|(p, _)| p.from);
    for w in periods.windows(2) {
        let ((a, _), (b, offset)) = (&w[0], &w[1]);
        if b.from <= a.to {
            return Err(format!(
                "[[period]] \"{}\" at {} begins ({}) before \"{}\" ends ({}); a lab must fall in one period only",
                b.id,
                at(*offset),
                b.from,
                a.id,
                a.to
            ));
        }
    }
    Ok(periods.into_iter().map(|(p, _)| p).collect())
}

/// `[[organisation]]`s, refusing repeated ids.
fn build_organisations(
    raw: Vec<RawOrganisation>,
    at: &dyn Fn(usize) -> String,
) -> Result<Vec<Organisation>, String> {
    let mut out: Vec<Organisation> = Vec::new();
    // Each name's key (as `organisation_key` folds it) → the entry it names.
    let mut named: HashMap<String, usize> = HashMap::default();
    for o in raw {
        check_id(&o.id, "organisation", at)?;
        if out.iter().any(|e| &e.id == o.id.get_ref()) {
            return Err(format!(
                "[[organisation]] id \"{}\" at {} is given twice; ids must be unique",
                o.id.get_ref(),
                at(o.id.span().start)
            ));
        }
        for name in std::iter::once(&o.label).chain(&o.aliases) {
            let Some(key) = organisation_key(name) else {
                continue;
            };
            if let Some(&other) = named.get(&key)
                && other != out.len()
            {
                return Err(format!(
                    "[[organisation]] \"{name}\" (organisation \"{}\", at {}) also names organisation \"{}\"; a name may stand for one organisation only",
                    o.id.get_ref(),
                    at(o.id.span().start),
                    out[other].id
                ));
            }
            named.insert(key, out.len());
        }
        out.push(Organisation {
            id: o.id.into_inner(),
            label: o.label,
            aliases: o.aliases,
        });
    }
    Ok(out)
}

fn build_questions(
    raw: Vec<RawQuestion>,
    at: &dyn Fn(usize) -> String,
) -> Result<Vec<Question>, String> {
    let mut questions: Vec<Question> = Vec::new();
    let mut seen: HashMap<String, (usize, usize)> = HashMap::default();
    // Every folded name (id, label, alias) → the question it names.
    let mut names: HashMap<String, usize> = HashMap::default();
    for q in raw {
        check_id(&q.id, "question", at)?;
        let id = q.id.get_ref().clone();
        if let Some(&(prev, _)) = seen.get(&id) {
            return Err(format!(
                "[[question]] id \"{id}\" at {} repeats the id first given at {}; ids must be unique",
                at(q.id.span().start),
                at(prev)
            ));
        }
        let [lo, hi] = q.scale.get_ref().map(Number::value);
        if !(lo.is_finite() && hi.is_finite() && lo < hi) {
            return Err(format!(
                "[[question]] \"{id}\" scale at {}: write it as [lowest, highest], lowest below highest",
                at(q.scale.span().start)
            ));
        }
        let labels = check_labels(q.labels, "question", &id, at)?;
        let i = questions.len();
        seen.insert(id.clone(), (q.id.span().start, i));
        let aliases: Vec<String> = q.aliases.iter().map(|a| a.get_ref().clone()).collect();
        for name in [&id, &q.label].into_iter().chain(aliases.iter()) {
            match names.get(&fold(name)) {
                Some(&other) if other != i => {
                    return Err(format!(
                        "[[question]] \"{name}\" (question \"{id}\", at {}) also names question \"{}\"; an alias may name only one",
                        at(q.id.span().start),
                        questions[other].id
                    ));
                }
                _ => {
                    names.insert(fold(name), i);
                }
            }
        }
        questions.push(Question {
            id,
            label: q.label,
            labels,
            aliases,
            scale: (lo, hi),
            unconfigured: false,
        });
    }
    Ok(questions)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, String> {
        Config::parse(text, "test.toml", Some(PathBuf::from("test.toml")))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn builtin_defaults_hold_the_programme_taxonomy() {
        let c = Config::builtin();
        let types: Vec<_> = c.stakeholder_types.ids().collect();
        assert_eq!(
            types,
            [
                "local_authority",
                "education",
                "youth",
                "business",
                "business_support",
                "ecoc",
                "ngo",
                "other"
            ]
        );
        let sectors: Vec<_> = c.sectors.ids().collect();
        assert_eq!(
            sectors,
            [
                "cultural_creative",
                "ict",
                "social_economy",
                "tourism",
                "public_sector",
                "education",
                "other"
            ]
        );
        let q: Vec<_> = c
            .questions
            .iter()
            .map(|q| (q.id.as_str(), q.scale))
            .collect();
        assert_eq!(
            q,
            [
                ("overall", (1.0, 5.0)),
                ("usefulness", (1.0, 5.0)),
                ("organisation", (1.0, 5.0)),
                ("recommend", (0.0, 10.0))
            ]
        );
        assert_eq!(c.likert.get(&fold("Very satisfied")), Some(&5.0));
    }

    #[test]
    fn labels_match_ignoring_case_and_diacritics() {
        let c = Config::builtin();
        assert_eq!(
            c.stakeholder_types.lookup("Autoritate publica locala"),
            Some("local_authority")
        );
        assert_eq!(
            c.stakeholder_types.lookup("local_authority"),
            Some("local_authority")
        );
        assert_eq!(
            c.stakeholder_types.lookup("  LOCAL public AUTHORITY "),
            Some("local_authority")
        );
        assert_eq!(c.sectors.lookup("it&c"), Some("ict"));
        assert_eq!(c.sectors.lookup("Pottery"), None);
    }

    #[test]
    fn a_table_in_the_file_replaces_the_builtin_one_and_others_stay() {
        let c =
            parse("[[sector]]\nid = \"crafts\"\nlabel = \"Crafts\"\naliases = [\"Meșteșuguri\"]\n")
                .unwrap();
        assert_eq!(c.sectors.ids().collect::<Vec<_>>(), ["crafts"]);
        assert_eq!(c.sectors.lookup("mestesuguri"), Some("crafts"));
        assert_eq!(c.stakeholder_types.entries.len(), 8);
        assert_eq!(c.questions.len(), 4);
    }

    #[test]
    fn unknown_keys_are_errors_that_say_where() {
        let e = parse("[[sector]]\nid = \"a\"\nlabel = \"A\"\nalias = [\"x\"]\n").unwrap_err();
        assert!(e.starts_with("test.toml: "), "{e}");
        assert!(e.contains("line 4"), "{e}");
        assert!(e.contains("unknown field `alias`"), "{e}");
    }

    #[test]
    fn duplicate_ids_are_errors_that_say_where() {
        let e = parse(
            "[[sector]]\nid = \"ict\"\nlabel = \"ICT\"\n[[sector]]\nid = \"ict\"\nlabel = \"IT\"\n",
        )
        .unwrap_err();
        assert_eq!(
            e,
            "test.toml: [[sector]] id \"ict\" at line 5, column 6 repeats the id first given at line 2, column 6; ids must be unique"
        );
    }

    #[test]
    fn an_alias_naming_two_ids_is_an_error() {
        let e = parse(
            "[[sector]]\nid = \"a\"\nlabel = \"A\"\naliases = [\"Both\"]\n[[sector]]\nid = \"b\"\nlabel = \"B\"\naliases = [\"both\"]\n",
        )
        .unwrap_err();
        assert!(
            e.contains("\"both\" at line 8, column 12 names both \"a\" and \"b\""),
            "{e}"
        );
    }

    #[test]
    fn reserved_and_malformed_ids_are_refused() {
        let e = parse("[[sector]]\nid = \"unknown\"\nlabel = \"?\"\n").unwrap_err();
        assert!(e.contains("reserved"), "{e}");
        let e = parse("[[sector]]\nid = \"Bad Id\"\nlabel = \"?\"\n").unwrap_err();
        assert!(e.contains("lower case letters"), "{e}");
    }

    #[test]
    fn questions_need_a_sane_scale() {
        let e = parse("[[question]]\nid = \"q\"\nlabel = \"Q\"\nscale = [5, 1]\n").unwrap_err();
        assert!(e.contains("lowest below highest"), "{e}");
        let c = parse("[[question]]\nid = \"q\"\nlabel = \"Q\"\nscale = [0, 10]\n").unwrap();
        assert!(c.questions[0].is_nps());
    }

    #[test]
    fn limits_can_be_raised_or_lowered() {
        let c = parse("[limits]\nmax_rows = 10\nmax_unpacked_mb = 1\n").unwrap();
        assert_eq!(c.limits.max_rows, 10);
        assert_eq!(c.limits.max_unpacked_bytes, 1_000_000);
        assert_eq!(c.limits.max_cells, Limits::default().max_cells);
        let e = parse("[limits]\nmax_rowz = 10\n").unwrap_err();
        assert!(e.contains("unknown field `max_rowz`"), "{e}");
    }

    #[test]
    fn aliases_add_to_the_builtin_entries_without_replacing_them() {
        let c = parse(
            "[aliases.stakeholder_type]\necoc = [\"Fundația Timișoara 2021\"]\n\
             [aliases.sector]\nict = [\"Tehnologie\"]\n\
             [aliases.question]\noverall = [\"Bendras įvertinimas (1-5)\"]\n",
        )
        .unwrap();
        let types = &c.stakeholder_types;
        assert_eq!(types.lookup("Fundatia Timisoara 2021"), Some("ecoc"));
        // The built-in aliases are all still there.
        assert_eq!(types.lookup("ECoC"), Some("ecoc"));
        assert_eq!(types.lookup("Primărie"), Some("local_authority"));
        assert_eq!(types.entries.len(), 8);
        assert_eq!(c.sectors.lookup("tehnologie"), Some("ict"));
        assert_eq!(c.sectors.lookup("IT&C"), Some("ict"));
        let overall = c.questions.iter().find(|q| q.id == "overall").unwrap();
        assert!(
            overall
                .aliases
                .contains(&"Bendras įvertinimas (1-5)".to_string())
        );
        assert!(
            overall
                .aliases
                .contains(&"How satisfied were you with the lab overall?".to_string())
        );
    }

    #[test]
    fn aliases_for_an_id_that_does_not_exist_name_the_line() {
        let e = parse("[report]\ntitle = \"T\"\n\n[aliases.sector]\nict = [\"TIC\"]\ncrafts = [\"Meșteșuguri\"]\n")
            .unwrap_err();
        assert_eq!(
            e,
            "test.toml: [aliases.sector] at line 6, column 1: there is no sector with the id \"crafts\"; the ids are cultural_creative, ict, social_economy, tourism, public_sector, education, other"
        );
        // An added alias that another entry has already is refused as in the tables.
        let e = parse("[aliases.stakeholder_type]\nngo = [\"Primărie\"]\n").unwrap_err();
        assert!(
            e.contains(
                "\"Primărie\" at line 2, column 8 names both \"local_authority\" and \"ngo\""
            ),
            "{e}"
        );
        // An added alias goes to the configured entries too, which replace the built-in ones.
        let c = parse("[[sector]]\nid = \"crafts\"\nlabel = \"Crafts\"\n[aliases.sector]\ncrafts = [\"Meșteșuguri\"]\n")
            .unwrap();
        assert_eq!(c.sectors.lookup("Mestesuguri"), Some("crafts"));
    }

    #[test]
    fn other_in_every_language_is_the_other_entry_and_a_longer_word_is_not() {
        let c = Config::builtin();
        // "Other" as forms in the EU's languages write it, alone or with a word beside it.
        for label in [
            "Muu",
            "Muut",
            "Sonstige",
            "Autre",
            "Otros",
            "Outra",
            "Inne",
            "Jiné",
            "Iné",
            "Egyéb",
            "Cits",
            "Annat",
            "Andet",
            "Annet",
            "Άλλο",
            "Друго",
            "Ieħor",
            "Eile",
            "Muu (palun täpsusta)",
        ] {
            assert_eq!(c.stakeholder_types.lookup(label), Some("other"), "{label}");
            assert_eq!(c.sectors.lookup(label), Some("other"), "{label}");
        }
        // Whole words only: Estonian "muuseum" (a museum) is not "muu" (other).
        assert_eq!(c.sectors.lookup("Muuseum"), Some("cultural_creative"));
        assert_ne!(c.stakeholder_types.lookup("Muuseum"), Some("other"));
    }

    #[test]
    fn labels_in_every_language_are_matched_by_the_vocabularys_keywords_under_the_configs() {
        let c = Config::builtin();
        for (label, id) in [
            ("Ayuntamiento de Madrid", "local_authority"),
            ("Uniwersytet Warszawski", "education"),
            ("Δήμος Αθηναίων", "local_authority"),
            ("Община Пловдив", "local_authority"),
            // A legal form gives way to what the body is for (`[legal_forms]`).
            ("Stowarzyszenie Młodzieży", "youth"),
            ("Kreisjugendring e.V.", "youth"),
            ("Fundación Donostia / San Sebastián 2016", "ecoc"),
            ("Stiftung", "ngo"),
        ] {
            assert_eq!(c.stakeholder_types.lookup(label), Some(id), "{label}");
        }
        for (label, id) in [("Turystyka", "tourism"), ("Kultur", "cultural_creative")] {
            assert_eq!(c.sectors.lookup(label), Some(id), "{label}");
        }
        // The config's own keyword wins over the vocabulary's.
        let c = parse("[keywords.stakeholder_type]\nngo = [\"Ayuntamiento\"]\n").unwrap();
        assert_eq!(
            c.stakeholder_types.lookup("Ayuntamiento de Madrid"),
            Some("ngo")
        );
    }

    #[test]
    fn a_label_is_matched_by_the_keywords_of_one_entry_as_whole_words() {
        // Ids of no built-in entry, so that the vocabulary's keywords (added to the built-in
        // ids' entries, tested in `vocabulary`) stay out of this test of the mechanism.
        let c = parse(
            "[[stakeholder_type]]\nid = \"firms\"\nlabel = \"Business\"\nkeywords = [\"SRL\", \"start-up\"]\n\
             [[stakeholder_type]]\nid = \"civil\"\nlabel = \"NGO\"\nkeywords = [\"civilnog društva\", \"asociație\"]\n",
        )
        .unwrap();
        let t = &c.stakeholder_types;
        // The keyword as the label writes it, for `check` to quote.
        let business = |keyword| Match::Keyword { code: 0, keyword };
        assert_eq!(t.find("Firmă privată (SRL, start-up)"), business("SRL"));
        assert_eq!(t.find("firma s.r.l."), business("s.r.l"));
        assert_eq!(
            t.find("Startup tehnologic"),
            Match::Keyword {
                code: 0,
                keyword: "Startup"
            }
        );
        assert_eq!(
            t.find("Organizacija civilnog drustva"),
            Match::Keyword {
                code: 1,
                keyword: "civilnog drustva"
            }
        );
        // Whole words only: "SRL" is not in "Bursrl", "civilnog" alone is not the keyword.
        assert_eq!(t.find("Bursrl"), Match::None);
        assert_eq!(t.find("Civilnog"), Match::None);
        // Keywords of both: neither.
        assert_eq!(
            t.find("Asociație SRL"),
            Match::Ambiguous(vec![(0, "SRL"), (1, "Asociație")])
        );
        // A legal form gives way to what the body is for; two forms, or two purposes, stay
        // in doubt.
        let forms = parse(
            "[[stakeholder_type]]\nid = \"young\"\nlabel = \"Youth\"\nkeywords = [\"mladih\", \"tineret\"]\n\
             [[stakeholder_type]]\nid = \"civil\"\nlabel = \"NGO\"\nlegal_forms = [\"udruga\", \"asociație\"]\n\
             [[stakeholder_type]]\nid = \"firms\"\nlabel = \"Business\"\nlegal_forms = [\"d.o.o.\"]\nkeywords = [\"firmă\"]\n",
        )
        .unwrap();
        let f = &forms.stakeholder_types;
        let youth = Match::Keyword {
            code: 0,
            keyword: "mladih",
        };
        assert_eq!(f.find("Udruga mladih Rijeka"), youth);
        assert_eq!(
            f.find("Udruga građana"),
            Match::Keyword {
                code: 1,
                keyword: "Udruga"
            }
        );
        assert_eq!(
            f.find("Udruga d.o.o."),
            Match::Ambiguous(vec![(1, "Udruga"), (2, "d.o.o")])
        );
        assert_eq!(
            f.find("Firmă pentru tineret"),
            Match::Ambiguous(vec![(0, "tineret"), (2, "Firmă")])
        );
        assert_eq!(t.code("Asociație SRL"), None);
        // A keyword within another entry's longer one gives way to it.
        let within = parse(
            "[[stakeholder_type]]\nid = \"firms\"\nlabel = \"Business\"\nkeywords = [\"company\"]\n\
             [[stakeholder_type]]\nid = \"civil\"\nlabel = \"NGO\"\nkeywords = [\"non-profit company\"]\n",
        )
        .unwrap();
        assert_eq!(
            within
                .stakeholder_types
                .lookup("A non-profit company for the arts"),
            Some("civil")
        );
        assert_eq!(
            within.stakeholder_types.lookup("A software company"),
            Some("firms")
        );
        // An alias wins over keywords.
        assert_eq!(t.find("Business"), Match::Alias(0));
        // A keyword of two entries is an error.
        let e = parse(
            "[[sector]]\nid = \"a\"\nlabel = \"A\"\nkeywords = [\"Kultura\"]\n[[sector]]\nid = \"b\"\nlabel = \"B\"\nkeywords = [\"kultūra\"]\n",
        )
        .unwrap_err();
        assert!(
            e.contains(
                "keyword \"kultūra\" at line 8, column 13 is a keyword of both \"a\" and \"b\""
            ),
            "{e}"
        );
    }

    #[test]
    fn likert_answers_are_built_in_for_the_six_languages() {
        let c = Config::builtin();
        let value = |answer: &str| c.likert.get(&fold(answer)).copied();
        for (answer, v) in [
            ("Strongly agree", 5.0),
            ("Total de acord", 5.0),
            ("Foarte mulțumită", 5.0),
            ("Helemaal mee eens", 5.0),
            ("Completamente d'accordo", 5.0),
            ("Molto soddisfatta", 5.0),
            ("U potpunosti se slažem", 5.0),
            ("Vrlo zadovoljna", 5.0),
            ("Visiškai sutinku", 5.0),
            ("Neutru", 3.0),
            ("Nesutinku", 2.0),
            ("Helemaal niet mee eens", 1.0),
            ("Uopće se ne slažem", 1.0),
            ("Per niente utile", 1.0),
            ("Deloc util", 1.0),
        ] {
            assert_eq!(value(answer), Some(v), "{answer}");
        }
        // Words whose place depends on the scale are not guessed.
        for answer in ["Good", "Ottimo", "Buono", "Dobro"] {
            assert_eq!(value(answer), None, "{answer}");
        }
    }

    #[test]
    fn a_labels_table_changes_one_translation_without_copying_a_table() {
        let c = parse(
            "[labels.sector]\nict = { ro = \"TIC\", pl = \"Technologie informacyjne\" }\n\
             [labels.question]\noverall = { nl = \"Algemeen oordeel\" }\n",
        )
        .unwrap();
        let label = |language: &str, id: &str| {
            let l = c.localised(language);
            l.sectors
                .entries
                .iter()
                .find(|e| e.id == id)
                .unwrap()
                .label
                .clone()
        };
        // The built-in table is kept, with its labels, and the one translation changed.
        assert_eq!(label("ro", "ict"), "TIC");
        assert_eq!(label("pl", "ict"), "Technologie informacyjne");
        assert_eq!(label("lt", "ict"), "IRT");
        assert_eq!(label("ro", "tourism"), "Turism");
        assert_eq!(label("en", "ict"), "ICT");
        let nl = c.localised("nl");
        let overall = nl.questions.iter().find(|q| q.id == "overall").unwrap();
        assert_eq!(overall.label, "Algemeen oordeel");
        // An id no entry has, or a key that is no language, is an error with its place.
        let e = parse("[labels.sector]\ncrafts = { ro = \"Meșteșuguri\" }\n").unwrap_err();
        assert!(
            e.to_string().contains("[labels.sector] at line 2")
                && e.to_string().contains("no sector with the id \"crafts\""),
            "{e}"
        );
        let e = parse("[labels.sector]\nict = { Romanian = \"TIC\" }\n").unwrap_err();
        assert!(
            e.to_string()
                .contains("\"Romanian\" is not a language code"),
            "{e}"
        );
    }

    #[test]
    fn labels_localise_the_display_only() {
        let c = parse(
            "[[sector]]\nid = \"ict\"\nlabel = \"ICT\"\nlabels = { ro = \"IT&C\" }\n\
             [[question]]\nid = \"q\"\nlabel = \"Overall\"\nlabels = { lt = \"Bendras įvertinimas\" }\nscale = [1, 5]\n",
        )
        .unwrap();
        let ro = c.localised("ro");
        assert_eq!(ro.sectors.entries[0].label, "IT&C");
        assert_eq!(ro.questions[0].label, "Overall");
        // A region is looked past; the code's case does not matter.
        assert_eq!(c.localised("RO-md").sectors.entries[0].label, "IT&C");
        for language in ["en", "lt", "nl"] {
            assert_eq!(c.localised(language).sectors.entries[0].label, "ICT");
        }
        assert_eq!(c.localised("lt").questions[0].label, "Bendras įvertinimas");
        // The config as loaded keeps its labels.
        assert_eq!(c.sectors.entries[0].label, "ICT");
        assert_eq!(c.sectors.entries[0].label_in("ro"), "IT&C");
        // Matching is the same: the id, label and aliases as configured, not the translations.
        // (An id no built-in entry has, so that the vocabulary's keywords stay out of it.)
        let c = parse(
            "[[sector]]\nid = \"crafts\"\nlabel = \"Crafts\"\nlabels = { ro = \"Meșteșuguri\" }\naliases = [\"Handicraft\"]\n",
        )
        .unwrap();
        let ro = c.localised("ro");
        assert_eq!(ro.sectors.entries[0].label, "Meșteșuguri");
        for t in [&c.sectors, &ro.sectors] {
            assert_eq!(t.lookup("crafts"), Some("crafts"));
            assert_eq!(t.lookup("handicraft"), Some("crafts"));
            assert_eq!(t.lookup("Meșteșuguri"), None);
        }
    }

    #[test]
    fn localising_the_builtin_table_keeps_its_ids_order_and_matching() {
        let c = Config::builtin();
        let ro = c.localised("ro");
        let ids = |c: &Config| -> Vec<String> {
            [&c.stakeholder_types, &c.sectors, &c.topics]
                .into_iter()
                .flat_map(|t| t.ids().map(str::to_string))
                .chain(c.questions.iter().map(|q| q.id.clone()))
                .collect()
        };
        assert_eq!(ids(&c), ids(&ro));
        let labels: Vec<&str> = ro.stakeholder_types.labelled().map(|(_, l)| l).collect();
        assert_eq!(
            labels,
            [
                "Autoritate publică locală",
                "Instituție de învățământ",
                "Organizație de tineret",
                "Întreprindere (start-up, IMM)",
                "Structură de sprijin al afacerilor",
                "Organizație CEaC",
                "ONG / societate civilă",
                "Altele"
            ]
        );
        assert_eq!(ro.sectors.entries[1].label, "IT&C");
        assert_eq!(c.localised("lt").sectors.entries[1].label, "IRT");
        assert_eq!(
            c.localised("it").questions[0].label,
            "Soddisfazione complessiva"
        );
        assert_eq!(
            c.localised("hr").topics.entries[0].label,
            "Pristup financiranju"
        );
        assert_eq!(c.localised("en").sectors.entries[1].label, "ICT");
        // A label is matched to the same entry in either, by the same way.
        for label in [
            "Primărie",
            "SC Bega Design SRL",
            "Udruga mladih Rijeka",
            "Pottery",
        ] {
            assert_eq!(
                c.stakeholder_types.find(label),
                ro.stakeholder_types.find(label),
                "{label}"
            );
        }
        assert_eq!(ro.sectors.lookup("ICT"), Some("ict"));
    }

    #[test]
    fn every_builtin_entry_is_labelled_in_the_five_languages() {
        // The report's languages other than English (`wording`), whose catalogs the labels
        // keep to ("Altele", "Satisfacție generală").
        let languages = ["hr", "it", "lt", "nl", "ro"];
        let c = Config::builtin();
        let mut entries: Vec<(&str, &str, &BTreeMap<String, String>)> = Vec::new();
        for (table, t) in [
            ("stakeholder_type", &c.stakeholder_types),
            ("sector", &c.sectors),
            ("topic", &c.topics),
        ] {
            entries.extend(t.entries.iter().map(|e| (table, e.id.as_str(), &e.labels)));
        }
        entries.extend(
            c.questions
                .iter()
                .map(|q| ("question", q.id.as_str(), &q.labels)),
        );
        assert_eq!(entries.len(), 27);
        for (table, id, labels) in entries {
            let have: Vec<&str> = labels.keys().map(String::as_str).collect();
            assert_eq!(have, languages, "[[{table}]] {id}");
            for (language, label) in labels {
                // A chart shows 34 characters of a label (`chart::MAX_LABEL_CHARS`).
                assert!(
                    label.chars().count() <= 34,
                    "[[{table}]] {id} {language}: {label}"
                );
            }
        }
        // The catalogs' words for the same things.
        let other = |language: &str| c.sectors.entries[6].label_in(language).to_string();
        assert_eq!(
            ["ro", "nl", "it", "hr", "lt"].map(other),
            ["Altele", "Overig", "Altro", "Ostalo", "Kita"]
        );
        let overall = |language: &str| c.questions[0].label_in(language).to_string();
        assert_eq!(
            ["ro", "nl", "it", "hr", "lt"].map(overall),
            [
                "Satisfacție generală",
                "Algemene tevredenheid",
                "Soddisfazione complessiva",
                "Opće zadovoljstvo",
                "Bendras pasitenkinimas"
            ]
        );
    }

    #[test]
    fn a_label_language_that_is_no_language_code_is_an_error_that_says_where() {
        let e = parse("[[sector]]\nid = \"ict\"\nlabel = \"ICT\"\nlabels = { ro = \"IT&C\", Lithuanian = \"IRT\" }\n")
            .unwrap_err();
        assert_eq!(
            e,
            "test.toml: [[sector]] \"ict\" labels at line 4, column 25: \"Lithuanian\" is not a language code; write two or three lower case letters, e.g. ro, nl, it, hr, lt"
        );
        for bad in ["RO", "r", "pt-BR", "ro_RO", "1a"] {
            let e = parse(&format!(
                "[[topic]]\nid = \"t\"\nlabel = \"T\"\nlabels = {{ \"{bad}\" = \"x\" }}\n"
            ))
            .unwrap_err();
            assert!(
                e.contains(&format!(
                    "[[topic]] \"t\" labels at line 4, column 12: \"{bad}\" is not a language code"
                )),
                "{e}"
            );
        }
        let e = parse(
            "[[question]]\nid = \"q\"\nlabel = \"Q\"\nscale = [1, 5]\nlabels = { fil = \" \" }\n",
        )
        .unwrap_err();
        assert_eq!(
            e,
            "test.toml: [[question]] \"q\" labels at line 5, column 12: the label for \"fil\" is empty; give one or leave the language out"
        );
        // `labels` is a table of languages; a misspelt key is still an unknown field.
        let e = parse("[[sector]]\nid = \"a\"\nlabel = \"A\"\nlabel_ro = \"B\"\n").unwrap_err();
        assert!(e.contains("unknown field `label_ro`"), "{e}");
    }

    #[test]
    fn a_table_in_the_file_has_only_the_labels_it_gives() {
        // The file's sector table replaces the built-in one whole: its ICT, written without
        // `labels`, is "ICT" in every language, not the built-in "IT&C"/"IRT".
        let c = parse("[[sector]]\nid = \"ict\"\nlabel = \"ICT\"\n").unwrap();
        assert!(c.sectors.entries[0].labels.is_empty());
        assert_eq!(c.localised("ro").sectors.entries[0].label, "ICT");
        // The tables it leaves out are the built-in ones, translations included.
        assert_eq!(
            c.localised("ro").stakeholder_types.entries[7].label,
            "Altele"
        );
        // `[aliases]` adds names, never labels.
        let c = parse("[aliases.sector]\nict = [\"Tehnologie\"]\n").unwrap();
        assert_eq!(c.localised("ro").sectors.entries[1].label, "IT&C");
    }

    #[test]
    fn columns_table_names_known_fields() {
        let c = parse("[columns]\nstakeholder_type = [\"Tip entitate\"]\n").unwrap();
        assert_eq!(
            c.columns,
            [("stakeholder_type", "Tip entitate".to_string())]
        );
        let e = parse("[columns]\nshoe_size = [\"Mărime\"]\n").unwrap_err();
        assert!(e.contains("unknown field \"shoe_size\""), "{e}");
    }
}
