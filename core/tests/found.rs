//! The mentions the build compiles into the app (`Recognizer::found_in`)
//! read back (`Recognizer::span`) as exactly the recognizer's own spans, cues
//! included: over the corpus, and over the gold texts, whose guesses carry
//! every kind of cue.
#![cfg(feature = "load")]

mod common;

use std::path::Path;

use bamboo_core::{Block, Corpus};

fn corpus_with_gold_texts() -> Corpus {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut corpus = bamboo_core::load_dir(&root.join("corpus")).expect("corpus is valid");
    let template = corpus.articles[0].clone();
    let mut files: Vec<_> = std::fs::read_dir(root.join("tests/gold")).expect("gold dir").map(|e| e.expect("entry").path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    for (i, path) in files.iter().enumerate() {
        // The gold markup `[[surface|kind]]` read as its surface text.
        let marked = std::fs::read_to_string(path).expect("gold file");
        let text: String = marked.lines().filter(|l| !l.starts_with("# source:")).collect::<Vec<_>>().join("\n");
        let plain = text.replace("[[", "").split("]]").map(|part| part.rsplit_once('|').map_or(part, |(surface, _)| surface)).collect::<String>();
        let blocks = plain.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| Block::Paragraph(p.trim().to_string())).collect();
        corpus.articles.push(bamboo_core::Article { id: format!("gold-{i}"), blocks, ..template.clone() });
    }
    corpus
}

#[test]
fn compiled_mentions_read_back_as_the_recognizers_spans() {
    let r = common::corpus_recognizer();
    let corpus = corpus_with_gold_texts();
    let found = r.found_in(&corpus);
    let (mut spans, mut cues) = (0, 0);
    for (article, blocks) in corpus.articles.iter().zip(&found) {
        for (block, found) in article.blocks.iter().zip(blocks) {
            let (Block::Heading(text) | Block::Paragraph(text)) = block;
            let read: Vec<_> = found.iter().map(|f| r.span(text, f).unwrap_or_else(|| panic!("{f:?} reads back in {text}"))).collect();
            assert_eq!(read, r.annotate(text), "{}: {text}", article.id);
            spans += read.len();
            cues += read.iter().filter(|s| s.cue.is_some()).count();
        }
    }
    assert!(spans > 1000 && cues > 100, "the texts exercise the guesser: {spans} spans, {cues} with cues");
}

#[test]
fn compiled_mentions_survive_postcard() {
    let r = common::corpus_recognizer();
    let found = r.found_in(&corpus_with_gold_texts());
    let bytes = postcard::to_allocvec(&found).expect("encodes");
    assert_eq!(postcard::from_bytes::<Vec<Vec<Vec<bamboo_core::Found>>>>(&bytes).expect("decodes"), found);
}
