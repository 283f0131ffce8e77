//! The winner map as drawn (issue 15 §2): where a point of the weight triangle lies in the
//! widget's SVG, where a click or a tap lands on the triangle, the keyboard cursor's grid and
//! the slider values of a point.
//!
//! Why in the engine: the drawing, the click and the keys must agree with the exact regions of
//! [`crate::sensitivity::winner_map`] and with the ranking; kept pure here, that agreement is
//! tested natively against a brute-force grid (`tests/winner_map.rs`), not only in a browser.
//! The component (`src/components/winner_map.rs`) only turns these numbers into markup.

use crate::format;
use crate::importance;
use crate::sensitivity::{Point, Section, plane};

/// The triangle's side in SVG units (the viewBox is [`VIEW_W`] × [`view_height`]).
pub const SIDE: f64 = 300.0;
/// The viewBox's width: the triangle plus room for the bottom corners' labels.
pub const VIEW_W: f64 = 400.0;
/// Left edge of the triangle in the viewBox (centred).
pub const LEFT: f64 = (VIEW_W - SIDE) / 2.0;
/// Room above the top corner for its label.
pub const TOP: f64 = 40.0;
/// Room below the base for the bottom corners' labels.
pub const BOTTOM: f64 = 44.0;
/// Cursor steps per side: 20, so every keyboard step moves 5 percentage points.
pub const STEPS: u32 = 20;

/// The triangle's height in SVG units.
pub fn tri_height() -> f64 {
    SIDE * 3.0_f64.sqrt() / 2.0
}

/// The viewBox's height.
pub fn view_height() -> f64 {
    TOP + tri_height() + BOTTOM
}

/// A point of the triangle in SVG units (y down): corner 0 bottom left, corner 1 bottom
/// right, corner 2 at the top (the engine's [`plane`], scaled and flipped).
pub fn to_svg(p: Point) -> [f64; 2] {
    let [x, y] = plane(p);
    [LEFT + x * SIDE, TOP + tri_height() - y * SIDE]
}

/// The point of the triangle under SVG coordinates `(x, y)`: the inverse of [`to_svg`], moved
/// onto the triangle when outside it (a click just past an edge means the edge: the height is
/// clamped first, then the position across). `None` for a non-finite input.
pub fn from_svg(x: f64, y: f64) -> Option<Point> {
    if !(x.is_finite() && y.is_finite()) {
        return None;
    }
    let px = (x - LEFT) / SIDE;
    let py = (TOP + tri_height() - y) / SIDE;
    // Height first (corner 2's share), then across at that height: a point outside lands on
    // the edge beside or below it.
    let w2 = (py / (3.0_f64.sqrt() / 2.0)).clamp(0.0, 1.0);
    let w1 = (px - 0.5 * w2).clamp(0.0, 1.0 - w2);
    Some([(1.0 - w1 - w2).max(0.0), w1, w2])
}

/// An SVG `points` attribute for a polygon of the triangle ("x,y x,y …", two decimals).
pub fn svg_points(vertices: &[Point]) -> String {
    let mut out = String::with_capacity(vertices.len() * 14);
    for (i, &v) in vertices.iter().enumerate() {
        let [x, y] = to_svg(v);
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&format::fixed(x, 2, true));
        out.push(',');
        out.push_str(&format::fixed(y, 2, true));
    }
    out
}

/// The font size of the map's labels, in SVG units (the stylesheet's `.kai-wm-*` text).
pub const FONT: f64 = 15.0;

/// A generous estimate of a label's width in SVG units at [`FONT`]: Hangul and other wide
/// glyphs a full em, Latin letters, digits and spaces 0.62 em, plus the halo. Used only to
/// decide whether an item's name fits in its region (else the region shows its number alone).
pub fn label_width(text: &str) -> f64 {
    let ems: f64 = text.chars().map(|c| if c.is_ascii() { 0.62 } else { 1.0 }).sum();
    ems * FONT + 4.0
}

/// Room for a corner's label, in SVG units: the top one has the whole width, each bottom one
/// half of it (they start at opposite edges).
pub fn corner_room(corner: usize) -> f64 {
    if corner == 2 { VIEW_W - 8.0 } else { VIEW_W / 2.0 - 6.0 }
}

/// The length to squeeze a corner's label into (`textLength`) when it is clearly too long for
/// its room (a teacher's column headings can be long), else `None` (drawn as it is). "Clearly":
/// the generous [`label_width`] estimate exceeds the room by a tenth, so a label that does fit
/// is never stretched.
pub fn corner_squeeze(label: &str, corner: usize) -> Option<f64> {
    let room = corner_room(corner);
    (label_width(label) > room * 1.1).then_some(room)
}

/// Where a convex polygon of the triangle crosses the horizontal line at SVG height `y`: its
/// left and right ends in SVG units, or `None` when the line misses it.
pub fn chord_at(vertices: &[Point], y: f64) -> Option<(f64, f64)> {
    let pts: Vec<[f64; 2]> = vertices.iter().map(|&p| to_svg(p)).collect();
    let n = pts.len();
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for k in 0..n {
        let (p, q) = (pts[k], pts[(k + 1) % n]);
        if y < p[1].min(q[1]) || y > p[1].max(q[1]) {
            continue;
        }
        let xs = if (q[1] - p[1]).abs() < 1e-12 {
            [p[0], q[0]]
        } else {
            let x = p[0] + (y - p[1]) / (q[1] - p[1]) * (q[0] - p[0]);
            [x, x]
        };
        for x in xs {
            lo = lo.min(x);
            hi = hi.max(x);
        }
    }
    (hi > lo).then_some((lo, hi))
}

/// The width (SVG units) of a convex polygon of the triangle along the horizontal line at
/// SVG height `y`: 0 when the line misses it.
pub fn width_at(vertices: &[Point], y: f64) -> f64 {
    chord_at(vertices, y).map_or(0.0, |(lo, hi)| hi - lo)
}

/// Where a label `need` units wide (and one line of [`FONT`] tall) fits inside a region: the
/// middle of the chord at the height nearest the region's centroid where the region is wide
/// enough along the label's top and bottom, scanning every 2 units. `None` when it fits
/// nowhere (the drawing then shows the item's number alone at the centroid).
pub fn label_spot(vertices: &[Point], centroid: Point, need: f64) -> Option<[f64; 2]> {
    let ys: Vec<f64> = vertices.iter().map(|&p| to_svg(p)[1]).collect();
    let top = ys.iter().copied().fold(f64::INFINITY, f64::min);
    let bottom = ys.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let [cx, cy] = to_svg(centroid);
    let half = FONT / 2.0;
    let fits = |y: f64| width_at(vertices, y - half).min(width_at(vertices, y + half)) >= need;
    if fits(cy) {
        return Some([cx, cy]);
    }
    (1..)
        .map(|k| f64::from(k) * 2.0)
        .take_while(|d| cy - d > top || cy + d < bottom)
        .flat_map(|d| [cy + d, cy - d])
        .filter(|&y| y - half > top && y + half < bottom)
        .find(|&y| fits(y))
        .and_then(|y| chord_at(vertices, y).map(|(lo, hi)| [(lo + hi) / 2.0, y]))
}

/// Which way an arrow key moves the cursor on the drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Towards corner 0 along the base direction (weight from corner 1 to corner 0).
    Left,
    /// Towards corner 1 (weight from corner 0 to corner 1).
    Right,
    /// Straight up towards corner 2 (one step from each of corners 0 and 1, two to corner 2).
    Up,
    /// Straight down, away from corner 2.
    Down,
}

/// The keyboard cursor: a point of the triangle on a grid of [`STEPS`] per side, as whole
/// steps per corner (summing to [`STEPS`]), so what is announced ("40 %") is exactly what
/// Enter applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cursor(pub [u32; 3]);

impl Cursor {
    /// The grid point nearest `p` (largest remainder: floors, then the biggest fractions get
    /// the steps left over; ties to the lower corner index).
    pub fn nearest(p: Point) -> Cursor {
        let total: f64 = p.iter().map(|v| v.max(0.0)).sum();
        let p = if total > 0.0 && total.is_finite() {
            p.map(|v| v.max(0.0) / total)
        } else {
            [1.0 / 3.0; 3]
        };
        let scaled = p.map(|v| v * f64::from(STEPS));
        let mut units = scaled.map(|v| v.floor() as u32);
        let mut left = STEPS - units.iter().sum::<u32>();
        let mut order = [0usize, 1, 2];
        // Remainders compared to 1e-9, so ⅓ each (whose third share, 1 − ⅓ − ⅓, is a hair
        // larger in floating point) still gives corners 0 and 1 the extra steps.
        let rem = |c: usize| ((scaled[c] - scaled[c].floor()) * 1e9).round() as i64;
        order.sort_by_key(|&c| (std::cmp::Reverse(rem(c)), c));
        for &c in order.iter().cycle() {
            if left == 0 {
                break;
            }
            units[c] += 1;
            left -= 1;
        }
        Cursor(units)
    }

    /// The cursor as shares of the three corners.
    pub fn point(self) -> Point {
        self.0.map(|u| f64::from(u) / f64::from(STEPS))
    }

    /// The cursor one key press further, or unchanged at the triangle's edge. Left and right
    /// keep corner 2's share (a horizontal move); up and down keep corners 0 and 1 level.
    pub fn step(self, m: Move) -> Cursor {
        let [a, b, c] = self.0;
        Cursor(match m {
            Move::Left if b > 0 => [a + 1, b - 1, c],
            Move::Right if a > 0 => [a - 1, b + 1, c],
            Move::Up if a > 0 && b > 0 => [a - 1, b - 1, c + 2],
            // On a side edge: up along the edge.
            Move::Up if a > 0 => [a - 1, b, c + 1],
            Move::Up if b > 0 => [a, b - 1, c + 1],
            Move::Down if c >= 2 => [a + 1, b + 1, c - 2],
            Move::Down if c == 1 => {
                if a <= b {
                    [a + 1, b, 0]
                } else {
                    [a, b + 1, 0]
                }
            }
            _ => [a, b, c],
        })
    }
}

/// Every pair of criteria a section can vary, for `k` criteria: (0, 1), (0, 2), … (k−2, k−1).
pub fn pairs(k: usize) -> Vec<[usize; 2]> {
    (0..k).flat_map(|a| (a + 1..k).map(move |b| [a, b])).collect()
}

/// The slider values (importances) that give the weighting at `point` of `section`: whole steps
/// when its shares are whole percentages that fit the scale, otherwise exact (see
/// [`importance::from_shares`]). The ranking under them is the ranking at that point.
pub fn importances_at(section: &Section, point: Point) -> Vec<f64> {
    importance::from_shares(&section.shares_at(point))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corners_and_back() {
        // Corner 0 at (50, 40 + 259.81), corner 1 at (350, same), corner 2 at (200, 40).
        let h = 150.0 * 3.0_f64.sqrt();
        let c0 = to_svg([1.0, 0.0, 0.0]);
        assert!((c0[0] - 50.0).abs() < 1e-9 && (c0[1] - (40.0 + h)).abs() < 1e-9);
        let c2 = to_svg([0.0, 0.0, 1.0]);
        assert!((c2[0] - 200.0).abs() < 1e-9 && (c2[1] - 40.0).abs() < 1e-9);
        let p = [0.2, 0.5, 0.3];
        let [x, y] = to_svg(p);
        let q = from_svg(x, y).unwrap();
        assert!((0..3).all(|c| (p[c] - q[c]).abs() < 1e-12), "{q:?}");
        // Below the base, left of corner 0: corner 0.
        assert_eq!(from_svg(0.0, 400.0), Some([1.0, 0.0, 0.0]));
        assert_eq!(from_svg(f64::NAN, 1.0), None);
        assert_eq!(svg_points(&[[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]), "50,299.81 200,40");
    }

    #[test]
    fn the_cursor_snaps_and_moves_by_five_points() {
        // 1/3 each: 6.67 steps → 6, 6, 6 and two left over; all remainders equal, so corners 0
        // and 1 get them: 7, 7, 6.
        assert_eq!(Cursor::nearest([1.0 / 3.0; 3]), Cursor([7, 7, 6]));
        assert_eq!(Cursor::nearest([1.0 / 3.0, 1.0 / 3.0, 1.0 - 2.0 / 3.0]), Cursor([7, 7, 6]));
        // 0.4, 0.35, 0.25 → 8, 7, 5 exactly.
        let c = Cursor::nearest([0.4, 0.35, 0.25]);
        assert_eq!(c, Cursor([8, 7, 5]));
        assert_eq!(c.step(Move::Right), Cursor([7, 8, 5]));
        assert_eq!(c.step(Move::Left), Cursor([9, 6, 5]));
        assert_eq!(c.step(Move::Up), Cursor([7, 6, 7]));
        assert_eq!(c.step(Move::Down), Cursor([9, 8, 3]));
        assert_eq!(c.point(), [0.4, 0.35, 0.25]);
        // Edges stop or slide.
        assert_eq!(Cursor([20, 0, 0]).step(Move::Left), Cursor([20, 0, 0]));
        assert_eq!(Cursor([20, 0, 0]).step(Move::Up), Cursor([19, 0, 1]));
        assert_eq!(Cursor([0, 0, 20]).step(Move::Up), Cursor([0, 0, 20]));
        assert_eq!(Cursor([3, 4, 1]).step(Move::Down), Cursor([4, 4, 0]));
        assert_eq!(Cursor([3, 5, 0]).step(Move::Down), Cursor([3, 5, 0]));
    }

    #[test]
    fn widths_across_the_triangle() {
        let tri = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
        // The base is 300 wide; half way up (y = 40 + 129.9) the triangle is 150 wide.
        let base_y = 40.0 + 150.0 * 3.0_f64.sqrt();
        assert!((width_at(&tri, base_y) - 300.0).abs() < 1e-9);
        assert!((width_at(&tri, 40.0 + 75.0 * 3.0_f64.sqrt()) - 150.0).abs() < 1e-9);
        assert_eq!(width_at(&tri, 10.0), 0.0);
        // "가람시": three full ems at 15 plus the halo; "KT 1": 4 × 0.62 × 15 + 4.
        assert!((label_width("가람시") - 49.0).abs() < 1e-9);
        assert!((label_width("KT 1") - 41.2).abs() < 1e-9);
    }

    #[test]
    fn a_label_moves_to_where_it_fits() {
        let tri = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
        let centroid = [1.0 / 3.0; 3];
        // The centroid (200, 40 + 100√3 = 213.2), ⅓ of the way up, has a chord of ⅔ of the
        // base (200): a 60-wide label stays there.
        let c = to_svg(centroid);
        assert_eq!(label_spot(&tri, centroid, 60.0), Some(c));
        // A 200-wide label needs a chord of 200 at its top (y − 7.5): ⅔ of the base, so the
        // height from the top corner is ⅔ · 259.8 = 173.2, y − 7.5 ≥ 40 + 173.2 → y ≥ 220.7;
        // the first step down from 213.2 that fits is 213.2 + 8 = 221.2, centred at x = 200.
        let s = label_spot(&tri, centroid, 200.0).unwrap();
        assert!((s[0] - 200.0).abs() < 1e-9 && (s[1] - (c[1] + 8.0)).abs() < 1e-9, "{s:?}");
        // Wider than the base: nowhere.
        assert_eq!(label_spot(&tri, centroid, 301.0), None);
    }

    #[test]
    fn long_corner_labels_are_squeezed_into_their_room() {
        // "Performance": 11 × 0.62 × 15 + 4 = 106.3, fits in 194.
        assert_eq!(corner_squeeze("Performance", 0), None);
        // 20 Hangul: 304 > 194 × 1.1 = 213.4 → squeezed to 194; at the top (392) it fits.
        let long = "가".repeat(20);
        assert_eq!(corner_squeeze(&long, 1), Some(194.0));
        assert_eq!(corner_squeeze(&long, 2), None);
    }

    #[test]
    fn pairs_of_four() {
        assert_eq!(pairs(4), [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]);
        assert!(pairs(1).is_empty());
    }
}
