//! The programme's indicators (participations, people, organisations) per reporting period
//! and cumulative, worked out by hand on labs where people and organisations recur across
//! labs, partners and periods, and organisations are written differently.

use serde_json::{Value, json};

use crate::common::Fixture;

const HEADER: &[&str] = &[
    "Full name",
    "Email",
    "Organisation",
    "Stakeholder type",
    "Sector",
    "Attended",
];

/// Four labs: two in July–December 2019 (one each partner), one in January–June 2020, one
/// without a date.
fn programme() -> Fixture {
    let f = Fixture::new();
    f.file(
        "labreport.toml",
        r#"
[[organisation]]
id = "timisoara_city_hall"
label = "Timișoara City Hall"
aliases = ["Primăria Municipiului Timișoara", "Primaria Timisoara"]
"#,
    );
    f.xlsx(
        "inputs/timisoara/2019-09-30-lll1/registrations.xlsx",
        &[(
            "Registrations",
            &[
                HEADER,
                &[
                    "Ana Pop",
                    "ana@x.ro",
                    "Primăria Municipiului Timișoara",
                    "Local public authority",
                    "Public sector",
                    "yes",
                ],
                &[
                    "Dan Ilie",
                    "dan@x.ro",
                    "Banat Tech SRL",
                    "Business",
                    "ICT",
                    "yes",
                ],
                &[
                    "Ion Vlad",
                    "ion@x.ro",
                    "S.C. Banat Tech S.R.L.",
                    "Business",
                    "ICT",
                    "no",
                ],
                &[
                    "Eva Mor",
                    "eva@x.ro",
                    "",
                    "Youth organisation",
                    "Education",
                    "yes",
                ],
            ],
        )],
    );
    f.xlsx(
        "inputs/timisoara/2020-02-20-lll2/lab.xlsx",
        &[
            (
                "Registrations",
                &[
                    HEADER,
                    &[
                        "Ana Pop",
                        "ana@x.ro",
                        "Primaria Timisoara",
                        "Local public authority",
                        "Public sector",
                        "yes",
                    ],
                    &[
                        "Ion Vlad",
                        "ion@x.ro",
                        "Banat Tech",
                        "Business",
                        "ICT",
                        "yes",
                    ],
                    &[
                        "Mia Stan",
                        "mia@x.ro",
                        "Universitatea de Vest",
                        "Education institution",
                        "Education",
                        "yes",
                    ],
                    &[
                        "Eva Mor",
                        "eva@x.ro",
                        "n/a",
                        "Youth organisation",
                        "Education",
                        "no",
                    ],
                ],
            ),
            (
                "Sign-in",
                &[
                    &["Nr.", "Name", "Organisation", "Signature"],
                    &["1", "Ana Pop", "Primaria Timisoara", "signed"],
                    &["2", "Radu Pop", "BANAT TECH srl", "signed"],
                ],
            ),
        ],
    );
    f.xlsx(
        "inputs/rijeka/2019-11-05-lll1/prijave.xlsx",
        &[(
            "Registrations",
            &[
                HEADER,
                &[
                    "Dan Ilie",
                    "dan@x.ro",
                    "BANAT TECH S.R.L.",
                    "Business",
                    "ICT",
                    "yes",
                ],
                &[
                    "Luka Horvat",
                    "luka@x.hr",
                    "Kvarner Digital d.o.o.",
                    "Business",
                    "ICT",
                    "yes",
                ],
                &[
                    "Iva Kos",
                    "iva@x.hr",
                    "Grad Rijeka",
                    "Local public authority",
                    "Public sector",
                    "yes",
                ],
            ],
        )],
    );
    f.xlsx(
        "inputs/rijeka/workshop/prijave.xlsx",
        &[(
            "Registrations",
            &[
                HEADER,
                &[
                    "Luka Horvat",
                    "luka@x.hr",
                    "Kvarner Digital",
                    "Business",
                    "ICT",
                    "yes",
                ],
                &[
                    "Nika Babić",
                    "nika@x.hr",
                    "Udruga Mladi",
                    "Youth organisation",
                    "Education",
                    "yes",
                ],
            ],
        )],
    );
    f
}

/// `{"participations": p, "people": n, "organisations": o}`.
fn ind(p: u64, n: u64, o: u64) -> Value {
    json!({"participations": p, "people": n, "organisations": o})
}

/// The by-type map: every type zero but those given.
fn by_type(given: &[(&str, Value)]) -> Value {
    let ids = [
        "local_authority",
        "education",
        "youth",
        "business",
        "business_support",
        "ngo",
        "ecoc",
        "other",
        "unknown",
    ];
    let mut map = serde_json::Map::new();
    for id in ids {
        let v = given
            .iter()
            .find(|(g, _)| *g == id)
            .map_or(ind(0, 0, 0), |(_, v)| v.clone());
        map.insert(id.to_string(), v);
    }
    Value::Object(map)
}

#[test]
fn indicators_count_participations_people_and_organisations_per_period() {
    let f = programme();
    let (run, s) = f.build();
    // The undated lab is the one thing said.
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("rijeka/workshop: the lab has no date, so it is in no reporting period"),
        "{}",
        run.stderr
    );
    let ind_json = &s["indicators"];
    let periods: Vec<&String> = ind_json["periods"].as_object().unwrap().keys().collect();
    assert_eq!(periods, ["2019-H2", "2020-H1"]);

    // July–December 2019: Timișoara's first lab and Rijeka's. Attended: Ana (city hall),
    // Dan (Banat Tech), Eva (no organisation); Dan again (Banat Tech, written otherwise),
    // Luka (Kvarner Digital), Iva (Grad Rijeka). Ion registered but did not come.
    let h2 = &ind_json["periods"]["2019-H2"];
    assert_eq!(h2["label"], "July–December 2019");
    assert_eq!(h2["labs"], 2);
    assert_eq!(
        (&h2["participations"], &h2["people"], &h2["organisations"]),
        (&json!(6), &json!(5), &json!(4))
    );
    assert_eq!(
        h2["by_stakeholder_type"],
        by_type(&[
            ("local_authority", ind(2, 2, 2)),
            ("business", ind(3, 2, 2)),
            ("youth", ind(1, 1, 0)),
        ])
    );
    assert_eq!(
        (&h2["new_people"], &h2["new_organisations"]),
        (&json!(5), &json!(4))
    );

    // January–June 2020: Ana (the city hall under its other name), Ion (Banat Tech), Mia
    // (a university), and Radu, a walk-in from Banat Tech (of unknown type); Eva did not come.
    let h1 = &ind_json["periods"]["2020-H1"];
    assert_eq!(
        (
            &h1["labs"],
            &h1["participations"],
            &h1["people"],
            &h1["organisations"]
        ),
        (&json!(1), &json!(4), &json!(4), &json!(3))
    );
    assert_eq!(
        h1["by_stakeholder_type"],
        by_type(&[
            ("local_authority", ind(1, 1, 1)),
            ("business", ind(1, 1, 1)),
            ("education", ind(1, 1, 1)),
            // Radu's organisation is counted under business, the type its people gave.
            ("unknown", ind(1, 1, 0)),
        ])
    );
    // New: Ion, Mia, Radu; the university.
    assert_eq!(
        (&h1["new_people"], &h1["new_organisations"]),
        (&json!(3), &json!(1))
    );

    // The undated lab: Luka (Kvarner Digital again) and Nika (Udruga Mladi).
    let none = &ind_json["no_period"];
    assert_eq!(none["lab_keys"], json!(["rijeka/workshop"]));
    assert_eq!(
        (
            &none["participations"],
            &none["people"],
            &none["organisations"]
        ),
        (&json!(2), &json!(2), &json!(2))
    );

    // All labs: 6 + 4 + 2 participations; 9 people (Ana, Dan, Eva, Luka, Iva, Ion, Mia, Radu,
    // Nika); 6 organisations (city hall, Banat Tech, Kvarner Digital, Grad Rijeka, the
    // university, Udruga Mladi).
    let all = &ind_json["cumulative"];
    assert_eq!(
        (
            &all["labs"],
            &all["participations"],
            &all["people"],
            &all["organisations"]
        ),
        (&json!(4), &json!(12), &json!(9), &json!(6))
    );
    assert_eq!(
        all["by_stakeholder_type"],
        by_type(&[
            ("local_authority", ind(3, 2, 2)),
            ("business", ind(5, 3, 2)),
            ("youth", ind(2, 2, 1)),
            ("education", ind(1, 1, 1)),
            ("unknown", ind(1, 1, 0)),
        ])
    );
    // Each lab knows its period, and check says it.
    assert_eq!(s["labs"]["timisoara/2020-02-20-lll2"]["period"], "2020-H1");
    assert_eq!(s["labs"]["rijeka/workshop"]["period"], "none");
    let check = f.run(&["check"]);
    assert!(
        check
            .stdout
            .contains("\nrijeka/workshop  (undated, in no reporting period)\n"),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains(
            "\nrijeka/2019-11-05-lll1  (2019-11-05, from the folder name, period 2019-H2)\n"
        ),
        "{}",
        check.stdout
    );

    // The organisations that took part, by type; the configured one under its label.
    let orgs = s["organisations"].as_array().unwrap();
    assert_eq!(orgs.len(), 6);
    let city = orgs
        .iter()
        .find(|o| o["id"] == "timisoara_city_hall")
        .expect("the city hall is listed");
    assert_eq!(city["label"], "Timișoara City Hall");
    assert_eq!(
        (&city["labs"], &city["participations"]),
        (&json!(2), &json!(2))
    );
    let banat: Vec<&Value> = orgs
        .iter()
        .filter(|o| {
            o["label"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains("banat")
        })
        .collect();
    assert_eq!(banat.len(), 1, "{orgs:?}");
    // Dan twice, Ion, Radu.
    assert_eq!(
        (&banat[0]["labs"], &banat[0]["participations"]),
        (&json!(3), &json!(4))
    );
    assert_eq!(banat[0]["stakeholder_type"], "business");

    // The index says it: a table per period, the change, the cumulative table.
    let index = std::fs::read_to_string(f.path().join("output/index.html")).unwrap();
    assert!(index.contains("<h3 id=\"indicators-2020-h1\">January–June 2020</h3>"));
    assert!(index.contains(
        // CLDR's English writes the minus sign as a hyphen-minus.
        "Compared with July–December 2019: participations 6 → 4 (-2), people 5 → 4 (-1), organisations 4 → 3 (-1). New to the programme this period: 3 people and 1 organisation."
    ));
    assert!(index.contains("1 lab is in no reporting period"));
    // The list of organisations is off by default: only the data has it.
    assert!(!index.contains("Organisations that took part"));
    let csv = std::fs::read_to_string(f.path().join("output/data/organisations.csv")).unwrap();
    assert!(
        csv.contains("Timișoara City Hall,timisoara_city_hall,local_authority,2,2\r\n"),
        "{csv}"
    );
}

#[test]
fn configured_periods_and_the_list_of_organisations() {
    let f = programme();
    f.file(
        "labreport.toml",
        r#"
[report]
list_organisations = true

[[period]]
id = "P2"
label = "Period 2"
from = 2020-02-01
to = 2020-07-31

[[period]]
id = "P1"
label = "Period 1"
from = 2019-08-01
to = 2020-01-31
"#,
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    let periods: Vec<&String> = s["indicators"]["periods"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(periods, ["P1", "P2"], "in date order, as written or not");
    assert_eq!(s["indicators"]["periods"]["P1"]["label"], "Period 1");
    assert_eq!(s["indicators"]["periods"]["P1"]["participations"], 6);
    assert_eq!(s["indicators"]["periods"]["P2"]["participations"], 4);
    let index = std::fs::read_to_string(f.path().join("output/index.html")).unwrap();
    assert!(index.contains("Organisations that took part"));
    // Without `[[organisation]]` the city hall's two names stay two organisations.
    assert_eq!(s["indicators"]["cumulative"]["organisations"], 7);
    assert!(
        index.contains("<li>Primăria Municipiului Timișoara</li>"),
        "listed under a name as written"
    );
}

#[test]
fn periods_that_overlap_or_run_backwards_are_config_errors() {
    let f = programme();
    f.file(
        "labreport.toml",
        "[[period]]\nid = \"P1\"\nfrom = 2019-08-01\nto = 2020-01-31\n\n[[period]]\nid = \"P2\"\nfrom = 2020-01-01\nto = 2020-06-30\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("[[period]] \"P2\" at line 7, column 6 begins (2020-01-01) before \"P1\" ends (2020-01-31); a lab must fall in one period only"),
        "{}",
        run.stderr
    );
    f.file(
        "labreport.toml",
        "[[period]]\nid = \"P1\"\nfrom = 2020-08-01\nto = 2020-01-31\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .contains("it ends (2020-01-31) before it begins (2020-08-01)"),
        "{}",
        run.stderr
    );
}
