//! Outcome sheets recognised by their columns, like the other roles: a hand-kept harvest
//! sheet (one row per idea), a Padlet or Slido export, a form whose question collected ideas,
//! a Mentimeter results workbook (a block per slide) and its `Voters` sheet (people, not read).

use crate::config::Config;
use crate::diagnostics::{Location, cell_name};
use crate::fold::fold;
use crate::read::{Data, Sheet};
use crate::recognise::columns::{Field, HeaderIndex};
use crate::recognise::values::{cell_text, split_labels};
use crate::vocabulary::vocabulary;

use super::text::{clean, split_ideas, votes};
use super::{FollowUp, Idea};

/// What an outcome sheet's column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    Idea,
    /// A post's title (Padlet's `Subject` beside its `Body`): written before the idea.
    Title,
    Table,
    Round,
    Topic,
    Votes,
    Priority,
    /// The stakeholder types at the table.
    Types,
    Owner,
    NextStep,
    Deadline,
    /// A person's name, e-mail or phone (an author, a table host, a voter): never read.
    Person,
    /// When the row was written: not read.
    Time,
}

impl Col {
    pub fn human(self) -> &'static str {
        match self {
            Col::Idea => "idea",
            Col::Title => "idea's title",
            Col::Table => "table",
            Col::Round => "round",
            Col::Topic => "topic",
            Col::Votes => "votes",
            Col::Priority => "priority",
            Col::Types => "types at the table",
            Col::Owner => "follow-up owner",
            Col::NextStep => "next step",
            Col::Deadline => "deadline",
            Col::Person => "a person (not read)",
            Col::Time => "time written (not read)",
        }
    }
}

/// The kinds of outcome sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One row per idea: a hand-kept harvest sheet, a Padlet or Slido export.
    Rows,
    /// A form's export with a question that collected ideas; its other columns are read as
    /// usual (registrations or feedback).
    FormQuestion,
    /// A Mentimeter session sheet: a block per slide.
    Mentimeter,
    /// Mentimeter's `Voters` sheet: one row per voter, people; not read.
    Voters,
}

impl Shape {
    /// Its name for the report's catalogs (`sheet-outcomes`).
    pub fn key(self) -> &'static str {
        match self {
            Shape::Rows => "rows",
            Shape::FormQuestion => "form-question",
            Shape::Mentimeter => "mentimeter",
            Shape::Voters => "voters",
        }
    }
}

/// What was read from one outcome sheet.
#[derive(Debug)]
pub struct OutcomeSheet {
    pub shape: Shape,
    pub ideas: Vec<Idea>,
    /// 0-based; none for a Mentimeter sheet.
    pub header_row: Option<usize>,
    /// (column, what it holds, header).
    pub columns: Vec<(usize, Col, String)>,
}

impl OutcomeSheet {
    /// Whether the sheet is only outcomes: a form's sheet is read as people or feedback too.
    pub fn claims(&self) -> bool {
        self.shape != Shape::FormQuestion
    }

    /// How `check` and the appendix describe it.
    pub fn describe(&self) -> String {
        let what = match self.shape {
            Shape::Rows => "world-café outcomes, one row per idea",
            Shape::FormQuestion => "ideas from a form's question",
            Shape::Mentimeter => "world-café outcomes, Mentimeter results (a block per slide)",
            Shape::Voters => {
                return "Mentimeter voters: one row per person, not read (their answers are on the session sheets)".into();
            }
        };
        let n = self.ideas.len();
        format!("{what}: {n} idea{}", if n == 1 { "" } else { "s" })
    }
}

/// The kinds of column a header may name, in `vocabulary::OUTCOME_COLUMNS`' order: the words
/// of each are the vocabulary's `[outcomes]`, and the first kind a header's words name wins
/// (a table host is a person before the header's "table" makes it a table).
const KINDS: [Col; 13] = [
    Col::Person,
    Col::Owner,
    Col::Deadline,
    Col::NextStep,
    Col::Votes,
    Col::Priority,
    Col::Round,
    Col::Types,
    Col::Table,
    Col::Title,
    Col::Idea,
    Col::Topic,
    Col::Time,
];

/// The most words a header may have and still be a column name; longer ones are a form's
/// questions, read only as ideas ("What is your idea for the city's start-ups?").
const SHORT_HEADER: usize = 5;

/// What a header names, if anything an outcome sheet holds.
fn classify(header: &str, index: &HeaderIndex) -> Option<Col> {
    let words: Vec<String> = header
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect();
    if words.is_empty() {
        return None;
    }
    // The first kind (in `KINDS`' order) that a run of up to four of its words names.
    let v = vocabulary();
    let mut found: Option<usize> = None;
    let mut run = String::new();
    for start in 0..words.len() {
        run.clear();
        for w in words[start..].iter().take(4) {
            run.push_str(w);
            if let Some(k) = v.outcome_column(&run) {
                found = Some(found.map_or(k, |f| f.min(k)));
            }
        }
    }
    let found = found.map(|k| KINDS[k]);
    // A header that asks for remarks ("Egyéb megjegyzés, javaslat": other remarks,
    // suggestion) is a feedback form's comments on the lab, whatever idea word it holds.
    let comments = words.iter().any(|w| v.is_comment_word(w));
    if words.len() > SHORT_HEADER {
        // A form's question: an idea if its words say so, whatever else they name.
        let any_idea = words.iter().any(|w| v.is_idea_word(w));
        return (any_idea && !comments).then_some(Col::Idea);
    }
    if comments && found == Some(Col::Idea) {
        return None;
    }
    if let Some(field) = index.field(header) {
        match field {
            Field::Email | Field::FirstName | Field::LastName | Field::FullName | Field::Phone => {
                return Some(Col::Person);
            }
            Field::Timestamp => return Some(Col::Time),
            _ => {}
        }
    }
    found
}

/// The columns of a header row, with the exports' own conventions: Padlet's `Subject` is the
/// title of its `Body`; Slido's `Question` (or `Text`) is the idea when its likes are beside it.
fn columns(row: &[Data<'_>], index: &HeaderIndex) -> Vec<(usize, Col, String)> {
    let mut cols: Vec<(usize, Col, String)> = row
        .iter()
        .enumerate()
        .filter_map(|(i, cell)| {
            // A header is text; a number or a date is a row of data.
            if !matches!(cell, Data::String(_) | Data::SharedString(_)) {
                return None;
            }
            let header = cell_text(cell)?.to_string();
            let col = classify(&header, index).or_else(|| {
                // A lone "Text" is the idea's text.
                (fold(&header) == "text").then_some(Col::Idea)
            })?;
            Some((i, col, header))
        })
        .collect();
    let has = |cols: &[(usize, Col, String)], c: Col| cols.iter().any(|x| x.1 == c);
    let body = cols.iter().any(|x| fold(&x.2) == "body");
    if body {
        for x in &mut cols {
            if fold(&x.2) == "subject" {
                x.1 = Col::Title;
            }
        }
    }
    if !has(&cols, Col::Idea)
        && has(&cols, Col::Votes)
        && let Some(x) = cols
            .iter_mut()
            .find(|x| x.1 == Col::Topic && vocabulary().is_outcome_question(&fold(&x.2)))
    {
        x.1 = Col::Idea;
    }
    cols
}

/// Reads `sheet` as an outcome sheet if it is one.
pub fn read_sheet(
    file: &str,
    sheet: &Sheet<'_>,
    config: &Config,
    index: &HeaderIndex,
) -> Option<OutcomeSheet> {
    let name = sheet.name.as_deref();
    if is_voters(sheet) {
        return Some(OutcomeSheet {
            shape: Shape::Voters,
            ideas: Vec::new(),
            header_row: None,
            columns: Vec::new(),
        });
    }
    // The header is the first of the first rows with an idea column: title rows (merged
    // cells, the lab's name) above it are passed over. A Mentimeter sheet starts with a
    // block's head ("Question 1"): its answers are not a header, whatever their words.
    for (r, row) in sheet.rows.iter().enumerate().take(10) {
        if super::mentimeter::has_head(row) {
            return super::mentimeter::read_blocks(file, name, sheet);
        }
        if is_data(row) {
            continue;
        }
        let mut cols = columns(row, index);
        // A form's question answered with ratings ("4 - Exceeds Expectations" under "How
        // well did the content meet your expectations?") is feedback, not ideas.
        cols.retain(|c| c.1 != Col::Idea || !mostly_ratings(&sheet.rows[r + 1..], c.0, config));
        if cols.iter().any(|c| c.1 == Col::Idea) {
            // One idea column alone, or beside another outcome column: a data row that only
            // happens to hold the word ("Idea Lab SRL" in a list of people) is neither.
            let filled = row.iter().filter(|c| cell_text(c).is_some()).count();
            if filled == 1 || cols.len() >= 2 {
                return Some(read_rows(file, name, sheet, r, cols, config, index));
            }
        }
        // A header of people or feedback: the rows below are theirs, not outcomes.
        let known = row
            .iter()
            .filter_map(|c| cell_text(c))
            .filter(|h| index.lookup(h).names_the_header())
            .count();
        if known >= 2 {
            return None;
        }
    }
    None
}

/// Whether most answers in a column are ratings: a number, a Likert word, or a number with
/// its meaning ("3 - Meets Expectations").
fn mostly_ratings(body: &[Vec<Data<'_>>], col: usize, config: &Config) -> bool {
    let values: Vec<&Data<'_>> = crate::recognise::values::column_values(body, col)
        .take(200)
        .collect();
    let ratings = values
        .iter()
        .filter(|d| crate::recognise::values::rating(d, config).is_some())
        .count();
    !values.is_empty() && ratings * 5 >= values.len() * 4
}

/// A row of data rather than a header: it holds an e-mail address, a number or a date.
fn is_data(row: &[Data<'_>]) -> bool {
    row.iter().any(|c| match c {
        Data::Int(_) | Data::Float(_) | Data::DateTime(_) | Data::DateTimeIso(_) => true,
        Data::String(_) | Data::SharedString(_) => {
            cell_text(c).is_some_and(|t| crate::recognise::values::looks_like_email(&t))
        }
        _ => false,
    })
}

/// Mentimeter's `Voters` sheet: a header of `Date`, `Session`, `Voter` below title rows.
fn is_voters(sheet: &Sheet<'_>) -> bool {
    sheet.rows.iter().take(15).any(|row| {
        let folded: Vec<String> = row
            .iter()
            .take(4)
            .filter_map(|c| cell_text(c).map(|t| fold(&t)))
            .collect();
        folded.iter().any(|h| h == "date" || h == "dateutc")
            && folded.iter().any(|h| h == "session")
            && folded.iter().any(|h| h == "voter")
    })
}

fn read_rows(
    file: &str,
    sheet_name: Option<&str>,
    sheet: &Sheet<'_>,
    header_row: usize,
    cols: Vec<(usize, Col, String)>,
    config: &Config,
    index: &HeaderIndex,
) -> OutcomeSheet {
    let of = |c: Col| cols.iter().filter(move |x| x.1 == c).map(|x| x.0);
    let first = |c: Col| of(c).next();
    let has_questions = sheet.rows[header_row]
        .iter()
        .any(|cell| cell_text(cell).is_some_and(|h| index.is_question(&h)));
    // A form's export (a timestamp or e-mail of each response, or rating questions) is read
    // as people or feedback too; a sheet of only outcome columns is the facilitators'.
    let outcome_columns = [
        Col::Table,
        Col::Round,
        Col::Topic,
        Col::Votes,
        Col::Priority,
        Col::Types,
        Col::Owner,
        Col::NextStep,
        Col::Deadline,
        Col::Title,
    ];
    let has_outcome_columns = outcome_columns.iter().any(|&c| first(c).is_some());
    let e_mail = cols
        .iter()
        .any(|x| x.1 == Col::Person && index.field(&x.2) == Some(Field::Email));
    let form = e_mail || has_questions || (first(Col::Time).is_some() && !has_outcome_columns);
    let shape = if form {
        Shape::FormQuestion
    } else {
        Shape::Rows
    };
    // One sheet per table or per question: the sheet's name says which.
    let (mut sheet_table, mut sheet_topic) = (None, None);
    if let Some(n) = sheet_name.filter(|_| shape == Shape::Rows) {
        if first(Col::Table).is_none() && is_table_name(n) {
            sheet_table = Some(clean(n));
        } else if first(Col::Topic).is_none() && !is_default_sheet_name(n) {
            sheet_topic = Some(clean(n));
        }
    }
    let text_at = |row: &[Data<'_>], c: Option<usize>| -> Option<String> {
        let cell = row.get(c?)?;
        let t = clean(&cell_text(cell)?);
        (!t.is_empty()).then_some(t)
    };
    // A hand-kept sheet writes a table's number (or merges its cells) once for its ideas: an
    // empty cell is the one above.
    let mut above: [Option<String>; 4] = Default::default();
    let mut ideas = Vec::new();
    for (r, row) in sheet.rows.iter().enumerate().skip(header_row + 1) {
        let mut carried = |slot: usize, c: Col| -> Option<String> {
            let here = text_at(row, first(c));
            if shape == Shape::Rows && here.is_none() {
                return above[slot].clone();
            }
            above[slot] = here.clone();
            here
        };
        // The stakeholders written for a table are carried down only while the table goes on.
        let same_table = text_at(row, first(Col::Table)).is_none();
        let table = carried(0, Col::Table).or_else(|| sheet_table.clone());
        let round = carried(1, Col::Round);
        let mut topic = carried(2, Col::Topic).or_else(|| sheet_topic.clone());
        // A Padlet section (or a topic column) may name the table: "Table 3", "Tafel 3".
        let mut table = table;
        if table.is_none() && topic.as_deref().is_some_and(is_table_name) {
            table = topic.take();
        }
        let types_text = if same_table {
            carried(3, Col::Types)
        } else {
            above[3] = text_at(row, first(Col::Types));
            above[3].clone()
        };
        let title = text_at(row, first(Col::Title));
        let mut texts: Vec<(usize, String)> = Vec::new();
        for c in of(Col::Idea) {
            if let Some(cell) = row.get(c)
                && let Some(t) = cell_text(cell)
            {
                texts.extend(split_ideas(&t).into_iter().map(|t| (c, t)));
            }
        }
        if texts.is_empty() {
            if let Some(t) = &title {
                texts.push((first(Col::Title).unwrap_or(0), t.clone()));
            }
        } else if let Some(t) = &title
            && texts.len() == 1
        {
            texts[0].1 = format!("{t}: {}", texts[0].1);
        }
        let votes_cell = first(Col::Votes)
            .and_then(|c| row.get(c))
            .and_then(|c| cell_text(c).and_then(|t| votes(&t)));
        for (c, text) in texts {
            let text = clean(&text);
            if text.is_empty() || is_totals(&text) {
                continue;
            }
            ideas.push(Idea {
                text,
                table: table.clone(),
                round: round.clone(),
                topic: topic.clone(),
                votes: votes_cell,
                priority: text_at(row, first(Col::Priority)),
                types: types_text
                    .as_deref()
                    .map(|t| stakeholder_mix(t, config))
                    .unwrap_or_default(),
                follow_up: FollowUp {
                    owner: text_at(row, first(Col::Owner)),
                    next_step: text_at(row, first(Col::NextStep)),
                    deadline: text_at(row, first(Col::Deadline)),
                },
                location: Location::sheet(file, sheet_name).with_cell(cell_name(r, c)),
            });
        }
    }
    OutcomeSheet {
        shape,
        ideas,
        header_row: Some(header_row),
        columns: cols,
    }
}

/// The stakeholder types written for a table (one cell, "NGO, Start-up").
fn stakeholder_mix(text: &str, config: &Config) -> Vec<String> {
    super::stakeholder_labels(split_labels(text), config)
}

/// "Table 3", "Masa 2", "Tafel 4", "Tavolo A", "3": a sheet that is one table's.
fn is_table_name(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(fold).collect();
    match words.as_slice() {
        [n] => n.chars().all(|c| c.is_ascii_digit()),
        [w, rest @ ..] if rest.len() <= 2 => {
            matches!(
                w.as_str(),
                "table"
                    | "masa"
                    | "tafel"
                    | "tavolo"
                    | "stol"
                    | "stalas"
                    | "group"
                    | "grupa"
                    | "groep"
                    | "gruppo"
            )
        }
        _ => false,
    }
}

/// A sheet name a spreadsheet program gives by itself ("Sheet1", "Foaie1", "Blad1").
fn is_default_sheet_name(name: &str) -> bool {
    // A CSV inside a zip is named by its path there ("padlet-posts.csv").
    if name.to_lowercase().ends_with(".csv") || name.to_lowercase().ends_with(".tsv") {
        return true;
    }
    let f = fold(name);
    let stem = f.trim_end_matches(|c: char| c.is_ascii_digit());
    matches!(
        stem,
        "sheet"
            | "foaie"
            | "blad"
            | "foglio"
            | "list"
            | "lapas"
            | "tabelle"
            | "hoja"
            | "feuil"
            | "feuille"
            | "sheetjs"
            | "data"
            | "export"
            | "results"
            | "responses"
    ) || f.starts_with("formresponses")
}

/// A totals row at the foot of a hand-kept sheet.
fn is_totals(text: &str) -> bool {
    matches!(
        fold(text).as_str(),
        "total"
            | "totals"
            | "totaal"
            | "totale"
            | "ukupno"
            | "isviso"
            | "sum"
            | "suma"
            | "totalgeneral"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::read_csv_bytes;

    fn read(name: Option<&str>, csv: &str) -> Option<OutcomeSheet> {
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        let mut sheet = read_csv_bytes(csv.as_bytes(), config.limits).unwrap();
        sheet.name = name.map(str::to_string);
        read_sheet("f.csv", &sheet, &config, &index)
    }

    /// An idea as (text, table, topic, votes).
    type Seen<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<f64>);

    fn texts(s: &OutcomeSheet) -> Vec<Seen<'_>> {
        s.ideas
            .iter()
            .map(|i| {
                (
                    i.text.as_str(),
                    i.table.as_deref(),
                    i.topic.as_deref(),
                    i.votes,
                )
            })
            .collect()
    }

    #[test]
    fn the_kinds_are_the_vocabularys_outcome_columns_in_their_order() {
        let keys: Vec<&str> = KINDS
            .iter()
            .map(|c| match c {
                Col::Person => "person",
                Col::Owner => "owner",
                Col::Deadline => "deadline",
                Col::NextStep => "next_step",
                Col::Votes => "votes",
                Col::Priority => "priority",
                Col::Round => "round",
                Col::Types => "types",
                Col::Table => "table",
                Col::Title => "title",
                Col::Idea => "idea",
                Col::Topic => "topic",
                Col::Time => "time",
            })
            .collect();
        assert_eq!(keys, crate::vocabulary::OUTCOME_COLUMNS);
    }

    #[test]
    fn harvest_headers_are_read_in_the_partners_languages_and_the_others() {
        for header in [
            "Table,Round,Topic,Idea,Votes,Owner,Next step,Deadline",
            "Masa,Runda,Temă,Idee,Voturi,Responsabil,Pasul următor,Termen",
            "Tafel,Ronde,Onderwerp,Idee,Stemmen,Eigenaar,Volgende stap,Deadline",
            "Tavolo,Giro,Argomento,Idea,Voti,Responsabile,Prossimo passo,Scadenza",
            "Stol,Krug,Tema,Ideja,Glasovi,Nositelj,Sljedeći korak,Rok",
            "Stalas,Raundas,Tema,Idėja,Balsai,Atsakingas,Kitas žingsnis,Terminas",
            // And in the other languages of the vocabulary's [outcomes].
            "Tisch,Runde,Thema,Idee,Stimmen,Verantwortlich,Nächster Schritt,Frist",
            "Table,Tour,Thème,Idée,Votes,Responsable,Prochaine étape,Échéance",
            "Mesa,Ronda,Tema,Propuesta,Votos,Responsable,Próximo paso,Plazo",
            "Stół,Runda,Temat,Pomysł,Głosy,Odpowiedzialny,Następny krok,Do kiedy",
            "Bord,Omgång,Ämne,Idé,Röster,Ansvarig,Nästa steg,Tidsfrist",
            "Asztal,Forduló,Téma,Ötlet,Szavazatok,Felelős,Következő lépés,Határidő",
            "Τραπέζι,Γύρος,Θέμα,Ιδέα,Ψήφοι,Υπεύθυνος,Επόμενο βήμα,Προθεσμία",
            "Маса,Кръг,Тема,Идея,Гласове,Отговорник,Следваща стъпка,Срок",
        ] {
            let s = read(
                None,
                &format!("{header}\n2,1,Financing,A fund,3,City,A call,2021-05-01\n"),
            )
            .unwrap_or_else(|| panic!("{header}"));
            let cols: Vec<Col> = s.columns.iter().map(|c| c.1).collect();
            assert_eq!(
                cols,
                [
                    Col::Table,
                    Col::Round,
                    Col::Topic,
                    Col::Idea,
                    Col::Votes,
                    Col::Owner,
                    Col::NextStep,
                    Col::Deadline
                ],
                "{header}"
            );
            assert_eq!(s.shape, Shape::Rows, "{header}");
            let i = &s.ideas[0];
            assert_eq!(
                (i.text.as_str(), i.votes, i.follow_up.describe()),
                (
                    "A fund",
                    Some(3.0),
                    "City: A call (by 2021-05-01)".to_string()
                )
            );
        }
    }

    #[test]
    fn a_slido_export_is_its_questions_with_their_likes_and_no_authors() {
        let s = read(
            None,
            "Question,Author,Likes,Date,Labels\n\
             Can the city fund rehearsal spaces?,Maria K.,14,2021-03-18 10:02,\n\
             What about a festival pass?,Anonymous,3,2021-03-18 10:05,Tourism\n",
        )
        .unwrap();
        assert_eq!(s.shape, Shape::Rows);
        assert_eq!(
            texts(&s),
            [
                (
                    "Can the city fund rehearsal spaces?",
                    None,
                    None,
                    Some(14.0)
                ),
                (
                    "What about a festival pass?",
                    None,
                    Some("Tourism"),
                    Some(3.0)
                )
            ]
        );
        assert!(
            s.columns
                .iter()
                .any(|c| c.1 == Col::Person && c.2 == "Author")
        );
    }

    #[test]
    fn a_forms_question_that_collected_ideas_leaves_the_form_to_be_read_as_feedback() {
        let s = read(
            Some("Form Responses 1"),
            "Timestamp,How satisfied were you with the lab overall? (1-5),What is your idea to help the city's creative start-ups?\n\
             2021/03/18 3:08:44 PM GMT+2,5,\"- A shared studio\n- Micro-grants\"\n\
             2021/03/18 3:09:10 PM GMT+2,4,\n",
        )
        .unwrap();
        assert_eq!(s.shape, Shape::FormQuestion);
        assert!(!s.claims());
        assert_eq!(
            texts(&s),
            [
                ("A shared studio", None, None, None),
                ("Micro-grants", None, None, None)
            ]
        );
    }

    #[test]
    fn a_forms_question_asking_for_remarks_and_suggestions_is_comments_not_ideas() {
        // "Other remarks, suggestion" (hu), "Your remarks and suggestions" (lt), "Suggestions
        // and comments" (et): a feedback form's comments on the lab, though each holds a word
        // that names ideas ("javaslat", "pasiūlymai", "ettepanekud").
        for header in [
            "Egyéb megjegyzés, javaslat",
            "Jūsų pastabos ir pasiūlymai",
            "Ettepanekud ja kommentaarid",
        ] {
            let csv = format!(
                "Időbélyeg,Mennyire volt elégedett? (1-5),\"{header}\"\n2024-05-02 10:01,5,Köszönöm a szervezést!\n2024-05-02 10:03,4,Hideg volt a teremben.\n"
            );
            assert!(read(None, &csv).is_none(), "{header}");
        }
        // A question that asks for ideas alone still collects them.
        let s = read(
            None,
            "Időbélyeg,Mennyire volt elégedett? (1-5),Milyen ötlet segítené a belváros élénkítését?\n2024-05-02 10:01,5,Közösségi kert\n",
        )
        .unwrap();
        assert_eq!(texts(&s), [("Közösségi kert", None, None, None)]);
    }

    #[test]
    fn a_sheet_per_table_or_per_question_names_it() {
        let s = read(Some("Masa 3"), "Idee,Buline\nUn hub,4\n").unwrap();
        assert_eq!(texts(&s), [("Un hub", Some("Masa 3"), None, Some(4.0))]);
        let s = read(Some("Access to finance"), "Idea\nA fund\n").unwrap();
        assert_eq!(
            texts(&s),
            [("A fund", None, Some("Access to finance"), None)]
        );
        // A name the spreadsheet gave by itself says nothing.
        let s = read(Some("Sheet1"), "Idea\nA fund\n").unwrap();
        assert_eq!(texts(&s), [("A fund", None, None, None)]);
    }

    #[test]
    fn a_registration_list_or_a_feedback_form_without_ideas_is_no_outcome_sheet() {
        assert!(read(None, "Name,Email,Stakeholder type\nAna,a@x.org,NGO\n").is_none());
        assert!(read(None, "Timestamp,Overall,Comments\n2021-01-01,5,Great\n").is_none());
        // An organisation named with the word, in a list of people with or without a header.
        assert!(
            read(
                None,
                "First name,Last name,Organisation,Stakeholder type\nAna,Pop,Idea Lab SRL,Start-up\n"
            )
            .is_none()
        );
        assert!(
            read(
                None,
                "Ana,Pop,Idea Lab SRL,Start-up\nIon,Ene,Bega SRL,NGO\n"
            )
            .is_none()
        );
    }

    #[test]
    fn mentimeters_voters_sheet_is_people_and_not_read() {
        let s = read(
            Some("Voters"),
            "Note: there are more sheets in this document\n\
             Each session is found on its own sheet below.\n\
             Date (UTC),Session,Voter,Your idea?:\n\
             2021-03-18,1,1,A hub\n",
        )
        .unwrap();
        assert_eq!(s.shape, Shape::Voters);
        assert!(s.ideas.is_empty());
    }
}
