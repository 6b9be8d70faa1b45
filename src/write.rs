//! Stage 5, write: files go to a staging folder beside the output, and the finished folder
//! replaces the output in one step. A failed build never touches the previous output.
//!
//! helpsite replaces its output folder whole, so it must be sure the folder is its own before
//! it does: [`Output::claim`] refuses the site's own folders (the root, a parent of it, anything
//! inside `content/`, `locales/` or `templates/`) and any non-empty folder without the
//! [`MARKER`] file that every output helpsite writes carries. Whatever a killed build left
//! behind (a staging folder, or an output folder renamed aside in mid-swap) is cleaned up or
//! put back by the next build: each build holds a lock file for as long as it runs, so a build
//! can tell a dead build's leftovers from a live one's.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::diagnostics::{Code, Diagnostic};
use crate::load::{CONTENT_DIR, LOCALES_DIR, TEMPLATES_DIR};
use crate::render::Sink;
use crate::source::display_path;

/// The file at the top of every output folder: the sign that helpsite wrote the folder, and
/// may therefore replace it. Its text is the same in every build, so identical input still
/// gives identical output.
pub const MARKER: &str = ".helpsite-output";

const MARKER_TEXT: &str = "This folder was written by helpsite. `helpsite build` replaces it whole \
on every build; do not keep anything else in it.\n";

/// An output folder that helpsite may replace: checked against the site's folders, and cleared
/// of what killed builds left beside it.
#[derive(Debug, Clone)]
pub struct Output {
    /// As given (relative or absolute), for messages and for the final rename.
    path: PathBuf,
    /// The folder that holds it, where staging folders are made (same file system).
    parent: PathBuf,
    /// The output folder's own name, which the names of its staging folders start from.
    name: String,
}

impl Output {
    /// Checks that `out` may receive the build of the site at `root`, and cleans up after builds
    /// into it that were killed. Touches nothing that is not helpsite's own.
    pub fn claim(root: &Path, out: &Path) -> Result<Output, Box<Diagnostic>> {
        let refuse = |message: String, help: &str| {
            Box::new(
                Diagnostic::new(Code::OutputRefused, message)
                    .path(display_path(out))
                    .help(help.to_string()),
            )
        };
        let shown = display_path(out);
        let root_real = fs::canonicalize(root).map_err(|error| {
            refuse(
                format!(
                    "cannot resolve the site folder `{}`: {error}",
                    display_path(root)
                ),
                "pass --root with the site's folder",
            )
        })?;
        let out_real = resolve(out).map_err(|error| {
            refuse(
                format!("cannot resolve the output folder `{shown}`: {error}"),
                "pass --out with a folder whose parent exists",
            )
        })?;
        let elsewhere = "pass --out with a folder of its own, such as `public` inside the site";
        if out_real == root_real {
            return Err(refuse(
                format!("the output folder `{shown}` is the site's own folder"),
                elsewhere,
            ));
        }
        if root_real.starts_with(&out_real) {
            return Err(refuse(
                format!("the output folder `{shown}` contains the site's folder"),
                elsewhere,
            ));
        }
        for source in [CONTENT_DIR, LOCALES_DIR, TEMPLATES_DIR] {
            if out_real.starts_with(root_real.join(source)) {
                return Err(refuse(
                    format!("the output folder `{shown}` is inside the site's `{source}/` folder"),
                    elsewhere,
                ));
            }
        }
        let (Some(parent), Some(name)) = (out_real.parent(), out_real.file_name()) else {
            return Err(refuse(
                format!("`{shown}` cannot be an output folder"),
                elsewhere,
            ));
        };
        let output = Output {
            path: out.to_path_buf(),
            parent: parent.to_path_buf(),
            name: name.to_string_lossy().into_owned(),
        };
        output.clean_up_after_killed_builds();
        output
            .check_is_ours()
            .map_err(|(message, help)| refuse(message, help))?;
        Ok(output)
    }

    /// The output folder as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `Err((message, help))` when the folder exists and is not a folder helpsite wrote.
    fn check_is_ours(&self) -> Result<(), (String, &'static str)> {
        let shown = display_path(&self.path);
        let metadata = match fs::symlink_metadata(&self.path) {
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(error) => {
                return Err((
                    format!("cannot read the output folder `{shown}`: {error}"),
                    "check its permissions, or pass --out with another folder",
                ));
            }
            Ok(metadata) => metadata,
        };
        if metadata.file_type().is_symlink() {
            return Err((
                format!("the output folder `{shown}` is a symbolic link"),
                "helpsite replaces its output folder whole and never replaces a link: pass the \
                 folder the link points to, or another folder, with --out",
            ));
        }
        if !metadata.is_dir() {
            return Err((
                format!("`{shown}` exists and is not a folder"),
                "pass --out with a folder, new or written by helpsite before",
            ));
        }
        if self.path.join(MARKER).is_file() {
            return Ok(());
        }
        let entries = match list(&self.path) {
            Ok(entries) => entries,
            Err(error) => {
                return Err((
                    format!("cannot read the output folder `{shown}`: {error}"),
                    "check its permissions, or pass --out with another folder",
                ));
            }
        };
        if entries.is_empty() {
            return Ok(());
        }
        let examples: Vec<String> = entries.iter().take(3).map(|e| format!("`{e}`")).collect();
        Err((
            format!(
                "the output folder `{shown}` was not written by helpsite and is not empty: it \
                 holds {} {} ({}{}); a build replaces its output folder whole, so it was left \
                 untouched",
                entries.len(),
                if entries.len() == 1 {
                    "entry"
                } else {
                    "entries"
                },
                examples.join(", "),
                if entries.len() > 3 { ", ..." } else { "" },
            ),
            "pass --out with a new or empty folder; if this is an old output of helpsite (from \
             before it marked its folders with `.helpsite-output`), delete it yourself first",
        ))
    }

    /// The names of this output's working files beside it: `.<name>.helpsite-<pid>-<n>` plus
    /// `.lock`, `.staging` or `.old`.
    fn prefix(&self) -> String {
        format!(".{}.helpsite-", self.name)
    }

    /// Removes the staging folders of builds that died, and puts back an output folder that a
    /// build renamed aside and was killed before it could rename the new one into place.
    fn clean_up_after_killed_builds(&self) {
        let prefix = self.prefix();
        let Ok(entries) = fs::read_dir(&self.parent) else {
            return;
        };
        let sessions: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                let session = name.strip_suffix(".lock")?;
                session.starts_with(&prefix).then(|| session.to_string())
            })
            .collect();
        for session in sessions {
            let lock_path = self.parent.join(format!("{session}.lock"));
            // The lock is free only when its build has ended; a build that ended normally
            // removed it, so a free lock means a killed build.
            let Ok(lock) = fs::File::open(&lock_path) else {
                continue;
            };
            if lock.try_lock().is_err() {
                continue; // a build running now
            }
            let old = self.parent.join(format!("{session}.old"));
            let staging = self.parent.join(format!("{session}.staging"));
            if old.is_dir() && is_helpsite_output(&old) {
                if fs::symlink_metadata(&self.path).is_err() {
                    let _ = fs::rename(&old, &self.path);
                } else {
                    let _ = remove_site_folder(&old);
                }
            }
            if staging.is_dir() && (is_helpsite_output(&staging) || is_empty(&staging)) {
                let _ = remove_site_folder(&staging);
            }
            if !old.exists() && !staging.exists() {
                let _ = fs::remove_file(&lock_path);
            }
        }
    }
}

/// Removes a folder helpsite wrote, its marker last: a removal cut short (a killed build)
/// leaves the marker, so the next build still knows the rest is its own to remove.
fn remove_site_folder(folder: &Path) -> io::Result<()> {
    for entry in fs::read_dir(folder)? {
        let entry = entry?;
        if entry.file_name() == MARKER {
            continue;
        }
        if entry.file_type()?.is_dir() {
            fs::remove_dir_all(entry.path())?;
        } else {
            fs::remove_file(entry.path())?;
        }
    }
    match fs::remove_file(folder.join(MARKER)) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
        _ => {}
    }
    fs::remove_dir(folder)
}

/// Whether a folder has the marker of a helpsite output.
fn is_helpsite_output(folder: &Path) -> bool {
    folder.join(MARKER).is_file()
}

fn is_empty(folder: &Path) -> bool {
    list(folder).is_ok_and(|entries| entries.is_empty())
}

/// The names in a folder, sorted, folders with a trailing `/`.
fn list(folder: &Path) -> io::Result<Vec<String>> {
    let mut names: Vec<String> = fs::read_dir(folder)?
        .filter_map(Result::ok)
        .map(|entry| {
            let mut name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                name.push('/');
            }
            name
        })
        .collect();
    names.sort();
    Ok(names)
}

/// The absolute path `path` stands for, with symbolic links resolved as far as it exists: the
/// output folder itself may not exist yet.
fn resolve(path: &Path) -> io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        match fs::canonicalize(existing) {
            Ok(real) => {
                let mut resolved = real;
                for part in rest.iter().rev() {
                    resolved.push(part);
                }
                return Ok(normalize(&resolved));
            }
            Err(error) => {
                let (Some(parent), Some(name)) = (existing.parent(), existing.file_name()) else {
                    return Err(error);
                };
                rest.push(name.to_os_string());
                existing = parent;
            }
        }
    }
}

/// Removes `.` and folds `..` in a path whose existing part is already canonical.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// A folder being filled beside the output; dropped without [`Staging::commit`], it is
/// removed. Its lock file says, for as long as the build runs, that the folder is in use.
pub struct Staging {
    output: Output,
    staging: PathBuf,
    /// Where the old output goes during a two-step swap (where one-step exchange is missing).
    old: PathBuf,
    lock_path: PathBuf,
    /// Held (locked) for the life of the build.
    _lock: fs::File,
    committed: bool,
}

impl Staging {
    /// Creates an empty staging folder next to the output (same file system, so the final
    /// rename is atomic), holding the output marker.
    pub fn new(output: &Output) -> io::Result<Self> {
        static SESSION: AtomicU64 = AtomicU64::new(0);
        let session = format!(
            "{}{}-{}",
            output.prefix(),
            std::process::id(),
            SESSION.fetch_add(1, Ordering::Relaxed)
        );
        fs::create_dir_all(&output.parent)?;
        let lock_path = output.parent.join(format!("{session}.lock"));
        let lock = fs::File::create(&lock_path)?;
        lock.try_lock().map_err(io::Error::other)?;
        let staging = output.parent.join(format!("{session}.staging"));
        let old = output.parent.join(format!("{session}.old"));
        let staging = Staging {
            output: output.clone(),
            staging,
            old,
            lock_path,
            _lock: lock,
            committed: false,
        };
        fs::create_dir(&staging.staging)?;
        fs::write(staging.staging.join(MARKER), MARKER_TEXT)?;
        Ok(staging)
    }

    pub fn path(&self) -> &Path {
        &self.staging
    }

    /// Replaces the output folder with the staging folder.
    ///
    /// Where the system can exchange two folders in one step (Linux), it does: at every moment
    /// the output path holds a whole site. Elsewhere the old output is renamed aside and the new
    /// one into place; a build killed between the two leaves the old one aside, with a lock
    /// that no process holds, and the next build puts it back.
    pub fn commit(mut self) -> io::Result<()> {
        let output = self.output.path.clone();
        match fs::symlink_metadata(&output) {
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                fs::rename(&self.staging, &output)?;
            }
            Err(error) => return Err(error),
            Ok(metadata) => {
                if !metadata.is_dir() || metadata.file_type().is_symlink() {
                    return Err(io::Error::other(format!(
                        "`{}` is no longer a folder; refusing to replace it",
                        display_path(&output)
                    )));
                }
                // Once the new site is in place the build has succeeded: the old site is
                // removed if possible, and otherwise (its lock file kept) by the next build.
                if exchange(&self.staging, &output)? {
                    // The staging path now holds the old site.
                    self.committed = true;
                    let _ = remove_site_folder(&self.staging);
                } else {
                    fs::rename(&output, &self.old)?;
                    if let Err(error) = fs::rename(&self.staging, &output) {
                        let _ = fs::rename(&self.old, &output);
                        return Err(error);
                    }
                    self.committed = true;
                    let _ = remove_site_folder(&self.old);
                }
            }
        }
        self.committed = true;
        Ok(())
    }
}

/// Exchanges two folders in one step. `Ok(false)` where the system or file system cannot, and
/// the caller swaps in two renames.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS) => Ok(false),
        Err(error) => Err(error.into()),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

impl Sink for Staging {
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        let target = self.staging.join(path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(target, bytes)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = remove_site_folder(&self.staging);
        }
        // Whatever could not be removed keeps its lock file, so the next build removes it.
        if !self.staging.exists() && !self.old.exists() {
            let _ = fs::remove_file(&self.lock_path);
        }
    }
}

/// Keeps rendered files in memory, so that an incremental rebuild writes nothing unless every
/// file rendered (a failed rebuild leaves the output as it was).
#[derive(Default)]
pub struct Memory {
    files: std::sync::Mutex<Vec<(String, Vec<u8>)>>,
}

impl Memory {
    pub fn into_files(self) -> Vec<(String, Vec<u8>)> {
        self.files
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Sink for Memory {
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        let mut files = self
            .files
            .lock()
            .map_err(|_| io::Error::other("a render thread panicked"))?;
        files.push((path.to_string(), bytes.to_vec()));
        Ok(())
    }
}

/// Writes nothing: `check` renders every file to find the problems, and keeps none.
pub struct Discard;

impl Sink for Discard {
    fn write(&self, _: &str, _: &[u8]) -> io::Result<()> {
        Ok(())
    }
}

/// Writes into an existing output folder, one file at a time, each atomically (a temporary
/// file renamed over the old one), so a server never hands out a half-written page. Watch mode
/// uses it to update just the pages an edit touched.
pub struct InPlace {
    output: PathBuf,
}

impl InPlace {
    pub fn new(output: &Path) -> Self {
        InPlace {
            output: output.to_path_buf(),
        }
    }

    /// Removes a file that the site no longer has (a deleted article's pages).
    pub fn remove(&self, path: &str) -> io::Result<()> {
        match fs::remove_file(self.output.join(path)) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        }
    }
}

impl Sink for InPlace {
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        let target = self.output.join(path);
        if fs::read(&target).is_ok_and(|existing| existing == bytes) {
            return Ok(());
        }
        let parent = target.parent().unwrap_or(&self.output);
        fs::create_dir_all(parent)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temporary = parent.join(format!(".{name}.helpsite-{}", std::process::id()));
        fs::write(&temporary, bytes)?;
        fs::rename(&temporary, &target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for folder in ["content", "locales", "templates"] {
            fs::create_dir(dir.path().join(folder)).unwrap();
        }
        dir
    }

    fn claim(root: &Path, out: &Path) -> Result<Output, Box<Diagnostic>> {
        Output::claim(root, out)
    }

    /// What a folder beside the output holds, but the output itself.
    fn debris(parent: &Path, output: &str) -> Vec<String> {
        list(parent)
            .unwrap()
            .into_iter()
            .filter(|name| name.trim_end_matches('/') != output)
            .collect()
    }

    #[test]
    fn dropped_staging_leaves_the_output_alone() {
        let dir = site();
        let output = dir.path().join("public");
        fs::create_dir(&output).unwrap();
        fs::write(output.join(MARKER), MARKER_TEXT).unwrap();
        fs::write(output.join("index.html"), "old").unwrap();
        {
            let staging = Staging::new(&claim(dir.path(), &output).unwrap()).unwrap();
            staging.write("index.html", b"new").unwrap();
        }
        assert_eq!(
            fs::read_to_string(output.join("index.html")).unwrap(),
            "old"
        );
        assert_eq!(
            debris(dir.path(), "public"),
            ["content/", "locales/", "templates/"]
        );
    }

    #[test]
    fn commit_swaps_the_whole_folder() {
        let dir = site();
        let output = dir.path().join("public");
        for round in ["first", "second"] {
            let staging = Staging::new(&claim(dir.path(), &output).unwrap()).unwrap();
            staging.write("en/index.html", round.as_bytes()).unwrap();
            staging.write(&format!("{round}.html"), b"x").unwrap();
            staging.commit().unwrap();
            assert_eq!(
                fs::read_to_string(output.join("en/index.html")).unwrap(),
                round
            );
        }
        assert!(!output.join("first.html").exists(), "the old tree is gone");
        assert!(output.join(MARKER).is_file());
        assert_eq!(
            debris(dir.path(), "public"),
            ["content/", "locales/", "templates/"]
        );
    }

    #[test]
    fn the_site_and_its_source_folders_are_refused() {
        let dir = site();
        let root = dir.path().join("site");
        fs::create_dir_all(root.join("content/articles")).unwrap();
        for out in [
            root.clone(),
            dir.path().to_path_buf(),
            root.join("content"),
            root.join("content/articles/new"),
            root.join("locales"),
            root.join("templates/static"),
            root.join("public/../content"),
        ] {
            let refused = claim(&root, &out).unwrap_err();
            assert_eq!(refused.code, Code::OutputRefused, "{}", out.display());
        }
        assert!(claim(&root, &root.join("public")).is_ok());
    }

    #[test]
    fn a_folder_helpsite_did_not_write_is_refused_and_left_alone() {
        let dir = site();
        let documents = dir.path().join("documents");
        fs::create_dir(&documents).unwrap();
        fs::write(documents.join("taxes.pdf"), "mine").unwrap();
        let refused = claim(dir.path(), &documents).unwrap_err();
        assert!(
            refused.message.contains("`taxes.pdf`"),
            "{}",
            refused.message
        );
        assert_eq!(
            fs::read_to_string(documents.join("taxes.pdf")).unwrap(),
            "mine"
        );
        // An empty folder, or one helpsite wrote, may be used.
        fs::remove_file(documents.join("taxes.pdf")).unwrap();
        assert!(claim(dir.path(), &documents).is_ok());
    }

    #[test]
    fn a_file_or_link_as_output_is_refused() {
        let dir = site();
        let file = dir.path().join("public");
        fs::write(&file, "x").unwrap();
        assert!(claim(dir.path(), &file).is_err());
        #[cfg(unix)]
        {
            let target = dir.path().join("real");
            fs::create_dir(&target).unwrap();
            let link = dir.path().join("link");
            std::os::unix::fs::symlink(&target, &link).unwrap();
            assert!(claim(dir.path(), &link).is_err());
        }
    }

    /// A build killed after its staging folder was made, or between the two renames of a
    /// two-step swap: the next claim removes the first and puts the old output back.
    #[test]
    fn leftovers_of_killed_builds_are_cleaned_up_or_restored() {
        let dir = site();
        let output = dir.path().join("public");
        let prefix = format!(".public.helpsite-{}-999", u32::MAX);
        // A killed build's staging folder, its lock free.
        let staging = dir.path().join(format!("{prefix}.staging"));
        fs::create_dir(&staging).unwrap();
        fs::write(staging.join(MARKER), MARKER_TEXT).unwrap();
        // A killed two-step swap: the old site aside, no output folder.
        let old = dir.path().join(format!("{prefix}.old"));
        fs::create_dir(&old).unwrap();
        fs::write(old.join(MARKER), MARKER_TEXT).unwrap();
        fs::write(old.join("index.html"), "old site").unwrap();
        fs::write(dir.path().join(format!("{prefix}.lock")), "").unwrap();
        // Someone else's folder with a similar name is not touched.
        let other = dir.path().join(".public.helpsite-notes");
        fs::create_dir(&other).unwrap();

        claim(dir.path(), &output).unwrap();
        assert_eq!(
            fs::read_to_string(output.join("index.html")).unwrap(),
            "old site"
        );
        assert_eq!(
            debris(dir.path(), "public"),
            [
                ".public.helpsite-notes/",
                "content/",
                "locales/",
                "templates/"
            ]
        );
    }

    #[test]
    fn a_running_build_keeps_its_staging_folder() {
        let dir = site();
        let output = dir.path().join("public");
        let running = Staging::new(&claim(dir.path(), &output).unwrap()).unwrap();
        claim(dir.path(), &output).unwrap();
        assert!(
            running.path().is_dir(),
            "a live build's folder is not removed"
        );
    }
}
