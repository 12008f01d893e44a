//! `[privacy] min_cell`: on the demo with min_cell = 5, no published file shows a count of
//! people from 1 to 4, every count shown is the true one, the small ones are `[c]`, each page
//! that withholds a count says why, and summary.json keeps every figure.

use std::collections::HashMap;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::common::{Fixture, demo_fixture};
use crate::figures::{headline, tables};

const N: u64 = 5;

/// Columns that count people, in the pages' tables and the workbook's sheets.
const PEOPLE: &[&str] = &[
    "Registered",
    "Attended",
    "Registrations",
    "Attendees",
    "Feedback responses",
    "Answers",
    "Participations",
    "People",
];

/// The count a cell starts with ("3 (21%)" → 3); `None` for `[c]`, "–" and text.
fn count(cell: &str) -> Option<u64> {
    cell.split_whitespace().next()?.parse().ok()
}

fn small(cell: &str) -> bool {
    count(cell).is_some_and(|v| (1..N).contains(&v))
}

fn private_demo() -> Fixture {
    let f = demo_fixture();
    let mut config = std::fs::read_to_string(f.path().join("labreport.toml")).unwrap();
    config.push_str("\n[privacy]\nmin_cell = 5\n");
    f.file("labreport.toml", config);
    f
}

/// figures.csv as (scope, breakdown, category, measure) → value, in file order.
fn figures(out: &Path) -> Vec<([String; 4], String)> {
    let mut r = csv::Reader::from_path(out.join("data/figures.csv")).unwrap();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            let key = [0, 1, 2, 3].map(|i| rec[i].trim_start_matches('\u{feff}').to_string());
            (key, rec[4].to_string())
        })
        .collect()
}

#[test]
fn with_min_cell_5_no_published_file_shows_a_count_of_1_to_4() {
    let plain = demo_fixture();
    let (run, plain_summary) = plain.build();
    assert_eq!(run.code, 0, "{run:?}");
    let f = private_demo();
    let (run, summary) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let out = f.path().join("output");

    // summary.json is the project manager's file: every figure in full.
    assert_eq!(summary["totals"], plain_summary["totals"]);
    assert_eq!(summary["labs"], plain_summary["labs"]);

    // figures.csv: a withheld count is "[c]", a shown one the true count, never 1 to 4; every
    // true count from 1 to 4 is withheld. Organisations are not people: always shown.
    let truth: HashMap<[String; 4], String> =
        figures(&plain.path().join("output")).into_iter().collect();
    let published = figures(&out);
    assert_eq!(published.len(), truth.len());
    let mut withheld = 0;
    for (key, value) in &published {
        let true_value = &truth[key];
        // Nor are the world café's ideas.
        if ["organisations", "ideas", "ideas_with_follow_up"].contains(&key[3].as_str()) {
            assert_eq!(value, true_value, "{key:?}");
            continue;
        }
        if value == "[c]" {
            withheld += 1;
        } else {
            assert_eq!(value, true_value, "{key:?}");
            assert!(!small(value), "{key:?} = {value} is published");
        }
        if small(true_value) {
            assert_eq!(value, "[c]", "{key:?} = {true_value} is small");
        }
    }
    assert!(withheld > 20, "{withheld} counts withheld");
    // The demo's smallest cells, worked out from its inputs: Leeuwarden's first lab had 1 to 4
    // NGO registrations, and the programme no unknown registrations (a true zero, shown).
    let get = |k: [&str; 4]| {
        published
            .iter()
            .find(|(key, _)| key.iter().zip(k).all(|(a, b)| a == b))
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    assert_eq!(
        get([
            "lab:leeuwarden/2019-10-15-lll1",
            "stakeholder_type",
            "ngo",
            "registered"
        ]),
        "[c]"
    );
    assert_eq!(
        get(["all", "stakeholder_type", "unknown", "registered"]),
        "0"
    );

    // The other CSV tables.
    for file in [
        "participation_by_stakeholder_type.csv",
        "participation_by_sector.csv",
        "feedback_by_question.csv",
        "organisations.csv",
    ] {
        let mut r = csv::Reader::from_path(out.join("data").join(file)).unwrap();
        let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
        for rec in r.records() {
            let rec = rec.unwrap();
            for (h, v) in header.iter().zip(rec.iter()) {
                if ["registered", "attended", "answers", "participations"].contains(&h.as_str()) {
                    assert!(!small(v), "{file}: {h} = {v} in {rec:?}");
                }
            }
        }
    }

    // The workbook.
    let mut wb: Xlsx<_> = open_workbook(out.join("data/labreport.xlsx")).unwrap();
    let mut seen_marker = false;
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        let mut rows = range.rows();
        let Some(header) = rows.next() else { continue };
        let header: Vec<String> = header.iter().map(|d| d.to_string()).collect();
        for row in rows {
            for (h, d) in header.iter().zip(row) {
                match d {
                    Data::Float(x) if PEOPLE.contains(&h.as_str()) => {
                        assert!(!(1.0..N as f64).contains(x), "{name}: {h} = {x}")
                    }
                    Data::String(s) if s == "[c]" => seen_marker = true,
                    _ => {}
                }
            }
        }
    }
    assert!(seen_marker, "the workbook marks withheld counts [c]");

    // The pages: headline figures and every table's people columns (and the spread tables'
    // answer columns); each page that shows [c] explains it once, at the top.
    let mut pages = vec![out.join("index.html")];
    for partner in std::fs::read_dir(out.join("labs")).unwrap() {
        for page in std::fs::read_dir(partner.unwrap().path()).unwrap() {
            pages.push(page.unwrap().path());
        }
    }
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        for (label, (value, _)) in headline(&html) {
            if label != "Labs" {
                assert!(!small(&value), "{}: {label} = {value}", page.display());
            }
        }
        for t in tables(&html) {
            for (i, column) in t.columns.iter().skip(1).enumerate() {
                let people = PEOPLE.contains(&column.as_str()) || column.parse::<f64>().is_ok();
                if !people {
                    continue;
                }
                for (row, cells) in &t.rows {
                    let cell = cells.get(i).map_or("", String::as_str);
                    assert!(
                        !small(cell),
                        "{}: {} › {row} › {column} = {cell}",
                        page.display(),
                        t.caption
                    );
                }
            }
        }
        if html.contains("[c]") {
            assert_eq!(
                html.matches("id=\"withheld\"").count(),
                1,
                "{} explains [c] once",
                page.display()
            );
            assert!(html.contains("Counts of 1 to 4 people are withheld"));
        }
    }
    // Every lab page of the demo withholds something (each lab has a handful of no-shows).
    assert!(
        pages
            .iter()
            .all(|p| std::fs::read_to_string(p).unwrap().contains("[c]")),
        "every page withholds a count"
    );
}

#[test]
fn min_cell_must_be_a_whole_number_of_people() {
    let f = demo_fixture();
    let mut config = std::fs::read_to_string(f.path().join("labreport.toml")).unwrap();
    config.push_str("\n[privacy]\nmin_cell = 0\n");
    f.file("labreport.toml", config);
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .contains("[privacy] min_cell at line 69, column 12: write a whole number of people from 1 to 1000"),
        "{}",
        run.stderr
    );
}

/// The pages with withheld counts pass the same checks as the others: the Nu HTML checker, and
/// axe-core in Chromium (the charts' "[c]" labels, the note, the tables).
#[test]
fn pages_with_withheld_counts_pass_the_nu_checker_and_axe() {
    use crate::report::{browser_dir, html_pages};
    use std::process::Command;
    let f = private_demo();
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{run:?}");
    let out = f.path().join("output");
    let jar = browser_dir().join("node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(jar.is_file(), "{} is missing: run tests/run", jar.display());
    let nu = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu"])
        .args(html_pages(&out))
        .output()
        .expect("java runs (tests/run installs default-jre-headless)");
    let messages = String::from_utf8_lossy(&nu.stderr);
    assert!(
        nu.status.success() && messages.trim().is_empty(),
        "the Nu checker found errors:\n{messages}"
    );
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("privacy-screenshots");
    let axe = Command::new("node")
        .arg(browser_dir().join("check.mjs"))
        .arg(&shots)
        .arg(out.join("index.html"))
        .arg(out.join("labs/timisoara/2021-03-18-lll3.html"))
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&axe.stdout);
    assert!(
        axe.status.success(),
        "browser check failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&axe.stderr)
    );
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["violations"], 0, "{line}");
        assert_eq!(v["problems"], serde_json::json!([]), "{line}");
    }
}

/// An audit of the published figures.csv alone, independent of the tool's: the relations a
/// reader sees in it (types add up to a lab's total, labs to the programme's, partner's and
/// period's totals, the programme's types to its total, sectors cover a total, attended at
/// most registered where that holds), and for each withheld registered or attended count,
/// its least and greatest whole value by integer programming. Each must have two values.
#[test]
fn every_withheld_count_of_the_published_demo_has_two_feasible_values() {
    use good_lp::{
        Expression, ProblemVariables, Solution, SolverModel, Variable, constraint, microlp,
        variable,
    };
    let plain = demo_fixture();
    assert_eq!(plain.build().0.code, 0);
    let truth: HashMap<[String; 4], String> =
        figures(&plain.path().join("output")).into_iter().collect();
    let f = private_demo();
    let (run, summary) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let rows = figures(&f.path().join("output"));
    let counts: Vec<&([String; 4], String)> = rows
        .iter()
        .filter(|(k, _)| k[3] == "registered" || k[3] == "attended")
        .collect();
    let mut vars = ProblemVariables::new();
    let mut value: HashMap<[String; 4], Expression> = HashMap::new();
    let mut unknown: Vec<([String; 4], Variable)> = Vec::new();
    for (k, v) in &counts {
        if v == "[c]" {
            let x = vars.add(variable().integer().min(0).max(10_000));
            unknown.push((k.clone(), x));
            value.insert(k.clone(), x.into());
        } else {
            value.insert(k.clone(), Expression::from(v.parse::<f64>().unwrap()));
        }
    }
    let key = |s: &str, b: &str, c: &str, m: &str| [s, b, c, m].map(String::from);
    let get = |k: &[String; 4]| value.get(k).cloned();
    let mut constraints = Vec::new();
    let labs: Vec<String> = summary["labs"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    // A taxonomy's ids, `unknown` included.
    let ids = |table: &str| -> Vec<String> {
        let mut ids: Vec<String> = summary["labels"][table]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        ids.push("unknown".into());
        ids
    };
    let (types, sectors) = (ids("stakeholder_type"), ids("sector"));
    for m in ["registered", "attended"] {
        let mut scopes: Vec<String> = labs.iter().map(|l| format!("lab:{l}")).collect();
        scopes.push("all".into());
        for s in &scopes {
            let Some(total) = get(&key(s, "total", "total", m)) else {
                continue;
            };
            let parts: Expression = types
                .iter()
                .filter_map(|t| get(&key(s, "stakeholder_type", t, m)))
                .sum();
            constraints.push(constraint::eq(total.clone(), parts));
            let sector: Vec<Expression> = sectors
                .iter()
                .filter_map(|t| get(&key(s, "sector", t, m)))
                .collect();
            for x in &sector {
                constraints.push(constraint::leq(x.clone(), total.clone()));
            }
            constraints.push(constraint::geq(
                sector.iter().cloned().sum::<Expression>(),
                total,
            ));
        }
        // Labs add up to the programme's, each partner's and each period's totals, and to the
        // programme's counts by type and sector.
        let mut groups: HashMap<String, Vec<&String>> = HashMap::new();
        for l in &labs {
            groups.entry("all".into()).or_default().push(l);
            groups
                .entry(format!(
                    "partner:{}",
                    summary["labs"][l]["partner"].as_str().unwrap()
                ))
                .or_default()
                .push(l);
            groups
                .entry(format!(
                    "period:{}",
                    summary["labs"][l]["period"].as_str().unwrap()
                ))
                .or_default()
                .push(l);
        }
        for (scope, members) in &groups {
            let mut cells = vec![("total".to_string(), "total".to_string())];
            if scope == "all" {
                cells.extend(types.iter().map(|t| ("stakeholder_type".into(), t.clone())));
                cells.extend(sectors.iter().map(|t| ("sector".into(), t.clone())));
            }
            for (b, c) in cells {
                let Some(total) = get(&key(scope, &b, &c, m)) else {
                    continue;
                };
                let sum: Option<Vec<Expression>> = members
                    .iter()
                    .map(|l| get(&key(&format!("lab:{l}"), &b, &c, m)))
                    .collect();
                if let Some(sum) = sum {
                    constraints.push(constraint::eq(total, sum.into_iter().sum::<Expression>()));
                }
            }
        }
    }
    // Attended at most registered, where the true counts say so (walk-ins can break it).
    for (k, _) in counts.iter().filter(|(k, _)| k[3] == "attended") {
        let r = key(&k[0], &k[1], &k[2], "registered");
        let n = |k: &[String; 4]| truth[k].parse::<u64>().unwrap();
        if n(k) > n(&r) {
            continue;
        }
        if let (Some(a), Some(rv)) = (get(k), get(&r)) {
            constraints.push(constraint::leq(a, rv));
        }
    }
    assert!(unknown.len() > 20, "{} withheld", unknown.len());
    for (k, x) in &unknown {
        let solve = |max: bool| {
            let p = if max {
                vars.clone().maximise(*x)
            } else {
                vars.clone().minimise(*x)
            };
            let s = p
                .using(microlp)
                .with_all(constraints.clone())
                .solve()
                .expect("the published figures are consistent");
            s.value(*x).round() as u64
        };
        let (lo, hi) = (solve(false), solve(true));
        let v: u64 = truth[k].parse().unwrap();
        assert!(
            lo <= v && v <= hi,
            "{k:?} = {v} is outside {lo}..{hi}: the test's relations are wrong"
        );
        assert!(hi > lo, "{k:?} is pinned at {lo}");
        assert!(lo == 0 || hi >= N, "{k:?} is shown to be from {lo} to {hi}");
    }
}
