//! Pre-renders the reader's default view for the page to show before the
//! app is live: `cargo run --release --example prerender DIR` writes
//! `DIR/prerender.html`, the App's markup for the default view (both
//! columns with their marks), and `DIR/prerender.view`, that view's link
//! fragment. `scripts/single-file.mjs` puts both into `dist/index.html` and
//! the single file; the page's script shows the markup only when the link
//! asks for that view, and the app takes over from it once live (see
//! `bambooLive` in `index.html`).
//!
//! The markup is Yew's server-side rendering of the same [`App`] the browser
//! mounts, with the reader's articles stored (the state they are in once
//! storage has answered and there are none), so the live page's first
//! frame is the same markup: the end-to-end tests compare the two.
#![cfg(not(target_arch = "wasm32"))]

use bamboo_reader::mine::{Mine, Status};
use bamboo_reader::state::Reader;
use bamboo_reader::{embedded_library, link, App};
use yew::prelude::*;

/// The App as `Root` shows it once storage has answered with no article.
#[component]
fn Prerendered() -> Html {
    let library = use_memo((), |_| embedded_library());
    let mine = use_reducer(|| Mine { status: Status::Stored, ..Mine::default() });
    html! {
        <ContextProvider<UseReducerHandle<Mine>> context={mine}>
            <App library={(*library).clone()} />
        </ContextProvider<UseReducerHandle<Mine>>>
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIR (writes DIR/prerender.html and DIR/prerender.view)");
        std::process::exit(2);
    };
    let library = embedded_library();
    let view = link::params_of(&library, &Reader::initial(&library.corpus)).format();
    let html = yew::ServerRenderer::<Prerendered>::new().hydratable(false).render().await;
    for (name, text) in [("prerender.html", html), ("prerender.view", view)] {
        let path = std::path::Path::new(&dir).join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("prerender: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}
