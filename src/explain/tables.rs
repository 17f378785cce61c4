//! What the matcher derives from the rules' texts: every code and phrase normalized into words
//! and indexed, numeric codes by their value, identifier codes squashed, patterns with their
//! anchors, the "did you mean" vocabulary. Each index is a list sorted by key, looked up by
//! binary search.
//!
//! build.rs compiles this file too: it derives the tables of the built-in rules at build time and
//! embeds them as statics (`Cow::Borrowed` all the way down), so that `explain` starts without
//! deriving anything. Knowledge with rules from `--rules` directories derives its own at run time
//! with the same function.

use std::borrow::{Borrow, Cow};
use std::collections::{BTreeMap, BTreeSet};

use super::normalize::{all_words, code_value, content_words, nfkc};

pub type Str = Cow<'static, str>;
pub type List<T> = Cow<'static, [T]>;

/// A code or phrase of a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub rule: usize,
    /// Content words (what is matched).
    pub words: List<Str>,
    /// How many words the term has, function words included (what it covers of a query).
    pub full_len: usize,
}

/// A pattern of a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternText {
    pub rule: usize,
    /// As the rule writes it.
    pub pattern: Str,
    /// At least one of these occurs in the lowercased text of any match (`None`: always try).
    pub anchors: Option<List<Str>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tables {
    pub terms: List<Term>,
    /// First content word → terms starting with it.
    pub by_first: List<(Str, List<usize>)>,
    /// Word → terms containing it (for partial matches of short queries).
    pub by_word: List<(Str, List<usize>)>,
    /// Numeric code (canonical value) → rules.
    pub numeric: List<(u32, List<usize>)>,
    /// Identifier codes squashed to letters and digits (`devicecapreached`), for codes typed
    /// without their humps → rules.
    pub squashed: List<(Str, List<usize>)>,
    pub patterns: List<PatternText>,
    /// Suggestions for near misses: (comparison key, what to show), sorted.
    pub vocabulary: List<(Str, Str)>,
}

/// What the tables are derived from: one rule's id and texts.
pub struct RuleText<'a> {
    pub id: &'a str,
    pub codes: &'a [String],
    pub phrases: &'a [String],
    pub patterns: &'a [String],
}

/// The values of `key` in a list sorted by key.
pub fn lookup<'a, K, Q>(list: &'a [(K, List<usize>)], key: &Q) -> &'a [usize]
where
    K: Borrow<Q>,
    Q: Ord + ?Sized,
{
    match list.binary_search_by(|(k, _)| k.borrow().cmp(key)) {
        Ok(i) => &list[i].1,
        Err(_) => &[],
    }
}

/// Lowercase letters and digits only: the key for "did you mean".
pub fn squash(s: &str) -> String {
    nfkc(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

fn index<K: Clone>(map: BTreeMap<K, Vec<usize>>) -> List<(K, List<usize>)> {
    map.into_iter().map(|(k, v)| (k, Cow::Owned(v))).collect()
}

impl Tables {
    /// Derives the tables of `rules` (rule `i` is the `i`th); `anchors` gives a pattern's
    /// anchors (`anchors::pattern_anchors`, or what build.rs computed with it).
    pub fn build<'a>(
        rules: impl IntoIterator<Item = RuleText<'a>>,
        anchors: impl Fn(&str) -> Option<Vec<String>>,
    ) -> Tables {
        let mut terms = Vec::new();
        let mut numeric: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
        let mut squashed: BTreeMap<Str, Vec<usize>> = BTreeMap::new();
        let mut patterns = Vec::new();
        let mut vocabulary = BTreeSet::new();
        for (r, rule) in rules.into_iter().enumerate() {
            vocabulary.insert((squash(rule.id), rule.id.to_string()));
            for (code, list) in [(true, rule.codes), (false, rule.phrases)] {
                for t in list {
                    if code {
                        vocabulary.insert((squash(t), t.clone()));
                        if let Some(v) = code_value(t) {
                            numeric.entry(v).or_default().push(r);
                            continue;
                        }
                        squashed.entry(squash(t).into()).or_default().push(r);
                    }
                    let all = all_words(t);
                    let full_len = all.len();
                    let words = content_words(all);
                    if !words.is_empty() {
                        terms.push(Term {
                            rule: r,
                            words: words.into_iter().map(Cow::Owned).collect(),
                            full_len,
                        });
                    }
                }
            }
            for p in rule.patterns {
                patterns.push(PatternText {
                    rule: r,
                    pattern: Cow::Owned(p.clone()),
                    anchors: anchors(p).map(|a| a.into_iter().map(Cow::Owned).collect()),
                });
            }
        }
        let mut by_first: BTreeMap<Str, Vec<usize>> = BTreeMap::new();
        let mut by_word: BTreeMap<Str, Vec<usize>> = BTreeMap::new();
        for (i, t) in terms.iter().enumerate() {
            by_first.entry(t.words[0].clone()).or_default().push(i);
            let unique: BTreeSet<&Str> = t.words.iter().collect();
            for w in unique {
                by_word.entry(w.clone()).or_default().push(i);
            }
        }
        Tables {
            terms: terms.into(),
            by_first: index(by_first),
            by_word: index(by_word),
            numeric: index(numeric),
            squashed: index(squashed),
            patterns: patterns.into(),
            vocabulary: vocabulary
                .into_iter()
                .map(|(k, v)| (Cow::Owned(k), Cow::Owned(v)))
                .collect(),
        }
    }
}
