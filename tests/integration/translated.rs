//! The report in the partner's language (`[report] language`, `build --language`): every word
//! the report writes comes from the language's catalog, numbers and dates are written as the
//! language writes them, and each language's pages pass the W3C Nu checker, axe-core and the
//! reflow check at 320 px (long Lithuanian and Croatian words).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::common::{Fixture, demo_fixture, files_under};
use crate::report::{browser_dir, html_pages};

const NBSP: &str = "\u{a0}";

/// The demo built in `language` into `out-<language>`.
fn build(f: &Fixture, language: &str, extra: &[&str]) -> PathBuf {
    let out = format!("out-{language}");
    let mut args = vec!["build", "--language", language, "--out", &out];
    args.extend_from_slice(extra);
    let run = f.run(&args);
    assert_eq!(run.code, 0, "{language}: {run:?}");
    f.path().join(out)
}

/// A page's text as a reader sees it: tags, styles and scripts gone, entities decoded.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    // Style sheets (the page's, and each chart's) are not text.
    while let Some(a) = rest.find("<style") {
        out.push_str(&text_of(&rest[..a]));
        match rest[a..].find("</style>") {
            Some(b) => rest = &rest[a + b..],
            None => rest = "",
        }
    }
    out.push_str(&text_of(rest));
    out
}

fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// The words of plain ASCII letters, three or more, in `text`; a word cut short by "…" (a
/// long label shortened) is not a word.
fn ascii_words(text: &str) -> BTreeSet<String> {
    text.split(char::is_whitespace)
        .filter(|w| !w.ends_with('…'))
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric() && c != '_'))
        .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn a_lithuanian_and_a_romanian_report_write_dates_numbers_and_words_their_way() {
    let f = demo_fixture();
    let lt = build(&f, "lt", &[]);
    let index = std::fs::read_to_string(lt.join("index.html")).unwrap();
    assert!(index.contains("<html lang=\"lt\">"));
    // 94 attendees of 114 registrations: 82.46 % → "82 %", a no-break space before the sign.
    assert!(index.contains(&format!("82{NBSP}%")), "the attendance rate");
    // The first lab's date, as Lithuanian writes it.
    assert!(index.contains("2019 m. rugsėjo 30 d."));
    // Headings and table headers from the catalog.
    assert!(index.contains("Duomenų kokybė"), "the data-quality heading");
    assert!(
        index.contains("<th scope=\"row\">Iš viso</th>"),
        "a total row"
    );
    let lab = std::fs::read_to_string(lt.join("labs/timisoara/2019-09-30-lll1.html")).unwrap();
    assert!(lab.contains("<html lang=\"lt\">"));
    // A chart file carries its language and its words.
    let chart = std::fs::read_to_string(lt.join("charts/participation-by-sector.svg")).unwrap();
    assert!(chart.contains("<svg xml:lang=\"lt\" "), "{chart:.200}");
    assert!(
        chart.contains("Dalyvavimas pagal sektorius"),
        "the title in Lithuanian"
    );

    let ro = build(&f, "ro", &[]);
    let index = std::fs::read_to_string(ro.join("index.html")).unwrap();
    assert!(index.contains("<html lang=\"ro\">"));
    assert!(index.contains("30 septembrie 2019"));
    assert!(index.contains(&format!("82{NBSP}%")));
    // The mean overall rating, 4.29, with a decimal comma.
    assert!(index.contains("4,29"), "the overall mean");
    // The workbook speaks Romanian too: its sheets' names and its total rows.
    let wb: Xlsx<_> = open_workbook(ro.join("data/labreport.xlsx")).unwrap();
    let names = wb.sheet_names();
    assert!(names.iter().any(|n| n == "Ateliere"), "{names:?}");
    assert!(!names.iter().any(|n| n == "Labs"), "{names:?}");
}

#[test]
fn an_unknown_language_is_refused_before_anything_is_read() {
    let f = demo_fixture();
    let run = f.run(&["build", "--language", "pl"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .contains("language \"pl\" has no message catalog")
            && run.stderr.contains("en, ro, nl, it, hr, lt")
            && run.stderr.contains("messages/pl.ftl"),
        "{}",
        run.stderr
    );
    assert!(!f.path().join("output").exists(), "nothing written");
}

/// Built with a pseudo-translation of the English catalog (every letter of the messages'
/// own text accented), the report may hold plain ASCII words only where they come from the
/// data: the labs' files, the config (taxonomy and question labels, branding) and the
/// folders' names. Any other plain word is one the catalog did not write.
#[test]
fn a_pseudo_translation_leaves_no_word_outside_the_catalog_on_pages_charts_or_workbook() {
    let f = demo_fixture();
    let english = include_str!("../../report-templates/messages/en.ftl");
    let pseudo = labreport::wording::catalogs::pseudo(english).unwrap();
    let templates = f.path().join("pseudo-templates");
    std::fs::create_dir_all(templates.join("messages")).unwrap();
    std::fs::write(templates.join("messages/en.ftl"), pseudo).unwrap();
    let out = build(
        &f,
        "en",
        &[
            "--templates",
            templates.to_str().unwrap(),
            "--charts",
            "all",
        ],
    );

    // The words the data brings: the inputs' cells and sheet names, the values (not the keys)
    // of lab.toml and the config, summary.json's values, the CSV tables' cells (their header
    // rows are English by contract, so they are left out), the built-in taxonomy's labels.
    let mut data = String::new();
    let toml_values = |text: &str| -> String {
        text.lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .filter_map(|l| l.split_once('=').map(|(_, v)| format!("{v} ")))
            .collect()
    };
    for (path, bytes) in files_under(&f.path().join("inputs")) {
        let full = f.path().join("inputs").join(&path);
        data.push_str(&path.to_string_lossy());
        data.push(' ');
        match path.extension().and_then(|e| e.to_str()) {
            Some("xlsx") => {
                let mut wb: Xlsx<_> = open_workbook(&full).unwrap();
                for name in wb.sheet_names() {
                    data.push_str(&format!("{name} "));
                    for row in wb.worksheet_range(&name).unwrap().rows() {
                        for cell in row {
                            data.push_str(&format!("{cell} "));
                        }
                    }
                }
            }
            Some("toml") => data.push_str(&toml_values(&String::from_utf8_lossy(&bytes))),
            _ => data.push_str(&String::from_utf8_lossy(&bytes)),
        }
        data.push(' ');
    }
    data.push_str(&toml_values(
        &std::fs::read_to_string(f.path().join("labreport.toml")).unwrap(),
    ));
    data.push_str(&toml_values(include_str!("../../src/defaults.toml")));
    fn json_values(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push(' ');
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| json_values(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| json_values(v, out)),
            _ => {}
        }
    }
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    json_values(&summary, &mut data);
    for csv in ["data/outcomes.csv", "data/organisations.csv"] {
        if let Ok(text) = std::fs::read_to_string(out.join(csv)) {
            data.extend(text.lines().skip(1).map(|l| format!("{l} ")));
        }
    }
    let data_words = ascii_words(&data);
    // What every report holds that is not a word of the catalog: the tool's name, file names
    // and the config's keys in <code>, and the months of the dates, which CLDR writes (in
    // English here: the pseudo-catalog is English's).
    let not_words: BTreeSet<String> = [
        "labreport",
        "summary",
        "json",
        "csv",
        "xlsx",
        "figures",
        "data",
        "toml",
        "min_cell",
        "privacy",
        "check",
        "html",
        "pdf",
        "png",
        "svg",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();

    let mut leaks = Vec::new();
    let mut report = |place: String, text: &str| {
        let stray: Vec<String> = ascii_words(text)
            .into_iter()
            .filter(|w| !data_words.contains(w) && !not_words.contains(w))
            .collect();
        if !stray.is_empty() {
            leaks.push(format!("{place}: {stray:?}"));
        }
    };
    for page in html_pages(&out) {
        let html = std::fs::read_to_string(&page).unwrap();
        report(page.display().to_string(), &visible_text(&html));
        // Attributes a reader hears: alt, aria-label.
        for attr in ["alt=\"", "aria-label=\""] {
            for part in html.split(attr).skip(1) {
                report(
                    format!("{} [{attr}…]", page.display()),
                    part.split('"').next().unwrap(),
                );
            }
        }
    }
    for (path, bytes) in files_under(&out.join("charts")) {
        if path.extension().is_some_and(|e| e == "svg") {
            report(
                format!("charts/{}", path.display()),
                &visible_text(&String::from_utf8_lossy(&bytes)),
            );
        }
    }
    let mut wb: Xlsx<_> = open_workbook(out.join("data/labreport.xlsx")).unwrap();
    for name in wb.sheet_names() {
        report(format!("labreport.xlsx sheet name {name}"), &name);
        // The outcomes sheet's header row is outcomes.csv's, English by contract.
        let skip = usize::from(name.contains("Óútçóméš") || name == "Outcomes");
        let range = wb.worksheet_range(&name).unwrap();
        for (r, row) in range.rows().enumerate().skip(skip) {
            for cell in row {
                if let Data::String(s) = cell {
                    report(format!("labreport.xlsx › {name} › row {}", r + 1), s);
                }
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "words the catalog did not write:\n{}",
        leaks.join("\n")
    );
}

#[test]
fn every_language_passes_the_nu_checker_axe_and_reflows_at_320_px() {
    let f = demo_fixture();
    let mut checked = Vec::new();
    let mut axe_pages = Vec::new();
    for language in ["ro", "nl", "it", "hr", "lt"] {
        let out = build(&f, language, &[]);
        let pages = html_pages(&out);
        assert_eq!(pages.len(), 6, "{language}: {pages:?}");
        checked.extend(pages);
        axe_pages.push(out.join("index.html"));
        axe_pages.push(out.join("labs/timisoara/2021-03-18-lll3.html"));
        if language == "lt" || language == "hr" {
            crate::reflow::assert_reflows(&out);
        }
    }
    crate::report::assert_nu_valid(&checked);
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("translated-screenshots");
    let run = Command::new("node")
        .arg(browser_dir().join("check.mjs"))
        .arg(&shots)
        .args(&axe_pages)
        .output()
        .expect("node runs (tests/run installs nodejs)");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "axe found problems:\n{stdout}\n{stderr}"
    );
    assert_eq!(stdout.lines().count(), axe_pages.len(), "{stdout}");
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["violations"], 0, "{line}");
        assert_eq!(v["problems"], serde_json::json!([]), "{line}");
    }
}

#[test]
fn a_lithuanian_pdf_carries_its_language_and_lithuanian_bookmarks() {
    let f = demo_fixture();
    let out = build(&f, "lt", &["--pdf"]);
    let pdf = out.join("pdf/index.pdf");
    let root = Command::new("qpdf")
        .args(["--json=2", "--json-key=qpdf"])
        .arg(&pdf)
        .output()
        .expect("qpdf runs (tests/run installs it)");
    let root = String::from_utf8_lossy(&root.stdout);
    assert!(root.contains("\"/Lang\": \"u:lt\""), "no /Lang lt");
    // The bookmarks are the page's headings: "Summary" and "Data quality" in Lithuanian.
    let outline = crate::pdf::outline(&pdf);
    for heading in ["Santrauka", "Duomenų kokybė"] {
        assert!(
            outline.iter().any(|t| t == heading),
            "{heading} not in {outline:?}"
        );
    }
}
