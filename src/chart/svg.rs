//! The SVG that plotters draws into: a `DrawingBackend` that writes each shape as one element,
//! straight into the page's string.
//!
//! plotters' own SVG backend formats every attribute of every element as a string of its own
//! and repeats each label's font, size, opacity and colour on it; the lab pages' charts were
//! a third of the report's drawing time that way. This one writes the same elements, gives
//! the labels of the charts' one text style a class (defined once, in the chart's `<style>`),
//! and leaves out the opacity of opaque colours.

use std::convert::Infallible;
use std::fmt::Write as _;

use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontStyle,
    FontTransform,
};

/// The one text style that is written as a class: its size as plotters would write it (the
/// font size in pixels over 1.24), family and colour.
pub struct LabelClass {
    pub family: &'static str,
    pub size: f64,
    pub color: (u8, u8, u8),
}

impl LabelClass {
    /// The CSS that draws a text of class `l` in this style.
    pub fn css(&self) -> String {
        let (r, g, b) = self.color;
        format!(
            "<style>.chart text.l{{font-family:{};font-size:{:.2}px;fill:#{r:02X}{g:02X}{b:02X}}}</style>",
            self.family,
            self.size / 1.24
        )
    }
}

/// Draws into `out`, which already holds the opening `<svg …>` and is closed by the caller.
pub struct SvgWriter<'a> {
    out: &'a mut String,
    size: (u32, u32),
    label: &'a LabelClass,
}

impl<'a> SvgWriter<'a> {
    pub fn new(out: &'a mut String, size: (u32, u32), label: &'a LabelClass) -> Self {
        SvgWriter { out, size, label }
    }

    fn color(&mut self, name: &str, color: BackendColor) {
        let (r, g, b) = color.rgb;
        let _ = write!(self.out, " {name}=\"#{r:02X}{g:02X}{b:02X}\"");
        if color.alpha != 1.0 {
            let _ = write!(self.out, " opacity=\"{}\"", color.alpha);
        }
    }
}

/// Text and attribute values escaped for XML (as plotters escapes them).
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
}

type Result = std::result::Result<(), DrawingErrorKind<Infallible>>;

impl DrawingBackend for SvgWriter<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Result {
        self.draw_rect((x, y), (x + 1, y + 1), &color, true)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<line");
        self.color("stroke", style.color());
        let _ = writeln!(
            self.out,
            " stroke-width=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            style.stroke_width(),
            from.0,
            from.1,
            to.0,
            to.1
        );
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let _ = write!(
            self.out,
            "<rect x=\"{x0}\" y=\"{y0}\" width=\"{}\" height=\"{}\"",
            x1 - x0,
            y1 - y0
        );
        if fill {
            self.color("fill", color);
            self.out.push_str(" stroke=\"none\"/>\n");
        } else {
            self.out.push_str(" fill=\"none\"");
            self.color("stroke", color);
            self.out.push_str("/>\n");
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<polyline fill=\"none\"");
        self.color("stroke", style.color());
        let _ = write!(
            self.out,
            " stroke-width=\"{}\" points=\"",
            style.stroke_width()
        );
        for (x, y) in path {
            let _ = write!(self.out, "{x},{y} ");
        }
        self.out.push_str("\"/>\n");
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        (x, y): BackendCoord,
    ) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        let _ = write!(
            self.out,
            "<text x=\"{x}\" y=\"{y}\" dy=\"{dy}\" text-anchor=\"{anchor}\""
        );
        let label = self.label;
        let plain = matches!(style.style(), FontStyle::Normal)
            && matches!(style.transform(), FontTransform::None);
        if plain
            && color.alpha == 1.0
            && color.rgb == label.color
            && style.size() == label.size
            && style.family().as_str() == label.family
        {
            self.out.push_str(" class=\"l\"");
        } else {
            self.out.push_str(" font-family=\"");
            escape_into(self.out, style.family().as_str());
            let _ = write!(self.out, "\" font-size=\"{}\"", style.size() / 1.24);
            self.color("fill", color);
            match style.style() {
                FontStyle::Normal => {}
                FontStyle::Bold => self.out.push_str(" font-weight=\"bold\""),
                other => {
                    let _ = write!(self.out, " font-style=\"{}\"", other.as_str());
                }
            }
            let degrees = match style.transform() {
                FontTransform::Rotate90 => 90,
                FontTransform::Rotate180 => 180,
                FontTransform::Rotate270 => 270,
                _ => 0,
            };
            if degrees != 0 {
                let _ = write!(self.out, " transform=\"rotate({degrees}, {x}, {y})\"");
            }
        }
        self.out.push_str(">\n");
        escape_into(self.out, text);
        self.out.push_str("\n</text>\n");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::prelude::*;
    use plotters::style::text_anchor::Pos;

    const LABEL: LabelClass = LabelClass {
        family: "sans-serif",
        size: 17.0,
        color: (0x1A, 0x1A, 0x1A),
    };

    fn drawn(draw: impl FnOnce(&DrawingArea<SvgWriter<'_>, plotters::coord::Shift>)) -> String {
        let mut out = String::new();
        {
            let area = SvgWriter::new(&mut out, (100, 50), &LABEL).into_drawing_area();
            draw(&area);
        }
        out
    }

    #[test]
    fn a_label_in_the_class_style_is_written_with_the_class_only() {
        let svg = drawn(|area| {
            let style = TextStyle::from(("sans-serif", 17.0).into_font())
                .color(&RGBColor(0x1A, 0x1A, 0x1A))
                .pos(Pos::new(HPos::Right, VPos::Center));
            area.draw(&Text::new("R&D's <lab>", (40, 10), style))
                .unwrap();
        });
        assert_eq!(
            svg,
            "<text x=\"40\" y=\"10\" dy=\"0.5ex\" text-anchor=\"end\" class=\"l\">\nR&amp;D&apos;s &lt;lab&gt;\n</text>\n"
        );
    }

    #[test]
    fn other_text_styles_keep_their_attributes() {
        // 20 px bold in half-transparent red: plotters writes sizes over 1.24 (20 / 1.24).
        let svg = drawn(|area| {
            let red = RGBColor(0xFF, 0, 0).mix(0.5);
            let style = TextStyle::from(("serif", 20.0, FontStyle::Bold).into_font()).color(&red);
            area.draw(&Text::new("Title", (8, 6), style)).unwrap();
        });
        assert_eq!(
            svg,
            "<text x=\"8\" y=\"6\" dy=\"0.76em\" text-anchor=\"start\" font-family=\"serif\" font-size=\"16.129032258064516\" fill=\"#FF0000\" opacity=\"0.5\" font-weight=\"bold\">\nTitle\n</text>\n"
        );
    }

    #[test]
    fn shapes_are_one_element_each_and_opaque_colours_carry_no_opacity() {
        let svg = drawn(|area| {
            area.draw(&Rectangle::new(
                [(1, 2), (11, 22)],
                RGBColor(0, 0x72, 0xB2).filled(),
            ))
            .unwrap();
            area.draw(&Rectangle::new(
                [(0, 0), (5, 5)],
                RGBColor(0x59, 0x59, 0x59),
            ))
            .unwrap();
            area.draw(&PathElement::new(
                vec![(3, 4), (3, 40)],
                ShapeStyle::from(&RGBColor(0x59, 0x59, 0x59)).stroke_width(2),
            ))
            .unwrap();
        });
        assert_eq!(
            svg,
            concat!(
                "<rect x=\"1\" y=\"2\" width=\"10\" height=\"20\" fill=\"#0072B2\" stroke=\"none\"/>\n",
                "<rect x=\"0\" y=\"0\" width=\"5\" height=\"5\" fill=\"none\" stroke=\"#595959\"/>\n",
                "<polyline fill=\"none\" stroke=\"#595959\" stroke-width=\"2\" points=\"3,4 3,40 \"/>\n",
            )
        );
    }

    #[test]
    fn attribute_values_are_escaped() {
        let svg = drawn(|area| {
            let style = TextStyle::from(("A&B \"Sans\"", 20.0).into_font()).color(&BLACK);
            area.draw(&Text::new("x", (0, 0), style)).unwrap();
        });
        assert!(
            svg.contains(" font-family=\"A&amp;B &quot;Sans&quot;\" "),
            "{svg}"
        );
    }

    #[test]
    fn a_line_is_one_element() {
        let mut out = String::new();
        let grey = RGBColor(0x59, 0x59, 0x59);
        SvgWriter::new(&mut out, (100, 50), &LABEL)
            .draw_line((0, 5), (90, 5), &ShapeStyle::from(&grey).stroke_width(3))
            .unwrap();
        assert_eq!(
            out,
            "<line stroke=\"#595959\" stroke-width=\"3\" x1=\"0\" y1=\"5\" x2=\"90\" y2=\"5\"/>\n"
        );
    }

    #[test]
    fn the_class_css_matches_the_size_plotters_would_write() {
        assert_eq!(
            LABEL.css(),
            "<style>.chart text.l{font-family:sans-serif;font-size:13.71px;fill:#1A1A1A}</style>"
        );
    }
}
