//! Arbitrary bytes as a translated locale's `.ftl` file of an article, through the real load
//! (UTF-8 check, Fluent syntax), translation validation (against the source locale's messages
//! and variables), localization (formatting every message of the file, with and without a
//! number argument) and rendering of the article's pages (Markdown in the messages).

#![no_main]

mod common;

use std::sync::{LazyLock, Mutex};

use helpsite::load::{FluentKind, SiteSources, Source};
use helpsite::localize::Args;
use helpsite::model::Scope;
use helpsite::render::markdown;
use libfuzzer_sys::fuzz_target;
use tera::Tera;

struct Fixture {
    sources: SiteSources,
    tera: Tera,
}

static FIXTURE: LazyLock<Mutex<Fixture>> = LazyLock::new(|| {
    Mutex::new(Fixture {
        sources: common::load_site(),
        tera: common::templates(&common::valid_site()),
    })
});

fuzz_target!(|data: &[u8]| {
    let mut fixture = FIXTURE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let Fixture { sources, tera } = &mut *fixture;
    let source = Source::Fluent(
        common::LOCALE.to_string(),
        FluentKind::Article(common::ARTICLE.to_string()),
    );
    sources.load_bytes(&source, data.to_vec());
    let Some((site, localizer)) = common::check(sources, tera, common::ARTICLE) else {
        return;
    };
    let Some(file) = site
        .translations
        .get(common::LOCALE)
        .and_then(|locale| locale.articles.get(common::ARTICLE))
    else {
        return;
    };
    let index = helpsite::validate::index_messages(&file.resource);
    let scope = Scope::Article(common::ARTICLE);
    for id in &index.order {
        let attributes = index.messages[id].attributes.iter().map(|(a, _)| Some(*a));
        for attribute in std::iter::once(None).chain(attributes) {
            for args in [
                Args::None,
                Args::Number("days", 3.0),
                Args::Number("count", 1.0),
            ] {
                if let Some(resolved) = localizer.message(common::LOCALE, scope, id, attribute, args)
                {
                    let _ = markdown::plain(&resolved.text.source);
                }
            }
        }
    }
});
