//! Readers' own articles shown like corpus articles: [`compose`] builds the
//! corpus the reader browses, and [`correct_spans`] applies a reader's
//! corrections to what the recognizer found.

use super::data::{Correction, UserArticle, UserData, UserView};
use crate::model::{Article, ArticleKind, Block, Corpus, Entity, EntityKind, Event, View, NOT_STATED};
use crate::span::Span;
use crate::viewpoints::ViewpointSet;

/// Before the id of a reader's own article in the composed corpus and in
/// links (`a=user:u-…`).
pub const USER_PREFIX: &str = "user:";

/// Before the id of an article the host page added (`a=host:u-…`).
pub const HOST_PREFIX: &str = "host:";

/// The corpus the reader browses: `builtin` unchanged and first (so every
/// index into it still holds), then the reader's articles (ids
/// [`USER_PREFIX`]`u-…`, [`ArticleKind::Own`]) and the host page's
/// ([`HOST_PREFIX`]`u-…`, [`ArticleKind::Host`]), the reader's analysts as
/// analyst entities, the reader's viewpoints (while the total stays within
/// [`ViewpointSet::MAX`]), and the views of both kinds of article as corpus
/// [`View`]s.
///
/// **Events.** A user article names its event in free text. When it states
/// one, an [`Event`] `<article id>#event` is added with that label and
/// dates [`NOT_STATED`], and the article points at it. When it does not,
/// the article's `event` is [`NOT_STATED`] itself and no event is added:
/// no corpus event has that id (ids are slugs, without spaces), so
/// [`Corpus::event`] finds none and a reader that shows the field as it is
/// when the lookup fails shows "not stated", never some other event.
///
/// A view is kept only if its block is a paragraph, its range is a
/// non-empty one of the text on character boundaries, and its analyst is a
/// corpus analyst or one of the reader's; viewpoint ids nobody defined are
/// dropped from it. An article whose composed id is already taken is left
/// out, with its views.
pub fn compose(builtin: &Corpus, user: &UserData, host: &[UserArticle]) -> Corpus {
    let mut corpus = builtin.clone();
    for a in &user.analysts {
        if corpus.entity(&a.id).is_none() {
            corpus.entities.push(Entity {
                id: a.id.clone(),
                name: a.name.clone(),
                kind: EntityKind::Person,
                aliases: vec![],
                description: "Added by you.".into(),
                role: None,
                analyst: true,
                affiliation: Some(a.affiliation.clone()),
                coords: None,
            });
        }
    }
    for v in &user.viewpoints {
        if corpus.viewpoints.len() < ViewpointSet::MAX && corpus.viewpoint(&v.id).is_none() {
            corpus.viewpoints.push(v.clone());
        }
    }
    let own = user.articles.iter().map(|a| (a, USER_PREFIX, ArticleKind::Own));
    let hosted = host.iter().map(|a| (a, HOST_PREFIX, ArticleKind::Host));
    for (a, prefix, kind) in own.chain(hosted) {
        let id = format!("{prefix}{}", a.id);
        if corpus.find_article(&id).is_some() {
            continue;
        }
        let event = match Article::is_stated(&a.event) {
            true => {
                let event = format!("{id}#event");
                corpus.events.push(Event { id: event.clone(), label: a.event.clone(), dates: NOT_STATED.into(), start: None, end: None, reported: None });
                event
            }
            false => NOT_STATED.into(),
        };
        let views: Vec<View> = a.views.iter().filter_map(|v| view(&corpus, &id, &a.blocks, v)).collect();
        corpus.views.extend(views);
        corpus.articles.push(Article {
            id,
            seed: String::new(),
            title: a.title.clone(),
            outlet: a.outlet.clone(),
            author: a.author.clone(),
            date: a.date.clone(),
            url: a.url.clone(),
            event,
            kind,
            notes: vec![],
            cleaning: vec![],
            blocks: a.blocks.clone(),
        });
    }
    corpus
}

/// A reader's view as a corpus [`View`] of article `article`, if it fits
/// (see [`compose`]).
fn view(corpus: &Corpus, article: &str, blocks: &[Block], v: &UserView) -> Option<View> {
    let Some(Block::Paragraph(p)) = blocks.get(v.block) else { return None };
    let quote = p.get(v.start..v.end).filter(|q| !q.is_empty())?;
    corpus.analyst_ix(&v.analyst)?;
    let paragraph = blocks[..=v.block].iter().filter(|b| matches!(b, Block::Paragraph(_))).count();
    Some(View {
        analyst: v.analyst.clone(),
        article: article.to_string(),
        paragraph,
        quote: quote.to_string(),
        viewpoints: v.viewpoints.iter().filter(|id| corpus.viewpoint(id).is_some()).cloned().collect(),
    })
}

/// `spans` (the recognizer's, for one block's `text`) with `corrections`
/// (that block's, in the order made) applied: each drops every span that
/// overlaps its range, then, when it gives a kind, adds its own span, never
/// guessed. A correction whose range is empty, past the text or off a
/// character boundary is ignored. Sorted by start; spans never overlap if
/// `spans` did not.
pub fn correct_spans(text: &str, mut spans: Vec<Span>, corrections: &[Correction]) -> Vec<Span> {
    for c in corrections {
        let Some(found) = text.get(c.start..c.end).filter(|t| !t.is_empty()) else { continue };
        spans.retain(|s| !(s.start < c.end && c.start < s.end));
        if let Some(kind) = c.kind {
            spans.push(Span { start: c.start, end: c.end, text: found.to_string(), kind, entity: c.entity.clone(), cue: None });
        }
    }
    crate::sort::sort_by_key(&mut spans, |s| (s.start, s.end));
    spans
}

/// The [`UserArticle`] id inside a composed article id (`user:u-…` →
/// `u-…`), or `None` if it is not a reader's own article.
pub fn user_article_id(corpus_id: &str) -> Option<&str> {
    corpus_id.strip_prefix(USER_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Viewpoint;
    use crate::user::UserView;
    use crate::viewpoints::{ViewFilter, ViewpointIx};

    fn p(t: &str) -> Block {
        Block::Paragraph(t.into())
    }

    fn h(t: &str) -> Block {
        Block::Heading(t.into())
    }

    fn vp(id: &str) -> Viewpoint {
        Viewpoint { id: id.into(), label: id.into(), definition: "d".into() }
    }

    fn entity(id: &str, analyst: bool) -> Entity {
        Entity {
            id: id.into(),
            name: id.into(),
            kind: EntityKind::Person,
            aliases: vec![],
            description: "d".into(),
            role: None,
            analyst,
            affiliation: analyst.then(|| "a".into()),
            coords: None,
        }
    }

    fn corpus_article(id: &str) -> Article {
        Article {
            id: id.into(),
            seed: "s".into(),
            title: id.into(),
            outlet: "RFA".into(),
            author: NOT_STATED.into(),
            date: "2022-10-30".into(),
            url: NOT_STATED.into(),
            event: "visit".into(),
            kind: ArticleKind::News,
            notes: vec![],
            cleaning: vec![],
            blocks: vec![p("Thayer spoke.")],
        }
    }

    fn builtin() -> Corpus {
        Corpus {
            articles: vec![corpus_article("rfa"), corpus_article("voa")],
            events: vec![Event { id: "visit".into(), label: "Visit".into(), dates: "2022".into(), start: None, end: None, reported: None }],
            entities: vec![entity("thayer", true), entity("trong", false)],
            ambiguous: vec![],
            viewpoints: vec![vp("hedging"), vp("party")],
            views: vec![View { analyst: "thayer".into(), article: "rfa".into(), paragraph: 1, quote: "Thayer".into(), viewpoints: vec!["hedging".into()] }],
            figures: vec![],
        }
    }

    fn view(block: usize, start: usize, end: usize, analyst: &str, vps: &[&str]) -> UserView {
        UserView { block, start, end, analyst: analyst.into(), viewpoints: vps.iter().map(|s| s.to_string()).collect() }
    }

    /// A reader with one analyst, one viewpoint and one article holding
    /// two views; its ids: (article, analyst, viewpoint).
    fn user() -> (UserData, String, String, String) {
        let mut data = UserData::default();
        let lan = data.add_analyst("Lan Anh", "");
        let ties = data.add_viewpoint("Ties first", "The bond matters most.", 2).expect("room");
        let mut a = UserArticle::new("Mine", vec![h("Mine"), p("Thayer says hedging is wise."), h("More"), p("Lan Anh says ties matter.")], "");
        a.event = "Xi in Hanoi".into();
        let id = data.add(a).expect("room");
        assert!(data.add_view(&id, view(3, 0, 25, &lan, &[&ties])));
        assert!(data.add_view(&id, view(1, 0, 28, "thayer", &["hedging", "nobody-defined"])));
        (data, id, lan, ties)
    }

    #[test]
    fn builtin_comes_first_and_unchanged() {
        let (data, id, lan, ties) = user();
        let b = builtin();
        let mut hosted = UserArticle::new("Hosted", vec![p("From the page.")], "");
        hosted.id = id.clone();
        let c = compose(&b, &data, &[hosted.clone(), hosted]);
        assert_eq!(&c.articles[..2], &b.articles[..]);
        assert_eq!(&c.events[..1], &b.events[..]);
        assert_eq!(&c.entities[..2], &b.entities[..]);
        assert_eq!(&c.viewpoints[..2], &b.viewpoints[..]);
        assert_eq!(&c.views[..1], &b.views[..]);
        let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["rfa", "voa", &format!("user:{id}"), &format!("host:{id}")], "a repeated host article is left out");
        let kinds: Vec<ArticleKind> = c.articles.iter().map(|a| a.kind).collect();
        assert_eq!(kinds, vec![ArticleKind::News, ArticleKind::News, ArticleKind::Own, ArticleKind::Host]);
        assert_eq!(c.articles[2].kind.label(), "Your article");
        assert_eq!(c.articles[3].kind.label(), "From the host page");
        let analyst = c.entity(&lan).expect("an entity");
        assert!(analyst.analyst);
        assert_eq!((analyst.name.as_str(), analyst.affiliation.as_deref()), ("Lan Anh", Some(NOT_STATED)));
        assert_eq!(c.viewpoint_ix(&ties), Some(ViewpointIx(2)));
        assert_eq!(user_article_id(&c.articles[2].id), Some(id.as_str()));
    }

    #[test]
    fn events_are_stated_or_not_stated() {
        let (data, id, ..) = user();
        let c = compose(&builtin(), &data, &[UserArticle::new("No event", vec![p("Text.")], "")]);
        let mine = &c.articles[c.find_article(&format!("user:{id}")).expect("composed").0];
        let event = c.event(&mine.event).expect("a stated event is an event");
        assert_eq!((event.label.as_str(), event.dates.as_str()), ("Xi in Hanoi", NOT_STATED));
        let hosted = c.articles.last().expect("composed");
        assert_eq!(hosted.event, NOT_STATED);
        assert!(c.event(&hosted.event).is_none());
        assert_eq!(c.events.len(), 2);
    }

    #[test]
    fn user_views_count_like_corpus_views() {
        let (data, id, lan, ties) = user();
        let c = compose(&builtin(), &data, &[]);
        let article = format!("user:{id}");
        let views: Vec<(usize, &str, &str)> = c.views_in(&article).map(|v| (v.paragraph, v.analyst.as_str(), v.quote.as_str())).collect();
        assert_eq!(views, vec![(1, "thayer", "Thayer says hedging is wise."), (2, lan.as_str(), "Lan Anh says ties matter.")]);
        let unknown_dropped = c.views_in(&article).next().map(|v| v.viewpoints.clone());
        assert_eq!(unknown_dropped, Some(vec!["hedging".to_string()]));
        let set = |ids: &[&str]| ids.iter().filter_map(|id| c.viewpoint_ix(id)).collect::<ViewpointSet>();
        let by_lan = ViewFilter { viewpoints: ViewpointSet::default(), analyst: c.analyst_ix(&lan) };
        let on_ties = ViewFilter { viewpoints: set(&[&ties]), analyst: None };
        let user_views: Vec<&View> = c.views_in(&article).collect();
        assert_eq!(user_views.iter().map(|v| (by_lan.fits(&c, v), on_ties.fits(&c, v))).collect::<Vec<_>>(), vec![(false, false), (true, true)]);
        assert_eq!(c.viewpoint_counts(&article), vec![1, 0, 1]);
        assert_eq!(c.blindspots(&article, set(&["hedging", "party", &ties])), vec![ViewpointIx(1)]);
        assert_eq!(c.blindspots("rfa", set(&[&ties])), vec![ViewpointIx(2)]);
    }

    #[test]
    fn views_that_do_not_fit_are_skipped() {
        let text = "Trọng met Thayer.";
        let rows = [
            (view(1, 0, 8, "thayer", &[]), true),
            (view(0, 0, 4, "thayer", &[]), false),
            (view(9, 0, 4, "thayer", &[]), false),
            (view(1, 0, 99, "thayer", &[]), false),
            (view(1, 0, 3, "thayer", &[]), false),
            (view(1, 4, 4, "thayer", &[]), false),
            (view(1, 5, 2, "thayer", &[]), false),
            (view(1, 0, 8, "trong", &[]), false),
            (view(1, 0, 8, "Carl Thayer", &[]), false),
            (view(1, 0, 8, "thayer", &["nobody"]), true),
        ];
        for (v, kept) in rows {
            let mut a = UserArticle::new("T", vec![h("Heading"), p(text)], "");
            a.views.push(v.clone());
            let data = UserData { articles: vec![a], ..UserData::default() };
            let c = compose(&builtin(), &data, &[]);
            assert_eq!(c.views.len() - 1, usize::from(kept), "{v:?}");
        }
    }

    #[test]
    fn viewpoints_never_exceed_the_set() {
        let rows = [(2, 3, 5), (60, 10, 64), (64, 1, 64), (0, 64, 64)];
        for (builtin_count, user_count, want) in rows {
            let b = Corpus { viewpoints: (0..builtin_count).map(|i| vp(&format!("b{i}"))).collect(), ..Corpus::default() };
            let data = UserData { viewpoints: (0..user_count).map(|i| vp(&format!("uv-{i}"))).collect(), ..UserData::default() };
            assert_eq!(compose(&b, &data, &[]).viewpoints.len(), want, "{builtin_count} + {user_count}");
        }
    }

    fn span(start: usize, end: usize, text: &str, kind: EntityKind, entity: Option<&str>, guessed: bool) -> Span {
        Span { start, end, text: text.into(), kind, entity: entity.map(Into::into), cue: guessed.then_some(crate::Cue::NameShape) }
    }

    #[test]
    fn correct_spans_table() {
        use EntityKind::{Org, Person, Place};
        let text = "Trọng met Xi in Beijing.";
        let found = || vec![span(0, 7, "Trọng", Person, Some("trong"), false), span(12, 14, "Xi", Person, None, true), span(18, 25, "Beijing", Place, Some("beijing"), false)];
        let fix = |start, end, kind, entity: Option<&str>| Correction { block: 0, start, end, kind, entity: entity.map(Into::into) };
        let rows: Vec<(Vec<Correction>, Vec<Span>)> = vec![
            (vec![], found()),
            // Removing a mention.
            (vec![fix(12, 14, None, None)], vec![found()[0].clone(), found()[2].clone()]),
            // Naming a guess.
            (vec![fix(12, 14, Some(Person), Some("xi"))], vec![found()[0].clone(), span(12, 14, "Xi", Person, Some("xi"), false), found()[2].clone()]),
            // A wider span replaces every span it overlaps.
            (vec![fix(8, 25, Some(Org), None)], vec![found()[0].clone(), span(8, 25, "met Xi in Beijing", Org, None, false)]),
            // Later corrections win.
            (vec![fix(12, 14, None, None), fix(12, 14, Some(Place), None)], vec![found()[0].clone(), span(12, 14, "Xi", Place, None, false), found()[2].clone()]),
            // Added before the others, still sorted.
            (vec![fix(8, 11, Some(Org), None)], vec![found()[0].clone(), span(8, 11, "met", Org, None, false), found()[1].clone(), found()[2].clone()]),
            // Ignored: off a character boundary, past the end, empty, reversed.
            (vec![fix(0, 4, None, None), fix(20, 99, None, None), fix(12, 12, None, None), fix(14, 12, None, None)], found()),
        ];
        for (corrections, want) in rows {
            assert_eq!(correct_spans(text, found(), &corrections), want, "{corrections:?}");
        }
    }

    #[test]
    fn user_article_id_table() {
        let rows = [("user:u-0a", Some("u-0a")), ("host:u-0a", None), ("rfa-2022", None), ("user:", Some(""))];
        for (input, want) in rows {
            assert_eq!(user_article_id(input), want, "{input}");
        }
    }
}
