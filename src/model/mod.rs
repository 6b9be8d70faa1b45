//! The content model: what `content/*.yaml` may say, as Rust types.
//!
//! YAML holds structure and numbers only; every sentence lives in Fluent. The types reject
//! unknown fields and check ids and durations while deserializing, so serde_yaml reports those
//! problems with the line and column of the offending value.
//!
//! [`Article::messages`] is the one place that says which Fluent messages an article needs: the
//! validator checks translations against it and the localizer resolves exactly those.

mod config;
mod id;
mod messages;
mod policies;
mod problem;
mod typography;
mod values;

use schemars::JsonSchema;
use serde::Deserialize;

use crate::diagnostics::Code;
pub use config::{
    Audience, Availability, CategoryConfig, ContactKind, ContactOption, Direction, Icon,
    LocaleConfig, SiteConfig,
};
pub use id::{ID_RULE, Id, RESERVED_IDS, check_id, suggest_id};
pub use messages::*;
pub use policies::{Policies, Policy, Topic};
pub use problem::ValueProblem;
pub use typography::{Rule, Rules, Typography};
pub use values::{Date, Period, PeriodRef, TimeUnit, Whole};
use values::{RawPeriod, RawPeriodRef, deserialize_checked_map, period_or_policy, whole_number};

/// `content/articles/<id>.yaml`; the id is the file name.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub category: Id,
    #[serde(default, deserialize_with = "whole_number")]
    pub order: u32,
    pub updated: Date,
    #[serde(default)]
    pub featured: bool,
    #[serde(default)]
    pub intro: bool,
    #[serde(default)]
    pub related: Vec<Id>,
    /// The answer to the cancellation finder's first question ("what was cancelled?") that
    /// leads to this article's causes and conditions: one of `finder:` in content/site.yaml.
    #[serde(default)]
    pub finder: Option<Id>,
    #[serde(default)]
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub id: Id,
    pub intro: bool,
    pub block: Block,
}

/// What a section holds. Each kind renders differently and needs its own messages.
#[derive(Debug, Clone)]
pub enum Block {
    Causes(Vec<Cause>),
    Remedies(Vec<Remedy>),
    Steps(Vec<Step>),
    Conditions(Vec<Condition>),
    Channels(Vec<Channel>),
    Deadlines(Vec<Deadline>),
    Notes(Vec<Note>),
}

impl<'de> Deserialize<'de> for Section {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_checked_map::<D, RawSection, Section>(
            deserializer,
            "a section: `id` and one of causes, remedies, steps, conditions, channels, deadlines or notes",
        )
    }
}

impl Block {
    pub fn kind(&self) -> SectionKind {
        match self {
            Block::Causes(_) => SectionKind::Causes,
            Block::Remedies(_) => SectionKind::Remedies,
            Block::Steps(_) => SectionKind::Steps,
            Block::Conditions(_) => SectionKind::Conditions,
            Block::Channels(_) => SectionKind::Channels,
            Block::Deadlines(_) => SectionKind::Deadlines,
            Block::Notes(_) => SectionKind::Notes,
        }
    }

    /// The ids of the block's items, in order.
    pub fn item_ids(&self) -> Vec<&Id> {
        match self {
            Block::Causes(items) => items.iter().map(|i| &i.id).collect(),
            Block::Remedies(items) => items.iter().map(|i| &i.id).collect(),
            Block::Steps(items) => items.iter().map(|i| &i.id).collect(),
            Block::Conditions(items) => items.iter().map(|i| &i.id).collect(),
            Block::Channels(items) => items.iter().map(|i| &i.id).collect(),
            Block::Deadlines(items) => items.iter().map(|i| &i.id).collect(),
            Block::Notes(items) => items.iter().map(|i| &i.id).collect(),
        }
    }
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: Id,
    #[serde(default)]
    intro: bool,
    causes: Option<Vec<Cause>>,
    remedies: Option<Vec<Remedy>>,
    steps: Option<Vec<Step>>,
    conditions: Option<Vec<Condition>>,
    channels: Option<Vec<Channel>>,
    deadlines: Option<Vec<Deadline>>,
    notes: Option<Vec<Note>>,
}

impl TryFrom<RawSection> for Section {
    type Error = ValueProblem;

    fn try_from(raw: RawSection) -> Result<Self, ValueProblem> {
        let blocks: Vec<Block> = [
            raw.causes.map(Block::Causes),
            raw.remedies.map(Block::Remedies),
            raw.steps.map(Block::Steps),
            raw.conditions.map(Block::Conditions),
            raw.channels.map(Block::Channels),
            raw.deadlines.map(Block::Deadlines),
            raw.notes.map(Block::Notes),
        ]
        .into_iter()
        .flatten()
        .collect();
        let kinds = SectionKind::ALL.map(SectionKind::as_str).join(", ");
        match <[Block; 1]>::try_from(blocks) {
            Ok([block]) => Ok(Section {
                id: raw.id,
                intro: raw.intro,
                block,
            }),
            Err(blocks) if blocks.is_empty() => Err(ValueProblem::new(
                Code::YamlSchema,
                format!(
                    "section `{}` has no content: give it exactly one of {kinds}",
                    raw.id
                ),
            )
            .help(format!("add one of {kinds} with its items"))),
            Err(blocks) => Err(ValueProblem::new(
                Code::YamlSchema,
                format!(
                    "section `{}` has {}: a section holds exactly one of them; split it into \
                     several sections",
                    raw.id,
                    blocks
                        .iter()
                        .map(|b| b.kind().as_str())
                        .collect::<Vec<_>>()
                        .join(" and ")
                ),
            )
            .help("give each kind of content a section of its own")),
        }
    }
}

fn yes() -> bool {
    true
}

/// Why something happened: a heading with reason, solution and remark parts.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cause {
    pub id: Id,
    #[serde(default = "yes")]
    pub reason: bool,
    #[serde(default = "yes")]
    pub solution: bool,
    #[serde(default)]
    pub remark: bool,
    #[serde(default)]
    pub period: Option<PeriodRef>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Remedy {
    pub id: Id,
    #[serde(default)]
    pub period: Option<PeriodRef>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: Id,
    #[serde(default)]
    pub detail: bool,
    #[serde(default)]
    pub period: Option<PeriodRef>,
}

/// "If the order status is X, do Y"; `possible: false` marks a status where nothing can be done.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub id: Id,
    pub status: Id,
    #[serde(default = "yes")]
    pub possible: bool,
    #[serde(default)]
    pub period: Option<PeriodRef>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub id: Id,
    pub kind: ChannelKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    Online,
    Branch,
    Phone,
}

#[derive(Debug, Clone)]
pub struct Deadline {
    pub id: Id,
    pub period: PeriodRef,
}

/// A deadline: its own number, or a policy's (`{ id: refund, policy: refund-paid-order }`).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawDeadline {
    id: Id,
    /// The id of a policy in content/policies.yaml: its number is used, and a change there
    /// reaches this text.
    policy: Option<Id>,
    hours: Option<Whole>,
    days: Option<Whole>,
    working_days: Option<Whole>,
    weeks: Option<Whole>,
}

impl<'de> Deserialize<'de> for Deadline {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_checked_map::<D, RawDeadline, Deadline>(
            deserializer,
            "a deadline: `id` and one of `policy`, `hours`, `days`, `working_days` or `weeks`",
        )
    }
}

impl TryFrom<RawDeadline> for Deadline {
    type Error = ValueProblem;

    fn try_from(raw: RawDeadline) -> Result<Self, ValueProblem> {
        let units = RawPeriod {
            hours: raw.hours,
            days: raw.days,
            working_days: raw.working_days,
            weeks: raw.weeks,
        };
        Ok(Deadline {
            id: raw.id,
            period: period_or_policy(raw.policy, units, "a deadline")?,
        })
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: Id,
    #[serde(default)]
    pub tone: Tone,
    #[serde(default)]
    pub period: Option<PeriodRef>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Tone {
    #[default]
    Info,
    Warning,
}

/// A link between articles, written `article:<id>` or `article:<id>#<anchor>` in Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleLink<'a> {
    pub article: &'a str,
    pub anchor: Option<&'a str>,
}

impl<'a> ArticleLink<'a> {
    pub const SCHEME: &'static str = "article:";

    pub fn parse(destination: &'a str) -> Option<Self> {
        let target = destination.strip_prefix(Self::SCHEME)?;
        Some(match target.split_once('#') {
            Some((article, anchor)) => ArticleLink {
                article,
                anchor: Some(anchor),
            },
            None => ArticleLink {
                article: target,
                anchor: None,
            },
        })
    }
}

/// Types checked after parsing (`try_from`) are described by the shape they are written in.
macro_rules! schema_as {
    ($type:ty, $raw:ty, $name:literal) => {
        impl JsonSchema for $type {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }

            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                <$raw>::json_schema(generator)
            }
        }
    };
}

schema_as!(Section, RawSection, "Section");
schema_as!(Deadline, RawDeadline, "Deadline");
schema_as!(PeriodRef, RawPeriodRef, "Period");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_hold_exactly_one_block() {
        let yaml = "id: a\nsteps: [{id: b}]\nnotes: [{id: c}]\n";
        let err = serde_yaml::from_str::<Section>(yaml)
            .unwrap_err()
            .to_string();
        assert!(err.contains("steps and notes"), "{err}");
    }
}
