//! `helpsite init`, `helpsite new article` and `helpsite schema`.

mod common;

use std::fs;

use common::{SiteCopy, helpsite, repo_root, stderr, tree};

/// Codes of the diagnostics in a JSON report.
fn codes(report: &serde_json::Value) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

fn check_json(root: &str) -> serde_json::Value {
    let output = helpsite(&["check", "--format", "json", "--root", root]);
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn init_writes_a_small_starter_that_passes_strict_checks() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("help");
    let root = site.to_str().unwrap();
    let output = helpsite(&["init", root]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("helpsite serve"),
        "says what to do next"
    );
    let checked = helpsite(&["check", "--strict", "--root", root]);
    assert!(checked.status.success(), "{}", stderr(&checked));
    let built = helpsite(&["build", "--strict", "--root", root]);
    assert!(built.status.success(), "{}", stderr(&built));
    // A starter, not a copy of the example: one article in two locales.
    let articles: Vec<_> = fs::read_dir(site.join("content/articles"))
        .unwrap()
        .collect();
    assert_eq!(articles.len(), 1);
    let locales: Vec<String> = fs::read_dir(site.join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(locales.len(), 2, "{locales:?}");
    assert!(site.join("public/fr/orders/cancel-an-order.html").is_file());
    // Every file explains itself.
    for file in [
        "content/site.yaml",
        "content/articles/cancel-an-order.yaml",
        "locales/en/site.ftl",
        "locales/en/ui.ftl",
        "locales/en/articles/cancel-an-order.ftl",
    ] {
        let text = fs::read_to_string(site.join(file)).unwrap();
        assert!(
            text.lines().any(|l| l.starts_with('#')),
            "{file} has comments"
        );
    }
    // A CI workflow that checks, builds and publishes.
    let workflow = fs::read_to_string(site.join(".github/workflows/site.yml")).unwrap();
    for step in [
        "helpsite check --strict",
        "helpsite build",
        "actions/deploy-pages",
    ] {
        assert!(workflow.contains(step), "{step} in the workflow");
    }
    let again = helpsite(&["init", root]);
    assert_eq!(again.status.code(), Some(1), "init never overwrites");
    assert!(stderr(&again).contains("not empty"));
}

#[test]
fn init_example_copies_the_full_example_site() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("help");
    let output = helpsite(&["init", "--example", site.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let built = helpsite(&["build", "--strict", "--root", site.to_str().unwrap()]);
    assert!(built.status.success(), "{}", stderr(&built));
    let reference = SiteCopy::new();
    reference.build_ok();
    assert_eq!(tree(&site.join("public")), tree(&reference.out()));
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
    // Each unedited placeholder is a warning, and each locale's stub one warning.
    let report = check_json(root);
    let codes = codes(&report);
    assert_eq!(
        codes.iter().filter(|c| *c == "W109").count(),
        4,
        "{codes:?}"
    );
    let stubs: Vec<&serde_json::Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "W101")
        .collect();
    assert_eq!(stubs.len(), 3, "one per translated locale: {stubs:?}");
    assert!(
        stubs[0]["message"]
            .as_str()
            .unwrap()
            .contains("nothing in this file is translated yet")
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
        ("policies", "policies.schema.json"),
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
    let policies = fs::read_to_string(repo_root().join("content/policies.yaml")).unwrap();
    assert!(policies.starts_with("# yaml-language-server: $schema=schema/policies.schema.json"));
}
