//! Readers' own articles: the pure parts.
//!
//! * `read`: pasted text and files turned into [`Block`](crate::Block)s
//!   ([`read_plain`], [`read_markdown`], [`blocks_from_parts`] for the text
//!   [`html_parts`] reads from an HTML page) and a guessed title ([`Draft`],
//!   [`guess_title`]);
//! * `data`: what is stored and exported ([`UserData`], [`UserArticle`],
//!   [`UserAnalyst`], the reader's viewpoints), versioned, with its JSON
//!   codec, content hashes, limits and merging, and the reader's edits:
//!   [`UserData::remove`] and [`UserData::reinsert`] (undo),
//!   [`UserData::rename`], [`UserData::correct`], [`UserData::add_view`],
//!   [`UserData::add_analyst`], [`UserData::add_viewpoint`], and
//!   [`UserArticle::merged_with`] for two tabs saving one article;
//! * `compose`: the corpus the reader browses, the built-in one plus their
//!   own and the host page's articles, analysts, viewpoints and views
//!   ([`compose`], [`user_article_id`]), and the recognizer's spans with
//!   the reader's corrections applied ([`correct_spans`]);
//! * [`escape_for_script`]: that JSON made safe to embed in the page of a
//!   downloaded reader.
//!
//! * `html`: the readable text of an HTML page ([`html_parts`]), by a small
//!   tokenizer that never runs or loads anything.
//!
//! The browser side (IndexedDB, files, clocks) lives in the app.

mod compose;
mod data;
mod html;
mod inline;
mod read;

pub use html::html_parts;
pub use compose::{compose, correct_spans, user_article_id, HOST_PREFIX, USER_PREFIX};
pub use data::{
    check_new_article, content_hash, new_id, Correction, DecodeError, MergeReport, Refusal, UserAnalyst, UserArticle, UserData,
    UserView, CURRENT_VERSION, MAX_ARTICLES, MAX_ARTICLE_BYTES, MAX_FIELD_CHARS,
};
pub use read::{blocks_from_parts, guess_title, markdown_escape, opening_words, read_markdown, read_plain, Draft, MAX_TITLE_CHARS};

/// `json` made safe inside `<script type="application/json">…</script>`:
/// every `<`, `>`, `&`, U+2028 and U+2029 becomes its JSON escape (`\u003c`
/// and so on). In JSON these characters can only stand inside strings,
/// where the escape means the same character, so the result parses to the
/// same value; and without `<` nothing in it can close the script element
/// or open a comment.
pub fn escape_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;

    const HOSTILE: &[&str] = &[
        "</script>",
        "</SCRIPT >",
        "</ScRiPt\t>",
        "</script",
        "<!--",
        "<!-- <script>",
        "-->",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe srcdoc=\"<script>alert(1)</script>\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "javascript:alert(1)",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;",
        "<scr<script>ipt>",
        "<<script>>",
        "]]>",
        "<![CDATA[x]]>",
        "line\u{2028}separator",
        "para\u{2029}separator",
        "\\\"</script>\\",
        "\\u003c/script>",
        "\"}]}</script><script>alert(1)//",
        "${alert(1)}",
        "{{constructor.constructor('alert(1)')()}}",
        "'; alert(1); '",
        "\u{0}\u{1b}\u{7f}",
        "\u{202e}evil\u{202c}",
        "<base href=//evil.example>",
        "<meta http-equiv=refresh content=0;url=//evil.example>",
        "🎋 Trọng & Xi <b>",
    ];

    fn hostile_data() -> UserData {
        let mut data = UserData::default();
        for (i, h) in HOSTILE.iter().enumerate() {
            let mut a = UserArticle::new(h, vec![Block::Heading(format!("{h} {i}")), Block::Paragraph(format!("Before {h} after."))], "2025-01-01T00:00:00Z");
            a.outlet = h.to_string();
            a.url = h.to_string();
            data.add(a.normalized()).expect("hostile text is still text");
        }
        data
    }

    #[test]
    fn hostile_strings_cannot_leave_the_data_block() {
        let data = hostile_data();
        assert_eq!(data.articles.len(), HOSTILE.len());
        let escaped = escape_for_script(&data.encode());
        for bad in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
            assert!(!escaped.contains(bad), "{bad:?} left in the escaped JSON");
        }
        let back: UserData = serde_json::from_str(&escaped).expect("escaped JSON still parses");
        assert_eq!(back, data);
        assert_eq!(UserData::decode(&escaped), Ok(data));
    }

    #[test]
    fn each_hostile_string_round_trips_alone() {
        for h in HOSTILE {
            let json = serde_json::to_string(h).expect("a string serializes");
            let escaped = escape_for_script(&json);
            assert!(!escaped.contains(['<', '>', '&', '\u{2028}', '\u{2029}']), "{h:?}");
            let back: String = serde_json::from_str(&escaped).expect("parses");
            assert_eq!(&back, h);
        }
    }

    #[test]
    fn escape_table() {
        let rows = [
            ("", ""),
            ("{\"a\":1}", "{\"a\":1}"),
            ("\"</script>\"", "\"\\u003c/script\\u003e\""),
            ("\"a&b\"", "\"a\\u0026b\""),
            ("\"\u{2028}\u{2029}\"", "\"\\u2028\\u2029\""),
            ("\"\\\\<\"", "\"\\\\\\u003c\""),
        ];
        for (input, want) in rows {
            assert_eq!(escape_for_script(input), want, "{input:?}");
        }
    }
}
