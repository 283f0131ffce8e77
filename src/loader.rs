//! The widget's one JSON loader, for every dataset the browser loads: the embedded K-AI file
//! at mount, a `data-src` file, and text pasted or opened in Explore.
//!
//! The browser half only: the browser's `JSON.parse` (no serde_json in the wasm), then
//! `serde-wasm-bindgen`, then [`validate::check`] (every rule, every problem). The size limit,
//! the nesting limit (checked before `JSON.parse`: V8 and serde recurse per level), the
//! byte-order mark and the place of a syntax error are decided by [`kai_engine::load`],
//! natively tested; so every source gets the same limit and the same messages.

use wasm_bindgen::JsValue;

use crate::load;
use crate::model::Dataset;
use crate::validate::{self, Problem};

/// Parses and validates dataset text: `Ok` with a dataset the widget can show, or every
/// problem found (a size or syntax problem alone, a type problem alone, or all rule problems).
///
/// Not `validate::from_deserializer`: its serde_path_to_error wrapper costs ~75 kB of wasm,
/// and the embedded file's type errors are caught natively (with paths) by the dataset tests.
///
/// # Errors
/// The problems, in file order.
pub fn parse(text: &str) -> Result<Dataset, Vec<Problem>> {
    let text = load::prepare(text)?;
    let value = js_sys::JSON::parse(text)
        .map_err(|e| vec![load::syntax_problem(text, &error_message(&e))])?;
    let dataset: Dataset = serde_wasm_bindgen::from_value(value)
        .map_err(|e| vec![load::type_problem(e.to_string())])?;
    validate::check(dataset)
}

/// The message of a thrown `SyntaxError` (or the thrown value itself, if it is a string).
fn error_message(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "JSON.parse failed".to_string())
}
