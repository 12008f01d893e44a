//! The world café's outcomes on the pages: a lab's ideas by topic, ranked by votes, with their
//! table's stakeholder mix and follow-up; the index's ideas by topic and partner (a chart and
//! its table), topics that recur across partners, the programme's top-voted ideas and
//! follow-up.

use serde::Serialize;

use crate::chart::{BarChart, Chart, Series};
use crate::diagnostics::plural;
use crate::discover::Lab;
use crate::outcomes::programme::{Programme, programme};
use crate::outcomes::{LabIdea, LabOutcomes, Outcomes, TopicKey, votes_text};

use super::{PlannedChart, Table, display};

/// The most characters of a topic or a partner shown as a chart's label; the table beside it
/// has them whole.
const LABEL: usize = 60;

#[derive(Serialize)]
pub struct LabSection {
    /// "14 ideas on 4 topics; 6 have a follow-up, 8 none yet."
    pub summary: String,
    pub groups: Vec<GroupView>,
}

#[derive(Serialize)]
pub struct GroupView {
    /// The heading's anchor.
    pub id: String,
    pub label: String,
    /// A topic written in the sheet that matches no `[[topic]]`.
    pub own: bool,
    pub count: String,
    pub ideas: Vec<IdeaView>,
}

#[derive(Serialize)]
pub struct IdeaView {
    /// Whole (never cut), line breaks kept; escaped by the template.
    pub text: String,
    pub votes: Option<String>,
    /// "Table 2", "Tables 1 and 3", with the round(s).
    pub place: Option<String>,
    /// The stakeholder types at its table.
    pub mix: Option<String>,
    pub priority: Option<String>,
    pub follow_up: Option<String>,
}

fn idea_view(i: &LabIdea) -> IdeaView {
    let tables = match i.tables.as_slice() {
        [] => None,
        [t] => Some(format!("Table {t}")),
        ts => Some(format!("Tables {}", and_list(ts))),
    };
    let rounds = match i.rounds.as_slice() {
        [] => None,
        [r] => Some(format!("round {r}")),
        rs => Some(format!("rounds {}", and_list(rs))),
    };
    let place = match (tables, rounds) {
        (Some(t), Some(r)) => Some(format!("{t}, {r}")),
        (t, r) => t.or(r.map(|r| capitalised(&r))),
    };
    IdeaView {
        text: i.text.clone(),
        votes: i.votes.map(|v| {
            let s = votes_text(v);
            if s == "1" {
                "1 vote".into()
            } else {
                format!("{s} votes")
            }
        }),
        place,
        mix: (!i.types.is_empty()).then(|| i.types.join(", ")),
        priority: i.priority.clone(),
        follow_up: Some(i.follow_up.describe()).filter(|f| !f.is_empty()),
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// "1, 2 and 3".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "14 ideas on 4 topics; 6 have a follow-up, 8 none yet."
fn count_sentence(ideas: usize, topics: usize, with: usize) -> String {
    let follow = match (with, ideas - with) {
        (0, _) => "none has a follow-up yet".to_string(),
        (1, 0) => "it has a follow-up".to_string(),
        (_, 0) => "each has a follow-up".to_string(),
        (1, n) => format!("1 has a follow-up, {n} none yet"),
        (w, n) => format!("{w} have a follow-up, {n} none yet"),
    };
    format!(
        "{} on {}; {follow}.",
        plural(ideas as u64, "idea"),
        plural(topics as u64, "topic")
    )
}

/// A lab's Outcomes section; `None` when the lab has no outcome sheet.
pub fn lab_section(o: &LabOutcomes) -> Option<LabSection> {
    let n = o.count();
    if n == 0 {
        return None;
    }
    let topics = o
        .groups
        .iter()
        .filter(|g| g.topic.key != TopicKey::None)
        .count();
    Some(LabSection {
        summary: count_sentence(n, topics, o.with_follow_up()),
        groups: o
            .groups
            .iter()
            .enumerate()
            .map(|(k, g)| GroupView {
                id: format!("topic-{}", k + 1),
                label: display(&g.topic.label, 200),
                own: matches!(g.topic.key, TopicKey::Own(_)),
                count: plural(g.ideas.len() as u64, "idea"),
                ideas: g.ideas.iter().map(idea_view).collect(),
            })
            .collect(),
    })
}

#[derive(Serialize)]
pub struct IndexSection {
    pub summary: String,
    /// "Access to finance: Timișoara, Leeuwarden".
    pub recurring: Vec<(String, String)>,
    pub top: Vec<TopRow>,
    /// Partner, ideas, with a follow-up, without.
    pub follow_up: Vec<[String; 4]>,
    /// Topics written that match no `[[topic]]`, listed under their own text.
    pub own_topics: usize,
}

#[derive(Serialize)]
pub struct TopRow {
    pub rank: usize,
    pub text: String,
    pub votes: String,
    pub lab: String,
    pub href: String,
}

/// The index's Outcomes section and its chart; `None` when no lab has ideas.
pub fn index_section(outcomes: &Outcomes, labs: &[Lab]) -> Option<(IndexSection, PlannedChart)> {
    if outcomes.count() == 0 {
        return None;
    }
    let p = programme(outcomes, labs);
    let topics = p
        .by_topic
        .iter()
        .filter(|r| r.topic.key != TopicKey::None)
        .count();
    let section = IndexSection {
        summary: format!(
            "The labs produced {}",
            count_sentence(p.ideas, topics, p.with_follow_up)
        ),
        recurring: p
            .recurring()
            .into_iter()
            .map(|(t, who)| {
                let who: Vec<String> = who.iter().map(|w| display(w, LABEL)).collect();
                (display(&t.label, 200), and_list(&who))
            })
            .collect(),
        top: p
            .top
            .iter()
            .enumerate()
            .map(|(k, r)| {
                let lab = &labs[r.lab];
                TopRow {
                    rank: k + 1,
                    text: r.idea.text.clone(),
                    votes: r.idea.votes.map(votes_text).unwrap_or_default(),
                    lab: super::lab_label(lab),
                    href: format!("labs/{}/{}.html", lab.partner, lab.name),
                }
            })
            .collect(),
        follow_up: p
            .partners
            .iter()
            .zip(&p.follow_up_by_partner)
            .filter(|(_, f)| f.0 > 0)
            .map(|(name, f)| {
                [
                    display(name, LABEL),
                    f.0.to_string(),
                    f.1.to_string(),
                    (f.0 - f.1).to_string(),
                ]
            })
            .collect(),
        own_topics: p
            .by_topic
            .iter()
            .filter(|r| matches!(r.topic.key, TopicKey::Own(_)))
            .count(),
    };
    Some((section, chart(&p)))
}

/// Ideas by topic, a bar per partner.
fn chart(p: &Programme<'_>) -> PlannedChart {
    let with_ideas: Vec<usize> = (0..p.partners.len())
        .filter(|&k| p.by_topic.iter().any(|r| r.per_partner[k] > 0))
        .collect();
    let series = with_ideas
        .iter()
        .map(|&k| Series {
            name: display(&p.partners[k], LABEL),
            values: p.by_topic.iter().map(|r| r.per_partner[k] as f64).collect(),
        })
        .collect();
    let most = p.by_topic.iter().max_by_key(|r| r.total);
    let tied: Vec<&str> = p
        .by_topic
        .iter()
        .filter(|r| Some(r.total) == most.map(|m| m.total))
        .map(|r| r.topic.label.as_str())
        .collect();
    let description = match (most, tied.as_slice()) {
        (None, _) => "No ideas to show.".to_string(),
        (Some(m), [one]) => format!(
            "{} had the most ideas: {} of {}.",
            display(one, 200),
            m.total,
            p.ideas
        ),
        (Some(m), many) => format!(
            "{} had the most ideas, {} each, of {}.",
            and_list(&many.iter().map(|t| display(t, 200)).collect::<Vec<_>>()),
            m.total,
            p.ideas
        ),
    };
    let mut columns = vec!["Topic".to_string()];
    columns.extend(with_ideas.iter().map(|&k| display(&p.partners[k], LABEL)));
    columns.push("All labs".into());
    let rows = p
        .by_topic
        .iter()
        .map(|r| {
            let mut cells: Vec<String> = with_ideas
                .iter()
                .map(|&k| r.per_partner[k].to_string())
                .collect();
            cells.push(r.total.to_string());
            (display(&r.topic.label, 200), cells)
        })
        .collect();
    PlannedChart {
        chart: Chart::Bar(BarChart {
            id: "ideas-by-topic".into(),
            title: "Ideas by topic and partner".into(),
            description,
            categories: p
                .by_topic
                .iter()
                .map(|r| display(&r.topic.label, LABEL))
                .collect(),
            series,
            decimals: 0,
            max: None,
        }),
        table: Table { columns, rows },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_sentence_reads_right_for_every_follow_up() {
        assert_eq!(
            count_sentence(14, 4, 6),
            "14 ideas on 4 topics; 6 have a follow-up, 8 none yet."
        );
        assert_eq!(
            count_sentence(2, 1, 1),
            "2 ideas on 1 topic; 1 has a follow-up, 1 none yet."
        );
        assert_eq!(
            count_sentence(1, 0, 1),
            "1 idea on 0 topics; it has a follow-up."
        );
        assert_eq!(
            count_sentence(3, 2, 0),
            "3 ideas on 2 topics; none has a follow-up yet."
        );
        assert_eq!(
            count_sentence(3, 2, 3),
            "3 ideas on 2 topics; each has a follow-up."
        );
    }
}
