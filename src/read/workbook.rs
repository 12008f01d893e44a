//! Workbooks (xlsx, xlsm, xlsb, xls, ods) with calamine.
//!
//! The reader is chosen by the file's first bytes, not only its name, so that a file saved
//! under the wrong extension is still read and a file that is no workbook gets a real reason.
//! xlsx and xlsb sheets are streamed cell by cell and stopped at the cell limit, never
//! allocated as one dense rectangle (see CRATES.md on `worksheet_range`).

use std::io::Cursor;

use calamine::{
    DataRef, Ods, OdsError, Reader, SheetVisible, Xls, XlsError, Xlsb, XlsbError, Xlsx, XlsxError,
};

use super::{Data, Limits, ReadError, Sheet, Visit, describe};

type Bytes<'a> = Cursor<&'a [u8]>;

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads a workbook from its bytes, handing each sheet to `each`; `ext` is the file's
/// extension, lower case.
pub fn read_workbook(
    bytes: &[u8],
    ext: &str,
    limits: Limits,
    each: &mut Visit<'_>,
) -> Result<(), ReadError> {
    let head = &bytes[..bytes.len().min(512)];
    let open = || Cursor::new(bytes);
    if head.starts_with(ZIP) {
        check_unpacked_size(bytes, limits)?;
        match ext {
            "ods" => read_ods(open(), limits, each),
            "xlsb" => read_xlsb(open(), limits, each),
            // An xlsx saved as .xls still opens in Excel; read it as what it is.
            _ => read_xlsx(open(), limits, each),
        }
    } else if head.starts_with(OLE) {
        // An OLE container is a legacy .xls, or an encrypted (password-protected) xlsx.
        match Xlsx::new(open()) {
            Err(XlsxError::Password) => Err(ReadError::Password),
            _ => read_xls(open(), limits, each),
        }
    } else {
        Err(ReadError::NotSpreadsheet {
            ext: ext.to_string(),
            found: describe(head),
        })
    }
}

/// Refuses a zip whose entries say they unpack to more than the limit (a "zip bomb"), before
/// anything is unpacked. Entries can lie about their size; the row and cell limits while
/// streaming are the second line.
fn check_unpacked_size(bytes: &[u8], limits: Limits) -> Result<(), ReadError> {
    let mut zip = match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(z) => z,
        // Let the workbook reader say what is wrong with it.
        Err(_) => return Ok(()),
    };
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        if let Ok(entry) = zip.by_index_raw(i) {
            total = total.saturating_add(entry.size());
        }
    }
    if total > limits.max_unpacked_bytes {
        return Err(ReadError::Unpacked {
            size: total / super::MB,
            limit: limits.max_unpacked_bytes / super::MB,
        });
    }
    Ok(())
}

/// The names of a workbook's hidden sheets (hidden, or "very hidden" by a macro).
fn hidden_sheets(sheets: &[calamine::Sheet]) -> Vec<String> {
    sheets
        .iter()
        .filter(|s| s.visible != SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect()
}

fn corrupt(kind: &'static str, detail: impl ToString) -> ReadError {
    ReadError::Corrupt {
        kind,
        detail: detail.to_string(),
    }
}

fn xlsx_error(e: XlsxError) -> ReadError {
    match e {
        XlsxError::Password => ReadError::Password,
        XlsxError::Zip(_) => corrupt("xlsx", "its zip container is broken or truncated"),
        other => corrupt("xlsx", other),
    }
}

/// Each sheet is streamed into a grid of values that borrow the workbook's shared strings,
/// handed out, and dropped before the next sheet is read.
fn read_xlsx(reader: Bytes<'_>, limits: Limits, each: &mut Visit<'_>) -> Result<(), ReadError> {
    let mut wb = Xlsx::new(reader).map_err(xlsx_error)?;
    let hidden = hidden_sheets(wb.sheets_metadata());
    for name in wb.sheet_names() {
        let cells = wb.worksheet_cells_reader(&name).map_err(xlsx_error)?;
        let mut sheet = xlsx_sheet(cells, &name, limits)?;
        sheet.hidden = hidden.contains(&name);
        each(&sheet);
    }
    Ok(())
}

/// One xlsx sheet's cells into a grid.
#[inline(never)]
fn xlsx_sheet<'a>(
    mut cells: calamine::XlsxCellReader<'a, Bytes<'_>>,
    name: &str,
    limits: Limits,
) -> Result<Sheet<'a>, ReadError> {
    let mut grid = Grid::new(name, limits);
    while let Some(cell) = cells.next_cell().map_err(xlsx_error)? {
        let (row, col) = cell.get_position();
        grid.put(row as usize, col as usize, cell.get_value().clone())?;
    }
    Ok(grid.finish())
}

fn read_xlsb(reader: Bytes<'_>, limits: Limits, each: &mut Visit<'_>) -> Result<(), ReadError> {
    let err = |e: XlsbError| match e {
        XlsbError::Password => ReadError::Password,
        other => corrupt("xlsb", other),
    };
    let mut wb = Xlsb::new(reader).map_err(err)?;
    let hidden = hidden_sheets(wb.sheets_metadata());
    for name in wb.sheet_names() {
        let mut cells = wb.worksheet_cells_reader(&name).map_err(err)?;
        let mut grid = Grid::new(&name, limits);
        while let Some(cell) = cells.next_cell().map_err(err)? {
            let (row, col) = cell.get_position();
            grid.put(row as usize, col as usize, cell.get_value().clone())?;
        }
        let mut sheet = grid.finish();
        sheet.hidden = hidden.contains(&name);
        each(&sheet);
    }
    Ok(())
}

fn read_xls(reader: Bytes<'_>, limits: Limits, each: &mut Visit<'_>) -> Result<(), ReadError> {
    read_dense::<Xls<_>>(reader, limits, each, |e| match e {
        XlsError::Password => ReadError::Password,
        other => corrupt("xls", other),
    })
}

fn read_ods(reader: Bytes<'_>, limits: Limits, each: &mut Visit<'_>) -> Result<(), ReadError> {
    read_dense::<Ods<_>>(reader, limits, each, |e| match e {
        OdsError::Password => ReadError::Password,
        other => corrupt("ods", other),
    })
}

/// xls and ods: calamine parses the whole workbook when it opens it (the file size limit
/// bounds that), then hands out each sheet as a range, whose text the sheet borrows.
fn read_dense<'a, R: Reader<Bytes<'a>>>(
    reader: Bytes<'a>,
    limits: Limits,
    each: &mut Visit<'_>,
    err: impl Fn(R::Error) -> ReadError,
) -> Result<(), ReadError> {
    let mut wb = R::new(reader).map_err(&err)?;
    let hidden = hidden_sheets(wb.sheets_metadata());
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).map_err(&err)?;
        let mut sheet = from_range(&name, &range, limits)?;
        sheet.hidden = hidden.contains(&name);
        each(&sheet);
    }
    Ok(())
}

fn from_range<'r>(
    name: &str,
    range: &'r calamine::Range<calamine::Data>,
    limits: Limits,
) -> Result<Sheet<'r>, ReadError> {
    let mut grid = Grid::new(name, limits);
    if let Some((row0, col0)) = range.start() {
        for (i, row) in range.rows().enumerate() {
            for (j, value) in row.iter().enumerate() {
                if !matches!(value, calamine::Data::Empty) {
                    grid.put(row0 as usize + i, col0 as usize + j, borrowed(value))?;
                }
            }
        }
    }
    Ok(grid.finish())
}

/// A value of a range as a cell that borrows its text.
fn borrowed(value: &calamine::Data) -> Data<'_> {
    use calamine::Data as Owned;
    match value {
        Owned::Int(i) => DataRef::Int(*i),
        Owned::Float(f) => DataRef::Float(*f),
        Owned::String(s) => DataRef::SharedString(s),
        Owned::Bool(b) => DataRef::Bool(*b),
        Owned::DateTime(d) => DataRef::DateTime(*d),
        Owned::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Owned::DurationIso(s) => DataRef::DurationIso(s.clone()),
        Owned::Error(e) => DataRef::Error(e.clone()),
        Owned::Empty => DataRef::Empty,
    }
}

/// A sheet being filled cell by cell, refusing to grow past the limits.
struct Grid<'a> {
    name: String,
    limits: Limits,
    rows: Vec<Vec<Data<'a>>>,
    slots: usize,
    /// The widest row so far.
    width: usize,
}

impl<'a> Grid<'a> {
    fn new(name: &str, limits: Limits) -> Grid<'a> {
        Grid {
            name: name.to_string(),
            limits,
            rows: Vec::new(),
            slots: 0,
            width: 0,
        }
    }

    fn put(&mut self, row: usize, col: usize, value: Data<'a>) -> Result<(), ReadError> {
        if matches!(value, DataRef::Empty) {
            return Ok(());
        }
        if row >= self.limits.max_rows {
            return Err(ReadError::TooLarge {
                sheet: self.name.clone(),
                what: format!("a value in row {}", row + 1),
                limit: format!("{} rows", self.limits.max_rows),
            });
        }
        if col >= self.limits.max_columns {
            return Err(ReadError::TooLarge {
                sheet: self.name.clone(),
                what: format!("a value in column {}", crate::diagnostics::column_name(col)),
                limit: format!("{} columns", self.limits.max_columns),
            });
        }
        if self.rows.len() <= row {
            // Rows are mostly as wide as the widest so far: one allocation each, not one per
            // doubling as the row's cells arrive. Capped, so that one very wide row in a
            // hostile file does not reserve that width for every row after it.
            let width = self.width.min(64);
            self.rows.resize_with(row + 1, || Vec::with_capacity(width));
        }
        let cells = &mut self.rows[row];
        if cells.len() <= col {
            self.slots += col + 1 - cells.len();
            if self.slots > self.limits.max_cells {
                return Err(ReadError::TooLarge {
                    sheet: self.name.clone(),
                    what: format!("over {} cells", self.limits.max_cells),
                    limit: format!("{} cells", self.limits.max_cells),
                });
            }
            // Cells mostly arrive left to right: the gap before this one, then this one.
            if cells.len() < col {
                cells.resize(col, DataRef::Empty);
            }
            cells.push(value);
            self.width = self.width.max(col + 1);
        } else {
            cells[col] = value;
        }
        Ok(())
    }

    fn finish(self) -> Sheet<'a> {
        Sheet {
            name: Some(self.name),
            rows: self.rows,
            hidden: false,
        }
    }
}
