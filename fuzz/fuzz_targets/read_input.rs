//! Any bytes as an input file: read as CSV or as a workbook of each kind, then recognised, with
//! every cell normalised. Run it with `fuzz/run` (see the README).
#![no_main]

use std::sync::OnceLock;

use labreport::config::Config;
use labreport::read::{self, Limits};
use labreport::recognise::columns::HeaderIndex;
use labreport::recognise::recognise_file;
use labreport::recognise::values::{cell_text, email_key, name_key, rating, yes_no};
use libfuzzer_sys::fuzz_target;

fn setup() -> &'static (Config, HeaderIndex) {
    static SETUP: OnceLock<(Config, HeaderIndex)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        (config, index)
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else { return };
    let (config, index) = setup();
    // Small limits keep each run fast; the limits themselves are under test too.
    let limits = Limits { max_rows: 5_000, max_cells: 200_000, ..Limits::default() };
    let sheets = match kind % 5 {
        // CSV is all our code and the csv crate: no guard, a panic is a bug to fix here.
        0 => read::read_csv_bytes(bytes, limits).map(|s| vec![s]),
        // Workbooks go through the same guard as in labreport: calamine parses untrusted input.
        k => {
            let ext = ["xlsx", "xls", "ods", "xlsb"][usize::from(k - 1)];
            match std::panic::catch_unwind(|| read::read_workbook_bytes(bytes, ext, limits)) {
                Ok(result) => result,
                Err(_) => return,
            }
        }
    };
    let Ok(sheets) = sheets else { return };
    let _ = recognise_file("fuzz", &sheets, config, index);
    for cell in sheets.iter().flat_map(|s| &s.rows).flatten() {
        let _ = yes_no(cell);
        let _ = rating(cell, config);
        let _ = email_key(cell);
        if let Some(t) = cell_text(cell) {
            let _ = name_key([t.as_ref()]);
        }
    }
});
