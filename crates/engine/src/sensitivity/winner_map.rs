//! The winner map: over every weighting of three criteria (the weight simplex, a triangle),
//! the region where each team is first, computed exactly. With four or more criteria, a
//! [`section`] picks two criteria to vary and keeps the others in their current proportion,
//! which reduces to the three-criteria case.
//!
//! Exact, not sampled: team `i` is first where `(s_i − s_j)·w ≥ 0` for every rival `j`, a
//! half-plane each, so its region is the triangle clipped by `n − 1` half-planes
//! (Sutherland–Hodgman in barycentric coordinates): a convex polygon whose vertices and area
//! come from the linear algebra. Cost O(n² · n) for `n` teams (microseconds for ten).
//!
//! Callers pass the teams the Explore views run on (the widget's `ExploreScope`: the round's
//! participants that pass the requirements and have every score, as their own matrix); a
//! team with a missing score is left out here too, never ranked on part of its scores.
//!
//! Only the ranking rules of [`crate::rank`] and the shared helpers of [`super`]; no LP, no
//! sampling, no other sensitivity submodule.
//!
//! Not offered: "where is a team in the top N". That set is a union of convex cells of the
//! arrangement of all pairwise lines and is not convex in general (team 2 of 3 can be in the
//! top two on both sides of a wedge where it is third), so it needs the full arrangement, not
//! one clipped polygon per team.

use thiserror::Error;

use super::shares_of;
use crate::rank::{Gates, ScoreMatrix, TIE_EPSILON, Weights, rank_in};

/// A weighting of the triangle's three corners: shares `(w0, w1, w2)`, each ≥ 0, summing to
/// 1 (barycentric coordinates). For a [`section`], corner 0 and 1 are the two varied criteria
/// and corner 2 is "the rest".
pub type Point = [f64; 3];

/// A value `(s_i − s_j)·w` this close to zero counts as on the line when clipping. Scores are
/// 0–10 and shares 0–1, so float error is around 1e-15; far below any real difference.
const CLIP_EPSILON: f64 = 1e-12;

/// Regions with a smaller share of the triangle are lines or points (a tie), not areas.
const AREA_EPSILON: f64 = 1e-12;

/// Why a winner map cannot be drawn.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum WinnerMapError {
    /// [`winner_map`] needs exactly three criteria (use [`section`] for more).
    #[error("the winner map needs exactly 3 criteria, not {0}")]
    NotThreeCriteria(usize),
    /// A section needs at least three criteria: two to vary and at least one for the rest.
    #[error("a section needs at least 3 criteria, not {0}")]
    TooFewCriteria(usize),
    /// The two varied criteria must differ.
    #[error("the two varied criteria are the same ({0})")]
    SameCriterion(usize),
    /// A varied criterion is not in the matrix.
    #[error("criterion {criterion} does not exist ({criteria} criteria)")]
    NoSuchCriterion {
        /// The index asked for.
        criterion: usize,
        /// Criteria in the matrix.
        criteria: usize,
    },
}

/// The part of the triangle where one team is first.
#[derive(Debug, Clone, PartialEq)]
pub struct WinnerRegion {
    /// The team (row of the matrix).
    pub team: usize,
    /// The convex polygon's corners, counter-clockwise in [`plane`] coordinates (y up; an
    /// SVG with y down shows them clockwise), no two alike.
    pub vertices: Vec<Point>,
    /// Its share of the triangle's area, 0–1. Shares of all regions sum to 1.
    pub area: f64,
}

impl WinnerRegion {
    /// The region's centre of area: a point well inside it, where a drawing can put the
    /// team's label. Inside because the region is convex.
    pub fn centroid(&self) -> Point {
        let v = &self.vertices;
        let mut sum = [0.0; 3];
        let mut total = 0.0;
        // Fan of triangles from the first vertex; their areas in (w1, w2) weight their centroids.
        for k in 1..v.len().saturating_sub(1) {
            let (p, q, r) = (v[0], v[k], v[k + 1]);
            let a = ((q[1] - p[1]) * (r[2] - p[2]) - (r[1] - p[1]) * (q[2] - p[2])).abs();
            for c in 0..3 {
                sum[c] += a * (p[c] + q[c] + r[c]) / 3.0;
            }
            total += a;
        }
        if total > 0.0 { sum.map(|x| x / total) } else { [1.0 / 3.0; 3] }
    }

    /// The smallest and largest share of each corner over the region, `[(min, max); 3]`: a
    /// linear function's extremes on a convex polygon lie at its vertices, so this is exact.
    /// For the text alternative ("where performance ≥ 18 %").
    pub fn extent(&self) -> [(f64, f64); 3] {
        let mut e = [(1.0, 0.0); 3];
        for v in &self.vertices {
            for (c, (lo, hi)) in e.iter_mut().enumerate() {
                *lo = f64::min(*lo, v[c]);
                *hi = f64::max(*hi, v[c]);
            }
        }
        e
    }
}

/// Why a team has no area on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeverFirst {
    /// Some rival is ahead of it under every weighting (or ahead everywhere except on a line
    /// or point where they tie, where the engine lists the earlier team first).
    Outscored,
    /// Its scores equal those of an earlier team (within the tie tolerance on every
    /// criterion): always tied with it, and the engine lists the earlier team first.
    SameScoresAs(usize),
}

/// The winner map of three criteria.
#[derive(Debug, Clone, PartialEq)]
pub struct WinnerMap {
    /// Teams with a region of positive area, in team order.
    pub regions: Vec<WinnerRegion>,
    /// Teams first nowhere (or only on a line or point, tied), in team order, and why.
    pub never_first: Vec<(usize, NeverFirst)>,
    /// Teams left out because a score is missing (the sensitivity views use complete teams
    /// only; callers normally pass complete teams already).
    pub left_out: Vec<usize>,
}

impl WinnerMap {
    /// The region of a team, if it has one.
    pub fn region_of(&self, team: usize) -> Option<&WinnerRegion> {
        self.regions.iter().find(|r| r.team == team)
    }
}

/// A point of the triangle in 2-D: corner 0 at (0, 0), corner 1 at (1, 0), corner 2 at
/// (½, √3⁄2): an equilateral triangle of side 1, y up. Areas keep their ratios, so a region's
/// `area` is also its share of this drawing.
pub fn plane(p: Point) -> [f64; 2] {
    [p[1] + 0.5 * p[2], p[2] * (3.0_f64.sqrt() / 2.0)]
}

/// The regions where each team is first, over all weightings of three criteria.
///
/// Team `i`'s region is `{w : (s_i − s_j)·w ≥ 0 for every j}`, closed, so neighbours share
/// their boundary. On a boundary the teams tie for first, and the engine lists the earlier
/// team (dataset order) first — the rule [`first_at`] follows. Regions of zero area (a team
/// that can only tie for first, on a line or at a point) are not listed as regions; the team
/// is in `never_first`. Two teams with the same scores would have the same region: the
/// earlier keeps it and the later is `never_first` with [`NeverFirst::SameScoresAs`]. So
/// regions never overlap in area and their areas sum to 1 (when at least one team is
/// complete).
///
/// # Errors
///
/// [`WinnerMapError::NotThreeCriteria`] unless the matrix has exactly three criteria.
///
/// # Examples
///
/// ```
/// use kai_engine::rank::ScoreMatrix;
/// use kai_engine::sensitivity::winner_map;
///
/// // A leads on criterion 0, B on criterion 1 and C on criterion 2, each by the same margin.
/// let m = ScoreMatrix::from_rows(&[
///     vec![Some(9.0), Some(0.0), Some(0.0)],
///     vec![Some(0.0), Some(9.0), Some(0.0)],
///     vec![Some(0.0), Some(0.0), Some(9.0)],
/// ]);
/// let map = winner_map(&m).unwrap();
/// // Symmetric: a third of the triangle each, meeting at equal weights.
/// assert!(map.regions.iter().all(|r| (r.area - 1.0 / 3.0).abs() < 1e-12));
/// ```
pub fn winner_map(matrix: &ScoreMatrix) -> Result<WinnerMap, WinnerMapError> {
    if matrix.criteria != 3 {
        return Err(WinnerMapError::NotThreeCriteria(matrix.criteria));
    }
    let (complete, left_out): (Vec<usize>, Vec<usize>) =
        (0..matrix.teams()).partition(|&t| matrix.is_complete(t));
    let row = |t: usize| -> Point {
        [0, 1, 2].map(|c| matrix.get(t, c).unwrap_or(0.0)) // complete: never the fallback
    };
    let mut regions = Vec::new();
    let mut never_first = Vec::new();
    let mut poly: Vec<Point> = Vec::with_capacity(complete.len() + 3);
    let mut next: Vec<Point> = Vec::with_capacity(complete.len() + 3);
    for &i in &complete {
        let si = row(i);
        let twin = complete.iter().copied().take_while(|&j| j < i).find(|&j| {
            let sj = row(j);
            (0..3).all(|c| (si[c] - sj[c]).abs() <= TIE_EPSILON)
        });
        if let Some(j) = twin {
            never_first.push((i, NeverFirst::SameScoresAs(j)));
            continue;
        }
        poly.clear();
        poly.extend_from_slice(&[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]);
        for &j in &complete {
            if j == i {
                continue;
            }
            let sj = row(j);
            let d = [si[0] - sj[0], si[1] - sj[1], si[2] - sj[2]];
            clip(&poly, d, &mut next);
            std::mem::swap(&mut poly, &mut next);
            if poly.is_empty() {
                break;
            }
        }
        let area = area_share(&poly);
        if area > AREA_EPSILON {
            regions.push(WinnerRegion { team: i, vertices: poly.clone(), area });
        } else {
            never_first.push((i, NeverFirst::Outscored));
        }
    }
    Ok(WinnerMap { regions, never_first, left_out })
}

/// The teams that share first place at a point of the triangle, among the complete teams of
/// a three-criteria matrix, in the engine's order (dataset order among tied teams, so the
/// first is the one the ranking lists first). One team inside a region; two or more on a
/// boundary (scores within [`TIE_EPSILON`]); empty when no team is complete or the point has
/// no positive share.
pub fn first_at(matrix: &ScoreMatrix, point: Point) -> Vec<usize> {
    let complete: Vec<usize> = (0..matrix.teams()).filter(|&t| matrix.is_complete(t)).collect();
    let Ok(w) = Weights::new(point.iter().map(|v| v.max(0.0)).collect()) else {
        return Vec::new();
    };
    let ranking = rank_in(matrix, &w, &complete, &Gates::none(matrix.criteria));
    ranking.ranked().iter().take_while(|r| r.rank == Some(1)).map(|r| r.team).collect()
}

/// A 2-D section of the weightings of four or more criteria: criteria `varied[0]` and
/// `varied[1]` move freely, and the others keep their current proportions to each other, so
/// every weighting of the section is a point `(wa, wb, wr)` of a triangle with full shares
/// `wa` at `varied[0]`, `wb` at `varied[1]` and `wr · rest[c]` at every other criterion `c`.
/// Scores are linear in the weights, so the section's winner map is the plain
/// [`winner_map`] of `matrix`, whose third column mixes the other criteria in those
/// proportions.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The two criteria that vary: corners 0 and 1 of the triangle. Corner 2 is "the rest".
    pub varied: [usize; 2],
    /// Per criterion of the full matrix, its part of corner 2 (0 at the varied two; sums to 1).
    pub rest: Vec<f64>,
    /// True when the other criteria all had zero weight, so `rest` splits equally among them
    /// (their proportion is undefined; the same fallback as [`shares_at`](super::shares_at)).
    pub rest_fallback: bool,
    /// Teams × 3: the two varied criteria's scores and the rest mix `Σ rest[c] · s_c`. A team
    /// missing a varied score, or a rest score with a positive part, has the cell missing
    /// (so [`winner_map`] leaves it out).
    pub matrix: ScoreMatrix,
    /// The current weights as a point of the triangle: `(share a, share b, 1 − both)`. It lies
    /// in the section by construction (the rest's proportions are taken from it).
    pub current: Point,
}

impl Section {
    /// The teams first at the current weights (see [`first_at`]): the region the current
    /// point (drawn at [`plane`]`(self.current)`) lies in, or the regions on whose shared edge
    /// it lies when they tie.
    pub fn current_first(&self) -> Vec<usize> {
        first_at(&self.matrix, self.current)
    }

    /// The full shares (one per criterion of the original matrix) of a point of the triangle,
    /// so a click on the map can become the reader's weights.
    pub fn shares_at(&self, point: Point) -> Vec<f64> {
        let total: f64 = point.iter().map(|v| v.max(0.0)).sum();
        let p = if total > 0.0 && total.is_finite() {
            point.map(|v| v.max(0.0) / total)
        } else {
            [1.0 / 3.0; 3]
        };
        (0..self.rest.len())
            .map(|c| {
                if c == self.varied[0] {
                    p[0]
                } else if c == self.varied[1] {
                    p[1]
                } else {
                    p[2] * self.rest[c]
                }
            })
            .collect()
    }
}

/// The section of the weightings through the current `weights` in which criteria `a` and `b`
/// vary (see [`Section`]). With exactly three criteria the section is the whole simplex, its
/// columns reordered `(a, b, the third)`.
///
/// # Errors
///
/// [`WinnerMapError::TooFewCriteria`] under three criteria, [`WinnerMapError::NoSuchCriterion`]
/// or [`WinnerMapError::SameCriterion`] for bad `a`, `b`.
pub fn section(
    matrix: &ScoreMatrix,
    weights: &Weights,
    a: usize,
    b: usize,
) -> Result<Section, WinnerMapError> {
    let k = matrix.criteria;
    if k < 3 {
        return Err(WinnerMapError::TooFewCriteria(k));
    }
    if let Some(&criterion) = [a, b].iter().find(|&&c| c >= k) {
        return Err(WinnerMapError::NoSuchCriterion { criterion, criteria: k });
    }
    if a == b {
        return Err(WinnerMapError::SameCriterion(a));
    }
    let shares = shares_of(weights, k);
    let raw: Vec<f64> = (0..k)
        .map(|c| if c == a || c == b { 0.0 } else { shares.as_ref().map_or(0.0, |s| s[c]) })
        .collect();
    let total: f64 = raw.iter().sum();
    let rest_fallback = total <= 0.0;
    let rest: Vec<f64> = if rest_fallback {
        let others = (k - 2) as f64;
        (0..k).map(|c| if c == a || c == b { 0.0 } else { 1.0 / others }).collect()
    } else {
        raw.iter().map(|v| v / total).collect()
    };
    let rows: Vec<Vec<Option<f64>>> = (0..matrix.teams())
        .map(|t| {
            let mix = (0..k)
                .filter(|&c| rest[c] > 0.0)
                .try_fold(0.0, |acc, c| matrix.get(t, c).map(|v| acc + rest[c] * v));
            vec![matrix.get(t, a), matrix.get(t, b), mix]
        })
        .collect();
    // All-zero weights have no point; equal shares stand in, as a neutral place to start.
    let s = shares.unwrap_or_else(|| vec![1.0 / k as f64; k]);
    let current = [s[a], s[b], (1.0 - s[a] - s[b]).max(0.0)];
    Ok(Section { varied: [a, b], rest, rest_fallback, matrix: matrix_of(&rows), current })
}

/// A matrix from rows that may be empty (keeping three columns, unlike `from_rows`).
fn matrix_of(rows: &[Vec<Option<f64>>]) -> ScoreMatrix {
    if rows.is_empty() {
        // `from_rows` takes the column count from the first row; with no team the map is
        // empty whatever the width, so any three-column matrix with no rows would do.
        return ScoreMatrix::from_rows(&[vec![None, None, None]]).subset(&[]);
    }
    ScoreMatrix::from_rows(rows)
}

/// Clips the convex polygon `poly` to the half-plane `d·w ≥ 0` (Sutherland–Hodgman), into
/// `out`. Vertices within [`CLIP_EPSILON`] of the line count as on it (kept, no new vertex),
/// and repeated vertices are dropped, so a clip along an existing edge adds nothing.
fn clip(poly: &[Point], d: Point, out: &mut Vec<Point>) {
    out.clear();
    let f = |p: &Point| d[0] * p[0] + d[1] * p[1] + d[2] * p[2];
    let n = poly.len();
    for k in 0..n {
        let (p, q) = (poly[k], poly[(k + 1) % n]);
        let (fp, fq) = (f(&p), f(&q));
        if fp >= -CLIP_EPSILON {
            push_distinct(out, p);
        }
        if (fp > CLIP_EPSILON && fq < -CLIP_EPSILON) || (fp < -CLIP_EPSILON && fq > CLIP_EPSILON) {
            let t = fp / (fp - fq);
            let x = [0, 1, 2].map(|c| (p[c] + t * (q[c] - p[c])).clamp(0.0, 1.0));
            push_distinct(out, x);
        }
    }
    if out.len() > 1 && same(out[0], out[out.len() - 1]) {
        out.pop();
    }
}

fn same(a: Point, b: Point) -> bool {
    (0..3).all(|c| (a[c] - b[c]).abs() <= CLIP_EPSILON)
}

fn push_distinct(out: &mut Vec<Point>, p: Point) {
    if out.last().is_none_or(|&last| !same(last, p)) {
        out.push(p);
    }
}

/// A polygon's share of the triangle: the shoelace area in `(w1, w2)` (an affine image of the
/// triangle, area ½), doubled.
fn area_share(poly: &[Point]) -> f64 {
    let n = poly.len();
    if n < 3 {
        return 0.0;
    }
    let twice: f64 = (0..n)
        .map(|k| {
            let (p, q) = (poly[k], poly[(k + 1) % n]);
            p[1] * q[2] - q[1] * p[2]
        })
        .sum();
    twice.abs()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::m;
    use super::*;

    fn close(a: Point, b: Point) -> bool {
        (0..3).all(|c| (a[c] - b[c]).abs() < 1e-12)
    }

    /// The polygon has exactly these vertices (any rotation, same orientation).
    fn same_polygon(got: &[Point], want: &[Point]) -> bool {
        got.len() == want.len()
            && (0..want.len())
                .any(|r| (0..want.len()).all(|k| close(got[(k + r) % got.len()], want[k])))
    }

    fn complete(rows: &[[f64; 3]]) -> ScoreMatrix {
        let rows: Vec<Vec<Option<f64>>> =
            rows.iter().map(|r| r.iter().map(|&v| Some(v)).collect()).collect();
        ScoreMatrix::from_rows(&rows)
    }

    /// Two teams: A = (6, 0, 3), B = (0, 6, 3). A − B = (6, −6, 0), so A is first where
    /// w0 ≥ w1: the half of the triangle on corner 0's side of the median from corner 2,
    /// vertices (1, 0, 0), (½, ½, 0), (0, 0, 1); B the mirror image. Area ½ each.
    #[test]
    fn two_mirror_teams_split_the_triangle_along_a_median() {
        let map = winner_map(&complete(&[[6.0, 0.0, 3.0], [0.0, 6.0, 3.0]])).unwrap();
        assert_eq!(map.regions.len(), 2);
        let a = &map.regions[0];
        assert!(same_polygon(&a.vertices, &[[1.0, 0.0, 0.0], [0.5, 0.5, 0.0], [0.0, 0.0, 1.0]]));
        assert!((a.area - 0.5).abs() < 1e-12);
        let b = &map.regions[1];
        assert!(same_polygon(&b.vertices, &[[0.5, 0.5, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]));
        assert!((b.area - 0.5).abs() < 1e-12);
        assert!(map.never_first.is_empty());
    }

    /// Three teams, worked by hand:
    /// A = (8, 2, 2), B = (2, 8, 2), C = (4, 4, 6).
    /// A ≥ B ⇔ w0 ≥ w1. A ≥ C ⇔ 4w0 − 2w1 − 4w2 ≥ 0 ⇔ (with w2 = 1 − w0 − w1) 8w0 + 2w1 ≥ 4.
    /// B ≥ C ⇔ 8w1 + 2w0 ≥ 4. C first where both fail and (by symmetry) everywhere near corner 2.
    /// A's region: (1, 0, 0); on the edge w1 = 0, 8w0 = 4 → (½, 0, ½); on the median w0 = w1,
    /// 10w0 = 4 → (⅖, ⅖, ⅕); on the edge w2 = 0 the median hits (½, ½, 0).
    /// So A = {(1,0,0), (½,½,0), (⅖,⅖,⅕), (½,0,½)}; B its mirror; C = {(½,0,½), (⅖,⅖,⅕),
    /// (0,½,½), (0,0,1)}.
    /// Areas in (w0, w1) coordinates (triangle area ½), shoelace: C's quadrilateral
    /// (½,0), (⅖,⅖), (0,½), (0,0) has twice-area ½·⅖ + ⅖·½ + 0 + 0 = ⅖, so area ⅕ and share
    /// ⅖; A's (1,0), (½,½), (⅖,⅖), (½,0) has twice-area ½ + 0 − ⅕ + 0 = 3/10, share 3/10; B
    /// the same by symmetry.
    #[test]
    fn three_teams_worked_by_hand() {
        let map =
            winner_map(&complete(&[[8.0, 2.0, 2.0], [2.0, 8.0, 2.0], [4.0, 4.0, 6.0]])).unwrap();
        let [a, b, c] = [0, 1, 2].map(|t| map.region_of(t).unwrap());
        let fifth = [0.4, 0.4, 0.2];
        assert!(same_polygon(
            &a.vertices,
            &[[1.0, 0.0, 0.0], [0.5, 0.5, 0.0], fifth, [0.5, 0.0, 0.5]]
        ));
        assert!(same_polygon(
            &b.vertices,
            &[[0.5, 0.5, 0.0], [0.0, 1.0, 0.0], [0.0, 0.5, 0.5], fifth]
        ));
        assert!(same_polygon(
            &c.vertices,
            &[[0.5, 0.0, 0.5], fifth, [0.0, 0.5, 0.5], [0.0, 0.0, 1.0]]
        ));
        assert!((a.area - 0.3).abs() < 1e-12, "{}", a.area);
        assert!((b.area - 0.3).abs() < 1e-12);
        assert!((c.area - 0.4).abs() < 1e-12);
        // C's extent: corner 0 from 0 to ½, corner 2 from ⅕ to 1.
        let e = c.extent();
        assert!((e[0].0 - 0.0).abs() < 1e-12 && (e[0].1 - 0.5).abs() < 1e-12);
        assert!((e[2].0 - 0.2).abs() < 1e-12 && (e[2].1 - 1.0).abs() < 1e-12);
        // A's centroid, by a fan of two triangles from (1, 0, 0): areas 1/20 and 1/10 (in
        // (w0, w1)), centroids (19/30, 3/10, 1/15) and (19/30, 2/15, 7/30), weighted 1 : 2 →
        // (19/30, 17/90, 8/45).
        let g = a.centroid();
        assert!(close(g, [19.0 / 30.0, 17.0 / 90.0, 8.0 / 45.0]), "{g:?}");
        // Where the engine puts the winners: inside C; on A and B's shared edge; at the point
        // where all three meet (scores 4.4 each).
        let mx = complete(&[[8.0, 2.0, 2.0], [2.0, 8.0, 2.0], [4.0, 4.0, 6.0]]);
        assert_eq!(first_at(&mx, [0.1, 0.1, 0.8]), [2]);
        assert_eq!(first_at(&mx, [0.5, 0.5, 0.0]), [0, 1]);
        assert_eq!(first_at(&mx, [0.4, 0.4, 0.2]), [0, 1, 2]);
    }

    /// D = (5, 5, 5) sits between A = (8, 2, 5) and B = (2, 8, 5): it ties with both where
    /// w0 = w1 but is never strictly first, so it has a line and no area.
    #[test]
    fn a_team_that_can_only_tie_is_never_first() {
        let map =
            winner_map(&complete(&[[8.0, 2.0, 5.0], [2.0, 8.0, 5.0], [5.0, 5.0, 5.0]])).unwrap();
        assert_eq!(map.regions.len(), 2);
        assert_eq!(map.never_first, vec![(2, NeverFirst::Outscored)]);
    }

    #[test]
    fn identical_teams_keep_one_region_in_dataset_order() {
        let map =
            winner_map(&complete(&[[1.0, 2.0, 3.0], [4.0, 4.0, 1.0], [1.0, 2.0, 3.0]])).unwrap();
        assert_eq!(map.never_first, vec![(2, NeverFirst::SameScoresAs(0))]);
        let total: f64 = map.regions.iter().map(|r| r.area).sum();
        assert!((total - 1.0).abs() < 1e-12);
    }

    #[test]
    fn one_dominant_team_takes_the_whole_triangle() {
        let map = winner_map(&complete(&[[9.0, 9.0, 9.0], [1.0, 2.0, 3.0]])).unwrap();
        assert_eq!(map.regions.len(), 1);
        assert!((map.regions[0].area - 1.0).abs() < 1e-12);
        assert_eq!(map.regions[0].vertices.len(), 3);
        assert_eq!(map.never_first, vec![(1, NeverFirst::Outscored)]);
    }

    #[test]
    fn edge_cases_are_documented_answers() {
        let empty = ScoreMatrix::from_rows(&[]);
        assert_eq!(winner_map(&empty), Err(WinnerMapError::NotThreeCriteria(0)));
        let four = m(&[&[Some(1.0), Some(2.0), Some(3.0), Some(4.0)]]);
        assert_eq!(winner_map(&four), Err(WinnerMapError::NotThreeCriteria(4)));
        let partial = m(&[&[Some(1.0), None, Some(3.0)], &[Some(2.0), Some(2.0), Some(2.0)]]);
        let map = winner_map(&partial).unwrap();
        assert_eq!(map.left_out, vec![0]);
        assert_eq!(map.regions.len(), 1);
        assert_eq!(map.regions[0].team, 1);
        let none = m(&[&[None, None, None]]);
        let map = winner_map(&none).unwrap();
        assert!(map.regions.is_empty());
        assert!(first_at(&none, [1.0, 0.0, 0.0]).is_empty());
    }

    /// Four criteria, weights 4, 2, 1, 3 (shares .4, .2, .1, .3): varying criteria 0 and 2
    /// leaves 1 and 3 in proportion 2 : 3, so the rest column is ⅖·s1 + ⅗·s3 and the current
    /// point is (.4, .1, .5).
    #[test]
    fn a_section_mixes_the_other_criteria_in_their_current_proportion() {
        let mx = m(&[
            &[Some(1.0), Some(5.0), Some(2.0), Some(10.0)],
            &[Some(3.0), None, Some(4.0), Some(1.0)],
        ]);
        let s = section(&mx, &super::super::test_support::w(&[4.0, 2.0, 1.0, 3.0]), 0, 2).unwrap();
        assert_eq!(s.varied, [0, 2]);
        assert!((s.rest[1] - 0.4).abs() < 1e-12 && (s.rest[3] - 0.6).abs() < 1e-12);
        assert!(!s.rest_fallback);
        assert_eq!(s.matrix.criteria, 3);
        assert_eq!(s.matrix.get(0, 0), Some(1.0));
        assert_eq!(s.matrix.get(0, 1), Some(2.0));
        assert!((s.matrix.get(0, 2).unwrap() - 8.0).abs() < 1e-12); // .4·5 + .6·10
        assert_eq!(s.matrix.get(1, 2), None); // missing a rest score with a positive part
        assert!((0..3).all(|c| (s.current[c] - [0.4, 0.1, 0.5][c]).abs() < 1e-12));
        // Back to full shares: the current point gives the current shares.
        let back = s.shares_at(s.current);
        for (got, want) in back.iter().zip([0.4, 0.2, 0.1, 0.3]) {
            assert!((got - want).abs() < 1e-12);
        }
        // The rest's corner is the other criteria in proportion.
        let corner = s.shares_at([0.0, 0.0, 1.0]);
        assert!((corner[1] - 0.4).abs() < 1e-12 && (corner[3] - 0.6).abs() < 1e-12);
    }

    #[test]
    fn a_section_without_rest_weight_splits_the_rest_equally() {
        let mx = m(&[&[Some(1.0), Some(2.0), Some(3.0), Some(4.0)]]);
        let s = section(&mx, &super::super::test_support::w(&[1.0, 1.0, 0.0, 0.0]), 0, 1).unwrap();
        assert!(s.rest_fallback);
        assert_eq!(s.rest, vec![0.0, 0.0, 0.5, 0.5]);
        assert_eq!(s.current, [0.5, 0.5, 0.0]);
        assert!((s.matrix.get(0, 2).unwrap() - 3.5).abs() < 1e-12);
        // All-zero weights: equal shares stand in for the point.
        let z = section(&mx, &super::super::test_support::w(&[0.0; 4]), 0, 1).unwrap();
        assert_eq!(z.current, [0.25, 0.25, 0.5]);
    }

    #[test]
    fn bad_sections_are_typed_errors() {
        let mx = m(&[&[Some(1.0), Some(2.0), Some(3.0)]]);
        let w = Weights::equal(3);
        assert_eq!(section(&mx, &w, 0, 0), Err(WinnerMapError::SameCriterion(0)));
        assert_eq!(
            section(&mx, &w, 0, 3),
            Err(WinnerMapError::NoSuchCriterion { criterion: 3, criteria: 3 })
        );
        let two = m(&[&[Some(1.0), Some(2.0)]]);
        assert_eq!(section(&two, &Weights::equal(2), 0, 1), Err(WinnerMapError::TooFewCriteria(2)));
        // Three criteria: the whole triangle, columns reordered.
        let s = section(&mx, &w, 2, 0).unwrap();
        assert_eq!(
            [s.matrix.get(0, 0), s.matrix.get(0, 1), s.matrix.get(0, 2)],
            [Some(3.0), Some(1.0), Some(2.0)]
        );
        // No teams: an empty map, not a panic.
        let none = m(&[&[Some(1.0), Some(2.0), Some(3.0)]]).subset(&[]);
        let s = section(&none, &w, 0, 1).unwrap();
        assert!(winner_map(&s.matrix).unwrap().regions.is_empty());
    }

    #[test]
    fn the_plane_is_an_equilateral_triangle() {
        assert_eq!(plane([1.0, 0.0, 0.0]), [0.0, 0.0]);
        assert_eq!(plane([0.0, 1.0, 0.0]), [1.0, 0.0]);
        let top = plane([0.0, 0.0, 1.0]);
        assert!((top[0] - 0.5).abs() < 1e-15 && (top[1] - 0.75f64.sqrt()).abs() < 1e-15);
    }
}
