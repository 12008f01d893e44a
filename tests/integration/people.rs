//! People matched across a lab's files as a careful person would: titles, hyphens, names
//! spelt with digraphs, the same name with another e-mail, part of a name; and two rows of
//! one person keeping each field the first that gives it.

use crate::common::{Fixture, assert_has_lines, counts, files_under};

/// A lab whose sign-in sheet names its registrants as people write their names.
fn sign_ins_written_otherwise() -> Fixture {
    let f = Fixture::new();
    f.file(
        "inputs/p/2024-05-10-names/registrations.csv",
        "Name,Email,Stakeholder type,Sector\n\
         dr. Andrej Kovačič,andrej.kovacic@fri.si,University,Education\n\
         Nagy Eszter,eszter@civil.hu,NGO,Tourism\n\
         Karl Erik Org,karl@org.ee,NGO,Tourism\n\
         Jürgen Müller,juergen@stadt.de,NGO,Tourism\n\
         Đurđa Knežević,djurdja@udruga.hr,NGO,Tourism\n\
         Piotr Nowak,piotr.nowak@pollub.edu.pl,University,Education\n\
         Lucía Martínez Sanz,lucia@ong.es,NGO,Tourism\n\
         Ana Maria Pop,ana@ong.ro,NGO,Tourism\n\
         Jan Novak,jan@firma.cz,NGO,Tourism\n\
         Jan Novak,jan.novak@jiny.cz,NGO,Tourism\n\
         Maria Rossi Bianchi,mrb@ente.it,NGO,Tourism\n\
         Maria Rossi Verdi,mrv@ente.it,NGO,Tourism\n\
         Eva Lind,eva@forening.se,NGO,Tourism\n",
    );
    f.file(
        "inputs/p/2024-05-10-names/sign-in.csv",
        "Name,Email,Signature\n\
         Kovačič Andrej,,x\n\
         Dr. Nagy Eszter,,x\n\
         Karl-Erik Org,,x\n\
         Mueller Juergen,,x\n\
         Djurdja Knezević,,x\n\
         Piotr Nowak,pnowak83@gmail.com,x\n\
         Lucía Martínez,,x\n\
         Ana Pop,,x\n\
         Jan Novak,jn@gmail.com,x\n\
         Maria Rossi,,x\n\
         Zoe Walker,,x\n\
         Martínez,,x\n",
    );
    f
}

#[test]
fn sign_ins_match_registrations_written_with_titles_hyphens_digraphs_or_part_of_the_name() {
    let f = sign_ins_written_otherwise();
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["p/2024-05-10-names"];
    // Matched (8): Andrej and Eszter (a title), Karl Erik (a hyphen), Jürgen and Đurđa
    // (digraphs), Piotr (the same name, another e-mail), Lucía and Ana Maria (part of the
    // name). Walk-ins (4): Jan Novak (two registrations have his name), Maria Rossi (part of
    // two names), Zoe Walker (nobody), Martínez (one word is too little).
    assert_eq!(lab["registrations"], 13);
    assert_eq!(lab["walk_ins"], 4);
    assert_eq!(lab["attendees"], 12);
    assert_eq!(lab["by_stakeholder_type"]["education"], counts(2, Some(2)));
    assert_eq!(lab["by_stakeholder_type"]["ngo"], counts(11, Some(6)));
    assert_eq!(lab["by_stakeholder_type"]["unknown"], counts(0, Some(4)));
    // No name reaches a file of the output: only check's screen shows them.
    for (path, bytes) in files_under(&f.path().join("output")) {
        let text = String::from_utf8_lossy(&bytes);
        for name in ["Nowak", "Martínez", "Kovačič", "Walker", "pnowak83"] {
            assert!(!text.contains(name), "{name} in {}", path.display());
        }
    }
}

#[test]
fn check_says_which_sign_ins_were_matched_by_a_weaker_rule() {
    let f = sign_ins_written_otherwise();
    let run = f.run(&["check"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_has_lines(
        &run.stdout,
        &[
            "  walk-ins (signed in, not registered; counted as attendees of unknown type): Jan Novak, Maria Rossi, Zoe Walker, Martínez\n",
            "  matched by name, signed in with an e-mail the registration does not have: Piotr Nowak\n",
            "  matched by part of a name, held by no other registration: Ana Pop → Ana Maria Pop, Lucía Martínez → Lucía Martínez Sanz\n",
        ],
    );
    // Titles, hyphens and digraphs are the name itself, as accents are: not listed.
    for quiet in ["Kovačič", "Eszter", "Karl", "Mueller", "Djurdja"] {
        assert!(!run.stdout.contains(quiet), "{quiet} in:\n{}", run.stdout);
    }
}

#[test]
fn two_rows_of_one_person_keep_each_field_the_first_that_gives_it() {
    let f = Fixture::new();
    // A list of names and e-mails (a sign-in sheet not named as one) read before the
    // registration list: its blank types and sectors do not hide the registrations'.
    f.file(
        "inputs/p/2024-05-11-two-lists/a-list.csv",
        "Name,Email\nAna Pop,ana@x.org\nIon Rus,ion@x.org\n",
    );
    f.file(
        "inputs/p/2024-05-11-two-lists/b-registrations.csv",
        "Name,Email,Stakeholder type,Sector\n\
         Ana Pop,ana@x.org,NGO,Tourism\n\
         Ion Rus,ion@x.org,Youth organisation,Education\n",
    );
    let (run, s) = f.build();
    // Exit 2: the list's warning says how it was read.
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("a-list.csv: the sheet lists names or e-mails and nothing else")
    );
    let lab = &s["labs"]["p/2024-05-11-two-lists"];
    assert_eq!(lab["registrations"], 2);
    assert_eq!(lab["duplicates_removed"], 2);
    assert_eq!(lab["by_stakeholder_type"]["ngo"], counts(1, None));
    assert_eq!(lab["by_stakeholder_type"]["youth"], counts(1, None));
    assert_eq!(lab["by_stakeholder_type"]["unknown"], counts(0, None));
    assert_eq!(lab["by_sector"]["tourism"], counts(1, None));
    assert_eq!(lab["by_sector"]["education"], counts(1, None));
    assert_eq!(lab["by_sector"]["unknown"], counts(0, None));
}

#[test]
fn a_meeting_reports_e_mails_match_a_list_of_names_without_any() {
    // Registered by name alone; the meeting's report gives each participant's e-mail.
    let f = Fixture::new();
    f.file(
        "inputs/p/2024-05-12-online/registrations.csv",
        "Name,Stakeholder type\nAna Pop,NGO\nIon Rus,NGO\n",
    );
    f.file(
        "inputs/p/2024-05-12-online/sign-in.csv",
        "Name,Email,Signature\nPop Ana,ana.pop@gmail.com,x\nZoe Walker,zoe@x.org,x\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["p/2024-05-12-online"];
    assert_eq!(lab["attendees"], 2);
    assert_eq!(lab["walk_ins"], 1);
    assert_eq!(lab["by_stakeholder_type"]["ngo"], counts(2, Some(1)));
    // A name matched where the registration gives no e-mail is a match by name, not shown.
    let run = f.run(&["check"]);
    assert!(!run.stdout.contains("Ana"), "{}", run.stdout);
}
