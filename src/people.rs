//! Who is who within a lab: a key per person, sign-ins linked to registrations, walk-ins, and
//! the rows that name the same person twice in one lab joined into one (the first known type
//! and sectors of its rows; attended if any row says so).
//!
//! A sign-in is its registration's by e-mail, else by name (`name_key`: folded, in any order,
//! without titles). One that matches no registration so is matched as a careful person would,
//! by the weaker rules of `RegisteredNames::find` (the same name spelt another way, the same
//! name with another e-mail, part of a name), each only where one registered person fits;
//! `check` lists the matches of the last two.
//!
//! This stage only says who is who (keeping, per person and lab, how many rows named them);
//! every figure is counted by polars in `aggregate`. Joining a lab's duplicate rows here,
//! with a hash map the size of one lab, replaced a polars group-by over every registration
//! of the programme (measured at 4,000 labs: 120 ms and 200 MB of group indices for a
//! million groups of one row each).
//! Its output is columnar and coded: people, stakeholder types, sectors and questions are
//! small integers (with the names beside), so that polars hashes numbers, not strings
//! (measured: half the memory and most of the time of counting 400 labs went to strings).

use foldhash::{HashMap, HashSet};

use crate::config::{Config, UNKNOWN};
use crate::organisations::Organisations;
use crate::recognise::values::{name_key, name_variants, name_words_within};
use crate::recognise::{FileRecords, Registration};
use smallvec::SmallVec;

/// One row per person and lab: a registered person (however many rows name them) or a walk-in.
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
    /// How many registration rows name the person in this lab (0 for a walk-in).
    pub rows: Vec<u32>,
    /// The person's organisation (a code in `Tables::organisations`), if they gave one.
    pub organisation: Vec<Option<u32>>,
}

/// The sectors each participant names: one row per (participant, sector), with the
/// participant's lab and counts beside, so that polars counts them without a join.
#[derive(Debug, Default)]
pub struct Sectors {
    pub lab: Vec<u32>,
    /// Index into `Tables::sectors`.
    pub sector: Vec<u32>,
    pub registered: Vec<i32>,
    pub attended: Vec<Option<i32>>,
}

/// One row per rating given, as one number: `(lab × questions + question) << 32 | answer`, the
/// answer being its code in `Feedback::answers`. Packed so, the ratings are 8 bytes each and
/// polars counts them by one integer key (`aggregate` unpacks it).
#[derive(Debug, Default)]
pub struct Ratings {
    pub key: Vec<u64>,
}

impl Ratings {
    /// Adds a rating; `questions` is how many questions the config has.
    pub fn push(&mut self, lab: u32, question: u32, answer: u32, questions: usize) {
        let lab_question = u64::from(lab) * questions as u64 + u64::from(question);
        self.key.push((lab_question << 32) | u64::from(answer));
    }
}

/// The feedback of all labs, coded, ready to aggregate: it needs no one's identity.
#[derive(Debug, Default)]
pub struct Feedback {
    pub ratings: Ratings,
    /// The lab of each feedback response.
    pub responses: Vec<u32>,
    /// The distinct rating values by code.
    pub answers: Vec<f64>,
}

/// The people of all labs, ready to aggregate.
#[derive(Debug, Default)]
pub struct Tables {
    pub participants: Participants,
    pub participant_sectors: Sectors,
    /// Stakeholder type ids by code: the taxonomy's, then `unknown`.
    pub types: Vec<String>,
    /// Sector ids by code: the taxonomy's, then `unknown`.
    pub sectors: Vec<String>,
    /// Per lab: whether it has attendance data (an attended column or a sign-in sheet).
    pub has_attendance: Vec<bool>,
    /// Per lab: the names on sign-in sheets that match no registration, for `check`.
    pub walk_ins: Vec<Vec<String>>,
    /// Per lab: the sign-ins matched to a registration by a weaker rule, for `check`.
    pub name_matches: Vec<Vec<NameMatch>>,
    /// The organisations that participants named.
    pub organisations: Organisations,
}

/// A sign-in matched to a registration by a rule weaker than the e-mail or the name: `check`
/// shows it, so that a wrong match can be seen. Personal data: never written to a file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct NameMatch {
    pub rule: MatchRule,
    /// The name as the sign-in writes it.
    pub signed_in: String,
    /// The name as the registration writes it.
    pub registered: String,
}

/// How a sign-in was matched to a registration, beyond its e-mail and its name's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchRule {
    /// The same name (or spelt another way), but an e-mail the registration does not have:
    /// people join a meeting from a private account.
    OtherEmail,
    /// The words of one name are all in the other (two words at least): "Lucía Martínez" for
    /// "Lucía Martínez Sanz", a middle name left out.
    PartOfName,
}

/// Ids by code: a table's own ids (in its order, as `Taxonomy::code` numbers them), then `unknown`.
fn names(ids: impl Iterator<Item = String>) -> Vec<String> {
    ids.chain(std::iter::once(UNKNOWN.to_string())).collect()
}

/// Whether sectors say nothing: none, or `unknown` alone.
fn unknown(sectors: &[u32], unknown_sector: u32) -> bool {
    sectors.iter().all(|&s| s == unknown_sector)
}

/// Who a row is: their e-mail; else their name's key (`name_key`); else the row's place.
enum Key<'a> {
    Email(&'a str),
    Name(&'a str),
    Place(&'a str),
}

/// The person codes: each distinct key once, its bytes in one buffer, found by its hash.
///
/// A key found again is compared with its first copy; kept here, the copies sit together in a
/// megabyte or two, where keys borrowed from the records lay across all the records' memory
/// and nearly every comparison waited for memory (measured: link 10.1 → 8.9 ms at 400 labs,
/// 147 → 98 ms at 4,000).
#[derive(Default)]
struct Codes {
    /// Codes, by the hash of their key.
    table: hashbrown::HashTable<u32>,
    /// By code: the key's hash, and where its bytes are in `text`.
    hashes: Vec<u64>,
    spans: Vec<(u32, u32)>,
    /// Each key's kind (a byte) and text.
    text: Vec<u8>,
    hasher: foldhash::fast::FixedState,
}

impl Codes {
    /// Whether a code is an e-mail's.
    fn is_email(&self, code: u32) -> bool {
        let (start, _) = self.spans[code as usize];
        self.text[start as usize] == b'e'
    }

    /// The code of `key`, a new one if it is new.
    fn code(&mut self, key: &Key<'_>) -> u32 {
        let (kind, text) = match key {
            Key::Email(e) => (b'e', e.as_bytes()),
            Key::Name(n) => (b'n', n.as_bytes()),
            Key::Place(p) => (b'p', p.as_bytes()),
        };
        let hash = {
            use std::hash::{BuildHasher, Hasher};
            let mut h = self.hasher.build_hasher();
            h.write_u8(kind);
            h.write(text);
            h.finish()
        };
        let (all, spans, hashes) = (&self.text, &self.spans, &self.hashes);
        let same = |&c: &u32| {
            let (start, end) = spans[c as usize];
            let stored = &all[start as usize..end as usize];
            stored.first() == Some(&kind) && &stored[1..] == text
        };
        match self.table.entry(hash, same, |&c| hashes[c as usize]) {
            hashbrown::hash_table::Entry::Occupied(o) => *o.get(),
            hashbrown::hash_table::Entry::Vacant(v) => {
                let code = self.spans.len() as u32;
                let start = self.text.len() as u32;
                self.text.push(kind);
                self.text.extend_from_slice(text);
                self.spans.push((start, self.text.len() as u32));
                self.hashes.push(hash);
                v.insert(code);
                code
            }
        }
    }
}

/// The registered people of one lab by their names, for the sign-ins that match nobody by
/// e-mail or by name key: made only in a lab that has such a sign-in, since few do.
struct RegisteredNames<'a> {
    /// Each registration row with a name.
    rows: Vec<Named<'a>>,
}

/// A registration row's person code, the name as written, its key (`name_key`) and its other
/// keys (`name_variants`).
struct Named<'a> {
    code: u32,
    /// Whether the person is known by an e-mail (theirs on some row), not by their name.
    emailed: bool,
    name: &'a str,
    key: &'a str,
    variants: SmallVec<[String; 2]>,
}

impl Named<'_> {
    fn keys(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.key).chain(self.variants.iter().map(String::as_str))
    }
}

/// A rule of `RegisteredNames::find`: whether a registration row fits; and whether it is
/// part of a name (else the same name).
type Rule<'r> = (&'r dyn Fn(&Named<'_>) -> bool, bool);

/// Who a rule finds: the one person it fits, or whether it fits several.
enum Fit {
    None,
    One(usize),
    Several,
}

impl<'a> RegisteredNames<'a> {
    /// From each registration row's person code, whether it is an e-mail's, the name and
    /// its key.
    fn new(registrations: impl Iterator<Item = (u32, bool, &'a str, &'a str)>) -> Self {
        let rows = registrations
            .map(|(code, emailed, name, key)| Named {
                code,
                emailed,
                name,
                key,
                variants: name_variants(name, key),
            })
            .collect();
        RegisteredNames { rows }
    }

    /// The row of the one person whose rows `fits`, if one only.
    fn fit(&self, fits: impl Fn(&Named<'_>) -> bool) -> Fit {
        let mut found = Fit::None;
        for (i, row) in self.rows.iter().enumerate() {
            if !fits(row) {
                continue;
            }
            match found {
                Fit::None => found = Fit::One(i),
                Fit::One(j) if self.rows[j].code == row.code => {}
                _ => return Fit::Several,
            }
        }
        found
    }

    /// The registered person a sign-in named `name` is, by the rules a careful person follows,
    /// in this order, each only where it fits one registered person (where it fits several,
    /// no weaker rule is tried: the sign-in stays a walk-in):
    /// 1. the same name (the same key; for a sign-in whose e-mail matched nobody);
    /// 2. the same name spelt another way: a key of one is a key of the other
    ///    (`name_variants`: "Mueller Juergen" is "Jürgen Müller");
    /// 3. part of a name: every word of one key is in the other, the fewer being two at
    ///    least ("Lucía Martínez" is "Lucía Martínez Sanz", "Ana Pop" is "Ana Maria Pop").
    ///
    /// Gives the person's code, their name as registered, and the rule if `check` should
    /// show it: 3; 1 and 2 where the sign-in gives an e-mail (`with_email`) and the person
    /// registered with another (a name without one is matched by name, as it is without
    /// these rules). `key` is the name's key if made already.
    fn find(
        &self,
        name: &str,
        key: Option<String>,
        with_email: bool,
    ) -> Option<(u32, &'a str, Option<MatchRule>)> {
        let key = key.or_else(|| name_key([name]))?;
        let variants = name_variants(name, &key);
        let mine = || std::iter::once(key.as_str()).chain(variants.iter().map(String::as_str));
        let within = |part: &str, whole: &str| {
            part.len() < whole.len() && part.contains(' ') && name_words_within(part, whole)
        };
        let rules: [Rule<'_>; 3] = [
            (&|theirs| theirs.key == key, false),
            (
                &|theirs| theirs.keys().any(|t| mine().any(|m| m == t)),
                false,
            ),
            (
                &|theirs| mine().any(|m| theirs.keys().any(|t| within(m, t) || within(t, m))),
                true,
            ),
        ];
        for (fits, part) in rules {
            match self.fit(fits) {
                Fit::One(i) => {
                    let row = &self.rows[i];
                    let rule = if part {
                        Some(MatchRule::PartOfName)
                    } else {
                        (with_email && row.emailed).then_some(MatchRule::OtherEmail)
                    };
                    return Some((row.code, row.name, rule));
                }
                Fit::Several => return None,
                Fit::None => {}
            }
        }
        None
    }
}

/// The feedback of each lab (`files[lab]` holds that lab's files): its ratings, the lab of
/// each response, the distinct answers. `questions` is how many the config has.
pub fn code_ratings(files: &[Vec<FileRecords>], questions: usize) -> Feedback {
    let all = files.iter().flatten();
    let mut ratings = Ratings::default();
    ratings
        .key
        .reserve(all.clone().map(|f| f.ratings.len()).sum());
    let mut responses = Vec::with_capacity(all.map(|f| f.responses).sum());
    let mut answers = Vec::new();
    let mut answer_code: HashMap<u64, u32> = HashMap::default();
    for (lab, lab_files) in files.iter().enumerate() {
        let lab_id = lab as u32;
        for f in lab_files {
            responses.extend(std::iter::repeat_n(lab_id, f.responses));
            for r in &f.ratings {
                let next = answer_code.len() as u32;
                let a = *answer_code.entry(r.value.to_bits()).or_insert_with(|| {
                    answers.push(r.value);
                    next
                });
                ratings.push(lab_id, r.question, a, questions);
            }
        }
    }
    Feedback {
        ratings,
        responses,
        answers,
    }
}

/// Links the records of each lab (`files[lab]` holds that lab's files) into tables: who is
/// who, their types and sectors.
pub fn link_people<'a>(files: &'a [Vec<FileRecords>], config: &Config) -> Tables {
    let types = names(config.stakeholder_types.ids().map(str::to_string));
    let sectors = names(config.sectors.ids().map(str::to_string));
    let unknown_type = (types.len() - 1) as u32;
    let unknown_sector = (sectors.len() - 1) as u32;
    let mut t = Tables {
        types,
        sectors,
        organisations: Organisations::new(&config.organisations),
        ..Tables::default()
    };
    // The columns sized once (at most a row per registration or sign-in), not doubled as they
    // grow: at 4,000 labs each doubling copied megabytes into freshly faulted memory.
    let all = files.iter().flatten();
    let rows: usize = all
        .clone()
        .map(|f| f.registrations.len() + f.sign_ins.len())
        .sum();
    let sector_rows: usize = all
        .clone()
        .flat_map(|f| &f.registrations)
        .map(|r| r.sectors.len())
        .sum::<usize>()
        + all.clone().map(|f| f.sign_ins.len()).sum::<usize>();
    let p = &mut t.participants;
    for v in [
        &mut p.lab,
        &mut p.person,
        &mut p.stakeholder_type,
        &mut p.rows,
    ] {
        v.reserve(rows);
    }
    p.registered.reserve(rows);
    p.attended.reserve(rows);
    p.organisation.reserve(rows);
    let sec = &mut t.participant_sectors;
    sec.lab.reserve(sector_rows);
    sec.sector.reserve(sector_rows);
    sec.registered.reserve(sector_rows);
    sec.attended.reserve(sector_rows);
    // One code per person key across all labs, so that polars counts unique people by number.
    let mut codes = Codes::default();
    // A lab's working sets, emptied for each lab rather than made anew (they keep their room).
    let mut registrations: Vec<(&'a FileRecords, &'a Registration)> = Vec::new();
    let mut keys: Vec<u32> = Vec::new();
    let mut name_keys: Vec<Option<String>> = Vec::new();
    let mut signed_in: HashSet<u32> = HashSet::default();
    let mut row_of: HashMap<u32, usize> = HashMap::default();
    let mut sectors_of: Vec<&'a [u32]> = Vec::new();
    // The organisation a sign-in gives, by person: for those whose registration gives none.
    let mut organisation_of: HashMap<u32, u32> = HashMap::default();
    let orgs = &mut t.organisations;
    for (lab, lab_files) in files.iter().enumerate() {
        let lab_id = lab as u32;
        let has_sign_ins = lab_files.iter().any(|f| !f.sign_ins.is_empty());
        let has_attendance = has_sign_ins || lab_files.iter().any(|f| f.attended_column);
        t.has_attendance.push(has_attendance);
        registrations.clear();
        registrations.extend(
            lab_files
                .iter()
                .flat_map(|f| f.registrations.iter().map(move |r| (f, r))),
        );

        // Keys: the e-mail where there is one; a row without one takes the key of a row
        // of the same lab with the same name and an e-mail, else the name itself. Names are
        // folded into keys only where needed: in a lab with sign-ins or rows without an
        // e-mail, each once (a sign-in that matches nobody looks at them again).
        name_keys.clear();
        if has_sign_ins || registrations.iter().any(|(_, r)| r.email.is_none()) {
            name_keys.extend(
                registrations
                    .iter()
                    .map(|(f, r)| r.name.and_then(|n| name_key([f.text(n)]))),
            );
        }
        let mut key_of_name: HashMap<&str, &str> = HashMap::default();
        for ((f, r), k) in registrations.iter().zip(&name_keys) {
            if let (Some(email), Some(k)) = (r.email, k) {
                key_of_name.entry(k).or_insert(f.text(email));
            }
        }
        keys.clear();
        keys.extend(registrations.iter().enumerate().map(|(i, (f, r))| {
            let key = match (r.email, name_keys.get(i).and_then(Option::as_deref)) {
                (Some(e), _) => Key::Email(f.text(e)),
                (None, Some(k)) => key_of_name.get(k).map_or(Key::Name(k), |e| Key::Email(e)),
                (None, None) => Key::Place(r.place.map_or("", |p| f.text(p))),
            };
            codes.code(&key)
        }));

        // Sign-ins mark registered people as attended; the others are walk-ins.
        signed_in.clear();
        let mut walk_ins = Vec::new();
        let first = t.participants.lab.len();
        // The participant row of each person of this lab, and the sectors it stands for.
        row_of.clear();
        sectors_of.clear();
        organisation_of.clear();
        let mut name_matches = Vec::new();
        if has_sign_ins {
            let registered: HashSet<u32> = keys.iter().copied().collect();
            let mut registered_names: Option<RegisteredNames> = None;
            for (f, s) in lab_files
                .iter()
                .flat_map(|f| f.sign_ins.iter().map(move |s| (f, s)))
                .filter(|(_, s)| s.present)
            {
                if s.email.is_none() && s.name.is_none() {
                    continue;
                }
                let name = s.name.map(|n| f.text(n));
                let name_key = match s.email {
                    Some(_) => None,
                    None => name.and_then(|n| name_key([n])),
                };
                let mut k = codes.code(&match (s.email, &name_key) {
                    (Some(e), _) => Key::Email(f.text(e)),
                    (None, Some(n)) => key_of_name
                        .get(n.as_str())
                        .map_or(Key::Name(n), |e| Key::Email(e)),
                    (None, None) => Key::Place(""),
                });
                if !registered.contains(&k)
                    && let Some(name) = name
                    && let Some((code, as_registered, rule)) = registered_names
                        .get_or_insert_with(|| {
                            RegisteredNames::new(
                                registrations.iter().zip(&keys).zip(&name_keys).filter_map(
                                    |(((f, r), &code), key)| {
                                        let emailed = codes.is_email(code);
                                        Some((code, emailed, f.text(r.name?), key.as_deref()?))
                                    },
                                ),
                            )
                        })
                        .find(name, name_key, s.email.is_some())
                {
                    k = code;
                    if let Some(rule) = rule {
                        name_matches.push(NameMatch {
                            rule,
                            signed_in: name.to_string(),
                            registered: as_registered.to_string(),
                        });
                    }
                }
                let organisation = s
                    .organisation
                    .and_then(|o| orgs.code(f.text(o), s.name.map(|n| f.text(n))));
                if let Some(o) = organisation {
                    organisation_of.entry(k).or_insert(o);
                }
                if !registered.contains(&k) && signed_in.insert(k) {
                    walk_ins.push(s.name.map_or(String::new(), |n| f.text(n).to_string()));
                    let p = &mut t.participants;
                    p.lab.push(lab_id);
                    p.person.push(k);
                    p.stakeholder_type.push(unknown_type);
                    p.registered.push(0);
                    p.attended.push(Some(1));
                    p.rows.push(0);
                    p.organisation.push(organisation);
                    sectors_of.push(&[]);
                }
                signed_in.insert(k);
            }
        }
        t.walk_ins.push(walk_ins);
        name_matches.sort_unstable();
        name_matches.dedup();
        t.name_matches.push(name_matches);

        for ((f, r), k) in registrations.iter().zip(keys.iter().copied()) {
            let attended = has_attendance
                .then(|| i32::from(r.attended == Some(true) || signed_in.contains(&k)));
            let p = &mut t.participants;
            let mut organisation = || {
                r.organisation
                    .and_then(|o| orgs.code(f.text(o), r.name.map(|n| f.text(n))))
            };
            if let Some(&i) = row_of.get(&k) {
                p.rows[i] += 1;
                p.attended[i] = p.attended[i].max(attended);
                // Each field the first row that gives it: a row with a blank type (a sign-in
                // sheet read as a second registration list) does not hide another's.
                if p.organisation[i].is_none() {
                    p.organisation[i] = organisation();
                }
                if p.stakeholder_type[i] == unknown_type {
                    p.stakeholder_type[i] = r.stakeholder_type;
                }
                let sectors = &mut sectors_of[i - first];
                if unknown(sectors, unknown_sector) && !unknown(&r.sectors, unknown_sector) {
                    *sectors = &r.sectors;
                }
                continue;
            }
            let organisation = organisation().or_else(|| organisation_of.get(&k).copied());
            row_of.insert(k, p.lab.len());
            p.lab.push(lab_id);
            p.person.push(k);
            p.stakeholder_type.push(r.stakeholder_type);
            p.registered.push(1);
            p.attended.push(attended);
            p.rows.push(1);
            p.organisation.push(organisation);
            sectors_of.push(&r.sectors);
        }
        // Sectors last, when each person's attendance is known.
        let p = &t.participants;
        let sec = &mut t.participant_sectors;
        for (i, names) in (first..).zip(sectors_of.iter().copied()) {
            let codes = if names.is_empty() {
                &[unknown_sector][..]
            } else {
                names
            };
            for &code in codes {
                sec.lab.push(lab_id);
                sec.sector.push(code);
                sec.registered.push(p.registered[i]);
                sec.attended.push(p.attended[i]);
            }
        }
    }
    t.organisations.choose_labels();
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Who `find` says a sign-in is, among registrations of (person code, name): the code and
    /// the rule `check` shows.
    fn found(
        registered: &[(u32, &str)],
        name: &str,
        with_email: bool,
    ) -> Option<(u32, Option<MatchRule>)> {
        let keys: Vec<String> = registered
            .iter()
            .map(|(_, n)| name_key([*n]).unwrap())
            .collect();
        RegisteredNames::new(
            registered
                .iter()
                .zip(&keys)
                .map(|(&(code, name), key)| (code, true, name, key.as_str())),
        )
        .find(name, None, with_email)
        .map(|(code, _, rule)| (code, rule))
    }

    #[test]
    fn a_sign_in_is_the_one_registration_its_name_fits() {
        use MatchRule::{OtherEmail, PartOfName};
        let lab = [
            (0, "dr. Andrej Kovačič"),
            (1, "Jürgen Müller"),
            (2, "Đurđa Knežević"),
            (3, "Piotr Nowak"),
            (4, "Lucía Martínez Sanz"),
            (5, "Ana-Maria Pop"),
            (6, "Karl Erik Org"),
        ];
        // The same name, another e-mail: shown.
        assert_eq!(
            found(&lab, "Piotr Nowak", true),
            Some((3, Some(OtherEmail)))
        );
        assert_eq!(
            found(&lab, "Nowak Piotr", true),
            Some((3, Some(OtherEmail)))
        );
        // Spelt with digraphs, either way round: the same name, not shown without an e-mail.
        assert_eq!(found(&lab, "Mueller Juergen", false), Some((1, None)));
        assert_eq!(found(&lab, "Djurdja Knezević", false), Some((2, None)));
        assert_eq!(
            found(&lab, "Juergen Müller", true),
            Some((1, Some(OtherEmail)))
        );
        assert_eq!(found(&lab, "Anamaria Pop", false), Some((5, None)));
        let spelt = [(7, "Juergen Mueller")];
        assert_eq!(found(&spelt, "Jürgen Müller", false), Some((7, None)));
        // Part of a name, two words at least, either the sign-in's or the registration's.
        assert_eq!(
            found(&lab, "Lucía Martínez", false),
            Some((4, Some(PartOfName)))
        );
        assert_eq!(found(&lab, "Ana Pop", false), Some((5, Some(PartOfName))));
        assert_eq!(found(&lab, "Karl Org", true), Some((6, Some(PartOfName))));
        assert_eq!(
            found(&lab, "Piotr Jan Nowak", false),
            Some((3, Some(PartOfName)))
        );
        assert_eq!(found(&lab, "Martínez", false), None);
        assert_eq!(found(&lab, "Lucía Sanz Ortega", false), None);
        assert_eq!(found(&lab, "Zoe Walker", false), None);
    }

    #[test]
    fn a_sign_ins_e_mail_is_no_other_e_mail_where_the_registration_has_none() {
        let keys = ["ana pop".to_string(), "ion rus".to_string()];
        let names = RegisteredNames::new(
            [
                (0, false, "Ana Pop", keys[0].as_str()),
                (1, true, "Ion Rus", keys[1].as_str()),
            ]
            .into_iter(),
        );
        let found = |name| names.find(name, None, true).map(|(c, _, rule)| (c, rule));
        assert_eq!(found("Pop Ana"), Some((0, None)));
        assert_eq!(found("Ion Rus"), Some((1, Some(MatchRule::OtherEmail))));
        // Part of a name is shown whatever the e-mails.
        assert_eq!(
            found("Ana Maria Pop"),
            Some((0, Some(MatchRule::PartOfName)))
        );
    }

    #[test]
    fn a_name_that_fits_two_registered_people_fits_none() {
        // Two people of one name (two e-mails, two codes): no match, nor by part of it.
        let twins = [(0, "Jan Novak"), (1, "Jan Novak"), (2, "Eva Lind")];
        assert_eq!(found(&twins, "Jan Novak", true), None);
        assert_eq!(found(&twins, "Jan Josef Novak", false), None);
        // Two rows of one person (one code) are one.
        let rows = [(0, "Jan Novak"), (0, "Novak Jan"), (2, "Eva Lind")];
        assert_eq!(
            found(&rows, "Jan Novak", true),
            Some((0, Some(MatchRule::OtherEmail)))
        );
        // Part of two names.
        let rossi = [(0, "Maria Rossi Bianchi"), (1, "Maria Rossi Verdi")];
        assert_eq!(found(&rossi, "Maria Rossi", false), None);
        assert_eq!(found(&rossi, "Maria Rossi Verdi", false), Some((1, None)));
        // The same name wins over part of another's.
        let both = [(0, "Ana Pop"), (1, "Ana Maria Pop")];
        assert_eq!(
            found(&both, "Pop Ana", true),
            Some((0, Some(MatchRule::OtherEmail)))
        );
        // Spelt alike, two people: neither.
        let spelt = [(0, "Jürgen Müller"), (1, "Juergen Mueller")];
        assert_eq!(found(&spelt, "Müller Juergen", false), None);
    }

    #[test]
    fn a_key_keeps_its_code_and_kinds_do_not_mix() {
        let mut codes = Codes::default();
        let emails: Vec<String> = (0..5_000).map(|i| format!("p{i}@x.org")).collect();
        // Numbered in order of first sight, through the table's growth.
        for (i, e) in emails.iter().enumerate() {
            assert_eq!(codes.code(&Key::Email(e)), i as u32);
        }
        for (i, e) in emails.iter().enumerate().rev() {
            assert_eq!(codes.code(&Key::Email(e)), i as u32);
        }
        // The same text as a name or a place is another person.
        assert_eq!(codes.code(&Key::Name("p7@x.org")), 5_000);
        assert_eq!(codes.code(&Key::Place("p7@x.org")), 5_001);
        assert_eq!(codes.code(&Key::Name("p7@x.org")), 5_000);
        // A key that is a prefix of another is not it.
        assert_eq!(codes.code(&Key::Email("p1@x.or")), 5_002);
        assert_eq!(codes.code(&Key::Email("")), 5_003);
        assert_eq!(codes.code(&Key::Email("")), 5_003);
    }
}
