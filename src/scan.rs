//! `scan`: every rule's codes, messages and patterns, looked for line by line in log files.
//!
//! A log is read in large chunks cut at line ends. One case-insensitive Aho-Corasick pass over a
//! chunk finds the lines that contain an *anchor* (a literal every match must contain, see
//! [`crate::explain::anchors`]); only those lines are normalized and checked with the same
//! matcher `explain` uses, so a line is a hit exactly when `explain` would find that rule by a
//! code, a phrase or a pattern in it. Lines that are not ASCII are also NFKC-normalized before the
//! anchor test, so full-width or otherwise compatibility-encoded text is not missed.
//!
//! Chunks are scanned in parallel (one per core, in batches); results are merged in file order,
//! so output never depends on thread timing.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use fluent_bundle::FluentValue;
use regex::Regex;
use serde::Serialize;

use crate::app::{Context, Io, Outcome};
use crate::error::Error;
use crate::explain::normalize::nfkc;
use crate::explain::{Match, Matcher, Require};
use crate::knowledge::Knowledge;
use crate::knowledge::rule::Severity;
use crate::render::{self, Format, MatchJson};

/// Bytes read per chunk (cut back to the last line end).
const CHUNK: usize = 4 << 20;

/// One rule found on one line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// 1-based line number.
    pub line: u64,
    /// Index into the knowledge's rules.
    pub rule: usize,
    /// The score `explain` gives that line for that rule.
    pub score: f64,
}

/// A [`Require`] ready to test: word finders built once, not per line.
enum Need {
    Words(Vec<memchr::memmem::Finder<'static>>),
    Pattern(usize),
}

impl Need {
    fn new(r: Require) -> Need {
        match r {
            Require::Words(words) => Need::Words(
                words
                    .iter()
                    .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
                    .collect(),
            ),
            Require::Pattern(i) => Need::Pattern(i),
        }
    }
}

/// The compiled prefilter plus the matcher that confirms candidate lines.
pub struct Scanner<'m> {
    matcher: &'m Matcher,
    prefilter: Option<AhoCorasick>,
    /// Per anchor: word sets one of which must be fully present (empty: the anchor decides).
    requires: Vec<Vec<Need>>,
    /// Patterns without anchors: tried on every line.
    unanchored: Vec<Regex>,
    /// Rules that may be reported (no fact condition, at or above the severity floor).
    allowed: Vec<bool>,
    threads: usize,
    chunk: usize,
}

impl<'m> Scanner<'m> {
    pub fn new(k: &Knowledge, matcher: &'m Matcher, min_severity: Option<Severity>) -> Self {
        let anchors = matcher.anchors();
        let prefilter = (!anchors.literals.is_empty()).then(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                // A full DFA: a few hundred anchors fit easily, and it is the fastest search
                // when the prefilter cannot help (case-insensitive, many patterns).
                .kind(Some(AhoCorasickKind::DFA))
                .build(&anchors.literals)
                .expect("anchors are plain strings")
        });
        let unanchored = anchors
            .unanchored
            .iter()
            .filter_map(|p| Regex::new(p).ok())
            .collect();
        let allowed = k
            .rules
            .iter()
            .map(|r| {
                r.spec.text.as_ref().is_some_and(|t| t.facts.is_none())
                    && min_severity.is_none_or(|min| r.spec.severity.at_least(min))
            })
            .collect();
        let threads = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .clamp(1, 8);
        Scanner {
            matcher,
            prefilter,
            requires: anchors
                .requires
                .into_iter()
                .map(|reqs| reqs.into_iter().map(Need::new).collect())
                .collect(),
            unanchored,
            allowed,
            threads,
            chunk: CHUNK,
        }
    }

    /// Reads chunks of about this many bytes (tests use small ones to cross chunk borders).
    pub fn with_chunk_size(mut self, bytes: usize) -> Self {
        self.chunk = bytes.max(1);
        self
    }

    /// Uses at most this many threads (1: no threads at all).
    pub fn with_threads(mut self, threads: usize) -> Self {
        self.threads = threads.max(1);
        self
    }

    /// Every hit in `reader`, in line order (rules of one line by rule index).
    ///
    /// The reading thread cuts chunks at line ends and hands them to worker threads that live
    /// for the whole scan (a thread per chunk would give every chunk a fresh allocator heap,
    /// whose pages the kernel must zero); results are put back in chunk order.
    pub fn scan<R: Read>(&self, mut reader: R) -> std::io::Result<Vec<Hit>> {
        let mut chunks = Chunks {
            carry: Vec::new(),
            eof: false,
            size: self.chunk,
        };
        let mut hits = Vec::new();
        let mut line_base = 0u64;
        let mut merge = |newlines: u64, chunk_hits: Vec<Hit>, hits: &mut Vec<Hit>| {
            hits.extend(chunk_hits.into_iter().map(|mut h| {
                h.line += line_base;
                h
            }));
            line_base += newlines;
        };
        if self.threads == 1 {
            let mut buf = Vec::new();
            while chunks.next(&mut reader, &mut buf)? {
                let (newlines, chunk_hits) = self.scan_chunk(&buf);
                merge(newlines, chunk_hits, &mut hits);
            }
            return Ok(hits);
        }
        type Done = (usize, Vec<u8>, u64, Vec<Hit>);
        let (job_tx, job_rx) = std::sync::mpsc::sync_channel::<(usize, Vec<u8>)>(self.threads);
        let job_rx = std::sync::Mutex::new(job_rx);
        let (done_tx, done_rx) = std::sync::mpsc::channel::<Done>();
        std::thread::scope(|s| {
            for _ in 0..self.threads {
                let done_tx = done_tx.clone();
                let job_rx = &job_rx;
                s.spawn(move || {
                    loop {
                        let job = job_rx.lock().map(|rx| rx.recv());
                        let Ok(Ok((index, buf))) = job else { break };
                        let (newlines, chunk_hits) = self.scan_chunk(&buf);
                        if done_tx.send((index, buf, newlines, chunk_hits)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(done_tx);
            let mut free: Vec<Vec<u8>> = Vec::new();
            let mut pending: BTreeMap<usize, (u64, Vec<Hit>)> = BTreeMap::new();
            let (mut sent, mut next) = (0usize, 0usize);
            let mut take =
                |done: Done, free: &mut Vec<Vec<u8>>, hits: &mut Vec<Hit>, next: &mut usize| {
                    let (index, buf, newlines, chunk_hits) = done;
                    free.push(buf);
                    pending.insert(index, (newlines, chunk_hits));
                    while let Some((newlines, chunk_hits)) = pending.remove(next) {
                        merge(newlines, chunk_hits, hits);
                        *next += 1;
                    }
                };
            let result = loop {
                // At most two chunks per worker are in flight.
                while sent - next >= 2 * self.threads {
                    match done_rx.recv() {
                        Ok(done) => take(done, &mut free, &mut hits, &mut next),
                        Err(_) => break,
                    }
                }
                let mut buf = free.pop().unwrap_or_default();
                match chunks.next(&mut reader, &mut buf) {
                    Ok(true) => {
                        if job_tx.send((sent, buf)).is_err() {
                            break Ok(());
                        }
                        sent += 1;
                    }
                    Ok(false) => break Ok(()),
                    Err(e) => break Err(e),
                }
            };
            drop(job_tx);
            for done in done_rx {
                take(done, &mut free, &mut hits, &mut next);
            }
            result.map(|()| hits)
        })
    }

    /// Newlines in the chunk, and its hits with 1-based line numbers relative to the chunk.
    fn scan_chunk(&self, chunk: &[u8]) -> (u64, Vec<Hit>) {
        let mut candidates: Vec<usize> = Vec::new();
        if let Some(pre) = &self.prefilter {
            let mut at = 0;
            while at < chunk.len() {
                let input = aho_corasick::Input::new(chunk).span(at..chunk.len());
                let Some(m) = pre.find(input) else { break };
                let start = memchr::memrchr(b'\n', &chunk[..m.start()]).map_or(0, |p| p + 1);
                let end = line_end(chunk, m.start());
                if self.line_passes(pre, &chunk[start..end]) {
                    candidates.push(start);
                }
                at = end + 1;
            }
        }
        let ascii = chunk.is_ascii();
        if !ascii || !self.unanchored.is_empty() {
            let mut start = 0;
            while start < chunk.len() {
                let end = line_end(chunk, start);
                let line = &chunk[start..end];
                if self.slow_candidate(line) {
                    candidates.push(start);
                }
                start = end + 1;
            }
            candidates.sort_unstable();
            candidates.dedup();
        }
        let mut hits = Vec::new();
        let mut line = 1u64;
        let mut counted = 0;
        for start in candidates {
            line += count_newlines(&chunk[counted..start]);
            counted = start;
            let end = line_end(chunk, start);
            let mut bytes = &chunk[start..end];
            if let [rest @ .., b'\r'] = bytes {
                bytes = rest;
            }
            let text = String::from_utf8_lossy(bytes);
            for (rule, score) in self.matcher.line_hits(&text) {
                if self.allowed.get(rule).copied().unwrap_or(false) {
                    hits.push(Hit { line, rule, score });
                }
            }
        }
        let newlines = line - 1 + count_newlines(&chunk[counted..]);
        (newlines, hits)
    }

    /// Whether an ASCII line that holds an anchor can match: for some anchor in it, all words of
    /// one of its terms occur in the line too. Cheap, and it spares the full matcher most lines
    /// that merely mention a word such as "certificate".
    fn line_passes(&self, pre: &AhoCorasick, line: &[u8]) -> bool {
        let mut lower: Option<Vec<u8>> = None;
        for m in pre.find_overlapping_iter(line) {
            let req = &self.requires[m.pattern().as_usize()];
            if req.is_empty() {
                return true;
            }
            let lower = lower.get_or_insert_with(|| line.to_ascii_lowercase());
            let holds = |r: &Need| match r {
                Need::Words(words) => words.iter().all(|w| w.find(lower).is_some()),
                // Only ASCII lines come here (others take the slow path too), so the raw line
                // is its own NFKC form.
                Need::Pattern(i) => std::str::from_utf8(line)
                    .map_or(true, |text| self.matcher.pattern_matches(*i, text)),
            };
            if req.iter().any(holds) {
                return true;
            }
        }
        false
    }

    /// The per-line test for what the whole-chunk pass cannot see: non-ASCII lines (anchors are
    /// looked for in their lowercased NFKC form) and patterns without anchors.
    fn slow_candidate(&self, line: &[u8]) -> bool {
        if line.is_ascii() && self.unanchored.is_empty() {
            return false;
        }
        let text = nfkc(&String::from_utf8_lossy(line));
        if !line.is_ascii()
            && let Some(pre) = &self.prefilter
            && pre.is_match(text.to_lowercase().as_str())
        {
            return true;
        }
        self.unanchored.iter().any(|re| re.is_match(&text))
    }
}

/// Cuts the input into chunks that end at a line end (a line longer than a chunk makes its chunk
/// grow until the line ends).
struct Chunks {
    carry: Vec<u8>,
    eof: bool,
    size: usize,
}

impl Chunks {
    /// Fills `buf` with the next chunk; false when the input is used up.
    fn next<R: Read>(&mut self, reader: &mut R, buf: &mut Vec<u8>) -> std::io::Result<bool> {
        buf.clear();
        buf.append(&mut self.carry);
        while !self.eof {
            self.eof = fill(reader, buf, self.size)?;
            if self.eof {
                break;
            }
            if let Some(pos) = memchr::memrchr(b'\n', buf) {
                self.carry.extend_from_slice(&buf[pos + 1..]);
                buf.truncate(pos + 1);
                break;
            }
        }
        Ok(!buf.is_empty())
    }
}

/// Reads until `buf` holds at least a chunk; true at the end of the input.
fn fill<R: Read>(reader: &mut R, buf: &mut Vec<u8>, chunk: usize) -> std::io::Result<bool> {
    let target = buf.len() + chunk;
    while buf.len() < target {
        let old = buf.len();
        buf.resize(target, 0);
        match reader.read(&mut buf[old..]) {
            Ok(0) => {
                buf.truncate(old);
                return Ok(true);
            }
            Ok(n) => buf.truncate(old + n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => buf.truncate(old),
            Err(e) => {
                buf.truncate(old);
                return Err(e);
            }
        }
    }
    Ok(false)
}

/// The index of the newline ending the line at `at` (or the chunk's length).
fn line_end(chunk: &[u8], at: usize) -> usize {
    memchr::memchr(b'\n', &chunk[at..]).map_or(chunk.len(), |p| at + p)
}

fn count_newlines(bytes: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', bytes).count() as u64
}

// ---------------------------------------------------------------------------------------------
// The command.

/// One hit, as `scan --format json` prints it (SPEC §2).
#[derive(Serialize)]
struct HitJson<'a> {
    rule: &'a str,
    file: &'a str,
    line: u64,
}

#[derive(Serialize)]
struct ScanJson<'a> {
    hits: Vec<HitJson<'a>>,
    summary: BTreeMap<&'a str, usize>,
    rules: Vec<MatchJson>,
}

/// What was found in all files: (file name, hits) in the order given.
struct Found {
    files: Vec<(String, Vec<Hit>)>,
}

impl Found {
    fn total(&self) -> usize {
        self.files.iter().map(|(_, h)| h.len()).sum()
    }

    /// Each rule found once, most severe first, then by id, with its best score.
    fn rules(&self, k: &Knowledge) -> Vec<Match> {
        let mut best: BTreeMap<usize, f64> = BTreeMap::new();
        for h in self.files.iter().flat_map(|(_, h)| h) {
            let e = best.entry(h.rule).or_insert(0.0);
            *e = e.max(h.score);
        }
        let mut out: Vec<Match> = best
            .into_iter()
            .map(|(rule, score)| Match { rule, score })
            .collect();
        out.sort_by(|a, b| {
            let (ra, rb) = (&k.rules[a.rule], &k.rules[b.rule]);
            (ra.spec.severity, ra.id()).cmp(&(rb.spec.severity, rb.id()))
        });
        out
    }

    fn summary<'k>(&self, k: &'k Knowledge) -> BTreeMap<&'k str, usize> {
        let mut out = BTreeMap::new();
        for h in self.files.iter().flat_map(|(_, h)| h) {
            *out.entry(k.rules[h.rule].id()).or_insert(0) += 1;
        }
        out
    }
}

const STDIN: &str = "<stdin>";

/// `mdmdoc scan FILE...` (no file or `-`: standard input).
pub fn run(
    ctx: &Context,
    io: &mut Io,
    files: &[String],
    min: Option<Severity>,
) -> Result<Outcome, Error> {
    let k = &ctx.knowledge;
    let matcher = Matcher::build(k);
    let scanner = Scanner::new(k, &matcher, min);
    let names: Vec<String> = if files.is_empty() {
        vec!["-".into()]
    } else {
        files.to_vec()
    };
    let mut found = Found { files: Vec::new() };
    for name in &names {
        let hits = if name == "-" {
            scanner
                .scan(std::io::stdin().lock())
                .map_err(|e| Error::io(Path::new(STDIN), e))?
        } else {
            let path = PathBuf::from(name);
            if path.is_dir() {
                return Err(Error::io(
                    &path,
                    std::io::Error::new(
                        std::io::ErrorKind::InvalidInput,
                        "is a directory; name the log files inside it",
                    ),
                ));
            }
            let file = std::fs::File::open(&path).map_err(|e| Error::io(&path, e))?;
            scanner.scan(file).map_err(|e| Error::io(&path, e))?
        };
        let shown = if name == "-" {
            STDIN.to_string()
        } else {
            name.clone()
        };
        found.files.push((shown, hits));
    }
    let format = crate::render::only_formats(
        ctx.format,
        "scan",
        &[Format::Table, Format::Json, Format::Markdown],
    )?;
    let text = match format {
        Format::Json => {
            let rules = found.rules(k);
            let json = ScanJson {
                hits: found
                    .files
                    .iter()
                    .flat_map(|(file, hits)| {
                        hits.iter().map(move |h| HitJson {
                            rule: k.rules[h.rule].id(),
                            file,
                            line: h.line,
                        })
                    })
                    .collect(),
                summary: found.summary(k),
                rules: rules
                    .iter()
                    .map(|m| render::match_json(&ctx.loc, k, m, &BTreeMap::new()))
                    .collect(),
            };
            let mut text = serde_json::to_string_pretty(&json).expect("serializable");
            text.push('\n');
            text
        }
        Format::Markdown => markdown(ctx, &found),
        _ => table(ctx, io, &found),
    };
    write(io, &text)?;
    Ok(if found.total() == 0 {
        Outcome::Found
    } else {
        Outcome::Clean
    })
}

fn write(io: &mut Io, text: &str) -> Result<(), Error> {
    io.out
        .write_all(text.as_bytes())
        .map_err(|e| Error::io(Path::new("<stdout>"), e))
}

fn summary_line(ctx: &Context, found: &Found, rules: usize) -> String {
    ctx.loc.ui(
        "scan-summary",
        &[
            ("hits", FluentValue::from(found.total() as f64)),
            ("rules", FluentValue::from(rules as f64)),
            ("files", FluentValue::from(found.files.len() as f64)),
        ],
    )
}

fn table(ctx: &Context, io: &Io, found: &Found) -> String {
    let k = &ctx.knowledge;
    let loc = &ctx.loc;
    if found.total() == 0 {
        return format!("{}\n", loc.ui("scan-none", &[]));
    }
    let rules = found.rules(k);
    let titles: BTreeMap<usize, String> = rules
        .iter()
        .map(|m| (m.rule, render::rule_text(loc, &k.rules[m.rule], None).title))
        .collect();
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", summary_line(ctx, found, rules.len()));
    for (file, hits) in &found.files {
        for h in hits {
            let _ = writeln!(
                out,
                "{file}:{}: {} — {}",
                h.line,
                k.rules[h.rule].id(),
                titles[&h.rule]
            );
        }
    }
    let _ = writeln!(out, "\n{}\n", loc.ui("scan-rules-heading", &[]));
    out.push_str(&render::explain_table(
        loc,
        k,
        io.style,
        &rules,
        &BTreeMap::new(),
    ));
    out
}

fn markdown(ctx: &Context, found: &Found) -> String {
    let k = &ctx.knowledge;
    let loc = &ctx.loc;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", loc.ui("scan-heading", &[]));
    if found.total() == 0 {
        let _ = writeln!(out, "{}", loc.ui("scan-none", &[]));
        return out;
    }
    let rules = found.rules(k);
    let _ = writeln!(out, "{}\n", summary_line(ctx, found, rules.len()));
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---:|---|",
        loc.ui("scan-label-file", &[]),
        loc.ui("scan-label-line", &[]),
        loc.ui("label-rule", &[])
    );
    for (file, hits) in &found.files {
        for h in hits {
            let _ = writeln!(
                out,
                "| {} | {} | `{}` |",
                render::md_escape(file),
                h.line,
                k.rules[h.rule].id()
            );
        }
    }
    let _ = writeln!(out, "\n## {}\n", loc.ui("scan-rules-heading", &[]));
    for (i, m) in rules.iter().enumerate() {
        let rule = &k.rules[m.rule];
        let t = render::rule_text(loc, rule, None);
        let _ = writeln!(out, "### {}. {}\n", i + 1, render::md_escape(&t.title));
        let _ = writeln!(
            out,
            "`{}` · **{}**\n",
            rule.id(),
            render::severity_name(loc, rule.spec.severity)
        );
        if !t.cause.is_empty() {
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                loc.ui("label-cause", &[]),
                render::md_escape(&t.cause)
            );
        }
        if !t.steps.is_empty() {
            let _ = writeln!(out, "**{}:**\n", loc.ui("label-steps", &[]));
            for (n, s) in t.steps.iter().enumerate() {
                let _ = writeln!(out, "{}. {}", n + 1, render::md_escape(s));
            }
            out.push('\n');
        }
        if let Some(w) = &t.warning {
            let _ = writeln!(
                out,
                "> ⚠ **{}:** {}\n",
                loc.ui("label-warning", &[]),
                render::md_escape(w)
            );
        }
        if !t.docs.is_empty() {
            let _ = writeln!(out, "**{}:**\n", loc.ui("label-docs", &[]));
            for d in &t.docs {
                let _ = writeln!(out, "- [{}]({})", render::md_escape(&d.title), d.url);
            }
            out.push('\n');
        }
    }
    out
}
