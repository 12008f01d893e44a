//! Reading input files into sheets of cells: workbooks with calamine, text with the csv crate.

mod csv;
mod workbook;

use std::path::Path;

pub use calamine::Data;

/// One sheet of a workbook, or a whole CSV file (which has no sheet name).
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: Option<String>,
    /// Rows by their 0-based index in the file; cells by their 0-based column.
    pub rows: Vec<Vec<Data>>,
}

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
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_rows: 100_000,
            max_columns: 16_384,
            max_cells: 4_000_000,
            max_file_bytes: 200 * 1024 * 1024,
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
        "labreport does not read .{0} files; save it as .xlsx or .csv (it reads xlsx, xlsm, xlsb, xls, ods, csv, tsv and txt)"
    )]
    Unsupported(String),
    #[error("it is named .{ext} but is {found}; export the spreadsheet again, or remove the file")]
    NotSpreadsheet { ext: String, found: &'static str },
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
}

/// Reads every sheet of one input file. Never panics: a reader panic becomes an error.
pub fn read_file(path: &Path, limits: Limits) -> Result<Vec<Sheet>, ReadError> {
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
            size: size / (1024 * 1024),
            limit: limits.max_file_bytes / (1024 * 1024),
        });
    }
    let result = std::panic::catch_unwind(|| match ext.as_str() {
        "csv" | "tsv" | "txt" => {
            let bytes = std::fs::read(path).map_err(|e| ReadError::Io(e.to_string()))?;
            csv::read_csv(&bytes, limits).map(|s| vec![s])
        }
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => workbook::read_workbook(path, &ext, limits),
        other => Err(ReadError::Unsupported(if other.is_empty() {
            "(no extension)".into()
        } else {
            other.to_string()
        })),
    });
    match result {
        Ok(r) => r,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".into());
            Err(ReadError::Panic(what))
        }
    }
}
