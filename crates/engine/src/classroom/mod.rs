//! The classroom: a teacher's own table of items and numbers, pasted from a spreadsheet, made
//! into something the engine ranks (issue #15, "own data in a minute").
//!
//! - [`table`]: pasted text (TSV or CSV) → a [`Table`] of names and raw numbers, or *every*
//!   problem, each naming its row and column ([`TableProblem`], ko/en).
//!
//! Pure Rust, no web dependencies; nothing here panics on any input.

pub mod problem;
pub mod table;

pub use problem::TableProblem;
pub use table::{Delimiter, Item, MAX_BYTES, MAX_NAME_CHARS, MAX_NUMBER, Table, parse_table};
