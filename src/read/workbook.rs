//! Workbooks (xlsx, xlsm, xlsb, xls, ods) with calamine.
//!
//! The reader is chosen by the file's first bytes, not only its name, so that a file saved
//! under the wrong extension is still read and a file that is no workbook gets a real reason.
//! xlsx and xlsb sheets are streamed cell by cell and stopped at the cell limit, never
//! allocated as one dense rectangle (see CRATES.md on `worksheet_range`).

use std::io::Cursor;

use calamine::{
    Data, DataRef, Ods, OdsError, Reader, Xls, XlsError, Xlsb, XlsbError, Xlsx, XlsxError,
};

use super::{Limits, ReadError, Sheet, describe};

type Bytes<'a> = Cursor<&'a [u8]>;

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads a workbook from its bytes; `ext` is the file's extension, lower case.
pub fn read_workbook(bytes: &[u8], ext: &str, limits: Limits) -> Result<Vec<Sheet>, ReadError> {
    let head = &bytes[..bytes.len().min(512)];
    let open = || Cursor::new(bytes);
    if head.starts_with(ZIP) {
        check_unpacked_size(bytes, limits)?;
        match ext {
            "ods" => read_ods(open(), limits),
            "xlsb" => read_xlsb(open(), limits),
            // An xlsx saved as .xls still opens in Excel; read it as what it is.
            _ => read_xlsx(open(), limits),
        }
    } else if head.starts_with(OLE) {
        // An OLE container is a legacy .xls, or an encrypted (password-protected) xlsx.
        match Xlsx::new(open()) {
            Err(XlsxError::Password) => Err(ReadError::Password),
            _ => read_xls(open(), limits),
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

fn read_xlsx(reader: Bytes<'_>, limits: Limits) -> Result<Vec<Sheet>, ReadError> {
    let mut wb = Xlsx::new(reader).map_err(xlsx_error)?;
    let mut sheets = Vec::new();
    for name in wb.sheet_names() {
        let mut cells = wb.worksheet_cells_reader(&name).map_err(xlsx_error)?;
        let mut grid = Grid::new(&name, limits);
        while let Some(cell) = cells.next_cell().map_err(xlsx_error)? {
            let (row, col) = cell.get_position();
            grid.put(row as usize, col as usize, owned(cell.get_value()))?;
        }
        sheets.push(grid.finish());
    }
    Ok(sheets)
}

fn read_xlsb(reader: Bytes<'_>, limits: Limits) -> Result<Vec<Sheet>, ReadError> {
    let err = |e: XlsbError| match e {
        XlsbError::Password => ReadError::Password,
        other => corrupt("xlsb", other),
    };
    let mut wb = Xlsb::new(reader).map_err(err)?;
    let mut sheets = Vec::new();
    for name in wb.sheet_names() {
        let mut cells = wb.worksheet_cells_reader(&name).map_err(err)?;
        let mut grid = Grid::new(&name, limits);
        while let Some(cell) = cells.next_cell().map_err(err)? {
            let (row, col) = cell.get_position();
            grid.put(row as usize, col as usize, owned(cell.get_value()))?;
        }
        sheets.push(grid.finish());
    }
    Ok(sheets)
}

fn read_xls(reader: Bytes<'_>, limits: Limits) -> Result<Vec<Sheet>, ReadError> {
    read_dense::<Xls<_>>(reader, limits, |e| match e {
        XlsError::Password => ReadError::Password,
        other => corrupt("xls", other),
    })
}

fn read_ods(reader: Bytes<'_>, limits: Limits) -> Result<Vec<Sheet>, ReadError> {
    read_dense::<Ods<_>>(reader, limits, |e| match e {
        OdsError::Password => ReadError::Password,
        other => corrupt("ods", other),
    })
}

/// xls and ods: calamine parses the whole workbook when it opens it (the file size limit
/// bounds that), then hands out each sheet as a range.
fn read_dense<'a, R: Reader<Bytes<'a>>>(
    reader: Bytes<'a>,
    limits: Limits,
    err: impl Fn(R::Error) -> ReadError,
) -> Result<Vec<Sheet>, ReadError> {
    let mut wb = R::new(reader).map_err(&err)?;
    let mut sheets = Vec::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).map_err(&err)?;
        sheets.push(from_range(&name, &range, limits)?);
    }
    Ok(sheets)
}

fn from_range(
    name: &str,
    range: &calamine::Range<Data>,
    limits: Limits,
) -> Result<Sheet, ReadError> {
    let mut grid = Grid::new(name, limits);
    if let Some((row0, col0)) = range.start() {
        for (i, row) in range.rows().enumerate() {
            for (j, value) in row.iter().enumerate() {
                if !matches!(value, Data::Empty) {
                    grid.put(row0 as usize + i, col0 as usize + j, value.clone())?;
                }
            }
        }
    }
    Ok(grid.finish())
}

fn owned(value: &DataRef<'_>) -> Data {
    match value {
        DataRef::Int(i) => Data::Int(*i),
        DataRef::Float(f) => Data::Float(*f),
        DataRef::String(s) => Data::String(s.clone()),
        DataRef::SharedString(s) => Data::String((*s).to_string()),
        DataRef::Bool(b) => Data::Bool(*b),
        DataRef::DateTime(d) => Data::DateTime(*d),
        DataRef::DateTimeIso(s) => Data::DateTimeIso(s.clone()),
        DataRef::DurationIso(s) => Data::DurationIso(s.clone()),
        DataRef::Error(e) => Data::Error(e.clone()),
        DataRef::Empty => Data::Empty,
    }
}

/// A sheet being filled cell by cell, refusing to grow past the limits.
struct Grid {
    name: String,
    limits: Limits,
    rows: Vec<Vec<Data>>,
    slots: usize,
    /// The widest row so far.
    width: usize,
}

impl Grid {
    fn new(name: &str, limits: Limits) -> Grid {
        Grid {
            name: name.to_string(),
            limits,
            rows: Vec::new(),
            slots: 0,
            width: 0,
        }
    }

    fn put(&mut self, row: usize, col: usize, value: Data) -> Result<(), ReadError> {
        if matches!(value, Data::Empty) {
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
            cells.resize(col, Data::Empty);
            cells.push(value);
            self.width = self.width.max(col + 1);
        } else {
            cells[col] = value;
        }
        Ok(())
    }

    fn finish(self) -> Sheet {
        Sheet {
            name: Some(self.name),
            rows: self.rows,
        }
    }
}
