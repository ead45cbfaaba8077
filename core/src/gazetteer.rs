//! The gazetteer: every known name of every known entity, compiled into one
//! Aho-Corasick automaton over folded text.
//!
//! Names come from the corpus entities (with their ids) and from the general
//! world list in `data/world.tsv` (countries, cities, regions, seas,
//! international organizations, news outlets, think tanks). A world entry
//! that shares a name with a corpus entity adds its other names to that
//! entity instead of becoming a second one.
//!
//! Places carry their coordinates where either list gives them (a world
//! line's optional 4th column `lat,lon`); when a world line joins a corpus
//! entity, the corpus's coordinates win and the world's only fill a gap.

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::MatchKind;

use crate::fold::{fold, Folded};
use crate::model::{Ambiguous, Entity, EntityKind};
use crate::span::{is_word, Span};

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
    /// Places only: `(latitude, longitude)` in decimal degrees, for the map.
    pub coords: Option<(f64, f64)>,
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
    /// The folded names, one per entry of `names`, until the automaton is
    /// built from them.
    patterns: Vec<String>,
    /// Built at the first [`Gazetteer::find`]: a reader that only reads the
    /// built-in articles (whose mentions the build computed) never needs it.
    automaton: OnceLock<NFA>,
}

fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase()) && !name.contains(' ')
}

/// A world line's `lat,lon` column; `None` when it is missing, malformed or
/// out of range.
fn parse_coords(text: &str) -> Option<(f64, f64)> {
    let (lat, lon) = text.trim().split_once(',')?;
    let (lat, lon) = (decimal(lat.trim())?, decimal(lon.trim())?);
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
}

/// A decimal such as `-12.25`: by hand, because the standard float parser
/// would add several kilobytes to the wasm for a few hundred coordinates.
fn decimal(s: &str) -> Option<f64> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || whole.len() > 3 || fraction.len() > 6 || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = whole.bytes().chain(fraction.bytes()).fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let value = n as f64 / 10f64.powi(fraction.len() as i32);
    Some(if negative { -value } else { value })
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
            let coords = e.coords.filter(|_| e.kind == EntityKind::Place).map(|[lat, lon]| (lat, lon));
            known.push(Known { id: e.id.clone(), name: e.name.clone(), kind: e.kind, in_corpus: true, coords });
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
            let coords = cols.next().and_then(parse_coords).filter(|_| kind == EntityKind::Place);
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
                known.push(Known { id, name: name.trim().to_string(), kind, in_corpus: false, coords: None });
                known.len() - 1
            });
            let joined = &mut known[ix];
            joined.coords = joined.coords.or(coords);
            for n in all {
                if !ambiguous_names.contains(&fold(n)) {
                    add(n, Target::Entity(ix), &mut by_folded, &mut patterns, &mut names);
                }
            }
        }
        Gazetteer { known, names, patterns, automaton: OnceLock::new() }
    }

    /// The automaton over every folded name. One kind, built directly
    /// rather than through the builder that picks one: compact, fast enough
    /// for a page of text, and the other kinds' code (a DFA, a
    /// non-contiguous NFA) stays out of the wasm.
    pub fn automaton(&self) -> &NFA {
        self.automaton.get_or_init(|| {
            aho_corasick::nfa::contiguous::Builder::new().match_kind(MatchKind::Standard).build(&self.patterns).expect("gazetteer patterns build")
        })
    }

    /// Every accepted match in `text`, leftmost-longest: sorted and disjoint.
    pub fn find(&self, text: &str) -> Vec<Span> {
        let folded = Folded::new(text);
        let mut candidates: Vec<(usize, usize, usize)> = self
            .automaton()
            .try_find_overlapping_iter(aho_corasick::Input::new(&folded.text))
            .expect("a standard-match automaton finds overlapping matches")
            .filter_map(|m| {
                let (start, end) = folded.original_range(m.start(), m.end());
                let end = extend_over_marks(text, end);
                accept(text, start, end, &self.names[m.pattern().as_usize()]).then_some((start, end, m.pattern().as_usize()))
            })
            .collect();
        // Leftmost, then longest.
        crate::sort::sort_by_key(&mut candidates, |&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut spans = Vec::new();
        let mut last_end = 0;
        for (start, end, p) in candidates {
            if start < last_end {
                continue;
            }
            last_end = end;
            let (kind, entity) = match self.names[p].target {
                Target::Entity(ix) => {
                    let k = &self.known[ix];
                    (k.kind, Some(k.id.clone()))
                }
                Target::Ambiguous(kind) => (kind, None),
            };
            spans.push(Span { start, end, text: text[start..end].to_string(), kind, entity, cue: None });
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

/// "Asean" for "ASEAN", "Nato" for "NATO": four letters or more, so that
/// "Us" is never the US nor "Who" the WHO.
fn title_case_of(matched: &str, acronym: &str) -> bool {
    let mut cs = matched.chars();
    acronym.chars().count() >= 4
        && acronym.chars().all(|c| c.is_ascii_uppercase())
        && cs.next() == acronym.chars().next()
        && cs.as_str().chars().all(|c| c.is_ascii_lowercase())
        && matched.eq_ignore_ascii_case(acronym)
}

/// Whether a gazetteer match at `start..end` stands as a name in `text`.
fn accept(text: &str, start: usize, end: usize, name: &Name) -> bool {
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
        // "ASEAN", and as some outlets write the longer ones, "Asean".
        if matched != acronym && !title_case_of(matched, acronym) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_table() {
        let rows: &[(&str, Option<f64>)] = &[("12", Some(12.0)), ("-12.25", Some(-12.25)), ("105.85", Some(105.85)), ("0.5", Some(0.5)), ("", None), ("-", None), ("1e3", None), ("1.2.3", None), (".5", None), ("1234", None), ("+1", None)];
        for (s, want) in rows {
            assert_eq!(decimal(s), *want, "{s}");
        }
    }

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
            coords: None,
        }];
        let g = Gazetteer::new(&corpus, &[], "place\tUnited States\tUS|America\nplace\tFrance\t\n# comment\n");
        assert_eq!(g.known.len(), 2);
        assert_eq!(g.known[1].id, "france");
        let targets: Vec<Target> = g.names.iter().map(|n| n.target).collect();
        assert_eq!(targets, vec![Target::Entity(0); 4].into_iter().chain([Target::Entity(1)]).collect::<Vec<_>>());
    }

    #[test]
    fn world_coordinates_parse_or_are_ignored() {
        let rows = [
            ("21.03,105.85", Some((21.03, 105.85))),
            (" -6.2, 106.85 ", Some((-6.2, 106.85))),
            ("90,-180", Some((90.0, -180.0))),
            ("91,0", None),
            ("0,180.5", None),
            ("21.03", None),
            ("north,east", None),
            ("NaN,1", None),
            ("", None),
        ];
        for (text, want) in rows {
            assert_eq!(parse_coords(text), want, "{text:?}");
        }
    }

    #[test]
    fn every_world_place_column_is_well_formed() {
        let mut with = 0;
        for line in WORLD.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert!(cols.len() <= 4, "{line}");
            match (cols[0], cols.get(3)) {
                ("place", Some(c)) => {
                    let (lat, lon) = parse_coords(c).unwrap_or_else(|| panic!("{line}"));
                    assert!(crate::map::project(lat, lon).is_some(), "only places on the map carry a point: {line}");
                    with += 1;
                }
                (_, Some(_)) => panic!("only places have coordinates: {line}"),
                _ => {}
            }
        }
        assert!(with >= 400, "{with} world places with coordinates");
    }

    #[test]
    fn known_places_have_coordinates_from_the_corpus_first() {
        let place = |id: &str, coords| Entity {
            id: id.into(),
            name: id.into(),
            kind: EntityKind::Place,
            aliases: vec![],
            description: "d".into(),
            role: None,
            analyst: false,
            affiliation: None,
            coords,
        };
        let corpus = vec![place("Hanoi", Some([21.0, 105.8])), place("Hue", None)];
        let world = "place\tHanoi\tHa Noi\t21.03,105.85\nplace\tHue\t\t16.46,107.59\nplace\tSouth China Sea\t\t12,113\norg\tASEAN\t\t1,2\nplace\tGlobal South\t\n";
        let g = Gazetteer::new(&corpus, &[], world);
        let coords: Vec<(&str, Option<(f64, f64)>)> = g.known.iter().map(|k| (k.name.as_str(), k.coords)).collect();
        assert_eq!(
            coords,
            [("Hanoi", Some((21.0, 105.8))), ("Hue", Some((16.46, 107.59))), ("South China Sea", Some((12.0, 113.0))), ("ASEAN", None), ("Global South", None)]
        );
    }

    #[test]
    fn the_shipped_gazetteer_places_the_south_china_sea() {
        let g = Gazetteer::new(&[], &[], WORLD);
        let coords = |name: &str| g.known.iter().find(|k| k.name == name).unwrap_or_else(|| panic!("{name} is known")).coords;
        let rows = [
            ("Hanoi", true),
            ("South China Sea", true),
            ("Paracel Islands", true),
            ("Spratly Islands", true),
            ("Scarborough Shoal", true),
            ("Mischief Reef", true),
            ("Second Thomas Shoal", true),
            ("Gulf of Tonkin", true),
            ("ASEAN", false),
            ("Global South", false),
        ];
        for (name, want) in rows {
            assert_eq!(coords(name).is_some(), want, "{name}");
        }
        let on_map = |name: &str| coords(name).and_then(|(lat, lon)| crate::map::project(lat, lon));
        let (hanoi, paracels, spratlys) = (on_map("Hanoi").unwrap(), on_map("Paracel Islands").unwrap(), on_map("Spratly Islands").unwrap());
        assert!(hanoi.0 < paracels.0 && paracels.1 < spratlys.1, "Paracels east of Hanoi, north of the Spratlys");
    }

    #[cfg(feature = "load")]
    #[test]
    fn corpus_places_have_coordinates() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
        let corpus = crate::load_dir(&root).expect("the corpus loads");
        let g = Gazetteer::new(&corpus.entities, &corpus.ambiguous, WORLD);
        let known = |id: &str| g.known.iter().find(|k| k.id == id).unwrap_or_else(|| panic!("{id} is known"));
        for id in ["hanoi", "south-china-sea", "paracel-islands", "spratly-islands", "beijing", "vietnam"] {
            assert!(known(id).in_corpus && known(id).coords.is_some(), "{id}");
        }
        for k in g.known.iter().filter(|k| k.kind != EntityKind::Place) {
            assert_eq!(k.coords, None, "{}", k.id);
        }
    }
}
