//! The command line as typed: clap structs, no I/O.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Turns the spreadsheets a Local Learning Lab leaves behind (registration lists,
/// sign-in sheets, feedback surveys) into participation and feedback figures and an HTML report.
///
/// Put each lab's files in inputs/<partner>/<lab>/ as the partner sent them, then run
/// `labreport check` to see how every file and column was understood, and
/// `labreport build` to write the report into output/
/// (open output/index.html).
#[derive(Debug, Parser)]
#[command(
    name = "labreport",
    version = env!("LABREPORT_VERSION"),
    about,
    long_about,
    after_help = EXIT_CODES
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Print only problems: no progress bar, no closing summary line, and not what a build
    /// adds or changes (warnings and errors are still printed on stderr). Off a terminal
    /// (cron, systemd) a build that succeeds with nothing new prints nothing anyway.
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

const EXIT_CODES: &str = "\
Exit codes:
  0  all inputs were read cleanly
  2  output written, but some inputs had problems (each is printed on stderr)
  1  nothing written: bad usage, bad config, no labs found, or another run still writing
     the same output after --wait";

const BUILD_EXAMPLES: &str = "\
Examples:
  labreport build
      Read ./inputs (and ./labreport.toml, if there) and write the report into ./output.
  labreport build --inputs /srv/labs/inputs --out /srv/www/labs --pdf
      Other folders, and every page printed to PDF too (needs Chromium).
  labreport build --quiet --strict
      For a scheduled run: silent on success; nothing written, and exit 1, if an input has a
      problem.
  labreport build
      Off a terminal (cron, a systemd timer) it prints nothing unless something needs a
      human: on stdout the labs new, changed or gone since the previous report, on stderr
      the problems (exit 2).";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read every lab under the inputs folder and write the figures to the output folder.
    #[command(after_help = BUILD_EXAMPLES)]
    ///
    /// Writes <out>/index.html (the interim report, with the programme's indicators per
    /// reporting period), <out>/labs/<partner>/<lab>.html (a page per lab), <out>/charts/ (SVG
    /// and PNG), <out>/data/ (figures.csv with every count the pages show, the tables as CSV
    /// and as one Excel workbook, labreport.xlsx), <out>/summary.json, and with --pdf
    /// <out>/pdf/. The previous output is replaced only once the new one is complete. Problems
    /// with single files are printed on stderr and cost only that file.
    Build(BuildArgs),
    /// Show how each file, sheet and column is understood, and which labels match nothing.
    ///
    /// Writes nothing. Run it after adding a lab's files: it lists every file and sheet with
    /// its role (registrations, attendance, feedback), the column each field was read from,
    /// and the labels that matched no alias, with their counts, so you can add the alias to
    /// labreport.toml and run again.
    Check(CheckArgs),
    /// Write a commented starter labreport.toml holding the built-in taxonomy.
    ///
    /// Edit its stakeholder types, sectors, questions and likert answers to your partners'
    /// words; labreport reads ./labreport.toml by itself when it exists.
    Init(InitArgs),
    /// Print a shell completion script for labreport's commands and flags.
    ///
    /// Save it where your shell looks for completions, e.g. for bash
    /// `labreport completions bash > ~/.local/share/bash-completion/completions/labreport`,
    /// zsh `labreport completions zsh > ~/.zfunc/_labreport` (with ~/.zfunc in $fpath), fish
    /// `labreport completions fish > ~/.config/fish/completions/labreport.fish`.
    Completions(CompletionsArgs),
    /// Print labreport's manual page (roff), e.g. `labreport man | man -l -`, or save it as
    /// ~/.local/share/man/man1/labreport.1.
    Man,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// The folder holding <partner>/<lab>/ folders of input files.
    #[arg(long, value_name = "DIR", default_value = "inputs")]
    pub inputs: PathBuf,
    /// The config file [default: ./labreport.toml if it exists, else the built-in taxonomy]
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Print, instead, the [aliases] block that would map the labels that matched nothing:
    /// each under its closest entry (by keyword, or by the alias it is closest to), with its
    /// count and first cell; commented out where no entry is close. Then, commented out, the
    /// [columns] lines for the columns not read that hold categories or ratings (under
    /// stakeholder_type, sector or ignore; a rating column as a [[question]]). Check it, then
    /// add it to labreport.toml (`labreport check --suggest >> labreport.toml`).
    #[arg(long)]
    pub suggest: bool,
    /// The report a build would replace: `check` says which labs a build would add, change
    /// or drop, from its manifest.json.
    #[arg(long, value_name = "DIR", default_value = "output")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// The folder to write the report into. labreport owns it: it is replaced on every run.
    #[arg(long, value_name = "DIR", default_value = "output")]
    pub out: PathBuf,
    /// A folder of templates that replace the built-in ones (report-templates/) file by file
    /// [default: `templates` in [report] of the config]
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// The language of the report's pages, charts, workbook and PDFs: en, ro, nl, it, hr or
    /// lt, or a language whose messages/<lang>.ftl the templates folder holds. What people
    /// wrote (lab titles, ideas, organisations) stays as written
    /// [default: `language` in [report] of the config, else en]
    #[arg(long, value_name = "CODE")]
    pub language: Option<String>,
    /// Which charts to write as SVG and PNG files into <out>/charts/: the interim report's,
    /// or every lab's too.
    #[arg(long, value_enum, value_name = "WHICH", default_value = "report")]
    pub charts: crate::report::ChartFiles,
    /// Write nothing, and exit 1, if any input has a problem (instead of writing the report
    /// without it and exiting 2).
    #[arg(long)]
    pub strict: bool,
    /// Also print index.html and every lab page to PDF, into <out>/pdf/: A4, tagged, with
    /// bookmarks from the headings, printed by Chromium in headless mode. Without a Chromium
    /// the HTML report is still written, and the run exits 2 saying how to install one.
    #[arg(long)]
    pub pdf: bool,
    /// The Chromium (or Chrome) that prints the PDFs
    /// [default: chromium, chromium-browser or google-chrome on the PATH]
    #[arg(long, value_name = "PATH", env = "LABREPORT_CHROMIUM")]
    pub chromium: Option<PathBuf>,
    /// How long to wait, in seconds, for another run writing the same output folder to
    /// finish (a lock file beside it, .<out>.lock, says that one is); then exit 1 and write
    /// nothing.
    #[arg(long, value_name = "SECONDS", default_value_t = 300)]
    pub wait: u64,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the starter config.
    #[arg(long, value_name = "FILE", default_value = "labreport.toml")]
    pub path: PathBuf,
    /// Overwrite the file if it exists.
    #[arg(long)]
    pub force: bool,
}
