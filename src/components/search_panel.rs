use std::rc::Rc;

use std::collections::HashMap;

use bamboo_core::{ArticleHits, ArticleIx, Query};
use yew::prelude::*;

use crate::library::block_text;
use crate::state::Action;
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct SearchPanelProps {
    /// The query as typed.
    pub query: AttrValue,
    pub dispatch: Callback<Action>,
}

/// A query's results, with the hits of the snippets listed at first.
struct Results {
    query: Query,
    hits: Vec<ArticleHits>,
    marks: HashMap<(ArticleIx, usize), Vec<(usize, usize)>>,
}

/// Paragraphs listed per article before "and N more".
const SHOWN: usize = 5;
/// ... while the query is one or two letters, which match nearly every
/// paragraph: the list stays short until the reader has typed more.
const SHOWN_SHORT: usize = 2;

/// How many paragraphs each article lists for this query.
fn shown_for(query: &str) -> usize {
    if query.trim().chars().count() < 3 { SHOWN_SHORT } else { SHOWN }
}
/// Articles listed before "Show more articles".
const ARTICLES: usize = 20;

/// Characters of context kept before the first hit of a snippet.
const BEFORE: usize = 80;
/// Characters a snippet holds at most.
const LENGTH: usize = 260;

/// The results of the search box: every article holding every term, with
/// its count and the paragraphs that hold a hit, each opening the article
/// at that paragraph.
#[component]
pub fn SearchPanel(props: &SearchPanelProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    // The results, and the hits of the snippets listed at first: computed
    // once per query, not at every render of the page.
    let results: Rc<Results> = {
        let lib = lib.clone();
        use_memo((props.query.clone(), lib), |(q, lib)| {
            let q_text = q.as_str();
            let q = Query::parse(q);
            let hits = lib.search(&q);
            let marks = hits
                .iter()
                .take(ARTICLES)
                .flat_map(|r| r.blocks.iter().take(shown_for(q_text)).map(move |b| (r.article, b.block)))
                .map(|(a, b)| ((a, b), q.marks(lib.corpus.articles[a.0].blocks.get(b).map(block_text).unwrap_or_default())))
                .collect();
            Results { query: q, hits, marks }
        })
    };
    // How many articles are listed: more on request.
    let limit = use_state_eq(|| ARTICLES);
    // The articles whose every paragraph the reader asked to see.
    let open = use_state_eq(std::collections::BTreeSet::<ArticleIx>::new);
    {
        let (limit, open) = (limit.clone(), open.clone());
        use_effect_with(props.query.clone(), move |_| {
            limit.set(ARTICLES);
            open.set(Default::default());
        });
    }
    let (parsed, marks, results) = (&results.query, &results.marks, &results.hits);
    let shown = shown_for(&props.query);
    let total: usize = results.iter().map(ArticleHits::count).sum();
    let query = props.query.trim();
    let status = match (query.is_empty(), results.len()) {
        (true, _) => String::new(),
        (false, 0) => format!("No article contains “{query}”."),
        (false, n) => format!("{total} hit{} in {n} article{} for “{query}”.", plural(total), plural(n)),
    };
    html! {
        <section class="search-panel" aria-labelledby="search-title">
            <h2 id="search-title">{ "Search every article" }</h2>
            <p class="search-status" role="status">{ status }</p>
            if query.is_empty() {
                <p class="hint">{ "Type in the search box (press / to get there). Case and accents are ignored: “hanoi” finds “Hà Nội”. Every word must appear in an article; put a phrase in quotes." }</p>
            }
            <ol class="search-results">
                { for results.iter().take(*limit).map(|r| {
                    let Some(a) = lib.corpus.article(r.article) else { return Html::default() };
                    let article = r.article;
                    let shown = if open.contains(&article) { r.blocks.len() } else { shown };
                    html! {
                        <li key={a.id.clone()} data-article={a.id.clone()}>
                            <h3>{ a.title.clone() }<span class="meta">{ format!("{} · {} hit{}", a.short_label(), r.count(), plural(r.count())) }</span></h3>
                            <ul>
                                { for r.blocks.iter().take(shown).map(|b| {
                                    let block = b.block;
                                    let text = a.blocks.get(block).map(block_text).unwrap_or_default();
                                    html! {
                                        <li key={block}>
                                            <button type="button" class="search-hit" data-block={block.to_string()}
                                                onclick={props.dispatch.reform(move |_| Action::ShowBlock { article, block })}>
                                                { snippet(text, &marks.get(&(article, block)).cloned().unwrap_or_else(|| parsed.marks(text))) }
                                            </button>
                                        </li>
                                    }
                                }) }
                            </ul>
                            if r.blocks.len() > shown {
                                <button type="button" class="more plain" onclick={{
                                    let open = open.clone();
                                    move |_| {
                                        let mut more = (*open).clone();
                                        more.insert(article);
                                        open.set(more);
                                    }
                                }}>{ format!("Show {} more paragraph{}", r.blocks.len() - shown, plural(r.blocks.len() - shown)) }</button>
                            }
                        </li>
                    }
                }) }
            </ol>
            if results.len() > *limit {
                <button type="button" class="more-results" onclick={{ let limit = limit.clone(); move |_| limit.set(*limit + ARTICLES) }}>
                    { format!("Show more articles ({} of {} listed)", *limit, results.len()) }
                </button>
            }
        </section>
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Up to [`LENGTH`] characters of `text` around its first hit, with the
/// hits emphasized.
fn snippet(text: &str, hits: &[(usize, usize)]) -> Html {
    let first = hits.first().map_or(0, |h| h.0);
    let from = text[..first].char_indices().rev().nth(BEFORE).map_or(0, |(i, _)| i);
    // Start at a word.
    let from = if from == 0 { 0 } else { text[from..first].find(' ').map_or(from, |s| from + s + 1) };
    let to = text[from..].char_indices().nth(LENGTH).map_or(text.len(), |(i, _)| from + i);
    let mut parts = Vec::new();
    if from > 0 {
        parts.push(Html::from("…"));
    }
    let mut at = from;
    for &(s, e) in hits.iter().filter(|(s, e)| *s >= from && *e <= to) {
        parts.push(Html::from(text[at..s].to_string()));
        parts.push(html! { <mark class="hit">{ text[s..e].to_string() }</mark> });
        at = e;
    }
    parts.push(Html::from(text[at..to].to_string()));
    if to < text.len() {
        parts.push(Html::from("…"));
    }
    parts.into_iter().collect()
}
