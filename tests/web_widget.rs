//! Browser tests of the widget (wasm32 only): each test mounts into a fresh element, lets Yew
//! render, and checks what a reader would see — rows in order, sliders that reorder them, the
//! live sentence, the language switch, independent mounts, bad options, the round picker, the
//! requirements and the ministry's published figures.
//!
//! Expected orders and sentences are worked out by hand from `data/kai-2025.json` (the score
//! table is in `tests/state.rs`); they agree with `tests/golden/kai-rankings.json`.
//!
//! The independent oracle (`tests/golden/kai-rankings.json`, from `scripts/golden.py`, which
//! does not use the crate) is also driven through the sliders, every case of the default
//! round, and through page options for the other rounds and requirements. No fixed sleeps:
//! every wait polls for the state it needs.
//!
//! Run: `make test-wasm`
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde::Deserialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit};

mod common;
use common::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Stage one, equal weights: LG 7.875, SKT 7.625, Upstage 7.5, Naver Cloud and NC AI 6.5.
const STAGE_ONE_EQUAL: [&str; 5] = ["lg-ai", "skt", "upstage", "naver-cloud", "nc-ai"];

/// Stage one, industry only: SKT 8.5, NC AI 8, LG 8, Upstage 7.5, Naver Cloud 6.5.
const STAGE_ONE_INDUSTRY: [&str; 5] = ["skt", "nc-ai", "lg-ai", "upstage", "naver-cloud"];

fn ranks(host: &Element) -> Vec<String> {
    all(host, "[data-team-id]")
        .iter()
        .map(|e| e.get_attribute("data-rank").unwrap_or_default())
        .collect()
}

fn check(el: &Element) {
    el.dyn_ref::<web_sys::HtmlInputElement>()
        .unwrap()
        .set_checked(!el.dyn_ref::<web_sys::HtmlInputElement>().unwrap().checked());
    fire(el, "change");
}

fn summary_text(host: &Element) -> String {
    find(host, ".kai-summary").text_content().unwrap_or_default()
}

/// Mounts with string options and waits until the ranking rows are painted.
async fn mounted(pairs: &[(&str, &str)]) -> Element {
    let el = mount_with(pairs);
    assert!(wait_for(|| !row_ids(&el).is_empty()).await, "the widget never painted its rows");
    el
}

#[wasm_bindgen_test]
async fn renders_stage_one_with_its_line_after_the_four_places() {
    let d = dataset();
    let el = mounted(&[]).await;
    assert_eq!(row_ids(&el), STAGE_ONE_EQUAL);
    assert_eq!(ranks(&el), ["1", "2", "3", "4", "4"], "Naver Cloud and NC AI tie");
    let root = find(&el, ".kai-ranking");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ko"));
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("auto"));
    for c in &d.criteria {
        find(&el, &format!("input[type=range][data-criterion={}]", c.id));
    }
    // Four places planned: the line sits after the fourth row.
    let cut = find(&el, ".kai-cut");
    let before = cut.previous_element_sibling().unwrap();
    assert_eq!(before.get_attribute("data-team-id").as_deref(), Some("naver-cloud"));
    let radio: web_sys::HtmlInputElement =
        find(&el, "input[type=radio][value=stage-1]").dyn_into().unwrap();
    assert!(radio.checked(), "stage one is picked");
}

#[wasm_bindgen_test]
async fn moving_a_slider_reorders_rows_as_worked_out_by_hand() {
    let el = mounted(&[]).await;
    for c in ["performance", "sovereignty", "global"] {
        set_slider(&el, c, "0");
    }
    wait_for(|| row_ids(&el) == STAGE_ONE_INDUSTRY).await;
    assert_eq!(row_ids(&el), STAGE_ONE_INDUSTRY);
    let share =
        find(&el, "input[data-criterion=industry]").get_attribute("aria-valuetext").unwrap();
    assert!(share.ends_with(" 100%"), "{share}");
}

#[wasm_bindgen_test]
async fn the_live_sentence_follows_the_weights_once_they_settle() {
    let el = mounted(&[]).await;
    // Four places by score: LG, SKT, Upstage and Naver Cloud (tied with NC AI); in reality
    // three were kept (LG, SKT, Upstage).
    let first = "이 가중치라면 실제로 통과한 팀에 더해 네이버클라우드 컨소시엄도 통과합니다. 4위와 5위는 동점입니다.";
    wait_for(|| summary_text(&el) == first).await;
    assert_eq!(summary_text(&el), first);
    for c in ["performance", "sovereignty", "global"] {
        set_slider(&el, c, "0");
    }
    let expected = "이 가중치라면 실제로 통과한 팀에 더해 NC AI 컨소시엄도 통과합니다.";
    wait_for(|| summary_text(&el) == expected).await;
    assert_eq!(summary_text(&el), expected);
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
            && summary_text(&el).starts_with("Under these weights")
    })
    .await;
    let root = find(&el, ".kai-ranking");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(find(&el, ".kai-title").text_content().unwrap(), d.title.en);
    assert!(summary_text(&el).starts_with("Under these weights"), "{}", summary_text(&el));
    let text =
        find(&el, "input[data-criterion=sovereignty]").get_attribute("aria-valuetext").unwrap();
    assert_eq!(text, "importance 5/10, share 25\u{a0}%");
    assert_eq!(
        find(&el, "button[data-lang=en]").get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(
        text_of(&el, ".kai-rounds").contains("5 → 3 (planned 4)"),
        "{}",
        text_of(&el, ".kai-rounds")
    );
}

fn text_of(el: &Element, selector: &str) -> String {
    find(el, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn options_from_the_url_are_applied_and_bad_ones_are_named() {
    let el = mounted(&[("lang", "en"), ("weights", "0,0,1,0"), ("theme", "dark")]).await;
    let root = find(&el, ".kai-ranking");
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    wait_for(|| summary_text(&el).contains("NC AI")).await;
    assert!(summary_text(&el).contains("NC AI"), "{}", summary_text(&el));

    let bad =
        mounted(&[("lang", "fr"), ("weights", "1,2"), ("cut", "99"), ("round", "stage-9")]).await;
    assert_eq!(row_ids(&bad), STAGE_ONE_EQUAL, "bad options must not blank the widget");
    let named = || {
        bad.query_selector(".kai-notices")
            .unwrap()
            .and_then(|n| n.text_content())
            .is_some_and(|t| ["‘fr’", "‘1,2’", "‘99’", "‘stage-9’"].iter().all(|n| t.contains(n)))
    };
    wait_for(named).await;
    let notices = find(&bad, ".kai-notices").text_content().unwrap();
    for needle in ["‘fr’", "‘1,2’", "‘99’", "‘stage-9’"] {
        assert!(notices.contains(needle), "{needle} missing from {notices}");
    }
}

#[wasm_bindgen_test]
async fn all_zero_weights_say_so_instead_of_ranking() {
    let el = mounted(&[("weights", "0,0,0,0")]).await;
    let sentence = "모든 가중치가 0이라 순위를 매길 수 없습니다.";
    wait_for(|| summary_text(&el) == sentence).await;
    assert_eq!(summary_text(&el), sentence);
    assert!(el.query_selector(".kai-cut").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_are_independent() {
    let a = mount_with(&[]);
    let b = mounted(&[]).await;
    let before = row_ids(&b);
    for c in ["performance", "sovereignty", "global"] {
        set_slider(&a, c, "0");
    }
    // Positive signal first: `a` has re-ranked, so its update has run; `b` must not follow.
    wait_for(|| row_ids(&a) == STAGE_ONE_INDUSTRY).await;
    assert_ne!(row_ids(&a), before);
    assert_eq!(row_ids(&b), before);
}

#[wasm_bindgen_test]
async fn a_row_opens_its_details_with_reasons() {
    // Kakao presented in the 2025 selection and has no industry score.
    let el = mounted(&[("round", "selection-2025")]).await;
    click(&el, "[data-team-id=kakao] button");
    wait_for(|| {
        find(&el, "[data-team-id=kakao] button").get_attribute("aria-expanded").as_deref()
            == Some("true")
    })
    .await;
    let button = find(&el, "[data-team-id=kakao] button");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    let panel_id = button.get_attribute("aria-controls").unwrap();
    let panel = find(&el, &format!("#{panel_id}"));
    let text = panel.text_content().unwrap();
    assert!(text.contains("점수 없음"), "Kakao has no industry score: {text}");
    assert!(
        panel.query_selector("a[href^='#']").unwrap().is_some(),
        "scores link to their reasons"
    );
    assert_eq!(find(&el, "[data-team-id=kakao]").get_attribute("data-rank").as_deref(), Some(""));
}

#[wasm_bindgen_test]
async fn reordered_rows_slide_into_place_within_300ms() {
    let el = mounted(&[]).await;
    // The animator's first reading of the rows is taken in the frame after mount (a reader
    // sees the rows before touching them).
    for _ in 0..2 {
        let frame = js_sys::Promise::new(&mut |ok, _| {
            web_sys::window().unwrap().request_animation_frame(&ok).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    }
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
    let row = find(&el, &format!("[data-team-id={moved}]"));
    // The slide is a Web Animations API animation of `transform`, started in the next frame.
    let animations = || -> js_sys::Array {
        let get: js_sys::Function =
            js_sys::Reflect::get(&row, &"getAnimations".into()).unwrap().dyn_into().unwrap();
        get.call0(&row).unwrap().dyn_into().unwrap()
    };
    assert!(wait_for(|| animations().length() > 0).await, "the moved row never slid");
    let effect = js_sys::Reflect::get(&animations().get(0), &"effect".into()).unwrap();
    let call = |name: &str| -> JsValue {
        let f: js_sys::Function =
            js_sys::Reflect::get(&effect, &name.into()).unwrap().dyn_into().unwrap();
        f.call0(&effect).unwrap()
    };
    let timing = call("getTiming");
    let prop = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).unwrap();
    assert_eq!(prop(&timing, "duration").as_f64(), Some(300.0));
    let frames: js_sys::Array = call("getKeyframes").dyn_into().unwrap();
    let from = prop(&frames.get(0), "transform").as_string().unwrap();
    let to = prop(&frames.get(1), "transform").as_string().unwrap();
    assert!(
        from.starts_with("translateY(") && from.ends_with("px)"),
        "starts off its place: {from}"
    );
    assert_eq!(to, "none");
    // Nothing written to the markup (a strict CSP forbids `style=` attributes).
    assert_eq!(row.get_attribute("style"), None);
}

#[wasm_bindgen_test]
async fn the_reference_picker_compares_with_the_real_selection() {
    // The 2025 selection, industry only: KT (7) makes the top five, Naver Cloud (6.5) does not.
    let el = mounted(&[("weights", "0,0,1,0"), ("round", "selection-2025")]).await;
    let select: web_sys::HtmlSelectElement = find(&el, ".kai-ref select").dyn_into().unwrap();
    select.set_value("actual");
    let init = EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    let mark =
        |id: &str| find(&el, &format!("[data-team-id={id}] .kai-move")).text_content().unwrap();
    wait_for(|| mark("kt") == "▲ 진입").await;
    let kt = find(&el, "[data-team-id=kt] .kai-move").text_content().unwrap();
    let naver = find(&el, "[data-team-id=naver-cloud] .kai-move").text_content().unwrap();
    assert_eq!(kt, "▲ 진입");
    assert_eq!(naver, "▼ 탈락");
}

#[wasm_bindgen_test]
async fn the_round_picker_steps_to_a_pending_round() {
    let el = mounted(&[("lang", "en")]).await;
    let counts: Vec<String> =
        all(&el, ".kai-round-counts").iter().map(|e| e.text_content().unwrap()).collect();
    assert_eq!(
        counts,
        ["10 → 5", "5 → 3 (planned 4)", "2 → 1", "4 → 3 (pending)", "4 → 2 (pending)"]
    );
    assert!(el.query_selector("[data-pending]").unwrap().is_none(), "stage one has a result");
    let stage2 = find(&el, "input[type=radio][value=stage-2]");
    check(&stage2);
    wait_for(|| row_ids(&el) == ["lg-ai", "skt", "upstage", "motif"]).await;
    // LG, SKT, Upstage ranked; Motif has no score on these criteria but industry: no rank.
    assert_eq!(row_ids(&el), ["lg-ai", "skt", "upstage", "motif"]);
    assert_eq!(ranks(&el), ["1", "2", "3", ""]);
    assert_eq!(text_of(&el, "[data-pending]"), "Not yet announced: planned for August 2026");
    // The live sentence settles after a short pause (screen readers are not flooded).
    wait_for(|| summary_text(&el).contains("not been announced")).await;
    let summary = summary_text(&el);
    assert!(summary.contains("The real result has not been announced yet."), "{summary}");
    assert!(!summary.contains("really did"), "no claim about reality: {summary}");
    // No weighting puts Motif over LG, SKT or Upstage (it trails them on industry, its only
    // score): the widget says so.
    let fixed = text_of(&el, "[data-cut-fixed]");
    assert!(fixed.starts_with("No weighting changes who is above the line"), "{fixed}");
    assert!(fixed.contains("Motif Technologies"), "{fixed}");
}

#[wasm_bindgen_test]
async fn a_requirement_puts_naver_cloud_apart() {
    let el = mounted(&[]).await;
    let min: web_sys::HtmlInputElement =
        find(&el, "input[data-gate-min=sovereignty]").dyn_into().unwrap();
    assert!(min.disabled(), "off by default");
    check(&find(&el, "input[data-gate-on=sovereignty]"));
    wait_for(|| ranks(&el) == ["1", "2", "3", "4", ""]).await;
    // Sovereignty at least 5 (the default minimum): Naver Cloud (4) is out, listed apart.
    assert_eq!(row_ids(&el), ["lg-ai", "skt", "upstage", "nc-ai", "naver-cloud"]);
    assert_eq!(ranks(&el), ["1", "2", "3", "4", ""]);
    let naver = text_of(&el, "[data-team-id=naver-cloud]");
    assert!(naver.contains("요건 미달"), "{naver}");
}

#[wasm_bindgen_test]
async fn the_stage_one_preset_reproduces_the_outcome_and_the_ministry_figures_stand_apart() {
    let el = mounted(&[("lang", "en"), ("round", "selection-2025")]).await;
    assert!(el.query_selector(".kai-official").unwrap().is_none(), "only with stage one");
    click(&el, "button[data-preset=stage-one]");
    wait_for(|| row_ids(&el) == ["lg-ai", "skt", "upstage", "nc-ai", "naver-cloud"]).await;
    assert_eq!(row_ids(&el), ["lg-ai", "skt", "upstage", "nc-ai", "naver-cloud"]);
    let result = text_of(&el, "[data-preset-result]");
    assert!(result.contains("are the ones that really did"), "{result}");
    let on: web_sys::HtmlInputElement =
        find(&el, "input[data-gate-on=sovereignty]").dyn_into().unwrap();
    assert!(on.checked());
    // The ministry's figures: LG AI Research 33.6 / 31.6 / 25.0 = 90.2, out of 40 / 35 / 25.
    assert_eq!(text_of(&el, "[data-official='lg-ai:benchmark']"), "33.6");
    assert_eq!(text_of(&el, "[data-official='lg-ai:expert']"), "31.6");
    assert_eq!(text_of(&el, "[data-official='lg-ai:user']"), "25.0");
    assert_eq!(text_of(&el, "[data-official='lg-ai:total']"), "90.2");
    let table = text_of(&el, ".kai-official");
    assert!(table.contains("never mixed into our editorial scores"), "{table}");
    assert!(table.contains("79.7") && table.contains("28.56"), "averages: {table}");
}

/// The golden rankings, computed without the crate (see `scripts/golden.py`).
const GOLDEN: &str = include_str!("golden/kai-rankings.json");

/// The part of a golden case the DOM shows (other fields of the file are ignored).
#[derive(Debug, Deserialize)]
struct Case {
    name: String,
    preset: Option<String>,
    round: Option<String>,
    gates: std::collections::BTreeMap<String, f64>,
    weights: Vec<f64>,
    no_ranking: bool,
    order: Vec<String>,
    ranks: Vec<Option<usize>>,
    top: Vec<String>,
}

#[derive(Deserialize)]
struct Golden {
    criteria: Vec<String>,
    default_round: String,
    cases: Vec<Case>,
}

/// The golden file, parsed by the browser's JSON.parse (serde_json is not in the wasm tests).
fn golden() -> Golden {
    let value = js_sys::JSON::parse(GOLDEN).expect("golden file is JSON");
    serde_wasm_bindgen::from_value(value).expect("golden file has the expected shape")
}

/// Ranks shown, in DOM order (`None`: a row without a rank).
fn row_ranks(host: &Element) -> Vec<Option<usize>> {
    ranks(host).iter().map(|r| r.parse().ok()).collect()
}

/// Waits until the rows show `case`'s order and ranks and the line sits under its last kept
/// team, then checks them (with a useful diff).
async fn assert_shows(el: &Element, case: &Case) {
    let last_kept = || {
        el.query_selector(".kai-cut")
            .unwrap()
            .and_then(|c| c.previous_element_sibling())
            .and_then(|r| r.get_attribute("data-team-id"))
    };
    wait_for(|| {
        row_ids(el) == case.order
            && row_ranks(el) == case.ranks
            && last_kept() == case.top.last().cloned()
    })
    .await;
    assert_eq!(row_ids(el), case.order, "{}: order", case.name);
    assert_eq!(row_ranks(el), case.ranks, "{}: ranks", case.name);
    if case.no_ranking {
        assert!(el.query_selector(".kai-cut").unwrap().is_none(), "{}: no line", case.name);
    } else {
        assert_eq!(last_kept(), case.top.last().cloned(), "{}: the line", case.name);
    }
}

#[wasm_bindgen_test]
async fn the_sliders_reproduce_every_golden_weighting_of_the_default_round() {
    let golden = golden();
    let el = mounted(&[]).await;
    let mut checked = 0;
    for case in golden.cases.iter().filter(|c| {
        c.round.as_deref() == Some(golden.default_round.as_str())
            && c.gates.is_empty()
            // The slider's scale: importances 0–10 (shares-style cases are set by URL below).
            && c.weights.iter().all(|w| *w <= 10.0)
            && c.name != "preset:stage-one"
    }) {
        for (criterion, w) in golden.criteria.iter().zip(&case.weights) {
            set_slider(&el, criterion, &w.to_string());
        }
        assert_shows(&el, case).await;
        checked += 1;
    }
    assert!(checked >= 15, "the golden lost its cases: {checked}");
}

/// The number beside each slider and the share shown with it, in criterion order.
fn slider_texts(el: &Element) -> Vec<(String, String)> {
    all(el, ".kai-slider")
        .iter()
        .map(|s| (text_of(s, ".kai-imp"), text_of(s, ".kai-wshare")))
        .collect()
}

#[wasm_bindgen_test]
async fn a_share_link_loads_as_importances_with_the_same_shares() {
    // 40,30,20,10 (shares, from before the importance model) = 4:3:2:1 → 8,6,4,2.
    let el = mounted(&[("weights", "40,30,20,10")]).await;
    let values: Vec<String> = all(&el, "input[type=range]")
        .iter()
        .map(|i| i.clone().dyn_into::<web_sys::HtmlInputElement>().unwrap().value())
        .collect();
    assert_eq!(values, ["8", "6", "4", "2"]);
    let want =
        [("8/10", "비중 40%"), ("6/10", "비중 30%"), ("4/10", "비중 20%"), ("2/10", "비중 10%")];
    let want: Vec<(String, String)> =
        want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(slider_texts(&el), want);
    // 45,32,23,0 has no whole-step form: performance at 10, the rest exact (32/45·10 = 7.11…,
    // shown 7.1/10) with `step="any"` so the browser keeps it; shares stay 45/32/23/0 %.
    let odd = mounted(&[("weights", "45,32,23,0")]).await;
    let sov = find(&odd, "input[data-criterion=sovereignty]");
    assert_eq!(sov.get_attribute("step").as_deref(), Some("any"));
    assert_eq!(slider_texts(&odd)[1], ("7.1/10".to_string(), "비중 32%".to_string()));
    assert_eq!(slider_texts(&odd)[0], ("10/10".to_string(), "비중 45%".to_string()));
    // Moved, it snaps to a whole step: 10 + 7 + 5.11 = 22.11 → 7 is 31.7 %.
    set_slider(&odd, "sovereignty", "7");
    wait_for(|| slider_texts(&odd)[1].0 == "7/10").await;
    assert_eq!(slider_texts(&odd)[1], ("7/10".to_string(), "비중 32%".to_string()));
    assert_eq!(sov.get_attribute("step").as_deref(), Some("1"));
}

#[wasm_bindgen_test]
async fn rounds_and_requirements_from_the_page_match_the_golden() {
    let golden = golden();
    let mut checked = 0;
    for case in golden.cases.iter().filter(|c| {
        (c.round.as_deref() != Some(golden.default_round.as_str()) || !c.gates.is_empty())
            && c.preset.is_none()
    }) {
        let weights: Vec<String> = case.weights.iter().map(|w| w.to_string()).collect();
        let gates: Vec<String> = case.gates.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let (weights, gates) = (weights.join(","), gates.join(","));
        let round = case.round.clone().unwrap_or_default();
        let el = mounted(&[("weights", &weights), ("round", &round), ("gates", &gates)]).await;
        assert_shows(&el, case).await;
        checked += 1;
    }
    assert!(checked >= 5, "the golden lost its round cases: {checked}");
}
