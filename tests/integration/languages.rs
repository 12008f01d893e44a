//! Reads every European language (issue 28): a partner's registration list and feedback form
//! in a language beyond the project's six, with no config at all. Each case is written as a
//! secretary or Google Forms in that language heads its columns (hand-kept lists in
//! rust_xlsxwriter's xlsx; Forms' own localised timestamp column), in Latin, Greek and
//! Cyrillic script. The figures are worked out by hand below, the stakeholder types and
//! sectors as each language writes them among them.

use serde_json::{Value, json};

use crate::common::{Fixture, counts};

/// One language's lab: the headers of its registration list and of its feedback form, and
/// its answers.
struct Case {
    code: &'static str,
    /// Name, e-mail, organisation, type of organisation, sector, present.
    registration_headers: [&'static str; 6],
    types: [&'static str; 4],
    sectors: [&'static str; 4],
    yes: &'static str,
    no: &'static str,
    /// Timestamp, overall (1-5), usefulness (1-5), organisation (1-5), recommend (0-10),
    /// comments.
    feedback_headers: [&'static str; 6],
}

const CASES: &[Case] = &[
    Case {
        code: "de",
        registration_headers: [
            "Vor- und Nachname",
            "E-Mail-Adresse",
            "Name der Organisation",
            "Art der Organisation",
            "Branche",
            "Anwesend",
        ],
        types: ["Stadtverwaltung", "Universität", "Start-up", "Verein"],
        sectors: ["Kultur", "IT", "Tourismus", "Kultur"],
        yes: "ja",
        no: "nein",
        feedback_headers: [
            "Zeitstempel",
            "Wie zufrieden sind Sie insgesamt mit dem Workshop? (1-5)",
            "Wie nützlich war der Workshop für Ihre Arbeit? (1-5)",
            "Wie bewerten Sie die Organisation der Veranstaltung? (1-5)",
            "Wie wahrscheinlich ist es, dass Sie den Workshop einem Kollegen empfehlen? (0-10)",
            "Anmerkungen",
        ],
    },
    Case {
        code: "fr",
        registration_headers: [
            "Nom et prénom",
            "Adresse e-mail",
            "Organisme",
            "Type d'organisme",
            "Secteur d'activité",
            "Présent(e)",
        ],
        types: ["Mairie", "Université", "Start-up", "Association"],
        sectors: ["Culture", "Numérique", "Tourisme", "Culture"],
        yes: "oui",
        no: "non",
        feedback_headers: [
            "Horodateur",
            "Quel est votre niveau de satisfaction globale ? (1-5)",
            "L'atelier vous a-t-il été utile ? (1-5)",
            "Comment évaluez-vous l'organisation de l'atelier ? (1-5)",
            "Recommanderiez-vous cet atelier à un collègue ? (0-10)",
            "Commentaires",
        ],
    },
    Case {
        code: "es",
        registration_headers: [
            "Nombre y apellidos",
            "Correo electrónico",
            "Entidad",
            "Tipo de entidad",
            "Sector",
            "Asistió",
        ],
        types: ["Ayuntamiento", "Universidad", "Startup", "Asociación"],
        sectors: ["Cultura", "TIC", "Turismo", "Cultura"],
        yes: "Sí",
        no: "No",
        feedback_headers: [
            "Marca temporal",
            "Grado de satisfacción general con el taller (1-5)",
            "Utilidad del taller para su trabajo (1-5)",
            "Valoración de la organización (1-5)",
            "¿Recomendaría este taller a un colega? (0-10)",
            "Sugerencias",
        ],
    },
    Case {
        code: "pt",
        registration_headers: [
            "Nome completo",
            "E-mail",
            "Instituição",
            "Tipo de instituição",
            "Setor de atividade",
            "Presença",
        ],
        types: ["Câmara Municipal", "Universidade", "Startup", "Associação"],
        sectors: ["Cultura", "TIC", "Turismo", "Cultura"],
        yes: "Sim",
        no: "Não",
        feedback_headers: [
            "Carimbo de data/hora",
            "Satisfação global com o workshop (1-5)",
            "Quão útil foi o workshop? (1-5)",
            "Organização do evento (1-5)",
            "Recomendaria este workshop a um colega? (0-10)",
            "Comentários",
        ],
    },
    Case {
        code: "pl",
        registration_headers: [
            "Imię i nazwisko",
            "Adres e-mail",
            "Nazwa instytucji",
            "Rodzaj instytucji",
            "Sektor",
            "Obecność",
        ],
        types: ["Urząd miasta", "Uniwersytet", "Startup", "Stowarzyszenie"],
        sectors: ["Kultura", "IT", "Turystyka", "Kultura"],
        yes: "tak",
        no: "nie",
        feedback_headers: [
            "Sygnatura czasowa",
            "Jak bardzo jest Pan/Pani zadowolony/a z warsztatów? (1-5)",
            "Przydatność warsztatów (1-5)",
            "Organizacja warsztatów (1-5)",
            "Czy poleciłby Pan/Pani warsztaty koledze? (0-10)",
            "Uwagi",
        ],
    },
    Case {
        code: "cs",
        registration_headers: [
            "Jméno a příjmení",
            "E-mail",
            "Organizace",
            "Typ organizace",
            "Obor činnosti",
            "Přítomen",
        ],
        types: ["Magistrát", "Univerzita", "Startup", "Spolek"],
        sectors: ["Kultura", "IT", "Cestovní ruch", "Kultura"],
        yes: "ano",
        no: "ne",
        feedback_headers: [
            "Časová značka",
            "Celková spokojenost s workshopem (1-5)",
            "Užitečnost workshopu (1-5)",
            "Organizace akce (1-5)",
            "Doporučil(a) byste workshop kolegovi? (0-10)",
            "Připomínky",
        ],
    },
    Case {
        code: "sv",
        registration_headers: [
            "Namn",
            "E-postadress",
            "Organisation",
            "Typ av organisation",
            "Bransch",
            "Närvarande",
        ],
        types: ["Kommun", "Universitet", "Startup", "Förening"],
        sectors: ["Kultur", "IT", "Turism", "Kultur"],
        yes: "Ja",
        no: "Nej",
        feedback_headers: [
            "Tidstämpel",
            "Hur nöjd är du överlag med workshopen? (1-5)",
            "Hur användbar var workshopen? (1-5)",
            "Hur bedömer du organisationen av evenemanget? (1-5)",
            "Hur troligt är det att du skulle rekommendera workshopen till en kollega? (0-10)",
            "Kommentarer",
        ],
    },
    Case {
        code: "hu",
        registration_headers: [
            "Név",
            "E-mail cím",
            "Szervezet neve",
            "Szervezet típusa",
            "Ágazat",
            "Jelen volt",
        ],
        types: ["Önkormányzat", "Egyetem", "Startup", "Egyesület"],
        sectors: ["Kultúra", "IT", "Turizmus", "Kultúra"],
        yes: "igen",
        no: "nem",
        feedback_headers: [
            "Időbélyeg",
            "Mennyire elégedett összességében a műhelymunkával? (1-5)",
            "Mennyire volt hasznos a műhelymunka? (1-5)",
            "Hogyan értékeli a rendezvény szervezését? (1-5)",
            "Mennyire valószínű, hogy ajánlaná a műhelymunkát egy kollégájának? (0-10)",
            "Megjegyzések",
        ],
    },
    Case {
        code: "el",
        registration_headers: [
            "Ονοματεπώνυμο",
            "Email",
            "Φορέας",
            "Τύπος φορέα",
            "Τομέας δραστηριότητας",
            "Παρών",
        ],
        types: ["Δήμος", "Πανεπιστήμιο", "Νεοφυής επιχείρηση", "Σύλλογος"],
        sectors: ["Πολιτισμός", "Πληροφορική", "Τουρισμός", "Πολιτισμός"],
        yes: "Ναι",
        no: "Όχι",
        feedback_headers: [
            "Χρονική σήμανση",
            "Συνολική ικανοποίηση από το εργαστήριο (1-5)",
            "Πόσο χρήσιμο ήταν το εργαστήριο; (1-5)",
            "Οργάνωση της εκδήλωσης (1-5)",
            "Θα προτείνατε το εργαστήριο σε έναν συνάδελφο; (0-10)",
            "Σχόλια",
        ],
    },
    Case {
        code: "bg",
        registration_headers: [
            "Име и фамилия",
            "Имейл",
            "Организация",
            "Вид на организацията",
            "Сектор",
            "Присъствал",
        ],
        types: ["Община", "Университет", "Стартъп", "Сдружение"],
        sectors: ["Култура", "ИКТ", "Туризъм", "Култура"],
        yes: "Да",
        no: "Не",
        feedback_headers: [
            "Клеймо за време",
            "Обща удовлетвореност от семинара (1-5)",
            "Колко полезен беше семинарът? (1-5)",
            "Организация на събитието (1-5)",
            "Бихте ли препоръчали семинара на колега? (0-10)",
            "Коментари",
        ],
    },
];

/// Writes one case's lab: four registered people (the fourth did not come), each of their
/// own organisation, and five feedback responses.
fn write_case(f: &Fixture, case: &Case) -> String {
    let lab = format!("inputs/partner-{}/2024-05-14-lab1", case.code);
    let people = [
        ("Alma Berg", "alma@example.eu", "Org One"),
        ("Bruno Costa", "bruno@example.eu", "Org Two"),
        ("Clara Dinu", "clara@example.eu", "Org Three"),
        ("Dario Elia", "dario@example.eu", "Org Four"),
    ];
    let mut rows: Vec<Vec<&str>> = vec![case.registration_headers.to_vec()];
    for (i, (name, email, org)) in people.iter().enumerate() {
        let present = if i == 3 { case.no } else { case.yes };
        rows.push(vec![
            name,
            email,
            org,
            case.types[i],
            case.sectors[i],
            present,
        ]);
    }
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    f.xlsx(&format!("{lab}/registrations.xlsx"), &[("Sheet1", &rows)]);
    let answers: [[&str; 6]; 5] = [
        ["2024/05/14 18:01:00", "5", "4", "5", "10", "Ok"],
        ["2024/05/14 18:02:00", "4", "4", "3", "9", ""],
        ["2024/05/14 18:03:00", "4", "5", "4", "8", ""],
        ["2024/05/14 18:05:00", "3", "2", "4", "6", "—"],
        ["2024/05/14 18:09:00", "5", "5", "5", "10", ""],
    ];
    let mut rows: Vec<&[&str]> = vec![&case.feedback_headers];
    rows.extend(answers.iter().map(|a| a.as_slice()));
    f.xlsx(
        &format!("{lab}/feedback.xlsx"),
        &[("Form responses 1", &rows)],
    );
    format!("partner-{}/2024-05-14-lab1", case.code)
}

#[test]
fn registrations_attendance_and_the_four_questions_are_read_in_ten_more_languages() {
    let f = Fixture::new();
    let keys: Vec<String> = CASES.iter().map(|c| write_case(&f, c)).collect();
    let (run, s) = f.build();
    let mut wrong = Vec::new();
    for (case, key) in CASES.iter().zip(&keys) {
        let l = &s["labs"][key.as_str()];
        // Four registered, three came (the fourth answered no).
        let expect = |what: &str, got: &Value, want: Value| {
            (got != &want).then(|| format!("{}: {what} is {got}, expected {want}", case.code))
        };
        wrong.extend(expect("registrations", &l["registrations"], json!(4)));
        wrong.extend(expect("attendees", &l["attendees"], json!(3)));
        wrong.extend(expect("responses", &l["feedback_responses"], json!(5)));
        // Overall (5+4+4+3+5)/5 = 4.2; usefulness (4+4+5+2+5)/5 = 4;
        // organisation (5+3+4+4+5)/5 = 4.2; recommend (10+9+8+6+10)/5 = 8.6, NPS: three
        // promoters (10, 9, 10), one detractor (6) of five = 40.
        for (q, mean) in [
            ("overall", 4.2),
            ("usefulness", 4.0),
            ("organisation", 4.2),
            ("recommend", 8.6),
        ] {
            wrong.extend(expect(q, &l["feedback_mean"][q], json!(mean)));
        }
        wrong.extend(expect("nps", &l["nps"]["recommend"], json!(40.0)));
        // The types as each language writes them: a city administration, a university, a
        // start-up, an association; the fourth did not come. Sectors: culture (people one and
        // four), IT, tourism.
        for (id, want) in [
            ("local_authority", counts(1, Some(1))),
            ("education", counts(1, Some(1))),
            ("business", counts(1, Some(1))),
            ("ngo", counts(1, Some(0))),
        ] {
            wrong.extend(expect(id, &l["by_stakeholder_type"][id], want));
        }
        for (id, want) in [
            ("cultural_creative", counts(2, Some(1))),
            ("ict", counts(1, Some(1))),
            ("tourism", counts(1, Some(1))),
        ] {
            wrong.extend(expect(id, &l["by_sector"][id], want));
        }
    }
    // The four built-in questions are the programme's: no question of its own per language.
    let unconfigured: Vec<&String> = s["questions"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, q)| q["configured"] == json!(false))
        .map(|(id, _)| id)
        .collect();
    assert!(wrong.is_empty(), "{}\n{}", wrong.join("\n"), run.stderr);
    assert_eq!(unconfigured, Vec::<&String>::new(), "{}", run.stderr);
    // The organisations of the people who came, each lab the same: Org One, Two and Three
    // (Org Four's person did not come).
    assert_eq!(s["indicators"]["cumulative"]["organisations"], json!(3));
    // Every label known, every column read: nothing to warn about.
    assert_eq!(run.code, 0, "{}", run.stderr);
}
