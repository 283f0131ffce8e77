//! The ranking engine: weights in, ordered teams with contributions out.
//!
//! Pure Rust, no web dependencies; the widget, the CLI and the benches all call [`rank`].
//!
//! Rules (documented here because readers and tests rely on them):
//! - Weights are non-negative finite numbers, normalised to *shares* that sum to 1.
//!   All-zero weights are the explicit state [`Ranking::no_weights`], never a NaN.
//! - A team's score is Σ share × score; each term is its *contribution* (a bar segment).
//! - A team missing a score on a criterion with non-zero weight is *not rankable* with these
//!   weights: it gets no score and no rank (never 0, never a partial sum) and is listed apart,
//!   after the ranked teams, in dataset order. A criterion with zero weight ignores missing
//!   scores.
//! - A *gate* ([`Gates`]) is a requirement, not a weight: a team whose known score on a gated
//!   criterion is below its minimum is out whatever its weighted score. It keeps its score
//!   (so the reader sees what it would have had) but gets no rank, and is listed after the
//!   ranked teams (by score). A gate never changes the order of the teams that pass it.
//! - Only the teams in scope are ranked ([`rank_in`]: a round's participants).
//! - Equal scores (within [`TIE_EPSILON`]) share a rank (1, 2, 2, 4); their order in the list
//!   is the dataset's team order.
//! - Weights are scaled by the largest first, so even `1e308` weights normalise without
//!   overflow; all-zero weights give no ranks and no scores.

use std::cmp::Ordering;

use thiserror::Error;

use crate::model::Dataset;

/// Scores closer than this count as equal, so float noise never breaks a real tie.
pub const TIE_EPSILON: f64 = 1e-9;

/// Why a set of weights cannot be used.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum WeightsError {
    /// A weight is negative, NaN or infinite.
    #[error("weight {index} is {value}: weights must be finite numbers ≥ 0")]
    Invalid {
        /// Position (criterion order).
        index: usize,
        /// The offending value.
        value: f64,
    },
    /// The number of weights differs from the number of criteria.
    #[error("{given} weights given for {expected} criteria")]
    WrongCount {
        /// Criteria in the dataset.
        expected: usize,
        /// Weights given.
        given: usize,
    },
}

/// The reader's weights, one per criterion in dataset order, as entered (e.g. 40, 30, 20, 10).
#[derive(Debug, Clone, PartialEq)]
pub struct Weights(Vec<f64>);

impl Weights {
    /// Checks that every weight is finite and ≥ 0.
    pub fn new(raw: Vec<f64>) -> Result<Weights, WeightsError> {
        if let Some((index, &value)) =
            raw.iter().enumerate().find(|(_, w)| !w.is_finite() || **w < 0.0)
        {
            return Err(WeightsError::Invalid { index, value });
        }
        Ok(Weights(raw))
    }

    /// Equal weights for `n` criteria.
    pub fn equal(n: usize) -> Weights {
        Weights(vec![1.0; n])
    }

    /// The raw weights.
    pub fn raw(&self) -> &[f64] {
        &self.0
    }

    /// Number of criteria.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there are no criteria.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Shares summing to 1, or `None` when every weight is zero. Scaled by the largest weight
    /// first, so huge weights (`1e308`) cannot overflow the sum into infinity.
    pub fn shares(&self) -> Option<Vec<f64>> {
        let max = self.0.iter().copied().fold(0.0_f64, f64::max);
        if !(max > 0.0 && max.is_finite()) {
            return None;
        }
        let scaled: Vec<f64> = self.0.iter().map(|w| w / max).collect();
        let total: f64 = scaled.iter().sum();
        Some(scaled.iter().map(|w| w / total).collect())
    }
}

/// A dense copy of the scores, built once per dataset, so re-ranking does no map lookups.
#[derive(Debug, Clone)]
pub struct ScoreMatrix {
    /// Number of criteria (row length).
    pub criteria: usize,
    /// Row-major team × criterion values; `NaN` marks a missing score.
    values: Vec<f64>,
}

impl ScoreMatrix {
    /// Copies the scores of a validated dataset.
    pub fn new(dataset: &Dataset) -> ScoreMatrix {
        let criteria = dataset.criteria.len();
        let values = (0..dataset.teams.len())
            .flat_map(|t| dataset.score_row(t))
            .map(|v| v.unwrap_or(f64::NAN))
            .collect();
        ScoreMatrix { criteria, values }
    }

    /// Builds a matrix directly (tests, benches, what-if scores).
    pub fn from_rows(rows: &[Vec<Option<f64>>]) -> ScoreMatrix {
        let criteria = rows.first().map_or(0, Vec::len);
        let values = rows.iter().flatten().map(|v| v.unwrap_or(f64::NAN)).collect();
        ScoreMatrix { criteria, values }
    }

    /// Number of teams.
    pub fn teams(&self) -> usize {
        self.values.len().checked_div(self.criteria).unwrap_or(0)
    }

    /// Score of `team` on `criterion`, `None` when missing.
    pub fn get(&self, team: usize, criterion: usize) -> Option<f64> {
        let v = self.values[team * self.criteria + criterion];
        if v.is_nan() { None } else { Some(v) }
    }

    /// The rows of `teams` only, in that order: a round's participants, or the teams complete
    /// on every criterion for the views that need every score (rank acceptability). Indices
    /// of the result are positions in `teams`.
    pub fn subset(&self, teams: &[usize]) -> ScoreMatrix {
        let values = teams
            .iter()
            .filter(|&&t| t < self.teams())
            .flat_map(|&t| self.values[t * self.criteria..(t + 1) * self.criteria].iter().copied())
            .collect();
        ScoreMatrix { criteria: self.criteria, values }
    }

    /// True when the team has a score on every criterion.
    pub fn is_complete(&self, team: usize) -> bool {
        (0..self.criteria).all(|c| self.get(team, c).is_some())
    }

    /// Overrides one score (the teacher's "what-if").
    pub fn set(&mut self, team: usize, criterion: usize, value: Option<f64>) {
        self.values[team * self.criteria + criterion] = value.unwrap_or(f64::NAN);
    }
}

/// Equal when every score is equal, a missing score matching a missing one (the `NaN` marker
/// is never equal to itself, which a derived `PartialEq` would get wrong).
impl PartialEq for ScoreMatrix {
    fn eq(&self, other: &Self) -> bool {
        self.criteria == other.criteria
            && self.values.len() == other.values.len()
            && self
                .values
                .iter()
                .zip(&other.values)
                .all(|(a, b)| a == b || (a.is_nan() && b.is_nan()))
    }
}

/// Requirements: a minimum score per criterion (`None` = no requirement), in criterion order.
///
/// Why apart from [`Weights`]: Naver Cloud was cut at stage one for failing the independence
/// requirement although it was in the top four on score. No weighting reproduces that; a gate
/// does.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gates(Vec<Option<f64>>);

impl Gates {
    /// No requirement on any of `n` criteria.
    pub fn none(n: usize) -> Gates {
        Gates(vec![None; n])
    }

    /// Minimums in criterion order (values are clamped to the score scale by the callers that
    /// parse them).
    pub fn new(minimums: Vec<Option<f64>>) -> Gates {
        Gates(minimums)
    }

    /// The minimum of each criterion.
    pub fn minimums(&self) -> &[Option<f64>] {
        &self.0
    }

    /// True when no criterion has a requirement.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    /// The criteria on which a team's known score is below the minimum.
    pub fn failed(&self, matrix: &ScoreMatrix, team: usize) -> Vec<usize> {
        self.0
            .iter()
            .enumerate()
            .filter_map(|(c, min)| {
                let min = (*min)?;
                let v = matrix.get(team, c)?;
                (v < min - TIE_EPSILON).then_some(c)
            })
            .collect()
    }
}

/// One team's place in a [`Ranking`].
#[derive(Debug, Clone, PartialEq)]
pub struct RankedTeam {
    /// Index into `Dataset::teams`.
    pub team: usize,
    /// Shared competition rank, 1-based (1, 2, 2, 4); `None` for a team that is not rankable
    /// with these weights (missing scores), out by a gate, or when all weights are zero.
    pub rank: Option<usize>,
    /// Weighted score 0–10; `None` when a needed score is missing or all weights are zero.
    pub score: Option<f64>,
    /// Share × score per criterion, in criterion order; sums to `score`. Missing → 0 (drawn as
    /// a hatched gap, never summed into a score).
    pub contributions: Vec<f64>,
    /// Criteria with non-zero weight on which this team has no score.
    pub missing: Vec<usize>,
    /// Gated criteria on which this team's score is below the minimum.
    pub below_gates: Vec<usize>,
}

impl RankedTeam {
    /// Every criterion the weights need has a score.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }

    /// The team has a rank (complete, passes every gate, weights not all zero).
    pub fn is_ranked(&self) -> bool {
        self.rank.is_some()
    }

    /// The team is out because of a requirement, whatever its score.
    pub fn is_gated(&self) -> bool {
        !self.below_gates.is_empty()
    }
}

/// All teams in rank order under one weighting.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    /// Rows in display order (rank order, ties by dataset order).
    pub rows: Vec<RankedTeam>,
    /// The shares used, or `None` when all weights were zero (then no team has a rank or a
    /// score, rows are in dataset order, and the UI explains why).
    pub shares: Option<Vec<f64>>,
}

impl Ranking {
    /// True when all weights were zero, so the ranking carries no information.
    pub fn no_weights(&self) -> bool {
        self.shares.is_none()
    }

    /// Position (0-based, display order) of each team, indexed by team.
    pub fn positions(&self) -> Vec<usize> {
        // Indexed by team: a scoped ranking (a round's participants) may skip teams, which get
        // `usize::MAX` ("not listed").
        let n = self.rows.iter().map(|r| r.team + 1).max().unwrap_or(0);
        let mut pos = vec![usize::MAX; n];
        for (i, row) in self.rows.iter().enumerate() {
            pos[row.team] = i;
        }
        pos
    }

    /// The row of a team.
    pub fn row_of(&self, team: usize) -> Option<&RankedTeam> {
        self.rows.iter().find(|r| r.team == team)
    }

    /// The ranked rows (they come first, in rank order).
    pub fn ranked(&self) -> &[RankedTeam] {
        let n = self.rows.iter().take_while(|r| r.is_ranked()).count();
        &self.rows[..n]
    }

    /// Rows listed apart: out by a gate, then not rankable with these weights.
    pub fn unranked(&self) -> &[RankedTeam] {
        &self.rows[self.ranked().len()..]
    }
}

/// Ranks every team of a validated dataset. Convenience over [`rank_matrix`].
pub fn rank(dataset: &Dataset, weights: &Weights) -> Ranking {
    rank_matrix(&ScoreMatrix::new(dataset), weights)
}

/// Ranks every team of a score matrix with no gate; the hot path of the slider.
pub fn rank_matrix(matrix: &ScoreMatrix, weights: &Weights) -> Ranking {
    let all: Vec<usize> = (0..matrix.teams()).collect();
    rank_in(matrix, weights, &all, &Gates::none(matrix.criteria))
}

/// Ranks the teams in `scope` (indices into the matrix, e.g. a round's participants) under
/// `weights` and `gates`. Teams outside the scope do not appear in the result.
pub fn rank_in(matrix: &ScoreMatrix, weights: &Weights, scope: &[usize], gates: &Gates) -> Ranking {
    let k = matrix.criteria;
    let shares = weights.shares();
    let zero = vec![0.0; k];
    let s = shares.as_deref().unwrap_or(&zero);
    let mut rows: Vec<RankedTeam> = scope
        .iter()
        .copied()
        .filter(|&t| t < matrix.teams())
        .map(|team| {
            let mut contributions = Vec::with_capacity(k);
            let mut missing = Vec::new();
            for (c, &share) in s.iter().enumerate().take(k) {
                match matrix.get(team, c) {
                    Some(v) => contributions.push(share * v),
                    None => {
                        if share > 0.0 {
                            missing.push(c);
                        }
                        contributions.push(0.0);
                    }
                }
            }
            let score =
                (shares.is_some() && missing.is_empty()).then(|| contributions.iter().sum::<f64>());
            let below_gates = gates.failed(matrix, team);
            RankedTeam { team, rank: None, score, contributions, missing, below_gates }
        })
        .collect();
    // A strict total order first (an epsilon comparison is not transitive, and `sort` may
    // panic on a comparator that is not a total order), then tie groups in dataset order.
    rows.sort_unstable_by(compare_rows);
    let mut start = 0;
    while start < rows.len() {
        let Some(top) = rows[start].score.filter(|_| rows[start].below_gates.is_empty()) else {
            break;
        };
        let end = start
            + rows[start..]
                .iter()
                .take_while(|r| {
                    r.below_gates.is_empty() && r.score.is_some_and(|v| top - v <= TIE_EPSILON)
                })
                .count();
        let group = &mut rows[start..end];
        group.sort_unstable_by_key(|r| r.team);
        group.iter_mut().for_each(|r| r.rank = Some(start + 1));
        start = end;
    }
    Ranking { rows, shares }
}

/// Where a row is listed: ranked teams, then gated ones, then the unrankable.
fn group(r: &RankedTeam) -> u8 {
    match (r.score.is_some(), r.below_gates.is_empty()) {
        (true, true) => 0,
        (true, false) => 1,
        (false, _) => 2,
    }
}

/// Ranked, then gated, then unrankable; within a group higher score first, then dataset
/// order: a total order.
fn compare_rows(a: &RankedTeam, b: &RankedTeam) -> Ordering {
    group(a)
        .cmp(&group(b))
        .then(b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)))
        .then(a.team.cmp(&b.team))
}

/// Who is above a cut under some weights, against who really got through.
#[derive(Debug, Clone, PartialEq)]
pub struct CutComparison {
    /// Number of places planned above the line.
    pub size: usize,
    /// Teams kept under these weights and gates (display order): the `size` best by score,
    /// less any of them that fail a gate.
    pub above: Vec<usize>,
    /// Teams among the `size` best by score that a gate puts out (their place is lost, not
    /// passed on: so it went at stage one, when Naver Cloud was cut in the top four).
    pub gated_above: Vec<usize>,
    /// Above the line here but not in reality (`None` if the real outcome is unknown).
    pub would_get_in: Option<Vec<usize>>,
    /// In reality through, but below the line here.
    pub would_drop_out: Option<Vec<usize>>,
    /// The last place above and the first below share a rank: the line cuts a tie.
    pub tie_at_line: bool,
}

/// Compares a ranking with a cut of `size` places and, when known, the real outcome (team
/// ids kept).
///
/// The places go by score among the teams that have one (gated teams included); a team that
/// fails a gate loses its place and nobody takes it over — how stage one went (the plan was to
/// keep four; Naver Cloud was in the top four on score, failed the independence requirement,
/// and three were kept). Without gates this is simply the top `size` ranked teams.
pub fn compare_cut(
    dataset: &Dataset,
    ranking: &Ranking,
    size: usize,
    actual: Option<&[String]>,
) -> CutComparison {
    // Ranked and gated rows by score (rows are grouped; merge the two groups by score).
    let mut scored: Vec<&RankedTeam> = ranking.rows.iter().filter(|r| r.score.is_some()).collect();
    scored.sort_by(|a, b| {
        b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)).then(a.team.cmp(&b.team))
    });
    let best: Vec<usize> = scored.iter().take(size).map(|r| r.team).collect();
    let above: Vec<usize> =
        ranking.ranked().iter().map(|r| r.team).filter(|t| best.contains(t)).collect();
    let gated_above: Vec<usize> =
        scored.iter().take(size).filter(|r| r.is_gated()).map(|r| r.team).collect();
    let ranked = ranking.ranked();
    let n = above.len();
    let tie_at_line = n > 0 && n < ranked.len() && ranked[n - 1].rank == ranked[n].rank;
    let actual: Option<Vec<usize>> =
        actual.map(|ids| ids.iter().filter_map(|id| dataset.team_index(id)).collect());
    let would_get_in =
        actual.as_ref().map(|real| above.iter().copied().filter(|t| !real.contains(t)).collect());
    let would_drop_out = actual.as_ref().map(|real| {
        ranking
            .rows
            .iter()
            .map(|r| r.team)
            .filter(|t| real.contains(t) && !above.contains(t))
            .collect()
    });
    CutComparison { size, above, gated_above, would_get_in, would_drop_out, tie_at_line }
}

/// Rank change of every team from `reference` to `current`, indexed by team: positive means it
/// moved up (e.g. +2 = two places better).
pub fn rank_changes(reference: &Ranking, current: &Ranking) -> Vec<i64> {
    let before = reference.positions();
    let after = current.positions();
    (0..before.len().max(after.len()))
        .map(|t| match (before.get(t), after.get(t)) {
            (Some(&b), Some(&a)) if b != usize::MAX && a != usize::MAX => b as i64 - a as i64,
            _ => 0,
        })
        .collect()
}

/// How one team moved against what the reader compares with: the ▲▼ column of the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movement {
    /// Places gained (positive) or lost (negative) against a reference ranking.
    Places(i64),
    /// Above the line now, not selected in reality.
    Enters,
    /// Selected in reality, below the line now.
    DropsOut,
    /// No change to show: same place, same side of the line, or no order at all.
    Same,
}

/// The movement of every team, indexed by team: places against `reference` when there is one,
/// otherwise in / out against the real selection of `cut` (from [`compare_cut`]; teams on the
/// same side as in reality, or every team when the real outcome is unknown, are
/// [`Movement::Same`]). All-zero weights give no order, so nothing moved.
pub fn movements(
    current: &Ranking,
    reference: Option<&Ranking>,
    cut: &CutComparison,
) -> Vec<Movement> {
    let n = current.positions().len();
    if current.no_weights() {
        return vec![Movement::Same; n];
    }
    if let Some(reference) = reference {
        return rank_changes(reference, current).into_iter().map(Movement::Places).collect();
    }
    let listed =
        |list: &Option<Vec<usize>>, t: usize| list.as_ref().is_some_and(|l| l.contains(&t));
    (0..n)
        .map(|t| {
            if listed(&cut.would_get_in, t) {
                Movement::Enters
            } else if listed(&cut.would_drop_out, t) {
                Movement::DropsOut
            } else {
                Movement::Same
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(rows: &[&[Option<f64>]]) -> ScoreMatrix {
        ScoreMatrix::from_rows(&rows.iter().map(|r| r.to_vec()).collect::<Vec<_>>())
    }

    fn order(r: &Ranking) -> Vec<(usize, Option<usize>)> {
        r.rows.iter().map(|r| (r.team, r.rank)).collect()
    }

    #[test]
    fn ties_share_a_rank_and_keep_dataset_order() {
        let mx = m(&[
            &[Some(5.0), Some(5.0)],
            &[Some(8.0), Some(2.0)],
            &[Some(2.0), Some(8.0)],
            &[Some(1.0), Some(1.0)],
        ]);
        let r = rank_matrix(&mx, &Weights::equal(2));
        assert_eq!(order(&r), vec![(0, Some(1)), (1, Some(1)), (2, Some(1)), (3, Some(4))]);
    }

    #[test]
    fn near_ties_chain_from_the_group_top_in_dataset_order() {
        // 5, 5 + 0.6e-9, 5 + 1.2e-9: pairwise "equal" but not transitively; 200 such rows
        // must neither panic the sort nor make the order depend on the sort algorithm.
        let rows: Vec<Vec<Option<f64>>> =
            (0..200).map(|i| vec![Some(5.0 + (i % 3) as f64 * 0.6e-9)]).collect();
        let r = rank_matrix(&ScoreMatrix::from_rows(&rows), &Weights::equal(1));
        let first: Vec<_> = order(&r).into_iter().take(3).collect();
        // The top group (5 + 1.2e-9) takes in 5 + 0.6e-9, not 5: 133 teams share rank 1.
        assert_eq!(first, vec![(1, Some(1)), (2, Some(1)), (4, Some(1))]);
        assert!(r.rows.iter().all(|row| row.rank == Some(1) || row.rank == Some(134)));
    }

    #[test]
    fn a_missing_score_the_weights_need_gives_no_rank_and_no_score() {
        // Team 0 has 10 on criterion 1 but nothing on criterion 0.
        let mx = m(&[&[None, Some(10.0)], &[Some(1.0), Some(1.0)]]);
        let r = rank_matrix(&mx, &Weights::new(vec![1.0, 1.0]).unwrap());
        assert_eq!(order(&r), vec![(1, Some(1)), (0, None)]);
        assert_eq!(r.rows[1].score, None, "never a partial sum");
        assert_eq!(r.rows[1].missing, vec![0]);
        assert_eq!(r.ranked().len(), 1);
        // Zero weight on the missing criterion: the team competes normally (10 beats 1).
        let r = rank_matrix(&mx, &Weights::new(vec![0.0, 1.0]).unwrap());
        assert_eq!(order(&r), vec![(0, Some(1)), (1, Some(2))]);
        assert_eq!(r.rows[0].score, Some(10.0));
    }

    #[test]
    fn all_zero_weights_give_no_rank_and_no_score() {
        let mx = m(&[&[Some(1.0), Some(2.0)], &[Some(3.0), Some(4.0)]]);
        let r = rank_matrix(&mx, &Weights::new(vec![0.0, 0.0]).unwrap());
        assert!(r.no_weights());
        assert!(r.rows.iter().all(|row| row.rank.is_none() && row.score.is_none()));
        assert_eq!(order(&r), vec![(0, None), (1, None)], "dataset order");
    }

    #[test]
    fn huge_weights_normalise_without_overflow() {
        // 1e308 × 4 overflows a plain sum to infinity (shares 0, every team tied at 0).
        let mx = m(&[&[Some(2.0), Some(9.0)], &[Some(8.0), Some(2.0)]]);
        let w = Weights::new(vec![1e308, 1e308]).unwrap();
        assert_eq!(w.shares(), Some(vec![0.5, 0.5]));
        let r = rank_matrix(&mx, &w);
        assert_eq!(order(&r), vec![(0, Some(1)), (1, Some(2))]);
        assert_eq!(r.rows[0].score, Some(5.5));
        let w = Weights::new(vec![f64::MAX, 1.0]).unwrap();
        assert!(w.shares().unwrap().iter().all(|s| s.is_finite()));
    }

    #[test]
    fn a_gate_puts_a_team_apart_whatever_its_score() {
        // Team 0 leads on score (6.0) but has 2 on criterion 1, below the minimum 5.
        let mx = m(&[&[Some(10.0), Some(2.0)], &[Some(5.0), Some(6.0)], &[Some(4.0), Some(5.0)]]);
        let gates = Gates::new(vec![None, Some(5.0)]);
        let r = rank_in(&mx, &Weights::equal(2), &[0, 1, 2], &gates);
        assert_eq!(order(&r), vec![(1, Some(1)), (2, Some(2)), (0, None)]);
        assert_eq!(r.rows[2].below_gates, vec![1]);
        assert_eq!(r.rows[2].score, Some(6.0), "the gated team keeps its score");
        // A minimum it meets exactly is passed.
        let gates = Gates::new(vec![None, Some(2.0)]);
        let r = rank_in(&mx, &Weights::equal(2), &[0, 1, 2], &gates);
        assert_eq!(r.rows[0].team, 0);
    }

    #[test]
    fn a_gated_team_loses_its_place_above_the_line_and_nobody_takes_it() {
        // Stage one by hand: five teams, four places by score, team 1 (second on score) fails
        // the requirement on criterion 1 → three kept, the fifth (team 4) stays out.
        let mx = m(&[
            &[Some(9.0), Some(7.0)],
            &[Some(8.5), Some(4.0)],
            &[Some(8.0), Some(9.0)],
            &[Some(7.0), Some(7.0)],
            &[Some(6.0), Some(8.0)],
        ]);
        let w = Weights::new(vec![1.0, 0.0]).unwrap();
        let gates = Gates::new(vec![None, Some(5.0)]);
        let r = rank_in(&mx, &w, &[0, 1, 2, 3, 4], &gates);
        assert_eq!(
            order(&r),
            vec![(0, Some(1)), (2, Some(2)), (3, Some(3)), (4, Some(4)), (1, None)]
        );
        let mut d = Dataset::default();
        for id in ["a", "b", "c", "d", "e"] {
            d.teams.push(crate::model::Team { id: id.into(), ..Default::default() });
        }
        let actual: Vec<String> = ["a", "c", "d"].iter().map(|s| s.to_string()).collect();
        let c = compare_cut(&d, &r, 4, Some(&actual));
        assert_eq!(c.above, vec![0, 2, 3]);
        assert_eq!(c.gated_above, vec![1]);
        assert_eq!(c.would_get_in, Some(vec![]));
        assert_eq!(c.would_drop_out, Some(vec![]));
    }

    #[test]
    fn only_the_teams_in_scope_are_ranked() {
        let mx = m(&[&[Some(9.0)], &[Some(5.0)], &[Some(7.0)]]);
        let r = rank_in(&mx, &Weights::equal(1), &[1, 2], &Gates::none(1));
        assert_eq!(order(&r), vec![(2, Some(1)), (1, Some(2))]);
    }

    #[test]
    fn rejects_negative_and_nan_weights() {
        assert_eq!(
            Weights::new(vec![1.0, -2.0]).unwrap_err().to_string(),
            "weight 1 is -2: weights must be finite numbers ≥ 0"
        );
        assert!(Weights::new(vec![f64::NAN]).is_err());
    }

    /// Four teams A–D scored on one criterion 9, 7, 5, 3; the line holds two places and in
    /// reality A and C were selected.
    fn four() -> (Dataset, ScoreMatrix) {
        let teams = ["a", "b", "c", "d"]
            .iter()
            .map(|id| crate::model::Team { id: id.to_string(), ..Default::default() })
            .collect();
        (
            Dataset { teams, ..Default::default() },
            m(&[&[Some(9.0)], &[Some(7.0)], &[Some(5.0)], &[Some(3.0)]]),
        )
    }

    #[test]
    fn movements_against_a_reference_count_places() {
        let (_, mx) = four();
        let now = rank_matrix(&mx, &Weights::equal(1));
        // Reference: the reverse order D, C, B, A.
        let reverse = m(&[&[Some(3.0)], &[Some(5.0)], &[Some(7.0)], &[Some(9.0)]]);
        let before = rank_matrix(&reverse, &Weights::equal(1));
        let cut = CutComparison {
            size: 2,
            above: vec![0, 1],
            gated_above: vec![],
            would_get_in: None,
            would_drop_out: None,
            tie_at_line: false,
        };
        // A: 4th → 1st (+3), B: 3rd → 2nd (+1), C: 2nd → 3rd (−1), D: 1st → 4th (−3).
        assert_eq!(
            movements(&now, Some(&before), &cut),
            vec![
                Movement::Places(3),
                Movement::Places(1),
                Movement::Places(-1),
                Movement::Places(-3)
            ]
        );
    }

    #[test]
    fn movements_against_the_real_selection_say_in_and_out() {
        let (d, mx) = four();
        let now = rank_matrix(&mx, &Weights::equal(1));
        let actual: Vec<String> = vec!["a".into(), "c".into()];
        let cut = compare_cut(&d, &now, 2, Some(&actual));
        // Above the line now: A, B. Really selected: A, C. So B enters and C drops out.
        assert_eq!(
            movements(&now, None, &cut),
            vec![Movement::Same, Movement::Enters, Movement::DropsOut, Movement::Same]
        );
        // Unknown real outcome: nothing to say.
        let unknown = compare_cut(&d, &now, 2, None);
        assert_eq!(movements(&now, None, &unknown), vec![Movement::Same; 4]);
        // All-zero weights: no order, no movement, even against a known outcome.
        let none = rank_matrix(&mx, &Weights::new(vec![0.0]).unwrap());
        let cut = compare_cut(&d, &none, 2, Some(&actual));
        assert_eq!(movements(&none, None, &cut), vec![Movement::Same; 4]);
    }

    #[test]
    fn matrices_with_the_same_missing_scores_are_equal() {
        let a = m(&[&[Some(1.0), None]]);
        assert_eq!(a, a.clone());
        assert_ne!(a, m(&[&[Some(1.0), Some(0.0)]]));
    }
}
