//! `labreport check`: what a project manager reads to fix their data.

use crate::common::Fixture;

fn lab_with_an_unknown_label() -> Fixture {
    let f = Fixture::new();
    f.xlsx(
        "inputs/timisoara/2019-09-30-lll1/Inscrieri.xlsx",
        &[
            (
                "Lista",
                &[
                    &["Listă de înscriere — Atelier Local de Învățare"],
                    &[],
                    &[
                        "Nr. crt.",
                        "Nume",
                        "Prenume",
                        "E-mail",
                        "Tip organizație",
                        "Sector",
                        "Prezent",
                    ],
                    &["1", "Popescu", "Ana", "ana@x.ro", "Primărie", "IT&C", "DA"],
                    &[
                        "2", "Ionescu", "Dan", "dan@x.ro", "Primarie", "Turism", "NU",
                    ],
                    &["3", "Stan", "Ioana", "ioana@x.ro", "ONG", "Cultură", "DA"],
                    &[
                        "4",
                        "Toma",
                        "Vlad",
                        "vlad@x.ro",
                        "Grup informal",
                        "Turism",
                        "DA",
                    ],
                ],
            ),
            ("Foaie2", &[]),
        ],
    );
    f
}

#[test]
fn check_explains_every_sheet_and_column_and_writes_nothing() {
    let f = lab_with_an_unknown_label();
    let run = f.run(&["check"]);
    // "Grup informal" matches nothing: a problem, reported with exit code 2.
    assert_eq!(run.code, 2, "{run:?}");
    let expected_lines = [
        "config: built-in defaults",
        "inputs: inputs (1 lab, 1 file)",
        "timisoara/2019-09-30-lll1  (2019-09-30, from the folder name, period 2019-H2)",
        "  timisoara/2019-09-30-lll1/Inscrieri.xlsx › Lista: registrations, 4 people, header in row 3",
        "      running number           ← A \"Nr. crt.\" (recognised, not read) [header (\"nr. crt.\", ro)]",
        "      last name                ← B \"Nume\" [header (\"nume\", ro)]",
        "      first name               ← C \"Prenume\" [header (\"prenume\", ro)]",
        "      e-mail                   ← D \"E-mail\" [header (\"e-mail\", in 21 languages)]",
        "      stakeholder type         ← E \"Tip organizație\" [header (\"tip organizați*\", ro)]",
        "      sector                   ← F \"Sector\" [header (\"sector\", in 5 languages)]",
        "      attended                 ← G \"Prezent\" [header (\"prezent\", mt, ro)]",
        "  timisoara/2019-09-30-lll1/Inscrieri.xlsx › Foaie2: not read: empty",
        "  = 4 registrations, 3 attended, 0 feedback responses",
        "  stakeholder type \"Grup informal\" ×1  first at timisoara/2019-09-30-lll1/Inscrieri.xlsx › Lista › E7",
        "1 problem (listed on stderr)",
    ];
    for line in expected_lines {
        assert!(
            run.stdout.lines().any(|l| l == line),
            "missing line {line:?} in:\n{}",
            run.stdout
        );
    }
    assert_eq!(
        run.stderr,
        "warning: timisoara/2019-09-30-lll1/Inscrieri.xlsx › Lista › E7: stakeholder type \"Grup informal\" matches no stakeholder type alias; counted as unknown (add it to the aliases in labreport.toml)\n"
    );
    assert!(!f.path().join("output").exists(), "check wrote output");
}

#[test]
fn an_alias_in_the_config_fixes_the_label() {
    let f = lab_with_an_unknown_label();
    f.file(
        "labreport.toml",
        "[[stakeholder_type]]\nid = \"local_authority\"\nlabel = \"Local public authority\"\naliases = [\"Primărie\"]\n\n\
         [[stakeholder_type]]\nid = \"ngo\"\nlabel = \"NGO\"\naliases = [\"ONG\", \"Grup informal\"]\n",
    );
    let run = f.run(&["check"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("config: labreport.toml\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("unmapped labels: none\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("no problems found\n"), "{}", run.stdout);
    let (_, s) = f.build();
    let lab = &s["labs"]["timisoara/2019-09-30-lll1"];
    // Primărie and Primarie (without diacritics) → local_authority: Ana (came), Dan (did not).
    assert_eq!(
        lab["by_stakeholder_type"]["local_authority"],
        serde_json::json!({"registered": 2, "attended": 1})
    );
    assert_eq!(
        lab["by_stakeholder_type"]["ngo"],
        serde_json::json!({"registered": 2, "attended": 2})
    );
    // The config's own table replaced the built-in list: "education" is no longer a key.
    assert!(lab["by_stakeholder_type"].get("education").is_none());
}

#[test]
fn check_lists_walk_ins_and_unread_columns() {
    let f = Fixture::new();
    f.file(
        "inputs/p/2020-01-01-l/registrations.csv",
        "Name,Email,Sector,Favourite colour\nAna Pop,ana@x.org,ICT,blue\n",
    );
    f.file(
        "inputs/p/2020-01-01-l/sign-in.csv",
        "Name,Signature\nAna Pop,x\nZoe Walker,x\n",
    );
    let run = f.run(&["check"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("      (not read)                 D \"Favourite colour\"\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("  p/2020-01-01-l/sign-in.csv: attendance, 2 sign-ins, header in row 1\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("  walk-ins (signed in, not registered; counted as attendees of unknown type): Zoe Walker\n"),
        "{}",
        run.stdout
    );
}
