//! Table-driven tests of loading and validation: one valid corpus, then one
//! row per way to break it, each with the exact message it must produce.

use super::*;

const ARTICLE: &str = r#"+++
id = "alpha-2022-visit"
seed = "000_alpha.txt"
title = "Trong’s visit"
outlet = "Radio Free Asia"
author = "not stated"
date = "2022-10-30"
url = "not stated"
event = "visit-2022"
kind = "news"

[[notes]]
label = "Copyright"
text = "Copyright RFA."

[[cleaning]]
drop = "Leave a Reply"
note = "comment form"

[[cleaning]]
replace = "â"
with = "—"
note = "mis-decoded dash"
+++

Nguyen Phu Trong visited Beijing.

## A heading

Carl Thayer said it was “very important” to both sides.
"#;

const EVENTS: &str = r#"[[event]]
id = "visit-2022"
label = "Trong visits Beijing"
dates = "Oct 2022"
"#;

const ENTITIES: &str = r#"[[entity]]
id = "nguyen-phu-trong"
name = "Nguyen Phu Trong"
kind = "person"
aliases = ["Nguyễn Phú Trọng", "Trong"]
description = "General Secretary."
role = "General Secretary"

[[entity]]
id = "carl-thayer"
name = "Carl Thayer"
kind = "person"
aliases = ["Thayer"]
description = "Analyst."
role = "Professor"
analyst = true
affiliation = "Southeast Asia regional expert"

[[entity]]
id = "beijing"
name = "Beijing"
kind = "place"
description = "Capital of China."
coords = [39.9, 116.4]
"#;

const VIEWPOINTS: &str = r#"[[viewpoint]]
id = "party-ties"
label = "Party-to-party ties"
definition = "The two parties' bond matters most."
"#;

const ANALYSTS: &str = r#"[[view]]
analyst = "carl-thayer"
article = "alpha-2022-visit"
paragraph = 2
quote = "“very important” to both sides"
viewpoints = ["party-ties"]
"#;

fn files() -> Vec<(String, String)> {
    vec![
        ("corpus/articles/alpha-2022-visit.md".into(), ARTICLE.into()),
        ("corpus/events.toml".into(), EVENTS.into()),
        ("corpus/entities.toml".into(), ENTITIES.into()),
        ("corpus/viewpoints.toml".into(), VIEWPOINTS.into()),
        ("corpus/analysts.toml".into(), ANALYSTS.into()),
    ]
}

/// The files with `from` replaced by `to` in the file whose path ends with `file`.
fn broken(file: &str, from: &str, to: &str) -> Vec<(String, String)> {
    let mut files = files();
    let f = files.iter_mut().find(|(p, _)| p.ends_with(file)).expect("fixture file");
    assert!(f.1.contains(from), "fixture {file} contains {from:?}");
    f.1 = f.1.replacen(from, to, 1);
    files
}

#[test]
fn valid_corpus_loads() {
    let corpus = load_files(&files()).expect("valid");
    let a = &corpus.articles[0];
    assert_eq!(a.title, "Trong’s visit");
    assert_eq!(
        a.blocks,
        vec![
            Block::Paragraph("Nguyen Phu Trong visited Beijing.".into()),
            Block::Heading("A heading".into()),
            Block::Paragraph("Carl Thayer said it was “very important” to both sides.".into()),
        ]
    );
    assert_eq!(a.notes, vec![Note { label: "Copyright".into(), text: "Copyright RFA.".into() }]);
    assert_eq!(a.cleaning.len(), 2);
    assert!(matches!(&a.cleaning[1], Cleaning::Replace { from, to, .. } if from == "â" && to == "—"));
    assert_eq!(corpus.entities.len(), 3);
    assert!(corpus.entity("carl-thayer").unwrap().analyst);
    assert_eq!(corpus.entity("beijing").unwrap().coords, Some([39.9, 116.4]));
    assert_eq!(corpus.entity("carl-thayer").unwrap().coords, None);
    assert_eq!(corpus.views.len(), 1);
}

#[test]
fn broken_corpora_are_reported_with_file_line_and_problem() {
    let md = "alpha-2022-visit.md";
    let rows: &[(&str, &str, &str, &str)] = &[
        // (file, replace this, with this, expected message)
        (md, "title = \"Trong’s visit\"\n", "", "corpus/articles/alpha-2022-visit.md:2: missing field `title`"),
        (md, "outlet = \"Radio Free Asia\"", "outlet = \"\"", "corpus/articles/alpha-2022-visit.md:1: `outlet` is empty: write what the text states, or \"not stated\""),
        (md, "date = \"2022-10-30\"", "date = \"30 Oct 2022\"", "corpus/articles/alpha-2022-visit.md:1: date \"30 Oct 2022\" is not an ISO date (YYYY-MM-DD) nor \"not stated\""),
        (md, "kind = \"news\"", "kind = \"blog\"", "corpus/articles/alpha-2022-visit.md:10: unknown variant `blog`, expected `news` or `analysis`"),
        (md, "kind = \"news\"", "kind = \"own\"", "corpus/articles/alpha-2022-visit.md:10: unknown variant `own`, expected `news` or `analysis`"),
        (md, "event = \"visit-2022\"", "event = \"visit-2099\"", "corpus/articles/alpha-2022-visit.md:1: unknown event \"visit-2099\""),
        (md, "id = \"alpha-2022-visit\"", "id = \"beta\"", "corpus/articles/alpha-2022-visit.md:1: id \"beta\" does not match the file name alpha-2022-visit.md"),
        (md, "Nguyen Phu Trong visited Beijing.\n\n## A heading\n\nCarl Thayer said it was “very important” to both sides.\n", "## Only a heading\n", "corpus/articles/alpha-2022-visit.md:25: article alpha-2022-visit has no paragraphs"),
        (md, "+++\n\nNguyen", "\nNguyen", "corpus/articles/alpha-2022-visit.md:1: the front matter has no closing `+++` line"),
        (md, "+++\nid", "id", "corpus/articles/alpha-2022-visit.md:1: an article starts with a `+++` line, then TOML front matter, then another `+++` line"),
        (md, "drop = \"Leave a Reply\"", "drop = \"Leave a Reply\"\nmoved = \"x\"", "corpus/articles/alpha-2022-visit.md:16: a [[cleaning]] entry needs exactly one of `drop`, `moved`, or `replace` with `with`"),
        (md, "seed = ", "sede = \"x\"\nseed = ", "corpus/articles/alpha-2022-visit.md:3: unknown field `sede`, expected one of `id`, `seed`, `title`, `outlet`, `author`, `date`, `url`, `event`, `kind`, `notes`, `cleaning`"),
        ("events.toml", "label = \"Trong visits Beijing\"", "label = \"Trong visits Beijing", "corpus/events.toml:3: invalid basic string"),
        ("events.toml", "dates = \"Oct 2022\"", "dates = \"Oct 2022\"\nstart = \"Oct 2022\"", "corpus/events.toml:1: event visit-2022: date \"Oct 2022\" is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("events.toml", "dates = \"Oct 2022\"", "dates = \"Oct 2022\"\nstart = \"2022-10-30\"\nend = \"2022-10-01\"", "corpus/events.toml:1: event visit-2022 ends before it starts"),
        ("events.toml", "dates = \"Oct 2022\"", "dates = \"Oct 2022\"\nend = \"2022-10\"", "corpus/events.toml:1: event visit-2022 has an end but no start"),
        ("entities.toml", "id = \"beijing\"", "id = \"carl-thayer\"", "corpus/entities.toml:19: duplicate entity id \"carl-thayer\" (first defined at corpus/entities.toml:9)"),
        ("entities.toml", "id = \"beijing\"", "id = \"Beijing City\"", "corpus/entities.toml:19: entity id \"Beijing City\" is not a slug (lowercase letters, digits and dashes)"),
        ("entities.toml", "aliases = [\"Thayer\"]", "aliases = [\"Thayer\", \"Trọng\"]", "corpus/entities.toml:9: alias \"trong\" names several entities (nguyen-phu-trong, carl-thayer): keep it on one, or declare it in [[ambiguous]]"),
        ("entities.toml", "kind = \"place\"", "kind = \"city\"", "corpus/entities.toml:22: unknown variant `city`, expected one of `person`, `place`, `org`"),
        ("entities.toml", "affiliation = \"Southeast Asia regional expert\"\n", "", "corpus/entities.toml:9: analyst carl-thayer needs an affiliation as the text gives it, or \"not stated\""),
        ("entities.toml", "kind = \"place\"\n", "kind = \"place\"\nrole = \"capital\"\n", "corpus/entities.toml:19: entity beijing is a place: only people have a role or are analysts"),
        ("entities.toml", "coords = [39.9, 116.4]", "coords = [95.0, 116.4]", "corpus/entities.toml:19: entity beijing has coords [95, 116.4]: latitude must be within -90..90 and longitude within -180..180"),
        ("entities.toml", "coords = [39.9, 116.4]", "coords = [39.9, -200.5]", "corpus/entities.toml:19: entity beijing has coords [39.9, -200.5]: latitude must be within -90..90 and longitude within -180..180"),
        ("entities.toml", "coords = [39.9, 116.4]", "coords = [nan, 116.4]", "corpus/entities.toml:19: entity beijing has coords [NaN, 116.4]: latitude must be within -90..90 and longitude within -180..180"),
        ("entities.toml", "coords = [39.9, 116.4]", "coords = [39.9]", "corpus/entities.toml:19: entity beijing has 1 coords: write `coords = [latitude, longitude]`"),
        ("entities.toml", "coords = [39.9, 116.4]", "coords = [39.9, 116.4, 0.0]", "corpus/entities.toml:19: entity beijing has 3 coords: write `coords = [latitude, longitude]`"),
        ("entities.toml", "coords = [39.9, 116.4]", "coords = \"39.9, 116.4\"", "corpus/entities.toml:24: invalid type: string \"39.9, 116.4\", expected a sequence"),
        ("entities.toml", "role = \"General Secretary\"\n", "role = \"General Secretary\"\ncoords = [21.0, 105.8]\n", "corpus/entities.toml:1: entity nguyen-phu-trong is a person: only places have coords"),
        ("entities.toml", "analyst = true", "analyst = false", "corpus/analysts.toml:1: carl-thayer is not marked `analyst = true` in entities.toml"),
        ("viewpoints.toml", "definition = \"The two parties' bond matters most.\"", "definition = \"\"", "corpus/viewpoints.toml:1: viewpoint party-ties needs a label and a definition"),
        ("analysts.toml", "analyst = \"carl-thayer\"", "analyst = \"karl-thayer\"", "corpus/analysts.toml:1: unknown analyst \"karl-thayer\""),
        ("analysts.toml", "viewpoints = [\"party-ties\"]", "viewpoints = [\"hedging\"]", "corpus/analysts.toml:1: unknown viewpoint \"hedging\""),
        ("analysts.toml", "viewpoints = [\"party-ties\"]", "viewpoints = []", "corpus/analysts.toml:1: a view needs at least one viewpoint"),
        ("analysts.toml", "article = \"alpha-2022-visit\"", "article = \"gamma\"", "corpus/analysts.toml:1: unknown article \"gamma\""),
        ("analysts.toml", "paragraph = 2", "paragraph = 7", "corpus/analysts.toml:1: alpha-2022-visit has no paragraph ¶7 (it has 2)"),
        ("analysts.toml", "quote = \"“very important” to both sides\"", "quote = \"\\\"very important\\\" to both sides\"", "corpus/analysts.toml:1: evidence not found in alpha-2022-visit ¶2: \"\"very important\" to both sides\""),
        ("analysts.toml", "paragraph = 2", "paragraph = 1", "corpus/analysts.toml:1: evidence not found in alpha-2022-visit ¶1: \"“very important” to both sides\""),
    ];
    let mut failures = Vec::new();
    for (file, from, to, want) in rows {
        let errors = load_files(&broken(file, from, to)).expect_err(want);
        let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
        if !got.iter().any(|g| g == want) {
            failures.push(format!("{file}: {from:?} → {to:?}\n  want: {want}\n  got:  {got:#?}"));
        }
    }
    assert!(rows.len() >= 12, "at least 12 kinds of broken corpus");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn whole_corpus_problems_are_reported() {
    let rows: &[(Vec<(String, String)>, &str)] = &[
        (files().into_iter().filter(|(p, _)| !p.ends_with(".md")).collect(), "articles/: the corpus has no articles"),
        (vec![("corpus/notes.txt".into(), String::new())], "corpus/notes.txt: unknown corpus file (expected articles/*.md, events.toml, entities.toml, viewpoints.toml or analysts.toml)"),
        (
            files().into_iter().chain([("corpus/articles/alpha-2022-visit-copy.md".to_string(), ARTICLE.to_string())]).collect(),
            "corpus/articles/alpha-2022-visit-copy.md:1: duplicate article id \"alpha-2022-visit\" (first defined at corpus/articles/alpha-2022-visit.md:1)",
        ),
    ];
    for (files, want) in rows {
        let got: Vec<String> = load_files(files).expect_err(want).iter().map(ToString::to_string).collect();
        assert!(got.iter().any(|g| g == want), "want: {want}\n got: {got:#?}");
    }
}

#[test]
fn an_analyst_without_views_is_reported() {
    let files = broken("analysts.toml", ANALYSTS, "");
    let got: Vec<String> = load_files(&files).expect_err("no views").iter().map(ToString::to_string).collect();
    assert!(got.contains(&"corpus/entities.toml:9: analyst carl-thayer has no attributed view in analysts.toml".to_string()), "{got:#?}");
}

#[test]
fn declared_ambiguous_alias_is_allowed() {
    let mut files = broken("entities.toml", "aliases = [\"Thayer\"]", "aliases = [\"Thayer\", \"Trong\"]");
    files[2].1.push_str("\n[[ambiguous]]\nalias = \"Trong\"\nentities = [\"nguyen-phu-trong\", \"carl-thayer\"]\nnote = \"test\"\n");
    assert!(load_files(&files).is_ok());
}

#[test]
fn load_dir_reports_missing_files_and_bad_utf8() {
    let dir = std::env::temp_dir().join(format!("bamboo-core-test-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    std::fs::write(dir.join("articles/x.md"), b"+++\n\xff\n+++\n").unwrap();
    let got: Vec<String> = load_dir(&dir).expect_err("broken").iter().map(ToString::to_string).collect();
    let d = dir.display();
    assert!(got.contains(&format!("{d}/articles/x.md: not valid UTF-8 (byte 4)")), "{got:#?}");
    assert!(got.contains(&format!("{d}/entities.toml: file is missing")), "{got:#?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn helpers() {
    for (s, want) in [("2022-10-30", true), ("2022-13-01", false), ("2022-1-30", false), ("not stated", false), ("2022-10-3x", false)] {
        assert_eq!(is_iso_date(s), want, "{s}");
    }
    for (s, want) in [("Nguyễn Phú Trọng", "nguyen phu trong"), ("Đà Nẵng", "da nang"), ("Trong’s", "trong's")] {
        assert_eq!(fold(s), want, "{s}");
    }
    for (text, offset, want) in [("a\nb\nc", 0, 1), ("a\nb\nc", 2, 2), ("a\nb\nc", 99, 3)] {
        assert_eq!(line_of(text, offset), want);
    }
}
