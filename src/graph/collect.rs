//! `mdmdoc collect`: the seven collections, fetched concurrently (bounded), each followed page by
//! page along `@odata.nextLink` and streamed to disk as `<name>.json`, `<name>.2.json`, … (the
//! directory form of SPEC §3), into a temporary directory that is renamed into place only when
//! every collection arrived. A run that fails removes its temporary directory and says which
//! collection failed and why.

use std::fmt;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinSet;

use super::auth::TokenSource;
use super::client::{Graph, Page, Retrier};
use super::progress::{Event, Reporter};
use super::redact::Redactor;
use super::{COLLECTIONS, CollectError, CollectOptions, CollectionSpec, host_of};
use crate::error::Error;

/// `manifest.json`: what was collected, when, from where.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    pub mdmdoc: String,
    pub collected_at: String,
    pub graph_url: String,
    /// Left out of redacted snapshots.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    pub redacted: bool,
    pub collections: Vec<CollectionReport>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CollectionReport {
    pub name: String,
    /// The first request (path and query; later pages follow `@odata.nextLink`).
    pub request: String,
    /// `collected`, or `notConfigured` for a singleton Graph answered 404 for.
    pub status: String,
    pub items: u64,
    pub pages: u32,
    pub files: Vec<String>,
}

/// The file name of a collection's page `n` (1-based).
pub fn page_file(name: &str, n: u32) -> String {
    if n <= 1 {
        format!("{name}.json")
    } else {
        format!("{name}.{n}.json")
    }
}

struct Shared {
    graph: Graph,
    graph_url: reqwest::Url,
    dir: PathBuf,
    device_fields: Vec<String>,
    redactor: Option<Redactor>,
    slots: Semaphore,
    events: mpsc::UnboundedSender<Event>,
}

/// Collects a snapshot into `opts.out`, reporting progress to `reporter`.
pub fn collect(opts: &CollectOptions, reporter: &mut Reporter) -> Result<Manifest, Error> {
    let out = &opts.out;
    if occupied(out) && !opts.force {
        return Err(CollectError::OutExists(out.clone()).into());
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| CollectError::write(&parent, &e))?;
    let base = out
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "snapshot".into());
    let temp = parent.join(format!(
        ".{base}.partial-{}-{:08x}",
        std::process::id(),
        fastrand::u32(..)
    ));
    std::fs::create_dir(&temp).map_err(|e| CollectError::write(&temp, &e))?;

    let result = run(opts, &temp, reporter);
    reporter.finish();
    let manifest = match result {
        Ok(m) => m,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&temp);
            return Err(e);
        }
    };
    let placed = write_manifest(&temp, &manifest).and_then(|()| place(&temp, out, opts.force));
    if let Err(e) = placed {
        let _ = std::fs::remove_dir_all(&temp);
        return Err(e);
    }
    Ok(manifest)
}

/// A path that holds something (a file, or a directory that is not empty).
fn occupied(path: &Path) -> bool {
    match std::fs::metadata(path) {
        Err(_) => false,
        Ok(m) if m.is_dir() => std::fs::read_dir(path)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true),
        Ok(_) => true,
    }
}

fn write_manifest(dir: &Path, manifest: &Manifest) -> Result<(), Error> {
    let path = dir.join("manifest.json");
    let mut text = serde_json::to_string_pretty(manifest).expect("manifest serializes");
    text.push('\n');
    std::fs::write(&path, text).map_err(|e| CollectError::write(&path, &e).into())
}

/// Renames the finished snapshot into place (replacing what is there with `force`).
fn place(temp: &Path, out: &Path, force: bool) -> Result<(), Error> {
    let write_err = |p: &Path, e: std::io::Error| -> Error { CollectError::write(p, &e).into() };
    if std::fs::symlink_metadata(out).is_ok() {
        if !occupied(out) {
            std::fs::remove_dir(out).map_err(|e| write_err(out, e))?;
        } else if force {
            let old = temp.with_file_name(format!(
                ".{}.old-{}",
                out.file_name().unwrap_or_default().to_string_lossy(),
                std::process::id()
            ));
            std::fs::rename(out, &old).map_err(|e| write_err(out, e))?;
            std::fs::rename(temp, out).map_err(|e| write_err(out, e))?;
            let _ = if old.is_dir() {
                std::fs::remove_dir_all(&old)
            } else {
                std::fs::remove_file(&old)
            };
            return Ok(());
        } else {
            return Err(CollectError::OutExists(out.to_path_buf()).into());
        }
    }
    std::fs::rename(temp, out).map_err(|e| write_err(out, e))
}

fn run(opts: &CollectOptions, dir: &Path, reporter: &mut Reporter) -> Result<Manifest, Error> {
    // reqwest is built without a bundled crypto provider; rustls uses ring.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::Usage(format!("cannot start the async runtime: {e}")))?;
    let http = reqwest::Client::builder()
        .connect_timeout(opts.limits.connect_timeout)
        .timeout(opts.limits.request_timeout)
        .user_agent(concat!("mdmdoc/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| CollectError::Network {
            collection: "-".into(),
            host: host_of(&opts.graph_url),
            attempts: 0,
            reason: super::client::transport_reason(&e),
        })?;
    let (tx, mut rx) = mpsc::unbounded_channel();
    let retrier = Retrier {
        limits: opts.limits,
        events: tx.clone(),
    };
    let tokens = TokenSource::new(
        http.clone(),
        &opts.login_url,
        &opts.graph_url,
        &opts.tenant,
        &opts.client_id,
        opts.secret.clone(),
        retrier.clone(),
    );
    let shared = Arc::new(Shared {
        graph: Graph {
            http,
            tokens,
            retrier,
        },
        graph_url: opts.graph_url.clone(),
        dir: dir.to_path_buf(),
        device_fields: opts.device_fields.clone(),
        redactor: opts.redact_salt.as_deref().map(Redactor::new),
        slots: Semaphore::new(opts.limits.concurrency.max(1)),
        events: tx,
    });

    let reports = runtime.block_on(async {
        // Sign in once before anything else: a refused sign-in fails fast, asked once.
        let signed_in = shared.graph.tokens.bearer().await;
        while let Ok(event) = rx.try_recv() {
            reporter.handle(event);
        }
        signed_in?;
        let mut set = JoinSet::new();
        for (i, spec) in COLLECTIONS.iter().enumerate() {
            let shared = Arc::clone(&shared);
            set.spawn(async move { (i, collect_one(&shared, spec).await) });
        }
        let mut reports: Vec<Option<CollectionReport>> = vec![None; COLLECTIONS.len()];
        let outcome = loop {
            tokio::select! {
                Some(event) = rx.recv() => reporter.handle(event),
                joined = set.join_next() => match joined {
                    None => break Ok(()),
                    Some(Ok((i, Ok(report)))) => reports[i] = Some(report),
                    Some(Ok((_, Err(e)))) => break Err(e),
                    Some(Err(join)) => break Err(Error::Usage(format!("a collection task failed: {join}"))),
                },
            }
        };
        set.abort_all();
        while set.join_next().await.is_some() {}
        while let Ok(event) = rx.try_recv() {
            reporter.handle(event);
        }
        outcome.map(|()| reports.into_iter().flatten().collect::<Vec<_>>())
    })?;
    drop(runtime);

    Ok(Manifest {
        mdmdoc: env!("CARGO_PKG_VERSION").to_string(),
        collected_at: jiff::Timestamp::now()
            .round(jiff::Unit::Second)
            .map(|t| t.to_string())
            .unwrap_or_default(),
        graph_url: opts.graph_url.as_str().trim_end_matches('/').to_string(),
        tenant: opts.redact_salt.is_none().then(|| opts.tenant.clone()),
        redacted: opts.redact_salt.is_some(),
        collections: reports,
    })
}

fn first_url(base: &reqwest::Url, spec: &CollectionSpec, fields: &[String]) -> reqwest::Url {
    let mut url = base.clone();
    let path = format!("{}{}", base.path().trim_end_matches('/'), spec.path);
    url.set_path(&path);
    if spec.name == "managedDevices" && !fields.is_empty() {
        url.set_query(Some(&format!("$select={}", fields.join(","))));
    }
    url
}

fn same_origin(a: &reqwest::Url, b: &reqwest::Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

async fn collect_one(
    shared: &Shared,
    spec: &'static CollectionSpec,
) -> Result<CollectionReport, Error> {
    let _slot = shared
        .slots
        .acquire()
        .await
        .map_err(|e| Error::Usage(e.to_string()))?;
    let _ = shared.events.send(Event::Started {
        collection: spec.name.to_string(),
    });
    let mut url = first_url(&shared.graph_url, spec, &shared.device_fields);
    let request = match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_string(),
    };
    let mut report = CollectionReport {
        name: spec.name.to_string(),
        request,
        status: "collected".into(),
        items: 0,
        pages: 0,
        files: Vec::new(),
    };
    loop {
        let n = report.pages + 1;
        let file_name = page_file(spec.name, n);
        let path = shared.dir.join(&file_name);
        if let Page::NotFound = shared.graph.get_page(spec, &url, &path).await? {
            // The APNs singleton: 404 means no certificate was ever uploaded.
            tokio::fs::write(&path, "null\n")
                .await
                .map_err(|e| CollectError::write(&path, &e))?;
            report.status = "notConfigured".into();
            report.pages = 1;
            report.files.push(file_name);
            let _ = shared.events.send(Event::Finished {
                collection: spec.name.to_string(),
                items: 0,
                not_configured: true,
            });
            return Ok(report);
        }
        let redactor = shared.redactor.clone();
        let page_path = path.clone();
        let singleton = spec.singleton;
        let info =
            tokio::task::spawn_blocking(move || inspect(&page_path, singleton, redactor.as_ref()))
                .await
                .map_err(|e| Error::Usage(e.to_string()))?
                .map_err(|message| CollectError::BadResponse {
                    collection: spec.name.to_string(),
                    url: url.to_string(),
                    message,
                })?;
        report.pages = n;
        report.items += info.items;
        report.files.push(file_name);
        let _ = shared.events.send(Event::Page {
            collection: spec.name.to_string(),
            items: report.items,
        });
        let Some(link) = info.next else {
            break;
        };
        // The link is opaque: followed exactly as given, but only to the Graph host we sign in
        // for (the bearer token goes with it).
        let next = reqwest::Url::parse(&link)
            .or_else(|_| url.join(&link))
            .map_err(|e| CollectError::BadResponse {
                collection: spec.name.to_string(),
                url: url.to_string(),
                message: format!("@odata.nextLink “{link}” is not a URL: {e}"),
            })?;
        if !same_origin(&next, &shared.graph_url) {
            return Err(CollectError::ForeignLink {
                collection: spec.name.to_string(),
                link,
                host: host_of(&shared.graph_url),
            }
            .into());
        }
        if next == url {
            return Err(CollectError::BadResponse {
                collection: spec.name.to_string(),
                url: url.to_string(),
                message: "@odata.nextLink points at the page it came from".into(),
            }
            .into());
        }
        url = next;
    }
    let _ = shared.events.send(Event::Finished {
        collection: spec.name.to_string(),
        items: report.items,
        not_configured: false,
    });
    Ok(report)
}

/// What a page holds: its record count and the link to the next page.
#[derive(Debug, Default)]
struct PageInfo {
    items: u64,
    next: Option<String>,
}

/// Reads a page back from disk: checks it is a Graph response, counts its records, finds
/// `@odata.nextLink`; with a redactor, rewrites it redacted (one page in memory at a time).
fn inspect(path: &Path, singleton: bool, redactor: Option<&Redactor>) -> Result<PageInfo, String> {
    let Some(redactor) = redactor else {
        let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
        let mut de = serde_json::Deserializer::from_reader(BufReader::with_capacity(1 << 20, file));
        let (info, saw_value) = PageSeed.deserialize(&mut de).map_err(|e| e.to_string())?;
        de.end().map_err(|e| e.to_string())?;
        return finish(info, saw_value, singleton);
    };
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let mut page: Value = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
    drop(bytes);
    let Value::Object(map) = &page else {
        return Err("the answer is not a JSON object".into());
    };
    let next = map
        .get("@odata.nextLink")
        .and_then(Value::as_str)
        .map(str::to_string);
    let (items, saw_value) = match map.get("value") {
        Some(Value::Array(a)) => (a.len() as u64, true),
        Some(Value::Object(_)) => (1, true),
        Some(Value::Null) => (0, true),
        Some(_) => return Err("“value” is neither a list of records nor an object".into()),
        None => (1, false),
    };
    redactor.redact(&mut page);
    let file = std::fs::File::create(path).map_err(|e| e.to_string())?;
    let mut w = BufWriter::with_capacity(1 << 20, file);
    serde_json::to_writer(&mut w, &page).map_err(|e| e.to_string())?;
    w.write_all(b"\n").map_err(|e| e.to_string())?;
    w.flush().map_err(|e| e.to_string())?;
    finish(PageInfo { items, next }, saw_value, singleton)
}

fn finish(info: PageInfo, saw_value: bool, singleton: bool) -> Result<PageInfo, String> {
    if saw_value || singleton {
        Ok(info)
    } else {
        Err("the answer has no “value” list of records".into())
    }
}

/// Streams a page: counts the records under `value` without keeping them.
struct PageSeed;

impl<'de> DeserializeSeed<'de> for PageSeed {
    type Value = (PageInfo, bool);
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for PageSeed {
    type Value = (PageInfo, bool);
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a Graph response (a JSON object)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut info = PageInfo::default();
        let mut saw_value = false;
        let mut fields = 0u64;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "@odata.nextLink" => info.next = map.next_value::<Option<String>>()?,
                "value" => {
                    saw_value = true;
                    info.items = map.next_value_seed(CountSeed)?;
                }
                _ => {
                    fields += 1;
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if !saw_value {
            // A bare singleton object.
            info.items = u64::from(fields > 0);
        }
        Ok((info, saw_value))
    }
}

struct CountSeed;

impl<'de> DeserializeSeed<'de> for CountSeed {
    type Value = u64;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<u64, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for CountSeed {
    type Value = u64;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of records, one object, or null")
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<u64, E> {
        Ok(0)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<u64, E> {
        Ok(0)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<u64, A::Error> {
        let mut n = 0;
        while seq.next_element::<IgnoredAny>()?.is_some() {
            n += 1;
        }
        Ok(n)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<u64, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(1)
    }
}
