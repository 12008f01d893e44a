//! The figures, counted by polars: participation by lab, stakeholder type and sector,
//! unique people across labs, feedback means and NPS. Pure and deterministic: tables in,
//! plain structs out. This is the only module that knows polars.

use std::collections::BTreeMap;

use polars::prelude::*;

use crate::config::Question;
use crate::people::{Feedback, Tables};

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
    /// Per reporting period (its id, or `none`): its labs together.
    pub periods: BTreeMap<String, Group>,
}

/// Each lab's and all labs' feedback (`aggregate_feedback`).
#[derive(Debug, Clone, Default)]
pub struct FeedbackFigures {
    pub labs: Vec<Group>,
    pub all: Group,
}

/// Each lab's partner and reporting period, for the groupings across labs.
pub struct LabGroups<'a> {
    pub partners: &'a [String],
    /// The id of the lab's reporting period, or `none`.
    pub periods: &'a [String],
}

/// Codes for a per-lab label (partner, period): the distinct labels, and each lab's code.
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

/// Counts the people, with the feedback already counted (`aggregate_feedback`) carried into
/// the figures. The people and sector columns of `tables` move into polars and are left empty.
///
/// The large frames (one row per person and lab, one per person, lab and sector; and in
/// `aggregate_feedback` one per rating) are each grouped once, by a single integer key that
/// packs the lab with what is counted (`lab × types + type`); polars hashes one number
/// instead of encoding rows of several keys (measured: the multi-key group-bys were most of
/// this stage's time and memory). The groupings across labs (all,
/// partners, periods) are then grouped from the small per-lab frames, which is the same count:
/// people are counted once per lab everywhere but in the unique-people figures.
pub fn aggregate_labs(
    tables: &mut Tables,
    feedback: FeedbackFigures,
    groups: &LabGroups<'_>,
) -> PolarsResult<Figures> {
    let labs = groups.partners.len();
    let (partner_names, partner_of_lab) = lab_codes(groups.partners);
    let (period_names, period_of_lab) = lab_codes(groups.periods);
    let FeedbackFigures {
        labs: mut lab_groups,
        all,
    } = feedback;
    lab_groups.resize_with(labs, Group::default);
    let mut figures = Figures {
        labs: lab_groups,
        all,
        ..Figures::default()
    };

    // One row per person and lab (`link_people` joined a lab's duplicate rows).
    // The columns move into polars (no copy); `tables` keeps its per-lab facts.
    let p = std::mem::take(&mut tables.participants);
    let people = DataFrame::new_infer_height(vec![
        Column::new("lab".into(), p.lab),
        Column::new("person".into(), p.person),
        Column::new("type".into(), p.stakeholder_type),
        Column::new("registered".into(), p.registered),
        Column::new("attended".into(), p.attended),
        Column::new("rows".into(), p.rows),
    ])?
    .lazy();
    let counts = || [col("registered").sum(), col("attended").sum()];
    let s = std::mem::take(&mut tables.participant_sectors);
    let people_sectors = DataFrame::new_infer_height(vec![
        Column::new("lab".into(), s.lab),
        Column::new("sector".into(), s.sector),
        Column::new("registered".into(), s.registered),
        Column::new("attended".into(), s.attended),
    ])?
    .lazy();
    let by_key = |frame: LazyFrame, key: &str, n: u64| {
        frame
            .with_column((col("lab").cast(DataType::UInt64) * lit(n) + col(key)).alias("k"))
            .group_by([col("k")])
            .agg(counts())
    };
    let (n_types, n_sectors) = (tables.types.len() as u64, tables.sectors.len() as u64);
    // The queries over the people do not depend on each other: polars runs them together, on
    // all cores, rather than one after another.
    let [per_lab, types, sectors, unique] = collect_all([
        // Per lab: people, attendees, walk-ins, registration rows.
        people.clone().group_by([col("lab")]).agg([
            col("registered").sum(),
            col("attended").sum(),
            (col("registered").eq(lit(0))).sum().alias("walk_ins"),
            col("rows").sum(),
        ]),
        // By stakeholder type and by sector, per lab, keyed `lab × ids + id`.
        by_key(people.clone(), "type", n_types),
        by_key(people_sectors, "sector", n_sectors),
        // Unique people across labs (the person code stands for the normalised e-mail),
        // counted as the first rows of each: polars finds those with a hash set, where
        // `n_unique` sorts the column (measured at 400 labs: this stage 138 → 117 M
        // instructions).
        people.select([
            col("person")
                .filter(col("registered").eq(lit(1)))
                .arg_unique()
                .len()
                .cast(DataType::UInt64)
                .alias("unique_registered"),
            col("person")
                .filter(col("attended").eq(lit(1)))
                .arg_unique()
                .len()
                .cast(DataType::UInt64)
                .alias("unique_attended"),
        ]),
    ])?;

    let rows = ints(&per_lab, "rows")?;
    for (i, (lab, reg, att, walk)) in zip4(&per_lab, "lab", "registered", "attended", "walk_ins")?
        .into_iter()
        .enumerate()
    {
        let g = &mut figures.labs[lab as usize];
        (g.registrations, g.attendees, g.walk_ins) = (reg, att, walk);
        g.registration_rows = rows[i];
    }
    for (per_lab, key, names) in [
        (&types, "type", &tables.types),
        (&sectors, "sector", &tables.sectors),
    ] {
        let n = names.len() as u64;
        let k = ints(per_lab, "k")?;
        let (reg, att) = (ints(per_lab, "registered")?, ints(per_lab, "attended")?);
        for i in 0..per_lab.height() {
            let g = &mut figures.labs[(k[i] / n) as usize];
            let map = if key == "sector" {
                &mut g.by_sector
            } else {
                &mut g.by_stakeholder_type
            };
            let count = Count {
                registered: reg[i],
                attended: att[i],
            };
            map.insert(names[(k[i] % n) as usize].clone(), count);
        }
    }
    if unique.height() == 1 {
        figures.unique_registered_people = ints(&unique, "unique_registered")?[0];
        figures.unique_attendee_people = ints(&unique, "unique_attended")?[0];
    }

    // All labs, partners and periods: sums of the per-lab figures, one row per lab.
    let lab_frame = {
        let get = |f: fn(&Group) -> u64| -> Vec<u64> { figures.labs.iter().map(f).collect() };
        DataFrame::new_infer_height(vec![
            Column::new("partner".into(), &partner_of_lab),
            Column::new("period".into(), &period_of_lab),
            Column::new("registered".into(), get(|g| g.registrations)),
            Column::new("attended".into(), get(|g| g.attendees)),
            Column::new("walk_ins".into(), get(|g| g.walk_ins)),
            Column::new("rows".into(), get(|g| g.registration_rows)),
            Column::new("responses".into(), get(|g| g.feedback_responses)),
        ])?
        .lazy()
    };
    let sums = || {
        [
            col("registered").sum(),
            col("attended").sum(),
            col("walk_ins").sum(),
            col("rows").sum(),
            col("responses").sum(),
        ]
    };
    let overall_by = |per_lab: DataFrame, n: u64| {
        per_lab
            .lazy()
            .group_by([(col("k") % lit(n)).alias("id")])
            .agg(counts())
    };
    // Again independent of each other: one run of polars for all of them.
    let [all_types, all_sectors, all, per_partner, per_period] = collect_all([
        // By stakeholder type and by sector over all labs, from the per-lab counts.
        overall_by(types, n_types),
        overall_by(sectors, n_sectors),
        lab_frame.clone().select(sums()),
        lab_frame.clone().group_by([col("partner")]).agg(sums()),
        lab_frame.group_by([col("period")]).agg(sums()),
    ])?;

    for (overall, names, map) in [
        (
            &all_types,
            &tables.types,
            &mut figures.all.by_stakeholder_type,
        ),
        (&all_sectors, &tables.sectors, &mut figures.all.by_sector),
    ] {
        let id = ints(overall, "id")?;
        let (reg, att) = (ints(overall, "registered")?, ints(overall, "attended")?);
        for i in 0..overall.height() {
            let count = Count {
                registered: reg[i],
                attended: att[i],
            };
            map.insert(names[id[i] as usize].clone(), count);
        }
    }
    let fill = |g: &mut Group, frame: &DataFrame, i: usize| -> PolarsResult<()> {
        g.registrations = ints(frame, "registered")?[i];
        g.attendees = ints(frame, "attended")?[i];
        g.walk_ins = ints(frame, "walk_ins")?[i];
        g.registration_rows = ints(frame, "rows")?[i];
        g.feedback_responses = ints(frame, "responses")?[i];
        Ok(())
    };
    if all.height() == 1 {
        fill(&mut figures.all, &all, 0)?;
    }
    for (per, key, names, target) in [
        (
            &per_partner,
            "partner",
            &partner_names,
            &mut figures.partners,
        ),
        (&per_period, "period", &period_names, &mut figures.periods),
    ] {
        let k = ints(per, key)?;
        for (i, &code) in k.iter().enumerate() {
            fill(
                target.entry(names[code as usize].to_string()).or_default(),
                per,
                i,
            )?;
        }
    }
    Ok(figures)
}

/// The feedback of every lab, counted: each lab's and all labs' responses, means and NPS per
/// question, and spread of answers. Only the feedback fields of the groups are filled; the
/// rest is `aggregate_labs`'s, which takes these groups over. Needs no one's identity, so it
/// is counted while `link_people` works out who is who.
pub fn aggregate_feedback(
    feedback: Feedback,
    labs: usize,
    questions: &[Question],
) -> PolarsResult<FeedbackFigures> {
    let mut figures = FeedbackFigures {
        labs: vec![Group::default(); labs],
        all: Group::default(),
    };
    let Feedback {
        ratings,
        responses,
        answers: values,
    } = feedback;
    let [responses, spread] = collect_all([
        // Per lab: feedback responses.
        DataFrame::new_infer_height(vec![Column::new("lab".into(), responses)])?
            .lazy()
            .group_by([col("lab")])
            .agg([len().alias("n")]),
        // The spread of answers, keyed `(lab × questions + question) << 32 | answer`
        // (`Ratings`): the only group-by over every rating given.
        DataFrame::new_infer_height(vec![Column::new("k".into(), ratings.key)])?
            .lazy()
            .group_by([col("k")])
            .agg([len().alias("n")]),
    ])?;
    for (lab, n) in pairs(&responses, "lab", "n")? {
        figures.labs[lab as usize].feedback_responses = n;
    }

    // The spread of answers per lab and question, from which the means and NPS per lab and
    // question, and overall, are counted (a row per distinct answer, weighted by `n`).
    let nq = questions.len().max(1) as u64;
    let answer_key = |code: u64| answer_text(values[code as usize]);
    let (k, n) = (ints(&spread, "k")?, ints(&spread, "n")?);
    let lab_question = |k: &u64| k >> 32;
    let answer = |k: &u64| k & 0xFFFF_FFFF;
    for (k, &n) in k.iter().zip(&n) {
        let (lq, a) = (lab_question(k), answer(k));
        figures.labs[(lq / nq) as usize]
            .distribution
            .entry(questions[(lq % nq) as usize].id.clone())
            .or_default()
            .insert(answer_key(a), n);
    }
    let answers = DataFrame::new_infer_height(vec![
        Column::new(
            "lab_question".into(),
            k.iter().map(lab_question).collect::<Vec<u64>>(),
        ),
        Column::new(
            "question".into(),
            k.iter().map(|k| lab_question(k) % nq).collect::<Vec<u64>>(),
        ),
        Column::new("answer".into(), k.iter().map(answer).collect::<Vec<u64>>()),
        Column::new(
            "value".into(),
            k.iter()
                .map(|k| values[answer(k) as usize])
                .collect::<Vec<f64>>(),
        ),
        Column::new("n".into(), n),
    ])?
    .lazy();

    let weighted = |condition: Expr| (condition.cast(DataType::UInt64) * col("n")).sum();
    let stats = || {
        [
            ((col("value") * col("n").cast(DataType::Float64)).sum()
                / col("n").sum().cast(DataType::Float64))
            .alias("mean"),
            col("n").sum().alias("answers"),
            weighted(col("value").gt_eq(lit(9.0))).alias("promoters"),
            weighted(col("value").lt_eq(lit(6.0))).alias("detractors"),
        ]
    };
    let [spread_all, per_lab, overall] = collect_all([
        answers
            .clone()
            .group_by([col("question"), col("answer")])
            .agg([col("n").sum()]),
        answers.clone().group_by([col("lab_question")]).agg(stats()),
        answers.group_by([col("question")]).agg(stats()),
    ])?;
    let (q, a, n) = (
        ints(&spread_all, "question")?,
        ints(&spread_all, "answer")?,
        ints(&spread_all, "n")?,
    );
    for i in 0..spread_all.height() {
        figures
            .all
            .distribution
            .entry(questions[q[i] as usize].id.clone())
            .or_default()
            .insert(answer_key(a[i]), n[i]);
    }
    for (frame, key) in [(per_lab, "lab_question"), (overall, "question")] {
        let k = ints(&frame, key)?;
        let means = floats(&frame, "mean")?;
        let answers = ints(&frame, "answers")?;
        let promoters = ints(&frame, "promoters")?;
        let detractors = ints(&frame, "detractors")?;
        for i in 0..frame.height() {
            let question = &questions[(k[i] % nq) as usize];
            let nps = question
                .is_nps()
                .then(|| 100.0 * (promoters[i] as f64 - detractors[i] as f64) / answers[i] as f64);
            let rated = Rated {
                mean: means[i],
                answers: answers[i],
                nps,
            };
            let g = if key == "question" {
                &mut figures.all
            } else {
                &mut figures.labs[(k[i] / nq) as usize]
            };
            g.feedback.insert(question.id.clone(), rated);
        }
    }
    Ok(figures)
}

/// Runs independent queries in one go (polars runs them in parallel on its pool), results in
/// the order given.
fn collect_all<const N: usize>(queries: [LazyFrame; N]) -> PolarsResult<[DataFrame; N]> {
    let plans = queries.into_iter().map(|q| q.logical_plan).collect();
    let frames = LazyFrame::collect_all_with_engine(plans, Engine::InMemory, OptFlags::default())?;
    let got = frames.len();
    frames
        .try_into()
        .map_err(|_| polars_err!(ComputeError: "collect_all gave {got} frames for {N} queries"))
}

/// An answer as summary.json writes it: 4.0 → "4", 4.5 → "4.5".
fn answer_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::people::Ratings;

    /// Two labs' ratings, worked out by hand: the means and NPS come from the spread of answers,
    /// so half-point answers and the NPS bands must survive the weighting.
    #[test]
    fn means_spread_and_nps_of_ratings_by_hand() {
        let config = Config::builtin();
        let q = |id: &str| config.questions.iter().position(|q| q.id == id).unwrap() as u32;
        let (overall, recommend) = (q("overall"), q("recommend"));
        // Lab 0: overall 4.5, 3, 4.5, 2.25; recommend 10, 9, 6, 8.
        // Lab 1: overall 5; recommend 0.
        let given: [(u32, u32, f64); 10] = [
            (0, overall, 4.5),
            (0, overall, 3.0),
            (0, overall, 4.5),
            (0, overall, 2.25),
            (0, recommend, 10.0),
            (0, recommend, 9.0),
            (0, recommend, 6.0),
            (0, recommend, 8.0),
            (1, overall, 5.0),
            (1, recommend, 0.0),
        ];
        let mut answers: Vec<f64> = Vec::new();
        let mut ratings = Ratings::default();
        for (lab, question, value) in given {
            let code = answers.iter().position(|&a| a == value).unwrap_or_else(|| {
                answers.push(value);
                answers.len() - 1
            });
            ratings.push(lab, question, code as u32, config.questions.len());
        }
        let feedback = Feedback {
            ratings,
            answers,
            responses: vec![0, 0, 0, 0, 1],
        };
        let mut tables = Tables {
            has_attendance: vec![false, false],
            walk_ins: vec![vec![], vec![]],
            ..Tables::default()
        };
        let partners = ["a".to_string(), "a".to_string()];
        let periods = ["2019-H2".to_string(), "2019-H2".to_string()];
        let groups = LabGroups {
            partners: &partners,
            periods: &periods,
        };
        let feedback = aggregate_feedback(feedback, 2, &config.questions).unwrap();
        let f = aggregate_labs(&mut tables, feedback, &groups).unwrap();

        let lab0 = &f.labs[0].feedback;
        assert_eq!(lab0["overall"].mean, (4.5 + 3.0 + 4.5 + 2.25) / 4.0); // 3.5625
        assert_eq!(lab0["overall"].answers, 4);
        assert_eq!(lab0["overall"].nps, None); // a 1-5 question has no NPS
        assert_eq!(lab0["recommend"].mean, (10.0 + 9.0 + 6.0 + 8.0) / 4.0); // 8.25
        // Promoters 10 and 9 (2 of 4), detractors 6 (1 of 4): 50 % − 25 % = 25.
        assert_eq!(lab0["recommend"].nps, Some(25.0));
        let spread = &f.labs[0].distribution["overall"];
        assert_eq!(spread["4.5"], 2);
        assert_eq!(spread["3"], 1);
        assert_eq!(spread["2.25"], 1);
        assert_eq!(f.labs[1].feedback["recommend"].nps, Some(-100.0));

        // All labs: overall 4.5, 3, 4.5, 2.25, 5 → 19.25 / 5 = 3.85;
        // recommend 10, 9, 6, 8, 0 → promoters 2, detractors 2 of 5: NPS 0.
        assert_eq!(f.all.feedback["overall"].mean, 19.25 / 5.0);
        assert_eq!(f.all.feedback["recommend"].answers, 5);
        assert_eq!(f.all.feedback["recommend"].nps, Some(0.0));
        assert_eq!(f.all.distribution["recommend"]["0"], 1);
        assert_eq!(f.all.distribution["overall"]["4.5"], 2);
        assert_eq!(f.labs[0].feedback_responses, 4);
        assert_eq!(f.partners["a"].feedback_responses, 5);
    }
}
