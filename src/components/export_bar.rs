//! Export: the ranking as CSV (UTF-8 with a byte-order mark, so spreadsheet programs keep the
//! Korean names), the slope chart as PNG, and print (the stylesheet's `@media print` lays the
//! page out for paper). Everything happens in the browser; nothing is sent anywhere.

use std::rc::Rc;

use yew::prelude::*;

use super::download;
use super::slope_chart::slope_svg_id;
use crate::format;
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

/// The ranking as CSV text (no BOM; [`download::save_text`] adds it): rank, id, name, weighted
/// score, then each criterion's score (empty when missing), in the reader's language.
pub fn ranking_csv(data: &DataRc, ranking: &Ranking, lang: Lang) -> String {
    let d = data.dataset();
    let m = &data.0.matrix;
    let mut out = String::new();
    let mut header: Vec<String> = [Ex::CsvRank, Ex::CsvId, Ex::CsvTeam, Ex::CsvScore]
        .iter()
        .map(|h| h.get(lang).to_string())
        .collect();
    header.extend(d.criteria.iter().map(|c| format::csv_field(c.label.get(lang))));
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for row in &ranking.rows {
        let Some(team) = d.teams.get(row.team) else {
            continue;
        };
        let mut cells = vec![
            row.rank.to_string(),
            format::csv_field(&team.id),
            format::csv_field(team.name.get(lang)),
            format::score(row.score),
        ];
        cells.extend(
            (0..d.criteria.len())
                .map(|c| m.get(row.team, c).map(format::weight).unwrap_or_default()),
        );
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Three buttons.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let lang = props.lang;
    let on_csv = {
        let (data, ranking) = (props.data.clone(), props.ranking.clone());
        Callback::from(move |_: MouseEvent| {
            let csv = ranking_csv(&data, &ranking, lang);
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
