//! Entry point: parse the command line, run, report the error, set the exit code.

mod aggregate;
mod app;
mod cli;
mod config;
mod diagnostics;
mod discover;
mod fold;
mod people;
mod read;
mod recognise;
mod summary;
mod write;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match app::run(cli) {
        Ok(outcome) => outcome.exit_code(),
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(1)
        }
    }
}
