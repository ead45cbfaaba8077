//! One sort for the whole program.
//!
//! Each call of the standard library's `sort_by` with another element type
//! or closure compiles its own copy of the sort, about 9 KB of wasm apiece;
//! twenty call sites cost about 13 KB gzipped of the single file. These
//! functions sort a list of positions with one comparison behind a `dyn`
//! reference, so one copy of the sort serves every caller, then move the
//! items into that order. They are stable, like `slice::sort_by`.
//!
//! The cost is an index list and a dynamic call per comparison, which is
//! nothing beside what the lists sorted here hold (spans of a paragraph,
//! entities of an article, a timeline's events).

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    apply(items, order);
}

/// Sorts `items` stably by `key`, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, as `slice::sort` does.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..n`, stably sorted by `cmp`: the only monomorph of the
/// standard sort that these functions use.
#[inline(never)]
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..n).collect();
    positions.sort_by(|&a, &b| cmp(a, b));
    positions
}

/// Moves `items[order[i]]` to `i` for every `i`, following each cycle of
/// the permutation with swaps.
fn apply<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            items.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Agrees with the standard stable sort, ties included, on every table
    /// row and on random lists of every length up to 64.
    #[test]
    fn agrees_with_the_standard_stable_sort() {
        let rows: &[&[(u8, u8)]] = &[
            &[],
            &[(1, 0)],
            &[(2, 0), (1, 1)],
            &[(1, 0), (1, 1), (1, 2)],
            &[(3, 0), (1, 1), (2, 2), (1, 3), (3, 4)],
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut random = |len: usize| -> Vec<(u8, u8)> {
            (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 5) as u8, i as u8)
                })
                .collect()
        };
        let randoms: Vec<Vec<(u8, u8)>> = (0..=64).map(&mut random).collect();
        for row in rows
            .iter()
            .copied()
            .chain(randoms.iter().map(Vec::as_slice))
        {
            let mut ours = row.to_vec();
            let mut std = row.to_vec();
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "{row:?}");
            let mut ours = row.to_vec();
            sort(&mut ours);
            let mut std = row.to_vec();
            std.sort();
            assert_eq!(ours, std);
        }
    }

    /// Items that are not `Copy` move whole: nothing is dropped or doubled.
    #[test]
    fn moves_owned_items() {
        let mut words: Vec<String> = ["pear", "fig", "apple", "fig"].map(String::from).into();
        sort_by(&mut words, |a, b| b.len().cmp(&a.len()));
        assert_eq!(words, ["apple", "pear", "fig", "fig"]);
    }
}
