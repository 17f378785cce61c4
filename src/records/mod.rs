//! The fast path for big collection files (`managedDevices.json` of a million devices).
//!
//! A structural scan (strings and nesting only, `memchr` inside strings) cuts the records array
//! of a Graph response (`{"value": [...]}`, or a bare array) into one byte range per record.
//! Batches of records are parsed on every core, keeping only the projected fields, and handed to
//! the sink in file order on the calling thread, so results are the same as the plain streaming
//! reader's, record for record. Memory is one batch per core, whatever the file's size.
//!
//! Anything unusual (a singleton, `null`, a record that is not an object, any syntax error) is
//! left to the plain reader in [`crate::snapshot`], which produces the located error message:
//! this path never has to explain an error itself.

use std::collections::HashSet;
use std::fmt;
use std::io::Read;

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use std::sync::{Mutex, mpsc};

use crate::snapshot::{Absorb, Judge, Judged, Records, Sink};

mod strict;

/// Bytes of records per batch and core.
const BATCH: usize = 4 << 20;
/// Bytes of records per job of the parallel judge (small: jobs in flight are what it holds).
const JOB: usize = 1 << 20;
/// Give up looking for the records array after this much prefix.
const MAX_PREFIX: usize = 64 << 20;

/// How the fast path ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every record was handed to the sink; the file is valid.
    Done,
    /// Not a shape this path reads; nothing was handed to the sink.
    NotHandled,
    /// The file is invalid (records may have been handed to the sink): the caller reruns the
    /// plain reader without a sink to get the located error.
    Invalid,
}

/// Reads the records of one collection file into `sink`. `keep`: the fields to keep (`None`:
/// all). `validate_skeleton` checks the bytes around the records array (prefix + `[]` + tail)
/// the way the plain reader would, and says whether they are valid and hold no records.
pub fn read<R: Read>(
    mut reader: R,
    collection: &str,
    keep: Option<&HashSet<String>>,
    sink: &mut dyn Sink,
    validate_skeleton: &dyn Fn(&[u8]) -> bool,
) -> std::io::Result<Outcome> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    let mut buf: Vec<u8> = Vec::with_capacity(BATCH * threads + (1 << 20));
    // 1. Find the records array.
    let array_at = loop {
        match find_array(&buf) {
            Ok(Some(at)) => break at,
            Ok(None) if buf.len() < MAX_PREFIX => {
                if read_more(&mut reader, &mut buf, 1 << 20)? == 0 {
                    return Ok(Outcome::NotHandled);
                }
            }
            _ => return Ok(Outcome::NotHandled),
        }
    };
    let mut skeleton: Vec<u8> = buf[..array_at].to_vec();
    if let Some((judge, absorb)) = sink.split() {
        let ctx = Pipeline {
            collection,
            keep,
            judge,
            threads,
        };
        return ctx.run(reader, buf, array_at, skeleton, absorb, validate_skeleton);
    }
    let mut pos = array_at;
    let mut expect = Expect::FirstOrEnd;
    let mut eof = false;
    // 2. Records, batch by batch.
    loop {
        let Cut { ranges, done, bad } = cut_records(&buf, &mut pos, &mut expect);
        if !ranges.is_empty() && !parse_batch(&buf, &ranges, collection, keep, sink, threads) {
            return Ok(Outcome::Invalid);
        }
        if bad {
            return Ok(Outcome::Invalid);
        }
        if done {
            break;
        }
        if eof {
            return Ok(Outcome::Invalid);
        }
        // Keep the unfinished record, read the next batch.
        buf.drain(..pos);
        pos = 0;
        if read_more(&mut reader, &mut buf, BATCH * threads)? == 0 {
            eof = true;
        }
    }
    // 3. The rest of the file must close the document.
    skeleton.push(b']');
    skeleton.extend_from_slice(&buf[pos..]);
    reader.read_to_end(&mut skeleton)?;
    Ok(if validate_skeleton(&skeleton) {
        Outcome::Done
    } else {
        Outcome::Invalid
    })
}

/// The reader of a sink that judges on other threads: this thread reads and cuts the records
/// into jobs of about [`JOB`] bytes, worker threads parse and judge them, and this thread takes
/// the judgements in, in file order, while the workers go on. At most a few jobs are in flight,
/// so memory does not depend on the file's size.
struct Pipeline<'a> {
    collection: &'a str,
    keep: Option<&'a HashSet<String>>,
    judge: &'a dyn Judge,
    threads: usize,
}

/// A job's outcome: its number, the judgement, whether every record parsed, and its buffer back.
type Done = (usize, Judged, bool, Vec<u8>);

impl Pipeline<'_> {
    fn run<R: Read>(
        &self,
        mut reader: R,
        mut buf: Vec<u8>,
        mut pos: usize,
        mut skeleton: Vec<u8>,
        absorb: &mut dyn Absorb,
        validate_skeleton: &dyn Fn(&[u8]) -> bool,
    ) -> std::io::Result<Outcome> {
        let collection = self.collection;
        let fields = self.keep.map(Fields::new);
        let fields = &fields;
        let judge = self.judge;
        let mut index = absorb.seen(collection);
        let in_flight = 4 * self.threads;
        let (job_tx, job_rx) =
            mpsc::sync_channel::<(usize, usize, Vec<u8>, Vec<(usize, usize)>)>(2 * self.threads);
        let job_rx = Mutex::new(job_rx);
        let (done_tx, done_rx) = mpsc::channel::<Done>();
        std::thread::scope(|s| {
            for _ in 0..self.threads {
                let done_tx = done_tx.clone();
                let job_rx = &job_rx;
                s.spawn(move || {
                    loop {
                        let job = job_rx
                            .lock()
                            .map_err(|_| ())
                            .and_then(|rx| rx.recv().map_err(|_| ()));
                        let Ok((seq, first, data, ranges)) = job else {
                            break;
                        };
                        let mut records = Lent {
                            data: &data,
                            ranges: ranges.iter(),
                            keep: fields,
                            record: Value::Object(Map::new()),
                            reuse: Reuse::default(),
                            ok: true,
                        };
                        let judged = judge.judge(collection, first, &mut records);
                        let ok = records.ok;
                        if done_tx.send((seq, judged, ok, data)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(done_tx);
            let mut order = Order::default();
            let mut expect = Expect::FirstOrEnd;
            let mut eof = false;
            let mut seq = 0;
            let outcome = loop {
                let Cut { ranges, done, bad } = cut_records(&buf, &mut pos, &mut expect);
                if ranges.is_empty() {
                    buf.drain(..pos);
                } else {
                    // The buffer goes with the job; the unfinished record starts the next one.
                    let mut next = order
                        .spare
                        .pop()
                        .unwrap_or_else(|| Vec::with_capacity(JOB + (64 << 10)));
                    next.clear();
                    next.extend_from_slice(&buf[pos..]);
                    let data = std::mem::replace(&mut buf, next);
                    let n = ranges.len();
                    if job_tx.send((seq, index, data, ranges)).is_err() {
                        break Outcome::Invalid;
                    }
                    seq += 1;
                    index += n;
                    // Take in what is ready; wait when too much is in flight.
                    if !order.collect(&done_rx, absorb, collection, seq, in_flight) {
                        break Outcome::Invalid;
                    }
                }
                pos = 0;
                if bad {
                    break Outcome::Invalid;
                }
                if done {
                    break Outcome::Done;
                }
                if eof {
                    break Outcome::Invalid;
                }
                match read_more(&mut reader, &mut buf, JOB) {
                    Ok(0) => eof = true,
                    Ok(_) => {}
                    Err(e) => {
                        drop(job_tx);
                        return Err(e);
                    }
                }
            };
            drop(job_tx);
            if !order.collect(&done_rx, absorb, collection, seq, 0) {
                return Ok(Outcome::Invalid);
            }
            Ok(outcome)
        })
        .and_then(|outcome| {
            if outcome != Outcome::Done {
                return Ok(outcome);
            }
            // The rest of the file must close the document.
            skeleton.push(b']');
            skeleton.extend_from_slice(&buf[pos..]);
            reader.read_to_end(&mut skeleton)?;
            Ok(if validate_skeleton(&skeleton) {
                Outcome::Done
            } else {
                Outcome::Invalid
            })
        })
    }
}

/// Judgements that came back out of order, waiting for their turn.
#[derive(Default)]
struct Order {
    next: usize,
    waiting: std::collections::BTreeMap<usize, (Judged, bool)>,
    /// Buffers back from the workers, for the next jobs.
    spare: Vec<Vec<u8>>,
}

impl Order {
    /// Takes in, in order, what has come back; waits until at most `in_flight` of the `sent`
    /// jobs are out. False when a job held an invalid record (what came before it is taken in).
    fn collect(
        &mut self,
        done: &mpsc::Receiver<Done>,
        absorb: &mut dyn Absorb,
        collection: &str,
        sent: usize,
        in_flight: usize,
    ) -> bool {
        loop {
            while let Some((judged, ok)) = self.waiting.remove(&self.next) {
                absorb.absorb(collection, judged);
                self.next += 1;
                if !ok {
                    return false;
                }
            }
            let result = if sent - self.next > in_flight {
                match done.recv() {
                    Ok(r) => r,
                    Err(_) => return false,
                }
            } else {
                match done.try_recv() {
                    Ok(r) => r,
                    Err(_) => return true,
                }
            };
            let (seq, judged, ok, data) = result;
            self.waiting.insert(seq, (judged, ok));
            self.spare.push(data);
        }
    }
}

fn read_more<R: Read>(reader: &mut R, buf: &mut Vec<u8>, want: usize) -> std::io::Result<usize> {
    // `read_to_end` reads into the spare capacity without zeroing it first.
    reader.by_ref().take(want as u64).read_to_end(buf)
}

fn skip_ws(buf: &[u8], mut i: usize) -> usize {
    while i < buf.len() && matches!(buf[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// Eight copies of a byte.
const fn splat(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// The lowest byte of `w` that is zero marks the lowest set high bit of the result (bytes above
/// it may be marked wrongly; only the lowest mark is used).
const fn zero_bytes(w: u64) -> u64 {
    w.wrapping_sub(splat(1)) & !w & splat(0x80)
}

/// The first index from `i` on whose byte `hit` marks, eight bytes at a time (`hit` marks bytes
/// of a little-endian word the way [`zero_bytes`] does), else the first byte `is` accepts.
fn find_from(
    buf: &[u8],
    mut i: usize,
    hit: impl Fn(u64) -> u64,
    is: impl Fn(u8) -> bool,
) -> Option<usize> {
    while let Some(chunk) = buf.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let marks = hit(w);
        if marks != 0 {
            return Some(i + marks.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    buf.get(i..)?.iter().position(|&b| is(b)).map(|p| i + p)
}

/// The end of the string whose opening quote is at `i` (index after the closing quote).
fn skip_string(buf: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    loop {
        let j = find_from(
            buf,
            i,
            |w| zero_bytes(w ^ splat(b'"')) | zero_bytes(w ^ splat(b'\\')),
            |b| b == b'"' || b == b'\\',
        )?;
        if buf[j] == b'\\' {
            i = j + 2;
            if i > buf.len() {
                return None;
            }
        } else {
            return Some(j + 1);
        }
    }
}

/// The end of the object or array that opens at `i`.
fn skip_nested(buf: &[u8], mut i: usize) -> Option<usize> {
    // `{ } [ ]` are the bytes that `| 0x26` turns into 0x7F, with `Y y _` and 0x7F itself,
    // which the match below passes over (outside strings they are not JSON anyway).
    let candidate =
        |w: u64| zero_bytes(w ^ splat(b'"')) | zero_bytes((w | splat(0x26)) ^ splat(0x7F));
    let mut depth = 0usize;
    loop {
        i = find_from(buf, i, candidate, |b| b == b'"' || b | 0x26 == 0x7F)?;
        match buf[i] {
            b'"' => {
                i = skip_string(buf, i)?;
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// Where the records array starts (index after its `[`): `Ok(None)` to read more, `Err` for a
/// shape this path leaves to the plain reader.
fn find_array(buf: &[u8]) -> Result<Option<usize>, ()> {
    let mut i = skip_ws(buf, 0);
    let Some(&first) = buf.get(i) else {
        return Ok(None);
    };
    if first == b'[' {
        return Ok(Some(i + 1));
    }
    if first != b'{' {
        return Err(());
    }
    i += 1;
    loop {
        i = skip_ws(buf, i);
        let Some(&b) = buf.get(i) else {
            return Ok(None);
        };
        if b != b'"' {
            return Err(());
        }
        let Some(end) = skip_string(buf, i) else {
            return Ok(None);
        };
        let key = &buf[i + 1..end - 1];
        i = skip_ws(buf, end);
        match buf.get(i) {
            None => return Ok(None),
            Some(b':') => {}
            Some(_) => return Err(()),
        }
        i = skip_ws(buf, i + 1);
        let Some(&v) = buf.get(i) else {
            return Ok(None);
        };
        if key == b"value" {
            return if v == b'[' { Ok(Some(i + 1)) } else { Err(()) };
        }
        i = match v {
            b'"' => match skip_string(buf, i) {
                Some(e) => e,
                None => return Ok(None),
            },
            b'{' | b'[' => match skip_nested(buf, i) {
                Some(e) => e,
                None => return Ok(None),
            },
            _ => {
                let rest = &buf[i..];
                match rest
                    .iter()
                    .position(|c| matches!(c, b',' | b'}' | b' ' | b'\t' | b'\n' | b'\r'))
                {
                    Some(p) => i + p,
                    None => return Ok(None),
                }
            }
        };
        i = skip_ws(buf, i);
        match buf.get(i) {
            None => return Ok(None),
            Some(b',') => i += 1,
            // An object without "value": a singleton, for the plain reader.
            Some(_) => return Err(()),
        }
    }
}

#[derive(Clone, Copy)]
enum Expect {
    /// Right after `[`: a record or `]`.
    FirstOrEnd,
    /// After a record: `,` or `]`.
    CommaOrEnd,
    /// After `,`: a record.
    Record,
}

enum Step {
    Record(usize, usize),
    /// A comma between records; index after it.
    Comma(usize),
    /// The array closed; index after `]`.
    End(usize),
    NeedMore,
    Invalid,
}

/// The records complete in `buf` from `pos` on, and how the cut ended.
struct Cut {
    ranges: Vec<(usize, usize)>,
    /// The array closed.
    done: bool,
    /// The bytes are not an array of records.
    bad: bool,
}

/// Cuts every complete record from `pos` on (moving `pos` past them); stops at the array's end,
/// at an unfinished record, or at bytes that do not belong.
fn cut_records(buf: &[u8], pos: &mut usize, expect: &mut Expect) -> Cut {
    let mut cut = Cut {
        ranges: Vec::new(),
        done: false,
        bad: false,
    };
    loop {
        match next_record(buf, *pos, expect) {
            Step::Record(s, e) => {
                cut.ranges.push((s, e));
                *pos = e;
            }
            Step::Comma(after) => *pos = after,
            Step::End(after) => {
                *pos = after;
                cut.done = true;
                return cut;
            }
            Step::NeedMore => return cut,
            Step::Invalid => {
                cut.bad = true;
                return cut;
            }
        }
    }
}

fn next_record(buf: &[u8], pos: usize, expect: &mut Expect) -> Step {
    let i = skip_ws(buf, pos);
    let Some(&b) = buf.get(i) else {
        return Step::NeedMore;
    };
    match (*expect, b) {
        (Expect::FirstOrEnd | Expect::CommaOrEnd, b']') => Step::End(i + 1),
        (Expect::CommaOrEnd, b',') => {
            *expect = Expect::Record;
            Step::Comma(i + 1)
        }
        (Expect::FirstOrEnd | Expect::Record, b'{') => match skip_nested(buf, i) {
            Some(end) => {
                *expect = Expect::CommaOrEnd;
                Step::Record(i, end)
            }
            None => Step::NeedMore,
        },
        _ => Step::Invalid,
    }
}

/// Parses the records on every core and hands them to the sink in order; false on an invalid
/// record (the records before it have been handed over).
fn parse_batch(
    buf: &[u8],
    ranges: &[(usize, usize)],
    collection: &str,
    keep: Option<&HashSet<String>>,
    sink: &mut dyn Sink,
    threads: usize,
) -> bool {
    let keep = keep.map(Fields::new);
    let keep = keep.as_ref();
    let parse = |part: &[(usize, usize)]| -> Vec<Option<Value>> {
        part.iter()
            .map(|&(s, e)| parse_record(&buf[s..e], keep))
            .collect()
    };
    let parts: Vec<&[(usize, usize)]> = ranges
        .chunks(ranges.len().div_ceil(threads).max(1))
        .collect();
    let parsed: Vec<Vec<Option<Value>>> = if parts.len() <= 1 {
        parts.iter().map(|p| parse(p)).collect()
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> = parts[1..]
                .iter()
                .map(|p| s.spawn(move || parse(p)))
                .collect();
            let mut out = vec![parse(parts[0])];
            out.extend(
                handles
                    .into_iter()
                    .map(|h| h.join().expect("parser thread does not panic")),
            );
            out
        })
    };
    for record in parsed.into_iter().flatten() {
        match record {
            Some(v) => sink.record(collection, v),
            None => return false,
        }
    }
    true
}

/// One record with only the kept fields (`None`: all), as the plain reader builds it.
pub fn parse_record(bytes: &[u8], keep: Option<&Fields>) -> Option<Value> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let v = ProjectedRecord { keep }.deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(v)
}

struct ProjectedRecord<'k> {
    keep: Option<&'k Fields>,
}

impl<'de> DeserializeSeed<'de> for ProjectedRecord<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ProjectedRecord<'_> {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record (a JSON object)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        let Some(fields) = self.keep else {
            while let Some(key) = map.next_key::<String>()? {
                let v = map.next_value::<Value>()?;
                out.insert(key, v);
            }
            return Ok(Value::Object(out));
        };
        while let Some(found) = map.next_key_seed(FieldIndex { fields })? {
            match found {
                Some(i) => {
                    let v = map.next_value::<Value>()?;
                    out.insert(fields.names[i].clone(), v);
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Value::Object(out))
    }
}

/// The kept field names of a collection, found by length first: most keys of a record are not
/// kept, and most are rejected without comparing a byte.
pub struct Fields {
    names: Vec<String>,
    /// Key length → indexes into `names` of that length.
    by_len: Vec<Vec<usize>>,
}

impl Fields {
    pub fn new(keep: &HashSet<String>) -> Fields {
        let mut names: Vec<String> = keep.iter().cloned().collect();
        names.sort();
        let mut by_len: Vec<Vec<usize>> = Vec::new();
        for (i, n) in names.iter().enumerate() {
            if by_len.len() <= n.len() {
                by_len.resize(n.len() + 1, Vec::new());
            }
            by_len[n.len()].push(i);
        }
        Fields { names, by_len }
    }

    /// Which kept field `key` is.
    fn find(&self, key: &[u8]) -> Option<usize> {
        self.by_len
            .get(key.len())?
            .iter()
            .copied()
            .find(|&i| self.names[i].as_bytes() == key)
    }

    /// Whether the reusing parser can take this projection (it marks fields in a `u64`).
    fn reusable(&self) -> bool {
        self.names.len() <= MAX_REUSED
    }
}

const MAX_REUSED: usize = 64;

/// A job's records, parsed one at a time into the same [`Value`].
struct Lent<'a> {
    data: &'a [u8],
    ranges: std::slice::Iter<'a, (usize, usize)>,
    keep: &'a Option<Fields>,
    record: Value,
    reuse: Reuse,
    /// False once a record failed to parse (the records after it are not handed over).
    ok: bool,
}

impl Records for Lent<'_> {
    fn next_record(&mut self) -> Option<&Value> {
        if !self.ok {
            return None;
        }
        let &(s, e) = self.ranges.next()?;
        let bytes = &self.data[s..e];
        self.ok = match self.keep {
            Some(fields) => self.reuse.parse(bytes, fields, &mut self.record),
            None => match parse_record(bytes, None) {
                Some(v) => {
                    self.record = v;
                    true
                }
                None => false,
            },
        };
        self.ok.then_some(&self.record)
    }
}

/// Parses records one after another into the same `Value`, keeping only `fields` and reusing
/// what it holds from the record before: its map, its keys and its strings' buffers (give it the
/// same `record` every time). Each result equals [`parse_record`]'s.
pub struct Reuse {
    found: strict::Found,
}

impl Default for Reuse {
    fn default() -> Reuse {
        Reuse {
            found: strict::Found::new(),
        }
    }
}

impl Reuse {
    /// Parses one record into `record`; false when the bytes are not one valid JSON object.
    pub fn parse(&mut self, bytes: &[u8], fields: &Fields, record: &mut Value) -> bool {
        if !fields.reusable() {
            let parsed = parse_record(bytes, Some(fields));
            let ok = parsed.is_some();
            *record = parsed.unwrap_or_else(|| Value::Object(Map::new()));
            self.found.present = None;
            return ok;
        }
        parse_reusing(bytes, fields, record, &mut self.found)
    }
}

fn parse_reusing(
    bytes: &[u8],
    fields: &Fields,
    record: &mut Value,
    found: &mut strict::Found,
) -> bool {
    if !record.is_object() {
        *record = Value::Object(Map::new());
        found.present = Some(0);
    }
    let Value::Object(map) = record else {
        unreachable!("made an object above")
    };
    // The quick scan first; serde_json for what it is unsure of.
    let ok = if strict::scan(bytes, fields, found).is_some() {
        keep_found(bytes, fields, found, map)
    } else {
        found.present = None;
        let mut de = serde_json::Deserializer::from_slice(bytes);
        ReusedRecord { fields, map }.deserialize(&mut de).is_ok() && de.end().is_ok()
    };
    if !ok {
        // What is left is half a record: start the next one from nothing.
        *record = Value::Object(Map::new());
        found.present = Some(0);
    }
    ok
}

/// Writes the kept fields the quick scan found into `map` (false: a kept value is not valid,
/// e.g. a string that is not UTF-8).
fn keep_found(
    bytes: &[u8],
    fields: &Fields,
    found: &mut strict::Found,
    map: &mut Map<String, Value>,
) -> bool {
    let mut seen = 0u64;
    for (i, _, _) in found.iter() {
        seen |= 1 << i;
    }
    let present = found.present.replace(seen);
    // The same fields as the record before, each once (the usual case): the map's values, in
    // key order, are the fields in index order (both sorted by name), so no key is looked up.
    if present == Some(seen) && found.len == seen.count_ones() as usize {
        let mut at = [(0usize, 0usize); strict::MAX_FOUND];
        for (i, start, end) in found.iter() {
            at[i] = (start, end);
        }
        let mut bits = seen;
        for slot in map.values_mut() {
            let (start, end) = at[bits.trailing_zeros() as usize];
            bits &= bits - 1;
            if !overwrite(slot, &bytes[start..end]) {
                return false;
            }
        }
        return true;
    }
    for (i, start, end) in found.iter() {
        let name = &fields.names[i];
        let raw = &bytes[start..end];
        let ok = match map.get_mut(name) {
            Some(slot) => overwrite(slot, raw),
            None => {
                let mut slot = Value::Null;
                let ok = overwrite(&mut slot, raw);
                map.insert(name.clone(), slot);
                ok
            }
        };
        if !ok {
            return false;
        }
    }
    drop_unseen(map, fields, seen);
    true
}

/// Removes the fields the record before had and this one (`seen`) has not.
fn drop_unseen(map: &mut Map<String, Value>, fields: &Fields, seen: u64) {
    if map.len() != seen.count_ones() as usize {
        map.retain(|k, _| {
            fields
                .find(k.as_bytes())
                .is_some_and(|i| seen & (1 << i) != 0)
        });
    }
}

/// Writes the JSON value `raw` (checked by the quick scan) over `slot`; false when it is not
/// valid after all (a string that is not UTF-8).
fn overwrite(slot: &mut Value, raw: &[u8]) -> bool {
    // A string without escapes is its bytes (the scan saw no control character).
    if let [b'"', inner @ .., b'"'] = raw
        && memchr::memchr(b'\\', inner).is_none()
    {
        let Ok(text) = std::str::from_utf8(inner) else {
            return false;
        };
        match slot {
            Value::String(s) => {
                s.clear();
                s.push_str(text);
            }
            other => *other = Value::String(text.to_string()),
        }
        return true;
    }
    let mut de = serde_json::Deserializer::from_slice(raw);
    Overwrite { slot }.deserialize(&mut de).is_ok() && de.end().is_ok()
}

struct ReusedRecord<'a> {
    fields: &'a Fields,
    map: &'a mut Map<String, Value>,
}

impl<'de> DeserializeSeed<'de> for ReusedRecord<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ReusedRecord<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record (a JSON object)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<(), A::Error> {
        let fields = self.fields;
        let mut seen = 0u64;
        while let Some(found) = access.next_key_seed(FieldIndex { fields })? {
            let Some(i) = found else {
                access.next_value::<IgnoredAny>()?;
                continue;
            };
            seen |= 1 << i;
            let name = &fields.names[i];
            match self.map.get_mut(name) {
                Some(slot) => access.next_value_seed(Overwrite { slot })?,
                None => {
                    let v = access.next_value::<Value>()?;
                    self.map.insert(name.clone(), v);
                }
            }
        }
        drop_unseen(self.map, fields, seen);
        Ok(())
    }
}

/// A key: the index of the kept field it names, if any.
struct FieldIndex<'a> {
    fields: &'a Fields,
}

impl<'de> DeserializeSeed<'de> for FieldIndex<'_> {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        // As bytes: a kept key equals a name (which is UTF-8); the others need no check.
        d.deserialize_bytes(self)
    }
}

impl<'de> Visitor<'de> for FieldIndex<'_> {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Option<usize>, E> {
        Ok(self.fields.find(v))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Option<usize>, E> {
        Ok(self.fields.find(v.as_bytes()))
    }
}

/// A kept field's value, written over the previous record's: a string reuses its buffer.
struct Overwrite<'a> {
    slot: &'a mut Value,
}

impl<'de> DeserializeSeed<'de> for Overwrite<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Overwrite<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        match self.slot {
            Value::String(s) => {
                s.clear();
                s.push_str(v);
            }
            other => *other = Value::String(v.to_string()),
        }
        Ok(())
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<(), E> {
        *self.slot = Value::String(v);
        Ok(())
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<(), E> {
        *self.slot = Value::Bool(v);
        Ok(())
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<(), E> {
        *self.slot = Value::from(v);
        Ok(())
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<(), E> {
        *self.slot = Value::from(v);
        Ok(())
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<(), E> {
        // As serde_json's own `Value` does it.
        *self.slot = serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number);
        Ok(())
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        *self.slot = Value::Null;
        Ok(())
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        *self.slot = Value::Null;
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        *self.slot = Value::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))?;
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        *self.slot = Value::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        Ok(())
    }
}
