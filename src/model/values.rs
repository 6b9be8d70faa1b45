//! Values written in the content: periods of time, whole numbers, dates. Each is checked while
//! it is read, so a bad one is reported at its place, in plain words.

use std::fmt;
use std::marker::PhantomData;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::Id;
use super::problem::ValueProblem;
use crate::diagnostics::Code;

/// A length of time. It reaches sentences as one Fluent variable named after its unit
/// (`$days`, `$working_days`, `$weeks`, `$hours`), so a translation's plural forms follow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeUnit {
    Hours,
    Days,
    WorkingDays,
    Weeks,
}

impl TimeUnit {
    pub const ALL: [TimeUnit; 4] = [
        TimeUnit::Hours,
        TimeUnit::Days,
        TimeUnit::WorkingDays,
        TimeUnit::Weeks,
    ];

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
pub(super) struct RawPeriod {
    pub(super) hours: Option<Whole>,
    pub(super) days: Option<Whole>,
    pub(super) working_days: Option<Whole>,
    pub(super) weeks: Option<Whole>,
}

impl TryFrom<RawPeriod> for Period {
    type Error = ValueProblem;

    fn try_from(raw: RawPeriod) -> Result<Self, ValueProblem> {
        raw.period("a period", "e.g. `{ days: 14 }`")
    }
}

impl RawPeriod {
    /// The one unit given, with its amount. `what` names the thing in messages ("a period",
    /// "a policy"); `example` shows a good one.
    pub(super) fn period(self, what: &str, example: &str) -> Result<Period, ValueProblem> {
        let given: Vec<Period> = [
            (TimeUnit::Hours, self.hours),
            (TimeUnit::Days, self.days),
            (TimeUnit::WorkingDays, self.working_days),
            (TimeUnit::Weeks, self.weeks),
        ]
        .into_iter()
        .filter_map(|(unit, amount)| amount.map(|Whole(amount)| Period { unit, amount }))
        .collect();
        let help = "give exactly one unit with its amount, e.g. `days: 14`";
        match given.as_slice() {
            [period] => Ok(*period),
            [] => Err(ValueProblem::new(
                Code::YamlSchema,
                format!(
                    "{what} needs one of `hours`, `days`, `working_days` or `weeks`, {example}"
                ),
            )
            .help(help)),
            several => Err(ValueProblem::new(
                Code::YamlSchema,
                format!(
                    "{what} has exactly one unit, and this one has {}: keep one of them",
                    several
                        .iter()
                        .map(|p| format!("`{}`", p.unit.variable()))
                        .collect::<Vec<_>>()
                        .join(" and ")
                ),
            )
            .help(help)),
        }
    }
}

/// A period as an article writes it: a number of its own (`{ days: 3 }`), or the number of a
/// company policy in `content/policies.yaml` (`{ policy: refund-paid-order }`), which is
/// written once there and changes every text that states it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PeriodRef {
    Given(Period),
    Policy(Id),
}

impl PeriodRef {
    /// The policy it names, if it names one.
    pub fn policy(&self) -> Option<&Id> {
        match self {
            PeriodRef::Policy(id) => Some(id),
            PeriodRef::Given(_) => None,
        }
    }
}

impl<'de> Deserialize<'de> for PeriodRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_checked_map::<D, RawPeriodRef, PeriodRef>(
            deserializer,
            "a period such as `{ days: 14 }` or `{ policy: refund-paid-order }`",
        )
    }
}

/// `period:` as written: one unit with its amount, or a policy's id.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPeriodRef {
    /// The id of a policy in content/policies.yaml: its number is used, and a change there
    /// reaches this text.
    pub(super) policy: Option<Id>,
    pub(super) hours: Option<Whole>,
    pub(super) days: Option<Whole>,
    pub(super) working_days: Option<Whole>,
    pub(super) weeks: Option<Whole>,
}

impl TryFrom<RawPeriodRef> for PeriodRef {
    type Error = ValueProblem;

    fn try_from(raw: RawPeriodRef) -> Result<Self, ValueProblem> {
        let units = RawPeriod {
            hours: raw.hours,
            days: raw.days,
            working_days: raw.working_days,
            weeks: raw.weeks,
        };
        period_or_policy(raw.policy, units, "a period")
    }
}

/// A policy's id, or one unit with its amount: never both, never neither.
pub(super) fn period_or_policy(
    policy: Option<Id>,
    units: RawPeriod,
    what: &str,
) -> Result<PeriodRef, ValueProblem> {
    let has_units = [units.hours, units.days, units.working_days, units.weeks]
        .iter()
        .any(Option::is_some);
    match policy {
        Some(id) if has_units => Err(ValueProblem::new(
            Code::YamlSchema,
            format!(
                "{what} gives both a number and the policy `{id}`: the policy's number is the \
                 one stated, so give one or the other"
            ),
        )
        .help(format!(
            "keep `policy: {id}` (its number is in content/policies.yaml), or remove it and keep \
             the number"
        ))),
        Some(id) => Ok(PeriodRef::Policy(id)),
        None => units
            .period(
                what,
                "e.g. `{ days: 14 }`, or a policy of content/policies.yaml: `{ policy: <id> }`",
            )
            .map(PeriodRef::Given),
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
pub(super) fn whole_number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    Whole::deserialize(deserializer).map(|Whole(n)| n)
}

struct WholeVisitor;

impl WholeVisitor {
    fn problem<E: de::Error>(message: String) -> E {
        ValueProblem::new(Code::YamlSchema, message)
            .help("write a whole number without quotes or sign, such as 0, 1 or 14")
            .into_error()
    }

    fn too_large<E: de::Error>(value: impl fmt::Display) -> E {
        Self::problem(format!(
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
            Err(_) if value < 0 => Err(Self::problem(format!(
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
        Err(Self::problem(format!(
            "`{value}` is not a whole number: write one such as 0, 1 or 14"
        )))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Whole, E> {
        Err(Self::problem(format!(
            "`{value}` is text: write a whole number such as 14, without quotes"
        )))
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Whole, E> {
        Err(Self::problem(format!(
            "`{value}` is not a number: write a whole number such as 14"
        )))
    }
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
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
    type Error = ValueProblem;

    fn try_from(value: String) -> Result<Self, ValueProblem> {
        let problem = |message: String| {
            ValueProblem::new(Code::YamlSchema, message)
                .help("write a real date as YYYY-MM-DD, e.g. `updated: 2026-11-02`")
        };
        let invalid = || {
            problem(format!(
                "invalid date `{value}`: write it as YYYY-MM-DD, e.g. 2026-11-02"
            ))
        };
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
        icu::calendar::Date::try_new_iso(date.year, date.month, date.day).map_err(|_| {
            problem(format!(
                "invalid date `{value}`: there is no such day in the calendar"
            ))
        })?;
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
pub(super) fn deserialize_checked_str<'de, D, T>(
    deserializer: D,
    expecting: &'static str,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: TryFrom<String, Error = ValueProblem>,
{
    struct CheckedStr<T> {
        expecting: &'static str,
        target: PhantomData<fn() -> T>,
    }

    impl<T: TryFrom<String, Error = ValueProblem>> Visitor<'_> for CheckedStr<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.expecting)
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            T::try_from(value.to_owned()).map_err(ValueProblem::into_error)
        }
    }

    deserializer.deserialize_str(CheckedStr {
        expecting,
        target: PhantomData,
    })
}

/// Reads a mapping as `Raw` and checks it with `T::try_from` while still inside the mapping,
/// so a failed check is reported at the mapping itself (see [`deserialize_checked_str`]).
pub(super) fn deserialize_checked_map<'de, D, Raw, T>(
    deserializer: D,
    expecting: &'static str,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    Raw: Deserialize<'de>,
    T: TryFrom<Raw, Error = ValueProblem>,
{
    struct CheckedMap<Raw, T> {
        expecting: &'static str,
        types: PhantomData<fn() -> (Raw, T)>,
    }

    impl<'de, Raw: Deserialize<'de>, T: TryFrom<Raw, Error = ValueProblem>> Visitor<'de>
        for CheckedMap<Raw, T>
    {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.expecting)
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            let raw = Raw::deserialize(de::value::MapAccessDeserializer::new(map))?;
            T::try_from(raw).map_err(ValueProblem::into_error)
        }
    }

    deserializer.deserialize_map(CheckedMap {
        expecting,
        types: PhantomData,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
