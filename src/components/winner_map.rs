//! The winner map (issue 15 §2): over every weighting, the region where each item is first —
//! the weight triangle for three criteria, or for more a section in which two chosen criteria
//! vary and the rest keep the reader's current proportion. Regions are the engine's exact
//! polygons ([`crate::sensitivity::winner_map`]), placed by [`crate::map_view`].
//!
//! Not colour alone: each region carries its item's number (and name when it fits), a key
//! lists them, and the engine's sentences say the same in words. Keyboard: the map is
//! focusable; arrow keys move a cursor in 5-point steps and a polite live line names who is
//! first there; Enter (or the button, or a click) makes that weighting the sliders'.

use std::rc::Rc;

use web_sys::{Element, HtmlSelectElement};
use yew::prelude::*;

use crate::format;
use crate::i18n::{self, Wm};
use crate::map_view::{
    Cursor, Move, TOP, VIEW_W, corner_squeeze, from_svg, importances_at, label_spot, label_width,
    pairs, svg_points, to_svg, view_height,
};
use crate::rank::{Ranking, Weights};
use crate::sensitivity::{Point, section, winner_map};
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`WinnerMap`].
#[derive(Properties, Clone, PartialEq)]
pub struct WinnerMapProps {
    /// The data ranked.
    pub data: DataRc,
    /// Slider values (importances).
    pub weights: Vec<f64>,
    /// The current ranking: its items not out by a requirement are the ones mapped.
    pub ranking: Rc<Ranking>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page.
    pub instance: u32,
    /// "Use these weights": the new slider values.
    pub on_weights: Callback<Vec<f64>>,
}

/// A number for an SVG attribute.
fn num(v: f64) -> String {
    format::fixed(v, 2, true)
}

/// The map, its key, its live line and its text alternative.
#[component]
pub fn WinnerMap(props: &WinnerMapProps) -> Html {
    let lang = props.lang;
    let d = props.data.dataset();
    let k = d.criteria.len();
    let pair_at = use_state(|| 0usize);
    let cursor = use_state(|| None::<Cursor>);
    let svg_ref = use_node_ref();
    let all_pairs = pairs(k);
    let [a, b] = all_pairs.get(*pair_at).copied().unwrap_or([0, 1]);
    // Items a requirement puts out are never first: left off, in dataset order so ties follow
    // the ranking's rule.
    let mut scope: Vec<usize> =
        props.ranking.rows.iter().filter(|r| r.below_gates.is_empty()).map(|r| r.team).collect();
    scope.sort_unstable();
    let weights =
        Weights::new(props.weights.clone()).unwrap_or_else(|_| Weights::equal(props.weights.len()));
    let sec = section(&props.data.0.matrix.subset(&scope), &weights, a, b);
    // The regions depend on the weights only through a section's held shares (four or more
    // criteria): with three the map is the same under every weighting, so a slider move or a
    // cursor step redraws the dots without recomputing the regions.
    let held = (k > 3).then(|| props.weights.clone());
    let map = use_memo((props.data.clone(), scope.clone(), a, b, held), |_| {
        sec.as_ref().ok().map(|s| winner_map(&s.matrix))
    });
    let Ok(sec) = sec else {
        return html! { <p class="kai-note">{ Wm::TooFew.get(lang) }</p> };
    };
    let Some(Ok(map)) = map.as_ref() else {
        return html! {};
    };
    if map.regions.is_empty() {
        return html! { <p class="kai-note">{ Wm::NoItems.get(lang) }</p> };
    }
    let crit = |c: usize| d.criteria.get(c).map_or("?", |x| x.label.get(lang));
    let others: Vec<&str> = (0..k).filter(|&c| c != a && c != b).map(crit).collect();
    let third = if k == 3 {
        others.first().copied().unwrap_or("?").to_string()
    } else {
        i18n::rest_label(lang, &others)
    };
    let labels = [crit(a), crit(b), third.as_str()];
    let names: Vec<&str> = scope
        .iter()
        .map(|&t| d.teams.get(t).map_or("?", |x| format::short_name(x.name.get(lang))))
        .collect();
    let named =
        |ts: &[usize]| ts.iter().map(|&i| names.get(i).copied().unwrap_or("?")).collect::<Vec<_>>();
    let sentences = i18n::winner_map_text(lang, map, &names, labels);
    let here = i18n::winner_here(lang, &named(&sec.current_first()));
    let live = cursor.map(|c| {
        let p = c.point();
        let at: Vec<(&str, String)> =
            (0..3).map(|i| (labels[i], format::percent(lang, p[i]))).collect();
        i18n::cursor_at(lang, &at, &named(&crate::sensitivity::first_at(&sec.matrix, p)))
    });

    let apply = {
        let on_weights = props.on_weights.clone();
        let sec = sec.clone();
        move |p: Point| on_weights.emit(importances_at(&sec, p))
    };
    let onkeydown = {
        let cursor = cursor.clone();
        let apply = apply.clone();
        let start = sec.current;
        Callback::from(move |e: KeyboardEvent| {
            let m = match e.key().as_str() {
                "ArrowLeft" => Some(Move::Left),
                "ArrowRight" => Some(Move::Right),
                "ArrowUp" => Some(Move::Up),
                "ArrowDown" => Some(Move::Down),
                "Enter" => {
                    if let Some(c) = *cursor {
                        e.prevent_default();
                        apply(c.point());
                    }
                    None
                }
                _ => None,
            };
            if let Some(m) = m {
                e.prevent_default();
                let from = (*cursor).unwrap_or_else(|| Cursor::nearest(start));
                cursor.set(Some(from.step(m)));
            }
        })
    };
    let onclick = {
        let cursor = cursor.clone();
        let apply = apply.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(el) = svg_ref.cast::<Element>() else { return };
            let r = el.get_bounding_client_rect();
            if r.width() <= 0.0 || r.height() <= 0.0 {
                return;
            }
            let x = (f64::from(e.client_x()) - r.left()) / r.width() * VIEW_W;
            let y = (f64::from(e.client_y()) - r.top()) / r.height() * view_height();
            if let Some(p) = from_svg(x, y) {
                let c = Cursor::nearest(p);
                cursor.set(Some(c));
                apply(c.point());
            }
        })
    };
    let on_use = {
        let cursor = cursor.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(c) = *cursor {
                apply(c.point());
            }
        })
    };
    let on_pair = {
        let pair_at = pair_at.clone();
        let cursor = cursor.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                pair_at.set(i);
                cursor.set(None);
            }
        })
    };

    let id = |s: &str| format!("kai{}-wm-{s}", props.instance);
    let h = view_height();
    let corners = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
    let [c0, c1, c2] = corners.map(to_svg);
    let marker = |p: Point, class: &'static str| {
        let [x, y] = to_svg(p);
        html! { <circle class={class} cx={num(x)} cy={num(y)} r="6" /> }
    };
    html! {
        <section class="kai-x kai-wm" aria-labelledby={id("h")}>
            <h4 class="kai-h4" id={id("h")}>{ Wm::MapH.get(lang) }</h4>
            <p class="kai-note">{ Wm::Intro.get(lang) }</p>
            if k > 3 {
                <div class="kai-ref kai-wm-pair">
                    <label for={id("pair")}>{ Wm::Pair.get(lang) }</label>
                    <select id={id("pair")} data-wm="pair" onchange={on_pair}>
                        { for all_pairs.iter().enumerate().map(|(i, [p, q])| html! {
                            <option value={i.to_string()} selected={i == *pair_at}>
                                { format!("{} · {}", crit(*p), crit(*q)) }
                            </option>
                        }) }
                    </select>
                </div>
                <p class="kai-note" data-wm="section">{ i18n::section_caption(lang, crit(a), crit(b)) }</p>
            }
            <svg ref={svg_ref} class="kai-wm-svg" role="application" tabindex="0"
                aria-label={Wm::MapLabel.get(lang)} aria-describedby={id("live")}
                viewBox={format!("0 0 {} {}", num(VIEW_W), num(h))} width="100%"
                xmlns="http://www.w3.org/2000/svg" {onkeydown} {onclick}
                data-cursor={cursor.map(|c| format!("{},{},{}", c.0[0] * 5, c.0[1] * 5, c.0[2] * 5))}>
                { for map.regions.iter().map(|r| {
                    let t = scope.get(r.team).copied().unwrap_or(0);
                    let n = (r.team + 1).to_string();
                    let full = format!("{n} {}", names.get(r.team).copied().unwrap_or("?"));
                    // The name where it fits (nearest the centre of area), else the number
                    // alone at the centre (the key below names it).
                    let spot = label_spot(&r.vertices, r.centroid(), label_width(&full) + 8.0);
                    let ([x, y], label) = match spot {
                        Some(at) => (at, full),
                        None => (to_svg(r.centroid()), n),
                    };
                    html! {
                        <g class={format!("kai-wm-region kai-wm-r{}", t % 8)}
                            data-item={d.teams.get(t).map(|x| x.id.clone())}>
                            <polygon points={svg_points(&r.vertices)} />
                            <text x={num(x)} y={num(y)} text-anchor="middle" dominant-baseline="middle">
                                { label }
                            </text>
                        </g>
                    }
                }) }
                <polygon class="kai-wm-frame" points={svg_points(&corners)} />
                { for (0..3).map(|c| {
                    let (x, y, anchor) = match c {
                        0 => (2.0, c0[1] + 24.0, "start"),
                        1 => (VIEW_W - 2.0, c1[1] + 24.0, "end"),
                        _ => (c2[0], TOP - 14.0, "middle"),
                    };
                    let squeeze = corner_squeeze(labels[c], c);
                    html! {
                        <text class="kai-wm-corner" data-corner={c.to_string()} x={num(x)} y={num(y)}
                            text-anchor={anchor} textLength={squeeze.map(num)}
                            lengthAdjust={squeeze.map(|_| "spacingAndGlyphs")}>{ labels[c] }</text>
                    }
                }) }
                { marker(sec.current, "kai-wm-now") }
                if let Some(c) = *cursor {
                    { marker(c.point(), "kai-wm-cursor") }
                }
            </svg>
            <ul class="kai-wm-key">
                { for map.regions.iter().map(|r| {
                    let t = scope.get(r.team).copied().unwrap_or(0);
                    html! {
                        <li><span class={format!("kai-wm-sw kai-wm-r{}", t % 8)} aria-hidden="true"></span>
                            { format!("{} {}", r.team + 1, names.get(r.team).copied().unwrap_or("?")) }</li>
                    }
                }) }
                <li><span class="kai-wm-sw kai-wm-sw-now" aria-hidden="true"></span>{ Wm::Current.get(lang) }</li>
                <li><span class="kai-wm-sw kai-wm-sw-cursor" aria-hidden="true"></span>{ Wm::Cursor.get(lang) }</li>
            </ul>
            <p class="kai-wm-here" data-wm="here">{ here }</p>
            <p class="kai-wm-live" id={id("live")} aria-live="polite" data-wm="live">{ live.unwrap_or_default() }</p>
            <button type="button" data-wm="use" disabled={cursor.is_none()} onclick={on_use}>
                { Wm::UseHere.get(lang) }
            </button>
            <p class="kai-note">{ Wm::Exact.get(lang) }</p>
            <p class="kai-h4" id={id("words")}>{ Wm::InWords.get(lang) }</p>
            <ul class="kai-wm-text" aria-labelledby={id("words")} data-wm="text">
                { for sentences.into_iter().map(|s| html! { <li>{ s }</li> }) }
            </ul>
        </section>
    }
}
