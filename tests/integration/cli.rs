//! The command line: exit codes, messages for bad usage and bad config, `init`.

use crate::common::Fixture;

fn one_clean_lab() -> Fixture {
    let f = Fixture::new();
    f.file(
        "inputs/p/2020-01-01-l/registrations.csv",
        "Email,Stakeholder type\na@x.org,NGO\n",
    );
    f
}

#[test]
fn clean_inputs_exit_0_and_off_a_terminal_say_nothing() {
    let f = one_clean_lab();
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{run:?}");
    // The tests' stderr is a pipe, as cron's and systemd's are: the closing line ("wrote
    // output/index.html: 1 lab, …") is for a terminal only (tests/integration/after_each_lab.rs
    // for the rest).
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
    assert!(f.path().join("output/index.html").is_file());
}

#[test]
fn a_missing_inputs_folder_exits_1_and_says_what_to_do() {
    let f = Fixture::new();
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: the inputs folder inputs does not exist; put each lab's files in inputs/<partner>/<lab>/, or name another folder with --inputs\n"
    );
    assert!(!f.path().join("output").exists());
}

#[test]
fn an_inputs_folder_without_labs_exits_1() {
    let f = Fixture::new();
    std::fs::create_dir_all(f.path().join("inputs/timisoara")).unwrap();
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: no labs found in inputs: expected folders inputs/<partner>/<lab>/ holding the lab's spreadsheets, e.g. inputs/timisoara/2019-09-30-lll1/registrations.xlsx\n"
    );
}

#[test]
fn a_config_with_an_unknown_key_exits_1_naming_the_line() {
    let f = one_clean_lab();
    f.file(
        "labreport.toml",
        "[[sector]]\nid = \"ict\"\nlabel = \"ICT\"\nalias = [\"IT\"]\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: labreport.toml: TOML parse error at line 4, column 1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("unknown field `alias`, expected one of `id`, `label`, `labels`, `aliases`"),
        "{}",
        run.stderr
    );
    assert!(!f.path().join("output").exists());
}

#[test]
fn a_config_with_a_duplicate_id_exits_1_naming_both_places() {
    let f = one_clean_lab();
    f.file(
        "my.toml",
        "[[sector]]\nid = \"ict\"\nlabel = \"ICT\"\n\n[[sector]]\nid = \"ict\"\nlabel = \"IT\"\n",
    );
    let run = f.run(&["build", "--config", "my.toml"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: my.toml: [[sector]] id \"ict\" at line 6, column 6 repeats the id first given at line 2, column 6; ids must be unique\n"
    );
}

#[test]
fn a_config_that_does_not_exist_exits_1() {
    let f = one_clean_lab();
    let run = f.run(&["check", "--config", "nope.toml"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: cannot read the config file nope.toml: No such file or directory"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_usage_exits_1_not_clap_s_2() {
    // Exit 2 means "output written with problems"; a typo must not look like that.
    let f = one_clean_lab();
    let run = f.run(&["build", "--inptus", "x"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("unexpected argument '--inptus'"),
        "{}",
        run.stderr
    );
}

#[test]
fn init_writes_the_builtin_taxonomy_and_will_not_overwrite() {
    let f = one_clean_lab();
    let run = f.run(&["init"]);
    assert_eq!(run.code, 0, "{run:?}");
    let text = std::fs::read_to_string(f.path().join("labreport.toml")).unwrap();
    assert!(text.starts_with("# labreport.toml"));
    for id in [
        "local_authority",
        "business_support",
        "ecoc",
        "cultural_creative",
        "social_economy",
        "recommend",
    ] {
        assert!(text.contains(&format!("id = \"{id}\"")), "{id} missing");
    }
    // The starter is a valid config that reads the lab the same as the defaults.
    let with_file = f.run(&["check"]);
    assert_eq!(with_file.code, 0, "{with_file:?}");
    assert!(with_file.stdout.starts_with("config: labreport.toml\n"));

    let again = f.run(&["init"]);
    assert_eq!(again.code, 1);
    assert_eq!(
        again.stderr,
        "error: labreport.toml already exists; run `labreport init --force` to overwrite it\n"
    );
    assert_eq!(f.run(&["init", "--force"]).code, 0);
}

#[test]
fn help_teaches_the_commands_and_exit_codes() {
    let f = Fixture::new();
    let run = f.run(&["--help"]);
    assert_eq!(run.code, 0);
    for words in [
        "build",
        "check",
        "init",
        "inputs/<partner>/<lab>/",
        "Exit codes:",
        "2  output written, but some inputs had problems",
    ] {
        assert!(
            run.stdout.contains(words),
            "--help lacks {words:?}:\n{}",
            run.stdout
        );
    }
}

#[test]
fn labreport_timings_prints_each_stage_with_wall_and_cpu_time() {
    let f = one_clean_lab();
    let run = f.run_with_env(&["build", "--quiet"], &[("LABREPORT_TIMINGS", "1")]);
    assert_eq!(run.code, 0, "{run:?}");
    let stages: Vec<&str> = run
        .stderr
        .lines()
        .map(|l| {
            assert!(
                l.starts_with("timing: ")
                    && l.contains(" ms, cpu ")
                    && l.contains(" ms, faults ")
                    && l.contains(" MiB"),
                "{l}"
            );
            l["timing: ".len()..].split_whitespace().next().unwrap()
        })
        .collect();
    assert_eq!(
        stages,
        ["discover", "read", "link", "aggregate", "report", "write"]
    );
    // Without the variable, a quiet build prints nothing.
    assert_eq!(f.run(&["build", "--quiet"]).stderr, "");
}

/// Runs a shell command line with `labreport` on the PATH (the test binary's folder).
fn shell(script: &str) -> std::process::Output {
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_labreport"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    std::process::Command::new("bash")
        .args(["-c", script])
        .env("PATH", path)
        .output()
        .expect("bash runs")
}

#[test]
fn bash_completion_loads_and_completes_the_commands() {
    let f = Fixture::new();
    let run = f.run(&["completions", "bash"]);
    assert_eq!(run.code, 0, "{run:?}");
    let script = f.file("labreport.bash", &run.stdout);
    // Sourced in bash, it registers a completion function for labreport …
    let out = shell(&format!(
        "source '{}' && complete -p labreport",
        script.display()
    ));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{out:?}");
    assert!(
        said.starts_with("complete ") && said.contains(" -F _labreport "),
        "{said}"
    );
    assert!(said.trim_end().ends_with(" labreport"), "{said}");
    // … which offers the subcommands after `labreport `, and build's flags after `build --`.
    let complete = |words: &str, current: usize| {
        let out = shell(&format!(
            "source '{}'; COMP_WORDS=({words}); COMP_CWORD={current}; COMP_LINE='{words}'; COMP_POINT=${{#COMP_LINE}}; _labreport labreport; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script.display()
        ));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let commands = complete("labreport ''", 1);
    for c in ["build", "check", "init", "completions", "man"] {
        assert!(commands.lines().any(|l| l == c), "{c} in {commands}");
    }
    let flags = complete("labreport build --", 2);
    for flag in ["--inputs", "--out", "--pdf", "--strict"] {
        assert!(flags.lines().any(|l| l == flag), "{flag} in {flags}");
    }
}

#[test]
fn completions_for_the_other_shells_name_labreport() {
    let f = Fixture::new();
    for shell in ["zsh", "fish", "powershell"] {
        let run = f.run(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {run:?}");
        // Each names the program and build's flags (fish writes `-l pdf`).
        assert!(
            run.stdout.contains("labreport") && run.stdout.contains("pdf"),
            "{shell}"
        );
    }
    let run = f.run(&["completions", "tcsh"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("invalid value 'tcsh'"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_man_page_renders_with_groff() {
    let f = Fixture::new();
    let run = f.run(&["man"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.starts_with(".ie \\n(.g .ds Aq"),
        "roff: {:.80}",
        run.stdout
    );
    let page = f.file("labreport.1", &run.stdout);
    // groff is what `man -l` runs; tests/run installs it where it is missing.
    let out = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .arg(&page)
        .output()
        .expect("groff runs (tests/run installs groff-base)");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "no groff warnings"
    );
    // As text: no bold or underline by overstriking (-P-c -P-b -P-u).
    let out = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-P-c", "-P-b", "-P-u"])
        .arg(&page)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for part in [
        "NAME",
        "SYNOPSIS",
        "labreport",
        "SUBCOMMANDS",
        "build",
        "Exit codes",
    ] {
        assert!(text.contains(part), "{part} in the rendered page:\n{text}");
    }
}

#[test]
fn version_names_the_commit_it_was_built_from() {
    let f = Fixture::new();
    let run = f.run(&["--version"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .starts_with(&format!("labreport {}", env!("CARGO_PKG_VERSION"))),
        "{}",
        run.stdout
    );
    // Built from a git clone (as the tests are): the commit, as git names it; from a tree
    // without git, the version alone.
    let head = std::process::Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    let version = env!("CARGO_PKG_VERSION");
    let expected = match head {
        Some(head) => format!("labreport {version} (git {head})\n"),
        None => format!("labreport {version}\n"),
    };
    assert_eq!(run.stdout, expected);
}

#[test]
fn build_help_ends_with_examples() {
    let f = Fixture::new();
    let run = f.run(&["build", "--help"]);
    assert_eq!(run.code, 0, "{run:?}");
    let examples = run.stdout.find("Examples:").expect("examples");
    assert!(
        examples > run.stdout.find("--pdf").unwrap(),
        "after the flags"
    );
    assert!(
        run.stdout
            .contains("labreport build --inputs /srv/labs/inputs --out /srv/www/labs --pdf")
    );
}
