//! The parallel reader of big collection files (worker threads parse and judge records, the
//! judgements are taken in in file order) gives exactly what the plain reader gives.
//!
//! The same snapshot is diagnosed in its single-document form (read by the plain reader) and in
//! its directory form, whole and in pages, with a managedDevices collection of several megabytes
//! (many jobs of the parallel reader); the outputs must be byte-identical.

mod common;

use common::{NOW, mdmdoc};
use std::path::Path;

use serde_json::{Value, json};

/// Devices that raise findings all over the file: users with many devices (in changing case),
/// unsupported versions, missing names and ids (subjects fall back to the record's index).
fn devices(n: usize) -> Vec<Value> {
    let systems = [
        ("iOS", "16.7"),
        ("iOS", "18.1"),
        ("iPadOS", "17.6.1"),
        ("macOS", "15.1"),
    ];
    (0..n)
        .map(|i| {
            let user = i % (n / 3);
            let upn = if i % 7 == 0 {
                format!("User.{user}@Contoso.com")
            } else {
                format!("user.{user}@contoso.com")
            };
            let (os, version) = systems[i % systems.len()];
            let mut d = json!({
                "id": format!("dev-{i:06}"),
                "userPrincipalName": upn,
                "deviceName": format!("Device \"{i}\" \\ é"),
                "serialNumber": format!("SN{i:08}"),
                "operatingSystem": os,
                "osVersion": version,
                "managementState": if i % 11 == 0 { "retirePending" } else { "managed" },
                "lastSyncDateTime": format!("2026-{:02}-{:02}T10:00:00.1234567Z", 1 + i % 11, 1 + i % 27),
                "padding": "x".repeat(300),
            });
            if i % 13 == 0 {
                d.as_object_mut().unwrap().remove("id");
            }
            if i % 17 == 0 {
                d["osVersion"] = json!("not a version");
            }
            d
        })
        .collect()
}

fn snapshot(n: usize) -> Value {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/acceptance.json"),
    )
    .unwrap();
    let mut doc: Value = serde_json::from_str(&text).unwrap();
    doc["managedDevices"] = json!({ "value": devices(n) });
    doc
}

fn diagnose(state: &Path, extra: &[&str]) -> (Vec<u8>, Vec<u8>, Option<i32>) {
    let out = mdmdoc()
        .arg("diagnose")
        .arg(state)
        .args(["--now", NOW])
        .args(extra)
        .output()
        .unwrap();
    (out.stdout, out.stderr, out.status.code())
}

#[test]
fn parallel_reader_matches_plain_reader() {
    let dir = tempfile::tempdir().unwrap();
    let doc = snapshot(12_000);
    let single = dir.path().join("snapshot.json");
    std::fs::write(&single, serde_json::to_vec(&doc).unwrap()).unwrap();

    // Directory form, one file per collection.
    let whole = dir.path().join("whole");
    std::fs::create_dir(&whole).unwrap();
    for (name, body) in doc.as_object().unwrap() {
        std::fs::write(
            whole.join(format!("{name}.json")),
            serde_json::to_vec(body).unwrap(),
        )
        .unwrap();
    }
    let size = std::fs::metadata(whole.join("managedDevices.json"))
        .unwrap()
        .len();
    assert!(
        size > 4 << 20,
        "managedDevices.json must span many jobs ({size} bytes)"
    );

    // Directory form, managedDevices in three pages (record indexes continue across pages).
    let paged = dir.path().join("paged");
    std::fs::create_dir(&paged).unwrap();
    for (name, body) in doc.as_object().unwrap() {
        if name != "managedDevices" {
            std::fs::write(
                paged.join(format!("{name}.json")),
                serde_json::to_vec(body).unwrap(),
            )
            .unwrap();
        }
    }
    let all = doc["managedDevices"]["value"].as_array().unwrap();
    for (page, part) in all.chunks(all.len().div_ceil(3)).enumerate() {
        let file = if page == 0 {
            "managedDevices.json".to_string()
        } else {
            format!("managedDevices.{}.json", page + 1)
        };
        std::fs::write(
            paged.join(file),
            serde_json::to_vec_pretty(&json!({ "value": part })).unwrap(),
        )
        .unwrap();
    }

    for extra in [
        &["--format", "json"][..],
        &["--format", "json", "--lang", "ru-RU"],
        &["--format", "markdown"],
        &["--format", "table"],
    ] {
        let plain = diagnose(&single, extra);
        let v: Value = match extra[1] {
            "json" => serde_json::from_slice(&plain.0).unwrap(),
            _ => Value::Null,
        };
        if extra[1] == "json" {
            let findings = v["findings"].as_array().unwrap();
            assert!(findings.len() > 1_000, "{} findings", findings.len());
            let rules: std::collections::BTreeSet<&str> =
                findings.iter().filter_map(|f| f["rule"].as_str()).collect();
            assert!(rules.len() >= 3, "findings of several rules: {rules:?}");
        }
        assert_eq!(plain.2, Some(1), "findings exit with 1");
        for form in [&whole, &paged] {
            let parallel = diagnose(form, extra);
            assert!(
                plain == parallel,
                "{extra:?}: {} differs from the single document",
                form.display()
            );
        }
    }
}

#[test]
fn invalid_record_deep_in_a_big_file_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let doc = snapshot(9_000);
    let state = dir.path().join("state");
    std::fs::create_dir(&state).unwrap();
    for (name, body) in doc.as_object().unwrap() {
        let mut text = serde_json::to_string(body).unwrap();
        if name == "managedDevices" {
            // Break a record near the end (many jobs after the first).
            let at = text.rfind("\"osVersion\":").unwrap();
            text.replace_range(at..at + "\"osVersion\":".len(), "\"osVersion\":tru,");
        }
        std::fs::write(state.join(format!("{name}.json")), text).unwrap();
    }
    let (stdout, stderr, code) = diagnose(&state, &["--format", "json"]);
    assert_eq!(code, Some(2));
    assert!(stdout.is_empty(), "nothing on stdout for invalid input");
    let err = String::from_utf8(stderr).unwrap();
    assert!(err.contains("managedDevices.json"), "{err}");
    assert!(err.contains("$.value[8999].osVersion"), "{err}");
}
