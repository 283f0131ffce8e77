//! Stability intervals: for each criterion, the exact range of its share (the other criteria
//! keeping their proportions) in which the leader and the set above the cut line stay the
//! same, and who takes over beyond each edge. The widget shades these ranges on the sliders.
//!
//! Exact, not sampled: along the path every score is a line in the share, so edges are line
//! crossings. Must not depend on the LP solver ([`crate::lp`]), on random sampling or on the
//! other sensitivity submodules; only on [`crate::rank`] and the shared helpers in
//! [`super`].

use super::{rank_shares, rest_direction, shares_of, value};
use crate::rank::{ScoreMatrix, TIE_EPSILON, Weights};

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
///
/// [`shares_at`]: super::shares_at
/// [`rank_matrix`]: crate::rank::rank_matrix
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
    /// them (see [`shares_at`](super::shares_at)); the widget may word this as "if you add
    /// other criteria".
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

#[cfg(test)]
mod tests {
    use super::super::shares_at;
    use super::super::test_support::{m, w};
    use super::*;

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
        let one = m(&[&[Some(3.0), Some(4.0)]]);
        let iv = stability_intervals(&one, &w(&[1.0, 1.0]), 5);
        assert_eq!(iv[0].leader_range, ShareRange::whole());
        let single = m(&[&[Some(3.0)], &[Some(5.0)]]);
        assert_eq!(stability_intervals(&single, &w(&[2.0]), 1).len(), 1);
        assert!(stability_intervals(&single, &w(&[0.0]), 1).is_empty());
    }
}
