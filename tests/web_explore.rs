//! Browser tests of Explore mode (탐구), wasm32 only: each test mounts a fresh widget, opens the
//! Explore tab and checks the views against the engine — the live formula, the slope chart's
//! order, "what would it take" moving the sliders, the stability bands' sentences, the rank
//! acceptability reading, what-if scores and the dataset editor (the reducer and the CSV text
//! are tested natively: tests/state.rs, kai_engine::export).
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown
//! --features csr --test web_explore`
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]


use kai_ranking::components::TEMPLATE_JSON;
use kai_ranking::loader;
use kai_engine::format;
use kai_engine::i18n;
use kai_engine::model::Dataset;
use kai_engine::rank::{ScoreMatrix, Weights, rank_matrix};
use kai_engine::sensitivity::{acceptability, stability_intervals};
use kai_engine::text::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlInputElement, HtmlSelectElement,
    HtmlTextAreaElement,
};

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
    settle(30).await;
    click(&el, "[role=tab][data-tab=explore]");
    assert!(wait_for(|| el.query_selector(".kai-heat").unwrap().is_some()).await, "explore opens");
    el
}

#[wasm_bindgen_test]
async fn the_tab_switches_views_and_keeps_the_article_view_simple() {
    let el = mount_with(&[]);
    settle(30).await;
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

#[wasm_bindgen_test]
async fn the_formula_fills_in_the_numbers_and_follows_the_sliders() {
    let d = dataset();
    let m = ScoreMatrix::new(&d);
    let el = explore(&[]).await;
    // Default: the leader under equal weights, every term 25 % × its score.
    let r = rank_matrix(&m, &Weights::equal(4));
    let lead = r.rows[0].team;
    assert_eq!(text(&el, "[data-total]"), format::score(r.rows[0].score));
    let term = text(&el, "[data-term=performance] .kai-term-num");
    assert_eq!(term, format!("25% × {}", format::score(m.get(lead, 0).unwrap())));
    set_slider(&el, "performance", "75");
    wait_for(|| text(&el, "[data-term=performance] .kai-term-num").starts_with("50% × ")).await;
    let w = Weights::new(vec![75.0, 25.0, 25.0, 25.0]).unwrap();
    let row = rank_matrix(&m, &w).row_of(lead).unwrap().clone();
    assert_eq!(text(&el, "[data-total]"), format::score(row.score));
    assert!(text(&el, "[data-term=performance] .kai-term-num").starts_with("50% × "));
}

#[wasm_bindgen_test]
async fn the_slope_chart_orders_teams_as_the_engine_and_labels_every_line() {
    let d = dataset();
    let m = ScoreMatrix::new(&d);
    let el = explore(&[("weights", "0,100,0,0")]).await;
    let mine = rank_matrix(&m, &Weights::new(vec![0.0, 100.0, 0.0, 0.0]).unwrap());
    let ids: Vec<String> = mine.rows.iter().map(|r| d.teams[r.team].id.clone()).collect();
    assert_eq!(slope_right(&el), ids);
    // Left: equal weights (the reference picker's default).
    let equal = rank_matrix(&m, &Weights::equal(4));
    for (p, row) in equal.rows.iter().enumerate() {
        let g = find(&el, &format!(".kai-slope-team[data-team-id={}]", d.teams[row.team].id));
        assert_eq!(g.get_attribute("data-left"), Some((p + 1).to_string()));
        // Both ends carry the name (not colour only).
        let labels = all(&g, ".kai-slope-label");
        assert_eq!(labels.len(), 2);
        let short = format::short_name(d.teams[row.team].name.get(Lang::Ko));
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
    // NC AI can never lead: the blockers are named.
    pick_team(&el, &d, "nc-ai").await;
    let t = text(&el, "[data-reach=first] .kai-impossible");
    assert!(t.starts_with("어떤 가중치로도 안 됩니다. 늘 앞서는 팀: "), "{t}");
}

#[wasm_bindgen_test]
async fn every_slider_gets_a_band_naming_who_takes_over() {
    let el = explore(&[("lang", "en")]).await;
    let bands = all(&el, ".kai-band");
    assert_eq!(bands.len(), 4);
    // Engine (kai-rank explain): under equal weights LG stays first at 18 %–100 % of performance.
    let perf =
        find(&el, "[data-band-criterion=performance] [data-band=leader]").text_content().unwrap();
    assert_eq!(
        perf,
        "LG AI Research stays first from 18 % to 100 %. Below 18 %: SK Telecom leads."
    );
    // Drawn in slider units (the others sum to 75): the band starts where the thumb would put
    // performance at the engine's edge share, and the marker sits at the thumb (25 of 100).
    let d = dataset();
    let iv = &stability_intervals(&ScoreMatrix::new(&d), &Weights::equal(4), 5)[0];
    let lo = iv.leader_range.lo.share;
    let svg = find(&el, "[data-band-criterion=performance] svg");
    let lead = svg.query_selector(".kai-band-lead").unwrap().unwrap();
    assert_eq!(lead.get_attribute("x"), Some(format::svg_percent(lo * 75.0 / (1.0 - lo))));
    let now = svg.query_selector(".kai-band-now").unwrap().unwrap();
    assert_eq!(now.get_attribute("x1").as_deref(), Some("25%"));
}

#[wasm_bindgen_test]
async fn the_acceptability_map_reads_the_engines_smaa_with_its_error() {
    let d = dataset();
    let el = explore(&[]).await;
    let acc = acceptability(&ScoreMatrix::new(&d), 20_000, 2025);
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
    assert_eq!(all(&el, ".kai-heat tbody tr").len(), 10);
}

#[wasm_bindgen_test]
async fn what_if_scores_change_the_ranking_and_reset() {
    let d = dataset();
    let el = explore(&[]).await;
    pick_team(&el, &d, "kaist").await;
    for c in ["performance", "sovereignty", "industry", "global"] {
        let input: HtmlInputElement =
            find(&el, &format!("input[data-whatif={c}]")).dyn_into().unwrap();
        input.set_value("10");
        fire(&input, "change");
        settle(20).await;
    }
    assert!(wait_for(|| slope_right(&el)[0] == "kaist").await, "kaist leads with tens");
    assert!(text(&el, ".kai-whatif").contains("원래"));
    click(&el, "button[data-reset-scores]");
    assert!(wait_for(|| slope_right(&el)[0] != "kaist").await, "reset");
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
    assert!(loader::parse(&format!("\u{feff}{TEMPLATE_JSON}")).is_ok(), "a byte-order mark is fine");
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
    assert_eq!(big[0].message(Lang::En), "$: the input is 1100000 bytes; the limit is 1048576 bytes");
}
