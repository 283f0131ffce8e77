//! Browser tests of the widget (wasm32 only): each test mounts into a fresh element, waits for
//! Yew to render what it expects, and checks what a reader would see — rows in the order of the
//! independent oracle (`tests/golden/kai-rankings.json`, from `scripts/golden.py`, which does not
//! use the crate), sliders that reorder them, the live sentence, the language switch,
//! independent mounts, bad options. No fixed sleeps: every wait polls for the state it needs.
//!
//! Run: `make test-wasm`
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kai_engine::i18n;
use kai_engine::rank::{ScoreMatrix, Weights, compare_cut, rank_matrix};
use kai_engine::text::Lang;
use serde::Deserialize;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

mod common;
use common::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The golden rankings, computed without the crate (see `scripts/golden.py`).
const GOLDEN: &str = include_str!("golden/kai-rankings.json");

/// The part of a golden case the DOM shows (other fields of the file are ignored).
#[derive(Debug, Deserialize)]
struct Case {
    name: String,
    weights: Vec<f64>,
    no_ranking: bool,
    order: Vec<String>,
    ranks: Vec<usize>,
    complete: Vec<bool>,
    top: Vec<String>,
}

#[derive(Deserialize)]
struct Golden {
    criteria: Vec<String>,
    cases: Vec<Case>,
}

/// The golden file, parsed by the browser's JSON.parse (serde_json is not in the wasm tests).
fn golden() -> Golden {
    let value = js_sys::JSON::parse(GOLDEN).expect("golden file is JSON");
    serde_wasm_bindgen::from_value(value).expect("golden file has the expected shape")
}

/// The golden case called `name`.
fn case(name: &str) -> Case {
    golden()
        .cases
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no golden {name}"))
}

/// Ranks shown, in DOM order.
fn row_ranks(host: &Element) -> Vec<usize> {
    all(host, ".kai-list > [data-team-id][data-rank]")
        .iter()
        .filter_map(|el| el.get_attribute("data-rank")?.parse().ok())
        .collect()
}

/// Complete flags shown (rows without the "missing data" class), in DOM order.
fn row_complete(host: &Element) -> Vec<bool> {
    all(host, ".kai-list > [data-team-id][data-rank]")
        .iter()
        .map(|el| {
            let class = el.get_attribute("class").unwrap_or_default();
            !class.split_whitespace().any(|c| c == "kai-incomplete")
        })
        .collect()
}

/// Mounts with string options and waits until the ten ranking rows are painted.
async fn mounted(pairs: &[(&str, &str)]) -> Element {
    let el = mount_with(pairs);
    assert!(wait_for(|| row_ids(&el).len() == 10).await, "the widget never painted its rows");
    el
}

/// Waits until the rows show `case`'s order and ranks, then checks them (with a useful diff).
async fn assert_shows(el: &Element, case: &Case) {
    wait_for(|| row_ids(el) == case.order && row_ranks(el) == case.ranks).await;
    assert_eq!(row_ids(el), case.order, "{}: order", case.name);
    assert_eq!(row_ranks(el), case.ranks, "{}: ranks", case.name);
    assert_eq!(row_complete(el), case.complete, "{}: missing-data flags", case.name);
}

fn summary_text(host: &Element) -> String {
    find(host, ".kai-summary").text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_all_ten_teams_in_the_golden_order() {
    let d = dataset();
    let el = mounted(&[]).await;
    let equal = case("equal");
    assert_shows(&el, &equal).await;
    let root = find(&el, ".kai-ranking");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ko"));
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("auto"));
    for c in &d.criteria {
        find(&el, &format!("input[type=range][data-criterion={}]", c.id));
    }
    // The line sits below the golden top five.
    let cut = find(&el, ".kai-cut");
    let before = cut.previous_element_sibling().unwrap();
    assert_eq!(before.get_attribute("data-team-id").as_ref(), equal.top.last());
}

#[wasm_bindgen_test]
async fn the_sliders_reproduce_every_golden_weighting() {
    let golden = golden();
    let el = mounted(&[]).await;
    for case in &golden.cases {
        for (criterion, w) in golden.criteria.iter().zip(&case.weights) {
            set_slider(&el, criterion, &w.to_string());
        }
        assert_shows(&el, case).await;
        for (criterion, w) in golden.criteria.iter().zip(&case.weights) {
            let input: HtmlInputElement =
                find(&el, &format!("input[data-criterion={criterion}]")).dyn_into().unwrap();
            assert_eq!(input.value(), w.to_string(), "{}: slider {criterion}", case.name);
        }
        let cut = el.query_selector(".kai-cut").unwrap();
        if case.no_ranking {
            assert!(cut.is_none(), "{}: no cut line without a ranking", case.name);
        } else {
            let above = cut.expect("a cut line").previous_element_sibling().unwrap();
            assert_eq!(
                above.get_attribute("data-team-id").as_ref(),
                case.top.last(),
                "{}",
                case.name
            );
        }
    }
    assert!(golden.cases.len() >= 10, "the golden lost its cases");
}

#[wasm_bindgen_test]
async fn moving_a_slider_reorders_rows_as_the_golden_says() {
    let el = mounted(&[]).await;
    for c in ["performance", "sovereignty", "global"] {
        set_slider(&el, c, "0");
    }
    // 0, 0, 25, 0 has the shares of the golden 0, 0, 100, 0: NC AI and LG tie at rank 2.
    assert_shows(&el, &case("industry-only")).await;
    let share =
        find(&el, "input[data-criterion=industry]").get_attribute("aria-valuetext").unwrap();
    assert!(share.ends_with(" 100%"), "{share}");
}

#[wasm_bindgen_test]
async fn the_live_sentence_follows_the_weights_once_they_settle() {
    let d = dataset();
    let m = ScoreMatrix::new(&d);
    let el = mounted(&[]).await;
    let equal = rank_matrix(&m, &Weights::equal(4));
    let cut = d.main_cut().unwrap();
    let first = i18n::summary(Lang::Ko, &d, &equal, &compare_cut(&d, &equal, cut));
    wait_for(|| summary_text(&el) == first).await;
    assert_eq!(summary_text(&el), first);

    for c in ["performance", "sovereignty", "global"] {
        set_slider(&el, c, "0");
    }
    let industry = rank_matrix(&m, &Weights::new(vec![0.0, 0.0, 1.0, 0.0]).unwrap());
    let expected = i18n::summary(Lang::Ko, &d, &industry, &compare_cut(&d, &industry, cut));
    wait_for(|| summary_text(&el) == expected).await;
    assert_eq!(summary_text(&el), expected);
    assert!(expected.contains("KT"), "{expected}");
    assert!(find(&el, ".kai-summary").get_attribute("aria-live").as_deref() == Some("polite"));
}

#[wasm_bindgen_test]
async fn the_language_switch_turns_the_widget_english() {
    let d = dataset();
    let el = mounted(&[]).await;
    click(&el, "button[data-lang=en]");
    // The live sentence is debounced: wait for it (and the root) to turn English.
    wait_for(|| {
        find(&el, ".kai-ranking").get_attribute("lang").as_deref() == Some("en")
            && summary_text(&el).starts_with("Under your weights")
    })
    .await;
    let root = find(&el, ".kai-ranking");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(find(&el, ".kai-title").text_content().unwrap(), d.title.en);
    assert!(summary_text(&el).starts_with("Under your weights"), "{}", summary_text(&el));
    let text =
        find(&el, "input[data-criterion=sovereignty]").get_attribute("aria-valuetext").unwrap();
    assert_eq!(text, "Sovereignty 25 %");
    assert_eq!(
        find(&el, "button[data-lang=en]").get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn options_from_the_url_are_applied_and_bad_ones_are_named() {
    let el = mounted(&[("lang", "en"), ("weights", "0,0,1,0"), ("theme", "dark")]).await;
    assert_shows(&el, &case("industry-only")).await;
    let root = find(&el, ".kai-ranking");
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    wait_for(|| summary_text(&el).contains("KT")).await;
    assert!(summary_text(&el).contains("KT"), "{}", summary_text(&el));

    let bad = mounted(&[("lang", "fr"), ("weights", "1,2"), ("cut", "99")]).await;
    assert_eq!(row_ids(&bad).len(), 10, "bad options must not blank the widget");
    let notices = || bad.query_selector(".kai-notices").unwrap().and_then(|n| n.text_content());
    let named = |t: &str| ["‘fr’", "‘1,2’", "‘99’"].iter().all(|n| t.contains(n));
    wait_for(|| notices().is_some_and(|t| named(&t))).await;
    let notices = notices().expect("a notice list");
    for needle in ["‘fr’", "‘1,2’", "‘99’"] {
        assert!(notices.contains(needle), "{needle} missing from {notices}");
    }
}

#[wasm_bindgen_test]
async fn all_zero_weights_say_so_instead_of_ranking() {
    let el = mounted(&[("weights", "0,0,0,0")]).await;
    let sentence = "모든 가중치가 0이라 순위를 매길 수 없습니다.";
    wait_for(|| summary_text(&el) == sentence).await;
    assert_eq!(summary_text(&el), sentence);
    // The sentence above is the signal that the weights were applied: only now is "no cut
    // line" a real observation, not one made before the first render.
    assert_shows(&el, &case("all-zero")).await;
    assert!(el.query_selector(".kai-cut").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_are_independent() {
    let a = mounted(&[]).await;
    let b = mounted(&[]).await;
    let equal = case("equal");
    assert_shows(&b, &equal).await;
    for c in ["performance", "sovereignty", "global"] {
        set_slider(&a, c, "0");
    }
    // Positive signal first: `a` has re-ranked, so its update has run; `b` must not follow.
    assert_shows(&a, &case("industry-only")).await;
    assert_eq!(row_ids(&b), equal.order);
    let slider: HtmlInputElement = find(&b, "input[data-criterion=global]").dyn_into().unwrap();
    assert_eq!(slider.value(), "25", "b's sliders stay where they were");
}

#[wasm_bindgen_test]
async fn a_row_opens_its_details_with_reasons() {
    let el = mounted(&[]).await;
    click(&el, "[data-team-id=kt] button");
    let expanded = || {
        find(&el, "[data-team-id=kt] button").get_attribute("aria-expanded").as_deref()
            == Some("true")
    };
    wait_for(expanded).await;
    let button = find(&el, "[data-team-id=kt] button");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    let panel_id = button.get_attribute("aria-controls").unwrap();
    let panel = find(&el, &format!("#{panel_id}"));
    let text = panel.text_content().unwrap();
    assert!(text.contains("점수 없음"), "KT has no global score: {text}");
    assert!(
        panel.query_selector("a[href^='#']").unwrap().is_some(),
        "scores link to their reasons"
    );
}

#[wasm_bindgen_test]
async fn reordered_rows_slide_into_place_within_300ms() {
    let el = mounted(&[]).await;
    let before = row_ids(&el);
    for c in ["performance", "sovereignty", "global"] {
        set_slider(&el, c, "0");
    }
    wait_for(|| row_ids(&el) != before).await;
    let after = row_ids(&el);
    let moved = after
        .iter()
        .enumerate()
        .find(|(i, id)| before.get(*i) != Some(*id))
        .map(|(_, id)| id.clone());
    let moved = moved.expect("the weights change the order");
    let row: HtmlElement = find(&el, &format!("[data-team-id={moved}]")).dyn_into().unwrap();
    // No `style=` attribute in the markup: the animation is set through the CSSOM.
    let transition = || row.style().get_property_value("transition").unwrap();
    wait_for(|| transition() == "transform 300ms ease-out").await;
    assert_eq!(transition(), "transform 300ms ease-out");
}

#[wasm_bindgen_test]
async fn the_reference_picker_compares_with_the_real_selection() {
    let el = mounted(&[("weights", "0,0,1,0")]).await;
    let select: web_sys::HtmlSelectElement = find(&el, ".kai-ref select").dyn_into().unwrap();
    select.set_value("actual");
    let init = EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    let mark =
        |id: &str| find(&el, &format!("[data-team-id={id}] .kai-move")).text_content().unwrap();
    wait_for(|| mark("kt") == "▲ 진입" && mark("naver-cloud") == "▼ 탈락").await;
    assert_eq!(mark("kt"), "▲ 진입");
    assert_eq!(mark("naver-cloud"), "▼ 탈락");
}
