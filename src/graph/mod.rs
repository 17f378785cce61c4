//! Live collection of a tenant snapshot from Microsoft Graph (`mdmdoc collect`,
//! `diagnose --live`).
//!
//! - [`auth`]: OAuth 2.0 client credentials against the Microsoft identity platform, with the
//!   access token cached and refreshed when it expires mid-run.
//! - [`client`]: one Graph request with retries (`Retry-After`, exponential backoff with jitter,
//!   bounded attempts), timeouts and errors that name the host and the permission.
//! - [`collect`]: the seven collections fetched concurrently, page by page, straight to disk,
//!   into a temporary directory renamed into place only when everything succeeded.
//! - [`redact`]: stable salted hashes for personal identifiers (`--redact`).
//! - [`progress`]: progress bars and retry notes on stderr, in the reader's language.

pub mod auth;
pub mod client;
pub mod collect;
pub mod command;
pub mod progress;
pub mod redact;

use std::path::PathBuf;
use std::time::Duration;

pub use collect::{Manifest, collect};

/// A Graph collection `collect` fetches: its snapshot key, its request, and the application
/// permissions that allow the request (least privileged first).
#[derive(Debug, Clone, Copy)]
pub struct CollectionSpec {
    pub name: &'static str,
    pub path: &'static str,
    pub singleton: bool,
    pub permissions: &'static [&'static str],
}

/// The seven collections of SPEC §3, in snapshot order.
pub const COLLECTIONS: &[CollectionSpec] = &[
    CollectionSpec {
        name: "depOnboardingSettings",
        path: "/beta/deviceManagement/depOnboardingSettings",
        singleton: false,
        permissions: &["DeviceManagementServiceConfig.Read.All"],
    },
    CollectionSpec {
        name: "vppTokens",
        path: "/beta/deviceAppManagement/vppTokens",
        singleton: false,
        permissions: &[
            "DeviceManagementApps.Read.All",
            "DeviceManagementServiceConfig.Read.All",
        ],
    },
    CollectionSpec {
        name: "applePushNotificationCertificate",
        path: "/beta/deviceManagement/applePushNotificationCertificate",
        singleton: true,
        permissions: &["DeviceManagementManagedDevices.Read.All"],
    },
    CollectionSpec {
        name: "deviceEnrollmentConfigurations",
        path: "/beta/deviceManagement/deviceEnrollmentConfigurations",
        singleton: false,
        permissions: &["DeviceManagementServiceConfig.Read.All"],
    },
    CollectionSpec {
        name: "managedDevices",
        path: "/beta/deviceManagement/managedDevices",
        singleton: false,
        permissions: &["DeviceManagementManagedDevices.Read.All"],
    },
    CollectionSpec {
        name: "troubleshootingEvents",
        path: "/beta/deviceManagement/troubleshootingEvents",
        singleton: false,
        permissions: &["DeviceManagementManagedDevices.Read.All"],
    },
    CollectionSpec {
        name: "organization",
        path: "/beta/organization",
        singleton: false,
        permissions: &["Organization.Read.All"],
    },
];

/// The client secret. Its `Debug` never shows it; nothing else prints it either.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: String) -> Secret {
        Secret(value)
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
    /// Replaces any occurrence of the secret in text that came from a server.
    pub fn scrub(&self, text: &str) -> String {
        if self.0.len() < 4 {
            return text.to_string();
        }
        text.replace(&self.0, "***")
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Retries and timeouts.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Collections fetched at the same time.
    pub concurrency: usize,
    /// Attempts per request, the first included.
    pub max_attempts: u32,
    /// First backoff delay; doubles on each retry, with jitter.
    pub backoff_base: Duration,
    /// Longest wait between two attempts (also caps `Retry-After`).
    pub backoff_cap: Duration,
    pub connect_timeout: Duration,
    /// A whole request, body included.
    pub request_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            concurrency: 4,
            max_attempts: 5,
            backoff_base: Duration::from_millis(500),
            backoff_cap: Duration::from_secs(120),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(60),
        }
    }
}

/// Everything `collect` needs.
#[derive(Debug, Clone)]
pub struct CollectOptions {
    pub tenant: String,
    pub client_id: String,
    pub secret: Secret,
    pub graph_url: reqwest::Url,
    pub login_url: reqwest::Url,
    pub out: PathBuf,
    /// Replace `out` when it already holds something.
    pub force: bool,
    /// Salt for `--redact`; `None` keeps the data as Graph returns it.
    pub redact_salt: Option<Vec<u8>>,
    /// `$select` for managedDevices (top-level field names); empty: every field.
    pub device_fields: Vec<String>,
    pub limits: Limits,
}

/// What went wrong while collecting. Each names the host or collection and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CollectError {
    /// `MDMDOC_CLIENT_SECRET` is not set.
    NoSecret,
    /// A flag `collect` needs is missing.
    MissingFlag(String),
    /// A flag given where it means nothing (e.g. `--tenant` without `--live`).
    UnexpectedFlag(String),
    BadUrl {
        flag: String,
        value: String,
        reason: String,
    },
    BadTenant(String),
    OutExists(PathBuf),
    /// The snapshot could not be written.
    Write {
        path: PathBuf,
        reason: String,
    },
    /// The identity platform refused the sign-in.
    Auth {
        host: String,
        status: u16,
        code: String,
        description: String,
        hint: &'static str,
    },
    /// Graph refused a collection (401/403).
    Permission {
        collection: String,
        status: u16,
        permissions: String,
        code: String,
        message: String,
    },
    /// Graph answered with an error status (after retries where that made sense).
    Http {
        collection: String,
        url: String,
        status: u16,
        attempts: u32,
        code: String,
        message: String,
    },
    Network {
        collection: String,
        host: String,
        attempts: u32,
        reason: String,
    },
    Timeout {
        collection: String,
        host: String,
        attempts: u32,
        seconds: u64,
    },
    /// A response that is not a Graph response.
    BadResponse {
        collection: String,
        url: String,
        message: String,
    },
    /// An `@odata.nextLink` pointing away from the Graph host (the token is not sent there).
    ForeignLink {
        collection: String,
        link: String,
        host: String,
    },
}

impl CollectError {
    pub fn write(path: &std::path::Path, e: &std::io::Error) -> CollectError {
        CollectError::Write {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }
    }

    /// The Fluent message id and its arguments (see `Error::parts`).
    pub fn parts(&self) -> (&'static str, Vec<(&'static str, String)>) {
        use CollectError::*;
        match self {
            NoSecret => ("error-collect-no-secret", vec![]),
            MissingFlag(flag) => ("error-collect-missing-flag", vec![("flag", flag.clone())]),
            UnexpectedFlag(flag) => (
                "error-collect-unexpected-flag",
                vec![("flag", flag.clone())],
            ),
            BadUrl {
                flag,
                value,
                reason,
            } => (
                "error-collect-bad-url",
                vec![
                    ("flag", flag.clone()),
                    ("value", value.clone()),
                    ("reason", reason.clone()),
                ],
            ),
            BadTenant(v) => ("error-collect-bad-tenant", vec![("value", v.clone())]),
            OutExists(p) => (
                "error-collect-out-exists",
                vec![("path", p.display().to_string())],
            ),
            Write { path, reason } => (
                "error-collect-write",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", reason.clone()),
                ],
            ),
            Auth {
                host,
                status,
                code,
                description,
                hint,
            } => (
                "error-collect-auth",
                vec![
                    ("host", host.clone()),
                    ("status", status.to_string()),
                    ("code", code.clone()),
                    ("description", description.clone()),
                    ("hint", (*hint).to_string()),
                ],
            ),
            Permission {
                collection,
                status,
                permissions,
                code,
                message,
            } => (
                "error-collect-permission",
                vec![
                    ("collection", collection.clone()),
                    ("status", status.to_string()),
                    ("permissions", permissions.clone()),
                    ("code", code.clone()),
                    ("message", message.clone()),
                ],
            ),
            Http {
                collection,
                url,
                status,
                attempts,
                code,
                message,
            } => (
                "error-collect-http",
                vec![
                    ("collection", collection.clone()),
                    ("url", url.clone()),
                    ("status", status.to_string()),
                    ("attempts", attempts.to_string()),
                    ("code", code.clone()),
                    ("message", message.clone()),
                ],
            ),
            Network {
                collection,
                host,
                attempts,
                reason,
            } => (
                "error-collect-network",
                vec![
                    ("collection", collection.clone()),
                    ("host", host.clone()),
                    ("attempts", attempts.to_string()),
                    ("reason", reason.clone()),
                ],
            ),
            Timeout {
                collection,
                host,
                attempts,
                seconds,
            } => (
                "error-collect-timeout",
                vec![
                    ("collection", collection.clone()),
                    ("host", host.clone()),
                    ("attempts", attempts.to_string()),
                    ("seconds", seconds.to_string()),
                ],
            ),
            BadResponse {
                collection,
                url,
                message,
            } => (
                "error-collect-bad-response",
                vec![
                    ("collection", collection.clone()),
                    ("url", url.clone()),
                    ("message", message.clone()),
                ],
            ),
            ForeignLink {
                collection,
                link,
                host,
            } => (
                "error-collect-foreign-link",
                vec![
                    ("collection", collection.clone()),
                    ("link", link.clone()),
                    ("host", host.clone()),
                ],
            ),
        }
    }
}

impl From<CollectError> for crate::Error {
    fn from(e: CollectError) -> Self {
        crate::Error::Collect(e)
    }
}

/// `host` or `host:port` of a URL, for messages.
pub fn host_of(url: &reqwest::Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_string(),
        _ => url.as_str().to_string(),
    }
}

/// Parses a `--graph-url` / `--login-url` value: an absolute http(s) URL without query.
pub fn parse_base_url(flag: &str, value: &str) -> Result<reqwest::Url, CollectError> {
    let bad = |reason: &str| CollectError::BadUrl {
        flag: flag.to_string(),
        value: value.to_string(),
        reason: reason.to_string(),
    };
    let url = reqwest::Url::parse(value.trim_end_matches('/')).map_err(|e| bad(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad(
            "the scheme must be https (or http for a local test server)",
        ));
    }
    if url.host_str().is_none() {
        return Err(bad("there is no host name"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad("a base URL takes no query or fragment"));
    }
    Ok(url)
}

/// A tenant is a GUID or a domain name such as contoso.onmicrosoft.com.
pub fn check_tenant(tenant: &str) -> Result<(), CollectError> {
    let ok = !tenant.is_empty()
        && tenant.len() <= 256
        && tenant
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        && !tenant.starts_with('.');
    if ok {
        Ok(())
    } else {
        Err(CollectError::BadTenant(tenant.to_string()))
    }
}

/// The `$select` fields for managedDevices: the top-level keys the loaded rules read.
pub fn device_fields(projection: &crate::snapshot::Projection) -> Vec<String> {
    let Some(Some(set)) = projection.fields.get("managedDevices") else {
        return Vec::new();
    };
    let mut out: Vec<String> = set
        .iter()
        .map(|f| f.split('.').next().unwrap_or(f).to_string())
        .filter(|f| !f.is_empty() && !f.starts_with('@'))
        .collect();
    out.push("id".into());
    out.sort();
    out.dedup();
    out
}
