//! Writes the demo in `inputs/`: two partners, two labs each, synthetic people.
//!
//! Timișoara's files are in Romanian (xlsx, a title row above the header, labels typed with
//! and without diacritics, one person registered twice, multi-valued sectors); Leeuwarden's
//! are English CSV exports. Every name and e-mail is made up (example.org).
//!
//!     cargo run --example make-demo -- inputs

use std::error::Error;
use std::fs;
use std::path::Path;

use rust_xlsxwriter::{Format, Workbook};

type Words = &'static [&'static str];

/// A small deterministic generator, so the demo is the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }
}

#[derive(Clone)]
struct Person {
    first: String,
    last: String,
    email: String,
    /// The organisation as written on one list (`orgs`, one of its spellings, or blank).
    organisation: String,
    /// The ways the person's organisation is written: spellings, with and without diacritics
    /// or legal form, and names a config joins with `[[organisation]]`.
    orgs: Words,
    kind: &'static str,
    sectors: String,
}

const RO_FIRST: Words = &[
    "Ana",
    "Ioana",
    "Mihai",
    "Andrei",
    "Elena",
    "Ștefan",
    "Cristina",
    "Radu",
    "Maria",
    "Vlad",
    "Irina",
    "Tudor",
    "Bianca",
    "Sorin",
    "Alexandra",
    "Dan",
];
const RO_LAST: Words = &[
    "Popescu",
    "Ionescu",
    "Dumitrescu",
    "Stan",
    "Gheorghiu",
    "Munteanu",
    "Constantinescu",
    "Mureșan",
    "Toma",
    "Lungu",
    "Marin",
    "Florea",
    "Dobre",
    "Nistor",
];
const RO_TYPES: Words = &[
    "Autoritate publică locală",
    "Autoritate publica locala",
    "Instituție de învățământ",
    "Organizație de tineret",
    "Start-up",
    "IMM",
    "Cameră de comerț",
    "Capitală Europeană a Culturii",
    "ONG",
];
const RO_SECTORS: Words = &[
    "Cultural și creativ",
    "IT&C",
    "Economie socială",
    "Turism",
    "Sector public",
    "Educație",
];
const NL_FIRST: Words = &[
    "Anke", "Jelle", "Sjoerd", "Femke", "Douwe", "Marije", "Pieter", "Sanne", "Wytze", "Lotte",
    "Hylke", "Ilse", "Bauke", "Noor",
];
const NL_LAST: Words = &[
    "de Vries",
    "Hoekstra",
    "Bakker",
    "Visser",
    "Dijkstra",
    "van der Meer",
    "Postma",
    "Jansma",
    "Kuipers",
    "Wiersma",
    "de Boer",
    "Zijlstra",
];
const EN_TYPES: Words = &[
    "Local public authority",
    "Education institution",
    "Youth organisation",
    "Business (start-up, SME)",
    "Start-up",
    "Business support organisation",
    "ECoC organisation",
    "NGO / civil society",
];
const EN_SECTORS: Words = &[
    "Cultural & creative",
    "ICT",
    "Social economy",
    "Tourism",
    "Public sector",
    "Education",
];

/// Organisations by the stakeholder type a person gives (the demo's own words), Timișoara's
/// (`ro`) or Leeuwarden's, each with the ways it is written. Public bodies are real;
/// businesses and associations are made up.
fn organisations(kind: &str, ro: bool) -> &'static [Words] {
    let k = kind.to_lowercase();
    let has = |w: &[&str]| w.iter().any(|x| k.contains(x));
    match ro {
        true if has(&["autoritate"]) => &[
            &[
                "Primăria Municipiului Timișoara",
                "Primaria Timisoara",
                "Primăria Timișoara",
            ],
            &["Consiliul Județean Timiș", "Consiliul Judetean Timis"],
        ],
        true if has(&["învățământ"]) => &[
            &[
                "Universitatea de Vest din Timișoara",
                "Universitatea de Vest din Timisoara",
            ],
            &["Universitatea Politehnica Timișoara", "UPT"],
        ],
        true if has(&["tineret"]) => &[&[
            "Asociația Tinerilor din Banat",
            "Asociatia Tinerilor din Banat",
        ]],
        true if has(&["start-up", "imm"]) => &[
            &[
                "Bega Design Studio SRL",
                "S.C. Bega Design Studio S.R.L.",
                "Bega Design Studio",
            ],
            &["Timiș Code Lab SRL", "Timis Code Lab"],
            &["Pixel Banat SRL", "PIXEL BANAT S.R.L."],
        ],
        true if has(&["comerț"]) => &[&[
            "Camera de Comerț, Industrie și Agricultură Timiș",
            "CCIA Timiș",
        ]],
        true if has(&["capital"]) => &[&[
            "Asociația Timișoara 2021 – Capitală Europeană a Culturii",
            "Asociatia Timisoara 2021",
        ]],
        true => &[&[
            "Fundația Comunitară Timișoara",
            "Fundatia Comunitara Timisoara",
        ]],
        false if has(&["local public"]) => &[
            &["Gemeente Leeuwarden", "Municipality of Leeuwarden"],
            &["Provincie Fryslân", "Provincie Friesland"],
        ],
        false if has(&["education"]) => &[&["NHL Stenden Hogeschool", "NHL Stenden hogeschool"]],
        false if has(&["youth"]) => &[&["Jongerenwerk Leeuwarden"]],
        false if has(&["business (", "start-up"]) => &[
            &["Fries Design Collectief BV", "Fries Design Collectief B.V."],
            &["Wadden Digital B.V.", "Wadden Digital"],
        ],
        false if has(&["business support"]) => &[&["Kamer van Koophandel Noord", "KvK Noord"]],
        false if has(&["ecoc"]) => &[&["Stichting Leeuwarden-Fryslân 2018", "LF2018"]],
        false => &[&["Stichting Mienskip Lokaal"]],
    }
}

/// One of the ways the person's organisation is written, or (one time in ten) none.
fn spelled(rng: &mut Rng, p: &Person) -> String {
    if rng.below(10) == 0 {
        String::new()
    } else {
        rng.pick(p.orgs).to_string()
    }
}

/// `spell` draws the organisations, apart from `rng`, so that the people and figures of the
/// demo stay as they were before organisations were drawn.
fn people(
    (rng, spell): (&mut Rng, &mut Rng),
    [first, last, types, sectors]: [Words; 4],
    n: usize,
    domain: &str,
) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    while out.len() < n {
        let f = rng.pick(first).to_string();
        let l = rng.pick(last).to_string();
        let email = format!("{}.{}@{domain}", ascii(&f), ascii(&l).replace(' ', ""));
        if out.iter().any(|p| p.email == email) {
            continue;
        }
        let mut s = vec![rng.pick(sectors)];
        if rng.below(4) == 0 {
            let second = rng.pick(sectors);
            if second != s[0] {
                s.push(second);
            }
        }
        // The draw that numbered a made-up organisation before the demo had real-looking
        // ones: kept, so that the people, and so the demo's figures, stay as they were.
        rng.below(40);
        let kind = rng.pick(types);
        // Timișoara's people (example.org) belong to its organisations, Leeuwarden's to its own.
        let families = organisations(kind, domain == "example.org");
        let orgs = families[spell.below(families.len())];
        out.push(Person {
            organisation: orgs[0].to_string(),
            orgs,
            first: f,
            last: l,
            email,
            kind,
            sectors: s.join(", "),
        });
    }
    out
}

fn ascii(s: &str) -> String {
    s.to_lowercase()
        .replace(['ș', 'ş'], "s")
        .replace(['ț', 'ţ'], "t")
        .replace(['ă', 'â'], "a")
        .replace('î', "i")
}

fn timisoara_registrations(
    path: &Path,
    title: &str,
    people: &[Person],
    attended: &[bool],
) -> Result<(), Box<dyn Error>> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Înscrieri")?;
    let bold = Format::new().set_bold();
    ws.merge_range(0, 0, 0, 7, title, &bold)?;
    let headers = [
        "Nr. crt.",
        "Nume",
        "Prenume",
        "E-mail",
        "Organizația",
        "Tip organizație",
        "Sector de activitate",
        "Prezent",
    ];
    for (c, h) in headers.iter().enumerate() {
        ws.write_with_format(2, c as u16, *h, &bold)?;
    }
    for (i, p) in people.iter().enumerate() {
        let r = 3 + i as u32;
        ws.write(r, 0, (i + 1) as u32)?;
        ws.write(r, 1, &p.last)?;
        ws.write(r, 2, &p.first)?;
        ws.write(r, 3, &p.email)?;
        ws.write(r, 4, &p.organisation)?;
        ws.write(r, 5, p.kind)?;
        ws.write(r, 6, &p.sectors)?;
        ws.write(r, 7, if attended[i] { "DA" } else { "NU" })?;
    }
    wb.save(path)?;
    Ok(())
}

fn csv_line(fields: &[String]) -> String {
    fields
        .iter()
        .map(|f| {
            if f.contains([',', '"']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn feedback_rows(rng: &mut Rng, n: usize) -> Vec<[u32; 4]> {
    (0..n)
        .map(|_| {
            let base = 3 + rng.below(3) as u32; // 3..=5
            let near = |rng: &mut Rng| (base + rng.below(2) as u32).clamp(1, 5);
            [
                near(rng),
                near(rng),
                base,
                (base * 2 + rng.below(2) as u32).min(10),
            ]
        })
        .collect()
}

/// The online lab: ten people registered (types in the partners' own words for two of
/// them), seven of them in the Teams report with the organiser and one walk-in.
fn online_lab(dir: &Path, people: &[Person]) -> Result<(), Box<dyn Error>> {
    fs::create_dir_all(dir)?;
    fs::write(
        dir.join("lab.toml"),
        "partner = \"Timișoara\"\ndate = 2021-03-18\ntitle = \"Al treilea Atelier Local de Învățare (online)\"\nvenue = \"Online, Microsoft Teams\"\ntheme = \"IMM-urile culturale după pandemie\"\n",
    )?;
    // A Google Form's CSV download: the questions' own texts as headers.
    let mut reg = String::from(
        "Marcaj de timp,Adresă de e-mail,Nume și prenume,Organizația,Ce tip de organizație reprezentați?,În ce domeniu activați?\n",
    );
    for (i, p) in people.iter().enumerate() {
        // Two answers in the partner's own words, matched by the built-in keywords.
        let kind = match i {
            1 => "Firmă privată (SRL)",
            4 => "Asociație culturală (ONG)",
            _ => p.kind,
        };
        reg.push_str(&csv_line(&[
            format!("2021/03/{:02} 10:{:02}:00 AM GMT+2", 8 + i, 10 + i),
            p.email.clone(),
            format!("{} {}", p.first, p.last),
            p.organisation.clone(),
            kind.to_string(),
            p.sectors.clone(),
        ]));
        reg.push('\n');
    }
    fs::write(dir.join("Formular de înscriere (Răspunsuri).csv"), reg)?;

    // The Teams attendance report: UTF-16LE with BOM, tab-separated, three sections. The
    // organiser is staff; people[0..7] came, people[2] twice (two rows in section 3), people[5]
    // as an unverified guest without an e-mail; one participant had not registered.
    let mut rows: Vec<[String; 7]> = vec![[
        "Maria Organizator".into(),
        "3/18/21, 9:55:00 AM".into(),
        "3/18/21, 12:05:00 PM".into(),
        "2h 10m 0s".into(),
        "maria.organizator@example.org".into(),
        "maria.organizator@example.org".into(),
        "Organizer".into(),
    ]];
    for (i, p) in people[..7].iter().enumerate() {
        let name = format!("{} {}", p.first, p.last);
        let guest = i == 5;
        rows.push([
            if guest {
                format!("{name} (Unverified)")
            } else {
                name
            },
            format!("3/18/21, 10:0{i}:00 AM"),
            "3/18/21, 12:00:00 PM".into(),
            format!("1h {}m 0s", 50 - i),
            if guest {
                String::new()
            } else {
                p.email.clone()
            },
            if guest {
                String::new()
            } else {
                p.email.clone()
            },
            if i == 0 {
                "Presenter".into()
            } else {
                "Attendee".into()
            },
        ]);
    }
    rows.push([
        "Jelle Hoekstra".into(),
        "3/18/21, 10:15:00 AM".into(),
        "3/18/21, 11:00:00 AM".into(),
        "45m 0s".into(),
        "jelle.hoekstra@example.net".into(),
        "jelle.hoekstra@example.net".into(),
        "Attendee".into(),
    ]);
    let mut teams = format!(
        "1. Summary\r\nMeeting title\tAl treilea Atelier Local de Învățare\r\nAttended participants\t{}\r\nStart time\t3/18/21, 9:55:00 AM\r\nEnd time\t3/18/21, 12:05:00 PM\r\nMeeting duration\t2h 10m 0s\r\nAverage attendance time\t1h 40m 0s\r\n\r\n2. Participants\r\nName\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\r\n",
        rows.len()
    );
    for r in &rows {
        teams.push_str(&r.join("\t"));
        teams.push_str("\r\n");
    }
    teams.push_str(
        "\r\n3. In-Meeting Activities\r\nName\tJoin Time\tLeave Time\tDuration\tEmail\tRole\r\n",
    );
    for (i, r) in rows.iter().enumerate() {
        let line = [&r[0], &r[1], &r[2], &r[3], &r[4], &r[6]]
            .map(String::as_str)
            .join("\t");
        teams.push_str(&line);
        teams.push_str("\r\n");
        if i == 3 {
            // people[2] left and came back.
            teams.push_str(&line);
            teams.push_str("\r\n");
        }
    }
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(teams.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    fs::write(
        dir.join("Al treilea Atelier Local de Învățare - Attendance report 3-18-21.csv"),
        bytes,
    )?;

    // Feedback from a Google Form whose questions no [[question]] names: read as unconfigured
    // questions, one on a stated scale, one answered in words.
    let mut fb = String::from(
        "Marcaj de timp,Cum evaluați atelierul online în ansamblu? (1-5),Cât de mulțumit ați fost de platforma online?,Ce ați schimba?\n",
    );
    let overall = [5, 4, 4, 5, 3, 4];
    let platform = [
        "Foarte mulțumit",
        "Mulțumit",
        "Mulțumit",
        "Neutru",
        "Foarte mulțumit",
        "Mulțumit",
    ];
    for i in 0..6 {
        fb.push_str(&csv_line(&[
            format!("2021/03/18 12:{:02}:00 PM GMT+2", 10 + i),
            overall[i].to_string(),
            platform[i].to_string(),
            if i == 2 {
                "Mai multe pauze".into()
            } else {
                String::new()
            },
        ]));
        fb.push('\n');
    }
    fs::write(dir.join("Chestionar feedback (Răspunsuri).csv"), fb)?;
    Ok(())
}

fn main() -> Result<(), Box<dyn Error>> {
    let out = std::env::args().nth(1).unwrap_or_else(|| "inputs".into());
    let out = Path::new(&out);
    let mut rng = Rng(0x5EED_2019_0930);
    let mut spell = Rng(0x0A6A_2019_1015);

    // Timișoara, in Romanian.
    let ro = people(
        (&mut rng, &mut spell),
        [RO_FIRST, RO_LAST, RO_TYPES, RO_SECTORS],
        40,
        "example.org",
    );
    for (lab, date, range, title, theme) in [
        (
            "2019-09-30-lll1",
            "2019-09-30",
            0..28,
            "Primul Atelier Local de Învățare",
            "Cum poate deveni programul Capitală Europeană a Culturii o oportunitate pentru inițiativele antreprenoriale?",
        ),
        (
            "2020-02-20-lll2",
            "2020-02-20",
            14..40,
            "Al doilea Atelier Local de Învățare",
            "Moștenirea Capitalei Europene a Culturii pentru IMM-uri",
        ),
    ] {
        let dir = out.join("timisoara").join(lab);
        fs::create_dir_all(&dir)?;
        fs::write(
            dir.join("lab.toml"),
            format!(
                "partner = \"Timișoara\"\ndate = {date}\ntitle = \"{title}\"\nvenue = \"Spațiul Expozițional al Primăriei Municipiului Timișoara, Piața Victoriei nr. 5\"\ntheme = \"{theme}\"\n"
            ),
        )?;
        let mut list: Vec<Person> = ro[range].to_vec();
        for p in &mut list {
            p.organisation = spelled(&mut spell, p);
        }
        // One person registered twice, the e-mail typed in capitals with spaces around it.
        let mut again = list[3].clone();
        again.email = format!("  {}  ", again.email.to_uppercase());
        list.push(again);
        let attended: Vec<bool> = (0..list.len()).map(|_| rng.below(5) != 0).collect();
        timisoara_registrations(
            &dir.join("Inscrieri.xlsx"),
            &format!("{title} — listă de înscriere"),
            &list,
            &attended,
        )?;

        let mut csv = String::from(
            "Marcaj de timp,Satisfacție generală,Utilitate,Organizarea atelierului,Cât de probabil este să recomandați atelierul unui coleg?,Comentarii\n",
        );
        for (i, r) in feedback_rows(&mut rng, 18).iter().enumerate() {
            csv.push_str(&csv_line(&[
                format!("{date} 13:{:02}:00", 10 + i),
                r[0].to_string(),
                r[1].to_string(),
                r[2].to_string(),
                r[3].to_string(),
                if i % 4 == 0 {
                    "Foarte util, mulțumim!".into()
                } else {
                    String::new()
                },
            ]));
            csv.push('\n');
        }
        fs::write(dir.join("Chestionar feedback.csv"), csv)?;
    }

    // Timișoara's third lab, held online in Microsoft Teams: registrations from a Google Form
    // whose type question is the partner's own words, the Teams attendance report as Teams
    // downloads it, and a feedback form whose questions no config names.
    online_lab(&out.join("timisoara").join("2021-03-18-lll3"), &ro[26..36])?;

    // Leeuwarden, English CSV exports.
    let nl = people(
        (&mut rng, &mut spell),
        [NL_FIRST, NL_LAST, EN_TYPES, EN_SECTORS],
        36,
        "example.net",
    );
    for (lab, date, range, title) in [
        (
            "2019-10-15-lll1",
            "2019-10-15",
            0..24,
            "Local Learning Lab 1: culture meets enterprise",
        ),
        (
            "2020-03-03-lll2",
            "2020-03-03",
            10..36,
            "Local Learning Lab 2: the ECoC legacy for SMEs",
        ),
    ] {
        let dir = out.join("leeuwarden").join(lab);
        fs::create_dir_all(&dir)?;
        fs::write(
            dir.join("lab.toml"),
            format!(
                "partner = \"Leeuwarden\"\ndate = {date}\ntitle = \"{title}\"\nvenue = \"Blokhuispoort, Leeuwarden\"\n"
            ),
        )?;
        let mut csv = String::from(
            "First name,Last name,Email,Organisation,Stakeholder type,Sector,Attended\n",
        );
        for p in &nl[range] {
            let came = rng.below(4) != 0;
            let organisation = spelled(&mut spell, p);
            csv.push_str(&csv_line(&[
                p.first.clone(),
                p.last.clone(),
                p.email.clone(),
                organisation,
                p.kind.to_string(),
                p.sectors.clone(),
                if came { "Yes".into() } else { "No".into() },
            ]));
            csv.push('\n');
        }
        fs::write(dir.join("registrations.csv"), csv)?;
        let mut fb = String::from(
            "Timestamp,How satisfied were you with the lab overall? (1-5),How useful was the lab for your work? (1-5),How well was the lab organised? (1-5),How likely are you to recommend the lab to a colleague? (0-10)\n",
        );
        for (i, r) in feedback_rows(&mut rng, 15).iter().enumerate() {
            fb.push_str(&format!(
                "{date} 16:{:02}:00,{},{},{},{}\n",
                10 + i,
                r[0],
                r[1],
                r[2],
                r[3]
            ));
        }
        fs::write(dir.join("feedback.csv"), fb)?;
    }
    outcomes(out)?;
    println!("wrote the demo into {}", out.display());
    Ok(())
}

/// The world cafés' outcomes, in three shapes: Timișoara's first lab kept its tables' ideas in
/// a hand-kept workbook (merged title rows, the table written once for its ideas); its online
/// third lab voted in Mentimeter; Leeuwarden's second lab pinned ideas on a Padlet wall, whose
/// export is a zipped CSV. No person's name is in them but the authors' and voters', which
/// labreport never reads.
fn outcomes(out: &Path) -> Result<(), Box<dyn Error>> {
    // Timișoara, 2019-09-30: four tables, two rounds.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Rezultate")?;
    let bold = Format::new().set_bold();
    ws.merge_range(
        0,
        0,
        0,
        8,
        "Primul Atelier Local de Învățare — rezultatele cafenelei",
        &bold,
    )?;
    ws.merge_range(
        1,
        0,
        1,
        8,
        "Timișoara, 30 septembrie 2019 · notate de gazdele meselor",
        &Format::new(),
    )?;
    let header = [
        "Masa",
        "Runda",
        "Temă",
        "Idee",
        "Buline",
        "Actori la masă",
        "Cine preia",
        "Pasul următor",
        "Termen",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(2, c as u16, *h, &bold)?;
    }
    type Row = [&'static str; 9];
    let rows: &[Row] = &[
        [
            "1",
            "1",
            "Finanțare",
            "Microgranturi pentru start-up-uri culturale și creative",
            "9",
            "Autoritate publică locală, Start-up, ONG",
            "Primăria Municipiului Timișoara",
            "Linie de finanțare în bugetul 2020",
            "2020-03-31",
        ],
        [
            "",
            "",
            "",
            "Fond de garantare pentru IMM-uri creative",
            "4",
            "",
            "",
            "",
            "",
        ],
        [
            "",
            "2",
            "Spații",
            "Hub de coworking în fosta fabrică de tutun",
            "7",
            "",
            "",
            "",
            "",
        ],
        [
            "2",
            "1",
            "Competențe",
            "Mentorat pentru tinerii antreprenori, cu manageri cu experiență",
            "6",
            "Universitate, Organizație de tineret",
            "Universitatea Politehnica Timișoara",
            "Program-pilot de mentorat",
            "2020-06-30",
        ],
        [
            "",
            "",
            "Competențe",
            "Stagii plătite în industriile creative",
            "3",
            "",
            "",
            "",
            "",
        ],
        [
            "",
            "2",
            "Finanțare",
            "microgranturi pentru start-up-uri culturale și creative",
            "5",
            "",
            "",
            "",
            "",
        ],
        [
            "3",
            "1",
            "Turism",
            "Trasee turistice cu ghizi locali în cartierele istorice",
            "8",
            "Start-up, Asociația Timișoara 2021",
            "Asociația Timișoara 2021",
            "Harta traseelor pentru 2021",
            "2020-12-15",
        ],
        [
            "",
            "",
            "Turism",
            "Pachete de weekend pentru vizitatorii Capitalei Culturale",
            "2",
            "",
            "",
            "",
            "",
        ],
        [
            "",
            "2",
            "Rețele",
            "Întâlniri lunare între IMM-uri și artiști",
            "5",
            "",
            "",
            "",
            "",
        ],
        [
            "4",
            "1",
            "Digitalizare",
            "Platformă online comună pentru evenimentele culturale ale orașului",
            "6",
            "IMM, Autoritate publică locală",
            "",
            "",
            "",
        ],
        [
            "",
            "2",
            "Birocrație",
            "Ghișeu unic pentru autorizațiile de evenimente",
            "4",
            "",
            "Camera de Comerț, Industrie și Agricultură Timiș",
            "Propunere către Consiliul Local",
            "",
        ],
        [
            "",
            "",
            "Piața de noapte",
            "Piață de noapte cu produse locale pe malul Begăi",
            "3",
            "",
            "",
            "",
            "",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            let (r, c) = (3 + r as u32, c as u16);
            match cell.parse::<f64>() {
                Ok(n) if c != 8 => ws.write_number(r, c, n)?,
                _ => ws.write_string(r, c, *cell)?,
            };
        }
    }
    wb.save(out.join("timisoara/2019-09-30-lll1/Rezultatele meselor.xlsx"))?;

    // Timișoara, 2021-03-18, online: Mentimeter's results workbook.
    let mut wb = Workbook::new();
    let voters = wb.add_worksheet();
    voters.set_name("Voters")?;
    voters.write_string(0, 0, "Note: there are more sheets in this document")?;
    voters.write_string(1, 0, "Each session is found on its own sheet below.")?;
    let q1 = "Ce ar ajuta IMM-urile culturale după pandemie?";
    let q2 = "Împărțiți 100 de puncte între idei";
    for (c, h) in [
        "Date (UTC)",
        "Session",
        "Voter",
        &format!("{q1}:"),
        &format!("{q2}:: Vouchere pentru digitalizare"),
    ]
    .iter()
    .enumerate()
    {
        voters.write_string(2, c as u16, *h)?;
    }
    let menti_answers = [
        "Vouchere pentru digitalizarea IMM-urilor culturale",
        "Spații de repetiție gratuite în clădirile orașului",
        "Granturi rapide pentru evenimente în aer liber",
        "Un calendar online comun al evenimentelor",
        "vouchere pentru digitalizarea IMM-urilor culturale",
        "Cursuri de marketing online pentru artiști",
    ];
    for (v, answer) in menti_answers.iter().enumerate() {
        let r = 3 + v as u32;
        voters.write_string(r, 0, "2021-03-18")?;
        voters.write_number(r, 1, 1)?;
        voters.write_number(r, 2, (v + 1) as f64)?;
        voters.write_string(r, 3, *answer)?;
        voters.write_number(r, 4, (10 + 10 * (v % 3)) as f64)?;
    }
    let session = wb.add_worksheet();
    session.set_name("Session 1")?;
    let mut r = 0;
    let mut put = |texts: &[&str], score: Option<f64>| -> Result<(), Box<dyn Error>> {
        for t in texts {
            session.write_string(r, 0, *t)?;
            if let Some(s) = score {
                session.write_number(r, 1, s)?;
            }
            r += 1;
        }
        Ok(())
    };
    put(&["Question 1", q1, "Open Ended", "Responses: 6"], None)?;
    put(&menti_answers, None)?;
    put(&["", "Question 2", q2, "100 Points"], None)?;
    for (item, points) in [
        ("Vouchere pentru digitalizarea IMM-urilor culturale", 210.0),
        ("Granturi rapide pentru evenimente în aer liber", 180.0),
        ("Spații de repetiție gratuite în clădirile orașului", 140.0),
        ("Un calendar online comun al evenimentelor", 90.0),
        ("Cursuri de marketing online pentru artiști", 80.0),
    ] {
        put(&[item], Some(points))?;
    }
    put(
        &["", "Question 3", "Cât de util a fost atelierul?", "Scales"],
        None,
    )?;
    put(&["Util"], Some(4.3))?;
    wb.save(out.join("timisoara/2021-03-18-lll3/Mentimeter - rezultate.xlsx"))?;

    // Leeuwarden, 2020-03-03: a Padlet wall, exported as a zipped CSV.
    let posts = "Created At,Author,Subject,Body,Section,Attachment\n\
2020-03-03 14:10:02 UTC,Sjoerd Hoekstra,Legacy fund,A small fund that keeps the 2018 festival volunteers' projects going,Tourism and the ECoC legacy,\n\
2020-03-03 14:12:45 UTC,Anonymous,,Pop-up shops for makers in empty buildings in the city centre,Spaces,\n\
2020-03-03 14:15:31 UTC,Tessa de Boer,Matchmaking,\"A yearly matchmaking day for cultural start-ups and established SMEs,\nwith short pitches\",Networks,\n\
2020-03-03 14:18:09 UTC,Anonymous,,Visitor passes that combine museums and local shops,Tourism and the ECoC legacy,\n\
2020-03-03 14:20:50 UTC,Wouter Visser,Legacy fund,A small fund that keeps the 2018 festival volunteers' projects going,Table 2,\n";
    let file = fs::File::create(out.join("leeuwarden/2020-03-03-lll2/padlet-ideas-wall.zip"))?;
    let mut zip = zip::ZipWriter::new(file);
    zip.start_file(
        "Posts - Ideas wall.csv",
        zip::write::SimpleFileOptions::default(),
    )?;
    std::io::Write::write_all(&mut zip, posts.as_bytes())?;
    zip.finish()?;
    Ok(())
}
