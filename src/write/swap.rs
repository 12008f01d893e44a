//! Putting a finished report in place so that a kill or a power cut at any instant leaves a
//! complete report at the output's path: every file flushed to disk before the swap, then one
//! atomic exchange of the two folders (`renameat2` with `RENAME_EXCHANGE`), then the parent
//! folder flushed. Where the exchange is not supported, two renames, and the next run's
//! recovery (`recover`) mends what a kill between them leaves.

use std::ffi::CString;
use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// Flushes everything written under `dir` to the disk: one `syncfs` of its filesystem (the
/// files' data and the folders' entries alike; cheaper than a `sync_all` per file, measured in
/// BENCHMARKS.md), then `dir` itself.
pub fn flush_tree(dir: &Path) -> std::io::Result<()> {
    let d = std::fs::File::open(dir)?;
    // SAFETY: syncfs on a descriptor this function owns.
    if unsafe { libc::syncfs(d.as_raw_fd()) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    d.sync_all()
}

/// Flushes a folder's entries (after a rename in it).
pub fn flush_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

fn c_path(p: &Path) -> std::io::Result<CString> {
    CString::new(p.as_os_str().as_bytes())
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidInput, "a NUL in the path"))
}

/// Exchanges two paths in one step. `Ok(false)` where the system or the filesystem cannot
/// (the caller falls back to two renames).
pub fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    if hook_set("LABREPORT_TEST_NO_EXCHANGE") {
        return Ok(false);
    }
    let (a, b) = (c_path(a)?, c_path(b)?);
    // SAFETY: two NUL-terminated paths that live through the call.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        return Ok(true);
    }
    let e = std::io::Error::last_os_error();
    match e.raw_os_error() {
        Some(libc::EINVAL | libc::ENOSYS | libc::EOPNOTSUPP) => Ok(false),
        _ => Err(e),
    }
}

/// Whether a test-only environment variable is set (debug builds only: a release binary
/// ignores them).
pub fn hook_set(name: &str) -> bool {
    cfg!(debug_assertions) && std::env::var_os(name).is_some()
}

/// The test hook: a debug build run with `LABREPORT_TEST_ABORT=<step>` dies at that step of
/// writing as a kill would (no clean-up), so that the tests can see what it leaves. The steps:
/// `staged` (every file in the new folder), `flushed` (on disk), `moved-aside` (the fallback's
/// first rename done), `swapped` (the new report in place, the old beside it), `removing` (part
/// of the old one removed).
pub fn abort_at(step: &str) {
    if cfg!(debug_assertions) && std::env::var("LABREPORT_TEST_ABORT").is_ok_and(|s| s == step) {
        std::process::abort();
    }
}
