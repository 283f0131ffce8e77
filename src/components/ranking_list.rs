//! The ranking: one row per team in rank order, the cut line between the last place above it
//! and the first below, and a FLIP animation when rows change places.
//!
//! FLIP: [`kai_dom::RowAnimator`] (shared with the island) is told after each render whether
//! the order changed; it reads every row's place once, in the next animation frame, and slides
//! the moved rows home with the Web Animations API within [`FLIP_MS`] (no `style=` attribute:
//! a strict CSP allows it). Skipped under `prefers-reduced-motion: reduce`.

use std::rc::Rc;

use kai_dom::RowAnimator;
use web_sys::Element;
use yew::prelude::*;

use super::TeamRow;
use crate::i18n;
use crate::model::Round;
use crate::rank::{CutComparison, Movement, Ranking};
use crate::state::DataRc;
use crate::text::Lang;

/// Duration of the reorder animation (the brief's ceiling is 300 ms).
pub const FLIP_MS: u32 = 300;

/// Props of [`RankingList`].
#[derive(Properties, Clone, PartialEq)]
pub struct RankingListProps {
    /// The data (teams).
    pub data: DataRc,
    /// The current ranking (derived by the app).
    pub ranking: Rc<Ranking>,
    /// Movement of each team against the reference, indexed by team.
    pub movements: Rc<Vec<Movement>>,
    /// Who is above the line (and whose place a requirement took away).
    pub comparison: Rc<CutComparison>,
    /// The round shown (for the real-outcome badges), if the data has rounds.
    pub round: Option<Round>,
    /// Requirements in force.
    pub gates: Rc<Vec<Option<f64>>>,
    /// Team whose details are open.
    pub selected: Option<usize>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page.
    pub instance: u32,
    /// A row was pressed (team index).
    pub on_select: Callback<Option<usize>>,
    /// Show only the top N rows (the `rows` option; `None`: every row).
    #[prop_or_default]
    pub rows: Option<usize>,
    /// "Show all" was pressed.
    #[prop_or_default]
    pub on_show_all: Callback<()>,
}

/// `<ol>` of [`TeamRow`]s with the cut line.
#[component]
pub fn RankingList(props: &RankingListProps) -> Html {
    let list_ref = use_node_ref();
    let order: Vec<usize> = props.ranking.rows.iter().map(|r| r.team).collect();
    let animator = use_mut_ref(|| None::<RowAnimator>);
    {
        let (list_ref, animator) = (list_ref.clone(), animator.clone());
        use_effect_with((), move |_| {
            if let Some(list) = list_ref.cast::<Element>() {
                *animator.borrow_mut() = Some(RowAnimator::new(list, FLIP_MS));
            }
            move || drop(animator.borrow_mut().take())
        });
    }
    {
        // Every render may move rows (details opened, another language): the animator re-reads
        // their places in the next frame, and slides them only when the order changed.
        let last_order = use_mut_ref(Vec::<usize>::new);
        let animator = animator.clone();
        use_effect(move || {
            if let Some(a) = animator.borrow().as_ref() {
                if *last_order.borrow() == order {
                    a.layout_changed();
                } else {
                    a.order_changed();
                }
            }
            *last_order.borrow_mut() = order;
        });
    }

    let d = props.data.dataset();
    // Teams, or a classroom's own items: the caption and the button say which.
    let rows = i18n::Rows::of(d);
    let lang = props.lang;
    let no_weights = props.ranking.no_weights();
    let teams_total = props.ranking.rows.len();
    let (actual, date) = match &props.round {
        Some(r) => (r.actual.as_ref(), Some(r.date.as_str())),
        None => (None, None),
    };
    // The line sits after the teams kept; rows without a rank are listed apart below.
    let kept = props.comparison.above.len();
    let ranked = props.ranking.ranked().len();
    let shares: Rc<Vec<f64>> = Rc::new(props.ranking.shares.clone().unwrap_or_default());
    let mut items: Vec<Html> = Vec::with_capacity(teams_total + 1);
    let shown = props.rows.map_or(teams_total, |n| n.min(teams_total));
    for (pos, row) in props.ranking.rows.iter().enumerate().take(shown) {
        if pos == kept && !no_weights && pos > 0 && pos <= ranked {
            items.push(html! {
                <li class="kai-cut" key="kai-cut"><span>{ i18n::cut_label_for(lang, props.comparison.size, rows) }</span></li>
            });
        }
        if pos == ranked && pos < teams_total && !no_weights {
            items.push(html! {
                <li class="kai-apart" key="kai-apart"><span>{ i18n::Ui::NotRanked.get(lang) }</span></li>
            });
        }
        let Some(team) = d.teams.get(row.team) else { continue };
        let outcome = actual.map(|ids| ids.contains(&team.id));
        let on_select = props.on_select.clone();
        items.push(html! {
            <TeamRow key={team.id.clone()} data={props.data.clone()} row={row.clone()}
                shares={shares.clone()}
                movement={props.movements.get(row.team).copied().unwrap_or(Movement::Same)}
                above_cut={props.comparison.above.contains(&row.team)}
                {outcome} outcome_date={date.map(AttrValue::from)}
                expanded={props.selected == Some(row.team)} {no_weights} gates={props.gates.clone()} {lang}
                instance={props.instance} {on_select} />
        });
    }
    // A shortened list that ends exactly at the line still draws it.
    if shown < teams_total && shown == kept && kept > 0 && kept <= ranked && !no_weights {
        items.push(html! {
            <li class="kai-cut" key="kai-cut"><span>{ i18n::cut_label_for(lang, props.comparison.size, rows) }</span></li>
        });
    }
    let more = teams_total - shown;
    let on_show_all = props.on_show_all.clone();
    html! {
        <>
            <ol class="kai-list" ref={list_ref}>{ for items }</ol>
            if more > 0 {
                <button type="button" class="kai-show-all" data-show-all=""
                    onclick={move |_| on_show_all.emit(())}>{ i18n::show_all_for(lang, more, rows) }</button>
            }
        </>
    }
}
