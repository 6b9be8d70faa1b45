//! The search index: Pagefind, in-process, over one [`Document`] per article page.
//!
//! The documents are made from the pages' views while they render (see [`document`]), so no
//! published page is read back and parsed again; each holds what a reader sees, weighted, and
//! the translators' search keywords. Pagefind builds one index per language, with Chinese
//! segmented into words ("extended" feature). The search box and page load
//! `pagefind/<locale>/pagefind.js` from the site itself: no third-party request.
//!
//! Each locale has a bundle of its own, built from that locale's documents only: a build of
//! some locales (`build --locale`, one shard of a CI matrix) writes exactly the bundles a full
//! build writes for them, byte for byte, and never a file that another locale's build also
//! writes. Pagefind's ready-made search interfaces (`pagefind-ui.js` and friends) are not
//! written: the site uses Pagefind's API only.

pub mod document;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Code, Diagnostic};
pub use document::Document;

/// The folder, under the output, that holds one bundle (index and Pagefind's script) per locale.
pub const BUNDLE_DIR: &str = "pagefind";

/// The folder of `locale`'s bundle, relative to the output: `pagefind/<locale>/`.
pub fn bundle_dir(locale: &str) -> String {
    format!("{BUNDLE_DIR}/{locale}/")
}

/// Files of Pagefind's own search interfaces, which the site does not use.
fn unused(filename: &str) -> bool {
    [
        "pagefind-ui.",
        "pagefind-component-ui.",
        "pagefind-modular-ui.",
        "pagefind-highlight.",
    ]
    .iter()
    .any(|prefix| filename.starts_with(prefix))
}

/// What indexing produced.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IndexStats {
    pub pages: usize,
    pub files: usize,
    pub bytes: u64,
}

/// The documents of a site's article pages, by locale and URL: what watch mode keeps to index
/// a locale again after an edit.
pub type Documents = BTreeMap<String, BTreeMap<String, Document>>;

/// Indexes the documents of each of `locales` and writes each locale's bundle into
/// `site_dir/pagefind/<locale>/`.
pub fn build_index(
    site_dir: &Path,
    documents: &Documents,
    locales: &[String],
) -> Result<IndexStats, Box<Diagnostic>> {
    build_index_into(&site_dir.join(BUNDLE_DIR), documents, locales)
}

/// Rebuilds the bundles of a site that is being served: each new bundle is written beside the
/// old one and swapped in, so a search never reads a half-written index.
pub fn rebuild_index(
    site_dir: &Path,
    documents: &Documents,
    locales: &[String],
) -> Result<IndexStats, Box<Diagnostic>> {
    // Each run has temporary names of its own (two processes may serve one folder).
    static RUN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let run = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let fresh = site_dir.join(format!(".{BUNDLE_DIR}.new-{}-{run}", std::process::id()));
    let _ = std::fs::remove_dir_all(&fresh);
    let stats = build_index_into(&fresh, documents, locales)?;
    let swap = || -> std::io::Result<()> {
        for locale in locales {
            let live = site_dir.join(BUNDLE_DIR).join(locale);
            let old = site_dir.join(format!(
                ".{BUNDLE_DIR}.old-{}-{run}-{locale}",
                std::process::id()
            ));
            std::fs::create_dir_all(site_dir.join(BUNDLE_DIR))?;
            if live.exists() {
                std::fs::rename(&live, &old)?;
            }
            std::fs::rename(fresh.join(locale), &live)?;
            let _ = std::fs::remove_dir_all(&old);
        }
        let _ = std::fs::remove_dir_all(&fresh);
        Ok(())
    };
    swap().map_err(|e| failure(&e.to_string()))?;
    Ok(stats)
}

/// Indexes one locale's documents into `site_dir/pagefind/<locale>/`: what a whole build does
/// for each locale as soon as its pages are rendered.
pub fn index_one_locale(
    site_dir: &Path,
    locale: &str,
    documents: &BTreeMap<String, Document>,
) -> Result<IndexStats, Box<Diagnostic>> {
    index_locale(documents, &site_dir.join(BUNDLE_DIR).join(locale))
}

fn build_index_into(
    bundles: &Path,
    documents: &Documents,
    locales: &[String],
) -> Result<IndexStats, Box<Diagnostic>> {
    // Locales are independent: as many at a time as there are cores (each index is held in
    // memory until written, so not more). Plain threads, not rayon: Pagefind indexes on
    // tokio tasks of its own.
    let at_once = std::thread::available_parallelism().map_or(1, |n| n.get());
    let empty = BTreeMap::new();
    let mut stats = IndexStats::default();
    for group in locales.chunks(at_once) {
        let results: Vec<Result<IndexStats, Box<Diagnostic>>> = std::thread::scope(|scope| {
            let running: Vec<_> = group
                .iter()
                .map(|locale| {
                    let documents = documents.get(locale).unwrap_or(&empty);
                    scope.spawn(move || index_locale(documents, &bundles.join(locale)))
                })
                .collect();
            running
                .into_iter()
                .map(|thread| {
                    thread
                        .join()
                        .unwrap_or_else(|_| Err(failure("the indexer stopped unexpectedly")))
                })
                .collect()
        });
        for one in results {
            let one = one?;
            stats.pages += one.pages;
            stats.files += one.files;
            stats.bytes += one.bytes;
        }
    }
    Ok(stats)
}

/// One locale's bundle, from its documents.
fn index_locale(
    documents: &BTreeMap<String, Document>,
    bundle: &Path,
) -> Result<IndexStats, Box<Diagnostic>> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| failure(&e.to_string()))?;
    let files = runtime.block_on(async {
        let options = pagefind::options::PagefindServiceConfig::builder()
            .keep_index_url(true)
            .build();
        let mut index = pagefind::api::PagefindIndex::new(Some(options))
            .map_err(|e| failure(&e.to_string()))?;
        for document in documents.values() {
            index
                .add_html_file(None, Some(document.url.clone()), document.html.clone())
                .await
                .map_err(|e| failure(&e.to_string()))?;
        }
        index.get_files().await.map_err(|e| failure(&e.to_string()))
    })?;
    let mut stats = IndexStats {
        pages: documents.len(),
        ..IndexStats::default()
    };
    for file in files
        .into_iter()
        .filter(|f| !unused(&f.filename.to_string_lossy()))
    {
        let path = bundle.join(&file.filename);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| failure(&e.to_string()))?;
        }
        std::fs::write(&path, &file.contents).map_err(|e| failure(&e.to_string()))?;
        stats.files += 1;
        stats.bytes += file.contents.len() as u64;
    }
    Ok(stats)
}

pub(crate) fn failure(reason: &str) -> Box<Diagnostic> {
    Box::new(
        Diagnostic::new(
            Code::Output,
            format!("the search index could not be built: {reason}"),
        )
        .path(BUNDLE_DIR.to_string())
        .help("build with --no-search to publish without search, and report this"),
    )
}

/// Rebuilds search bundles on a background thread, coalescing requests: while one rebuild
/// runs, any number of new requests make exactly one more (with the latest documents). Watch
/// mode keeps edits instant this way; the index catches up a moment later.
///
/// One thread does every rebuild, in order, so an older index can never be swapped in after a
/// newer one. [`Indexer::settle`] waits for it: before a whole build replaces the output, and
/// when a removed page must leave the index before the run ends.
#[derive(Default)]
pub struct Indexer {
    shared: std::sync::Arc<Shared>,
    started: bool,
}

#[derive(Default)]
struct Shared {
    state: std::sync::Mutex<Queue>,
    /// Wakes the worker on a request, and waiters when it is idle again.
    changed: std::sync::Condvar,
}

#[derive(Default)]
struct Queue {
    pending: Option<Request>,
    busy: bool,
}

/// The output folder, the documents and the locales whose bundles to rebuild.
type Request = (PathBuf, std::sync::Arc<Documents>, Vec<String>);

impl Indexer {
    /// Asks for the bundles of `locales` in `out` to be rebuilt from `documents`.
    pub fn request(
        &mut self,
        out: &Path,
        documents: std::sync::Arc<Documents>,
        locales: Vec<String>,
    ) {
        if let Ok(mut queue) = self.shared.state.lock() {
            // A request not started yet is replaced; its locales are rebuilt with these.
            let locales = match queue.pending.take() {
                Some((_, _, mut earlier)) => {
                    earlier.extend(locales);
                    earlier.sort();
                    earlier.dedup();
                    earlier
                }
                None => locales,
            };
            queue.pending = Some((out.to_path_buf(), documents, locales));
            self.shared.changed.notify_all();
        }
        if self.started {
            return;
        }
        self.started = true;
        let shared = std::sync::Arc::clone(&self.shared);
        std::thread::spawn(move || {
            loop {
                let (out, documents, locales) = {
                    let Ok(mut queue) = shared.state.lock() else {
                        return;
                    };
                    queue.busy = false;
                    shared.changed.notify_all();
                    loop {
                        if let Some(request) = queue.pending.take() {
                            queue.busy = true;
                            break request;
                        }
                        queue = match shared.changed.wait(queue) {
                            Ok(queue) => queue,
                            Err(_) => return,
                        };
                    }
                };
                if let Err(problem) = rebuild_index(&out, &documents, &locales) {
                    eprintln!("{problem}");
                }
            }
        });
    }

    /// Waits until every requested rebuild is written.
    pub fn settle(&self) {
        let Ok(mut queue) = self.shared.state.lock() else {
            return;
        };
        while queue.busy || queue.pending.is_some() {
            queue = match self.shared.changed.wait(queue) {
                Ok(queue) => queue,
                Err(_) => return,
            };
        }
    }
}
