//! `mdmdoc collect` and `diagnose --live` against a fake Microsoft Graph and identity platform
//! on loopback (wiremock): paging, throttling, retries, token refresh, permissions, timeouts,
//! atomic output, secrecy of the client secret, redaction.

mod common;

use common::{NOW, fixture, mdmdoc};
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::{Value, json};
use wiremock::matchers::{
    body_string_contains, header, method, path, query_param, query_param_is_missing,
};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TENANT: &str = "contoso.onmicrosoft.com";
const CLIENT: &str = "11111111-2222-3333-4444-555555555555";
const SECRET: &str = "Zq8~s3cr3t-VALUE-never-shown";

const COLLECTIONS: &[(&str, &str)] = &[
    (
        "depOnboardingSettings",
        "/beta/deviceManagement/depOnboardingSettings",
    ),
    ("vppTokens", "/beta/deviceAppManagement/vppTokens"),
    (
        "applePushNotificationCertificate",
        "/beta/deviceManagement/applePushNotificationCertificate",
    ),
    (
        "deviceEnrollmentConfigurations",
        "/beta/deviceManagement/deviceEnrollmentConfigurations",
    ),
    ("managedDevices", "/beta/deviceManagement/managedDevices"),
    (
        "troubleshootingEvents",
        "/beta/deviceManagement/troubleshootingEvents",
    ),
    ("organization", "/beta/organization"),
];

fn graph_path(collection: &str) -> &'static str {
    COLLECTIONS
        .iter()
        .find(|(c, _)| *c == collection)
        .map(|(_, p)| *p)
        .unwrap()
}

/// A tenant's data: one Graph response per collection (a missing APNs certificate: `null`).
fn tenant_data() -> Value {
    let mut data: Value =
        serde_json::from_slice(&std::fs::read(fixture("acceptance.json")).unwrap()).unwrap();
    // More people and devices, so redaction has something to hide in every collection.
    let devices = data["managedDevices"]["value"].as_array_mut().unwrap();
    devices.extend([
        json!({"id": "d5", "userPrincipalName": "carla@contoso.com", "emailAddress": "carla@contoso.com",
               "deviceName": "Carla old iPhone", "serialNumber": "DNPXK005", "operatingSystem": "iOS",
               "osVersion": "16.7.10", "deviceEnrollmentType": "userEnrollment",
               "lastSyncDateTime": "2026-10-01T10:00:00Z"}),
        json!({"id": "d6", "userPrincipalName": "", "deviceName": "Kiosk 7", "serialNumber": "DMQXK006",
               "operatingSystem": "iPadOS", "osVersion": "14.8", "deviceEnrollmentType": "appleBulkWithoutUser",
               "lastSyncDateTime": "2026-11-21T10:00:00Z"}),
        json!({"id": "d7", "userPrincipalName": "dan@contoso.com", "deviceName": "Dan iPhone",
               "serialNumber": "F2LXK007", "operatingSystem": "iOS", "osVersion": "18.2",
               "lastSyncDateTime": "2026-11-21T10:00:00Z"}),
    ]);
    data["troubleshootingEvents"] = json!({"value": [
        {"id": "e1", "eventDateTime": "2026-11-20T09:00:00Z", "userId": "u-carla",
         "managedDeviceIdentifier": "d5", "operatingSystem": "iOS", "osVersion": "16.7.10",
         "failureCategory": "userValidation",
         "failureReason": "User carla@contoso.com has no Intune license"},
        {"id": "e2", "eventDateTime": "2026-11-21T09:00:00Z", "userId": "u-dan",
         "managedDeviceIdentifier": "d7", "operatingSystem": "iOS", "osVersion": "18.2",
         "failureCategory": "enrollmentRestrictionsEnforced", "failureReason": "Blocked by a platform restriction"}
    ]});
    data
}

/// A fake identity platform and Graph.
struct Fake {
    server: MockServer,
}

impl Fake {
    async fn start() -> Fake {
        Fake {
            server: MockServer::start().await,
        }
    }

    fn url(&self) -> String {
        self.server.uri()
    }

    fn token_path() -> String {
        format!("/{TENANT}/oauth2/v2.0/token")
    }

    /// The token endpoint hands out `token` (checking the client credentials).
    async fn token(&self, token: &str, expires_in: u64) {
        Mock::given(method("POST"))
            .and(path(Fake::token_path()))
            .and(body_string_contains("grant_type=client_credentials"))
            .and(body_string_contains(format!("client_id={CLIENT}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "token_type": "Bearer", "expires_in": expires_in, "access_token": token
            })))
            .mount(&self.server)
            .await;
    }

    /// Serves every collection of `data` (managedDevices split into `pages` pages).
    async fn serve(&self, data: &Value, pages: usize) {
        for (collection, graph_path) in COLLECTIONS {
            let body = data.get(*collection).cloned();
            match (*collection, body) {
                ("applePushNotificationCertificate", None | Some(Value::Null)) => {
                    Mock::given(method("GET"))
                        .and(path(*graph_path))
                        .respond_with(ResponseTemplate::new(404).set_body_json(json!({
                            "error": {"code": "ResourceNotFound", "message": "Resource not found"}
                        })))
                        .mount(&self.server)
                        .await;
                }
                ("managedDevices", Some(body)) if pages > 1 => {
                    self.serve_pages(graph_path, &body, pages).await;
                }
                (_, body) => {
                    let body = body.unwrap_or_else(|| json!({"value": []}));
                    Mock::given(method("GET"))
                        .and(path(*graph_path))
                        .and(header("authorization", "Bearer tok-1"))
                        .respond_with(ResponseTemplate::new(200).set_body_json(body))
                        .mount(&self.server)
                        .await;
                }
            }
        }
    }

    /// Splits a collection over `pages` pages chained by opaque `@odata.nextLink`s.
    async fn serve_pages(&self, graph_path: &str, body: &Value, pages: usize) {
        let items = body["value"].as_array().unwrap();
        let per = items.len().div_ceil(pages);
        let chunks: Vec<&[Value]> = items.chunks(per).collect();
        assert_eq!(chunks.len(), pages, "not enough records for {pages} pages");
        for (i, chunk) in chunks.iter().enumerate() {
            let mut page = json!({
                "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceManagement/managedDevices",
                "value": chunk,
            });
            if i + 1 < pages {
                // Opaque: a token with characters that need encoding, plus an unrelated param.
                page["@odata.nextLink"] = json!(format!(
                    "{}{graph_path}?$select=id&%24skiptoken=p{}%3D%3D%2Fx&cursor=z",
                    self.url(),
                    i + 2
                ));
            }
            let mock = Mock::given(method("GET")).and(path(graph_path));
            let mock = if i == 0 {
                mock.and(query_param_is_missing("$skiptoken"))
            } else {
                mock.and(query_param("$skiptoken", format!("p{}==/x", i + 1)))
            };
            mock.respond_with(ResponseTemplate::new(200).set_body_json(page))
                .mount(&self.server)
                .await;
        }
    }

    async fn requests_to(&self, p: &str) -> Vec<Request> {
        self.server
            .received_requests()
            .await
            .unwrap()
            .into_iter()
            .filter(|r| r.url.path() == p)
            .collect()
    }
}

/// `mdmdoc <command> --tenant … <args>`: `--tenant … --client-id … --graph-url … --login-url …` with the secret set.
fn graph_cmd(fake: &Fake, args: &[&str]) -> Command {
    let mut cmd = mdmdoc();
    cmd.arg(args[0])
        .args(["--tenant", TENANT, "--client-id", CLIENT])
        .args(["--graph-url", &fake.url(), "--login-url", &fake.url()])
        .args(["--retry-base-ms", "1"])
        .args(&args[1..])
        .env("MDMDOC_CLIENT_SECRET", SECRET);
    cmd
}

async fn run(mut cmd: Command) -> Output {
    tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn diagnose_json(state: &Path) -> Value {
    let out = mdmdoc()
        .args(["diagnose", "--format", "json", "--now", NOW])
        .arg(state)
        .output()
        .unwrap();
    assert!(out.status.code().unwrap() <= 1, "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn rule_ids(diagnosis: &Value) -> Vec<String> {
    let mut ids: Vec<String> = diagnosis["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

/// Every file under `dir`, as text.
fn all_files_text(dir: &Path) -> String {
    let mut out = String::new();
    for entry in walk(dir) {
        out.push_str(&String::from_utf8_lossy(&std::fs::read(&entry).unwrap()));
    }
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                files.extend(walk(&p));
            } else {
                files.push(p);
            }
        }
    }
    files
}

fn manifest(dir: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap()
}

fn collection_entry<'m>(manifest: &'m Value, name: &str) -> &'m Value {
    manifest["collections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap()
}

// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread")]
async fn collects_every_collection_paged_and_diagnoses_like_the_file() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    let data = tenant_data();
    fake.serve(&data, 3).await;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("snap");

    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--out"]);
        c.arg(&out);
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("Snapshot written to"), "{stdout}");
    assert!(stdout.contains("7 records in 3 pages"), "{stdout}");
    assert!(stdout.contains("mdmdoc diagnose"), "{stdout}");
    // Quiet on a non-terminal stderr: no progress bars, no retries to report.
    assert_eq!(text(&output.stderr), "");

    // The directory form of SPEC §3: one file per page, in order.
    for f in [
        "managedDevices.json",
        "managedDevices.2.json",
        "managedDevices.3.json",
        "depOnboardingSettings.json",
        "organization.json",
        "manifest.json",
    ] {
        assert!(out.join(f).is_file(), "{f} missing");
    }
    assert!(!out.join("managedDevices.4.json").exists());
    let m = manifest(&out);
    assert_eq!(m["mdmdoc"], env!("CARGO_PKG_VERSION"));
    assert_eq!(m["graphUrl"], fake.url());
    assert_eq!(m["tenant"], TENANT);
    assert_eq!(m["redacted"], false);
    assert!(m["collectedAt"].as_str().unwrap().ends_with('Z'));
    let devices = collection_entry(&m, "managedDevices");
    assert_eq!(devices["items"], 7);
    assert_eq!(devices["pages"], 3);
    assert_eq!(devices["status"], "collected");
    assert_eq!(collection_entry(&m, "vppTokens")["items"], 1);
    assert_eq!(m["collections"].as_array().unwrap().len(), 7);

    // $select: only what the rules read, derived from the loaded knowledge.
    let first = &fake.requests_to(graph_path("managedDevices")).await[0];
    let select = first
        .url
        .query_pairs()
        .find(|(k, _)| k == "$select")
        .map(|(_, v)| v.to_string())
        .expect("$select on managedDevices");
    let fields: Vec<&str> = select.split(',').collect();
    for f in [
        "id",
        "userPrincipalName",
        "osVersion",
        "operatingSystem",
        "lastSyncDateTime",
        "serialNumber",
        "deviceName",
    ] {
        assert!(fields.contains(&f), "{f} not in $select={select}");
    }
    assert!(!fields.contains(&"hardwareInformation"), "{select}");
    // The next links were followed exactly as given (opaque).
    let pages = fake.requests_to(graph_path("managedDevices")).await;
    assert_eq!(pages.len(), 3);
    assert_eq!(
        pages[1].url.query(),
        Some("$select=id&%24skiptoken=p2%3D%3D%2Fx&cursor=z")
    );
    // The token was fetched once, with the Graph scope.
    let tokens = fake.requests_to(&Fake::token_path()).await;
    assert_eq!(tokens.len(), 1);
    let body = text(&tokens[0].body);
    let scope: String = form_urlencoded::parse(body.as_bytes())
        .find(|(k, _)| k == "scope")
        .map(|(_, v)| v.into_owned())
        .unwrap();
    assert_eq!(scope, format!("{}/.default", fake.url()));

    // The collected snapshot diagnoses exactly like the same data given as a file.
    let file = tmp.path().join("same-data.json");
    std::fs::write(&file, serde_json::to_vec(&data).unwrap()).unwrap();
    let from_file = diagnose_json(&file);
    let collected = diagnose_json(&out);
    assert_eq!(collected, from_file);
    let ids = rule_ids(&collected);
    for expected in [
        "ade-token-expired",
        "apns-cert-expiring",
        "enroll-device-cap-reached",
        "enroll-device-type-not-supported",
        "enroll-user-license-invalid",
    ] {
        assert!(
            ids.iter().any(|i| i == expected),
            "{expected} not in {ids:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn graph_examples_collect_and_diagnose_like_the_directory() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    let dir = fixture("graph-examples");
    let mut data = serde_json::Map::new();
    for (c, _) in COLLECTIONS {
        let v: Value =
            serde_json::from_slice(&std::fs::read(dir.join(format!("{c}.json"))).unwrap()).unwrap();
        data.insert(c.to_string(), v);
    }
    fake.serve(&Value::Object(data), 1).await;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("snap");
    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--out"]);
        c.arg(&out);
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(diagnose_json(&out), diagnose_json(&dir));
}

#[tokio::test(flavor = "multi_thread")]
async fn throttled_429_honours_retry_after_then_succeeds() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    Mock::given(method("GET"))
        .and(path(graph_path("depOnboardingSettings")))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("Retry-After", "0")
                .set_body_json(
                    json!({"error": {"code": "TooManyRequests", "message": "slow down"}}),
                ),
        )
        .up_to_n_times(2)
        .with_priority(1)
        .mount(&fake.server)
        .await;
    fake.serve(&tenant_data(), 1).await;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("snap");
    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--out"]);
        c.arg(&out);
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("depOnboardingSettings") && stderr.contains("HTTP 429"),
        "{stderr}"
    );
    // Retry-After: 0 is honoured as is (no backoff on top).
    assert!(stderr.contains("trying again in 0.0 s"), "{stderr}");
    assert_eq!(
        fake.requests_to(graph_path("depOnboardingSettings"))
            .await
            .len(),
        3
    );
    assert_eq!(
        collection_entry(&manifest(&out), "depOnboardingSettings")["items"],
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn server_error_500_is_retried_then_succeeds() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    Mock::given(method("GET"))
        .and(path(graph_path("organization")))
        .respond_with(ResponseTemplate::new(500).set_body_string("upstream hiccup"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&fake.server)
        .await;
    fake.serve(&tenant_data(), 2).await;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("snap");
    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--out"]);
        c.arg(&out);
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stderr).contains("organization"));
    assert_eq!(fake.requests_to(graph_path("organization")).await.len(), 2);
    assert_eq!(
        collection_entry(&manifest(&out), "organization")["items"],
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_collection_that_keeps_failing_leaves_no_snapshot() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    Mock::given(method("GET"))
        .and(path(graph_path("vppTokens")))
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("Retry-After", "0")
                .set_body_json(
                    json!({"error": {"code": "ServiceUnavailable", "message": "Intune is busy"}}),
                ),
        )
        .with_priority(1)
        .mount(&fake.server)
        .await;
    fake.serve(&tenant_data(), 3).await;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("snap");
    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--max-attempts", "3", "--out"]);
        c.arg(&out);
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("error: fetching vppTokens failed"),
        "{stderr}"
    );
    assert!(stderr.contains("HTTP 503"), "{stderr}");
    assert!(stderr.contains("Intune is busy"), "{stderr}");
    assert!(stderr.contains("after 3 attempt(s)"), "{stderr}");
    assert_eq!(fake.requests_to(graph_path("vppTokens")).await.len(), 3);
    // Nothing diagnose would take for a complete snapshot, and no leftovers.
    assert!(!out.exists());
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn forbidden_names_the_permission_the_app_needs() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    Mock::given(method("GET"))
        .and(path(graph_path("troubleshootingEvents")))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({
            "error": {"code": "Forbidden", "message": "Application is not authorized to perform this operation."}
        })))
        .with_priority(1)
        .mount(&fake.server)
        .await;
    fake.serve(&tenant_data(), 1).await;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("snap");
    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--out"]);
        c.arg(&out);
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("troubleshootingEvents"), "{stderr}");
    assert!(stderr.contains("HTTP 403"), "{stderr}");
    assert!(
        stderr.contains("DeviceManagementManagedDevices.Read.All"),
        "{stderr}"
    );
    assert!(stderr.contains("admin consent"), "{stderr}");
    // 403 is final: asked once.
    assert_eq!(
        fake.requests_to(graph_path("troubleshootingEvents"))
            .await
            .len(),
        1
    );
    assert!(!out.exists());
}

#[tokio::test(flavor = "multi_thread")]
async fn unauthorized_after_a_fresh_token_names_the_permission_in_french() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    Mock::given(method("GET"))
        .and(path(graph_path("organization")))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "error": {"code": "Authorization_RequestDenied", "message": "Insufficient privileges to complete the operation."}
        })))
        .with_priority(1)
        .mount(&fake.server)
        .await;
    fake.serve(&tenant_data(), 1).await;
    let tmp = tempfile::tempdir().unwrap();
    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--lang", "fr-FR", "--out"]);
        c.arg(tmp.path().join("snap"));
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("Microsoft Graph a refusé organization"),
        "{stderr}"
    );
    assert!(stderr.contains("Organization.Read.All"), "{stderr}");
    assert!(stderr.contains("consentement administrateur"), "{stderr}");
    // One refresh of the token before giving up.
    assert_eq!(fake.requests_to(graph_path("organization")).await.len(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn token_that_expires_mid_run_is_refreshed() {
    let fake = Fake::start().await;
    // The first token, then a fresh one.
    Mock::given(method("POST"))
        .and(path(Fake::token_path()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "token_type": "Bearer", "expires_in": 3599, "access_token": "tok-1"
        })))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&fake.server)
        .await;
    fake.token("tok-2", 3599).await;
    // Page 2 of managedDevices arrives after Graph decided tok-1 expired.
    let data = tenant_data();
    let graph_path = graph_path("managedDevices");
    Mock::given(method("GET"))
        .and(path(graph_path))
        .and(query_param("$skiptoken", "p2==/x"))
        .and(header("authorization", "Bearer tok-1"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "error": {"code": "InvalidAuthenticationToken", "message": "Lifetime validation failed, the token is expired."}
        })))
        .with_priority(1)
        .mount(&fake.server)
        .await;
    fake.serve_pages(graph_path, &data["managedDevices"], 3)
        .await;
    let mut rest = data.clone();
    rest.as_object_mut().unwrap().remove("managedDevices");
    for (c, p) in COLLECTIONS {
        if *c == "managedDevices" {
            continue;
        }
        Mock::given(method("GET"))
            .and(path(*p))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(rest.get(*c).cloned().unwrap_or(json!({"value": []}))),
            )
            .mount(&fake.server)
            .await;
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("snap");
    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--out"]);
        c.arg(&out);
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(fake.requests_to(&Fake::token_path()).await.len(), 2);
    let page2: Vec<Request> = fake
        .requests_to(graph_path)
        .await
        .into_iter()
        .filter(|r| r.url.query().unwrap_or("").contains("skiptoken=p2"))
        .collect();
    let auth: Vec<String> = page2
        .iter()
        .map(|r| text(r.headers.get("authorization").unwrap().as_bytes()))
        .collect();
    assert_eq!(auth, ["Bearer tok-1", "Bearer tok-2"]);
    assert_eq!(
        collection_entry(&manifest(&out), "managedDevices")["items"],
        7
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn short_lived_token_is_fetched_again_before_it_expires() {
    let fake = Fake::start().await;
    // A token valid for less than the safety margin is never reused.
    Mock::given(method("POST"))
        .and(path(Fake::token_path()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "token_type": "Bearer", "expires_in": "30", "access_token": "tok-1"
        })))
        .mount(&fake.server)
        .await;
    fake.serve(&tenant_data(), 3).await;
    let tmp = tempfile::tempdir().unwrap();
    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--out"]);
        c.arg(tmp.path().join("snap"));
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    // 9 Graph requests (7 collections, 2 more pages), each with a token fetched for it, after
    // the sign-in that opens the run.
    let graph_requests = fake.server.received_requests().await.unwrap().len()
        - fake.requests_to(&Fake::token_path()).await.len();
    assert_eq!(graph_requests, 9);
    assert_eq!(fake.requests_to(&Fake::token_path()).await.len(), 10);
}

#[tokio::test(flavor = "multi_thread")]
async fn apns_404_is_recorded_as_not_configured() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    let mut data = tenant_data();
    data.as_object_mut()
        .unwrap()
        .remove("applePushNotificationCertificate");
    fake.serve(&data, 1).await;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("snap");
    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--out"]);
        c.arg(&out);
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("not configured"));
    let apns = std::fs::read_to_string(out.join("applePushNotificationCertificate.json")).unwrap();
    assert_eq!(apns.trim(), "null");
    let entry = collection_entry(&manifest(&out), "applePushNotificationCertificate").clone();
    assert_eq!(entry["status"], "notConfigured");
    assert_eq!(entry["items"], 0);
    let ids = rule_ids(&diagnose_json(&out));
    assert!(ids.contains(&"apns-cert-missing".to_string()), "{ids:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slow_server_is_a_timeout_error_naming_the_host() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    Mock::given(method("GET"))
        .and(path(graph_path("organization")))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"value": []}))
                .set_delay(std::time::Duration::from_secs(5)),
        )
        .with_priority(1)
        .mount(&fake.server)
        .await;
    fake.serve(&tenant_data(), 1).await;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("snap");
    let output = run({
        let mut c = graph_cmd(
            &fake,
            &[
                "collect",
                "--timeout",
                "0.3",
                "--max-attempts",
                "2",
                "--out",
            ],
        );
        c.arg(&out);
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    let host = fake.url().trim_start_matches("http://").to_string();
    assert!(
        stderr.contains(&format!(
            "error: fetching organization failed: {host} did not answer"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("--timeout"), "{stderr}");
    // The first timeout was retried (with a note), the second was final.
    assert!(stderr.contains("did not answer in time"), "{stderr}");
    assert!(!out.exists());
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_graph_is_a_network_error_naming_the_host() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    // A port nobody listens on: bind one, then free it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let tmp = tempfile::tempdir().unwrap();
    let mut cmd = mdmdoc();
    cmd.args(["collect", "--tenant", TENANT, "--client-id", CLIENT])
        .args(["--graph-url", &format!("http://127.0.0.1:{port}")])
        .args(["--login-url", &fake.url()])
        .args(["--retry-base-ms", "1", "--max-attempts", "2", "--out"])
        .arg(tmp.path().join("snap"))
        .env("MDMDOC_CLIENT_SECRET", SECRET);
    let output = run(cmd).await;
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(&format!("cannot reach 127.0.0.1:{port}")),
        "{stderr}"
    );
    assert!(stderr.contains("after 2 attempt(s)"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_secret_shows_the_identity_platform_error_and_never_the_secret() {
    let fake = Fake::start().await;
    Mock::given(method("POST"))
        .and(path(Fake::token_path()))
        .and(body_string_contains("client_secret="))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "error": "invalid_client",
            // A server that echoes what it was sent must not make us print it.
            "error_description": format!("AADSTS7000215: Invalid client secret provided ({SECRET}).\r\nTrace ID: 0d1c\r\nCorrelation ID: 9a8b"),
            "error_codes": [7000215],
        })))
        .mount(&fake.server)
        .await;
    let tmp = tempfile::tempdir().unwrap();
    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--out"]);
        c.arg(tmp.path().join("snap"));
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("AADSTS7000215 (invalid_client)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Invalid client secret provided"),
        "{stderr}"
    );
    assert!(stderr.contains("Trace ID: 0d1c"), "{stderr}");
    assert!(stderr.contains("MDMDOC_CLIENT_SECRET"), "{stderr}");
    assert!(!stderr.contains(SECRET) && !text(&output.stdout).contains(SECRET));
    // The secret went in the request body, nowhere else.
    let token_requests = fake.requests_to(&Fake::token_path()).await;
    assert_eq!(token_requests.len(), 1, "a refused sign-in is asked once");
    // Nothing was asked of Graph without a token.
    assert_eq!(fake.server.received_requests().await.unwrap().len(), 1);
    assert!(!token_requests[0].url.as_str().contains("s3cr3t"));
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_secret_appears_in_no_output_log_or_file() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    // A throttled page too, so retry notes are written.
    Mock::given(method("GET"))
        .and(path(graph_path("vppTokens")))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&fake.server)
        .await;
    fake.serve(&tenant_data(), 3).await;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("snap");
    for format in ["table", "json"] {
        let _ = std::fs::remove_dir_all(&out);
        let output = run({
            let mut c = graph_cmd(&fake, &["collect", "--format", format, "--out"]);
            c.arg(&out);
            c
        })
        .await;
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        for stream in [&output.stdout, &output.stderr] {
            let s = text(stream);
            assert!(!s.contains(SECRET) && !s.contains("s3cr3t"), "{s}");
        }
    }
    let files = all_files_text(tmp.path());
    assert!(files.contains("managedDevices") && !files.contains("s3cr3t"));
    // Nor does a failing diagnose --live say it.
    let output = run(graph_cmd(
        &fake,
        &["diagnose", "--live", "--timeout", "nope"],
    ))
    .await;
    assert_eq!(output.status.code(), Some(2));
    assert!(!text(&output.stderr).contains("s3cr3t"));
}

#[tokio::test(flavor = "multi_thread")]
async fn redacted_snapshot_gives_the_same_rule_ids_and_hides_people() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    let data = tenant_data();
    fake.serve(&data, 3).await;
    let tmp = tempfile::tempdir().unwrap();
    let plain = tmp.path().join("plain");
    let redacted = tmp.path().join("redacted");
    let redacted_again = tmp.path().join("redacted-again");
    for (dir, redact) in [(&plain, false), (&redacted, true), (&redacted_again, true)] {
        let mut c = graph_cmd(&fake, &["collect", "--out"]);
        c.arg(dir).env("MDMDOC_REDACT_SALT", "support-case-4711");
        if redact {
            c.arg("--redact");
        }
        let output = run(c).await;
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        if redact {
            assert!(text(&output.stdout).contains("replaced by hashes"));
        }
    }
    let plain_d = diagnose_json(&plain);
    let redacted_d = diagnose_json(&redacted);
    assert_eq!(rule_ids(&redacted_d), rule_ids(&plain_d));
    assert!(rule_ids(&plain_d).len() >= 7, "{:?}", rule_ids(&plain_d));
    // The device-cap finding still groups Ana's three devices (UPNs differ only in case).
    let cap = redacted_d["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "enroll-device-cap-reached")
        .unwrap();
    let subject = cap["subject"]["id"].as_str().unwrap();
    assert!(subject.ends_with("@redacted.invalid"), "{subject}");

    let files = all_files_text(&redacted);
    for personal in [
        "ana@contoso.com",
        "ANA@contoso.com",
        "carla@contoso.com",
        "mdm-push@contoso.com",
        "F2LXK001",
        "DNPXK005",
        "Ana iPhone",
        "Kiosk 7",
    ] {
        assert!(
            !files.contains(personal),
            "{personal} left in the redacted snapshot"
        );
    }
    assert!(
        files.contains("Contoso ABM"),
        "token names are not personal data"
    );
    let m = manifest(&redacted);
    assert_eq!(m["redacted"], true);
    assert!(m.get("tenant").is_none());
    // Stable: the same salt gives the same hashes.
    assert_eq!(
        std::fs::read(redacted.join("managedDevices.json")).unwrap(),
        std::fs::read(redacted_again.join("managedDevices.json")).unwrap()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn diagnose_live_collects_and_diagnoses_like_the_file() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    let data = tenant_data();
    fake.serve(&data, 3).await;
    let tmp = tempfile::tempdir().unwrap();
    let scratch = tmp.path().join("tmp");
    std::fs::create_dir(&scratch).unwrap();
    let file = tmp.path().join("same-data.json");
    std::fs::write(&file, serde_json::to_vec(&data).unwrap()).unwrap();

    let mut c = graph_cmd(
        &fake,
        &["diagnose", "--live", "--format", "json", "--now", NOW],
    );
    c.env("TMPDIR", &scratch);
    let output = run(c).await;
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let live: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(live, diagnose_json(&file));
    // The temporary snapshot is gone.
    assert_eq!(std::fs::read_dir(&scratch).unwrap().count(), 0);
}

#[test]
fn usage_errors_are_clear() {
    // No secret in the environment.
    let out = mdmdoc()
        .args([
            "collect",
            "--tenant",
            TENANT,
            "--client-id",
            CLIENT,
            "--out",
            "x",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("MDMDOC_CLIENT_SECRET"));
    // No tenant.
    let out = mdmdoc()
        .args(["collect", "--client-id", CLIENT, "--out", "x"])
        .env("MDMDOC_CLIENT_SECRET", SECRET)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--tenant is required"));
    // A tenant that would change the token URL's path.
    let out = mdmdoc()
        .args([
            "collect",
            "--tenant",
            "../evil",
            "--client-id",
            CLIENT,
            "--out",
            "x",
        ])
        .env("MDMDOC_CLIENT_SECRET", SECRET)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--tenant “../evil”"));
    // Graph flags without --live.
    let out = mdmdoc()
        .args(["diagnose", "--tenant", TENANT])
        .arg(fixture("healthy.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--tenant only applies"));
    // A bad --graph-url.
    let out = mdmdoc()
        .args([
            "collect",
            "--tenant",
            TENANT,
            "--client-id",
            CLIENT,
            "--out",
            "x",
        ])
        .args(["--graph-url", "ftp://graph"])
        .env("MDMDOC_CLIENT_SECRET", SECRET)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--graph-url “ftp://graph”"));
    // An output directory that already holds something.
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("keep.txt"), "mine").unwrap();
    let out = mdmdoc()
        .args([
            "collect",
            "--tenant",
            TENANT,
            "--client-id",
            CLIENT,
            "--out",
        ])
        .arg(tmp.path())
        .env("MDMDOC_CLIENT_SECRET", SECRET)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--force"));
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("keep.txt")).unwrap(),
        "mine"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn force_replaces_an_existing_snapshot_only_when_the_new_one_is_complete() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    fake.serve(&tenant_data(), 1).await;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("snap");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("old.txt"), "previous run").unwrap();
    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--force", "--out"]);
        c.arg(&out);
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(!out.join("old.txt").exists());
    assert!(out.join("manifest.json").is_file());
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_next_link_to_another_host_is_not_followed() {
    let fake = Fake::start().await;
    fake.token("tok-1", 3599).await;
    Mock::given(method("GET"))
        .and(path(graph_path("managedDevices")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "value": [{"id": "d1"}],
            "@odata.nextLink": "https://attacker.example/beta/deviceManagement/managedDevices?$skiptoken=1"
        })))
        .with_priority(1)
        .mount(&fake.server)
        .await;
    fake.serve(&tenant_data(), 1).await;
    let tmp = tempfile::tempdir().unwrap();
    let output = run({
        let mut c = graph_cmd(&fake, &["collect", "--out"]);
        c.arg(tmp.path().join("snap"));
        c
    })
    .await;
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("attacker.example"), "{stderr}");
    assert!(stderr.contains("another host"), "{stderr}");
}
