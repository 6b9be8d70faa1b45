//! Texts that are the same on every page of a locale, rendered once per render instead of once
//! per page.
//!
//! Every page carries the interface strings (`page.ui`), and every listing carries the titles
//! and summaries of the articles it lists: on a large site most of the render time went into
//! rendering the same few thousand texts again and again. A text is shared only when its
//! rendering cannot depend on the page, that is when it has no link (links are relative to the
//! page); the others are still rendered per page.

use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

use super::views::TextView;

/// A cache of page-independent texts. A build uses one for its render; watch mode keeps it
/// from one rebuild to the next and makes it forget what an edit may have changed (see
/// [`SharedTexts::forget_article`]), so an edit re-renders only its own texts.
#[derive(Default)]
pub struct SharedTexts {
    /// Rendered inline texts without arguments, by [`TextKey::joined`].
    inline: RwLock<HashMap<String, TextView>>,
    /// `page.ui` per locale, as a template value (cloning it is a reference count); `None`
    /// when one of the strings has a link and must be rendered per page.
    ui: RwLock<HashMap<String, std::sync::Arc<OnceLock<Option<tera::Value>>>>>,
}

/// Which text: locale, article (empty for site strings), message id and attribute.
#[derive(Debug, Clone, Copy)]
pub struct TextKey<'a> {
    pub locale: &'a str,
    pub article: &'a str,
    pub message: &'a str,
    pub attribute: Option<&'a str>,
}

impl TextKey<'_> {
    /// The key as one string (one allocation per lookup, not four): the parts joined by a
    /// character no id or locale code contains.
    fn joined(&self) -> String {
        let attribute = self.attribute.unwrap_or("");
        [self.locale, self.article, self.message, attribute].join("\u{1f}")
    }
}

impl SharedTexts {
    /// The cached rendering of `key`, or `render()` (cached when `shareable`).
    pub fn inline(&self, key: TextKey, render: impl FnOnce() -> (TextView, bool)) -> TextView {
        let key = key.joined();
        if let Some(found) = self.read_inline(&key) {
            return found;
        }
        let (view, shareable) = render();
        if shareable && let Ok(mut cache) = self.inline.write() {
            cache.insert(key, view.clone());
        }
        view
    }

    fn read_inline(&self, key: &str) -> Option<TextView> {
        self.inline.read().ok()?.get(key).cloned()
    }

    /// Forgets the texts of article `id` in every locale (a locale's text may come from another
    /// locale's file, by fallback).
    pub fn forget_article(&self, id: &str) {
        if let Ok(mut cache) = self.inline.write() {
            cache.retain(|key, _| key.split('\u{1f}').nth(1) != Some(id));
        }
    }

    /// `page.ui` for `locale`, built by `build` the first time it is asked for.
    pub fn ui(
        &self,
        locale: &str,
        build: impl FnOnce() -> Option<tera::Value>,
    ) -> Option<tera::Value> {
        let slot = {
            let existing = self.ui.read().ok().and_then(|map| map.get(locale).cloned());
            match existing {
                Some(slot) => slot,
                None => {
                    let mut map = self.ui.write().ok()?;
                    std::sync::Arc::clone(map.entry(locale.to_string()).or_default())
                }
            }
        };
        slot.get_or_init(build).clone()
    }
}
