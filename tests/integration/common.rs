//! Fixture labs written by the tests, and running the binary on them.

use std::path::{Path, PathBuf};
use std::process::Command;

use rust_xlsxwriter::Workbook;
use serde_json::Value;

/// A temporary working folder holding `inputs/`.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

/// What a run printed and how it exited.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Fixture {
    pub fn new() -> Fixture {
        Fixture {
            dir: tempfile::tempdir().expect("a temp dir"),
        }
    }

    /// A copy of a committed fixture folder (`tests/fixtures/<name>`).
    pub fn copy_of(name: &str) -> Fixture {
        let f = Fixture::new();
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(name),
            f.path(),
        );
        f
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a text file at `rel` (creating folders).
    pub fn file(&self, rel: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, content).unwrap();
        path
    }

    /// Writes an xlsx with rust_xlsxwriter: each sheet a name and rows of cells; a cell that
    /// parses as a number is written as a number, an empty one is left out.
    pub fn xlsx(&self, rel: &str, sheets: &[(&str, &[&[&str]])]) -> PathBuf {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let mut wb = Workbook::new();
        for (name, rows) in sheets {
            let ws = wb.add_worksheet();
            ws.set_name(*name).unwrap();
            for (r, row) in rows.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    if cell.is_empty() {
                        continue;
                    }
                    match cell.parse::<f64>() {
                        Ok(n) => ws.write_number(r as u32, c as u16, n).unwrap(),
                        Err(_) => ws.write_string(r as u32, c as u16, *cell).unwrap(),
                    };
                }
            }
        }
        wb.save(&path).unwrap();
        path
    }

    /// Runs `labreport ARGS` in the fixture folder, with a fixed clock.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_env(args, &[])
    }

    /// `run`, with these environment variables set too.
    pub fn run_with_env(&self, args: &[&str], vars: &[(&str, &str)]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_labreport"))
            .args(args)
            .current_dir(self.path())
            .env("SOURCE_DATE_EPOCH", "1767225600")
            .envs(vars.iter().copied())
            .output()
            .expect("the binary runs");
        Run {
            code: out.status.code().expect("exited, not killed"),
            stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
            stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
        }
    }

    /// Runs `labreport build` and returns the run and the parsed summary.json.
    pub fn build(&self) -> (Run, Value) {
        let run = self.run(&["build"]);
        let text = std::fs::read_to_string(self.path().join("output/summary.json"))
            .unwrap_or_else(|e| panic!("no summary.json ({e}); the run said: {run:?}"));
        (
            run,
            serde_json::from_str(&text).expect("summary.json is JSON"),
        )
    }
}

/// The demo as the repo has it: `inputs/`, its `labreport.toml` and the logo that names.
pub fn demo_fixture() -> Fixture {
    let f = Fixture::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&root.join("inputs"), &f.path().join("inputs"));
    for file in ["labreport.toml", "logo.svg"] {
        std::fs::copy(root.join(file), f.path().join(file)).unwrap();
    }
    f
}

/// Every file under `dir`, by its path relative to it, with its bytes.
pub fn files_under(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Asserts that `text` (a run's output) holds each of `lines`, showing the text when not.
pub fn assert_has_lines(text: &str, lines: &[&str]) {
    for line in lines {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
}

/// `{"registered": r, "attended": a}` as the summary writes it.
pub fn counts(registered: u64, attended: Option<u64>) -> Value {
    serde_json::json!({"registered": registered, "attended": attended})
}

/// The stakeholder-type (or sector) breakdown with every key not named being zero.
pub fn breakdown(ids: &[&str], given: &[(&str, Value)], attended_known: bool) -> Value {
    let zero = counts(0, attended_known.then_some(0));
    let mut map = serde_json::Map::new();
    for id in ids.iter().chain(["unknown"].iter()) {
        map.insert(id.to_string(), zero.clone());
    }
    for (id, v) in given {
        assert!(map.contains_key(*id), "{id} is not a taxonomy id");
        map.insert(id.to_string(), v.clone());
    }
    Value::Object(map)
}

pub const TYPES: &[&str] = &[
    "local_authority",
    "education",
    "youth",
    "business",
    "business_support",
    "ecoc",
    "ngo",
    "other",
];
pub const SECTORS: &[&str] = &[
    "cultural_creative",
    "ict",
    "social_economy",
    "tourism",
    "public_sector",
    "education",
    "other",
];
