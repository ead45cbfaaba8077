//! The gazetteer: every known name of every known entity, compiled into one
//! Aho-Corasick automaton over folded text.
//!
//! Names come from the corpus entities (with their ids) and from the general
//! world list in `data/world.tsv` (countries, cities, regions, seas,
//! international organizations, news outlets, think tanks). A world entry
//! that shares a name with a corpus entity adds its other names to that
//! entity instead of becoming a second one.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::fold::fold;
use crate::model::{Ambiguous, Entity, EntityKind};

/// The general gazetteer shipped with the recognizer.
pub const WORLD: &str = include_str!("../data/world.tsv");

/// An entity the gazetteer can name.
#[derive(Clone, Debug, PartialEq)]
pub struct Known {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// From the corpus (`true`) or the general world list.
    pub in_corpus: bool,
}

/// What a name stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Target {
    Entity(usize),
    /// A declared ambiguous alias whose candidates share one kind.
    Ambiguous(EntityKind),
}

/// One name as written, with the rules for accepting a match of it.
pub(crate) struct Name {
    pub target: Target,
    /// The name starts with an uppercase letter: so must the match.
    pub capitalized: bool,
    /// An acronym such as "US" or "VOA": the match must have the same case,
    /// so "us" is never the United States.
    pub acronym: Option<String>,
}

pub(crate) struct Gazetteer {
    pub known: Vec<Known>,
    pub names: Vec<Name>,
    pub automaton: AhoCorasick,
}

fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase()) && !name.contains(' ')
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

impl Gazetteer {
    pub fn new(entities: &[Entity], ambiguous: &[Ambiguous], world: &str) -> Self {
        let mut known = Vec::new();
        // folded name → (index into `patterns`)
        let mut by_folded: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut names: Vec<Name> = Vec::new();
        fn add(written: &str, target: Target, by_folded: &mut HashMap<String, usize>, patterns: &mut Vec<String>, names: &mut Vec<Name>) {
            let folded = fold(written.trim());
            if folded.is_empty() || by_folded.contains_key(&folded) {
                return;
            }
            by_folded.insert(folded.clone(), patterns.len());
            patterns.push(folded);
            names.push(Name {
                target,
                capitalized: written.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase),
                acronym: is_acronym(written).then(|| written.trim().to_string()),
            });
        }

        for a in ambiguous {
            let kinds: Vec<EntityKind> = a.entities.iter().filter_map(|id| entities.iter().find(|e| &e.id == id)).map(|e| e.kind).collect();
            if let Some(&kind) = kinds.first() {
                if kinds.iter().all(|k| *k == kind) {
                    add(&a.alias, Target::Ambiguous(kind), &mut by_folded, &mut patterns, &mut names);
                }
            }
        }
        let ambiguous_names: Vec<String> = ambiguous.iter().map(|a| fold(&a.alias)).collect();
        for e in entities {
            let ix = known.len();
            known.push(Known { id: e.id.clone(), name: e.name.clone(), kind: e.kind, in_corpus: true });
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                add(n, Target::Entity(ix), &mut by_folded, &mut patterns, &mut names);
            }
        }
        for line in world.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let (Some(kind), Some(name)) = (cols.next(), cols.next()) else { continue };
            let kind = match kind.trim() {
                "place" => EntityKind::Place,
                "org" => EntityKind::Org,
                "person" => EntityKind::Person,
                _ => continue,
            };
            let all: Vec<&str> = std::iter::once(name).chain(cols.next().unwrap_or("").split('|')).map(str::trim).filter(|n| !n.is_empty()).collect();
            // Join an existing entity that already has one of these names.
            let existing = all.iter().find_map(|n| match by_folded.get(&fold(n)).map(|&p| names[p].target) {
                Some(Target::Entity(ix)) if known[ix].kind == kind => Some(ix),
                _ => None,
            });
            let ix = existing.unwrap_or_else(|| {
                let mut id = slug(name);
                if known.iter().any(|k| k.id == id) {
                    id = format!("world-{id}");
                }
                known.push(Known { id, name: name.trim().to_string(), kind, in_corpus: false });
                known.len() - 1
            });
            for n in all {
                if !ambiguous_names.contains(&fold(n)) {
                    add(n, Target::Entity(ix), &mut by_folded, &mut patterns, &mut names);
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            // One kind, not the builder's pick: compact, fast enough for a
            // page of text, and the other kinds' code stays out of the wasm.
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .expect("gazetteer patterns build");
        Gazetteer { known, names, automaton }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_acronyms() {
        for (name, want) in [("South China Sea", "south-china-sea"), ("Hà Nội", "ha-noi"), ("U.S.", "u-s"), ("ISEAS-Yusof Ishak Institute", "iseas-yusof-ishak-institute")] {
            assert_eq!(slug(name), want);
        }
        for (name, want) in [("US", true), ("U.S.", true), ("VOA", true), ("Xi", false), ("ASEAN", true), ("South China Sea", false), ("9DASHLINE", false)] {
            assert_eq!(is_acronym(name), want, "{name}");
        }
    }

    #[test]
    fn world_entries_join_corpus_entities_by_shared_name() {
        let corpus = vec![Entity {
            id: "united-states".into(),
            name: "United States".into(),
            kind: EntityKind::Place,
            aliases: vec!["U.S.".into()],
            description: "d".into(),
            role: None,
            analyst: false,
            affiliation: None,
        }];
        let g = Gazetteer::new(&corpus, &[], "place\tUnited States\tUS|America\nplace\tFrance\t\n# comment\n");
        assert_eq!(g.known.len(), 2);
        assert_eq!(g.known[1].id, "france");
        let targets: Vec<Target> = g.names.iter().map(|n| n.target).collect();
        assert_eq!(targets, vec![Target::Entity(0); 4].into_iter().chain([Target::Entity(1)]).collect::<Vec<_>>());
    }
}
