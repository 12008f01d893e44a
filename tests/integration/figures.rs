//! data/figures.csv holds every people count the pages show: each table and headline figure
//! of the index and of every lab page is read back from the HTML and found in figures.csv.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use crate::common::demo_fixture;

/// One HTML table: its caption, column headers and rows (the row header, then the cells), as
/// text with the markup and entities removed.
#[derive(Debug)]
pub(crate) struct Table {
    pub(crate) caption: String,
    pub(crate) columns: Vec<String>,
    pub(crate) rows: Vec<(String, Vec<String>)>,
    /// The row headers' links, where they have one.
    links: Vec<Option<String>>,
}

fn unescape(s: &str) -> String {
    s.replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The text of an HTML fragment: tags dropped, entities read, spaces joined.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The parts of `html` between each `open` and the next `close`.
fn between<'a>(html: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(open) {
        let after = &rest[i + open.len()..];
        let Some(j) = after.find(close) else { break };
        out.push(&after[..j]);
        rest = &after[j + close.len()..];
    }
    out
}

pub(crate) fn tables(html: &str) -> Vec<Table> {
    between(html, "<table", "</table>")
        .into_iter()
        .map(|t| Table {
            // `<caption id=…>`: the id names the table's scroll box.
            caption: between(t, "<caption", "</caption>")
                .first()
                .map_or(String::new(), |c| text(&c[c.find('>').unwrap() + 1..])),
            columns: between(t, "<th scope=\"col\">", "</th>")
                .into_iter()
                .map(text)
                .collect(),
            rows: between(t, "<tr><th scope=\"row\">", "</tr>")
                .into_iter()
                .map(|r| {
                    let (head, cells) = r.split_once("</th>").unwrap();
                    let cells = between(cells, "<td", "</td>")
                        .into_iter()
                        .map(|c| text(&c[c.find('>').unwrap() + 1..]))
                        .collect();
                    (text(head), cells)
                })
                .collect(),
            links: between(t, "<tr><th scope=\"row\">", "</tr>")
                .into_iter()
                .map(|r| between(r, "href=\"", "\"").first().map(|h| unescape(h)))
                .collect(),
        })
        .collect()
}

/// The headline figures: label → value.
pub(crate) fn headline(html: &str) -> HashMap<String, (String, String)> {
    between(html, "<div class=\"figure\">", "</div>")
        .into_iter()
        .map(|f| {
            let label = text(between(f, "<dt>", "</dt>")[0]);
            let value = text(between(f, "<span class=\"value\">", "</span>")[0]);
            let note = between(f, "<span class=\"note\">", "</span>")
                .first()
                .map_or(String::new(), |n| text(n));
            (label, (value, note))
        })
        .collect()
}

/// figures.csv: (scope, breakdown, category, measure) → value.
type Figures = HashMap<(String, String, String, String), String>;

fn read_figures(out: &Path) -> Figures {
    let bytes = std::fs::read(out.join("data/figures.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a BOM");
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("scope,breakdown,category,measure,value"));
    let mut out = Figures::new();
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), 5, "{line}");
        assert!(cells[4].parse::<u64>().is_ok(), "a whole number: {line}");
        let key = (cells[0], cells[1], cells[2], cells[3]).map_owned();
        assert!(
            out.insert(key, cells[4].to_string()).is_none(),
            "one row a figure: {line}"
        );
    }
    out
}

trait MapOwned {
    fn map_owned(self) -> (String, String, String, String);
}

impl MapOwned for (&str, &str, &str, &str) {
    fn map_owned(self) -> (String, String, String, String) {
        (self.0.into(), self.1.into(), self.2.into(), self.3.into())
    }
}

/// Checks figures one by one, counting them.
struct Checker {
    figures: Figures,
    checked: usize,
}

impl Checker {
    fn is(&mut self, scope: &str, breakdown: &str, category: &str, measure: &str, shown: &str) {
        let key = (scope, breakdown, category, measure).map_owned();
        let got = self.figures.get(&key);
        assert_eq!(
            got.map(String::as_str),
            Some(shown),
            "the page shows {shown} for {key:?}; figures.csv has {got:?}"
        );
        self.checked += 1;
    }
}

/// Label → id, for a taxonomy of summary.json's `labels`.
fn ids(summary: &Value, table: &str) -> HashMap<String, String> {
    summary["labels"][table]
        .as_object()
        .unwrap()
        .iter()
        .map(|(id, label)| (label.as_str().unwrap().to_string(), id.clone()))
        .collect()
}

/// A chart's table of registered and attended counts, each row a category.
fn check_counts(
    c: &mut Checker,
    t: &Table,
    scope: &str,
    breakdown: &str,
    id_of: &dyn Fn(&str) -> String,
) {
    assert_eq!(t.columns[1], "Registered", "{t:?}");
    for (label, cells) in &t.rows {
        // The total row: the scope's totals, as figures.csv has them (withheld alike).
        if label == "Total" {
            c.is(scope, "total", "total", "registered", &cells[0]);
            if t.columns.get(2).map(String::as_str) == Some("Attended") && cells[1] != "–" {
                c.is(scope, "total", "total", "attended", &cells[1]);
            }
            continue;
        }
        let (scope, category) = match breakdown {
            "partner" => (format!("partner:{}", id_of(label)), "total".to_string()),
            "lab" => (format!("lab:{}", id_of(label)), "total".to_string()),
            "period" => (format!("period:{}", id_of(label)), "total".to_string()),
            _ => (scope.to_string(), id_of(label)),
        };
        let breakdown = if ["partner", "lab", "period"].contains(&breakdown) {
            "total"
        } else {
            breakdown
        };
        c.is(&scope, breakdown, &category, "registered", &cells[0]);
        if t.columns.get(2).map(String::as_str) == Some("Attended") && cells[1] != "–" {
            c.is(&scope, breakdown, &category, "attended", &cells[1]);
        }
    }
}

/// The labs table (index, and a lab page's history): registrations and attendees of each lab.
/// Its links are `labs/<partner>/<lab>.html` on the index, `<lab>.html` on a page of
/// `partner`'s.
fn check_labs_table(c: &mut Checker, t: &Table, partner: Option<&str>) {
    for ((label, cells), link) in t.rows.iter().zip(&t.links) {
        // The index's total row: the programme's totals.
        if label == "Total" && partner.is_none() {
            c.is("all", "total", "total", "registered", &cells[2]);
            if cells[3] != "–" {
                c.is("all", "total", "total", "attended", &cells[3]);
            }
            continue;
        }
        let href = link.as_ref().expect("each lab links to its page");
        let file = href.trim_start_matches("labs/").trim_end_matches(".html");
        let key = match partner {
            Some(p) => format!("{p}/{file}"),
            None => file.to_string(),
        };
        c.is(
            &format!("lab:{key}"),
            "total",
            "total",
            "registered",
            &cells[2],
        );
        if cells[3] != "–" {
            c.is(
                &format!("lab:{key}"),
                "total",
                "total",
                "attended",
                &cells[3],
            );
        }
    }
}

#[test]
fn figures_csv_holds_every_count_the_pages_show() {
    let f = demo_fixture();
    let (run, summary) = f.build();
    assert!(run.code == 0 || run.code == 2, "{run:?}");
    let out = f.path().join("output");
    let mut c = Checker {
        figures: read_figures(&out),
        checked: 0,
    };
    let types = ids(&summary, "stakeholder_type");
    let sectors = ids(&summary, "sector");
    let labs = summary["labs"].as_object().unwrap();
    let partner_of = |label: &str| {
        labs.values()
            .find(|l| l["partner_name"] == label)
            .map(|l| l["partner"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("no partner named {label}"))
    };
    // "Timișoara · 30 September 2019" (the report's English dates) → the lab's key.
    let long_date = |iso: &str| {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let parts: Vec<usize> = iso.split('-').map(|p| p.parse().unwrap()).collect();
        format!("{} {} {}", parts[2], MONTHS[parts[1] - 1], parts[0])
    };
    let lab_of = |label: &str| {
        let (partner, date) = label.split_once(" · ").unwrap();
        labs.iter()
            .find(|(_, l)| {
                l["partner_name"] == partner
                    && l["date"].as_str().map(long_date).as_deref() == Some(date)
            })
            .map(|(k, _)| k.clone())
            .unwrap_or_else(|| panic!("no lab {label}"))
    };
    let periods: HashMap<String, String> = summary["indicators"]["periods"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(id, p)| (p["label"].as_str().unwrap().to_string(), id.clone()))
        .chain([("All periods together".to_string(), "all".to_string())])
        .collect();

    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    let h = headline(&index);
    c.is("all", "total", "total", "registered", &h["Registrations"].0);
    c.is("all", "total", "total", "attended", &h["Attendees"].0);
    c.is(
        "all",
        "total",
        "total",
        "registered_people",
        &h["Unique people"].0,
    );
    let attended_people = h["Unique people"].1.split(' ').next().unwrap().to_string();
    c.is("all", "total", "total", "people", &attended_people);
    let mut seen = Vec::new();
    for t in tables(&index) {
        let caption = t.caption.as_str();
        if let Some((label, _)) = caption.split_once(": participations, people and organisations") {
            let scope = match periods[label].as_str() {
                "all" => "all".to_string(),
                id => format!("period:{id}"),
            };
            for (row, cells) in t.rows.iter() {
                let (breakdown, category) = if row == "Total" {
                    ("total", "total".to_string())
                } else {
                    ("stakeholder_type", types[row].clone())
                };
                for (measure, cell) in ["participations", "people", "organisations"]
                    .iter()
                    .zip(cells)
                {
                    c.is(&scope, breakdown, &category, measure, cell);
                }
            }
            seen.push("indicators");
        } else if caption.starts_with("Participation by stakeholder type") {
            check_counts(&mut c, &t, "all", "stakeholder_type", &|l| types[l].clone());
            seen.push("types");
        } else if caption.starts_with("Participation by sector") {
            check_counts(&mut c, &t, "all", "sector", &|l| sectors[l].clone());
            seen.push("sectors");
        } else if caption.starts_with("Participation by partner") {
            check_counts(&mut c, &t, "all", "partner", &partner_of);
            seen.push("partners");
        } else if caption.starts_with("Participation over time, lab by lab") {
            check_counts(&mut c, &t, "all", "lab", &lab_of);
            seen.push("over time");
        } else if caption.starts_with("Labs in date order") {
            check_labs_table(&mut c, &t, None);
            seen.push("labs");
        } else {
            // The others hold no people counts: feedback, the world café's ideas
            // (tests/integration/outcomes.rs), and the data-quality appendix.
            assert!(
                caption.starts_with("Feedback")
                    || caption.starts_with("Ideas by topic and partner")
                    || caption.starts_with("The ideas with the most votes")
                    || caption.starts_with("Ideas with a follow-up")
                    || caption.starts_with("Files and sheets")
                    || caption.starts_with("Labels counted"),
                "a table this test does not know: {caption}"
            );
        }
    }
    assert_eq!(
        seen.iter().filter(|s| **s == "indicators").count(),
        periods.len(),
        "a table per period and the cumulative one"
    );
    for s in ["types", "sectors", "partners", "over time", "labs"] {
        assert!(seen.contains(&s), "the index's {s} table was found");
    }

    // Every lab page.
    for (key, lab) in labs {
        let page = std::fs::read_to_string(out.join(format!("labs/{key}.html"))).unwrap();
        let scope = format!("lab:{key}");
        let h = headline(&page);
        c.is(
            &scope,
            "total",
            "total",
            "registered",
            &h["Registrations"].0,
        );
        if lab["attendees"].is_u64() {
            c.is(&scope, "total", "total", "attended", &h["Attendees"].0);
        }
        for t in tables(&page) {
            if t.caption.starts_with("Participation by stakeholder type") {
                check_counts(&mut c, &t, &scope, "stakeholder_type", &|l| {
                    types[l].clone()
                });
            } else if t.caption.starts_with("Participation by sector") {
                check_counts(&mut c, &t, &scope, "sector", &|l| sectors[l].clone());
            } else if t.caption.contains("labs up to this one") {
                check_labs_table(&mut c, &t, lab["partner"].as_str());
            } else {
                assert!(
                    t.caption.starts_with("Feedback"),
                    "a table this test does not know: {}",
                    t.caption
                );
            }
        }
    }
    // The demo's five labs show some hundreds of counts; each was found.
    assert!(c.checked > 300, "{} figures checked", c.checked);
}
