//! Reflow (WCAG 2.1 1.4.10, which axe does not test): at 320 CSS px, and at a common phone's
//! 390, every page scrolls in one direction only, checked in headless Chromium by
//! tests/browser/reflow.mjs. No sideways scroll, no word of a heading broken across lines,
//! every data table in a scroll box of its own (focusable, named by its caption) no wider than
//! the window, its caption within it, the masthead's logo above the title; and axe-core's WCAG
//! rules at those widths, where the tables' boxes scroll. 1280 px is the control. `tests/run`
//! installs Chromium, node and playwright-core; when one is missing these tests fail and say
//! so, they never skip.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{Fixture, demo_fixture};
use crate::report::{browser_dir, html_pages};

/// The widths checked: the criterion's 320 CSS px, a phone's 390, and a desktop's as control.
const WIDTHS: [u32; 3] = [320, 390, 1280];

/// Runs reflow.mjs on the pages of the report in `out` at every width in `WIDTHS` and fails
/// with each problem it found, each naming the page, the width and the element.
pub(crate) fn assert_reflows(out: &Path) {
    let pages: Vec<PathBuf> = html_pages(out)
        .into_iter()
        .map(|p| p.strip_prefix(out).unwrap().to_path_buf())
        .collect();
    assert!(
        browser_dir().join("node_modules/playwright-core").is_dir(),
        "playwright-core is missing: run tests/run, which installs it with npm ci"
    );
    let chromium =
        std::env::var_os("CHROMIUM").map_or_else(|| "/usr/bin/chromium".into(), PathBuf::from);
    assert!(
        chromium.is_file(),
        "{} is missing: run tests/run, which installs Debian's chromium",
        chromium.display()
    );
    let widths = WIDTHS.map(|w| w.to_string()).join(",");
    let run = Command::new("node")
        .arg(browser_dir().join("reflow.mjs"))
        .arg(&widths)
        .args(&pages)
        .current_dir(out)
        .output()
        .expect("node runs (tests/run installs nodejs)");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    let mut problems = Vec::new();
    let mut measured = Vec::new();
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("reflow.mjs printed {line:?}, not JSON ({e})\n{stderr}"));
        let page = v["page"].as_str().unwrap();
        let width = v["width"].as_u64().unwrap();
        // The window is the width asked for (no meta viewport or device scale in the way).
        assert_eq!(v["innerWidth"].as_u64(), Some(width), "{line}");
        // The measure, for the log: a sideways scroll is among the problems, with what sticks
        // out.
        measured.push(format!(
            "{page} at {width} px: scrollWidth {}",
            v["scrollWidth"]
        ));
        for p in v["problems"].as_array().unwrap() {
            problems.push(p.as_str().unwrap().to_string());
        }
    }
    eprintln!("{}", measured.join("\n"));
    assert!(
        problems.is_empty(),
        "the report does not reflow:\n{}\n{stderr}",
        problems.join("\n")
    );
    assert!(
        run.status.success(),
        "reflow.mjs failed:\n{stdout}\n{stderr}"
    );
    assert_eq!(
        stdout.lines().count(),
        pages.len() * WIDTHS.len(),
        "one line per page and width:\n{stdout}"
    );
}

#[test]
fn every_page_of_the_demo_reflows_at_320_and_390_px() {
    let f = demo_fixture();
    let run = f.run(&["build", "--charts", "all"]);
    assert_eq!(run.code, 0, "{run:?}");
    let out = f.path().join("output");
    let pages = html_pages(&out);
    assert_eq!(pages.len(), 6, "index and five lab pages: {pages:?}");
    assert_reflows(&out);
}

/// A lab title's long words, in the partners' languages, stay whole at 320 px: the longest
/// here (Dutch "Internationalisering", 20 letters; Lithuanian "bendradarbiavimas", 17) fit a
/// line of their own in a phone's smaller title.
#[test]
fn long_words_of_lab_titles_stay_whole_at_320_px() {
    let f = Fixture::new();
    for (lab, title) in [
        (
            "nl/2020-01-01-lll1",
            "Internationalisering en ondernemerschap in de culturele sector",
        ),
        (
            "lt/2020-02-01-lll1",
            "Tarptautiškumas ir bendradarbiavimas: kultūrinių iniciatyvų galimybės",
        ),
        (
            "ro/2020-03-01-lll1",
            "Oportunități transfrontaliere pentru inițiativele antreprenoriale",
        ),
    ] {
        f.file(
            &format!("inputs/{lab}/registrations.csv"),
            "Email,Stakeholder type,Sector\na@x.org,NGO,ICT\nb@x.org,NGO,Tourism\n",
        );
        f.file(
            &format!("inputs/{lab}/lab.toml"),
            format!("title = \"{title}\"\n"),
        );
    }
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{run:?}");
    let out = f.path().join("output");
    let pages = html_pages(&out);
    assert_eq!(pages.len(), 4, "index and three lab pages: {pages:?}");
    assert_reflows(&out);
}
