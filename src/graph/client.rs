//! One Graph request done well: bounded attempts, `Retry-After` for 429/503/504, exponential
//! backoff with jitter otherwise, connect and request timeouts, the token refreshed once when
//! Graph says it expired, and errors that name the host, the collection and the permission.

use std::future::Future;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;
use tokio::io::AsyncWriteExt;
use tokio::sync::mpsc::UnboundedSender;

use super::auth::TokenSource;
use super::progress::{Event, RetryCause};
use super::{CollectError, CollectionSpec, Limits, host_of};
use crate::error::Error;

/// The outcome of one attempt.
pub enum Attempt<T> {
    /// Final: success, or an error that another attempt would not fix.
    Done(T),
    /// A transient status (429, 5xx): try again after `Retry-After` or a backoff.
    Retry(T),
    /// No answer: connection refused, reset, timed out.
    Transport(reqwest::Error),
}

/// Something an attempt returns that knows its HTTP status and `Retry-After`.
pub trait Answer {
    fn status(&self) -> u16;
    fn retry_after(&self) -> Option<Duration>;
}

impl Answer for reqwest::Response {
    fn status(&self) -> u16 {
        self.status().as_u16()
    }
    fn retry_after(&self) -> Option<Duration> {
        retry_after(self.headers())
    }
}

/// Runs attempts with backoff and reports each retry.
#[derive(Clone)]
pub struct Retrier {
    pub limits: Limits,
    pub events: UnboundedSender<Event>,
}

impl Retrier {
    /// Statuses worth another attempt.
    pub fn retryable(status: u16) -> bool {
        matches!(status, 408 | 429 | 500 | 502 | 503 | 504)
    }

    /// Runs `attempt` until it is done or the attempts run out. Returns the last answer and the
    /// number of attempts made; a transport failure on the last attempt is an error naming
    /// `host` and `collection`.
    pub async fn run<T, F, Fut>(
        &self,
        collection: &str,
        host: &str,
        mut attempt: F,
    ) -> Result<(T, u32), Error>
    where
        T: Answer,
        F: FnMut() -> Fut,
        Fut: Future<Output = Attempt<T>>,
    {
        let max = self.limits.max_attempts.max(1);
        let mut n = 1;
        loop {
            let (cause, hinted) = match attempt().await {
                Attempt::Done(t) => return Ok((t, n)),
                Attempt::Retry(t) if n >= max => return Ok((t, n)),
                Attempt::Retry(t) => {
                    let status = t.status();
                    let hinted = if matches!(status, 429 | 503 | 504) {
                        t.retry_after()
                    } else {
                        None
                    };
                    (RetryCause::Status(status), hinted)
                }
                Attempt::Transport(e) => {
                    if n >= max {
                        return Err(transport_error(collection, host, n, &e, &self.limits).into());
                    }
                    let cause = if e.is_timeout() {
                        RetryCause::Timeout
                    } else {
                        RetryCause::Network(transport_reason(&e))
                    };
                    (cause, None)
                }
            };
            let delay = match hinted {
                Some(d) => d.min(self.limits.backoff_cap),
                None => self.backoff(n),
            };
            let _ = self.events.send(Event::Retry {
                collection: collection.to_string(),
                host: host.to_string(),
                cause,
                delay,
                attempt: n,
                max,
            });
            tokio::time::sleep(delay).await;
            n += 1;
        }
    }

    /// Exponential backoff with jitter: between half and all of base × 2^(n-1), capped.
    fn backoff(&self, n: u32) -> Duration {
        let base = self.limits.backoff_base.as_secs_f64();
        let full = (base * 2f64.powi(n.saturating_sub(1).min(30) as i32))
            .min(self.limits.backoff_cap.as_secs_f64());
        Duration::from_secs_f64(full * (0.5 + fastrand::f64() * 0.5))
    }
}

/// `Retry-After` as seconds or an HTTP date.
pub fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = value.parse::<f64>()
        && secs.is_finite()
        && secs >= 0.0
    {
        return Some(Duration::from_secs_f64(secs));
    }
    let at = jiff::fmt::rfc2822::parse(value).ok()?.timestamp();
    let wait = at.as_second() - jiff::Timestamp::now().as_second();
    Some(Duration::from_secs(wait.max(0) as u64))
}

/// The causes of a transport error, innermost last, without the URL reqwest puts first.
pub fn transport_reason(e: &reqwest::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let text = s.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = s.source();
    }
    if parts.is_empty() {
        if e.is_connect() {
            return "connection failed".into();
        }
        return e.to_string();
    }
    parts.join(": ")
}

fn transport_error(
    collection: &str,
    host: &str,
    attempts: u32,
    e: &reqwest::Error,
    limits: &Limits,
) -> CollectError {
    if e.is_timeout() {
        let seconds = if e.is_connect() {
            limits.connect_timeout
        } else {
            limits.request_timeout
        };
        CollectError::Timeout {
            collection: collection.to_string(),
            host: host.to_string(),
            attempts,
            seconds: seconds.as_secs().max(1),
        }
    } else {
        CollectError::Network {
            collection: collection.to_string(),
            host: host.to_string(),
            attempts,
            reason: transport_reason(e),
        }
    }
}

/// Reads at most `limit` bytes of a body as text (for error messages).
pub async fn read_limited(mut response: reqwest::Response, limit: usize) -> Option<String> {
    let mut buf = Vec::new();
    while let Some(chunk) = response.chunk().await.ok()? {
        buf.extend_from_slice(&chunk);
        if buf.len() >= limit {
            buf.truncate(limit);
            break;
        }
    }
    Some(String::from_utf8_lossy(&buf).into_owned())
}

/// Graph's `{"error": {"code", "message"}}`, or the start of whatever came back.
pub fn graph_error(body: &str) -> (String, String) {
    let json: Option<Value> = serde_json::from_str(body).ok();
    let err = json.as_ref().and_then(|j| j.get("error"));
    let code = err
        .and_then(|e| e.get("code"))
        .and_then(Value::as_str)
        .unwrap_or("-")
        .to_string();
    let message = match err.and_then(|e| e.get("message")).and_then(Value::as_str) {
        Some(m) => m.to_string(),
        None => body.chars().take(200).collect(),
    };
    let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
    (
        code,
        if message.is_empty() {
            "-".into()
        } else {
            message
        },
    )
}

/// What one page request ended with.
pub enum Page {
    /// The body is in the file.
    Written,
    /// 404 (for the APNs singleton: not configured).
    NotFound,
    /// The page could not be written to disk.
    Io(std::io::Error),
    /// An error status and the start of its body.
    Failed {
        status: u16,
        retry_after: Option<Duration>,
        body: String,
    },
}

impl Answer for Page {
    fn status(&self) -> u16 {
        match self {
            Page::Written => 200,
            Page::NotFound => 404,
            Page::Io(_) => 0,
            Page::Failed { status, .. } => *status,
        }
    }
    fn retry_after(&self) -> Option<Duration> {
        match self {
            Page::Failed { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// Graph requests for one run.
pub struct Graph {
    pub http: reqwest::Client,
    pub tokens: TokenSource,
    pub retrier: Retrier,
}

impl Graph {
    /// GETs `url` and streams a successful body into `file` (chunk by chunk: a page is never
    /// held in memory whole). Returns [`Page::NotFound`] for a 404 when `spec` is a singleton.
    pub async fn get_page(
        &self,
        spec: &CollectionSpec,
        url: &reqwest::Url,
        file: &Path,
    ) -> Result<Page, Error> {
        let host = host_of(url);
        let mut refreshed = false;
        let mut bearer = self.tokens.bearer().await?;
        loop {
            let (page, attempts) = self
                .retrier
                .run(spec.name, &host, || self.attempt(url, &bearer.value, file))
                .await?;
            match page {
                Page::Written => return Ok(Page::Written),
                Page::Io(e) => return Err(CollectError::write(file, &e).into()),
                Page::NotFound if spec.singleton => return Ok(Page::NotFound),
                Page::Failed { status: 401, .. } if !refreshed => {
                    // The token expired under us (or was revoked): one fresh token, once.
                    refreshed = true;
                    bearer = self.tokens.refresh(&bearer).await?;
                }
                Page::Failed {
                    status: status @ (401 | 403),
                    body,
                    ..
                } => {
                    let (code, message) = graph_error(&body);
                    return Err(CollectError::Permission {
                        collection: spec.name.to_string(),
                        status,
                        permissions: spec.permissions.join(", "),
                        code,
                        message,
                    }
                    .into());
                }
                Page::NotFound => {
                    return Err(CollectError::Http {
                        collection: spec.name.to_string(),
                        url: url.to_string(),
                        status: 404,
                        attempts,
                        code: "-".into(),
                        message: "-".into(),
                    }
                    .into());
                }
                Page::Failed { status, body, .. } => {
                    let (code, message) = graph_error(&body);
                    return Err(CollectError::Http {
                        collection: spec.name.to_string(),
                        url: url.to_string(),
                        status,
                        attempts,
                        code,
                        message,
                    }
                    .into());
                }
            }
        }
    }

    async fn attempt(&self, url: &reqwest::Url, token: &str, file: &Path) -> Attempt<Page> {
        let sent = self
            .http
            .get(url.clone())
            .bearer_auth(token)
            .header("accept", "application/json")
            .send()
            .await;
        let mut response = match sent {
            Ok(r) => r,
            Err(e) => return Attempt::Transport(e),
        };
        let status = response.status().as_u16();
        if (200..300).contains(&status) {
            let out = match tokio::fs::File::create(file).await {
                Ok(f) => f,
                Err(e) => {
                    return Attempt::Done(Page::Io(e));
                }
            };
            let mut out = tokio::io::BufWriter::with_capacity(1 << 20, out);
            loop {
                match response.chunk().await {
                    Ok(Some(chunk)) => {
                        if let Err(e) = out.write_all(&chunk).await {
                            return Attempt::Done(Page::Io(e));
                        }
                    }
                    Ok(None) => break,
                    Err(e) => return Attempt::Transport(e),
                }
            }
            if let Err(e) = out.flush().await {
                return Attempt::Done(Page::Io(e));
            }
            return Attempt::Done(Page::Written);
        }
        if status == 404 {
            return Attempt::Done(Page::NotFound);
        }
        let retry_after = retry_after(response.headers());
        let body = read_limited(response, 64 * 1024).await.unwrap_or_default();
        let page = Page::Failed {
            status,
            retry_after,
            body,
        };
        if Retrier::retryable(status) {
            Attempt::Retry(page)
        } else {
            Attempt::Done(page)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

    fn headers(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_str(v).unwrap());
        h
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        assert_eq!(retry_after(&headers("0")), Some(Duration::ZERO));
        assert_eq!(retry_after(&headers(" 17 ")), Some(Duration::from_secs(17)));
        assert_eq!(
            retry_after(&headers("1.5")),
            Some(Duration::from_millis(1500))
        );
        // A date in the past means now.
        assert_eq!(
            retry_after(&headers("Sun, 06 Nov 1994 08:49:37 GMT")),
            Some(Duration::ZERO)
        );
        let later = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(120);
        let date = jiff::fmt::rfc2822::DateTimePrinter::new()
            .timestamp_to_rfc9110_string(&later)
            .unwrap();
        let wait = retry_after(&headers(&date)).unwrap();
        assert!(
            wait > Duration::from_secs(100) && wait <= Duration::from_secs(120),
            "{wait:?}"
        );
        assert_eq!(retry_after(&headers("soon")), None);
        assert_eq!(retry_after(&headers("-3")), None);
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let (tx, _rx) = tokio::sync::mpsc::unbounded_channel();
        let r = Retrier {
            limits: Limits {
                backoff_base: Duration::from_millis(500),
                backoff_cap: Duration::from_secs(4),
                ..Limits::default()
            },
            events: tx,
        };
        for _ in 0..200 {
            let d1 = r.backoff(1).as_secs_f64();
            let d3 = r.backoff(3).as_secs_f64();
            let d9 = r.backoff(9).as_secs_f64();
            assert!((0.25..=0.5).contains(&d1), "{d1}");
            assert!((1.0..=2.0).contains(&d3), "{d3}");
            assert!((2.0..=4.0).contains(&d9), "{d9}");
        }
    }

    #[test]
    fn graph_error_bodies() {
        let (code, message) =
            graph_error(r#"{"error":{"code":"Forbidden","message":"Not  allowed\n here"}}"#);
        assert_eq!(
            (code.as_str(), message.as_str()),
            ("Forbidden", "Not allowed here")
        );
        let (code, message) = graph_error("<html>Bad gateway</html>");
        assert_eq!(
            (code.as_str(), message.as_str()),
            ("-", "<html>Bad gateway</html>")
        );
        assert_eq!(graph_error("").1, "-");
    }
}
