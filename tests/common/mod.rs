//! Shared helpers for the integration tests: a temporary copy of the default site, builds
//! through the real binary, and a look at the output tree.

#![allow(dead_code)] // each test crate uses a different subset

pub mod corpus;
pub mod rtl_site;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary folder holding a copy of the repository's default site.
pub struct SiteCopy {
    pub dir: tempfile::TempDir,
}

impl SiteCopy {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        for folder in ["content", "locales", "templates"] {
            copy_dir(&repo_root().join(folder), &dir.path().join(folder));
        }
        SiteCopy { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative)).unwrap_or_else(|e| panic!("read {relative}: {e}"))
    }

    pub fn write(&self, relative: &str, text: &str) {
        fs::write(self.path(relative), text).unwrap_or_else(|e| panic!("write {relative}: {e}"));
    }

    /// Runs `helpsite build --root <copy>` plus `args`.
    pub fn build(&self, args: &[&str]) -> Output {
        helpsite(&[&["build", "--root", self.root().to_str().unwrap()], args].concat())
    }

    pub fn build_ok(&self) -> Output {
        let output = self.build(&[]);
        assert!(
            output.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    pub fn page(&self, relative: &str) -> String {
        fs::read_to_string(self.out().join(relative))
            .unwrap_or_else(|e| panic!("read output {relative}: {e}"))
    }
}

pub fn helpsite(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_helpsite"))
        .args(args)
        .output()
        .expect("run helpsite")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn copy_dir(from: &Path, to: &Path) {
    if !from.exists() {
        return;
    }
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file of a tree, by relative path, with its bytes.
pub fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.expect("walk"))
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let relative = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (relative, fs::read(e.path()).unwrap())
        })
        .collect()
}

/// The default site's articles: (id, category), read from content/articles.
pub fn articles(root: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in fs::read_dir(root.join("content/articles")).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        let category = text
            .lines()
            .find_map(|l| l.strip_prefix("category:"))
            .map(|c| c.trim().to_string())
            .expect("category line");
        found.push((
            path.file_stem().unwrap().to_string_lossy().into_owned(),
            category,
        ));
    }
    found.sort();
    found
}

/// The configured locales as (code, html lang), from content/site.yaml.
pub fn locales(root: &Path) -> Vec<(String, String)> {
    let config: serde_yaml::Value =
        serde_yaml::from_str(&fs::read_to_string(root.join("content/site.yaml")).unwrap()).unwrap();
    config["locales"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|l| {
            let code = l["code"].as_str().unwrap().to_string();
            let lang = l["lang"]
                .as_str()
                .map(String::from)
                .unwrap_or_else(|| code.clone());
            (code, lang)
        })
        .collect()
}

/// Values of an attribute in an HTML page (`href`, `id`, ...), in order.
pub fn attribute_values(html: &str, attribute: &str) -> Vec<String> {
    let needle = format!(" {attribute}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| rest[..end].replace("&amp;", "&"))
        })
        .collect()
}

/// Every cause and condition of the site at `root`, as the place the finder must lead to:
/// `{category}/{article}.html#{item}` (without the locale).
pub fn causes_and_conditions(root: &Path) -> BTreeSet<String> {
    let mut items = BTreeSet::new();
    for (id, category) in articles(root) {
        let yaml: serde_yaml::Value = serde_yaml::from_str(
            &fs::read_to_string(root.join(format!("content/articles/{id}.yaml"))).unwrap(),
        )
        .unwrap();
        for section in yaml["sections"].as_sequence().unwrap() {
            for kind in ["causes", "conditions"] {
                for item in section[kind].as_sequence().into_iter().flatten() {
                    let item = item["id"].as_str().unwrap();
                    items.insert(format!("{category}/{id}.html#{item}"));
                }
            }
        }
    }
    items
}
