//! `helpsite init`, `helpsite new article` and `helpsite schema`.

mod common;

use std::fs;

use common::{SiteCopy, helpsite, repo_root, stderr, tree};

#[test]
fn init_writes_a_site_that_builds_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("help");
    let output = helpsite(&["init", site.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let built = helpsite(&["build", "--strict", "--root", site.to_str().unwrap()]);
    assert!(built.status.success(), "{}", stderr(&built));
    // The same site as the repository's default.
    let reference = SiteCopy::new();
    reference.build_ok();
    assert_eq!(tree(&site.join("public")), tree(&reference.out()));

    let again = helpsite(&["init", site.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1), "init never overwrites");
    assert!(stderr(&again).contains("not empty"));
}

#[test]
fn new_article_scaffolds_yaml_and_a_stub_per_locale() {
    let site = SiteCopy::new();
    let root = site.root().to_str().unwrap();
    let output = helpsite(&[
        "new",
        "article",
        "late-delivery",
        "--category",
        "for-merchants",
        "--root",
        root,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        site.read("content/articles/late-delivery.yaml")
            .contains("category: for-merchants")
    );
    for locale in ["en", "pl", "fr", "zh"] {
        assert!(
            site.path(&format!("locales/{locale}/articles/late-delivery.ftl"))
                .exists(),
            "{locale}"
        );
    }
    // It builds at once: English text, fallbacks (warnings) elsewhere.
    let built = site.build(&[]);
    assert!(built.status.success(), "{}", stderr(&built));
    assert!(
        stderr(&built).contains("W101"),
        "untranslated stubs are reported"
    );
    assert!(
        site.page("pl/for-merchants/late-delivery.html")
            .contains("lang=\"en\"")
    );

    let yaml_before = site.read("content/articles/late-delivery.yaml");
    let again = helpsite(&["new", "article", "late-delivery", "--root", root]);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(
        site.read("content/articles/late-delivery.yaml"),
        yaml_before,
        "nothing overwritten"
    );

    for bad in ["../escape", "Upper", "has space", "index"] {
        let refused = helpsite(&["new", "article", bad, "--root", root]);
        assert_eq!(refused.status.code(), Some(1), "{bad}");
    }
    let unknown = helpsite(&[
        "new",
        "article",
        "fine-id",
        "--category",
        "nope",
        "--root",
        root,
    ]);
    assert!(
        stderr(&unknown).contains("payment-cancellations"),
        "lists the categories"
    );
}

#[test]
fn the_committed_schemas_match_the_model_and_the_content_uses_them() {
    for (kind, file) in [
        ("article", "article.schema.json"),
        ("site", "site.schema.json"),
    ] {
        let output = helpsite(&["schema", kind]);
        assert!(output.status.success());
        let committed = fs::read_to_string(repo_root().join("content/schema").join(file)).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            committed,
            "content/schema/{file} is out of date: run `helpsite schema {kind} > content/schema/{file}`"
        );
    }
    for entry in fs::read_dir(repo_root().join("content/articles")).unwrap() {
        let text = fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(text.starts_with("# yaml-language-server: $schema=../schema/article.schema.json"));
    }
}
