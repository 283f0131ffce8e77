//! A team's details: every fact with its quotes and source, "not reported" where the sources
//! are silent, and each score with the reasons it rests on (score links jump to the reason).

use yew::prelude::*;

use super::Cites;
use crate::format;
use crate::i18n::Ui;
use crate::model::Claim;
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`TeamDetails`].
#[derive(Properties, Clone, PartialEq)]
pub struct TeamDetailsProps {
    /// The data.
    pub data: DataRc,
    /// Team index.
    pub team: usize,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page.
    pub instance: u32,
    /// Element id (the row button's `aria-controls`).
    pub id: AttrValue,
}

/// The panel under an expanded row.
#[component]
pub fn TeamDetails(props: &TeamDetailsProps) -> Html {
    let d = props.data.dataset();
    let lang = props.lang;
    let Some(team) = d.teams.get(props.team) else { return html! {} };
    let claim = |c: &Claim| {
        html! {
            <>
                <span>{ super::with_dates(c.text.get(lang)) }</span>
                <Cites data={props.data.clone()} cites={c.cites.clone()} {lang} />
            </>
        }
    };
    let fields: [(Ui, &Option<Claim>); 7] = [
        (Ui::Lead, &team.lead),
        (Ui::Partners, &team.partners),
        (Ui::Models, &team.models),
        (Ui::Scale, &team.scale),
        (Ui::Compute, &team.compute),
        (Ui::Strategy, &team.strategy),
        (Ui::Outcome, &team.outcome),
    ];
    let reason_id = |c: &str| format!("{}-why-{c}", props.id);
    html! {
        <div class="kai-details" id={props.id.clone()}>
            <dl class="kai-facts">
                { for fields.iter().map(|(label, value)| html! {
                    <>
                        <dt>{ label.get(lang) }</dt>
                        <dd>{ match value {
                            Some(c) => claim(c),
                            None => html! { <span class="kai-unreported">{ Ui::NotReported.get(lang) }</span> },
                        } }</dd>
                    </>
                }) }
            </dl>
            if !team.facts.is_empty() {
                <h4 class="kai-h4">{ Ui::Facts.get(lang) }</h4>
                <ul class="kai-fact-list">
                    { for team.facts.iter().map(|f| html! { <li>{ claim(f) }</li> }) }
                </ul>
            }
            <h4 class="kai-h4">{ Ui::Scores.get(lang) }</h4>
            <ul class="kai-score-links">
                { for d.criteria.iter().map(|c| {
                    let value = team.scores.get(&c.id).and_then(|s| s.value);
                    html! {
                        <li><a href={format!("#{}", reason_id(&c.id))}>
                            { c.label.get(lang) }{ " " }
                            { value.map_or_else(|| Ui::NoScore.get(lang).to_string(), format::score) }
                        </a></li>
                    }
                }) }
            </ul>
            <ul class="kai-reasons">
                { for d.criteria.iter().map(|c| {
                    let score = team.scores.get(&c.id);
                    let value = score.and_then(|s| s.value);
                    html! {
                        <li id={reason_id(&c.id)}>
                            <strong>{ c.label.get(lang) }{ " " }
                                { value.map_or_else(|| Ui::NoScore.get(lang).to_string(), format::score) }</strong>
                            { " " }
                            { score.map_or("", |s| s.rationale.get(lang)) }
                            if let Some(s) = score {
                                <Cites data={props.data.clone()} cites={s.cites.clone()} {lang} />
                            }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
