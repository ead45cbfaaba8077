use bamboo_core::{project, shapes, view_box, ArticleIx, EntityKind};
use yew::prelude::*;

use crate::components::press;
use crate::library::EntityIx;
use crate::state::Action;
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub articles: [ArticleIx; 2],
    pub focus: Option<EntityIx>,
    pub dispatch: Callback<Action>,
}

/// Pins labelled with their names: the most mentioned ones.
const LABELLED: usize = 10;

/// The places named in the two articles on a map of East and Southeast
/// Asia drawn at build time (see `scripts/map.mjs`), each pin sized by its
/// mentions; and every place, on the map or not, listed as text beside it.
/// A pin or an entry focuses its place.
#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let (width, height) = view_box();
    let places: Vec<(EntityIx, usize)> = lib.frequencies(&props.articles).into_iter().filter(|(e, _)| lib.known(*e).kind == EntityKind::Place).collect();
    let mut on: Vec<(EntityIx, usize, (f32, f32))> = Vec::new();
    let mut off: Vec<(EntityIx, usize)> = Vec::new();
    for &(e, n) in &places {
        match lib.known(e).coords.and_then(|(lat, lon)| project(lat, lon)) {
            Some(at) => on.push((e, n, at)),
            None => off.push((e, n)),
        }
    }
    let d = &props.dispatch;
    let focus = |e: EntityIx| press(d, vec![Action::Focus(Some(e))]);
    let entry = |e: EntityIx, n: usize| {
        let k = lib.known(e);
        let (onclick, _) = focus(e);
        html! {
            <li key={k.id.clone()}>
                <button type="button" data-kind="place" data-entity={k.id.clone()} aria-pressed={(props.focus == Some(e)).to_string()} {onclick}>
                    <span class="swatch" aria-hidden="true"></span><span class="name">{ k.name.clone() }</span><span class="count">{ n }</span>
                </button>
            </li>
        }
    };
    // Small pins on top of big ones; a label only where it overlaps none
    // drawn before it.
    let mut drawn = on.clone();
    bamboo_core::sort::sort_by_key(&mut drawn, |p| std::cmp::Reverse(p.1));
    let mut boxes: Vec<(f32, f32, f32, f32)> = Vec::new();
    let labels: Vec<bool> = drawn
        .iter()
        .enumerate()
        .map(|(rank, &(e, n, (x, y)))| {
            let r = radius(n);
            let w = 17.0 * (lib.known(e).name.chars().count() + 3) as f32;
            let b = (x - r, y - 26.0, x + r + 4.0 + w, y + 14.0);
            let free = !boxes.iter().any(|o| b.0 < o.2 && o.0 < b.2 && b.1 < o.3 && o.1 < b.3);
            let show = free && (rank < LABELLED || props.focus == Some(e));
            if show {
                boxes.push(b);
            }
            show
        })
        .collect();
    html! {
        <section class="map-view" aria-labelledby="map-title">
            <h2 id="map-title">{ "Map of the places in view" }</h2>
            <svg class="map" viewBox={format!("0 0 {width} {height}")} role="group" aria-label={format!("Map of East and Southeast Asia: {} of the {} places in view are pinned", on.len(), places.len())}>
                <rect class="sea" x="0" y="0" width={width.to_string()} height={height.to_string()} />
                <g aria-hidden="true">
                    { for shapes().map(|s| html! { <path key={s.name} class="land" d={s.d}><title>{ s.name }</title></path> }) }
                </g>
                { for drawn.iter().zip(labels).map(|(&(e, n, (x, y)), label)| {
                    let k = lib.known(e);
                    let r = radius(n);
                    let (onclick, onkeydown) = focus(e);
                    html! {
                        <g key={k.id.clone()} class={classes!("pin", (props.focus == Some(e)).then_some("focused"))} data-entity={k.id.clone()} role="button" tabindex="0"
                            aria-label={format!("{}, {n} mention{}", k.name, if n == 1 { "" } else { "s" })}
                            {onclick} {onkeydown}>
                            <title>{ format!("{}: {n}", k.name) }</title>
                            <circle cx={format!("{x:.0}")} cy={format!("{y:.0}")} r={format!("{r:.0}")} />
                            if label {
                                <text x={format!("{:.0}", x + r + 4.0)} y={format!("{:.0}", y + 10.0)}>{ format!("{} {n}", k.name) }</text>
                            }
                        </g>
                    }
                }) }
            </svg>
            <p class="hint">{ "Country shapes: Natural Earth (public domain), simplified. Pins are sized by mentions in the two articles." }</p>
            <div class="map-list">
                <h3>{ format!("On the map ({})", on.len()) }</h3>
                if on.is_empty() {
                    <p class="empty">{ "No place in view is on this map." }</p>
                }
                <ul>{ for on.iter().map(|&(e, n, _)| entry(e, n)) }</ul>
                <h3>{ format!("Not on the map ({})", off.len()) }</h3>
                if off.is_empty() {
                    <p class="empty">{ "Every place in view is on the map." }</p>
                } else {
                    <p class="hint">{ "Outside the area drawn, or with no coordinates in the gazetteer." }</p>
                }
                <ul>{ for off.iter().map(|&(e, n)| entry(e, n)) }</ul>
            </div>
        </section>
    }
}

/// A pin's radius in map units: its area grows with the mentions.
fn radius(mentions: usize) -> f32 {
    9.0 + 5.0 * (mentions as f32).sqrt()
}
