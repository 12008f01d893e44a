//! The labs under the inputs folder: `inputs/<partner>/<lab>/`, their files and `lab.toml`.

use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use crate::diagnostics::{Diagnostics, Location, line_column};

#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    #[error(
        "the inputs folder {0} does not exist; put each lab's files in {0}/<partner>/<lab>/, or name another folder with --inputs"
    )]
    Missing(String),
    #[error("cannot list the folder {path}: {source}")]
    List {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "no labs found in {0}: expected folders {0}/<partner>/<lab>/ holding the lab's spreadsheets, e.g. {0}/timisoara/2019-09-30-lll1/registrations.xlsx"
    )]
    NoLabs(String),
}

/// A calendar date, as labs are dated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// The date `days` after 1970-01-01 (negative: before), in the proleptic Gregorian
    /// calendar (Howard Hinnant's civil-from-days).
    pub fn from_unix_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month as u32, day as u32)
    }

    /// Days from 1970-01-01 (negative: before); the inverse of `from_unix_days` (Howard
    /// Hinnant's days-from-civil).
    pub fn unix_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Parses a leading `YYYY-MM-DD`, returning the date and whether the text was that shape.
    pub fn parse_iso_prefix(text: &str) -> Option<Result<Date, ()>> {
        let b = text.as_bytes();
        if b.len() < 10
            || b[4] != b'-'
            || b[7] != b'-'
            || ![0, 1, 2, 3, 5, 6, 8, 9]
                .iter()
                .all(|&i| b[i].is_ascii_digit())
            || b.get(10).is_some_and(|c| c.is_ascii_digit())
        {
            return None;
        }
        let year = text[0..4].parse().ok()?;
        let month = text[5..7].parse().ok()?;
        let day = text[8..10].parse().ok()?;
        Some(Date::new(year, month, day).ok_or(()))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One lab: a folder of input files and what `lab.toml` says about it.
#[derive(Debug, Clone)]
pub struct Lab {
    /// `<partner>/<lab folder name>`.
    pub key: String,
    /// The partner's folder name.
    pub partner: String,
    /// How the partner is named in the report: `partner` in any of its labs' lab.toml, else
    /// the folder name with a capital.
    pub partner_label: String,
    pub name: String,
    pub date: Option<Date>,
    /// Where the date came from, for `check`: "lab.toml", "the folder name", "the check-in
    /// dates", "the feedback timestamps", or "" when the lab is undated.
    pub date_from: &'static str,
    pub title: Option<String>,
    pub venue: Option<String>,
    pub theme: Option<String>,
    pub files: Vec<InputFile>,
    /// The lab's lab.toml, if it has one.
    pub lab_toml: Option<PathBuf>,
    /// `[[outcome]]` entries of lab.toml: ideas written there rather than in a sheet.
    pub outcomes: Vec<LabOutcome>,
}

/// An idea of the world café written in lab.toml (`[[outcome]]`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LabOutcome {
    pub idea: String,
    #[serde(default, deserialize_with = "text_or_number")]
    pub table: Option<String>,
    #[serde(default, deserialize_with = "text_or_number")]
    pub round: Option<String>,
    pub topic: Option<String>,
    pub votes: Option<f64>,
    /// The next step.
    pub follow_up: Option<String>,
    /// Who takes it further (an organisation or a role, not a person's name).
    pub owner: Option<String>,
    #[serde(default, deserialize_with = "text_or_number")]
    pub deadline: Option<String>,
    #[serde(default)]
    pub stakeholder_types: Vec<String>,
}

/// `table = 3` and `table = "3"` alike; a date (`deadline = 2021-06-30`) as written.
fn text_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v: Option<toml::Value> = Option::deserialize(d)?;
    Ok(v.map(|v| match v {
        toml::Value::String(s) => s,
        other => other.to_string(),
    }))
}

#[derive(Debug, Clone)]
pub struct InputFile {
    pub path: PathBuf,
    /// The path relative to the inputs folder, with `/`: how messages name the file.
    pub display: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LabToml {
    partner: Option<String>,
    date: Option<toml::Value>,
    title: Option<String>,
    venue: Option<String>,
    theme: Option<String>,
    #[serde(default)]
    outcome: Vec<LabOutcome>,
}

/// Finds every lab under `inputs`, sorted by partner and folder name.
pub fn discover_labs(inputs: &Path, diags: &mut Diagnostics) -> Result<Vec<Lab>, DiscoverError> {
    let shown = inputs.display().to_string();
    if !inputs.is_dir() {
        return Err(DiscoverError::Missing(shown));
    }
    // The lab folders first, then each read (in parallel: a listing and a lab.toml each).
    let mut found: Vec<(PathBuf, String, String)> = Vec::new();
    for partner_entry in sorted_entries(inputs)? {
        let partner = file_name(&partner_entry.path);
        if is_ignored(&partner) {
            continue;
        }
        if !partner_entry.is_dir {
            diags.warn(
                Location::file(&partner),
                format!("a file directly in the inputs folder is not read; move it into {shown}/<partner>/<lab>/"),
            );
            continue;
        }
        for lab_entry in sorted_entries(&partner_entry.path)? {
            let name = file_name(&lab_entry.path);
            if is_ignored(&name) {
                continue;
            }
            let rel = format!("{partner}/{name}");
            if !lab_entry.is_dir {
                diags.warn(
                    Location::file(&rel),
                    format!("a file directly in a partner folder is not read; move it into a lab folder, {shown}/{partner}/<lab>/"),
                );
                continue;
            }
            found.push((lab_entry.path, partner.clone(), name));
        }
    }
    let read: Vec<Result<(Lab, Diagnostics), DiscoverError>> = found
        .par_iter()
        .map(|(dir, partner, name)| {
            let mut d = Diagnostics::default();
            read_lab(dir, partner, name, &mut d).map(|lab| (lab, d))
        })
        .collect();
    let mut labs = Vec::with_capacity(read.len());
    for r in read {
        let (lab, d) = r?;
        labs.push(lab);
        diags.extend(d);
    }
    if labs.is_empty() {
        return Err(DiscoverError::NoLabs(shown));
    }
    // One name per partner: the first one a lab.toml gives.
    let named: Vec<(String, String)> = labs
        .iter()
        .filter(|l| l.partner_label != capitalised(&l.partner))
        .map(|l| (l.partner.clone(), l.partner_label.clone()))
        .collect();
    for lab in &mut labs {
        if let Some((_, label)) = named.iter().find(|(p, _)| *p == lab.partner) {
            lab.partner_label = label.clone();
        }
    }
    Ok(labs)
}

fn read_lab(
    dir: &Path,
    partner: &str,
    name: &str,
    diags: &mut Diagnostics,
) -> Result<Lab, DiscoverError> {
    let key = format!("{partner}/{name}");
    let mut lab = Lab {
        key: key.clone(),
        partner: partner.to_string(),
        partner_label: capitalised(partner),
        name: name.to_string(),
        date: None,
        date_from: "",
        title: None,
        venue: None,
        theme: None,
        files: Vec::new(),
        lab_toml: None,
        outcomes: Vec::new(),
    };
    match Date::parse_iso_prefix(name) {
        Some(Ok(d)) => {
            lab.date = Some(d);
            lab.date_from = "the folder name";
        }
        Some(Err(())) => diags.warn(
            Location::file(&key),
            format!("the folder name starts with {}, which is not a real date; the lab is undated (rename the folder, or set date in lab.toml)", &name[..10]),
        ),
        None => {}
    }
    for entry in sorted_entries(dir)? {
        let file = file_name(&entry.path);
        let display = format!("{key}/{file}");
        if is_ignored(&file) {
            continue;
        }
        if entry.is_dir {
            diags.warn(
                Location::file(&display),
                "a folder inside a lab folder is not read; put the lab's files directly in the lab folder",
            );
        } else if file == "lab.toml" {
            read_lab_toml(&entry.path, &display, &mut lab, diags);
            lab.lab_toml = Some(entry.path);
        } else {
            lab.files.push(InputFile {
                path: entry.path,
                display,
            });
        }
    }
    if lab.files.is_empty() {
        diags.warn(
            Location::file(&key),
            "the lab folder holds no input files; the lab is listed with no participants",
        );
    }
    Ok(lab)
}

fn read_lab_toml(path: &Path, display: &str, lab: &mut Lab, diags: &mut Diagnostics) {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            diags.warn(
                Location::file(display),
                format!("cannot read it: {e}; the lab's details are left out"),
            );
            return;
        }
    };
    let at = |offset: usize| line_column(&text, offset);
    let parsed: LabToml = match toml::from_str(&text) {
        Ok(p) => p,
        Err(e) => {
            let place = e
                .span()
                .map(|s| format!(" at {}", at(s.start)))
                .unwrap_or_default();
            diags.warn(
                Location::file(display),
                format!(
                    "not valid TOML{place}: {}; fix it (e.g. date = 2019-09-30, title = \"...\"); the lab's details are left out",
                    e.message().trim()
                ),
            );
            return;
        }
    };
    if let Some(p) = parsed.partner.filter(|p| !p.trim().is_empty()) {
        lab.partner_label = p.trim().to_string();
    }
    lab.title = parsed.title;
    lab.venue = parsed.venue;
    lab.theme = parsed.theme;
    lab.outcomes = parsed.outcome;
    if let Some(value) = parsed.date {
        let text_date = match &value {
            toml::Value::Datetime(d) => d
                .date
                .map(|d| (d.year as i32, d.month as u32, d.day as u32)),
            toml::Value::String(s) => match Date::parse_iso_prefix(s.trim()) {
                Some(Ok(d)) if s.trim().len() == 10 => Some((d.year, d.month, d.day)),
                _ => None,
            },
            _ => None,
        };
        match text_date.and_then(|(y, m, d)| Date::new(y, m, d)) {
            Some(d) => {
                lab.date = Some(d);
                lab.date_from = "lab.toml";
            }
            None => diags.warn(
                Location::file(display),
                format!("date = {value} is not a date; write it as date = 2019-09-30"),
            ),
        }
    }
}

/// "timisoara" → "Timisoara": the first letter in capitals.
pub(crate) fn capitalised(name: &str) -> String {
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A folder's entries, sorted, each with whether it is a folder. The listing says what each
/// entry is, so only links need a look at what they point to (a stat per entry was a third
/// of discovering 4,000 labs).
fn sorted_entries(dir: &Path) -> Result<Vec<Entry>, DiscoverError> {
    let list_err = |source| DiscoverError::List {
        path: dir.display().to_string(),
        source,
    };
    let mut entries = std::fs::read_dir(dir)
        .map_err(list_err)?
        .map(|e| {
            e.map(|e| {
                let path = e.path();
                let is_dir = match e.file_type() {
                    Ok(t) if !t.is_symlink() => t.is_dir(),
                    _ => path.is_dir(),
                };
                Entry { path, is_dir }
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(list_err)?;
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(entries)
}

struct Entry {
    path: PathBuf,
    is_dir: bool,
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Hidden files, and the lock files Office and LibreOffice leave beside open documents.
fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || name.starts_with("~$") || name.starts_with(".~lock")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_from_1970_and_back() {
        // 1970-01-01 is day 0; 2019-09-30 is day 18,169 (by hand: 49 years of 365 days, 12
        // leap days, 272 days into 2019).
        assert_eq!(Date::new(1970, 1, 1).unwrap().unix_days(), 0);
        assert_eq!(
            Date::new(2019, 9, 30).unwrap().unix_days(),
            49 * 365 + 12 + 272
        );
        for d in -800_000..800_000i64 {
            if d % 997 == 0 {
                assert_eq!(Date::from_unix_days(d).unwrap().unix_days(), d);
            }
        }
    }

    #[test]
    fn dates_are_validated() {
        assert_eq!(
            Date::new(2020, 2, 29).map(|d| d.to_string()),
            Some("2020-02-29".into())
        );
        assert_eq!(Date::new(2019, 2, 29), None);
        assert_eq!(Date::new(2019, 13, 1), None);
        assert_eq!(Date::new(2100, 2, 29), None);
        assert!(Date::new(2000, 2, 29).is_some());
    }

    #[test]
    fn folder_names_give_a_leading_iso_date() {
        assert_eq!(
            Date::parse_iso_prefix("2019-09-30-lll1"),
            Some(Ok(Date {
                year: 2019,
                month: 9,
                day: 30
            }))
        );
        assert_eq!(Date::parse_iso_prefix("2019-02-30-lll1"), Some(Err(())));
        assert_eq!(Date::parse_iso_prefix("lll1"), None);
        assert_eq!(Date::parse_iso_prefix("20190930"), None);
    }
}
