//! Command-line arguments (clap types only; behaviour lives in `app`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::knowledge::rule::Severity;
use crate::render::Format;

#[derive(Debug, Parser)]
#[command(
    name = "mdmdoc",
    version,
    about = "Explains and diagnoses Apple enrollment problems in Microsoft Intune",
    long_about = "Explains and diagnoses Apple enrollment problems in Microsoft Intune: paste an error code, a message or a log excerpt (explain), or give it a tenant snapshot exported from Microsoft Graph (diagnose).\n\nExit status: 0 success, 1 findings at or above --fail-on / no match, 2 bad usage or input."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Language of the output (en-US, fr-FR, …); default from LC_ALL, LC_MESSAGES, LANG.
    #[arg(long, global = true, value_name = "LOCALE")]
    pub lang: Option<String>,
    /// Language of what mdmdoc itself says on the terminal (warnings, errors, progress);
    /// default: --lang, then the environment. `report --lang fr-FR --ui-lang en-US` writes a
    /// French report while talking to you in English.
    #[arg(long, global = true, value_name = "LOCALE")]
    pub ui_lang: Option<String>,
    /// Output format (table, json, markdown; report also html and csv).
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,
    /// The moment "now" means (RFC 3339); default: the clock.
    #[arg(long, global = true, value_name = "RFC3339")]
    pub now: Option<String>,
    /// Extra or overriding rules (a directory of YAML rules); repeatable.
    #[arg(long = "rules", global = true, value_name = "DIR")]
    pub rule_dirs: Vec<PathBuf>,
    /// Extra or overriding messages (a directory of <locale>/*.ftl); repeatable.
    #[arg(long = "locales", global = true, value_name = "DIR")]
    pub locale_dirs: Vec<PathBuf>,
    /// Leave out findings and matches less severe than this.
    #[arg(long, global = true, value_enum, value_name = "SEVERITY")]
    pub min_severity: Option<Severity>,
    /// Exit with 1 when a finding is at least this severe (default: low).
    #[arg(long, global = true, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<Severity>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Explain an error code, message or log excerpt (read from stdin when absent or `-`).
    #[command(allow_negative_numbers = true)]
    Explain {
        /// The text; words are joined by spaces. A rule id works too.
        text: Vec<String>,
        /// An observed fact rules may branch on, e.g. minutes_since_profile_download=20.
        #[arg(long = "fact", value_name = "KEY=VALUE")]
        facts: Vec<String>,
    },
    /// Evaluate every rule against a tenant snapshot (file, directory, or - for stdin).
    Diagnose {
        /// The snapshot (not with --live).
        #[arg(required_unless_present = "live", conflicts_with = "live")]
        state: Option<String>,
        /// Collect the snapshot from Microsoft Graph now (needs --tenant and --client-id).
        #[arg(long)]
        live: bool,
        #[command(flatten)]
        graph: GraphArgs,
        /// Only what concerns this user (UPN); tenant-wide findings are kept.
        #[arg(long, value_name = "UPN")]
        user: Option<String>,
        /// Only what concerns this device (serial number); tenant-wide findings are kept.
        #[arg(long, value_name = "SERIAL")]
        device: Option<String>,
        /// Known findings to set aside (YAML: rule, subject, reason, expires, owner).
        #[arg(long, value_name = "FILE")]
        suppress: Option<PathBuf>,
    },
    /// Write a localized report of a diagnosis: html, markdown, csv or json.
    Report {
        /// The snapshot (file, directory, or - for stdin).
        state: String,
        /// Where to write it (default: standard output). The format follows the extension
        /// (.html, .md, .csv, .json) unless --format is given.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Only what concerns this user (UPN); tenant-wide findings are kept.
        #[arg(long, value_name = "UPN")]
        user: Option<String>,
        /// Only what concerns this device (serial number); tenant-wide findings are kept.
        #[arg(long, value_name = "SERIAL")]
        device: Option<String>,
        /// Known findings to set aside (YAML: rule, subject, reason, expires, owner).
        #[arg(long, value_name = "FILE")]
        suppress: Option<PathBuf>,
        /// An earlier `diagnose --format json` (or report JSON): adds "changes since the last run".
        #[arg(long, value_name = "OLD.json")]
        baseline: Option<PathBuf>,
        /// CSV for Excel: starts the file with a UTF-8 byte order mark.
        #[arg(long)]
        excel: bool,
    },
    /// Compare two `diagnose --format json` outputs: new, resolved and unchanged findings.
    Diff {
        /// The earlier run.
        old: PathBuf,
        /// The later run.
        new: PathBuf,
    },
    /// Serve the HTTP API and the helpdesk web page (stop with Ctrl-C or SIGTERM).
    Serve {
        /// Address and port to listen on (port 0: any free port, printed at start).
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
        listen: String,
        /// Seconds a request may take, waiting for a free slot included.
        #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
        timeout: u64,
        /// Requests handled at once; more wait for a slot until their timeout.
        #[arg(long, value_name = "N", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=4096))]
        max_requests: u64,
    },
    /// Fetch a tenant snapshot from Microsoft Graph into DIR (client secret from the environment
    /// variable MDMDOC_CLIENT_SECRET).
    Collect {
        #[command(flatten)]
        graph: GraphArgs,
        /// Where to write the snapshot (a directory, created when the run succeeds).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Replace DIR when it already holds something.
        #[arg(long)]
        force: bool,
    },
    /// Scan log files (or stdin) line by line for every rule's codes, messages and patterns.
    Scan {
        /// Log files; none or `-`: standard input.
        #[arg(value_name = "FILE")]
        files: Vec<String>,
    },
    /// The knowledge base itself.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List every rule.
    List,
    /// Show one rule in the chosen language.
    Show { id: String },
    /// Validate rules and locales (DIR: extra rules, or a folder with rules/ and locales/).
    Lint { dir: Option<PathBuf> },
    /// Run every rule's own examples (DIR as for lint).
    Test { dir: Option<PathBuf> },
    /// Print the JSON Schema of rule files.
    Schema,
}

/// Signing in to Microsoft Graph and fetching from it (`collect`, `diagnose --live`).
#[derive(Debug, Args)]
#[command(next_help_heading = "Microsoft Graph")]
pub struct GraphArgs {
    /// Directory (tenant) id or domain, e.g. contoso.onmicrosoft.com.
    #[arg(long, value_name = "TENANT")]
    pub tenant: Option<String>,
    /// Application (client) id of the app registration.
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Microsoft Graph endpoint (national clouds, tests).
    #[arg(
        long,
        value_name = "URL",
        default_value = "https://graph.microsoft.com"
    )]
    pub graph_url: String,
    /// Microsoft identity platform endpoint (national clouds, tests).
    #[arg(
        long,
        value_name = "URL",
        default_value = "https://login.microsoftonline.com"
    )]
    pub login_url: String,
    /// Replace user names, e-mail addresses, serial numbers, device names and Apple IDs by
    /// stable salted hashes (salt from MDMDOC_REDACT_SALT, else random per run).
    #[arg(long)]
    pub redact: bool,
    /// Collections fetched at the same time.
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=16))]
    pub concurrency: u16,
    /// Seconds one request (body included) may take.
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0, value_parser = seconds)]
    pub timeout: f64,
    /// Seconds to wait for a connection.
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0, value_parser = seconds)]
    pub connect_timeout: f64,
    /// Attempts per request before giving up (429, 5xx, timeouts and network errors are retried).
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub max_attempts: u32,
    /// First retry delay in milliseconds (doubles each time, with jitter).
    #[arg(long, value_name = "MS", default_value_t = 500, hide = true)]
    pub retry_base_ms: u64,
}

/// A positive number of seconds (fractions allowed), at most a day.
fn seconds(s: &str) -> Result<f64, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a number of seconds"))?;
    if v.is_finite() && v > 0.0 && v <= 86_400.0 {
        Ok(v)
    } else {
        Err(format!(
            "`{s}`: give a number of seconds above 0 and at most 86400"
        ))
    }
}
