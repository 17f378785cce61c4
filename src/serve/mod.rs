//! `mdmdoc serve`: the HTTP API of SPEC §2 and the helpdesk page, on tokio + axum.
//!
//! The knowledge, the text matcher and one Fluent localizer per locale are built once at start
//! and shared by every request (`Arc<Shared>`). Every request passes one guard that bounds how
//! many run at once, gives each a deadline, answers errors as `{"error": "…"}` in the reader's
//! language, adds the security headers and logs one line without the body (bodies may hold
//! user names).

mod lang;
pub mod page;
mod routes;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use fluent_bundle::FluentValue;
use jiff::Timestamp;
use tokio::sync::Semaphore;

use crate::error::Error;
use crate::explain::Matcher;
use crate::i18n::Localizer;
use crate::knowledge::Knowledge;

/// Largest `POST /api/explain` body: pasted text, not files.
pub const EXPLAIN_LIMIT: usize = 64 * 1024;
/// Largest `POST /api/diagnose` (and report) body: a whole tenant snapshot.
pub const DIAGNOSE_LIMIT: usize = 64 * 1024 * 1024;

/// How the service runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Address to listen on, e.g. `127.0.0.1:8080` (port 0: any free port).
    pub listen: String,
    /// Deadline of one request, from its arrival (waiting for a slot included).
    pub timeout: Duration,
    /// Requests handled at once; more wait for a slot until their deadline.
    pub max_requests: usize,
    /// A fixed "now" for diagnoses that do not name one (`--now`); default: the clock.
    pub now: Option<Timestamp>,
}

/// A fact the page can ask for, and the rules whose answers depend on it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FactInput {
    pub key: String,
    /// Rules that branch on the fact, and rules that share their text (the answer without it).
    pub rules: Vec<String>,
}

/// Everything requests share, built once.
pub struct Shared {
    pub knowledge: Knowledge,
    pub matcher: Matcher,
    localizers: BTreeMap<String, Localizer>,
    pub facts: Vec<FactInput>,
    permits: Semaphore,
    /// Slots for reading and diagnosing snapshots (up to 64 MiB each): one per core, so memory
    /// stays bounded however many uploads arrive at once.
    pub heavy: Semaphore,
    pub timeout: Duration,
    pub now: Option<Timestamp>,
}

impl Shared {
    pub fn new(knowledge: Knowledge, options: &Options) -> Result<Shared, Error> {
        let mut localizers = BTreeMap::new();
        for locale in knowledge.catalog.locales() {
            localizers.insert(locale.to_string(), knowledge.catalog.localizer(locale)?);
        }
        if !localizers.contains_key(crate::i18n::FALLBACK) {
            localizers.insert(
                crate::i18n::FALLBACK.to_string(),
                knowledge.catalog.localizer(crate::i18n::FALLBACK)?,
            );
        }
        let matcher = Matcher::build(&knowledge);
        let facts = fact_inputs(&knowledge);
        Ok(Shared {
            knowledge,
            matcher,
            localizers,
            facts,
            permits: Semaphore::new(options.max_requests.max(1)),
            heavy: Semaphore::new(
                std::thread::available_parallelism()
                    .map(|n| n.get())
                    .unwrap_or(2)
                    .max(2),
            ),
            timeout: options.timeout,
            now: options.now,
        })
    }

    /// The locales the service speaks, sorted.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.localizers.keys().map(|s| s.as_str())
    }

    /// The localizer of a negotiated locale (en-US when it is not one of ours).
    pub fn localizer(&self, locale: &str) -> &Localizer {
        self.localizers
            .get(locale)
            .or_else(|| self.localizers.get(crate::i18n::FALLBACK))
            .expect("the fallback locale is always loaded")
    }
}

/// Which facts rules branch on (`text.facts`), with the rules that depend on each.
fn fact_inputs(k: &Knowledge) -> Vec<FactInput> {
    let mut by_key: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (i, rule) in k.rules.iter().enumerate() {
        if let Some(cond) = rule.spec.text.as_ref().and_then(|t| t.facts.as_ref()) {
            cond.visit_fields(&mut |p| {
                by_key.entry(p.0.clone()).or_default().insert(i);
            });
        }
    }
    let texts = |i: usize| -> BTreeSet<String> {
        let t = k.rules[i].spec.text.as_ref();
        t.map(|t| {
            t.phrases
                .iter()
                .chain(&t.codes)
                .map(|s| s.trim().to_lowercase())
                .collect()
        })
        .unwrap_or_default()
    };
    by_key
        .into_iter()
        .map(|(key, rules)| {
            let shared: BTreeSet<String> = rules.iter().flat_map(|&i| texts(i)).collect();
            let mut ids: BTreeSet<String> = rules.iter().map(|&i| k.rules[i].id().into()).collect();
            for (i, r) in k.rules.iter().enumerate() {
                if !texts(i).is_disjoint(&shared) {
                    ids.insert(r.id().to_string());
                }
            }
            FactInput {
                key,
                rules: ids.into_iter().collect(),
            }
        })
        .collect()
}

pub type AppState = Arc<Shared>;

/// An error answer: `{"error": "…"}` with a status, in the reader's language.
pub fn error_response(loc: &Localizer, status: StatusCode, text: String) -> Response {
    let mut r = (status, axum::Json(serde_json::json!({ "error": text }))).into_response();
    if let Ok(v) = HeaderValue::from_str(&loc.locale) {
        r.headers_mut().insert(header::CONTENT_LANGUAGE, v);
    }
    r
}

/// An error answer from a `serve-error-*` message.
pub fn ui_error(
    loc: &Localizer,
    status: StatusCode,
    id: &str,
    args: &[(&str, FluentValue)],
) -> Response {
    error_response(loc, status, loc.ui(id, args))
}

/// The one guard every request passes: a slot among `max_requests`, a deadline, security
/// headers and a log line (method, path, status, time; never the query or the body).
async fn guard(State(s): State<AppState>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let deadline = tokio::time::Instant::now() + s.timeout;
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let locale = lang::for_request(&s, lang::query_lang(req.uri()).as_deref(), req.headers());
    let loc = s.localizer(&locale);
    let seconds = || FluentValue::from(s.timeout.as_secs_f64());
    let mut response = match tokio::time::timeout_at(deadline, s.permits.acquire()).await {
        Ok(Ok(_permit)) => match tokio::time::timeout_at(deadline, next.run(req)).await {
            Ok(r) => r,
            Err(_) => ui_error(
                loc,
                StatusCode::SERVICE_UNAVAILABLE,
                "serve-error-timeout",
                &[("seconds", seconds())],
            ),
        },
        _ => ui_error(
            loc,
            StatusCode::SERVICE_UNAVAILABLE,
            "serve-error-busy",
            &[("seconds", seconds())],
        ),
    };
    let h = response.headers_mut();
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    eprintln!(
        "{} {} {} {} {:.1}ms",
        Timestamp::now()
            .round(jiff::Unit::Millisecond)
            .unwrap_or(Timestamp::now()),
        method,
        path,
        response.status().as_u16(),
        start.elapsed().as_secs_f64() * 1000.0
    );
    response
}

/// The routes, with the shared state and the guard.
pub fn router(state: AppState) -> Router {
    routes::routes()
        .layer(axum::middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state)
}

/// Resolves when the process is asked to stop (Ctrl-C, or SIGTERM on Unix).
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// Runs the service until Ctrl-C or SIGTERM; requests in flight are finished first.
/// `loc` is the operator's language (for the lines on `err`).
pub fn run(
    knowledge: Knowledge,
    loc: &Localizer,
    options: &Options,
    err: &mut dyn Write,
) -> Result<(), Error> {
    let listen_error = |reason: String| Error::Listen {
        addr: options.listen.clone(),
        reason,
    };
    let listener =
        std::net::TcpListener::bind(&options.listen).map_err(|e| listen_error(e.to_string()))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| listen_error(e.to_string()))?;
    let addr = listener
        .local_addr()
        .map_err(|e| listen_error(e.to_string()))?;
    let shared = Arc::new(Shared::new(knowledge, options)?);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| listen_error(e.to_string()))?;
    let app = router(shared);
    let _ = writeln!(
        err,
        "{}",
        loc.ui(
            "serve-listening",
            &[("url", FluentValue::from(format!("http://{addr}/")))]
        )
    );
    let _ = err.flush();
    runtime.block_on(async {
        let listener =
            tokio::net::TcpListener::from_std(listener).map_err(|e| listen_error(e.to_string()))?;
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(|e| listen_error(e.to_string()))
    })?;
    // Work that outlived its request's deadline is not waited for.
    runtime.shutdown_timeout(Duration::from_secs(5));
    let _ = writeln!(err, "{}", loc.ui("serve-stopped", &[]));
    Ok(())
}
