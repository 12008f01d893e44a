//! Any bytes as an input file: read as CSV or as a workbook of each kind, then recognised, with
//! every cell normalised. Run it with `fuzz/run` (see the README).
#![no_main]

use std::sync::OnceLock;

use labreport::config::Config;
use labreport::read::{self, Data, Limits, Sheet};
use labreport::recognise::columns::HeaderIndex;
use labreport::recognise::recognise_file;
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

/// A sheet whose text no longer borrows the workbook.
fn owned(sheet: &Sheet<'_>) -> Sheet<'static> {
    let cell = |d: &Data<'_>| match d {
        Data::SharedString(s) => Data::String(s.to_string()),
        Data::Int(i) => Data::Int(*i),
        Data::Float(f) => Data::Float(*f),
        Data::String(s) => Data::String(s.clone()),
        Data::Bool(b) => Data::Bool(*b),
        Data::DateTime(d) => Data::DateTime(*d),
        Data::DateTimeIso(s) => Data::DateTimeIso(s.clone()),
        Data::DurationIso(s) => Data::DurationIso(s.clone()),
        Data::Error(e) => Data::Error(e.clone()),
        Data::Empty => Data::Empty,
    };
    Sheet {
        name: sheet.name.clone(),
        rows: sheet.rows.iter().map(|r| r.iter().map(cell).collect()).collect(),
    }
}

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
    guard_hook();
    let (config, index) = setup();
    // Small limits keep each run fast; the limits themselves are under test too.
    let limits = Limits { max_rows: 5_000, max_cells: 200_000, ..Limits::default() };
    let sheets = match kind % 5 {
        // CSV is all our code and the csv crate: no guard, a panic is a bug to fix here.
        0 => read::read_csv_bytes(bytes, limits).map(|s| vec![s]),
        // Workbooks go through the same guard as in labreport: calamine parses untrusted input.
        // The sheets are copied out of the guard, so that recognising them below runs
        // unguarded: a panic there is labreport's own and a finding.
        k => {
            let ext = ["xlsx", "xls", "ods", "xlsb"][usize::from(k - 1)];
            let mut sheets = Vec::new();
            GUARDED.with(|g| g.set(true));
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                read::read_workbook_bytes(bytes, ext, limits, &mut |sheet| sheets.push(owned(sheet)))
            }));
            GUARDED.with(|g| g.set(false));
            match result {
                Ok(result) => result.map(|()| sheets),
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
        let _ = date(cell);
        assert_eq!(has_text(cell), cell_text(cell).is_some());
        if let Some(t) = cell_text(cell) {
            let _ = name_key([t.as_ref()]);
        }
    }
});
