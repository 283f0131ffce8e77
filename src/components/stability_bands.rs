//! A stability band under one slider: the range of that criterion's share in which the current
//! leader stays first (dark band) and in which the teams above the line stay the same (light
//! band), drawn as a small SVG (attributes only: strict CSP), with a sentence naming who takes
//! over beyond each edge. The data comes from [`crate::sensitivity::stability_intervals`].
//!
//! The engine measures along "this share moves, the others keep their proportions" — exactly
//! what dragging one slider does — so the band is drawn in the slider's own units: a share `s`
//! is the slider value `w = s·R/(1 − s)` where `R` is the sum of the other sliders. The band
//! thus lines up with the thumb. (With every other slider at 0 there is no such mapping and the
//! band is drawn on the share axis.)

use yew::prelude::*;

use crate::format;
use crate::i18n;
use crate::sensitivity::{Edge, ShareRange, StabilityInterval};
use crate::state::{DataRc, SLIDER_MAX};
use crate::text::Lang;

/// Props of [`StabilityBand`].
#[derive(Properties, Clone, PartialEq)]
pub struct StabilityBandProps {
    /// The data (team names).
    pub data: DataRc,
    /// The interval of this slider's criterion.
    pub interval: StabilityInterval,
    /// This slider's value (0–[`SLIDER_MAX`]).
    pub value: f64,
    /// Sum of the other sliders' values.
    pub rest: f64,
    /// Reader's language.
    pub lang: Lang,
}

/// Where share `s` sits on the slider track, 0–100 (% of its width).
fn track_x(s: f64, rest: f64) -> f64 {
    if rest <= 0.0 {
        return s * 100.0;
    }
    if s >= 1.0 {
        return 100.0;
    }
    (s * rest / (1.0 - s) / SLIDER_MAX * 100.0).clamp(0.0, 100.0)
}

fn rect(class: &'static str, r: &ShareRange, rest: f64, y: &'static str, h: &'static str) -> Html {
    let lo = track_x(r.lo.share, rest);
    let w = (track_x(r.hi.share, rest) - lo).max(0.0);
    html! { <rect class={class} x={format::svg_percent(lo)} y={y} width={format::svg_percent(w.max(0.4))} height={h} /> }
}

/// The band and its sentence.
#[component]
pub fn StabilityBand(props: &StabilityBandProps) -> Html {
    let lang = props.lang;
    let iv = &props.interval;
    let d = props.data.dataset();
    let name = |t: Option<usize>| {
        t.and_then(|t| d.teams.get(t)).map(|t| format::short_name(t.name.get(lang)))
    };
    // At 0 % or 100 % the change happens at the edge itself (a missing score starts counting).
    let who = |e: &Edge| name(e.takeover).map(|n| (n, e.share <= 0.0 || e.share >= 1.0));
    let pct = |s: f64| format::percent(lang, s);
    let lr = &iv.leader_range;
    let cr = &iv.cut_range;
    let leader_text = i18n::band_leader(
        lang,
        name(Some(iv.leader)).unwrap_or("?"),
        &pct(lr.lo.share),
        &pct(lr.hi.share),
        who(&lr.lo),
        who(&lr.hi),
    );
    let cut_text = i18n::band_cut(
        lang,
        iv.cut,
        &pct(cr.lo.share),
        &pct(cr.hi.share),
        who(&cr.lo),
        who(&cr.hi),
    );
    let now = format::svg_percent(if props.rest > 0.0 {
        props.value / SLIDER_MAX * 100.0
    } else {
        iv.share * 100.0
    });
    html! {
        <div class="kai-band" data-band-criterion={d.criteria.get(iv.criterion).map(|c| c.id.clone())}>
            <svg class="kai-band-svg" aria-hidden="true" focusable="false" width="100%" height="14">
                <rect class="kai-band-track" x="0" y="0" width="100%" height="14" />
                { rect("kai-band-cut", cr, props.rest, "0", "14") }
                { rect("kai-band-lead", lr, props.rest, "3", "8") }
                <line class="kai-band-now" x1={now.clone()} x2={now} y1="0" y2="14" />
            </svg>
            <p class="kai-band-text" data-band="leader">{ leader_text }</p>
            <p class="kai-band-text" data-band="cut">{ cut_text }</p>
        </div>
    }
}
