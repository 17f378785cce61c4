//! What admins actually paste: codes and messages in any casing and spacing, inside log lines,
//! with quotes and punctuation, full-width, in every numeric form — and text that must match
//! nothing.

use std::sync::OnceLock;

use mdmdoc::explain::Matcher;
use mdmdoc::knowledge::{Knowledge, Sources};
use serde_json::Map;

fn find(text: &str) -> Vec<String> {
    static K: OnceLock<(Knowledge, Matcher)> = OnceLock::new();
    let (k, m) = K.get_or_init(|| {
        let k = Knowledge::load(&Sources::default()).unwrap();
        let m = Matcher::build(&k);
        (k, m)
    });
    m.find(k, text, &Map::new())
        .iter()
        .map(|x| k.rules[x.rule].id().to_string())
        .collect()
}

const FIRST: &[(&str, &str)] = &[
    ("DeviceCapReached", "enroll-device-cap-reached"),
    ("devicecapreached", "enroll-device-cap-reached"),
    ("device cap reached", "enroll-device-cap-reached"),
    ("DEVICE_CAP_REACHED", "enroll-device-cap-reached"),
    ("  Device-Cap-Reached!!  ", "enroll-device-cap-reached"),
    ("'DeviceCapReached'", "enroll-device-cap-reached"),
    (
        "ＤｅｖｉｃｅＣａｐＲｅａｃｈｅｄ",
        "enroll-device-cap-reached",
    ),
    (
        "2026-11-22T09:14:03.123Z CompanyPortal[412:9f1] <Error> Enrollment failed: DeviceCapReached (user ana@contoso.com)",
        "enroll-device-cap-reached",
    ),
    ("NoEnrollmentPolicy", "enroll-no-enrollment-policy"),
    ("No Enrollment Policy", "enroll-no-enrollment-policy"),
    (
        "This Service is not supported. No Enrollment Policy.",
        "enroll-no-enrollment-policy",
    ),
    (
        "APNSCertificateNotValid",
        "enroll-apns-certificate-not-valid",
    ),
    (
        "apns certificate not valid",
        "enroll-apns-certificate-not-valid",
    ),
    ("AccountNotOnboarded", "enroll-account-not-onboarded"),
    ("DeviceTypeNotSupported", "enroll-device-type-not-supported"),
    ("UserLicenseTypeInvalid", "enroll-user-license-invalid"),
    ("User Name Not Recognized", "enroll-user-license-invalid"),
    ("MdmAuthorityNotDefined", "enroll-mdm-authority-not-defined"),
    (
        "Company Portal Temporarily Unavailable",
        "enroll-company-portal-unavailable",
    ),
    ("0x87D155F4", "mdm-invalid-push-certificate"),
    ("0x87d155f4", "mdm-invalid-push-certificate"),
    ("-2016324108", "mdm-invalid-push-certificate"),
    ("2278643188", "mdm-invalid-push-certificate"),
    (
        "12004:Invalid push certificate",
        "mdm-invalid-push-certificate",
    ),
    (
        "Error 0x87D155F4 (-2016324108): Invalid push certificate.",
        "mdm-invalid-push-certificate",
    ),
    ("0x87D155F1", "enroll-multiple-mdm"),
    ("-2016324111", "enroll-multiple-mdm"),
    ("12001:Multiple MDM instances", "enroll-multiple-mdm"),
    ("0x87D11388", "mdm-device-busy"),
    ("-2016341112", "mdm-device-busy"),
    ("iOS device is currently busy", "mdm-device-busy"),
    (
        "Terms and conditions not accepted",
        "ade-sync-terms-not-accepted",
    ),
    ("T_C_NOT_SIGNED", "ade-sync-terms-not-accepted"),
    ("ACCESS_DENIED", "ade-sync-access-denied"),
    ("Invalid support phone number", "ade-profile-invalid-phone"),
    (
        "Invalid configuration profile name",
        "ade-profile-invalid-name",
    ),
    ("Invalid department entry", "ade-profile-invalid-department"),
    ("Apple profile not found", "ade-profile-not-found"),
    ("Invalid cursor", "ade-sync-cursor-error"),
    ("Cursor expired", "ade-sync-cursor-error"),
    (
        "An error occurred while uploading the Enrollment Program token. Request ID: AjaxError: ajaxExtended call failed",
        "ade-token-upload-failed",
    ),
    (
        "iPhone mobileassetd[83] <Notice>: Client connection invalid (Connection invalid); terminating connection",
        "ade-xpc-connection-invalid",
    ),
    (
        "XPC_TYPE_ERROR Connection invalid",
        "ade-xpc-connection-invalid",
    ),
    (
        "Awaiting final configuration from \"Microsoft\"",
        "ade-stuck-awaiting-final-configuration",
    ),
    (
        "Guided Access app unavailable. Please contact your administrator.",
        "ade-stuck-awaiting-final-configuration",
    ),
    (
        "The SCEP server returned an invalid response.",
        "scep-invalid-response",
    ),
    (
        "the scep server returned an invalid response",
        "scep-invalid-response",
    ),
    (
        "Profile Installation Failed. A Network Error Has Occurred.",
        "enroll-profile-network-error",
    ),
    (
        "Profile Installation Failed. Connection to the server could not be established.",
        "enroll-profile-connection-failed",
    ),
    (
        "Profile Installation Failed. The new MDM payload does not match the old payload.",
        "enroll-profile-payload-mismatch",
    ),
    ("Workplace Join failed", "enroll-workplace-join-failed"),
    (
        "The configuration for your iPhone/iPad could not be downloaded from Contoso Ltd: Invalid Profile",
        "enroll-platform-restricted",
    ),
    (
        "Your sign-in was successful but your admin requires your device to be managed by Contoso to access this resource.",
        "enroll-ca-requires-company-portal",
    ),
    ("This token has expired.", "vpp-token-expired"),
    (
        "This token is being used by another service.",
        "vpp-token-external-mdm",
    ),
    (
        "This token is being used by another tenant.",
        "vpp-token-other-tenant",
    ),
    ("This token was deleted.", "vpp-token-deleted"),
    (
        "This token is out of Company Portal licenses.",
        "vpp-token-no-cp-licenses",
    ),
    ("Unable to sync", "device-not-checking-in"),
    ("enroll-device-cap-reached", "enroll-device-cap-reached"),
];

#[test]
fn pasted_text_finds_its_rule_first() {
    let mut failures = Vec::new();
    for (text, want) in FIRST {
        let got = find(text);
        if got.first().map(String::as_str) != Some(*want) {
            failures.push(format!("{text:?}: want {want} first, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ambiguous_text_returns_every_fitting_rule() {
    for (text, want) in [
        (
            "Expired or invalid token",
            &["ade-token-expired", "ade-token-invalid"][..],
        ),
        (
            "Invalid token",
            &[
                "ade-token-expired",
                "ade-token-invalid",
                "vpp-token-invalid",
            ][..],
        ),
        (
            "Profile installation failed",
            &[
                "enroll-profile-network-error",
                "enroll-profile-connection-failed",
                "enroll-profile-payload-mismatch",
            ][..],
        ),
        (
            "token expired",
            &["ade-token-expired", "vpp-token-expired"][..],
        ),
        ("Access denied", &["ade-sync-access-denied"][..]),
    ] {
        let got = find(text);
        for w in want {
            assert!(
                got.iter().any(|g| g == w),
                "{text:?}: {w} missing from {got:?}"
            );
        }
    }
}

#[test]
fn text_outside_the_domain_matches_nothing() {
    for text in [
        "",
        "   ",
        "0x80180014",
        "0x80CF0437",
        "AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.",
        "my iphone battery drains fast",
        "The quick brown fox jumps over the lazy dog",
        "2026-11-22 10:00:01",
        "lorem ipsum dolor sit amet",
        "😀😀😀",
    ] {
        assert_eq!(find(text), Vec::<String>::new(), "{text:?}");
    }
}
