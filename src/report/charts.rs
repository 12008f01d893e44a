//! Chart planning: which charts a page has, their bars, and the table beside each.

use super::*;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::say;
use crate::wording::Wording;

use crate::aggregate::Group;
use crate::chart::{BarChart, Chart, DivergingChart, Series};
use crate::config::{Config, UNKNOWN};
use crate::privacy::{Disclosure, Key, MARKER};
use crate::summary::{CountJson, LabSummary};

#[derive(Serialize, Clone)]
pub(super) struct Table {
    pub(super) columns: Vec<String>,
    pub(super) rows: Vec<(String, Vec<String>)>,
    /// The total row at the foot, for a table that sums.
    pub(super) total: Option<(String, Vec<String>)>,
}

pub(super) struct PlannedChart {
    pub(super) chart: Chart,
    pub(super) table: Table,
}

/// A row of a participation chart: label, registered, attended (when known).
pub(super) type Bar = (String, Num, Option<Num>);

/// The categories of a breakdown with anyone in them, largest first (then in taxonomy
/// order); withheld counts last.
pub(super) fn categories<'a>(
    d: &Disclosure,
    scope: &str,
    breakdown: &str,
    ids: impl Iterator<Item = (&'a str, &'a str)>,
    counts: &BTreeMap<String, CountJson>,
    w: &Wording,
) -> Vec<Bar> {
    let unknown = w.text("unknown");
    let mut all: Vec<(&str, &str)> = ids.collect();
    all.push((UNKNOWN, &unknown));
    let mut rows: Vec<Bar> = all
        .into_iter()
        .filter_map(|(id, label)| {
            let c = counts.get(id)?;
            let k = |m: &str| Key::new(scope, breakdown, id, m);
            // With counts withheld every category is listed, zeros too: a row listed only
            // when it has anyone would tell that a withheld count beside a 0 is not 0.
            (d.is_on() || c.registered > 0 || c.attended.unwrap_or(0) > 0).then(|| {
                (
                    display(label, 60),
                    Num::of(d, &k("registered"), c.registered),
                    c.attended.map(|a| Num::of(d, &k("attended"), a)),
                )
            })
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1.get()));
    rows
}

/// A chart of registered and attended counts, with its finding and table. A withheld count
/// has no bar, `[c]` beside it and in the table, and the finding names only shown counts.
pub(super) fn participation_chart(
    id: &str,
    title: String,
    rows: &[Bar],
    (total, total_attended): (Num, Option<Num>),
    what: What,
    w: &Wording,
) -> PlannedChart {
    let attended_known = rows.iter().any(|r| r.2.is_some());
    let mut series = vec![Series {
        name: w.text("column-registered"),
        values: rows.iter().map(|r| r.1.value()).collect(),
    }];
    if attended_known {
        series.push(Series {
            name: w.text("column-attended"),
            values: rows.iter().map(|r| r.2.map_or(0.0, Num::value)).collect(),
        });
    }
    let description = findings::participation(rows, total, what, w);
    let mut columns = vec![what.heading(w), w.text("column-registered")];
    if attended_known {
        columns.push(w.text("column-attended"));
        columns.push(w.text("column-attendance-rate"));
    }
    let cells = |n: Num, a: Option<Num>| {
        let mut cells = vec![n.text(w)];
        if attended_known {
            cells.push(a.map_or("–".into(), |a| a.text(w)));
            cells.push(a.map_or("–".into(), |a| share(a, n, w)));
        }
        cells
    };
    let table_rows = rows
        .iter()
        .map(|(label, n, a)| (label.clone(), cells(*n, *a)))
        .collect();
    // The scope's totals, not the rows' sum: a person is counted in every sector they
    // named, and the unknown row is among the rows.
    let total_row = (!rows.is_empty()).then(|| (w.text("total"), cells(total, total_attended)));
    PlannedChart {
        chart: Chart::Bar(BarChart {
            id: id.into(),
            title,
            description,
            categories: rows.iter().map(|r| r.0.clone()).collect(),
            value_labels: value_labels(&series, 0, w),
            series,
            max: None,
        }),
        table: Table {
            columns,
            rows: table_rows,
            total: total_row,
        },
    }
}

/// The mean rating of each question. A withheld mean (`Disclosure::rating_shown`) has no bar
/// and is not in the finding.
pub(super) fn feedback_chart(
    id: &str,
    scope: &str,
    group: &Group,
    config: &Config,
    d: &Disclosure,
    w: &Wording,
) -> Option<PlannedChart> {
    // The rating questions on the most common scale (the 0–10 recommend score is shown as NPS).
    let all: Vec<(&crate::config::Question, f64, u64)> = config
        .questions
        .iter()
        .filter(|q| !q.is_nps())
        .filter_map(|q| group.feedback.get(&q.id).map(|r| (q, r.mean, r.answers)))
        .collect();
    if all.is_empty() {
        return None;
    }
    let mean_of = |q: &crate::config::Question, mean: f64, n: u64| {
        d.rating_shown(scope, &q.id, n).then_some(mean)
    };
    let top = all.iter().map(|r| r.0.scale.1).fold(0.0, f64::max);
    let rated: Vec<(&crate::config::Question, f64, u64)> = all
        .iter()
        .copied()
        .filter(|r| mean_of(r.0, r.1, r.2).is_some())
        .collect();
    let best = rated.iter().max_by(|a, b| a.1.total_cmp(&b.1));
    let worst = rated.iter().min_by(|a, b| a.1.total_cmp(&b.1));
    let description = if let (Some(best), Some(worst)) = (best, worst) {
        findings::means(&rated, best, worst, w)
    } else {
        say!(w, "finding-means-withheld", marker = MARKER)
    };
    let rated = all;
    let series = vec![Series {
        name: w.text("series-mean-rating"),
        values: rated
            .iter()
            .map(|r| mean_of(r.0, r.1, r.2).unwrap_or(f64::NAN))
            .collect(),
    }];
    Some(PlannedChart {
        chart: Chart::Bar(BarChart {
            id: id.into(),
            title: w.text("chart-feedback-by-question"),
            description,
            categories: rated.iter().map(|r| display(&r.0.label, 60)).collect(),
            value_labels: value_labels(&series, 2, w),
            series,
            max: Some(top),
        }),
        table: Table {
            columns: vec![
                w.text("column-question"),
                w.text("column-mean"),
                w.text("column-scale"),
                w.text("column-answers"),
            ],
            rows: rated
                .iter()
                .map(|(q, mean, n)| {
                    (
                        display(&q.label, 80),
                        vec![
                            mean_of(q, *mean, *n).map_or(MARKER.into(), |m| w.decimal(m, 2)),
                            scale_text(q.scale, w),
                            Num::of(d, &Key::new(scope, "question", &q.id, "answers"), *n).text(w),
                        ],
                    )
                })
                .collect(),
            total: None,
        },
    })
}

/// The spread of answers as diverging bars: a chart per scale (1–5, 1–7, …), a bar per
/// question on it. The 0–10 recommend question is shown as its NPS instead, and scales that
/// are not whole points from 3 to 11 answers are left to the spread table.
///
/// A question whose spread holds a withheld count has no bar ("[c]" in its place) and no
/// percentages: they would give the count away.
pub(super) fn spread_charts(
    scope: &str,
    group: &Group,
    config: &Config,
    d: &Disclosure,
    w: &Wording,
) -> Vec<PlannedChart> {
    let mut scales: Vec<(i64, i64)> = Vec::new();
    let charted = |q: &crate::config::Question| in_spread_chart(q, group);
    for q in config.questions.iter().filter(|q| charted(q)) {
        let s = (q.scale.0 as i64, q.scale.1 as i64);
        if !scales.contains(&s) {
            scales.push(s);
        }
    }
    let several = scales.len() > 1;
    scales
        .iter()
        .map(|&(lo, hi)| {
            let answers: Vec<String> = (lo..=hi).map(|a| w.signed_plain(a)).collect();
            let questions: Vec<&crate::config::Question> = config
                .questions
                .iter()
                .filter(|q| charted(q) && q.scale == (lo as f64, hi as f64))
                .collect();
            // Each question's counts, withheld ones `None`.
            let counts: Vec<Vec<Num>> = questions
                .iter()
                .map(|q| {
                    answers
                        .iter()
                        .map(|a| {
                            let n = group
                                .distribution
                                .get(&q.id)
                                .and_then(|d| d.get(a))
                                .copied()
                                .unwrap_or(0);
                            Num::of(d, &crate::privacy::answer_key(scope, &q.id, a), n)
                        })
                        .collect()
                })
                .collect();
            let rows: Vec<crate::chart::diverging::Row> = questions
                .iter()
                .zip(&counts)
                .map(|(q, c)| crate::chart::diverging::Row {
                    label: display(&q.label, 60),
                    // A row with a withheld count is drawn as "[c]", without bars.
                    counts: c
                        .iter()
                        .map(|n| n.get())
                        .collect::<Option<Vec<u64>>>()
                        .unwrap_or_default(),
                })
                .collect();
            let (id, title) = if several {
                (
                    format!("feedback-spread-{lo}-{hi}"),
                    say!(
                        w,
                        "chart-feedback-spread-scale",
                        scale = scale_text((lo as f64, hi as f64), w)
                    ),
                )
            } else {
                (
                    "feedback-spread".to_string(),
                    w.text("chart-feedback-spread"),
                )
            };
            let mut columns = vec![w.text("column-question")];
            columns.extend(answers.iter().cloned());
            columns.push(w.text("column-answers"));
            let table_rows = rows
                .iter()
                .zip(&counts)
                .zip(&questions)
                .map(|((r, c), q)| {
                    let answered = group.feedback.get(&q.id).map_or(0, |r| r.answers);
                    let answered =
                        Num::of(d, &Key::new(scope, "question", &q.id, "answers"), answered);
                    let mut cells: Vec<String> = if r.counts.is_empty() {
                        c.iter().map(|n| n.text(w)).collect()
                    } else {
                        let total: u64 = r.counts.iter().sum();
                        r.counts
                            .iter()
                            .map(|&c| {
                                format!("{} ({})", w.count(c), w.percent(c as f64, total as f64))
                            })
                            .collect()
                    };
                    cells.push(answered.text(w));
                    (r.label.clone(), cells)
                })
                .collect();
            PlannedChart {
                chart: Chart::Diverging(DivergingChart {
                    words: crate::chart::diverging::Words {
                        lowest: say!(w, "chart-answer-lowest", answer = answers[0].as_str()),
                        highest: say!(
                            w,
                            "chart-answer-highest",
                            answer = answers[answers.len() - 1].as_str()
                        ),
                        percents: w.percents(),
                    },
                    description: findings::spread(&rows, &answers, w),
                    id,
                    title,
                    answers,
                    rows,
                }),
                table: Table {
                    columns,
                    rows: table_rows,
                    total: None,
                },
            }
        })
        .collect()
}

/// The values written beside a bar chart's bars: `decimals` decimals, `[c]` where withheld.
pub(super) fn value_labels(series: &[Series], decimals: u8, w: &Wording) -> Vec<Vec<String>> {
    series
        .iter()
        .map(|s| {
            s.values
                .iter()
                .map(|&v| {
                    if v.is_nan() {
                        MARKER.to_string()
                    } else {
                        w.decimal(v, decimals)
                    }
                })
                .collect()
        })
        .collect()
}

/// A rating scale: "1–5", "0–10".
pub(super) fn scale_text(scale: (f64, f64), w: &Wording) -> String {
    let end = |x: f64| {
        if x.fract() == 0.0 {
            w.signed_plain(x as i64)
        } else {
            w.decimal(x, 1)
        }
    };
    format!("{}–{}", end(scale.0), end(scale.1))
}

/// Whether a question's answers are shown by a spread chart: rated, not the recommend
/// question, on a scale of whole points with 3 to 11 answers.
pub(super) fn in_spread_chart(q: &crate::config::Question, group: &Group) -> bool {
    let (lo, hi) = q.scale;
    !q.is_nps()
        && lo.fract() == 0.0
        && hi.fract() == 0.0
        && (2.0..=10.0).contains(&(hi - lo))
        && group.feedback.contains_key(&q.id)
}

/// Participation by stakeholder type and by sector, for the index or a lab page.
pub(super) fn breakdown_charts(
    config: &Config,
    d: &Disclosure,
    scope: &str,
    by_type: &BTreeMap<String, CountJson>,
    by_sector: &BTreeMap<String, CountJson>,
    (registrations, attendees): (u64, Option<u64>),
    w: &Wording,
) -> Vec<PlannedChart> {
    let totals = (
        total(d, scope, "registered", registrations),
        attendees.map(|a| total(d, scope, "attended", a)),
    );
    vec![
        participation_chart(
            "participation-by-stakeholder-type",
            w.text("chart-participation-by-stakeholder-type"),
            &categories(
                d,
                scope,
                "stakeholder_type",
                config.stakeholder_types.labelled(),
                by_type,
                w,
            ),
            totals,
            What::StakeholderType,
            w,
        ),
        participation_chart(
            "participation-by-sector",
            w.text("chart-participation-by-sector"),
            &categories(d, scope, "sector", config.sectors.labelled(), by_sector, w),
            totals,
            What::Sector,
            w,
        ),
    ]
}

pub(super) fn index_charts(input: &Inputs<'_>) -> Vec<PlannedChart> {
    let s = input.summary;
    let t = &s.totals;
    let c = input.config;
    let d = input.disclosure;
    let w = &*input.wording;
    let mut charts = breakdown_charts(
        c,
        d,
        "all",
        &t.by_stakeholder_type,
        &t.by_sector,
        (t.registrations, t.attendees),
        w,
    );
    // By partner.
    let partners: Vec<Bar> = input
        .figures
        .partners
        .iter()
        .map(|(p, g)| {
            let has_att = input
                .labs
                .iter()
                .filter(|l| &l.partner == p)
                .any(|l| s.labs[&l.key].attendees.is_some());
            let label = input
                .labs
                .iter()
                .find(|l| &l.partner == p)
                .map_or(p.clone(), |l| display(&l.partner_label, 60));
            let scope = format!("partner:{p}");
            (
                label,
                total(d, &scope, "registered", g.registrations),
                has_att.then(|| total(d, &scope, "attended", g.attendees)),
            )
        })
        .collect();
    // Largest first (withheld last): the finding names the first row.
    let mut partners = partners;
    partners.sort_by(|a, b| b.1.get().cmp(&a.1.get()).then_with(|| a.0.cmp(&b.0)));
    let totals = (
        total(d, "all", "registered", t.registrations),
        t.attendees.map(|a| total(d, "all", "attended", a)),
    );
    let by_partner = participation_chart(
        "participation-by-partner",
        w.text("chart-participation-by-partner"),
        &partners,
        totals,
        What::Partner,
        w,
    );
    charts.push(by_partner);
    // Over time: labs in date order; with many labs, reporting periods (one bar pair per lab
    // would not fit a page, and the PNG would be enormous).
    let by_period = input.labs.len() > MAX_LABS_OVER_TIME;
    let rows: Vec<Bar> = if by_period {
        let any_attendance = t.attendees.is_some();
        let ind = input.indicators;
        ind.periods
            .iter()
            .chain(&ind.no_period)
            .filter_map(|p| {
                let g = input.figures.periods.get(&p.id)?;
                let scope = format!("period:{}", p.id);
                Some((
                    display(&crate::wording::period_label(&p.id, &p.label, w), 60),
                    total(d, &scope, "registered", g.registrations),
                    any_attendance.then(|| total(d, &scope, "attended", g.attendees)),
                ))
            })
            .collect()
    } else {
        date_order(input.labs)
            .iter()
            .map(|&i| {
                let key = &input.labs[i].key;
                let l = &s.labs[key];
                let scope = format!("lab:{key}");
                (
                    lab_label(&input.labs[i], w),
                    total(d, &scope, "registered", l.registrations),
                    l.attendees.map(|a| total(d, &scope, "attended", a)),
                )
            })
            .collect()
    };
    let (title, what) = if by_period {
        (w.text("chart-over-time-periods"), What::Period)
    } else {
        (w.text("chart-over-time-labs"), What::Lab)
    };
    charts.push(participation_chart(
        "participation-over-time",
        title,
        &rows,
        totals,
        what,
        w,
    ));
    let all = &input.figures.all;
    if let Some(f) = feedback_chart("feedback-by-question", "all", all, c, d, w) {
        charts.push(f);
    }
    charts.extend(spread_charts("all", all, c, d, w));
    charts
}

pub(super) fn lab_charts(
    input: &Inputs<'_>,
    scope: &str,
    summary: &LabSummary,
    group: &Group,
) -> Vec<PlannedChart> {
    let (c, d, w) = (input.config, input.disclosure, &*input.wording);
    let mut charts = breakdown_charts(
        c,
        d,
        scope,
        &summary.by_stakeholder_type,
        &summary.by_sector,
        (summary.registrations, summary.attendees),
        w,
    );
    if let Some(f) = feedback_chart("feedback-by-question", scope, group, c, d, w) {
        charts.push(f);
    }
    charts.extend(spread_charts(scope, group, c, d, w));
    charts
}

/// Above this many labs, the over-time chart shows reporting periods instead of labs.
pub(super) const MAX_LABS_OVER_TIME: usize = 30;
