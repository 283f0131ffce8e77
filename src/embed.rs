//! What the widget does for the page around it: follow option changes made by the page,
//! announce the reader's changes (`kai-ranking:change`), keep the page URL in step (standalone
//! and iframe pages only) and copy share texts.
//!
//! Why apart from `app.rs`: these are the embed contract (README "Embedding"), used by
//! `www/kai-ranking.js`, `www/main.js` and `www/embed.js`; the app only calls the hooks.
//! Browser APIs not covered by the crate's web-sys features (the clipboard) are reached with
//! `js_sys::Reflect`, which costs no extra bindings in the wasm.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::classroom::link::LinkError;
use crate::rank::Ranking;
use crate::round::gates_text;
use crate::share;
use crate::state::{Action, MountOptions, State, Tab};
use crate::text::Lang;

/// The event dispatched (bubbling, composed: it crosses the shadow root, so listeners on the
/// `<kai-ranking>` element receive it) after each change the reader or the page makes.
pub const CHANGE_EVENT: &str = "kai-ranking:change";

/// Re-applies the options when the page changes them (`Widget::update`), keeping the reader's
/// own changes to every option the page did not touch.
#[hook]
pub fn use_apply_options(options: &MountOptions, state: UseReducerDispatcher<crate::app::Store>) {
    let prev = use_mut_ref(|| options.clone());
    use_effect_with(options.clone(), move |next| {
        let old = prev.replace(next.clone());
        if old != *next {
            state.dispatch(Action::ApplyOptions {
                prev: Box::new(old),
                next: Box::new(next.clone()),
            });
        }
    });
}

/// How long the page URL waits after the last change before it is rewritten.
const URL_WRITE_DELAY: std::time::Duration = std::time::Duration::from_millis(300);

/// After each render that changed something: dispatches [`CHANGE_EVENT`] from `root` when
/// the weights, order or language changed (not for the first render), with `detail = {
/// weights: { performance: 5, … }, order: [team ids], lang }` (weights are importances 0–10,
/// as the sliders show: README "The weight model"); and, when `sync_url`, writes
/// `lang`, `weights` and `team` into the page URL with `history.replaceState`, 300 ms after the
/// last change (other query parameters, such as pym's `childId`, are kept). One effect for both keeps the wasm smaller.
/// `link`: for a classroom dataset, its `data` parameter (written with the tab it is on), or
/// why it cannot travel (then the URL keeps only the language: the weights would not fit the
/// page's own data on a reload).
#[hook]
pub fn use_page_sync(
    root: NodeRef,
    sync_url: bool,
    state: &State,
    ranking: &Ranking,
    link: &Option<Result<String, LinkError>>,
) {
    let announced = use_mut_ref(|| None::<(Vec<f64>, Vec<usize>, Lang)>);
    // The URL write is debounced (trailing, URL_WRITE_DELAY): `history.replaceState` on every
    // slider input cost ~1.2 ms and made Chromium re-fetch the favicon each time (issue 13).
    // Each change bumps the generation; only the last one's write runs.
    let url_generation = use_mut_ref(|| 0u64);
    let data = state.data.clone();
    let order: Vec<usize> = ranking.rows.iter().map(|r| r.team).collect();
    let round = state.round().map(|r| r.id.clone());
    let gates = gates_text(state.data.dataset(), &state.gates);
    // (data parameter, tab) of a classroom dataset; `None` when it is too large for a link.
    let classroom: Option<Option<(String, Option<&'static str>)>> = link.as_ref().map(|l| {
        l.as_ref()
            .ok()
            .map(|p| (p.clone(), (state.tab != Tab::Article).then(|| state.tab.as_str())))
    });
    let key = (
        state.weights.clone(),
        order,
        state.lang,
        state.selected,
        sync_url,
        round,
        gates,
        classroom,
    );
    use_effect_with(
        key,
        move |(weights, order, lang, selected, sync_url, round, gates, classroom)| {
            let d = data.dataset();
            if *sync_url {
                let team = selected.and_then(|t| d.teams.get(t)).map(|t| t.id.clone());
                let classroom = classroom.clone();
                let generation = {
                    let mut g = url_generation.borrow_mut();
                    *g += 1;
                    *g
                };
                let current = url_generation.clone();
                let (lang, weights, round, gates) =
                    (*lang, weights.clone(), round.clone(), gates.clone());
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(URL_WRITE_DELAY).await;
                    if *current.borrow() == generation {
                        let weights = share::weights_param(&weights);
                        let view = kai_dom::UrlView {
                            lang: lang.code(),
                            weights: &weights,
                            team: team.as_deref(),
                            round: round.as_deref(),
                            gates: &gates,
                            ..Default::default()
                        };
                        let view = match &classroom {
                            None => view,
                            Some(Some((data, tab))) => {
                                kai_dom::UrlView { data: Some(data), tab: *tab, ..view }
                            }
                            Some(None) => {
                                kai_dom::UrlView { lang: lang.code(), ..Default::default() }
                            }
                        };
                        kai_dom::write_url(&view);
                    }
                });
            }
            let now = (weights.clone(), order.clone(), *lang);
            // Nothing to announce on the first render, nor when only the selection changed.
            match announced.replace(Some(now.clone())) {
                Some(before) if before != now => {}
                _ => return,
            }
            let Some(el) = root.cast::<web_sys::Element>() else { return };
            let w = js_sys::Object::new();
            for (c, v) in d.criteria.iter().zip(weights) {
                let _ = js_sys::Reflect::set(&w, &JsValue::from_str(&c.id), &JsValue::from_f64(*v));
            }
            let ids = js_sys::Array::new();
            for t in order {
                if let Some(team) = d.teams.get(*t) {
                    ids.push(&JsValue::from_str(&team.id));
                }
            }
            let detail = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&detail, &JsValue::from_str("weights"), &w);
            let _ = js_sys::Reflect::set(&detail, &JsValue::from_str("order"), &ids);
            let _ = js_sys::Reflect::set(
                &detail,
                &JsValue::from_str("lang"),
                &JsValue::from_str(lang.code()),
            );
            let init = web_sys::CustomEventInit::new();
            init.set_bubbles(true);
            init.set_composed(true);
            init.set_detail(&detail);
            if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(CHANGE_EVENT, &init) {
                let _ = el.dispatch_event(&event);
            }
        },
    );
}

/// Copies `text` with `navigator.clipboard.writeText`; `done` gets `true` once copied, `false`
/// when the clipboard is missing or refuses (then the caller shows the text selected).
pub fn copy_text(text: &str, done: Callback<bool>) {
    let Some(promise) = clipboard_write(text) else {
        done.emit(false);
        return;
    };
    let ok = {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| done.emit(true))
    };
    let err = Closure::once_into_js(move |_: JsValue| done.emit(false));
    let then = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &ok, &err);
    }
}

/// `navigator.clipboard.writeText(text)`, or `None` when there is no clipboard (plain HTTP,
/// old browsers, some iframes).
fn clipboard_write(text: &str) -> Option<JsValue> {
    let get = |o: &JsValue, k: &str| {
        js_sys::Reflect::get(o, &JsValue::from_str(k)).ok().filter(|v| v.is_object())
    };
    let navigator = get(&js_sys::global(), "navigator")?;
    let clipboard = get(&navigator, "clipboard")?;
    let write: js_sys::Function =
        js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok()?.dyn_into().ok()?;
    write.call1(&clipboard, &JsValue::from_str(text)).ok()
}
