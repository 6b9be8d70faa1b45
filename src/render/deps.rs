//! What each output file is made from, recorded as its view reads it.
//!
//! Views read the site only through [`super::read::SiteReader`], which notes every [`Fact`]
//! they read in the output file's [`Reads`]. After a build, the [`Record`] holds, for every
//! output file, the facts it read and the value (a digest) each fact had. A rebuild asks the
//! record which files read a fact whose value changed, and renders exactly those again.
//!
//! Nothing here is declared by hand: a template that prints a field its view offers, or a view
//! that reads one more thing, is covered the moment it reads it. The contract is one sentence:
//! *an output file is a function of the facts it read*. The property test in
//! `tests/watch_equals_build.rs` holds watch mode to it after random edits.

use std::cell::RefCell;
use std::collections::BTreeSet;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::load::{FluentKind, Source};

/// One thing an output file is made from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fact {
    /// `content/site.yaml`: base URL, locales, categories, contact options.
    Config,
    /// The templates (a page's template, the ones it extends or includes).
    Templates,
    /// A static file, by its name under `assets/`.
    Static(String),
    /// An article's YAML: its fields and sections.
    Article(String),
    /// A `.ftl` file of a locale folder: its text, or that it does not exist.
    Fluent(String, FluentKind),
    /// The category an article is in: every link to it has it in its URL.
    Route(String),
    /// The articles of a category, in order.
    Members(String),
    /// The featured articles, in order.
    Featured,
    /// Whether a locale has its own translation of an article (hreflang, fallback notices).
    Translated(String, String),
    /// Every page of the site, in order (the sitemap lists them).
    Pages,
    /// One policy of `content/policies.yaml`: its topic, number and date, or that it does not
    /// exist. The pages that state it read this, and nothing else of the file.
    Policy(String),
    /// All of `content/policies.yaml`: every topic and policy, in order (the Timeframes page,
    /// and whether there is one).
    Policies,
    /// Which articles state each policy (the Timeframes page links to them).
    PolicyUse,
    /// The cancellation finder: its answers, in order, and the causes and conditions each
    /// leads to (from site.yaml and the articles).
    Finder,
    /// Whether the site has a Timeframes page (any policy) and a finder (any answer that
    /// leads somewhere): what a link to them depends on.
    Features,
}

/// The facts one output file reads while it is made; off (and free) when nobody keeps them.
#[derive(Debug, Default)]
pub struct Reads {
    facts: Option<RefCell<FxHashSet<Fact>>>,
}

impl Reads {
    /// Notes every fact read.
    pub fn recording() -> Self {
        Reads {
            facts: Some(RefCell::default()),
        }
    }

    /// Notes nothing: a build that keeps no record (`build`, `check`).
    pub fn off() -> Self {
        Reads { facts: None }
    }

    pub fn is_recording(&self) -> bool {
        self.facts.is_some()
    }

    /// Notes that `fact` was read. The closure runs only while recording.
    pub fn note(&self, fact: impl FnOnce() -> Fact) {
        if let Some(facts) = &self.facts {
            facts.borrow_mut().insert(fact());
        }
    }

    /// The facts read, in a stable order.
    pub fn into_facts(self) -> Vec<Fact> {
        let mut facts: Vec<Fact> = self
            .facts
            .map(|facts| facts.into_inner().into_iter().collect())
            .unwrap_or_default();
        facts.sort();
        facts
    }
}

/// For every output file, the facts it read; for every fact, the value it had when the files
/// that read it were written.
///
/// Invariant: every file on disk was written when each fact it read had the value recorded
/// here. A rebuild keeps it by rendering again every file that read a fact whose value moved,
/// and recording the new values.
#[derive(Debug, Default)]
pub struct Record {
    digests: FxHashMap<Fact, u64>,
    readers: FxHashMap<Fact, FxHashSet<String>>,
    reads: FxHashMap<String, Vec<Fact>>,
    /// Facts that lost their last reader since [`Self::take_forgotten`] was last called: their
    /// values are no longer watched, so whatever was built from them elsewhere is unwatched too.
    forgotten: Vec<Fact>,
}

impl Record {
    /// Records that `output` was just made from `facts`, whose values `digest` gives now.
    pub fn set(&mut self, output: &str, facts: Vec<Fact>, digest: &mut impl FnMut(&Fact) -> u64) {
        if self.reads.get(output) == Some(&facts) {
            // Made again from the same facts (the common case in watch mode: a text changed):
            // every one of them is recorded already, with its reader.
            return;
        }
        self.remove(output);
        for fact in &facts {
            if !self.digests.contains_key(fact) {
                self.digests.insert(fact.clone(), digest(fact));
            }
            self.readers
                .entry(fact.clone())
                .or_default()
                .insert(output.to_string());
        }
        self.reads.insert(output.to_string(), facts);
    }

    /// Forgets an output file (gone from the site, or about to be recorded again).
    pub fn remove(&mut self, output: &str) {
        let Some(facts) = self.reads.remove(output) else {
            return;
        };
        for fact in facts {
            if let Some(readers) = self.readers.get_mut(&fact) {
                readers.remove(output);
                if readers.is_empty() {
                    self.readers.remove(&fact);
                    self.digests.remove(&fact);
                    self.forgotten.push(fact);
                }
            }
        }
    }

    /// The facts forgotten (no output file reads them any more) since the last call.
    pub fn take_forgotten(&mut self) -> Vec<Fact> {
        std::mem::take(&mut self.forgotten)
    }

    /// The output files recorded.
    pub fn outputs(&self) -> impl Iterator<Item = &String> {
        self.reads.keys()
    }

    /// The facts an output file read, if it is recorded.
    pub fn reads_of(&self, output: &str) -> Option<&[Fact]> {
        self.reads.get(output).map(Vec::as_slice)
    }

    /// The facts among `candidates` whose value (by `digest`) is no longer the recorded one,
    /// with their new values. Nothing is changed: once the files that read them are written
    /// again, [`Self::update`] records the new values.
    pub fn changed(
        &self,
        candidates: impl IntoIterator<Item = Fact>,
        digest: &mut impl FnMut(&Fact) -> u64,
    ) -> Vec<(Fact, u64)> {
        candidates
            .into_iter()
            .filter_map(|fact| {
                let recorded = *self.digests.get(&fact)?;
                let now = digest(&fact);
                (recorded != now).then_some((fact, now))
            })
            .collect()
    }

    /// The output files that read any of `facts`.
    pub fn readers<'f>(&self, facts: impl IntoIterator<Item = &'f Fact>) -> BTreeSet<String> {
        facts
            .into_iter()
            .filter_map(|fact| self.readers.get(fact))
            .flat_map(|readers| readers.iter().cloned())
            .collect()
    }

    /// Records new values of facts (their readers have been written again).
    pub fn update(&mut self, values: Vec<(Fact, u64)>) {
        for (fact, value) in values {
            if let Some(recorded) = self.digests.get_mut(&fact) {
                *recorded = value;
            }
        }
    }

    /// The facts that changed sources can have changed: each source's own fact, and the facts
    /// derived from it (an article's route and membership, whether a locale translates it).
    /// Only facts somebody read are returned.
    pub fn candidates(&self, changed: &BTreeSet<Source>) -> Vec<Fact> {
        if changed.contains(&Source::Everything) {
            return self.digests.keys().cloned().collect();
        }
        let mut candidates = Vec::new();
        let recorded = |wanted: &dyn Fn(&Fact) -> bool| -> Vec<Fact> {
            self.digests.keys().filter(|f| wanted(f)).cloned().collect()
        };
        for source in changed {
            match source {
                Source::Config => {
                    candidates.push(Fact::Config);
                    candidates.push(Fact::Finder);
                    candidates.push(Fact::Features);
                    candidates.push(Fact::PolicyUse);
                }
                Source::Policies => {
                    candidates.push(Fact::Policies);
                    candidates.push(Fact::Features);
                    candidates.push(Fact::PolicyUse);
                    candidates.push(Fact::Pages);
                    candidates.extend(recorded(&|f| matches!(f, Fact::Policy(_))));
                }
                Source::Templates => {
                    candidates.push(Fact::Templates);
                    candidates.extend(recorded(&|f| matches!(f, Fact::Static(_))));
                }
                Source::Article(id) => {
                    candidates.push(Fact::Article(id.clone()));
                    candidates.push(Fact::Route(id.clone()));
                    candidates.push(Fact::Featured);
                    candidates.push(Fact::Pages);
                    candidates.push(Fact::PolicyUse);
                    candidates.push(Fact::Finder);
                    candidates.push(Fact::Features);
                    candidates.extend(recorded(&|f| matches!(f, Fact::Members(_))));
                }
                Source::Fluent(locale, kind) => {
                    candidates.push(Fact::Fluent(locale.clone(), kind.clone()));
                    if let FluentKind::Article(id) = kind {
                        candidates.extend(recorded(
                            &|f| matches!(f, Fact::Translated(_, article) if article == id),
                        ));
                    }
                }
                // Only `check` reads the lock files.
                Source::Lock(_) | Source::Everything => {}
            }
        }
        candidates.sort();
        candidates.dedup();
        candidates
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str) -> Fact {
        Fact::Article(id.to_string())
    }

    fn title(locale: &str, id: &str) -> Fact {
        Fact::Fluent(locale.to_string(), FluentKind::Article(id.to_string()))
    }

    /// A record of three pages over a table of fact values.
    fn record(values: &FxHashMap<Fact, u64>) -> Record {
        let mut digest = |f: &Fact| values.get(f).copied().unwrap_or(0);
        let mut record = Record::default();
        record.set(
            "en/a.html",
            vec![Fact::Config, article("a"), title("en", "a")],
            &mut digest,
        );
        record.set(
            "en/b.html",
            vec![Fact::Config, article("b"), title("en", "b")],
            &mut digest,
        );
        record.set(
            "en/index.html",
            vec![
                Fact::Config,
                title("en", "a"),
                title("en", "b"),
                Fact::Featured,
            ],
            &mut digest,
        );
        record
    }

    #[test]
    fn only_the_readers_of_a_changed_fact_are_stale() {
        let mut values: FxHashMap<Fact, u64> = FxHashMap::default();
        values.insert(title("en", "a"), 1);
        let mut record = record(&values);
        values.insert(title("en", "a"), 2);
        let mut digest = |f: &Fact| values.get(f).copied().unwrap_or(0);
        let changed = record.changed([title("en", "a"), article("b")], &mut digest);
        assert_eq!(changed, [(title("en", "a"), 2)]);
        let stale = record.readers(changed.iter().map(|(fact, _)| fact));
        assert_eq!(
            stale.into_iter().collect::<Vec<_>>(),
            ["en/a.html", "en/index.html"]
        );
        // Until the new value is recorded, the fact stays changed; then it is not.
        assert_eq!(record.changed([title("en", "a")], &mut digest).len(), 1);
        record.update(changed);
        assert!(record.changed([title("en", "a")], &mut digest).is_empty());
    }

    #[test]
    fn a_fact_nobody_reads_any_more_is_forgotten() {
        let values = FxHashMap::default();
        let mut record = record(&values);
        record.remove("en/b.html");
        let mut digest = |_: &Fact| 7;
        assert!(
            record.changed([article("b")], &mut digest).is_empty(),
            "no reader left"
        );
        let changed = record.changed([title("en", "b")], &mut digest);
        assert_eq!(
            record.readers(changed.iter().map(|(fact, _)| fact)).len(),
            1,
            "the home page still reads b's title"
        );
        assert_eq!(record.outputs().count(), 2);
        assert_eq!(
            record.take_forgotten(),
            [article("b")],
            "what was built from b's YAML is no longer watched"
        );
        assert!(record.take_forgotten().is_empty(), "reported once");
    }

    #[test]
    fn a_file_made_again_from_the_same_facts_keeps_its_record() {
        let mut values: FxHashMap<Fact, u64> = FxHashMap::default();
        values.insert(title("en", "a"), 1);
        let mut record = record(&values);
        values.insert(title("en", "a"), 2);
        let mut digest = |f: &Fact| values.get(f).copied().unwrap_or(0);
        let changed = record.changed([title("en", "a")], &mut digest);
        // Both readers are made again from the same facts; the new value is recorded after.
        for file in ["en/a.html", "en/index.html"] {
            let facts = record
                .reads_of(file)
                .map(<[Fact]>::to_vec)
                .unwrap_or_default();
            record.set(file, facts, &mut digest);
        }
        assert_eq!(
            record.changed([title("en", "a")], &mut digest).len(),
            1,
            "setting the same facts again records no value"
        );
        record.update(changed);
        assert!(record.changed([title("en", "a")], &mut digest).is_empty());
        assert!(record.take_forgotten().is_empty());
        assert_eq!(
            record
                .readers([&title("en", "a")])
                .into_iter()
                .collect::<Vec<_>>(),
            ["en/a.html", "en/index.html"]
        );
    }

    #[test]
    fn an_edited_source_names_its_fact_and_the_facts_derived_from_it() {
        let values = FxHashMap::default();
        let mut record = record(&values);
        let mut digest = |_: &Fact| 0;
        record.set(
            "en/cat/index.html",
            vec![
                Fact::Members("cat".into()),
                Fact::Translated("pl".into(), "a".into()),
            ],
            &mut digest,
        );
        let changed = |source: Source| record.candidates(&BTreeSet::from([source]));
        let yaml = changed(Source::Article("a".into()));
        for expected in [
            article("a"),
            Fact::Route("a".into()),
            Fact::Members("cat".into()),
        ] {
            assert!(yaml.contains(&expected), "{expected:?} in {yaml:?}");
        }
        let ftl = changed(Source::Fluent("pl".into(), FluentKind::Article("a".into())));
        assert!(
            ftl.contains(&Fact::Translated("pl".into(), "a".into())),
            "{ftl:?}"
        );
        assert!(changed(Source::Lock("pl".into())).is_empty());
        assert_eq!(changed(Source::Everything).len(), record.digests.len());
        record.set(
            "en/timeframes.html",
            vec![Fact::Policy("refund".into()), Fact::Policies],
            &mut digest,
        );
        let policies = record.candidates(&BTreeSet::from([Source::Policies]));
        for expected in [Fact::Policy("refund".into()), Fact::Policies] {
            assert!(policies.contains(&expected), "{expected:?} in {policies:?}");
        }
        assert!(
            !policies.contains(&article("a")),
            "the articles' own YAML did not change"
        );
    }

    #[test]
    fn reads_are_kept_only_while_recording() {
        let off = Reads::off();
        off.note(|| unreachable!("not evaluated when off"));
        assert!(off.into_facts().is_empty());
        let on = Reads::recording();
        on.note(|| Fact::Featured);
        on.note(|| Fact::Config);
        on.note(|| Fact::Featured);
        assert_eq!(on.into_facts(), [Fact::Config, Fact::Featured]);
    }
}
