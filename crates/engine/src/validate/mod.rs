//! Validation: turns untrusted input into a [`Dataset`](crate::model::Dataset) the engine can trust, or into a list of
//! *every* problem, each with the JSON path of the place to fix and a message in Korean or
//! English.
//!
//! Why a list and not the first error: a data editor fixing a 2 000-line file wants all the
//! typos at once, and the widget shows them all instead of a blank chart.
//!
//! Pure Rust, no web dependencies; compiles for wasm32. The JSON-text entry points
//! ([`parse_json`], [`parse_json_bytes`]) need the `json` feature (serde_json); the widget uses
//! [`from_deserializer`] with the browser's `JSON.parse` + `serde-wasm-bindgen` instead.
//! Nothing in here panics on any input.
//!
//! One file per concern: `problem` (what can be wrong and how it is said), `check` (the rules),
//! `parse` (from text or a deserializer to a checked dataset) and `text` (bidi neutralising). Their items are re-exported here, so `validate::Problem`,
//! `validate::parse_json` and the rest keep their paths.

mod check;
mod parse;
mod problem;
mod text;

pub use check::{MAX_ID_LEN, MAX_WEIGHT, check, is_valid_date, is_valid_id, validate};
pub use parse::{MAX_BYTES, from_deserializer};
#[cfg(feature = "json")]
pub use parse::{parse_json, parse_json_bytes};
pub use problem::{Problem, ProblemKind, ROOT_PATH};
