//! Who is who within a lab: a key per person, sign-ins linked to registrations, walk-ins.
//!
//! This stage only links and labels rows; every count is made by polars in `aggregate`.
//! Its output is columnar and coded: people, stakeholder types, sectors and questions are
//! small integers (with the names beside), so that polars hashes numbers, not strings
//! (measured: half the memory and most of the time of counting 400 labs went to strings).

use foldhash::{HashMap, HashSet};

use crate::config::{Config, UNKNOWN};
use crate::recognise::FileRecords;

/// One row per registration row or walk-in, before de-duplication.
#[derive(Debug, Default)]
pub struct Participants {
    pub lab: Vec<u32>,
    /// The person's code, the same across labs: their e-mail, else their folded name, else
    /// the row's place (see `link_people`).
    pub person: Vec<u32>,
    /// Index into `Tables::types`.
    pub stakeholder_type: Vec<u32>,
    pub registered: Vec<i32>,
    /// 1 or 0; null in labs without attendance data.
    pub attended: Vec<Option<i32>>,
}

/// The sectors each participant row names: one row per (participant row, sector).
#[derive(Debug, Default)]
pub struct Sectors {
    /// Index into the participant rows.
    pub row: Vec<u32>,
    /// Index into `Tables::sectors`.
    pub sector: Vec<u32>,
}

/// One row per rating given.
#[derive(Debug, Default)]
pub struct Ratings {
    pub lab: Vec<u32>,
    /// Index into `Config::questions`.
    pub question: Vec<u32>,
    pub value: Vec<f64>,
    /// Index into `Tables::answers`: the value as a code, for counting answers by number.
    pub answer: Vec<u32>,
}

/// The people of all labs, ready to aggregate.
#[derive(Debug, Default)]
pub struct Tables {
    pub participants: Participants,
    pub participant_sectors: Sectors,
    pub ratings: Ratings,
    /// The lab of each feedback response.
    pub responses: Vec<u32>,
    /// Stakeholder type ids by code: the taxonomy's, then `unknown`.
    pub types: Vec<String>,
    /// Sector ids by code: the taxonomy's, then `unknown`.
    pub sectors: Vec<String>,
    /// The distinct rating values by code.
    pub answers: Vec<f64>,
    /// Per lab: whether it has attendance data (an attended column or a sign-in sheet).
    pub has_attendance: Vec<bool>,
    /// Per lab: the names on sign-in sheets that match no registration, for `check`.
    pub walk_ins: Vec<Vec<String>>,
}

/// Codes for a fixed list of ids, `unknown` last (and for anything not in the list).
fn codes(ids: impl Iterator<Item = String>) -> (Vec<String>, HashMap<String, u32>) {
    let mut names: Vec<String> = ids.collect();
    names.push(UNKNOWN.to_string());
    let index = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.clone(), i as u32))
        .collect();
    (names, index)
}

/// Who a row is: their e-mail; else their folded name; else the row's place.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key<'a> {
    Email(&'a str),
    Name(&'a str),
    Place(&'a str),
}

/// Links the records of each lab (`files[lab]` holds that lab's files) into tables.
pub fn link_people<'a>(files: &'a [Vec<FileRecords>], config: &Config) -> Tables {
    let (types, type_code) = codes(config.stakeholder_types.ids().map(str::to_string));
    let (sectors, sector_code) = codes(config.sectors.ids().map(str::to_string));
    let unknown_type = (types.len() - 1) as u32;
    let unknown_sector = (sectors.len() - 1) as u32;
    let mut t = Tables {
        types,
        sectors,
        ..Tables::default()
    };
    // One code per person key across all labs, so that polars counts unique people by number.
    // The keys borrow the records' own strings: no key is built as a new string.
    let mut person_code: HashMap<Key<'a>, u32> = HashMap::default();
    let mut answer_code: HashMap<u64, u32> = HashMap::default();
    let mut code_of = |key: Key<'a>| -> u32 {
        let next = person_code.len() as u32;
        *person_code.entry(key).or_insert(next)
    };
    for (lab, lab_files) in files.iter().enumerate() {
        let lab_id = lab as u32;
        let has_sign_ins = lab_files.iter().any(|f| !f.sign_ins.is_empty());
        let has_attendance = has_sign_ins || lab_files.iter().any(|f| f.attended_column);
        t.has_attendance.push(has_attendance);
        let registrations: Vec<&crate::recognise::Registration> =
            lab_files.iter().flat_map(|f| &f.registrations).collect();

        // Keys: the e-mail where there is one; a row without one takes the key of a row
        // of the same lab with the same name and an e-mail, else the name itself. The name
        // map is needed only for rows without an e-mail, and for sign-ins.
        let mut key_of_name: HashMap<&str, &str> = HashMap::default();
        if has_sign_ins || registrations.iter().any(|r| r.email.is_none()) {
            for r in &registrations {
                if let (Some(email), Some(name)) = (&r.email, &r.name) {
                    key_of_name.entry(name).or_insert(email);
                }
            }
        }
        let key = |email: &'a Option<String>, name: &'a Option<String>, place: &'a str| match (
            email, name,
        ) {
            (Some(e), _) => Key::Email(e),
            (None, Some(n)) => key_of_name
                .get(n.as_str())
                .map_or(Key::Name(n), |e| Key::Email(e)),
            (None, None) => Key::Place(place),
        };
        let keys: Vec<u32> = registrations
            .iter()
            .map(|r| code_of(key(&r.email, &r.name, &r.place)))
            .collect();

        // Sign-ins mark registered people as attended; the others are walk-ins.
        let mut signed_in: HashSet<u32> = HashSet::default();
        let mut walk_ins = Vec::new();
        if has_sign_ins {
            let registered: HashSet<u32> = keys.iter().copied().collect();
            for s in lab_files
                .iter()
                .flat_map(|f| &f.sign_ins)
                .filter(|s| s.present)
            {
                if s.email.is_none() && s.name.is_none() {
                    continue;
                }
                let k = code_of(key(&s.email, &s.name, ""));
                if !registered.contains(&k) && signed_in.insert(k) {
                    walk_ins.push(s.display_name.clone());
                    let row = t.participants.lab.len() as u32;
                    let p = &mut t.participants;
                    p.lab.push(lab_id);
                    p.person.push(k);
                    p.stakeholder_type.push(unknown_type);
                    p.registered.push(0);
                    p.attended.push(Some(1));
                    t.participant_sectors.row.push(row);
                    t.participant_sectors.sector.push(unknown_sector);
                }
                signed_in.insert(k);
            }
        }
        t.walk_ins.push(walk_ins);

        for (r, k) in registrations.iter().zip(keys) {
            let row = t.participants.lab.len() as u32;
            let attended = has_attendance
                .then(|| i32::from(r.attended == Some(true) || signed_in.contains(&k)));
            let p = &mut t.participants;
            p.lab.push(lab_id);
            p.person.push(k);
            p.stakeholder_type.push(
                type_code
                    .get(&r.stakeholder_type)
                    .copied()
                    .unwrap_or(unknown_type),
            );
            p.registered.push(1);
            p.attended.push(attended);
            for s in &r.sectors {
                t.participant_sectors.row.push(row);
                t.participant_sectors
                    .sector
                    .push(sector_code.get(s).copied().unwrap_or(unknown_sector));
            }
        }

        for response in lab_files.iter().flat_map(|f| &f.responses) {
            t.responses.push(lab_id);
            for &(q, v) in &response.ratings {
                t.ratings.lab.push(lab_id);
                t.ratings.question.push(q as u32);
                t.ratings.value.push(v);
                let next = answer_code.len() as u32;
                let a = *answer_code.entry(v.to_bits()).or_insert_with(|| {
                    t.answers.push(v);
                    next
                });
                t.ratings.answer.push(a);
            }
        }
    }
    t
}
