//! `content/policies.yaml`: the numbers that are company policy (how long a refund takes, when
//! an unpaid order closes), each written once, grouped by topic.
//!
//! ```yaml
//! marketplace-orders:                       # a topic: a heading of the Timeframes page
//!   refund-paid-order: { weeks: 2 }         # a policy: its id and its number
//!   unpaid-order-closes: { days: 20, updated: 2026-11-04 }
//! ```
//!
//! Articles refer to a policy by id (`period: { policy: refund-paid-order }`, or `policy:` on
//! a deadline), so a change here reaches every page of every locale that states it. The
//! order of topics and policies is the order of the Timeframes page, so both are kept as
//! written (a repeated key is refused by the syntax pass before this reads the file).

use std::fmt;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::values::{RawPeriod, Whole, deserialize_checked_map};
use super::{Date, Id, Period, ValueProblem};
use crate::diagnostics::Code;

/// Every policy of the site, by topic, in the order written.
#[derive(Debug, Clone, Default)]
pub struct Policies {
    pub topics: Vec<Topic>,
}

/// A group of policies under one heading of the Timeframes page.
#[derive(Debug, Clone)]
pub struct Topic {
    pub id: Id,
    pub policies: Vec<Policy>,
}

/// One policy: a number that sentences state, with the date it last changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Policy {
    pub id: Id,
    pub period: Period,
    pub updated: Option<Date>,
}

impl Policies {
    /// Every policy with its topic, in the order written.
    pub fn iter(&self) -> impl Iterator<Item = (&Topic, &Policy)> {
        self.topics
            .iter()
            .flat_map(|topic| topic.policies.iter().map(move |policy| (topic, policy)))
    }

    /// The policy with this id and its topic (the first, should an id be repeated: that is
    /// reported).
    pub fn get(&self, id: &str) -> Option<(&Topic, &Policy)> {
        self.iter().find(|(_, policy)| policy.id.as_str() == id)
    }

    pub fn is_empty(&self) -> bool {
        self.topics.iter().all(|t| t.policies.is_empty())
    }
}

impl<'de> Deserialize<'de> for Policies {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let topics = deserializer.deserialize_map(Entries::<TopicBody>::new(
            "topics, each a mapping of policies: `refunds: { refund-paid-order: { weeks: 2 } }`",
            false,
        ))?;
        Ok(Policies {
            topics: topics
                .into_iter()
                .map(|(id, TopicBody(policies))| Topic { id, policies })
                .collect(),
        })
    }
}

/// A topic's policies, as written under its id.
struct TopicBody(Vec<Policy>);

impl<'de> Deserialize<'de> for TopicBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let entries = deserializer.deserialize_map(Entries::<PolicyValue>::new(
            "policies, each an id with its number: `refund-paid-order: { weeks: 2 }`",
            true,
        ))?;
        Ok(TopicBody(
            entries
                .into_iter()
                .map(|(id, PolicyValue { period, updated })| Policy {
                    id,
                    period,
                    updated,
                })
                .collect(),
        ))
    }
}

/// The entries of a mapping keyed by ids, in the order written.
struct Entries<T> {
    expecting: &'static str,
    /// An empty mapping is a topic without policies: refused while still inside it, so the
    /// problem is reported where the topic is.
    refuse_empty: bool,
    values: std::marker::PhantomData<fn() -> T>,
}

impl<T> Entries<T> {
    fn new(expecting: &'static str, refuse_empty: bool) -> Self {
        Entries {
            expecting,
            refuse_empty,
            values: std::marker::PhantomData,
        }
    }

    fn check<E: de::Error>(&self, entries: Vec<(Id, T)>) -> Result<Vec<(Id, T)>, E> {
        if self.refuse_empty && entries.is_empty() {
            return Err(
                ValueProblem::new(Code::YamlSchema, "this topic has no policies")
                    .help(
                        "list its policies under it, e.g. `refund-paid-order: { weeks: 2 }`, or \
                     remove it",
                    )
                    .into_error(),
            );
        }
        Ok(entries)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Entries<T> {
    type Value = Vec<(Id, T)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(id) = map.next_key::<Id>()? {
            entries.push((id, map.next_value::<T>()?));
        }
        self.check(entries)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.check(Vec::new())
    }
}

/// A policy's value: one unit with its amount, and when it last changed.
struct PolicyValue {
    period: Period,
    updated: Option<Date>,
}

impl<'de> Deserialize<'de> for PolicyValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_checked_map::<D, RawPolicy, PolicyValue>(
            deserializer,
            "a policy's number, such as `{ weeks: 2 }` or `{ days: 20, updated: 2026-11-04 }`",
        )
    }
}

/// A policy as written: exactly one of the units, and optionally the date it last changed.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Policy")]
struct RawPolicy {
    hours: Option<Whole>,
    days: Option<Whole>,
    working_days: Option<Whole>,
    weeks: Option<Whole>,
    /// When the policy last changed (YYYY-MM-DD): shown on the Timeframes page, and as the
    /// "last updated" date of every article that states it, if it is later than the article's.
    updated: Option<Date>,
}

impl TryFrom<RawPolicy> for PolicyValue {
    type Error = ValueProblem;

    fn try_from(raw: RawPolicy) -> Result<Self, ValueProblem> {
        let units = RawPeriod {
            hours: raw.hours,
            days: raw.days,
            working_days: raw.working_days,
            weeks: raw.weeks,
        };
        Ok(PolicyValue {
            period: units.period("a policy", "e.g. `refund-paid-order: { weeks: 2 }`")?,
            updated: raw.updated,
        })
    }
}

/// Described as written: topics by id, each a mapping of policies by id.
impl JsonSchema for Policies {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Policies".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let id = generator.subschema_for::<Id>();
        let policy = generator.subschema_for::<RawPolicy>();
        schemars::json_schema!({
            "description": "`content/policies.yaml`: the numbers that are company policy, each written once. Topics (the headings of the Timeframes page), each a mapping of policy ids to their number (`refund-paid-order: { weeks: 2 }`). Articles refer to a policy with `period: { policy: <id> }`, or `policy: <id>` on a deadline.",
            "type": "object",
            "propertyNames": id,
            "additionalProperties": {
                "description": "A topic: its policies, by id, in the order the Timeframes page lists them.",
                "type": "object",
                "propertyNames": id,
                "minProperties": 1,
                "additionalProperties": policy
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_and_policies_keep_their_order() {
        let yaml = "refunds:\n  refund-paid-order: { weeks: 2 }\n  answer: { days: 14, updated: 2026-11-04 }\norders:\n  unpaid: { days: 20 }\n";
        let policies: Policies = serde_yaml::from_str(yaml).unwrap();
        let ids: Vec<(&str, &str)> = policies
            .iter()
            .map(|(t, p)| (t.id.as_str(), p.id.as_str()))
            .collect();
        assert_eq!(
            ids,
            [
                ("refunds", "refund-paid-order"),
                ("refunds", "answer"),
                ("orders", "unpaid")
            ]
        );
        let (topic, answer) = policies.get("answer").unwrap();
        assert_eq!(topic.id.as_str(), "refunds");
        assert_eq!(answer.period.amount, 14);
        assert_eq!(
            answer.updated.map(|d| d.to_string()).as_deref(),
            Some("2026-11-04")
        );
    }

    #[test]
    fn a_policy_is_one_number() {
        for (yaml, said) in [
            ("t:\n  p: { days: 1, weeks: 2 }\n", "exactly one unit"),
            ("t:\n  p: {}\n", "needs one of"),
            ("t:\n  p: { weeks: 2, policy: q }\n", "unknown field"),
            ("t: {}\n", "no policies"),
            ("t:\n  Bad: { weeks: 2 }\n", "invalid id"),
        ] {
            let error = serde_yaml::from_str::<Policies>(yaml)
                .unwrap_err()
                .to_string();
            assert!(error.contains(said), "{yaml}: {error}");
        }
    }
}
