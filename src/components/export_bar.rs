//! Export: the ranking as CSV (text from [`crate::export`], saved as UTF-8 with a byte-order
//! mark so spreadsheet programs keep the Korean names), the slope chart as PNG, and print (the stylesheet's `@media print` lays the
//! page out for paper). Everything happens in the browser; nothing is sent anywhere.

use std::rc::Rc;

use yew::prelude::*;

use super::download;
use super::slope_chart::slope_svg_id;
use crate::export;
use crate::i18n::Ex;
use crate::rank::Ranking;
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`ExportBar`].
#[derive(Properties, Clone, PartialEq)]
pub struct ExportBarProps {
    /// The data ranked.
    pub data: DataRc,
    /// The current ranking.
    pub ranking: Rc<Ranking>,
    /// Reader's language (headers and names).
    pub lang: Lang,
    /// Widget number on the page (the chart's id).
    pub instance: u32,
}

/// Three buttons.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let lang = props.lang;
    let on_csv = {
        let (data, ranking) = (props.data.clone(), props.ranking.clone());
        Callback::from(move |_: MouseEvent| {
            let csv = export::ranking_csv(data.dataset(), &data.0.matrix, &ranking, lang);
            let _ = download::save_text("kai-ranking.csv", "text/csv;charset=utf-8", &csv, true);
        })
    };
    let on_png = {
        let id = slope_svg_id(props.instance);
        Callback::from(move |_: MouseEvent| {
            if let Some(svg) =
                web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id))
            {
                let _ = download::save_svg_as_png(&svg, "kai-ranking.png", 2.0);
            }
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="kai-x kai-export" role="group" aria-label={Ex::ExportH.get(lang)}>
            <button type="button" data-export="csv" onclick={on_csv}>{ Ex::ExportCsv.get(lang) }</button>
            <button type="button" data-export="png" onclick={on_png}>{ Ex::ExportPng.get(lang) }</button>
            <button type="button" data-export="print" onclick={on_print}>{ Ex::Print.get(lang) }</button>
        </div>
    }
}
