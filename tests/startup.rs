//! The start-up path of `explain` (issue 6, goal 2), guarded by what it does rather than by how
//! long it takes: the built-in knowledge loads without parsing any YAML (build.rs pre-parsed it),
//! and only the locales the reader needs are parsed. One test per process: the YAML counter is
//! process-wide.

use mdmdoc::explain::Matcher;
use mdmdoc::knowledge::{Knowledge, Sources, yaml_parses};

#[test]
fn built_in_knowledge_loads_without_yaml_and_parses_only_the_readers_locales() {
    let before = yaml_parses();
    let k = Knowledge::load(&Sources {
        skip_builtin_examples: true,
        ..Sources::default()
    })
    .unwrap();
    assert_eq!(
        yaml_parses(),
        before,
        "the built-in rules were parsed as YAML"
    );
    assert!(k.rules.len() >= 65);
    assert!(k.rules.iter().all(|r| r.spec.examples.is_empty()));
    assert!(k.rules.iter().all(|r| r.origin.starts_with("rules/")));
    assert_eq!(k.tenant_origin, "rules/tenant.yaml");
    // Loading locates the entries of the fallback locale (en-US) and of no other.
    assert_eq!(k.catalog.parsed_locales(), ["en-US"]);
    let loc = k.catalog.localizer("fr-FR").unwrap();
    assert_eq!(k.catalog.parsed_locales(), ["en-US", "fr-FR"]);
    // Explaining a code needs no more than that.
    let m = Matcher::build(&k);
    let found = m.find(&k, "DeviceCapReached", &Default::default());
    assert_eq!(k.rules[found[0].rule].id(), "enroll-device-cap-reached");
    assert!(loc.get("enroll-device-cap-reached", None, None).is_some());
    assert_eq!(yaml_parses(), before);
    assert_eq!(k.catalog.parsed_locales(), ["en-US", "fr-FR"]);

    // The examples are there for `rules lint` and `rules test`, still without YAML.
    let k = Knowledge::load(&Sources::default()).unwrap();
    assert!(k.rules.iter().all(|r| r.spec.examples.len() >= 3));
    assert_eq!(yaml_parses(), before);
}
