//! The content model: what `content/*.yaml` may say, as Rust types.
//!
//! YAML holds structure and numbers only; every sentence lives in Fluent. The types reject
//! unknown fields and check ids and durations while deserializing, so serde_yaml reports those
//! problems with the line and column of the offending value.
//!
//! [`Article::messages`] is the one place that says which Fluent messages an article needs: the
//! validator checks translations against it and the localizer resolves exactly those.

use std::fmt;

use std::marker::PhantomData;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

/// Names that may not be used as ids: they clash with output folders or the templates' own ids.
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "content",
    "top",
    "search",
    "assets",
    "index",
    "404",
    "sitemap",
    "robots",
    "static",
    "main-content",
    "related-heading",
    "contact-heading",
];

/// A stable, lowercase, URL-safe identifier: `[a-z][a-z0-9-]*`, no `--`, no trailing `-`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[schemars(try_from = "String")]
#[schemars(extend("pattern" = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))]
pub struct Id(String);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_checked_str(deserializer, "an id such as `contact-seller`")
    }
}

impl Id {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

pub const ID_RULE: &str = "ids may contain a-z, 0-9 and single hyphens, and start with a letter";

impl TryFrom<String> for Id {
    type Error = String;

    fn try_from(value: String) -> Result<Self, String> {
        check_id(&value)?;
        Ok(Id(value))
    }
}

/// How messages about a malformed id and a reserved id begin and end, so that a diagnostic
/// built from a serde error can tell an id problem (E012) from other schema problems (E011).
const INVALID_ID: &str = "invalid id `";
pub const RESERVED_ID: &str = "is reserved and cannot be used as an id";

/// Whether an error message (from [`check_id`], possibly wrapped by serde) is about an id.
pub fn is_id_problem(message: &str) -> bool {
    message.contains(INVALID_ID) || message.contains(RESERVED_ID)
}

/// A valid id close to an invalid one (`What to do` -> `what-to-do`), to suggest in a help line.
pub fn suggest_id(value: &str) -> Option<String> {
    let lowered = value.to_ascii_lowercase();
    let words: Vec<&str> = lowered
        .split(|c: char| !c.is_ascii_lowercase() && !c.is_ascii_digit())
        .filter(|word| !word.is_empty())
        .collect();
    let candidate = words.join("-");
    let start = candidate.find(|c: char| c.is_ascii_lowercase())?;
    let candidate = candidate[start..].to_string();
    check_id(&candidate).is_ok().then_some(candidate)
}

/// Why `value` is not a valid id, if it is not.
pub fn check_id(value: &str) -> Result<(), String> {
    let well_formed = value.starts_with(|c: char| c.is_ascii_lowercase())
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !value.contains("--")
        && !value.ends_with('-')
        && value.len() <= 64;
    if !well_formed {
        return Err(format!(
            "{INVALID_ID}{value}`: {ID_RULE} (at most 64 characters)"
        ));
    }
    if RESERVED_IDS.contains(&value) {
        return Err(format!(
            "`{value}` {RESERVED_ID}; choose a more specific name"
        ));
    }
    Ok(())
}

/// `content/site.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// Absolute URL the site is published at, used for canonical links and the sitemap.
    pub base_url: String,
    pub default_locale: String,
    /// Where a missing message is looked up next, in order (default: the default locale).
    #[serde(default)]
    pub fallback: Vec<String>,
    pub locales: Vec<LocaleConfig>,
    /// Category ids in display order.
    pub categories: Vec<Id>,
    #[serde(default)]
    pub order_statuses: Vec<Id>,
    #[serde(default)]
    pub contact: Vec<ContactOption>,
    /// Also build the pseudo-locale `en-XA` (accented, lengthened source text).
    #[serde(default)]
    pub pseudo: bool,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocaleConfig {
    /// Folder name under `locales/` and first URL segment.
    pub code: String,
    /// BCP 47 tag for `<html lang>` and hreflang (default: `code`), e.g. `zh-Hans`.
    #[serde(default)]
    pub lang: Option<String>,
    /// CLDR locale for dates and numbers (default: `lang`), e.g. `en-GB`.
    #[serde(default)]
    pub format: Option<String>,
}

impl LocaleConfig {
    pub fn lang(&self) -> &str {
        self.lang.as_deref().unwrap_or(&self.code)
    }

    pub fn format(&self) -> &str {
        self.format.as_deref().unwrap_or_else(|| self.lang())
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactOption {
    pub id: Id,
    pub kind: ContactKind,
    #[serde(default)]
    pub availability: Option<Availability>,
    /// Email address, phone number or URL, depending on `kind`.
    #[serde(default)]
    pub address: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ContactKind {
    Chat,
    Email,
    Phone,
    Form,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Availability {
    Always,
    BusinessHours,
}

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
    #[serde(default)]
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "RawSection")]
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

impl Block {
    pub fn kind(&self) -> &'static str {
        match self {
            Block::Causes(_) => "causes",
            Block::Remedies(_) => "remedies",
            Block::Steps(_) => "steps",
            Block::Conditions(_) => "conditions",
            Block::Channels(_) => "channels",
            Block::Deadlines(_) => "deadlines",
            Block::Notes(_) => "notes",
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

pub const BLOCK_KINDS: &[&str] = &[
    "causes",
    "remedies",
    "steps",
    "conditions",
    "channels",
    "deadlines",
    "notes",
];

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
    type Error = String;

    fn try_from(raw: RawSection) -> Result<Self, String> {
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
        let kinds = BLOCK_KINDS.join(", ");
        match <[Block; 1]>::try_from(blocks) {
            Ok([block]) => Ok(Section {
                id: raw.id,
                intro: raw.intro,
                block,
            }),
            Err(blocks) if blocks.is_empty() => Err(format!(
                "section `{}` has no content: give it exactly one of {kinds}",
                raw.id
            )),
            Err(blocks) => Err(format!(
                "section `{}` has {}: a section holds exactly one of them; split it into several sections",
                raw.id,
                blocks
                    .iter()
                    .map(Block::kind)
                    .collect::<Vec<_>>()
                    .join(" and ")
            )),
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
    pub period: Option<Period>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Remedy {
    pub id: Id,
    #[serde(default)]
    pub period: Option<Period>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: Id,
    #[serde(default)]
    pub detail: bool,
    #[serde(default)]
    pub period: Option<Period>,
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
    pub period: Option<Period>,
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

#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "RawDeadline")]
pub struct Deadline {
    pub id: Id,
    pub period: Period,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawDeadline {
    id: Id,
    hours: Option<Whole>,
    days: Option<Whole>,
    working_days: Option<Whole>,
    weeks: Option<Whole>,
}

impl TryFrom<RawDeadline> for Deadline {
    type Error = String;

    fn try_from(raw: RawDeadline) -> Result<Self, String> {
        let period = RawPeriod {
            hours: raw.hours,
            days: raw.days,
            working_days: raw.working_days,
            weeks: raw.weeks,
        };
        Ok(Deadline {
            id: raw.id,
            period: Period::try_from(period)?,
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
    pub period: Option<Period>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Tone {
    #[default]
    Info,
    Warning,
}

/// A length of time. It reaches sentences as one Fluent variable named after its unit
/// (`$days`, `$working_days`, `$weeks`, `$hours`), so a translation's plural forms follow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub unit: TimeUnit,
    pub amount: u32,
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_checked_map::<D, RawPeriod, Period>(
            deserializer,
            "a period such as `{ days: 14 }`",
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    Hours,
    Days,
    WorkingDays,
    Weeks,
}

impl TimeUnit {
    /// The Fluent variable name the amount is passed as.
    pub fn variable(self) -> &'static str {
        match self {
            TimeUnit::Hours => "hours",
            TimeUnit::Days => "days",
            TimeUnit::WorkingDays => "working_days",
            TimeUnit::Weeks => "weeks",
        }
    }

    /// ISO 8601 duration for schema.org.
    pub fn iso_duration(self, amount: u32) -> String {
        match self {
            TimeUnit::Hours => format!("PT{amount}H"),
            TimeUnit::Days | TimeUnit::WorkingDays => format!("P{amount}D"),
            TimeUnit::Weeks => format!("P{amount}W"),
        }
    }
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    hours: Option<Whole>,
    days: Option<Whole>,
    working_days: Option<Whole>,
    weeks: Option<Whole>,
}

impl TryFrom<RawPeriod> for Period {
    type Error = String;

    fn try_from(raw: RawPeriod) -> Result<Self, String> {
        let given: Vec<Period> = [
            (TimeUnit::Hours, raw.hours),
            (TimeUnit::Days, raw.days),
            (TimeUnit::WorkingDays, raw.working_days),
            (TimeUnit::Weeks, raw.weeks),
        ]
        .into_iter()
        .filter_map(|(unit, amount)| amount.map(|Whole(amount)| Period { unit, amount }))
        .collect();
        match given.as_slice() {
            [period] => Ok(*period),
            [] => Err(
                "a period needs one of `hours`, `days`, `working_days` or `weeks`, e.g. `{ days: 14 }`"
                    .to_string(),
            ),
            _ => Err(
                "a period has exactly one unit: use one of `hours`, `days`, `working_days` or `weeks`"
                    .to_string(),
            ),
        }
    }
}

/// A whole number as YAML gives it (an order, an amount of days): read so that a value that is
/// negative, fractional, text or too large is reported at the value, in plain words, rather
/// than in serde's terms (`integer as u128, expected u32`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Whole(pub u32);

/// Described as the number it is, inline: editors see `integer, minimum 0`.
impl JsonSchema for Whole {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        u32::schema_name()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        u32::json_schema(generator)
    }
}

impl<'de> Deserialize<'de> for Whole {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(WholeVisitor)
    }
}

/// For `u32` fields: `#[serde(deserialize_with = "whole_number")]`.
fn whole_number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    Whole::deserialize(deserializer).map(|Whole(n)| n)
}

struct WholeVisitor;

impl WholeVisitor {
    fn too_large<E: de::Error>(value: impl fmt::Display) -> E {
        E::custom(format!(
            "`{value}` is too large: write a whole number from 0 to {}",
            u32::MAX
        ))
    }
}

impl Visitor<'_> for WholeVisitor {
    type Value = Whole;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number, 0 or more")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Whole, E> {
        u32::try_from(value)
            .map(Whole)
            .map_err(|_| Self::too_large(value))
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<Whole, E> {
        u32::try_from(value)
            .map(Whole)
            .map_err(|_| Self::too_large(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Whole, E> {
        self.visit_i128(i128::from(value))
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<Whole, E> {
        match u32::try_from(value) {
            Ok(n) => Ok(Whole(n)),
            Err(_) if value < 0 => Err(E::custom(format!(
                "`{value}` is negative: write a whole number, 0 or more"
            ))),
            Err(_) => Err(Self::too_large(value)),
        }
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Whole, E> {
        if value.is_finite() && value.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&value)
        {
            return Ok(Whole(value as u32));
        }
        if value.is_finite() && value > f64::from(u32::MAX) {
            return Err(Self::too_large(value));
        }
        Err(E::custom(format!(
            "`{value}` is not a whole number: write one such as 0, 1 or 14"
        )))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Whole, E> {
        Err(E::custom(format!(
            "`{value}` is text: write a whole number such as 14, without quotes"
        )))
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Whole, E> {
        Err(E::custom(format!(
            "`{value}` is not a number: write a whole number such as 14"
        )))
    }
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, JsonSchema)]
#[schemars(try_from = "String")]
#[schemars(extend("format" = "date"))]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_checked_str(deserializer, "a date written YYYY-MM-DD")
    }
}

impl TryFrom<String> for Date {
    type Error = String;

    fn try_from(value: String) -> Result<Self, String> {
        let invalid = || format!("invalid date `{value}`: write it as YYYY-MM-DD, e.g. 2026-11-02");
        let mut parts = value.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(invalid());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(invalid());
        }
        let date = Date {
            year: y.parse().map_err(|_| invalid())?,
            month: m.parse().map_err(|_| invalid())?,
            day: d.parse().map_err(|_| invalid())?,
        };
        icu::calendar::Date::try_new_iso(date.year, date.month, date.day)
            .map_err(|_| format!("invalid date `{value}`: there is no such day in the calendar"))?;
        Ok(date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Reads a string and checks it with `T::try_from` inside the visitor.
///
/// serde_yaml gives an error the position of the value being read when the error happens. A
/// check made after reading (what `#[serde(try_from)]` does) fails once the value is done, so
/// the error lands on the enclosing mapping; checking here puts it on the offending value.
fn deserialize_checked_str<'de, D, T>(
    deserializer: D,
    expecting: &'static str,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: TryFrom<String, Error = String>,
{
    struct CheckedStr<T> {
        expecting: &'static str,
        target: PhantomData<fn() -> T>,
    }

    impl<T: TryFrom<String, Error = String>> Visitor<'_> for CheckedStr<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.expecting)
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            T::try_from(value.to_owned()).map_err(E::custom)
        }
    }

    deserializer.deserialize_str(CheckedStr {
        expecting,
        target: PhantomData,
    })
}

/// Reads a mapping as `Raw` and checks it with `T::try_from` while still inside the mapping,
/// so a failed check is reported at the mapping itself (see [`deserialize_checked_str`]).
fn deserialize_checked_map<'de, D, Raw, T>(
    deserializer: D,
    expecting: &'static str,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    Raw: Deserialize<'de>,
    T: TryFrom<Raw, Error = String>,
{
    struct CheckedMap<Raw, T> {
        expecting: &'static str,
        types: PhantomData<fn() -> (Raw, T)>,
    }

    impl<'de, Raw: Deserialize<'de>, T: TryFrom<Raw, Error = String>> Visitor<'de>
        for CheckedMap<Raw, T>
    {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.expecting)
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            let raw = Raw::deserialize(de::value::MapAccessDeserializer::new(map))?;
            T::try_from(raw).map_err(de::Error::custom)
        }
    }

    deserializer.deserialize_map(CheckedMap {
        expecting,
        types: PhantomData,
    })
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
schema_as!(Period, RawPeriod, "Period");

/// Where a message lives: the locale's shared `site.ftl` + `ui.ftl`, or one article's file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope<'a> {
    Site,
    Article(&'a str),
}

/// One piece of text the content needs: a message, or one of its attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageKey {
    pub id: String,
    pub attribute: Option<&'static str>,
    /// The number the YAML gives this text, passed as a Fluent variable.
    pub period: Option<Period>,
}

impl MessageKey {
    fn new(id: String, attribute: Option<&'static str>, period: Option<Period>) -> Self {
        MessageKey {
            id,
            attribute,
            period,
        }
    }

    /// `cause-foo.reason`, as people write it.
    pub fn display(&self) -> String {
        match self.attribute {
            Some(attribute) => format!("{}.{attribute}", self.id),
            None => self.id.clone(),
        }
    }
}

impl Article {
    /// Every message this article needs from its `.ftl` file, in reading order.
    pub fn messages(&self) -> Vec<MessageKey> {
        let mut keys = vec![
            MessageKey::new("title".into(), None, None),
            MessageKey::new("summary".into(), None, None),
        ];
        if self.intro {
            keys.push(MessageKey::new("intro".into(), None, None));
        }
        for section in &self.sections {
            let heading = format!("section-{}", section.id);
            keys.push(MessageKey::new(heading.clone(), None, None));
            if section.intro {
                keys.push(MessageKey::new(heading, Some("intro"), None));
            }
            let mut item = |prefix: &str, id: &Id, parts: &[(&'static str, bool)], period| {
                let message = format!("{prefix}-{id}");
                keys.push(MessageKey::new(message.clone(), None, period));
                for (attribute, wanted) in parts {
                    if *wanted {
                        keys.push(MessageKey::new(message.clone(), Some(attribute), period));
                    }
                }
            };
            match &section.block {
                Block::Causes(causes) => causes.iter().for_each(|c| {
                    let parts = [
                        ("reason", c.reason),
                        ("solution", c.solution),
                        ("remark", c.remark),
                    ];
                    item("cause", &c.id, &parts, c.period)
                }),
                Block::Remedies(remedies) => remedies
                    .iter()
                    .for_each(|r| item("remedy", &r.id, &[], r.period)),
                Block::Steps(steps) => steps
                    .iter()
                    .for_each(|s| item("step", &s.id, &[("detail", s.detail)], s.period)),
                Block::Conditions(conditions) => conditions
                    .iter()
                    .for_each(|c| item("condition", &c.id, &[], c.period)),
                Block::Channels(channels) => channels
                    .iter()
                    .for_each(|c| item("channel", &c.id, &[("details", true)], None)),
                Block::Deadlines(deadlines) => deadlines
                    .iter()
                    .for_each(|d| item("deadline", &d.id, &[], Some(d.period))),
                Block::Notes(notes) => notes
                    .iter()
                    .for_each(|n| item("note", &n.id, &[], n.period)),
            }
        }
        keys
    }

    /// Every id a link can point at with `article:<id>#<anchor>`: sections and their items.
    pub fn anchors(&self) -> impl Iterator<Item = &Id> {
        self.sections
            .iter()
            .flat_map(|s| std::iter::once(&s.id).chain(s.block.item_ids()))
    }
}

/// The interface strings every template may use, from `ui.ftl`. `$variables` are noted.
pub const UI_MESSAGES: &[&str] = &[
    "skip-to-content",
    "breadcrumb-label",
    "home-link",
    "language-switcher-label",
    "home-heading",
    "home-intro",
    "home-categories",
    "home-featured",
    "category-article-count",
    "category-articles-heading",
    "article-updated",
    "article-contents",
    "cause-reason",
    "cause-solution",
    "cause-remark",
    "condition-status",
    "condition-action",
    "condition-not-possible",
    "related-heading",
    "contact-heading",
    "contact-intro",
    "fallback-page-notice",
    "not-found-title",
    "not-found-body",
    "not-found-home",
    "footer-note",
    "root-title",
    "root-heading",
    "root-intro",
    "note-info-label",
    "note-warning-label",
    "steps-label",
    "search-label",
    "search-button",
    "search-title",
    "search-all-articles",
    "search-no-results",
    "search-results-heading",
    "search-loading",
];

/// Variables the interface strings receive (all others receive none).
pub fn ui_variables(id: &str) -> &'static [&'static str] {
    match id {
        "category-article-count" => &["count"],
        "article-updated" => &["date"],
        "fallback-page-notice" => &["language"],
        "search-no-results" | "search-results-heading" => &["query"],
        _ => &[],
    }
}

impl SiteConfig {
    /// Every message `site.ftl` must define for this configuration.
    pub fn messages(&self) -> Vec<MessageKey> {
        let mut keys: Vec<MessageKey> = ["site-name", "site-tagline", "language-name"]
            .into_iter()
            .map(|id| MessageKey::new(id.into(), None, None))
            .collect();
        for category in &self.categories {
            let id = format!("category-{category}");
            keys.push(MessageKey::new(id.clone(), None, None));
            keys.push(MessageKey::new(id, Some("description"), None));
        }
        for status in &self.order_statuses {
            keys.push(MessageKey::new(format!("status-{status}"), None, None));
        }
        for contact in &self.contact {
            let id = format!("contact-{}", contact.id);
            keys.push(MessageKey::new(id.clone(), None, None));
            keys.push(MessageKey::new(id, Some("details"), None));
        }
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_and_url_safe() {
        for good in ["refunds", "cancel-order-2", "a1"] {
            assert!(check_id(good).is_ok(), "{good}");
        }
        for bad in [
            "../x",
            "a/b",
            "has space",
            "Upper",
            "-lead",
            "trail-",
            "a--b",
            "",
            "1st",
            "index",
        ] {
            assert!(check_id(bad).is_err(), "{bad}");
        }
        assert_eq!(suggest_id("What to do").as_deref(), Some("what-to-do"));
        assert_eq!(suggest_id("../admin").as_deref(), Some("admin"));
        assert_eq!(suggest_id("a/b").as_deref(), Some("a-b"));
        assert_eq!(suggest_id("../index"), None);
    }

    #[test]
    fn periods_take_exactly_one_unit() {
        let one: Period = serde_yaml::from_str("{ working_days: 1 }").unwrap();
        assert_eq!(one.unit.variable(), "working_days");
        assert!(serde_yaml::from_str::<Period>("{ days: 1, weeks: 2 }").is_err());
        assert!(serde_yaml::from_str::<Period>("{}").is_err());
    }

    #[test]
    fn whole_numbers_are_judged_at_the_value_in_plain_words() {
        let order = |yaml: &str| {
            serde_yaml::from_str::<Period>(&format!("{{ days: {yaml} }}"))
                .map(|p| p.amount)
                .map_err(|e| e.to_string())
        };
        assert_eq!(order("14"), Ok(14));
        assert_eq!(order("4294967295"), Ok(u32::MAX));
        for (yaml, said) in [
            ("99999999999999999999", "is too large"),
            ("4294967296", "is too large"),
            ("1e44", "is too large"),
            ("-1", "is negative"),
            ("1.5", "is not a whole number"),
            ("'14'", "is text"),
            ("true", "is not a number"),
        ] {
            let error = order(yaml).unwrap_err();
            assert!(error.contains(said), "{yaml}: {error}");
            assert!(!error.contains("u32") && !error.contains("u128"), "{error}");
        }
    }

    #[test]
    fn dates_are_checked() {
        assert!(Date::try_from("2026-11-02".to_string()).is_ok());
        assert!(Date::try_from("2026-02-30".to_string()).is_err());
        assert!(Date::try_from("2.11.2026".to_string()).is_err());
    }

    #[test]
    fn sections_hold_exactly_one_block() {
        let yaml = "id: a\nsteps: [{id: b}]\nnotes: [{id: c}]\n";
        let err = serde_yaml::from_str::<Section>(yaml)
            .unwrap_err()
            .to_string();
        assert!(err.contains("steps and notes"), "{err}");
    }
}
