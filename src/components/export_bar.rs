//! Export: the ranking as CSV and as a PNG picture, both carrying their context (title,
//! weights, round and cut line, outcomes, disclaimer, sources, data date, address; text and
//! layout from [`crate::export`]), and print (the stylesheet's `@media print` lays the page out
//! for paper). Everything happens in the browser; nothing is sent anywhere.

use std::rc::Rc;

use yew::prelude::*;

use super::download;
use crate::export::{self, ExportContext, PNG_PHONE, PNG_WIDE};
use crate::i18n::Ex;
use crate::model::Round;
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
    /// The round shown, if any.
    #[prop_or_default]
    pub round: Option<Round>,
    /// Places above the line.
    pub cut: usize,
    /// Dataset indices of the teams above the line.
    #[prop_or_default]
    pub above: Rc<Vec<usize>>,
    /// Requirement minimums per criterion.
    #[prop_or_default]
    pub gates: Rc<Vec<Option<f64>>>,
    /// The sliders' importances (the exports show them beside the shares).
    #[prop_or_default]
    pub weights: Vec<f64>,
    /// Reader's language (headers and names).
    pub lang: Lang,
    /// Widget number on the page.
    pub instance: u32,
}

/// The page address without its fragment, for the exports' "made from" line.
fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Four buttons: CSV, PNG (wide), PNG for phones, print.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let lang = props.lang;
    // Builds the context from the props at click time and hands it to `f`.
    let with_context = |f: Rc<dyn Fn(&ExportContext)>| {
        let props = props.clone();
        Callback::from(move |_: MouseEvent| {
            let address = page_address();
            let ctx = ExportContext {
                dataset: props.data.dataset(),
                matrix: &props.data.0.matrix,
                ranking: &props.ranking,
                round: props.round.as_ref(),
                cut: props.cut,
                above: &props.above,
                gates: &props.gates,
                lang: props.lang,
                address: &address,
                importance: &props.weights,
            };
            f(&ctx);
        })
    };
    let on_csv = with_context(Rc::new(|ctx: &ExportContext| {
        let csv = export::report_csv(ctx);
        let _ = download::save_text("kai-ranking.csv", "text/csv;charset=utf-8", &csv, true);
    }));
    let png = |width: f64, name: &'static str| {
        with_context(Rc::new(move |ctx: &ExportContext| {
            let _ = download::save_layout_as_png(&export::png_layout(ctx, width), name);
        }))
    };
    let on_png = png(PNG_WIDE, "kai-ranking.png");
    let on_png_phone = png(PNG_PHONE, "kai-ranking-phone.png");
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="kai-x kai-export" role="group" aria-label={Ex::ExportH.get(lang)}>
            <button type="button" data-export="csv" onclick={on_csv}>{ Ex::ExportCsv.get(lang) }</button>
            <button type="button" data-export="png" onclick={on_png}>{ Ex::ExportPng.get(lang) }</button>
            <button type="button" data-export="png-phone" onclick={on_png_phone}>{ Ex::ExportPngPhone.get(lang) }</button>
            <button type="button" data-export="print" onclick={on_print}>{ Ex::Print.get(lang) }</button>
        </div>
    }
}
