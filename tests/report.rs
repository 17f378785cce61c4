//! Reports, run diffs and suppressions, through the binary.

mod common;

use common::{NOW, fixture, mdmdoc};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A report of the acceptance snapshot read from stdin (no file time: deterministic).
fn report(lang: &str, format: &str, extra: &[&str]) -> String {
    stdout_of(
        mdmdoc()
            .args([
                "report", "-", "--now", NOW, "--lang", lang, "--format", format,
            ])
            .args(extra)
            .pipe_stdin(fixture("acceptance.json"))
            .unwrap(),
    )
}

fn diagnose_json(lang: &str) -> Value {
    let out = mdmdoc()
        .args(["diagnose", "--format", "json", "--now", NOW, "--lang", lang])
        .arg(fixture("acceptance.json"))
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn titles(v: &Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["title"].as_str().unwrap().to_string())
        .collect()
}

fn html_text(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

#[test]
fn html_holds_every_finding_title_in_the_report_language() {
    for lang in ["en-US", "fr-FR", "fi-FI"] {
        let html = report(lang, "html", &[]);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        let text = html_text(&html);
        let want = titles(&diagnose_json(lang));
        assert_eq!(want.len(), 5);
        for t in want {
            assert!(text.contains(&t), "{lang}: missing title {t:?}");
        }
        // The learn links point at the reader's language.
        assert!(html.contains(&format!(
            "https://learn.microsoft.com/{}/",
            lang.to_ascii_lowercase()
        )));
    }
}

#[test]
fn html_fetches_nothing_and_runs_nothing() {
    let html = report("en-US", "html", &[]).to_ascii_lowercase();
    for forbidden in [
        "<script", "<link", "<img", "<iframe", "<object", "@import", "url(", " src=", "srcset",
    ] {
        assert!(!html.contains(forbidden), "found {forbidden}");
    }
    // The charts are inline SVG with a text alternative.
    assert_eq!(html.matches("<svg").count(), 2);
    assert!(html.contains("<title id=\"chart-severity-t\">"));
    // Print CSS: sections on their own page.
    assert!(html.contains("@media print"));
    assert!(html.contains("break-before: page"));
}

#[test]
fn html_escapes_data_from_the_tenant() {
    let dir = tempfile::tempdir().unwrap();
    let snap = dir.path().join("evil.json");
    std::fs::write(
        &snap,
        r#"{"depOnboardingSettings": [{"id": "t<1>", "tokenName": "<script>alert(1)</script>",
            "tokenExpirationDateTime": "2026-11-01T00:00:00Z"}]}"#,
    )
    .unwrap();
    let html = stdout_of(
        mdmdoc()
            .args(["report", "--now", NOW, "--format", "html"])
            .arg(&snap),
    );
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn report_writes_the_file_and_talks_in_the_ui_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rapport.html");
    mdmdoc()
        .args([
            "report",
            "--now",
            NOW,
            "--lang",
            "fr-FR",
            "--ui-lang",
            "en-US",
            "-o",
        ])
        .arg(&out)
        .arg(fixture("acceptance.json"))
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("Wrote").and(predicate::str::contains("fr-FR")));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<html lang=\"fr-FR\">"));
    for t in titles(&diagnose_json("fr-FR")) {
        assert!(html_text(&html).contains(&t));
    }
    // The header says where the data came from and when the file was written.
    assert!(html.contains("Contoso"));
    assert!(html.contains("acceptance.json"));
    // No temporary file is left beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn report_format_follows_the_file_extension() {
    let dir = tempfile::tempdir().unwrap();
    for (name, start) in [
        ("r.md", "# "),
        ("r.csv", "severity,"),
        ("r.json", "{"),
        ("r.html", "<!DOCTYPE html>"),
    ] {
        let out = dir.path().join(name);
        mdmdoc()
            .args(["report", "--now", NOW, "-o"])
            .arg(&out)
            .arg(fixture("acceptance.json"))
            .assert()
            .success();
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.starts_with(start), "{name}: {}", &text[..40]);
    }
}

#[test]
fn markdown_holds_the_findings_table() {
    for lang in ["en-US", "ru-RU"] {
        let md = report(lang, "markdown", &[]);
        let rows = md
            .lines()
            .filter(|l| l.starts_with("| ") && l.ends_with("` |"))
            .count();
        assert_eq!(rows, 5, "{lang}: {md}");
        for t in titles(&diagnose_json(lang)) {
            assert!(md.contains(&t.replace('`', "\\`")), "{lang}: {t}");
        }
        insta::assert_snapshot!(format!("report-markdown-{lang}"), md);
    }
}

/// A small RFC 4180 reader: records of fields; quoted fields may hold commas, quotes, newlines.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("bare LF outside quotes"),
            (false, c) => field.push(c),
        }
    }
    assert!(
        record.is_empty() && field.is_empty(),
        "last record not ended by CRLF"
    );
    records
}

#[test]
fn csv_has_one_row_per_finding() {
    for lang in ["fr-FR", "bg-BG"] {
        let csv = report(lang, "csv", &[]);
        let records = parse_csv(&csv);
        let findings = diagnose_json(lang)["findings"].as_array().unwrap().clone();
        assert_eq!(records.len() - 1, findings.len(), "{lang}");
        assert!(records.iter().all(|r| r.len() == records[0].len()));
        for (row, f) in records[1..].iter().zip(&findings) {
            assert_eq!(row[0], f["severity"].as_str().unwrap());
            assert_eq!(row[2], f["rule"].as_str().unwrap());
            assert_eq!(row[3], f["title"].as_str().unwrap());
        }
        insta::assert_snapshot!(format!("report-csv-{lang}"), csv);
    }
}

#[test]
fn csv_for_excel_starts_with_a_bom() {
    let csv = report("en-US", "csv", &["--excel"]);
    assert!(csv.starts_with('\u{feff}'));
    assert!(!report("en-US", "csv", &[]).starts_with('\u{feff}'));
}

#[test]
fn json_report_is_the_diagnosis_plus_metadata() {
    for lang in ["en-US", "fi-FI"] {
        let v: Value = serde_json::from_str(&report(lang, "json", &[])).unwrap();
        let d = diagnose_json(lang);
        assert_eq!(v["findings"], d["findings"]);
        assert_eq!(v["summary"], d["summary"]);
        assert_eq!(v["locale"], lang);
        assert_eq!(v["report"]["tenant"], "Contoso");
        assert_eq!(v["report"]["snapshot"], "-");
        assert!(
            v["report"]["generator"]
                .as_str()
                .unwrap()
                .starts_with("mdmdoc ")
        );
        insta::assert_snapshot!(
            format!("report-json-{lang}"),
            serde_json::to_string_pretty(&v).unwrap()
        );
    }
}

#[test]
fn html_golden_in_two_locales() {
    for lang in ["en-US", "fr-FR"] {
        insta::assert_snapshot!(format!("report-html-{lang}"), report(lang, "html", &[]));
    }
}

#[test]
fn other_commands_refuse_report_formats() {
    mdmdoc()
        .args(["explain", "DeviceCapReached", "--format", "html"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("table, json, markdown"));
    mdmdoc()
        .args(["report", "--format", "table"])
        .arg(fixture("acceptance.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("html, markdown, csv, json"));
}

// ---------------------------------------------------------------------------------------------
// diff

fn diagnose_at(now: &str, dir: &Path) -> PathBuf {
    let path = dir.join(format!("{}.json", now.replace(':', "")));
    let out = mdmdoc()
        .args(["diagnose", "--format", "json", "--now", now])
        .arg(fixture("expiring.json"))
        .output()
        .unwrap();
    std::fs::write(&path, out.stdout).unwrap();
    path
}

#[test]
fn diff_shows_a_token_moving_from_expiring_to_expired() {
    let dir = tempfile::tempdir().unwrap();
    let before = diagnose_at("2026-11-30T13:00:00Z", dir.path());
    let after = diagnose_at("2026-12-01T03:00:00Z", dir.path());
    let out = mdmdoc()
        .args(["diff", "--format", "json"])
        .arg(&before)
        .arg(&after)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a new finding exits 1");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids = |k: &str| -> Vec<(String, String)> {
        v[k].as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_string(),
                    f["subject"]["id"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let token = "6d3a0c55-0000-4000-8000-00000000b001".to_string();
    assert_eq!(
        ids("new"),
        vec![("ade-token-expired".to_string(), token.clone())]
    );
    assert_eq!(
        ids("resolved"),
        vec![("ade-token-expiring".to_string(), token)]
    );
    assert!(ids("unchanged").is_empty());
    // Each entry is a finding as diagnose prints it.
    assert_eq!(v["new"][0]["severity"], "critical");
    assert!(v["new"][0]["steps"].as_array().is_some());

    // The same diff, read by a person, in Finnish; the same run twice has no changes.
    let table = stdout_of(
        mdmdoc()
            .args(["diff", "--lang", "fi-FI"])
            .arg(&before)
            .arg(&after),
    );
    insta::assert_snapshot!("diff-table-fi-FI", table);
    mdmdoc()
        .args(["diff"])
        .arg(&before)
        .arg(&before)
        .assert()
        .success();
}

#[test]
fn diff_is_keyed_by_rule_and_subject_not_language() {
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("en.json");
    let ru = dir.path().join("ru.json");
    std::fs::write(&en, serde_json::to_string(&diagnose_json("en-US")).unwrap()).unwrap();
    std::fs::write(&ru, serde_json::to_string(&diagnose_json("ru-RU")).unwrap()).unwrap();
    let v: Value = serde_json::from_slice(
        &mdmdoc()
            .args(["diff", "--format", "json"])
            .arg(&en)
            .arg(&ru)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(v["new"].as_array().unwrap().len(), 0);
    assert_eq!(v["resolved"].as_array().unwrap().len(), 0);
    assert_eq!(v["unchanged"].as_array().unwrap().len(), 5);
}

#[test]
fn diff_refuses_what_is_not_a_diagnosis() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"findings": [{"rule": "x"}]}"#).unwrap();
    mdmdoc()
        .arg("diff")
        .arg(&bad)
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("$.findings[0].subject.id"));
}

#[test]
fn report_baseline_adds_changes_since_the_last_run() {
    let dir = tempfile::tempdir().unwrap();
    let before = diagnose_at("2026-11-30T13:00:00Z", dir.path());
    let md = stdout_of(
        mdmdoc()
            .args(["report", "--format", "markdown", "--lang", "fr-FR"])
            .args(["--now", "2026-12-01T03:00:00Z", "--baseline"])
            .arg(&before)
            .arg(fixture("expiring.json")),
    );
    let section = md.split("\n## ").find(|s| s.contains("ade-token-expiring"));
    assert!(section.is_some(), "{md}");
    let html = stdout_of(
        mdmdoc()
            .args([
                "report",
                "--format",
                "html",
                "--now",
                "2026-12-01T03:00:00Z",
            ])
            .arg("--baseline")
            .arg(&before)
            .arg(fixture("expiring.json")),
    );
    assert!(html.contains("id=\"changes\""));
    assert!(html.contains("1 new, 1 resolved, 0 unchanged."));
}

// ---------------------------------------------------------------------------------------------
// suppressions

fn suppressions(dir: &Path, yaml: &str) -> PathBuf {
    let path = dir.join("suppress.yaml");
    std::fs::write(&path, yaml).unwrap();
    path
}

#[test]
fn a_suppression_sets_a_finding_aside_until_it_expires() {
    let dir = tempfile::tempdir().unwrap();
    let file = suppressions(
        dir.path(),
        "# known issues\n\
         - rule: enroll-device-cap-reached\n  subject: ana@contoso.com\n  reason: Ana tests devices for the pilot; limit raised next week\n  expires: 2026-12-31\n  owner: it-ops@contoso.com\n\
         - rule: vpp-sync-failed\n  reason: Apple outage, ticket 4411\n  expires: 2026-11-01\n  owner: bob\n",
    );
    let out = mdmdoc()
        .args(["diagnose", "--format", "json", "--now", NOW, "--suppress"])
        .arg(&file)
        .arg(fixture("acceptance.json"))
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(!rules.contains(&"enroll-device-cap-reached"));
    // The expired entry no longer hides its finding, and says so.
    assert!(rules.contains(&"vpp-sync-failed"));
    assert_eq!(v["summary"]["high"], 1);
    let s = &v["suppressed"][0];
    assert_eq!(s["rule"], "enroll-device-cap-reached");
    assert_eq!(s["subject"]["id"], "ana@contoso.com");
    assert_eq!(
        s["suppression"]["reason"],
        "Ana tests devices for the pilot; limit raised next week"
    );
    assert_eq!(s["suppression"]["owner"], "it-ops@contoso.com");
    assert_eq!(v["expired_suppressions"][0]["rule"], "vpp-sync-failed");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("vpp-sync-failed") && stderr.contains("expired"),
        "{stderr}"
    );

    // A month later the first entry has expired too, and the finding is back.
    let later = mdmdoc()
        .args([
            "diagnose",
            "--format",
            "json",
            "--now",
            "2027-01-01T00:00:01Z",
            "--suppress",
        ])
        .arg(&file)
        .arg(fixture("acceptance.json"))
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&later.stdout).unwrap();
    assert!(v.get("suppressed").is_none());
    assert_eq!(v["expired_suppressions"].as_array().unwrap().len(), 2);

    // The report shows them in their own section, in the report's language.
    let md = stdout_of(
        mdmdoc()
            .args(["report", "--format", "markdown", "--now", NOW, "--suppress"])
            .arg(&file)
            .arg(fixture("acceptance.json")),
    );
    assert!(md.contains("## Set aside on purpose"));
    assert!(md.contains("it\\-ops@contoso.com") || md.contains("it-ops@contoso.com"));
    assert!(md.contains("## Suppressions past their date"));
}

#[test]
fn a_suppression_without_a_reason_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = suppressions(
        dir.path(),
        "- rule: ade-token-expired\n  reason: renewal booked\n- rule: apns-cert-expiring\n  owner: bob\n",
    );
    mdmdoc()
        .args(["diagnose", "--now", NOW, "--suppress"])
        .arg(&file)
        .arg(fixture("acceptance.json"))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("line 3")
                .and(predicate::str::contains("entry 2"))
                .and(predicate::str::contains("apns-cert-expiring"))
                .and(predicate::str::contains("reason")),
        );
    // The same for report, in French.
    mdmdoc()
        .args(["report", "--now", NOW, "--lang", "fr-FR", "--suppress"])
        .arg(&file)
        .arg(fixture("acceptance.json"))
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn a_suppression_of_an_unknown_rule_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = suppressions(
        dir.path(),
        "suppressions:\n  - rule: ade-token-expird\n    reason: typo\n",
    );
    mdmdoc()
        .args(["diagnose", "--now", NOW, "--suppress"])
        .arg(&file)
        .arg(fixture("acceptance.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ade-token-expird"));
}

// ---------------------------------------------------------------------------------------------
// The HTML renders: a real browser takes a screenshot, and the picture is not blank.

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .map(|n| Path::new("/usr/bin").join(n))
        .find(|p| p.exists())
}

#[test]
fn html_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        eprintln!(
            "SKIPPED html_renders_in_headless_chromium: no chromium in /usr/bin \
             (.ci/run installs Debian's chromium package; run it, or apt-get install chromium)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let shot = dir.path().join("report.png");
    mdmdoc()
        .args(["report", "--now", NOW, "--lang", "fr-FR", "-o"])
        .arg(&page)
        .arg(fixture("acceptance.json"))
        .assert()
        .success();
    let status = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1000,1400",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let px = info.color_type.samples();
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(px).collect();
    let dark = pixels
        .iter()
        .filter(|p| p[..3].iter().all(|c| *c < 100))
        .count();
    let coloured = pixels
        .iter()
        .filter(|p| p[0] > 100 && p[1] < 80 && p[2] < 80)
        .count();
    let share = |n: usize| n as f64 / pixels.len() as f64;
    // Text is there (dark pixels), and so are the severity colours (red badges and bars); the
    // page is mostly white background, not blank and not a solid block.
    assert!(share(dark) > 0.01, "too little text: {}", share(dark));
    assert!(coloured > 500, "no severity colour: {coloured}");
    assert!(share(dark) < 0.5);
    if let Ok(keep) = std::env::var("MDMDOC_KEEP_SCREENSHOT") {
        std::fs::copy(&shot, keep).unwrap();
    }
}
