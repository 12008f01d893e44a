//! The HTML report, checked with real tools: the W3C Nu HTML checker (vnu-jar, with the
//! machine's Java) and axe-core in headless Chromium (Debian's chromium). `tests/run` installs
//! them; when one is missing these tests fail and say so, they never skip.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{Fixture, demo_fixture};

/// The page as a browser reads its text and attributes: minijinja escapes `/` as `&#x2f;`.
fn read_page(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .replace("&#x2f;", "/")
        .replace("&#x27;", "'")
}

pub(crate) fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

fn demo() -> Fixture {
    let f = demo_fixture();
    let run = f.run(&["build", "--charts", "all"]);
    assert_eq!(run.code, 0, "{run:?}");
    f
}

pub(crate) fn html_pages(out: &Path) -> Vec<PathBuf> {
    let mut pages = vec![out.join("index.html")];
    for partner in std::fs::read_dir(out.join("labs")).unwrap() {
        for page in std::fs::read_dir(partner.unwrap().path()).unwrap() {
            pages.push(page.unwrap().path());
        }
    }
    pages.sort();
    pages
}

#[test]
fn every_page_of_the_demo_passes_the_nu_html_checker() {
    let f = demo();
    let pages = html_pages(&f.path().join("output"));
    assert_eq!(pages.len(), 6, "index and five lab pages: {pages:?}");
    assert_nu_valid(&pages);
}

/// The W3C Nu checker finds no error in `pages` (one Java run for all of them).
pub(crate) fn assert_nu_valid(pages: &[PathBuf]) {
    let jar = browser_dir().join("node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(
        jar.is_file(),
        "{} is missing: run tests/run, which installs it with npm ci",
        jar.display()
    );
    let out = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu"])
        .args(pages)
        .output()
        .expect("java runs (tests/run installs default-jre-headless)");
    let messages = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && messages.trim().is_empty(),
        "the Nu checker found errors:\n{messages}"
    );
}

#[test]
fn index_and_lab_pages_have_no_axe_violations_console_errors_or_requests() {
    let f = demo();
    let out = f.path().join("output");
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-screenshots");
    let script = browser_dir().join("check.mjs");
    assert!(
        browser_dir().join("node_modules/axe-core").is_dir(),
        "axe-core is missing: run tests/run, which installs it with npm ci"
    );
    let run = Command::new("node")
        .arg(&script)
        .arg(&shots)
        .arg(out.join("index.html"))
        .arg(out.join("labs/timisoara/2019-09-30-lll1.html"))
        // The online lab: attendance from a Teams report, unconfigured questions.
        .arg(out.join("labs/timisoara/2021-03-18-lll3.html"))
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "browser check failed:\n{stdout}\n{stderr}"
    );
    // The three pages were checked, with rules that passed and none violated.
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["violations"], 0, "{line}");
        assert!(v["passes"].as_u64().unwrap() > 10, "{line}");
        assert_eq!(v["problems"], serde_json::json!([]), "{line}");
    }
    eprintln!("screenshots and A4 PDFs in {}", shots.display());
}

#[test]
fn the_report_writes_pages_charts_and_tables() {
    let f = demo();
    let out = f.path().join("output");
    for file in [
        "index.html",
        "summary.json",
        "labs/timisoara/2019-09-30-lll1.html",
        "labs/leeuwarden/2020-03-03-lll2.html",
        "charts/participation-by-stakeholder-type.svg",
        "charts/participation-by-stakeholder-type.png",
        "charts/participation-by-sector.png",
        "charts/participation-by-partner.png",
        "charts/participation-over-time.png",
        "charts/feedback-by-question.png",
        "charts/feedback-spread.png",
        "charts/feedback-spread.svg",
        "charts/labs/timisoara/2019-09-30-lll1-participation-by-sector.png",
        "data/participation_by_stakeholder_type.csv",
        "data/participation_by_sector.csv",
        "data/feedback_by_question.csv",
        "data/figures.csv",
        "data/organisations.csv",
        "data/labreport.xlsx",
    ] {
        assert!(out.join(file).is_file(), "{file} missing");
    }
    let index = read_page(&out.join("index.html"));
    // Self-contained: no scripts, nothing fetched, a CSP that forbids both.
    assert!(
        index
            .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
    );
    assert!(!index.contains("<script"));
    assert!(!index.contains("src=\"http") && !index.contains("href=\"http"));
    assert_eq!(index.matches("<h1").count(), 1);
    // Every chart is an image with a title and a description, and has a table beside it.
    // Five bar charts of participation, the diverging one of the answers (all on a 1–5
    // scale), and the world café's ideas by topic and partner.
    let charts = index.matches("<svg role=\"img\"").count();
    assert_eq!(charts, 7);
    assert_eq!(index.matches("<desc id=").count(), 7);
    assert!(index.matches("<caption id=").count() >= 7);
    // The headline figures are summary.json's: 5 labs; 104 registrations and 86 attendees
    // in the four labs held in person, 10 and 8 in the online one (the demo's generator says
    // how: seven of ten registered people in the Teams report, and one walk-in).
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["totals"]["registrations"], 114);
    assert_eq!(summary["totals"]["attendees"], 94);
    for figure in [
        "<dt>Labs</dt>\n    <dd><span class=\"value\">5</span>",
        "<dt>Registrations</dt>\n    <dd><span class=\"value\">114</span>",
    ] {
        assert!(index.contains(figure), "{figure} not in the headline");
    }
    // 94 of 114 attended: 82.46…% → 82%.
    assert!(index.contains("<dt>Attendance rate</dt>\n    <dd><span class=\"value\">82%</span>"));
    // Lab pages link to the index, and the index to them.
    assert!(index.contains("href=\"labs/timisoara/2019-09-30-lll1.html\""));
    let lab = read_page(&out.join("labs/timisoara/2020-02-20-lll2.html"));
    assert!(lab.contains("href=\"../../index.html\""));
    assert!(lab.contains("<dt>Venue</dt><dd>Spațiul Expozițional al Primăriei Municipiului Timișoara, Piața Victoriei nr. 5</dd>"));
    // It compares with the partner's previous lab (28 then 26 registrations).
    assert!(lab.contains("This is Timișoara's lab number 2 in the report. It had 26 registrations (Timișoara · 20 February 2020), 2 fewer than the partner's previous lab"), "comparison missing");
}

#[test]
fn csv_tables_open_in_excel_with_diacritics_and_without_formulas() {
    let f = Fixture::new();
    f.file(
        "inputs/p/2020-01-01-l/r.csv",
        "Email,Stakeholder type,Sector\na@x.org,Primărie,ICT\nb@x.org,NGO,ICT\n",
    );
    f.file(
        "labreport.toml",
        "[[stakeholder_type]]\nid = \"local_authority\"\nlabel = \"Autoritate publică locală\"\naliases = [\"Primărie\"]\n\n\
         [[stakeholder_type]]\nid = \"ngo\"\nlabel = \"=HYPERLINK(\\\"http://evil.example\\\",\\\"NGO\\\")\"\naliases = [\"NGO\"]\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{run:?}");
    let bytes = std::fs::read(
        f.path()
            .join("output/data/participation_by_stakeholder_type.csv"),
    )
    .unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "no BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "lab,partner,date,stakeholder_type,label,registered,attended"
    );
    assert!(
        lines.contains(&"p/2020-01-01-l,p,2020-01-01,local_authority,Autoritate publică locală,1,"),
        "{text}"
    );
    assert!(
        lines.contains(&"p/2020-01-01-l,p,2020-01-01,ngo,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"NGO\"\")\",1,"),
        "{text}"
    );
    // In the page the same label is text, escaped, never markup.
    let index = read_page(&f.path().join("output/index.html"));
    assert!(
        index.contains("=HYPERLINK(&quot;http:&#x2f;&#x2f;evil.example&quot;,&quot;NGO&quot;)")
            || index.contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;NGO&quot;)"),
        "label not shown escaped"
    );
}

#[test]
fn hostile_labels_are_escaped_in_the_page() {
    let f = Fixture::new();
    f.file(
        "inputs/p/2020-01-01-l/r.csv",
        "Email,Stakeholder type\na@x.org,<script>alert(1)</script>\nb@x.org,\u{202E}gnp.exe\n",
    );
    f.file(
        "inputs/p/2020-01-01-l/lab.toml",
        "title = \"<img src=x onerror=alert(1)>\"\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 2, "{run:?}");
    let index = read_page(&f.path().join("output/index.html"));
    assert!(
        !index.contains("<script>alert"),
        "a script tag reached the page"
    );
    assert!(!index.contains("<img src=x"), "an img tag reached the page");
    assert!(
        index.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;")
            || index.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
    // The right-to-left override is removed where the label is shown.
    assert!(!index.contains('\u{202E}'));
    let lab = read_page(&f.path().join("output/labs/p/2020-01-01-l.html"));
    assert!(
        lab.contains("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>"),
        "title not escaped in the lab page"
    );
}

#[test]
fn a_user_template_overrides_a_builtin_one_file_by_file() {
    let f = Fixture::new();
    f.file("inputs/p/2020-01-01-l/r.csv", "Email,Sector\na@x.org,ICT\n");
    // Only the stylesheet is replaced; the pages still come from the built-in templates.
    f.file(
        "my-templates/style.css",
        "body { font-family: serif; } /* partner house style */",
    );
    let run = f.run(&["build", "--templates", "my-templates"]);
    assert_eq!(run.code, 0, "{run:?}");
    let index = read_page(&f.path().join("output/index.html"));
    assert!(index.contains("/* partner house style */"));
    assert!(index.contains("<h1>Local Learning Labs: participation and feedback</h1>"));
}

#[test]
fn branding_comes_from_the_report_table() {
    let f = Fixture::new();
    f.file("inputs/p/2020-01-01-l/r.csv", "Email,Sector\na@x.org,ICT\n");
    // A 1×1 PNG.
    f.file(
        "brand/logo.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\0\0\0\0IEND\xaeB`\x82",
    );
    f.file(
        "brand/labreport.toml",
        "[report]\nproject = \"ECoC-SME\"\nprogramme = \"Interreg Europe\"\ntitle = \"Interim report 2020\"\nlogo = \"logo.png\"\nfunding = \"Co-funded by the European Union\"\ncontact = \"pm@example.org\"\n",
    );
    let run = f.run(&["build", "--config", "brand/labreport.toml"]);
    assert_eq!(run.code, 0, "{run:?}");
    let index = read_page(&f.path().join("output/index.html"));
    assert!(index.contains("<h1>Interim report 2020</h1>"));
    assert!(index.contains("ECoC-SME · Interreg Europe"));
    assert!(index.contains("<p class=\"funding\">Co-funded by the European Union</p>"));
    assert!(
        index.contains("src=\"data:image/png;base64,iVBORw0KGgo"),
        "logo not embedded as a data URI"
    );
    // A logo that is not there stops the run before anything is written.
    f.file("brand/broken.toml", "[report]\nlogo = \"nope.png\"\n");
    let missing = f.run(&["build", "--config", "brand/broken.toml"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing.stderr.starts_with("error: brand/broken.toml: [report] logo brand/nope.png: cannot read it: No such file or directory"),
        "{}",
        missing.stderr
    );
}

#[test]
fn the_spread_of_answers_is_a_diverging_chart_with_its_table() {
    let f = Fixture::new();
    f.file(
        "inputs/p/2020-01-01-l/feedback.csv",
        "Timestamp,Overall satisfaction,Usefulness\n\
         2020-01-01 12:00,5,4\n\
         2020-01-01 12:01,5,5\n\
         2020-01-01 12:02,4,2\n\
         2020-01-01 12:03,3,5\n\
         2020-01-01 12:04,1,4\n",
    );
    let run = f.run(&["build"]);
    assert!(run.code == 0 || run.code == 2, "{run:?}");
    let lab = read_page(&f.path().join("output/labs/p/2020-01-01-l.html"));
    let figure = &lab[lab
        .find("<figure class=\"chart-figure\" id=\"feedback-spread\">")
        .expect("the chart")..];
    let figure = &figure[..figure.find("</figure>").unwrap()];
    // 4 or 5: Overall 3 of 5 (60%), Usefulness 4 of 5 (80%).
    assert!(
        figure.contains("Usefulness had the most answers of 4 or 5 (80%), Overall satisfaction the fewest (60%)."),
        "{figure}"
    );
    // Its table: each answer's count and share, the answers in all.
    assert!(figure.contains(
        "<tr><th scope=\"row\">Overall satisfaction</th><td>1 (20%)</td><td>0 (0%)</td><td>1 (20%)</td><td>1 (20%)</td><td>2 (40%)</td><td>5</td></tr>"
    ), "{figure}");
    assert!(figure.contains(
        "<tr><th scope=\"row\">Usefulness</th><td>0 (0%)</td><td>1 (20%)</td><td>0 (0%)</td><td>2 (40%)</td><td>2 (40%)</td><td>5</td></tr>"
    ), "{figure}");
    // The shares written on the bars, where they fit.
    assert!(figure.contains("\n40%\n</text>"), "{figure}");
    // Both questions are charted: no second table of the same answers.
    assert!(
        !lab.contains("Spread of answers to the other questions")
            && !lab.contains("<h3>Spread of answers</h3>")
    );
}
