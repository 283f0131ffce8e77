//! The normalisation switch made visible: the same weights, every criterion put on 0–10 in
//! each of the three ways, and the places each way gives (issue #15: "a known trap no anchor
//! shows" — min–max stretches small differences, rank flattens large ones, and the winner can
//! change with nothing but the scaling).

use super::{CriterionScale, Scaling, rescale};
use crate::model::Dataset;
use crate::rank::{Weights, rank};

/// Which scalings the comparison shows, in its column order.
pub const COMPARED: [Scaling; 3] = [Scaling::Raw, Scaling::MinMax, Scaling::Rank];

/// The places under one way of scaling every criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingOutcome {
    /// The scaling given to every criterion with raw values (`None`: the reader's own
    /// settings, criterion by criterion).
    pub scaling: Option<Scaling>,
    /// Each item's place (shared competition rank, 1-based; `None`: not rankable, e.g. a
    /// missing score), in dataset order; `None` for the whole column when this scaling cannot
    /// apply (raw values outside 0–10).
    pub places: Option<Vec<Option<usize>>>,
}

impl ScalingOutcome {
    /// The items in first place (more than one on a tie), or nothing when the scaling cannot
    /// apply.
    pub fn leaders(&self) -> Vec<usize> {
        self.places.as_ref().map_or_else(Vec::new, |p| {
            p.iter().enumerate().filter(|(_, r)| **r == Some(1)).map(|(i, _)| i).collect()
        })
    }
}

/// The reader's own settings first, then every criterion raw, min–max and rank (directions
/// and units kept). Criteria without raw values (a K-AI dataset) keep their scores, so for a
/// dataset with no classroom scales every outcome is the same ranking.
pub fn compare_scalings(dataset: &Dataset, weights: &Weights) -> Vec<ScalingOutcome> {
    let places = |d: &Dataset| {
        let r = rank(d, weights);
        (0..d.teams.len()).map(|t| r.row_of(t).and_then(|row| row.rank)).collect::<Vec<_>>()
    };
    let mut out = vec![ScalingOutcome { scaling: None, places: Some(places(dataset)) }];
    for scaling in COMPARED {
        let mut d = dataset.clone();
        let mut ok = true;
        for c in 0..d.criteria.len() {
            let Some(s) = d.criteria[c].scale.clone() else { continue };
            if rescale(&mut d, c, CriterionScale { scaling, ..s }).is_err() {
                ok = false;
                break;
            }
        }
        out.push(ScalingOutcome { scaling: Some(scaling), places: ok.then(|| places(&d)) });
    }
    out
}
