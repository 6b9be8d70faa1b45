//! Rendered texts and values shared between the output files of a build, so that each is
//! rendered once: the interface strings every page shows, the titles and summaries every list
//! shows.
//!
//! Two caches with two simple contracts. [`TextCache`] lives as long as watch mode does and is
//! keyed by what a text is made from (its locale, message and the digests of the files it is
//! looked up in), so an entry can never be stale: an edited file gives new keys. [`RunCache`]
//! lives for one render and keeps values built from many facts (a list of every category with
//! its articles), with the facts they were built from, which each file that uses the value
//! notes as its own.

use std::collections::HashMap;
use std::sync::RwLock;

use super::deps::Fact;
use super::read::SiteReader;
use super::views::TextView;

/// Page-independent rendered texts, by what they are made from.
#[derive(Default)]
pub struct TextCache {
    texts: RwLock<HashMap<String, TextView>>,
}

/// Beyond this many texts the cache starts again: an entry is never wrong, but in a long
/// watch session texts of old versions of files pile up.
const MAX_TEXTS: usize = 1_000_000;

impl TextCache {
    /// The cached text under `key`, or `render()`'s (kept when it says the text does not depend
    /// on the page it is on).
    pub fn get_or_render(
        &self,
        key: String,
        render: impl FnOnce() -> (TextView, bool),
    ) -> TextView {
        if let Some(found) = self
            .texts
            .read()
            .ok()
            .and_then(|texts| texts.get(&key).cloned())
        {
            return found;
        }
        let (view, shareable) = render();
        if shareable && let Ok(mut texts) = self.texts.write() {
            if texts.len() >= MAX_TEXTS {
                texts.clear();
            }
            texts.insert(key, view.clone());
        }
        view
    }
}

/// Values shared by the output files of one render, with the facts each was built from.
#[derive(Default)]
pub struct RunCache {
    values: RwLock<HashMap<String, (tera::Value, Vec<Fact>)>>,
}

impl RunCache {
    /// The value under `key`, built by `build` the first time; either way, `reader` notes the
    /// facts it was built from.
    pub fn get_or_build<'a>(
        &self,
        key: String,
        reader: &SiteReader<'a>,
        build: impl FnOnce(&SiteReader<'a>) -> tera::Value,
    ) -> tera::Value {
        self.get_or_build_if(key, reader, |read| (build(read), true))
    }

    /// Like [`Self::get_or_build`], for a value that `build` may find is not shareable (it
    /// depends on the file: a text with a link); such a value is built for every file.
    pub fn get_or_build_if<'a>(
        &self,
        key: String,
        reader: &SiteReader<'a>,
        build: impl FnOnce(&SiteReader<'a>) -> (tera::Value, bool),
    ) -> tera::Value {
        if let Some((value, facts)) = self
            .values
            .read()
            .ok()
            .and_then(|values| values.get(&key).cloned())
        {
            reader.replay(&facts);
            return value;
        }
        // Two files may build the same value at once; both get equal values, and building
        // twice is cheaper than holding a lock while building.
        let ((value, shareable), facts) = reader.capture(build);
        if shareable && let Ok(mut values) = self.values.write() {
            values.insert(key, (value.clone(), facts));
        }
        value
    }
}
