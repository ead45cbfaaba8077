//! Names in dispute: places that rival states call by different names, where
//! which name an article uses is itself a viewpoint ("South China Sea" or
//! "East Sea", "Paracels" or "Hoàng Sa" or "Xisha").
//!
//! The gazetteer ties every name of a place to one entity; this table says,
//! for each name, whose usage it is. [`usage`] reads a mention's surface
//! text; [`NameCount`] tallies an article's usages.

use crate::fold::fold;

/// A place with rival names: the gazetteer entity id, and the names by usage.
#[derive(Debug, PartialEq)]
pub struct Disputed {
    /// The entity id (see `core/data/world.tsv` and `corpus/entities.toml`).
    pub place: &'static str,
    /// A neutral label for the place.
    pub label: &'static str,
    /// (whose usage, the names) in display order; the first is the
    /// international English usage, assumed for any other name of the place.
    pub usages: &'static [(&'static str, &'static [&'static str])],
}

const INTERNATIONAL: &str = "international";

/// Every disputed place the reader knows. Each name is also in the
/// gazetteer as a name of `place` (a test checks it). Names for a part of
/// a place ("West Philippine Sea", "Kalayaan Island Group") are places of
/// their own, not rival names.
pub const DISPUTED: &[Disputed] = &[
    Disputed {
        place: "south-china-sea",
        label: "The sea (South China Sea / East Sea / Nanhai)",
        usages: &[
            (INTERNATIONAL, &["South China Sea"]),
            ("Vietnamese", &["East Sea", "Biển Đông", "Bien Dong"]),
            ("Chinese", &["Nanhai", "Nan Hai"]),
        ],
    },
    Disputed {
        place: "paracel-islands",
        label: "The Paracels (Hoàng Sa / Xisha)",
        usages: &[
            (INTERNATIONAL, &["Paracel Islands", "Paracels", "Paracel", "Paracel archipelago"]),
            ("Vietnamese", &["Hoàng Sa", "Hoang Sa", "Hoang Sa archipelago"]),
            ("Chinese", &["Xisha", "Xisha Islands", "Xisha Qundao"]),
        ],
    },
    Disputed {
        place: "spratly-islands",
        label: "The Spratlys (Trường Sa / Nansha)",
        usages: &[
            (INTERNATIONAL, &["Spratly Islands", "Spratlys", "Spratly", "Spratly archipelago"]),
            ("Vietnamese", &["Trường Sa", "Truong Sa", "Truong Sa archipelago"]),
            ("Chinese", &["Nansha", "Nansha Islands", "Nansha Qundao"]),
        ],
    },
    Disputed {
        place: "gulf-of-tonkin",
        label: "The Gulf of Tonkin (Bắc Bộ / Beibu)",
        usages: &[
            (INTERNATIONAL, &["Gulf of Tonkin", "Tonkin Gulf"]),
            ("Vietnamese", &["Vịnh Bắc Bộ", "Gulf of Bac Bo", "Bac Bo Gulf"]),
            ("Chinese", &["Beibu Gulf", "Gulf of Beibu"]),
        ],
    },
    Disputed {
        place: "scarborough-shoal",
        label: "Scarborough Shoal (Huangyan / Bajo de Masinloc)",
        usages: &[
            (INTERNATIONAL, &["Scarborough Shoal", "Scarborough Reef"]),
            ("Chinese", &["Huangyan Island", "Huangyan Dao"]),
            ("Philippine", &["Bajo de Masinloc", "Panatag Shoal"]),
        ],
    },
    Disputed {
        place: "second-thomas-shoal",
        label: "Second Thomas Shoal (Ayungin / Ren'ai)",
        usages: &[
            (INTERNATIONAL, &["Second Thomas Shoal"]),
            ("Philippine", &["Ayungin Shoal"]),
            ("Chinese", &["Ren'ai Reef", "Ren'ai Jiao", "Renai Reef"]),
            ("Vietnamese", &["Bãi Cỏ Mây"]),
        ],
    },
    Disputed {
        place: "mischief-reef",
        label: "Mischief Reef (Meiji / Panganiban / Vành Khăn)",
        usages: &[
            (INTERNATIONAL, &["Mischief Reef"]),
            ("Chinese", &["Meiji Reef", "Meiji Jiao"]),
            ("Philippine", &["Panganiban Reef"]),
            ("Vietnamese", &["Đá Vành Khăn", "Da Vanh Khan"]),
        ],
    },
    Disputed {
        place: "senkaku-islands",
        label: "Senkaku / Diaoyu Islands",
        usages: &[
            (INTERNATIONAL, &["Senkaku Islands", "Senkakus", "Senkaku"]),
            ("Chinese", &["Diaoyu Islands", "Diaoyu", "Diaoyutai"]),
            ("Taiwanese", &["Tiaoyutai", "Tiaoyutai Islands"]),
        ],
    },
];

impl Disputed {
    /// The usage a name of this place belongs to (index into `usages`):
    /// the international one for any name the table does not list.
    pub fn usage_of(&self, surface: &str) -> usize {
        let f = fold(surface.trim());
        self.usages.iter().position(|(_, names)| names.iter().any(|n| fold(n) == f)).unwrap_or(0)
    }
}

/// The disputed place an entity id is, if any (index into [`DISPUTED`]).
pub fn disputed(place_id: &str) -> Option<usize> {
    DISPUTED.iter().position(|d| d.place == place_id)
}

/// How often an article uses each name of one disputed place: the name as
/// first written in the article, its usage, and its count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NameCount {
    pub names: Vec<(String, usize, usize)>,
}

impl NameCount {
    /// Counts one mention of the place `d` written as `surface`.
    pub fn add(&mut self, d: &Disputed, surface: &str) {
        let usage = d.usage_of(surface);
        let f = fold(surface.trim());
        match self.names.iter_mut().find(|(n, _, _)| fold(n) == f) {
            Some(entry) => entry.2 += 1,
            None => self.names.push((surface.trim().to_string(), usage, 1)),
        }
    }

    /// The usages the article uses, most used first: (usage index, count).
    pub fn usages(&self) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for &(_, u, n) in &self.names {
            match out.iter_mut().find(|(x, _)| *x == u) {
                Some(e) => e.1 += n,
                None => out.push((u, n)),
            }
        }
        crate::sort::sort_by(&mut out, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::automaton::Automaton;

    #[test]
    fn usage_table() {
        let sea = &DISPUTED[disputed("south-china-sea").unwrap()];
        let paracels = &DISPUTED[disputed("paracel-islands").unwrap()];
        let rows = [
            (sea, "South China Sea", "international"),
            (sea, "East Sea", "Vietnamese"),
            (sea, "BIỂN ĐÔNG", "Vietnamese"),
            (sea, "SCS", "international"),
            (paracels, "Hoàng Sa", "Vietnamese"),
            (paracels, "Hoang Sa", "Vietnamese"),
            (paracels, "Xisha", "Chinese"),
            (paracels, "the Paracels", "international"),
        ];
        for (d, surface, want) in rows {
            assert_eq!(d.usages[d.usage_of(surface)].0, want, "{surface}");
        }
    }

    #[test]
    fn counts_group_spellings_and_usages() {
        let sea = &DISPUTED[0];
        let mut c = NameCount::default();
        for s in ["East Sea", "South China Sea", "East Sea", "Biển Đông", "east sea"] {
            c.add(sea, s);
        }
        assert_eq!(c.names, vec![("East Sea".to_string(), 1, 3), ("South China Sea".to_string(), 0, 1), ("Biển Đông".to_string(), 1, 1)]);
        assert_eq!(c.usages(), vec![(1, 4), (0, 1)]);
    }

    #[test]
    fn every_disputed_name_is_known_to_the_gazetteer_as_its_place() {
        let g = crate::gazetteer::Gazetteer::new(&[], &[], crate::gazetteer::WORLD);
        let mut wrong = Vec::new();
        for d in DISPUTED {
            for (_, names) in d.usages {
                for n in *names {
                    let folded = fold(n);
                    let hit = g.automaton().try_find_overlapping_iter(aho_corasick::Input::new(&folded)).expect("standard matches overlap").find(|m| m.start() == 0 && m.end() == folded.len());
                    let target = hit.map(|m| g.names[m.pattern().as_usize()].target);
                    let id = match target {
                        Some(crate::gazetteer::Target::Entity(ix)) => g.known[ix].id.as_str(),
                        _ => "",
                    };
                    if id != d.place {
                        wrong.push(format!("{n}: {id:?}, not {}", d.place));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
