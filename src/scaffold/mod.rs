//! Files for editors: `helpsite init` (a new site: a small starter, or the full example),
//! `helpsite new article` (YAML plus a Fluent stub in every locale) and `helpsite schema` (JSON
//! Schema of the content YAML, for completion and validation in editors).
//!
//! Nothing here overwrites a file: an existing path is an error, so no work is ever lost.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

mod init;
mod locale;

use crate::load::{ARTICLES_DIR, CONFIG_PATH, LOCALES_DIR, SiteSources};
use crate::model::{Article, Policies, SiteConfig, check_id};
pub use init::init;
pub use locale::{NewLocale, add_locale_line, new_locale};

/// What went wrong, said so that the person can fix it.
#[derive(Debug)]
pub struct ScaffoldError {
    pub message: String,
    pub help: String,
}

impl ScaffoldError {
    fn new(message: impl Into<String>, help: impl Into<String>) -> Self {
        ScaffoldError {
            message: message.into(),
            help: help.into(),
        }
    }

    fn io(path: &Path, error: &io::Error) -> Self {
        ScaffoldError::new(
            format!("cannot write `{}`: {error}", path.display()),
            "check that the folder exists and is writable",
        )
    }
}

pub(crate) fn write_new(path: &Path, bytes: &[u8]) -> Result<(), ScaffoldError> {
    if path.exists() {
        return Err(ScaffoldError::new(
            format!("`{}` already exists", path.display()),
            "choose another id or remove the file first; nothing was overwritten",
        ));
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| ScaffoldError::io(parent, &e))?;
    }
    fs::write(path, bytes).map_err(|e| ScaffoldError::io(path, &e))
}

/// Creates `content/articles/<id>.yaml` and a Fluent file for it in every locale folder: the
/// source locale's with placeholder text, the others with the messages to translate listed
/// in comments. Returns the files written.
pub fn new_article(
    root: &Path,
    id: &str,
    category: Option<&str>,
    today: crate::model::Date,
) -> Result<Vec<PathBuf>, ScaffoldError> {
    check_id(id).map_err(|problem| {
        ScaffoldError::new(problem.to_string(), "ids are also file names and URLs")
    })?;
    let sources = SiteSources::load(root);
    let Some(config) = &sources.config else {
        return Err(ScaffoldError::new(
            format!("no usable `{CONFIG_PATH}` under `{}`", root.display()),
            "run this in a site's folder (or pass --root), or start one with `helpsite init DIR`",
        ));
    };
    let config: &SiteConfig = &config.value;
    let category = match category {
        Some(category) if config.categories.iter().any(|c| c.id.as_str() == category) => {
            category.to_string()
        }
        Some(category) => {
            return Err(ScaffoldError::new(
                format!("there is no category `{category}`"),
                format!(
                    "use one of: {}",
                    config
                        .categories
                        .iter()
                        .map(|c| c.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        None => match config.categories.first() {
            Some(first) => first.id.to_string(),
            None => {
                return Err(ScaffoldError::new(
                    "the site has no categories",
                    "add one to content/site.yaml",
                ));
            }
        },
    };
    let order = sources
        .articles
        .values()
        .filter(|a| a.value.category.as_str() == category)
        .map(|a| a.value.order + 1)
        .max()
        .unwrap_or(1);
    let yaml = format!(
        "# yaml-language-server: $schema=../schema/article.schema.json\n\
         category: {category}\n\
         order: {order}\n\
         updated: {today}\n\
         sections:\n  \
           - id: what-to-do\n    \
             steps:\n      \
               - id: first-step\n"
    );
    // Parse what we are about to write: the scaffold must itself be valid content.
    let article: Article = serde_yaml::from_str(&yaml).map_err(|e| {
        ScaffoldError::new(
            format!("internal: the article scaffold does not parse: {e}"),
            "report this",
        )
    })?;
    // Each placeholder is marked, so that `check` warns until it is replaced (W109).
    let source_ftl = [
        ("title", "The question this article answers"),
        (
            "summary",
            "One or two sentences that say what the reader will find here.",
        ),
        ("section-what-to-do", "What to do"),
        ("step-first-step", "The first thing to do."),
    ]
    .map(|(message, text)| {
        format!("# {PLACEHOLDER}: replace this text, then delete this line.\n{message} = {text}\n")
    })
    .concat();
    let keys: Vec<String> = article
        .messages(
            &sources
                .policies
                .as_ref()
                .map(|p| p.value.clone())
                .unwrap_or_default(),
        )
        .iter()
        .map(|k| k.display())
        .collect();
    let mut written = Vec::new();
    let mut files = vec![(
        Path::new(ARTICLES_DIR).join(format!("{id}.yaml")),
        yaml.clone(),
    )];
    for locale in sources.locales.keys() {
        let text = if *locale == config.default_locale {
            source_ftl.to_string()
        } else {
            let mut stub = format!(
                "# Translate from locales/{}/articles/{id}.ftl. Until a message is translated here,\n\
                 # readers see the source text (and `helpsite check` lists what is missing).\n",
                config.default_locale
            );
            for key in keys.iter().filter(|k| !k.contains('.')) {
                stub.push_str(&format!("# {key} =\n"));
            }
            stub
        };
        files.push((
            Path::new(LOCALES_DIR)
                .join(locale)
                .join("articles")
                .join(format!("{id}.ftl")),
            text,
        ));
    }
    if let Some((existing, _)) = files.iter().find(|(path, _)| root.join(path).exists()) {
        return Err(ScaffoldError::new(
            format!("`{}` already exists", existing.display()),
            "choose another id; nothing was written",
        ));
    }
    for (relative, text) in files {
        write_new(&root.join(&relative), text.as_bytes())?;
        written.push(relative);
    }
    Ok(written)
}

/// The comment that marks a message `new article` wrote as a placeholder: `check` warns about
/// each one still there (W109).
pub use crate::load::markers::PLACEHOLDER;

/// JSON Schema of `content/site.yaml` (`site`), of an article (`article`) or of
/// `content/policies.yaml` (`policies`).
pub fn schema(kind: SchemaKind) -> String {
    let schema = match kind {
        SchemaKind::Site => schemars::schema_for!(SiteConfig),
        SchemaKind::Article => schemars::schema_for!(Article),
        SchemaKind::Policies => schemars::schema_for!(Policies),
    };
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    Site,
    Article,
    Policies,
}

/// Today's date in UTC, for the `updated:` of a new article.
pub fn today() -> crate::model::Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days((seconds / 86_400) as i64)
}

/// Days since 1970-01-01 to a Gregorian date (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> crate::model::Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u8;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u8;
    let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
    crate::model::Date { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_dates() {
        let date = |days| civil_from_days(days).to_string();
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(20_759), "2026-11-02");
        assert_eq!(date(19_782), "2024-02-29");
    }
}
