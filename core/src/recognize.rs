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

use serde::{Deserialize, Serialize};

use crate::gazetteer::{Gazetteer, Known, WORLD};
use crate::guess;
use crate::model::{Corpus, EntityKind};
use crate::span::{Cue, Span};

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

    /// Every block of every article of `corpus`, annotated, in the compact
    /// form the build compiles into the app: the reader shows the built-in
    /// articles without running the recognizer.
    pub fn found_in(&self, corpus: &Corpus) -> Vec<Vec<Vec<Found>>> {
        let ix = |id: &str| self.known().iter().position(|k| k.id == id).map(|i| i as u32);
        corpus
            .articles
            .iter()
            .map(|a| {
                a.blocks
                    .iter()
                    .map(|b| {
                        self.annotate(b.text())
                            .into_iter()
                            .map(|s| Found {
                                start: s.start as u32,
                                end: s.end as u32,
                                kind: s.kind,
                                entity: s.entity.as_deref().and_then(ix),
                                cue: s.cue.map(|c| {
                                    let (variant, word) = c.parts();
                                    (variant, word.map(str::to_string))
                                }),
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect()
    }

    /// The span `found` stands for in `text`, the block it was found in:
    /// what [`Recognizer::annotate`] returned for it. `None` if it does not
    /// fit this text or this recognizer (compiled from another corpus).
    pub fn span(&self, text: &str, found: &Found) -> Option<Span> {
        let (start, end) = (found.start as usize, found.end as usize);
        let entity = match found.entity {
            Some(i) => Some(self.known().get(i as usize)?.id.clone()),
            None => None,
        };
        let cue = match &found.cue {
            Some((variant, word)) => Some(Cue::from_parts(*variant, word.as_deref())?),
            None => None,
        };
        Some(Span { start, end, text: text.get(start..end)?.to_string(), kind: found.kind, entity, cue })
    }
}

/// A mention as the build compiles it into the app (see
/// [`Recognizer::found_in`]): a span without its text, its entity a
/// position in [`Recognizer::known`] and its cue in parts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Found {
    start: u32,
    end: u32,
    kind: EntityKind,
    entity: Option<u32>,
    cue: Option<(u8, Option<String>)>,
}

#[cfg(test)]
mod tests;
