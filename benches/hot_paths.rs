//! The hot paths, one by one: `cargo bench` (divan). End-to-end comparisons with jq, Python and
//! ripgrep are in `scripts/bench.sh` and BENCHMARKS.md.

use std::hint::black_box;
use std::sync::OnceLock;

use divan::Bencher;
use mdmdoc::explain::Matcher;
use mdmdoc::knowledge::{Knowledge, Sources};
use mdmdoc::scan::Scanner;
use serde_json::{Value, json};

fn main() {
    divan::main();
}

fn knowledge() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(|| Knowledge::load(&Sources::default()).expect("built-in knowledge"))
}

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| Matcher::build(knowledge()))
}

fn device(i: usize) -> Value {
    json!({
        "id": format!("d{i}"), "deviceName": format!("iPhone {i}"), "operatingSystem": "iOS",
        "osVersion": if i.is_multiple_of(100) { "16.7.10" } else { "17.6.1" },
        "userPrincipalName": format!("user{}@contoso.com", i / 3),
        "lastSyncDateTime": "2026-11-20T10:00:00.1234567Z", "serialNumber": format!("SN{i:08}"),
        "managementState": "managed", "complianceState": "compliant", "model": "iPhone 15",
        "manufacturer": "Apple", "enrolledDateTime": "2025-01-01T00:00:00Z"
    })
}

/// The fields of a managed device that diagnose keeps.
fn kept() -> mdmdoc::records::Fields {
    let names = [
        "id",
        "deviceName",
        "operatingSystem",
        "osVersion",
        "userPrincipalName",
        "lastSyncDateTime",
        "managementState",
        "serialNumber",
    ];
    mdmdoc::records::Fields::new(&names.iter().map(|k| k.to_string()).collect())
}

/// Parsing one managed device record with the projection diagnose uses.
#[divan::bench]
fn snapshot_parse_record(b: Bencher) {
    let bytes = serde_json::to_vec(&device(7)).unwrap();
    let fields = kept();
    b.counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| mdmdoc::records::parse_record(black_box(&bytes), Some(&fields)));
}

/// The same record parsed the way the reader parses a big file: into one reused `Value`.
#[divan::bench]
fn snapshot_parse_record_reused(b: Bencher) {
    let bytes = serde_json::to_vec(&device(7)).unwrap();
    let fields = kept();
    let mut reuse = mdmdoc::records::Reuse::default();
    let mut record = serde_json::Value::Null;
    b.counter(divan::counter::BytesCount::new(bytes.len()))
        .bench_local(|| reuse.parse(black_box(&bytes), &fields, &mut record));
}

/// Every rule over a 10,000-device snapshot held in memory.
#[divan::bench(sample_count = 20)]
fn rules_evaluate_10k_devices(b: Bencher) {
    let snapshot = json!({
        "deviceEnrollmentConfigurations": [{"@odata.type": "#microsoft.graph.deviceEnrollmentLimitConfiguration",
            "id": "d", "priority": 0, "limit": 3}],
        "managedDevices": (0..10_000).map(device).collect::<Vec<_>>(),
    });
    let now: jiff::Timestamp = "2026-11-22T12:00:00Z".parse().unwrap();
    b.bench(|| {
        mdmdoc::engine::diagnose_value(knowledge(), black_box(&snapshot), "bench", now).unwrap()
    });
}

/// Building the matcher of the whole knowledge base (part of every `explain`).
#[divan::bench]
fn matcher_build() -> Matcher {
    Matcher::build(knowledge())
}

/// Matching pasted text: a code, a message, a log line, a miss.
#[divan::bench(args = ["DeviceCapReached", "0x87D155F4",
    "Profile Installation Failed. A Network Error Has Occurred.",
    "2026-11-22 10:00:01 mdmd[311] <Notice>: sync completed in 812 ms"])]
fn matcher_find(text: &str) -> usize {
    matcher()
        .find(knowledge(), black_box(text), &serde_json::Map::new())
        .len()
}

/// Scanning 4 MB of log (one known message every 400 lines) on one thread.
#[divan::bench(sample_count = 20)]
fn matcher_scan_4mb(b: Bencher) {
    let mut log = String::new();
    let mut i: u32 = 0;
    while log.len() < 4 << 20 {
        if i.is_multiple_of(400) {
            log.push_str(
                "2026-11-22 10:00:01 CompanyPortal[311] enrollment failed: DeviceCapReached\n",
            );
        } else {
            log.push_str("2026-11-22 10:00:01 mdmd[311] <Notice>: error count 0 for profile com.contoso.wifi\n");
        }
        i += 1;
    }
    let scanner = Scanner::new(knowledge(), matcher(), None).with_threads(1);
    b.counter(divan::counter::BytesCount::new(log.len()))
        .bench(|| scanner.scan(black_box(log.as_bytes())).unwrap().len());
}
