//! The ranking engine: weights in, ordered teams with contributions out.
//!
//! Pure Rust, no web dependencies; the widget, the CLI and the benches all call [`rank`].
//!
//! Rules (documented here because readers and tests rely on them):
//! - Weights are non-negative finite numbers, normalised to *shares* that sum to 1.
//!   All-zero weights are the explicit state [`Ranking::no_weights`], never a NaN.
//! - A team's score is Σ share × score; each term is its *contribution* (a bar segment).
//! - A team missing a score on a criterion with non-zero weight is *incomplete*: it is
//!   ranked after every complete team (among themselves by their partial score) and flagged.
//!   A criterion with zero weight ignores missing scores.
//! - Equal scores (within [`TIE_EPSILON`]) share a rank (1, 2, 2, 4); their order in the list
//!   is the dataset's team order.

use std::cmp::Ordering;

use thiserror::Error;

use crate::model::{CutLine, Dataset};

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

    /// Shares summing to 1, or `None` when every weight is zero.
    pub fn shares(&self) -> Option<Vec<f64>> {
        let total: f64 = self.0.iter().sum();
        if total > 0.0 { Some(self.0.iter().map(|w| w / total).collect()) } else { None }
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

/// One team's place in a [`Ranking`].
#[derive(Debug, Clone, PartialEq)]
pub struct RankedTeam {
    /// Index into `Dataset::teams`.
    pub team: usize,
    /// Shared competition rank, 1-based (1, 2, 2, 4).
    pub rank: usize,
    /// Weighted score 0–10 (partial for incomplete teams).
    pub score: f64,
    /// Share × score per criterion, in criterion order; sums to `score`. Missing → 0.
    pub contributions: Vec<f64>,
    /// Criteria with non-zero weight on which this team has no score.
    pub missing: Vec<usize>,
}

impl RankedTeam {
    /// Complete teams are compared fairly; incomplete ones are listed after them.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }
}

/// All teams in rank order under one weighting.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    /// Rows in display order (rank order, ties by dataset order).
    pub rows: Vec<RankedTeam>,
    /// The shares used, or `None` when all weights were zero (then every team is rank 1 with
    /// score 0, in dataset order, and the UI explains why).
    pub shares: Option<Vec<f64>>,
}

impl Ranking {
    /// True when all weights were zero, so the ranking carries no information.
    pub fn no_weights(&self) -> bool {
        self.shares.is_none()
    }

    /// Position (0-based, display order) of each team, indexed by team.
    pub fn positions(&self) -> Vec<usize> {
        let mut pos = vec![0; self.rows.len()];
        for (i, row) in self.rows.iter().enumerate() {
            pos[row.team] = i;
        }
        pos
    }

    /// The row of a team.
    pub fn row_of(&self, team: usize) -> Option<&RankedTeam> {
        self.rows.iter().find(|r| r.team == team)
    }
}

/// Ranks every team of a validated dataset. Convenience over [`rank_matrix`].
pub fn rank(dataset: &Dataset, weights: &Weights) -> Ranking {
    rank_matrix(&ScoreMatrix::new(dataset), weights)
}

/// Ranks the teams of a score matrix; the hot path of the slider.
pub fn rank_matrix(matrix: &ScoreMatrix, weights: &Weights) -> Ranking {
    let n = matrix.teams();
    let k = matrix.criteria;
    let shares = weights.shares();
    let zero = vec![0.0; k];
    let s = shares.as_deref().unwrap_or(&zero);
    let mut rows: Vec<RankedTeam> = (0..n)
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
            let score = contributions.iter().sum();
            RankedTeam { team, rank: 0, score, contributions, missing }
        })
        .collect();
    // A strict total order first (an epsilon comparison is not transitive, and `sort` may
    // panic on a comparator that is not a total order), then tie groups in dataset order.
    rows.sort_unstable_by(compare_rows);
    let mut start = 0;
    while start < rows.len() {
        let (complete, top) = (rows[start].is_complete(), rows[start].score);
        let end = start
            + rows[start..]
                .iter()
                .take_while(|r| r.is_complete() == complete && top - r.score <= TIE_EPSILON)
                .count();
        let group = &mut rows[start..end];
        group.sort_unstable_by_key(|r| r.team);
        group.iter_mut().for_each(|r| r.rank = start + 1);
        start = end;
    }
    Ranking { rows, shares }
}

/// Complete before incomplete, then higher score, then dataset order: a total order.
fn compare_rows(a: &RankedTeam, b: &RankedTeam) -> Ordering {
    b.is_complete()
        .cmp(&a.is_complete())
        .then(b.score.total_cmp(&a.score))
        .then(a.team.cmp(&b.team))
}

/// Who is above a cut under some weights, against who really got through.
#[derive(Debug, Clone, PartialEq)]
pub struct CutComparison {
    /// Number of places above the line.
    pub size: usize,
    /// Teams above the line under these weights (display order).
    pub above: Vec<usize>,
    /// Above the line here but not in reality (`None` if the real outcome is unknown).
    pub would_get_in: Option<Vec<usize>>,
    /// In reality through, but below the line here.
    pub would_drop_out: Option<Vec<usize>>,
    /// The last place above and the first below share a rank: the line cuts a tie.
    pub tie_at_line: bool,
}

/// Compares a ranking with a cut line of the dataset.
pub fn compare_cut(dataset: &Dataset, ranking: &Ranking, cut: &CutLine) -> CutComparison {
    let size = cut.size.min(ranking.rows.len());
    let above: Vec<usize> = ranking.rows[..size].iter().map(|r| r.team).collect();
    let tie_at_line = size > 0
        && size < ranking.rows.len()
        && ranking.rows[size - 1].rank == ranking.rows[size].rank;
    let actual: Option<Vec<usize>> =
        cut.actual.as_ref().map(|ids| ids.iter().filter_map(|id| dataset.team_index(id)).collect());
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
    CutComparison { size: cut.size, above, would_get_in, would_drop_out, tie_at_line }
}

/// Rank change of every team from `reference` to `current`, indexed by team: positive means it
/// moved up (e.g. +2 = two places better).
pub fn rank_changes(reference: &Ranking, current: &Ranking) -> Vec<i64> {
    let before = reference.positions();
    let after = current.positions();
    before.iter().zip(&after).map(|(&b, &a)| b as i64 - a as i64).collect()
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
    let n = current.rows.len();
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

    #[test]
    fn ties_share_a_rank_and_keep_dataset_order() {
        let mx = m(&[
            &[Some(5.0), Some(5.0)],
            &[Some(8.0), Some(2.0)],
            &[Some(2.0), Some(8.0)],
            &[Some(1.0), Some(1.0)],
        ]);
        let r = rank_matrix(&mx, &Weights::equal(2));
        let order: Vec<_> = r.rows.iter().map(|r| (r.team, r.rank)).collect();
        assert_eq!(order, vec![(0, 1), (1, 1), (2, 1), (3, 4)]);
    }

    #[test]
    fn near_ties_chain_from_the_group_top_in_dataset_order() {
        // 5, 5 + 0.6e-9, 5 + 1.2e-9: pairwise "equal" but not transitively; 200 such rows
        // must neither panic the sort nor make the order depend on the sort algorithm.
        let rows: Vec<Vec<Option<f64>>> =
            (0..200).map(|i| vec![Some(5.0 + (i % 3) as f64 * 0.6e-9)]).collect();
        let r = rank_matrix(&ScoreMatrix::from_rows(&rows), &Weights::equal(1));
        let first: Vec<_> = r.rows.iter().take(3).map(|r| (r.team, r.rank)).collect();
        // The top group (5 + 1.2e-9) takes in 5 + 0.6e-9, not 5: 133 teams share rank 1.
        assert_eq!(first, vec![(1, 1), (2, 1), (4, 1)]);
        assert!(r.rows.iter().all(|row| row.rank == 1 || row.rank == 134));
    }

    #[test]
    fn missing_score_with_weight_ranks_last_and_is_flagged() {
        let mx = m(&[&[None, Some(10.0)], &[Some(1.0), Some(1.0)]]);
        let r = rank_matrix(&mx, &Weights::new(vec![1.0, 1.0]).unwrap());
        assert_eq!(r.rows[0].team, 1);
        assert_eq!(r.rows[1].missing, vec![0]);
        // Zero weight on the missing criterion: the team competes normally.
        let r = rank_matrix(&mx, &Weights::new(vec![0.0, 1.0]).unwrap());
        assert_eq!(r.rows[0].team, 0);
        assert!(r.rows[0].is_complete());
    }

    #[test]
    fn all_zero_weights_is_an_explicit_state() {
        let mx = m(&[&[Some(1.0), Some(2.0)], &[Some(3.0), Some(4.0)]]);
        let r = rank_matrix(&mx, &Weights::new(vec![0.0, 0.0]).unwrap());
        assert!(r.no_weights());
        assert!(r.rows.iter().all(|row| row.rank == 1 && row.score == 0.0));
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
        let line =
            CutLine { size: 2, actual: Some(vec!["a".into(), "c".into()]), ..Default::default() };
        let cut = compare_cut(&d, &now, &line);
        // Above the line now: A, B. Really selected: A, C. So B enters and C drops out.
        assert_eq!(
            movements(&now, None, &cut),
            vec![Movement::Same, Movement::Enters, Movement::DropsOut, Movement::Same]
        );
        // Unknown real outcome: nothing to say.
        let unknown = compare_cut(&d, &now, &CutLine { size: 2, ..Default::default() });
        assert_eq!(movements(&now, None, &unknown), vec![Movement::Same; 4]);
        // All-zero weights: no order, no movement, even against a known outcome.
        let none = rank_matrix(&mx, &Weights::new(vec![0.0]).unwrap());
        let cut = compare_cut(&d, &none, &line);
        assert_eq!(movements(&none, None, &cut), vec![Movement::Same; 4]);
    }

    #[test]
    fn matrices_with_the_same_missing_scores_are_equal() {
        let a = m(&[&[Some(1.0), None]]);
        assert_eq!(a, a.clone());
        assert_ne!(a, m(&[&[Some(1.0), Some(0.0)]]));
    }
}
