//! Texts that are the same on every page of a locale, rendered once instead of once per page.
//!
//! Every page carries the interface strings (`page.ui`), and every listing carries the titles
//! and summaries of the articles it lists: on a large site most of the render time went into
//! rendering the same few thousand texts again and again. A text is shared only when its
//! rendering cannot depend on the page, that is when it has no link (links are relative to the
//! page); the others are still rendered per page.

use std::collections::HashMap;
use std::sync::RwLock;

use super::views::TextView;

/// A cache of page-independent texts. A build uses one for its render; watch mode keeps it
/// from one rebuild to the next and makes it forget what an edit may have changed (see
/// [`SharedTexts::forget_article`]), so an edit re-renders only its own texts.
#[derive(Default)]
pub struct SharedTexts {
    /// Rendered inline texts without arguments: by article (empty for site strings), then by
    /// [`TextKey::rest`]. One bucket per article, so forgetting an article is one removal.
    inline: RwLock<HashMap<String, HashMap<String, TextView>>>,
    /// `page.ui` per locale, as a template value (cloning it is a reference count); `None`
    /// when one of the strings has a link and must be rendered per page.
    ui: RwLock<HashMap<String, Option<tera::Value>>>,
    /// Lists of every category with its articles (home and search pages), as template values,
    /// by locale and the folder of the page (links in them are relative to it).
    lists: RwLock<HashMap<(String, String), tera::Value>>,
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
    /// Locale, message and attribute as one string, joined by a character no id or locale
    /// code contains.
    fn rest(&self) -> String {
        let attribute = self.attribute.unwrap_or("");
        [self.locale, self.message, attribute].join("\u{1f}")
    }
}

impl SharedTexts {
    /// The cached rendering of `key`, or `render()` (cached when `shareable`).
    pub fn inline(&self, key: TextKey<'_>, render: impl FnOnce() -> (TextView, bool)) -> TextView {
        let rest = key.rest();
        let found = self.inline.read().ok().and_then(|cache| {
            cache
                .get(key.article)
                .and_then(|texts| texts.get(&rest))
                .cloned()
        });
        if let Some(found) = found {
            return found;
        }
        let (view, shareable) = render();
        if shareable && let Ok(mut cache) = self.inline.write() {
            cache
                .entry(key.article.to_string())
                .or_default()
                .insert(rest, view.clone());
        }
        view
    }

    /// Forgets the texts of article `id` in every locale (a locale's text may come from another
    /// locale's file, by fallback), and every list of articles.
    pub fn forget_article(&self, id: &str) {
        if let Ok(mut cache) = self.inline.write() {
            cache.remove(id);
        }
        if let Ok(mut lists) = self.lists.write() {
            lists.clear();
        }
    }

    /// `page.ui` for `locale`, built by `build` the first time it is asked for.
    pub fn ui(
        &self,
        locale: &str,
        build: impl FnOnce() -> Option<tera::Value>,
    ) -> Option<tera::Value> {
        get_or_build(&self.ui, locale.to_string(), build)
    }

    /// The list of categories for pages of `locale` in `folder`, built by `build` the first
    /// time.
    pub fn category_list(
        &self,
        locale: &str,
        folder: &str,
        build: impl FnOnce() -> tera::Value,
    ) -> tera::Value {
        get_or_build(&self.lists, (locale.to_string(), folder.to_string()), build)
    }
}

/// The value for `key`, or `build()` stored under it. Two pages may build it at once; both get
/// equal values, and building twice is cheaper than holding a lock while building.
fn get_or_build<K: std::hash::Hash + Eq, V: Clone>(
    map: &RwLock<HashMap<K, V>>,
    key: K,
    build: impl FnOnce() -> V,
) -> V {
    if let Some(found) = map.read().ok().and_then(|map| map.get(&key).cloned()) {
        return found;
    }
    let value = build();
    if let Ok(mut map) = map.write() {
        map.insert(key, value.clone());
    }
    value
}
