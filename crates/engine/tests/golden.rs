//! The engine against the independent oracle: `tests/golden/kai-rankings.json`, computed by
//! `scripts/golden.py` from the data file alone (no crate code). Every preset and a set of
//! fixed weightings, rounds and gates: order, rank (or none), score (or none), who is kept
//! above each round's line and whose place a gate took away.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kai_engine::rank::{Gates, ScoreMatrix, Weights, compare_cut, rank_in};
use kai_engine::round::scope;
use serde_json::Value;

fn golden() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/golden/kai-rankings.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("golden file")).expect("json")
}

#[test]
fn every_golden_case_ranks_as_the_oracle_says() {
    let g = golden();
    let d = kai_engine::validate::parse_json(kai_engine::KAI_2025_JSON).expect("valid data");
    assert_eq!(g["default_round"], d.default_round().unwrap().id.as_str());
    let matrix = ScoreMatrix::new(&d);
    let cases = g["cases"].as_array().unwrap();
    assert!(cases.len() >= 20);
    let strings = |v: &Value| -> Vec<String> {
        v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
    };
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let weights: Vec<f64> =
            case["weights"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
        let weights = Weights::new(weights).unwrap();
        let round = case["round"].as_str().map(|id| d.round(id).expect("round"));
        let gates = Gates::new(
            d.criteria.iter().map(|c| case["gates"].get(&c.id).and_then(Value::as_f64)).collect(),
        );
        let ranking = rank_in(&matrix, &weights, &scope(&d, round), &gates);
        let order: Vec<String> = ranking.rows.iter().map(|r| d.teams[r.team].id.clone()).collect();
        assert_eq!(order, strings(&case["order"]), "{name}: order");
        for (i, row) in ranking.rows.iter().enumerate() {
            let id = &order[i];
            assert_eq!(
                row.rank.map(|r| r as u64),
                case["ranks"][i].as_u64(),
                "{name}: rank of {id}"
            );
            match (row.score, case["scores"][i].as_f64()) {
                (Some(a), Some(b)) => {
                    assert!((a - b).abs() <= 0.005 + 1e-9, "{name}: {id} {a} vs {b}")
                }
                (None, None) => {}
                (a, b) => panic!("{name}: score of {id}: {a:?} vs {b:?}"),
            }
            assert_eq!(row.is_gated(), case["gated"][i].as_bool().unwrap(), "{name}: gate of {id}");
        }
        let size = case["size"].as_u64().unwrap() as usize;
        let cut = compare_cut(&d, &ranking, size, round.and_then(|r| r.actual.as_deref()));
        let ids = |ts: &[usize]| ts.iter().map(|&t| d.teams[t].id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&cut.above), strings(&case["top"]), "{name}: kept");
        assert_eq!(ids(&cut.gated_above), strings(&case["gated_above"]), "{name}: gated");
        assert_eq!(cut.tie_at_line, case["tie_at_line"].as_bool().unwrap(), "{name}: tie");
    }
}
