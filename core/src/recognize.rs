//! The recognizer: people, places and organizations in any English text.
//!
//! Two passes:
//!
//! 1. **Gazetteer.** Every known name is matched over folded text (see
//!    [`crate::fold`]), keeping matches that sit on word boundaries and
//!    respect capitalization, then choosing leftmost-longest among them, so
//!    "Xi" never matches in "Xinhua", "Lam" never in "Islam", "Trong’s" is
//!    Trong, and a long organization name beats the place inside it.
//! 2. **Guesses** (see [`crate::guess`]) for capitalized names the gazetteer
//!    lacks, from cues such as titles, "said", organization tails and place
//!    prepositions. Their spans carry `guessed: true` and no entity id.
//!
//! Spans are sorted, never overlap, and always fall on character boundaries.

use serde::{Deserialize, Serialize};

use crate::fold::Folded;
use crate::gazetteer::{Gazetteer, Known, Target, WORLD};
use crate::guess;
use crate::model::{Corpus, EntityKind};

/// One mention: byte offsets into the UTF-8 text, `start..end`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: EntityKind,
    /// The entity id, or `None` for guesses and ambiguous names.
    pub entity: Option<String>,
    pub guessed: bool,
}

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
        let found = self.gazetteer_pass(text);
        guess::second_pass(text, found)
    }

    fn gazetteer_pass(&self, text: &str) -> Vec<Span> {
        let folded = Folded::new(text);
        let mut candidates: Vec<(usize, usize, usize)> = self
            .gazetteer
            .automaton
            .find_overlapping_iter(&folded.text)
            .filter_map(|m| {
                let (start, end) = folded.original_range(m.start(), m.end());
                let end = extend_over_marks(text, end);
                accept(text, start, end, &self.gazetteer.names[m.pattern().as_usize()]).then_some((start, end, m.pattern().as_usize()))
            })
            .collect();
        // Leftmost, then longest.
        candidates.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut spans = Vec::new();
        let mut last_end = 0;
        for (start, end, p) in candidates {
            if start < last_end {
                continue;
            }
            last_end = end;
            let (kind, entity) = match self.gazetteer.names[p].target {
                Target::Entity(ix) => {
                    let k = &self.gazetteer.known[ix];
                    (k.kind, Some(k.id.clone()))
                }
                Target::Ambiguous(kind) => (kind, None),
            };
            spans.push(Span { start, end, text: text[start..end].to_string(), kind, entity, guessed: false });
        }
        spans
    }
}

/// `end` moved past any combining marks that belong to the last character.
fn extend_over_marks(text: &str, mut end: usize) -> usize {
    while let Some(c) = text[end..].chars().next() {
        if matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// A word character: letters and digits.
pub(crate) fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether a gazetteer match at `start..end` stands as a name in `text`.
fn accept(text: &str, start: usize, end: usize, name: &crate::gazetteer::Name) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let matched = &text[start..end];
    let last = matched.chars().next_back();
    // Word boundaries, unless the name itself ends in punctuation ("U.S.").
    if before.is_some_and(is_word) {
        return false;
    }
    if last.is_some_and(is_word) && after.is_some_and(is_word) {
        return false;
    }
    // "China-led", "anti-China": a name in a hyphenated adjective is not a mention.
    let hyphen_word = |rest: &str| {
        let mut cs = rest.chars();
        cs.next() == Some('-') && cs.next().is_some_and(char::is_lowercase)
    };
    let word_before_hyphen = text[..start].strip_suffix('-').map(|t| t.rsplit(|c: char| !is_word(c)).next().unwrap_or(""));
    if hyphen_word(&text[end..]) || word_before_hyphen.is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase)) {
        return false;
    }
    if name.capitalized && !matched.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase) {
        return false;
    }
    if let Some(acronym) = &name.acronym {
        if matched != acronym {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests;
