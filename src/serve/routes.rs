//! The endpoints of SPEC §2, plus the page, its assets and its strings.

// An early answer (`Err(Response)`) is returned once per request at most; boxing it buys nothing.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use fluent_bundle::FluentValue;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::lang::{for_request, query_lang, query_param};
use super::{AppState, DIAGNOSE_LIMIT, EXPLAIN_LIMIT, Shared, error_response, page, ui_error};
use crate::api;
use crate::error::Error;
use crate::i18n::{self, Localizer};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(page::index))
        .route("/page.css", get(page::css))
        .route("/page.js", get(page::js))
        .route("/healthz", get(healthz))
        .route("/api/ui", get(page::ui))
        .route(
            "/api/explain",
            post(explain).layer(DefaultBodyLimit::max(EXPLAIN_LIMIT)),
        )
        .route(
            "/api/diagnose",
            post(diagnose).layer(DefaultBodyLimit::max(DIAGNOSE_LIMIT)),
        )
        .route(
            "/api/report",
            post(report).layer(DefaultBodyLimit::max(DIAGNOSE_LIMIT)),
        )
        .route("/api/rules", get(rule_list))
        .route("/api/rules/{id}", get(rule_show))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
}

/// A JSON answer in the reader's language.
pub fn json<T: Serialize>(loc: &Localizer, value: &T) -> Response {
    let mut r = axum::Json(value).into_response();
    if let Ok(v) = HeaderValue::from_str(&loc.locale) {
        r.headers_mut().insert(header::CONTENT_LANGUAGE, v);
    }
    r
}

/// `64 KiB`, `64 MiB`.
fn size_text(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{} KiB", bytes >> 10)
    }
}

/// Reads the body within `limit` (set on the route), or the error answer: 413 when too large.
async fn read_body(
    s: &AppState,
    req: Request,
    loc: &Localizer,
    limit: usize,
) -> Result<Bytes, Response> {
    match Bytes::from_request(req, s).await {
        Ok(b) => Ok(b),
        Err(r) if r.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(ui_error(
            loc,
            StatusCode::PAYLOAD_TOO_LARGE,
            "serve-error-too-large",
            &[("limit", FluentValue::from(size_text(limit)))],
        )),
        Err(r) => Err(ui_error(
            loc,
            StatusCode::BAD_REQUEST,
            "serve-error-body",
            &[("reason", FluentValue::from(r.body_text()))],
        )),
    }
}

/// Runs CPU work off the async threads; a panic becomes a 500, never a dropped connection.
async fn work<F>(s: &AppState, locale: &str, f: F) -> Response
where
    F: FnOnce(&Shared, &Localizer) -> Response + Send + 'static,
{
    let shared = s.clone();
    let tag = locale.to_string();
    match tokio::task::spawn_blocking(move || f(&shared, shared.localizer(&tag))).await {
        Ok(r) => r,
        Err(_) => ui_error(
            s.localizer(locale),
            StatusCode::INTERNAL_SERVER_ERROR,
            "serve-error-internal",
            &[],
        ),
    }
}

async fn healthz(State(s): State<AppState>) -> Response {
    axum::Json(serde_json::json!({
        "status": "ok",
        "rules": s.knowledge.rules.len(),
        "locales": s.locales().collect::<Vec<_>>(),
    }))
    .into_response()
}

#[derive(Deserialize)]
struct ExplainRequest {
    text: String,
    #[serde(default)]
    facts: Option<Map<String, Value>>,
    #[serde(default)]
    lang: Option<String>,
}

fn valid_fact_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
}

/// The request's facts as the matcher takes them: numbers stay numbers, text that reads as a
/// number becomes one, empty values are left out (a form field nobody filled in).
fn facts(loc: &Localizer, given: Map<String, Value>) -> Result<Map<String, Value>, Response> {
    let mut out = Map::new();
    for (key, value) in given {
        if !valid_fact_key(&key) {
            return Err(ui_error(
                loc,
                StatusCode::BAD_REQUEST,
                "serve-error-fact-key",
                &[("key", FluentValue::from(key))],
            ));
        }
        match value {
            Value::Null => {}
            Value::String(s) if s.trim().is_empty() => {}
            Value::String(s) => {
                if let Ok((k, v)) = crate::explain::parse_fact(&format!("{key}={s}")) {
                    out.insert(k, v);
                }
            }
            v @ (Value::Number(_) | Value::Bool(_)) => {
                out.insert(key, v);
            }
            Value::Array(_) | Value::Object(_) => {
                return Err(ui_error(
                    loc,
                    StatusCode::BAD_REQUEST,
                    "serve-error-fact-value",
                    &[("key", FluentValue::from(key))],
                ));
            }
        }
    }
    Ok(out)
}

async fn explain(State(s): State<AppState>, req: Request) -> Response {
    let first = for_request(&s, query_lang(req.uri()).as_deref(), req.headers());
    let headers = req.headers().clone();
    let loc = s.localizer(&first);
    let body = match read_body(&s, req, loc, EXPLAIN_LIMIT).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let request: ExplainRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            return ui_error(
                loc,
                StatusCode::BAD_REQUEST,
                "serve-error-bad-json",
                &[("reason", FluentValue::from(e.to_string()))],
            );
        }
    };
    // A `lang` in the body wins over the header; the query's already counted.
    let locale = match request.lang.as_deref() {
        Some(l) if !l.trim().is_empty() => for_request(&s, Some(l), &headers),
        _ => first,
    };
    let loc = s.localizer(&locale);
    let facts = match facts(loc, request.facts.unwrap_or_default()) {
        Ok(f) => f,
        Err(r) => return r,
    };
    let now = s.now.unwrap_or_else(Timestamp::now);
    work(&s, &locale, move |s, loc| {
        let k = &s.knowledge;
        let found = api::explain(k, &s.matcher, &request.text, &facts, now, None);
        json(loc, &api::explain_json(loc, k, &request.text, &found))
    })
    .await
}

/// What `diagnose` and `report` read before the snapshot: the language and the moment.
fn now_param(s: &Shared, uri: &Uri, loc: &Localizer) -> Result<Timestamp, Response> {
    match query_param(uri, "now").filter(|n| !n.trim().is_empty()) {
        None => Ok(s.now.unwrap_or_else(Timestamp::now)),
        Some(n) => crate::app::parse_now(Some(n.trim())).map_err(|_| {
            ui_error(
                loc,
                StatusCode::BAD_REQUEST,
                "serve-error-bad-now",
                &[("value", FluentValue::from(n))],
            )
        }),
    }
}

/// Reads a snapshot body (one heavy slot at a time per core) and diagnoses it, then `answer`
/// renders the diagnosis.
async fn with_diagnosis<F>(s: AppState, req: Request, answer: F) -> Response
where
    F: FnOnce(&Shared, &Localizer, crate::engine::Diagnosis) -> Response + Send + 'static,
{
    let locale = for_request(&s, query_lang(req.uri()).as_deref(), req.headers());
    let loc = s.localizer(&locale);
    let now = match now_param(&s, req.uri(), loc) {
        Ok(n) => n,
        Err(r) => return r,
    };
    let Ok(_slot) = s.heavy.acquire().await else {
        return ui_error(
            loc,
            StatusCode::SERVICE_UNAVAILABLE,
            "serve-error-internal",
            &[],
        );
    };
    let body = match read_body(&s, req, loc, DIAGNOSE_LIMIT).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    if body.iter().all(u8::is_ascii_whitespace) {
        return ui_error(loc, StatusCode::BAD_REQUEST, "serve-error-empty-body", &[]);
    }
    work(&s, &locale, move |s, loc| {
        let name = loc.ui("serve-request-body", &[]);
        match crate::engine::diagnose_bytes(&s.knowledge, &body, &name, now) {
            Ok(d) => answer(s, loc, d),
            Err(e) => error_response(
                loc,
                StatusCode::BAD_REQUEST,
                i18n::render_error(Some(loc), &e),
            ),
        }
    })
    .await
}

async fn diagnose(State(s): State<AppState>, req: Request) -> Response {
    with_diagnosis(s, req, |s, loc, d| {
        json(loc, &crate::render::diagnose_json(loc, &s.knowledge, &d))
    })
    .await
}

/// `POST /api/report?format=html|markdown|csv|json&lang=&now=&name=`: the report of `mdmdoc
/// report` for an uploaded snapshot, as a download.
async fn report(State(s): State<AppState>, req: Request) -> Response {
    use crate::render::Format;
    let format = query_param(req.uri(), "format").unwrap_or_else(|| "html".into());
    let format = match format.as_str() {
        "html" => Format::Html,
        "markdown" | "md" => Format::Markdown,
        "csv" => Format::Csv,
        "json" => Format::Json,
        other => {
            let loc = s.localizer(&for_request(
                &s,
                query_lang(req.uri()).as_deref(),
                req.headers(),
            ));
            return ui_error(
                loc,
                StatusCode::BAD_REQUEST,
                "serve-error-report-format",
                &[("format", FluentValue::from(other.to_string()))],
            );
        }
    };
    let name = query_param(req.uri(), "name").filter(|n| !n.trim().is_empty());
    with_diagnosis(s, req, move |s, loc, d| {
        let k = &s.knowledge;
        let applied = crate::suppress::Applied::default();
        let meta = crate::report::Meta::new(
            name.unwrap_or_else(|| loc.ui("serve-request-body", &[])),
            None,
            &d,
        );
        let r = crate::report::Report {
            loc,
            knowledge: k,
            diagnosis: &d,
            applied: &applied,
            changes: None,
            meta: Some(&meta),
        };
        let (body, content_type, ext) = match format {
            Format::Json => (
                serde_json::to_string_pretty(&r.json()).unwrap_or_default(),
                "application/json",
                "json",
            ),
            Format::Markdown => (r.markdown(), "text/markdown; charset=utf-8", "md"),
            Format::Csv => (r.csv(false), "text/csv; charset=utf-8", "csv"),
            _ => (r.html(), "text/html; charset=utf-8", "html"),
        };
        let mut resp = (
            [
                (header::CONTENT_TYPE, content_type.to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!(
                        "attachment; filename=\"mdmdoc-report-{}.{ext}\"",
                        loc.locale
                    ),
                ),
                // The report is one self-contained file: inline styles and pictures, no script.
                (
                    header::CONTENT_SECURITY_POLICY,
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:".to_string(),
                ),
            ],
            body,
        )
            .into_response();
        if let Ok(v) = HeaderValue::from_str(&loc.locale) {
            resp.headers_mut().insert(header::CONTENT_LANGUAGE, v);
        }
        resp
    })
    .await
}

async fn rule_list(State(s): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let loc = s.localizer(&for_request(&s, query_lang(&uri).as_deref(), &headers));
    json(loc, &api::rule_list(loc, &s.knowledge))
}

async fn rule_show(
    State(s): State<AppState>,
    Path(id): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let loc = s.localizer(&for_request(&s, query_lang(&uri).as_deref(), &headers));
    match s.knowledge.rule(id.trim()) {
        Some(rule) => json(loc, &api::rule_show(loc, rule)),
        None => {
            let e = Error::UnknownRule {
                suggestions: s.matcher.suggest(&id).join(", "),
                id,
            };
            error_response(
                loc,
                StatusCode::NOT_FOUND,
                i18n::render_error(Some(loc), &e),
            )
        }
    }
}

async fn not_found(State(s): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let loc = s.localizer(&for_request(&s, query_lang(&uri).as_deref(), &headers));
    ui_error(
        loc,
        StatusCode::NOT_FOUND,
        "serve-error-not-found",
        &[("path", FluentValue::from(uri.path().to_string()))],
    )
}

async fn method_not_allowed(State(s): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let loc = s.localizer(&for_request(&s, query_lang(&uri).as_deref(), &headers));
    ui_error(
        loc,
        StatusCode::METHOD_NOT_ALLOWED,
        "serve-error-method",
        &[("path", FluentValue::from(uri.path().to_string()))],
    )
}
