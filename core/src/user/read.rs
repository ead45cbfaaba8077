//! Readers' own text turned into [`Block`]s: plain text, Markdown, and the
//! parts the browser collects from an HTML document.
//!
//! Every reader follows the same rules:
//!
//! * a block's text is whitespace-normalized: trimmed, every run of
//!   whitespace one space, control characters dropped (see [`normalize`]);
//! * no block is ever empty;
//! * `\r\n`, a lone `\r` and `\n` all end a line, and a leading byte-order
//!   mark is ignored;
//! * no input makes them panic, and their time is linear in the input.

use super::inline;
use crate::model::Block;

/// What an importer produces: a body and, when the text suggests one, a
/// title. The reader fills in the provenance before saving it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// The guessed title (see [`guess_title`]), for the reader to confirm.
    pub title: Option<String>,
    pub blocks: Vec<Block>,
}

impl Draft {
    /// A draft of `blocks` with a guessed title. Like the corpus, whose
    /// bodies never repeat their title, the body loses its first block when
    /// the title is that block's text and something else remains.
    pub fn new(mut blocks: Vec<Block>) -> Draft {
        let title = guess_title(&blocks);
        if let (Some(t), Some(first)) = (&title, blocks.first()) {
            if blocks.len() > 1 && normalize(first.text()) == *t {
                blocks.remove(0);
            }
        }
        Draft { title, blocks }
    }
}


/// `text` trimmed, each run of whitespace one space, control characters
/// dropped.
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let start = out.len();
        if start > 0 {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| !c.is_control()));
        if out.len() == start + usize::from(start > 0) {
            out.truncate(start);
        }
    }
    out
}

/// The lines of `text`, whichever line ends it uses.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    text.split('\n').flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
}

/// Plain text: paragraphs are separated by blank lines; the lines of a
/// paragraph are joined with single spaces.
pub fn read_plain(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para = String::new();
    for line in lines(text).chain([""]) {
        if line.trim().is_empty() {
            push(&mut blocks, Block::Paragraph(normalize(&para)));
            para.clear();
        } else {
            para.push_str(line);
            para.push(' ');
        }
    }
    blocks
}

/// Pushes `block` unless its text is empty.
fn push(blocks: &mut Vec<Block>, block: Block) {
    if !block.text().is_empty() {
        blocks.push(block);
    }
}

/// Parts the UI collected from an HTML document (`true` for a heading, and
/// the element's raw text), normalized, empty parts dropped.
pub fn blocks_from_parts(parts: impl IntoIterator<Item = (bool, String)>) -> Vec<Block> {
    let mut blocks = Vec::new();
    for (heading, raw) in parts {
        let t = normalize(&raw);
        push(&mut blocks, if heading { Block::Heading(t) } else { Block::Paragraph(t) });
    }
    blocks
}

/// `text`, one block's normalized text, as Markdown that [`read_markdown`]
/// reads back as exactly this text: what would be markup is escaped with a
/// backslash (emphasis, code, links, tags, references, table pipes), and so
/// is a first character that would open a heading, quote or list. The add
/// form shows an HTML file's text this way, so that saving it keeps it.
pub fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in text.chars().enumerate() {
        let markup = matches!(c, '\\' | '*' | '_' | '~' | '`' | '[' | ']' | '<' | '>' | '&' | '|' | '!' | '#')
            || (i == 0 && matches!(c, '-' | '+' | '='))
            || (digits > 0 && i == digits && matches!(c, '.' | ')'));
        if markup {
            out.push('\\');
        }
        if i == 0 && c == '\u{FEFF}' {
            // A leading byte-order mark is not text to the reader: as a
            // character reference it is.
            out.push_str("&#xFEFF;");
            continue;
        }
        out.push(c);
    }
    out
}

/// The longest first paragraph that [`guess_title`] takes for a title.
pub const MAX_TITLE_CHARS: usize = 120;

/// A title for `blocks`: the first heading; else the first paragraph when it
/// is short (at most [`MAX_TITLE_CHARS`] characters) and does not end with a
/// period, as a title line would; else `None`.
pub fn guess_title(blocks: &[Block]) -> Option<String> {
    let heading = blocks.iter().find_map(|b| match b {
        Block::Heading(h) => Some(normalize(h)).filter(|h| !h.is_empty()),
        Block::Paragraph(_) => None,
    });
    heading.or_else(|| {
        let first = blocks.iter().find_map(|b| match b {
            Block::Paragraph(p) => Some(normalize(p)),
            Block::Heading(_) => None,
        })?;
        Some(first).filter(|p| !p.is_empty() && p.chars().count() <= MAX_TITLE_CHARS && !p.ends_with('.'))
    })
}

/// A label for an article whose title is neither stated nor guessed: the
/// opening words of its body, cut at 60 characters, or `None` without text.
pub fn opening_words(blocks: &[Block]) -> Option<String> {
    let first = blocks.iter().map(|b| normalize(b.text())).find(|t| !t.is_empty())?;
    Some(crate::model::ellipsize(&first, 60))
}

/// Markdown (CommonMark and its common extensions, simplified) reduced to
/// headings and paragraphs:
///
/// * ATX headings (`#`…`######`, closing `#`s removed) and setext headings
///   (a paragraph underlined with `===` or `---`) are headings;
/// * paragraphs are joined as in [`read_plain`];
/// * each list item (`-`, `*`, `+`, `1.`, `1)`, task boxes too) is a
///   paragraph without its marker;
/// * block quotes lose their `>`; a fenced code block is one paragraph of
///   its text; horizontal rules, table delimiter rows, link reference
///   definitions and lines of nothing but HTML tags are dropped;
/// * inline markup is reduced to its text (emphasis, code, links, autolinks,
///   HTML tags, character references; images are dropped).
pub fn read_markdown(text: &str) -> Vec<Block> {
    let mut md = Markdown::default();
    for line in lines(text) {
        md.line(line);
    }
    md.finish()
}

#[derive(Clone, Copy, Default, PartialEq)]
enum Open {
    #[default]
    Paragraph,
    Item,
}

struct Fence {
    ch: char,
    len: usize,
    depth: usize,
    lines: Vec<String>,
}

#[derive(Default)]
struct Markdown {
    blocks: Vec<Block>,
    /// The lines of the open paragraph or list item.
    lines: Vec<String>,
    open: Open,
    /// The block-quote depth of the open paragraph.
    depth: usize,
    fence: Option<Fence>,
    in_comment: bool,
}

impl Markdown {
    fn line(&mut self, line: &str) {
        if self.in_comment {
            self.in_comment = !line.contains("-->");
            return;
        }
        if let Some(fence) = &mut self.fence {
            let (_, rest) = quotes(line, fence.depth);
            if closes_fence(rest, fence.ch, fence.len) {
                let body = normalize(&fence.lines.join(" "));
                self.fence = None;
                push(&mut self.blocks, Block::Paragraph(body));
            } else {
                fence.lines.push(rest.to_string());
            }
            return;
        }
        let (depth, rest) = quotes(line, usize::MAX);
        let t = rest.trim();
        if t.is_empty() {
            return self.flush();
        }
        if depth > self.depth {
            self.flush();
        }
        if let Some((ch, len)) = opens_fence(t) {
            self.flush();
            self.fence = Some(Fence { ch, len, depth, lines: Vec::new() });
        } else if let Some(h) = atx_heading(t) {
            self.flush();
            push(&mut self.blocks, Block::Heading(normalize(&inline::reduce(h))));
        } else if self.open == Open::Paragraph && !self.lines.is_empty() && is_setext_underline(t) {
            let h = normalize(&inline::reduce(&self.lines.join(" ")));
            self.lines.clear();
            push(&mut self.blocks, Block::Heading(h));
        } else if is_rule(t) || is_table_delimiter(t) {
            self.flush();
        } else if self.lines.is_empty() && is_reference_definition(t) {
            // A link's destination, not text: dropped.
        } else if let Some(item) = self.list_item(t) {
            self.flush();
            self.start(Open::Item, depth, item);
        } else if t.starts_with("<!--") && !t.contains("-->") {
            self.flush();
            self.in_comment = true;
        } else if t.starts_with('<') && t.contains('>') && inline::reduce(t).trim().is_empty() {
            self.flush();
        } else if self.lines.is_empty() {
            self.start(Open::Paragraph, depth, t);
        } else {
            self.lines.push(hard_break_removed(t).to_string());
        }
    }

    fn start(&mut self, open: Open, depth: usize, first: &str) {
        self.open = open;
        self.depth = depth;
        self.lines.push(hard_break_removed(first).to_string());
    }

    /// The text of a list item line without its marker. An ordered item
    /// interrupts a paragraph only if it starts at 1, and an empty item
    /// never does, as in CommonMark.
    fn list_item<'a>(&self, t: &'a str) -> Option<&'a str> {
        let in_paragraph = self.open == Open::Paragraph && !self.lines.is_empty();
        let (number, rest) = match t.strip_prefix(['-', '*', '+']) {
            Some(rest) => (None, rest),
            None => {
                let digits = t.bytes().take_while(u8::is_ascii_digit).count();
                let rest = t.get(digits..).filter(|_| (1..=9).contains(&digits))?.strip_prefix(['.', ')'])?;
                (Some(&t[..digits]), rest)
            }
        };
        if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
            return None;
        }
        let rest = rest.trim_start();
        if in_paragraph && (rest.is_empty() || number.is_some_and(|n| n.trim_start_matches('0') != "1")) {
            return None;
        }
        let unboxed = ["[ ]", "[x]", "[X]"].iter().find_map(|b| rest.strip_prefix(b)).filter(|r| r.is_empty() || r.starts_with(char::is_whitespace));
        Some(unboxed.unwrap_or(rest).trim_start())
    }

    fn flush(&mut self) {
        if !self.lines.is_empty() {
            let t = normalize(&inline::reduce(&self.lines.join(" ")));
            self.lines.clear();
            push(&mut self.blocks, Block::Paragraph(t));
        }
    }

    fn finish(mut self) -> Vec<Block> {
        if let Some(fence) = self.fence.take() {
            push(&mut self.blocks, Block::Paragraph(normalize(&fence.lines.join(" "))));
        }
        self.flush();
        self.blocks
    }
}

/// The number of `>` markers (at most `max`) starting `line`, and the rest.
fn quotes(line: &str, max: usize) -> (usize, &str) {
    let mut depth = 0;
    let mut rest = line;
    while depth < max {
        match rest.trim_start().strip_prefix('>') {
            Some(r) => {
                depth += 1;
                rest = r;
            }
            None => break,
        }
    }
    (depth, rest)
}

/// A line ending with a backslash (a hard line break) loses the backslash.
fn hard_break_removed(t: &str) -> &str {
    match t.strip_suffix('\\') {
        Some(rest) if !rest.ends_with('\\') => rest,
        _ => t,
    }
}

fn opens_fence(t: &str) -> Option<(char, usize)> {
    let ch = t.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = t.chars().take_while(|c| *c == ch).count();
    let info = &t[len..];
    (len >= 3 && !(ch == '`' && info.contains('`'))).then_some((ch, len))
}

fn closes_fence(line: &str, ch: char, len: usize) -> bool {
    let t = line.trim();
    t.chars().all(|c| c == ch) && t.chars().count() >= len
}

/// The text of an ATX heading line, closing `#`s removed.
fn atx_heading(t: &str) -> Option<&str> {
    let level = t.bytes().take_while(|b| *b == b'#').count();
    let rest = &t[level..];
    if !(1..=6).contains(&level) || !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let content = rest.trim();
    let unclosed = content.trim_end_matches('#');
    Some(match unclosed.is_empty() || unclosed.ends_with(char::is_whitespace) {
        true => unclosed.trim_end(),
        false => content,
    })
}

fn is_setext_underline(t: &str) -> bool {
    t.bytes().all(|b| b == b'=') || t.bytes().all(|b| b == b'-')
}

/// Three or more `-`, `*` or `_`, alone on the line but for spaces.
fn is_rule(t: &str) -> bool {
    let marks: Vec<char> = t.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3 && matches!(marks[0], '-' | '*' | '_') && marks.iter().all(|c| *c == marks[0])
}

/// A table's `|---|:--:|` row.
fn is_table_delimiter(t: &str) -> bool {
    t.contains('|') && t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':') || c.is_whitespace())
}

/// `[label]: destination` (footnotes, `[^1]: …`, are text).
fn is_reference_definition(t: &str) -> bool {
    t.strip_prefix('[')
        .and_then(|r| r.split_once("]:"))
        .is_some_and(|(label, dest)| !label.trim().is_empty() && !label.starts_with('^') && !label.contains(['[', ']']) && !dest.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_words_table() {
        let p = |t: &str| Block::Paragraph(t.into());
        let long = "word ".repeat(30);
        let rows = [
            (vec![], None),
            (vec![p("  "), p("Hello there.")], Some("Hello there.".to_string())),
            (vec![Block::Heading("Head".into())], Some("Head".to_string())),
            (vec![p(&long)], Some(format!("{}…", &"word ".repeat(12)))),
        ];
        for (blocks, want) in rows {
            assert_eq!(opening_words(&blocks), want, "{blocks:?}");
        }
    }

    fn h(t: &str) -> Block {
        Block::Heading(t.into())
    }

    fn p(t: &str) -> Block {
        Block::Paragraph(t.into())
    }

    #[test]
    fn read_plain_table() {
        let rows: Vec<(&str, Vec<Block>)> = vec![
            ("", vec![]),
            ("   \n\t\n  ", vec![]),
            ("One line.", vec![p("One line.")]),
            ("  padded  \t words  ", vec![p("padded words")]),
            ("first line\nsecond line\n\nnext para", vec![p("first line second line"), p("next para")]),
            ("a\r\nb\r\n\r\nc", vec![p("a b"), p("c")]),
            ("a\rb\r\rc", vec![p("a b"), p("c")]),
            ("a\n \t \nb\n\n\n\nc", vec![p("a"), p("b"), p("c")]),
            ("\u{FEFF}Title\n\nBody", vec![p("Title"), p("Body")]),
            ("bell\u{7} and nul\u{0}!", vec![p("bell and nul!")]),
            ("\u{0}\n\nreal", vec![p("real")]),
            ("# not markdown *here*", vec![p("# not markdown *here*")]),
            ("non\u{A0}breaking\u{2003}space", vec![p("non breaking space")]),
        ];
        for (input, want) in rows {
            assert_eq!(read_plain(input), want, "{input:?}");
        }
    }

    #[test]
    fn read_markdown_table() {
        let rows: Vec<(&str, Vec<Block>)> = vec![
            ("", vec![]),
            ("# Title\n\nBody text.", vec![h("Title"), p("Body text.")]),
            ("## Closed ##\n###### Six\n####### Seven", vec![h("Closed"), h("Six"), p("####### Seven")]),
            ("# C#\n#hashtag\n# \\#1 #", vec![h("C#"), p("#hashtag"), h("#1")]),
            ("#\n# ###", vec![]),
            ("Setext one\n==========\n\nSetext\ntwo\n---", vec![h("Setext one"), h("Setext two")]),
            ("Para\n\n---\n\n***\n_ _ _\nafter", vec![p("Para"), p("after")]),
            ("- one\n- two\n  continued\n* three\n+ four", vec![p("one"), p("two continued"), p("three"), p("four")]),
            ("1. first\n2) second\n10. tenth", vec![p("first"), p("second"), p("tenth")]),
            ("- [ ] todo\n- [x] done", vec![p("todo"), p("done")]),
            ("In 1999.\n2000. The next year", vec![p("In 1999. 2000. The next year")]),
            ("Text\n1. Interrupts\n-1 degrees\n1.5 million", vec![p("Text"), p("Interrupts -1 degrees 1.5 million")]),
            ("> quoted\n> lines\n>\n> > deeper", vec![p("quoted lines"), p("deeper")]),
            ("> # Quoted heading\n> - quoted item", vec![h("Quoted heading"), p("quoted item")]),
            ("before\n> quote", vec![p("before"), p("quote")]),
            ("```rust\nfn main() {\n    let x = *y;\n}\n```\nafter", vec![p("fn main() { let x = *y; }"), p("after")]),
            ("~~~~\n<b>code</b>\n~~~\n~~~~", vec![p("<b>code</b> ~~~")]),
            ("```\nnever closed", vec![p("never closed")]),
            ("``` \n```", vec![]),
            ("**bold**, *it*, _it_, `code`", vec![p("bold, it, it, code")]),
            ("[text](http://x.org) and ![img](a.png) and <https://y.org>", vec![p("text and and https://y.org")]),
            ("Some <b>bold</b> and <i>italic</i>", vec![p("Some bold and italic")]),
            ("<div>\nInside\n</div>", vec![p("Inside")]),
            ("<!--\nhidden\n\nstill hidden\n-->\nshown", vec![p("shown")]),
            ("<script>alert(1)</script>", vec![]),
            ("[ref]: http://x.org\n[^1]: A footnote.", vec![p("[^1]: A footnote.")]),
            ("| a | b |\n|---|:-:|\n| 1 | 2 |", vec![p("| a | b |"), p("| 1 | 2 |")]),
            ("hard\\\nbreak", vec![p("hard break")]),
            ("a\r\nb\r\n\r\n# H\r\n", vec![p("a b"), h("H")]),
            ("snake_case and 5 * 3 stay", vec![p("snake_case and 5 * 3 stay")]),
            ("- \n-\n\ntext", vec![p("text")]),
            ("![only an image](x.png)", vec![]),
        ];
        for (input, want) in rows {
            assert_eq!(read_markdown(input), want, "{input:?}");
        }
    }

    #[test]
    fn guess_title_table() {
        let long = "word ".repeat(30);
        let x120 = "x".repeat(120);
        let rows: Vec<(Vec<Block>, Option<&str>)> = vec![
            (vec![], None),
            (vec![h("Heading")], Some("Heading")),
            (vec![p("Short first line"), h("Later heading")], Some("Later heading")),
            (vec![p("Short first line"), p("Body.")], Some("Short first line")),
            (vec![p("A sentence, not a title."), p("Body.")], None),
            (vec![p(&long)], None),
            (vec![p(&x120)], Some(x120.as_str())),
            (vec![p(&"x".repeat(121))], None),
            (vec![p("Is this a title?")], Some("Is this a title?")),
            (vec![h("  "), p("  spaced   out ")], Some("spaced out")),
            (vec![p("Thủ tướng Phạm Minh Chính")], Some("Thủ tướng Phạm Minh Chính")),
        ];
        for (blocks, want) in rows {
            assert_eq!(guess_title(&blocks).as_deref(), want, "{blocks:?}");
        }
    }

    #[test]
    fn draft_keeps_the_title_out_of_the_body() {
        let rows: Vec<(Vec<Block>, Option<&str>, usize)> = vec![
            (vec![h("Title"), p("Body.")], Some("Title"), 1),
            (vec![p("Title line"), p("Body.")], Some("Title line"), 1),
            (vec![p("Only a title")], Some("Only a title"), 1),
            (vec![p("Body first."), h("Sub")], Some("Sub"), 2),
            (vec![], None, 0),
        ];
        for (blocks, title, len) in rows {
            let d = Draft::new(blocks.clone());
            assert_eq!((d.title.as_deref(), d.blocks.len()), (title, len), "{blocks:?}");
        }
    }

    #[test]
    fn blocks_from_parts_normalizes_and_drops_empties() {
        let parts = vec![
            (true, "  The\n  Title ".to_string()),
            (false, "".to_string()),
            (false, " \n\t ".to_string()),
            (false, "First\u{A0}paragraph,\n   wrapped.".to_string()),
            (true, "\u{0}".to_string()),
        ];
        assert_eq!(blocks_from_parts(parts), vec![h("The Title"), p("First paragraph, wrapped.")]);
    }

    #[test]
    fn normalize_table() {
        let rows = [("", ""), ("  a  ", "a"), ("a\t\nb", "a b"), ("\u{0}a \u{0} b\u{7f}", "a b"), ("\u{0}", ""), (" \u{1b}[0m x", "[0m x")];
        for (input, want) in rows {
            assert_eq!(normalize(input), want, "{input:?}");
        }
    }
}
