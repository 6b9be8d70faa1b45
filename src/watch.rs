//! Watch mode: keep the site in memory, and on every change redo only what depends on it.
//!
//! A [`Session`] owns the loaded sources and the last good build. [`Session::rebuild`] re-reads
//! the changed files, validates the whole model (cheap, and the only way to catch a broken
//! reference elsewhere), then re-renders the pages whose inputs changed (see
//! [`crate::render::deps`]) and writes them in place. A failed rebuild writes nothing: the last
//! good pages stay as they are until the input is fixed.
//!
//! [`watch`] feeds a session from file-system events: it watches the source folders (never
//! the output), ignores editor temp files and access events, and debounces bursts.

use std::collections::BTreeSet;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};

use notify::EventKind;
use notify_debouncer_full::{DebounceEventResult, new_debouncer};
use rustc_hash::FxHashMap;

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::load::{FluentKind, SiteSources, Source};
use crate::localize::Localizer;
use crate::model::Id;
use crate::render::deps::{Dependents, Digests, Input};
use crate::render::shared::SharedTexts;
use crate::render::urls::PagePath;
use crate::render::{self, Renderer, Sink};
use crate::site::Site;
use crate::write::{InPlace, Staging};

/// How a watched site is built.
#[derive(Debug, Clone, Copy)]
pub struct WatchOptions {
    /// Also build the pseudo-locale `en-XA`.
    pub pseudo: bool,
    /// Keep a search index in the output.
    pub search: bool,
}

/// What one (re)build did, for the terminal line and the browser.
#[derive(Debug, Clone)]
pub struct Rebuild {
    /// The sources that changed, as paths or names ("locales/pl/ui.ftl", "everything").
    pub changed: Vec<String>,
    /// Pages rendered and written.
    pub rendered: usize,
    /// Pages removed because their article or locale is gone.
    pub removed: usize,
    pub elapsed: Duration,
    pub diagnostics: Diagnostics,
    /// False when errors kept the previous output in place.
    pub ok: bool,
}

impl Rebuild {
    /// The one line the terminal shows for this rebuild.
    pub fn summary(&self) -> String {
        let changed = match self.changed.as_slice() {
            [] => "start".to_string(),
            [one] => one.clone(),
            [first, rest @ ..] => format!("{first} and {} more", rest.len()),
        };
        let ms = self.elapsed.as_secs_f64() * 1000.0;
        if self.ok {
            let removed = if self.removed > 0 {
                format!(", {} removed", self.removed)
            } else {
                String::new()
            };
            format!(
                "{changed}: {} pages re-rendered{removed} in {ms:.1} ms",
                self.rendered
            )
        } else {
            format!(
                "{changed}: {} error(s), the last good pages stay up ({ms:.1} ms)",
                self.diagnostics.error_count()
            )
        }
    }
}

struct Built {
    site: Site,
    tera: tera::Tera,
    /// Its bundles are reused for the files an edit did not touch.
    localizer: Localizer,
    templates_digest: u64,
    stamps: FxHashMap<PagePath, u64>,
    /// Rendered texts, reused by the next rebuild for what it did not change.
    texts: Arc<SharedTexts>,
    /// Every page, in render order, and for each input the pages made from it.
    pages: Vec<PagePath>,
    dependents: Dependents,
    /// See [`extras_digest`].
    extras_digest: u64,
}

/// The in-memory state of a site being watched.
pub struct Session {
    sources: SiteSources,
    out: PathBuf,
    built: Option<Built>,
    /// Keep a search index in the output (`serve` does; `build --watch --no-search` not).
    search: bool,
    indexer: Indexer,
    translations: crate::validate::TranslationCache,
    /// Sources changed since the last good build (a failed rebuild leaves them pending).
    pending: BTreeSet<Source>,
}

/// Rebuilds the search index on a background thread, coalescing requests: while one rebuild
/// runs, any number of new requests make exactly one more.
#[derive(Default)]
struct Indexer {
    state: std::sync::Arc<(Mutex<IndexerState>, std::sync::Condvar)>,
    started: bool,
}

#[derive(Default)]
struct IndexerState {
    /// The output folder and the locales whose bundles to rebuild.
    pending: Option<(PathBuf, Vec<String>)>,
}

impl Indexer {
    fn request(&mut self, out: &Path, locales: Vec<String>) {
        let (lock, wake) = &*self.state;
        if let Ok(mut state) = lock.lock() {
            state.pending = Some((out.to_path_buf(), locales));
            wake.notify_one();
        }
        if !self.started {
            self.started = true;
            let shared = std::sync::Arc::clone(&self.state);
            std::thread::spawn(move || {
                let (lock, wake) = &*shared;
                loop {
                    let (out, locales) = {
                        let Ok(mut state) = lock.lock() else { return };
                        loop {
                            if let Some(out) = state.pending.take() {
                                break out;
                            }
                            state = match wake.wait(state) {
                                Ok(state) => state,
                                Err(_) => return,
                            };
                        }
                    };
                    if let Err(problem) = crate::search::rebuild_index(&out, &locales) {
                        eprintln!("{problem}");
                    }
                }
            });
        }
    }
}

fn locale_codes(site: &Site) -> Vec<String> {
    site.locales.iter().map(|l| l.code.clone()).collect()
}

impl Session {
    /// Loads the site and builds it into `out` (replacing what is there, only on success).
    pub fn start(root: &Path, out: &Path, options: WatchOptions) -> (Session, Rebuild) {
        let started = Instant::now();
        let mut sources = SiteSources::load(root);
        sources.pseudo = options.pseudo;
        let mut session = Session {
            sources,
            out: out.to_path_buf(),
            built: None,
            search: options.search,
            indexer: Indexer::default(),
            translations: Default::default(),
            pending: BTreeSet::new(),
        };
        let mut rebuild = session.build(started);
        rebuild.changed.clear();
        (session, rebuild)
    }

    /// Applies changes to the given sources.
    pub fn rebuild(&mut self, changed: &BTreeSet<Source>) -> Rebuild {
        let started = Instant::now();
        self.sources.reload(changed);
        self.pending.extend(changed.iter().cloned());
        let mut rebuild = self.build(started);
        rebuild.changed = changed.iter().map(describe).collect();
        rebuild
    }

    fn build(&mut self, started: Instant) -> Rebuild {
        let mut rebuild = Rebuild {
            changed: Vec::new(),
            rendered: 0,
            removed: 0,
            elapsed: Duration::ZERO,
            diagnostics: self.sources.diagnostics(),
            ok: false,
        };
        let (site, diagnostics) =
            crate::validate::validate_with(&self.sources, Some(&mut self.translations));
        rebuild.diagnostics.extend(diagnostics);
        let result = match site {
            Some(site) if !rebuild.diagnostics.has_errors() => self.render(site, &mut rebuild),
            _ => Err(Diagnostics::default()),
        };
        if let Err(problems) = result {
            rebuild.diagnostics.extend(problems);
        }
        rebuild.ok = !rebuild.diagnostics.has_errors();
        rebuild.diagnostics = std::mem::take(&mut rebuild.diagnostics).sorted();
        rebuild.elapsed = started.elapsed();
        rebuild
    }

    /// Renders what changed since the last good build (everything, the first time). Writes
    /// nothing unless every page rendered.
    fn render(&mut self, site: Site, rebuild: &mut Rebuild) -> Result<(), Diagnostics> {
        let templates_digest = templates_digest(&site);
        let tera = match &self.built {
            Some(built) if built.templates_digest == templates_digest => built.tera.clone(),
            _ => render::load_templates(&site)?,
        };
        let localizer = Localizer::reusing(&site, self.built.as_ref().map(|b| &b.localizer));
        let renderer =
            Renderer::new(&site, &localizer, &tera).with_shared_texts(self.reusable_texts());
        let pages = renderer.pages();
        let mut digests = Digests::new(&site, &localizer);
        // Which pages to render: from the edited files' inputs when the site's structure is
        // as before (the common case, an edited text), else by comparing every page's stamp.
        let touched = self
            .built
            .as_ref()
            .and_then(|old| touched_pages(old, &site, &pages, &self.pending));
        let mut fresh_dependents = None;
        // The stamps of the touched pages only (the others cannot have changed), or of all.
        let stamps = match &touched {
            Some(touched) => Stamps::Of(
                touched
                    .iter()
                    .map(|&index| (index, digests.stamp(&pages[index])))
                    .collect(),
            ),
            None => {
                let mut dependents = Dependents::default();
                let stamps = pages
                    .iter()
                    .enumerate()
                    .map(|(i, page)| {
                        let stamp = digests.stamp_recording(page, Some((&mut dependents, i)));
                        (page.clone(), stamp)
                    })
                    .collect();
                fresh_dependents = Some(dependents);
                Stamps::All(stamps)
            }
        };
        let extras_digest = extras_digest(&site, &localizer, &pages, templates_digest);
        let mut problems = Diagnostics::default();
        match self.built.as_ref().map(|b| &b.stamps) {
            None => {
                // The first good build: a complete tree, swapped in whole like `build` does.
                let output = crate::write::Output::claim(&self.sources.root, &self.out)
                    .map_err(|refused| one(*refused))?;
                let staging = Staging::new(&output).map_err(|e| output_problem(&self.out, &e))?;
                let (stats, page_problems) = renderer.render_pages(&pages, &staging);
                problems.extend(page_problems);
                problems.extend(renderer.render_extras(&pages, &staging).1);
                problems.extend(localizer.take_problems());
                if problems.has_errors() {
                    return Err(problems);
                }
                if self.search {
                    crate::search::build_index(staging.path(), &locale_codes(&site))
                        .map_err(|d| one(*d))?;
                }
                staging
                    .commit()
                    .map_err(|e| output_problem(&self.out, &e))?;
                rebuild.rendered = stats.pages;
            }
            Some(old) => {
                let changed: Vec<PagePath> = match &stamps {
                    Stamps::All(stamps) => pages
                        .iter()
                        .filter(|p| old.get(p) != stamps.get(p))
                        .cloned()
                        .collect(),
                    Stamps::Of(touched) => touched
                        .iter()
                        .filter(|(index, stamp)| old.get(&pages[*index]) != Some(stamp))
                        .map(|(index, _)| pages[*index].clone())
                        .collect(),
                };
                // Rendered into memory first: a page that fails to render leaves every file
                // on disk as it was.
                let memory = Memory::default();
                let (stats, page_problems) = renderer.render_pages(&changed, &memory);
                problems.extend(page_problems);
                if self.built.as_ref().map(|b| b.extras_digest) != Some(extras_digest) {
                    problems.extend(renderer.render_extras(&pages, &memory).1);
                }
                problems.extend(localizer.take_problems());
                if problems.has_errors() {
                    return Err(problems);
                }
                let sink = InPlace::new(&self.out);
                for (path, bytes) in memory.into_files() {
                    sink.write(&path, &bytes)
                        .map_err(|e| output_problem(&self.out, &e))?;
                }
                let gone: Vec<&PagePath> = match &stamps {
                    Stamps::All(stamps) => {
                        old.keys().filter(|p| !stamps.contains_key(*p)).collect()
                    }
                    Stamps::Of(_) => Vec::new(), // the same pages as before
                };
                for gone in gone {
                    sink.remove(&gone.file())
                        .map_err(|e| output_problem(&self.out, &e))?;
                    rebuild.removed += 1;
                }
                rebuild.rendered = stats.pages;
                if self.search && rebuild.rendered + rebuild.removed > 0 {
                    // Search must never offer a page that is gone: when pages were removed
                    // the index is rebuilt before the browser is told; otherwise it catches up
                    // in the background, keeping edits instant.
                    if rebuild.removed > 0 {
                        crate::search::rebuild_index(&self.out, &locale_codes(&site))
                            .map_err(|d| one(*d))?;
                    } else {
                        self.indexer.request(&self.out, locale_codes(&site));
                    }
                }
            }
        }
        rebuild.diagnostics.extend(problems);
        let texts = renderer.shared_texts();
        drop(renderer);
        // Freeing the previous build took a tenth of an edit's rebuild time.
        let mut old = self.built.take();
        let dependents = fresh_dependents
            .or_else(|| old.as_mut().map(|old| std::mem::take(&mut old.dependents)))
            .unwrap_or_default();
        let stamps = match stamps {
            Stamps::All(stamps) => stamps,
            Stamps::Of(touched) => {
                let mut stamps = old
                    .as_mut()
                    .map(|old| std::mem::take(&mut old.stamps))
                    .unwrap_or_default();
                for (index, stamp) in touched {
                    stamps.insert(pages[index].clone(), stamp);
                }
                stamps
            }
        };
        crate::drop_elsewhere(old);
        self.pending.clear();
        self.built = Some(Built {
            site,
            tera,
            localizer,
            templates_digest,
            stamps,
            texts,
            pages,
            dependents,
            extras_digest,
        });
        Ok(())
    }

    /// The last build's rendered texts, without those the pending changes may have changed;
    /// a fresh cache when a change can touch any text (interface strings, configuration,
    /// templates, or an unknown set of files).
    fn reusable_texts(&self) -> Arc<SharedTexts> {
        let Some(built) = &self.built else {
            return Arc::default();
        };
        for source in &self.pending {
            match source {
                Source::Fluent(_, FluentKind::Article(id)) | Source::Article(id) => {
                    built.texts.forget_article(id)
                }
                Source::Lock(_) => {}
                Source::Config
                | Source::Templates
                | Source::Everything
                | Source::Fluent(_, FluentKind::Site | FluentKind::Ui) => return Arc::default(),
            }
        }
        Arc::clone(&built.texts)
    }

    /// The site of the last good build, if there was one.
    pub fn site(&self) -> Option<&Site> {
        self.built.as_ref().map(|b| &b.site)
    }
}

/// New page stamps: of every page, or of the pages an edit touched (by index into the list of
/// pages, which is the same as the last build's), to be merged into the last build's.
enum Stamps {
    All(FxHashMap<PagePath, u64>),
    Of(Vec<(usize, u64)>),
}

/// The pages (indexes into `pages`) that the `changed` sources can have changed, found through
/// the last build's [`Dependents`]; `None` when that cannot be known that way and every page's
/// stamp must be compared: the configuration, templates or the set of pages changed, or an
/// article moved, was (un)featured or changed its related articles (which changes what pages
/// are made from, not only their text).
fn touched_pages<'a>(
    old: &Built,
    site: &'a Site,
    pages: &[PagePath],
    changed: &'a BTreeSet<Source>,
) -> Option<Vec<usize>> {
    if old.pages != pages {
        return None;
    }
    // The pseudo-locale is made from the source locale's files.
    let copies_of = |locale: &'a str| -> Vec<&'a str> {
        let is_source = locale == site.default_locale;
        std::iter::once(locale)
            .chain(
                site.locales
                    .iter()
                    .filter(|l| l.pseudo && is_source)
                    .map(|l| l.code.as_str()),
            )
            .collect()
    };
    let mut touched = Vec::new();
    for source in changed {
        match source {
            Source::Config | Source::Templates | Source::Everything => return None,
            Source::Lock(_) => {} // only what `check` reports
            Source::Article(id) => {
                if article_shape(&old.site, id) != article_shape(site, id) {
                    return None;
                }
                touched.extend_from_slice(old.dependents.of(&Input::Article(id)));
            }
            Source::Fluent(locale, FluentKind::Site | FluentKind::Ui) => {
                for locale in copies_of(locale) {
                    touched.extend_from_slice(old.dependents.of(&Input::SiteText(locale)));
                }
            }
            Source::Fluent(locale, FluentKind::Article(id)) => {
                for locale in copies_of(locale) {
                    touched.extend_from_slice(old.dependents.of(&Input::ArticleText(locale, id)));
                    touched.extend_from_slice(old.dependents.of(&Input::Translated(locale, id)));
                }
            }
        }
    }
    touched.sort_unstable();
    touched.dedup();
    Some(touched)
}

/// What of an article decides which pages exist and what they are made from (not only their
/// text): its category, order, featured flag and related articles.
fn article_shape<'s>(site: &'s Site, id: &str) -> Option<(&'s Id, u32, bool, &'s [Id])> {
    site.articles.get(id).map(|entry| {
        let article = &*entry.article;
        (
            &article.category,
            article.order,
            article.featured,
            article.related.as_slice(),
        )
    })
}

/// A digest of everything the files that are not pages (sitemap, robots.txt, assets) are made
/// from: the configuration (base URL, locales), the templates and assets, the pages, and which
/// locales translate each article (the sitemap's alternates). An edit of a text changes none of
/// these, and then they are neither rebuilt nor rewritten.
fn extras_digest(site: &Site, localizer: &Localizer, pages: &[PagePath], templates: u64) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    (site.config_digest, templates, pages).hash(&mut hasher);
    for locale in &site.locales {
        for id in site.articles.keys() {
            localizer.has_article(&locale.code, id).hash(&mut hasher);
        }
    }
    hasher.finish()
}

/// Collects rendered files in memory, to be written once all of them rendered.
#[derive(Default)]
struct Memory {
    files: Mutex<Vec<(String, Vec<u8>)>>,
}

impl Memory {
    fn into_files(self) -> Vec<(String, Vec<u8>)> {
        self.files
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Sink for Memory {
    fn write(&self, path: &str, bytes: &[u8]) -> std::io::Result<()> {
        let mut files = self
            .files
            .lock()
            .map_err(|_| std::io::Error::other("a render thread panicked"))?;
        files.push((path.to_string(), bytes.to_vec()));
        Ok(())
    }
}

fn templates_digest(site: &Site) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    for (name, template) in &site.templates {
        (name, template.file.digest).hash(&mut hasher);
    }
    hasher.finish()
}

fn one(diagnostic: Diagnostic) -> Diagnostics {
    let mut problems = Diagnostics::default();
    problems.push(diagnostic);
    problems
}

fn output_problem(out: &Path, error: &std::io::Error) -> Diagnostics {
    let mut problems = Diagnostics::default();
    problems.push(
        Diagnostic::new(
            Code::Output,
            format!("cannot write the output folder: {error}"),
        )
        .path(crate::source::display_path(out))
        .help("check that the folder is writable"),
    );
    problems
}

fn describe(source: &Source) -> String {
    match source {
        Source::Config => crate::load::CONFIG_PATH.to_string(),
        Source::Article(id) => format!("{}/{id}.yaml", crate::load::ARTICLES_DIR),
        Source::Fluent(locale, kind) => match kind {
            crate::load::FluentKind::Site => format!("locales/{locale}/site.ftl"),
            crate::load::FluentKind::Ui => format!("locales/{locale}/ui.ftl"),
            crate::load::FluentKind::Article(id) => format!("locales/{locale}/articles/{id}.ftl"),
        },
        Source::Lock(locale) => format!("locales/{locale}/{}", crate::load::LOCK_FILE),
        Source::Templates => "templates/".to_string(),
        Source::Everything => "the site's folders".to_string(),
    }
}

/// How long the file system must be quiet before a rebuild starts. Editors write a file in
/// several steps (temp file, rename, chmod); waiting this long turns a save into one rebuild.
pub const DEBOUNCE: Duration = Duration::from_millis(10);

/// Watches the site's source folders and calls `on_rebuild` after every rebuild, forever (or
/// until `on_rebuild` returns false). The first call reports the initial build.
pub fn watch(
    root: &Path,
    out: &Path,
    options: WatchOptions,
    mut on_rebuild: impl FnMut(&Session, &Rebuild) -> bool,
) -> notify::Result<()> {
    // Watch first, build second: an edit made during the first build is not lost.
    let canonical_root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let (sender, receiver) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(DEBOUNCE, None, sender)?;
    for folder in [
        crate::load::LOCALES_DIR,
        crate::load::TEMPLATES_DIR,
        "content",
    ] {
        let path = canonical_root.join(folder);
        if path.is_dir() {
            debouncer.watch(&path, notify::RecursiveMode::Recursive)?;
        }
    }
    // The root itself, not recursively: a source folder created or deleted whole.
    debouncer.watch(&canonical_root, notify::RecursiveMode::NonRecursive)?;

    let (mut session, first) = Session::start(root, out, options);
    if !on_rebuild(&session, &first) {
        return Ok(());
    }
    for result in &receiver {
        let mut changed = BTreeSet::new();
        collect(&canonical_root, result, &mut changed);
        // Changes that arrived while waiting are part of this rebuild: the last save wins.
        while let Ok(more) = receiver.try_recv() {
            collect(&canonical_root, more, &mut changed);
        }
        if changed.is_empty() {
            continue;
        }
        let rebuild = session.rebuild(&changed);
        if !on_rebuild(&session, &rebuild) {
            break;
        }
    }
    Ok(())
}

fn collect(root: &Path, result: DebounceEventResult, changed: &mut BTreeSet<Source>) {
    let Ok(events) = result else {
        // The watcher lost events (an overflowing queue): read everything again.
        changed.insert(Source::Everything);
        return;
    };
    for event in events {
        if matches!(event.kind, EventKind::Access(_)) {
            continue;
        }
        for path in &event.paths {
            let Ok(relative) = path.strip_prefix(root) else {
                continue;
            };
            if relative.as_os_str().is_empty() {
                continue;
            }
            if let Some(source) = Source::of(relative) {
                changed.insert(source);
            } else if relative.components().count() == 1
                && ["content", "locales", "templates"]
                    .iter()
                    .any(|f| relative == Path::new(f))
            {
                changed.insert(Source::Everything);
            }
        }
    }
}
