//! Bad input: each broken file costs only that file, with a one-line message that names it and
//! says what to do; the rest is still counted; exit 2 (or 1 with nothing written under --strict).

use std::io::Write;

use crate::common::{Fixture, Run};

const LAB: &str = "inputs/p/2020-01-01-l";

/// A lab with one good registration list (2 people), to which each test adds a broken file.
fn with_good_lab() -> Fixture {
    let f = Fixture::new();
    f.file(
        &format!("{LAB}/good.csv"),
        "Email,Stakeholder type\na@x.org,NGO\nb@x.org,Start-up\n",
    );
    f
}

/// Builds, and checks that the good file was still counted and the message is the one line given.
fn assert_only_that_file_is_lost(f: &Fixture, message: &str) -> Run {
    let (run, s) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning: "))
        .collect();
    assert_eq!(warnings, [message], "stderr was:\n{}", run.stderr);
    assert_eq!(
        s["totals"]["registrations"], 2,
        "the good file was not counted"
    );
    run
}

fn xlsx_bytes(f: &Fixture) -> Vec<u8> {
    let path = f.xlsx(
        "scratch/source.xlsx",
        &[("Sheet1", &[&["Email", "Sector"], &["c@x.org", "ICT"]])],
    );
    std::fs::read(path).unwrap()
}

#[test]
fn an_empty_file() {
    let f = with_good_lab();
    f.file(&format!("{LAB}/empty.xlsx"), "");
    assert_only_that_file_is_lost(
        &f,
        "warning: p/2020-01-01-l/empty.xlsx: the file is empty; export the lab's data again; the file is left out",
    );
}

#[test]
fn a_text_file_named_xlsx() {
    let f = with_good_lab();
    f.file(&format!("{LAB}/list.xlsx"), "Email;Sector\nc@x.org;ICT\n");
    assert_only_that_file_is_lost(
        &f,
        "warning: p/2020-01-01-l/list.xlsx: it is named .xlsx but is a text file (if it is a CSV export, name it .csv); export the spreadsheet again, or remove the file; the file is left out",
    );
}

#[test]
fn random_bytes_named_csv() {
    let f = with_good_lab();
    let mut x: u32 = 12345;
    let bytes: Vec<u8> = (0..5000)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (x >> 16) as u8
        })
        .collect();
    f.file(&format!("{LAB}/noise.csv"), bytes);
    assert_only_that_file_is_lost(
        &f,
        "warning: p/2020-01-01-l/noise.csv: it is not text but binary data, not a spreadsheet; export the data again as CSV, or remove the file; the file is left out",
    );
}

#[test]
fn a_truncated_xlsx() {
    let f = with_good_lab();
    let bytes = xlsx_bytes(&f);
    f.file(&format!("{LAB}/cut.xlsx"), &bytes[..bytes.len() / 2]);
    assert_only_that_file_is_lost(
        &f,
        "warning: p/2020-01-01-l/cut.xlsx: it is damaged or not a real xlsx workbook (its zip container is broken or truncated); open it in Excel or LibreOffice and save it again; the file is left out",
    );
}

#[test]
fn a_zip_that_is_not_a_workbook() {
    let f = with_good_lab();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("notes.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"minutes of the meeting").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    f.file(&format!("{LAB}/archive.xlsx"), bytes);
    let (run, s) = f.build();
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with(
            "warning: p/2020-01-01-l/archive.xlsx: it is damaged or not a real xlsx workbook ("
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "); open it in Excel or LibreOffice and save it again; the file is left out\n"
        )
    );
    assert_eq!(s["totals"]["registrations"], 2);
}

#[test]
fn a_password_protected_workbook() {
    let f = with_good_lab();
    let protected =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/protected.xlsx");
    std::fs::copy(protected, f.path().join(LAB).join("protected.xlsx")).unwrap();
    assert_only_that_file_is_lost(
        &f,
        "warning: p/2020-01-01-l/protected.xlsx: the workbook is password-protected; save an unprotected copy and put that in the lab folder; the file is left out",
    );
}

/// An xlsx whose one sheet unpacks to `rows` identical rows: a zip bomb when `rows` is large.
fn bomb(rows: usize) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let parts: [(&str, &str); 4] = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
    ];
    for (name, text) in parts {
        zip.start_file(name, opts).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", opts).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#)
        .unwrap();
    let row = b"<row><c t=\"inlineStr\"><is><t>someone@example.org</t></is></c></row>";
    let chunk: Vec<u8> = row
        .iter()
        .copied()
        .cycle()
        .take(row.len() * 10_000)
        .collect();
    for _ in 0..rows / 10_000 {
        zip.write_all(&chunk).unwrap();
    }
    zip.write_all(b"</sheetData></worksheet>").unwrap();
    zip.finish().unwrap().into_inner()
}

/// The largest resident set of the child processes this test binary has waited for, in MiB.
fn peak_child_memory_mib() -> u64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes into the struct we own.
    assert_eq!(
        unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) },
        0
    );
    usage.ru_maxrss as u64 / 1024
}

#[test]
fn a_zip_bomb_is_refused_by_its_unpacked_size() {
    let f = with_good_lab();
    // 1.6 million rows of 67 bytes: 107,200,000 bytes of sheet XML (107 MB) once unpacked,
    // a few hundred KB on disk.
    let bytes = bomb(1_600_000);
    assert!(
        bytes.len() < 1024 * 1024,
        "the bomb is {} bytes",
        bytes.len()
    );
    f.file(&format!("{LAB}/bomb.xlsx"), bytes);
    assert_only_that_file_is_lost(
        &f,
        "warning: p/2020-01-01-l/bomb.xlsx: it unpacks to 107 MB, over the 64 MB limit (a real lab's workbook unpacks to a few MB): is this the right file? ([limits] max_unpacked_mb in labreport.toml); the file is left out",
    );
}

#[test]
fn a_zip_bomb_past_the_size_gate_is_stopped_by_the_row_limit_in_bounded_memory() {
    let f = with_good_lab();
    f.file(&format!("{LAB}/bomb.xlsx"), bomb(1_600_000));
    // Someone raised the unpacked-size limit: the row limit still stops the sheet.
    f.file("labreport.toml", "[limits]\nmax_unpacked_mb = 1000\n");
    assert_only_that_file_is_lost(
        &f,
        "warning: p/2020-01-01-l/bomb.xlsx: sheet Sheet1 is too large (a value in row 100001); labreport's limit is 100000 rows: is this the right file?; the file is left out",
    );
    let peak = peak_child_memory_mib();
    assert!(peak < 512, "a child used {peak} MiB");
}

#[test]
fn a_good_first_sheet_is_not_counted_when_a_later_sheet_breaks_the_file() {
    // Sheets are recognised one by one while the workbook is read; the second one breaks the
    // row limit, so what the first gave (c@x.org, d@x.org) must be dropped with the file.
    let f = with_good_lab();
    let rows: Vec<[String; 2]> = (1..=8)
        .map(|i| [format!("p{i}@x.org"), "ICT".to_string()])
        .collect();
    let mut big: Vec<&[&str]> = vec![&["Email", "Sector"]];
    let owned: Vec<[&str; 2]> = rows.iter().map(|[a, b]| [a.as_str(), b.as_str()]).collect();
    big.extend(owned.iter().map(|r| &r[..]));
    f.xlsx(
        &format!("{LAB}/two-sheets.xlsx"),
        &[
            (
                "Registrations",
                &[
                    &["Email", "Sector"],
                    &["c@x.org", "ICT"],
                    &["d@x.org", "ICT"],
                ],
            ),
            ("Big", &big),
        ],
    );
    f.file("labreport.toml", "[limits]\nmax_rows = 5\n");
    assert_only_that_file_is_lost(
        &f,
        "warning: p/2020-01-01-l/two-sheets.xlsx: sheet Big is too large (a value in row 6); labreport's limit is 5 rows: is this the right file?; the file is left out",
    );
}

#[test]
fn a_sheet_with_a_header_and_no_rows() {
    let f = with_good_lab();
    f.file(
        &format!("{LAB}/feedback.csv"),
        "Timestamp,Overall satisfaction\n",
    );
    assert_only_that_file_is_lost(
        &f,
        "warning: p/2020-01-01-l/feedback.csv: the sheet has a header (row 1) but no feedback rows; was the right sheet exported?",
    );
}

#[test]
fn a_sheet_with_no_recognisable_columns() {
    let f = with_good_lab();
    f.xlsx(
        &format!("{LAB}/budget.xlsx"),
        &[("Costs", &[&["Item", "Cost (EUR)"], &["Coffee", "120"]])],
    );
    assert_only_that_file_is_lost(
        &f,
        "warning: p/2020-01-01-l/budget.xlsx › Costs: no column is recognised (first row: \"Item\", \"Cost (EUR)\"); expected headers such as E-mail, Name, Stakeholder type, Sector, Attended or a feedback question; add yours under [columns] or [[question]] in labreport.toml",
    );
}

#[test]
fn a_sheet_with_no_recognisable_columns_under_title_lines_quotes_its_likeliest_header() {
    // As EUSurvey exports: the survey's alias and the export's date above the header. Rows 1
    // and 2 hold two texts each, row 3 three and no data (row 4's "4" is text here): row 3,
    // the fullest, is quoted.
    let f = with_good_lab();
    f.xlsx(
        &format!("{LAB}/survey.xlsx"),
        &[(
            "Content",
            &[
                &["Alias", "tools-survey"],
                &["Export date", "2024-10-16"],
                &["Tool", "Licence", "Stars"],
                &["labreport", "MIT", "4"],
            ],
        )],
    );
    assert_only_that_file_is_lost(
        &f,
        "warning: p/2020-01-01-l/survey.xlsx › Content: no column is recognised (row 3, the likeliest header: \"Tool\", \"Licence\", \"Stars\"); expected headers such as E-mail, Name, Stakeholder type, Sector, Attended or a feedback question; add yours under [columns] or [[question]] in labreport.toml",
    );
}

#[test]
fn formula_errors_are_empty_cells_and_the_row_still_counts() {
    let f = Fixture::new();
    let path = f.path().join(LAB).join("feedback.xlsx");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write(0, 0, "Overall satisfaction").unwrap();
    ws.write(0, 1, "Usefulness").unwrap();
    ws.write(1, 0, 4).unwrap();
    ws.write_formula(
        1,
        1,
        rust_xlsxwriter::Formula::new("=1/0").set_result("#DIV/0!"),
    )
    .unwrap();
    ws.write(2, 0, 2).unwrap();
    ws.write(2, 1, 5).unwrap();
    wb.save(&path).unwrap();
    f.file(
        &format!("{LAB}/more.csv"),
        "Overall satisfaction,Usefulness\n#N/A,3\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["p/2020-01-01-l"];
    // Three responses; overall: 4, 2 (the #N/A is empty) → 3; usefulness: 5, 3 (the #DIV/0! is empty) → 4.
    assert_eq!(lab["feedback_responses"], 3);
    assert_eq!(lab["feedback_answers"]["overall"], 2);
    assert_eq!(lab["feedback_mean"]["overall"], 3.0);
    assert_eq!(lab["feedback_mean"]["usefulness"], 4.0);
}

#[test]
fn a_csv_with_an_unclosed_quote() {
    let f = with_good_lab();
    f.file(
        &format!("{LAB}/export.csv"),
        "Email,Sector\nc@x.org,\"ICT, Tourism\nd@x.org,ICT\n",
    );
    assert_only_that_file_is_lost(
        &f,
        "warning: p/2020-01-01-l/export.csv: the quote opened on line 2 is never closed, so the rest of the file would be one cell; fix that line (or export the file again); the file is left out",
    );
}

#[test]
fn a_csv_in_utf16_with_and_without_bom() {
    let f = Fixture::new();
    let text = "Email\tStakeholder type\tSector\r\nc@x.org\tPoduzeće\tTurizam\r\n";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be_with_bom: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    f.file(&format!("{LAB}/a.csv"), le);
    f.file("inputs/p/2020-01-02-m/b.txt", be_with_bom);
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    for lab in ["p/2020-01-01-l", "p/2020-01-02-m"] {
        assert_eq!(
            s["labs"][lab]["by_stakeholder_type"]["business"]["registered"], 1,
            "{lab}"
        );
        assert_eq!(
            s["labs"][lab]["by_sector"]["tourism"]["registered"], 1,
            "{lab}"
        );
    }
}

#[test]
fn a_huge_hostile_cell_is_shortened_in_messages_and_pages() {
    let f = with_good_lab();
    let huge = format!("=HYPERLINK(\"x\")🙂{}", "x".repeat(100_000));
    f.file(
        &format!("{LAB}/more.csv"),
        format!("Email,Stakeholder type\nc@x.org,{huge}\n"),
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 2);
    assert_eq!(s["totals"]["registrations"], 3);
    let warning = run
        .stderr
        .lines()
        .find(|l| l.starts_with("warning: "))
        .unwrap();
    assert!(
        warning.chars().count() < 400,
        "the warning is {} characters",
        warning.chars().count()
    );
    assert!(warning.contains("=HYPERLINK(\"x\")🙂xxx"), "{warning}");
    let index = std::fs::read_to_string(f.path().join("output/index.html")).unwrap();
    assert!(
        !index.contains(&"x".repeat(200)),
        "the page holds the whole cell"
    );
    assert!(index.contains("=HYPERLINK(&quot;x&quot;)🙂xxx"));
}

#[test]
fn an_output_folder_that_cannot_be_written() {
    let f = with_good_lab();
    f.file(
        "blocker",
        "a file where the output folder's parent should be",
    );
    let run = f.run(&["build", "--out", "blocker/report"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: cannot write the output folder blocker/report: "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with("; check that it can be written, or choose another with --out\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_config_with_a_syntax_error() {
    let f = with_good_lab();
    f.file("labreport.toml", "[[sector]\nid = \"ict\"\n");
    let run = f.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: labreport.toml: TOML parse error at line 1, column"),
        "{}",
        run.stderr
    );
}

#[test]
fn strict_writes_nothing_and_exits_1_when_an_input_has_a_problem() {
    let f = with_good_lab();
    let (first, _) = f.build();
    assert_eq!(first.code, 0);
    let before = std::fs::read(f.path().join("output/summary.json")).unwrap();
    f.file(&format!("{LAB}/empty.csv"), "");
    let run = f.run(&["build", "--strict"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "warning: p/2020-01-01-l/empty.csv: the file is empty; export the lab's data again; the file is left out\n\
         error: 1 problem with inputs (above); nothing written, as --strict asks\n"
    );
    // The previous report is exactly as it was.
    assert_eq!(
        std::fs::read(f.path().join("output/summary.json")).unwrap(),
        before
    );
}

#[test]
fn a_failed_run_leaves_the_previous_report_as_it_was() {
    let f = with_good_lab();
    assert_eq!(f.run(&["build"]).code, 0);
    let before = std::fs::read(f.path().join("output/index.html")).unwrap();
    f.file("labreport.toml", "[[sector]]\nid = \"ict\"\n"); // no label: invalid
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        std::fs::read(f.path().join("output/index.html")).unwrap(),
        before
    );
    // Nothing is left beside it.
    assert!(leftovers(&f).is_empty(), "{:?}", leftovers(&f));
}

/// The `.labreport-*` folders beside the output folder (staging or old copies).
fn leftovers(f: &Fixture) -> Vec<String> {
    std::fs::read_dir(f.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".labreport-"))
        .collect()
}

#[test]
fn a_template_failing_on_a_lab_page_leaves_the_previous_report_as_it_was() {
    let f = with_good_lab();
    f.file(
        "inputs/p/2020-02-01-m/good.csv",
        "Email,Stakeholder type\nc@x.org,NGO\n",
    );
    assert_eq!(f.run(&["build"]).code, 0);
    // A rebuild replaces the old folder and leaves nothing beside it.
    assert_eq!(f.run(&["build"]).code, 0);
    assert!(leftovers(&f).is_empty(), "{:?}", leftovers(&f));
    let listing = |dir: &str| {
        let mut names: Vec<String> = walk(&f.path().join(dir));
        names.sort();
        names
    };
    let files_before = listing("output");
    let index_before = std::fs::read(f.path().join("output/index.html")).unwrap();
    // Files go into the new folder while pages are made: the index's charts are put before
    // the lab pages fail.
    f.file(
        "my-templates/lab.html",
        "{% extends \"base.html\" %}{% block content %}{{ page.lab.no_such_thing }}{% endblock %}",
    );
    let run = f.run(&["build", "--templates", "my-templates"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(
        run.stderr,
        "error: cannot make the report: template undefined value: `page.lab.no_such_thing` is undefined (in lab.html:1)\n"
    );
    assert_eq!(listing("output"), files_before);
    assert_eq!(
        std::fs::read(f.path().join("output/index.html")).unwrap(),
        index_before
    );
    assert!(leftovers(&f).is_empty(), "{:?}", leftovers(&f));
}

/// Every file under `dir`, as paths relative to it.
fn walk(dir: &std::path::Path) -> Vec<String> {
    crate::common::files_under(dir)
        .into_keys()
        .map(|p| p.display().to_string())
        .collect()
}

#[test]
fn a_folder_mixing_good_and_broken_labs_reports_every_good_one() {
    let f = Fixture::new();
    f.file(
        "inputs/a/2020-01-01-one/r.csv",
        "Email,Sector\na@x.org,ICT\n",
    );
    f.file("inputs/a/2020-02-01-two/r.xlsx", "not a workbook at all");
    f.file(
        "inputs/b/2020-03-01-three/r.csv",
        "Email,Sector\nb@x.org,Tourism\nc@x.org,Tourism\n",
    );
    f.file("inputs/b/2020-04-01-four/r.csv", "");
    let (run, s) = f.build();
    assert_eq!(run.code, 2);
    assert_eq!(s["totals"]["labs"], 4);
    assert_eq!(s["labs"]["a/2020-01-01-one"]["registrations"], 1);
    assert_eq!(s["labs"]["b/2020-03-01-three"]["registrations"], 2);
    assert_eq!(s["labs"]["a/2020-02-01-two"]["registrations"], 0);
    assert_eq!(
        run.stderr
            .lines()
            .filter(|l| l.starts_with("warning: "))
            .count(),
        2,
        "{}",
        run.stderr
    );
    // The report lists the files left out, with the reason.
    let index = std::fs::read_to_string(f.path().join("output/index.html")).unwrap();
    assert!(
        index.contains("the file is empty; export the lab&#x27;s data again")
            || index.contains("the file is empty; export the lab's data again")
    );
}

#[test]
fn a_workbook_that_crashes_the_reader_costs_only_that_file() {
    // Found by fuzz/run: calamine 0.38 panics on this mutated xls (see tests/fixtures/README.md).
    let f = with_good_lab();
    let crash = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz/calamine-cfb-slice-panic.xls");
    std::fs::copy(crash, f.path().join(LAB).join("prijave.xls")).unwrap();
    let (run, s) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning: "))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", run.stderr);
    assert!(
        warnings[0].starts_with(
            "warning: p/2020-01-01-l/prijave.xls: reading it crashed the spreadsheet reader ("
        ),
        "{}",
        warnings[0]
    );
    assert!(
        warnings[0].ends_with(
            "); open it in Excel or LibreOffice and save it again; the file is left out"
        )
    );
    // Rust's own panic message is not printed: the warning says it all.
    assert!(!run.stderr.contains("panicked at"), "{}", run.stderr);
    assert_eq!(s["totals"]["registrations"], 2);
}

#[test]
fn a_list_without_a_header_row_leaks_no_one_into_the_outputs() {
    let f = with_good_lab();
    // No header row: the first row is a person. And an address typed into the type column.
    f.file(
        &format!("{LAB}/noheader.csv"),
        "Ana Pop,ana.pop@example.org,+40 721 000 000\nIon Rus,ion@example.org,+40 722 000 000\n",
    );
    f.file(
        &format!("{LAB}/typo.csv"),
        "Email,Stakeholder type\nd@x.org,mara.ionescu@example.org\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 2, "{run:?}");
    // The terminal may show the row, to help fix the file; no output file may.
    assert!(
        run.stderr.contains("first row: \"Ana Pop\""),
        "{}",
        run.stderr
    );
    let mut files = vec![f.path().join("output")];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for personal in [
            "Ana Pop",
            "ana.pop@example.org",
            "+40 721",
            "Ion Rus",
            "mara.ionescu@example.org",
        ] {
            assert!(
                !text.contains(personal),
                "{} holds {personal}",
                path.display()
            );
        }
    }
}
