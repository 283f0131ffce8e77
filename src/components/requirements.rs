//! Requirements: a minimum score per criterion that removes a team whatever its weighted total
//! (how Naver Cloud left stage one: the independence requirement, not a low score).
//!
//! Why apart from the sliders: a gate is not a weight. Each criterion has a native checkbox
//! (off by default) and a number input (0–10, step 0.5) that only counts while the box is
//! ticked; both are labelled, so the control works from the keyboard and a screen reader.
//! Plain data in, one `Callback` out; no state.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::format;
use crate::i18n::Ui;
use crate::model::{SCORE_MAX, SCORE_MIN};
use crate::state::DataRc;
use crate::text::Lang;

/// The minimum a requirement starts at when ticked (the stage-one preset's).
pub const DEFAULT_MINIMUM: f64 = 5.0;

/// Props of [`Requirements`].
#[derive(Properties, Clone, PartialEq)]
pub struct RequirementsProps {
    /// The data (criteria).
    pub data: DataRc,
    /// The minimum per criterion (`None`: no requirement).
    pub gates: Vec<Option<f64>>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (element ids).
    pub instance: u32,
    /// A requirement changed: (criterion index, minimum or `None` for off).
    pub on_gate: Callback<(usize, Option<f64>)>,
}

/// The fieldset of requirements.
#[component]
pub fn Requirements(props: &RequirementsProps) -> Html {
    let lang = props.lang;
    let hint_id = format!("kai{}-gates-hint", props.instance);
    html! {
        <fieldset class="kai-gates" aria-describedby={hint_id.clone()}>
            <legend class="kai-h">{ Ui::Requirements.get(lang) }</legend>
            <p class="kai-note" id={hint_id}>{ crate::i18n::requirements_hint(lang, crate::i18n::Rows::of(props.data.dataset())) }</p>
            { for props.data.dataset().criteria.iter().enumerate().map(|(i, c)| {
                let on_id = format!("kai{}-gate-{}", props.instance, c.id);
                let min_id = format!("{on_id}-min");
                let current = props.gates.get(i).copied().flatten();
                let min_ref = NodeRef::default();
                let on_toggle = {
                    let on_gate = props.on_gate.clone();
                    let min_ref = min_ref.clone();
                    Callback::from(move |e: Event| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        let min = min_ref
                            .cast::<HtmlInputElement>()
                            .and_then(|m| m.value().parse::<f64>().ok())
                            .filter(|v| v.is_finite())
                            .unwrap_or(DEFAULT_MINIMUM);
                        on_gate.emit((i, input.checked().then_some(min)));
                    })
                };
                let on_min = {
                    let on_gate = props.on_gate.clone();
                    Callback::from(move |e: Event| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        if let Ok(v) = input.value().parse::<f64>() {
                            on_gate.emit((i, Some(v)));
                        }
                    })
                };
                html! {
                    <div class="kai-gate" data-gate={c.id.clone()}>
                        <input type="checkbox" id={on_id.clone()} checked={current.is_some()}
                            data-gate-on={c.id.clone()} onchange={on_toggle} />
                        <label for={on_id}>{ c.label.get(lang) }</label>
                        <label class="kai-gate-min" for={min_id.clone()}>{ Ui::Minimum.get(lang) }</label>
                        <input type="number" id={min_id} ref={min_ref} data-gate-min={c.id.clone()}
                            aria-label={format!("{} ({})", c.label.get(lang), Ui::Minimum.get(lang))}
                            min={format::weight(SCORE_MIN)} max={format::weight(SCORE_MAX)} step="0.5"
                            value={format::weight(current.unwrap_or(DEFAULT_MINIMUM))}
                            disabled={current.is_none()} onchange={on_min} />
                    </div>
                }
            }) }
        </fieldset>
    }
}
