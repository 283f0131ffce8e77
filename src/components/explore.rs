//! The Explore (탐구) panel: the sensitivity views of the engine, for a reader of fifteen.
//!
//! It takes plain data from the app plus one `on_action` callback that dispatches to the app's
//! reducer, so every change (weights, scores, dataset) goes through [`crate::state::Action`].
//! Derived data that is heavy or shared by several views (stability intervals) is computed here
//! with `use_memo`; the rank acceptability runs once per dataset inside its own view.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::explore_tabs::{panel_id, tab_id};
use super::{
    AcceptabilityMap, DatasetEditor, ExportBar, Formula, PresetBar, ReferencePicker, SlopeChart,
    WeightSliders, WhatIf, WhatItTakes,
};
use crate::i18n::Ex;
use crate::model::Round;
use crate::rank::{Ranking, Weights};
use crate::sensitivity::{StabilityInterval, stability_intervals};
use crate::state::{Action, DataRc, Reference, Tab};
use crate::text::Lang;

/// Props of [`ExplorePanel`].
#[derive(Properties, Clone, PartialEq)]
pub struct ExplorePanelProps {
    /// The data ranked (what-if scores included).
    pub data: DataRc,
    /// The loaded data without what-if scores.
    pub base: DataRc,
    /// Slider values.
    pub weights: Vec<f64>,
    /// Current shares (0–1).
    pub shares: Rc<Vec<f64>>,
    /// The current ranking.
    pub ranking: Rc<Ranking>,
    /// The reference ranking (`None` when the reference is the real selection).
    pub reference_ranking: Rc<Option<Ranking>>,
    /// What the reference is.
    pub reference: Reference,
    /// Index of the preset matching the sliders.
    pub active_preset: Option<usize>,
    /// Places above the line.
    pub cut: usize,
    /// The teams the sensitivity views run on (the round's participants that pass the
    /// requirements and have every score) as their own data: index `i` is team `eligible[i]`.
    pub sub: DataRc,
    /// Dataset indices of the teams in [`ExplorePanelProps::sub`], in order.
    pub eligible: Rc<Vec<usize>>,
    /// Who the sensitivity views leave out, and why (one line), when anyone is.
    #[prop_or_default]
    pub left_out: Option<AttrValue>,
    /// The real outcome of the round shown (team ids kept), when decided.
    pub actual: Option<Vec<String>>,
    /// The round shown (the exports name it), if the data has rounds.
    #[prop_or_default]
    pub round: Option<Round>,
    /// Dataset indices of the teams above the line (the exports mark them).
    #[prop_or_default]
    pub above: Rc<Vec<usize>>,
    /// Requirement minimums per criterion (the exports state them).
    #[prop_or_default]
    pub gates: Rc<Vec<Option<f64>>>,
    /// The team whose details are open (the one explored; the leader when none).
    pub selected: Option<usize>,
    /// The dataset editor's kept text.
    pub draft: Rc<str>,
    /// The JSON text of a dataset the reader loaded (`None`: the built-in one).
    pub source: Option<Rc<str>>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page.
    pub instance: u32,
    /// Every change, dispatched to the app's reducer.
    pub on_action: Callback<Action>,
}

/// The Explore tab panel.
#[component]
pub fn ExplorePanel(props: &ExplorePanelProps) -> Html {
    let lang = props.lang;
    let instance = props.instance;
    let d = props.data.dataset();
    let leader = props.ranking.rows.first().map_or(0, |r| r.team);
    let team = props.selected.filter(|t| *t < d.teams.len()).unwrap_or(leader);
    // The sensitivity views compare teams that can all be ranked under every weighting: the
    // eligible ones, with a line they can be on either side of.
    let sub_n = props.eligible.len();
    let sub_cut = props.cut.min(sub_n.saturating_sub(1)).max(1);
    let sub_team = props.eligible.iter().position(|&t| t == team);
    let bands: Rc<Vec<StabilityInterval>> =
        use_memo((props.sub.clone(), props.weights.clone(), sub_cut), |(data, w, cut)| {
            let weights = Weights::new(w.clone()).unwrap_or_else(|_| Weights::equal(w.len()));
            if data.0.matrix.teams() < 2 {
                return Vec::new();
            }
            stability_intervals(&data.0.matrix, &weights, *cut)
        });
    let left_out = props
        .left_out
        .clone()
        .map(|t| html! { <p class="kai-note kai-left-out" data-left-out="">{ t }</p> });
    // Each control's event as an action of the app's reducer.
    let oa = &props.on_action;
    let on_weight =
        oa.reform(|(criterion, value): (usize, f64)| Action::SetWeight { criterion, value });
    let on_reset = oa.reform(|_: ()| Action::Reset);
    let picker_id = format!("kai{instance}-xteam");
    let on_team = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(t) = select.value().parse::<usize>() {
                on_action.emit(Action::Select(Some(t)));
            }
        })
    };
    let no_ranking = props.ranking.no_weights();
    // The heat map lists its rows in the ranking's order.
    let rank_order: Rc<Vec<String>> = Rc::new(
        props
            .ranking
            .rows
            .iter()
            .filter_map(|r| d.teams.get(r.team))
            .map(|t| t.id.clone())
            .collect(),
    );
    html! {
        <div class="kai-body kai-explore" role="tabpanel" id={panel_id(instance)}
            aria-labelledby={tab_id(instance, Tab::Explore)}>
            <section class="kai-controls">
                <p class="kai-h4">{ Ex::BandsH.get(lang) }</p>
                <p class="kai-note">{ crate::i18n::bands_note(lang, crate::i18n::Rows::of(d)) }</p>
                { left_out.clone() }
                <WeightSliders data={props.sub.clone()} weights={props.weights.clone()}
                    shares={props.shares.clone()} {lang} {instance} {on_weight}
                    bands={(!bands.is_empty()).then(|| bands.clone())} />
                <PresetBar data={props.data.clone()} active={props.active_preset} {lang}
                    on_preset={oa.reform(Action::ApplyPreset)} {on_reset} />
            </section>
            <section class="kai-results">
                <p class="kai-note">{ Ex::Intro.get(lang) }</p>
                <div class="kai-ref kai-xteam">
                    <label for={picker_id.clone()}>{ crate::i18n::explore_pick_label(lang, crate::i18n::Rows::of(d)) }</label>
                    <select id={picker_id} onchange={on_team}>
                        { for d.teams.iter().enumerate().map(|(i, t)| html! {
                            <option value={i.to_string()} selected={i == team}>{ t.name.get(lang) }</option>
                        }) }
                    </select>
                </div>
                if no_ranking {
                    <p class="kai-summary">{ Ex::NoRanking.get(lang) }</p>
                } else {
                    <Formula data={props.data.clone()} ranking={props.ranking.clone()}
                        shares={props.shares.clone()} {team} {lang} {instance} />
                    if let Some(team) = sub_team.filter(|_| sub_n >= 2) {
                        <WhatItTakes data={props.sub.clone()} weights={props.weights.clone()} {team}
                            cut={sub_cut} {lang} {instance} on_weights={oa.reform(Action::SetWeights)} />
                    } else {
                        { left_out.clone() }
                    }
                    <SlopeChart data={props.data.clone()} ranking={props.ranking.clone()}
                        reference_ranking={props.reference_ranking.clone()} reference={props.reference}
                        cut={props.cut} actual={props.actual.clone()} {team} {lang} {instance}>
                        <ReferencePicker data={props.data.clone()} reference={props.reference} {lang} {instance}
                            on_reference={oa.reform(Action::SetReference)} />
                    </SlopeChart>
                    <ExportBar data={props.data.clone()} ranking={props.ranking.clone()} round={props.round.clone()}
                        cut={props.cut} above={props.above.clone()} gates={props.gates.clone()}
                        weights={props.weights.clone()} {lang} {instance} />
                }
                if sub_n >= 2 {
                    <AcceptabilityMap data={props.sub.clone()} cut={sub_cut} order={rank_order} {lang} {instance} />
                    { left_out }
                }
                <WhatIf data={props.data.clone()} base={props.base.clone()} {team} {lang} {instance}
                    on_action={props.on_action.clone()} />
                <DatasetEditor data={props.data.clone()} draft={props.draft.clone()} source={props.source.clone()}
                    {lang} {instance} on_action={props.on_action.clone()} />
            </section>
        </div>
    }
}
