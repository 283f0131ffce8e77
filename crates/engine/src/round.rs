//! Rounds of the programme as the engine sees them: who is ranked in a round, under which
//! requirements, and whether any weighting at all can move its cut line.
//!
//! Why a module of its own: the widget's round picker, the CLI's `--round` and the static copy
//! must agree on the scope of a round (its participants), its line (its planned size) and the
//! real outcome; and a reader deserves to be told when the line cannot move, instead of being
//! shown a slider story that never changes. Pure Rust, no web dependencies.

use std::collections::BTreeMap;

use crate::model::{Dataset, Round, SCORE_MAX, SCORE_MIN};
use crate::rank::{Gates, ScoreMatrix, TIE_EPSILON};
use crate::text::Lang;

/// Indices (dataset order) of a round's participants; unknown ids are skipped (validation
/// reports them). `None` round: every team.
pub fn scope(dataset: &Dataset, round: Option<&Round>) -> Vec<usize> {
    match round {
        Some(r) => (0..dataset.teams.len())
            .filter(|&t| r.participants.iter().any(|id| *id == dataset.teams[t].id))
            .collect(),
        None => (0..dataset.teams.len()).collect(),
    }
}

/// Gates from a `criterion id → minimum` map (a preset's `gates`); unknown ids are ignored
/// (validation reports them), minimums are clamped to the score scale.
pub fn gates_from_map(dataset: &Dataset, map: &BTreeMap<String, f64>) -> Gates {
    Gates::new(
        dataset
            .criteria
            .iter()
            .map(|c| {
                map.get(&c.id).filter(|v| v.is_finite()).map(|v| v.clamp(SCORE_MIN, SCORE_MAX))
            })
            .collect(),
    )
}

/// Whether some weighting can change who is above a round's line.
#[derive(Debug, Clone, PartialEq)]
pub enum CutMobility {
    /// Some weighting puts another set of teams above the line.
    Movable,
    /// Under every weighting the same teams are above the line.
    Fixed {
        /// The teams always above the line (dataset order).
        above: Vec<usize>,
        /// Teams below that never have a rank under any weighting that needs their missing
        /// scores, so they can never climb over the line.
        never_rankable: Vec<usize>,
        /// Teams out by a gate under every weighting.
        gated: Vec<usize>,
        /// Teams below the line that are ranked somewhere but score lower than every team
        /// above on every criterion they could be compared on.
        outscored: Vec<usize>,
    },
}

/// Decides exactly, over every weighting of the weight simplex, whether the set of `size` teams
/// above the line can change among `scope` under `gates`.
///
/// How: a weighting's positive criteria form a face of the simplex; on one face the rankable
/// teams are fixed (a team is rankable when it has every score the face needs), and a score
/// difference is linear in the shares, so team A stays at or above team B on the whole face iff
/// it does at each of the face's vertices (one criterion weighing everything). The line is
/// fixed iff every face gives the same top set and, on every face, each team above beats each
/// rankable team below at every vertex. `2^k − 1` faces, k ≤ 8: at most 255 faces.
pub fn cut_mobility(
    matrix: &ScoreMatrix,
    scope: &[usize],
    gates: &Gates,
    size: usize,
) -> CutMobility {
    let k = matrix.criteria;
    let passing: Vec<usize> =
        scope.iter().copied().filter(|&t| gates.failed(matrix, t).is_empty()).collect();
    let gated: Vec<usize> = scope.iter().copied().filter(|t| !passing.contains(t)).collect();
    let mut fixed_set: Option<Vec<usize>> = None;
    let mut ever_rankable = vec![false; matrix.teams()];
    for face in 1u32..(1u32 << k) {
        let crit: Vec<usize> = (0..k).filter(|c| face & (1 << c) != 0).collect();
        // The places go by score among every team with a score on this face, gated ones
        // included (a gated team's place is lost, not passed on: see `rank::compare_cut`).
        let scored: Vec<usize> = scope
            .iter()
            .copied()
            .filter(|&t| crit.iter().all(|&c| matrix.get(t, c).is_some()))
            .collect();
        for &t in scored.iter().filter(|t| passing.contains(t)) {
            ever_rankable[t] = true;
        }
        // The top set at the face's centre (equal shares on its criteria).
        let centre = |t: usize| crit.iter().filter_map(|&c| matrix.get(t, c)).sum::<f64>();
        let mut order = scored.clone();
        order.sort_by(|&a, &b| centre(b).total_cmp(&centre(a)).then(a.cmp(&b)));
        let n = size.min(order.len());
        let mut above = order[..n].to_vec();
        above.sort_unstable();
        // Every team above must beat every team below at every vertex of the face.
        let below = &order[n..];
        let dominates = above.iter().all(|&a| {
            below.iter().all(|&b| {
                crit.iter().all(|&c| match (matrix.get(a, c), matrix.get(b, c)) {
                    (Some(x), Some(y)) => x - y > TIE_EPSILON,
                    _ => false,
                })
            })
        });
        if !dominates {
            return CutMobility::Movable;
        }
        let kept: Vec<usize> = above.into_iter().filter(|t| passing.contains(t)).collect();
        match &fixed_set {
            None => fixed_set = Some(kept),
            Some(set) if *set != kept => return CutMobility::Movable,
            Some(_) => {}
        }
    }
    let above = fixed_set.unwrap_or_default();
    let below: Vec<usize> = passing.iter().copied().filter(|t| !above.contains(t)).collect();
    let (never_rankable, outscored) = below.iter().partition(|&&t| !ever_rankable[t]);
    CutMobility::Fixed { above, never_rankable, gated, outscored }
}

/// Why a `gates` text (`sovereignty=5,global=3`) cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum GatesError {
    /// A part is not `criterion=minimum`.
    Syntax {
        /// The part.
        part: String,
    },
    /// No criterion has this id.
    UnknownCriterion {
        /// The id.
        id: String,
    },
    /// The minimum is not a number from 0 to 10.
    BadMinimum {
        /// The criterion id.
        id: String,
        /// The text given.
        value: String,
    },
}

impl GatesError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let ko = lang == Lang::Ko;
        let (lo, hi) = (SCORE_MIN, SCORE_MAX);
        // Parts come from a link or host page: quoted plain and short (crate::text::echo).
        let echo = crate::text::echo;
        match self {
            GatesError::Syntax { part } if ko => {
                format!("‘{}’은(는) ‘기준=최소 점수’ 꼴이 아닙니다 (예: sovereignty=5)", echo(part))
            }
            GatesError::Syntax { part } => {
                format!("‘{}’ is not ‘criterion=minimum’ (e.g. sovereignty=5)", echo(part))
            }
            GatesError::UnknownCriterion { id } if ko => {
                format!("‘{}’라는 기준이 없습니다", echo(id))
            }
            GatesError::UnknownCriterion { id } => format!("there is no criterion ‘{}’", echo(id)),
            GatesError::BadMinimum { id, value } if ko => {
                format!(
                    "{}의 최소 점수 ‘{}’은(는) {lo}–{hi} 사이의 수가 아닙니다",
                    echo(id),
                    echo(value)
                )
            }
            GatesError::BadMinimum { id, value } => {
                format!(
                    "the minimum ‘{}’ for {} is not a number from {lo} to {hi}",
                    echo(value),
                    echo(id)
                )
            }
        }
    }
}

/// Reads requirements written `criterion=minimum,…` (URL `gates=`, `--gate`, the `gates`
/// attribute): minimums in criterion order, `None` for criteria not named. Empty text: none.
pub fn parse_gates(dataset: &Dataset, text: &str) -> Result<Vec<Option<f64>>, GatesError> {
    let mut gates = vec![None; dataset.criteria.len()];
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((id, value)) = part.split_once('=') else {
            return Err(GatesError::Syntax { part: part.to_string() });
        };
        let (id, value) = (id.trim(), value.trim());
        let Some(c) = dataset.criterion_index(id) else {
            return Err(GatesError::UnknownCriterion { id: id.to_string() });
        };
        match value.parse::<f64>() {
            Ok(v) if (SCORE_MIN..=SCORE_MAX).contains(&v) => gates[c] = Some(v),
            _ => {
                return Err(GatesError::BadMinimum {
                    id: id.to_string(),
                    value: value.to_string(),
                });
            }
        }
    }
    Ok(gates)
}

/// The `criterion=minimum,…` text of some minimums (the inverse of [`parse_gates`]), for URLs.
pub fn gates_text(dataset: &Dataset, gates: &[Option<f64>]) -> String {
    dataset
        .criteria
        .iter()
        .zip(gates)
        .filter_map(|(c, g)| g.map(|v| format!("{}={v}", c.id)))
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(rows: &[&[Option<f64>]]) -> ScoreMatrix {
        ScoreMatrix::from_rows(&rows.iter().map(|r| r.to_vec()).collect::<Vec<_>>())
    }

    fn two_criteria() -> Dataset {
        let mut d = Dataset::default();
        for id in ["performance", "sovereignty"] {
            d.criteria.push(crate::model::Criterion { id: id.into(), ..Default::default() });
        }
        d
    }

    #[test]
    fn gates_read_and_write_criterion_equals_minimum() {
        let d = two_criteria();
        assert_eq!(parse_gates(&d, "sovereignty=5"), Ok(vec![None, Some(5.0)]));
        assert_eq!(parse_gates(&d, " "), Ok(vec![None, None]));
        assert_eq!(gates_text(&d, &[None, Some(5.0)]), "sovereignty=5");
        let e = parse_gates(&d, "sovereignty=11").unwrap_err();
        assert_eq!(
            e.message(Lang::En),
            "the minimum ‘11’ for sovereignty is not a number from 0 to 10"
        );
        assert_eq!(
            e.message(Lang::Ko),
            "sovereignty의 최소 점수 ‘11’은(는) 0–10 사이의 수가 아닙니다"
        );
        let e = parse_gates(&d, "looks=3").unwrap_err();
        assert_eq!(e.message(Lang::En), "there is no criterion ‘looks’");
        assert_eq!(parse_gates(&d, "5").unwrap_err(), GatesError::Syntax { part: "5".into() });
    }

    #[test]
    fn a_line_that_some_weighting_moves_is_movable() {
        // Team 2 wins on criterion 1 alone: with all weight there it enters the top two.
        let mx = m(&[&[Some(9.0), Some(5.0)], &[Some(8.0), Some(4.0)], &[Some(1.0), Some(9.5)]]);
        assert_eq!(cut_mobility(&mx, &[0, 1, 2], &Gates::none(2), 2), CutMobility::Movable);
    }

    #[test]
    fn teams_without_scores_can_never_cross_the_line() {
        // Teams 2 and 3 miss a score on both criteria: no weighting ranks them.
        let mx = m(&[
            &[Some(9.0), Some(5.0)],
            &[Some(4.0), Some(8.0)],
            &[None, None],
            &[None, Some(9.9)],
        ]);
        // Team 3 is rankable when criterion 0 weighs nothing, and then beats both: movable.
        assert_eq!(cut_mobility(&mx, &[0, 1, 2, 3], &Gates::none(2), 2), CutMobility::Movable);
        // Without team 3 the two complete teams are always the top two.
        assert_eq!(
            cut_mobility(&mx, &[0, 1, 2], &Gates::none(2), 2),
            CutMobility::Fixed {
                above: vec![0, 1],
                never_rankable: vec![2],
                gated: vec![],
                outscored: vec![]
            }
        );
    }

    #[test]
    fn a_gate_takes_a_team_out_of_the_contest() {
        // Team 0 (9, 2) fails the requirement (criterion 1 at least 5). With the weight on
        // criterion 0 it would take the one place by score, and lose it: nobody is kept then,
        // so the line moves with the weights.
        let mx = m(&[&[Some(9.0), Some(2.0)], &[Some(5.0), Some(6.0)], &[Some(4.0), Some(5.0)]]);
        let gate = Gates::new(vec![None, Some(5.0)]);
        assert_eq!(cut_mobility(&mx, &[0, 1, 2], &gate, 1), CutMobility::Movable);
        // A gated team that never wins a place leaves the line fixed.
        let mx = m(&[&[Some(3.0), Some(2.0)], &[Some(5.0), Some(6.0)], &[Some(4.0), Some(5.0)]]);
        assert_eq!(
            cut_mobility(&mx, &[0, 1, 2], &gate, 1),
            CutMobility::Fixed {
                above: vec![1],
                never_rankable: vec![],
                gated: vec![0],
                outscored: vec![2]
            }
        );
    }
}
