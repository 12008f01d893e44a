//! The only place that writes to disk. The output folder is built beside the old one, flushed
//! to disk, and swapped in only when complete (`swap`), so a failed or killed run, or a power
//! cut, leaves the previous report as it was; the next run mends what a killed one left
//! (`recover`).
//!
//! A file whose bytes are the same as in the previous report is not written again: the new
//! folder gets a hard link to the old file. A rebuild after a lab changes a handful of files
//! (that lab's page, its partner's next pages, the index, the tables), and creating hundreds
//! of files is the slowest part of writing (measured: on ext4, creating a file right after
//! the previous run deleted one scans the recently freed inodes, about 0.3 ms a file). Unchanged
//! files also keep their modification time, which is what copies and web servers go by.

mod recover;
mod swap;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

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
    #[error(
        "cannot write the output folder {path}: {reason}; free some space there (the report needs about {need_mb} MB), or choose another folder with --out. Nothing was written: the previous report is as it was"
    )]
    Full {
        path: String,
        reason: String,
        need_mb: u64,
    },
    #[error(
        "cannot write the output folder {path}: its disk is read-only; choose another folder with --out. Nothing was written: the previous report is as it was"
    )]
    ReadOnly { path: String },
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

/// A file-system error while writing the output folder shown as `path`: a full disk, a quota
/// or a read-only disk told as such.
fn io(path: &str) -> impl Fn(std::io::Error) -> WriteError + Copy + '_ {
    move |source| match source.raw_os_error() {
        Some(libc::ENOSPC | libc::EDQUOT) => WriteError::Full {
            path: path.to_string(),
            reason: if source.raw_os_error() == Some(libc::EDQUOT) {
                "the disk quota is used up".into()
            } else {
                "its disk is full".into()
            },
            need_mb: 0,
        },
        Some(libc::EROFS) => WriteError::ReadOnly {
            path: path.to_string(),
        },
        _ => WriteError::Io {
            path: path.to_string(),
            source,
        },
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
    /// Bytes written so far: how much space a full disk lacked, roughly.
    written: AtomicUsize,
    /// What was mended of a killed run's leftovers before this one began, a sentence each.
    pub recovered: Vec<String>,
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
        // A killed run's leftovers first: the previous report may be one of them.
        let recovered = recover::recover(out, &parent).map_err(io)?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let staging = tempfile::Builder::new()
            .prefix(recover::NEW)
            .suffix(&format!("-{name}"))
            .rand_bytes(6)
            .tempdir_in(&parent)
            .map_err(io)?;
        // The recovery may have put the report back: what it holds is carried over.
        if !recovered.is_empty() && carried.is_empty() && out.is_dir() {
            for entry in std::fs::read_dir(out).map_err(io)?.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') && entry.path().is_file() {
                    carried.push(entry.path());
                }
            }
        }
        Ok(Output {
            out,
            previous: out.is_dir().then_some(out),
            shown,
            parent,
            staging,
            carried,
            made: Mutex::new(HashSet::new()),
            written: AtomicUsize::new(0),
            recovered,
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
        let written = self.written.fetch_add(bytes.len(), Ordering::Relaxed) + bytes.len();
        // The disk-full test's stand-in for a small filesystem, where none can be made.
        if swap::hook_set("LABREPORT_TEST_FULL_AFTER")
            && std::env::var("LABREPORT_TEST_FULL_AFTER")
                .ok()
                .and_then(|n| n.parse::<usize>().ok())
                .is_some_and(|n| written > n)
        {
            return Err(self.full(std::io::Error::from_raw_os_error(libc::ENOSPC)));
        }
        std::fs::write(&path, bytes).map_err(|e| self.full(e))
    }

    /// `io`'s error, with the space the report needs when the disk is full.
    fn full(&self, e: std::io::Error) -> WriteError {
        match io(&self.shown)(e) {
            WriteError::Full { path, reason, .. } => WriteError::Full {
                path,
                reason,
                // What this report writes, at the least, in whole megabytes.
                need_mb: (self.written.load(Ordering::Relaxed) as u64)
                    .div_ceil(1_000_000)
                    .max(1),
            },
            other => other,
        }
    }

    /// The folder the new report is being written in (for tools that read its pages back).
    pub fn staging_path(&self) -> &Path {
        self.staging.path()
    }

    /// Carries the old folder's dot-files over, flushes the new folder to disk, and puts it in
    /// place of the old in one step (two renames where the system cannot), then removes the
    /// old. On an error the new folder is removed and the old one stays.
    pub fn finish(self) -> Result<(), WriteError> {
        let shown = self.shown.clone();
        let io = io(&shown);
        let staging = self.staging.path().to_path_buf();
        let result = self.swap_in();
        if result.is_err() {
            // The old report stays; a new folder not swapped in is removed (if it was, this
            // path holds the old one, and the report is in place).
            remove_tree(&staging);
        }
        result.map_err(|e| match e {
            Swap::Io(e) => io(e),
            Swap::Write(e) => e,
        })
    }

    fn swap_in(self) -> Result<(), Swap> {
        for path in &self.carried {
            let name = path.file_name().expect("a listed file has a name");
            std::fs::copy(path, self.staging.path().join(name))
                .map_err(|e| Swap::Write(self.full(e)))?;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(self.staging.path(), std::fs::Permissions::from_mode(0o755))?;
        }
        swap::abort_at("staged");
        // Durable before visible: every file on disk before the folder takes the report's name
        // (else a power cut could leave a "complete" report of empty files).
        swap::flush_tree(self.staging.path()).map_err(|e| Swap::Write(self.full(e)))?;
        swap::abort_at("flushed");
        let out = self.out;
        let staging = self.staging.keep();
        if !out.exists() {
            std::fs::rename(&staging, out)?;
            swap::flush_dir(&self.parent)?;
            return Ok(());
        }
        let old = if swap::exchange(&staging, out)? {
            // One step: the new report took the name, the old one is where the new one was.
            staging
        } else {
            let old = self.parent.join(format!(
                "{}{}-{}",
                recover::OLD,
                std::process::id(),
                out.file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default()
            ));
            std::fs::rename(out, &old)?;
            swap::abort_at("moved-aside");
            if let Err(e) = std::fs::rename(&staging, out) {
                let _ = std::fs::rename(&old, out);
                return Err(e.into());
            }
            old
        };
        swap::flush_dir(&self.parent)?;
        swap::abort_at("swapped");
        // The new report is in place; a leftover old copy is only untidy (the next run
        // removes it).
        remove_tree(&old);
        let _ = swap::flush_dir(&self.parent);
        Ok(())
    }
}

/// What went wrong while swapping: an error of the file system, or one already told as a
/// write error (a full disk, with the space needed).
enum Swap {
    Io(std::io::Error),
    Write(WriteError),
}

impl From<std::io::Error> for Swap {
    fn from(e: std::io::Error) -> Self {
        Swap::Io(e)
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
    let half = files.len() / 2;
    files.par_iter().enumerate().for_each(|(i, f)| {
        if i == half {
            swap::abort_at("removing");
        }
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
