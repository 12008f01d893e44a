//! Reading input files into sheets of cells: workbooks with calamine, text with the csv crate.

mod csv;
mod workbook;

use std::path::Path;

/// A cell's value. Text borrows the workbook's shared strings (`SharedString`) where the
/// format has them, so that a sheet is not copied string by string before it is recognised;
/// CSV fields and inline strings are owned (`String`).
pub type Data<'a> = calamine::DataRef<'a>;

/// One sheet of a workbook, or a whole CSV file (which has no sheet name).
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet<'a> {
    pub name: Option<String>,
    /// Rows by their 0-based index in the file; cells by their 0-based column.
    pub rows: Vec<Vec<Data<'a>>>,
    /// Hidden in its workbook (a sheet its author put away): not read, and said.
    pub hidden: bool,
}

/// A megabyte, as messages and `[limits]` count them.
pub const MB: u64 = 1_000_000;

/// Bounds on what one sheet may hold, far above any real lab's, so that a malformed or
/// hostile file is refused instead of filling the memory.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Rows per sheet.
    pub max_rows: usize,
    /// Columns per sheet.
    pub max_columns: usize,
    /// Cells per sheet, counting the empty ones left of a value (what the memory holds).
    pub max_cells: usize,
    /// Bytes per file on disk.
    pub max_file_bytes: u64,
    /// Bytes a zipped workbook (xlsx, xlsb, ods) says it holds once unpacked.
    pub max_unpacked_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_rows: 100_000,
            max_columns: 16_384,
            max_cells: 4_000_000,
            max_file_bytes: 200 * MB,
            max_unpacked_bytes: 64 * MB,
        }
    }
}

/// Why a file could not be read; each message says what to do.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ReadError {
    #[error("cannot open it: {0}")]
    Io(String),
    #[error("the file is empty; export the lab's data again")]
    Empty,
    #[error(
        "labreport does not read .{0} files; save it as .xlsx or .csv (it reads xlsx, xlsm, xlsb, xls, ods, csv, tsv and txt, and CSV files in a zip)"
    )]
    Unsupported(String),
    #[error("it is named .{ext} but is {found}; export the spreadsheet again, or remove the file")]
    NotSpreadsheet { ext: String, found: &'static str },
    #[error("it is not text but {found}; export the data again as CSV, or remove the file")]
    NotText { found: &'static str },
    #[error(
        "it unpacks to {size} MB, over the {limit} MB limit (a real lab's workbook unpacks to a few MB): is this the right file? ([limits] max_unpacked_mb in labreport.toml)"
    )]
    Unpacked { size: u64, limit: u64 },
    #[error(
        "the workbook is password-protected; save an unprotected copy and put that in the lab folder"
    )]
    Password,
    #[error(
        "it is damaged or not a real {kind} workbook ({detail}); open it in Excel or LibreOffice and save it again"
    )]
    Corrupt { kind: &'static str, detail: String },
    #[error(
        "sheet {sheet} is too large ({what}); labreport's limit is {limit}: is this the right file?"
    )]
    TooLarge {
        sheet: String,
        what: String,
        limit: String,
    },
    #[error("the file is {size} MB, over the {limit} MB limit: is this the right file?")]
    FileTooLarge { size: u64, limit: u64 },
    #[error("{0}")]
    Csv(String),
    #[error(
        "reading it crashed the spreadsheet reader ({0}); open it in Excel or LibreOffice and save it again"
    )]
    Panic(String),
    #[error(
        "labreport failed while recognising it ({0}); this is a bug in labreport: please report it, with the file if you can share it"
    )]
    Internal(String),
}

/// What is done with each sheet of a file while the file is open.
pub type Visit<'v> = dyn for<'s> FnMut(&Sheet<'s>) + 'v;

/// Reads CSV (or other delimited text) from its bytes.
pub fn read_csv_bytes(bytes: &[u8], limits: Limits) -> Result<Sheet<'static>, ReadError> {
    csv::read_csv(bytes, limits)
}

/// Reads a workbook from its bytes, handing each sheet to `each` in the workbook's order;
/// `ext` names the format the file claims (xlsx, xls, ods…). On an error, sheets before the
/// broken one have been handed out already: the caller drops what it made of them.
pub fn read_workbook_bytes(
    bytes: &[u8],
    ext: &str,
    limits: Limits,
    each: &mut Visit<'_>,
) -> Result<(), ReadError> {
    workbook::read_workbook(bytes, ext, limits, each)
}

/// What a file that is not a workbook looks like, for messages.
pub(crate) fn describe(head: &[u8]) -> &'static str {
    if head.starts_with(b"\x89PNG") {
        "a PNG image"
    } else if head.starts_with(b"\xFF\xD8\xFF") {
        "a JPEG image"
    } else if head.starts_with(b"%PDF") {
        "a PDF document"
    } else if head.starts_with(b"GIF8") {
        "a GIF image"
    } else if head.starts_with(b"PK\x03\x04") {
        "a zip archive"
    } else if std::str::from_utf8(head).is_ok() || head.starts_with(b"\xEF\xBB\xBF") {
        let text = String::from_utf8_lossy(head).to_lowercase();
        if text.trim_start().starts_with('<') && text.contains("html") {
            "an HTML page"
        } else {
            "a text file (if it is a CSV export, name it .csv)"
        }
    } else {
        "binary data, not a spreadsheet"
    }
}

thread_local! {
    /// Set while a file is read, so that a reader panic is reported as that file's error
    /// instead of also printing Rust's panic message.
    static READING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Set while a sheet is handed to the caller: a panic then is labreport's own, not the
    /// reader's.
    static VISITING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Where labreport's own panic happened (file:line), for the message that asks for a
    /// bug report.
    static PANICKED_AT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

fn quiet_panics_while_reading() {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !READING.with(|r| r.get()) {
                default(info);
            } else if VISITING.with(|v| v.get()) {
                let at = info
                    .location()
                    .map(|l| format!("{}:{}", l.file(), l.line()));
                PANICKED_AT.with(|p| *p.borrow_mut() = at);
            }
        }));
    });
}

/// Reads every sheet of one input file, handing each to `each` while the file is open (its
/// cells borrow the workbook's strings). Never panics: a panic while the file is read becomes
/// an error. On an error, sheets before the broken one have been handed out already: the
/// caller drops what it made of them, so that a broken file costs the whole file.
pub fn read_file(path: &Path, limits: Limits, each: &mut Visit<'_>) -> Result<(), ReadError> {
    read_file_seeing(path, limits, each, &mut |_| {})
}

/// `read_file`, showing `seen` the file's bytes once they are read (so that a caller can hash
/// them without reading the file again); not called for a file that is not read.
pub fn read_file_seeing(
    path: &Path,
    limits: Limits,
    each: &mut Visit<'_>,
    seen: &mut dyn FnMut(&[u8]),
) -> Result<(), ReadError> {
    quiet_panics_while_reading();
    READING.with(|r| r.set(true));
    let mut visit = |sheet: &Sheet<'_>| {
        VISITING.with(|v| v.set(true));
        each(sheet);
        VISITING.with(|v| v.set(false));
    };
    let result = read_guarded(path, limits, &mut visit, seen);
    READING.with(|r| r.set(false));
    result
}

fn read_guarded(
    path: &Path,
    limits: Limits,
    each: &mut Visit<'_>,
    seen: &mut dyn FnMut(&[u8]),
) -> Result<(), ReadError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let size = std::fs::metadata(path)
        .map_err(|e| ReadError::Io(e.to_string()))?
        .len();
    if size == 0 {
        return Err(ReadError::Empty);
    }
    if size > limits.max_file_bytes {
        return Err(ReadError::FileTooLarge {
            size: size / MB,
            limit: limits.max_file_bytes / MB,
        });
    }
    let kind = match ext.as_str() {
        "csv" | "tsv" | "txt" | "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" | "zip" => ext.as_str(),
        other => {
            return Err(ReadError::Unsupported(if other.is_empty() {
                "(no extension)".into()
            } else {
                other.to_string()
            }));
        }
    };
    let bytes = std::fs::read(path).map_err(|e| ReadError::Io(e.to_string()))?;
    seen(&bytes);
    // `each` is the caller's and is dropped with the error if it panics (AssertUnwindSafe).
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match kind {
        "csv" | "tsv" | "txt" => {
            each(&csv::read_csv(&bytes, limits)?);
            Ok(())
        }
        "zip" => read_zipped_csv(&bytes, limits, each),
        _ => workbook::read_workbook(&bytes, &ext, limits, each),
    }));
    match result {
        Ok(r) => r,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".into());
            // Left set by a panic while the caller had a sheet.
            if VISITING.with(|v| v.replace(false)) {
                let at = PANICKED_AT.with(|p| p.borrow_mut().take());
                Err(ReadError::Internal(match at {
                    Some(at) => format!("{what}, at {at}"),
                    None => what,
                }))
            } else {
                Err(ReadError::Panic(what))
            }
        }
    }
}

/// The CSV files in a zip (a Padlet export downloads as one), each a sheet named by its path
/// in the zip; anything else in it is passed over.
fn read_zipped_csv(bytes: &[u8], limits: Limits, each: &mut Visit<'_>) -> Result<(), ReadError> {
    use std::io::Read;
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| ReadError::Corrupt {
            kind: "zip",
            detail: e.to_string(),
        })?;
    let mut total: u64 = 0;
    let mut names = Vec::new();
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| ReadError::Corrupt {
            kind: "zip",
            detail: e.to_string(),
        })?;
        total = total.saturating_add(entry.size());
        let name = entry
            .name()
            .map_err(|e| ReadError::Corrupt {
                kind: "zip",
                detail: e.to_string(),
            })?
            .to_string();
        let lower = name.to_lowercase();
        let hidden = name.starts_with("__MACOSX/")
            || name.rsplit('/').next().is_some_and(|n| n.starts_with('.'));
        if !entry.is_dir() && !hidden && (lower.ends_with(".csv") || lower.ends_with(".tsv")) {
            names.push((i, name));
        }
    }
    if total > limits.max_unpacked_bytes {
        return Err(ReadError::Unpacked {
            size: total / MB,
            limit: limits.max_unpacked_bytes / MB,
        });
    }
    if names.is_empty() {
        return Err(ReadError::Csv(
            "the zip holds no .csv file; unpack it and put the spreadsheet itself in the lab folder".into(),
        ));
    }
    for (i, name) in names {
        let mut entry = zip.by_index(i).map_err(|e| ReadError::Corrupt {
            kind: "zip",
            detail: e.to_string(),
        })?;
        let mut text = Vec::new();
        // The sizes were checked above; the reader is bounded by them once more.
        (&mut entry)
            .take(limits.max_unpacked_bytes)
            .read_to_end(&mut text)
            .map_err(|e| ReadError::Corrupt {
                kind: "zip",
                detail: e.to_string(),
            })?;
        let mut sheet = csv::read_csv(&text, limits)?;
        sheet.name = Some(name);
        each(&sheet);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_a_sheet_is_recognised_is_labreports_own_not_the_readers() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.csv");
        std::fs::write(&path, "Email\na@x.org\n").unwrap();
        let line = line!() + 1;
        let err = read_file(&path, Limits::default(), &mut |_| panic!("boom")).unwrap_err();
        // Where it panicked, for the bug report.
        let what = format!("boom, at src/read/mod.rs:{line}");
        assert_eq!(err, ReadError::Internal(what.clone()));
        assert_eq!(
            err.to_string(),
            format!(
                "labreport failed while recognising it ({what}); this is a bug in labreport: please report it, with the file if you can share it"
            )
        );
        assert!(!VISITING.with(|v| v.get()), "the flag is left set");
        // The next file on this thread is read as usual.
        let mut rows = 0;
        read_file(&path, Limits::default(), &mut |s| rows += s.rows.len()).unwrap();
        assert_eq!(rows, 2);
    }
}
