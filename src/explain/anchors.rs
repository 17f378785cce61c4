//! Required literals ("anchors"): for each text matcher, a few lowercase strings of which at
//! least one must occur in any text the matcher can match.
//!
//! They make two things cheap without changing a single result: `explain` compiles and runs a
//! pattern's regex only when one of its anchors is in the query, and `scan` finds candidate lines
//! in a whole log with one case-insensitive Aho-Corasick pass, then checks only those lines with
//! the full matcher.
//!
//! Soundness: patterns run case-insensitively on NFKC text, and terms are matched as lowercase
//! words of NFKC text. So an anchor (ASCII, lowercase) must occur in the lowercased NFKC text of
//! any line that matches. Only ASCII literals are used as anchors, since ASCII-insensitive
//! comparison is then exactly what case folding does to NFKC text.

use regex_syntax::hir::{Hir, HirKind};

/// Words that fill log files: a term anchored on one of them would make most lines candidates,
/// so `scan` anchors such a term on another of its words when it has one.
pub const COMMON_LOG_WORDS: &[&str] = &[
    "error",
    "failed",
    "failure",
    "sync",
    "invalid",
    "profile",
    "service",
    "http",
    "start",
    "check",
    "access",
    "apple",
    "device",
    "devices",
    "support",
    "available",
    "enrollment",
    "management",
    "request",
    "response",
    "server",
    "status",
    "info",
    "warning",
    "debug",
];

/// The shortest anchor worth using: anything shorter finds too many candidate lines.
pub const MIN_ANCHOR: usize = 3;

/// At least one of these (lowercase ASCII) occurs in every match of `pattern`, or `None` when
/// the pattern has no usable required literal.
pub fn pattern_anchors(pattern: &str) -> Option<Vec<String>> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .ok()?;
    let set = required(&hir)?;
    let mut out: Vec<String> = set
        .into_iter()
        .map(|b| String::from_utf8(b).ok().map(|s| s.to_ascii_lowercase()))
        .collect::<Option<Vec<String>>>()?;
    if out.iter().any(|s| s.len() < MIN_ANCHOR || !s.is_ascii()) {
        return None;
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// A set of literals one of which every match contains (`None`: unknown / nothing required).
fn required(h: &Hir) -> Option<Vec<Vec<u8>>> {
    match h.kind() {
        HirKind::Literal(lit) => Some(vec![lit.0.to_vec()]),
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub),
        HirKind::Alternation(items) => {
            let mut out = Vec::new();
            for item in items {
                out.extend(required(item)?);
            }
            Some(out)
        }
        HirKind::Concat(items) => {
            let mut best: Option<Vec<Vec<u8>>> = None;
            let mut consider = |cand: Vec<Vec<u8>>| {
                if score(&cand) > best.as_ref().map_or(0, |b| score(b)) {
                    best = Some(cand);
                }
            };
            let mut run: Vec<u8> = Vec::new();
            for item in items {
                if let HirKind::Literal(lit) = item.kind() {
                    run.extend_from_slice(&lit.0);
                    continue;
                }
                if !run.is_empty() {
                    consider(vec![std::mem::take(&mut run)]);
                }
                if let Some(set) = required(item) {
                    consider(set);
                }
            }
            if !run.is_empty() {
                consider(vec![run]);
            }
            best
        }
        _ => None,
    }
}

/// How selective a set is: the length of its shortest member (longer is rarer).
fn score(set: &[Vec<u8>]) -> usize {
    set.iter().map(Vec::len).min().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_inside_patterns() {
        assert_eq!(
            pattern_anchors(r"\b(no|never|not)\b[^.\n]{0,40}\bremote management\b"),
            Some(vec!["remote management".to_string()])
        );
        assert_eq!(
            pattern_anchors(r"\b401\b[^\n]{0,120}mdmenrollment\.apple\.com"),
            Some(vec!["mdmenrollment.apple.com".to_string()])
        );
        assert_eq!(
            pattern_anchors(r"\b(mfa|multi.?factor)\b[^.\n]{0,60}\b(setup assistant|ade|dep)\b"),
            Some(vec!["factor".to_string(), "mfa".to_string()])
        );
        assert_eq!(
            pattern_anchors(r"\d+ days"),
            Some(vec![" days".to_string()])
        );
        assert_eq!(pattern_anchors(r"(a|bc)x?"), None);
        assert_eq!(pattern_anchors(r"[a-z]+"), None);
    }
}
