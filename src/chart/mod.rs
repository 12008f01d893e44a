//! Charts, drawn with plotters: horizontal bars with their values written beside them, in the
//! Okabe–Ito colour-blind-safe palette. The same drawing becomes an accessible SVG (role, title,
//! description) for the page and a PNG (with a bundled font) for Word and PowerPoint. No file I/O.

pub mod diverging;
mod svg;

pub use diverging::DivergingChart;

use std::sync::Once;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontStyle, register_font};

/// DejaVu Sans (Bitstream Vera licence; see src/fonts/LICENSE-DejaVu.txt): covers the letters of
/// all the partners' languages (ș ț ă, đ ć č ž, ą ė į š ų ū, ij), so PNG text never depends on
/// the machine's fonts.
const FONT: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const FONT_BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
const FAMILY: &str = "sans-serif";

/// Okabe–Ito: blue and orange differ in lightness too, so they stay apart in black and white.
pub const PALETTE: [RGBColor; 4] = [
    RGBColor(0x00, 0x72, 0xB2),
    RGBColor(0xE6, 0x9F, 0x00),
    RGBColor(0x00, 0x9E, 0x73),
    RGBColor(0xCC, 0x79, 0xA7),
];
const TEXT: RGBColor = RGBColor(0x1A, 0x1A, 0x1A);
const AXIS: RGBColor = RGBColor(0x59, 0x59, 0x59);

/// One named series of values, one value per category.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
}

/// A horizontal bar chart: categories top to bottom, one bar per series in each.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    /// The file stem and the element id: `participation-by-stakeholder-type`.
    pub id: String,
    pub title: String,
    /// The main finding, in words: the chart's text alternative.
    pub description: String,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// The values as written beside the bars, `value_labels[series][category]`, in the
    /// report's language ("4,25", "[c]").
    pub value_labels: Vec<Vec<String>>,
    /// The value a full-width bar stands for; the largest value if `None`.
    pub max: Option<f64>,
}

const WIDTH: u32 = 760;
const BAR: i32 = 20;
const BAR_GAP: i32 = 3;
const GROUP_GAP: i32 = 14;
const LABEL_SIZE: f64 = 17.0;
const MAX_LABEL_CHARS: usize = 34;

/// The style of every text in a page's chart, written once as a class.
const LABELS: svg::LabelClass = svg::LabelClass {
    family: FAMILY,
    size: LABEL_SIZE,
    color: (TEXT.0, TEXT.1, TEXT.2),
};

fn register_fonts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The bytes are valid TrueType fonts (tested); a failure would only lose PNG text.
        let _ = register_font(FAMILY, FontStyle::Normal, FONT);
        let _ = register_font(FAMILY, FontStyle::Bold, FONT_BOLD);
    });
}

/// The width of a label as drawn, remembered per thread: every lab's charts measure the same
/// stakeholder types and sectors, and measuring is laying out the glyphs of the font.
fn text_width<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle<'_>,
) -> Option<i32> {
    type Widths = std::collections::HashMap<u64, std::collections::HashMap<String, i32>>;
    thread_local! {
        static WIDTHS: std::cell::RefCell<Widths> = std::cell::RefCell::default();
    }
    // By font size, then text: a lookup needs no key of its own.
    let size = style.font.get_size().to_bits();
    let known = WIDTHS.with(|m| m.borrow().get(&size).and_then(|t| t.get(text)).copied());
    if known.is_some() {
        return known;
    }
    let w = root.estimate_text_size(text, style).ok()?.0 as i32;
    WIDTHS.with(|m| {
        m.borrow_mut()
            .entry(size)
            .or_default()
            .insert(text.to_string(), w)
    });
    Some(w)
}

/// Text cut to `max` characters with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// A chart of either kind, as the pages plan them.
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    Bar(BarChart),
    Diverging(DivergingChart),
}

impl Chart {
    pub fn id(&self) -> &str {
        self.meta().0
    }

    pub fn title(&self) -> &str {
        self.meta().1
    }

    pub fn description(&self) -> &str {
        self.meta().2
    }

    fn meta(&self) -> (&str, &str, &str) {
        match self {
            Chart::Bar(c) => c.meta(),
            Chart::Diverging(c) => c.meta(),
        }
    }

    pub fn svg(&self) -> Result<String, String> {
        match self {
            Chart::Bar(c) => to_svg(c),
            Chart::Diverging(c) => to_svg(c),
        }
    }

    /// The chart as a PNG file, its title and finding in iTXt chunks tagged with `language`
    /// (the report's), as an image's text alternative travels with it.
    pub fn png(&self, language: &str) -> Result<Vec<u8>, String> {
        match self {
            Chart::Bar(c) => to_png(c, language),
            Chart::Diverging(c) => to_png(c, language),
        }
    }
}

/// What the SVG and PNG writers need of a chart.
trait Draw {
    /// Id, title, description.
    fn meta(&self) -> (&str, &str, &str);
    /// The height at scale 1.
    fn height(&self, with_title: bool) -> u32;
    /// Draws at `k` times the nominal size (2 for print-sharp PNGs).
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        with_title: bool,
        k: i32,
    ) -> Result<(), String>;
}

/// The chart as an SVG element for the page: `role="img"`, a `<title>` and a `<desc>`.
fn to_svg(chart: &impl Draw) -> Result<String, String> {
    register_fonts();
    let (id, title, description) = chart.meta();
    let (width, height) = (WIDTH, chart.height(false));
    let mut svg = format!(
        "<svg role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" class=\"chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-title\">"
    );
    svg::escape_into(&mut svg, title);
    svg.push_str(&format!("</title><desc id=\"{id}-desc\">"));
    svg::escape_into(&mut svg, description);
    svg.push_str("</desc>");
    svg.push_str(&LABELS.css());
    svg.push('\n');
    {
        let backend = svg::SvgWriter::new(&mut svg, (width, height), &LABELS);
        chart.draw(&backend.into_drawing_area(), false, 1)?;
    }
    svg.push_str("</svg>\n");
    Ok(svg)
}

/// The chart as a PNG, title included, drawn at twice the size for sharp print.
fn to_png(chart: &impl Draw, language: &str) -> Result<Vec<u8>, String> {
    register_fonts();
    let (w, h) = (WIDTH * 2, chart.height(true) * 2);
    let mut rgb = vec![0u8; (w * h * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, (w, h)).into_drawing_area();
        chart.draw(&root, true, 2)?;
    }
    let mut out = Vec::new();
    let mut info = png::Info::with_size(w, h);
    let (_, title, description) = chart.meta();
    for (keyword, text) in [("Title", title), ("Description", description)] {
        let mut chunk = png::text_metadata::ITXtChunk::new(keyword, text);
        chunk.language_tag = language.to_string();
        info.utf8_text.push(chunk);
    }
    let mut encoder = png::Encoder::with_info(&mut out, info).map_err(|e| e.to_string())?;
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    // Flat-colour charts compress well with the fast encoder; the default level spent more
    // time in deflate than labreport spends reading 40 labs (measured with callgrind).
    encoder.set_compression(png::Compression::Fast);
    // One filter for every row instead of trying all five on each (the default): the five
    // report charts come out 5 % larger (433 instead of 412 KB) for half the filtering
    // work (callgrind: 33 M instructions of a 40-lab build; Up and Sub saved a little more
    // but made the files 45-75 % larger).
    encoder.set_filter(png::Filter::Paeth);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

/// The row labels of a chart at scale `k`, shortened, and the x where its bars begin: right
/// of the widest label, at most two fifths of the width in.
fn label_column<'a, DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    labels: impl Iterator<Item = &'a String>,
    style: &TextStyle<'_>,
    k: i32,
) -> (Vec<String>, i32) {
    let labels: Vec<String> = labels.map(|l| shorten(l, MAX_LABEL_CHARS)).collect();
    let widest = labels
        .iter()
        .map(|l| text_width(root, l, style).unwrap_or(0))
        .max()
        .unwrap_or(0)
        .min(WIDTH as i32 * k * 2 / 5);
    (labels, widest + 14 * k)
}

/// Draws a chart's title (PNG only) at the top; the y below it.
fn draw_title<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    title: &str,
    k: i32,
) -> Result<i32, String> {
    let title_style =
        TextStyle::from((FAMILY, 20.0 * k as f64, FontStyle::Bold).into_font()).color(&TEXT);
    root.draw_text(title, &title_style, (8 * k, 6 * k))
        .map_err(|e| e.to_string())?;
    Ok(40 * k)
}

impl BarChart {
    /// A value as written beside its bar; a withheld one (NaN: no bar) as `[c]`.
    fn format(&self, series: usize, category: usize, v: f64) -> String {
        match self.value_labels.get(series).and_then(|s| s.get(category)) {
            Some(text) => text.clone(),
            None if v.is_nan() => crate::privacy::MARKER.to_string(),
            None => format!("{v}"),
        }
    }

    pub fn svg(&self) -> Result<String, String> {
        to_svg(self)
    }

    pub fn png(&self, language: &str) -> Result<Vec<u8>, String> {
        to_png(self, language)
    }

    fn top(&self, with_title: bool) -> i32 {
        let title = if with_title { 34 } else { 0 };
        let legend = if self.series.len() > 1 { 30 } else { 6 };
        title + legend
    }
}

impl Draw for BarChart {
    fn meta(&self) -> (&str, &str, &str) {
        (&self.id, &self.title, &self.description)
    }

    /// The height at scale 1.
    fn height(&self, with_title: bool) -> u32 {
        let group = self.series.len() as i32 * (BAR + BAR_GAP) - BAR_GAP + GROUP_GAP;
        let top = self.top(with_title);
        (top + self.categories.len().max(1) as i32 * group + 8) as u32
    }

    /// Draws at `k` times the nominal size (2 for print-sharp PNGs).
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        with_title: bool,
        k: i32,
    ) -> Result<(), String> {
        let e = |err: DrawingAreaErrorKind<DB::ErrorType>| err.to_string();
        root.fill(&WHITE).map_err(e)?;
        let (bar, bar_gap, group_gap) = (BAR * k, BAR_GAP * k, GROUP_GAP * k);
        let width = WIDTH as i32 * k;
        let label_style = TextStyle::from((FAMILY, LABEL_SIZE * k as f64).into_font()).color(&TEXT);
        // Styles are made once and texts drawn by reference: each plotters `Text` element owns
        // a copy of its style, and copying a style copies its font's parsed tables (measured:
        // a third of the lab pages' chart drawing).
        let left = label_style.pos(Pos::new(HPos::Left, VPos::Center));
        let right = label_style.pos(Pos::new(HPos::Right, VPos::Center));
        let (labels, x0) = label_column(root, self.categories.iter(), &label_style, k);
        let value_room = 64 * k;
        let x1 = width - value_room;
        let max = self.max.unwrap_or_else(|| {
            self.series
                .iter()
                .flat_map(|s| s.values.iter().copied())
                .fold(0.0, f64::max)
        });
        let scale = if max > 0.0 {
            (x1 - x0) as f64 / max
        } else {
            0.0
        };

        let y = if with_title {
            draw_title(root, &self.title, k)?
        } else {
            6 * k
        };
        if self.series.len() > 1 {
            let mut x = x0;
            for (i, s) in self.series.iter().enumerate() {
                let color = PALETTE[i % PALETTE.len()];
                root.draw(&Rectangle::new(
                    [(x, y + 2 * k), (x + 14 * k, y + 16 * k)],
                    color.filled(),
                ))
                .map_err(e)?;
                root.draw_text(&s.name, &left, (x + 20 * k, y + 9 * k))
                    .map_err(e)?;
                let w = text_width(root, &s.name, &label_style).unwrap_or(60);
                x += (20 + 24) * k + w;
            }
        }
        let mut y = self.top(with_title) * k;
        for (c, label) in labels.iter().enumerate() {
            let group_h = self.series.len() as i32 * (bar + bar_gap) - bar_gap;
            root.draw_text(label, &right, (x0 - 10 * k, y + group_h / 2))
                .map_err(e)?;
            for (i, s) in self.series.iter().enumerate() {
                let v = s.values.get(c).copied().unwrap_or(0.0);
                let w = if v.is_nan() {
                    0
                } else {
                    (v * scale).round() as i32
                };
                let color = PALETTE[i % PALETTE.len()];
                if w > 0 {
                    root.draw(&Rectangle::new(
                        [(x0, y), (x0 + w, y + bar)],
                        color.filled(),
                    ))
                    .map_err(e)?;
                }
                root.draw_text(&self.format(i, c, v), &left, (x0 + w + 6 * k, y + bar / 2))
                    .map_err(e)?;
                y += bar + bar_gap;
            }
            y += group_gap - bar_gap;
        }
        let axis_top = (self.top(with_title) - 4) * k;
        let axis = PathElement::new(
            vec![(x0, axis_top), (x0, y - group_gap + 6 * k)],
            AXIS.stroke_width(k as u32),
        );
        root.draw(&axis).map_err(e)?;
        root.present().map_err(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart() -> BarChart {
        BarChart {
            id: "by-type".into(),
            title: "Participation by stakeholder type".into(),
            description: "Local authorities were the largest group.".into(),
            categories: vec!["Local public authority".into(), "<b>Youth</b> & co".into()],
            series: vec![
                Series {
                    name: "Registered".into(),
                    values: vec![21.0, 7.0],
                },
                Series {
                    name: "Attended".into(),
                    values: vec![19.0, 0.0],
                },
            ],
            value_labels: Vec::new(),
            max: None,
        }
    }

    #[test]
    fn svg_has_role_title_and_description() {
        let svg = chart().svg().unwrap();
        assert!(
            svg.starts_with("<svg role=\"img\" aria-labelledby=\"by-type-title by-type-desc\""),
            "{}",
            &svg[..120]
        );
        assert!(
            svg.contains("<title id=\"by-type-title\">Participation by stakeholder type</title>")
        );
        assert!(svg.contains(
            "<desc id=\"by-type-desc\">Local authorities were the largest group.</desc>"
        ));
        assert!(svg.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn every_value_is_written_beside_its_bar() {
        let svg = chart().svg().unwrap();
        let texts: Vec<&str> = svg
            .split("<text")
            .skip(1)
            .map(|t| {
                t.split_once('>')
                    .unwrap()
                    .1
                    .split("</text>")
                    .next()
                    .unwrap()
                    .trim()
            })
            .collect();
        for value in ["21", "19", "7", "0"] {
            assert!(
                texts.contains(&value),
                "value {value} not written; texts: {texts:?}"
            );
        }
        for legend in ["Registered", "Attended", "Local public authority"] {
            assert!(texts.contains(&legend), "{legend} missing: {texts:?}");
        }
    }

    #[test]
    fn labels_are_escaped_and_long_ones_shortened() {
        let mut c = chart();
        c.title = "A < B & \"C\"".into();
        c.categories[0] = "x".repeat(200);
        let svg = c.svg().unwrap();
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("&lt;b&gt;Youth&lt;/b&gt; &amp; co"));
        assert!(svg.contains("<title id=\"by-type-title\">A &lt; B &amp; &quot;C&quot;</title>"));
        assert!(svg.contains(&format!("{}…", "x".repeat(MAX_LABEL_CHARS - 1))));
        assert!(!svg.contains(&"x".repeat(MAX_LABEL_CHARS + 1)));
    }

    #[test]
    fn labels_share_one_style_instead_of_repeating_it() {
        let svg = chart().svg().unwrap();
        assert!(
            !svg.contains("font-size=\"13.7"),
            "a label still carries its own style"
        );
        assert!(svg.contains(
            "<style>.chart text.l{font-family:sans-serif;font-size:13.71px;fill:#1A1A1A}</style>"
        ));
        assert_eq!(
            svg.matches(" class=\"l\">").count(),
            svg.matches("<text").count()
        );
    }

    #[test]
    fn png_is_a_png_with_text_drawn() {
        let png = chart().png("en").unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        // Its title and finding travel with it, in the report's language.
        let decoder = png::Decoder::new(std::io::Cursor::new(&png));
        let reader = decoder.read_info().unwrap();
        let texts: Vec<(String, String, String)> = reader
            .info()
            .utf8_text
            .iter()
            .map(|c| {
                (
                    c.keyword.clone(),
                    c.language_tag.clone(),
                    c.get_text().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            texts,
            [
                (
                    "Title".to_string(),
                    "en".to_string(),
                    "Participation by stakeholder type".to_string()
                ),
                (
                    "Description".to_string(),
                    "en".to_string(),
                    "Local authorities were the largest group.".to_string()
                ),
            ]
        );
        // Decode and check that dark text pixels exist in the title band (the font works).
        let decoder = png::Decoder::new(std::io::Cursor::new(&png));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        let width = info.width as usize;
        let dark = (0..60 * width)
            .filter(|&i| buf[i * 3] < 80 && buf[i * 3 + 1] < 80 && buf[i * 3 + 2] < 80)
            .count();
        assert!(dark > 200, "only {dark} dark pixels in the title band");
    }
}
