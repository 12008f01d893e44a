//! `<out>/manifest.json`: what a report was made from (the tool, the config, every input with
//! its sha256, size, modification time, roles and warnings, each lab's inputs hashed as one),
//! and what changed since the previous report: labs new, changed (an input added, removed or
//! edited) or gone. Identical inputs and config give a byte-identical manifest
//! (`generated_at` honours `SOURCE_DATE_EPOCH`, like summary.json's).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::diagnostics::{Diagnostics, Location};
use crate::discover::Lab;
use crate::recognise::SheetReport;

pub const SCHEMA: &str = "labreport-manifest/1";
/// Its name in the output folder.
pub const FILE: &str = "manifest.json";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema: String,
    /// `labreport <version> (git <commit>)`.
    pub tool: String,
    pub generated_at: String,
    /// The config file's sha256 (the built-in defaults' when none is read).
    pub config_sha256: String,
    /// Every input, by its path under the inputs folder (lab.toml files included).
    pub inputs: BTreeMap<String, Input>,
    pub labs: BTreeMap<String, LabEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Input {
    pub lab: String,
    pub sha256: String,
    pub size: u64,
    /// The file's modification time, RFC 3339 UTC, to the second.
    pub modified: String,
    /// What its sheets were read as: registrations, attendance, feedback, outcomes, lab.toml;
    /// "not read" for a file none of whose sheets was.
    pub roles: Vec<String>,
    /// The warnings it produced, where and why, with the inputs' own words (quoted in the
    /// messages) left out: a label or a first row can be a person's name.
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabEntry {
    /// "Timișoara, 2019-09-30": how messages name the lab.
    pub name: String,
    /// The sha256 of its inputs' paths and hashes, in order.
    pub inputs_sha256: String,
    pub inputs: Vec<String>,
}

/// The sha256 of bytes, in hex.
pub fn sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// A file's sha256, size and modification time; `known`, its sha256 when its bytes were
/// hashed as they were read (`read::read_file_seeing`), else it is read here.
pub fn fingerprint(path: &Path, known: Option<String>) -> std::io::Result<(String, u64, String)> {
    let meta = std::fs::metadata(path)?;
    let sha = match known {
        Some(sha) => sha,
        None => {
            let mut file = std::fs::File::open(path)?;
            let mut hasher = Sha256::new();
            let mut buf = vec![0u8; 1 << 16];
            loop {
                let n = file.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                hasher.update(&buf[..n]);
            }
            hex(&hasher.finalize())
        }
    };
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| crate::summary::rfc3339(d.as_secs() as i64))
        .unwrap_or_default();
    Ok((sha, meta.len(), modified))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// How a lab is named in messages: "Timișoara, 2019-09-30" (or its folder name if undated).
pub fn lab_name(lab: &Lab) -> String {
    match lab.date {
        Some(d) => format!("{}, {d}", lab.partner_label),
        None => format!("{}, {}", lab.partner_label, lab.name),
    }
}

/// A message with the inputs' own words (what it quotes) left out, and e-mail addresses too.
fn scrub(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut quoted = false;
    for c in message.chars() {
        match c {
            '"' if !quoted => {
                quoted = true;
                out.push_str("\"…");
            }
            '"' => {
                quoted = false;
                out.push('"');
            }
            _ if quoted => {}
            c => out.push(c),
        }
    }
    crate::recognise::values::mask_emails(&out)
}

/// What each input was fingerprinted as, by its path under the inputs folder; a file that
/// could not be read for its hash is left out (its reading failed too, with a warning).
pub type Fingerprints = BTreeMap<String, (String, u64, String)>;

/// The manifest of a run: its labs, the inputs' fingerprints, the sheets' roles and the
/// warnings.
pub fn manifest(
    labs: &[Lab],
    fingerprints: &Fingerprints,
    sheets: &[&SheetReport],
    diagnostics: &Diagnostics,
    config_sha256: &str,
    generated_at: &str,
) -> Manifest {
    let mut inputs = BTreeMap::new();
    let mut entries = BTreeMap::new();
    for lab in labs {
        let mut paths: Vec<String> = lab.files.iter().map(|f| f.display.clone()).collect();
        if lab.lab_toml.is_some() {
            paths.push(format!("{}/lab.toml", lab.key));
        }
        paths.sort();
        let mut whole = Sha256::new();
        let mut listed = Vec::new();
        for path in paths {
            let Some((sha, size, modified)) = fingerprints.get(&path) else {
                continue;
            };
            whole.update(format!("{path}\t{sha}\n").as_bytes());
            let mut roles: Vec<String> = Vec::new();
            if path == format!("{}/lab.toml", lab.key) {
                roles.push("lab.toml".into());
            }
            for s in sheets.iter().filter(|s| s.file == path) {
                let role = match (&s.layout, &s.outcomes) {
                    (Some(l), _) => l.role.name(),
                    (None, Some(_)) => "outcomes",
                    (None, None) => continue,
                };
                if !roles.iter().any(|r| r == role) {
                    roles.push(role.into());
                }
                if s.layout.is_some()
                    && s.outcomes.is_some()
                    && !roles.iter().any(|r| r == "outcomes")
                {
                    roles.push("outcomes".into());
                }
            }
            if roles.is_empty() {
                roles.push("not read".into());
            }
            let warnings = diagnostics
                .warnings
                .iter()
                .filter(|w| w.location.file == path)
                .map(|w| {
                    let place = Location {
                        file: String::new(),
                        ..w.location.clone()
                    };
                    let at = place.to_string();
                    let at = at.trim_start_matches(" › ");
                    if at.is_empty() {
                        scrub(&w.message)
                    } else {
                        format!("{at}: {}", scrub(&w.message))
                    }
                })
                .collect();
            inputs.insert(
                path.clone(),
                Input {
                    lab: lab.key.clone(),
                    sha256: sha.clone(),
                    size: *size,
                    modified: modified.clone(),
                    roles,
                    warnings,
                },
            );
            listed.push(path);
        }
        entries.insert(
            lab.key.clone(),
            LabEntry {
                name: lab_name(lab),
                inputs_sha256: hex(&whole.finalize()),
                inputs: listed,
            },
        );
    }
    Manifest {
        schema: SCHEMA.into(),
        tool: format!("labreport {}", env!("LABREPORT_VERSION")),
        generated_at: generated_at.into(),
        config_sha256: config_sha256.into(),
        inputs,
        labs: entries,
    }
}

impl Manifest {
    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(self).expect("a manifest serialises");
        v.push(b'\n');
        v
    }

    /// The previous report's manifest in `out`, if it has one that this version reads.
    pub fn previous(out: &Path) -> Option<Manifest> {
        let text = std::fs::read(out.join(FILE)).ok()?;
        let m: Manifest = serde_json::from_slice(&text).ok()?;
        (m.schema == SCHEMA).then_some(m)
    }
}

/// What changed in the labs since the previous report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    /// Lab keys and names, in key order.
    pub new: Vec<(String, String)>,
    /// With what changed in each: "feedback file added".
    pub changed: Vec<(String, String, Vec<FileChange>)>,
    pub gone: Vec<(String, String)>,
    pub config_changed: bool,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.new.is_empty()
            && self.changed.is_empty()
            && self.gone.is_empty()
            && !self.config_changed
    }

    /// The sentences the index opens with and `build` prints: "New in this report: Rijeka,
    /// 2021-03-18." "Changed: Matera, 2020-11-05 (feedback file added)."
    pub fn sentences(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !self.new.is_empty() {
            let names: Vec<&str> = self.new.iter().map(|(_, n)| n.as_str()).collect();
            out.push(format!("New in this report: {}.", names.join("; ")));
        }
        if !self.changed.is_empty() {
            let names: Vec<String> = self
                .changed
                .iter()
                .map(|(_, n, what)| {
                    let what: Vec<String> = what.iter().map(ToString::to_string).collect();
                    format!("{n} ({})", what.join("; "))
                })
                .collect();
            out.push(format!("Changed: {}.", names.join("; ")));
        }
        if !self.gone.is_empty() {
            let names: Vec<&str> = self.gone.iter().map(|(_, n)| n.as_str()).collect();
            out.push(format!("No longer in the report: {}.", names.join("; ")));
        }
        if self.config_changed {
            out.push("The config (labreport.toml) changed since the previous report.".into());
        }
        out
    }

    /// "new", "changed" or nothing, for a lab's row in the index's table.
    pub fn mark(&self, key: &str) -> Option<&'static str> {
        if self.new.iter().any(|(k, _)| k == key) {
            Some("new")
        } else if self.changed.iter().any(|(k, ..)| k == key) {
            Some("changed")
        } else {
            None
        }
    }
}

/// A file of a lab added, edited or removed, with what it was read as.
#[derive(Debug, Clone, PartialEq)]
pub struct FileChange {
    /// Its roles ("registrations", "feedback", "outcomes"), or "lab.toml"; none for a file
    /// none of whose sheets was read.
    pub roles: Vec<String>,
    /// "added", "edited" or "removed".
    pub how: &'static str,
}

/// "feedback file added", "lab.toml edited", "registrations and feedback file removed".
impl std::fmt::Display for FileChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = self.how;
        match self.roles.as_slice() {
            [one] if one == "lab.toml" => write!(f, "lab.toml {what}"),
            [] => write!(f, "a file not read {what}"),
            [one] => write!(f, "{one} file {what}"),
            [rest @ .., last] => write!(f, "{} and {last} file {what}", rest.join(", ")),
        }
    }
}

fn file_change(input: &Input, how: &'static str) -> FileChange {
    FileChange {
        roles: input
            .roles
            .iter()
            .filter(|r| *r != "not read")
            .cloned()
            .collect(),
        how,
    }
}

/// The labs new, changed or gone since `previous`.
pub fn changes(previous: &Manifest, current: &Manifest) -> Changes {
    let mut c = Changes {
        config_changed: previous.config_sha256 != current.config_sha256,
        ..Changes::default()
    };
    for (key, lab) in &current.labs {
        match previous.labs.get(key) {
            None => c.new.push((key.clone(), lab.name.clone())),
            Some(before) if before.inputs_sha256 != lab.inputs_sha256 => {
                let mut what = Vec::new();
                for path in &lab.inputs {
                    let now = &current.inputs[path];
                    match previous.inputs.get(path) {
                        None => what.push(file_change(now, "added")),
                        Some(then) if then.sha256 != now.sha256 => {
                            what.push(file_change(now, "edited"))
                        }
                        Some(_) => {}
                    }
                }
                for path in &before.inputs {
                    if !lab.inputs.contains(path)
                        && let Some(then) = previous.inputs.get(path)
                    {
                        what.push(file_change(then, "removed"));
                    }
                }
                c.changed.push((key.clone(), lab.name.clone(), what));
            }
            Some(_) => {}
        }
    }
    for (key, lab) in &previous.labs {
        if !current.labs.contains_key(key) {
            c.gone.push((key.clone(), lab.name.clone()));
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(lab: &str, sha: &str, roles: &[&str]) -> Input {
        Input {
            lab: lab.into(),
            sha256: sha.into(),
            size: 1,
            modified: String::new(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            warnings: Vec::new(),
        }
    }

    /// A lab as (key, name, its files as (path, sha256, roles)).
    type LabSpec<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str, &'a [&'a str])]);

    fn manifest(labs: &[LabSpec<'_>]) -> Manifest {
        let mut inputs = BTreeMap::new();
        let mut entries = BTreeMap::new();
        for (key, name, files) in labs {
            let mut whole = String::new();
            for (path, sha, roles) in *files {
                inputs.insert(path.to_string(), input(key, sha, roles));
                whole.push_str(sha);
            }
            entries.insert(
                key.to_string(),
                LabEntry {
                    name: name.to_string(),
                    inputs_sha256: whole,
                    inputs: files.iter().map(|f| f.0.to_string()).collect(),
                },
            );
        }
        Manifest {
            schema: SCHEMA.into(),
            tool: String::new(),
            generated_at: String::new(),
            config_sha256: "c".into(),
            inputs,
            labs: entries,
        }
    }

    #[test]
    fn a_lab_added_one_edited_and_one_gone_are_each_told() {
        let before = manifest(&[
            (
                "matera/l1",
                "Matera, 2020-11-05",
                &[("matera/l1/reg.csv", "a", &["registrations"])],
            ),
            (
                "kaunas/l1",
                "Kaunas, 2020-06-01",
                &[("kaunas/l1/reg.csv", "k", &["registrations"])],
            ),
            (
                "rijeka/l0",
                "Rijeka, 2020-01-10",
                &[("rijeka/l0/x.csv", "r", &["registrations"])],
            ),
        ]);
        let after = manifest(&[
            (
                "matera/l1",
                "Matera, 2020-11-05",
                &[
                    ("matera/l1/fb.csv", "f", &["feedback"]),
                    ("matera/l1/reg.csv", "a", &["registrations"]),
                ],
            ),
            (
                "kaunas/l1",
                "Kaunas, 2020-06-01",
                &[("kaunas/l1/reg.csv", "k2", &["registrations"])],
            ),
            (
                "rijeka/l1",
                "Rijeka, 2021-03-18",
                &[("rijeka/l1/reg.xlsx", "n", &["registrations", "feedback"])],
            ),
        ]);
        let c = changes(&before, &after);
        assert_eq!(
            c.sentences(),
            [
                "New in this report: Rijeka, 2021-03-18.",
                "Changed: Kaunas, 2020-06-01 (registrations file edited); Matera, 2020-11-05 (feedback file added).",
                "No longer in the report: Rijeka, 2020-01-10."
            ]
        );
        assert_eq!(c.mark("matera/l1"), Some("changed"));
        assert_eq!(c.mark("rijeka/l1"), Some("new"));
        assert_eq!(c.mark("kaunas/x"), None);
        assert!(changes(&after, &after).is_empty());
    }

    #[test]
    fn a_removed_file_is_named_by_what_it_was() {
        let before = manifest(&[(
            "p/l",
            "P, 2020-01-01",
            &[
                ("p/l/a.xlsx", "a", &["registrations", "feedback"]),
                ("p/l/lab.toml", "t", &["lab.toml"]),
            ],
        )]);
        let after = manifest(&[(
            "p/l",
            "P, 2020-01-01",
            &[("p/l/lab.toml", "t2", &["lab.toml"])],
        )]);
        assert_eq!(
            changes(&before, &after).sentences(),
            ["Changed: P, 2020-01-01 (lab.toml edited; registrations and feedback file removed)."]
        );
    }

    #[test]
    fn warnings_keep_their_place_and_drop_the_inputs_words() {
        assert_eq!(
            scrub("stakeholder type \"Ana Pop\" matches nothing; write to x@y.org"),
            "stakeholder type \"…\" matches nothing; write to [e-mail address]"
        );
    }
}
