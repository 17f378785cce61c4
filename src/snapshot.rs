//! Tenant snapshots: Microsoft Graph responses, kept as Graph returns them (SPEC §3).
//!
//! Nothing here holds a collection in memory. The reader walks the input once and hands each
//! record to a [`Sink`] as it is parsed, keeping only the fields the rules read (a
//! [`Projection`]); a million devices stream through in the memory of one.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::error::Error;

/// The collections a snapshot may hold, by their Graph names.
pub const COLLECTIONS: &[&str] = &[
    "depOnboardingSettings",
    "vppTokens",
    "applePushNotificationCertificate",
    "deviceEnrollmentConfigurations",
    "managedDevices",
    "troubleshootingEvents",
    "organization",
];

/// Receives a snapshot's content as it is read.
pub trait Sink {
    /// The collection was collected (its records, if any, follow).
    fn present(&mut self, collection: &str);
    /// One record of a collection.
    fn record(&mut self, collection: &str, record: Value);
    /// A sink that can judge records on other threads splits into its judge (shared by the
    /// worker threads) and the part that takes the judgements in, in file order. The parallel
    /// reader then hands records to the judge instead of to [`Sink::record`].
    fn split(&mut self) -> Option<(&dyn Judge, &mut dyn Absorb)> {
        None
    }
}

/// What a [`Judge`] made of a run of records (its own type, opaque to the reader).
pub type Judged = Box<dyn std::any::Any + Send>;

/// Records handed over one at a time, each lent until the next is asked for: the reader reuses
/// one record's memory for the next instead of allocating a million of them.
pub trait Records {
    fn next_record(&mut self) -> Option<&Value>;
}

/// The thread-safe half of a sink: judges records without touching the sink's state.
pub trait Judge: Sync {
    /// Judges consecutive records of a collection; `first` is the index of the first one in its
    /// collection.
    fn judge(&self, collection: &str, first: usize, records: &mut dyn Records) -> Judged;
}

/// The other half: takes judgements in, in file order.
pub trait Absorb {
    /// How many records of the collection it has taken in.
    fn seen(&self, collection: &str) -> usize;
    fn absorb(&mut self, collection: &str, judged: Judged);
}

/// Which fields of each collection's records to keep (`None`: every field).
#[derive(Debug, Clone, Default)]
pub struct Projection {
    pub fields: HashMap<String, Option<HashSet<String>>>,
}

impl Projection {
    fn keeps(&self, collection: &str, key: &str) -> bool {
        match self.fields.get(collection) {
            Some(Some(set)) => set.contains(key),
            Some(None) => true,
            None => false,
        }
    }
    fn wants(&self, collection: &str) -> bool {
        self.fields.contains_key(collection)
    }
}

/// Where a snapshot is read from.
#[derive(Debug, Clone)]
pub enum Input {
    Stdin,
    Path(PathBuf),
}

impl Input {
    pub fn parse(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

impl fmt::Display for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Input::Stdin => f.write_str("<stdin>"),
            Input::Path(p) => write!(f, "{}", p.display()),
        }
    }
}

/// Reads a snapshot (file, directory or stdin) into `sink`.
pub fn read(input: &Input, projection: &Projection, sink: &mut dyn Sink) -> Result<(), Error> {
    match input {
        Input::Stdin => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Error::io(Path::new("<stdin>"), e))?;
            if text.trim().is_empty() {
                return Err(Error::EmptyInput);
            }
            read_bytes(text.as_bytes(), "<stdin>", projection, sink)
        }
        Input::Path(p) if p.is_dir() => read_directory(p, projection, sink),
        Input::Path(p) => {
            let name = p.display().to_string();
            let is_yaml = matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"));
            if is_yaml {
                let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
                read_yaml_document(&text, &name, projection, sink)
            } else {
                let file = std::fs::File::open(p).map_err(|e| Error::io(p, e))?;
                read_json_document(
                    BufReader::with_capacity(1 << 20, file),
                    &name,
                    projection,
                    sink,
                )
            }
        }
    }
}

/// Reads a single-document snapshot held in memory (standard input, an HTTP request body): JSON
/// when it starts with `{` or `[`, YAML otherwise. JSON is streamed, never held as a tree.
pub fn read_bytes(
    bytes: &[u8],
    name: &str,
    projection: &Projection,
    sink: &mut dyn Sink,
) -> Result<(), Error> {
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if matches!(first, Some(b'{' | b'[')) {
        return read_json_document(bytes, name, projection, sink);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| Error::SnapshotShape {
        file: name.to_string(),
        path: "$".into(),
        message: format!("byte {} is not UTF-8", e.valid_up_to()),
    })?;
    read_yaml_document(text, name, projection, sink)
}

/// Reads an in-memory snapshot in the single-document form (rule examples, the HTTP API).
pub fn read_value(
    value: &Value,
    name: &str,
    projection: &Projection,
    sink: &mut dyn Sink,
) -> Result<(), Error> {
    let ctx = Ctx::new(projection, sink);
    let result = DocumentSeed { ctx: &ctx }.deserialize(value);
    result.map_err(|e| ctx.shape_error(name, e.to_string()))
}

fn read_json_document<R: Read>(
    reader: R,
    name: &str,
    projection: &Projection,
    sink: &mut dyn Sink,
) -> Result<(), Error> {
    let ctx = Ctx::new(projection, sink);
    let mut de = serde_json::Deserializer::from_reader(reader);
    let result = DocumentSeed { ctx: &ctx }
        .deserialize(&mut de)
        .and_then(|()| de.end());
    result.map_err(|e| ctx.json_error(name, e))
}

fn read_yaml_document(
    text: &str,
    name: &str,
    projection: &Projection,
    sink: &mut dyn Sink,
) -> Result<(), Error> {
    let value: Value = crate::knowledge::parse_yaml(name, text)?;
    read_value(&value, name, projection, sink)
}

/// The directory form: `<collection>.json`, then `<collection>.2.json`, `<collection>.3.json`…
fn read_directory(dir: &Path, projection: &Projection, sink: &mut dyn Sink) -> Result<(), Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut pages: HashMap<&'static str, Vec<(u32, PathBuf)>> = HashMap::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let file_name = entry.file_name().to_string_lossy().to_string();
        let Some(stem) = file_name.strip_suffix(".json") else {
            continue;
        };
        let (base, page) = match stem.rsplit_once('.') {
            Some((b, n)) => match n.parse::<u32>() {
                Ok(n) if n >= 2 => (b, n),
                _ => continue,
            },
            None => (stem, 1),
        };
        if let Some(c) = COLLECTIONS.iter().find(|c| **c == base) {
            pages.entry(c).or_default().push((page, entry.path()));
        }
    }
    for collection in COLLECTIONS {
        let Some(mut files) = pages.remove(collection) else {
            continue;
        };
        files.sort();
        sink.present(collection);
        if !projection.wants(collection) {
            continue;
        }
        for (_, path) in files {
            read_page(&path, collection, projection, sink)?;
        }
    }
    Ok(())
}

/// A sink that only counts records (error reruns and skeleton checks).
struct CountingSink(usize);

impl Sink for CountingSink {
    fn present(&mut self, _: &str) {}
    fn record(&mut self, _: &str, _: Value) {
        self.0 += 1;
    }
}

/// One page of a collection: the parallel fast path of [`crate::records`] when the file is a
/// Graph response or an array, else (and for every error message) the plain streaming reader.
fn read_page(
    path: &Path,
    collection: &'static str,
    projection: &Projection,
    sink: &mut dyn Sink,
) -> Result<(), Error> {
    let keep = projection.fields.get(collection).and_then(|k| k.as_ref());
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let validate = |skeleton: &[u8]| {
        let mut counter = CountingSink(0);
        let ctx = Ctx::new(projection, &mut counter);
        let mut de = serde_json::Deserializer::from_slice(skeleton);
        let ok = CollectionSeed {
            ctx: &ctx,
            collection,
        }
        .deserialize(&mut de)
        .and_then(|()| de.end())
        .is_ok();
        drop(ctx);
        ok && counter.0 == 0
    };
    match crate::records::read(file, collection, keep, sink, &validate) {
        Ok(crate::records::Outcome::Done) => Ok(()),
        Ok(crate::records::Outcome::NotHandled) => {
            read_page_plain(path, collection, projection, sink)
        }
        Ok(crate::records::Outcome::Invalid) => {
            // The plain reader says where and what.
            read_page_plain(path, collection, projection, &mut CountingSink(0))?;
            Err(Error::SnapshotShape {
                file: path.display().to_string(),
                path: "$".into(),
                message: "the records array is not followed by the end of the document".into(),
            })
        }
        Err(e) => Err(Error::io(path, e)),
    }
}

fn read_page_plain(
    path: &Path,
    collection: &'static str,
    projection: &Projection,
    sink: &mut dyn Sink,
) -> Result<(), Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let name = path.display().to_string();
    let ctx = Ctx::new(projection, sink);
    ctx.path.borrow_mut().push("$".into());
    let mut de = serde_json::Deserializer::from_reader(BufReader::with_capacity(1 << 20, file));
    let result = CollectionSeed {
        ctx: &ctx,
        collection,
    }
    .deserialize(&mut de)
    .and_then(|()| de.end());
    result.map_err(|e| ctx.json_error(&name, e))
}

/// Shared state of one read: the projection, the sink, and where we are (for error messages).
struct Ctx<'a> {
    projection: &'a Projection,
    sink: RefCell<&'a mut dyn Sink>,
    path: RefCell<Vec<String>>,
}

impl<'a> Ctx<'a> {
    fn new(projection: &'a Projection, sink: &'a mut dyn Sink) -> Self {
        Ctx {
            projection,
            sink: RefCell::new(sink),
            path: RefCell::new(Vec::new()),
        }
    }

    fn json_path(&self) -> String {
        let path = self.path.borrow();
        if path.is_empty() {
            return "$".into();
        }
        let mut out = String::new();
        for seg in path.iter() {
            if seg.starts_with('[') || seg == "$" {
                out.push_str(seg);
            } else {
                if out.is_empty() {
                    out.push('$');
                }
                out.push('.');
                out.push_str(seg);
            }
        }
        out
    }

    fn json_error(&self, file: &str, e: serde_json::Error) -> Error {
        let message = e.to_string();
        let message = match message.rfind(" at line ") {
            Some(pos) => message[..pos].to_string(),
            None => message,
        };
        Error::SnapshotJson {
            file: file.to_string(),
            line: e.line(),
            column: e.column(),
            path: self.json_path(),
            message,
        }
    }

    fn shape_error(&self, file: &str, message: String) -> Error {
        Error::SnapshotShape {
            file: file.to_string(),
            path: self.json_path(),
            message,
        }
    }
}

struct DocumentSeed<'c, 'a> {
    ctx: &'c Ctx<'a>,
}

impl<'de> DeserializeSeed<'de> for DocumentSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for DocumentSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "an object whose keys are collection names ({})",
            COLLECTIONS.join(", ")
        )
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.ctx.path.borrow_mut().push("$".into());
        while let Some(key) = map.next_key::<String>()? {
            match COLLECTIONS.iter().find(|c| **c == key) {
                Some(collection) => {
                    self.ctx.sink.borrow_mut().present(collection);
                    if self.ctx.projection.wants(collection) {
                        self.ctx.path.borrow_mut().push(key.clone());
                        map.next_value_seed(CollectionSeed {
                            ctx: self.ctx,
                            collection,
                        })?;
                        self.ctx.path.borrow_mut().pop();
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        self.ctx.path.borrow_mut().pop();
        Ok(())
    }
}

/// A collection's value: `{"value": [...]}`, `{"value": {...}}`, a bare array, a bare object
/// (a singleton), or `null`.
struct CollectionSeed<'c, 'a> {
    ctx: &'c Ctx<'a>,
    collection: &'static str,
}

impl<'de> DeserializeSeed<'de> for CollectionSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for CollectionSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(
            "a Graph response ({\"value\": [...]}), an array of records, an object, or null",
        )
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        RecordsSeed {
            ctx: self.ctx,
            collection: self.collection,
        }
        .visit_seq(seq)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // Either a Graph response (records under "value") or a bare singleton object, whose
        // fields we keep in case no "value" key turns up.
        let mut fields = Map::new();
        let mut saw_value = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == "value" {
                saw_value = true;
                self.ctx.path.borrow_mut().push("value".into());
                map.next_value_seed(ValueSeed {
                    ctx: self.ctx,
                    collection: self.collection,
                })?;
                self.ctx.path.borrow_mut().pop();
            } else if !saw_value && self.ctx.projection.keeps(self.collection, &key) {
                fields.insert(key, map.next_value::<Value>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        if !saw_value {
            self.ctx
                .sink
                .borrow_mut()
                .record(self.collection, Value::Object(fields));
        }
        Ok(())
    }
}

/// What stands under "value": records, one wrapped singleton, or null.
struct ValueSeed<'c, 'a> {
    ctx: &'c Ctx<'a>,
    collection: &'static str,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of records, one object, or null")
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        RecordsSeed {
            ctx: self.ctx,
            collection: self.collection,
        }
        .visit_seq(seq)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let record = RecordSeed {
            ctx: self.ctx,
            collection: self.collection,
        }
        .visit_map(map)?;
        self.ctx.sink.borrow_mut().record(self.collection, record);
        Ok(())
    }
}

struct RecordsSeed<'c, 'a> {
    ctx: &'c Ctx<'a>,
    collection: &'static str,
}

impl<'de> RecordsSeed<'_, '_> {
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0usize;
        loop {
            self.ctx.path.borrow_mut().push(format!("[{index}]"));
            let next = seq.next_element_seed(RecordSeed {
                ctx: self.ctx,
                collection: self.collection,
            })?;
            self.ctx.path.borrow_mut().pop();
            match next {
                Some(record) => self.ctx.sink.borrow_mut().record(self.collection, record),
                None => return Ok(()),
            }
            index += 1;
        }
    }
}

/// One record, keeping only the projected fields.
struct RecordSeed<'c, 'a> {
    ctx: &'c Ctx<'a>,
    collection: &'static str,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_, '_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_, '_> {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record (a JSON object)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut fields = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if self.ctx.projection.keeps(self.collection, &key) {
                self.ctx.path.borrow_mut().push(key.clone());
                let v = map.next_value::<Value>()?;
                self.ctx.path.borrow_mut().pop();
                fields.insert(key, v);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(Value::Object(fields))
    }
}
