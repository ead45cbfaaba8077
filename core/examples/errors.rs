//! Prints the recognizer's misses and false alarms on gold files, each with
//! its context and, for a guess, its cue: the tool for tuning on a
//! development set.
//!
//! `cargo run --release -p bamboo-core --features load --example errors -- tests/gold/dev-*.txt`
//!
//! It refuses the frozen test set (`test-*.txt`): its errors are never
//! looked at, so that its figure stays honest.

use std::collections::HashSet;
use std::path::PathBuf;

use bamboo_core::{load_dir, Gold, Recognizer};

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpus = load_dir(&root.join("corpus")).unwrap_or_else(|e| panic!("corpus: {e:?}"));
    let recognizer = Recognizer::new(&corpus);
    for file in std::env::args().skip(1) {
        let name = std::path::Path::new(&file).file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if name.starts_with("test-") {
            eprintln!("{file}: refused: the frozen test set's errors are not shown");
            continue;
        }
        let marked = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let gold = Gold::parse(&marked).unwrap_or_else(|e| panic!("{file}: {e}"));
        let spans = recognizer.annotate(&gold.text);
        let want: HashSet<_> = gold.spans.iter().copied().collect();
        let got: HashSet<_> = spans.iter().map(|s| (s.start, s.end, s.kind)).collect();
        let context = |s: usize, e: usize| {
            let mut a = s.saturating_sub(30);
            while !gold.text.is_char_boundary(a) {
                a -= 1;
            }
            let mut b = (e + 30).min(gold.text.len());
            while !gold.text.is_char_boundary(b) {
                b += 1;
            }
            format!("{}[{}]{}", &gold.text[a..s], &gold.text[s..e], &gold.text[e..b]).replace('\n', " ")
        };
        println!("## {name}");
        for &(s, e, k) in &gold.spans {
            if !got.contains(&(s, e, k)) {
                println!("  MISS {:6} {:?}  …{}…", k.as_str(), &gold.text[s..e], context(s, e));
            }
        }
        for sp in &spans {
            if !want.contains(&(sp.start, sp.end, sp.kind)) {
                let cue = sp.cue.map(|c| c.to_string()).unwrap_or_else(|| "gazetteer".into());
                println!("  FALSE {:6} {:?} ({cue})  …{}…", sp.kind.as_str(), sp.text, context(sp.start, sp.end));
            }
        }
    }
}
