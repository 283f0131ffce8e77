//! The CLI against the independent oracle: `tests/golden/kai-rankings.json`, computed from
//! `data/kai-2025.json` by `scripts/golden.py` without this crate. Every golden case is run
//! through `kai-rank rank --json` (by `--weights`, and by `--preset` where the case is a preset)
//! and its order, ranks, scores (to the golden's 2 decimals) and complete flags must match.
//! Only the JSON's data fields are read, never the CLI's sentences.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::Value;

const GOLDEN: &str = include_str!("../../../tests/golden/kai-rankings.json");

/// One row as compared: team id, rank (none: not ranked), score (none: not rankable),
/// complete.
type Row = (String, Option<u64>, Option<f64>, bool);

fn data_file() -> String {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/kai-2025.json"))
        .to_string_lossy()
        .into_owned()
}

fn golden_cases() -> Vec<Value> {
    let doc: Value = serde_json::from_str(GOLDEN).expect("golden file is JSON");
    let cases = doc["cases"].as_array().expect("golden has cases").clone();
    assert!(cases.len() >= 10, "the golden lost its cases: {}", cases.len());
    cases
}

fn golden_rows(case: &Value) -> Vec<Row> {
    let col = |key: &str| case[key].as_array().unwrap_or_else(|| panic!("{key} in {case}")).clone();
    let (order, ranks, scores, complete) =
        (col("order"), col("ranks"), col("scores"), col("complete"));
    assert!([ranks.len(), scores.len(), complete.len()].iter().all(|&n| n == order.len()));
    (0..order.len())
        .map(|i| {
            (
                order[i].as_str().unwrap().to_owned(),
                ranks[i].as_u64(),
                scores[i].as_f64(),
                complete[i].as_bool().unwrap(),
            )
        })
        .collect()
}

/// `kai-rank rank FILE <args> --json`, its rows as [`Row`]s.
fn cli_rows(args: &[&str]) -> Vec<Row> {
    let out = Command::new(env!("CARGO_BIN_EXE_kai-rank"))
        .arg("rank")
        .arg(data_file())
        .args(args)
        .arg("--json")
        .stdin(Stdio::null())
        .output()
        .expect("kai-rank runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "kai-rank {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("--json prints JSON");
    json["rows"]
        .as_array()
        .unwrap_or_else(|| panic!("no rows in {json}"))
        .iter()
        .map(|r| {
            (
                r["team"].as_str().expect("row.team").to_owned(),
                r["rank"].as_u64(),
                r["score"].as_f64(),
                r["complete"].as_bool().expect("row.complete"),
            )
        })
        .collect()
}

fn assert_matches(case: &str, how: &str, got: &[Row], want: &[Row]) {
    let ids = |rows: &[Row]| rows.iter().map(|r| r.0.clone()).collect::<Vec<_>>();
    assert_eq!(ids(got), ids(want), "{case} ({how}): order");
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g.1, w.1, "{case} ({how}): rank of {}", w.0);
        // The golden rounds half-up to 2 decimals: the exact score is within half a cent.
        match (g.2, w.2) {
            (Some(a), Some(b)) => assert!(
                (a - b).abs() <= 0.005 + 1e-9,
                "{case} ({how}): score of {} is {a}, golden {b}",
                w.0
            ),
            (None, None) => {}
            (a, b) => panic!("{case} ({how}): score of {} is {a:?}, golden {b:?}", w.0),
        }
        assert_eq!(g.3, w.3, "{case} ({how}): complete flag of {}", w.0);
    }
}

#[test]
fn every_golden_weighting_ranks_as_the_oracle_says() {
    for case in golden_cases() {
        let name = case["name"].as_str().unwrap();
        let weights: Vec<String> = case["weights"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_f64().unwrap().to_string())
            .collect();
        let weights = weights.join(",");
        let want = golden_rows(&case);
        let mut args = vec!["--weights", weights.as_str()];
        if let Some(round) = case["round"].as_str() {
            args.extend(["--round", round]);
        }
        let gates = gates_arg(&case);
        if !gates.is_empty() {
            args.extend(["--gate", gates.as_str()]);
        }
        assert_matches(name, &weights, &cli_rows(&args), &want);
    }
}

#[test]
fn every_preset_ranks_as_the_oracle_says() {
    let presets: Vec<Value> =
        golden_cases().into_iter().filter(|c| c["preset"].is_string()).collect();
    assert_eq!(presets.len(), 6, "the K-AI data has six presets");
    for case in presets {
        let id = case["preset"].as_str().unwrap();
        assert_matches(id, "--preset", &cli_rows(&["--preset", id]), &golden_rows(&case));
    }
}

#[test]
fn the_default_is_the_golden_equal_weighting() {
    let equal = golden_cases().into_iter().find(|c| c["name"] == "equal").expect("equal case");
    assert_matches("equal", "no --weights", &cli_rows(&[]), &golden_rows(&equal));
}

/// `--gate` text of a case's requirements (`sovereignty=5`).
fn gates_arg(case: &Value) -> String {
    case["gates"]
        .as_object()
        .map(|m| m.iter().map(|(k, v)| format!("{k}={}", v.as_f64().unwrap())).collect::<Vec<_>>())
        .unwrap_or_default()
        .join(",")
}

/// Stage one as it happened: with the "as in stage one" preset the CLI keeps the three teams
/// really kept and says Naver Cloud lost its place above the line to the requirement.
#[test]
fn the_stage_one_preset_keeps_the_three_really_kept() {
    let case = golden_cases().into_iter().find(|c| c["preset"] == "stage-one").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kai-rank"))
        .args(["rank", &data_file(), "--preset", "stage-one", "--json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let kept: Vec<&str> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["above_cut"] == true)
        .map(|r| r["team"].as_str().unwrap())
        .collect();
    let want: Vec<&str> =
        case["top"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    assert_eq!(kept, want);
    assert_eq!(kept, ["lg-ai", "skt", "upstage"]);
    assert_eq!(json["gated_above"], serde_json::json!(["naver-cloud"]));
    assert_eq!(json["would_get_in"], serde_json::json!([]));
    assert_eq!(json["would_drop_out"], serde_json::json!([]));
    let naver =
        json["rows"].as_array().unwrap().iter().find(|r| r["team"] == "naver-cloud").unwrap();
    assert_eq!(
        (naver["rank"].clone(), naver["below_gates"].clone()),
        (Value::Null, serde_json::json!(["sovereignty"]))
    );
}
