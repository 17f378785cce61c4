//! Suppressions: known findings an admin has decided to live with for a while.
//!
//! A suppression file is YAML, a list of entries (or `suppressions:` holding that list):
//!
//! ```yaml
//! - rule: ade-token-expiring
//!   subject: Contoso ABM          # optional: a subject id or name; absent = every subject
//!   reason: Renewal booked with Apple Business Manager owner on 3 December
//!   expires: 2026-12-31           # optional; from that day on, the entry stops suppressing
//!   owner: jane@contoso.com       # optional
//! ```
//!
//! A suppressed finding leaves the findings list and is reported in its own section with its
//! reason and owner. An expired entry suppresses nothing and is reported, so that nobody forgets
//! it. An entry without a reason, or naming a rule that does not exist, is refused.

use std::path::Path;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use crate::engine::{Diagnosis, Finding};
use crate::error::Error;
use crate::knowledge::value::parse_timestamp;
use crate::knowledge::{Knowledge, parse_yaml};

/// The file as a mapping: `suppressions: [...]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wrapped {
    suppressions: Vec<RawEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    rule: Spanned<String>,
    #[serde(default)]
    subject: Option<String>,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    expires: Option<Spanned<String>>,
    #[serde(default)]
    owner: Option<String>,
}

/// One suppression, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suppression {
    pub rule: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    pub reason: String,
    /// The day it stops suppressing (`YYYY-MM-DD`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Where it was written: `file:line`.
    #[serde(skip)]
    pub origin: String,
    #[serde(skip)]
    expires_at: Option<Timestamp>,
}

impl Suppression {
    fn covers(&self, k: &Knowledge, f: &Finding) -> bool {
        k.rules[f.rule].id() == self.rule
            && self.subject.as_deref().is_none_or(|s| {
                f.subject.id.eq_ignore_ascii_case(s)
                    || f.subject
                        .name
                        .as_deref()
                        .is_some_and(|n| n.eq_ignore_ascii_case(s))
            })
    }

    fn expired(&self, now: Timestamp) -> bool {
        self.expires_at.is_some_and(|t| t <= now)
    }
}

/// A finding set aside, with the entry that did it.
#[derive(Debug, Clone)]
pub struct Suppressed {
    pub finding: Finding,
    pub by: Suppression,
}

/// What applying suppressions did to a diagnosis.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    pub suppressed: Vec<Suppressed>,
    /// Entries past their expiry date: they suppressed nothing.
    pub expired: Vec<Suppression>,
}

/// Reads and checks a suppression file.
pub fn load(path: &Path, k: &Knowledge) -> Result<Vec<Suppression>, Error> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    // Two shapes, told apart by their first content line (an untagged enum would lose the
    // line numbers we give in errors).
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#') && *l != "---")
        .unwrap_or_default();
    let entries = if first.starts_with('-') || first.starts_with('[') {
        parse_yaml::<Vec<RawEntry>>(&name, &text)?
    } else {
        parse_yaml::<Wrapped>(&name, &text)?.suppressions
    };
    let mut out = Vec::with_capacity(entries.len());
    for (i, e) in entries.into_iter().enumerate() {
        let line = e.rule.referenced.line() as usize;
        let origin = format!("{name}:{line}");
        let rule = e.rule.value.trim().to_string();
        let refuse = |problem: &str| Error::Suppression {
            file: name.clone(),
            line,
            entry: i + 1,
            rule: rule.clone(),
            problem: problem.to_string(),
        };
        let reason = e
            .reason
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty())
            .ok_or_else(|| refuse("no-reason"))?;
        if k.rule(&rule).is_none() {
            return Err(refuse("unknown-rule"));
        }
        let (expires, expires_at) = match e.expires {
            None => (None, None),
            Some(s) => {
                let v = s.value.trim().to_string();
                let at = parse_expiry(&v).ok_or_else(|| refuse("bad-expiry"))?;
                (Some(v), Some(at))
            }
        };
        out.push(Suppression {
            rule,
            subject: e
                .subject
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            reason,
            expires,
            owner: e.owner.filter(|o| !o.trim().is_empty()),
            origin,
            expires_at,
        });
    }
    Ok(out)
}

/// `2026-12-31` means until the end of that day (UTC); a full RFC 3339 time is taken as is.
fn parse_expiry(v: &str) -> Option<Timestamp> {
    if let Ok(d) = v.parse::<jiff::civil::Date>() {
        return d
            .tomorrow()
            .ok()?
            .to_zoned(jiff::tz::TimeZone::UTC)
            .ok()
            .map(|z| z.timestamp());
    }
    parse_timestamp(v)
}

/// Moves suppressed findings out of the diagnosis; reports expired entries.
pub fn apply(d: &mut Diagnosis, k: &Knowledge, entries: &[Suppression]) -> Applied {
    let mut applied = Applied::default();
    let (live, expired): (Vec<&Suppression>, Vec<&Suppression>) =
        entries.iter().partition(|e| !e.expired(d.now));
    applied.expired = expired.into_iter().cloned().collect();
    let mut kept = Vec::with_capacity(d.findings.len());
    for f in std::mem::take(&mut d.findings) {
        match live.iter().find(|e| e.covers(k, &f)) {
            Some(e) => applied.suppressed.push(Suppressed {
                finding: f,
                by: (*e).clone(),
            }),
            None => kept.push(f),
        }
    }
    d.findings = kept;
    applied
}
