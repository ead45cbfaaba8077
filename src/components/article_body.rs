use bamboo_core::{ArticleIx, Block};
use yew::prelude::*;

use crate::CorpusRef;

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub article: ArticleIx,
}

/// The article's text, headings and numbered paragraphs, in a readable measure.
#[component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let corpus = use_context::<CorpusRef>().expect("App provides the corpus");
    let Some(a) = corpus.article(props.article) else {
        return Html::default();
    };
    let mut n = 0;
    html! {
        <div class="article-body">
            { for a.blocks.iter().enumerate().map(|(i, block)| match block {
                Block::Heading(h) => html! { <h3 key={i}>{ h.clone() }</h3> },
                Block::Paragraph(p) => {
                    n += 1;
                    html! { <p key={i} class="para" data-para={n.to_string()}>{ p.clone() }</p> }
                }
            }) }
        </div>
    }
}
