//! Each input format, read as its tool wrote it.

use serde_json::json;

use crate::common::{Fixture, SECTORS, TYPES, breakdown, counts};

#[test]
fn ods_with_two_sheets_of_different_roles_written_by_libreoffice() {
    let f = Fixture::copy_of("ods");
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["kaunas/2022-03-01-lab1"];
    // Registracija: Jonas (Savivaldybė, Kultūra, Taip), Rūta (Įmonė, "IKT, Turizmas", Ne),
    // Tomas (Mokykla, Švietimas, Taip).
    assert_eq!(lab["registrations"], 3);
    assert_eq!(lab["attendees"], 2);
    assert_eq!(
        lab["by_stakeholder_type"],
        breakdown(
            TYPES,
            &[
                ("local_authority", counts(1, Some(1))),
                ("business", counts(1, Some(0))),
                ("education", counts(1, Some(1))),
            ],
            true
        )
    );
    assert_eq!(
        lab["by_sector"],
        breakdown(
            SECTORS,
            &[
                ("cultural_creative", counts(1, Some(1))),
                ("ict", counts(1, Some(0))),
                ("tourism", counts(1, Some(0))),
                ("education", counts(1, Some(1))),
            ],
            true
        )
    );
    // Atsiliepimai: overall 5, 4, 3 → 4; usefulness 4, 4, 5 → 13/3.
    assert_eq!(lab["feedback_responses"], 3);
    assert_eq!(lab["feedback_mean"]["overall"], 4.0);
    assert_eq!(lab["feedback_mean"]["usefulness"], 4.3333);
}

#[test]
fn legacy_xls_written_by_libreoffice_with_title_rows_and_a_duplicate() {
    let f = Fixture::copy_of("xls");
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let lab = &s["labs"]["rijeka/2020-10-10-lab1"];
    // Header in row 3. Ivana (Udruga, Kultura, Da), Marko (Tvrtka, Turizam, Ne),
    // Ana (Lokalna samouprava, Javni sektor, Da) twice: " ANA@example.HR" is the same e-mail.
    assert_eq!(lab["registrations"], 3);
    assert_eq!(lab["duplicates_removed"], 1);
    assert_eq!(lab["attendees"], 2);
    assert_eq!(lab["by_stakeholder_type"]["ngo"], counts(1, Some(1)));
    assert_eq!(lab["by_stakeholder_type"]["business"], counts(1, Some(0)));
    assert_eq!(
        lab["by_stakeholder_type"]["local_authority"],
        counts(1, Some(1))
    );
    assert_eq!(lab["by_sector"]["public_sector"], counts(1, Some(1)));
    assert_eq!(lab["by_sector"]["tourism"], counts(1, Some(0)));
}

fn utf16le_with_bom(text: &str) -> Vec<u8> {
    [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect()
}

#[test]
fn csv_in_utf16_windows_1250_and_utf8_with_bom() {
    let f = Fixture::new();
    // Excel's "Unicode text": UTF-16LE with BOM, tab-separated.
    f.file(
        "inputs/kaunas/2022-04-01-a/registracija.txt",
        utf16le_with_bom("Vardas ir pavardė\tEl. paštas\tOrganizacijos tipas\tSektorius\r\nRūta Žemaitė\truta@x.lt\tĮmonė\tTurizmas\r\n"),
    );
    // A Croatian export in Windows-1250, semicolon-separated.
    let (cp1250, _, unmappable) = encoding_rs::WINDOWS_1250
        .encode("Ime i prezime;E-pošta;Vrsta organizacije;Sektor\r\nĐuro Šimić;duro@x.hr;Poduzeće;Društveno poduzetništvo\r\n");
    assert!(!unmappable);
    f.file("inputs/rijeka/2022-04-02-b/prijave.csv", cp1250);
    // UTF-8 with BOM, as Excel's "CSV UTF-8".
    f.file(
        "inputs/timisoara/2022-04-03-c/inscrieri.csv",
        "\u{feff}Nume,Prenume,E-mail,Tip organizație,Sector\r\nMureșan,Ștefan,stefan@x.ro,Instituție de învățământ,Educație\r\n",
    );
    let (run, s) = f.build();
    assert_eq!(run.code, 0, "{run:?}");
    let labs = &s["labs"];
    assert_eq!(
        labs["kaunas/2022-04-01-a"]["by_stakeholder_type"]["business"],
        counts(1, None)
    );
    assert_eq!(
        labs["kaunas/2022-04-01-a"]["by_sector"]["tourism"],
        counts(1, None)
    );
    assert_eq!(
        labs["rijeka/2022-04-02-b"]["by_stakeholder_type"]["business"],
        counts(1, None)
    );
    assert_eq!(
        labs["rijeka/2022-04-02-b"]["by_sector"]["social_economy"],
        counts(1, None)
    );
    assert_eq!(
        labs["timisoara/2022-04-03-c"]["by_stakeholder_type"]["education"],
        counts(1, None)
    );
    assert_eq!(
        labs["timisoara/2022-04-03-c"]["by_sector"]["education"],
        counts(1, None)
    );
    assert_eq!(s["totals"]["registrations"], 3);
    assert_eq!(s["totals"]["attendees"], json!(null));
}
