//! Sets `LABREPORT_VERSION` for `labreport --version`: the package's version and, when built
//! from a git clone, the commit ("0.1.0 (git 1a2b3c4d5e6f)"). Without git, or outside a clone
//! (a source tarball), the version alone.

use std::path::Path;
use std::process::Command;

fn main() {
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
