//! Fidelity: every line of each source text in `corpus/seeds/` is in its
//! article (body, title or a note), unless the article's `[[cleaning]]`
//! lists it; and every body block comes from the source.
#![cfg(feature = "load")]

use std::path::PathBuf;

use bamboo_core::{load_dir, Article, Block, Cleaning, Corpus};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../corpus")
}

fn corpus() -> Corpus {
    load_dir(&corpus_dir()).unwrap_or_else(|errors| {
        panic!("corpus/ is valid:\n{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    })
}

/// The seed text with the article's replacements applied.
fn cleaned_seed(a: &Article) -> String {
    let raw = std::fs::read_to_string(corpus_dir().join("seeds").join(&a.seed))
        .unwrap_or_else(|e| panic!("{}: seed {} readable: {e}", a.id, a.seed));
    a.cleaning.iter().fold(raw, |text, c| match c {
        Cleaning::Replace { from, to, .. } => {
            assert!(text.contains(from.as_str()), "{}: replacement {from:?} occurs in the seed", a.id);
            text.replace(from.as_str(), to)
        }
        _ => text,
    })
}

/// Where a seed line went, or `None` if it is missing from the article.
fn place_of(a: &Article, line: &str) -> Option<&'static str> {
    for c in &a.cleaning {
        match c {
            Cleaning::Drop { line: l, .. } if l.trim() == line => return Some("dropped"),
            Cleaning::Moved { line: l, .. } if l.trim() == line => {
                assert!(a.notes.iter().any(|n| n.text.contains(line)), "{}: moved line {line:?} is in a note", a.id);
                return Some("moved");
            }
            _ => {}
        }
    }
    if a.blocks.iter().any(|b| matches!(b, Block::Paragraph(p) | Block::Heading(p) if p == line)) {
        Some("body")
    } else if a.title == line {
        Some("title")
    } else if a.notes.iter().any(|n| n.text.contains(line)) {
        Some("note")
    } else {
        None
    }
}

#[test]
fn every_seed_line_is_kept_or_listed_in_cleaning() {
    let corpus = corpus();
    assert_eq!(corpus.articles.len(), 5, "the five seed articles");
    let mut missing = Vec::new();
    for a in &corpus.articles {
        let seed = cleaned_seed(a);
        for line in seed.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if place_of(a, line).is_none() {
                missing.push(format!("{}: {line:?}", a.id));
            }
        }
    }
    assert!(missing.is_empty(), "seed lines missing from the corpus:\n{}", missing.join("\n"));
}

#[test]
fn every_body_block_comes_from_the_seed() {
    for a in &corpus().articles {
        let seed = cleaned_seed(a);
        let lines: Vec<&str> = seed.lines().map(str::trim).collect();
        for b in &a.blocks {
            let (Block::Paragraph(text) | Block::Heading(text)) = b;
            assert!(lines.contains(&text.as_str()), "{}: block not in the seed: {text:?}", a.id);
        }
    }
}

#[test]
fn drops_and_moves_name_real_seed_lines() {
    for a in &corpus().articles {
        let seed = cleaned_seed(a);
        let lines: Vec<&str> = seed.lines().map(str::trim).collect();
        for c in &a.cleaning {
            if let Cleaning::Drop { line, .. } | Cleaning::Moved { line, .. } = c {
                assert!(lines.contains(&line.trim()), "{}: cleaning names a line that is not in the seed: {line:?}", a.id);
            }
        }
    }
}
