//! The `collect` command and `diagnose --live`: flags and environment in, a snapshot on disk
//! out.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use fluent_bundle::FluentValue;

use super::progress::Reporter;
use super::redact::Redactor;
use super::{CollectError, CollectOptions, Limits, Manifest, Secret};
use crate::app::{Context, Io, Outcome};
use crate::cli::GraphArgs;
use crate::error::Error;
use crate::render::Format;

/// The environment variable that holds the client secret (never a flag: flags end up in shell
/// history and process lists).
pub const SECRET_VAR: &str = "MDMDOC_CLIENT_SECRET";
/// The environment variable that holds the `--redact` salt.
pub const SALT_VAR: &str = "MDMDOC_REDACT_SALT";

/// Builds the collection options from the flags, the environment and the loaded knowledge.
pub fn options(
    ctx: &Context,
    args: &GraphArgs,
    out: &Path,
    force: bool,
) -> Result<CollectOptions, Error> {
    let tenant = args
        .tenant
        .clone()
        .ok_or_else(|| CollectError::MissingFlag("--tenant".into()))?;
    super::check_tenant(&tenant)?;
    let client_id = args
        .client_id
        .clone()
        .filter(|c| !c.trim().is_empty())
        .ok_or_else(|| CollectError::MissingFlag("--client-id".into()))?;
    let graph_url = super::parse_base_url("--graph-url", &args.graph_url)?;
    let login_url = super::parse_base_url("--login-url", &args.login_url)?;
    let secret = std::env::var(SECRET_VAR)
        .ok()
        .filter(|s| !s.is_empty())
        .ok_or(CollectError::NoSecret)?;
    let redact_salt = args.redact.then(|| match std::env::var(SALT_VAR) {
        Ok(s) if !s.is_empty() => s.into_bytes(),
        _ => Redactor::random_salt(),
    });
    let projection = crate::engine::projection(&ctx.knowledge);
    Ok(CollectOptions {
        tenant,
        client_id: client_id.trim().to_string(),
        secret: Secret::new(secret),
        graph_url,
        login_url,
        out: out.to_path_buf(),
        force,
        redact_salt,
        device_fields: super::device_fields(&projection),
        limits: Limits {
            concurrency: usize::from(args.concurrency),
            max_attempts: args.max_attempts,
            backoff_base: Duration::from_millis(args.retry_base_ms),
            connect_timeout: Duration::from_secs_f64(args.connect_timeout),
            request_timeout: Duration::from_secs_f64(args.timeout),
            ..Limits::default()
        },
    })
}

fn run(ctx: &Context, io: &mut Io, opts: &CollectOptions) -> Result<Manifest, Error> {
    let tty = std::io::stderr().is_terminal();
    let mut reporter = Reporter::new(&ctx.ui, io.err, tty);
    super::collect(opts, &mut reporter)
}

/// `mdmdoc collect`.
pub fn collect(
    ctx: &Context,
    io: &mut Io,
    args: &GraphArgs,
    out: &Path,
    force: bool,
) -> Result<Outcome, Error> {
    let opts = options(ctx, args, out, force)?;
    let manifest = run(ctx, io, &opts)?;
    let text = match ctx.format {
        Format::Json => {
            let mut t = serde_json::to_string_pretty(&manifest).expect("manifest serializes");
            t.push('\n');
            t
        }
        _ => summary(ctx, &manifest, out),
    };
    io.out
        .write_all(text.as_bytes())
        .map_err(|e| Error::io(Path::new("<stdout>"), e))?;
    Ok(Outcome::Clean)
}

fn summary(ctx: &Context, manifest: &Manifest, out: &Path) -> String {
    let loc = &ctx.loc;
    let path = FluentValue::from(out.display().to_string());
    let mut text = loc.ui(
        if manifest.redacted {
            "collect-done-redacted"
        } else {
            "collect-done"
        },
        &[("path", path)],
    );
    text.push('\n');
    let width = manifest
        .collections
        .iter()
        .map(|c| c.name.len())
        .max()
        .unwrap_or(0);
    for c in &manifest.collections {
        let line = if c.status == "notConfigured" {
            loc.ui("collect-summary-not-configured", &[])
        } else {
            loc.ui(
                "collect-summary-records",
                &[
                    ("count", FluentValue::from(c.items as f64)),
                    ("pages", FluentValue::from(c.pages as f64)),
                ],
            )
        };
        text.push_str(&format!("  {:<width$}  {line}\n", c.name));
    }
    let command = format!(
        "mdmdoc diagnose {}",
        shell_quote(&out.display().to_string())
    );
    text.push_str(&loc.ui("collect-next", &[("command", FluentValue::from(command))]));
    text.push('\n');
    text
}

fn shell_quote(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:=@".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// A snapshot collected for `diagnose --live`, removed when dropped.
pub struct LiveSnapshot {
    root: PathBuf,
    dir: PathBuf,
}

impl LiveSnapshot {
    pub fn path(&self) -> &Path {
        &self.dir
    }
}

impl Drop for LiveSnapshot {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// `diagnose --live`: collects into a private temporary directory.
pub fn live_snapshot(ctx: &Context, io: &mut Io, args: &GraphArgs) -> Result<LiveSnapshot, Error> {
    let root = std::env::temp_dir().join(format!(
        "mdmdoc-live-{}-{:08x}",
        std::process::id(),
        fastrand::u32(..)
    ));
    let snapshot = LiveSnapshot {
        dir: root.join("snapshot"),
        root,
    };
    let opts = options(ctx, args, &snapshot.dir, false)?;
    run(ctx, io, &opts)?;
    Ok(snapshot)
}

/// Graph flags given to a `diagnose` without `--live` would be silently ignored: say so.
pub fn reject_without_live(args: &GraphArgs) -> Result<(), Error> {
    let flag = if args.tenant.is_some() {
        Some("--tenant")
    } else if args.client_id.is_some() {
        Some("--client-id")
    } else if args.redact {
        Some("--redact")
    } else {
        None
    };
    match flag {
        Some(f) => Err(CollectError::UnexpectedFlag(f.into()).into()),
        None => Ok(()),
    }
}
