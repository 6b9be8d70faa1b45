//! The typography rules `check` applies to a locale's texts, and `typography:` in
//! `content/site.yaml`, which turns each on or off for a locale.
//!
//! Each rule has a default by language (French spacing for French, Polish quotation marks for
//! Polish, ...), so a site needs no configuration for the usual cases; a locale that writes
//! otherwise (Swiss French without a space before `?`, say) turns a rule off.

use schemars::JsonSchema;
use serde::Deserialize;

/// `typography:` of a locale in `content/site.yaml`: each rule `true` (on), `false` (off), or
/// left out (the language's default).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Typography {
    /// A no-break space (U+00A0, or the narrow U+202F) before `? ! : ;` and inside `« »`, so a
    /// line never breaks there. Default: on for French.
    #[serde(default)]
    pub french_spacing: Option<bool>,
    /// Curly apostrophes (’), not straight ones ('). Default: on for French.
    #[serde(default)]
    pub curly_apostrophes: Option<bool>,
    /// One apostrophe style (’ or ') throughout the locale: the less used one is reported.
    /// Default: on for English.
    #[serde(default)]
    pub consistent_apostrophes: Option<bool>,
    /// Polish quotation marks („…”), not straight (") or English (“) ones. Default: on for
    /// Polish.
    #[serde(default)]
    pub polish_quotes: Option<bool>,
    /// Full-width punctuation （，。：；？！（）） next to Chinese or Japanese text, not ASCII
    /// punctuation. Default: on for Chinese and Japanese.
    #[serde(default)]
    pub cjk_punctuation: Option<bool>,
}

/// One typography rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    FrenchSpacing,
    CurlyApostrophes,
    ConsistentApostrophes,
    PolishQuotes,
    CjkPunctuation,
}

impl Rule {
    pub const ALL: [Rule; 5] = [
        Rule::FrenchSpacing,
        Rule::CurlyApostrophes,
        Rule::ConsistentApostrophes,
        Rule::PolishQuotes,
        Rule::CjkPunctuation,
    ];

    /// The rule's name, as `typography:` writes it.
    pub fn name(self) -> &'static str {
        match self {
            Rule::FrenchSpacing => "french_spacing",
            Rule::CurlyApostrophes => "curly_apostrophes",
            Rule::ConsistentApostrophes => "consistent_apostrophes",
            Rule::PolishQuotes => "polish_quotes",
            Rule::CjkPunctuation => "cjk_punctuation",
        }
    }

    /// Whether the rule applies to a language (its primary subtag: `fr`, `zh`) by default.
    fn default_for(self, language: &str) -> bool {
        match self {
            Rule::FrenchSpacing | Rule::CurlyApostrophes => language == "fr",
            Rule::ConsistentApostrophes => language == "en",
            Rule::PolishQuotes => language == "pl",
            Rule::CjkPunctuation => matches!(language, "zh" | "ja"),
        }
    }

    fn setting(self, typography: &Typography) -> Option<bool> {
        match self {
            Rule::FrenchSpacing => typography.french_spacing,
            Rule::CurlyApostrophes => typography.curly_apostrophes,
            Rule::ConsistentApostrophes => typography.consistent_apostrophes,
            Rule::PolishQuotes => typography.polish_quotes,
            Rule::CjkPunctuation => typography.cjk_punctuation,
        }
    }
}

/// The rules a locale's texts are checked with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Rules(u8);

impl Rules {
    /// The rules for a locale of `lang` (a BCP 47 tag) configured with `typography`.
    pub fn resolve(lang: &str, typography: &Typography) -> Rules {
        let language = lang
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let mut rules = Rules::default();
        for rule in Rule::ALL {
            if rule
                .setting(typography)
                .unwrap_or_else(|| rule.default_for(&language))
            {
                rules.0 |= 1 << rule as u8;
            }
        }
        rules
    }

    pub fn has(self, rule: Rule) -> bool {
        self.0 & (1 << rule as u8) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_rules_and_a_locale_can_turn_them_off() {
        let none = Typography::default();
        let fr = Rules::resolve("fr-CA", &none);
        assert!(fr.has(Rule::FrenchSpacing) && fr.has(Rule::CurlyApostrophes));
        assert!(!fr.has(Rule::PolishQuotes));
        assert!(Rules::resolve("zh-Hans", &none).has(Rule::CjkPunctuation));
        assert!(Rules::resolve("pl", &none).has(Rule::PolishQuotes));
        assert!(Rules::resolve("en", &none).has(Rule::ConsistentApostrophes));
        assert!(Rules::resolve("de", &none).is_empty());
        let swiss = Typography {
            french_spacing: Some(false),
            ..Typography::default()
        };
        let rules = Rules::resolve("fr-CH", &swiss);
        assert!(!rules.has(Rule::FrenchSpacing) && rules.has(Rule::CurlyApostrophes));
        let german = Typography {
            curly_apostrophes: Some(true),
            ..Typography::default()
        };
        assert!(Rules::resolve("de", &german).has(Rule::CurlyApostrophes));
    }
}
