//! The site's folder, and the rule for what may be read from it: only files inside its source
//! folders (`content/`, `locales/`, `templates/`), with symbolic links resolved.
//!
//! helpsite runs in CI with secrets in its environment and on laptops next to people's own
//! files. A symbolic link in `templates/static/` to `/proc/self/environ`, or a `.ftl` that links
//! to a file in someone's home folder, would otherwise be read and published. So every path is
//! resolved before it is read, the resolved path must lie in one of the source folders,
//! and the file is then read through the resolved path (not the link, which could change in
//! between). A source folder that is itself a link to elsewhere is outside the site as well.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::{CONTENT_DIR, LOCALES_DIR, TEMPLATES_DIR};
use crate::diagnostics::{Code, Diagnostic};
use crate::source::display_path;

/// The folders of a site that helpsite reads from.
const SOURCE_FOLDERS: [&str; 3] = [CONTENT_DIR, LOCALES_DIR, TEMPLATES_DIR];

/// The largest text file (YAML, Fluent, template, lock file) helpsite reads. Content files are
/// a few kilobytes; a file this large is a mistake (or an attack), and reading it whole, then
/// parsing and reporting on it, would cost memory and time out of all proportion.
pub const MAX_TEXT_BYTES: u64 = 4 * 1024 * 1024;

/// The largest `translations.lock`. helpsite writes it, a line per translated message, so it
/// grows with the site (about 1.5 KB per article: 7.5 MiB at 5,000 articles); this bound lets
/// a site of 100,000 articles build and still refuses a runaway file.
pub const MAX_LOCK_BYTES: u64 = 256 * 1024 * 1024;

/// The largest static file (`templates/static/`: images, fonts, scripts) helpsite copies.
pub const MAX_ASSET_BYTES: u64 = 32 * 1024 * 1024;

/// A site's folder, as given and as the file system resolves it.
#[derive(Debug, Clone)]
pub struct SiteRoot {
    path: PathBuf,
    /// `None` when the folder does not exist (then nothing can be read from it anyway).
    real: Option<PathBuf>,
}

impl SiteRoot {
    pub fn new(path: &Path) -> Self {
        SiteRoot {
            path: path.to_path_buf(),
            real: fs::canonicalize(path).ok(),
        }
    }

    /// The folder as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `relative` under the folder as given (for probes that read nothing, such as `exists`).
    pub fn join(&self, relative: impl AsRef<Path>) -> PathBuf {
        self.path.join(relative)
    }

    /// The real path of `relative` (a path under the root), checked to lie inside one of the
    /// site's source folders; the diagnostic otherwise says which link leads where.
    pub fn resolve(&self, relative: &Path) -> Result<PathBuf, Box<Diagnostic>> {
        let shown = display_path(relative);
        let real = fs::canonicalize(self.path.join(relative)).map_err(|error| {
            Box::new(
                Diagnostic::new(Code::Io, format!("cannot read `{shown}`: {error}"))
                    .path(shown.clone())
                    .help(match self.first_link(relative) {
                        Some(_) => "point the link at a file that exists, or remove it",
                        None => "check that it exists and is readable",
                    }),
            )
        })?;
        let Some(root) = &self.real else {
            return Ok(real);
        };
        if SOURCE_FOLDERS
            .iter()
            .any(|folder| real.starts_with(root.join(folder)))
        {
            return Ok(real);
        }
        let (link, target) = self
            .first_link(relative)
            .unwrap_or_else(|| (relative.to_path_buf(), real.clone()));
        Err(Box::new(
            Diagnostic::new(
                Code::OutsideSite,
                format!(
                    "`{}` is a symbolic link to `{}`, outside the site's source folders",
                    display_path(&link),
                    display_path(&target)
                ),
            )
            .path(display_path(&link))
            .help(
                "helpsite reads only files inside the site's content/, locales/ and templates/ \
                 folders: copy the file into the site instead of linking to it",
            ),
        ))
    }

    /// The first symbolic link on the way from the root to `relative`, with what it points to.
    fn first_link(&self, relative: &Path) -> Option<(PathBuf, PathBuf)> {
        let mut walked = PathBuf::new();
        for component in relative.components() {
            walked.push(component);
            let full = self.path.join(&walked);
            if full.is_symlink() {
                let target = fs::read_link(&full).unwrap_or_default();
                return Some((walked, target));
            }
        }
        None
    }

    /// Reads the file at `relative` (resolved and confined), at most `limit` bytes.
    pub fn read(&self, relative: &Path, limit: u64) -> Result<Vec<u8>, Box<Diagnostic>> {
        let real = self.resolve(relative)?;
        let shown = display_path(relative);
        let cannot = |error: std::io::Error| {
            Box::new(
                Diagnostic::new(Code::Io, format!("cannot read `{shown}`: {error}"))
                    .path(shown.clone())
                    .help("check that the file exists and is readable"),
            )
        };
        // A folder, a pipe or a device where a file is expected: reading it would fail
        // obscurely or block forever.
        let metadata = fs::metadata(&real).map_err(cannot)?;
        if !metadata.is_file() {
            let what = if metadata.is_dir() {
                "a folder"
            } else {
                "not a regular file"
            };
            return Err(Box::new(
                Diagnostic::new(Code::Io, format!("`{shown}` is {what}"))
                    .path(shown.clone())
                    .help("replace it with a regular text file, or remove it"),
            ));
        }
        let too_large = |size: u64| {
            Box::new(
                Diagnostic::new(
                    Code::TooLarge,
                    format!(
                        "`{shown}` is {}; helpsite reads files of at most {}",
                        human_size(size),
                        human_size(limit)
                    ),
                )
                .path(shown.clone())
                .help(
                    "check that this is the file you meant; content files are a few kilobytes \
                     (split a long text into several articles)",
                ),
            )
        };
        if metadata.len() > limit {
            return Err(too_large(metadata.len()));
        }
        // The size may change between the check and the read: never read more than allowed.
        let mut bytes = Vec::with_capacity(metadata.len() as usize);
        fs::File::open(&real)
            .and_then(|file| file.take(limit + 1).read_to_end(&mut bytes))
            .map_err(cannot)?;
        if bytes.len() as u64 > limit {
            return Err(too_large(bytes.len() as u64));
        }
        Ok(bytes)
    }
}

/// `4 MiB`, `5.2 MiB`, `812 bytes`.
fn human_size(bytes: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    match bytes {
        0..1024 => format!("{bytes} bytes"),
        1024..1_048_576 => format!("{:.1} KiB", bytes as f64 / 1024.0),
        _ if bytes.is_multiple_of(1 << 20) => format!("{} MiB", bytes >> 20),
        _ => format!("{:.1} MiB", bytes as f64 / MIB),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_source_folders_are_refused() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        fs::create_dir_all(site.join("templates/static")).unwrap();
        fs::create_dir_all(site.join("content")).unwrap();
        fs::write(dir.path().join("secret.txt"), "token").unwrap();
        fs::write(site.join(".env"), "token").unwrap();
        fs::write(site.join("content/site.yaml"), "x: 1").unwrap();
        symlink(
            dir.path().join("secret.txt"),
            site.join("templates/static/a.txt"),
        )
        .unwrap();
        symlink("../../.env", site.join("templates/static/b.txt")).unwrap();
        symlink(
            "../../content/site.yaml",
            site.join("templates/static/c.txt"),
        )
        .unwrap();
        symlink("site.yaml", site.join("content/inside.yaml")).unwrap();
        let root = SiteRoot::new(&site);
        for outside in ["templates/static/a.txt", "templates/static/b.txt"] {
            let refused = root.read(Path::new(outside), MAX_TEXT_BYTES).unwrap_err();
            assert_eq!(refused.code, Code::OutsideSite, "{outside}");
            assert!(refused.message.contains(outside), "{}", refused.message);
        }
        for inside in ["content/inside.yaml", "templates/static/c.txt"] {
            assert_eq!(
                root.read(Path::new(inside), 100).unwrap(),
                b"x: 1",
                "{inside}"
            );
        }
    }

    #[test]
    fn files_over_the_limit_are_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("content")).unwrap();
        fs::write(dir.path().join("content/big.yaml"), vec![b'a'; 2048]).unwrap();
        let root = SiteRoot::new(dir.path());
        let refused = root.read(Path::new("content/big.yaml"), 1024).unwrap_err();
        assert_eq!(refused.code, Code::TooLarge);
        assert!(refused.message.contains("2.0 KiB"), "{}", refused.message);
        assert_eq!(
            root.read(Path::new("content/big.yaml"), 4096)
                .unwrap()
                .len(),
            2048
        );
    }
}
