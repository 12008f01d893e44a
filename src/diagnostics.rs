//! Warnings with their place (file › sheet › cell), and the exit code they lead to.

use std::fmt;
use std::process::ExitCode;

/// "1 lab", "4 labs", "2 people": a count and its noun, for messages.
pub fn plural(n: u64, word: &str) -> String {
    match (n, word) {
        (1, _) => format!("1 {word}"),
        (_, "person") => format!("{n} people"),
        _ => format!("{n} {word}s"),
    }
}

/// Where something was found: `timisoara/2019-09-30-lll1/inscrieri.xlsx › Lista › D7`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// The file, relative to the inputs folder.
    pub file: String,
    pub sheet: Option<String>,
    /// Cells in A1 style, e.g. "D7" or "D7, D12 (+3 more)".
    pub cell: Option<String>,
}

impl Location {
    pub fn file(file: impl Into<String>) -> Location {
        Location {
            file: file.into(),
            sheet: None,
            cell: None,
        }
    }

    pub fn sheet(file: &str, sheet: Option<&str>) -> Location {
        Location {
            file: file.to_string(),
            sheet: sheet.map(str::to_string),
            cell: None,
        }
    }

    pub fn with_cell(mut self, cell: impl Into<String>) -> Location {
        self.cell = Some(cell.into());
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(sheet) = &self.sheet {
            write!(f, " › {sheet}")?;
        }
        if let Some(cell) = &self.cell {
            write!(f, " › {cell}")?;
        }
        Ok(())
    }
}

/// A problem with one input that did not stop the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub location: Location,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// The warnings of a run, in the order of the inputs.
#[derive(Debug, Default)]
pub struct Diagnostics {
    pub warnings: Vec<Warning>,
}

impl Diagnostics {
    pub fn warn(&mut self, location: Location, message: impl Into<String>) {
        self.warnings.push(Warning {
            location,
            message: message.into(),
        });
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.warnings.extend(other.warnings);
    }

    pub fn print(&self) {
        for w in &self.warnings {
            eprintln!("warning: {w}");
        }
    }
}

/// How a run that produced its output ended.
#[derive(Debug)]
pub struct Outcome {
    pub warnings: usize,
}

impl Outcome {
    /// 0 when every input was read cleanly, 2 when some had problems.
    pub fn exit_code(&self) -> ExitCode {
        if self.warnings == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(2)
        }
    }
}

/// The spreadsheet name of a 0-based column: 0 → A, 25 → Z, 26 → AA.
pub fn column_name(col: usize) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII")
}

/// The A1-style name of a 0-based cell: (6, 3) → D7.
pub fn cell_name(row: usize, col: usize) -> String {
    format!("{}{}", column_name(col), row + 1)
}

/// "line 3, column 7" for a byte offset into a text file (both 1-based, columns in characters).
pub fn line_column(text: &str, offset: usize) -> String {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("line {line}, column {column}")
}

/// "D7", "D7, D9", or "D7, D9, D12 (+3 more)" for a list of cells.
pub fn cell_list(cells: &[String]) -> String {
    const SHOWN: usize = 3;
    let mut s = cells
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if cells.len() > SHOWN {
        s.push_str(&format!(" (+{} more)", cells.len() - SHOWN));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(16383), "XFD");
        assert_eq!(cell_name(6, 3), "D7");
    }

    #[test]
    fn locations_read_file_sheet_cell() {
        let l = Location::sheet("t/lab/Inscrieri.xlsx", Some("Lista")).with_cell("B7");
        assert_eq!(l.to_string(), "t/lab/Inscrieri.xlsx › Lista › B7");
        assert_eq!(
            Location::file("t/lab/a.csv").with_cell("C2").to_string(),
            "t/lab/a.csv › C2"
        );
    }

    #[test]
    fn long_cell_lists_are_shortened() {
        let cells: Vec<String> = ["D7", "D9", "D12", "D13", "D20"].map(String::from).to_vec();
        assert_eq!(cell_list(&cells), "D7, D9, D12 (+2 more)");
        assert_eq!(cell_list(&cells[..2]), "D7, D9");
    }
}
