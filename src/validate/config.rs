//! The site configuration, `content/site.yaml`: base URL, locales, fallback chain, the ids of
//! categories, order statuses and contact options, and the contact addresses.
//!
//! Every URL from the configuration reaches pages as a link or a canonical address, so each
//! is parsed and checked by kind here: `base_url` an absolute http(s) URL with a host, a
//! contact address an e-mail address, a phone number or an https URL. Anything else (a
//! `javascript:` link, an address with spaces or quotes) is an error at the value.

use std::collections::HashSet;
use std::sync::Arc;

use unic_langid::LanguageIdentifier;

use super::did_you_mean;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::load::Parsed;
use crate::model::{ContactKind, ContactOption, Direction, Id, Rules, SiteConfig};
use crate::site::{Contact, Locale};
use crate::source::SourceFile;

pub(super) struct CheckedConfig {
    pub base_url: String,
    pub locales: Vec<Locale>,
    pub contact: Vec<Contact>,
}

pub(super) fn check_config(
    config: &Parsed<SiteConfig>,
    diagnostics: &mut Diagnostics,
) -> Option<CheckedConfig> {
    let file = &config.file;
    let value = &config.value;
    let mut usable = true;

    let base_url = check_base_url(file, &value.base_url, diagnostics);
    let contact = value
        .contact
        .iter()
        .map(|option| check_contact(file, option, diagnostics))
        .collect();

    let mut locales: Vec<Locale> = Vec::new();
    let locales_start = locales_span(file).start;
    // Entries are found in order, each after the one before, so a repeated code is found
    // where it is repeated.
    let mut entry_start = locales_start;
    for locale in &value.locales {
        let span = file
            .find_key_value_from("code", &locale.code, entry_start)
            .or_else(|| file.find_token(&locale.code, entry_start))
            .unwrap_or(0..0);
        entry_start = entry_start.max(span.end);
        let code_ok = !locale.code.is_empty()
            && locale
                .code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
            && locale.code.parse::<LanguageIdentifier>().is_ok();
        if !code_ok {
            diagnostics.push(
                Diagnostic::new(
                    Code::Config,
                    format!("`{}` is not a valid locale code", locale.code),
                )
                .at(file, span.clone())
                .help("use a BCP 47 language tag such as `en`, `pt-BR` or `zh-Hant`"),
            );
            usable = false;
            continue;
        }
        if locales.iter().any(|l| l.code == locale.code) {
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    format!("locale `{}` is listed twice", locale.code),
                )
                .at(file, span)
                .help("remove one of the entries"),
            );
            continue;
        }
        if locale.lang().parse::<LanguageIdentifier>().is_err() {
            diagnostics.push(
                Diagnostic::new(
                    Code::Config,
                    format!("`{}` is not a valid language tag", locale.lang()),
                )
                .at(
                    file,
                    file.find_token(locale.lang(), locales_start)
                        .unwrap_or(span),
                )
                .help("use a BCP 47 tag such as `zh-Hans`"),
            );
            usable = false;
            continue;
        }
        let format = match locale.format().parse::<LanguageIdentifier>() {
            Ok(format) if locale.format().parse::<icu::locale::Locale>().is_ok() => format,
            _ => {
                diagnostics.push(
                    Diagnostic::new(
                        Code::Config,
                        format!("`{}` is not a valid formatting locale", locale.format()),
                    )
                    .at(
                        file,
                        file.find_token(locale.format(), locales_start)
                            .unwrap_or(span),
                    )
                    .help("use a CLDR locale such as `en-GB` or `fr`"),
                );
                usable = false;
                continue;
            }
        };
        locales.push(Locale {
            code: locale.code.clone(),
            lang: locale.lang().to_string(),
            format,
            pseudo: None,
            typography: Rules::resolve(locale.lang(), &locale.typography),
            direction: locale
                .direction
                .unwrap_or_else(|| Direction::of_language(locale.lang())),
        });
    }
    if locales.is_empty() {
        diagnostics.push(
            Diagnostic::new(Code::Config, "no locales are configured")
                .at(file, locales_span(file))
                .help("list at least one, e.g. `locales: [{ code: en }]`"),
        );
        return None;
    }

    let known: Vec<&str> = locales.iter().map(|l| l.code.as_str()).collect();
    let check_known = |code: &str, key: &str, diagnostics: &mut Diagnostics| {
        if !known.contains(&code) {
            let mut diagnostic = Diagnostic::new(
                Code::UnknownReference,
                format!("`{key}` names locale `{code}`, which is not in `locales`"),
            )
            .at(
                file,
                file.find_key_value(key, code)
                    .or_else(|| file.find_token(code, 0))
                    .unwrap_or(0..0),
            );
            if let Some(suggestion) = did_you_mean(code, known.iter().copied()) {
                diagnostic = diagnostic.help(format!("did you mean `{suggestion}`?"));
            } else {
                diagnostic = diagnostic.help(format!("configured locales: {}", known.join(", ")));
            }
            diagnostics.push(diagnostic);
            false
        } else {
            true
        }
    };
    usable &= check_known(&value.default_locale, "default_locale", diagnostics);
    for code in &value.fallback {
        check_known(code, "fallback", diagnostics);
    }

    check_unique(
        file,
        value.categories.iter().map(|c| &c.id),
        "category",
        diagnostics,
    );
    check_unique(
        file,
        value.order_statuses.iter(),
        "order status",
        diagnostics,
    );
    check_unique(
        file,
        value.contact.iter().map(|c| &c.id),
        "contact option",
        diagnostics,
    );
    check_unique(file, value.finder.iter(), "finder answer", diagnostics);

    usable.then_some(CheckedConfig {
        base_url,
        locales,
        contact,
    })
}

pub(super) fn locales_span(file: &SourceFile) -> std::ops::Range<usize> {
    file.find_token("locales", 0).unwrap_or(0..0)
}

fn check_unique<'a>(
    file: &Arc<SourceFile>,
    ids: impl Iterator<Item = &'a Id>,
    what: &str,
    diagnostics: &mut Diagnostics,
) {
    let mut seen: HashSet<&str> = HashSet::new();
    for id in ids {
        if !seen.insert(id.as_str()) {
            let first = file.find_token(id.as_str(), 0).map_or(0, |s| s.end);
            diagnostics.push(
                Diagnostic::new(Code::DuplicateId, format!("{what} `{id}` is listed twice"))
                    .at(file, file.find_token(id.as_str(), first).unwrap_or(0..0))
                    .help("ids must be unique; remove or rename one of them"),
            );
        }
    }
}

/// The base URL, normalised, ending with `/`. When it is not a usable address the problem is
/// reported, and the text as written is returned so that `check` can go on.
fn check_base_url(file: &Arc<SourceFile>, written: &str, diagnostics: &mut Diagnostics) -> String {
    let trimmed = written.trim();
    let problem = match url::Url::parse(trimmed) {
        Err(error) => Some(format!("base_url `{trimmed}` is not a valid URL: {error}")),
        Ok(url) if !matches!(url.scheme(), "https" | "http") => Some(format!(
            "base_url `{trimmed}` is not an http(s) URL (its scheme is `{}`)",
            url.scheme()
        )),
        Ok(url) if url.host_str().is_none_or(str::is_empty) => {
            Some(format!("base_url `{trimmed}` has no host name"))
        }
        Ok(url) if !url.username().is_empty() || url.password().is_some() => Some(format!(
            "base_url `{trimmed}` holds a user name or password, which would be published"
        )),
        Ok(url) if url.query().is_some() || url.fragment().is_some() => Some(format!(
            "base_url `{trimmed}` has a query (`?...`) or fragment (`#...`), which page URLs \
             cannot follow"
        )),
        Ok(url) => {
            let mut normalised = url.to_string();
            if !normalised.ends_with('/') {
                normalised.push('/');
            }
            return normalised;
        }
    };
    if let Some(problem) = problem {
        diagnostics.push(
            Diagnostic::new(Code::Config, problem)
                .at(file, value_span(file, "base_url"))
                .help(
                    "write the address the site is published at, e.g. \
                     `https://help.example.com/`",
                ),
        );
    }
    let mut fallback = trimmed.to_string();
    if !fallback.ends_with('/') {
        fallback.push('/');
    }
    fallback
}

/// Where the value of `key:` is written, or the key, or the file's start.
fn value_span(file: &SourceFile, key: &str) -> std::ops::Range<usize> {
    file.value_of_key(key)
        .or_else(|| file.find_token(key, 0))
        .unwrap_or(0..0)
}

/// A contact option with its address turned into a link of its kind; a bad address is
/// reported at the value and gives no link.
fn check_contact(
    file: &Arc<SourceFile>,
    option: &ContactOption,
    diagnostics: &mut Diagnostics,
) -> Contact {
    let href = Some(option.address.as_str()).and_then(|address| {
        let checked = match option.kind {
            ContactKind::Email => email_link(address),
            ContactKind::Phone => phone_link(address),
            ContactKind::Chat | ContactKind::Form => https_link(address),
        };
        checked
            .map_err(|(problem, example)| {
                let span = file
                    .find_key_value("address", address)
                    .or_else(|| file.find_token(option.id.as_str(), 0))
                    .unwrap_or(0..0);
                diagnostics.push(
                    Diagnostic::new(
                        Code::Config,
                        format!("contact `{}`: address `{address}` {problem}", option.id),
                    )
                    .at(file, span)
                    .label("not a usable address")
                    .help(format!("write an address such as `{example}`")),
                );
            })
            .ok()
    });
    Contact {
        id: option.id.clone(),
        kind: option.kind,
        availability: option.availability,
        href,
    }
}

/// `(what is wrong, an example of a good address)`.
type AddressProblem = (&'static str, &'static str);

/// `mailto:` link of `help@example.com` (or of `mailto:help@example.com`).
fn email_link(address: &str) -> Result<String, AddressProblem> {
    const EXAMPLE: &str = "help@example.com";
    let address = address.trim();
    let address = address.strip_prefix("mailto:").unwrap_or(address);
    let Some((local, domain)) = address.split_once('@') else {
        return Err(("is not an e-mail address (it has no `@`)", EXAMPLE));
    };
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    let domain_ok = domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    if !local_ok || !domain_ok {
        return Err(("is not an e-mail address", EXAMPLE));
    }
    let href = format!("mailto:{address}");
    url::Url::parse(&href)
        .map(String::from)
        .map_err(|_| ("is not an e-mail address", EXAMPLE))
}

/// `tel:` link of a phone number written with digits, spaces, `-`, `.`, `(`, `)` and a
/// leading `+`.
fn phone_link(address: &str) -> Result<String, AddressProblem> {
    const EXAMPLE: &str = "+48 22 123 45 67";
    let number = address.trim();
    let number = number.strip_prefix("tel:").unwrap_or(number);
    let (plus, rest) = match number.strip_prefix('+') {
        Some(rest) => ("+", rest),
        None => ("", number),
    };
    if !rest
        .chars()
        .all(|c| c.is_ascii_digit() || " -.()".contains(c))
    {
        return Err((
            "is not a phone number (only digits, spaces, `-`, `.`, `(`, `)` and a leading `+`)",
            EXAMPLE,
        ));
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 3 {
        return Err(("is not a phone number (too few digits)", EXAMPLE));
    }
    Ok(format!("tel:{plus}{digits}"))
}

/// An `https:` URL with a host, normalised.
fn https_link(address: &str) -> Result<String, AddressProblem> {
    const EXAMPLE: &str = "https://example.com/chat";
    let url = url::Url::parse(address.trim()).map_err(|_| ("is not a URL", EXAMPLE))?;
    if url.scheme() != "https" {
        return Err(("is not an https:// address", EXAMPLE));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(("has no host name", EXAMPLE));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(("holds a user name or password", EXAMPLE));
    }
    Ok(url.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_links_of_their_kind_or_refused() {
        assert_eq!(
            email_link("help@example.com").unwrap(),
            "mailto:help@example.com"
        );
        assert_eq!(email_link("mailto:a.b@x.co").unwrap(), "mailto:a.b@x.co");
        for bad in [
            "javascript:alert(1)",
            "a@b",
            "a b@x.com",
            "\"x\"@x.com",
            "a@x.com?cc=b@y.com",
        ] {
            assert!(email_link(bad).is_err(), "{bad}");
        }
        assert_eq!(phone_link("+48 22 123-45-67").unwrap(), "tel:+48221234567");
        for bad in ["javascript:alert(1)", "12", "+48 22 <b>"] {
            assert!(phone_link(bad).is_err(), "{bad}");
        }
        assert_eq!(
            https_link("https://x.com/chat").unwrap(),
            "https://x.com/chat"
        );
        for bad in [
            "javascript:alert(1)",
            "http://x.com/",
            "https://user:pw@x.com/",
            "data:text/html,<script>alert(1)</script>",
            "chat",
        ] {
            assert!(https_link(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_base_url_must_be_an_absolute_http_url_with_a_host() {
        let file = SourceFile::new("content/site.yaml", "base_url: x\n");
        let checked = |url: &str| {
            let mut diagnostics = Diagnostics::default();
            let normalised = check_base_url(&file, url, &mut diagnostics);
            (normalised, diagnostics.error_count())
        };
        assert_eq!(
            checked("https://help.example.com"),
            ("https://help.example.com/".into(), 0)
        );
        assert_eq!(
            checked(" https://x.org/help "),
            ("https://x.org/help/".into(), 0)
        );
        for bad in [
            "https://",
            "ftp://x.org/",
            "javascript:alert(1)",
            "https://u:p@x.org/",
            "https://x.org/?a=b",
            "help.example.com",
        ] {
            assert_eq!(checked(bad).1, 1, "{bad}");
        }
    }
}
