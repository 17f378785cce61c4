//! Small value types shared by conditions and arguments: field paths, literals, durations,
//! moments relative to "now", versions, and the typed values handed to Fluent.

use std::borrow::Cow;
use std::fmt;

use jiff::Timestamp;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer};
#[cfg(not(mdmdoc_crate))]
use serde::{Serialize, Serializer};
use serde_json::Value;

/// A field of a record: a key, or dotted keys into nested objects
/// (`hardwareInformation.serialNumber`). A key that itself contains dots (`@odata.type`) is
/// found as it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(transparent)]
pub struct FieldPath(pub String);

impl FieldPath {
    pub fn lookup<'v>(&self, record: &'v Value) -> Option<&'v Value> {
        lookup(record, &self.0)
    }

    /// The top-level key this path starts with (what a projection must keep).
    pub fn top_key(&self) -> &str {
        self.0.split('.').next().unwrap_or(&self.0)
    }
}

fn lookup<'v>(record: &'v Value, path: &str) -> Option<&'v Value> {
    let obj = record.as_object()?;
    if let Some(v) = obj.get(path) {
        return Some(v);
    }
    let mut from = 0;
    while let Some(dot) = path[from..].find('.') {
        let cut = from + dot;
        if let Some(inner) = obj.get(&path[..cut])
            && let Some(v) = lookup(inner, &path[cut + 1..])
        {
            return Some(v);
        }
        from = cut + 1;
    }
    None
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A literal in a rule: string, number or boolean.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(untagged)]
pub enum Scalar {
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
}

impl Scalar {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Scalar::Int(i) => Some(*i as f64),
            Scalar::Float(f) => Some(*f),
            Scalar::Str(s) => s.trim().parse().ok(),
            Scalar::Bool(_) => None,
        }
    }

    /// `json_eq(value, &self.to_value())`, without making the value.
    pub fn matches_json(&self, value: &Value) -> bool {
        match (self, value) {
            (Scalar::Str(b), Value::String(a)) => a == b,
            (Scalar::Bool(b), Value::Bool(a)) => a == b,
            _ => match (json_f64(value), self.json_f64()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// `json_f64(&self.to_value())`, without making the value.
    pub fn json_f64(&self) -> Option<f64> {
        match self {
            // A float JSON cannot hold becomes `null`.
            Scalar::Float(f) if !f.is_finite() => None,
            other => other.as_f64(),
        }
    }

    pub fn to_value(&self) -> Value {
        match self {
            Scalar::Bool(b) => Value::Bool(*b),
            Scalar::Int(i) => Value::from(*i),
            Scalar::Float(f) => Value::from(*f),
            Scalar::Str(s) => Value::String(s.clone()),
        }
    }
}

/// The right-hand side of a comparison: a literal, or a tenant fact (`{tenant: NAME}`).
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(untagged)]
pub enum Operand {
    Tenant {
        /// Name of a tenant fact declared in `rules/tenant.yaml`.
        tenant: String,
    },
    Literal(Scalar),
}

/// Equality between a record's JSON value and a literal: numbers compare numerically (also
/// against numeric strings), strings exactly, booleans as booleans.
pub fn json_eq(value: &Value, lit: &Value) -> bool {
    match (value, lit) {
        (Value::String(a), Value::String(b)) => a == b,
        (Value::Bool(a), Value::Bool(b)) => a == b,
        _ => match (json_f64(value), json_f64(lit)) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        },
    }
}

pub fn json_f64(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A length of time written `15m`, `24h`, `30d` or `2w`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duration {
    pub seconds: i64,
}

impl Duration {
    pub fn parse(s: &str) -> Result<Duration, String> {
        let s = s.trim();
        let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
        let n: i64 = num.parse().map_err(|_| {
            format!("`{s}` is not a duration; write a whole number and a unit: 15m, 24h, 30d, 2w")
        })?;
        let per = match unit {
            "s" => 1,
            "m" => 60,
            "h" => 3600,
            "d" => 86_400,
            "w" => 604_800,
            _ => {
                return Err(format!(
                    "`{s}` has an unknown unit; use s, m, h, d or w (15m, 24h, 30d, 2w)"
                ));
            }
        };
        n.checked_mul(per)
            .map(|seconds| Duration { seconds })
            .ok_or_else(|| format!("`{s}` is too long"))
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Duration::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// The pre-parsed built-in rules (see build.rs) store a duration in seconds, a form `parse` reads.
#[cfg(not(mdmdoc_crate))]
impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{}s", self.seconds))
    }
}

impl JsonSchema for Duration {
    fn schema_name() -> Cow<'static, str> {
        "Duration".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]+[smhdw]$",
            "description": "A length of time: 15m, 24h, 30d, 2w."
        })
    }
}

/// A moment: `now`, `now-30d`, `now+7d`, or an absolute RFC 3339 timestamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeRef {
    Now(i64),
    At(Timestamp),
}

impl TimeRef {
    pub fn parse(s: &str) -> Result<TimeRef, String> {
        let t = s.trim();
        if let Some(rest) = t.strip_prefix("now") {
            let rest = rest.trim();
            if rest.is_empty() {
                return Ok(TimeRef::Now(0));
            }
            let (sign, d) = match rest.split_at(1) {
                ("+", d) => (1, d),
                ("-", d) => (-1, d),
                _ => return Err(format!("`{t}`: write now, now-30d or now+7d")),
            };
            return Ok(TimeRef::Now(sign * Duration::parse(d)?.seconds));
        }
        parse_timestamp(t)
            .map(TimeRef::At)
            .ok_or_else(|| format!("`{t}` is neither now±duration nor an RFC 3339 timestamp"))
    }

    pub fn resolve(self, now: Timestamp) -> Timestamp {
        match self {
            TimeRef::Now(secs) => now
                .checked_add(jiff::SignedDuration::from_secs(secs))
                .unwrap_or(now),
            TimeRef::At(t) => t,
        }
    }
}

impl<'de> Deserialize<'de> for TimeRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        TimeRef::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(not(mdmdoc_crate))]
impl Serialize for TimeRef {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            TimeRef::Now(0) => s.serialize_str("now"),
            TimeRef::Now(secs) if *secs < 0 => s.serialize_str(&format!("now-{}s", -secs)),
            TimeRef::Now(secs) => s.serialize_str(&format!("now+{secs}s")),
            TimeRef::At(t) => s.serialize_str(&t.to_string()),
        }
    }
}

impl JsonSchema for TimeRef {
    fn schema_name() -> Cow<'static, str> {
        "TimeRef".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "now, now-30d, now+7d, or an RFC 3339 timestamp."
        })
    }
}

/// Parses the timestamps Graph sends: RFC 3339 with any offset and up to nine fractional digits.
/// A timestamp without an offset is read as UTC; a bare date as midnight UTC.
pub fn parse_timestamp(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    if let Ok(t) = s.parse::<Timestamp>() {
        return Some(t);
    }
    if let Ok(dt) = s.parse::<jiff::civil::DateTime>() {
        return dt
            .to_zoned(jiff::tz::TimeZone::UTC)
            .ok()
            .map(|z| z.timestamp());
    }
    if let Ok(d) = s.parse::<jiff::civil::Date>() {
        return d
            .to_zoned(jiff::tz::TimeZone::UTC)
            .ok()
            .map(|z| z.timestamp());
    }
    None
}

/// A dotted numeric version (`16.7.10`). Missing parts count as zero: `17` = `17.0` = `17.0.0`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version(pub Vec<u64>);

impl Version {
    pub fn parse(s: &str) -> Option<Version> {
        let s = s.trim();
        if s.is_empty() {
            return None;
        }
        let parts: Option<Vec<u64>> = s.split('.').map(|p| p.parse().ok()).collect();
        let mut parts = parts?;
        while parts.len() > 1 && parts.last() == Some(&0) {
            parts.pop();
        }
        Some(Version(parts))
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let n = self.0.len().max(other.0.len());
        for i in 0..n {
            let a = self.0.get(i).copied().unwrap_or(0);
            let b = other.0.get(i).copied().unwrap_or(0);
            match a.cmp(&b) {
                std::cmp::Ordering::Equal => continue,
                o => return o,
            }
        }
        std::cmp::Ordering::Equal
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Scalar::deserialize(d)?;
        let s = match v {
            Scalar::Str(s) => s,
            Scalar::Int(i) => i.to_string(),
            Scalar::Float(f) => f.to_string(),
            Scalar::Bool(_) => String::new(),
        };
        Version::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("`{s}` is not a version like 17.0 or 16.7.10"))
        })
    }
}

#[cfg(not(mdmdoc_crate))]
impl Serialize for Version {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let parts: Vec<String> = self.0.iter().map(u64::to_string).collect();
        s.serialize_str(&parts.join("."))
    }
}

impl JsonSchema for Version {
    fn schema_name() -> Cow<'static, str> {
        "Version".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": ["string", "number"],
            "description": "A dotted numeric version: 17.0, 16.7.10."
        })
    }
}

/// How a Fluent argument is computed from a record, the tenant facts or the pasted facts.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub enum ArgSpec {
    /// The field's value as it is (text or number).
    Field(FieldPath),
    /// The field's timestamp, formatted as a date in the reader's locale.
    Date(FieldPath),
    /// Whole days from now until the field's timestamp (0 when it is today or past).
    DaysUntil(FieldPath),
    /// Whole days from the field's timestamp until now (0 when it is in the future).
    DaysSince(FieldPath),
    /// Whole hours from the field's timestamp until now.
    HoursSince(FieldPath),
    /// Whole minutes from the field's timestamp until now.
    MinutesSince(FieldPath),
    /// The field's number divided by `by`, rounded up.
    CeilDiv(CeilDiv),
    /// A `--fact` given to explain.
    Fact(String),
    /// A tenant fact.
    Tenant(String),
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[cfg_attr(not(mdmdoc_crate), derive(Serialize))]
#[serde(deny_unknown_fields)]
pub struct CeilDiv {
    pub field: FieldPath,
    pub by: u64,
}

/// A computed argument value, still language-neutral.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum ArgValue {
    Text(String),
    Number(f64),
    Date(#[serde(serialize_with = "ser_ts")] Timestamp),
}

fn ser_ts<S: serde::Serializer>(t: &Timestamp, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.to_string())
}

impl ArgValue {
    pub fn from_json(v: &Value) -> Option<ArgValue> {
        match v {
            Value::String(s) => Some(ArgValue::Text(s.clone())),
            Value::Number(n) => n.as_f64().map(ArgValue::Number),
            Value::Bool(b) => Some(ArgValue::Text(b.to_string())),
            _ => None,
        }
    }
}
