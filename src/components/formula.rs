//! The score formula, live: for one team, score = Σ share × score with the actual numbers, next
//! to its stacked bar, so a reader sees exactly where the number in the ranking comes from.

use std::rc::Rc;

use yew::prelude::*;

use super::{StackBar, Swatch};
use crate::format;
use crate::i18n::{self, Ex, Ui};
use crate::rank::Ranking;
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`Formula`].
#[derive(Properties, Clone, PartialEq)]
pub struct FormulaProps {
    /// The data ranked (what-if scores included).
    pub data: DataRc,
    /// The current ranking.
    pub ranking: Rc<Ranking>,
    /// Current shares (0–1) per criterion.
    pub shares: Rc<Vec<f64>>,
    /// The team explained.
    pub team: usize,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (pattern ids).
    pub instance: u32,
}

/// `이름 = 25% × 8.5 + 25% × 7.0 + … = 7.8`, each term with its criterion's swatch and label.
#[component]
pub fn Formula(props: &FormulaProps) -> Html {
    let lang = props.lang;
    let d = props.data.dataset();
    let Some(row) = props.ranking.row_of(props.team) else {
        return html! {};
    };
    let name = d.teams.get(props.team).map_or("", |t| t.name.get(lang));
    let m = &props.data.0.matrix;
    let missing: Vec<&str> =
        row.missing.iter().filter_map(|&c| d.criteria.get(c)).map(|c| c.label.get(lang)).collect();
    let n = d.criteria.len();
    let term = |i: usize, c: &crate::model::Criterion| {
        let share = props.shares.get(i).copied().unwrap_or(0.0);
        let value = m.get(props.team, i).map_or_else(|| "?".to_string(), format::score);
        html! {
            <>
                if i > 0 { <span class="kai-eq-op">{ " + " }</span> }
                <span class="kai-term" data-term={c.id.clone()}>
                    <Swatch instance={props.instance} series={Some(i)} />
                    <span class="kai-term-num">{ format::percent(lang, share) }{ " × " }{ value }</span>
                    <span class="kai-term-label">{ c.label.get(lang) }</span>
                </span>
            </>
        }
    };
    html! {
        <section class="kai-x kai-formula" aria-labelledby={format!("kai{}-fh", props.instance)}>
            <h3 class="kai-h" id={format!("kai{}-fh", props.instance)}>{ Ex::FormulaH.get(lang) }</h3>
            <p class="kai-eq" data-formula="">
                <span class="kai-eq-name">{ format::short_name(name) }{ " " }{ Ex::FormulaScore.get(lang) }</span>
                { " = " }
                { for d.criteria.iter().enumerate().map(|(i, c)| {
                    if i + 1 == n && row.score.is_some() { html! {} } else { term(i, c) }
                }) }
                // No sum for a team without a score these weights need: a partial sum would read
                // as its score. The last term, "=" and the result wrap as one (`white-space:
                // nowrap`), so the result is never alone on a line (it was at 1280 px).
                if let (Some(score), Some(last)) = (row.score, n.checked_sub(1)) {
                    <span class="kai-eq-tail">
                        { d.criteria.get(last).map_or_else(|| html! {}, |c| term(last, c)) }
                        <span class="kai-eq-op">{ " = " }</span>
                        <strong class="kai-eq-total" data-total="">{ format::score(score) }</strong>
                    </span>
                }
            </p>
            if !missing.is_empty() {
                <p class="kai-note">{ i18n::missing_flag(lang, &missing) }</p>
            }
            <StackBar contributions={row.contributions.clone()} missing={row.missing.clone()}
                shares={props.shares.clone()} instance={props.instance} />
            <p class="kai-note">{ Ui::ScaleNote.get(lang) }</p>
        </section>
    }
}
