//! The reader's state as a link, and back: article, viewpoint, analyst and
//! entity ids in the URL; indices in the state.

use bamboo_core::{EntityKind, ViewParams};

use crate::library::Library;
use crate::state::{KindSet, Reader};

/// The state a link describes, starting from the defaults, with a notice for
/// every id the corpus does not know.
pub fn reader_from_params(lib: &Library, p: &ViewParams) -> (Reader, Vec<String>) {
    let mut notices = Vec::new();
    let mut r = Reader::initial(&lib.corpus);
    let mut article = |id: &Option<String>, into: &mut bamboo_core::ArticleIx| {
        if let Some(id) = id {
            match lib.corpus.find_article(id) {
                Some(ix) => *into = ix,
                None => notices.push(format!("No article “{id}” in this reader; showing another.")),
            }
        }
    };
    article(&p.a, &mut r.left);
    article(&p.b, &mut r.right);
    for id in &p.vp {
        match lib.corpus.viewpoint_ix(id) {
            Some(v) if !r.filter.viewpoints.contains(v) => r.filter.viewpoints = r.filter.viewpoints.toggled(v),
            Some(_) => {}
            None => notices.push(format!("No viewpoint “{id}”; it was left out.")),
        }
    }
    if let Some(id) = &p.analyst {
        match lib.corpus.analyst_ix(id) {
            Some(a) => r.filter.analyst = Some(a),
            None => notices.push(format!("No analyst “{id}”; the analyst filter is off.")),
        }
    }
    r.only_matching = p.only;
    if let Some(kinds) = &p.kinds {
        r.kinds = EntityKind::ALL.into_iter().fold(KindSet::NONE, |set, k| if kinds.contains(&k) { set.toggled(k) } else { set });
    }
    if let Some(id) = &p.e {
        match lib.entity_ix(id) {
            Some(e) => r.focus = Some(e),
            None => notices.push(format!("No entity “{id}”; nothing is focused.")),
        }
    }
    r.theme = p.theme;
    r.embed = p.embed;
    r.height = p.height;
    r.panel = p.panel;
    r.query = p.q.clone().into();
    r.figures = p.figures;
    (r, notices)
}

/// The link parameters of a state.
pub fn params_of(lib: &Library, r: &Reader) -> ViewParams {
    let id = |ix: bamboo_core::ArticleIx| lib.corpus.article(ix).map(|a| a.id.clone());
    let kinds: Vec<EntityKind> = EntityKind::ALL.into_iter().filter(|k| r.kinds.shows(*k)).collect();
    ViewParams {
        a: id(r.left),
        b: id(r.right),
        vp: r.filter.viewpoints.iter().filter_map(|v| lib.corpus.viewpoints.get(v.0)).map(|v| v.id.clone()).collect(),
        analyst: r.filter.analyst.and_then(|a| lib.corpus.entities.get(a.0)).map(|e| e.id.clone()),
        only: r.only_matching,
        kinds: Some(kinds),
        e: r.focus.map(|e| lib.known(e).id.clone()),
        theme: r.theme,
        embed: r.embed,
        height: r.height,
        panel: r.panel,
        q: r.query.to_string(),
        figures: r.figures,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_round_trip() {
        let lib = crate::embedded_library();
        let rows = [
            "a=voa-2024-to-lam-reassure-beijing&b=dw-2023-xi-heads-to-vietnam",
            "a=rfa-2022-trong-beijing&b=rfa-2022-trong-beijing&vp=hedging,deference&analyst=carl-thayer&only=1&kinds=person,org&e=xi-jinping&panel=compare&theme=dark",
            "a=rfa-2022-trong-beijing&b=dw-2023-xi-heads-to-vietnam&fig=1&q=%22H%C3%A0+N%E1%BB%99i%22+xi&panel=search",
            "a=9dashline-2022-regime-state-security&b=caporale-2022-mr-trong-goes-to-beijing&kinds=&embed=1",
            "a=9dashline-2022-regime-state-security&b=caporale-2022-mr-trong-goes-to-beijing&embed=1&height=fixed",
        ];
        for link in rows {
            let (p, notices) = ViewParams::parse(link);
            assert!(notices.is_empty(), "{link}: {notices:?}");
            let (r, notices) = reader_from_params(&lib, &p);
            assert!(notices.is_empty(), "{link}: {notices:?}");
            assert_eq!(params_of(&lib, &r).format(), link);
        }
    }

    #[test]
    fn unknown_ids_fall_back_with_a_notice() {
        let lib = crate::embedded_library();
        let (p, _) = ViewParams::parse("a=nope&b=dw-2023-xi-heads-to-vietnam&vp=hedging,nope&analyst=xi-jinping&e=nobody");
        let (r, notices) = reader_from_params(&lib, &p);
        assert_eq!(notices.len(), 4, "{notices:?}");
        let default = Reader::initial(&lib.corpus);
        assert_eq!(r.left, default.left);
        assert_eq!(Some(r.right), lib.corpus.find_article("dw-2023-xi-heads-to-vietnam"));
        assert_eq!(r.filter.viewpoints.iter().count(), 1);
        assert_eq!(r.filter.analyst, None, "Xi Jinping is not an analyst");
        assert_eq!(r.focus, None);
    }
}
