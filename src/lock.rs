//! One run at a time per output folder: a lock file beside it (`.<name>.lock` in its parent
//! folder), held with `flock` for the whole build. A second run waits for it a bounded time,
//! then gives up saying which process holds it. The kernel releases the lock when its
//! process ends, however it ends, so a killed run never leaves a lock that blocks the next.

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(
        "another labreport run{holder} is writing {out} (its lock: {lock}); this run waited {waited} s for it (--wait) and wrote nothing: run again when it has finished"
    )]
    Held {
        out: String,
        lock: String,
        /// " (process 1234)", when the holder wrote its process id.
        holder: String,
        waited: u64,
    },
    #[error(
        "cannot write the output folder {out}: {source} (at its lock file, {lock}); check that it can be written, or choose another with --out"
    )]
    Io {
        out: String,
        lock: String,
        source: std::io::Error,
    },
}

/// Held while it lives; released when dropped (or when the process ends).
#[derive(Debug)]
pub struct Lock {
    _file: File,
    pub path: PathBuf,
}

/// The lock file of output folder `out`: `.<name>.lock` beside it.
pub fn path_of(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    parent.join(format!(".{name}.lock"))
}

/// Takes the lock of `out`, waiting up to `wait` for another run to release it.
pub fn acquire(out: &Path, wait: Duration) -> Result<Lock, LockError> {
    let path = path_of(out);
    let shown = path.display().to_string();
    let io = |source| LockError::Io {
        out: out.display().to_string(),
        lock: shown.clone(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io)?;
    let start = Instant::now();
    loop {
        // SAFETY: flock on a descriptor this function owns; it touches nothing else.
        let r = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        if r == 0 {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::WouldBlock {
            return Err(io(e));
        }
        if start.elapsed() >= wait {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            let holder = match text.trim().parse::<u32>() {
                Ok(pid) => format!(" (process {pid})"),
                Err(_) => String::new(),
            };
            return Err(LockError::Held {
                out: out.display().to_string(),
                lock: shown,
                holder,
                waited: wait.as_secs(),
            });
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    // Who holds it, for a run that waits in vain.
    file.set_len(0).map_err(io)?;
    file.rewind().map_err(io)?;
    writeln!(file, "{}", std::process::id()).map_err(io)?;
    file.flush().map_err(io)?;
    Ok(Lock { _file: file, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_is_beside_the_output_folder() {
        assert_eq!(
            path_of(Path::new("output")),
            PathBuf::from("./.output.lock")
        );
        assert_eq!(
            path_of(Path::new("/srv/www/labs")),
            PathBuf::from("/srv/www/.labs.lock")
        );
    }

    #[test]
    fn a_second_taker_waits_then_is_told_who_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        let held = acquire(&out, Duration::from_secs(1)).unwrap();
        // flock locks belong to the open file: a second open in this process is refused too.
        let start = Instant::now();
        let err = acquire(&out, Duration::from_millis(300)).unwrap_err();
        assert!(start.elapsed() >= Duration::from_millis(300));
        let msg = err.to_string();
        let pid = std::process::id();
        assert!(
            msg.starts_with(&format!(
                "another labreport run (process {pid}) is writing "
            )),
            "{msg}"
        );
        drop(held);
        acquire(&out, Duration::from_secs(1)).expect("free once dropped");
    }
}
