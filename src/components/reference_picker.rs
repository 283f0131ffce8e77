//! What the ▲▼ column compares with: equal weights, a preset, or the real selection. A native
//! `<select>`, so it is keyboard- and screen-reader-operable without extra work.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::Ui;
use crate::state::{DataRc, Reference};
use crate::text::Lang;

/// Props of [`ReferencePicker`].
#[derive(Properties, Clone, PartialEq)]
pub struct ReferencePickerProps {
    /// The data (presets).
    pub data: DataRc,
    /// Current reference.
    pub reference: Reference,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (element ids).
    pub instance: u32,
    /// The reader picked a reference.
    pub on_reference: Callback<Reference>,
}

/// A labelled `<select>`.
#[component]
pub fn ReferencePicker(props: &ReferencePickerProps) -> Html {
    let lang = props.lang;
    let d = props.data.dataset();
    let id = format!("kai{}-ref", props.instance);
    let current = props.reference.param(d).to_string();
    let onchange = {
        let data = props.data.clone();
        let on_reference = props.on_reference.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(r) = Reference::parse(data.dataset(), &select.value()) {
                on_reference.emit(r);
            }
        })
    };
    let option = |value: &str, label: &str| {
        html! { <option value={value.to_string()} selected={current == value}>{ label.to_string() }</option> }
    };
    html! {
        <div class="kai-ref">
            <label for={id.clone()}>{ Ui::CompareWith.get(lang) }</label>
            <select id={id} {onchange}>
                { option("equal", Ui::RefEqual.get(lang)) }
                { for d.presets.iter().filter(|p| p.id != "equal").map(|p| option(&p.id, p.label.get(lang))) }
                { option("actual", Ui::RefActual.get(lang)) }
            </select>
        </div>
    }
}
