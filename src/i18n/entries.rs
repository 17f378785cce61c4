//! The entries of a Fluent file, located: each message's or term's name and the part of the file
//! that declares it (from its first line to the next entry). An entry parses alone exactly as it
//! does in its file, so a locale can be read one entry at a time, when a message needs it:
//! `explain` formats a few dozen of a locale's hundreds of messages.
//!
//! build.rs compiles this file too: it locates the entries of the built-in files at build time
//! (a broken built-in file fails the build); the catalog locates those of `--locales` files when
//! it opens their locale.

use std::ops::Range;

use fluent_syntax::ast;
use fluent_syntax::parser::{ParserError, parse_runtime};

/// One message or term of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Where its name is (a term's without the `-`: the name a bundle knows it by).
    pub name: Range<usize>,
    /// Where its declaration is: from its first line to the next entry.
    pub text: Range<usize>,
    pub term: bool,
}

/// The entries of a Fluent file, sorted by name, the last one when several have the same name
/// (as a bundle keeps the last one); the parser's errors if the file is not valid Fluent.
pub fn spans(text: &str) -> Result<Vec<Span>, Vec<ParserError>> {
    let resource = parse_runtime(text).map_err(|(_, errors)| errors)?;
    // The parser's names are slices of `text`.
    let offset = |s: &str| s.as_ptr() as usize - text.as_ptr() as usize;
    let mut found: Vec<Span> = Vec::new();
    for entry in &resource.body {
        let (name, term) = match entry {
            ast::Entry::Message(m) => (m.id.name, false),
            ast::Entry::Term(t) => (t.id.name, true),
            _ => continue,
        };
        let at = offset(name);
        let start = if term { at - 1 } else { at };
        if let Some(previous) = found.last_mut() {
            previous.text.end = start;
        }
        found.push(Span {
            name: at..at + name.len(),
            text: start..text.len(),
            term,
        });
    }
    // A stable sort keeps the file's order among equal names: keep the last of each.
    found.sort_by(|a, b| text[a.name.clone()].cmp(&text[b.name.clone()]));
    let mut out: Vec<Span> = Vec::with_capacity(found.len());
    for span in found {
        match out.last_mut() {
            Some(last) if text[last.name.clone()] == text[span.name.clone()] => *last = span,
            _ => out.push(span),
        }
    }
    Ok(out)
}

/// The entry named `name` among `spans` (as [`spans`] returns them for `text`).
pub fn find<'s>(text: &str, spans: &'s [Span], name: &str) -> Option<&'s Span> {
    spans
        .binary_search_by(|s| text[s.name.clone()].cmp(name))
        .ok()
        .map(|i| &spans[i])
}

/// Line and column (1-based, in characters) of a byte offset.
pub fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, column)
}

/// Where a parse error is (the start of the broken entry when the parser knows it) and what it
/// says.
pub fn locate(text: &str, error: &ParserError) -> (usize, usize, String) {
    let at = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
    let (line, column) = line_col(text, at);
    (line, column, error.kind.to_string())
}

/// The names an entry refers to (messages and terms, as a bundle knows them), in its value and
/// its attributes.
pub fn references<'s>(entry: &ast::Entry<&'s str>, out: &mut Vec<&'s str>) {
    let (value, attributes) = match entry {
        ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
        _ => return,
    };
    for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
        pattern_references(pattern, out);
    }
}

fn pattern_references<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_references(expression, out);
        }
    }
}

fn expression_references<'s>(expression: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_references(selector, out);
            for v in variants {
                pattern_references(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_references(inline, out),
    }
}

fn inline_references<'s>(inline: &ast::InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
    let arguments = match inline {
        ast::InlineExpression::MessageReference { id, .. } => {
            out.push(id.name);
            None
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            out.push(id.name);
            arguments.as_ref()
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => Some(arguments),
        ast::InlineExpression::Placeable { expression } => {
            expression_references(expression, out);
            None
        }
        _ => None,
    };
    for a in arguments.into_iter() {
        for p in &a.positional {
            inline_references(p, out);
        }
        for n in &a.named {
            inline_references(&n.value, out);
        }
    }
}
