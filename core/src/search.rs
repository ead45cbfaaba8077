//! Search: a reader's query against article text, insensitive to case and
//! diacritics in both directions, and to the spaces inside a name ("hanoi"
//! finds "Hà Nội", "Nguyễn Phú Trọng" finds "Nguyen Phu Trong").
//!
//! A query is words, each of which must appear, and "quoted phrases", whose
//! words must appear together. Matching works on the folded text (see
//! [`fold`](crate::fold)) with white space squeezed out, so the words of a
//! name may be written together or apart; a match must begin where a word
//! begins, so "hanoi" does not match inside "than oil". It may end inside
//! a word, so "viet" finds "Vietnam". Hits map back to byte offsets in the
//! original text.
//!
//! Groundwork for the search tool of the compare issue: not yet used by the
//! app.

use crate::fold::{fold, Folded};

/// A parsed query: its terms, folded and without white space.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
    /// The whole query as one phrase, tried when its words are not all
    /// found: "Hà Nội" finds "Hanoi".
    whole: Option<String>,
}

/// Folded `s` without its white space.
fn squeezed(s: &str) -> String {
    fold(s).chars().filter(|c| !c.is_whitespace()).collect()
}

impl Query {
    /// The words and "quoted phrases" of `input`. An unclosed quote runs to
    /// the end; empty terms are dropped.
    pub fn parse(input: &str) -> Query {
        let mut terms = Vec::new();
        for (i, part) in input.split('"').enumerate() {
            if i % 2 == 1 {
                terms.push(squeezed(part));
            } else {
                terms.extend(part.split_whitespace().map(squeezed));
            }
        }
        terms.retain(|t| !t.is_empty());
        terms.dedup();
        let whole = (terms.len() > 1).then(|| terms.concat());
        Query { terms, whole }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Where the query's terms are in `text`, as sorted, disjoint byte
    /// ranges of the original; `None` unless every term is there.
    pub fn hits(&self, text: &str) -> Option<Vec<(usize, usize)>> {
        if self.terms.is_empty() {
            return None;
        }
        Self::find(&self.terms, text).or_else(|| Self::find(std::slice::from_ref(self.whole.as_ref()?), text))
    }

    fn find(terms: &[String], text: &str) -> Option<Vec<(usize, usize)>> {
        let folded = Folded::new(text);
        // The folded text without white space, each byte with the index of
        // its folded byte, and whether a word begins there.
        let mut squeezed = String::with_capacity(folded.text.len());
        let mut at = Vec::with_capacity(folded.text.len());
        let mut word_start = Vec::with_capacity(folded.text.len());
        let mut previous_alnum = false;
        for (i, c) in folded.text.char_indices() {
            let alnum = c.is_alphanumeric();
            if !c.is_whitespace() {
                squeezed.push(c);
                for k in 0..c.len_utf8() {
                    at.push(i + k);
                    word_start.push(k == 0 && alnum && !previous_alnum);
                }
            }
            previous_alnum = alnum;
        }
        let mut ranges = Vec::new();
        for term in terms {
            let before = ranges.len();
            for (s, m) in squeezed.match_indices(term.as_str()) {
                if word_start[s] {
                    ranges.push(folded.original_range(at[s], at[s + m.len() - 1] + 1));
                }
            }
            if ranges.len() == before {
                return None;
            }
        }
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for (s, e) in ranges {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        Some(merged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts `query` finds in `text`, or `None`.
    fn found(query: &str, text: &str) -> Option<Vec<String>> {
        Query::parse(query).hits(text).map(|hits| hits.into_iter().map(|(s, e)| text[s..e].to_string()).collect())
    }

    #[test]
    fn matching_table() {
        let some = |v: &[&str]| Some(v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        let rows: &[(&str, &str, Option<Vec<String>>)] = &[
            ("hanoi", "Officials in Hà Nội said so.", some(&["Hà Nội"])),
            ("Hà Nội", "Officials in Hanoi said so.", some(&["Hanoi"])),
            ("ha noi", "Hanoi, Ha Noi", some(&["Ha", "Ha", "Noi"])),
            ("Nguyễn Phú Trọng", "General Secretary Nguyen Phu Trong", some(&["Nguyen", "Phu", "Trong"])),
            ("\"Nguyễn Phú Trọng\"", "General Secretary Nguyen Phu Trong", some(&["Nguyen Phu Trong"])),
            ("nguyen phu trong", "NGUYỄN PHÚ TRỌNG arrived", some(&["NGUYỄN", "PHÚ", "TRỌNG"])),
            ("viet", "Vietnam and China", some(&["Viet"])),
            // A match begins where a word begins.
            ("hanoi", "more than oil", None),
            ("am", "Vietnam", None),
            // Every word must appear; a quoted phrase must appear whole.
            ("xi hanoi", "Xi visited Hanoi", some(&["Xi", "Hanoi"])),
            ("xi tokyo", "Xi visited Hanoi", None),
            ("\"bamboo diplomacy\"", "Its bamboo  diplomacy works", some(&["bamboo  diplomacy"])),
            ("\"diplomacy bamboo\"", "Its bamboo diplomacy works", None),
            ("\"east sea", "the East Sea (Biển Đông)", some(&["East Sea"])),
            ("biển đông", "the East Sea (Bien Dong)", some(&["Bien", "Dong"])),
            ("dong", "Đồng Nai", some(&["Đồng"])),
            // Curly and straight apostrophes are one.
            ("trong's", "Trong’s visit", some(&["Trong’s"])),
            // Hits are merged and sorted.
            ("china chin", "China, China", some(&["China", "China"])),
            ("", "anything", None),
            ("   \"\"  ", "anything", None),
        ];
        for (query, text, want) in rows {
            assert_eq!(&found(query, text), want, "{query:?} in {text:?}");
        }
    }

    #[test]
    fn parse_table() {
        let rows: &[(&str, &[&str])] = &[
            ("Xi  Jinping", &["xi", "jinping"]),
            ("\"Xi Jinping\" visit", &["xijinping", "visit"]),
            ("hanoi hanoi", &["hanoi"]),
            ("", &[]),
        ];
        for (input, want) in rows {
            assert_eq!(Query::parse(input).terms, *want, "{input:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn hits_are_ranges_of_whole_characters(text in "\\PC{0,60}", query in "\\PC{0,12}") {
            if let Some(hits) = Query::parse(&query).hits(&text) {
                for (s, e) in hits {
                    proptest::prop_assert!(s < e && text.is_char_boundary(s) && text.is_char_boundary(e));
                }
            }
        }
    }
}
