//! The reader's state: which articles are shown, which entity kinds are
//! highlighted, and which entity is focused.
//!
//! Only small typed values live here (article and entity indices, enums);
//! the corpus itself stays behind an `Rc` in a context and is never cloned
//! per action.

use std::rc::Rc;

use bamboo_core::{AnalystIx, ArticleIx, Corpus, EntityKind, Height, Panel, Theme, ViewFilter, ViewpointIx};
use yew::{AttrValue, Reducible};

use crate::library::{kind_index, EntityIx};

/// One of the two reading columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Left, Side::Right];

    pub fn label(self) -> &'static str {
        match self {
            Side::Left => "Left article",
            Side::Right => "Right article",
        }
    }

    /// A stable token for DOM ids and test hooks.
    pub fn key(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }

    /// The side a [`Side::key`] names.
    pub fn from_key(key: &str) -> Option<Side> {
        Side::BOTH.into_iter().find(|s| s.key() == key)
    }

    /// The column index: 0 left, 1 right.
    pub fn column(self) -> usize {
        match self {
            Side::Left => 0,
            Side::Right => 1,
        }
    }

    pub fn of_column(column: usize) -> Side {
        if column == 0 { Side::Left } else { Side::Right }
    }

    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// What floats above the text, at most one at a time, closed by Escape
/// before anything else. Not part of the link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    /// The keyboard shortcuts.
    Help,
    /// The viewpoint filter's popover.
    Viewpoints,
    /// The link to this view, to copy.
    Link,
    /// The embed code, to copy.
    Embed,
}

/// Which entity kinds are highlighted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindSet([bool; 3]);

impl Default for KindSet {
    fn default() -> Self {
        KindSet([true; 3])
    }
}

impl KindSet {
    pub const NONE: KindSet = KindSet([false; 3]);

    pub fn shows(self, kind: EntityKind) -> bool {
        self.0[kind_index(kind)]
    }

    pub fn toggled(mut self, kind: EntityKind) -> Self {
        self.0[kind_index(kind)] ^= true;
        self
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reader {
    pub left: ArticleIx,
    pub right: ArticleIx,
    pub kinds: KindSet,
    /// The entity whose mentions are emphasized.
    pub focus: Option<EntityIx>,
    /// Which of the focused entity's mentions (in reading order, left column
    /// first) is current, once the reader has walked to one.
    pub cursor: Option<usize>,
    /// The viewpoints and analyst the reader filters by.
    pub filter: ViewFilter,
    /// Collapse the paragraphs the filter does not keep, instead of dimming them.
    pub only_matching: bool,
    /// The paragraph to scroll to: (column, block), with a counter so that
    /// following the same link twice scrolls twice.
    pub jump: Option<(usize, usize, u32)>,
    pub theme: Theme,
    /// The compact reader for iframes.
    pub embed: bool,
    /// Whether the embedded reader reports its height to the host page.
    pub height: Height,
    /// The open panel section (side panel, or bottom sheet on a phone).
    pub panel: Option<Panel>,
    /// The article shown on a narrow screen, where only one fits.
    pub tab: Side,
    /// The popover or overlay on top, if any.
    pub layer: Option<Layer>,
    /// The search query as typed; empty for none.
    pub query: AttrValue,
    /// The figures layer is on.
    pub figures: bool,
}

impl Reader {
    /// The first two articles of the corpus (the same one twice if it has one).
    pub fn initial(corpus: &Corpus) -> Self {
        let right = if corpus.articles.len() > 1 { 1 } else { 0 };
        Reader::showing(ArticleIx(0), ArticleIx(right))
    }

    pub fn showing(left: ArticleIx, right: ArticleIx) -> Self {
        Reader { left, right, kinds: KindSet::default(), focus: None, cursor: None, filter: ViewFilter::default(), only_matching: false, jump: None, theme: Theme::Auto, embed: false, height: Height::Auto, panel: None, tab: Side::Left, layer: None, query: AttrValue::default(), figures: false }
    }

    pub fn article(&self, side: Side) -> ArticleIx {
        match side {
            Side::Left => self.left,
            Side::Right => self.right,
        }
    }

    pub fn articles(&self) -> [ArticleIx; 2] {
        [self.left, self.right]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show an article in a column.
    Pick(Side, ArticleIx),
    /// Highlight or stop highlighting one kind.
    ToggleKind(EntityKind),
    ShowAllKinds,
    HideAllKinds,
    /// Emphasize an entity's mentions, or none.
    Focus(Option<EntityIx>),
    /// Focus an entity at one of its mentions (a click on that mention).
    FocusAt(EntityIx, usize),
    /// Walk to the next (`true`) or previous mention of the focused entity,
    /// which has `count` mentions in view; wraps around.
    Step { forward: bool, count: usize },
    /// Select or deselect a viewpoint in the filter.
    ToggleViewpoint(ViewpointIx),
    /// Filter by one analyst, or by none.
    FilterAnalyst(Option<AnalystIx>),
    /// Clear the viewpoints and the analyst.
    ClearFilter,
    SetOnlyMatching(bool),
    /// Replace the whole view, as when the reader goes Back or Forward.
    Restore(Reader),
    SetTheme(Theme),
    /// Scroll a column to a block, first showing `article` there if needed
    /// (in the right column when neither shows it); on a phone, its tab.
    ShowBlock { article: ArticleIx, block: usize },
    /// Open a panel section, or close the panel.
    SetPanel(Option<Panel>),
    /// Open the panel (at its first section) or close it.
    TogglePanel,
    /// Show one article's tab on a narrow screen.
    ShowTab(Side),
    /// Open a layer, or close it if it is the one open.
    ToggleLayer(Layer),
    /// Close whatever layer is open.
    CloseLayer,
    /// Escape: close the top layer; else the panel; else clear the focus.
    Escape,
    /// Search for this (as typed), or stop searching when empty.
    SetQuery(AttrValue),
    /// Show or hide the figures layer.
    ToggleFigures,
}

impl Reducible for Reader {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Pick(side, ix) => {
                match side {
                    Side::Left => next.left = ix,
                    Side::Right => next.right = ix,
                }
                next.cursor = None;
            }
            Action::ToggleKind(kind) => next.kinds = next.kinds.toggled(kind),
            Action::ShowAllKinds => next.kinds = KindSet::default(),
            Action::HideAllKinds => next.kinds = KindSet::NONE,
            Action::Focus(focus) => {
                next.cursor = None;
                next.focus = focus;
            }
            Action::FocusAt(e, i) => {
                next.focus = Some(e);
                next.cursor = Some(i);
            }
            Action::Restore(r) => next = Reader { jump: None, tab: self.tab, layer: None, ..r },
            Action::SetQuery(q) => next.query = q,
            Action::ToggleFigures => next.figures = !next.figures,
            Action::SetTheme(t) => next.theme = t,
            Action::ToggleViewpoint(v) => next.filter.viewpoints = next.filter.viewpoints.toggled(v),
            Action::FilterAnalyst(a) => next.filter.analyst = a,
            Action::ClearFilter => next.filter = ViewFilter::default(),
            Action::SetOnlyMatching(on) => next.only_matching = on,
            Action::ShowBlock { article, block } => {
                let column = match (next.left == article, next.right == article) {
                    (true, _) => 0,
                    (false, true) => 1,
                    (false, false) => {
                        next.right = article;
                        next.cursor = None;
                        1
                    }
                };
                let seq = next.jump.map_or(0, |(_, _, s)| s.wrapping_add(1));
                next.jump = Some((column, block, seq));
                next.tab = Side::of_column(column);
            }
            Action::SetPanel(p) => next.panel = p,
            Action::TogglePanel => next.panel = if next.panel.is_some() { None } else { Some(Panel::ALL[0]) },
            Action::ShowTab(side) => next.tab = side,
            Action::ToggleLayer(l) => next.layer = if next.layer == Some(l) { None } else { Some(l) },
            Action::CloseLayer => next.layer = None,
            Action::Escape => {
                if next.layer.is_some() {
                    next.layer = None;
                } else if next.panel.is_some() {
                    next.panel = None;
                } else {
                    next.focus = None;
                    next.cursor = None;
                }
            }
            Action::Step { forward, count } => {
                next.cursor = match (next.focus, next.cursor, count) {
                    (None, _, _) | (_, _, 0) => None,
                    (Some(_), None, n) => Some(if forward { 0 } else { n - 1 }),
                    (Some(_), Some(i), n) => Some(if forward { (i + 1) % n } else { (i + n - 1) % n }),
                };
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> Reader {
        Reader::showing(ArticleIx(0), ArticleIx(1))
    }

    fn with(f: impl FnOnce(&mut Reader)) -> Reader {
        let mut r = start();
        f(&mut r);
        r
    }

    #[test]
    fn reducer_table() {
        let e = EntityIx(7);
        let focused = with(|r| r.focus = Some(e));
        let rows: Vec<(Reader, Action, Reader)> = vec![
            (start(), Action::Pick(Side::Left, ArticleIx(3)), with(|r| r.left = ArticleIx(3))),
            (start(), Action::Pick(Side::Right, ArticleIx(4)), with(|r| r.right = ArticleIx(4))),
            (start(), Action::ToggleKind(EntityKind::Place), with(|r| r.kinds = KindSet([true, false, true]))),
            (with(|r| r.kinds = KindSet::NONE), Action::ShowAllKinds, start()),
            (start(), Action::HideAllKinds, with(|r| r.kinds = KindSet::NONE)),
            (start(), Action::Focus(Some(e)), focused.clone()),
            (with(|r| { r.focus = Some(e); r.cursor = Some(2) }), Action::Focus(None), start()),
            (start(), Action::FocusAt(e, 3), with(|r| { r.focus = Some(e); r.cursor = Some(3) })),
            (focused.clone(), Action::Step { forward: true, count: 4 }, with(|r| { r.focus = Some(e); r.cursor = Some(0) })),
            (focused.clone(), Action::Step { forward: false, count: 4 }, with(|r| { r.focus = Some(e); r.cursor = Some(3) })),
            (with(|r| { r.focus = Some(e); r.cursor = Some(3) }), Action::Step { forward: true, count: 4 }, with(|r| { r.focus = Some(e); r.cursor = Some(0) })),
            (with(|r| { r.focus = Some(e); r.cursor = Some(0) }), Action::Step { forward: false, count: 4 }, with(|r| { r.focus = Some(e); r.cursor = Some(3) })),
            (start(), Action::Step { forward: true, count: 4 }, start()),
            (start(), Action::SetQuery("hà nội".into()), with(|r| r.query = "hà nội".into())),
            (with(|r| r.query = "x".into()), Action::SetQuery("".into()), start()),
            (start(), Action::ToggleFigures, with(|r| r.figures = true)),
            (with(|r| r.figures = true), Action::ToggleFigures, start()),
            (focused.clone(), Action::Step { forward: true, count: 0 }, focused.clone()),
            (with(|r| { r.focus = Some(e); r.cursor = Some(1) }), Action::Pick(Side::Left, ArticleIx(2)), with(|r| { r.focus = Some(e); r.left = ArticleIx(2) })),
            // The viewpoint filter.
            (start(), Action::ToggleViewpoint(ViewpointIx(2)), with(|r| r.filter.viewpoints = [ViewpointIx(2)].into_iter().collect())),
            (with(|r| r.filter.viewpoints = [ViewpointIx(2)].into_iter().collect()), Action::ToggleViewpoint(ViewpointIx(2)), start()),
            (start(), Action::FilterAnalyst(Some(AnalystIx(4))), with(|r| r.filter.analyst = Some(AnalystIx(4)))),
            (with(|r| { r.filter.analyst = Some(AnalystIx(4)); r.filter.viewpoints = [ViewpointIx(1)].into_iter().collect() }), Action::ClearFilter, start()),
            (start(), Action::SetOnlyMatching(true), with(|r| r.only_matching = true)),
            (start(), Action::ShowBlock { article: ArticleIx(1), block: 5 }, with(|r| { r.jump = Some((1, 5, 0)); r.tab = Side::Right })),
            (start(), Action::ShowBlock { article: ArticleIx(0), block: 2 }, with(|r| r.jump = Some((0, 2, 0)))),
            (with(|r| r.jump = Some((0, 2, 0))), Action::ShowBlock { article: ArticleIx(3), block: 4 }, with(|r| { r.right = ArticleIx(3); r.jump = Some((1, 4, 1)); r.tab = Side::Right })),
            (with(|r| r.tab = Side::Right), Action::ShowBlock { article: ArticleIx(0), block: 2 }, with(|r| r.jump = Some((0, 2, 0)))),
            // Panels, tabs and layers.
            (start(), Action::SetPanel(Some(Panel::Analysts)), with(|r| r.panel = Some(Panel::Analysts))),
            (start(), Action::TogglePanel, with(|r| r.panel = Some(Panel::Entities))),
            (with(|r| r.panel = Some(Panel::Compare)), Action::TogglePanel, start()),
            (start(), Action::ShowTab(Side::Right), with(|r| r.tab = Side::Right)),
            (start(), Action::ToggleLayer(Layer::Help), with(|r| r.layer = Some(Layer::Help))),
            (with(|r| r.layer = Some(Layer::Help)), Action::ToggleLayer(Layer::Help), start()),
            (with(|r| r.layer = Some(Layer::Link)), Action::ToggleLayer(Layer::Embed), with(|r| r.layer = Some(Layer::Embed))),
            (with(|r| r.layer = Some(Layer::Viewpoints)), Action::CloseLayer, start()),
            // Escape closes the top layer first, then the panel, then the focus.
            (with(|r| { r.layer = Some(Layer::Help); r.panel = Some(Panel::Entities); r.focus = Some(e) }), Action::Escape, with(|r| { r.panel = Some(Panel::Entities); r.focus = Some(e) })),
            (with(|r| { r.panel = Some(Panel::Entities); r.focus = Some(e) }), Action::Escape, focused.clone()),
            (with(|r| { r.focus = Some(e); r.cursor = Some(1) }), Action::Escape, start()),
            // Going Back keeps the phone tab and closes layers.
            (with(|r| { r.tab = Side::Right; r.layer = Some(Layer::Help) }), Action::Restore(with(|r| r.left = ArticleIx(2))), with(|r| { r.left = ArticleIx(2); r.tab = Side::Right })),
        ];
        for (before, action, want) in rows {
            let label = format!("{before:?} {action:?}");
            assert_eq!(*Rc::new(before).reduce(action), want, "{label}");
        }
    }

    #[test]
    fn side_keys_and_columns_round_trip() {
        for side in Side::BOTH {
            assert_eq!(Side::from_key(side.key()), Some(side));
            assert_eq!(Side::of_column(side.column()), side);
            assert_ne!(side.other(), side);
        }
        assert_eq!(Side::from_key("middle"), None);
    }

    #[test]
    fn unchanged_state_keeps_its_rc() {
        let s = Rc::new(start());
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::Pick(Side::Left, ArticleIx(0)))));
    }
}
