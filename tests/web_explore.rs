//! Browser tests of Explore mode (탐구), wasm32 only: each test mounts a fresh widget, opens the
//! Explore tab and checks the views against the engine — the live formula, the slope chart's
//! order, "what would it take" moving the sliders, the stability bands' sentences, the rank
//! acceptability reading, what-if scores and the dataset editor (the reducer and the CSV text
//! are tested natively: tests/state.rs, kai_engine::export). The default round is stage one
//! (naver-cloud, upstage, skt, nc-ai, lg-ai: the dataset's first five teams, all complete), so
//! the sensitivity views run on those five; hand-worked values use the table in tests/state.rs.
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown
//! --features csr --test web_explore`
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kai_engine::format;
use kai_engine::i18n;
use kai_engine::model::Dataset;
use kai_engine::rank::{Gates, ScoreMatrix, Weights, rank_in};
use kai_engine::sensitivity::{acceptability, stability_intervals};
use kai_engine::text::Lang;
use kai_ranking::components::TEMPLATE_JSON;
use kai_ranking::loader;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

mod common;
use common::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn pick_team(host: &Element, d: &Dataset, id: &str) {
    let select: HtmlSelectElement = find(host, ".kai-xteam select").dyn_into().unwrap();
    select.set_value(&d.team_index(id).unwrap().to_string());
    fire(&select, "change");
    let sel = format!(".kai-wit[data-team={id}]");
    assert!(wait_for(|| host.query_selector(&sel).unwrap().is_some()).await, "{id} picked");
}

/// Team ids of the slope chart's right column (the reader's ranking), top to bottom.
fn slope_right(host: &Element) -> Vec<String> {
    let mut v: Vec<(usize, String)> = all(host, ".kai-slope-team")
        .iter()
        .map(|g| {
            (
                g.get_attribute("data-right").unwrap().parse().unwrap(),
                g.get_attribute("data-team-id").unwrap(),
            )
        })
        .collect();
    v.sort();
    v.into_iter().map(|x| x.1).collect()
}

async fn explore(options: &[(&str, &str)]) -> Element {
    let el = mount_with(options);
    assert!(
        wait_for(|| el.query_selector("[role=tab][data-tab=explore]").unwrap().is_some()).await
    );
    click(&el, "[role=tab][data-tab=explore]");
    assert!(wait_for(|| el.query_selector(".kai-heat").unwrap().is_some()).await, "explore opens");
    el
}

#[wasm_bindgen_test]
async fn the_tab_switches_views_and_keeps_the_article_view_simple() {
    let el = mount_with(&[]);
    // The article view has rendered (its rows are there) before its absences are checked.
    assert!(wait_for(|| row_ids(&el).len() == 5).await, "the article view renders (stage one)");
    assert!(
        el.query_selector(".kai-explore").unwrap().is_none(),
        "article view has no explore views"
    );
    let tab = find(&el, "[role=tab][data-tab=explore]");
    assert_eq!(tab.get_attribute("aria-selected").as_deref(), Some("false"));
    click(&el, "[role=tab][data-tab=explore]");
    wait_for(|| {
        find(&el, "[role=tab][data-tab=explore]").get_attribute("aria-selected").as_deref()
            == Some("true")
    })
    .await;
    let tab = find(&el, "[role=tab][data-tab=explore]");
    assert_eq!(
        tab.get_attribute("aria-selected").as_deref(),
        Some("true"),
        "{}",
        find(&el, ".kai-tabs").outer_html()
    );
    assert_eq!(text(&el, "[role=tab][data-tab=explore]"), "탐구");
    find(&el, ".kai-explore[role=tabpanel]");
    assert!(el.query_selector(".kai-list").unwrap().is_none());
}

/// Stage one's teams (dataset indices 0–4).
const STAGE_ONE: [usize; 5] = [0, 1, 2, 3, 4];

#[wasm_bindgen_test]
async fn the_formula_fills_in_the_numbers_and_follows_the_sliders() {
    let d = dataset();
    let m = ScoreMatrix::new(&d);
    let el = explore(&[]).await;
    // Default: LG leads stage one under equal weights: (9 + 7 + 8 + 7.5) / 4 = 7.875 → 7.9.
    assert_eq!(text(&el, "[data-total]"), "7.9");
    assert_eq!(text(&el, "[data-term=performance] .kai-term-num"), "25% × 9.0");
    // Importance 10 of 10 + 5 + 5 + 5: the formula shows the share, 40 %.
    set_slider(&el, "performance", "10");
    wait_for(|| text(&el, "[data-term=performance] .kai-term-num").starts_with("40% × ")).await;
    assert_eq!(text(&el, "[data-term=sovereignty] .kai-term-num"), "20% × 7.0");
    let w = Weights::new(vec![10.0, 5.0, 5.0, 5.0]).unwrap();
    let r = rank_in(&m, &w, &STAGE_ONE, &Gates::none(4));
    let lg = d.team_index("lg-ai").unwrap();
    // 0.4 · 9 + 0.2 · (7 + 8 + 7.5) = 8.1: the shown total is the engine's score, rounded.
    let score = r.row_of(lg).unwrap().score.unwrap();
    assert!((score - 8.1).abs() < 1e-9);
    assert_eq!(text(&el, "[data-total]"), format::score(score));
}

#[wasm_bindgen_test]
async fn the_formula_shows_no_sum_for_a_team_without_a_needed_score() {
    let d = dataset();
    let el = explore(&[("round", "selection-2025")]).await;
    let select: HtmlSelectElement = find(&el, ".kai-xteam select").dyn_into().unwrap();
    select.set_value(&d.team_index("kakao").unwrap().to_string());
    fire(&select, "change");
    // Kakao has no industry impact score: no rank, no total, and the reason.
    let why = "이 가중치로는 순위를 매길 수 없음: 산업 파급력 점수 없음";
    assert!(
        wait_for(|| text(&el, ".kai-formula").contains(why)).await,
        "{}",
        text(&el, ".kai-formula")
    );
    assert!(el.query_selector(".kai-formula [data-total]").unwrap().is_none(), "no partial sum");
}

#[wasm_bindgen_test]
async fn the_slope_chart_orders_teams_by_hand_and_labels_every_line() {
    let d = dataset();
    let el = explore(&[("weights", "0,100,0,0")]).await;
    // Sovereignty only: SKT 9, NC AI 8, Upstage 7 and LG 7 (tied, dataset order), Naver 4.
    assert_eq!(slope_right(&el), ["skt", "nc-ai", "upstage", "lg-ai", "naver-cloud"]);
    // Left: equal weights (the reference picker's default): LG, SKT, Upstage, Naver, NC AI.
    for (p, id) in ["lg-ai", "skt", "upstage", "naver-cloud", "nc-ai"].iter().enumerate() {
        let g = find(&el, &format!(".kai-slope-team[data-team-id={id}]"));
        assert_eq!(g.get_attribute("data-left"), Some((p + 1).to_string()));
        // Both ends carry the name (not colour only).
        let labels = all(&g, ".kai-slope-label");
        assert_eq!(labels.len(), 2);
        let t = d.team_index(id).unwrap();
        let short = format::short_name(d.teams[t].name.get(Lang::Ko));
        assert!(labels.iter().all(|l| l.text_content().unwrap().starts_with(short)));
    }
    // The cut is drawn, and no style attribute anywhere (strict CSP).
    find(&el, ".kai-slope-cut");
    assert!(el.query_selector(".kai-explore [style]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn what_it_takes_moves_the_sliders_so_the_team_leads() {
    let d = dataset();
    let el = explore(&[]).await;
    pick_team(&el, &d, "upstage").await;
    assert_eq!(find(&el, ".kai-wit").get_attribute("data-team").as_deref(), Some("upstage"));
    click(&el, "button[data-apply=first]");
    assert!(wait_for(|| slope_right(&el)[0] == "upstage").await, "upstage leads");
    assert_eq!(text(&el, "[data-reach=first] p:last-child"), i18n::Ex::Already.get(Lang::Ko));
    // NC AI can never lead: SKT (8, 9, 8.5, 5) beats its 6, 8, 8, 4 on every criterion.
    pick_team(&el, &d, "nc-ai").await;
    let t = text(&el, "[data-reach=first] .kai-impossible");
    assert!(t.starts_with("어떤 가중치로도 안 됩니다. 늘 앞서는 팀: "), "{t}");
}

#[wasm_bindgen_test]
async fn every_slider_gets_a_band_naming_who_takes_over() {
    let el = explore(&[("lang", "en")]).await;
    let bands = all(&el, ".kai-band");
    assert_eq!(bands.len(), 4);
    // Performance at share s, the rest (1 − s) / 3 each: LG 9s + 7.5(1 − s), SKT 8s + 7.5(1 − s),
    // Upstage 7s + (23 / 3)(1 − s). LG beats SKT for any s > 0 and Upstage for s > 1 / 13;
    // below that, Upstage leads. In importance units (the others are 5 + 5 + 5 = 15), share
    // 1/13 is importance 15 · (1/13) / (12/13) = 1.25: LG leads at the slider's positions 2 to
    // 10; at 1 (share 1/16 = 6.25 %) and 0, Upstage does.
    let perf =
        find(&el, "[data-band-criterion=performance] [data-band=leader]").text_content().unwrap();
    assert_eq!(perf, "LG AI Research stays first at importance 2 to 10. Below 2: Upstage leads.");
    // Drawn in importance units on the slider track: the band starts at position 2 (20 % of
    // the track) and runs to the end; the marker sits at the thumb (5 of 10).
    let d = dataset();
    let sub = ScoreMatrix::new(&d).subset(&STAGE_ONE);
    let iv = &stability_intervals(&sub, &Weights::equal(4), 4)[0];
    let lo = iv.leader_range.lo.share;
    assert!((lo - 1.0 / 13.0).abs() < 1e-6, "{lo}");
    let svg = find(&el, "[data-band-criterion=performance] svg");
    let lead = svg.query_selector(".kai-band-lead").unwrap().unwrap();
    assert_eq!(lead.get_attribute("x").as_deref(), Some("20%"));
    assert_eq!(lead.get_attribute("width").as_deref(), Some("80%"));
    let now = svg.query_selector(".kai-band-now").unwrap().unwrap();
    assert_eq!(now.get_attribute("x1").as_deref(), Some("50%"));
    // Korean reads the same positions.
    click(&el, "button[data-lang=ko]");
    let ko = "LG AI연구원이 1위를 지키는 중요도: 2–10. 2보다 낮으면 업스테이지가 1위.";
    let leader = || {
        find(&el, "[data-band-criterion=performance] [data-band=leader]").text_content().unwrap()
    };
    wait_for(|| leader() == ko).await;
    assert_eq!(leader(), ko);
}

#[wasm_bindgen_test]
async fn the_acceptability_map_reads_the_engines_smaa_with_its_error() {
    let d = dataset();
    let el = explore(&[]).await;
    // Stage one's five teams only.
    let acc = acceptability(&ScoreMatrix::new(&d).subset(&STAGE_ONE), 20_000, 2025);
    let lg = d.team_index("lg-ai").unwrap();
    let expected = i18n::acceptability_reading(
        Lang::Ko,
        d.teams[lg].name.get(Lang::Ko),
        &format::percent(Lang::Ko, acc.rank_share[lg][0]),
        20_000,
        2.0 * acc.std_error * 100.0,
    );
    assert_eq!(text(&el, "[data-reading]"), expected);
    // Cells hold the number as text.
    let row = find(&el, ".kai-heat tr[data-team-id=lg-ai]");
    let first = row.query_selector("td").unwrap().unwrap().text_content().unwrap();
    assert_eq!(first, format::percent(Lang::Ko, acc.rank_share[lg][0]));
    assert_eq!(all(&el, ".kai-heat tbody tr").len(), 5);
    assert!(el.query_selector("[data-left-out]").unwrap().is_none(), "nobody left out");
}

#[wasm_bindgen_test]
async fn explore_views_leave_out_incomplete_and_gated_teams_and_say_so() {
    // The 2025 selection with sovereignty at least 5: Naver Cloud (4), KT (3.5) and Kakao (3)
    // are below the requirement; Motif, Konan and KAIST lack scores.
    let el =
        explore(&[("lang", "en"), ("round", "selection-2025"), ("gates", "sovereignty=5")]).await;
    let ids: Vec<String> = all(&el, ".kai-heat tbody tr")
        .iter()
        .map(|r| r.get_attribute("data-team-id").unwrap())
        .collect();
    assert_eq!(ids.len(), 4);
    for id in ["upstage", "skt", "nc-ai", "lg-ai"] {
        assert!(ids.iter().any(|i| i == id), "{id} in {ids:?}");
    }
    let line = text(&el, "[data-left-out]");
    assert_eq!(
        line,
        "Left out of this view: Motif Technologies, Konan Technology and KAIST (missing scores); \
         Naver Cloud consortium, KT consortium and Kakao (below a requirement)."
    );
}

#[wasm_bindgen_test]
async fn what_if_scores_change_the_ranking_and_reset() {
    let d = dataset();
    let el = explore(&[]).await;
    pick_team(&el, &d, "nc-ai").await;
    for c in ["performance", "sovereignty", "industry", "global"] {
        let input: HtmlInputElement =
            find(&el, &format!("input[data-whatif={c}]")).dyn_into().unwrap();
        input.set_value("10");
        fire(&input, "change");
        let edited = format!(".kai-edited > input[data-whatif={c}]");
        assert!(wait_for(|| el.query_selector(&edited).unwrap().is_some()).await, "{c} edited");
    }
    assert!(wait_for(|| slope_right(&el)[0] == "nc-ai").await, "NC AI leads with tens");
    assert!(text(&el, ".kai-whatif").contains("원래"));
    click(&el, "button[data-reset-scores]");
    assert!(wait_for(|| slope_right(&el)[0] != "nc-ai").await, "reset");
}

#[wasm_bindgen_test]
async fn the_dataset_editor_lists_problems_keeps_text_and_loads_valid_data() {
    let el = explore(&[("lang", "en")]).await;
    let area: HtmlTextAreaElement = find(&el, "textarea.kai-data-text").dyn_into().unwrap();
    let bad = TEMPLATE_JSON.replace("\"value\": 9", "\"value\": 12");
    area.set_value(&bad);
    fire(&area, "change");
    click(&el, "button[data-data=apply]");
    assert!(wait_for(|| el.query_selector(".kai-data-errors").unwrap().is_some()).await);
    let errors = text(&el, ".kai-data-errors");
    assert!(errors.contains("teams[0].scores.speed"), "{errors}");
    let area: HtmlTextAreaElement = find(&el, "textarea.kai-data-text").dyn_into().unwrap();
    assert_eq!(area.value(), bad);
    area.set_value(TEMPLATE_JSON);
    click(&el, "button[data-data=apply]");
    assert!(wait_for(|| all(&el, "input[type=range]").len() == 3).await, "three sliders");
    let mut ids = slope_right(&el);
    ids.sort();
    assert_eq!(ids, ["alpha", "beta", "gamma"]);
    assert_eq!(text(&el, ".kai-data-status"), i18n::Ex::DataLoaded.get(Lang::En));
    // Back to the built-in data.
    click(&el, "button[data-data=builtin]");
    assert!(wait_for(|| all(&el, "input[type=range]").len() == 4).await, "back to four");
}

#[wasm_bindgen_test]
fn the_loader_reports_size_syntax_type_and_rule_problems() {
    assert!(loader::parse(TEMPLATE_JSON).is_ok());
    assert!(
        loader::parse(&format!("\u{feff}{TEMPLATE_JSON}")).is_ok(),
        "a byte-order mark is fine"
    );
    // Line 2 is `  "teams": [1,,2]`: the second comma is its 15th character.
    let syntax = loader::parse("{\n  \"teams\": [1,,2]\n}").unwrap_err();
    assert_eq!(syntax.len(), 1);
    assert!(
        syntax[0].message(Lang::En).starts_with("$: JSON syntax error at line 2, column 15: "),
        "{:?}",
        syntax
    );
    let ty = loader::parse("{ \"teams\": 3 }").unwrap_err();
    assert_eq!(ty.len(), 1);
    let two = TEMPLATE_JSON.replacen("\"value\": 9", "\"value\": 12", 1).replacen(
        "\"value\": 8",
        "\"value\": -1",
        1,
    );
    assert_eq!(loader::parse(&two).unwrap_err().len(), 2);
    // Over 1 MiB, whatever the source.
    let big = loader::parse(&" ".repeat(1_100_000)).unwrap_err();
    assert_eq!(
        big[0].message(Lang::En),
        "$: the input is 1100000 bytes; the limit is 1048576 bytes"
    );
}
