//! "Try your own data": paste a JSON dataset or open a file, see every problem listed by place
//! in the reader's language, and use a valid dataset (2–8 criteria) everywhere in the widget.
//!
//! Parsing follows the widget's own loader: the browser's `JSON.parse`, then
//! `serde_wasm_bindgen`, then [`validate::check`] (all rules, every problem). The pasted text is
//! never cleared: it lives in the textarea and in the reducer's `draft`, so an error or a switch
//! of view keeps it. Downloads: a small valid template, and the dataset in use.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::download;
use crate::i18n::{self, Ex};
use crate::model::Dataset;
use crate::state::{Action, DataRc};
use crate::text::Lang;
use crate::validate::{self, MAX_BYTES, Problem, ProblemKind, ROOT_PATH};

/// A small valid dataset (three teams, three criteria) to start from.
pub const TEMPLATE_JSON: &str = include_str!("../../data/template.json");

/// Parses and validates pasted text the way the widget loads its own data.
pub fn parse_dataset(text: &str) -> Result<Dataset, Vec<Problem>> {
    if text.len() > MAX_BYTES {
        return Err(vec![Problem::new(
            ROOT_PATH,
            ProblemKind::TooLarge { bytes: text.len(), limit: MAX_BYTES },
        )]);
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let message = js_sys::Error::from(e).message().as_string().unwrap_or_default();
        let (line, column) = syntax_place(text, &message);
        vec![Problem::new(ROOT_PATH, ProblemKind::Syntax { line, column, message })]
    })?;
    let dataset: Dataset = serde_wasm_bindgen::from_value(value)
        .map_err(|e| vec![Problem::new(ROOT_PATH, ProblemKind::Type { message: e.to_string() })])?;
    validate::check(dataset)
}

/// Line and column (1-based) of the first JSON syntax error in `text`. The browser's
/// `JSON.parse` message does not always say where (Chrome names a position only for some
/// errors), so a small recursive-descent scan finds the place itself; 1, 1 if it finds none.
fn syntax_place(text: &str, _message: &str) -> (usize, usize) {
    let b = text.as_bytes();
    let at = match (Scan { b, i: 0, depth: 0 }).document() {
        Ok(()) => return (1, 1),
        Err(i) => i.min(b.len()),
    };
    let before = &text[..text.floor_char_boundary(at)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// A JSON syntax scanner that only reports the byte offset of the first error.
struct Scan<'a> {
    b: &'a [u8],
    i: usize,
    depth: usize,
}

impl Scan<'_> {
    fn ws(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }
    fn eat(&mut self, c: u8) -> Result<(), usize> {
        self.ws();
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.i)
        }
    }
    fn document(&mut self) -> Result<(), usize> {
        self.value()?;
        self.ws();
        if self.i < self.b.len() { Err(self.i) } else { Ok(()) }
    }
    fn value(&mut self) -> Result<(), usize> {
        self.ws();
        self.depth += 1;
        if self.depth > 512 {
            return Err(self.i);
        }
        let r = match self.b.get(self.i) {
            Some(b'{') => self.seq(b'}', true),
            Some(b'[') => self.seq(b']', false),
            Some(b'"') => self.string(),
            Some(b't') => self.word(b"true"),
            Some(b'f') => self.word(b"false"),
            Some(b'n') => self.word(b"null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.i),
        };
        self.depth -= 1;
        r
    }
    fn seq(&mut self, close: u8, object: bool) -> Result<(), usize> {
        self.i += 1;
        self.ws();
        if self.b.get(self.i) == Some(&close) {
            self.i += 1;
            return Ok(());
        }
        loop {
            if object {
                self.ws();
                if self.b.get(self.i) != Some(&b'"') {
                    return Err(self.i);
                }
                self.string()?;
                self.eat(b':')?;
            }
            self.value()?;
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => self.i += 1,
                Some(c) if *c == close => {
                    self.i += 1;
                    return Ok(());
                }
                _ => return Err(self.i),
            }
        }
    }
    fn string(&mut self) -> Result<(), usize> {
        self.i += 1;
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'"' => {
                    self.i += 1;
                    return Ok(());
                }
                b'\\' => self.i += 2,
                0..=0x1f => return Err(self.i),
                _ => self.i += 1,
            }
        }
        Err(self.i)
    }
    fn word(&mut self, w: &[u8]) -> Result<(), usize> {
        if self.b[self.i..].starts_with(w) {
            self.i += w.len();
            Ok(())
        } else {
            Err(self.i)
        }
    }
    fn number(&mut self) -> Result<(), usize> {
        let start = self.i;
        while matches!(self.b.get(self.i), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
            self.i += 1;
        }
        if self.i == start || !self.b[self.i - 1].is_ascii_digit() { Err(start) } else { Ok(()) }
    }
}

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
            match parse_dataset(&text) {
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
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
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
            if let Ok(d) = parse_dataset(crate::KAI_2025_JSON) {
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
