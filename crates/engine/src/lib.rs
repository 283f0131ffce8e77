//! `kai_engine`: everything the K-AI ranking *says*, with no idea where it is shown.
//!
//! Data flow: `data/*.json` → [`validate`] → [`model::Dataset`] → [`rank::rank`] → a view.
//! The CLI (`kai-rank`), the static pre-rendered copy and the Yew widget are thin shells over
//! this crate: the ranking, its sensitivity analysis, the words (ko/en, [`i18n`]) and the number
//! formats ([`format`](mod@format)) live here once, so the shells cannot disagree.
//!
//! Must not depend on yew, web-sys, wasm-bindgen or js-sys (`make lint` checks `cargo tree`):
//! everything here runs natively in `cargo test`, in microseconds.
#![warn(missing_docs, clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod classroom;
pub mod export;
pub mod format;
pub mod i18n;
pub mod importance;
pub mod layout;
pub mod load;
pub mod lp;
pub mod map_view;
pub mod model;
pub mod options;
pub mod rank;
pub mod remote;
pub mod round;
pub mod sensitivity;
pub mod share;
pub mod state;
pub mod text;
pub mod validate;
pub mod weights_parse;

/// The K-AI dataset, embedded so the CLI and the widget work with no file or network access.
/// Validate it with [`validate::parse_json`] before use (tests do).
pub const KAI_2025_JSON: &str = include_str!("../../../data/kai-2025.json");
