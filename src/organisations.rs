//! Organisations: the names partners write in an organisation column, each organisation
//! counted once however it is written (`fold::organisation_key`, and the config's
//! `[[organisation]]` entries for names that differ in more than form).
//!
//! An organisation's name is not a person's, but it can be: a participant who writes their
//! own name as their organisation, or a sole trader ("Popescu Ion PFA") whose business is
//! named after them. The first is no organisation; the second is counted but never named.

use foldhash::HashMap;

use crate::config::Organisation;
use crate::fold::{fold, organisation_key};

/// Legal forms of a sole trader, folded: a business named after its owner.
const SOLE_TRADER: &[&[&str]] = &[
    &["pfa"],
    &["ii"],
    &["if"],
    &["ij"],
    &["obrt"],
    &["eenmanszaak"],
    &["ditta", "individuale"],
    &["impresa", "individuale"],
    &["individuali", "imone"],
];

/// What the report calls an organisation it does not name.
pub const SOLE_TRADER_LABEL: &str = "A sole trader (name not shown)";

/// One organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The config's id, for an `[[organisation]]` entry.
    pub id: Option<String>,
    /// The config's label, else the name as first written (or `SOLE_TRADER_LABEL`).
    pub label: String,
}

/// The organisations met so far, by code.
#[derive(Debug, Default)]
pub struct Organisations {
    pub entries: Vec<Entry>,
    by_key: HashMap<String, u32>,
    /// Each name as written: its organisation (`None`: no organisation), how often it was
    /// written, and in what order it was first met. Most rows repeat a name written before,
    /// and are found here without folding it (measured at 400 labs: the link stage 58 ms with
    /// a fold per row, 12 ms with this).
    written: HashMap<Box<str>, (Option<u32>, u32, u32)>,
}

/// An e-mail address or a phone number written where the organisation goes: a person's
/// details, never an organisation (so never written to an output).
fn looks_personal(name: &str) -> bool {
    let digits = name.bytes().filter(u8::is_ascii_digit).count();
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    name.bytes().any(|b| b == b'@') || (digits >= 6 && letters <= 3)
}

/// The words of a text, folded, in order.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

/// Whether `name`'s words hold a sole trader's legal form.
fn is_sole_trader(words: &[String]) -> bool {
    SOLE_TRADER
        .iter()
        .any(|form| words.windows(form.len()).any(|w| w.iter().eq(form.iter())))
}

impl Organisations {
    /// The config's organisations, each under its label and aliases.
    pub fn new(config: &[Organisation]) -> Organisations {
        let mut out = Organisations::default();
        for (code, o) in config.iter().enumerate() {
            out.entries.push(Entry {
                id: Some(o.id.clone()),
                label: o.label.clone(),
            });
            for name in std::iter::once(&o.label).chain(&o.aliases) {
                if let Some(key) = organisation_key(name) {
                    out.by_key.insert(key, code as u32);
                }
            }
        }
        out
    }

    /// The code of the organisation `name` stands for (a new one if it is new); `None` for
    /// a blank, a "none", or the person's own name (`person`, as written, when the name is
    /// first met).
    pub fn code(&mut self, name: &str, person: Option<&str>) -> Option<u32> {
        if let Some(w) = self.written.get_mut(name) {
            w.1 += 1;
            return w.0;
        }
        let code = self.code_of_new(name, person);
        let order = self.written.len() as u32;
        self.written.insert(name.into(), (code, 1, order));
        code
    }

    fn code_of_new(&mut self, name: &str, person: Option<&str>) -> Option<u32> {
        if looks_personal(name) {
            return None;
        }
        let key = organisation_key(name)?;
        if let Some(&code) = self.by_key.get(&key) {
            return Some(code);
        }
        let written = words(name);
        if let Some(person) = person {
            let mut own = words(person);
            let mut org = written.clone();
            own.sort_unstable();
            org.sort_unstable();
            if !own.is_empty() && own == org {
                return None;
            }
        }
        let label = if is_sole_trader(&written) {
            SOLE_TRADER_LABEL.to_string()
        } else {
            name.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        let code = self.entries.len() as u32;
        self.entries.push(Entry { id: None, label });
        self.by_key.insert(key, code);
        Some(code)
    }

    /// Names each unconfigured organisation by the spelling written most often; on a tie, the
    /// one with the most letters beyond ASCII (diacritics typed: "Consiliul Județean Timiș",
    /// not "Consiliul Judetean Timis"), then the first met.
    pub fn choose_labels(&mut self) {
        // By code: the best spelling so far, as (times written, letters beyond ASCII, the
        // order first met reversed) and the text, spaces joined.
        type Best<'a> = Option<((u32, usize, std::cmp::Reverse<u32>), &'a str)>;
        let mut best: Vec<Best<'_>> = vec![None; self.entries.len()];
        for (name, &(code, times, order)) in &self.written {
            let Some(code) = code else { continue };
            let rich = name.chars().filter(|c| !c.is_ascii()).count();
            let rank = (times, rich, std::cmp::Reverse(order));
            let b = &mut best[code as usize];
            if b.is_none_or(|(r, _)| rank > r) {
                *b = Some((rank, name));
            }
        }
        // Spellings that differ only in spaces are one spelling.
        for (code, b) in best.into_iter().enumerate() {
            let e = &mut self.entries[code];
            if let Some((_, name)) = b
                && e.id.is_none()
                && e.label != SOLE_TRADER_LABEL
            {
                e.label = name.split_whitespace().collect::<Vec<_>>().join(" ");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_written_differently_are_one_organisation() {
        let config = [Organisation {
            id: "timisoara_city_hall".into(),
            label: "Timișoara City Hall".into(),
            aliases: vec!["Primăria Municipiului Timișoara".into()],
        }];
        let mut o = Organisations::new(&config);
        assert_eq!(o.code("Primaria municipiului Timisoara", None), Some(0));
        assert_eq!(o.code("TIMIȘOARA CITY HALL", None), Some(0));
        let rossi = o.code("Rossi Design S.r.l.", None);
        assert_eq!(rossi, Some(1));
        assert_eq!(o.code("ROSSI DESIGN SRL", None), rossi);
        assert_eq!(o.entries[1].label, "Rossi Design S.r.l.");
        // Named by the spelling written most often (ROSSI DESIGN SRL, twice now), diacritics
        // first on a tie.
        o.code("ROSSI DESIGN SRL", None);
        let judet = o.code("Consiliul Judetean Timis", None).unwrap();
        assert_eq!(o.code("Consiliul Județean Timiș", None), Some(judet));
        o.code("Primaria Timisoara", None);
        o.choose_labels();
        assert_eq!(o.entries[1].label, "ROSSI DESIGN SRL");
        assert_eq!(o.entries[judet as usize].label, "Consiliul Județean Timiș");
        assert_eq!(
            o.entries[0].label, "Timișoara City Hall",
            "a configured label stays"
        );
        assert_eq!(o.code("n/a", None), None);
        // "Primaria Timisoara" is no alias of the city hall here: an organisation of its own.
        assert_eq!(o.entries.len(), 4);
    }

    #[test]
    fn e_mails_and_phone_numbers_are_no_organisation() {
        let mut o = Organisations::new(&[]);
        for personal in [
            "ion.pop@gmail.com",
            "Ana Pop <ana@x.ro>",
            "+40 721 234 567",
            "0721234567",
            "tel. 0256 123 456",
        ] {
            assert_eq!(o.code(personal, None), None, "{personal}");
        }
        assert!(o.entries.is_empty());
        // Numbers in a name are not a phone.
        assert_eq!(o.code("Studio 21", None), Some(0));
        assert_eq!(o.code("Timișoara 2021", None), Some(1));
    }

    #[test]
    fn a_persons_own_name_is_no_organisation_and_a_sole_trader_is_not_named() {
        let mut o = Organisations::new(&[]);
        assert_eq!(o.code("Ana Ionescu", Some("Ionescu Ana")), None);
        let pfa = o.code("Popescu Ion PFA", Some("Ion Popescu"));
        assert_eq!(pfa, Some(0));
        assert_eq!(o.entries[0].label, SOLE_TRADER_LABEL);
        assert_eq!(o.code("Ditta individuale Bianchi", None), Some(1));
        assert_eq!(o.entries[1].label, SOLE_TRADER_LABEL);
        // Counted apart all the same.
        assert_eq!(o.code("Popescu Ion P.F.A.", None), pfa);
    }
}
