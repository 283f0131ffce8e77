//! Entry points from input to a checked [`Dataset`]: any serde deserializer (the widget, with
//! the browser's `JSON.parse`), or JSON text and bytes (CLI, tests, pre-render; `json` feature).
//!
//! Why apart: each entry turns its parser's errors (syntax with a place, type with a JSON path)
//! into the same [`Problem`]s, then hands the dataset to [`check`]. The browser's own size limit
//! and syntax-error places are in [`crate::load`].

use serde::Deserializer;

use super::check::check;
use super::problem::{Problem, ProblemKind, ROOT_PATH};
use crate::model::Dataset;

/// Largest input the native entry points accept (2 MiB: the CLI and build tools, which read
/// files from disk). The K-AI file is ~100 kB; anything this big is a mistake, so it is refused
/// before parsing. The browser widget has its own, smaller limit: [`crate::load::MAX_BYTES`].
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// The path serde_path_to_error tracked, as a problem path (`.` = root becomes [`ROOT_PATH`]).
fn tracked_path(path: &serde_path_to_error::Path) -> String {
    let mut p = path.to_string();
    // A syntax error before a key was read leaves an unknown `?` segment: drop it.
    while let Some(parent) = p.strip_suffix(".?").or_else(|| p.strip_suffix('?')) {
        p = parent.to_string();
    }
    if p == "." || p.is_empty() { ROOT_PATH.to_string() } else { p }
}

/// Deserialises and validates a dataset from any serde format; the widget uses it with
/// `serde_wasm_bindgen::Deserializer` on the result of the browser's `JSON.parse`.
///
/// A type error is one problem naming its path (the deserializer stops there); a well-typed
/// dataset gets the full [`validate`](super::validate) list.
pub fn from_deserializer<'de, D>(deserializer: D) -> Result<Dataset, Vec<Problem>>
where
    D: Deserializer<'de>,
{
    match serde_path_to_error::deserialize::<_, Dataset>(deserializer) {
        Ok(d) => check(d),
        Err(e) => {
            let path = tracked_path(e.path());
            Err(vec![Problem::new(path, ProblemKind::Type { message: e.inner().to_string() })])
        }
    }
}

/// Parses and validates a dataset from JSON text. See [`parse_json_bytes`].
///
/// # Examples
/// ```
/// use kai_engine::{text::Lang, validate::parse_json};
/// let problems = parse_json(r#"{ "teams": 3 }"#).unwrap_err();
/// assert_eq!(problems[0].message(Lang::En), "teams: invalid type: integer `3`, expected a sequence");
/// assert!(parse_json(kai_engine::KAI_2025_JSON).is_ok());
/// ```
#[cfg(feature = "json")]
pub fn parse_json(text: &str) -> Result<Dataset, Vec<Problem>> {
    parse_json_bytes(text.as_bytes())
}

/// Parses and validates a dataset from JSON bytes (a file as read from disk, possibly not
/// UTF-8, possibly with a byte-order mark).
///
/// Inputs over [`MAX_BYTES`] are refused unread, and inputs nested deeper than
/// [`crate::load::MAX_DEPTH`] before any parsing; a syntax error gives its line and column; a
/// type error its JSON path (e.g. `teams[2].scores.performance.value: invalid type: string
/// "high", expected f64`); otherwise every [`validate`](super::validate) problem.
#[cfg(feature = "json")]
pub fn parse_json_bytes(bytes: &[u8]) -> Result<Dataset, Vec<Problem>> {
    if bytes.len() > MAX_BYTES {
        return Err(vec![Problem::new(
            ROOT_PATH,
            ProblemKind::TooLarge { bytes: bytes.len(), limit: MAX_BYTES },
        )]);
    }
    // Editors on Windows like to write a BOM; it is not JSON but it is not the user's fault.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // Before serde sees it: serde_json recurses per level and `flatten` buffers unknown fields
    // recursively, so a 6,000-deep extra field would exhaust the stack.
    crate::load::check_depth(bytes).map_err(|p| vec![p])?;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let dataset = match serde_path_to_error::deserialize::<_, Dataset>(&mut de) {
        Ok(d) => d,
        Err(e) => {
            let path = tracked_path(e.path());
            return Err(vec![json_problem(path, e.inner())]);
        }
    };
    if let Err(e) = de.end() {
        return Err(vec![json_problem(ROOT_PATH.to_string(), &e)]);
    }
    check(dataset)
}

/// Splits a serde_json error into syntax (with position) or type (with message only).
#[cfg(feature = "json")]
fn json_problem(path: String, e: &serde_json::Error) -> Problem {
    use serde_json::error::Category;
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    let kind = match e.classify() {
        Category::Syntax | Category::Eof => {
            ProblemKind::Syntax { line: e.line(), column: e.column(), message }
        }
        Category::Data | Category::Io => ProblemKind::Type { message },
    };
    Problem::new(path, kind)
}
