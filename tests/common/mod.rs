//! Helpers shared by the browser tests (`tests/web_*.rs`, wasm32 only): the embedded dataset,
//! a fresh host element, mounting with options, waiting for renders, finding and poking
//! elements. One home, so every test file drives the widget the same way.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use kai_ranking::model::Dataset;
use kai_ranking::state::{DataRc, MountOptions};
use kai_ranking::validate;
use kai_ranking::web::mount;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

/// The embedded K-AI dataset, parsed the way the widget parses it.
pub fn dataset() -> Dataset {
    let value = js_sys::JSON::parse(kai_ranking::KAI_2025_JSON).unwrap();
    validate::from_deserializer(serde_wasm_bindgen::Deserializer::from(value)).unwrap()
}

/// [`dataset`] with its score matrix, as the state holds it.
pub fn data() -> DataRc {
    DataRc::new(dataset())
}

/// Mount options built by editing the defaults.
pub fn opts(f: impl FnOnce(&mut MountOptions)) -> MountOptions {
    let mut o = MountOptions::default();
    f(&mut o);
    o
}

/// A fresh host element attached to the page.
pub fn host() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// A plain JS options object from (key, value) pairs.
pub fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&obj, &JsValue::from_str(k), v).unwrap();
    }
    obj.into()
}

/// Mounts a widget into a fresh host with string options.
pub fn mount_with(pairs: &[(&str, &str)]) -> Element {
    let el = host();
    let pairs: Vec<(&str, JsValue)> =
        pairs.iter().map(|(k, v)| (*k, JsValue::from_str(v))).collect();
    mount(el.clone(), options(&pairs)).unwrap();
    el
}

/// Lets the scheduler run for `ms`.
pub async fn settle(ms: u64) {
    yew::platform::time::sleep(Duration::from_millis(ms)).await;
}

/// Polls `done` every 10 ms for up to 3 s: renders and debounced text arrive later on a loaded
/// machine (and other tests' widgets share the page), and fixed sleeps made tests flaky there.
pub async fn wait_for(mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..300 {
        if done() {
            return true;
        }
        settle(10).await;
    }
    done()
}

/// The first element matching `selector` under `host`; panics with the selector otherwise.
pub fn find(host: &Element, selector: &str) -> Element {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

/// Every element matching `selector` under `host`.
pub fn all(host: &Element, selector: &str) -> Vec<Element> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.dyn_into::<Element>().unwrap())
        .collect()
}

/// Text content of the first match.
pub fn text(host: &Element, selector: &str) -> String {
    find(host, selector).text_content().unwrap_or_default()
}

/// Clicks the first match.
pub fn click(host: &Element, selector: &str) {
    find(host, selector).dyn_into::<HtmlElement>().unwrap().click();
}

/// Dispatches a bubbling event of `kind` on `el`.
pub fn fire(el: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

/// Sets a weight slider's value and fires `input`, as a drag does.
pub fn set_slider(host: &Element, criterion: &str, value: &str) {
    let input: HtmlInputElement =
        find(host, &format!("input[type=range][data-criterion={criterion}]")).dyn_into().unwrap();
    input.set_value(value);
    fire(&input, "input");
}

/// `data-team-id`s of the ranking rows, in DOM order.
pub fn row_ids(host: &Element) -> Vec<String> {
    all(host, ".kai-list > [data-team-id]")
        .iter()
        .filter_map(|el| el.get_attribute("data-team-id"))
        .collect()
}
