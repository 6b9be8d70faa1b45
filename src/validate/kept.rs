//! Check results kept between the runs of watch mode, by a digest of everything each was
//! computed from.

use std::sync::atomic::{AtomicU32, Ordering};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Results by the digest of their inputs. A result is valid for as long as its key is asked
/// for: each lookup marks the key as used by this run, and [`Kept::sweep`] at the end of the
/// run drops what the run did not ask for, so the cache holds what the last run used and no
/// more (an edited file's old result goes, and so does a deleted article's).
///
/// Unlike building a fresh map on every run, nothing is moved, hashed again or dropped for
/// the thousands of results an edit leaves alone. Lookups take `&self`, so they can run on
/// all cores; [`Kept::get_or_make_all`] looks up many at once and adds the new results after.
pub struct Kept<V> {
    entries: FxHashMap<u64, (AtomicU32, V)>,
    /// The number of the current run: an entry is used by this run if its mark is this.
    run: u32,
}

impl<V> Default for Kept<V> {
    fn default() -> Self {
        Kept {
            entries: FxHashMap::default(),
            run: 0,
        }
    }
}

impl<V> Kept<V> {
    /// The result kept for `key`, marked as used by this run.
    pub fn get(&self, key: u64) -> Option<&V> {
        let (used, value) = self.entries.get(&key)?;
        used.store(self.run, Ordering::Relaxed);
        Some(value)
    }

    /// Keeps `value` for `key`, used by this run.
    pub fn insert(&mut self, key: u64, value: V) {
        self.entries.insert(key, (AtomicU32::new(self.run), value));
    }

    /// Ends a run: drops every result it did not ask for.
    pub fn sweep(&mut self) {
        let run = self.run;
        self.entries.retain(|_, (used, _)| *used.get_mut() == run);
        self.run = run.wrapping_add(1);
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.len()
    }
}

impl<V: Clone> Kept<V> {
    /// The result for `key`: the kept one, or `make()`, kept from now on.
    pub fn get_or_insert_with(&mut self, key: u64, make: impl FnOnce() -> V) -> V {
        if let Some(value) = self.get(key) {
            return value.clone();
        }
        let value = make();
        self.insert(key, value.clone());
        value
    }
}

impl<V: Clone + Send + Sync> Kept<V> {
    /// The result for each of `items`, in their order: the one kept for its key, or
    /// `make(item)`, kept from now on. Keys are worked out, looked up and results made on all
    /// cores (a large site has thousands of independent files).
    pub fn get_or_make_all<T: Sync>(
        &mut self,
        items: &[T],
        key: impl Fn(&T) -> u64 + Sync,
        make: impl Fn(&T) -> V + Sync,
    ) -> Vec<V> {
        let kept = &*self;
        let found: Vec<(u64, V, bool)> = items
            .par_iter()
            .map(|item| {
                let key = key(item);
                match kept.get(key) {
                    Some(value) => (key, value.clone(), false),
                    None => (key, make(item), true),
                }
            })
            .collect();
        found
            .into_iter()
            .map(|(key, value, new)| {
                if new {
                    self.insert(key, value.clone());
                }
                value
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_keeps_what_it_asked_for_and_nothing_else() {
        let mut kept = Kept::default();
        kept.insert(1, "one");
        kept.insert(2, "two");
        kept.sweep();
        assert_eq!(kept.len(), 2, "both were used by the run that made them");

        // The next run asks for 1 and makes 3; 2 is not asked for.
        assert_eq!(kept.get(1), Some(&"one"));
        assert_eq!(kept.get_or_insert_with(3, || "three"), "three");
        kept.sweep();
        assert_eq!(
            kept.get(2),
            None,
            "dropped: the run before did not ask for it"
        );
        assert_eq!(kept.get_or_insert_with(3, || "made again"), "three");
        assert_eq!(kept.get(1), Some(&"one"));
        kept.sweep();
        assert_eq!(kept.len(), 2);

        // A run that asks for nothing leaves nothing.
        kept.sweep();
        assert_eq!(kept.len(), 0);
    }

    #[test]
    fn many_at_once_make_only_what_is_not_kept() {
        let mut kept = Kept::default();
        kept.insert(2, "kept 2".to_string());
        let made = std::sync::atomic::AtomicUsize::new(0);
        let values = kept.get_or_make_all(
            &[1u64, 2, 3],
            |item| *item,
            |item| {
                made.fetch_add(1, Ordering::Relaxed);
                format!("made {item}")
            },
        );
        assert_eq!(
            values,
            ["made 1", "kept 2", "made 3"],
            "in the items' order"
        );
        assert_eq!(made.into_inner(), 2, "the kept one is not made again");
        kept.sweep();
        assert_eq!(
            kept.get(3).map(String::as_str),
            Some("made 3"),
            "new ones are kept"
        );
    }
}
