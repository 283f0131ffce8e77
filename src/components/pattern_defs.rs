//! SVG fill patterns, one per criterion, so colour is never the only cue: each series has its
//! own colour *and* texture (solid, stripes, dots, lines), and missing scores are hatched.
//!
//! Patterns are referenced by `fill="url(#…)"` attributes; colours come from CSS classes, so a
//! strict CSP (`style-src 'self'`) needs nothing inline.

use yew::prelude::*;

use super::{fill_url, missing_pattern_id, pattern_id, series_class};

/// Props of [`PatternDefs`].
#[derive(Properties, Clone, PartialEq)]
pub struct PatternDefsProps {
    /// Widget number on the page (ids must be unique across widgets).
    pub instance: u32,
    /// Number of criteria.
    pub criteria: usize,
}

/// Texture of pattern `i`: 0 solid, 1 diagonal stripes, 2 dots, 3 horizontal lines.
fn texture(i: usize) -> Html {
    match i % 4 {
        0 => html! {},
        1 => html! { <path class="kai-pat-ink" d="M-1,1 L1,-1 M0,6 L6,0 M5,7 L7,5" /> },
        2 => html! { <circle class="kai-pat-dot" cx="3" cy="3" r="1.3" /> },
        _ => html! { <path class="kai-pat-ink" d="M0,3 H6" /> },
    }
}

/// A hidden `<svg>` holding the pattern definitions of one widget.
#[component]
pub fn PatternDefs(props: &PatternDefsProps) -> Html {
    let instance = props.instance;
    html! {
        <svg class="kai-defs" aria-hidden="true" focusable="false" width="0" height="0">
            <defs>
                { for (0..props.criteria).map(|i| html! {
                    <pattern id={pattern_id(instance, i)} width="6" height="6" patternUnits="userSpaceOnUse">
                        <rect class={series_class(i)} width="6" height="6" />
                        { texture(i) }
                    </pattern>
                }) }
                <pattern id={missing_pattern_id(instance)} width="6" height="6" patternUnits="userSpaceOnUse">
                    <rect class="kai-missing-bg" width="6" height="6" />
                    <path class="kai-missing-ink" d="M-1,1 L1,-1 M0,6 L6,0 M5,7 L7,5" />
                </pattern>
            </defs>
        </svg>
    }
}

/// Props of [`Swatch`].
#[derive(Properties, Clone, PartialEq)]
pub struct SwatchProps {
    /// Widget number on the page.
    pub instance: u32,
    /// Criterion index, or `None` for the "missing" hatch.
    pub series: Option<usize>,
}

/// A small legend square filled like the bars.
#[component]
pub fn Swatch(props: &SwatchProps) -> Html {
    let id = match props.series {
        Some(i) => pattern_id(props.instance, i),
        None => missing_pattern_id(props.instance),
    };
    html! {
        <svg class="kai-swatch" aria-hidden="true" focusable="false" width="16" height="16">
            <rect class="kai-seg" x="0.5" y="0.5" width="15" height="15" fill={fill_url(&id)} />
        </svg>
    }
}
