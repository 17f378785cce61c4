//! The knowledge base: rules (YAML) and messages (Fluent), loaded once from the copy embedded in
//! the binary and from any `--rules` / `--locales` directories, then checked and indexed.

pub mod condition;
pub mod lint;
pub mod rule;
pub mod shape;
pub mod value;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::{Error, Located};
use crate::i18n::Catalog;
use rule::{RuleFile, TenantFile};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// A file of knowledge: where it came from (for error messages) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Display name: `rules/ade/ade-token-expired.yaml` for built-in files, the path otherwise.
    pub name: String,
    /// Path relative to the tree's root (`ade/ade-token-expired.yaml`).
    pub rel: String,
    /// Built-in files borrow the text embedded in the binary.
    pub text: Cow<'static, str>,
    /// The entries of a built-in Fluent file, located by build.rs.
    pub spans: Option<&'static [crate::i18n::Span]>,
}

/// One loaded rule.
#[derive(Debug, Clone)]
pub struct Rule {
    id: String,
    pub spec: Embedded<RuleFile>,
    /// The file it came from.
    pub origin: String,
    /// The Fluent message id holding its texts.
    pub message: String,
}

impl Rule {
    pub fn id(&self) -> &str {
        &self.id
    }
}

/// A value build.rs embedded as JSON (a built-in rule's spec, the built-in tenant facts), read
/// when it is first used: a command reads what it needs (`explain`, the rules that match), not
/// all the knowledge there is.
#[derive(Clone)]
pub struct Embedded<T> {
    json: &'static str,
    value: OnceLock<T>,
}

impl<T> Embedded<T> {
    fn json(json: &'static str) -> Embedded<T> {
        Embedded {
            json,
            value: OnceLock::new(),
        }
    }

    /// Whether the value has been read (always, for one that was not embedded).
    pub fn is_read(&self) -> bool {
        self.value.get().is_some()
    }
}

impl<T> From<T> for Embedded<T> {
    fn from(value: T) -> Embedded<T> {
        Embedded {
            json: "",
            value: OnceLock::from(value),
        }
    }
}

impl<T: serde::de::DeserializeOwned> std::ops::Deref for Embedded<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.value.get_or_init(|| {
            serde_json::from_str(self.json)
                .expect("build.rs writes the built-in knowledge in the form its types read")
        })
    }
}

impl<T: serde::de::DeserializeOwned> std::ops::DerefMut for Embedded<T> {
    fn deref_mut(&mut self) -> &mut T {
        let _ = std::ops::Deref::deref(self);
        self.value.get_mut().expect("read just above")
    }
}

impl<T: serde::de::DeserializeOwned + std::fmt::Debug> std::fmt::Debug for Embedded<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::ops::Deref::deref(self).fmt(f)
    }
}

/// Everything mdmdoc knows, checked and indexed.
#[derive(Debug)]
pub struct Knowledge {
    /// Sorted by id.
    pub rules: Vec<Rule>,
    pub index: HashMap<String, usize>,
    pub tenant: Embedded<TenantFile>,
    pub tenant_origin: String,
    pub catalog: Catalog,
    /// The rules are the built-in ones, untouched by `--rules` directories: what build.rs
    /// derived from them applies (see `explain::tables`).
    pub builtin_only: bool,
}

/// Where the knowledge comes from.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// Skip the built-in knowledge (used by `rules lint DIR` / `rules test DIR`).
    pub no_builtin: bool,
    pub rule_dirs: Vec<PathBuf>,
    pub locale_dirs: Vec<PathBuf>,
    /// Leave the built-in rules' examples unread: only `rules lint` and `rules test` use them,
    /// and they are half of what the built-in rules weigh.
    pub skip_builtin_examples: bool,
}

/// YAML parsing with the limits we want for every file we read: serde-saphyr's default budget
/// refuses alias bombs and absurd nesting; duplicate keys are errors.
pub fn parse_yaml<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, Error> {
    YAML_PARSES.fetch_add(1, Ordering::Relaxed);
    serde_saphyr::from_str::<T>(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line() as usize, l.column() as usize))
            .unwrap_or((0, 0));
        let message = yaml_message(&e);
        Error::Yaml(Located {
            file: name.to_string(),
            line,
            column,
            message,
        })
    })
}

static YAML_PARSES: AtomicUsize = AtomicUsize::new(0);

/// How many YAML documents this process has parsed: the regression guard of the start-up path
/// (the built-in knowledge loads without any, see `tests/startup.rs`).
pub fn yaml_parses() -> usize {
    YAML_PARSES.load(Ordering::Relaxed)
}

/// serde-saphyr renders a snippet of the input under its message; we print our own location, so
/// keep only the message line.
fn yaml_message(e: &serde_saphyr::Error) -> String {
    let full = e.without_snippet().to_string();
    let first = full.lines().next().unwrap_or("").trim().to_string();
    // Drop a trailing " at line X, column Y" that some messages carry: the location is ours.
    match first.rfind(" at line ") {
        Some(pos) => first[..pos].to_string(),
        None => first,
    }
}

fn read_tree(root: &Path, exts: &[&str]) -> Result<Vec<SourceFile>, Error> {
    fn walk(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) -> Result<(), Error> {
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(dir, e))?;
            let path = entry.path();
            if path.is_dir() {
                walk(&path, exts, out)?;
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| exts.contains(&e))
            {
                out.push(path);
            }
        }
        Ok(())
    }
    if !root.is_dir() {
        return Err(Error::NotADirectory(root.to_path_buf()));
    }
    let mut paths = Vec::new();
    walk(root, exts, &mut paths)?;
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e))?;
            let rel = p
                .strip_prefix(root)
                .unwrap_or(&p)
                .to_string_lossy()
                .replace('\\', "/");
            Ok(SourceFile {
                name: p.display().to_string(),
                rel,
                text: Cow::Owned(text),
                spans: None,
            })
        })
        .collect()
}

/// The rule files of each `--rules` directory, in order (the built-in rules are pre-parsed: see
/// [`builtin_rules`]).
pub fn rule_sources(sources: &Sources) -> Result<Vec<Vec<SourceFile>>, Error> {
    sources
        .rule_dirs
        .iter()
        .map(|dir| read_tree(dir, &["yaml", "yml"]))
        .collect()
}

/// A built-in rule as build.rs parsed and checked it (same types, same checks as a `--rules`
/// directory, run at build time): its spec is JSON, so that loading it parses no YAML, and is
/// read on first use (see [`Embedded`]).
pub struct BuiltinRule {
    pub id: &'static str,
    /// `rules/<area>/<id>.yaml`.
    pub origin: &'static str,
    /// The Fluent message id holding its texts.
    pub message: &'static str,
    /// The [`RuleFile`], as JSON, without its examples (see [`builtin_examples`]).
    pub spec: &'static str,
}

/// The built-in rules, sorted by id.
pub fn builtin_rules() -> &'static [BuiltinRule] {
    embedded::RULES
}

/// The built-in tenant facts' file, and the facts.
pub fn builtin_tenant() -> Option<(&'static str, Embedded<TenantFile>)> {
    embedded::TENANT.map(|(origin, json)| (origin, Embedded::json(json)))
}

/// The examples of each built-in rule, in the order of [`builtin_rules`].
pub fn builtin_examples() -> Vec<Vec<rule::Example>> {
    serde_json::from_str::<Vec<Option<Vec<rule::Example>>>>(embedded::EXAMPLES_JSON)
        .expect("build.rs writes the built-in examples in the form their types read")
        .into_iter()
        .map(Option::unwrap_or_default)
        .collect()
}

/// The Fluent files: built-in first, then each directory in order.
pub fn locale_sources(sources: &Sources) -> Result<Vec<SourceFile>, Error> {
    let mut files = Vec::new();
    if !sources.no_builtin {
        files.extend(
            embedded::LOCALES
                .iter()
                .map(|(rel, text, spans)| SourceFile {
                    name: ["locales/", rel].concat(),
                    rel: rel.to_string(),
                    text: Cow::Borrowed(text),
                    spans: Some(spans),
                }),
        );
    }
    for dir in &sources.locale_dirs {
        files.extend(read_tree(dir, &["ftl"])?);
    }
    Ok(files)
}

const TENANT_FILE: &str = "tenant.yaml";

impl Knowledge {
    /// Loads, parses and checks everything. A later layer's rule replaces an earlier one with the
    /// same id; the same id twice within one layer is an error.
    pub fn load(sources: &Sources) -> Result<Knowledge, Error> {
        // Sorted by id.
        let mut rules: Vec<Rule> = Vec::new();
        let mut tenant = Embedded::from(TenantFile::default());
        let mut tenant_origin = String::new();
        if !sources.no_builtin {
            if let Some((origin, facts)) = builtin_tenant() {
                tenant = facts;
                tenant_origin = origin.to_string();
            }
            let mut examples = if sources.skip_builtin_examples {
                Vec::new()
            } else {
                builtin_examples()
            }
            .into_iter();
            rules.extend(builtin_rules().iter().map(|b| {
                let mut spec: Embedded<RuleFile> = Embedded::json(b.spec);
                if let Some(examples) = examples.next() {
                    spec.examples = examples;
                }
                Rule {
                    id: b.id.to_string(),
                    spec,
                    origin: b.origin.to_string(),
                    message: b.message.to_string(),
                }
            }));
        }
        // The rules build.rs did not check (see `check_references`).
        let mut unchecked = HashSet::new();
        for layer in rule_sources(sources)? {
            let mut seen: HashMap<String, String> = HashMap::new();
            for file in layer {
                if file.rel == TENANT_FILE {
                    let t: TenantFile = parse_yaml(&file.name, &file.text)?;
                    tenant.facts.extend(t.facts);
                    tenant_origin = file.name.clone();
                    continue;
                }
                let spec: RuleFile = parse_yaml(&file.name, &file.text)?;
                if let Some(first) = seen.insert(spec.id.clone(), file.name.clone()) {
                    return Err(Error::DuplicateRule {
                        id: spec.id,
                        first,
                        second: file.name,
                    });
                }
                check_rule_shape(&spec, &file.name)?;
                unchecked.insert(spec.id.clone());
                let rule = Rule {
                    id: spec.id.clone(),
                    message: spec.message.clone().unwrap_or_else(|| spec.id.clone()),
                    spec: spec.into(),
                    origin: file.name,
                };
                match rules.binary_search_by(|r| r.id.cmp(&rule.id)) {
                    Ok(i) => rules[i] = rule,
                    Err(i) => rules.insert(i, rule),
                }
            }
        }
        let catalog = Catalog::load(locale_sources(sources)?)?;
        // Every reader's chain ends with the fallback locale: a broken file there is an error
        // whatever the command.
        catalog.open(crate::i18n::FALLBACK)?;
        let index = rules
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let knowledge = Knowledge {
            rules,
            index,
            tenant,
            tenant_origin,
            catalog,
            builtin_only: !sources.no_builtin && unchecked.is_empty(),
        };
        let unchecked: Vec<&Rule> = knowledge
            .rules
            .iter()
            .filter(|r| unchecked.contains(r.id()))
            .collect();
        knowledge.check_references(&unchecked)?;
        Ok(knowledge)
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.index.get(id).map(|&i| &self.rules[i])
    }

    /// What every command relies on: each rule's message exists in the fallback locale, every
    /// tenant fact and `explains` target exists. build.rs checked the built-in rules, and what
    /// `--rules` and `--locales` directories add cannot remove what they refer to: only the
    /// rules of those directories are left to check.
    fn check_references(&self, rules: &[&Rule]) -> Result<(), Error> {
        for rule in rules {
            if !self
                .catalog
                .has_message(crate::i18n::FALLBACK, &rule.message)
            {
                return Err(Error::MissingMessage {
                    file: rule.origin.clone(),
                    rule: rule.id.clone(),
                    message: rule.message.clone(),
                    locale: crate::i18n::FALLBACK.to_string(),
                });
            }
            for target in &rule.spec.explains {
                if !self.index.contains_key(target) {
                    return Err(Error::RuleShape {
                        file: rule.origin.clone(),
                        message: format!(
                            "`explains` names `{target}`, which is not a rule id; fix the id or remove it"
                        ),
                    });
                }
            }
            if let Some(state) = &rule.spec.state {
                let mut unknown = None;
                let mut visit = |name: &str| {
                    if !self.tenant.facts.contains_key(name) && unknown.is_none() {
                        unknown = Some(name.to_string());
                    }
                };
                state.when.visit_tenant_refs(&mut visit);
                for sw in &state.severity_when {
                    sw.when.visit_tenant_refs(&mut visit);
                }
                for arg in state.args.values() {
                    if let value::ArgSpec::Tenant(name) = arg {
                        visit(name);
                    }
                }
                if let Some(name) = unknown {
                    return Err(Error::RuleShape {
                        file: rule.origin.clone(),
                        message: format!(
                            "the tenant fact `{name}` is not declared in rules/{TENANT_FILE}; declare it there or fix the name"
                        ),
                    });
                }
            }
        }
        Ok(())
    }
}

/// Checks what the types cannot say.
fn check_rule_shape(spec: &RuleFile, file: &str) -> Result<(), Error> {
    shape::check(spec, crate::snapshot::COLLECTIONS).map_err(|message| Error::RuleShape {
        file: file.to_string(),
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What build.rs embeds is exactly what parsing the YAML gives: same rules, same order, same
    /// origins, same values (compared through `Debug`, which shows every field).
    #[test]
    fn the_pre_parsed_builtin_rules_equal_the_yaml() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let files = read_tree(&root, &["yaml", "yml"]).unwrap();
        let examples = builtin_examples();
        let mut embedded_rules = 0;
        let mut saw_tenant = false;
        for file in &files {
            let name = format!("rules/{}", file.rel);
            if file.rel == TENANT_FILE {
                let t: TenantFile = parse_yaml(&name, &file.text).unwrap();
                let (origin, file) = builtin_tenant().expect("tenant.yaml is embedded");
                assert_eq!(origin, name);
                assert_eq!(format!("{file:?}"), format!("{t:?}"));
                assert!(file.is_read());
                saw_tenant = true;
                continue;
            }
            let spec: RuleFile = parse_yaml(&name, &file.text).unwrap();
            let i = builtin_rules()
                .iter()
                .position(|b| b.id == spec.id)
                .expect("every rule file is embedded");
            let b = &builtin_rules()[i];
            embedded_rules += 1;
            assert_eq!(b.origin, name);
            assert_eq!(b.id, spec.id);
            assert_eq!(b.message, spec.message.as_ref().unwrap_or(&spec.id));
            let mut embedded: Embedded<RuleFile> = Embedded::json(b.spec);
            embedded.examples = examples[i].clone();
            assert_eq!(format!("{embedded:?}"), format!("{spec:?}"), "{name}");
        }
        assert!(saw_tenant);
        assert_eq!(
            embedded_rules,
            builtin_rules().len(),
            "no embedded rule without a file"
        );
        assert!(builtin_rules().is_sorted_by_key(|b| b.id));
    }
}
