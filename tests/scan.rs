//! `mdmdoc scan`: hits with exact line numbers, each rule explained once, localized output,
//! stdin, exit codes; and the fast scanner agrees with the plain line-by-line matcher.

mod common;

use common::mdmdoc;
use std::sync::OnceLock;

use mdmdoc::explain::Matcher;
use mdmdoc::knowledge::{Knowledge, Sources};
use mdmdoc::scan::Scanner;
use proptest::prelude::*;
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let out = mdmdoc().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn hits_carry_file_and_exact_line() {
    let v = json(&[
        "scan",
        "--format",
        "json",
        "tests/fixtures/scan/device.log",
        "tests/fixtures/scan/server.log",
    ]);
    let hits: Vec<(String, String, u64)> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["file"].as_str().unwrap().to_string(),
                h["rule"].as_str().unwrap().to_string(),
                h["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let d = "tests/fixtures/scan/device.log".to_string();
    let s = "tests/fixtures/scan/server.log".to_string();
    assert_eq!(
        hits,
        vec![
            (d.clone(), "enroll-device-cap-reached".into(), 3),
            (d.clone(), "enroll-profile-network-error".into(), 5),
            (d.clone(), "mdm-invalid-push-certificate".into(), 6),
            (d.clone(), "ade-token-invalid".into(), 8),
            (d, "enroll-device-cap-reached".into(), 9),
            (s, "ade-sync-terms-not-accepted".into(), 2),
        ]
    );
    assert_eq!(v["summary"]["enroll-device-cap-reached"], 2);
    assert_eq!(v["summary"]["ade-sync-terms-not-accepted"], 1);
    assert_eq!(v["summary"].as_object().unwrap().len(), 5);
    // Each rule found is explained once, most severe first, as `explain` would.
    let rules: Vec<&str> = v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules.len(), 5);
    assert_eq!(rules[0], "ade-token-invalid");
    for r in v["rules"].as_array().unwrap() {
        assert!(!r["title"].as_str().unwrap().is_empty());
        assert!(!r["steps"].as_array().unwrap().is_empty());
        let score = r["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
    }
}

#[test]
fn golden_table_in_two_locales() {
    for lang in ["en-US", "fr-FR"] {
        let out = mdmdoc()
            .args([
                "scan",
                "--lang",
                lang,
                "tests/fixtures/scan/device.log",
                "tests/fixtures/scan/server.log",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        insta::assert_snapshot!(
            format!("scan-table-{lang}"),
            String::from_utf8(out.stdout).unwrap()
        );
    }
}

#[test]
fn golden_markdown_in_russian() {
    let out = mdmdoc()
        .args([
            "scan",
            "--lang",
            "ru",
            "--format",
            "markdown",
            "tests/fixtures/scan/server.log",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!(
        "scan-markdown-ru-RU",
        String::from_utf8(out.stdout).unwrap()
    );
}

#[test]
fn reads_stdin_and_dash() {
    for args in [
        vec!["scan", "--format", "json"],
        vec!["scan", "--format", "json", "-"],
    ] {
        let out = mdmdoc()
            .args(&args)
            .write_stdin("noise\nnoise\nSync failed: ACCESS_DENIED\n")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["hits"][0]["rule"], "ade-sync-access-denied");
        assert_eq!(v["hits"][0]["file"], "<stdin>");
        assert_eq!(v["hits"][0]["line"], 3);
    }
}

#[test]
fn nothing_found_exits_1_with_a_localized_line() {
    mdmdoc()
        .args(["scan", "--lang", "fi-FI"])
        .write_stdin("all quiet\nnothing to see\n")
        .assert()
        .code(1)
        .stdout(predicates::str::contains("Yhdelläkään"));
    let out = mdmdoc()
        .args(["scan", "--format", "json", "-"])
        .write_stdin("all quiet\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["hits"].as_array().unwrap().len(), 0);
    assert_eq!(v["rules"].as_array().unwrap().len(), 0);
}

#[test]
fn a_missing_file_is_bad_input_naming_it() {
    mdmdoc()
        .args(["scan", "tests/fixtures/scan/nope.log"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("nope.log"));
}

#[test]
fn min_severity_leaves_out_milder_rules() {
    let out = mdmdoc()
        .args([
            "scan",
            "--format",
            "json",
            "--min-severity",
            "critical",
            "tests/fixtures/scan/device.log",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["ade-token-invalid"]);
}

#[test]
fn width_crlf_and_noise_do_not_matter() {
    let text = "x\r\n\u{FF24}\u{FF45}\u{FF56}\u{FF49}\u{FF43}\u{FF45}\u{FF23}\u{FF41}\u{FF50}\u{FF32}\u{FF45}\u{FF41}\u{FF43}\u{FF48}\u{FF45}\u{FF44}\r\n[12:00] code=0x87D155F4;\r\n";
    let out = mdmdoc()
        .args(["scan", "--format", "json"])
        .write_stdin(text)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits: Vec<(&str, u64)> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["rule"].as_str().unwrap(), h["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        hits,
        [
            ("enroll-device-cap-reached", 2),
            ("mdm-invalid-push-certificate", 3)
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// The prefilter never changes a result: the scanner finds exactly what checking every line
// with the matcher finds, whatever the chunk size and thread count.

fn naive(k: &Knowledge, m: &Matcher, text: &str) -> Vec<(u64, usize)> {
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        for (rule, _) in m.line_hits(line) {
            if k.rules[rule]
                .spec
                .text
                .as_ref()
                .is_some_and(|t| t.facts.is_none())
            {
                out.push((i as u64 + 1, rule));
            }
        }
    }
    out
}

fn pieces(k: &Knowledge) -> Vec<String> {
    let mut out: Vec<String> = vec![
        "noise".into(),
        "error".into(),
        "failed".into(),
        "Sync".into(),
        "ＤｅｖｉｃｅＣａｐＲｅａｃｈｅｄ".into(),
        "0x87d155f4".into(),
        "2278643188".into(),
        "mdmenrollment.apple.com 401".into(),
        "ß".into(),
        "\r".into(),
    ];
    for r in &k.rules {
        if let Some(t) = &r.spec.text {
            out.extend(t.codes.iter().cloned());
            out.extend(t.phrases.iter().cloned());
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn scanner_equals_line_by_line(
        picks in prop::collection::vec((0usize..400, 0u8..4), 1..120),
        chunk in 1usize..300,
        threads in 1usize..4,
    ) {
        static KB: OnceLock<(Knowledge, Matcher, Vec<String>)> = OnceLock::new();
        let (k, m, pieces) = KB.get_or_init(|| {
            let k = Knowledge::load(&Sources::default()).unwrap();
            let m = Matcher::build(&k);
            let p = pieces(&k);
            (k, m, p)
        });
        let mut text = String::new();
        for (p, sep) in picks {
            text.push_str(&pieces[p % pieces.len()]);
            text.push_str(match sep { 0 => "\n", 1 => " ", 2 => ": ", _ => "\r\n" });
        }
        let want = naive(k, m, &text);
        let scanner = Scanner::new(k, m, None).with_chunk_size(chunk).with_threads(threads);
        let got: Vec<(u64, usize)> = scanner
            .scan(text.as_bytes())
            .unwrap()
            .into_iter()
            .map(|h| (h.line, h.rule))
            .collect();
        prop_assert_eq!(got, want);
    }
}
