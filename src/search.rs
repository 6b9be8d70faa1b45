//! The search index: Pagefind, in-process, over the rendered pages.
//!
//! Pagefind reads each page's `<html lang>` and builds one index per language, with Chinese
//! segmented into words ("extended" feature). Only the article body is indexed (the templates
//! mark it `data-pagefind-body`), with titles and cause headings weighted up. The search page
//! loads `pagefind/<locale>/pagefind.js` from the site itself: no third-party request, works
//! offline.
//!
//! Each locale has a bundle of its own, built from that locale's pages only: a build of some
//! locales (`build --locale`, one shard of a CI matrix) writes exactly the bundles a full build
//! writes for them, byte for byte, and never a file that another locale's build also writes.
//! (One bundle for the whole site would have one `pagefind-entry.json` listing every language,
//! which no shard could write.) Pagefind's ready-made search interfaces (`pagefind-ui.js` and
//! friends) are not written: the search page uses Pagefind's API only.

use std::path::Path;

use crate::diagnostics::{Code, Diagnostic};

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

/// Indexes the pages of each of `locales` (the folders `site_dir/<locale>/`) and writes each
/// locale's bundle into `site_dir/pagefind/<locale>/`.
pub fn build_index(site_dir: &Path, locales: &[String]) -> Result<IndexStats, Box<Diagnostic>> {
    build_index_into(site_dir, &site_dir.join(BUNDLE_DIR), locales)
}

/// Rebuilds the index of a site that is being served: the new bundle is written beside the
/// old one and swapped in, so a search never reads a half-written index.
pub fn rebuild_index(site_dir: &Path, locales: &[String]) -> Result<IndexStats, Box<Diagnostic>> {
    // Two rebuilds may overlap (one in the background, one for a removed page): each gets
    // its own temporary names.
    static RUN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let run = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let fresh = site_dir.join(format!(".{BUNDLE_DIR}.new-{}-{run}", std::process::id()));
    let old = site_dir.join(format!(".{BUNDLE_DIR}.old-{}-{run}", std::process::id()));
    let _ = std::fs::remove_dir_all(&fresh);
    let stats = build_index_into(site_dir, &fresh, locales)?;
    let live = site_dir.join(BUNDLE_DIR);
    let swap = || -> std::io::Result<()> {
        if live.exists() {
            std::fs::rename(&live, &old)?;
        }
        std::fs::rename(&fresh, &live)?;
        let _ = std::fs::remove_dir_all(&old);
        Ok(())
    };
    swap().map_err(|e| failure(&e.to_string()))?;
    Ok(stats)
}

fn build_index_into(
    site_dir: &Path,
    bundles: &Path,
    locales: &[String],
) -> Result<IndexStats, Box<Diagnostic>> {
    // Locales are independent: as many at a time as there are cores (each index is held in
    // memory until written, so not more). Plain threads, not rayon: Pagefind parses pages on
    // rayon's pool, which a rayon loop here would block.
    let at_once = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut stats = IndexStats::default();
    for group in locales.chunks(at_once) {
        let results: Vec<Result<IndexStats, Box<Diagnostic>>> = std::thread::scope(|scope| {
            let running: Vec<_> = group
                .iter()
                .map(|locale| {
                    scope.spawn(move || index_locale(site_dir, locale, &bundles.join(locale)))
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

/// One locale's bundle: the pages under `site_dir/<locale>/`, indexed with their site-relative
/// URLs (`/<locale>/...`).
fn index_locale(
    site_dir: &Path,
    locale: &str,
    bundle: &Path,
) -> Result<IndexStats, Box<Diagnostic>> {
    // Pagefind reads and indexes pages as tokio tasks: on a multi-thread runtime they run
    // on every core.
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
        let pages = index
            .add_directory(
                site_dir.to_string_lossy().into_owned(),
                Some(format!("{locale}/**/*.html")),
            )
            .await
            .map_err(|e| failure(&e.to_string()))?;
        let files = index
            .get_files()
            .await
            .map_err(|e| failure(&e.to_string()))?;
        Ok::<_, Box<Diagnostic>>((pages, files))
    })?;
    let (pages, files) = files;
    let mut stats = IndexStats {
        pages,
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

fn failure(reason: &str) -> Box<Diagnostic> {
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
/// runs, any number of new requests make exactly one more. Watch mode keeps edits instant this
/// way; the index catches up a moment later.
#[derive(Default)]
pub struct Indexer {
    state: std::sync::Arc<(std::sync::Mutex<Option<Request>>, std::sync::Condvar)>,
    started: bool,
}

/// The output folder and the locales whose bundles to rebuild.
type Request = (std::path::PathBuf, Vec<String>);

impl Indexer {
    /// Asks for the bundles of `locales` in `out` to be rebuilt.
    pub fn request(&mut self, out: &Path, locales: Vec<String>) {
        let (lock, wake) = &*self.state;
        if let Ok(mut pending) = lock.lock() {
            *pending = Some((out.to_path_buf(), locales));
            wake.notify_one();
        }
        if self.started {
            return;
        }
        self.started = true;
        let shared = std::sync::Arc::clone(&self.state);
        std::thread::spawn(move || {
            let (lock, wake) = &*shared;
            loop {
                let (out, locales) = {
                    let Ok(mut pending) = lock.lock() else { return };
                    loop {
                        if let Some(request) = pending.take() {
                            break request;
                        }
                        pending = match wake.wait(pending) {
                            Ok(pending) => pending,
                            Err(_) => return,
                        };
                    }
                };
                if let Err(problem) = rebuild_index(&out, &locales) {
                    eprintln!("{problem}");
                }
            }
        });
    }
}
