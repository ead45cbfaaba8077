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

#[test]
fn remove_and_reinsert_undo_each_other() {
    let mut data = sample();
    data.add(article("Third", "Yet another body.")).expect("room");
    let before = data.clone();
    let id = before.articles[1].id.clone();
    let (at, removed) = data.remove(&id).expect("there");
    assert_eq!((at, data.articles.len(), data.find(&id)), (1, 2, None));
    assert_eq!(data.remove(&id), None);
    data.reinsert(at, removed.clone());
    assert_eq!(data, before);
    // Clamped to the end.
    let (_, removed) = data.remove(&id).expect("there");
    data.reinsert(99, removed.clone());
    assert_eq!(data.articles.last(), Some(&removed));
}

#[test]
fn reinsert_does_nothing_when_the_article_came_back_meanwhile() {
    let mut data = sample();
    let id = data.articles[1].id.clone();
    let (at, removed) = data.remove(&id).expect("there");
    // Another tab saved other text under the id, then the same text anew.
    let mut other = article("Other", "Other text.");
    other.id = id.clone();
    let mut same_text = removed.clone();
    same_text.id = "u-fresh".into();
    for taken in [other, same_text] {
        let mut d = data.clone();
        d.articles.push(taken);
        let expected = d.clone();
        d.reinsert(at, removed.clone());
        assert_eq!(d, expected);
    }
}

#[test]
fn rename_table() {
    let mut data = sample();
    let id = data.articles[0].id.clone();
    let rows = [(id.as_str(), " New \n title ", true, "New title"), (id.as_str(), "  ", true, NOT_STATED), ("u-missing", "X", false, NOT_STATED)];
    for (target, title, found, want) in rows {
        assert_eq!(data.rename(target, title, "2026-11-29T10:00:00Z"), found, "{target} {title:?}");
        assert_eq!(data.articles[0].title, want);
    }
}

/// A tab that had not taken in another tab's rename stored its own older
/// title over it, since the writing tab's fields won.
#[test]
fn regression_a_stale_tab_reverted_a_rename() {
    let mut stale = sample();
    let id = stale.articles[0].id.clone();
    let old_title = stale.articles[0].title.clone();
    let mut renamed = stale.clone();
    assert!(renamed.rename(&id, "Storm boats, renamed", "2026-11-29T10:00:00Z"));
    let merged = stale.articles[0].clone().merged_with(&renamed.articles[0]);
    assert_eq!(merged.title, "Storm boats, renamed", "the later rename wins over a stale copy");
    // And a rename made after the stored one wins over it.
    assert!(stale.rename(&id, "Renamed later", "2026-11-29T11:00:00Z"));
    assert_eq!(stale.articles[0].clone().merged_with(&renamed.articles[0]).title, "Renamed later");
    assert_ne!(old_title, "Renamed later");
}

#[test]
fn correct_table() {
    // Block 1 is "Nguyễn Phú Trọng met Xi Jinping." ("ễ" is bytes 4..7, "ọ"
    // 16..19); sample() already holds 0..18 and 24..34 there.
    let c = |block, start, end| Correction { block, start, end, kind: Some(EntityKind::Person), entity: None };
    let rows = [
        // (correction, recorded, block-1 ranges after)
        (c(1, 24, 34), true, vec![(0, 18), (24, 34)]),
        (c(0, 0, 2), true, vec![(0, 18), (24, 34)]),
        (c(1, 0, 3), true, vec![(24, 34), (0, 3)]),
        (c(1, 19, 22), true, vec![(0, 18), (24, 34), (19, 22)]),
        (c(1, 10, 30), true, vec![(10, 30)]),
        (c(1, 0, 6), false, vec![(0, 18), (24, 34)]),
        (c(1, 0, 99), false, vec![(0, 18), (24, 34)]),
        (c(1, 5, 5), false, vec![(0, 18), (24, 34)]),
        (c(1, 9, 3), false, vec![(0, 18), (24, 34)]),
        (c(2, 0, 1), false, vec![(0, 18), (24, 34)]),
    ];
    for (correction, recorded, want) in rows {
        let mut data = sample();
        let id = data.articles[0].id.clone();
        assert_eq!(data.correct(&id, correction.clone()), recorded, "{correction:?}");
        let got: Vec<(usize, usize)> = data.articles[0].corrections.iter().filter(|c| c.block == 1).map(|c| (c.start, c.end)).collect();
        assert_eq!(got, want, "{correction:?}");
    }
    assert!(!sample().correct("u-missing", c(1, 0, 3)));
}

#[test]
fn add_view_table() {
    let v = |block, start, end, analyst: &str, vp: &str| UserView { block, start, end, analyst: analyst.into(), viewpoints: vec![vp.into()] };
    let rows = [
        // (view, recorded, views after as (start, analyst, viewpoint))
        (v(1, 0, 10, "Carl Thayer", "party"), true, vec![(0, "Carl Thayer", "party")]),
        (v(1, 0, 10, "ua-1", "party"), true, vec![(0, "Carl Thayer", "hedging"), (0, "ua-1", "party")]),
        (v(1, 19, 22, "ua-1", "party"), true, vec![(0, "Carl Thayer", "hedging"), (19, "ua-1", "party")]),
        (v(0, 0, 4, "ua-1", "party"), false, vec![(0, "Carl Thayer", "hedging")]),
        (v(1, 0, 6, "ua-1", "party"), false, vec![(0, "Carl Thayer", "hedging")]),
        (v(1, 0, 99, "ua-1", "party"), false, vec![(0, "Carl Thayer", "hedging")]),
        (v(1, 3, 3, "ua-1", "party"), false, vec![(0, "Carl Thayer", "hedging")]),
        (v(5, 0, 1, "ua-1", "party"), false, vec![(0, "Carl Thayer", "hedging")]),
    ];
    for (view, recorded, want) in rows {
        let mut data = sample();
        let id = data.articles[0].id.clone();
        assert_eq!(data.add_view(&id, view.clone()), recorded, "{view:?}");
        let got: Vec<(usize, &str, &str)> = data.articles[0].views.iter().map(|v| (v.start, v.analyst.as_str(), v.viewpoints[0].as_str())).collect();
        assert_eq!(got, want, "{view:?}");
    }
}

#[test]
fn analysts_are_added_once_per_name() {
    let mut data = UserData::default();
    let lan = data.add_analyst("Lan  Anh", " ");
    assert!(lan.starts_with("ua-") && is_id(&lan, "ua-"), "{lan}");
    assert_eq!(data.analysts, vec![UserAnalyst { id: lan.clone(), name: "Lan Anh".into(), affiliation: NOT_STATED.into() }]);
    let rows = [("lan anh", "Elsewhere", lan.as_str()), (" LAN\tANH ", "", lan.as_str())];
    for (name, affiliation, want) in rows {
        assert_eq!(data.add_analyst(name, affiliation), want, "{name:?}");
    }
    // Folding makes the same base id; the second gets a suffix.
    let other = data.add_analyst("Lân Ánh", "Hanoi University");
    assert_eq!(other, format!("{lan}-2"));
    assert_eq!(data.analysts.len(), 2);
    assert_eq!(data.analysts[1].affiliation, "Hanoi University");
}

#[test]
fn add_viewpoint_table() {
    let mut data = UserData::default();
    let ties = data.add_viewpoint(" Ties  first ", "", 0).expect("room");
    assert!(is_id(&ties, "uv-"), "{ties}");
    assert_eq!(data.viewpoints[0], Viewpoint { id: ties.clone(), label: "Ties first".into(), definition: NOT_STATED.into() });
    let rows: Vec<(&str, usize, Result<&str, Refusal>)> = vec![
        ("ties FIRST", 63, Ok(ties.as_str())),
        ("  ", 0, Err(Refusal::NoLabel)),
        ("New", 63, Err(Refusal::TooManyViewpoints)),
        ("New", 70, Err(Refusal::TooManyViewpoints)),
    ];
    for (label, builtin, want) in rows {
        let got = data.add_viewpoint(label, "d", builtin);
        assert_eq!(got.as_deref().map_err(Clone::clone), want, "{label:?} {builtin}");
    }
    assert_eq!(data.viewpoints.len(), 1);
    assert!(data.add_viewpoint("New", "d", 62).is_ok());
    assert_eq!(data.viewpoints.len(), 2);
    assert_eq!(Refusal::TooManyViewpoints.to_string(), "A reader can hold up to 64 viewpoints in all; remove one to define another.");
    assert_eq!(Refusal::NoLabel.to_string(), "A viewpoint needs a label.");
}

fn with_people() -> UserData {
    let mut data = sample();
    let lan = data.add_analyst("Lan Anh", "Hanoi University");
    let ties = data.add_viewpoint("Ties first", "The bond matters most.", 0).expect("room");
    let id = data.articles[1].id.clone();
    assert!(data.add_view(&id, UserView { block: 1, start: 0, end: 7, analyst: lan, viewpoints: vec![ties] }));
    data
}

#[test]
fn analysts_and_viewpoints_round_trip_and_are_repaired() {
    let data = with_people();
    assert_eq!(UserData::decode(&data.encode()), Ok(data.clone()));
    let json = r#"{"version":1,
        "analysts":[{"id":"ua-1","name":" Lan  Anh ","affiliation":""},{"id":"ua-1","name":"Twin"},{"id":"UA-2","name":"Bad"},{"name":"No id"}],
        "viewpoints":[{"id":"uv-1","label":"Ties","definition":" "},{"id":"uv-1","label":"Twin","definition":"d"},{"id":"hedging","label":"Corpus id","definition":"d"}]}"#;
    let data = UserData::decode(json).expect("valid");
    assert_eq!(data.analysts, vec![UserAnalyst { id: "ua-1".into(), name: "Lan Anh".into(), affiliation: NOT_STATED.into() }]);
    assert_eq!(data.viewpoints, vec![Viewpoint { id: "uv-1".into(), label: "Ties".into(), definition: NOT_STATED.into() }]);
}

#[test]
fn merge_takes_analysts_and_viewpoints_by_id() {
    let mut data = sample();
    let mine = data.add_analyst("Mine", "");
    let incoming = with_people();
    let mut clash = incoming.clone();
    clash.analysts.push(UserAnalyst { id: mine.clone(), name: "Someone else".into(), affiliation: "x".into() });
    data.merge(clash);
    let names: Vec<&str> = data.analysts.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, vec!["Mine", "Lan Anh"]);
    assert_eq!(data.viewpoints, incoming.viewpoints);
    // The views of merged articles still name them.
    let mut fresh = UserData::default();
    fresh.merge(incoming.clone());
    let v = &fresh.articles[1].views[0];
    assert_eq!((v.analyst.as_str(), v.viewpoints.as_slice()), (incoming.analysts[0].id.as_str(), &[incoming.viewpoints[0].id.clone()][..]));
    assert_eq!(fresh.analysts, incoming.analysts);
}

#[test]
fn merged_with_keeps_both_tabs_work() {
    let base = sample().articles[0].clone();
    let extra_c = Correction { block: 0, start: 0, end: 3, kind: None, entity: None };
    let extra_v = UserView { block: 1, start: 0, end: 6, analyst: "ua-1".into(), viewpoints: vec![] };
    let mut ours = base.clone();
    ours.title = "Ours".into();
    ours.corrections.push(extra_c.clone());
    let mut stored = base.clone();
    stored.title = "Theirs".into();
    stored.views.push(extra_v.clone());
    let merged = ours.clone().merged_with(&stored);
    assert_eq!(merged.title, "Ours");
    assert_eq!(merged.corrections, ours.corrections, "nothing doubled");
    let mut want_views = base.views.clone();
    want_views.push(extra_v);
    assert_eq!(merged.views, want_views);
    assert_eq!(base.clone().merged_with(&base), base);
}

/// A megabyte of author or title, from the form, an import or a host page,
/// was kept whole and froze the page in the pickers' labels.
#[test]
fn regression_huge_labels_froze_the_pickers() {
    let huge = "<b>\u{202E}".repeat(300_000);
    let mut a = UserArticle::new(&huge, vec![Block::Paragraph("Text.".into())], "2026-11-29");
    a.author = huge.clone();
    let a = a.normalized();
    for field in [&a.title, &a.author] {
        assert_eq!(field.chars().count(), MAX_FIELD_CHARS + 1, "cut, with an ellipsis");
        assert!(field.ends_with('…'));
    }
    let mut data = UserData::default();
    let id = data.add(a).expect("added");
    assert!(data.rename(&id, &huge, "2026-11-29T10:00:00Z"));
    assert_eq!(data.find(&id).expect("there").title.chars().count(), MAX_FIELD_CHARS + 1);
    // The reader's analysts and viewpoints are labels too.
    let analyst = data.add_analyst(&huge, &huge);
    let a = data.analysts.iter().find(|a| a.id == analyst).expect("there");
    assert_eq!((a.name.chars().count(), a.affiliation.chars().count()), (MAX_FIELD_CHARS + 1, MAX_FIELD_CHARS + 1));
    let viewpoint = data.add_viewpoint(&huge, &huge, 0).expect("added");
    let v = data.viewpoints.iter().find(|v| v.id == viewpoint).expect("there");
    assert_eq!((v.label.chars().count(), v.definition.chars().count()), (MAX_FIELD_CHARS + 1, MAX_FIELD_CHARS + 1));
}
