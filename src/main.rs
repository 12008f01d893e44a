//! Entry point: parse the command line, run, report the error, set the exit code.

use std::process::ExitCode;

use clap::Parser;
use labreport::{app, cli};

// polars recommends mimalloc or jemalloc; labreport makes many small strings (measured: glibc's
// malloc and free took a fifth of a build).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    no_huge_pages();
    // Exit code 2 means "output written, some inputs had problems", so usage errors exit 1.
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    // labreport's own parallel work runs on polars' thread pool rather than on a second pool
    // of its own: one set of threads, so the memory one stage frees is reused by the next
    // (measured at 400 labs: 1,800 fewer first touches of a page, builds 248 → 243 ms).
    // POLARS_MAX_THREADS sets how many.
    match polars_core::runtime::THREAD_POOL.install(|| app::run(cli)) {
        Ok(outcome) => outcome.exit_code(),
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(1)
        }
    }
}

/// Asks Linux for ordinary 4 KiB pages. mimalloc marks its arenas for transparent huge pages,
/// and on a machine whose memory is fragmented each first touch of a 2 MiB page can stall
/// while the kernel compacts memory to find one (measured: builds of 400 labs swung from 0.35
/// to 0.7 s after another program had run, with 50 % more resident memory; with 4 KiB pages
/// they stay at 0.35 s). A report tool touches its memory once, so huge pages buy nothing.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with PR_SET_THP_DISABLE takes plain integers and touches no memory of ours.
    unsafe {
        // The kernel reads the four arguments as unsigned longs and wants the last three 0.
        let (on, unused): (libc::c_ulong, libc::c_ulong) = (1, 0);
        libc::prctl(libc::PR_SET_THP_DISABLE, on, unused, unused, unused);
    }
}
