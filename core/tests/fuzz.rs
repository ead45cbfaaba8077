//! Fuzzing: every parser and reader of the core is fed arbitrary and
//! hostile input, and must never panic and always return something of the
//! shape its documentation promises.
//!
//! One target per input that a stranger controls:
//!
//! * `recognizer`, `search`, `figures`: arbitrary Unicode mixed with names,
//!   diacritics, combining marks and numbers, through
//!   [`Recognizer::annotate`] (and so the fold module), [`Query`] and
//!   [`SearchIndex`], and [`find_figures`];
//! * `view_params`: links through [`ViewParams::parse`], and what
//!   [`ViewParams::format`] writes back through it;
//! * `decode_text`, `decode_json`: stored and imported data through
//!   [`UserData::decode`], as arbitrary text and as JSON of the schema's
//!   shape with wrong values, then [`UserData::encode`], [`UserData::merge`],
//!   the reader's edits, [`compose`] and [`correct_spans`];
//! * `readers`, `html`, `parts`: pasted text and files through
//!   [`read_plain`], [`read_markdown`], HTML pages through the tokenizer
//!   [`html_parts`] (tags, comments, raw text, references, cut anywhere),
//!   then any parts through [`blocks_from_parts`], [`guess_title`], [`opening_words`] and
//!   [`Draft::new`];
//! * `load_text`, `load_corpus` (feature `load`): corpus files through
//!   [`load_files`], as arbitrary text and as a small corpus with wrong
//!   values and broken syntax: it must return errors, never panic.
//!
//! The number of cases per target comes from `FUZZ_CASES` (2,000 by
//! default, so that `cargo test` runs a short version); `make fuzz` runs a
//! million of each in release mode and prints each target's count and
//! time:
//!
//! ```text
//! FUZZ_CASES=1000000 cargo test --release -p bamboo-core --features load --test fuzz -- --test-threads=1 --nocapture
//! ```
//!
//! Each target prints the random seed it drew; `FUZZ_SEED=<seed>` replays
//! it. A failure is shrunk for at most a minute and nothing is written to
//! disk. A crash found here becomes a named regression test at the foot of
//! the source file it is fixed in.

use std::cell::Cell;
use std::collections::HashSet;
use std::hash::{BuildHasher, RandomState};
use std::time::Instant;

use bamboo_core::{
    blocks_from_parts, compose, html_parts, content_hash, correct_spans, escape_for_script, find_figures, guess_title, opening_words, read_markdown, read_plain, spread,
    Article, ArticleKind, Block, Correction, Corpus, Draft, EntityKind, Query, SearchIndex, UserData, UserView,
    ViewParams, ViewpointSet, CURRENT_VERSION, MAX_ARTICLES,
};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::{RngSeed, TestRunner};
use serde_json::{json, Value};

mod common;
use common::{check_spans, corpus_recognizer};

// ---- the runner ---------------------------------------------------------

/// Runs `test` on `FUZZ_CASES` values of `strategy` and prints how many ran
/// and how many of them the code accepted (`test` returns whether it did:
/// found a name, decoded the data, loaded the corpus), so that a
/// generator that never gets past the first check shows.
fn fuzz<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<bool, TestCaseError>) {
    let cases = std::env::var("FUZZ_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(2000);
    let seed = std::env::var("FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| RandomState::new().hash_one(name));
    let config = ProptestConfig {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        max_shrink_time: 60_000,
        max_shrink_iters: 100_000,
        ..ProptestConfig::default()
    };
    let (ran, accepted) = (Cell::new(0u64), Cell::new(0u64));
    let start = Instant::now();
    let result = TestRunner::new(config).run(&strategy, |value| {
        ran.set(ran.get() + 1);
        accepted.set(accepted.get() + u64::from(test(value)?));
        Ok(())
    });
    let secs = start.elapsed().as_secs_f64();
    eprintln!("fuzz {name}: {} cases, {} accepted, {secs:.1} s, seed {seed}", ran.get(), accepted.get());
    if let Err(e) = result {
        panic!("fuzz {name} (FUZZ_SEED={seed}): {e}");
    }
}

// ---- text ---------------------------------------------------------------

/// Names, marks and numbers that the recognizer, folding, search and
/// figures treat specially, and characters that fold or lowercase oddly.
const WORDS: &[&str] = &[
    "Xi", "Jinping", "Nguyễn", "Phú", "Trọng", "Hà Nội", "Hanoi", "U.S.", "Vietnam’s", "Ministry of Foreign Affairs", "South China Sea",
    "Carl Thayer", "said", "President", "General Secretary", "of", "the", "in", "’s", "'s", "-", "anti-", "Đà Nẵng", "ĐÀ", "Beijing",
    "İ", "ǅ", "ẞ", "ΐ", "Σ", "ﬁ", "한국", "\u{212B}", "\u{2126}", "\u{0344}", "\u{0F73}", "\u{0323}", "\u{0301}", "\u{1DC0}",
    "\u{20D0}", "\u{FE20}", "🎋", "\u{200B}", "\u{FEFF}", "\u{202E}", "\u{0}", "\u{7F}", "\u{85}", "$", "US$", "€", "£", "₫", "VND",
    "USD", "230.2", "1,000", "3,20", "0.5", "007", "15", "2024", "1.", "%", "percent", "per", "cent", "billion", "million",
    "trillion", "thousand", "hundred", "bn", "m", "dollars", "yuan", "a", "an", "dozen", "twenty-one", "one", "people", "ships",
    "troops", "years", "No.", "page", "“", "”", "(", "[", "\"", ":", "/", "–",
];

/// What figures are made of.
const FIGURE_WORDS: &[&str] = &[
    "$", "US$", "US", "€", "£", "₫", "VND", "USD", "RMB", "230.2", "1,000", "1,0000", "3,20", "0.5", "007", "15", "1", "2024", "1.",
    "99999999999999999", "%", "percent", "per", "cent", "billion", "million", "trillion", "hundred", "bn", "m", "k", "dollars", "yuan",
    "dong", "a", "an", "dozen", "twenty-one", "Thirteen", "one", "people", "ships", "troops", "years", "No.", "page", "the", "their",
    "new", "(", "“", "-", "–", ":", "/", ".", ",", "+84", "COVID-19", "15th", "Xi",
];

/// Names written in several ways, for search.
const SEARCH_WORDS: &[&str] = &[
    "Hà Nội", "Hanoi", "ha", "noi", "Nguyễn", "NGUYEN", "Trọng’s", "trong's", "Đà", "da", "Xi", "xi", "\"east sea", "\"East Sea\"",
    "Biển Đông", "İstanbul", "istanbul", "\u{0323}", "-", "\"", "한국", "ﬁ", "Σ", "ς",
];

const SPACES: &[&str] = &[" ", " ", " ", "", "\n", "\n\n", "\r\n", "\r", "\t", ", ", ". ", "\u{A0}", "\u{2028}", "\u{3000}"];

/// One of `pool`.
fn pick(pool: &'static [&'static str]) -> impl Strategy<Value = String> {
    select(pool).prop_map(String::from)
}

/// Up to `max` pieces: any character, a word of [`WORDS`] or a space.
fn text(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => any::<char>().prop_map(String::from),
        4 => pick(WORDS),
        3 => pick(SPACES),
    ];
    prop::collection::vec(piece, 0..max).prop_map(|p| p.concat())
}

/// Up to `max` words of `pool`, each followed by a space of [`SPACES`].
fn words(pool: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec((select(pool), select(SPACES)), 0..max).prop_map(|w| w.into_iter().flat_map(|(w, s)| [w, s]).collect())
}

/// Up to `max` pieces of `pieces` or any character.
fn made_of(pieces: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![4 => pick(pieces), 1 => any::<char>().prop_map(String::from)];
    prop::collection::vec(piece, 0..max).prop_map(|p| p.concat())
}

/// `s` changed at `at` by `how`: mostly kept, else cut there, a piece of
/// `junk` put in, or the line there dropped.
fn mutated(s: String, how: u8, at: Index, junk: &str) -> String {
    let i = s.char_indices().map(|(i, _)| i).nth(at.index(s.chars().count() + 1)).unwrap_or(s.len());
    match how {
        0 => s[..i].to_string(),
        1 => format!("{}{junk}{}", &s[..i], &s[i..]),
        2 => {
            let start = s[..i].rfind('\n').map_or(0, |n| n + 1);
            let end = s[i..].find('\n').map_or(s.len(), |n| i + n + 1);
            format!("{}{}", &s[..start], &s[end..])
        }
        _ => s,
    }
}

/// Byte ranges that are sorted, disjoint, non-empty and on character
/// boundaries.
fn check_ranges(text: &str, ranges: &[(usize, usize)]) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for &(s, e) in ranges {
        prop_assert!(s < e && s >= last_end && text.get(s..e).is_some(), "{ranges:?} in {text:?}");
        last_end = e;
    }
    Ok(())
}

fn article(id: &str, blocks: Vec<Block>) -> Article {
    Article {
        id: id.into(),
        seed: String::new(),
        title: id.into(),
        outlet: String::new(),
        author: String::new(),
        date: String::new(),
        url: String::new(),
        event: String::new(),
        kind: ArticleKind::News,
        notes: vec![],
        cleaning: vec![],
        blocks,
    }
}

// ---- 1. the recognizer, folding, search and figures -----------------------

#[test]
fn recognizer() {
    let r = corpus_recognizer();
    fuzz("recognizer", text(60), |text| {
        let spans = r.annotate(&text);
        check_spans(&text, &spans)?;
        let _ = bamboo_core::fold(&text);
        Ok(!spans.is_empty())
    });
}

/// The guesser's cue words, punctuation and names, so that its rules (titles
/// and their domains, acronyms in parentheses, units and their numbers,
/// towns before state codes and regions, headlines) meet every neighbour.
const GUESS_WORDS: &[&str] = &[
    "Ann", "Lowe", "K.", "Jr.", "Dr.", "Lt.", "Col.", "Secretary", "Minister", "Mayor", "of", "for", "the", "and", "bin", "Al", "said", "told",
    "in", "(PMN)", "(", ")", "PMN", "RFE/RL", "CLB-8", "2nd", "Battalion", "7", "Group", "Ministry", "Institute", "Co.", "Ltd.", "PT", ", LLC",
    "Inc.", "Kampung", "North", "Kingdom", "State", "Hanoi", "Vietnam", "AZ", ", AZ", ", Vietnam", "USS", "Operation", "Summit", "app",
    "novel", "Prize-winner", "Jong-il", "Monday", "on", "Asean", "U.S.", "U.S.-led", "Trong", "Xi", "“", "”", ".", ",", "\n", "HEADLINE",
];

#[test]
fn recognizer_cue_words() {
    let r = corpus_recognizer();
    fuzz("recognizer_cue_words", words(GUESS_WORDS, 40), |text| {
        let spans = r.annotate(&text);
        check_spans(&text, &spans)?;
        Ok(spans.iter().any(|s| s.is_guess()))
    });
}

#[test]
fn search() {
    let blocks = prop::collection::vec(prop_oneof![text(24), words(SEARCH_WORDS, 12)], 0..4);
    let query = prop_oneof![1 => text(8), 3 => words(SEARCH_WORDS, 4)];
    fuzz("search", (query, blocks), |(query, blocks)| {
        let q = Query::parse(&query);
        let mut found = false;
        for b in &blocks {
            check_ranges(b, &q.hits(b).unwrap_or_default())?;
            let marks = q.marks(b);
            check_ranges(b, &marks)?;
            found |= !marks.is_empty();
        }
        let corpus = Corpus { articles: vec![article("a", blocks.iter().cloned().map(Block::Paragraph).collect())], ..Corpus::default() };
        for hits in SearchIndex::new(&corpus).search(&q) {
            for b in hits.blocks {
                prop_assert!(b.count > 0 && !q.marks(&blocks[b.block]).is_empty(), "the index finds what marks show: {b:?}");
            }
        }
        Ok(found)
    });
}

#[test]
fn figures() {
    fuzz("figures", prop_oneof![text(30), words(FIGURE_WORDS, 16)], |text| {
        let figures = find_figures(&text);
        let mut last_end = 0;
        for f in &figures {
            prop_assert!(f.start < f.end && f.start >= last_end && text.get(f.start..f.end).is_some(), "{figures:?}");
            prop_assert!(f.value >= 0.0, "{f:?}");
            let _ = f.describe();
            last_end = f.end;
        }
        let _ = spread(&figures.iter().map(|f| f.value).collect::<Vec<_>>());
        Ok(!figures.is_empty())
    });
}

// ---- 2. links -------------------------------------------------------------

const KEYS: &[&str] = &["a", "b", "vp", "analyst", "e", "kinds", "only", "embed", "theme", "height", "panel", "q", "fig", "zoom", "", "%61", "a%"];

const VALUES: &[&str] = &[
    "rfa-2022", "user:u-0a", "host:u-9", "user:", "x,y,,x", "Bad!", "person,place", "org,ghost,org", "", "1", "0", "yes", "maybe",
    "dark", "fixed", "search", "analysts", "%E2%82", "%ZZ", "%", "%+1", "%-1", "%2", "Nguy%E1%BB%85n+Ph%C3%BA", "%22East%20Sea%22",
    "a%0Ab", "=", "#", "?", "%C3%A9", "%F0%9F%8E%8B",
];

/// `%XX` for every byte of `s`.
fn percent_encoded(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}

/// `key=value&…` made of known keys and values, and of arbitrary text.
fn link() -> impl Strategy<Value = String> {
    let key = prop_oneof![4 => pick(KEYS), 1 => text(3)];
    let value = prop_oneof![4 => pick(VALUES), 1 => text(6), 1 => text(6).prop_map(|t| percent_encoded(&t))];
    let pair = (key, pick(&["=", "=", "", "=="]), value).prop_map(|(k, s, v)| format!("{k}{s}{v}"));
    (pick(&["", "#", "?", "#?", "&"]), prop::collection::vec(pair, 0..8)).prop_map(|(lead, pairs)| format!("{lead}{}", pairs.join("&")))
}

/// What `format` writes parses without a notice, to the same view.
fn check_format(p: &ViewParams) -> Result<(), TestCaseError> {
    let written = p.format();
    let (back, notices) = ViewParams::parse(&written);
    prop_assert!(notices.is_empty(), "{written:?}: {notices:?}");
    prop_assert_eq!(back.format(), written);
    Ok(())
}

#[test]
fn view_params() {
    fuzz("view_params", (prop_oneof![link(), text(40)], text(12)), |(input, q)| {
        let (p, accepted) = ViewParams::parse(&input);
        check_format(&p)?;
        check_format(&p.view_only())?;
        // A query as typed may hold what a link drops (control characters,
        // more than it keeps): once through a link, it holds.
        let (typed, notices) = ViewParams::parse(&ViewParams { q, ..p }.format());
        prop_assert!(notices.is_empty(), "{notices:?}");
        check_format(&typed)?;
        Ok(accepted.is_empty())
    });
}

// ---- 3. stored and imported data -------------------------------------------

const JSON_PIECES: &[&str] = &[
    "{", "}", "[", "]", ",", ":", "\"", "\"version\"", "1", "2", "0", "-1", "4294967296", "1e999", "null", "true", "\"articles\"",
    "\"blocks\"", "{\"Paragraph\":\"x\"}", "{\"Heading\":\"\"}", "\"id\"", "\"u-1\"", "\"corrections\"", "\"views\"", "\"block\"",
    "\"start\"", "\"end\"", "\"analysts\"", "\"viewpoints\"", "\\u", "\\ud800", "\\", " ",
];

/// Any JSON scalar, or an empty list or object.
fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        text(4).prop_map(Value::from),
        Just(json!([])),
        Just(json!({})),
    ]
}

/// Strings from `pool`, mostly.
fn one_of(pool: &'static [&'static str]) -> BoxedStrategy<Value> {
    prop_oneof![4 => select(pool).prop_map(Value::from), 1 => text(4).prop_map(Value::from)].boxed()
}

/// Small offsets, and some that are not.
fn offset() -> BoxedStrategy<Value> {
    prop_oneof![60 => (0u64..24).prop_map(Value::from), 2 => Just(json!(u64::MAX)), 1 => Just(json!(-1))].boxed()
}

fn list(item: BoxedStrategy<Value>, max: usize) -> BoxedStrategy<Value> {
    prop::collection::vec(item, 0..max).prop_map(Value::from).boxed()
}

/// An object with `fields`, each missing one time in fifty and wrong
/// (any scalar) one time in a hundred.
fn object(fields: Vec<(&'static str, BoxedStrategy<Value>)>) -> BoxedStrategy<Value> {
    let fields: Vec<_> = fields
        .into_iter()
        .map(|(k, v)| prop::option::weighted(0.98, prop_oneof![99 => v, 1 => scalar()]).prop_map(move |v| v.map(|v| (k.to_string(), v))))
        .collect();
    fields.prop_map(|fs| Value::Object(fs.into_iter().flatten().collect())).boxed()
}

/// Provenance and names as readers type them, and some text.
const FIELDS: &[&str] = &["", " ", "not stated", "RFA", "2022-10-30", "  Trọng\t visit ", "http://x.org", "javascript:alert(1)", "\u{0}", "Carl Thayer"];

/// Paragraphs that two files may share.
const PARAGRAPHS: &[&str] = &["Xi visited Hanoi.", "Xi  visited\nHanoi. ", "", " ", "Trọng", "Carl Thayer said it was very important."];

fn field(pool: &'static [&'static str], max: usize) -> BoxedStrategy<Value> {
    prop_oneof![3 => select(pool).prop_map(Value::from), 1 => text(max).prop_map(Value::from)].boxed()
}

fn block() -> BoxedStrategy<Value> {
    prop_oneof![
        40 => field(PARAGRAPHS, 16).prop_map(|t| json!({ "Paragraph": t })),
        10 => field(FIELDS, 6).prop_map(|t| json!({ "Heading": t })),
        1 => scalar(),
    ]
    .boxed()
}

fn kind() -> BoxedStrategy<Value> {
    prop_oneof![10 => one_of(&["person", "place", "org"]), 1 => one_of(&["ghost", "Person"]), 2 => Just(Value::Null)].boxed()
}

/// Data of [`UserData`]'s shape, with wrong values here and there.
fn user_data() -> BoxedStrategy<Value> {
    let ids = || one_of(&["u-1", "u-1", "u-ab", "U-1", "u-", "", "user:u-1", "u-x y"]);
    let analyst_ids = || one_of(&["ua-1", "ua-2", "ua-", "u-1", "carl-thayer"]);
    let viewpoint_ids = || one_of(&["uv-1", "uv-2", "uv-", "hedging"]);
    let correction = object(vec![("block", offset()), ("start", offset()), ("end", offset()), ("kind", kind()), ("entity", analyst_ids())]);
    let view = object(vec![
        ("block", offset()),
        ("start", offset()),
        ("end", offset()),
        ("analyst", analyst_ids()),
        ("viewpoints", list(viewpoint_ids(), 3)),
    ]);
    let mut fields = vec![("id", ids())];
    for name in ["title", "outlet", "author", "date", "url", "event", "added", "hash"] {
        fields.push((name, field(FIELDS, 4)));
    }
    fields.extend([("blocks", list(block(), 4)), ("corrections", list(correction, 3)), ("views", list(view, 3))]);
    let article = object(fields);
    let analyst = object(vec![("id", analyst_ids()), ("name", field(FIELDS, 4)), ("affiliation", field(FIELDS, 4))]);
    let viewpoint = object(vec![("id", viewpoint_ids()), ("label", field(FIELDS, 4)), ("definition", field(FIELDS, 4))]);
    let many = (60usize..70).prop_map(|n| (0..n).map(|i| json!({ "id": format!("uv-{i}"), "label": "L", "definition": "D" })).collect());
    object(vec![
        ("version", prop_oneof![30 => Just(json!(1)), 1 => Just(json!(0)), 1 => Just(json!(2)), 1 => Just(json!(4294967296u64))].boxed()),
        ("articles", list(article, 4)),
        ("analysts", list(analyst, 3)),
        ("viewpoints", prop_oneof![30 => list(viewpoint, 3), 1 => many].boxed()),
    ])
}

/// Decoded data obeys its rules and survives encoding.
fn check_data(data: &UserData) -> Result<(), TestCaseError> {
    prop_assert_eq!(data.version, CURRENT_VERSION);
    prop_assert!(data.articles.len() <= MAX_ARTICLES);
    let mut ids = HashSet::new();
    for a in &data.articles {
        prop_assert!(ids.insert(&a.id) && a.id.starts_with("u-") && a.id.len() <= 120, "unique, well-formed id: {:?}", a.id);
        prop_assert_eq!(&a.hash, &content_hash(&a.blocks));
        for field in [&a.title, &a.outlet, &a.author, &a.date, &a.url, &a.event] {
            prop_assert!(!field.is_empty() && field.trim() == field, "stated and trimmed: {field:?}");
        }
    }
    let analysts: HashSet<_> = data.analysts.iter().map(|a| &a.id).collect();
    prop_assert!(analysts.len() == data.analysts.len() && analysts.iter().all(|id| id.starts_with("ua-")));
    let viewpoints: HashSet<_> = data.viewpoints.iter().map(|v| &v.id).collect();
    prop_assert!(viewpoints.len() == data.viewpoints.len() && viewpoints.iter().all(|id| id.starts_with("uv-")));
    prop_assert!(data.viewpoints.len() <= ViewpointSet::MAX);
    let back = UserData::decode(&data.encode());
    prop_assert_eq!(back.as_ref(), Ok(data));
    let embedded = UserData::decode(&escape_for_script(&data.encode()));
    prop_assert_eq!(embedded.as_ref(), Ok(data));
    Ok(())
}

/// Everything that reads decoded data: merging, the reader's edits,
/// composing the corpus, and corrections applied to spans.
fn check_use(mut data: UserData, other: UserData, edit: (usize, usize, usize, String)) -> Result<(), TestCaseError> {
    let incoming = other.articles.len();
    let report = data.merge(other.clone());
    prop_assert_eq!(report.added + report.duplicates.len() + report.refused, incoming, "{:?}", report);
    let _ = report.to_string();
    check_data(&data)?;

    let (block, start, end, name) = edit;
    if let Some(id) = data.articles.first().map(|a| a.id.clone()) {
        data.correct(&id, Correction { block, start, end, kind: Some(EntityKind::Person), entity: None });
        data.correct(&id, Correction { block, start: end, end: start, kind: None, entity: None });
        let analyst = data.add_analyst(&name, &name);
        data.add_view(&id, UserView { block, start, end, analyst, viewpoints: vec!["uv-1".into()] });
        let _ = data.add_viewpoint(&name, &name, start);
        data.rename(&id, &name, "2026-11-29T10:00:00Z");
        if let Some((at, a)) = data.remove(&id) {
            data.reinsert(at + end, a);
        }
        check_data(&data)?;
    }

    let corpus = compose(&Corpus::default(), &data, &other.articles);
    for a in &corpus.articles {
        let _ = (a.picker_label(), a.short_label(), a.link_url(), a.reading_minutes());
    }
    for v in &corpus.views {
        let paragraph = corpus.find_article(&v.article).and_then(|a| corpus.article(a)).and_then(|a| a.paragraph(v.paragraph));
        prop_assert!(!v.quote.is_empty() && paragraph.is_some_and(|p| p.contains(&v.quote)), "a view quotes its paragraph: {v:?}");
    }
    for a in &data.articles {
        for (i, b) in a.blocks.iter().enumerate() {
            let (Block::Heading(t) | Block::Paragraph(t)) = b;
            let mine: Vec<Correction> = a.corrections.iter().filter(|c| c.block == i).cloned().collect();
            check_spans(t, &correct_spans(t, corpus_recognizer().annotate(t), &mine))?;
        }
    }
    Ok(())
}

#[test]
fn decode_text() {
    let input = prop_oneof![text(40), made_of(JSON_PIECES, 40), made_of(JSON_PIECES, 40).prop_map(|j| format!("{{\"version\":1,{j}"))];
    fuzz("decode_text", input, |json| match UserData::decode(&json) {
        Ok(data) => {
            check_data(&data)?;
            Ok(true)
        }
        Err(e) => {
            let _ = e.to_string();
            Ok(false)
        }
    });
}

#[test]
fn decode_json() {
    let input = (user_data(), prop::option::weighted(0.5, user_data()), 0u8..50, any::<Index>(), select(JSON_PIECES));
    let edit = (0usize..4, 0usize..24, 0usize..24, text(4));
    fuzz("decode_json", (input, edit), |((left, right, how, at, junk), edit)| {
        let Ok(data) = UserData::decode(&mutated(left.to_string(), how, at, junk)) else { return Ok(false) };
        check_data(&data)?;
        // Other data imported, or the same data again.
        let other = match right {
            Some(right) => UserData::decode(&right.to_string()).unwrap_or_default(),
            None => data.clone(),
        };
        check_use(data, other, edit)?;
        Ok(true)
    });
}

// ---- 4. readers -------------------------------------------------------------

/// The pieces Markdown, HTML text and hostile input are made of.
const MARKDOWN: &[&str] = &[
    "#", "## ", "###### ", " ", "    ", "\n", "\n\n", "\r\n", "\r", "> ", ">", "- ", "* ", "+ ", "1. ", "10) ", "*", "**", "_", "___",
    "~~", "`", "``", "```", "~~~", "[", "]", "(", ")", "![", "[a](b)", "[a][b]", "[ ] ", "[x] ", "[^1]: ", "[ref]: x", "<", "</",
    "<!", "<?", "<!--", "-->", "<!-->", "<b>", "</script>", "<script>", "<style>", "</STYLE >", "<br/>", "<https://x.org>",
    "<a@b.c>", "&amp;", "&nbsp;", "&#", "&#x1F38B;", "&#0;", "&#1;", "&#99999999;", "&#x110000;", ";", "\\", "\\*", "|", "|---|",
    "===", "---", "***", "word", "Trọng", "\u{2028}", "\u{0}", "\u{85}", "🎋", "\u{FEFF}", "\t", "\u{0323}",
];

/// Blocks as every reader promises them: non-empty, trimmed, spaces
/// collapsed, no control characters; a guessed title and the opening words
/// likewise.
fn check_blocks(blocks: &[Block]) -> Result<(), TestCaseError> {
    let normalized = |t: &str| !t.is_empty() && t.trim() == t && !t.contains("  ") && !t.chars().any(|c| c.is_control() || (c.is_whitespace() && c != ' '));
    for b in blocks {
        let (Block::Heading(t) | Block::Paragraph(t)) = b;
        prop_assert!(normalized(t), "normalized block: {t:?}");
    }
    check_titles(blocks)
}

/// [`guess_title`], [`opening_words`] and [`Draft::new`] on any blocks,
/// normalized or not.
fn check_titles(blocks: &[Block]) -> Result<(), TestCaseError> {
    let title = guess_title(blocks);
    if let Some(t) = &title {
        prop_assert!(!t.is_empty() && t.trim() == t, "title {t:?}");
    }
    if let Some(w) = opening_words(blocks) {
        prop_assert!(!w.is_empty() && w.chars().count() <= 61, "opening words {w:?}");
    }
    let draft = Draft::new(blocks.to_vec());
    prop_assert_eq!(&draft.title, &title);
    prop_assert!(draft.blocks.len() == blocks.len() || (draft.blocks.len() + 1 == blocks.len() && !draft.blocks.is_empty()));
    Ok(())
}

#[test]
fn readers() {
    fuzz("readers", prop_oneof![text(60), made_of(MARKDOWN, 60)], |text| {
        let plain = read_plain(&text);
        check_blocks(&plain)?;
        let markdown = read_markdown(&text);
        check_blocks(&markdown)?;
        Ok(!markdown.is_empty())
    });
}

/// Pieces of HTML pages: tags of every kind the tokenizer treats apart,
/// attributes with quotes and `>`, comments, references, cut anywhere.
const HTML: &[&str] = &[
    "<p>", "</p>", "<P class=x>", "<h1>", "</h1>", "<h6>", "<li>", "</li>", "<ul>", "</ul>", "<ol>", "</OL>", "<blockquote>", "</blockquote>",
    "<pre>", "</pre>", "<div>", "</div>", "<br>", "<br/>", "<img src=x onerror=alert(1)>", "<script>", "</script>", "</script ", "<style>",
    "</style>", "<textarea>", "</textarea>", "<title>", "</title>", "<nav>", "</nav>", "<svg/>", "<svg>", "</svg>", "<footer>", "<plaintext>",
    "<!--", "-->", "<!doctype html>", "<?xml ?>", "</>", "</ x>", "<", ">", "/", "=", "\"", "'", "<a title=\"a > b\">", "<a title='", "&",
    "&amp;", "&lt;", "&eacute;", "&#", "&#x", "&#x1F600;", "&#0;", "&#1114112;", "&#000000000065;", "&bogus;", ";", "word", "Trọng", " ", "\n",
    "\u{0}", "\u{FEFF}", "🎋",
];

#[test]
fn html() {
    fuzz("html", prop_oneof![made_of(HTML, 80), text(40)], |page| {
        let parts = html_parts(&page);
        prop_assert!(!parts.is_empty(), "a page gives at least its whole text");
        let blocks = blocks_from_parts(parts);
        check_blocks(&blocks)?;
        Ok(!blocks.is_empty())
    });
}

#[test]
fn parts() {
    let part = (any::<bool>(), prop_oneof![text(12), made_of(MARKDOWN, 12)]);
    fuzz("parts", prop::collection::vec(part, 0..6), |parts| {
        let raw: Vec<Block> = parts.iter().map(|(h, t)| if *h { Block::Heading(t.clone()) } else { Block::Paragraph(t.clone()) }).collect();
        check_titles(&raw)?;
        let blocks = blocks_from_parts(parts);
        check_blocks(&blocks)?;
        Ok(!blocks.is_empty())
    });
}

// ---- 5. the corpus loader ----------------------------------------------------

#[cfg(feature = "load")]
mod load {
    use super::common::toml_string;
    use super::*;
    use bamboo_core::{load_files, Recognizer};

    const PATHS: &[&str] = &[
        "corpus/articles/a.md", "corpus/articles/b.md", "articles\\a.md", "a.md", "events.toml", "entities.toml", "viewpoints.toml",
        "analysts.toml", "figures.toml", "corpus/notes.txt", "",
    ];

    const TOML: &[&str] = &[
        "[[event]]\n", "[[entity]]\n", "[[ambiguous]]\n", "[[viewpoint]]\n", "[[view]]\n", "[[topic]]\n", "[[topic.figure]]\n",
        "[[notes]]\n", "[[cleaning]]\n", "[event]\n", "id = ", "kind = ", "paragraph = ", "coords = ", "\"a\"", "'a'", "\"\"\"",
        "'''", "\n", "=", "[", "]", "{", "}", ",", ".", "#", "1", "-1", "1.5", "nan", "-inf", "true", "1979-05-27T07:32:00Z",
        "99999999999999999999", "\"person\"", "\\u", "\\", "+++\n", "## ", "Carl Thayer said it was very important.",
    ];

    /// A field's TOML value: `good` but one time in a hundred, else one of
    /// `bad`, any text, or missing (`None`).
    fn value(good: &'static str, bad: &'static [&'static str]) -> BoxedStrategy<Option<String>> {
        prop_oneof![
            300 => Just(Some(good.to_string())),
            2 => select(bad).prop_map(|b| Some(b.to_string())),
            1 => text(4).prop_map(|t| Some(toml_string(&t))),
            1 => Just(None),
        ]
        .boxed()
    }

    /// An optional field: missing but one time in a hundred, else one of
    /// `values`.
    fn optional(values: &'static [&'static str]) -> BoxedStrategy<Option<String>> {
        prop_oneof![100 => Just(None), 1 => select(values).prop_map(|v| Some(v.to_string()))].boxed()
    }

    /// A `key = value` line for each field given.
    fn lines(fields: Vec<(&'static str, BoxedStrategy<Option<String>>)>) -> BoxedStrategy<String> {
        let lines: Vec<_> = fields.into_iter().map(|(k, v)| v.prop_map(move |v| v.map_or(String::new(), |v| format!("{k} = {v}\n")))).collect();
        lines.prop_map(|lines| lines.concat()).boxed()
    }

    /// `[[header]]` and its [`lines`].
    fn table(header: &'static str, fields: Vec<(&'static str, BoxedStrategy<Option<String>>)>) -> BoxedStrategy<String> {
        lines(fields).prop_map(move |lines| format!("[[{header}]]\n{lines}\n")).boxed()
    }

    /// Up to `max - 1` copies of `table`.
    fn tables(table: BoxedStrategy<String>, max: usize) -> BoxedStrategy<String> {
        prop::collection::vec(table, 0..max).prop_map(|t| t.concat()).boxed()
    }

    /// `table` nearly always, else nothing.
    fn usually(table: BoxedStrategy<String>) -> BoxedStrategy<String> {
        prop::option::weighted(0.97, table).prop_map(Option::unwrap_or_default).boxed()
    }

    /// `table` rarely, else nothing.
    fn rarely(table: BoxedStrategy<String>) -> BoxedStrategy<String> {
        prop::option::weighted(0.05, table).prop_map(Option::unwrap_or_default).boxed()
    }

    const IDS: &[&str] = &["\"a\"", "\"b\"", "\"c\"", "\"\"", "\"A b\"", "1"];
    const DATES: &[&str] = &["\"not stated\"", "\"2022\"", "\"2022-13-01\"", "\"2022-02-31\"", "\"\"", "\"२०२२-१०-३०\"", "\"2022-10-3x\"", "\"2021-01-01\""];
    const NUMBERS: &[&str] = &["0", "1", "2", "3", "-1", "99999999999999999999", "1.5", "\"1\"", "nan"];
    const TEXTS: &[&str] = &["\"\"", "\" \"", "1", "[]", "\"\\u0000\""];

    /// Sentences like those of the valid bodies.
    const SENTENCES: &[&str] = &[
        "Carl Thayer said it was very important.",
        "Trade reached $230.2 billion in 2021.",
        "Trade reached $165.8 billion.",
        "Some 39% agreed, and 39% did not.",
        "It sent 12 ships.",
        "## A heading",
        "## ",
        "Nguyen Phu Trong visited Beijing.",
        "+++",
    ];

    /// `good`, or now and then paragraphs of [`SENTENCES`] and other text.
    fn body(good: &'static str) -> BoxedStrategy<String> {
        let paragraph = prop_oneof![4 => pick(SENTENCES), 1 => text(12), 1 => made_of(MARKDOWN, 8)];
        let other = (prop::collection::vec(paragraph, 0..6), pick(&["\n\n", "\n", "\r\n\r\n", " "])).prop_map(|(p, sep)| p.join(&sep));
        prop_oneof![19 => Just(good.to_string()), 1 => other].boxed()
    }

    /// The article `id`: front matter, notes, cleaning, then `good_body`.
    fn article(id: &'static str, kind: &'static str, good_body: &'static str) -> BoxedStrategy<String> {
        let front = lines(vec![
                ("id", value(id, IDS)),
                ("seed", value("\"a.txt\"", TEXTS)),
                ("title", value("\"Trong’s visit\"", TEXTS)),
                ("outlet", value("\"Radio Free Asia\"", TEXTS)),
                ("author", value("\"not stated\"", TEXTS)),
                ("date", value("\"2022-10-30\"", DATES)),
                ("url", value("\"not stated\"", &["\"javascript:x\""])),
                ("event", value("\"visit\"", &["\"\"", "\"gone\""])),
                ("kind", value(kind, &["\"news\"", "\"analysis\"", "\"own\"", "\"host\"", "1"])),
                ("seed", optional(&["\"twice\""])),
            ("extra", optional(&["1"])),
        ]);
        let notes = tables(table("notes", vec![("label", value("\"Copyright\"", TEXTS)), ("text", value("\"RFA\"", TEXTS))]), 3);
        let note = || ("note", value("\"n\"", TEXTS));
        let cleaning = prop_oneof![
            table("cleaning", vec![("drop", value("\"Leave a Reply\"", TEXTS)), ("moved", optional(&["\"x\""])), note()]),
            table("cleaning", vec![("replace", value("\"â\"", TEXTS)), ("with", value("\"—\"", TEXTS)), note()]),
            table("cleaning", vec![("moved", value("\"By RFA\"", TEXTS)), ("with", optional(&["\"x\""])), note()]),
        ];
        let open = prop_oneof![100 => Just("+++\n".to_string()), 1 => pick(&["+++\r\n", "\u{FEFF}+++\n", "+++", "++\n", ""])];
        let close = prop_oneof![100 => Just("+++\n".to_string()), 1 => pick(&["+++\r\n", "+++ \n", "+++", ""])];
        (open, front, notes, tables(cleaning.boxed(), 3), close, body(good_body))
            .prop_map(|(open, front, notes, cleaning, close, body)| format!("{open}{front}{notes}{cleaning}{close}\n{body}\n"))
            .boxed()
    }

    /// A small valid corpus (articles `a` and `b`, an event, three
    /// entities, a viewpoint, a view and a figure topic) with, now and
    /// then, a wrong or missing value, an extra table, a missing file or
    /// broken syntax.
    fn corpus() -> BoxedStrategy<Vec<(String, String)>> {
        let event = |id| {
            table(
                "event",
                vec![
                    ("id", value(id, &["\"Visit!\"", "\"\"", "\"visit\""])),
                    ("label", value("\"A visit\"", TEXTS)),
                    ("dates", value("\"Oct 2022\"", TEXTS)),
                    ("start", value("\"2022-10\"", DATES)),
                    ("end", optional(DATES)),
                    ("reported", optional(IDS)),
                ],
            )
        };
        const COORDS: &[&str] = &["[95.0, 0.0]", "[nan, 1.0]", "[1.0]", "[]", "[1.0, 2.0, 3.0]", "[inf, -inf]", "\"1, 2\"", "[21.0, 105.8]"];
        let entity = |id, name, kind, aliases, coords: BoxedStrategy<Option<String>>, analyst| {
            table(
                "entity",
                vec![
                    ("id", value(id, &["\"carl-thayer\"", "\"beijing\"", "\"Bad Id\"", "\"\""])),
                    ("name", value(name, &["\"Trọng\"", "\"Beijing\"", "\"\"", "\"\u{0323}\"", "\"Xi\"", "\"Carl Thayer\""])),
                    ("kind", value(kind, &["\"person\"", "\"place\"", "\"org\"", "\"city\""])),
                    ("aliases", value(aliases, &["[]", "[\"\"]", "[\"Trọng\", \"trong\"]", "[\"Xi\"]", "[\"Thayer\"]", "\"x\""])),
                    ("description", value("\"Someone.\"", TEXTS)),
                    ("role", optional(&["\"Professor\"", "\"\""])),
                    ("analyst", value(analyst, &["false", "true", "\"yes\""])),
                    ("affiliation", value("\"not stated\"", &["\" \"", "1"])),
                    ("coords", coords),
                ],
            )
        };
        let ambiguous = table(
            "ambiguous",
            vec![("alias", value("\"Trong\"", &["\"\"", "\"Thayer\""])), ("entities", value("[\"trong\", \"beijing\"]", &["[]", "[\"nobody\"]"])), ("note", value("\"n\"", TEXTS))],
        );
        let viewpoint = |id| table("viewpoint", vec![("id", value(id, &["\"party\"", "\"Hedging\"", "\"\"", "\"hedging\""])), ("label", value("\"Hedging\"", TEXTS)), ("definition", value("\"d\"", TEXTS))]);
        let many_viewpoints = (0..70).map(|n| format!("[[viewpoint]]\nid = \"v{n}\"\nlabel = \"V\"\ndefinition = \"d\"\n")).collect::<String>();
        let view = table(
            "view",
            vec![
                ("analyst", value("\"carl-thayer\"", &["\"trong\"", "\"nobody\"", "\"beijing\""])),
                ("article", value("\"a\"", IDS)),
                ("paragraph", value("1", NUMBERS)),
                ("quote", value("\"very important\"", &["\"\"", "\"Carl\"", "\"Trade reached\"", "\" \""])),
                ("viewpoints", value("[\"hedging\"]", &["[]", "[\"nobody\"]", "[\"hedging\", \"hedging\"]"])),
            ],
        );
        const PHRASES: &[&str] = &["\"$165.8 billion\"", "\"39%\"", "\"12 ships\"", "\"2021\"", "\"\"", "\"Trade\"", "\"$230.2\"", "\"$230.2 billion\""];
        let figure = |article, phrase, paragraph: BoxedStrategy<Option<String>>| {
            table("topic.figure", vec![("article", value(article, IDS)), ("phrase", value(phrase, PHRASES)), ("source", value("\"not stated\"", TEXTS)), ("paragraph", paragraph)])
        };
        let topic = |id| table("topic", vec![("id", value(id, IDS)), ("label", value("\"Trade\"", TEXTS))]);
        let file = |path: &'static str, text: BoxedStrategy<String>| {
            prop::option::weighted(0.98, (text, 0u8..60, any::<Index>(), select(TOML)))
                .prop_map(move |f| f.map(|(text, how, at, junk)| (path.to_string(), mutated(text, how, at, junk))))
        };
        let concat = |parts: Vec<BoxedStrategy<String>>| parts.prop_map(|p| p.concat()).boxed();
        let files = vec![
            file("corpus/articles/a.md", article("\"a\"", "\"news\"", "Carl Thayer said it was very important.\n\n## A heading\n\nTrade reached $230.2 billion in 2021.")),
            file("corpus/articles/b.md", article("\"b\"", "\"analysis\"", "Trade reached $165.8 billion, and 39% agreed.\n\nIt sent 12 ships.")),
            file("corpus/events.toml", concat(vec![usually(event("\"visit\"")), rarely(event("\"summit\""))])),
            file(
                "corpus/entities.toml",
                concat(vec![
                    usually(entity("\"carl-thayer\"", "\"Carl Thayer\"", "\"person\"", "[\"Thayer\"]", optional(COORDS), "true")),
                    usually(entity("\"beijing\"", "\"Beijing\"", "\"place\"", "[]", value("[39.9, 116.4]", COORDS), "false")),
                    usually(entity("\"trong\"", "\"Nguyen Phu Trong\"", "\"person\"", "[\"Nguyễn Phú Trọng\", \"Trong\"]", optional(COORDS), "false")),
                    rarely(ambiguous),
                ]),
            ),
            file("corpus/viewpoints.toml", prop_oneof![50 => concat(vec![usually(viewpoint("\"hedging\"")), rarely(viewpoint("\"party\""))]), 1 => Just(many_viewpoints)].boxed()),
            file("corpus/analysts.toml", concat(vec![usually(view.clone()), rarely(view)])),
            file(
                "corpus/figures.toml",
                concat(vec![
                    usually(topic("\"trade\"")),
                    usually(figure("\"a\"", "\"$230.2 billion\"", value("2", NUMBERS))),
                    usually(figure("\"b\"", "\"$165.8 billion\"", optional(NUMBERS))),
                    rarely(topic("\"ships\"")),
                    rarely(figure("\"b\"", "\"12 ships\"", optional(NUMBERS))),
                ]),
            ),
        ];
        files.prop_map(|f| f.into_iter().flatten().collect()).boxed()
    }

    /// Errors name a file given and a line in it; a corpus that loads
    /// serializes and its entities build a recognizer.
    fn check_load(files: &[(String, String)]) -> Result<bool, TestCaseError> {
        match load_files(files) {
            Ok(corpus) => {
                serde_json::to_string(&corpus).expect("a corpus serializes");
                let recognizer = Recognizer::with_world(&corpus, "");
                for a in &corpus.articles {
                    for (_, p) in a.paragraphs() {
                        check_spans(p, &recognizer.annotate(p))?;
                    }
                }
                Ok(true)
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for e in &errors {
                    let _ = e.to_string();
                    if let Some(line) = e.line {
                        let in_file = |(p, t): &(String, String)| *p == e.file && line >= 1 && line <= t.split('\n').count();
                        prop_assert!(files.iter().any(in_file), "{e} names a line of a given file");
                    }
                }
                Ok(false)
            }
        }
    }

    #[test]
    fn load_text() {
        let file = (pick(PATHS), prop_oneof![text(30), made_of(TOML, 30), made_of(MARKDOWN, 30)]);
        fuzz("load_text", prop::collection::vec(file, 0..5), |files| check_load(&files));
    }

    #[test]
    fn load_corpus() {
        fuzz("load_corpus", corpus(), |files| check_load(&files));
    }
}
