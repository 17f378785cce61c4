//! The commands: arguments in, text out, an outcome for the exit status.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentValue;
use jiff::Timestamp;
use serde::Serialize;
use serde_json::Map;

use crate::api;
use crate::cli::{Cli, Command, RulesCommand};
use crate::diff;
use crate::engine::{self, Filter};
use crate::error::Error;
use crate::explain::{Matcher, parse_fact};
use crate::i18n::{self, Localizer};
use crate::knowledge::rule::Severity;
use crate::knowledge::{Knowledge, Sources, lint};
use crate::render::{self, Format, Style};
use crate::report::{self, Report};
use crate::snapshot::Input;
use crate::suppress::{self, Applied};

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
    /// The language of the output (what is written to stdout or the report file).
    pub loc: Localizer,
    /// The language of what is said on stderr: warnings, errors, progress.
    pub ui: Localizer,
    pub now: Timestamp,
    pub format: Format,
}

fn write_out(io: &mut Io, text: &str) -> Result<(), Error> {
    io.out
        .write_all(text.as_bytes())
        .map_err(|e| Error::io(&PathBuf::from("<stdout>"), e))
}

/// Pretty-printed JSON, written as it is serialized (nothing of the size of the output is held).
fn json_out<T: Serialize>(io: &mut Io, value: &T) -> Result<(), Error> {
    let stdout = |e| Error::io(&PathBuf::from("<stdout>"), e);
    let mut w = std::io::BufWriter::with_capacity(1 << 16, &mut *io.out);
    serde_json::to_writer_pretty(&mut w, value).map_err(|e| stdout(e.into()))?;
    w.write_all(b"\n").map_err(stdout)?;
    w.flush().map_err(stdout)
}

pub fn parse_now(arg: Option<&str>) -> Result<Timestamp, Error> {
    match arg {
        None => Ok(Timestamp::now()),
        Some(s) => crate::knowledge::value::parse_timestamp(s)
            .filter(|_| s.contains('T') || s.len() == 10)
            .ok_or_else(|| Error::InvalidNow(s.to_string())),
    }
}

/// Loads knowledge and two languages: the document's (`--lang`) and the terminal's
/// (`--ui-lang`, else `--lang`, else the environment). Warns on stderr when one fell back.
pub fn context(cli: &Cli, sources: &Sources, io: &mut Io) -> Result<Context, Error> {
    let knowledge = Knowledge::load(sources)?;
    let ui_flag = cli.global.ui_lang.as_deref().or(cli.global.lang.as_deref());
    let ui = localizer(&knowledge, ui_flag)?;
    let loc = localizer(&knowledge, cli.global.lang.as_deref())?;
    // One warning per language that fell back (the two are often the same request).
    let mut fell_back: Vec<&(String, String)> = [&ui.1, &loc.1].into_iter().flatten().collect();
    fell_back.dedup();
    for (requested, used) in fell_back {
        let line = ui.0.ui(
            "warn-unknown-locale",
            &[
                ("requested", FluentValue::from(requested.as_str())),
                ("used", FluentValue::from(used.as_str())),
            ],
        );
        let _ = writeln!(io.err, "{} {line}", ui.0.ui("warning-prefix", &[]));
    }
    let now = parse_now(cli.global.now.as_deref())?;
    Ok(Context {
        knowledge,
        loc: loc.0,
        ui: ui.0,
        now,
        format: cli.global.format.unwrap_or(Format::Table),
    })
}

/// A localizer for a requested language, and (requested, used) when it fell back.
type Negotiated = (Localizer, Option<(String, String)>);

fn localizer(knowledge: &Knowledge, flag: Option<&str>) -> Result<Negotiated, Error> {
    let requested = i18n::requested_locale(flag);
    let negotiated = i18n::negotiate(requested.as_deref(), knowledge.catalog.locales());
    let loc = knowledge.catalog.localizer(&negotiated.locale)?;
    let fell_back = negotiated.unmatched.map(|u| (u, negotiated.locale));
    Ok((loc, fell_back))
}

pub fn run(cli: &Cli, io: &mut Io) -> Result<Outcome, Error> {
    let mut sources = Sources {
        no_builtin: false,
        rule_dirs: cli.global.rule_dirs.clone(),
        locale_dirs: cli.global.locale_dirs.clone(),
        // Only these two read the rules' examples.
        skip_builtin_examples: !matches!(
            &cli.command,
            Command::Rules {
                command: RulesCommand::Lint { .. } | RulesCommand::Test { .. }
            }
        ),
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
            suppress,
            live,
            graph,
        } => {
            let filter = Filter {
                user: user.clone(),
                device: device.clone(),
                min_severity: cli.global.min_severity,
            };
            if *live {
                let snapshot = crate::graph::command::live_snapshot(&ctx, io, graph)?;
                let input = Input::Path(snapshot.path().to_path_buf());
                return diagnose(cli, &ctx, io, &input, &filter, suppress.as_deref());
            }
            crate::graph::command::reject_without_live(graph)?;
            let state = state.as_deref().unwrap_or("-");
            diagnose(
                cli,
                &ctx,
                io,
                &Input::parse(state),
                &filter,
                suppress.as_deref(),
            )
        }
        Command::Report {
            state,
            output,
            user,
            device,
            suppress,
            baseline,
            excel,
        } => {
            let filter = Filter {
                user: user.clone(),
                device: device.clone(),
                min_severity: cli.global.min_severity,
            };
            let job = ReportJob {
                state,
                output: output.as_deref(),
                filter: &filter,
                suppress: suppress.as_deref(),
                baseline: baseline.as_deref(),
                excel: *excel,
            };
            report(cli, &ctx, io, &job)
        }
        Command::Diff { old, new } => diff(cli, &ctx, io, old, new),
        Command::Collect { graph, out, force } => {
            crate::graph::command::collect(&ctx, io, graph, out, *force)
        }
        Command::Rules { command } => rules(&ctx, io, command),
        Command::Serve {
            listen,
            timeout,
            max_requests,
        } => {
            let options = crate::serve::Options {
                listen: listen.clone(),
                timeout: std::time::Duration::from_secs(*timeout),
                max_requests: *max_requests as usize,
                now: cli.global.now.as_ref().map(|_| ctx.now),
            };
            crate::serve::run(ctx.knowledge, &ctx.loc, &options, io.err)?;
            Ok(Outcome::Clean)
        }
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
    let found = api::explain(
        k,
        &matcher,
        &query,
        &fact_map,
        ctx.now,
        cli.global.min_severity,
    );
    let (matches, suggestions) = (&found.matches, &found.suggestions);
    match render::only_formats(
        ctx.format,
        "explain",
        &[Format::Table, Format::Json, Format::Markdown],
    )? {
        Format::Json => {
            json_out(io, &api::explain_json(&ctx.loc, k, &query, &found))?;
        }
        _ => {
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
                for args in &found.args {
                    all_args.extend(args.clone());
                }
                let text = if ctx.format == Format::Markdown {
                    render::explain_markdown(&ctx.loc, k, query.trim(), matches, &all_args)
                } else {
                    render::explain_table(&ctx.loc, k, io.style, matches, &all_args)
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
    suppress: Option<&Path>,
) -> Result<Outcome, Error> {
    let format = render::only_formats(
        ctx.format,
        "diagnose",
        &[Format::Table, Format::Json, Format::Markdown],
    )?;
    let k = &ctx.knowledge;
    let (d, applied) = diagnosis(ctx, io, input, filter, suppress)?;
    let r = Report {
        loc: &ctx.loc,
        knowledge: k,
        diagnosis: &d,
        applied: &applied,
        changes: None,
        meta: None,
    };
    match format {
        Format::Json => json_out(io, &r.json())?,
        Format::Markdown => write_out(io, &r.markdown())?,
        _ => {
            let mut text = render::diagnose_table(&ctx.loc, k, io.style, &d);
            if !applied.suppressed.is_empty() {
                text.push_str(&ctx.loc.ui(
                    "diagnose-suppressed",
                    &[("count", FluentValue::from(applied.suppressed.len() as f64))],
                ));
                text.push('\n');
            }
            write_out(io, &text)?
        }
    }
    if format != Format::Json {
        warn_skipped(ctx, io, &d);
    }
    let fail_on = cli.global.fail_on.unwrap_or(Severity::Low);
    Ok(if d.findings.iter().any(|f| f.severity.at_least(fail_on)) {
        Outcome::Found
    } else {
        Outcome::Clean
    })
}

/// Diagnoses, narrows, and sets suppressed findings aside (warning about expired entries).
fn diagnosis(
    ctx: &Context,
    io: &mut Io,
    input: &Input,
    filter: &Filter,
    suppress: Option<&Path>,
) -> Result<(engine::Diagnosis, Applied), Error> {
    let k = &ctx.knowledge;
    let entries = match suppress {
        Some(path) => suppress::load(path, k)?,
        None => Vec::new(),
    };
    let mut d = engine::diagnose(k, input, ctx.now)?;
    d.filter(filter);
    let applied = suppress::apply(&mut d, k, &entries);
    for e in &applied.expired {
        let line = ctx.ui.ui(
            "warn-suppression-expired",
            &[
                ("rule", FluentValue::from(e.rule.as_str())),
                ("origin", FluentValue::from(e.origin.as_str())),
                (
                    "date",
                    FluentValue::from(e.expires.clone().unwrap_or_default()),
                ),
            ],
        );
        let _ = writeln!(io.err, "{} {line}", ctx.ui.ui("warning-prefix", &[]));
    }
    Ok((d, applied))
}

fn warn_skipped(ctx: &Context, io: &mut Io, d: &engine::Diagnosis) {
    for s in &d.skipped {
        let line = render::skip_line(&ctx.ui, s);
        let _ = writeln!(io.err, "{} {line}", ctx.ui.ui("warning-prefix", &[]));
    }
}

struct ReportJob<'a> {
    state: &'a str,
    output: Option<&'a Path>,
    filter: &'a Filter,
    suppress: Option<&'a Path>,
    baseline: Option<&'a Path>,
    excel: bool,
}

fn report(cli: &Cli, ctx: &Context, io: &mut Io, job: &ReportJob) -> Result<Outcome, Error> {
    let format = match (cli.global.format, job.output) {
        (Some(f), _) => f,
        (None, Some(path)) => report::format_from_extension(path).unwrap_or(Format::Html),
        (None, None) => Format::Html,
    };
    let format = render::only_formats(
        format,
        "report",
        &[Format::Html, Format::Markdown, Format::Csv, Format::Json],
    )?;
    let baseline = job.baseline.map(diff::Run::load).transpose()?;
    let input = Input::parse(job.state);
    let (d, applied) = diagnosis(ctx, io, &input, job.filter, job.suppress)?;
    let k = &ctx.knowledge;
    let changes =
        baseline.map(|old| diff::compare(&old.findings, &Report::finding_values(&ctx.loc, k, &d)));
    let meta = report::Meta::new(job.state.to_string(), report::snapshot_time(&input), &d);
    let r = Report {
        loc: &ctx.loc,
        knowledge: k,
        diagnosis: &d,
        applied: &applied,
        changes: changes.as_ref(),
        meta: Some(&meta),
    };
    let text = match format {
        Format::Json => {
            let mut t = serde_json::to_string_pretty(&r.json()).expect("serializable");
            t.push('\n');
            t
        }
        Format::Markdown => r.markdown(),
        Format::Csv => r.csv(job.excel),
        _ => r.html(),
    };
    match job.output {
        None => write_out(io, &text)?,
        Some(path) => {
            write_file(path, &text)?;
            let line = ctx.ui.ui(
                "report-written",
                &[
                    ("path", FluentValue::from(path.display().to_string())),
                    ("format", FluentValue::from(format.as_str())),
                    ("locale", FluentValue::from(ctx.loc.locale.as_str())),
                    ("findings", FluentValue::from(d.findings.len() as f64)),
                ],
            );
            let _ = writeln!(io.err, "{line}");
        }
    }
    if format != Format::Json {
        warn_skipped(ctx, io, &d);
    }
    // A report is a document: it succeeds whatever it found, unless --fail-on asks otherwise.
    Ok(match cli.global.fail_on {
        Some(fail_on) if d.findings.iter().any(|f| f.severity.at_least(fail_on)) => Outcome::Found,
        _ => Outcome::Clean,
    })
}

/// Writes a file whole: to a temporary name beside it, then renamed, so that a reader never sees
/// half a report.
fn write_file(path: &Path, text: &str) -> Result<(), Error> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.unwrap_or_else(|| "report".into()),
        std::process::id()
    ));
    let result = std::fs::write(&tmp, text).and_then(|_| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::Write {
            path: path.to_path_buf(),
            source: e,
        });
    }
    Ok(())
}

fn diff(cli: &Cli, ctx: &Context, io: &mut Io, old: &Path, new: &Path) -> Result<Outcome, Error> {
    let format = render::only_formats(
        ctx.format,
        "diff",
        &[Format::Table, Format::Json, Format::Markdown],
    )?;
    let old_run = diff::Run::load(old)?;
    let new_run = diff::Run::load(new)?;
    let changes = diff::compare(&old_run.findings, &new_run.findings);
    match format {
        Format::Json => json_out(io, &changes)?,
        Format::Markdown => write_out(
            io,
            &render::diff_markdown(&ctx.loc, &ctx.knowledge, &changes),
        )?,
        _ => write_out(
            io,
            &render::diff_table(&ctx.loc, &ctx.knowledge, io.style, &changes),
        )?,
    }
    let fail_on = cli.global.fail_on.unwrap_or(Severity::Low);
    Ok(
        if changes
            .new
            .iter()
            .any(|f| diff::severity_of(f).at_least(fail_on))
        {
            Outcome::Found
        } else {
            Outcome::Clean
        },
    )
}

fn rules(ctx: &Context, io: &mut Io, command: &RulesCommand) -> Result<Outcome, Error> {
    let k = &ctx.knowledge;
    let format = render::only_formats(
        ctx.format,
        "rules",
        &[Format::Table, Format::Json, Format::Markdown],
    )?;
    let loc = &ctx.loc;
    match command {
        RulesCommand::List => {
            let items = api::rule_list(loc, k);
            match format {
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
                _ => {
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
            match format {
                Format::Json => json_out(io, &api::rule_show(loc, rule))?,
                Format::Markdown => {
                    let m = crate::explain::Match {
                        rule: k.index[rule.id()],
                        score: 1.0,
                    };
                    let text = render::explain_markdown(loc, k, rule.id(), &[m], &BTreeMap::new());
                    write_out(io, &text)?;
                }
                _ => {
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
        let requested =
            i18n::requested_locale(cli.global.ui_lang.as_deref().or(cli.global.lang.as_deref()));
        let n = i18n::negotiate(requested.as_deref(), c.locales());
        c.localizer(&n.locale).ok()
    });
    let prefix = loc
        .as_ref()
        .map(|l| l.ui("error-prefix", &[]))
        .unwrap_or_else(|| "error:".into());
    format!("{prefix} {}", i18n::render_error(loc.as_ref(), e))
}
