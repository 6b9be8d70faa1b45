//! Policies as data and the cancellation finder on the real default site: a policy changed in
//! `content/policies.yaml` reaches every page that states it, in every locale, and no other
//! page (in a build and in watch mode); every cause and condition of the default site is
//! reachable from each locale's finder by following links alone.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::{SiteCopy, attribute_values, locales, tree};
use helpsite::load::Source;
use helpsite::watch::{Session, WatchOptions};

/// The policy the tests change, and what its new number reads like in each locale.
const POLICY: &str = "refund-paid-order: { weeks: 2 }";
const CHANGED: &str = "refund-paid-order: { weeks: 5 }";
const FIVE_WEEKS: [(&str, &str); 4] = [
    ("en", "5 weeks"),
    ("pl", "5 tygodni"),
    ("fr", "5 semaines"),
    ("zh", "5周"),
];

/// Every page of a locale that states `refund-paid-order`: the two articles that refer to it,
/// the Timeframes page, and the finder's answers from the article whose deadline states it.
fn pages_stating_the_policy(locale: &str) -> BTreeSet<String> {
    let mut pages: BTreeSet<String> = [
        "cancelling-an-order/cancel-aliexpress-order.html",
        "after-cancellation/refund-after-cancellation.html",
        "timeframes.html",
    ]
    .iter()
    .map(|page| format!("{locale}/{page}"))
    .collect();
    for condition in [
        "unpaid",
        "closed-unpaid",
        "paid-not-shipped",
        "already-shipped",
    ] {
        pages.insert(format!(
            "{locale}/finder/order/cancel-aliexpress-order/{condition}.html"
        ));
    }
    pages
}

fn changed_files(
    before: &BTreeMap<String, Vec<u8>>,
    after: &BTreeMap<String, Vec<u8>>,
) -> BTreeSet<String> {
    before
        .keys()
        .chain(after.keys())
        .filter(|file| before.get(*file) != after.get(*file))
        .cloned()
        .collect()
}

fn watch_options() -> WatchOptions {
    WatchOptions {
        pseudo: false,
        search: false,
    }
}

#[test]
fn a_policy_change_reaches_every_page_that_states_it_in_every_locale_and_no_other() {
    let site = SiteCopy::new();
    assert!(site.build(&["--no-search"]).status.success());
    let before = tree(&site.out());
    let policies = site.read("content/policies.yaml");
    assert!(policies.contains(POLICY));
    site.write("content/policies.yaml", &policies.replace(POLICY, CHANGED));
    assert!(site.build(&["--no-search"]).status.success());
    let after = tree(&site.out());

    let mut expected = BTreeSet::new();
    for (locale, five_weeks) in FIVE_WEEKS {
        for page in pages_stating_the_policy(locale) {
            let html = String::from_utf8_lossy(&after[&page]).into_owned();
            assert!(html.contains(five_weeks), "{page} states {five_weeks:?}");
            expected.insert(page);
        }
    }
    assert_eq!(
        locales(site.root()).len(),
        FIVE_WEEKS.len(),
        "every locale is checked"
    );
    assert_eq!(
        changed_files(&before, &after),
        expected,
        "exactly the pages that state the policy changed"
    );
}

#[test]
fn watch_mode_re_renders_exactly_the_pages_that_state_a_changed_policy() {
    let site = SiteCopy::new();
    let (mut session, first) = Session::start(site.root(), &site.out(), watch_options());
    assert!(first.ok, "{}", first.diagnostics.render(false));
    let before = tree(&site.out());

    let policies = site.read("content/policies.yaml");
    site.write("content/policies.yaml", &policies.replace(POLICY, CHANGED));
    let rebuild = session.rebuild(&BTreeSet::from([Source::Policies]));
    assert!(rebuild.ok, "{}", rebuild.diagnostics.render(false));
    let after = tree(&site.out());
    let expected: BTreeSet<String> = FIVE_WEEKS
        .iter()
        .flat_map(|(locale, _)| pages_stating_the_policy(locale))
        .collect();
    assert_eq!(changed_files(&before, &after), expected);
    assert_eq!(rebuild.rendered, expected.len(), "only those were rendered");

    // One locale's sentences: only that locale's pages that show policy sentences (the
    // Timeframes page, and the finder's answers with timeframes).
    let file = "locales/pl/policies.ftl";
    let ftl = site.read(file);
    site.write(
        file,
        &ftl.replace(
            "topic-merchants = Dla sprzedawców",
            "topic-merchants = Dla sklepów",
        ),
    );
    let rebuild = session.rebuild(&BTreeSet::from([Source::of(Path::new(file)).unwrap()]));
    assert!(rebuild.ok, "{}", rebuild.diagnostics.render(false));
    let edited = tree(&site.out());
    let changed = changed_files(&after, &edited);
    assert_eq!(changed, BTreeSet::from(["pl/timeframes.html".to_string()]));
    assert!(
        rebuild.rendered > 1,
        "the finder's answers were rendered too"
    );
    assert!(
        rebuild.rendered < after.keys().filter(|f| f.starts_with("pl/")).count(),
        "but not every page of the locale"
    );

    // And the result is what a clean build of the same files gives.
    let clean = tempfile::tempdir().unwrap();
    let outcome = helpsite::build(&helpsite::BuildOptions {
        root: site.root().to_path_buf(),
        out: clean.path().join("out"),
        strict: false,
        pseudo: false,
        search: false,
        part: helpsite::Part::All,
    });
    assert!(!outcome.failed());
    assert_eq!(edited, tree(&clean.path().join("out")));
}

#[test]
fn an_article_states_the_date_of_a_policy_that_changed_after_it() {
    let site = SiteCopy::new();
    let policies = site.read("content/policies.yaml");
    site.write(
        "content/policies.yaml",
        &policies.replace(
            POLICY,
            "refund-paid-order: { weeks: 2, updated: 2026-12-01 }",
        ),
    );
    site.build_ok();
    let article = site.page("pl/cancelling-an-order/cancel-aliexpress-order.html");
    assert!(
        article
            .contains("<time datetime=\"2026-12-01\">Ostatnia aktualizacja: 1 grudnia 2026</time>"),
        "the article's date is the policy's"
    );
    let timeframes = site.page("pl/timeframes.html");
    assert!(timeframes.contains("<time datetime=\"2026-12-01\">"));
    let other = site.page("pl/after-cancellation/restore-cancelled-order.html");
    assert!(
        other.contains("<time datetime=\"2026-10-30\">"),
        "an article that does not state it keeps its own date"
    );
}

/// `href` on the page at `from` (relative to the output), as a path relative to the output
/// and an optional fragment.
fn resolve(from: &str, href: &str) -> (String, Option<String>) {
    let (path, fragment) = match href.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment.to_string())),
        None => (href, None),
    };
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in path.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            part => parts.push(part),
        }
    }
    (parts.join("/"), fragment)
}

#[test]
fn every_cause_and_condition_is_reachable_from_each_locales_finder_by_links_alone() {
    let site = SiteCopy::new();
    assert!(site.build(&["--no-search"]).status.success());
    let expected = common::causes_and_conditions(site.root());
    assert!(expected.len() >= 20, "{expected:?}");
    for (locale, _) in locales(site.root()) {
        let start = format!("{locale}/finder/index.html");
        let finder = format!("{locale}/finder/");
        let mut queue = vec![start.clone()];
        let mut seen = BTreeSet::from([start]);
        let mut reached = BTreeSet::new();
        while let Some(page) = queue.pop() {
            let html = site.page(&page);
            let main = &html[html.find("<main").unwrap()..];
            for href in attribute_values(main, "href") {
                let (target, fragment) = resolve(&page, &href);
                if target.starts_with(&finder) {
                    if seen.insert(target.clone()) {
                        queue.push(target);
                    }
                } else if let Some(item) = fragment
                    && let Some(article) = target.strip_prefix(&format!("{locale}/"))
                {
                    let article_html = site.page(&target);
                    assert!(
                        article_html.contains(&format!(" id=\"{item}\"")),
                        "{page} links to {href}, which has no such anchor"
                    );
                    reached.insert(format!("{article}#{item}"));
                }
            }
        }
        let missing: Vec<&String> = expected.difference(&reached).collect();
        assert!(
            missing.is_empty(),
            "{locale}: the finder does not reach {missing:?}"
        );
        assert!(
            seen.len() > expected.len(),
            "{locale}: an answer page per cause and condition, and the question pages"
        );
    }
}

#[test]
fn the_home_page_and_every_deadline_link_to_the_timeframes_page() {
    let site = SiteCopy::new();
    assert!(site.build(&["--no-search"]).status.success());
    for (locale, _) in locales(site.root()) {
        let home = site.page(&format!("{locale}/index.html"));
        let links = attribute_values(&home, "href");
        assert!(
            links.contains(&format!("../{locale}/finder/index.html")),
            "{links:?}"
        );
        assert!(
            links.contains(&format!("../{locale}/timeframes.html")),
            "{links:?}"
        );
        for (id, category) in common::articles(site.root()) {
            let page = format!("{locale}/{category}/{id}.html");
            let html = site.page(&page);
            let deadlines = html.matches("class=\"section section-deadlines\"").count();
            let links = html.matches("<p class=\"timeframes-link\">").count();
            assert_eq!(
                deadlines, links,
                "{page}: every deadlines section links to the Timeframes page"
            );
        }
    }
}
