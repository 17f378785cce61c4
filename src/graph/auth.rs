//! OAuth 2.0 client credentials against the Microsoft identity platform.
//!
//! `POST {login-url}/{tenant}/oauth2/v2.0/token` with the app's id and secret and the scope
//! `{graph-url}/.default`. The token is cached and fetched again shortly before it expires, or
//! when Graph says it has (a 401 mid-run).

use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::Mutex;

use super::client::{Attempt, Retrier};
use super::{CollectError, Secret, host_of};
use crate::error::Error;

/// A token this close to its expiry is fetched again before use.
const EXPIRY_MARGIN: Duration = Duration::from_secs(120);

#[derive(Debug, Clone)]
struct Token {
    value: String,
    expires: Instant,
    generation: u64,
}

/// Hands out a valid access token.
pub struct TokenSource {
    http: reqwest::Client,
    token_url: reqwest::Url,
    client_id: String,
    secret: Secret,
    scope: String,
    retrier: Retrier,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    token: Option<Token>,
    /// A sign-in that failed: every later request gets the same answer instead of asking again.
    failed: Option<CollectError>,
}

/// A bearer token and which fetch it came from (to refresh it only once when several requests
/// see it expire together).
#[derive(Debug, Clone)]
pub struct Bearer {
    pub value: String,
    pub generation: u64,
}

impl TokenSource {
    pub fn new(
        http: reqwest::Client,
        login_url: &reqwest::Url,
        graph_url: &reqwest::Url,
        tenant: &str,
        client_id: &str,
        secret: Secret,
        retrier: Retrier,
    ) -> TokenSource {
        let mut token_url = login_url.clone();
        {
            let mut segments = token_url
                .path_segments_mut()
                .expect("http(s) URLs have path segments");
            segments.pop_if_empty();
            segments.extend([tenant, "oauth2", "v2.0", "token"]);
        }
        let scope = format!("{}/.default", graph_url.as_str().trim_end_matches('/'));
        TokenSource {
            http,
            token_url,
            client_id: client_id.to_string(),
            secret,
            scope,
            retrier,
            state: Mutex::new(State::default()),
        }
    }

    /// A token that is valid for a while yet.
    pub async fn bearer(&self) -> Result<Bearer, Error> {
        let mut state = self.state.lock().await;
        if let Some(e) = &state.failed {
            return Err(e.clone().into());
        }
        if let Some(t) = state.token.as_ref()
            && t.expires > Instant::now()
        {
            return Ok(Bearer {
                value: t.value.clone(),
                generation: t.generation,
            });
        }
        let generation = state.token.as_ref().map_or(1, |t| t.generation + 1);
        let token = match self.fetch(generation).await {
            Ok(t) => t,
            Err(Error::Collect(e)) => {
                state.failed = Some(e.clone());
                return Err(e.into());
            }
            Err(e) => return Err(e),
        };
        let bearer = Bearer {
            value: token.value.clone(),
            generation,
        };
        state.token = Some(token);
        Ok(bearer)
    }

    /// Graph rejected `stale` as expired: fetch a new token unless another request already did.
    pub async fn refresh(&self, stale: &Bearer) -> Result<Bearer, Error> {
        {
            let mut state = self.state.lock().await;
            if let Some(t) = state.token.as_mut()
                && t.generation == stale.generation
            {
                t.expires = Instant::now();
            }
        }
        self.bearer().await
    }

    async fn fetch(&self, generation: u64) -> Result<Token, Error> {
        let host = host_of(&self.token_url);
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("client_id", &self.client_id)
            .append_pair("client_secret", self.secret.expose())
            .append_pair("scope", &self.scope)
            .append_pair("grant_type", "client_credentials")
            .finish();
        let (response, _) = self
            .retrier
            .run("sign-in", &host, || {
                let request = self
                    .http
                    .post(self.token_url.clone())
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("accept", "application/json")
                    .body(body.clone());
                async move {
                    match request.send().await {
                        Err(e) => Attempt::Transport(e),
                        Ok(r) if Retrier::retryable(r.status().as_u16()) => Attempt::Retry(r),
                        Ok(r) => Attempt::Done(r),
                    }
                }
            })
            .await?;
        let status = response.status().as_u16();
        let text = super::client::read_limited(response, 64 * 1024)
            .await
            .unwrap_or_default();
        let json: Option<Value> = serde_json::from_str(&text).ok();
        if (200..300).contains(&status) {
            let token = json
                .as_ref()
                .and_then(|j| j.get("access_token"))
                .and_then(Value::as_str);
            let Some(token) = token else {
                return Err(CollectError::Auth {
                    host,
                    status,
                    code: "-".into(),
                    description: "the answer holds no access_token".into(),
                    hint: "other",
                }
                .into());
            };
            let lifetime = json
                .as_ref()
                .and_then(|j| j.get("expires_in"))
                .and_then(|v| v.as_u64().or_else(|| v.as_str()?.parse().ok()))
                .unwrap_or(3599);
            let lifetime = Duration::from_secs(lifetime).saturating_sub(EXPIRY_MARGIN);
            return Ok(Token {
                value: token.to_string(),
                expires: Instant::now() + lifetime,
                generation,
            });
        }
        Err(self.auth_error(&host, status, json.as_ref(), &text).into())
    }

    /// The identity platform's own error code and description, never the secret.
    fn auth_error(
        &self,
        host: &str,
        status: u16,
        json: Option<&Value>,
        text: &str,
    ) -> CollectError {
        let str_of = |k: &str| json.and_then(|j| j.get(k)).and_then(Value::as_str);
        let number = json
            .and_then(|j| j.get("error_codes"))
            .and_then(|c| c.get(0))
            .and_then(Value::as_u64);
        let code = match (number, str_of("error")) {
            (Some(n), Some(e)) => format!("AADSTS{n} ({e})"),
            (Some(n), None) => format!("AADSTS{n}"),
            (None, Some(e)) => e.to_string(),
            (None, None) => "-".to_string(),
        };
        let description = str_of("error_description")
            .map(str::to_string)
            .unwrap_or_else(|| text.chars().take(300).collect());
        let description = self
            .secret
            .scrub(&description.split_whitespace().collect::<Vec<_>>().join(" "));
        let hint = match number {
            Some(7000215 | 7000222 | 7000216) => "secret",
            Some(90002 | 900023 | 90072 | 900022) => "tenant",
            Some(700016 | 700038 | 700054) => "client",
            Some(65001 | 500011) => "consent",
            _ if str_of("error") == Some("invalid_client") => "secret",
            _ => "other",
        };
        CollectError::Auth {
            host: host.to_string(),
            status,
            code,
            description,
            hint,
        }
    }
}
