//! Recognizer throughput over the whole corpus, in bytes per second, beside
//! a baseline measured in the same run: folding the same text (the least
//! any folded matching must do).
//!
//! `make bench` runs this and prints the medians and their ratio.

use std::path::Path;

use bamboo_core::{fold, load_dir, Block, Recognizer};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpus_text() -> (bamboo_core::Corpus, String) {
    let corpus = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")).expect("corpus is valid");
    let text = corpus
        .articles
        .iter()
        .flat_map(|a| a.blocks.iter().map(|b| match b {
            Block::Heading(t) | Block::Paragraph(t) => t.as_str(),
        }))
        .collect::<Vec<_>>()
        .join("\n\n");
    (corpus, text)
}

fn bench(c: &mut Criterion) {
    let (corpus, text) = corpus_text();
    let recognizer = Recognizer::new(&corpus);
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("baseline-fold", |b| b.iter(|| fold(std::hint::black_box(&text))));
    group.bench_function("annotate", |b| b.iter(|| recognizer.annotate(std::hint::black_box(&text))));
    group.finish();
    c.bench_function("build-recognizer", |b| b.iter(|| Recognizer::new(std::hint::black_box(&corpus))));
}

criterion_group!(benches, bench);
criterion_main!(benches);
