//! The immutable data every component reads: the corpus, the recognizer and
//! the mentions it found in every article. The built-in articles' mentions
//! are compiled in by the build; a new library keeps what the last one
//! found in the articles it shares with it.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use std::cell::{OnceCell, RefCell};

use bamboo_core::{
    correct_spans, disputed, Article, Cue, find_figures, user_article_id, AnalystIx, ArticleHits, ArticleIx, Block, Corpus, EntityKind, Figure, Found, Known, NameCount, Query, Recognizer, SearchIndex,
    Span, UserData, ViewFilter, ViewpointIx, DISPUTED,
};

/// An entity the recognizer knows: an index into [`Library::known`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityIx(pub usize);

/// One mention in one block of an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Byte offsets into the block's text.
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    pub entity: Option<EntityIx>,
    /// Why the recognizer guessed it; `None` for the gazetteer's names.
    pub cue: Option<Cue>,
}

impl Mention {
    pub fn guessed(&self) -> bool {
        self.cue.is_some()
    }
}

/// Where a mention is: the column (0 left, 1 right), the block, and its
/// position among the block's mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MentionAt {
    pub column: usize,
    pub block: usize,
    pub index: usize,
}

/// An attributed view placed in its article: the block it is in and the
/// byte range of its quote within the block's text.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedView {
    /// Index into `corpus.views`.
    pub view: usize,
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

pub struct Library {
    pub corpus: Corpus,
    /// Shared with the next library while the known names stay the same (see
    /// [`Library::with_user`]): it is built once, not at every change.
    pub recognizer: Rc<Recognizer>,
    /// article → block → what the recognizer found, before the reader's
    /// corrections: kept for the next library (see [`Library::with_user`]).
    raw: Vec<Rc<Vec<Vec<Span>>>>,
    /// article → block → mentions, sorted.
    pub mentions: Vec<Vec<Vec<Mention>>>,
    /// article → its attributed views, in reading order.
    pub views: Vec<Vec<PlacedView>>,
    ids: HashMap<String, EntityIx>,
    /// Built at the first search, not at start-up.
    search: OnceCell<SearchIndex>,
    /// article → block → figures, found when the article is first shown.
    figures: Vec<OnceCell<Vec<Vec<Figure>>>>,
}

/// Blocks read ahead of a change (see [`Library::read_ahead`]), by their
/// text, with the entities of the recognizer that read them: the next
/// library takes them if it knows the same entities.
#[derive(Default)]
struct ReadAhead {
    entities: Vec<bamboo_core::Entity>,
    ambiguous: Vec<bamboo_core::Ambiguous>,
    found: HashMap<String, Vec<Span>>,
}

thread_local! {
    static READ_AHEAD: RefCell<ReadAhead> = RefCell::default();
}

/// Whether `entities` and `ambiguous` are the names `corpus` gives its
/// recognizer: recognizers built from either find the same mentions.
fn same_names(corpus: &Corpus, entities: &[bamboo_core::Entity], ambiguous: &[bamboo_core::Ambiguous]) -> bool {
    corpus.entities == entities && corpus.ambiguous == ambiguous
}

/// What two articles both name and what only one of them names, each entry
/// with its mentions in the left and the right article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overlap<T> {
    pub both: Vec<(T, usize, usize)>,
    pub left: Vec<(T, usize)>,
    pub right: Vec<(T, usize)>,
}

impl<T: Copy + Ord> Overlap<T> {
    /// The overlap of two tallies.
    fn of(left: &BTreeMap<T, usize>, right: &BTreeMap<T, usize>) -> Self {
        let mut o = Overlap { both: Vec::new(), left: Vec::new(), right: Vec::new() };
        for (&k, &n) in left {
            match right.get(&k) {
                Some(&m) => o.both.push((k, n, m)),
                None => o.left.push((k, n)),
            }
        }
        o.right = right.iter().filter(|(k, _)| !left.contains_key(k)).map(|(&k, &n)| (k, n)).collect();
        o
    }

    /// The same overlap with each entry's key mapped.
    fn map<U>(self, f: impl Fn(T) -> U) -> Overlap<U> {
        Overlap {
            both: self.both.into_iter().map(|(k, l, r)| (f(k), l, r)).collect(),
            left: self.left.into_iter().map(|(k, n)| (f(k), n)).collect(),
            right: self.right.into_iter().map(|(k, n)| (f(k), n)).collect(),
        }
    }
}

impl Library {
    pub fn new(corpus: Corpus) -> Self {
        Library::with_user(corpus, &UserData::default(), None)
    }

    /// The library of the built-in corpus, with the mentions the build
    /// found in it (`bamboo_core::Recognizer::found_in`): nothing is
    /// annotated at start-up. A block whose compiled mentions do not fit it
    /// is annotated instead.
    pub fn embedded(corpus: Corpus, found: &[Vec<Vec<Found>>]) -> Self {
        let recognizer = Rc::new(Recognizer::new(&corpus));
        let raw = corpus
            .articles
            .iter()
            .enumerate()
            .map(|(a, article)| {
                let blocks = article.blocks.iter().enumerate().map(|(b, block)| {
                    let text = block_text(block);
                    let compiled = found.get(a).and_then(|f| f.get(b)).and_then(|f| f.iter().map(|f| recognizer.span(text, f)).collect::<Option<Vec<_>>>());
                    compiled.unwrap_or_else(|| recognizer.annotate(text))
                });
                Rc::new(blocks.collect::<Vec<_>>())
            })
            .collect();
        Library::assemble(corpus, recognizer, raw, &UserData::default())
    }

    /// The library of a composed corpus (see `bamboo_core::compose`), with
    /// the reader's corrections of their own articles applied to what the
    /// recognizer found. What the recognizer found in `before` is kept for
    /// every article with the same id and text (the built-in articles, the
    /// reader's unchanged ones), and what [`Library::read_ahead`] read is
    /// taken: only a new or changed article is read here, by `before`'s own
    /// recognizer. None of it is used when the known entities changed (a
    /// reader's analyst is a name the recognizer then knows).
    pub fn with_user(corpus: Corpus, user: &UserData, before: Option<&Library>) -> Self {
        let before = before.filter(|b| same_names(&corpus, &b.corpus.entities, &b.corpus.ambiguous));
        let recognizer = before.map_or_else(|| Rc::new(Recognizer::new(&corpus)), |b| b.recognizer.clone());
        let ahead = READ_AHEAD.with(|r| std::mem::take(&mut *r.borrow_mut()));
        let ahead = if same_names(&corpus, &ahead.entities, &ahead.ambiguous) { ahead.found } else { HashMap::new() };
        let raw = corpus
            .articles
            .iter()
            .map(|a| {
                before.and_then(|b| b.found_in(a)).unwrap_or_else(|| {
                    Rc::new(a.blocks.iter().map(|b| ahead.get(block_text(b)).cloned().unwrap_or_else(|| recognizer.annotate(block_text(b)))).collect())
                })
            })
            .collect();
        Library::assemble(corpus, recognizer, raw, user)
    }

    /// Reads the blocks of `articles` ahead of the change that adds them,
    /// with this library's recognizer, yielding to the browser after about
    /// 20 ms of work and telling `progress` how many articles are read:
    /// the next [`Library::with_user`] takes what was found, so importing a
    /// thousand articles never freezes the page while they are read.
    pub async fn read_ahead(&self, articles: &[&[Block]], progress: impl Fn(usize)) {
        let mut step = js_sys::Date::now();
        let mut told = step;
        for (i, blocks) in articles.iter().enumerate() {
            self.read_one(blocks);
            let now = js_sys::Date::now();
            if now - step > 20.0 {
                if now - told > 250.0 {
                    progress(i + 1);
                    told = now;
                }
                gloo_timers::future::TimeoutFuture::new(0).await;
                step = js_sys::Date::now();
            }
        }
    }

    /// Reads `blocks` ahead (see [`Library::read_ahead`]).
    fn read_one(&self, blocks: &[Block]) {
        READ_AHEAD.with(|r| {
            let mut r = r.borrow_mut();
            if !same_names(&self.corpus, &r.entities, &r.ambiguous) {
                *r = ReadAhead { entities: self.corpus.entities.clone(), ambiguous: self.corpus.ambiguous.clone(), found: HashMap::new() };
            }
            for b in blocks {
                let text = block_text(b);
                if !r.found.contains_key(text) {
                    let found = self.recognizer.annotate(text);
                    r.found.insert(text.to_string(), found);
                }
            }
        });
    }

    /// What the recognizer found in `article`, if this library holds the
    /// same article: the same id and the same blocks.
    fn found_in(&self, article: &Article) -> Option<Rc<Vec<Vec<Span>>>> {
        let ix = self.corpus.find_article(&article.id)?;
        (self.corpus.articles[ix.0].blocks == article.blocks).then(|| self.raw[ix.0].clone())
    }

    fn assemble(corpus: Corpus, recognizer: Rc<Recognizer>, raw: Vec<Rc<Vec<Vec<Span>>>>, user: &UserData) -> Self {
        let ids: HashMap<String, EntityIx> = recognizer.known().iter().enumerate().map(|(i, k)| (k.id.clone(), EntityIx(i))).collect();
        let mentions = corpus
            .articles
            .iter()
            .zip(&raw)
            .map(|(a, found)| {
                let corrections = user_article_id(&a.id).and_then(|id| user.find(id)).map(|u| u.corrections.as_slice()).unwrap_or_default();
                a.blocks
                    .iter()
                    .zip(found.iter())
                    .enumerate()
                    .map(|(i, (b, found))| {
                        let mine: Vec<_> = corrections.iter().filter(|c| c.block == i).cloned().collect();
                        let found = if mine.is_empty() { found.clone() } else { correct_spans(block_text(b), found.clone(), &mine) };
                        found
                            .into_iter()
                            .map(|s| Mention { start: s.start, end: s.end, kind: s.kind, entity: s.entity.as_ref().and_then(|id| ids.get(id).copied()), cue: s.cue })
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let views = corpus.articles.iter().map(|a| place_views(&corpus, a)).collect();
        let figures = corpus.articles.iter().map(|_| OnceCell::new()).collect();
        Library { corpus, recognizer, raw, mentions, views, ids, search: OnceCell::new(), figures }
    }

    /// The views placed in block `block` of `article`.
    pub fn views_in_block(&self, article: ArticleIx, block: usize) -> impl Iterator<Item = &PlacedView> {
        self.views.get(article.0).into_iter().flatten().filter(move |v| v.block == block)
    }

    pub fn known(&self, e: EntityIx) -> &Known {
        &self.recognizer.known()[e.0]
    }

    pub fn entity_ix(&self, id: &str) -> Option<EntityIx> {
        self.ids.get(id).copied()
    }

    /// The mentions of `entity` in the columns showing `articles`, in
    /// reading order: the left column first.
    pub fn mentions_of(&self, entity: EntityIx, articles: &[ArticleIx]) -> Vec<MentionAt> {
        let mut out = Vec::new();
        for (column, &article) in articles.iter().enumerate() {
            for (block, ms) in self.mentions.get(article.0).into_iter().flatten().enumerate() {
                for (index, m) in ms.iter().enumerate() {
                    if m.entity == Some(entity) {
                        out.push(MentionAt { column, block, index });
                    }
                }
            }
        }
        out
    }

    /// Mentions per kind in these articles (each article counted once).
    pub fn kind_counts(&self, articles: &[ArticleIx]) -> [usize; 3] {
        let mut counts = [0; 3];
        for m in self.distinct(articles).into_iter().flat_map(|a| self.mentions[a.0].iter().flatten()) {
            counts[kind_index(m.kind)] += 1;
        }
        counts
    }

    /// Entities mentioned in these articles with their mention counts, most
    /// frequent first, then by name.
    pub fn frequencies(&self, articles: &[ArticleIx]) -> Vec<(EntityIx, usize)> {
        let mut counts: HashMap<EntityIx, usize> = HashMap::new();
        for m in self.distinct(articles).into_iter().flat_map(|a| self.mentions[a.0].iter().flatten()) {
            if let Some(e) = m.entity {
                *counts.entry(e).or_default() += 1;
            }
        }
        let mut list: Vec<_> = counts.into_iter().collect();
        bamboo_core::sort::sort_by(&mut list, |a, b| b.1.cmp(&a.1).then_with(|| self.known(a.0).name.cmp(&self.known(b.0).name)));
        list
    }

    /// Mentions of `entity` in each article of the corpus.
    pub fn counts_per_article(&self, entity: EntityIx) -> Vec<(ArticleIx, usize)> {
        self.corpus
            .article_ixs()
            .map(|a| (a, self.mentions[a.0].iter().flatten().filter(|m| m.entity == Some(entity)).count()))
            .collect()
    }

    /// Paragraphs in these articles (each once) that the filter keeps, and
    /// the paragraphs it does not: (matching, others).
    pub fn filter_split(&self, articles: &[ArticleIx], filter: &ViewFilter) -> (usize, usize) {
        let (mut matching, mut others) = (0, 0);
        for a in self.distinct(articles) {
            for (b, block) in self.corpus.articles[a.0].blocks.iter().enumerate() {
                if matches!(block, Block::Paragraph(_)) {
                    if self.views_in_block(a, b).any(|p| filter.fits(&self.corpus, &self.corpus.views[p.view])) {
                        matching += 1;
                    } else {
                        others += 1;
                    }
                }
            }
        }
        (matching, others)
    }

    /// What the filter keeps, in words: "Hedging, Deference" or "Carl Thayer"
    /// or "Hedging by Carl Thayer"; empty when it is off.
    pub fn describe_filter(&self, filter: &ViewFilter) -> String {
        let labels: Vec<&str> = filter.viewpoints.iter().filter_map(|v| self.corpus.viewpoints.get(v.0)).map(|v| v.label.as_str()).collect();
        let analyst = filter.analyst.and_then(|a| self.corpus.entities.get(a.0)).map(|e| e.name.as_str());
        match (labels.is_empty(), analyst) {
            (true, None) => String::new(),
            (true, Some(who)) => who.to_string(),
            (false, None) => labels.join(", "),
            (false, Some(who)) => format!("{} by {who}", labels.join(", ")),
        }
    }

    /// Every figure of an article, block by block.
    pub fn figures(&self, article: ArticleIx) -> &[Vec<Figure>] {
        let Some(cell) = self.figures.get(article.0) else { return &[] };
        cell.get_or_init(|| self.corpus.articles[article.0].blocks.iter().map(|b| find_figures(block_text(b))).collect())
    }

    /// Figures in these articles (each article once).
    pub fn figure_count(&self, articles: &[ArticleIx]) -> usize {
        self.distinct(articles).into_iter().map(|a| self.figures(a).iter().map(Vec::len).sum::<usize>()).sum()
    }

    /// The figures in one block: byte ranges and what each says.
    pub fn figure_marks(&self, article: ArticleIx, block: usize) -> Vec<(usize, usize, yew::AttrValue)> {
        self.figures(article).get(block).into_iter().flatten().map(|f| (f.start, f.end, f.describe().into())).collect()
    }

    /// Every article holding every term of `query`, with its hits.
    pub fn search(&self, query: &Query) -> Vec<ArticleHits> {
        self.search_index().search(query)
    }

    /// One article's hits, if it holds every term of `query`.
    pub fn search_article(&self, query: &Query, article: ArticleIx) -> Option<ArticleHits> {
        self.search_index().search_article(query, article)
    }

    fn search_index(&self) -> &SearchIndex {
        self.search.get_or_init(|| SearchIndex::new(&self.corpus))
    }

    /// The known entities each of two articles names, with their mentions,
    /// sorted by most mentions, then name.
    pub fn entity_overlap(&self, [a, b]: [ArticleIx; 2]) -> Overlap<EntityIx> {
        let tally = |a: ArticleIx| {
            let mut t = BTreeMap::new();
            for e in self.mentions.get(a.0).into_iter().flatten().flatten().filter_map(|m| m.entity) {
                *t.entry(e).or_insert(0) += 1;
            }
            t
        };
        let mut o = Overlap::of(&tally(a), &tally(b));
        let name = |e: EntityIx| self.known(e).name.as_str();
        bamboo_core::sort::sort_by(&mut o.both, |x, y| (y.1 + y.2).cmp(&(x.1 + x.2)).then_with(|| name(x.0).cmp(name(y.0))));
        for side in [&mut o.left, &mut o.right] {
            bamboo_core::sort::sort_by(side, |x, y| y.1.cmp(&x.1).then_with(|| name(x.0).cmp(name(y.0))));
        }
        o
    }

    /// The analysts and viewpoints each article quotes, with how many of
    /// its views each has.
    pub fn view_overlap(&self, [a, b]: [ArticleIx; 2]) -> (Overlap<AnalystIx>, Overlap<ViewpointIx>) {
        let tally = |a: ArticleIx| {
            let (mut who, mut what) = (BTreeMap::new(), BTreeMap::new());
            let id = self.corpus.article(a).map_or("", |a| a.id.as_str());
            for v in self.corpus.views_in(id) {
                if let Some(e) = self.corpus.analyst_ix(&v.analyst) {
                    *who.entry(e.0).or_insert(0) += 1;
                }
                for vp in v.viewpoints.iter().filter_map(|vp| self.corpus.viewpoint_ix(vp)) {
                    *what.entry(vp.0).or_insert(0) += 1;
                }
            }
            (who, what)
        };
        // Tallied by plain index (one map type for both), typed after.
        let ((wa, va), (wb, vb)) = (tally(a), tally(b));
        (Overlap::of(&wa, &wb).map(AnalystIx), Overlap::of(&va, &vb).map(ViewpointIx))
    }

    /// The names an article uses for each disputed place it mentions:
    /// (index into `DISPUTED`, the tally), in the table's order.
    pub fn names_used(&self, article: ArticleIx) -> Vec<(usize, NameCount)> {
        let mut out: Vec<(usize, NameCount)> = Vec::new();
        let Some(a) = self.corpus.article(article) else { return out };
        for (block, ms) in a.blocks.iter().zip(&self.mentions[article.0]) {
            for m in ms {
                let Some(d) = m.entity.and_then(|e| disputed(&self.known(e).id)) else { continue };
                let at = out.iter().position(|(x, _)| *x == d).unwrap_or_else(|| {
                    out.push((d, NameCount::default()));
                    out.len() - 1
                });
                out[at].1.add(&DISPUTED[d], &block_text(block)[m.start..m.end]);
            }
        }
        bamboo_core::sort::sort_by_key(&mut out, |(d, _)| *d);
        out
    }

    /// Each article once, skipping indices outside the corpus.
    fn distinct(&self, articles: &[ArticleIx]) -> Vec<ArticleIx> {
        let mut out: Vec<ArticleIx> = Vec::new();
        for &a in articles {
            if a.0 < self.mentions.len() && !out.contains(&a) {
                out.push(a);
            }
        }
        out
    }

    /// The spans of one article in the command line's format: offsets into
    /// the article's plain text, its blocks joined by blank lines.
    pub fn export_spans(&self, article: ArticleIx) -> Vec<Span> {
        let Some(a) = self.corpus.article(article) else { return Vec::new() };
        let mut out = Vec::new();
        let mut offset = 0;
        for (b, block) in a.blocks.iter().enumerate() {
            let text = block_text(block);
            for m in &self.mentions[article.0][b] {
                out.push(Span {
                    start: offset + m.start,
                    end: offset + m.end,
                    text: text[m.start..m.end].to_string(),
                    kind: m.kind,
                    entity: m.entity.map(|e| self.known(e).id.clone()),
                    cue: m.cue,
                });
            }
            offset += text.len() + 2;
        }
        out
    }
}

/// Every view of `article` with its block and quote range. The validator
/// guarantees that each quote is in its paragraph.
fn place_views(corpus: &Corpus, article: &bamboo_core::Article) -> Vec<PlacedView> {
    let blocks: Vec<usize> = article.blocks.iter().enumerate().filter(|(_, b)| matches!(b, Block::Paragraph(_))).map(|(i, _)| i).collect();
    let mut placed: Vec<PlacedView> = corpus
        .views
        .iter()
        .enumerate()
        .filter(|(_, v)| v.article == article.id)
        .filter_map(|(i, v)| {
            let block = *blocks.get(v.paragraph.checked_sub(1)?)?;
            let start = block_text(&article.blocks[block]).find(&v.quote)?;
            Some(PlacedView { view: i, block, start, end: start + v.quote.len() })
        })
        .collect();
    bamboo_core::sort::sort_by_key(&mut placed, |p| (p.block, p.start));
    placed
}

pub fn block_text(b: &Block) -> &str {
    b.text()
}

pub fn kind_index(kind: EntityKind) -> usize {
    EntityKind::ALL.iter().position(|k| *k == kind).expect("every kind is in ALL")
}

/// The library behind an `Rc`. Equality is identity, so passing it around
/// or through a context never compares the articles.
#[derive(Clone)]
pub struct LibraryRef(pub Rc<Library>);

impl PartialEq for LibraryRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for LibraryRef {
    type Target = Library;
    fn deref(&self) -> &Library {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bamboo_core::ViewpointSet;

    /// The built-in articles' mentions compiled by the build are the ones
    /// the recognizer finds at run time.
    #[test]
    fn compiled_mentions_are_what_the_recognizer_finds() {
        let compiled = crate::embedded_library();
        let fresh = Library::new(crate::embedded_corpus());
        assert_eq!(compiled.mentions, fresh.mentions);
        assert!(compiled.mentions.iter().flatten().map(Vec::len).sum::<usize>() > 500);
    }

    /// What was read ahead is taken by the next library, once, and only
    /// when it knows the same entities.
    #[test]
    fn a_new_library_takes_what_was_read_ahead() {
        let before = crate::embedded_library();
        let mut corpus = crate::embedded_corpus();
        let added = vec![Block::Paragraph("Dara Venn met Xi Jinping in Hanoi.".into())];
        corpus.articles[1].blocks.extend(added.clone());
        before.read_one(&added);
        assert_eq!(READ_AHEAD.with(|r| r.borrow().found.len()), 1);
        let after = Library::with_user(corpus.clone(), &UserData::default(), Some(&before));
        assert_eq!(READ_AHEAD.with(|r| r.borrow().found.len()), 0, "taken");
        assert_eq!(after.mentions, Library::with_user(corpus.clone(), &UserData::default(), None).mentions);

        // Read ahead by a recognizer that does not know a name the next one
        // knows (a reader's analyst): read again.
        before.read_one(&added);
        corpus.entities.push(bamboo_core::Entity { id: "ua-1".into(), name: "Dara Venn".into(), kind: EntityKind::Person, aliases: vec![], ..corpus.entities[0].clone() });
        let fresh = Library::with_user(corpus.clone(), &UserData::default(), None);
        let venn = fresh.entity_ix("ua-1").expect("known");
        assert!(fresh.mentions[1].last().unwrap().iter().any(|m| m.entity == Some(venn)));
        assert_eq!(Library::with_user(corpus, &UserData::default(), Some(&before)).mentions, fresh.mentions);
    }

    /// Regression: an import of articles that share paragraphs read each
    /// shared paragraph again after the first (the first use took it out of
    /// what was read ahead), so a thousand articles took a second more.
    #[test]
    fn regression_shared_paragraphs_were_read_again() {
        let before = crate::embedded_library();
        let mut corpus = crate::embedded_corpus();
        let shared = vec![Block::Paragraph("Dara Venn met Xi Jinping in Hanoi.".into())];
        corpus.articles[0].blocks.extend(shared.clone());
        corpus.articles[1].blocks.extend(shared.clone());
        before.read_one(&shared);
        // A recognizer that would find nothing: what is shown can only come
        // from what was read ahead.
        READ_AHEAD.with(|r| r.borrow_mut().found.values_mut().for_each(|f| f.truncate(1)));
        let after = Library::with_user(corpus, &UserData::default(), Some(&before));
        assert_eq!(after.mentions[0].last().map(Vec::len), Some(1));
        assert_eq!(after.mentions[1].last().map(Vec::len), Some(1), "the second article took it too");
    }

    /// A new library keeps what the last one found in the articles they
    /// share, and reads a changed article again.
    #[test]
    fn a_new_library_reads_only_new_or_changed_articles() {
        let before = crate::embedded_library();
        let mut corpus = crate::embedded_corpus();
        corpus.articles[1].blocks.push(Block::Paragraph("Xi Jinping met Nguyen Phu Trong in Hanoi.".into()));
        let after = Library::with_user(corpus, &UserData::default(), Some(&before));
        assert!(Rc::ptr_eq(&after.raw[0], &before.raw[0]), "unchanged: kept");
        assert!(Rc::ptr_eq(&after.recognizer, &before.recognizer), "the same names: the same recognizer");
        assert!(!Rc::ptr_eq(&after.raw[1], &before.raw[1]), "changed: read again");
        assert_eq!(after.mentions[1].last().map(Vec::len), Some(3), "and its new paragraph is marked");
        assert_eq!(after.mentions[0], before.mentions[0]);
    }

    #[test]
    fn export_offsets_index_the_joined_text() {
        let lib = crate::embedded_library();
        for article in lib.corpus.article_ixs() {
            let a = lib.corpus.article(article).unwrap();
            let joined: Vec<&str> = a.blocks.iter().map(block_text).collect();
            let joined = joined.join("\n\n");
            for s in lib.export_spans(article) {
                assert_eq!(&joined[s.start..s.end], s.text);
            }
        }
    }

    #[test]
    fn every_view_is_placed_on_its_quote() {
        let lib = crate::embedded_library();
        let placed: usize = lib.views.iter().map(Vec::len).sum();
        assert_eq!(placed, lib.corpus.views.len());
        for (a, views) in lib.views.iter().enumerate() {
            for p in views {
                let text = block_text(&lib.corpus.articles[a].blocks[p.block]);
                assert_eq!(&text[p.start..p.end], lib.corpus.views[p.view].quote);
            }
        }
    }

    #[test]
    fn filter_split_counts_each_paragraph_once() {
        let lib = crate::embedded_library();
        let a = lib.corpus.find_article("voa-2024-to-lam-reassure-beijing").unwrap();
        let paragraphs = lib.corpus.articles[a.0].paragraphs().count();
        let hedging = lib.corpus.viewpoint_ix("hedging").unwrap();
        let filter = ViewFilter { viewpoints: [hedging].into_iter().collect(), analyst: None };
        let want: std::collections::BTreeSet<usize> = lib.corpus.views_in(&lib.corpus.articles[a.0].id).filter(|v| v.viewpoints.iter().any(|x| x == "hedging")).map(|v| v.paragraph).collect();
        let rows = [(ViewFilter::default(), (0, paragraphs)), (filter, (want.len(), paragraphs - want.len()))];
        for (f, split) in rows {
            assert_eq!(lib.filter_split(&[a, a], &f), split, "{f:?}");
        }
        assert!(!want.is_empty());
    }

    #[test]
    fn describe_filter_table() {
        let lib = crate::embedded_library();
        let v = |id| lib.corpus.viewpoint_ix(id).unwrap();
        let thayer = lib.corpus.analyst_ix("carl-thayer").unwrap();
        let label = |id| lib.corpus.viewpoint(id).unwrap().label.clone();
        let rows = [
            (ViewFilter::default(), String::new()),
            (ViewFilter { viewpoints: [v("hedging")].into_iter().collect(), analyst: None }, label("hedging")),
            (ViewFilter { viewpoints: ViewpointSet::default(), analyst: Some(thayer) }, "Carl Thayer".to_string()),
            (ViewFilter { viewpoints: [v("hedging")].into_iter().collect(), analyst: Some(thayer) }, format!("{} by Carl Thayer", label("hedging"))),
        ];
        for (f, want) in rows {
            assert_eq!(lib.describe_filter(&f), want);
        }
    }

    #[test]
    fn overlap_of_voa_and_dw() {
        let lib = crate::embedded_library();
        let voa = lib.corpus.find_article("voa-2024-to-lam-reassure-beijing").unwrap();
        let dw = lib.corpus.find_article("dw-2023-xi-heads-to-vietnam").unwrap();
        let o = lib.entity_overlap([voa, dw]);
        let ids = |v: Vec<EntityIx>| -> Vec<String> { v.into_iter().map(|e| lib.known(e).id.clone()).collect() };
        let both = ids(o.both.iter().map(|x| x.0).collect());
        let left = ids(o.left.iter().map(|x| x.0).collect());
        let right = ids(o.right.iter().map(|x| x.0).collect());
        // Both name China and Vietnam; only VOA names To Lam; only DW names
        // Bill Hayton, whom it quotes.
        for (list, id) in [(&both, "china"), (&both, "vietnam"), (&left, "to-lam"), (&right, "bill-hayton"), (&left, "alexander-vuving")] {
            assert!(list.iter().any(|x| x == id), "{id} in {list:?}");
        }
        // The three sets partition what each names.
        let tally = |a: ArticleIx| lib.frequencies(&[a]).len();
        assert_eq!(both.len() + left.len(), tally(voa));
        assert_eq!(both.len() + right.len(), tally(dw));
        // Counts agree with the mentions.
        for (e, l, r) in &o.both {
            assert_eq!((*l, *r), (lib.mentions_of(*e, &[voa]).len(), lib.mentions_of(*e, &[dw]).len()));
        }
        let (who, what) = lib.view_overlap([voa, dw]);
        let analyst = |i: &AnalystIx| lib.corpus.entities[i.0].id.as_str();
        assert!(who.left.iter().any(|(e, _)| analyst(e) == "alexander-vuving"));
        assert!(who.right.iter().any(|(e, _)| analyst(e) == "bill-hayton"));
        assert!(who.both.is_empty(), "no analyst is quoted by both");
        assert!(!(what.both.is_empty() && what.left.is_empty() && what.right.is_empty()));
        let same = lib.entity_overlap([voa, voa]);
        assert!(same.left.is_empty() && same.right.is_empty());
    }

    #[test]
    fn counts_do_not_double_an_article_shown_twice() {
        let lib = crate::embedded_library();
        let one = lib.kind_counts(&[ArticleIx(0)]);
        assert_eq!(lib.kind_counts(&[ArticleIx(0), ArticleIx(0)]), one);
        assert!(one.iter().sum::<usize>() > 0);
    }
}
