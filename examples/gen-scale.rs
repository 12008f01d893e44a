//! Writes a programme-sized input folder for the benchmark: LABS labs spread over the five
//! partners, each with a registrations workbook of ROWS people and a feedback workbook, English
//! headers, realistic stakeholder types, sectors (some multi-valued), attendance and ratings.
//!
//!     cargo run --release --example gen-scale -- 400 250 bench/data/400x250
//!
//! The same arguments always give the same data.

use std::error::Error;
use std::path::Path;

use rayon::prelude::*;
use rust_xlsxwriter::Workbook;

const PARTNERS: [&str; 5] = ["timisoara", "leeuwarden", "matera", "rijeka", "kaunas"];
const TYPES: [(&str, u32); 8] = [
    ("Local public authority", 18),
    ("Education institution", 14),
    ("Youth organisation", 10),
    ("Business (start-up, SME)", 24),
    ("Business support organisation", 9),
    ("ECoC organisation", 8),
    ("NGO / civil society", 13),
    ("Other", 4),
];
const SECTORS: [&str; 7] = [
    "Cultural & creative",
    "ICT",
    "Social economy",
    "Tourism",
    "Public sector",
    "Education",
    "Other",
];
const FIRST: [&str; 16] = [
    "Ana", "Jelle", "Giulia", "Ivana", "Jonas", "Mihai", "Femke", "Marco", "Luka", "Rūta", "Elena",
    "Sjoerd", "Chiara", "Marko", "Tomas", "Ioana",
];
const LAST: [&str; 16] = [
    "Popescu",
    "de Vries",
    "Rossi",
    "Horvat",
    "Kazlauskas",
    "Ionescu",
    "Bakker",
    "Bianchi",
    "Babić",
    "Petraitė",
    "Stan",
    "Visser",
    "Romano",
    "Kovačević",
    "Jankus",
    "Dumitrescu",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn weighted_type(rng: &mut Rng) -> &'static str {
    let total: u32 = TYPES.iter().map(|t| t.1).sum();
    let mut pick = rng.below(u64::from(total)) as u32;
    for (name, weight) in TYPES {
        if pick < weight {
            return name;
        }
        pick -= weight;
    }
    TYPES[0].0
}

fn write_lab(dir: &Path, lab: usize, rows: usize) -> Result<(), Box<dyn Error + Send + Sync>> {
    std::fs::create_dir_all(dir)?;
    let mut rng = Rng(0xC0FFEE ^ (lab as u64).wrapping_mul(0x1000_0000_01B3));
    // People come back: e-mails are drawn from a pool shared by all labs.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Registrations")?;
    for (c, h) in [
        "First name",
        "Last name",
        "Email",
        "Organisation",
        "Stakeholder type",
        "Sector",
        "Attended",
    ]
    .iter()
    .enumerate()
    {
        ws.write(0, c as u16, *h)?;
    }
    for r in 1..=rows as u32 {
        let person = rng.below(50_000);
        let first = FIRST[(person % 16) as usize];
        let last = LAST[(person / 16 % 16) as usize];
        let mut sector = SECTORS[rng.below(7) as usize].to_string();
        if rng.below(5) == 0 {
            sector.push_str(", ");
            sector.push_str(SECTORS[rng.below(7) as usize]);
        }
        ws.write(r, 0, first)?;
        ws.write(r, 1, last)?;
        ws.write(r, 2, format!("person{person}@example.org"))?;
        ws.write(r, 3, format!("Organisation {}", rng.below(400)))?;
        ws.write(r, 4, weighted_type(&mut rng))?;
        ws.write(r, 5, sector)?;
        ws.write(r, 6, if rng.below(10) < 8 { "Yes" } else { "No" })?;
    }
    wb.save(dir.join("registrations.xlsx"))?;

    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Form responses 1")?;
    for (c, h) in [
        "Timestamp",
        "How satisfied were you with the lab overall? (1-5)",
        "How useful was the lab for your work? (1-5)",
        "How well was the lab organised? (1-5)",
        "How likely are you to recommend the lab to a colleague? (0-10)",
        "Any other comments?",
    ]
    .iter()
    .enumerate()
    {
        ws.write(0, c as u16, *h)?;
    }
    for r in 1..=(rows * 3 / 5) as u32 {
        let base = 2 + rng.below(4) as u32; // 2..=5
        ws.write(
            r,
            0,
            format!("2024-05-{:02} 16:{:02}:00", 1 + lab % 28, r % 60),
        )?;
        ws.write(r, 1, base)?;
        ws.write(r, 2, (base + rng.below(2) as u32).min(5))?;
        ws.write(r, 3, (base + 1 - rng.below(2) as u32).clamp(1, 5))?;
        ws.write(r, 4, (base * 2 + rng.below(2) as u32).min(10))?;
        if rng.below(6) == 0 {
            ws.write(r, 5, "Useful contacts, thank you.")?;
        }
    }
    wb.save(dir.join("feedback.xlsx"))?;
    Ok(())
}

fn main() -> Result<(), Box<dyn Error + Send + Sync>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [labs, rows, out] = args.as_slice() else {
        return Err("usage: gen-scale LABS ROWS OUT".into());
    };
    let (labs, rows): (usize, usize) = (labs.parse()?, rows.parse()?);
    let out = Path::new(out);
    (0..labs).into_par_iter().try_for_each(|lab| {
        let partner = PARTNERS[lab % PARTNERS.len()];
        let n = lab / PARTNERS.len();
        // A lab every few days per partner from 2019 on (4,000 labs span about ten years);
        // a leading ISO date in the folder name dates each one.
        let day = n * 4;
        let (year, month, dom) = (2019 + day / 336, 1 + day % 336 / 28, 1 + day % 28);
        let dir = out
            .join(partner)
            .join(format!("{year}-{month:02}-{dom:02}-lab{n:04}"));
        write_lab(&dir, lab, rows)
    })?;
    println!(
        "wrote {labs} labs of {rows} registrations into {}",
        out.display()
    );
    Ok(())
}
