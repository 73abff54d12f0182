//! Stable sorting through one compiled sort.
//!
//! Each `sort_by`/`sort_by_key` on a new element type or comparator compiles its own
//! copy of the standard library's sort (quicksort, drift sort, small sorts: 2–4 KB of
//! wasm each). The widget's orderings all sort here instead: a permutation of indexes
//! is sorted once, with the comparison behind a `&dyn Fn`, and then applied.

use std::cmp::Ordering;

/// Sorts `order` (indexes into some list) stably by `cmp`.
#[inline(never)]
pub(crate) fn sort_indices(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Sorts `items` stably by `cmp`, as `items.sort_by(cmp)` does.
pub(crate) fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &|a, b| cmp(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        order
            .into_iter()
            .map(|i| taken[i].take().expect("a permutation takes each item once")),
    );
}

/// Sorts `items` stably by `key`, as `items.sort_by_key(key)` does.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_as_the_standard_library_does() {
        // Pseudo-random keys with many ties; the second field tells equal keys apart.
        let mut seed = 7_u32;
        for len in 0..200 {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 13, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |item| item.0);
            let mut std = items.clone();
            std.sort_by_key(|item| item.0);
            assert_eq!(ours, std);
            let mut order: Vec<usize> = (0..len).rev().collect();
            sort_indices(&mut order, &|a, b| items[a].0.cmp(&items[b].0));
            let mut expected: Vec<usize> = (0..len).rev().collect();
            expected.sort_by_key(|&i| items[i].0);
            assert_eq!(order, expected);
        }
    }
}
