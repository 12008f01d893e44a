//! Any bytes as an input file: read as CSV or as a workbook of each kind, then recognised, with
//! every cell normalised. Run it with `fuzz/run` (see the README).
#![no_main]

use std::sync::OnceLock;

use labreport::config::Config;
use labreport::read::{self, Limits, Sheet};
use labreport::recognise::columns::HeaderIndex;
use labreport::recognise::{FileRecords, finish_file, recognise_sheet};
use labreport::recognise::values::{cell_text, date, email_key, has_text, name_key, rating, yes_no};
use libfuzzer_sys::fuzz_target;

thread_local! {
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// libFuzzer's panic hook aborts on every panic. Inside the reader guard labreport turns a
/// calamine panic into that file's error, so there the hook lets the panic unwind to
/// `catch_unwind`, as in production; a panic anywhere else still aborts and is a finding.
fn guard_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let libfuzzer = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !GUARDED.with(|g| g.get()) {
                libfuzzer(info);
            }
        }));
    });
}

fn setup() -> &'static (Config, HeaderIndex) {
    static SETUP: OnceLock<(Config, HeaderIndex)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        (config, index)
    })
}

/// Recognises one sheet and normalises every cell, as labreport does: unguarded, so that a
/// panic here is labreport's own and a finding.
fn recognise(sheet: &Sheet<'_>, out: &mut FileRecords) {
    let (config, index) = setup();
    recognise_sheet("fuzz", sheet, config, index, out);
    for cell in sheet.rows.iter().flatten() {
        let _ = yes_no(cell);
        let _ = rating(cell, config);
        let _ = email_key(cell);
        let _ = date(cell);
        assert_eq!(has_text(cell), cell_text(cell).is_some());
        if let Some(t) = cell_text(cell) {
            let _ = name_key([t.as_ref()]);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else { return };
    guard_hook();
    // Small limits keep each run fast; the limits themselves are under test too.
    let limits = Limits { max_rows: 5_000, max_cells: 200_000, ..Limits::default() };
    let mut out = FileRecords::default();
    match kind % 5 {
        // CSV is all our code and the csv crate: no guard, a panic is a bug to fix here.
        0 => {
            if let Ok(sheet) = read::read_csv_bytes(bytes, limits) {
                recognise(&sheet, &mut out);
            }
        }
        // Workbooks go through the same guard as in labreport: calamine parses untrusted
        // input. The sheets borrow the workbook (xlsx shared strings), so they are recognised
        // while it is open, with the guard off meanwhile.
        k => {
            let ext = ["xlsx", "xls", "ods", "xlsb"][usize::from(k - 1)];
            GUARDED.with(|g| g.set(true));
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                read::read_workbook_bytes(bytes, ext, limits, &mut |sheet| {
                    GUARDED.with(|g| g.set(false));
                    recognise(sheet, &mut out);
                    GUARDED.with(|g| g.set(true));
                })
            }));
            GUARDED.with(|g| g.set(false));
        }
    }
    finish_file("fuzz", &mut out);
});
