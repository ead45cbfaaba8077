use bamboo_core::ArticleIx;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::state::Side;
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct ArticlePickerProps {
    pub side: Side,
    pub selected: ArticleIx,
    pub on_pick: Callback<ArticleIx>,
}

/// A native `<select>` of every article, so it works with the keyboard and
/// with screen readers as they expect.
#[component]
pub fn ArticlePicker(props: &ArticlePickerProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let corpus = &lib.corpus;
    let onchange = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(ix) = select.value().parse::<usize>() {
                on_pick.emit(ArticleIx(ix));
            }
        })
    };
    let id = format!("{}-picker", props.side.key());
    html! {
        <div class="picker">
            <label for={id.clone()}>{ props.side.label() }</label>
            <select {id} {onchange}>
                { for corpus.article_ixs().map(|ix| {
                    let a = &corpus.articles[ix.0];
                    html! {
                        <option key={a.id.clone()} value={ix.0.to_string()} selected={ix == props.selected}>
                            { a.picker_label() }
                        </option>
                    }
                }) }
            </select>
        </div>
    }
}
