use bamboo_core::{ArticleIx, ArticleKind};
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
/// with screen readers as they expect: the built-in articles, the reader's
/// own, and those from the host page, each in a group.
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
                { for ArticleKind::GROUPS.iter().filter_map(|&(label, kinds)| {
                    let options: Vec<Html> = corpus.article_ixs().filter(|ix| kinds.contains(&corpus.articles[ix.0].kind)).map(|ix| {
                        let a = &corpus.articles[ix.0];
                        html! {
                            <option key={a.id.clone()} value={ix.0.to_string()} selected={ix == props.selected}>
                                { a.picker_label() }
                            </option>
                        }
                    }).collect();
                    (!options.is_empty()).then(|| html! { <optgroup key={label} {label}>{ options }</optgroup> })
                }) }
            </select>
        </div>
    }
}
