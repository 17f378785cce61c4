//! `explain`: what rule does this pasted text (a code, a message, a log excerpt) belong to?
//!
//! Every rule's codes and phrases are normalized once into word sequences and compiled into a
//! single Aho-Corasick automaton (matched on word boundaries), numeric codes into a map from
//! their canonical value, and patterns into one `RegexSet`. A query is normalized the same way
//! and run through all three in one pass each.
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

pub mod normalize;

use std::collections::{BTreeMap, HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};
use regex::RegexSet;
use serde_json::{Map, Value};

use crate::knowledge::Knowledge;
use crate::knowledge::condition::Scope;
use normalize::{all_words, code_value, codes, nfkc, words};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TermKind {
    Code,
    Phrase,
}

#[derive(Debug)]
struct Term {
    rule: usize,
    /// Content words (what is matched).
    words: Vec<String>,
    /// How many words the term has, function words included (what it covers of a query).
    full_len: usize,
}

/// All text matchers of the knowledge base, compiled.
#[derive(Debug)]
pub struct Matcher {
    automaton: AhoCorasick,
    terms: Vec<Term>,
    numeric: HashMap<u32, Vec<usize>>,
    /// Identifier codes squashed to letters and digits (`devicecapreached`), for codes typed
    /// without their humps.
    squashed: HashMap<String, Vec<usize>>,
    patterns: RegexSet,
    pattern_res: Vec<regex::Regex>,
    pattern_rules: Vec<usize>,
    /// word → terms containing it (for partial matches of short queries).
    by_word: HashMap<String, Vec<usize>>,
    /// Suggestions for near misses: (comparison key, what to show).
    vocabulary: Vec<(String, String)>,
}

/// One rule that fits the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub rule: usize,
    pub score: f64,
}

impl Matcher {
    pub fn build(k: &Knowledge) -> Matcher {
        let mut terms = Vec::new();
        let mut numeric: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut squashed: HashMap<String, Vec<usize>> = HashMap::new();
        let mut pattern_src = Vec::new();
        let mut pattern_rules = Vec::new();
        let mut vocabulary = Vec::new();
        for (r, rule) in k.rules.iter().enumerate() {
            vocabulary.push((squash(rule.id()), rule.id().to_string()));
            let Some(text) = &rule.spec.text else {
                continue;
            };
            for (kind, list) in [
                (TermKind::Code, &text.codes),
                (TermKind::Phrase, &text.phrases),
            ] {
                for t in list {
                    if kind == TermKind::Code {
                        if let Some(v) = code_value(t) {
                            numeric.entry(v).or_default().push(r);
                            vocabulary.push((squash(t), t.clone()));
                            continue;
                        }
                        vocabulary.push((squash(t), t.clone()));
                        squashed.entry(squash(t)).or_default().push(r);
                    }
                    let w = words(t);
                    if !w.is_empty() {
                        terms.push(Term {
                            rule: r,
                            words: w,
                            full_len: all_words(t).len(),
                        });
                    }
                }
            }
            for p in &text.patterns {
                pattern_src.push(format!("(?i){p}"));
                pattern_rules.push(r);
            }
        }
        let needles: Vec<String> = terms
            .iter()
            .map(|t| format!(" {} ", t.words.join(" ")))
            .collect();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&needles)
            .expect("needles are plain strings");
        let patterns = RegexSet::new(&pattern_src).expect("patterns are checked when rules load");
        let pattern_res = pattern_src
            .iter()
            .map(|p| regex::Regex::new(p).expect("patterns are checked when rules load"))
            .collect();
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, t) in terms.iter().enumerate() {
            let unique: HashSet<&String> = t.words.iter().collect();
            for w in unique {
                by_word.entry(w.clone()).or_default().push(i);
            }
        }
        vocabulary.sort();
        vocabulary.dedup();
        Matcher {
            automaton,
            terms,
            numeric,
            squashed,
            patterns,
            pattern_res,
            pattern_rules,
            by_word,
            vocabulary,
        }
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
        let q = all_words(trimmed).len().max(1) as f64;
        let mut best: BTreeMap<usize, f64> = BTreeMap::new();
        let mut offer = |rule: usize, score: f64| {
            let e = best.entry(rule).or_insert(0.0);
            if score > *e {
                *e = score;
            }
        };
        // Exact phrase and code hits, on word boundaries.
        let haystack = format!(" {} ", query.join(" "));
        for m in self.automaton.find_overlapping_iter(&haystack) {
            let term = &self.terms[m.pattern().as_usize()];
            let coverage = (term.full_len as f64 / q).min(1.0);
            offer(term.rule, 0.70 + 0.30 * coverage);
        }
        // Identifier codes typed in one piece, without case humps ("devicecapreached").
        for w in all_words(trimmed) {
            for &r in self.squashed.get(&w).into_iter().flatten() {
                offer(r, 0.70 + 0.30 * (1.0 / q).min(1.0));
            }
        }
        // Numeric codes in any of their forms.
        for code in codes(trimmed) {
            for &r in self.numeric.get(&code).into_iter().flatten() {
                offer(r, 0.70 + 0.30 * (1.0 / q).min(1.0));
            }
        }
        // Patterns over the NFKC text.
        let normalized = nfkc(trimmed);
        let hits = self.patterns.matches(&normalized);
        if hits.matched_any() {
            for i in hits.iter() {
                // The covered share: words of the matched span over the query's words.
                let span_words = self.pattern_res[i]
                    .find(&normalized)
                    .map(|m| all_words(m.as_str()).len())
                    .unwrap_or(1);
                offer(
                    self.pattern_rules[i],
                    0.70 + 0.30 * (span_words as f64 / q).min(1.0),
                );
            }
        }
        // Short queries that are part of a message.
        if !query.is_empty() && query.len() <= 8 {
            let qset: HashSet<&String> = query.iter().collect();
            let mut candidates: HashSet<usize> = HashSet::new();
            for w in &qset {
                candidates.extend(self.by_word.get(*w).into_iter().flatten());
            }
            for t in candidates {
                let term = &self.terms[t];
                let tset: HashSet<&String> = term.words.iter().collect();
                let inside = qset.iter().all(|w| tset.contains(*w));
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

    /// Rule ids and codes close to what was typed ("did you mean").
    pub fn suggest(&self, text: &str) -> Vec<String> {
        let key = squash(text);
        if key.len() < 4 {
            return Vec::new();
        }
        let mut scored: Vec<(f64, &String)> = self
            .vocabulary
            .iter()
            .map(|(k, shown)| (strsim::normalized_damerau_levenshtein(&key, k), shown))
            .filter(|(s, _)| *s >= 0.8)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        let mut out: Vec<String> = Vec::new();
        for (_, s) in scored {
            if !out.contains(s) {
                out.push(s.clone());
            }
            if out.len() == 3 {
                break;
            }
        }
        out
    }
}

/// Lowercase letters and digits only: the key for "did you mean".
fn squash(s: &str) -> String {
    nfkc(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
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
