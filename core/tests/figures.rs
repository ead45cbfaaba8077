//! The figures of the shipped corpus: every figure `find_figures` reads in
//! the five articles, and the topics of `corpus/figures.toml`.

#![cfg(feature = "load")]

use bamboo_core::{find_figures, load_dir, Unit};

fn corpus() -> bamboo_core::Corpus {
    load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")).expect("corpus is valid")
}

/// Every figure in the corpus, so that a change to the reader that finds
/// more or fewer shows here. Years, dates, ordinals, durations, "the two
/// countries" and "one of" are in the articles and absent from this list.
#[test]
fn every_figure_in_the_corpus() {
    let want = [
        "9dashline-2022-regime-state-security ¶14: USD 165 billion = 165 billion USD",
        "caporale-2022-mr-trong-goes-to-beijing ¶1: five remaining communist-led countries = 5 remaining communist-led countries",
        "caporale-2022-mr-trong-goes-to-beijing ¶6: 3,200 acres = 3,200 acres",
        "caporale-2022-mr-trong-goes-to-beijing ¶6: a billion dollars = 1 billion USD",
        "caporale-2022-mr-trong-goes-to-beijing ¶6: two foreign oil companies = 2 foreign oil companies",
        "caporale-2022-mr-trong-goes-to-beijing ¶7: 56.9 percent = 56.9%",
        "caporale-2022-mr-trong-goes-to-beijing ¶7: 11.8 percent = 11.8%",
        "caporale-2022-mr-trong-goes-to-beijing ¶7: 73.6 percent = 73.6%",
        "caporale-2022-mr-trong-goes-to-beijing ¶7: 26.4 percent = 26.4%",
        "caporale-2022-mr-trong-goes-to-beijing ¶8: eighty Chinese boats = 80 chinese boats",
        "caporale-2022-mr-trong-goes-to-beijing ¶8: two other Chinese ships = 2 other chinese ships",
        "caporale-2022-mr-trong-goes-to-beijing ¶8: twenty people = 20 people",
        "caporale-2022-mr-trong-goes-to-beijing ¶10: $60 million = 60 million USD",
        "caporale-2022-mr-trong-goes-to-beijing ¶14: thirteen economic agreements = 13 economic agreements",
        "dw-2023-xi-heads-to-vietnam ¶11: $200 billion = 200 billion USD",
        "dw-2023-xi-heads-to-vietnam ¶11: €186 billion = 186 billion EUR",
        "dw-2023-xi-heads-to-vietnam ¶11: $111.5 billion = 111.5 billion USD",
        "rfa-2022-trong-beijing ¶4: 52,000 followers = 52,000 followers",
        "rfa-2022-trong-beijing ¶5: four countries = 4 countries",
        "rfa-2022-trong-beijing ¶6: $230.2 billion = 230.2 billion USD",
        "rfa-2022-trong-beijing ¶6: 19.7% = 19.7%",
        "rfa-2022-trong-beijing ¶17: 106,000 Facebook followers = 106,000 facebook followers",
        "rfa-2022-trong-beijing ¶21: two reasons = 2 reasons",
        "voa-2024-to-lam-reassure-beijing ¶4: 14 cooperation documents = 14 cooperation documents",
        "voa-2024-to-lam-reassure-beijing ¶6: five members = 5 members",
    ];
    let corpus = corpus();
    let mut got = Vec::new();
    for a in &corpus.articles {
        for (n, p) in a.paragraphs() {
            got.extend(find_figures(p).iter().map(|f| format!("{} ¶{n}: {} = {}", a.id, &p[f.start..f.end], f.describe())));
        }
    }
    assert_eq!(got, want);
}

#[test]
fn the_trade_in_2021_is_given_by_three_articles() {
    let corpus = corpus();
    let topic = corpus.figures.iter().find(|t| t.id == "trade-2021").expect("topic trade-2021");
    let got: Vec<(&str, &str, usize, f64, &str)> =
        topic.figures.iter().map(|f| (f.article.as_str(), f.phrase.as_str(), f.paragraph, f.value, f.source.as_str())).collect();
    assert_eq!(
        got,
        [
            ("rfa-2022-trong-beijing", "$230.2 billion", 6, 230_200_000_000.0, "Chinese government data"),
            ("dw-2023-xi-heads-to-vietnam", "$200 billion", 11, 200_000_000_000.0, "reports"),
            ("9dashline-2022-regime-state-security", "USD 165 billion", 14, 165_000_000_000.0, "not stated"),
        ]
    );
    assert!(topic.figures.iter().all(|f| f.unit == Unit::Money("USD".into())));
    // "The highest is 39% above the lowest."
    assert_eq!(topic.spread().map(f64::floor), Some(39.0));
}
