//! The binary as a user runs it: arguments in, output and exit status out.

mod common;

use common::{NOW, fixture, json_of, mdmdoc};
use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

fn rule_ids(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["rule"].as_str().unwrap().to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// explain

#[test]
fn explain_device_cap_in_french() {
    let v = json_of(mdmdoc().args([
        "explain",
        "DeviceCapReached",
        "--lang",
        "fr-FR",
        "--format",
        "json",
    ]));
    assert_eq!(v["locale"], "fr-FR");
    assert_eq!(v["query"], "DeviceCapReached");
    let first = &v["matches"][0];
    assert_eq!(first["rule"], "enroll-device-cap-reached");
    assert_eq!(first["severity"], "high");
    assert!(first["score"].as_f64().unwrap() > 0.9 && first["score"].as_f64().unwrap() <= 1.0);
    assert!(
        first["title"]
            .as_str()
            .unwrap()
            .contains("limite d’appareils")
    );
    assert!(first["steps"].as_array().unwrap().len() >= 3);
    assert!(
        first["docs"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://learn.microsoft.com/fr-fr/")
    );
}

#[test]
fn explain_spaced_and_camel_case_are_the_same() {
    for text in [
        "device cap reached",
        "DEVICE_CAP_REACHED",
        "“Device Cap Reached.”",
        "ＤｅｖｉｃｅＣａｐＲｅａｃｈｅｄ",
    ] {
        let v = json_of(mdmdoc().args(["explain", text, "--format", "json"]));
        assert_eq!(
            v["matches"][0]["rule"], "enroll-device-cap-reached",
            "{text}"
        );
    }
}

#[test]
fn explain_scep_window_branches_on_the_fact() {
    let text = "The SCEP server returned an invalid response.";
    let first = |extra: &[&str]| {
        let mut args = vec!["explain", text, "--format", "json"];
        args.extend_from_slice(extra);
        json_of(mdmdoc().args(&args))["matches"][0]["rule"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        first(&["--fact", "minutes_since_profile_download=20"]),
        "scep-invalid-response-reset"
    );
    assert_eq!(
        first(&["--fact", "minutes_since_profile_download=5"]),
        "scep-invalid-response-retry"
    );
    assert_eq!(first(&[]), "scep-invalid-response");
}

#[test]
fn explain_fact_detail_is_rendered() {
    let v = json_of(mdmdoc().args([
        "explain",
        "The SCEP server returned an invalid response.",
        "--fact",
        "minutes_since_profile_download=5",
        "--format",
        "json",
    ]));
    assert!(
        v["matches"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("5 minutes")
    );
}

#[test]
fn explain_unrelated_text_matches_nothing() {
    mdmdoc()
        .args(["explain", "my iphone battery drains fast"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "Nothing in the knowledge base matches",
        ));
    let v = json_of(mdmdoc().args([
        "explain",
        "my iphone battery drains fast",
        "--format",
        "json",
    ]));
    assert_eq!(v["matches"], serde_json::json!([]));
}

#[test]
fn explain_reads_stdin() {
    mdmdoc()
        .args(["explain", "--format", "json"])
        .write_stdin(
            "Nov 22 09:14:03 iPhone CompanyPortal[412] <Error>: enroll failed: DeviceCapReached\n",
        )
        .assert()
        .success()
        .stdout(predicate::str::contains("enroll-device-cap-reached"));
}

#[test]
fn explain_accepts_a_rule_id() {
    let v = json_of(mdmdoc().args(["explain", "apns-cert-missing", "--format", "json"]));
    assert_eq!(rule_ids(&v, "matches"), ["apns-cert-missing"]);
    assert_eq!(v["matches"][0]["score"], 1.0);
}

#[test]
fn explain_suggests_near_misses() {
    mdmdoc()
        .args(["explain", "DeviceCapReachd"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("DeviceCapReached"));
}

#[test]
fn explain_ambiguous_text_returns_every_fitting_rule() {
    let v = json_of(mdmdoc().args(["explain", "Expired or invalid token", "--format", "json"]));
    let ids = rule_ids(&v, "matches");
    assert!(ids.contains(&"ade-token-expired".to_string()), "{ids:?}");
}

#[test]
fn explain_markdown_has_steps_and_links() {
    mdmdoc()
        .args(["explain", "NoEnrollmentPolicy", "--format", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::contains("## 1. "))
        .stdout(predicate::str::contains("1. "))
        .stdout(predicate::str::contains(
            "](https://learn.microsoft.com/en-us/",
        ));
}

// ---------------------------------------------------------------------------------------------
// diagnose

#[test]
fn diagnose_reports_exactly_the_broken_things() {
    let v = json_of(mdmdoc().args([
        "diagnose",
        fixture("acceptance.json").to_str().unwrap(),
        "--now",
        NOW,
        "--format",
        "json",
    ]));
    let got: Vec<(String, String, String)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["subject"]["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        (
            "ade-token-expired",
            "critical",
            "7c1a2f3e-0000-4000-8000-00000000a001",
        ),
        (
            "enroll-mdm-authority-not-defined",
            "critical",
            "9efe224a-224a-9efe-4a22-fe9e4a22fe9e",
        ),
        (
            "apns-cert-expiring",
            "high",
            "c4c8f047-f047-c4c8-47f0-c8c447f0c8c4",
        ),
        ("enroll-device-cap-reached", "high", "ana@contoso.com"),
        (
            "vpp-sync-failed",
            "medium",
            "9ceb2f92-2f92-9ceb-922f-eb9c922feb9c",
        ),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
    assert_eq!(
        v["summary"],
        serde_json::json!({"critical": 2, "high": 2, "medium": 1, "low": 0, "info": 0})
    );
    assert_eq!(v["now"], NOW);
    assert_eq!(v["findings"][0]["subject"]["name"], "Contoso ABM");
}

#[test]
fn diagnose_exit_status_follows_fail_on() {
    let path = fixture("acceptance.json");
    let path = path.to_str().unwrap();
    mdmdoc()
        .args(["diagnose", path, "--now", NOW])
        .assert()
        .code(1);
    mdmdoc()
        .args([
            "diagnose",
            path,
            "--now",
            NOW,
            "--min-severity",
            "critical",
            "--format",
            "json",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("vpp-sync-failed").not());
}

#[test]
fn diagnose_now_moves_the_outcome() {
    let path = fixture("acceptance.json");
    // A month earlier the ADE token had not expired yet: it was expiring.
    let v = json_of(mdmdoc().args([
        "diagnose",
        path.to_str().unwrap(),
        "--now",
        "2026-10-20T12:00:00Z",
        "--format",
        "json",
    ]));
    let ids = rule_ids(&v, "findings");
    assert!(ids.contains(&"ade-token-expiring".to_string()), "{ids:?}");
    assert!(!ids.contains(&"ade-token-expired".to_string()), "{ids:?}");
    assert!(!ids.contains(&"apns-cert-expiring".to_string()), "{ids:?}");
}

#[test]
fn diagnose_healthy_tenant_reports_nothing() {
    for name in ["healthy.json", "healthy.yaml"] {
        let v = json_of(mdmdoc().args([
            "diagnose",
            fixture(name).to_str().unwrap(),
            "--now",
            NOW,
            "--format",
            "json",
        ]));
        assert_eq!(v["findings"], serde_json::json!([]), "{name}");
        mdmdoc()
            .args(["diagnose", fixture(name).to_str().unwrap(), "--now", NOW])
            .assert()
            .success()
            .stdout(predicate::str::contains("No problems found."));
    }
}

#[test]
fn diagnose_reads_stdin() {
    let text = std::fs::read_to_string(fixture("acceptance.json")).unwrap();
    mdmdoc()
        .args(["diagnose", "-", "--now", NOW, "--format", "json"])
        .write_stdin(text)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("ade-token-expired"));
}

#[test]
fn diagnose_reads_graph_examples_as_they_are() {
    // Microsoft Graph's own documented example responses: -08:00 offsets, seven fractional
    // digits, a wrapped singleton, an osVersion that is not a version.
    let v = json_of(mdmdoc().args([
        "diagnose",
        fixture("graph-examples").to_str().unwrap(),
        "--now",
        NOW,
        "--format",
        "json",
    ]));
    let ids = rule_ids(&v, "findings");
    assert!(ids.contains(&"ade-token-expired".to_string()), "{ids:?}");
    assert!(ids.contains(&"ade-sync-error".to_string()), "{ids:?}");
    // The example certificate expired in 2016: long past the grace period, so not "expired".
    assert!(!ids.contains(&"apns-cert-expired".to_string()), "{ids:?}");
}

#[test]
fn diagnose_reads_paged_directories() {
    let v = json_of(mdmdoc().args([
        "diagnose",
        fixture("paged").to_str().unwrap(),
        "--now",
        NOW,
        "--format",
        "json",
    ]));
    // ana has 4 devices across three pages; the default limit is 4.
    let f = &v["findings"][0];
    assert_eq!(f["rule"], "enroll-device-cap-reached");
    assert!(f["detail"].as_str().unwrap().contains("4 enrolled devices"));
}

#[test]
fn diagnose_user_filter_keeps_that_user_and_tenant_wide_findings() {
    let path = fixture("acceptance.json");
    let v = json_of(mdmdoc().args([
        "diagnose",
        path.to_str().unwrap(),
        "--now",
        NOW,
        "--user",
        "bo@contoso.com",
        "--format",
        "json",
    ]));
    let ids = rule_ids(&v, "findings");
    assert!(!ids.contains(&"enroll-device-cap-reached".to_string()));
    assert!(ids.contains(&"ade-token-expired".to_string()));
}

#[test]
fn diagnose_markdown_has_a_findings_table() {
    mdmdoc()
        .args([
            "diagnose",
            fixture("acceptance.json").to_str().unwrap(),
            "--now",
            NOW,
            "--format",
            "markdown",
            "--lang",
            "fr",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("| Gravité | Constat |"))
        .stdout(predicate::str::contains("ade-token-expired"));
}

// ---------------------------------------------------------------------------------------------
// Languages

#[test]
fn lang_resolution_and_fallback() {
    let title = |args: &[&str], env: Option<(&str, &str)>| {
        let mut cmd = mdmdoc();
        cmd.args(["explain", "NoEnrollmentPolicy", "--format", "json"])
            .args(args);
        if let Some((k, v)) = env {
            cmd.env(k, v);
        }
        json_of(&mut cmd)["locale"].as_str().unwrap().to_string()
    };
    assert_eq!(title(&["--lang", "fr"], None), "fr-FR");
    assert_eq!(title(&[], Some(("LANG", "fr_FR.UTF-8"))), "fr-FR");
    assert_eq!(title(&[], Some(("LANG", "C.UTF-8"))), "en-US");
    assert_eq!(title(&[], Some(("LC_ALL", "C"))), "en-US");
    mdmdoc()
        .args([
            "explain",
            "NoEnrollmentPolicy",
            "--lang",
            "xx-YY",
            "--format",
            "json",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("xx-YY"))
        .stdout(predicate::str::contains("\"locale\": \"en-US\""));
}

#[test]
fn errors_are_localized() {
    mdmdoc()
        .args(["diagnose", "/nonexistent/snapshot.json", "--lang", "fr-FR"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("erreur : ").or(predicate::str::contains("erreur:")))
        .stderr(predicate::str::contains("/nonexistent/snapshot.json"));
}

// ---------------------------------------------------------------------------------------------
// Bad input: exit 2, one readable paragraph naming the place.

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn lint_error(rule_yaml: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "extra/x-rule.yaml", rule_yaml);
    let out = mdmdoc()
        .args([
            "--rules",
            dir.path().join("extra").to_str().unwrap(),
            "rules",
            "list",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).to_string()
}

const GOOD_RULE: &str = "id: x-rule\nseverity: low\narea: ade\nplatforms: [ios]\ntext:\n  phrases: [zebra crossing]\ndocs: []\n";

#[test]
fn malformed_yaml_names_file_line_and_column() {
    let err = lint_error("id: x-rule\nseverity: [low\n");
    assert!(err.contains("x-rule.yaml"), "{err}");
    assert!(err.contains("line 2"), "{err}");
}

#[test]
fn unknown_field_is_refused() {
    let err = lint_error(&format!("{GOOD_RULE}colour: blue\n"));
    assert!(err.contains("colour"), "{err}");
    assert!(err.contains("line 8"), "{err}");
}

#[test]
fn wrong_type_is_refused() {
    let err = lint_error(&GOOD_RULE.replace("severity: low", "severity: 7"));
    assert!(
        err.contains("x-rule.yaml") && err.contains("line 2"),
        "{err}"
    );
}

#[test]
fn bad_regex_is_refused() {
    let err =
        lint_error(&GOOD_RULE.replace("phrases: [zebra crossing]", "patterns: ['(unclosed']"));
    assert!(
        err.contains("(unclosed") && err.contains("regular expression"),
        "{err}"
    );
}

#[test]
fn duplicate_rule_id_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a/x-rule.yaml", GOOD_RULE);
    write(dir.path(), "b/x-rule.yaml", GOOD_RULE);
    mdmdoc()
        .args(["--rules", dir.path().to_str().unwrap(), "rules", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("defined twice"));
}

#[test]
fn missing_message_is_refused() {
    let err = lint_error(GOOD_RULE);
    assert!(err.contains("x-rule") && err.contains("en-US"), "{err}");
}

#[test]
fn a_new_rule_with_its_messages_works() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules/x-rule.yaml", GOOD_RULE);
    write(
        dir.path(),
        "locales/en-US/x.ftl",
        "x-rule = Zebra crossing blocked\n    .cause = A zebra.\n    .step-1 = Wait.\n",
    );
    mdmdoc()
        .args([
            "--rules",
            dir.path().join("rules").to_str().unwrap(),
            "--locales",
            dir.path().join("locales").to_str().unwrap(),
            "explain",
            "zebra crossing",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Zebra crossing blocked"));
}

#[test]
fn locales_dir_overrides_a_message() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "en-US/override.ftl",
        "enroll-device-cap-reached = Too many devices for this user\n    .cause = Custom cause.\n    .step-1 = Custom step.\n",
    );
    mdmdoc()
        .args([
            "--locales",
            dir.path().to_str().unwrap(),
            "explain",
            "DeviceCapReached",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Too many devices for this user"));
}

#[test]
fn unparsable_ftl_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "fr-FR/broken.ftl",
        "ok = fine\nbroken = { $oops\n",
    );
    mdmdoc()
        .args([
            "--locales",
            dir.path().to_str().unwrap(),
            "explain",
            "x",
            "--lang",
            "fr-FR",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.ftl"))
        .stderr(predicate::str::contains("ligne 2"));
}

#[test]
fn malformed_snapshot_names_file_and_json_path() {
    mdmdoc()
        .args([
            "diagnose",
            fixture("malformed.json").to_str().unwrap(),
            "--now",
            NOW,
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("malformed.json"))
        .stderr(predicate::str::contains("$.depOnboardingSettings.value[0]"));
}

#[test]
fn snapshot_of_the_wrong_shape_is_refused() {
    mdmdoc()
        .args(["diagnose", "-", "--now", NOW])
        .write_stdin("[1, 2, 3]")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("collection names"));
}

#[test]
fn missing_file_and_empty_stdin() {
    mdmdoc()
        .args(["diagnose", "/nonexistent/x.json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/nonexistent/x.json"));
    mdmdoc()
        .args(["diagnose", "-"])
        .write_stdin("  \n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("standard input"));
    mdmdoc()
        .args(["explain"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("standard input"));
}

#[test]
fn invalid_now_fact_and_format() {
    mdmdoc()
        .args([
            "diagnose",
            fixture("healthy.json").to_str().unwrap(),
            "--now",
            "yesterday",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("RFC 3339"));
    mdmdoc()
        .args(["explain", "x", "--fact", "minutes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("KEY=VALUE"));
    mdmdoc()
        .args(["explain", "x", "--format", "xml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("xml"));
}

#[test]
fn billion_laughs_is_refused() {
    let mut yaml = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let mut prev = 'a';
    for c in 'b'..='j' {
        yaml.push_str(&format!(
            "{c}: &{c} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        ));
        prev = c;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.yaml");
    std::fs::write(&path, yaml).unwrap();
    mdmdoc()
        .args(["diagnose", path.to_str().unwrap(), "--now", NOW])
        .timeout(std::time::Duration::from_secs(30))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bomb.yaml"));
}

// ---------------------------------------------------------------------------------------------
// The knowledge base

#[test]
fn rules_lint_and_test_pass() {
    mdmdoc().args(["rules", "lint"]).assert().success();
    mdmdoc()
        .args(["rules", "test"])
        .assert()
        .success()
        .stdout(predicate::str::contains(" 0 failed"));
}

#[test]
fn rules_show_unknown_id_suggests() {
    mdmdoc()
        .args(["rules", "show", "ade-token-expird"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ade-token-expired"));
}

#[test]
fn rules_list_and_show_json() {
    let v = json_of(mdmdoc().args(["rules", "list", "--format", "json"]));
    assert!(v.as_array().unwrap().len() >= 17);
    let v = json_of(mdmdoc().args([
        "rules",
        "show",
        "apns-cert-expired",
        "--lang",
        "fr-FR",
        "--format",
        "json",
    ]));
    assert_eq!(v["id"], "apns-cert-expired");
    assert!(v["title"].as_str().unwrap().contains("certificat"));
    assert!(v["warning"].as_str().is_some());
}

#[test]
fn committed_schema_is_current() {
    let out = mdmdoc().args(["rules", "schema"]).output().unwrap();
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/rule.schema.json"),
    )
    .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout) == committed,
        "schemas/rule.schema.json is stale: run `cargo run -- rules schema > schemas/rule.schema.json`"
    );
}

#[test]
fn works_from_any_directory() {
    let dir = tempfile::tempdir().unwrap();
    mdmdoc()
        .current_dir(dir.path())
        .args(["explain", "DeviceCapReached", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("enroll-device-cap-reached"));
}

#[test]
fn negative_codes_are_codes_not_flags() {
    let v = json_of(mdmdoc().args(["explain", "-2016324108", "--format", "json"]));
    assert_eq!(v["matches"][0]["rule"], "mdm-invalid-push-certificate");
}

#[test]
fn root_causes_group_findings_on_the_same_token() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    std::fs::write(
        &path,
        r#"{"depOnboardingSettings": [{"id": "t1", "tokenName": "Contoso ABM",
            "tokenExpirationDateTime": "2026-11-01T00:00:00Z",
            "lastSuccessfulSyncDateTime": "2026-11-01T00:00:00Z", "lastSyncErrorCode": 1}]}"#,
    )
    .unwrap();
    let v = json_of(mdmdoc().args([
        "diagnose",
        path.to_str().unwrap(),
        "--now",
        NOW,
        "--format",
        "json",
    ]));
    let root = &v["root_causes"][0];
    assert_eq!(root["rule"], "ade-token-expired");
    let explained: Vec<&str> = root["explains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["rule"].as_str().unwrap())
        .collect();
    assert!(
        explained.contains(&"ade-sync-stale") && explained.contains(&"ade-sync-error"),
        "{explained:?}"
    );
    let stale = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "ade-sync-stale")
        .unwrap();
    assert_eq!(stale["explained_by"]["rule"], "ade-token-expired");
}

#[test]
fn every_rule_has_a_title_in_every_locale() {
    let list = json_of(mdmdoc().args(["rules", "list", "--format", "json"]));
    let ids: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 65);
    for locale in ["en-US", "fr-FR", "ru-RU", "bg-BG", "fi-FI"] {
        let list = json_of(mdmdoc().args(["rules", "list", "--format", "json", "--lang", locale]));
        for r in list.as_array().unwrap() {
            let title = r["title"].as_str().unwrap();
            assert!(
                !title.is_empty() && title != r["id"].as_str().unwrap(),
                "{locale}: {r}"
            );
        }
    }
}
