//! What a header names: a field or a rating question, found by the config's aliases (the
//! header as written) or by the vocabulary's words (`crate::vocabulary`), with the evidence
//! for it, so that the column's values can confirm it and `check` can say it.

use std::sync::{Mutex, PoisonError};

use foldhash::HashMap;
use smallvec::SmallVec;

use crate::config::Config;
use crate::fold::fold;
use crate::vocabulary::{self, Found, Meaning, Phrase, QUESTIONS, Vocabulary};

use super::columns::Field;

/// Why a header was taken to name something.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Evidence {
    /// The header is an alias the config gives (`[columns]`, a `[[question]]`'s names).
    Alias,
    /// The header holds the words of a phrase of the vocabulary.
    Words {
        phrase: &'static Phrase,
        /// The phrase is the whole header ("Prenume", "Nome e cognome"), not a part of it
        /// ("Numele organizației pe care o reprezentați").
        whole: bool,
        /// The header's words (function words left out), of which the phrase took its own.
        of: u8,
    },
}

impl Evidence {
    /// How strongly it names: 2 for an alias or a whole phrase, 1 for a phrase that took at
    /// least half of the header's words (strong enough to make a row the header), else 0.
    fn strength(self) -> u8 {
        match self {
            Evidence::Alias | Evidence::Words { whole: true, .. } => 2,
            Evidence::Words { phrase, of, .. } => u8::from(2 * phrase.words >= of),
        }
    }

    /// Whether the phrase took at least one in `part` of the header's words: fewer, and the
    /// header speaks of something else ("Would you join another event organized by this
    /// community?" holds "organi*" and is no organisation; a grid's row "[I can recommend the
    /// package to the right person]" is no recommend question).
    fn takes(self, part: u8) -> bool {
        match self {
            Evidence::Alias => true,
            Evidence::Words { phrase, whole, of } => {
                whole || u32::from(part) * u32::from(phrase.words) >= u32::from(of)
            }
        }
    }

    /// For `check`: "header", or the phrase and its language.
    pub fn describe(self) -> String {
        match self {
            Evidence::Alias => "header, as the config names it".to_string(),
            Evidence::Words {
                phrase,
                whole: true,
                ..
            } => {
                format!("header (\"{}\", {})", phrase.text, phrase.languages())
            }
            Evidence::Words {
                phrase,
                whole: false,
                ..
            } => {
                format!("header words \"{}\" ({})", phrase.text, phrase.languages())
            }
        }
    }

    /// Whether only some of the header's words were matched: the values must confirm it.
    pub fn is_partial(self) -> bool {
        matches!(self, Evidence::Words { whole: false, .. })
    }
}

/// A field's phrase must take at least a third of a header's words, a question's a tenth
/// (questions are long sentences, and their ratings confirm them).
const FIELD_PART: u8 = 3;
const QUESTION_PART: u8 = 10;

/// What one header names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Named {
    pub field: Option<(Field, Evidence)>,
    /// Index into `Config::questions`.
    pub question: Option<(usize, Evidence)>,
    /// Other fields the header's words name as strongly, in other languages ("Firma": a
    /// signature in Italian, a company in German): the column's values decide.
    pub rivals: SmallVec<[Field; 2]>,
    /// How strongly it names what it names (`Evidence::strength`, the stronger of the two):
    /// a row's header cells are weighed by it.
    pub weight: u8,
}

impl Named {
    /// Whether it is strong enough to make its row the header row.
    pub fn names_the_header(&self) -> bool {
        self.weight > 0
    }

    pub fn is_nothing(&self) -> bool {
        self.field.is_none() && self.question.is_none()
    }
}

/// The config's aliases and the vocabulary, ready to look headers up.
pub struct HeaderIndex {
    /// Folded header → field, from `[columns]`.
    fields: HashMap<String, Field>,
    /// Folded header → question, from the `[[question]]`s' ids, labels and aliases.
    questions: HashMap<String, usize>,
    /// The config's question for each of the vocabulary's built-in questions (by id).
    builtin: [Option<usize>; QUESTIONS.len()],
    vocabulary: &'static Vocabulary,
    /// Headers looked up so far: exports of one tool repeat theirs file after file, and a
    /// lookup by words costs some thousands of instructions.
    seen: Mutex<HashMap<String, Named>>,
}

/// How many headers `HeaderIndex` keeps (the first rows of a sheet that is no list, a
/// person's name, are looked up too).
const KEPT: usize = 20_000;

impl HeaderIndex {
    pub fn new(config: &Config) -> HeaderIndex {
        let mut fields = HashMap::default();
        for (field, alias) in &config.columns {
            let field = Field::from_name(field).expect("config checks the field names (tested)");
            fields.insert(fold(alias), field);
        }
        let mut questions = HashMap::default();
        for (i, q) in config.questions.iter().enumerate() {
            for name in [&q.id, &q.label].into_iter().chain(&q.aliases) {
                questions.insert(fold(name), i);
            }
        }
        let builtin = QUESTIONS.map(|id| config.questions.iter().position(|q| q.id == id));
        HeaderIndex {
            fields,
            questions,
            builtin,
            vocabulary: vocabulary::vocabulary(),
            seen: Mutex::new(HashMap::default()),
        }
    }

    /// The field a header names surely enough to be taken without its values (outcome sheets
    /// tell people's columns by it): an alias, a whole phrase, or most of its words.
    pub fn field(&self, header: &str) -> Option<Field> {
        let named = self.lookup(header);
        named
            .field
            .filter(|_| named.names_the_header())
            .map(|(f, _)| f)
    }

    /// Whether a header names a rating question as surely.
    pub fn is_question(&self, header: &str) -> bool {
        let named = self.lookup(header);
        named.names_the_header() && named.question.is_some()
    }

    /// What a header names: the config's aliases first, then the vocabulary's longest
    /// phrase. A question named by words only where no field is named by more words ("Tipo
    /// di organizzazione" is the stakeholder type, not the organisation question); of the
    /// built-in questions, an aspect (usefulness, organisation, recommend) before `overall`.
    pub fn lookup(&self, header: &str) -> Named {
        let seen = || self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(named) = seen().get(header) {
            return named.clone();
        }
        let named = self.look_up(header);
        let mut kept = seen();
        if kept.len() < KEPT {
            kept.insert(header.to_string(), named.clone());
        }
        named
    }

    fn look_up(&self, header: &str) -> Named {
        let key = fold(header);
        let mut named = Named {
            field: self.fields.get(&key).map(|&f| (f, Evidence::Alias)),
            question: self.questions.get(&key).map(|&q| (q, Evidence::Alias)),
            ..Named::default()
        };
        if named.field.is_some() && named.question.is_some() {
            named.weight = 2;
            return named;
        }
        let found = self.vocabulary.find(header);
        let evidence = |f: &Found<'static>| Evidence::Words {
            phrase: f.phrase,
            whole: f.whole(),
            of: f.of,
        };
        let fields = found.iter().filter_map(|f| match f.phrase.meaning {
            Meaning::Field(_) => Some((Field::from_key(f.phrase.meaning.key())?, f)),
            Meaning::Question(_) | Meaning::Meeting(_) => None,
        });
        let mut field_rank = None;
        if named.field.is_none() {
            let mut fields = fields.peekable();
            if let Some((field, best)) =
                fields.next().filter(|(_, f)| evidence(f).takes(FIELD_PART))
            {
                field_rank = Some(best.rank());
                named.field = Some((field, evidence(best)));
                named.rivals = fields
                    .take_while(|(_, f)| f.rank() == best.rank())
                    .map(|(field, _)| field)
                    .collect();
            }
        }
        if named.question.is_none() {
            let question = found
                .iter()
                .filter_map(|f| match f.phrase.meaning {
                    Meaning::Question(k) => Some((k, self.builtin[k as usize]?, f)),
                    Meaning::Field(_) | Meaning::Meeting(_) => None,
                })
                .filter(|(_, _, f)| field_rank.is_none_or(|r| f.rank() >= r))
                .filter(|(_, _, f)| evidence(f).takes(QUESTION_PART))
                // An aspect before `overall` (key 0), then the longer phrase, then the one
                // said first.
                .max_by_key(|(k, _, f)| (*k != 0, f.rank(), std::cmp::Reverse(f.first)));
            if let Some((_, q, f)) = question {
                named.question = Some((q, evidence(f)));
            }
        }
        named.weight = named
            .field
            .map(|(_, e)| e)
            .into_iter()
            .chain(named.question.map(|(_, e)| e))
            .map(Evidence::strength)
            .max()
            .unwrap_or(0);
        named
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The headers labreport knew as whole phrases before the vocabulary (six languages):
    /// each must still name its field.
    const OLD_HEADERS: &[(&str, &[&str])] = &[
        (
            "first_name",
            &[
                "First name",
                "Given name",
                "Forename",
                "Prenume",
                "Prenumele",
                "Voornaam",
                "Nome",
                "Ime",
                "Vardas",
            ],
        ),
        (
            "last_name",
            &[
                "Last name",
                "Surname",
                "Family name",
                "Nume",
                "Nume de familie",
                "Numele",
                "Achternaam",
                "Familienaam",
                "Cognome",
                "Prezime",
                "Pavardė",
            ],
        ),
        (
            "full_name",
            &[
                "Name",
                "Full name",
                "Participant",
                "Participant name",
                "Attendee",
                "Attendee name",
                "Nume și prenume",
                "Numele și prenumele",
                "Nume complet",
                "Participant",
                "Naam",
                "Volledige naam",
                "Deelnemer",
                "Nome e cognome",
                "Nominativo",
                "Partecipante",
                "Ime i prezime",
                "Sudionik",
                "Vardas ir pavardė",
                "Vardas, pavardė",
                "Dalyvis",
            ],
        ),
        (
            "email",
            &[
                "E-mail",
                "Email",
                "E-mail address",
                "Email address",
                "Mail",
                "Adresă de e-mail",
                "Adresa de e-mail",
                "Adresa de email",
                "E-mailadres",
                "Indirizzo e-mail",
                "Indirizzo email",
                "Posta elettronica",
                "Adresa e-pošte",
                "E-pošta",
                "Adresa elektroničke pošte",
                "El. paštas",
                "Elektroninis paštas",
                "El. pašto adresas",
            ],
        ),
        (
            "organisation",
            &[
                "Organisation",
                "Organization",
                "Organisation name",
                "Organization name",
                "Company",
                "Institution",
                "Organizație",
                "Organizația",
                "Instituție",
                "Instituția",
                "Companie",
                "Organisatie",
                "Naam organisatie",
                "Instelling",
                "Organizzazione",
                "Ente",
                "Azienda/Ente",
                "Ente/Azienda",
                "Nome ente",
                "Denominazione",
                "Organizacija",
                "Institucija",
                "Tvrtka/organizacija",
                "Įstaiga",
                "Organizacijos pavadinimas",
            ],
        ),
        (
            "stakeholder_type",
            &[
                "Stakeholder type",
                "Type of stakeholder",
                "Type of organisation",
                "Type of organization",
                "Organisation type",
                "Organization type",
                "Category",
                "Stakeholder category",
                "Tip organizație",
                "Tipul organizației",
                "Tip de organizație",
                "Categorie",
                "Tip actor",
                "Type organisatie",
                "Soort organisatie",
                "Type belanghebbende",
                "Tipo di organizzazione",
                "Tipologia",
                "Categoria",
                "Tipo di stakeholder",
                "Tipologia di ente",
                "Tipo di ente",
                "Tipologia ente",
                "Tipologia di organizzazione",
                "Vrsta organizacije",
                "Tip dionika",
                "Kategorija",
                "Vrsta dionika",
                "Organizacijos tipas",
                "Suinteresuotosios šalies tipas",
                "Kategorija",
            ],
        ),
        (
            "sector",
            &[
                "Sector",
                "Sectors",
                "Field",
                "Field of activity",
                "Domain",
                "Sector de activitate",
                "Domeniu",
                "Domeniul de activitate",
                "Sector",
                "Branche",
                "Settore",
                "Ambito",
                "Settore di attività",
                "Sektor",
                "Područje",
                "Područje djelovanja",
                "Sektorius",
                "Sritis",
                "Veiklos sritis",
            ],
        ),
        (
            "attended",
            &[
                "Attended",
                "Present",
                "Attendance",
                "Participated",
                "Checked in",
                "Came",
                "Prezent",
                "Prezență",
                "A participat",
                "Prezent (DA/NU)",
                "Aanwezig",
                "Aanwezigheid",
                "Deelgenomen",
                "Presente",
                "Presenza",
                "Partecipato",
                "Prisutan",
                "Prisutnost",
                "Sudjelovao",
                "Dalyvavo",
                "Dalyvavimas",
                "Attendee Status",
            ],
        ),
        (
            "check_in",
            &[
                "Check-In Date",
                "Check-in time",
                "Checked in at",
                "Date checked in",
                "Ora sosirii",
                "Incheckdatum",
                "Data di check-in",
                "Vrijeme dolaska",
                "Registracijos laikas",
            ],
        ),
        (
            "signature",
            &[
                "Signature",
                "Semnătură",
                "Semnătura",
                "Handtekening",
                "Firma",
                "Potpis",
                "Parašas",
            ],
        ),
        (
            "phone",
            &[
                "Phone",
                "Telephone",
                "Phone number",
                "Mobile",
                "Telefon",
                "Număr de telefon",
                "Telefoon",
                "Telefoonnummer",
                "Telefono",
                "Cellulare",
                "Broj telefona",
                "Telefonas",
            ],
        ),
        (
            "number",
            &[
                "No.",
                "No",
                "Nr.",
                "Nr",
                "#",
                "Nr. crt.",
                "Nr crt",
                "Br.",
                "N.",
                "Eil. Nr.",
                "ID",
                "Order #",
                "Attendee #",
                "Barcode #",
            ],
        ),
        (
            "timestamp",
            &[
                "Timestamp",
                "Marcaj de timp",
                "Marcaj temporal",
                "Tijdstempel",
                "Informazioni cronologiche",
                "Vremenska oznaka",
                "Laiko žyma",
                "Start time",
                "Completion time",
                "Last modified time",
                "Order Date",
            ],
        ),
    ];

    /// The built-in questions with labels of their own and no aliases: only the vocabulary's
    /// words can find them.
    fn words_only() -> Config {
        let mut toml = String::new();
        for (id, scale) in [
            ("overall", "[1, 5]"),
            ("usefulness", "[1, 5]"),
            ("organisation", "[1, 5]"),
            ("recommend", "[0, 10]"),
        ] {
            toml.push_str(&format!(
                "[[question]]\nid = \"{id}\"\nlabel = \"Q {id}\"\nscale = {scale}\n"
            ));
        }
        Config::parse(&toml, "test", None).unwrap()
    }

    #[test]
    fn every_header_known_before_the_vocabulary_still_names_its_field() {
        let index = HeaderIndex::new(&words_only());
        let mut wrong = Vec::new();
        for (field, headers) in OLD_HEADERS {
            for h in *headers {
                let named = index.lookup(h);
                let fields: Vec<&str> = named
                    .field
                    .iter()
                    .map(|(f, _)| *f)
                    .chain(named.rivals.iter().copied())
                    .map(Field::name)
                    .collect();
                if !fields.contains(field) || !named.names_the_header() {
                    wrong.push(format!("{h:?}: {fields:?}, expected {field}"));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// The partners' phrasings of the four questions (once the built-in aliases; 1,411 of
    /// them): each is found by the vocabulary's words alone.
    #[test]
    fn every_partners_phrasing_of_the_four_questions_is_found_by_its_words() {
        let index = HeaderIndex::new(&words_only());
        let corpus: std::collections::BTreeMap<String, Vec<String>> =
            toml::from_str(include_str!("../../tests/fixtures/question-phrasings.toml")).unwrap();
        let builtin = Config::builtin();
        let (mut wrong, mut all) = (Vec::new(), 0);
        for (i, id) in QUESTIONS.iter().enumerate() {
            let q = builtin.questions.iter().find(|q| q.id == *id).unwrap();
            for alias in corpus[*id].iter().chain(&q.aliases).chain([&q.label]) {
                all += 1;
                let found = index.lookup(alias).question.map(|(q, _)| QUESTIONS[q]);
                if found != Some(QUESTIONS[i]) {
                    wrong.push(format!("{alias:?}: {found:?}, expected {id}"));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} of {all}:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    /// The four questions as forms in each of the 25 languages ask them (formal and informal,
    /// with and without a scale, indirect ones), written before the vocabulary was widened to
    /// find them: each is found by the vocabulary's words alone; and questions that are none
    /// of the four (a consent, how one heard of the lab, coming again, the respondent's
    /// organisation and sector) are found as none.
    #[test]
    fn every_languages_phrasing_of_the_four_questions_is_found_and_nothing_else() {
        let index = HeaderIndex::new(&words_only());
        let corpus: std::collections::BTreeMap<String, Vec<String>> = toml::from_str(include_str!(
            "../../tests/fixtures/question-phrasings-eu.toml"
        ))
        .unwrap();
        // Found by no word: "find" is also "How did you find out about the workshop?", and
        // "all in all" is one word twice.
        const UNFOUND: &[&str] =
            &["All in all, how did you find the workshop? (1 = poor, 5 = excellent)"];
        // The noun of organising is, in most languages, also the organisation one works for
        // ("How many employees does your organisation have?", "organizacija", "Organisation")
        // and what a consent to "the organisation of the event" says: by that one word such a
        // header is the organisation question, and its values tell (a count's numbers, a
        // consent's one answer). Where the languages have two words ("organizarea" and
        // "organizația", "szervezés" and "szervezet", "οργάνωση" and "οργανισμός") it is none.
        // (Maltese joins the article: "l-organizzazzjoni".)
        let organising = |found: Option<(usize, Evidence)>| match found {
            Some((q, Evidence::Words { phrase, .. })) => {
                let word = fold(&phrase.text);
                QUESTIONS[q] == "organisation"
                    && phrase.words == 1
                    && ["organ", "lorgan", "szervez", "korralda", "jarjest", "eagru"]
                        .iter()
                        .any(|root| word.starts_with(root))
            }
            _ => false,
        };
        let (mut wrong, mut all) = (Vec::new(), 0);
        for id in QUESTIONS.iter().copied().map(Some).chain([None]) {
            for header in &corpus[id.unwrap_or("none")] {
                all += 1;
                let named = index.lookup(header).question;
                let found = named.map(|(q, _)| QUESTIONS[q]);
                let fine = match id {
                    Some(_) => found == id || found.is_none() && UNFOUND.contains(&header.as_str()),
                    None => found.is_none() || organising(named),
                };
                if !fine {
                    wrong.push(format!("{header:?}: {found:?}, expected {id:?}"));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} of {all}:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    #[test]
    fn a_header_is_matched_by_its_words_whatever_else_it_says() {
        let index = HeaderIndex::new(&words_only());
        let field = |h: &str| index.lookup(h).field.map(|(f, _)| f.name());
        let question = |h: &str| index.lookup(h).question.map(|(q, _)| QUESTIONS[q]);
        for (header, expected) in [
            ("Tipo di ente rappresentato", "stakeholder_type"),
            ("Tipo de entidad", "stakeholder_type"),
            ("Rodzaj instytucji", "stakeholder_type"),
            ("Art der Organisation", "stakeholder_type"),
            ("Denumirea instituției", "organisation"),
            ("Nome dell'ente", "organisation"),
            ("Nazwa organizacji", "organisation"),
        ] {
            assert_eq!(field(header), Some(expected), "{header}");
        }
        for (header, expected) in [
            ("Zadovoljstvo radionicom (1-5)", "overall"),
            ("Organizzazione dell'evento (1-5)", "organisation"),
            ("Valutazione generale dell'incontro", "overall"),
            ("¿Recomendaría este taller a un colega? (0-10)", "recommend"),
            (
                "How satisfied were you with the organisation?",
                "organisation",
            ),
        ] {
            assert_eq!(question(header), Some(expected), "{header}");
        }
    }
}
