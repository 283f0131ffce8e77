//! "Try your own data": paste a JSON dataset or open a file, see every problem listed by place
//! in the reader's language, and use a valid dataset (2–8 criteria) everywhere in the widget.
//!
//! Parsing is the widget's one loader ([`crate::loader`]): the same limit, messages and error
//! places as the page's own data and a `data-src` file. The pasted text is
//! never cleared: it lives in the textarea and in the reducer's `draft`, so an error or a switch
//! of view keeps it. Downloads: a small valid template, and the dataset in use.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::download;
use crate::i18n::{self, Ex};
use crate::loader;
use crate::state::{Action, DataRc};
use crate::text::Lang;
use crate::validate::Problem;

/// A small valid dataset (three teams, three criteria) to start from.
pub const TEMPLATE_JSON: &str = include_str!("../../data/template.json");

/// Props of [`DatasetEditor`].
#[derive(Properties, Clone, PartialEq)]
pub struct DatasetEditorProps {
    /// The data ranked.
    pub data: DataRc,
    /// The kept text of the editor.
    pub draft: std::rc::Rc<str>,
    /// The JSON text of the loaded dataset (`None`: the built-in one).
    pub source: Option<std::rc::Rc<str>>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (ids).
    pub instance: u32,
    /// Dispatches [`Action::SetDraft`] and [`Action::LoadData`].
    pub on_action: Callback<Action>,
}

/// What the last "use this data" gave.
#[derive(Clone, PartialEq)]
enum Outcome {
    None,
    Loaded,
    Problems(Vec<Problem>),
}

/// Textarea, file input, buttons and the problem list.
#[component]
pub fn DatasetEditor(props: &DatasetEditorProps) -> Html {
    let lang = props.lang;
    let area = use_node_ref();
    let outcome = use_state(|| Outcome::None);
    let apply_text = {
        let on_action = props.on_action.clone();
        let outcome = outcome.clone();
        move |text: String| {
            on_action.emit(Action::SetDraft(text.as_str().into()));
            match loader::parse(&text) {
                Ok(d) => {
                    outcome.set(Outcome::Loaded);
                    on_action.emit(Action::LoadData(DataRc::new(d), Some(text.as_str().into())));
                }
                Err(problems) => outcome.set(Outcome::Problems(problems)),
            }
        }
    };
    let on_apply = {
        let area = area.clone();
        let apply_text = apply_text.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                apply_text(a.value());
            }
        })
    };
    let on_change = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let a: HtmlTextAreaElement = e.target_unchecked_into();
            on_action.emit(Action::SetDraft(a.value().as_str().into()));
        })
    };
    let on_file = {
        let area = area.clone();
        let outcome = outcome.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Refused unread when over the limit: a 150 MB file would otherwise be read whole
            // into the page (seconds of freeze, a crashed tab) only to be refused afterwards.
            let size = file.size();
            if size > crate::load::MAX_BYTES as f64 {
                let bytes = if size.is_finite() && size < usize::MAX as f64 {
                    size as usize
                } else {
                    usize::MAX
                };
                outcome.set(Outcome::Problems(vec![crate::load::too_large(bytes)]));
                return;
            }
            let area = area.clone();
            let apply_text = apply_text.clone();
            yew::platform::spawn_local(async move {
                let Ok(v) = wasm_bindgen_futures::JsFuture::from(file.text()).await else {
                    return;
                };
                let text = v.as_string().unwrap_or_default();
                if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                    a.set_value(&text);
                }
                apply_text(text);
            });
        })
    };
    let on_template = Callback::from(|_: MouseEvent| {
        let _ = download::save_text("kai-template.json", "application/json", TEMPLATE_JSON, false);
    });
    let on_current = {
        let source = props.source.clone();
        Callback::from(move |_: MouseEvent| {
            let text = source.as_deref().unwrap_or(crate::KAI_2025_JSON);
            let _ = download::save_text("kai-dataset.json", "application/json", text, false);
        })
    };
    let on_builtin = {
        let on_action = props.on_action.clone();
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(d) = loader::parse(crate::KAI_2025_JSON) {
                outcome.set(Outcome::None);
                on_action.emit(Action::LoadData(DataRc::new(d), None));
            }
        })
    };
    let id = format!("kai{}-data", props.instance);
    let fid = format!("kai{}-file", props.instance);
    let hid = format!("kai{}-dh", props.instance);
    let errors_id = format!("kai{}-data-errors", props.instance);
    let problems = match &*outcome {
        Outcome::Problems(p) => Some(p.clone()),
        _ => None,
    };
    html! {
        <section class="kai-x kai-data" aria-labelledby={hid.clone()}>
            <h3 class="kai-h" id={hid}>{ Ex::DataH.get(lang) }</h3>
            <p class="kai-note">{ Ex::DataNote.get(lang) }</p>
            <label for={id.clone()}>{ Ex::DataPaste.get(lang) }</label>
            <textarea id={id} ref={area} class="kai-data-text" rows="8" spellcheck="false"
                value={props.draft.to_string()} onchange={on_change}
                aria-invalid={problems.is_some().then_some("true")}
                aria-describedby={problems.is_some().then(|| errors_id.clone())} />
            <div class="kai-data-buttons">
                <button type="button" data-data="apply" onclick={on_apply}>{ Ex::DataApply.get(lang) }</button>
                <label class="kai-file" for={fid.clone()}>{ Ex::DataFile.get(lang) }</label>
                <input type="file" id={fid} accept="application/json,.json" onchange={on_file} />
                <button type="button" data-data="template" onclick={on_template}>{ Ex::DataTemplate.get(lang) }</button>
                <button type="button" data-data="current" onclick={on_current}>{ Ex::DataCurrent.get(lang) }</button>
                <button type="button" data-data="builtin" onclick={on_builtin}>{ Ex::DataBuiltIn.get(lang) }</button>
            </div>
            <div role="status" class="kai-data-status">
                if let Some(ps) = problems {
                    <div class="kai-data-errors" id={errors_id}>
                        <p>{ Ex::DataErrors.get(lang) }{ " (" }{ i18n::problem_count(lang, ps.len()) }{ ")" }</p>
                        <ul>
                            { for ps.iter().map(|p| html! { <li data-path={p.path.clone()}><code>{ p.path.clone() }</code>{ " " }{ p.kind.describe(lang) }</li> }) }
                        </ul>
                    </div>
                } else if *outcome == Outcome::Loaded {
                    <p>{ Ex::DataLoaded.get(lang) }</p>
                }
            </div>
        </section>
    }
}
