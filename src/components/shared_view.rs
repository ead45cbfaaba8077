use bamboo_core::{AnalystIx, ArticleIx, ViewpointIx, DISPUTED};
use yew::prelude::*;

use crate::library::{EntityIx, Overlap};
use crate::state::Action;
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct SharedViewProps {
    pub articles: [ArticleIx; 2],
    pub focus: Option<EntityIx>,
    pub dispatch: Callback<Action>,
}

/// For the two articles in view: the entities both name and those only one
/// names, the analysts each quotes, the viewpoints each covers, and the
/// names each uses for disputed places. Every entry focuses its entity or
/// analyst, or filters by its viewpoint.
#[component]
pub fn SharedView(props: &SharedViewProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let [a, b] = props.articles;
    let label = |ix: ArticleIx| lib.corpus.article(ix).map_or_else(String::new, |a| a.short_label());
    let (la, lb) = (label(a), label(b));
    if a == b {
        return html! {
            <section class="shared-view" aria-labelledby="shared-title">
                <h2 id="shared-title">{ "Shared and missing" }</h2>
                <p class="empty">{ "Both columns show the same article: pick another one to compare." }</p>
            </section>
        };
    }
    let d = &props.dispatch;
    let entity = |e: EntityIx, counts: String| {
        let k = lib.known(e);
        let pressed = props.focus == Some(e);
        let next = if pressed { None } else { Some(e) };
        html! {
            <li key={k.id.clone()}>
                <button type="button" data-kind={k.kind.as_str()} data-entity={k.id.clone()} aria-pressed={pressed.to_string()} onclick={d.reform(move |_| Action::Focus(next))}>
                    <span class="swatch" aria-hidden="true"></span>
                    <span class="name">{ k.name.clone() }</span>
                    <span class="count">{ counts }</span>
                </button>
            </li>
        }
    };
    let o = lib.entity_overlap(props.articles);
    let (who, what) = lib.view_overlap(props.articles);
    let analyst = |i: AnalystIx, counts: String| {
        let e = &lib.corpus.entities[i.0];
        let id = e.id.clone();
        html! {
            <li key={id.clone()}>
                <button type="button" data-analyst={id}
                    onclick={d.reform(move |_| Action::FilterAnalyst(Some(i)))} title="Show this analyst's views">
                    <span class="name">{ e.name.clone() }</span><span class="count">{ counts }</span>
                </button>
            </li>
        }
    };
    let viewpoint = |i: ViewpointIx, counts: String| {
        let v = &lib.corpus.viewpoints[i.0];
        html! {
            <li key={v.id.clone()}>
                <button type="button" data-viewpoint={v.id.clone()} onclick={d.reform(move |_| Action::ToggleViewpoint(i))} title="Filter by this viewpoint">
                    <span class={format!("dot vp-{}", i.0 % 8)} aria-hidden="true"></span><span class="name">{ v.label.clone() }</span><span class="count">{ counts }</span>
                </button>
            </li>
        }
    };
    let (na, nb) = (lib.names_used(a), lib.names_used(b));
    let differ: Vec<Html> = DISPUTED
        .iter()
        .enumerate()
        .filter_map(|(i, place)| {
            let used = |n: &[(usize, bamboo_core::NameCount)]| n.iter().find(|(d, _)| *d == i).map(|(_, c)| c.usages());
            let (ua, ub) = (used(&na), used(&nb));
            if ua.is_none() && ub.is_none() {
                return None;
            }
            let say = |u: Option<Vec<(usize, usize)>>| match u {
                None => "does not name it".to_string(),
                Some(u) => u.iter().map(|(x, n)| format!("{} names ×{n}", place.usages[*x].0)).collect::<Vec<_>>().join(", "),
            };
            let main = |u: &Option<Vec<(usize, usize)>>| u.as_ref().and_then(|u| u.first().map(|x| x.0));
            let same = main(&ua) == main(&ub) || ua.is_none() || ub.is_none();
            Some(html! {
                <li key={place.place} data-place={place.place} class={classes!((!same).then_some("differ"))}>
                    <strong>{ place.label }</strong>{ if same { "" } else { " (they differ)" } }
                    <br />{ format!("{la}: {}; {lb}: {}", say(ua), say(ub)) }
                </li>
            })
        })
        .collect();
    html! {
        <section class="shared-view" aria-labelledby="shared-title">
            <h2 id="shared-title">{ format!("Shared and missing: {la} and {lb}") }</h2>
            <h3>{ "People, places and organizations" }</h3>
            { groups(&o, [&la, &lb], "Both name", ["Nothing named in both.", "Nothing named only here."], entity) }
            <h3>{ "Analysts quoted" }</h3>
            { groups(&who, [&la, &lb], "Both quote", ["No analyst is quoted by both.", "No analyst quoted only here."], analyst) }
            <h3>{ "Viewpoints covered" }</h3>
            { groups(&what, [&la, &lb], "Both cover", ["No viewpoint is in both.", "None only here."], viewpoint) }
            <h3>{ "Names for disputed places" }</h3>
            if differ.is_empty() {
                <p class="empty">{ "Neither article names a disputed place." }</p>
            } else {
                <ul class="names-differ">{ for differ }</ul>
            }
        </section>
    }
}

/// The three groups of an overlap (in both, only left, only right), each
/// entry with its counts; `empty` says so when a group has none (for both,
/// then for one side).
fn groups<T: Copy>(o: &Overlap<T>, [la, lb]: [&str; 2], both: &str, empty: [&'static str; 2], entry: impl Fn(T, String) -> Html) -> Html {
    html! {
        <div class="overlap-groups">
            { group("both", format!("{both} ({})", o.both.len()), o.both.iter().map(|&(x, l, r)| entry(x, format!("{l} · {r}"))).collect(), empty[0]) }
            { group("left", format!("Only {la} ({})", o.left.len()), o.left.iter().map(|&(x, n)| entry(x, n.to_string())).collect(), empty[1]) }
            { group("right", format!("Only {lb} ({})", o.right.len()), o.right.iter().map(|&(x, n)| entry(x, n.to_string())).collect(), empty[1]) }
        </div>
    }
}

/// One group of entries under its heading, or a line saying it is empty.
fn group(key: &'static str, title: String, items: Vec<Html>, empty: &'static str) -> Html {
    html! {
        <div class="overlap-group" data-group={key}>
            <h4>{ title }</h4>
            if items.is_empty() {
                <p class="empty">{ empty }</p>
            } else {
                <ul>{ for items }</ul>
            }
        </div>
    }
}
