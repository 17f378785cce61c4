//! A small HTTP/1.1 load client for `mdmdoc serve` (loopback only): N requests over C keep-alive
//! connections, a mix of the API's endpoints, then latency percentiles and the error count.
//!
//!     cargo run --release --example load -- http://127.0.0.1:8080 2000 50 [snapshot.json]
//!
//! Exits 1 when any request failed (a transport error or a status other than 2xx).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

struct Req {
    method: &'static str,
    path: String,
    body: Vec<u8>,
}

fn mix(i: usize, snapshot: &Arc<Vec<u8>>) -> Req {
    const TEXTS: &[&str] = &[
        "DeviceCapReached",
        "0x87D155F4",
        "Profile Installation Failed. A Network Error Has Occurred.",
        "The SCEP server returned an invalid response.",
        "2026-11-22 10:01:02 mdmclient ERROR: XPC_TYPE_ERROR Connection invalid",
        "Something unrelated to Intune at all",
    ];
    const LANGS: &[&str] = &["en-US", "fr-FR", "ru-RU", "bg-BG", "fi-FI"];
    let lang = LANGS[i % LANGS.len()];
    match i % 10 {
        0 => Req {
            method: "GET",
            path: format!("/api/rules/enroll-device-cap-reached?lang={lang}"),
            body: Vec::new(),
        },
        1 => Req {
            method: "POST",
            path: format!("/api/diagnose?lang={lang}&now=2026-11-22T12:00:00Z"),
            body: snapshot.to_vec(),
        },
        2 => Req {
            method: "GET",
            path: format!("/api/ui?lang={lang}"),
            body: Vec::new(),
        },
        _ => {
            let text = TEXTS[i % TEXTS.len()];
            let body = format!(
                "{{\"text\": {}, \"lang\": \"{lang}\", \"facts\": {{\"minutes_since_profile_download\": {}}}}}",
                serde_json::Value::from(text),
                i % 30
            );
            Req {
                method: "POST",
                path: "/api/explain".into(),
                body: body.into_bytes(),
            }
        }
    }
}

async fn send(
    conn: &mut Option<BufReader<TcpStream>>,
    addr: &str,
    req: &Req,
) -> Result<u16, String> {
    if conn.is_none() {
        let s = TcpStream::connect(addr).await.map_err(|e| e.to_string())?;
        s.set_nodelay(true).map_err(|e| e.to_string())?;
        *conn = Some(BufReader::new(s));
    }
    let c = conn.as_mut().unwrap();
    let head = format!(
        "{} {} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        req.method,
        req.path,
        req.body.len()
    );
    c.get_mut()
        .write_all(head.as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    c.get_mut()
        .write_all(&req.body)
        .await
        .map_err(|e| e.to_string())?;
    let mut line = String::new();
    c.read_line(&mut line).await.map_err(|e| e.to_string())?;
    let status: u16 = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad status line {line:?}"))?;
    let mut length = 0usize;
    let mut close = false;
    loop {
        line.clear();
        c.read_line(&mut line).await.map_err(|e| e.to_string())?;
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            let k = k.trim().to_ascii_lowercase();
            if k == "content-length" {
                length = v.trim().parse().map_err(|_| "bad length".to_string())?;
            } else if k == "transfer-encoding" {
                return Err("chunked answers are not expected".into());
            } else if k == "connection" && v.trim().eq_ignore_ascii_case("close") {
                close = true;
            }
        }
    }
    let mut body = vec![0u8; length];
    c.read_exact(&mut body).await.map_err(|e| e.to_string())?;
    if close {
        *conn = None;
    }
    Ok(status)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let url = args
        .get(1)
        .map(String::as_str)
        .unwrap_or("http://127.0.0.1:8080");
    let total: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(2000);
    let concurrency: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(50);
    let snapshot_path = args.get(4).cloned().unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/acceptance.json"
        )
        .into()
    });
    let addr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let host = addr.split(':').next().unwrap_or("");
    if !(host.starts_with("127.") || host == "localhost" || host == "[::1]") {
        eprintln!("load: only loopback addresses are allowed, not {addr}");
        std::process::exit(2);
    }
    let snapshot = Arc::new(std::fs::read(&snapshot_path).expect("snapshot readable"));
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..concurrency {
        let next = next.clone();
        let addr = addr.clone();
        let snapshot = snapshot.clone();
        workers.push(tokio::spawn(async move {
            let mut conn = None;
            let mut times = Vec::new();
            let mut errors = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    break;
                }
                let req = mix(i, &snapshot);
                let t = Instant::now();
                let result =
                    tokio::time::timeout(Duration::from_secs(60), send(&mut conn, &addr, &req))
                        .await
                        .unwrap_or_else(|_| Err("timed out after 60 s".into()));
                times.push(t.elapsed());
                match result {
                    Ok(s) if (200..300).contains(&s) => {}
                    Ok(s) => errors.push(format!("{} {} → {s}", req.method, req.path)),
                    Err(e) => {
                        conn = None;
                        errors.push(format!("{} {} → {e}", req.method, req.path));
                    }
                }
            }
            (times, errors)
        }));
    }
    let mut times = Vec::new();
    let mut errors = Vec::new();
    for w in workers {
        let (t, e) = w.await.expect("worker");
        times.extend(t);
        errors.extend(e);
    }
    let wall = start.elapsed();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "requests: {}  concurrency: {concurrency}  errors: {}  wall: {:.2} s  throughput: {:.0} req/s",
        times.len(),
        errors.len(),
        wall.as_secs_f64(),
        times.len() as f64 / wall.as_secs_f64()
    );
    println!(
        "latency ms: p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.2}",
        ms(percentile(&times, 0.50)),
        ms(percentile(&times, 0.90)),
        ms(percentile(&times, 0.99)),
        ms(*times.last().unwrap())
    );
    println!(
        "mix: 70 % POST /api/explain, 10 % POST /api/diagnose, 10 % GET /api/rules/{{id}}, 10 % GET /api/ui; five languages"
    );
    for e in errors.iter().take(10) {
        eprintln!("error: {e}");
    }
    if !errors.is_empty() {
        std::process::exit(1);
    }
}
