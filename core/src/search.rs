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
//! A [`SearchIndex`] folds every block of a corpus once, so that a query
//! typed key by key only scans: [`SearchIndex::search`] finds the articles
//! holding every term and counts the hits of each block, and
//! [`Query::marks`] maps hits back to the original text for the blocks on
//! screen only.

use crate::fold::{fold, Folded};
use crate::model::{ArticleIx, Corpus};

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

    /// Where the query's terms are in `text`: all of them if it holds them
    /// all (else the whole query as one phrase), or else those it holds.
    /// What a column marks while a search is on.
    pub fn marks(&self, text: &str) -> Vec<(usize, usize)> {
        let mut partial = None;
        for terms in self.attempts() {
            let (ranges, found) = locate(terms, text);
            if found.iter().all(|f| *f) {
                return ranges;
            }
            if partial.is_none() && !ranges.is_empty() {
                partial = Some(ranges);
            }
        }
        partial.unwrap_or_default()
    }

    fn find(terms: &[String], text: &str) -> Option<Vec<(usize, usize)>> {
        let (ranges, found) = locate(terms, text);
        (found.iter().all(|f| *f)).then_some(ranges)
    }

    /// The terms to look for: every word, else the whole query as one.
    fn attempts(&self) -> impl Iterator<Item = &[String]> {
        std::iter::once(self.terms.as_slice()).chain(self.whole.as_ref().map(std::slice::from_ref))
    }
}

/// Folded `text` without white space, each byte with the index of its
/// folded byte, and whether a word begins there.
fn squeeze(folded: &str) -> (String, Vec<usize>, Vec<bool>) {
    let mut squeezed = String::with_capacity(folded.len());
    let mut at = Vec::with_capacity(folded.len());
    let mut word_start = Vec::with_capacity(folded.len());
    let mut previous_alnum = false;
    for (i, c) in folded.char_indices() {
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
    (squeezed, at, word_start)
}

/// Where `term` begins a word in a squeezed text.
fn starts<'a>(squeezed: &'a str, word_start: &'a [bool], term: &'a str) -> impl Iterator<Item = usize> + 'a {
    squeezed.match_indices(term).map(|(s, _)| s).filter(|s| word_start[*s])
}

/// The hits of any of `terms` in `text`, sorted and merged, as byte ranges
/// of the original; and which terms were found.
fn locate(terms: &[String], text: &str) -> (Vec<(usize, usize)>, Vec<bool>) {
    let folded = Folded::new(text);
    let (squeezed, at, word_start) = squeeze(&folded.text);
    let mut ranges = Vec::new();
    let mut found = vec![false; terms.len()];
    for (t, term) in terms.iter().enumerate() {
        for s in starts(&squeezed, &word_start, term) {
            found[t] = true;
            ranges.push(folded.original_range(at[s], at[s + term.len() - 1] + 1));
        }
    }
    crate::sort::sort(&mut ranges);
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    (merged, found)
}

/// One block of text, folded and squeezed once.
struct Indexed {
    squeezed: String,
    word_start: Vec<bool>,
}

/// Every block of every article of a corpus, ready to scan.
pub struct SearchIndex {
    articles: Vec<Vec<Indexed>>,
}

/// A block that holds hits: its index and how many. Where the hits are
/// is for [`Query::marks`] to say, for the blocks on screen only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockHits {
    pub block: usize,
    pub count: usize,
}

/// An article that holds every term, with the blocks that hold any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleHits {
    pub article: ArticleIx,
    pub blocks: Vec<BlockHits>,
}

impl ArticleHits {
    /// Hits in the article.
    pub fn count(&self) -> usize {
        self.blocks.iter().map(|b| b.count).sum()
    }
}

impl SearchIndex {
    pub fn new(corpus: &Corpus) -> SearchIndex {
        let articles = corpus
            .articles
            .iter()
            .map(|a| {
                a.blocks
                    .iter()
                    .map(|b| {
                        let (squeezed, _, word_start) = squeeze(&fold(b.text()));
                        Indexed { squeezed, word_start }
                    })
                    .collect()
            })
            .collect();
        SearchIndex { articles }
    }

    /// The articles that hold every term of `query` (else the whole query
    /// as one phrase), in corpus order, with the blocks that hold any.
    pub fn search(&self, query: &Query) -> Vec<ArticleHits> {
        (0..self.articles.len()).filter_map(|a| self.search_article(query, ArticleIx(a))).collect()
    }

    /// One article's hits, if it holds every term of `query` (else the
    /// whole query as one phrase): what a column marks, without scanning
    /// the other articles.
    pub fn search_article(&self, query: &Query, article: ArticleIx) -> Option<ArticleHits> {
        let blocks = self.articles.get(article.0).filter(|_| !query.is_empty())?;
        query.attempts().find_map(|terms| Self::scan(blocks, terms)).map(|blocks| ArticleHits { article, blocks })
    }

    /// The blocks holding any of `terms`, with their hit counts, if the
    /// blocks together hold every term: one pass over the folded text.
    fn scan(blocks: &[Indexed], terms: &[String]) -> Option<Vec<BlockHits>> {
        let mut found = vec![false; terms.len()];
        let mut out = Vec::new();
        let mut at = Vec::new();
        for (i, b) in blocks.iter().enumerate() {
            at.clear();
            for (t, term) in terms.iter().enumerate() {
                let before = at.len();
                at.extend(starts(&b.squeezed, &b.word_start, term));
                found[t] |= at.len() > before;
            }
            if !at.is_empty() {
                crate::sort::sort(&mut at);
                at.dedup();
                out.push(BlockHits { block: i, count: at.len() });
            }
        }
        found.iter().all(|f| *f).then_some(out)
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

    #[test]
    fn the_index_finds_articles_holding_every_term() {
        use crate::model::{Article, ArticleKind, Block};
        let article = |id: &str, blocks: &[&str]| Article {
            id: id.into(),
            seed: String::new(),
            title: id.into(),
            outlet: String::new(),
            author: String::new(),
            date: String::new(),
            url: String::new(),
            event: String::new(),
            kind: ArticleKind::News,
            notes: vec![],
            cleaning: vec![],
            blocks: blocks.iter().map(|b| Block::Paragraph(b.to_string())).collect(),
        };
        let corpus = Corpus {
            articles: vec![
                article("a", &["Xi visited Hà Nội.", "Trade grew.", "Nothing here."]),
                article("b", &["Hanoi hosted Xi", "Xi left."]),
                article("c", &["Tokyo"]),
            ],
            ..Default::default()
        };
        let index = SearchIndex::new(&corpus);
        let found = |q: &str| -> Vec<(usize, Vec<usize>, usize)> {
            index.search(&Query::parse(q)).iter().map(|h| (h.article.0, h.blocks.iter().map(|b| b.block).collect(), h.count())).collect()
        };
        type Row<'a> = (&'a str, &'a [(usize, &'a [usize], usize)]);
        let rows: &[Row] = &[
            ("hanoi", &[(0, &[0], 1), (1, &[0], 1)]),
            // Terms in different paragraphs of one article.
            ("xi trade", &[(0, &[0, 1], 2)]),
            ("xi", &[(0, &[0], 1), (1, &[0, 1], 2)]),
            ("\"ha noi\"", &[(0, &[0], 1), (1, &[0], 1)]),
            ("beijing", &[]),
            ("", &[]),
        ];
        for (q, want) in rows {
            let want: Vec<(usize, Vec<usize>, usize)> = want.iter().map(|(a, b, c)| (*a, b.to_vec(), *c)).collect();
            assert_eq!(found(q), want, "{q}");
        }
        assert_eq!(Query::parse("xi trade").marks("Xi left."), vec![(0, 2)]);
        assert_eq!(Query::parse("ha noi").marks("Hanoi"), vec![(0, 5)]);
        assert_eq!(index.search(&Query::parse("china chin")), vec![]);
        for q in ["hanoi", "xi", "xi trade", "beijing", ""] {
            let q = Query::parse(q);
            let each: Vec<ArticleHits> = (0..4).filter_map(|a| index.search_article(&q, ArticleIx(a))).collect();
            assert_eq!(each, index.search(&q), "one article at a time finds what the whole search finds");
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
