//! What the ministry published for a round, shown as published next to our editorial scores:
//! its 100-point scheme (with sub-parts), the published scores per team, the averages, and its
//! note on what was not published.
//!
//! Why a table of its own, never columns of the ranking: these are a different set of criteria
//! (benchmark / expert / user points) from our four editorial scores; mixing them would make a
//! reader take one for the other. Empty cells say "not published", never 0. Plain data in.

use yew::prelude::*;

use super::Cites;
use crate::format;
use crate::i18n::{Rx, Ui};
use crate::model::{Official, OfficialPart};
use crate::state::DataRc;
use crate::text::Lang;

/// The part id of a published total.
const TOTAL: &str = "total";

/// Props of [`OfficialFigures`].
#[derive(Properties, Clone, PartialEq)]
pub struct OfficialFiguresProps {
    /// The data (its `official` figures and team names).
    pub data: DataRc,
    /// Reader's language.
    pub lang: Lang,
}

/// A captioned table (parts × teams with published scores, plus the average) and the note.
/// Renders nothing when the data has no published figures.
#[component]
pub fn OfficialFigures(props: &OfficialFiguresProps) -> Html {
    let lang = props.lang;
    let d = props.data.dataset();
    let Some(o) = d.official.as_ref() else { return html! {} };
    // Teams with any published score, in dataset order.
    let teams: Vec<(String, &str)> = d
        .teams
        .iter()
        .filter(|t| o.scores.iter().any(|s| s.team == t.id))
        .map(|t| (t.id.clone(), t.name.get(lang)))
        .collect();
    let mut rows: Vec<(&OfficialPart, bool)> = Vec::new();
    for part in &o.scheme {
        rows.push((part, false));
        rows.extend(part.parts.iter().map(|p| (p, true)));
    }
    let cell = |team: &str, part: &str| -> Html {
        match score(o, team, part) {
            Some(v) => {
                html! { <td data-official={format!("{team}:{part}")}>{ format::score(v) }</td> }
            }
            None => html! {
                <td class="kai-official-none"><span aria-label={Rx::NotPublished.get(lang)}
                    title={Rx::NotPublished.get(lang)}>{ "–" }</span></td>
            },
        }
    };
    let average = |part: &str| -> Html {
        match o.averages.iter().find(|a| a.part == part) {
            Some(a) => html! { <td>{ format::weight(a.value) }</td> },
            None => html! { <td class="kai-official-none">{ "–" }</td> },
        }
    };
    let points: f64 = o.scheme.iter().map(|p| p.points).sum();
    html! {
        <section class="kai-official" data-official-round={o.round.clone()}>
            <h3 class="kai-h">{ Rx::OfficialHeading.get(lang) }</h3>
            <p class="kai-note kai-official-label">{ Rx::OfficialLabel.get(lang) }</p>
            <div class="kai-table-scroll">
            <table class="kai-official-table">
                <thead>
                    <tr>
                        <th scope="col">{ Rx::OfficialPart.get(lang) }</th>
                        <th scope="col">{ Rx::OfficialPoints.get(lang) }</th>
                        { for teams.iter().map(|(_, name)| html! { <th scope="col">{ name.to_string() }</th> }) }
                        <th scope="col">{ Rx::OfficialAverage.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|(p, sub)| html! {
                        <tr class={classes!(sub.then_some("kai-official-sub"))}>
                            <th scope="row">{ p.label.get(lang) }</th>
                            <td>{ format::weight(p.points) }</td>
                            { for teams.iter().map(|(id, _)| cell(id, &p.id)) }
                            { average(&p.id) }
                        </tr>
                    }) }
                    <tr class="kai-official-total">
                        <th scope="row">{ Rx::OfficialTotal.get(lang) }</th>
                        <td>{ format::weight(points) }</td>
                        { for teams.iter().map(|(id, _)| cell(id, TOTAL)) }
                        { average(TOTAL) }
                    </tr>
                </tbody>
            </table>
            </div>
            <p class="kai-note">{ super::with_dates(o.note.get(lang)) }</p>
            if !o.cites.is_empty() {
                <details class="kai-official-cites">
                    <summary>{ Ui::Sources.get(lang) }</summary>
                    <Cites data={props.data.clone()} cites={o.cites.clone()} {lang} />
                </details>
            }
        </section>
    }
}

/// The published score of `team` on `part`, if any.
fn score(o: &Official, team: &str, part: &str) -> Option<f64> {
    o.scores.iter().find(|s| s.team == team && s.part == part).map(|s| s.value)
}
