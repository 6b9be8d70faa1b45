//! Reading Fluent resources as data: which messages and attributes a file defines, which
//! variables a pattern uses, and its literal text (for finding links).

use std::collections::HashMap;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

/// One message or term of a `.ftl` file.
pub struct MessageEntry<'r> {
    /// The identifier as it appears in the source (a slice of it, so it has a position).
    pub id: &'r str,
    pub message: &'r ast::Message<&'r str>,
    pub value: Option<&'r ast::Pattern<&'r str>>,
    pub attributes: Vec<(&'r str, &'r ast::Pattern<&'r str>)>,
}

impl<'r> MessageEntry<'r> {
    pub fn pattern(&self, attribute: Option<&str>) -> Option<&'r ast::Pattern<&'r str>> {
        match attribute {
            None => self.value,
            Some(name) => self
                .attributes
                .iter()
                .find(|(a, _)| *a == name)
                .map(|(_, p)| *p),
        }
    }
}

/// The messages of a file by id, plus every later definition of an id already seen.
pub struct MessageIndex<'r> {
    pub messages: HashMap<&'r str, MessageEntry<'r>>,
    /// In file order: ids defined before, and `id.attribute` pairs repeated within a message.
    pub duplicates: Vec<&'r str>,
    pub order: Vec<&'r str>,
    /// Ids of messages whose entry has a syntax error (reported as such): they are written,
    /// just not readable, so they must not be reported again as missing.
    pub broken: Vec<&'r str>,
}

pub fn index(resource: &FluentResource) -> MessageIndex<'_> {
    let mut messages = HashMap::new();
    let mut duplicates = Vec::new();
    let mut order = Vec::new();
    let mut broken = Vec::new();
    for entry in resource.entries() {
        let message = match entry {
            ast::Entry::Message(message) => message,
            ast::Entry::Junk { content } => {
                broken.extend(junk_message_id(content));
                continue;
            }
            _ => continue,
        };
        let mut attributes: Vec<(&str, &ast::Pattern<&str>)> = Vec::new();
        for attribute in &message.attributes {
            if attributes
                .iter()
                .any(|(name, _)| *name == attribute.id.name)
            {
                duplicates.push(attribute.id.name);
            } else {
                attributes.push((attribute.id.name, &attribute.value));
            }
        }
        let entry = MessageEntry {
            id: message.id.name,
            message,
            value: message.value.as_ref(),
            attributes,
        };
        if messages.contains_key(message.id.name) {
            duplicates.push(message.id.name);
        } else {
            order.push(message.id.name);
            messages.insert(message.id.name, entry);
        }
    }
    MessageIndex {
        messages,
        duplicates,
        order,
        broken,
    }
}

/// The id of the message an unparsable entry was meant to define: `summary` in `summary =`.
fn junk_message_id(content: &str) -> Option<&str> {
    let end = content
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(content.len());
    let (id, rest) = content.split_at(end);
    let starts_well = id.starts_with(|c: char| c.is_ascii_alphabetic());
    (starts_well && rest.trim_start_matches(' ').starts_with('=')).then_some(id)
}

/// Every `$variable` a pattern uses, as slices of the source (for positions).
pub fn variables<'r>(pattern: &'r ast::Pattern<&'r str>) -> Vec<&'r str> {
    let mut found = Vec::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut found);
        }
    }
    found
}

fn expression_variables<'r>(expression: &'r ast::Expression<&'r str>, found: &mut Vec<&'r str>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, found),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                found.extend(variables(&variant.value));
            }
        }
    }
}

fn inline_variables<'r>(expression: &'r ast::InlineExpression<&'r str>, found: &mut Vec<&'r str>) {
    match expression {
        ast::InlineExpression::VariableReference { id } => found.push(id.name),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

/// The literal text of a pattern (placeables left out), one string per text element.
pub fn text_elements<'r>(pattern: &'r ast::Pattern<&'r str>) -> Vec<&'r str> {
    let mut found = Vec::new();
    collect_text(pattern, &mut found);
    found
}

fn collect_text<'r>(pattern: &'r ast::Pattern<&'r str>, found: &mut Vec<&'r str>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => found.push(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    collect_text(&variant.value, found);
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}
