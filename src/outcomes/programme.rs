//! The outcomes across labs: ideas by topic and partner, topics that recur across partners,
//! the programme's top-voted ideas, follow-up; and each idea as a row of outcomes.csv.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::discover::Lab;

use super::{LabIdea, Outcomes, Topic, TopicKey, votes_text};

/// How many of the programme's ideas the index ranks.
pub const TOP: usize = 10;

/// A topic's ideas, per partner (in `Programme::partners`' order) and in all.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicRow {
    pub topic: Topic,
    pub per_partner: Vec<usize>,
    pub total: usize,
}

/// An idea with its lab, for the programme's ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked<'a> {
    pub idea: &'a LabIdea,
    pub lab: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Programme<'a> {
    /// Partner labels, in the labs' order.
    pub partners: Vec<String>,
    /// Topics in `[[topic]]` order, then own topics as met, then none.
    pub by_topic: Vec<TopicRow>,
    pub ideas: usize,
    pub with_follow_up: usize,
    /// Per partner: (ideas, with a follow-up).
    pub follow_up_by_partner: Vec<(usize, usize)>,
    /// The most-voted ideas (with votes above 0), most first; ties in lab then written order.
    pub top: Vec<Ranked<'a>>,
}

impl Programme<'_> {
    /// Topics with ideas from two partners or more, and those partners.
    pub fn recurring(&self) -> Vec<(&Topic, Vec<&str>)> {
        self.by_topic
            .iter()
            .filter(|r| r.topic.key != TopicKey::None)
            .filter_map(|r| {
                let who: Vec<&str> = r
                    .per_partner
                    .iter()
                    .zip(&self.partners)
                    .filter(|(n, _)| **n > 0)
                    .map(|(_, p)| p.as_str())
                    .collect();
                (who.len() >= 2).then_some((&r.topic, who))
            })
            .collect()
    }
}

pub fn programme<'a>(outcomes: &'a Outcomes, labs: &[Lab]) -> Programme<'a> {
    let mut partners: Vec<String> = Vec::new();
    let mut partner_of = Vec::with_capacity(labs.len());
    for lab in labs {
        let i = match partners.iter().position(|p| *p == lab.partner_label) {
            Some(i) => i,
            None => {
                partners.push(lab.partner_label.clone());
                partners.len() - 1
            }
        };
        partner_of.push(i);
    }
    let mut rows: BTreeMap<(u8, usize, TopicKey), TopicRow> = BTreeMap::new();
    let mut own_order: Vec<TopicKey> = Vec::new();
    let mut follow_up_by_partner = vec![(0, 0); partners.len()];
    let mut all: Vec<Ranked<'a>> = Vec::new();
    for (lab, o) in outcomes.labs.iter().enumerate() {
        let p = partner_of[lab];
        for idea in o.ideas() {
            let key = &idea.topic.key;
            let rank = super::topic_order(key, &mut own_order);
            let row = rows
                .entry((rank.0, rank.1, key.clone()))
                .or_insert_with(|| TopicRow {
                    topic: idea.topic.clone(),
                    per_partner: vec![0; partners.len()],
                    total: 0,
                });
            row.per_partner[p] += 1;
            row.total += 1;
            follow_up_by_partner[p].0 += 1;
            if idea.follow_up.is_given() {
                follow_up_by_partner[p].1 += 1;
            }
            all.push(Ranked { idea, lab });
        }
    }
    let ideas = all.len();
    let with_follow_up = follow_up_by_partner.iter().map(|f| f.1).sum();
    // Ranked as the labs are: by votes, ties in the order met (labs in order, ideas in their
    // lab's ranking).
    all.retain(|r| r.idea.votes.is_some_and(|v| v > 0.0));
    all.sort_by(|a, b| {
        b.idea
            .votes
            .unwrap_or(0.0)
            .total_cmp(&a.idea.votes.unwrap_or(0.0))
    });
    all.truncate(TOP);
    Programme {
        partners,
        by_topic: rows.into_values().collect(),
        ideas,
        with_follow_up,
        follow_up_by_partner,
        top: all,
    }
}

/// summary.json's `outcomes`.
#[derive(Debug, Serialize, Default)]
pub struct OutcomesJson {
    pub ideas: u64,
    pub with_follow_up: u64,
    /// Ideas per topic id; a topic that matches no `[[topic]]` under `unknown:<its text>`,
    /// ideas with no topic under `unknown`.
    pub by_topic: BTreeMap<String, u64>,
    /// Per lab key: its ideas and those with a follow-up.
    pub labs: BTreeMap<String, LabOutcomesJson>,
}

#[derive(Debug, Serialize, Default)]
pub struct LabOutcomesJson {
    pub ideas: u64,
    pub with_follow_up: u64,
    pub by_topic: BTreeMap<String, u64>,
}

/// The category a topic is told by in summary.json and figures.csv.
pub fn topic_category(t: &Topic) -> String {
    match &t.key {
        TopicKey::Own(_) => format!("{}:{}", super::UNKNOWN, t.label),
        _ => t.id.clone(),
    }
}

pub fn summary_json(outcomes: &Outcomes, labs: &[Lab]) -> OutcomesJson {
    let mut out = OutcomesJson::default();
    for (lab, o) in labs.iter().zip(&outcomes.labs) {
        let mut l = LabOutcomesJson {
            ideas: o.count() as u64,
            with_follow_up: o.with_follow_up() as u64,
            by_topic: BTreeMap::new(),
        };
        for g in &o.groups {
            let n = g.ideas.len() as u64;
            *l.by_topic.entry(topic_category(&g.topic)).or_default() += n;
            *out.by_topic.entry(topic_category(&g.topic)).or_default() += n;
        }
        out.ideas += l.ideas;
        out.with_follow_up += l.with_follow_up;
        out.labs.insert(lab.key.clone(), l);
    }
    out
}

/// outcomes.csv's columns.
pub const CSV_COLUMNS: [&str; 15] = [
    "lab",
    "partner",
    "date",
    "table",
    "round",
    "topic",
    "topic_id",
    "idea",
    "votes",
    "follow_up",
    "owner",
    "next_step",
    "deadline",
    "priority",
    "stakeholder_types",
];

/// Every idea as a row of outcomes.csv (and the workbook's Outcomes sheet): labs in order,
/// ideas as their lab page ranks them. A repeated idea's tables and rounds are joined with
/// ", ".
pub fn rows(outcomes: &Outcomes, labs: &[Lab]) -> Vec<[String; 15]> {
    let mut out = Vec::new();
    for (lab, o) in labs.iter().zip(&outcomes.labs) {
        for idea in o.ideas() {
            let f = &idea.follow_up;
            out.push([
                lab.key.clone(),
                lab.partner_label.clone(),
                lab.date.map(|d| d.to_string()).unwrap_or_default(),
                idea.tables.join(", "),
                idea.rounds.join(", "),
                idea.topic.label.clone(),
                topic_category(&idea.topic),
                idea.text.clone(),
                idea.votes.map(votes_text).unwrap_or_default(),
                f.describe(),
                f.owner.clone().unwrap_or_default(),
                f.next_step.clone().unwrap_or_default(),
                f.deadline.clone().unwrap_or_default(),
                idea.priority.clone().unwrap_or_default(),
                idea.types.join(", "),
            ]);
        }
    }
    out
}

/// outcomes.csv: every idea whole, UTF-8 with a BOM, text that could run as a formula
/// neutralised, like the other tables.
pub fn csv(rows: &[[String; 15]]) -> Vec<u8> {
    use crate::tables::{finish, put, text, writer};
    let mut w = writer();
    put(&mut w, CSV_COLUMNS);
    for row in rows {
        let cells: Vec<std::borrow::Cow<'_, str>> = row
            .iter()
            .enumerate()
            .map(|(i, v)| {
                if i == 8 {
                    std::borrow::Cow::Borrowed(v.as_str())
                } else {
                    text(v)
                }
            })
            .collect();
        put(&mut w, cells.iter().map(AsRef::as_ref));
    }
    finish(w)
}
