//! Language is applied here, last: rules and findings become text in the reader's locale, then
//! a table (terminal), JSON (SPEC §2) or Markdown.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use comfy_table::{ContentArrangement, Table};
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::engine::{Diagnosis, Finding, RootCause, Subject};
use crate::explain::Match;
use crate::i18n::Localizer;
use crate::knowledge::rule::Severity;
use crate::knowledge::value::ArgValue;
use crate::knowledge::{Knowledge, Rule};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Markdown,
    Html,
    Csv,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Csv => "csv",
        }
    }
}

/// The format asked for, when this command can write it; else a usage error naming the ones
/// it can.
pub fn only_formats(
    format: Format,
    command: &str,
    allowed: &[Format],
) -> Result<Format, crate::error::Error> {
    if allowed.contains(&format) {
        return Ok(format);
    }
    Err(crate::error::Error::FormatNotAvailable {
        format: format.as_str().into(),
        command: command.into(),
        available: allowed
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    })
}

/// How the terminal looks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    pub color: bool,
    /// Wrap tables to this width (None: ask the terminal).
    pub width: Option<u16>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Doc {
    pub title: String,
    pub url: String,
}

/// A rule's texts in one language.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RuleText {
    pub title: String,
    pub cause: String,
    pub steps: Vec<String>,
    pub warning: Option<String>,
    pub detail: Option<String>,
    pub docs: Vec<Doc>,
}

/// A message's arguments by name: a finding's compact list, or a map.
pub trait ArgList {
    fn pairs(&self) -> Box<dyn Iterator<Item = (&str, &ArgValue)> + '_>;
}

impl ArgList for BTreeMap<String, ArgValue> {
    fn pairs(&self) -> Box<dyn Iterator<Item = (&str, &ArgValue)> + '_> {
        Box::new(self.iter().map(|(k, v)| (k.as_str(), v)))
    }
}

impl ArgList for crate::engine::Args {
    fn pairs(&self) -> Box<dyn Iterator<Item = (&str, &ArgValue)> + '_> {
        Box::new(self.iter())
    }
}

fn fluent_args<'a>(loc: &Localizer, args: &'a dyn ArgList) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (k, v) in args.pairs() {
        let value = match v {
            ArgValue::Text(s) => FluentValue::from(s.as_str()),
            ArgValue::Number(n) => FluentValue::from(*n),
            ArgValue::Date(t) => FluentValue::from(loc.date(*t)),
        };
        out.set(k, value);
    }
    out
}

/// Renders a rule's message (and, given arguments, its detail sentence).
pub fn rule_text(loc: &Localizer, rule: &Rule, args: Option<&dyn ArgList>) -> RuleText {
    let id = &rule.message;
    let title = loc
        .get(id, None, None)
        .unwrap_or_else(|| rule.id().to_string());
    let cause = loc.get(id, Some("cause"), None).unwrap_or_default();
    let mut steps = Vec::new();
    for n in 1.. {
        match loc.get(id, Some(&format!("step-{n}")), None) {
            Some(s) => steps.push(s),
            None => break,
        }
    }
    let warning = loc.get(id, Some("warning"), None);
    let detail = args.and_then(|a| loc.get(id, Some("detail"), Some(&fluent_args(loc, a))));
    let docs = rule
        .spec
        .docs
        .iter()
        .map(|d| Doc {
            title: loc
                .get(&d.title, None, None)
                .unwrap_or_else(|| d.title.clone()),
            url: match (&d.learn, &d.url) {
                (Some(path), _) => loc.learn_url(path),
                (None, Some(url)) => url.clone(),
                (None, None) => String::new(),
            },
        })
        .collect();
    RuleText {
        title,
        cause,
        steps,
        warning,
        detail,
        docs,
    }
}

// ---------------------------------------------------------------------------------------------
// JSON shapes (SPEC §2). Field order is part of the contract's readability; names are the
// contract.

#[derive(Serialize)]
pub struct ExplainJson<'a> {
    pub query: &'a str,
    pub locale: &'a str,
    pub matches: Vec<MatchJson>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
}

#[derive(Serialize)]
pub struct MatchJson {
    pub rule: String,
    pub score: f64,
    pub severity: Severity,
    #[serde(flatten)]
    pub text: RuleText,
}

#[derive(Serialize)]
pub struct DiagnoseJson<'a> {
    pub locale: &'a str,
    pub now: String,
    pub findings: FindingsJson<'a>,
    pub summary: BTreeMap<&'static str, usize>,
    /// Findings that explain others, with what they explain.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub root_causes: Vec<RootCauseJson>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<crate::engine::SkipNote>,
    /// Findings set aside by `--suppress`, each with its entry.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppressed: Vec<crate::report::SuppressedJson>,
    /// Suppression entries past their date (they suppressed nothing).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub expired_suppressions: Vec<crate::suppress::Suppression>,
    /// Against `--baseline`: what is new, resolved, unchanged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<crate::diff::Changes>,
    /// Report metadata (`report --format json`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<crate::report::Meta>,
}

/// The findings of a diagnosis as a JSON array, each rendered (localized) only when it is
/// written: a tenant can have a hundred thousand findings, and holding all their text at once
/// would make memory grow with the tenant.
pub struct FindingsJson<'a> {
    pub loc: &'a Localizer,
    pub knowledge: &'a Knowledge,
    pub findings: &'a [Finding],
}

impl Serialize for FindingsJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.findings.len()))?;
        for f in self.findings {
            seq.serialize_element(&finding_json(self.loc, self.knowledge, f))?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
pub struct RootCauseJson {
    pub rule: String,
    pub subject: Subject,
    pub title: String,
    pub explains: Vec<RootCause>,
}

#[derive(Serialize)]
pub struct FindingJson {
    pub rule: String,
    pub severity: Severity,
    pub subject: Subject,
    #[serde(flatten)]
    pub text: RuleText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explained_by: Option<RootCause>,
}

pub fn match_json(
    loc: &Localizer,
    k: &Knowledge,
    m: &Match,
    args: &BTreeMap<String, ArgValue>,
) -> MatchJson {
    let rule = &k.rules[m.rule];
    MatchJson {
        rule: rule.id().to_string(),
        score: m.score,
        severity: rule.spec.severity,
        text: rule_text(loc, rule, Some(args)),
    }
}

pub fn finding_json(loc: &Localizer, k: &Knowledge, f: &Finding) -> FindingJson {
    let rule = &k.rules[f.rule];
    FindingJson {
        rule: rule.id().to_string(),
        severity: f.severity,
        subject: f.subject.clone(),
        text: rule_text(loc, rule, Some(&f.args)),
        explained_by: f.explained_by.clone(),
    }
}

pub fn diagnose_json<'a>(
    loc: &'a Localizer,
    k: &'a Knowledge,
    d: &'a Diagnosis,
) -> DiagnoseJson<'a> {
    let summary = Severity::ALL
        .iter()
        .map(|s| (s.as_str(), d.count(*s)))
        .collect();
    DiagnoseJson {
        locale: &loc.locale,
        now: d.now.to_string(),
        findings: FindingsJson {
            loc,
            knowledge: k,
            findings: &d.findings,
        },
        summary,
        root_causes: root_causes(loc, k, d),
        skipped: d.skipped.clone(),
        suppressed: Vec::new(),
        expired_suppressions: Vec::new(),
        changes: None,
        report: None,
    }
}

fn root_causes(loc: &Localizer, k: &Knowledge, d: &Diagnosis) -> Vec<RootCauseJson> {
    // One pass to group what each root cause explains (linear: tenants can have hundreds of
    // thousands of findings).
    let mut explained: std::collections::HashMap<(&str, &str), Vec<RootCause>> =
        std::collections::HashMap::new();
    for g in &d.findings {
        if let Some(r) = &g.explained_by {
            explained
                .entry((r.rule.as_str(), r.subject.as_str()))
                .or_default()
                .push(RootCause {
                    rule: k.rules[g.rule].id().to_string(),
                    subject: g.subject.id.clone(),
                });
        }
    }
    let mut out: Vec<RootCauseJson> = Vec::new();
    if explained.is_empty() {
        return out;
    }
    for f in &d.findings {
        let Some(explains) = explained.get(&(k.rules[f.rule].id(), f.subject.id.as_str())) else {
            continue;
        };
        out.push(RootCauseJson {
            rule: k.rules[f.rule].id().to_string(),
            subject: f.subject.clone(),
            title: rule_text(loc, &k.rules[f.rule], None).title,
            explains: explains.clone(),
        });
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Terminal.

fn paint(style: Style, severity: Severity, text: &str) -> String {
    if !style.color {
        return text.to_string();
    }
    let code = match severity {
        Severity::Critical => "1;31",
        Severity::High => "31",
        Severity::Medium => "33",
        Severity::Low => "36",
        Severity::Info => "2",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

fn bold(style: Style, text: &str) -> String {
    if style.color {
        format!("\x1b[1m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

fn new_table(style: Style) -> Table {
    let mut t = Table::new();
    t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
    t.set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = style.width {
        t.force_no_tty();
        t.set_width(w);
    }
    t
}

pub fn severity_name(loc: &Localizer, s: Severity) -> String {
    loc.ui(&format!("severity-{}", s.as_str()), &[])
}

/// The body of one rule as a two-column table: cause, detail, steps, warning, docs.
fn rule_table(loc: &Localizer, style: Style, t: &RuleText, include_detail: bool) -> Table {
    let mut table = new_table(style);
    if include_detail && let Some(d) = &t.detail {
        table.add_row(vec![loc.ui("label-detail", &[]), d.clone()]);
    }
    if !t.cause.is_empty() {
        table.add_row(vec![loc.ui("label-cause", &[]), t.cause.clone()]);
    }
    if !t.steps.is_empty() {
        let steps: Vec<String> = t
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}. {s}", i + 1))
            .collect();
        table.add_row(vec![loc.ui("label-steps", &[]), steps.join("\n")]);
    }
    if let Some(w) = &t.warning {
        table.add_row(vec![loc.ui("label-warning", &[]), format!("⚠ {w}")]);
    }
    table
}

/// Links go under the table, one per line, so that no URL is ever wrapped.
fn docs_lines(loc: &Localizer, t: &RuleText) -> String {
    let mut out = String::new();
    if !t.docs.is_empty() {
        let _ = writeln!(out, "{}", loc.label("label-docs"));
        for d in &t.docs {
            let _ = writeln!(out, "  • {}\n    {}", d.title, d.url);
        }
    }
    out
}

pub fn explain_table(
    loc: &Localizer,
    k: &Knowledge,
    style: Style,
    matches: &[Match],
    args: &BTreeMap<String, ArgValue>,
) -> String {
    let mut out = String::new();
    for (i, m) in matches.iter().enumerate() {
        let rule = &k.rules[m.rule];
        let t = rule_text(loc, rule, Some(args));
        let sev = rule.spec.severity;
        let _ = writeln!(
            out,
            "{}. {}  [{}]",
            i + 1,
            bold(style, &t.title),
            paint(style, sev, &severity_name(loc, sev))
        );
        let _ = writeln!(out, "   {} · {}", rule.id(), loc.score(m.score));
        let _ = writeln!(out, "{}", rule_table(loc, style, &t, true));
        out.push_str(&docs_lines(loc, &t));
        out.push('\n');
    }
    out
}

/// "Contoso ABM (id)", or just the id when there is no other name.
pub fn subject_label(s: &Subject) -> String {
    name_and_id(s.name.as_deref(), &s.id)
}

/// A subject of a finding object from a stored run (`diagnose --format json`).
pub fn stored_subject_label(f: &serde_json::Value) -> String {
    let id = f
        .pointer("/subject/id")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    name_and_id(f.pointer("/subject/name").and_then(|v| v.as_str()), id)
}

fn name_and_id(name: Option<&str>, id: &str) -> String {
    match name {
        Some(n) if n != id => format!("{n} ({id})"),
        Some(n) => n.to_string(),
        None => id.to_string(),
    }
}

/// The title of a finding object from a stored run, in the reader's language; the title it
/// carried when this knowledge does not have its rule.
pub fn stored_title(loc: &Localizer, k: &Knowledge, f: &serde_json::Value) -> String {
    let rule = f.get("rule").and_then(|v| v.as_str()).unwrap_or_default();
    match k.rule(rule) {
        Some(r) => rule_text(loc, r, None).title,
        None => f
            .get("title")
            .and_then(|v| v.as_str())
            .unwrap_or(rule)
            .to_string(),
    }
}

pub fn summary_line(loc: &Localizer, d: &Diagnosis) -> String {
    if d.findings.is_empty() {
        return loc.ui("diagnose-none", &[]);
    }
    let parts: Vec<String> = Severity::ALL
        .iter()
        .filter(|s| d.count(**s) > 0)
        .map(|s| {
            loc.ui(
                "summary-count",
                &[
                    ("count", FluentValue::from(d.count(*s) as f64)),
                    ("severity", FluentValue::from(severity_name(loc, *s))),
                ],
            )
        })
        .collect();
    loc.ui(
        "diagnose-summary",
        &[
            ("total", FluentValue::from(d.findings.len() as f64)),
            ("breakdown", FluentValue::from(parts.join(", "))),
        ],
    )
}

pub fn diagnose_table(loc: &Localizer, k: &Knowledge, style: Style, d: &Diagnosis) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", bold(style, &summary_line(loc, d)));
    if d.findings.is_empty() {
        return out;
    }
    let mut table = new_table(style);
    table.set_header(vec![
        loc.ui("label-severity", &[]),
        loc.ui("label-finding", &[]),
        loc.ui("label-subject", &[]),
    ]);
    for f in &d.findings {
        let rule = &k.rules[f.rule];
        let t = rule_text(loc, rule, Some(&f.args));
        let mut text = match &t.detail {
            Some(detail) => format!("{}\n{detail}\n{}", t.title, rule.id()),
            None => format!("{}\n{}", t.title, rule.id()),
        };
        if let Some(root) = &f.explained_by {
            text.push_str(&format!(
                "\n↳ {}",
                loc.ui(
                    "explained-by",
                    &[("rule", FluentValue::from(root.rule.as_str()))]
                )
            ));
        }
        table.add_row(vec![
            paint(style, f.severity, &severity_name(loc, f.severity)),
            text,
            format!("{}\n{}", f.subject.kind, subject_label(&f.subject)),
        ]);
    }
    let _ = writeln!(out, "{table}\n");
    // What to do, once per rule.
    let mut seen = Vec::new();
    for f in &d.findings {
        if seen.contains(&f.rule) {
            continue;
        }
        seen.push(f.rule);
        let rule = &k.rules[f.rule];
        let t = rule_text(loc, rule, None);
        let _ = writeln!(
            out,
            "{}  [{}]\n   {}",
            bold(style, &t.title),
            paint(style, f.severity, &severity_name(loc, f.severity)),
            rule.id()
        );
        let _ = writeln!(out, "{}", rule_table(loc, style, &t, false));
        out.push_str(&docs_lines(loc, &t));
        out.push('\n');
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Markdown.

/// "rule skipped subject: field is “value”, not a number." in the reader's language.
pub fn skip_line(loc: &Localizer, s: &crate::engine::SkipNote) -> String {
    loc.ui(
        "diagnose-skipped",
        &[
            ("rule", FluentValue::from(s.rule.as_str())),
            ("subject", FluentValue::from(s.subject.as_str())),
            ("field", FluentValue::from(s.field.as_str())),
            ("value", FluentValue::from(s.value.as_str())),
            (
                "expected",
                FluentValue::from(loc.ui(&format!("expected-{}", s.expected), &[])),
            ),
        ],
    )
}

/// Escapes text for HTML element content and quoted attribute values: `& < > " '`.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for a Markdown table cell or paragraph.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

pub fn md_rule(loc: &Localizer, out: &mut String, t: &RuleText, include_detail: bool) {
    if include_detail && let Some(d) = &t.detail {
        let _ = writeln!(out, "{}\n", md_escape(d));
    }
    if !t.cause.is_empty() {
        let _ = writeln!(
            out,
            "**{}** {}\n",
            md_escape(&loc.label("label-cause")),
            md_escape(&t.cause)
        );
    }
    if !t.steps.is_empty() {
        let _ = writeln!(out, "**{}**\n", md_escape(&loc.label("label-steps")));
        for (i, s) in t.steps.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, md_escape(s));
        }
        out.push('\n');
    }
    if let Some(w) = &t.warning {
        let _ = writeln!(
            out,
            "> **⚠ {}** {}\n",
            md_escape(&loc.label("label-warning")),
            md_escape(w)
        );
    }
    if !t.docs.is_empty() {
        let _ = writeln!(out, "**{}**\n", md_escape(&loc.label("label-docs")));
        for d in &t.docs {
            let _ = writeln!(out, "- [{}]({})", md_escape(&d.title), d.url);
        }
        out.push('\n');
    }
}

pub fn explain_markdown(
    loc: &Localizer,
    k: &Knowledge,
    query: &str,
    matches: &[Match],
    args: &BTreeMap<String, ArgValue>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n",
        loc.ui("explain-heading", &[("query", FluentValue::from(query))])
    );
    for (i, m) in matches.iter().enumerate() {
        let rule = &k.rules[m.rule];
        let t = rule_text(loc, rule, Some(args));
        let _ = writeln!(out, "## {}. {}\n", i + 1, md_escape(&t.title));
        let _ = writeln!(
            out,
            "`{}` · **{}** · {}\n",
            rule.id(),
            severity_name(loc, rule.spec.severity),
            md_escape(&loc.score(m.score))
        );
        md_rule(loc, &mut out, &t, true);
    }
    out
}

/// A finding of a stored run, for diff output: severity, title in the reader's language (the
/// stored title when this knowledge lacks the rule), subject, rule id.
fn stored_finding(loc: &Localizer, k: &Knowledge, f: &serde_json::Value) -> [String; 4] {
    let rule = f.get("rule").and_then(|v| v.as_str()).unwrap_or_default();
    [
        severity_name(loc, crate::diff::severity_of(f)),
        stored_title(loc, k, f),
        stored_subject_label(f),
        rule.to_string(),
    ]
}

fn diff_sections(c: &crate::diff::Changes) -> [(&'static str, &[serde_json::Value]); 3] {
    [
        ("report-new", &c.new),
        ("report-resolved", &c.resolved),
        ("report-unchanged", &c.unchanged),
    ]
}

/// "1 new, 1 resolved, 0 unchanged." in the reader's language.
pub fn diff_summary(loc: &Localizer, c: &crate::diff::Changes) -> String {
    loc.ui(
        "report-changes-summary",
        &[
            ("new", FluentValue::from(c.new.len() as f64)),
            ("resolved", FluentValue::from(c.resolved.len() as f64)),
            ("unchanged", FluentValue::from(c.unchanged.len() as f64)),
        ],
    )
}

pub fn diff_table(
    loc: &Localizer,
    k: &Knowledge,
    style: Style,
    c: &crate::diff::Changes,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", bold(style, &diff_summary(loc, c)));
    for (label, list) in diff_sections(c) {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "\n{} ({})",
            bold(style, &loc.ui(label, &[])),
            list.len()
        );
        let mut table = new_table(style);
        table.set_header(vec![
            loc.ui("label-severity", &[]),
            loc.ui("label-finding", &[]),
            loc.ui("label-subject", &[]),
        ]);
        for f in list {
            let [sev, title, subject, rule] = stored_finding(loc, k, f);
            table.add_row(vec![
                paint(style, crate::diff::severity_of(f), &sev),
                format!("{title}\n{rule}"),
                subject,
            ]);
        }
        let _ = writeln!(out, "{table}");
    }
    out
}

pub fn diff_markdown(loc: &Localizer, k: &Knowledge, c: &crate::diff::Changes) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md_escape(&loc.ui("report-changes", &[])));
    let _ = writeln!(out, "{}\n", md_escape(&diff_summary(loc, c)));
    for (label, list) in diff_sections(c) {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "## {} ({})\n\n| {} | {} | {} | {} |\n|---|---|---|---|",
            md_escape(&loc.ui(label, &[])),
            list.len(),
            loc.ui("label-severity", &[]),
            loc.ui("label-finding", &[]),
            loc.ui("label-subject", &[]),
            loc.ui("label-rule", &[]),
        );
        for f in list {
            let [sev, title, subject, rule] = stored_finding(loc, k, f);
            let _ = writeln!(
                out,
                "| {} | {} | {} | `{}` |",
                md_escape(&sev),
                md_escape(&title),
                md_escape(&subject),
                rule
            );
        }
        out.push('\n');
    }
    out
}
