//! The Timeframes page: every policy of `content/policies.yaml` in a plain sentence of the
//! reader's language, by topic, each with the articles that state it; and the policy
//! sentences the finder's answers show.
//!
//! Its JSON-LD is the breadcrumb trail only. schema.org has no type for "how long something
//! takes, as a rule of the house" (`MerchantReturnPolicy` is about returning goods), the page
//! holds sentences rather than a table (`Table`), and an `ItemList` would list the policies
//! as things of their own, which they are not: no markup is better than invented markup.

use serde::Serialize;
use tera::Context;

use super::pages::{all_locales, crumb_urls, home_of, page_title};
use super::seo;
use super::urls::PagePath;
use super::views::{LinkView, TextView, ViewBuilder};
use crate::localize::Args;
use crate::model::{Policy, PolicyText, Scope};

#[derive(Debug, Serialize)]
pub struct TopicView {
    /// The topic's id: the anchor of its heading.
    pub id: String,
    pub heading: TextView,
    pub policies: Vec<PolicyView>,
}

#[derive(Debug, Serialize)]
pub struct PolicyView {
    /// The policy's id: the anchor of its sentence on the Timeframes page.
    pub id: String,
    /// The sentence, with the policy's number.
    pub text: TextView,
    /// "Last updated ...", when the policy has a date.
    pub updated: Option<TextView>,
    pub updated_iso: Option<String>,
    /// The articles that state it (on the Timeframes page; empty elsewhere).
    pub used_in: Vec<LinkView>,
    /// The sentence on the Timeframes page.
    pub href: String,
}

impl ViewBuilder<'_, '_> {
    /// A policy's sentence and date; `with_users` adds the articles that state it.
    pub fn policy_view(&self, policy: &Policy, with_users: bool) -> PolicyView {
        let message = PolicyText::Policy(&policy.id).message();
        let sentence = self.read.text(
            self.locale,
            Scope::Policies,
            &message,
            None,
            Args::Period(policy.period),
        );
        let updated = policy.updated.map(|date| {
            let date = self.read.date(self.locale, date);
            self.ui_with("article-updated", Args::Str("date", &date))
        });
        let used_in = if with_users {
            self.read
                .policy_users(policy.id.as_str())
                .iter()
                .filter_map(|article| self.article_link(article))
                .collect()
        } else {
            Vec::new()
        };
        let page = PagePath::Timeframes {
            locale: self.locale.to_string(),
        };
        PolicyView {
            id: policy.id.to_string(),
            text: self.inline(&sentence),
            updated,
            updated_iso: policy.updated.map(|d| d.to_string()),
            used_in,
            href: format!("{}#{}", self.linker.page(&page), policy.id),
        }
    }
}

pub fn context(builder: &ViewBuilder<'_, '_>, context: &mut Context) {
    let heading = builder.ui("timeframes-title");
    let mut view = builder.page(
        page_title(builder, &heading.text),
        builder.ui("timeframes-intro").text,
        &all_locales(builder),
    );
    let topics: Vec<TopicView> = builder
        .read
        .policies()
        .topics
        .iter()
        .map(|topic| {
            let heading = builder.read.text(
                builder.locale,
                Scope::Policies,
                &PolicyText::Topic(&topic.id).message(),
                None,
                Args::None,
            );
            TopicView {
                id: topic.id.to_string(),
                heading: builder.inline(&heading),
                policies: topic
                    .policies
                    .iter()
                    .map(|policy| builder.policy_view(policy, true))
                    .collect(),
            }
        })
        .collect();
    let home = home_of(builder.locale);
    let crumbs = vec![
        (builder.crumb(builder.ui("home-link"), &home), home),
        (builder.crumb(heading, builder.page), builder.page.clone()),
    ];
    view.json_ld = Some(seo::breadcrumbs_json_ld(&crumb_urls(builder, &crumbs)));
    view.breadcrumbs = crumbs.into_iter().map(|(crumb, _)| crumb).collect();
    context.insert("page", &view);
    context.insert("topics", &topics);
}
