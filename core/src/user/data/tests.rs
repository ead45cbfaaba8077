//! Table-driven tests of the user data schema, codec, hashes, limits and
//! merging.

use super::*;
use crate::user::read_plain;

fn p(t: &str) -> Block {
    Block::Paragraph(t.into())
}

fn h(t: &str) -> Block {
    Block::Heading(t.into())
}

fn article(title: &str, body: &str) -> UserArticle {
    UserArticle::new(title, vec![h(title), p(body)], "2025-03-01T10:00:00Z")
}

fn sample() -> UserData {
    let mut a = article("Trọng in Beijing", "Nguyễn Phú Trọng met Xi Jinping.");
    a.outlet = "VnExpress".into();
    a.date = "2022-10-30".into();
    a.corrections.push(Correction { block: 1, start: 0, end: 18, kind: Some(EntityKind::Person), entity: Some("nguyen-phu-trong".into()) });
    a.corrections.push(Correction { block: 1, start: 24, end: 34, kind: None, entity: None });
    a.views.push(UserView { block: 1, start: 0, end: 10, analyst: "Carl Thayer".into(), viewpoints: vec!["hedging".into()] });
    let mut data = UserData::default();
    data.add(a).expect("room");
    data.add(article("Second", "Another body.")).expect("room");
    data
}

#[test]
fn codec_round_trips() {
    let data = sample();
    let json = data.encode();
    assert_eq!(UserData::decode(&json), Ok(data.clone()));
    assert_eq!(UserData::decode(&UserData::default().encode()), Ok(UserData::default()));
    // Encoding is deterministic: equal data, equal files.
    assert_eq!(UserData::decode(&json).map(|d| d.encode()), Ok(json));
}

#[test]
fn corrupt_input_is_refused_with_a_reason() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let rows = [
        "",
        "not json",
        "{",
        "{\"version\":1,\"articles\":[{\"id\":\"u-1\",\"blocks\":[{\"Heading\":",
        "{\"version\":\"1\"}",
        "{\"version\":-1}",
        "{\"version\":1.5}",
        "{\"version\":4294967296}",
        "{\"articles\":[]}",
        "{\"version\":1,\"articles\":{}}",
        "{\"version\":1,\"articles\":[{\"title\":\"no blocks\"}]}",
        "{\"version\":1,\"articles\":[{\"blocks\":[{\"Quote\":\"x\"}]}]}",
        "{\"version\":1,\"articles\":[{\"blocks\":[],\"title\":7}]}",
        "{\"version\":0}",
        "{\"version\":1} trailing",
        "null",
        "\"version\"",
        &deep,
    ];
    for json in rows {
        match UserData::decode(json) {
            Err(e @ DecodeError::Corrupt(_)) => assert!(e.to_string().starts_with("The stored data is damaged: "), "{e}"),
            other => panic!("{json:.60}: {other:?}"),
        }
    }
}

#[test]
fn future_versions_are_refused_before_the_rest_is_read() {
    let rows = [("{\"version\":7,\"articles\":\"a shape we cannot know\"}", 7), ("{\"articles\":null,\"version\":2}", 2), ("{\"version\":4294967295}", u32::MAX)];
    for (json, v) in rows {
        assert_eq!(UserData::decode(json), Err(DecodeError::FutureVersion(v)), "{json}");
    }
    assert_eq!(
        DecodeError::FutureVersion(7).to_string(),
        "This file was written by a newer Bamboo Reader (data version 7); this reader understands version 1."
    );
}

#[test]
fn missing_optional_fields_take_their_defaults() {
    let data = UserData::decode("{\"version\":1,\"articles\":[{\"blocks\":[{\"Paragraph\":\"Hello  there.\"}]}]}").expect("valid");
    let a = &data.articles[0];
    let blocks = vec![p("Hello  there.")];
    for field in [&a.title, &a.outlet, &a.author, &a.date, &a.url, &a.event] {
        assert_eq!(field, NOT_STATED);
    }
    assert_eq!(a.hash, content_hash(&blocks));
    assert_eq!(a.id, format!("u-{}", a.hash));
    assert_eq!((a.added.as_str(), a.corrections.len(), a.views.len()), ("", 0, 0));
    assert_eq!(a.blocks, blocks, "blocks are kept as stored");
    assert_eq!(UserData::decode("{\"version\":1}"), Ok(UserData::default()));
    // Unknown fields (from a later minor change) are ignored.
    assert!(UserData::decode("{\"version\":1,\"articles\":[],\"theme\":\"dark\"}").is_ok());
}

#[test]
fn decode_repairs_ids_fields_and_hashes() {
    let json = r#"{"version":1,"articles":[
        {"id":"u-abc","title":"  ","outlet":" The\n Outlet ","blocks":[{"Paragraph":"one"}],"hash":"stale"},
        {"id":"u-abc","blocks":[{"Paragraph":"two"}]},
        {"id":"../../etc/passwd","blocks":[{"Paragraph":"three"}]},
        {"id":"U-ABC","blocks":[{"Paragraph":"four"}]}
    ]}"#;
    let data = UserData::decode(json).expect("valid");
    let ids: Vec<&str> = data.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids[0], "u-abc");
    assert_eq!(ids[1], format!("u-{}", content_hash(&[p("two")])));
    assert_eq!(ids[2], format!("u-{}", content_hash(&[p("three")])));
    assert_eq!(ids[3], format!("u-{}", content_hash(&[p("four")])));
    let a = &data.articles[0];
    assert_eq!((a.title.as_str(), a.outlet.as_str()), (NOT_STATED, "The Outlet"));
    assert_eq!(a.hash, content_hash(&[p("one")]));
}

#[test]
fn hash_is_stable() {
    let rows: Vec<(Vec<Block>, &str)> = vec![
        (vec![], "cbf29ce484222325"),
        (vec![p("")], "cbf29ce484222325"),
        (vec![p("a")], "8dd30719f42eec6f"),
    ];
    for (blocks, want) in rows {
        assert_eq!(content_hash(&blocks), want, "{blocks:?}");
    }
    let pasted = "Hà Nội, 12 Dec.\r\nXi Jinping arrived.\r\n\r\nHe met Tô Lâm.";
    let again = "  Hà Nội, 12 Dec.\nXi   Jinping arrived.\n\n\n He met Tô Lâm.  \n";
    assert_eq!(content_hash(&read_plain(pasted)), content_hash(&read_plain(again)));
    assert_eq!(content_hash(&[p(" a \t b ")]), content_hash(&[p("a b")]));
    assert_eq!(content_hash(&[p("a"), p("  ")]), content_hash(&[p("a")]));
}

#[test]
fn hash_is_sensitive() {
    let base = vec![h("Title"), p("One two.")];
    let variants: Vec<Vec<Block>> = vec![
        vec![p("Title"), p("One two.")],
        vec![h("Title"), p("One two!")],
        vec![h("Title"), p("one two.")],
        vec![h("Title"), p("One"), p("two.")],
        vec![h("Title One two.")],
        vec![p("One two."), h("Title")],
        vec![h("Title"), p("One two."), p("Three.")],
        vec![h("Title"), p("Onetwo.")],
    ];
    let base_hash = content_hash(&base);
    assert_eq!(base_hash.len(), 16);
    assert!(base_hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    let mut seen: Vec<String> = vec![base_hash];
    for v in variants {
        let hash = content_hash(&v);
        assert!(!seen.contains(&hash), "{v:?} collides");
        seen.push(hash);
    }
}

#[test]
fn new_id_table() {
    let taken = ["u-0123456789abcdef", "u-0123456789abcdef-2", "u-0"];
    let rows = [
        ("fedcba9876543210", "u-fedcba9876543210"),
        ("0123456789abcdef", "u-0123456789abcdef-3"),
        ("0123456789ABCDEF", "u-0123456789abcdef-3"),
        ("", "u-0-2"),
        ("<script>", "u-c"),
        ("0123456789abcdef0123", "u-0123456789abcdef-3"),
    ];
    for (hash, want) in rows {
        assert_eq!(new_id(hash, |id| taken.contains(&id)), want, "{hash:?}");
    }
}

#[test]
fn new_articles_follow_the_provenance_rule() {
    let mut a = UserArticle::new("  ", vec![p("Body")], " 2025-03-01T10:00:00Z ");
    assert_eq!((a.title.as_str(), a.url.as_str(), a.added.as_str()), (NOT_STATED, NOT_STATED, "2025-03-01T10:00:00Z"));
    a.author = "\t".into();
    a.outlet = " VOA ".into();
    let a = a.normalized();
    assert_eq!((a.author.as_str(), a.outlet.as_str()), (NOT_STATED, "VOA"));
    assert_eq!(a.text_bytes(), 4);
}

#[test]
fn check_new_article_table() {
    let data = sample();
    let big = "x".repeat(3_250_586);
    let at_limit = "x".repeat(MAX_ARTICLE_BYTES);
    let over = "x".repeat(MAX_ARTICLE_BYTES + 1);
    let rows: Vec<(Vec<Block>, Result<(), &str>)> = vec![
        (vec![p("New text.")], Ok(())),
        (vec![], Err("There is no text to save.")),
        (vec![p(" \n "), h("")], Err("There is no text to save.")),
        (vec![p(&big)], Err("An article may hold up to 2 MB of text; this one has 3.1 MB.")),
        (vec![p(&over)], Err("An article may hold up to 2 MB of text; this one has 2.1 MB.")),
        (vec![p(&at_limit)], Ok(())),
        (vec![h("Second"), p("Another   body.")], Err("This text is already saved as “Second”.")),
    ];
    for (blocks, want) in rows {
        let got = check_new_article(&data, &blocks).map_err(|r| r.to_string());
        assert_eq!(got.as_ref().map(|_| ()).map_err(String::as_str), want, "{:.40?}", blocks);
    }
}

#[test]
fn the_article_limit_is_enforced() {
    let mut data = UserData::default();
    for i in 0..MAX_ARTICLES {
        data.add(article(&format!("T{i}"), "b")).expect("room");
    }
    let refused = data.add(article("One too many", "b"));
    assert_eq!(refused, Err(Refusal::TooMany));
    assert_eq!(Refusal::TooMany.to_string(), "You can keep up to 1000 articles; remove one to add another.");
    assert_eq!(data.articles.len(), MAX_ARTICLES);
}

#[test]
fn add_gives_a_taken_id_a_fresh_one() {
    let mut data = UserData::default();
    let first = data.add(article("A", "a")).expect("room");
    let mut b = article("B", "b");
    b.id = first.clone();
    let second = data.add(b).expect("room");
    assert_ne!(first, second);
    assert_eq!(data.find(&second).map(|a| a.title.as_str()), Some("B"));
}

#[test]
fn merge_skips_duplicates_renames_collisions_and_keeps_everything() {
    let mut data = sample();
    let before = data.clone();
    let mut incoming = UserData::default();
    // The same text as an existing article, under another title.
    let mut dup = article("Second", "Another body.");
    dup.title = "Renamed copy".into();
    incoming.articles.push(dup);
    // Other text under an existing article's id.
    let mut clash = article("Clash", "Different text.");
    clash.id = before.articles[0].id.clone();
    incoming.articles.push(clash);
    // Brand new, twice in the same file.
    incoming.articles.push(article("New", "Fresh."));
    incoming.articles.push(article("New", "Fresh."));
    let report = data.merge(incoming);
    assert_eq!(report, MergeReport { added: 2, duplicates: vec!["Renamed copy".into(), "New".into()], renamed_ids: 1, refused: 0 });
    assert_eq!(&data.articles[..2], &before.articles[..], "existing articles untouched");
    let clash = data.articles.iter().find(|a| a.title == "Clash").expect("added");
    assert_ne!(clash.id, before.articles[0].id);
    assert_eq!(clash.id, format!("u-{}", clash.hash), "derived from its hash");
    let ids: HashSet<&str> = data.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), data.articles.len(), "ids unique");
    assert_eq!(report.to_string(), "Added 2 articles. Already saved: “Renamed copy”, “New”.");
}

#[test]
fn merging_data_into_itself_adds_nothing() {
    let mut data = sample();
    let copy = data.clone();
    let report = data.merge(copy.clone());
    assert_eq!((report.added, report.duplicates.len()), (0, copy.articles.len()));
    assert_eq!(data, copy);
}

#[test]
fn merge_respects_the_limits() {
    let mut data = UserData::default();
    for i in 0..MAX_ARTICLES - 1 {
        data.articles.push(article(&format!("T{i}"), "b"));
    }
    let mut incoming = UserData::default();
    incoming.articles.push(article("Too big", &"x".repeat(MAX_ARTICLE_BYTES + 1)));
    incoming.articles.push(UserArticle::new("Empty", vec![], ""));
    for t in ["Fits", "No room", "No room either"] {
        incoming.articles.push(article(t, t));
    }
    let report = data.merge(incoming);
    assert_eq!((report.added, report.refused), (1, 4));
    assert_eq!(data.articles.len(), MAX_ARTICLES);
    assert_eq!(data.articles.last().map(|a| a.title.as_str()), Some("Fits"));
    assert_eq!(report.to_string(), "Added 1 article. Left out 4 articles: you can keep up to 1000 articles of up to 2 MB of text each.");
    assert_eq!(MergeReport::default().to_string(), "No new articles.");
}
