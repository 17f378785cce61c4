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

fn fluent_args<'a>(loc: &Localizer, args: &'a BTreeMap<String, ArgValue>) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (k, v) in args {
        let value = match v {
            ArgValue::Text(s) => FluentValue::from(s.as_str()),
            ArgValue::Number(n) => FluentValue::from(*n),
            ArgValue::Date(t) => FluentValue::from(loc.date(*t)),
        };
        out.set(k.as_str(), value);
    }
    out
}

/// Renders a rule's message (and, given arguments, its detail sentence).
pub fn rule_text(
    loc: &Localizer,
    rule: &Rule,
    args: Option<&BTreeMap<String, ArgValue>>,
) -> RuleText {
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
    pub findings: Vec<FindingJson>,
    pub summary: BTreeMap<&'static str, usize>,
    /// Findings that explain others, with what they explain.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub root_causes: Vec<RootCauseJson>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<crate::engine::SkipNote>,
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

pub fn diagnose_json<'a>(loc: &'a Localizer, k: &Knowledge, d: &Diagnosis) -> DiagnoseJson<'a> {
    let summary = Severity::ALL
        .iter()
        .map(|s| (s.as_str(), d.count(*s)))
        .collect();
    DiagnoseJson {
        locale: &loc.locale,
        now: d.now.to_string(),
        findings: d.findings.iter().map(|f| finding_json(loc, k, f)).collect(),
        summary,
        root_causes: root_causes(loc, k, d),
        skipped: d.skipped.clone(),
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
        let _ = writeln!(out, "{}:", loc.ui("label-docs", &[]));
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
        let _ = writeln!(
            out,
            "   {} · {} {:.2}",
            rule.id(),
            loc.ui("label-score", &[]),
            m.score
        );
        let _ = writeln!(out, "{}", rule_table(loc, style, &t, true));
        out.push_str(&docs_lines(loc, &t));
        out.push('\n');
    }
    out
}

fn subject_label(s: &Subject) -> String {
    match &s.name {
        Some(n) if n != &s.id => format!("{n} ({})", s.id),
        Some(n) => n.clone(),
        None => s.id.clone(),
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

fn md_rule(loc: &Localizer, out: &mut String, t: &RuleText, include_detail: bool) {
    if include_detail && let Some(d) = &t.detail {
        let _ = writeln!(out, "{}\n", md_escape(d));
    }
    if !t.cause.is_empty() {
        let _ = writeln!(
            out,
            "**{}:** {}\n",
            loc.ui("label-cause", &[]),
            md_escape(&t.cause)
        );
    }
    if !t.steps.is_empty() {
        let _ = writeln!(out, "**{}:**\n", loc.ui("label-steps", &[]));
        for (i, s) in t.steps.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, md_escape(s));
        }
        out.push('\n');
    }
    if let Some(w) = &t.warning {
        let _ = writeln!(
            out,
            "> **⚠ {}:** {}\n",
            loc.ui("label-warning", &[]),
            md_escape(w)
        );
    }
    if !t.docs.is_empty() {
        let _ = writeln!(out, "**{}:**\n", loc.ui("label-docs", &[]));
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
            "`{}` · **{}** · {} {:.2}\n",
            rule.id(),
            severity_name(loc, rule.spec.severity),
            loc.ui("label-score", &[]),
            m.score
        );
        md_rule(loc, &mut out, &t, true);
    }
    out
}

pub fn diagnose_markdown(loc: &Localizer, k: &Knowledge, d: &Diagnosis) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", loc.ui("diagnose-heading", &[]));
    let _ = writeln!(out, "{}\n", md_escape(&summary_line(loc, d)));
    if d.findings.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|---|---|",
        loc.ui("label-severity", &[]),
        loc.ui("label-finding", &[]),
        loc.ui("label-subject", &[]),
        loc.ui("label-rule", &[]),
    );
    for f in &d.findings {
        let rule = &k.rules[f.rule];
        let t = rule_text(loc, rule, Some(&f.args));
        let mut finding = match &t.detail {
            Some(detail) => format!("**{}**<br>{}", md_escape(&t.title), md_escape(detail)),
            None => format!("**{}**", md_escape(&t.title)),
        };
        if let Some(root) = &f.explained_by {
            let note = loc.ui(
                "explained-by",
                &[("rule", FluentValue::from(root.rule.as_str()))],
            );
            finding.push_str(&format!("<br>↳ {}", md_escape(&note)));
        }
        let _ = writeln!(
            out,
            "| {} | {} | {} | `{}` |",
            severity_name(loc, f.severity),
            finding,
            md_escape(&subject_label(&f.subject)),
            rule.id()
        );
    }
    out.push('\n');
    let mut seen = Vec::new();
    for f in &d.findings {
        if seen.contains(&f.rule) {
            continue;
        }
        seen.push(f.rule);
        let rule = &k.rules[f.rule];
        let t = rule_text(loc, rule, None);
        let _ = writeln!(out, "## {}\n", md_escape(&t.title));
        md_rule(loc, &mut out, &t, false);
    }
    out
}
