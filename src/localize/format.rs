//! Numbers and dates as each locale writes them, from CLDR data (ICU4X, compiled in).
//!
//! Fluent's Rust implementation prints numbers as plain ASCII digits and has no DATETIME, so the
//! bundle's formatter hook sends numbers here, and pages format dates with [`DateFormatter`].

use fluent_bundle::FluentValue;
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use crate::model::Date;

/// Converts a Fluent locale into an ICU one (both are BCP 47; validation checked the tag).
fn icu_locale(lang: &LanguageIdentifier) -> icu::locale::Locale {
    lang.to_string()
        .parse()
        .unwrap_or(icu::locale::Locale::UNKNOWN)
}

/// A decimal formatter that the bundle's memoizer builds once per locale.
pub struct NumberFormatter(DecimalFormatter);

impl Memoizable for NumberFormatter {
    type Args = ();
    type Error = icu_provider::DataError;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        let locale = icu_locale(&lang);
        DecimalFormatter::try_new((&locale).into(), Default::default()).map(NumberFormatter)
    }
}

/// The bundle's formatter hook: numbers with the locale's digits and separators ("1 234,5").
pub fn format_fluent_value(value: &FluentValue<'_>, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    if number.options.minimum_fraction_digits.is_some() || !number.value.is_finite() {
        return None; // keep Fluent's own handling of NUMBER() options
    }
    let decimal: Decimal = number.value.to_string().parse().ok()?;
    memoizer
        .with_try_get::<NumberFormatter, _, _>((), |formatter| {
            formatter.0.format(&decimal).to_string()
        })
        .ok()
}

/// Long dates as the locale writes them: "2 November 2026", "2 listopada 2026", "2026年11月2日".
pub struct DateFormatter(icu::datetime::DateTimeFormatter<icu::datetime::fieldsets::YMD>);

impl DateFormatter {
    pub fn new(lang: &LanguageIdentifier) -> Option<Self> {
        let locale = icu_locale(lang);
        icu::datetime::DateTimeFormatter::try_new(
            (&locale).into(),
            icu::datetime::fieldsets::YMD::long(),
        )
        .ok()
        .map(DateFormatter)
    }

    pub fn format(&self, date: Date) -> String {
        match icu::calendar::Date::try_new_iso(date.year, date.month, date.day) {
            Ok(iso) => self.0.format(&iso).to_string(),
            Err(_) => date.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date_in(lang: &str) -> String {
        let lang: LanguageIdentifier = lang.parse().unwrap();
        DateFormatter::new(&lang).unwrap().format(Date {
            year: 2026,
            month: 11,
            day: 2,
        })
    }

    #[test]
    fn dates_follow_each_locale() {
        assert_eq!(date_in("en-GB"), "2 November 2026");
        assert_eq!(date_in("pl"), "2 listopada 2026");
        assert_eq!(date_in("fr"), "2 novembre 2026");
        assert_eq!(date_in("zh-Hans"), "2026年11月2日");
    }

    #[test]
    fn numbers_use_decimal_commas_where_the_locale_does() {
        let format = |lang: &str, n: f64| {
            let memoizer = IntlLangMemoizer::new(lang.parse().unwrap());
            format_fluent_value(&FluentValue::from(n), &memoizer).unwrap()
        };
        assert_eq!(format("pl", 2.5), "2,5");
        assert_eq!(format("fr", 2.5), "2,5");
        assert_eq!(format("en-GB", 1234.5), "1,234.5");
        assert_eq!(format("zh-Hans", 14.0), "14");
    }
}
