//! The read floor for the benchmark: opens every workbook under a folder with calamine and reads
//! every cell of every sheet, on all cores, and does nothing else. No report built from these
//! files can be faster than this.
//!
//!     cargo run --release --example read-floor -- bench/data/400x250

use std::path::{Path, PathBuf};

use calamine::{DataRef, Reader, Xlsx, open_workbook};
use rayon::prelude::*;

fn workbooks(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            workbooks(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "xlsx") {
            out.push(path);
        }
    }
    Ok(())
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: read-floor DIR");
    let mut files = Vec::new();
    workbooks(Path::new(&dir), &mut files).expect("the folder can be listed");
    let (cells, bytes) = files
        .par_iter()
        .map(|path| {
            let mut wb: Xlsx<_> = open_workbook(path).expect("a workbook");
            let mut cells = 0u64;
            let mut bytes = 0u64;
            for name in wb.sheet_names() {
                let mut reader = wb.worksheet_cells_reader(&name).expect("a sheet");
                while let Some(cell) = reader.next_cell().expect("a cell") {
                    cells += 1;
                    bytes += match cell.get_value() {
                        DataRef::SharedString(s) => s.len() as u64,
                        DataRef::String(s) => s.len() as u64,
                        _ => 8,
                    };
                }
            }
            (cells, bytes)
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!(
        "{} workbooks, {cells} cells, {bytes} bytes of values",
        files.len()
    );
}
