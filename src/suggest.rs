//! `labreport check --suggest`: the `[aliases]` block a project manager would need for the
//! labels that matched nothing, each under its best candidate (the entries whose keywords it
//! holds, else the entry with the closest alias), to check, edit and keep.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::config::{Config, Taxonomy};
use crate::fold::fold;
use crate::recognise::Unmapped;

/// How close (0 to 1) a label must be to an alias for its entry to be suggested.
const CLOSE_ENOUGH: f64 = 0.7;

/// One label that matched nothing, and what is known of it.
struct Label<'a> {
    value: &'a str,
    count: usize,
    first: String,
    candidates: &'a [(String, String)],
}

/// The `[aliases]` block for `unmapped`, as TOML text with comments.
pub fn suggest_aliases(unmapped: &[&Unmapped], config: &Config) -> String {
    let mut out = String::from(
        "# The labels that matched no alias, each under the entry it most likely belongs to.\n\
         # Written by `labreport check --suggest`: check every line, move or delete what is\n\
         # wrong, uncomment what has no entry yet, and keep the block in labreport.toml.\n",
    );
    let mut any = false;
    for (field, table, taxonomy) in [
        (
            "stakeholder type",
            "stakeholder_type",
            &config.stakeholder_types,
        ),
        ("sector", "sector", &config.sectors),
    ] {
        // Each label once, in the order of the labels, with its count and first cell.
        let mut labels: BTreeMap<&str, Label> = BTreeMap::new();
        for u in unmapped.iter().filter(|u| u.field == field) {
            labels
                .entry(u.value.as_str())
                .and_modify(|l| l.count += 1)
                .or_insert_with(|| Label {
                    value: &u.value,
                    count: 1,
                    first: u.location.to_string(),
                    candidates: &u.candidates,
                });
        }
        if labels.is_empty() {
            continue;
        }
        any = true;
        // By entry, in the table's order; the ones without a candidate last, commented out.
        let mut by_entry: BTreeMap<u32, Vec<(Label, String)>> = BTreeMap::new();
        let mut unplaced: Vec<(Label, String)> = Vec::new();
        for (_, label) in labels {
            let seen = format!("×{}, first at {}", label.count, label.first);
            if !label.candidates.is_empty() {
                let each: Vec<String> = label
                    .candidates
                    .iter()
                    .map(|(id, keyword)| format!("{id} (\"{keyword}\")"))
                    .collect();
                let why = format!(
                    "{seen}; its words are keywords of {}: keep it under the right one",
                    each.join(" and ")
                );
                unplaced.push((label, why));
            } else if let Some((code, alias)) = closest(taxonomy, label.value) {
                let why = format!("{seen}; close to \"{alias}\"");
                by_entry.entry(code).or_default().push((label, why));
            } else {
                let why = format!("{seen}; no entry is close: choose its id");
                unplaced.push((label, why));
            }
        }
        let _ = writeln!(out, "\n[aliases.{table}]");
        for (code, labels) in &by_entry {
            let _ = writeln!(out, "{} = [", taxonomy.entries[*code as usize].id);
            for (label, why) in labels {
                let _ = writeln!(out, "  {},  # {why}", toml_string(label.value));
            }
            out.push_str("]\n");
        }
        for (label, why) in &unplaced {
            let ids = if label.candidates.is_empty() {
                "ID".to_string()
            } else {
                label
                    .candidates
                    .iter()
                    .map(|(id, _)| id.as_str())
                    .collect::<Vec<_>>()
                    .join(" or ")
            };
            let _ = writeln!(out, "# {ids} = [{}]  # {why}", toml_string(label.value));
        }
    }
    if !any {
        out.push_str("#\n# Every label matched an alias: nothing to add.\n");
    }
    out
}

/// The entry with the alias closest to `label`, and that alias, if one is close enough: the
/// share of their folded letters that need no edit, or 0.8 when one holds the other whole.
fn closest<'t>(taxonomy: &'t Taxonomy, label: &str) -> Option<(u32, &'t str)> {
    let folded = fold(label);
    let mut best: Option<(f64, u32, &str)> = None;
    for (name, code) in taxonomy.names() {
        let alias = fold(name);
        let shorter = folded.len().min(alias.len());
        let mut score = similarity(&folded, &alias);
        if shorter >= 5 && (folded.contains(&alias) || alias.contains(&folded)) {
            score = score.max(0.8);
        }
        // The highest score; on a tie the first entry, then the first name in order (the
        // names come in no particular order).
        let better = match best {
            None => true,
            Some((s, c, n)) => {
                (score, std::cmp::Reverse(code), std::cmp::Reverse(name))
                    > (s, std::cmp::Reverse(c), std::cmp::Reverse(n))
            }
        };
        if better {
            best = Some((score, code, name));
        }
    }
    best.filter(|(s, _, _)| *s >= CLOSE_ENOUGH)
        .map(|(_, code, name)| (code, name))
}

/// 1 − the edit distance over the longer length.
fn similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 1.0;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    1.0 - row[b.len()] as f64 / longer as f64
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The lines for the columns not read that hold categories or ratings (`check`'s warnings),
/// commented out: a category column under both keys it may be, to uncomment the right one
/// under `[columns]` (one table in labreport.toml) or to pass it over with `ignore`; a rating
/// column as a `[[question]]` of its own.
pub fn suggest_columns(unread: &[&(String, crate::recognise::unread::Unread)]) -> String {
    let mut out = String::from(
        "\n# Columns not read that hold categories or ratings (check's warnings): uncomment what\n\
         # each is, under [columns] (one table in labreport.toml), or pass it over with ignore.\n",
    );
    if unread.is_empty() {
        out.push_str(
            "#\n# Every column that holds categories or ratings is read: nothing to add.\n",
        );
        return out;
    }
    // Each header once, first where it was first seen.
    let mut once: Vec<&(String, crate::recognise::unread::Unread)> = Vec::new();
    for u in unread {
        if !once.iter().any(|o| o.1.header == u.1.header) {
            once.push(u);
        }
    }
    out.push_str("# [columns]\n");
    for (at, u) in once.iter().map(|u| (&u.0, &u.1)) {
        if u.ratings.is_none() {
            let header = toml_string(&u.header);
            let _ = writeln!(out, "# {at}: {}", u.holds);
            let _ = writeln!(out, "# stakeholder_type = [{header}]");
            let _ = writeln!(out, "# sector = [{header}]");
        }
    }
    let ignore: Vec<String> = once.iter().map(|u| toml_string(&u.1.header)).collect();
    let _ = writeln!(out, "# ignore = [{}]", ignore.join(", "));
    for (at, u) in once.iter().map(|u| (&u.0, &u.1)) {
        let Some((lo, hi)) = u.ratings else { continue };
        let scale = match (lo, hi) {
            (lo, _) if lo < 1.0 => "[0, 10]",
            (_, hi) if hi <= 5.0 => "[1, 5]",
            (_, hi) if hi <= 7.0 => "[1, 7]",
            _ => "[1, 10]",
        };
        let _ = writeln!(out, "#\n# {at}: {}", u.holds);
        let _ = writeln!(out, "# [[question]]");
        let _ = writeln!(
            out,
            "# id = \"{}\"",
            crate::recognise::questions::slug(&u.header)
        );
        let _ = writeln!(out, "# label = {}", toml_string(&u.header));
        let _ = writeln!(out, "# aliases = [{}]", toml_string(&u.header));
        let _ = writeln!(out, "# scale = {scale}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_by_hand() {
        // kitten → sitting: 3 edits over 7 letters.
        assert!((similarity("kitten", "sitting") - (1.0 - 3.0 / 7.0)).abs() < 1e-12);
        assert_eq!(similarity("abc", "abc"), 1.0);
        assert_eq!(similarity("", "abc"), 0.0);
    }

    #[test]
    fn a_label_close_to_an_alias_is_suggested_under_its_entry() {
        let c = Config::builtin();
        let t = &c.stakeholder_types;
        let id =
            |label: &str| closest(t, label).map(|(code, _)| t.entries[code as usize].id.as_str());
        // A typo, a plural, and a longer form holding an alias whole.
        assert_eq!(id("Univeristate"), Some("education"));
        assert_eq!(id("Universități"), Some("education"));
        assert_eq!(id("Primărie Timișoara"), Some("local_authority"));
        assert_eq!(id("Pottery guild"), None);
    }

    #[test]
    fn toml_strings_are_escaped() {
        assert_eq!(toml_string("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
    }
}
