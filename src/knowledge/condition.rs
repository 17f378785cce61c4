//! Conditions: a closed, typed vocabulary evaluated over one JSON record.
//!
//! A condition is one YAML mapping. Either a combinator:
//!   `all: [..]`, `any: [..]`, `not: {..}`
//! or a field test, `field: NAME` with one or more tests that must all hold:
//!   `eq`, `ne`, `in`, `not-in`, `matches` (regex), `lt`, `le`, `gt`, `ge`,
//!   `version-lt`, `version-ge`, `before`, `at-or-before`, `after`, `at-or-after` (moments:
//!   `now`, `now-30d`, RFC 3339), `within` (in the future, no further than), `older-than`,
//!   `newer-than` (in the past, further / closer than), `present`, `null`.
//!
//! Evaluation is three-valued: a missing field, an unknown tenant fact or a value that does not
//! parse as what the test expects gives `Unknown`, and only `True` raises a finding. Values that
//! do not parse are reported as skips, never as errors.

use std::borrow::Cow;

use jiff::Timestamp;
use regex::Regex;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::value::{
    Duration, FieldPath, Operand, Scalar, TimeRef, Version, json_eq, json_f64, parse_timestamp,
};

/// A regular expression checked when the rule loads (syntax only: cheap) and compiled the first
/// time a condition needs it (most commands never evaluate most conditions).
#[derive(Debug, Clone)]
pub struct LazyRegex {
    source: String,
    compiled: std::sync::Arc<std::sync::OnceLock<Option<Regex>>>,
}

impl LazyRegex {
    pub fn new(source: &str) -> Result<LazyRegex, String> {
        regex_syntax::ParserBuilder::new()
            .build()
            .parse(source)
            .map_err(|e| e.to_string())?;
        Ok(LazyRegex {
            source: source.to_string(),
            compiled: Default::default(),
        })
    }

    pub fn get(&self) -> Option<&Regex> {
        self.compiled
            .get_or_init(|| Regex::new(&self.source).ok())
            .as_ref()
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.get().is_some_and(|re| re.is_match(text))
    }
}

#[derive(Debug, Clone)]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    Field(FieldPath, Vec<Test>),
}

#[derive(Debug, Clone)]
pub enum Test {
    Eq(Operand),
    Ne(Operand),
    In(Vec<Scalar>),
    NotIn(Vec<Scalar>),
    Matches(LazyRegex),
    Lt(Operand),
    Le(Operand),
    Gt(Operand),
    Ge(Operand),
    VersionLt(Version),
    VersionGe(Version),
    Before(TimeRef),
    AtOrBefore(TimeRef),
    After(TimeRef),
    AtOrAfter(TimeRef),
    Within(Duration),
    OlderThan(Duration),
    NewerThan(Duration),
    Present(bool),
    Null(bool),
}

/// The YAML form of a condition (what the JSON Schema describes).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawCondition {
    /// Holds when every condition holds.
    #[serde(default)]
    pub all: Option<Vec<Condition>>,
    /// Holds when at least one condition holds.
    #[serde(default)]
    pub any: Option<Vec<Condition>>,
    /// Holds when the condition does not.
    #[serde(default)]
    pub not: Option<Box<Condition>>,
    /// The field the tests below apply to.
    #[serde(default)]
    pub field: Option<FieldPath>,
    #[serde(default)]
    pub eq: Option<Operand>,
    #[serde(default)]
    pub ne: Option<Operand>,
    #[serde(default)]
    pub r#in: Option<Vec<Scalar>>,
    #[serde(default)]
    pub not_in: Option<Vec<Scalar>>,
    /// A regular expression the value must match (case-sensitive unless it starts with `(?i)`).
    #[serde(default)]
    pub matches: Option<String>,
    #[serde(default)]
    pub lt: Option<Operand>,
    #[serde(default)]
    pub le: Option<Operand>,
    #[serde(default)]
    pub gt: Option<Operand>,
    #[serde(default)]
    pub ge: Option<Operand>,
    #[serde(default)]
    pub version_lt: Option<Version>,
    #[serde(default)]
    pub version_ge: Option<Version>,
    #[serde(default)]
    pub before: Option<TimeRef>,
    #[serde(default)]
    pub at_or_before: Option<TimeRef>,
    #[serde(default)]
    pub after: Option<TimeRef>,
    #[serde(default)]
    pub at_or_after: Option<TimeRef>,
    /// The timestamp is after now and no later than now + this duration.
    #[serde(default)]
    pub within: Option<Duration>,
    /// The timestamp is earlier than now - this duration.
    #[serde(default)]
    pub older_than: Option<Duration>,
    /// The timestamp is no earlier than now - this duration (and not in the future).
    #[serde(default)]
    pub newer_than: Option<Duration>,
    /// true: the field exists and is not null; false: it is missing or null.
    #[serde(default)]
    pub present: Option<bool>,
    /// true: the field exists and is null; false: it exists and is not null.
    #[serde(default)]
    pub null: Option<bool>,
}

impl TryFrom<RawCondition> for Condition {
    type Error = String;

    fn try_from(raw: RawCondition) -> Result<Self, String> {
        let RawCondition {
            all,
            any,
            not,
            field,
            eq,
            ne,
            r#in,
            not_in,
            matches,
            lt,
            le,
            gt,
            ge,
            version_lt,
            version_ge,
            before,
            at_or_before,
            after,
            at_or_after,
            within,
            older_than,
            newer_than,
            present,
            null,
        } = raw;
        let mut tests = Vec::new();
        let mut push = |t: Option<Test>| tests.extend(t);
        push(eq.map(Test::Eq));
        push(ne.map(Test::Ne));
        push(r#in.map(Test::In));
        push(not_in.map(Test::NotIn));
        if let Some(re) = matches {
            let compiled = LazyRegex::new(&re)
                .map_err(|e| format!("`matches: {re}` is not a valid regular expression: {e}"))?;
            push(Some(Test::Matches(compiled)));
        }
        push(lt.map(Test::Lt));
        push(le.map(Test::Le));
        push(gt.map(Test::Gt));
        push(ge.map(Test::Ge));
        push(version_lt.map(Test::VersionLt));
        push(version_ge.map(Test::VersionGe));
        push(before.map(Test::Before));
        push(at_or_before.map(Test::AtOrBefore));
        push(after.map(Test::After));
        push(at_or_after.map(Test::AtOrAfter));
        push(within.map(Test::Within));
        push(older_than.map(Test::OlderThan));
        push(newer_than.map(Test::NewerThan));
        push(present.map(Test::Present));
        push(null.map(Test::Null));

        let combinators = [all.is_some(), any.is_some(), not.is_some()]
            .iter()
            .filter(|b| **b)
            .count();
        match (combinators, field) {
            (0, Some(field)) if !tests.is_empty() => Ok(Condition::Field(field, tests)),
            (0, Some(field)) => Err(format!(
                "the condition on field `{field}` has no test; add one of eq, ne, in, not-in, matches, lt, le, gt, ge, version-lt, version-ge, before, at-or-before, after, at-or-after, within, older-than, newer-than, present, null"
            )),
            (0, None) if !tests.is_empty() => {
                Err("a test needs a `field:` to apply to".to_string())
            }
            (0, None) => Err(
                "empty condition; write `field:` with a test, or one of all, any, not".to_string(),
            ),
            (1, None) if tests.is_empty() => Ok(if let Some(list) = all {
                Condition::All(list)
            } else if let Some(list) = any {
                Condition::Any(list)
            } else {
                Condition::Not(not.expect("counted above"))
            }),
            _ => Err(
                "a condition is either one of all / any / not, or a `field:` with tests, not both"
                    .to_string(),
            ),
        }
    }
}

impl<'de> Deserialize<'de> for Condition {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = RawCondition::deserialize(d)?;
        Condition::try_from(raw).map_err(serde::de::Error::custom)
    }
}

/// Writes the YAML form back (the pre-parsed built-in rules of build.rs are stored this way).
#[cfg(not(mdmdoc_crate))]
impl serde::Serialize for Condition {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Condition::All(list) => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry("all", list)?;
                m.end()
            }
            Condition::Any(list) => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry("any", list)?;
                m.end()
            }
            Condition::Not(inner) => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry("not", inner)?;
                m.end()
            }
            Condition::Field(field, tests) => {
                let mut m = s.serialize_map(Some(1 + tests.len()))?;
                m.serialize_entry("field", field)?;
                for test in tests {
                    match test {
                        Test::Eq(v) => m.serialize_entry("eq", v)?,
                        Test::Ne(v) => m.serialize_entry("ne", v)?,
                        Test::In(v) => m.serialize_entry("in", v)?,
                        Test::NotIn(v) => m.serialize_entry("not-in", v)?,
                        Test::Matches(re) => m.serialize_entry("matches", &re.source)?,
                        Test::Lt(v) => m.serialize_entry("lt", v)?,
                        Test::Le(v) => m.serialize_entry("le", v)?,
                        Test::Gt(v) => m.serialize_entry("gt", v)?,
                        Test::Ge(v) => m.serialize_entry("ge", v)?,
                        Test::VersionLt(v) => m.serialize_entry("version-lt", v)?,
                        Test::VersionGe(v) => m.serialize_entry("version-ge", v)?,
                        Test::Before(v) => m.serialize_entry("before", v)?,
                        Test::AtOrBefore(v) => m.serialize_entry("at-or-before", v)?,
                        Test::After(v) => m.serialize_entry("after", v)?,
                        Test::AtOrAfter(v) => m.serialize_entry("at-or-after", v)?,
                        Test::Within(v) => m.serialize_entry("within", v)?,
                        Test::OlderThan(v) => m.serialize_entry("older-than", v)?,
                        Test::NewerThan(v) => m.serialize_entry("newer-than", v)?,
                        Test::Present(v) => m.serialize_entry("present", v)?,
                        Test::Null(v) => m.serialize_entry("null", v)?,
                    }
                }
                m.end()
            }
        }
    }
}

impl JsonSchema for Condition {
    fn schema_name() -> Cow<'static, str> {
        "Condition".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        RawCondition::json_schema(g)
    }
}

/// Three-valued truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tri {
    True,
    False,
    Unknown,
}

impl Tri {
    fn from_bool(b: bool) -> Tri {
        if b { Tri::True } else { Tri::False }
    }
    pub fn is_true(self) -> bool {
        self == Tri::True
    }
}

/// A value a test could not read (reported, never fatal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub field: String,
    pub value: String,
    pub expected: &'static str,
}

/// What a condition is evaluated against besides the record.
pub struct Scope<'a> {
    pub now: Timestamp,
    pub tenant: Option<&'a Map<String, Value>>,
}

impl Condition {
    pub fn eval(&self, record: &Value, scope: &Scope<'_>, skips: &mut Vec<Skip>) -> Tri {
        match self {
            Condition::All(list) => {
                let mut out = Tri::True;
                for c in list {
                    match c.eval(record, scope, skips) {
                        Tri::False => return Tri::False,
                        Tri::Unknown => out = Tri::Unknown,
                        Tri::True => {}
                    }
                }
                out
            }
            Condition::Any(list) => {
                let mut out = Tri::False;
                for c in list {
                    match c.eval(record, scope, skips) {
                        Tri::True => return Tri::True,
                        Tri::Unknown => out = Tri::Unknown,
                        Tri::False => {}
                    }
                }
                out
            }
            Condition::Not(c) => match c.eval(record, scope, skips) {
                Tri::True => Tri::False,
                Tri::False => Tri::True,
                Tri::Unknown => Tri::Unknown,
            },
            Condition::Field(path, tests) => {
                let value = path.lookup(record);
                let mut out = Tri::True;
                for t in tests {
                    match t.eval(path, value, scope, skips) {
                        Tri::False => return Tri::False,
                        Tri::Unknown => out = Tri::Unknown,
                        Tri::True => {}
                    }
                }
                out
            }
        }
    }

    /// Calls `f` for every field this condition reads.
    pub fn visit_fields<'s>(&'s self, f: &mut dyn FnMut(&'s FieldPath)) {
        match self {
            Condition::All(l) | Condition::Any(l) => l.iter().for_each(|c| c.visit_fields(f)),
            Condition::Not(c) => c.visit_fields(f),
            Condition::Field(p, _) => f(p),
        }
    }

    /// Calls `f` for every tenant fact this condition compares against.
    pub fn visit_tenant_refs<'s>(&'s self, f: &mut dyn FnMut(&'s str)) {
        match self {
            Condition::All(l) | Condition::Any(l) => l.iter().for_each(|c| c.visit_tenant_refs(f)),
            Condition::Not(c) => c.visit_tenant_refs(f),
            Condition::Field(_, tests) => {
                for t in tests {
                    if let Test::Eq(o)
                    | Test::Ne(o)
                    | Test::Lt(o)
                    | Test::Le(o)
                    | Test::Gt(o)
                    | Test::Ge(o) = t
                        && let Operand::Tenant { tenant } = o
                    {
                        f(tenant);
                    }
                }
            }
        }
    }
}

fn describe(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

impl Test {
    fn eval(
        &self,
        path: &FieldPath,
        value: Option<&Value>,
        scope: &Scope<'_>,
        skips: &mut Vec<Skip>,
    ) -> Tri {
        // Presence tests are the only ones that look at missing or null values.
        match self {
            Test::Present(want) => {
                let present = matches!(value, Some(v) if !v.is_null());
                return Tri::from_bool(present == *want);
            }
            Test::Null(want) => {
                return match value {
                    None => Tri::Unknown,
                    Some(v) => Tri::from_bool(v.is_null() == *want),
                };
            }
            _ => {}
        }
        let Some(value) = value.filter(|v| !v.is_null()) else {
            return Tri::Unknown;
        };
        let mut skip = |expected: &'static str| {
            skips.push(Skip {
                field: path.0.clone(),
                value: describe(value),
                expected,
            });
            Tri::Unknown
        };
        // Literals are compared as they are (no value is made per record).
        let tenant = |name: &str| scope.tenant.and_then(|t| t.get(name));
        let equal = |o: &Operand| -> Option<bool> {
            match o {
                Operand::Literal(s) => Some(s.matches_json(value)),
                Operand::Tenant { tenant: name } => tenant(name).map(|rhs| json_eq(value, rhs)),
            }
        };
        let compare =
            |o: &Operand, skip: &mut dyn FnMut(&'static str) -> Tri, ok: fn(f64, f64) -> bool| {
                let rhs = match o {
                    Operand::Literal(s) => s.json_f64(),
                    Operand::Tenant { tenant: name } => tenant(name).and_then(json_f64),
                };
                let Some(rhs) = rhs else {
                    return Tri::Unknown;
                };
                match json_f64(value) {
                    Some(lhs) => Tri::from_bool(ok(lhs, rhs)),
                    None => skip("number"),
                }
            };
        let time =
            |skip: &mut dyn FnMut(&'static str) -> Tri, ok: &dyn Fn(Timestamp) -> bool| match value
                .as_str()
                .and_then(parse_timestamp)
            {
                Some(t) => Tri::from_bool(ok(t)),
                None => skip("date"),
            };
        let now = scope.now;
        let shifted = |secs: i64| {
            now.checked_add(jiff::SignedDuration::from_secs(secs))
                .unwrap_or(now)
        };
        match self {
            Test::Eq(o) => match equal(o) {
                Some(eq) => Tri::from_bool(eq),
                None => Tri::Unknown,
            },
            Test::Ne(o) => match equal(o) {
                Some(eq) => Tri::from_bool(!eq),
                None => Tri::Unknown,
            },
            Test::In(list) => Tri::from_bool(list.iter().any(|s| s.matches_json(value))),
            Test::NotIn(list) => Tri::from_bool(!list.iter().any(|s| s.matches_json(value))),
            Test::Matches(re) => match value {
                _ if re.get().is_none() => skip("text"),
                Value::String(s) => Tri::from_bool(re.is_match(s)),
                Value::Number(n) => Tri::from_bool(re.is_match(&n.to_string())),
                Value::Bool(b) => Tri::from_bool(re.is_match(&b.to_string())),
                _ => skip("text"),
            },
            Test::Lt(o) => compare(o, &mut skip, |a, b| a < b),
            Test::Le(o) => compare(o, &mut skip, |a, b| a <= b),
            Test::Gt(o) => compare(o, &mut skip, |a, b| a > b),
            Test::Ge(o) => compare(o, &mut skip, |a, b| a >= b),
            Test::VersionLt(v) | Test::VersionGe(v) => {
                let text: Option<std::borrow::Cow<str>> = match value {
                    Value::String(s) => Some(s.as_str().into()),
                    Value::Number(n) => Some(n.to_string().into()),
                    _ => None,
                };
                match text.as_deref().and_then(Version::parse) {
                    Some(have) if matches!(self, Test::VersionLt(_)) => Tri::from_bool(&have < v),
                    Some(have) => Tri::from_bool(&have >= v),
                    None => skip("version"),
                }
            }
            Test::Before(r) => time(&mut skip, &|t| t < r.resolve(now)),
            Test::AtOrBefore(r) => time(&mut skip, &|t| t <= r.resolve(now)),
            Test::After(r) => time(&mut skip, &|t| t > r.resolve(now)),
            Test::AtOrAfter(r) => time(&mut skip, &|t| t >= r.resolve(now)),
            Test::Within(d) => time(&mut skip, &|t| t > now && t <= shifted(d.seconds)),
            Test::OlderThan(d) => time(&mut skip, &|t| t < shifted(-d.seconds)),
            Test::NewerThan(d) => time(&mut skip, &|t| t >= shifted(-d.seconds) && t <= now),
            Test::Present(_) | Test::Null(_) => Tri::Unknown,
        }
    }
}
