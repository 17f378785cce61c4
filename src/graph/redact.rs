//! `--redact`: personal identifiers replaced by stable salted hashes, so a snapshot can go to
//! support and still be diagnosed the same way.
//!
//! Each value becomes HMAC-SHA-256(salt, kind ‖ normalized value), shortened. The same value
//! always gives the same hash under one salt, so grouping (a user's devices), joins and rule
//! conditions still work; without the salt nobody can test guesses against the hashes. The
//! salt comes from `MDMDOC_REDACT_SALT` (keep it to compare snapshots over time) or is drawn at
//! random for the run and never written anywhere.
//!
//! Replaced, wherever they occur in a record (nested objects included): user principal names,
//! e-mail addresses (also inside free text), Apple IDs, serial numbers and other hardware
//! identifiers (IMEI, MEID, UDID, MAC addresses, phone numbers), device names, people's display
//! names. Credentials that Graph may return (`token`, `certificate`) are dropped. Empty strings
//! stay empty: "no user" must still read as "no user".

use std::sync::OnceLock;

use hmac::{Hmac, Mac};
use regex::Regex;
use serde_json::Value;
use sha2::Sha256;

/// What a field holds, which decides how its hash looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// UPNs, e-mail addresses, Apple IDs: compared without case, kept e-mail shaped.
    Email,
    /// Serial numbers and hardware identifiers: compared without case or spaces.
    Serial,
    DeviceName,
    PersonName,
    /// A credential: removed.
    Secret,
}

fn kind_of(key: &str) -> Option<Kind> {
    Some(match key {
        "userPrincipalName"
        | "emailAddress"
        | "mail"
        | "appleIdentifier"
        | "appleId"
        | "userEmail"
        | "otherMails"
        | "technicalNotificationMails"
        | "securityComplianceNotificationMails"
        | "marketingNotificationEmails"
        | "enrolledByUserPrincipalName" => Kind::Email,
        "serialNumber"
        | "imei"
        | "meid"
        | "udid"
        | "iccid"
        | "wiFiMacAddress"
        | "ethernetMacAddress"
        | "wifiMac"
        | "phoneNumber"
        | "batterySerialNumber" => Kind::Serial,
        "deviceName" | "managedDeviceName" | "deviceFullQualifiedDomainName" => Kind::DeviceName,
        "userDisplayName" | "emailAddressDisplayName" => Kind::PersonName,
        "token" | "certificate" => Kind::Secret,
        _ => return None,
    })
}

fn email_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+").expect("valid regex")
    })
}

/// Replaces personal identifiers in Graph records.
#[derive(Clone)]
pub struct Redactor {
    mac: Hmac<Sha256>,
}

impl Redactor {
    pub fn new(salt: &[u8]) -> Redactor {
        Redactor {
            mac: Hmac::<Sha256>::new_from_slice(salt).expect("HMAC takes keys of any length"),
        }
    }

    /// A random salt for one run.
    pub fn random_salt() -> Vec<u8> {
        let mut salt = vec![0u8; 32];
        if getrandom::fill(&mut salt).is_err() {
            // No OS randomness: fall back to a seeded generator, still never written anywhere.
            let mut rng = fastrand::Rng::new();
            for b in &mut salt {
                *b = rng.u8(..);
            }
        }
        salt
    }

    fn digest(&self, kind: Kind, normalized: &str) -> String {
        let mut mac = self.mac.clone();
        mac.update(format!("{kind:?}").as_bytes());
        mac.update(&[0]);
        mac.update(normalized.as_bytes());
        let bytes = mac.finalize().into_bytes();
        bytes[..8].iter().map(|b| format!("{b:02x}")).collect()
    }

    fn hash(&self, kind: Kind, value: &str) -> Value {
        if value.trim().is_empty() {
            return Value::String(value.to_string());
        }
        Value::String(match kind {
            Kind::Email => {
                let h = self.digest(kind, &value.trim().to_lowercase());
                format!("u-{h}@redacted.invalid")
            }
            Kind::Serial => {
                let normalized: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>()
                    .to_uppercase();
                format!("SN-{}", self.digest(kind, &normalized).to_uppercase())
            }
            Kind::DeviceName => format!("device-{}", self.digest(kind, value.trim())),
            Kind::PersonName => format!("person-{}", self.digest(kind, value.trim())),
            Kind::Secret => return Value::Null,
        })
    }

    /// E-mail addresses inside free text (a failure reason naming the user).
    fn scrub_text(&self, text: &str) -> Option<String> {
        let re = email_pattern();
        if !re.is_match(text) {
            return None;
        }
        Some(
            re.replace_all(text, |c: &regex::Captures| {
                match self.hash(Kind::Email, &c[0]) {
                    Value::String(s) => s,
                    _ => String::new(),
                }
            })
            .into_owned(),
        )
    }

    /// Redacts a Graph response page, a record or any JSON in place.
    pub fn redact(&self, value: &mut Value) {
        self.walk(value, None);
    }

    fn walk(&self, value: &mut Value, kind: Option<Kind>) {
        match value {
            Value::Object(map) => {
                for (key, v) in map.iter_mut() {
                    if key.starts_with("@odata.") {
                        continue;
                    }
                    self.walk(v, kind_of(key));
                }
            }
            Value::Array(items) => {
                for v in items {
                    self.walk(v, kind);
                }
            }
            Value::String(s) => {
                if let Some(k) = kind {
                    *value = self.hash(k, s);
                } else if let Some(clean) = self.scrub_text(s) {
                    *value = Value::String(clean);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn stable_case_insensitive_and_salted() {
        let r = Redactor::new(b"salt-1");
        let mut a = json!({"value": [
            {"userPrincipalName": "Ana@Contoso.com", "serialNumber": "F17 XK1", "deviceName": "Ana's iPhone"},
            {"userPrincipalName": "ana@contoso.com", "emailAddress": "ana@contoso.com", "serialNumber": "f17xk1"},
            {"userPrincipalName": "", "hardwareInformation": {"serialNumber": "F17XK1"}}
        ]});
        r.redact(&mut a);
        let v = &a["value"];
        assert_eq!(v[0]["userPrincipalName"], v[1]["userPrincipalName"]);
        assert_eq!(v[1]["userPrincipalName"], v[1]["emailAddress"]);
        assert_eq!(v[0]["serialNumber"], v[1]["serialNumber"]);
        assert_eq!(
            v[0]["serialNumber"],
            v[2]["hardwareInformation"]["serialNumber"]
        );
        assert_eq!(v[2]["userPrincipalName"], "");
        let text = a.to_string();
        assert!(!text.to_lowercase().contains("contoso"), "{text}");
        assert!(!text.to_lowercase().contains("f17"), "{text}");
        assert!(!text.contains("Ana"), "{text}");

        let mut b = json!({"userPrincipalName": "ana@contoso.com"});
        Redactor::new(b"salt-2").redact(&mut b);
        assert_ne!(b["userPrincipalName"], v[1]["userPrincipalName"]);
    }

    #[test]
    fn free_text_and_credentials() {
        let r = Redactor::new(b"s");
        let mut v = json!({"failureReason": "User bo@fabrikam.com is not licensed", "token": "abc", "@odata.type": "#microsoft.graph.vppToken"});
        r.redact(&mut v);
        let reason = v["failureReason"].as_str().unwrap();
        assert!(
            reason.starts_with("User u-") && reason.ends_with("@redacted.invalid is not licensed")
        );
        assert_eq!(v["token"], Value::Null);
        assert_eq!(v["@odata.type"], "#microsoft.graph.vppToken");
    }

    proptest::proptest! {
        /// Addresses that differ only in case hash alike; different ones never collide, and
        /// nothing of the original is left.
        #[test]
        fn addresses_hash_by_identity(a in "[a-z0-9.]{1,12}@[a-z]{2,8}\\.(com|fi|bg)", b in "[a-z0-9.]{1,12}@[a-z]{2,8}\\.(com|fi|bg)") {
            let r = Redactor::new(b"k");
            let h = |s: &str| {
                let mut v = json!({"userPrincipalName": s});
                r.redact(&mut v);
                v["userPrincipalName"].as_str().unwrap().to_string()
            };
            proptest::prop_assert_eq!(h(&a), h(&a.to_uppercase()));
            proptest::prop_assert_eq!(h(&a) == h(&b), a == b);
            proptest::prop_assert!(!h(&a).contains(a.split('@').nth(1).unwrap()));
        }

        /// Redaction never changes the shape: same keys, same non-string values.
        #[test]
        fn shape_is_kept(name in "\\PC{0,20}", n in 0i64..1000, flag: bool) {
            let r = Redactor::new(b"k");
            let original = json!({"deviceName": name, "syncedDeviceCount": n, "isSupervised": flag,
                                  "nested": [{"serialNumber": name}]});
            let mut v = original.clone();
            r.redact(&mut v);
            proptest::prop_assert_eq!(&v["syncedDeviceCount"], &original["syncedDeviceCount"]);
            proptest::prop_assert_eq!(&v["isSupervised"], &original["isSupervised"]);
            proptest::prop_assert_eq!(v.as_object().unwrap().len(), 4);
            proptest::prop_assert!(v["nested"][0]["serialNumber"].is_string());
        }
    }
}
