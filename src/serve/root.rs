//! `serve --root DIR` must name a site, checked before anything starts: a mistyped folder
//! ends the command at once with a hint, instead of a server that waits forever for a site
//! that is not there.

use std::path::{Path, PathBuf};

use crate::diagnostics::did_you_mean;
use crate::load::CONFIG_PATH;

/// `Err` with the message to show when `root` is not a site's folder.
pub(super) fn check(root: &Path) -> Result<(), String> {
    let problem = if !root.is_dir() {
        format!("`{}` is not a folder", root.display())
    } else if !root.join(CONFIG_PATH).is_file() {
        format!(
            "`{}` has no {CONFIG_PATH}: it is not a site",
            root.display()
        )
    } else {
        return Ok(());
    };
    let help = match closest_site(root) {
        Some(site) => format!("did you mean `{}`?", site.display()),
        None => format!(
            "pass --root with a site's folder (it holds {CONFIG_PATH}), or start a new site \
             with `helpsite init NEW-FOLDER`"
        ),
    };
    Err(format!("{problem}\n  help: {help}"))
}

/// The site folder beside `root` whose name is closest to `root`'s, written the way `root`
/// was. Only folders that hold a site count: suggesting any other would fail the same way.
fn closest_site(root: &Path) -> Option<PathBuf> {
    let name = root.file_name()?.to_str()?;
    let parent = match root.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let sites: Vec<String> = std::fs::read_dir(parent)
        .ok()?
        .filter_map(Result::ok)
        .filter(|entry| entry.path().join(CONFIG_PATH).is_file())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|sibling| sibling != name)
        .collect();
    let closest = did_you_mean(name, sites.iter().map(String::as_str))?;
    Some(root.with_file_name(closest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(at: &Path) {
        std::fs::create_dir_all(at.join("content")).unwrap();
        std::fs::write(at.join(CONFIG_PATH), "").unwrap();
    }

    #[test]
    fn a_site_passes_and_a_typo_gets_the_closest_site_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        site(&dir.path().join("mysite"));
        // Closer to the typo, but not a site.
        std::fs::create_dir(dir.path().join("mysite2x")).unwrap();
        assert_eq!(check(&dir.path().join("mysite")), Ok(()));

        let typo = dir.path().join("mysite2");
        let message = check(&typo).unwrap_err();
        let expected = format!(
            "`{}` is not a folder\n  help: did you mean `{}`?",
            typo.display(),
            dir.path().join("mysite").display()
        );
        assert_eq!(message, expected);
    }

    #[test]
    fn a_folder_without_a_site_says_what_is_missing() {
        // A folder of its own: a sibling site in the shared temporary folder would be
        // suggested instead.
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        let message = check(&empty).unwrap_err();
        assert!(message.contains("has no content/site.yaml"), "{message}");
        assert!(message.contains("helpsite init"), "{message}");
    }
}
