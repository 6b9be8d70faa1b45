//! `helpsite build` on the real default site: every page exists, links resolve, output is
//! deterministic and safe, and a failed build leaves the previous output alone.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use common::{SiteCopy, articles, attribute_values, locales, stderr, tree};

const BASE_URL: &str = "https://help.example.com/";

#[test]
fn every_article_exists_in_every_locale_with_its_html_lang() {
    let site = SiteCopy::new();
    site.build_ok();
    let articles = articles(site.root());
    assert!(
        articles.len() >= 6,
        "the default site has at least six articles"
    );
    let categories: BTreeSet<&str> = articles.iter().map(|(_, c)| c.as_str()).collect();
    assert!(categories.len() >= 3, "in at least three categories");
    let locales = locales(site.root());
    assert_eq!(
        locales.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(),
        ["en", "pl", "fr", "zh"]
    );
    for (code, lang) in &locales {
        for (id, category) in &articles {
            let html = site.page(&format!("{code}/{category}/{id}.html"));
            assert!(
                html.contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">")),
                "{code}/{id} declares lang {lang}"
            );
            assert!(html.contains("<h1"), "{code}/{id} has a heading");
        }
    }
    assert!(
        site.page("zh/index.html")
            .contains("<html lang=\"zh-Hans\" dir=\"ltr\">")
    );
}

/// Resolves an href found in `page` (relative to the output root) to an output file, if it is
/// an internal link.
fn resolve(page: &str, href: &str) -> Option<(String, Option<String>)> {
    let (path, fragment) = match href.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment.to_string())),
        None => (href, None),
    };
    if let Some(absolute) = path.strip_prefix(BASE_URL) {
        let file = if absolute.is_empty() || absolute.ends_with('/') {
            format!("{absolute}index.html")
        } else {
            absolute.to_string()
        };
        return Some((file, fragment));
    }
    if path.contains("://")
        || path.starts_with("mailto:")
        || path.starts_with("tel:")
        || path.starts_with("data:")
    {
        return None;
    }
    if path.is_empty() {
        return Some((page.to_string(), fragment));
    }
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for segment in path.split('/') {
        match segment {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            other => parts.push(other),
        }
    }
    Some((parts.join("/"), fragment))
}

#[test]
fn every_internal_link_and_hreflang_alternate_resolves() {
    let site = SiteCopy::new();
    site.build_ok();
    let files = tree(&site.out());
    let mut checked = 0;
    for (page, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        // 404 pages link from the site's base path; they are checked as absolute paths.
        let html = String::from_utf8(bytes.clone()).expect("UTF-8 output");
        for href in attribute_values(&html, "href") {
            let href = if page.ends_with("404.html") {
                href.strip_prefix('/')
                    .map(|h| format!("{BASE_URL}{h}"))
                    .unwrap_or(href)
            } else {
                href
            };
            let Some((target, fragment)) = resolve(page, &href) else {
                continue;
            };
            let target_html = files
                .get(&target)
                .unwrap_or_else(|| panic!("{page}: link {href} -> {target} does not exist"));
            if let Some(fragment) = fragment {
                let target_html = String::from_utf8_lossy(target_html);
                assert!(
                    attribute_values(&target_html, "id").contains(&fragment),
                    "{page}: link {href} points at a missing anchor"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 500, "links were actually checked ({checked})");
    let sitemap = String::from_utf8(files["sitemap.xml"].clone()).unwrap();
    for href in attribute_values(&sitemap, "href") {
        let (target, _) = resolve("sitemap.xml", &href).expect("absolute");
        assert!(
            files.contains_key(&target),
            "sitemap alternate {href} exists"
        );
    }
}

#[test]
fn every_page_has_head_metadata_and_a_language_switcher() {
    let site = SiteCopy::new();
    site.build_ok();
    for (page, bytes) in tree(&site.out())
        .iter()
        .filter(|(p, _)| p.ends_with(".html"))
    {
        let html = String::from_utf8_lossy(bytes);
        assert!(
            html.contains("<link rel=\"canonical\""),
            "{page}: canonical"
        );
        assert!(
            html.contains("<meta name=\"description\" content=\""),
            "{page}: description"
        );
        assert!(html.contains("hreflang=\"x-default\""), "{page}: x-default");
        if page.contains('/') && !page.ends_with("404.html") {
            assert!(
                html.contains("class=\"language-switcher\""),
                "{page}: switcher"
            );
            assert!(
                html.contains("application/ld+json")
                    || page.ends_with("/index.html")
                    || page.ends_with("/search.html"),
                "{page}: JSON-LD"
            );
        }
    }
    let root = site.page("index.html");
    for code in ["en", "pl", "fr", "zh"] {
        assert!(
            root.contains(&format!("href=\"{code}/index.html\"")),
            "root lists {code}"
        );
    }
    assert!(
        site.page("robots.txt")
            .contains("Sitemap: https://help.example.com/sitemap.xml")
    );
}

#[test]
fn no_isolation_marks_or_unresolved_placeables_in_the_output() {
    let site = SiteCopy::new();
    site.build_ok();
    let pages = tree(&site.out())
        .into_iter()
        .filter(|(page, _)| !page.starts_with("pagefind/"));
    for (page, bytes) in pages {
        let text = String::from_utf8(bytes).expect("UTF-8");
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{page}: isolation marks"
        );
        assert!(
            !text.contains("{ $") && !text.contains("{$"),
            "{page}: unresolved placeable"
        );
    }
}

#[test]
fn two_builds_give_byte_identical_trees() {
    let site = SiteCopy::new();
    site.build_ok();
    let first = tree(&site.out());
    site.build_ok();
    assert_eq!(first, tree(&site.out()));
    let elsewhere = SiteCopy::new();
    elsewhere.build_ok();
    assert_eq!(
        first,
        tree(&elsewhere.out()),
        "identical input, identical output"
    );
}

#[test]
fn a_yaml_error_fails_with_its_position_and_keeps_the_previous_output() {
    let site = SiteCopy::new();
    site.build_ok();
    let before = tree(&site.out());
    let (id, _) = &articles(site.root())[0];
    let path = format!("content/articles/{id}.yaml");
    let mut yaml = site.read(&path);
    if !yaml.ends_with('\n') {
        yaml.push('\n');
    }
    site.write(&path, &format!("{yaml}extra: [unclosed\n"));
    let output = site.build(&[]);
    assert_eq!(output.status.code(), Some(1));
    let line = yaml.lines().count() + 1;
    let message = stderr(&output);
    assert!(
        message.contains(&format!("content/articles/{id}.yaml:{line}:8")),
        "names file:line:column of the unclosed bracket:\n{message}"
    );
    assert_eq!(before, tree(&site.out()), "previous output untouched");
    let leftovers: Vec<_> = fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no staging folder left behind: {leftovers:?}"
    );
}

/// The message ids of an .ftl file, with their line numbers.
fn message_lines(ftl: &str) -> Vec<(usize, String)> {
    ftl.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let id = line.split(" =").next()?;
            (!line.starts_with([' ', '#', '\t', '.']) && line.contains(" =") && !id.is_empty())
                .then(|| (i, id.to_string()))
        })
        .collect()
}

/// Removes one message (and its attributes and continuation lines) from an .ftl text.
fn remove_message(ftl: &str, id: &str) -> String {
    let mut out = Vec::new();
    let mut skipping = false;
    for line in ftl.lines() {
        if line.starts_with(&format!("{id} =")) {
            skipping = true;
            continue;
        }
        if skipping && (line.starts_with(' ') || line.is_empty()) {
            continue;
        }
        skipping = false;
        out.push(line);
    }
    out.join("\n") + "\n"
}

#[test]
fn a_missing_translation_falls_back_to_english_marked_and_reported() {
    let site = SiteCopy::new();
    let (id, category) = articles(site.root())[0].clone();
    let pl_path = format!("locales/pl/articles/{id}.ftl");
    let en = site.read(&format!("locales/en/articles/{id}.ftl"));
    let pl = site.read(&pl_path);
    let (_, message) = message_lines(&pl)
        .into_iter()
        .find(|(_, m)| m.starts_with("section-"))
        .expect("a section heading to remove");
    site.write(&pl_path, &remove_message(&pl, &message));

    let output = site.build_ok();
    let report = stderr(&output);
    assert!(report.contains(&pl_path), "names the file:\n{report}");
    assert!(
        report.contains(&format!("`{message}`")),
        "names the message:\n{report}"
    );

    let english = en
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{message} = ")))
        .expect("English heading")
        .to_string();
    let page = site.page(&format!("pl/{category}/{id}.html"));
    assert!(
        page.contains(&format!("<span lang=\"en\">{english}</span>")),
        "the English fallback is marked lang=\"en\""
    );

    let strict = site.build(&["--strict"]);
    assert_eq!(
        strict.status.code(),
        Some(1),
        "--strict turns the fallback into an error"
    );
}

#[test]
fn a_translation_cannot_inject_script() {
    let site = SiteCopy::new();
    let (id, category) = articles(site.root())[0].clone();
    let path = format!("locales/pl/articles/{id}.ftl");
    let hostile = "summary = <script>alert(1)</script> <img src=x onerror=alert(2)> [kliknij](javascript:alert(3)) <a href=\"javascript:alert(4)\">x</a>";
    let patched: Vec<String> = site
        .read(&path)
        .lines()
        .map(|l| {
            if l.starts_with("summary =") {
                hostile.to_string()
            } else {
                l.to_string()
            }
        })
        .collect();
    site.write(&path, &patched.join("\n"));
    site.build_ok();
    for page in [
        format!("pl/{category}/{id}.html"),
        format!("pl/{category}/index.html"),
    ] {
        let html = site.page(&page);
        assert!(
            html.contains("alert(1)"),
            "{page}: the hostile summary is on the page"
        );
        for tag in tags(&html) {
            let lower = tag.to_lowercase();
            assert!(
                !lower.starts_with("<script>"),
                "{page}: injected script element {tag}"
            );
            assert!(!lower.starts_with("<img"), "{page}: injected element {tag}");
            assert!(
                !without_quoted_values(&lower).contains("onerror"),
                "{page}: event handler in {tag}"
            );
            assert!(
                !lower.contains("href=\"javascript:"),
                "{page}: javascript: URL in {tag}"
            );
        }
    }
}

/// A tag with its attribute values blanked out: what is left are names.
fn without_quoted_values(tag: &str) -> String {
    tag.split('"').step_by(2).collect()
}

/// Every markup tag of a page (`<...>`); escaped text (`&lt;`) is not markup.
fn tags(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        found.push(&rest[start..start + end + 1]);
        rest = &rest[start + end + 1..];
    }
    found
}

/// A number written in an article itself (not a policy's) still reaches every locale.
#[test]
fn changing_a_number_in_yaml_changes_the_text_in_every_locale() {
    let site = SiteCopy::new();
    let (id, category) = ("processing-refund-requests", "for-merchants");
    let path = format!("content/articles/{id}.yaml");
    let yaml = site.read(&path);
    let policy = "period: { policy: refund-request-processed }";
    assert!(yaml.contains(policy), "{path} states a policy in days");
    site.write(&path, &yaml.replace(policy, "period: { days: 87 }"));
    site.build_ok();
    for (code, _) in locales(site.root()) {
        let page = site.page(&format!("{code}/{category}/{id}.html"));
        assert!(
            page.contains("87"),
            "{code}: the new number reaches the text"
        );
    }
}

#[test]
fn a_site_without_templates_builds_with_the_embedded_ones() {
    let site = SiteCopy::new();
    fs::remove_dir_all(site.path("templates")).unwrap();
    site.build_ok();
    let with_embedded = tree(&site.out());
    let reference = SiteCopy::new();
    reference.build_ok();
    assert_eq!(
        with_embedded,
        tree(&reference.out()),
        "embedded templates are the repository's"
    );
    assert!(Path::new(&site.out().join("assets/style.css")).exists());
}

#[test]
fn a_site_template_overrides_the_embedded_one() {
    let site = SiteCopy::new();
    let not_found = site.read("templates/404.html");
    site.write(
        "templates/404.html",
        &not_found.replace("<h1>", "<h1 class=\"custom\">"),
    );
    site.build_ok();
    assert!(site.page("en/404.html").contains("<h1 class=\"custom\">"));
}

#[test]
fn the_pseudo_locales_are_built_on_request_with_working_links() {
    let site = SiteCopy::new();
    site.build_ok();
    for pseudo in ["en-XA", "en-XB"] {
        assert!(
            !site.out().join(pseudo).exists(),
            "{pseudo} is not built unless asked for"
        );
    }
    let output = site.build(&["--pseudo"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let heading = |html: &str| {
        html.split("<h1")
            .nth(1)
            .and_then(|h| h.split_once('>'))
            .and_then(|(_, h)| h.split("</h1>").next())
            .map(String::from)
            .unwrap()
    };
    for (id, category) in articles(site.root()) {
        let plain = heading(&site.page(&format!("en/{category}/{id}.html")));
        let page = site.page(&format!("en-XA/{category}/{id}.html"));
        assert!(page.contains("<html lang=\"en-XA\" dir=\"ltr\">"));
        let accented = heading(&page);
        assert_ne!(accented, plain, "{id}: the heading is transformed");
        assert!(
            accented.chars().count() > plain.chars().count(),
            "{id}: and lengthened"
        );
        // The bidi pseudo-locale: a right-to-left page of flipped letters that run right to
        // left (overridden), every override closed.
        let page = site.page(&format!("en-XB/{category}/{id}.html"));
        assert!(page.contains("<html lang=\"en-XB\" dir=\"rtl\">"));
        let flipped = heading(&page);
        assert!(flipped.starts_with('\u{202e}'), "{id}: {flipped:?}");
        assert_eq!(
            flipped.matches('\u{202e}').count(),
            flipped.matches('\u{202c}').count(),
            "{id}: {flipped:?}"
        );
        assert!(
            flipped.contains(['ɐ', 'ǝ', 'ɹ', 'ʇ', 'ɥ']),
            "{id}: flipped letters in {flipped:?}"
        );
    }
    // Links inside transformed text still point at real pages.
    let files = tree(&site.out());
    let pseudo_pages = files.iter().filter(|(p, _)| {
        (p.starts_with("en-XA/") || p.starts_with("en-XB/"))
            && p.ends_with(".html")
            && !p.ends_with("404.html")
    });
    for (page, bytes) in pseudo_pages {
        let html = String::from_utf8_lossy(bytes);
        for href in attribute_values(&html, "href") {
            if let Some((target, _)) = resolve(page, &href) {
                assert!(files.contains_key(&target), "{page}: {href}");
            }
        }
    }
}

/// `translations.lock` grows with the site (a line per translated message; 7.5 MiB at 5,000
/// articles), so the limit on text files that guards against runaway content does not apply to
/// it: a large site's lock file is read, and its old lines are reported, not the file refused.
#[test]
fn a_large_sites_lock_file_is_read() {
    let site = common::SiteCopy::new();
    let mut lock = site.read("locales/pl/translations.lock");
    let mut n = 0;
    while lock.len() < 6 * 1024 * 1024 {
        lock.push_str(&format!("articles/gone-{n} title 0123456789abcdef\n"));
        n += 1;
    }
    site.write("locales/pl/translations.lock", &lock);
    let output = common::helpsite(&[
        "check",
        "--root",
        site.root().to_str().unwrap(),
        "--format",
        "json",
    ]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let codes: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert!(
        !codes.contains(&"E004"),
        "the lock file was refused: {codes:?}"
    );
    assert_eq!(report["translations"]["pl"]["obsolete"], n, "{report}");
}
