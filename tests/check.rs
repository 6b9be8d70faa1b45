//! `helpsite check` and `helpsite confirm`: everything checked, nothing written, translation
//! gaps (missing, stale, untranslated) reported per locale, stable JSON for CI.

mod common;

use common::{SiteCopy, articles, helpsite, stderr};

fn check(site: &SiteCopy, args: &[&str]) -> (Option<i32>, String, String) {
    let output = helpsite(&[&["check", "--root", site.root().to_str().unwrap()], args].concat());
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr(&output),
    )
}

fn json(site: &SiteCopy, args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let (code, stdout, _) = check(site, &[&["--format", "json"], args].concat());
    (
        code,
        serde_json::from_str(&stdout).expect("check --format json prints JSON"),
    )
}

#[test]
fn the_default_site_is_clean_and_check_writes_nothing() {
    let site = SiteCopy::new();
    let (code, _, report) = check(&site, &["--strict"]);
    assert_eq!(code, Some(0), "{report}");
    assert!(report.contains("No problems found"), "{report}");
    assert!(
        report.contains("Translations:"),
        "a table per locale: {report}"
    );
    assert!(!site.out().exists(), "check writes no output");

    let (code, report) = json(&site, &[]);
    assert_eq!(code, Some(0));
    assert_eq!(report["format_version"], 1);
    assert_eq!(report["result"], "ok");
    assert_eq!(report["diagnostics"].as_array().unwrap().len(), 0);
    for locale in ["en", "pl", "fr", "zh"] {
        let status = &report["translations"][locale];
        assert_eq!(status["missing"], 0, "{locale}");
        assert_eq!(status["needed"], status["translated"], "{locale}");
        assert_eq!(status["stale"], 0, "{locale}");
    }
}

#[test]
fn stale_and_missing_translations_are_reported_per_locale() {
    let site = SiteCopy::new();
    let (id, _) = articles(site.root())[0].clone();
    let en = format!("locales/en/articles/{id}.ftl");
    let changed: String = site
        .read(&en)
        .lines()
        .map(|l| {
            if l.starts_with("title =") {
                "title = A reworded English title".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    site.write(&en, &changed);
    let pl = format!("locales/pl/articles/{id}.ftl");
    let without_summary: String = site
        .read(&pl)
        .lines()
        .filter(|l| !l.starts_with("summary ="))
        .collect::<Vec<_>>()
        .join("\n");
    site.write(&pl, &without_summary);

    let (code, report) = json(&site, &[]);
    assert_eq!(code, Some(0), "warnings alone do not fail");
    assert_eq!(report["result"], "warnings");
    for locale in ["pl", "fr", "zh"] {
        assert_eq!(report["translations"][locale]["stale"], 1, "{locale}");
    }
    assert_eq!(report["translations"]["pl"]["missing"], 1);
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let stale = diagnostics
        .iter()
        .find(|d| d["code"] == "W106" && d["file"] == pl.as_str())
        .expect("a stale warning for the Polish file");
    assert_eq!(stale["line"], 1);
    assert!(
        stale["help"]
            .as_str()
            .unwrap()
            .contains(&format!("helpsite confirm pl articles/{id}:title"))
    );
    assert!(
        diagnostics
            .iter()
            .any(|d| d["code"] == "W101" && d["message"].as_str().unwrap().contains("`summary`"))
    );

    let (code, _) = json(&site, &["--strict"]);
    assert_eq!(code, Some(1), "--strict fails on warnings");

    // The translator updates the Polish title and confirms it: no longer stale.
    let output = helpsite(&[
        "confirm",
        "pl",
        &format!("articles/{id}:title"),
        "--root",
        site.root().to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let (_, report) = json(&site, &[]);
    assert_eq!(report["translations"]["pl"]["stale"], 0);
    assert_eq!(
        report["translations"]["fr"]["stale"], 1,
        "other locales are still stale"
    );
}

#[test]
fn an_untranslated_copy_of_the_source_is_flagged() {
    let site = SiteCopy::new();
    let (id, _) = articles(site.root())[0].clone();
    let english = site.read(&format!("locales/en/articles/{id}.ftl"));
    let summary = english
        .lines()
        .find(|l| l.starts_with("summary ="))
        .unwrap()
        .to_string();
    let pl = format!("locales/pl/articles/{id}.ftl");
    let copied: String = site
        .read(&pl)
        .lines()
        .map(|l| {
            if l.starts_with("summary =") {
                summary.clone()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    site.write(&pl, &copied);
    let (_, report) = json(&site, &[]);
    // The lock says pl's summary was confirmed against the current source, so nothing is
    // stale; a translation never confirmed is where "identical to the source" is flagged.
    assert_eq!(report["translations"]["pl"]["stale"], 0);
    let lock = site.read("locales/pl/translations.lock");
    let trimmed: String = lock
        .lines()
        .filter(|l| !l.starts_with(&format!("articles/{id} summary ")))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write("locales/pl/translations.lock", &trimmed);
    let (_, report) = json(&site, &[]);
    assert_eq!(report["translations"]["pl"]["untranslated"], 1);
    assert!(
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "W104")
    );
}

#[test]
fn a_missing_configuration_exits_with_two() {
    let site = SiteCopy::new();
    std::fs::remove_file(site.path("content/site.yaml")).unwrap();
    let (code, _, report) = check(&site, &[]);
    assert_eq!(code, Some(2), "{report}");
    assert!(report.contains("content/site.yaml"), "{report}");
}

#[test]
fn a_deleted_article_leaves_nothing_unreported() {
    let site = SiteCopy::new();
    let root = site.root().to_str().unwrap().to_string();
    site.write(
        "content/articles/test-topic.yaml",
        "category: after-cancellation\nupdated: 2026-01-15\nsections:\n  - id: what-to-do\n    remedies:\n      - id: ask\n",
    );
    for locale in ["en", "pl", "fr", "zh"] {
        site.write(
            &format!("locales/{locale}/articles/test-topic.ftl"),
            &format!("title = {locale} title\nsummary = {locale} summary\nsection-what-to-do = {locale} what\nremedy-ask = {locale} ask\n"),
        );
    }
    let confirm = |locale: &str| {
        let confirmed = helpsite(&["confirm", locale, "--all", "--root", &root]);
        assert!(confirmed.status.success(), "{}", stderr(&confirmed));
    };
    ["pl", "fr", "zh"].into_iter().for_each(confirm);
    assert_eq!(check(&site, &["--strict"]).0, Some(0), "a clean start");

    std::fs::remove_file(site.path("content/articles/test-topic.yaml")).unwrap();
    let (_, report) = json(&site, &[]);
    let diagnostics = report["diagnostics"].as_array().unwrap();
    for locale in ["pl", "fr", "zh"] {
        let lock = diagnostics
            .iter()
            .find(|d| {
                d["code"] == "W107" && d["file"] == format!("locales/{locale}/translations.lock")
            })
            .unwrap_or_else(|| panic!("{locale}: its lock lines are reported"));
        assert!(
            lock["message"]
                .as_str()
                .unwrap()
                .contains("articles/test-topic")
        );
        // Four lock lines and the translation file itself.
        assert_eq!(report["translations"][locale]["obsolete"], 5, "{locale}");
    }
    // Deleting its translations and confirming again: nothing left behind.
    for locale in ["en", "pl", "fr", "zh"] {
        std::fs::remove_file(site.path(&format!("locales/{locale}/articles/test-topic.ftl")))
            .unwrap();
    }
    ["pl", "fr", "zh"].into_iter().for_each(confirm);
    let (code, _, stderr) = check(&site, &["--strict"]);
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn an_empty_category_is_a_warning() {
    let site = SiteCopy::new();
    for id in [
        "automatic-delivery-confirmation",
        "early-payment-release",
        "processing-refund-requests",
    ] {
        std::fs::remove_file(site.path(&format!("content/articles/{id}.yaml"))).unwrap();
    }
    let (_, report) = json(&site, &[]);
    let empty: Vec<&serde_json::Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "W108")
        .collect();
    assert_eq!(empty.len(), 1, "{empty:?}");
    assert_eq!(empty[0]["file"], "content/site.yaml");
    assert!(
        empty[0]["message"]
            .as_str()
            .unwrap()
            .contains("for-merchants")
    );
}

#[test]
fn an_unknown_variable_is_reported_once_by_check_and_by_build() {
    let site = SiteCopy::new();
    let file = "locales/en/articles/refund-after-cancellation.ftl";
    let text = site.read(file);
    assert!(text.contains("$weeks"));
    site.write(file, &text.replacen("$weeks", "$weekz", 1));
    let (_, report) = json(&site, &[]);
    let unknown: Vec<&serde_json::Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "E022")
        .collect();
    assert_eq!(unknown.len(), 1, "{unknown:?}");
    assert!(unknown[0]["line"].is_u64(), "at its place");
    let built = site.build(&[]);
    assert_eq!(common::stderr(&built).matches("[E022]").count(), 1);
}

/// Two locales whose lock files are byte for byte the same, with the same unreadable line:
/// each is reported at its own file (their parse is not shared between them).
#[test]
fn identical_lock_files_are_each_reported() {
    let site = SiteCopy::new();
    for locale in ["fr", "pl"] {
        site.write(
            &format!("locales/{locale}/translations.lock"),
            "# lock\nthis is not a lock line\n",
        );
    }
    let (_, report) = json(&site, &[]);
    let diagnostics = report["diagnostics"].as_array().unwrap();
    for locale in ["fr", "pl"] {
        assert!(
            diagnostics.iter().any(|d| d["code"] == "W107"
                && d["file"] == format!("locales/{locale}/translations.lock")
                && d["line"] == 2),
            "{locale}: its lock's bad line is reported: {diagnostics:#?}"
        );
    }
}
