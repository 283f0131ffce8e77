//! A column of raw numbers in any unit → the 0–10 scale the engine ranks on.
//!
//! Why choices and not one formula: how a column is put on 0–10 changes the ranking (min–max
//! lets one outlier squash everyone else; rank keeps the order and forgets the distances), and
//! a class should see that. Rules, pinned by tests:
//! - [`Scaling::Raw`]: the values are already 0–10 and used as they are (10 − x when lower is
//!   better); a value outside 0–10 is an error naming its cell.
//! - [`Scaling::MinMax`]: (x − min) / (max − min) × 10, so the best is 10 and the worst 0;
//!   (max − x) / (max − min) × 10 when lower is better. A column whose values are all equal
//!   (or has one value) gives every item **5**: nobody is better, and 5 is the middle, so the
//!   column moves no one (0 would also move no one but reads as "worst").
//! - [`Scaling::Rank`]: the worst gets 0, the best 10, evenly spaced in between by rank;
//!   tied values share the average of their ranks (three values 1, 2, 2 → 0, 7.5, 7.5), so
//!   ties stay ties. One value, or all equal: 5, as for min–max.
//! - A missing value stays missing and is left out of min, max and ranks.

use serde::{Deserialize, Serialize};

use crate::model::{SCORE_MAX, SCORE_MIN};

/// Which end of a criterion is good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Direction {
    /// More is better (a score, a rating).
    #[default]
    #[serde(rename = "higher")]
    HigherIsBetter,
    /// Less is better (a price, a commute, emissions).
    #[serde(rename = "lower")]
    LowerIsBetter,
}

/// How raw values are put on 0–10 (see the module rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Scaling {
    /// Already 0–10: used as is.
    #[serde(rename = "raw")]
    Raw,
    /// Worst 0, best 10, linear in between.
    #[default]
    #[serde(rename = "min-max")]
    MinMax,
    /// Worst 0, best 10, by rank (ties share the average rank).
    #[serde(rename = "rank")]
    Rank,
}

impl Scaling {
    /// The dataset's JSON word for it (`raw`, `min-max`, `rank`), also the value of the
    /// settings' `<select>` and of `data-scaling` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Scaling::Raw => "raw",
            Scaling::MinMax => "min-max",
            Scaling::Rank => "rank",
        }
    }
}

/// A criterion's raw values: their unit, which end is good and how they become 0–10. Kept in
/// a classroom dataset so the reader sees raw units and can switch the scaling.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CriterionScale {
    /// The unit of the raw values as the teacher writes it ("만 명", "km²", "%"); may be empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// Which end is good.
    pub direction: Direction,
    /// How the values become 0–10.
    pub scaling: Scaling,
}

/// The column on 0–10 by `scaling` and `direction`, missing values kept missing; `Err` with
/// the positions of the values that cannot be scaled: outside 0–10 for [`Scaling::Raw`], not
/// finite for any scaling.
///
/// # Examples
/// ```
/// use kai_engine::classroom::{Direction, Scaling, scale};
/// let prices = [Some(2.0), None, Some(4.0), Some(3.0)];
/// let s = scale(&prices, Direction::LowerIsBetter, Scaling::MinMax).unwrap();
/// assert_eq!(s, [Some(10.0), None, Some(0.0), Some(5.0)]);
/// assert_eq!(scale(&[Some(11.0)], Direction::HigherIsBetter, Scaling::Raw), Err(vec![0]));
/// ```
pub fn scale(
    values: &[Option<f64>],
    direction: Direction,
    scaling: Scaling,
) -> Result<Vec<Option<f64>>, Vec<usize>> {
    let bad: Vec<usize> = values
        .iter()
        .enumerate()
        .filter(|(_, v)| match v {
            Some(x) if !x.is_finite() => true,
            Some(x) => scaling == Scaling::Raw && !(SCORE_MIN..=SCORE_MAX).contains(x),
            None => false,
        })
        .map(|(i, _)| i)
        .collect();
    if !bad.is_empty() {
        return Err(bad);
    }
    let lower = direction == Direction::LowerIsBetter;
    let present = || values.iter().flatten().copied();
    Ok(match scaling {
        Scaling::Raw => {
            values.iter().map(|v| v.map(|x| if lower { 10.0 - x } else { x })).collect()
        }
        Scaling::MinMax => {
            let min = present().fold(f64::INFINITY, f64::min);
            let max = present().fold(f64::NEG_INFINITY, f64::max);
            let span = max - min;
            values
                .iter()
                .map(|v| {
                    v.map(|x| {
                        if span <= 0.0 || !span.is_finite() {
                            5.0
                        } else if lower {
                            (max - x) / span * 10.0
                        } else {
                            (x - min) / span * 10.0
                        }
                    })
                })
                .collect()
        }
        Scaling::Rank => {
            // Positions of the present values, worst first.
            let mut order: Vec<(usize, f64)> =
                values.iter().enumerate().filter_map(|(i, v)| v.map(|x| (i, x))).collect();
            order.sort_by(|a, b| if lower { b.1.total_cmp(&a.1) } else { a.1.total_cmp(&b.1) });
            let n = order.len();
            let mut out = vec![None; values.len()];
            let mut start = 0;
            while start < n {
                let end =
                    start + order[start..].iter().take_while(|p| p.1 == order[start].1).count();
                // Average of the 0-based ranks start..end.
                let rank = (start + end - 1) as f64 / 2.0;
                let score = if n == 1 { 5.0 } else { rank / (n - 1) as f64 * 10.0 };
                for &(i, _) in &order[start..end] {
                    out[i] = Some(score);
                }
                start = end;
            }
            out
        }
    })
}

/// A starting scaling for a column a teacher just pasted: [`Scaling::Raw`] when every value is
/// already within 0–10 (a rating out of ten reads best as itself), else [`Scaling::MinMax`].
/// Higher is better until the teacher says otherwise; the unit is left for them to write.
pub fn suggest(values: &[Option<f64>]) -> CriterionScale {
    let fits = values.iter().flatten().all(|x| (SCORE_MIN..=SCORE_MAX).contains(x));
    let scaling =
        if fits && values.iter().any(Option::is_some) { Scaling::Raw } else { Scaling::MinMax };
    CriterionScale { scaling, ..Default::default() }
}

/// The unit a header names at its end in brackets: `인구(만 명)` → `만 명`, `Area [km²]` →
/// `km²`; `None` without one, or when the brackets hold more than 20 characters (a remark,
/// not a unit).
pub fn unit_in(header: &str) -> Option<&str> {
    let h = header.trim_end();
    let (open, close) = match h.chars().last()? {
        ')' => ('(', ')'),
        ']' => ('[', ']'),
        '）' => ('（', '）'),
        _ => return None,
    };
    let inner = &h[h.rfind(open)? + open.len_utf8()..h.len() - close.len_utf8()];
    let inner = inner.trim();
    (!inner.is_empty() && inner.chars().count() <= 20).then_some(inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Direction::*;
    use Scaling::*;

    #[test]
    fn min_max_by_hand() {
        // min 10, max 50, span 40: 10 → 0, 20 → 10/40·10 = 2.5, 50 → 10.
        let v = [Some(10.0), Some(20.0), None, Some(50.0)];
        assert_eq!(
            scale(&v, HigherIsBetter, MinMax),
            Ok(vec![Some(0.0), Some(2.5), None, Some(10.0)])
        );
        assert_eq!(
            scale(&v, LowerIsBetter, MinMax),
            Ok(vec![Some(10.0), Some(7.5), None, Some(0.0)])
        );
        // All equal, or one value: 5.
        assert_eq!(scale(&[Some(3.0), Some(3.0)], HigherIsBetter, MinMax), Ok(vec![Some(5.0); 2]));
        assert_eq!(scale(&[None, Some(-7.0)], LowerIsBetter, MinMax), Ok(vec![None, Some(5.0)]));
        assert_eq!(scale(&[None, None], HigherIsBetter, MinMax), Ok(vec![None, None]));
    }

    #[test]
    fn rank_by_hand() {
        // Sorted: -1 (rank 0), 2 and 2 (ranks 1 and 2 → 1.5), 9 (rank 3); n − 1 = 3.
        // Scores 0, 1.5/3·10 = 5, 5, 10.
        let v = [Some(2.0), Some(9.0), Some(-1.0), Some(2.0), None];
        assert_eq!(
            scale(&v, HigherIsBetter, Rank),
            Ok(vec![Some(5.0), Some(10.0), Some(0.0), Some(5.0), None])
        );
        assert_eq!(
            scale(&v, LowerIsBetter, Rank),
            Ok(vec![Some(5.0), Some(0.0), Some(10.0), Some(5.0), None])
        );
        // 1, 2, 2: ranks 0, 1.5, 1.5 of 2 → 0, 7.5, 7.5.
        let v = [Some(1.0), Some(2.0), Some(2.0)];
        assert_eq!(scale(&v, HigherIsBetter, Rank), Ok(vec![Some(0.0), Some(7.5), Some(7.5)]));
        assert_eq!(scale(&[Some(4.0)], HigherIsBetter, Rank), Ok(vec![Some(5.0)]));
        assert_eq!(scale(&[Some(4.0); 3], LowerIsBetter, Rank), Ok(vec![Some(5.0); 3]));
    }

    #[test]
    fn raw_is_checked_and_reversed() {
        let v = [Some(0.0), Some(2.5), Some(10.0)];
        assert_eq!(scale(&v, HigherIsBetter, Raw), Ok(v.to_vec()));
        assert_eq!(scale(&v, LowerIsBetter, Raw), Ok(vec![Some(10.0), Some(7.5), Some(0.0)]));
        assert_eq!(
            scale(&[Some(-0.1), Some(5.0), Some(10.5)], HigherIsBetter, Raw),
            Err(vec![0, 2])
        );
        assert_eq!(scale(&[Some(f64::NAN)], HigherIsBetter, MinMax), Err(vec![0]));
    }

    #[test]
    fn units_from_headers() {
        assert_eq!(unit_in("인구(만 명)"), Some("만 명"));
        assert_eq!(unit_in("Area [km²] "), Some("km²"));
        assert_eq!(unit_in("면적（㎢）"), Some("㎢"));
        assert_eq!(unit_in("GDP"), None);
        assert_eq!(unit_in("x ()"), None);
        assert_eq!(unit_in("a)"), None);
        assert_eq!(unit_in(&format!("a ({})", "x".repeat(21))), None);
    }

    #[test]
    fn suggestions_and_serde_names() {
        assert_eq!(suggest(&[Some(3.0), None, Some(10.0)]).scaling, Raw);
        assert_eq!(suggest(&[Some(3.0), Some(11.0)]).scaling, MinMax);
        assert_eq!(suggest(&[None]).scaling, MinMax);
        let s = CriterionScale { unit: "km²".into(), direction: LowerIsBetter, scaling: MinMax };
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, r#"{"unit":"km²","direction":"lower","scaling":"min-max"}"#);
        assert_eq!(serde_json::from_str::<CriterionScale>(&json).unwrap(), s);
        let plain = CriterionScale::default();
        assert_eq!(
            serde_json::to_string(&plain).unwrap(),
            r#"{"direction":"higher","scaling":"min-max"}"#
        );
    }
}
