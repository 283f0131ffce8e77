//! A stability band under one slider: the range of that criterion's share in which the current
//! leader stays first (dark band) and in which the teams above the line stay the same (light
//! band), drawn as a small SVG (attributes only: strict CSP), with a sentence naming who takes
//! over beyond each edge. The data comes from [`crate::sensitivity::stability_intervals`].

use yew::prelude::*;

use crate::format;
use crate::i18n;
use crate::sensitivity::{ShareRange, StabilityInterval};
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`StabilityBand`].
#[derive(Properties, Clone, PartialEq)]
pub struct StabilityBandProps {
    /// The data (team names).
    pub data: DataRc,
    /// The interval of this slider's criterion.
    pub interval: StabilityInterval,
    /// Reader's language.
    pub lang: Lang,
}

fn rect(class: &'static str, r: &ShareRange, y: &'static str, h: &'static str) -> Html {
    let lo = r.lo.share * 100.0;
    let w = (r.hi.share - r.lo.share).max(0.0) * 100.0;
    html! { <rect class={class} x={format::svg_percent(lo)} y={y} width={format::svg_percent(w.max(0.4))} height={h} /> }
}

/// The band and its sentence.
#[component]
pub fn StabilityBand(props: &StabilityBandProps) -> Html {
    let lang = props.lang;
    let iv = &props.interval;
    let d = props.data.dataset();
    let name = |t: Option<usize>| t.and_then(|t| d.teams.get(t)).map(|t| format::short_name(t.name.get(lang)));
    let pct = |s: f64| format::percent(lang, s);
    let lr = &iv.leader_range;
    let cr = &iv.cut_range;
    let leader_text = i18n::band_leader(
        lang,
        name(Some(iv.leader)).unwrap_or("?"),
        &pct(lr.lo.share),
        &pct(lr.hi.share),
        name(lr.lo.takeover),
        name(lr.hi.takeover),
    );
    let cut_text = i18n::band_cut(
        lang,
        iv.cut,
        &pct(cr.lo.share),
        &pct(cr.hi.share),
        name(cr.lo.takeover),
        name(cr.hi.takeover),
    );
    let now = format::svg_percent(iv.share * 100.0);
    html! {
        <div class="kai-band" data-band-criterion={d.criteria.get(iv.criterion).map(|c| c.id.clone())}>
            <svg class="kai-band-svg" aria-hidden="true" focusable="false" width="100%" height="14">
                <rect class="kai-band-track" x="0" y="0" width="100%" height="14" />
                { rect("kai-band-cut", cr, "0", "14") }
                { rect("kai-band-lead", lr, "3", "8") }
                <line class="kai-band-now" x1={now.clone()} x2={now} y1="0" y2="14" />
            </svg>
            <p class="kai-band-text" data-band="leader">{ leader_text }</p>
            <p class="kai-band-text" data-band="cut">{ cut_text }</p>
        </div>
    }
}
