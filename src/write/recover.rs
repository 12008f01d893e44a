//! What a killed run leaves beside the output folder, mended by the next run before it writes:
//! the previous report put back where a kill between the fallback's two renames left no output
//! folder, and the other leftovers (a new report never swapped in, an old one not yet removed)
//! removed. A report is complete when it holds its manifest.json, written last.

use std::path::{Path, PathBuf};

/// The names of the folders a run makes beside output folder `name`: the new report while it
/// is written (`.labreport-new-XXXXXX-<name>`, six random characters) and, in the fallback
/// swap, the old one stepping aside (`.labreport-old-<pid>-<name>`).
pub const NEW: &str = ".labreport-new-";
pub const OLD: &str = ".labreport-old-";

/// Whether `entry` (a file name in the output's parent) is a leftover of output `name`: one of
/// the two prefixes, a part without "-", then "-<name>" exactly.
fn leftover_of(entry: &str, name: &str) -> Option<bool> {
    for (prefix, is_old) in [(NEW, false), (OLD, true)] {
        if let Some(rest) = entry.strip_prefix(prefix)
            && let Some((tag, rest)) = rest.split_once('-')
            && !tag.is_empty()
            && rest == name
        {
            return Some(is_old);
        }
    }
    None
}

/// Complete: its manifest.json is there (written last). An old report made before labreport
/// wrote manifests counts when it has its index and summary.
fn complete(dir: &Path, was_in_place: bool) -> bool {
    dir.join(crate::manifest::FILE).is_file()
        || (was_in_place && dir.join("index.html").is_file() && dir.join("summary.json").is_file())
}

/// Mends what killed runs left beside `out` (in `parent`); what it did, a sentence each.
pub fn recover(out: &Path, parent: &Path) -> std::io::Result<Vec<String>> {
    let Some(name) = out.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Ok(Vec::new());
    };
    let mut new: Vec<PathBuf> = Vec::new();
    let mut old: Vec<PathBuf> = Vec::new();
    let Ok(entries) = std::fs::read_dir(parent) else {
        return Ok(Vec::new());
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        match leftover_of(&file, &name) {
            Some(true) => old.push(entry.path()),
            Some(false) => new.push(entry.path()),
            None => {}
        }
    }
    if new.is_empty() && old.is_empty() {
        return Ok(Vec::new());
    }
    new.sort();
    old.sort();
    let shown = out.display().to_string();
    let mut said = Vec::new();
    if !out.exists() {
        // Killed between the fallback's two renames: the previous report is beside it.
        if let Some(i) = old.iter().position(|o| complete(o, true)) {
            let back = old.remove(i);
            std::fs::rename(&back, out)?;
            super::swap::flush_dir(parent)?;
            said.push(format!(
                "put the previous report back in {shown} (a run was stopped while swapping it in; it was at {})",
                back.display()
            ));
        } else if let Some(i) = new.iter().position(|n| complete(n, false)) {
            let done = new.remove(i);
            std::fs::rename(&done, out)?;
            super::swap::flush_dir(parent)?;
            said.push(format!(
                "put in place the complete report a stopped run had made ({}), as {shown}",
                done.display()
            ));
        }
    }
    let rest: Vec<PathBuf> = new.into_iter().chain(old).collect();
    if !rest.is_empty() {
        for dir in &rest {
            super::remove_tree(dir);
        }
        super::swap::flush_dir(parent)?;
        let names: Vec<String> = rest.iter().map(|p| p.display().to_string()).collect();
        said.push(format!(
            "removed what a stopped run left beside {shown}: {}",
            names.join(", ")
        ));
    }
    Ok(said)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftovers_are_told_by_their_output_s_exact_name() {
        assert_eq!(
            leftover_of(".labreport-new-a1B2c3-output", "output"),
            Some(false)
        );
        assert_eq!(
            leftover_of(".labreport-old-4242-output", "output"),
            Some(true)
        );
        assert_eq!(
            leftover_of(".labreport-new-a1B2c3-output-2", "output"),
            None
        );
        assert_eq!(
            leftover_of(".labreport-new-a1B2c3-output", "output-2"),
            None
        );
        assert_eq!(leftover_of(".labreport-new--output", "output"), None);
        assert_eq!(leftover_of("output", "output"), None);
    }

    fn report(dir: &Path, complete: bool) {
        std::fs::create_dir_all(dir.join("labs")).unwrap();
        std::fs::write(dir.join("index.html"), "x").unwrap();
        if complete {
            std::fs::write(dir.join(crate::manifest::FILE), "{}").unwrap();
        }
    }

    #[test]
    fn with_no_output_the_previous_report_is_put_back_and_the_rest_removed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        report(&dir.path().join(".labreport-old-17-output"), true);
        report(&dir.path().join(".labreport-new-abcdef-output"), false);
        let said = recover(&out, dir.path()).unwrap();
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(said[0].starts_with("put the previous report back in "));
        assert!(out.join(crate::manifest::FILE).is_file());
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1);
    }

    #[test]
    fn with_the_output_in_place_leftovers_are_removed_and_it_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        report(&out, true);
        std::fs::write(out.join("index.html"), "current").unwrap();
        report(&dir.path().join(".labreport-new-abcdef-output"), true);
        let said = recover(&out, dir.path()).unwrap();
        assert_eq!(said.len(), 1);
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "current"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(recover(&out, dir.path()).unwrap().is_empty());
    }
}
