//! Online and hybrid labs: the attendance reports of meeting tools, read like a sign-in sheet.
//!
//! Microsoft Teams (the attendance report with its sections "1. Summary", "2. Participants",
//! "3. In-Meeting Activities"; the 2021 report; the older list of "Joined"/"Left" actions),
//! Zoom's participants report (with or without the meeting's summary above it), Webex's and
//! Google Meet's reports write the same layout in every language. A report is known by the
//! words of its header in any language of the vocabulary (`[meetings]`, with the names and
//! e-mails of `[fields]`), and where the words are not known, by its layout: a column of names
//! beside two columns of times, the second after the first (joined, left), or beside a column
//! of two or three actions and one of times (Teams' older list).
//! Only participants are people: the organiser or host is staff, section titles and summary
//! rows are nobody, and a person who joined several times is one attendee whose minutes are
//! added up.

use std::borrow::Cow;
use std::sync::{Mutex, OnceLock};

use foldhash::HashMap;

use crate::diagnostics::plural;
use crate::fold::fold;
use crate::read::{Data, Sheet};
use crate::vocabulary::{Meaning, vocabulary};

use super::columns::{Column, Field, Ignored, Target};
use super::values::{cell_text, looks_like_email, name_key, parse_date_text, yes_no};

/// A meeting tool's report, as recognised.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingReport {
    /// What the report is, for `check`: "Microsoft Teams attendance report".
    pub kind: &'static str,
    /// 0-based row of the participants' header.
    pub header_row: usize,
    /// The header's columns read, each with its field, as `check` shows a sheet's.
    pub columns: Vec<Column>,
    /// The header's other columns, not read.
    pub ignored: Vec<Ignored>,
    /// The participants, each once.
    pub attendees: Vec<Attendee>,
    /// Organisers and hosts left out.
    pub staff: usize,
    /// Rows of a person already met (rejoins), merged into their first.
    pub rejoins: usize,
    /// Participants left out for being there less than `[attendance] min_minutes`.
    pub too_short: usize,
    /// What the report cannot tell, said by `check`.
    pub caveat: Option<&'static str>,
    /// A report in titled sections (Zoom's webinar report: "Host Details", "Panelist
    /// Details", "Attendee Details", "Other Attended"): each title with what it was read as.
    pub sections: Vec<String>,
    /// The people of a section that says who attended and who did not (Zoom's attendees of
    /// a webinar, each registered): the registrations, each once.
    pub registrants: Vec<Registrant>,
}

/// A webinar's registrant.
#[derive(Debug, Clone, PartialEq)]
pub struct Registrant {
    pub name: Option<String>,
    pub email: Option<String>,
    pub attended: bool,
}

/// One participant of an online lab.
#[derive(Debug, Clone, PartialEq)]
pub struct Attendee {
    pub name: Option<String>,
    pub email: Option<String>,
    /// Minutes in the meeting, over all their joins, where the report tells.
    pub minutes: Option<f64>,
}

/// What a column of a participants' table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Name,
    FirstName,
    LastName,
    Email,
    Join,
    Leave,
    Duration,
    Role,
    Action,
    Timestamp,
    /// Whether the person attended (Zoom's webinar report: "Attended" Yes or No).
    Attended,
    /// Another column of a list of people (a running number, a phone).
    Other,
}

const PARTS: usize = 12;

/// The columns of a participants' table, by part (an index into the row).
#[derive(Debug, Clone, Copy, Default)]
struct Plan {
    at: [Option<usize>; PARTS],
    /// Found by the header's words (else by the values' layout).
    by_words: bool,
}

impl Plan {
    fn get(&self, part: Part) -> Option<usize> {
        self.at[part as usize]
    }
    fn has(&self, part: Part) -> bool {
        self.get(part).is_some()
    }
    fn set(&mut self, part: Part, col: usize) {
        self.at[part as usize] = Some(col);
    }
}

/// How many rows from the top hold the participants' header at the latest (Teams puts a
/// summary of a dozen rows above it).
const HEADER_SEARCH_ROWS: usize = 40;

/// How many rows under a header are looked at to tell what its columns hold.
const SAMPLE_ROWS: usize = 30;

/// The sheet as a meeting tool's attendance report, if its header or layout is one's.
/// `min_minutes`: participants there for less are not counted.
pub fn recognise_meeting(sheet: &Sheet, min_minutes: Option<f64>) -> Option<MeetingReport> {
    let (header_row, plan) = find_participants(sheet)?;
    let sections = sections(sheet, header_row, plan);
    let host = host_above(&sheet.rows[..header_row]);
    let vocabulary = vocabulary();
    // The header `check` shows: the first section of participants (not of staff).
    let shown = sections.iter().find(|s| !s.staff).unwrap_or(&sections[0]);
    let header = &sheet.rows[shown.header_row];
    let plan = shown.plan;
    let body = &sheet.rows[shown.body.clone()];

    let mut report = MeetingReport {
        kind: kind(header, body, &plan, sections.len() > 1),
        header_row: shown.header_row,
        columns: Vec::new(),
        ignored: Vec::new(),
        attendees: Vec::new(),
        staff: 0,
        rejoins: 0,
        too_short: 0,
        caveat: None,
        sections: Vec::new(),
        registrants: Vec::new(),
    };
    let why = if plan.by_words {
        "header"
    } else {
        "layout of a meeting report (its values)"
    };
    for (c, cell) in header.iter().enumerate() {
        let Some(h) = cell_text(cell) else { continue };
        let field = [
            (Part::Name, Field::FullName),
            (Part::FirstName, Field::FirstName),
            (Part::LastName, Field::LastName),
            (Part::Email, Field::Email),
            (Part::Duration, Field::Minutes),
            (Part::Role, Field::MeetingRole),
            (Part::Action, Field::MeetingRole),
            (Part::Attended, Field::Attended),
        ]
        .into_iter()
        .find_map(|(part, field)| (plan.get(part) == Some(c)).then_some(field));
        match field {
            Some(field) => report.columns.push(Column {
                index: c,
                header: h.into_owned(),
                target: Target::Field(field),
                why: why.into(),
            }),
            None => report.ignored.push(Ignored::new(c, h.into_owned())),
        }
    }

    // Each row: who, with which e-mail, for how long, whether they ran the meeting, and
    // whether they attended (where a section says).
    struct Row {
        name: Option<String>,
        name_key: Option<String>,
        email: Option<String>,
        minutes: Option<f64>,
        staff: bool,
        attended: Option<bool>,
    }
    let mut rows = Vec::new();
    for section in &sections {
        let plan = section.plan;
        let text = |row: &[Data], part: Part| {
            plan.get(part)
                .and_then(|c| row.get(c))
                .and_then(cell_text)
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
        };
        let mut read = 0;
        let mut registrants = 0;
        for row in &sheet.rows[section.body.clone()] {
            let raw_name = match text(row, Part::Name) {
                Some(n) => Some(n),
                None => {
                    let joined = [text(row, Part::FirstName), text(row, Part::LastName)]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" ");
                    (!joined.is_empty()).then_some(joined)
                }
            };
            let (name, marked_staff) = match &raw_name {
                Some(n) => clean_name(n),
                None => (None, false),
            };
            let email = text(row, Part::Email)
                .map(|e| e.trim_start_matches("mailto:").to_lowercase())
                .filter(|e| looks_like_email(e));
            let role = text(row, Part::Role).map(|r| fold(&r)).unwrap_or_default();
            let minutes = match text(row, Part::Duration) {
                Some(m) => minutes_of(&m),
                None => match (
                    moment_at(row, plan.get(Part::Join)),
                    moment_at(row, plan.get(Part::Leave)),
                ) {
                    (Some(j), Some(l)) if l >= j => Some(l - j),
                    _ => None,
                },
            };
            let name_key = name.as_deref().and_then(|n| name_key([n]));
            if email.is_none() && name_key.is_none() {
                continue;
            }
            // Listed with no time of joining where the report has one: never joined (a
            // webinar's registrant who did not come says so in its own column).
            let joined = moment_at(row, plan.get(Part::Join)).is_some()
                || minutes.is_some()
                || moment_at(row, plan.get(Part::Timestamp)).is_some();
            if plan.has(Part::Join) && !joined && !plan.has(Part::Attended) {
                continue;
            }
            let staff = section.staff
                || marked_staff
                || vocabulary.is_staff(&role)
                || host
                    .as_ref()
                    .is_some_and(|h| h.is(email.as_deref(), name_key.as_deref()));
            let attended = plan
                .get(Part::Attended)
                .and_then(|c| row.get(c))
                .and_then(yes_no);
            read += 1;
            registrants += usize::from(attended.is_some());
            rows.push(Row {
                name,
                name_key,
                email,
                minutes,
                staff,
                attended,
            });
        }
        if let Some(title) = &section.title {
            let what = if section.staff {
                "its people are staff, not counted".to_string()
            } else if registrants > 0 {
                format!(
                    "{} of registrants, each saying whether they attended",
                    plural(read as u64, "row")
                )
            } else {
                format!("{} of participants", plural(read as u64, "row"))
            };
            report.sections.push(format!("\"{title}\" ({what})"));
        }
    }

    // One person a key: their e-mail; without one, the e-mail their name has elsewhere in
    // the report, if it has one only (a rejoin from another device); else their name.
    let mut emails_of: HashMap<&str, Vec<&str>> = HashMap::default();
    for r in &rows {
        if let (Some(n), Some(e)) = (&r.name_key, &r.email) {
            let list = emails_of.entry(n.as_str()).or_default();
            if !list.contains(&e.as_str()) {
                list.push(e.as_str());
            }
        }
    }
    let key_of = |r: &Row| -> String {
        if let Some(e) = &r.email {
            return e.clone();
        }
        let n = r.name_key.as_deref().unwrap_or_default();
        match emails_of.get(n).map(Vec::as_slice) {
            Some([only]) => only.to_string(),
            _ => format!("\u{0}{n}"),
        }
    };
    let keys: Vec<String> = rows.iter().map(key_of).collect();
    let mut staff_keys: Vec<&str> = Vec::new();
    for (r, key) in rows.iter().zip(&keys) {
        if r.staff && !staff_keys.contains(&key.as_str()) {
            staff_keys.push(key);
        }
    }
    report.staff = staff_keys.len();
    let mut seen: HashMap<&str, usize> = HashMap::default();
    let mut registered: HashMap<&str, usize> = HashMap::default();
    for (r, key) in rows.into_iter().zip(&keys) {
        if staff_keys.contains(&key.as_str()) {
            continue;
        }
        if let Some(attended) = r.attended {
            // A registrant: once, attended if any of their rows says so; their joins are
            // not sign-ins (the registration says they came).
            match registered.get(key.as_str()) {
                Some(&at) => {
                    report.rejoins += 1;
                    report.registrants[at].attended |= attended;
                }
                None => {
                    registered.insert(key, report.registrants.len());
                    report.registrants.push(Registrant {
                        name: r.name,
                        email: r.email,
                        attended,
                    });
                }
            }
            continue;
        }
        match seen.get(key.as_str()) {
            Some(&at) => {
                report.rejoins += 1;
                let a = &mut report.attendees[at];
                a.minutes = match (a.minutes, r.minutes) {
                    (Some(x), Some(y)) => Some(x + y),
                    (x, y) => x.or(y),
                };
                if a.email.is_none() {
                    a.email = r.email;
                }
            }
            None => {
                seen.insert(key, report.attendees.len());
                report.attendees.push(Attendee {
                    name: r.name,
                    email: r.email,
                    minutes: r.minutes,
                });
            }
        }
    }

    let marks_staff = plan.has(Part::Role) || host.is_some() || report.staff > 0;
    report.caveat = match (marks_staff, plan.has(Part::Email)) {
        (true, true) => None,
        (true, false) => {
            Some("this report gives no e-mails: people are matched to registrations by name")
        }
        (false, true) => {
            Some("this report marks no organiser or host, so they are counted as an attendee")
        }
        (false, false) => Some(
            "this report marks no organiser and gives no e-mails: the organiser is counted as an attendee, and people are matched to registrations by name",
        ),
    };
    if let Some(min) = min_minutes {
        let before = report.attendees.len();
        report
            .attendees
            .retain(|a| a.minutes.is_none_or(|m| m >= min));
        report.too_short = before - report.attendees.len();
    }
    Some(report)
}

/// The participants' header row and its plan: the row, within the first rows, that is all
/// text and is followed closely by a row of a meeting's values (a time, a duration or an
/// e-mail), whose columns a meeting report's are: by their words, else by their values.
/// Every sheet is asked, so most (registration lists, forms) are told apart by a look at
/// their first rows' cells.
fn find_participants(sheet: &Sheet) -> Option<(usize, Plan)> {
    let rows = &sheet.rows;
    let first = rows
        .iter()
        .position(|r| r.iter().any(|d| cell_text(d).is_some()))?;
    let last = (first + HEADER_SEARCH_ROWS).min(rows.len().saturating_sub(1));
    let mut best: Option<(usize, Plan, usize)> = None;
    for r in first..last {
        if !is_header_like(&rows[r])
            || !rows[r + 1..(r + 4).min(rows.len())]
                .iter()
                .any(|row| has_meeting_value(row))
        {
            continue;
        }
        let body = participant_rows(&rows[r + 1..(r + 1 + SAMPLE_ROWS).min(rows.len())]);
        // A column no meeting tool writes (an organisation, a stakeholder type, a sector):
        // a list of people, whatever its times.
        if rows[r]
            .iter()
            .filter_map(cell_text)
            .any(|h| part_of_header(&h).is_err())
        {
            continue;
        }
        let plan = plan_by_words(&rows[r], body).or_else(|| plan_by_layout(&rows[r], body));
        if let Some(plan) = plan {
            let score = plan.at.iter().flatten().count();
            if best.as_ref().is_none_or(|(_, _, s)| score > *s) {
                best = Some((r, plan, score));
            }
        }
    }
    best.map(|(r, plan, _)| (r, plan))
}

/// A header: three cells or more, text but for one at most (an attendance extension puts
/// the meeting's time among its headers), no e-mail.
fn is_header_like(row: &[Data]) -> bool {
    let (mut texts, mut others) = (0, 0);
    for cell in row {
        match cell {
            // Text, whether the reader owns it (CSV, xlsx) or borrows it (xls, ods).
            Data::String(_) | Data::SharedString(_) => {
                let Some(s) = cell_text(cell) else { continue };
                let t = s.trim();
                if t.is_empty() {
                    continue;
                }
                if looks_like_email(t) {
                    return false;
                }
                if time_of_day(t).is_some() || t.parse::<f64>().is_ok() {
                    others += 1;
                } else {
                    texts += 1;
                }
            }
            Data::Empty => {}
            _ => others += 1,
        }
    }
    texts >= 2 && others <= 1 && texts + others >= 3
}

/// Whether a row holds a value that only a meeting's participants' row, or a list of people
/// with their e-mails, would: a time, a duration or an e-mail address.
fn has_meeting_value(row: &[Data]) -> bool {
    row.iter().any(|cell| match cell {
        Data::DateTime(_) | Data::DateTimeIso(_) => true,
        Data::String(_) | Data::SharedString(_) => cell_text(cell).is_some_and(|s| {
            let b = s.as_bytes();
            b.contains(&b':') || b.contains(&b'@')
        }),
        _ => false,
    })
}

/// The rows of the participants: up to a blank row or the next section ("3. In-Meeting
/// Activities", "Attendee Details" over its header).
fn participant_rows<'r, 'd>(rows: &'r [Vec<Data<'d>>]) -> &'r [Vec<Data<'d>>] {
    let end = (0..rows.len())
        .position(|i| {
            let row = &rows[i];
            row.iter().all(|d| cell_text(d).is_none())
                || is_section_title(row)
                || title_over_header(rows, i).is_some()
        })
        .unwrap_or(rows.len());
    &rows[..end]
}

/// A row that titles the table under it: one cell of text, the next row a header
/// ("Panelist Details" over "User Name, Email, Join Time …"). Its text.
fn title_over_header<'r>(rows: &'r [Vec<Data<'_>>], i: usize) -> Option<Cow<'r, str>> {
    let mut texts = rows[i].iter().filter_map(cell_text);
    let (Some(title), None) = (texts.next(), texts.next()) else {
        return None;
    };
    (rows.get(i + 1).is_some_and(|next| is_header_like(next))
        && !looks_like_email(&title)
        && time_of_day(&title).is_none())
    .then_some(title)
}

/// One table of a report: its title (a webinar report's "Host Details"), its header and
/// its rows, and whether its people ran the meeting.
struct Section {
    title: Option<String>,
    header_row: usize,
    plan: Plan,
    /// The rows of its people.
    body: std::ops::Range<usize>,
    staff: bool,
}

/// The report's tables, from the participants' header found: that one alone, or, where a
/// title stands over it that is not a numbered section of Teams ("2. Participants", whose
/// "3. In-Meeting Activities" lists the same people again), every titled table that
/// follows ("Host Details", "Panelist Details", "Attendee Details", "Other Attended"): a
/// table whose title holds a staff word ("Host", "Panelist") is staff.
fn sections(sheet: &Sheet, header_row: usize, plan: Plan) -> Vec<Section> {
    let rows = &sheet.rows;
    let vocabulary = vocabulary();
    let staff_title = |title: &str| {
        vocabulary.is_staff(&fold(title))
            || crate::vocabulary::words(title).any(|w| vocabulary.is_staff(&w))
    };
    let body_of = |header: usize| {
        let body = participant_rows(&rows[header + 1..]);
        header + 1..header + 1 + body.len()
    };
    let titled = header_row
        .checked_sub(1)
        .and_then(|t| title_over_header(rows, t).filter(|_| !is_section_title(&rows[t])));
    if titled.is_none() {
        return vec![Section {
            title: None,
            header_row,
            plan,
            body: body_of(header_row),
            staff: false,
        }];
    }
    // From the first titled table: the one found may be a later one (it has more columns).
    let first = (0..header_row - 1)
        .find(|&t| {
            !is_section_title(&rows[t]) && title_over_header(rows, t).is_some() && {
                let body = body_of(t + 1);
                let sample = &rows[body.start..body.end.min(body.start + SAMPLE_ROWS)];
                plan_by_words(&rows[t + 1], sample)
                    .or_else(|| plan_by_layout(&rows[t + 1], sample))
                    .is_some()
            }
        })
        .unwrap_or(header_row - 1);
    let mut out = Vec::new();
    let mut next = first;
    loop {
        while next < rows.len() && rows[next].iter().all(|d| cell_text(d).is_none()) {
            next += 1;
        }
        if next + 1 >= rows.len() || is_section_title(&rows[next]) {
            break;
        }
        let Some(title) = title_over_header(rows, next) else {
            break;
        };
        let header = next + 1;
        let body = body_of(header);
        let sample = &rows[body.start..body.end.min(body.start + SAMPLE_ROWS)];
        let plan =
            plan_by_words(&rows[header], sample).or_else(|| plan_by_layout(&rows[header], sample));
        if let Some(plan) = plan {
            out.push(Section {
                staff: staff_title(&title),
                title: Some(title.into_owned()),
                header_row: header,
                plan,
                body: body.clone(),
            });
        }
        next = body.end;
    }
    out
}

/// A header's part and how strongly its words say so, or `Err` for a people list's column.
type HeaderPart = Result<Option<(Part, (bool, u8))>, ()>;

/// What a header names, by its words in any language of the vocabulary, and how strongly
/// (the header as written, then the words the phrase took). `None` for anything a meeting
/// report does not have; `Err` for a column no meeting report has (an organisation, a
/// stakeholder type, a sector): the sheet is a list of people, not a report.
fn part_of_header(header: &str) -> HeaderPart {
    static SEEN: OnceLock<Mutex<HashMap<String, HeaderPart>>> = OnceLock::new();
    let seen = SEEN.get_or_init(Default::default);
    if let Some(hit) = seen.lock().ok().and_then(|s| s.get(header).copied()) {
        return hit;
    }
    // A staff word is a summary's column ("Organizzatore": the host), no organisation.
    let mut out = Ok(None);
    if vocabulary().is_staff(&fold(header)) {
        return out;
    }
    // The strongest part a meeting report has; else another field of a list of people.
    let mut other = false;
    for f in vocabulary().find(header) {
        // A phrase must take a third of the header's words at least ("Participant ID (UPN)"
        // holds "participant", but it is an id).
        if !(f.exact || u16::from(f.phrase.words) * 3 >= u16::from(f.of)) {
            continue;
        }
        let part = match f.phrase.meaning {
            Meaning::Field(_) => match f.phrase.meaning.key() {
                // A name's header is mostly the name ("Name (Original Name)", "User Name"),
                // not "Country/Region Name".
                "full_name" if !f.whole() && u16::from(f.phrase.words) * 2 < u16::from(f.of) => {
                    continue;
                }
                "full_name" => Part::Name,
                "first_name" => Part::FirstName,
                "last_name" => Part::LastName,
                "email" => Part::Email,
                "timestamp" => Part::Timestamp,
                "attended" => Part::Attended,
                "organisation" | "stakeholder_type" | "sector" if f.whole() => {
                    out = Err(());
                    break;
                }
                _ => {
                    other = true;
                    continue;
                }
            },
            Meaning::Meeting(i) => [
                Part::Join,
                Part::Leave,
                Part::Duration,
                Part::Role,
                Part::Action,
            ][i as usize],
            Meaning::Question(_) => continue,
        };
        out = Ok(Some((part, f.rank())));
        break;
    }
    if other && matches!(out, Ok(None)) {
        out = Ok(Some((Part::Other, (false, 0))));
    }
    if let Ok(mut s) = seen.lock()
        && s.len() < 20_000
    {
        s.insert(header.to_string(), out);
    }
    out
}

/// A participants' table by the words of its header: names (or first and last names) and
/// their times in the meeting (joined and left, joined and how long, how long alone when
/// the values are durations) or Teams' actions with their times; each confirmed by its
/// values.
fn plan_by_words(header: &[Data], body: &[Vec<Data>]) -> Option<Plan> {
    let mut plan = Plan {
        by_words: true,
        ..Plan::default()
    };
    let mut rank = [(false, 0u8); PARTS];
    for (c, cell) in header.iter().enumerate() {
        let Some(h) = cell_text(cell) else { continue };
        let Ok(Some((part, r))) = part_of_header(&h) else {
            continue;
        };
        if !plan.has(part) || r > rank[part as usize] {
            plan.set(part, c);
            rank[part as usize] = r;
        }
    }
    // Each column confirmed by what is under it.
    let share = |c: usize, fits: &dyn Fn(&Data) -> bool| {
        let values: Vec<&Data> = body
            .iter()
            .filter_map(|row| row.get(c))
            .filter(|d| cell_text(d).is_some())
            .collect();
        if values.is_empty() {
            return 0.0;
        }
        values.iter().filter(|d| fits(d)).count() as f64 / values.len() as f64
    };
    for part in [Part::Join, Part::Leave, Part::Timestamp] {
        if let Some(c) = plan.get(part)
            && share(c, &|d| moment(d).is_some()) < 0.5
        {
            plan.at[part as usize] = None;
        }
    }
    if let Some(c) = plan.get(Part::Duration)
        && share(c, &|d| cell_text(d).and_then(|t| minutes_of(&t)).is_some()) < 0.5
    {
        plan.at[Part::Duration as usize] = None;
    }
    let names = |c: Option<usize>| c.is_some_and(|c| share(c, &|d| is_name_like(d)) >= 0.5);
    // A name, or first and last names (one of them alone: "Nome (nome originale)" is the
    // name of Zoom's Italian report, though "nome" is a first name).
    let named = names(plan.get(Part::Name))
        || names(plan.get(Part::FirstName)) && names(plan.get(Part::LastName))
        || names(plan.get(Part::FirstName)) && !plan.has(Part::LastName)
        || names(plan.get(Part::LastName)) && !plan.has(Part::FirstName);
    // Joined (when, and for how long or until when: an attendance extension writes both in
    // one cell, "15:33 (30min) [16:02]").
    let times = plan.has(Part::Join)
        || plan.has(Part::Duration) && plan.has(Part::Email)
        || plan.has(Part::Action) && (plan.has(Part::Timestamp) || plan.has(Part::Join));
    (named && times && !body.is_empty()).then_some(plan)
}

/// A participants' table by its values alone, for a report whose header is in a language
/// the vocabulary does not hold: a column of names beside two columns of times, the second
/// after the first and the same day in most rows (joined, left); or a list of three columns, names, two or
/// three actions and times, in which someone has two actions (Teams' older list).
fn plan_by_layout(header: &[Data], body: &[Vec<Data>]) -> Option<Plan> {
    if body.len() < 2 {
        return None;
    }
    let width = header.len();
    let column = |c: usize| {
        body.iter()
            .map(move |row| row.get(c).unwrap_or(&Data::Empty))
    };
    let filled = |c: usize| column(c).filter(|d| cell_text(d).is_some()).count();
    let share = |c: usize, fits: &dyn Fn(&Data) -> bool| {
        let n = filled(c);
        if n == 0 {
            0.0
        } else {
            column(c)
                .filter(|d| cell_text(d).is_some() && fits(d))
                .count() as f64
                / n as f64
        }
    };
    let distinct = |c: usize| {
        let mut seen: Vec<String> = Vec::new();
        for d in column(c) {
            if let Some(t) = cell_text(d) {
                let f = fold(&t);
                if !seen.contains(&f) {
                    seen.push(f);
                }
            }
        }
        seen.len()
    };
    // What the header's words say, where they say anything: a form's submission times
    // ("Start Date", "Submit Date") are no joins and leaves, a running number ("#") no names.
    let said = |c: usize| {
        cell_text(&header[c])
            .and_then(|h| part_of_header(&h).ok().flatten())
            .map(|(part, _)| part)
    };
    let times: Vec<usize> = (0..width)
        .filter(|&c| {
            !matches!(said(c), Some(Part::Timestamp | Part::Other))
                && filled(c) * 2 >= body.len()
                && share(c, &|d| moment(d).is_some()) >= 0.8
        })
        .collect();
    let names: Vec<usize> = (0..width)
        .filter(|&c| {
            matches!(
                said(c),
                None | Some(Part::Name | Part::FirstName | Part::LastName)
            ) && filled(c) * 2 >= body.len()
                && share(c, &|d| is_name_like(d)) >= 0.8
        })
        .collect();
    let email = (0..width).find(|&c| {
        filled(c) > 0 && share(c, &|d| cell_text(d).is_some_and(|t| looks_like_email(&t))) >= 0.5
    });
    let mut plan = Plan::default();
    // The names: of the columns of text, the one with the most different values (a role
    // or a guest column repeats a few).
    let name = names
        .iter()
        .copied()
        .max_by_key(|&c| (distinct(c), std::cmp::Reverse(c)))?;
    plan.set(Part::Name, name);
    if let Some(e) = email {
        plan.set(Part::Email, e);
    }
    // Joined and left: two columns of times that vary, the second after the first.
    let pair = times.iter().enumerate().find_map(|(i, &j)| {
        times[i + 1..].iter().find_map(|&l| {
            let pairs: Vec<(f64, f64)> = body
                .iter()
                .filter_map(|row| Some((moment(row.get(j)?)?, moment(row.get(l)?)?)))
                .collect();
            // Left after joining, the same day (an order's date and a check-in's are weeks
            // apart).
            let after = pairs
                .iter()
                .filter(|(a, b)| b >= a && b - a < 24.0 * 60.0)
                .count();
            let vary = pairs.windows(2).any(|w| w[0].0 != w[1].0);
            (pairs.len() >= 2 && vary && after * 10 >= pairs.len() * 9).then_some((j, l))
        })
    });
    if let Some((j, l)) = pair {
        plan.set(Part::Join, j);
        plan.set(Part::Leave, l);
        // How long, where a column of durations follows them.
        if let Some(d) = (l + 1..width).find(|&c| {
            filled(c) * 2 >= body.len()
                && share(c, &|d| {
                    cell_text(d).is_some_and(|t| {
                        minutes_of(&t).is_some()
                            && (t.parse::<f64>().is_err() || t.parse::<u32>().is_ok())
                    })
                }) >= 0.9
        }) {
            plan.set(Part::Duration, d);
        }
        // The role: few values, one of them a staff role.
        if let Some(r) = (0..width).find(|&c| {
            !plan.at.contains(&Some(c))
                && distinct(c) <= 6
                && column(c).any(|d| cell_text(d).is_some_and(|t| vocabulary().is_staff(&fold(&t))))
        }) {
            plan.set(Part::Role, r);
        }
        return Some(plan);
    }
    // Teams' older list: names, actions, times, in three columns.
    let texts: Vec<usize> = (0..width)
        .filter(|&c| cell_text(&header[c]).is_some())
        .collect();
    if let ([n, a, t], [time]) = (texts.as_slice(), times.as_slice()) {
        let (n, a, t) = (*n, *a, *t);
        if plan.get(Part::Name) == Some(n) && *time == t && (2..=3).contains(&distinct(a)) {
            let mut actions: HashMap<String, String> = HashMap::default();
            let twice = body.iter().any(|row| {
                let (Some(who), Some(what)) = (
                    row.get(n).and_then(cell_text),
                    row.get(a).and_then(cell_text),
                ) else {
                    return false;
                };
                let what = fold(&what);
                match actions.insert(fold(&who), what.clone()) {
                    Some(before) => before != what,
                    None => false,
                }
            });
            if twice {
                plan.set(Part::Action, a);
                plan.set(Part::Timestamp, t);
                return Some(plan);
            }
        }
    }
    None
}

/// A cell that may be a person's name: text that is no e-mail, time, duration or number
/// (a published report may have its names masked: "******** ******").
fn is_name_like(cell: &Data) -> bool {
    if !matches!(cell, Data::String(_) | Data::SharedString(_)) {
        return false;
    }
    let Some(s) = cell_text(cell) else {
        return false;
    };
    let t = s.trim();
    !t.is_empty() && !looks_like_email(t) && time_of_day(t).is_none() && minutes_of(t).is_none()
}

/// The tool a report comes from, by what its layout shows: Teams' actions or its
/// participants' "(UPN)" and roles, Zoom's minutes as plain numbers, Webex's "mins".
fn kind(header: &[Data], body: &[Vec<Data>], plan: &Plan, sectioned: bool) -> &'static str {
    if plan.has(Part::Action) {
        return "Microsoft Teams attendance list";
    }
    let upn = header
        .iter()
        .filter_map(cell_text)
        .any(|h| fold(&h).ends_with("upn"));
    let durations: Vec<String> = plan
        .get(Part::Duration)
        .map(|c| {
            body.iter()
                .filter_map(|row| row.get(c).and_then(cell_text))
                .take(SAMPLE_ROWS)
                .map(|t| t.trim().to_lowercase())
                .collect()
        })
        .unwrap_or_default();
    // Of the durations written ("--" for who did not come).
    let durations: Vec<String> = durations
        .into_iter()
        .filter(|d| d.bytes().any(|b| b.is_ascii_digit()))
        .collect();
    let all = |f: &dyn Fn(&str) -> bool| !durations.is_empty() && durations.iter().all(|d| f(d));
    if upn || plan.has(Part::Role) && all(&|d| d.chars().any(char::is_alphabetic)) {
        "Microsoft Teams attendance report"
    } else if all(&|d| d.parse::<f64>().is_ok()) {
        if sectioned {
            "Zoom webinar report"
        } else {
            "Zoom participants report"
        }
    } else if all(&|d| d.ends_with("mins")) {
        "Webex attendance report"
    } else if all(&|d| d.bytes().filter(|&b| b == b':').count() == 2) && !plan.has(Part::Email) {
        "Google Meet attendance report"
    } else {
        "online meeting's attendance report"
    }
}

/// A row that opens a section of a Teams report: "2. Participants", "3. In-Meeting
/// Activities", in whatever language: a number, a full stop, words, alone in its row.
fn is_section_title(row: &[Data]) -> bool {
    let mut texts = row.iter().filter_map(cell_text);
    let (Some(first), None) = (texts.next(), texts.next()) else {
        return false;
    };
    let digits = first.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && first[digits..].starts_with(". ")
        && first[digits + 2..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
}

/// The host named in the meeting's summary above a report: an e-mail there (Zoom's "User
/// Email" of the host), the value under a staff word ("Host", "Organizzatore") as "Name"
/// or "Name (e-mail)".
fn host_above(above: &[Vec<Data>]) -> Option<Host> {
    let vocabulary = vocabulary();
    for (r, row) in above.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let Some(t) = cell_text(cell) else { continue };
            if looks_like_email(t.trim()) {
                return Some(Host {
                    email: Some(t.trim().to_lowercase()),
                    name: None,
                });
            }
            if !vocabulary.is_staff(&fold(&t)) {
                continue;
            }
            // The value beside it (a two-cell summary row) or under it (a summary table).
            let pair = row.iter().filter(|d| cell_text(d).is_some()).count() == 2;
            let value = if pair {
                row.get(c + 1).and_then(cell_text)
            } else {
                above
                    .get(r + 1)
                    .and_then(|next| next.get(c))
                    .and_then(cell_text)
            };
            if let Some(host) = value {
                // "Ioana Dumitrescu (ioana@example.org)"
                let (name, email) = match host.rsplit_once('(') {
                    Some((name, rest)) => {
                        let inner = rest.trim_end_matches(')').trim();
                        let email = looks_like_email(inner).then(|| inner.to_lowercase());
                        (name.trim().to_string(), email)
                    }
                    None => (host.trim().to_string(), None),
                };
                let email = email.or_else(|| looks_like_email(&name).then(|| name.to_lowercase()));
                return Some(Host {
                    email,
                    name: name_key([name.as_str()]),
                });
            }
        }
    }
    None
}

/// The meeting's host as its summary names them.
struct Host {
    email: Option<String>,
    /// As a name key.
    name: Option<String>,
}

impl Host {
    fn is(&self, email: Option<&str>, name: Option<&str>) -> bool {
        match (&self.email, email) {
            (Some(h), Some(e)) => h == e,
            _ => self.name.is_some() && name == self.name.as_deref(),
        }
    }
}

/// A participant's name without the tools' markers ("(Unverified)", "(External)",
/// "(Guest)": a word in brackets), and Zoom's original name after a renamed one
/// ("Elena M. (Elena Marin)": two words or more), which is taken instead, being the
/// account's. Whether it was marked as the organiser or host: "(Host)", "(Host, me)".
fn clean_name(raw: &str) -> (Option<String>, bool) {
    let vocabulary = vocabulary();
    let mut name = raw.trim().to_string();
    let mut host = false;
    let mut original = None;
    while name.ends_with(')') {
        let Some(open) = name.rfind('(') else { break };
        let inner = name[open + 1..name.len() - 1].trim().to_string();
        name.truncate(open);
        name = name.trim_end().to_string();
        if vocabulary.is_staff(&fold(&inner))
            || inner
                .split(',')
                .any(|part| vocabulary.is_staff(&fold(part)))
        {
            host = true;
        } else if inner.split_whitespace().count() >= 2 && original.is_none() {
            // Two words or more in brackets: a name, the one the account has.
            original = Some(inner);
        }
    }
    let name = original.unwrap_or(name);
    (
        (!name.trim().is_empty()).then(|| name.trim().to_string()),
        host,
    )
}

/// A cell's moment, in minutes since 1970-01-01: its date's days (where it has one) and its
/// time of day. A date-time cell, Excel's serial number with a fraction, or text as the
/// tools write it ("4/13/2022, 7:56:32 AM", "13/04/2021 à 09:01:31", `="2021-06-14 17:02:22"`,
/// "09:01"). Excel's serials (days since 1899-12-30) are counted from 1970 too, so that a
/// column of cells and one of text compare.
fn moment(cell: &Data) -> Option<f64> {
    const EXCEL_1970: f64 = 25_569.0;
    match cell {
        Data::DateTime(d) => Some((d.as_f64() - EXCEL_1970) * 1440.0),
        Data::Float(f) if (30_000.0..60_000.0).contains(f) && f.fract() != 0.0 => {
            Some((f - EXCEL_1970) * 1440.0)
        }
        _ => {
            let text = cell_text(cell)?;
            let t = text.trim().trim_start_matches('=').trim_matches('"');
            let minutes = time_of_day(t)?;
            let days = parse_date_text(t).map_or(0.0, |d| d.unix_days() as f64);
            Some(days * 1440.0 + minutes)
        }
    }
}

fn moment_at(row: &[Data], col: Option<usize>) -> Option<f64> {
    moment(row.get(col?)?)
}

/// The time of day a text holds, in minutes after midnight: "9:01", "09:01:31", "7:56:32 PM",
/// "午後 7:56" (a 12-hour clock's PM in the tools' languages: "PM", "p.m.", "午後").
fn time_of_day(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let colon = b.iter().position(|&c| c == b':')?;
    let h_start = b[..colon]
        .iter()
        .rposition(|c| !c.is_ascii_digit())
        .map_or(0, |p| p + 1);
    let hours: f64 = text[h_start..colon].parse().ok()?;
    let rest = &b[colon + 1..];
    // Two digits of minutes; one where an extension wrote "9:0 (30min)".
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) || digits == 1 && rest.get(1).is_some_and(|&c| c == b':') {
        return None;
    }
    let minutes: f64 = text[colon + 1..colon + 1 + digits].parse().ok()?;
    let mut seconds = 0.0;
    if rest.get(digits) == Some(&b':') {
        let s = &text[colon + 2 + digits..];
        let end = s
            .bytes()
            .position(|c| !c.is_ascii_digit())
            .unwrap_or(s.len());
        seconds = s[..end].parse().unwrap_or(0.0);
    }
    if hours > 23.0 || minutes > 59.0 || colon - h_start > 2 {
        return None;
    }
    let lower = text.to_lowercase();
    let pm = lower.contains("pm")
        || lower.contains("p.m")
        || lower.contains("p. m")
        || text.contains("午後");
    let am = lower.contains("am")
        || lower.contains("a.m")
        || lower.contains("a. m")
        || text.contains("午前");
    let hours = match (pm, am) {
        (true, _) if hours < 12.0 => hours + 12.0,
        (false, true) if hours == 12.0 => 0.0,
        _ => hours,
    };
    Some(hours * 60.0 + minutes + seconds / 60.0)
}

/// Minutes from a duration as the tools write it: "1h 2m 3s", "59m 29s", "59 Min. 0 Sek."
/// (Teams), "62" (Zoom's minutes), "204 mins" (Webex), "00:02:28" (Meet), "1 hr 3 min".
pub fn minutes_of(text: &str) -> Option<f64> {
    let t = text.trim();
    // Byte searches here and below rather than `str::contains(char)`: the xlsx reader's hot
    // loop calls the same char searcher, and more callers of it in the crate made the
    // compiler stop inlining it there (+0.3 G instructions at 400 labs, measured).
    if t.bytes().any(|b| b == b':') {
        let parts: Vec<f64> = t
            .split([':'])
            .map(|p| p.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .ok()?;
        return match parts.as_slice() {
            [h, m, s] => Some(h * 60.0 + m + s / 60.0),
            [m, s] => Some(m + s / 60.0),
            _ => None,
        };
    }
    if let Ok(m) = t.replace(',', ".").parse::<f64>() {
        return (m.is_finite() && m >= 0.0).then_some(m);
    }
    // Numbers, each followed by its unit.
    let mut total = 0.0;
    let mut any = false;
    let mut rest = t;
    while !rest.is_empty() {
        rest = rest.trim_start();
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len());
        if digits == 0 {
            return None;
        }
        let n: f64 = rest[..digits].replace(',', ".").parse().ok()?;
        rest = rest[digits..].trim_start();
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c.is_whitespace())
            .unwrap_or(rest.len());
        let unit = fold(&rest[..unit_len]);
        rest = &rest[unit_len..];
        let factor = if unit.is_empty() {
            1.0
        } else {
            vocabulary().unit_minutes(&unit)?
        };
        total += n * factor;
        any = true;
    }
    any.then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(text: &str) -> Sheet<'static> {
        Sheet {
            name: None,
            hidden: false,
            rows: text
                .lines()
                .map(|l| {
                    l.split('\t')
                        .map(|c| {
                            if c.is_empty() {
                                Data::Empty
                            } else {
                                Data::String(c.to_string())
                            }
                        })
                        .collect()
                })
                .collect(),
        }
    }

    fn people(m: &MeetingReport) -> Vec<(Option<&str>, Option<&str>, Option<f64>)> {
        m.attendees
            .iter()
            .map(|a| (a.name.as_deref(), a.email.as_deref(), a.minutes))
            .collect()
    }

    #[test]
    fn teams_2021_report_leaves_out_the_organiser_and_merges_rejoins() {
        let m = recognise_meeting(
            &sheet(
                "Meeting Summary\n\
                 Total Number of Participants\t3\n\
                 Meeting Title\tLab\n\
                 \n\
                 Full Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\tParticipant ID (UPN)\n\
                 Neeti Sharma\t12/10/2021, 7:37:51 PM\t12/10/2021, 8:07:14 PM\t29m 22s\tneeti@x.ie\tOrganiser\tneeti@x.ie\n\
                 Ana Pop\t12/10/2021, 7:38:00 PM\t12/10/2021, 7:48:00 PM\t10m\tana@x.ro\tAttendee\tana@x.ro\n\
                 Ana Pop\t12/10/2021, 7:50:00 PM\t12/10/2021, 8:05:30 PM\t15m 30s\tANA@x.ro\tAttendee\tana@x.ro\n",
            ),
            None,
        )
        .unwrap();
        assert_eq!(m.kind, "Microsoft Teams attendance report");
        assert_eq!(m.header_row, 4);
        // Ana, 10 + 15.5 minutes; not the organiser.
        assert_eq!(
            people(&m),
            [(Some("Ana Pop"), Some("ana@x.ro"), Some(25.5))]
        );
        assert_eq!((m.staff, m.rejoins), (1, 1));
    }

    #[test]
    fn teams_older_list_counts_who_joined_once() {
        let m = recognise_meeting(
            &sheet(
                "Full Name\tUser Action\tTimestamp\n\
                 Ioana Dumitrescu\tJoined\t3/12/2025, 9:59:58 AM\n\
                 Jan de Vries\tJoined before\t3/12/2025, 9:58:00 AM\n\
                 Jan de Vries\tLeft\t3/12/2025, 10:40:30 AM\n\
                 Jan de Vries\tJoined\t3/12/2025, 10:45:10 AM\n\
                 Luca Bianchi (Unverified)\tJoined\t3/12/2025, 10:12:00 AM\n",
            ),
            Some(30.0),
        )
        .unwrap();
        assert_eq!(m.kind, "Microsoft Teams attendance list");
        let names: Vec<_> = m.attendees.iter().map(|a| a.name.as_deref()).collect();
        assert_eq!(
            names,
            [
                Some("Ioana Dumitrescu"),
                Some("Jan de Vries"),
                Some("Luca Bianchi")
            ]
        );
        // No minutes in this list: a minimum leaves no one out.
        assert_eq!(m.too_short, 0);
        assert!(m.caveat.is_some_and(|c| c.contains("marks no organiser")));
    }

    #[test]
    fn zoom_without_its_summary_cannot_tell_the_host() {
        let m = recognise_meeting(
            &sheet(
                "Name (Original Name)\tUser Email\tJoin Time\tLeave Time\tDuration (Minutes)\tGuest\n\
                 Femke (Femke Bakker)\tfemke@x.nl\t11/05/2020 09:58:02 AM\t11/05/2020 12:01:40 PM\t124\tNo\n\
                 Daan Bakker (Host)\tdaan@x.nl\t11/05/2020 09:57:00 AM\t11/05/2020 12:02:00 PM\t125\tNo\n",
            ),
            None,
        )
        .unwrap();
        // The "(Host)" marker is the only sign of the host here.
        assert_eq!(
            people(&m),
            [(Some("Femke Bakker"), Some("femke@x.nl"), Some(124.0))]
        );
        assert_eq!(m.staff, 1);
    }

    #[test]
    fn teams_in_another_language_is_read_by_the_places_of_its_columns() {
        let m = recognise_meeting(
            &sheet(
                "1. Rezumat\n\
                 Titlul întâlnirii\tAtelier\n\
                 \n\
                 2. Participanți\n\
                 Nume\tPrima asociere\tUltima părăsire\tDurata în întâlnire\tE-mail\tID participant (UPN)\tRol\n\
                 Maria Pop\t18.03.2021, 09:58:00\t18.03.2021, 12:00:00\t2 h 2 min\tmaria@x.ro\tmaria@x.ro\tOrganizator\n\
                 Ana Pop\t18.03.2021, 10:00:00\t18.03.2021, 11:00:00\t1 h 0 min\tana@x.ro\tana@x.ro\tParticipant\n\
                 \n\
                 3. Activități în întâlnire\n",
            ),
            None,
        )
        .unwrap();
        assert_eq!(m.header_row, 4);
        assert_eq!(
            people(&m),
            [(Some("Ana Pop"), Some("ana@x.ro"), Some(60.0))]
        );
        assert_eq!(m.staff, 1);
    }

    #[test]
    fn a_french_teams_report_is_read_by_its_words() {
        // Teams' 2021 report as a French organiser downloads it: the organiser and a
        // presenter who joined twice.
        let m = recognise_meeting(
            &sheet(
                "*Résumé de la réunion\n\
                 Nombre total de participants\t4\n\
                 \n\
                 Nom complet\tHeure d'arrivée\tHeure de départ\tDurée\tE-mail\tRôle\n\
                 Claire Martin\t13/04/2021 à 09:01:31\t13/04/2021 à 11:45:31\t2 h 44 m\tclaire@x.fr\tOrganisateur\n\
                 Luc Petit\t13/04/2021 à 09:02:39\t13/04/2021 à 10:02:39\t1 h 0 m\tluc@x.fr\tPrésentateur\n\
                 Luc Petit\t13/04/2021 à 10:30:00\t13/04/2021 à 11:00:30\t30 m 30 s\tluc@x.fr\tPrésentateur\n\
                 Inès Roux\t13/04/2021 à 09:05:00\t13/04/2021 à 09:25:00\t20 m\tines@x.fr\tParticipant\n",
            ),
            None,
        )
        .unwrap();
        assert_eq!(m.kind, "Microsoft Teams attendance report");
        assert_eq!(m.header_row, 3);
        assert_eq!(
            people(&m),
            [
                (Some("Luc Petit"), Some("luc@x.fr"), Some(60.0 + 30.5)),
                (Some("Inès Roux"), Some("ines@x.fr"), Some(20.0)),
            ]
        );
        assert_eq!((m.staff, m.rejoins, m.caveat), (1, 1, None));
    }

    #[test]
    fn a_report_in_a_language_labreport_does_not_know_is_read_by_its_layout() {
        // Zoom's participants report in Japanese (no word of it is in the vocabulary): names,
        // e-mails, join and leave times, minutes. Hanako joined twice.
        let m = recognise_meeting(
            &sheet(
                "名前 (元の名前)\tユーザーメール\t参加時刻\t退出時刻\t所要時間（分）\n\
                 山田 太郎\ttaro@x.jp\t2020/12/8 8:35\t2020/12/8 12:39\t245\n\
                 佐藤 花子\thanako@x.jp\t2020/12/8 8:36\t2020/12/8 9:00\t24\n\
                 佐藤 花子\thanako@x.jp\t2020/12/8 9:10\t2020/12/8 9:40\t30\n\
                 鈴木 一郎\t\t2020/12/8 8:59\t2020/12/8 9:01\t2\n",
            ),
            None,
        )
        .unwrap();
        assert_eq!(m.kind, "Zoom participants report");
        assert_eq!(
            people(&m),
            [
                (Some("山田 太郎"), Some("taro@x.jp"), Some(245.0)),
                (Some("佐藤 花子"), Some("hanako@x.jp"), Some(54.0)),
                (Some("鈴木 一郎"), None, Some(2.0)),
            ]
        );
        // Nothing marks the host: said.
        assert!(m.caveat.is_some_and(|c| c.contains("marks no organiser")));
    }

    #[test]
    fn a_teams_list_of_actions_is_read_in_portuguese_and_in_a_language_not_known() {
        let m = recognise_meeting(
            &sheet(
                "Nome Completo\tAtividade\tData e hora\n\
                 Renata Lima\tEntrou\t30/03/2021 21:15:48\n\
                 Paulo Souza\tEntrou\t30/03/2021 21:16:07\n\
                 Paulo Souza\tSaiu\t30/03/2021 21:33:56\n\
                 Paulo Souza\tEntrou\t30/03/2021 21:40:00\n\
                 Ana Costa\tEntrou\t30/03/2021 21:16:15\n",
            ),
            None,
        )
        .unwrap();
        assert_eq!(m.kind, "Microsoft Teams attendance list");
        let names: Vec<_> = m.attendees.iter().map(|a| a.name.as_deref()).collect();
        assert_eq!(
            names,
            [Some("Renata Lima"), Some("Paulo Souza"), Some("Ana Costa")]
        );
        assert_eq!(m.rejoins, 2);
        // In Indonesian, which the vocabulary does not hold: by its layout (names, two
        // actions, someone with both, times).
        let m = recognise_meeting(
            &sheet(
                "Nama Lengkap\tTindakan Pengguna\tStempel Waktu\n\
                 Sari Dewi\tBergabung\t4/13/2022, 7:56:32 AM\n\
                 Budi Santoso\tBergabung\t4/13/2022, 7:57:00 AM\n\
                 Budi Santoso\tKeluar\t4/13/2022, 8:30:00 AM\n",
            ),
            None,
        )
        .unwrap();
        assert_eq!(m.kind, "Microsoft Teams attendance list");
        assert_eq!(m.columns[0].why, "layout of a meeting report (its values)");
        let names: Vec<_> = m.attendees.iter().map(|a| a.name.as_deref()).collect();
        assert_eq!(names, [Some("Sari Dewi"), Some("Budi Santoso")]);
    }

    #[test]
    fn a_zoom_rejoin_without_its_e_mail_is_the_same_person() {
        // Italian Zoom, the host named in the summary as "Name (e-mail)"; Emanuela joined
        // twice with no e-mail, Marco once without and once with one; two Lucas with two
        // e-mails are two people.
        let m = recognise_meeting(
            &sheet(
                "Argomento\tID\tOrganizzatore\tDurata (minuti)\tOra di inizio\tOra di fine\tPartecipanti\n\
                 Lab\t7430864126\tGrazia Trainito (grazia@x.it)\t244\t08/07/2025 08:57:00 AM\t08/07/2025 01:00:26 PM\t6\n\
                 \n\
                 Nome (nome originale)\tE-mail\tOra di ingresso\tOra di uscita\tDurata (minuti)\tGuest\n\
                 Aula 1 (Grazia Trainito)\tgrazia@x.it\t08/07/2025 08:57:00 AM\t08/07/2025 12:07:54 PM\t191\tNo\n\
                 Emanuela Raguso\t\t08/07/2025 09:02:37 AM\t08/07/2025 09:03:02 AM\t1\tSì\n\
                 Emanuela Raguso\t\t08/07/2025 09:03:03 AM\t08/07/2025 12:07:54 PM\t185\tSì\n\
                 Marco Neri\t\t08/07/2025 09:10:00 AM\t08/07/2025 09:20:00 AM\t10\tSì\n\
                 Marco Neri\tmarco@x.it\t08/07/2025 09:30:00 AM\t08/07/2025 10:00:00 AM\t30\tNo\n\
                 Luca Rossi\tluca.rossi@x.it\t08/07/2025 09:00:00 AM\t08/07/2025 10:00:00 AM\t60\tNo\n\
                 Luca Rossi\tl.rossi@y.it\t08/07/2025 09:00:00 AM\t08/07/2025 09:30:00 AM\t30\tNo\n",
            ),
            None,
        )
        .unwrap();
        assert_eq!(m.header_row, 3);
        assert_eq!(
            people(&m),
            [
                (Some("Emanuela Raguso"), None, Some(186.0)),
                (Some("Marco Neri"), Some("marco@x.it"), Some(40.0)),
                (Some("Luca Rossi"), Some("luca.rossi@x.it"), Some(60.0)),
                (Some("Luca Rossi"), Some("l.rossi@y.it"), Some(30.0)),
            ]
        );
        assert_eq!((m.staff, m.rejoins), (1, 2));
    }

    #[test]
    fn an_eventbrite_list_with_two_dates_is_no_meeting_report() {
        // An order's date and a check-in's: weeks apart, so not joined and left.
        assert!(
            recognise_meeting(
                &sheet(
                    "Order #\tOrder Date\tFirst Name\tLast Name\tEmail\tCheck-In Date\n\
                     1001\t2019-09-01 10:00\tAna\tPop\tana@x.org\t2019-09-30 09:55\n\
                     1003\t2019-09-03 12:00\tEva\tLind\teva@x.org\t2019-09-30 10:02\n",
                ),
                None
            )
            .is_none()
        );
    }

    #[test]
    fn a_forms_start_and_submit_times_are_no_joins_and_leaves() {
        // Typeform: a response id, answers, then when it was started and submitted (the
        // second after the first, the same day, as a meeting's join and leave would be).
        assert!(
            recognise_meeting(
                &sheet(
                    "#\tYour name?\tHow useful was it?\tStart Date (UTC)\tSubmit Date (UTC)\n\
                     qb5r97r936v7nx\tVanessa\t4\t2021-05-12 16:32:05\t2021-05-12 16:33:43\n\
                     ixkw3rfqgf3zjv\tDarron\t5\t2021-05-09 10:06:00\t2021-05-09 10:08:45\n\
                     dk46w4mcspr74h\tCeles\t3\t2021-05-10 09:00:00\t2021-05-10 09:02:10\n",
                ),
                None
            )
            .is_none()
        );
    }

    #[test]
    fn a_sheet_that_is_no_meeting_report_is_none() {
        assert!(recognise_meeting(&sheet("Name\tEmail\nAna\tana@x.ro\n"), None).is_none());
    }

    #[test]
    fn durations_as_the_tools_write_them() {
        let near = |t: &str, m: f64| {
            let got = minutes_of(t).unwrap_or_else(|| panic!("{t}"));
            assert!((got - m).abs() < 1e-9, "{t}: {got}");
        };
        near("1h 2m 3s", 62.05);
        near("59m 29s", 59.0 + 29.0 / 60.0);
        near("21m 7s", 21.0 + 7.0 / 60.0);
        near("45s", 0.75);
        near("59 Min. 0 Sek.", 59.0);
        near("62", 62.0);
        near("204 mins", 204.0);
        near("00:02:28", 2.0 + 28.0 / 60.0);
        near("1 hr 3 min", 63.0);
        assert_eq!(minutes_of("soon"), None);
    }

    #[test]
    fn names_lose_the_tools_markers() {
        assert_eq!(
            clean_name("Luca Bianchi (Unverified)"),
            (Some("Luca Bianchi".into()), false)
        );
        assert_eq!(
            clean_name("Ioana Dumitrescu (Host)"),
            (Some("Ioana Dumitrescu".into()), true)
        );
        assert_eq!(
            clean_name("Elena M. (Elena Marin)"),
            (Some("Elena Marin".into()), false)
        );
        assert_eq!(clean_name("Jan (External)"), (Some("Jan".into()), false));
    }

    #[test]
    fn a_dutch_teams_reports_participants_are_its_section_2() {
        // Section 2's headers as a Dutch Teams writes them ("Eerste deelname": first join):
        // the participants, each once, not section 3's one row per join.
        let report = recognise_meeting(
            &sheet(
                "1. Samenvatting\n\
                 Titel van vergadering\tLab\n\
                 \n\
                 2. Deelnemers\n\
                 Naam\tEerste deelname\tLaatst vertrokken\tDuur van vergadering\tE-mail\tDeelnemers-id (UPN)\tRol\n\
                 Marieke Hofstra\t6-2-25, 13:55:40\t6-2-25, 16:08:12\t2 u 12 m\tm@x.nl\tm@x.nl\tOrganisator\n\
                 Sjoerd de Vries\t6-2-25, 14:00:10\t6-2-25, 15:58:05\t1 u 58 m\ts@x.nl\ts@x.nl\tDeelnemer\n\
                 Anouk Bakker\t6-2-25, 14:02:12\t6-2-25, 15:37:05\t1 u 35 m\ta@x.nl\ta@x.nl\tDeelnemer\n\
                 \n\
                 3. Activiteiten tijdens vergadering\n\
                 Naam\tTijdstip van deelname\tTijdstip van vertrek\tDuur\tE-mail\tRol\n\
                 Marieke Hofstra\t6-2-25, 13:55:40\t6-2-25, 16:08:12\t2 u 12 m\tm@x.nl\tOrganisator\n\
                 Sjoerd de Vries\t6-2-25, 14:00:10\t6-2-25, 14:40:02\t39 m\ts@x.nl\tDeelnemer\n",
            ),
            None,
        )
        .unwrap();
        let names: Vec<_> = report
            .attendees
            .iter()
            .map(|a| a.name.clone().unwrap_or_default())
            .collect();
        assert_eq!(names, ["Sjoerd de Vries", "Anouk Bakker"]);
    }

    #[test]
    fn section_titles_are_nobody() {
        let row = |t: &str| vec![Data::String(t.into())];
        assert!(is_section_title(&row("3. In-Meeting Activities")));
        assert!(is_section_title(&row("2. Participanți")));
        assert!(!is_section_title(&row("Ana Pop")));
        assert!(!is_section_title(&row("2.5")));
    }
}
