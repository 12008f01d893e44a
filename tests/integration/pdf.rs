//! `build --pdf`: the demo printed by Debian's Chromium, checked with poppler (pdfinfo,
//! pdffonts, pdftotext) and qpdf: A4, tagged, title and language set, fonts embedded, a
//! bookmark per heading, and no chart split from its table by a page break.

use std::path::Path;
use std::process::Command;

use crate::common::{Fixture, copy_dir, demo_fixture};

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} runs (tests/run installs it): {e}"));
    assert!(out.status.success(), "{name} {args:?}: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn unescape(s: &str) -> String {
    s.replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// The text of the headings h1–h3 of an HTML page, in order.
fn headings(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for level in ["<h1", "<h2", "<h3"] {
        let mut rest = html;
        while let Some(i) = rest.find(level) {
            let after = &rest[i..];
            let start = after.find('>').unwrap() + 1;
            let end = after.find("</h").unwrap();
            // The heading's text: its inline markup (a note's <span>) left out.
            let mut text = String::new();
            let mut in_tag = false;
            for c in after[start..end].chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            out.push(unescape(text.trim()));
            rest = &after[end..];
        }
    }
    out
}

/// The outline's titles, all levels.
pub(crate) fn outline(pdf: &Path) -> Vec<String> {
    let json = tool(
        "qpdf",
        &["--json=2", "--json-key=outlines", pdf.to_str().unwrap()],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    fn walk(items: &serde_json::Value, out: &mut Vec<String>) {
        for item in items.as_array().unwrap() {
            out.push(item["title"].as_str().unwrap().to_string());
            walk(&item["kids"], out);
        }
    }
    let mut out = Vec::new();
    walk(&v["outlines"], &mut out);
    out
}

fn spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_demo_prints_to_tagged_a4_pdfs_with_bookmarks() {
    let f = demo_fixture();
    let run = f.run(&["build", "--pdf"]);
    assert_eq!(run.code, 0, "{run:?}");
    let out = f.path().join("output");
    let mut pages = vec!["index".to_string()];
    for partner in ["leeuwarden", "timisoara"] {
        for lab in std::fs::read_dir(out.join("labs").join(partner)).unwrap() {
            let name = lab.unwrap().file_name().into_string().unwrap();
            pages.push(format!("labs/{partner}/{}", name.trim_end_matches(".html")));
        }
    }
    assert_eq!(pages.len(), 6);
    for page in &pages {
        let html = std::fs::read_to_string(out.join(format!("{page}.html"))).unwrap();
        let pdf = out.join(format!("pdf/{page}.pdf"));
        let p = pdf.to_str().unwrap();
        let info = tool("pdfinfo", &["-f", "1", "-l", "999", p]);
        let count: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        // Every page A4, not Letter.
        let sizes: Vec<&str> = info
            .lines()
            .filter(|l| {
                l.starts_with("Page ") && l.contains(" size:") && !l.starts_with("Page size")
            })
            .collect();
        assert_eq!(sizes.len(), count, "{info}");
        assert!(
            sizes
                .iter()
                .all(|l| l.ends_with("594.96 x 841.92 pts (A4)")),
            "{page}: {info}"
        );
        assert!(info.contains("Tagged:          yes"), "{page}: {info}");
        // The title is the page's.
        let title =
            unescape(&html[html.find("<title>").unwrap() + 7..html.find("</title>").unwrap()]);
        assert!(
            info.contains(&format!("Title:           {title}\n")),
            "{page}: {title:?} in {info}"
        );
        // The language is the page's (`<html lang="en">`).
        let root = tool("qpdf", &["--json=2", "--json-key=qpdf", p]);
        assert!(root.contains("\"/Lang\": \"u:en\""), "{page}: no /Lang en");
        // Its links open the report's pages where the report is, not where it was printed.
        let flat = f.path().join("flat.pdf");
        tool(
            "qpdf",
            &[
                "--qdf",
                "--object-streams=disable",
                p,
                flat.to_str().unwrap(),
            ],
        );
        let flat = String::from_utf8_lossy(&std::fs::read(&flat).unwrap()).into_owned();
        let links: Vec<&str> = flat
            .split("/URI (")
            .skip(1)
            .map(|l| &l[..l.find(')').unwrap()])
            .collect();
        if page == "index" {
            assert!(!links.is_empty(), "the index links to the lab pages");
        }
        let root = format!("file://{}/", out.display());
        for l in &links {
            // A link may go to a section of a page (the top-voted ideas to their lab's).
            let l = l.split('#').next().unwrap();
            assert!(
                l.starts_with(&root) && l.ends_with(".html"),
                "{page}: a link to {l}"
            );
            assert!(Path::new(&l[7..]).is_file(), "{page}: {l} is not there");
        }
        // Fonts embedded, all of them.
        let fonts = tool("pdffonts", &[p]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty());
        for row in &rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            assert_eq!(cols[cols.len() - 5], "yes", "{page}: not embedded: {row}");
        }
        // A bookmark per heading (h1–h3), the same text (spaces aside: Chromium drops the
        // line break of a wrapped title).
        let marks: Vec<String> = outline(&pdf).iter().map(|t| t.replace(' ', "")).collect();
        for h in headings(&html) {
            assert!(
                marks.contains(&h.replace(' ', "")),
                "{page}: no bookmark for {h:?}; the outline: {marks:?}"
            );
        }
        // No chart is split from its table: each chart's heading is on the page that holds
        // its table's caption ("<title>: the numbers in the chart").
        let texts: Vec<String> = (1..=count)
            .map(|n| {
                spaces(&tool(
                    "pdftotext",
                    &["-f", &n.to_string(), "-l", &n.to_string(), p, "-"],
                ))
            })
            .collect();
        let mut rest = html.as_str();
        let mut charts = 0;
        while let Some(i) = rest.find("<figure class=\"chart-figure\"") {
            rest = &rest[i..];
            let h = rest.find("<h3>").unwrap() + 4;
            let chart_title = unescape(&rest[h..rest.find("</h3>").unwrap()]);
            let caption = format!("{chart_title}: the numbers in the chart");
            let on = texts
                .iter()
                .position(|t| t.contains(&caption))
                .unwrap_or_else(|| panic!("{page}: {caption:?} is printed"));
            assert!(
                texts[on].matches(&chart_title).count() >= 2,
                "{page}: the chart {chart_title:?} is on another page than its table (page {})",
                on + 1
            );
            charts += 1;
            rest = &rest[h..];
        }
        assert!(charts >= 2, "{page}: {charts} charts");
    }
}

#[test]
fn without_a_browser_the_html_report_is_written_and_the_run_says_how_to_get_one() {
    let f = Fixture::new();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("inputs/leeuwarden"),
        &f.path().join("inputs/leeuwarden"),
    );
    let run = f.run(&["build", "--pdf", "--chromium", "/nowhere/chromium"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains(
            "warning: pdf: cannot print the PDFs: the browser /nowhere/chromium does not exist; install Chromium (Debian and Ubuntu: `sudo apt-get install chromium`"
        ),
        "{}",
        run.stderr
    );
    assert!(f.path().join("output/index.html").is_file());
    assert!(!f.path().join("output/pdf").exists());

    // Named by the environment, likewise.
    let run = f.run_with_env(
        &["build", "--pdf"],
        &[("LABREPORT_CHROMIUM", "/nowhere/chrome")],
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("the browser /nowhere/chrome does not exist"),
        "{}",
        run.stderr
    );

    // None on the PATH.
    let run = f.run_with_env(&["build", "--pdf"], &[("PATH", "/nonexistent")]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("cannot print the PDFs: no Chromium found on the PATH; install Chromium"),
        "{}",
        run.stderr
    );
    assert!(f.path().join("output/index.html").is_file());
}
