//! Every word the K-AI ranking says, in Korean and English, one module per concern.
//!
//! Why one home: a reader switching language must never meet a leftover string in the other
//! one, and a translator (or a test) finds every sentence here. Dataset texts (team names,
//! claims, rationales) come from the data and are picked with [`crate::text::Text::get`];
//! numbers inside sentences are formatted by [`crate::format`] before they get here, and every
//! number a sentence names (a cut size, a count) is passed in, never written in.
//!
//! - [`ui`]: the widget's labels, badges and notices about ignored options;
//! - [`rounds`]: the live summary of a round's ranking, the round picker, the fixed line;
//! - [`explore`]: the labels and sentences of the sensitivity views;
//! - [`classroom`]: the classroom tab's headings;
//! - [`predict`](mod@predict): predict, then reveal (the game, the reveal's sentences, the worksheet);
//! - [`contributions`]: the classroom's contribution table (near-ties, two decimals);
//! - [`items`]: what the rows are called (teams, or a classroom's own items);
//! - [`layout`]: the render options (one-line disclaimer, show all, embed builder);
//! - [`winner_map`]: the winner map's text alternative and captions;
//! - [`share`]: the share box; [`load`]: why a fetched dataset could not be used;
//! - [`cli`]: the `kai-rank` help, errors, headings and sentences;
//! - [`grammar`]: lists, particles and numerals the others share.
//!
//! Pure Rust, no web dependencies, so every sentence is unit-tested natively. The items are
//! re-exported here, so `crate::i18n::Ui` or `i18n::round_summary` name them wherever they live.

pub mod classroom;
pub mod cli;
pub mod contributions;
pub mod explore;
pub mod grammar;
pub mod items;
pub mod layout;
pub mod load;
pub mod predict;
pub mod rounds;
pub mod share;
pub mod ui;
pub mod winner_map;

pub use classroom::Cl;
pub use contributions::{Ct, near_tie};
pub use explore::*;
pub use grammar::{
    ends_in_consonant, join, josa_eul_reul, josa_eun_neun, josa_i_ga, josa_wa_gwa, mid_sentence_en,
    thousands, top_n_ko,
};
pub use items::{
    Rows, acceptability_note, bands_note, cut_label_for, explore_pick_label, rank_table_corner,
    requirements_hint, show_all_for, to_cut_for,
};
pub use layout::{Lx, layout_notice, show_all, weights_text};
pub use load::{load_headline, more_problems, source_line};
pub use predict::Pr;
pub use rounds::*;
pub use share::{ShareUi, too_large_for_link};
pub use ui::*;
pub use winner_map::{Wm, cursor_at, rest_label, section_caption, winner_here, winner_map_text};

use crate::text::Lang;

/// Chooses one side of a pair.
pub fn pick<'a>(lang: Lang, ko: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Ko => ko,
        Lang::En => en,
    }
}
