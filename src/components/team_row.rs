//! One team in the ranking: a disclosure button (rank, name, score, movement, real outcome,
//! stacked bar, missing-data flag) that opens the team's details below it.

use std::rc::Rc;

use yew::prelude::*;

use super::{StackBar, TeamDetails};
use crate::format;
use crate::i18n::{self, Ui};
use crate::rank::Movement;
use crate::rank::RankedTeam;
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`TeamRow`].
#[derive(Properties, Clone, PartialEq)]
pub struct TeamRowProps {
    /// The data (team facts, criteria labels).
    pub data: DataRc,
    /// This team's place, score and contributions.
    pub row: RankedTeam,
    /// Current shares per criterion (empty when all weights are zero).
    pub shares: Rc<Vec<f64>>,
    /// Movement against the reference.
    pub movement: Movement,
    /// True when the row is above the cut line.
    pub above_cut: bool,
    /// Real outcome at the first cut: selected or not; `None` when unreported.
    pub outcome: Option<bool>,
    /// Date of that outcome.
    pub outcome_date: Option<AttrValue>,
    /// Details open.
    pub expanded: bool,
    /// All weights are zero (no ranking, no bars).
    pub no_weights: bool,
    /// Requirements in force (minimum per criterion), to name the one a gated team misses.
    pub gates: Rc<Vec<Option<f64>>>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page.
    pub instance: u32,
    /// The row was pressed (this team).
    pub on_select: Callback<Option<usize>>,
}

/// `<li data-team-id data-rank>` with its button and, when expanded, its details.
#[component]
pub fn TeamRow(props: &TeamRowProps) -> Html {
    let lang = props.lang;
    let d = props.data.dataset();
    let row = &props.row;
    let Some(team) = d.teams.get(row.team) else { return html! {} };
    let panel_id = format!("kai{}-team-{}", props.instance, team.id);
    let incomplete = !row.is_complete();
    let (symbol, move_text, move_class) = i18n::movement_badge(lang, props.movement);
    let badge = props.outcome.map(|selected| {
        let text = i18n::outcome_badge(lang, selected, props.outcome_date.as_deref());
        let (icon, class) = if selected {
            ("✓", "kai-badge kai-badge-in")
        } else {
            ("✕", "kai-badge kai-badge-out")
        };
        html! { <span class={class}><span aria-hidden="true">{ icon }</span>{ " " }{ super::with_dates(&text) }</span> }
    });
    let flag = if incomplete {
        let text = i18n::missing_flag_of(lang, &d.criteria, &row.missing);
        Some(html! { <span class="kai-flag">{ text }</span> })
    } else if row.is_gated() {
        let failed: Vec<(&str, f64, f64)> = row
            .below_gates
            .iter()
            .filter_map(|&c| {
                let label = d.criteria.get(c)?.label.get(lang);
                Some((label, props.data.0.matrix.get(row.team, c)?, (*props.gates.get(c)?)?))
            })
            .collect();
        Some(
            html! { <span class="kai-flag kai-flag-gate">{ i18n::gate_flag(lang, &failed) }</span> },
        )
    } else {
        None
    };
    let on_select = props.on_select.clone();
    let team_index = row.team;
    let onclick = Callback::from(move |_: MouseEvent| on_select.emit(Some(team_index)));
    let class = classes!(
        "kai-row",
        props.above_cut.then_some("kai-above"),
        incomplete.then_some("kai-incomplete"),
        row.is_gated().then_some("kai-gated"),
        props.expanded.then_some("kai-open")
    );
    html! {
        <li {class} data-team-id={team.id.clone()} data-rank={row.rank.map(|r| r.to_string()).unwrap_or_default()}>
            <button type="button" class="kai-row-btn"
                aria-expanded={if props.expanded { "true" } else { "false" }}
                aria-controls={props.expanded.then(|| panel_id.clone())} {onclick}>
                <span class="kai-rank">
                    <span class="kai-sr">{ i18n::rank_text(lang, row.rank) }{ " " }</span>
                    <span aria-hidden="true">{ row.rank.map_or_else(|| "–".to_string(), |r| r.to_string()) }</span>
                </span>
                <span class="kai-name">{ super::name_with_arrow(team.name.get(lang)) }</span>
                <span class="kai-score">
                    <span class="kai-sr">{ Ui::Score.get(lang) }{ " " }</span>
                    { row.score.map_or_else(|| "–".to_string(), format::score) }
                </span>
                <span class={classes!("kai-move", move_class)}>
                    <span aria-hidden="true">{ symbol }</span>
                    <span class="kai-sr">{ " " }{ move_text }</span>
                </span>
                <span class="kai-meta">{ badge }{ flag }</span>
                <StackBar contributions={row.contributions.clone()} missing={row.missing.clone()}
                    shares={props.shares.clone()} instance={props.instance} />
            </button>
            if props.expanded {
                <TeamDetails data={props.data.clone()} team={row.team} {lang}
                    instance={props.instance} id={panel_id} />
            }
        </li>
    }
}
