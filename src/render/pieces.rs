//! A message that places other texts: `contact-option = { $name }: { $details }` joins a contact
//! option's name and its details the way the reader's language does ("在线客服：7×24小时在线。",
//! "Chat d’assistance : Nous sommes…").
//!
//! The placed texts are HTML of their own (a link, sanitised Markdown) and must not go through
//! Fluent or Markdown again. So the message is formatted with a stand-in for each of them and
//! cut at the stand-ins: what lies between is the message's own plain text, which the template
//! escapes like any other text.

use serde::Serialize;

/// One piece of a message that places other texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Piece {
    /// The text placed here, by its variable's name; `None` for the message's own text.
    pub part: Option<&'static str>,
    /// The message's own text (empty where a text is placed).
    pub text: String,
}

/// Characters of Unicode's private use area, which no translation has reason to contain.
const FIRST_STAND_IN: u32 = 0xE000;

fn stand_in(index: usize) -> char {
    char::from_u32(FIRST_STAND_IN + index as u32).unwrap_or('\u{e000}')
}

/// The value each variable gets: its stand-in.
pub fn stand_ins(parts: &[&'static str]) -> Vec<(&'static str, String)> {
    parts
        .iter()
        .enumerate()
        .map(|(index, part)| (*part, stand_in(index).to_string()))
        .collect()
}

/// The formatted message cut at the stand-ins. A part the message leaves out (validation
/// warns about it, W105) is added at the end, after a space, so no text is lost.
pub fn cut(formatted: &str, parts: &[&'static str]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut placed = vec![false; parts.len()];
    for c in formatted.chars() {
        let index = (c as u32).wrapping_sub(FIRST_STAND_IN) as usize;
        match parts.get(index) {
            Some(part) => {
                if !text.is_empty() {
                    pieces.push(own(std::mem::take(&mut text)));
                }
                pieces.push(Piece {
                    part: Some(part),
                    text: String::new(),
                });
                placed[index] = true;
            }
            None => text.push(c),
        }
    }
    if !text.is_empty() {
        pieces.push(own(text));
    }
    for (part, _) in parts.iter().zip(placed).filter(|(_, placed)| !placed) {
        pieces.push(own(" ".into()));
        pieces.push(Piece {
            part: Some(part),
            text: String::new(),
        });
    }
    pieces
}

fn own(text: String) -> Piece {
    Piece { part: None, text }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARTS: [&str; 2] = ["name", "details"];

    fn shape(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p.part {
                Some(part) => format!("<{part}>"),
                None => p.text.clone(),
            })
            .collect()
    }

    #[test]
    fn the_message_decides_what_joins_the_parts() {
        let format = |pattern: &str| {
            let values = stand_ins(&PARTS);
            let formatted = pattern
                .replace("{name}", &values[0].1)
                .replace("{details}", &values[1].1);
            shape(&cut(&formatted, &PARTS))
        };
        assert_eq!(format("{name}: {details}"), "<name>: <details>");
        assert_eq!(format("{name}：{details}"), "<name>：<details>");
        assert_eq!(format("{name}\u{a0}: {details}"), "<name>\u{a0}: <details>");
        assert_eq!(format("({details}) {name}"), "(<details>) <name>");
        assert_eq!(format("{name}"), "<name> <details>", "nothing is lost");
    }
}
