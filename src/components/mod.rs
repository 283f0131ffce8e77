//! The widget's components, one per file, each taking plain data plus `Callback` props
//! (`on_<event>`); only [`crate::app::App`] owns state.
//!
//! This module is also the one home of the series colour classes and pattern ids, so the
//! legend, the sliders and the bars can never disagree about which colour is which criterion.

mod acceptability_map;
mod cites;
mod classroom;
mod contribution_table;
mod controls_dock;
mod dataset_editor;
mod download;
mod embed_builder;
mod explore;
mod explore_tabs;
mod export_bar;
mod formula;
mod legend;
mod live_summary;
mod notice_list;
mod official_figures;
mod pattern_defs;
mod predict_reveal;
mod predict_sheet;
mod preset_bar;
mod ranking_list;
mod reference_picker;
mod requirements;
mod round_picker;
mod scaling_compare;
mod share_bar;
mod slope_chart;
mod sources_footer;
mod stability_bands;
mod stack_bar;
mod table_grid;
mod table_settings;
mod team_details;
mod team_row;
mod toolbar;
mod weight_sliders;
mod what_if;
mod what_it_takes;
mod winner_map;

pub use acceptability_map::{AcceptabilityMap, AcceptabilityMapProps};
pub use cites::{Cites, CitesProps};
pub use classroom::{ClassroomPanel, ClassroomPanelProps};
pub use contribution_table::{ContributionTable, ContributionTableProps};
pub use controls_dock::{ControlsDock, ControlsDockProps, NARROW_PX, use_narrow};
pub use dataset_editor::{DatasetEditor, DatasetEditorProps, TEMPLATE_JSON};
pub use embed_builder::{EmbedBuilder, EmbedBuilderProps};
pub use explore::{ExplorePanel, ExplorePanelProps};
pub use explore_tabs::{ExploreTabs, ExploreTabsProps, panel_id, tab_id};
pub use export_bar::{ExportBar, ExportBarProps};
pub use formula::{Formula, FormulaProps};
pub use legend::{Legend, LegendProps};
pub use live_summary::{LiveSummary, LiveSummaryProps};
pub use notice_list::{NoticeList, NoticeListProps};
pub use official_figures::{OfficialFigures, OfficialFiguresProps};
pub use pattern_defs::{PatternDefs, PatternDefsProps, Swatch, SwatchProps};
pub use predict_reveal::{PredictReveal, PredictRevealProps};
pub use predict_sheet::{PredictSheet, PredictSheetProps};
pub use preset_bar::{PresetBar, PresetBarProps};
pub use ranking_list::{RankingList, RankingListProps};
pub use reference_picker::{ReferencePicker, ReferencePickerProps};
pub use requirements::{DEFAULT_MINIMUM, Requirements, RequirementsProps};
pub use round_picker::{RoundPicker, RoundPickerProps};
pub use scaling_compare::{ScalingCompare, ScalingCompareProps};
pub use share_bar::{ShareBar, ShareBarProps};
pub use slope_chart::{SlopeChart, SlopeChartProps, slope_svg_id};
pub use sources_footer::{SourcesFooter, SourcesFooterProps};
pub use stability_bands::{StabilityBand, StabilityBandProps};
pub use stack_bar::{StackBar, StackBarProps};
pub use table_grid::{TableGrid, TableGridProps};
pub use table_settings::{TableSettings, TableSettingsProps};
pub use team_details::{TeamDetails, TeamDetailsProps};
pub use team_row::{TeamRow, TeamRowProps};
pub use toolbar::{Toolbar, ToolbarProps};
pub use weight_sliders::{WeightSliders, WeightSlidersProps};
pub use what_if::{WhatIf, WhatIfProps};
pub use what_it_takes::{WhatItTakes, WhatItTakesProps};
pub use winner_map::{WinnerMap, WinnerMapProps};

/// `text` with every ISO date in a `kai-date` span (`white-space: nowrap`), so "2026-01-15"
/// never breaks after a hyphen ([`crate::format::split_dates`]).
pub fn with_dates(text: &str) -> yew::Html {
    use yew::html;
    html! {
        { for crate::format::split_dates(text).into_iter().map(|(run, date)| if date {
            html! { <span class="kai-date">{ run.to_string() }</span> }
        } else {
            html! { { run.to_string() } }
        }) }
    }
}

/// A team name whose last glyph and the row's "▸" (drawn by CSS on `.kai-name-end`) sit in one
/// unbreakable span, so the arrow never wraps alone at 320–375 px.
pub fn name_with_arrow(name: &str) -> yew::Html {
    use yew::html;
    let (head, last) = crate::format::split_last_glyph(name);
    html! { <>{ head.to_string() }<span class="kai-name-end">{ last.to_string() }</span></> }
}

/// Series (criterion) classes: colour comes from CSS (`--kai-s0` …, Okabe–Ito, per theme).
const SERIES_CLASSES: [&str; 8] =
    ["kai-s0", "kai-s1", "kai-s2", "kai-s3", "kai-s4", "kai-s5", "kai-s6", "kai-s7"];

/// The colour class of criterion `i` (cycles after eight, the schema's maximum).
pub fn series_class(i: usize) -> &'static str {
    SERIES_CLASSES[i % SERIES_CLASSES.len()]
}

/// The id of the fill pattern of criterion `i` in widget `instance` (unique per page).
pub fn pattern_id(instance: u32, i: usize) -> String {
    format!("kai{instance}-p{i}")
}

/// The id of the hatch pattern for missing scores in widget `instance`.
pub fn missing_pattern_id(instance: u32) -> String {
    format!("kai{instance}-pm")
}

/// `url(#id)` for a `fill` attribute (an attribute, not a style, so a strict CSP allows it).
pub fn fill_url(id: &str) -> String {
    let mut s = String::with_capacity(id.len() + 6);
    s.push_str("url(#");
    s.push_str(id);
    s.push(')');
    s
}
