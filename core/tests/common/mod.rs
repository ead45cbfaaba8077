//! What several integration tests share: the corpus's recognizer, built
//! once, the shape every list of spans must keep, and TOML quoting for
//! corpus files written by a test. Each test file uses part of it.
#![allow(dead_code)]

use std::sync::OnceLock;

use bamboo_core::{Recognizer, Span};
use proptest::prelude::*;

/// The real corpus's recognizer when the `load` feature can read it, else
/// the world gazetteer alone.
pub fn corpus_recognizer() -> &'static Recognizer {
    static R: OnceLock<Recognizer> = OnceLock::new();
    R.get_or_init(|| {
        #[cfg(feature = "load")]
        let corpus = bamboo_core::load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")).expect("corpus is valid");
        #[cfg(not(feature = "load"))]
        let corpus = bamboo_core::Corpus::default();
        Recognizer::new(&corpus)
    })
}

/// Spans that are non-empty, sorted, disjoint, on character boundaries and
/// hold their own text; a guess has no entity.
pub fn check_spans(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for s in spans {
        prop_assert!(s.start < s.end && s.start >= last_end, "sorted, disjoint, non-empty: {spans:?}");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "char boundaries: {s:?}");
        prop_assert_eq!(text.get(s.start..s.end), Some(s.text.as_str()));
        prop_assert!(!s.is_guess() || s.entity.is_none(), "guesses have no entity: {s:?}");
        last_end = s.end;
    }
    Ok(())
}

/// A TOML basic string of `s`: quotes, backslashes and control characters
/// escaped, everything else as it is.
pub fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
