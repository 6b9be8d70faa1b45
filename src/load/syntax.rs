//! The first pass over a YAML file: its syntax, keys repeated in a mapping and aliases that
//! expand too far, all found without building a tree of the document.
//!
//! A later pass reads the file into the content model and judges the values (a number too
//! large, an unknown field). Keeping the two apart reports a broken file as broken, not as a
//! mismatch with the model; and this pass accepts any scalar, so a value the model refuses is
//! reported by the model, at the value.

use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::diagnostics::Code;
use crate::model::ValueProblem;

/// Any YAML value, checked as it is read and then forgotten.
pub struct SyntaxChecked;

impl<'de> Deserialize<'de> for SyntaxChecked {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CheckVisitor)
    }
}

/// A mapping key, as far as telling two keys apart needs: a scalar's text, or `None` for a
/// list or mapping used as a key (never taken for a repeat).
struct MapKey(Option<String>);

impl<'de> Deserialize<'de> for MapKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(KeyVisitor)
    }
}

struct CheckVisitor;

impl<'de> Visitor<'de> for CheckVisitor {
    type Value = SyntaxChecked;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<SyntaxChecked, E> {
        Ok(SyntaxChecked)
    }

    fn visit_i64<E>(self, _: i64) -> Result<SyntaxChecked, E> {
        Ok(SyntaxChecked)
    }

    fn visit_i128<E>(self, _: i128) -> Result<SyntaxChecked, E> {
        Ok(SyntaxChecked)
    }

    fn visit_u64<E>(self, _: u64) -> Result<SyntaxChecked, E> {
        Ok(SyntaxChecked)
    }

    fn visit_u128<E>(self, _: u128) -> Result<SyntaxChecked, E> {
        Ok(SyntaxChecked)
    }

    fn visit_f64<E>(self, _: f64) -> Result<SyntaxChecked, E> {
        Ok(SyntaxChecked)
    }

    fn visit_str<E>(self, _: &str) -> Result<SyntaxChecked, E> {
        Ok(SyntaxChecked)
    }

    fn visit_unit<E>(self) -> Result<SyntaxChecked, E> {
        Ok(SyntaxChecked)
    }

    fn visit_none<E>(self) -> Result<SyntaxChecked, E> {
        Ok(SyntaxChecked)
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<SyntaxChecked, D::Error> {
        SyntaxChecked::deserialize(inner)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        inner: D,
    ) -> Result<SyntaxChecked, D::Error> {
        SyntaxChecked::deserialize(inner)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<SyntaxChecked, A::Error> {
        while seq.next_element::<SyntaxChecked>()?.is_some() {}
        Ok(SyntaxChecked)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SyntaxChecked, A::Error> {
        let mut keys = HashSet::new();
        while let Some(MapKey(key)) = map.next_key::<MapKey>()? {
            if let Some(key) = key
                && !keys.insert(key.clone())
            {
                return Err(ValueProblem::new(
                    Code::YamlSyntax,
                    format!("`{key}` appears twice in this mapping"),
                )
                .help("a key may appear only once in a mapping; remove or rename one of them")
                .subject(key)
                .into_error());
            }
            map.next_value::<SyntaxChecked>()?;
        }
        Ok(SyntaxChecked)
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<SyntaxChecked, A::Error> {
        // A tagged value (`!tag value`): its content is checked like any other.
        let (IgnoredAny, variant) = data.variant::<IgnoredAny>()?;
        de::VariantAccess::newtype_variant::<SyntaxChecked>(variant)
    }
}

/// Reads a key: scalars as their text, anything else as no key (never a duplicate).
struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = MapKey;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_str<E>(self, value: &str) -> Result<Self::Value, E> {
        Ok(MapKey(Some(value.to_string())))
    }

    fn visit_bool<E>(self, value: bool) -> Result<Self::Value, E> {
        Ok(MapKey(Some(value.to_string())))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Self::Value, E> {
        Ok(MapKey(Some(value.to_string())))
    }

    fn visit_i128<E>(self, value: i128) -> Result<Self::Value, E> {
        Ok(MapKey(Some(value.to_string())))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Self::Value, E> {
        Ok(MapKey(Some(value.to_string())))
    }

    fn visit_u128<E>(self, value: u128) -> Result<Self::Value, E> {
        Ok(MapKey(Some(value.to_string())))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Self::Value, E> {
        Ok(MapKey(Some(value.to_string())))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(MapKey(Some("~".to_string())))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        CheckVisitor.visit_seq(seq).map(|_| MapKey(None))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        CheckVisitor.visit_map(map).map(|_| MapKey(None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(yaml: &str) -> Result<(), String> {
        serde_yaml::from_str::<SyntaxChecked>(yaml)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn any_value_passes_and_syntax_errors_do_not() {
        assert_eq!(
            check("a: 99999999999999999999\nb: [1, {c: -3.5}]\n"),
            Ok(())
        );
        assert_eq!(check("a: !tag x\n"), Ok(()));
        assert!(check("a: [1, 2\n").is_err());
    }

    #[test]
    fn repeated_keys_are_found_at_any_depth() {
        let repeated = |yaml: &str| {
            ValueProblem::find(&check(yaml).unwrap_err()).and_then(|(problem, _)| problem.subject)
        };
        assert_eq!(repeated("a: 1\na: 2\n").as_deref(), Some("a"));
        assert_eq!(repeated("x:\n  - {b: 1, b: 2}\n").as_deref(), Some("b"));
        assert_eq!(check("a: {b: 1}\nc: {b: 1}\n"), Ok(()));
    }
}
