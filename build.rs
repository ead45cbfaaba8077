//! Validates the corpus in `corpus/` and hands the app a copy of it, and
//! the mentions the recognizer finds in it, encoded with postcard.
//!
//! A broken corpus fails the build with one `file:line: problem` line per
//! problem, never a panic.

use std::path::Path;

fn main() {
    // BAMBOO_CORPUS builds the app with another corpus folder.
    println!("cargo:rerun-if-env-changed=BAMBOO_CORPUS");
    let root = std::env::var("BAMBOO_CORPUS").ok().filter(|r| !r.is_empty()).unwrap_or_else(|| "corpus".into());
    println!("cargo:rerun-if-changed={root}");
    let root = Path::new(&root);
    match bamboo_core::load_dir(root) {
        Ok(corpus) => {
            // The corpus, and every mention the recognizer finds in it, so
            // the app shows the built-in articles without running it.
            let found = bamboo_core::Recognizer::new(&corpus).found_in(&corpus);
            let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
            let files = [
                ("corpus.postcard", postcard::to_allocvec(&corpus).expect("the corpus model serializes")),
                ("found.postcard", postcard::to_allocvec(&found).expect("the mentions serialize")),
            ];
            for (name, bytes) in files {
                if let Err(e) = std::fs::write(out.join(name), bytes) {
                    eprintln!("cannot write {}: {e}", out.join(name).display());
                    std::process::exit(1);
                }
            }
        }
        Err(errors) => {
            eprintln!("The corpus is invalid ({} problem{}):", errors.len(), if errors.len() == 1 { "" } else { "s" });
            for e in &errors {
                eprintln!("{e}");
            }
            std::process::exit(1);
        }
    }
}
