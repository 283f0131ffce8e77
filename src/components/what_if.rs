//! What-if scores: change the explored team's score on any criterion for a moment (number
//! input, the sourced score shown beside it) and watch every view follow; reset restores the
//! sourced scores. Changes go through the reducer ([`Action::SetScore`]), which keeps the
//! loaded dataset untouched and ranks a modified copy of its score matrix.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::format;
use crate::i18n::{self, Ex};
use crate::model::{SCORE_MAX, SCORE_MIN};
use crate::state::{Action, DataRc};
use crate::text::Lang;

/// Props of [`WhatIf`].
#[derive(Properties, Clone, PartialEq)]
pub struct WhatIfProps {
    /// The data ranked (with what-if scores).
    pub data: DataRc,
    /// The loaded data (the original scores).
    pub base: DataRc,
    /// The team whose scores are edited.
    pub team: usize,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (ids).
    pub instance: u32,
    /// Dispatches [`Action::SetScore`] and [`Action::ResetScores`].
    pub on_action: Callback<Action>,
}

/// One number input per criterion, plus reset.
#[component]
pub fn WhatIf(props: &WhatIfProps) -> Html {
    let lang = props.lang;
    let d = props.data.dataset();
    let team = props.team;
    let now = &props.data.0.matrix;
    let orig = &props.base.0.matrix;
    let changed = props.data != props.base;
    let hid = format!("kai{}-wih", props.instance);
    let on_reset = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ResetScores))
    };
    html! {
        <section class="kai-x kai-whatif" aria-labelledby={hid.clone()}>
            <h3 class="kai-h" id={hid}>{ Ex::WhatIfH.get(lang) }{ " (" }{ d.teams.get(team).map_or("", |t| t.name.get(lang)) }{ ")" }</h3>
            <p class="kai-note">{ Ex::WhatIfNote.get(lang) }</p>
            <div class="kai-whatif-grid">
                { for d.criteria.iter().enumerate().map(|(c, crit)| {
                    let id = format!("kai{}-wi-{}", props.instance, crit.id);
                    let value = now.get(team, c).map(format::weight).unwrap_or_default();
                    let original = orig.get(team, c).map(format::score);
                    let edited = now.get(team, c) != orig.get(team, c);
                    let on_action = props.on_action.clone();
                    let onchange = Callback::from(move |e: Event| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        let v = input.value();
                        let value = if v.trim().is_empty() { None } else {
                            match v.trim().parse::<f64>() { Ok(x) if x.is_finite() => Some(x), _ => return }
                        };
                        on_action.emit(Action::SetScore { team, criterion: c, value });
                    });
                    html! {
                        <div class={if edited { "kai-whatif-item kai-edited" } else { "kai-whatif-item" }}>
                            <label for={id.clone()}>{ crit.label.get(lang) }</label>
                            <input type="number" id={id} min={format::weight(SCORE_MIN)} max={format::weight(SCORE_MAX)}
                                step="0.1" inputmode="decimal" value={value} data-whatif={crit.id.clone()} {onchange} />
                            <span class="kai-note">{ i18n::original_score(lang, original.as_deref()) }</span>
                        </div>
                    }
                }) }
            </div>
            <button type="button" class="kai-reset" data-reset-scores="" disabled={!changed} onclick={on_reset}>
                { Ex::ResetScores.get(lang) }
            </button>
        </section>
    }
}
