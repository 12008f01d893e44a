//! Rendering: the templates (`report-templates/`, compiled in, overridable file by file), the
//! minijinja environment, and the charts drawn as SVG for the pages and as files.

use super::*;
use std::path::PathBuf;

use minijinja::value::Serde;
use std::sync::Arc;

use minijinja::value::{Kwargs, Value, ValueKind};
use minijinja::{Environment, UndefinedBehavior, context};

use crate::wording::{Arg, Wording};
use serde::Serialize;

use crate::privacy::{Disclosure, MARKER};

/// The built-in templates, `report-templates/` compiled in.
pub(super) const TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../report-templates/base.html"),
    ),
    (
        "index.html",
        include_str!("../../report-templates/index.html"),
    ),
    ("lab.html", include_str!("../../report-templates/lab.html")),
    (
        "macros.html",
        include_str!("../../report-templates/macros.html"),
    ),
    (
        "style.css",
        include_str!("../../report-templates/style.css"),
    ),
];

/// Renders a page; one that shows a withheld count is rendered again with the note that
/// explains it (`privacy::note`), once, at the top.
pub(super) fn render_page<P: Serialize>(
    env: &Environment<'static>,
    name: &str,
    page: &mut P,
    root: &str,
    d: &Disclosure,
    w: &Wording,
    note: impl Fn(&mut P) -> &mut Option<String>,
) -> Result<String, ReportError> {
    let template = env.get_template(name)?;
    let mut html = template.render(context! { page => Serde(&*page), root => root })?;
    if let Some(n) = d.min_cell
        && html.contains(MARKER)
    {
        *note(page) = Some(crate::say!(
            w,
            "withheld-note",
            marker = MARKER,
            max = n - 1
        ));
        html = template.render(context! { page => Serde(&*page), root => root })?;
    }
    Ok(html)
}

pub(super) fn environment(
    user_dir: Option<PathBuf>,
    wording: Arc<Wording>,
) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_reload(false);
    // A user's template that names something the page does not have is told by name
    // ("`page.lab.venu` is undefined"), in release builds too; rendering costs the same
    // (measured: 217.07 and 217.10 M instructions at 400 labs).
    env.set_debug(true);
    env.set_loader(move |name| {
        if let Some(dir) = &user_dir {
            let path = dir.join(name);
            if path.is_file() {
                return std::fs::read_to_string(&path).map(Some).map_err(|e| {
                    minijinja::Error::new(
                        minijinja::ErrorKind::InvalidOperation,
                        format!("cannot read {}: {e}", path.display()),
                    )
                });
            }
        }
        Ok(TEMPLATES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| s.to_string()))
    });
    env.add_global("lang", wording.language().to_string());
    // `t("id", name=value, …)`: message `id` in the report's language. A message whose id
    // ends in `-html` holds markup of its own (<strong>, <code>), and only its values are
    // escaped; any other message is text, escaped whole.
    // The messages that need no values, as template values made once (a page asks for
    // about ninety of them).
    let texts: std::collections::HashMap<String, Value> = wording
        .texts()
        .map(|(id, text)| {
            let value = if id.ends_with("-html") {
                Value::from_safe_string(text.to_string())
            } else {
                Value::from(text)
            };
            (id.to_string(), value)
        })
        .collect();
    env.add_function(
        "t",
        move |id: &str, kwargs: Kwargs| -> Result<Value, minijinja::Error> {
            if kwargs.args().next().is_none()
                && let Some(value) = texts.get(id)
            {
                return Ok(value.clone());
            }
            let html = id.ends_with("-html");
            let mut args = Vec::new();
            for name in kwargs.args() {
                let v: Value = kwargs.get(name)?;
                let arg = match v.as_i64() {
                    Some(n) if v.kind() == ValueKind::Number && n >= 0 => Arg::Count(n as u64),
                    _ if html => Arg::Text(escape(&v.to_string())),
                    _ => Arg::Text(v.to_string()),
                };
                args.push((name, arg));
            }
            kwargs.assert_all_used()?;
            let text = if args.is_empty() {
                wording.text(id)
            } else {
                wording.message(id, &args)
            };
            Ok(if html {
                Value::from_safe_string(text)
            } else {
                Value::from(text)
            })
        },
    );
    env
}

/// Text made safe inside HTML.
fn escape(text: &str) -> String {
    minijinja::HtmlEscape(text).to_string()
}

/// A chart as a file of its own, in the report's language (`xml:lang`: in the page it is the
/// page's).
pub(super) fn standalone_svg(svg: &str, language: &str) -> Vec<u8> {
    let svg = svg.replacen("<svg ", &format!("<svg xml:lang=\"{language}\" "), 1);
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}\n").into_bytes()
}

/// A chart ready for a page: the SVG, and its numbers as a table.
#[derive(Serialize)]
pub(super) struct Drawn {
    pub(super) id: String,
    pub(super) title: String,
    pub(super) description: String,
    pub(super) svg: String,
    pub(super) table: Table,
}

pub(super) fn draw(charts: &[PlannedChart]) -> Result<Vec<Drawn>, ReportError> {
    charts
        .iter()
        .map(|c| {
            let svg = c.chart.svg().map_err(|message| ReportError::Chart {
                id: c.chart.id().to_string(),
                message,
            })?;
            Ok(Drawn {
                id: c.chart.id().to_string(),
                title: c.chart.title().to_string(),
                description: c.chart.description().to_string(),
                svg,
                table: c.table.clone(),
            })
        })
        .collect()
}

/// Standard base64, for the logo's data URI.
pub(super) fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }
}
