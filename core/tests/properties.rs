//! Property test: on arbitrary Unicode the recognizer never panics, and its
//! spans are sorted, disjoint, on character boundaries and match their text.

use std::sync::OnceLock;

use bamboo_core::Recognizer;
use proptest::prelude::*;

/// The real corpus gazetteer when the `load` feature can read it.
fn recognizer() -> &'static Recognizer {
    static R: OnceLock<Recognizer> = OnceLock::new();
    R.get_or_init(|| {
        #[cfg(feature = "load")]
        let corpus = bamboo_core::load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")).expect("corpus is valid");
        #[cfg(not(feature = "load"))]
        let corpus = bamboo_core::Corpus::default();
        Recognizer::new(&corpus)
    })
}

fn check(recognizer: &Recognizer, text: &str) -> Result<(), TestCaseError> {
    let spans = recognizer.annotate(text);
    let mut last_end = 0;
    for s in &spans {
        prop_assert!(s.start < s.end, "non-empty: {s:?}");
        prop_assert!(s.start >= last_end, "sorted and disjoint: {spans:?}");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "char boundaries: {s:?}");
        prop_assert_eq!(&text[s.start..s.end], s.text.as_str());
        prop_assert!(!s.is_guess() || s.entity.is_none(), "guesses have no entity: {s:?}");
        last_end = s.end;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_unicode(text in "\\PC*") {
        check(recognizer(), &text)?;
    }

    #[test]
    fn name_like_text(words in prop::collection::vec(prop_oneof![
        Just("Xi"), Just("Trọng"), Just("U.S."), Just("Vietnam’s"), Just("Ministry"), Just("of"), Just("Hà"), Just("Nội"),
        Just("said"), Just("President"), Just("."), Just("\u{0323}"), Just("🎋"), Just("South"), Just("China"), Just("Sea"),
        Just("Đà"), Just("-"), Just("’s"), Just(""), Just("\n\n"), Just("İ"), Just("ǅ"),
    ], 0..40), seps in prop::collection::vec(prop_oneof![Just(" "), Just(""), Just(", "), Just("-")], 40)) {
        let text: String = words.iter().zip(seps.iter()).flat_map(|(w, s)| [*w, *s]).collect();
        check(recognizer(), &text)?;
    }
}
