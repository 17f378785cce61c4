//! The commands: arguments in, text out, an outcome for the exit status.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::PathBuf;

use fluent_bundle::FluentValue;
use jiff::Timestamp;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::cli::{Cli, Command, RulesCommand};
use crate::engine::{self, Filter};
use crate::error::Error;
use crate::explain::{Matcher, parse_fact};
use crate::i18n::{self, Localizer};
use crate::knowledge::rule::Severity;
use crate::knowledge::{Knowledge, Sources, lint};
use crate::render::{self, Format, Style};
use crate::snapshot::Input;

/// What a successful run found, for the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing to report (exit 0).
    Clean,
    /// Findings at or above --fail-on, no match, failed lint or tests (exit 1).
    Found,
}

/// Streams and terminal facts, given by `main` (and by tests).
pub struct Io<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub style: Style,
}

/// Everything a command needs: knowledge, language, time.
pub struct Context {
    pub knowledge: Knowledge,
    pub loc: Localizer,
    pub now: Timestamp,
    pub format: Format,
}

fn write_out(io: &mut Io, text: &str) -> Result<(), Error> {
    io.out
        .write_all(text.as_bytes())
        .map_err(|e| Error::io(&PathBuf::from("<stdout>"), e))
}

fn json_out<T: Serialize>(io: &mut Io, value: &T) -> Result<(), Error> {
    let mut text = serde_json::to_string_pretty(value).expect("serializable");
    text.push('\n');
    write_out(io, &text)
}

pub fn parse_now(arg: Option<&str>) -> Result<Timestamp, Error> {
    match arg {
        None => Ok(Timestamp::now()),
        Some(s) => crate::knowledge::value::parse_timestamp(s)
            .filter(|_| s.contains('T') || s.len() == 10)
            .ok_or_else(|| Error::InvalidNow(s.to_string())),
    }
}

/// Loads knowledge and the reader's language; warns on stderr when the language fell back.
pub fn context(cli: &Cli, sources: &Sources, io: &mut Io) -> Result<Context, Error> {
    let knowledge = Knowledge::load(sources)?;
    let requested = i18n::requested_locale(cli.global.lang.as_deref());
    let negotiated = i18n::negotiate(requested.as_deref(), knowledge.catalog.locales());
    let loc = knowledge.catalog.localizer(&negotiated.locale)?;
    if let Some(unmatched) = negotiated.unmatched {
        let line = loc.ui(
            "warn-unknown-locale",
            &[
                ("requested", FluentValue::from(unmatched)),
                ("used", FluentValue::from(negotiated.locale.clone())),
            ],
        );
        let _ = writeln!(io.err, "{} {line}", loc.ui("warning-prefix", &[]));
    }
    let now = parse_now(cli.global.now.as_deref())?;
    Ok(Context {
        knowledge,
        loc,
        now,
        format: cli.global.format.unwrap_or(Format::Table),
    })
}

pub fn run(cli: &Cli, io: &mut Io) -> Result<Outcome, Error> {
    let mut sources = Sources {
        no_builtin: false,
        rule_dirs: cli.global.rule_dirs.clone(),
        locale_dirs: cli.global.locale_dirs.clone(),
    };
    if let Command::Rules {
        command: RulesCommand::Lint { dir: Some(dir) } | RulesCommand::Test { dir: Some(dir) },
    } = &cli.command
    {
        add_knowledge_dir(&mut sources, dir);
    }
    if let Command::Rules {
        command: RulesCommand::Schema,
    } = &cli.command
    {
        write_out(io, &crate::schema())?;
        return Ok(Outcome::Clean);
    }
    let ctx = context(cli, &sources, io)?;
    match &cli.command {
        Command::Explain { text, facts } => explain(cli, &ctx, io, text, facts),
        Command::Diagnose {
            state,
            user,
            device,
        } => {
            let filter = Filter {
                user: user.clone(),
                device: device.clone(),
                min_severity: cli.global.min_severity,
            };
            diagnose(cli, &ctx, io, &Input::parse(state), &filter)
        }
        Command::Rules { command } => rules(&ctx, io, command),
        Command::Scan { files } => crate::scan::run(&ctx, io, files, cli.global.min_severity),
    }
}

/// `rules lint DIR`: DIR holds `rules/` and/or `locales/`, or is itself a rules directory.
fn add_knowledge_dir(sources: &mut Sources, dir: &std::path::Path) {
    let rules = dir.join("rules");
    let locales = dir.join("locales");
    if rules.is_dir() || locales.is_dir() {
        if rules.is_dir() {
            sources.rule_dirs.push(rules);
        }
        if locales.is_dir() {
            sources.locale_dirs.push(locales);
        }
    } else {
        sources.rule_dirs.push(dir.to_path_buf());
    }
}

fn read_stdin_text() -> Result<String, Error> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::io(&PathBuf::from("<stdin>"), e))?;
    if text.trim().is_empty() {
        return Err(Error::EmptyInput);
    }
    Ok(text)
}

fn explain(
    cli: &Cli,
    ctx: &Context,
    io: &mut Io,
    text: &[String],
    facts: &[String],
) -> Result<Outcome, Error> {
    let query = if text.is_empty() || (text.len() == 1 && text[0] == "-") {
        read_stdin_text()?
    } else {
        text.join(" ")
    };
    let mut fact_map = Map::new();
    for f in facts {
        let (k, v) = parse_fact(f).map_err(|reason| Error::InvalidFact {
            value: f.clone(),
            reason,
        })?;
        fact_map.insert(k, v);
    }
    let k = &ctx.knowledge;
    let matcher = Matcher::build(k);
    let mut matches = matcher.find(k, &query, &fact_map);
    if let Some(min) = cli.global.min_severity {
        matches.retain(|m| k.rules[m.rule].spec.severity.at_least(min));
    }
    let suggestions = if matches.is_empty() {
        matcher.suggest(&query)
    } else {
        Vec::new()
    };
    // Arguments from facts, per rule.
    let args_for = |rule: usize| {
        let specs = k.rules[rule]
            .spec
            .text
            .as_ref()
            .map(|t| t.args.clone())
            .unwrap_or_default();
        engine::compute_args(&specs, &Value::Null, ctx.now, None, Some(&fact_map))
    };
    match ctx.format {
        Format::Json => {
            let json = render::ExplainJson {
                query: query.trim(),
                locale: &ctx.loc.locale,
                matches: matches
                    .iter()
                    .map(|m| render::match_json(&ctx.loc, k, m, &args_for(m.rule)))
                    .collect(),
                suggestions: suggestions.clone(),
            };
            json_out(io, &json)?;
        }
        Format::Table | Format::Markdown => {
            if matches.is_empty() {
                let mut line = ctx.loc.ui("explain-no-match", &[]);
                if !suggestions.is_empty() {
                    line.push('\n');
                    line.push_str(&ctx.loc.ui(
                        "explain-did-you-mean",
                        &[("suggestions", FluentValue::from(suggestions.join(", ")))],
                    ));
                }
                write_out(io, &format!("{line}\n"))?;
            } else {
                let mut all_args = BTreeMap::new();
                for m in &matches {
                    all_args.extend(args_for(m.rule));
                }
                let text = if ctx.format == Format::Markdown {
                    render::explain_markdown(&ctx.loc, k, query.trim(), &matches, &all_args)
                } else {
                    render::explain_table(&ctx.loc, k, io.style, &matches, &all_args)
                };
                write_out(io, &text)?;
            }
        }
    }
    Ok(if matches.is_empty() {
        Outcome::Found
    } else {
        Outcome::Clean
    })
}

fn diagnose(
    cli: &Cli,
    ctx: &Context,
    io: &mut Io,
    input: &Input,
    filter: &Filter,
) -> Result<Outcome, Error> {
    let k = &ctx.knowledge;
    let mut d = engine::diagnose(k, input, ctx.now)?;
    d.filter(filter);
    match ctx.format {
        Format::Json => json_out(io, &render::diagnose_json(&ctx.loc, k, &d))?,
        Format::Markdown => write_out(io, &render::diagnose_markdown(&ctx.loc, k, &d))?,
        Format::Table => write_out(io, &render::diagnose_table(&ctx.loc, k, io.style, &d))?,
    }
    if !d.skipped.is_empty() && ctx.format != Format::Json {
        for s in &d.skipped {
            let line = ctx.loc.ui(
                "diagnose-skipped",
                &[
                    ("rule", FluentValue::from(s.rule.as_str())),
                    ("subject", FluentValue::from(s.subject.as_str())),
                    ("field", FluentValue::from(s.field.as_str())),
                    ("value", FluentValue::from(s.value.as_str())),
                    (
                        "expected",
                        FluentValue::from(ctx.loc.ui(&format!("expected-{}", s.expected), &[])),
                    ),
                ],
            );
            let _ = writeln!(io.err, "{} {line}", ctx.loc.ui("warning-prefix", &[]));
        }
    }
    let fail_on = cli.global.fail_on.unwrap_or(Severity::Low);
    Ok(if d.findings.iter().any(|f| f.severity.at_least(fail_on)) {
        Outcome::Found
    } else {
        Outcome::Clean
    })
}

#[derive(Serialize)]
struct RuleListItem<'a> {
    id: &'a str,
    severity: Severity,
    area: &'a str,
    platforms: &'a [crate::knowledge::rule::Platform],
    text: bool,
    state: bool,
    title: String,
}

#[derive(Serialize)]
struct RuleShow<'a> {
    id: &'a str,
    locale: &'a str,
    severity: Severity,
    area: &'a str,
    platforms: &'a [crate::knowledge::rule::Platform],
    title: String,
    cause: String,
    steps: Vec<String>,
    warning: Option<String>,
    docs: Vec<render::Doc>,
    codes: &'a [String],
    phrases: &'a [String],
    patterns: &'a [String],
    collection: Option<&'a str>,
    explains: &'a [String],
    file: &'a str,
}

fn rules(ctx: &Context, io: &mut Io, command: &RulesCommand) -> Result<Outcome, Error> {
    let k = &ctx.knowledge;
    let loc = &ctx.loc;
    match command {
        RulesCommand::List => {
            let items: Vec<RuleListItem> = k
                .rules
                .iter()
                .map(|r| RuleListItem {
                    id: r.id(),
                    severity: r.spec.severity,
                    area: r.spec.area.as_str(),
                    platforms: &r.spec.platforms,
                    text: r.spec.text.is_some(),
                    state: r.spec.state.is_some(),
                    title: render::rule_text(loc, r, None).title,
                })
                .collect();
            match ctx.format {
                Format::Json => json_out(io, &items)?,
                Format::Markdown => {
                    let mut out = format!(
                        "| {} | {} | {} | {} |\n|---|---|---|---|\n",
                        loc.ui("label-rule", &[]),
                        loc.ui("label-severity", &[]),
                        loc.ui("label-area", &[]),
                        loc.ui("label-title", &[])
                    );
                    for i in &items {
                        out.push_str(&format!(
                            "| `{}` | {} | {} | {} |\n",
                            i.id,
                            render::severity_name(loc, i.severity),
                            i.area,
                            render::md_escape(&i.title)
                        ));
                    }
                    write_out(io, &out)?;
                }
                Format::Table => {
                    let mut t = comfy_table::Table::new();
                    t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
                    t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
                    if let Some(w) = io.style.width {
                        t.force_no_tty();
                        t.set_width(w);
                    }
                    t.set_header(vec![
                        loc.ui("label-rule", &[]),
                        loc.ui("label-severity", &[]),
                        loc.ui("label-area", &[]),
                        loc.ui("label-title", &[]),
                    ]);
                    for i in &items {
                        t.add_row(vec![
                            i.id.to_string(),
                            render::severity_name(loc, i.severity),
                            i.area.to_string(),
                            i.title.clone(),
                        ]);
                    }
                    write_out(io, &format!("{t}\n"))?;
                }
            }
            Ok(Outcome::Clean)
        }
        RulesCommand::Show { id } => {
            let Some(rule) = k.rule(id.trim()) else {
                let suggestions = Matcher::build(k).suggest(id).join(", ");
                return Err(Error::UnknownRule {
                    id: id.clone(),
                    suggestions,
                });
            };
            match ctx.format {
                Format::Json => {
                    let t = render::rule_text(loc, rule, None);
                    let text = rule.spec.text.as_ref();
                    let show = RuleShow {
                        id: rule.id(),
                        locale: &loc.locale,
                        severity: rule.spec.severity,
                        area: rule.spec.area.as_str(),
                        platforms: &rule.spec.platforms,
                        title: t.title,
                        cause: t.cause,
                        steps: t.steps,
                        warning: t.warning,
                        docs: t.docs,
                        codes: text.map(|t| t.codes.as_slice()).unwrap_or(&[]),
                        phrases: text.map(|t| t.phrases.as_slice()).unwrap_or(&[]),
                        patterns: text.map(|t| t.patterns.as_slice()).unwrap_or(&[]),
                        collection: rule.spec.state.as_ref().and_then(|s| {
                            s.for_each
                                .as_deref()
                                .or(s.for_each_group.as_ref().map(|g| g.of.as_str()))
                        }),
                        explains: &rule.spec.explains,
                        file: &rule.origin,
                    };
                    json_out(io, &show)?;
                }
                Format::Markdown => {
                    let m = crate::explain::Match {
                        rule: k.index[rule.id()],
                        score: 1.0,
                    };
                    let text = render::explain_markdown(loc, k, rule.id(), &[m], &BTreeMap::new());
                    write_out(io, &text)?;
                }
                Format::Table => {
                    let m = crate::explain::Match {
                        rule: k.index[rule.id()],
                        score: 1.0,
                    };
                    write_out(
                        io,
                        &render::explain_table(loc, k, io.style, &[m], &BTreeMap::new()),
                    )?;
                }
            }
            Ok(Outcome::Clean)
        }
        RulesCommand::Lint { .. } => {
            let problems = lint::lint(k);
            for p in &problems {
                write_out(io, &format!("{}: {}\n", p.file, p.message))?;
            }
            for c in lint::coverage(k) {
                let line = loc.ui(
                    "rules-coverage",
                    &[
                        ("locale", FluentValue::from(c.locale.as_str())),
                        (
                            "percent",
                            FluentValue::from((c.present * 100 / c.total.max(1)) as f64),
                        ),
                        ("present", FluentValue::from(c.present as f64)),
                        ("total", FluentValue::from(c.total as f64)),
                    ],
                );
                write_out(io, &format!("{line}\n"))?;
            }
            if problems.is_empty() {
                let line = loc.ui(
                    "rules-lint-clean",
                    &[
                        ("rules", FluentValue::from(k.rules.len() as f64)),
                        (
                            "locales",
                            FluentValue::from(k.catalog.locales().count() as f64),
                        ),
                    ],
                );
                write_out(io, &format!("{line}\n"))?;
                Ok(Outcome::Clean)
            } else {
                let line = loc.ui(
                    "rules-lint-problems",
                    &[("count", FluentValue::from(problems.len() as f64))],
                );
                let _ = writeln!(io.err, "{line}");
                Ok(Outcome::Found)
            }
        }
        RulesCommand::Test { .. } => {
            let results = lint::test(k);
            let failed: Vec<_> = results.iter().filter(|r| r.failure.is_some()).collect();
            for f in &failed {
                let line = loc.ui(
                    "rules-test-failed",
                    &[
                        ("rule", FluentValue::from(f.rule.as_str())),
                        ("example", FluentValue::from(f.index as f64)),
                        (
                            "reason",
                            FluentValue::from(f.failure.clone().unwrap_or_default()),
                        ),
                    ],
                );
                write_out(io, &format!("{line}\n"))?;
            }
            let passed = results.len() - failed.len();
            let line = loc.ui(
                "rules-test-summary",
                &[
                    ("passed", FluentValue::from(passed as f64)),
                    ("failed", FluentValue::from(failed.len() as f64)),
                    ("rules", FluentValue::from(k.rules.len() as f64)),
                ],
            );
            write_out(io, &format!("{line}\n"))?;
            Ok(if failed.is_empty() {
                Outcome::Clean
            } else {
                Outcome::Found
            })
        }
        RulesCommand::Schema => {
            write_out(io, &crate::schema())?;
            Ok(Outcome::Clean)
        }
    }
}

/// An error in the reader's language, from the built-in messages (which always load).
pub fn error_text(cli: &Cli, e: &Error) -> String {
    let catalog = crate::knowledge::locale_sources(&Sources::default())
        .ok()
        .and_then(|files| i18n::Catalog::load(files).ok());
    let loc = catalog.as_ref().and_then(|c| {
        let requested = i18n::requested_locale(cli.global.lang.as_deref());
        let n = i18n::negotiate(requested.as_deref(), c.locales());
        c.localizer(&n.locale).ok()
    });
    let prefix = loc
        .as_ref()
        .map(|l| l.ui("error-prefix", &[]))
        .unwrap_or_else(|| "error:".into());
    format!("{prefix} {}", i18n::render_error(loc.as_ref(), e))
}
