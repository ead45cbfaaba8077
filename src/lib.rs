//! Bamboo Reader: the Yew user interface.
//!
//! Two articles of an embedded corpus sit side by side. The corpus is
//! validated by the build script (see `build.rs` and the `bamboo-core` crate)
//! and compiled into the app as JSON, so the reader fetches nothing at run
//! time.
//!
//! * [`state`] holds the reader's small typed state, a `Reducible` with an
//!   [`state::Action`] enum; it never holds corpus text.
//! * `components` holds one Yew component per file. [`App`] provides the
//!   immutable corpus to every component through a context.

mod components;
pub mod state;

use std::rc::Rc;

use bamboo_core::Corpus;

pub use components::app::{App, AppProps};

/// The immutable corpus behind an `Rc`. Equality is identity, so passing it
/// around or through a context never compares the articles.
#[derive(Clone, Debug)]
pub struct CorpusRef(pub Rc<Corpus>);

impl PartialEq for CorpusRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for CorpusRef {
    type Target = Corpus;
    fn deref(&self) -> &Corpus {
        &self.0
    }
}

/// The corpus compiled into the app by the build script.
pub fn embedded_corpus() -> CorpusRef {
    let json = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));
    // The build script wrote this JSON from the same model type after
    // validating it, so it always parses.
    CorpusRef(Rc::new(serde_json::from_str(json).expect("the embedded corpus is valid")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_corpus_has_titled_articles_with_paragraphs() {
        let corpus = embedded_corpus();
        assert!(corpus.articles.len() >= 5, "five seed articles are embedded");
        for a in &corpus.articles {
            assert!(!a.title.trim().is_empty(), "{} has a title", a.id);
            assert!(a.paragraphs().next().is_some(), "{} has a paragraph", a.id);
        }
    }

    #[test]
    fn corpus_ref_equality_is_identity() {
        let a = embedded_corpus();
        let b = a.clone();
        let c = embedded_corpus();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}
