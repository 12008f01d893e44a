//! `build --pdf`: the report's pages printed to PDF by one Chromium in headless mode, into
//! `<out>/pdf/` (`index.pdf`, `labs/<partner>/<lab>.pdf`).
//!
//! - A4, from the print styles (`@page { size: A4 }`, `preferCSSPageSize`); no browser header
//!   or footer; backgrounds printed, as `--print-to-pdf` prints them.
//! - Tagged (`generateTaggedPDF`), with bookmarks from the headings
//!   (`generateDocumentOutline`), the page's title as the PDF's title and its `lang` as the
//!   PDF's language. Chromium's tagged PDF is not PDF/UA: it is not claimed.
//! - Each page is printed from a copy that carries `<base href>` of its place in the final
//!   output folder, so that its links (Chromium makes them absolute) open the report's pages
//!   once the new report is in place, not the staging folder it was printed from.
//! - One browser prints every page: it is started once, with a profile folder of its own, and
//!   driven by the DevTools protocol over a pipe (`--remote-debugging-pipe`: the commands
//!   on its file descriptor 3, its replies and events on 4, each a JSON message ended by a
//!   NUL byte). Starting Chromium costs about a second, which a browser per page paid for
//!   every page. A few tabs print at once (`TABS`), each page in turn: open it
//!   (`Page.navigate`), wait for its `load` event, `Page.printToPDF`.
//! - A page that fails or hangs (two minutes) costs that page only: its tab is closed and the
//!   next page gets a new one. If the browser itself stops, a new one is started for the
//!   pages left, and the pages it was printing are tried once more. The browser is closed at
//!   the end, also when printing stops early (`Drop`), and stops by itself if labreport dies
//!   (its end of the pipe closes).

use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader, PipeReader, PipeWriter, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{Value, json};

/// How long one page may take to print.
const TIMEOUT: Duration = Duration::from_secs(120);

/// How long the browser may take to start and answer its first command.
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// How long closing a tab, or the browser, may take before the browser is taken for hung.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(10);

/// Pages printed at once, each in a tab of its own. A page costs about 0.2 s of CPU, split
/// between its renderer, the browser and this process, so a tab or two leave a core idle
/// while a page passes from one to the next. Measured at 400 labs on two cores shared with
/// another job: one tab 89–118 s, two to four 52–115 s, the three within the noise.
const TABS: usize = 3;

/// The names Chromium goes by on the PATH, in the order they are tried.
const NAMES: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
];

/// What to say when no browser can be found.
pub const HOW_TO_INSTALL: &str = "install Chromium (Debian and Ubuntu: `sudo apt-get install chromium`; Fedora: `sudo dnf install chromium`; macOS: `brew install --cask chromium`), or name a Chromium or Chrome with --chromium PATH or LABREPORT_CHROMIUM";

/// The browser to print with: the one named (`--chromium`, `LABREPORT_CHROMIUM`), else the
/// first of `NAMES` on the PATH.
pub fn find_chromium(named: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(path) = named {
        if path.is_file() {
            return Ok(path.to_path_buf());
        }
        if path.components().count() == 1
            && let Some(found) = on_path(&path.to_string_lossy())
        {
            return Ok(found);
        }
        return Err(format!(
            "cannot print the PDFs: the browser {} does not exist; {HOW_TO_INSTALL}",
            path.display()
        ));
    }
    NAMES.iter().find_map(|n| on_path(n)).ok_or_else(|| {
        format!("cannot print the PDFs: no Chromium found on the PATH; {HOW_TO_INSTALL}")
    })
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// Prints `pages` (HTML files, relative to `staging`) into `staging/pdf/`, the same paths
/// with `.pdf`. `final_out` is where the report will be once in place (absolute). Returns
/// the problems, each with its page, in the pages' order.
pub fn print_pages(
    chromium: &Path,
    staging: &Path,
    final_out: &Path,
    pages: &[PathBuf],
    done: &(dyn Fn() + Sync),
) -> Vec<(String, String)> {
    Printing {
        chromium,
        staging,
        final_out,
        timeout: TIMEOUT,
        tabs: TABS,
    }
    .run(pages, done)
}

/// `file:///…/` of a folder, its path's bytes escaped as a URL needs.
fn file_url(dir: &Path) -> String {
    let mut url = String::from("file://");
    for b in dir.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    if !url.ends_with('/') {
        url.push('/');
    }
    url
}

/// A mutex's data, also after a thread panicked holding it: nothing here is left half-changed
/// by a panic, and the browser must still be closed.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// One run of printing.
struct Printing<'a> {
    chromium: &'a Path,
    staging: &'a Path,
    final_out: &'a Path,
    timeout: Duration,
    tabs: usize,
}

/// A page to print, and whether it was already tried on a browser that stopped under it.
#[derive(Clone, Copy)]
struct Job {
    index: usize,
    retried: bool,
}

enum Outcome {
    Printed,
    Failed(String),
    /// The browser stopped while printing it: once more, on a new browser.
    Again,
}

impl Printing<'_> {
    fn run(&self, pages: &[PathBuf], done: &(dyn Fn() + Sync)) -> Vec<(String, String)> {
        let work = match tempfile::tempdir() {
            Ok(w) => w,
            Err(e) => {
                return vec![(
                    "pdf".into(),
                    format!("cannot make a folder to print in: {e}"),
                )];
            }
        };
        let pool = Pool {
            chromium: self.chromium,
            state: Mutex::new(PoolState::default()),
        };
        let queue: Mutex<VecDeque<Job>> = Mutex::new(
            (0..pages.len())
                .map(|index| Job {
                    index,
                    retried: false,
                })
                .collect(),
        );
        let problems: Mutex<Vec<(usize, String)>> = Mutex::new(Vec::new());
        std::thread::scope(|s| {
            for _ in 0..self.tabs.clamp(1, pages.len().max(1)) {
                s.spawn(|| {
                    // Each thread keeps a tab, and takes the next page until none is left.
                    let mut tab: Option<Tab> = None;
                    loop {
                        // (A `while let` would hold the queue's lock through the page.)
                        let Some(job) = lock(&queue).pop_front() else {
                            break;
                        };
                        let rel = &pages[job.index];
                        let failed = match self.print(&pool, &mut tab, work.path(), job.index, rel)
                        {
                            Outcome::Printed => None,
                            Outcome::Failed(message) => Some(message),
                            Outcome::Again if !job.retried => {
                                lock(&queue).push_back(Job {
                                    index: job.index,
                                    retried: true,
                                });
                                continue;
                            }
                            Outcome::Again => Some(format!(
                                "{} stopped while printing it, on both tries{}",
                                self.chromium.display(),
                                pool.last_words()
                            )),
                        };
                        if let Some(message) = failed {
                            lock(&problems).push((job.index, message));
                        }
                        done();
                    }
                });
            }
        });
        // The browser is closed here (and by unwinding, if a thread panicked).
        drop(pool);
        let mut problems = problems
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner);
        problems.sort_by_key(|(index, _)| *index);
        problems
            .into_iter()
            .map(|(index, message)| (pages[index].display().to_string(), message))
            .collect()
    }

    /// Prints one page on `tab` (opened on the current browser when there is none).
    fn print(
        &self,
        pool: &Pool,
        tab: &mut Option<Tab>,
        work: &Path,
        index: usize,
        rel: &Path,
    ) -> Outcome {
        let html = match std::fs::read_to_string(self.staging.join(rel)) {
            Ok(html) => html,
            Err(e) => return Outcome::Failed(format!("cannot read the page to print: {e}")),
        };
        // The page's links resolve against its place in the final output folder.
        let dir = self.final_out.join(rel.parent().unwrap_or(Path::new("")));
        let base = format!("<base href=\"{}\">", file_url(&dir));
        let html = match html.find("<head>") {
            Some(i) => format!("{}{base}{}", &html[..i + 6], &html[i + 6..]),
            None => html,
        };
        let name = format!("{index}.html");
        let source = work.join(&name);
        if let Err(e) = std::fs::write(&source, html) {
            return Outcome::Failed(format!("cannot write the page to print: {e}"));
        }
        let target = self.staging.join("pdf").join(rel.with_extension("pdf"));
        if let Some(parent) = target.parent()
            && let Err(e) = std::fs::create_dir_all(parent)
        {
            return Outcome::Failed(format!("cannot make {}: {e}", parent.display()));
        }
        let url = format!("{}{name}", file_url(work));
        let outcome = self.print_copy(pool, tab, &url, &target);
        let _ = std::fs::remove_file(&source);
        outcome
    }

    fn print_copy(&self, pool: &Pool, tab: &mut Option<Tab>, url: &str, target: &Path) -> Outcome {
        let browser = match pool.browser() {
            Ok(b) => b,
            Err(message) => return Outcome::Failed(message),
        };
        // A tab of a browser that stopped is no use.
        if tab
            .as_ref()
            .is_some_and(|t| !Arc::ptr_eq(&t.browser, &browser))
        {
            *tab = None;
        }
        let deadline = Instant::now() + self.timeout;
        if tab.is_none() {
            match Tab::open(&browser, deadline) {
                Ok(t) => *tab = Some(t),
                Err(failure) => return self.failed(pool, &browser, failure, None),
            }
        }
        let printed = match tab {
            Some(t) => t.print(url, deadline),
            None => Err(CallError::Gone),
        };
        let failure = match printed {
            Ok(pdf) if pdf.starts_with(b"%PDF-") => {
                browser.printed.fetch_add(1, Ordering::Relaxed);
                return match std::fs::write(target, pdf) {
                    Ok(()) => Outcome::Printed,
                    Err(e) => Outcome::Failed(format!("cannot write {}: {e}", target.display())),
                };
            }
            Ok(_) => CallError::Refused("what it gave is no PDF".into()),
            Err(e) => e,
        };
        // The tab is closed whatever went wrong: the next page gets a new one.
        let closed = tab.take().map(Tab::close);
        self.failed(pool, &browser, failure, closed)
    }

    /// What a failure costs: the page, or (the browser gone) a new try on a new browser.
    /// `closed` is how closing the page's tab went (`None`: it was never opened).
    fn failed(
        &self,
        pool: &Pool,
        browser: &Arc<Browser>,
        failure: CallError,
        closed: Option<Result<(), CallError>>,
    ) -> Outcome {
        match failure {
            CallError::Gone => {
                pool.lost(browser);
                Outcome::Again
            }
            CallError::TimedOut => {
                // A browser that cannot open a tab, or close one, is hung: the pages left get
                // a new one.
                if !matches!(closed, Some(Ok(()))) {
                    pool.lost(browser);
                }
                Outcome::Failed(format!(
                    "{} took longer than {} s to print it; it was stopped",
                    self.chromium.display(),
                    self.timeout.as_secs()
                ))
            }
            CallError::Refused(said) => Outcome::Failed(format!(
                "{} did not print it: {said}",
                self.chromium.display()
            )),
        }
    }
}

/// The browser the pages are printed with, started when a page needs it and again after it
/// stopped.
struct Pool<'a> {
    chromium: &'a Path,
    state: Mutex<PoolState>,
}

#[derive(Default)]
struct PoolState {
    browser: Option<Arc<Browser>>,
    /// Why no browser can be had: every page left fails with this.
    broken: Option<String>,
    /// Browsers in a row that stopped before printing a page.
    fruitless: u32,
    /// The last line the last browser that stopped wrote to its log.
    last_words: String,
}

impl Pool<'_> {
    /// The browser, started if there is none.
    fn browser(&self) -> Result<Arc<Browser>, String> {
        let mut state = lock(&self.state);
        if let Some(b) = &state.broken {
            return Err(b.clone());
        }
        if let Some(b) = &state.browser {
            return Ok(Arc::clone(b));
        }
        match Browser::start(self.chromium) {
            Ok(b) => {
                let b = Arc::new(b);
                state.browser = Some(Arc::clone(&b));
                Ok(b)
            }
            Err(message) => {
                state.broken = Some(message.clone());
                Err(message)
            }
        }
    }

    /// `browser` stopped, or hangs: it is stopped, and the next page starts a new one. Two
    /// in a row that stop before printing a page are taken as a browser that cannot print.
    fn lost(&self, browser: &Arc<Browser>) {
        let mut state = lock(&self.state);
        if !state
            .browser
            .as_ref()
            .is_some_and(|b| Arc::ptr_eq(b, browser))
        {
            return; // another tab saw it first
        }
        state.browser = None;
        browser.kill();
        state.last_words = browser.last_words();
        if browser.printed.load(Ordering::Relaxed) > 0 {
            state.fruitless = 0;
        } else {
            state.fruitless += 1;
            if state.fruitless >= 2 {
                state.broken = Some(format!(
                    "{} stopped twice before printing a page{}",
                    self.chromium.display(),
                    state.last_words
                ));
            }
        }
    }

    /// ": <the last line>" the last browser that stopped wrote to its log, or nothing.
    fn last_words(&self) -> String {
        lock(&self.state).last_words.clone()
    }
}

/// Why a command got no result.
#[derive(Debug)]
enum CallError {
    /// The browser stopped, or its pipe closed.
    Gone,
    /// No answer before the deadline.
    TimedOut,
    /// The browser answered with an error.
    Refused(String),
}

/// Where the reader thread hands each message: a command's reply to the call waiting for
/// it, a tab's events to its tab.
#[derive(Default)]
struct Routes {
    /// The browser's pipe closed: nothing more will come.
    closed: bool,
    calls: HashMap<u64, Sender<Result<Value, String>>>,
    sessions: HashMap<String, Sender<Value>>,
}

/// One Chromium, driven over its pipe.
struct Browser {
    /// Commands to the browser (its descriptor 3).
    commands: Mutex<PipeWriter>,
    next_id: AtomicU64,
    routes: Arc<Mutex<Routes>>,
    child: Mutex<Child>,
    reader: Option<JoinHandle<()>>,
    /// Pages it printed.
    printed: AtomicUsize,
    /// Its messages (stderr): a file, since a pipe nobody reads while it prints could fill.
    log: PathBuf,
    /// Its profile and log, removed once it stopped (fields drop after `Drop::drop`).
    _home: tempfile::TempDir,
}

impl Browser {
    fn start(chromium: &Path) -> Result<Browser, String> {
        let home = tempfile::tempdir()
            .map_err(|e| format!("cannot make a folder for the browser's profile: {e}"))?;
        let log = home.path().join("chromium.log");
        let log_file = std::fs::File::create(&log)
            .map_err(|e| format!("cannot make a file for the browser's messages: {e}"))?;
        let pipe = |e| format!("cannot make a pipe to the browser: {e}");
        let (their_commands, commands) = std::io::pipe().map_err(pipe)?;
        let (replies, their_replies) = std::io::pipe().map_err(pipe)?;
        let mut command = Command::new(chromium);
        command
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--remote-debugging-pipe",
            ])
            .arg(format!(
                "--user-data-dir={}",
                home.path().join("profile").display()
            ))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log_file);
        let (read_fd, write_fd) = (their_commands.as_raw_fd(), their_replies.as_raw_fd());
        // SAFETY: the closure runs in the forked child before exec, where only
        // async-signal-safe calls are allowed: it calls fcntl and dup2 only, allocates
        // nothing and takes no lock. `read_fd` and `write_fd` are open in the parent until
        // `spawn` returns (the pipe ends are dropped after it), so they are open in the
        // child too.
        unsafe {
            command.pre_exec(move || place_pipe(read_fd, write_fd));
        }
        let child = command
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", chromium.display()))?;
        // The browser's ends are the browser's: with ours closed, its exit closes the pipe.
        drop((their_commands, their_replies));
        let routes = Arc::new(Mutex::new(Routes::default()));
        let mut browser = Browser {
            commands: Mutex::new(commands),
            next_id: AtomicU64::new(1),
            routes: Arc::clone(&routes),
            child: Mutex::new(child),
            reader: None,
            printed: AtomicUsize::new(0),
            log,
            _home: home,
        };
        let reader = std::thread::Builder::new()
            .name("chromium-pipe".into())
            .spawn(move || read_messages(replies, &routes))
            .map_err(|e| format!("cannot start reading the browser's replies: {e}"))?;
        browser.reader = Some(reader);
        // It answers, or it cannot print.
        match browser.call(
            None,
            "Browser.getVersion",
            json!({}),
            Instant::now() + START_TIMEOUT,
        ) {
            Ok(_) => Ok(browser),
            Err(CallError::TimedOut) => Err(format!(
                "{} did not answer within {} s of starting; it was stopped",
                chromium.display(),
                START_TIMEOUT.as_secs()
            )),
            Err(_) => Err(format!(
                "{} stopped as it started{}",
                chromium.display(),
                browser.last_words()
            )),
        }
    }

    /// Sends `method` (to the tab `session`, or the browser) and waits for its result.
    fn call(
        &self,
        session: Option<&str>,
        method: &str,
        params: Value,
        deadline: Instant,
    ) -> Result<Value, CallError> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = mpsc::channel();
        {
            let mut routes = lock(&self.routes);
            if routes.closed {
                return Err(CallError::Gone);
            }
            routes.calls.insert(id, tx);
        }
        let mut message = json!({ "id": id, "method": method, "params": params });
        if let Some(session) = session {
            message["sessionId"] = session.into();
        }
        let mut bytes = message.to_string().into_bytes();
        bytes.push(0);
        if lock(&self.commands).write_all(&bytes).is_err() {
            lock(&self.routes).calls.remove(&id);
            return Err(CallError::Gone);
        }
        match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(Ok(result)) => Ok(result),
            Ok(Err(said)) => Err(CallError::Refused(said)),
            Err(RecvTimeoutError::Timeout) => {
                lock(&self.routes).calls.remove(&id);
                Err(CallError::TimedOut)
            }
            Err(RecvTimeoutError::Disconnected) => Err(CallError::Gone),
        }
    }

    /// Stops the browser at once.
    fn kill(&self) {
        let _ = lock(&self.child).kill();
    }

    /// ": <the last line of its log>", or nothing.
    fn last_words(&self) -> String {
        let said = std::fs::read_to_string(&self.log).unwrap_or_default();
        match said.lines().rev().find(|l| !l.trim().is_empty()) {
            Some(line) => format!(": {}", line.trim()),
            None => String::new(),
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Asked to close, it ends its helper processes; one that does not, is killed.
        let _ = self.call(
            None,
            "Browser.close",
            json!({}),
            Instant::now() + CLOSE_TIMEOUT,
        );
        let child = self.child.get_mut().unwrap_or_else(PoisonError::into_inner);
        let until = Instant::now() + CLOSE_TIMEOUT;
        while matches!(child.try_wait(), Ok(None)) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = child.kill();
        let _ = child.wait();
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
    }
}

/// In the browser's process, before it runs: the pipe's ends become its descriptors 3 (the
/// commands it reads) and 4 (the replies it writes). Each is first copied above 10, so
/// that placing one cannot close the other (`write_fd` may be 3), and so that the copy to
/// 3 or 4 is a new descriptor, which exec keeps open (dup2 of a descriptor onto itself
/// would keep its close-on-exec flag).
fn place_pipe(read_fd: RawFd, write_fd: RawFd) -> std::io::Result<()> {
    // SAFETY: fcntl and dup2 on descriptors; no memory is handed over.
    unsafe {
        let read_high = libc::fcntl(read_fd, libc::F_DUPFD_CLOEXEC, 10);
        let write_high = libc::fcntl(write_fd, libc::F_DUPFD_CLOEXEC, 10);
        if read_high < 0
            || write_high < 0
            || libc::dup2(read_high, 3) < 0
            || libc::dup2(write_high, 4) < 0
        {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// The reader thread: each NUL-ended message from the browser to where it is awaited, until
/// the pipe closes; then every call still waiting learns that the browser is gone.
fn read_messages(replies: PipeReader, routes: &Mutex<Routes>) {
    let mut replies = BufReader::with_capacity(1 << 16, replies);
    let mut message = Vec::new();
    loop {
        message.clear();
        match replies.read_until(0, &mut message) {
            Ok(_) if message.pop() == Some(0) => {}
            _ => break, // closed, or cut off in the middle of a message
        }
        let Ok(mut message) = serde_json::from_slice::<Value>(&message) else {
            continue;
        };
        let mut routes = lock(routes);
        if let Some(id) = message.get("id").and_then(Value::as_u64) {
            let reply = match message.get("error") {
                Some(error) => Err(error
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("an error")
                    .to_string()),
                None => Ok(message["result"].take()),
            };
            if let Some(call) = routes.calls.remove(&id) {
                let _ = call.send(reply);
            }
        } else if let Some(session) = message.get("sessionId").and_then(Value::as_str)
            && let Some(tab) = routes.sessions.get(session)
        {
            let _ = tab.send(message);
        }
    }
    let mut routes = lock(routes);
    routes.closed = true;
    // Dropping the senders wakes every call and tab waiting.
    routes.calls.clear();
    routes.sessions.clear();
}

/// A tab of the browser, attached to (`flatten`: its commands and events carry its session).
struct Tab {
    browser: Arc<Browser>,
    target: String,
    session: String,
    events: Receiver<Value>,
}

impl Tab {
    fn open(browser: &Arc<Browser>, deadline: Instant) -> Result<Tab, CallError> {
        let created = browser.call(
            None,
            "Target.createTarget",
            json!({ "url": "about:blank" }),
            deadline,
        )?;
        let target = created["targetId"].as_str().unwrap_or_default().to_string();
        let attached = browser.call(
            None,
            "Target.attachToTarget",
            json!({ "targetId": target, "flatten": true }),
            deadline,
        )?;
        let session = attached["sessionId"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let (tx, events) = mpsc::channel();
        {
            let mut routes = lock(&browser.routes);
            if routes.closed {
                return Err(CallError::Gone);
            }
            routes.sessions.insert(session.clone(), tx);
        }
        let tab = Tab {
            browser: Arc::clone(browser),
            target,
            session,
            events,
        };
        // Page: its load event; Inspector: a crash of its renderer.
        tab.call("Page.enable", json!({}), deadline)?;
        tab.call("Inspector.enable", json!({}), deadline)?;
        Ok(tab)
    }

    fn call(&self, method: &str, params: Value, deadline: Instant) -> Result<Value, CallError> {
        self.browser
            .call(Some(&self.session), method, params, deadline)
    }

    /// Opens `url` and prints it: the PDF's bytes.
    fn print(&self, url: &str, deadline: Instant) -> Result<Vec<u8>, CallError> {
        // Events of the page before (its load) are not this page's.
        while self.events.try_recv().is_ok() {}
        let navigated = self.call("Page.navigate", json!({ "url": url }), deadline)?;
        if let Some(error) = navigated.get("errorText").and_then(Value::as_str) {
            return Err(CallError::Refused(format!("cannot open the page: {error}")));
        }
        loop {
            let event = match self
                .events
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok(event) => event,
                Err(RecvTimeoutError::Timeout) => return Err(CallError::TimedOut),
                Err(RecvTimeoutError::Disconnected) => return Err(CallError::Gone),
            };
            match event["method"].as_str() {
                Some("Page.loadEventFired") => break,
                Some("Inspector.targetCrashed") => {
                    return Err(CallError::Refused("its renderer crashed".into()));
                }
                _ => {}
            }
        }
        let printed = self.call(
            "Page.printToPDF",
            json!({
                "preferCSSPageSize": true,
                "displayHeaderFooter": false,
                "printBackground": true,
                "generateTaggedPDF": true,
                "generateDocumentOutline": true,
            }),
            deadline,
        )?;
        let data = printed["data"].as_str().unwrap_or_default();
        base64::engine::general_purpose::STANDARD
            .decode(data)
            .map_err(|e| CallError::Refused(format!("its PDF came garbled ({e})")))
    }

    /// Closes the tab (and with it its renderer, hung or not).
    fn close(self) -> Result<(), CallError> {
        lock(&self.browser.routes).sessions.remove(&self.session);
        self.browser
            .call(
                None,
                "Target.closeTarget",
                json!({ "targetId": self.target }),
                Instant::now() + CLOSE_TIMEOUT,
            )
            .map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_become_file_urls() {
        assert_eq!(file_url(Path::new("/srv/out")), "file:///srv/out/");
        assert_eq!(
            file_url(Path::new("/srv/Rapoarte 2020/ș")),
            "file:///srv/Rapoarte%202020/%C8%99/"
        );
    }

    #[test]
    fn a_named_browser_that_is_not_there_is_said() {
        let e = find_chromium(Some(Path::new("/nowhere/chromium"))).unwrap_err();
        assert!(e.starts_with("cannot print the PDFs: the browser /nowhere/chromium does not exist; install Chromium"), "{e}");
    }

    use std::os::unix::fs::PermissionsExt;

    /// A report to print: its pages in `staging`, a browser that notes each start of it
    /// (its process id, in `starts`) before it becomes the machine's Chromium.
    struct Report {
        dir: tempfile::TempDir,
        pages: Vec<PathBuf>,
    }

    impl Report {
        fn new(pages: &[(&str, &str)]) -> Report {
            let dir = tempfile::tempdir().unwrap();
            let chromium = find_chromium(None).expect("Chromium (tests/run installs it)");
            Report::browser(
                &dir,
                &format!(
                    "echo $$ >> '{0}/starts'\nexec '{1}' \"$@\"",
                    dir.path().display(),
                    chromium.display()
                ),
            );
            let mut paths = Vec::new();
            for (rel, body) in pages {
                let path = dir.path().join("staging").join(rel);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                if !body.is_empty() {
                    std::fs::write(
                        &path,
                        format!(
                            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
                             <title>{rel}</title><style>@page {{ size: A4 }}</style></head>\
                             <body><h1>{rel}</h1>{body}<p><a href=\"index.html\">back</a></p>\
                             </body></html>"
                        ),
                    )
                    .unwrap();
                }
                paths.push(PathBuf::from(rel));
            }
            Report { dir, pages: paths }
        }

        /// The browser `chromium` becomes: a shell script of `body`.
        fn browser(dir: &tempfile::TempDir, body: &str) {
            let path = dir.path().join("chromium");
            std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }

        fn print(&self, timeout: Duration, tabs: usize) -> Vec<(String, String)> {
            self.print_calling(timeout, tabs, &|| {})
        }

        fn print_calling(
            &self,
            timeout: Duration,
            tabs: usize,
            done: &(dyn Fn() + Sync),
        ) -> Vec<(String, String)> {
            let chromium = self.dir.path().join("chromium");
            let staging = self.dir.path().join("staging");
            let out = self.dir.path().join("out");
            Printing {
                chromium: &chromium,
                staging: &staging,
                final_out: &out,
                timeout,
                tabs,
            }
            .run(&self.pages, done)
        }

        fn printed(&self, rel: &str) -> bool {
            let pdf = self
                .dir
                .path()
                .join("staging/pdf")
                .join(rel)
                .with_extension("pdf");
            std::fs::read(pdf).is_ok_and(|b| b.starts_with(b"%PDF-"))
        }

        /// The process ids of the browsers started.
        fn starts(&self) -> Vec<i32> {
            std::fs::read_to_string(self.dir.path().join("starts"))
                .unwrap_or_default()
                .lines()
                .map(|l| l.parse().unwrap())
                .collect()
        }
    }

    fn running(pid: i32) -> bool {
        // SAFETY: signal 0 sends nothing; it asks whether the process exists.
        unsafe { libc::kill(pid, 0) == 0 }
    }

    #[test]
    fn one_browser_prints_every_page_and_is_closed_at_the_end() {
        let names: Vec<String> = (0..7).map(|i| format!("labs/p/lab{i}.html")).collect();
        let mut pages: Vec<(&str, &str)> = vec![("index.html", "<p>The programme.</p>")];
        pages.extend(names.iter().map(|n| (n.as_str(), "<p>A lab.</p>")));
        let report = Report::new(&pages);
        let problems = report.print(TIMEOUT, TABS);
        assert!(problems.is_empty(), "{problems:?}");
        for (rel, _) in &pages {
            assert!(report.printed(rel), "{rel}");
        }
        let starts = report.starts();
        assert_eq!(starts.len(), 1, "one browser for all the pages");
        assert!(!running(starts[0]), "the browser is closed at the end");
        // The links resolve against the final output folder, not the copy printed.
        let pdf = std::fs::read(report.dir.path().join("staging/pdf/labs/p/lab0.pdf")).unwrap();
        let out = file_url(&report.dir.path().join("out/labs/p"));
        assert!(
            pdf.windows(out.len()).any(|w| w == out.as_bytes()),
            "a link to {out}index.html"
        );
    }

    #[test]
    fn a_page_that_fails_or_hangs_costs_that_page_only() {
        let report = Report::new(&[
            ("index.html", "<p>The programme.</p>"),
            ("labs/p/gone.html", ""),
            ("labs/p/hangs.html", "<script>for (;;) {}</script>"),
            ("labs/p/a.html", "<p>A lab.</p>"),
            ("labs/p/b.html", "<p>Another lab.</p>"),
            ("labs/p/c.html", "<p>A third lab.</p>"),
        ]);
        let started = Instant::now();
        let problems = report.print(Duration::from_secs(5), 2);
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{:?}",
            started.elapsed()
        );
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(problems[0].0, "labs/p/gone.html");
        assert!(
            problems[0].1.starts_with("cannot read the page to print: "),
            "{problems:?}"
        );
        assert_eq!(problems[1].0, "labs/p/hangs.html");
        assert!(
            problems[1]
                .1
                .ends_with("chromium took longer than 5 s to print it; it was stopped"),
            "{problems:?}"
        );
        for rel in [
            "index.html",
            "labs/p/a.html",
            "labs/p/b.html",
            "labs/p/c.html",
        ] {
            assert!(report.printed(rel), "{rel}");
        }
        assert!(!report.printed("labs/p/hangs.html"));
        // Its tab was closed; the browser printed on.
        assert_eq!(report.starts().len(), 1);
    }

    #[test]
    fn a_browser_that_stops_is_started_again_for_the_pages_left() {
        // Each page takes a third of a second to load, so that pages are left when the
        // browser is stopped, after its first PDF.
        let names: Vec<String> = (0..12).map(|i| format!("labs/p/lab{i}.html")).collect();
        let slow = "<script>const t = Date.now(); while (Date.now() - t < 300) {}</script>";
        let pages: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), slow)).collect();
        let report = Report::new(&pages);
        let problems = std::thread::scope(|s| {
            let printing = s.spawn(|| report.print(TIMEOUT, 2));
            let pdfs = report.dir.path().join("staging/pdf/labs/p");
            while std::fs::read_dir(&pdfs).map_or(0, |d| d.count()) == 0 {
                assert!(!printing.is_finished());
                std::thread::sleep(Duration::from_millis(5));
            }
            let first = report.starts()[0];
            // SAFETY: a signal to the browser this test started, still printing.
            assert_eq!(unsafe { libc::kill(first, libc::SIGKILL) }, 0);
            printing.join().unwrap()
        });
        assert!(problems.is_empty(), "{problems:?}");
        for (rel, _) in &pages {
            assert!(report.printed(rel), "{rel}");
        }
        let starts = report.starts();
        assert_eq!(starts.len(), 2, "a new browser for the pages left");
        assert!(!running(starts[1]));
    }

    #[test]
    fn the_browser_is_closed_when_printing_stops_on_a_panic() {
        let report = Report::new(&[("index.html", "<p>x</p>"), ("labs/p/a.html", "<p>y</p>")]);
        let stopped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            report.print_calling(TIMEOUT, 2, &|| panic!("a bug after a page"))
        }));
        assert!(stopped.is_err());
        let starts = report.starts();
        assert_eq!(starts.len(), 1);
        assert!(!running(starts[0]), "the browser is closed all the same");
    }

    #[test]
    fn a_browser_that_cannot_start_is_said_for_every_page() {
        let report = Report::new(&[("index.html", "<p>x</p>"), ("labs/p/a.html", "<p>y</p>")]);
        Report::browser(&report.dir, "echo 'no display: cannot start' >&2\nexit 1");
        let problems = report.print(TIMEOUT, 2);
        assert_eq!(problems.len(), 2, "{problems:?}");
        for (_, message) in &problems {
            assert!(
                message.ends_with("chromium stopped as it started: no display: cannot start"),
                "{message}"
            );
        }
    }
}
