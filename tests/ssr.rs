//! Server-side render of the whole App: both columns show the chosen titles.
#![cfg(not(target_arch = "wasm32"))]

use bamboo_core::ArticleIx;
use bamboo_reader::state::Reader;
use bamboo_reader::{embedded_corpus, embedded_library, App, AppProps};

/// The rendered HTML of the column `side`, from its opening tag to the next column's.
fn column<'a>(html: &'a str, side: &str) -> &'a str {
    let start = html.find(&format!("id=\"column-{side}\"")).unwrap_or_else(|| panic!("column {side} rendered"));
    let rest = &html[start..];
    let end = rest[1..].find("id=\"column-").map_or(rest.len(), |i| i + 1);
    &rest[..end]
}

async fn render(left: usize, right: usize) -> String {
    yew::ServerRenderer::<App>::with_props(move || AppProps {
        library: embedded_library(),
        initial: Some(Reader::showing(ArticleIx(left), ArticleIx(right))),
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn both_columns_render_the_chosen_titles() {
    let corpus = embedded_corpus();
    let n = corpus.articles.len();
    let rows = [(0, 1), (1, 0), (2, n - 1), (n - 1, n - 1)];
    for (left, right) in rows {
        let html = render(left, right).await;
        for (side, ix) in [("left", left), ("right", right)] {
            let col = column(&html, side);
            let a = &corpus.articles[ix];
            let want = format!("<h2 id=\"{side}-title\">{}</h2>", a.title.replace('&', "&amp;"));
            assert!(col.contains(&want), "{side} column shows {:?}\n{col}", a.title);
            assert!(col.contains(&a.outlet), "{side} column shows the outlet");
        }
    }
}

#[tokio::test]
async fn an_unknown_article_index_renders_a_notice_not_a_panic() {
    let html = render(0, 999).await;
    assert!(column(&html, "right").contains("This article is not in the corpus"));
}

#[tokio::test]
async fn a_chosen_viewpoint_keeps_its_paragraphs_and_dims_the_rest() {
    let corpus = embedded_corpus();
    let (left, right) = (corpus.find_article("voa-2024-to-lam-reassure-beijing").unwrap(), corpus.find_article("dw-2023-xi-heads-to-vietnam").unwrap());
    let hedging = corpus.viewpoint_ix("hedging").unwrap();
    let html = yew::ServerRenderer::<App>::with_props(move || {
        let mut reader = Reader::showing(left, right);
        reader.filter.viewpoints = [hedging].into_iter().collect();
        AppProps { library: embedded_library(), initial: Some(reader) }
    })
    .hydratable(false)
    .render()
    .await;
    for (side, ix) in [("left", left), ("right", right)] {
        let col = column(&html, side);
        // The column dims what the filter does not keep with one class.
        assert!(col.contains("class=\"article-body filtering\""), "{side}: the column is filtering");
        let a = &corpus.articles[ix.0];
        let want: std::collections::BTreeSet<usize> = corpus.views_in(&a.id).filter(|v| v.viewpoints.iter().any(|x| x == "hedging")).map(|v| v.paragraph).collect();
        for (n, _) in a.paragraphs() {
            let marker = format!("data-para=\"{n}\"");
            let at = col.find(&marker).unwrap_or_else(|| panic!("{side} ¶{n} rendered"));
            let wrap = &col[col[..at].rfind("<div class=\"para-wrap").expect("paragraph wrapper")..at];
            let class = if want.contains(&n) { "<div class=\"para-wrap match\"" } else { "<div class=\"para-wrap\"" };
            assert!(wrap.starts_with(class), "{side} ¶{n}: {wrap}");
        }
        assert!(!want.is_empty(), "{side} has hedging views");
    }
}
