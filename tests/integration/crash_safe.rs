//! Crash-safe output: a build killed at any step of writing leaves a complete report at the
//! output's path (the previous one or the new one), and the next run mends what it left; a
//! full disk leaves the previous report whole. The kills at named steps use the debug build's
//! hook (`LABREPORT_TEST_ABORT`, src/write/swap.rs); the others are real SIGKILLs.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::common::{Fixture, files_under};

fn labs(n: usize) -> Fixture {
    let f = Fixture::new();
    for i in 0..n {
        f.file(
            &format!("inputs/p{}/2020-01-01-lab{i:03}/registrations.csv", i % 3),
            format!("Email,Stakeholder type\na{i}@x.org,NGO\nb{i}@x.org,Start-up\n"),
        );
    }
    f
}

fn add_lab(f: &Fixture) {
    f.file(
        "inputs/rijeka/2021-03-18-new/registrations.csv",
        "Email,Stakeholder type\nr@x.org,NGO\n",
    );
}

/// Runs a build with these environment variables; its exit code, or `None` when a signal
/// ended it.
fn build_with(f: &Fixture, vars: &[(&str, &str)]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_labreport"))
        .arg("build")
        .current_dir(f.path())
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .envs(vars.iter().copied())
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stderr).unwrap())
}

/// The labs of the complete report at `out` (its manifest is written last), after checking
/// that every page the manifest's labs need is there.
fn complete_report(out: &Path) -> Vec<String> {
    let manifest: serde_json::Value = serde_json::from_slice(
        &std::fs::read(out.join("manifest.json"))
            .unwrap_or_else(|e| panic!("no manifest.json in {}: {e}", out.display())),
    )
    .expect("a whole manifest");
    let labs: Vec<String> = manifest["labs"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    for file in ["index.html", "summary.json", "data/figures.csv"] {
        assert!(out.join(file).is_file(), "{file} missing");
    }
    for lab in &labs {
        assert!(
            out.join(format!("labs/{lab}.html")).is_file(),
            "{lab}'s page missing"
        );
    }
    labs
}

/// What is beside the output folder: nothing but the inputs, the output and its lock.
fn beside(f: &Fixture) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(f.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !matches!(n.as_str(), "inputs" | "output" | ".output.lock"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_kill_at_any_step_of_writing_leaves_a_complete_report_and_the_next_run_mends_it() {
    // (step, whether the system's one-step exchange is used, the report expected in place
    // after the kill: the previous one or the new one; None: no output folder, the previous
    // report beside it, as the fallback's two renames leave it)
    let cases: &[(&str, bool, Option<bool>)] = &[
        ("staged", true, Some(false)),
        ("flushed", true, Some(false)),
        ("swapped", true, Some(true)),
        ("removing", true, Some(true)),
        ("staged", false, Some(false)),
        ("flushed", false, Some(false)),
        ("moved-aside", false, None),
        ("swapped", false, Some(true)),
        ("removing", false, Some(true)),
    ];
    for &(step, exchange, expected) in cases {
        let what = format!(
            "{step}, {}",
            if exchange { "exchange" } else { "two renames" }
        );
        let f = labs(4);
        assert_eq!(build_with(&f, &[]).0, Some(0));
        let out = f.path().join("output");
        let before = files_under(&out);
        add_lab(&f);
        let mut vars = vec![("LABREPORT_TEST_ABORT", step)];
        if !exchange {
            vars.push(("LABREPORT_TEST_NO_EXCHANGE", "1"));
        }
        let (code, _) = build_with(&f, &vars);
        assert_eq!(code, None, "{what}: the hook did not stop the run");
        match expected {
            Some(new) => {
                let labs = complete_report(&out);
                assert_eq!(labs.len(), if new { 5 } else { 4 }, "{what}");
                if !new {
                    assert!(
                        files_under(&out) == before,
                        "{what}: the previous report changed"
                    );
                }
            }
            None => {
                assert!(!out.exists(), "{what}");
                assert!(
                    !beside(&f).is_empty(),
                    "{what}: the previous report is beside"
                );
            }
        }
        // The next run mends it, says so, and writes the new report.
        let (code, stderr) = build_with(&f, &[]);
        assert_eq!(code, Some(0), "{what}: {stderr}");
        assert!(
            stderr.lines().all(|l| l.starts_with("note: ")),
            "{what}: {stderr}"
        );
        if expected.is_none() {
            assert!(
                stderr.starts_with("note: put the previous report back in output"),
                "{what}: {stderr}"
            );
        } else {
            assert!(
                stderr.contains("note: removed what a stopped run left beside output: "),
                "{what}: {stderr}"
            );
        }
        assert_eq!(complete_report(&out).len(), 5, "{what}");
        assert!(beside(&f).is_empty(), "{what}: left {:?}", beside(&f));
    }
}

#[test]
fn sigkill_at_random_moments_of_a_large_build_always_leaves_a_complete_report() {
    let f = labs(90);
    let start = Instant::now();
    assert_eq!(build_with(&f, &[]).0, Some(0));
    let took = start.elapsed();
    add_lab(&f);
    let out = f.path().join("output");
    // Moments spread over a build's length, from a fixed seed.
    let mut seed: u64 = 0x5EED_1900;
    for _ in 0..14 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let at = took.mul_f64((seed % 1000) as f64 / 1000.0 * 1.2);
        let mut child = Command::new(env!("CARGO_BIN_EXE_labreport"))
            .arg("build")
            .current_dir(f.path())
            .env("SOURCE_DATE_EPOCH", "1767225600")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(at);
        let _ = child.kill();
        let _ = child.wait();
        let labs = complete_report(&out);
        assert!(labs.len() == 90 || labs.len() == 91, "{} labs", labs.len());
    }
    let (code, stderr) = build_with(&f, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(complete_report(&out).len(), 91);
    assert!(beside(&f).is_empty(), "left {:?}", beside(&f));
}

/// Mounts a tmpfs of `kb` KiB at `dir` when this process may (root), else `false`.
fn small_disk(dir: &Path, kb: u64) -> bool {
    Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={kb}k"), "tmpfs"])
        .arg(dir)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn a_full_disk_stops_the_run_with_what_to_free_and_leaves_the_previous_report_whole() {
    let f = labs(3);
    let disk = f.path().join("disk");
    std::fs::create_dir_all(&disk).unwrap();
    let mounted = small_disk(&disk, 8 * 1024);
    let out = disk.join("report");
    let run = f.run(&["build", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{run:?}");
    let before = files_under(&out);
    add_lab(&f);
    let run = if mounted {
        // Fill the disk but for a few kilobytes: the new pages and charts cannot be written.
        let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
        let c = std::ffi::CString::new(disk.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::statvfs(c.as_ptr(), &mut st) }, 0);
        let free = st.f_bavail as u64 * st.f_frsize as u64;
        std::fs::write(disk.join("filler"), vec![0u8; (free - 16 * 1024) as usize]).unwrap();
        f.run(&["build", "--out", out.to_str().unwrap()])
    } else {
        // No filesystem of our own here: the same error, injected after 20 kB.
        f.run_with_env(
            &["build", "--out", out.to_str().unwrap()],
            &[("LABREPORT_TEST_FULL_AFTER", "20000")],
        )
    };
    assert_eq!(run.code, 1, "{run:?}");
    let shown = out.display().to_string();
    assert!(
        run.stderr.starts_with(&format!(
            "error: cannot write the output folder {shown}: its disk is full; free some space there (the report needs about "
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with(
            " MB), or choose another folder with --out. Nothing was written: the previous report is as it was\n"
        ),
        "{}",
        run.stderr
    );
    assert!(files_under(&out) == before, "the previous report changed");
    let mut left: Vec<String> = std::fs::read_dir(&disk)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    let expected: &[&str] = if mounted {
        &[".report.lock", "filler", "report"]
    } else {
        &[".report.lock", "report"]
    };
    assert_eq!(left, expected, "no staging folder left behind");
    if mounted {
        std::fs::remove_file(disk.join("filler")).unwrap();
        let run = f.run(&["build", "--out", out.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{run:?}");
        let _ = Command::new("umount").arg(&disk).status();
    }
}
