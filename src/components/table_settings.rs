//! A pasted table's settings (issue #15, classroom): per criterion a direction and a scaling
//! to 0–10, as two native labelled `<select>`s in a `<fieldset>` named by the column (its
//! header, unit included), so they are keyboard- and screen-reader-operable without extra work.
//! Changing one after the data is in use is the normalisation switch: the editor rebuilds.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::classroom::{CriterionScale, Direction, Scaling};
use crate::i18n::Ex;
use crate::text::Lang;

/// Props of [`TableSettings`].
#[derive(Properties, Clone, PartialEq)]
pub struct TableSettingsProps {
    /// The criterion columns' headers, in column order.
    pub headers: Vec<String>,
    /// One setting per header.
    pub scales: Vec<CriterionScale>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (element ids).
    pub instance: u32,
    /// The reader changed criterion `.0`'s setting to `.1`.
    pub on_change: Callback<(usize, CriterionScale)>,
}

/// The value a `<select>` carries for a direction (the dataset's JSON words).
fn direction_value(d: Direction) -> &'static str {
    match d {
        Direction::HigherIsBetter => "higher",
        Direction::LowerIsBetter => "lower",
    }
}

/// A heading, one line, and a fieldset per criterion.
#[component]
pub fn TableSettings(props: &TableSettingsProps) -> Html {
    let lang = props.lang;
    let hid = format!("kai{}-tab-h", props.instance);
    let row = |c: usize, header: &String| {
        let Some(scale) = props.scales.get(c).cloned() else {
            return html! {};
        };
        let did = format!("kai{}-dir-{c}", props.instance);
        let sid = format!("kai{}-scl-{c}", props.instance);
        let on_dir = {
            let on_change = props.on_change.clone();
            let scale = scale.clone();
            Callback::from(move |e: Event| {
                let select: HtmlSelectElement = e.target_unchecked_into();
                let direction = if select.value() == "lower" {
                    Direction::LowerIsBetter
                } else {
                    Direction::HigherIsBetter
                };
                on_change.emit((c, CriterionScale { direction, ..scale.clone() }));
            })
        };
        let on_scl = {
            let on_change = props.on_change.clone();
            let scale = scale.clone();
            Callback::from(move |e: Event| {
                let select: HtmlSelectElement = e.target_unchecked_into();
                let scaling = match select.value().as_str() {
                    "raw" => Scaling::Raw,
                    "rank" => Scaling::Rank,
                    _ => Scaling::MinMax,
                };
                on_change.emit((c, CriterionScale { scaling, ..scale.clone() }));
            })
        };
        let dir = direction_value(scale.direction);
        let scl = Scaling::as_str(scale.scaling);
        let option = |current: &str, value: &'static str, label: Ex| {
            html! { <option {value} selected={current == value}>{ label.get(lang) }</option> }
        };
        html! {
            <fieldset class="kai-tab-crit" data-criterion={c.to_string()}>
                <legend>{ header.clone() }</legend>
                <label for={did.clone()}>{ Ex::DataDirection.get(lang) }</label>
                <select id={did} data-set="direction" onchange={on_dir}>
                    { option(dir, "higher", Ex::DataHigher) }
                    { option(dir, "lower", Ex::DataLower) }
                </select>
                <label for={sid.clone()}>{ Ex::DataScaling.get(lang) }</label>
                <select id={sid} data-set="scaling" onchange={on_scl}>
                    { option(scl, "raw", Ex::DataRaw) }
                    { option(scl, "min-max", Ex::DataMinMax) }
                    { option(scl, "rank", Ex::DataRank) }
                </select>
            </fieldset>
        }
    };
    html! {
        <div class="kai-tab-settings" role="group" aria-labelledby={hid.clone()}>
            <h4 class="kai-h4" id={hid}>{ Ex::DataTableH.get(lang) }</h4>
            <p class="kai-note">{ Ex::DataTableNote.get(lang) }</p>
            { for props.headers.iter().enumerate().map(|(c, h)| row(c, h)) }
        </div>
    }
}
