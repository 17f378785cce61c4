//! A fake Microsoft Graph and identity platform on loopback, serving a snapshot directory, to
//! try `mdmdoc collect` and `diagnose --live` without a tenant:
//!
//! ```sh
//! cargo run --example fake_graph -- tests/fixtures/graph-examples 120 &
//! MDMDOC_CLIENT_SECRET=anything mdmdoc collect --tenant contoso.onmicrosoft.com \
//!     --client-id 00000000-0000-0000-0000-000000000001 \
//!     --graph-url http://127.0.0.1:PORT --login-url http://127.0.0.1:PORT --out snap
//! ```
//!
//! Arguments: the snapshot directory (`<name>.json`, pages as `<name>.2.json`, …; a missing
//! `applePushNotificationCertificate.json` is served as Graph's 404) and how many seconds to
//! serve (default 300). Prints the base URL on the first line.

use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Value, json};
use wiremock::matchers::{method, path, path_regex, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn read(p: &std::path::Path) -> Option<Value> {
    let bytes = std::fs::read(p).ok()?;
    Some(serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: fake_graph DIR [SECONDS]"));
    let seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(300);
    let server = MockServer::start().await;
    let base = server.uri();

    Mock::given(method("POST"))
        .and(path_regex(r"^/[^/]+/oauth2/v2\.0/token$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "token_type": "Bearer", "expires_in": 3599, "access_token": "fake-token"
        })))
        .mount(&server)
        .await;

    // The requests `collect` makes, from the library's own table.
    for spec in mdmdoc::graph::COLLECTIONS {
        let (name, graph_path) = (spec.name, &spec.path);
        let mut pages = Vec::new();
        if let Some(first) = read(&dir.join(format!("{name}.json"))) {
            pages.push(first);
            let mut n = 2;
            while let Some(page) = read(&dir.join(format!("{name}.{n}.json"))) {
                pages.push(page);
                n += 1;
            }
        }
        if pages.is_empty() {
            // Graph answers 404 for a singleton that is not configured.
            let status = if spec.singleton { 404 } else { 200 };
            Mock::given(method("GET"))
                .and(path(*graph_path))
                .respond_with(ResponseTemplate::new(status).set_body_json(json!({"value": []})))
                .mount(&server)
                .await;
            continue;
        }
        let count = pages.len();
        for (i, mut page) in pages.into_iter().enumerate() {
            if let Value::Object(map) = &mut page {
                map.remove("@odata.nextLink");
                if i + 1 < count {
                    map.insert(
                        "@odata.nextLink".into(),
                        json!(format!("{base}{graph_path}?$skiptoken=page{}", i + 2)),
                    );
                }
            }
            let mock = Mock::given(method("GET")).and(path(*graph_path));
            let mock = if i == 0 {
                mock.and(query_param_is_missing("$skiptoken"))
            } else {
                mock.and(query_param("$skiptoken", format!("page{}", i + 1)))
            };
            mock.respond_with(ResponseTemplate::new(200).set_body_json(page))
                .mount(&server)
                .await;
        }
    }
    println!("{base}");
    tokio::time::sleep(Duration::from_secs(seconds)).await;
}
