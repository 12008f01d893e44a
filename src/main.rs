//! Entry point: parse the command line, run, report the error, set the exit code.

use std::process::ExitCode;

use clap::Parser;
use labreport::{app, cli};

// polars recommends mimalloc or jemalloc; labreport makes many small strings (measured: glibc's
// malloc and free took a fifth of a build).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
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
    match app::run(cli) {
        Ok(outcome) => outcome.exit_code(),
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(1)
        }
    }
}
