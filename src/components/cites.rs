//! Quotes from the source reports behind a claim or a score, with outlet and date, so every
//! statement can be checked by the reader.

use yew::prelude::*;

use crate::model::Citation;
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`Cites`].
#[derive(Properties, Clone, PartialEq)]
pub struct CitesProps {
    /// The data (sources).
    pub data: DataRc,
    /// The citations.
    pub cites: Vec<Citation>,
    /// Reader's language (English readers also get the gloss).
    pub lang: Lang,
}

/// A list of quotes; nothing when there are none.
#[component]
pub fn Cites(props: &CitesProps) -> Html {
    if props.cites.is_empty() {
        return html! {};
    }
    let d = props.data.dataset();
    let lang = props.lang;
    html! {
        <ul class="kai-cites">
            { for props.cites.iter().map(|c| {
                let source = d.source(&c.source);
                let outlet = source.map_or(c.source.as_str(), |s| s.outlet.get(lang));
                let date = source.and_then(|s| s.date.as_deref()).unwrap_or("");
                let gloss = (lang == Lang::En && !c.gloss.trim().is_empty()).then(|| html! {
                    <span class="kai-gloss" lang="en">{ " (" }{ c.gloss.clone() }{ ")" }</span>
                });
                html! {
                    <li>
                        <q lang="ko">{ c.quote.clone() }</q>
                        { gloss }
                        <cite>{ " — " }{ outlet }{ if date.is_empty() { "" } else { ", " } }{ super::with_dates(date) }</cite>
                    </li>
                }
            }) }
        </ul>
    }
}
