//! Viewpoint logic: which attributed views a filter keeps, what each article
//! holds, and which selected viewpoints an article leaves out.

use crate::model::{Corpus, View};

/// A viewpoint: its position in [`Corpus::viewpoints`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ViewpointIx(pub usize);

/// An analyst: the position of their entity in [`Corpus::entities`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AnalystIx(pub usize);

/// A set of viewpoints (the corpus validator allows at most 64).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ViewpointSet(u64);

impl ViewpointSet {
    pub const MAX: usize = 64;

    pub fn contains(self, v: ViewpointIx) -> bool {
        v.0 < Self::MAX && self.0 & (1 << v.0) != 0
    }

    pub fn toggled(self, v: ViewpointIx) -> Self {
        if v.0 < Self::MAX { ViewpointSet(self.0 ^ (1 << v.0)) } else { self }
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = ViewpointIx> {
        (0..Self::MAX).filter(move |i| self.0 & (1 << i) != 0).map(ViewpointIx)
    }
}

impl FromIterator<ViewpointIx> for ViewpointSet {
    fn from_iter<I: IntoIterator<Item = ViewpointIx>>(iter: I) -> Self {
        iter.into_iter().fold(ViewpointSet::default(), |s, v| if s.contains(v) { s } else { s.toggled(v) })
    }
}

/// Which attributed views the reader wants to see: any of some viewpoints,
/// from one analyst, or both. An empty filter is off.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ViewFilter {
    pub viewpoints: ViewpointSet,
    pub analyst: Option<AnalystIx>,
}

impl ViewFilter {
    pub fn is_active(&self) -> bool {
        !self.viewpoints.is_empty() || self.analyst.is_some()
    }

    /// Whether `view` is one the filter keeps. An inactive filter keeps none:
    /// nothing is singled out until the reader asks.
    pub fn fits(&self, corpus: &Corpus, view: &View) -> bool {
        if !self.is_active() {
            return false;
        }
        let analyst_fits = self.analyst.is_none_or(|a| corpus.entities.get(a.0).is_some_and(|e| e.id == view.analyst));
        let viewpoint_fits = self.viewpoints.is_empty() || view.viewpoints.iter().any(|id| corpus.viewpoint_ix(id).is_some_and(|v| self.viewpoints.contains(v)));
        analyst_fits && viewpoint_fits
    }
}

impl Corpus {
    pub fn viewpoint_ix(&self, id: &str) -> Option<ViewpointIx> {
        self.viewpoints.iter().position(|v| v.id == id).map(ViewpointIx)
    }

    pub fn analyst_ix(&self, id: &str) -> Option<AnalystIx> {
        self.entities.iter().position(|e| e.id == id && e.analyst).map(AnalystIx)
    }

    /// The analysts, in the order of `entities.toml`.
    pub fn analysts(&self) -> impl Iterator<Item = AnalystIx> + '_ {
        self.entities.iter().enumerate().filter(|(_, e)| e.analyst).map(|(i, _)| AnalystIx(i))
    }

    /// The attributed views in article `id`, in paragraph order.
    pub fn views_in<'a>(&'a self, article: &'a str) -> impl Iterator<Item = &'a View> + 'a {
        let mut views: Vec<&View> = self.views.iter().filter(|v| v.article == article).collect();
        crate::sort::sort_by_key(&mut views, |v| v.paragraph);
        views.into_iter()
    }

    /// How many views in article `id` express each viewpoint.
    pub fn viewpoint_counts(&self, article: &str) -> Vec<usize> {
        let mut counts = vec![0; self.viewpoints.len()];
        for v in self.views_in(article) {
            for vp in &v.viewpoints {
                if let Some(i) = self.viewpoint_ix(vp) {
                    counts[i.0] += 1;
                }
            }
        }
        counts
    }

    /// The selected viewpoints that article `id` does not contain at all.
    pub fn blindspots(&self, article: &str, selected: ViewpointSet) -> Vec<ViewpointIx> {
        let counts = self.viewpoint_counts(article);
        selected.iter().filter(|v| counts.get(v.0).is_some_and(|&n| n == 0)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, EntityKind, Viewpoint};

    fn corpus() -> Corpus {
        let vp = |id: &str| Viewpoint { id: id.into(), label: id.into(), definition: "d".into() };
        let analyst = |id: &str| Entity {
            id: id.into(),
            name: id.into(),
            kind: EntityKind::Person,
            aliases: vec![],
            description: "d".into(),
            role: None,
            analyst: true,
            affiliation: Some("a".into()),
            coords: None,
        };
        let view = |analyst: &str, article: &str, paragraph, vps: &[&str]| View {
            analyst: analyst.into(),
            article: article.into(),
            paragraph,
            quote: "q".into(),
            viewpoints: vps.iter().map(|s| s.to_string()).collect(),
        };
        Corpus {
            viewpoints: vec![vp("hedging"), vp("deference"), vp("party")],
            entities: vec![analyst("thayer"), analyst("vuving")],
            views: vec![
                view("thayer", "rfa", 3, &["hedging"]),
                view("vuving", "voa", 2, &["deference", "hedging"]),
                view("thayer", "rfa", 1, &["party"]),
            ],
            ..Corpus::default()
        }
    }

    #[test]
    fn filter_fits_table() {
        let c = corpus();
        let set = |ixs: &[usize]| ixs.iter().map(|&i| ViewpointIx(i)).collect::<ViewpointSet>();
        let rows = [
            // (viewpoints, analyst, view index, fits)
            (set(&[]), None, 0, false),
            (set(&[0]), None, 0, true),
            (set(&[0]), None, 1, true),
            (set(&[0]), None, 2, false),
            (set(&[1]), None, 0, false),
            (set(&[1, 2]), None, 2, true),
            (set(&[]), Some(AnalystIx(0)), 0, true),
            (set(&[]), Some(AnalystIx(0)), 1, false),
            (set(&[0]), Some(AnalystIx(1)), 1, true),
            (set(&[2]), Some(AnalystIx(1)), 1, false),
            (set(&[]), Some(AnalystIx(9)), 0, false),
        ];
        for (viewpoints, analyst, view, want) in rows {
            let f = ViewFilter { viewpoints, analyst };
            assert_eq!(f.fits(&c, &c.views[view]), want, "{f:?} view {view}");
        }
    }

    #[test]
    fn counts_blindspots_and_order() {
        let c = corpus();
        assert_eq!(c.viewpoint_counts("rfa"), vec![1, 0, 1]);
        assert_eq!(c.viewpoint_counts("voa"), vec![1, 1, 0]);
        let selected: ViewpointSet = [ViewpointIx(0), ViewpointIx(1)].into_iter().collect();
        assert_eq!(c.blindspots("rfa", selected), vec![ViewpointIx(1)]);
        assert_eq!(c.blindspots("voa", selected), vec![]);
        assert_eq!(c.blindspots("none", selected), vec![ViewpointIx(0), ViewpointIx(1)]);
        let paragraphs: Vec<usize> = c.views_in("rfa").map(|v| v.paragraph).collect();
        assert_eq!(paragraphs, vec![1, 3]);
        assert_eq!(c.analysts().count(), 2);
    }

    #[test]
    fn viewpoint_set_table() {
        let rows: &[(&[usize], usize, bool)] = &[(&[], 0, false), (&[3], 3, true), (&[3, 5], 5, true), (&[63], 63, true), (&[64], 64, false)];
        for (members, probe, want) in rows {
            let s: ViewpointSet = members.iter().map(|&i| ViewpointIx(i)).collect();
            assert_eq!(s.contains(ViewpointIx(*probe)), *want, "{members:?} ∋ {probe}");
        }
        let s = ViewpointSet::default().toggled(ViewpointIx(2)).toggled(ViewpointIx(2));
        assert!(s.is_empty());
    }
}
