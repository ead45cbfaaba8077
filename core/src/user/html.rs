//! The readable text of an HTML page, read without a browser.
//!
//! A small forgiving tokenizer, not a DOM: it walks tags, comments and text
//! once, keeps the text of headings, paragraphs, list items, block quotes
//! and preformatted blocks, and drops scripts, styles, navigation, asides,
//! footers, forms, frames, objects and SVG with everything inside them.
//! Nothing is ever run or loaded, and the page's markup never reaches the
//! reader's page: the result is plain text, as `(is heading, text)` parts
//! for [`blocks_from_parts`](super::blocks_from_parts).
//!
//! It follows the HTML parser where articles need it: tag and attribute
//! names in any case, quoted attribute values holding `>`, raw-text
//! elements (`script`, `style`, `textarea`, `title`) read to their end tag,
//! a paragraph closed by the next block, a list item by the next item of
//! its list, void elements, and character references (numeric, and the
//! named ones of Latin-1 and typography). A page with no such blocks gives
//! its whole text as one part. Its time is linear in the input, and no
//! input makes it panic.

/// Elements whose text is kept, each as one part (the outermost one, when
/// they nest).
const BLOCKS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre"];
/// Elements dropped with everything inside them.
const DROPPED: &[&str] = &["script", "style", "noscript", "template", "nav", "aside", "footer", "form", "iframe", "object", "svg", "button", "select", "textarea", "title"];
/// Elements whose content is text up to their end tag, never markup.
const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext", "iframe", "noscript"];
/// Elements that never have content.
const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param"];
/// Starting one of these closes an open paragraph, as in HTML.
const CLOSES_P: &[&str] = &[
    "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "ul",
];

/// One outermost block being read.
struct Open {
    name: String,
    /// Nested elements of the same name (a quote in a quote).
    depth: usize,
    /// Lists opened inside it: a list item there is not a sibling.
    lists: usize,
    text: String,
}

/// The readable text of `html` as `(is heading, text)` parts, in order.
pub fn html_parts(html: &str) -> Vec<(bool, String)> {
    let mut parts = Vec::new();
    let mut all = String::new();
    let mut open: Option<Open> = None;
    // Dropped elements entered and not yet left, innermost last.
    let mut dropped: Vec<String> = Vec::new();
    let close = |open: &mut Option<Open>, parts: &mut Vec<(bool, String)>| {
        if let Some(o) = open.take() {
            parts.push((o.name.len() == 2 && o.name.starts_with('h'), o.text));
        }
    };
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            text(rest, &dropped, &mut open, &mut all);
            break;
        };
        text(&rest[..lt], &dropped, &mut open, &mut all);
        rest = &rest[lt..];
        let Some(tag) = Tag::read(rest) else {
            // A `<` that starts no tag is text.
            text("<", &dropped, &mut open, &mut all);
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        match tag.kind {
            Kind::Other => {}
            Kind::Start(ref name) => {
                let name = name.as_str();
                if RAW.contains(&name) {
                    // Its content is text up to `</name`, whatever it holds.
                    let end = find_end_tag(rest, name);
                    if !DROPPED.contains(&name) {
                        text(&rest[..end], &dropped, &mut open, &mut all);
                    }
                    rest = &rest[end..];
                    rest = Tag::read(rest).map_or("", |t| &rest[t.len..]);
                    continue;
                }
                if name == "br" {
                    text("\n", &dropped, &mut open, &mut all);
                }
                if VOID.contains(&name) || tag.self_closing && name == "svg" {
                    continue;
                }
                if !dropped.is_empty() || DROPPED.contains(&name) {
                    dropped.push(name.to_string());
                    continue;
                }
                space(&mut open, name);
                match &mut open {
                    Some(o) if o.name == "p" && CLOSES_P.contains(&name) => close(&mut open, &mut parts),
                    Some(o) if o.name == "li" && name == "li" && o.lists == 0 => close(&mut open, &mut parts),
                    Some(o) => {
                        if o.name == name {
                            o.depth += 1;
                        }
                        if name == "ul" || name == "ol" {
                            o.lists += 1;
                        }
                    }
                    None => {}
                }
                if open.is_none() && BLOCKS.contains(&name) {
                    open = Some(Open { name: name.to_string(), depth: 1, lists: 0, text: String::new() });
                }
            }
            Kind::End(ref name) => {
                let name = name.as_str();
                if let Some(at) = dropped.iter().rposition(|d| d == name) {
                    dropped.truncate(at);
                    continue;
                }
                if !dropped.is_empty() {
                    continue;
                }
                space(&mut open, name);
                let Some(o) = &mut open else { continue };
                if o.name == name {
                    o.depth -= 1;
                    if o.depth == 0 {
                        close(&mut open, &mut parts);
                    }
                } else if (name == "ul" || name == "ol") && o.lists > 0 {
                    o.lists -= 1;
                } else if o.name == "p" && CLOSES_P.contains(&name) || o.name == "li" && (name == "ul" || name == "ol") || name == "body" || name == "html" {
                    // The container of an unclosed paragraph or item ends.
                    close(&mut open, &mut parts);
                }
            }
        }
    }
    close(&mut open, &mut parts);
    if parts.iter().all(|(_, t)| t.trim().is_empty()) {
        return vec![(false, all)];
    }
    parts
}

/// A block-level tag inside an open block separates its words (the tags
/// Markdown's inline HTML spaces too), as a browser lays them out (`textContent` would join "a" and "b" of
/// `<li>a<ul><li>b`).
fn space(open: &mut Option<Open>, name: &str) {
    if let Some(o) = open {
        if super::inline::BLOCK_TAGS.contains(&name) {
            o.text.push(' ');
        }
    }
}

/// Text outside any dropped element, decoded, added to the open block and
/// to the page's whole text.
fn text(raw: &str, dropped: &[String], open: &mut Option<Open>, all: &mut String) {
    if !dropped.is_empty() || raw.is_empty() {
        return;
    }
    let decoded = decode(raw);
    if let Some(o) = open {
        o.text.push_str(&decoded);
    }
    all.push_str(&decoded);
    all.push(' ');
}

/// Where the end tag `</name` of a raw-text element starts in `rest` (its
/// whole length when there is none).
fn find_end_tag(rest: &str, name: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut from = 0;
    while let Some(i) = rest[from..].find("</") {
        let at = from + i;
        let after = at + 2;
        if bytes.len() >= after + name.len() && bytes[after..after + name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            let next = bytes.get(after + name.len());
            if next.is_none_or(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/') {
                return at;
            }
        }
        from = after;
    }
    rest.len()
}

enum Kind {
    Start(String),
    End(String),
    /// A comment, doctype or processing instruction.
    Other,
}

struct Tag {
    kind: Kind,
    self_closing: bool,
    /// Its length in bytes, `<` to `>` included.
    len: usize,
}

impl Tag {
    /// The tag at the start of `s` (which starts with `<`), if it is one.
    fn read(s: &str) -> Option<Tag> {
        let b = s.as_bytes();
        let other = |len| Some(Tag { kind: Kind::Other, self_closing: false, len });
        match b.get(1)? {
            b'!' if s[2..].starts_with("--") => other(s[4..].find("-->").map_or(s.len(), |i| i + 7)),
            b'!' | b'?' => other(s.find('>').map_or(s.len(), |i| i + 1)),
            b'/' => {
                let name_len = b[2..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                if name_len == 0 || !b[2].is_ascii_alphabetic() {
                    // `</>` is dropped, `</ x>` is a comment, as in HTML.
                    return if b.get(2).is_some_and(|c| *c == b'>' || !c.is_ascii_alphabetic()) { other(s.find('>').map_or(s.len(), |i| i + 1)) } else { None };
                }
                let len = s.find('>').map_or(s.len(), |i| i + 1);
                Some(Tag { kind: Kind::End(s[2..2 + name_len].to_ascii_lowercase()), self_closing: false, len })
            }
            c if c.is_ascii_alphabetic() => {
                let name_len = b[1..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                let name = s[1..1 + name_len].to_ascii_lowercase();
                // Attributes: up to the first `>` outside quotes.
                let mut quote = None;
                let mut end = s.len();
                for (i, c) in b.iter().enumerate().skip(1 + name_len) {
                    match (quote, c) {
                        (None, b'"' | b'\'') if b[i - 1] == b'=' || b[i - 1].is_ascii_whitespace() => quote = Some(*c),
                        (Some(q), c) if *c == q => quote = None,
                        (None, b'>') => {
                            end = i + 1;
                            break;
                        }
                        _ => {}
                    }
                }
                let self_closing = end >= 2 && b[end - 1] == b'>' && b[end - 2] == b'/';
                Some(Tag { kind: Kind::Start(name), self_closing, len: end })
            }
            _ => None,
        }
    }
}

/// `raw` with its character references decoded: `&#…;`, `&#x…;` and the
/// named ones of [`NAMED`]; any other `&` stays as it is.
fn decode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match reference(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference at the start of `s` stands for, and its length
/// in bytes: for HTML pages, and for Markdown (`inline`, which also needs
/// the `;`).
pub(super) fn reference(s: &str) -> Option<(char, usize)> {
    let body = &s[1..];
    let semi = body.bytes().take(33).position(|b| b == b';');
    if let Some(num) = body.strip_prefix('#') {
        let (digits, radix, skip) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 2),
            None => (num, 10, 1),
        };
        let n = digits.bytes().take_while(|b| char::from(*b).is_digit(radix)).count();
        if n == 0 {
            return None;
        }
        let significant = digits[..n].trim_start_matches('0');
        let value = if significant.len() > 8 { u32::MAX } else { u32::from_str_radix(significant, radix).unwrap_or(0) };
        let c = char::from_u32(value).filter(|c| *c != '\0').unwrap_or('\u{FFFD}');
        let len = 1 + skip + n + usize::from(digits[n..].starts_with(';'));
        return Some((c, len));
    }
    let name = &body[..semi?];
    let c = NAMED.iter().find(|(n, _)| *n == name)?.1;
    Some((c, name.len() + 2))
}

/// Named references an article is likely to use: markup, typography, and
/// Latin-1's letters and signs.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'), ("lt", '<'), ("gt", '>'), ("quot", '"'), ("apos", '\''), ("nbsp", '\u{A0}'), ("shy", '\u{AD}'),
    ("ndash", '–'), ("mdash", '—'), ("lsquo", '‘'), ("rsquo", '’'), ("sbquo", '‚'), ("ldquo", '“'), ("rdquo", '”'), ("bdquo", '„'),
    ("hellip", '…'), ("middot", '·'), ("bull", '•'), ("prime", '′'), ("Prime", '″'), ("dagger", '†'), ("Dagger", '‡'), ("permil", '‰'),
    ("laquo", '«'), ("raquo", '»'), ("lsaquo", '‹'), ("rsaquo", '›'), ("thinsp", '\u{2009}'), ("ensp", '\u{2002}'), ("emsp", '\u{2003}'),
    ("zwj", '\u{200D}'), ("zwnj", '\u{200C}'), ("lrm", '\u{200E}'), ("rlm", '\u{200F}'), ("euro", '€'), ("trade", '™'), ("minus", '−'),
    ("iexcl", '¡'), ("cent", '¢'), ("pound", '£'), ("curren", '¤'), ("yen", '¥'), ("brvbar", '¦'), ("sect", '§'), ("uml", '¨'), ("copy", '©'),
    ("ordf", 'ª'), ("not", '¬'), ("reg", '®'), ("macr", '¯'), ("deg", '°'), ("plusmn", '±'), ("sup2", '²'), ("sup3", '³'), ("acute", '´'),
    ("micro", 'µ'), ("para", '¶'), ("cedil", '¸'), ("sup1", '¹'), ("ordm", 'º'), ("frac14", '¼'), ("frac12", '½'), ("frac34", '¾'),
    ("iquest", '¿'), ("times", '×'), ("divide", '÷'),
    ("Agrave", 'À'), ("Aacute", 'Á'), ("Acirc", 'Â'), ("Atilde", 'Ã'), ("Auml", 'Ä'), ("Aring", 'Å'), ("AElig", 'Æ'), ("Ccedil", 'Ç'),
    ("Egrave", 'È'), ("Eacute", 'É'), ("Ecirc", 'Ê'), ("Euml", 'Ë'), ("Igrave", 'Ì'), ("Iacute", 'Í'), ("Icirc", 'Î'), ("Iuml", 'Ï'),
    ("ETH", 'Ð'), ("Ntilde", 'Ñ'), ("Ograve", 'Ò'), ("Oacute", 'Ó'), ("Ocirc", 'Ô'), ("Otilde", 'Õ'), ("Ouml", 'Ö'), ("Oslash", 'Ø'),
    ("Ugrave", 'Ù'), ("Uacute", 'Ú'), ("Ucirc", 'Û'), ("Uuml", 'Ü'), ("Yacute", 'Ý'), ("THORN", 'Þ'), ("szlig", 'ß'),
    ("agrave", 'à'), ("aacute", 'á'), ("acirc", 'â'), ("atilde", 'ã'), ("auml", 'ä'), ("aring", 'å'), ("aelig", 'æ'), ("ccedil", 'ç'),
    ("egrave", 'è'), ("eacute", 'é'), ("ecirc", 'ê'), ("euml", 'ë'), ("igrave", 'ì'), ("iacute", 'í'), ("icirc", 'î'), ("iuml", 'ï'),
    ("eth", 'ð'), ("ntilde", 'ñ'), ("ograve", 'ò'), ("oacute", 'ó'), ("ocirc", 'ô'), ("otilde", 'õ'), ("ouml", 'ö'), ("oslash", 'ø'),
    ("ugrave", 'ù'), ("uacute", 'ú'), ("ucirc", 'û'), ("uuml", 'ü'), ("yacute", 'ý'), ("thorn", 'þ'), ("yuml", 'ÿ'),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(html: &str) -> Vec<(bool, String)> {
        html_parts(html).into_iter().map(|(h, t)| (h, t.split_whitespace().collect::<Vec<_>>().join(" "))).collect()
    }

    #[test]
    fn parts_table() {
        let rows: &[(&str, &[(bool, &str)])] = &[
            ("<h1>Title</h1><p>One.</p><p>Two.</p>", &[(true, "Title"), (false, "One."), (false, "Two.")]),
            ("<P>Upper <B>case</B> tags</P>", &[(false, "Upper case tags")]),
            ("<p>open<p>next<div>not kept</div><h2>H</h2>", &[(false, "open"), (false, "next"), (true, "H")]),
            ("<ul><li>a<li>b<ul><li>b1</li></ul></li><li>c</ul>", &[(false, "a"), (false, "b b1"), (false, "c")]),
            ("<blockquote><p>quoted</p> said</blockquote>", &[(false, "quoted said")]),
            ("<p>x<script>document.write('<p>no</p>')</script>y</p>", &[(false, "xy")]),
            ("<p>a<style>p{}</style>b</p><nav><p>menu</p></nav><footer><p>foot</p>", &[(false, "ab")]),
            ("<p title=\"a > b\" data-x='<p>'>kept</p>", &[(false, "kept")]),
            ("<p>R&amp;D &lt;b&gt; &eacute;t&eacute; &#8212; &#x1F600; &bogus; & alone</p>", &[(false, "R&D <b> été — 😀 &bogus; & alone")]),
            ("<p>line<br>break</p>", &[(false, "line break")]),
            ("<!-- <p>comment</p> --><p>after</p><!doctype html>", &[(false, "after")]),
            // As in HTML, `<d</p>` is one tag, named `d`.
            ("<p>a < b and c<d</p>", &[(false, "a < b and c")]),
            ("<textarea></textarea><p>x</p></textarea>", &[(false, "x")]),
            ("<div>just a div <span>and text</span></div>", &[(false, "just a div and text")]),
            ("<title>T</title><pre>  code  </pre>", &[(false, "code")]),
        ];
        for (html, want) in rows {
            let want: Vec<(bool, String)> = want.iter().map(|(h, t)| (*h, t.to_string())).collect();
            assert_eq!(parts(html), want, "{html}");
        }
    }

    #[test]
    fn references_table() {
        let rows = [("&#0;", "\u{FFFD}"), ("&#xD800;", "\u{FFFD}"), ("&#99999999999;", "\u{FFFD}"), ("&#65", "A"), ("&#x41;&#X42;", "AB"), ("&", "&"), ("&#;", "&#;"), ("&amp", "&amp")];
        for (raw, want) in rows {
            assert_eq!(decode(raw), want, "{raw}");
        }
    }

    #[test]
    fn regression_unclosed_constructs_end_at_the_end_of_input() {
        for html in ["<p", "<p title=\"", "<!--", "<script>", "</", "<!", "<p>&#x", "<textarea", "<svg/><p>x", "</p>"] {
            let _ = html_parts(html);
        }
        assert_eq!(parts("<svg/><p>x</p>"), [(false, "x".to_string())]);
    }
}
