//! `kai_ranking`: the Yew widget over [`kai_engine`] — state, components, the embed layer and
//! the browser entry point.
//!
//! Data flow: `data/*.json` → `kai_engine::validate` → `Dataset` → `kai_engine::rank::rank` →
//! the components here. This crate holds no ranking rule, sentence or number format of its own;
//! those live in the engine so the CLI and the static copy say exactly the same.
//! [`state`] is a plain reducer tested natively; `csr` adds the browser mount (`web`), `ssr`
//! the static pre-render.
#![warn(missing_docs, clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

// The engine's modules under their old paths, so `crate::rank` reads the same in every file.
pub use kai_engine::{
    KAI_2025_JSON, classroom, export, format, i18n, importance, layout, load, lp, map_view, model,
    options, rank, remote, round, sensitivity, share, state, text, validate, weights_parse,
};

pub mod app;
pub mod components;
pub mod embed;
pub mod loader;
#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
pub mod prerender;
#[cfg(feature = "csr")]
pub mod web;
