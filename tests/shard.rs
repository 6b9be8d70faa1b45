//! Sharded builds (issue 6): `build --locale L` per shard plus one `build --only-shared`, each
//! into its own folder, merged by copying, give exactly the tree of a whole build.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{SiteCopy, stderr, tree};

/// Builds `args` into `out` and returns the tree written, without the output marker that
/// every part carries (the same bytes in each; a merge keeps one, as `cp` does).
fn build_into(site: &SiteCopy, out: &Path, args: &[&str]) -> BTreeMap<String, Vec<u8>> {
    let output = site.build(&[&["--out", out.to_str().unwrap()], args].concat());
    assert!(
        output.status.success(),
        "build {args:?} failed:\n{}",
        stderr(&output)
    );
    let mut files = tree(out);
    assert!(
        files.remove(helpsite::write::MARKER).is_some(),
        "build {args:?} marked its output"
    );
    files
}

/// Merges shard trees as `cp -r shard/. merged/` would, failing on any file that two shards
/// write: the parts are disjoint, so no merge order can matter.
fn merge(shards: &[(&str, BTreeMap<String, Vec<u8>>)]) -> BTreeMap<String, Vec<u8>> {
    let mut merged = BTreeMap::new();
    let mut owner: BTreeMap<String, &str> = BTreeMap::new();
    for (name, files) in shards {
        assert!(!files.is_empty(), "shard {name} wrote nothing");
        for (path, bytes) in files {
            if let Some(first) = owner.insert(path.clone(), name) {
                let same = merged.get(path) == Some(bytes);
                panic!(
                    "`{path}` is written by shard {first} and by shard {name} ({})",
                    if same {
                        "same bytes"
                    } else {
                        "different bytes"
                    }
                );
            }
            merged.insert(path.clone(), bytes.clone());
        }
    }
    merged
}

/// Asserts two trees have the same files with the same bytes, naming the first difference.
fn assert_same_tree(whole: &BTreeMap<String, Vec<u8>>, merged: &BTreeMap<String, Vec<u8>>) {
    let only_whole: Vec<&String> = whole.keys().filter(|k| !merged.contains_key(*k)).collect();
    let only_merged: Vec<&String> = merged.keys().filter(|k| !whole.contains_key(*k)).collect();
    assert!(
        only_whole.is_empty() && only_merged.is_empty(),
        "file lists differ: only in the whole build {only_whole:?}, only in the merged shards \
         {only_merged:?}"
    );
    for (path, bytes) in whole {
        assert!(
            merged[path] == *bytes,
            "`{path}` differs between the whole build and the merged shards"
        );
    }
}

/// Builds the site whole and in shards (`extra` added to every build) and compares.
fn shards_merge_into_the_whole_build(extra: &[&str], shards: &[&[&str]]) {
    let site = SiteCopy::new();
    let whole = build_into(&site, &site.path("whole"), extra);
    let parts: Vec<(&str, BTreeMap<String, Vec<u8>>)> = shards
        .iter()
        .enumerate()
        .map(|(i, args)| {
            let out = site.path(&format!("shard-{i}"));
            let name = args.last().copied().unwrap_or("?");
            (name, build_into(&site, &out, &[extra, args].concat()))
        })
        .collect();
    assert_same_tree(&whole, &merge(&parts));
}

#[test]
fn shards_merged_are_byte_identical_to_a_whole_build_with_search() {
    shards_merge_into_the_whole_build(
        &[],
        &[
            &["--locale", "en"],
            &["--locale", "pl", "--locale", "fr"],
            &["--locale", "zh"],
            &["--only-shared"],
        ],
    );
}

#[test]
fn shards_merged_are_byte_identical_with_the_pseudo_locale_and_without_search() {
    shards_merge_into_the_whole_build(
        &["--pseudo", "--no-search"],
        &[
            &["--locale", "en,pl"],
            &["--locale", "fr", "--locale", "zh"],
            &["--locale", "en-XA"],
            &["--locale", "en-XB"],
            &["--only-shared"],
        ],
    );
}

#[test]
fn a_locale_shard_writes_its_locale_and_search_bundle_only() {
    let site = SiteCopy::new();
    let files = build_into(&site, &site.out(), &["--locale", "pl"]);
    assert!(files.contains_key("pl/index.html"));
    assert!(files.contains_key("pl/search.html"));
    assert!(files.contains_key("pagefind/pl/pagefind.js"));
    assert!(files.contains_key("pagefind/pl/pagefind-entry.json"));
    for path in files.keys() {
        assert!(
            path.starts_with("pl/") || path.starts_with("pagefind/pl/"),
            "a pl shard wrote `{path}`"
        );
    }
    let entry = String::from_utf8(files["pagefind/pl/pagefind-entry.json"].clone()).unwrap();
    assert!(
        entry.contains("\"pl\"") && !entry.contains("\"en\""),
        "pl's bundle indexes Polish only: {entry}"
    );
}

#[test]
fn the_shared_shard_writes_no_locale_pages() {
    let site = SiteCopy::new();
    let files = build_into(&site, &site.out(), &["--only-shared"]);
    let mut names: Vec<&str> = files
        .keys()
        .map(String::as_str)
        .filter(|p| !p.starts_with("assets/"))
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["404.html", "index.html", "robots.txt", "sitemap.xml"]
    );
    assert!(files.contains_key("assets/search.js"));
    let sitemap = String::from_utf8(files["sitemap.xml"].clone()).unwrap();
    assert!(
        sitemap.contains("https://help.example.com/zh/"),
        "the sitemap lists every locale's pages, though none was built"
    );
}

#[test]
fn an_unknown_locale_is_a_usage_error_naming_the_sites_locales() {
    let site = SiteCopy::new();
    let output = site.build(&["--locale", "fr-FR"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("unknown locale `fr-FR`")
            && message.contains("en, pl, fr, zh")
            && message.contains("did you mean `fr`?"),
        "{message}"
    );
    assert!(!site.out().exists(), "nothing written");

    let output = site.build(&["--locale", "en-XA"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("add --pseudo"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn locale_and_only_shared_conflict() {
    let site = SiteCopy::new();
    let output = site.build(&["--locale", "en", "--only-shared"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot be used with"));
}

#[test]
fn a_shard_fails_on_an_error_in_another_locale() {
    // Validation covers the whole site: an `en` shard fails on a broken Polish file, as the
    // whole build does, and writes nothing.
    let site = SiteCopy::new();
    let path = "locales/pl/ui.ftl";
    let text = site.read(path);
    site.write(path, &format!("{text}\nbroken = {{ \n"));
    let output = site.build(&["--locale", "en"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("locales/pl/ui.ftl"));
    assert!(!site.out().exists());
}
