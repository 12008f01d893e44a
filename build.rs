//! Sets `LABREPORT_VERSION` for `labreport --version`: the package's version and, when built
//! from a git clone, the commit ("0.1.0 (git 1a2b3c4d5e6f)"). Without git, or outside a clone
//! (a source tarball), the version alone.
//!
//! And lists the vocabulary's files (`vocabulary/<lang>.toml`) for `src/vocabulary.rs` to
//! compile in: a new language is one new file.

use std::path::Path;
use std::process::Command;

fn main() {
    vocabulary_files();
    let version = env!("CARGO_PKG_VERSION");
    let commit = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    match commit {
        Some(c) => println!("cargo:rustc-env=LABREPORT_VERSION={version} (git {c})"),
        None => println!("cargo:rustc-env=LABREPORT_VERSION={version}"),
    }
    // Run again when HEAD moves: a commit, a checkout (HEAD and the branch it names).
    let git = Path::new(".git");
    if git.is_dir() {
        println!("cargo:rerun-if-changed=.git/HEAD");
        if let Ok(head) = std::fs::read_to_string(git.join("HEAD"))
            && let Some(branch) = head.trim().strip_prefix("ref: ")
        {
            println!("cargo:rerun-if-changed=.git/{branch}");
        }
        println!("cargo:rerun-if-changed=.git/packed-refs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}

/// Writes `$OUT_DIR/vocabulary_files.rs`: `LANGUAGES`, each file's code and text, by code.
fn vocabulary_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("vocabulary");
    let mut codes: Vec<String> = std::fs::read_dir(&dir)
        .expect("the vocabulary folder")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            Some(name.strip_suffix(".toml")?.to_string())
        })
        .collect();
    codes.sort();
    let mut out = String::from(
        "/// The languages, by code, with their files' text (written by build.rs).\n\
         pub const LANGUAGES: &[(&str, &str)] = &[\n",
    );
    // Each file by the path of the checkout being compiled (CARGO_MANIFEST_DIR when the crate
    // is), not this script's: two checkouts building into one target folder may share the
    // script's output.
    for code in &codes {
        out.push_str(&format!(
            "    ({code:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/vocabulary/{code}.toml\"))),\n"
        ));
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("vocabulary_files.rs");
    std::fs::write(target, out).expect("writing vocabulary_files.rs");
    println!("cargo:rerun-if-changed=vocabulary");
}
