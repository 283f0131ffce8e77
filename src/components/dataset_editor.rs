//! "Try your own data": paste a JSON dataset or open a file, see every problem listed by place
//! in the reader's language, and use a valid dataset (2–8 criteria) everywhere in the widget.
//!
//! Parsing is the widget's one loader ([`crate::loader`]): the same limit, messages and error
//! places as the page's own data and a `data-src` file. Text that does not start with `{` is
//! a teacher's spreadsheet (issue #15): read with [`classroom::parse_table`] as it is pasted,
//! its criteria get a direction and a scaling ([`TableSettings`], the suggested ones first),
//! and "use this data" builds a classroom dataset; problems name their row and column. The
//! settings stay under the loaded table: changing one rebuilds it ([`Action::Rescale`], the
//! reader's weights kept). The pasted text is
//! never cleared: it lives in the textarea and in the reducer's `draft`, so an error or a switch
//! of view keeps it. Downloads: a small valid template, and the dataset in use (a classroom
//! one as JSON with its settings, which this editor reads back, and as its table). "Type into a
//! grid" shows the same text as a grid of inputs ([`TableGrid`]); its edits write the text.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{TableGrid, TableSettings, download};
use crate::classroom::{self, CriterionScale, Grid, Table, TableProblem};
use crate::i18n::Cl;
use crate::i18n::{self, Ex};
use crate::loader;
use crate::model::{Dataset, Mode};
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
    Rescaled,
    Problems(Vec<Problem>),
    TableProblems(Vec<TableProblem>),
}

/// Whether the text is meant as JSON (its first character after blanks and a byte-order mark
/// is `{`); anything else is read as a table.
fn is_json(text: &str) -> bool {
    text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}').starts_with('{')
}

/// The table in `text`, when it is meant as one and reads without problems.
fn table_of(text: &str) -> Option<std::rc::Rc<Table>> {
    if is_json(text) {
        return None;
    }
    classroom::parse_table(text).ok().map(std::rc::Rc::new)
}

/// Whether `d` is the classroom dataset built from `t` (same shape), so a changed setting
/// rebuilds what is in use instead of waiting for "use this data".
fn built_from(d: &Dataset, t: &Table) -> bool {
    d.mode == Mode::Classroom
        && d.criteria.len() == t.criteria.len()
        && d.teams.len() == t.items.len()
}

/// The settings to show for `t`: those of the dataset in use when it was built from `t`
/// (a view switch keeps them), else the suggested ones.
fn scales_for(d: &Dataset, t: &Table) -> Vec<CriterionScale> {
    if built_from(d, t) {
        d.criteria.iter().map(|c| c.scale.clone().unwrap_or_default()).collect()
    } else {
        t.suggested_scales()
    }
}

/// Textarea, file input, buttons and the problem list.
#[component]
pub fn DatasetEditor(props: &DatasetEditorProps) -> Html {
    let lang = props.lang;
    let area = use_node_ref();
    let outcome = use_state(|| Outcome::None);
    // The table read from the text (kept in the reducer's draft, so a view switch re-reads it)
    // and its settings.
    let table = {
        let draft = props.draft.clone();
        use_state(move || table_of(&draft))
    };
    let scales = {
        let (data, table) = (props.data.clone(), (*table).clone());
        use_state(move || table.map_or_else(Vec::new, |t| scales_for(data.dataset(), &t)))
    };
    let apply_text = {
        let on_action = props.on_action.clone();
        let outcome = outcome.clone();
        let (table, scales) = (table.clone(), scales.clone());
        move |text: String| {
            on_action.emit(Action::SetDraft(text.as_str().into()));
            if !is_json(&text) {
                let t = match classroom::parse_table(&text) {
                    Ok(t) => std::rc::Rc::new(t),
                    Err(problems) => {
                        table.set(None);
                        outcome.set(Outcome::TableProblems(problems));
                        return;
                    }
                };
                // The reader's settings when they are for this table's columns.
                let same = table.as_ref().is_some_and(|old| old.criteria == t.criteria);
                let sc = if same { (*scales).clone() } else { t.suggested_scales() };
                table.set(Some(t.clone()));
                scales.set(sc.clone());
                match classroom::build(&t, &sc) {
                    Ok(d) => {
                        outcome.set(Outcome::Loaded);
                        on_action
                            .emit(Action::LoadData(DataRc::new(d), Some(text.as_str().into())));
                    }
                    Err(problems) => outcome.set(Outcome::TableProblems(problems)),
                }
                return;
            }
            match loader::parse(&text) {
                Ok(d) => {
                    outcome.set(Outcome::Loaded);
                    on_action.emit(Action::LoadData(DataRc::new(d), Some(text.as_str().into())));
                }
                Err(problems) => outcome.set(Outcome::Problems(problems)),
            }
        }
    };
    // Read as a table while pasted or typed, so the settings show before "use this data".
    let on_input = {
        let (table, scales) = (table.clone(), scales.clone());
        let (data, on_action) = (props.data.clone(), props.on_action.clone());
        Callback::from(move |e: InputEvent| {
            let a: HtmlTextAreaElement = e.target_unchecked_into();
            let text = a.value();
            let t = table_of(&text);
            // Only a changed table re-renders; and the draft goes first, because a re-render
            // sets the textarea to the draft (typing into JSON re-renders nothing).
            if table.as_deref() == t.as_deref() {
                return;
            }
            on_action.emit(Action::SetDraft(text.as_str().into()));
            if let Some(t) = &t
                && table.as_ref().is_none_or(|old| old.criteria != t.criteria)
            {
                scales.set(scales_for(data.dataset(), t));
            }
            table.set(t);
        })
    };
    // The grid: shown on request, a view of the draft (the starter grid when the draft is
    // empty or JSON); an edit writes the draft and re-reads the table, as typing does.
    let grid_open = use_state(|| false);
    let on_grid_toggle = {
        let grid_open = grid_open.clone();
        Callback::from(move |_: MouseEvent| grid_open.set(!*grid_open))
    };
    let on_grid = {
        let (table, scales) = (table.clone(), scales.clone());
        let (data, on_action) = (props.data.clone(), props.on_action.clone());
        Callback::from(move |g: Grid| {
            let text = g.to_tsv();
            on_action.emit(Action::SetDraft(text.as_str().into()));
            let t = table_of(&text);
            if table.as_deref() == t.as_deref() {
                return;
            }
            if let Some(t) = &t
                && table.as_ref().is_none_or(|old| old.criteria != t.criteria)
            {
                scales.set(scales_for(data.dataset(), t));
            }
            table.set(t);
        })
    };
    let grid = (*grid_open).then(|| {
        if props.draft.trim().is_empty() || is_json(&props.draft) {
            Some(Grid::starter(Cl::GridName.get(lang), Cl::GridCriterion.get(lang)))
        } else {
            Grid::from_text(&props.draft)
        }
    });
    // A changed setting: kept, and when the table is in use, the normalisation switch.
    let on_setting = {
        let (table, scales) = (table.clone(), scales.clone());
        let (data, on_action, outcome) =
            (props.data.clone(), props.on_action.clone(), outcome.clone());
        Callback::from(move |(c, setting): (usize, CriterionScale)| {
            let mut sc = (*scales).clone();
            let Some(slot) = sc.get_mut(c) else {
                return;
            };
            *slot = setting;
            scales.set(sc.clone());
            let Some(t) = table.as_ref() else {
                return;
            };
            if built_from(data.dataset(), t) {
                match classroom::build(t, &sc) {
                    Ok(d) => {
                        outcome.set(Outcome::Rescaled);
                        on_action.emit(Action::Rescale(DataRc::new(d)));
                    }
                    Err(problems) => outcome.set(Outcome::TableProblems(problems)),
                }
            }
        })
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
        let (source, data) = (props.source.clone(), props.data.clone());
        Callback::from(move |_: MouseEvent| {
            let d = data.dataset();
            // A classroom dataset as JSON with its directions, scalings and units: pasted or
            // opened here again, it is the same data, ranked the same (classroom::to_json).
            if let Some(json) = classroom::to_json(d) {
                let _ = download::save_text("kai-classroom.json", "application/json", &json, false);
                return;
            }
            let text = source.as_deref().unwrap_or(crate::KAI_2025_JSON);
            let _ = download::save_text("kai-dataset.json", "application/json", text, false);
        })
    };
    // A classroom dataset also as the table it came from, for a spreadsheet (no settings).
    let on_table = {
        let data = props.data.clone();
        Callback::from(move |_: MouseEvent| {
            let tsv = classroom::to_tsv(data.dataset());
            let _ = download::save_text("kai-table.tsv", "text/tab-separated-values", &tsv, false);
        })
    };
    let is_classroom = props.data.dataset().mode == Mode::Classroom;
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
    let problems: Option<Vec<(String, String)>> = match &*outcome {
        Outcome::Problems(p) => {
            Some(p.iter().map(|p| (p.path.clone(), p.kind.describe(lang))).collect())
        }
        Outcome::TableProblems(p) => Some(
            p.iter()
                .map(|p| {
                    let place = p.cell().map(|(r, c)| format!("{r}:{c}")).unwrap_or_default();
                    (place, p.message(lang))
                })
                .collect(),
        ),
        _ => None,
    };
    let table_problems = matches!(*outcome, Outcome::TableProblems(_));
    let settings = table.as_ref().map(|t| {
        html! {
            <TableSettings headers={t.criteria.clone()} scales={(*scales).clone()} {lang}
                instance={props.instance} on_change={on_setting.clone()} />
        }
    });
    html! {
        <section class="kai-x kai-data" aria-labelledby={hid.clone()}>
            <h3 class="kai-h" id={hid}>{ Ex::DataH.get(lang) }</h3>
            <p class="kai-note">{ Ex::DataNote.get(lang) }</p>
            <label for={id.clone()}>{ Ex::DataPaste.get(lang) }</label>
            <textarea id={id} ref={area} class="kai-data-text" rows="8" spellcheck="false"
                value={props.draft.to_string()} onchange={on_change} oninput={on_input}
                aria-invalid={problems.is_some().then_some("true")}
                aria-describedby={problems.is_some().then(|| errors_id.clone())} />
            <div class="kai-data-buttons">
                <button type="button" data-data="grid" aria-pressed={if *grid_open { "true" } else { "false" }}
                    onclick={on_grid_toggle}>{ Cl::GridToggle.get(lang) }</button>
            </div>
            { match grid {
                Some(Some(g)) => html! {
                    <TableGrid grid={std::rc::Rc::new(g)} {lang} instance={props.instance} on_change={on_grid} />
                },
                Some(None) => html! { <p class="kai-note" data-grid-too-large="">{ Cl::GridTooLarge.get(lang) }</p> },
                None => html! {},
            } }
            // Always one child, present or not: an `Option` in braces is flattened to zero or one
            // node, and Yew matches unkeyed children from the end, so the settings appearing
            // would re-create the textarea and the grid before them (the focus lost mid-typing).
            if let Some(settings) = settings {
                { settings }
            }
            <div class="kai-data-buttons">
                <button type="button" data-data="apply" onclick={on_apply}>{ Ex::DataApply.get(lang) }</button>
                <label class="kai-file" for={fid.clone()}>{ Ex::DataFile.get(lang) }</label>
                <input type="file" id={fid} accept="application/json,.json,.tsv,.csv,.txt,text/csv,text/tab-separated-values,text/plain" onchange={on_file} />
                <button type="button" data-data="template" onclick={on_template}>{ Ex::DataTemplate.get(lang) }</button>
                <button type="button" data-data="current" onclick={on_current}>{ Ex::DataCurrent.get(lang) }</button>
                if is_classroom {
                    <button type="button" data-data="table" onclick={on_table}>{ Ex::DataTable.get(lang) }</button>
                }
                <button type="button" data-data="builtin" onclick={on_builtin}>{ Ex::DataBuiltIn.get(lang) }</button>
            </div>
            <div role="status" class="kai-data-status">
                if let Some(ps) = problems {
                    <div class="kai-data-errors" id={errors_id}>
                        <p>{ Ex::DataErrors.get(lang) }{ " (" }{ i18n::problem_count(lang, ps.len()) }{ ")" }</p>
                        <ul>
                            if table_problems {
                                // The message names the row and column itself.
                                { for ps.into_iter().map(|(cell, m)| html! { <li data-cell={cell}>{ m }</li> }) }
                            } else {
                                { for ps.into_iter().map(|(path, m)| html! { <li data-path={path.clone()}><code>{ path }</code>{ " " }{ m }</li> }) }
                            }
                        </ul>
                    </div>
                } else if *outcome == Outcome::Loaded {
                    <p>{ Ex::DataLoaded.get(lang) }</p>
                } else if *outcome == Outcome::Rescaled {
                    <p>{ Ex::DataRescaled.get(lang) }</p>
                }
            </div>
        </section>
    }
}
