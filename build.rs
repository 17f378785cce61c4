//! Embeds the knowledge base (`rules/` and `locales/`) into the binary, so that `mdmdoc` works
//! from any directory after `cargo install`.
//!
//! - `locales/`: a sorted list of `(relative path, contents)` pairs; the loader treats it exactly
//!   like a directory on disk.
//! - `rules/`: every rule file is parsed and checked HERE, with the same types and checks the
//!   loader uses for `--rules DIR` (`src/knowledge/{rule,condition,value,shape}.rs` are compiled
//!   into this script). A broken built-in rule fails the build with `file:line:column`. What is
//!   embedded is the checked result as one JSON document, which loads without any YAML parsing
//!   (SPEC's start-up goal for `explain`: see BENCHMARKS.md).
// The rule files test `mdmdoc_crate`, a cfg this script sets for the crate, not for itself.
#![allow(unexpected_cfgs)]

use std::collections::{HashMap, HashSet};
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/explain/anchors.rs"]
mod anchors;
#[allow(dead_code)]
#[path = "src/knowledge/condition.rs"]
mod condition;
#[allow(dead_code)]
#[path = "src/i18n/entries.rs"]
mod entries;
#[allow(dead_code)]
#[path = "src/explain/normalize.rs"]
mod normalize;
#[allow(dead_code)]
#[path = "src/knowledge/rule.rs"]
mod rule;
#[allow(dead_code)]
#[path = "src/knowledge/shape.rs"]
mod shape;
#[allow(dead_code)]
#[path = "src/explain/tables.rs"]
mod tables;
#[allow(dead_code)]
#[path = "src/knowledge/value.rs"]
mod value;

fn collect(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, exts, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| exts.contains(&e))
        {
            out.push(path);
        }
    }
}

fn files(root: &Path, tree: &str, exts: &[&str]) -> Vec<(String, PathBuf)> {
    let dir = root.join(tree);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut found = Vec::new();
    collect(&dir, exts, &mut found);
    found.sort();
    found
        .into_iter()
        .map(|file| {
            println!("cargo:rerun-if-changed={}", file.display());
            let rel = file
                .strip_prefix(&dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, file)
        })
        .collect()
}

/// Stops the build with the problem, located like the loader locates it at run time.
fn fail(message: String) -> ! {
    eprintln!("error: built-in knowledge: {message}");
    let one_line: Vec<&str> = message.split_whitespace().collect();
    println!("cargo:warning=built-in knowledge: {}", one_line.join(" "));
    std::process::exit(1);
}

fn parse<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> T {
    serde_saphyr::from_str::<T>(text).unwrap_or_else(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line() as usize, l.column() as usize))
            .unwrap_or((0, 0));
        let full = e.without_snippet().to_string();
        let first = full.lines().next().unwrap_or("").trim();
        let first = first.rfind(" at line ").map_or(first, |pos| &first[..pos]);
        fail(format!("{name}:{line}:{column}: {first}"))
    })
}

/// `snapshot::COLLECTIONS`, read from its source (this script cannot link the crate).
fn collections(root: &Path) -> Vec<String> {
    let path = root.join("src/snapshot.rs");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(&path).unwrap();
    const DECL: &str = "pub const COLLECTIONS: &[&str] = &[";
    let missing = || fail("src/snapshot.rs no longer declares COLLECTIONS as a list".into());
    let start = text.find(DECL).unwrap_or_else(missing) + DECL.len();
    let list = &text[start..];
    let list = &list[..list.find("];").unwrap_or_else(missing)];
    list.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

const TENANT_FILE: &str = "tenant.yaml";

/// The built-in rules, checked, as `knowledge::embedded` declares them: each one's id, file,
/// message id and spec (as JSON, read when the rule is first used), the tenant facts (JSON too),
/// and each pattern's anchors. Their examples are apart, in the JSON document returned second
/// (only `rules lint` and `rules test` read them: `knowledge::builtin_examples`).
fn rules(root: &Path, messages: &HashSet<String>) -> (String, String, Vec<rule::RuleFile>) {
    for src in ["rule", "condition", "value", "shape"] {
        println!("cargo:rerun-if-changed=src/knowledge/{src}.rs");
    }
    for src in ["anchors", "normalize", "tables"] {
        println!("cargo:rerun-if-changed=src/explain/{src}.rs");
    }
    let mut examples = Vec::new();
    let collections = collections(root);
    let collections: Vec<&str> = collections.iter().map(String::as_str).collect();
    let mut tenant = None;
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut checked = Vec::new();
    let mut facts = Vec::new();
    for (rel, path) in files(root, "rules", &["yaml", "yml"]) {
        let name = format!("rules/{rel}");
        let text = fs::read_to_string(&path).unwrap();
        if rel == TENANT_FILE {
            let t: rule::TenantFile = parse(&name, &text);
            facts = t.facts.keys().cloned().collect();
            tenant = Some((name, serde_json::to_value(&t).unwrap()));
            continue;
        }
        let spec: rule::RuleFile = parse(&name, &text);
        if let Some(first) = seen.insert(spec.id.clone(), name.clone()) {
            fail(format!(
                "the rule id `{}` is used by both {first} and {name}",
                spec.id
            ));
        }
        if let Err(message) = shape::check(&spec, &collections) {
            fail(format!("{name}: {message}"));
        }
        checked.push((name, spec));
    }
    // Sorted by id, as the loader keeps them.
    checked.sort_by(|a, b| a.1.id.cmp(&b.1.id));
    let mut out = String::from(
        "/// The built-in rules, parsed and checked by build.rs, sorted by id.\npub static RULES: &[crate::knowledge::BuiltinRule] = &[\n",
    );
    for (name, spec) in &checked {
        check_references(name, spec, &seen, &facts, messages);
        let mut json = serde_json::to_value(spec).unwrap();
        examples.push(json.as_object_mut().unwrap().remove("examples"));
        let message = spec.message.as_ref().unwrap_or(&spec.id);
        out.push_str(&format!(
            "    crate::knowledge::BuiltinRule {{ id: {:?}, origin: {name:?}, message: {message:?}, spec: {:?} }},\n",
            spec.id,
            compact(json)
        ));
    }
    out.push_str("];\n");
    let tenant = match tenant {
        Some((name, json)) => format!("Some(({name:?}, {:?}))", compact(json)),
        None => "None".into(),
    };
    out.push_str(&format!(
        "/// The tenant facts: their file, and their declarations as JSON.\npub static TENANT: Option<(&str, &str)> = {tenant};\n"
    ));
    let specs = checked.into_iter().map(|(_, spec)| spec).collect();
    (out, serde_json::to_string(&examples).unwrap(), specs)
}

/// The matcher's tables of the built-in rules (`explain::tables`), as the Rust source of a
/// static. `rules` are sorted by id: numbered as the loader numbers them.
fn matcher(rules: &[rule::RuleFile]) -> String {
    use std::borrow::Cow;
    let t = tables::Tables::build(
        rules.iter().map(|r| {
            let text = r.text.as_ref();
            tables::RuleText {
                id: &r.id,
                codes: text.map_or(&[], |t| &t.codes),
                phrases: text.map_or(&[], |t| &t.phrases),
                patterns: text.map_or(&[], |t| &t.patterns),
            }
        }),
        anchors::pattern_anchors,
    );
    fn list<T>(items: &[T], item: impl Fn(&T) -> String) -> String {
        let items: Vec<String> = items.iter().map(item).collect();
        format!("Cow::Borrowed(&[{}])", items.join(", "))
    }
    let str = |s: &Cow<str>| format!("Cow::Borrowed({:?})", s.as_ref());
    let rules = |r: &Cow<[usize]>| list(r, |i| i.to_string());
    let keyed = |k: &(Cow<str>, Cow<[usize]>)| format!("({}, {})", str(&k.0), rules(&k.1));
    format!(
        "use std::borrow::Cow;\nuse crate::explain::tables::{{PatternText, Tables, Term}};\n\
         pub static TABLES: Tables = Tables {{\n\
         terms: {},\nby_first: {},\nby_word: {},\nnumeric: {},\nsquashed: {},\npatterns: {},\nvocabulary: {},\n}};\n",
        list(&t.terms, |t| format!(
            "Term {{ rule: {}, words: {}, full_len: {} }}",
            t.rule,
            list(&t.words, str),
            t.full_len
        )),
        list(&t.by_first, keyed),
        list(&t.by_word, keyed),
        list(&t.numeric, |(v, r)| format!("({v}, {})", rules(r))),
        list(&t.squashed, keyed),
        list(&t.patterns, |p| format!(
            "PatternText {{ rule: {}, pattern: {}, anchors: {} }}",
            p.rule,
            str(&p.pattern),
            match &p.anchors {
                Some(a) => format!("Some({})", list(a, str)),
                None => "None".into(),
            }
        )),
        list(&t.vocabulary, |(k, v)| format!("({}, {})", str(k), str(v))),
    )
}

/// JSON without the nulls: absent and null read the same for every optional field of the rule
/// types (and no value in a rule can be null), and the text is smaller to read.
fn compact(mut json: serde_json::Value) -> String {
    drop_nulls(&mut json);
    serde_json::to_string(&json).unwrap()
}

/// What the loader checks of the rules of a `--rules` directory, checked here for the built-in
/// ones: the rule's message exists in the fallback locale, every `explains` target and tenant
/// fact exists.
fn check_references(
    name: &str,
    spec: &rule::RuleFile,
    rules: &HashMap<String, String>,
    facts: &[String],
    messages: &HashSet<String>,
) {
    let message = spec.message.as_ref().unwrap_or(&spec.id);
    if !messages.contains(message) {
        fail(format!(
            "{name}: rule `{}` has no message `{message}` in {FALLBACK}; add it to a .ftl file under locales/{FALLBACK}/",
            spec.id
        ));
    }
    for target in &spec.explains {
        if !rules.contains_key(target) {
            fail(format!(
                "{name}: `explains` names `{target}`, which is not a rule id; fix the id or remove it"
            ));
        }
    }
    if let Some(state) = &spec.state {
        let mut unknown = None;
        let mut visit = |fact: &str| {
            if !facts.iter().any(|f| f == fact) && unknown.is_none() {
                unknown = Some(fact.to_string());
            }
        };
        state.when.visit_tenant_refs(&mut visit);
        for sw in &state.severity_when {
            sw.when.visit_tenant_refs(&mut visit);
        }
        for arg in state.args.values() {
            if let value::ArgSpec::Tenant(fact) = arg {
                visit(fact);
            }
        }
        if let Some(fact) = unknown {
            fail(format!(
                "{name}: the tenant fact `{fact}` is not declared in rules/{TENANT_FILE}; declare it there or fix the name"
            ));
        }
    }
}

const FALLBACK: &str = "en-US";

/// The built-in Fluent files as `knowledge::locale_sources` lists them, each with its entries
/// located (a broken file stops the build), and the messages of the fallback locale.
fn locales(root: &Path) -> (String, HashSet<String>) {
    println!("cargo:rerun-if-changed=src/i18n/entries.rs");
    let mut messages = HashSet::new();
    let mut out = String::from("pub static LOCALES: &[(&str, &str, &[crate::i18n::Span])] = &[\n");
    for (rel, file) in files(root, "locales", &["ftl"]) {
        let text = fs::read_to_string(&file).unwrap();
        let spans = entries::spans(&text).unwrap_or_else(|errors| {
            let (line, column, message) = entries::locate(&text, &errors[0]);
            fail(format!("locales/{rel}:{line}:{column}: {message}"))
        });
        if rel.starts_with(&format!("{FALLBACK}/")) {
            messages.extend(
                spans
                    .iter()
                    .filter(|s| !s.term)
                    .map(|s| text[s.name.clone()].to_string()),
            );
        }
        out.push_str(&format!(
            "    ({:?}, include_str!({:?}), &[\n",
            rel,
            file.display().to_string()
        ));
        for s in spans {
            out.push_str(&format!(
                "        crate::i18n::Span {{ name: {:?}, text: {:?}, term: {} }},\n",
                s.name, s.text, s.term
            ));
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    (out, messages)
}

fn drop_nulls(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(drop_nulls);
        }
        serde_json::Value::Array(list) => list.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed=build.rs");
    // The rule types derive `Serialize` only here, in the build script (see src/knowledge/rule.rs).
    println!("cargo::rustc-check-cfg=cfg(mdmdoc_crate)");
    println!("cargo::rustc-cfg=mdmdoc_crate");
    // On x86_64 Linux the `mdmdoc` executable is linked at a fixed address (not as a PIE): the
    // dynamic loader then has no relocations to apply to its own image at every start, which
    // were a third of what `--version` costs. Only the executables of this package: build
    // scripts, proc macros and the test binaries are linked as rustc links them. The price is
    // that the executable's own code is not at a random address (libraries, heap and stack
    // still are): `MDMDOC_PIE=1 cargo build --release` builds a PIE, e.g. for a `serve` exposed
    // beyond the helpdesk's network.
    println!("cargo:rerun-if-env-changed=MDMDOC_PIE");
    let target = |key: &str| env::var(format!("CARGO_CFG_TARGET_{key}")).unwrap_or_default();
    if target("ARCH") == "x86_64"
        && target("OS") == "linux"
        && target("ENV") == "gnu"
        && env::var_os("MDMDOC_PIE").is_none_or(|v| v.is_empty() || v == "0")
    {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }

    let (locales, messages) = locales(&root);
    let (rules, examples, specs) = rules(&root, &messages);
    fs::write(out_dir.join("rules-examples.json"), examples).unwrap();
    fs::write(out_dir.join("matcher.rs"), matcher(&specs)).unwrap();

    let mut generated = rules;
    generated.push_str(
        "/// The built-in rules' examples, in the same order.\npub static EXAMPLES_JSON: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/rules-examples.json\"));\n",
    );
    generated.push_str(&locales);
    fs::write(out_dir.join("embedded.rs"), generated).unwrap();
}
