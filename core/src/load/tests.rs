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
    replaced(files(), file, from, to)
}

/// `files` with `from` replaced by `to` in the file whose path ends with `file`.
fn replaced(mut files: Vec<(String, String)>, file: &str, from: &str, to: &str) -> Vec<(String, String)> {
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
    assert!(corpus.figures.is_empty(), "figures.toml is optional");
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
        (vec![("corpus/notes.txt".into(), String::new())], "corpus/notes.txt: unknown corpus file (expected articles/*.md, events.toml, entities.toml, viewpoints.toml, analysts.toml or figures.toml)"),
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

// ---- figures.toml -----------------------------------------------------------

/// An article of the figure fixtures, with `body` as its text.
fn figure_article(id: &str, body: &str) -> (String, String) {
    let front = format!("+++\nid = \"{id}\"\nseed = \"{id}.txt\"\ntitle = \"Trade\"\noutlet = \"DW\"\nauthor = \"not stated\"\ndate = \"not stated\"\nurl = \"not stated\"\nevent = \"visit-2022\"\nkind = \"news\"\n+++\n\n");
    (format!("corpus/articles/{id}.md"), front + body)
}

const FIGURES: &str = r#"[[topic]]
id = "trade-2021"
label = "Trade in 2021"

[[topic.figure]]
article = "gamma-2022-trade"
phrase = "$230.2 billion"
source = "Chinese government data"

[[topic.figure]]
article = "beta-2023-trade"
phrase = "$200 billion"
source = "reports"

[[topic]]
id = "agreements"
label = "Agreements signed"

[[topic.figure]]
article = "gamma-2022-trade"
phrase = "Thirteen economic agreements"
source = "not stated"

[[topic.figure]]
article = "beta-2023-trade"
phrase = "14 cooperation documents"
source = "not stated"
"#;

/// The valid corpus with two more articles and a figures.toml.
fn figure_files() -> Vec<(String, String)> {
    let mut files = files();
    files.push(figure_article("beta-2023-trade", "Bilateral commerce surpassed $200 billion (€186 billion) in 2021, according to reports.\n\nTrade grew 19.7% as the two sides signed 14 cooperation documents.\n\nTrade grew 19.7% again.\n"));
    files.push(figure_article("gamma-2022-trade", "Trade reached U.S. $230.2 billion in 2021, according to Chinese government data.\n\nThirteen economic agreements were signed.\n\nTrade grew 21 percent.\n"));
    files.push(("corpus/figures.toml".into(), FIGURES.into()));
    files
}

#[test]
fn figures_load_with_paragraph_value_and_unit() {
    let corpus = load_files(&figure_files()).expect("valid");
    let got: Vec<(&str, &str, usize, f64, String)> = corpus
        .figures
        .iter()
        .flat_map(|t| t.figures.iter().map(move |f| (t.id.as_str(), f.article.as_str(), f.paragraph, f.value, f.unit.kind().to_string())))
        .collect();
    assert_eq!(
        got,
        [
            ("trade-2021", "gamma-2022-trade", 1, 230.2e9, "money".to_string()),
            ("trade-2021", "beta-2023-trade", 1, 200e9, "money".to_string()),
            ("agreements", "gamma-2022-trade", 2, 13.0, "count".to_string()),
            ("agreements", "beta-2023-trade", 2, 14.0, "count".to_string()),
        ]
    );
    assert_eq!(corpus.figures[0].figures[0].unit, crate::Unit::Money("USD".into()));
    assert_eq!(corpus.figures[0].figures[0].source, "Chinese government data");
    assert_eq!(corpus.figures[1].figures[1].unit, crate::Unit::Count("cooperation documents".into()));
    assert_eq!(corpus.figures[0].spread().map(f64::round), Some(15.0));
    // A phrase in several paragraphs is fine once the paragraph is given.
    let growth = "\n[[topic]]\nid = \"growth\"\nlabel = \"Growth\"\n\n[[topic.figure]]\narticle = \"beta-2023-trade\"\nphrase = \"19.7%\"\nsource = \"not stated\"\nparagraph = 3\n\n[[topic.figure]]\narticle = \"gamma-2022-trade\"\nphrase = \"21 percent\"\nsource = \"not stated\"\n";
    let files = replaced(figure_files(), "figures.toml", "source = \"not stated\"\n\n[[topic.figure]]\narticle = \"beta-2023-trade\"\nphrase = \"14 cooperation documents\"\nsource = \"not stated\"\n", &format!("source = \"not stated\"\n\n[[topic.figure]]\narticle = \"beta-2023-trade\"\nphrase = \"14 cooperation documents\"\nsource = \"not stated\"\n{growth}"));
    let growth = load_files(&files).expect("valid").figures.pop().expect("growth");
    assert_eq!(growth.figures.iter().map(|f| (f.paragraph, f.value)).collect::<Vec<_>>(), [(3, 19.7), (3, 21.0)]);
    assert_eq!(growth.figures[1].unit, crate::Unit::Percent);
}

#[test]
fn broken_figures_are_reported_with_file_line_and_problem() {
    let beta = "article = \"beta-2023-trade\"\nphrase = \"$200 billion\"";
    let rows: &[(&str, &str, &str)] = &[
        // (replace this in figures.toml, with this, expected message)
        (beta, "article = \"delta\"\nphrase = \"$200 billion\"", "corpus/figures.toml:10: unknown article \"delta\""),
        ("\"$200 billion\"", "\"$300 billion\"", "corpus/figures.toml:10: figure \"$300 billion\" not found in beta-2023-trade"),
        ("\"$200 billion\"", "\"200 billion\"", "corpus/figures.toml:10: \"200 billion\" in beta-2023-trade ¶1 is not one figure as find_figures reads it (it reads: \"$200 billion\", \"€186 billion\")"),
        ("\"$200 billion\"", "\"in 2021\"", "corpus/figures.toml:10: \"in 2021\" in beta-2023-trade ¶1 is not one figure as find_figures reads it (it reads: \"$200 billion\", \"€186 billion\")"),
        ("\"$200 billion\"", "\"$200 billion (€186 billion)\"", "corpus/figures.toml:10: \"$200 billion (€186 billion)\" in beta-2023-trade ¶1 is not one figure as find_figures reads it (it reads: \"$200 billion\", \"€186 billion\")"),
        ("\"14 cooperation documents\"", "\"the two sides\"", "corpus/figures.toml:24: \"the two sides\" in beta-2023-trade ¶2 is not one figure as find_figures reads it (it reads: \"19.7%\", \"14 cooperation documents\")"),
        ("\"14 cooperation documents\"", "\"19.7%\"", "corpus/figures.toml:24: figure \"19.7%\" is in several paragraphs of beta-2023-trade (¶2, ¶3): say which with `paragraph`"),
        ("\"14 cooperation documents\"", "\"19.7%\"\nparagraph = 1", "corpus/figures.toml:24: figure \"19.7%\" not found in beta-2023-trade ¶1"),
        ("\"14 cooperation documents\"", "\"19.7%\"\nparagraph = 9", "corpus/figures.toml:24: beta-2023-trade has no paragraph ¶9 (it has 3)"),
        ("\"14 cooperation documents\"", "\"19.7%\"\nparagraph = 2", "corpus/figures.toml:24: \"19.7%\" is percent, but the topic's first figure \"Thirteen economic agreements\" is count: a topic compares like with like"),
        ("\"$200 billion\"", "\"€186 billion\"", "corpus/figures.toml:10: \"€186 billion\" is money in EUR, but the topic's first figure \"$230.2 billion\" is money in USD: a topic compares like with like"),
        ("id = \"agreements\"", "id = \"trade-2021\"", "corpus/figures.toml:15: duplicate topic id \"trade-2021\" (first defined at corpus/figures.toml:1)"),
        ("id = \"agreements\"", "id = \"Agreements\"", "corpus/figures.toml:15: topic id \"Agreements\" is not a slug (lowercase letters, digits and dashes)"),
        ("[[topic.figure]]\narticle = \"beta-2023-trade\"\nphrase = \"$200 billion\"\nsource = \"reports\"\n", "", "corpus/figures.toml:1: topic trade-2021 needs figures from at least two articles (it has 1)"),
        (beta, "article = \"gamma-2022-trade\"\nphrase = \"$230.2 billion\"", "corpus/figures.toml:10: topic trade-2021 already has a figure from gamma-2022-trade (line 5): one per article"),
        ("source = \"reports\"", "source = \" \"", "corpus/figures.toml:10: `source` is empty: write what the article says the figure comes from, or \"not stated\""),
        ("source = \"reports\"", "", "corpus/figures.toml:10: missing field `source`"),
        ("source = \"reports\"", "source = \"reports\"\nvalue = 200", "corpus/figures.toml:14: unknown field `value`, expected one of `article`, `phrase`, `source`, `paragraph`"),
        ("label = \"Trade in 2021\"", "label = \"\"", "corpus/figures.toml:1: topic trade-2021 has an empty label"),
        ("\"$200 billion\"", "\"\"", "corpus/figures.toml:10: the figure's phrase is empty"),
    ];
    let mut failures = Vec::new();
    for (from, to, want) in rows {
        let errors = load_files(&replaced(figure_files(), "figures.toml", from, to)).expect_err(want);
        let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
        if !got.iter().any(|g| g == want) {
            failures.push(format!("{from:?} → {to:?}\n  want: {want}\n  got:  {got:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
