//! The knowledge base: rules (YAML) and messages (Fluent), loaded once from the copy embedded in
//! the binary and from any `--rules` / `--locales` directories, then checked and indexed.

pub mod condition;
pub mod lint;
pub mod rule;
pub mod value;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

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
    pub text: String,
}

/// One loaded rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub spec: RuleFile,
    /// The file it came from.
    pub origin: String,
    /// The Fluent message id holding its texts.
    pub message: String,
}

impl Rule {
    pub fn id(&self) -> &str {
        &self.spec.id
    }
}

/// Everything mdmdoc knows, checked and indexed.
#[derive(Debug)]
pub struct Knowledge {
    /// Sorted by id.
    pub rules: Vec<Rule>,
    pub index: HashMap<String, usize>,
    pub tenant: TenantFile,
    pub tenant_origin: String,
    pub catalog: Catalog,
}

/// Where the knowledge comes from.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// Skip the built-in knowledge (used by `rules lint DIR` / `rules test DIR`).
    pub no_builtin: bool,
    pub rule_dirs: Vec<PathBuf>,
    pub locale_dirs: Vec<PathBuf>,
}

/// YAML parsing with the limits we want for every file we read: serde-saphyr's default budget
/// refuses alias bombs and absurd nesting; duplicate keys are errors.
pub fn parse_yaml<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, Error> {
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
                text,
            })
        })
        .collect()
}

fn builtin(tree: &'static [(&'static str, &'static str)], prefix: &str) -> Vec<SourceFile> {
    tree.iter()
        .map(|(rel, text)| SourceFile {
            name: format!("{prefix}/{rel}"),
            rel: rel.to_string(),
            text: text.to_string(),
        })
        .collect()
}

/// The rule files: built-in first, then each directory in order.
pub fn rule_sources(sources: &Sources) -> Result<Vec<Vec<SourceFile>>, Error> {
    let mut layers = Vec::new();
    if !sources.no_builtin {
        layers.push(builtin(embedded::RULES, "rules"));
    }
    for dir in &sources.rule_dirs {
        layers.push(read_tree(dir, &["yaml", "yml"])?);
    }
    Ok(layers)
}

/// The Fluent files: built-in first, then each directory in order.
pub fn locale_sources(sources: &Sources) -> Result<Vec<SourceFile>, Error> {
    let mut files = Vec::new();
    if !sources.no_builtin {
        files.extend(builtin(embedded::LOCALES, "locales"));
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
        let mut rules: BTreeMap<String, Rule> = BTreeMap::new();
        let mut tenant = TenantFile::default();
        let mut tenant_origin = String::new();
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
                let message = spec.message.clone().unwrap_or_else(|| spec.id.clone());
                rules.insert(
                    spec.id.clone(),
                    Rule {
                        spec,
                        origin: file.name,
                        message,
                    },
                );
            }
        }
        let catalog = Catalog::load(locale_sources(sources)?)?;
        let rules: Vec<Rule> = rules.into_values().collect();
        let index = rules
            .iter()
            .enumerate()
            .map(|(i, r)| (r.spec.id.clone(), i))
            .collect();
        let knowledge = Knowledge {
            rules,
            index,
            tenant,
            tenant_origin,
            catalog,
        };
        knowledge.check_references()?;
        Ok(knowledge)
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.index.get(id).map(|&i| &self.rules[i])
    }

    /// What every command relies on: each rule's message exists in the fallback locale, every
    /// tenant fact and `explains` target exists.
    fn check_references(&self) -> Result<(), Error> {
        for rule in &self.rules {
            if !self
                .catalog
                .has_message(crate::i18n::FALLBACK, &rule.message)
            {
                return Err(Error::MissingMessage {
                    file: rule.origin.clone(),
                    rule: rule.spec.id.clone(),
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
    let fail = |message: String| {
        Err(Error::RuleShape {
            file: file.to_string(),
            message,
        })
    };
    let id_ok = !spec.id.is_empty()
        && spec
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !spec.id.starts_with('-')
        && !spec.id.ends_with('-');
    if !id_ok {
        return fail(format!(
            "rule id `{}` must be kebab-case (a-z, 0-9 and -)",
            spec.id
        ));
    }
    if spec.text.is_none() && spec.state.is_none() {
        return fail("the rule has neither `text:` nor `state:`; add at least one".into());
    }
    if let Some(text) = &spec.text {
        if text.codes.is_empty() && text.phrases.is_empty() && text.patterns.is_empty() {
            return fail("`text:` needs at least one of codes, phrases, patterns".into());
        }
        for p in &text.patterns {
            // The syntax only: compiling waits until a text needs the pattern.
            if let Err(e) = regex_syntax::ParserBuilder::new().build().parse(p) {
                return fail(format!(
                    "pattern `{p}` is not a valid regular expression: {e}"
                ));
            }
        }
    }
    if let Some(state) = &spec.state {
        match (&state.for_each, &state.for_each_group) {
            (Some(_), None) | (None, Some(_)) => {}
            _ => {
                return fail(
                    "`state:` needs exactly one of `for-each:` and `for-each-group:`".into(),
                );
            }
        }
        let collection = state
            .for_each
            .as_deref()
            .or(state.for_each_group.as_ref().map(|g| g.of.as_str()))
            .unwrap_or_default();
        if collection != "tenant" && !crate::snapshot::COLLECTIONS.contains(&collection) {
            return fail(format!(
                "`{collection}` is not a snapshot collection; use one of {} or tenant",
                crate::snapshot::COLLECTIONS.join(", ")
            ));
        }
        // Records are evaluated as they stream by, before tenant facts are known: only group
        // and tenant evaluations may compare against tenant facts.
        if state.for_each.as_deref().is_some_and(|c| c != "tenant") {
            let mut uses_tenant = false;
            state.when.visit_tenant_refs(&mut |_| uses_tenant = true);
            for sw in &state.severity_when {
                sw.when.visit_tenant_refs(&mut |_| uses_tenant = true);
            }
            if uses_tenant {
                return fail("a per-record rule cannot compare against tenant facts (records are evaluated as they stream by); use `for-each-group:` or `for-each: tenant`".into());
            }
        }
    }
    for doc in &spec.docs {
        if doc.learn.is_some() == doc.url.is_some() {
            return fail("each doc link needs exactly one of `learn:` and `url:`".into());
        }
        if let Some(l) = &doc.learn
            && (l.starts_with("http") || l.starts_with('/') || l.starts_with("en-us"))
        {
            return fail(format!(
                "`learn: {l}` must be a path without host or locale, e.g. intune/device-enrollment/apple/setup-apple-token"
            ));
        }
    }
    Ok(())
}
