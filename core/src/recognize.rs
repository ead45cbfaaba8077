//! The recognizer: people, places and organizations in any English text.
//!
//! The pipeline reads one way:
//!
//! 1. **Text** comes in as one UTF-8 string.
//! 2. **Gazetteer matches** ([`crate::gazetteer`]): every known name,
//!    matched over folded text (see [`crate::fold`]), kept where it sits on
//!    word boundaries and respects capitalization, then leftmost-longest, so
//!    "Xi" never matches in "Xinhua", "Lam" never in "Islam", "Trong’s" is
//!    Trong, and a long organization name beats the place inside it.
//! 3. **Guesses** ([`crate::guess`]) for names the gazetteer lacks, from cues
//!    such as titles, "said", organization and place words; each carries its
//!    [`Cue`](crate::Cue).
//! 4. **Resolved spans**: guesses that swallow known names inside a longer
//!    organization replace them, the rest fill the gaps between the known
//!    names, and acronyms defined in the text are learned.
//!
//! Spans are sorted, never overlap, and always fall on character boundaries.

use crate::gazetteer::{Gazetteer, Known, WORLD};
use crate::guess;
use crate::model::Corpus;
use crate::span::Span;

/// A compiled recognizer. Build it once; [`Recognizer::annotate`] is cheap.
pub struct Recognizer {
    gazetteer: Gazetteer,
}

impl Recognizer {
    /// The corpus entities plus the general world gazetteer.
    pub fn new(corpus: &Corpus) -> Self {
        Self::with_world(corpus, WORLD)
    }

    /// As [`Recognizer::new`], with another world list (`kind\tname\taliases`).
    pub fn with_world(corpus: &Corpus, world: &str) -> Self {
        Recognizer { gazetteer: Gazetteer::new(&corpus.entities, &corpus.ambiguous, world) }
    }

    /// Every entity the recognizer can name, corpus entities first.
    pub fn known(&self) -> &[Known] {
        &self.gazetteer.known
    }

    pub fn known_by_id(&self, id: &str) -> Option<&Known> {
        self.gazetteer.known.iter().find(|k| k.id == id)
    }

    /// All mentions in `text`, sorted and non-overlapping.
    pub fn annotate(&self, text: &str) -> Vec<Span> {
        let found = self.gazetteer.find(text);
        guess::second_pass(text, found)
    }
}

#[cfg(test)]
mod tests;
