//! `Weights::parse`, the reader of `--weights` and `?weights=`: both forms, every mistake with
//! its exact message in Korean and English, and no panic on any text.

use kai_engine::model::{Criterion, Dataset, Preset};
use kai_engine::rank::Weights;
use kai_engine::text::Lang;
use kai_engine::weights_parse::WeightsParseError;
use proptest::prelude::*;

fn dataset() -> Dataset {
    let mut d = Dataset::default();
    for id in ["performance", "sovereignty", "industry", "global"] {
        d.criteria.push(Criterion { id: id.into(), ..Default::default() });
    }
    d
}

fn err(text: &str) -> WeightsParseError {
    Weights::parse(&dataset(), text).unwrap_err()
}

fn both(e: &WeightsParseError) -> (String, String) {
    (e.message(Lang::En), e.message(Lang::Ko))
}

#[test]
fn positional_weights_follow_criterion_order() {
    let w = Weights::parse(&dataset(), " 40, 30 ,20,10 ").unwrap();
    assert_eq!(w.raw(), &[40.0, 30.0, 20.0, 10.0]);
    assert_eq!(Weights::parse(&dataset(), "0.5,1e1,+2,0").unwrap().raw(), &[0.5, 10.0, 2.0, 0.0]);
}

#[test]
fn named_weights_default_to_zero() {
    let w = Weights::parse(&dataset(), "sovereignty=30, Performance = 40").unwrap();
    assert_eq!(w.raw(), &[40.0, 30.0, 0.0, 0.0]);
}

#[test]
fn all_zero_is_accepted_as_an_explicit_state() {
    let w = Weights::parse(&dataset(), "0,0,0,0").unwrap();
    assert_eq!(w.shares(), None);
}

#[test]
fn exact_messages() {
    let cases: Vec<(&str, &str, &str)> = vec![
        ("", "no weights given", "가중치가 없습니다"),
        ("  ", "no weights given", "가중치가 없습니다"),
        ("40,,20,10", "item 2 is empty", "2번째 항목이 비어 있습니다"),
        ("40,30,20,", "item 4 is empty", "4번째 항목이 비어 있습니다"),
        ("40,thirty,20,10", "\"thirty\" is not a number", "\"thirty\"은(는) 숫자가 아닙니다"),
        ("performance=high", "\"high\" is not a number", "\"high\"은(는) 숫자가 아닙니다"),
        (
            "40,sovereignty=30",
            "plain numbers and id=value pairs cannot be mixed",
            "숫자만 쓰는 형식과 id=값 형식을 섞어 쓸 수 없습니다",
        ),
        ("40,30,20", "3 weights given for 4 criteria", "기준은 4개인데 가중치가 3개입니다"),
        ("1,1,1,1,1", "5 weights given for 4 criteria", "기준은 4개인데 가중치가 5개입니다"),
        (
            "speed=3",
            "\"speed\" is not a criterion (known: performance, sovereignty, industry, global)",
            "\"speed\"은(는) 없는 기준입니다 (가능: performance, sovereignty, industry, global)",
        ),
        (
            "global=1,global=2",
            "\"global\" is given twice",
            "\"global\"의 가중치가 두 번 주어졌습니다",
        ),
        (
            "40,-30,20,10",
            "the weight of sovereignty is -30; weights must be ≥ 0",
            "sovereignty의 가중치 -30은(는) 음수입니다. 0 이상이어야 합니다",
        ),
        (
            "NaN,1,1,1",
            "the weight of performance is not a finite number",
            "performance의 가중치가 유한한 수가 아닙니다",
        ),
        (
            "industry=inf",
            "the weight of industry is not a finite number",
            "industry의 가중치가 유한한 수가 아닙니다",
        ),
        (
            "1e400,1,1,1",
            "the weight of performance is not a finite number",
            "performance의 가중치가 유한한 수가 아닙니다",
        ),
    ];
    for (input, en, ko) in cases {
        let e = err(input);
        assert_eq!(both(&e), (en.to_string(), ko.to_string()), "input {input:?}");
        assert_eq!(e.to_string(), en, "Display is English");
    }
}

#[test]
fn errors_carry_their_data() {
    assert_eq!(err("40,30"), WeightsParseError::WrongCount { expected: 4, given: 2 });
    assert_eq!(
        err("global=-1"),
        WeightsParseError::Negative { criterion: "global".into(), value: -1.0 }
    );
}

#[test]
fn presets_become_weights() {
    let d = dataset();
    let mut p = Preset::default();
    p.weights.insert("global".into(), 2.0);
    assert_eq!(Weights::from_preset(&d, &p).unwrap().raw(), &[0.0, 0.0, 0.0, 2.0]);
    p.weights.insert("speed".into(), 1.0);
    assert!(matches!(
        Weights::from_preset(&d, &p),
        Err(WeightsParseError::UnknownCriterion { .. })
    ));
}

#[test]
fn real_presets_all_parse() {
    let d = kai_engine::validate::parse_json(kai_engine::KAI_2025_JSON).unwrap();
    for p in &d.presets {
        let w = Weights::from_preset(&d, p).unwrap();
        assert!(w.shares().is_some(), "preset {} ranks something", p.id);
        assert_eq!(
            Weights::parse(&d, &w.to_param(&d)).unwrap(),
            w,
            "preset {} survives a URL",
            p.id
        );
    }
}

proptest! {
    #[test]
    fn never_panics_on_any_text(s in ".{0,80}") {
        let _ = Weights::parse(&dataset(), &s);
    }

    #[test]
    fn never_panics_on_weight_shaped_text(s in "[a-z0-9=,.+eE\\- ]{0,60}") {
        if let Err(e) = Weights::parse(&dataset(), &s) {
            prop_assert!(!e.message(Lang::Ko).is_empty());
        }
    }

    #[test]
    fn url_form_round_trips(raw in proptest::collection::vec(0.0f64..1e6, 4)) {
        let d = dataset();
        let w = Weights::new(raw).unwrap();
        prop_assert_eq!(Weights::parse(&d, &w.to_param(&d)).unwrap(), w);
    }

    #[test]
    fn accepted_weights_are_finite_and_non_negative(s in "[0-9., -]{0,30}") {
        if let Ok(w) = Weights::parse(&dataset(), &s) {
            prop_assert!(w.raw().iter().all(|v| v.is_finite() && *v >= 0.0));
            prop_assert_eq!(w.len(), 4);
        }
    }
}
