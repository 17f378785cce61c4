//! Run diff: what changed between two diagnoses.
//!
//! Findings are keyed by a fingerprint of rule id and subject id, never by position or wording,
//! so two runs in different languages, or with reworded messages, still compare. The findings
//! are kept as the JSON objects the runs printed (SPEC §2): `new` and `unchanged` come from the
//! later run, `resolved` from the earlier one.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::error::Error;
use crate::knowledge::rule::Severity;

/// A finding's identity across runs.
pub fn fingerprint(rule: &str, subject_id: &str) -> String {
    format!("{rule}\u{1f}{subject_id}")
}

/// One run, as `diagnose --format json` printed it.
#[derive(Debug, Clone)]
pub struct Run {
    pub findings: Vec<Value>,
}

/// The changes between two runs.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Changes {
    pub new: Vec<Value>,
    pub resolved: Vec<Value>,
    pub unchanged: Vec<Value>,
}

fn shape(file: &str, path: String, message: &str) -> Error {
    Error::DiagnosisJson {
        file: file.to_string(),
        path,
        message: message.to_string(),
    }
}

impl Run {
    /// Reads a `diagnose --format json` (or `report --format json`) output.
    pub fn load(path: &Path) -> Result<Run, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let name = path.display().to_string();
        let value: Value = serde_json::from_str(&text).map_err(|e| Error::SnapshotJson {
            file: name.clone(),
            line: e.line(),
            column: e.column(),
            path: "$".into(),
            message: e.to_string(),
        })?;
        Run::from_value(&name, value)
    }

    /// Checks the shape: an object whose `findings` holds objects with `rule` and `subject.id`.
    pub fn from_value(name: &str, value: Value) -> Result<Run, Error> {
        let Value::Object(mut top) = value else {
            return Err(shape(name, "$".into(), "not-object"));
        };
        let Some(Value::Array(findings)) = top.remove("findings") else {
            return Err(shape(name, "$.findings".into(), "no-findings"));
        };
        for (i, f) in findings.iter().enumerate() {
            if f.get("rule").and_then(Value::as_str).is_none() {
                return Err(shape(name, format!("$.findings[{i}].rule"), "no-rule"));
            }
            if f.pointer("/subject/id").and_then(Value::as_str).is_none() {
                return Err(shape(
                    name,
                    format!("$.findings[{i}].subject.id"),
                    "no-subject",
                ));
            }
        }
        Ok(Run { findings })
    }
}

fn key(f: &Value) -> String {
    fingerprint(
        f.get("rule").and_then(Value::as_str).unwrap_or_default(),
        f.pointer("/subject/id")
            .and_then(Value::as_str)
            .unwrap_or_default(),
    )
}

/// Compares two runs. A fingerprint seen twice in one run pairs up in order.
pub fn compare(old: &[Value], new: &[Value]) -> Changes {
    let mut remaining: HashMap<String, usize> = HashMap::new();
    for f in old {
        *remaining.entry(key(f)).or_default() += 1;
    }
    let mut changes = Changes::default();
    let mut matched: HashMap<String, usize> = HashMap::new();
    for f in new {
        let k = key(f);
        match remaining.get_mut(&k) {
            Some(n) if *n > 0 => {
                *n -= 1;
                *matched.entry(k).or_default() += 1;
                changes.unchanged.push(f.clone());
            }
            _ => changes.new.push(f.clone()),
        }
    }
    for f in old {
        let k = key(f);
        match matched.get_mut(&k) {
            Some(n) if *n > 0 => *n -= 1,
            _ => changes.resolved.push(f.clone()),
        }
    }
    changes
}

/// The severity a finding object carries (unknown values count as info).
pub fn severity_of(f: &Value) -> Severity {
    f.get("severity")
        .and_then(Value::as_str)
        .and_then(Severity::parse)
        .unwrap_or(Severity::Info)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn f(rule: &str, id: &str) -> Value {
        json!({"rule": rule, "severity": "high", "subject": {"kind": "k", "id": id}, "title": "t"})
    }

    #[test]
    fn keyed_by_rule_and_subject_not_position() {
        let old = vec![f("a", "1"), f("b", "1"), f("a", "2")];
        let new = vec![f("a", "2"), f("c", "1"), f("a", "1")];
        let c = compare(&old, &new);
        assert_eq!(c.new, vec![f("c", "1")]);
        assert_eq!(c.resolved, vec![f("b", "1")]);
        assert_eq!(c.unchanged, vec![f("a", "2"), f("a", "1")]);
    }

    #[test]
    fn duplicates_pair_up() {
        let c = compare(&[f("a", "1")], &[f("a", "1"), f("a", "1")]);
        assert_eq!(
            (c.new.len(), c.unchanged.len(), c.resolved.len()),
            (1, 1, 0)
        );
    }
}
