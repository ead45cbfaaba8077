//! Prints the recognizer's precision, recall and F1 on the gold files in
//! `tests/gold/`: the corpus articles, the texts not in the corpus, and the
//! held-out texts that were never used to tune the recognizer.
//!
//! `cargo run --release -p bamboo-core --features load --example accuracy`

use std::path::PathBuf;

use bamboo_core::{load_dir, score_dir, Recognizer};

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpus = match load_dir(&std::env::var("BAMBOO_CORPUS").map(PathBuf::from).unwrap_or_else(|_| root.join("corpus"))) {
        Ok(c) => c,
        Err(errors) => {
            errors.iter().for_each(|e| eprintln!("{e}"));
            std::process::exit(1);
        }
    };
    let recognizer = Recognizer::new(&corpus);
    for (title, prefix) in [
        ("Corpus articles", "corpus-"),
        ("Texts not in the corpus", "external-"),
        ("Held-out texts (annotated after the recognizer was frozen)", "heldout-"),
        ("Blind evaluation, development set (tuned on)", "dev-"),
        ("Blind evaluation, frozen test set (never tuned on)", "test-"),
    ] {
        if std::env::args().nth(1).is_some_and(|only| !prefix.starts_with(&only)) {
            continue;
        }
        match score_dir(&recognizer, &root.join("tests/gold"), prefix) {
            Ok((total, files)) => {
                println!("## {title}\n\n{total}");
                for (name, s) in files {
                    let m = s.micro();
                    println!("- {name}: P {:.3} R {:.3} F1 {:.3}", m.precision(), m.recall(), m.f1());
                }
                println!();
            }
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
    }
}
