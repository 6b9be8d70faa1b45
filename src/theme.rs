//! The default theme, compiled into the binary: a site without a `templates/` folder builds
//! with these, and a site's own files replace them one by one.

/// Templates by name, as a site's `templates/` folder would hold them.
pub const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../templates/base.html")),
    ("root.html", include_str!("../templates/root.html")),
    ("home.html", include_str!("../templates/home.html")),
    ("category.html", include_str!("../templates/category.html")),
    ("article.html", include_str!("../templates/article.html")),
    ("404.html", include_str!("../templates/404.html")),
    ("search.html", include_str!("../templates/search.html")),
    (
        "timeframes.html",
        include_str!("../templates/timeframes.html"),
    ),
    ("finder.html", include_str!("../templates/finder.html")),
    (
        "finder-question.html",
        include_str!("../templates/finder-question.html"),
    ),
    (
        "finder-answer.html",
        include_str!("../templates/finder-answer.html"),
    ),
];

/// Static files by path under the output's `assets/` folder.
pub const ASSETS: &[(&str, &[u8])] = &[
    ("style.css", include_bytes!("../templates/static/style.css")),
    ("search.js", include_bytes!("../templates/static/search.js")),
];
