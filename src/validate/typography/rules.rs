//! What each typography rule finds in a run of prose (see [`super::prose`]).

use std::ops::Range;

use super::prose::{OPAQUE, Unit};
use crate::model::{Rule, Rules};

/// One problem: where, what, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    /// Byte range in the file.
    pub span: Range<usize>,
    pub message: String,
    pub label: &'static str,
    pub fix: String,
}

/// An apostrophe between letters, for the locale-wide consistency rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Apostrophe {
    pub span: Range<usize>,
    pub curly: bool,
}

const NO_BREAK: [char; 2] = ['\u{a0}', '\u{202f}'];

/// Whitespace a line may break at (a line end inside a message is one).
fn is_breaking_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// Chinese and Japanese characters, and their full-width punctuation.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F // CJK symbols and punctuation
        | 0x3040..=0x30FF // hiragana, katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0xFF00..=0xFFEF // full-width forms
        | 0x20000..=0x3FFFF) // CJK extensions B and later
}

/// The full-width form of ASCII punctuation that Chinese writes full-width.
fn full_width(c: char) -> Option<char> {
    Some(match c {
        ',' => '，',
        '.' => '。',
        ':' => '：',
        ';' => '；',
        '?' => '？',
        '!' => '！',
        '(' => '（',
        ')' => '）',
        _ => return None,
    })
}

/// Whether any of `rules` looks at `c` where the text has it: prose without such a
/// character has nothing to report, and is not scanned at all.
pub fn watched(c: char, rules: Rules) -> bool {
    (rules.has(Rule::FrenchSpacing) && matches!(c, '?' | '!' | ':' | ';' | '«' | '»'))
        || ((rules.has(Rule::CurlyApostrophes) || rules.has(Rule::ConsistentApostrophes))
            && matches!(c, '\'' | '’'))
        || (rules.has(Rule::PolishQuotes) && matches!(c, '"' | '“'))
        || (rules.has(Rule::CjkPunctuation) && full_width(c).is_some())
}

/// Checks one run of prose with `rules`.
pub fn scan(
    units: &[Unit],
    rules: Rules,
    findings: &mut Vec<Finding>,
    apostrophes: &mut Vec<Apostrophe>,
) {
    for (i, unit) in units.iter().enumerate() {
        let Some(at) = unit.at else {
            continue;
        };
        let here = at..at + unit.c.len_utf8();
        let before = i.checked_sub(1).map(|j| units[j]);
        let after = units.get(i + 1).copied();
        if rules.has(Rule::FrenchSpacing) {
            findings.extend(french_spacing(unit.c, &here, before, after));
        }
        if matches!(unit.c, '\'' | '’')
            && before.is_some_and(|u| u.c.is_alphabetic())
            && after.is_some_and(|u| u.c.is_alphabetic())
        {
            let curly = unit.c == '’';
            if !curly && rules.has(Rule::CurlyApostrophes) {
                findings.push(Finding {
                    rule: Rule::CurlyApostrophes,
                    span: here.clone(),
                    message: "straight apostrophe `'`".into(),
                    label: "straight",
                    fix: "write the typographic apostrophe ’ (U+2019)".into(),
                });
            } else if rules.has(Rule::ConsistentApostrophes) {
                apostrophes.push(Apostrophe {
                    span: here.clone(),
                    curly,
                });
            }
        }
        if rules.has(Rule::PolishQuotes) && matches!(unit.c, '"' | '“') {
            let opening = before.is_none_or(|u| {
                is_breaking_space(u.c) || NO_BREAK.contains(&u.c) || "([{-–—".contains(u.c)
            });
            let (right, name) = if opening {
                ('„', "U+201E")
            } else {
                ('”', "U+201D")
            };
            let wrong = if unit.c == '"' { "straight" } else { "English" };
            findings.push(Finding {
                rule: Rule::PolishQuotes,
                span: here.clone(),
                message: format!("{wrong} quotation mark `{}`", unit.c),
                label: if opening {
                    "opens a quotation"
                } else {
                    "closes a quotation"
                },
                fix: format!("Polish quotes „like this”: write {right} ({name}) here"),
            });
        }
        if rules.has(Rule::CjkPunctuation)
            && let Some(wide) = full_width(unit.c)
        {
            let cjk_before = before.is_some_and(|u| is_cjk(u.c));
            let cjk_after = after.is_some_and(|u| is_cjk(u.c));
            let flagged = match unit.c {
                // A full stop after a Latin word or a digit is an abbreviation or a number.
                '.' => cjk_before,
                // `https://` is an address, not a sentence.
                ':' if after.is_some_and(|u| u.c == '/') => false,
                _ => cjk_before || cjk_after,
            };
            if flagged {
                findings.push(Finding {
                    rule: Rule::CjkPunctuation,
                    span: here.clone(),
                    message: format!("ASCII `{}` next to Chinese or Japanese text", unit.c),
                    label: "ASCII punctuation",
                    fix: format!("write the full-width `{wide}` (U+{:04X})", wide as u32),
                });
            }
        }
    }
}

/// French: a no-break space before `? ! : ;` and `»`, and after `«`.
fn french_spacing(
    c: char,
    here: &Range<usize>,
    before: Option<Unit>,
    after: Option<Unit>,
) -> Option<Finding> {
    let (space, side) = match c {
        '?' | '!' | ':' | ';' => {
            // Followed by a letter, a digit or `/`, it is not sentence punctuation: a time
            // (14:30), an address (https://), a ratio.
            if after.is_some_and(|u| u.c.is_alphanumeric() || u.c == '/') {
                return None;
            }
            // `?!`, `!!`, `…?`: the space goes before the first mark only.
            if before.is_some_and(|u| "?!.…".contains(u.c)) {
                return None;
            }
            (before?, "before")
        }
        '»' => (before?, "before"),
        '«' => (after?, "after"),
        _ => return None,
    };
    if NO_BREAK.contains(&space.c) {
        return None;
    }
    let fix_where = format!("{side} `{c}`");
    if is_breaking_space(space.c) {
        let span = match space.at {
            Some(at) if side == "before" => at..here.end,
            Some(at) => here.start..at + space.c.len_utf8(),
            None => here.clone(),
        };
        Some(Finding {
            rule: Rule::FrenchSpacing,
            span,
            message: format!("ordinary space {fix_where}, where a line can break"),
            label: "ordinary space",
            fix: "make it a no-break space (U+00A0, or the narrow U+202F)".into(),
        })
    } else if space.c == OPAQUE || space.c.is_alphanumeric() || "»«)]”’'\"".contains(space.c)
    {
        Some(Finding {
            rule: Rule::FrenchSpacing,
            span: here.clone(),
            message: format!("no space {fix_where}"),
            label: "no space",
            fix: format!("put a no-break space (U+00A0, or the narrow U+202F) {fix_where}"),
        })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Typography;

    /// What `rules` find in `text` (every character at its place, as if the file held only
    /// it): each finding as the text it covers.
    fn find(lang: &str, text: &str) -> Vec<String> {
        let units: Vec<Unit> = text
            .char_indices()
            .map(|(at, c)| Unit { c, at: Some(at) })
            .collect();
        let mut findings = Vec::new();
        let mut apostrophes = Vec::new();
        let rules = Rules::resolve(lang, &Typography::default());
        scan(&units, rules, &mut findings, &mut apostrophes);
        findings
            .iter()
            .map(|f| text[f.span.clone()].to_string())
            .chain(
                apostrophes
                    .iter()
                    .map(|a| format!("apostrophe {}", a.curly)),
            )
            .collect()
    }

    #[test]
    fn every_character_a_rule_reports_is_watched() {
        let candidates = "?!:;«»'’\"“”„,.()[]-–—…/ \u{a0}";
        for lang in ["fr", "en", "pl", "zh"] {
            let rules = Rules::resolve(lang, &Typography::default());
            for c in candidates.chars() {
                for text in [
                    format!("a{c}b"),
                    format!("a {c} b"),
                    format!("中{c}文"),
                    format!("{c}"),
                ] {
                    if !find(lang, &text).is_empty() {
                        assert!(watched(c, rules), "{lang}: `{c}` is reported in {text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn french_wants_no_break_spaces() {
        let nb = '\u{a0}';
        assert!(find("fr", &format!("Annulée{nb}? Voici{nb}: «{nb}oui{nb}»{nb}!")).is_empty());
        assert!(
            find("fr", "Annulée\u{202f}?!").is_empty(),
            "narrow, and `?!`"
        );
        assert_eq!(find("fr", "Annulée ? Oui!"), [" ?", "!"]);
        assert_eq!(find("fr", "« oui»"), ["« ", "»"]);
        assert!(
            find("fr", "à 14:30, https://example.com/?q=a").is_empty(),
            "times and addresses"
        );
        assert_eq!(find("fr", "l'article"), ["'"]);
        assert!(find("en", "Annulée ? l'article").contains(&"apostrophe false".to_string()));
    }

    #[test]
    fn polish_wants_its_quotation_marks() {
        assert!(find("pl", "Kliknij „Anuluj” teraz").is_empty());
        assert_eq!(
            find("pl", "Kliknij \"Anuluj\" lub “Zwrot”"),
            ["\"", "\"", "“"]
        );
    }

    #[test]
    fn chinese_wants_full_width_punctuation() {
        assert!(find("zh", "请注明订单号。版本 1.2，见 https://x.cn").is_empty());
        assert_eq!(
            find("zh", "请注明订单号.联系我们,或(在线)咨询:"),
            [".", ",", "(", ")", ":"]
        );
        assert!(find("zh", "Hello, world (yes).").is_empty(), "Latin text");
    }
}
