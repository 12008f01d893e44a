//! World-café outcomes: the ideas each lab produced, read from its outcome sheets (a
//! hand-kept harvest sheet, Mentimeter, Slido, Padlet, a form's question) and `[[outcome]]`
//! entries in lab.toml; grouped by topic, ranked by the room's votes, with who follows them up.
//!
//! Authors, table hosts and voters are people: their columns are recognised and never read.
//! An idea's text is cleaned (`text::clean`: e-mails and phones masked) and a word in it that
//! is the name of a person registered for the lab is masked too, with a warning.

pub mod mentimeter;
pub mod programme;
pub mod sheets;
pub mod text;

use std::collections::{BTreeMap, HashSet};

use crate::config::{Config, Match, Taxonomy};
use crate::diagnostics::{Diagnostics, Location};
use crate::discover::{Lab, LabOutcome};
use crate::fold::fold;

/// One idea as a sheet (or lab.toml) gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct Idea {
    /// Cleaned and masked (`text::clean`), whole: never cut.
    pub text: String,
    pub table: Option<String>,
    pub round: Option<String>,
    /// The topic or question as written, if any.
    pub topic: Option<String>,
    pub votes: Option<f64>,
    pub priority: Option<String>,
    /// The stakeholder types at the idea's table, by label.
    pub types: Vec<String>,
    pub follow_up: FollowUp,
    pub location: Location,
}

/// Who takes an idea further, what they do next and by when.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FollowUp {
    pub owner: Option<String>,
    pub next_step: Option<String>,
    pub deadline: Option<String>,
}

impl FollowUp {
    pub fn is_given(&self) -> bool {
        self.owner.is_some() || self.next_step.is_some()
    }

    /// "City hall: a call for micro-grants (by 2021-06-30)"; empty when none is given.
    pub fn describe(&self) -> String {
        let mut s = match (&self.owner, &self.next_step) {
            (Some(o), Some(n)) => format!("{o}: {n}"),
            (Some(o), None) => o.clone(),
            (None, Some(n)) => n.clone(),
            (None, None) => return String::new(),
        };
        if let Some(d) = &self.deadline {
            s.push_str(&format!(" (by {d})"));
        }
        s
    }
}

/// The topic an idea is grouped under.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TopicKey {
    /// An entry of `[[topic]]`, by its position.
    Known(u32),
    /// A topic written in the sheet that matches no entry: kept under its own text (folded
    /// here; `Topic::label` is as first written).
    Own(String),
    /// No topic written, and the idea's words name none.
    None,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub key: TopicKey,
    /// The `[[topic]]` id; "unknown" for the others (figures and CSV tell them by `label`).
    pub id: String,
    pub label: String,
    /// The keyword it was matched by, when no alias named it (a guess `check` lists).
    pub keyword: Option<String>,
}

/// The id of the ideas that no topic names.
pub const UNKNOWN: &str = "unknown";
/// How the ideas with no topic are headed.
pub const NO_TOPIC: &str = "No topic given";

/// One idea of a lab, after the same text met twice (at two tables, in two rounds) is made one.
#[derive(Debug, Clone, PartialEq)]
pub struct LabIdea {
    pub text: String,
    pub topic: Topic,
    /// Added over its repeats; `None` where none was given.
    pub votes: Option<f64>,
    pub tables: Vec<String>,
    pub rounds: Vec<String>,
    pub priority: Option<String>,
    pub types: Vec<String>,
    pub follow_up: FollowUp,
    /// Where it was first written.
    pub location: Location,
}

/// A lab's ideas, grouped by topic and ranked within each.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LabOutcomes {
    /// Topic groups in the order of `[[topic]]`, then own topics as met, then no topic; in
    /// each, the most votes first, ties in the order written.
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub topic: Topic,
    pub ideas: Vec<LabIdea>,
}

impl LabOutcomes {
    pub fn ideas(&self) -> impl Iterator<Item = &LabIdea> {
        self.groups.iter().flat_map(|g| &g.ideas)
    }

    pub fn count(&self) -> usize {
        self.groups.iter().map(|g| g.ideas.len()).sum()
    }

    pub fn with_follow_up(&self) -> usize {
        self.ideas().filter(|i| i.follow_up.is_given()).count()
    }
}

/// Every lab's outcomes (`labs[i]` is lab `i`'s), and the topics written that match no entry.
#[derive(Debug, Clone, Default)]
pub struct Outcomes {
    pub labs: Vec<LabOutcomes>,
    /// (topic as written, where first), for `check`.
    pub unmatched: Vec<(String, Location)>,
}

impl Outcomes {
    pub fn count(&self) -> usize {
        self.labs.iter().map(LabOutcomes::count).sum()
    }
}

/// Every lab's outcomes: its sheets' ideas (`ideas[lab]`) and its lab.toml's, with the names
/// of the people its sheets registered masked.
pub fn collect(
    labs: &[Lab],
    files: &[Vec<crate::recognise::FileRecords>],
    ideas: Vec<Vec<Idea>>,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> Outcomes {
    let mut out = Outcomes::default();
    for ((lab, records), mut found) in labs.iter().zip(files).zip(ideas) {
        found.extend(from_lab_toml(lab, config));
        if found.is_empty() {
            out.labs.push(LabOutcomes::default());
            continue;
        }
        let names = name_words(records.iter().flat_map(|f| {
            f.registrations
                .iter()
                .filter_map(|r| r.name)
                .chain(f.sign_ins.iter().filter_map(|s| s.name))
                .map(|t| f.text(t))
        }));
        out.labs.push(lab_outcomes(
            found,
            &names,
            &config.topics,
            &mut out.unmatched,
            diagnostics,
        ));
    }
    out
}

/// Recognises one sheet of `file`: an outcome sheet's ideas go to `ideas`; any other sheet,
/// and a form's with a question that collected ideas, is recognised as people or feedback
/// (`recognise::recognise_sheet`) into `records`.
pub fn recognise_sheet(
    file: &str,
    sheet: &crate::read::Sheet<'_>,
    config: &Config,
    index: &crate::recognise::columns::HeaderIndex,
    records: &mut crate::recognise::FileRecords,
    ideas: &mut Vec<Idea>,
) {
    let Some(found) = sheets::read_sheet(file, sheet, config, index) else {
        crate::recognise::recognise_sheet(file, sheet, config, index, records);
        return;
    };
    let described = found.describe();
    let shape = Some((found.shape.key(), found.ideas.len()));
    let columns = found.header_row.map(|r| {
        let cols = found
            .columns
            .iter()
            .map(|(c, col, h)| (*c, col.human(), h.clone()))
            .collect();
        (r, cols)
    });
    let claims = found.claims();
    ideas.extend(found.ideas);
    if !claims {
        // A form's other columns are read as usual; if they are neither people nor feedback,
        // the sheet is its ideas, and what the recogniser said of it is no problem.
        let warnings = records.diagnostics.warnings.len();
        crate::recognise::recognise_sheet(file, sheet, config, index, records);
        if let Some(report) = records.sheets.last_mut() {
            if report.layout.is_none() {
                records.diagnostics.warnings.truncate(warnings);
                report.skipped = None;
                report.skip = None;
            }
            report.outcomes = Some(described);
            report.outcome_shape = shape;
            report.outcome_columns = columns;
        }
        return;
    }
    records.sheets.push(crate::recognise::SheetReport {
        file: file.to_string(),
        sheet: sheet.name.clone(),
        layout: None,
        rows: 0,
        summary_rows: 0,
        skipped: None,
        skip: None,
        outcomes: Some(described),
        outcome_columns: columns,
        outcome_shape: shape,
    });
}

/// A lab.toml `[[outcome]]` entry as an idea.
pub fn from_lab_toml(lab: &Lab, config: &Config) -> Vec<Idea> {
    lab.outcomes
        .iter()
        .enumerate()
        .filter_map(|(i, o): (usize, &LabOutcome)| {
            let text = text::clean(&o.idea);
            let cleaned =
                |t: &Option<String>| t.as_deref().map(text::clean).filter(|t| !t.is_empty());
            (!text.is_empty()).then(|| Idea {
                text,
                table: cleaned(&o.table),
                round: cleaned(&o.round),
                topic: cleaned(&o.topic),
                votes: o.votes.filter(|v| v.is_finite() && *v >= 0.0),
                priority: None,
                types: stakeholder_labels(o.stakeholder_types.iter().map(String::as_str), config),
                follow_up: FollowUp {
                    owner: cleaned(&o.owner),
                    next_step: cleaned(&o.follow_up),
                    deadline: cleaned(&o.deadline),
                },
                location: Location::file(format!("{}/lab.toml", lab.key))
                    .with_cell(format!("[[outcome]] {}", i + 1)),
            })
        })
        .collect()
}

/// Stakeholder types at a table by their labels, each once; a label that matches no type is
/// kept as written (cleaned).
fn stakeholder_labels<'a>(
    written: impl IntoIterator<Item = &'a str>,
    config: &Config,
) -> Vec<String> {
    let types = &config.stakeholder_types;
    let mut out: Vec<String> = Vec::new();
    for label in written {
        let shown = match types.code(label) {
            Some(code) => types.entries[code as usize].label.clone(),
            None => text::clean(label),
        };
        if !shown.is_empty() && !out.contains(&shown) {
            out.push(shown);
        }
    }
    out
}

/// The words of the names of a lab's registered people (folded, 3 letters or more): a word of
/// an idea that is one of them is masked.
pub type Names = HashSet<String>;

/// Name words from the names as written.
pub fn name_words<'a>(names: impl IntoIterator<Item = &'a str>) -> Names {
    names
        .into_iter()
        .flat_map(|n| n.split(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().count() >= 3)
        .map(fold)
        .collect()
}

/// Masks in `text` each capitalised word that is a registered person's name; the words masked.
fn mask_names(text: &mut String, names: &Names) -> Vec<String> {
    if names.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String, found: &mut Vec<String>| {
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if capital && word.chars().count() >= 3 && names.contains(&fold(word)) {
            found.push(std::mem::take(word));
            out.push_str(text::NAME);
        } else {
            out.push_str(word);
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out, &mut found);
            out.push(c);
        }
    }
    flush(&mut word, &mut out, &mut found);
    if !found.is_empty() {
        *text = out;
    }
    found
}

/// A lab's ideas merged, named, grouped and ranked. Names of registered people in an idea's
/// text or follow-up are masked with a warning at the idea's place.
pub fn lab_outcomes(
    ideas: Vec<Idea>,
    names: &Names,
    topics: &Taxonomy,
    unmatched: &mut Vec<(String, Location)>,
    diagnostics: &mut Diagnostics,
) -> LabOutcomes {
    // The same text (folded: case, accents, spaces and punctuation aside) is one idea.
    let mut merged: Vec<LabIdea> = Vec::new();
    let mut at: BTreeMap<String, usize> = BTreeMap::new();
    for mut idea in ideas {
        let mut masked = mask_names(&mut idea.text, names);
        for t in [&mut idea.follow_up.owner, &mut idea.follow_up.next_step]
            .into_iter()
            .flatten()
        {
            masked.extend(mask_names(t, names));
        }
        if !masked.is_empty() {
            diagnostics.warn(
                idea.location.clone(),
                format!(
                    "the idea's text holds {}, the name of a person registered for this lab; it is masked in the report: outcome sheets should not hold people's names (write the organisation or role instead)",
                    masked
                        .iter()
                        .map(|w| format!("\"{w}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
        let key = fold(&idea.text);
        if let Some(&i) = at.get(&key) {
            let m = &mut merged[i];
            m.votes = match (m.votes, idea.votes) {
                (Some(a), Some(b)) => Some(a + b),
                (a, b) => a.or(b),
            };
            push_new(&mut m.tables, idea.table);
            push_new(&mut m.rounds, idea.round);
            for t in idea.types {
                push_new(&mut m.types, Some(t));
            }
            if !m.follow_up.is_given() && idea.follow_up.is_given() {
                m.follow_up = idea.follow_up;
            }
            if m.priority.is_none() {
                m.priority = idea.priority;
            }
            if m.topic.key == TopicKey::None && idea.topic.is_some() {
                m.topic = topic_of(idea.topic.as_deref(), &idea.text, topics);
            }
            continue;
        }
        let topic = topic_of(idea.topic.as_deref(), &idea.text, topics);
        if let (TopicKey::Own(_), Some(written)) = (&topic.key, &idea.topic)
            && !unmatched.iter().any(|(t, _)| fold(t) == fold(written))
        {
            unmatched.push((written.clone(), idea.location.clone()));
        }
        at.insert(key, merged.len());
        merged.push(LabIdea {
            text: idea.text,
            topic,
            votes: idea.votes,
            tables: idea.table.into_iter().collect(),
            rounds: idea.round.into_iter().collect(),
            priority: idea.priority,
            types: idea.types,
            follow_up: idea.follow_up,
            location: idea.location,
        });
    }
    LabOutcomes {
        groups: group(merged),
    }
}

fn push_new(list: &mut Vec<String>, item: Option<String>) {
    if let Some(item) = item
        && !list.contains(&item)
    {
        list.push(item);
    }
}

/// The topic of an idea: its written topic matched to `[[topic]]` (alias, else keywords), kept
/// under its own text if it matches none; with no topic written, the keywords of the idea's
/// own words, else none.
fn topic_of(written: Option<&str>, idea: &str, topics: &Taxonomy) -> Topic {
    let known = |code: u32, keyword: Option<&str>| {
        let e = &topics.entries[code as usize];
        Topic {
            key: TopicKey::Known(code),
            id: e.id.clone(),
            label: e.label.clone(),
            keyword: keyword.map(str::to_string),
        }
    };
    let (found, otherwise) = match written {
        Some(t) => (
            topics.find(t),
            Topic {
                key: TopicKey::Own(fold(t)),
                id: UNKNOWN.into(),
                label: t.to_string(),
                keyword: None,
            },
        ),
        None => (
            topics.find(idea),
            Topic {
                key: TopicKey::None,
                id: UNKNOWN.into(),
                label: NO_TOPIC.into(),
                keyword: None,
            },
        ),
    };
    match found {
        Match::Alias(code) => known(code, None),
        Match::Keyword { code, keyword } => known(code, Some(keyword)),
        Match::Ambiguous(_) | Match::None => otherwise,
    }
}

/// Where a topic's group goes: `[[topic]]`'s in the config's order, then topics of their own in
/// the order met (`met`, which a topic not in it joins), then no topic.
pub fn topic_order(key: &TopicKey, met: &mut Vec<TopicKey>) -> (u8, usize) {
    match key {
        TopicKey::Known(c) => (0, *c as usize),
        TopicKey::Own(_) => match met.iter().position(|k| k == key) {
            Some(i) => (1, i),
            None => {
                met.push(key.clone());
                (1, met.len() - 1)
            }
        },
        TopicKey::None => (2, 0),
    }
}

/// Ideas into topic groups, each ranked: most votes first (an idea without votes after those
/// with), ties in the order written.
fn group(ideas: Vec<LabIdea>) -> Vec<Group> {
    let mut order: Vec<TopicKey> = Vec::new();
    let mut groups: BTreeMap<TopicKey, Group> = BTreeMap::new();
    for idea in ideas {
        if !groups.contains_key(&idea.topic.key) {
            order.push(idea.topic.key.clone());
        }
        groups
            .entry(idea.topic.key.clone())
            .or_insert_with(|| Group {
                topic: idea.topic.clone(),
                ideas: Vec::new(),
            })
            .ideas
            .push(idea);
    }
    let mut keys: Vec<TopicKey> = groups.keys().cloned().collect();
    keys.sort_by_key(|k| topic_order(k, &mut order));
    keys.into_iter()
        .filter_map(|k| groups.remove(&k))
        .map(|mut g| {
            rank_ideas(&mut g.ideas);
            g
        })
        .collect()
}

/// Most votes first, ideas without votes last, ties in their order (a stable sort).
pub fn rank_ideas(ideas: &mut [LabIdea]) {
    ideas.sort_by(|a, b| {
        let v = |i: &LabIdea| i.votes.unwrap_or(f64::NEG_INFINITY);
        v(b).total_cmp(&v(a))
    });
}

/// "12", "2.5": votes as shown.
pub fn votes_text(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

#[cfg(test)]
mod tests;
