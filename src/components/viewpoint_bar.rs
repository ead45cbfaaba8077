use bamboo_core::{ArticleIx, ViewpointSet};
use yew::prelude::*;

use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct ViewpointBarProps {
    pub article: ArticleIx,
    pub selected: ViewpointSet,
}

/// How an article's attributed views split across the viewpoints, as an
/// accessible stacked bar with the counts in words, and the selected
/// viewpoints it leaves out entirely (its blindspot).
#[component]
pub fn ViewpointBar(props: &ViewpointBarProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let Some(a) = lib.corpus.article(props.article) else { return Html::default() };
    let counts = lib.corpus.viewpoint_counts(&a.id);
    let total: usize = counts.iter().sum();
    let label = |i: usize| lib.corpus.viewpoints[i].label.clone();
    let summary: Vec<String> = counts.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, n)| format!("{} {n}", label(i))).collect();
    let text = if total == 0 {
        "This article quotes no analyst.".to_string()
    } else {
        format!("Views quoted: {}.", summary.join(" · "))
    };
    let blind: Vec<String> = lib.corpus.blindspots(&a.id, props.selected).into_iter().map(|v| label(v.0)).collect();
    // Integer widths on a 0..1000 scale: each rect ends where the running
    // total says, so the widths always add up to the whole bar.
    let mut done = 0;
    let bar_id = format!("vp-bar-{}", a.id);
    html! {
        <figure class="viewpoint-bar">
            if total > 0 {
                <svg viewBox="0 0 1000 6" preserveAspectRatio="none" role="img" aria-labelledby={bar_id.clone()}>
                    { for counts.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, n)| {
                        let x = done * 1000 / total;
                        done += *n;
                        let w = done * 1000 / total - x;
                        html! {
                            <rect key={i} class={format!("vp-{}", i % 8)} x={x.to_string()} y="0" width={w.to_string()} height="6">
                                <title>{ format!("{}: {n}", label(i)) }</title>
                            </rect>
                        }
                    }) }
                </svg>
            }
            <figcaption id={bar_id}>{ text }</figcaption>
            if !blind.is_empty() {
                <p class="blindspot"><strong>{ "Leaves out: " }</strong>{ blind.join(", ") }{ " — this article quotes no analyst holding " }{ if blind.len() == 1 { "this view." } else { "these views." } }</p>
            }
        </figure>
    }
}
