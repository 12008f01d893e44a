//! The report's words in the partner's language: message catalogs (`report-templates/
//! messages/<lang>.ftl`, Fluent, compiled in and overridable like the templates) and the
//! language's conventions for numbers, percentages, dates, lists and plural forms (CLDR, through
//! ICU4X). The report, the workbook, the PDFs and the chart files take their words from here;
//! `check` and the command line's messages stay English.

pub mod catalogs;
mod formats;
#[cfg(test)]
mod tests;

use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use catalogs::{BUILT_IN, catalog_variables};
pub use formats::Formats;

use crate::discover::Date;

#[derive(Debug, thiserror::Error)]
pub enum WordingError {
    #[error(
        "language \"{0}\" has no message catalog: the built-in ones are {built_in}; for another, put messages/{0}.ftl in the templates folder (README: \"Translating the report\")",
        built_in = BUILT_IN.iter().map(|(l, _)| *l).collect::<Vec<_>>().join(", ")
    )]
    Unknown(String),
    #[error("language \"{0}\" is not a language code CLDR knows (en, ro, nl, it, hr, lt, …)")]
    BadCode(String),
    #[error("{file}: {message}")]
    Catalog { file: String, message: String },
}

/// One value a message uses: text as written, or a number that the message may both show
/// (written in the language's conventions) and choose its words by (`PLURAL($n)`).
pub enum Arg {
    Text(String),
    Count(u64),
    /// A number that may have a fraction (votes given in halves).
    Decimal(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Count(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Count(n as u64)
    }
}

/// A message with its values: `say!(w, "history-first", partner = name)`.
#[macro_export]
macro_rules! say {
    ($w:expr, $id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $w.message($id, &[$((stringify!($k), $crate::wording::Arg::from($v))),*])
    };
}

/// The words and conventions of one language.
pub struct Wording {
    language: String,
    bundle: FluentBundle<FluentResource>,
    formats: Formats,
    /// The messages that need no values, written once: a page asks for each of them many
    /// times (measured: the messy 400-lab build spent 7 % more with each asked of Fluent).
    texts: std::collections::HashMap<String, String>,
    /// 0 % to 100 %, written once: every spread chart draws its shares from it.
    percents: std::sync::Arc<Vec<String>>,
}

impl std::fmt::Debug for Wording {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wording")
            .field("language", &self.language)
            .finish()
    }
}

impl Wording {
    /// The built-in catalog of `language` (English under it, for a message a catalog lacks),
    /// with the messages of `user_dir/messages/<language>.ftl` over them when that file exists.
    pub fn new(language: &str, user_dir: Option<&Path>) -> Result<Wording, WordingError> {
        let formats = Formats::new(language)?;
        let (bundle, ids) = catalogs::bundle(language, user_dir)?;
        let mut wording = Wording {
            language: language.to_string(),
            bundle,
            formats,
            texts: std::collections::HashMap::new(),
            percents: std::sync::Arc::default(),
        };
        wording.percents = std::sync::Arc::new(
            (0..=100)
                .map(|p| wording.formats.percent(f64::from(p)))
                .collect(),
        );
        wording.texts = ids
            .into_iter()
            .filter_map(|id| {
                let pattern = wording.bundle.get_message(&id)?.value()?;
                let mut errors = Vec::new();
                let text = wording.bundle.format_pattern(pattern, None, &mut errors);
                // A message that uses a value is written when asked, with it.
                errors.is_empty().then(|| (id, text.into_owned()))
            })
            .collect();
        Ok(wording)
    }

    /// English, built in: for tests and for callers with no config.
    pub fn english() -> Wording {
        Wording::new("en", None).expect("the English catalog is built in")
    }

    /// The BCP 47 code of the language (`<html lang>`).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Message `id` with its values. A message missing from every catalog is a bug caught by
    /// the catalogs' tests; it shows as its id rather than stopping a run.
    pub fn message(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            match v {
                Arg::Text(s) => fluent.set(*k, FluentValue::from(s.as_str())),
                Arg::Count(n) => fluent.set(*k, FluentValue::from(*n)),
                Arg::Decimal(x) => fluent.set(*k, FluentValue::from(*x)),
            }
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent), &mut errors);
        text.into_owned()
    }

    /// Message `id`, or `fallback` when no catalog has it (ids made from data: a role, a field).
    pub fn text_or(&self, id: &str, fallback: &str) -> String {
        if self.bundle.has_message(id) {
            self.text(id)
        } else {
            fallback.to_string()
        }
    }

    /// Message `id`, which has no values.
    pub fn text(&self, id: &str) -> String {
        match self.texts.get(id) {
            Some(text) => text.clone(),
            None => self.message(id, &[]),
        }
    }

    /// A count: "1,234", "1.234", "1 234".
    pub fn count(&self, n: u64) -> String {
        self.formats.integer(n as i64)
    }

    /// A signed whole number, with its sign: "+12", "−3" (the NPS).
    pub fn signed(&self, n: i64) -> String {
        self.formats.signed(n)
    }

    /// A whole number as the language writes it, a minus sign where negative: "-2", "−2".
    pub fn signed_plain(&self, n: i64) -> String {
        self.formats.integer(n)
    }

    /// "4 or 5", "3, 4 or 5" in the language.
    pub fn or_list(&self, items: &[String]) -> String {
        self.formats.or_list(items)
    }

    /// `x` with `digits` decimals: "4.25", "4,25".
    pub fn decimal(&self, x: f64, digits: u8) -> String {
        self.formats.decimal(x, digits)
    }

    /// `part` of `whole` as a whole percentage ("83%", "83 %"), or "–" when `whole` is 0.
    pub fn percent(&self, part: f64, whole: f64) -> String {
        if whole > 0.0 {
            self.formats.percent(100.0 * part / whole)
        } else {
            "–".into()
        }
    }

    /// The messages that need no values, by id, as written.
    pub fn texts(&self) -> impl Iterator<Item = (&str, &str)> {
        self.texts
            .iter()
            .map(|(id, text)| (id.as_str(), text.as_str()))
    }

    /// Whole percentages as written, `[p]` for p % (0 to 100).
    pub fn percents(&self) -> std::sync::Arc<Vec<String>> {
        self.percents.clone()
    }

    /// A date, long: "30 September 2019", "30 septembrie 2019", "2019 m. rugsėjo 30 d.".
    pub fn date(&self, d: Date) -> String {
        self.formats.date(d)
    }

    /// "A, B and C" in the language.
    pub fn and_list(&self, items: &[String]) -> String {
        self.formats.and_list(items)
    }
}

/// A reporting period's label in the report's language. The half-years labreport makes when
/// the config names no periods (`2019-H2`, "July–December 2019") are written in the language;
/// a period the config names keeps its label as written.
pub fn period_label(id: &str, label: &str, w: &Wording) -> String {
    let half = id
        .split_once("-H")
        .and_then(|(year, h)| Some((year.parse::<i32>().ok()?, h)));
    match half {
        Some((year, "1")) if label == format!("January–June {year}") => {
            w.message("period-h1", &[("year", Arg::Text(year.to_string()))])
        }
        Some((year, "2")) if label == format!("July–December {year}") => {
            w.message("period-h2", &[("year", Arg::Text(year.to_string()))])
        }
        _ => label.to_string(),
    }
}
