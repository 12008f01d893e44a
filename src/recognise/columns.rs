//! Which column holds which field: the header row, the fields' aliases in the partners'
//! languages, and the sheet's role (registrations, attendance or feedback).

use crate::config::Config;
use crate::read::{Data, Sheet};

pub use super::headers::HeaderIndex;
use super::headers::{Evidence, Named};
use super::questions::{NewQuestion, unconfigured_question};
use super::values::{cell_text, column_values, has_text, looks_like_email};
use crate::diagnostics::column_name;

/// A field labreport reads from a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    FirstName,
    LastName,
    FullName,
    Email,
    Organisation,
    StakeholderType,
    Sector,
    Attended,
    /// A check-in date or time (Eventbrite): a filled cell means the person came.
    CheckIn,
    /// Recognised so that a sign-in sheet is known as one; never read.
    Signature,
    /// Recognised so that it is known to be personal data; never read.
    Phone,
    /// A running number; never read.
    Number,
    /// A form's submission time; never read.
    Timestamp,
    /// Minutes in an online meeting (a meeting tool's report).
    Minutes,
    /// A role in an online meeting: the organiser or host is left out.
    MeetingRole,
}

impl Field {
    /// The fields a `[columns]` table may add header aliases to.
    pub const CONFIGURABLE: [Field; 9] = [
        Field::FirstName,
        Field::LastName,
        Field::FullName,
        Field::Email,
        Field::Organisation,
        Field::StakeholderType,
        Field::Sector,
        Field::Attended,
        Field::CheckIn,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::FirstName => "first_name",
            Field::LastName => "last_name",
            Field::FullName => "full_name",
            Field::Email => "email",
            Field::Organisation => "organisation",
            Field::StakeholderType => "stakeholder_type",
            Field::Sector => "sector",
            Field::Attended => "attended",
            Field::CheckIn => "check_in",
            Field::Signature => "signature",
            Field::Phone => "phone",
            Field::Number => "number",
            Field::Timestamp => "timestamp",
            Field::Minutes => "minutes",
            Field::MeetingRole => "meeting_role",
        }
    }

    /// How `check` and messages name it.
    pub fn human(self) -> &'static str {
        match self {
            Field::FirstName => "first name",
            Field::LastName => "last name",
            Field::FullName => "full name",
            Field::Email => "e-mail",
            Field::Organisation => "organisation",
            Field::StakeholderType => "stakeholder type",
            Field::Sector => "sector",
            Field::Attended => "attended",
            Field::CheckIn => "check-in",
            Field::Signature => "signature",
            Field::Phone => "phone",
            Field::Number => "running number",
            Field::Timestamp => "timestamp",
            Field::Minutes => "minutes in the meeting",
            Field::MeetingRole => "role in the meeting",
        }
    }

    pub fn from_name(name: &str) -> Option<Field> {
        Field::CONFIGURABLE.into_iter().find(|f| f.name() == name)
    }

    /// The field a vocabulary file's `[fields]` key names (`crate::vocabulary::FIELDS`).
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == key)
    }

    const ALL: [Field; 15] = [
        Field::FirstName,
        Field::LastName,
        Field::FullName,
        Field::Email,
        Field::Organisation,
        Field::StakeholderType,
        Field::Sector,
        Field::Attended,
        Field::CheckIn,
        Field::Signature,
        Field::Phone,
        Field::Number,
        Field::Timestamp,
        Field::Minutes,
        Field::MeetingRole,
    ];

    fn is_identity(self) -> bool {
        matches!(
            self,
            Field::FirstName | Field::LastName | Field::FullName | Field::Email
        )
    }
}

/// What a header cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Field(Field),
    /// Index into `Config::questions`.
    Question(usize),
    /// A rating question the config does not name: index into `Layout::unconfigured`.
    Unconfigured(usize),
}

/// The role of a sheet, decided by its columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Registrations,
    Attendance,
    Feedback,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Registrations => "registrations",
            Role::Attendance => "attendance",
            Role::Feedback => "feedback",
        }
    }
}

/// A column and what was read from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub index: usize,
    pub header: String,
    pub target: Target,
    /// Why it was chosen, for `check`.
    pub why: String,
}

/// A column not read: its header, and why where another column was read for its field.
#[derive(Debug, Clone, PartialEq)]
pub struct Ignored {
    pub index: usize,
    pub header: String,
    /// "column F names the same field and is read instead"; `None` for a header that names
    /// nothing labreport reads.
    pub why: Option<String>,
}

impl Ignored {
    pub fn new(index: usize, header: String) -> Ignored {
        Ignored {
            index,
            header,
            why: None,
        }
    }
}

/// How one sheet is understood.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub role: Role,
    /// 0-based row of the header.
    pub header_row: usize,
    pub columns: Vec<Column>,
    /// Columns with a header that names nothing labreport reads.
    pub ignored: Vec<Ignored>,
    /// The rating questions found here that the config does not name.
    pub unconfigured: Vec<NewQuestion>,
    /// What the role was decided by, for `check`.
    pub role_why: String,
    /// Why the role is in doubt, when the evidence for it is weak or contradictory: said as a
    /// warning, so that no sheet is read as what its content contradicts without one.
    pub doubt: Option<String>,
    /// The signature column of a sign-in sheet that some signed and some did not: a blank
    /// signature there is someone who did not come.
    pub signed: Option<usize>,
    /// The rating columns whose stated scale runs from best to worst, each with the sum of
    /// its ends: a rating `v` there is read as `sum − v`.
    pub reversed: Vec<(usize, f64)>,
    /// A registration list by its names or e-mails alone: nothing says registration or
    /// sign-in. Beside another registration list of the lab, it is in doubt
    /// (`recognise::doubt_second_lists`).
    pub names_only: bool,
}

impl Layout {
    pub fn field(&self, field: Field) -> Option<usize> {
        self.columns
            .iter()
            .find(|c| c.target == Target::Field(field))
            .map(|c| c.index)
    }

    /// The configured questions' columns: (question, column).
    pub fn questions(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.columns.iter().filter_map(|c| match c.target {
            Target::Question(q) => Some((q, c.index)),
            _ => None,
        })
    }

    /// The unconfigured questions' columns: (question in `unconfigured`, column).
    pub fn unconfigured_questions(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.columns.iter().filter_map(|c| match c.target {
            Target::Unconfigured(q) => Some((q, c.index)),
            _ => None,
        })
    }
}

/// Why a sheet could not be understood.
#[derive(Debug, Clone, PartialEq)]
pub enum LayoutError {
    Empty,
    /// No row names a field. `row` (0-based) is the one that most looks like a header: the
    /// fullest without data among the first rows, else the first; `cells` its texts.
    NoHeader {
        row: usize,
        first: bool,
        cells: Vec<String>,
    },
    NoRole {
        headers: Vec<String>,
    },
    /// Stakeholder types or sectors, but no one to count them for: neither names nor e-mails.
    NoPeople {
        columns: Vec<String>,
    },
}

/// How many rows from the top to search for the header row.
const HEADER_SEARCH_ROWS: usize = 30;

/// Finds the header row and each field's column, and decides the sheet's role.
pub fn recognise_layout(
    sheet: &Sheet,
    index: &HeaderIndex,
    config: &Config,
    file_hint: &str,
) -> Result<Layout, LayoutError> {
    let first_nonblank = sheet.rows.iter().position(|r| r.iter().any(has_text));
    let Some(first) = first_nonblank else {
        return Err(LayoutError::Empty);
    };
    // The header is the row, among the first ones, whose cells name the most fields.
    let mut best: Option<(usize, usize)> = None;
    for (r, row) in sheet
        .rows
        .iter()
        .enumerate()
        .skip(first)
        .take(HEADER_SEARCH_ROWS)
    {
        // A row scores at most 2 a cell: one that cannot reach the best score so far cannot
        // beat it (ties keep the earlier row), so it is not looked up.
        if best.is_some_and(|(_, s)| 2 * row.len() <= s) {
            continue;
        }
        // A row with an e-mail address, a number or a date in it is a person's or an
        // answer's, never the header.
        if row.iter().any(is_data) {
            continue;
        }
        // A cell names a field or a question, or states a rating scale ("… (1-5)"). A row
        // that names only a running number ("No", "#", "ID") is no header: a person's row
        // whose answer is "No" would otherwise be taken for one.
        let mut score = 0;
        let mut more_than_a_number = false;
        for t in row.iter().filter_map(cell_text) {
            let named = index.lookup(&t);
            let states_scale = || {
                t.bytes().any(|b| b.is_ascii_digit())
                    && super::questions::stated_scale(&t).is_some()
            };
            // A cell is weighed by how surely it names (2: an alias or a whole phrase; 1: most
            // of its words), so that a summary row of partly matching labels above the
            // people's header ("Webinar ID", "Actual Start Time") does not win.
            let weight = if named.weight == 2 || !states_scale() {
                named.weight
            } else {
                2
            };
            if weight > 0 {
                score += usize::from(weight);
                more_than_a_number |=
                    named.field.map(|(f, _)| f) != Some(Field::Number) || named.question.is_some();
            }
        }
        if more_than_a_number && best.is_none_or(|(_, s)| score > s) {
            best = Some((r, score));
        }
    }
    let Some((header_row, _)) = best else {
        // The row to quote: the fullest of text among the first rows without data (an
        // export's title lines sit above its header), else the first.
        let texts = |r: usize| sheet.rows[r].iter().filter(|c| has_text(c)).count();
        let row = (first..sheet.rows.len().min(first + HEADER_SEARCH_ROWS))
            .filter(|&r| !sheet.rows[r].iter().any(is_data))
            .fold(None, |best: Option<usize>, r| match best {
                Some(b) if texts(b) >= texts(r) => Some(b),
                _ => Some(r),
            })
            .unwrap_or(first);
        return Err(LayoutError::NoHeader {
            row,
            first: row == first,
            cells: sheet.rows[row]
                .iter()
                .filter_map(cell_text)
                .map(|t| t.into_owned())
                .collect(),
        });
    };
    let body = &sheet.rows[header_row + 1..];
    let mut columns: Vec<Column> = Vec::new();
    let mut ignored = Vec::new();
    let mut unrecognised = Vec::new();
    let mut unconfigured: Vec<NewQuestion> = Vec::new();
    for (c, cell) in sheet.rows[header_row].iter().enumerate() {
        let Some(header) = cell_text(cell) else {
            continue;
        };
        let header = header.into_owned();
        let named = index.lookup(&header);
        let Some((target, why)) = header_target(&header, &named, body, c, config) else {
            unrecognised.push((c, header));
            continue;
        };
        // Two columns naming one question, one of them by words ("How satisfied were you with
        // the platform?" beside "How would you rate the lab overall?"): the stronger evidence
        // keeps it (an alias, then a whole phrase, then more words; the first column on a
        // tie), and the other is a question of its own, not a copy to pass over.
        let question_rank = |named: &Named| match named.question {
            Some((_, Evidence::Alias)) => Some((2u8, 0u8)),
            Some((_, Evidence::Words { phrase, whole, .. })) => {
                Some((u8::from(whole), phrase.words))
            }
            None => None,
        };
        if let Target::Question(_) = target
            && let Some(at) = columns.iter().position(|col| col.target == target)
        {
            let rank = question_rank(&named);
            let held = question_rank(&index.lookup(&columns[at].header));
            let alias = Some((2, 0));
            if rank != alias || held != alias {
                if rank > held {
                    let old = std::mem::replace(
                        &mut columns[at],
                        Column {
                            index: c,
                            header,
                            target,
                            why,
                        },
                    );
                    unrecognised.push((old.index, old.header));
                } else {
                    unrecognised.push((c, header));
                }
                continue;
            }
        }
        if let Some(at) = columns.iter().position(|col| col.target == target) {
            // Two columns claim one field: the content decides (the first one on a tie).
            let first = columns[at].index;
            // An anonymous form's own "Name" column, left empty, gives way to the question
            // that asked for it ("Wat is je naam?").
            let better = match target {
                Target::Field(f) if CONTENT_FIELDS.contains(&f) => {
                    content_share(body, c, f, config, None)
                        > content_share(body, first, f, config, None)
                }
                _ => filled_share(body, first) < 0.2 && filled_share(body, c) >= 0.5,
            };
            if better {
                let why = format!(
                    "header; its content fits better than column {}'s",
                    column_name(first)
                );
                let old = std::mem::replace(
                    &mut columns[at],
                    Column {
                        index: c,
                        header,
                        target,
                        why,
                    },
                );
                ignored.push(Ignored {
                    index: first,
                    header: old.header,
                    why: Some(format!(
                        "column {} names the same field and its content fits better",
                        column_name(c)
                    )),
                });
            } else {
                ignored.push(Ignored {
                    index: c,
                    header,
                    why: Some(format!(
                        "column {} names the same field and is read instead",
                        column_name(first)
                    )),
                });
            }
            continue;
        }
        columns.push(Column {
            index: c,
            header,
            target,
            why,
        });
    }
    // A column whose header says nothing is read by its content: e-mail addresses, labels of
    // the taxonomy.
    // A field already claimed by a header whose values do not fit it (an anonymous form's
    // "Email" column reads "anonymous") gives way to a column whose content does.
    unrecognised.sort_by_key(|(c, _)| *c);
    for (c, header) in unrecognised {
        let found = CONTENT_FIELDS.iter().copied().find_map(|f| {
            let share = content_share(body, c, f, config, Some(f.content_threshold()));
            if share < f.content_threshold() {
                return None;
            }
            match columns
                .iter()
                .position(|col| col.target == Target::Field(f))
            {
                None => Some((f, share, None)),
                Some(at)
                    if content_share(
                        body,
                        columns[at].index,
                        f,
                        config,
                        Some(f.content_threshold()),
                    ) < f.content_threshold() =>
                {
                    Some((f, share, Some(at)))
                }
                Some(_) => None,
            }
        });
        match found {
            Some((f, share, replaced)) => {
                let column = Column {
                    index: c,
                    header,
                    target: Target::Field(f),
                    why: format!(
                        "content: {:.0}% of its values are {}",
                        share * 100.0,
                        f.content_noun()
                    ),
                };
                match replaced {
                    Some(at) => {
                        let old = std::mem::replace(&mut columns[at], column);
                        ignored.push(Ignored {
                            index: old.index,
                            header: old.header,
                            why: Some(format!(
                                "its values are not {}; column {} holds them",
                                f.content_noun(),
                                column_name(c)
                            )),
                        });
                    }
                    None => columns.push(column),
                }
            }
            None => match unconfigured_question(&header, body, c, config) {
                Some((q, why)) => {
                    unconfigured.push(q);
                    columns.push(Column {
                        index: c,
                        header,
                        target: Target::Unconfigured(unconfigured.len() - 1),
                        why,
                    });
                }
                None => ignored.push(Ignored::new(c, header)),
            },
        }
    }
    // No column is the stakeholder type (or the sector) by its header or by aliases, but one
    // left unread holds labels that the taxonomy's keywords place, answered again and again
    // as a form's choices are ("Vous représentez :", "În ce calitate veniți?", "Mitä tahoa
    // edustat?"): it is that column. Organisations' names hold keywords too, but rarely
    // repeat; a list's choices do.
    let asks_ratings = columns
        .iter()
        .any(|col| matches!(col.target, Target::Question(_)))
        || !unconfigured.is_empty();
    for f in [Field::StakeholderType, Field::Sector] {
        // A feedback form's other questions ("How did you hear of the event?") are not.
        if asks_ratings || columns.iter().any(|col| col.target == Target::Field(f)) {
            continue;
        }
        let best = ignored
            .iter()
            .enumerate()
            .filter_map(|(at, i)| {
                let (share, repeats) = keyword_share(&i.header, body, i.index, f, config);
                (share >= KEYWORD_SHARE && repeats).then_some((at, share))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((at, share)) = best {
            let Ignored {
                index: c, header, ..
            } = ignored.remove(at);
            columns.push(Column {
                index: c,
                header,
                target: Target::Field(f),
                why: format!(
                    "content: {:.0}% of its values are {} by their words, each given again and again as a list's choices are",
                    share * 100.0,
                    f.content_noun()
                ),
            });
        }
    }
    // A column of yes/no answers under a header that names nothing, and is not a question
    // (a consent question is yes/no too), is the attendance of a registration list, when no
    // column says so already. Only of a list that is registrations by its other columns: on
    // a list of names alone, a yes/no column ("Newsletter") would make it a sign-in sheet.
    let has_attendance = columns
        .iter()
        .any(|col| matches!(col.target, Target::Field(Field::Attended | Field::CheckIn)));
    let is_registrations = columns.iter().any(|col| {
        matches!(
            col.target,
            Target::Field(Field::StakeholderType | Field::Sector)
        )
    });
    if !has_attendance && is_registrations {
        // A label, not a statement: a consent ("Wyrażam zgodę na przetwarzanie moich danych
        // …", all "Tak") or a question put to the registrant is yes/no too. And some said no:
        // one answer for all tells nothing of who came.
        let candidate = ignored.iter().position(|i| {
            !i.header.contains('?')
                && crate::vocabulary::words(&i.header).count() <= 3
                && index.lookup(&i.header).is_nothing()
                && yes_no_share(body, i.index) >= 0.9
                && says_yes_and_no(body, i.index)
        });
        if let Some(at) = candidate {
            let Ignored {
                index: c, header, ..
            } = ignored.remove(at);
            let share = yes_no_share(body, c);
            columns.push(Column {
                index: c,
                header,
                target: Target::Field(Field::Attended),
                why: format!("content: {:.0}% of its values are yes or no", share * 100.0),
            });
        }
    }
    ignored.sort_by_key(|i| i.index);
    columns.sort_by_key(|c| c.index);
    let has = |f: Field| columns.iter().any(|c| c.target == Target::Field(f));
    let named = |f: Field| {
        columns
            .iter()
            .find(|c| c.target == Target::Field(f))
            .map(|c| {
                format!(
                    "{} \"{}\"",
                    column_name(c.index),
                    super::shorten(&c.header, 40)
                )
            })
    };
    let configured = columns
        .iter()
        .filter(|c| matches!(c.target, Target::Question(_)))
        .count();
    let questions = configured + unconfigured.len();
    let has_identity = columns
        .iter()
        .any(|c| matches!(c.target, Target::Field(f) if f.is_identity()));
    let signs_in = [Field::Signature, Field::Attended, Field::CheckIn]
        .into_iter()
        .find_map(named);
    // The file's or sheet's name, or a title above the header ("FOGLIO FIRME PARTECIPANTI"),
    // that says the sheet lists who came.
    let named_sign_in = {
        let vocabulary = crate::vocabulary::vocabulary();
        vocabulary.names_sign_in(file_hint)
            || sheet.rows[..header_row].iter().any(|row| {
                let title: Vec<_> = row.iter().filter_map(cell_text).collect();
                !title.is_empty() && vocabulary.names_sign_in(&title.join(" "))
            })
    };
    let mut doubt = None;
    let mut names_only = false;
    let (role, role_why) = if questions > 0 {
        let mut why = match questions {
            1 => "a rating question".to_string(),
            n => format!("{n} rating questions"),
        };
        if !unconfigured.is_empty() {
            why.push_str(&if questions == 1 {
                " (not configured)".to_string()
            } else {
                format!(" ({} of them unconfigured)", unconfigured.len())
            });
        }
        if let Some(column) = signs_in.as_ref().filter(|_| has_identity) {
            doubt = Some(format!(
                "the sheet has rating questions and names, but also column {column}, as a sign-in sheet has; read as feedback, so no one here counts as registered or present (if it is a sign-in sheet or a registration list, move the ratings to a sheet of their own)"
            ));
        }
        (Role::Feedback, why)
    } else if has(Field::StakeholderType) || has(Field::Sector) {
        if !has_identity {
            return Err(LayoutError::NoPeople {
                columns: [Field::StakeholderType, Field::Sector]
                    .into_iter()
                    .filter_map(named)
                    .collect(),
            });
        }
        (
            Role::Registrations,
            "names or e-mails with a stakeholder type or sector".to_string(),
        )
    } else if let Some((column, some_did_not)) = signs_in
        .as_ref()
        .filter(|_| has_identity && !named_sign_in)
        .map(|column| (column, some_did_not_come(&columns, body)))
        .filter(|(_, some_did_not)| *some_did_not || has(Field::Timestamp))
    {
        // Eventbrite's attendee list ("Order Date", "Attendee Status": Checked In,
        // Attending), a list of registrants marked at the door: who did not come is listed
        // too, or each row is dated when the person signed up; so the list is of who
        // registered, and the column says who of them came. A file named as a sign-in list
        // stays one ("presenze.csv" with Presente: Sì, No).
        let because = if some_did_not {
            "which says that some did not come"
        } else {
            "beside the date each signed up"
        };
        (
            Role::Registrations,
            format!(
                "names or e-mails with column {column}, {because}: the list of who registered, and who of them came"
            ),
        )
    } else if has_identity && (signs_in.is_some() || named_sign_in) {
        let why = match &signs_in {
            Some(column) => format!("names or e-mails with column {column}"),
            None => "names or e-mails, in a file or sheet named as a sign-in list".to_string(),
        };
        (Role::Attendance, why)
    } else if has_identity {
        names_only = true;
        (
            Role::Registrations,
            "names or e-mails, and nothing that says sign-in".to_string(),
        )
    } else {
        return Err(LayoutError::NoRole {
            headers: sheet.rows[header_row]
                .iter()
                .filter_map(cell_text)
                .map(|t| t.into_owned())
                .collect(),
        });
    };
    let mut reversed = Vec::new();
    for col in &mut columns {
        if matches!(col.target, Target::Question(_) | Target::Unconfigured(_))
            && let Some((lo, hi)) = super::questions::stated_scale(&col.header)
            && super::questions::reversed_scale(&col.header, config)
        {
            reversed.push((col.index, lo + hi));
            col.why.push_str(
                "; its scale runs from best to worst, so each rating is read the other way round",
            );
        }
    }
    let mut role_why = role_why;
    let signed = columns
        .iter()
        .find(|col| col.target == Target::Field(Field::Signature))
        .map(|col| col.index)
        .filter(|&c| role == Role::Attendance && signed_by_some(&columns, sheet, header_row, c));
    if let Some(c) = signed {
        role_why.push_str(&format!(
            "; some signed column {} and some did not: a blank signature is someone who did not come",
            column_name(c)
        ));
    }
    Ok(Layout {
        role,
        header_row,
        columns,
        ignored,
        unconfigured,
        role_why,
        doubt,
        signed,
        reversed,
        names_only,
    })
}

/// A row's cell that is an answer, not a header: an e-mail address, a number, a date.
fn is_data(cell: &Data) -> bool {
    match cell {
        Data::Int(_) | Data::Float(_) | Data::DateTime(_) | Data::DateTimeIso(_) => true,
        _ => cell_text(cell).is_some_and(|t| t.contains('@') && looks_like_email(&t)),
    }
}

/// What a column is, by what its header names and what its values confirm: a field named by
/// only some of the header's words ("Denumirea instituției pe care o reprezentați"), or by
/// words that mean another field in another language ("Firma"), must have values that fit
/// it; a question named by words must have ratings under it ("What did you think of the
/// organisation?" answered in words is a comment).
fn header_target(
    header: &str,
    named: &Named,
    body: &[Vec<Data>],
    c: usize,
    config: &Config,
) -> Option<(Target, String)> {
    let field = named.field.and_then(|(f, evidence)| {
        let mut why = evidence.describe();
        let (mut field, mut share) = (f, None);
        if !named.rivals.is_empty() {
            // Labels of the taxonomy under the header tell the stakeholder type or the
            // sector from an organisation's name, which short text fits as well.
            let fit = |f: Field| {
                let taxonomy = if CONTENT_FIELDS.contains(&f) {
                    content_share(body, c, f, config, None)
                } else {
                    0.0
                };
                (f, values_fit(f, body, c), taxonomy)
            };
            let mut fits = vec![fit(f)];
            fits.extend(named.rivals.iter().map(|&r| fit(r)));
            // The best fit; the first (this language's order) on a tie.
            let (best, fits_best, _) = fits
                .iter()
                .copied()
                .reduce(|a, b| if b.1 + b.2 > a.1 + a.2 { b } else { a })
                .expect("one field at least");
            field = best;
            share = Some(fits_best);
            let others: Vec<&str> = fits
                .iter()
                .filter(|(f, ..)| *f != best)
                .map(|(f, ..)| f.human())
                .collect();
            why.push_str(&format!(
                "; its words also name {}, and its values fit {} best ({:.0}%)",
                others.join(" or "),
                best.human(),
                fits_best * 100.0
            ));
        }
        // A question put to the registrant ("Serez-vous présent(e) au déjeuner ?") that holds
        // a word of attendance asks what they mean to do, and of something else: who came is
        // marked by whoever keeps the list, under a label ("Present", "Prezent").
        if field == Field::Attended
            && evidence.is_partial()
            && super::questions::reads_like_question(header)
        {
            return None;
        }
        if evidence.is_partial() {
            let share = share.unwrap_or_else(|| values_fit(field, body, c));
            if share < field.fit_threshold() {
                return None;
            }
            if named.rivals.is_empty() {
                why.push_str(&format!("; {:.0}% of its values fit", share * 100.0));
            }
        }
        Some((field, why))
    });
    let question = named.question.and_then(|(q, evidence)| match evidence {
        Evidence::Alias => Some((q, evidence.describe(), None)),
        Evidence::Words { .. } => {
            let share = rating_share(body, c, config.questions[q].scale, config);
            // One answer given by everyone, under a header that is not the question's words
            // alone and states no scale, is no rating: a consent ("Súhlasím so spracovaním …
            // na účely organizácie podujatia", all "Súhlasím", "agree") reads as one.
            let no_scale = super::questions::stated_scale(header).is_none();
            let one_answer = evidence.is_partial() && no_scale && !ratings_vary(body, c, config);
            // "How many employees does your organisation have?": a count, not a rating,
            // unless the header states a scale ("Колко полезен беше семинарът? (1-5)": how
            // useful; "kolko" is how many in Slovak).
            let count = no_scale && super::questions::asks_for_a_count(header);
            (share >= 0.5 && !one_answer && !count).then(|| (q, evidence.describe(), Some(share)))
        }
    });
    match (field, question) {
        (Some((f, _)), Some((q, _, share))) => {
            // The header names a field and a question: ratings decide.
            let share =
                share.unwrap_or_else(|| rating_share(body, c, config.questions[q].scale, config));
            Some(if share >= 0.5 {
                (
                    Target::Question(q),
                    format!(
                        "header names question \"{}\" and field {}; {:.0}% of its values are ratings",
                        config.questions[q].id,
                        f.human(),
                        share * 100.0
                    ),
                )
            } else {
                (
                    Target::Field(f),
                    format!(
                        "header names field {} and question \"{}\"; its values are not ratings",
                        f.human(),
                        config.questions[q].id
                    ),
                )
            })
        }
        (Some((f, why)), None) => Some((Target::Field(f), why)),
        (None, Some((q, why, share))) => Some((
            Target::Question(q),
            match share {
                Some(share) => format!("{why}; {:.0}% of its values are ratings", share * 100.0),
                None => why,
            },
        )),
        (None, None) => None,
    }
}

/// The share of a column's values (among the first ones) that fit a field: e-mail
/// addresses, yes or no, dates, phone numbers, whole numbers, or short text for names,
/// organisations and labels (not e-mails, numbers or sentences). A signature column is
/// mostly blank. An empty column fits anything: its header alone tells.
fn values_fit(field: Field, body: &[Vec<Data>], col: usize) -> f64 {
    if field == Field::Signature {
        // Blank (signed on paper), or a mark typed for it ("X", "✓", initials).
        let (mut rows, mut blank) = (0usize, 0usize);
        for cell in body.iter().take(CONTENT_SAMPLE).map(|row| row.get(col)) {
            rows += 1;
            blank += usize::from(
                cell.and_then(cell_text)
                    .is_none_or(|t| t.chars().count() <= 3),
            );
        }
        return if rows == 0 {
            1.0
        } else {
            blank as f64 / rows as f64
        };
    }
    let (mut values, mut fits) = (0usize, 0usize);
    for cell in column_values(body, col).take(CONTENT_SAMPLE) {
        values += 1;
        let text = cell_text(cell).unwrap_or_default();
        let numeric =
            matches!(cell, Data::Int(_) | Data::Float(_)) || text.trim().parse::<f64>().is_ok();
        let ok = match field {
            Field::Email => looks_like_email(&text),
            Field::Attended => super::values::yes_no(cell).is_some(),
            Field::CheckIn | Field::Timestamp => {
                super::values::date(cell).is_some()
                    || text.bytes().filter(u8::is_ascii_digit).count() >= 4
            }
            Field::Phone => {
                text.bytes().filter(u8::is_ascii_digit).count() >= 6
                    && !text.chars().any(char::is_alphabetic)
            }
            Field::Number => numeric,
            _ => {
                !numeric
                    && text.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !looks_like_email(&text)
                    && super::values::date(cell).is_none()
                    && super::values::yes_no(cell).is_none()
                    && text.chars().count() <= 100
                    && text.split_whitespace().count() <= 12
            }
        };
        fits += usize::from(ok);
    }
    if values == 0 {
        1.0
    } else {
        fits as f64 / values as f64
    }
}

/// The fields a column can be recognised by from its values alone.
const CONTENT_FIELDS: [Field; 3] = [Field::Email, Field::StakeholderType, Field::Sector];

impl Field {
    /// The share of values that must fit for the content alone to name the field.
    fn content_threshold(self) -> f64 {
        match self {
            Field::Email => 0.8,
            _ => 0.6,
        }
    }

    /// The share of values that must fit a field named by only some of a header's words.
    fn fit_threshold(self) -> f64 {
        match self {
            Field::Email | Field::Attended => 0.5,
            _ => 0.7,
        }
    }

    fn content_noun(self) -> &'static str {
        match self {
            Field::Email => "e-mail addresses",
            Field::StakeholderType => "stakeholder types of the taxonomy",
            Field::Sector => "sectors of the taxonomy",
            _ => "values of this field",
        }
    }
}

/// The share of a column's non-empty values that are yes/no answers (0 with fewer than 3).
/// The rows above the header that look like people's: an e-mail address in them, or, in a
/// list without e-mails, text under every name column read, in a row about as full as the
/// header. They are
/// not read (the header was found below them), so they are said.
pub fn people_above(sheet: &Sheet, layout: &Layout) -> Vec<usize> {
    let who: Vec<usize> = [
        Field::FullName,
        Field::FirstName,
        Field::LastName,
        Field::Email,
    ]
    .into_iter()
    .filter_map(|f| layout.field(f))
    .collect();
    if who.is_empty() {
        return Vec::new();
    }
    let header_filled = sheet.rows[layout.header_row]
        .iter()
        .filter(|d| has_text(d))
        .count();
    (0..layout.header_row)
        .filter(|&r| {
            let row = &sheet.rows[r];
            let filled = row.iter().filter(|d| has_text(d)).count();
            // Where the list has e-mails, a person's row has one: another header above
            // ("Qui", "Contact") has words there.
            row.iter()
                .any(|d| cell_text(d).is_some_and(|t| looks_like_email(&t)))
                || layout.field(Field::Email).is_none()
                    && filled >= 3
                    && filled * 2 >= header_filled
                    && who.iter().all(|&c| row.get(c).is_some_and(has_text))
        })
        .collect()
}

/// Whether signature column `c` is filled beside some people's names and blank beside
/// others' (a person's row: one with text in a name or e-mail column).
fn signed_by_some(columns: &[Column], sheet: &Sheet, header_row: usize, c: usize) -> bool {
    let who: Vec<usize> = columns
        .iter()
        .filter(|col| matches!(col.target, Target::Field(f) if f.is_identity()))
        .map(|col| col.index)
        .collect();
    let (mut signed, mut blank) = (false, false);
    for row in &sheet.rows[header_row + 1..] {
        if !who.iter().any(|&w| row.get(w).is_some_and(has_text)) {
            continue;
        }
        if row.get(c).is_some_and(has_text) {
            signed = true;
        } else {
            blank = true;
        }
        if signed && blank {
            return true;
        }
    }
    false
}

/// Whether the sheet's attended column says "no" for someone and "yes" for another, or its
/// check-in column is blank for someone and has a time for another: some on the list did
/// not come.
fn some_did_not_come(columns: &[Column], body: &[Vec<Data>]) -> bool {
    columns.iter().any(|c| match c.target {
        Target::Field(Field::Attended) => {
            let answers: Vec<Option<bool>> = body
                .iter()
                .filter(|row| row.iter().any(has_text))
                .map(|row| row.get(c.index).and_then(super::values::yes_no))
                .collect();
            answers.contains(&Some(true)) && answers.contains(&Some(false))
        }
        Target::Field(Field::CheckIn) => {
            let filled: Vec<bool> = body
                .iter()
                .filter(|row| row.iter().any(has_text))
                .map(|row| row.get(c.index).is_some_and(has_text))
                .collect();
            filled.contains(&true) && filled.contains(&false)
        }
        _ => false,
    })
}

/// Whether a column's yes/no answers hold both a yes and a no.
fn says_yes_and_no(body: &[Vec<Data>], col: usize) -> bool {
    let (mut yes, mut no) = (false, false);
    for answer in column_values(body, col)
        .take(CONTENT_SAMPLE)
        .filter_map(super::values::yes_no)
    {
        yes |= answer;
        no |= !answer;
        if yes && no {
            return true;
        }
    }
    false
}

fn yes_no_share(body: &[Vec<Data>], col: usize) -> f64 {
    let values: Vec<&Data> = column_values(body, col).take(CONTENT_SAMPLE).collect();
    if values.len() < 3 {
        return 0.0;
    }
    // Numbers are not yes/no here: a column of 1s and 0s is as likely a count.
    let fits = values
        .iter()
        .filter(|d| {
            matches!(d, Data::String(_) | Data::SharedString(_) | Data::Bool(_))
                && super::values::yes_no(d).is_some()
        })
        .count();
    fits as f64 / values.len() as f64
}

/// How many rows of a column are looked at to judge its content.
const CONTENT_SAMPLE: usize = 200;

/// The share of a column's non-empty values (among the first ones) that fit `field`. With
/// `at_least`, only whether it reaches that share matters: the count stops once it cannot,
/// and the share so far (below it) is returned. Most columns a sheet's header does not name
/// (names, organisations, comments) are no labels at all, and each value looked up is
/// folded first.
fn content_share(
    body: &[Vec<Data>],
    col: usize,
    field: Field,
    config: &Config,
    at_least: Option<f64>,
) -> f64 {
    let misses_allowed = at_least.map(|share| {
        let sample = column_values(body, col).take(CONTENT_SAMPLE).count();
        ((1.0 - share) * sample as f64).floor() as usize
    });
    let mut values = 0usize;
    let mut fits = 0usize;
    for text in column_values(body, col)
        .filter_map(cell_text)
        .take(CONTENT_SAMPLE)
    {
        values += 1;
        let ok = match field {
            Field::Email => super::values::looks_like_email(&text),
            // By aliases only: an organisation's name holds keywords ("Comune di Matera",
            // "Rossi Design S.r.l."), and a column of names would pass for one of types.
            Field::StakeholderType => config.stakeholder_types.alias(&text).is_some(),
            Field::Sector => {
                config.sectors.alias(&text).is_some()
                    || super::values::split_labels(&text).all(|l| config.sectors.alias(l).is_some())
            }
            _ => false,
        };
        fits += usize::from(ok);
        if misses_allowed.is_some_and(|most| values - fits > most) {
            break;
        }
    }
    if values == 0 {
        0.0
    } else {
        fits as f64 / values as f64
    }
}

/// The share of a sheet's rows (among the first ones, and those with text) that have text in
/// column `col`.
fn filled_share(body: &[Vec<Data>], col: usize) -> f64 {
    let (mut rows, mut filled) = (0usize, 0usize);
    for row in body
        .iter()
        .filter(|row| row.iter().any(has_text))
        .take(CONTENT_SAMPLE)
    {
        rows += 1;
        filled += usize::from(row.get(col).is_some_and(has_text));
    }
    if rows == 0 {
        0.0
    } else {
        filled as f64 / rows as f64
    }
}

/// Whether a column's ratings (among the first values) are not all one value.
fn ratings_vary(body: &[Vec<Data>], col: usize, config: &Config) -> bool {
    let mut first = None;
    column_values(body, col)
        .take(CONTENT_SAMPLE)
        .filter_map(|cell| super::values::rating(cell, config))
        .any(|v| *first.get_or_insert(v) != v)
}

/// The share of values that the taxonomy's keywords must place for a column to be read as
/// the stakeholder type or the sector by them.
const KEYWORD_SHARE: f64 = 0.7;

/// The share of a column's labels (among the first values; a sector's cell may hold several)
/// that the taxonomy of `field` places, by an alias or a keyword (one that names two entries
/// counts: it is a label of the taxonomy, not a name); and whether the labels repeat as a
/// list's choices do: at most 7 different ones in 10, naming three entries at least (a list
/// of organisations' names, "Universiteit Leiden", "Hogeschool Utrecht", has more different
/// ones, or names one entry, all of them universities). A column
/// whose values are its header is a box ticked ("My teacher" under "My teacher"), not a
/// choice. The values looked at are spread over the whole column: a form's answers change
/// as it goes round.
fn keyword_share(
    header: &str,
    body: &[Vec<Data>],
    col: usize,
    field: Field,
    config: &Config,
) -> (f64, bool) {
    use crate::config::Match;
    let table = match field {
        Field::StakeholderType => &config.stakeholder_types,
        Field::Sector => &config.sectors,
        _ => return (0.0, false),
    };
    let filled = column_values(body, col).count();
    let step = filled.div_ceil(CONTENT_SAMPLE).max(1);
    let texts: Vec<_> = column_values(body, col)
        .step_by(step)
        .filter_map(cell_text)
        .filter(|t| t.trim() != header.trim())
        .collect();
    let mut labels: Vec<&str> = Vec::new();
    for t in &texts {
        if field == Field::Sector {
            labels.extend(super::values::split_labels(t));
        } else {
            labels.push(t.trim());
        }
    }
    if labels.len() < 4 {
        return (0.0, false);
    }
    let most_misses = ((1.0 - KEYWORD_SHARE) * labels.len() as f64).floor() as usize;
    let (mut fits, mut misses) = (0usize, 0usize);
    let mut distinct: foldhash::HashSet<&str> = foldhash::HashSet::default();
    let mut entries: foldhash::HashSet<u32> = foldhash::HashSet::default();
    for l in &labels {
        distinct.insert(l);
        match table.find(l) {
            Match::None => {
                misses += 1;
                if misses > most_misses {
                    return (fits as f64 / labels.len() as f64, false);
                }
            }
            Match::Alias(code) | Match::Keyword { code, .. } => {
                fits += 1;
                entries.insert(code);
            }
            Match::Ambiguous(_) => fits += 1,
        }
    }
    (
        fits as f64 / labels.len() as f64,
        entries.len() >= 3 && distinct.len() * 10 <= labels.len() * 7,
    )
}

/// The share of a column's non-empty values (among the first ones) that read as ratings on
/// `scale`.
fn rating_share(body: &[Vec<Data>], col: usize, scale: (f64, f64), config: &Config) -> f64 {
    let mut values = 0usize;
    let mut ratings = 0usize;
    for cell in column_values(body, col).take(CONTENT_SAMPLE) {
        values += 1;
        if super::values::rating(cell, config).is_some_and(|v| v >= scale.0 && v <= scale.1) {
            ratings += 1;
        } else if values - ratings > CONTENT_SAMPLE / 2 {
            // More than half of the most that are looked at are not ratings: the column is
            // not ratings whatever follows (and the share so far is under a half too).
            break;
        }
    }
    if values == 0 {
        0.0
    } else {
        ratings as f64 / values as f64
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A sheet of text cells, for the recognisers' unit tests.
    pub(in crate::recognise) fn sheet(rows: &[&[&str]]) -> Sheet<'static> {
        Sheet {
            name: None,
            hidden: false,
            rows: rows
                .iter()
                .map(|r| r.iter().map(|t| Data::String(t.to_string())).collect())
                .collect(),
        }
    }

    fn header_row(rows: &[&[&str]]) -> usize {
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        recognise_layout(&sheet(rows), &index, &config, "t.xlsx")
            .unwrap()
            .header_row
    }

    #[test]
    fn the_header_is_the_row_naming_the_most_fields_the_first_on_a_tie() {
        // Row 1 names two fields; row 3, wider, names three and wins.
        assert_eq!(
            header_row(&[
                &["E-mail", "Name"],
                &["a@x.org", "Ann"],
                &["E-mail", "Name", "Sector"],
                &["b@x.org", "Bob", "ICT"],
            ]),
            2
        );
        // Two rows naming as many fields: the first.
        assert_eq!(
            header_row(&[
                &["E-mail", "Name"],
                &["E-mail", "Name"],
                &["a@x.org", "Ann"],
            ]),
            0
        );
        // A title row naming one field, then the header.
        assert_eq!(
            header_row(&[
                &["Name"],
                &[],
                &["Name", "E-mail", "Sector"],
                &["Ann", "a@x.org", "ICT"]
            ]),
            2
        );
    }

    #[test]
    fn of_two_columns_in_one_questions_words_the_stronger_keeps_it_the_other_is_its_own() {
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        // The platform's satisfaction first ("mulțumit", one word of the overall question),
        // the lab's overall rating second (its words "evaluați … atelierul", two).
        let s = sheet(&[
            &[
                "Cât de mulțumit ați fost de platforma online?",
                "Cum evaluați atelierul online în ansamblu? (1-5)",
            ],
            &["5", "4"],
            &["4", "5"],
            &["3", "4"],
        ]);
        let layout = recognise_layout(&s, &index, &config, "x.csv").unwrap();
        let overall = config.questions.iter().position(|q| q.id == "overall");
        assert_eq!(layout.columns[1].target, Target::Question(overall.unwrap()));
        assert_eq!(layout.columns[0].target, Target::Unconfigured(0));
        assert_eq!(
            layout.unconfigured[0].id,
            "cat_de_multumit_ati_fost_de_platforma_online"
        );
    }

    #[test]
    fn the_configs_column_fields_are_the_configurable_fields() {
        let names: Vec<&str> = Field::CONFIGURABLE.iter().map(|f| f.name()).collect();
        assert_eq!(names, crate::config::COLUMN_FIELDS);
    }

    #[test]
    fn a_row_naming_only_a_running_number_is_no_header() {
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        // A list without a header row whose last column answers "No": no header is found,
        // rather than the first person taken for one.
        let rows: &[&[&str]] = &[
            &["Ana Pop", "ana@x.org", "No"],
            &["Ion Ilie", "ion@x.org", "Yes"],
        ];
        assert!(matches!(
            recognise_layout(&sheet(rows), &index, &config, "t.csv"),
            Err(LayoutError::NoHeader { .. })
        ));
        // A header of questions that state their scale is a header.
        assert_eq!(
            header_row(&[&["Feedback"], &["Q1 (1-5)", "Q2 (1-5)"], &["4", "5"]]),
            1
        );
    }

    /// What the "Organisation" column (a field's name and a question's alias) is read as,
    /// next to an e-mail column, given its values top to bottom.
    fn organisation_column(values: &[String]) -> Target {
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        let mut rows: Vec<Vec<Data>> = vec![vec![
            Data::String("E-mail".into()),
            Data::String("Organisation".into()),
        ]];
        for (i, v) in values.iter().enumerate() {
            rows.push(vec![
                Data::String(format!("p{i}@x.org")),
                Data::String(v.clone()),
            ]);
        }
        let sheet = Sheet {
            name: None,
            rows,
            hidden: false,
        };
        let layout = recognise_layout(&sheet, &index, &config, "t.xlsx").unwrap();
        let column = layout.columns.iter().find(|c| c.index == 1).unwrap();
        column.target
    }

    #[test]
    fn a_header_naming_a_field_and_a_question_is_decided_by_its_first_200_values() {
        let question = Config::builtin()
            .questions
            .iter()
            .position(|q| q.id == "organisation")
            .unwrap();
        let text = |n: usize| (0..n).map(|i| format!("Organisation {i}"));
        let ratings = |n: usize| (0..n).map(|i| (1 + i % 5).to_string());
        // Names: the field.
        let names: Vec<String> = text(250).collect();
        assert_eq!(
            organisation_column(&names),
            Target::Field(Field::Organisation)
        );
        // Ratings: the question.
        let fives: Vec<String> = ratings(250).collect();
        assert_eq!(organisation_column(&fives), Target::Question(question));
        // Of the first 200 values, 101 names and 99 ratings: under half are ratings, whatever
        // follows them.
        let mostly_names: Vec<String> = text(101).chain(ratings(149)).collect();
        assert_eq!(
            organisation_column(&mostly_names),
            Target::Field(Field::Organisation)
        );
        // 99 names, then ratings: 101 of the first 200 are ratings.
        let mostly_ratings: Vec<String> = text(99).chain(ratings(151)).collect();
        assert_eq!(
            organisation_column(&mostly_ratings),
            Target::Question(question)
        );
    }

    #[test]
    fn a_yes_no_column_is_the_attendance_whether_its_text_is_shared_or_owned() {
        // xlsx text arrives as shared strings, CSV text as owned strings: the same column.
        // "Ticked" names no field, so its yes/no content decides.
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        for shared in [false, true] {
            let cell = |t: &'static str| {
                if shared {
                    Data::SharedString(t)
                } else {
                    Data::String(t.to_string())
                }
            };
            let mut rows = vec![vec![
                cell("E-mail"),
                cell("Stakeholder type"),
                cell("Ticked"),
            ]];
            for (i, came) in ["yes", "no", "yes", "yes"].into_iter().enumerate() {
                let email = ["a@x.org", "b@x.org", "c@x.org", "d@x.org"][i];
                rows.push(vec![cell(email), cell("NGO"), cell(came)]);
            }
            let sheet = Sheet {
                name: None,
                rows,
                hidden: false,
            };
            let layout = recognise_layout(&sheet, &index, &config, "t.xlsx").unwrap();
            assert_eq!(layout.field(Field::Attended), Some(2), "shared: {shared}");
        }
    }

    fn layout_of(rows: &[&[&str]]) -> Layout {
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        recognise_layout(&sheet(rows), &index, &config, "inscrieri.csv").unwrap()
    }

    fn target_of(layout: &Layout, header: &str) -> Option<Target> {
        layout
            .columns
            .iter()
            .find(|c| c.header == header)
            .map(|c| c.target)
    }

    #[test]
    fn a_consent_answered_yes_by_all_is_not_who_came() {
        // A registration form's consent statement, "Tak" (yes) from everyone: no attendance.
        let consent =
            "Wyrażam zgodę na przetwarzanie moich danych osobowych w celu organizacji warsztatu.";
        let layout = layout_of(&[
            &["Imię i nazwisko", "Adres e-mail", "Sektor", consent],
            &["Anna Nowak", "anna@x.pl", "Turystyka", "Tak"],
            &["Jan Kowalski", "jan@x.pl", "ICT", "Tak"],
            &["Ewa Wiśniewska", "ewa@x.pl", "Turystyka", "Tak"],
            &["Piotr Zieliński", "piotr@x.pl", "ICT", "Tak"],
        ]);
        assert_eq!(layout.role, Role::Registrations);
        assert_eq!(target_of(&layout, consent), None);
        assert!(layout.field(Field::Attended).is_none());
        // Nor is a question put to the registrant that holds a word of attendance.
        let lunch = "Serez-vous présent(e) au déjeuner ?";
        let layout = layout_of(&[
            &["Nom", "Adresse e-mail", "Secteur", lunch],
            &["Élodie Dubois", "e@x.fr", "Tourisme", "Oui"],
            &["Marc Petit", "m@x.fr", "Tourisme", "Non"],
            &["Luc Martin", "l@x.fr", "Tourisme", "Oui"],
        ]);
        assert!(layout.field(Field::Attended).is_none());
        // A short label of yes and no beside a registration list's types is who came.
        let layout = layout_of(&[
            &["Nume", "E-mail", "Sector", "Da/Nu"],
            &["Ana Pop", "a@x.ro", "Turism", "Da"],
            &["Ion Ilie", "i@x.ro", "Turism", "Nu"],
            &["Dan Radu", "d@x.ro", "Turism", "Da"],
        ]);
        assert_eq!(layout.field(Field::Attended), Some(3));
    }

    #[test]
    fn a_consent_agreed_by_all_is_no_rating_and_keeps_the_list_a_registration_list() {
        // "Súhlasím" (I agree) is an agree-scale word, and the statement holds "organizácie":
        // one answer for everyone, no scale stated, so it is no organisation question.
        let consent = "Súhlasím so spracovaním osobných údajov na účely organizácie podujatia";
        let layout = layout_of(&[
            &["Meno a priezvisko", "E-mail", "Sektor", consent],
            &["Jana Kováčová", "j@x.sk", "Cestovný ruch", "Súhlasím"],
            &["Peter Horváth", "p@x.sk", "IKT", "Súhlasím"],
            &["Eva Nagyová", "e@x.sk", "Cestovný ruch", "Súhlasím"],
            &["Ján Baláž", "b@x.sk", "IKT", "Súhlasím"],
        ]);
        assert_eq!(layout.role, Role::Registrations);
        assert_eq!(target_of(&layout, consent), None);
    }

    #[test]
    fn an_anonymous_forms_empty_name_column_gives_way_to_the_question_that_asked_it() {
        // Microsoft Forms writes its own "Naam" column, empty when the form is anonymous.
        let layout = layout_of(&[
            &["Id", "Naam", "Wat is je naam?", "E-mailadres", "Sector"],
            &["1", "", "Sanne de Vries", "s@x.nl", "Toerisme"],
            &["2", "", "Pieter Bakker", "p@x.nl", "ICT"],
            &["3", "", "Anouk Visser", "a@x.nl", "Toerisme"],
        ]);
        assert_eq!(layout.field(Field::FullName), Some(2));
        // Both filled: the first keeps it.
        let layout = layout_of(&[
            &["Id", "Naam", "Wat is je naam?", "E-mailadres", "Sector"],
            &["1", "S. de Vries", "Sanne de Vries", "s@x.nl", "Toerisme"],
            &["2", "P. Bakker", "Pieter Bakker", "p@x.nl", "ICT"],
        ]);
        assert_eq!(layout.field(Field::FullName), Some(1));
    }

    #[test]
    fn a_sheet_titled_as_a_sign_in_sheet_with_marks_typed_for_signatures_lists_who_came() {
        // "Firma" is a signature in Italian and a company in German: an "X" typed for each
        // signature is no company's name. The title above the header says what the sheet is.
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        let s = sheet(&[
            &["LABORATORIO LOCALE - MATERA, 12 MARZO 2025", "", "", ""],
            &["FOGLIO FIRME PARTECIPANTI", "", "", ""],
            &[
                "Cognome e nome",
                "Ente di appartenenza",
                "Firma ingresso",
                "Firma uscita",
            ],
            &["LORUSSO Angela", "Comune di Matera", "X", "X"],
            &["DI LECCE Francesca", "Liceo Dante Alighieri", "X", ""],
            &["Rossi Marco", "Rossi Design S.r.l.", "X", "X"],
        ]);
        let layout = recognise_layout(&s, &index, &config, "Lista 12-03-2025.csv").unwrap();
        assert_eq!(layout.role, Role::Attendance, "{}", layout.role_why);
        assert_eq!(layout.field(Field::Signature), Some(2));
        assert_eq!(layout.field(Field::Organisation), Some(1));
    }

    #[test]
    fn a_question_asking_for_a_count_is_no_rating_whatever_its_words() {
        let header = "How many employees does your organisation have?";
        let layout = layout_of(&[
            &["Name", "E-mail", header],
            &["Ana Pop", "a@x.ro", "3"],
            &["Ion Ilie", "i@x.ro", "5"],
            &["Eva Lazăr", "e@x.ro", "1"],
        ]);
        assert_eq!(layout.role, Role::Registrations);
        assert!(!matches!(
            target_of(&layout, header),
            Some(Target::Question(_) | Target::Unconfigured(_))
        ));
    }

    #[test]
    fn of_two_aspects_in_one_question_the_one_said_first_is_asked() {
        let config = Config::builtin();
        let q = |id: &str| config.questions.iter().position(|q| q.id == id).unwrap();
        // "How useful was the workshop for your organisation?": usefulness, not organisation;
        // the event's organisation is the next column.
        let useful = "Доколко полезна беше работилницата за Вашата организация?";
        let organised = "Организация на събитието (1 – много слаба, 5 – отлична)";
        let layout = layout_of(&[
            &["Клеймо за време", useful, organised],
            &["2024-04-18", "4", "5"],
            &["2024-04-18", "5", "4"],
            &["2024-04-18", "3", "5"],
        ]);
        assert_eq!(
            target_of(&layout, useful),
            Some(Target::Question(q("usefulness")))
        );
        assert_eq!(
            target_of(&layout, organised),
            Some(Target::Question(q("organisation")))
        );
    }

    #[test]
    fn a_column_of_a_forms_choices_that_the_keywords_place_is_the_stakeholder_type() {
        // "Vous représentez :" names nothing, but its answers are types by their words
        // (commune, PME, start-up, université, association de jeunes), given again and again.
        let rows: Vec<[&str; 3]> = vec![
            ["Nom", "Adresse e-mail", "Vous représentez :"],
            [
                "A",
                "a@x.fr",
                "Une collectivité territoriale (commune, région)",
            ],
            ["B", "b@x.fr", "Une TPE / PME"],
            ["C", "c@x.fr", "Une TPE / PME"],
            ["D", "d@x.fr", "Une université ou une école"],
            [
                "E",
                "e@x.fr",
                "Une collectivité territoriale (commune, région)",
            ],
            ["F", "f@x.fr", "Une start-up"],
            ["G", "g@x.fr", "Une TPE / PME"],
            ["H", "h@x.fr", "Une université ou une école"],
        ];
        let rows: Vec<&[&str]> = rows.iter().map(|r| r.as_slice()).collect();
        let layout = layout_of(&rows);
        assert_eq!(layout.field(Field::StakeholderType), Some(2));
        assert_eq!(layout.role, Role::Registrations);
        // Organisations' names hold keywords too, but each is another one, or all are
        // universities: no stakeholder type.
        let rows: Vec<[&str; 3]> = vec![
            ["Name", "E-mail", "Bachelor's University"],
            ["A", "a@x.nl", "Universiteit Leiden"],
            ["B", "b@x.nl", "Utrecht University"],
            ["C", "c@x.nl", "Universiteit Leiden"],
            ["D", "d@x.nl", "Maastricht University"],
            ["E", "e@x.nl", "Utrecht University"],
            ["F", "f@x.nl", "Universiteit Leiden"],
        ];
        let rows: Vec<&[&str]> = rows.iter().map(|r| r.as_slice()).collect();
        assert_eq!(layout_of(&rows).field(Field::StakeholderType), None);
    }
}
