//! `helpsite new locale CODE`: a new locale folder with every file the source locale has, each
//! message a copy of the source text marked `# helpsite: untranslated` (readers see the source
//! text, marked as such, until it is translated; `check` and the status page count it), and
//! one line added under `locales:` in `content/site.yaml`.
//!
//! site.yaml is edited as text, not written again from its parsed form: its comments and
//! layout are the editor's. The line is inserted after the last entry of the list, and the
//! result must parse to the same configuration plus the new locale, or nothing is written.

use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::{ScaffoldError, write_new};
use crate::load::markers::{PLACEHOLDER, UNTRANSLATED};
use crate::load::{CONFIG_PATH, FluentFile, FluentKind, LOCALES_DIR, SiteSources, Source};
use crate::model::Direction;
use crate::site::Pseudo;

/// What `new locale` did.
#[derive(Debug)]
pub struct NewLocale {
    /// The files written, relative to the site's folder.
    pub files: Vec<PathBuf>,
    /// How many messages wait for a translation.
    pub messages: usize,
    /// The line added under `locales:`.
    pub line: String,
    /// The source locale the texts were copied from.
    pub source: String,
    pub direction: Direction,
}

/// Creates `locales/<code>/` and adds the locale to `content/site.yaml`.
pub fn new_locale(root: &Path, code: &str) -> Result<NewLocale, ScaffoldError> {
    check_code(code)?;
    let sources = SiteSources::load(root);
    let Some(config) = &sources.config else {
        return Err(ScaffoldError::new(
            format!("no usable `{CONFIG_PATH}` under `{}`", root.display()),
            "run this in a site's folder (or pass --root), or start one with `helpsite init DIR`",
        ));
    };
    let folder = Path::new(LOCALES_DIR).join(code);
    if root.join(&folder).exists() {
        return Err(ScaffoldError::new(
            format!("`{}` already exists", folder.display()),
            "a locale's folder is made once; to start it again, remove the folder first",
        ));
    }
    if config.value.locales.iter().any(|l| l.code == code) {
        return Err(ScaffoldError::new(
            format!("`{code}` is already in `locales:` of {CONFIG_PATH}"),
            format!(
                "create `{}` by hand, or remove the entry first",
                folder.display()
            ),
        ));
    }
    let source = config.value.default_locale.clone();
    let Some(source_files) = sources.locales.get(&source) else {
        return Err(ScaffoldError::new(
            format!("the source locale `{source}` has no folder `{LOCALES_DIR}/{source}/`"),
            "run `helpsite check` and fix the source locale first",
        ));
    };
    let config_text = config.file.text.to_string();
    let (config_after, line) = add_locale_line(&config_text, code).ok_or_else(|| {
        ScaffoldError::new(
            format!("cannot add `{code}` to {CONFIG_PATH} without rewriting it"),
            format!(
                "nothing was written; add `- {{ code: {code} }}` under `locales:` by hand and \
                 run this again, or create `{}` by hand",
                folder.display()
            ),
        )
    })?;

    let mut files: Vec<(PathBuf, String)> = Vec::new();
    let mut messages = 0;
    let kinds = [FluentKind::Site, FluentKind::Ui, FluentKind::Policies]
        .into_iter()
        .chain(
            source_files
                .articles
                .keys()
                .cloned()
                .map(FluentKind::Article),
        );
    for kind in kinds {
        let file = match &kind {
            FluentKind::Site => source_files.site.as_ref(),
            FluentKind::Ui => source_files.ui.as_ref(),
            FluentKind::Policies => source_files.policies.as_ref(),
            FluentKind::Article(id) => source_files.articles.get(id),
        };
        let Some(file) = file else {
            continue;
        };
        let (text, count) = marked_copy(file, code);
        messages += count;
        files.push((
            PathBuf::from(Source::Fluent(code.to_string(), kind).path()),
            text,
        ));
    }
    let mut written = Vec::new();
    for (relative, text) in files {
        write_new(&root.join(&relative), text.as_bytes())?;
        written.push(relative);
    }
    let config_path = root.join(CONFIG_PATH);
    let temporary = config_path.with_extension("yaml.tmp");
    fs::write(&temporary, &config_after)
        .and_then(|()| fs::rename(&temporary, &config_path))
        .map_err(|error| {
            ScaffoldError::new(
                format!("cannot write {CONFIG_PATH}: {error}"),
                format!(
                    "the locale's files are written; add `{}` under `locales:` by hand",
                    line.trim()
                ),
            )
        })?;
    written.push(PathBuf::from(CONFIG_PATH));
    Ok(NewLocale {
        files: written,
        messages,
        line: line.trim().to_string(),
        source,
        direction: Direction::of_language(code),
    })
}

/// A locale code must be a BCP 47 tag as helpsite writes it (it is a folder name and a URL
/// segment), and not a pseudo-locale's.
fn check_code(code: &str) -> Result<(), ScaffoldError> {
    let help = "use a BCP 47 language tag such as `de`, `pt-BR` or `zh-Hant`";
    let parsed = code
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-')
        .then(|| code.parse::<LanguageIdentifier>().ok())
        .flatten()
        .filter(|_| code.parse::<icu::locale::Locale>().is_ok() && !code.is_empty());
    let Some(parsed) = parsed else {
        return Err(ScaffoldError::new(
            format!("`{code}` is not a language tag"),
            help,
        ));
    };
    let canonical = parsed.to_string();
    if canonical != code {
        return Err(ScaffoldError::new(
            format!("`{code}` is written `{canonical}`"),
            format!("run `helpsite new locale {canonical}`"),
        ));
    }
    if Pseudo::ALL.iter().any(|p| p.code() == code) {
        return Err(ScaffoldError::new(
            format!("`{code}` is a pseudo-locale, which `--pseudo` builds"),
            help,
        ));
    }
    Ok(())
}

/// The source file with `# helpsite: untranslated` above each message, and how many messages
/// that is. `language-name` gets a placeholder instead: the code, until someone writes the
/// language's own name (the source locale's name would label the new language wrongly).
fn marked_copy(file: &FluentFile, code: &str) -> (String, usize) {
    let text = file.file.text.as_str();
    let mut inserts: Vec<(usize, String)> = Vec::new();
    let mut language_name: Option<(usize, usize)> = None;
    let mut count = 0;
    for entry in file.resource.entries() {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let start = file.span_of(message.id.name).start;
        let line_start = text[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        if message.id.name == "language-name" && message.attributes.is_empty() {
            let end = text[start..]
                .find(['\n', '\r'])
                .map_or(text.len(), |i| start + i);
            let continued = text[end..]
                .trim_start_matches(['\n', '\r'])
                .starts_with([' ', '\t']);
            if !continued {
                language_name = Some((line_start, end));
                continue;
            }
        }
        inserts.push((line_start, format!("# {UNTRANSLATED}\n")));
        count += 1;
    }
    let mut out = String::with_capacity(text.len() + inserts.len() * 26);
    let mut at = 0;
    let mut edits: Vec<(usize, usize, String)> = inserts
        .into_iter()
        .map(|(offset, insert)| (offset, offset, insert))
        .collect();
    if let Some((start, end)) = language_name {
        edits.push((
            start,
            end,
            format!(
                "# {PLACEHOLDER}: the language's name in itself, as the language switcher shows it.\n\
                 language-name = {code}"
            ),
        ));
    }
    edits.sort_by_key(|(start, _, _)| *start);
    for (start, end, insert) in edits {
        out.push_str(&text[at..start]);
        out.push_str(&insert);
        at = end;
    }
    out.push_str(&text[at..]);
    (out, count)
}

/// `text` (site.yaml) with `- { code: <code> }` added as the last entry under `locales:`, and
/// the line added; `None` when the list is not written in a way this understands, or the
/// result would not be the same configuration plus the locale.
pub fn add_locale_line(text: &str, code: &str) -> Option<(String, String)> {
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let entry = format!("{{ code: {code} }}");
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len();
            Some((start, line))
        })
        .collect();
    let key = lines
        .iter()
        .position(|(_, line)| line.starts_with("locales:"))?;
    let (key_start, key_line) = lines[key];
    let after_key = key_start + "locales:".len();
    let value = key_line["locales:".len()..].trim_start();
    let (changed, added) = if value.starts_with('[') {
        // A flow sequence: `[{ code: en }, { code: fr }]`, perhaps over several lines.
        let open = after_key + (key_line.len() - "locales:".len() - value.len());
        let close = matching_bracket(text, open)?;
        let inside = text[open + 1..close].trim();
        let separator = if inside.is_empty() { "" } else { ", " };
        let trimmed_end = open + 1 + text[open + 1..close].trim_end().len();
        let changed = format!(
            "{}{separator}{entry}{}",
            &text[..trimmed_end],
            &text[trimmed_end..]
        );
        (changed, entry.clone())
    } else {
        if !value.trim().is_empty() && !value.trim_start().starts_with('#') {
            return None;
        }
        // A block sequence: the entries are the lines below that are indented or start with
        // `-`; blank lines and comments may sit among them.
        let mut last = None;
        let mut indent = None;
        for (index, (_, line)) in lines.iter().enumerate().skip(key + 1) {
            let content = line.trim();
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            if !line.starts_with([' ', '\t', '-']) {
                break;
            }
            if indent.is_none() {
                if !content.starts_with('-') {
                    return None;
                }
                indent = Some(line[..line.len() - line.trim_start().len()].to_string());
            }
            last = Some(index);
        }
        let (last, indent) = (last?, indent?);
        let (start, line) = lines[last];
        let end = start + line.len();
        let added = format!("{indent}- {entry}");
        let ends_line = line.ends_with('\n');
        let changed = format!(
            "{}{}{added}{}{}",
            &text[..end],
            if ends_line { "" } else { newline },
            if ends_line { newline } else { "" },
            &text[end..]
        );
        (changed, added)
    };
    same_plus_locale(text, &changed, code).then_some((changed, added))
}

/// The index of the `]` that closes the `[` at `open`, outside quotes and comments.
fn matching_bracket(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0;
    let mut quote: Option<char> = None;
    let mut comment = false;
    for (i, c) in text[open..].char_indices() {
        match (quote, c) {
            _ if comment => comment = c != '\n',
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '#') => comment = true,
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return (c == ']').then_some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether `after` says what `before` says, with one more locale `code` at the end of the list.
fn same_plus_locale(before: &str, after: &str, code: &str) -> bool {
    let parse = |text: &str| serde_yaml::from_str::<serde_yaml::Value>(text).ok();
    let (Some(before), Some(mut after)) = (parse(before), parse(after)) else {
        return false;
    };
    let mut added = serde_yaml::Mapping::new();
    added.insert("code".into(), code.into());
    let last = after
        .get_mut("locales")
        .and_then(|locales| locales.as_sequence_mut())
        .and_then(|locales| locales.pop());
    last == Some(serde_yaml::Value::Mapping(added)) && before == after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_line_goes_after_the_last_entry_and_nothing_else_moves() {
        let block = "base_url: x\nlocales:\n  - { code: en, format: en-GB }\n  # French, from 2026.\n  - code: fr\n    lang: fr-FR\n\n# Categories, in order.\ncategories: [a]\n";
        let (after, line) = add_locale_line(block, "pt-BR").unwrap();
        assert_eq!(line, "  - { code: pt-BR }");
        assert_eq!(
            after,
            "base_url: x\nlocales:\n  - { code: en, format: en-GB }\n  # French, from 2026.\n  - code: fr\n    lang: fr-FR\n  - { code: pt-BR }\n\n# Categories, in order.\ncategories: [a]\n"
        );
        let flush = "locales:\n- { code: en }\ncategories: []";
        assert_eq!(
            add_locale_line(flush, "de").unwrap().0,
            "locales:\n- { code: en }\n- { code: de }\ncategories: []"
        );
        let flow = "locales: [{ code: en }, { code: fr }]  # two\ncategories: []\n";
        assert_eq!(
            add_locale_line(flow, "de").unwrap().0,
            "locales: [{ code: en }, { code: fr }, { code: de }]  # two\ncategories: []\n"
        );
        let crlf = "locales:\r\n  - { code: en }\r\ncategories: []\r\n";
        assert_eq!(
            add_locale_line(crlf, "de").unwrap().0,
            "locales:\r\n  - { code: en }\r\n  - { code: de }\r\ncategories: []\r\n"
        );
        let at_end = "categories: []\nlocales:\n  - { code: en }";
        assert_eq!(
            add_locale_line(at_end, "de").unwrap().0,
            "categories: []\nlocales:\n  - { code: en }\n  - { code: de }"
        );
    }

    #[test]
    fn a_list_it_does_not_understand_is_left_alone() {
        for text in [
            "categories: []\n",
            "locales: &all\n  - { code: en }\n",
            "\"locales\":\n  - { code: en }\n",
            "locales:\n  - { code: en }\n  - [broken\n",
        ] {
            assert!(add_locale_line(text, "de").is_none(), "{text:?}");
        }
    }

    #[test]
    fn codes_are_bcp_47_tags_as_written() {
        for good in ["de", "pt-BR", "zh-Hant", "sr-Latn-RS", "ar"] {
            assert!(check_code(good).is_ok(), "{good}");
        }
        for bad in ["", "de_DE", "pt-br", "../x", "en-XA", "en-XB", "e n", "x"] {
            assert!(check_code(bad).is_err(), "{bad}");
        }
    }
}
