//! The reader's state: which article each column shows.
//!
//! Only small typed values live here (article indices, enums); the corpus
//! itself stays behind an `Rc` in a context and is never cloned per action.

use std::rc::Rc;

use bamboo_core::{ArticleIx, Corpus};
use yew::Reducible;

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
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reader {
    pub left: ArticleIx,
    pub right: ArticleIx,
}

impl Reader {
    /// The first two articles of the corpus (the same one twice if it has one).
    pub fn initial(corpus: &Corpus) -> Self {
        let right = if corpus.articles.len() > 1 { 1 } else { 0 };
        Reader { left: ArticleIx(0), right: ArticleIx(right) }
    }

    pub fn article(&self, side: Side) -> ArticleIx {
        match side {
            Side::Left => self.left,
            Side::Right => self.right,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show an article in a column.
    Pick(Side, ArticleIx),
}

impl Reducible for Reader {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Pick(Side::Left, ix) => next.left = ix,
            Action::Pick(Side::Right, ix) => next.right = ix,
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

    #[test]
    fn pick_sets_one_column() {
        let start = Rc::new(Reader { left: ArticleIx(0), right: ArticleIx(1) });
        let rows = [
            (Action::Pick(Side::Left, ArticleIx(3)), Reader { left: ArticleIx(3), right: ArticleIx(1) }),
            (Action::Pick(Side::Right, ArticleIx(4)), Reader { left: ArticleIx(0), right: ArticleIx(4) }),
            (Action::Pick(Side::Right, ArticleIx(1)), Reader { left: ArticleIx(0), right: ArticleIx(1) }),
        ];
        for (action, want) in rows {
            assert_eq!(*start.clone().reduce(action), want, "{action:?}");
        }
    }

    #[test]
    fn unchanged_state_keeps_its_rc() {
        let start = Rc::new(Reader { left: ArticleIx(0), right: ArticleIx(1) });
        let same = start.clone().reduce(Action::Pick(Side::Left, ArticleIx(0)));
        assert!(Rc::ptr_eq(&start, &same));
    }
}
