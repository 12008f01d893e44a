//! World-café outcomes read from four shapes of sheet in four languages, written by real tools
//! (rust_xlsxwriter, the zip crate), and the groupings and rankings a reader sees, worked out
//! by hand:
//!
//! - timisoara/2019-09-30-lll1: a hand-kept Romanian harvest workbook, one sheet per table
//!   ("Masa 1", "Masa 2"), two merged title rows, the round and topic merged down over their
//!   ideas, dots as tally marks; one idea names a registered person.
//! - leeuwarden/2020-03-03-lll2: a Mentimeter results workbook (English): a `Voters` sheet of
//!   people and a session sheet of blocks (open ended, 100 points, scales).
//! - leeuwarden/2019-10-15-lll1: a Padlet export (Dutch), a CSV inside a zip; sections name
//!   topics or a table; authors are people.
//! - matera/2020-11-05-lll1: an Italian CSV with hostile text.

use std::io::Write;
use std::path::Path;

use rust_xlsxwriter::{Format, Workbook};

use crate::common::Fixture;

const RO: &str = "inputs/timisoara/2019-09-30-lll1";
const MENTI: &str = "inputs/leeuwarden/2020-03-03-lll2";
const PADLET: &str = "inputs/leeuwarden/2019-10-15-lll1";
const IT: &str = "inputs/matera/2020-11-05-lll1";

/// Names that are in the inputs and must be in no output file: authors, a table host, voters'
/// quiz nicknames, and the registered person an idea names.
const PEOPLE: &[&str] = &[
    "Jan de Vries",
    "Fenna Bakker",
    "Jane Voter",
    "Piet Quizname",
    "Ioana Host",
    "Popescu",
];

/// A long idea, 3,000 characters: whole in outcomes.csv and on the page.
fn long_idea() -> String {
    let mut s = String::from("Uno spazio condiviso");
    while s.len() < 3000 {
        s.push_str(" con laboratori aperti");
    }
    s
}

fn harvest_workbook(path: &Path) {
    let mut wb = Workbook::new();
    let title = Format::new().set_bold();
    for (sheet, rows) in [
        (
            "Masa 1",
            vec![
                // Round and topic merged down over the ideas they hold.
                [
                    "1",
                    "Finanțare",
                    "Microgranturi pentru start-up-uri creative",
                    "5",
                    "Primăria Timișoara",
                    "Apel de proiecte în 2020",
                ],
                ["", "", "Fond de garantare pentru IMM-uri", "2", "", ""],
                [
                    "",
                    "Spații",
                    "Hub de coworking în fosta fabrică",
                    "||||",
                    "",
                    "",
                ],
                [
                    "2",
                    "Piața de noapte",
                    "Piață de noapte cu produse locale, propusă de Popescu",
                    "1",
                    "",
                    "",
                ],
            ],
        ),
        (
            "Masa 2",
            vec![
                [
                    "1",
                    "Finanțare",
                    "microgranturi pentru START-UP-uri creative",
                    "3",
                    "",
                    "",
                ],
                [
                    "2",
                    "Competențe",
                    "Mentorat pentru tineri antreprenori",
                    "6",
                    "Universitatea Politehnica",
                    "Program pilot",
                ],
            ],
        ),
    ] {
        let ws = wb.add_worksheet();
        ws.set_name(sheet).unwrap();
        ws.merge_range(
            0,
            0,
            0,
            6,
            "Atelier Local de Învățare – rezultatele meselor",
            &title,
        )
        .unwrap();
        ws.merge_range(1, 0, 1, 6, "Timișoara, 30 septembrie 2019", &Format::new())
            .unwrap();
        for (c, h) in [
            "Runda",
            "Temă",
            "Idee",
            "Buline",
            "Cine preia",
            "Pasul următor",
            "Gazda mesei",
        ]
        .iter()
        .enumerate()
        {
            ws.write_string(2, c as u16, *h).unwrap();
        }
        // The table host, a person, beside every idea.
        for r in 0..rows.len() {
            ws.write_string(3 + r as u32, 6, "Ioana Host").unwrap();
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                let (r, c) = (3 + r as u32, c as u16);
                match cell.parse::<f64>() {
                    Ok(n) => ws.write_number(r, c, n).unwrap(),
                    Err(_) => ws.write_string(r, c, *cell).unwrap(),
                };
            }
        }
        // Masa 1's first round and its finance topic span rows 4–6 and 4–5.
        if sheet == "Masa 1" {
            ws.merge_range(3, 0, 5, 0, "", &Format::new()).unwrap();
            ws.write_number(3, 0, 1).unwrap();
            ws.merge_range(3, 1, 4, 1, "Finanțare", &Format::new())
                .unwrap();
        }
    }
    wb.save(path).unwrap();
}

fn padlet_zip() -> Vec<u8> {
    let csv = "Created At,Author,Subject,Body,Section,Attachment\n\
2019-10-15 14:02:11 UTC,Jan de Vries,Broedplaats,Een broedplaats voor makers in de oude suikerfabriek,Ruimte,\n\
2019-10-15 14:05:40 UTC,Anoniem,,Microkredieten voor culturele ondernemers,Financiering,\n\
2019-10-15 14:07:02 UTC,Fenna Bakker,Netwerk,\"Maandelijkse netwerkborrel voor creatieven\nmet een vaste locatie\",Tafel 3,\n\
2019-10-15 14:09:10 UTC,anonymous,Broedplaats,Een broedplaats voor makers in de oude suikerfabriek,Tafel 3,\n";
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("Posts - Ideeënmuur.csv", options).unwrap();
    zip.write_all(csv.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

fn fixture() -> Fixture {
    let f = Fixture::new();
    // Timișoara: the people registered, and the tables' harvest.
    f.file(
        &format!("{RO}/registrations.csv"),
        "First name,Last name,Email,Stakeholder type\n\
         Ana,Popescu,ana@example.org,Local public authority\n\
         Mihai,Ionescu,mihai@example.org,Business\n",
    );
    harvest_workbook(&f.path().join(RO).join("Rezultate mese.xlsx"));
    // Leeuwarden, online: Mentimeter.
    f.xlsx(
        &format!("{MENTI}/Mentimeter results.xlsx"),
        &[
            (
                "Voters",
                &[
                    &["Note: there are more sheets in this document"],
                    &["Each session is found on its own sheet below."],
                    &[
                        "Date (UTC)",
                        "Session",
                        "Voter",
                        "Quiz warm-up: Name",
                        "What would help start-ups grow?:",
                        "Share 100 points among the ideas:: A coworking hub in the old tram depot",
                    ],
                    &[
                        "2020-03-03",
                        "1",
                        "1",
                        "Jane Voter",
                        "Micro-grants for creative start-ups",
                        "60",
                    ],
                    &[
                        "2020-03-03",
                        "1",
                        "2",
                        "Piet Quizname",
                        "A coworking hub in the old tram depot",
                        "100",
                    ],
                ],
            ),
            (
                "Session 1",
                &[
                    &["Question 1"],
                    &["What would help start-ups grow?"],
                    &["Open Ended"],
                    &["Responses: 4"],
                    &["Micro-grants for creative start-ups"],
                    &["A coworking hub in the old tram depot"],
                    &["Mentoring by retired managers"],
                    &["micro-grants for creative start-ups"],
                    &[""],
                    &["Question 2"],
                    &["Share 100 points among the ideas"],
                    &["100 Points"],
                    &["Option", "Points"],
                    &["A coworking hub in the old tram depot", "160"],
                    &["Micro-grants for creative start-ups", "90"],
                    &["Mentoring by retired managers", "50"],
                    &[""],
                    &["Question 3"],
                    &["How useful was the lab?"],
                    &["Scales"],
                    &["Useful", "4.2"],
                ],
            ),
        ],
    );
    // Leeuwarden, on site: a Padlet wall.
    f.file(&format!("{PADLET}/padlet-ideeenmuur.zip"), padlet_zip());
    // Matera: hostile text.
    let long = long_idea();
    f.file(
        &format!("{IT}/idee.csv"),
        format!(
            "Tavolo,Argomento,Idea,Voti,Responsabile\n\
             1,Turismo,\"\u{202E}Itinerari\u{202C} per turisti <script>alert(1)</script>\",4,Comune di Matera\n\
             1,Turismo,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\",2,\n\
             2,Spazi,\"- Un hub creativo\n- Laboratori aperti\",3,\n\
             2,Spazi,\"{long}\",1,\n\
             3,Finanziamenti,Chiamate +39 0835 123456 o scrivete a idee@example.it,0,\n"
        ),
    );
    f
}

/// A lab page's ideas as (topic heading, [idea text, facts]) in page order, read from the HTML.
fn page_ideas(html: &str) -> Vec<(String, Vec<String>)> {
    let section = html
        .split("<section id=\"outcomes\"")
        .nth(1)
        .expect("an Outcomes section")
        .split("</section>")
        .next()
        .unwrap();
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for part in section.split("<h3 ").skip(1) {
        let heading = part
            .split('>')
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .trim();
        let ideas = part
            .split("<p class=\"idea\">")
            .skip(1)
            .map(|i| i.split("</p>").next().unwrap().to_string())
            .collect();
        out.push((heading.to_string(), ideas));
    }
    out
}

fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    r.records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn outcome_sheets_of_four_shapes_are_grouped_and_ranked_as_worked_out_by_hand() {
    let f = fixture();
    let (run, s) = f.build();
    // One problem: the registered person named in an idea.
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(
        run.stderr
            .lines()
            .filter(|l| l.starts_with("warning:"))
            .collect::<Vec<_>>(),
        [
            "warning: timisoara/2019-09-30-lll1/Rezultate mese.xlsx › Masa 1 › C7: the idea's text holds \"Popescu\", the name of a person registered for this lab; it is masked in the report: outcome sheets should not hold people's names (write the organisation or role instead)"
        ],
    );
    let out = f.path().join("output");
    let page = |lab: &str| std::fs::read_to_string(out.join(format!("labs/{lab}.html"))).unwrap();

    // Timișoara: the same idea at both tables is one, 5 + 3 dots; "||||" is 4; the merged
    // topic cell holds for the idea below it; an own topic after the programme's.
    assert_eq!(
        page_ideas(&page("timisoara/2019-09-30-lll1")),
        [
            (
                "Access to finance".to_string(),
                vec![
                    "Microgranturi pentru start-up-uri creative".to_string(),
                    "Fond de garantare pentru IMM-uri".into()
                ]
            ),
            (
                "Skills and talent".into(),
                vec!["Mentorat pentru tineri antreprenori".into()]
            ),
            (
                "Spaces and infrastructure".into(),
                vec!["Hub de coworking în fosta fabrică".into()]
            ),
            (
                "Piața de noapte".into(),
                vec!["Piață de noapte cu produse locale, propusă de [name]".into()]
            ),
        ]
    );
    let ro = page("timisoara/2019-09-30-lll1");
    assert!(ro.contains("5 ideas on 4 topics; 2 have a follow-up, 3 none yet."));
    assert!(
        ro.contains("<span>8 votes</span><span>Tables Masa 1 and Masa 2, round 1</span>"),
        "{ro}"
    );
    assert!(ro.contains("<span>2 votes</span><span>Table Masa 1, round 1</span>"));
    assert!(ro.contains("<span>4 votes</span><span>Table Masa 1, round 1</span>"));
    assert!(ro.contains("Follow-up: Primăria Timișoara: Apel de proiecte în 2020"));

    // Mentimeter: the open answers are the ideas (one typed twice), the 100 points their
    // votes; the scales slide is no idea; the question is their topic, matching none.
    let menti = page("leeuwarden/2020-03-03-lll2");
    assert_eq!(
        page_ideas(&menti),
        [(
            "What would help start-ups grow?".to_string(),
            vec![
                "A coworking hub in the old tram depot".to_string(),
                "Micro-grants for creative start-ups".into(),
                "Mentoring by retired managers".into(),
            ]
        )]
    );
    assert!(menti.contains("3 ideas on 1 topic; none has a follow-up yet."));
    assert!(menti.contains("<span>160 votes</span>"));

    // Padlet: sections are topics, or the table ("Tafel 3"); a post's subject heads its body;
    // with no topic, the idea's words ("netwerk") name one; the same post twice is one.
    assert_eq!(
        page_ideas(&page("leeuwarden/2019-10-15-lll1")),
        [
            (
                "Access to finance".to_string(),
                vec!["Microkredieten voor culturele ondernemers".to_string()]
            ),
            (
                "Networks and clusters".into(),
                vec![
                    "Netwerk: Maandelijkse netwerkborrel voor creatieven\nmet een vaste locatie"
                        .into()
                ]
            ),
            (
                "Spaces and infrastructure".into(),
                vec!["Broedplaats: Een broedplaats voor makers in de oude suikerfabriek".into()]
            ),
        ]
    );

    // Matera: escaped, reordering characters gone, bullets split (each keeps the row's
    // votes), phone and e-mail masked, the long idea whole.
    let it = page("matera/2020-11-05-lll1");
    let long = long_idea();
    assert_eq!(
        page_ideas(&it),
        [
            (
                "Access to finance".to_string(),
                vec!["Chiamate [phone] o scrivete a [e-mail]".to_string()]
            ),
            (
                "Tourism and the ECoC legacy".into(),
                vec![
                    "Itinerari per turisti &lt;script&gt;alert(1)&lt;&#x2f;script&gt;".to_string(),
                    "=HYPERLINK(&quot;http:&#x2f;&#x2f;evil.example&quot;,&quot;clic&quot;)".into(),
                ]
            ),
            (
                "Spaces and infrastructure".into(),
                vec![
                    "Un hub creativo".to_string(),
                    "Laboratori aperti".into(),
                    long.clone()
                ]
            ),
        ]
    );
    assert!(!it.contains("<script>alert"));

    // The index: ideas by topic and partner, recurring topics, the top ten by votes (ties in
    // lab order: Leeuwarden, Matera, Timișoara), follow-up per partner.
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        index.contains("The labs produced 17 ideas on 7 topics; 3 have a follow-up, 14 none yet."),
        "{index}"
    );
    let recurring = index
        .split("<ul class=\"recurring\">")
        .nth(1)
        .unwrap()
        .split("</ul>")
        .next()
        .unwrap();
    assert_eq!(
        recurring.matches("<li>").count(),
        2,
        "finance and spaces recur: {recurring}"
    );
    assert!(
        recurring.contains("<strong>Access to finance</strong>: Leeuwarden, Matera and Timisoara")
    );
    assert!(
        recurring.contains(
            "<strong>Spaces and infrastructure</strong>: Leeuwarden, Matera and Timisoara"
        )
    );
    let top: Vec<(String, String)> = index
        .split("<table class=\"data ideas-table\">")
        .nth(1)
        .unwrap()
        .split("</table>")
        .next()
        .unwrap()
        .split("<th scope=\"row\" class=\"idea\">")
        .skip(1)
        .map(|r| {
            let text = r.split("</th>").next().unwrap().to_string();
            let votes = r
                .split("<td>")
                .nth(1)
                .unwrap()
                .split("</td>")
                .next()
                .unwrap()
                .to_string();
            (text, votes)
        })
        .collect();
    let expected_top = [
        ("A coworking hub in the old tram depot", "160"),
        ("Micro-grants for creative start-ups", "90"),
        ("Mentoring by retired managers", "50"),
        ("Microgranturi pentru start-up-uri creative", "8"),
        ("Mentorat pentru tineri antreprenori", "6"),
        (
            "Itinerari per turisti &lt;script&gt;alert(1)&lt;&#x2f;script&gt;",
            "4",
        ),
        ("Hub de coworking în fosta fabrică", "4"),
        ("Un hub creativo", "3"),
        ("Laboratori aperti", "3"),
        (
            "=HYPERLINK(&quot;http:&#x2f;&#x2f;evil.example&quot;,&quot;clic&quot;)",
            "2",
        ),
    ];
    assert_eq!(
        top,
        expected_top.map(|(t, v)| (t.to_string(), v.to_string()))
    );

    // outcomes.csv: every idea whole, formula text neutralised, in the labs' order.
    let rows = csv_rows(&out.join("data/outcomes.csv"));
    assert_eq!(
        rows[0],
        [
            "lab",
            "partner",
            "date",
            "table",
            "round",
            "topic",
            "topic_id",
            "idea",
            "votes",
            "follow_up",
            "owner",
            "next_step",
            "deadline",
            "priority",
            "stakeholder_types"
        ]
    );
    assert_eq!(rows.len(), 1 + 17);
    let idea_col: Vec<&str> = rows[1..].iter().map(|r| r[7].as_str()).collect();
    assert!(idea_col.contains(&long.as_str()));
    assert!(idea_col.contains(&"'=HYPERLINK(\"http://evil.example\",\"clic\")"));
    let micro = rows
        .iter()
        .find(|r| r[7] == "Microgranturi pentru start-up-uri creative")
        .unwrap();
    assert_eq!(
        micro[..10],
        [
            "timisoara/2019-09-30-lll1",
            "Timisoara",
            "2019-09-30",
            "Masa 1, Masa 2",
            "1",
            "Access to finance",
            "finance",
            "Microgranturi pentru start-up-uri creative",
            "8",
            "Primăria Timișoara: Apel de proiecte în 2020"
        ]
    );
    let night = rows
        .iter()
        .find(|r| r[7].starts_with("Piață de noapte"))
        .unwrap();
    assert_eq!(night[5..7], ["Piața de noapte", "unknown:Piața de noapte"]);

    // summary.json and figures.csv count them.
    assert_eq!(s["outcomes"]["ideas"], 17);
    assert_eq!(s["outcomes"]["with_follow_up"], 3);
    assert_eq!(s["outcomes"]["by_topic"]["finance"], 4);
    assert_eq!(s["outcomes"]["by_topic"]["spaces_infrastructure"], 5);
    assert_eq!(s["outcomes"]["labs"]["matera/2020-11-05-lll1"]["ideas"], 6);
    let figures = std::fs::read_to_string(out.join("data/figures.csv")).unwrap();
    for line in [
        "all,total,total,ideas,17",
        "all,total,total,ideas_with_follow_up,3",
        "all,topic,finance,ideas,4",
        "partner:leeuwarden,total,total,ideas,6",
        "partner:leeuwarden,topic,unknown:What would help start-ups grow?,ideas,3",
        "lab:timisoara/2019-09-30-lll1,topic,unknown:Piața de noapte,ideas,1",
    ] {
        assert!(
            figures.lines().any(|l| l == line),
            "{line} not in figures.csv"
        );
    }
}

#[test]
fn no_author_host_or_voter_name_and_no_reordering_character_reaches_any_output_file() {
    let f = fixture();
    let (run, _) = f.build();
    assert_eq!(run.code, 2, "{run:?}");
    let files = crate::common::files_under(&f.path().join("output"));
    assert!(files.len() > 10, "only {} files", files.len());
    for (path, bytes) in &files {
        // The workbook's text is in its zipped XML.
        let texts: Vec<String> = if path.extension().is_some_and(|e| e == "xlsx") {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            (0..zip.len())
                .map(|i| {
                    let mut s = String::new();
                    std::io::Read::read_to_string(&mut zip.by_index(i).unwrap(), &mut s).ok();
                    s
                })
                .collect()
        } else {
            vec![String::from_utf8_lossy(bytes).into_owned()]
        };
        for text in texts {
            for name in PEOPLE {
                assert!(!text.contains(name), "{name} in {}", path.display());
            }
            assert!(
                !text.contains('\u{202E}'),
                "an override in {}",
                path.display()
            );
        }
    }
}

#[test]
fn check_explains_each_outcome_sheet_and_the_topics_that_match_none() {
    let f = fixture();
    let run = f.run(&["check"]);
    assert_eq!(run.code, 2, "{run:?}");
    crate::common::assert_has_lines(
        &run.stdout,
        &[
            "  timisoara/2019-09-30-lll1/Rezultate mese.xlsx › Masa 1: world-café outcomes, one row per idea: 4 ideas, header in row 3",
            "      round                    ← A \"Runda\"",
            "      topic                    ← B \"Temă\"",
            "      idea                     ← C \"Idee\"",
            "      votes                    ← D \"Buline\"",
            "      follow-up owner          ← E \"Cine preia\"",
            "      next step                ← F \"Pasul următor\"",
            "      a person (not read)      ← G \"Gazda mesei\"",
            "  = 5 ideas from the world café (2 with a follow-up)",
            "  leeuwarden/2020-03-03-lll2/Mentimeter results.xlsx › Voters: Mentimeter voters: one row per person, not read (their answers are on the session sheets)",
            "  leeuwarden/2020-03-03-lll2/Mentimeter results.xlsx › Session 1: world-café outcomes, Mentimeter results (a block per slide): 7 ideas",
            "  leeuwarden/2019-10-15-lll1/padlet-ideeenmuur.zip › Posts - Ideeënmuur.csv: world-café outcomes, one row per idea: 4 ideas, header in row 1",
            "      a person (not read)      ← B \"Author\"",
            "      idea's title             ← C \"Subject\"",
            "      idea                     ← D \"Body\"",
            "      topic                    ← E \"Section\"",
            "  \"What would help start-ups grow?\"  first at leeuwarden/2020-03-03-lll2/Mentimeter results.xlsx › Session 1 › A5",
            "  \"Piața de noapte\"  first at timisoara/2019-09-30-lll1/Rezultate mese.xlsx › Masa 1 › C7",
        ],
    );
    // The one idea whose topic is a guess (no topic written; its words hold "netwerk") is said.
    crate::common::assert_has_lines(
        &run.stdout,
        &[
            "  idea \"Netwerk: Maandelijkse netwerkborrel voor creatieven met een…\" → networks_clusters, by the keyword \"Netwerk\"  at leeuwarden/2019-10-15-lll1/padlet-ideeenmuur.zip › Posts - Ideeënmuur.csv › D4",
        ],
    );
}

#[test]
fn ideas_in_lab_toml_are_read_like_a_sheets() {
    let f = Fixture::new();
    f.file(
        "inputs/kaunas/2021-06-01-lab/registrations.csv",
        "Email,Stakeholder type\na@example.org,Start-up\n",
    );
    f.file(
        "inputs/kaunas/2021-06-01-lab/lab.toml",
        "title = \"Kūrybinės industrijos\"\n\n\
         [[outcome]]\ntable = 1\ntopic = \"Finansavimas\"\nidea = \"Mikrodotacijos kūrėjams\"\nvotes = 4\nowner = \"Kauno miesto savivaldybė\"\nfollow_up = \"Kvietimas 2021 m. rudenį\"\ndeadline = 2021-10-01\n\n\
         [[outcome]]\ntable = \"2\"\nidea = \"Bendra dirbtuvių erdvė\"\nvotes = 6\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(s["outcomes"]["ideas"], 2);
    let html =
        std::fs::read_to_string(f.path().join("output/labs/kaunas/2021-06-01-lab.html")).unwrap();
    // "Finansavimas" is an alias of finance; with no topic, "erdvė" names spaces.
    assert_eq!(
        page_ideas(&html),
        [
            (
                "Access to finance".to_string(),
                vec!["Mikrodotacijos kūrėjams".to_string()]
            ),
            (
                "Spaces and infrastructure".into(),
                vec!["Bendra dirbtuvių erdvė".into()]
            ),
        ]
    );
    assert!(
        html.contains(
            "Follow-up: Kauno miesto savivaldybė: Kvietimas 2021 m. rudenį (by 2021-10-01)"
        )
    );
}

/// The demo's three outcome sheets (inputs/, written by examples/make-demo.rs), read back as a
/// funder sees them, the groupings and rankings worked out from the sheets by hand.
#[test]
fn the_demos_ideas_are_grouped_and_ranked_on_the_lab_pages_the_index_and_outcomes_csv() {
    let f = crate::common::demo_fixture();
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let out = f.path().join("output");
    let page = |lab: &str| std::fs::read_to_string(out.join(format!("labs/{lab}.html"))).unwrap();
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();

    // Timișoara's hand-kept workbook: twelve rows, the micro-grants written at tables 1 and 2
    // (9 + 5 dots); the table and round written once for the ideas below them.
    let lll1 = page("timisoara/2019-09-30-lll1");
    assert_eq!(
        page_ideas(&lll1),
        [
            (
                "Access to finance".to_string(),
                strings(&[
                    "Microgranturi pentru start-up-uri culturale și creative",
                    "Fond de garantare pentru IMM-uri creative"
                ])
            ),
            (
                "Skills and talent".into(),
                strings(&[
                    "Mentorat pentru tinerii antreprenori, cu manageri cu experiență",
                    "Stagii plătite în industriile creative"
                ])
            ),
            (
                "Digitalisation".into(),
                strings(&["Platformă online comună pentru evenimentele culturale ale orașului"])
            ),
            (
                "Tourism and the ECoC legacy".into(),
                strings(&[
                    "Trasee turistice cu ghizi locali în cartierele istorice",
                    "Pachete de weekend pentru vizitatorii Capitalei Culturale"
                ])
            ),
            (
                "Networks and clusters".into(),
                strings(&["Întâlniri lunare între IMM-uri și artiști"])
            ),
            (
                "Public procurement and regulation".into(),
                strings(&["Ghișeu unic pentru autorizațiile de evenimente"])
            ),
            (
                "Spaces and infrastructure".into(),
                strings(&["Hub de coworking în fosta fabrică de tutun"])
            ),
            (
                "Piața de noapte".into(),
                strings(&["Piață de noapte cu produse locale pe malul Begăi"])
            ),
        ]
    );
    assert!(lll1.contains("11 ideas on 8 topics; 4 have a follow-up, 7 none yet."));
    assert!(lll1.contains(
        "<span>14 votes</span><span>Tables 1 and 2, rounds 1 and 2</span><span>At the table: Local public authority, Business (start-up, SME), NGO"
    ), "{lll1}");
    assert!(lll1.contains(
        "Follow-up: Primăria Municipiului Timișoara: Linie de finanțare în bugetul 2020 (by 2020-03-31)"
    ));

    // The online lab's Mentimeter: the open answers, the 100 points their votes.
    assert_eq!(
        page_ideas(&page("timisoara/2021-03-18-lll3")),
        [(
            "Ce ar ajuta IMM-urile culturale după pandemie?".to_string(),
            strings(&[
                "Vouchere pentru digitalizarea IMM-urilor culturale",
                "Granturi rapide pentru evenimente în aer liber",
                "Spații de repetiție gratuite în clădirile orașului",
                "Un calendar online comun al evenimentelor",
                "Cursuri de marketing online pentru artiști",
            ])
        )]
    );

    // Leeuwarden's Padlet wall: no votes, so in the order posted; the legacy fund posted twice.
    assert_eq!(
        page_ideas(&page("leeuwarden/2020-03-03-lll2")),
        [
            (
                "Tourism and the ECoC legacy".to_string(),
                strings(&[
                    "Legacy fund: A small fund that keeps the 2018 festival volunteers&#x27; projects going",
                    "Visitor passes that combine museums and local shops"
                ])
            ),
            (
                "Networks and clusters".into(),
                strings(&[
                    "Matchmaking: A yearly matchmaking day for cultural start-ups and established SMEs,\nwith short pitches"
                ])
            ),
            (
                "Spaces and infrastructure".into(),
                strings(&["Pop-up shops for makers in empty buildings in the city centre"])
            ),
        ]
    );

    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        index.contains("The labs produced 20 ideas on 9 topics; 4 have a follow-up, 16 none yet.")
    );
    for t in [
        "Tourism and the ECoC legacy",
        "Networks and clusters",
        "Spaces and infrastructure",
    ] {
        assert!(
            index.contains(&format!(
                "<li><strong>{t}</strong>: Leeuwarden and Timișoara</li>"
            )),
            "{t} recurs"
        );
    }
    let top: Vec<&str> = index
        .split("<th scope=\"row\" class=\"idea\">")
        .skip(1)
        .map(|r| r.split("</th>").next().unwrap())
        .collect();
    assert_eq!(
        top,
        [
            "Vouchere pentru digitalizarea IMM-urilor culturale",
            "Granturi rapide pentru evenimente în aer liber",
            "Spații de repetiție gratuite în clădirile orașului",
            "Un calendar online comun al evenimentelor",
            "Cursuri de marketing online pentru artiști",
            "Microgranturi pentru start-up-uri culturale și creative",
            "Trasee turistice cu ghizi locali în cartierele istorice",
            "Hub de coworking în fosta fabrică de tutun",
            "Mentorat pentru tinerii antreprenori, cu manageri cu experiență",
            "Platformă online comună pentru evenimentele culturale ale orașului",
        ]
    );

    let rows = csv_rows(&out.join("data/outcomes.csv"));
    assert_eq!(rows.len(), 1 + 20);
    assert_eq!(s["outcomes"]["ideas"], 20);
    assert_eq!(s["outcomes"]["with_follow_up"], 4);
    // The authors of the Padlet posts are in no output file.
    for name in ["Sjoerd Hoekstra", "Tessa de Boer", "Wouter Visser"] {
        for file in [
            "index.html",
            "labs/leeuwarden/2020-03-03-lll2.html",
            "data/outcomes.csv",
            "summary.json",
        ] {
            let text = std::fs::read_to_string(out.join(file)).unwrap();
            assert!(!text.contains(name), "{name} in {file}");
        }
    }
}
