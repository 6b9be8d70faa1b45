//! Stage 5, write: files go to a staging folder beside the output, and the finished folder
//! replaces the output in one step. A failed build never touches the previous output.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::render::Sink;

/// A folder being filled; dropped without [`Staging::commit`], it is removed.
pub struct Staging {
    staging: PathBuf,
    output: PathBuf,
    committed: bool,
}

impl Staging {
    /// Creates an empty staging folder next to `output` (same file system, so the final
    /// rename is atomic).
    pub fn new(output: &Path) -> io::Result<Self> {
        let parent = match output.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent)?;
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
        if staging.exists() {
            fs::remove_dir_all(&staging)?;
        }
        fs::create_dir(&staging)?;
        Ok(Staging {
            staging,
            output: output.to_path_buf(),
            committed: false,
        })
    }

    pub fn path(&self) -> &Path {
        &self.staging
    }

    /// Replaces the output folder with the staging folder.
    ///
    /// The old output is first renamed aside, then the new one renamed into place, then the old
    /// one removed: at no moment is there a half-written output folder.
    pub fn commit(mut self) -> io::Result<()> {
        let backup = self.staging.with_file_name(format!(
            "{}.old",
            self.staging
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
        let had_output = self.output.exists();
        if had_output {
            if !self.output.is_dir() {
                return Err(io::Error::other(format!(
                    "`{}` exists and is not a folder; refusing to replace it",
                    self.output.display()
                )));
            }
            fs::rename(&self.output, &backup)?;
        }
        if let Err(error) = fs::rename(&self.staging, &self.output) {
            if had_output {
                let _ = fs::rename(&backup, &self.output);
            }
            return Err(error);
        }
        self.committed = true;
        if had_output {
            fs::remove_dir_all(&backup)?;
        }
        Ok(())
    }
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

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropped_staging_leaves_the_output_alone() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        fs::create_dir(&output).unwrap();
        fs::write(output.join("index.html"), "old").unwrap();
        {
            let staging = Staging::new(&output).unwrap();
            staging.write("index.html", b"new").unwrap();
        }
        assert_eq!(
            fs::read_to_string(output.join("index.html")).unwrap(),
            "old"
        );
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "staging folder removed"
        );
    }

    #[test]
    fn commit_swaps_the_whole_folder() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        fs::create_dir(&output).unwrap();
        fs::write(output.join("stale.html"), "old").unwrap();
        let staging = Staging::new(&output).unwrap();
        staging.write("en/index.html", b"new").unwrap();
        staging.commit().unwrap();
        assert_eq!(
            fs::read_to_string(output.join("en/index.html")).unwrap(),
            "new"
        );
        assert!(!output.join("stale.html").exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
