//! "What would it take?": for the explored team, the smallest change of the weights that makes
//! it first and that puts it above the line, or "no weighting can" with the teams that block
//! it, plus a button that moves the sliders to that weighting (through the reducer).
//!
//! Recomputed with `use_memo` whenever the weights move: the engine's linear programs take
//! microseconds to a millisecond for ten teams, so dragging stays smooth.

use yew::prelude::*;

use crate::format;
use crate::i18n::{self, Ex};
use crate::importance;
use crate::rank::Weights;
use crate::sensitivity::{Reach, WhatItTakes as Answer, what_it_takes};
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`WhatItTakes`].
#[derive(Properties, Clone, PartialEq)]
pub struct WhatItTakesProps {
    /// The data ranked.
    pub data: DataRc,
    /// Slider values.
    pub weights: Vec<f64>,
    /// The team asked about.
    pub team: usize,
    /// Places above the line.
    pub cut: usize,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page.
    pub instance: u32,
    /// "Move the sliders there": the new slider values.
    pub on_weights: Callback<Vec<f64>>,
}

/// Two answers (first place, above the line), each with its button.
#[component]
pub fn WhatItTakes(props: &WhatItTakesProps) -> Html {
    let lang = props.lang;
    let answer: std::rc::Rc<Answer> = use_memo(
        (props.data.clone(), props.weights.clone(), props.team, props.cut),
        |(d, w, team, cut)| {
            let weights = Weights::new(w.clone()).unwrap_or_else(|_| Weights::equal(w.len()));
            what_it_takes(&d.0.matrix, &weights, *team, *cut)
        },
    );
    let d = props.data.dataset();
    let current =
        Weights::new(props.weights.clone()).ok().and_then(|w| w.shares()).unwrap_or_default();
    let name = |t: usize| d.teams.get(t).map_or("?", |x| x.name.get(lang));
    let reach = |title: String, kind: &'static str, r: &Reach| -> Html {
        let body = match r {
            Reach::Already => html! { <p>{ Ex::Already.get(lang) }</p> },
            Reach::Possible { distance, shares } => {
                let moves: Vec<String> = d
                    .criteria
                    .iter()
                    .enumerate()
                    .filter_map(|(i, c)| {
                        let from = current.get(i).copied().unwrap_or(0.0);
                        let to = shares.get(i).copied().unwrap_or(0.0);
                        ((from - to).abs() >= 0.005)
                            .then(|| format::share_move(lang, c.label.get(lang), from, to))
                    })
                    .collect();
                let target: Vec<f64> = importance::from_shares(shares);
                let on_weights = props.on_weights.clone();
                html! {
                    <>
                        <p>{ i18n::wit_possible(lang, distance / 2.0 * 100.0, &moves) }</p>
                        <button type="button" class="kai-apply" data-apply={kind}
                            onclick={move |_| on_weights.emit(target.clone())}>{ Ex::MoveThere.get(lang) }</button>
                    </>
                }
            }
            Reach::Impossible { blockers } => {
                let names: Vec<&str> =
                    blockers.iter().map(|&b| format::short_name(name(b))).collect();
                html! { <p class="kai-impossible">{ i18n::wit_impossible(lang, &names, i18n::Rows::of(d)) }</p> }
            }
        };
        html! {
            <div class="kai-wit-item" data-reach={kind}>
                <p class="kai-h4">{ title }</p>
                { body }
            </div>
        }
    };
    let hid = format!("kai{}-wh", props.instance);
    html! {
        <section class="kai-x kai-wit" aria-labelledby={hid.clone()} data-team={d.teams.get(props.team).map(|t| t.id.clone())}>
            <h3 class="kai-h" id={hid}>{ i18n::wit_heading(lang, name(props.team)) }</h3>
            <div class="kai-wit-grid">
                { reach(Ex::ToFirst.get(lang).to_string(), "first", &answer.first) }
                { reach(i18n::to_cut_for(lang, answer.cut_size, i18n::Rows::of(d)), "cut", &answer.cut) }
            </div>
        </section>
    }
}
