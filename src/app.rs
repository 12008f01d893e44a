//! The pipeline, one line per stage: config → discover → read and recognise → link → aggregate
//! → summarise → write. `check` runs the same stages and prints what it understood instead.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::Path;

use rayon::prelude::*;

use crate::aggregate::{Figures, aggregate_feedback, aggregate_labs};
use crate::check::{Checked, News, printout};
use crate::cli::{BuildArgs, CheckArgs, Cli, Command, InitArgs, InputArgs};
use crate::config::{self, Config, ConfigError};
use crate::diagnostics::{Diagnostics, Location, Outcome, plural};
use crate::discover::{DiscoverError, Lab, discover_labs};
use crate::figures::{figures, figures_csv};
use crate::indicators::{Indicators, indicators};
use crate::manifest::{Changes, Fingerprints, Manifest};
use crate::outcomes::{Idea, Outcomes};
use crate::people::{Tables, code_ratings, link_people};
use crate::privacy::Disclosure;
use crate::read::read_file_seeing;
use crate::recognise::across_labs::across_labs;
use crate::recognise::columns::HeaderIndex;
use crate::recognise::questions::merge_unconfigured;
use crate::recognise::{FileRecords, SheetReport, doubt_second_lists, finish_file};
use crate::summary::{Summary, generated_at};
use crate::workbook::workbook;
use crate::write::{Output, WriteError, write_new_file};
use crate::{report, tables};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Discover(#[from] DiscoverError),
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error("{0}")]
    Clock(String),
    #[error("cannot write to stdout: {0}")]
    Output(String),
    #[error("{} with inputs (above); nothing written, as --strict asks", if *.0 == 1 { "1 problem".to_string() } else { format!("{} problems", .0) })]
    Strict(usize),
    #[error("cannot make the report: {0}")]
    Report(report::ReportError),
    #[error(transparent)]
    Privacy(#[from] crate::privacy::Unprotected),
    #[error(transparent)]
    Locked(#[from] crate::lock::LockError),
    #[error(transparent)]
    Wording(#[from] crate::wording::WordingError),
    #[error(
        "counting failed inside polars ({0}); this is a bug in labreport, please report it with the inputs"
    )]
    Aggregate(#[from] polars::error::PolarsError),
}

/// A report's files are written as they are made, so its errors include the writer's, told
/// as they are when the files are written afterwards.
impl From<report::ReportError> for Error {
    fn from(e: report::ReportError) -> Self {
        match e {
            report::ReportError::Write(e) => Error::Write(e),
            e => Error::Report(e),
        }
    }
}

pub fn run(cli: Cli) -> Result<Outcome, Error> {
    if matches!(cli.command, Command::Build(_) | Command::Check(_)) {
        // The vocabulary's 25 files are read on the other core while the config is.
        rayon::spawn(|| {
            crate::vocabulary::vocabulary();
        });
    }
    match cli.command {
        Command::Build(args) => build(args, cli.quiet),
        Command::Check(args) => check(args, cli.quiet),
        Command::Init(args) => init(args),
        Command::Completions(args) => print_completions(args.shell),
        Command::Man => print_man(),
    }
}

/// A completion script for `shell`, from the command line's own definition.
fn print_completions(shell: clap_complete::Shell) -> Result<Outcome, Error> {
    use clap::CommandFactory;
    let mut out = Vec::new();
    clap_complete::generate(
        shell,
        &mut crate::cli::Cli::command(),
        "labreport",
        &mut out,
    );
    write_stdout(&out)
}

/// The manual page, roff, from the command line's own definition.
fn print_man() -> Result<Outcome, Error> {
    use clap::CommandFactory;
    let mut out = Vec::new();
    clap_mangen::Man::new(crate::cli::Cli::command())
        .render(&mut out)
        .map_err(|e| Error::Output(e.to_string()))?;
    write_stdout(&out)
}

fn write_stdout(bytes: &[u8]) -> Result<Outcome, Error> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(Outcome { warnings: 0 }),
        // A reader that stops early (`| head`) is no error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(Outcome { warnings: 0 }),
        Err(e) => Err(Error::Output(e.to_string())),
    }
}

/// A progress bar on stderr when it is a terminal and not `--quiet`; hidden otherwise.
fn progress(len: usize, what: &'static str, quiet: bool) -> indicatif::ProgressBar {
    if quiet {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(len as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg:>8} [{bar:30}] {pos}/{len}") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(what);
    bar
}

/// Stage timers for profiling a build: with `LABREPORT_TIMINGS` set, each stage's wall time,
/// CPU time (all threads), page faults and the peak memory so far go to stderr when the stage
/// ends. Off (and free) otherwise.
struct Timings {
    last: Option<(std::time::Instant, Usage)>,
}

/// What this process has used so far, all threads.
#[derive(Clone, Copy)]
struct Usage {
    /// CPU time, user and system, in seconds.
    cpu: f64,
    /// Page faults served without reading from disk: each is a page of memory touched for the
    /// first time (a few microseconds each on a virtual machine).
    faults: i64,
}

fn usage() -> Usage {
    // SAFETY: getrusage writes into the struct it is given and nothing else.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return Usage {
            cpu: 0.0,
            faults: 0,
        };
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Usage {
        cpu: secs(usage.ru_utime) + secs(usage.ru_stime),
        faults: usage.ru_minflt,
    }
}

impl Timings {
    fn new() -> Self {
        let on = std::env::var_os("LABREPORT_TIMINGS").is_some();
        Timings {
            last: on.then(|| (std::time::Instant::now(), usage())),
        }
    }

    fn lap(&mut self, stage: &str) {
        if let Some((last, last_usage)) = self.last {
            let now = std::time::Instant::now();
            let used = usage();
            // The peak resident set so far, where the system tells it (Linux).
            let peak = std::fs::read_to_string("/proc/self/status")
                .ok()
                .and_then(|s| {
                    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
                    line.split_whitespace().nth(1)?.parse::<u64>().ok()
                })
                .map_or(String::new(), |kb| format!(", peak {} MiB", kb / 1024));
            eprintln!(
                "timing: {stage:<10} {:>8.1} ms, cpu {:>8.1} ms, faults {:>6}{peak}",
                (now - last).as_secs_f64() * 1e3,
                (used.cpu - last_usage.cpu) * 1e3,
                used.faults - last_usage.faults,
            );
            self.last = Some((now, used));
        }
    }
}

/// Everything the stages up to the figures produce.
struct Analysis {
    labs: Vec<Lab>,
    /// Each input's sha256, size and modification time, by its path under the inputs folder.
    fingerprints: Fingerprints,
    outcomes: Outcomes,
    files: Vec<Vec<FileRecords>>,
    tables: Tables,
    figures: Figures,
    indicators: Indicators,
    diagnostics: Diagnostics,
}

/// Reads, recognises, links and counts. The rating questions that the sheets ask and the
/// config does not name are added to `config.questions` (after the configured ones), so that
/// every later stage sees them as any other question.
fn analyse(
    input: &InputArgs,
    config: &mut Config,
    quiet: bool,
    timings: &mut Timings,
) -> Result<Analysis, Error> {
    let mut diagnostics = Diagnostics::default();
    let mut labs = discover_labs(&input.inputs, &mut diagnostics)?;
    timings.lap("discover");
    let (mut files, ideas, mut fingerprints) = read_labs(&labs, config, quiet);
    for lab in &labs {
        if let Some(path) = &lab.lab_toml
            && let Ok(f) = crate::manifest::fingerprint(path, None)
        {
            fingerprints.insert(format!("{}/lab.toml", lab.key), f);
        }
    }
    let found = merge_unconfigured(config.questions.len(), &mut files);
    config.questions.extend(found);
    let config = &*config;
    timings.lap("read");
    date_from_records(&mut labs, &files);
    for lab in &mut files {
        doubt_second_lists(lab);
    }
    for f in files.iter().flatten() {
        diagnostics.extend(Diagnostics {
            warnings: f.diagnostics.warnings.clone(),
        });
    }
    for (location, message) in across_labs(&labs, &files, config) {
        diagnostics.warn(location, message);
    }
    let outcomes = crate::outcomes::collect(&labs, &files, ideas, config, &mut diagnostics);
    // The feedback needs no one's identity: it is coded and counted while the people are
    // linked, which keeps one core busy and leaves the other free.
    let (mut tables, feedback) = rayon::join(
        || link_people(&files, config),
        || {
            let feedback = code_ratings(&files, config.questions.len());
            aggregate_feedback(feedback, labs.len(), &config.questions)
        },
    );
    let feedback = feedback?;
    timings.lap("link");
    let indicators = indicators(&labs, &tables, config, &mut diagnostics);
    let partners: Vec<String> = labs.iter().map(|l| l.partner.clone()).collect();
    let groups = crate::aggregate::LabGroups {
        partners: &partners,
        periods: &indicators.lab_period,
    };
    let figures = aggregate_labs(&mut tables, feedback, &groups)?;
    timings.lap("aggregate");
    Ok(Analysis {
        labs,
        fingerprints,
        outcomes,
        files,
        tables,
        figures,
        indicators,
        diagnostics,
    })
}

fn build(args: BuildArgs, quiet: bool) -> Result<Outcome, Error> {
    let mut timings = Timings::new();
    // One run at a time writes this output: a second waits here.
    let _lock = crate::lock::acquire(&args.out, std::time::Duration::from_secs(args.wait))?;
    let mut config = Config::load(args.input.config.as_deref())?;
    let templates = args
        .templates
        .clone()
        .or_else(|| config.report.templates.clone());
    // The report's language, told wrong before any input is read.
    let language = args
        .language
        .clone()
        .or_else(|| config.report.language.clone())
        .unwrap_or_else(|| "en".into());
    let wording = std::sync::Arc::new(crate::wording::Wording::new(
        &language,
        templates.as_deref(),
    )?);
    let generated_at = generated_at().map_err(Error::Clock)?;
    let mut a = analyse(&args.input, &mut config, quiet, &mut timings)?;
    if args.strict && !a.diagnostics.warnings.is_empty() {
        a.diagnostics.print();
        return Err(Error::Strict(a.diagnostics.warnings.len()));
    }
    let (manifest, changes) = manifest_and_changes(&a, &config, &args.out, &generated_at);
    let summary = Summary::new(
        &a.labs,
        &a.figures,
        &a.indicators,
        &a.tables.has_attendance,
        crate::outcomes::programme::summary_json(&a.outcomes, &a.labs),
        &config,
        generated_at,
    );
    // Which counts the published files withhold (`[privacy] min_cell`): decided and audited
    // before anything is written.
    let disclosure = match config.min_cell {
        Some(n) => {
            let table =
                crate::privacy::cell_table(&summary, &a.figures, &a.indicators, &a.labs, &config);
            let d = Disclosure::decide(&table, n)?;
            timings.lap("privacy");
            d
        }
        None => Disclosure::off(),
    };
    // The labels of the taxonomy, the questions and the topics in the report's language, for
    // the pages and the workbook; summary.json and the CSV tables keep the config's own.
    let localised = config.localised(&language);
    let report_input = report::Inputs {
        disclosure: &disclosure,
        summary: &summary,
        indicators: &a.indicators,
        labs: &a.labs,
        figures: &a.figures,
        outcomes: &a.outcomes,
        changes: &changes,
        config: &localised,
        wording: wording.clone(),
        sheets: a.files.iter().flatten().flat_map(|f| &f.sheets).collect(),
        unmapped: a.files.iter().flatten().flat_map(|f| &f.unmapped).collect(),
    };
    let templates = templates.as_deref();
    let pages = progress(a.labs.len() + 1, "pages", quiet);
    // Each file goes into the new output folder as soon as it is made, on the thread that
    // made it (measured at 400 labs: the report no longer held in memory, 3,000 fewer first
    // touches of a page, and the writing shared between the cores).
    let output = Output::begin(&args.out)?;
    // What a killed run had left, and what was done about it.
    if !quiet {
        for s in &output.recovered {
            eprintln!("note: {s}");
        }
    }
    let put = |rel: &Path, bytes: &[u8]| output.put(rel, bytes);
    // The CSV tables and summary.json are made beside the pages: alone they keep one core
    // busy and the other idle (measured at 4,000 labs: 30 ms; the builds 2.48 → 2.43 s).
    let (report, tables) = rayon::join(
        || {
            report::render_report(&report_input, args.charts, templates, &put, &|| {
                pages.inc(1)
            })
        },
        || -> Result<(), report::ReportError> {
            for (rel, bytes) in tables::csv_tables(&summary, &config, &disclosure) {
                put(Path::new(&rel), &bytes)?;
            }
            let figures = figures(&summary, &a.figures, &a.indicators);
            put(
                Path::new("data/figures.csv"),
                &figures_csv(&figures, &disclosure),
            )?;
            let ideas = crate::outcomes::programme::rows(&a.outcomes, &a.labs);
            put(
                Path::new("data/outcomes.csv"),
                &crate::outcomes::programme::csv(&ideas),
            )?;
            let xlsx = workbook(
                &summary,
                &figures,
                &ideas,
                &localised,
                &disclosure,
                &wording,
            )
            .map_err(|e| report::ReportError::Workbook(e.to_string()))?;
            put(Path::new("data/labreport.xlsx"), &xlsx)?;
            put(Path::new("summary.json"), &summary.to_json())?;
            Ok(())
        },
    );
    report?;
    tables?;
    pages.finish_and_clear();
    timings.lap("report");
    let mut diagnostics = std::mem::take(&mut a.diagnostics);
    if args.pdf {
        print_pdfs(&args, &a.labs, &output, &mut diagnostics, quiet);
        timings.lap("pdf");
    }
    // Written last: a report with its manifest is complete.
    output.put(Path::new(crate::manifest::FILE), &manifest.to_json())?;
    output.finish()?;
    timings.lap("write");
    diagnostics.print();
    let warnings = diagnostics.warnings.len();
    // What this run adds, on stdout, where a scheduled job's mail picks it up.
    if !quiet {
        print_changes(&changes)?;
    }
    // Off a terminal, a run with nothing to say says nothing.
    if !quiet && std::io::stderr().is_terminal() {
        let t = &summary.totals;
        eprintln!(
            "wrote {}: {}, {}, {}, {}{}",
            args.out.join("index.html").display(),
            plural(t.labs, "lab"),
            plural(t.registrations, "registration"),
            t.attendees
                .map_or("no attendees".into(), |n| plural(n, "attendee")),
            plural(t.feedback_responses, "feedback response"),
            warnings_note(warnings),
        );
    }
    // The run ends here and the memory goes back with the process: freeing hundreds of
    // thousands of small strings one by one first costs as much as a stage (measured).
    drop(report_input);
    std::mem::forget((a, summary));
    Ok(Outcome { warnings })
}

/// Prints the report's pages to PDF (`pdf`) into the new output folder; each problem, and a
/// missing browser, is a warning (the HTML report is written all the same).
fn print_pdfs(
    args: &BuildArgs,
    labs: &[Lab],
    output: &Output<'_>,
    diagnostics: &mut Diagnostics,
    quiet: bool,
) {
    let chromium = match crate::pdf::find_chromium(args.chromium.as_deref()) {
        Ok(c) => c,
        Err(message) => {
            diagnostics.warn(Location::file("pdf"), message);
            return;
        }
    };
    let final_out = std::path::absolute(&args.out).unwrap_or_else(|_| args.out.clone());
    let pages: Vec<std::path::PathBuf> = std::iter::once("index.html".into())
        .chain(
            labs.iter()
                .map(|l| format!("labs/{}/{}.html", l.partner, l.name).into()),
        )
        .collect();
    let bar = progress(pages.len(), "pdf", quiet);
    let problems = crate::pdf::print_pages(
        &chromium,
        output.staging_path(),
        &final_out,
        &pages,
        &|| bar.inc(1),
    );
    bar.finish_and_clear();
    for (page, message) in problems {
        diagnostics.warn(
            Location::file(format!("pdf of {page}")),
            format!("{message}; the HTML page is in the report"),
        );
    }
}

/// The labs new, changed or gone, one sentence a line, on stdout.
fn print_changes(changes: &Changes) -> Result<(), Error> {
    let text: String = changes.sentences().into_iter().map(|s| s + "\n").collect();
    if !text.is_empty() {
        write_stdout(text.as_bytes())?;
    }
    Ok(())
}

fn warnings_note(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => "; 1 input had a problem (above); run `labreport check` for details".into(),
        n => format!("; {n} problems with inputs (above); run `labreport check` for details"),
    }
}

/// Dates a lab that has no date of its own (lab.toml, folder name) by the day most check-ins
/// fall on, else the day most feedback was given.
fn date_from_records(labs: &mut [Lab], files: &[Vec<FileRecords>]) {
    for (lab, records) in labs.iter_mut().zip(files) {
        if lab.date.is_some() {
            continue;
        }
        let most_common = |dates: Vec<crate::discover::Date>| {
            let mut tally: BTreeMap<crate::discover::Date, usize> = BTreeMap::new();
            for d in dates {
                *tally.entry(d).or_default() += 1;
            }
            // The most frequent, the earliest on a tie.
            tally
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|(d, _)| d)
        };
        let check_ins = records
            .iter()
            .flat_map(|r| r.check_in_dates.iter().copied())
            .collect();
        let feedback = records
            .iter()
            .flat_map(|r| r.feedback_dates.iter().copied())
            .collect();
        if let Some(d) = most_common(check_ins) {
            (lab.date, lab.date_from) = (Some(d), "the check-in dates");
        } else if let Some(d) = most_common(feedback) {
            (lab.date, lab.date_from) = (Some(d), "the feedback timestamps");
        }
    }
}

/// Reads and recognises every file of every lab, in parallel; `result[lab]` keeps file order.
/// `ideas[lab]` holds each lab's ideas from its outcome sheets, in file order; with every
/// file's fingerprint for manifest.json.
fn read_labs(
    labs: &[Lab],
    config: &Config,
    quiet: bool,
) -> (Vec<Vec<FileRecords>>, Vec<Vec<Idea>>, Fingerprints) {
    let index = HeaderIndex::new(config);
    let jobs: Vec<(usize, &crate::discover::InputFile)> = labs
        .iter()
        .enumerate()
        .flat_map(|(i, lab)| lab.files.iter().map(move |f| (i, f)))
        .collect();
    let bar = progress(jobs.len(), "files", quiet);
    type Done = (
        usize,
        FileRecords,
        Vec<Idea>,
        Option<(String, String, u64, String)>,
    );
    let done: Vec<Done> = jobs
        .par_iter()
        .map(|&(lab, file)| {
            bar.inc(1);
            // Each sheet is recognised while its workbook is open: its cells borrow the
            // workbook's strings.
            let mut records = FileRecords::default();
            let mut ideas = Vec::new();
            // What the file is, for manifest.json: its bytes hashed as they are read.
            let mut sha = None;
            let read = read_file_seeing(
                &file.path,
                config.limits,
                &mut |sheet| {
                    crate::outcomes::recognise_sheet(
                        &file.display,
                        sheet,
                        config,
                        &index,
                        &mut records,
                        &mut ideas,
                    )
                },
                &mut |bytes| sha = Some(crate::manifest::sha256(bytes)),
            );
            // A file not read (an unknown kind) is hashed on its own.
            let print = crate::manifest::fingerprint(&file.path, sha)
                .ok()
                .map(|(sha, size, modified)| (file.display.clone(), sha, size, modified));
            let records = match read {
                Ok(()) => {
                    finish_file(&file.display, &mut records);
                    records
                }
                // What the sheets before the broken one gave is dropped: a broken file is
                // left out whole.
                Err(e) => {
                    ideas.clear();
                    let mut r = FileRecords::default();
                    r.diagnostics.warn(
                        Location::file(&file.display),
                        format!("{e}; the file is left out"),
                    );
                    r.sheets.push(SheetReport {
                        file: file.display.clone(),
                        sheet: None,
                        layout: None,
                        rows: 0,
                        summary_rows: 0,
                        skipped: Some(e.to_string()),
                        skip: None,
                        outcomes: None,
                        outcome_columns: None,
                        outcome_shape: None,
                    });
                    r
                }
            };
            (lab, records, ideas, print)
        })
        .collect();
    bar.finish_and_clear();
    let mut out: Vec<Vec<FileRecords>> = labs.iter().map(|_| Vec::new()).collect();
    let mut ideas: Vec<Vec<Idea>> = labs.iter().map(|_| Vec::new()).collect();
    let mut prints = Fingerprints::new();
    for (lab, records, found, print) in done {
        out[lab].push(records);
        ideas[lab].extend(found);
        if let Some((path, sha, size, modified)) = print {
            prints.insert(path, (sha, size, modified));
        }
    }
    (out, ideas, prints)
}

/// This run's manifest, and what changed since the report in `out` (nothing when it has no
/// manifest: a first report tells no news).
fn manifest_and_changes(
    a: &Analysis,
    config: &Config,
    out: &Path,
    generated_at: &str,
) -> (Manifest, Changes) {
    let sheets: Vec<&SheetReport> = a.files.iter().flatten().flat_map(|f| &f.sheets).collect();
    let manifest = crate::manifest::manifest(
        &a.labs,
        &a.fingerprints,
        &sheets,
        &a.diagnostics,
        &config.sha256,
        generated_at,
    );
    let changes = Manifest::previous(out)
        .map(|previous| crate::manifest::changes(&previous, &manifest))
        .unwrap_or_default();
    (manifest, changes)
}

fn check(check: CheckArgs, quiet: bool) -> Result<Outcome, Error> {
    let args = check.input;
    let mut config = Config::load(args.config.as_deref())?;
    let a = analyse(&args, &mut config, quiet, &mut Timings::new())?;
    if check.suggest {
        let unmapped: Vec<&crate::recognise::Unmapped> =
            a.files.iter().flatten().flat_map(|f| &f.unmapped).collect();
        print!("{}", crate::suggest::suggest_aliases(&unmapped, &config));
        let unread: Vec<&(String, crate::recognise::unread::Unread)> =
            a.files.iter().flatten().flat_map(|f| &f.unread).collect();
        print!("{}", crate::suggest::suggest_columns(&unread));
        a.diagnostics.print();
        return Ok(Outcome {
            warnings: a.diagnostics.warnings.len(),
        });
    }
    // What a build would add, change or drop, against the report in --out.
    let out = &check.out;
    let news = if Manifest::previous(out).is_none() {
        News::NoReport
    } else {
        let generated_at = generated_at().map_err(Error::Clock)?;
        let (_, changes) = manifest_and_changes(&a, &config, out, &generated_at);
        News::Changes(changes.sentences())
    };
    let n = a.diagnostics.warnings.len();
    print!(
        "{}",
        printout(&Checked {
            config: &config,
            inputs: &args.inputs,
            out,
            labs: &a.labs,
            files: &a.files,
            lab_periods: &a.indicators.lab_period,
            figures: &a.figures,
            tables: &a.tables,
            outcomes: &a.outcomes,
            news,
            warnings: n,
        })
    );
    a.diagnostics.print();
    Ok(Outcome { warnings: n })
}

fn init(args: InitArgs) -> Result<Outcome, Error> {
    write_new_file(&args.path, config::DEFAULTS.as_bytes(), args.force)?;
    eprintln!(
        "wrote {}: edit its stakeholder types, sectors, questions and likert answers to your partners' words; labreport reads it from the current folder",
        args.path.display()
    );
    Ok(Outcome { warnings: 0 })
}
