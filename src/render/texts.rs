//! Rendered texts and values shared between the output files of a build, so that each is
//! rendered once: the interface strings every page shows, the titles and summaries every list
//! shows.
//!
//! Two caches with two simple contracts, both kept by watch mode for its whole session.
//! [`TextCache`] is keyed by what a text is made from (its locale, message and the digests of
//! the files it is looked up in), so an entry can never be stale: an edited file gives new
//! keys. [`ValueCache`] keeps values built from many facts (a list of every category with its
//! articles), with the facts they were built from, which each file that uses the value notes
//! as its own; an entry is dropped when one of those facts changes.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

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

/// Values shared by the output files of a render (a list of every category with its
/// articles, `page.ui`), with the facts each was built from.
///
/// Watch mode keeps one across runs. Its contract: an entry is valid while every fact it was
/// built from has the value it had then. The pipeline keeps it by calling [`Self::forget`] with
/// the facts that changed before it renders, and with the facts the record stopped keeping
/// (nobody reads them any more, so a later change would go unseen); a render that fails is
/// followed by [`Self::clear`], since what it built may not match the record it leaves.
#[derive(Default)]
pub struct ValueCache {
    values: RwLock<HashMap<String, Shared>>,
}

#[derive(Clone)]
struct Shared {
    value: tera::Value,
    /// Sorted, as [`super::deps::Reads::into_facts`] gives them.
    facts: Arc<[Fact]>,
    /// Building it found no problem. A value with a problem is shared within a render only,
    /// so that every later render that needs it reports the problem again.
    clean: bool,
}

impl ValueCache {
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
        if let Some(shared) = self
            .values
            .read()
            .ok()
            .and_then(|values| values.get(&key).cloned())
        {
            reader.replay(&shared.facts);
            return shared.value;
        }
        // Two files may build the same value at once; both get equal values, and building
        // twice is cheaper than holding a lock while building.
        let problems = reader.problem_count();
        let ((value, shareable), facts) = reader.capture(build);
        if shareable && let Ok(mut values) = self.values.write() {
            let shared = Shared {
                value: value.clone(),
                facts: facts.into(),
                clean: reader.problem_count() == problems,
            };
            values.insert(key, shared);
        }
        value
    }

    /// Drops every value built from one of `facts` (their values changed, or nobody reads them
    /// any more), and every value whose building found a problem.
    pub fn forget(&self, facts: &[Fact]) {
        if let Ok(mut values) = self.values.write() {
            values.retain(|_, shared| {
                shared.clean
                    && !facts
                        .iter()
                        .any(|fact| shared.facts.binary_search(fact).is_ok())
            });
        }
    }

    /// Drops every value: for a whole build, or after a render that failed.
    pub fn clear(&self) {
        if let Ok(mut values) = self.values.write() {
            values.clear();
        }
    }
}

/// What renders share: texts, and values built from many facts.
#[derive(Default)]
pub struct RenderCaches {
    pub texts: TextCache,
    pub values: ValueCache,
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::path::Path;

    use super::*;
    use crate::localize::Localizer;

    /// The default site of this repository, validated.
    fn default_site() -> crate::site::Site {
        let sources = crate::load::SiteSources::load(Path::new(env!("CARGO_MANIFEST_DIR")));
        crate::validate::validate(&sources)
            .0
            .expect("the default site has a configuration")
    }

    #[test]
    fn a_shared_value_lasts_until_a_fact_it_was_built_from_changes() {
        let site = default_site();
        let localizer = Localizer::new(&site);
        let cache = ValueCache::default();
        let builds = Cell::new(0);
        let get = || {
            let reader = SiteReader::new(&site, &localizer, true);
            let value = cache.get_or_build("featured".into(), &reader, |read| {
                builds.set(builds.get() + 1);
                tera::Value::from(read.featured().len())
            });
            (value, reader.finish().0)
        };
        let (first, facts) = get();
        assert_eq!(facts, [Fact::Featured]);
        let (again, facts) = get();
        assert_eq!((again, builds.get()), (first.clone(), 1), "built once");
        assert_eq!(
            facts,
            [Fact::Featured],
            "a file that reuses it reads its facts"
        );

        cache.forget(&[Fact::Config, Fact::Article("other".into())]);
        get();
        assert_eq!(builds.get(), 1, "kept: it was not built from those");
        cache.forget(&[Fact::Featured]);
        let (rebuilt, _) = get();
        assert_eq!((rebuilt, builds.get()), (first, 2), "built again");
        cache.clear();
        get();
        assert_eq!(builds.get(), 3);
    }
}
