//! Arbitrary bytes as an article's YAML file, then as `content/site.yaml`, then as
//! `content/policies.yaml`, through the real load (UTF-8 check, YAML syntax, schema),
//! validation, diagnostics and rendering.

#![no_main]

mod common;

use std::sync::{LazyLock, Mutex};

use helpsite::load::{ARTICLES_DIR, CONFIG_PATH, POLICIES_PATH, SiteSources, Source};
use libfuzzer_sys::fuzz_target;
use tera::Tera;

struct Fixture {
    sources: SiteSources,
    tera: Tera,
    article: Vec<u8>,
    config: Vec<u8>,
    policies: Vec<u8>,
}

static FIXTURE: LazyLock<Mutex<Fixture>> = LazyLock::new(|| {
    let root = common::site_root();
    let read = |path: String| std::fs::read(root.join(path)).expect("the repository's site");
    Mutex::new(Fixture {
        sources: common::load_site(),
        tera: common::templates(&common::valid_site()),
        article: read(format!("{ARTICLES_DIR}/{}.yaml", common::ARTICLE)),
        config: read(CONFIG_PATH.to_string()),
        policies: read(POLICIES_PATH.to_string()),
    })
});

fuzz_target!(|data: &[u8]| {
    let mut fixture = FIXTURE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let Fixture {
        sources,
        tera,
        article,
        config,
        policies,
    } = &mut *fixture;
    let as_article = Source::Article(common::ARTICLE.to_string());

    sources.load_bytes(&as_article, data.to_vec());
    common::check(sources, tera, common::ARTICLE);
    sources.load_bytes(&as_article, article.clone());

    sources.load_bytes(&Source::Config, data.to_vec());
    common::check(sources, tera, common::ARTICLE);
    sources.load_bytes(&Source::Config, config.clone());

    // The article states policies: their numbers reach its texts.
    sources.load_bytes(&Source::Policies, data.to_vec());
    common::check(sources, tera, common::ARTICLE);
    sources.load_bytes(&Source::Policies, policies.clone());
});
