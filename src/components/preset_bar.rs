//! Preset weightings from the dataset, plus reset to equal weights when no preset already does
//! that (a "균등" preset beside "초기화 (모두 같게)" were two buttons doing one thing). The active
//! preset is derived from the sliders, so it lights up whenever the shares match.

use yew::prelude::*;

use crate::i18n::Ui;
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`PresetBar`].
#[derive(Properties, Clone, PartialEq)]
pub struct PresetBarProps {
    /// The data (presets).
    pub data: DataRc,
    /// Index of the preset matching the sliders.
    pub active: Option<usize>,
    /// Reader's language.
    pub lang: Lang,
    /// A preset was picked (preset id).
    pub on_preset: Callback<String>,
    /// Reset was pressed.
    pub on_reset: Callback<()>,
    /// What the active preset gives, said plainly when it reproduces a round (the stage-one
    /// preset: whether our scores give the real outcome).
    #[prop_or_default]
    pub result: Option<AttrValue>,
}

/// The group of preset buttons and the active preset's description.
#[component]
pub fn PresetBar(props: &PresetBarProps) -> Html {
    let lang = props.lang;
    let presets = &props.data.dataset().presets;
    let on_reset = props.on_reset.clone();
    let show_reset = !props.data.dataset().has_equal_preset();
    let description = props.active.and_then(|i| presets.get(i)).map(|p| p.description.get(lang));
    html! {
        <div class="kai-presets">
            <p class="kai-h">{ Ui::Presets.get(lang) }</p>
            <div class="kai-preset-buttons" role="group" aria-label={Ui::Presets.get(lang)}>
                { for presets.iter().enumerate().map(|(i, p)| {
                    let on_preset = props.on_preset.clone();
                    let id = p.id.clone();
                    html! {
                        <button type="button" data-preset={p.id.clone()}
                            aria-pressed={if props.active == Some(i) { "true" } else { "false" }}
                            onclick={move |_| on_preset.emit(id.clone())}>{ p.label.get(lang) }</button>
                    }
                }) }
                if show_reset {
                    <button type="button" class="kai-reset" data-reset=""
                        onclick={move |_| on_reset.emit(())}>{ Ui::Reset.get(lang) }</button>
                }
            </div>
            if let Some(d) = description {
                <p class="kai-note kai-preset-desc">{ d }</p>
            }
            if let Some(r) = props.result.clone() {
                <p class="kai-preset-result" data-preset-result="">{ r }</p>
            }
        </div>
    }
}
