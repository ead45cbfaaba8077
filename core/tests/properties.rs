//! Property test: on arbitrary Unicode the recognizer never panics, and its
//! spans are sorted, disjoint, on character boundaries and match their text.

use proptest::prelude::*;

mod common;
use common::{check_spans, corpus_recognizer};

fn check(text: &str) -> Result<(), TestCaseError> {
    check_spans(text, &corpus_recognizer().annotate(text))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_unicode(text in "\\PC*") {
        check(&text)?;
    }

    #[test]
    fn name_like_text(words in prop::collection::vec(prop_oneof![
        Just("Xi"), Just("Trọng"), Just("U.S."), Just("Vietnam’s"), Just("Ministry"), Just("of"), Just("Hà"), Just("Nội"),
        Just("said"), Just("President"), Just("."), Just("\u{0323}"), Just("🎋"), Just("South"), Just("China"), Just("Sea"),
        Just("Đà"), Just("-"), Just("’s"), Just(""), Just("\n\n"), Just("İ"), Just("ǅ"),
    ], 0..40), seps in prop::collection::vec(prop_oneof![Just(" "), Just(""), Just(", "), Just("-")], 40)) {
        let text: String = words.iter().zip(seps.iter()).flat_map(|(w, s)| [*w, *s]).collect();
        check(&text)?;
    }
}
