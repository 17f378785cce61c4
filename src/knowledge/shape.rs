//! The checks on a rule that its types cannot express. Shared with `build.rs`, which runs them
//! on the built-in rules at build time (so this file uses only `super::rule` and std).

use super::rule::RuleFile;

/// Checks what the types cannot say.
pub fn check(spec: &RuleFile, collections: &[&str]) -> Result<(), String> {
    let fail = |message: String| Err(message);
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
        if collection != "tenant" && !collections.contains(&collection) {
            return fail(format!(
                "`{collection}` is not a snapshot collection; use one of {} or tenant",
                collections.join(", ")
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
