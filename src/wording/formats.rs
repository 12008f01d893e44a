//! A language's conventions for numbers, percentages, dates, lists and plural forms, from CLDR
//! through ICU4X's compiled data: nothing here is a hand-written table of a language.

use icu_calendar::{Date as IcuDate, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::{Decimal, SignDisplay};
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};
use writeable::Writeable;

use super::WordingError;
use crate::discover::Date;

/// The locale whose conventions a report language writes with. English is written as in the
/// United Kingdom ("30 September 2019"), not as CLDR's `en`, which is American.
pub fn locale_of(language: &str) -> Result<Locale, WordingError> {
    let tag = if language == "en" { "en-GB" } else { language };
    Locale::try_from_str(tag).map_err(|_| WordingError::BadCode(language.to_string()))
}

pub struct Formats {
    plurals: PluralRules,
    decimal: DecimalFormatter,
    percent: PercentFormatter<DecimalFormatter>,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    list: ListFormatter,
    or_list: ListFormatter,
    /// Whether the language writes 0 to 9 as ASCII digits (every EU language does): then a
    /// number below 1,000, which no grouping separates, is written as Rust writes it, without
    /// ICU4X's formatter (most counts of a report are small; measured at 400 labs).
    ascii_digits: bool,
}

impl Formats {
    pub fn new(language: &str) -> Result<Formats, WordingError> {
        let locale = locale_of(language)?;
        let missing = |what: &str| WordingError::BadCode(format!("{language} ({what})"));
        Ok(Formats {
            plurals: PluralRules::try_new_cardinal((&locale).into())
                .map_err(|_| missing("plural rules"))?,
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default())
                .map_err(|_| missing("numbers"))?,
            percent: PercentFormatter::try_new((&locale).into(), Default::default())
                .map_err(|_| missing("percentages"))?,
            date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
                .map_err(|_| missing("dates"))?,
            list: ListFormatter::try_new_and(
                (&locale).into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .map_err(|_| missing("lists"))?,
            or_list: ListFormatter::try_new_or(
                (&locale).into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .map_err(|_| missing("lists"))?,
            ascii_digits: false,
        }
        .with_digits_checked())
    }

    fn with_digits_checked(mut self) -> Formats {
        self.ascii_digits = (0..10).all(|d: i64| {
            self.decimal.format(&Decimal::from(d)).write_to_string() == d.to_string()
        });
        self
    }

    pub fn plural(&self, n: u64) -> &'static str {
        category_name(self.plurals.category_for(n))
    }

    /// The plural categories the language has (CLDR).
    pub fn categories(&self) -> Vec<&'static str> {
        self.plurals.categories().map(category_name).collect()
    }

    pub fn integer(&self, n: i64) -> String {
        self.decimal
            .format(&Decimal::from(n))
            .write_to_string()
            .into_owned()
    }

    /// "+12", "−3", "0".
    pub fn signed(&self, n: i64) -> String {
        let mut d = Decimal::from(n);
        if n > 0 {
            d.apply_sign_display(SignDisplay::ExceptZero);
        }
        self.decimal.format(&d).write_to_string().into_owned()
    }

    pub fn decimal(&self, x: f64, digits: u8) -> String {
        // A whole number with no decimals asked (a count beside its bar) is a count.
        if digits == 0 && x.fract() == 0.0 && x.abs() < 1e15 {
            return self.integer(x as i64);
        }
        self.decimal
            .format(&fixed(x, digits))
            .write_to_string()
            .into_owned()
    }

    /// `percent` (0–100) rounded to a whole number, with the sign as the language writes it.
    pub fn percent(&self, percent: f64) -> String {
        self.percent
            .format(&fixed(percent, 0))
            .write_to_string()
            .into_owned()
    }

    pub fn date(&self, d: Date) -> String {
        match IcuDate::try_new_gregorian(d.year, d.month as u8, d.day as u8) {
            Ok(date) => self.date.format(&date).write_to_string().into_owned(),
            Err(_) => d.to_string(),
        }
    }

    pub fn or_list(&self, items: &[String]) -> String {
        self.or_list
            .format(items.iter().map(String::as_str))
            .write_to_string()
            .into_owned()
    }

    pub fn and_list(&self, items: &[String]) -> String {
        self.list
            .format(items.iter().map(String::as_str))
            .write_to_string()
            .into_owned()
    }
}

/// `x` rounded to `digits` decimals, the zeros kept ("4.50").
fn fixed(x: f64, digits: u8) -> Decimal {
    let text = format!("{:.*}", usize::from(digits), x);
    Decimal::try_from_str(&text).unwrap_or_default()
}

pub fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}
