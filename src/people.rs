//! Who is who within a lab: a key per person, sign-ins linked to registrations, walk-ins.
//!
//! This stage only links and labels rows; every count is made by polars in `aggregate`.
//! Its output is columnar, ready to become data frames.

use std::collections::{HashMap, HashSet};

use crate::config::{Config, UNKNOWN};
use crate::recognise::FileRecords;

/// One row per registration row or walk-in, before de-duplication.
#[derive(Debug, Default)]
pub struct Participants {
    pub lab: Vec<u32>,
    /// `e:<email>`, else `n:<folded name>`, else `r:<place>`: the key people are counted by.
    pub person: Vec<String>,
    pub stakeholder_type: Vec<String>,
    /// Sector ids joined by `|`.
    pub sectors: Vec<String>,
    pub registered: Vec<i64>,
    /// 1 or 0; null in labs without attendance data.
    pub attended: Vec<Option<i64>>,
}

/// One row per rating given.
#[derive(Debug, Default)]
pub struct Ratings {
    pub lab: Vec<u32>,
    pub response: Vec<u32>,
    pub question: Vec<String>,
    pub value: Vec<f64>,
}

/// The people of all labs, ready to aggregate.
#[derive(Debug, Default)]
pub struct Tables {
    pub participants: Participants,
    pub ratings: Ratings,
    /// The lab of each feedback response.
    pub responses: Vec<u32>,
    /// Per lab: whether it has attendance data (an attended column or a sign-in sheet).
    pub has_attendance: Vec<bool>,
    /// Per lab: the names on sign-in sheets that match no registration, for `check`.
    pub walk_ins: Vec<Vec<String>>,
}

/// Links the records of each lab (`files[lab]` holds that lab's files) into tables.
pub fn link_people(files: &[Vec<FileRecords>], config: &Config) -> Tables {
    let mut t = Tables::default();
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
        let mut key_of_name: HashMap<&str, String> = HashMap::new();
        if has_sign_ins || registrations.iter().any(|r| r.email.is_none()) {
            for r in &registrations {
                if let (Some(email), Some(name)) = (&r.email, &r.name) {
                    key_of_name
                        .entry(name)
                        .or_insert_with(|| format!("e:{email}"));
                }
            }
        }
        let key = |email: &Option<String>, name: &Option<String>, place: &str| match (email, name) {
            (Some(e), _) => format!("e:{e}"),
            (None, Some(n)) => key_of_name
                .get(n.as_str())
                .cloned()
                .unwrap_or_else(|| format!("n:{n}")),
            (None, None) => format!("r:{place}"),
        };
        let keys: Vec<String> = registrations
            .iter()
            .map(|r| key(&r.email, &r.name, &r.place))
            .collect();

        // Sign-ins mark registered people as attended; the others are walk-ins.
        let mut signed_in: HashSet<String> = HashSet::new();
        let mut walk_ins = Vec::new();
        if has_sign_ins {
            let registered: HashSet<&str> = keys.iter().map(String::as_str).collect();
            for s in lab_files
                .iter()
                .flat_map(|f| &f.sign_ins)
                .filter(|s| s.present)
            {
                if s.email.is_none() && s.name.is_none() {
                    continue;
                }
                let k = key(&s.email, &s.name, "");
                if !registered.contains(k.as_str()) && !signed_in.contains(&k) {
                    walk_ins.push(s.display_name.clone());
                    let p = &mut t.participants;
                    p.lab.push(lab_id);
                    p.person.push(k.clone());
                    p.stakeholder_type.push(UNKNOWN.to_string());
                    p.sectors.push(UNKNOWN.to_string());
                    p.registered.push(0);
                    p.attended.push(Some(1));
                }
                signed_in.insert(k);
            }
        }
        t.walk_ins.push(walk_ins);

        for (r, k) in registrations.iter().zip(keys) {
            let attended = has_attendance
                .then(|| i64::from(r.attended == Some(true) || signed_in.contains(&k)));
            let p = &mut t.participants;
            p.lab.push(lab_id);
            p.person.push(k);
            p.stakeholder_type.push(r.stakeholder_type.clone());
            p.sectors.push(r.sectors.join("|"));
            p.registered.push(1);
            p.attended.push(attended);
        }

        for response in lab_files.iter().flat_map(|f| &f.responses) {
            let id = t.responses.len() as u32;
            t.responses.push(lab_id);
            for &(q, v) in &response.ratings {
                t.ratings.lab.push(lab_id);
                t.ratings.response.push(id);
                t.ratings.question.push(config.questions[q].id.clone());
                t.ratings.value.push(v);
            }
        }
    }
    t
}
