//! The classroom: a teacher's own table of items and numbers, pasted from a spreadsheet, made
//! into something the engine ranks (issue #15, "own data in a minute").
//!
//! - [`table`]: pasted text (TSV or CSV, [`parse_table`]) or a typed grid ([`parse_grid`]) →
//!   a [`Table`] of names and raw numbers, or *every* problem, each naming its row and column
//!   ([`TableProblem`], ko/en).
//! - [`scale`](mod@scale): a column of raw numbers in any unit → the 0–10 scale the engine
//!   ranks on ([`Direction`], [`Scaling`]).
//! - [`build`](mod@build): a table plus one [`CriterionScale`] per column → a classroom
//!   dataset ([`Mode::Classroom`](crate::model::Mode::Classroom): names and numbers only, the
//!   raw values and settings kept so the reader can switch the scaling, [`rescale`]).
//! - [`compare`](mod@compare): the same weights under each scaling, side by side (the
//!   normalisation switch made visible).
//! - [`grid`](mod@grid): the small grid a teacher types into, as a view of the same text.
//! - [`json`]: a classroom dataset as the JSON file the editor downloads and reads back
//!   ([`to_json`]: direction, scaling and unit kept).
//! - [`link`]: a classroom dataset in a share link (`data=1.<base64url of deflated text>`),
//!   read back through the same parser and builder, bounded.
//! - [`predict`]: predict, then reveal — how far a guessed order is from the ranking (Kendall
//!   tau distance, places moved, what moved most), ties never counted against a guess.
//!
//! Pure Rust, no web dependencies; nothing here panics on any input.

pub mod build;
pub mod compare;
mod deflate;
pub mod grid;
pub mod json;
pub mod link;
pub mod predict;
pub mod problem;
pub mod scale;
pub mod table;

pub use build::{DEFAULT_TITLE, build, rescale, to_tsv};
pub use compare::{COMPARED, ScalingOutcome, compare_scalings};
pub use grid::{Grid, MAX_GRID_COLUMNS, MAX_GRID_ROWS};
pub use json::to_json;
pub use predict::{GuessError, Moved, Reveal};
pub use problem::TableProblem;
pub use scale::{CriterionScale, Direction, Scaling, scale, suggest, unit_in};
pub use table::{
    Delimiter, Item, MAX_BYTES, MAX_NAME_CHARS, MAX_NUMBER, Table, cells_of, parse_grid,
    parse_table,
};
