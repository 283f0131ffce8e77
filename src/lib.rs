//! `kai_ranking`: weigh the criteria of Korea's 2025 sovereign AI foundation model competition
//! (독자 AI 파운데이션 모델) and watch the ranking change.
//!
//! Data flow: `data/*.json` → [`validate`] → [`model::Dataset`] → [`rank::rank`] → view.
//! The core modules (`text`, `model`, `validate`, `rank`, `sensitivity`) have no web
//! dependencies and are tested natively; the Yew widget lives behind the `web` feature.
#![warn(missing_docs, clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod model;
pub mod lp;
pub mod rank;
pub mod sensitivity;
pub mod remote;
pub mod share;
pub mod text;
pub mod validate;
pub mod weights_parse;

#[cfg(feature = "web")]
pub mod app;
#[cfg(feature = "web")]
pub mod components;
#[cfg(feature = "web")]
pub mod embed;
pub mod format;
pub mod i18n;
#[cfg(feature = "web")]
pub mod state;
#[cfg(feature = "web")]
pub mod web;
#[cfg(all(feature = "prerender", not(target_arch = "wasm32")))]
pub mod prerender;

/// The K-AI 2025 dataset, embedded so the CLI and the widget work with no file or network
/// access. Validate it with [`validate::parse_json`] before use (tests do).
pub const KAI_2025_JSON: &str = include_str!("../data/kai-2025.json");
