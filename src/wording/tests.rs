//! The wording's conventions against what CLDR says, written out by hand here, and the
//! catalogs against the English one.

use super::*;
use crate::say;

const NBSP: char = '\u{a0}';

/// CLDR's cardinal plural rules for whole numbers (v = 0), written from the CLDR charts
/// (release 46): https://www.unicode.org/cldr/charts/46/supplemental/language_plural_rules.html
fn cldr_category(language: &str, n: u64) -> &'static str {
    let (n10, n100) = (n % 10, n % 100);
    match language {
        "en" | "nl" | "it" => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        // one: i = 1 and v = 0; few: v != 0 or n = 0 or n != 1 and n % 100 = 1..19.
        "ro" => match n {
            1 => "one",
            0 => "few",
            _ if (1..=19).contains(&n100) => "few",
            _ => "other",
        },
        // one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and
        // i % 100 != 12..14.
        "hr" => {
            if n10 == 1 && n100 != 11 {
                "one"
            } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
                "few"
            } else {
                "other"
            }
        }
        // one: n % 10 = 1 and n % 100 != 11..19; few: n % 10 = 2..9 and n % 100 != 11..19;
        // many: f != 0 (never for a count).
        "lt" => {
            if (11..=19).contains(&n100) {
                "other"
            } else if n10 == 1 {
                "one"
            } else if n10 >= 2 {
                "few"
            } else {
                "other"
            }
        }
        _ => unreachable!(),
    }
}

const LANGUAGES: [&str; 6] = ["en", "ro", "nl", "it", "hr", "lt"];

#[test]
fn plural_categories_follow_cldr_for_0_to_200() {
    for language in LANGUAGES {
        let f = Formats::new(language).unwrap();
        for n in 0..=200 {
            assert_eq!(
                f.plural(n),
                cldr_category(language, n),
                "{language}: the plural category of {n}"
            );
        }
    }
}

#[test]
fn numbers_percentages_and_dates_are_written_as_each_language_writes_them() {
    let date = Date::new(2019, 9, 30).unwrap();
    // (language, 1234567, 4.25 with two decimals, 51.9 % rounded, the long date)
    let nb = |s: &str| s.replace('_', &NBSP.to_string());
    let expected = [
        (
            "en",
            "1,234,567",
            "4.25",
            "52%",
            "30 September 2019".to_string(),
        ),
        (
            "ro",
            "1.234.567",
            "4,25",
            "52 %",
            "30 septembrie 2019".into(),
        ),
        ("nl", "1.234.567", "4,25", "52%", "30 september 2019".into()),
        ("it", "1.234.567", "4,25", "52%", "30 settembre 2019".into()),
        ("hr", "1.234.567", "4,25", "52 %", "30. rujna 2019.".into()),
        (
            "lt",
            "1_234_567",
            "4,25",
            "52_%",
            "2019 m. rugsėjo 30 d.".into(),
        ),
    ];
    for (language, count, decimal, percent, long_date) in expected {
        let w = Formats::new(language).unwrap_or_else(|e| panic!("{language}: {e}"));
        assert_eq!(w.integer(1_234_567), nb(count), "{language}: a count");
        assert_eq!(w.decimal(4.25, 2), decimal, "{language}: a mean");
        let percent = if language == "ro" || language == "hr" {
            percent.replace(' ', &NBSP.to_string())
        } else {
            nb(percent)
        };
        assert_eq!(w.percent(51.9), percent, "{language}: a share");
        assert_eq!(w.date(date), long_date, "{language}: a date");
    }
}

#[test]
fn lists_and_signed_numbers() {
    let items = ["A".to_string(), "B".into(), "C".into()];
    let w = Wording::english();
    assert_eq!(w.and_list(&items), "A, B and C");
    assert_eq!(w.and_list(&items[..1]), "A");
    assert_eq!(w.signed(12), "+12");
    assert_eq!(w.signed(-3), "-3");
    assert_eq!(w.signed(0), "0");
    assert_eq!(Formats::new("lt").unwrap().and_list(&items), "A, B ir C");
    assert_eq!(Formats::new("ro").unwrap().and_list(&items), "A, B și C");
    assert_eq!(w.percent(1.0, 0.0), "–");
}

#[test]
fn a_message_chooses_its_plural_form_and_writes_its_number_in_the_language() {
    let w = Wording::english();
    assert_eq!(
        say!(w, "quality-duplicates", n = 1u64),
        "1 duplicate registration removed;"
    );
    assert_eq!(
        say!(w, "quality-duplicates", n = 1234u64),
        "1,234 duplicate registrations removed;"
    );
}

#[test]
fn an_unknown_language_says_which_are_built_in_and_how_to_add_one() {
    let e = Wording::new("pl", None).unwrap_err().to_string();
    assert!(e.contains("\"pl\" has no message catalog"), "{e}");
    assert!(e.contains("messages/pl.ftl"), "{e}");
    let e = Wording::new("not a language", None)
        .unwrap_err()
        .to_string();
    assert!(e.contains("not a language code"), "{e}");
}

#[test]
fn a_partners_catalog_adds_a_language_and_overrides_messages_one_by_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("messages")).unwrap();
    std::fs::write(
        dir.path().join("messages/pl.ftl"),
        "section-summary = Podsumowanie\nquality-duplicates = { PLURAL($n) ->\n    [one] { $n } zduplikowana rejestracja usunięta;\n    [few] { $n } zduplikowane rejestracje usunięte;\n   *[other] { $n } zduplikowanych rejestracji usuniętych;\n}\n",
    )
    .unwrap();
    let w = Wording::new("pl", Some(dir.path())).unwrap();
    assert_eq!(w.text("section-summary"), "Podsumowanie");
    // Polish: 22 is "few", 25 "other", with a no-break space in 1 234 (CLDR's pl).
    assert_eq!(
        say!(w, "quality-duplicates", n = 22u64),
        "22 zduplikowane rejestracje usunięte;"
    );
    assert_eq!(
        say!(w, "quality-duplicates", n = 25u64),
        "25 zduplikowanych rejestracji usuniętych;"
    );
    // A message the file lacks is the English one.
    assert_eq!(w.text("section-feedback"), "Feedback");
}

#[test]
fn a_broken_catalog_is_named_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("messages")).unwrap();
    std::fs::write(
        dir.path().join("messages/en.ftl"),
        "section-summary = Overview\n\nbroken = { $n ->\n",
    )
    .unwrap();
    let e = Wording::new("en", Some(dir.path()))
        .unwrap_err()
        .to_string();
    assert!(e.contains("messages/en.ftl: line 3"), "{e}");
}

#[test]
fn every_catalog_has_the_english_messages_with_the_same_variables() {
    let english = catalog_variables(BUILT_IN[0].1).unwrap();
    for (language, text) in BUILT_IN {
        let messages = catalog_variables(text).unwrap();
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !messages.contains_key(*k))
            .collect();
        let extra: Vec<_> = messages
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{language}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language}.ftl has messages English lacks: {extra:?}"
        );
        for (id, vars) in &english {
            assert_eq!(&messages[id], vars, "{language}.ftl: the variables of {id}");
        }
    }
}

#[test]
fn every_plural_choice_names_only_categories_its_language_has_and_ends_in_other() {
    // A form for a category the language lacks is a form never chosen ("few" in Dutch), and
    // a misspelt key is the same. A category a choice leaves out falls to its default
    // ("other"): in Lithuanian "iš 5 registracijų" and "iš 2 registracijų" are one form, so
    // leaving out a category is allowed.
    for (language, text) in BUILT_IN {
        let has: std::collections::BTreeSet<&str> = Formats::new(language)
            .unwrap()
            .categories()
            .into_iter()
            .collect();
        for (id, keys) in catalogs::plural_choices(text).unwrap() {
            let stray: Vec<&String> = keys.iter().filter(|k| !has.contains(k.as_str())).collect();
            assert!(
                stray.is_empty(),
                "{language}.ftl, {id}: forms for {stray:?}, which {language} does not have ({has:?})"
            );
            assert!(
                keys.contains("other"),
                "{language}.ftl, {id}: no form for other"
            );
        }
    }
}

#[test]
fn every_message_renders_in_every_language_with_the_numbers_that_choose_each_form() {
    for (language, text) in BUILT_IN {
        let w = Wording::new(language, None).unwrap();
        for (id, vars) in catalog_variables(text).unwrap() {
            for n in [0u64, 1, 2, 5, 11, 21, 22, 101, 111, 1234] {
                let args: Vec<(&str, Arg)> =
                    vars.iter().map(|v| (v.as_str(), Arg::Count(n))).collect();
                let out = w.message(&id, &args);
                assert!(
                    !out.contains('{') && !out.contains('$') && !out.is_empty(),
                    "{language}.ftl, {id} with {n}: {out:?}"
                );
            }
        }
    }
}

#[test]
fn the_pseudo_catalog_changes_only_the_messages_own_letters() {
    let text = "a = Total { $n }\nb-html = <strong>People</strong>: <code>labreport check</code> shows { $what }\n";
    let pseudo = catalogs::pseudo(text).unwrap();
    assert!(pseudo.contains("a = Tótál { $n }"), "{pseudo}");
    assert!(
        pseudo.contains("<strong>Péóplé</strong>: <code>labreport check</code> šhóŵš")
            || pseudo.contains("<strong>Péóplé</strong>: <code>labreport check</code> šhówš"),
        "{pseudo}"
    );
    assert!(pseudo.contains("{ $what }"), "{pseudo}");
}
