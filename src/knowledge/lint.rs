//! `rules lint` and `rules test`: is the knowledge base complete, consistent and right about its
//! own examples?

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use serde_json::{Map, Value};

use super::rule::Expect;
use super::{Knowledge, Rule};
use crate::explain::Matcher;
use crate::i18n::{FALLBACK, UI_MESSAGES};
use crate::serve::page::PAGE_MESSAGES;

/// Every message the program itself renders: the terminal and reports, and the web page.
fn ui_messages() -> impl Iterator<Item = &'static str> {
    UI_MESSAGES.iter().chain(PAGE_MESSAGES).copied()
}

/// The locales every rule must be complete in.
pub const SHIPPED_LOCALES: &[&str] = &["en-US", "fr-FR", "ru-RU", "bg-BG", "fi-FI"];

const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The CLDR plural categories whole numbers take in a locale (`one`, `few`, `many`, `other` in
/// Russian; `one`, `other` in English), found by asking the plural rules about 0..=1000.
pub fn integer_plural_categories(locale: &str) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let mut out = BTreeSet::new();
    let Ok(lang) = locale.parse::<unic_langid::LanguageIdentifier>() else {
        return out;
    };
    let base = unic_langid::LanguageIdentifier::from_parts(lang.language, None, None, &[]);
    let Ok(rules) = PluralRules::create(base, PluralRuleType::CARDINAL) else {
        return out;
    };
    for n in 0..=1000u32 {
        if let Ok(c) = rules.select(n) {
            out.insert(match c {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            });
        }
    }
    out
}

/// Plural selectors (those keyed by CLDR categories) that lack a category the locale needs.
fn plural_gaps(p: &ast::Pattern<&str>, needed: &BTreeSet<&'static str>, out: &mut Vec<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            plural_gaps_expr(expression, needed, out);
        }
    }
}

fn plural_gaps_expr(
    e: &ast::Expression<&str>,
    needed: &BTreeSet<&'static str>,
    out: &mut Vec<String>,
) {
    match e {
        ast::Expression::Select { variants, .. } => {
            let keys: BTreeSet<&str> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some(*name),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            // A plural selector: keyed by CLDR categories other than the catch-all `other`.
            if keys
                .iter()
                .any(|k| *k != "other" && CATEGORY_NAMES.contains(k))
            {
                for n in needed {
                    if !keys.contains(n) {
                        out.push(format!("[{n}]"));
                    }
                }
            }
            for v in variants {
                plural_gaps(&v.value, needed, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            plural_gaps_expr(expression, needed, out)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// How complete one locale is.
#[derive(Debug, Clone)]
pub struct Coverage {
    pub locale: String,
    pub present: usize,
    pub total: usize,
}

/// Per-locale completeness: rule messages, doc titles and UI strings present.
pub fn coverage(k: &Knowledge) -> Vec<Coverage> {
    let mut ids: BTreeSet<&str> = k.rules.iter().map(|r| r.message.as_str()).collect();
    ids.extend(
        k.rules
            .iter()
            .flat_map(|r| r.spec.docs.iter().map(|d| d.title.as_str())),
    );
    ids.extend(ui_messages().map(|m| -> &str { m }));
    let mut locales: Vec<&str> = SHIPPED_LOCALES.to_vec();
    for l in k.catalog.locales() {
        if !locales.contains(&l) {
            locales.push(l);
        }
    }
    locales
        .into_iter()
        .map(|l| Coverage {
            locale: l.to_string(),
            present: ids.iter().filter(|id| k.catalog.has_message(l, id)).count(),
            total: ids.len(),
        })
        .collect()
}

/// One problem, located.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub message: String,
}

/// A message as Fluent source declares it: attribute → variables it references.
#[derive(Debug, Default, Clone)]
struct MessageShape {
    file: String,
    /// `None` key = the value; `Some(attr)` = an attribute.
    parts: BTreeMap<Option<String>, BTreeSet<String>>,
}

fn collect_vars_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_vars_expr(expression, out);
        }
    }
}

fn collect_vars_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => collect_vars_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            collect_vars_inline(selector, out);
            for v in variants {
                collect_vars_pattern(&v.value, out);
            }
        }
    }
}

fn collect_vars_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_vars_inline(a, out);
            }
            for n in &arguments.named {
                collect_vars_inline(&n.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_vars_expr(expression, out),
        _ => {}
    }
}

/// Every message of one locale, with its attributes and variables.
fn shapes(k: &Knowledge, locale: &str) -> BTreeMap<String, MessageShape> {
    let mut out = BTreeMap::new();
    for file in k.catalog.files(locale) {
        let Ok(res) = fluent_syntax::parser::parse(file.text.as_ref()) else {
            continue; // parse errors are reported when the catalog loads
        };
        for entry in &res.body {
            if let ast::Entry::Message(m) = entry {
                let mut shape = MessageShape {
                    file: file.name.clone(),
                    ..Default::default()
                };
                if let Some(v) = &m.value {
                    let mut vars = BTreeSet::new();
                    collect_vars_pattern(v, &mut vars);
                    shape.parts.insert(None, vars);
                }
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    collect_vars_pattern(&a.value, &mut vars);
                    shape.parts.insert(Some(a.id.name.to_string()), vars);
                }
                out.insert(m.id.name.to_string(), shape);
            }
        }
    }
    out
}

fn part_name(p: &Option<String>) -> String {
    match p {
        None => "value".into(),
        Some(a) => format!(".{a}"),
    }
}

/// Checks the knowledge base. An empty list means it is clean.
pub fn lint(k: &Knowledge) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut push = |file: &str, message: String| {
        problems.push(Problem {
            file: file.to_string(),
            message,
        })
    };
    let mut locales: Vec<String> = SHIPPED_LOCALES.iter().map(|s| s.to_string()).collect();
    for l in k.catalog.locales() {
        if !locales.iter().any(|x| x == l) {
            locales.push(l.to_string());
        }
    }
    let doc_titles: BTreeSet<&str> = k
        .rules
        .iter()
        .flat_map(|r| r.spec.docs.iter().map(|d| d.title.as_str()))
        .collect();
    let rule_messages: BTreeSet<&str> = k.rules.iter().map(|r| r.message.as_str()).collect();
    let reference = shapes(k, FALLBACK);

    for locale in &locales {
        let shipped = SHIPPED_LOCALES.contains(&locale.as_str());
        let msgs = shapes(k, locale);
        if msgs.is_empty() && !shipped {
            continue;
        }
        for rule in &k.rules {
            let Some(shape) = msgs.get(&rule.message) else {
                if shipped {
                    push(
                        &rule.origin,
                        format!(
                            "rule `{}`: message `{}` is missing in {locale}",
                            rule.id(),
                            rule.message
                        ),
                    );
                }
                continue;
            };
            check_rule_message(rule, shape, locale, &mut push);
            if let Some(reference) = reference.get(&rule.message) {
                let mine: BTreeSet<&Option<String>> = shape.parts.keys().collect();
                let theirs: BTreeSet<&Option<String>> = reference.parts.keys().collect();
                for missing in theirs.difference(&mine) {
                    push(
                        &shape.file,
                        format!(
                            "`{}` has no {} in {locale}, but has one in {FALLBACK}",
                            rule.message,
                            part_name(missing)
                        ),
                    );
                }
                for extra in mine.difference(&theirs) {
                    push(
                        &shape.file,
                        format!(
                            "`{}` has {} in {locale}, but not in {FALLBACK}",
                            rule.message,
                            part_name(extra)
                        ),
                    );
                }
            }
        }
        for title in &doc_titles {
            if shipped && !msgs.contains_key(*title) {
                push(
                    &format!("locales/{locale}/docs.ftl"),
                    format!("doc title `{title}` is missing in {locale}"),
                );
            }
        }
        for id in ui_messages() {
            if shipped && !msgs.contains_key(id) {
                push(
                    &format!("locales/{locale}/ui.ftl"),
                    format!("UI message `{id}` is missing in {locale}"),
                );
            }
        }
        for (id, shape) in &msgs {
            let used = rule_messages.contains(id.as_str())
                || doc_titles.contains(id.as_str())
                || ui_messages().any(|m| m == id)
                || id.starts_with("month-");
            if !used {
                push(
                    &shape.file,
                    format!(
                        "message `{id}` is used by no rule, doc link or UI string; remove it or fix its id"
                    ),
                );
            }
        }
    }

    for rule in &k.rules {
        let expected_name = format!("{}.yaml", rule.id());
        if !rule.origin.ends_with(&expected_name) {
            push(
                &rule.origin,
                format!(
                    "the file of rule `{}` should be named {expected_name}",
                    rule.id()
                ),
            );
        }
        let positive = rule
            .spec
            .examples
            .iter()
            .filter(|e| matches!(e.expect, Expect::Match | Expect::First | Expect::Finding))
            .count();
        let negative = rule.spec.examples.len() - positive;
        if positive < 2 || negative < 1 {
            push(
                &rule.origin,
                format!(
                    "rule `{}` has {positive} positive and {negative} negative examples; it needs at least 2 and 1",
                    rule.id()
                ),
            );
        }
        if rule.spec.text.is_some()
            && !rule
                .spec
                .examples
                .iter()
                .any(|e| e.text.is_some() && e.expect != Expect::NoMatch)
        {
            push(
                &rule.origin,
                format!(
                    "rule `{}` matches text but has no positive text example",
                    rule.id()
                ),
            );
        }
        if rule.spec.state.is_some()
            && !rule
                .spec
                .examples
                .iter()
                .any(|e| e.state.is_some() && e.expect == Expect::Finding)
        {
            push(
                &rule.origin,
                format!(
                    "rule `{}` reads snapshots but has no positive state example",
                    rule.id()
                ),
            );
        }
    }
    for locale in &locales {
        let needed = integer_plural_categories(locale);
        if needed.is_empty() {
            continue;
        }
        for file in k.catalog.files(locale) {
            let Ok(res) = fluent_syntax::parser::parse(file.text.as_ref()) else {
                continue;
            };
            for entry in &res.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let parts = m
                    .value
                    .iter()
                    .map(|v| (None, v))
                    .chain(m.attributes.iter().map(|a| (Some(a.id.name), &a.value)));
                for (attr, pattern) in parts {
                    let mut gaps = Vec::new();
                    plural_gaps(pattern, &needed, &mut gaps);
                    if !gaps.is_empty() {
                        let part = attr
                            .map(|a| format!(".{a}"))
                            .unwrap_or_else(|| "value".into());
                        let needed: Vec<&str> = needed.iter().copied().collect();
                        push(
                            &file.name,
                            format!(
                                "`{}` {part} in {locale}: a plural selector lacks {}; {locale} needs [{}]",
                                m.id.name,
                                gaps.join(", "),
                                needed.join("], [")
                            ),
                        );
                    }
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    problems
}

fn check_rule_message(
    rule: &Rule,
    shape: &MessageShape,
    locale: &str,
    push: &mut impl FnMut(&str, String),
) {
    let id = rule.id();
    if !shape.parts.contains_key(&None) {
        push(
            &shape.file,
            format!(
                "`{}` in {locale} has no title (the message value)",
                rule.message
            ),
        );
    }
    if !shape.parts.contains_key(&Some("cause".into())) {
        push(
            &shape.file,
            format!("`{}` in {locale} has no .cause", rule.message),
        );
    }
    if !shape.parts.contains_key(&Some("step-1".into())) {
        push(
            &shape.file,
            format!("`{}` in {locale} has no .step-1", rule.message),
        );
    }
    let has_warning = shape.parts.contains_key(&Some("warning".into()));
    if rule.spec.warning && !has_warning {
        push(
            &shape.file,
            format!(
                "rule `{id}` declares `warning: true` but `{}` has no .warning in {locale}",
                rule.message
            ),
        );
    }
    if !rule.spec.warning && has_warning {
        push(
            &rule.origin,
            format!(
                "`{}` has a .warning in {locale}; declare `warning: true` in rule `{id}`",
                rule.message
            ),
        );
    }
    let mut provided: BTreeSet<String> = BTreeSet::new();
    if let Some(s) = &rule.spec.state {
        provided.extend(s.args.keys().cloned());
    }
    if let Some(t) = &rule.spec.text {
        provided.extend(t.args.keys().cloned());
    }
    let steps: Vec<u32> = shape
        .parts
        .keys()
        .flatten()
        .filter_map(|a| a.strip_prefix("step-").and_then(|n| n.parse().ok()))
        .collect();
    let max = steps.iter().copied().max().unwrap_or(0);
    if steps.len() as u32 != max {
        push(
            &shape.file,
            format!(
                "`{}` in {locale}: steps must be numbered .step-1 to .step-N without gaps",
                rule.message
            ),
        );
    }
    for (part, vars) in &shape.parts {
        let is_detail = part.as_deref() == Some("detail");
        let known = matches!(part.as_deref(), None | Some("cause" | "warning" | "detail"))
            || part.as_deref().is_some_and(|p| p.starts_with("step-"));
        if !known {
            push(
                &shape.file,
                format!(
                    "`{}` in {locale} has an unknown attribute {}; use .cause, .step-N, .warning, .detail",
                    rule.message,
                    part_name(part)
                ),
            );
        }
        for v in vars {
            if !is_detail {
                push(
                    &shape.file,
                    format!(
                        "`{}` {} in {locale} uses ${v}; only .detail may use variables (the rest is shown without a subject too)",
                        rule.message,
                        part_name(part)
                    ),
                );
            } else if !provided.contains(v) {
                push(
                    &shape.file,
                    format!(
                        "`{}` .detail in {locale} uses ${v}, which rule `{id}` does not provide; add it under `args:` or fix the name",
                        rule.message
                    ),
                );
            }
        }
    }
}

/// The outcome of one example.
#[derive(Debug, Clone)]
pub struct ExampleResult {
    pub rule: String,
    pub index: usize,
    pub failure: Option<String>,
}

/// Runs every rule's own examples.
pub fn test(k: &Knowledge) -> Vec<ExampleResult> {
    let matcher = Matcher::build(k);
    let mut results = Vec::new();
    for rule in &k.rules {
        for (index, ex) in rule.spec.examples.iter().enumerate() {
            let failure = run_example(k, &matcher, rule, ex);
            results.push(ExampleResult {
                rule: rule.id().to_string(),
                index: index + 1,
                failure,
            });
        }
    }
    results
}

fn run_example(
    k: &Knowledge,
    matcher: &Matcher,
    rule: &Rule,
    ex: &super::rule::Example,
) -> Option<String> {
    let id = rule.id();
    match (&ex.text, &ex.state) {
        (Some(text), None) => {
            let facts: Map<String, Value> = ex.facts.clone().into_iter().collect();
            let matches = matcher.find(k, text, &facts);
            let position = matches.iter().position(|m| k.rules[m.rule].id() == id);
            let listed: Vec<&str> = matches.iter().map(|m| k.rules[m.rule].id()).collect();
            let ok = match ex.expect {
                Expect::Match => position.is_some(),
                Expect::First => position == Some(0),
                Expect::NoMatch => position.is_none(),
                Expect::Finding | Expect::None => {
                    return Some("a text example expects match, first or no-match".into());
                }
            };
            (!ok).then(|| {
                format!(
                    "text {text:?}: expected {:?}, got [{}]",
                    ex.expect,
                    listed.join(", ")
                )
            })
        }
        (None, Some(state)) => {
            let now = match ex
                .now
                .as_deref()
                .map(crate::knowledge::value::parse_timestamp)
            {
                Some(Some(t)) => t,
                Some(None) => return Some("`now` is not an RFC 3339 timestamp".into()),
                None => return Some("a state example needs `now`".into()),
            };
            let diagnosis = match crate::engine::diagnose_value(k, state, &rule.origin, now) {
                Ok(d) => d,
                Err(e) => return Some(format!("the example snapshot does not load: {e}")),
            };
            let mine: Vec<_> = diagnosis
                .findings
                .iter()
                .filter(|f| k.rules[f.rule].id() == id)
                .collect();
            match ex.expect {
                Expect::Finding => {
                    if mine.is_empty() {
                        return Some(format!("expected a finding at {now}, got none"));
                    }
                    if let Some(want) = ex.severity
                        && mine.iter().any(|f| f.severity != want)
                    {
                        return Some(format!(
                            "expected severity {}, got {}",
                            want.as_str(),
                            mine[0].severity.as_str()
                        ));
                    }
                    if let Some(n) = ex.count
                        && mine.len() != n
                    {
                        return Some(format!("expected {n} findings, got {}", mine.len()));
                    }
                    None
                }
                Expect::None => (!mine.is_empty())
                    .then(|| format!("expected no finding at {now}, got {}", mine.len())),
                _ => Some("a state example expects finding or none".into()),
            }
        }
        _ => Some("an example has either `text:` or `state:`".into()),
    }
}
