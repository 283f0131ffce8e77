//! The reducer and the option parsing of the widget's state, driven directly (wasm32 only,
//! because `state` lives behind the `web` feature): every action a control can send, and
//! what a reader gets from good and bad page options.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::rc::Rc;

use kai_engine::i18n::Notice;
use kai_ranking::state::{Action, MountOptions, Reference, State, Theme};
use kai_engine::text::Lang;
use wasm_bindgen_test::*;
use yew::Reducible;

mod common;
use common::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn defaults_are_korean_equal_weights_top_five() {
    let s = State::new(data(), &MountOptions::default());
    assert_eq!(s.lang, Lang::Ko);
    assert_eq!(s.theme, Theme::Auto);
    assert_eq!(s.weights, vec![25.0; 4]);
    assert_eq!(s.cut, 5);
    assert_eq!(s.reference, Reference::Equal);
    assert!(s.notices.is_empty());
    assert_eq!(s.data.dataset().presets[s.active_preset().unwrap()].id, "equal");
}

#[wasm_bindgen_test]
fn url_options_set_the_state_and_weights_win_over_a_preset() {
    let s = State::new(
        data(),
        &opts(|o| {
            o.lang = Some("en".into());
            o.preset = Some("ministry".into());
            o.weights = Some("40,30,20,10".into());
            o.theme = Some("dark".into());
            o.cut = Some("4".into());
            o.reference = Some("actual".into());
        }),
    );
    assert_eq!((s.lang, s.theme, s.cut, s.reference), (Lang::En, Theme::Dark, 4, Reference::Actual));
    assert_eq!(s.weights, vec![40.0, 30.0, 20.0, 10.0]);
    let p = State::new(data(), &opts(|o| o.preset = Some("ministry".into())));
    assert_eq!(p.data.dataset().presets[p.active_preset().unwrap()].id, "ministry");
}

#[wasm_bindgen_test]
fn bad_options_fall_back_and_are_each_named() {
    let s = State::new(
        data(),
        &opts(|o| {
            o.lang = Some("fr".into());
            o.preset = Some("nope".into());
            o.theme = Some("pink".into());
            o.cut = Some("0".into());
            o.reference = Some("yesterday".into());
        }),
    );
    assert_eq!((s.lang, s.theme, s.cut), (Lang::Ko, Theme::Auto, 5));
    assert_eq!(
        s.notices,
        vec![
            Notice::BadLang("fr".into()),
            Notice::BadTheme("pink".into()),
            Notice::BadPreset("nope".into()),
            Notice::BadCut { value: "0".into(), shown: 5 },
            Notice::BadReference("yesterday".into()),
        ]
    );
    let w = State::new(data(), &opts(|o| o.weights = Some("1,-2,3,4".into())));
    assert_eq!(w.weights, vec![25.0; 4]);
    assert_eq!(
        w.notices[0].message(Lang::En),
        format!(
            "Cannot use the weights ‘1,-2,3,4’ ({}); starting with equal weights.",
            kai_engine::rank::Weights::parse(w.data.dataset(), "1,-2,3,4").unwrap_err().message(Lang::En)
        )
    );
}

#[wasm_bindgen_test]
fn actions_change_only_what_they_name() {
    let s = Rc::new(State::new(data(), &MountOptions::default()));
    let s = s.reduce(Action::SetWeight { criterion: 3, value: 250.0 });
    assert_eq!(s.weights, vec![25.0, 25.0, 25.0, 100.0], "clamped to the slider range");
    let s = s.reduce(Action::SetWeight { criterion: 0, value: f64::NAN });
    assert_eq!(s.weights[0], 25.0, "non-finite input ignored");
    assert_eq!(s.active_preset(), None);
    let s = s.reduce(Action::ApplyPreset("global-first".into()));
    assert_eq!(s.data.dataset().presets[s.active_preset().unwrap()].id, "global-first");
    let s = s.reduce(Action::Reset);
    assert_eq!(s.weights, vec![25.0; 4]);
    let s = s.reduce(Action::Select(Some(2)));
    assert_eq!(s.selected, Some(2));
    let s = s.reduce(Action::Select(Some(2)));
    assert_eq!(s.selected, None, "pressing the open row closes it");
    let s = s.reduce(Action::SetLang(Lang::En)).reduce(Action::SetTheme(Theme::Light));
    assert_eq!((s.lang, s.theme), (Lang::En, Theme::Light));
}
