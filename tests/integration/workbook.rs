//! data/labreport.xlsx opens with calamine and holds the same numbers as figures.csv and
//! summary.json, as numbers; its header rows are frozen.

use std::collections::HashMap;
use std::io::Read;

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::common::demo_fixture as demo;

fn cell_text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => panic!("unexpected cell {other:?}"),
    }
}

#[test]
fn the_workbook_holds_the_reports_tables_as_numbers() {
    let f = demo();
    let (run, summary) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let path = f.path().join("output/data/labreport.xlsx");
    let mut wb: Xlsx<_> = open_workbook(&path).expect("the workbook opens with calamine");
    assert_eq!(
        wb.sheet_names(),
        [
            "Cover",
            "Indicators",
            "By stakeholder type",
            "By sector",
            "By partner",
            "Labs",
            "Feedback",
            "Organisations",
            "Outcomes",
        ]
    );

    // The world café's ideas, as outcomes.csv has them, the votes as numbers: the demo's
    // 20 (tests/integration/outcomes.rs works them out); Timișoara's micro-grants had 9 + 5 dots.
    let ideas = wb.worksheet_range("Outcomes").unwrap();
    assert_eq!(ideas.rows().count(), 1 + 20);
    let micro = ideas
        .rows()
        .find(|r| cell_text(&r[7]) == "Microgranturi pentru start-up-uri culturale și creative")
        .expect("the micro-grants");
    assert_eq!(micro[8], Data::Float(14.0));
    assert_eq!(cell_text(&micro[6]), "finance");

    // The cover: the demo's branding (labreport.toml) and when it was made
    // (SOURCE_DATE_EPOCH of the fixture run).
    let cover = wb.worksheet_range("Cover").unwrap();
    assert_eq!(
        cover.get_value((0, 0)),
        Some(&Data::String(
            "ECoC-SME Local Learning Labs: participation and feedback".into()
        ))
    );
    let facts: HashMap<String, String> = cover
        .rows()
        .filter(|r| r.len() > 1)
        .map(|r| (cell_text(&r[0]), cell_text(&r[1])))
        .collect();
    assert_eq!(facts["Generated"], "1 January 2026");
    assert_eq!(facts["Project"], "ECoC-SME");
    assert_eq!(facts["Programme"], "Interreg Europe");
    assert!(facts["Funding"].starts_with("ECoC-SME is co-funded by the European Union"));
    assert_eq!(facts["Labs reported"], "5");

    // Each table's counts are figures.csv's, as numbers: by stakeholder type, all labs.
    let csv = std::fs::read_to_string(f.path().join("output/data/figures.csv")).unwrap();
    let figure = |scope: &str, breakdown: &str, category: &str, measure: &str| -> f64 {
        let prefix = format!("{scope},{breakdown},{category},{measure},");
        let line = csv
            .lines()
            .find(|l| l.trim_start_matches('\u{feff}').starts_with(&prefix))
            .unwrap_or_else(|| panic!("no {prefix} in figures.csv"));
        line[prefix.len()..].parse().unwrap()
    };
    let labels = summary["labels"]["stakeholder_type"].as_object().unwrap();
    let sheet = wb.worksheet_range("By stakeholder type").unwrap();
    // A row per type, then the total row: the programme's registrations and attendees.
    assert_eq!(sheet.height(), 1 + labels.len() + 1);
    for row in sheet.rows().skip(1) {
        let label = cell_text(&row[0]);
        let (breakdown, id) = if label == "Total" {
            ("total", "total")
        } else {
            let id = labels
                .iter()
                .find(|(_, l)| l.as_str() == Some(label.as_str()))
                .map(|(id, _)| id.as_str())
                .unwrap();
            ("stakeholder_type", id)
        };
        let (r, a) = (
            figure("all", breakdown, id, "registered"),
            figure("all", breakdown, id, "attended"),
        );
        assert_eq!(row[1], Data::Float(r), "{label}");
        assert_eq!(row[2], Data::Float(a), "{label}");
        if r > 0.0 {
            assert_eq!(row[3], Data::Float(a / r), "{label}: the rate as a share");
        }
    }
    // By partner, likewise.
    let partners = wb.worksheet_range("By partner").unwrap();
    let tm = partners
        .rows()
        .find(|r| cell_text(&r[0]) == "Timișoara")
        .expect("Timișoara's row");
    assert_eq!(
        tm[1],
        Data::Float(figure("partner:timisoara", "total", "total", "registered"))
    );

    // The indicators, as summary.json has them: the cumulative total row.
    let ind = wb.worksheet_range("Indicators").unwrap();
    let all_total = ind
        .rows()
        .find(|r| cell_text(&r[0]) == "all" && cell_text(&r[2]) == "Total")
        .expect("the cumulative total");
    let cumulative = &summary["indicators"]["cumulative"];
    for (c, key) in [(3, "participations"), (4, "people"), (5, "organisations")] {
        assert_eq!(
            all_total[c],
            Data::Float(cumulative[key].as_u64().unwrap() as f64),
            "{key}"
        );
    }

    // The labs: registrations and the attendance rate as a share, a lab a row.
    let labs = wb.worksheet_range("Labs").unwrap();
    assert_eq!(labs.height(), 1 + 5 + 1, "a row a lab, then the total row");
    // The total row holds the programme's totals, not the labs' sums.
    let total = labs.rows().next_back().unwrap();
    assert_eq!(cell_text(&total[0]), "Total");
    let totals = &summary["totals"];
    assert_eq!(
        total[4],
        Data::Float(totals["registrations"].as_u64().unwrap() as f64)
    );
    assert_eq!(
        total[5],
        Data::Float(totals["attendees"].as_u64().unwrap() as f64)
    );
    let first = &summary["labs"]["leeuwarden/2019-10-15-lll1"];
    let row = labs
        .rows()
        .find(|r| cell_text(&r[2]) == "2019-10-15")
        .unwrap();
    let (reg, att) = (
        first["registrations"].as_u64().unwrap() as f64,
        first["attendees"].as_u64().unwrap() as f64,
    );
    assert_eq!(row[4], Data::Float(reg));
    assert_eq!(row[5], Data::Float(att));
    assert_eq!(row[6], Data::Float(att / reg));

    // Each table's header row is frozen and bold (read from the sheet's XML: calamine does not
    // read views or formats).
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    for i in 2..=8 {
        let mut xml = String::new();
        zip.by_name(&format!("xl/worksheets/sheet{i}.xml"))
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        assert!(
            xml.contains(
                r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            ),
            "sheet {i}: {xml:.400}"
        );
    }
    let mut styles = String::new();
    zip.by_name("xl/styles.xml")
        .unwrap()
        .read_to_string(&mut styles)
        .unwrap();
    assert!(styles.contains("<b/>"), "a bold font");
}

#[test]
fn the_same_inputs_give_the_same_workbook() {
    let f = demo();
    f.run(&["build"]);
    let first = std::fs::read(f.path().join("output/data/labreport.xlsx")).unwrap();
    f.run(&["build"]);
    let second = std::fs::read(f.path().join("output/data/labreport.xlsx")).unwrap();
    assert!(first == second, "byte-identical");
}
