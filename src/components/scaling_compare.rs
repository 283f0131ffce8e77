//! The normalisation switch made visible (issue #15): beside the reader's own settings, the
//! places every item would get if every criterion were put on 0–10 raw, min–max or by rank,
//! under the same weights, and one sentence saying whether the scaling alone changes the
//! winner. Only for classroom data (the K-AI scores have no raw values to rescale).

use yew::prelude::*;

use crate::classroom::{ScalingOutcome, compare_scalings};
use crate::i18n::{self, Cl};
use crate::model::Mode;
use crate::rank::Weights;
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`ScalingCompare`].
#[derive(Properties, Clone, PartialEq)]
pub struct ScalingCompareProps {
    /// The data ranked (a classroom dataset; nothing shows for other data).
    pub data: DataRc,
    /// Slider values (importances).
    pub weights: Vec<f64>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (element ids).
    pub instance: u32,
}

/// A table of places, one column per scaling, rows in the order of the reader's settings.
#[component]
pub fn ScalingCompare(props: &ScalingCompareProps) -> Html {
    let lang = props.lang;
    let outcomes = use_memo((props.data.clone(), props.weights.clone()), |(data, w)| {
        let weights = Weights::new(w.clone()).unwrap_or_else(|_| Weights::equal(w.len()));
        compare_scalings(data.dataset(), &weights)
    });
    let d = props.data.dataset();
    if d.mode != Mode::Classroom || outcomes.is_empty() {
        return html! {};
    }
    let hid = format!("kai{}-cl-cmp", props.instance);
    let as_set = outcomes[0].places.clone().unwrap_or_default();
    // Rows in the order the reader's own settings give (unranked items last).
    let mut order: Vec<usize> = (0..d.teams.len()).collect();
    order.sort_by_key(|&t| (as_set.get(t).copied().flatten().unwrap_or(usize::MAX), t));
    let name = |t: usize| d.teams.get(t).map_or("", |team| team.name.get(lang));
    let header = |o: &ScalingOutcome| match o.scaling {
        None => Cl::AsSet.get(lang).to_string(),
        Some(s) => i18n::classroom::all_scaled(lang, s),
    };
    let column = |o: &ScalingOutcome| o.scaling.map_or("as-set", |s| s.as_str());
    let leaders: Vec<_> = outcomes
        .iter()
        .filter_map(|o| {
            let s = o.scaling?;
            let names: Vec<&str> = o.leaders().into_iter().map(name).collect();
            (!names.is_empty()).then(|| (s, i18n::join(lang, &names)))
        })
        .collect();
    let item_label =
        d.item_label.as_ref().map_or(Cl::Items.get(lang), |label| label.get(lang)).to_string();
    html! {
        <section class="kai-cl-compare" data-compare="" aria-labelledby={hid.clone()}>
            <h4 class="kai-h4" id={hid}>{ Cl::CompareH.get(lang) }</h4>
            <p class="kai-note">{ Cl::CompareNote.get(lang) }</p>
            <div class="kai-table-scroll">
            <table class="kai-official-table kai-cl-cmp-table">
                <thead>
                    <tr>
                        <th scope="col">{ item_label }</th>
                        { for outcomes.iter().map(|o| html! {
                            <th scope="col" data-scaling={column(o)}>{ header(o) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for order.iter().map(|&t| html! {
                        <tr data-item={d.teams.get(t).map(|team| team.id.clone())}>
                            <th scope="row">{ name(t).to_string() }</th>
                            { for outcomes.iter().map(|o| match &o.places {
                                Some(p) => {
                                    let place = p.get(t).copied().flatten();
                                    let moved = place != as_set.get(t).copied().flatten();
                                    html! {
                                        <td data-scaling={column(o)} class={classes!(moved.then_some("kai-cl-moved"))}>
                                            { i18n::rank_text(lang, place) }
                                        </td>
                                    }
                                }
                                None => html! {
                                    <td data-scaling={column(o)} class="kai-official-none">{ Cl::CannotApply.get(lang) }</td>
                                },
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            <p class="kai-note" data-leaders="">{ i18n::classroom::leaders_sentence(lang, &leaders) }</p>
        </section>
    }
}
