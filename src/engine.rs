//! Rules × snapshot → findings. Language-neutral: a finding is a rule, a severity, a subject
//! and typed arguments; text comes only when rendering.
//!
//! Evaluation is one streaming pass: per-record rules are evaluated as each record arrives,
//! group rules keep one counter per group key, tenant facts are folded as their collection goes
//! by. Group and tenant rules are evaluated at the end, when the tenant facts are known.

use std::collections::{BTreeMap, HashMap, HashSet};

use jiff::Timestamp;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::Error;
use crate::groups::{GroupCounts, RESIDENT_GROUPS};
use crate::knowledge::Knowledge;
use crate::knowledge::condition::{Scope, Skip};
use crate::knowledge::rule::{Severity, StateMatch, SubjectSpec, TenantValue};
use crate::knowledge::value::{ArgSpec, ArgValue, FieldPath, parse_timestamp};
use crate::snapshot::{self, Absorb, Input, Judge, Judged, Projection, Records, Sink};

/// What a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Subject {
    pub kind: String,
    pub id: String,
    pub name: Option<String>,
    #[serde(skip)]
    pub user: Option<String>,
    #[serde(skip)]
    pub device: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Finding {
    /// Index into `Knowledge::rules`.
    pub rule: usize,
    pub severity: Severity,
    pub subject: Subject,
    pub args: Args,
    /// The finding that explains this one (a root cause), if any.
    pub explained_by: Option<RootCause>,
}

/// A finding's Fluent arguments, by name in name order: a compact list (a tenant can have a
/// hundred thousand findings; a map would take a node of 600 bytes each).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args(Box<[(Box<str>, ArgValue)]>);

impl Args {
    pub fn get(&self, name: &str) -> Option<&ArgValue> {
        self.0.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &ArgValue)> {
        self.0.iter().map(|(k, v)| (&**k, v))
    }
}

impl From<BTreeMap<String, ArgValue>> for Args {
    fn from(map: BTreeMap<String, ArgValue>) -> Args {
        Args(map.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }
}

/// A reference to the finding that is the root cause of another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RootCause {
    pub rule: String,
    pub subject: String,
}

/// Subjects that stand for the whole tenant: a finding about one of them can explain findings
/// about any subject.
const TENANT_WIDE: &[&str] = &["tenant", "organization", "applePushNotificationCertificate"];

/// A record a rule could not judge because a value did not parse.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct SkipNote {
    pub rule: String,
    pub subject: String,
    pub field: String,
    pub value: String,
    pub expected: String,
}

#[derive(Debug, Clone)]
pub struct Diagnosis {
    pub now: Timestamp,
    /// Sorted by severity, rule id, subject.
    pub findings: Vec<Finding>,
    pub skipped: Vec<SkipNote>,
    /// The collections the snapshot held.
    pub collected: Vec<String>,
    /// The tenant facts (`rules/tenant.yaml`), e.g. `tenant-name`, as far as they are known.
    pub tenant: Map<String, Value>,
}

/// Narrows a diagnosis to one user or device.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub user: Option<String>,
    pub device: Option<String>,
    pub min_severity: Option<Severity>,
}

/// A compiled evaluation plan: which rules look at which collection.
struct Plan<'k> {
    knowledge: &'k Knowledge,
    per_record: HashMap<&'k str, Vec<usize>>,
    groups: Vec<usize>,
    tenant_rules: Vec<usize>,
    projection: Projection,
}

impl<'k> Plan<'k> {
    fn new(knowledge: &'k Knowledge) -> Plan<'k> {
        let mut per_record: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut groups = Vec::new();
        let mut tenant_rules = Vec::new();
        let mut fields: HashMap<String, HashSet<String>> = HashMap::new();
        // Tenant facts read their collection even when no field of it is needed (counts).
        for fact in knowledge.tenant.facts.values() {
            fields.entry(fact.from.clone()).or_default();
        }
        let mut keep = |collection: &str, path: &FieldPath| {
            let set = fields.entry(collection.to_string()).or_default();
            // A key may itself hold dots (`@odata.type`): keep the whole path and its first part.
            set.insert(path.0.clone());
            set.insert(path.top_key().to_string());
        };
        for (i, rule) in knowledge.rules.iter().enumerate() {
            let Some(state) = &rule.spec.state else {
                continue;
            };
            if let Some(group) = &state.for_each_group {
                groups.push(i);
                keep(&group.of, &group.by);
                if let Some(w) = &group.r#where {
                    w.visit_fields(&mut |p| keep(&group.of, p));
                }
            } else if let Some(c) = state.for_each.as_deref() {
                if c == "tenant" {
                    tenant_rules.push(i);
                } else {
                    per_record.entry(c).or_default().push(i);
                    for p in state_fields(state) {
                        keep(c, p);
                    }
                }
            }
        }
        for fact in knowledge.tenant.facts.values() {
            if let Some(w) = &fact.r#where {
                w.visit_fields(&mut |p| keep(&fact.from, p));
            }
            if let TenantValue::Field(p) = &fact.value {
                keep(&fact.from, p);
            }
        }
        let projection = Projection {
            fields: fields.into_iter().map(|(k, v)| (k, Some(v))).collect(),
        };
        Plan {
            knowledge,
            per_record,
            groups,
            tenant_rules,
            projection,
        }
    }
}

/// Every field a per-record rule reads: conditions, severity overrides, subject, arguments.
fn state_fields(state: &StateMatch) -> Vec<&FieldPath> {
    let mut out = Vec::new();
    state.when.visit_fields(&mut |p| out.push(p));
    for sw in &state.severity_when {
        sw.when.visit_fields(&mut |p| out.push(p));
    }
    let s = &state.subject;
    out.extend([&s.id, &s.name, &s.user, &s.device].into_iter().flatten());
    for arg in state.args.values() {
        match arg {
            ArgSpec::Field(p)
            | ArgSpec::Date(p)
            | ArgSpec::DaysUntil(p)
            | ArgSpec::DaysSince(p)
            | ArgSpec::HoursSince(p)
            | ArgSpec::MinutesSince(p) => out.push(p),
            ArgSpec::CeilDiv(c) => out.push(&c.field),
            ArgSpec::Fact(_) | ArgSpec::Tenant(_) => {}
        }
    }
    out
}

/// Folds the snapshot as it streams by.
struct Evaluator<'p, 'k> {
    plan: &'p Plan<'k>,
    now: Timestamp,
    present: Vec<String>,
    findings: Vec<Finding>,
    skipped: Vec<SkipNote>,
    /// Per group rule: key → (count, first record's display key).
    group_counts: HashMap<usize, GroupCounts>,
    /// The first temporary file that could not be written (group counts that spilled).
    spill_error: Option<std::io::Error>,
    tenant: Map<String, Value>,
    record_index: HashMap<String, usize>,
}

/// What a run of consecutive records gave: made on any thread, absorbed in file order.
#[derive(Default)]
struct Part {
    records: usize,
    findings: Vec<Finding>,
    skipped: Vec<SkipNote>,
    /// Per record counted in a group: the group rule, the hash of the lowercased key, and where
    /// the key ends in `keys`.
    groups: Vec<(usize, u64, usize)>,
    keys: String,
    /// Per tenant fact (in the order of `Knowledge::tenant.facts`): records counted, and the
    /// first value found.
    counts: Vec<u64>,
    values: Vec<Option<Value>>,
}

/// The pure half of an evaluator: judges records on any thread.
#[derive(Clone, Copy)]
struct Judger<'p, 'k> {
    plan: &'p Plan<'k>,
    now: Timestamp,
}

impl Judger<'_, '_> {
    /// Judges one record.
    fn judge_record(&self, collection: &str, index: usize, record: &Value, part: &mut Part) {
        part.records += 1;
        let scope = Scope {
            now: self.now,
            tenant: None,
        };
        let k = self.plan.knowledge;
        if let Some(rules) = self.plan.per_record.get(collection) {
            for &r in rules {
                let state = k.rules[r].spec.state.as_ref().expect("planned");
                let fallback_id = || format!("{collection}[{index}]");
                judge(
                    self.plan,
                    self.now,
                    r,
                    state,
                    record,
                    &scope,
                    &fallback_id,
                    None,
                    &mut part.findings,
                    &mut part.skipped,
                );
            }
        }
        for &r in &self.plan.groups {
            let group = k.rules[r]
                .spec
                .state
                .as_ref()
                .and_then(|s| s.for_each_group.as_ref())
                .expect("planned");
            if group.of != collection {
                continue;
            }
            if let Some(w) = &group.r#where {
                let mut skips = Vec::new();
                if !w.eval(record, &scope, &mut skips).is_true() {
                    continue;
                }
            }
            let Some(key) = group.by.lookup(record).and_then(scalar_str) else {
                continue;
            };
            let h = GroupCounts::hash(&GroupCounts::lower(&key));
            part.keys.push_str(&key);
            part.groups.push((r, h, part.keys.len()));
        }
        for (i, (_, fact)) in k.tenant.facts.iter().enumerate() {
            if fact.from != collection {
                continue;
            }
            if let Some(w) = &fact.r#where {
                let mut skips = Vec::new();
                if !w.eval(record, &scope, &mut skips).is_true() {
                    continue;
                }
            }
            if part.counts.is_empty() {
                part.counts = vec![0; k.tenant.facts.len()];
                part.values = vec![None; k.tenant.facts.len()];
            }
            match &fact.value {
                TenantValue::Count => part.counts[i] += 1,
                TenantValue::Field(p) => {
                    if part.values[i].is_none()
                        && let Some(v) = p.lookup(record).filter(|v| !v.is_null())
                    {
                        part.values[i] = Some(v.clone());
                    }
                }
            }
        }
    }
}

impl Evaluator<'_, '_> {
    /// Takes in what a run of records gave, in file order.
    fn absorb_part(&mut self, collection: &str, mut part: Part) {
        match self.record_index.get_mut(collection) {
            Some(i) => *i += part.records,
            None => {
                self.record_index
                    .insert(collection.to_string(), part.records);
            }
        }
        self.findings.extend(part.findings);
        self.skipped.extend(part.skipped);
        let mut start = 0;
        let mut counts: Option<(usize, &mut GroupCounts)> = None;
        for (r, h, end) in part.groups {
            let key = &part.keys[start..end];
            start = end;
            let added = match &mut counts {
                Some((rule, c)) if *rule == r => c.add(key, h),
                _ => {
                    let c = self
                        .group_counts
                        .entry(r)
                        .or_insert_with(|| GroupCounts::with_limit(RESIDENT_GROUPS));
                    let added = c.add(key, h);
                    counts = Some((r, c));
                    added
                }
            };
            if let Err(e) = added {
                self.spill_error.get_or_insert(e);
            }
        }
        if part.counts.is_empty() {
            return;
        }
        let facts = &self.plan.knowledge.tenant.facts;
        for (i, (name, fact)) in facts.iter().enumerate() {
            match &fact.value {
                TenantValue::Count if part.counts[i] > 0 => {
                    let n = self.tenant.get(name).and_then(Value::as_u64).unwrap_or(0);
                    self.tenant
                        .insert(name.clone(), Value::from(n + part.counts[i]));
                }
                TenantValue::Field(_) => {
                    if !self.tenant.contains_key(name)
                        && let Some(v) = part.values[i].take()
                    {
                        self.tenant.insert(name.clone(), v);
                    }
                }
                TenantValue::Count => {}
            }
        }
    }
}

impl Sink for Evaluator<'_, '_> {
    fn present(&mut self, collection: &str) {
        if !self.present.iter().any(|c| c == collection) {
            self.present.push(collection.to_string());
        }
        for (name, fact) in &self.plan.knowledge.tenant.facts {
            if fact.from == collection && matches!(fact.value, TenantValue::Count) {
                self.tenant.entry(name.clone()).or_insert(Value::from(0u64));
            }
        }
    }

    fn record(&mut self, collection: &str, record: Value) {
        let index = self.seen(collection);
        let mut part = Part::default();
        let judger = Judger {
            plan: self.plan,
            now: self.now,
        };
        judger.judge_record(collection, index, &record, &mut part);
        self.absorb_part(collection, part);
    }
}

impl Absorb for Evaluator<'_, '_> {
    fn seen(&self, collection: &str) -> usize {
        self.record_index.get(collection).copied().unwrap_or(0)
    }

    fn absorb(&mut self, collection: &str, judged: Judged) {
        let part = judged
            .downcast::<Part>()
            .expect("judged by this evaluator's judge");
        self.absorb_part(collection, *part);
    }
}

impl Judge for Judger<'_, '_> {
    fn judge(&self, collection: &str, first: usize, records: &mut dyn Records) -> Judged {
        let mut part = Part::default();
        let mut index = first;
        while let Some(record) = records.next_record() {
            self.judge_record(collection, index, record, &mut part);
            index += 1;
        }
        Box::new(part)
    }
}

/// An evaluator with its judge apart, so the reader can judge records on every core while the
/// evaluator takes the judgements in.
struct Parallel<'p, 'k> {
    judger: Judger<'p, 'k>,
    ev: Evaluator<'p, 'k>,
}

impl Sink for Parallel<'_, '_> {
    fn present(&mut self, collection: &str) {
        self.ev.present(collection);
    }

    fn record(&mut self, collection: &str, record: Value) {
        self.ev.record(collection, record);
    }

    fn split(&mut self) -> Option<(&dyn Judge, &mut dyn Absorb)> {
        Some((&self.judger, &mut self.ev))
    }
}

impl Parallel<'_, '_> {
    fn finish(self) -> Result<Diagnosis, Error> {
        self.ev.finish()
    }
}

/// Group counts spill to temporary files (see [`crate::groups`]); the error names where.
fn spill_error(source: std::io::Error) -> Error {
    Error::Spill {
        dir: std::env::temp_dir(),
        source,
    }
}

/// A group key: a non-empty string or a number.
fn scalar_str(v: &Value) -> Option<std::borrow::Cow<'_, str>> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.as_str().into()),
        Value::Number(n) => Some(n.to_string().into()),
        _ => None,
    }
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Evaluates one rule on one record, adding its finding and the values it could not read.
#[allow(clippy::too_many_arguments)]
fn judge(
    plan: &Plan<'_>,
    now: Timestamp,
    r: usize,
    state: &StateMatch,
    record: &Value,
    scope: &Scope<'_>,
    fallback_id: &dyn Fn() -> String,
    tenant: Option<&Map<String, Value>>,
    findings: &mut Vec<Finding>,
    skipped: &mut Vec<SkipNote>,
) {
    let mut skips = Vec::new();
    let hit = state.when.eval(record, scope, &mut skips).is_true();
    if !hit && skips.is_empty() {
        return;
    }
    let subject = subject(&state.subject, record, fallback_id);
    let rule = &plan.knowledge.rules[r];
    note_skips(skipped, rule.id(), &subject, skips);
    if !hit {
        return;
    }
    let mut severity = rule.spec.severity;
    for sw in &state.severity_when {
        let mut skips = Vec::new();
        if sw.when.eval(record, scope, &mut skips).is_true() {
            severity = sw.severity;
            break;
        }
    }
    let args = compute_args(&state.args, record, now, tenant, None).into();
    findings.push(Finding {
        rule: r,
        severity,
        subject,
        args,
        explained_by: None,
    });
}

fn note_skips(skipped: &mut Vec<SkipNote>, rule: &str, subject: &Subject, skips: Vec<Skip>) {
    for s in skips {
        skipped.push(SkipNote {
            rule: rule.to_string(),
            subject: subject.name.clone().unwrap_or_else(|| subject.id.clone()),
            field: s.field,
            value: s.value,
            expected: s.expected.to_string(),
        });
    }
}

impl Evaluator<'_, '_> {
    fn evaluate(
        &mut self,
        r: usize,
        state: &StateMatch,
        record: &Value,
        scope: &Scope<'_>,
        fallback_id: &dyn Fn() -> String,
        tenant: Option<&Map<String, Value>>,
    ) {
        judge(
            self.plan,
            self.now,
            r,
            state,
            record,
            scope,
            fallback_id,
            tenant,
            &mut self.findings,
            &mut self.skipped,
        );
    }

    fn finish(mut self) -> Result<Diagnosis, Error> {
        if let Some(e) = self.spill_error.take() {
            return Err(spill_error(e));
        }
        let k = self.plan.knowledge;
        let tenant = std::mem::take(&mut self.tenant);
        let scope = Scope {
            now: self.now,
            tenant: Some(&tenant),
        };
        let mut group_counts = std::mem::take(&mut self.group_counts);
        for &r in &self.plan.groups {
            let state = k.rules[r].spec.state.as_ref().expect("planned");
            // Evaluation order does not matter: findings and notes are sorted below.
            let groups = group_counts.remove(&r).unwrap_or_default();
            // One record for every group, its two fields overwritten in place.
            let mut record = Value::Object(Map::from_iter([
                ("key".to_string(), Value::String(String::new())),
                ("count".to_string(), Value::from(0u64)),
            ]));
            // Most groups fail a condition on their count alone: when the condition does not
            // read the key, the key (a cache miss into the arena) is read only for the others.
            let mut reads_key = false;
            state
                .when
                .visit_fields(&mut |p| reads_key |= p.top_key() == "key");
            let counted = groups.for_each(&mut |key, count| {
                record["count"] = Value::from(count);
                if !reads_key {
                    let mut skips = Vec::new();
                    if !state.when.eval(&record, &scope, &mut skips).is_true() && skips.is_empty() {
                        return;
                    }
                }
                let key = key.get();
                if let Value::String(k) = &mut record["key"] {
                    k.clear();
                    k.push_str(key);
                }
                self.evaluate(
                    r,
                    state,
                    &record,
                    &scope,
                    &|| key.to_string(),
                    Some(&tenant),
                );
            });
            counted.map_err(spill_error)?;
        }
        if !self.present.is_empty() {
            let record = Value::Object(tenant.clone());
            for &r in &self.plan.tenant_rules {
                let state = k.rules[r].spec.state.as_ref().expect("planned");
                self.evaluate(
                    r,
                    state,
                    &record,
                    &scope,
                    &|| "tenant".into(),
                    Some(&tenant),
                );
            }
        }
        let mut findings = self.findings;
        findings.sort_by(|a, b| {
            (a.severity, k.rules[a.rule].id(), &a.subject).cmp(&(
                b.severity,
                k.rules[b.rule].id(),
                &b.subject,
            ))
        });
        let mut skipped = self.skipped;
        skipped.sort();
        skipped.dedup();
        Ok(Diagnosis {
            tenant,
            now: self.now,
            findings,
            skipped,
            collected: self.present,
        })
    }
}

fn subject(spec: &SubjectSpec, record: &Value, fallback_id: &dyn Fn() -> String) -> Subject {
    let get = |p: &Option<FieldPath>| {
        p.as_ref()
            .and_then(|p| p.lookup(record))
            .and_then(scalar_text)
    };
    Subject {
        kind: spec.kind.clone(),
        id: get(&spec.id).unwrap_or_else(fallback_id),
        name: get(&spec.name),
        user: get(&spec.user),
        device: get(&spec.device),
    }
}

/// Computes a rule's Fluent arguments. Arguments whose source is missing are left out (the
/// renderer then omits the sentence that needs them).
pub fn compute_args(
    specs: &BTreeMap<String, ArgSpec>,
    record: &Value,
    now: Timestamp,
    tenant: Option<&Map<String, Value>>,
    facts: Option<&Map<String, Value>>,
) -> BTreeMap<String, ArgValue> {
    let mut out = BTreeMap::new();
    let time = |p: &FieldPath| {
        p.lookup(record)
            .and_then(Value::as_str)
            .and_then(parse_timestamp)
    };
    let span = |p: &FieldPath, unit: i64, future: bool| {
        time(p).map(|t| {
            let secs = if future {
                t.as_second() - now.as_second()
            } else {
                now.as_second() - t.as_second()
            };
            ArgValue::Number((secs.max(0) / unit) as f64)
        })
    };
    for (name, spec) in specs {
        let value = match spec {
            ArgSpec::Field(p) => p.lookup(record).and_then(ArgValue::from_json),
            ArgSpec::Date(p) => time(p).map(ArgValue::Date),
            ArgSpec::DaysUntil(p) => span(p, 86_400, true),
            ArgSpec::DaysSince(p) => span(p, 86_400, false),
            ArgSpec::HoursSince(p) => span(p, 3_600, false),
            ArgSpec::MinutesSince(p) => span(p, 60, false),
            ArgSpec::CeilDiv(c) => c
                .field
                .lookup(record)
                .and_then(crate::knowledge::value::json_f64)
                .map(|n| ArgValue::Number((n / c.by.max(1) as f64).ceil())),
            ArgSpec::Fact(f) => facts.and_then(|m| m.get(f)).and_then(ArgValue::from_json),
            ArgSpec::Tenant(f) => tenant.and_then(|m| m.get(f)).and_then(ArgValue::from_json),
        };
        if let Some(v) = value {
            out.insert(name.clone(), v);
        }
    }
    out
}

/// Which fields of each collection the loaded rules read (what a snapshot needs to hold; `collect`
/// derives its `$select` from it).
pub fn projection(knowledge: &Knowledge) -> Projection {
    Plan::new(knowledge).projection
}

/// Diagnoses a snapshot from a file, directory or stdin.
pub fn diagnose(knowledge: &Knowledge, input: &Input, now: Timestamp) -> Result<Diagnosis, Error> {
    run(knowledge, now, |projection, sink| {
        snapshot::read(input, projection, sink)
    })
}

/// Diagnoses an in-memory snapshot (single-document form).
pub fn diagnose_value(
    knowledge: &Knowledge,
    value: &Value,
    name: &str,
    now: Timestamp,
) -> Result<Diagnosis, Error> {
    run(knowledge, now, |projection, sink| {
        snapshot::read_value(value, name, projection, sink)
    })
}

/// Diagnoses a single-document snapshot held in memory (JSON or YAML), e.g. an HTTP body.
pub fn diagnose_bytes(
    knowledge: &Knowledge,
    bytes: &[u8],
    name: &str,
    now: Timestamp,
) -> Result<Diagnosis, Error> {
    run(knowledge, now, |projection, sink| {
        snapshot::read_bytes(bytes, name, projection, sink)
    })
}

/// Plans, streams the snapshot `read` gives through the rules, and links root causes.
fn run(
    knowledge: &Knowledge,
    now: Timestamp,
    read: impl FnOnce(&Projection, &mut dyn Sink) -> Result<(), Error>,
) -> Result<Diagnosis, Error> {
    let plan = Plan::new(knowledge);
    let mut ev = evaluator(&plan, now);
    read(&plan.projection, &mut ev)?;
    let mut d = ev.finish()?;
    d.link_root_causes(knowledge);
    Ok(d)
}

fn evaluator<'p, 'k>(plan: &'p Plan<'k>, now: Timestamp) -> Parallel<'p, 'k> {
    let ev = Evaluator {
        plan,
        now,
        present: Vec::new(),
        findings: Vec::new(),
        skipped: Vec::new(),
        group_counts: HashMap::new(),
        spill_error: None,
        tenant: Map::new(),
        record_index: HashMap::new(),
    };
    Parallel {
        judger: Judger { plan, now },
        ev,
    }
}

impl Diagnosis {
    /// Keeps what concerns one user or device (tenant-wide findings always concern them) and
    /// what is at least as severe as the threshold.
    pub fn filter(&mut self, filter: &Filter) {
        let eq =
            |a: &Option<String>, b: &str| a.as_deref().is_some_and(|a| a.eq_ignore_ascii_case(b));
        self.findings.retain(|f| {
            if let Some(min) = filter.min_severity
                && !f.severity.at_least(min)
            {
                return false;
            }
            let scoped = f.subject.user.is_some() || f.subject.device.is_some();
            if let Some(u) = &filter.user
                && scoped
                && !eq(&f.subject.user, u)
            {
                return false;
            }
            if let Some(d) = &filter.device
                && scoped
                && !eq(&f.subject.device, d)
            {
                return false;
            }
            true
        });
    }

    /// Links each finding to the root cause that explains it: a finding of a rule listed in
    /// another finding's `explains`, on the same subject (or any subject, when the root cause is
    /// tenant-wide). The most severe root cause wins.
    pub fn link_root_causes(&mut self, k: &Knowledge) {
        // Linear in the number of findings (a tenant can have hundreds of thousands): per
        // explained rule, the first root cause (findings are sorted, so the most severe) that is
        // tenant-wide, and the first per subject.
        #[derive(Default)]
        struct Roots {
            tenant_wide: Option<usize>,
            by_subject: HashMap<(String, String), usize>,
        }
        let mut targets: HashMap<&str, Roots> = HashMap::new();
        for (pos, f) in self.findings.iter().enumerate() {
            for target in &k.rules[f.rule].spec.explains {
                let roots = targets.entry(target.as_str()).or_default();
                if TENANT_WIDE.contains(&f.subject.kind.as_str()) {
                    roots.tenant_wide.get_or_insert(pos);
                } else {
                    roots
                        .by_subject
                        .entry((f.subject.kind.clone(), f.subject.id.clone()))
                        .or_insert(pos);
                }
            }
        }
        if targets.is_empty() {
            return;
        }
        let links: Vec<Option<RootCause>> = self
            .findings
            .iter()
            .map(|f| {
                let roots = targets.get(k.rules[f.rule].id())?;
                let same = roots
                    .by_subject
                    .get(&(f.subject.kind.clone(), f.subject.id.clone()))
                    .copied();
                let pos = match (roots.tenant_wide, same) {
                    (Some(a), Some(b)) => a.min(b),
                    (a, b) => a.or(b)?,
                };
                let root = &self.findings[pos];
                Some(RootCause {
                    rule: k.rules[root.rule].id().to_string(),
                    subject: root.subject.id.clone(),
                })
            })
            .collect();
        for (f, link) in self.findings.iter_mut().zip(links) {
            f.explained_by = link;
        }
    }

    /// The tenant's display name, when the snapshot holds the organization.
    pub fn tenant_name(&self) -> Option<&str> {
        self.tenant.get("tenant-name").and_then(Value::as_str)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}
