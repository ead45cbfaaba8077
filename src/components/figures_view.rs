use bamboo_core::{ArticleIx, Block};
use yew::prelude::*;

use crate::library::block_text;
use crate::state::Action;
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct FiguresViewProps {
    pub articles: [ArticleIx; 2],
    pub dispatch: Callback<Action>,
}

/// Characters of context shown on each side of a figure.
const CONTEXT: usize = 45;

/// "Compare figures": each topic of `corpus/figures.toml` with its values
/// side by side (the article, the figure in its sentence, the source it
/// cites) and how far
/// they differ; then every figure in the two articles in view, the reader's
/// own included. Each row opens its article at the figure.
#[component]
pub fn FiguresView(props: &FiguresViewProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let corpus = &lib.corpus;
    let d = &props.dispatch;
    let open = |article: ArticleIx, block: usize| d.reform(move |_| Action::ShowBlock { article, block });
    // The block index of paragraph `n` (1-based) of an article.
    let block_of = |a: ArticleIx, n: usize| corpus.articles[a.0].blocks.iter().enumerate().filter(|(_, b)| matches!(b, Block::Paragraph(_))).nth(n.wrapping_sub(1)).map(|(i, _)| i);
    let topics = corpus.figures.iter().map(|topic| {
        let rows: Vec<(ArticleIx, usize, &bamboo_core::FigureEntry)> = topic
            .figures
            .iter()
            .filter_map(|f| {
                let a = corpus.find_article(&f.article)?;
                Some((a, block_of(a, f.paragraph)?, f))
            })
            .collect();
        let spread = topic.spread().map(|s| format!("The highest is {}% above the lowest.", format!("{s:.1}").trim_end_matches(".0")));
        html! {
            <section key={topic.id.clone()} class="figure-topic" data-topic={topic.id.clone()}>
                <h3>{ topic.label.clone() }</h3>
                if let Some(s) = spread {
                    <p class="spread">{ s }</p>
                }
                <table>
                    <caption class="visually-hidden">{ format!("{}: the figure each article gives", topic.label) }</caption>
                    <thead><tr><th scope="col">{ "Article" }</th><th scope="col">{ "Figure, in its words" }</th><th scope="col">{ "Source it cites" }</th></tr></thead>
                    <tbody>
                        { for rows.iter().map(|&(a, block, f)| {
                            let article = &corpus.articles[a.0];
                            let shown = props.articles.contains(&a);
                            html! {
                                <tr key={f.article.clone()} data-article={f.article.clone()} class={classes!(shown.then_some("in-view"))}>
                                    <th scope="row">
                                        <button type="button" class="plain" onclick={open(a, block)} title="Open the article at this figure">{ article.short_label() }</button>
                                    </th>
                                    <td class="context">
                                        { match context(block_text(&article.blocks[block]), &f.phrase) {
                                            Some((before, after)) => html! { <>{ "“" }{ before }<mark class="figure value">{ f.phrase.clone() }</mark>{ after }{ "”" }</> },
                                            None => html! { <mark class="figure value">{ f.phrase.clone() }</mark> },
                                        } }
                                    </td>
                                    <td class={classes!((f.source == bamboo_core::NOT_STATED).then_some("not-stated"))}>{ f.source.clone() }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </section>
        }
    });
    let mut in_view = props.articles.to_vec();
    in_view.dedup();
    html! {
        <section class="figures-view" aria-labelledby="figures-title">
            <h2 id="figures-title">{ "Compare figures" }</h2>
            <p class="hint">{ "Where articles give a figure for the same quantity, here they are side by side, with the source each cites. Turn on “Figures” in the toolbar to see every amount, percentage and count marked in the text." }</p>
            if corpus.figures.is_empty() {
                <p class="empty">{ "No topic groups figures in this reader." }</p>
            }
            { for topics }
            <h3>{ "Every figure in the articles in view" }</h3>
            { for in_view.iter().map(|&a| {
                let article = &corpus.articles[a.0];
                let found: Vec<(usize, &bamboo_core::Figure)> = lib.figures(a).iter().enumerate().flat_map(|(b, fs)| fs.iter().map(move |f| (b, f))).collect();
                html! {
                    <div key={article.id.clone()} class="figures-in" data-article={article.id.clone()}>
                        <h4>{ format!("{} ({})", article.short_label(), found.len()) }</h4>
                        if found.is_empty() {
                            <p class="empty">{ "No amount, percentage or count found." }</p>
                        } else {
                            <ul>
                                { for found.iter().enumerate().map(|(i, &(b, f))| {
                                    let text = block_text(&article.blocks[b]);
                                    html! {
                                        <li key={i}>
                                            <button type="button" class="plain" onclick={open(a, b)}>{ text[f.start..f.end].to_string() }</button>
                                            <span class="normalized">{ format!(" = {}", f.describe()) }</span>
                                        </li>
                                    }
                                }) }
                            </ul>
                        }
                    </div>
                }
            }) }
        </section>
    }
}

/// The words before and after `phrase` in `text`, cut to [`CONTEXT`]
/// characters each, with an ellipsis where cut.
fn context(text: &str, phrase: &str) -> Option<(String, String)> {
    let at = text.find(phrase)?;
    let before = &text[..at];
    let from = before.char_indices().rev().nth(CONTEXT - 1).map_or(0, |(i, _)| i);
    let after = &text[at + phrase.len()..];
    let to = after.char_indices().nth(CONTEXT).map_or(after.len(), |(i, _)| i);
    Some((format!("{}{}", if from > 0 { "…" } else { "" }, &before[from..]), format!("{}{}", &after[..to], if to < after.len() { "…" } else { "" })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_table() {
        let long = "a".repeat(100);
        type Row<'a> = (String, &'a str, Option<(String, String)>);
        let rows: Vec<Row> = vec![
            ("Trade reached $230.2 billion in 2021.".into(), "$230.2 billion", Some(("Trade reached ".into(), " in 2021.".into()))),
            ("$5".into(), "$5", Some((String::new(), String::new()))),
            ("nothing".into(), "$5", None),
            (format!("{long} $5 {long}"), "$5", Some((format!("…{} ", "a".repeat(44)), format!(" {}…", "a".repeat(44))))),
        ];
        for (text, phrase, want) in rows {
            assert_eq!(context(&text, phrase), want, "{text}");
        }
    }
}
