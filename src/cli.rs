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
    /// Output format.
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
        /// The snapshot.
        state: String,
        /// Only what concerns this user (UPN); tenant-wide findings are kept.
        #[arg(long, value_name = "UPN")]
        user: Option<String>,
        /// Only what concerns this device (serial number); tenant-wide findings are kept.
        #[arg(long, value_name = "SERIAL")]
        device: Option<String>,
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
