//! `build --pdf`: the report's pages printed to PDF by Chromium in headless mode, into
//! `<out>/pdf/` (`index.pdf`, `labs/<partner>/<lab>.pdf`).
//!
//! - A4, from the print styles (`@page { size: A4 }`); no browser header or footer.
//! - Tagged (Chromium's default; `--disable-pdf-tagging` is never passed), with bookmarks from
//!   the headings (`--generate-pdf-document-outline`), the page's title as the PDF's title and
//!   its `lang` as the PDF's language. Chromium's tagged PDF is not PDF/UA: it is not
//!   claimed.
//! - Each page is printed from a copy that carries `<base href>` of its place in the final
//!   output folder, so that its links (Chromium makes them absolute) open the report's pages
//!   once the new report is in place, not the staging folder it was printed from.
//! - Prints run in parallel, as many as there are cores, each Chromium with a profile folder
//!   of its own; one that fails or hangs (two minutes) costs its page only.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rayon::prelude::*;

/// How long one page may take to print.
const TIMEOUT: Duration = Duration::from_secs(120);

/// The names Chromium goes by on the PATH, in the order they are tried.
const NAMES: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
];

/// What to say when no browser can be found.
pub const HOW_TO_INSTALL: &str = "install Chromium (Debian and Ubuntu: `sudo apt-get install chromium`; Fedora: `sudo dnf install chromium`; macOS: `brew install --cask chromium`), or name a Chromium or Chrome with --chromium PATH or LABREPORT_CHROMIUM";

/// The browser to print with: the one named (`--chromium`, `LABREPORT_CHROMIUM`), else the
/// first of `NAMES` on the PATH.
pub fn find_chromium(named: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(path) = named {
        if path.is_file() {
            return Ok(path.to_path_buf());
        }
        if path.components().count() == 1
            && let Some(found) = on_path(&path.to_string_lossy())
        {
            return Ok(found);
        }
        return Err(format!(
            "cannot print the PDFs: the browser {} does not exist; {HOW_TO_INSTALL}",
            path.display()
        ));
    }
    NAMES.iter().find_map(|n| on_path(n)).ok_or_else(|| {
        format!("cannot print the PDFs: no Chromium found on the PATH; {HOW_TO_INSTALL}")
    })
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// Prints `pages` (HTML files, relative to `staging`) into `staging/pdf/`, the same paths
/// with `.pdf`. `final_out` is where the report will be once in place (absolute). Returns
/// the problems, each with its page.
pub fn print_pages(
    chromium: &Path,
    staging: &Path,
    final_out: &Path,
    pages: &[PathBuf],
    done: &(dyn Fn() + Sync),
) -> Vec<(String, String)> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) => pool,
        Err(e) => return vec![("pdf".into(), format!("cannot start the printing: {e}"))],
    };
    pool.install(|| {
        pages
            .par_iter()
            .filter_map(|rel| {
                let result = print_one(chromium, staging, final_out, rel);
                done();
                result.err().map(|e| (rel.display().to_string(), e))
            })
            .collect()
    })
}

/// `file:///…/` of a folder, its path's bytes escaped as a URL needs.
fn file_url(dir: &Path) -> String {
    let mut url = String::from("file://");
    for b in dir.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    if !url.ends_with('/') {
        url.push('/');
    }
    url
}

fn print_one(chromium: &Path, staging: &Path, final_out: &Path, rel: &Path) -> Result<(), String> {
    let html = std::fs::read_to_string(staging.join(rel))
        .map_err(|e| format!("cannot read the page to print: {e}"))?;
    // The page's links resolve against its place in the final output folder.
    let dir = final_out.join(rel.parent().unwrap_or(Path::new("")));
    let base = format!("<base href=\"{}\">", file_url(&dir));
    let html = match html.find("<head>") {
        Some(i) => format!("{}{base}{}", &html[..i + 6], &html[i + 6..]),
        None => html,
    };
    let work = tempfile::tempdir().map_err(|e| format!("cannot make a folder to print in: {e}"))?;
    let source = work.path().join("page.html");
    std::fs::write(&source, html).map_err(|e| format!("cannot write the page to print: {e}"))?;
    let target = staging.join("pdf").join(rel.with_extension("pdf"));
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot make {}: {e}", parent.display()))?;
    }
    // Chromium's messages go to a file: a pipe nobody reads while it prints could fill.
    let log_path = work.path().join("chromium.log");
    let log = std::fs::File::create(&log_path)
        .map_err(|e| format!("cannot make a file for the browser's messages: {e}"))?;
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
        ])
        .arg(format!(
            "--user-data-dir={}",
            work.path().join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", target.display()))
        .arg(format!("{}page.html", file_url(work.path())))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", chromium.display()))?;
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{} took longer than {} s to print it; it was stopped",
                    chromium.display(),
                    TIMEOUT.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(25)),
            Err(e) => return Err(format!("waiting for {}: {e}", chromium.display())),
        }
    };
    let printed = std::fs::read(&target).unwrap_or_default();
    if !status.success() || !printed.starts_with(b"%PDF-") {
        let said = std::fs::read_to_string(&log_path).unwrap_or_default();
        let said = said
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        let _ = std::fs::remove_file(&target);
        return Err(format!(
            "{} did not print it ({status}){}",
            chromium.display(),
            if said.is_empty() {
                String::new()
            } else {
                format!(": {said}")
            }
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_become_file_urls() {
        assert_eq!(file_url(Path::new("/srv/out")), "file:///srv/out/");
        assert_eq!(
            file_url(Path::new("/srv/Rapoarte 2020/ș")),
            "file:///srv/Rapoarte%202020/%C8%99/"
        );
    }

    #[test]
    fn a_named_browser_that_is_not_there_is_said() {
        let e = find_chromium(Some(Path::new("/nowhere/chromium"))).unwrap_err();
        assert!(e.starts_with("cannot print the PDFs: the browser /nowhere/chromium does not exist; install Chromium"), "{e}");
    }
}
