//! Reports people hand over: one diagnosis, in the reader's language, as JSON, Markdown, CSV or a
//! self-contained HTML page.
//!
//! A [`Report`] gathers what every format shows — findings (grouped by rule for reading),
//! root causes, suppressed findings, expired suppressions, changes since a baseline, and where
//! the data came from — and each format module only lays it out. `diagnose --format json` and
//! `--format markdown` are the same report without its metadata.

mod csv;
mod html;
mod markdown;

use std::collections::BTreeMap;
use std::path::Path;

use fluent_bundle::FluentValue;
use jiff::Timestamp;
use serde::Serialize;
use serde_json::Value;

use crate::diff::Changes;
use crate::engine::{Diagnosis, Finding};
use crate::i18n::Localizer;
use crate::knowledge::Knowledge;
use crate::knowledge::rule::Severity;
use crate::render::{self, DiagnoseJson, FindingJson, RuleText};
use crate::snapshot::Input;
use crate::suppress::{Applied, Suppression};

pub use csv::Csv;

/// Where a report's data came from.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Meta {
    /// The snapshot as given on the command line (a path, or `-`).
    pub snapshot: String,
    /// When the snapshot was taken: the collect manifest's time, else the file's modification time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    pub generator: String,
    #[serde(skip)]
    pub snapshot_at: Option<Timestamp>,
}

impl Meta {
    /// `snapshot`: how the data was given (a path, `-`, an uploaded file's name); `snapshot_at`:
    /// when it was taken, if known (see [`snapshot_time`]).
    pub fn new(snapshot: String, snapshot_at: Option<Timestamp>, d: &Diagnosis) -> Meta {
        Meta {
            snapshot,
            snapshot_time: snapshot_at.map(|t| t.to_string()),
            tenant: d.tenant_name().map(str::to_string),
            tenant_id: d
                .tenant
                .get("tenant-id")
                .and_then(Value::as_str)
                .map(str::to_string),
            generator: format!("mdmdoc {}", env!("CARGO_PKG_VERSION")),
            snapshot_at,
        }
    }
}

/// The collect manifest's `collectedAt`, or the file's (directory's) modification time.
pub fn snapshot_time(input: &Input) -> Option<Timestamp> {
    let Input::Path(path) = input else {
        return None;
    };
    if path.is_dir()
        && let Ok(text) = std::fs::read_to_string(path.join("manifest.json"))
        && let Ok(v) = serde_json::from_str::<Value>(&text)
        && let Some(t) = v
            .get("collectedAt")
            .and_then(Value::as_str)
            .and_then(crate::knowledge::value::parse_timestamp)
    {
        return Some(t);
    }
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    Timestamp::try_from(modified).ok()
}

/// Everything a report shows, language applied.
pub struct Report<'a> {
    pub loc: &'a Localizer,
    pub knowledge: &'a Knowledge,
    pub diagnosis: &'a Diagnosis,
    pub applied: &'a Applied,
    pub changes: Option<&'a Changes>,
    pub meta: Option<&'a Meta>,
}

/// A suppressed finding in JSON: the finding, and the entry that set it aside.
#[derive(Serialize)]
pub struct SuppressedJson {
    #[serde(flatten)]
    pub finding: FindingJson,
    pub suppression: Suppression,
}

/// Findings of one rule, for reading: the rule's text once, then every subject.
pub struct RuleGroup<'f> {
    pub rule: usize,
    pub severity: Severity,
    pub text: RuleText,
    pub findings: Vec<(&'f Finding, Option<String>)>,
}

impl<'a> Report<'a> {
    /// The diagnose object of SPEC §2, plus what this report adds.
    pub fn json(&self) -> DiagnoseJson<'a> {
        let mut j = render::diagnose_json(self.loc, self.knowledge, self.diagnosis);
        j.suppressed = self
            .applied
            .suppressed
            .iter()
            .map(|s| SuppressedJson {
                finding: render::finding_json(self.loc, self.knowledge, &s.finding),
                suppression: s.by.clone(),
            })
            .collect();
        j.expired_suppressions = self.applied.expired.clone();
        j.changes = self.changes.cloned();
        j.report = self.meta.cloned();
        j
    }

    /// The current findings as JSON values, for comparing with a baseline.
    pub fn finding_values(loc: &Localizer, k: &Knowledge, d: &Diagnosis) -> Vec<Value> {
        d.findings
            .iter()
            .map(|f| serde_json::to_value(render::finding_json(loc, k, f)).expect("serializable"))
            .collect()
    }

    pub fn markdown(&self) -> String {
        markdown::render(self)
    }

    pub fn html(&self) -> String {
        html::render(self)
    }

    pub fn csv(&self, excel: bool) -> String {
        csv::render(self, excel)
    }

    fn ui(&self, id: &str) -> String {
        self.loc.ui(id, &[])
    }

    fn ui_n(&self, id: &str, pairs: &[(&str, FluentValue)]) -> String {
        self.loc.ui(id, pairs)
    }

    /// Findings grouped by rule, in the diagnosis order (most severe first).
    pub fn groups(&self) -> Vec<RuleGroup<'a>> {
        let k = self.knowledge;
        let mut groups: Vec<RuleGroup> = Vec::new();
        let mut index: BTreeMap<usize, usize> = BTreeMap::new();
        for f in &self.diagnosis.findings {
            let detail = render::rule_text(self.loc, &k.rules[f.rule], Some(&f.args)).detail;
            match index.get(&f.rule) {
                Some(&i) => groups[i].findings.push((f, detail)),
                None => {
                    index.insert(f.rule, groups.len());
                    groups.push(RuleGroup {
                        rule: f.rule,
                        severity: f.severity,
                        text: render::rule_text(self.loc, &k.rules[f.rule], None),
                        findings: vec![(f, detail)],
                    });
                }
            }
        }
        groups
    }

    /// What to fix first: the root causes (findings that explain others, with how many), or,
    /// when nothing explains anything, the findings of the highest severity present (at most 5).
    pub fn fix_first(&self) -> Vec<(&'a Finding, Option<usize>)> {
        let roots = self.root_causes();
        if !roots.is_empty() {
            return roots.into_iter().map(|(f, n)| (f, Some(n))).collect();
        }
        let findings = &self.diagnosis.findings;
        let Some(top) = findings.first().map(|f| f.severity) else {
            return Vec::new();
        };
        findings
            .iter()
            .filter(|f| f.severity == top && top.at_least(Severity::Medium))
            .take(5)
            .map(|f| (f, None))
            .collect()
    }

    /// Findings that explain others, with how many.
    pub fn root_causes(&self) -> Vec<(&'a Finding, usize)> {
        let k = self.knowledge;
        let d = self.diagnosis;
        d.findings
            .iter()
            .filter_map(|f| {
                let n = d
                    .findings
                    .iter()
                    .filter(|g| {
                        g.explained_by.as_ref().is_some_and(|r| {
                            r.rule == k.rules[f.rule].id() && r.subject == f.subject.id
                        })
                    })
                    .count();
                (n > 0).then_some((f, n))
            })
            .collect()
    }

    /// Counts by area, in a fixed order, areas with findings only.
    pub fn by_area(&self) -> Vec<(&'static str, usize)> {
        let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
        for f in &self.diagnosis.findings {
            *counts
                .entry(self.knowledge.rules[f.rule].spec.area.as_str())
                .or_default() += 1;
        }
        ["ade", "apns", "enrollment", "vpp"]
            .into_iter()
            .filter_map(|a| counts.get(a).map(|n| (a, *n)))
            .collect()
    }

    pub fn title(&self) -> String {
        self.ui("report-title")
    }

    /// "Tenant:", "Snapshot:", … label/value pairs for the header, labels ready to print.
    pub fn meta_lines(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if let Some(m) = self.meta {
            if let Some(t) = &m.tenant {
                out.push((self.loc.label("report-meta-tenant"), t.clone()));
            }
            out.push((self.loc.label("report-meta-snapshot"), m.snapshot.clone()));
            if let Some(t) = m.snapshot_at {
                out.push((
                    self.loc.label("report-meta-snapshot-time"),
                    self.datetime(t),
                ));
            }
        }
        out.push((
            self.loc.label("report-meta-as-of"),
            self.datetime(self.diagnosis.now),
        ));
        out
    }

    pub fn generator(&self) -> String {
        self.ui_n(
            "report-generator",
            &[("version", FluentValue::from(env!("CARGO_PKG_VERSION")))],
        )
    }

    pub fn datetime(&self, t: Timestamp) -> String {
        let z = t.to_zoned(jiff::tz::TimeZone::UTC);
        let f = |pattern: &str| FluentValue::from(z.strftime(pattern).to_string());
        self.ui_n(
            "datetime",
            &[
                ("date", FluentValue::from(self.loc.date(t))),
                ("time", f("%H:%M")),
                ("hour", f("%H")),
                ("minute", f("%M")),
            ],
        )
    }

    pub fn severity(&self, s: Severity) -> String {
        render::severity_name(self.loc, s)
    }

    pub fn area(&self, a: &str) -> String {
        self.ui(&format!("area-{a}"))
    }

    /// A stored finding's title in the report's language.
    pub fn title_of(&self, f: &Value) -> String {
        render::stored_title(self.loc, self.knowledge, f)
    }

    pub fn explained_by(&self, f: &Finding) -> Option<String> {
        f.explained_by.as_ref().map(|root| {
            self.ui_n(
                "explained-by",
                &[("rule", FluentValue::from(root.rule.as_str()))],
            )
        })
    }
}

/// The format a report file's name asks for.
pub fn format_from_extension(path: &Path) -> Option<crate::render::Format> {
    use crate::render::Format;
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "html" | "htm" => Some(Format::Html),
        "md" | "markdown" => Some(Format::Markdown),
        "csv" => Some(Format::Csv),
        "json" => Some(Format::Json),
        _ => None,
    }
}
