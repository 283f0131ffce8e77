//! A horizontal stacked bar: one SVG `<rect>` per criterion contribution, sized with `x` and
//! `width` attributes in percent of the 0–10 scale (no `style=`, so a strict CSP is fine), and
//! a hatched segment for each weighted criterion a team has no score on.

use std::rc::Rc;

use yew::prelude::*;

use super::{fill_url, missing_pattern_id, pattern_id};
use crate::format;
use crate::model::SCORE_MAX;

/// Props of [`StackBar`].
#[derive(Properties, Clone, PartialEq)]
pub struct StackBarProps {
    /// Share × score per criterion (criterion order).
    pub contributions: Vec<f64>,
    /// Weighted criteria without a score.
    pub missing: Vec<usize>,
    /// Current shares, to size the hatched "unknown" segments at their largest possible size.
    pub shares: Rc<Vec<f64>>,
    /// Widget number on the page (pattern ids).
    pub instance: u32,
}

/// The bar (decorative for screen readers: the row states the score in text).
#[component]
pub fn StackBar(props: &StackBarProps) -> Html {
    let scale = 100.0 / SCORE_MAX;
    let mut x = 0.0;
    let mut segments: Vec<Html> =
        Vec::with_capacity(props.contributions.len() + props.missing.len());
    for (i, &c) in props.contributions.iter().enumerate() {
        if c <= 0.0 {
            continue;
        }
        let w = c * scale;
        segments.push(html! {
            <rect class="kai-seg" x={format::svg_percent(x)} y="0" width={format::svg_percent(w)}
                height="100%" fill={fill_url(&pattern_id(props.instance, i))} />
        });
        x += w;
    }
    let gap = fill_url(&missing_pattern_id(props.instance));
    for &m in &props.missing {
        let w = props.shares.get(m).copied().unwrap_or(0.0) * SCORE_MAX * scale;
        if w <= 0.0 {
            continue;
        }
        segments.push(html! {
            <rect class="kai-seg kai-gap" x={format::svg_percent(x)} y="0" width={format::svg_percent(w)}
                height="100%" fill={gap.clone()} />
        });
        x += w;
    }
    html! {
        <svg class="kai-bar" aria-hidden="true" focusable="false" width="100%" height="18">
            <rect class="kai-track" width="100%" height="100%" />
            { for segments }
        </svg>
    }
}
