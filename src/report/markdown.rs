//! Markdown for GitHub, Azure DevOps and ticket systems: headings, one findings table, then what
//! to do per rule. Every piece of data is escaped; nothing relies on HTML.

use std::fmt::Write as _;

use fluent_bundle::FluentValue;
use serde_json::Value;

use super::Report;
use crate::knowledge::rule::Severity;
use crate::render::md_escape;
use crate::render::{stored_subject_label, subject_label};

pub fn render(r: &Report) -> String {
    let mut out = String::new();
    let heading = if r.meta.is_some() {
        r.title()
    } else {
        r.ui("diagnose-heading")
    };
    let _ = writeln!(out, "# {}\n", md_escape(&heading));
    if r.meta.is_some() {
        for (label, value) in r.meta_lines() {
            let _ = writeln!(out, "- **{}** {}", md_escape(&label), md_escape(&value));
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{}\n",
        md_escape(&crate::render::summary_line(r.loc, r.diagnosis))
    );
    if !r.diagnosis.findings.is_empty() {
        summary_table(r, &mut out);
        root_causes(r, &mut out);
        findings_table(r, &mut out);
    }
    if let Some(changes) = r.changes {
        let _ = writeln!(out, "## {}\n", md_escape(&r.ui("report-changes")));
        let _ = writeln!(
            out,
            "{}\n",
            md_escape(&crate::render::diff_summary(r.loc, changes))
        );
        for (label, list) in [
            ("report-new", &changes.new),
            ("report-resolved", &changes.resolved),
        ] {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(out, "### {}\n", md_escape(&r.ui(label)));
            for f in list {
                let _ = writeln!(
                    out,
                    "- **{}** — {} · {} · `{}`",
                    md_escape(&r.severity(crate::diff::severity_of(f))),
                    md_escape(&r.title_of(f)),
                    md_escape(&stored_subject_label(f)),
                    f.get("rule").and_then(Value::as_str).unwrap_or_default()
                );
            }
            out.push('\n');
        }
    }
    for g in r.groups() {
        let _ = writeln!(out, "## {}\n", md_escape(&g.text.title));
        let _ = writeln!(
            out,
            "`{}` · **{}** · {}\n",
            r.knowledge.rules[g.rule].id(),
            md_escape(&r.severity(g.severity)),
            md_escape(&r.area(r.knowledge.rules[g.rule].spec.area.as_str()))
        );
        let _ = writeln!(out, "**{}**\n", md_escape(&r.loc.label("report-subjects")));
        for (f, detail) in &g.findings {
            let mut line = format!("- {}", md_escape(&subject_label(&f.subject)));
            if let Some(d) = detail {
                let _ = write!(line, " — {}", md_escape(d));
            }
            let _ = writeln!(out, "{line}");
        }
        out.push('\n');
        crate::render::md_rule(r.loc, &mut out, &g.text, false);
    }
    suppressed(r, &mut out);
    out
}

fn summary_table(r: &Report, out: &mut String) {
    let head: Vec<String> = Severity::ALL
        .iter()
        .map(|s| md_escape(&r.severity(*s)))
        .collect();
    let counts: Vec<String> = Severity::ALL
        .iter()
        .map(|s| r.diagnosis.count(*s).to_string())
        .collect();
    let _ = writeln!(
        out,
        "| {} |\n|{}\n| {} |\n",
        head.join(" | "),
        "---:|".repeat(head.len()),
        counts.join(" | ")
    );
}

fn root_causes(r: &Report, out: &mut String) {
    let roots = r.fix_first();
    if roots.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", md_escape(&r.ui("report-fix-first")));
    for (i, (f, n)) in roots.iter().enumerate() {
        let title = crate::render::rule_text(r.loc, &r.knowledge.rules[f.rule], None).title;
        let explains = n
            .map(|n| {
                format!(
                    " ({})",
                    md_escape(&r.ui_n(
                        "report-fix-first-explains",
                        &[("count", FluentValue::from(n as f64))],
                    ))
                )
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}. **{}** — {} · {}{}",
            i + 1,
            md_escape(&title),
            md_escape(&subject_label(&f.subject)),
            md_escape(&r.severity(f.severity)),
            explains
        );
    }
    out.push('\n');
}

fn findings_table(r: &Report, out: &mut String) {
    let _ = writeln!(out, "## {}\n", md_escape(&r.ui("report-findings")));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|---|---|",
        md_escape(&r.ui("label-severity")),
        md_escape(&r.ui("label-finding")),
        md_escape(&r.ui("label-subject")),
        md_escape(&r.ui("label-rule")),
    );
    for f in &r.diagnosis.findings {
        let rule = &r.knowledge.rules[f.rule];
        let t = crate::render::rule_text(r.loc, rule, Some(&f.args));
        let mut finding = format!("**{}**", md_escape(&t.title));
        if let Some(detail) = &t.detail {
            let _ = write!(finding, "<br>{}", md_escape(detail));
        }
        if let Some(note) = r.explained_by(f) {
            let _ = write!(finding, "<br>↳ {}", md_escape(&note));
        }
        let _ = writeln!(
            out,
            "| {} | {} | {} | `{}` |",
            md_escape(&r.severity(f.severity)),
            finding,
            md_escape(&subject_label(&f.subject)),
            rule.id()
        );
    }
    out.push('\n');
}

fn suppressed(r: &Report, out: &mut String) {
    let applied = r.applied;
    if !applied.suppressed.is_empty() {
        let _ = writeln!(out, "## {}\n", md_escape(&r.ui("report-suppressed")));
        let _ = writeln!(out, "{}\n", md_escape(&r.ui("report-suppressed-intro")));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
            md_escape(&r.ui("label-finding")),
            md_escape(&r.ui("label-subject")),
            md_escape(&r.ui("label-reason")),
            md_escape(&r.ui("label-owner")),
            md_escape(&r.ui("label-expires")),
        );
        for s in &applied.suppressed {
            let title =
                crate::render::rule_text(r.loc, &r.knowledge.rules[s.finding.rule], None).title;
            let _ = writeln!(
                out,
                "| **{}**<br>`{}` | {} | {} | {} | {} |",
                md_escape(&title),
                s.by.rule,
                md_escape(&subject_label(&s.finding.subject)),
                md_escape(&s.by.reason),
                md_escape(s.by.owner.as_deref().unwrap_or("—")),
                md_escape(s.by.expires.as_deref().unwrap_or("—")),
            );
        }
        out.push('\n');
    }
    if !applied.expired.is_empty() {
        let _ = writeln!(out, "## {}\n", md_escape(&r.ui("report-expired")));
        let _ = writeln!(out, "{}\n", md_escape(&r.ui("report-expired-intro")));
        for e in &applied.expired {
            let _ = writeln!(
                out,
                "- `{}`{} — {} {} · {} {} · {} {} ({})",
                e.rule,
                e.subject
                    .as_deref()
                    .map(|s| format!(" · {}", md_escape(s)))
                    .unwrap_or_default(),
                md_escape(&r.loc.label("label-expires")),
                md_escape(e.expires.as_deref().unwrap_or("—")),
                md_escape(&r.loc.label("label-owner")),
                md_escape(e.owner.as_deref().unwrap_or("—")),
                md_escape(&r.loc.label("label-reason")),
                md_escape(&e.reason),
                md_escape(&e.origin),
            );
        }
        out.push('\n');
    }
}
