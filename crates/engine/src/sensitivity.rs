//! How fragile is a ranking? Three answers for readers who move the sliders:
//!
//! 1. [`stability_intervals`]: for each criterion, the exact range of its share in which the
//!    leader (and the set above the cut line) stays the same, and who takes over beyond it.
//! 2. [`what_it_takes`]: for a team, the smallest change of the weight shares that makes it
//!    first or puts it above the cut, or a proof that no weighting can.
//! 3. [`acceptability`]: SMAA-2 rank acceptability: over uniformly random weightings, how
//!    often each team lands on each rank.
//!
//! Pure Rust like [`crate::rank`]: no web dependencies, no threads, no clock, so it runs the
//! same natively and in the wasm widget. Every function is total: empty matrices, one team,
//! one criterion and out-of-range indices give a documented answer, never a panic.
//!
//! All three follow the engine's rules exactly (see [`crate::rank`]): shares sum to 1;
//! a team missing a score on a criterion with non-zero share is *incomplete* and ranks after
//! every complete team; scores within [`TIE_EPSILON`] are tied and share a rank.

use rand_xoshiro::Xoshiro256PlusPlus;
use rand_xoshiro::rand_core::{Rng, SeedableRng};

use crate::lp::{Constraint, LpOutcome, Relation, minimize};
use crate::rank::{Ranking, ScoreMatrix, TIE_EPSILON, Weights, rank_matrix};

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// 1. Stability intervals
// ---------------------------------------------------------------------------------------------

/// One end of a [`ShareRange`]: where the state breaks and who benefits, so the widget can say
/// "above 43 % sovereignty, Team B takes the lead".
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// The share (0–1) of the moved criterion at this edge.
    pub share: f64,
    /// Whether the edge itself still keeps the state. Always true except at share 0 or 1 when
    /// a missing score flips completeness exactly there (e.g. at 0 % a team missing that
    /// criterion becomes complete and may lead; just above 0 % it drops to the bottom).
    pub inclusive: bool,
    /// The team that moves in just beyond the edge: the new leader (leader range) or the team
    /// that enters the top set (cut range). `None` when nothing lies beyond (edge at 0 or 1).
    pub takeover: Option<usize>,
    /// The team that loses its place just beyond the edge: the current leader, or the team
    /// pushed below the cut line. `None` when nothing lies beyond.
    pub displaced: Option<usize>,
}

/// A range of one criterion's share, `[lo, hi]`, in which some state of the ranking holds.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareRange {
    /// Lower edge.
    pub lo: Edge,
    /// Upper edge.
    pub hi: Edge,
}

impl ShareRange {
    /// Whether a share lies in the range (respecting exclusive edges), for the widget's shading.
    pub fn contains(&self, share: f64) -> bool {
        let above = if self.lo.inclusive { share >= self.lo.share } else { share > self.lo.share };
        let below = if self.hi.inclusive { share <= self.hi.share } else { share < self.hi.share };
        above && below
    }

    /// `hi − lo`: a quick "how robust" number (1 = any share of this criterion keeps it).
    pub fn width(&self) -> f64 {
        self.hi.share - self.lo.share
    }

    fn whole() -> ShareRange {
        let e = |share| Edge { share, inclusive: true, takeover: None, displaced: None };
        ShareRange { lo: e(0.0), hi: e(1.0) }
    }
}

/// How far one criterion's share can move before the ranking's headline changes.
///
/// The path: the criterion's share `s` goes from 0 to 1 while the other criteria keep their
/// relative proportions (see [`shares_at`]). Every score is then a line in `s`, so the edges
/// are the crossing points of lines, computed exactly (no sampling). At the edge itself the
/// two teams are tied, which [`rank_matrix`] counts as keeping the place (shared rank); the
/// engine's tie tolerance keeps it for a further `TIE_EPSILON / |slope difference|` (about
/// 1e-8 of share), beyond which the rival is strictly ahead.
#[derive(Debug, Clone, PartialEq)]
pub struct StabilityInterval {
    /// The criterion whose share moves.
    pub criterion: usize,
    /// Its current share (0–1).
    pub share: f64,
    /// The current leader (first row of the ranking).
    pub leader: usize,
    /// Shares in which the leader keeps rank 1 (shared first place counts as keeping it).
    pub leader_range: ShareRange,
    /// Size of the cut line used for `cut_range`.
    pub cut: usize,
    /// The teams above the cut now (first `cut` rows), in display order.
    pub top: Vec<usize>,
    /// Shares in which no team below the line gets strictly ahead of a team above it, i.e. the
    /// set above the line stays the same (a tie across the line keeps it; the ranking flags
    /// such ties as `tie_at_line`). `[0, 1]` when `cut` is 0 or ≥ the number of teams.
    pub cut_range: ShareRange,
    /// True when all other criteria had zero weight, so the path used equal proportions for
    /// them (see [`shares_at`]); the widget may word this as "if you add other criteria".
    pub rest_fallback: bool,
}

/// An end of the path, where completeness may differ from the open interval (0, 1).
#[derive(Debug, Clone, Copy)]
enum At {
    Zero,
    One,
}

/// Scores along the path as lines `a + b·s`, and completeness in each region.
struct Lines {
    a: Vec<f64>,
    b: Vec<f64>,
    complete_open: Vec<bool>,
    complete_zero: Vec<bool>,
    complete_one: Vec<bool>,
}

impl Lines {
    fn new(matrix: &ScoreMatrix, criterion: usize, rest: &[f64]) -> Lines {
        let n = matrix.teams();
        let k = matrix.criteria;
        let mut l = Lines {
            a: Vec::with_capacity(n),
            b: Vec::with_capacity(n),
            complete_open: Vec::with_capacity(n),
            complete_zero: Vec::with_capacity(n),
            complete_one: Vec::with_capacity(n),
        };
        for t in 0..n {
            let a: f64 =
                (0..k).filter(|&d| d != criterion).map(|d| rest[d] * value(matrix, t, d)).sum();
            let rest_ok = (0..k)
                .filter(|&d| d != criterion && rest[d] > 0.0)
                .all(|d| matrix.get(t, d).is_some());
            let own_ok = matrix.get(t, criterion).is_some();
            l.a.push(a);
            l.b.push(value(matrix, t, criterion) - a);
            l.complete_open.push(own_ok && rest_ok);
            l.complete_zero.push(rest_ok);
            l.complete_one.push(own_ok);
        }
        l
    }

    fn complete(&self, t: usize, at: At) -> bool {
        match at {
            At::Zero => self.complete_zero[t],
            At::One => self.complete_one[t],
        }
    }

    fn value(&self, t: usize, s: f64) -> f64 {
        self.a[t] + self.b[t] * s
    }

    /// `t` is not strictly behind `u` at this point (the engine's rule).
    fn not_behind(&self, t: usize, u: usize, at: At) -> bool {
        let (ct, cu) = (self.complete(t, at), self.complete(u, at));
        if ct != cu {
            return ct;
        }
        let s = if matches!(at, At::One) { 1.0 } else { 0.0 };
        self.value(t, s) >= self.value(u, s) - TIE_EPSILON
    }

    /// Whether `t` is ahead of `u` just beyond a point: completeness, then value, then slope
    /// in the direction of travel (`dir` = +1 right, −1 left), then dataset order.
    fn ahead_beyond(&self, t: usize, u: usize, beyond: Beyond) -> bool {
        match beyond {
            Beyond::Exact(at) => {
                let (ct, cu) = (self.complete(t, at), self.complete(u, at));
                if ct != cu {
                    return ct;
                }
                let s = if matches!(at, At::One) { 1.0 } else { 0.0 };
                let (vt, vu) = (self.value(t, s), self.value(u, s));
                if (vt - vu).abs() > TIE_EPSILON { vt > vu } else { t < u }
            }
            Beyond::Limit(s, dir) => {
                let (ct, cu) = (self.complete_open[t], self.complete_open[u]);
                if ct != cu {
                    return ct;
                }
                let (vt, vu) = (self.value(t, s), self.value(u, s));
                if (vt - vu).abs() > 1e-12 {
                    return vt > vu;
                }
                let (bt, bu) = (self.b[t] * dir, self.b[u] * dir);
                if bt != bu { bt > bu } else { t < u }
            }
        }
    }

    /// The best (or worst) team of `teams` just beyond a point.
    fn extreme(&self, teams: &[usize], beyond: Beyond, best: bool) -> Option<usize> {
        teams.iter().copied().reduce(|x, y| {
            let y_wins = if best {
                self.ahead_beyond(y, x, beyond)
            } else {
                self.ahead_beyond(x, y, beyond)
            };
            if y_wins { y } else { x }
        })
    }
}

/// Where to look for the team that takes over.
#[derive(Debug, Clone, Copy)]
enum Beyond {
    /// Exactly at 0 or 1 (an exclusive edge: completeness flips there).
    Exact(At),
    /// Just right (`+1`) or left (`−1`) of an interior point.
    Limit(f64, f64),
}

/// The connected set of shares around `s0` where every pair `(t, u)` has `t` not behind `u`,
/// as `(lo, lo_inclusive, hi, hi_inclusive)`.
fn span(lines: &Lines, pairs: &[(usize, usize)], s0: f64) -> (f64, bool, f64, bool) {
    let (mut lo, mut hi, mut open_ok) = (f64::NEG_INFINITY, f64::INFINITY, true);
    for &(t, u) in pairs {
        let (ct, cu) = (lines.complete_open[t], lines.complete_open[u]);
        if ct != cu {
            open_ok &= ct;
            continue;
        }
        // t − u = da + db·s; the edge is where the lines cross. Lines within the tie
        // tolerance over the whole path (parallel, or float noise) never separate.
        let (da, db) = (lines.a[t] - lines.a[u], lines.b[t] - lines.b[u]);
        if db.abs() < 1e-15 || (da.abs() <= TIE_EPSILON && (da + db).abs() <= TIE_EPSILON) {
            open_ok &= da >= -TIE_EPSILON && da + db >= -TIE_EPSILON;
            continue;
        }
        let mut root = -da / db;
        // A tie at the current share that float noise puts a hair to either side.
        if (root - s0).abs() <= 1e-10 {
            root = s0;
        }
        if db > 0.0 { lo = lo.max(root) } else { hi = hi.min(root) }
    }
    open_ok &= lo <= hi;
    let all = |at| pairs.iter().all(|&(t, u)| lines.not_behind(t, u, at));
    let (p0, p1) = (all(At::Zero), all(At::One));
    if s0 > 0.0 && s0 < 1.0 {
        if !open_ok {
            return (s0, true, s0, true);
        }
        // Rounding must not push the current share out of its own interval.
        let (lo, hi) = (lo.min(s0), hi.max(s0));
        let (l, li) = if lo > 0.0 { (lo, true) } else { (0.0, p0) };
        let (h, hi_) = if hi < 1.0 { (hi, true) } else { (1.0, p1) };
        (l, li, h, hi_)
    } else if s0 <= 0.0 {
        if open_ok && lo <= 0.0 && hi > 0.0 {
            let (h, hi_) = if hi < 1.0 { (hi, true) } else { (1.0, p1) };
            (0.0, true, h, hi_)
        } else {
            (0.0, true, 0.0, true)
        }
    } else if open_ok && hi >= 1.0 && lo < 1.0 {
        let (l, li) = if lo > 0.0 { (lo, true) } else { (0.0, p0) };
        (l, li, 1.0, true)
    } else {
        (1.0, true, 1.0, true)
    }
}

/// Turns a span into a [`ShareRange`], naming who moves in (`best` of `challengers`) and who
/// moves out (`worst` of `holders`) just beyond each edge.
fn range_with_takeovers(
    lines: &Lines,
    (lo, lo_inc, hi, hi_inc): (f64, bool, f64, bool),
    challengers: &[usize],
    holders: &[usize],
) -> ShareRange {
    let edge = |share: f64, inclusive: bool, beyond: Option<Beyond>| {
        let (takeover, displaced) = match beyond {
            Some(b) => (lines.extreme(challengers, b, true), lines.extreme(holders, b, false)),
            None => (None, None),
        };
        Edge { share, inclusive, takeover, displaced }
    };
    let lo_beyond = if !lo_inc {
        Some(Beyond::Exact(At::Zero))
    } else if lo > 0.0 {
        Some(Beyond::Limit(lo, -1.0))
    } else {
        None
    };
    let hi_beyond = if !hi_inc {
        Some(Beyond::Exact(At::One))
    } else if hi < 1.0 {
        Some(Beyond::Limit(hi, 1.0))
    } else {
        None
    };
    ShareRange { lo: edge(lo, lo_inc, lo_beyond), hi: edge(hi, hi_inc, hi_beyond) }
}

/// For every criterion, the share range keeping the leader and the one keeping the top `cut`
/// set, with who takes over beyond each edge. See [`StabilityInterval`].
///
/// Returns one entry per criterion in criterion order; an empty vector when there are no
/// teams, no criteria, or all weights are zero (then there is no ranking to be stable).
pub fn stability_intervals(
    matrix: &ScoreMatrix,
    weights: &Weights,
    cut: usize,
) -> Vec<StabilityInterval> {
    let n = matrix.teams();
    let k = matrix.criteria;
    let Some(w0) = shares_of(weights, k) else { return Vec::new() };
    if n == 0 {
        return Vec::new();
    }
    let ranking = rank_shares(matrix, &w0);
    let leader = ranking.rows.first().map_or(0, |r| r.team);
    let top: Vec<usize> = ranking.rows.iter().take(cut).map(|r| r.team).collect();
    let outside: Vec<usize> = ranking.rows.iter().skip(cut).map(|r| r.team).collect();
    let rivals: Vec<usize> = (0..n).filter(|&j| j != leader).collect();
    let leader_pairs: Vec<(usize, usize)> = rivals.iter().map(|&j| (leader, j)).collect();
    let cut_pairs: Vec<(usize, usize)> =
        top.iter().flat_map(|&t| outside.iter().map(move |&u| (t, u))).collect();
    (0..k)
        .map(|criterion| {
            let (rest, rest_fallback) = rest_direction(weights, k, criterion);
            let share = w0[criterion];
            let lines = Lines::new(matrix, criterion, &rest);
            let leader_range = if rivals.is_empty() {
                ShareRange::whole()
            } else {
                range_with_takeovers(&lines, span(&lines, &leader_pairs, share), &rivals, &[leader])
            };
            let cut_range = if cut_pairs.is_empty() {
                ShareRange::whole()
            } else {
                range_with_takeovers(&lines, span(&lines, &cut_pairs, share), &outside, &top)
            };
            StabilityInterval {
                criterion,
                share,
                leader,
                leader_range,
                cut,
                top: top.clone(),
                cut_range,
                rest_fallback,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// 2. What would it take
// ---------------------------------------------------------------------------------------------

/// Score margin by which a returned weighting puts the team strictly ahead when it can (more
/// than [`TIE_EPSILON`], so a re-rank shows it on top, not merely tied).
pub const STRICT_MARGIN: f64 = 1e-8;
/// Smallest share put on a criterion to make a rival *incomplete* (it lacks that score and so
/// drops below every complete team). 0.1 %: large enough to survive display rounding of the
/// weights, small enough not to distort the distance.
pub const DROP_SHARE: f64 = 1e-3;
/// Most linear programs (counted in units of ten rivals, since bigger ones cost more) one
/// [`what_it_takes`] call may solve for the cut before it switches to a greedy choice of which
/// rivals may stay above (then `exact` is false). The K-AI case (10 teams, cut 5: 126
/// choices) is always exact.
pub const LP_BUDGET: usize = 4096;
/// Rivals with missing scores are branched on (beat them or make them incomplete) exactly up
/// to this many distinct missing patterns; beyond, only "beat all" and "drop all" are tried
/// (then `exact` is false).
const MAX_DROP_BRANCHES: usize = 6;

/// Whether and how a team can reach a place by changing the weights.
#[derive(Debug, Clone, PartialEq)]
pub enum Reach {
    /// It is there under the current weights.
    Already,
    /// The smallest change that gets it there.
    Possible {
        /// L1 distance Σ|w − w₀| between the new and current shares (0–2; 2 = all weight
        /// moved). Half of it is "how many percentage points must move".
        distance: f64,
        /// The new shares (sum 1, criterion order); passed to [`rank_matrix`] they really put
        /// the team there.
        shares: Vec<f64>,
    },
    /// No weighting gets it there.
    Impossible {
        /// The proof, as teams, in team order. For "first": every rival that scores higher
        /// on every criterion this team has a score on (each alone is a proof); if there is
        /// none, an irreducible set of rivals that cannot all be outscored at once (by Helly's
        /// theorem fewer than there are criteria when every rival has all scores). For the cut: the rivals that beat it under every
        /// weighting; when there are fewer than `cut` of them the impossibility is joint,
        /// established by solving every case (with `exact == false` it means "not found").
        /// A cut of one is first place and gets first place's proof. A team with no scores
        /// at all is blocked by the teams that have every score.
        blockers: Vec<usize>,
    },
}

/// What it would take for one team to lead, and to get above the cut line.
#[derive(Debug, Clone, PartialEq)]
pub struct WhatItTakes {
    /// The team.
    pub team: usize,
    /// To reach shared rank 1 (a tie for first counts: the engine shows tied teams with the
    /// same rank; when a strict lead is possible at about the same cost it is returned).
    pub first: Reach,
    /// To reach a shared rank ≤ `cut_size` (when the line cuts a tie, the team may be drawn
    /// just below it; the ranking flags that as `tie_at_line`).
    pub cut: Reach,
    /// The cut size used.
    pub cut_size: usize,
    /// False when a budget or heuristic was used, so a `Possible` distance may not be the
    /// minimum and an `Impossible` for the cut may not be proven.
    pub exact: bool,
}

/// A feasible weighting found by one linear program, with the branch that produced it.
#[derive(Debug, Clone)]
struct Candidate {
    distance: f64,
    shares: Vec<f64>,
    beat: Vec<usize>,
    drop: Vec<usize>,
}

/// Everything about one target team the LPs need.
struct Target<'a> {
    matrix: &'a ScoreMatrix,
    team: usize,
    w0: Vec<f64>,
    /// Criteria where the team has a score; the others must get share 0 or it is incomplete.
    allowed: Vec<usize>,
    exact: bool,
    /// Per team, the positions in `allowed` where it lacks a score (computed once).
    missing: Vec<Vec<usize>>,
    /// Per complete team `j`, the complete teams `i` that cover it: at least `j`'s score on
    /// every allowed criterion (strictly somewhere, or equal with a lower index).
    coverers: Vec<Vec<usize>>,
    /// Rivals of the infeasible cores met by [`Target::best`] since last cleared: together
    /// they already make the program infeasible, a short start for the deletion filter.
    core: Vec<usize>,
}

impl<'a> Target<'a> {
    fn new(matrix: &'a ScoreMatrix, team: usize, w0: Vec<f64>) -> Target<'a> {
        let n = matrix.teams();
        let allowed: Vec<usize> =
            (0..matrix.criteria).filter(|&c| matrix.get(team, c).is_some()).collect();
        let missing: Vec<Vec<usize>> = (0..n)
            .map(|j| (0..allowed.len()).filter(|&i| matrix.get(j, allowed[i]).is_none()).collect())
            .collect();
        let covers = |i: usize, j: usize| {
            let mut strict = false;
            for &c in &allowed {
                let (vi, vj) = (value(matrix, i, c), value(matrix, j, c));
                if vi < vj {
                    return false;
                }
                strict |= vi > vj;
            }
            strict || i < j
        };
        let complete = |j: usize| missing[j].is_empty();
        let coverers = (0..n)
            .map(|j| {
                if !complete(j) {
                    return Vec::new();
                }
                (0..n).filter(|&i| i != j && complete(i) && covers(i, j)).collect()
            })
            .collect();
        Target { matrix, team, w0, allowed, exact: true, missing, coverers, core: Vec::new() }
    }

    /// Criteria (positions in `allowed`) on which rival `j` lacks a score.
    fn missing_of(&self, j: usize) -> &[usize] {
        self.missing.get(j).map_or(&[], |m| m.as_slice())
    }

    /// `rivals` without those that need no constraint of their own: a complete rival scoring
    /// at most what another complete rival scores on every allowed criterion is beaten
    /// whenever that one is (for w ≥ 0). With 200 random teams this keeps ~10 % of the rows.
    fn reduce(&self, rivals: &[usize]) -> Vec<usize> {
        let mut in_set = vec![false; self.missing.len()];
        for &j in rivals {
            if let Some(x) = in_set.get_mut(j) {
                *x = true;
            }
        }
        rivals
            .iter()
            .copied()
            .filter(|&j| !self.coverers.get(j).is_some_and(|cs| cs.iter().any(|&i| in_set[i])))
            .collect()
    }

    /// Distinct non-empty missing patterns among `rivals`.
    fn patterns(&self, rivals: &[usize]) -> Vec<Vec<usize>> {
        let mut out: Vec<Vec<usize>> = Vec::new();
        for &j in rivals {
            let m = self.missing_of(j);
            if !m.is_empty() && !out.iter().any(|p| p.as_slice() == m) {
                out.push(m.to_vec());
            }
        }
        out
    }

    /// `j` beats the team under every weighting that keeps the team complete.
    fn dominated_by(&self, j: usize) -> bool {
        !self.allowed.is_empty()
            && self.allowed.iter().all(|&c| {
                matches!(self.matrix.get(j, c), Some(v) if v > value(self.matrix, self.team, c) + TIE_EPSILON)
            })
    }

    /// One LP: minimise Σ|w − w₀| over the simplex (zero off `allowed`) such that the team is
    /// `margin` ahead of every rival in `beat` and every rival in `drop` is incomplete.
    /// Variables: w = w₀ + p − m on the allowed criteria, p, m ≥ 0.
    fn solve(&self, beat: &[usize], drop: &[usize], margin: f64) -> Result<Candidate, Vec<usize>> {
        // Constraint generation: start with the rivals not yet beaten, add any the solution
        // leaves ahead, repeat. Each round's region contains the full one, so an infeasible
        // round proves infeasibility and a solution meeting every row is optimal. Keeps the
        // tableau tiny when there are many rivals (teacher datasets).
        let lead = |j: usize, w: &[f64]| -> f64 {
            self.allowed
                .iter()
                .map(|&c| w[c] * (value(self.matrix, self.team, c) - value(self.matrix, j, c)))
                .sum()
        };
        let mut active: Vec<usize> =
            beat.iter().copied().filter(|&j| lead(j, &self.w0) < margin).collect();
        for _ in 0..=beat.len() {
            let Some(c) = self.solve_rows(&active, drop, margin) else {
                // The rows of this round are an infeasible core: a proof to shrink later.
                active.extend_from_slice(drop);
                return Err(active);
            };
            let violated: Vec<usize> = beat
                .iter()
                .copied()
                .filter(|j| !active.contains(j) && lead(*j, &c.shares) < margin - 1e-12)
                .collect();
            if violated.is_empty() {
                return Ok(Candidate { beat: beat.to_vec(), ..c });
            }
            active.extend(violated);
        }
        Err(beat.iter().chain(drop).copied().collect())
    }

    /// One LP over exactly these rows (see [`Target::solve`]).
    fn solve_rows(&self, beat: &[usize], drop: &[usize], margin: f64) -> Option<Candidate> {
        let ka = self.allowed.len();
        let w0a: Vec<f64> = self.allowed.iter().map(|&c| self.w0[c]).collect();
        let pm = |coef: &[f64]| -> Vec<f64> {
            coef.iter().copied().chain(coef.iter().map(|v| -v)).collect()
        };
        let mut rows = Vec::with_capacity(1 + ka + beat.len() + drop.len());
        rows.push(Constraint::new(
            pm(&vec![1.0; ka]),
            Relation::Equal,
            1.0 - w0a.iter().sum::<f64>(),
        ));
        for (i, &w) in w0a.iter().enumerate() {
            let mut e = vec![0.0; ka];
            e[i] = -1.0;
            rows.push(Constraint::new(pm(&e), Relation::LessEq, w));
        }
        for &j in beat {
            let d: Vec<f64> = self
                .allowed
                .iter()
                .map(|&c| value(self.matrix, self.team, c) - value(self.matrix, j, c))
                .collect();
            let now: f64 = d.iter().zip(&w0a).map(|(a, b)| a * b).sum();
            rows.push(Constraint::new(pm(&d), Relation::GreaterEq, margin - now));
        }
        for &j in drop {
            let mut e = vec![0.0; ka];
            let mut now = 0.0;
            for &i in self.missing_of(j) {
                e[i] = 1.0;
                now += w0a[i];
            }
            rows.push(Constraint::new(pm(&e), Relation::GreaterEq, DROP_SHARE - now));
        }
        let LpOutcome::Optimal { x, .. } = minimize(&vec![1.0; 2 * ka], &rows) else { return None };
        let mut shares = vec![0.0; self.w0.len()];
        for (i, &c) in self.allowed.iter().enumerate() {
            shares[c] = (w0a[i] + x[i] - x[ka + i]).max(0.0);
        }
        let total: f64 = shares.iter().sum();
        if total <= 0.0 || !total.is_finite() {
            return None;
        }
        shares.iter_mut().for_each(|v| *v /= total);
        let distance = shares.iter().zip(&self.w0).map(|(a, b)| (a - b).abs()).sum();
        Some(Candidate { distance, shares, beat: beat.to_vec(), drop: drop.to_vec() })
    }

    /// Best candidate keeping the team not behind every rival in `must`, branching on rivals
    /// with missing scores (beat them, or put weight where they lack a score). `lps` counts
    /// solved programs.
    fn best(&mut self, must: &[usize], lps: &mut usize) -> Option<Candidate> {
        let reduced = self.reduce(must);
        let must = &reduced[..];
        // Rivals lacking the same criteria drop out together (the same weight does it), so
        // branch on distinct missing patterns, not on rivals.
        let patterns = self.patterns(must);
        let q = patterns.len();
        let masks: Vec<u64> = if q <= MAX_DROP_BRANCHES {
            (0..1u64 << q).collect()
        } else {
            self.exact = false;
            vec![0, u64::MAX]
        };
        let mut best: Option<Candidate> = None;
        for mask in masks {
            let dropped = |j: usize| {
                let mj = self.missing_of(j);
                patterns
                    .iter()
                    .position(|p| p.as_slice() == mj)
                    .is_some_and(|i| (mask >> i.min(63)) & 1 == 1)
            };
            let beat: Vec<usize> = must.iter().copied().filter(|&j| !dropped(j)).collect();
            let drop: Vec<usize> = must.iter().copied().filter(|&j| dropped(j)).collect();
            *lps += 1;
            match self.solve(&beat, &drop, 0.0) {
                Ok(c) => {
                    if best.as_ref().is_none_or(|b| c.distance < b.distance - 1e-12) {
                        best = Some(c);
                    }
                }
                Err(core) => {
                    for j in core {
                        if !self.core.contains(&j) {
                            self.core.push(j);
                        }
                    }
                }
            }
        }
        best
    }

    /// Turns candidates (best first) into a verified answer: prefer a strict lead, check with
    /// [`rank_matrix`], fall back to the tie solution.
    fn finish(
        &mut self,
        mut candidates: Vec<Candidate>,
        reached: impl Fn(&Ranking) -> bool,
    ) -> Option<Reach> {
        candidates.sort_unstable_by(|a, b| a.distance.total_cmp(&b.distance));
        for c in candidates.iter().take(16) {
            let strict = self.solve(&c.beat, &c.drop, STRICT_MARGIN).ok();
            for option in strict.iter().chain(std::iter::once(c)) {
                if reached(&rank_shares(self.matrix, &option.shares)) {
                    return Some(Reach::Possible {
                        distance: option.distance,
                        shares: option.shares.clone(),
                    });
                }
            }
        }
        self.exact = false;
        candidates
            .first()
            .map(|c| Reach::Possible { distance: c.distance, shares: c.shares.clone() })
    }
}

/// For a team with no scores at all (incomplete under every weighting): the rivals that are
/// complete under every weighting and so always rank above it; all rivals if none is.
fn always_complete(matrix: &ScoreMatrix, rivals: &[usize]) -> Vec<usize> {
    let full: Vec<usize> = rivals
        .iter()
        .copied()
        .filter(|&j| (0..matrix.criteria).all(|c| matrix.get(j, c).is_some()))
        .collect();
    if full.is_empty() { rivals.to_vec() } else { full }
}

fn rank_of(ranking: &Ranking, team: usize) -> usize {
    ranking.row_of(team).and_then(|r| r.rank).unwrap_or(usize::MAX)
}

/// Calls `f` with every `r`-subset of `0..n` (as sorted indices), stopping when it returns
/// false.
fn for_each_combination(n: usize, r: usize, mut f: impl FnMut(&[usize]) -> bool) {
    if r > n {
        return;
    }
    let mut idx: Vec<usize> = (0..r).collect();
    loop {
        if !f(&idx) {
            return;
        }
        let Some(i) = (0..r).rev().find(|&i| idx[i] < n - r + i) else { return };
        idx[i] += 1;
        for j in i + 1..r {
            idx[j] = idx[j - 1] + 1;
        }
    }
}

fn binomial(n: usize, r: usize) -> f64 {
    (0..r.min(n)).fold(1.0, |acc, i| acc * (n - i) as f64 / (i + 1) as f64)
}

/// The smallest change of shares (L1 distance on the simplex) that makes `team` first and
/// that puts it within the top `cut`, or why no weighting can. See [`Reach`].
///
/// Method: "first" is one linear program per way of handling rivals with missing scores:
/// minimise Σ|w − w₀| subject to Σw = 1, w ≥ 0, w = 0 where the team lacks a score (else it
/// would be incomplete and rank last — a conservative choice, it never counts on every rival
/// being incomplete too), and for each rival either (s_team − s_rival)·w ≥ 0 with the rival's
/// missing scores as 0 (its partial score), or at least [`DROP_SHARE`] of weight on a criterion
/// it lacks (then it is incomplete and ranks below). The cut is the same with up to `cut − 1`
/// rivals allowed to stay above: one LP family per choice of those rivals (rivals that beat
/// the team under every weighting are always among them), capped by [`LP_BUDGET`].
///
/// With all weights zero the starting point is equal shares. An out-of-range `team` is
/// `Impossible` with no blockers; `cut == 0` makes the cut `Impossible` (there is no place).
///
/// # Examples
///
/// ```
/// use kai_engine::rank::{ScoreMatrix, Weights, rank_matrix};
/// use kai_engine::sensitivity::{Reach, what_it_takes};
///
/// // Team 1 is strong on criterion 1; at 70/30 team 0 leads.
/// let m = ScoreMatrix::from_rows(&[vec![Some(8.0), Some(2.0)], vec![Some(2.0), Some(8.0)]]);
/// let w = Weights::new(vec![70.0, 30.0]).unwrap();
/// let answer = what_it_takes(&m, &w, 1, 1);
/// let Reach::Possible { distance, shares } = answer.first else { panic!() };
/// assert!((distance - 0.4).abs() < 1e-6); // 20 points move from criterion 0 to 1
/// let again = rank_matrix(&m, &Weights::new(shares).unwrap());
/// assert_eq!(again.rows[0].team, 1);
/// ```
pub fn what_it_takes(
    matrix: &ScoreMatrix,
    weights: &Weights,
    team: usize,
    cut: usize,
) -> WhatItTakes {
    let n = matrix.teams();
    let k = matrix.criteria;
    if team >= n {
        let none = Reach::Impossible { blockers: Vec::new() };
        return WhatItTakes { team, first: none.clone(), cut: none, cut_size: cut, exact: true };
    }
    let w0 = shares_of(weights, k).unwrap_or_else(|| vec![1.0 / k.max(1) as f64; k]);
    let now = rank_shares(matrix, &w0);
    let mut target = Target::new(matrix, team, w0);
    // Rivals lacking a score on every criterion the team has are incomplete under every
    // weighting that keeps the team complete: never in the way, so left out of the LPs.
    let rivals: Vec<usize> = (0..n)
        .filter(|&j| {
            j != team
                && (target.allowed.is_empty() || target.missing_of(j).len() < target.allowed.len())
        })
        .collect();
    let first = first_place(&mut target, &now, &rivals);
    // A cut of one is first place; reuse it (and its sharper blockers).
    let cut_reach =
        if cut == 1 { first.clone() } else { cut_place(&mut target, &now, &rivals, cut) };
    WhatItTakes { team, first, cut: cut_reach, cut_size: cut, exact: target.exact }
}

fn first_place(target: &mut Target, now: &Ranking, rivals: &[usize]) -> Reach {
    let team = target.team;
    if rank_of(now, team) == 1 {
        return Reach::Already;
    }
    if target.allowed.is_empty() {
        return Reach::Impossible { blockers: always_complete(target.matrix, rivals) };
    }
    let dominators: Vec<usize> =
        rivals.iter().copied().filter(|&j| target.dominated_by(j)).collect();
    if !dominators.is_empty() {
        return Reach::Impossible { blockers: dominators };
    }
    let mut lps = 0;
    target.core.clear();
    match target.best(rivals, &mut lps) {
        Some(c) => target
            .finish(vec![c], |r| rank_of(r, team) == 1)
            .unwrap_or(Reach::Impossible { blockers: Vec::new() }),
        None => {
            // Find a small infeasible subset first: the cores the LPs met (or all rivals),
            // strongest (by current score) first, in prefixes of doubling length. By Helly's theorem an irreducible set has fewer
            // teams than there are criteria (all scores present), so this stays short.
            let strength = |j: usize| now.row_of(j).and_then(|r| r.score).unwrap_or(f64::NEG_INFINITY);
            let by_strength =
                |a: &usize, b: &usize| strength(*b).total_cmp(&strength(*a)).then(a.cmp(b));
            let mut core = std::mem::take(&mut target.core);
            core.sort_unstable_by(by_strength);
            let mut ordered =
                if target.best(&core, &mut lps).is_none() { core } else { target.reduce(rivals) };
            ordered.sort_unstable_by(by_strength);
            let mut len = 1;
            let mut set = loop {
                let prefix = &ordered[..len.min(ordered.len())];
                if len >= ordered.len() || target.best(prefix, &mut lps).is_none() {
                    break prefix.to_vec();
                }
                len *= 2;
            };
            // Deletion filter: drop rivals whose removal keeps it infeasible; what remains is
            // an irreducible set that cannot all be outscored at once.
            let mut i = 0;
            while i < set.len() {
                let mut trial = set.clone();
                trial.remove(i);
                if target.best(&trial, &mut lps).is_none() {
                    set = trial;
                } else {
                    i += 1;
                }
            }
            set.sort_unstable();
            Reach::Impossible { blockers: set }
        }
    }
}

fn cut_place(target: &mut Target, now: &Ranking, rivals: &[usize], cut: usize) -> Reach {
    let team = target.team;
    if cut == 0 {
        return Reach::Impossible { blockers: Vec::new() };
    }
    if rank_of(now, team) <= cut {
        return Reach::Already;
    }
    if target.allowed.is_empty() {
        return Reach::Impossible { blockers: always_complete(target.matrix, rivals) };
    }
    let dominators: Vec<usize> =
        rivals.iter().copied().filter(|&j| target.dominated_by(j)).collect();
    if dominators.len() >= cut {
        return Reach::Impossible { blockers: dominators };
    }
    let free: Vec<usize> = rivals.iter().copied().filter(|j| !dominators.contains(j)).collect();
    // Rivals left out as always incomplete can make fewer rivals than places.
    let above = (cut - 1 - dominators.len()).min(free.len());
    let droppable = target.patterns(&free).len();
    let per_choice = (1u64 << droppable.min(MAX_DROP_BRANCHES)) as f64;
    let reached = move |r: &Ranking| rank_of(r, team) <= cut;
    let mut lps = 0;
    let mut candidates = Vec::new();
    // LP cost grows with its rows; count programs in units of ten rivals.
    let size = (free.len() as f64 / 10.0).max(1.0);
    if binomial(free.len(), above) * per_choice * size <= LP_BUDGET as f64 {
        for_each_combination(free.len(), above, |chosen| {
            let must: Vec<usize> = free
                .iter()
                .enumerate()
                .filter(|(i, _)| !chosen.contains(i))
                .map(|(_, &j)| j)
                .collect();
            if let Some(c) = target.best(&must, &mut lps) {
                candidates.push(c);
            }
            true
        });
    } else {
        // Greedy: let the rivals that are costliest to beat one-on-one stay above.
        target.exact = false;
        let mut cost: Vec<(f64, usize)> = free
            .iter()
            .map(|&j| (target.best(&[j], &mut lps).map_or(f64::INFINITY, |c| c.distance), j))
            .collect();
        cost.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let must: Vec<usize> = cost.iter().skip(above).map(|&(_, j)| j).collect();
        if let Some(c) = target.best(&must, &mut lps) {
            candidates.push(c);
        }
    }
    if candidates.is_empty() {
        return Reach::Impossible { blockers: dominators };
    }
    target.finish(candidates, reached).unwrap_or(Reach::Impossible { blockers: dominators })
}

/// [`what_it_takes`] for every team, in team order (what the widget's "what would it take"
/// table shows).
pub fn what_it_takes_all(matrix: &ScoreMatrix, weights: &Weights, cut: usize) -> Vec<WhatItTakes> {
    (0..matrix.teams()).map(|t| what_it_takes(matrix, weights, t, cut)).collect()
}

// ---------------------------------------------------------------------------------------------
// 3. Rank acceptability (SMAA-2)
// ---------------------------------------------------------------------------------------------

/// SMAA-2 rank acceptability: how robust each team's place is when nothing is known about the
/// weights. Shares are drawn uniformly on the simplex (sorted-uniform spacings).
#[derive(Debug, Clone, PartialEq)]
pub struct Acceptability {
    /// Number of random weightings drawn.
    pub samples: usize,
    /// The seed, so a page can say which run it shows and tests can reproduce it.
    pub seed: u64,
    /// `rank_share[team][rank − 1]`: fraction of weightings in which the team has that rank.
    /// Ranks are *shared* ranks (1 + number of teams strictly ahead, ties within
    /// [`TIE_EPSILON`] share, complete before incomplete): a tie counts for each tied team, so
    /// a team's row sums to 1 but a column may sum to more than 1 when teams are identical.
    pub rank_share: Vec<Vec<f64>>,
    /// Per team, the mean shares over the weightings in which it is (shared) first — "the
    /// typical weighting that favours it" — or `None` if it never is.
    pub central_weights: Vec<Option<Vec<f64>>>,
    /// Monte-Carlo standard error: the largest `sqrt(p(1 − p)/samples)` over all cells, so
    /// the widget can round honestly. `f64::INFINITY` when `samples` is 0.
    pub std_error: f64,
}

/// Rank acceptability over `samples` uniformly random weightings, reproducible from `seed`.
///
/// Fast path: no allocation per sample and no call to [`rank_matrix`]; scores go into a reused
/// buffer and incomplete teams get a key offset that sorts them after every complete team.
/// Cost is O(samples × teams × (criteria + teams)) up to 24 teams, then
/// O(samples × teams log teams): 100,000 samples of 10 teams take about 10 ms natively; for
/// 200 teams use about 10,000 samples.
///
/// # Examples
///
/// ```
/// use kai_engine::rank::ScoreMatrix;
/// use kai_engine::sensitivity::acceptability;
///
/// let m = ScoreMatrix::from_rows(&[vec![Some(8.0), Some(2.0)], vec![Some(2.0), Some(8.0)]]);
/// let a = acceptability(&m, 10_000, 42);
/// // Mirror-image teams: each is first under about half of all weightings.
/// assert!((a.rank_share[0][0] - 0.5).abs() < 3.0 * a.std_error + 1e-3);
/// assert_eq!(a, acceptability(&m, 10_000, 42)); // same seed, same answer
/// ```
pub fn acceptability(matrix: &ScoreMatrix, samples: usize, seed: u64) -> Acceptability {
    let n = matrix.teams();
    let k = matrix.criteria;
    let mut run = SmaaRun::new(matrix);
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    if n > 0 && k > 0 {
        // Criterion counts known at compile time let the inner loops unroll (2–3× faster).
        match k {
            2 => run.sample::<2>(samples, &mut rng),
            3 => run.sample::<3>(samples, &mut rng),
            4 => run.sample::<4>(samples, &mut rng),
            5 => run.sample::<5>(samples, &mut rng),
            6 => run.sample::<6>(samples, &mut rng),
            7 => run.sample::<7>(samples, &mut rng),
            8 => run.sample::<8>(samples, &mut rng),
            _ => run.sample::<0>(samples, &mut rng),
        }
    }
    let SmaaRun { counts, first_sum, first_count, .. } = run;
    let denom = samples.max(1) as f64;
    let rank_share: Vec<Vec<f64>> = (0..n)
        .map(|t| counts[t * n..(t + 1) * n].iter().map(|&c| c as f64 / denom).collect())
        .collect();
    let central_weights = (0..n)
        .map(|t| {
            (first_count[t] > 0).then(|| {
                first_sum[t * k..(t + 1) * k].iter().map(|s| s / first_count[t] as f64).collect()
            })
        })
        .collect();
    let std_error = if samples == 0 {
        f64::INFINITY
    } else {
        rank_share.iter().flatten().map(|&p| (p * (1.0 - p) / denom).sqrt()).fold(0.0, f64::max)
    };
    Acceptability { samples, seed, rank_share, central_weights, std_error }
}

/// Buffers of one SMAA run, allocated once.
struct SmaaRun {
    n: usize,
    k: usize,
    /// Scores with missing as 0, row-major.
    vals: Vec<f64>,
    /// Per team, which criteria it lacks (row-major booleans) and whether it lacks any.
    missing: Vec<bool>,
    has_missing: Vec<bool>,
    /// Subtracted from an incomplete team's key: sorts it after every complete team.
    offset: f64,
    counts: Vec<u64>,
    first_sum: Vec<f64>,
    first_count: Vec<u64>,
    keys: Vec<f64>,
    /// Scratch for the sorted keys (large team counts).
    sorted: Vec<(f64, usize)>,
    ranks: Vec<usize>,
}

impl SmaaRun {
    fn new(matrix: &ScoreMatrix) -> SmaaRun {
        let (n, k) = (matrix.teams(), matrix.criteria);
        let cells = || (0..n).flat_map(move |t| (0..k).map(move |c| (t, c)));
        let vals: Vec<f64> = cells().map(|(t, c)| value(matrix, t, c)).collect();
        let missing: Vec<bool> = cells().map(|(t, c)| matrix.get(t, c).is_none()).collect();
        let has_missing = (0..n).map(|t| missing[t * k..(t + 1) * k].iter().any(|&m| m)).collect();
        let max_abs = vals.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        SmaaRun {
            n,
            k,
            vals,
            missing,
            has_missing,
            offset: 1.0 + 2.0 * max_abs,
            counts: vec![0; n * n],
            first_sum: vec![0.0; n * k],
            first_count: vec![0; n],
            keys: vec![0.0; n],
            sorted: vec![(0.0, 0); n],
            ranks: vec![0; n],
        }
    }

    /// Draws `samples` weightings; `K` is the criteria count, or 0 for "use `self.k`".
    fn sample<const K: usize>(&mut self, samples: usize, rng: &mut Xoshiro256PlusPlus) {
        let k = if K == 0 { self.k } else { K };
        let n = self.n;
        if k == 0 || self.vals.len() != n * k {
            return;
        }
        let (mut wbuf, mut cbuf) = (vec![0.0f64; k], vec![0.0f64; k]);
        // Slicing to `k` tells the optimiser the length (a constant when `K > 0`).
        let (w, cuts) = (&mut wbuf[..k], &mut cbuf[..k]);
        for _ in 0..samples {
            // Sorted uniforms on [0, 1); their spacings are uniform on the simplex.
            let u = &mut cuts[..k - 1];
            for x in u.iter_mut() {
                *x = (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64);
            }
            for i in 1..u.len() {
                let x = u[i];
                let mut j = i;
                while j > 0 && u[j - 1] > x {
                    u[j] = u[j - 1];
                    j -= 1;
                }
                u[j] = x;
            }
            let mut prev = 0.0;
            for (wc, &x) in w.iter_mut().zip(u.iter()) {
                *wc = x - prev;
                prev = x;
            }
            w[k - 1] = 1.0 - prev;
            for ((key, row), (miss, &has)) in self
                .keys
                .iter_mut()
                .zip(self.vals.chunks_exact(k))
                .zip(self.missing.chunks_exact(k).zip(&self.has_missing))
            {
                let mut s = 0.0;
                for (a, b) in w.iter().zip(row) {
                    s += a * b;
                }
                if has && miss.iter().zip(w.iter()).any(|(&m, &wc)| m && wc > 0.0) {
                    s -= self.offset;
                }
                *key = s;
            }
            shared_ranks(&self.keys, &mut self.sorted, &mut self.ranks);
            for (t, &r) in self.ranks.iter().enumerate() {
                self.counts[t * n + r] += 1;
                if r == 0 {
                    self.first_count[t] += 1;
                    for (acc, &wc) in self.first_sum[t * k..(t + 1) * k].iter_mut().zip(w.iter()) {
                        *acc += wc;
                    }
                }
            }
        }
    }
}

/// 0-based shared rank of every key (higher is better): the number of keys more than
/// [`TIE_EPSILON`] above it. Small inputs count pairs directly (branch-free, fast for the
/// 10-team case); large ones sort once.
fn shared_ranks(keys: &[f64], sorted: &mut [(f64, usize)], ranks: &mut [usize]) {
    if keys.len() <= 24 {
        for (t, r) in ranks.iter_mut().enumerate() {
            let bar = keys[t] + TIE_EPSILON;
            *r = keys.iter().map(|&x| (x > bar) as usize).sum();
        }
        return;
    }
    // Sort (key, team) pairs descending, then walk once: `ahead` is the first position whose
    // key is not strictly above the current one.
    for (slot, (t, &k)) in sorted.iter_mut().zip(keys.iter().enumerate()) {
        *slot = (k, t);
    }
    sorted.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
    let mut ahead = 0;
    for i in 0..sorted.len() {
        let (key, t) = sorted[i];
        while ahead < i && sorted[ahead].0 > key + TIE_EPSILON {
            ahead += 1;
        }
        if let Some(r) = ranks.get_mut(t) {
            *r = ahead;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(rows: &[&[Option<f64>]]) -> ScoreMatrix {
        ScoreMatrix::from_rows(&rows.iter().map(|r| r.to_vec()).collect::<Vec<_>>())
    }

    fn w(raw: &[f64]) -> Weights {
        Weights::new(raw.to_vec()).unwrap()
    }

    #[test]
    fn leader_range_is_the_crossing_point_of_two_lines() {
        // A: (8, 2), B: (2, 8). Equal weights: tie 5 vs 5, A leads by dataset order.
        // Along criterion 0 the rest is criterion 1: A = 2 + 6s, B = 8 − 6s, cross at s = 0.5.
        let mx = m(&[&[Some(8.0), Some(2.0)], &[Some(2.0), Some(8.0)]]);
        let iv = stability_intervals(&mx, &w(&[6.0, 4.0]), 1);
        assert_eq!(iv[0].leader, 0);
        let r = &iv[0].leader_range;
        assert!((r.lo.share - 0.5).abs() < 1e-8, "{r:?}");
        assert_eq!(r.lo.takeover, Some(1));
        assert_eq!(r.lo.displaced, Some(0));
        assert_eq!((r.hi.share, r.hi.takeover), (1.0, None));
        // Moving criterion 1 is the mirror image.
        let r = &iv[1].leader_range;
        assert!((r.hi.share - 0.5).abs() < 1e-8 && r.lo.share == 0.0);
    }

    #[test]
    fn missing_score_makes_zero_share_an_exclusive_edge() {
        // Team 1 lacks criterion 0 but is far ahead on criterion 1. With any share on
        // criterion 0 it is incomplete and ranks last; at exactly 0 % it leads.
        let mx = m(&[&[Some(5.0), Some(5.0)], &[None, Some(10.0)]]);
        let iv = stability_intervals(&mx, &w(&[1.0, 1.0]), 1);
        let r = &iv[0].leader_range;
        assert_eq!(iv[0].leader, 0);
        assert_eq!((r.lo.share, r.lo.inclusive, r.lo.takeover), (0.0, false, Some(1)));
        assert!(!r.contains(0.0) && r.contains(0.01) && r.contains(1.0));
    }

    #[test]
    fn all_zero_rest_weights_fall_back_to_equal_proportions() {
        let mx = m(&[&[Some(8.0), Some(2.0), Some(2.0)], &[Some(2.0), Some(8.0), Some(8.0)]]);
        let iv = stability_intervals(&mx, &w(&[1.0, 0.0, 0.0]), 1);
        assert!(iv[0].rest_fallback && !iv[1].rest_fallback);
        assert_eq!(iv[0].share, 1.0);
        // A = 2 + 6s, B = 8 − 6s → B takes over below s = 0.5.
        assert!((iv[0].leader_range.lo.share - 0.5).abs() < 1e-8);
        assert_eq!(shares_at(&w(&[1.0, 0.0, 0.0]), 3, 0, 0.5), vec![0.5, 0.25, 0.25]);
    }

    #[test]
    fn cut_range_names_who_enters_and_who_drops() {
        // Top 2 under criterion-0-heavy weights are teams 0 and 1; team 2 is strong on 1.
        let mx = m(&[&[Some(9.0), Some(1.0)], &[Some(7.0), Some(3.0)], &[Some(1.0), Some(9.0)]]);
        let iv = stability_intervals(&mx, &w(&[9.0, 1.0]), 2);
        assert_eq!(iv[0].top, vec![0, 1]);
        let r = &iv[0].cut_range;
        // Team 0 = 1 + 8s, team 2 = 9 − 8s → cross at 0.5, team 2 enters, team 0 drops.
        assert!((r.lo.share - 0.5).abs() < 1e-8, "{r:?}");
        assert_eq!((r.lo.takeover, r.lo.displaced), (Some(2), Some(0)));
    }

    #[test]
    fn degenerate_inputs_do_not_panic() {
        let empty = ScoreMatrix::from_rows(&[]);
        assert!(stability_intervals(&empty, &w(&[]), 5).is_empty());
        assert!(what_it_takes_all(&empty, &w(&[]), 5).is_empty());
        assert_eq!(acceptability(&empty, 100, 1).rank_share.len(), 0);
        let one = m(&[&[Some(3.0), Some(4.0)]]);
        let iv = stability_intervals(&one, &w(&[1.0, 1.0]), 5);
        assert_eq!(iv[0].leader_range, ShareRange::whole());
        let wit = what_it_takes(&one, &w(&[1.0, 1.0]), 0, 5);
        assert_eq!((wit.first, wit.cut), (Reach::Already, Reach::Already));
        assert_eq!(
            what_it_takes(&one, &w(&[1.0, 1.0]), 7, 1).first,
            Reach::Impossible { blockers: vec![] }
        );
        let single = m(&[&[Some(3.0)], &[Some(5.0)]]);
        assert_eq!(stability_intervals(&single, &w(&[2.0]), 1).len(), 1);
        assert!(stability_intervals(&single, &w(&[0.0]), 1).is_empty());
        let a = acceptability(&single, 0, 1);
        assert!(a.std_error.is_infinite() && a.central_weights.iter().all(Option::is_none));
    }

    #[test]
    fn dominated_team_names_its_blocker() {
        let mx = m(&[&[Some(9.0), Some(9.0)], &[Some(5.0), Some(5.0)], &[Some(1.0), Some(9.5)]]);
        let wit = what_it_takes(&mx, &w(&[1.0, 1.0]), 1, 2);
        assert_eq!(wit.first, Reach::Impossible { blockers: vec![0] });
        // Top 2: it can pass team 2 by weighting criterion 0.
        assert!(matches!(wit.cut, Reach::Possible { .. }), "{wit:?}");
    }

    #[test]
    fn jointly_blocked_team_names_an_irreducible_set() {
        // Team 2 (5, 5) is beaten by 0 when criterion 0 dominates and by 1 otherwise:
        // 0 = (9, 0), 1 = (0, 9): at w = (a, 1 − a), 0 scores 9a, 1 scores 9 − 9a, 2 scores 5;
        // it needs 9a ≤ 5 and 9 − 9a ≤ 5 → a ∈ [4/9, 5/9]: possible! Use (9, 2) and (2, 9).
        let mx = m(&[&[Some(9.0), Some(2.0)], &[Some(2.0), Some(9.0)], &[Some(5.0), Some(5.0)]]);
        let wit = what_it_takes(&mx, &w(&[1.0, 1.0]), 2, 1);
        assert_eq!(wit.first, Reach::Impossible { blockers: vec![0, 1] });
        // A cut of one is first place, with the same proof; a cut of two is reachable.
        assert_eq!(wit.cut, wit.first);
        assert!(matches!(what_it_takes(&mx, &w(&[1.0, 1.0]), 2, 2).cut, Reach::Possible { .. }));
    }

    #[test]
    fn possible_first_place_is_minimal_and_verified() {
        // Team 1 (2, 8) vs team 0 (8, 2): equal scores at 50/50. From 70/30 it needs 20 points
        // moved (distance 0.4) — a tie at exactly 50/50, a strict lead just past it.
        let mx = m(&[&[Some(8.0), Some(2.0)], &[Some(2.0), Some(8.0)]]);
        let wit = what_it_takes(&mx, &w(&[7.0, 3.0]), 1, 1);
        let Reach::Possible { distance, shares } = wit.first else { panic!("{wit:?}") };
        assert!((distance - 0.4).abs() < 1e-6, "{distance}");
        let r = rank_matrix(&mx, &Weights::new(shares).unwrap());
        assert_eq!(r.rows[0].team, 1, "strict lead is shown first");
        assert!(wit.exact);
    }

    #[test]
    fn rival_missing_a_score_can_be_dropped_by_weight() {
        // Team 1 (10 on c1 only) leads while criterion 0 has zero weight; a sliver on
        // criterion 0 makes it incomplete, so team 0 gets first at distance 2·DROP_SHARE.
        let mx = m(&[&[Some(1.0), Some(5.0)], &[None, Some(10.0)]]);
        let wit = what_it_takes(&mx, &w(&[0.0, 1.0]), 0, 1);
        let Reach::Possible { distance, shares } = wit.first else { panic!("{wit:?}") };
        assert!((distance - 2.0 * DROP_SHARE).abs() < 1e-9, "{distance}");
        assert_eq!(rank_matrix(&mx, &Weights::new(shares).unwrap()).rows[0].team, 0);
    }

    #[test]
    fn acceptability_is_reproducible_and_sums_to_one() {
        let mx = m(&[&[Some(8.0), Some(2.0)], &[Some(2.0), Some(8.0)], &[Some(1.0), Some(1.0)]]);
        let a = acceptability(&mx, 20_000, 7);
        assert_eq!(a, acceptability(&mx, 20_000, 7));
        for row in &a.rank_share {
            assert!((row.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        }
        // Symmetric pair: each first about half the time; the dominated team always last.
        assert!((a.rank_share[0][0] - 0.5).abs() < 0.02);
        assert_eq!(a.rank_share[2][2], 1.0);
        assert!(a.central_weights[2].is_none());
        let cw = a.central_weights[0].as_ref().unwrap();
        assert!(cw[0] > 0.7, "team 0 wins when criterion 0 weighs more: {cw:?}");
        assert!(a.std_error > 0.0 && a.std_error < 0.004);
    }

    #[test]
    fn acceptability_puts_incomplete_teams_last() {
        let mx = m(&[&[Some(1.0), Some(1.0)], &[None, Some(10.0)]]);
        let a = acceptability(&mx, 1000, 3);
        assert_eq!(a.rank_share[1], vec![0.0, 1.0]);
    }

    #[test]
    fn sorted_rank_path_matches_pair_counting() {
        let keys: Vec<f64> = (0..40).map(|i| ((i * 7) % 13) as f64).collect();
        let mut sorted = vec![(0.0, 0); 40];
        let mut ranks = vec![0; 40];
        shared_ranks(&keys, &mut sorted, &mut ranks);
        for t in 0..40 {
            assert_eq!(ranks[t], keys.iter().filter(|&&x| x > keys[t] + TIE_EPSILON).count());
        }
    }
}
