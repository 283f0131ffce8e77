//! The legend: which colour and texture is which criterion, with its current share, plus the
//! hatch for missing data and what ▲▼ compare with.

use std::rc::Rc;

use yew::prelude::*;

use super::Swatch;
use crate::format;
use crate::i18n::Ui;
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`Legend`].
#[derive(Properties, Clone, PartialEq)]
pub struct LegendProps {
    /// The data (criteria labels).
    pub data: DataRc,
    /// Current shares (0–1) per criterion.
    pub shares: Rc<Vec<f64>>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page.
    pub instance: u32,
    /// What the ▲▼ column compares with.
    pub caption: AttrValue,
}

/// The legend under the ranking heading.
#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    let criteria = &props.data.dataset().criteria;
    html! {
        <div class="kai-legend">
            <p class="kai-legend-title kai-sr">{ Ui::Legend.get(lang) }</p>
            <ul class="kai-legend-items">
                { for criteria.iter().enumerate().map(|(i, c)| html! {
                    <li>
                        <Swatch instance={props.instance} series={Some(i)} />
                        <span>{ c.label.get(lang) }</span>
                        <span class="kai-legend-share">
                            { format::percent(lang, props.shares.get(i).copied().unwrap_or(0.0)) }
                        </span>
                    </li>
                }) }
                <li>
                    <Swatch instance={props.instance} series={None::<usize>} />
                    <span>{ Ui::MissingLegend.get(lang) }</span>
                </li>
            </ul>
            <p class="kai-note">{ Ui::ScaleNote.get(lang) }{ " · " }{ props.caption.clone() }</p>
        </div>
    }
}
