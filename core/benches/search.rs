//! Search speed: one keystroke's search over the corpus, and over a library
//! of 200 articles of the reader's own (the corpus's text, repeated), beside
//! the baseline the recognizer bench also measures (folding the corpus
//! text once), in the same run.
//!
//! `make bench` runs this and prints the medians and their ratio.

use std::path::Path;

use bamboo_core::{fold, load_dir, Block, Corpus, Query, SearchIndex};
use criterion::{criterion_group, criterion_main, Criterion};

/// What a reader types, one keystroke at a time.
const TYPED: &str = "nguyen phu trong";

fn corpus() -> Corpus {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")).expect("corpus is valid")
}

/// The corpus with its articles repeated to `n`, each with a new id.
fn library(corpus: &Corpus, n: usize) -> Corpus {
    let mut big = corpus.clone();
    big.articles = (0..n)
        .map(|i| {
            let mut a = corpus.articles[i % corpus.articles.len()].clone();
            a.id = format!("user:u-{i}");
            a
        })
        .collect();
    big
}

fn text_of(corpus: &Corpus) -> String {
    let blocks = corpus.articles.iter().flat_map(|a| a.blocks.iter().map(|b| match b {
        Block::Heading(t) | Block::Paragraph(t) => t.as_str(),
    }));
    blocks.collect::<Vec<_>>().join("\n\n")
}

/// Every prefix of [`TYPED`] that ends a keystroke.
fn keystrokes() -> Vec<Query> {
    TYPED.char_indices().map(|(i, c)| Query::parse(&TYPED[..i + c.len_utf8()])).collect()
}

fn bench(c: &mut Criterion) {
    let corpus = corpus();
    let text = text_of(&corpus);
    let queries = keystrokes();
    let mut group = c.benchmark_group("search");
    group.bench_function("baseline-fold", |b| b.iter(|| fold(std::hint::black_box(&text))));
    let index = SearchIndex::new(&corpus);
    // All keystrokes of TYPED: the report divides by their number.
    group.bench_function("corpus-keystrokes", |b| b.iter(|| queries.iter().map(|q| index.search(q).len()).sum::<usize>()));
    let big = library(&corpus, 200);
    let index200 = SearchIndex::new(&big);
    group.bench_function("own-200-keystrokes", |b| b.iter(|| queries.iter().map(|q| index200.search(q).len()).sum::<usize>()));
    group.sample_size(10);
    group.bench_function("own-200-index", |b| b.iter(|| SearchIndex::new(std::hint::black_box(&big))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
