//! The world café's outcomes on the pages: a lab's ideas by topic, ranked by votes, with their
//! table's stakeholder mix and follow-up; the index's ideas by topic and partner (a chart and
//! its table), topics that recur across partners, the programme's top-voted ideas and
//! follow-up.

use serde::Serialize;

use crate::chart::{BarChart, Chart, Series};
use crate::config::Config;
use crate::discover::Lab;
use crate::outcomes::programme::{Programme, programme};
use crate::outcomes::{FollowUp, Topic};
use crate::outcomes::{LabIdea, LabOutcomes, Outcomes, TopicKey};
use crate::say;
use crate::wording::{Arg, Wording};

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

fn idea_view(i: &LabIdea, config: &Config, w: &Wording) -> IdeaView {
    let list = |items: &[String]| w.and_list(items);
    let place = match (i.tables.as_slice(), i.rounds.as_slice()) {
        ([], []) => None,
        (tables, []) => Some(say!(
            w,
            "idea-tables",
            n = tables.len(),
            tables = list(tables)
        )),
        ([], rounds) => Some(say!(
            w,
            "idea-rounds",
            n = rounds.len(),
            rounds = list(rounds)
        )),
        (tables, rounds) => Some(say!(
            w,
            "idea-tables-rounds",
            n = tables.len(),
            tables = list(tables),
            rounds_n = rounds.len(),
            rounds = list(rounds)
        )),
    };
    IdeaView {
        text: i.text.clone(),
        votes: i.votes.map(|v| votes(v, w)),
        place,
        mix: (!i.types.is_empty()).then(|| {
            let types: Vec<String> = i.types.iter().map(|t| type_label(t, config)).collect();
            w.and_list(&types)
        }),
        priority: i.priority.clone(),
        follow_up: follow_up(&i.follow_up, w),
    }
}

/// "1 vote", "12 votes", "2.5 votes".
fn votes(v: f64, w: &Wording) -> String {
    w.message("idea-votes", &[("n", Arg::Decimal(v))])
}

/// A topic's label in the report's language: a `[[topic]]`'s (`Config::localised`), the
/// words of a topic written in the sheet as written, or "No topic given".
fn topic_label(topic: &Topic, config: &Config, w: &Wording) -> String {
    match &topic.key {
        TopicKey::Known(code) => config
            .topics
            .entries
            .get(*code as usize)
            .map_or_else(|| topic.label.clone(), |e| e.label.clone()),
        TopicKey::None => w.text("no-topic"),
        TopicKey::Own(_) => topic.label.clone(),
    }
}

/// A stakeholder type at an idea's table, by the label it was read as, in the report's
/// language.
fn type_label(label: &str, config: &Config) -> String {
    let types = &config.stakeholder_types;
    types
        .code(label)
        .and_then(|code| types.entries.get(code as usize))
        .map_or_else(|| label.to_string(), |e| e.label.clone())
}

/// Who follows an idea up and how: "Ana (city hall): a pilot call (by 2024-05-01)".
fn follow_up(f: &FollowUp, w: &Wording) -> Option<String> {
    let what = match (&f.owner, &f.next_step) {
        (Some(o), Some(n)) => format!("{o}: {n}"),
        (Some(o), None) => o.clone(),
        (None, Some(n)) => n.clone(),
        (None, None) => return None,
    };
    Some(match &f.deadline {
        Some(d) => say!(
            w,
            "follow-up-deadline",
            follow_up = what,
            deadline = d.as_str()
        ),
        None => what,
    })
}

/// A number of votes: whole, or with one decimal where points were given in halves.
fn votes_number(v: f64, w: &Wording) -> String {
    if v.fract() == 0.0 {
        w.count(v as u64)
    } else {
        w.decimal(v, 1)
    }
}

/// "14 ideas on 4 topics; 6 have a follow-up, 8 none yet.", of a lab or of the programme.
fn count_sentence(
    programme: bool,
    ideas: usize,
    topics: usize,
    with: usize,
    w: &Wording,
) -> String {
    let id = match (programme, with, ideas - with) {
        (false, 0, _) => "ideas-lab-none",
        (false, _, 0) => "ideas-lab-all",
        (false, _, _) => "ideas-lab-some",
        (true, 0, _) => "ideas-programme-none",
        (true, _, 0) => "ideas-programme-all",
        (true, _, _) => "ideas-programme-some",
    };
    w.message(
        id,
        &[
            ("ideas", Arg::from(ideas)),
            ("topics", Arg::from(topics)),
            ("with", Arg::from(with)),
            ("without", Arg::from(ideas - with)),
        ],
    )
}

/// A lab's Outcomes section; `None` when the lab has no outcome sheet.
pub fn lab_section(o: &LabOutcomes, config: &Config, w: &Wording) -> Option<LabSection> {
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
        summary: count_sentence(false, n, topics, o.with_follow_up(), w),
        groups: o
            .groups
            .iter()
            .enumerate()
            .map(|(k, g)| GroupView {
                id: format!("topic-{}", k + 1),
                label: display(&topic_label(&g.topic, config, w), 200),
                own: matches!(g.topic.key, TopicKey::Own(_)),
                count: say!(w, "idea-count", n = g.ideas.len()),
                ideas: g.ideas.iter().map(|i| idea_view(i, config, w)).collect(),
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
pub fn index_section(
    outcomes: &Outcomes,
    labs: &[Lab],
    config: &Config,
    w: &Wording,
) -> Option<(IndexSection, PlannedChart)> {
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
        summary: count_sentence(true, p.ideas, topics, p.with_follow_up, w),
        recurring: p
            .recurring()
            .into_iter()
            .map(|(t, who)| {
                let who: Vec<String> = who.iter().map(|w| display(w, LABEL)).collect();
                (display(&topic_label(t, config, w), 200), w.and_list(&who))
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
                    votes: r.idea.votes.map(|v| votes_number(v, w)).unwrap_or_default(),
                    lab: super::lab_label(lab, w),
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
                    w.count(f.0 as u64),
                    w.count(f.1 as u64),
                    w.count((f.0 - f.1) as u64),
                ]
            })
            .collect(),
        own_topics: p
            .by_topic
            .iter()
            .filter(|r| matches!(r.topic.key, TopicKey::Own(_)))
            .count(),
    };
    Some((section, chart(&p, config, w)))
}

/// Ideas by topic, a bar per partner.
fn chart(p: &Programme<'_>, config: &Config, w: &Wording) -> PlannedChart {
    let with_ideas: Vec<usize> = (0..p.partners.len())
        .filter(|&k| p.by_topic.iter().any(|r| r.per_partner[k] > 0))
        .collect();
    let series: Vec<Series> = with_ideas
        .iter()
        .map(|&k| Series {
            name: display(&p.partners[k], LABEL),
            values: p.by_topic.iter().map(|r| r.per_partner[k] as f64).collect(),
        })
        .collect();
    let most = p.by_topic.iter().max_by_key(|r| r.total);
    let tied: Vec<String> = p
        .by_topic
        .iter()
        .filter(|r| Some(r.total) == most.map(|m| m.total))
        .map(|r| topic_label(&r.topic, config, w))
        .collect();
    let description = match (most, tied.as_slice()) {
        (None, _) => w.text("ideas-chart-none"),
        (Some(m), [one]) => say!(
            w,
            "ideas-chart-most",
            topic = display(one, 200),
            n = m.total,
            total = p.ideas
        ),
        (Some(m), many) => say!(
            w,
            "ideas-chart-most-tied",
            topics = w.and_list(&many.iter().map(|t| display(t, 200)).collect::<Vec<_>>()),
            n = m.total,
            total = p.ideas
        ),
    };
    let mut columns = vec![w.text("column-topic")];
    columns.extend(with_ideas.iter().map(|&k| display(&p.partners[k], LABEL)));
    columns.push(w.text("column-all-labs"));
    let rows = p
        .by_topic
        .iter()
        .map(|r| {
            let mut cells: Vec<String> = with_ideas
                .iter()
                .map(|&k| w.count(r.per_partner[k] as u64))
                .collect();
            cells.push(w.count(r.total as u64));
            (display(&topic_label(&r.topic, config, w), 200), cells)
        })
        .collect();
    PlannedChart {
        chart: Chart::Bar(BarChart {
            id: "ideas-by-topic".into(),
            title: w.text("chart-ideas-by-topic"),
            description,
            categories: p
                .by_topic
                .iter()
                .map(|r| display(&topic_label(&r.topic, config, w), LABEL))
                .collect(),
            value_labels: super::value_labels(&series, 0, w),
            series,
            max: None,
        }),
        table: Table {
            columns,
            rows,
            // Each idea is under one topic: the rows sum to the partners' ideas.
            total: Some((w.text("total"), {
                let mut cells: Vec<String> = with_ideas
                    .iter()
                    .map(|&k| w.count(p.by_topic.iter().map(|r| r.per_partner[k] as u64).sum()))
                    .collect();
                cells.push(w.count(p.ideas as u64));
                cells
            })),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_sentence_reads_right_for_every_follow_up() {
        let w = Wording::english();
        let lab = |ideas, topics, with| count_sentence(false, ideas, topics, with, &w);
        assert_eq!(
            lab(14, 4, 6),
            "14 ideas on 4 topics; 6 have a follow-up, 8 none yet."
        );
        assert_eq!(
            lab(2, 1, 1),
            "2 ideas on 1 topic; 1 has a follow-up, 1 none yet."
        );
        assert_eq!(lab(1, 0, 1), "1 idea on 0 topics; it has a follow-up.");
        assert_eq!(
            lab(3, 2, 0),
            "3 ideas on 2 topics; none has a follow-up yet."
        );
        assert_eq!(lab(3, 2, 3), "3 ideas on 2 topics; each has a follow-up.");
        assert_eq!(
            count_sentence(true, 1234, 4, 6, &w),
            "The labs produced 1,234 ideas on 4 topics; 6 have a follow-up, 1,228 none yet."
        );
    }
}
