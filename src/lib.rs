//! Bamboo Reader: the Yew user interface.
//!
//! Two articles of an embedded corpus sit side by side, with the people,
//! places and organizations in them highlighted. The corpus is validated by
//! the build script (see `build.rs` and the `bamboo-core` crate) and compiled
//! into the app (encoded with postcard), so the reader fetches nothing at run
//! time.
//!
//! * [`library`] holds the immutable data: the corpus, the recognizer and
//!   every mention it found (the built-in articles' found by the build),
//!   behind an `Rc`.
//! * [`state`] holds the reader's small typed state, a `Reducible` with an
//!   [`state::Action`] enum.
//! * `components` holds one Yew component per file. [`App`] provides the
//!   library to every component through a context, and reads as the layout:
//!   masthead, a sticky toolbar, the two articles (tabs on a phone), and the
//!   panel (a side column, or a bottom sheet on a phone).
//! * `hooks` holds the effects the App needs: the view in the URL, the
//!   keyboard, the embedded reader's height, phone tabs, focus return.
//! * `crash` shows a panel with Reload and "Export your articles" when
//!   the wasm panics, instead of a frozen page.
//! * [`js_api`] puts `window.bambooReader.annotate` on the page: the
//!   recognizer for the rest of a blogger's page.
//! * `browser` is the only module that touches `window` outside the DOM Yew
//!   renders; natively every function in it is a no-op.

mod browser;
mod components;
mod crash;
mod hooks;
pub mod js_api;
pub mod library;
pub mod link;
pub mod mine;
pub mod state;
mod store;

use std::rc::Rc;

use bamboo_core::Corpus;

pub use components::app::{App, AppProps};
pub use crash::install as install_panic_panel;
pub use components::root::{Root, RootProps};
pub use library::{Library, LibraryRef};

/// The corpus compiled into the app by the build script.
pub fn embedded_corpus() -> Corpus {
    let bytes = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.postcard"));
    // The build script wrote these bytes from the same model type after
    // validating it, so they always decode.
    postcard::from_bytes(bytes).expect("the embedded corpus is valid")
}

/// The articles a downloaded reader carries, read from the page before the
/// app mounts.
pub fn data_block() -> Option<yew::AttrValue> {
    browser::mine::data_block().map(Into::into)
}

/// Mounts the reader into the page's `#app`, beside the pre-rendered view
/// that it takes over from once live (see `browser::app_host`).
pub fn mount(props: RootProps) {
    #[cfg(target_arch = "wasm32")]
    if let Some(host) = browser::app_host() {
        yew::Renderer::<Root>::with_root_and_props(host, props).render();
        return;
    }
    yew::Renderer::<Root>::with_props(props).render();
}

/// The embedded corpus with its mentions, ready for the [`App`]. The
/// mentions were found by the build (`build.rs`), so start-up runs no
/// recognizer.
pub fn embedded_library() -> LibraryRef {
    let bytes = include_bytes!(concat!(env!("OUT_DIR"), "/found.postcard"));
    // Written by the build script from the same type, so they decode; if
    // they did not, every block would be annotated instead.
    let found: Vec<Vec<Vec<bamboo_core::Found>>> = postcard::from_bytes(bytes).unwrap_or_default();
    LibraryRef(Rc::new(Library::embedded(embedded_corpus(), &found)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// postcard is not self-describing: a field skipped when empty on the
    /// way in is read as the next field on the way out (this once stopped
    /// the reader at start-up).
    #[test]
    fn regression_skipped_empty_fields_break_the_embedded_corpus() {
        let corpus = embedded_corpus();
        assert!(corpus.entities.iter().any(|e| e.coords.is_none()) && corpus.entities.iter().any(|e| e.coords.is_some()));
        let bytes = postcard::to_allocvec(&corpus).expect("encodes");
        assert_eq!(postcard::from_bytes::<bamboo_core::Corpus>(&bytes).expect("decodes"), corpus);
    }

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
    fn library_ref_equality_is_identity() {
        let a = embedded_library();
        let b = a.clone();
        let c = embedded_library();
        assert!(a == b);
        assert!(a != c);
    }
}
