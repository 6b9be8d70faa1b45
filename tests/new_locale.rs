//! `helpsite new locale CODE`: a folder with every file of the source locale, each message
//! marked untranslated (counted by `check`, shown to readers as the source text it is), one
//! line added to site.yaml with its comments kept, and clear refusals.

mod common;

use std::fs;

use common::{SiteCopy, articles, helpsite, stderr};

fn new_locale(site: &SiteCopy, code: &str) -> std::process::Output {
    helpsite(&[
        "new",
        "locale",
        code,
        "--root",
        site.root().to_str().unwrap(),
    ])
}

fn check_json(site: &SiteCopy, strict: bool) -> (Option<i32>, serde_json::Value) {
    let root = site.root().to_str().unwrap();
    let mut args = vec!["check", "--format", "json", "--root", root];
    if strict {
        args.push("--strict");
    }
    let output = helpsite(&args);
    (
        output.status.code(),
        serde_json::from_slice(&output.stdout).expect("JSON"),
    )
}

fn diagnostics<'a>(report: &'a serde_json::Value, code: &str) -> Vec<&'a serde_json::Value> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code)
        .collect()
}

#[test]
fn a_new_locale_has_every_file_marked_untranslated_and_one_more_line_in_site_yaml() {
    let site = SiteCopy::new();
    let yaml_before = site.read("content/site.yaml");
    let output = new_locale(&site, "de");
    assert!(output.status.success(), "{}", stderr(&output));
    let said = stderr(&output);
    for next in [
        "Added `- { code: de }`",
        "language-name",
        "# helpsite: untranslated",
        "helpsite check",
        "helpsite confirm de --all",
        "left to right",
    ] {
        assert!(said.contains(next), "says {next:?}: {said}");
    }

    // site.yaml: the same text with one line more, after the last locale.
    let yaml_after = site.read("content/site.yaml");
    let before: Vec<&str> = yaml_before.lines().collect();
    let after: Vec<&str> = yaml_after.lines().collect();
    let at = before
        .iter()
        .position(|l| l.contains("code: zh"))
        .expect("zh's line")
        + 1;
    let mut expected = before.clone();
    expected.insert(at, "  - { code: de }");
    assert_eq!(after, expected);

    // Every file of the source locale, every message marked.
    let mut files = vec![
        "site.ftl".to_string(),
        "ui.ftl".to_string(),
        "policies.ftl".to_string(),
    ];
    files.extend(
        articles(site.root())
            .into_iter()
            .map(|(id, _)| format!("articles/{id}.ftl")),
    );
    for file in &files {
        let source = site.read(&format!("locales/en/{file}"));
        let copy = site.read(&format!("locales/de/{file}"));
        let messages = source
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains(" ="))
            .count();
        let marked = copy.matches("# helpsite: untranslated\n").count();
        let placeholder = usize::from(file == "site.ftl");
        assert_eq!(marked + placeholder, messages, "{file}");
    }
    assert!(
        site.read("locales/de/site.ftl")
            .contains("# helpsite: placeholder: the language's name in itself")
    );

    // check counts them: warnings (one per file), failing --strict.
    let (code, report) = check_json(&site, false);
    assert_eq!(code, Some(0), "{report}");
    let status = &report["translations"]["de"];
    let en = &report["translations"]["en"];
    assert_eq!(status["needed"], en["needed"]);
    assert_eq!(status["translated"], 1, "the placeholder language name");
    assert_eq!(
        status["missing"].as_u64().unwrap(),
        en["needed"].as_u64().unwrap() - 1
    );
    assert!(status["untranslated"].as_u64().unwrap() > 100, "{status}");
    let w104 = diagnostics(&report, "W104");
    assert_eq!(w104.len(), files.len(), "one per file: {w104:?}");
    assert_eq!(diagnostics(&report, "W109").len(), 1, "the language name");
    assert!(
        diagnostics(&report, "W110").is_empty(),
        "English copies are not checked with German rules"
    );
    let (code, _) = check_json(&site, true);
    assert_eq!(code, Some(1), "--strict fails until it is translated");

    // Readers see the English text marked as English, under a notice; no hreflang claims a
    // German version.
    site.build_ok();
    let (id, category) = articles(site.root())[0].clone();
    let page = site.page(&format!("de/{category}/{id}.html"));
    assert!(page.contains("<html lang=\"de\" dir=\"ltr\">"));
    assert!(page.contains("<p class=\"notice\" role=\"note\"><span lang=\"en\">This article isn’t available in this language yet"));
    assert!(page.contains("<h1><span lang=\"en\">"));
    assert!(
        !page.contains("hreflang=\"de\" href"),
        "no German alternate"
    );

    // One message translated (marker deleted): shown as German, counted.
    let ui = site.read("locales/de/ui.ftl");
    let translated = ui.replacen(
        "# helpsite: untranslated\nhome-heading = How can we help?",
        "home-heading = Wie können wir helfen?",
        1,
    );
    assert_ne!(translated, ui);
    site.write("locales/de/ui.ftl", &translated);
    let (_, report) = check_json(&site, false);
    assert_eq!(
        report["translations"]["de"]["untranslated"]
            .as_u64()
            .unwrap(),
        status["untranslated"].as_u64().unwrap() - 1
    );
    site.build_ok();
    assert!(
        site.page("de/index.html")
            .contains("<h1>Wie können wir helfen?</h1>")
    );

    // Translated, the marker forgotten: said so, at the message.
    let forgotten = translated.replacen(
        "home-intro = ",
        "home-intro = Finden Sie heraus, warum. ",
        1,
    );
    site.write("locales/de/ui.ftl", &forgotten);
    let (_, report) = check_json(&site, false);
    assert!(
        diagnostics(&report, "W104").iter().any(|d| d["message"]
            .as_str()
            .unwrap()
            .contains("`home-intro` is translated but still marked")),
        "{report}"
    );

    // confirm --all records the translations, not the copies.
    let root = site.root().to_str().unwrap();
    let confirmed = helpsite(&["confirm", "de", "--all", "--root", root]);
    assert!(confirmed.status.success(), "{}", stderr(&confirmed));
    let lock = site.read("locales/de/translations.lock");
    assert!(lock.contains("ui home-heading "));
    assert!(!lock.contains("ui skip-to-content "), "{lock}");
}

#[test]
fn new_locale_refuses_what_it_cannot_do_and_writes_nothing() {
    let site = SiteCopy::new();
    let yaml = site.read("content/site.yaml");
    for (code, says) in [
        ("fr", "already exists"),
        ("pt_BR", "not a language tag"),
        ("pt-br", "`pt-BR`"),
        ("../x", "not a language tag"),
        ("en-XB", "pseudo-locale"),
    ] {
        let output = new_locale(&site, code);
        assert_eq!(output.status.code(), Some(1), "{code}");
        assert!(
            stderr(&output).contains(says),
            "{code}: {}",
            stderr(&output)
        );
        assert_eq!(site.read("content/site.yaml"), yaml, "{code}");
    }
    // A list written in a way it does not edit safely (an anchor): nothing is written.
    site.write(
        "content/site.yaml",
        &yaml.replace("locales:\n", "locales: &all\n"),
    );
    let output = new_locale(&site, "de");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("add `- { code: de }` under `locales:` by hand"),
        "{}",
        stderr(&output)
    );
    assert!(!site.path("locales/de").exists());

    // Arabic is right to left, from CLDR, and the command says so.
    site.write("content/site.yaml", &yaml);
    let output = new_locale(&site, "ar");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("right to left"));
    site.build_ok();
    assert!(
        site.page("ar/index.html")
            .contains("<html lang=\"ar\" dir=\"rtl\">")
    );
    assert!(
        fs::read_dir(site.path("locales/ar/articles"))
            .unwrap()
            .count()
            > 5
    );
}
