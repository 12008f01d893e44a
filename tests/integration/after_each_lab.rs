//! Runs after each lab: manifest.json, what a run adds (new, changed and gone labs, told on
//! stdout, at the top of the index and in its labs table, and by `check`), silence when there
//! is nothing to say, one run at a time per output folder, and the systemd units.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::{Fixture, demo_fixture};

use crate::common::files_under as tree;

fn two_labs() -> Fixture {
    let f = Fixture::new();
    f.file(
        "inputs/matera/2020-11-05-lll1/registrations.csv",
        "Email,Stakeholder type\na@x.org,NGO\nb@x.org,Start-up\n",
    );
    f.file(
        "inputs/matera/2020-11-05-lll1/lab.toml",
        "partner = \"Matera\"\ntitle = \"Primo laboratorio\"\n",
    );
    f.file(
        "inputs/kaunas/2020-06-01-lll1/registrations.csv",
        "Email,Stakeholder type\nc@x.org,NGO\n",
    );
    f
}

fn index(f: &Fixture) -> String {
    std::fs::read_to_string(f.path().join("output/index.html")).unwrap()
}

/// The sentences at the top of the index.
fn index_news(f: &Fixture) -> Vec<String> {
    let html = index(f);
    let Some(block) = html.split("<div class=\"changes\">").nth(1) else {
        return Vec::new();
    };
    block
        .split("</div>")
        .next()
        .unwrap()
        .split("<p>")
        .skip(1)
        .map(|p| p.split("</p>").next().unwrap().to_string())
        .collect()
}

/// The labs table's marks: (lab title, mark).
fn marks(f: &Fixture) -> Vec<(String, String)> {
    let html = index(f);
    let table = html.split("id=\"labs-h\"").nth(1).unwrap();
    table
        .split("<th scope=\"row\">")
        .skip(1)
        .filter_map(|row| {
            let title = row.split("\">").nth(1)?.split("</a>").next()?.to_string();
            let mark = row
                .split("<strong class=\"mark\">")
                .nth(1)?
                .split("</strong>")
                .next()?
                .to_string();
            Some((title, mark))
        })
        .collect()
}

#[test]
fn a_second_run_on_unchanged_inputs_says_nothing_and_writes_byte_identical_files() {
    let f = demo_fixture();
    let first = f.run(&["build"]);
    assert_eq!(first.code, 0, "{first:?}");
    // A first report tells no news; off a terminal a clean run prints nothing at all.
    assert_eq!((first.stdout.as_str(), first.stderr.as_str()), ("", ""));
    let before = tree(&f.path().join("output"));
    assert!(before.contains_key(Path::new("manifest.json")));
    let second = f.run(&["build"]);
    assert_eq!(second.code, 0, "{second:?}");
    assert_eq!((second.stdout.as_str(), second.stderr.as_str()), ("", ""));
    let after = tree(&f.path().join("output"));
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &before {
        assert!(after[path] == *bytes, "{} differs", path.display());
    }
    let check = f.run(&["check"]);
    assert!(
        check
            .stdout
            .contains("\nnothing new since the report in output\n"),
        "{}",
        check.stdout
    );
}

#[test]
fn the_manifest_names_every_input_with_its_hash_size_roles_and_scrubbed_warnings() {
    let f = two_labs();
    // A label that matches nothing: a warning, whose quoted words stay out of the manifest.
    f.file(
        "inputs/kaunas/2020-06-01-lll1/registrations.csv",
        "Email,Stakeholder type\nc@x.org,Ona Petraitienė\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 2, "{run:?}");
    let text = std::fs::read_to_string(f.path().join("output/manifest.json")).unwrap();
    let m: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(m["schema"], "labreport-manifest/1");
    assert_eq!(m["generated_at"], "2026-01-01T00:00:00Z");
    let reg = "Email,Stakeholder type\nc@x.org,Ona Petraitienė\n";
    let kaunas = &m["inputs"]["kaunas/2020-06-01-lll1/registrations.csv"];
    // sha256 of the bytes, worked out by the system's own tool.
    let sha = Command::new("sha256sum")
        .arg(
            f.path()
                .join("inputs/kaunas/2020-06-01-lll1/registrations.csv"),
        )
        .output()
        .unwrap();
    let sha = String::from_utf8(sha.stdout).unwrap();
    assert_eq!(kaunas["sha256"], sha.split_whitespace().next().unwrap());
    assert_eq!(kaunas["size"], reg.len());
    assert_eq!(kaunas["roles"], serde_json::json!(["registrations"]));
    assert_eq!(
        kaunas["warnings"],
        serde_json::json!([
            "B2: stakeholder type \"…\" matches no stakeholder type alias; counted as unknown (add it to the aliases in labreport.toml)"
        ])
    );
    assert!(!text.contains("Petraitien") && !text.contains("c@x.org"));
    assert_eq!(
        m["inputs"]["matera/2020-11-05-lll1/lab.toml"]["roles"],
        serde_json::json!(["lab.toml"])
    );
    assert_eq!(
        m["labs"]["matera/2020-11-05-lll1"]["inputs"],
        serde_json::json!([
            "matera/2020-11-05-lll1/lab.toml",
            "matera/2020-11-05-lll1/registrations.csv"
        ])
    );
    assert_eq!(
        m["labs"]["matera/2020-11-05-lll1"]["name"],
        "Matera, 2020-11-05"
    );
}

#[test]
fn a_lab_added_a_file_edited_and_a_lab_removed_are_each_reported_exactly() {
    let f = two_labs();
    assert_eq!(f.run(&["build"]).code, 0);

    // A new lab.
    f.file(
        "inputs/rijeka/2021-03-18-lll2/registrations.csv",
        "Email,Stakeholder type\nd@x.org,NGO\n",
    );
    let check = f.run(&["check"]);
    assert!(
        check.stdout.contains(
            "\na build would change the report in output:\n  New in this report: Rijeka, 2021-03-18.\n"
        ),
        "{}",
        check.stdout
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "New in this report: Rijeka, 2021-03-18.\n");
    assert_eq!(run.stderr, "");
    assert_eq!(index_news(&f), ["New in this report: Rijeka, 2021-03-18."]);
    assert_eq!(
        marks(&f),
        [("2021-03-18-lll2".to_string(), "New".to_string())]
    );

    // A file of a lab edited, and a feedback file added to it.
    f.file(
        "inputs/matera/2020-11-05-lll1/registrations.csv",
        "Email,Stakeholder type\na@x.org,NGO\nb@x.org,Start-up\ne@x.org,NGO\n",
    );
    f.file(
        "inputs/matera/2020-11-05-lll1/feedback.csv",
        "Timestamp,Overall satisfaction\n2020-11-05 12:00,4\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        run.stdout,
        "Changed: Matera, 2020-11-05 (feedback file added; registrations file edited).\n"
    );
    assert_eq!(
        marks(&f),
        [("Primo laboratorio".to_string(), "Changed".to_string())]
    );

    // A lab removed.
    std::fs::remove_dir_all(f.path().join("inputs/kaunas")).unwrap();
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "No longer in the report: Kaunas, 2020-06-01.\n");
    assert_eq!(
        index_news(&f),
        ["No longer in the report: Kaunas, 2020-06-01."]
    );
    assert!(marks(&f).is_empty());

    // --quiet says none of it.
    f.file(
        "inputs/kaunas/2020-06-01-lll1/registrations.csv",
        "Email,Stakeholder type\nc@x.org,NGO\n",
    );
    let run = f.run(&["build", "--quiet"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""));
    assert_eq!(index_news(&f), ["New in this report: Kaunas, 2020-06-01."]);
}

#[test]
fn a_run_that_cannot_take_the_lock_waits_then_exits_1_naming_the_holder_and_writes_nothing() {
    let f = two_labs();
    assert_eq!(f.run(&["build"]).code, 0);
    let before = tree(&f.path().join("output"));
    // This test process holds the lock, as a running build would.
    let lock_path = f.path().join(".output.lock");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(true)
        .write(true)
        .open(&lock_path)
        .unwrap();
    use std::io::Write;
    use std::os::fd::AsRawFd;
    assert_eq!(
        unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) },
        0
    );
    writeln!(&lock, "{}", std::process::id()).unwrap();
    f.file(
        "inputs/rijeka/2021-03-18-lll2/registrations.csv",
        "Email,Stakeholder type\nd@x.org,NGO\n",
    );
    let start = std::time::Instant::now();
    let run = f.run(&["build", "--wait", "1"]);
    assert!(start.elapsed() >= std::time::Duration::from_secs(1));
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(
        run.stderr,
        format!(
            "error: another labreport run (process {}) is writing output (its lock: ./.output.lock); this run waited 1 s for it (--wait) and wrote nothing: run again when it has finished\n",
            std::process::id()
        )
    );
    assert!(
        tree(&f.path().join("output")) == before,
        "the report changed"
    );
    drop(lock);
    let run = f.run(&["build", "--wait", "1"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "New in this report: Rijeka, 2021-03-18.\n");
}

/// A manifest with its inputs' modification times left out.
fn without_times(json: &[u8]) -> serde_json::Value {
    let mut m: serde_json::Value = serde_json::from_slice(json).unwrap();
    for input in m["inputs"].as_object_mut().unwrap().values_mut() {
        input.as_object_mut().unwrap().remove("modified");
    }
    m
}

#[test]
fn two_builds_into_one_output_at_once_never_mix_their_files() {
    // What one build alone writes.
    let reference = demo_fixture();
    assert_eq!(reference.run(&["build"]).code, 0);
    let expected = tree(&reference.path().join("output"));

    let f = demo_fixture();
    for round in 0..3 {
        let spawn = || {
            Command::new(env!("CARGO_BIN_EXE_labreport"))
                .arg("build")
                .current_dir(f.path())
                .env("SOURCE_DATE_EPOCH", "1767225600")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        for child in [a, b] {
            let out = child.wait_with_output().unwrap();
            assert_eq!(out.status.code(), Some(0), "{out:?}");
            assert_eq!(out.stderr, b"", "round {round}");
        }
        let got = tree(&f.path().join("output"));
        assert_eq!(
            got.keys().collect::<Vec<_>>(),
            expected.keys().collect::<Vec<_>>(),
            "round {round}"
        );
        for (path, bytes) in &expected {
            if path == Path::new("manifest.json") {
                // The same but for the inputs' modification times: the reference's inputs
                // are other copies.
                assert_eq!(
                    without_times(&got[path]),
                    without_times(bytes),
                    "round {round}"
                );
                continue;
            }
            assert!(
                got[path] == *bytes,
                "round {round}: {} differs",
                path.display()
            );
        }
        // Nothing left beside it but the lock file.
        let mut beside: Vec<String> = std::fs::read_dir(f.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        beside.sort();
        assert_eq!(
            beside,
            [
                ".output.lock",
                "inputs",
                "labreport.toml",
                "logo.svg",
                "output"
            ],
            "round {round}"
        );
    }
}

#[test]
fn the_systemd_units_pass_systemd_analyze_verify() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/systemd");
    for unit in ["labreport.service", "labreport.timer"] {
        let text = std::fs::read_to_string(root.join(unit)).unwrap();
        // systemd checks that ExecStart's program exists: this build's binary stands in for
        // the installed one.
        let text = text.replace("/usr/local/bin/labreport", env!("CARGO_BIN_EXE_labreport"));
        std::fs::write(dir.path().join(unit), text).unwrap();
    }
    let timer = std::fs::read_to_string(root.join("labreport.timer")).unwrap();
    assert!(timer.contains("\nOnCalendar=") && timer.contains("\nPersistent=true\n"));
    let out = Command::new("systemd-analyze")
        .arg("verify")
        .arg(dir.path().join("labreport.service"))
        .arg(dir.path().join("labreport.timer"))
        .output()
        .expect("systemd-analyze is installed by tests/run");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
