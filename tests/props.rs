//! Property tests: loaders and the matcher never panic, whatever they are given; the fast record
//! parser gives what the plain one gives.

use std::sync::OnceLock;

use mdmdoc::engine;
use mdmdoc::explain::{Matcher, normalize};
use mdmdoc::knowledge::rule::RuleFile;
use mdmdoc::knowledge::value::{Scalar, json_eq, json_f64};
use mdmdoc::knowledge::{Knowledge, Sources, parse_yaml};
use proptest::prelude::*;
use serde_json::{Map, Value};

fn knowledge() -> &'static (Knowledge, Matcher) {
    static K: OnceLock<(Knowledge, Matcher)> = OnceLock::new();
    K.get_or_init(|| {
        let k = Knowledge::load(&Sources::default()).expect("built-in knowledge loads");
        let m = Matcher::build(&k);
        (k, m)
    })
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "[a-zA-Z0-9 :.+-]{0,30}".prop_map(Value::String),
        "[\"\\\\/a-z\n\t\u{e9}\u{1F600}]{0,8}".prop_map(Value::String),
        any::<f64>().prop_map(Value::from),
        Just(Value::String("2026-11-22T12:00:00.1234567-08:00".into())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("value".to_string()),
                        Just("depOnboardingSettings".to_string()),
                        Just("managedDevices".to_string()),
                        Just("applePushNotificationCertificate".to_string()),
                        Just("tokenExpirationDateTime".to_string()),
                        Just("userPrincipalName".to_string()),
                        Just("osVersion".to_string()),
                        "[a-zA-Z@.]{1,12}",
                    ],
                    inner
                ),
                0..6
            )
            .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn rule_loader_never_panics(text in "\\PC{0,400}") {
        let _ = parse_yaml::<RuleFile>("fuzz.yaml", &text);
    }

    #[test]
    fn rule_loader_never_panics_on_yaml_shaped_input(
        lines in prop::collection::vec("(id|severity|text|state|when|field|eq|all|any|not|- |  )[: a-z0-9\\[\\]{},-]{0,20}", 0..20)
    ) {
        let _ = parse_yaml::<RuleFile>("fuzz.yaml", &lines.join("\n"));
    }

    #[test]
    fn snapshot_reader_never_panics(value in json_value()) {
        let (k, _) = knowledge();
        let _ = engine::diagnose_value(k, &value, "fuzz", jiff::Timestamp::UNIX_EPOCH);
    }

    #[test]
    fn matcher_never_panics_and_scores_stay_in_range(text in "\\PC{0,300}", minutes in any::<i32>()) {
        let (k, m) = knowledge();
        let mut facts = Map::new();
        facts.insert("minutes_since_profile_download".into(), Value::from(minutes));
        for found in m.find(k, &text, &facts) {
            prop_assert!((0.0..=1.0).contains(&found.score));
        }
        let _ = m.suggest(&text);
    }

    #[test]
    fn normalizer_never_panics(text in "\\PC{0,300}") {
        let _ = normalize::words(&text);
        let _ = normalize::codes(&text);
    }

    #[test]
    fn every_form_of_a_code_is_the_same_code(v in any::<u32>()) {
        let signed = v as i32;
        prop_assert_eq!(normalize::code_value(&format!("0x{v:08X}")), Some(v));
        prop_assert_eq!(normalize::code_value(&v.to_string()), Some(v));
        prop_assert_eq!(normalize::code_value(&signed.to_string()), Some(v));
    }

    /// One `Value` reused record after record holds what parsing each record afresh gives:
    /// fields the record before had and this one has not are gone, strings and numbers are
    /// overwritten, whatever the kept fields are.
    #[test]
    fn reused_record_equals_a_fresh_one(
        records in prop::collection::vec(json_value(), 1..8).prop_flat_map(|r| {
            // Repeat records, so that the same fields come again (the reader's usual case).
            let n = r.len();
            (Just(r), prop::collection::vec(0..n, 1..12))
        }).prop_map(|(r, order)| order.into_iter().map(|i| r[i].clone()).collect::<Vec<_>>()),
        keep in prop::collection::hash_set(
            prop_oneof![
                Just("value".to_string()),
                Just("userPrincipalName".to_string()),
                Just("osVersion".to_string()),
                Just("managedDevices".to_string()),
                "[a-zA-Z@.]{1,3}",
            ],
            0..5,
        ),
    ) {
        let fields = mdmdoc::records::Fields::new(&keep);
        let mut reused = Value::Null;
        let mut reuse = mdmdoc::records::Reuse::default();
        for record in &records {
            let bytes = serde_json::to_vec(record).unwrap();
            let fresh = mdmdoc::records::parse_record(&bytes, Some(&fields));
            let ok = reuse.parse(&bytes, &fields, &mut reused);
            prop_assert_eq!(ok, fresh.is_some());
            if let Some(fresh) = fresh {
                prop_assert_eq!(&reused, &fresh);
            }
        }
    }

    /// Broken records: the quick scan never calls valid what serde_json refuses, and never
    /// refuses what serde_json accepts.
    #[test]
    fn damaged_records_are_judged_like_serde_json(
        record in json_value(),
        cuts in prop::collection::vec((any::<prop::sample::Index>(), prop_oneof![
            Just(b'"'), Just(b'\\'), Just(b'{'), Just(b'}'), Just(b','), Just(b':'),
            Just(b'0'), Just(b'-'), Just(b'.'), Just(b'e'), Just(b' '), Just(0x01u8),
            Just(0xffu8), Just(b'u'), Just(b'n'),
        ]), 1..3),
    ) {
        let mut bytes = serde_json::to_vec(&record).unwrap();
        for (at, byte) in cuts {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        let keep: std::collections::HashSet<String> =
            ["userPrincipalName", "osVersion", "value"].map(String::from).into();
        let fields = mdmdoc::records::Fields::new(&keep);
        let fresh = mdmdoc::records::parse_record(&bytes, Some(&fields));
        let mut reused = Value::Null;
        let ok = mdmdoc::records::Reuse::default().parse(&bytes, &fields, &mut reused);
        prop_assert_eq!(ok, fresh.is_some(), "{}", String::from_utf8_lossy(&bytes));
        if let Some(fresh) = fresh {
            prop_assert_eq!(&reused, &fresh);
        }
    }

    /// A literal compared in place equals the literal made into a JSON value and compared.
    #[test]
    fn literals_compare_like_their_json_values(
        value in json_value(),
        lit in prop_oneof![
            any::<bool>().prop_map(Scalar::Bool),
            any::<i64>().prop_map(Scalar::Int),
            any::<f64>().prop_map(Scalar::Float),
            prop_oneof![Just(1.5f64), Just(0.0), Just(f64::NAN), Just(f64::INFINITY)].prop_map(Scalar::Float),
            "[0-9 .a-z+-]{0,6}".prop_map(Scalar::Str),
            prop_oneof![Just("nan"), Just(" inf"), Just("1.5"), Just("0")].prop_map(|s| Scalar::Str(s.into())),
        ],
        number in prop_oneof![Just(Value::from(0)), Just(Value::from(1.5)), Just(Value::from("1.5")), Just(Value::from(" 0 "))],
    ) {
        for v in [&value, &number] {
            prop_assert_eq!(lit.matches_json(v), json_eq(v, &lit.to_value()));
            prop_assert_eq!(
                lit.json_f64().map(f64::to_bits),
                json_f64(&lit.to_value()).map(f64::to_bits)
            );
        }
    }
}
