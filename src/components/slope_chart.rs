//! Slope chart: the reference ranking (equal weights, a preset or the real selection — the
//! reference picker's choice) on the left, the reader's ranking on the right, one line per team,
//! so swaps show as crossing lines. The top-`cut` line is drawn on both sides.
//!
//! Every line is labelled with the team's name at both ends and ▲▼ on the right (colour is
//! never the only cue). Only SVG attributes and classes, no `style=` (strict CSP). The geometry
//! (viewBox 360 wide, 12-unit text) keeps labels about 11 px tall on a 375 px phone.

use std::rc::Rc;

use yew::prelude::*;

use crate::format;
use crate::i18n::{self, Ex};
use crate::rank::Ranking;
use crate::state::{DataRc, Reference};
use crate::text::Lang;

/// Width of the chart's coordinate system.
const W: f64 = 360.0;
/// Row pitch.
const ROW: f64 = 22.0;
/// Top of the first row (below the column headings).
const TOP: f64 = 42.0;
/// x of the line ends.
const LINE_L: f64 = 150.0;
const LINE_R: f64 = 210.0;

/// Props of [`SlopeChart`].
#[derive(Properties, Clone, PartialEq)]
pub struct SlopeChartProps {
    /// The data ranked.
    pub data: DataRc,
    /// The reader's ranking.
    pub ranking: Rc<Ranking>,
    /// The reference ranking (`None` for the real selection).
    pub reference_ranking: Rc<Option<Ranking>>,
    /// What the reference is.
    pub reference: Reference,
    /// Places above the line.
    pub cut: usize,
    /// The real outcome of the round shown (team ids kept), when decided.
    pub actual: Option<Vec<String>>,
    /// The team explored (its line is emphasised).
    pub team: usize,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (ids).
    pub instance: u32,
    /// Shown above the chart (the reference picker).
    #[prop_or_default]
    pub children: Html,
}

/// Id of the chart's `<svg>` (the PNG export draws it).
pub fn slope_svg_id(instance: u32) -> String {
    format!("kai{instance}-slope")
}

fn num(v: f64) -> String {
    format::weight(v)
}

/// The chart.
#[component]
pub fn SlopeChart(props: &SlopeChartProps) -> Html {
    let lang = props.lang;
    let d = props.data.dataset();
    let n = props.ranking.rows.len();
    // Right: the reader's order. Left: the reference order, or for the real selection the
    // selected teams first (each group in the reader's order, so only real swaps cross).
    let right: Vec<usize> = props.ranking.rows.iter().map(|r| r.team).collect();
    let (left, left_ranks): (Vec<usize>, Vec<Option<usize>>) = match &*props.reference_ranking {
        Some(r) => {
            (r.rows.iter().map(|x| x.team).collect(), r.rows.iter().map(|x| x.rank).collect())
        }
        None => {
            let actual: Vec<usize> =
                props.actual.iter().flatten().filter_map(|id| d.team_index(id)).collect();
            let mut v: Vec<usize> = right.iter().copied().filter(|t| actual.contains(t)).collect();
            v.extend(right.iter().copied().filter(|t| !actual.contains(t)));
            (v, vec![None; n])
        }
    };
    let pos = |order: &[usize], t: usize| order.iter().position(|x| *x == t).unwrap_or(0);
    let y = |p: usize| TOP + p as f64 * ROW;
    let height = TOP + n as f64 * ROW;
    let left_title = match props.reference {
        Reference::Equal => Ex::EqualWeights.get(lang).to_string(),
        Reference::Actual => Ex::RealSelection.get(lang).to_string(),
        Reference::Preset(i) => {
            d.presets.get(i).map_or_else(String::new, |p| p.label.get(lang).to_string())
        }
    };
    let moved = right.iter().enumerate().filter(|(p, t)| pos(&left, **t) != *p).count();
    let desc = i18n::slope_summary(lang, &left_title, moved, i18n::Rows::of(d));
    let cut_y = y(props.cut) - ROW / 2.0 - 4.0;
    let id = slope_svg_id(props.instance);
    let hid = format!("kai{}-sh", props.instance);
    let did = format!("{id}-desc");
    let name = |t: usize| d.teams.get(t).map_or("?", |x| format::short_name(x.name.get(lang)));
    html! {
        <section class="kai-x kai-slope" aria-labelledby={hid.clone()}>
            <h3 class="kai-h" id={hid.clone()}>{ Ex::SlopeH.get(lang) }</h3>
            { props.children.clone() }
            <svg id={id} class="kai-slope-svg" role="img" aria-labelledby={format!("{hid} {did}")}
                viewBox={format!("0 0 {} {}", num(W), num(height))} width="100%" xmlns="http://www.w3.org/2000/svg">
                <desc id={did}>{ desc }</desc>
                <rect class="kai-slope-bg" x="0" y="0" width={num(W)} height={num(height)} />
                <text class="kai-slope-head" x={num(LINE_L - 10.0)} y="16" text-anchor="end">{ left_title }</text>
                <text class="kai-slope-head" x={num(LINE_R + 10.0)} y="16" text-anchor="start">{ Ex::Yours.get(lang) }</text>
                if props.cut > 0 && props.cut < n {
                    <line class="kai-slope-cut" x1="0" x2={num(W)} y1={num(cut_y)} y2={num(cut_y)} />
                }
                { for right.iter().enumerate().map(|(rp, &t)| {
                    let lp = pos(&left, t);
                    let (yl, yr) = (y(lp) - 4.0, y(rp) - 4.0);
                    let delta = lp as i64 - rp as i64;
                    let dir = match delta.signum() { 1 => "kai-up", -1 => "kai-down", _ => "kai-same" };
                    let focus = if t == props.team { " kai-slope-focus" } else { "" };
                    let rank = props.ranking.rows.get(rp).and_then(|r| r.rank);
                    let lrank = left_ranks.get(lp).copied().flatten();
                    html! {
                        <g class={format!("kai-slope-team {dir}{focus}")}
                            data-team-id={d.teams.get(t).map(|x| x.id.clone())}
                            data-left={(lp + 1).to_string()} data-right={(rp + 1).to_string()}>
                            <text class="kai-slope-label" x={num(LINE_L - 22.0)} y={num(y(lp))} text-anchor="end">{ name(t) }</text>
                            if let Some(r) = lrank {
                                <text class="kai-slope-rank" x={num(LINE_L - 6.0)} y={num(y(lp))} text-anchor="end">{ r.to_string() }</text>
                            }
                            <line class="kai-slope-line" x1={num(LINE_L)} y1={num(yl)} x2={num(LINE_R)} y2={num(yr)} />
                            <circle class="kai-slope-dot" cx={num(LINE_L)} cy={num(yl)} r="2.5" />
                            <circle class="kai-slope-dot" cx={num(LINE_R)} cy={num(yr)} r="2.5" />
                            <text class="kai-slope-rank" x={num(LINE_R + 6.0)} y={num(y(rp))} text-anchor="start">{ rank.map_or_else(|| "–".to_string(), |r| r.to_string()) }</text>
                            <text class="kai-slope-label" x={num(LINE_R + 22.0)} y={num(y(rp))} text-anchor="start">
                                { name(t) }
                                if props.reference_ranking.is_some() && delta != 0 {
                                    { " " }{ format::change_symbol(delta) }
                                }
                            </text>
                        </g>
                    }
                }) }
            </svg>
            <p class="kai-note"><span class="kai-slope-key" aria-hidden="true">{ "- - -" }</span>{ " " }{ i18n::cut_label_for(lang, props.cut, i18n::Rows::of(d)) }</p>
        </section>
    }
}
