//! The JSON documents of SPEC §2, built in one place for the command line (`--format json`) and
//! the HTTP service (`serve`), so both answer with exactly the same shapes.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::engine;
use crate::explain::{Match, Matcher};
use crate::i18n::Localizer;
use crate::knowledge::rule::{Platform, Severity};
use crate::knowledge::value::ArgValue;
use crate::knowledge::{Knowledge, Rule};
use crate::render::{self, Doc, ExplainJson};

/// What `explain` found for a text: the matches best first, each with the arguments its
/// messages take (from the facts), and "did you mean" suggestions when nothing matched.
#[derive(Debug, Clone)]
pub struct Explained {
    pub matches: Vec<Match>,
    /// `args[i]` belongs to `matches[i]`.
    pub args: Vec<BTreeMap<String, ArgValue>>,
    pub suggestions: Vec<String>,
}

/// Matches `query` (with observed `facts`) against every rule's text matchers.
pub fn explain(
    k: &Knowledge,
    matcher: &Matcher,
    query: &str,
    facts: &Map<String, Value>,
    now: Timestamp,
    min_severity: Option<Severity>,
) -> Explained {
    let mut matches = matcher.find(k, query, facts);
    if let Some(min) = min_severity {
        matches.retain(|m| k.rules[m.rule].spec.severity.at_least(min));
    }
    let suggestions = if matches.is_empty() {
        matcher.suggest(query)
    } else {
        Vec::new()
    };
    let args = matches
        .iter()
        .map(|m| {
            let specs = k.rules[m.rule]
                .spec
                .text
                .as_ref()
                .map(|t| t.args.clone())
                .unwrap_or_default();
            engine::compute_args(&specs, &Value::Null, now, None, Some(facts))
        })
        .collect();
    Explained {
        matches,
        args,
        suggestions,
    }
}

/// The `explain` object of SPEC §2.
pub fn explain_json<'a>(
    loc: &'a Localizer,
    k: &Knowledge,
    query: &'a str,
    e: &Explained,
) -> ExplainJson<'a> {
    ExplainJson {
        query: query.trim(),
        locale: &loc.locale,
        matches: e
            .matches
            .iter()
            .zip(&e.args)
            .map(|(m, args)| render::match_json(loc, k, m, args))
            .collect(),
        suggestions: e.suggestions.clone(),
    }
}

/// One line of `rules list`.
#[derive(Debug, Serialize)]
pub struct RuleListItem<'a> {
    pub id: &'a str,
    pub severity: Severity,
    pub area: &'a str,
    pub platforms: &'a [Platform],
    pub text: bool,
    pub state: bool,
    pub title: String,
}

/// `rules show ID`: one rule, localized, with what it matches.
#[derive(Debug, Serialize)]
pub struct RuleShow<'a> {
    pub id: &'a str,
    pub locale: &'a str,
    pub severity: Severity,
    pub area: &'a str,
    pub platforms: &'a [Platform],
    pub title: String,
    pub cause: String,
    pub steps: Vec<String>,
    pub warning: Option<String>,
    pub docs: Vec<Doc>,
    pub codes: &'a [String],
    pub phrases: &'a [String],
    pub patterns: &'a [String],
    pub collection: Option<&'a str>,
    pub explains: &'a [String],
    pub file: &'a str,
}

/// Every rule, sorted by id, with its title in the reader's language.
pub fn rule_list<'a>(loc: &Localizer, k: &'a Knowledge) -> Vec<RuleListItem<'a>> {
    k.rules
        .iter()
        .map(|r| RuleListItem {
            id: r.id(),
            severity: r.spec.severity,
            area: r.spec.area.as_str(),
            platforms: &r.spec.platforms,
            text: r.spec.text.is_some(),
            state: r.spec.state.is_some(),
            title: render::rule_text(loc, r, None).title,
        })
        .collect()
}

/// One rule in the reader's language.
pub fn rule_show<'a>(loc: &'a Localizer, rule: &'a Rule) -> RuleShow<'a> {
    let t = render::rule_text(loc, rule, None);
    let text = rule.spec.text.as_ref();
    RuleShow {
        id: rule.id(),
        locale: &loc.locale,
        severity: rule.spec.severity,
        area: rule.spec.area.as_str(),
        platforms: &rule.spec.platforms,
        title: t.title,
        cause: t.cause,
        steps: t.steps,
        warning: t.warning,
        docs: t.docs,
        codes: text.map(|t| t.codes.as_slice()).unwrap_or(&[]),
        phrases: text.map(|t| t.phrases.as_slice()).unwrap_or(&[]),
        patterns: text.map(|t| t.patterns.as_slice()).unwrap_or(&[]),
        collection: rule.spec.state.as_ref().and_then(|s| {
            s.for_each
                .as_deref()
                .or(s.for_each_group.as_ref().map(|g| g.of.as_str()))
        }),
        explains: &rule.spec.explains,
        file: &rule.origin,
    }
}
