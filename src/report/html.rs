//! One self-contained HTML file: inline CSS, inline SVG charts, no script, no external resource
//! of any kind (links to the documentation are plain links, fetched by nobody). Severity is
//! always written out, never shown by colour alone; print CSS starts each section on a new page.

use std::fmt::Write as _;

use fluent_bundle::FluentValue;
use serde_json::Value;

use super::Report;
use crate::knowledge::rule::Severity;
use crate::render::{stored_subject_label, subject_label};

use crate::render::html_escape as esc;

/// Only http(s) links become links; anything else (javascript:, data:) is shown as text.
fn safe_url(url: &str) -> Option<&str> {
    (url.starts_with("https://") || url.starts_with("http://")).then_some(url)
}

const CSS: &str = include_str!("report.css");

pub fn render(r: &Report) -> String {
    let mut o = String::with_capacity(32 * 1024);
    let title = r.title();
    let page_title = match r.meta.and_then(|m| m.tenant.as_deref()) {
        Some(t) => format!("{title} — {t}"),
        None => title.clone(),
    };
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"{}\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
        esc(&r.loc.locale),
        esc(&r.generator()),
        esc(&page_title)
    );
    let _ = writeln!(
        o,
        "<a class=\"skip\" href=\"#findings\">{}</a>",
        esc(&r.ui("report-skip-to-findings"))
    );
    let _ = writeln!(o, "<header>\n<h1>{}</h1>\n<dl class=\"meta\">", esc(&title));
    for (label, value) in r.meta_lines() {
        let _ = writeln!(
            o,
            "<div><dt>{}</dt> <dd>{}</dd></div>",
            esc(&label),
            esc(&value)
        );
    }
    let _ = writeln!(o, "</dl>\n</header>\n<main>");
    glance(r, &mut o);
    if r.changes.is_some() {
        changes(r, &mut o);
    }
    findings(r, &mut o);
    suppressed(r, &mut o);
    skipped(r, &mut o);
    let _ = writeln!(
        o,
        "</main>\n<footer><p>{}</p></footer>\n</body>\n</html>",
        esc(&r.generator())
    );
    o
}

fn sev_class(s: Severity) -> &'static str {
    s.as_str()
}

fn glance(r: &Report, o: &mut String) {
    let d = r.diagnosis;
    let _ = writeln!(
        o,
        "<section id=\"glance\" aria-labelledby=\"h-glance\">\n<h2 id=\"h-glance\">{}</h2>",
        esc(&r.ui("report-glance"))
    );
    let _ = writeln!(
        o,
        "<p class=\"summary\">{}</p>",
        esc(&crate::render::summary_line(r.loc, d))
    );
    let _ = writeln!(o, "<ul class=\"counts\">");
    for s in Severity::ALL {
        let _ = writeln!(
            o,
            "<li class=\"sev-{}\"><span class=\"n\">{}</span> <span class=\"label\">{}</span></li>",
            sev_class(s),
            d.count(s),
            esc(&r.severity(s))
        );
    }
    let _ = writeln!(o, "</ul>");
    if !d.findings.is_empty() {
        let sev: Vec<(String, usize, &str)> = Severity::ALL
            .iter()
            .map(|s| (r.severity(*s), d.count(*s), sev_class(*s)))
            .collect();
        let area: Vec<(String, usize, &str)> = r
            .by_area()
            .into_iter()
            .map(|(a, n)| (r.area(a), n, "area"))
            .collect();
        let _ = writeln!(o, "<div class=\"charts\">");
        chart(o, "chart-severity", &r.ui("report-by-severity"), &sev);
        chart(o, "chart-area", &r.ui("report-by-area"), &area);
        let _ = writeln!(o, "</div>");
    }
    let roots = r.fix_first();
    if !roots.is_empty() {
        let _ = writeln!(
            o,
            "<h3>{}</h3>\n<ol class=\"roots\">",
            esc(&r.ui("report-fix-first"))
        );
        for (f, n) in roots {
            let title = crate::render::rule_text(r.loc, &r.knowledge.rules[f.rule], None).title;
            let explains = n
                .map(|n| {
                    format!(
                        "<br><span class=\"muted\">{}</span>",
                        esc(&r.ui_n(
                            "report-fix-first-explains",
                            &[("count", FluentValue::from(n as f64))],
                        ))
                    )
                })
                .unwrap_or_default();
            let _ = writeln!(
                o,
                "<li><span class=\"badge sev-{}\">{}</span> <a href=\"#rule-{}\"><strong>{}</strong></a> — {}{}</li>",
                sev_class(f.severity),
                esc(&r.severity(f.severity)),
                esc(r.knowledge.rules[f.rule].id()),
                esc(&title),
                esc(&subject_label(&f.subject)),
                explains
            );
        }
        let _ = writeln!(o, "</ol>");
    }
    let _ = writeln!(o, "</section>");
}

/// A horizontal bar chart; every bar carries its label and number as text.
fn chart(o: &mut String, id: &str, caption: &str, bars: &[(String, usize, &str)]) {
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let row = 28;
    // Room for the longest label (up to about 9 px a character at 13 px, for Cyrillic capitals
    // too), so none is cut.
    let longest = bars.iter().map(|b| b.0.chars().count()).max().unwrap_or(0);
    let label_w = (longest * 9 + 16).clamp(80, 400);
    let bar_w = 260;
    let height = row * bars.len() + 8;
    let width = label_w + bar_w + 60;
    let desc: Vec<String> = bars.iter().map(|(l, n, _)| format!("{l}: {n}")).collect();
    let _ = writeln!(
        o,
        "<figure class=\"chart\">\n<svg id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"{id}-t\">{}</title>\n<desc id=\"{id}-d\">{}</desc>",
        esc(caption),
        esc(&desc.join("; "))
    );
    for (i, (label, n, class)) in bars.iter().enumerate() {
        let y = i * row + 4;
        let w = if *n == 0 { 0 } else { (bar_w * n / max).max(3) };
        let _ = writeln!(
            o,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"chart-label\">{}</text>\n<rect x=\"{}\" y=\"{}\" width=\"{w}\" height=\"18\" rx=\"3\" class=\"bar bar-{class}\"/>\n<text x=\"{}\" y=\"{}\" class=\"chart-value\">{n}</text>",
            label_w - 8,
            y + 14,
            esc(label),
            label_w,
            y,
            label_w + w + 6,
            y + 14
        );
    }
    let _ = writeln!(
        o,
        "</svg>\n<figcaption>{}</figcaption>\n</figure>",
        esc(caption)
    );
}

fn changes(r: &Report, o: &mut String) {
    let Some(c) = r.changes else { return };
    let _ = writeln!(
        o,
        "<section id=\"changes\" aria-labelledby=\"h-changes\">\n<h2 id=\"h-changes\">{}</h2>\n<p>{}</p>",
        esc(&r.ui("report-changes")),
        esc(&crate::render::diff_summary(r.loc, c))
    );
    for (label, class, list) in [
        ("report-new", "new", &c.new),
        ("report-resolved", "resolved", &c.resolved),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(
            o,
            "<h3>{}</h3>\n<ul class=\"changes {class}\">",
            esc(&r.ui(label))
        );
        for f in list {
            let sev = crate::diff::severity_of(f);
            let _ = writeln!(
                o,
                "<li><span class=\"badge sev-{}\">{}</span> <strong>{}</strong> — {} <code>{}</code></li>",
                sev_class(sev),
                esc(&r.severity(sev)),
                esc(&r.title_of(f)),
                esc(&stored_subject_label(f)),
                esc(f.get("rule").and_then(Value::as_str).unwrap_or_default())
            );
        }
        let _ = writeln!(o, "</ul>");
    }
    let _ = writeln!(o, "</section>");
}

fn findings(r: &Report, o: &mut String) {
    let _ = writeln!(
        o,
        "<section id=\"findings\" aria-labelledby=\"h-findings\">\n<h2 id=\"h-findings\">{}</h2>",
        esc(&r.ui("report-findings"))
    );
    if r.diagnosis.findings.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", esc(&r.ui("report-no-findings")));
    }
    for g in r.groups() {
        let rule = &r.knowledge.rules[g.rule];
        let t = &g.text;
        let _ = writeln!(
            o,
            "<article class=\"finding sev-{}\" id=\"rule-{}\" aria-labelledby=\"t-{}\">\n<h3 id=\"t-{}\"><span class=\"badge sev-{}\">{}</span> {}</h3>\n<p class=\"rule-id\">{} <code>{}</code> · {}</p>",
            sev_class(g.severity),
            esc(rule.id()),
            esc(rule.id()),
            esc(rule.id()),
            sev_class(g.severity),
            esc(&r.severity(g.severity)),
            esc(&t.title),
            esc(&r.ui("label-rule")),
            esc(rule.id()),
            esc(&r.area(rule.spec.area.as_str()))
        );
        let _ = writeln!(
            o,
            "<h4>{}</h4>\n<ul class=\"subjects\">",
            esc(&r.ui("report-subjects"))
        );
        for (f, detail) in &g.findings {
            let _ = write!(
                o,
                "<li><span class=\"kind\">{}</span> <strong>{}</strong>",
                esc(&f.subject.kind),
                esc(&subject_label(&f.subject))
            );
            if f.severity != g.severity {
                let _ = write!(
                    o,
                    " <span class=\"badge sev-{}\">{}</span>",
                    sev_class(f.severity),
                    esc(&r.severity(f.severity))
                );
            }
            if let Some(d) = detail {
                let _ = write!(o, "<br>{}", esc(d));
            }
            if let Some(note) = r.explained_by(f) {
                let _ = write!(o, "<br><span class=\"explained\">↳ {}</span>", esc(&note));
            }
            let _ = writeln!(o, "</li>");
        }
        let _ = writeln!(o, "</ul>");
        if !t.cause.is_empty() {
            let _ = writeln!(
                o,
                "<h4>{}</h4>\n<p>{}</p>",
                esc(&r.ui("label-cause")),
                esc(&t.cause)
            );
        }
        if !t.steps.is_empty() {
            let _ = writeln!(
                o,
                "<h4>{}</h4>\n<ol class=\"steps\">",
                esc(&r.ui("label-steps"))
            );
            for s in &t.steps {
                let _ = writeln!(o, "<li>{}</li>", esc(s));
            }
            let _ = writeln!(o, "</ol>");
        }
        if let Some(w) = &t.warning {
            let _ = writeln!(
                o,
                "<div class=\"warning\" role=\"note\"><p><strong><span aria-hidden=\"true\">⚠ </span>{}</strong> {}</p></div>",
                esc(&r.loc.label("label-warning")),
                esc(w)
            );
        }
        if !t.docs.is_empty() {
            let _ = writeln!(
                o,
                "<h4>{}</h4>\n<ul class=\"docs\">",
                esc(&r.ui("label-docs"))
            );
            for d in &t.docs {
                match safe_url(&d.url) {
                    Some(url) => {
                        let _ =
                            writeln!(o, "<li><a href=\"{}\">{}</a></li>", esc(url), esc(&d.title));
                    }
                    None => {
                        let _ = writeln!(o, "<li>{} ({})</li>", esc(&d.title), esc(&d.url));
                    }
                }
            }
            let _ = writeln!(o, "</ul>");
        }
        let _ = writeln!(o, "</article>");
    }
    let _ = writeln!(o, "</section>");
}

fn suppressed(r: &Report, o: &mut String) {
    let a = r.applied;
    if a.suppressed.is_empty() && a.expired.is_empty() {
        return;
    }
    let _ = writeln!(
        o,
        "<section id=\"suppressed\" aria-labelledby=\"h-suppressed\">\n<h2 id=\"h-suppressed\">{}</h2>",
        esc(&r.ui("report-suppressed"))
    );
    if !a.suppressed.is_empty() {
        let _ = writeln!(
            o,
            "<p>{}</p>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            esc(&r.ui("report-suppressed-intro")),
            esc(&r.ui("label-finding")),
            esc(&r.ui("label-subject")),
            esc(&r.ui("label-reason")),
            esc(&r.ui("label-owner")),
            esc(&r.ui("label-expires"))
        );
        for s in &a.suppressed {
            let title =
                crate::render::rule_text(r.loc, &r.knowledge.rules[s.finding.rule], None).title;
            let _ = writeln!(
                o,
                "<tr><td><span class=\"badge sev-{}\">{}</span> {}<br><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                sev_class(s.finding.severity),
                esc(&r.severity(s.finding.severity)),
                esc(&title),
                esc(&s.by.rule),
                esc(&subject_label(&s.finding.subject)),
                esc(&s.by.reason),
                esc(s.by.owner.as_deref().unwrap_or("—")),
                esc(s.by.expires.as_deref().unwrap_or("—"))
            );
        }
        let _ = writeln!(o, "</tbody>\n</table>");
    }
    if !a.expired.is_empty() {
        let _ = writeln!(
            o,
            "<div class=\"warning\" role=\"note\">\n<h3>{}</h3>\n<p>{}</p>\n<ul>",
            esc(&r.ui("report-expired")),
            esc(&r.ui("report-expired-intro"))
        );
        for e in &a.expired {
            let _ = writeln!(
                o,
                "<li><code>{}</code>{} — {} {} · {} {} · {} {} <span class=\"muted\">({})</span></li>",
                esc(&e.rule),
                e.subject
                    .as_deref()
                    .map(|s| format!(" · {}", esc(s)))
                    .unwrap_or_default(),
                esc(&r.loc.label("label-expires")),
                esc(e.expires.as_deref().unwrap_or("—")),
                esc(&r.loc.label("label-owner")),
                esc(e.owner.as_deref().unwrap_or("—")),
                esc(&r.loc.label("label-reason")),
                esc(&e.reason),
                esc(&e.origin)
            );
        }
        let _ = writeln!(o, "</ul>\n</div>");
    }
    let _ = writeln!(o, "</section>");
}

fn skipped(r: &Report, o: &mut String) {
    let d = r.diagnosis;
    if d.skipped.is_empty() {
        return;
    }
    let _ = writeln!(
        o,
        "<section id=\"skipped\" aria-labelledby=\"h-skipped\">\n<h2 id=\"h-skipped\">{}</h2>\n<ul>",
        esc(&r.ui("report-skipped"))
    );
    for s in &d.skipped {
        let line = crate::render::skip_line(r.loc, s);
        let _ = writeln!(o, "<li>{}</li>", esc(&line));
    }
    let _ = writeln!(o, "</ul>\n</section>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_refuses_script_urls() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(
            safe_url("https://learn.microsoft.com/"),
            Some("https://learn.microsoft.com/")
        );
    }
}
