//! The recognizer against the hand-annotated gold files in `tests/gold/`,
//! with the accuracy thresholds the reader promises.
#![cfg(feature = "load")]

use std::path::PathBuf;

use bamboo_core::{load_dir, score_dir, Recognizer, Scores};

fn scores(prefix: &str) -> Scores {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpus = load_dir(&std::env::var("BAMBOO_CORPUS").map(PathBuf::from).unwrap_or_else(|_| root.join("corpus"))).expect("corpus is valid");
    let recognizer = Recognizer::new(&corpus);
    let (total, files) = score_dir(&recognizer, &root.join("tests/gold"), prefix).unwrap();
    println!("{prefix}*\n{total}");
    for (name, s) in &files {
        println!("{name}: F1 {:.3}", s.micro().f1());
    }
    total
}

fn check(prefix: &str, threshold: f64) {
    let total = scores(prefix);
    let f1 = total.micro().f1();
    assert!(f1 >= threshold, "micro F1 on {prefix}* is {f1:.3}, below {threshold}\n{total}");
}

#[test]
fn corpus_articles_reach_f1_099() {
    check("corpus-", 0.99);
}

#[test]
fn texts_not_in_the_corpus_reach_f1_097() {
    check("external-", 0.97);
}

/// Texts annotated after the recognizer was frozen and never used to tune
/// it. Tuning the recognizer on them would spoil that; annotate new
/// held-out texts instead.
#[test]
fn held_out_texts_reach_f1_085() {
    check("heldout-", 0.85);
}

/// The blind evaluation's development set: what the rules were tuned on.
#[test]
fn blind_development_set_reaches_f1_085() {
    check("dev-", 0.85);
}

/// The blind evaluation's frozen test set (`test-*.txt`), chosen before any
/// tuning and never looked at for errors. The goal is micro F1 ≥ 0.93 with
/// every kind ≥ 0.88; the README says by how much it is missed. This floor,
/// a little under today's figure (0.750 on 2026-11-29), keeps it from
/// sliding back while the gap is closed.
#[test]
fn blind_test_set_does_not_fall_back() {
    let total = scores("test-");
    let f1 = total.micro().f1();
    assert!(f1 >= 0.74, "micro F1 on the frozen test set is {f1:.3}, below its floor of 0.74\n{total}");
    for (kind, c) in ["person", "place", "org"].iter().zip(total.per_kind) {
        assert!(c.f1() >= 0.60, "{kind} F1 on the frozen test set is {:.3}\n{total}", c.f1());
    }
}
