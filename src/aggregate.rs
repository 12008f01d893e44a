//! The figures, counted by polars: participation by lab, stakeholder type and sector,
//! unique people across labs, feedback means and NPS. Pure and deterministic: tables in,
//! plain structs out. This is the only module that knows polars.

use std::collections::BTreeMap;

use polars::prelude::*;

use crate::config::Question;
use crate::people::Tables;

/// Registered and attended counts of one group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub registered: u64,
    pub attended: u64,
}

/// The ratings of one question.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rated {
    pub mean: f64,
    pub answers: u64,
    /// Per cent of 9–10 answers minus per cent of 0–6 answers (0–10 questions only).
    pub nps: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Group {
    /// Registrations after de-duplication.
    pub registrations: u64,
    /// Registration rows before de-duplication.
    pub registration_rows: u64,
    pub attendees: u64,
    pub walk_ins: u64,
    pub by_stakeholder_type: BTreeMap<String, Count>,
    pub by_sector: BTreeMap<String, Count>,
    pub feedback_responses: u64,
    pub feedback: BTreeMap<String, Rated>,
    /// Per question: how many gave each answer (keys are the answers as written, e.g. "4").
    pub distribution: BTreeMap<String, BTreeMap<String, u64>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    /// Indexed like the labs.
    pub labs: Vec<Group>,
    /// All labs together.
    pub all: Group,
    pub unique_registered_people: u64,
    pub unique_attendee_people: u64,
    /// Per partner: its labs together (people counted once per lab, as in `all`).
    pub partners: BTreeMap<String, Group>,
    /// Per year ("2019", or "undated"): its labs together.
    pub years: BTreeMap<String, Group>,
}

/// Each lab's partner and year, for the groupings across labs.
pub struct LabGroups<'a> {
    pub partners: &'a [String],
    /// "2019", or "undated".
    pub years: &'a [String],
}

/// Codes for a per-lab label (partner, year): the distinct labels, and each lab's code.
fn lab_codes(per_lab: &[String]) -> (Vec<&str>, Vec<u32>) {
    let mut names: Vec<&str> = per_lab.iter().map(String::as_str).collect();
    names.sort_unstable();
    names.dedup();
    let codes = per_lab
        .iter()
        .map(|l| names.binary_search(&l.as_str()).unwrap_or(0) as u32)
        .collect();
    (names, codes)
}

/// Counts everything. `questions` are the config's, in the order of their codes.
pub fn aggregate_labs(
    tables: &Tables,
    groups: &LabGroups<'_>,
    questions: &[Question],
) -> PolarsResult<Figures> {
    let labs = groups.partners.len();
    let (partner_names, partner_of_lab) = lab_codes(groups.partners);
    let (year_names, year_of_lab) = lab_codes(groups.years);
    let by_lab = |codes: &[u32], labs: &[u32]| -> Vec<u32> {
        labs.iter().map(|&l| codes[l as usize]).collect()
    };

    let p = &tables.participants;
    let row: Vec<u32> = (0..p.lab.len() as u32).collect();
    let rows = DataFrame::new_infer_height(vec![
        Column::new("row".into(), row),
        Column::new("lab".into(), &p.lab),
        Column::new("partner".into(), by_lab(&partner_of_lab, &p.lab)),
        Column::new("year".into(), by_lab(&year_of_lab, &p.lab)),
        Column::new("person".into(), &p.person),
        Column::new("type".into(), &p.stakeholder_type),
        Column::new("registered".into(), &p.registered),
        Column::new("attended".into(), &p.attended),
    ])?
    .lazy();
    // One row per person and lab: the first row's type (and, below, sectors), attended if any
    // row says so. Collected once: every query below starts from it, and a lazy frame would be
    // recomputed by each.
    let people = rows
        .clone()
        .group_by_stable([col("lab"), col("person")])
        .agg([
            col("row").first(),
            col("partner").first(),
            col("year").first(),
            col("type").first(),
            col("registered").max(),
            col("attended").max(),
        ])
        .collect()?
        .lazy();
    let s = &tables.participant_sectors;
    let sector_rows = DataFrame::new_infer_height(vec![
        Column::new("row".into(), &s.row),
        Column::new("sector".into(), &s.sector),
    ])?
    .lazy();
    // Each person's sectors, from the row that stands for them.
    let people_sectors = people
        .clone()
        .inner_join(sector_rows, col("row"), col("row"));
    let counts = || [col("registered").sum(), col("attended").sum()];

    let mut figures = Figures {
        labs: vec![Group::default(); labs],
        ..Figures::default()
    };

    // Per lab.
    let per_lab = people
        .clone()
        .group_by([col("lab")])
        .agg([
            col("registered").sum(),
            col("attended").sum(),
            (col("registered").eq(lit(0))).sum().alias("walk_ins"),
        ])
        .collect()?;
    for (lab, reg, att, walk) in zip4(&per_lab, "lab", "registered", "attended", "walk_ins")? {
        let g = &mut figures.labs[lab as usize];
        g.registrations = reg;
        g.attendees = att;
        g.walk_ins = walk;
    }
    let row_counts = rows
        .clone()
        .group_by([col("lab")])
        .agg([col("registered").sum()])
        .collect()?;
    for (lab, n) in pairs(&row_counts, "lab", "registered")? {
        figures.labs[lab as usize].registration_rows = n;
    }

    // By stakeholder type and by sector, per lab and overall.
    for (frame, key, names) in [
        (people.clone(), "type", &tables.types),
        (people_sectors, "sector", &tables.sectors),
    ] {
        let per_lab = frame
            .clone()
            .group_by([col("lab"), col(key)])
            .agg(counts())
            .collect()?;
        let (l, k) = (ints(&per_lab, "lab")?, ints(&per_lab, key)?);
        let (reg, att) = (ints(&per_lab, "registered")?, ints(&per_lab, "attended")?);
        for i in 0..per_lab.height() {
            let g = &mut figures.labs[l[i] as usize];
            let map = if key == "sector" {
                &mut g.by_sector
            } else {
                &mut g.by_stakeholder_type
            };
            map.insert(
                names[k[i] as usize].clone(),
                Count {
                    registered: reg[i],
                    attended: att[i],
                },
            );
        }
        let overall = frame.group_by([col(key)]).agg(counts()).collect()?;
        let k = ints(&overall, key)?;
        let (reg, att) = (ints(&overall, "registered")?, ints(&overall, "attended")?);
        let map = if key == "sector" {
            &mut figures.all.by_sector
        } else {
            &mut figures.all.by_stakeholder_type
        };
        for i in 0..overall.height() {
            map.insert(
                names[k[i] as usize].clone(),
                Count {
                    registered: reg[i],
                    attended: att[i],
                },
            );
        }
    }

    // Totals and unique people across labs (the person code stands for the normalised e-mail).
    let totals = people
        .clone()
        .select([
            col("registered").sum(),
            col("attended").sum(),
            (col("registered").eq(lit(0))).sum().alias("walk_ins"),
            col("person")
                .filter(col("registered").eq(lit(1)))
                .n_unique()
                .alias("unique_registered"),
            col("person")
                .filter(col("attended").eq(lit(1)))
                .n_unique()
                .alias("unique_attended"),
        ])
        .collect()?;
    if totals.height() == 1 {
        figures.all.registrations = ints(&totals, "registered")?[0];
        figures.all.attendees = ints(&totals, "attended")?[0];
        figures.all.walk_ins = ints(&totals, "walk_ins")?[0];
        figures.unique_registered_people = ints(&totals, "unique_registered")?[0];
        figures.unique_attendee_people = ints(&totals, "unique_attended")?[0];
    }
    for (key, names, target) in [
        ("partner", &partner_names, &mut figures.partners),
        ("year", &year_names, &mut figures.years),
    ] {
        let per = people
            .clone()
            .group_by([col(key)])
            .agg([
                col("registered").sum(),
                col("attended").sum(),
                (col("registered").eq(lit(0))).sum().alias("walk_ins"),
            ])
            .collect()?;
        let k = ints(&per, key)?;
        let (reg, att, walk) = (
            ints(&per, "registered")?,
            ints(&per, "attended")?,
            ints(&per, "walk_ins")?,
        );
        for i in 0..per.height() {
            let g = target.entry(names[k[i] as usize].to_string()).or_default();
            g.registrations = reg[i];
            g.attendees = att[i];
            g.walk_ins = walk[i];
        }
    }
    let all_rows = rows.select([col("registered").sum()]).collect()?;
    figures.all.registration_rows = ints(&all_rows, "registered")?.first().copied().unwrap_or(0);

    // Feedback.
    let responses = DataFrame::new_infer_height(vec![
        Column::new("lab".into(), &tables.responses),
        Column::new("partner".into(), by_lab(&partner_of_lab, &tables.responses)),
    ])?
    .lazy();
    let per_lab = responses
        .clone()
        .group_by([col("lab")])
        .agg([len().alias("n")])
        .collect()?;
    for (lab, n) in pairs(&per_lab, "lab", "n")? {
        figures.labs[lab as usize].feedback_responses = n;
    }
    let per_partner = responses
        .group_by([col("partner")])
        .agg([len().alias("n")])
        .collect()?;
    for (code, n) in pairs(&per_partner, "partner", "n")? {
        figures
            .partners
            .entry(partner_names[code as usize].to_string())
            .or_default()
            .feedback_responses = n;
    }
    figures.all.feedback_responses = tables.responses.len() as u64;

    let r = &tables.ratings;
    let ratings = DataFrame::new_infer_height(vec![
        Column::new("lab".into(), &r.lab),
        Column::new("question".into(), &r.question),
        Column::new("value".into(), &r.value),
    ])?
    .lazy();
    // The spread: how many gave each answer, per lab and overall.
    let answers = ratings
        .clone()
        .with_column(col("value").cast(DataType::String).alias("answer"));
    let spread = answers
        .clone()
        .group_by([col("lab"), col("question"), col("answer")])
        .agg([len().alias("n")])
        .collect()?;
    let (l, q, a, n) = (
        ints(&spread, "lab")?,
        ints(&spread, "question")?,
        strs(&spread, "answer")?,
        ints(&spread, "n")?,
    );
    for i in 0..spread.height() {
        let g = &mut figures.labs[l[i] as usize];
        g.distribution
            .entry(questions[q[i] as usize].id.clone())
            .or_default()
            .insert(answer_key(&a[i]), n[i]);
    }
    let spread = answers
        .group_by([col("question"), col("answer")])
        .agg([len().alias("n")])
        .collect()?;
    let (q, a, n) = (
        ints(&spread, "question")?,
        strs(&spread, "answer")?,
        ints(&spread, "n")?,
    );
    for i in 0..spread.height() {
        figures
            .all
            .distribution
            .entry(questions[q[i] as usize].id.clone())
            .or_default()
            .insert(answer_key(&a[i]), n[i]);
    }

    let stats = || {
        [
            col("value").mean().alias("mean"),
            len().alias("answers"),
            col("value").gt_eq(lit(9.0)).sum().alias("promoters"),
            col("value").lt_eq(lit(6.0)).sum().alias("detractors"),
        ]
    };
    let per_lab = ratings
        .clone()
        .group_by([col("lab"), col("question")])
        .agg(stats())
        .collect()?;
    let overall = ratings.group_by([col("question")]).agg(stats()).collect()?;
    for (frame, is_per_lab) in [(per_lab, true), (overall, false)] {
        let q = ints(&frame, "question")?;
        let means = floats(&frame, "mean")?;
        let answers = ints(&frame, "answers")?;
        let promoters = ints(&frame, "promoters")?;
        let detractors = ints(&frame, "detractors")?;
        let labs_col = if is_per_lab {
            ints(&frame, "lab")?
        } else {
            vec![0; frame.height()]
        };
        for i in 0..frame.height() {
            let question = &questions[q[i] as usize];
            let id = &question.id;
            let nps = question
                .is_nps()
                .then(|| 100.0 * (promoters[i] as f64 - detractors[i] as f64) / answers[i] as f64);
            let rated = Rated {
                mean: means[i],
                answers: answers[i],
                nps,
            };
            let g = if is_per_lab {
                &mut figures.labs[labs_col[i] as usize]
            } else {
                &mut figures.all
            };
            g.feedback.insert(id.clone(), rated);
        }
    }
    Ok(figures)
}

/// "4.0" → "4", "4.5" stays.
fn answer_key(answer: &str) -> String {
    answer.strip_suffix(".0").unwrap_or(answer).to_string()
}

fn series<'a>(df: &'a DataFrame, name: &str) -> PolarsResult<&'a Series> {
    Ok(df.column(name)?.as_materialized_series())
}

/// A column of counts or ids as u64 (nulls, which sums never give, as 0).
fn ints(df: &DataFrame, name: &str) -> PolarsResult<Vec<u64>> {
    let s = series(df, name)?.cast(&DataType::Int64)?;
    Ok(s.i64()?
        .iter()
        .map(|v| v.unwrap_or(0).max(0) as u64)
        .collect())
}

fn floats(df: &DataFrame, name: &str) -> PolarsResult<Vec<f64>> {
    let s = series(df, name)?.cast(&DataType::Float64)?;
    Ok(s.f64()?.iter().map(|v| v.unwrap_or(f64::NAN)).collect())
}

fn strs(df: &DataFrame, name: &str) -> PolarsResult<Vec<String>> {
    Ok(series(df, name)?
        .str()?
        .iter()
        .map(|v| v.unwrap_or_default().to_string())
        .collect())
}

fn pairs(df: &DataFrame, a: &str, b: &str) -> PolarsResult<Vec<(u64, u64)>> {
    Ok(ints(df, a)?.into_iter().zip(ints(df, b)?).collect())
}

fn zip4(
    df: &DataFrame,
    a: &str,
    b: &str,
    c: &str,
    d: &str,
) -> PolarsResult<Vec<(u64, u64, u64, u64)>> {
    let (a, b, c, d) = (ints(df, a)?, ints(df, b)?, ints(df, c)?, ints(df, d)?);
    Ok((0..a.len()).map(|i| (a[i], b[i], c[i], d[i])).collect())
}
