//! What every test of the binary shares: the command with a fixed environment, fixtures, the
//! fixed "now".
#![allow(dead_code)] // each test file uses its own part

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

pub const NOW: &str = "2026-11-22T12:00:00Z";

/// `mdmdoc` with no colour, a fixed width, no language or secret from the environment.
pub fn mdmdoc() -> Command {
    let mut cmd = Command::cargo_bin("mdmdoc").unwrap();
    cmd.env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("MDMDOC_CLIENT_SECRET")
        .env_remove("MDMDOC_REDACT_SALT")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The command's standard output as JSON.
pub fn json_of(cmd: &mut Command) -> Value {
    let out = cmd.output().unwrap();
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}
