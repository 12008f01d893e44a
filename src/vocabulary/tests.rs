//! The vocabulary's files and its matching: every language covers every field and built-in
//! question, and headers are found by their words.

use super::*;

fn meaning_of(header: &str) -> Option<&'static str> {
    vocabulary()
        .find(header)
        .first()
        .map(|f| f.phrase.meaning.key())
}

#[test]
fn every_file_parses_and_covers_every_field_and_built_in_question() {
    assert!(LANGUAGES.len() >= 25, "{} languages", LANGUAGES.len());
    for (code, text) in LANGUAGES {
        let file: RawFile = toml::from_str(text).unwrap_or_else(|e| panic!("{code}: {e}"));
        for key in FIELDS {
            assert!(
                file.fields.get(key).is_some_and(|l| !l.is_empty()),
                "{code}.toml has no [fields] {key}"
            );
        }
        for key in QUESTIONS {
            assert!(
                file.questions.get(key).is_some_and(|l| !l.is_empty()),
                "{code}.toml has no [questions] {key}"
            );
        }
        assert!(
            !file.yes_no.yes.is_empty() && !file.yes_no.no.is_empty(),
            "{code}"
        );
        let outcomes = file
            .outcomes
            .as_ref()
            .unwrap_or_else(|| panic!("{code}.toml has no [outcomes]"));
        for key in OUTCOME_COLUMNS.iter().chain(&["question"]) {
            assert!(
                outcomes.get(*key).is_some_and(|l| !l.is_empty()),
                "{code}.toml has no [outcomes] {key}"
            );
        }
        let counts = file
            .counts
            .as_ref()
            .unwrap_or_else(|| panic!("{code}.toml has no [counts]"));
        assert!(
            !counts.words.is_empty(),
            "{code}.toml has no [counts] words"
        );
        let scales = file
            .scales
            .as_ref()
            .unwrap_or_else(|| panic!("{code}.toml has no [scales]"));
        assert!(
            !scales.between.is_empty(),
            "{code}.toml has no [scales] between"
        );
        let o = file
            .organisations
            .as_ref()
            .unwrap_or_else(|| panic!("{code}.toml has no [organisations]"));
        assert!(
            !o.legal_forms.is_empty() && !o.none.is_empty(),
            "{code}.toml: [organisations] legal_forms and none"
        );
        let m = file
            .meetings
            .unwrap_or_else(|| panic!("{code}.toml has no [meetings]"));
        for (key, list) in [
            ("join", &m.join),
            ("leave", &m.leave),
            ("duration", &m.duration),
            ("role", &m.role),
            ("staff", &m.staff),
            ("hours", &m.hours),
            ("minutes", &m.minutes),
            ("seconds", &m.seconds),
        ] {
            assert!(!list.is_empty(), "{code}.toml has no [meetings] {key}");
        }
    }
    vocabulary();
}

#[test]
fn meeting_reports_headers_roles_and_units_in_the_tools_languages() {
    // Teams' and Zoom's headers as they write them in French, Polish, German and Italian.
    for (header, key) in [
        ("Heure d'arrivée", "join"),
        ("Heure de départ", "leave"),
        ("Pierwsze dołączenie", "join"),
        ("Ostatnie wyjście", "leave"),
        ("Czas udziału w spotkaniu", "duration"),
        ("Ora di ingresso", "join"),
        ("Ora di uscita", "leave"),
        ("Durata (minuti)", "duration"),
        ("Rolle", "role"),
    ] {
        let found = vocabulary().find(header);
        assert!(
            found
                .iter()
                .any(|f| matches!(f.phrase.meaning, Meaning::Meeting(_))
                    && f.phrase.meaning.key() == key),
            "{header}: {:?}",
            found
                .iter()
                .map(|f| f.phrase.meaning.key())
                .collect::<Vec<_>>()
        );
    }
    let v = vocabulary();
    for staff in [
        "Organizer",
        "Organisateur",
        "Organizator",
        "Organizzatore",
        "Co-host",
    ] {
        assert!(v.is_staff(&fold(staff)), "{staff}");
    }
    assert!(!v.is_staff(&fold("Presenter")));
    // "2 godz. 18 min 8 s" (Polish Teams), "59 Min. 0 Sek." (German), "1 val." (Lithuanian).
    for (unit, minutes) in [
        ("godz", 60.0),
        ("val", 60.0),
        ("min", 1.0),
        ("sek", 1.0 / 60.0),
    ] {
        assert_eq!(v.unit_minutes(unit), Some(minutes), "{unit}");
    }
}

#[test]
fn words_are_cut_at_spaces_and_punctuation_and_folded_a_hyphen_joins() {
    let w: Vec<String> = words("Nome dell'ente (E-mail) / Ονοματεπώνυμο #").collect();
    assert_eq!(w, ["nome", "dell", "ente", "email", "onomateponumo", "#"]);
}

#[test]
fn a_phrase_with_more_words_wins() {
    // "tipo ente" (stakeholder type) beats "ente" (organisation); "nome ente" beats "nome".
    assert_eq!(
        meaning_of("Tipo di ente rappresentato"),
        Some("stakeholder_type")
    );
    assert_eq!(meaning_of("Nome dell'ente"), Some("organisation"));
    assert_eq!(meaning_of("Organisation name"), Some("organisation"));
    assert_eq!(meaning_of("Phone number"), Some("phone"));
}

#[test]
fn a_stem_matches_the_words_it_begins() {
    let v = Vocabulary::parse(&[(
        "xx",
        r#"language = "xx"
name = "Test"
[words]
ignore = ["of"]
[fields]
organisation = ["organi*"]
[questions]
overall = ["satisf*"]
[yes_no]
yes = ["yes"]
no = ["no"]
"#,
    )])
    .unwrap();
    let keys =
        |h: &str| -> Vec<&str> { v.find(h).iter().map(|f| f.phrase.meaning.key()).collect() };
    assert_eq!(keys("Organizacji"), ["organisation"]);
    assert_eq!(keys("Name of the organisation"), ["organisation"]);
    assert_eq!(keys("Satisfaction"), ["overall"]);
    assert_eq!(keys("Orga"), Vec::<&str>::new());
    // Whole or a part: "Name of the organisation" has two words beside "of", the phrase one.
    let found = v.find("Name of the organisation");
    assert!(!found[0].whole());
    assert!(v.find("Organisation").first().unwrap().whole());
}

#[test]
fn a_stem_shorter_than_four_letters_is_refused_with_its_file() {
    let e = Vocabulary::parse(&[(
        "xx",
        "language = \"xx\"\nname = \"T\"\n[words]\nignore = []\n[fields]\norganisation = [\"org*\"]\n[questions]\n[yes_no]\nyes = []\nno = []\n",
    )])
    .err()
    .unwrap();
    assert_eq!(
        e,
        "vocabulary/xx.toml: the stem \"org*\" in \"org*\" is shorter than 4 letters"
    );
}

#[test]
fn every_file_gives_keywords_to_every_stakeholder_type_and_sector_and_none_to_two() {
    // Every built-in id but `other`, which no keyword names.
    let builtin = crate::config::Config::builtin();
    let ids = |t: &crate::config::Taxonomy| -> Vec<String> {
        t.ids()
            .filter(|id| *id != "other")
            .map(str::to_string)
            .collect()
    };
    let (types, sectors) = (ids(&builtin.stakeholder_types), ids(&builtin.sectors));
    for (code, text) in LANGUAGES {
        let file: RawFile = toml::from_str(text).unwrap();
        for (name, table, ids) in [
            ("stakeholder_types", &file.stakeholder_types, &types),
            ("sectors", &file.sectors, &sectors),
        ] {
            let table = table
                .as_ref()
                .unwrap_or_else(|| panic!("{code}.toml has no [{name}]"));
            let mut seen: HashMap<String, &str> = HashMap::new();
            for id in ids.iter().map(String::as_str) {
                let keywords = table.get(id);
                assert!(
                    keywords.is_some_and(|k| !k.is_empty()),
                    "{code}.toml: [{name}] {id} has no keywords"
                );
                for k in keywords.unwrap() {
                    if let Some(other) = seen.insert(fold(k), id) {
                        assert_eq!(
                            other, id,
                            "{code}.toml: [{name}] \"{k}\" is {other}'s and {id}'s"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_word_two_languages_give_two_meanings_is_left_out_the_rest_kept() {
    let file = |code: &str, extra: &str| {
        format!(
            "language = \"{code}\"\nname = \"T\"\n[words]\nignore = []\n[fields]\n[questions]\n[yes_no]\nyes = []\nno = []\n{extra}"
        )
    };
    let a = file(
        "aa",
        "[likert]\n\"Bene\" = 4\n\"Molto\" = 5\n[stakeholder_types]\nngo = [\"Verein\", \"Fondo\"]\n[sectors]\n",
    );
    let b = file(
        "bb",
        "[likert]\n\"bene\" = 3\n\"molto\" = 5\n[stakeholder_types]\nbusiness = [\"Fondo\"]\nngo = [\"verein\"]\n[sectors]\n",
    );
    let v = Vocabulary::parse(&[("aa", &a), ("bb", &b)]).unwrap();
    // "bene" is 4 in one language and 3 in the other: neither; "molto" is 5 in both.
    assert_eq!(v.likert, [("molto".to_string(), 5.0)]);
    // "Fondo" is an NGO's word in one and a business's in the other: neither; "Verein" is
    // the NGO's in both, kept as first written.
    assert_eq!(
        v.stakeholder_type_keywords,
        [("ngo".to_string(), "Verein".to_string())]
    );
}

#[test]
fn a_file_or_sheet_named_as_a_sign_in_list_is_told_in_any_language_a_registration_list_is_not() {
    let v = vocabulary();
    for name in [
        "Lista de prezență.xlsx",
        "Aanwezigheidslijst LLL2.xlsx",
        "Sign-in sheet",
        "Foglio presenze 12-05.xlsx",
    ] {
        assert!(v.names_sign_in(name), "{name}");
    }
    for name in [
        "Inscrieri.xlsx",
        "Registrations.csv",
        "Presentation.xlsx",
        "Feedback (Responses).csv",
        // A sign-in word beside a registration word: who registered ("participants'
        // registration", "registered attendees", "iscrizioni partecipanti").
        "Dalyvių registracija.xlsx",
        "Registered attendees.csv",
        "Prijave sudionika - prisutni.xlsx",
    ] {
        assert!(!v.names_sign_in(name), "{name}");
    }
    // Every language's sign-in words are no registration words of another.
    let file_names = [
        "Dalyvių sąrašas",
        "Lista obecności",
        "Anwesenheitsliste",
        "Feuille d'émargement",
    ];
    for name in file_names {
        assert!(v.names_sign_in(name), "{name}");
    }
}

#[test]
fn outcome_sheets_columns_are_named_in_every_language() {
    let v = vocabulary();
    let kind = |header: &str| v.outcome_column(&fold(header)).map(|k| OUTCOME_COLUMNS[k]);
    for (code, header, key) in [
        ("bg", "Следваща стъпка", "next_step"),
        ("cs", "Nápady", "idea"),
        ("da", "Ansvarlig", "owner"),
        ("de", "Nächster Schritt", "next_step"),
        ("de", "Frist", "deadline"),
        ("el", "Ιδέα", "idea"),
        ("en", "Next steps", "next_step"),
        ("es", "Propuesta", "idea"),
        ("et", "Tähtaeg", "deadline"),
        ("fi", "Ehdotus", "idea"),
        ("fr", "Échéance", "deadline"),
        ("ga", "Smaoineamh", "idea"),
        ("hr", "Sljedeći korak", "next_step"),
        ("hu", "Ötlet", "idea"),
        ("it", "Prossimo passo", "next_step"),
        ("lt", "Kitas žingsnis", "next_step"),
        ("lv", "Priekšlikums", "idea"),
        ("mt", "Il-pass li jmiss", "next_step"),
        ("nl", "Volgende stap", "next_step"),
        ("no", "Forslag", "idea"),
        ("pl", "Pomysł", "idea"),
        ("pt", "Próximo passo", "next_step"),
        ("ro", "Termen limită", "deadline"),
        ("sk", "Návrhy", "idea"),
        ("sl", "Predlog", "idea"),
        ("sv", "Förslag", "idea"),
    ] {
        assert_eq!(kind(header), Some(key), "{code}: {header}");
    }
    // A word two kinds are given is the first kind's: "Host" is a person, "Gazdă" too.
    assert_eq!(kind("Host"), Some("person"));
    assert!(v.is_idea_word("idee") && !v.is_idea_word("tema"));
    assert!(v.is_outcome_question(&fold("Întrebare")) && v.is_outcome_question("frage"));
}

#[test]
fn an_outcomes_key_that_is_no_kind_or_a_phrase_of_five_words_is_refused() {
    let file = |outcomes: &str| {
        format!(
            "language = \"xx\"\nname = \"T\"\n[words]\nignore = []\n[fields]\n[questions]\n[yes_no]\nyes = []\nno = []\n[outcomes]\n{outcomes}\n"
        )
    };
    let e = Vocabulary::parse(&[("xx", &file("ideas = [\"idea\"]"))])
        .err()
        .unwrap();
    assert!(
        e.starts_with("vocabulary/xx.toml: [outcomes] ideas is none of person, owner"),
        "{e}"
    );
    let e = Vocabulary::parse(&[("xx", &file("types = [\"who was at the table\"]"))])
        .err()
        .unwrap();
    assert_eq!(
        e,
        "vocabulary/xx.toml: [outcomes] \"who was at the table\" has more than 4 words"
    );
}

#[test]
fn count_questions_and_scale_joiners_are_known_in_every_language() {
    let v = vocabulary();
    let count = |q: &str| v.asks_for_a_count(&question_words(q));
    for (code, question) in [
        ("bg", "Каква е вашата възраст?"),
        ("cs", "Kolik zaměstnanců máte?"),
        ("da", "Hvor mange ansatte?"),
        ("de", "Anzahl der Mitarbeitenden"),
        ("el", "Ηλικία"),
        ("en", "How old are you?"),
        ("es", "Edad"),
        ("et", "Mitu töötajat?"),
        ("fi", "Ikä"),
        ("fr", "Nombre de salariés"),
        ("ga", "Cé mhéad fostaí?"),
        ("hr", "Broj zaposlenih"),
        ("hu", "Életkor"),
        ("it", "Quanti dipendenti?"),
        ("lt", "Amžius"),
        ("lv", "Darbinieku skaits"),
        ("mt", "Kemm-il persuna?"),
        ("nl", "Hoe oud bent u?"),
        ("no", "Antall ansatte"),
        ("pl", "Wiek"),
        ("pt", "Quantos funcionários?"),
        ("ro", "Vârsta"),
        ("sk", "Počet zamestnancov"),
        ("sl", "Število zaposlenih"),
        ("sv", "Ålder"),
    ] {
        assert!(count(question), "{code}: {question}");
    }
    assert!(!count("How satisfied were you?"));
    // A phrase's words one after another, not apart.
    assert!(!count("How was the number one speaker? Many thanks"));
    for joiner in [
        "to", "la", "tm", "bis", "do", "till", "til", "kuni", "lidz", "go", "sa",
    ] {
        assert!(v.joins_a_scale(joiner), "{joiner}");
    }
    assert!(!v.joins_a_scale("and"));
}

#[test]
fn a_count_word_of_two_words_or_a_phrase_of_one_is_refused() {
    let file = |counts: &str| {
        format!(
            "language = \"xx\"\nname = \"T\"\n[words]\nignore = []\n[fields]\n[questions]\n[yes_no]\nyes = []\nno = []\n[counts]\n{counts}\n"
        )
    };
    let e = Vocabulary::parse(&[("xx", &file("words = [\"how many\"]"))])
        .err()
        .unwrap();
    assert_eq!(
        e,
        "vocabulary/xx.toml: [counts] words: \"how many\" is not one word (a phrase's place is phrases)"
    );
    let e = Vocabulary::parse(&[("xx", &file("phrases = [\"age\"]"))])
        .err()
        .unwrap();
    assert_eq!(
        e,
        "vocabulary/xx.toml: [counts] phrases: \"age\" is not two words or more (a word's place is words)"
    );
}

#[test]
fn legal_forms_are_cut_as_names_are_and_a_form_of_no_letters_is_refused() {
    let v = vocabulary();
    let words = |name: &str| organisation_words(name);
    // "Sp. z o.o." is two words, taken off together; "S.R.L." one.
    let name = words("Nowak Sp. z o.o.");
    assert_eq!(name, ["nowak", "sp", "zoo"]);
    assert_eq!(v.without_legal_forms(&name), Some(0..1));
    let name = words("SC Banat Tech S.R.L.");
    assert_eq!(v.without_legal_forms(&name), Some(1..3));
    assert_eq!(v.without_legal_forms(&words("S.R.L.")), None);
    assert!(v.means_no_organisation("na") && v.means_no_organisation("keine"));
    let e = Vocabulary::parse(&[(
        "xx",
        "language = \"xx\"\nname = \"T\"\n[words]\nignore = []\n[fields]\n[questions]\n[yes_no]\nyes = []\nno = []\n[organisations]\nlegal_forms = [\"&\"]\nnone = []\n",
    )])
    .err()
    .unwrap();
    assert_eq!(
        e,
        "vocabulary/xx.toml: [organisations] legal_forms: \"&\" has no letters"
    );
}

#[test]
fn every_month_name_reads_as_its_month_and_no_start_names_two_but_listopad() {
    use std::collections::{BTreeMap, BTreeSet};
    // Each folded name or start of every file, with the months the files give it.
    let mut given: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    for (code, text) in LANGUAGES {
        let file: RawFile = toml::from_str(text).unwrap();
        let months = file
            .months
            .unwrap_or_else(|| panic!("{code}.toml has no [months]"));
        assert_eq!(months.len(), 12, "{code}.toml: [months] has 1 to 12");
        for (key, names) in &months {
            assert!(!names.is_empty(), "{code}.toml: [months] {key}");
            for name in names {
                let month = key.parse().unwrap();
                given.entry(fold(name)).or_default().insert(month);
            }
        }
    }
    // The one word two languages give two months: October in Croatian, November in Polish
    // and Czech. A new one is a choice to make, not to find out from a misread date.
    let two: Vec<&str> = given
        .iter()
        .filter(|(_, months)| months.len() > 1)
        .map(|(start, _)| start.as_str())
        .collect();
    assert_eq!(two, ["listopad", "listopada"]);
    // Every name reads as its month (not as another language's shorter start's), and a word
    // two languages give two months as none.
    let v = vocabulary();
    for (start, months) in &given {
        let month = (months.len() == 1).then(|| *months.first().unwrap());
        assert_eq!(v.month(start), month, "{start}");
    }
}

#[test]
fn a_month_start_of_two_letters_or_a_month_thirteen_is_refused() {
    let file = |months: &str| {
        format!(
            "language = \"xx\"\nname = \"T\"\n[words]\nignore = []\n[fields]\n[questions]\n[yes_no]\nyes = []\nno = []\n[months]\n{months}\n"
        )
    };
    let e = Vocabulary::parse(&[("xx", &file("5 = [\"ma\"]"))])
        .err()
        .unwrap();
    assert_eq!(
        e,
        "vocabulary/xx.toml: [months] 5: \"ma\" is not 3 letters or more"
    );
    let e = Vocabulary::parse(&[("xx", &file("13 = [\"undecimber\"]"))])
        .err()
        .unwrap();
    assert_eq!(e, "vocabulary/xx.toml: [months] 13 is no month (1 to 12)");
}

#[test]
fn titles_are_single_words_folded_and_a_title_of_two_words_is_refused() {
    let v = vocabulary();
    for title in [
        "dr", "prof", "dottssa", "sigra", "mrsc", "ing", "mgr", "phd", "mme",
    ] {
        assert!(v.is_title(title), "{title}");
    }
    // Names and particles of names are no titles, in any language.
    for word in ["di", "de", "don", "jr", "eng", "ana", "pan"] {
        assert!(!v.is_title(word), "{word}");
    }
    let file = |titles: &str| {
        format!(
            "language = \"xx\"\nname = \"T\"\n[words]\nignore = []\n[fields]\n[questions]\n[yes_no]\nyes = []\nno = []\n[names]\ntitles = [{titles}]\n"
        )
    };
    assert!(Vocabulary::parse(&[("xx", &file("\"Dr.\", \"dott.ssa\""))]).is_ok());
    let e = Vocabulary::parse(&[("xx", &file("\"dr. med.\""))])
        .err()
        .unwrap();
    assert_eq!(
        e,
        "vocabulary/xx.toml: [names] titles: \"dr. med.\" is not one word of letters, 12 at most (write \"dr. med.\" as \"dr\", \"med\")"
    );
}
