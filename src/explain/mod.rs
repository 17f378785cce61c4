//! `explain`: what rule does this pasted text (a code, a message, a log excerpt) belong to?
//!
//! Every rule's codes and phrases are normalized once into word sequences, indexed by their
//! first word (a query's word sequence contains a term when the term's words follow one another
//! from one of the query's words on), numeric codes into a map from their canonical value, and
//! patterns are kept with their anchors and compiled on first use ([`tables`]; build.rs derives
//! the built-in rules' tables, so `explain` starts without deriving anything). A query is
//! normalized the same way and looked up in each.
//!
//! Scoring, in [0, 1]:
//! - a rule id typed as it is: 1.0;
//! - an exact code, phrase or pattern hit: 0.70 + 0.30 × (share of the query's words it
//!   covers), so a bare code scores 1.0 and the same code inside a noisy log line still ranks;
//! - a short query that is part of a longer message ("invalid token"): 0.35 + 0.30 × (share
//!   of the message's words present), when every query word is in the message and at least half
//!   of the message's words are in the query;
//! - a rule with a `facts:` condition matches only when it holds, and then ranks just above the
//!   same text without facts (× 0.97 + 0.03; the others × 0.97).
//!
//! Ties break by severity, then id.

pub mod anchors;
pub mod normalize;
pub mod tables;

use std::collections::{BTreeMap, HashSet};

use std::sync::OnceLock;

use regex::Regex;
use serde_json::{Map, Value};

use crate::knowledge::Knowledge;
use crate::knowledge::condition::Scope;
use normalize::{all_words, codes, nfkc, words};
use tables::{RuleText, Tables, lookup, squash};

mod builtin {
    //! The tables of the built-in rules, derived by build.rs.
    include!(concat!(env!("OUT_DIR"), "/matcher.rs"));
}

/// All text matchers of the knowledge base.
#[derive(Debug)]
pub struct Matcher {
    tables: Tables,
    /// Each pattern's regex, compiled on first use: most queries never need it, because none of
    /// its anchors (required literals) occurs in them.
    compiled: Vec<OnceLock<Option<Regex>>>,
}

/// What `scan` needs to find candidate lines: lowercase ASCII strings, one of which occurs in
/// every line any code, phrase or anchored pattern matches, and the patterns without anchors
/// (which must be tried on every line).
#[derive(Debug, Default)]
pub struct Anchors {
    pub literals: Vec<String>,
    /// Per literal (same order): what else must hold for one of its matchers to match a line
    /// (an empty list: the literal alone decides).
    pub requires: Vec<Vec<Require>>,
    pub unanchored: Vec<String>,
}

/// A cheap second test for a line that holds an anchor.
#[derive(Debug, Clone, PartialEq)]
pub enum Require {
    /// Every one of these (lowercase) words occurs in the line.
    Words(Vec<String>),
    /// This pattern (an index for [`Matcher::pattern_matches`]) matches the line.
    Pattern(usize),
}

/// One rule that fits the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub rule: usize,
    pub score: f64,
}

impl Matcher {
    pub fn build(k: &Knowledge) -> Matcher {
        let tables = if k.builtin_only {
            builtin::TABLES.clone()
        } else {
            // The built-in patterns' anchors are known already.
            let known = |pattern: &str| {
                let p = builtin::TABLES
                    .patterns
                    .iter()
                    .find(|p| p.pattern == pattern)?;
                Some(
                    p.anchors
                        .as_ref()
                        .map(|a| a.iter().map(|a| a.to_string()).collect()),
                )
            };
            Tables::build(rule_texts(k), |p| {
                known(p).unwrap_or_else(|| anchors::pattern_anchors(p))
            })
        };
        let compiled = tables.patterns.iter().map(|_| OnceLock::new()).collect();
        Matcher { tables, compiled }
    }

    /// Where pattern `i` matches `text` (NFKC); `lower` is `text` lowercased.
    fn find_pattern<'t>(&self, i: usize, text: &'t str, lower: &str) -> Option<regex::Match<'t>> {
        let p = &self.tables.patterns[i];
        if let Some(anchors) = &p.anchors
            && !anchors.iter().any(|a| lower.contains(a.as_ref()))
        {
            return None;
        }
        // Rules are checked when they load; a pattern that does not compile matches nothing.
        self.compiled[i]
            .get_or_init(|| Regex::new(&format!("(?i){}", p.pattern)).ok())
            .as_ref()?
            .find(text)
    }

    /// The rules that fit `text`, best first.
    pub fn find(&self, k: &Knowledge, text: &str, facts: &Map<String, Value>) -> Vec<Match> {
        let trimmed = text.trim();
        if let Some(&r) = k.index.get(&trimmed.to_ascii_lowercase()) {
            return vec![Match {
                rule: r,
                score: 1.0,
            }];
        }
        let query = words(trimmed);
        let mut best = self.exact(trimmed, &query);
        let mut offer = |rule: usize, score: f64| {
            let e = best.entry(rule).or_insert(0.0);
            if score > *e {
                *e = score;
            }
        };
        // Short queries that are part of a message.
        if !query.is_empty() && query.len() <= 8 {
            let qset: HashSet<&String> = query.iter().collect();
            let mut candidates: HashSet<usize> = HashSet::new();
            for w in &qset {
                candidates.extend(lookup(&self.tables.by_word, w.as_str()));
            }
            for t in candidates {
                let term = &self.tables.terms[t];
                let tset: HashSet<&str> = term.words.iter().map(|w| w.as_ref()).collect();
                let inside = qset.iter().all(|w| tset.contains(w.as_str()));
                let shared = qset.len();
                let recall = shared as f64 / tset.len() as f64;
                if inside && recall >= 0.5 && (shared >= 2 || tset.len() <= 2) {
                    offer(term.rule, 0.35 + 0.30 * recall);
                }
            }
        }
        // Fact conditions decide between rules that share a text.
        let facts_value = Value::Object(facts.clone());
        let scope = Scope {
            now: jiff::Timestamp::UNIX_EPOCH,
            tenant: None,
        };
        let mut out: Vec<Match> = Vec::new();
        for (rule, score) in best {
            let spec = &k.rules[rule].spec;
            let score = match spec.text.as_ref().and_then(|t| t.facts.as_ref()) {
                Some(cond) => {
                    let mut skips = Vec::new();
                    if !cond.eval(&facts_value, &scope, &mut skips).is_true() {
                        continue;
                    }
                    score * 0.97 + 0.03
                }
                None => score * 0.97,
            };
            out.push(Match {
                rule,
                score: (score * 100.0).round() / 100.0,
            });
        }
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(
                    k.rules[a.rule]
                        .spec
                        .severity
                        .cmp(&k.rules[b.rule].spec.severity),
                )
                .then(k.rules[a.rule].id().cmp(k.rules[b.rule].id()))
        });
        out
    }

    /// Exact code, phrase and pattern hits (no partial matches, no rule ids, no fact
    /// conditions): rule → raw score in [0.7, 1]. `query` is `words(text)`.
    fn exact(&self, text: &str, query: &[String]) -> BTreeMap<usize, f64> {
        let all = all_words(text);
        let q = all.len().max(1) as f64;
        let mut best: BTreeMap<usize, f64> = BTreeMap::new();
        let mut offer = |rule: usize, score: f64| {
            let e = best.entry(rule).or_insert(0.0);
            if score > *e {
                *e = score;
            }
        };
        // Exact phrase and code hits: the term's words, one after the other, in the query's.
        for (i, w) in query.iter().enumerate() {
            for &t in lookup(&self.tables.by_first, w.as_str()) {
                let term = &self.tables.terms[t];
                if query[i..].len() >= term.words.len()
                    && term.words.iter().zip(&query[i..]).all(|(t, q)| t == q)
                {
                    let coverage = (term.full_len as f64 / q).min(1.0);
                    offer(term.rule, 0.70 + 0.30 * coverage);
                }
            }
        }
        // Identifier codes typed in one piece, without case humps ("devicecapreached").
        for w in &all {
            for &r in lookup(&self.tables.squashed, w.as_str()) {
                offer(r, 0.70 + 0.30 * (1.0 / q).min(1.0));
            }
        }
        // Numeric codes in any of their forms.
        for code in codes(text) {
            for &r in lookup(&self.tables.numeric, &code) {
                offer(r, 0.70 + 0.30 * (1.0 / q).min(1.0));
            }
        }
        // Patterns over the NFKC text.
        let normalized = nfkc(text);
        let lower = normalized.to_lowercase();
        for (i, p) in self.tables.patterns.iter().enumerate() {
            if let Some(m) = self.find_pattern(i, &normalized, &lower) {
                // The covered share: words of the matched span over the query's words.
                let span_words = all_words(m.as_str()).len();
                offer(p.rule, 0.70 + 0.30 * (span_words as f64 / q).min(1.0));
            }
        }
        best
    }

    /// The rules whose codes, phrases or patterns occur in one line of a log, with the score
    /// `explain` would give that line (before fact conditions). Partial matches and rule ids do
    /// not count: a log line is not a question.
    pub fn line_hits(&self, line: &str) -> BTreeMap<usize, f64> {
        let query = words(line);
        let mut hits = self.exact(line, &query);
        for score in hits.values_mut() {
            *score = (*score * 0.97 * 100.0).round() / 100.0;
        }
        hits
    }

    /// The anchors of every matcher, for `scan`'s whole-file prefilter.
    pub fn anchors(&self) -> Anchors {
        let mut map: BTreeMap<String, Vec<Option<Require>>> = BTreeMap::new();
        let alone = |lit: String, map: &mut BTreeMap<String, Vec<Option<Require>>>| {
            map.entry(lit).or_default().push(None);
        };
        for t in self.tables.terms.iter() {
            // The longest word that is not everywhere in logs: the rarest, as a rule.
            let key = |w: &&tables::Str| {
                (
                    !anchors::COMMON_LOG_WORDS.contains(&w.as_ref()),
                    w.len(),
                    w.to_string(),
                )
            };
            if let Some(w) = t.words.iter().max_by_key(key) {
                let mut all: Vec<String> = t.words.iter().map(|w| w.to_string()).collect();
                all.sort();
                all.dedup();
                map.entry(w.to_string())
                    .or_default()
                    .push(Some(Require::Words(all)));
            }
        }
        for (key, _) in self.tables.squashed.iter() {
            alone(key.to_string(), &mut map);
        }
        for &(v, _) in self.tables.numeric.iter() {
            alone(v.to_string(), &mut map);
            alone(format!("{v:x}"), &mut map);
            if v > i32::MAX as u32 {
                alone((v as i32).unsigned_abs().to_string(), &mut map);
            }
        }
        let mut out = Anchors::default();
        for (i, p) in self.tables.patterns.iter().enumerate() {
            match &p.anchors {
                Some(a) => {
                    for lit in a.iter() {
                        map.entry(lit.to_string())
                            .or_default()
                            .push(Some(Require::Pattern(i)));
                    }
                }
                None => out.unanchored.push(format!("(?i){}", p.pattern)),
            }
        }
        for (lit, req) in map {
            // A literal that decides alone needs no second test.
            let req: Option<Vec<Require>> = req.into_iter().collect();
            out.literals.push(lit);
            out.requires.push(req.unwrap_or_default());
        }
        out
    }

    /// Whether pattern `i` (see [`Anchors::requires`]) matches `text` as it is (for ASCII text,
    /// which NFKC leaves alone).
    pub fn pattern_matches(&self, i: usize, text: &str) -> bool {
        self.find_pattern(i, text, &text.to_lowercase()).is_some()
    }

    /// Rule ids and codes close to what was typed ("did you mean").
    pub fn suggest(&self, text: &str) -> Vec<String> {
        let key = squash(text);
        if key.len() < 4 {
            return Vec::new();
        }
        let mut scored: Vec<(f64, &tables::Str)> = self
            .tables
            .vocabulary
            .iter()
            .map(|(k, shown)| (strsim::normalized_damerau_levenshtein(&key, k), shown))
            .filter(|(s, _)| *s >= 0.8)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        let mut out: Vec<String> = Vec::new();
        for (_, s) in scored {
            if !out.iter().any(|o| o == s) {
                out.push(s.to_string());
            }
            if out.len() == 3 {
                break;
            }
        }
        out
    }
}

/// What the matcher's tables are derived from.
fn rule_texts(k: &Knowledge) -> impl Iterator<Item = RuleText<'_>> {
    k.rules.iter().map(|r| {
        let text = r.spec.text.as_ref();
        RuleText {
            id: r.id(),
            codes: text.map_or(&[], |t| &t.codes),
            phrases: text.map_or(&[], |t| &t.phrases),
            patterns: text.map_or(&[], |t| &t.patterns),
        }
    })
}

/// Parses `--fact KEY=VALUE` into a facts record (numbers become numbers).
pub fn parse_fact(arg: &str) -> Result<(String, Value), String> {
    let Some((key, value)) = arg.split_once('=') else {
        return Err("there is no `=` between the key and the value".into());
    };
    let key = key.trim();
    if key.is_empty()
        || !key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
    {
        return Err(format!(
            "the key `{key}` must be letters, digits, `_`, `-` or `.`"
        ));
    }
    let value = value.trim();
    if value.is_empty() {
        return Err(format!("the fact `{key}` has no value"));
    }
    let v = match value.parse::<i64>() {
        Ok(i) => Value::from(i),
        Err(_) => match value.parse::<f64>() {
            Ok(f) if f.is_finite() => Value::from(f),
            _ => Value::String(value.to_string()),
        },
    };
    Ok((key.to_string(), v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Sources;

    /// What build.rs derived from the built-in rules is what deriving them here gives.
    #[test]
    fn the_embedded_tables_are_those_of_the_built_in_rules() {
        let k = Knowledge::load(&Sources::default()).unwrap();
        assert!(k.builtin_only);
        let derived = Tables::build(rule_texts(&k), anchors::pattern_anchors);
        assert_eq!(builtin::TABLES, derived);
        assert!(derived.terms.len() > 100 && !derived.patterns.is_empty());
    }
}
