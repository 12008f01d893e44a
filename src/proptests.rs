//! Property tests over the pipeline's pure stages: whatever the records, the figures add up;
//! de-duplication is idempotent; any bytes given as a CSV file give a message or a table.

use proptest::prelude::*;

use crate::aggregate::{Figures, aggregate_feedback, aggregate_labs};
use crate::config::Config;
use crate::people::{code_ratings, link_people};
use crate::read::{Limits, Sheet};
use crate::recognise::columns::HeaderIndex;
use crate::recognise::{FileRecords, Rating, Registration, recognise_file};

const TYPES: [&str; 4] = ["local_authority", "business", "ngo", "unknown"];
const SECTORS: [&str; 4] = ["ict", "tourism", "education", "unknown"];

static BUILTIN: std::sync::LazyLock<Config> = std::sync::LazyLock::new(Config::builtin);

/// The code of a built-in id (`unknown` one past the table's own).
fn code(table: &crate::config::Taxonomy, id: &str) -> u32 {
    table.code(id).unwrap_or(table.unknown_code())
}

/// A registration with its texts: e-mail, name, place.
type Row = (Option<String>, Option<String>, String, Registration);

fn registration() -> impl Strategy<Value = Row> {
    (
        prop::option::of(0u8..12),
        prop::option::of(0u8..12),
        0usize..TYPES.len(),
        prop::collection::btree_set(0usize..SECTORS.len(), 1..3),
        prop::option::of(any::<bool>()),
        0u32..1000,
    )
        .prop_map(|(email, name, t, sectors, attended, row)| {
            let registration = Registration {
                email: None,
                name: None,
                stakeholder_type: code(&BUILTIN.stakeholder_types, TYPES[t]),
                sectors: sectors
                    .into_iter()
                    .map(|s| code(&BUILTIN.sectors, SECTORS[s]))
                    .collect(),
                attended,
                place: None,
                organisation: None,
            };
            (
                email.map(|e| format!("p{e}@x.org")),
                name.map(|n| format!("person {n}")),
                format!("row {row}"),
                registration,
            )
        })
}

fn lab() -> impl Strategy<Value = Vec<FileRecords>> {
    (
        prop::collection::vec(registration(), 0..25),
        prop::collection::vec(prop::collection::vec((0usize..4, 1.0f64..=5.0), 0..4), 0..6),
    )
        .prop_map(|(rows, responses)| {
            let mut file = FileRecords {
                attended_column: rows.iter().any(|(.., r)| r.attended.is_some()),
                responses: responses.len(),
                ratings: responses
                    .into_iter()
                    .flatten()
                    .map(|(q, value)| Rating {
                        question: q as u32,
                        value,
                    })
                    .collect(),
                ..FileRecords::default()
            };
            for (email, name, place, mut r) in rows {
                r.email = email.map(|e| file.add_text(&e));
                r.name = name.map(|n| file.add_text(&n));
                // As read: the place only for a row with neither e-mail nor name.
                if r.email.is_none() && r.name.is_none() {
                    r.place = Some(file.add_text(&place));
                }
                file.registrations.push(r);
            }
            vec![file]
        })
}

fn figures(files: &[Vec<FileRecords>], config: &Config) -> (Figures, Vec<bool>) {
    let mut tables = link_people(files, config);
    let partners: Vec<String> = (0..files.len())
        .map(|i| format!("partner{}", i % 2))
        .collect();
    let periods: Vec<String> = (0..files.len())
        .map(|i| format!("{}-H{}", 2019 + i % 3, 1 + i % 2))
        .collect();
    let groups = crate::aggregate::LabGroups {
        partners: &partners,
        periods: &periods,
    };
    let feedback = code_ratings(files, config.questions.len());
    let feedback =
        aggregate_feedback(feedback, files.len(), &config.questions).expect("polars counts");
    (
        aggregate_labs(&mut tables, feedback, &groups).expect("polars counts"),
        tables.has_attendance,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn totals_equal_the_sum_of_their_parts(labs in prop::collection::vec(lab(), 1..5)) {
        let config = Config::builtin();
        let (f, _) = figures(&labs, &config);
        let sum = |get: fn(&crate::aggregate::Group) -> u64| f.labs.iter().map(get).sum::<u64>();
        prop_assert_eq!(f.all.registrations, sum(|g| g.registrations));
        prop_assert_eq!(f.all.attendees, sum(|g| g.attendees));
        prop_assert_eq!(f.all.feedback_responses, sum(|g| g.feedback_responses));
        prop_assert_eq!(f.all.registration_rows, sum(|g| g.registration_rows));
        for g in f.labs.iter().chain([&f.all]) {
            // Everyone has exactly one stakeholder type, so the breakdown sums to the total.
            prop_assert_eq!(g.by_stakeholder_type.values().map(|c| c.registered).sum::<u64>(), g.registrations);
            prop_assert_eq!(g.by_stakeholder_type.values().map(|c| c.attended).sum::<u64>(), g.attendees);
            // Everyone has at least one sector, so each sector is at most the total.
            for c in g.by_sector.values() {
                prop_assert!(c.registered <= g.registrations);
            }
            prop_assert!(g.attendees <= g.registrations + g.walk_ins);
        }
        let partner_total: u64 = f.partners.values().map(|g| g.registrations).sum();
        prop_assert_eq!(partner_total, f.all.registrations);
        let period_total: u64 = f.periods.values().map(|g| g.registrations).sum();
        prop_assert_eq!(period_total, f.all.registrations);
        prop_assert!(f.unique_registered_people <= f.all.registrations);
        prop_assert!(f.unique_attendee_people <= f.unique_registered_people + f.all.walk_ins);
    }

    #[test]
    fn deduplication_is_idempotent(labs in prop::collection::vec(lab(), 1..4)) {
        let config = Config::builtin();
        let (once, _) = figures(&labs, &config);
        // Every registration row given twice: the same people, the same figures.
        let twice: Vec<Vec<FileRecords>> = labs
            .iter()
            .map(|files| {
                files
                    .iter()
                    .map(|f| {
                        let mut registrations = f.registrations.clone();
                        registrations.extend(f.registrations.iter().cloned());
                        FileRecords {
                            registrations,
                            attended_column: f.attended_column,
                            responses: f.responses,
                            ratings: f.ratings.clone(),
                            text: f.text.clone(),
                            ..FileRecords::default()
                        }
                    })
                    .collect()
            })
            .collect();
        let (again, _) = figures(&twice, &config);
        for (a, b) in once.labs.iter().zip(&again.labs) {
            prop_assert_eq!(a.registrations, b.registrations);
            prop_assert_eq!(a.attendees, b.attendees);
            prop_assert_eq!(&a.by_stakeholder_type, &b.by_stakeholder_type);
            prop_assert_eq!(&a.by_sector, &b.by_sector);
            prop_assert_eq!(b.registration_rows, 2 * a.registration_rows);
        }
        prop_assert_eq!(once.unique_registered_people, again.unique_registered_people);
    }

    /// Any text in a date column reads as a real calendar date or as none, without a panic:
    /// the partners' date shapes are parsed by hand (words, numbers, month names).
    #[test]
    fn any_text_reads_as_a_valid_date_or_none(
        text in prop_oneof![
            any::<String>(),
            "[0-9]{1,4}[./ -][0-9a-zA-Zăîșțėįšųūžčćđ]{1,10}[./ -][0-9]{1,4}( m\\.| d\\.)?",
        ]
    ) {
        if let Some(d) = crate::recognise::values::date(&crate::read::Data::String(text.clone())) {
            prop_assert_eq!(crate::discover::Date::new(d.year, d.month, d.day), Some(d), "{}", text);
        }
    }

    #[test]
    fn any_bytes_as_a_csv_give_a_message_or_a_table(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        match crate::read::read_csv_bytes(&bytes, Limits::default()) {
            Ok(sheet) => {
                let _ = recognise_file("fuzz.csv", &[sheet], &config, &index);
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn csv_shaped_text_is_read_without_panic(
        rows in prop::collection::vec(prop::collection::vec("[a-zA-Z0-9 @.,;\"ășțĐ\\t|-]{0,12}", 0..6), 0..12),
        delimiter in prop::sample::select(vec![",", ";", "\t"]),
    ) {
        let text: String = rows.iter().map(|r| r.join(delimiter) + "\n").collect();
        let config = Config::builtin();
        let index = HeaderIndex::new(&config);
        if let Ok(sheet) = crate::read::read_csv_bytes(text.as_bytes(), Limits::default()) {
            let sheet: Sheet = sheet;
            let _ = recognise_file("t.csv", &[sheet], &config, &index);
        }
    }
}
