//! The message catalogs: Fluent files, one per language, English the source. Built in from
//! `report-templates/messages/`; a templates folder's `messages/<lang>.ftl` is laid over the
//! built-in one message by message, so a partner can improve a translation, or add a language,
//! with one file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use fluent_syntax::ast;
use icu_decimal::input::Decimal;
use icu_plurals::{PluralOperands, PluralRules};

use super::WordingError;
use super::formats::{Formats, category_name};

/// The built-in catalogs, by language code.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("en", include_str!("../../report-templates/messages/en.ftl")),
    ("ro", include_str!("../../report-templates/messages/ro.ftl")),
    ("nl", include_str!("../../report-templates/messages/nl.ftl")),
    ("it", include_str!("../../report-templates/messages/it.ftl")),
    ("hr", include_str!("../../report-templates/messages/hr.ftl")),
    ("lt", include_str!("../../report-templates/messages/lt.ftl")),
];

/// The bundle of `language`: English, then the built-in catalog of the language, then the
/// user's file, each over the one before.
pub(super) fn bundle(
    language: &str,
    user_dir: Option<&Path>,
) -> Result<(FluentBundle<FluentResource>, BTreeSet<String>), WordingError> {
    let id: unic_langid::LanguageIdentifier = language
        .parse()
        .map_err(|_| WordingError::BadCode(language.to_string()))?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Bidirectional isolation marks would be invisible characters in every sentence; the
    // report's languages are all written left to right.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    // CLDR's plural rules through ICU4X: Fluent's own (intl_pluralrules) choose the wrong
    // form for Lithuanian 22 or Romanian 101.
    let rules = PluralRules::try_new_cardinal((&super::formats::locale_of(language)?).into())
        .map_err(|_| WordingError::BadCode(language.to_string()))?;
    bundle
        .add_function("PLURAL", move |positional, _named| {
            match positional.first() {
                Some(FluentValue::Number(n)) => {
                    let operands = if n.value.fract() == 0.0 {
                        PluralOperands::from(n.value.abs() as u64)
                    } else {
                        // "2.5 votes": CLDR's operands of the number as it is written.
                        match Decimal::try_from_str(&format!("{:.1}", n.value.abs())) {
                            Ok(d) => PluralOperands::from(&d),
                            Err(_) => return FluentValue::Error,
                        }
                    };
                    FluentValue::String(category_name(rules.category_for(operands)).into())
                }
                _ => FluentValue::Error,
            }
        })
        .expect("PLURAL is added once");
    let english = BUILT_IN[0].1;
    // The ids of the messages, for the ones written once (`Wording::texts`).
    let mut ids = BTreeSet::new();
    let mut add = |bundle: &mut FluentBundle<FluentResource>, resource: FluentResource| {
        ids.extend(resource.entries().filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        }));
        bundle.add_resource_overriding(resource);
    };
    add(&mut bundle, parse("messages/en.ftl (built in)", english)?);
    let user = user_dir
        .map(|d| d.join("messages").join(format!("{language}.ftl")))
        .filter(|p| p.is_file());
    let built_in = BUILT_IN.iter().find(|(l, _)| *l == language);
    match (built_in, &user) {
        (None, None) => return Err(WordingError::Unknown(language.to_string())),
        (Some((_, text)), _) if language != "en" => add(
            &mut bundle,
            parse(&format!("messages/{language}.ftl (built in)"), text)?,
        ),
        _ => {}
    }
    if let Some(path) = user {
        let text = fs_err::read_to_string(&path).map_err(|e| WordingError::Catalog {
            file: path.display().to_string(),
            message: e.to_string(),
        })?;
        add(&mut bundle, parse(&path.display().to_string(), &text)?);
    }
    Ok((bundle, ids))
}

fn parse(file: &str, text: &str) -> Result<FluentResource, WordingError> {
    FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
        let first = &errors[0];
        let line = text[..first.pos.start.min(text.len())]
            .lines()
            .count()
            .max(1);
        WordingError::Catalog {
            file: file.to_string(),
            message: format!("line {line}: {}", first.kind),
        }
    })
}

/// Numbers in messages, written in the bundle's language (`{ $n }`: "1,234", "1 234").
fn format_number(
    value: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    intls
        .with_try_get::<NumberFormat, _, _>((), |f| {
            if n.value.fract() == 0.0 {
                f.0.integer(n.value as i64)
            } else {
                f.0.decimal(n.value, 1)
            }
        })
        .ok()
}

struct NumberFormat(Formats);

impl intl_memoizer::Memoizable for NumberFormat {
    type Args = ();
    type Error = WordingError;
    fn construct(
        lang: unic_langid::LanguageIdentifier,
        _: (),
    ) -> Result<NumberFormat, WordingError> {
        Formats::new(&lang.to_string()).map(NumberFormat)
    }
}

/// Each message of a catalog and the variables it uses, for the test that every catalog has
/// the messages of the English one with the same variables.
pub fn catalog_variables(text: &str) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, e)| format!("{e:?}"))?;
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_variables(p, &mut vars);
            }
            // A second message of the same id would silently replace the first.
            if out.insert(m.id.name.to_string(), vars).is_some() {
                return Err(format!("the message {} is defined twice", m.id.name));
            }
        }
    }
    Ok(out)
}

fn pattern_variables(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for v in variants {
                pattern_variables(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_variables(i, vars),
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                inline_variables(p, vars);
            }
            for n in &arguments.named {
                inline_variables(&n.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        _ => {}
    }
}

/// Each `PLURAL(…)` choice of a catalog: its message's id and the keys of its variants.
pub fn plural_choices(text: &str) -> Result<Vec<(String, BTreeSet<String>)>, String> {
    fn in_pattern(id: &str, p: &ast::Pattern<&str>, out: &mut Vec<(String, BTreeSet<String>)>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                in_expression(id, expression, out);
            }
        }
    }
    fn in_expression(
        id: &str,
        e: &ast::Expression<&str>,
        out: &mut Vec<(String, BTreeSet<String>)>,
    ) {
        match e {
            ast::Expression::Select { selector, variants } => {
                if let ast::InlineExpression::FunctionReference { id: f, .. } = selector
                    && f.name == "PLURAL"
                {
                    let keys = variants
                        .iter()
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        })
                        .collect();
                    out.push((id.to_string(), keys));
                }
                for v in variants {
                    in_pattern(id, &v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                in_expression(id, expression, out)
            }
            ast::Expression::Inline(_) => {}
        }
    }
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, e)| format!("{e:?}"))?;
    let mut out = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry
            && let Some(p) = &m.value
        {
            in_pattern(m.id.name, p, &mut out);
        }
    }
    Ok(out)
}

/// A pseudo-translation of a catalog: every letter of the messages' own text swapped for an
/// accented one ("Total" → "Tótál"), their values, HTML tags and `<code>` left alone. A report
/// built with it shows at a glance (and to a test) any word that did not come through the
/// catalog: it is the only text still in plain ASCII letters.
pub fn pseudo(text: &str) -> Result<String, String> {
    let mut resource =
        fluent_syntax::parser::parse(text.to_string()).map_err(|(_, e)| format!("{e:?}"))?;
    for entry in &mut resource.body {
        if let ast::Entry::Message(m) = entry
            && let Some(p) = &mut m.value
        {
            pseudo_pattern(p);
        }
    }
    Ok(fluent_syntax::serializer::serialize(&resource))
}

fn pseudo_pattern(p: &mut ast::Pattern<String>) {
    for element in &mut p.elements {
        match element {
            ast::PatternElement::TextElement { value } => *value = pseudo_text(value),
            ast::PatternElement::Placeable { expression } => {
                if let ast::Expression::Select { variants, .. } = expression {
                    for v in variants {
                        pseudo_pattern(&mut v.value);
                    }
                }
            }
        }
    }
}

/// The letters outside HTML tags and `<code>` swapped for accented ones.
fn pseudo_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let (mut in_tag, mut in_code) = (false, false);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            in_code = rest.starts_with("<code>") || (in_code && !rest.starts_with("</code>"));
            in_tag = true;
        }
        out.push(if in_tag || in_code {
            c
        } else {
            match c {
                'a' => 'á',
                'e' => 'é',
                'i' => 'í',
                'o' => 'ó',
                'u' => 'ú',
                'c' => 'ç',
                'n' => 'ñ',
                's' => 'š',
                'y' => 'ý',
                'z' => 'ž',
                'A' => 'Á',
                'E' => 'É',
                'I' => 'Í',
                'O' => 'Ó',
                'U' => 'Ú',
                'C' => 'Ç',
                'N' => 'Ñ',
                'S' => 'Š',
                'Y' => 'Ý',
                'Z' => 'Ž',
                c => c,
            }
        });
        if c == '>' {
            in_tag = false;
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}
