//! Table-driven recognizer tests: one row per case.

use super::*;
use crate::model::{Ambiguous, Entity, EntityKind};

fn entity(id: &str, name: &str, kind: EntityKind, aliases: &[&str]) -> Entity {
    Entity {
        id: id.into(),
        name: name.into(),
        kind,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        description: "d".into(),
        role: None,
        analyst: false,
        affiliation: None,
        coords: None,
    }
}

fn recognizer() -> Recognizer {
    use EntityKind::*;
    let corpus = Corpus {
        entities: vec![
            entity("nguyen-phu-trong", "Nguyen Phu Trong", Person, &["Nguyễn Phú Trọng", "Trong"]),
            entity("xi-jinping", "Xi Jinping", Person, &["Xi"]),
            entity("to-lam", "To Lam", Person, &["Lam", "Tô Lâm"]),
            entity("carl-thayer", "Carl Thayer", Person, &["Thayer"]),
            entity("xinhua", "Xinhua News Agency", Org, &["Xinhua"]),
            entity("inouye-center", "Daniel K. Inouye Asia-Pacific Center for Security Studies", Org, &[]),
            entity("united-states", "United States", Place, &["U.S.", "US"]),
            entity("hanoi", "Hanoi", Place, &["Hà Nội"]),
            entity("nguyen-khac-giang", "Nguyen Khac Giang", Person, &[]),
        ],
        ambiguous: vec![Ambiguous { alias: "Nguyen".into(), entities: vec!["nguyen-phu-trong".into(), "nguyen-khac-giang".into()], note: "n".into() }],
        ..Corpus::default()
    };
    Recognizer::with_world(&corpus, "place\tChina\tPRC\nplace\tSouth China Sea\t\nplace\tBeijing\t\norg\tReuters\t\n")
}

/// (text, [(mention, kind, entity id or "?" for guessed or "" for ambiguous)])
type Row = (&'static str, &'static [(&'static str, &'static str, &'static str)]);

#[test]
fn recognizer_table() {
    let rows: &[Row] = &[
        // Folding: case and diacritics.
        ("Nguyễn Phú Trọng met NGUYEN PHU TRONG.", &[("Nguyễn Phú Trọng", "person", "nguyen-phu-trong"), ("NGUYEN PHU TRONG", "person", "nguyen-phu-trong")]),
        ("Tô Lâm arrived in Hà Nội.", &[("Tô Lâm", "person", "to-lam"), ("Hà Nội", "place", "hanoi")]),
        // Word boundaries.
        ("Xinhua reported that Xi spoke.", &[("Xinhua", "org", "xinhua"), ("Xi", "person", "xi-jinping")]),
        ("Islam and Lam.", &[("Lam", "person", "to-lam")]),
        ("the Trongs", &[]),
        // Possessives resolve to the entity.
        ("Trong’s visit and Xi's medal.", &[("Trong", "person", "nguyen-phu-trong"), ("Xi", "person", "xi-jinping")]),
        // Longest name wins over a nested one.
        ("a professor at the Hawaii-based Daniel K. Inouye Asia-Pacific Center for Security Studies, said", &[("Daniel K. Inouye Asia-Pacific Center for Security Studies", "org", "inouye-center")]),
        ("in the South China Sea today", &[("South China Sea", "place", "south-china-sea")]),
        ("Xi Jinping and Xi", &[("Xi Jinping", "person", "xi-jinping"), ("Xi", "person", "xi-jinping")]),
        // Acronyms keep their case; lowercase words are not names.
        ("Let us visit the US and the U.S.", &[("US", "place", "united-states"), ("U.S.", "place", "united-states")]),
        ("a lam and a trong", &[]),
        // Hyphenated pairs name both.
        ("the Trong-Xi meeting and U.S.-China ties", &[("Trong", "person", "nguyen-phu-trong"), ("Xi", "person", "xi-jinping"), ("U.S.", "place", "united-states"), ("China", "place", "china")]),
        // Declared ambiguous names are mentions without an entity.
        ("Nguyen said so.", &[("Nguyen", "person", "")]),
        // Guessed names.
        ("Vietnamese Prime Minister Pham Minh Chinh met them.", &[("Pham Minh Chinh", "person", "?")]),
        ("said Zachary Abuza, a professor at the National War College in Washington.", &[("Zachary Abuza", "person", "?"), ("National War College", "org", "?"), ("Washington", "place", "?")]),
        ("Huynh Sang, a scholar, spoke. Later, Sang said more.", &[("Huynh Sang", "person", "?"), ("Sang", "person", "?")]),
        ("The Vietnam Fatherland Front met.", &[("Vietnam Fatherland Front", "org", "?")]),
        ("In October, Reuters reported on Monday.", &[("Reuters", "org", "reuters")]),
        ("However, the Chinese side agreed.", &[]),
        ("The Philippine Coast Guard (PCG) said the PCG would stay.", &[("Philippine Coast Guard", "org", "?"), ("PCG", "org", "?"), ("PCG", "org", "?")]),
        ("after the 20th National Congress ended", &[]),
        ("A Statecraft Rooted in History And Power", &[]),
        ("the anti-China protests and China-led bank", &[]),
        // Emoji, combining marks, empty text.
        ("🎋 Xi 🎋 Trọng", &[("Xi", "person", "xi-jinping"), ("Trọng", "person", "nguyen-phu-trong")]),
        ("Tro\u{0323}ng spoke", &[("Tro\u{0323}ng", "person", "nguyen-phu-trong")]),
        ("", &[]),
    ];
    let r = recognizer();
    let mut failures = Vec::new();
    for (text, want) in rows {
        let got: Vec<(String, &str, String)> = r
            .annotate(text)
            .into_iter()
            .map(|s| {
                let id = match (&s.entity, s.is_guess()) {
                    (_, true) => "?".to_string(),
                    (Some(id), false) => id.clone(),
                    (None, false) => String::new(),
                };
                (s.text, s.kind.as_str(), id)
            })
            .collect();
        let want: Vec<(String, &str, String)> = want.iter().map(|(t, k, e)| (t.to_string(), *k, e.to_string())).collect();
        if got != want {
            failures.push(format!("{text:?}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn spans_point_at_their_text() {
    let r = recognizer();
    let text = "Ông Nguyễn Phú Trọng’s trip: Xi, Lam and the U.S.";
    for s in r.annotate(text) {
        assert_eq!(&text[s.start..s.end], s.text);
    }
}
