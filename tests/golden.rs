//! Golden output per locale: every rule's explanation, and a diagnosis, in all five languages.
//! Any change of wording shows up in review as a snapshot diff (`cargo insta review`).

use std::collections::BTreeMap;

use mdmdoc::engine;
use mdmdoc::explain::Match;
use mdmdoc::knowledge::lint::SHIPPED_LOCALES;
use mdmdoc::knowledge::{Knowledge, Sources};
use mdmdoc::render::{self, Style};

fn knowledge() -> Knowledge {
    Knowledge::load(&Sources::default()).expect("built-in knowledge loads")
}

#[test]
fn every_rule_explained_in_every_locale() {
    let k = knowledge();
    for locale in SHIPPED_LOCALES {
        let loc = k.catalog.localizer(locale).unwrap();
        let mut out = String::new();
        for (i, rule) in k.rules.iter().enumerate() {
            let m = Match {
                rule: i,
                score: 1.0,
            };
            out.push_str(&render::explain_markdown(
                &loc,
                &k,
                rule.id(),
                &[m],
                &BTreeMap::new(),
            ));
        }
        insta::assert_snapshot!(format!("explain-{locale}"), out);
    }
}

#[test]
fn diagnosis_in_every_locale() {
    let k = knowledge();
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/acceptance.json");
    let now: jiff::Timestamp = "2026-11-22T12:00:00Z".parse().unwrap();
    let d = engine::diagnose(&k, &mdmdoc::snapshot::Input::Path(path), now).unwrap();
    let style = Style {
        color: false,
        width: Some(100),
    };
    for locale in SHIPPED_LOCALES {
        let loc = k.catalog.localizer(locale).unwrap();
        insta::assert_snapshot!(
            format!("diagnose-{locale}"),
            render::diagnose_table(&loc, &k, style, &d)
        );
    }
}

/// Day counts take the plural forms of each language: 1, 2, 5 and 21 days.
#[test]
fn plural_forms_per_locale() {
    let k = knowledge();
    let now: jiff::Timestamp = "2026-11-22T12:00:00Z".parse().unwrap();
    let tokens: Vec<serde_json::Value> = [1, 2, 5, 21]
        .iter()
        .map(|days| {
            let t = now - jiff::SignedDuration::from_hours(24 * days);
            serde_json::json!({"id": format!("t{days}"), "tokenName": format!("T{days}"), "tokenExpirationDateTime": t.to_string()})
        })
        .collect();
    let snapshot = serde_json::json!({ "depOnboardingSettings": tokens });
    let d = engine::diagnose_value(&k, &snapshot, "plural", now).unwrap();
    let mut out = String::new();
    for locale in SHIPPED_LOCALES {
        let loc = k.catalog.localizer(locale).unwrap();
        for f in d
            .findings
            .iter()
            .filter(|f| k.rules[f.rule].id() == "ade-token-expired")
        {
            let t = render::rule_text(&loc, &k.rules[f.rule], Some(&f.args));
            out.push_str(&format!(
                "{locale} {}: {}\n",
                f.subject.id,
                t.detail.unwrap_or_default()
            ));
        }
    }
    for (locale, want) in [
        ("ru-RU", ["2 дня", "5 дней", "21 день"]),
        ("bg-BG", ["2 дни", "5 дни", "21 дни"]),
        ("fi-FI", ["2 päivää", "5 päivää", "21 päivää"]),
        ("fr-FR", ["2 jours", "5 jours", "21 jours"]),
        ("en-US", ["2 days", "5 days", "21 days"]),
    ] {
        for w in want {
            assert!(
                out.lines().any(|l| l.starts_with(locale) && l.contains(w)),
                "{locale} lacks {w:?}:\n{out}"
            );
        }
    }
    insta::assert_snapshot!("plural-days", out);
}
