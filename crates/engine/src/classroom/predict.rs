//! Predict, then reveal (issue #15 §3): how far a class's guessed order is from the true
//! ranking.
//!
//! Two distances a class can check by hand:
//! - the **Kendall tau distance**: the number of pairs of items the guess puts in the wrong
//!   order (discordant pairs), and the normalised **tau** (1 = every comparable pair right,
//!   −1 = every one wrong, the guess reversed);
//! - the **places moved**: for each item, how many places its guessed place is from its true
//!   place, summed; and which item(s) moved most.
//!
//! **Ties.** The truth is given as tie groups in rank order ([`tie_groups`]): items with equal
//! totals share a rank, and the ranking lists them in dataset order only to have *an* order.
//! A guess may order tied items either way without penalty:
//! - a pair tied in the truth is neither right nor wrong: it is not counted in the distance,
//!   and tau is normalised by the pairs that *can* be right or wrong (`(C − D) / (C + D)`,
//!   Goodman and Kruskal's gamma; without ties it is Kendall's tau-a);
//! - a tied item's true place is the span of places its group occupies (two items tied for
//!   4th occupy places 4–5), and it has moved by its distance to that span (0 inside it).
//!
//! So a guess is perfect (distance 0, nothing moved) iff it is consistent with the truth.
//!
//! Items are any indices (team indices into a dataset); a guess must be a permutation of the
//! truth's items ([`GuessError`] otherwise). Pure Rust, `O(n²)` pairs for the at most 200
//! items of a dataset; nothing here panics on any input.

use thiserror::Error;

use crate::rank::Ranking;

/// Why a guess (or a truth) cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum GuessError {
    /// The guess has a different number of items than the truth.
    #[error("the guess has {given} items, the ranking {expected}")]
    WrongLength {
        /// Items in the truth.
        expected: usize,
        /// Items in the guess.
        given: usize,
    },
    /// The guess names an item the truth does not have.
    #[error("item {item} of the guess is not in the ranking")]
    Unknown {
        /// The item.
        item: usize,
    },
    /// The guess names an item twice.
    #[error("item {item} is twice in the guess")]
    Repeated {
        /// The item.
        item: usize,
    },
    /// The truth names an item twice (a caller's mistake, reported rather than guessed at).
    #[error("item {item} is twice in the ranking")]
    RepeatedInTruth {
        /// The item.
        item: usize,
    },
}

/// One item of a revealed guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moved {
    /// The item (index as given).
    pub item: usize,
    /// Where the guess put it, 1-based.
    pub guessed: usize,
    /// Its true rank, 1-based, shared by tied items (1, 2, 2, 4).
    pub rank: usize,
    /// The last place its tie group occupies (= `rank` when untied): two items tied for 2nd
    /// occupy places 2–3.
    pub rank_to: usize,
    /// Places between the guessed place and the true place(s): 0 inside the tie group's span.
    pub moved: usize,
}

/// The comparison of a guess with the truth.
#[derive(Debug, Clone, PartialEq)]
pub struct Reveal {
    /// Pairs the guess orders as the truth does.
    pub concordant: usize,
    /// Pairs the guess orders the other way round: the Kendall tau distance.
    pub discordant: usize,
    /// Pairs tied in the truth (not counted either way).
    pub tied: usize,
    /// `(C − D) / (C + D)`, −1…1; 1 when no pair can be wrong (fewer than two items, or all
    /// tied).
    pub tau: f64,
    /// Σ places moved over every item.
    pub places_moved: usize,
    /// Every item in guessed order, with its true rank and how far it moved.
    pub items: Vec<Moved>,
}

impl Reveal {
    /// The Kendall tau distance (discordant pairs).
    pub fn distance(&self) -> usize {
        self.discordant
    }

    /// The pairs that can be right or wrong (n(n−1)/2 less the tied ones).
    pub fn comparable(&self) -> usize {
        self.concordant + self.discordant
    }

    /// The item(s) that moved most, in guessed order; empty when nothing moved.
    pub fn moved_most(&self) -> Vec<Moved> {
        let most = self.items.iter().map(|m| m.moved).max().unwrap_or(0);
        if most == 0 {
            return Vec::new();
        }
        self.items.iter().filter(|m| m.moved == most).copied().collect()
    }
}

/// The ranked items of `ranking` as tie groups in rank order (items sharing a rank together);
/// unranked rows (missing scores, gated, all weights zero) are left out: there is nothing to
/// predict about them.
pub fn tie_groups(ranking: &Ranking) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut last = None;
    for row in ranking.ranked() {
        match groups.last_mut() {
            Some(g) if row.rank == last => g.push(row.team),
            _ => groups.push(vec![row.team]),
        }
        last = row.rank;
    }
    groups
}

/// Compares `guess` (items, first place first) with `truth` (tie groups in rank order, see
/// [`tie_groups`]); see the module documentation for the rules.
pub fn compare(truth: &[Vec<usize>], guess: &[usize]) -> Result<Reveal, GuessError> {
    // Each item's true place span (0-based first and last place of its group) and group index.
    // Looked up by a scan, not a map or a sort: at most 200 items, and the widget's wasm stays
    // small.
    let mut span: Vec<(usize, Span)> = Vec::with_capacity(guess.len());
    let mut place = 0;
    for (group, items) in truth.iter().enumerate() {
        let last = place + items.len().saturating_sub(1);
        for &item in items {
            if span.iter().any(|&(i, _)| i == item) {
                return Err(GuessError::RepeatedInTruth { item });
            }
            span.push((item, Span { first: place, last, group }));
        }
        place += items.len();
    }
    if guess.len() != span.len() {
        return Err(GuessError::WrongLength { expected: span.len(), given: guess.len() });
    }
    let mut seen = vec![false; span.len()];
    let mut spans = Vec::with_capacity(guess.len());
    let mut items = Vec::with_capacity(guess.len());
    for (i, &item) in guess.iter().enumerate() {
        let k = span.iter().position(|&(j, _)| j == item).ok_or(GuessError::Unknown { item })?;
        if std::mem::replace(&mut seen[k], true) {
            return Err(GuessError::Repeated { item });
        }
        let Span { first, last, group } = span[k].1;
        let moved = if i < first { first - i } else { i.saturating_sub(last) };
        items.push(Moved { item, guessed: i + 1, rank: first + 1, rank_to: last + 1, moved });
        spans.push(group);
    }
    // Pairs (i < j in the guess): right if i's group comes before j's, wrong if after, tied if
    // the same group.
    let (mut concordant, mut discordant, mut tied) = (0, 0, 0);
    for (i, &a) in spans.iter().enumerate() {
        for &b in &spans[i + 1..] {
            match a.cmp(&b) {
                std::cmp::Ordering::Less => concordant += 1,
                std::cmp::Ordering::Greater => discordant += 1,
                std::cmp::Ordering::Equal => tied += 1,
            }
        }
    }
    let comparable = concordant + discordant;
    let tau = if comparable == 0 {
        1.0
    } else {
        (concordant as f64 - discordant as f64) / comparable as f64
    };
    let places_moved = items.iter().map(|m| m.moved).sum();
    Ok(Reveal { concordant, discordant, tied, tau, places_moved, items })
}

/// Where an item belongs in the truth: the places its tie group occupies, and the group.
#[derive(Debug, Clone, Copy)]
struct Span {
    first: usize,
    last: usize,
    group: usize,
}

/// The neutral order a game starts from: `items` alphabetically by name (letters compared
/// without regard to ASCII case; Hangul in 가나다 order, which is its code-point order), the
/// index breaking a tie of names. Never derived from the ranking, so it says nothing about the
/// answer. An insertion sort: at most 200 items, and no sort instantiated for the wasm.
pub fn neutral_order<'a>(items: &[usize], name: impl Fn(usize) -> &'a str) -> Vec<usize> {
    let key = |a: usize, b: usize| {
        let fold = |s: &'a str| s.chars().map(|c| c.to_ascii_lowercase());
        fold(name(a)).cmp(fold(name(b))).then(a.cmp(&b))
    };
    let mut out: Vec<usize> = Vec::with_capacity(items.len());
    for &item in items {
        let at = out.iter().position(|&o| key(item, o).is_lt()).unwrap_or(out.len());
        out.insert(at, item);
    }
    out
}

/// `order` without ties: one group per item (tests, and a truth known to be strict).
pub fn strict(order: &[usize]) -> Vec<Vec<usize>> {
    order.iter().map(|&i| vec![i]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Truth A B C D (items 0 1 2 3), guess B A D C.
    /// Pairs in guess order: (B,A) wrong, (B,D) right, (B,C) right, (A,D) right, (A,C) right,
    /// (D,C) wrong → C = 4, D = 2, tau = (4 − 2) / 6 = 1/3.
    /// Places: B guessed 1, true 2 → 1; A 2 vs 1 → 1; D 3 vs 4 → 1; C 4 vs 3 → 1; Σ = 4.
    #[test]
    fn two_swaps_by_hand() {
        let r = compare(&strict(&[0, 1, 2, 3]), &[1, 0, 3, 2]).unwrap();
        assert_eq!((r.concordant, r.discordant, r.tied), (4, 2, 0));
        assert_eq!(r.distance(), 2);
        assert!((r.tau - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(r.places_moved, 4);
        assert_eq!(r.moved_most().len(), 4, "all four moved one place");
    }

    /// Truth A B C D E (0–4), guess E A B C D: E jumped from 5th to 1st.
    /// Wrong pairs: (E,A) (E,B) (E,C) (E,D) = 4; the other 6 of 10 are right; tau = 2/10.
    /// Places: E 1 vs 5 → 4; A 2 vs 1, B 3 vs 2, C 4 vs 3, D 5 vs 4 → 1 each; Σ = 8.
    #[test]
    fn one_long_move_is_what_moved_most() {
        let r = compare(&strict(&[0, 1, 2, 3, 4]), &[4, 0, 1, 2, 3]).unwrap();
        assert_eq!(r.distance(), 4);
        assert_eq!(r.concordant, 6);
        assert!((r.tau - 0.2).abs() < 1e-12);
        assert_eq!(r.places_moved, 8);
        let most = r.moved_most();
        assert_eq!(most.len(), 1);
        assert_eq!(
            most[0],
            Moved { item: 4, guessed: 1, rank: 5, rank_to: 5, moved: 4 },
            "E: guessed 1st, really 5th"
        );
    }

    /// Truth: item 7 first, then 3 and 5 tied for 2nd (places 2–3), then 1 in 4th.
    /// Guess 7 5 3 1: the tied pair (5,3) is in "dataset order" reversed — not counted.
    /// Pairs: (7,5) (7,3) (7,1) (5,1) (3,1) right = 5, (5,3) tied = 1, wrong 0; tau = 1.
    /// Places: 5 guessed 2, span 2–3 → 0; 3 guessed 3, span 2–3 → 0. Σ = 0.
    #[test]
    fn tied_items_either_way_cost_nothing() {
        let truth = vec![vec![7], vec![3, 5], vec![1]];
        for guess in [[7, 3, 5, 1], [7, 5, 3, 1]] {
            let r = compare(&truth, &guess).unwrap();
            assert_eq!((r.concordant, r.discordant, r.tied), (5, 0, 1), "{guess:?}");
            assert_eq!(r.tau, 1.0);
            assert_eq!(r.places_moved, 0);
            assert!(r.moved_most().is_empty());
        }
    }

    /// Same truth, guess 3 7 1 5.
    /// Pairs: (3,7) wrong, (3,1) right, (3,5) tied, (7,1) right, (7,5) right, (1,5) wrong →
    /// C = 3, D = 2, tied 1; tau = (3 − 2) / 5 = 0.2.
    /// Places: 3 guessed 1, span 2–3 → 1; 7 guessed 2, true 1 → 1; 1 guessed 3, true 4 → 1;
    /// 5 guessed 4, span 2–3 → 1; Σ = 4. Item 5's rank reads 2 (shared), places 2–3.
    #[test]
    fn a_tied_item_moved_out_of_its_span() {
        let truth = vec![vec![7], vec![3, 5], vec![1]];
        let r = compare(&truth, &[3, 7, 1, 5]).unwrap();
        assert_eq!((r.concordant, r.discordant, r.tied), (3, 2, 1));
        assert!((r.tau - 0.2).abs() < 1e-12);
        assert_eq!(r.places_moved, 4);
        assert_eq!(r.items[3], Moved { item: 5, guessed: 4, rank: 2, rank_to: 3, moved: 1 });
    }

    #[test]
    fn the_neutral_order_is_alphabetical() {
        let names = ["라온시", "가람시", "kt", "LG", "Kakao", "나래시", "가람시"];
        // Latin before Hangul (code points); "Kakao" < "kt" < "LG" ignoring case; the two
        // 가람시 by index.
        assert_eq!(neutral_order(&[0, 1, 2, 3, 4, 5, 6], |i| names[i]), vec![4, 2, 3, 1, 6, 5, 0]);
    }

    #[test]
    fn a_guess_must_be_a_permutation() {
        let truth = strict(&[0, 1, 2]);
        assert_eq!(
            compare(&truth, &[0, 1]),
            Err(GuessError::WrongLength { expected: 3, given: 2 })
        );
        assert_eq!(compare(&truth, &[0, 1, 9]), Err(GuessError::Unknown { item: 9 }));
        assert_eq!(compare(&truth, &[0, 1, 1]), Err(GuessError::Repeated { item: 1 }));
        assert_eq!(
            compare(&[vec![0], vec![0, 1]], &[0, 1]),
            Err(GuessError::RepeatedInTruth { item: 0 })
        );
    }

    #[test]
    fn nothing_to_compare_is_perfect() {
        let r = compare(&[], &[]).unwrap();
        assert_eq!((r.distance(), r.places_moved, r.tau), (0, 0, 1.0));
        let r = compare(&[vec![4, 2]], &[2, 4]).unwrap();
        assert_eq!((r.distance(), r.tied, r.tau), (0, 1, 1.0));
    }

    /// The built-in K-AI data under equal weights (scores worked by hand in
    /// tests/e2e/predict.test.mjs): LG 7.875, SKT 7.625, Upstage 7.5, Naver 6.5 = NC AI 6.5,
    /// KT 4.875 → the tie groups follow the ranking's shared ranks.
    #[test]
    fn tie_groups_follow_shared_ranks() {
        use crate::rank::{ScoreMatrix, Weights, rank_matrix};
        let rows = [
            [7.5, 4.0, 6.5, 8.0], // 0 naver: 26 / 4 = 6.5
            [7.0, 7.0, 7.5, 8.5], // 1 upstage: 30 / 4 = 7.5
            [8.0, 9.0, 8.5, 5.0], // 2 skt: 30.5 / 4 = 7.625
            [6.0, 8.0, 8.0, 4.0], // 3 nc: 26 / 4 = 6.5
            [9.0, 7.0, 8.0, 7.5], // 4 lg: 31.5 / 4 = 7.875
            [5.0, 3.5, 7.0, 4.0], // 5 kt: 19.5 / 4 = 4.875
        ];
        let rows: Vec<Vec<Option<f64>>> =
            rows.iter().map(|r| r.iter().map(|&v| Some(v)).collect()).collect();
        let mut with_missing = rows.clone();
        with_missing.push(vec![Some(4.5), Some(3.0), None, Some(5.0)]); // 6: not rankable
        let ranking = rank_matrix(&ScoreMatrix::from_rows(&with_missing), &Weights::equal(4));
        assert_eq!(tie_groups(&ranking), vec![vec![4], vec![2], vec![1], vec![0, 3], vec![5]]);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use std::collections::BTreeMap;

    use super::*;
    use proptest::prelude::*;

    /// A permutation of 0..n (n ≤ 12) and a second one.
    fn two_orders() -> impl Strategy<Value = (Vec<usize>, Vec<usize>)> {
        (0usize..=12).prop_flat_map(|n| {
            let base: Vec<usize> = (0..n).collect();
            (Just(base.clone()).prop_shuffle(), Just(base).prop_shuffle())
        })
    }

    proptest! {
        #[test]
        fn zero_iff_same_order((a, b) in two_orders()) {
            let r = compare(&strict(&a), &b).unwrap();
            prop_assert_eq!(r.distance() == 0, a == b);
            prop_assert_eq!(r.places_moved == 0, a == b);
            prop_assert_eq!(r.moved_most().is_empty(), a == b);
        }

        #[test]
        fn reversed_is_every_pair((a, _) in two_orders()) {
            let n = a.len();
            let rev: Vec<usize> = a.iter().rev().copied().collect();
            let r = compare(&strict(&a), &rev).unwrap();
            prop_assert_eq!(r.distance(), n * n.saturating_sub(1) / 2);
            if n >= 2 {
                prop_assert_eq!(r.tau, -1.0);
            }
        }

        #[test]
        fn symmetric((a, b) in two_orders()) {
            let ab = compare(&strict(&a), &b).unwrap();
            let ba = compare(&strict(&b), &a).unwrap();
            prop_assert_eq!(ab.distance(), ba.distance());
            prop_assert_eq!(ab.places_moved, ba.places_moved);
            prop_assert_eq!(ab.tau, ba.tau);
        }

        #[test]
        fn counts_add_up((a, b) in two_orders()) {
            let n = a.len();
            let r = compare(&strict(&a), &b).unwrap();
            prop_assert_eq!(r.concordant + r.discordant + r.tied, n * n.saturating_sub(1) / 2);
            prop_assert!((-1.0..=1.0).contains(&r.tau));
            // Spearman's footrule is between the Kendall distance and twice it
            // (Diaconis–Graham).
            prop_assert!(r.distance() <= r.places_moved && r.places_moved <= 2 * r.distance());
        }

        /// Ties: any order within the tie groups is perfect.
        #[test]
        fn any_order_within_ties_is_perfect(
            (a, b) in two_orders(),
            cuts in proptest::collection::vec(any::<bool>(), 12),
        ) {
            // Groups: split `a` where `cuts` says so.
            let mut truth: Vec<Vec<usize>> = Vec::new();
            for (i, &item) in a.iter().enumerate() {
                match truth.last_mut() {
                    Some(g) if !cuts[i] => g.push(item),
                    _ => truth.push(vec![item]),
                }
            }
            // A guess: each group shuffled by `b`'s order of its items.
            let pos: BTreeMap<usize, usize> = b.iter().enumerate().map(|(p, &i)| (i, p)).collect();
            let guess: Vec<usize> = truth
                .iter()
                .flat_map(|g| {
                    let mut g = g.clone();
                    g.sort_by_key(|i| pos[i]);
                    g
                })
                .collect();
            let r = compare(&truth, &guess).unwrap();
            prop_assert_eq!((r.distance(), r.places_moved, r.tau), (0, 0, 1.0));
        }
    }
}
