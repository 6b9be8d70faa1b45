//! Watch mode: the pipeline, run again on every edit with the caches of the run before.
//!
//! A [`Session`] owns the [`Caches`]; [`Session::rebuild`] runs the pipeline for the edited
//! sources, which writes only the output files made from what changed (see
//! [`crate::render::deps`]). A failed rebuild writes nothing: the last good pages stay as they
//! are until the input is fixed.
//!
//! [`watch`] feeds a session from file-system events: it watches the source folders (never
//! the output), ignores editor temp files and access events, and debounces bursts.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use notify::EventKind;
use notify_debouncer_full::{DebounceEventResult, new_debouncer};

use crate::diagnostics::Diagnostics;
use crate::load::Source;
use crate::pipeline::{self, Caches, Job, Part, Target};
use crate::site::Site;

/// How a watched site is built.
#[derive(Debug, Clone, Copy)]
pub struct WatchOptions {
    /// Also build the pseudo-locales `en-XA` and `en-XB`.
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
    /// Files removed because their article or locale is gone.
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

/// A site being watched: the job and the caches its runs share.
pub struct Session {
    job: Job,
    caches: Caches,
}

impl Session {
    /// Builds the site into `out` (replacing what is there, only on success).
    pub fn start(root: &Path, out: &Path, options: WatchOptions) -> (Session, Rebuild) {
        let job = Job {
            root: root.to_path_buf(),
            strict: false,
            pseudo: options.pseudo,
            target: Target::Build {
                out: out.to_path_buf(),
                search: options.search,
                part: Part::All,
            },
        };
        let mut session = Session {
            job,
            caches: Caches::incremental(),
        };
        let rebuild = session.run(&BTreeSet::new());
        (session, rebuild)
    }

    /// Applies changes to the given sources.
    pub fn rebuild(&mut self, changed: &BTreeSet<Source>) -> Rebuild {
        self.run(changed)
    }

    fn run(&mut self, changed: &BTreeSet<Source>) -> Rebuild {
        let outcome = pipeline::run(&self.job, &mut self.caches, changed);
        let ok = !outcome.diagnostics.has_errors() && outcome.written.is_some();
        let written = outcome.written.unwrap_or_default();
        Rebuild {
            changed: changed.iter().map(Source::path).collect(),
            rendered: written.stats.pages,
            removed: written.removed,
            elapsed: outcome.elapsed,
            diagnostics: outcome.diagnostics,
            ok,
        }
    }

    /// Waits until the search index has caught up with the last rebuild (it is written in the
    /// background, so that an edit's pages are not held up by it).
    pub fn settle(&self) {
        self.caches.settle();
    }

    /// The site of the last good build, if there was one.
    pub fn site(&self) -> Option<&Site> {
        self.caches.site()
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
