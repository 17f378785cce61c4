//! mdmdoc: a diagnostic and troubleshooting knowledge engine for Apple devices managed by
//! Microsoft Intune.
//!
//! Data flows one way: knowledge (YAML rules, Fluent messages) is loaded and checked once
//! ([`knowledge`]); pasted text is matched ([`explain`]) or a snapshot is streamed through the
//! rules ([`snapshot`], [`engine`]) into language-neutral findings; [`render`] applies the
//! reader's language ([`i18n`]) last.

pub mod api;
pub mod app;
pub mod cli;
pub mod diff;
pub mod engine;
pub mod error;
pub mod explain;
pub mod graph;
pub mod groups;
pub mod i18n;
pub mod knowledge;
pub mod records;
pub mod render;
pub mod report;
pub mod scan;
pub mod serve;
pub mod snapshot;
pub mod suppress;

pub use error::Error;

/// The JSON Schema of rule files, as committed in `schemas/rule.schema.json`.
pub fn schema() -> String {
    let schema = schemars::schema_for!(knowledge::rule::RuleFile);
    let mut text = serde_json::to_string_pretty(&schema).expect("schema serializes");
    text.push('\n');
    text
}
