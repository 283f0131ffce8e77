//! The weight model: each criterion gets an *importance* 0–10 in whole steps (default 5, as in
//! the OECD Better Life Index); a criterion's *share* of the score is its importance over the sum
//! of all importances. See README "The weight model".
//!
//! Why a module of its own: the widget's sliders, its URL (`weights=8,6,4,2`), its presets, the
//! stability bands and the custom element's `weights` attribute all speak importances, while
//! links written before this model (`weights=40,30,20,10`, shares) must keep loading with the
//! very same shares. The conversion between the two is pure arithmetic and lives here, once,
//! with unit and property tests; the independent oracle (`scripts/golden.py`) re-derives it.
//!
//! Shares do not depend on the scale: `8,6,4,2` and `40,30,20,10` rank identically, so the
//! conversion only decides what the sliders *show*, never what is ranked.

/// The top of the scale (a full track).
pub const MAX: f64 = 10.0;

/// Where every slider starts: the middle of the scale, so a reader can move it either way.
pub const DEFAULT: f64 = 5.0;

/// One keyboard step or tick.
pub const STEP: f64 = 1.0;

/// Tolerance for "this is a whole number" (values come from text and divisions).
const EPS: f64 = 1e-9;

/// True when `raw` cannot be importances and so is an older share-style weighting: a value above
/// [`MAX`], or a sum above `MAX × count` (all sliders full). `40,30,20,10` is shares;
/// `8,6,4,2` and `1,1,1,1` are importances.
pub fn looks_like_shares(raw: &[f64]) -> bool {
    let sum: f64 = raw.iter().sum();
    raw.iter().any(|w| *w > MAX + EPS) || sum > MAX * raw.len() as f64 + EPS
}

/// Importances for any non-negative weighting, with exactly the same shares.
///
/// - Importances (see [`looks_like_shares`]) are kept as given, whole or not.
/// - Shares are scaled: all equal → [`DEFAULT`] each; whole numbers are reduced by their
///   greatest common divisor and then multiplied up as far as the scale allows (`40,30,20,10` →
///   `4,3,2,1` → `8,6,4,2`; `40,15,30,15` → `8,3,6,3`; `0,0,100,0` → `0,0,10,0`); anything
///   else is scaled so the largest is [`MAX`] (`50,33,17,0`-like values then sit off the whole
///   steps, exactly, until a reader moves that slider).
/// - All-zero stays all-zero (the explicit "no ranking" state). Negative or non-finite values
///   are the caller's to reject ([`crate::rank::Weights::new`] does); here they become 0.
pub fn to_importances(raw: &[f64]) -> Vec<f64> {
    let raw: Vec<f64> =
        raw.iter().map(|w| if w.is_finite() && *w > 0.0 { *w } else { 0.0 }).collect();
    if looks_like_shares(&raw) { scale_shares(&raw) } else { raw }
}

/// The share-style branch of [`to_importances`]: non-negative finite `raw`, any size.
fn scale_shares(raw: &[f64]) -> Vec<f64> {
    let max = raw.iter().copied().fold(0.0, f64::max);
    if max <= 0.0 {
        return vec![0.0; raw.len()];
    }
    if raw.iter().all(|w| (w - max).abs() <= EPS * max) {
        return vec![DEFAULT; raw.len()];
    }
    let whole = raw.iter().all(|w| (w - w.round()).abs() < EPS && *w < 1e15);
    if whole {
        let g = raw.iter().fold(0u64, |g, w| gcd(g, w.round() as u64));
        if g > 0 {
            let reduced: Vec<f64> = raw.iter().map(|w| (w.round() as u64 / g) as f64).collect();
            let top = reduced.iter().copied().fold(0.0, f64::max);
            if top <= MAX {
                let m = (MAX / top).floor();
                return reduced.iter().map(|r| r * m).collect();
            }
        }
    }
    raw.iter().map(|w| w / max * MAX).collect()
}

/// Importances giving exactly `shares` (0–1 each, e.g. a "what it takes" target): whole steps
/// when the percentages are whole and fit the scale (`0.4,0.3,0.2,0.1` → `8,6,4,2`), otherwise
/// the largest at [`MAX`] and the rest exact, off-step. All-zero stays all-zero.
pub fn from_shares(shares: &[f64]) -> Vec<f64> {
    let pct: Vec<f64> = shares.iter().map(|s| s * 100.0).collect();
    if pct.iter().all(|p| (p - p.round()).abs() < 1e-6) {
        let whole: Vec<f64> = pct.iter().map(|p| p.round()).collect();
        let got = scale_shares(&whole);
        if got.iter().all(|v| on_step(*v)) {
            return got;
        }
    }
    scale_shares(shares)
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// True when `v` sits on a whole step of the scale (what a slider with `step="1"` can hold).
pub fn on_step(v: f64) -> bool {
    (v - v.round()).abs() < EPS && (0.0..=MAX).contains(&v.round())
}

/// A slider value within the scale: clamped to 0–[`MAX`]; `None` for NaN or infinity.
pub fn clamp(v: f64) -> Option<f64> {
    v.is_finite().then(|| v.clamp(0.0, MAX))
}

/// The importance a criterion needs for share `share` when the other criteria's importances sum
/// to `rest` (dragging one slider keeps the others): `w = s·rest / (1 − s)`. `None` when no
/// importance gives it: `rest` is 0 (any positive value is 100 %) or `share` is 1 (infinite).
/// May exceed [`MAX`]: the caller decides whether the scale reaches it.
pub fn for_share(share: f64, rest: f64) -> Option<f64> {
    if !(rest > 0.0 && rest.is_finite() && share.is_finite()) || share >= 1.0 {
        return None;
    }
    Some((share.max(0.0) * rest / (1.0 - share)).max(0.0))
}

/// An importance as the number beside a slider shows it: "7/10", or "7.5/10" for an off-step
/// value from an old link (one decimal at most: the share beside it is exact anyway).
pub fn label(v: f64) -> String {
    format!("{}/{}", number(v), number(MAX))
}

/// An importance as a bare number ("7", "7.5"): URLs, attributes, band texts.
pub fn number(v: f64) -> String {
    crate::format::fixed(v, 1, true)
}

/// The part of the scale (whole steps, or the exact value `now` when it is off-step) in which a
/// state holds, given that it holds for importances in `[lo, hi]` (either may lie off the scale).
/// Returns the first and last slider positions of that part, `None` when the scale holds none.
pub fn steps_within(lo: f64, hi: f64, now: f64) -> Option<(f64, f64)> {
    let first = (lo - EPS).max(0.0).ceil();
    let last = (hi + EPS).min(MAX).floor();
    if first <= last {
        // An off-step current value lies between whole steps: it is part of the range too.
        let first = if now < first && now >= lo - EPS { now } else { first };
        let last = if now > last && now <= hi + EPS { now } else { last };
        Some((first, last))
    } else if now >= lo - EPS && now <= hi + EPS {
        Some((now, now))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shares(w: &[f64]) -> Vec<f64> {
        let s: f64 = w.iter().sum();
        w.iter().map(|x| x / s).collect()
    }

    #[test]
    fn hand_worked_conversions() {
        assert_eq!(to_importances(&[40.0, 30.0, 20.0, 10.0]), [8.0, 6.0, 4.0, 2.0]);
        assert_eq!(to_importances(&[40.0, 15.0, 30.0, 15.0]), [8.0, 3.0, 6.0, 3.0]);
        assert_eq!(to_importances(&[25.0, 25.0, 25.0, 25.0]), [5.0; 4]);
        assert_eq!(to_importances(&[0.0, 0.0, 100.0, 0.0]), [0.0, 0.0, 10.0, 0.0]);
        assert_eq!(to_importances(&[100.0, 25.0, 25.0, 25.0]), [8.0, 2.0, 2.0, 2.0]);
        // 57,14,14,15 reduces to nothing smaller than 57: scaled so the largest is 10.
        let odd = to_importances(&[57.0, 14.0, 14.0, 15.0]);
        assert_eq!(odd[0], 10.0);
        assert!((odd[1] - 140.0 / 57.0).abs() < 1e-12);
        // Importances stay as given.
        assert_eq!(to_importances(&[8.0, 6.0, 4.0, 2.0]), [8.0, 6.0, 4.0, 2.0]);
        assert_eq!(to_importances(&[1.0, 1.0, 1.0, 1.0]), [1.0; 4]);
        assert_eq!(to_importances(&[7.5, 0.0, 10.0, 2.0]), [7.5, 0.0, 10.0, 2.0]);
        assert_eq!(to_importances(&[0.0; 4]), [0.0; 4]);
        assert_eq!(to_importances(&[]), Vec::<f64>::new());
    }

    #[test]
    fn share_detection() {
        assert!(looks_like_shares(&[40.0, 30.0, 20.0, 10.0]));
        assert!(looks_like_shares(&[11.0, 0.0, 0.0, 0.0]));
        assert!(!looks_like_shares(&[10.0, 10.0, 10.0, 10.0]));
        assert!(!looks_like_shares(&[8.0, 6.0, 4.0, 2.0]));
    }

    #[test]
    fn labels_and_numbers() {
        assert_eq!(label(7.0), "7/10");
        assert_eq!(label(7.5), "7.5/10");
        assert_eq!(label(0.0), "0/10");
        assert_eq!(number(140.0 / 57.0), "2.5");
    }

    #[test]
    fn importance_for_a_share() {
        // 5,5,5 elsewhere (rest 15): a 40 % share needs 10; 25 % needs 5.
        assert_eq!(for_share(0.4, 15.0), Some(10.0));
        assert_eq!(for_share(0.25, 15.0), Some(5.0));
        assert_eq!(for_share(1.0, 15.0), None);
        assert_eq!(for_share(0.5, 0.0), None);
    }

    #[test]
    fn steps_of_a_band() {
        assert_eq!(steps_within(1.6, 42.0, 5.0), Some((2.0, 10.0)));
        assert_eq!(steps_within(0.0, 3.0, 2.0), Some((0.0, 3.0)));
        assert_eq!(steps_within(4.2, 4.8, 4.5), Some((4.5, 4.5)));
        assert_eq!(steps_within(4.2, 5.8, 4.5), Some((4.5, 5.0)));
        assert_eq!(steps_within(11.0, 20.0, 5.0), None);
    }

    #[test]
    fn targets_from_shares() {
        assert_eq!(from_shares(&[0.4, 0.3, 0.2, 0.1]), [8.0, 6.0, 4.0, 2.0]);
        assert_eq!(from_shares(&[0.25; 4]), [5.0; 4]);
        assert_eq!(from_shares(&[0.0; 4]), [0.0; 4]);
        let odd = from_shares(&[0.5, 0.3, 0.2 - 1e-3, 1e-3]);
        assert_eq!(odd[0], 10.0);
        assert!((odd[1] - 6.0).abs() < 1e-12);
    }

    proptest! {
        /// Whatever a link says, the sliders it gives rank with the same shares, and stay on
        /// the scale.
        #[test]
        fn shares_are_kept_exactly(raw in prop::collection::vec(0u32..=1000, 1..6)) {
            let raw: Vec<f64> = raw.into_iter().map(f64::from).collect();
            let imp = to_importances(&raw);
            prop_assert_eq!(imp.len(), raw.len());
            prop_assert!(imp.iter().all(|v| (0.0..=MAX).contains(v)));
            if raw.iter().sum::<f64>() > 0.0 {
                for (a, b) in shares(&raw).iter().zip(shares(&imp)) {
                    prop_assert!((a - b).abs() < 1e-12, "{raw:?} → {imp:?}");
                }
            } else {
                prop_assert!(imp.iter().all(|v| *v == 0.0));
            }
        }

        /// Whole-number share links that fit the scale land on whole steps.
        #[test]
        fn whole_steps_when_possible(imp in prop::collection::vec(0u32..=10, 1..6), k in 11u32..40) {
            let raw: Vec<f64> = imp.iter().map(|v| f64::from(v * k)).collect();
            let got = to_importances(&raw);
            prop_assert!(got.iter().all(|v| on_step(*v)), "{raw:?} → {got:?}");
        }

        /// Importances never round-trip into something else.
        #[test]
        fn importances_are_kept(imp in prop::collection::vec(0.0f64..=10.0, 1..6)) {
            prop_assert_eq!(to_importances(&imp), imp);
        }
    }
}
