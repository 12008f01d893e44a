//! What `labreport check` prints: each lab with its date and period, each sheet with its role
//! and every column with the field it was read as and the evidence that decided it, the
//! labels and ideas matched by a guess, and what a build would change. A value, printed by
//! `app`; nothing here reads or writes a file.

use std::collections::BTreeMap;
use std::path::Path;

use crate::aggregate::Figures;
use crate::config::Config;
use crate::diagnostics::{column_name, plural};
use crate::discover::Lab;
use crate::outcomes::Outcomes;
use crate::people::{MatchRule, Tables};
use crate::recognise::columns::{Field, Role, Target};
use crate::recognise::{FileRecords, SheetReport};

/// What `check` says of the report in `--out`.
pub enum News {
    /// There is none to compare with.
    NoReport,
    /// The changes a build would make, one sentence each (none: nothing new).
    Changes(Vec<String>),
}

/// Everything `check` prints, as the analysis left it.
pub struct Checked<'a> {
    pub config: &'a Config,
    pub inputs: &'a Path,
    pub out: &'a Path,
    pub labs: &'a [Lab],
    pub files: &'a [Vec<FileRecords>],
    /// Each lab's reporting period id.
    pub lab_periods: &'a [String],
    pub figures: &'a Figures,
    pub tables: &'a Tables,
    pub outcomes: &'a Outcomes,
    pub news: News,
    pub warnings: usize,
}

/// The printout, as text.
pub fn printout(c: &Checked) -> String {
    let mut o = String::new();
    let config_name = c
        .config
        .source
        .as_ref()
        .map_or("built-in defaults".to_string(), |p| p.display().to_string());
    let file_count: usize = c.labs.iter().map(|l| l.files.len()).sum();
    o.push_str(&format!("config: {config_name}\n"));
    o.push_str(&format!(
        "inputs: {} ({}, {})\n",
        c.inputs.display(),
        plural(c.labs.len() as u64, "lab"),
        plural(file_count as u64, "file")
    ));
    for (i, lab) in c.labs.iter().enumerate() {
        // The date, where it came from, and the reporting period it puts the lab in.
        let period = match c.lab_periods[i].as_str() {
            crate::config::NO_PERIOD => "in no reporting period".to_string(),
            id => format!("period {id}"),
        };
        let date = lab.date.map_or(format!("undated, {period}"), |d| {
            format!("{d}, from {}, {period}", lab.date_from)
        });
        let title = lab
            .title
            .as_deref()
            .map(|t| format!(" \"{t}\""))
            .unwrap_or_default();
        o.push_str(&format!("\n{}  ({date}){title}\n", lab.key));
        for f in &c.files[i] {
            for s in &f.sheets {
                describe_sheet(&mut o, s, c.config);
            }
        }
        let g = &c.figures.labs[i];
        let mut line = format!("  = {} registrations", g.registrations);
        let dups = g.registration_rows - g.registrations;
        if dups > 0 {
            line.push_str(&format!(
                " ({dups} duplicate{} removed)",
                if dups == 1 { "" } else { "s" }
            ));
        }
        if c.tables.has_attendance[i] {
            line.push_str(&format!(", {} attended", g.attendees));
        } else {
            line.push_str(", no attendance data");
        }
        line.push_str(&format!(", {} feedback responses\n", g.feedback_responses));
        o.push_str(&line);
        let ideas = &c.outcomes.labs[i];
        if ideas.count() > 0 {
            o.push_str(&format!(
                "  = {} from the world café ({} with a follow-up)\n",
                plural(ideas.count() as u64, "idea"),
                ideas.with_follow_up()
            ));
        }
        if !c.tables.walk_ins[i].is_empty() {
            o.push_str(&format!(
                "  walk-ins (signed in, not registered; counted as attendees of unknown type): {}\n",
                c.tables.walk_ins[i].join(", ")
            ));
        }
        // Sign-ins matched by a weaker rule than the e-mail or the name, to be looked over.
        for (rule, what) in [
            (
                MatchRule::OtherEmail,
                "matched by name, signed in with an e-mail the registration does not have",
            ),
            (
                MatchRule::PartOfName,
                "matched by part of a name, held by no other registration",
            ),
        ] {
            let names: Vec<String> = c.tables.name_matches[i]
                .iter()
                .filter(|m| m.rule == rule)
                .map(|m| {
                    if m.signed_in == m.registered {
                        m.signed_in.clone()
                    } else {
                        format!("{} → {}", m.signed_in, m.registered)
                    }
                })
                .collect();
            if !names.is_empty() {
                o.push_str(&format!("  {what}: {}\n", names.join(", ")));
            }
        }
    }
    // Unmapped labels across all labs, with their counts.
    let mut unmapped: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for u in c.files.iter().flatten().flat_map(|f| &f.unmapped) {
        unmapped
            .entry((u.field.clone(), u.value.clone()))
            .or_default()
            .push(u.location.to_string());
    }
    if unmapped.is_empty() {
        o.push_str("\nunmapped labels: none\n");
    } else {
        o.push_str("\nunmapped labels (counted as unknown; add each as an alias in labreport.toml, see `labreport init`):\n");
        for ((field, value), places) in &unmapped {
            o.push_str(&format!(
                "  {field} \"{value}\" ×{}  first at {}\n",
                places.len(),
                places[0]
            ));
        }
    }
    // Labels counted by a keyword, so that a wrong one can be corrected with an alias.
    let mut by_keyword: BTreeMap<(&str, &str), (&str, &str, String)> = BTreeMap::new();
    for k in c.files.iter().flatten().flat_map(|f| &f.by_keyword) {
        by_keyword.entry((k.field, &k.value)).or_insert((
            &k.id,
            &k.keyword,
            k.location.to_string(),
        ));
    }
    if !by_keyword.is_empty() {
        o.push_str("\nlabels matched by a keyword (if one is wrong, add the label as an alias of the right id under [aliases] in labreport.toml):\n");
        for ((field, value), (id, keyword, first)) in &by_keyword {
            o.push_str(&format!(
                "  {field} \"{value}\" → {id}, by the keyword \"{keyword}\"  first at {first}\n"
            ));
        }
    }
    // Ideas put under a topic by a keyword of their words (or of their topic's), not an alias:
    // guesses, each said.
    let mut guessed: BTreeMap<(String, String), (String, String)> = BTreeMap::new();
    for idea in c.outcomes.labs.iter().flat_map(|l| l.ideas()) {
        if let Some(keyword) = &idea.topic.keyword {
            guessed
                .entry((idea.topic.id.clone(), idea.text.clone()))
                .or_insert((keyword.clone(), idea.location.to_string()));
        }
    }
    if !guessed.is_empty() {
        o.push_str("\nideas put under a topic by a keyword (if one is wrong, write its topic in the sheet, or add the topic as written to the right one under [aliases.topic] in labreport.toml):\n");
        for ((id, text), (keyword, first)) in &guessed {
            o.push_str(&format!(
                "  idea \"{}\" → {id}, by the keyword \"{keyword}\"  at {first}\n",
                crate::recognise::shorten(&text.replace('\n', " "), 60)
            ));
        }
    }
    if !c.outcomes.unmatched.is_empty() {
        o.push_str("\noutcome topics that match no [[topic]] (listed under their own text; to group one with a topic, add it to that topic's aliases under [aliases.topic] in labreport.toml):\n");
        for (topic, first) in &c.outcomes.unmatched {
            o.push_str(&format!("  \"{topic}\"  first at {first}\n"));
        }
    }
    match &c.news {
        News::NoReport => o.push_str(&format!(
            "\nno report in {} to compare with (or one made before manifest.json): a build writes every lab\n",
            c.out.display()
        )),
        News::Changes(sentences) if sentences.is_empty() => o.push_str(&format!(
            "\nnothing new since the report in {}\n",
            c.out.display()
        )),
        News::Changes(sentences) => {
            o.push_str(&format!(
                "\na build would change the report in {}:\n",
                c.out.display()
            ));
            for s in sentences {
                o.push_str(&format!("  {s}\n"));
            }
        }
    }
    o.push_str(&match c.warnings {
        0 => "\nno problems found\n".to_string(),
        1 => "\n1 problem (listed on stderr)\n".to_string(),
        n => format!("\n{n} problems (listed on stderr)\n"),
    });
    o
}

fn describe_sheet(o: &mut String, s: &SheetReport, config: &Config) {
    let name = match &s.sheet {
        Some(sheet) => format!("{} › {sheet}", s.file),
        None => s.file.clone(),
    };
    if let Some(what) = &s.outcomes {
        let header = s
            .outcome_columns
            .as_ref()
            .map(|(r, _)| format!(", header in row {}", r + 1))
            .unwrap_or_default();
        o.push_str(&format!("  {name}: {what}{header}\n"));
        for (c, col, header) in s.outcome_columns.iter().flat_map(|(_, cols)| cols) {
            o.push_str(&format!(
                "      {col:<24} ← {} \"{}\"\n",
                column_name(*c),
                crate::recognise::shorten(header, 60)
            ));
        }
    }
    let Some(layout) = &s.layout else {
        if s.outcomes.is_none() {
            o.push_str(&format!(
                "  {name}: not read: {}\n",
                s.skipped.as_deref().unwrap_or("no data")
            ));
        }
        return;
    };
    let what = match layout.role.name() {
        "feedback" => "responses",
        "attendance" => "sign-ins",
        _ => "people",
    };
    let mut extra = String::new();
    if s.summary_rows > 0 {
        extra = format!(
            ", {} totals row{} left out",
            s.summary_rows,
            if s.summary_rows == 1 { "" } else { "s" }
        );
    }
    o.push_str(&format!(
        "  {name}: {}, {} {what}, header in row {}{extra}\n",
        layout.role.name(),
        s.rows,
        layout.header_row + 1
    ));
    o.push_str(&format!("      role from: {}\n", layout.role_why));
    if let Some(doubt) = &layout.doubt {
        o.push_str(&format!("      role in doubt: {doubt}\n"));
    }
    for c in &layout.columns {
        let field = match c.target {
            Target::Field(f) => f.human().to_string(),
            Target::Question(q) => format!("question \"{}\"", config.questions[q].id),
            Target::Unconfigured(q) => {
                let u = &layout.unconfigured[q];
                format!(
                    "question \"{}\" (unconfigured, {}–{})",
                    u.id, u.scale.0, u.scale.1
                )
            }
        };
        let note = match c.target {
            Target::Field(Field::Phone | Field::Signature | Field::Number) => {
                " (recognised, not read)"
            }
            Target::Field(Field::Timestamp) if layout.role == Role::Feedback => {
                " (read only to date an undated lab)"
            }
            Target::Field(Field::Timestamp) => " (recognised, not read)",
            _ => "",
        };
        let why = if c.why == "header" {
            String::new()
        } else {
            format!(" [{}]", c.why)
        };
        o.push_str(&format!(
            "      {field:<24} ← {} \"{}\"{note}{why}\n",
            column_name(c.index),
            crate::recognise::shorten(&c.header, 60)
        ));
    }
    for i in &layout.ignored {
        let why = i
            .why
            .as_ref()
            .map(|w| format!(" ({w})"))
            .unwrap_or_default();
        o.push_str(&format!(
            "      {:<24}   {} \"{}\"{why}\n",
            "(not read)",
            column_name(i.index),
            crate::recognise::shorten(&i.header, 160)
        ));
    }
}
