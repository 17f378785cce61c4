//! Languages: the Fluent catalog, locale negotiation, and a `Localizer` that renders messages,
//! dates and documentation links for one reader.
//!
//! Message layout (see README): a rule's message id is the rule id; its attributes are
//! `.cause`, `.step-1` … `.step-N`, `.warning` (irreversible actions) and `.detail` (the
//! finding-specific sentence, the only one that takes variables). UI strings live in `ui.ftl`,
//! documentation titles in `docs.ftl`.

mod entries;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::Timestamp;
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Located};
use crate::knowledge::SourceFile;
pub use entries::Span;

/// The last locale of every fallback chain.
pub const FALLBACK: &str = "en-US";

/// All Fluent sources, by locale. A locale is opened on first use: the entries of its files are
/// located (build.rs did it for the built-in files; a `--locales` file is parsed then, which
/// reports it if it is broken). Its entries are then parsed one at a time, when a message needs
/// them (see [`Localizer`]).
#[derive(Debug)]
pub struct Catalog {
    locales: BTreeMap<String, Arc<Locale>>,
}

#[derive(Debug)]
struct Locale {
    files: Vec<SourceFile>,
    /// Each file's entries, once the locale is opened.
    spans: OnceLock<Result<Vec<Cow<'static, [Span]>>, Error>>,
    /// How many entries have been parsed so far.
    parsed: AtomicUsize,
}

impl Locale {
    fn open(&self) -> Result<&[Cow<'static, [Span]>], Error> {
        let spans = self.spans.get_or_init(|| {
            self.files
                .iter()
                .map(|f| match f.spans {
                    Some(spans) => Ok(Cow::Borrowed(spans)),
                    None => entries::spans(&f.text)
                        .map(Cow::Owned)
                        .map_err(|errors| ftl_error(f, &errors[0])),
                })
                .collect()
        });
        spans.as_ref().map(Vec::as_slice).map_err(clone_error)
    }

    /// The declaration of the entry `name`: the last file's that has one.
    fn entry(&self, name: &str) -> Option<(&str, &Span)> {
        let spans = self.open().ok()?;
        self.files.iter().zip(spans).rev().find_map(|(f, spans)| {
            entries::find(&f.text, spans, name).map(|s| (&f.text[s.text.clone()], s))
        })
    }
}

fn ftl_error(file: &SourceFile, error: &fluent_syntax::parser::ParserError) -> Error {
    let (line, column, message) = entries::locate(&file.text, error);
    Error::Ftl(Located {
        file: file.name.clone(),
        line,
        column,
        message,
    })
}

impl Catalog {
    pub fn load(files: Vec<SourceFile>) -> Result<Catalog, Error> {
        let mut locales: BTreeMap<String, Vec<SourceFile>> = BTreeMap::new();
        for file in files {
            let Some((locale, _)) = file.rel.split_once('/') else {
                return Err(Error::RuleShape {
                    file: file.name.clone(),
                    message: "Fluent files belong in a folder named after their locale, e.g. locales/fr-FR/ui.ftl".into(),
                });
            };
            match locales.get_mut(locale) {
                Some(files) => files.push(file),
                None => {
                    if locale.parse::<LanguageIdentifier>().is_err() {
                        return Err(Error::RuleShape {
                            file: file.name.clone(),
                            message: format!("`{locale}` is not a locale name such as fr-FR"),
                        });
                    }
                    locales.insert(locale.to_string(), vec![file]);
                }
            }
        }
        let locales = locales
            .into_iter()
            .map(|(name, files)| {
                let locale = Locale {
                    files,
                    spans: OnceLock::new(),
                    parsed: AtomicUsize::new(0),
                };
                (name, Arc::new(locale))
            })
            .collect();
        Ok(Catalog { locales })
    }

    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.locales.keys().map(|s| s.as_str())
    }

    /// Opens a locale (see [`Catalog`]): a broken file of a `--locales` directory is an error.
    /// Nothing to do for a locale the catalog does not have.
    pub fn open(&self, locale: &str) -> Result<(), Error> {
        match self.locales.get(locale) {
            Some(l) => l.open().map(drop),
            None => Ok(()),
        }
    }

    /// The locales opened so far (they are opened on first use).
    pub fn parsed_locales(&self) -> Vec<&str> {
        self.locales
            .iter()
            .filter(|(_, l)| l.spans.get().is_some())
            .map(|(k, _)| k.as_str())
            .collect()
    }

    /// How many Fluent entries of `locale` have been parsed so far, by every localizer.
    pub fn parsed_entries(&self, locale: &str) -> usize {
        self.locales
            .get(locale)
            .map_or(0, |l| l.parsed.load(Ordering::Relaxed))
    }

    pub fn files(&self, locale: &str) -> &[SourceFile] {
        self.locales
            .get(locale)
            .map(|l| l.files.as_slice())
            .unwrap_or(&[])
    }

    pub fn has_message(&self, locale: &str, id: &str) -> bool {
        self.locales
            .get(locale)
            .and_then(|l| l.entry(id))
            .is_some_and(|(_, span)| !span.term)
    }

    /// Builds the renderer for the negotiated locale and its fallbacks.
    pub fn localizer(&self, locale: &str) -> Result<Localizer, Error> {
        let mut chain = vec![locale];
        if locale != FALLBACK {
            chain.push(FALLBACK);
        }
        let mut bundles = Vec::new();
        for tag in chain {
            let Some(files) = self.locales.get(tag) else {
                continue;
            };
            files.open()?;
            let langid: LanguageIdentifier = tag.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            let _ = bundle.add_builtins();
            // Numbers follow the reader's language, also in messages from a fallback locale.
            bundle.set_formatter(Some(number_formatter(locale)));
            bundles.push(LazyBundle {
                locale: Arc::clone(files),
                state: Mutex::new(BundleState {
                    bundle,
                    seen: HashSet::new(),
                }),
            });
        }
        Ok(Localizer {
            locale: locale.to_string(),
            bundles,
        })
    }
}

/// The bundle of one locale of a chain, filled as messages are asked for.
struct LazyBundle {
    locale: Arc<Locale>,
    state: Mutex<BundleState>,
}

struct BundleState {
    bundle: FluentBundle<FluentResource>,
    /// The names already looked up, found or not.
    seen: HashSet<String>,
}

impl LazyBundle {
    /// Runs `f` on the bundle once it holds the entry `name` (if the locale has one) and every
    /// entry that one refers to, directly or not: the bundle then formats the message as one
    /// holding the whole locale would.
    fn with<T>(&self, name: &str, f: impl FnOnce(&FluentBundle<FluentResource>) -> T) -> T {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.load(&self.locale, name);
        f(&state.bundle)
    }
}

impl BundleState {
    fn load(&mut self, locale: &Locale, name: &str) {
        if self.seen.contains(name) {
            return;
        }
        // A worklist rather than recursion: a chain of references is as long as a file makes it.
        let mut pending = vec![name.to_string()];
        while let Some(name) = pending.pop() {
            if !self.seen.insert(name.clone()) {
                continue;
            }
            let Some((text, _)) = locale.entry(&name) else {
                continue;
            };
            // Every file was parsed whole once (by build.rs for the built-in ones): no errors
            // here.
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            locale.parsed.fetch_add(1, Ordering::Relaxed);
            let mut names = Vec::new();
            for entry in resource.entries() {
                entries::references(entry, &mut names);
            }
            pending.extend(names.into_iter().map(str::to_string));
            self.bundle.add_resource_overriding(resource);
        }
    }
}

/// Digit grouping in the reader's language (CLDR): en-US 12,345; fr-FR 12 345 (narrow no-break
/// space); ru-RU, fi-FI 12 345 (no-break space); bg-BG groups only from five digits (1234,
/// 12 345). Fluent still selects plurals on the number itself; this only changes how it is shown.
fn number_formatter<M>(locale: &str) -> fn(&FluentValue, &M) -> Option<String> {
    match locale.split('-').next().unwrap_or_default() {
        "fr" => group::<M, '\u{202f}', 1>,
        "ru" | "fi" => group::<M, '\u{a0}', 1>,
        "bg" => group::<M, '\u{a0}', 2>,
        _ => group::<M, ',', 1>,
    }
}

fn group<M, const SEP: char, const MIN: usize>(v: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(n) = v else {
        return None;
    };
    let x = n.value;
    if !x.is_finite()
        || x.fract() != 0.0
        || x.abs() >= 1e15
        || n.options.minimum_fraction_digits.is_some()
    {
        return None;
    }
    let digits = format!("{}", x.abs() as u64);
    if digits.len() < 3 + MIN {
        return None;
    }
    let mut out = String::with_capacity(digits.len() + 8);
    if x < 0.0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(SEP);
        }
        out.push(c);
    }
    Some(out)
}

fn clone_error(e: &Error) -> Error {
    match e {
        Error::Ftl(l) => Error::Ftl(l.clone()),
        other => Error::Usage(other.to_string()),
    }
}

/// Where the locale came from, and whether we had to fall back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negotiated {
    pub locale: String,
    /// The request that could not be honoured, for a warning.
    pub unmatched: Option<String>,
}

/// The reader's preference: `--lang`, then `LC_ALL`, `LC_MESSAGES`, `LANG` (the first one set
/// wins, as in POSIX; `C` and `POSIX` mean no preference), then the operating system's.
pub fn requested_locale(flag: Option<&str>) -> Option<String> {
    if let Some(f) = flag {
        return Some(f.to_string());
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            if v.is_empty() {
                continue;
            }
            return posix_to_bcp47(&v);
        }
    }
    if cfg!(target_os = "linux") {
        return None;
    }
    sys_locale::get_locale()
}

/// `fr_FR.UTF-8@euro` → `fr-FR`; `C`, `C.UTF-8`, `POSIX` → no preference.
pub fn posix_to_bcp47(v: &str) -> Option<String> {
    let base = v.split(['.', '@']).next().unwrap_or("");
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

/// Picks the best available locale for a request: `fr` → `fr-FR`, `fr-CA` → `fr-FR`, an unknown
/// language → en-US (reported in `unmatched`).
pub fn negotiate<'a>(
    requested: Option<&str>,
    available: impl Iterator<Item = &'a str>,
) -> Negotiated {
    let available: Vec<LanguageIdentifier> = available.filter_map(|s| s.parse().ok()).collect();
    let default: LanguageIdentifier = FALLBACK.parse().expect("valid");
    let Some(req) = requested else {
        return Negotiated {
            locale: FALLBACK.into(),
            unmatched: None,
        };
    };
    let Ok(req_id) = req.replace('_', "-").parse::<LanguageIdentifier>() else {
        return Negotiated {
            locale: FALLBACK.into(),
            unmatched: Some(req.to_string()),
        };
    };
    let chosen = fluent_langneg::negotiate_languages(
        &[req_id],
        &available,
        None,
        fluent_langneg::NegotiationStrategy::Filtering,
    );
    match chosen.first() {
        Some(l) => Negotiated {
            locale: l.to_string(),
            unmatched: None,
        },
        None => Negotiated {
            locale: default.to_string(),
            unmatched: Some(req.to_string()),
        },
    }
}

/// Renders messages for one reader.
pub struct Localizer {
    pub locale: String,
    bundles: Vec<LazyBundle>,
}

/// A Fluent argument list from plain values.
pub fn args<'a>(pairs: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(*k, v.clone());
    }
    a
}

impl Localizer {
    /// A message or one of its attributes, from the first locale in the chain that has it.
    /// `None` when no locale has it, or when a variable it needs is missing.
    pub fn get(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> Option<String> {
        for bundle in &self.bundles {
            let found = bundle.with(id, |bundle| {
                let msg = bundle.get_message(id)?;
                let pattern = match attr {
                    None => msg.value(),
                    Some(a) => msg.get_attribute(a).map(|at| at.value()),
                }?;
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                Some(errors.is_empty().then(|| text.into_owned()))
            });
            if let Some(text) = found {
                return text;
            }
        }
        None
    }

    /// The names of a message's attributes, in the chain's first locale that has the message.
    pub fn attributes(&self, id: &str) -> Vec<String> {
        for bundle in &self.bundles {
            let found = bundle.with(id, |bundle| {
                let msg = bundle.get_message(id)?;
                Some(msg.attributes().map(|a| a.id().to_string()).collect())
            });
            if let Some(names) = found {
                return names;
            }
        }
        Vec::new()
    }

    /// A UI string; its id if it is missing everywhere (lint prevents that).
    pub fn ui(&self, id: &str, pairs: &[(&str, FluentValue)]) -> String {
        let a = args(pairs);
        self.get(id, None, Some(&a))
            .unwrap_or_else(|| id.to_string())
    }

    /// A match score in [0, 1] as this reader writes a percentage: "match 97%", « correspondance
    /// 97 % ».
    pub fn score(&self, score: f64) -> String {
        let percent = FluentValue::from((score * 100.0).round());
        format!(
            "{} {}",
            self.ui("label-score", &[]),
            self.ui("score-percent", &[("percent", percent)])
        )
    }

    /// A UI label ready to precede its value: "Cause:" in English, « Cause : » in French.
    pub fn label(&self, id: &str) -> String {
        let label = self.ui(id, &[]);
        self.ui("label-colon", &[("label", FluentValue::from(label))])
    }

    /// A date (UTC) in the reader's format: `ui.ftl`'s `date` pattern with `month-N` names.
    pub fn date(&self, t: Timestamp) -> String {
        let d = t.to_zoned(jiff::tz::TimeZone::UTC).date();
        let month = self.ui(&format!("month-{}", d.month()), &[]);
        self.ui(
            "date",
            &[
                ("day", FluentValue::from(d.day() as f64)),
                ("month", FluentValue::from(month)),
                (
                    "month-number",
                    FluentValue::from(format!("{:02}", d.month())),
                ),
                ("day-padded", FluentValue::from(format!("{:02}", d.day()))),
                ("year", FluentValue::from(d.year().to_string())),
            ],
        )
    }

    /// A learn.microsoft.com link for this reader: `https://learn.microsoft.com/fr-fr/<path>`.
    pub fn learn_url(&self, path: &str) -> String {
        format!(
            "https://learn.microsoft.com/{}/{}",
            self.locale.to_ascii_lowercase(),
            path.trim_start_matches('/')
        )
    }
}

/// The en-US text of an error (what `Display` shows), rendered from the built-in `ui.ftl`.
pub fn render_error_en(e: &Error) -> String {
    static EN: OnceLock<Option<Localizer>> = OnceLock::new();
    let loc = EN.get_or_init(|| {
        let sources = crate::knowledge::Sources::default();
        let files = crate::knowledge::locale_sources(&sources).ok()?;
        let en: Vec<SourceFile> = files
            .into_iter()
            .filter(|f| f.rel.starts_with("en-US/"))
            .collect();
        Catalog::load(en).ok()?.localizer(FALLBACK).ok()
    });
    render_error(loc.as_ref(), e)
}

/// An error in the reader's language (falls back to a plain rendering without a catalog).
pub fn render_error(loc: Option<&Localizer>, e: &Error) -> String {
    let (id, pairs) = e.parts();
    if let Some(loc) = loc {
        let values: Vec<(&str, FluentValue)> = pairs
            .iter()
            .map(|(k, v)| (*k, FluentValue::from(v.as_str())))
            .collect();
        if let Some(text) = loc.get(id, None, Some(&args(&values))) {
            return text;
        }
    }
    let detail: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("{id}: {}", detail.join(", "))
}

/// Every UI message the code renders; `rules lint` checks each shipped locale has them all.
pub const UI_MESSAGES: &[&str] = &[
    "label-colon",
    "report-title",
    "report-skip-to-findings",
    "report-meta-tenant",
    "report-meta-snapshot",
    "report-meta-snapshot-time",
    "report-meta-as-of",
    "report-generator",
    "datetime",
    "report-glance",
    "report-by-severity",
    "report-by-area",
    "report-fix-first",
    "report-fix-first-explains",
    "report-findings",
    "report-no-findings",
    "report-subjects",
    "area-ade",
    "area-apns",
    "area-enrollment",
    "area-vpp",
    "report-changes",
    "report-changes-summary",
    "report-new",
    "report-resolved",
    "report-unchanged",
    "report-suppressed",
    "report-suppressed-intro",
    "report-expired",
    "report-expired-intro",
    "report-skipped",
    "label-reason",
    "label-owner",
    "label-expires",
    "label-subject-kind",
    "label-subject-id",
    "label-subject-name",
    "label-explained-by",
    "report-written",
    "diagnose-suppressed",
    "warn-suppression-expired",
    "error-suppression",
    "error-diagnosis-json",
    "error-format-not-available",
    "error-write",
    "severity-critical",
    "severity-high",
    "severity-medium",
    "severity-low",
    "severity-info",
    "label-cause",
    "label-steps",
    "label-warning",
    "label-docs",
    "label-detail",
    "label-score",
    "score-percent",
    "label-severity",
    "label-finding",
    "label-subject",
    "label-rule",
    "label-area",
    "label-title",
    "label-matches",
    "explain-heading",
    "explain-no-match",
    "explain-did-you-mean",
    "diagnose-heading",
    "diagnose-none",
    "diagnose-summary",
    "summary-count",
    "diagnose-skipped",
    "explained-by",
    "warn-unknown-locale",
    "rules-test-summary",
    "rules-test-failed",
    "rules-lint-clean",
    "rules-lint-problems",
    "rules-coverage",
    "expected-number",
    "expected-date",
    "expected-version",
    "expected-text",
    "date",
    "error-prefix",
    "warning-prefix",
    "error-yaml",
    "error-ftl",
    "error-io",
    "error-not-a-directory",
    "error-spill",
    "error-duplicate-rule",
    "error-rule",
    "error-missing-message",
    "error-snapshot-json",
    "error-snapshot-shape",
    "error-empty-input",
    "error-invalid-now",
    "error-invalid-fact",
    "error-unknown-rule",
    "error-usage",
    "error-listen",
    // The web service (serve.ftl).
    "serve-listening",
    "serve-stopped",
    "serve-request-body",
    "serve-error-timeout",
    "serve-error-busy",
    "serve-error-too-large",
    "serve-error-body",
    "serve-error-bad-json",
    "serve-error-fact-key",
    "serve-error-fact-value",
    "serve-error-bad-now",
    "serve-error-empty-body",
    "serve-error-internal",
    "serve-error-not-found",
    "serve-error-method",
    "serve-fact-minutes-since-profile-download",
    "serve-fact-minutes-since-profile-download-hint",
    "serve-error-report-format",
    "collect-progress-items",
    "collect-progress-done",
    "collect-progress-not-configured",
    "collect-retry-status",
    "collect-retry-timeout",
    "collect-retry-network",
    "collect-done",
    "collect-done-redacted",
    "collect-summary-records",
    "collect-summary-not-configured",
    "collect-next",
    "error-collect-no-secret",
    "error-collect-missing-flag",
    "error-collect-unexpected-flag",
    "error-collect-bad-url",
    "error-collect-bad-tenant",
    "error-collect-out-exists",
    "error-collect-write",
    "error-collect-auth",
    "error-collect-permission",
    "error-collect-http",
    "error-collect-network",
    "error-collect-timeout",
    "error-collect-bad-response",
    "error-collect-foreign-link",
    "scan-heading",
    "scan-summary",
    "scan-none",
    "scan-rules-heading",
    "scan-label-file",
    "scan-label-line",
];

#[cfg(test)]
mod number_tests {
    use super::*;

    fn fmt(locale: &str, n: f64) -> String {
        let f = number_formatter::<()>(locale);
        f(&FluentValue::from(n), &()).unwrap_or_else(|| n.to_string())
    }

    #[test]
    fn digits_are_grouped_the_way_each_language_writes_them() {
        assert_eq!(fmt("en-US", 200000.0), "200,000");
        assert_eq!(fmt("en-US", 999.0), "999");
        assert_eq!(fmt("fr-FR", 3612.0), "3\u{202f}612");
        assert_eq!(fmt("ru-RU", -1234567.0), "-1\u{a0}234\u{a0}567");
        assert_eq!(fmt("fi-FI", 2000.0), "2\u{a0}000");
        assert_eq!(fmt("bg-BG", 3612.0), "3612");
        assert_eq!(fmt("bg-BG", 12345.0), "12\u{a0}345");
        assert_eq!(fmt("en-US", 1.5), "1.5");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{Knowledge, Sources};

    /// Each entry of a built-in file parses alone into exactly what the whole file gives for it:
    /// what reading a locale one entry at a time relies on.
    #[test]
    fn an_entry_parses_alone_as_in_its_file() {
        let files = crate::knowledge::locale_sources(&Sources::default()).unwrap();
        for file in &files {
            let whole = fluent_syntax::parser::parse_runtime(file.text.as_ref()).unwrap();
            let spans = file.spans.expect("build.rs located the entries");
            assert_eq!(spans, entries::spans(&file.text).unwrap().as_slice());
            let mut named: BTreeMap<&str, String> = BTreeMap::new();
            for entry in &whole.body {
                let name = match entry {
                    fluent_syntax::ast::Entry::Message(m) => m.id.name,
                    fluent_syntax::ast::Entry::Term(t) => t.id.name,
                    _ => continue,
                };
                named.insert(name, format!("{entry:?}"));
            }
            assert_eq!(named.len(), spans.len(), "{}", file.name);
            for span in spans {
                let alone = fluent_syntax::parser::parse_runtime(&file.text[span.text.clone()])
                    .unwrap_or_else(|_| panic!("{}: {:?}", file.name, span));
                assert_eq!(alone.body.len(), 1, "{}: {span:?}", file.name);
                let name = &file.text[span.name.clone()];
                assert_eq!(format!("{:?}", alone.body[0]), named[name], "{name}");
            }
        }
    }

    /// The regression guard of `explain`'s start-up: answering in French reads the rule that
    /// matches and parses the French and English entries the answer shows (and those they refer
    /// to), not every rule and the whole locales.
    #[test]
    fn explaining_a_code_reads_only_what_it_shows() {
        let k = Knowledge::load(&Sources {
            skip_builtin_examples: true,
            ..Sources::default()
        })
        .unwrap();
        let loc = k.catalog.localizer("fr-FR").unwrap();
        let matcher = crate::explain::Matcher::build(&k);
        let now = Timestamp::UNIX_EPOCH;
        let found = crate::api::explain(
            &k,
            &matcher,
            "DeviceCapReached",
            &Default::default(),
            now,
            None,
        );
        let style = crate::render::Style {
            color: false,
            width: Some(100),
        };
        let args = found.args[0].clone();
        let text = crate::render::explain_table(&loc, &k, style, &found.matches, &args);
        assert!(text.contains("Cause"), "{text}");
        let read: Vec<&str> = k
            .rules
            .iter()
            .filter(|r| r.spec.is_read())
            .map(|r| r.id())
            .collect();
        assert_eq!(read, ["enroll-device-cap-reached"]);
        assert!(!k.tenant.is_read());
        assert_eq!(k.catalog.parsed_locales(), ["en-US", "fr-FR"]);
        for locale in ["en-US", "fr-FR"] {
            let total: usize = k
                .catalog
                .files(locale)
                .iter()
                .map(|f| f.spans.map_or(0, <[Span]>::len))
                .sum();
            let parsed = k.catalog.parsed_entries(locale);
            assert!(total > 250, "{locale}: {total} entries");
            assert!(
                parsed > 0 && parsed <= 20,
                "{locale}: {parsed} of {total} entries parsed"
            );
        }
    }
}
