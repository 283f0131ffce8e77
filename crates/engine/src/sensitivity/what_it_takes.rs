//! "What would it take": for one team, the smallest change of the weight shares (L1 distance
//! on the simplex) that makes it first or puts it above the cut line, or a proof (the rivals
//! that block it) that no weighting can. The widget's "what would it take" table shows it.
//!
//! Solved as small linear programs with [`crate::lp`]; rivals with missing scores are branched
//! on (beat them, or put weight where they lack a score). Must not depend on random sampling,
//! a clock or the other sensitivity submodules; only on [`crate::rank`], [`crate::lp`] and the
//! shared helpers in [`super`].

use super::{rank_shares, shares_of, value};
use crate::lp::{Constraint, LpOutcome, Relation, minimize};
use crate::rank::{Ranking, ScoreMatrix, TIE_EPSILON, Weights};

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
        /// The new shares (sum 1, criterion order); passed to
        /// [`rank_matrix`](crate::rank::rank_matrix) they really put the team there.
        shares: Vec<f64>,
    },
    /// No weighting gets it there.
    Impossible {
        /// The proof, as teams, in team order. For "first": every rival that scores higher
        /// on every criterion this team has a score on (each alone is a proof); if there is
        /// none, an irreducible set of rivals that cannot all be outscored at once (by Helly's
        /// theorem fewer than there are criteria when every rival has all scores). For the
        /// cut: the rivals that beat it under every weighting; when there are fewer than `cut`
        /// of them the impossibility is joint, established by solving every case (with
        /// `exact == false` it means "not found").
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
                let own = value(self.matrix, self.team, c);
                matches!(self.matrix.get(j, c), Some(v) if v > own + TIE_EPSILON)
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
    /// [`rank_matrix`](crate::rank::rank_matrix), fall back to the tie solution.
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
            // strongest (by current score) first, in prefixes of doubling length. By Helly's
            // theorem an irreducible set has fewer teams than there are criteria (all scores
            // present), so this stays short.
            let strength =
                |j: usize| now.row_of(j).and_then(|r| r.score).unwrap_or(f64::NEG_INFINITY);
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

#[cfg(test)]
mod tests {
    use super::super::test_support::{m, w};
    use super::*;
    use crate::rank::rank_matrix;

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
    fn degenerate_inputs_do_not_panic() {
        let empty = ScoreMatrix::from_rows(&[]);
        assert!(what_it_takes_all(&empty, &w(&[]), 5).is_empty());
        let one = m(&[&[Some(3.0), Some(4.0)]]);
        let wit = what_it_takes(&one, &w(&[1.0, 1.0]), 0, 5);
        assert_eq!((wit.first, wit.cut), (Reach::Already, Reach::Already));
        assert_eq!(
            what_it_takes(&one, &w(&[1.0, 1.0]), 7, 1).first,
            Reach::Impossible { blockers: vec![] }
        );
    }
}
