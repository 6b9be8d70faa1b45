//! The default theme, compiled into the binary: a site without a `templates/` folder builds
//! with these, and a site's own files replace them one by one.

/// Templates by name, as a site's `templates/` folder would hold them.
pub const TEMPLATES: &[(&str, &str)] = &[
    (
        "components.html",
        include_str!("../templates/components.html"),
    ),
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

/// The opening tag every icon shares.
macro_rules! svg_start {
    () => {
        r#"<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="32" height="32" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">"#
    };
}

/// The opening tag of an icon that points one way (a cart pushed, a speech bubble's tail): the
/// stylesheet mirrors it on right-to-left pages. (The refund icon is not mirrored: its currency
/// sign would read backwards.)
macro_rules! svg_start_directional {
    () => {
        r#"<svg class="icon-directional" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="32" height="32" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">"#
    };
}

/// The picture of a category's card: inline SVG in the text colour, hidden from screen readers
/// (the card's name says what it is). Drawn for this theme: simple strokes on a 24 px grid.
pub fn icon(icon: crate::model::Icon) -> &'static str {
    use crate::model::Icon;
    match icon {
        Icon::Card => concat!(
            svg_start!(),
            r#"<rect x="3" y="5.5" width="18" height="13" rx="2"/><path d="M3 10h18M7 15h4"/>"#,
            "</svg>"
        ),
        Icon::Cart => concat!(
            svg_start_directional!(),
            r#"<path d="M3 4h2l2.4 10.5a1 1 0 0 0 1 .8h8.7a1 1 0 0 0 1-.8L20 8H6.2"/><circle cx="9.5" cy="19" r="1.3"/><circle cx="17" cy="19" r="1.3"/>"#,
            "</svg>"
        ),
        Icon::Parcel => concat!(
            svg_start!(),
            r#"<path d="M12 3 20 7.5v9L12 21l-8-4.5v-9L12 3Z"/><path d="M4 7.5 12 12l8-4.5M12 12v9M8 5.25l8 4.5"/>"#,
            "</svg>"
        ),
        Icon::Refund => concat!(
            svg_start!(),
            r#"<path d="M4 12a8 8 0 1 0 2.4-5.7"/><path d="M4 4v4h4"/><path d="M12 8v8M14.5 9.5h-3.2a1.6 1.6 0 0 0 0 3.2h1.4a1.6 1.6 0 0 1 0 3.2H9.5"/>"#,
            "</svg>"
        ),
        Icon::Store => concat!(
            svg_start!(),
            r#"<path d="M4 10v10h16V10"/><path d="M3 10 5 4h14l2 6a3 3 0 0 1-6 0 3 3 0 0 1-6 0 3 3 0 0 1-6 0Z"/><path d="M10 20v-5h4v5"/>"#,
            "</svg>"
        ),
        Icon::Clock => concat!(
            svg_start!(),
            r#"<circle cx="12" cy="12" r="8.5"/><path d="M12 7v5l3.5 2"/>"#,
            "</svg>"
        ),
        Icon::Question => concat!(
            svg_start!(),
            r#"<circle cx="12" cy="12" r="8.5"/><path d="M9.6 9.5a2.5 2.5 0 1 1 3.4 2.3c-.6.3-1 .8-1 1.5V14"/><circle cx="12" cy="17" r=".6"/>"#,
            "</svg>"
        ),
        Icon::Chat => concat!(
            svg_start_directional!(),
            r#"<path d="M4 5h16v11H9l-5 4V5Z"/><path d="M8 9.5h8M8 12.5h5"/>"#,
            "</svg>"
        ),
    }
}
