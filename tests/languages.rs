//! Every language first-class (issue 15), as readers meet it in the built pages: no-break spaces
//! kept outside the page body, each locale's way of joining a contact option's name and
//! details, a notice where part of an article falls back, and the language of each part in
//! JSON-LD.

mod common;

use common::SiteCopy;

/// The text of the first `<tag ...>...</tag>` of a page, or of the `content` of a meta element.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start:?} in the page"))
        + start.len();
    let to = html[from..].find(end).expect("end") + from;
    &html[from..to]
}

/// The JSON-LD block of a page, parsed.
fn json_ld(html: &str) -> serde_json::Value {
    let json = between(html, "<script type=\"application/ld+json\">", "</script>");
    serde_json::from_str(json).expect("JSON-LD parses")
}

/// A copy of the default site, built.
fn default_site() -> SiteCopy {
    let site = SiteCopy::new();
    site.build_ok();
    site
}

/// The contact block's items of a page, as HTML.
fn contact_items(html: &str) -> Vec<&str> {
    let block = between(html, "<section class=\"contact\"", "</section>");
    block
        .split("<li class=\"contact-")
        .skip(1)
        .map(|item| item.split("</li>").next().unwrap_or(""))
        .collect()
}

#[test]
fn each_locale_joins_a_contact_option_and_its_details_its_own_way() {
    let site = default_site();
    let page = |locale: &str| {
        site.page(&format!(
            "{locale}/cancelling-an-order/cancel-aliexpress-order.html"
        ))
    };
    let expected = [
        (
            "en",
            "Support chat</a>: <span class=\"contact-details\">We’re here 24/7.",
        ),
        (
            "pl",
            "Czat z obsługą klienta</a>: <span class=\"contact-details\">Jesteśmy dostępni 24/7.",
        ),
        (
            "fr",
            "Chat d’assistance</a>\u{a0}: <span class=\"contact-details\">Nous sommes disponibles",
        ),
        (
            "zh",
            "在线客服</a>：<span class=\"contact-details\">7×24小时在线。",
        ),
    ];
    for (locale, joined) in expected {
        let html = page(locale);
        let items = contact_items(&html);
        assert!(
            items.first().is_some_and(|item| item.contains(joined)),
            "{locale}: {items:?}"
        );
        // The e-mail option keeps its link around the name.
        assert!(
            items
                .get(1)
                .is_some_and(|item| item.contains("<a href=\"mailto:help@example.com\">")),
            "{locale}: {items:?}"
        );
    }
}

#[test]
fn french_no_break_spaces_survive_in_title_meta_json_ld_and_search_messages() {
    let site = default_site();
    let page = site.page("fr/cancelling-an-order/cancel-aliexpress-order.html");
    let title = between(&page, "<title>", "</title>");
    assert!(
        title.contains("AliExpress\u{a0}? –"),
        "the <title> keeps the no-break space before `?`: {title:?}"
    );
    assert!(!title.contains(" ?"), "{title:?}");
    let restore = site.page("fr/after-cancellation/restore-cancelled-order.html");
    let description = between(&restore, "<meta name=\"description\" content=\"", "\"");
    assert!(
        description.contains("accident\u{a0}?"),
        "the meta description: {description:?}"
    );
    let graph = json_ld(&page);
    let crumbs = &graph["@graph"][0]["itemListElement"];
    let last = crumbs.as_array().unwrap().last().unwrap()["name"].clone();
    assert_eq!(
        last.as_str().map(|n| n.ends_with("AliExpress\u{a0}?")),
        Some(true),
        "the breadcrumb in JSON-LD keeps it: {last}"
    );
    let search = site.page("fr/index.html");
    let messages = between(&search, "data-results-for=\"", "\"");
    assert!(
        messages.contains("«\u{a0}{query}\u{a0}»"),
        "the search box's messages keep the spaces inside « »: {messages}"
    );
}

/// The notice at the top of `<main>`, if any.
fn notice(html: &str) -> Option<&str> {
    html.split_once("<p class=\"notice\" role=\"note\">")
        .map(|(_, rest)| rest.split("</p>").next().unwrap_or(""))
}

#[test]
fn a_page_with_fallback_text_says_so_in_the_readers_language_and_json_ld_names_each_language() {
    let site = SiteCopy::new();
    // Polish misses one step of one article and the solution of one cause of another, and a
    // third article altogether.
    let drop_lines = |file: &str, starts: &[&str]| {
        let text = site.read(file);
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !starts.iter().any(|s| l.starts_with(s)))
            .collect();
        assert_ne!(kept.len(), text.lines().count(), "{file}: {starts:?}");
        site.write(file, &(kept.join("\n") + "\n"));
    };
    drop_lines(
        "locales/pl/articles/cancel-aliexpress-order.ftl",
        &["step-press-cancel ="],
    );
    drop_lines(
        "locales/pl/articles/alipay-payment-cancelled.ftl",
        &["    .solution = Skontaktujemy się z Tobą ponownie"],
    );
    std::fs::remove_file(site.path("locales/pl/articles/early-payment-release.ftl")).unwrap();
    let output = site.build(&[]);
    assert!(output.status.success(), "{}", common::stderr(&output));

    let partial =
        "Część tego artykułu nie jest jeszcze dostępna po polsku i jest wyświetlana po angielsku.";
    let steps = site.page("pl/cancelling-an-order/cancel-aliexpress-order.html");
    assert_eq!(notice(&steps), Some(partial));
    assert!(
        steps.contains("<li id=\"press-cancel\"><div lang=\"en\">"),
        "the English step is marked as English"
    );
    let graph = json_ld(&steps);
    let how_to = graph["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["@type"] == "HowTo")
        .expect("a HowTo");
    assert_eq!(how_to["inLanguage"], "pl");
    let langs: Vec<&str> = how_to["step"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["inLanguage"].as_str().unwrap())
        .collect();
    assert_eq!(langs, ["pl", "en", "pl", "pl"], "each step's language");

    let causes = site.page("pl/payment-cancellations/alipay-payment-cancelled.html");
    assert_eq!(notice(&causes), Some(partial));
    let graph = json_ld(&causes);
    let faq = graph["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["@type"] == "FAQPage")
        .expect("an FAQPage");
    assert_eq!(faq["inLanguage"], "pl");
    let first = &faq["mainEntity"][0];
    assert_eq!(first["inLanguage"], "pl");
    assert_eq!(
        first["acceptedAnswer"]["inLanguage"],
        serde_json::json!(["pl", "en"]),
        "a Polish reason and an English solution"
    );
    assert_eq!(faq["mainEntity"][1]["acceptedAnswer"]["inLanguage"], "pl");

    // A whole article in English has the page notice instead; every other page has none.
    let whole = site.page("pl/for-merchants/early-payment-release.html");
    let whole_notice = notice(&whole).expect("a notice");
    assert!(
        whole_notice.starts_with("Ten artykuł nie jest jeszcze dostępny po polsku"),
        "{whole_notice}"
    );
    assert!(
        json_ld(&whole)
            .to_string()
            .contains("\"inLanguage\":\"en\"")
    );
    for page in [
        "pl/after-cancellation/restore-cancelled-order.html",
        "fr/cancelling-an-order/cancel-aliexpress-order.html",
        "en/cancelling-an-order/cancel-aliexpress-order.html",
        "pl/index.html",
    ] {
        assert_eq!(notice(&site.page(page)), None, "{page}");
    }
}

#[test]
fn right_to_left_locales_get_dir_from_cldr_or_site_yaml_and_fallback_fragments_keep_theirs() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::rtl_site::write(root, &common::repo_root());
    let out = root.join("public");
    let build = |args: &[&str]| {
        let output = common::helpsite(
            &[
                &["build", "--root", root.to_str().unwrap(), "--no-search"][..],
                args,
            ]
            .concat(),
        );
        assert!(output.status.success(), "{}", common::stderr(&output));
    };
    let page = |path: &str| std::fs::read_to_string(out.join(path)).unwrap();
    build(&["--pseudo"]);
    let partial = common::rtl_site::PARTIAL_ARTICLE;
    let arabic = page(&format!("ar/{partial}"));
    assert!(
        arabic.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "Arabic is right to left, from CLDR"
    );
    assert_eq!(
        notice(&arabic),
        Some("جزء من هذه المقالة غير متوفر بالعربية بعد، ويُعرض بالإنجليزية."),
    );
    assert!(
        arabic.contains("<div lang=\"en\" dir=\"ltr\"><p>Ask the seller"),
        "the English solution runs left to right inside the Arabic page"
    );
    assert!(
        arabic.contains("lang=\"en\" dir=\"ltr\" hreflang=\"en\">English</a>"),
        "the switcher's English name too"
    );
    let english = page(&format!("en/{partial}"));
    assert!(english.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(english.contains("lang=\"ar\" dir=\"rtl\" hreflang=\"ar\">العربية</a>"));
    assert!(page("en-XB/index.html").contains("<html lang=\"en-XB\" dir=\"rtl\">"));
    assert!(page("en-XA/index.html").contains("<html lang=\"en-XA\" dir=\"ltr\">"));
    assert!(
        page("index.html").contains("<li lang=\"ar\" dir=\"rtl\">"),
        "the root chooser"
    );

    // site.yaml overrides CLDR.
    let config = root.join("content/site.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    let text = text
        .replace("- { code: ar }", "- { code: ar, direction: ltr }")
        .replace("- { code: en }", "- { code: en, direction: rtl }");
    std::fs::write(&config, text).unwrap();
    build(&[]);
    assert!(page(&format!("ar/{partial}")).contains("<html lang=\"ar\" dir=\"ltr\">"));
    assert!(page(&format!("en/{partial}")).contains("<html lang=\"en\" dir=\"rtl\">"));
}
