//! The helpdesk page in a real browser: runs `e2e/page.test.mjs` (node's test runner,
//! playwright-core driving Debian's headless chromium) against this build's `mdmdoc`.
//!
//! `.ci/run` installs what it needs (`apt-get install chromium`, `npm ci` in `e2e/`). Where node
//! or `e2e/node_modules` is missing, the test says that it skipped and why, and passes.

use std::path::Path;
use std::process::Command;

#[test]
fn helpdesk_page_in_headless_chromium() {
    let e2e = Path::new(env!("CARGO_MANIFEST_DIR")).join("e2e");
    let node_ok = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !node_ok {
        eprintln!("SKIPPED helpdesk_page_in_headless_chromium: node is not installed");
        return;
    }
    if !e2e.join("node_modules/playwright-core").is_dir() {
        eprintln!(
            "SKIPPED helpdesk_page_in_headless_chromium: playwright-core is not installed \
             (run `npm ci` in e2e/, as .ci/run does)"
        );
        return;
    }
    let out = Command::new("node")
        .args(["--test", "page.test.mjs"])
        .current_dir(&e2e)
        .env("MDMDOC_BIN", env!("CARGO_BIN_EXE_mdmdoc"))
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stdout}{stderr}");
    assert!(
        out.status.success(),
        "the browser test failed:\n{stdout}\n{stderr}"
    );
    if let Some(line) = stdout.lines().find(|l| l.contains("SKIPPED:")) {
        eprintln!("helpdesk_page_in_headless_chromium: {line}");
        return;
    }
    assert!(
        stdout.contains("# pass") && !stdout.contains("# pass 0"),
        "no browser test ran:\n{stdout}"
    );
}
