//! The aggregate tables as CSV for spreadsheets: UTF-8 with a BOM (so Excel shows diacritics),
//! and text that could run as a formula neutralised. Built from summary.json's figures.

use crate::config::Config;
use crate::summary::{CountJson, Summary};

/// The files, by their path in the output folder.
pub fn csv_tables(summary: &Summary, config: &Config) -> Vec<(String, Vec<u8>)> {
    let type_labels = |id: &str| label(&summary.labels["stakeholder_type"], id);
    let sector_labels = |id: &str| label(&summary.labels["sector"], id);
    let mut by_type = vec![row([
        "lab",
        "partner",
        "date",
        "stakeholder_type",
        "label",
        "registered",
        "attended",
    ])];
    let mut by_sector = vec![row([
        "lab",
        "partner",
        "date",
        "sector",
        "label",
        "registered",
        "attended",
    ])];
    let mut feedback = vec![row([
        "lab", "partner", "date", "question", "label", "answers", "mean", "nps",
    ])];
    for (key, lab) in &summary.labs {
        let date = lab.date.clone().unwrap_or_default();
        let counts = |out: &mut Vec<Vec<String>>,
                      map: &std::collections::BTreeMap<String, CountJson>,
                      name: &dyn Fn(&str) -> String| {
            for (id, c) in map {
                out.push(vec![
                    text(key),
                    text(&lab.partner),
                    date.clone(),
                    text(id),
                    text(&name(id)),
                    c.registered.to_string(),
                    c.attended.map_or(String::new(), |a| a.to_string()),
                ]);
            }
        };
        counts(&mut by_type, &lab.by_stakeholder_type, &type_labels);
        counts(&mut by_sector, &lab.by_sector, &sector_labels);
        for q in &config.questions {
            let mean = lab.feedback_mean.get(&q.id).copied().flatten();
            feedback.push(vec![
                text(key),
                text(&lab.partner),
                date.clone(),
                text(&q.id),
                text(&q.label),
                lab.feedback_answers
                    .get(&q.id)
                    .copied()
                    .unwrap_or(0)
                    .to_string(),
                mean.map_or(String::new(), |m| m.to_string()),
                lab.nps
                    .get(&q.id)
                    .copied()
                    .flatten()
                    .map_or(String::new(), |n| n.to_string()),
            ]);
        }
    }
    vec![
        (
            "data/participation_by_stakeholder_type.csv".into(),
            encode(&by_type),
        ),
        (
            "data/participation_by_sector.csv".into(),
            encode(&by_sector),
        ),
        ("data/feedback_by_question.csv".into(), encode(&feedback)),
    ]
}

fn label(labels: &std::collections::BTreeMap<String, String>, id: &str) -> String {
    labels.get(id).cloned().unwrap_or_else(|| id.to_string())
}

fn row<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// Text from the inputs, neutralised: a cell that starts with `=`, `+`, `-`, `@` (or a tab or
/// carriage return) would be run as a formula by Excel or LibreOffice; a leading `'` keeps
/// it text. Numbers are written as numbers and never pass through here.
pub fn text(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

fn encode(rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        for r in rows {
            w.write_record(r)
                .expect("writing CSV to memory cannot fail");
        }
        w.flush().expect("writing CSV to memory cannot fail");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_text_is_neutralised() {
        assert_eq!(
            text("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(text("+40 700"), "'+40 700");
        assert_eq!(text("-1"), "'-1");
        assert_eq!(text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text("Timișoara"), "Timișoara");
    }

    #[test]
    fn files_start_with_a_bom_and_quote_what_needs_it() {
        let bytes = encode(&[row(["a", "b,c"]), row(["Ș", "x\"y"])]);
        assert_eq!(bytes, "\u{feff}a,\"b,c\"\r\nȘ,\"x\"\"y\"\r\n".as_bytes());
    }
}
