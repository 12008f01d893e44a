//! The diverging stacked bar chart of rating answers (the usual chart for Likert answers):
//! one bar per question, the answers below the neutral one to the left of the centre line,
//! those above it to the right, the neutral one (on a scale with an odd number of points)
//! straddling it; each answer's share written on its segment where it fits.
//!
//! Colours: ColorBrewer's PuOr, a diverging scheme that is colour-blind safe; dark at the
//! ends and light near the centre, so that in black and white the side (left or right of the
//! line) and the lightness still tell the answers apart, and the shares are written on them.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{AXIS, Draw, FAMILY, LABEL_SIZE, TEXT, WIDTH, draw_title, label_column, text_width};

/// One question's answers: how many gave each answer, lowest answer first.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: String,
    pub counts: Vec<u64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DivergingChart {
    pub id: String,
    pub title: String,
    pub description: String,
    /// The answers, lowest first ("1" … "5"): the legend.
    pub answers: Vec<String>,
    pub rows: Vec<Row>,
    /// The report's language's words: the legend's ends, and the shares drawn on the bars.
    pub words: Words,
}

/// The words a spread chart draws, in the report's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    /// The legend's first and last answers: "1 lowest", "5 highest".
    pub lowest: String,
    pub highest: String,
    /// Whole percentages as written, `percents[p]` for p % (0 to 100): "52%", "52 %"; one
    /// table for all of a report's charts.
    pub percents: std::sync::Arc<Vec<String>>,
}

impl Words {
    /// English, for tests.
    pub fn english(answers: &[String]) -> Words {
        Words {
            lowest: format!("{} lowest", answers.first().map_or("", String::as_str)),
            highest: format!("{} highest", answers.last().map_or("", String::as_str)),
            percents: std::sync::Arc::new((0..=100).map(|p| format!("{p}%")).collect()),
        }
    }
}

const NEGATIVE: [RGBColor; 2] = [RGBColor(0xB3, 0x58, 0x06), RGBColor(0xFD, 0xB8, 0x63)];
const POSITIVE: [RGBColor; 2] = [RGBColor(0xB2, 0xAB, 0xD2), RGBColor(0x54, 0x27, 0x88)];
const NEUTRAL: RGBColor = RGBColor(0xE0, 0xE0, 0xE0);
const BAR: i32 = 24;
const GAP: i32 = 12;
const LEGEND: i32 = 34;

fn mix(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let m = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * t).round() as u8;
    RGBColor(m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
}

/// The colour of each of `n` answers, lowest first.
pub fn colours(n: usize) -> Vec<RGBColor> {
    let half = n / 2;
    let step = |i: usize| {
        if half <= 1 {
            0.5
        } else {
            i as f64 / (half - 1) as f64
        }
    };
    let mut out: Vec<RGBColor> = (0..half)
        .map(|i| mix(NEGATIVE[0], NEGATIVE[1], step(i)))
        .collect();
    if n % 2 == 1 {
        out.push(NEUTRAL);
    }
    out.extend((0..half).map(|i| mix(POSITIVE[0], POSITIVE[1], step(i))));
    out
}

/// Dark text on a light colour, white on a dark one.
fn ink(c: RGBColor) -> RGBColor {
    let luminance = 0.2126 * c.0 as f64 + 0.7152 * c.1 as f64 + 0.0722 * c.2 as f64;
    if luminance > 140.0 { TEXT } else { WHITE }
}

impl DivergingChart {
    fn top(&self, with_title: bool) -> i32 {
        (if with_title { 40 } else { 6 }) + LEGEND
    }

    /// Each row's segments: (share, colour) lowest answer first, and the share left of the
    /// centre (the negative answers and half the neutral one).
    fn segments(&self, row: &Row) -> (Vec<f64>, f64) {
        let total: u64 = row.counts.iter().sum();
        let shares: Vec<f64> = row
            .counts
            .iter()
            .map(|&c| {
                if total == 0 {
                    0.0
                } else {
                    c as f64 / total as f64
                }
            })
            .collect();
        let n = shares.len();
        let left: f64 = shares[..n / 2].iter().sum::<f64>()
            + if n % 2 == 1 { shares[n / 2] / 2.0 } else { 0.0 };
        (shares, left)
    }
}

impl Draw for DivergingChart {
    fn meta(&self) -> (&str, &str, &str) {
        (&self.id, &self.title, &self.description)
    }

    fn height(&self, with_title: bool) -> u32 {
        (self.top(with_title) + self.rows.len().max(1) as i32 * (BAR + GAP) + 8) as u32
    }

    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        with_title: bool,
        k: i32,
    ) -> Result<(), String> {
        let e = |err: DrawingAreaErrorKind<DB::ErrorType>| err.to_string();
        root.fill(&WHITE).map_err(e)?;
        let width = WIDTH as i32 * k;
        let label_style = TextStyle::from((FAMILY, LABEL_SIZE * k as f64).into_font()).color(&TEXT);
        let right = label_style.pos(Pos::new(HPos::Right, VPos::Center));
        let left = label_style.pos(Pos::new(HPos::Left, VPos::Center));
        // The shares' styles made once, dark and white: a style made per segment copies the
        // font's parsed tables each time.
        let small = TextStyle::from((FAMILY, 13.0 * k as f64).into_font());
        let centred = Pos::new(HPos::Center, VPos::Center);
        let on_light = small.color(&TEXT).pos(centred);
        let on_dark = small.color(&WHITE).pos(centred);
        let (labels, x0) = label_column(root, self.rows.iter().map(|r| &r.label), &label_style, k);
        let x1 = width - 10 * k;
        let centre = (x0 + x1) / 2;
        // 100 % of the answers on one side reaches the edge.
        let half = (x1 - centre) as f64;
        let colours = colours(self.answers.len());

        let mut y = if with_title {
            draw_title(root, &self.title, k)?
        } else {
            6 * k
        };
        // The legend: a swatch per answer, lowest first, and which end is which.
        let mut x = x0;
        let last = self.answers.len().saturating_sub(1);
        for (i, (answer, colour)) in self.answers.iter().zip(&colours).enumerate() {
            let answer = match i {
                0 => self.words.lowest.clone(),
                i if i == last => self.words.highest.clone(),
                _ => answer.clone(),
            };
            let answer = &answer;
            root.draw(&Rectangle::new(
                [(x, y + 2 * k), (x + 14 * k, y + 16 * k)],
                colour.filled(),
            ))
            .map_err(e)?;
            // The neutral grey needs an edge to show on the white ground.
            if *colour == NEUTRAL {
                root.draw(&Rectangle::new(
                    [(x, y + 2 * k), (x + 14 * k, y + 16 * k)],
                    AXIS.stroke_width(1),
                ))
                .map_err(e)?;
            }
            root.draw_text(answer, &left, (x + 19 * k, y + 9 * k))
                .map_err(e)?;
            x += 19 * k + text_width(root, answer, &label_style).unwrap_or(10) + 14 * k;
        }
        y = self.top(with_title) * k;
        let (bar, gap) = (BAR * k, GAP * k);
        // The centre line, the neutral point, behind the bars: it shows between them.
        let bottom = y + self.rows.len() as i32 * (bar + gap) - gap + 4 * k;
        root.draw(&PathElement::new(
            vec![(centre, y - 4 * k), (centre, bottom)],
            AXIS.stroke_width(k as u32),
        ))
        .map_err(e)?;
        for (row, label) in self.rows.iter().zip(&labels) {
            root.draw_text(label, &right, (x0 - 10 * k, y + bar / 2))
                .map_err(e)?;
            // A withheld spread (no counts): "[c]" at the centre, no bar.
            if row.counts.is_empty() {
                root.draw_text(crate::privacy::MARKER, &on_light, (centre, y + bar / 2))
                    .map_err(e)?;
                y += bar + gap;
                continue;
            }
            let (shares, left_share) = self.segments(row);
            let mut x = centre as f64 - left_share * half;
            for (share, colour) in shares.iter().zip(&colours) {
                let w = share * half;
                let (a, b) = (x.round() as i32, (x + w).round() as i32);
                if b > a {
                    // A thin gap of the white ground between answers, which keeps them apart
                    // in black and white (drawn by stopping short: no element more).
                    let end = if b - a > 2 * k { b - k } else { b };
                    root.draw(&Rectangle::new([(a, y), (end, y + bar)], colour.filled()))
                        .map_err(e)?;
                    let p = (share * 100.0).round().clamp(0.0, 100.0) as usize;
                    let text = self
                        .words
                        .percents
                        .get(p)
                        .cloned()
                        .unwrap_or_else(|| format!("{p}%"));
                    let room = text_width(root, &text, &small).unwrap_or(30) + 6 * k;
                    if b - a >= room {
                        let style = if ink(*colour) == TEXT {
                            &on_light
                        } else {
                            &on_dark
                        };
                        root.draw_text(&text, style, ((a + b) / 2, y + bar / 2))
                            .map_err(e)?;
                    }
                }
                x += w;
            }
            y += bar + gap;
        }
        root.present().map_err(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart() -> DivergingChart {
        DivergingChart {
            id: "spread".into(),
            title: "Spread".into(),
            description: "d".into(),
            answers: (1..=5).map(|a| a.to_string()).collect(),
            rows: vec![
                Row {
                    label: "Usefulness".into(),
                    counts: vec![0, 2, 2, 6, 10],
                },
                Row {
                    label: "Venue".into(),
                    counts: vec![5, 5, 0, 5, 5],
                },
            ],
            words: Words::english(&(1..=5).map(|a| a.to_string()).collect::<Vec<_>>()),
        }
    }

    #[test]
    fn the_neutral_answer_straddles_the_centre() {
        let c = chart();
        let (shares, left) = c.segments(&c.rows[0]);
        assert_eq!(shares, vec![0.0, 0.1, 0.1, 0.3, 0.5]);
        // 2 of 20 below neutral, and half the neutral 2 of 20.
        assert!((left - 0.15).abs() < 1e-12);
        let (_, left) = c.segments(&c.rows[1]);
        assert!((left - 0.5).abs() < 1e-12);
    }

    #[test]
    fn colours_run_dark_to_light_to_dark_with_a_grey_middle() {
        let c = colours(5);
        assert_eq!(c[0], NEGATIVE[0]);
        assert_eq!(c[1], NEGATIVE[1]);
        assert_eq!(c[2], NEUTRAL);
        assert_eq!(c[3], POSITIVE[0]);
        assert_eq!(c[4], POSITIVE[1]);
        assert_eq!(colours(4).len(), 4);
        assert_eq!(colours(7).len(), 7);
        // White on the dark ends, dark text on the light middle.
        assert_eq!(ink(c[0]), WHITE);
        assert_eq!(ink(c[4]), WHITE);
        assert_eq!(ink(c[2]), TEXT);
    }

    #[test]
    fn shares_are_written_on_the_segments_that_hold_them() {
        let svg = super::super::to_svg(&chart()).unwrap();
        let texts: Vec<&str> = svg
            .split("<text")
            .skip(1)
            .filter_map(|t| Some(t.split_once('>')?.1.split("</text>").next()?.trim()))
            .collect();
        // Usefulness: 0, 10, 10, 30 and 50 %; the empty answer has no segment. Venue: four
        // quarters and an empty middle.
        for share in ["10%", "30%", "50%", "25%"] {
            assert!(texts.contains(&share), "{share} not written: {texts:?}");
        }
        assert!(!texts.contains(&"0%"), "{texts:?}");
        assert_eq!(texts.iter().filter(|t| **t == "25%").count(), 4);
        assert!(texts.contains(&"1 lowest") && texts.contains(&"5 highest"));
        assert!(svg.starts_with("<svg role=\"img\""));
        assert!(svg.contains("<title id=\"spread-title\">Spread</title>"));
    }
}
