//! The contribution table (issue 15 §2): every item × criterion contribution at once — share
//! × score, the very terms the ranking adds up ([`crate::rank::RankedTeam::contributions`]) —
//! and the total, sortable by any column, with a "two decimals" switch that explains near-ties.
//!
//! Sorting and the switch are this view's own state (`use_state`): they change how the
//! numbers are shown, never the ranking.

use std::cmp::Ordering;
use std::rc::Rc;

use yew::prelude::*;

use crate::format;
use crate::i18n::{self, Ct};
use crate::rank::{Ranking, TIE_EPSILON};
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`ContributionTable`].
#[derive(Properties, Clone, PartialEq)]
pub struct ContributionTableProps {
    /// The data ranked.
    pub data: DataRc,
    /// The current ranking (rows, contributions, totals).
    pub ranking: Rc<Ranking>,
    /// Current shares (0–1) per criterion, for the column headings.
    pub shares: Rc<Vec<f64>>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page.
    pub instance: u32,
}

/// `a` and `b` written with the fewest digits (two to six) that tell them apart.
fn apart(a: f64, b: f64) -> (String, String) {
    for d in 2..6 {
        let (x, y) = (format::fixed(a, d, false), format::fixed(b, d, false));
        if x != y {
            return (x, y);
        }
    }
    (format::fixed(a, 6, false), format::fixed(b, 6, false))
}

/// The table, its switch and the near-tie sentences.
#[component]
pub fn ContributionTable(props: &ContributionTableProps) -> Html {
    let lang = props.lang;
    let d = props.data.dataset();
    let m = &props.data.0.matrix;
    let k = d.criteria.len();
    // Column: 0 the name, 1..=k the criteria, k + 1 the total; true = descending.
    let sort = use_state(|| (k + 1, true));
    let two = use_state(|| false);
    let (col, desc) = if sort.0 <= k + 1 { *sort } else { (k + 1, true) };
    let digits = if *two { 2 } else { 1 };
    let name = |t: usize| d.teams.get(t).map_or("?", |x| x.name.get(lang));
    let cell = |t: usize, c: usize| -> Option<f64> {
        let r = props.ranking.row_of(t)?;
        if c == 0 {
            None
        } else if c <= k {
            m.get(t, c - 1).and(r.contributions.get(c - 1).copied())
        } else {
            r.score
        }
    };
    let mut rows: Vec<usize> = props.ranking.rows.iter().map(|r| r.team).collect();
    if col == 0 {
        rows.sort_by(|&x, &y| name(x).cmp(name(y)));
    } else {
        // Missing values last, whichever way.
        rows.sort_by(|&x, &y| match (cell(x, col), cell(y, col)) {
            (Some(p), Some(q)) => {
                if desc {
                    q.total_cmp(&p)
                } else {
                    p.total_cmp(&q)
                }
            }
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        });
    }
    if col == 0 && desc {
        rows.reverse();
    }
    // Neighbours by total that read the same at one decimal.
    let ties: Vec<String> = {
        let ranked: Vec<(usize, f64)> =
            props.ranking.rows.iter().filter_map(|r| Some((r.team, r.score?))).collect();
        ranked
            .windows(2)
            .filter(|w| format::tenths(w[0].1) == format::tenths(w[1].1))
            .map(|w| {
                let ((a, x), (b, y)) = (w[0], w[1]);
                let shown = format::tenths(x);
                if (x - y).abs() <= TIE_EPSILON {
                    i18n::near_tie(lang, name(a), name(b), &shown, None)
                } else {
                    let (p, q) = apart(x, y);
                    i18n::near_tie(lang, name(a), name(b), &shown, Some((&p, &q)))
                }
            })
            .collect()
    };
    let header = |c: usize, label: String| {
        let sorted = c == col;
        let aria = sorted.then_some(if desc { "descending" } else { "ascending" });
        let onclick = {
            let sort = sort.clone();
            Callback::from(move |_: MouseEvent| {
                let (now, down) = *sort;
                // Names A→Z first, numbers largest first.
                sort.set(if now == c { (c, !down) } else { (c, c != 0) });
            })
        };
        let arrow = match aria {
            Some("descending") => "▼",
            Some(_) => "▲",
            None => "↕",
        };
        html! {
            <th scope="col" aria-sort={aria} data-col={c.to_string()}>
                <button type="button" class="kai-contrib-sort" {onclick}>
                    { label }<span class="kai-contrib-arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    };
    let hid = format!("kai{}-ct-h", props.instance);
    let item = d.item_label.as_ref().map_or(Ct::Item.get(lang), |t| t.get(lang));
    let on_two = {
        let two = two.clone();
        Callback::from(move |_: Event| two.set(!*two))
    };
    let fmt = |v: Option<f64>| match v {
        Some(v) => html! { { format::fixed(v, digits, false) } },
        None => {
            html! { <span title={Ct::NoScore.get(lang)}>{ "–" }<span class="kai-sr">{ Ct::NoScore.get(lang) }</span></span> }
        }
    };
    html! {
        <section class="kai-x kai-contrib" aria-labelledby={hid.clone()}>
            <h4 class="kai-h4" id={hid.clone()}>{ Ct::H.get(lang) }</h4>
            <p class="kai-note">{ Ct::Intro.get(lang) }</p>
            <label class="kai-contrib-two">
                <input type="checkbox" data-contrib="two" checked={*two} onchange={on_two} />
                { " " }{ Ct::TwoDecimals.get(lang) }
            </label>
            <div class="kai-scroll" role="region" aria-labelledby={hid} tabindex="0">
                <table class="kai-contrib-table" data-digits={digits.to_string()}>
                    <thead>
                        <tr>
                            { header(0, item.to_string()) }
                            { for d.criteria.iter().enumerate().map(|(i, c)| {
                                let share = props.shares.get(i).copied().unwrap_or(0.0);
                                header(i + 1, format!("{} ({})", c.label.get(lang), format::percent(lang, share)))
                            }) }
                            { header(k + 1, Ct::Total.get(lang).to_string()) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|&t| html! {
                            <tr data-team-id={d.teams.get(t).map(|x| x.id.clone())}>
                                <th scope="row">{ format::short_name(name(t)) }</th>
                                { for (1..=k).map(|c| html! { <td>{ fmt(cell(t, c)) }</td> }) }
                                <td class="kai-contrib-total" data-total="">{ fmt(cell(t, k + 1)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if *two {
                <div class="kai-contrib-ties" data-contrib="ties">
                    <p class="kai-note">{ Ct::TiesNote.get(lang) }</p>
                    if ties.is_empty() {
                        <p>{ Ct::NoNearTies.get(lang) }</p>
                    } else {
                        { for ties.into_iter().map(|s| html! { <p>{ s }</p> }) }
                    }
                </div>
            }
        </section>
    }
}
