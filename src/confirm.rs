//! `helpsite confirm`: a translator says "this translation matches the current source text".
//!
//! It records, in the locale's `translations.lock`, the hash of the source message each chosen
//! translation now corresponds to. From then on `check` reports the translation as stale as
//! soon as the source text changes again.

use std::fs;
use std::path::Path;

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::load::markers;
use crate::load::{FluentFile, FluentKind, LOCALES_DIR, LOCK_FILE, LocaleSources, SiteSources};
use crate::lock::{self, TranslationLock};
use crate::validate::index_messages;

/// What to confirm: `all`, or keys like `articles/<id>:<message>`, `articles/<id>` (the whole
/// file), `ui:<message>`, `site`, `policies`.
pub struct Selection<'a> {
    pub all: bool,
    pub keys: &'a [String],
}

impl Selection<'_> {
    fn wants(&self, file: &str, message: &str) -> bool {
        self.all
            || self.keys.iter().any(|key| match key.split_once(':') {
                Some((key_file, key_message)) => key_file == file && key_message == message,
                None => key == file,
            })
    }
}

/// Confirms the selected translations of `locale`; returns how many messages were recorded.
pub fn confirm(root: &Path, locale: &str, selection: &Selection<'_>) -> Result<usize, Diagnostics> {
    let sources = SiteSources::load(root);
    let fail = |message: String, help: &str| {
        let mut problems = Diagnostics::default();
        problems.push(Diagnostic::new(Code::Config, message).help(help.to_string()));
        Err(problems)
    };
    let Some(config) = &sources.config else {
        return Err(sources.diagnostics());
    };
    let source_locale = config.value.default_locale.as_str();
    if locale == source_locale {
        return fail(
            format!(
                "`{locale}` is the source locale; its texts are what translations are made from"
            ),
            "confirm a translation instead, e.g. `helpsite confirm pl --all`",
        );
    }
    let (Some(translation), Some(source)) = (
        sources.locales.get(locale),
        sources.locales.get(source_locale),
    ) else {
        return fail(
            format!("there is no locale folder `{LOCALES_DIR}/{locale}/`"),
            "check the locale code against the folders in locales/",
        );
    };
    // Confirming everything writes the lock afresh, so it keeps no line of a translation
    // that no longer exists.
    let mut lock = match &translation.lock {
        Some(file) if !selection.all => TranslationLock::parse(file).0,
        _ => TranslationLock::default(),
    };
    let mut confirmed = 0;
    let mut matched_keys = vec![false; selection.keys.len()];
    for (file_key, translated, original) in pairs(translation, source) {
        let index = index_messages(&translated.resource);
        let source_index = index_messages(&original.resource);
        // A copy of the source text that `new locale` wrote is no translation to confirm.
        let untranslated = markers::marked(&translated.resource, markers::UNTRANSLATED);
        for id in &index.order {
            let Some(source_message) = source_index.messages.get(id) else {
                continue;
            };
            if untranslated.contains(id) {
                continue;
            }
            if selection.wants(&file_key, id) {
                lock.set(&file_key, id, lock::source_hash(source_message.message));
                confirmed += 1;
                for (i, key) in selection.keys.iter().enumerate() {
                    matched_keys[i] |= key == &file_key || key == &format!("{file_key}:{id}");
                }
            }
        }
    }
    if let Some(unknown) = selection
        .keys
        .iter()
        .zip(&matched_keys)
        .find(|(_, found)| !**found)
    {
        return fail(
            format!("`{}` names no translated message of `{locale}`", unknown.0),
            "write keys as `articles/<id>:<message>`, `ui:<message>`, `site:<message>`, `policies:<message>` or a whole file (`articles/<id>`, `policies`)",
        );
    }
    let path = root.join(LOCALES_DIR).join(locale).join(LOCK_FILE);
    let temporary = path.with_extension("lock.tmp");
    let written =
        fs::write(&temporary, lock.to_text()).and_then(|()| fs::rename(&temporary, &path));
    if let Err(error) = written {
        return fail(
            format!("cannot write `{}`: {error}", path.display()),
            "check the folder's permissions",
        );
    }
    Ok(confirmed)
}

/// Each translated file with its lock key and the source locale's version of it.
fn pairs<'a>(
    translation: &'a LocaleSources,
    source: &'a LocaleSources,
) -> Vec<(String, &'a FluentFile, &'a FluentFile)> {
    let mut pairs = Vec::new();
    for (kind, translated, original) in [
        (FluentKind::Site, &translation.site, &source.site),
        (FluentKind::Ui, &translation.ui, &source.ui),
        (
            FluentKind::Policies,
            &translation.policies,
            &source.policies,
        ),
    ] {
        if let (Some(translated), Some(original)) = (translated, original) {
            pairs.push((kind.lock_key(), translated, original));
        }
    }
    for (id, translated) in &translation.articles {
        if let Some(original) = source.articles.get(id) {
            pairs.push((
                FluentKind::Article(id.clone()).lock_key(),
                translated,
                original,
            ));
        }
    }
    pairs
}
