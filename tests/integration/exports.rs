//! Real-world exports, read as their tools write them (issue 4, in progress): columns found by
//! their content when the header is a question, and the content deciding between columns.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use serde_json::json;

use crate::common::{Fixture, assert_has_lines, counts};

/// Google Forms responses downloaded as xlsx from Sheets: a Timestamp column of real date
/// cells, "Email Address", then the questions' own texts as headers.
#[test]
fn google_forms_questions_are_recognised_by_their_answers() {
    let f = Fixture::new();
    write_google_forms(&f, "inputs/p/2019-09-30-lab");
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["p/2019-09-30-lab"];
    assert_eq!(lab["registrations"], 4);
    assert_eq!(lab["attendees"], json!(null));
    // Local authority: Ana; NGO: Ion; business: Eva (Start-up); education: Tom (University).
    for (t, n) in [
        ("local_authority", 1),
        ("ngo", 1),
        ("business", 1),
        ("education", 1),
    ] {
        assert_eq!(lab["by_stakeholder_type"][t], counts(n, None), "{t}");
    }
    // ICT: Ana, Eva; tourism: Ana; social economy: Ion; education: Tom.
    for (sector, n) in [
        ("ict", 2),
        ("tourism", 1),
        ("social_economy", 1),
        ("education", 1),
    ] {
        assert_eq!(lab["by_sector"][sector], counts(n, None), "{sector}");
    }

    // check says why each column was chosen.
    let check = f.run(&["check"]);
    assert!(
        check.stdout.contains(
            "      stakeholder type         ← D \"Which kind of organisation do you represent?\" [header words \"represent* organi*\" (en); its words also name organisation, and its values fit stakeholder type best (100%)]\n"
        ),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains("      sector                   ← E \"In which sectors do you work?\" [header words \"sectors\" (en); 100% of its values fit]\n"),
        "{}",
        check.stdout
    );
}

/// Microsoft Forms, anonymous: ID, Start time, Completion time, Email and Name come first and
/// say "anonymous"; the person's own e-mail is a question further right.
#[test]
fn an_anonymous_microsoft_form_takes_the_e_mail_from_the_question() {
    let f = Fixture::new();
    write_microsoft_forms(&f, "inputs/p/2020-02-20-lab");
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["p/2020-02-20-lab"];
    // Ana registered twice (the e-mail in capitals with spaces): Ana and Dan. Had the
    // "anonymous" column been read, everyone would have been one person.
    assert_eq!(lab["registrations"], 2);
    assert_eq!(lab["duplicates_removed"], 1);
    assert_eq!(
        lab["by_stakeholder_type"]["local_authority"],
        counts(1, None)
    );
    assert_eq!(lab["by_stakeholder_type"]["ngo"], counts(1, None));
    assert_eq!(lab["by_sector"]["ict"], counts(1, None));
    assert_eq!(lab["by_sector"]["tourism"], counts(1, None));
    let check = f.run(&["check"]);
    assert!(
        check.stdout.contains("      e-mail                   ← F \"Your e-mail address\" [header; its content fits better than column D's]\n"),
        "{}",
        check.stdout
    );
    assert!(
        check
            .stdout
            .contains("D \"Email\" (column F names the same field and its content fits better)"),
        "{}",
        check.stdout
    );
}

/// Eventbrite's attendee report: order and attendee columns, a buyer's e-mail beside the
/// attendee's, Attendee Status and Check-In Date, custom questions as extra columns.
#[test]
fn an_eventbrite_report_counts_those_checked_in() {
    let f = Fixture::new();
    write_eventbrite(&f, "inputs/p/lab-one");
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["p/lab-one"];
    // The folder name has no date and there is no lab.toml: the check-ins date the lab.
    assert_eq!(lab["date"], "2019-09-30");
    // Three attendees registered; Ana and Eva checked in, Ion did not.
    assert_eq!(lab["registrations"], 3);
    assert_eq!(lab["attendees"], 2);
    assert_eq!(lab["by_stakeholder_type"]["business"], counts(1, Some(1)));
    assert_eq!(lab["by_stakeholder_type"]["ngo"], counts(1, Some(0)));
    assert_eq!(lab["by_stakeholder_type"]["education"], counts(1, Some(1)));
    // The buyer who is not an attendee (mara@x.org) is nobody's registration.
    assert_eq!(s["totals"]["unique_registered_people"], 3);
}

/// A hand-kept list: a merged title cell, blank rows above the header, a running-number
/// column, labels with and without diacritics, a totals row with a formula, trailing blanks.
#[test]
fn a_hand_kept_list_with_a_title_and_a_totals_formula() {
    let f = Fixture::new();
    write_hand_kept(&f, "inputs/timisoara/2019-09-30-lll1");
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["timisoara/2019-09-30-lll1"];
    // Three people (not the title, not TOTAL, not the blank rows); Ana and Ioana marked X.
    assert_eq!(lab["registrations"], 3);
    assert_eq!(lab["attendees"], 2);
    // Primărie and Primarie: local authority (Ana came, Dan did not); Universitate: education.
    assert_eq!(
        lab["by_stakeholder_type"]["local_authority"],
        counts(2, Some(1))
    );
    assert_eq!(lab["by_stakeholder_type"]["education"], counts(1, Some(1)));
    // Turism, Cultura, Educatie (without its ț): tourism, cultural & creative, education.
    assert_eq!(lab["by_sector"]["tourism"], counts(1, Some(1)));
    assert_eq!(lab["by_sector"]["cultural_creative"], counts(1, Some(0)));
    assert_eq!(lab["by_sector"]["education"], counts(1, Some(1)));
    let check = f.run(&["check"]);
    assert!(
        check.stdout.contains("Lista participanti.xlsx › Participanți: registrations, 3 people, header in row 4, 1 totals row left out\n"),
        "{}",
        check.stdout
    );
}

/// One lab, three languages, three formats: a Dutch registration list (xlsx), an Italian
/// sign-in list (CSV, semicolons, Windows-1252) and a Lithuanian workbook (ods) with a
/// registration and a feedback sheet.
#[test]
fn a_lab_in_three_languages_and_three_formats() {
    let f = Fixture::new();
    let lab = "inputs/leeuwarden/2020-03-03-lll2";
    f.xlsx(
        &format!("{lab}/Aanmeldingen.xlsx"),
        &[(
            "Aanmeldingen",
            &[
                &[
                    "Voornaam",
                    "Achternaam",
                    "E-mailadres",
                    "Type organisatie",
                    "Sector",
                ],
                &["Anke", "de Vries", "anke@x.nl", "Gemeente", "Cultuur"],
                &["Jelle", "Bakker", "jelle@x.nl", "Bedrijf", "IKT; Toerisme"],
                &["Giulia", "Rossi", "giulia@x.it", "Scuola", "Istruzione"],
            ],
        )],
    );
    let (cp1252, _, bad) = encoding_rs::WINDOWS_1252.encode("Nome e cognome;Presente\r\nGiulia Rossi;Sì\r\nAnke de Vries;Sì\r\nJelle Bakker;No\r\nNiccolò Bianchi;Sì\r\n");
    assert!(!bad);
    f.file(&format!("{lab}/presenze.csv"), cp1252);
    let ods = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ods/inputs/kaunas/2022-03-01-lab1/Registracija.ods");
    // The Kaunas workbook's feedback sheet is Lithuanian; use it as the third language and format.
    std::fs::copy(ods, f.path().join(lab).join("atsiliepimai.ods")).unwrap();
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let l = &s["labs"]["leeuwarden/2020-03-03-lll2"];
    // Registrations: Anke, Jelle, Giulia from the xlsx, plus the ods's Registracija sheet
    // (Jonas, Rūta, Tomas): six. Sign-ins (Sì): Giulia, Anke; Niccolò is a walk-in. The ods's
    // Dalyvavo column says Jonas and Tomas came.
    assert_eq!(l["registrations"], 6);
    assert_eq!(l["walk_ins"], 1);
    assert_eq!(l["attendees"], 5);
    assert_eq!(
        l["by_stakeholder_type"]["local_authority"],
        counts(2, Some(2))
    );
    assert_eq!(l["by_stakeholder_type"]["business"], counts(2, Some(0)));
    assert_eq!(l["by_stakeholder_type"]["education"], counts(2, Some(2)));
    assert_eq!(l["by_stakeholder_type"]["unknown"], counts(0, Some(1)));
    // Feedback from the ods: overall 5, 4, 3 → 4.
    assert_eq!(l["feedback_responses"], 3);
    assert_eq!(l["feedback_mean"]["overall"], 4.0);
}

fn write_google_forms(f: &Fixture, lab: &str) {
    let path = f
        .path()
        .join(format!("{lab}/Registration (Responses).xlsx"));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Form responses 1").unwrap();
    let when = Format::new().set_num_format("dd/mm/yyyy hh:mm:ss");
    let header = [
        "Timestamp",
        "Email Address",
        "Your full name",
        "Which kind of organisation do you represent?",
        "In which sectors do you work?",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write(0, c as u16, *h).unwrap();
    }
    let rows = [
        (
            "ana@x.org",
            "Ana Pop",
            "Local public authority",
            "ICT, Tourism",
        ),
        (
            "ion@x.org",
            "Ion Rus",
            "NGO / civil society",
            "Social economy",
        ),
        ("eva@x.org", "Eva Lind", "Start-up", "ICT"),
        ("tom@x.org", "Tom Berg", "University", "Education"),
    ];
    for (i, (email, name, kind, sectors)) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        let t = ExcelDateTime::from_ymd(2019, 9, 20)
            .unwrap()
            .and_hms(10, i as u8, 0)
            .unwrap();
        ws.write_datetime_with_format(r, 0, &t, &when).unwrap();
        ws.write(r, 1, *email).unwrap();
        ws.write(r, 2, *name).unwrap();
        ws.write(r, 3, *kind).unwrap();
        ws.write(r, 4, *sectors).unwrap();
    }
    wb.save(&path).unwrap();
}

fn write_microsoft_forms(f: &Fixture, lab: &str) {
    f.xlsx(
        &format!("{lab}/Inscriere LLL2.xlsx"),
        &[(
            "Sheet1",
            &[
                &[
                    "ID",
                    "Start time",
                    "Completion time",
                    "Email",
                    "Name",
                    "Your e-mail address",
                    "Organisation type",
                    "Sector",
                ],
                &[
                    "1",
                    "2/10/20 9:01:12",
                    "2/10/20 9:03:40",
                    "anonymous",
                    "anonymous",
                    "ana@x.org",
                    "Autoritate publică locală",
                    "IT&C",
                ],
                &[
                    "2",
                    "2/10/20 9:05:02",
                    "2/10/20 9:06:10",
                    "anonymous",
                    "anonymous",
                    " ANA@x.org ",
                    "Autoritate publică locală",
                    "IT&C",
                ],
                &[
                    "3",
                    "2/11/20 14:20:00",
                    "2/11/20 14:22:31",
                    "anonymous",
                    "anonymous",
                    "dan@x.org",
                    "ONG",
                    "Turism",
                ],
            ],
        )],
    );
}

fn write_eventbrite(f: &Fixture, lab: &str) {
    f.file(
        &format!("{lab}/Attendee Summary Report.csv"),
        "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Barcode #,Buyer Last Name,Buyer First Name,Buyer Email,Attendee Status,Check-In Date,Organisation type,Sector\n\
         1001,2019-09-01 10:00,Ana,Pop,ana@x.org,1,General Admission,5001,900001,Pop,Ana,ana@x.org,Checked In,2019-09-30 09:55,Start-up,ICT\n\
         1002,2019-09-02 11:00,Ion,Rus,ion@x.org,1,General Admission,5002,900002,Rus,Mara,mara@x.org,Attending,,NGO,Tourism\n\
         1003,2019-09-03 12:00,Eva,Lind,eva@x.org,1,General Admission,5003,900003,Lind,Eva,eva@x.org,Checked In,2019-09-30 10:02,University,Education\n",
    );
}

fn write_hand_kept(f: &Fixture, lab: &str) {
    let path = f.path().join(format!("{lab}/Lista participanti.xlsx"));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Participanți").unwrap();
    let bold = Format::new().set_bold();
    ws.merge_range(
        0,
        0,
        0,
        5,
        "Atelier Local de Învățare — 30 septembrie 2019",
        &bold,
    )
    .unwrap();
    for (c, h) in [
        "Nr. crt.",
        "Nume și prenume",
        "E-mail",
        "Tip organizație",
        "Sector",
        "Prezent",
    ]
    .iter()
    .enumerate()
    {
        ws.write_with_format(3, c as u16, *h, &bold).unwrap();
    }
    let people = [
        ("Ana Popescu", "ana@x.ro", "Primărie", "Turism", "X"),
        ("Dan Ionescu", "dan@x.ro", "Primarie", "Cultura", ""),
        ("Ioana Stan", "ioana@x.ro", "Universitate", "Educatie", "X"),
    ];
    for (i, (name, email, kind, sector, came)) in people.iter().enumerate() {
        let r = 4 + i as u32;
        ws.write(r, 0, i as u32 + 1).unwrap();
        ws.write(r, 1, *name).unwrap();
        ws.write(r, 2, *email).unwrap();
        ws.write(r, 3, *kind).unwrap();
        ws.write(r, 4, *sector).unwrap();
        if !came.is_empty() {
            ws.write(r, 5, *came).unwrap();
        }
    }
    ws.write(7, 1, "TOTAL").unwrap();
    ws.write_formula(
        7,
        5,
        rust_xlsxwriter::Formula::new("=COUNTA(F5:F7)").set_result("2"),
    )
    .unwrap();
    // Trailing rows that only look empty (a border, a space).
    ws.write(10, 1, " ").unwrap();
    wb.save(&path).unwrap();
}

/// A clean English template holding `people`: (e-mail, stakeholder type, sectors, attended).
fn write_template(f: &Fixture, lab: &str, people: &[(&str, &str, &str, Option<bool>)]) {
    let with_attendance = people.iter().any(|p| p.3.is_some());
    let mut csv = String::from("Email,Stakeholder type,Sector");
    csv.push_str(if with_attendance { ",Attended\n" } else { "\n" });
    for (email, kind, sectors, attended) in people {
        csv.push_str(&format!("{email},\"{kind}\",\"{sectors}\""));
        if let Some(a) = attended {
            csv.push_str(if *a { ",Yes" } else { ",No" });
        }
        csv.push('\n');
    }
    f.file(&format!("{lab}/registrations.csv"), csv);
}

/// The "done when": each export gives the same figures as the same data entered in a
/// clean English template.
#[test]
fn each_export_gives_the_figures_of_a_clean_template() {
    let f = Fixture::new();
    write_google_forms(&f, "inputs/export/google-forms");
    write_template(
        &f,
        "inputs/template/google-forms",
        &[
            ("ana@x.org", "Local public authority", "ICT, Tourism", None),
            ("ion@x.org", "NGO / civil society", "Social economy", None),
            ("eva@x.org", "Business (start-up, SME)", "ICT", None),
            ("tom@x.org", "Education institution", "Education", None),
        ],
    );
    write_microsoft_forms(&f, "inputs/export/microsoft-forms");
    write_template(
        &f,
        "inputs/template/microsoft-forms",
        &[
            ("ana@x.org", "Local public authority", "ICT", None),
            ("dan@x.org", "NGO / civil society", "Tourism", None),
        ],
    );
    write_eventbrite(&f, "inputs/export/eventbrite");
    write_template(
        &f,
        "inputs/template/eventbrite",
        &[
            ("ana@x.org", "Business (start-up, SME)", "ICT", Some(true)),
            ("ion@x.org", "NGO / civil society", "Tourism", Some(false)),
            (
                "eva@x.org",
                "Education institution",
                "Education",
                Some(true),
            ),
        ],
    );
    write_hand_kept(&f, "inputs/export/hand-kept");
    write_template(
        &f,
        "inputs/template/hand-kept",
        &[
            ("ana@x.ro", "Local public authority", "Tourism", Some(true)),
            (
                "dan@x.ro",
                "Local public authority",
                "Cultural & creative",
                Some(false),
            ),
            (
                "ioana@x.ro",
                "Education institution",
                "Education",
                Some(true),
            ),
        ],
    );
    let (run, s) = f.build();
    // The labs' folders carry no date: each lab that its records do not date either (all but
    // the Eventbrite export, dated by its check-ins) is in no reporting period, which is the
    // only thing said (exit 2), once a lab.
    assert_eq!(run.code, 2, "{run:?}");
    let said: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning"))
        .collect();
    let undated = s["labs"]
        .as_object()
        .unwrap()
        .values()
        .filter(|l| l["date"].is_null())
        .count();
    assert_eq!(undated, 7);
    assert_eq!(said.len(), undated, "{said:#?}");
    assert!(
        said.iter()
            .all(|l| l.contains("the lab has no date, so it is in no reporting period")),
        "{said:#?}"
    );
    for kind in ["google-forms", "microsoft-forms", "eventbrite", "hand-kept"] {
        let export = &s["labs"][format!("export/{kind}")];
        let template = &s["labs"][format!("template/{kind}")];
        assert!(
            template["registrations"].as_u64().unwrap() > 0,
            "{kind}: empty template"
        );
        for key in [
            "registrations",
            "attendees",
            "by_stakeholder_type",
            "by_sector",
        ] {
            assert_eq!(
                export[key], template[key],
                "{kind}: {key} differs from the template's"
            );
        }
    }
}

#[test]
fn a_yes_no_column_is_the_attendance_unless_its_header_is_a_question() {
    let f = Fixture::new();
    // "Venit" (came, in Romanian) is no known header; its values are DA/NU. The photo consent
    // is yes/no too, but its header is a question.
    f.file(
        "inputs/p/2019-09-30-lab/lista.csv",
        "E-mail,Tip organizație,Sunteți de acord să fiți fotografiat?,Venit\n\
         a@x.ro,ONG,DA,DA\n\
         b@x.ro,ONG,DA,NU\n\
         c@x.ro,Primărie,NU,DA\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    // a and c came (Venit = DA); the consent column is not read.
    assert_eq!(s["labs"]["p/2019-09-30-lab"]["attendees"], 2);
    let check = f.run(&["check"]);
    assert!(check.stdout.contains("      attended                 ← D \"Venit\" [content: 100% of its values are yes or no]\n"), "{}", check.stdout);
}

#[test]
fn a_lithuanian_csv_in_windows_1257() {
    let f = Fixture::new();
    let (bytes, _, bad) = encoding_rs::WINDOWS_1257.encode(
        "Vardas ir pavardė;El. paštas;Organizacijos tipas;Sektorius\r\n\
         Rūta Žemaitė;ruta@x.lt;Įmonė;Turizmas\r\n\
         Jonas Kazlauskas;jonas@x.lt;Savivaldybė;Kultūra\r\n\
         Šarūnas Petraitis;sarunas@x.lt;Mokykla;Švietimas\r\n",
    );
    assert!(!bad);
    f.file("inputs/kaunas/2022-05-01-a/registracija.csv", bytes);
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["kaunas/2022-05-01-a"];
    // Įmonė: business; Savivaldybė: local authority; Mokykla: education.
    assert_eq!(lab["by_stakeholder_type"]["business"], counts(1, None));
    assert_eq!(
        lab["by_stakeholder_type"]["local_authority"],
        counts(1, None)
    );
    assert_eq!(lab["by_stakeholder_type"]["education"], counts(1, None));
    assert_eq!(lab["by_sector"]["education"], counts(1, None));
}

#[test]
fn a_yes_no_column_does_not_turn_a_list_of_names_into_a_sign_in_sheet() {
    let f = Fixture::new();
    f.file(
        "inputs/p/2019-09-30-lab/contacts.csv",
        "Name,Email,Newsletter\nAna Pop,a@x.org,Yes\nIon Rus,b@x.org,No\nEva Lind,c@x.org,Yes\n",
    );
    let (run, s) = f.build();
    // Read as registrations, and the guess said: nothing tells who registered or came.
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("contacts.csv: the sheet lists names or e-mails and nothing that says whether they registered or came"),
        "{}",
        run.stderr
    );
    let lab = &s["labs"]["p/2019-09-30-lab"];
    assert_eq!(lab["registrations"], 3);
    assert_eq!(lab["walk_ins"], 0);
    assert_eq!(lab["attendees"], json!(null));
}

/// Google Forms' "Download responses (.csv)": timestamps written `2019/09/30 10:15:00 AM GMT+3`,
/// the questions' texts as headers, a comment with a comma in quotes. The lab folder has no
/// date, so the timestamps date it.
#[test]
fn a_google_forms_csv_download_is_read_and_dates_the_lab() {
    let f = Fixture::new();
    f.file(
        "inputs/p/feedback-lab/Feedback (Responses).csv",
        "\"Timestamp\",\"How satisfied were you with the lab overall? (1-5)\",\"How likely are you to recommend the lab to a colleague? (0-10)\",\"Any comments?\"\n\
         \"2019/09/30 10:15:00 AM GMT+3\",\"5\",\"10\",\"Great, thanks\"\n\
         \"2019/09/30 10:17:41 AM GMT+3\",\"4\",\"9\",\"\"\n\
         \"2019/10/01 9:02:00 AM GMT+3\",\"3\",\"6\",\"Too long\"\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["p/feedback-lab"];
    // Two of the three answers came on 30 September: the most common day dates the lab.
    assert_eq!(lab["date"], "2019-09-30");
    assert_eq!(lab["feedback_responses"], 3);
    // Overall: (5 + 4 + 3) / 3 = 4. Recommend: 10 and 9 promote, 6 detracts: 2/3 − 1/3 = 33.3.
    assert_eq!(lab["feedback_mean"]["overall"], 4.0);
    assert_eq!(lab["feedback_answers"]["recommend"], 3);
    let nps = lab["nps"]["recommend"].as_f64().expect("an NPS");
    assert!((nps - 100.0 / 3.0).abs() < 0.1, "{nps}");
    let check = f.run(&["check"]);
    assert!(
        check
            .stdout
            .contains("p/feedback-lab  (2019-09-30, from the feedback timestamps, period 2019-H2)"),
        "{}",
        check.stdout
    );
}

/// Eventbrite's attendee export as Eventbrite writes it (UTF-8 with BOM, order and payment
/// columns, no stakeholder type): the registration list, its "Attendee Status" saying who
/// checked in ("Checked In") and who did not ("Attending"). Also when everyone checked in:
/// each row's order date says they signed up before.
#[test]
fn an_eventbrite_attendee_export_is_the_registration_list() {
    let f = Fixture::new();
    let header = "\u{feff}Order #,Order Date,First Name,Last Name,Email,Quantity,Price Tier,Ticket Type,Attendee #,Order Type,Currency,Total Paid,Fees Paid,Eventbrite Fees,Eventbrite Payment Processing,Attendee Status\n";
    f.file(
        "inputs/p/2023-01-26-lab/eventbrite.csv",
        format!(
            "{header}\
             5668733909,2023-01-24 14:49:27-05:00,Ana,Pop,ana@x.ro,1,,General Admission,9237744459,Free Order,EUR,0.00,0.00,0.00,0.00,Checked In\n\
             5668629879,2023-01-24 14:37:34-05:00,Ion,Rus,ion@x.ro,1,,General Admission,9237585969,Free Order,EUR,0.00,0.00,0.00,0.00,Attending\n\
             5668629880,2023-01-25 09:12:00-05:00,Eva,Lind,eva@x.ro,1,,General Admission,9237585970,Free Order,EUR,0.00,0.00,0.00,0.00,Checked In\n"
        ),
    );
    f.file(
        "inputs/p/2023-02-02-lab/eventbrite.csv",
        format!(
            "{header}\
             5700000001,2023-01-30 10:00:00-05:00,Dan,Mures,dan@x.ro,1,,General Admission,9300000001,Free Order,EUR,0.00,0.00,0.00,0.00,Checked In\n\
             5700000002,2023-01-31 11:00:00-05:00,Ina,Toma,ina@x.ro,1,,General Admission,9300000002,Free Order,EUR,0.00,0.00,0.00,0.00,Checked In\n"
        ),
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    // Ana, Ion and Eva registered; Ana and Eva checked in; nobody walked in.
    let l = &s["labs"]["p/2023-01-26-lab"];
    assert_eq!(l["registrations"], 3);
    assert_eq!(l["attendees"], 2);
    assert_eq!(l["walk_ins"], 0);
    // Dan and Ina registered and both checked in.
    let l = &s["labs"]["p/2023-02-02-lab"];
    assert_eq!(l["registrations"], 2);
    assert_eq!(l["attendees"], 2);
    assert_eq!(l["walk_ins"], 0);
    let check = f.run(&["check"]);
    assert_has_lines(
        &check.stdout,
        &[
            "      role from: names or e-mails with column P \"Attendee Status\", which says that some did not come: the list of who registered, and who of them came\n",
            "      role from: names or e-mails with column P \"Attendee Status\", beside the date each signed up: the list of who registered, and who of them came\n",
        ],
    );
}

/// A Google Forms feedback form as it is downloaded: it asks for name and e-mail, then
/// rates: the overall question, a grid ("… [statement]", one column a row), statements side
/// by side rated 1–5 with no question mark, and a question answered with its ratings' words
/// ("4 - Exceeds Expectations"). Each is a question of its own, the form is feedback (not a
/// registration list), and no answer is an idea.
#[test]
fn a_feedback_form_with_a_grid_statements_and_ratings_in_words() {
    let f = Fixture::new();
    f.file(
        "inputs/p/2021-05-12-lab/Feedback (Responses) - Form Responses 1.csv",
        "Timestamp,Name,Email,Rate your overall experience,Give your confidence in the following [I can make a plot],Give your confidence in the following [I can read a CSV file],I enjoyed the session,I learnt a lot from the session,How well did the content meet your expectations?,Any other feedback?\n\
         2021/05/12 4:32:05 PM GMT+8,Ana Pop,ana@x.ro,5,4,2,5,4,4 - Exceeds Expectations,Great\n\
         2021/05/12 4:40:00 PM GMT+8,Ion Rus,ion@x.ro,4,3,3,4,4,3 - Meets Expectations,\n\
         2021/05/12 4:41:10 PM GMT+8,Eva Lind,eva@x.ro,3,5,1,4,5,5 - Outstanding,More examples please\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let l = &s["labs"]["p/2021-05-12-lab"];
    assert_eq!(l["feedback_responses"], 3);
    assert_eq!(l["registrations"], 0);
    let mean = &l["feedback_mean"];
    // (5 + 4 + 3) / 3; the grid's rows (4 + 3 + 5) / 3 and (2 + 3 + 1) / 3; the statements
    // (5 + 4 + 4) / 3 and (4 + 4 + 5) / 3; the ratings in words (4 + 3 + 5) / 3.
    assert_eq!(mean["overall"], 4.0);
    assert_eq!(mean["give_your_confidence_i_can_make_a_plot"], 4.0);
    assert_eq!(mean["give_your_confidence_i_can_read_a_csv_file"], 2.0);
    assert_eq!(mean["i_enjoyed_the_session"], 4.3333);
    assert_eq!(mean["i_learnt_a_lot_from_the_session"], 4.3333);
    assert_eq!(mean["how_well_did_the_content_meet_your_expectations"], 4.0);
    let check = f.run(&["check"]);
    assert!(!check.stdout.contains("ideas"), "{}", check.stdout);
    assert_has_lines(
        &check.stdout,
        &["role from: 6 rating questions (5 of them unconfigured)\n"],
    );
}

/// A workbook with a hidden sheet (an older list its author put away), written by
/// rust_xlsxwriter as Excel writes it: the visible sheet is read; the hidden one is not,
/// and the run says how many rows it leaves out.
#[test]
fn a_hidden_sheets_people_are_not_counted_and_that_is_said() {
    let f = Fixture::new();
    let path = f.path().join("inputs/p/2022-04-01-lab/Registrations.xlsx");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut wb = Workbook::new();
    let rows: [(&str, &[[&str; 3]]); 2] = [
        (
            "2022",
            &[
                ["Name", "Email", "Organisation type"],
                ["Ana Pop", "ana@x.ro", "NGO"],
                ["Ion Rus", "ion@x.ro", "Municipality"],
            ],
        ),
        (
            "2021 (old)",
            &[
                ["Name", "Email", "Organisation type"],
                ["Eva Lind", "eva@x.ro", "University"],
                ["Dan Mures", "dan@x.ro", "Start-up"],
                ["Ina Toma", "ina@x.ro", "NGO"],
            ],
        ),
    ];
    for (i, (name, cells)) in rows.iter().enumerate() {
        let ws = wb.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in cells.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                ws.write_string(r as u32, c as u16, *cell).unwrap();
            }
        }
        if i == 1 {
            ws.set_hidden(true);
        }
    }
    wb.save(&path).unwrap();
    let (run, s) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    // Ana and Ion; not the hidden sheet's three.
    assert_eq!(s["labs"]["p/2022-04-01-lab"]["registrations"], 2);
    assert!(
        run.stderr.contains(
            "warning: p/2022-04-01-lab/Registrations.xlsx › 2021 (old): the sheet is hidden in the workbook, so its 3 rows of registrations are not counted; if they belong to the lab, unhide the sheet"
        ),
        "{}",
        run.stderr
    );
}
