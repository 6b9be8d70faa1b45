//! helpsite turns structured YAML and Mozilla Fluent translations into a static, multilingual
//! help centre.
//!
//! The [`pipeline`] runs one way, one module per stage:
//! [`load`] (read and parse, with positions) -> [`validate`] (check the whole model) ->
//! [`localize`] (messages with fallback, plurals, dates) -> [`render`] (Markdown, templates,
//! in parallel) -> [`write`] (staging folder swapped in whole, or files in place). `build`,
//! `check`, `build --watch` and `serve` all run it; [`watch`] only adds file events and
//! caches. The README's "Architecture" section is the map.

pub mod cli;
pub mod confirm;
pub mod diagnostics;
pub mod load;
pub mod localize;
pub mod lock;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod source;
pub mod theme;
pub mod validate;
pub mod watch;
pub mod write;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

pub use pipeline::{Caches, Job, Outcome, Part, Target, Written};

/// What `helpsite build` is asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site's folder (holds content/, locales/, optionally templates/).
    pub root: PathBuf,
    /// Where the site is written; replaced whole on success.
    pub out: PathBuf,
    /// Warnings (such as missing translations) fail the build.
    pub strict: bool,
    /// Also build the pseudo-locales `en-XA` and `en-XB`.
    pub pseudo: bool,
    /// Build the search index (Pagefind): one bundle per locale, in `pagefind/<locale>/`.
    pub search: bool,
    /// Which part of the site to write: all of it, or one shard of a sharded build.
    pub part: Part,
}

/// Builds the site at `options.root` into `options.out`.
///
/// Nothing is written unless every stage succeeds: the previous output stays as it was.
pub fn build(options: &BuildOptions) -> Outcome {
    let job = Job {
        root: options.root.clone(),
        strict: options.strict,
        pseudo: options.pseudo,
        target: Target::Build {
            out: options.out.clone(),
            search: options.search,
            part: options.part.clone(),
        },
    };
    pipeline::run(&job, &mut Caches::default(), &BTreeSet::new())
}

/// Loads, validates, localizes and renders everything without writing a file.
pub fn check(root: &Path, strict: bool, pseudo: bool) -> Outcome {
    let job = Job {
        root: root.to_path_buf(),
        strict,
        pseudo,
        target: Target::Check,
    };
    pipeline::run(&job, &mut Caches::default(), &BTreeSet::new())
}

/// Frees `value` on another thread, for large values whose freeing nobody needs to wait for
/// (a site's model after the render, the previous build in watch mode).
pub(crate) fn drop_elsewhere<T: Send + 'static>(value: T) {
    let spawned = std::thread::Builder::new()
        .name("helpsite-free".into())
        .spawn(move || drop(value));
    // If no thread can be started, the value was dropped with the closure, here.
    drop(spawned);
}
