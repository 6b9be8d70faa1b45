//! The default site in a real browser: Debian's Chromium, headless, driven over the DevTools
//! protocol (chromiumoxide), against the site built by the real binary and served on 127.0.0.1.
//!
//! In every locale: home -> category -> article by clicking; the language switcher; the root
//! page's language redirect; search (see SEARCH below); articles without JavaScript; the
//! cancellation finder walked to every cause and condition without JavaScript, and with the
//! keyboard alone; axe-core; full-page screenshots at 390 px and 1280 px in
//! `target/browser-screenshots/` (the finder's three steps as `<locale>-finder-<step>-<width>`).
//!
//! Needs Debian's chromium and fonts-noto-cjk, and axe-core from `npm ci --prefix tests/browser`:
//! `bash tests/run.sh` installs them. Without them plain `cargo test` reports these tests as
//! ignored, with that hint, and `HELPSITE_REQUIRE_BROWSER_TESTS=1` (set by tests/run.sh, and so by
//! CI) makes them fail (tests/browser/tools.rs; this is a `harness = false` test target run by
//! libtest-mimic). One Chromium and one served site are shared by all tests of this file
//! (tests/browser/harness.rs).
//!
//! SEARCH: the tests whose names start with `search_` (and `axe_finds_no_violations_on_search_pages`)
//! rely on the search contract of issue 5: every page has `form.search-form[role=search]` with
//! `input[type=search][name=q]`, submitting to `<locale>/search.html`; with JavaScript that page
//! renders results as links in `#search-results`; without JavaScript it lists every article of
//! the locale as plain links. They fail with a clear message while `search.html` is not built.

mod common;
#[path = "browser/harness.rs"]
mod harness;
#[path = "browser/languages.rs"]
mod languages;
#[path = "browser/tools.rs"]
mod tools;

use std::collections::BTreeSet;
use std::process::ExitCode;

use harness::{Harness, Tab, TabOptions, Violation, harness, js_string};
use languages::{
    a_polish_article_with_fallback_text_says_so, chinese_punctuation_is_drawn_with_a_cjk_font,
    rtl_layout_mirrors_the_ltr_one, rtl_pages_fit_and_pass_axe,
};

/// Each test, by its function's name, run on the shared harness (one Chromium and one served site
/// for the whole binary), and only when Chromium, a CJK font and axe-core are installed: else
/// they are reported as ignored, or failed with `HELPSITE_REQUIRE_BROWSER_TESTS=1`
/// (tests/browser/tools.rs).
macro_rules! browser_tests {
    ($($test:ident),* $(,)?) => {
        vec![$((stringify!($test), (|| $test(harness())) as fn())),*]
    };
}

fn main() -> ExitCode {
    let mut missing: Vec<tools::Missing> = [tools::chromium(), tools::cjk_font()]
        .into_iter()
        .flatten()
        .collect();
    missing.extend(tools::npm_package("axe-core", "axe.min.js").err());
    tools::run_suite(
        "browser tests",
        missing,
        browser_tests![
            every_article_is_reached_by_clicking_from_home,
            language_switcher_lands_on_the_same_page_in_each_language,
            root_page_sends_each_browser_to_its_language,
            root_page_without_javascript_links_every_language,
            search_finds_the_expected_article_in_each_locale,
            search_page_without_javascript_lists_every_article,
            header_search_shows_results_as_you_type_in_each_locale,
            header_search_works_with_the_keyboard,
            search_opened_from_disk_says_it_needs_a_server,
            search_relevance_suite_finds_every_answer_in_the_top_three,
            articles_read_without_javascript_show_all_content,
            finder_is_walked_by_clicking_in_each_locale,
            finder_works_with_the_keyboard_alone,
            axe_finds_no_violations,
            axe_finds_no_violations_on_search_pages,
            screenshots_at_phone_and_desktop_widths,
            rtl_pages_fit_and_pass_axe,
            rtl_layout_mirrors_the_ltr_one,
            chinese_punctuation_is_drawn_with_a_cjk_font,
            a_polish_article_with_fallback_text_says_so,
        ],
    )
}

/// (locale code, html lang) of the default site, in site.yaml order.
fn locales() -> Vec<(String, String)> {
    common::locales(&common::repo_root())
}

/// (id, category) of every article of the default site.
fn articles() -> Vec<(String, String)> {
    common::articles(&common::repo_root())
}

/// The article with the most kinds of section (conditions, steps, deadlines, remedies, notes).
const RICH_ARTICLE: (&str, &str) = ("cancel-aliexpress-order", "cancelling-an-order");
/// The first category of site.yaml.
const CATEGORY: &str = "payment-cancellations";
/// A finder answer with every part: what to do and the timeframes, among them the refund's.
const FINDER_ANSWER: (&str, &str, &str) = ("order", "cancel-aliexpress-order", "paid-not-shipped");

/// What the search must find in each locale (SEARCH): the locale, the word typed (Polish in an
/// inflected form) and the article that must be among the results.
const SEARCHES: [(&str, &str, &str); 4] = [
    (
        "en",
        "refund",
        "after-cancellation/refund-after-cancellation.html",
    ),
    (
        "pl",
        "zwrotu",
        "after-cancellation/refund-after-cancellation.html",
    ),
    (
        "fr",
        "remboursement",
        "after-cancellation/refund-after-cancellation.html",
    ),
    (
        "zh",
        "退款",
        "after-cancellation/refund-after-cancellation.html",
    ),
];

/// Links point at `index.html` (so the site works from disk): `/en/x/index.html` -> `/en/x/`.
fn without_index(path: String) -> String {
    match path.strip_suffix("index.html") {
        Some(folder) if folder.ends_with('/') => folder.to_string(),
        _ => path,
    }
}

/// The visible text of an element (innerText, trimmed), or null.
fn text_of(selector: &str) -> String {
    format!(
        "(document.querySelector({0}) || {{ innerText: null }}).innerText?.trim() ?? null",
        js_string(selector)
    )
}

fn every_article_is_reached_by_clicking_from_home(h: &Harness) {
    let expected: BTreeSet<String> = articles()
        .into_iter()
        .map(|(id, category)| format!("{category}/{id}.html"))
        .collect();
    h.run(async {
        let tab = h.tab().await;
        for (locale, lang) in locales() {
            let home = format!("/{locale}/");
            tab.goto(&home).await;
            let categories: usize = tab
                .eval("document.querySelectorAll('.category-grid > li a').length")
                .await;
            assert!(categories > 0, "{home}: no category links");
            let mut reached = BTreeSet::new();
            for c in 1..=categories {
                tab.goto(&home).await;
                let link = format!(".category-grid > li:nth-child({c}) a");
                let name: String = tab.eval(&text_of(&link)).await;
                let category_path = without_index(tab.click_link(&link).await);
                assert!(
                    category_path.starts_with(&home) && category_path.ends_with('/'),
                    "{home}: category link {c} led to {category_path}"
                );
                let heading: Option<String> = tab.eval(&text_of("main h1")).await;
                assert_eq!(heading.as_deref(), Some(name.as_str()), "{category_path}: h1");
                let links: usize = tab
                    .eval("document.querySelectorAll('main .article-list > li > a').length")
                    .await;
                assert!(links > 0, "{category_path}: no article links");
                for a in 1..=links {
                    tab.goto(&category_path).await;
                    let link = format!("main .article-list > li:nth-child({a}) > a");
                    let title: String = tab.eval(&text_of(&link)).await;
                    let article_path = tab.click_link(&link).await;
                    let relative = article_path
                        .strip_prefix(&home)
                        .unwrap_or_else(|| panic!("{category_path}: link to {article_path}"));
                    assert!(
                        relative.starts_with(&category_path[home.len()..]),
                        "{category_path}: article link {a} leads out of the category: {article_path}"
                    );
                    let heading: Option<String> = tab.eval(&text_of("main h1")).await;
                    assert_eq!(
                        heading.as_deref(),
                        Some(title.as_str()),
                        "{article_path}: h1 is the link's text"
                    );
                    let page_lang: String = tab.eval("document.documentElement.lang").await;
                    assert_eq!(page_lang, lang, "{article_path}: <html lang>");
                    reached.insert(relative.to_string());
                }
            }
            assert_eq!(
                reached, expected,
                "{locale}: the articles reached by clicking from {home}"
            );
        }
        tab.close().await;
    });
}

fn language_switcher_lands_on_the_same_page_in_each_language(h: &Harness) {
    let (id, category) = RICH_ARTICLE;
    let locales = locales();
    h.run(async {
        let tab = h.tab().await;
        for (from, from_lang) in &locales {
            for (to, to_lang) in &locales {
                if from == to {
                    continue;
                }
                for page in [format!("{category}/{id}.html"), format!("{CATEGORY}/")] {
                    let start = format!("/{from}/{page}");
                    tab.goto(&start).await;
                    let current: Option<String> = tab
                        .eval(
                            "document.querySelector('nav.language-switcher a[aria-current]')\
                             ?.getAttribute('hreflang') ?? null",
                        )
                        .await;
                    assert_eq!(
                        current.as_deref(),
                        Some(from_lang.as_str()),
                        "{start}: the switcher marks the current language"
                    );
                    let link = format!("nav.language-switcher a[hreflang={}]", js_string(to_lang));
                    let landed = without_index(tab.click_link(&link).await);
                    assert_eq!(
                        landed,
                        format!("/{to}/{page}"),
                        "switcher on {start} to {to}"
                    );
                    let page_lang: String = tab.eval("document.documentElement.lang").await;
                    assert_eq!(&page_lang, to_lang, "{landed}: <html lang>");
                    let heading: Option<String> = tab.eval(&text_of("main h1")).await;
                    assert!(
                        heading.is_some_and(|h| !h.is_empty()),
                        "{landed}: has a heading"
                    );
                }
            }
        }
        tab.close().await;
    });
}

fn root_page_sends_each_browser_to_its_language(h: &Harness) {
    // (the browser's languages in order of preference, where the root page must lead); Chromium
    // adds the q-values to the Accept-Language header itself.
    let cases = [
        ("pl", "/pl/"),
        ("pl-PL,pl", "/pl/"),
        ("fr-CA,fr,en", "/fr/"),
        ("zh-CN,zh", "/zh/"),
        ("zh-Hans-CN", "/zh/"),
        ("en-US,en", "/en/"),
        ("sw", "/en/"),
        ("sw,pl", "/pl/"),
    ];
    h.run(async {
        for (languages, expected) in cases {
            let tab = h
                .tab_with(TabOptions {
                    languages: Some(languages),
                    ..TabOptions::default()
                })
                .await;
            let seen: Vec<String> = tab.eval("navigator.languages").await;
            assert_eq!(
                seen,
                languages.split(',').collect::<Vec<_>>(),
                "navigator.languages after the override"
            );
            tab.page
                .goto(h.url("/").as_str())
                .await
                .unwrap_or_else(|e| panic!("load /: {e}"));
            let condition = format!(
                "location.pathname.replace(/index\\.html$/, '') === {} && document.readyState === \
                 'complete'",
                js_string(expected)
            );
            tab.wait_until(
                &condition,
                &format!("a browser preferring {languages:?} is sent from / to {expected}"),
            )
            .await;
            tab.close().await;
        }
    });
}

fn root_page_without_javascript_links_every_language(h: &Harness) {
    h.run(async {
        let tab = no_javascript_tab(h).await;
        tab.goto("/").await;
        let links: Vec<String> = tab
            .eval(
                "[...document.querySelectorAll('main a[href]')].map(a => new URL(a.href).pathname)",
            )
            .await;
        for (locale, _) in locales() {
            assert!(
                links
                    .iter()
                    .any(|l| l.replace("index.html", "") == format!("/{locale}/")),
                "/ without JavaScript links /{locale}/: {links:?}"
            );
        }
        tab.close().await;
    });
}

/// SEARCH: fails with a clear message while the search feature has not landed.
fn require_search_page(h: &Harness, locale: &str) {
    let path = format!("/{locale}/search.html");
    let status = h.status(&path);
    assert_eq!(
        status, 200,
        "{path} is not there (HTTP {status}): this test depends on the search feature of issue 5 \
         (a search page per locale and its Pagefind index)"
    );
}

/// SEARCH: the search box on the home page, typed into and submitted, finds the expected article
/// in each locale, and only pages of that locale.
fn search_finds_the_expected_article_in_each_locale(h: &Harness) {
    h.run(async {
        let tab = h.tab().await;
        for (locale, term, expected) in SEARCHES {
            require_search_page(h, locale);
            let home = format!("/{locale}/");
            tab.goto(&home).await;
            tab.type_and_submit("form.search-form input[name=q]", term)
                .await;
            let search_page = format!("/{locale}/search.html");
            tab.wait_until(
                &format!(
                    "location.pathname === {} && new URLSearchParams(location.search).get('q') === \
                     {} && document.readyState === 'complete'",
                    js_string(&search_page),
                    js_string(term)
                ),
                &format!("the search box on {home} leads to {search_page}?q={term}"),
            )
            .await;
            let expected_path = format!("/{locale}/{expected}");
            let results = "[...document.querySelectorAll('#search-results a[href]')].map(a => new \
                           URL(a.href).pathname)";
            tab.wait_until(
                &format!("{results}.includes({})", js_string(&expected_path)),
                &format!("search for {term:?} in {locale} lists {expected_path}"),
            )
            .await;
            let found: Vec<String> = tab.eval(results).await;
            let foreign: Vec<&String> = found.iter().filter(|p| !p.starts_with(&home)).collect();
            assert!(
                foreign.is_empty(),
                "search in {locale} returned pages of other locales: {foreign:?}"
            );
            tab.screenshot(&format!("{locale}-search-1280"), 1280).await;
            tab.screenshot(&format!("{locale}-search-390"), 390).await;
            tab.set_width(1280).await;
        }
        tab.close().await;
    });
}

/// SEARCH: without JavaScript the search box leads to a page listing every article of the locale.
fn search_page_without_javascript_lists_every_article(h: &Harness) {
    h.run(async {
        let tab = no_javascript_tab(h).await;
        for (locale, term, _) in SEARCHES {
            require_search_page(h, locale);
            // What submitting the box does: a GET of the form's action with q.
            let home = format!("/{locale}/");
            tab.goto(&home).await;
            let action: Option<String> = tab
                .eval(
                    "(f => f && new URL(f.action).pathname)(document.querySelector(\
                     'form.search-form[role=search]'))",
                )
                .await;
            assert_eq!(
                action,
                Some(format!("/{locale}/search.html")),
                "{home}: the search form's action"
            );
            tab.goto(&format!("/{locale}/search.html?q={}", encode(term)))
                .await;
            let links: BTreeSet<String> = tab
                .eval::<Vec<String>>(
                    "[...document.querySelectorAll('main a[href]')].map(a => new URL(a.href).pathname)",
                )
                .await
                .into_iter()
                .collect();
            let missing: Vec<String> = articles()
                .into_iter()
                .map(|(id, category)| format!("/{locale}/{category}/{id}.html"))
                .filter(|path| !links.contains(path))
                .collect();
            assert!(
                missing.is_empty(),
                "/{locale}/search.html without JavaScript misses articles: {missing:?}"
            );
        }
        tab.close().await;
    });
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

async fn no_javascript_tab(h: &Harness) -> Tab<'_> {
    h.tab_with(TabOptions {
        javascript: false,
        ..TabOptions::default()
    })
    .await
}

/// What a reader sees of a page's <main>: its text, and every heading, paragraph and list item
/// that is not rendered (no box, or hidden).
const MAIN_VISIBLE: &str = "(() => {
  const main = document.querySelector('main');
  const hidden = [...main.querySelectorAll('h1, h2, h3, p, li, dt, dd')]
    .filter(e => e.textContent.trim() !== '')
    .filter(e => e.getClientRects().length === 0 || getComputedStyle(e).visibility !== 'visible')
    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ': ' + e.textContent.trim().slice(0, 60));
  const headings = [...main.querySelectorAll('h1, h2, h3')].map(e => e.innerText.trim());
  return { text: main.innerText, hidden, headings };
})()";

#[derive(serde::Deserialize, Debug, PartialEq)]
struct MainView {
    text: String,
    hidden: Vec<String>,
    headings: Vec<String>,
}

fn articles_read_without_javascript_show_all_content(h: &Harness) {
    h.run(async {
        let with = h.tab().await;
        let without = no_javascript_tab(h).await;
        for (locale, _) in locales() {
            for (id, category) in articles() {
                let path = format!("/{locale}/{category}/{id}.html");
                with.goto(&path).await;
                without.goto(&path).await;
                let on: MainView = with.eval(MAIN_VISIBLE).await;
                let off: MainView = without.eval(MAIN_VISIBLE).await;
                assert!(
                    off.hidden.is_empty(),
                    "{path} without JavaScript hides: {:?}",
                    off.hidden
                );
                assert!(
                    off.headings.len() >= 2,
                    "{path}: a title and section headings"
                );
                assert_eq!(
                    off.headings, on.headings,
                    "{path}: the same headings with and without JavaScript"
                );
                assert_eq!(
                    off.text, on.text,
                    "{path}: the same text with and without JavaScript"
                );
            }
        }
        with.close().await;
        without.close().await;
    });
}

/// Every violation of every page, as one readable list.
fn describe(violations: &[(String, Vec<Violation>)]) -> String {
    let mut out = String::new();
    for (page, list) in violations {
        for v in list {
            out.push_str(&format!(
                "\n{page}: {} ({}): {}",
                v.id,
                v.impact.as_deref().unwrap_or("?"),
                v.help
            ));
            for node in &v.nodes {
                out.push_str(&format!(
                    "\n    at {}: {}\n      {}",
                    node.target,
                    node.html,
                    node.summary.replace('\n', "\n      ")
                ));
            }
        }
    }
    out
}

/// The pages of each kind, per locale, that axe and the screenshots look at: (name, path).
fn pages_of_each_kind(locale: &str) -> Vec<(String, String)> {
    let (id, category) = RICH_ARTICLE;
    let (subject, article, item) = FINDER_ANSWER;
    vec![
        (format!("{locale}-home"), format!("/{locale}/")),
        (
            format!("{locale}-category"),
            format!("/{locale}/{CATEGORY}/"),
        ),
        (
            format!("{locale}-article"),
            format!("/{locale}/{category}/{id}.html"),
        ),
        (format!("{locale}-404"), format!("/{locale}/404.html")),
        (
            format!("{locale}-timeframes"),
            format!("/{locale}/timeframes.html"),
        ),
        (format!("{locale}-finder-1"), format!("/{locale}/finder/")),
        (
            format!("{locale}-finder-2"),
            format!("/{locale}/finder/{subject}/"),
        ),
        (
            format!("{locale}-finder-3"),
            format!("/{locale}/finder/{subject}/{article}/{item}.html"),
        ),
    ]
}

/// axe-core's default rules (WCAG 2 A/AA and best practices) on one page of each kind per locale
/// (and every article), in light mode; colour contrast again in dark mode.
fn axe_finds_no_violations(h: &Harness) {
    h.run(async {
        let mut found = Vec::new();
        for scheme in ["light", "dark"] {
            let options = if scheme == "light" {
                "{}"
            } else {
                "{ runOnly: ['color-contrast'] }"
            };
            let tab = h
                .tab_with(TabOptions {
                    color_scheme: Some(scheme),
                    ..TabOptions::default()
                })
                .await;
            let mut paths = Vec::new();
            for (locale, _) in locales() {
                paths.extend(pages_of_each_kind(&locale).into_iter().map(|(_, p)| p));
                for (id, category) in articles() {
                    let path = format!("/{locale}/{category}/{id}.html");
                    if !paths.contains(&path) {
                        paths.push(path);
                    }
                }
            }
            paths.push("/404.html".to_string());
            for path in paths {
                tab.goto(&path).await;
                let violations = tab.axe(options).await;
                if !violations.is_empty() {
                    found.push((format!("{path} ({scheme})"), violations));
                }
            }
            tab.close().await;

            // The root page's chooser, which a browser with JavaScript leaves at once: loaded
            // without JavaScript, then checked.
            let tab = h
                .tab_with(TabOptions {
                    javascript: false,
                    color_scheme: Some(scheme),
                    ..TabOptions::default()
                })
                .await;
            tab.goto("/").await;
            tab.enable_javascript().await;
            let violations = tab.axe(options).await;
            if !violations.is_empty() {
                found.push((format!("/ (chooser, {scheme})"), violations));
            }
            tab.close().await;
        }
        assert!(found.is_empty(), "axe-core violations:{}", describe(&found));
    });
}

/// SEARCH: axe on each locale's search page, with results (JavaScript) and without JavaScript.
fn axe_finds_no_violations_on_search_pages(h: &Harness) {
    h.run(async {
        let mut found = Vec::new();
        let tab = h.tab().await;
        let plain = no_javascript_tab(h).await;
        for (locale, term, _) in SEARCHES {
            require_search_page(h, locale);
            let path = format!("/{locale}/search.html?q={}", encode(term));
            tab.goto(&path).await;
            tab.wait_until(
                "document.querySelector('#search-results a[href]') !== null",
                &format!("{path}: results"),
            )
            .await;
            let violations = tab.axe("{}").await;
            if !violations.is_empty() {
                found.push((format!("{path} (with results)"), violations));
            }
            plain.goto(&path).await;
            plain.enable_javascript().await;
            let violations = plain.axe("{}").await;
            if !violations.is_empty() {
                found.push((format!("{path} (without JavaScript)"), violations));
            }
            // Back to a tab without JavaScript for the next page.
            plain.disable_javascript().await;
        }
        tab.close().await;
        plain.close().await;
        assert!(found.is_empty(), "axe-core violations:{}", describe(&found));
    });
}

/// Full-page screenshots at a phone's width (390 px) and a desktop's (1280 px) in
/// target/browser-screenshots/, and no page wider than the window at either.
fn screenshots_at_phone_and_desktop_widths(h: &Harness) {
    h.run(async {
        let mut overflowing = Vec::new();
        let tab = h.tab().await;
        for (locale, _) in locales() {
            for (name, path) in pages_of_each_kind(&locale) {
                tab.goto(&path).await;
                for width in [390, 1280] {
                    let scroll_width = tab.screenshot(&format!("{name}-{width}"), width).await;
                    if scroll_width > width {
                        overflowing.push(format!("{path} at {width} px is {scroll_width} px wide"));
                    }
                }
            }
        }
        tab.close().await;

        let dark = h
            .tab_with(TabOptions {
                color_scheme: Some("dark"),
                ..TabOptions::default()
            })
            .await;
        for (locale, _) in locales() {
            let (name, path) = pages_of_each_kind(&locale).remove(2);
            dark.goto(&path).await;
            dark.screenshot(&format!("{name}-dark-390"), 390).await;
        }
        dark.close().await;

        let root = no_javascript_tab(h).await;
        root.goto("/").await;
        for width in [390, 1280] {
            let scroll_width = root.screenshot(&format!("root-{width}"), width).await;
            if scroll_width > width {
                overflowing.push(format!("/ at {width} px is {scroll_width} px wide"));
            }
        }
        root.close().await;
        assert!(
            overflowing.is_empty(),
            "pages wider than the window: {overflowing:#?}"
        );
    });
}

/// What the search box on an article page must offer as soon as the reader types: the
/// locale, what is typed, and the article that must be among the results.
const INSTANT: [(&str, &str, &str); 4] = [
    (
        "en",
        "money back",
        "after-cancellation/refund-after-cancellation.html",
    ),
    (
        "pl",
        "zwrot pieniędzy",
        "after-cancellation/refund-after-cancellation.html",
    ),
    (
        "fr",
        "rembourser",
        "after-cancellation/refund-after-cancellation.html",
    ),
    // A word of the text, so that the excerpt has a match to mark ("退钱" is only a keyword).
    (
        "zh",
        "退款",
        "after-cancellation/refund-after-cancellation.html",
    ),
];

/// The paths (without the fragment) of the results listed under the header's search box.
const HEADER_RESULTS: &str = "[...document.querySelectorAll('#header-search-results [role=option] a')].map(a => new URL(a.href).pathname)";

/// SEARCH: on an article page of each locale, the header's search box lists results while the
/// reader types (no Enter), in the page's locale, each with a title and an excerpt with the
/// match marked; the combobox says it is expanded and a live region gives the count.
fn header_search_shows_results_as_you_type_in_each_locale(h: &Harness) {
    h.run(async {
        let tab = h.tab().await;
        for (locale, typed, expected) in INSTANT {
            let page = format!("/{locale}/payment-cancellations/alipay-payment-cancelled.html");
            tab.goto(&page).await;
            tab.type_into("#header-search", typed).await;
            let expected_path = format!("/{locale}/{expected}");
            tab.wait_until(
                &format!("{HEADER_RESULTS}.includes({})", js_string(&expected_path)),
                &format!("typing {typed:?} on {page} lists {expected_path}"),
            )
            .await;
            let found: Vec<String> = tab.eval(HEADER_RESULTS).await;
            let foreign: Vec<&String> = found
                .iter()
                .filter(|p| !p.starts_with(&format!("/{locale}/")))
                .collect();
            assert!(foreign.is_empty(), "{locale}: results of other locales {foreign:?}");
            let expanded: String = tab
                .eval("document.querySelector('#header-search').getAttribute('aria-expanded')")
                .await;
            assert_eq!(expanded, "true", "{locale}: the combobox says it is open");
            let (titles, marks): (usize, usize) = tab
                .eval(
                    "[document.querySelectorAll('#header-search-results .result-title').length, \
                     document.querySelectorAll('#header-search-results mark').length]",
                )
                .await;
            assert!(titles > 0 && marks > 0, "{locale}: titles {titles}, marked matches {marks}");
            let status: String = tab
                .eval("document.querySelector('#header-search ~ [role=status], form[data-search] [role=status]').textContent")
                .await;
            assert!(
                status.contains(&found.len().to_string()),
                "{locale}: the live region announces the results: {status:?}"
            );
            let glued: bool = tab
                .eval("[...document.querySelectorAll('#header-search-results .result-excerpt')].some(e => /^(Reason|Solution|Powód|Rozwiązanie|Motif|原因)\\b/.test(e.textContent))")
                .await;
            assert!(!glued, "{locale}: excerpts start with the text, not a label");
            tab.screenshot(&format!("{locale}-instant-search-390"), 390).await;
            tab.screenshot(&format!("{locale}-instant-search-1280"), 1280).await;
        }
        tab.close().await;
    });
}

/// SEARCH: the header's search box follows the combobox pattern: arrow keys move through the
/// results (aria-activedescendant, aria-selected), Enter opens the chosen one, Escape closes
/// the list.
fn header_search_works_with_the_keyboard(h: &Harness) {
    h.run(async {
        let tab = h.tab().await;
        tab.goto("/en/payment-cancellations/alipay-payment-cancelled.html")
            .await;
        tab.type_into("#header-search", "cancel").await;
        tab.wait_until(
            &format!("{HEADER_RESULTS}.length >= 2"),
            "two results for `cancel`",
        )
        .await;
        tab.press("#header-search", "ArrowDown").await;
        tab.press("#header-search", "ArrowDown").await;
        let (active, selected): (String, String) = tab
            .eval(
                "(i => [i.getAttribute('aria-activedescendant'), \
                 document.querySelector('[role=option][aria-selected=true]').id])\
                 (document.querySelector('#header-search'))",
            )
            .await;
        assert_eq!(
            active, "header-search-results-1",
            "the second result is active"
        );
        assert_eq!(selected, active, "and marked selected");
        tab.press("#header-search", "Escape").await;
        tab.wait_until(
            "document.querySelector('#header-search-results').hidden && \
             document.querySelector('#header-search').getAttribute('aria-expanded') === 'false'",
            "Escape closes the list",
        )
        .await;
        tab.press("#header-search", "ArrowDown").await;
        let target: String = tab
            .eval("new URL(document.querySelector('#header-search-results-0 a').href).pathname")
            .await;
        tab.press("#header-search", "Enter").await;
        tab.wait_until(
            &format!("location.pathname === {}", js_string(&target)),
            "Enter opens the chosen result",
        )
        .await;
        tab.close().await;
    });
}

/// SEARCH: opened from disk, the search page and the search box say that search needs the site
/// served over HTTP (in the page's language) instead of failing without a word.
fn search_opened_from_disk_says_it_needs_a_server(h: &Harness) {
    h.run(async {
        let tab = h.tab().await;
        tab.goto_file("pl/search.html?q=zwrot").await;
        tab.wait_until(
            "document.querySelector('#search-results .notice')?.textContent.includes('helpsite serve')",
            "the search page says how to search",
        )
        .await;
        let listed: usize = tab.eval("document.querySelectorAll('#all-articles a').length").await;
        assert!(listed > 0, "the list of every article stays");
        tab.goto_file("pl/payment-cancellations/alipay-payment-cancelled.html").await;
        tab.type_into("#header-search", "zwrot").await;
        tab.wait_until(
            "[...document.querySelectorAll('form[data-search] .search-note')].some(n => !n.hidden && n.textContent.includes('HTTP'))",
            "the search box says how to search",
        )
        .await;
        tab.close().await;
    });
}

/// SEARCH: the relevance suite (tests/browser/relevance.yaml): every question, asked through
/// the search box's own code in its locale, finds its article among the first three results.
/// Prints precision@3 and the mean reciprocal rank per locale.
fn search_relevance_suite_finds_every_answer_in_the_top_three(h: &Harness) {
    let suite: std::collections::BTreeMap<String, Vec<(String, String)>> = serde_yaml::from_str(
        &std::fs::read_to_string(common::repo_root().join("tests/browser/relevance.yaml")).unwrap(),
    )
    .expect("tests/browser/relevance.yaml");
    let total: usize = suite.values().map(Vec::len).sum();
    assert!(total >= 60, "at least 60 questions: {total}");
    h.run(async {
        let tab = h.tab().await;
        let mut misses = Vec::new();
        let mut report = String::from("relevance (precision@3, MRR):");
        for (locale, questions) in &suite {
            let mut in_top_three = 0;
            let mut reciprocal = 0.0;
            for (question, article) in questions {
                // The search page ranks with the same code as the box under the header, and
                // lists up to twenty results where the box shows six.
                let query: String =
                    url::form_urlencoded::byte_serialize(question.as_bytes()).collect();
                tab.goto(&format!("/{locale}/search.html?q={query}")).await;
                tab.wait_until(
                    "document.querySelector('#search-results h2') !== null",
                    &format!("{locale} search page answers {question:?}"),
                )
                .await;
                let ranked: Vec<String> = tab
                    .eval(
                        "[...document.querySelectorAll('#search-results ol > li > a')]\
                         .map(a => new URL(a.href).pathname.split('/').pop().replace('.html', ''))",
                    )
                    .await;
                let rank = ranked.iter().position(|id| id == article).map(|i| i + 1);
                match rank {
                    Some(rank) => {
                        reciprocal += 1.0 / rank as f64;
                        if rank > 1 {
                            eprintln!(
                                "  {locale} {question:?}: {article} is #{rank} of {ranked:?}"
                            );
                        }
                        if rank <= 3 {
                            in_top_three += 1;
                        } else {
                            misses.push(format!(
                                "{locale} {question:?}: {article} is #{rank} ({ranked:?})"
                            ));
                        }
                    }
                    None => misses.push(format!(
                        "{locale} {question:?}: {article} not found ({ranked:?})"
                    )),
                }
            }
            let count = questions.len() as f64;
            let mrr = reciprocal / count;
            report.push_str(&format!(
                " {locale} {:.2} / {:.2};",
                in_top_three as f64 / count,
                mrr
            ));
            if mrr < 0.9 {
                misses.push(format!("{locale}: MRR {mrr:.3} is below 0.9"));
            }
        }
        eprintln!("{report}");
        assert!(
            misses.is_empty(),
            "questions whose article is not in the first three:\n{}",
            misses.join("\n")
        );
        tab.close().await;
    });
}

/// How many scripts a page runs: every `<script>` but structured data.
/// Scripts of a page besides its structured data and the header's search box (on every page).
const OWN_SCRIPTS: &str = "document.querySelectorAll('script:not([type=\"application/ld+json\"]):not([src$=\"search.js\"])').length";

/// The finder, by clicking, in every locale: from the home page's link to each answer of step
/// one, each option of step two, and from each answer to the exact place in the full article.
/// Every cause and condition is reached; each page says which step it is and has no script of its
/// own (only the header's search box, on every page): its links work the same without JavaScript.
fn finder_is_walked_by_clicking_in_each_locale(h: &Harness) {
    let expected = common::causes_and_conditions(&common::repo_root());
    h.run(async {
        let tab = h.tab().await;
        for (locale, lang) in locales() {
            let home = format!("/{locale}/");
            tab.goto(&home).await;
            let start = without_index(tab.click_link(".hero-links a.hero-finder").await);
            assert_eq!(start, format!("/{locale}/finder/"), "{home}: the finder link");
            let subjects: usize = tab
                .eval("document.querySelectorAll('main .finder-options > li > a').length")
                .await;
            assert!(subjects >= 3, "{start}: the answers of step one");
            let mut reached = BTreeSet::new();
            for s in 1..=subjects {
                tab.goto(&start).await;
                let link = format!("main .finder-options > li:nth-child({s}) > a");
                let question = without_index(tab.click_link(&link).await);
                assert!(question.starts_with(&start), "{start}: answer {s} led to {question}");
                let step: String = tab.eval(&text_of("main .finder-step")).await;
                assert!(step.contains('2'), "{question}: says it is step 2: {step:?}");
                let scripts: usize = tab.eval(OWN_SCRIPTS).await;
                assert_eq!(scripts, 0, "{question}: has a script of its own");
                let options: usize = tab
                    .eval("document.querySelectorAll('main .finder-options a').length")
                    .await;
                assert!(options > 0, "{question}: no options");
                for o in 0..options {
                    tab.goto(&question).await;
                    let label: String = tab
                        .eval(&format!(
                            "document.querySelectorAll('main .finder-options a')[{o}].innerText.trim()"
                        ))
                        .await;
                    let (raw, href): (String, String) = tab
                        .eval(&format!(
                            "(a => [a.getAttribute('href'), new URL(a.href).pathname])\
                             (document.querySelectorAll('main .finder-options a')[{o}])"
                        ))
                        .await;
                    let link = format!("main .finder-options a[href={}]", js_string(&raw));
                    let answer = tab.click_link(&link).await;
                    assert_eq!(answer, href, "{question}: option {label:?}");
                    let heading: String = tab.eval(&text_of("main h1")).await;
                    assert!(
                        heading.contains(&label),
                        "{answer}: the heading {heading:?} names the option {label:?}"
                    );
                    let page_lang: String = tab.eval("document.documentElement.lang").await;
                    assert_eq!(page_lang, lang, "{answer}: <html lang>");
                    let scripts: usize = tab.eval(OWN_SCRIPTS).await;
                    assert_eq!(scripts, 0, "{answer}: runs no script");
                    let article = tab.click_link("main .finder-article a").await;
                    let (path, item) = article.split_once('#').unwrap_or_else(|| {
                        panic!("{answer}: the article link has no anchor: {article}")
                    });
                    let target: bool = tab
                        .eval(&format!("document.getElementById({}) !== null", js_string(item)))
                        .await;
                    assert!(target, "{article}: the anchor exists");
                    let relative = path
                        .strip_prefix(&home)
                        .unwrap_or_else(|| panic!("{answer}: leads out of {home}: {article}"));
                    reached.insert(format!("{relative}#{item}"));
                }
            }
            let missing: Vec<&String> = expected.difference(&reached).collect();
            assert!(missing.is_empty(), "{locale}: the finder never leads to {missing:?}");
        }
        tab.close().await;
    });
}

/// The finder with the keyboard alone: Tab to an answer and Enter, in each of the three steps,
/// then to the full article.
fn finder_works_with_the_keyboard_alone(h: &Harness) {
    h.run(async {
        let tab = h.tab().await;
        for (locale, _) in locales() {
            tab.goto(&format!("/{locale}/finder/")).await;
            tab.tab_to("main .finder-options a", 40).await;
            let question = tab.follow_focused_link().await;
            assert!(question.contains("/finder/"), "{question}");
            tab.tab_to("main .finder-options a", 40).await;
            let answer = tab.follow_focused_link().await;
            assert!(answer.ends_with(".html"), "{answer}");
            tab.tab_to("main .finder-article a", 60).await;
            let outline: String = tab
                .eval("getComputedStyle(document.activeElement).outlineStyle")
                .await;
            assert_ne!(
                outline, "none",
                "{answer}: the focused link shows its focus"
            );
            let article = tab.follow_focused_link().await;
            assert!(
                article.contains('#'),
                "{answer} -> {article}: to the exact place"
            );
        }
        tab.close().await;
    });
}
