//! `labreport build`: the figures of summary.json, worked out by hand.

use serde_json::json;

use crate::common::{Fixture, SECTORS, TYPES, breakdown, counts};

/// Two labs: an English xlsx with a duplicate, multi-valued sectors, a label without
/// diacritics, unknown labels, a blank row and a totals row, plus a feedback CSV; and a
/// semicolon CSV lab without attendance data that shares a person with the first.
fn two_labs() -> Fixture {
    let f = Fixture::new();
    f.xlsx(
        "inputs/alpha/2021-05-10-lab1/registrations.xlsx",
        &[(
            "Registrations",
            &[
                &[
                    "First name",
                    "Last name",
                    "Email",
                    "Stakeholder type",
                    "Sector",
                    "Attended",
                ],
                &[
                    "Ana",
                    "Pop",
                    "ana@x.org",
                    "Local public authority",
                    "ICT",
                    "Yes",
                ],
                &[
                    "Ion",
                    "Rus",
                    "ion@x.org",
                    "Autoritate publica locala",
                    "ICT, Tourism",
                    "Yes",
                ],
                &["Eva", "Lind", "eva@x.org", "Start-up", "Tourism", "No"],
                &[
                    "Ana",
                    "Pop",
                    " ANA@X.ORG ",
                    "Local public authority",
                    "ICT",
                    "No",
                ],
                &[
                    "Tom",
                    "Berg",
                    "tom@x.org",
                    "Pottery guild",
                    "Aquaculture; ICT",
                    "Yes",
                ],
                &[],
                &["Total", "", "", "", "", "4"],
            ],
        )],
    );
    f.file(
        "inputs/alpha/2021-05-10-lab1/feedback.csv",
        "Timestamp,How satisfied were you with the lab overall? (1-5),Usefulness,Comments\n\
         2021-05-10 12:00,5,4,great\n\
         2021-05-10 12:05,4,,\n\
         2021-05-10 12:10,Very satisfied,3,\n\
         2021-05-10 12:15,,,only a comment\n",
    );
    f.file(
        "inputs/beta/2021-06-01-lab2/registrations.csv",
        "Name;E-mail;Stakeholder type;Sector\n\
         Ana Pop;ana@x.org;Local public authority;ICT\n\
         Mia Horvat;mia@x.org;NGO;Social economy\n",
    );
    f
}

#[test]
fn two_labs_are_counted_as_worked_out_by_hand() {
    let f = two_labs();
    let (run, s) = f.build();
    // Unknown labels are warnings: output written, exit 2.
    assert_eq!(run.code, 2, "{run:?}");

    let alpha = &s["labs"]["alpha/2021-05-10-lab1"];
    // Ana (twice: ana@x.org and " ANA@X.ORG "), Ion, Eva, Tom; blank and totals rows are not people.
    assert_eq!(alpha["registrations"], 4);
    assert_eq!(alpha["duplicates_removed"], 1);
    // Ana (yes in one of her rows), Ion, Tom.
    assert_eq!(alpha["attendees"], 3);
    assert_eq!(alpha["date"], "2021-05-10");
    assert_eq!(alpha["partner"], "alpha");
    // Ana and Ion (typed without diacritics) are local authorities, Eva a business, Tom unknown.
    assert_eq!(
        alpha["by_stakeholder_type"],
        breakdown(
            TYPES,
            &[
                ("local_authority", counts(2, Some(2))),
                ("business", counts(1, Some(0))),
                ("unknown", counts(1, Some(1))),
            ],
            true
        )
    );
    // ICT: Ana, Ion, Tom. Tourism: Ion, Eva. Unknown: Tom's "Aquaculture".
    assert_eq!(
        alpha["by_sector"],
        breakdown(
            SECTORS,
            &[
                ("ict", counts(3, Some(3))),
                ("tourism", counts(2, Some(1))),
                ("unknown", counts(1, Some(1))),
            ],
            true
        )
    );
    // Four responses (one only a comment). Overall: 5, 4, "Very satisfied" = 5 → 14/3.
    // Usefulness: 4, 3 → 3.5.
    assert_eq!(alpha["feedback_responses"], 4);
    assert_eq!(
        alpha["feedback_mean"],
        json!({"overall": 4.6667, "usefulness": 3.5, "organisation": null, "recommend": null})
    );
    assert_eq!(
        alpha["feedback_answers"],
        json!({"overall": 3, "usefulness": 2, "organisation": 0, "recommend": 0})
    );

    let beta = &s["labs"]["beta/2021-06-01-lab2"];
    assert_eq!(beta["registrations"], 2);
    // No attended column, no sign-in sheet: attendance is unknown, not zero.
    assert_eq!(beta["attendees"], json!(null));
    assert_eq!(beta["by_stakeholder_type"]["ngo"], counts(1, None));
    assert_eq!(beta["feedback_responses"], 0);

    let t = &s["totals"];
    assert_eq!(t["labs"], 2);
    assert_eq!(t["registrations"], 6);
    assert_eq!(t["attendees"], 3);
    assert_eq!(t["feedback_responses"], 4);
    // Ana registered for both labs: Ana, Ion, Eva, Tom, Mia.
    assert_eq!(t["unique_registered_people"], 5);
    assert_eq!(t["unique_attendee_people"], 3);
    assert_eq!(s["schema"], "labreport-summary/1");
    assert_eq!(s["generated_at"], "2026-01-01T00:00:00Z");

    // Each unknown label is a warning naming file, sheet and cell.
    assert!(
        run.stderr.contains(
            "warning: alpha/2021-05-10-lab1/registrations.xlsx › Registrations › D6: stakeholder type \"Pottery guild\" matches no stakeholder type alias; counted as unknown"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "registrations.xlsx › Registrations › E6: sector \"Aquaculture\" matches no sector alias"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn sign_in_names_are_matched_to_registrations_in_any_order() {
    let f = Fixture::new();
    f.xlsx(
        "inputs/gamma/2022-01-20-lab/lab.xlsx",
        &[
            (
                "Registrations",
                &[
                    &["Full name", "Email", "Stakeholder type", "Sector"],
                    &["Ana Pop", "ana@x.org", "Youth organisation", "Education"],
                    &["Ion Rus", "ion@x.org", "NGO", "Tourism"],
                    &["Eva Lind", "eva@x.org", "NGO", "Tourism"],
                ],
            ),
            (
                "Sign-in",
                &[
                    &["Nr.", "Name", "Signature"],
                    &["1", "POP Ana", "signed"],
                    &["2", "Ion Rus", "signed"],
                    &["3", "Zoë Walker", "signed"],
                ],
            ),
        ],
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["gamma/2022-01-20-lab"];
    // Ana (name reversed, other case) and Ion are matched; Zoë is a walk-in.
    assert_eq!(lab["registrations"], 3);
    assert_eq!(lab["attendees"], 3);
    assert_eq!(lab["walk_ins"], 1);
    assert_eq!(lab["by_stakeholder_type"]["youth"], counts(1, Some(1)));
    assert_eq!(lab["by_stakeholder_type"]["ngo"], counts(2, Some(1)));
    assert_eq!(lab["by_stakeholder_type"]["unknown"], counts(0, Some(1)));
}

#[test]
fn two_runs_give_byte_identical_summaries() {
    let f = two_labs();
    f.run(&["build"]);
    let first = std::fs::read(f.path().join("output/summary.json")).unwrap();
    f.run(&["build"]);
    let second = std::fs::read(f.path().join("output/summary.json")).unwrap();
    assert_eq!(first, second);
}

#[test]
fn a_broken_file_costs_only_that_file() {
    let f = two_labs();
    f.file(
        "inputs/beta/2021-06-01-lab2/photo.xlsx",
        b"\x89PNG\r\n\x1a\n not really a workbook",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "warning: beta/2021-06-01-lab2/photo.xlsx: it is named .xlsx but is a PNG image; export the spreadsheet again, or remove the file; the file is left out"
        ),
        "{}",
        run.stderr
    );
    // Everything else is still counted.
    assert_eq!(s["totals"]["registrations"], 6);
    assert_eq!(s["labs"]["beta/2021-06-01-lab2"]["registrations"], 2);
}

#[test]
fn no_personal_data_reaches_the_summary() {
    let f = two_labs();
    let (_, _) = f.build();
    let text = std::fs::read_to_string(f.path().join("output/summary.json")).unwrap();
    for personal in ["ana@x.org", "Ana", "Pop", "Horvat", "x.org"] {
        assert!(!text.contains(personal), "summary.json holds {personal}");
    }
}

#[test]
fn the_previous_output_is_replaced_and_its_gitignore_kept() {
    let f = two_labs();
    f.file("output/.gitignore", "*\n!.gitignore\n");
    f.file("output/summary.json", "stale");
    let (run, s) = f.build();
    assert_eq!(run.code, 2);
    assert_eq!(s["totals"]["labs"], 2);
    assert_eq!(
        std::fs::read_to_string(f.path().join("output/.gitignore")).unwrap(),
        "*\n!.gitignore\n"
    );
}

#[test]
fn a_rebuild_writes_only_the_files_that_changed() {
    use std::os::unix::fs::MetadataExt;
    let f = Fixture::new();
    // Registration lists (a sector says so: a list of e-mails alone would be in doubt).
    f.file(
        "inputs/a/2020-01-01-one/r.csv",
        "Email,Sector\na@x.org,ICT\n",
    );
    f.file(
        "inputs/b/2020-03-01-three/r.csv",
        "Email,Sector\nb@x.org,ICT\n",
    );
    let inode = |rel: &str| {
        std::fs::metadata(f.path().join("output").join(rel))
            .unwrap()
            .ino()
    };
    let text = |rel: &str| std::fs::read_to_string(f.path().join("output").join(rel)).unwrap();
    assert_eq!(f.run(&["build"]).code, 0);
    let (a_page, b_page) = ("labs/a/2020-01-01-one.html", "labs/b/2020-03-01-three.html");
    let (a_before, b_before) = (inode(a_page), inode(b_page));
    let b_text = text(b_page);

    // Lab b gains a second person: its page and the index change, lab a's page does not.
    f.file(
        "inputs/b/2020-03-01-three/r.csv",
        "Email,Sector\nb@x.org,ICT\nc@x.org,ICT\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(s["labs"]["b/2020-03-01-three"]["registrations"], 2);
    assert_eq!(
        inode(a_page),
        a_before,
        "an unchanged page is kept, not rewritten"
    );
    assert_ne!(inode(b_page), b_before);
    assert_ne!(text(b_page), b_text);
    // A kept file is the same file in the new report, not a link back into a removed folder.
    assert_eq!(
        std::fs::metadata(f.path().join("output").join(a_page))
            .unwrap()
            .nlink(),
        1
    );
}

#[test]
fn an_output_folder_holding_other_files_is_refused() {
    let f = two_labs();
    f.file("output/thesis.docx", "mine");
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: the output folder output holds files labreport did not write (e.g. thesis.docx); choose an empty or new folder with --out\n"
    );
    assert_eq!(
        std::fs::read_to_string(f.path().join("output/thesis.docx")).unwrap(),
        "mine"
    );
}

#[test]
fn lab_toml_gives_date_and_title() {
    let f = Fixture::new();
    f.file(
        "inputs/delta/lab-one/list.csv",
        "Email,Sector\na@x.org,ICT\n",
    );
    f.file(
        "inputs/delta/lab-one/lab.toml",
        "date = 2019-09-30\ntitle = \"First lab\"\nvenue = \"Piața Victoriei 5\"\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["delta/lab-one"];
    assert_eq!(lab["date"], "2019-09-30");
    assert_eq!(lab["title"], "First lab");
    assert_eq!(lab["venue"], "Piața Victoriei 5");
    assert_eq!(lab["theme"], json!(null));
}

#[test]
fn the_demo_builds_cleanly() {
    let f = Fixture::new();
    crate::common::copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("inputs"),
        &f.path().join("inputs"),
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(s["totals"]["labs"], 5);
    assert_eq!(s["totals"]["partners"], 2);
    // The online lab (examples/make-demo.rs): ten people registered; in the Teams report the
    // organiser, seven of them (one joined twice, one as an unverified guest matched by
    // name) and one person who had not registered.
    let online = &s["labs"]["timisoara/2021-03-18-lll3"];
    assert_eq!(online["registrations"], 10);
    assert_eq!(online["attendees"], 8);
    assert_eq!(online["walk_ins"], 1);
    assert_eq!(online["feedback_responses"], 6);
    // Its overall question is the built-in one in the partner's own words ("Cum evaluați
    // atelierul online în ansamblu?": how do you rate the lab as a whole), found by its words:
    // (5 + 4 + 4 + 5 + 3 + 4) / 6 = 4.1667. The platform, no built-in question's (the overall
    // one is taken), is a question of its own: 5 4 4 3 5 4 → 4.1667 too.
    let mean = &online["feedback_mean"];
    assert_eq!(mean["overall"], 4.1667);
    assert_eq!(mean["cat_de_multumit_ati_fost_de_platforma_online"], 4.1667);
}

#[test]
fn a_broken_lab_toml_costs_only_the_lab_details() {
    let f = Fixture::new();
    f.file("inputs/p/2020-01-01-l/r.csv", "Email,Sector\na@x.org,ICT\n");
    f.file(
        "inputs/p/2020-01-01-l/lab.toml",
        "title = \"Lab\"\ndate = 2019-02-30\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with(
            "warning: p/2020-01-01-l/lab.toml: not valid TOML at line 2, column 8: invalid date, expected day between 01 and 28; fix it (e.g. date = 2019-09-30, title = \"...\"); the lab's details are left out\n"
        ),
        "{}",
        run.stderr
    );
    // The lab is still counted, dated by its folder name.
    let lab = &s["labs"]["p/2020-01-01-l"];
    assert_eq!(lab["registrations"], 1);
    assert_eq!(lab["date"], "2020-01-01");
}
