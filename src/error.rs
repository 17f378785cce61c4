//! Errors a user can cause. Each names the place (file, line, column or JSON path) and what to
//! do. Their wording is a Fluent message (`error-*` in `locales/*/ui.ftl`), so it is translated
//! like every other string; `Display` renders the en-US text.

use std::path::{Path, PathBuf};

/// A position in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", english(self))]
    Yaml(Located),
    #[error("{}", english(self))]
    Ftl(Located),
    #[error("{}", english(self))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", english(self))]
    NotADirectory(PathBuf),
    /// The temporary files that group counts spill to (see `crate::groups`) failed.
    #[error("{}", english(self))]
    Spill {
        dir: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", english(self))]
    DuplicateRule {
        id: String,
        first: String,
        second: String,
    },
    #[error("{}", english(self))]
    RuleShape { file: String, message: String },
    #[error("{}", english(self))]
    MissingMessage {
        file: String,
        rule: String,
        message: String,
        locale: String,
    },
    #[error("{}", english(self))]
    SnapshotJson {
        file: String,
        line: usize,
        column: usize,
        path: String,
        message: String,
    },
    #[error("{}", english(self))]
    SnapshotShape {
        file: String,
        path: String,
        message: String,
    },
    #[error("{}", english(self))]
    EmptyInput,
    #[error("{}", english(self))]
    InvalidNow(String),
    #[error("{}", english(self))]
    InvalidFact { value: String, reason: String },
    #[error("{}", english(self))]
    UnknownRule { id: String, suggestions: String },
    #[error("{}", english(self))]
    Usage(String),
    /// A suppression entry that cannot be used; `problem` is `no-reason`, `unknown-rule` or
    /// `bad-expiry`.
    #[error("{}", english(self))]
    Suppression {
        file: String,
        line: usize,
        entry: usize,
        rule: String,
        problem: String,
    },
    /// A file given to `diff` or `--baseline` that is not a diagnosis; `message` is `not-object`,
    /// `no-findings`, `no-rule` or `no-subject`.
    #[error("{}", english(self))]
    DiagnosisJson {
        file: String,
        path: String,
        message: String,
    },
    #[error("{}", english(self))]
    FormatNotAvailable {
        format: String,
        command: String,
        available: String,
    },
    #[error("{}", english(self))]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", english(self))]
    Listen { addr: String, reason: String },
    /// Live collection from Microsoft Graph (`collect`, `diagnose --live`).
    #[error("{}", english(self))]
    Collect(crate::graph::CollectError),
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// The Fluent message id and its arguments.
    pub fn parts(&self) -> (&'static str, Vec<(&'static str, String)>) {
        fn loc(l: &Located) -> Vec<(&'static str, String)> {
            vec![
                ("file", l.file.clone()),
                ("line", l.line.to_string()),
                ("column", l.column.to_string()),
                ("message", l.message.clone()),
            ]
        }
        match self {
            Error::Yaml(l) => ("error-yaml", loc(l)),
            Error::Ftl(l) => ("error-ftl", loc(l)),
            Error::Io { path, source } => (
                "error-io",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", io_reason(source)),
                ],
            ),
            Error::Spill { dir, source } => (
                "error-spill",
                vec![
                    ("path", dir.display().to_string()),
                    ("reason", io_reason(source)),
                ],
            ),
            Error::NotADirectory(p) => (
                "error-not-a-directory",
                vec![("path", p.display().to_string())],
            ),
            Error::DuplicateRule { id, first, second } => (
                "error-duplicate-rule",
                vec![
                    ("id", id.clone()),
                    ("first", first.clone()),
                    ("second", second.clone()),
                ],
            ),
            Error::RuleShape { file, message } => (
                "error-rule",
                vec![("file", file.clone()), ("message", message.clone())],
            ),
            Error::MissingMessage {
                file,
                rule,
                message,
                locale,
            } => (
                "error-missing-message",
                vec![
                    ("file", file.clone()),
                    ("rule", rule.clone()),
                    ("message", message.clone()),
                    ("locale", locale.clone()),
                ],
            ),
            Error::SnapshotJson {
                file,
                line,
                column,
                path,
                message,
            } => (
                "error-snapshot-json",
                vec![
                    ("file", file.clone()),
                    ("line", line.to_string()),
                    ("column", column.to_string()),
                    ("path", path.clone()),
                    ("message", message.clone()),
                ],
            ),
            Error::SnapshotShape {
                file,
                path,
                message,
            } => (
                "error-snapshot-shape",
                vec![
                    ("file", file.clone()),
                    ("path", path.clone()),
                    ("message", message.clone()),
                ],
            ),
            Error::EmptyInput => ("error-empty-input", vec![]),
            Error::InvalidNow(v) => ("error-invalid-now", vec![("value", v.clone())]),
            Error::InvalidFact { value, reason } => (
                "error-invalid-fact",
                vec![("value", value.clone()), ("reason", reason.clone())],
            ),
            Error::UnknownRule { id, suggestions } => (
                "error-unknown-rule",
                vec![
                    ("id", id.clone()),
                    (
                        "suggestions",
                        if suggestions.is_empty() {
                            "none".into()
                        } else {
                            suggestions.clone()
                        },
                    ),
                ],
            ),
            Error::Usage(m) => ("error-usage", vec![("message", m.clone())]),
            Error::Suppression {
                file,
                line,
                entry,
                rule,
                problem,
            } => (
                "error-suppression",
                vec![
                    ("file", file.clone()),
                    ("line", line.to_string()),
                    ("entry", entry.to_string()),
                    ("rule", rule.clone()),
                    ("problem", problem.clone()),
                ],
            ),
            Error::DiagnosisJson {
                file,
                path,
                message,
            } => (
                "error-diagnosis-json",
                vec![
                    ("file", file.clone()),
                    ("path", path.clone()),
                    ("problem", message.clone()),
                ],
            ),
            Error::FormatNotAvailable {
                format,
                command,
                available,
            } => (
                "error-format-not-available",
                vec![
                    ("format", format.clone()),
                    ("command", command.clone()),
                    ("available", available.clone()),
                ],
            ),
            Error::Write { path, source } => (
                "error-write",
                vec![
                    ("path", path.display().to_string()),
                    ("reason", io_reason(source)),
                ],
            ),
            Error::Listen { addr, reason } => (
                "error-listen",
                vec![("addr", addr.clone()), ("reason", reason.clone())],
            ),
            Error::Collect(e) => e.parts(),
        }
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn english(e: &Error) -> String {
    crate::i18n::render_error_en(e)
}
