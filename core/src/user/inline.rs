//! Markdown inline markup reduced to the text a reader sees.
//!
//! Emphasis (`**b**`, `*i*`, `_i_`, `~~s~~`) loses its delimiters, code
//! spans keep their text verbatim, links keep their text, images vanish,
//! autolinks become their address, HTML tags vanish (the contents of
//! `<script>` and `<style>` with them), and character references and
//! backslash escapes become the characters they stand for. Delimiters that
//! open or close nothing stay as they were, so `5 * 3` and `snake_case` are
//! untouched.
//!
//! Every scan is bounded so that hostile input (a megabyte of `[` or `<`)
//! costs linear time, and links nested inside link text stop being links
//! past [`MAX_DEPTH`], so the recursion is bounded too.

use std::collections::HashMap;

/// How deep links may nest inside link text before `[` is plain text.
const MAX_DEPTH: usize = 8;

/// HTML elements that separate words: they become a space, not nothing
/// (here, and inside a block of an HTML page, `html`).
pub(super) const BLOCK_TAGS: &[&str] = &[
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
    "tr", "ul",
];

/// Elements whose contents are not text for the reader.
const HIDDEN_TAGS: &[&str] = &["script", "style"];

/// The text of one line or paragraph of Markdown, inline markup removed.
/// Whitespace is not yet normalized.
pub(crate) fn reduce(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    reduce_chars(&chars, 0)
}

/// A piece of reduced text: text, or a run of emphasis delimiters waiting to
/// learn whether it opens or closes anything.
enum Piece {
    Text(String),
    Delim { ch: char, n: usize, open: bool, close: bool },
}

fn reduce_chars(c: &[char], depth: usize) -> String {
    let brackets = pairs(c, '[', ']');
    let parens = pairs(c, '(', ')');
    let ticks = TickRuns::new(c);
    let mut hidden_unclosed: Vec<&str> = Vec::new();
    let mut comments_unclosed = false;
    let mut pieces: Vec<Piece> = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        match ch {
            '\\' if c.get(i + 1).is_some_and(char::is_ascii_punctuation) => {
                text.push(c[i + 1]);
                i += 2;
            }
            '`' => {
                let n = run(c, i, '`');
                match ticks.close(i, n) {
                    Some(close) => {
                        text.extend(&c[i + n..close]);
                        i = close + n;
                    }
                    None => {
                        text.extend(&c[i..i + n]);
                        i += n;
                    }
                }
            }
            '!' if c.get(i + 1) == Some(&'[') => match link_end(c, i + 1, &brackets, &parens) {
                Some((_, end)) if depth < MAX_DEPTH => i = end,
                _ => {
                    text.push('!');
                    i += 1;
                }
            },
            '[' => match link_end(c, i, &brackets, &parens) {
                Some((close, end)) if depth < MAX_DEPTH => {
                    text.push_str(&reduce_chars(&c[i + 1..close], depth + 1));
                    i = end;
                }
                _ => {
                    text.push('[');
                    i += 1;
                }
            },
            '<' => match tag(c, i, &mut hidden_unclosed, &mut comments_unclosed) {
                Some((replacement, end)) => {
                    text.push_str(&replacement);
                    i = end;
                }
                None => {
                    text.push('<');
                    i += 1;
                }
            },
            '&' => match entity(c, i) {
                Some((decoded, end)) => {
                    text.push(decoded);
                    i = end;
                }
                None => {
                    text.push('&');
                    i += 1;
                }
            },
            '*' | '_' | '~' => {
                let n = run(c, i, ch);
                let before = i.checked_sub(1).map(|j| c[j]);
                let after = c.get(i + n).copied();
                let (open, close) = flanking(ch, n, before, after);
                if open || close {
                    pieces.push(Piece::Text(std::mem::take(&mut text)));
                    pieces.push(Piece::Delim { ch, n, open, close });
                } else {
                    text.extend(&c[i..i + n]);
                }
                i += n;
            }
            _ => {
                text.push(ch);
                i += 1;
            }
        }
    }
    pieces.push(Piece::Text(text));
    resolve_emphasis(pieces)
}

/// The number of `ch` in a row from `i`.
fn run(c: &[char], i: usize, ch: char) -> usize {
    c[i..].iter().take_while(|&&x| x == ch).count()
}

/// For every `open` that a later `close` matches (innermost first), the
/// position of that `close`. Escaped brackets take no part.
fn pairs(c: &[char], open: char, close: char) -> HashMap<usize, usize> {
    let mut stack = Vec::new();
    let mut out = HashMap::new();
    let mut i = 0;
    while i < c.len() {
        match c[i] {
            '\\' => i += 1,
            x if x == open => stack.push(i),
            x if x == close => {
                if let Some(o) = stack.pop() {
                    out.insert(o, i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// A link or image starting with the `[` at `i`: `[text](dest)` or
/// `[text][ref]`. Returns the position of the `]` closing the text and the
/// position just past the whole link.
fn link_end(c: &[char], i: usize, brackets: &HashMap<usize, usize>, parens: &HashMap<usize, usize>) -> Option<(usize, usize)> {
    let close = *brackets.get(&i)?;
    let tail = match c.get(close + 1)? {
        '(' => parens.get(&(close + 1))?,
        '[' => brackets.get(&(close + 1))?,
        _ => return None,
    };
    Some((close, tail + 1))
}

/// The backtick runs of a text, for finding the run that closes a code span
/// (the next run of the same length) in logarithmic time.
struct TickRuns {
    by_len: HashMap<usize, Vec<usize>>,
}

impl TickRuns {
    fn new(c: &[char]) -> TickRuns {
        let mut by_len: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut i = 0;
        while i < c.len() {
            if c[i] == '`' {
                let n = run(c, i, '`');
                by_len.entry(n).or_default().push(i);
                i += n;
            } else {
                i += 1;
            }
        }
        TickRuns { by_len }
    }

    /// The start of the first run of `n` backticks after the run at `i`.
    fn close(&self, i: usize, n: usize) -> Option<usize> {
        let starts = self.by_len.get(&n)?;
        starts.get(starts.partition_point(|&s| s <= i)).copied()
    }
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation() || matches!(c, '‘' | '’' | '“' | '”' | '–' | '—' | '…' | '«' | '»')
}

/// Whether a run of `n` delimiters `ch` between `before` and `after` can
/// open and can close emphasis (CommonMark's flanking rules, simplified).
fn flanking(ch: char, n: usize, before: Option<char>, after: Option<char>) -> (bool, bool) {
    let space_or_punct = |x: Option<char>| x.is_none_or(|x| x.is_whitespace() || is_punct(x));
    let left = after.is_some_and(|a| !a.is_whitespace()) && (!after.is_some_and(is_punct) || space_or_punct(before));
    let right = before.is_some_and(|b| !b.is_whitespace()) && (!before.is_some_and(is_punct) || space_or_punct(after));
    match ch {
        '_' => (left && (!right || before.is_some_and(is_punct)), right && (!left || after.is_some_and(is_punct))),
        '~' if n != 2 => (false, false),
        _ => (left, right),
    }
}

/// Matches closers with the nearest opener of the same character; what stays
/// unmatched is literal text.
fn resolve_emphasis(mut pieces: Vec<Piece>) -> String {
    let mut openers: HashMap<char, Vec<usize>> = HashMap::new();
    for p in 0..pieces.len() {
        let Piece::Delim { ch, open, close, .. } = pieces[p] else { continue };
        if close {
            let stack = openers.entry(ch).or_default();
            while let Some(&o) = stack.last() {
                let (Piece::Delim { n: on, .. }, Piece::Delim { n: cn, .. }) = (&pieces[o], &pieces[p]) else { break };
                let m = (*on).min(*cn);
                if m == 0 {
                    break;
                }
                if let Piece::Delim { n, .. } = &mut pieces[o] {
                    *n -= m;
                    if *n == 0 {
                        stack.pop();
                    }
                }
                if let Piece::Delim { n, .. } = &mut pieces[p] {
                    *n -= m;
                    if *n == 0 {
                        break;
                    }
                }
            }
        }
        if let Piece::Delim { n, .. } = pieces[p] {
            if open && n > 0 {
                openers.entry(ch).or_default().push(p);
            }
        }
    }
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(&t),
            Piece::Delim { ch, n, .. } => out.extend(std::iter::repeat_n(ch, n)),
        }
    }
    out
}

/// An autolink, comment or HTML tag at the `<` at `i`: what replaces it and
/// the position just past it. `None` leaves the `<` as text.
fn tag(c: &[char], i: usize, hidden_unclosed: &mut Vec<&'static str>, comments_unclosed: &mut bool) -> Option<(String, usize)> {
    if c[i + 1..].starts_with(&['!', '-', '-']) {
        if *comments_unclosed {
            return None;
        }
        // A comment may hold `<` and `>`: it ends at the first `-->`.
        let close = (i + 4..c.len().saturating_sub(2)).find(|&k| c[k] == '-' && c[k + 1] == '-' && c[k + 2] == '>');
        return match close {
            Some(k) => Some((String::new(), k + 3)),
            None => {
                *comments_unclosed = true;
                None
            }
        };
    }
    // Scans stop at the next `<`, so each character is scanned once.
    let end = i + 1 + c[i + 1..].iter().position(|&x| x == '>' || x == '<')?;
    if c[end] != '>' {
        return None;
    }
    let inner: String = c[i + 1..end].iter().collect();
    if is_autolink(&inner) {
        return Some((inner, end + 1));
    }
    let (closing, rest) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner.as_str()),
    };
    let first = rest.chars().next()?;
    if !(first.is_ascii_alphabetic() || (!closing && (first == '!' || first == '?'))) {
        return None;
    }
    let name = rest.trim_start_matches(['!', '?']).split(|x: char| !(x.is_ascii_alphanumeric() || x == '-')).next().unwrap_or("").to_ascii_lowercase();
    if !closing && !inner.ends_with('/') {
        if let Some(hidden) = HIDDEN_TAGS.iter().find(|h| **h == name) {
            if !hidden_unclosed.contains(hidden) {
                match closing_tag(c, end + 1, hidden) {
                    Some(past) => return Some((String::new(), past)),
                    None => hidden_unclosed.push(hidden),
                }
            }
        }
    }
    let replacement = if BLOCK_TAGS.contains(&name.as_str()) { " " } else { "" };
    Some((replacement.to_string(), end + 1))
}

/// The position just past `</name…>` from `from`, case-insensitively.
fn closing_tag(c: &[char], from: usize, name: &str) -> Option<usize> {
    let name: Vec<char> = name.chars().collect();
    let at = (from..c.len()).find(|&k| {
        c[k] == '<'
            && c.get(k + 1) == Some(&'/')
            && c.len() >= k + 2 + name.len()
            && c[k + 2..k + 2 + name.len()].iter().zip(&name).all(|(a, b)| a.eq_ignore_ascii_case(b))
    })?;
    let gt = c[at..].iter().position(|&x| x == '>')?;
    Some(at + gt + 1)
}

/// `scheme:address` or `user@host`, without spaces.
fn is_autolink(inner: &str) -> bool {
    if inner.is_empty() || inner.chars().any(|x| x.is_whitespace() || x.is_control()) {
        return false;
    }
    let scheme = inner.split_once(':').map(|(s, _)| s);
    let is_scheme = scheme.is_some_and(|s| {
        (2..=32).contains(&s.len())
            && s.starts_with(|x: char| x.is_ascii_alphabetic())
            && s.chars().all(|x| x.is_ascii_alphanumeric() || matches!(x, '+' | '.' | '-'))
    });
    let is_email = inner.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.') && !inner.contains([':', '/', '"', '\''])
    });
    is_scheme || is_email
}

/// A character reference at the `&` at `i`: the character and the position
/// just past the `;`, which Markdown requires. The decoding and its table
/// are the HTML reader's (`html::reference`).
fn entity(c: &[char], i: usize) -> Option<(char, usize)> {
    let tail: String = c[i..].iter().take(40).collect();
    let (ch, len) = super::html::reference(&tail)?;
    tail[..len].ends_with(';').then(|| (ch, i + tail[..len].chars().count()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reduce_table() {
        let rows = [
            ("plain text", "plain text"),
            ("**bold** and *italic*", "bold and italic"),
            ("__bold__ and _italic_", "bold and italic"),
            ("***both***", "both"),
            ("~~struck~~ but ~5 km", "struck but ~5 km"),
            ("5 * 3 * 2", "5 * 3 * 2"),
            ("snake_case_name", "snake_case_name"),
            ("*unclosed", "*unclosed"),
            ("`a *b* <c>`", "a *b* <c>"),
            ("``a ` b``", "a ` b"),
            ("`unclosed", "`unclosed"),
            ("[the text](http://x.org/a_(b) \"t\")", "the text"),
            ("[**bold** link][ref]", "bold link"),
            ("[not a link] here", "[not a link] here"),
            ("a ![alt](src.png) b", "a  b"),
            ("[![logo](l.png)](http://x)", ""),
            ("<https://example.org/a?b=1>", "https://example.org/a?b=1"),
            ("<me@example.org>", "me@example.org"),
            ("a <em>b</em> c", "a b c"),
            ("a<br>b<br/>c", "a b c"),
            ("x<script>alert(1)</script>y", "xy"),
            ("x<SCRIPT>alert(1)</ScRiPt >y", "xy"),
            ("a <!-- note <b> --> b", "a  b"),
            ("1 < 2 and 3 > 2", "1 < 2 and 3 > 2"),
            ("x<3 <3", "x<3 <3"),
            ("AT&T &amp; &lt;b&gt; &#233; &#x1F38B; &bogus;", "AT&T & <b> é 🎋 &bogus;"),
            ("\\*not emphasis\\* \\[x\\]", "*not emphasis* [x]"),
            ("&#0; &#x110000;", "\u{FFFD} \u{FFFD}"),
        ];
        for (input, want) in rows {
            assert_eq!(reduce(input), want, "{input:?}");
        }
    }

    /// Regression: nested link text recursed without bound.
    #[test]
    fn deeply_nested_links_stay_bounded() {
        let deep = format!("{}x{}", "[".repeat(5000), "](u)".repeat(5000));
        let out = reduce(&deep);
        assert!(out.contains('x'));
    }

    /// Regression: every unmatched opener scanned to the end of the text.
    #[test]
    fn pathological_openers_are_linear() {
        for unit in ["[", "<a", "`", "*a ", "<!--", "<script>", "&", "![", "_a "] {
            let text = unit.repeat(200_000);
            let out = reduce(&text);
            assert!(out.chars().count() <= text.chars().count(), "{unit}");
        }
    }
}
