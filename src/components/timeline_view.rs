use bamboo_core::{date_value, ArticleIx, Event};
use yew::prelude::*;

use crate::components::press;
use crate::state::{Action, Side};
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    pub articles: [ArticleIx; 2],
    pub dispatch: Callback<Action>,
}

/// The drawing's width and the strip's geometry, in SVG units: articles
/// left of the axis, events right of it.
const WIDTH: f64 = 360.0;
const AXIS: f64 = 134.0;
const TOP: f64 = 30.0;
/// Units per year.
const YEAR: f64 = 300.0;
/// The least distance between two labels in one lane.
const LINE: f64 = 32.0;
/// Where the event lane's labels begin.
const EVENTS: f64 = AXIS + 18.0;
/// Where the article lane's labels end.
const ARTICLES: f64 = AXIS - 16.0;

/// A label's place: the date's height, and the label's (pushed down when
/// it would overlap the one above).
struct Placed {
    at: f64,
    label: f64,
}

/// Spreads labels at heights `at` (sorted) so that they are [`LINE`] apart.
fn spread(at: &[f64]) -> Vec<Placed> {
    let mut out: Vec<Placed> = Vec::with_capacity(at.len());
    for &y in at {
        let label = out.last().map_or(y, |p| y.max(p.label + LINE));
        out.push(Placed { at: y, label });
    }
    out
}

/// The events on a vertical strip, visits as bars from start to end, each
/// article at its date; articles with no date on a lane of their own. A
/// visit puts its articles side by side; an article opens in a column.
#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let corpus = &lib.corpus;
    let d = &props.dispatch;
    let mut events: Vec<(&Event, f64, f64)> = corpus
        .events
        .iter()
        .filter_map(|e| {
            let start = date_value(e.start.as_deref()?)?;
            Some((e, start, e.end.as_deref().and_then(date_value).unwrap_or(start)))
        })
        .collect();
    bamboo_core::sort::sort_by(&mut events, |a, b| a.1.total_cmp(&b.1));
    let mut dated: Vec<(ArticleIx, f64)> = corpus.article_ixs().filter_map(|a| Some((a, date_value(&corpus.articles[a.0].date)?))).collect();
    bamboo_core::sort::sort_by(&mut dated, |a, b| a.1.total_cmp(&b.1));
    let undated: Vec<ArticleIx> = corpus.article_ixs().filter(|a| date_value(&corpus.articles[a.0].date).is_none()).collect();
    let times = events.iter().flat_map(|e| [e.1, e.2]).chain(dated.iter().map(|a| a.1));
    let (first, last) = times.fold((f64::MAX, f64::MIN), |(lo, hi), t| (lo.min(t), hi.max(t)));
    if first > last {
        return html! {
            <section class="timeline-view" aria-labelledby="timeline-title">
                <h2 id="timeline-title">{ "Timeline" }</h2>
                <p class="empty">{ "No event or article in this reader states a date." }</p>
            </section>
        };
    }
    let from = first - 0.06;
    let to = last + 0.06;
    let y = |t: f64| TOP + (t - from) * YEAR;
    let articles_of = |id: &str| -> Vec<ArticleIx> { corpus.article_ixs().filter(|a| corpus.articles[a.0].event == id).collect() };
    let event_labels = spread(&events.iter().map(|e| y(e.1)).collect::<Vec<_>>());
    let article_labels = spread(&dated.iter().map(|a| y(a.1)).collect::<Vec<_>>());
    let bottom = event_labels.iter().chain(&article_labels).map(|p| p.label).fold(y(to), f64::max) + 20.0;
    let height = bottom + 34.0 + 22.0 * undated.len() as f64;

    // A visit shows its first two articles side by side; an article not
    // in view opens in the right column.
    let show_pair = |ids: &[ArticleIx]| press(d, [Side::Left, Side::Right].into_iter().zip(ids).map(|(side, &a)| Action::Pick(side, a)).collect());
    let show_one = |a: ArticleIx| press(d, if props.articles.contains(&a) { Vec::new() } else { vec![Action::Pick(Side::Right, a)] });
    let years: Vec<i32> = ((from.ceil() as i32)..=(to.floor() as i32)).collect();
    html! {
        <section class="timeline-view" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ "Timeline" }</h2>
            <p class="hint">{ "Choose a visit to put its articles side by side, or an article to open it." }</p>
            <svg class="timeline" viewBox={format!("0 0 {WIDTH} {height:.0}")} role="group" aria-label="Events and articles by date">
                <line class="axis" x1={AXIS.to_string()} x2={AXIS.to_string()} y1={TOP.to_string()} y2={format!("{:.1}", y(to))} />
                { for years.iter().map(|&year| {
                    let at = y(f64::from(year));
                    html! {
                        <g key={year} class="tick" aria-hidden="true">
                            <line x1="0" x2={WIDTH.to_string()} y1={format!("{at:.1}")} y2={format!("{at:.1}")} />
                            <text class="year" x={(WIDTH - 2.0).to_string()} y={format!("{:.1}", at - 4.0)} text-anchor="end">{ year }</text>
                        </g>
                    }
                }) }
                <text class="lane" x={EVENTS.to_string()} y="14">{ "Events" }</text>
                <text class="lane" x={ARTICLES.to_string()} y="14" text-anchor="end">{ "Articles" }</text>
                { for events.iter().zip(&event_labels).map(|((e, start, end), place)| {
                    let ids = articles_of(&e.id);
                    let visit = !ids.is_empty();
                    let (top, bar) = (y(*start), (y(*end) - y(*start)).max(4.0));
                    // What shows, and first in the accessible name (which must hold it).
                    let name = short(&e.label, 28);
                    let when = if visit { format!("{} · {} article{}", short(&e.start.clone().unwrap_or_default(), 12), ids.len(), if ids.len() == 1 { "" } else { "s" }) } else { short(&e.dates, 34) };
                    let body = html! {
                        <>
                            <rect class="visit-bar" x={(AXIS + 2.0).to_string()} y={format!("{top:.1}")} width="8" height={format!("{bar:.1}")} rx="3" />
                            <line class="leader" x1={(AXIS + 10.0).to_string()} y1={format!("{:.1}", place.at)} x2={(EVENTS - 3.0).to_string()} y2={format!("{:.1}", place.label)} />
                            <text x={EVENTS.to_string()} y={format!("{:.1}", place.label + 4.0)}>
                                <tspan class="name">{ format!("{name} ") }</tspan>
                                <tspan class="when" x={EVENTS.to_string()} dy="14">{ when.clone() }</tspan>
                            </text>
                        </>
                    };
                    let title = format!("{}, {}", e.label, e.dates);
                    if visit {
                        let (onclick, onkeydown) = show_pair(&ids);
                        html! {
                            <g key={e.id.clone()} class="tl-event visit" data-event={e.id.clone()} role="button" tabindex="0"
                                aria-label={format!("{name} {when}: {title}; show its articles side by side")}
                                {onclick} {onkeydown}>
                                <title>{ title.clone() }</title>
                                { body }
                            </g>
                        }
                    } else {
                        html! {
                            <g key={e.id.clone()} class="tl-event context" data-event={e.id.clone()} role="img" aria-label={format!("{name} {when}: {title}. {}", e.reported.clone().unwrap_or_default())}>
                                <title>{ format!("{title}. {}", e.reported.clone().unwrap_or_default()) }</title>
                                { body }
                            </g>
                        }
                    }
                }) }
                { for dated.iter().zip(&article_labels).map(|((a, _), place)| {
                    let article = &corpus.articles[a.0];
                    let shown = props.articles.contains(a);
                    let (onclick, onkeydown) = show_one(*a);
                    html! {
                        <g key={article.id.clone()} class={classes!("tl-article", shown.then_some("shown"))} data-article={article.id.clone()} role="button" tabindex="0"
                            aria-label={format!("{} {}: {}, {}{}", short(&article.short_label(), 15), article.date, article.title, article.source_label(), if shown { " (in view)" } else { "" })}
                            {onclick} {onkeydown}>
                            <title>{ article.picker_label() }</title>
                            <circle cx={(AXIS - 6.0).to_string()} cy={format!("{:.1}", place.at)} r="5" />
                            <line class="leader" x1={(AXIS - 11.0).to_string()} y1={format!("{:.1}", place.at)} x2={(ARTICLES + 3.0).to_string()} y2={format!("{:.1}", place.label)} />
                            <text x={ARTICLES.to_string()} y={format!("{:.1}", place.label + 4.0)} text-anchor="end">
                                <tspan class="name">{ format!("{} ", short(&article.short_label(), 15)) }</tspan>
                                <tspan class="when" x={ARTICLES.to_string()} dy="14">{ article.date.clone() }</tspan>
                            </text>
                        </g>
                    }
                }) }
                <text class="lane" x="4" y={format!("{:.0}", bottom + 14.0)}>{ if undated.is_empty() { "Date not stated: none" } else { "Date not stated" } }</text>
                { for undated.iter().enumerate().map(|(i, a)| {
                    let article = &corpus.articles[a.0];
                    let shown = props.articles.contains(a);
                    let (onclick, onkeydown) = show_one(*a);
                    let at = bottom + 34.0 + 22.0 * i as f64;
                    html! {
                        <g key={article.id.clone()} class={classes!("tl-article", "undated", shown.then_some("shown"))} data-article={article.id.clone()} role="button" tabindex="0"
                            aria-label={format!("{}: {}, date not stated{}", short(&format!("{} · {}", article.source_label(), article.title), 48), article.title, if shown { " (in view)" } else { "" })}
                            {onclick} {onkeydown}>
                            <title>{ article.picker_label() }</title>
                            <circle cx="10" cy={format!("{:.1}", at - 4.0)} r="5" />
                            <text x="22" y={format!("{at:.1}")}><tspan class="name">{ short(&format!("{} · {}", article.source_label(), article.title), 48) }</tspan></text>
                        </g>
                    }
                }) }
            </svg>
        </section>
    }
}

/// `s` cut to `max` characters, with an ellipsis when cut.
fn short(s: &str, max: usize) -> String {
    bamboo_core::ellipsize(s, max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_spread_to_one_line_apart() {
        let rows: &[(&[f64], &[f64])] = &[(&[], &[]), (&[10.0], &[10.0]), (&[10.0, 12.0, 100.0], &[10.0, 42.0, 100.0]), (&[10.0, 12.0, 45.0], &[10.0, 42.0, 74.0])];
        for (at, want) in rows {
            let got: Vec<f64> = spread(at).iter().map(|p| p.label).collect();
            assert_eq!(got, *want, "{at:?}");
        }
    }
}
