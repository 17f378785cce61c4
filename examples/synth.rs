//! Synthetic inputs for the benchmarks (see BENCHMARKS.md). Deterministic: the same arguments
//! always write the same bytes.
//!
//! ```text
//! cargo run --release --example synth -- tenant --devices 1000000 --out target/bench/t1m
//! cargo run --release --example synth -- log --mb 100 --out target/bench/app.log
//! cargo run --release --example synth -- literals --out target/bench/literals.txt
//! ```
//!
//! `tenant` writes a snapshot in the directory form (one `<collection>.json` per collection, as
//! `mdmdoc collect` does): N managed devices (each about 650 bytes of Graph's fields) owned by
//! users with 1–16 devices each, 40 ADE tokens, 6 VPP tokens, an APNs certificate, the default
//! device-limit restriction, 2,000 troubleshooting events and the organization.
//!
//! `log` writes a device/service log of about M megabytes: timestamped noise lines (with the
//! words real logs are full of: error, failed, sync, profile…) and, about one line in 400, a
//! known error message or code from the knowledge base in one of its written forms.
//!
//! `literals` writes every rule's codes and phrases, one a line: what `rg -F -i -f` searches
//! for in the ripgrep comparison.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// xorshift64*: small, fast and good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

fn uuid(rng: &mut Rng) -> String {
    let a = rng.next();
    let b = rng.next();
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xffff,
        b >> 48,
        b & 0xffff_ffff_ffff
    )
}

fn date(rng: &mut Rng, days_back: u64) -> String {
    // Days before 2026-11-22T12:00:00Z (the benchmarks' --now).
    let now = 1_795_348_800u64;
    let t = now - rng.below(days_back * 86_400 + 1);
    let ts = jiff::Timestamp::from_second(t as i64).expect("in range");
    format!(
        "{}.{:07}Z",
        ts.strftime("%Y-%m-%dT%H:%M:%S"),
        rng.below(10_000_000)
    )
}

fn write_json(path: &Path, value: &serde_json::Value) -> std::io::Result<()> {
    fs::write(
        path,
        serde_json::to_vec_pretty(value).expect("serializable"),
    )
}

fn tenant(devices: u64, out: &Path) -> std::io::Result<()> {
    fs::create_dir_all(out)?;
    let mut rng = Rng(0x5EED_0001);
    let models = [
        ("iPhone 15", "iOS", "17.6.1"),
        ("iPhone 14", "iOS", "18.1"),
        ("iPhone 12", "iOS", "17.7.2"),
        ("iPad Air (5th generation)", "iPadOS", "17.5"),
        ("iPad (9th generation)", "iPadOS", "18.1"),
        ("MacBook Pro (14-inch, 2023)", "macOS", "14.6.1"),
        ("MacBook Air (M2, 2022)", "macOS", "15.1"),
    ];
    let first = [
        "ana", "bo", "chen", "dana", "eero", "fatima", "georgi", "hana", "ivan", "jules", "kaisa",
        "lea", "mika", "nadia", "olli", "petra",
    ];
    let states = [
        "compliant",
        "compliant",
        "compliant",
        "noncompliant",
        "inGracePeriod",
    ];
    let mut w = BufWriter::with_capacity(1 << 20, File::create(out.join("managedDevices.json"))?);
    w.write_all(b"{\"@odata.context\":\"https://graph.microsoft.com/beta/$metadata#deviceManagement/managedDevices\",\"value\":[\n")?;
    let mut written = 0u64;
    let mut user = 0u64;
    while written < devices {
        // Users own 1-16 devices; most own one to three, about 2 % reach the default limit
        // of 5 (the device-cap rule's findings).
        let owned = match rng.below(1000) {
            0..=599 => 1,
            600..=899 => 2 + rng.below(2),
            900..=979 => 4,
            980..=994 => 5 + rng.below(4),
            _ => 9 + rng.below(8),
        }
        .min(devices - written);
        let name = format!("{}.{user}", first[(user % 16) as usize]);
        let upn = if user.is_multiple_of(7) {
            format!("{}@Contoso.com", name.to_uppercase())
        } else {
            format!("{name}@contoso.com")
        };
        let user_id = uuid(&mut rng);
        for _ in 0..owned {
            let (model, os, mut version) = models[rng.below(models.len() as u64) as usize];
            // One device in a hundred still runs an iOS/iPadOS release Intune no longer enrolls.
            if os != "macOS" && rng.below(100) == 0 {
                version = "16.7.10";
            }
            let serial: String = (0..12)
                .map(|_| b"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[rng.below(34) as usize] as char)
                .collect();
            let sync_window = if rng.below(10) == 0 { 200 } else { 20 };
            let record = serde_json::json!({
                "id": uuid(&mut rng),
                "userId": user_id,
                "deviceName": format!("{}'s {}", name, model.split(' ').next().unwrap_or("device")),
                "managedDeviceOwnerType": "company",
                "enrolledDateTime": date(&mut rng, 700),
                "lastSyncDateTime": date(&mut rng, sync_window),
                "operatingSystem": os,
                "complianceState": rng.pick(&states),
                "jailBroken": "False",
                "managementAgent": "mdm",
                "osVersion": version,
                "deviceEnrollmentType": "appleBulkWithUser",
                "deviceRegistrationState": "registered",
                "isSupervised": true,
                "model": model,
                "manufacturer": "Apple",
                "serialNumber": serial,
                "userPrincipalName": upn,
                "userDisplayName": name,
                "freeStorageSpaceInBytes": rng.below(100_000_000_000),
                "managementState": if rng.below(500) == 0 { "unhealthy" } else { "managed" },
            });
            if written > 0 {
                w.write_all(b",\n")?;
            }
            serde_json::to_writer(&mut w, &record)?;
            written += 1;
        }
        user += 1;
    }
    w.write_all(b"\n]}\n")?;
    w.flush()?;

    let tokens: Vec<serde_json::Value> = (0..40)
        .map(|i| {
            serde_json::json!({
                "@odata.type": "#microsoft.graph.depOnboardingSetting",
                "id": uuid(&mut rng),
                "appleIdentifier": format!("abm-admin-{i}@contoso.com"),
                "tokenExpirationDateTime": if i == 3 { "2026-11-01T00:00:00Z".to_string() } else { "2027-06-01T00:00:00Z".to_string() },
                "lastModifiedDateTime": "2026-06-01T00:00:00Z",
                "lastSuccessfulSyncDateTime": if i == 5 { "2026-11-19T00:00:00Z" } else { "2026-11-22T06:00:00Z" },
                "lastSyncTriggeredDateTime": "2026-11-22T06:00:00Z",
                "shareTokenWithSchoolDataSyncService": false,
                "lastSyncErrorCode": 0,
                "tokenType": "dep",
                "tokenName": format!("ABM token {i}"),
                "syncedDeviceCount": if i == 7 { 185_000 } else { 1_000 + i * 997 },
                "defaultProfileDisplayName": "Corporate iPhone",
                "dataSharingConsentGranted": true,
                "roleScopeTagIds": ["0"]
            })
        })
        .collect();
    write_json(
        &out.join("depOnboardingSettings.json"),
        &serde_json::json!({ "value": tokens }),
    )?;
    let vpp: Vec<serde_json::Value> = (0..6)
        .map(|i| {
            serde_json::json!({
                "@odata.type": "#microsoft.graph.vppToken",
                "id": uuid(&mut rng),
                "organizationName": "Contoso",
                "vppTokenAccountType": "business",
                "appleId": format!("vpp-{i}@contoso.com"),
                "expirationDateTime": "2027-03-01T00:00:00Z",
                "lastSyncDateTime": "2026-11-22T05:00:00Z",
                "lastModifiedDateTime": "2026-06-01T00:00:00Z",
                "state": "valid",
                "lastSyncStatus": "completed",
                "automaticallyUpdateApps": true,
                "countryOrRegion": "us",
                "displayName": format!("Location {i}"),
                "locationName": format!("Location {i}")
            })
        })
        .collect();
    write_json(
        &out.join("vppTokens.json"),
        &serde_json::json!({ "value": vpp }),
    )?;
    write_json(
        &out.join("applePushNotificationCertificate.json"),
        &serde_json::json!({
            "@odata.type": "#microsoft.graph.applePushNotificationCertificate",
            "id": uuid(&mut rng),
            "appleIdentifier": "mdm-admin@contoso.com",
            "topicIdentifier": "com.apple.mgmt.External.0f6c",
            "lastModifiedDateTime": "2026-01-10T00:00:00Z",
            "expirationDateTime": "2027-01-10T00:00:00Z",
            "certificateSerialNumber": "5A3F"
        }),
    )?;
    write_json(
        &out.join("deviceEnrollmentConfigurations.json"),
        &serde_json::json!({ "value": [
            { "@odata.type": "#microsoft.graph.deviceEnrollmentLimitConfiguration", "id": "default-limit",
              "displayName": "All users and all devices", "priority": 0, "limit": 5,
              "deviceEnrollmentConfigurationType": "limit" },
            { "@odata.type": "#microsoft.graph.deviceEnrollmentLimitConfiguration", "id": "it-limit",
              "displayName": "IT staff", "priority": 1, "limit": 15,
              "deviceEnrollmentConfigurationType": "limit" }
        ]}),
    )?;
    let categories = [
        "authentication",
        "authorization",
        "accountValidation",
        "userValidation",
        "deviceNotSupported",
        "inMaintenance",
        "badRequest",
        "featureNotSupported",
        "enrollmentRestrictionsEnforced",
        "clientDisconnected",
        "userAbandonment",
    ];
    let events: Vec<serde_json::Value> = (0..2000)
        .map(|_| {
            serde_json::json!({
                "@odata.type": "#microsoft.graph.enrollmentTroubleshootingEvent",
                "id": uuid(&mut rng),
                "eventDateTime": date(&mut rng, 30),
                "correlationId": uuid(&mut rng),
                "managedDeviceIdentifier": uuid(&mut rng),
                "operatingSystem": "iOS",
                "osVersion": "17.6",
                "userId": uuid(&mut rng),
                "deviceId": uuid(&mut rng),
                "enrollmentType": "userEnrollment",
                "failureCategory": rng.pick(&categories),
                "failureReason": "See failureCategory"
            })
        })
        .collect();
    write_json(
        &out.join("troubleshootingEvents.json"),
        &serde_json::json!({ "value": events }),
    )?;
    write_json(
        &out.join("organization.json"),
        &serde_json::json!({ "value": [{
            "id": "b1f3c2d4-0000-4000-8000-000000000001",
            "displayName": "Contoso",
            "mobileDeviceManagementAuthority": "intune"
        }]}),
    )?;
    Ok(())
}

/// Known messages as they show up in logs (codes, phrases, numeric forms).
const KNOWN: &[&str] = &[
    "enrollment failed: DeviceCapReached",
    "Company Portal: You have added the maximum number of devices allowed by your IT support.",
    "Profile Installation Failed. A Network Error Has Occurred.",
    "mdmd: command failed with error -2016324108",
    "mdmd: 0x87D11388 iOS device is currently busy",
    "ADE sync: T_C_NOT_SIGNED",
    "ADE sync: ACCESS_DENIED (HTTP 403)",
    "GET https://mdmenrollment.apple.com/session returned 401",
    "token sync: Invalid cursor",
    "Company Portal Temporarily Unavailable",
    "The SCEP server returned an invalid response.",
    "XPC_TYPE_ERROR Connection invalid",
];

/// Noise: the words logs are full of, so the prefilter is not flattered.
const NOISE: &[&str] = &[
    "sync completed in 812 ms",
    "error count 0 for profile com.contoso.wifi",
    "checking in with the service",
    "failed attempts: 0",
    "HTTP 200 OK from graph.microsoft.com",
    "device heartbeat ok",
    "installing profile com.contoso.vpn",
    "policy evaluation finished",
    "user session started",
    "certificate renewal not needed",
    "request queued, retry in 30 s",
    "app install state: installed",
];

fn log(mb: u64, out: &Path) -> std::io::Result<()> {
    if let Some(dir) = out.parent() {
        fs::create_dir_all(dir)?;
    }
    let mut rng = Rng(0x5EED_0002);
    let target = mb * 1_000_000;
    let mut w = BufWriter::with_capacity(1 << 20, File::create(out)?);
    let components = [
        "mdmd",
        "CompanyPortal",
        "IntuneMDM",
        "dasd",
        "ManagedClient",
    ];
    let mut size = 0u64;
    let mut n = 0u64;
    while size < target {
        let text = if rng.below(400) == 0 {
            rng.pick(KNOWN)
        } else {
            rng.pick(NOISE)
        };
        let line = format!(
            "2026-11-22 {:02}:{:02}:{:02}.{:03} {}[{}] <Notice>: {} (seq {})\n",
            (n / 3_600_000) % 24,
            (n / 60_000) % 60,
            (n / 1000) % 60,
            n % 1000,
            rng.pick(&components),
            100 + rng.below(900),
            text,
            n
        );
        w.write_all(line.as_bytes())?;
        size += line.len() as u64;
        n += 1;
    }
    w.flush()
}

fn literals(out: &Path) -> std::io::Result<()> {
    let k = mdmdoc::knowledge::Knowledge::load(&Default::default()).expect("built-in knowledge");
    let mut lines: Vec<String> = Vec::new();
    for r in &k.rules {
        if let Some(t) = &r.spec.text {
            lines.extend(t.codes.iter().cloned());
            lines.extend(t.phrases.iter().cloned());
        }
    }
    lines.sort();
    lines.dedup();
    fs::write(out, lines.join("\n") + "\n")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let out = PathBuf::from(get("--out").unwrap_or_else(|| "target/bench/out".into()));
    let result = match args.first().map(String::as_str) {
        Some("tenant") => tenant(
            get("--devices")
                .and_then(|d| d.parse().ok())
                .unwrap_or(100_000),
            &out,
        ),
        Some("log") => log(
            get("--mb").and_then(|d| d.parse().ok()).unwrap_or(100),
            &out,
        ),
        Some("literals") => literals(&out),
        _ => {
            eprintln!(
                "usage: synth tenant --devices N --out DIR | log --mb M --out FILE | literals --out FILE"
            );
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("synth: {}: {e}", out.display());
        std::process::exit(1);
    }
}
