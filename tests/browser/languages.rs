//! Browser tests of issue 15 (every language first-class): right-to-left pages (the Arabic test
//! site and the bidi pseudo-locale en-XB, served under `/rtl/`), the fonts that draw Chinese
//! punctuation, and a Polish article with a fallback notice (under `/fallback/`). Screenshots go
//! to `target/browser-screenshots/` like the others: `rtl-*` and `pl-article-fallback-*`.

use crate::common::rtl_site;
use crate::harness::{FALLBACK_ARTICLE, Harness, TabOptions, js_string};

/// The right-to-left pages looked at: (screenshot name, path).
fn rtl_pages() -> Vec<(&'static str, String)> {
    vec![
        ("rtl-ar-home", "/rtl/ar/".into()),
        ("rtl-ar-category", "/rtl/ar/orders/".into()),
        (
            "rtl-ar-article-steps",
            format!("/rtl/ar/{}", rtl_site::STEPS_ARTICLE),
        ),
        (
            "rtl-ar-article-fallback",
            format!("/rtl/ar/{}", rtl_site::PARTIAL_ARTICLE),
        ),
        ("rtl-ar-search", "/rtl/ar/search.html".into()),
        ("rtl-ar-404", "/rtl/ar/404.html".into()),
        ("rtl-en-XB-home", "/rtl/en-XB/".into()),
        (
            "rtl-en-XB-article-steps",
            format!("/rtl/en-XB/{}", rtl_site::STEPS_ARTICLE),
        ),
    ]
}

/// Every right-to-left page: `<html dir="rtl">`, no wider than the window at 390 and 1280 px
/// (screenshots at both), and no axe-core violation (light; colour contrast in dark too).
pub fn rtl_pages_fit_and_pass_axe(h: &Harness) {
    h.run(async {
        let mut problems = Vec::new();
        let tab = h.tab().await;
        for (name, path) in rtl_pages() {
            tab.goto(&path).await;
            let dir: String = tab.eval("document.documentElement.dir").await;
            if dir != "rtl" {
                problems.push(format!("{path}: <html dir=\"{dir}\">"));
            }
            for width in [390, 1280] {
                let scroll_width = tab.screenshot(&format!("{name}-{width}"), width).await;
                if scroll_width > width {
                    problems.push(format!("{path} at {width} px is {scroll_width} px wide"));
                }
            }
            for violation in tab.axe("{}").await {
                problems.push(format!("{path}: axe {} ({})", violation.id, violation.help));
            }
        }
        tab.close().await;
        let dark = h
            .tab_with(TabOptions {
                color_scheme: Some("dark"),
                ..TabOptions::default()
            })
            .await;
        for (name, path) in rtl_pages() {
            dark.goto(&path).await;
            if name == "rtl-ar-article-fallback" {
                dark.screenshot(&format!("{name}-dark-390"), 390).await;
            }
            for violation in dark.axe("{ runOnly: ['color-contrast'] }").await {
                problems.push(format!("{path} (dark): axe {}", violation.id));
            }
        }
        dark.close().await;
        assert!(problems.is_empty(), "right-to-left pages: {problems:#?}");
    });
}

/// Where things are on an article page, as a reader sees it.
#[derive(serde::Deserialize, Debug, PartialEq)]
struct Sides {
    /// The site's name is to the right of the search box (it comes first in the header).
    name_right_of_search: bool,
    /// The breadcrumbs run from right to left.
    crumbs_run_leftward: bool,
    /// The breadcrumbs' separator.
    separator: String,
    /// A step's number sits at the right edge of the step.
    step_number_right: bool,
    /// A note's coloured border is on its right.
    note_border_right: bool,
    /// The search button is to the left of the search field.
    button_left_of_field: bool,
}

const SIDES: &str = "(() => {
  const box = s => document.querySelector(s).getBoundingClientRect();
  const crumbs = [...document.querySelectorAll('.breadcrumbs li')].map(li => li.getBoundingClientRect());
  const step = getComputedStyle(document.querySelector('.steps > li'), '::before');
  const note = getComputedStyle(document.querySelector('.note'));
  return {
    name_right_of_search: box('.site-name').left > box('.site-header .search-form').left,
    crumbs_run_leftward: crumbs[0].left > crumbs[crumbs.length - 1].left,
    separator: getComputedStyle(document.querySelector('.breadcrumbs li'), '::after').content,
    step_number_right: step.right === '0px' && step.left !== '0px',
    note_border_right: parseFloat(note.borderRightWidth) > parseFloat(note.borderLeftWidth),
    button_left_of_field: box('.site-header .search-form button').left
      < box('.site-header .search-form input').left,
  };
})()";

/// The layout mirrors: header, breadcrumbs and their separator, step numbers, notes, the search
/// box and icons that point one way are on the other side in Arabic and en-XB than in English.
pub fn rtl_layout_mirrors_the_ltr_one(h: &Harness) {
    let mirrored = Sides {
        name_right_of_search: true,
        crumbs_run_leftward: true,
        separator: "\"‹\"".into(),
        step_number_right: true,
        note_border_right: true,
        button_left_of_field: true,
    };
    let unmirrored = Sides {
        name_right_of_search: false,
        crumbs_run_leftward: false,
        separator: "\"›\"".into(),
        step_number_right: false,
        note_border_right: false,
        button_left_of_field: false,
    };
    h.run(async {
        let tab = h.tab().await;
        for (locale, expected) in [("en", &unmirrored), ("ar", &mirrored), ("en-XB", &mirrored)] {
            let path = format!("/rtl/{locale}/{}", rtl_site::STEPS_ARTICLE);
            tab.goto(&path).await;
            let sides: Sides = tab.eval(SIDES).await;
            assert_eq!(&sides, expected, "{path} at 1280 px");
            // The category's icon (a cart, pushed one way) points the other way too.
            let home = format!("/rtl/{locale}/");
            tab.goto(&home).await;
            let transform: String = tab
                .eval("getComputedStyle(document.querySelector('.card-icon svg')).transform")
                .await;
            let mirrored = transform == "matrix(-1, 0, 0, 1, 0, 0)";
            assert_eq!(
                mirrored, expected.name_right_of_search,
                "{home}: the icon's transform is {transform}"
            );
        }
        tab.close().await;
    });
}

/// Chinese pages put CJK fonts first: punctuation Chinese shares with Latin text (“ ”) is drawn
/// with a CJK font, full width, not with a Latin font's narrow glyphs; an English page keeps
/// its Latin font.
pub fn chinese_punctuation_is_drawn_with_a_cjk_font(h: &Harness) {
    let selector = "#complaint .detail p";
    h.run(async {
        let tab = h.tab().await;
        tab.goto("/zh/cancelling-an-order/cancel-aliexpress-order.html")
            .await;
        let text: String = tab
            .eval(&format!(
                "document.querySelector({}).textContent",
                js_string(selector)
            ))
            .await;
        assert!(
            text.contains('“'),
            "the paragraph has Chinese quotes: {text}"
        );
        let family: String = tab.eval("getComputedStyle(document.body).fontFamily").await;
        assert!(family.starts_with("\"PingFang SC\""), "{family}");
        let fonts = tab.fonts_of(selector).await;
        assert!(
            !fonts.is_empty() && fonts.iter().all(|(family, _)| family.contains("CJK")),
            "the Chinese paragraph, quotes included, is drawn with CJK fonts only: {fonts:?}"
        );
        tab.goto("/en/cancelling-an-order/cancel-aliexpress-order.html")
            .await;
        let fonts = tab.fonts_of(selector).await;
        assert!(
            fonts.iter().any(|(family, _)| !family.contains("CJK")),
            "the English paragraph keeps a Latin font: {fonts:?}"
        );
        tab.close().await;
    });
}

/// A Polish article with an English step: a notice in Polish names the language, the step is
/// marked English, the page fits a phone and axe finds nothing.
pub fn a_polish_article_with_fallback_text_says_so(h: &Harness) {
    h.run(async {
        let tab = h.tab().await;
        tab.goto(FALLBACK_ARTICLE).await;
        let notice: Option<String> = tab
            .eval("document.querySelector('main > .notice')?.innerText ?? null")
            .await;
        assert_eq!(
            notice.as_deref(),
            Some(
                "Część tego artykułu nie jest jeszcze dostępna po polsku i jest wyświetlana po angielsku."
            )
        );
        let step_lang: Option<String> = tab
            .eval("document.querySelector('#press-cancel > [lang]')?.lang ?? null")
            .await;
        assert_eq!(step_lang.as_deref(), Some("en"), "the English step is marked");
        for width in [390, 1280] {
            let scroll_width = tab
                .screenshot(&format!("pl-article-fallback-{width}"), width)
                .await;
            assert!(scroll_width <= width, "{scroll_width} px wide at {width} px");
        }
        let violations = tab.axe("{}").await;
        assert!(violations.is_empty(), "axe: {violations:?}");
        tab.close().await;
    });
}
