//! `mdmdoc serve` over loopback: every endpoint of SPEC §2, the page, errors, limits, languages,
//! graceful shutdown and logs. Each test starts its own server on a free port.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

const NOW: &str = "2026-11-22T12:00:00Z";

struct Server {
    child: Child,
    addr: SocketAddr,
    stderr: Option<BufReader<ChildStderr>>,
}

impl Server {
    fn start(extra: &[&str]) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_mdmdoc"));
        cmd.args(["serve", "--listen", "127.0.0.1:0", "--now", NOW])
            .args(extra)
            .env("NO_COLOR", "1")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("mdmdoc starts");
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        stderr.read_line(&mut line).unwrap();
        let start = line
            .find("http://")
            .unwrap_or_else(|| panic!("no URL in {line:?}"));
        let url = &line[start + 7..];
        let end = url.find('/').unwrap();
        let addr = url[..end].parse().unwrap();
        Server {
            child,
            addr,
            stderr: Some(stderr),
        }
    }

    fn connect(&self) -> TcpStream {
        let s = TcpStream::connect(self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        s
    }

    /// One request; the body is written from another thread so that an early answer (413) is
    /// read even while the server refuses the rest.
    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Reply {
        let mut stream = self.connect();
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        let chunked = headers
            .iter()
            .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && *v == "chunked");
        if !chunked {
            head.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        let mut writer = stream.try_clone().unwrap();
        let sender = std::thread::spawn(move || {
            if chunked {
                for piece in body.chunks(1 << 20) {
                    let _ = write!(writer, "{:x}\r\n", piece.len());
                    if writer.write_all(piece).is_err() || writer.write_all(b"\r\n").is_err() {
                        return;
                    }
                }
                let _ = writer.write_all(b"0\r\n\r\n");
            } else {
                let _ = writer.write_all(&body);
            }
        });
        let mut raw = Vec::new();
        let mut buf = [0u8; 65536];
        loop {
            match stream.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => raw.extend_from_slice(&buf[..n]),
                Err(e) if raw.is_empty() => panic!("no answer: {e}"),
                Err(_) => break,
            }
        }
        let _ = stream.shutdown(std::net::Shutdown::Both);
        let _ = sender.join();
        Reply::parse(&raw)
    }

    fn get(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        self.request("GET", path, headers, Vec::new())
    }

    fn post_json(&self, path: &str, headers: &[(&str, &str)], body: &Value) -> Reply {
        let mut h = vec![("Content-Type", "application/json")];
        h.extend_from_slice(headers);
        self.request("POST", path, &h, serde_json::to_vec(body).unwrap())
    }

    /// SIGTERM, then the exit status and everything the server wrote on stderr.
    fn stop(mut self) -> (std::process::ExitStatus, String) {
        let pid = self.child.id().to_string();
        let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        assert!(killed.success());
        let status = self.child.wait().unwrap();
        let mut log = String::new();
        self.stderr
            .take()
            .unwrap()
            .read_to_string(&mut log)
            .unwrap();
        (status, log)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn parse(raw: &[u8]) -> Reply {
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| panic!("no header end in {:?}", String::from_utf8_lossy(raw)));
        let head = std::str::from_utf8(&raw[..split]).unwrap();
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .unwrap()
            .split(' ')
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let mut body = raw[split + 4..].to_vec();
        if headers
            .iter()
            .any(|(k, v)| k == "transfer-encoding" && v == "chunked")
        {
            body = dechunk(&body);
        }
        Reply {
            status,
            headers,
            body,
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn error(&self) -> String {
        let v = self.json();
        assert_eq!(v.as_object().unwrap().len(), 1, "only `error`: {v}");
        v["error"].as_str().expect("an error message").to_string()
    }
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(end) = body.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(std::str::from_utf8(&body[..end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[end + 2..end + 2 + size]);
        body = &body[end + 2 + size + 2..];
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn rules_of(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["rule"].as_str().unwrap().to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------------

#[test]
fn healthz_and_the_page() {
    let s = Server::start(&[]);
    let r = s.get("/healthz", &[]);
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["status"], "ok");
    assert_eq!(r.json()["rules"], 65);
    assert_eq!(r.json()["locales"].as_array().unwrap().len(), 5);

    let page = s.get("/", &[("Accept-Language", "fi-FI,fi;q=0.9,en;q=0.5")]);
    assert_eq!(page.status, 200);
    assert!(
        page.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    let csp = page.header("content-security-policy").unwrap();
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    let html = page.text();
    assert!(html.contains("<html lang=\"fi-FI\">"));
    assert!(html.contains("Virhekoodi, viesti tai lokiote"));
    assert!(html.contains("<option value=\"fi-FI\" selected>Suomi</option>"));
    for locale in ["Български", "English", "Suomi", "Français", "Русский"] {
        assert!(html.contains(locale), "{locale} in the picker");
    }
    assert!(!html.contains("{{"), "every placeholder filled");
    // Works offline: nothing is loaded from anywhere else.
    for attr in ["src=\"http", "href=\"http", "src=\"//", "href=\"//"] {
        assert!(!html.contains(attr), "{attr}");
    }

    let js = s.get("/page.js", &[]);
    assert_eq!(js.status, 200);
    assert!(
        js.header("content-type")
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(
        !js.text().contains("innerHTML"),
        "data never becomes markup"
    );
    let css = s.get("/page.css", &[]);
    assert!(css.header("content-type").unwrap().starts_with("text/css"));
}

#[test]
fn page_language_from_the_query_beats_the_header() {
    let s = Server::start(&[]);
    let html = s.get("/?lang=ru", &[("Accept-Language", "fi")]).text();
    assert!(html.contains("<html lang=\"ru-RU\">"));
    // A language we do not have, and markup in it, fall back to en-US, escaped.
    let html = s.get("/?lang=%3Cscript%3E", &[]).text();
    assert!(html.contains("<html lang=\"en-US\">"));
    assert!(!html.contains("<script>"));
}

#[test]
fn ui_strings_in_every_locale() {
    let s = Server::start(&[]);
    let mut titles = std::collections::BTreeSet::new();
    for lang in ["en-US", "fr-FR", "ru-RU", "bg-BG", "fi-FI"] {
        let r = s.get(&format!("/api/ui?lang={lang}"), &[]);
        assert_eq!(r.status, 200);
        let v = r.json();
        assert_eq!(v["locale"], lang);
        let m = v["messages"].as_object().unwrap();
        for (id, text) in m {
            let text = text.as_str().unwrap();
            assert!(!text.is_empty() && text != id, "{lang}: {id} missing");
        }
        assert!(
            m["explain-did-you-mean"]
                .as_str()
                .unwrap()
                .contains("{suggestions}")
        );
        titles.insert(m["serve-page-title"].as_str().unwrap().to_string());
        let fact = &v["facts"][0];
        assert_eq!(fact["key"], "minutes_since_profile_download");
        assert!(!fact["label"].as_str().unwrap().contains("minutes_since"));
        let rules: Vec<&str> = fact["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        assert_eq!(
            rules,
            [
                "scep-invalid-response",
                "scep-invalid-response-reset",
                "scep-invalid-response-retry"
            ]
        );
    }
    assert_eq!(titles.len(), 5, "the page title is translated");
}

#[test]
fn explain_in_finnish_from_the_body() {
    let s = Server::start(&[]);
    let r = s.post_json(
        "/api/explain",
        &[],
        &json!({"text": "DeviceCapReached", "lang": "fi-FI"}),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-language"), Some("fi-FI"));
    let v = r.json();
    assert_eq!(v["query"], "DeviceCapReached");
    assert_eq!(v["locale"], "fi-FI");
    let m = &v["matches"][0];
    assert_eq!(m["rule"], "enroll-device-cap-reached");
    assert_eq!(m["severity"], "high");
    assert_eq!(
        m["title"],
        "Käyttäjä on saavuttanut rekisteröitävien laitteiden enimmäismäärän"
    );
    assert!(
        m["docs"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://learn.microsoft.com/fi-fi/")
    );
}

#[test]
fn explain_is_the_same_document_as_the_cli() {
    let s = Server::start(&[]);
    let api = s
        .post_json(
            "/api/explain",
            &[],
            &json!({"text": "0x87D155F4", "lang": "bg-BG"}),
        )
        .json();
    let out = Command::new(env!("CARGO_BIN_EXE_mdmdoc"))
        .args([
            "explain",
            "0x87D155F4",
            "--lang",
            "bg-BG",
            "--format",
            "json",
            "--now",
            NOW,
        ])
        .output()
        .unwrap();
    let cli: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(api, cli);
}

#[test]
fn accept_language_picks_the_language() {
    let s = Server::start(&[]);
    let body = json!({"text": "DeviceCapReached"});
    let r = s.post_json(
        "/api/explain",
        &[("Accept-Language", "de-DE, fr-CA;q=0.9, en;q=0.5")],
        &body,
    );
    assert_eq!(r.json()["locale"], "fr-FR");
    let r = s.post_json(
        "/api/explain",
        &[("Accept-Language", "en;q=0.2, ru;q=0.8")],
        &body,
    );
    assert_eq!(r.json()["locale"], "ru-RU");
    let r = s.post_json("/api/explain", &[("Accept-Language", "*")], &body);
    assert_eq!(r.json()["locale"], "en-US");
    let r = s.post_json("/api/explain", &[], &body);
    assert_eq!(r.json()["locale"], "en-US");
    // `lang` wins over the header, in the body and in the query.
    let r = s.post_json(
        "/api/explain",
        &[("Accept-Language", "fr")],
        &json!({"text": "x", "lang": "bg"}),
    );
    assert_eq!(r.json()["locale"], "bg-BG");
    let r = s.post_json("/api/explain?lang=fi", &[("Accept-Language", "fr")], &body);
    assert_eq!(r.json()["locale"], "fi-FI");
    // An unknown language falls back, never fails.
    let r = s.post_json(
        "/api/explain",
        &[],
        &json!({"text": "DeviceCapReached", "lang": "xx-YY"}),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["locale"], "en-US");
}

#[test]
fn explain_with_the_scep_window_fact() {
    let s = Server::start(&[]);
    let text = "The SCEP server returned an invalid response.";
    for (facts, first) in [
        (
            json!({"minutes_since_profile_download": 20}),
            "scep-invalid-response-reset",
        ),
        (
            json!({"minutes_since_profile_download": "3"}),
            "scep-invalid-response-retry",
        ),
        (
            json!({"minutes_since_profile_download": ""}),
            "scep-invalid-response",
        ),
        (json!({}), "scep-invalid-response"),
    ] {
        let v = s
            .post_json("/api/explain", &[], &json!({"text": text, "facts": facts}))
            .json();
        assert_eq!(rules_of(&v, "matches")[0], first, "{facts}");
    }
    let v = s
        .post_json(
            "/api/explain",
            &[],
            &json!({"text": text, "facts": {"minutes_since_profile_download": 20}}),
        )
        .json();
    assert!(v["matches"][0]["detail"].as_str().unwrap().contains("20"));
}

#[test]
fn explain_nothing_matches() {
    let s = Server::start(&[]);
    let r = s.post_json("/api/explain", &[], &json!({"text": ""}));
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["matches"], json!([]));
    let v = s
        .post_json("/api/explain", &[], &json!({"text": "DeviceCapReachd"}))
        .json();
    assert_eq!(v["matches"], json!([]));
    assert!(
        v["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x == "DeviceCapReached")
    );
}

#[test]
fn bad_json_is_400_in_the_readers_language() {
    let s = Server::start(&[]);
    for body in [
        &b"{\"text\":"[..],
        b"not json",
        b"[]",
        b"{\"txt\": \"x\"}",
        b"{\"text\": 5}",
        b"",
    ] {
        let r = s.request(
            "POST",
            "/api/explain",
            &[("Content-Type", "application/json")],
            body.to_vec(),
        );
        assert_eq!(r.status, 400, "{}", String::from_utf8_lossy(body));
        assert!(
            r.header("content-type")
                .unwrap()
                .starts_with("application/json")
        );
        assert!(r.error().contains("JSON"), "{}", r.text());
    }
    let r = s.request(
        "POST",
        "/api/explain",
        &[("Accept-Language", "fi")],
        b"{".to_vec(),
    );
    assert_eq!(r.status, 400);
    assert!(
        r.error().starts_with("pyynnön runko ei ole"),
        "{}",
        r.text()
    );
    assert_eq!(r.header("content-language"), Some("fi-FI"));

    let r = s.post_json(
        "/api/explain",
        &[],
        &json!({"text": "x", "facts": {"bad key!": 1}}),
    );
    assert_eq!(r.status, 400);
    assert!(r.error().contains("bad key!"));
    let r = s.post_json(
        "/api/explain",
        &[],
        &json!({"text": "x", "facts": {"k": [1]}}),
    );
    assert_eq!(r.status, 400);
    let r = s.post_json("/api/explain", &[], &json!({"text": "x", "facts": [1]}));
    assert_eq!(r.status, 400);
}

#[test]
fn explain_body_limit_is_64_kib() {
    let s = Server::start(&[]);
    // Just under the limit: answered.
    let text = "x ".repeat((64 * 1024 - 20) / 2);
    let body = serde_json::to_vec(&json!({ "text": text })).unwrap();
    assert!(body.len() <= 64 * 1024);
    let r = s.request("POST", "/api/explain", &[], body);
    assert_eq!(r.status, 200);
    // One byte over: 413.
    let over = vec![b' '; 64 * 1024 + 1];
    let r = s.request(
        "POST",
        "/api/explain",
        &[("Accept-Language", "fr")],
        over.clone(),
    );
    assert_eq!(r.status, 413);
    assert!(r.error().contains("64 KiB"), "{}", r.text());
    assert!(r.error().contains("dépasse"));
    // Without a Content-Length, counted as it arrives.
    let r = s.request(
        "POST",
        "/api/explain",
        &[("Transfer-Encoding", "chunked")],
        over,
    );
    assert_eq!(r.status, 413);
}

#[test]
fn diagnose_a_snapshot() {
    let s = Server::start(&[]);
    let body = std::fs::read(fixture("acceptance.json")).unwrap();
    let r = s.request("POST", "/api/diagnose?lang=fr-FR", &[], body.clone());
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert_eq!(v["locale"], "fr-FR");
    assert_eq!(v["now"], NOW);
    assert!(v["summary"]["critical"].as_u64().unwrap() >= 1);
    assert_eq!(v["findings"][0]["severity"], "critical");
    // Same document as the command line.
    let out = Command::new(env!("CARGO_BIN_EXE_mdmdoc"))
        .args(["diagnose", fixture("acceptance.json").to_str().unwrap()])
        .args(["--lang", "fr-FR", "--format", "json", "--now", NOW])
        .output()
        .unwrap();
    let cli: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v, cli);

    // `now` in the query moves time: a year later, more has expired.
    let later = s
        .request("POST", "/api/diagnose?now=2028-01-01T00:00:00Z", &[], body)
        .json();
    assert_eq!(later["now"], "2028-01-01T00:00:00Z");
    assert!(later["findings"].as_array().unwrap().len() > v["findings"].as_array().unwrap().len());

    // YAML works too, and a healthy tenant has nothing to say.
    let yaml = std::fs::read(fixture("healthy.yaml")).unwrap();
    let r = s.request(
        "POST",
        "/api/diagnose",
        &[("Content-Type", "application/yaml")],
        yaml,
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["findings"], json!([]));
}

#[test]
fn diagnose_bad_input_is_400() {
    let s = Server::start(&[]);
    let r = s.request(
        "POST",
        "/api/diagnose",
        &[],
        std::fs::read(fixture("malformed.json")).unwrap(),
    );
    assert_eq!(r.status, 400);
    let e = r.error();
    assert!(e.contains("the request body, line 1"), "{e}");
    assert!(e.contains("depOnboardingSettings"), "{e}");
    let r = s.request("POST", "/api/diagnose", &[], b"   ".to_vec());
    assert_eq!(r.status, 400);
    assert!(r.error().contains("empty"));
    let r = s.request("POST", "/api/diagnose?now=yesterday", &[], b"{}".to_vec());
    assert_eq!(r.status, 400);
    assert!(r.error().contains("yesterday"));
    let r = s.request(
        "POST",
        "/api/diagnose?lang=ru",
        &[],
        b"{\"vppTokens\": 5}".to_vec(),
    );
    assert_eq!(r.status, 400);
    assert_eq!(r.header("content-language"), Some("ru-RU"));
    let r = s.request("POST", "/api/diagnose", &[], vec![0xff, 0xfe, 0x00]);
    assert_eq!(r.status, 400);
}

#[test]
fn diagnose_body_limit_is_64_mib() {
    let s = Server::start(&[]);
    let over = vec![b' '; 64 * 1024 * 1024 + 1];
    let r = s.request("POST", "/api/diagnose", &[], over.clone());
    assert_eq!(r.status, 413);
    assert!(r.error().contains("64 MiB"), "{}", r.text());
    let r = s.request(
        "POST",
        "/api/diagnose",
        &[("Transfer-Encoding", "chunked")],
        over,
    );
    assert_eq!(r.status, 413);
    // 1 MiB over the explain limit is fine here.
    let mut big = b"{\"vppTokens\": [".to_vec();
    for i in 0..20_000 {
        if i > 0 {
            big.push(b',');
        }
        big.extend_from_slice(
            format!("{{\"id\": \"v{i}\", \"organizationName\": \"Org {i}\", \"state\": \"valid\", \"expirationDateTime\": \"2030-01-01T00:00:00Z\", \"lastSyncDateTime\": \"2026-11-22T10:00:00Z\", \"lastSyncStatus\": \"completed\"}}").as_bytes(),
        );
    }
    big.extend_from_slice(b"]}");
    assert!(big.len() > 1024 * 1024);
    let r = s.request("POST", "/api/diagnose", &[], big);
    assert_eq!(r.status, 200, "{}", r.text());
}

#[test]
fn rules_list_and_show() {
    let s = Server::start(&[]);
    let r = s.get("/api/rules?lang=ru-RU", &[]);
    assert_eq!(r.status, 200);
    let list = r.json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 65);
    let cap = list
        .iter()
        .find(|r| r["id"] == "enroll-device-cap-reached")
        .unwrap();
    assert!(
        cap["title"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| ('а'..='я').contains(&c))
    );

    let r = s.get("/api/rules/apns-cert-expired", &[("Accept-Language", "bg")]);
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(v["id"], "apns-cert-expired");
    assert_eq!(v["locale"], "bg-BG");
    assert!(!v["steps"].as_array().unwrap().is_empty());

    let r = s.get("/api/rules/apns-cert-expird", &[]);
    assert_eq!(r.status, 404);
    assert!(
        r.error().contains("apns-cert-expired"),
        "did you mean: {}",
        r.text()
    );
    let r = s.get("/api/rules/%3Cscript%3Ealert(1)%3C%2Fscript%3E", &[]);
    assert_eq!(r.status, 404);
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("application/json")
    );
    assert!(r.error().contains("<script>alert(1)</script>"));
}

#[test]
fn a_pasted_script_stays_data() {
    let s = Server::start(&[]);
    let r = s.post_json(
        "/api/explain",
        &[],
        &json!({"text": "<script>alert(1)</script>", "lang": "fi-FI"}),
    );
    assert_eq!(r.status, 200);
    // JSON, never HTML: the browser will not sniff it into a page.
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("application/json")
    );
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(r.json()["query"], "<script>alert(1)</script>");
}

#[test]
fn unknown_paths_and_methods() {
    let s = Server::start(&[]);
    let r = s.get("/nope", &[("Accept-Language", "fi")]);
    assert_eq!(r.status, 404);
    assert!(r.error().contains("/nope"));
    let r = s.get("/api/explain", &[]);
    assert_eq!(r.status, 405);
    assert!(r.error().contains("/api/explain"));
    let r = s.request("DELETE", "/api/rules", &[], Vec::new());
    assert_eq!(r.status, 405);
}

#[test]
fn graceful_shutdown_and_logs_without_bodies() {
    let s = Server::start(&[]);
    let secret = "adele.vance@contoso.com DeviceCapReached";
    let r = s.post_json("/api/explain?lang=fr", &[], &json!({ "text": secret }));
    assert_eq!(r.status, 200);
    let (status, log) = s.stop();
    assert!(status.success(), "{status:?}: {log}");
    assert!(log.contains("POST /api/explain 200"), "{log}");
    assert!(!log.contains("adele"), "bodies are not logged: {log}");
    assert!(!log.contains("lang=fr"), "queries are not logged: {log}");
    assert!(log.contains("stopped"), "{log}");
}

#[test]
fn an_address_in_use_is_a_clear_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = Command::new(env!("CARGO_BIN_EXE_mdmdoc"))
        .args(["serve", "--listen", &addr])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("cannot listen on {addr}")), "{err}");
    assert!(err.contains("--listen"), "{err}");
}

#[test]
fn concurrent_requests_all_answered() {
    let s = Server::start(&["--max-requests", "2"]);
    let s = std::sync::Arc::new(s);
    let handles: Vec<_> = (0..16)
        .map(|i| {
            let s = s.clone();
            std::thread::spawn(move || {
                let text = if i % 2 == 0 {
                    "DeviceCapReached"
                } else {
                    "0x87D155F4"
                };
                s.post_json("/api/explain", &[], &json!({ "text": text }))
                    .status
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 200);
    }
}

#[test]
fn report_of_an_uploaded_snapshot() {
    let s = Server::start(&[]);
    let body = std::fs::read(fixture("acceptance.json")).unwrap();
    let r = s.request(
        "POST",
        "/api/report?format=html&lang=fi-FI&name=acme%3Cb%3E.json",
        &[],
        body.clone(),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    assert_eq!(
        r.header("content-disposition"),
        Some("attachment; filename=\"mdmdoc-report-fi-FI.html\"")
    );
    let html = r.text();
    assert!(html.contains("lang=\"fi-FI\""), "{}", &html[..300]);
    assert!(html.contains("Käyttäjä on saavuttanut rekisteröitävien laitteiden enimmäismäärän"));
    assert!(html.contains("acme&lt;b&gt;.json") && !html.contains("acme<b>"));
    assert!(!html.contains("<script"));

    // The default format is HTML; the others are there too.
    let r = s.request(
        "POST",
        "/api/report",
        &[("Accept-Language", "ru")],
        body.clone(),
    );
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    assert!(r.text().contains("lang=\"ru-RU\""));
    let r = s.request("POST", "/api/report?format=csv", &[], body.clone());
    assert!(r.header("content-type").unwrap().starts_with("text/csv"));
    assert!(r.text().contains("ade-token-expired"));
    let r = s.request("POST", "/api/report?format=json&lang=fr", &[], body.clone());
    let v = r.json();
    let api = s
        .request("POST", "/api/diagnose?lang=fr", &[], body.clone())
        .json();
    assert_eq!(v["findings"], api["findings"]);

    let r = s.request("POST", "/api/report?format=pdf", &[], body);
    assert_eq!(r.status, 400);
    assert!(r.error().contains("pdf"));
    let r = s.request("POST", "/api/report", &[], b"{".to_vec());
    assert_eq!(r.status, 400);
    let over = vec![b' '; 64 * 1024 * 1024 + 1];
    let r = s.request("POST", "/api/report", &[], over);
    assert_eq!(r.status, 413);
}
