//! What the labs say of each other, that no single file shows: a lab whose lists have no
//! stakeholder-type, sector or organisation column where other labs' lists have one (its
//! people would all be "unknown" there, quietly), and a feedback form whose questions match
//! none of another partner's (the programme could not compare them). Each is a warning.

use std::collections::BTreeSet;

use crate::config::Config;
use crate::diagnostics::{Location, plural};
use crate::discover::Lab;

use super::FileRecords;
use super::columns::{Field, Role, Target};

/// The warnings, each with its lab's (or file's) place.
pub fn across_labs(
    labs: &[Lab],
    files: &[Vec<FileRecords>],
    config: &Config,
) -> Vec<(Location, String)> {
    let mut out = Vec::new();
    // Per lab: whether it has people on a list, and which of the three columns its lists
    // have.
    let columns = [
        (Field::StakeholderType, "stakeholder_type"),
        (Field::Sector, "sector"),
        (Field::Organisation, "organisation"),
    ];
    let has: Vec<(bool, [bool; 3])> = files
        .iter()
        .map(|lab| {
            let layouts = lab
                .iter()
                .flat_map(|f| &f.sheets)
                .filter(|s| s.rows > 0)
                .filter_map(|s| s.layout.as_ref())
                .filter(|l| l.role != Role::Feedback);
            let mut people = false;
            let mut found = [false; 3];
            for l in layouts {
                people = true;
                for (i, (field, _)) in columns.iter().enumerate() {
                    // Organisations are named on sign-in sheets too; types and sectors are
                    // read from registration lists.
                    let counts = *field == Field::Organisation || l.role == Role::Registrations;
                    found[i] |= counts && l.field(*field).is_some();
                }
            }
            (people, found)
        })
        .collect();
    for (i, (field, key)) in columns.iter().enumerate() {
        let with = has.iter().filter(|(people, f)| *people && f[i]).count();
        if with == 0 {
            continue;
        }
        for (lab, (people, found)) in labs.iter().zip(&has) {
            if *people && !found[i] {
                out.push((
                    Location::file(lab.key.clone()),
                    format!(
                        "no column of its lists is read as the {what}, though {others} {have} one: its people are counted under an unknown {what} here; if a column holds it, name its header under [columns] {key} in labreport.toml",
                        what = field.human(),
                        others = plural(with as u64, "other lab"),
                        have = if with == 1 { "has" } else { "have" },
                    ),
                ));
            }
        }
    }
    // Feedback: each form's question ids, by partner.
    let mut forms: Vec<(usize, String, BTreeSet<String>)> = Vec::new();
    for (l, lab) in files.iter().enumerate() {
        for f in lab {
            let ids: BTreeSet<String> = f
                .sheets
                .iter()
                .filter_map(|s| s.layout.as_ref())
                .filter(|layout| layout.role == Role::Feedback)
                .flat_map(|layout| {
                    layout.columns.iter().filter_map(|c| match c.target {
                        Target::Question(q) => Some(config.questions[q].id.clone()),
                        Target::Unconfigured(q) => Some(layout.unconfigured[q].id.clone()),
                        Target::Field(_) => None,
                    })
                })
                .collect();
            if !ids.is_empty() {
                let file = f.sheets.first().map_or(String::new(), |s| s.file.clone());
                forms.push((l, file, ids));
            }
        }
    }
    for (l, file, ids) in &forms {
        let partner = &labs[*l].partner;
        let others: BTreeSet<&String> = forms
            .iter()
            .filter(|(o, ..)| &labs[*o].partner != partner)
            .flat_map(|(_, _, ids)| ids)
            .collect();
        if !others.is_empty() && ids.iter().all(|id| !others.contains(id)) {
            out.push((
                Location::file(file.clone()),
                format!(
                    "none of its questions ({}) is asked by another partner, so the programme cannot compare them; if one is a built-in question (overall, usefulness, organisation, recommend) in other words, add its header to that [[question]]'s aliases in labreport.toml",
                    ids.iter().cloned().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    out
}
