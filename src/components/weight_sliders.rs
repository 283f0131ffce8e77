//! The weight sliders: native `<input type="range">`, one per criterion, labelled. Each sets an
//! importance 0–10 (README "The weight model"): the number beside it says what the thumb shows
//! ("7/10"), and the resulting share is shown separately ("비중 35%"), both in `aria-valuetext`.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{StabilityBand, Swatch};
use crate::format;
use crate::i18n::{self, Ui};
use crate::importance;
use crate::sensitivity::StabilityInterval;
use crate::state::{DataRc, SLIDER_MAX};
use crate::text::Lang;

/// Props of [`WeightSliders`].
#[derive(Properties, Clone, PartialEq)]
pub struct WeightSlidersProps {
    /// The data (criteria).
    pub data: DataRc,
    /// Importances, 0–10.
    pub weights: Vec<f64>,
    /// Resulting shares, 0–1 (all zero when every weight is zero).
    pub shares: Rc<Vec<f64>>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (element ids).
    pub instance: u32,
    /// A slider moved: (criterion index, new value).
    pub on_weight: Callback<(usize, f64)>,
    /// Explore mode: stability intervals, one per criterion, drawn as a band under each slider.
    #[prop_or_default]
    pub bands: Option<Rc<Vec<StabilityInterval>>>,
}

/// The fieldset of sliders.
#[component]
pub fn WeightSliders(props: &WeightSlidersProps) -> Html {
    let lang = props.lang;
    let max = format::weight(SLIDER_MAX);
    html! {
        <fieldset class="kai-weights">
            <legend class="kai-h">{ Ui::Weights.get(lang) }</legend>
            <p class="kai-note">{ Ui::WeightsHint.get(lang) }</p>
            { for props.data.dataset().criteria.iter().enumerate().map(|(i, c)| {
                let id = format!("kai{}-w-{}", props.instance, c.id);
                let def_id = format!("{id}-def");
                let label = c.label.get(lang);
                let pct = format::percent(lang, props.shares.get(i).copied().unwrap_or(0.0));
                let value = props.weights.get(i).copied().unwrap_or(0.0);
                let shown = importance::label(value);
                // An off-step value from an older share-style link stays exact (the browser
                // would snap it to a step) until the reader moves this slider.
                let step = if importance::on_step(value) { "1" } else { "any" };
                let on_weight = props.on_weight.clone();
                let oninput = Callback::from(move |e: InputEvent| {
                    let input: HtmlInputElement = e.target_unchecked_into();
                    if let Ok(v) = input.value().parse::<f64>() {
                        on_weight.emit((i, v));
                    }
                });
                html! {
                    <div class="kai-slider">
                        <label for={id.clone()}>
                            <Swatch instance={props.instance} series={Some(i)} />
                            <span>{ label }</span>
                        </label>
                        <input type="range" id={id.clone()} min="0" max={max.clone()} {step}
                            value={format::weight(value)} data-criterion={c.id.clone()}
                            aria-valuetext={i18n::slider_valuetext(lang, &shown, &pct)}
                            aria-describedby={def_id.clone()} {oninput} />
                        <output for={id} class="kai-imp" data-importance="">{ shown }</output>
                        <span class="kai-wshare">{ i18n::share_text(lang, &pct) }</span>
                        if let Some(iv) = props.bands.as_ref().and_then(|b| b.get(i)) {
                            <StabilityBand data={props.data.clone()} interval={iv.clone()} {value}
                                rest={props.weights.iter().sum::<f64>() - value} {lang} />
                        }
                        // Folded so that on a phone the ranking is not four paragraphs away;
                        // the slider's description still reads it (aria-describedby).
                        <details class="kai-def-box">
                            <summary>{ Ui::WhatCounts.get(lang) }</summary>
                            <p class="kai-def" id={def_id}>{ c.definition.get(lang) }</p>
                        </details>
                    </div>
                }
            }) }
        </fieldset>
    }
}
