//! Right with no config (issue 14): partners' exports read with the built-in defaults alone,
//! where a sheet the config does not describe is either read right or said to be in doubt,
//! never silently counted as something else.

use serde_json::json;

use crate::common::{Fixture, assert_has_lines, counts};

/// The registration list of the lab these tests share: three people.
fn write_registrations(f: &Fixture, lab: &str) {
    f.file(
        &format!("{lab}/Inscrieri.csv"),
        "Nume și prenume,E-mail,Tip organizație\n\
         Ana Pop,ana@x.ro,Autoritate publică locală\n\
         Ion Ilie,ion@x.ro,ONG\n\
         Eva Lazăr,eva@x.ro,Firmă\n",
    );
}

/// A Google Forms feedback export in Romanian, with a "type of organisation" question that
/// makes it look like a registration list: its responses are feedback, not registered people.
/// Its overall question is the built-in one in the partner's words; the others no
/// `[[question]]` names.
#[test]
fn an_unconfigured_feedback_form_is_feedback_not_registrations() {
    let f = Fixture::new();
    let lab = "inputs/timisoara/2019-09-30-lll1";
    write_registrations(&f, lab);
    f.xlsx(
        &format!("{lab}/Chestionar.xlsx"),
        &[(
            "Răspunsuri formular 1",
            &[
                &[
                    "Marcaj de timp",
                    "Adresă de e-mail",
                    "Ce tip de organizație reprezentați?",
                    "Cum evaluați atelierul în ansamblu? (1-5)",
                    "Cât de clare au fost prezentările invitaților?",
                    "Pe o scară de la 0 la 10, cât de probabil este să participați din nou?",
                    "Comentarii",
                ],
                &[
                    "2019/09/30 12:01:00",
                    "ana@x.ro",
                    "Autoritate publică locală",
                    "5",
                    "4",
                    "9",
                    "Foarte bine",
                ],
                &["2019/09/30 12:03:00", "ion@x.ro", "ONG", "4", "3", "10", ""],
                &[
                    "2019/09/30 12:07:00",
                    "eva@x.ro",
                    "Firmă",
                    "4",
                    "5",
                    "6",
                    "",
                ],
                &[
                    "2019/09/30 12:10:00",
                    "dan@x.ro",
                    "Firmă",
                    "2",
                    "",
                    "8",
                    "Prea scurt",
                ],
            ],
        )],
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let l = &s["labs"]["timisoara/2019-09-30-lll1"];
    // Three registered people, not three plus four responses.
    assert_eq!(l["registrations"], 3);
    assert_eq!(l["by_stakeholder_type"]["business"], counts(1, None));
    assert_eq!(l["feedback_responses"], 4);
    // Overall: (5 + 4 + 4 + 2) / 4 = 3.75. Clear: (4 + 3 + 5) / 3 = 4 (one left blank).
    // Again, 0–10: 9, 10, 6, 8 → mean 8.25; promoters 2 of 4, detractors 1 of 4: NPS 25.
    let clear = "cat_de_clare_au_fost_prezentarile_invitatilor";
    let again = "pe_o_scara_de_la_la_cat_de_probabil_este_sa";
    assert_eq!(
        l["feedback_mean"]["overall"],
        json!(3.75),
        "{:#}",
        l["feedback_mean"]
    );
    assert_eq!(l["feedback_mean"][clear], json!(4.0));
    assert_eq!(l["feedback_answers"][clear], json!(3));
    assert_eq!(l["feedback_mean"][again], json!(8.25));
    assert_eq!(l["nps"][again], json!(25.0));
    // The configured questions not asked here have no answers.
    assert_eq!(l["feedback_answers"]["usefulness"], json!(0));
    assert_eq!(
        s["labels"]["question"][clear],
        "Cât de clare au fost prezentările invitaților?"
    );
    assert_eq!(
        s["questions"][clear],
        json!({"scale": [1.0, 5.0], "configured": false})
    );
    assert_eq!(
        s["questions"][again],
        json!({"scale": [0.0, 10.0], "configured": false})
    );
    assert_eq!(
        s["questions"]["overall"],
        json!({"scale": [1.0, 5.0], "configured": true})
    );

    let check = f.run(&["check"]);
    assert_eq!(check.code, 0, "{check:?}");
    assert_has_lines(
        &check.stdout,
        &[
            "timisoara/2019-09-30-lll1/Chestionar.xlsx › Răspunsuri formular 1: feedback, 4 responses, header in row 1\n",
            "      role from: 3 rating questions (2 of them unconfigured)\n",
            "      question \"overall\"       ← D \"Cum evaluați atelierul în ansamblu? (1-5)\" [header words \"evalua* atelier*\" (ro); 100% of its values are ratings]\n",
            "      question \"cat_de_clare_au_fost_prezentarile_invitatilor\" (unconfigured, 1–5) ← E \"Cât de clare au fost prezentările invitaților?\" [unconfigured question: 100% of its values are ratings; scale 1–5 from the values seen]\n",
            "      question \"pe_o_scara_de_la_la_cat_de_probabil_este_sa\" (unconfigured, 0–10) ← F \"Pe o scară de la 0 la 10, cât de probabil este să participa…\" [unconfigured question: 100% of its values are ratings; scale stated in the header]\n",
            "      (not read)                 G \"Comentarii\"\n",
        ],
    );
}

/// The same question asked in two labs is one question, whose scale holds both.
#[test]
fn an_unconfigured_question_asked_in_two_labs_is_one_question() {
    let f = Fixture::new();
    let q = "Kako ocjenjujete hranu i piće?";
    f.file(
        "inputs/rijeka/2020-10-10-lab1/anketa.csv",
        format!("Vremenska oznaka,{q}\n2020-10-10 12:00,4\n2020-10-10 12:05,5\n"),
    );
    f.file(
        "inputs/rijeka/2021-03-18-lab2/anketa.csv",
        format!(
            "Vremenska oznaka,{q}\n2021-03-18 12:00,7\n2021-03-18 12:05,3\n2021-03-18 12:09,2\n"
        ),
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let id = "kako_ocjenjujete_hranu_i_pice";
    assert_eq!(
        s["labs"]["rijeka/2020-10-10-lab1"]["feedback_mean"][id],
        json!(4.5)
    );
    assert_eq!(
        s["labs"]["rijeka/2021-03-18-lab2"]["feedback_mean"][id],
        json!(4.0)
    );
    // Over both labs: (4 + 5 + 7 + 3 + 2) / 5 = 4.2.
    assert_eq!(s["totals"]["feedback_mean"][id], json!(4.2));
    assert_eq!(s["totals"]["feedback_answers"][id], json!(5));
}

/// A sheet of stakeholder types with no names or e-mails cannot be a registration list.
#[test]
fn a_sheet_without_names_or_e_mails_is_never_a_registration_list() {
    let f = Fixture::new();
    let lab = "inputs/matera/2020-11-05-lab1";
    write_registrations(&f, lab);
    f.file(
        &format!("{lab}/riepilogo.csv"),
        "Tipo di organizzazione,Settore\nComune,Turismo\nScuola,Istruzione\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(s["labs"]["matera/2020-11-05-lab1"]["registrations"], 3);
    assert!(
        run.stderr.contains(
            "warning: matera/2020-11-05-lab1/riepilogo.csv: it has A \"Tipo di organizzazione\" and B \"Settore\" but no names or e-mails, so it is not read as a registration list: its people could not be counted once each, nor matched to a sign-in sheet; add the names or e-mails, or name their column under [columns] in labreport.toml\n"
        ),
        "{}",
        run.stderr
    );
}

/// Ratings beside a signature column: read as feedback, and said to be in doubt.
#[test]
fn ratings_on_a_sign_in_sheet_are_feedback_with_a_warning() {
    let f = Fixture::new();
    let lab = "inputs/kaunas/2022-03-01-lab1";
    write_registrations(&f, lab);
    f.file(
        &format!("{lab}/dalyviai.csv"),
        "Vardas ir pavardė,Parašas,Kaip vertinate renginį? (1-5)\nAna Pop,x,5\nIon Ilie,x,4\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    let l = &s["labs"]["kaunas/2022-03-01-lab1"];
    assert_eq!(l["feedback_responses"], 2);
    // "Kaip vertinate renginį?" (how do you rate the event?) is the overall question, found by
    // its words: (5 + 4) / 2.
    assert_eq!(l["feedback_mean"]["overall"], json!(4.5));
    assert!(
        run.stderr.contains(
            "warning: kaunas/2022-03-01-lab1/dalyviai.csv: the sheet has rating questions and names, but also column B \"Parašas\", as a sign-in sheet has; read as feedback, so no one here counts as registered or present"
        ),
        "{}",
        run.stderr
    );
    let check = f.run(&["check"]);
    assert!(
        check
            .stdout
            .contains("      role in doubt: the sheet has rating questions and names"),
        "{}",
        check.stdout
    );
}

/// Labels in the partners' own words: matched by the built-in keywords when no alias names
/// them, listed by `check`; a label whose keywords point at two entries stays unknown, and
/// the warning names both.
#[test]
fn labels_in_the_partners_words_are_matched_by_keywords() {
    let f = Fixture::new();
    let lab = "inputs/rijeka/2021-03-18-lab2";
    f.file(
        &format!("{lab}/prijave.csv"),
        "Ime i prezime,E-pošta,Vrsta organizacije,Sektor\n\
         Ana Horvat,ana@x.hr,Firmă privată (SRL; start-up),Sektor kulturnih i kreativnih industrija\n\
         Ivo Kovač,ivo@x.hr,Organizacija civilnog društva,Turizam\n\
         Eva Babić,eva@x.hr,Organizacija civilnog društva,Turizam\n\
         Tea Marić,tea@x.hr,Asociație SRL,Turizam\n\
         Luka Jurić,luka@x.hr,Mala tvrtka za softver,Obrt za dizajn\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    let l = &s["labs"]["rijeka/2021-03-18-lab2"];
    // Business: Ana ("firmă"), Luka ("tvrtka"); NGO: Ivo and Eva (a built-in alias);
    // unknown: Tea. Cultural & creative: Ana ("kulturnih"), Luka ("dizajn").
    assert_eq!(l["by_stakeholder_type"]["business"], counts(2, None));
    assert_eq!(l["by_stakeholder_type"]["ngo"], counts(2, None));
    assert_eq!(l["by_stakeholder_type"]["unknown"], counts(1, None));
    assert_eq!(l["by_sector"]["cultural_creative"], counts(2, None));
    assert_eq!(l["by_sector"]["tourism"], counts(3, None));
    assert!(
        run.stderr.contains(
            "warning: rijeka/2021-03-18-lab2/prijave.csv › C5: stakeholder type \"Asociație SRL\" matches no stakeholder type alias, and its words are keywords of more than one: \"business\" (\"SRL\") and \"ngo\" (\"Asociație\"); counted as unknown"
        ),
        "{}",
        run.stderr
    );
    let check = f.run(&["check"]);
    assert_has_lines(
        &check.stdout,
        &[
            "  stakeholder type \"Firmă privată (SRL; start-up)\" → business, by the keyword \"Firmă\"  first at rijeka/2021-03-18-lab2/prijave.csv › C2\n",
            "  stakeholder type \"Mala tvrtka za softver\" → business, by the keyword \"tvrtka\"  first at rijeka/2021-03-18-lab2/prijave.csv › C6\n",
            "  sector \"Obrt za dizajn\" → cultural_creative, by the keyword \"dizajn\"  first at rijeka/2021-03-18-lab2/prijave.csv › D6\n",
            "  sector \"Sektor kulturnih i kreativnih industrija\" → cultural_creative, by the keyword \"kulturnih\"  first at rijeka/2021-03-18-lab2/prijave.csv › D2\n",
        ],
    );
}

/// `[aliases]` adds the ECoC organisations' names to the built-in types, which stay.
#[test]
fn aliases_add_names_to_the_builtin_taxonomy() {
    let f = Fixture::new();
    f.file(
        "labreport.toml",
        "[aliases.stakeholder_type]\necoc = [\"Fundația Timișoara 2021\"]\n",
    );
    f.file(
        "inputs/timisoara/2020-02-20-lll2/Inscrieri.csv",
        "Nume,E-mail,Tip organizație\n\
         Ana Pop,ana@x.ro,Fundația Timișoara 2021\n\
         Ion Ilie,ion@x.ro,Primărie\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let l = &s["labs"]["timisoara/2020-02-20-lll2"];
    assert_eq!(l["by_stakeholder_type"]["ecoc"], counts(1, None));
    assert_eq!(l["by_stakeholder_type"]["local_authority"], counts(1, None));
}

/// A Teams attendance report as Teams downloads it: UTF-16LE with BOM, tab-separated, the
/// sections "1. Summary", "2. Participants" and "3. In-Meeting Activities", en-US dates with a
/// comma in them.
fn teams_report() -> Vec<u8> {
    let text = "1. Summary\r\n\
        Meeting title\tAtelier Local de Învățare 3\r\n\
        Attended participants\t6\r\n\
        Start time\t3/18/21, 9:58:00 AM\r\n\
        End time\t3/18/21, 12:02:10 PM\r\n\
        Meeting duration\t2h 4m 10s\r\n\
        Average attendance time\t58m 2s\r\n\
        \r\n\
        2. Participants\r\n\
        Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\r\n\
        Maria Organizator\t3/18/21, 9:58:00 AM\t3/18/21, 12:02:10 PM\t2h 4m 10s\tmaria@primaria.ro\tmaria@primaria.ro\tOrganizer\r\n\
        Ana Pop\t3/18/21, 10:00:00 AM\t3/18/21, 11:30:00 AM\t1h 2m 3s\tana@x.ro\tana@x.ro\tAttendee\r\n\
        Ion Ilie\t3/18/21, 10:01:00 AM\t3/18/21, 10:46:00 AM\t45m 0s\tION@x.ro\tion@x.ro\tPresenter\r\n\
        Eva Lazăr (Unverified)\t3/18/21, 10:05:00 AM\t3/18/21, 10:35:00 AM\t30m 0s\t\t\tAttendee\r\n\
        Jan de Vries\t3/18/21, 10:10:00 AM\t3/18/21, 10:30:00 AM\t20m 0s\tjan@y.nl\tjan_y.nl#EXT#@primaria.ro\tAttendee\r\n\
        \r\n\
        3. In-Meeting Activities\r\n\
        Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\r\n\
        Maria Organizator\t3/18/21, 9:58:00 AM\t3/18/21, 12:02:10 PM\t2h 4m 10s\tmaria@primaria.ro\tOrganizer\r\n\
        Ana Pop\t3/18/21, 10:00:00 AM\t3/18/21, 10:40:00 AM\t40m 0s\tana@x.ro\tAttendee\r\n\
        Ana Pop\t3/18/21, 11:07:57 AM\t3/18/21, 11:30:00 AM\t22m 3s\tana@x.ro\tAttendee\r\n\
        Ion Ilie\t3/18/21, 10:01:00 AM\t3/18/21, 10:46:00 AM\t45m 0s\tION@x.ro\tPresenter\r\n\
        Eva Lazăr (Unverified)\t3/18/21, 10:05:00 AM\t3/18/21, 10:35:00 AM\t30m 0s\t\tAttendee\r\n\
        Jan de Vries\t3/18/21, 10:10:00 AM\t3/18/21, 10:30:00 AM\t20m 0s\tjan@y.nl\tAttendee\r\n";
    [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect()
}

fn write_online_lab(f: &Fixture, lab: &str) {
    f.file(
        &format!("{lab}/Inscrieri.csv"),
        "Nume și prenume,E-mail,Tip organizație\n\
         Ana Pop,ana@x.ro,Autoritate publică locală\n\
         Ion Ilie,ion@x.ro,ONG\n\
         Eva Lazăr,eva@x.ro,Firmă\n\
         Dan Mureș,dan@x.ro,Universitate\n",
    );
    f.file(
        &format!("{lab}/Atelier Local de Învățare 3 - Attendance report 3-18-21.csv"),
        teams_report(),
    );
}

/// An online lab's attendance from its Teams report: the organiser is staff, section titles
/// and summary rows are nobody, and the participants are matched to the registrations by
/// e-mail (in any case), else by name (without the "(Unverified)" marker).
#[test]
fn a_teams_attendance_report_gives_an_online_labs_attendance() {
    let f = Fixture::new();
    let lab = "inputs/timisoara/2021-03-18-lll3";
    write_online_lab(&f, lab);
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let l = &s["labs"]["timisoara/2021-03-18-lll3"];
    // Registered: Ana, Ion, Eva, Dan. Came: Ana (e-mail), Ion (e-mail in capitals), Eva (by
    // name), and Jan, who had not registered: a walk-in. Not Maria, the organiser.
    assert_eq!(l["registrations"], 4);
    assert_eq!(l["attendees"], 4);
    assert_eq!(l["walk_ins"], 1);
    assert_eq!(
        l["by_stakeholder_type"]["local_authority"],
        counts(1, Some(1))
    );
    assert_eq!(l["by_stakeholder_type"]["ngo"], counts(1, Some(1)));
    assert_eq!(l["by_stakeholder_type"]["business"], counts(1, Some(1)));
    assert_eq!(l["by_stakeholder_type"]["education"], counts(1, Some(0)));
    assert_eq!(l["by_stakeholder_type"]["unknown"], counts(0, Some(1)));

    let check = f.run(&["check"]);
    assert_has_lines(
        &check.stdout,
        &[
            "timisoara/2021-03-18-lll3/Atelier Local de Învățare 3 - Attendance report 3-18-21.csv: attendance, 4 sign-ins, header in row 10\n",
            "      role from: Microsoft Teams attendance report: 4 participants; 1 person left out (organiser or host)\n",
            "      minutes in the meeting   ← D \"In-Meeting Duration\"\n",
            "  walk-ins (signed in, not registered; counted as attendees of unknown type): Jan de Vries\n",
        ],
    );
}

/// `[attendance] min_minutes`: participants there for less are not counted.
#[test]
fn participants_below_the_minimum_minutes_are_not_counted() {
    let f = Fixture::new();
    write_online_lab(&f, "inputs/timisoara/2021-03-18-lll3");
    f.file("labreport.toml", "[attendance]\nmin_minutes = 40\n");
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let l = &s["labs"]["timisoara/2021-03-18-lll3"];
    // Ana 62 minutes, Ion 45: counted. Eva 30, Jan 20: not.
    assert_eq!(l["attendees"], 2);
    assert_eq!(l["walk_ins"], 0);
    assert_eq!(l["by_stakeholder_type"]["business"], counts(1, Some(0)));
    let check = f.run(&["check"]);
    assert!(
        check.stdout.contains("      role from: Microsoft Teams attendance report: 2 participants; 1 person left out (organiser or host); 2 participants there for less than [attendance] min_minutes, not counted\n"),
        "{}",
        check.stdout
    );
    // A minimum that is no number of minutes is refused, with its place.
    f.file("labreport.toml", "[attendance]\nmin_minutes = -5\n");
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains(
            "labreport.toml: [attendance] min_minutes at line 2, column 15: write a number of minutes, 0 or more"
        ),
        "{}",
        run.stderr
    );
}

/// A Zoom participants report, UTF-8 with BOM, with the meeting's summary above it: the host
/// is the summary's "User Email"; a rejoin is a second row of the same person; a guest
/// without an e-mail is matched by name; a renamed participant by their original name.
#[test]
fn a_zoom_participants_report_is_attendance_not_a_registration_list() {
    let f = Fixture::new();
    let lab = "inputs/leeuwarden/2020-11-05-lll4";
    f.file(
        &format!("{lab}/registrations.csv"),
        "Name,Email,Organisation type\n\
         Daan Bakker,daan@x.nl,Gemeente\n\
         Sanne de Jong,sanne@x.nl,Stichting\n\
         Elena Marin,elena@x.nl,MKB\n\
         Pieter Visser,pieter@x.nl,Hogeschool\n",
    );
    f.file(
        &format!("{lab}/participants_81234567890.csv"),
        "\u{feff}Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants,\r\n\
         81234567890,\"Local Learning Lab 4, online\",11/05/2020 09:58:02 AM,11/05/2020 12:01:40 PM,femke@gemeente.nl,124,6,\r\n\
         \r\n\
         Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\r\n\
         Femke Host,femke@gemeente.nl,11/05/2020 09:58:02 AM,11/05/2020 12:01:40 PM,124,No\r\n\
         Daan Bakker,daan@x.nl,11/05/2020 10:00:10 AM,11/05/2020 10:50:00 AM,50,No\r\n\
         Daan Bakker,daan@x.nl,11/05/2020 11:02:00 AM,11/05/2020 12:00:00 PM,58,No\r\n\
         Pieter Visser,,11/05/2020 10:03:00 AM,11/05/2020 12:00:00 PM,117,Yes\r\n\
         Elena M. (Elena Marin),,11/05/2020 10:04:00 AM,11/05/2020 11:00:00 AM,56,Yes\r\n\
         Willem Smit,willem@y.nl,11/05/2020 10:05:00 AM,11/05/2020 11:00:00 AM,55,No\r\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let l = &s["labs"]["leeuwarden/2020-11-05-lll4"];
    // Registered four; came: Daan (twice: one), Pieter, Elena, and Willem (a walk-in); not
    // Sanne; not the host.
    assert_eq!(l["registrations"], 4);
    assert_eq!(l["attendees"], 4);
    assert_eq!(l["walk_ins"], 1);
    assert_eq!(
        l["by_stakeholder_type"]["local_authority"],
        counts(1, Some(1))
    );
    assert_eq!(l["by_stakeholder_type"]["ngo"], counts(1, Some(0)));
    assert_eq!(l["by_stakeholder_type"]["business"], counts(1, Some(1)));
    assert_eq!(l["by_stakeholder_type"]["education"], counts(1, Some(1)));
    let check = f.run(&["check"]);
    assert!(
        check.stdout.contains("leeuwarden/2020-11-05-lll4/participants_81234567890.csv: attendance, 4 sign-ins, header in row 4\n      role from: Zoom participants report: 4 participants; 1 person left out (organiser or host); 1 row of a person already listed (rejoins) merged\n"),
        "{}",
        check.stdout
    );
}

/// `check --suggest` writes the [aliases] block for the labels that matched nothing: each
/// under the entry with the closest alias; commented out where no entry is close or where
/// keywords point at two. Kept as it is in labreport.toml, it maps what it placed.
#[test]
fn check_suggest_writes_the_aliases_a_pm_would_add() {
    let f = Fixture::new();
    f.file(
        "inputs/p/2020-01-01-l/r.csv",
        "Name,Email,Stakeholder type,Sector\n\
         A,a@x.org,Univeristate,Turism\n\
         B,b@x.org,Pottery guild,Turism\n\
         C,c@x.org,Asociație SRL,IT\n\
         D,d@x.org,Univeristate,Turismul\n",
    );
    let run = f.run(&["check", "--suggest"]);
    assert_eq!(run.code, 2, "{run:?}");
    let expected = "\n[aliases.stakeholder_type]\n\
        education = [\n  \"Univeristate\",  # ×2, first at p/2020-01-01-l/r.csv › C2; close to \"Universitate\"\n]\n\
        # business or ngo = [\"Asociație SRL\"]  # ×1, first at p/2020-01-01-l/r.csv › C4; its words are keywords of business (\"SRL\") and ngo (\"Asociație\"): keep it under the right one\n\
        # ID = [\"Pottery guild\"]  # ×1, first at p/2020-01-01-l/r.csv › C3; no entry is close: choose its id\n";
    // "Turismul" (Romanian, "the tourism") is no alias, but a keyword of tourism in the
    // vocabulary (vocabulary/ro.toml): counted, and listed by check as matched by a keyword,
    // so no sector is left to suggest.
    assert!(run.stdout.contains(expected), "{}", run.stdout);
    // No column is left unread: nothing to add there.
    assert!(
        run.stdout.ends_with(
            "# Every column that holds categories or ratings is read: nothing to add.\n"
        ),
        "{}",
        run.stdout
    );
    // Kept as it is, it is a valid config that maps the two it placed.
    f.file("labreport.toml", &run.stdout);
    let (run, s) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    let l = &s["labs"]["p/2020-01-01-l"];
    assert_eq!(l["by_stakeholder_type"]["education"], counts(2, None));
    assert_eq!(l["by_stakeholder_type"]["unknown"], counts(2, None));
    assert_eq!(l["by_sector"]["tourism"], counts(3, None));
    assert!(!run.stderr.contains("Univeristate"), "{}", run.stderr);
}

/// Webex's attendance report (UTF-16LE, tabs, times as `="…"` formulas, "93 mins") and
/// Google Meet's (UTF-8 with BOM, a four-line preamble, every cell quoted, no e-mails):
/// neither marks its host, which `check` says.
#[test]
fn webex_and_meet_reports_give_the_attendance_and_say_what_they_cannot_tell() {
    let f = Fixture::new();
    let webex_lab = "inputs/matera/2021-05-12-lab3";
    f.file(
        &format!("{webex_lab}/iscrizioni.csv"),
        "Nome e cognome,E-mail,Tipo di organizzazione\n\
         Marco Ricci,marco.ricci@x.it,Comune\n\
         Bianca Ionescu,bianca@x.ro,Università\n\
         Thijs van Dijk,thijs@x.nl,Impresa\n\
         Lucia Bruno,lucia@x.it,Associazione\n",
    );
    let row = |name: &str, email: &str, mins: u32| {
        format!(
            "Lab 3\t\"=\"\"2021-05-12 14:00:00\"\"\"\t\"=\"\"2021-05-12 15:30:00\"\"\"\t{name}\t{email}\t\"=\"\"2021-05-12 14:01:00\"\"\"\t\"=\"\"2021-05-12 15:30:00\"\"\"\t{mins} mins\tDesktop\r\n"
        )
    };
    let text = [
        "Event Name\tEvent Start Time\tEvent End Time\tName\tAttendee Email\tJoin Time\tLeave Time\tAttendance Duration\tConnection Type\r\n".to_string(),
        row("Marco Ricci", "marco.ricci@x.it", 93),
        row("Bianca Ionescu", "bianca@x.ro", 90),
        row("Thijs van Dijk", "thijs@x.nl", 34),
        row("Willem Smit", "willem@y.nl", 31),
        row("Thijs van Dijk", "thijs@x.nl", 52),
    ]
    .concat();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    f.file(&format!("{webex_lab}/Lab 3_attendees.csv"), utf16);

    let meet_lab = "inputs/kaunas/2021-06-01-lab2";
    f.file(
        &format!("{meet_lab}/registracija.csv"),
        "Vardas ir pavardė,El. paštas,Organizacijos tipas\n\
         Rūta Kazlauskienė,ruta@x.lt,Savivaldybė\n\
         Jonas Petrauskas,jonas@x.lt,Mokykla\n\
         Eglė Jankauskaitė,egle@x.lt,Įmonė\n",
    );
    f.file(
        &format!("{meet_lab}/lab2 - Attendance.csv"),
        "\u{feff}\"*     Meet\"\r\n\"*     Meeting code: vzq-mkdr-tpa\"\r\n\"*     Created on 2021-06-01 16:58:41\"\r\n\"*     Ended on 2021-06-01 18:02:13\"\r\n\
         \"Full Name\",\"First Seen\",\"Time in Call\"\r\n\
         \"Rūta Kazlauskienė\",\"2021-06-01 16:58:41\",\"01:03:32\"\r\n\
         \"Jonas Petrauskas\",\"2021-06-01 17:00:05\",\"01:01:40\"\r\n\
         \"Tomas Vaitkus\",\"2021-06-01 17:03:30\",\"00:58:02\"\r\n",
    );
    let (run, s) = f.build();
    // Neither report marks its host: each says so, and the run asks for a look (exit 2).
    assert_eq!(run.code, 2, "{run:?}");
    for report in [
        "matera/2021-05-12-lab3/Lab 3_attendees.csv: the Webex attendance report",
        "kaunas/2021-06-01-lab2/lab2 - Attendance.csv: the Google Meet attendance report",
    ] {
        assert!(
            run.stderr.contains(&format!(
                "warning: {report} marks no organiser or host, so whoever ran the meeting is counted as a participant"
            )),
            "{}",
            run.stderr
        );
    }
    // Webex: Marco, Bianca, Thijs (two rows: one) registered and came; Willem is a walk-in;
    // Lucia did not come. Marco may be the host: the report cannot tell.
    let w = &s["labs"]["matera/2021-05-12-lab3"];
    assert_eq!(w["registrations"], 4);
    assert_eq!(w["attendees"], 4);
    assert_eq!(w["walk_ins"], 1);
    assert_eq!(w["by_stakeholder_type"]["ngo"], counts(1, Some(0)));
    assert_eq!(w["by_stakeholder_type"]["business"], counts(1, Some(1)));
    // Meet: Rūta and Jonas by name; Tomas a walk-in; Eglė did not come.
    let m = &s["labs"]["kaunas/2021-06-01-lab2"];
    assert_eq!(m["attendees"], 3);
    assert_eq!(m["walk_ins"], 1);
    assert_eq!(
        m["by_stakeholder_type"]["local_authority"],
        counts(1, Some(1))
    );
    assert_eq!(m["by_stakeholder_type"]["education"], counts(1, Some(1)));
    assert_eq!(m["by_stakeholder_type"]["business"], counts(1, Some(0)));
    let check = f.run(&["check"]);
    assert_has_lines(
        &check.stdout,
        &[
            "      role from: Webex attendance report: 4 participants; 1 row of a person already listed (rejoins) merged; this report marks no organiser or host, so they are counted as an attendee\n",
            "kaunas/2021-06-01-lab2/lab2 - Attendance.csv: attendance, 3 sign-ins, header in row 5\n      role from: Google Meet attendance report: 3 participants; this report marks no organiser and gives no e-mails",
        ],
    );
}

/// A list of names and e-mails alone beside a registration list: most likely who came, but
/// nothing says so. It is read as registrations (each person once) and put in doubt; alone
/// in its lab, it is a registration list without a word.
#[test]
fn a_second_list_of_names_alone_is_said_to_be_in_doubt() {
    let f = Fixture::new();
    let lab = "inputs/leeuwarden/2020-11-05-lll4";
    f.file(
        &format!("{lab}/registrations.csv"),
        "Name,Email,Organisation type\nDaan Bakker,daan@x.nl,Gemeente\nSanne de Jong,sanne@x.nl,Stichting\n",
    );
    f.file(
        &format!("{lab}/lijst.csv"),
        "Naam,E-mailadres\nDaan Bakker,daan@x.nl\nPieter Visser,pieter@x.nl\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    // Daan once, Sanne, Pieter: three people registered; no attendance is made up.
    let l = &s["labs"]["leeuwarden/2020-11-05-lll4"];
    assert_eq!(l["registrations"], 3);
    assert_eq!(l["attendees"], json!(null));
    assert!(
        run.stderr.contains("warning: leeuwarden/2020-11-05-lll4/lijst.csv: the sheet lists names or e-mails and nothing else that says what it is, beside another registration list of the lab; read as registrations too (each person once), so it gives no attendance. If it lists who came, put \"sign-in\""),
        "{}",
        run.stderr
    );
    // Alone in its lab, the same list is read as the registration list, and that guess is
    // said (issue 31: a list of names with no sign of whether they registered or came).
    std::fs::remove_file(f.path().join(lab).join("registrations.csv")).unwrap();
    let (run, s) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(s["labs"]["leeuwarden/2020-11-05-lll4"]["registrations"], 2);
    assert!(
        run.stderr.contains("warning: leeuwarden/2020-11-05-lll4/lijst.csv: the sheet lists names or e-mails and nothing that says whether they registered or came; read as the lab's registrations (each person once), so it gives no attendance. If it lists who came, put \"sign-in\""),
        "{}",
        run.stderr
    );
}

/// An organisation's name holds keywords of a type ("Comune di Matera", "S.r.l."), but a
/// column of names is not the type column: columns are recognised by content through the
/// taxonomy's aliases only, and the type is read from the column of types.
#[test]
fn a_column_of_organisations_is_not_taken_for_the_types() {
    let f = Fixture::new();
    f.file(
        "inputs/matera/2020-11-05-lab1/iscrizioni.csv",
        "Nome e cognome,Email,Ente di appartenenza,Che tipo di ente rappresenta?\n\
         Marco Ricci,marco@x.it,Comune di Matera,Ente pubblico\n\
         Giulia Rossi,giulia@x.it,Rossi Design S.r.l.,Impresa\n\
         Luca Bianchi,luca@x.it,Scuola Media Pascoli,Scuola\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let l = &s["labs"]["matera/2020-11-05-lab1"];
    assert_eq!(l["by_stakeholder_type"]["local_authority"], counts(1, None));
    assert_eq!(l["by_stakeholder_type"]["business"], counts(1, None));
    assert_eq!(l["by_stakeholder_type"]["education"], counts(1, None));
    let check = f.run(&["check"]);
    assert!(
        check.stdout.contains("      stakeholder type         ← D \"Che tipo di ente rappresenta?\" [header words \"tipo di ente\" (it); 100% of its values fit]\n"),
        "{}",
        check.stdout
    );
}

/// What the labs say of each other: a lab whose list has no organisation column where
/// another lab's has one, and two partners' feedback forms that share no question, are each a
/// warning (before, both were quiet: organisations missing, questions that never compare).
#[test]
fn a_column_other_labs_have_and_questions_no_other_partner_asks_are_warned() {
    let f = Fixture::new();
    f.file(
        "inputs/matera/2024-01-10-lab1/iscrizioni.csv",
        "Nome e cognome,E-mail,Ente,Tipo di ente\n\
         Anna Rossi,anna@x.it,Comune di Matera,Comune\n\
         Luca Neri,luca@x.it,Università della Basilicata,Università\n",
    );
    f.file(
        "inputs/matera/2024-01-10-lab1/questionario.csv",
        "Informazioni cronologiche,Valutazione generale dell'incontro (1-5)\n\
         2024/01/10 18:00:00,4\n2024/01/10 18:05:00,5\n",
    );
    f.file(
        "inputs/matera/2024-02-10-lab2/iscrizioni.csv",
        "Nome e cognome,E-mail,Tipo di ente\nAnna Rossi,anna@x.it,Comune\n",
    );
    f.file(
        "inputs/rijeka/2024-03-01-lab1/anketa.csv",
        "Vremenska oznaka,Koliko su vam bila jasna izlaganja? (1-5)\n\
         2024/03/01 18:00:00,3\n2024/03/01 18:01:00,4\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains(
            "warning: matera/2024-02-10-lab2: no column of its lists is read as the organisation, though 1 other lab has one: its people are counted under an unknown organisation here; if a column holds it, name its header under [columns] organisation in labreport.toml\n"
        ),
        "{}",
        run.stderr
    );
    // Matera asks the overall question (found by its words), Rijeka a question of its own:
    // neither can be compared with the other partner's, and both are said.
    let clear = "koliko_su_vam_bila_jasna_izlaganja";
    assert!(
        run.stderr.contains(&format!(
            "warning: rijeka/2024-03-01-lab1/anketa.csv: none of its questions ({clear}) is asked by another partner, so the programme cannot compare them; if one is a built-in question (overall, usefulness, organisation, recommend) in other words, add its header to that [[question]]'s aliases in labreport.toml\n"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "warning: matera/2024-01-10-lab1/questionario.csv: none of its questions (overall) is asked by another partner"
        ),
        "{}",
        run.stderr
    );
    // No warning of a type or sector column: the lab with people has a type column like the
    // other, and no lab has a sector column.
    assert!(
        !run.stderr.contains("read as the stakeholder type"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("read as the sector"), "{}", run.stderr);
    // The figures as read: lab 2's one person has no organisation counted.
    assert_eq!(s["labs"]["matera/2024-02-10-lab2"]["registrations"], 1);
    assert_eq!(
        s["labs"]["matera/2024-01-10-lab1"]["feedback_mean"]["overall"],
        json!(4.5)
    );
}

/// Meeting reports in the organiser's language, as the tools write them: Teams' 2021 report
/// from a French organiser (UTF-16LE with BOM, tabs, a "*" preamble, "13/04/2021 à 09:01:31",
/// "2 h 44 m"), Zoom's participants report in Italian (UTF-8 with BOM, the summary naming the
/// host as "Name (e-mail)", rejoins without an e-mail) and in Japanese, a language the
/// vocabulary does not hold (read by its layout: names, two columns of times, minutes).
#[test]
fn meeting_reports_in_other_languages_give_the_attendance() {
    let f = Fixture::new();
    let utf16 = |text: &str| -> Vec<u8> {
        [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect()
    };
    let fr = "inputs/leeuwarden/2021-04-13-lab5";
    f.file(
        &format!("{fr}/inscriptions.csv"),
        "Nom,E-mail,Type d'organisation\n\
         Luc Petit,luc@x.fr,Mairie\n\
         Inès Roux,ines@x.fr,Association\n\
         Paul Blanc,paul@x.fr,Université\n",
    );
    f.file(
        &format!("{fr}/meetingAttendanceReport.csv"),
        utf16(
            "*Résumé de la réunion\r\n\
             Nombre total de participants\t4\r\n\
             Titre de la réunion\tAtelier 5\r\n\
             Heure de début de la réunion\t13/04/2021 à 09:01:31\r\n\
             Heure de fin\t13/04/2021 à 11:45:31\r\n\
             \r\n\
             Nom complet\tHeure d'arrivée\tHeure de départ\tDurée\tE-mail\tRôle\r\n\
             Claire Martin\t13/04/2021 à 09:01:31\t13/04/2021 à 11:45:31\t2 h 44 m\tclaire@mairie.fr\tOrganisateur\r\n\
             Luc Petit\t13/04/2021 à 09:02:39\t13/04/2021 à 10:02:39\t1 h 0 m\tluc@x.fr\tPrésentateur\r\n\
             Luc Petit\t13/04/2021 à 10:30:00\t13/04/2021 à 11:00:00\t30 m\tluc@x.fr\tPrésentateur\r\n\
             Inès Roux\t13/04/2021 à 09:05:00\t13/04/2021 à 09:25:00\t20 m\tines@x.fr\tParticipant\r\n\
             Hugo Noir\t13/04/2021 à 09:06:00\t13/04/2021 à 11:00:00\t1 h 54 m\thugo@y.fr\tParticipant\r\n",
        ),
    );
    let it = "inputs/matera/2025-07-08-lab9";
    f.file(
        &format!("{it}/iscrizioni.csv"),
        "Nome e cognome,E-mail,Tipo di ente\n\
         Emanuela Raguso,emanuela@x.it,Comune\n\
         Marco Neri,marco@x.it,Impresa\n\
         Lucia Bruno,lucia@x.it,Associazione\n",
    );
    f.file(
        &format!("{it}/participants_7430864126.csv"),
        "\u{feff}Argomento,ID,Organizzatore,Durata (minuti),Ora di inizio,Ora di fine,Partecipanti\r\n\
         Laboratorio 9,7430864126,Grazia Trainito (grazia@comune.it),244,\"08/07/2025 08:57:00 AM\",\"08/07/2025 01:00:26 PM\",5\r\n\
         \r\n\
         Nome (nome originale),E-mail,Ora di ingresso,Ora di uscita,Durata (minuti),Guest,In sala d’attesa\r\n\
         Aula 1 (Grazia Trainito),grazia@comune.it,\"08/07/2025 08:57:00 AM\",\"08/07/2025 12:07:54 PM\",191,No,No\r\n\
         Emanuela Raguso,,\"08/07/2025 09:02:37 AM\",\"08/07/2025 09:03:02 AM\",1,Sì,Sì\r\n\
         Emanuela Raguso,,\"08/07/2025 09:03:03 AM\",\"08/07/2025 12:07:54 PM\",185,Sì,No\r\n\
         Marco Neri,,\"08/07/2025 09:10:00 AM\",\"08/07/2025 09:20:00 AM\",10,Sì,No\r\n\
         Marco Neri,marco@x.it,\"08/07/2025 09:30:00 AM\",\"08/07/2025 10:00:00 AM\",30,No,No\r\n\
         Anna Verdi,,\"08/07/2025 09:40:00 AM\",\"08/07/2025 10:00:00 AM\",20,Sì,No\r\n",
    );
    let ja = "inputs/kaunas/2020-12-08-lab1";
    f.file(
        &format!("{ja}/registracija.csv"),
        "Vardas ir pavardė,El. paštas,Organizacijos tipas\n\
         Rūta Kazlauskienė,ruta@x.lt,Savivaldybė\n\
         Jonas Petrauskas,jonas@x.lt,Mokykla\n",
    );
    f.file(
        &format!("{ja}/participants_81234567890.csv"),
        "\u{feff}名前 (元の名前),ユーザーメール,参加時刻,退出時刻,所要時間（分）\r\n\
         Rūta Kazlauskienė,ruta@x.lt,2020/12/8 8:35,2020/12/8 12:39,245\r\n\
         Jonas Petrauskas,jonas@x.lt,2020/12/8 8:36,2020/12/8 9:00,24\r\n\
         Jonas Petrauskas,jonas@x.lt,2020/12/8 9:10,2020/12/8 9:40,30\r\n\
         山田 太郎,taro@x.jp,2020/12/8 8:59,2020/12/8 9:01,2\r\n",
    );
    let (run, s) = f.build();
    // The Japanese report marks no host: said (exit 2); the others do.
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(
        run.stderr.matches("marks no organiser").count(),
        1,
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("warning: kaunas/2020-12-08-lab1/participants_81234567890.csv: the Zoom participants report marks no organiser or host"),
        "{}",
        run.stderr
    );
    // French: Luc (twice: one) and Inès registered and came, Hugo a walk-in, Paul did not
    // come; Claire, the organiser, is staff.
    let l = &s["labs"]["leeuwarden/2021-04-13-lab5"];
    assert_eq!(l["registrations"], 3);
    assert_eq!(l["attendees"], 3);
    assert_eq!(l["walk_ins"], 1);
    assert_eq!(
        l["by_stakeholder_type"]["local_authority"],
        counts(1, Some(1))
    );
    assert_eq!(l["by_stakeholder_type"]["education"], counts(1, Some(0)));
    // Italian: the host (renamed "Aula 1", her e-mail in the summary) is staff; Emanuela
    // (twice, no e-mail) and Marco (once without, once with his e-mail) came, matched by
    // name and e-mail; Anna a walk-in; Lucia did not come.
    let l = &s["labs"]["matera/2025-07-08-lab9"];
    assert_eq!(l["registrations"], 3);
    assert_eq!(l["attendees"], 3);
    assert_eq!(l["walk_ins"], 1);
    assert_eq!(
        l["by_stakeholder_type"]["local_authority"],
        counts(1, Some(1))
    );
    assert_eq!(l["by_stakeholder_type"]["business"], counts(1, Some(1)));
    assert_eq!(l["by_stakeholder_type"]["ngo"], counts(1, Some(0)));
    // Japanese: Rūta and Jonas (twice: one) came; Taro a walk-in.
    let l = &s["labs"]["kaunas/2020-12-08-lab1"];
    assert_eq!(l["attendees"], 3);
    assert_eq!(l["walk_ins"], 1);
    let check = f.run(&["check"]);
    assert_has_lines(
        &check.stdout,
        &[
            "leeuwarden/2021-04-13-lab5/meetingAttendanceReport.csv: attendance, 3 sign-ins, header in row 7\n      role from: Microsoft Teams attendance report: 3 participants; 1 person left out (organiser or host); 1 row of a person already listed (rejoins) merged\n",
            "matera/2025-07-08-lab9/participants_7430864126.csv: attendance, 3 sign-ins, header in row 4\n      role from: Zoom participants report: 3 participants; 1 person left out (organiser or host); 2 rows of a person already listed (rejoins) merged\n",
            "kaunas/2020-12-08-lab1/participants_81234567890.csv: attendance, 3 sign-ins, header in row 1\n      role from: Zoom participants report: 3 participants; 1 row of a person already listed (rejoins) merged; this report marks no organiser or host, so they are counted as an attendee\n",
            "      minutes in the meeting   ← E \"所要時間（分）\" [layout of a meeting report (its values)]\n",
        ],
    );
}

/// Zoom's webinar attendee report, as Zoom writes it: a title and the webinar's summary,
/// then titled sections "Host Details", "Panelist Details", "Attendee Details" (every
/// registrant, "Attended" Yes or No, a row per join) and "Other Attended" (came without
/// registering). The host and panelists are staff; the attendees' section is the
/// registrations, each saying whether they came; the others are walk-ins.
#[test]
fn a_zoom_webinar_report_is_read_section_by_section() {
    let f = Fixture::new();
    f.file(
        "inputs/leeuwarden/2021-03-28-lab4/Webinar attendee report.csv",
        "\u{feff}Attendee Report,\n\
         Report Generated:,\"Mar 29, 2021 10:00 AM\"\n\
         Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Registered,# Cancelled,Unique Viewers,Total Users,Max Concurrent Views\n\
         Lab 4,812-345-678,\"Mar 28, 2021 9:00 AM\",120,4,0,3,5,3\n\
         Host Details,\n\
         Attended,User Name,Email,Join Time,Leave Time,Time in Session (minutes),Country/Region Name\n\
         Yes,Daan Bakker,daan@gemeente.nl,\"Mar 28, 2021 08:55:00\",\"Mar 28, 2021 11:00:00\",125,Netherlands\n\
         Panelist Details,\n\
         \"Attended\",\"User Name\",\"Email\",\"Join Time\",\"Leave Time\",\"Time in Session (minutes)\",\"Country/Region Name\"\n\
         \"Yes\",\"Sanne de Jong\",\"sanne@x.nl\",\"Mar 28, 2021 09:00:00\",\"Mar 28, 2021 10:00:00\",60,\"Netherlands\"\n\
         Attendee Details,\n\
         \"Attended\",\"First Name\",\"Last Name\",\"Email\",\"Registration Time\",\"Approval Status\",\"Join Time\",\"Leave Time\",\"Time in Session (minutes)\",\"Country/Region Name\"\n\
         \"Yes\",\"Femke\",\"Visser\",\"femke@x.nl\",\"Mar 20, 2021 10:00:00\",\"approved\",\"Mar 28, 2021 09:01:00\",\"Mar 28, 2021 09:30:00\",\"29\",\"Netherlands\"\n\
         \"Yes\",\"Femke\",\"Visser\",\"femke@x.nl\",NA,NA,\"Mar 28, 2021 09:35:00\",\"Mar 28, 2021 10:50:00\",\"75\",\"Netherlands\"\n\
         \"Yes\",\"Pieter\",\"de Boer\",\"pieter@x.nl\",\"Mar 21, 2021 11:00:00\",\"approved\",\"Mar 28, 2021 09:02:00\",\"Mar 28, 2021 10:58:00\",\"116\",\"Netherlands\"\n\
         \"No\",\"Lotte\",\"Mulder\",\"lotte@x.nl\",\"Mar 22, 2021 12:00:00\",\"approved\",\"--\",\"--\",\"--\",\"--\"\n\
         \"Yes\",\"Sanne\",\"de Jong\",\"sanne@x.nl\",\"Mar 22, 2021 12:30:00\",\"approved\",\"Mar 28, 2021 09:00:00\",\"Mar 28, 2021 10:00:00\",\"60\",\"Netherlands\"\n\
         Other Attended,\n\
         \"User Name\",\"Join Time\",\"Leave Time\",\"Time in Session (minutes)\",\"Country/Region Name\"\n\
         \"Guest 1\",\"Mar 28, 2021 9:10 AM\",\"Mar 28, 2021 9:40 AM\",30,\"Belgium\"\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let l = &s["labs"]["leeuwarden/2021-03-28-lab4"];
    // Registered: Femke, Pieter, Lotte (Sanne is a panelist: staff). Came: Femke (two
    // joins: one), Pieter, and Guest 1, who had not registered.
    assert_eq!(l["registrations"], 3);
    assert_eq!(l["attendees"], 3);
    assert_eq!(l["walk_ins"], 1);
    let check = f.run(&["check"]);
    assert_has_lines(
        &check.stdout,
        &[
            "      role from: Zoom webinar report: 3 registrants (2 attended) and 1 participant who had not registered; sections: \"Host Details\" (its people are staff, not counted), \"Panelist Details\" (its people are staff, not counted), \"Attendee Details\" (5 rows of registrants, each saying whether they attended), \"Other Attended\" (1 row of participants); 2 people left out (organiser or host); 1 row of a person already listed (rejoins) merged\n",
        ],
    );
}

/// A Google Meet attendance list as a browser extension writes it: a title line, then each
/// line one quoted cell holding tab-separated values, the header holding the meeting's start
/// among its words, each person's joins as "arrival (minutes) [left]", and a listed name
/// with no arrival (who never joined).
#[test]
fn a_meet_extensions_attendance_list_is_read() {
    let f = Fixture::new();
    let lab = "inputs/rijeka/2020-09-09-lab2";
    f.file(
        &format!("{lab}/prijave.csv"),
        "Ime i prezime,E-mail,Vrsta organizacije\n\
         Ivana Horvat,ivana@x.hr,Grad Rijeka\n\
         Marko Babić,marko@x.hr,Udruga\n\
         Petra Kovač,petra@x.hr,Škola\n",
    );
    f.file(
        &format!("{lab}/Lab 2 (2020-09-09).csv"),
        "Attendance for: Lab 2 on 2020-09-09\r\n\
         \r\n\
         \"Names\t2020-09-09 15:32\tArrival time\"\r\n\
         \"Ivana Horvat\t?\t15:33 (30min) [16:02]\"\r\n\
         \"Marko Babić\t?\t15:34 (14min) [15:47]\t15:48 (16min) [16:02]\"\r\n\
         \"Luka Jurić\t?\t15:50 (0min) [15:50]\"\r\n\
         \"Petra Kovač\t?\"\r\n",
    );
    let (run, s) = f.build();
    // The list marks no organiser: said.
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains(
            "marks no organiser or host, so whoever ran the meeting is counted as a participant"
        ),
        "{}",
        run.stderr
    );
    let l = &s["labs"]["rijeka/2020-09-09-lab2"];
    // Ivana and Marko registered and joined; Luka joined without registering; Petra is
    // listed but never arrived.
    assert_eq!(l["registrations"], 3);
    assert_eq!(l["attendees"], 3);
    assert_eq!(l["walk_ins"], 1);
    assert_eq!(l["by_stakeholder_type"]["education"], counts(1, Some(0)));
    let check = f.run(&["check"]);
    assert_has_lines(
        &check.stdout,
        &[
            "rijeka/2020-09-09-lab2/Lab 2 (2020-09-09).csv: attendance, 3 sign-ins, header in row 3\n",
        ],
    );
}

/// A list whose first block's header is not recognised and whose second one's is: the
/// header is found in the second block, and the people above it are not read; that is
/// said, naming their rows, never silent.
#[test]
fn people_above_the_header_are_never_dropped_in_silence() {
    let f = Fixture::new();
    f.file(
        "inputs/p/2021-01-01-lab/inscrits.csv",
        "Liste des inscrits,,\n\
         Qui,Où joindre,Chez\n\
         Ana Pop,ana@x.fr,Mairie de Lyon\n\
         Ion Rus,ion@x.fr,Association Jeunes\n\
         ,,\n\
         Inscriptions tardives,,\n\
         Nom,E-mail,Type d'organisation\n\
         Eva Lind,eva@x.fr,Université\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains(
            "warning: p/2021-01-01-lab/inscrits.csv › rows 3–4: 2 rows above the header (row 7) look like people's (an e-mail address, or names under the name columns), and are not read"
        ),
        "{}",
        run.stderr
    );
    // Eva alone is read: the warning says the rest.
    assert_eq!(s["labs"]["p/2021-01-01-lab"]["registrations"], 1);
}

/// `check --suggest` writes, commented out, the lines for the columns not read that hold
/// categories or ratings: a category column under both keys it may be, and in `ignore`; a
/// rating column as a `[[question]]`. Uncommented as the PM chooses, the warnings go.
#[test]
fn check_suggest_writes_the_lines_for_the_columns_not_read() {
    let f = Fixture::new();
    f.file(
        "inputs/p/2020-01-01-l/r.csv",
        "Name,Email,Gen,Vibe\n\
         A,a@x.org,F,4\n\
         B,b@x.org,M,5\n\
         C,c@x.org,F,4\n\
         D,d@x.org,F,5\n\
         E,e@x.org,M,4\n",
    );
    let run = f.run(&["check", "--suggest"]);
    assert_eq!(run.code, 2, "{run:?}");
    let expected = "# [columns]\n\
        # p/2020-01-01-l/r.csv › C1: F ×3, M ×2\n\
        # stakeholder_type = [\"Gen\"]\n\
        # sector = [\"Gen\"]\n\
        # ignore = [\"Gen\", \"Vibe\"]\n\
        #\n\
        # p/2020-01-01-l/r.csv › D1: ratings from 4 to 5\n\
        # [[question]]\n\
        # id = \"vibe\"\n\
        # label = \"Vibe\"\n\
        # aliases = [\"Vibe\"]\n\
        # scale = [1, 5]\n";
    assert!(run.stdout.ends_with(expected), "{}", run.stdout);
    // The PM passes the first over and makes the second a question: no warning is left.
    f.file(
        "labreport.toml",
        "[columns]\nignore = [\"Gen\"]\n\n\
         [[question]]\nid = \"vibe\"\nlabel = \"Vibe\"\naliases = [\"Vibe\"]\nscale = [1, 5]\n",
    );
    let run = f.run(&["check"]);
    assert_eq!(run.code, 0, "{run:?}");
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    // The list with a rating question is now a feedback form: 4, 5, 4, 5, 4.
    assert_eq!(s["labs"]["p/2020-01-01-l"]["feedback_mean"]["vibe"], 4.4);
}

/// A meeting report in a workbook (its text shared strings, as Excel and rust_xlsxwriter
/// write them), in a language the vocabulary does not hold: read by its layout as a CSV is.
#[test]
fn a_meeting_report_in_a_workbook_is_read_by_its_layout_too() {
    let f = Fixture::new();
    f.xlsx(
        "inputs/p/2020-12-08-lab/participants.xlsx",
        &[(
            "参加者",
            &[
                &[
                    "名前 (元の名前)",
                    "ユーザーメール",
                    "参加時刻",
                    "退出時刻",
                    "所要時間（分）",
                ],
                &[
                    "山田 太郎",
                    "taro@x.jp",
                    "2020/12/8 8:35",
                    "2020/12/8 12:39",
                    "245",
                ],
                &[
                    "佐藤 花子",
                    "hanako@x.jp",
                    "2020/12/8 8:36",
                    "2020/12/8 9:00",
                    "24",
                ],
                &[
                    "佐藤 花子",
                    "hanako@x.jp",
                    "2020/12/8 9:10",
                    "2020/12/8 9:40",
                    "30",
                ],
            ],
        )],
    );
    let (_, s) = f.build();
    // Taro, and Hanako (twice: one).
    assert_eq!(s["labs"]["p/2020-12-08-lab"]["attendees"], 2);
    let check = f.run(&["check"]);
    assert_has_lines(
        &check.stdout,
        &[
            "      role from: Zoom participants report: 2 participants; 1 row of a person already listed (rejoins) merged",
        ],
    );
}

/// A sign-in sheet printed with the registered people's names, signed by those who came:
/// a blank signature beside a name is someone who did not come.
#[test]
fn a_blank_signature_on_a_printed_sign_in_sheet_is_someone_who_did_not_come() {
    let f = Fixture::new();
    let lab = "inputs/timisoara/2024-11-14-lab";
    f.file(
        &format!("{lab}/Inscrieri.csv"),
        "Nume și prenume,E-mail,Tip organizație\n\
         Ana Pop,ana@x.ro,Autoritate publică locală\n\
         Ion Ilie,ion@x.ro,ONG\n\
         Eva Lazăr,eva@x.ro,Firmă\n\
         Dan Radu,dan@x.ro,Firmă\n",
    );
    // Ana and Eva signed; Ion and Dan did not come; Maria came without registering.
    f.file(
        &format!("{lab}/Lista de prezenta.csv"),
        "Lista de prezență - Atelier 14.11.2024;;;\n\
         Nr.;Numele și prenumele;Instituția;Semnătura\n\
         1;Ana Pop;Primăria Timișoara;AP\n\
         2;Ion Ilie;Asociația X;\n\
         3;Eva Lazăr;SC Y SRL;E. Lazăr\n\
         4;Dan Radu;SC Z SRL;\n\
         5;Maria Stan;Liceul Z;MS\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let l = &s["labs"]["timisoara/2024-11-14-lab"];
    assert_eq!(l["registrations"], 4);
    // Ana, Eva and the walk-in Maria: 3, not the 5 rows of the sheet.
    assert_eq!(l["attendees"], 3);
    assert_eq!(l["walk_ins"], 1);
    assert_eq!(l["by_stakeholder_type"]["business"], counts(2, Some(1)));
    assert_eq!(l["by_stakeholder_type"]["ngo"], counts(1, Some(0)));
    let check = f.run(&["check"]);
    assert!(
        check.stdout.contains(
            "some signed column D and some did not: a blank signature is someone who did not come"
        ),
        "{}",
        check.stdout
    );
    // A list typed up afterwards, with no signature at all, lists who came.
    f.file(
        &format!("{lab}/Lista de prezenta.csv"),
        "Nr.;Numele și prenumele;Instituția;Semnătura\n\
         1;Ana Pop;Primăria Timișoara;\n\
         2;Ion Ilie;Asociația X;\n",
    );
    let (_, s) = f.build();
    assert_eq!(s["labs"]["timisoara/2024-11-14-lab"]["attendees"], 2);
}

/// A question graded as at school, 1 the best: its mean is on the report's scale, 5 the best.
#[test]
fn a_scale_stated_from_best_to_worst_is_read_the_other_way_round() {
    let f = Fixture::new();
    let lab = "inputs/kosice/2024-05-22-lab";
    f.file(
        &format!("{lab}/Spätná väzba.csv"),
        "Časová pečiatka,\"Organizácia podujatia (známkujte ako v škole: 1 = výborná, 5 = nedostatočná)\"\n\
         2024/05/22 12:01,1\n\
         2024/05/22 12:02,2\n\
         2024/05/22 12:03,1\n\
         2024/05/22 12:04,3\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    // Grades 1, 2, 1, 3 are 5, 4, 5, 3 on the scale where 5 is the best: mean 17 / 4.
    assert_eq!(
        s["labs"]["kosice/2024-05-22-lab"]["feedback_mean"]["organisation"],
        json!(4.25)
    );
    let check = f.run(&["check"]);
    assert!(
        check.stdout.contains(
            "its scale runs from best to worst, so each rating is read the other way round"
        ),
        "{}",
        check.stdout
    );
}
