//! The helpdesk page: HTML, CSS and script embedded in the binary (no CDN, works offline), its
//! strings localized per request from Fluent. The script renders data with DOM APIs only.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Uri, header};
use axum::response::{IntoResponse, Response};
use fluent_bundle::FluentValue;
use serde::Serialize;

use super::AppState;
use super::lang::{for_request, query_lang};
use super::routes::json;
use crate::i18n::Localizer;

const HTML: &str = include_str!("page.html");
const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");

/// The page's own strings (`locales/*/serve.ftl`), given to the script by `GET /api/ui`.
pub const PAGE_MESSAGES: &[&str] = &[
    "serve-language-name",
    "serve-page-title",
    "serve-tagline",
    "serve-language-label",
    "serve-explain-heading",
    "serve-paste-label",
    "serve-paste-hint",
    "serve-explain-button",
    "serve-facts-legend",
    "serve-diagnose-heading",
    "serve-upload-label",
    "serve-upload-hint",
    "serve-diagnose-button",
    "serve-results-heading",
    "serve-results-empty",
    "serve-working",
    "serve-copy-ticket",
    "serve-copied",
    "serve-copy-failed",
    "serve-error-network",
    "serve-new-tab",
    "serve-noscript",
    "serve-ticket-text",
    "serve-no-file",
    "serve-report-button",
    "serve-report-ready",
];

/// Strings from `ui.ftl` the page shows too (severity names, labels).
const SHARED_MESSAGES: &[&str] = &[
    "severity-critical",
    "severity-high",
    "severity-medium",
    "severity-low",
    "severity-info",
    "label-cause",
    "label-steps",
    "label-warning",
    "label-docs",
    "label-detail",
    "label-subject",
    "label-score",
    "label-matches",
    "explain-no-match",
    "diagnose-heading",
    "diagnose-none",
];

/// Messages with variables, sent as templates: each `{name}` is filled in by the script.
const TEMPLATES: &[(&str, &[&str])] = &[
    ("explain-heading", &["query"]),
    ("explain-did-you-mean", &["suggestions"]),
    ("explained-by", &["rule"]),
    ("score-percent", &["percent"]),
    ("summary-count", &["count", "severity"]),
];

/// The message that asks for a fact, e.g. `serve-fact-minutes-since-profile-download`.
pub fn fact_message(key: &str) -> String {
    format!("serve-fact-{}", key.replace(['_', '.'], "-"))
}

pub use crate::render::html_escape as escape;

/// The page with `{{message-id}}` placeholders filled in (escaped) for `loc`.
pub fn render(s: &super::Shared, loc: &Localizer) -> String {
    let mut out = String::with_capacity(HTML.len() + 2048);
    let mut rest = HTML;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start + 2..].find("}}") else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let key = &rest[start + 2..start + 2 + len];
        match key {
            "lang" => out.push_str(&escape(&loc.locale)),
            "locale-options" => {
                for tag in s.locales() {
                    let name = s.localizer(tag).ui("serve-language-name", &[]);
                    let selected = if tag == loc.locale { " selected" } else { "" };
                    out.push_str(&format!(
                        "<option value=\"{}\"{selected}>{}</option>",
                        escape(tag),
                        escape(&name)
                    ));
                }
            }
            id => out.push_str(&escape(&loc.ui(id, &[]))),
        }
        rest = &rest[start + 2 + len + 2..];
    }
    out.push_str(rest);
    out
}

pub async fn index(State(s): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let loc = s.localizer(&for_request(&s, query_lang(&uri).as_deref(), &headers));
    let mut r = axum::response::Html(render(&s, loc)).into_response();
    if let Ok(v) = HeaderValue::from_str(&loc.locale) {
        r.headers_mut().insert(header::CONTENT_LANGUAGE, v);
    }
    r.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    r
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

pub async fn css() -> Response {
    asset("text/css; charset=utf-8", CSS)
}

pub async fn js() -> Response {
    asset("text/javascript; charset=utf-8", JS)
}

#[derive(Serialize)]
struct LocaleName {
    tag: String,
    name: String,
}

#[derive(Serialize)]
struct FactField {
    key: String,
    label: String,
    hint: String,
    rules: Vec<String>,
}

#[derive(Serialize)]
struct UiDoc<'a> {
    locale: &'a str,
    locales: Vec<LocaleName>,
    messages: BTreeMap<&'static str, String>,
    facts: Vec<FactField>,
    /// Whether `POST /api/report` exists in this build.
    report: bool,
}

/// `GET /api/ui?lang=`: everything the page shows, in one language.
pub async fn ui(State(s): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let loc = s.localizer(&for_request(&s, query_lang(&uri).as_deref(), &headers));
    let mut messages = BTreeMap::new();
    for id in PAGE_MESSAGES.iter().chain(SHARED_MESSAGES) {
        messages.insert(*id, loc.ui(id, &[]));
    }
    for (id, vars) in TEMPLATES {
        let pairs: Vec<(&str, FluentValue)> = vars
            .iter()
            .map(|v| (*v, FluentValue::from(format!("{{{v}}}"))))
            .collect();
        messages.insert(*id, loc.ui(id, &pairs));
    }
    let doc = UiDoc {
        locale: &loc.locale,
        locales: s
            .locales()
            .map(|tag| LocaleName {
                tag: tag.to_string(),
                name: s.localizer(tag).ui("serve-language-name", &[]),
            })
            .collect(),
        messages,
        facts: s
            .facts
            .iter()
            .map(|f| {
                let id = fact_message(&f.key);
                FactField {
                    key: f.key.clone(),
                    label: loc.get(&id, None, None).unwrap_or_else(|| f.key.clone()),
                    hint: loc
                        .get(&format!("{id}-hint"), None, None)
                        .unwrap_or_default(),
                    rules: f.rules.clone(),
                }
            })
            .collect(),
        report: true,
    };
    json(loc, &doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }

    #[test]
    fn fact_ids() {
        assert_eq!(
            fact_message("minutes_since_profile_download"),
            "serve-fact-minutes-since-profile-download"
        );
    }
}
