//! The rule file format: one YAML document per rule, `rules/<area>/<id>.yaml`.
//!
//! These types are the single source of truth for the format: serde reads them (unknown fields
//! are rejected), and `schemas/rule.schema.json` is generated from them (`mdmdoc rules schema`).
//!
//! `build.rs` compiles these files too, to parse and check the built-in rules at build time and
//! embed them as JSON: `Serialize` is derived only there (`mdmdoc_crate` is the cfg build.rs sets
//! for the crate), so that the crate's schema keeps no `default` values.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::condition::Condition;
use super::value::{ArgSpec, FieldPath};

/// How bad a finding is. Declared most severe first, so `Ord` sorts most severe first.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    Serialize,
    JsonSchema,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Critical,
    High,
    Medium,
    Low,
    Info,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL
            .into_iter()
            .find(|sev| sev.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// True when `self` is as severe as `threshold` or more.
    pub fn at_least(self, threshold: Severity) -> bool {
        self <= threshold
    }
}

/// The part of the Intune/Apple estate a rule is about (used for grouping in reports).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Area {
    Ade,
    Apns,
    Enrollment,
    Vpp,
}

impl Area {
    pub fn as_str(self) -> &'static str {
        match self {
            Area::Ade => "ade",
            Area::Apns => "apns",
            Area::Enrollment => "enrollment",
            Area::Vpp => "vpp",
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Ios,
    Ipados,
    Macos,
    Tvos,
    Visionos,
}

/// One rule, as written in `rules/<area>/<id>.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RuleFile {
    /// Stable identifier, kebab-case. Never changes once published.
    pub id: String,
    pub severity: Severity,
    pub area: Area,
    pub platforms: Vec<Platform>,
    /// Fluent message id holding title, cause, steps, warning and detail. Defaults to the rule id.
    #[serde(default)]
    pub message: Option<String>,
    /// True when the rule's advice includes an action that cannot be undone: the message must
    /// then carry a `.warning` attribute in every locale.
    #[serde(default)]
    pub warning: bool,
    /// What `explain` and `scan` recognize in pasted text.
    #[serde(default)]
    pub text: Option<TextMatch>,
    /// What `diagnose` looks for in a tenant snapshot.
    #[serde(default)]
    pub state: Option<StateMatch>,
    /// Rules whose findings on the same subject (or tenant-wide) this rule explains as root cause.
    #[serde(default)]
    pub explains: Vec<String>,
    /// Locale-neutral documentation links.
    pub docs: Vec<DocLink>,
    /// The rule's own positive and negative examples (`mdmdoc rules test`).
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// Text matchers. All are compared after normalization (see the README): case, punctuation,
/// spacing, CamelCase and Unicode width do not matter; numeric codes match in any of their
/// hexadecimal, unsigned or signed decimal forms.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TextMatch {
    /// Error codes: identifiers (`DeviceCapReached`, `ACCESS_DENIED`) or numbers (`0x87D155F4`).
    #[serde(default)]
    pub codes: Vec<String>,
    /// Messages as a person sees them. Also found inside longer text (log lines).
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Regular expressions (Rust `regex` syntax), matched case-insensitively against the pasted
    /// text after Unicode NFKC normalization.
    #[serde(default)]
    pub patterns: Vec<String>,
    /// A condition over `--fact KEY=VALUE` facts. When set, the rule matches only when it holds,
    /// and then ranks above rules with the same text and no fact condition.
    #[serde(default)]
    pub facts: Option<Condition>,
    /// Fluent arguments taken from facts, for the message's `.detail`.
    #[serde(default)]
    pub args: BTreeMap<String, ArgSpec>,
}

/// What a rule evaluates over a snapshot.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct StateMatch {
    /// One evaluation per record of this collection, or once for the tenant (`tenant`), whose
    /// fields are the tenant facts of `rules/tenant.yaml`.
    #[serde(default)]
    pub for_each: Option<String>,
    /// One evaluation per group of records; the group's fields are `key` and `count`.
    #[serde(default)]
    pub for_each_group: Option<GroupBy>,
    /// The condition that raises a finding.
    pub when: Condition,
    /// Severity overrides: the first whose condition holds replaces the rule's severity.
    #[serde(default)]
    pub severity_when: Vec<SeverityWhen>,
    /// How the finding names what it is about.
    pub subject: SubjectSpec,
    /// Fluent arguments for the message's `.detail`.
    #[serde(default)]
    pub args: BTreeMap<String, ArgSpec>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GroupBy {
    /// The collection whose records are grouped.
    pub of: String,
    /// The field whose value is the group key (records without it are not counted).
    pub by: FieldPath,
    /// Only records for which this holds are counted.
    #[serde(default)]
    pub r#where: Option<Condition>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SeverityWhen {
    pub when: Condition,
    pub severity: Severity,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SubjectSpec {
    /// The kind of thing, e.g. `depOnboardingSetting`, `user`, `tenant`.
    pub kind: String,
    /// Field holding the subject's stable id.
    #[serde(default)]
    pub id: Option<FieldPath>,
    /// Field holding a human-readable name.
    #[serde(default)]
    pub name: Option<FieldPath>,
    /// Field holding the user principal name the finding concerns (for `--user`).
    #[serde(default)]
    pub user: Option<FieldPath>,
    /// Field holding the serial number of the device the finding concerns (for `--device`).
    #[serde(default)]
    pub device: Option<FieldPath>,
}

/// A documentation link. `learn` is a path on learn.microsoft.com without the locale segment;
/// the link is built for the reader's locale. `url` is used as it is.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct DocLink {
    #[serde(default)]
    pub learn: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// Fluent message id of the link's title (in `docs.ftl`).
    pub title: String,
}

/// An example the rule must get right.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Example {
    /// Pasted text, for `explain` examples.
    #[serde(default)]
    pub text: Option<String>,
    /// Facts given with the text.
    #[serde(default)]
    pub facts: BTreeMap<String, serde_json::Value>,
    /// A snapshot (single-document form), for `diagnose` examples.
    #[serde(default)]
    pub state: Option<serde_json::Value>,
    /// The moment "now" means for a state example (RFC 3339).
    #[serde(default)]
    pub now: Option<String>,
    pub expect: Expect,
    /// For `finding`: the severity the finding must have.
    #[serde(default)]
    pub severity: Option<Severity>,
    /// For `finding`: how many findings of this rule there must be.
    #[serde(default)]
    pub count: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum Expect {
    /// `explain` lists this rule among its matches.
    Match,
    /// `explain` lists this rule first.
    First,
    /// `explain` does not list this rule.
    NoMatch,
    /// `diagnose` raises this rule.
    Finding,
    /// `diagnose` does not raise this rule.
    None,
}

/// `rules/tenant.yaml`: named facts about the whole tenant, computed from collections.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TenantFile {
    pub facts: BTreeMap<String, TenantFactSpec>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TenantFactSpec {
    /// The collection the fact is computed from; while it is absent from a snapshot the fact is
    /// unknown and rules that use it stay silent.
    pub from: String,
    /// Only records for which this holds are considered.
    #[serde(default)]
    pub r#where: Option<Condition>,
    /// `count`: how many records; otherwise the value of this field in the first record.
    pub value: TenantValue,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub enum TenantValue {
    Count,
    Field(FieldPath),
}
