//! The classroom tab (수업, issue 15): a teacher's lesson in three steps — rank your own data
//! (paste a table, choose each criterion's direction and scaling), let the class predict the
//! ranking before revealing it, then see who can win and where (winner map, contributions).
//! Predicting comes before the winner map and the contribution table because those show the
//! totals: below the game, they are out of sight while the class guesses.
//!
//! Like [`super::ExplorePanel`] it takes plain data from the app and one `on_action` callback
//! into the app's reducer; each step is its own component, this file only lays them out.

use std::rc::Rc;

use yew::prelude::*;

use super::explore_tabs::{panel_id, tab_id};
use super::{
    ContributionTable, DatasetEditor, PredictReveal, PresetBar, ScalingCompare, WeightSliders,
    WinnerMap,
};
use crate::i18n::Cl;
use crate::rank::Ranking;
use crate::state::{Action, DataRc, Tab};
use crate::text::Lang;

/// Props of [`ClassroomPanel`].
#[derive(Properties, Clone, PartialEq)]
pub struct ClassroomPanelProps {
    /// The data ranked.
    pub data: DataRc,
    /// Slider values (importances).
    pub weights: Vec<f64>,
    /// Current shares (0–1).
    pub shares: Rc<Vec<f64>>,
    /// The current ranking.
    pub ranking: Rc<Ranking>,
    /// Places above the line.
    pub cut: usize,
    /// Index of the preset matching the sliders.
    pub active_preset: Option<usize>,
    /// The dataset editor's kept text.
    pub draft: Rc<str>,
    /// The text of a dataset the reader loaded (`None`: the built-in one).
    pub source: Option<Rc<str>>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page.
    pub instance: u32,
    /// Every change, dispatched to the app's reducer.
    pub on_action: Callback<Action>,
}

/// The classroom tab panel.
#[component]
pub fn ClassroomPanel(props: &ClassroomPanelProps) -> Html {
    let lang = props.lang;
    let instance = props.instance;
    // Each control's event as an action of the app's reducer.
    let oa = &props.on_action;
    let on_weight =
        oa.reform(|(criterion, value): (usize, f64)| Action::SetWeight { criterion, value });
    let on_preset = oa.reform(Action::ApplyPreset);
    let on_reset = oa.reform(|_: ()| Action::Reset);
    let on_weights = oa.reform(Action::SetWeights);
    let h = |id: &str| format!("kai{instance}-cl-{id}");
    html! {
        <div class="kai-body kai-classroom" role="tabpanel" id={panel_id(instance)}
            aria-labelledby={tab_id(instance, Tab::Classroom)}>
            <section class="kai-controls">
                <WeightSliders data={props.data.clone()} weights={props.weights.clone()}
                    shares={props.shares.clone()} {lang} {instance} {on_weight} />
                <PresetBar data={props.data.clone()} active={props.active_preset} {lang}
                    {on_preset} {on_reset} />
            </section>
            <section class="kai-results">
                <p class="kai-note">{ Cl::Intro.get(lang) }</p>
                <section class="kai-cl-step" data-step="data" aria-labelledby={h("data")}>
                    <h3 class="kai-h" id={h("data")}>{ Cl::DataH.get(lang) }</h3>
                    <DatasetEditor data={props.data.clone()} draft={props.draft.clone()}
                        source={props.source.clone()} {lang} {instance} on_action={props.on_action.clone()} />
                    <ScalingCompare data={props.data.clone()} weights={props.weights.clone()} {lang} {instance} />
                </section>
                <section class="kai-cl-step" data-step="predict" aria-labelledby={h("predict")}>
                    <h3 class="kai-h" id={h("predict")}>{ Cl::PredictH.get(lang) }</h3>
                    <PredictReveal data={props.data.clone()} shares={props.shares.clone()}
                        ranking={props.ranking.clone()} {lang} {instance} />
                </section>
                <section class="kai-cl-step" data-step="who" aria-labelledby={h("who")}>
                    <h3 class="kai-h" id={h("who")}>{ Cl::WhoH.get(lang) }</h3>
                    <WinnerMap data={props.data.clone()} weights={props.weights.clone()}
                        ranking={props.ranking.clone()} {lang} {instance} {on_weights} />
                    <ContributionTable data={props.data.clone()} ranking={props.ranking.clone()}
                        shares={props.shares.clone()} {lang} {instance} />
                </section>
            </section>
        </div>
    }
}
