//! Online and hybrid labs: the attendance reports of meeting tools, read like a sign-in sheet.
//!
//! Microsoft Teams (the attendance report with its sections "1. Summary", "2. Participants",
//! "3. In-Meeting Activities"; the 2021 report; the older list of "Joined"/"Left" actions),
//! Zoom's participants report (with or without the meeting's summary above it), Webex's
//! attendance report and Google Meet's attendance sheet are each known by their header.
//! Only participants are people: the organiser or host is staff, section titles and summary
//! rows are nobody, and a person who joined several times is one attendee whose minutes are
//! added up.

use crate::fold::fold;
use crate::read::{Data, Sheet};

use super::columns::{Column, Field, Target};
use super::values::{cell_text, looks_like_email, name_key};

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
    pub ignored: Vec<(usize, String)>,
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
}

/// One participant of an online lab.
#[derive(Debug, Clone, PartialEq)]
pub struct Attendee {
    pub name: Option<String>,
    pub email: Option<String>,
    /// Minutes in the meeting, over all their joins, where the report tells.
    pub minutes: Option<f64>,
}

/// A report's header: the folded names it must have, and where each value is read from.
struct Format {
    kind: &'static str,
    /// Folded headers that must all be in the row.
    required: &'static [&'static str],
    name: &'static [&'static str],
    first_name: Option<&'static str>,
    last_name: Option<&'static str>,
    email: &'static [&'static str],
    minutes: &'static [&'static str],
    role: &'static [&'static str],
    /// A column of actions ("Joined", "Left"): Teams' older list, a row per action.
    action: Option<&'static str>,
    caveat: Option<&'static str>,
}

const FORMATS: &[Format] = &[
    Format {
        kind: "Microsoft Teams attendance report",
        required: &["name", "firstjoin", "lastleave"],
        name: &["name"],
        first_name: None,
        last_name: None,
        email: &["email", "participantidupn"],
        minutes: &["inmeetingduration"],
        role: &["role"],
        action: None,
        caveat: None,
    },
    Format {
        kind: "Microsoft Teams attendance report (2021)",
        required: &["fullname", "jointime", "leavetime", "role"],
        name: &["fullname"],
        first_name: None,
        last_name: None,
        email: &["email", "participantidupn"],
        minutes: &["duration"],
        role: &["role"],
        action: None,
        caveat: None,
    },
    Format {
        kind: "Microsoft Teams attendance list",
        required: &["fullname", "useraction", "timestamp"],
        name: &["fullname"],
        first_name: None,
        last_name: None,
        email: &[],
        minutes: &[],
        role: &[],
        action: Some("useraction"),
        caveat: Some(
            "this older Teams list marks no organiser and gives no e-mails: the organiser is counted as an attendee, and people are matched to registrations by name",
        ),
    },
    Format {
        kind: "Zoom participants report",
        required: &["nameoriginalname"],
        name: &["nameoriginalname"],
        first_name: None,
        last_name: None,
        email: &["useremail", "email"],
        minutes: &["durationminutes", "totaldurationminutes"],
        role: &[],
        action: None,
        caveat: None,
    },
    Format {
        kind: "Webex attendance report",
        required: &["attendeeemail", "attendanceduration"],
        name: &["name", "displayname"],
        first_name: Some("firstname"),
        last_name: Some("lastname"),
        email: &["attendeeemail"],
        minutes: &["attendanceduration"],
        role: &["role"],
        action: None,
        caveat: None,
    },
    Format {
        kind: "Google Meet attendance report",
        required: &["fullname", "firstseen", "timeincall"],
        name: &["fullname"],
        first_name: None,
        last_name: None,
        email: &[],
        minutes: &["timeincall"],
        role: &[],
        action: None,
        caveat: Some(
            "Google Meet's report marks no organiser and gives no e-mails: the organiser is counted as an attendee, and people are matched to registrations by name",
        ),
    },
    Format {
        kind: "Google Meet attendance sheet",
        required: &[
            "firstname",
            "lastname",
            "email",
            "duration",
            "timejoined",
            "timeexited",
        ],
        name: &[],
        first_name: Some("firstname"),
        last_name: Some("lastname"),
        email: &["email"],
        minutes: &["duration"],
        role: &[],
        action: None,
        caveat: Some(
            "this Google Meet sheet marks no organiser: the organiser is counted as an attendee",
        ),
    },
];

/// How many rows from the top hold the participants' header at the latest (Teams puts a
/// summary of a dozen rows above it).
const HEADER_SEARCH_ROWS: usize = 40;

/// Roles of the meeting's staff, folded, in the tools' languages.
const STAFF_ROLES: &[&str] = &[
    "organizer",
    "organiser",
    "coorganizer",
    "coorganiser",
    "host",
    "cohost",
    "alternatehost",
    "organizator",
    "organisator",
    "organizzatore",
    "organizatorius",
    "gazda",
];

/// The sheet as a meeting tool's attendance report, if its header is one's.
/// `min_minutes`: participants there for less are not counted.
pub fn recognise_meeting(sheet: &Sheet, min_minutes: Option<f64>) -> Option<MeetingReport> {
    let (first_row, rows) = where_a_meeting_header_may_be(sheet)?;
    let (header_row, format, headers) = sheet
        .rows
        .iter()
        .enumerate()
        .skip(first_row)
        .take(rows)
        .find_map(|(r, row)| {
            let mut headers: Vec<String> = row
                .iter()
                .map(|d| cell_text(d).map(|t| fold(&t)).unwrap_or_default())
                .collect();
            let known = |headers: &[String]| {
                FORMATS
                    .iter()
                    .find(|f| f.required.iter().all(|h| headers.iter().any(|x| x == h)))
            };
            if known(&headers).is_none() && is_teams_participants_in_another_language(&headers) {
                // Teams writes its headers in the organiser's language; its columns keep
                // their places.
                for (h, english) in headers.iter_mut().zip(TEAMS_PARTICIPANTS) {
                    *h = english.to_string();
                }
            }
            known(&headers).map(|f| (r, f, headers))
        })?;
    let find = |names: &[&str]| {
        names
            .iter()
            .find_map(|n| headers.iter().position(|h| h == n))
    };
    let find_one = |name: Option<&str>| name.and_then(|n| headers.iter().position(|h| h == n));
    let name_col = find(format.name);
    let (first_col, last_col) = (find_one(format.first_name), find_one(format.last_name));
    let email_col = find(format.email);
    let minutes_col = find(format.minutes);
    let role_col = find(format.role);
    let action_col = find_one(format.action);
    let host = zoom_host(&sheet.rows[..header_row]);

    let mut report = MeetingReport {
        kind: format.kind,
        header_row,
        columns: Vec::new(),
        ignored: Vec::new(),
        attendees: Vec::new(),
        staff: 0,
        rejoins: 0,
        too_short: 0,
        caveat: format.caveat,
    };
    for (c, cell) in sheet.rows[header_row].iter().enumerate() {
        let Some(header) = cell_text(cell) else {
            continue;
        };
        let header = header.into_owned();
        let field = [
            (name_col, Field::FullName),
            (first_col, Field::FirstName),
            (last_col, Field::LastName),
            (email_col, Field::Email),
            (minutes_col, Field::Minutes),
            (role_col, Field::MeetingRole),
            (action_col, Field::MeetingRole),
        ]
        .into_iter()
        .find_map(|(col, field)| (col == Some(c)).then_some(field));
        match field {
            Some(field) => report.columns.push(Column {
                index: c,
                header,
                target: Target::Field(field),
                why: "header".into(),
            }),
            None => report.ignored.push((c, header)),
        }
    }

    // Each person once, by e-mail, else by name; with their minutes added up.
    let mut keys: Vec<String> = Vec::new();
    let mut staff_keys: Vec<String> = Vec::new();
    for row in &sheet.rows[header_row + 1..] {
        let text = |c: Option<usize>| {
            c.and_then(|c| row.get(c))
                .and_then(cell_text)
                .map(|t| t.into_owned())
        };
        // The participants end at a blank row or at the next section ("3. In-Meeting
        // Activities").
        if row.iter().all(|d| cell_text(d).is_none()) || is_section_title(row) {
            break;
        }
        let raw_name = match (text(name_col), text(first_col), text(last_col)) {
            (Some(n), _, _) => Some(n),
            (None, first, last) => {
                let joined = [first, last]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                (!joined.is_empty()).then_some(joined)
            }
        };
        let (name, marked_host) = match &raw_name {
            Some(n) => clean_name(n),
            None => (None, false),
        };
        let email = text(email_col)
            .map(|e| e.trim_start_matches("mailto:").to_lowercase())
            .filter(|e| looks_like_email(e));
        if action_col.is_some() {
            // Teams' older list: a row per "Joined" or "Left"; a person is who joined.
            let action = text(action_col).map(|a| fold(&a)).unwrap_or_default();
            if !action.starts_with("joined") {
                continue;
            }
        }
        let role = text(role_col).map(|r| fold(&r)).unwrap_or_default();
        let is_host = marked_host
            || STAFF_ROLES.contains(&role.as_str())
            || host
                .as_ref()
                .is_some_and(|h| h.is(email.as_deref(), name.as_deref()));
        let key = match (&email, &name) {
            (Some(e), _) => e.clone(),
            (None, Some(n)) => name_key([n.as_str()]).unwrap_or_default(),
            (None, None) => continue,
        };
        if is_host {
            if !staff_keys.contains(&key) {
                staff_keys.push(key);
                report.staff += 1;
            }
            continue;
        }
        let minutes = text(minutes_col).and_then(|m| minutes_of(&m));
        match keys.iter().position(|k| *k == key) {
            Some(at) => {
                report.rejoins += 1;
                let a = &mut report.attendees[at];
                a.minutes = match (a.minutes, minutes) {
                    (Some(x), Some(y)) => Some(x + y),
                    (x, y) => x.or(y),
                };
                if a.email.is_none() {
                    a.email = email;
                }
            }
            None => {
                keys.push(key);
                report.attendees.push(Attendee {
                    name,
                    email,
                    minutes,
                });
            }
        }
    }
    if report.staff == 0 && role_col.is_none() && host.is_none() && report.caveat.is_none() {
        report.caveat =
            Some("this report marks no organiser or host, so they are counted as an attendee");
    }
    if let Some(min) = min_minutes {
        let before = report.attendees.len();
        report
            .attendees
            .retain(|a| a.minutes.is_none_or(|m| m >= min));
        report.too_short = before - report.attendees.len();
    }
    Some(report)
}

/// Where a meeting tool's participants' header may be, from the sheet's first cell: below
/// a section ("1. Summary", in any language), a summary ("Meeting Summary", "Meeting ID",
/// "Topic") or Meet's preamble ("* Meet"), within the first rows; or the first row itself,
/// when it starts as a participants' header does. `None`: the sheet is no such report.
/// Every sheet is asked, so most (registration lists, forms) are told apart here by one
/// cell, without folding their rows.
fn where_a_meeting_header_may_be(sheet: &Sheet) -> Option<(usize, usize)> {
    let (row, first) = sheet
        .rows
        .iter()
        .enumerate()
        .find_map(|(r, row)| Some((r, row.iter().find_map(cell_text)?)))?;
    if first.starts_with('*') || is_section_title(&[Data::String(first.to_string())]) {
        return Some((row, HEADER_SEARCH_ROWS));
    }
    match fold(&first).as_str() {
        "meetingsummary" | "meetingid" | "topic" => Some((row, HEADER_SEARCH_ROWS)),
        "fullname" | "firstname" | "nameoriginalname" | "eventname" | "meetingname" => {
            Some((row, 1))
        }
        _ => None,
    }
}

/// The participants' header of Teams' attendance report, folded, in its order.
const TEAMS_PARTICIPANTS: [&str; 7] = [
    "name",
    "firstjoin",
    "lastleave",
    "inmeetingduration",
    "email",
    "participantidupn",
    "role",
];

/// Whether a header row is Teams' participants header in a language labreport does not
/// know: seven columns or more, the sixth the participant's "(UPN)", as Teams writes it in
/// every language.
fn is_teams_participants_in_another_language(headers: &[String]) -> bool {
    headers.len() >= TEAMS_PARTICIPANTS.len()
        && headers[5].ends_with("upn")
        && headers[..5].iter().all(|h| !h.is_empty())
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

/// The host named in the meeting's summary above a Zoom report: the "User Email" of the
/// classic summary, or the new one's "Host" as "Name (e-mail)".
fn zoom_host(above: &[Vec<Data>]) -> Option<Host> {
    for (r, row) in above.iter().enumerate() {
        let headers: Vec<String> = row
            .iter()
            .map(|d| cell_text(d).map(|t| fold(&t)).unwrap_or_default())
            .collect();
        if !headers.iter().any(|h| h == "topic") {
            continue;
        }
        let values = above.get(r + 1)?;
        let value = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|c| values.get(c))
                .and_then(cell_text)
                .map(|t| t.into_owned())
        };
        if let Some(email) = value("useremail").filter(|e| looks_like_email(e)) {
            return Some(Host {
                email: Some(email.to_lowercase()),
                name: None,
            });
        }
        if let Some(host) = value("host") {
            // "Ioana Dumitrescu (ioana@example.org)"
            let (name, email) = match host.rsplit_once('(') {
                Some((name, rest)) => {
                    let inner = rest.trim_end_matches(')').trim();
                    let email = looks_like_email(inner).then(|| inner.to_lowercase());
                    (name.trim().to_string(), email)
                }
                None => (host.trim().to_string(), None),
            };
            return Some(Host {
                email,
                name: name_key([name.as_str()]),
            });
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
            _ => self.name.is_some() && name.and_then(|n| name_key([n])) == self.name,
        }
    }
}

/// A participant's name without the tools' markers: "(Unverified)", "(External)", "(Guest)",
/// and Zoom's original name after a renamed one ("Elena M. (Elena Marin)"), which is taken
/// instead, being the account's. Whether it was marked as the host: "(Host)", "(Host, me)".
fn clean_name(raw: &str) -> (Option<String>, bool) {
    let mut name = raw.trim().to_string();
    let mut host = false;
    let mut original = None;
    while name.ends_with(')') {
        let Some(open) = name.rfind('(') else { break };
        let inner = name[open + 1..name.len() - 1].trim().to_string();
        let marker = fold(&inner);
        name.truncate(open);
        name = name.trim_end().to_string();
        if ["host", "hostme", "cohost", "organizer", "organiser"].contains(&marker.as_str()) {
            host = true;
        } else if ![
            "unverified",
            "external",
            "guest",
            "me",
            "extern",
            "externo",
            "esterno",
        ]
        .contains(&marker.as_str())
            && inner.split_whitespace().count() >= 2
            && original.is_none()
        {
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
        let factor = match unit.as_str() {
            "h" | "hr" | "hrs" | "hour" | "hours" | "godz" | "std" | "ore" | "uur" | "val"
            | "sat" | "sati" => 60.0,
            "m" | "min" | "mins" | "minute" | "minutes" | "minuten" | "minuti" | "minuta" => 1.0,
            "s" | "sec" | "secs" | "sek" | "second" | "seconds" | "seconden" | "secondi" => {
                1.0 / 60.0
            }
            "" => 1.0,
            _ => return None,
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
        assert_eq!(m.kind, "Microsoft Teams attendance report (2021)");
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
    fn section_titles_are_nobody() {
        let row = |t: &str| vec![Data::String(t.into())];
        assert!(is_section_title(&row("3. In-Meeting Activities")));
        assert!(is_section_title(&row("2. Participanți")));
        assert!(!is_section_title(&row("Ana Pop")));
        assert!(!is_section_title(&row("2.5")));
    }
}
