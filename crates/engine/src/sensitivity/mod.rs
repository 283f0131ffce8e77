//! How fragile is a ranking? Three answers for readers who move the sliders:
//!
//! 1. [`stability_intervals`] (`stability.rs`): for each criterion, the exact range of its
//!    share in which the leader (and the set above the cut line) stays the same, and who takes
//!    over beyond it.
//! 2. [`what_it_takes`] (`what_it_takes.rs`): for a team, the smallest change of the weight
//!    shares that makes it first or puts it above the cut, or a proof that no weighting can.
//! 3. [`acceptability`] (`smaa.rs`): SMAA-2 rank acceptability: over uniformly random
//!    weightings, how often each team lands on each rank.
//! 4. [`winner_map`] (`winner_map.rs`): over every weighting of three criteria (or a 2-D
//!    [`section`] of more), the exact region where each team is first.
//!
//! Pure Rust like [`crate::rank`]: no web dependencies, no threads, no clock, so it runs the
//! same natively and in the wasm widget. Every function is total: empty matrices, one team,
//! one criterion and out-of-range indices give a documented answer, never a panic.
//!
//! All of them follow the engine's rules exactly (see [`crate::rank`]): shares sum to 1;
//! a team missing a score on a criterion with non-zero share is *incomplete* and ranks after
//! every complete team; scores within [`TIE_EPSILON`](crate::rank::TIE_EPSILON) are tied and
//! share a rank.
//!
//! This module holds only what they share (weights as shares, the path along one
//! criterion) and re-exports their public items, so callers write
//! `kai_engine::sensitivity::what_it_takes` whatever file it lives in. The submodules do not
//! depend on each other.

mod smaa;
mod stability;
mod what_it_takes;
mod winner_map;

pub use smaa::{Acceptability, acceptability};
pub use stability::{Edge, ShareRange, StabilityInterval, stability_intervals};
pub use what_it_takes::{
    DROP_SHARE, LP_BUDGET, Reach, STRICT_MARGIN, WhatItTakes, what_it_takes, what_it_takes_all,
};
pub use winner_map::{
    NeverFirst, Point, Section, WinnerMap, WinnerMapError, WinnerRegion, first_at, plane, section,
    winner_map,
};

use crate::rank::{Ranking, ScoreMatrix, Weights, rank_matrix};

/// The weights as shares over exactly `k` criteria (missing weights count as 0, extra ones are
/// ignored), or `None` when they are all zero.
fn shares_of(weights: &Weights, k: usize) -> Option<Vec<f64>> {
    let raw = weights.raw();
    let w: Vec<f64> = (0..k).map(|c| raw.get(c).copied().unwrap_or(0.0)).collect();
    let total: f64 = w.iter().sum();
    if total > 0.0 && total.is_finite() {
        Some(w.iter().map(|v| v / total).collect())
    } else {
        None
    }
}

/// Ranks with shares that are known to be finite and ≥ 0.
fn rank_shares(matrix: &ScoreMatrix, shares: &[f64]) -> Ranking {
    let w = Weights::new(shares.to_vec()).unwrap_or_else(|_| Weights::equal(shares.len()));
    rank_matrix(matrix, &w)
}

/// Score with missing values as 0 (the engine's partial score).
fn value(matrix: &ScoreMatrix, team: usize, criterion: usize) -> f64 {
    matrix.get(team, criterion).unwrap_or(0.0)
}

/// The shares obtained by setting criterion `criterion`'s share to `share` (clamped to [0, 1])
/// while the other criteria keep their relative proportions: `s·e_c + (1 − s)·rest`.
///
/// This is the path along which [`stability_intervals`] measures, exposed so the widget can
/// show "drag to here" and tests can re-rank at an edge. When the other criteria all have zero
/// weight (or all weights are zero), `rest` splits equally among them, because "their relative
/// proportions" is then undefined and equal is the neutral choice.
pub fn shares_at(weights: &Weights, criteria: usize, criterion: usize, share: f64) -> Vec<f64> {
    let s = if share.is_nan() { 0.0 } else { share.clamp(0.0, 1.0) };
    let (rest, _) = rest_direction(weights, criteria, criterion);
    (0..criteria).map(|c| if c == criterion { s } else { (1.0 - s) * rest[c] }).collect()
}

/// The other criteria's proportions (0 at `criterion`), and whether the equal fallback was used.
fn rest_direction(weights: &Weights, k: usize, criterion: usize) -> (Vec<f64>, bool) {
    let raw = weights.raw();
    let w: Vec<f64> = (0..k)
        .map(|c| if c == criterion { 0.0 } else { raw.get(c).copied().unwrap_or(0.0) })
        .collect();
    let total: f64 = w.iter().sum();
    if total > 0.0 && total.is_finite() {
        (w.iter().map(|v| v / total).collect(), false)
    } else {
        let others = k.saturating_sub(1).max(1) as f64;
        ((0..k).map(|c| if c == criterion { 0.0 } else { 1.0 / others }).collect(), true)
    }
}

/// Small constructors for the submodules' tests.
#[cfg(test)]
mod test_support {
    use crate::rank::{ScoreMatrix, Weights};

    pub(super) fn m(rows: &[&[Option<f64>]]) -> ScoreMatrix {
        ScoreMatrix::from_rows(&rows.iter().map(|r| r.to_vec()).collect::<Vec<_>>())
    }

    pub(super) fn w(raw: &[f64]) -> Weights {
        Weights::new(raw.to_vec()).unwrap()
    }
}
