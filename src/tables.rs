//! The aggregate tables as CSV for spreadsheets: UTF-8 with a BOM (so Excel shows diacritics),
//! and text that could run as a formula neutralised. Built from summary.json's figures.

use std::borrow::Cow;

use crate::config::Config;
use crate::privacy::{Disclosure, Key, MARKER};
use crate::summary::{CountJson, Summary};

/// The files, by their path in the output folder.
/// Withheld counts (`privacy`) are written `[c]`, and so are the means and NPS computed from
/// them.
pub fn csv_tables(
    summary: &Summary,
    config: &Config,
    disclosure: &Disclosure,
) -> Vec<(String, Vec<u8>)> {
    let type_labels = &summary.labels["stakeholder_type"];
    let sector_labels = &summary.labels["sector"];
    // Rows go straight into the writers: no table of strings is built first.
    let mut by_type = writer();
    let mut by_sector = writer();
    let mut feedback = writer();
    let counts_header = |id: &'static str| {
        [
            "lab",
            "partner",
            "date",
            id,
            "label",
            "registered",
            "attended",
        ]
    };
    put(&mut by_type, counts_header("stakeholder_type"));
    put(&mut by_sector, counts_header("sector"));
    put(
        &mut feedback,
        [
            "lab", "partner", "date", "question", "label", "answers", "mean", "nps",
        ],
    );
    for (key, lab) in &summary.labs {
        let date = lab.date.as_deref().unwrap_or_default();
        let scope = format!("lab:{key}");
        let (key, partner) = (text(key), text(&lab.partner));
        let counts = |w: &mut Writer,
                      breakdown: &str,
                      map: &std::collections::BTreeMap<String, CountJson>,
                      names: &std::collections::BTreeMap<String, String>| {
            for (id, c) in map {
                let k = |m| Key::new(&scope, breakdown, id, m);
                let registered = disclosure.show(&k("registered"), c.registered);
                let attended = c
                    .attended
                    .map_or(String::new(), |a| disclosure.show(&k("attended"), a));
                put(
                    w,
                    [
                        key.as_ref(),
                        partner.as_ref(),
                        date,
                        text(id).as_ref(),
                        text(label(names, id)).as_ref(),
                        &registered,
                        &attended,
                    ],
                );
            }
        };
        counts(
            &mut by_type,
            "stakeholder_type",
            &lab.by_stakeholder_type,
            type_labels,
        );
        counts(&mut by_sector, "sector", &lab.by_sector, sector_labels);
        for q in &config.questions {
            let answers = lab.feedback_answers.get(&q.id).copied().unwrap_or(0);
            let rating = |x: Option<f64>| match x {
                None => String::new(),
                Some(_) if !disclosure.rating_shown(&scope, &q.id, answers) => MARKER.into(),
                Some(x) => x.to_string(),
            };
            let mean = rating(lab.feedback_mean.get(&q.id).copied().flatten());
            let nps = rating(lab.nps.get(&q.id).copied().flatten());
            let answers = disclosure.show(&Key::new(&scope, "question", &q.id, "answers"), answers);
            put(
                &mut feedback,
                [
                    key.as_ref(),
                    partner.as_ref(),
                    date,
                    text(&q.id).as_ref(),
                    text(&q.label).as_ref(),
                    &answers,
                    &mean,
                    &nps,
                ],
            );
        }
    }
    let mut organisations = writer();
    put(
        &mut organisations,
        [
            "organisation",
            "id",
            "stakeholder_type",
            "labs",
            "participations",
        ],
    );
    for o in &summary.organisations {
        put(
            &mut organisations,
            [
                text(&o.label).as_ref(),
                o.id.as_deref().unwrap_or_default(),
                &o.stakeholder_type,
                &o.labs.to_string(),
                &disclosure.show(
                    &Key::new("organisations", "organisation", &o.label, "participations"),
                    o.participations,
                ),
            ],
        );
    }
    vec![
        ("data/organisations.csv".into(), finish(organisations)),
        (
            "data/participation_by_stakeholder_type.csv".into(),
            finish(by_type),
        ),
        ("data/participation_by_sector.csv".into(), finish(by_sector)),
        ("data/feedback_by_question.csv".into(), finish(feedback)),
    ]
}

pub(crate) type Writer = csv::Writer<Vec<u8>>;

/// A CSV writer into memory: a BOM first (so that Excel reads UTF-8), CRLF line ends.
pub(crate) fn writer() -> Writer {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec())
}

pub(crate) fn put<'a>(w: &mut Writer, cells: impl IntoIterator<Item = &'a str>) {
    w.write_record(cells)
        .expect("writing CSV to memory cannot fail");
}

pub(crate) fn finish(w: Writer) -> Vec<u8> {
    w.into_inner().expect("writing CSV to memory cannot fail")
}

fn label<'a>(labels: &'a std::collections::BTreeMap<String, String>, id: &'a str) -> &'a str {
    labels.get(id).map_or(id, String::as_str)
}

/// Text from the inputs, neutralised: a cell that starts with `=`, `+`, `-`, `@` (or a tab or
/// carriage return) would be run as a formula by Excel or LibreOffice; a leading `'` keeps
/// it text. Numbers are written as numbers and never pass through here.
pub fn text(value: &str) -> Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
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
        let mut w = writer();
        put(&mut w, ["a", "b,c"]);
        put(&mut w, ["Ș", "x\"y"]);
        assert_eq!(
            finish(w),
            "\u{feff}a,\"b,c\"\r\nȘ,\"x\"\"y\"\r\n".as_bytes()
        );
    }
}
