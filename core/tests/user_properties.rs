//! Property tests of readers' own articles: on arbitrary text the readers
//! never panic and never produce an empty or unnormalized block; the codec
//! survives escaping for a `<script>` data block; decoding never panics.

use bamboo_core::{blocks_from_parts, content_hash, escape_for_script, guess_title, markdown_escape, read_markdown, read_plain, Block, UserArticle, UserData};
use proptest::prelude::*;

fn check_blocks(blocks: &[Block]) -> Result<(), TestCaseError> {
    for b in blocks {
        let (Block::Heading(t) | Block::Paragraph(t)) = b;
        prop_assert!(!t.is_empty(), "empty block in {blocks:?}");
        prop_assert_eq!(t.trim(), t.as_str(), "trimmed");
        prop_assert!(!t.contains("  "), "collapsed: {t:?}");
        prop_assert!(!t.chars().any(|c| c.is_control() || (c.is_whitespace() && c != ' ')), "normalized: {t:?}");
    }
    if let Some(title) = guess_title(blocks) {
        prop_assert!(!title.is_empty());
    }
    Ok(())
}

/// The pieces Markdown and hostile input are made of.
const PIECES: &[&str] = &[
    "#", "## ", " ", "\n", "\n\n", "\r\n", "\r", "> ", ">", "- ", "* ", "*", "**", "_", "~~", "`", "```", "~~~", "[", "]",
    "(", ")", "![", "<", "</script>", "<b>", "<!--", "-->", "&amp;", "&#", ";", "\\", "1. ", "word", "Trọng", "|", "=",
    "---", "\u{2028}", "\u{0}", "🎋", "<http://x.org>", "\u{FEFF}", "\t", "[x] ",
];

/// Text made of [`PIECES`].
fn markdownish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn readers_never_panic_on_arbitrary_unicode(text in "\\PC*") {
        check_blocks(&read_plain(&text))?;
        check_blocks(&read_markdown(&text))?;
    }

    #[test]
    fn readers_never_panic_on_arbitrary_chars(chars in prop::collection::vec(any::<char>(), 0..300)) {
        let text = String::from_iter(chars);
        check_blocks(&read_plain(&text))?;
        check_blocks(&read_markdown(&text))?;
    }

    #[test]
    fn readers_never_panic_on_markdownish_text(text in markdownish()) {
        check_blocks(&read_plain(&text))?;
        check_blocks(&read_markdown(&text))?;
    }

    #[test]
    fn line_ends_and_wrapping_do_not_change_the_hash(text in markdownish()) {
        let crlf = text.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n");
        prop_assert_eq!(content_hash(&read_plain(&text)), content_hash(&read_plain(&crlf)));
        prop_assert_eq!(content_hash(&read_markdown(&text)), content_hash(&read_markdown(&crlf)));
    }

    #[test]
    fn escaped_data_round_trips(title in "\\PC*", body in "\\PC*", outlet in markdownish()) {
        let mut article = UserArticle::new(&title, vec![Block::Paragraph(body)], "2025-01-01T00:00:00Z");
        article.outlet = outlet;
        let data = UserData { articles: vec![article.normalized()], ..UserData::default() };
        let escaped = escape_for_script(&data.encode());
        prop_assert!(!escaped.contains(['<', '>', '&', '\u{2028}', '\u{2029}']), "unsafe character left");
        prop_assert_eq!(UserData::decode(&escaped), Ok(data));
    }

    #[test]
    fn decode_never_panics(json in "\\PC*", cut in 0usize..400) {
        let _ = UserData::decode(&json);
        let mut valid = UserData::default();
        let _ = valid.add(UserArticle::new("T", read_markdown(&json), ""));
        let encoded = valid.encode();
        let cut = encoded.char_indices().map(|(i, _)| i).take_while(|&i| i <= cut).last().unwrap_or(0);
        let _ = UserData::decode(&encoded[..cut]);
    }
}



proptest! {
    /// An HTML file's text, shown in the add form as Markdown, is saved as
    /// it was: once, `<b>`, `a*b*c` and `&amp;amp;` were read as markup.
    #[test]
    fn regression_escaped_text_was_read_as_markdown(raw in prop_oneof![markdownish(), any::<String>()], heading in any::<bool>()) {
        for block in blocks_from_parts([(heading, raw)]) {
            let (Block::Heading(t) | Block::Paragraph(t)) = &block;
            let md = if heading { format!("## {}", markdown_escape(t)) } else { markdown_escape(t) };
            prop_assert_eq!(read_markdown(&md), vec![block.clone()], "{:?}", md);
        }
    }
}
