//! What every stage of the recognizer produces and shares: a [`Span`], the
//! [`Cue`] that made a guess, and what counts as a word character.
//!
//! The pipeline reads one way (see [`crate::recognize`]): text, then the
//! gazetteer's matches, then guesses, then resolved spans. Both the
//! gazetteer and the guesser depend on this module and on nothing of each
//! other.

use std::fmt;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::model::EntityKind;

/// One mention: byte offsets into the UTF-8 text, `start..end`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: EntityKind,
    /// The entity id, or `None` for guesses and ambiguous names.
    pub entity: Option<String>,
    /// Why a name the gazetteer lacks was guessed; `None` for the
    /// gazetteer's own matches and for a reader's corrections.
    pub cue: Option<Cue>,
}

impl Span {
    /// A name the gazetteer lacks, with the cue that found it.
    pub(crate) fn guessed(text: &str, start: usize, end: usize, kind: EntityKind, cue: Cue) -> Span {
        Span { start, end, text: text[start..end].to_string(), kind, entity: None, cue: Some(cue) }
    }

    /// Not from the gazetteer: found from the words around it.
    pub fn is_guess(&self) -> bool {
        self.cue.is_some()
    }
}

/// `{"start", "end", "text", "kind", "entity", "guessed", "cue"}`: the shape
/// of the `annotate` command, the reader's export and its JavaScript API.
impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Span", 7)?;
        out.serialize_field("start", &self.start)?;
        out.serialize_field("end", &self.end)?;
        out.serialize_field("text", &self.text)?;
        out.serialize_field("kind", &self.kind)?;
        out.serialize_field("entity", &self.entity)?;
        out.serialize_field("guessed", &self.is_guess())?;
        out.serialize_field("cue", &self.cue.map(|c| c.to_string()))?;
        out.end()
    }
}

/// The evidence for a guess: the rule that fired and the word that fired
/// it, as the guesser's lists write it (lowercase). Shown on the entity
/// card ("followed by “said”") and exported as `"cue"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cue {
    /// After a title, rank or role: "President", "Lt. Col.", "researcher".
    Title(&'static str),
    /// Before a speech verb: "said", "told".
    Speech(&'static str),
    /// Ends in an organization word ("Institute") or opens with one and
    /// "of" ("Ministry of …").
    OrgWord(&'static str),
    /// A company's legal form: "Ltd.", "PT", "GmbH".
    CompanyForm(&'static str),
    /// A nationality before a known organization: "British Red Cross".
    Nationality(&'static str),
    /// Ends in a place word: "Province", "Sea".
    PlaceWord(&'static str),
    /// Opens with a local place word: "Kampung", "Lake".
    PlaceHead(&'static str),
    /// After a place preposition ("in", "near") or a verb of speech
    /// ("said", "according to").
    After(&'static str),
    /// Before a word that follows such a name: "Gulfport Mayor", "Yuma, AZ".
    Before(&'static str),
    /// A U.S. state's postal code after a town: "Yuma, AZ".
    StateCode,
    /// A town before a comma and a known region: "Alexandria, Louisiana".
    TownInRegion,
    /// An honorific that only precedes names: "Daw", "U".
    Honorific(&'static str),
    /// Two to four words shaped like a name, with a middle initial or a
    /// suffix counted as name parts.
    NameShape,
    /// A word of a person's name guessed earlier in the same text.
    SameName,
    /// Defined in parentheses after a name of this kind: "… (PMN)".
    DefinedAcronym,
}

impl fmt::Display for Cue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cue::Title(w) => write!(f, "after the title “{w}”"),
            Cue::Speech(w) => write!(f, "followed by “{w}”"),
            Cue::OrgWord(w) => write!(f, "has the organization word “{w}”"),
            Cue::CompanyForm(w) => write!(f, "has the company form “{w}”"),
            Cue::Nationality(w) => write!(f, "the nationality “{w}” before a known organization"),
            Cue::PlaceWord(w) => write!(f, "ends in the place word “{w}”"),
            Cue::PlaceHead(w) => write!(f, "starts with the place word “{w}”"),
            Cue::After(w) => write!(f, "after “{w}”"),
            Cue::Before(w) => write!(f, "before “{w}”"),
            Cue::StateCode => f.write_str("a state’s postal code after a town"),
            Cue::TownInRegion => f.write_str("a town before a comma and a known region"),
            Cue::Honorific(w) => write!(f, "after the honorific “{w}”"),
            Cue::NameShape => f.write_str("two to four words shaped like a name"),
            Cue::SameName => f.write_str("part of a name found earlier in the text"),
            Cue::DefinedAcronym => f.write_str("an acronym defined earlier in the text"),
        }
    }
}

impl Cue {
    /// The variant's number and its word: how a cue is compiled into the
    /// app (see [`crate::Found`]).
    pub(crate) fn parts(self) -> (u8, Option<&'static str>) {
        match self {
            Cue::Title(w) => (0, Some(w)),
            Cue::Speech(w) => (1, Some(w)),
            Cue::OrgWord(w) => (2, Some(w)),
            Cue::CompanyForm(w) => (3, Some(w)),
            Cue::Nationality(w) => (4, Some(w)),
            Cue::PlaceWord(w) => (5, Some(w)),
            Cue::PlaceHead(w) => (6, Some(w)),
            Cue::After(w) => (7, Some(w)),
            Cue::Before(w) => (8, Some(w)),
            Cue::StateCode => (9, None),
            Cue::TownInRegion => (10, None),
            Cue::Honorific(w) => (11, Some(w)),
            Cue::NameShape => (12, None),
            Cue::SameName => (13, None),
            Cue::DefinedAcronym => (14, None),
        }
    }

    /// The cue of [`Cue::parts`], its word found again in the guesser's
    /// lists (where every cue's word comes from); `None` for parts no cue
    /// has.
    pub(crate) fn from_parts(variant: u8, word: Option<&str>) -> Option<Cue> {
        let w = || word.and_then(crate::guess::list_word);
        Some(match variant {
            0 => Cue::Title(w()?),
            1 => Cue::Speech(w()?),
            2 => Cue::OrgWord(w()?),
            3 => Cue::CompanyForm(w()?),
            4 => Cue::Nationality(w()?),
            5 => Cue::PlaceWord(w()?),
            6 => Cue::PlaceHead(w()?),
            7 => Cue::After(w()?),
            8 => Cue::Before(w()?),
            9 => Cue::StateCode,
            10 => Cue::TownInRegion,
            11 => Cue::Honorific(w()?),
            12 => Cue::NameShape,
            13 => Cue::SameName,
            14 => Cue::DefinedAcronym,
            _ => return None,
        })
    }
}

/// A word character: letters and digits.
pub(crate) fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_read_as_evidence() {
        let rows = [
            (Cue::Speech("said"), "followed by “said”"),
            (Cue::OrgWord("institute"), "has the organization word “institute”"),
            (Cue::Title("president"), "after the title “president”"),
            (Cue::DefinedAcronym, "an acronym defined earlier in the text"),
        ];
        for (cue, want) in rows {
            assert_eq!(cue.to_string(), want);
        }
    }

    #[test]
    fn spans_serialize_with_guessed_and_cue() {
        let text = "Ann Lowe said";
        let guess = Span::guessed(text, 0, 8, EntityKind::Person, Cue::Speech("said"));
        let json = serde_json::to_string(&guess).unwrap();
        assert_eq!(json, r#"{"start":0,"end":8,"text":"Ann Lowe","kind":"person","entity":null,"guessed":true,"cue":"followed by “said”"}"#);
        let known = Span { cue: None, entity: Some("x".into()), ..guess };
        assert!(serde_json::to_string(&known).unwrap().ends_with(r#""entity":"x","guessed":false,"cue":null}"#));
    }
}
