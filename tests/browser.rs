//! Browser tests: mount the App in headless Chromium, use the pickers, and
//! assert the DOM after `yew::scheduler::flush()` (no sleeps).
#![cfg(target_arch = "wasm32")]

use bamboo_reader::{embedded_corpus, embedded_library, App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::new(embedded_library())).render();
    root
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector} exists")).text_content().unwrap_or_default()
}

async fn pick(root: &Element, side: &str, ix: usize) {
    let select: HtmlSelectElement = root.query_selector(&format!("#{side}-picker")).unwrap().unwrap().dyn_into().unwrap();
    select.set_value(&ix.to_string());
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn pickers_change_each_column() {
    let corpus = embedded_corpus();
    let root = mount();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "#left-title"), corpus.articles[0].title);
    assert_eq!(text(&root, "#right-title"), corpus.articles[1].title);

    let last = corpus.articles.len() - 1;
    pick(&root, "right", last).await;
    assert_eq!(text(&root, "#right-title"), corpus.articles[last].title);
    assert_eq!(text(&root, "#left-title"), corpus.articles[0].title, "the other column is unchanged");

    pick(&root, "left", 2).await;
    assert_eq!(text(&root, "#left-title"), corpus.articles[2].title);
    let paras = root.query_selector_all(".column[data-side=left] p.para").unwrap().length() as usize;
    assert_eq!(paras, corpus.articles[2].paragraphs().count(), "every paragraph is shown");
    root.remove();
}

/// The browser folds with `String.prototype.normalize`, natively with
/// `unicode-normalization`: both agree on every text of the corpus.
#[wasm_bindgen_test]
fn js_and_native_folding_agree_on_the_corpus() {
    let corpus = embedded_corpus();
    let mut texts: Vec<String> = Vec::new();
    for a in &corpus.articles {
        texts.push(a.title.clone());
        texts.extend(a.paragraphs().map(|(_, p)| p.to_string()));
        texts.extend(a.notes.iter().map(|n| n.text.clone()));
    }
    for e in &corpus.entities {
        texts.push(e.name.clone());
        texts.extend(e.aliases.iter().cloned());
    }
    texts.push(bamboo_core::WORLD.to_string());
    texts.push("Nguyễn Phú Trọng Đà Nẵng Tô Lâm İstanbul ǅ Ångström Tro\u{0323}ng".to_string());
    for t in &texts {
        let (native, js) = bamboo_core::fold_both(t);
        assert_eq!(native, js, "{t}");
    }
}
