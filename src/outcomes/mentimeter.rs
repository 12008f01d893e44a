//! Mentimeter's results workbook: a sheet per session, each slide a block headed `Question N`
//! with the slide's question, its type and the answers below. Open-ended answers (and Q&A
//! questions) are ideas; a ranking's or a 100-points slide's items are ideas with their score
//! as votes. Multiple choice, scales, quizzes and word clouds are not ideas and are passed
//! over.

use crate::diagnostics::{Location, cell_name};
use crate::fold::fold;
use crate::read::{Data, Sheet};
use crate::recognise::values::cell_text;

use super::sheets::{OutcomeSheet, Shape};
use super::text::{clean, votes};
use super::{FollowUp, Idea};

/// What a slide asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Open ended, Q&A: each answer an idea.
    Open,
    /// Ranking, 100 points, Q&A: each item an idea, its score (or upvotes) its votes.
    Scored,
    /// Anything else (multiple choice, scales, quiz, word cloud, …): not ideas.
    Other,
}

/// The type a block's cell names, if it names one.
fn kind(text: &str) -> Option<Kind> {
    let f = fold(text);
    let f = f.strip_prefix("type").unwrap_or(&f);
    let f = f.strip_prefix("questiontype").unwrap_or(f);
    match f {
        "openended" | "open" | "openendedquestion" => Some(Kind::Open),
        "ranking"
        | "100points"
        | "hundredpoints"
        | "points"
        | "prioritisation"
        | "prioritization"
        | "qa"
        | "qanda"
        | "questionsfromaudience" => Some(Kind::Scored),
        "multiplechoice" | "scales" | "scale" | "wordcloud" | "quiz" | "selectanswer"
        | "typeanswer" | "pinonimage" | "2x2grid" | "22grid" | "whowillwin" | "content"
        | "heading" | "paragraph" | "reaction" | "rating" => Some(Kind::Other),
        _ => None,
    }
}

/// "Question 3", "Slide 3": the head of a block.
fn is_head(cell: &Data<'_>) -> bool {
    let Some(t) = cell_text(cell) else {
        return false;
    };
    // Most cells are not: told from their first letter and length before folding them.
    if !t.starts_with(['Q', 'q', 'S', 's']) || t.len() > 20 {
        return false;
    }
    let f = fold(&t);
    ["question", "slide"].iter().any(|w| {
        f.strip_prefix(w)
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    })
}

/// Whether a row holds a block's head.
pub fn has_head(row: &[Data<'_>]) -> bool {
    row.iter().any(is_head)
}

/// A cell of a block that describes it rather than answers it: a number or a date alone,
/// "Responses: 12", a column heading of the answers.
fn is_meta(cell: &Data<'_>, text: &str) -> bool {
    if matches!(
        cell,
        Data::Int(_) | Data::Float(_) | Data::DateTime(_) | Data::DateTimeIso(_)
    ) {
        return true;
    }
    let f = fold(text);
    if f.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    if crate::discover::Date::parse_iso_prefix(text.trim()).is_some_and(|d| d.is_ok()) {
        return true;
    }
    let label = text.split(':').next().map(fold).unwrap_or_default();
    text.trim_end().ends_with(':')
        || (text.contains(':')
            && matches!(
                label.as_str(),
                "responses"
                    | "votes"
                    | "voters"
                    | "participants"
                    | "date"
                    | "sessiondate"
                    | "type"
                    | "questiontype"
                    | "average"
                    | "numberofresponses"
                    | "numberofvotes"
                    | "session"
                    | "slide"
            ))
        || matches!(
            f.as_str(),
            "answer"
                | "answers"
                | "response"
                | "responses"
                | "option"
                | "options"
                | "item"
                | "items"
                | "votes"
                | "score"
                | "points"
                | "count"
                | "result"
                | "results"
                | "upvotes"
                | "likes"
        )
}

/// The blocks of a Mentimeter session sheet, if it has any.
pub fn read_blocks(file: &str, name: Option<&str>, sheet: &Sheet<'_>) -> Option<OutcomeSheet> {
    let mut heads: Vec<(usize, usize)> = Vec::new();
    for (r, row) in sheet.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if is_head(cell) {
                heads.push((r, c));
            }
        }
    }
    if heads.is_empty() {
        return None;
    }
    let cell = |r: usize, c: usize| sheet.rows.get(r).and_then(|row| row.get(c));
    let mut ideas = Vec::new();
    for &(r0, c) in &heads {
        // The block runs down its column to the next head in it.
        let end = heads
            .iter()
            .filter(|&&(r, hc)| hc == c && r > r0)
            .map(|&(r, _)| r)
            .min()
            .unwrap_or(sheet.rows.len());
        let mut question: Option<String> = None;
        let mut block_kind: Option<Kind> = None;
        let mut answers: Vec<(usize, String, Option<f64>)> = Vec::new();
        for r in r0 + 1..end {
            let Some(here) = cell(r, c) else { continue };
            let Some(text) = cell_text(here) else {
                continue;
            };
            if let Some(k) = kind(&text).filter(|_| answers.is_empty()) {
                block_kind = Some(k);
                continue;
            }
            if question.is_none() && !is_meta(here, &text) {
                question = Some(clean(&text));
                continue;
            }
            if is_meta(here, &text) {
                continue;
            }
            let score = cell(r, c + 1).and_then(|v| cell_text(v).and_then(|t| votes(&t)));
            answers.push((r, text.to_string(), score));
        }
        let kind = block_kind.unwrap_or(if answers.iter().any(|a| a.2.is_some()) {
            Kind::Scored
        } else {
            Kind::Open
        });
        if kind == Kind::Other {
            continue;
        }
        for (r, text, score) in answers {
            let text = clean(&text);
            if text.is_empty() {
                continue;
            }
            ideas.push(Idea {
                text,
                table: None,
                round: None,
                topic: question.clone(),
                votes: if kind == Kind::Scored { score } else { None },
                priority: None,
                types: Vec::new(),
                follow_up: FollowUp::default(),
                location: Location::sheet(file, name).with_cell(cell_name(r, c)),
            });
        }
    }
    Some(OutcomeSheet {
        shape: Shape::Mentimeter,
        ideas,
        header_row: None,
        columns: Vec::new(),
    })
}
