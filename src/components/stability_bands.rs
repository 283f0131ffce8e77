//! A stability band under one slider: the range of that criterion's share in which the current
//! leader stays first (dark band) and in which the teams above the line stay the same (light
//! band), drawn as a small SVG (attributes only: strict CSP), with a sentence naming who takes
//! over beyond each edge. The data comes from [`crate::sensitivity::stability_intervals`].
//!
//! The engine measures along "this share moves, the others keep their proportions" — exactly
//! what dragging one slider does — so the band is drawn, and its sentences worded, in the
//! slider's own units, importance 0–10: a share `s` is the importance `w = s·R/(1 − s)` where `R`
//! is the sum of the other importances ([`importance::for_share`]). The band thus lines up with
//! the thumb, and "Below 2" means the slider's positions 0 and 1. (With every other slider at 0,
//! any positive importance is a 100 % share: the band covers 1–10.)

use yew::prelude::*;

use crate::format;
use crate::i18n::{self, Takeover};
use crate::importance::{self, MAX};
use crate::sensitivity::{Edge, ShareRange, StabilityInterval};
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`StabilityBand`].
#[derive(Properties, Clone, PartialEq)]
pub struct StabilityBandProps {
    /// The data (team names).
    pub data: DataRc,
    /// The interval of this slider's criterion.
    pub interval: StabilityInterval,
    /// This slider's importance (0–[`MAX`]).
    pub value: f64,
    /// Sum of the other sliders' values.
    pub rest: f64,
    /// Reader's language.
    pub lang: Lang,
}

/// The importance at share `s` (`f64::INFINITY` beyond the scale's reach; with `rest` 0 every
/// positive share is reached at any positive importance, so `s > 0` maps to the first step).
fn importance_at(s: f64, rest: f64) -> f64 {
    if rest <= 0.0 {
        return if s > 0.0 { 1.0 } else { 0.0 };
    }
    importance::for_share(s, rest).unwrap_or(f64::INFINITY)
}

/// Where importance `w` sits on the slider track, 0–100 (% of its width).
fn track_x(w: f64) -> f64 {
    (w / MAX * 100.0).clamp(0.0, 100.0)
}

/// A band in slider positions: (first, last), and who takes over below and above it.
type Steps<'a> = ((f64, f64), Takeover<'a>, Takeover<'a>);

/// The slider positions (first, last) a range holds at, and who takes over beyond each end (only
/// where the slider can go: a takeover past 10 is not reachable by this slider).
fn steps<'a>(
    r: &ShareRange,
    rest: f64,
    now: f64,
    who: &dyn Fn(&Edge) -> Takeover<'a>,
) -> Option<Steps<'a>> {
    // A non-inclusive end (a missing score flips exactly at 0) is not itself a position.
    let lo = importance_at(r.lo.share, rest) + if r.lo.inclusive { 0.0 } else { 1e-6 };
    let hi = if rest <= 0.0 && r.hi.share >= 1.0 { MAX } else { importance_at(r.hi.share, rest) };
    let (a, b) = importance::steps_within(lo, hi, now)?;
    let below = if a > 0.0 { who(&r.lo) } else { None };
    let above = if hi < MAX { who(&r.hi) } else { None };
    Some(((a, b), below, above))
}

fn rect(class: &'static str, span: Option<(f64, f64)>, y: &'static str, h: &'static str) -> Html {
    let Some((a, b)) = span else { return html! {} };
    let lo = track_x(a);
    let w = (track_x(b) - lo).max(0.0);
    html! { <rect class={class} x={format::svg_percent(lo)} y={y} width={format::svg_percent(w.max(0.8))} height={h} /> }
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
    let (rest, now) = (props.rest, props.value);
    let lead = steps(&iv.leader_range, rest, now, &who);
    let cut = steps(&iv.cut_range, rest, now, &who);
    let n = importance::number;
    // The current position always keeps both states; `None` only on a numerical hair.
    let leader_text = lead.map(|((a, b), below, above)| {
        i18n::band_leader(lang, name(Some(iv.leader)).unwrap_or("?"), &n(a), &n(b), below, above)
    });
    let cut_text = cut.map(|((a, b), below, above)| {
        i18n::band_cut(lang, iv.cut, i18n::Rows::of(d), &n(a), &n(b), below, above)
    });
    let now_x = format::svg_percent(track_x(now));
    html! {
        <div class="kai-band" data-band-criterion={d.criteria.get(iv.criterion).map(|c| c.id.clone())}>
            <svg class="kai-band-svg" aria-hidden="true" focusable="false" width="100%" height="14">
                <rect class="kai-band-track" x="0" y="0" width="100%" height="14" />
                { rect("kai-band-cut", cut.map(|c| c.0), "0", "14") }
                { rect("kai-band-lead", lead.map(|l| l.0), "3", "8") }
                <line class="kai-band-now" x1={now_x.clone()} x2={now_x} y1="0" y2="14" />
            </svg>
            <p class="kai-band-text" data-band="leader">{ leader_text }</p>
            <p class="kai-band-text" data-band="cut">{ cut_text }</p>
        </div>
    }
}
