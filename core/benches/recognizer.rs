//! Recognizer throughput over the whole corpus, in bytes per second, beside
//! a baseline measured in the same run: folding the same text (the least
//! any folded matching must do).
//!
//! `make bench` runs this and prints the medians and their ratio; and one
//! long paragraph repeating names, at two sizes, to show linear time.

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

    // One hostile paragraph repeating names: linear time (it once grew with
    // the square of the length). Compare the two sizes' medians: 4x bytes
    // should take about 4x the time, against the fold baseline.
    let mut group = c.benchmark_group("repeated-names");
    group.sample_size(10);
    for kb in [64, 256] {
        let line = "Hà Nội and Lan Vu (LV) met, and LV spoke in Hà Nội. ";
        let text = line.repeat(kb * 1024 / line.len());
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("baseline-fold-{kb}KB"), |b| b.iter(|| fold(std::hint::black_box(&text))));
        group.bench_function(format!("annotate-{kb}KB"), |b| b.iter(|| recognizer.annotate(std::hint::black_box(&text))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
