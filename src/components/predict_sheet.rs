//! The printable worksheet of predict-then-reveal (issue #15 §3): a "print worksheet" button
//! and the sheet it prints — the dataset's title, the criteria with their shares, the items to
//! choose from (in the game's neutral order) and an empty numbered ranking to fill in.
//!
//! The sheet is in the page but never shown on screen (`.kai-pr-sheet { display: none }`).
//! The button marks it (`data-kai-print="on"`) and the document (`<html
//! data-kai-print="worksheet">`), then calls `window.print()`; the print stylesheet then shows
//! that sheet alone (not the rest of the widget, nor the host page), and `afterprint` takes
//! the marks off again. Printing the page any other way (Ctrl+P) prints the widget as before,
//! without the worksheet. Attributes, not inline styles, so the strict CSP holds.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::Element;
use yew::prelude::*;

use crate::format;
use crate::i18n::{Pr, predict as words};
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`PredictSheet`].
#[derive(Properties, Clone, PartialEq)]
pub struct PredictSheetProps {
    /// The data (title, criteria, names).
    pub data: DataRc,
    /// Current shares (0–1), one per criterion.
    pub shares: Rc<Vec<f64>>,
    /// The items to predict, in the game's neutral (alphabetical) order.
    pub items: Rc<Vec<usize>>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (element ids).
    pub instance: u32,
}

/// Marks `sheet` and the document for the print stylesheet, prints, and takes the marks off
/// after printing.
fn print(sheet: &Element) -> Option<()> {
    let window = web_sys::window()?;
    let html = window.document()?.document_element()?;
    sheet.set_attribute("data-kai-print", "on").ok()?;
    html.set_attribute("data-kai-print", "worksheet").ok()?;
    let (sheet2, html2) = (sheet.clone(), html.clone());
    let done = Closure::once_into_js(move || {
        let _ = sheet2.remove_attribute("data-kai-print");
        let _ = html2.remove_attribute("data-kai-print");
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        done.unchecked_ref(),
        &options,
    );
    window.print().ok()
}

/// The "print worksheet" button and the (screen-hidden) worksheet it prints.
#[component]
pub fn PredictSheet(props: &PredictSheetProps) -> Html {
    let lang = props.lang;
    let d = props.data.dataset();
    let sheet = use_node_ref();
    let onclick = {
        let sheet = sheet.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = sheet.cast::<Element>() {
                let _ = print(&el);
            }
        })
    };
    let id = |s: &str| format!("kai{}-pr-sheet-{s}", props.instance);
    let what = d.item_label.as_ref().map(|t| t.get(lang));
    let n = props.items.len();
    html! {
        <>
            <button type="button" class="kai-pr-tool" data-pr="print" {onclick}>
                { Pr::Print.get(lang) }
            </button>
            <section class="kai-pr-sheet" ref={sheet} aria-labelledby={id("h")}>
                <p class="kai-pr-sheet-title">{ d.title.get(lang) }</p>
                <h2 class="kai-pr-sheet-h" id={id("h")}>{ Pr::SheetH.get(lang) }</h2>
                <p class="kai-pr-pupil">{ Pr::Pupil.get(lang) }</p>
                <p>{ Pr::SheetIntro.get(lang) }</p>
                <table class="kai-pr-sheet-weights">
                    <caption>{ Pr::SheetWeights.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ Pr::Criterion.get(lang) }</th>
                        <th scope="col">{ Pr::Share.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for d.criteria.iter().zip(props.shares.iter()).map(|(c, &s)| html! {
                            <tr>
                                <th scope="row">{ c.label.get(lang) }</th>
                                <td>{ format::percent(lang, s) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <p class="kai-pr-sheet-items">
                    <strong>{ Pr::SheetItems.get(lang) }{ ": " }</strong>
                    { props.items.iter().filter_map(|&i| d.teams.get(i)).map(|t| t.name.get(lang))
                        .collect::<Vec<_>>().join(" · ") }
                </p>
                <p>{ words::sheet_count(lang, what, n) }</p>
                <table class="kai-pr-sheet-ranking">
                    <caption>{ Pr::SheetRanking.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ Pr::Place.get(lang) }</th>
                        <th scope="col">{ what.unwrap_or(Pr::Name.get(lang)) }</th>
                    </tr></thead>
                    <tbody>
                        { for (1..=n).map(|k| html! {
                            <tr><th scope="row">{ words::place(lang, k) }</th><td></td></tr>
                        }) }
                    </tbody>
                </table>
            </section>
        </>
    }
}
