//! Understanding the sheets: each sheet's role and columns, then its rows as registrations,
//! sign-ins or feedback responses, with every label matched to the taxonomy.

pub mod across_labs;
pub mod columns;
pub mod headers;
pub mod meetings;
pub mod questions;
pub mod unread;
pub mod values;

use std::collections::BTreeMap;

use crate::config::{Config, Match, Taxonomy};
use crate::diagnostics::{Diagnostics, Location, cell_list, cell_name, plural};
use crate::fold::fold;
use crate::read::{Data, Sheet};

use columns::{Field, HeaderIndex, Layout, LayoutError, Role, recognise_layout};
use smallvec::SmallVec;
use values::{cell_text, email_key_into, has_text, rating, split_labels, yes_no};

/// A registered person, as one row of a registration list gives them. Types and sectors are
/// codes: positions in the config's tables, `unknown` one past the end (`Taxonomy::code`).
#[derive(Debug, Clone, PartialEq)]
pub struct Registration {
    /// The e-mail as a key (`values::email_key`).
    pub email: Option<Text>,
    /// The name as written (first and last joined); `link_people` makes the key from it.
    pub name: Option<Text>,
    pub stakeholder_type: u32,
    /// Sector codes, each once; `unknown`'s alone when none is given or recognised.
    pub sectors: SmallVec<[u32; 3]>,
    /// From the sheet's attended column, if it has one.
    pub attended: Option<bool>,
    /// Where the row is, for a person with neither e-mail nor name: their key.
    pub place: Option<Text>,
    /// The organisation as written.
    pub organisation: Option<Text>,
}

/// A row of a sign-in sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct SignIn {
    pub email: Option<Text>,
    /// The name as written (first and last joined); `link_people` makes the key from it.
    pub name: Option<Text>,
    pub present: bool,
    /// The organisation as written.
    pub organisation: Option<Text>,
}

/// One rating of a feedback response: the question's index in the config, and the answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rating {
    pub question: u32,
    pub value: f64,
}

/// Where a record's text (an e-mail key, a name, a place) is in its file's
/// `FileRecords::text`. A file's texts share one buffer rather than each being a string of
/// its own: two allocations fewer a row, and records a third smaller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    start: u32,
    end: u32,
}

/// A label that matched no alias: counted as unknown and listed.
#[derive(Debug, Clone, PartialEq)]
pub struct Unmapped {
    pub field: String,
    pub value: String,
    pub location: Location,
    /// The entries whose keywords its words hold, with the keyword, when there are several
    /// (so that none was chosen); empty otherwise.
    pub candidates: Vec<(String, String)>,
}

/// A label that matched no alias but held a keyword of one entry, and was counted under it:
/// `check` lists each, so that a wrong one can be corrected with an alias.
#[derive(Debug, Clone, PartialEq)]
pub struct ByKeyword {
    pub field: &'static str,
    pub value: String,
    pub id: String,
    pub keyword: String,
    pub location: Location,
}

/// An outcome sheet's header row (0-based) and its columns: (column, what it holds, header).
pub type OutcomeColumns = (usize, Vec<(usize, &'static str, String)>);

/// What `check` and the data-quality appendix say about one sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetReport {
    pub file: String,
    pub sheet: Option<String>,
    pub layout: Option<Layout>,
    /// Rows taken as people or responses.
    pub rows: usize,
    /// Totals or summary rows left out.
    pub summary_rows: usize,
    /// Why the sheet was not read, if it was not.
    pub skipped: Option<String>,
    /// The same as values, for the report to say in its language; `None` where the reason is
    /// a reader's error (told in English).
    pub skip: Option<Skip>,
    /// What it gave as a world café's outcome sheet, in words (`outcomes::sheets`).
    pub outcomes: Option<String>,
    /// The same for the report, in its language: the sheet's shape (`outcomes::sheets::
    /// Shape::key`) and its ideas.
    pub outcome_shape: Option<(&'static str, usize)>,
    /// An outcome sheet's header row (0-based) and columns: (column, what it holds, header).
    pub outcome_columns: Option<OutcomeColumns>,
}

/// Everything read from one file.
#[derive(Debug, Default)]
pub struct FileRecords {
    pub registrations: Vec<Registration>,
    pub sign_ins: Vec<SignIn>,
    /// How many feedback responses were read; their ratings are in `ratings`.
    pub responses: usize,
    pub ratings: Vec<Rating>,
    /// Rating questions found in the file's sheets that the config does not name; a rating
    /// of the `i`th is coded `config.questions.len() + i` (see `questions::merge_unconfigured`).
    pub unconfigured: Vec<questions::NewQuestion>,
    /// The records' texts, one after the other (see `Text`).
    pub text: String,
    /// Dates in check-in columns, and in feedback forms' timestamps: a lab without a date of
    /// its own is dated by them.
    pub check_in_dates: Vec<crate::discover::Date>,
    pub feedback_dates: Vec<crate::discover::Date>,
    /// Whether a registration sheet had an attended column.
    pub attended_column: bool,
    pub sheets: Vec<SheetReport>,
    pub unmapped: Vec<Unmapped>,
    /// Columns not read that hold categories or ratings, each with where it is (as the
    /// warning names it), for `check --suggest`.
    pub unread: Vec<(String, unread::Unread)>,
    pub by_keyword: Vec<ByKeyword>,
    pub diagnostics: Diagnostics,
}

impl FileRecords {
    /// The text `t` stands for.
    pub fn text(&self, t: Text) -> &str {
        &self.text[t.start as usize..t.end as usize]
    }

    /// Keeps `text` with the records; where it is.
    pub fn add_text(&mut self, text: &str) -> Text {
        add_text(&mut self.text, |buf| {
            buf.push_str(text);
            true
        })
        .unwrap_or(Text { start: 0, end: 0 })
    }
}

/// Appends to a file's text what `write` writes, if it says there is something and it is not
/// empty; where it is.
fn add_text(text: &mut String, write: impl FnOnce(&mut String) -> bool) -> Option<Text> {
    let start = text.len();
    if !write(text) || text.len() == start {
        text.truncate(start);
        return None;
    }
    // A file's rows are bounded by its limits long before 4 GiB of names and e-mails.
    let at = |n: usize| u32::try_from(n).expect("a file's names and e-mails fit in 4 GiB");
    Some(Text {
        start: at(start),
        end: at(text.len()),
    })
}

/// Words that mark a totals or summary row at the foot of a hand-kept list.
const SUMMARY_WORDS: &[&str] = &[
    "total",
    "totals",
    "grandtotal",
    "totalgeneral",
    "sum",
    "suma",
    "totaal",
    "totale",
    "ukupno",
    "isviso",
    "average",
    "mean",
    "medie",
    "media",
    "gemiddelde",
    "prosjek",
    "vidurkis",
];

/// Recognises every sheet of one file and reads its rows.
pub fn recognise_file(
    file: &str,
    sheets: &[Sheet<'_>],
    config: &Config,
    index: &HeaderIndex,
) -> FileRecords {
    let mut out = FileRecords::default();
    for sheet in sheets {
        recognise_sheet(file, sheet, config, index, &mut out);
    }
    finish_file(file, &mut out);
    out
}

/// Recognises one sheet of `file` and reads its rows into `out`: the sheets of a workbook are
/// handed over one by one while it is read (`read::read_file`), then `finish_file`.
pub fn recognise_sheet(
    file: &str,
    sheet: &Sheet<'_>,
    config: &Config,
    index: &HeaderIndex,
    out: &mut FileRecords,
) {
    let name = sheet.name.as_deref();
    let hint = format!("{file} {}", name.unwrap_or(""));
    let location = Location::sheet(file, name);
    let mut report = SheetReport {
        file: file.to_string(),
        sheet: name.map(str::to_string),
        layout: None,
        rows: 0,
        summary_rows: 0,
        skipped: None,
        skip: None,
        outcomes: None,
        outcome_columns: None,
        outcome_shape: None,
    };
    // A hidden sheet (put away by the workbook's author: an old list, a lookup table) is not
    // read; where it holds people or answers, that is said with how many.
    if sheet.hidden {
        let what = match meetings::recognise_meeting(sheet, config.min_minutes) {
            Some(m) => Some(plural(
                (m.attendees.len() + m.registrants.len()) as u64,
                "participant",
            )),
            None => recognise_layout(sheet, index, config, &hint).ok().map(|l| {
                let rows = sheet.rows[l.header_row + 1..]
                    .iter()
                    .filter(|r| r.iter().any(has_text))
                    .count();
                format!("{} of {}", plural(rows as u64, "row"), l.role.name())
            }),
        };
        let why = "hidden in the workbook, so not read".to_string();
        if let Some(what) = what {
            out.diagnostics.warn(
                location.clone(),
                format!(
                    "the sheet is hidden in the workbook, so its {what} are not counted; if they belong to the lab, unhide the sheet"
                ),
            );
        }
        report.skipped = Some(why);
        report.skip = Some(Skip::Hidden);
        out.sheets.push(report);
        return;
    }
    // A meeting tool's attendance report is known by its header before anything else: its
    // summary rows and section titles would otherwise read as people.
    if let Some(meeting) = meetings::recognise_meeting(sheet, config.min_minutes) {
        read_meeting(meeting, config, &location, &mut report, out);
        out.sheets.push(report);
        return;
    }
    match recognise_layout(sheet, index, config, &hint) {
        Ok(layout) => {
            if let Some(doubt) = &layout.doubt {
                out.diagnostics.warn(location.clone(), doubt.clone());
            }
            let above = columns::people_above(sheet, &layout);
            if let (Some(&first), Some(&last)) = (above.first(), above.last()) {
                let rows = if first == last {
                    format!("row {}", first + 1)
                } else {
                    format!("rows {}–{}", first + 1, last + 1)
                };
                out.diagnostics.warn(
                    location.clone().with_cell(rows.clone()),
                    format!(
                        "{} above the header (row {}) look like people's (an e-mail address, or names under the name columns), and are not read: if they are, give them a header of their own or name the columns under [columns] in labreport.toml",
                        plural(above.len() as u64, "row"),
                        layout.header_row + 1
                    ),
                );
            }
            for u in unread::unread_columns(sheet, &layout, config, index) {
                let at = location.clone().with_cell(u.cell.clone());
                out.diagnostics.warn(at.clone(), u.message.clone());
                out.unread.push((at.to_string(), u));
            }
            read_rows(sheet, &layout, config, &location, &mut report, out);
            if report.rows == 0 {
                let why = format!(
                    "the sheet has a header (row {}) but no {} rows; was the right sheet exported?",
                    layout.header_row + 1,
                    layout.role.name()
                );
                out.diagnostics.warn(location.clone(), why.clone());
                report.skipped = Some(why);
                report.skip = Some(Skip::NoRows {
                    header_row: layout.header_row + 1,
                    role: layout.role.name(),
                });
            }
            report.layout = Some(layout);
        }
        Err(LayoutError::Empty) => report.skipped = Some("empty".into()),
        Err(LayoutError::NoHeader { row, first, cells }) => {
            let which = if first {
                "first row".to_string()
            } else {
                format!("row {}, the likeliest header", row + 1)
            };
            let why = format!(
                "no column is recognised ({which}: {}); expected headers such as E-mail, Name, Stakeholder type, Sector, Attended or a feedback question; add yours under [columns] or [[question]] in labreport.toml",
                quote_list(&cells)
            );
            out.diagnostics.warn(location.clone(), why);
            // The first row may be a person (a list without a header row): the warning on
            // the terminal quotes it, the report does not.
            report.skipped = Some(
                "no column is recognised in its first rows; expected headers such as E-mail, Name, Stakeholder type, Sector, Attended or a feedback question"
                    .into(),
            );
            report.skip = Some(Skip::NoHeader);
        }
        Err(LayoutError::NoRole { headers }) => {
            let why = format!(
                "the columns ({}) hold no e-mail, name, stakeholder type, sector or feedback question, so the sheet is not read; expected headers such as E-mail, Name, Stakeholder type, Sector, Attended",
                quote_list(&headers)
            );
            out.diagnostics.warn(location.clone(), why.clone());
            report.skipped = Some(why);
            report.skip = Some(Skip::NoRole {
                headers: headers.clone(),
            });
        }
        Err(LayoutError::NoPeople { columns }) => {
            let why = format!(
                "it has {} but no names or e-mails, so it is not read as a registration list: its people could not be counted once each, nor matched to a sign-in sheet; add the names or e-mails, or name their column under [columns] in labreport.toml",
                columns.join(" and ")
            );
            out.diagnostics.warn(location.clone(), why.clone());
            report.skipped = Some(why);
            report.skip = Some(Skip::NoPeople {
                columns: columns.clone(),
            });
        }
    }
    out.sheets.push(report);
}

/// Why a sheet was not read, as values: the report's data-quality appendix says it in the
/// report's language (`outcome-sheet-note`'s neighbours in the catalogs, `skip-*`).
#[derive(Debug, Clone, PartialEq)]
pub enum Skip {
    /// Hidden in the workbook.
    Hidden,
    /// A header (this 1-based row) and no rows of this role under it.
    NoRows {
        header_row: usize,
        role: &'static str,
    },
    /// No column recognised in the first rows.
    NoHeader,
    /// Columns read, none of them a person's or a question.
    NoRole { headers: Vec<String> },
    /// Types or sectors but no names or e-mails.
    NoPeople { columns: Vec<String> },
    /// A meeting report (of this tool) with a header (this 1-based row) and no participants.
    NoParticipants { tool: String, header_row: usize },
}

/// A meeting tool's report as a sign-in sheet: its participants, each once, came.
fn read_meeting(
    meeting: meetings::MeetingReport,
    config: &Config,
    location: &Location,
    report: &mut SheetReport,
    out: &mut FileRecords,
) {
    for a in &meeting.attendees {
        let email = a.email.as_deref().map(|e| out.add_text(e));
        let name = a.name.as_deref().map(|n| out.add_text(n));
        out.sign_ins.push(SignIn {
            email,
            name,
            present: true,
            organisation: None,
        });
    }
    // A webinar's registrants: registrations, each saying whether they attended.
    for r in &meeting.registrants {
        let email = r.email.as_deref().map(|e| out.add_text(e));
        let name = r.name.as_deref().map(|n| out.add_text(n));
        out.registrations.push(Registration {
            email,
            name,
            stakeholder_type: config.stakeholder_types.unknown_code(),
            sectors: smallvec::smallvec![config.sectors.unknown_code()],
            attended: Some(r.attended),
            place: None,
            organisation: None,
        });
    }
    if !meeting.registrants.is_empty() {
        out.attended_column = true;
    }
    report.rows = meeting.attendees.len() + meeting.registrants.len();
    let mut why = format!(
        "{}: {}",
        meeting.kind,
        plural(meeting.attendees.len() as u64, "participant")
    );
    if !meeting.registrants.is_empty() {
        let came = meeting.registrants.iter().filter(|r| r.attended).count();
        why = format!(
            "{}: {} ({came} attended){}",
            meeting.kind,
            plural(meeting.registrants.len() as u64, "registrant"),
            if meeting.attendees.is_empty() {
                String::new()
            } else {
                format!(
                    " and {} who had not registered",
                    plural(meeting.attendees.len() as u64, "participant")
                )
            }
        );
    }
    if !meeting.sections.is_empty() {
        why.push_str(&format!("; sections: {}", meeting.sections.join(", ")));
    }
    if meeting.staff > 0 {
        why.push_str(&format!(
            "; {} left out (organiser or host)",
            plural(meeting.staff as u64, "person")
        ));
    }
    if meeting.rejoins > 0 {
        why.push_str(&format!(
            "; {} of a person already listed (rejoins) merged",
            plural(meeting.rejoins as u64, "row")
        ));
    }
    if meeting.too_short > 0 {
        why.push_str(&format!(
            "; {} there for less than [attendance] min_minutes, not counted",
            plural(meeting.too_short as u64, "participant")
        ));
    }
    if let Some(caveat) = meeting.caveat {
        why.push_str(&format!("; {caveat}"));
        // What the run assumed where the report cannot tell is said, not only in `check`.
        if caveat.contains("marks no organiser") && !meeting.attendees.is_empty() {
            out.diagnostics.warn(
                location.clone(),
                format!(
                    "the {} marks no organiser or host, so whoever ran the meeting is counted as a participant",
                    meeting.kind
                ),
            );
        }
    }
    if report.rows == 0 {
        let why = format!(
            "the {} lists no participants (row {} is its header); was the right meeting's report downloaded?",
            meeting.kind,
            meeting.header_row + 1
        );
        out.diagnostics.warn(location.clone(), why.clone());
        report.skipped = Some(why);
        report.skip = Some(Skip::NoParticipants {
            tool: meeting.kind.to_string(),
            header_row: meeting.header_row + 1,
        });
    }
    report.layout = Some(Layout {
        role: Role::Attendance,
        header_row: meeting.header_row,
        columns: meeting.columns,
        ignored: meeting.ignored,
        unconfigured: Vec::new(),
        role_why: why,
        doubt: None,
        signed: None,
        reversed: Vec::new(),
        names_only: false,
    });
}

/// A list of names or e-mails and nothing that says whether its people registered or came is
/// read as registrations, and always said so: beside another registration list of the lab it
/// is more likely who came, and alone it may be who came, or a survey's respondents. Its
/// people are joined with the other list's.
pub fn doubt_second_lists(lab: &mut [FileRecords]) {
    let is_list = |r: &SheetReport| {
        r.skipped.is_none()
            && r.layout
                .as_ref()
                .is_some_and(|l| l.role == Role::Registrations)
    };
    let lists = lab
        .iter()
        .flat_map(|f| &f.sheets)
        .filter(|r| is_list(r))
        .count();
    const WHAT_TO_DO: &str = "If it lists who came, put \"sign-in\" (or \"prezență\", \"aanwezig\", \"presenze\", \"prisutni\", \"dalyviai\") in its file or sheet name, or add a Present column";
    for f in lab.iter_mut() {
        for r in &mut f.sheets {
            let Some(layout) = r.layout.as_mut().filter(|l| l.names_only) else {
                continue;
            };
            let doubt = if lists >= 2 {
                format!(
                    "the sheet lists names or e-mails and nothing else that says what it is, beside another registration list of the lab; read as registrations too (each person once), so it gives no attendance. {WHAT_TO_DO}"
                )
            } else {
                format!(
                    "the sheet lists names or e-mails and nothing that says whether they registered or came; read as the lab's registrations (each person once), so it gives no attendance. {WHAT_TO_DO}; if it is not a list of people (a survey's answers), move it out of the lab's folder"
                )
            };
            f.diagnostics
                .warn(Location::sheet(&r.file, r.sheet.as_deref()), doubt.clone());
            layout.doubt = Some(doubt);
        }
    }
}

/// What is said of a file once all its sheets are recognised.
pub fn finish_file(file: &str, out: &mut FileRecords) {
    if !out.sheets.is_empty()
        && out
            .sheets
            .iter()
            .all(|r| r.skipped.as_deref() == Some("empty"))
    {
        out.diagnostics.warn(
            Location::file(file),
            "every sheet is empty; export the lab's data again",
        );
    }
}

fn quote_list(items: &[String]) -> String {
    const SHOWN: usize = 8;
    let mut s = items
        .iter()
        .take(SHOWN)
        .map(|h| format!("\"{}\"", shorten(h, 40)))
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > SHOWN {
        s.push_str(&format!(", … {} more", items.len() - SHOWN));
    }
    if s.is_empty() { "nothing".into() } else { s }
}

/// Text cut to `max` characters, for messages.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

fn read_rows(
    sheet: &Sheet,
    layout: &Layout,
    config: &Config,
    location: &Location,
    report: &mut SheetReport,
    out: &mut FileRecords,
) {
    let read_columns: Vec<usize> = layout
        .columns
        .iter()
        .filter(|c| {
            !matches!(
                c.target,
                columns::Target::Field(Field::Number | Field::Timestamp)
            )
        })
        .map(|c| c.index)
        .collect();
    let col = |f: Field| layout.field(f);
    // Each rating column: its question's code, scale and id, and the column.
    let mut rating_columns: Vec<(u32, (f64, f64), String, usize)> = layout
        .questions()
        .map(|(q, c)| {
            let question = &config.questions[q];
            (q as u32, question.scale, question.id.clone(), c)
        })
        .collect();
    for (q, c) in layout.unconfigured_questions() {
        let new = &layout.unconfigured[q];
        let code = questions::file_code(out, config, new);
        rating_columns.push((code, new.scale, new.id.clone(), c));
    }
    // A scale stated from best to worst ("1 = výborná, 5 = nedostatočná"): each rating is
    // read the other way round on it (1 → 5), so that a higher number is better everywhere.
    let reversed: Vec<Option<f64>> = rating_columns
        .iter()
        .map(|&(_, _, _, c)| {
            layout
                .reversed
                .iter()
                .find_map(|&(r, sum)| (r == c).then_some(sum))
        })
        .collect();
    let mut unmapped: Vec<Unmapped> = Vec::new();
    let mut note =
        |field: &str, value: &str, row: usize, c: usize, candidates: Vec<(String, String)>| {
            unmapped.push(Unmapped {
                field: field.to_string(),
                value: shorten(value, 80),
                location: location.clone().with_cell(cell_name(row, c)),
                candidates,
            });
        };
    let mut by_keyword: Vec<ByKeyword> = Vec::new();
    let mut keyword_note =
        |field: &'static str, value: &str, found: (&str, &str), row: usize, c: usize| {
            // Once per label and sheet: `check` names the first cell.
            if !by_keyword
                .iter()
                .any(|k| k.field == field && k.value == value)
            {
                by_keyword.push(ByKeyword {
                    field,
                    value: shorten(value, 80),
                    id: found.0.to_string(),
                    keyword: found.1.to_string(),
                    location: location.clone().with_cell(cell_name(row, c)),
                });
            }
        };
    let mut seen_answers: Seen<bool> = Seen::default();
    let mut seen_types: Seen<u32> = Seen::default();
    let mut seen_sectors: Seen<SmallVec<[u32; 3]>> = Seen::default();
    if layout.role == Role::Registrations
        && (col(Field::Attended).is_some() || col(Field::CheckIn).is_some())
    {
        out.attended_column = true;
    }
    let signed = layout.signed;
    for (r, row) in sheet.rows.iter().enumerate().skip(layout.header_row + 1) {
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).filter(|d| has_text(d));
        // `cell_text` is `None` exactly where `has_text` is false (tested in `values`).
        let text = |c: Option<usize>| c.and_then(|c| row.get(c)).and_then(cell_text);
        let blank = match layout.role {
            // A feedback response may hold only comments, in columns labreport does not read.
            Role::Feedback => row.iter().enumerate().all(|(c, d)| {
                !has_text(d) || col(Field::Number) == Some(c) || col(Field::Timestamp) == Some(c)
            }),
            _ => read_columns.iter().all(|&c| get(Some(c)).is_none()),
        };
        if blank {
            continue;
        }
        let email = col(Field::Email)
            .and_then(|c| row.get(c))
            .and_then(|d| add_text(&mut out.text, |buf| email_key_into(d, buf)));
        if email.is_none() && is_summary_row(row) {
            report.summary_rows += 1;
            continue;
        }
        report.rows += 1;
        // The name as written, first and last joined (registrations and sign-ins; feedback is
        // anonymous to labreport). Its key is made only where a lab needs it (`link_people`).
        let name = |buf: &mut String| {
            add_text(buf, |buf| {
                let start = buf.len();
                for f in [Field::FullName, Field::FirstName, Field::LastName] {
                    if let Some(part) = text(col(f)) {
                        if buf.len() > start {
                            buf.push(' ');
                        }
                        buf.push_str(&part);
                    }
                }
                true
            })
        };
        // Whether the person came: a yes/no answer, or a filled check-in date or time; `None`
        // when the sheet has neither column.
        let came = if layout.role == Role::Feedback {
            None
        } else {
            let said = col(Field::Attended).map(|c| match get(Some(c)) {
                None => false,
                Some(d) => seen_answers
                    .get_or_find(d, || yes_no(d))
                    .unwrap_or_else(|| {
                        let t = cell_text(d).unwrap_or_default();
                        note("attended (yes/no)", &t, r, c, Vec::new());
                        false
                    }),
            });
            let checked_in = col(Field::CheckIn).map(|c| get(Some(c)).is_some());
            if let Some(d) = get(col(Field::CheckIn)).and_then(values::date) {
                out.check_in_dates.push(d);
            }
            match (said, checked_in) {
                (None, None) => None,
                (a, b) => Some(a.unwrap_or(false) || b.unwrap_or(false)),
            }
        };
        let organisation = |buf: &mut String| {
            let t = text(col(Field::Organisation))?;
            add_text(buf, |buf| {
                buf.push_str(t.trim());
                true
            })
        };
        match layout.role {
            Role::Registrations => {
                let name = name(&mut out.text);
                let organisation = organisation(&mut out.text);
                let types = &config.stakeholder_types;
                let c = col(Field::StakeholderType).unwrap_or(0);
                let stakeholder_type = match get(col(Field::StakeholderType)) {
                    None => types.unknown_code(),
                    Some(d) => {
                        let mut hint = Vec::new();
                        seen_types
                            .get_or_find(d, || {
                                let t = cell_text(d)?;
                                label_code(types, &t, &mut hint, |found| {
                                    keyword_note("stakeholder type", &t, found, r, c)
                                })
                            })
                            .unwrap_or_else(|| {
                                let t = cell_text(d).unwrap_or_default();
                                note("stakeholder type", &t, r, c, hint);
                                types.unknown_code()
                            })
                    }
                };
                let sector_cell = get(col(Field::Sector));
                let mut sectors: SmallVec<[u32; 3]> = SmallVec::new();
                if let Some(known) = sector_cell.and_then(|d| seen_sectors.get(d)) {
                    sectors.clone_from(known);
                } else if let Some((d, t)) = sector_cell.and_then(|d| Some((d, cell_text(d)?))) {
                    let mut all_known = true;
                    let c = col(Field::Sector).unwrap_or(0);
                    let table = &config.sectors;
                    // The whole cell first, by its aliases: a label may itself hold a comma.
                    if let Some(code) = table.alias(&t) {
                        sectors.push(code);
                    } else {
                        for part in split_labels(&t) {
                            let mut hint = Vec::new();
                            let found = label_code(table, part, &mut hint, |found| {
                                keyword_note("sector", part, found, r, c)
                            });
                            let code = found.unwrap_or_else(|| {
                                all_known = false;
                                note("sector", part, r, c, hint);
                                table.unknown_code()
                            });
                            if !sectors.contains(&code) {
                                sectors.push(code);
                            }
                        }
                    }
                    if all_known {
                        seen_sectors.keep(d, sectors.clone());
                    }
                }
                if sectors.is_empty() {
                    sectors.push(config.sectors.unknown_code());
                }
                // Only a row with neither e-mail nor name needs its place as its key.
                let place = if email.is_none() && name.is_none() {
                    let place = location.clone().with_cell(format!("row {}", r + 1));
                    Some(out.add_text(&place.to_string()))
                } else {
                    None
                };
                out.registrations.push(Registration {
                    email,
                    name,
                    stakeholder_type,
                    sectors,
                    attended: came,
                    place,
                    organisation,
                });
            }
            Role::Attendance => {
                // A sign-in list without a yes/no or check-in column lists those who came.
                let present = came.unwrap_or_else(|| signed.is_none_or(|c| get(Some(c)).is_some()));
                let name = name(&mut out.text);
                let organisation = organisation(&mut out.text);
                out.sign_ins.push(SignIn {
                    email,
                    name,
                    present,
                    organisation,
                });
            }
            Role::Feedback => {
                if let Some(d) = get(col(Field::Timestamp)).and_then(values::date) {
                    out.feedback_dates.push(d);
                }
                out.responses += 1;
                for ((code, scale, id, c), flip) in rating_columns.iter().zip(&reversed) {
                    let (c, scale) = (*c, *scale);
                    let Some(d) = get(Some(c)) else { continue };
                    let value = rating(d, config);
                    match flip.and_then(|sum| value.map(|v| sum - v)).or(value) {
                        Some(v) if v >= scale.0 && v <= scale.1 => out.ratings.push(Rating {
                            question: *code,
                            value: v,
                        }),
                        Some(v) => {
                            let cell = location.clone().with_cell(cell_name(r, c));
                            out.diagnostics.warn(
                                cell,
                                format!(
                                    "rating {v} for \"{id}\" is outside its scale {}–{}; not counted (check the cell, or the question's scale in labreport.toml)",
                                    scale.0, scale.1
                                ),
                            );
                        }
                        None => note(
                            &format!("rating for \"{id}\""),
                            &cell_text(d).unwrap_or_default(),
                            r,
                            c,
                            Vec::new(),
                        ),
                    }
                }
            }
        }
    }
    // One warning per label and column, naming its cells.
    type Candidates = Vec<(String, String)>;
    let mut groups: BTreeMap<(String, String), (Vec<String>, Candidates)> = BTreeMap::new();
    let mut order: Vec<(String, String)> = Vec::new();
    for u in &unmapped {
        let key = (u.field.clone(), u.value.clone());
        let (cells, hint) = groups.entry(key.clone()).or_default();
        if cells.is_empty() {
            order.push(key);
            hint.clone_from(&u.candidates);
        }
        cells.push(u.location.cell.clone().unwrap_or_default());
    }
    for key in order {
        let (cells, hint) = &groups[&key];
        let (field, value) = key;
        let what = if field.starts_with("rating") || field.starts_with("attended") {
            "is not understood; the cell is not counted".to_string()
        } else {
            let hint = if hint.is_empty() {
                String::new()
            } else {
                let each: Vec<String> = hint
                    .iter()
                    .map(|(id, keyword)| format!("\"{id}\" (\"{keyword}\")"))
                    .collect();
                format!(
                    ", and its words are keywords of more than one: {}",
                    each.join(" and ")
                )
            };
            format!(
                "matches no {field} alias{hint}; counted as unknown (add it to the aliases in labreport.toml)"
            )
        };
        out.diagnostics.warn(
            location.clone().with_cell(cell_list(cells)),
            format!("{field} \"{value}\" {what}"),
        );
    }
    out.unmapped.extend(unmapped);
    out.by_keyword.extend(by_keyword);
}

/// A label's code in `table`: by an alias, else by the keyword of one entry (told to
/// `by_keyword` as the entry's id and the keyword). `None` when it matches nothing;
/// `candidates` then holds the entries whose keywords it holds, when there are several.
fn label_code(
    table: &Taxonomy,
    text: &str,
    candidates: &mut Vec<(String, String)>,
    by_keyword: impl FnOnce((&str, &str)),
) -> Option<u32> {
    match table.find(text) {
        Match::Alias(code) => Some(code),
        Match::Keyword { code, keyword } => {
            by_keyword((&table.entries[code as usize].id, keyword));
            Some(code)
        }
        Match::Ambiguous(found) => {
            *candidates = found
                .iter()
                .map(|(code, keyword)| {
                    (
                        table.entries[*code as usize].id.clone(),
                        keyword.to_string(),
                    )
                })
                .collect();
            None
        }
        Match::None => None,
    }
}

/// What the labels and answers in a sheet's cells have been found to mean so far (codes,
/// yes or no), by the string they are.
///
/// An xlsx cell's text is one of its workbook's shared strings, and a column of types,
/// sectors or yes/no answers holds a handful of them over and over: one met again is found
/// by where its string is, without trimming, folding or hashing its text. One that matched
/// nothing is not kept, so that each of its cells is named in the warning. CSV cells have
/// strings of their own and are matched each time.
struct Seen<T> {
    by_string: foldhash::HashMap<(usize, usize), T>,
}

impl<T> Default for Seen<T> {
    fn default() -> Self {
        Seen {
            by_string: foldhash::HashMap::default(),
        }
    }
}

impl<T> Seen<T> {
    /// What `cell` means: as found before for the same string, else what `find` says (kept
    /// when it says something).
    fn get_or_find(&mut self, cell: &Data, find: impl FnOnce() -> Option<T>) -> Option<T>
    where
        T: Clone,
    {
        if let Some(known) = self.get(cell) {
            return Some(known.clone());
        }
        let found = find()?;
        self.keep(cell, found.clone());
        Some(found)
    }

    fn get(&self, cell: &Data) -> Option<&T> {
        match cell {
            Data::SharedString(s) => self.by_string.get(&(s.as_ptr() as usize, s.len())),
            _ => None,
        }
    }

    /// Keeps what `cell` meant, up to a few hundred strings: a column of labels holds a
    /// handful, and a sheet whose every cell has a string of its own (xls and ods sheets,
    /// read whole) would only fill the map.
    fn keep(&mut self, cell: &Data, value: T) {
        const MOST: usize = 256;
        if let Data::SharedString(s) = cell
            && self.by_string.len() < MOST
        {
            self.by_string.insert((s.as_ptr() as usize, s.len()), value);
        }
    }
}

/// A totals or summary row: its first text names a total or an average.
fn is_summary_row(row: &[Data]) -> bool {
    row.iter()
        .filter_map(cell_text)
        .find(|t| t.parse::<f64>().is_err())
        .is_some_and(|t| {
            // Text that folds to a digit first names no total (each word starts with a
            // letter): a date or a time in a form's first column, found without folding it.
            let mut chars = t
                .chars()
                .skip_while(|c| c.is_ascii() && !c.is_ascii_alphanumeric());
            if chars.next().is_some_and(|c| c.is_ascii_digit()) {
                return false;
            }
            let f = fold(&t);
            // "Total", "TOTAL participants", "Totaal:"; short words ("sum") only alone.
            SUMMARY_WORDS
                .iter()
                .any(|w| f == *w || (w.len() >= 5 && f.starts_with(w)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{Limits, read_csv_bytes};

    fn records(csv: &str) -> FileRecords {
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        let sheet = read_csv_bytes(csv.as_bytes(), Limits::default()).unwrap();
        recognise_file("lab/reg.csv", &[sheet], &config, &index)
    }

    #[test]
    fn a_rows_texts_are_its_email_key_its_name_or_its_place() {
        let f = records(
            "First name,Last name,E-mail,Stakeholder type\n\
             Ana,Pop, Ana.Pop@X.RO ,NGO\n\
             ,Ionescu,,NGO\n\
             ,,,NGO\n\
             Ioana,,n/a,NGO\n",
        );
        let text = |t: Option<Text>| t.map(|t| f.text(t));
        let r = &f.registrations;
        assert_eq!(r.len(), 4);
        assert_eq!(text(r[0].email), Some("ana.pop@x.ro"));
        assert_eq!(text(r[0].name), Some("Ana Pop"));
        assert_eq!(text(r[0].place), None);
        assert_eq!((text(r[1].email), text(r[1].name)), (None, Some("Ionescu")));
        // Neither e-mail nor name: the row's place is its key.
        assert_eq!((text(r[2].email), text(r[2].name)), (None, None));
        assert_eq!(text(r[2].place), Some("lab/reg.csv › row 4"));
        // "n/a" is no address, and leaves nothing behind in the text.
        assert_eq!((text(r[3].email), text(r[3].name)), (None, Some("Ioana")));
        assert_eq!(f.text, "ana.pop@x.roAna PopIonesculab/reg.csv › row 4Ioana");
    }

    #[test]
    fn labels_met_again_in_shared_strings_mean_the_same_and_unknown_ones_are_all_named() {
        // As an xlsx gives them: every cell of the same text borrows the same shared string.
        let strings: Vec<String> = [
            "E-mail",
            "Stakeholder type",
            "Sector",
            "Attended",
            "NGO",
            "ICT, Tourism",
            "Martians",
            "Yes",
            "maybe",
        ]
        .map(String::from)
        .to_vec();
        let s = |i: usize| Data::SharedString(&strings[i]);
        let person = |n: usize, t: usize, sector: usize, came: usize| {
            let email = format!("p{n}@x.org");
            vec![Data::String(email), s(t), s(sector), s(came)]
        };
        let sheet = Sheet {
            hidden: false,
            name: Some("Registrations".into()),
            rows: vec![
                vec![s(0), s(1), s(2), s(3)],
                person(1, 4, 5, 7),
                person(2, 6, 5, 8),
                person(3, 4, 5, 7),
                person(4, 6, 5, 8),
            ],
        };
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        let f = recognise_file("lab/reg.xlsx", &[sheet], &config, &index);
        let ngo = config.stakeholder_types.code("NGO").unwrap();
        let unknown = config.stakeholder_types.unknown_code();
        let sectors = [
            config.sectors.code("ICT").unwrap(),
            config.sectors.code("Tourism").unwrap(),
        ];
        let r = &f.registrations;
        let types: Vec<u32> = r.iter().map(|r| r.stakeholder_type).collect();
        assert_eq!(types, [ngo, unknown, ngo, unknown]);
        assert!(r.iter().all(|r| r.sectors.as_slice() == sectors));
        let came: Vec<Option<bool>> = r.iter().map(|r| r.attended).collect();
        assert_eq!(came, [Some(true), Some(false), Some(true), Some(false)]);
        // "Martians" and "maybe" are each named in both their cells.
        let cells = |value: &str| -> Vec<String> {
            f.unmapped
                .iter()
                .filter(|u| u.value == value)
                .map(|u| u.location.cell.clone().unwrap_or_default())
                .collect()
        };
        assert_eq!(cells("Martians"), ["B3", "B5"]);
        assert_eq!(cells("maybe"), ["D3", "D5"]);
    }

    #[test]
    fn totals_rows_are_told_from_dates_and_people() {
        let row = |cells: &[&str]| -> Vec<Data<'static>> {
            cells.iter().map(|c| Data::String(c.to_string())).collect()
        };
        assert!(is_summary_row(&row(&["Total", "41"])));
        assert!(is_summary_row(&row(&["", " - TOTAL participants:", "41"])));
        assert!(is_summary_row(&row(&["12", "Totaal"])));
        assert!(is_summary_row(&row(&["Average", "4.2"])));
        assert!(!is_summary_row(&row(&["2024-05-01 10:00", "Total"])));
        assert!(!is_summary_row(&row(&["Ana Pop", "Total"])));
        assert!(!is_summary_row(&row(&["Summer school"])));
        // A date is no total: it is passed over without folding, which relies on every
        // summary word starting with a letter.
        assert!(
            SUMMARY_WORDS
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        );
    }

    #[test]
    fn feedback_ratings_are_kept_in_order_with_the_responses_counted() {
        let f = records(
            "Timestamp,How satisfied were you with the lab overall? (1-5),Any other comments?\n\
             2024-05-01 10:00,4,\n\
             2024-05-01 10:05,,only a comment\n\
             2024-05-01 10:09,5,\n",
        );
        assert_eq!(f.responses, 3);
        let ratings: Vec<(u32, f64)> = f.ratings.iter().map(|r| (r.question, r.value)).collect();
        assert_eq!(ratings, [(0, 4.0), (0, 5.0)]);
    }
}
