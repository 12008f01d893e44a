//! The only place that writes to disk. The output folder is built beside the old one and
//! swapped in only when complete, so a failed or killed run leaves the previous report as it was.
//!
//! A file whose bytes are the same as in the previous report is not written again: the new
//! folder gets a hard link to the old file. A rebuild after a lab changes a handful of files
//! (that lab's page, its partner's next pages, the index, the tables), and creating hundreds
//! of files is the slowest part of writing (measured: on ext4, creating a file right after
//! the previous run deleted one scans the recently freed inodes, about 0.3 ms a file). Unchanged
//! files also keep their modification time, which is what copies and web servers go by.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error(
        "cannot write the output folder {path}: {source}; check that it can be written, or choose another with --out"
    )]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "the output folder {path} holds files labreport did not write (e.g. {example}); choose an empty or new folder with --out"
    )]
    Foreign { path: String, example: String },
    #[error("{path} exists and is not a folder; choose another output folder with --out")]
    NotAFolder { path: String },
    #[error("{path} already exists; run `labreport init --force` to overwrite it")]
    Exists { path: String },
}

/// Whether a file in an existing output folder is one labreport wrote (or a dot-file,
/// such as the `.gitignore` that keeps an output folder in git, which is carried over).
fn is_ours(name: &str) -> bool {
    name.starts_with('.')
        || matches!(
            name,
            "summary.json" | "manifest.json" | "index.html" | "labs" | "charts" | "data" | "pdf"
        )
}

/// A file-system error while writing the output folder shown as `path`.
fn io(path: &str) -> impl Fn(std::io::Error) -> WriteError + Copy + '_ {
    move |source| WriteError::Io {
        path: path.to_string(),
        source,
    }
}

/// A new output folder being filled: made beside `out` by `begin`, given its files by `put`
/// (from any thread, as they are made, so that a build need not hold its whole report in
/// memory), and swapped in for `out` by `finish`. Dropped without `finish`, it is removed and
/// `out` stays as it was.
pub struct Output<'a> {
    out: &'a Path,
    shown: String,
    parent: PathBuf,
    staging: tempfile::TempDir,
    /// The report being replaced, whose unchanged files are linked rather than written.
    previous: Option<&'a Path>,
    /// Its dot-files, carried over.
    carried: Vec<PathBuf>,
    /// The folders made so far inside the staging folder.
    made: Mutex<HashSet<PathBuf>>,
}

impl<'a> Output<'a> {
    /// Checks that `out` is labreport's (or new) and makes the staging folder beside it.
    pub fn begin(out: &'a Path) -> Result<Self, WriteError> {
        let shown = out.display().to_string();
        let io = io(&shown);
        if out.exists() && !out.is_dir() {
            return Err(WriteError::NotAFolder {
                path: shown.clone(),
            });
        }
        let mut carried = Vec::new();
        if out.is_dir() {
            for entry in std::fs::read_dir(out).map_err(io)? {
                let entry = entry.map_err(io)?;
                let name = entry.file_name().to_string_lossy().into_owned();
                if !is_ours(&name) {
                    return Err(WriteError::Foreign {
                        path: shown.clone(),
                        example: name,
                    });
                }
                if name.starts_with('.')
                    && entry.path().is_file()
                    && !name.starts_with(".labreport-")
                {
                    carried.push(entry.path());
                }
            }
        }
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(io)?;
        let staging = tempfile::Builder::new()
            .prefix(".labreport-new-")
            .tempdir_in(&parent)
            .map_err(io)?;
        Ok(Output {
            out,
            previous: out.is_dir().then_some(out),
            shown,
            parent,
            staging,
            carried,
            made: Mutex::new(HashSet::new()),
        })
    }

    /// Adds one file, at `rel` inside the output folder: a hard link to the previous report's
    /// file when its bytes are the same, else written.
    pub fn put(&self, rel: &Path, bytes: &[u8]) -> Result<(), WriteError> {
        let path = self.staging.path().join(rel);
        if let Some(dir) = path.parent() {
            let mut made = self.made.lock().unwrap_or_else(|e| e.into_inner());
            if !made.contains(dir) {
                std::fs::create_dir_all(dir).map_err(io(&self.shown))?;
                made.insert(dir.to_path_buf());
            }
        }
        if let Some(old) = self.previous.map(|p| p.join(rel))
            && unchanged(&old, bytes)
            && std::fs::hard_link(&old, &path).is_ok()
        {
            return Ok(());
        }
        std::fs::write(&path, bytes).map_err(io(&self.shown))
    }

    /// The folder the new report is being written in (for tools that read its pages back).
    pub fn staging_path(&self) -> &Path {
        self.staging.path()
    }

    /// Carries the old folder's dot-files over and swaps the new folder in for the old.
    pub fn finish(self) -> Result<(), WriteError> {
        let io = io(&self.shown);
        for path in &self.carried {
            let name = path.file_name().expect("a listed file has a name");
            std::fs::copy(path, self.staging.path().join(name)).map_err(io)?;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(self.staging.path(), std::fs::Permissions::from_mode(0o755))
                .map_err(io)?;
        }
        // Swap: the old folder steps aside, the new one takes its name, the old one goes.
        let out = self.out;
        let staging = self.staging.keep();
        let old = if out.exists() {
            let old = self
                .parent
                .join(format!(".labreport-old-{}", std::process::id()));
            if let Err(e) = std::fs::rename(out, &old) {
                let _ = std::fs::remove_dir_all(&staging);
                return Err(io(e));
            }
            Some(old)
        } else {
            None
        };
        if let Err(e) = std::fs::rename(&staging, out) {
            if let Some(old) = &old {
                let _ = std::fs::rename(old, out);
            }
            let _ = std::fs::remove_dir_all(&staging);
            return Err(io(e));
        }
        if let Some(old) = old {
            // The new report is in place; a leftover old copy is only untidy.
            remove_tree(&old);
        }
        Ok(())
    }
}

/// Removes a folder and everything in it, its files on all cores (measured at 4,000 labs:
/// the old report's 4,000 files took 20 ms one by one).
fn remove_tree(dir: &Path) {
    let mut dirs = vec![dir.to_path_buf()];
    let mut files = Vec::new();
    let mut i = 0;
    while let Some(d) = dirs.get(i) {
        // A folder that cannot be listed is left to the last try below.
        for entry in std::fs::read_dir(d).into_iter().flatten().flatten() {
            match entry.file_type() {
                Ok(t) if t.is_dir() => dirs.push(entry.path()),
                _ => files.push(entry.path()),
            }
        }
        i += 1;
    }
    files.par_iter().for_each(|f| {
        let _ = std::fs::remove_file(f);
    });
    for d in dirs.iter().rev() {
        let _ = std::fs::remove_dir(d);
    }
    // Whatever could not be removed so (a folder that changed meanwhile) is tried once more.
    if dir.exists() {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// Whether `old` is a regular file (not a link) holding exactly `bytes`.
fn unchanged(old: &Path, bytes: &[u8]) -> bool {
    match std::fs::symlink_metadata(old) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => {
            std::fs::read(old).is_ok_and(|b| b == bytes)
        }
        _ => false,
    }
}

/// Writes one file (the starter config), refusing to overwrite unless asked.
pub fn write_new_file(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), WriteError> {
    let shown = path.display().to_string();
    if path.exists() && !overwrite {
        return Err(WriteError::Exists { path: shown });
    }
    std::fs::write(path, bytes).map_err(io(&shown))
}
