//! Columns of a sheet that are not read but hold what a report counts: categories (a
//! stakeholder type or a sector under a header the vocabulary does not know) or ratings (a
//! question whose header reads like neither a question nor a scale). Each is a warning that
//! names the column, shows its values and says how to map it, so that nothing is left out in
//! silence. `[columns] ignore` passes a column over on purpose.

use foldhash::{HashMap, HashMapExt};

use crate::config::Config;
use crate::diagnostics::cell_name;
use crate::fold::fold;
use crate::read::{Data, Sheet};

use super::columns::{Layout, Role};
use super::headers::HeaderIndex;
use super::values::{cell_text, column_values, date, looks_like_email, rating, yes_no};

/// How many values of a column are looked at.
const SAMPLE: usize = 500;

/// At most this many different values make a column of categories.
const MAX_CATEGORIES: usize = 15;

/// A column not read that should be: its header cell and what to say of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Unread {
    /// The header's cell, as "D1".
    pub cell: String,
    pub header: String,
    pub message: String,
    /// What it holds, in short ("Cédula ×22, Tarjeta ×15"; "ratings from 1 to 5"), and the
    /// ratings' lowest and highest, where they are ratings: for `check --suggest`.
    pub holds: String,
    pub ratings: Option<(f64, f64)>,
}

/// The columns of `layout`'s sheet left unread that hold categories (on a sheet of people)
/// or ratings.
pub fn unread_columns(
    sheet: &Sheet,
    layout: &Layout,
    config: &Config,
    index: &HeaderIndex,
) -> Vec<Unread> {
    let body = &sheet.rows[layout.header_row + 1..];
    let mut out = Vec::new();
    for ignored in &layout.ignored {
        // Only a header that names nothing: one passed over for a better column of the same
        // field is told by `check` already, with why.
        if ignored.why.is_some() {
            continue;
        }
        let c = &ignored.index;
        let header = ignored.header.trim().to_string();
        let folded = fold(&header);
        if config.columns_ignored.contains(&folded) {
            continue;
        }
        let cell = cell_name(layout.header_row, *c);
        // A built-in question answered yes or no ("Would you recommend the lab?": Da, Ne): a
        // mean of it would mean nothing on the question's scale, so it is left out, and said.
        if let Some((q, _)) = index.lookup(&header).question
            && let Some((yes, no)) = yes_and_no(body, *c)
        {
            let question = &config.questions[q];
            let (lo, hi) = question.scale;
            out.push(Unread {
                message: format!(
                    "column {cell} \"{header}\" asks the \"{}\" question, but its answers are yes or no ({yes} yes, {no} no), not ratings from {lo} to {hi}: they are not in the feedback means; ask it on its scale next time, or pass it over with [columns] ignore = [\"{header}\"]",
                    question.id
                ),
                cell,
                header,
                holds: format!("{yes} yes, {no} no"),
                ratings: None,
            });
            continue;
        }
        let Some(kind) = kind_of(body, *c, config) else {
            continue;
        };
        let (message, holds, ratings) = match kind {
            Kind::Categories(values) if layout.role != Role::Feedback => {
                let holds = values
                    .iter()
                    .map(|(v, n)| format!("{v} ×{n}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                (
                    format!(
                        "column {cell} \"{header}\" is not read, but it holds categories ({holds}): if it is the stakeholder type or the sector, name it in labreport.toml, e.g. [columns] stakeholder_type = [\"{header}\"] (or sector = …); if it is not, pass it over with [columns] ignore = [\"{header}\"] (labreport check --suggest writes these lines)"
                    ),
                    holds,
                    None,
                )
            }
            Kind::Categories(_) => continue,
            Kind::Ratings { lo, hi } => (
                format!(
                    "column {cell} \"{header}\" is not read, but its values are ratings from {lo} to {hi}: if it is a feedback question, add its header to a [[question]]'s aliases in labreport.toml (or state its scale in the header, as \"(1-5)\"); if it is not, pass it over with [columns] ignore = [\"{header}\"] (labreport check --suggest writes these lines)"
                ),
                format!("ratings from {lo} to {hi}"),
                Some((lo, hi)),
            ),
        };
        out.push(Unread {
            cell,
            header,
            message,
            holds,
            ratings,
        });
    }
    out
}

/// How many of a column's answers are yes and no, when most of them (6 in 10) are one of the
/// two (beside "Maybe", "Don't know").
fn yes_and_no(body: &[Vec<Data>], col: usize) -> Option<(usize, usize)> {
    let (mut values, mut yes, mut no) = (0usize, 0usize, 0usize);
    for cell in column_values(body, col).take(SAMPLE) {
        values += 1;
        match yes_no(cell) {
            Some(true) => yes += 1,
            Some(false) => no += 1,
            None => {}
        }
    }
    (yes + no >= 3 && (yes + no) * 10 >= values * 6).then_some((yes, no))
}

enum Kind {
    /// The values with their counts, most frequent first (ties in the order met).
    Categories(Vec<(String, usize)>),
    Ratings {
        lo: f64,
        hi: f64,
    },
}

/// Whether a column's values are categories (few values, each given again and again) or
/// ratings (whole numbers of a scale, repeated); `None` for anything else: names, e-mails,
/// dates, comments, yes or no, a running number, one value for all.
fn kind_of(body: &[Vec<Data>], col: usize, config: &Config) -> Option<Kind> {
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    let mut values = 0usize;
    let (mut ratings, mut lo, mut hi) = (0usize, f64::INFINITY, f64::NEG_INFINITY);
    let mut yes_or_no = 0usize;
    for cell in column_values(body, col).take(SAMPLE) {
        values += 1;
        if let Some(v) =
            rating(cell, config).filter(|v| v.fract() == 0.0 && (0.0..=10.0).contains(v))
        {
            ratings += 1;
            lo = lo.min(v);
            hi = hi.max(v);
        }
        yes_or_no += usize::from(yes_no(cell).is_some());
        let Some(text) = cell_text(cell) else {
            continue;
        };
        if looks_like_email(&text) || date(cell).is_some() && ratings < values {
            return None;
        }
        if counts.len() <= MAX_CATEGORIES || counts.contains_key(text.trim()) {
            let next = counts.len();
            counts.entry(text.trim().to_string()).or_insert((0, next)).0 += 1;
        } else {
            counts.insert(String::new(), (0, usize::MAX));
        }
    }
    // Too few answers to tell, or yes and no (a consent, a newsletter).
    if values < 4 || yes_or_no == values {
        return None;
    }
    let distinct = counts.len();
    if ratings == values {
        // Ratings repeat; a running number (each value once) does not.
        return (distinct >= 2 && distinct * 2 <= values && hi > lo)
            .then_some(Kind::Ratings { lo, hi });
    }
    if ratings * 2 >= values || !(2..=MAX_CATEGORIES).contains(&distinct) || distinct * 2 > values {
        return None;
    }
    let mut listed: Vec<(String, (usize, usize))> = counts.into_iter().collect();
    listed.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.1.1.cmp(&b.1.1)));
    Some(Kind::Categories(
        listed.into_iter().map(|(v, (n, _))| (v, n)).collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognise::columns::recognise_layout;
    use crate::recognise::columns::tests::sheet;
    use crate::recognise::headers::HeaderIndex;

    fn unread(rows: &[&[&str]]) -> Vec<Unread> {
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        let s = sheet(rows);
        let layout = recognise_layout(&s, &index, &config, "x.csv").unwrap();
        unread_columns(&s, &layout, &config, &index)
    }

    #[test]
    fn a_built_in_question_answered_yes_or_no_is_said_not_counted() {
        let found = unread(&[
            &[
                "Cum evaluați atelierul? (1-5)",
                "Biste li sudjelovanje na radionici preporučili kolegama?",
            ],
            &["5", "Da"],
            &["4", "Da"],
            &["4", "Ne"],
            &["3", "Možda"],
            &["5", "Da"],
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "column B1 \"Biste li sudjelovanje na radionici preporučili kolegama?\" asks the \"recommend\" question, but its answers are yes or no (3 yes, 1 no), not ratings from 0 to 10: they are not in the feedback means; ask it on its scale next time, or pass it over with [columns] ignore = [\"Biste li sudjelovanje na radionici preporučili kolegama?\"]"
        );
    }

    #[test]
    fn a_column_of_categories_not_read_is_named_with_its_values_and_how_to_map_it() {
        let found = unread(&[
            &["Nome e cognome", "Email", "Provincia"],
            &["Anna Rossi", "anna@example.it", "Matera"],
            &["Luca Bianchi", "luca@example.it", "Potenza"],
            &["Marta Verdi", "marta@example.it", "Matera"],
            &["Paolo Neri", "paolo@example.it", "Bari"],
            &["Sara Galli", "sara@example.it", "Matera"],
            &["Ugo Conti", "ugo@example.it", "Potenza"],
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].cell, "C1");
        assert_eq!(
            found[0].message,
            "column C1 \"Provincia\" is not read, but it holds categories (Matera ×3, Potenza ×2, Bari ×1): if it is the stakeholder type or the sector, name it in labreport.toml, e.g. [columns] stakeholder_type = [\"Provincia\"] (or sector = …); if it is not, pass it over with [columns] ignore = [\"Provincia\"] (labreport check --suggest writes these lines)"
        );
    }

    #[test]
    fn names_comments_yes_no_and_running_numbers_are_not_categories() {
        let found = unread(&[
            &["Nr", "Nume", "Email", "Newsletter", "Comentariu", "Cod"],
            &["1", "Ana Pop", "ana@example.ro", "Da", "Foarte bine", "1"],
            &[
                "2",
                "Ion Ilie",
                "ion@example.ro",
                "Nu",
                "Bine organizat",
                "2",
            ],
            &["3", "Dan Radu", "dan@example.ro", "Da", "Interesant", "3"],
            &["4", "Eva Marin", "eva@example.ro", "Da", "Util", "4"],
        ]);
        assert_eq!(found, Vec::new());
    }
}
