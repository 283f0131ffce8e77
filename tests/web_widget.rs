//! Browser tests of the widget (wasm32 only): each test mounts into a fresh element, lets Yew
//! render, and checks what a reader would see — rows in the engine's order, sliders that
//! reorder them, the live sentence, the language switch, independent mounts, bad options.
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown
//! --features csr --test web_widget`
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]


use kai_engine::i18n;
use kai_engine::model::Dataset;
use kai_engine::rank::{Ranking, ScoreMatrix, Weights, compare_cut, rank_matrix};
use kai_engine::text::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement};

mod common;
use common::*;

wasm_bindgen_test_configure!(run_in_browser);

fn engine_order(d: &Dataset, ranking: &Ranking) -> Vec<String> {
    ranking.rows.iter().map(|r| d.teams[r.team].id.clone()).collect()
}

fn summary_text(host: &Element) -> String {
    find(host, ".kai-summary").text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_all_ten_teams_in_the_engines_order() {
    let d = dataset();
    let el = mount_with(&[]);
    settle(30).await;
    let expected = engine_order(&d, &rank_matrix(&ScoreMatrix::new(&d), &Weights::equal(4)));
    assert_eq!(row_ids(&el), expected);
    assert_eq!(expected.len(), 10);
    let root = find(&el, ".kai-ranking");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ko"));
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("auto"));
    for c in &d.criteria {
        find(&el, &format!("input[type=range][data-criterion={}]", c.id));
    }
    // The line sits between places 5 and 6.
    let cut = find(&el, ".kai-cut");
    let before = cut.previous_element_sibling().unwrap();
    assert_eq!(before.get_attribute("data-team-id").as_deref(), Some(expected[4].as_str()));
}

#[wasm_bindgen_test]
async fn moving_a_slider_reorders_rows_as_the_engine_predicts() {
    let d = dataset();
    let el = mount_with(&[]);
    settle(30).await;
    for c in ["performance", "sovereignty", "global"] {
        set_slider(&el, c, "0");
    }
    settle(30).await;
    let weights = Weights::new(vec![0.0, 0.0, 25.0, 0.0]).unwrap();
    let expected = engine_order(&d, &rank_matrix(&ScoreMatrix::new(&d), &weights));
    assert_eq!(row_ids(&el), expected);
    let share = find(&el, "input[data-criterion=industry]").get_attribute("aria-valuetext").unwrap();
    assert!(share.ends_with(" 100%"), "{share}");
}

#[wasm_bindgen_test]
async fn the_live_sentence_follows_the_weights_once_they_settle() {
    let d = dataset();
    let m = ScoreMatrix::new(&d);
    let el = mount_with(&[]);
    settle(30).await;
    let equal = rank_matrix(&m, &Weights::equal(4));
    let cut = d.main_cut().unwrap();
    assert_eq!(summary_text(&el), i18n::summary(Lang::Ko, &d, &equal, &compare_cut(&d, &equal, cut)));

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
    let el = mount_with(&[]);
    settle(30).await;
    click(&el, "button[data-lang=en]");
    settle(800).await;
    let root = find(&el, ".kai-ranking");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(find(&el, ".kai-title").text_content().unwrap(), d.title.en);
    assert!(summary_text(&el).starts_with("Under your weights"), "{}", summary_text(&el));
    let text = find(&el, "input[data-criterion=sovereignty]").get_attribute("aria-valuetext").unwrap();
    assert_eq!(text, "Sovereignty 25 %");
    assert_eq!(find(&el, "button[data-lang=en]").get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn options_from_the_url_are_applied_and_bad_ones_are_named() {
    let el = mount_with(&[("lang", "en"), ("weights", "0,0,1,0"), ("theme", "dark")]);
    settle(30).await;
    let root = find(&el, ".kai-ranking");
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    assert!(summary_text(&el).contains("KT"));

    let bad = mount_with(&[("lang", "fr"), ("weights", "1,2"), ("cut", "99")]);
    settle(30).await;
    assert_eq!(row_ids(&bad).len(), 10, "bad options must not blank the widget");
    let notices = find(&bad, ".kai-notices").text_content().unwrap();
    for needle in ["‘fr’", "‘1,2’", "‘99’"] {
        assert!(notices.contains(needle), "{needle} missing from {notices}");
    }
}

#[wasm_bindgen_test]
async fn all_zero_weights_say_so_instead_of_ranking() {
    let el = mount_with(&[("weights", "0,0,0,0")]);
    settle(30).await;
    assert_eq!(summary_text(&el), "모든 가중치가 0이라 순위를 매길 수 없습니다.");
    assert!(el.query_selector(".kai-cut").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_are_independent() {
    let a = mount_with(&[]);
    let b = mount_with(&[]);
    settle(30).await;
    let before = row_ids(&b);
    for c in ["performance", "sovereignty", "global"] {
        set_slider(&a, c, "0");
    }
    settle(30).await;
    assert_ne!(row_ids(&a), before);
    assert_eq!(row_ids(&b), before);
}

#[wasm_bindgen_test]
async fn a_row_opens_its_details_with_reasons() {
    let el = mount_with(&[]);
    settle(30).await;
    click(&el, "[data-team-id=kt] button");
    settle(30).await;
    let button = find(&el, "[data-team-id=kt] button");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    let panel_id = button.get_attribute("aria-controls").unwrap();
    let panel = find(&el, &format!("#{panel_id}"));
    let text = panel.text_content().unwrap();
    assert!(text.contains("점수 없음"), "KT has no global score: {text}");
    assert!(panel.query_selector("a[href^='#']").unwrap().is_some(), "scores link to their reasons");
}

#[wasm_bindgen_test]
async fn reordered_rows_slide_into_place_within_300ms() {
    let el = mount_with(&[]);
    settle(30).await;
    let before = row_ids(&el);
    for c in ["performance", "sovereignty", "global"] {
        set_slider(&el, c, "0");
    }
    wait_for(|| row_ids(&el) != before).await;
    let after = row_ids(&el);
    let moved = after.iter().enumerate().find(|(i, id)| before.get(*i) != Some(*id)).map(|(_, id)| id.clone());
    let moved = moved.expect("the weights change the order");
    let row: HtmlElement = find(&el, &format!("[data-team-id={moved}]")).dyn_into().unwrap();
    // No `style=` attribute in the markup: the animation is set through the CSSOM.
    assert_eq!(row.style().get_property_value("transition").unwrap(), "transform 300ms ease-out");
}

#[wasm_bindgen_test]
async fn the_reference_picker_compares_with_the_real_selection() {
    let el = mount_with(&[("weights", "0,0,1,0")]);
    settle(30).await;
    let select: web_sys::HtmlSelectElement = find(&el, ".kai-ref select").dyn_into().unwrap();
    select.set_value("actual");
    let init = EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settle(30).await;
    let kt = find(&el, "[data-team-id=kt] .kai-move").text_content().unwrap();
    let naver = find(&el, "[data-team-id=naver-cloud] .kai-move").text_content().unwrap();
    assert_eq!(kt, "▲ 진입");
    assert_eq!(naver, "▼ 탈락");
}
