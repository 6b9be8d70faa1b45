//! A problem with a value in the content, as it travels through serde.
//!
//! serde carries an error as a string, and serde_yaml adds the field's path and the position
//! around it. So that a diagnostic gets the code, help and label chosen where the problem is
//! found (and never by reading the message's words), the model's checks write the problem into
//! the string in an envelope that the loader opens again ([`ValueProblem::find`]). The envelope
//! is delimited by U+001E, a control character that no content file can hold: the loader
//! refuses files with control characters before parsing them.

use std::fmt;
use std::ops::Range;

use serde::de;

use crate::diagnostics::Code;

const MARK: char = '\u{1e}';

/// What is wrong with a value, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueProblem {
    pub code: Code,
    pub message: String,
    pub help: Option<String>,
    /// The text the problem is about, when it is not the value at the error's position (a
    /// repeated key: the diagnostic points at its repetition).
    pub subject: Option<String>,
}

impl ValueProblem {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        ValueProblem {
            code,
            message: message.into(),
            help: None,
            subject: None,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    /// The problem as a serde error.
    pub fn into_error<E: de::Error>(self) -> E {
        E::custom(self.encode())
    }

    fn encode(&self) -> String {
        let code = self.code.as_str();
        let help = self.help.as_deref().unwrap_or("");
        let subject = self.subject.as_deref().unwrap_or("");
        let message = &self.message;
        format!("{MARK}{code}{MARK}{help}{MARK}{subject}{MARK}{message}{MARK}")
    }

    /// The problem inside a serde error's text, with the byte range of its envelope there.
    pub fn find(text: &str) -> Option<(ValueProblem, Range<usize>)> {
        let start = text.find(MARK)?;
        let mut fields = text[start + MARK.len_utf8()..].splitn(5, MARK);
        let (code, help, subject, message) = (
            fields.next()?,
            fields.next()?,
            fields.next()?,
            fields.next()?,
        );
        let rest = fields.next()?;
        let end = text.len() - rest.len();
        let code = Code::parse(code)?;
        let optional = |text: &str| (!text.is_empty()).then(|| text.to_string());
        Some((
            ValueProblem {
                code,
                message: message.to_string(),
                help: optional(help),
                subject: optional(subject),
            },
            start..end,
        ))
    }
}

impl fmt::Display for ValueProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_survives_serde_and_its_decorations() {
        let problem = ValueProblem::new(Code::InvalidId, "invalid id `A`")
            .help("use lowercase letters")
            .subject("A");
        let error: serde_yaml::Error = problem.clone().into_error();
        let text = format!("sections[0].id: {error} at line 3 column 7");
        let (found, envelope) = ValueProblem::find(&text).unwrap();
        assert_eq!(found, problem);
        assert_eq!(&text[..envelope.start], "sections[0].id: ");
        assert_eq!(&text[envelope.end..], " at line 3 column 7");
        assert!(ValueProblem::find("unknown field `x`").is_none());
    }
}
