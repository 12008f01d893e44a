//! The ideas of a lab merged, topics matched and ranked, worked out by hand.

use super::*;

fn idea(text: &str, table: &str, topic: Option<&str>, votes: Option<f64>) -> Idea {
    Idea {
        text: text.into(),
        table: Some(table.into()),
        round: None,
        topic: topic.map(str::to_string),
        votes,
        priority: None,
        types: Vec::new(),
        follow_up: FollowUp::default(),
        location: Location::file("x.csv"),
    }
}

fn texts(g: &Group) -> Vec<(&str, Option<f64>)> {
    g.ideas.iter().map(|i| (i.text.as_str(), i.votes)).collect()
}

#[test]
fn the_same_idea_at_two_tables_is_one_with_its_votes_added_and_groups_are_ranked() {
    let config = Config::builtin();
    let ideas = vec![
        idea(
            "Micro-grants for start-ups",
            "1",
            Some("Finanțare"),
            Some(3.0),
        ),
        idea("A coworking hub", "1", Some("Spații"), Some(4.0)),
        idea("Angel investors' club", "2", Some("Finanțare"), Some(5.0)),
        // The same text, typed otherwise, at table 3: one idea, 3 + 4 votes.
        idea(
            "micro-grants for START-UPS ",
            "3",
            Some("Finanțare"),
            Some(4.0),
        ),
        idea("Guarantee fund", "3", Some("Finanțare"), None),
        idea("A night market", "2", Some("Piața de noapte"), Some(1.0)),
        idea("Mentoring by retired managers", "2", None, None),
        idea("Something else", "2", None, Some(2.0)),
    ];
    let mut unmatched = Vec::new();
    let mut d = Diagnostics::default();
    let out = lab_outcomes(ideas, &Names::new(), &config.topics, &mut unmatched, &mut d);
    let labels: Vec<&str> = out.groups.iter().map(|g| g.topic.label.as_str()).collect();
    // Config order (finance, skills, …, spaces), then the own topic, then none.
    assert_eq!(
        labels,
        [
            "Access to finance",
            "Skills and talent",
            "Spaces and infrastructure",
            "Piața de noapte",
            NO_TOPIC
        ]
    );
    assert_eq!(
        texts(&out.groups[0]),
        [
            ("Micro-grants for start-ups", Some(7.0)),
            ("Angel investors' club", Some(5.0)),
            ("Guarantee fund", None)
        ]
    );
    assert_eq!(out.groups[0].ideas[0].tables, ["1", "3"]);
    // No topic written: the idea's words ("mentoring") name one.
    assert_eq!(
        texts(&out.groups[1]),
        [("Mentoring by retired managers", None)]
    );
    assert_eq!(out.count(), 7);
    assert_eq!(unmatched.len(), 1);
    assert_eq!(unmatched[0].0, "Piața de noapte");
    assert!(d.warnings.is_empty());
}

#[test]
fn ties_keep_the_order_written() {
    let config = Config::builtin();
    let ideas = vec![
        idea("B", "1", Some("Tourism"), Some(2.0)),
        idea("A", "1", Some("Tourism"), Some(5.0)),
        idea("C", "1", Some("Tourism"), Some(2.0)),
        idea("D", "1", Some("Tourism"), None),
        idea("E", "1", Some("Tourism"), Some(0.0)),
    ];
    let out = lab_outcomes(
        ideas,
        &Names::new(),
        &config.topics,
        &mut Vec::new(),
        &mut Diagnostics::default(),
    );
    let order: Vec<&str> = out.groups[0]
        .ideas
        .iter()
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(order, ["A", "B", "C", "E", "D"]);
}

#[test]
fn a_registered_persons_name_in_an_idea_is_masked_and_warned() {
    let config = Config::builtin();
    let names = name_words(["Ana Popescu", "Ion Mureșan"]);
    let mut i = idea("Ask Popescu and Muresan to run the hub", "1", None, None);
    i.follow_up.owner = Some("Mureșan".into());
    let mut d = Diagnostics::default();
    let out = lab_outcomes(vec![i], &names, &config.topics, &mut Vec::new(), &mut d);
    let got = &out.groups[0].ideas[0];
    assert_eq!(got.text, "Ask [name] and [name] to run the hub");
    assert_eq!(got.follow_up.owner.as_deref(), Some("[name]"));
    assert_eq!(d.warnings.len(), 1);
    let w = d.warnings[0].to_string();
    assert!(w.contains("\"Popescu\", \"Muresan\", \"Mureșan\""), "{w}");
    // A lower-case word that is also a name ("ana" inside a sentence) is not a name.
    let names = name_words(["Hub Ana"]);
    let mut text = "a hub for banana growers".to_string();
    assert!(mask_names(&mut text, &names).is_empty());
}
