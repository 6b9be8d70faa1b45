//! The policies of `content/policies.yaml` and the articles' references to them: each policy
//! id once (and never a topic's id too), every `policy:` of an article naming one that
//! exists, every policy stated by some article; and which articles state each policy (the
//! Timeframes page lists them).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::Arc;

use super::unknown_at;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::load::{POLICIES_PATH, SiteSources};
use crate::model::Policies;
use crate::site::{ArticleEntry, Category};
use crate::source::SourceFile;

/// The policies as later stages use them.
pub(super) struct CheckedPolicies {
    pub policies: Policies,
    /// Digest of the file (0 without one).
    pub digest: u64,
    /// Digest of every policy's id and unit: what the messages of articles depend on (an
    /// amount changes no message's variables).
    pub units: u64,
    /// For each policy, the articles that state it, in the order of the site.
    pub users: BTreeMap<String, Vec<String>>,
}

pub(super) fn check_policies(
    sources: &SiteSources,
    articles: &BTreeMap<String, ArticleEntry>,
    categories: &[Category],
    diagnostics: &mut Diagnostics,
) -> CheckedPolicies {
    let parsed = sources.policies.as_ref();
    let policies = parsed.map(|p| p.value.clone()).unwrap_or_default();
    if let Some(parsed) = parsed {
        check_ids(&parsed.file, &policies, diagnostics);
    }

    // Every article's references, and who states what, in the order of the site.
    let mut users: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let in_site_order = categories
        .iter()
        .flat_map(|c| &c.articles)
        .filter_map(|id| articles.get(id));
    for entry in in_site_order {
        let file = &entry.file;
        let mut from = 0;
        for (_, policy) in entry.article.policies() {
            let span = file
                .find_key_value_from("policy", policy.as_str(), from)
                .unwrap_or(from..from);
            from = span.end;
            if policies.get(policy.as_str()).is_some() {
                let stating = users.entry(policy.to_string()).or_default();
                if stating.last() != Some(&entry.id.to_string()) {
                    stating.push(entry.id.to_string());
                }
            } else if !sources.broken_policies {
                diagnostics.push(
                    unknown_policy(policy.as_str(), &policies, parsed.is_some()).at(file, span),
                );
            }
        }
    }

    if let Some(parsed) = parsed
        && sources.broken_articles.is_empty()
    {
        for (topic, policy) in policies.iter() {
            if users.contains_key(policy.id.as_str()) {
                continue;
            }
            let id = policy.id.as_str();
            diagnostics.push(
                Diagnostic::new(
                    Code::UnusedPolicy,
                    format!("policy `{id}` is stated by no article"),
                )
                .at(
                    &parsed.file,
                    policy_span(&parsed.file, topic.id.as_str(), id),
                )
                .label("not used")
                .help(format!(
                    "refer to it from an article (`period: {{ policy: {id} }}`, or `policy: {id}` \
                     on a deadline), or remove it"
                )),
            );
        }
    }

    let mut hasher = std::hash::DefaultHasher::new();
    sources.broken_policies.hash(&mut hasher);
    for (_, policy) in policies.iter() {
        (&policy.id, policy.period.unit).hash(&mut hasher);
    }
    CheckedPolicies {
        digest: parsed.map_or(0, |p| p.file.digest),
        units: hasher.finish(),
        users,
        policies,
    }
}

/// "unknown policy `refund-paid-ordr`" with a did-you-mean, or how to create the file.
fn unknown_policy(id: &str, policies: &Policies, file_exists: bool) -> Diagnostic {
    let known: Vec<&str> = policies.iter().map(|(_, p)| p.id.as_str()).collect();
    let otherwise = if file_exists {
        format!("add it under a topic of {POLICIES_PATH}, e.g. `{id}: {{ weeks: 2 }}`")
    } else {
        format!(
            "this site has no {POLICIES_PATH}: create it with the policy under a topic, e.g. \
             `refunds: {{ {id}: {{ weeks: 2 }} }}`"
        )
    };
    unknown_at("policy", id, known.into_iter(), &otherwise)
}

/// A policy id used twice, or used for a topic too: the Timeframes page anchors both by id.
fn check_ids(file: &Arc<SourceFile>, policies: &Policies, diagnostics: &mut Diagnostics) {
    let topics: HashSet<&str> = policies.topics.iter().map(|t| t.id.as_str()).collect();
    let mut seen: HashMap<&str, Range<usize>> = HashMap::new();
    for (topic, policy) in policies.iter() {
        let id = policy.id.as_str();
        let span = policy_span(file, topic.id.as_str(), id);
        if let Some(first) = seen.get(id) {
            let first = first.clone();
            diagnostics.push(
                Diagnostic::new(Code::DuplicateId, format!("policy `{id}` is defined twice"))
                    .at(file, span)
                    .label("defined again")
                    .also(file, first, "first defined here")
                    .help(
                        "a policy is written once: keep one of them (articles refer to it by id)",
                    ),
            );
            continue;
        }
        seen.insert(id, span.clone());
        if topics.contains(id) {
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    format!("`{id}` names both a topic and a policy"),
                )
                .at(file, span)
                .help("rename one of them: the Timeframes page links to topics and policies by id"),
            );
        }
    }
}

/// Where a policy's key is written: its id after its topic's, or after the first use of the id
/// that is not a topic's key (a policy repeated in one topic is found where it is repeated).
fn policy_span(file: &SourceFile, topic: &str, policy: &str) -> Range<usize> {
    let topic_at = file.find_token(topic, 0).map_or(0, |span| span.end);
    let mut from = topic_at;
    let mut found = None;
    while let Some(span) = file.find_token(policy, from) {
        // A key: the id followed by `:`.
        if file.text[span.end..]
            .trim_start_matches([' ', '\t'])
            .starts_with(':')
        {
            found = Some(span.clone());
        }
        from = span.end;
        if found.is_some() {
            break;
        }
    }
    found.unwrap_or(topic_at..topic_at)
}
