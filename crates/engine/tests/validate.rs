//! Validation on fixtures: the exact text of every problem message (Korean and English) is
//! pinned here, like semver pins its error messages — data editors read these, so a change in
//! wording is a change users notice. Plus: the real K-AI file validates clean, and no input
//! (arbitrary text, arbitrary bytes, mutated real data) makes validation panic.

use std::path::PathBuf;

use kai_engine::model::Dataset;
use kai_engine::text::Lang;
use kai_engine::validate::{
    MAX_BYTES, Problem, ProblemKind, from_deserializer, parse_json, parse_json_bytes, validate,
};
use proptest::prelude::*;
use serde_json::{Value, json};

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("tests/fixtures").join(name)
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap()
}

fn small() -> Value {
    serde_json::from_str(&fixture("small.json")).unwrap()
}

/// Problems of the small fixture after `mutate`.
fn problems_after(mutate: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut v = small();
    mutate(&mut v);
    match parse_json(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(p) => p,
    }
}

fn messages(problems: &[Problem], lang: Lang) -> Vec<String> {
    problems.iter().map(|p| p.message(lang)).collect()
}

/// Asserts the full list of messages after `mutate`, in both languages.
fn assert_messages(mutate: impl FnOnce(&mut Value), en: &[&str], ko: &[&str]) {
    let problems = problems_after(mutate);
    assert_eq!(messages(&problems, Lang::En), en, "English");
    assert_eq!(messages(&problems, Lang::Ko), ko, "Korean");
}

#[test]
fn small_fixture_is_valid() {
    let d = parse_json(&fixture("small.json")).unwrap();
    assert_eq!(d.teams.len(), 3);
    assert_eq!(d.criteria.len(), 2);
}

#[test]
fn real_dataset_has_no_problems() {
    let path =
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("data/kai-2025.json");
    let text = std::fs::read_to_string(&path).expect("data/kai-2025.json is missing");
    match parse_json(&text) {
        Ok(d) => {
            assert_eq!(
                d.teams.len(),
                11,
                "ten at the 2025 presentation stage, one more in the 2026 extra call"
            );
            assert_eq!(d.criteria.len(), 4);
        }
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            panic!("{} problems:\n{}", list.len(), list.join("\n"));
        }
    }
}

#[test]
fn embedded_dataset_is_the_file_on_disk() {
    let path =
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("data/kai-2025.json");
    assert_eq!(std::fs::read_to_string(path).unwrap(), kai_engine::KAI_2025_JSON);
}

#[test]
fn score_out_of_range() {
    assert_messages(
        |v| v["teams"][0]["scores"]["speed"]["value"] = json!(12),
        &["teams[0].scores.speed: 12 is outside 0–10"],
        &["teams[0].scores.speed: 12은(는) 0–10 범위를 벗어났습니다"],
    );
    assert_messages(
        |v| v["teams"][1]["scores"]["cost"]["value"] = json!(-0.5),
        &["teams[1].scores.cost: -0.5 is outside 0–10"],
        &["teams[1].scores.cost: -0.5은(는) 0–10 범위를 벗어났습니다"],
    );
}

#[test]
fn boundary_scores_are_fine() {
    assert!(
        problems_after(|v| {
            v["teams"][0]["scores"]["speed"]["value"] = json!(10);
            v["teams"][0]["scores"]["cost"]["value"] = json!(0);
        })
        .is_empty()
    );
}

#[test]
fn non_finite_values_from_javascript() {
    // JSON cannot carry NaN, but the widget's JavaScript input can.
    let mut d: Dataset = serde_json::from_value(small()).unwrap();
    if let Some(s) = d.teams[0].scores.get_mut("speed") {
        s.value = Some(f64::NAN);
    }
    d.presets[0].weights.insert("cost".into(), f64::INFINITY);
    let p = validate(&d);
    assert_eq!(
        messages(&p, Lang::En),
        [
            "teams[0].scores.speed: is not a finite number",
            "presets[0].weights.cost: is not a finite number"
        ]
    );
    assert_eq!(
        messages(&p, Lang::Ko),
        [
            "teams[0].scores.speed: 유한한 수가 아닙니다",
            "presets[0].weights.cost: 유한한 수가 아닙니다"
        ]
    );
}

#[test]
fn score_keyed_by_unknown_criterion() {
    assert_messages(
        |v| {
            let s = v["teams"][0]["scores"].as_object_mut().unwrap();
            let speed = s.remove("speed").unwrap();
            s.insert("sped".into(), speed);
        },
        &[
            "teams[0].scores.speed: no score; if the sources do not allow one, write null with the reason",
            "teams[0].scores.sped: \"sped\" is not a criterion id",
        ],
        &[
            "teams[0].scores.speed: 점수가 없습니다. 출처로 판단할 수 없으면 null과 그 이유를 적으세요",
            "teams[0].scores.sped: \"sped\"은(는) 없는 기준 id입니다",
        ],
    );
}

#[test]
fn duplicate_and_malformed_ids() {
    assert_messages(
        |v| v["teams"][1]["id"] = json!("alpha"),
        &[
            "teams[1].id: \"alpha\" is already used by item [0]",
            "rounds[0].participants[1]: \"beta\" is not a team id",
        ],
        &[
            "teams[1].id: \"alpha\"은(는) 이미 [0] 항목에 쓰였습니다",
            "rounds[0].participants[1]: \"beta\"은(는) 없는 팀 id입니다",
        ],
    );
    assert_messages(
        |v| v["presets"][0]["id"] = json!("Speed First"),
        &[
            "presets[0].id: \"Speed First\" is not a valid id: use 1–40 characters from a–z, 0–9 and -",
        ],
        &[
            "presets[0].id: \"Speed First\"은(는) 올바른 id가 아닙니다: a–z, 0–9, - 로 된 1–40자를 쓰세요",
        ],
    );
    let dup_source = problems_after(|v| {
        let s = v["sources"][0].clone();
        v["sources"].as_array_mut().unwrap().push(s);
    });
    assert_eq!(
        messages(&dup_source, Lang::En),
        ["sources[1].file: \"a.txt\" is already used by item [0]"]
    );
    let empty_id = problems_after(|v| v["presets"][0]["id"] = json!(""));
    assert_eq!(messages(&empty_id, Lang::En), ["presets[0].id: must not be empty"]);
    assert_eq!(messages(&empty_id, Lang::Ko), ["presets[0].id: 비어 있으면 안 됩니다"]);
}

#[test]
fn unknown_fields_everywhere() {
    assert_messages(
        |v| {
            v["colour"] = json!("red");
            v["teams"][2]["scroes"] = json!({});
            v["teams"][0]["scores"]["speed"]["cites"][0]["page"] = json!(3);
            v["rounds"][0]["when"] = json!("soon");
        },
        &[
            "$: unknown field \"colour\" (a typo?)",
            "teams[0].scores.speed.cites[0]: unknown field \"page\" (a typo?)",
            "teams[2]: unknown field \"scroes\" (a typo?)",
            "rounds[0]: unknown field \"when\" (a typo?)",
        ],
        &[
            "$: 알 수 없는 필드 \"colour\" (오타인가요?)",
            "teams[0].scores.speed.cites[0]: 알 수 없는 필드 \"page\" (오타인가요?)",
            "teams[2]: 알 수 없는 필드 \"scroes\" (오타인가요?)",
            "rounds[0]: 알 수 없는 필드 \"when\" (오타인가요?)",
        ],
    );
}

#[test]
fn missing_translations_and_empty_texts() {
    assert_messages(
        |v| {
            v["teams"][0]["name"]["en"] = json!("");
            v["criteria"][1]["label"]["ko"] = json!("  ");
            v["question"] = json!({});
            v["context"][0]["cites"][0]["quote"] = json!("");
            v["teams"][0]["outcome"]["cites"][0].as_object_mut().unwrap().remove("gloss");
        },
        &[
            "question: must not be empty",
            "context[0].cites[0].quote: must not be empty",
            "criteria[1].label: the Korean text is missing",
            "teams[0].name: the English text is missing",
            "teams[0].outcome.cites[0].gloss: the English text is missing",
        ],
        &[
            "question: 비어 있으면 안 됩니다",
            "context[0].cites[0].quote: 비어 있으면 안 됩니다",
            "criteria[1].label: 한국어 텍스트가 없습니다",
            "teams[0].name: 영어 텍스트가 없습니다",
            "teams[0].outcome.cites[0].gloss: 영어 텍스트가 없습니다",
        ],
    );
}

#[test]
fn scores_need_reasons_and_sources() {
    assert_messages(
        |v| {
            v["teams"][0]["scores"]["speed"].as_object_mut().unwrap().remove("rationale");
            v["teams"][0]["scores"]["cost"]["cites"] = json!([]);
            v["teams"][1]["scores"]["cost"]["rationale"]["en"] = json!("");
            v["teams"][2]["scores"]["cost"]["rationale"] = json!({});
            v["teams"][1]["scores"].as_object_mut().unwrap().remove("speed");
        },
        &[
            "teams[0].scores.speed: the score has no rationale",
            "teams[0].scores.cost: cites no source",
            "teams[1].scores.speed: no score; if the sources do not allow one, write null with the reason",
            "teams[1].scores.cost.rationale: the English text is missing",
            "teams[2].scores.cost: a null score needs a rationale saying why there is no score",
        ],
        &[
            "teams[0].scores.speed: 점수에 근거(rationale)가 없습니다",
            "teams[0].scores.cost: 인용한 출처가 없습니다",
            "teams[1].scores.speed: 점수가 없습니다. 출처로 판단할 수 없으면 null과 그 이유를 적으세요",
            "teams[1].scores.cost.rationale: 영어 텍스트가 없습니다",
            "teams[2].scores.cost: 점수가 null이면 rationale에 점수를 매기지 않은 이유를 적어야 합니다",
        ],
    );
}

#[test]
fn citations_must_name_known_sources_everywhere() {
    assert_messages(
        |v| {
            v["context"][0]["cites"][0]["source"] = json!("b.txt");
            v["teams"][0]["outcome"]["cites"][0]["source"] = json!("c.txt");
            v["teams"][1]["scores"]["speed"]["cites"][0]["source"] = json!("");
            v["rounds"][0]["cites"][0]["source"] = json!("d.txt");
            v["teams"][0]["facts"] =
                json!([{ "text": { "ko": "사실", "en": "A fact" }, "cites": [] }]);
        },
        &[
            "context[0].cites[0].source: \"b.txt\" is not listed in sources",
            "teams[0].outcome.cites[0].source: \"c.txt\" is not listed in sources",
            "teams[0].facts[0]: cites no source",
            "teams[1].scores.speed.cites[0].source: must not be empty",
            "rounds[0].cites[0].source: \"d.txt\" is not listed in sources",
        ],
        &[
            "context[0].cites[0].source: \"b.txt\"은(는) sources에 없는 출처입니다",
            "teams[0].outcome.cites[0].source: \"c.txt\"은(는) sources에 없는 출처입니다",
            "teams[0].facts[0]: 인용한 출처가 없습니다",
            "teams[1].scores.speed.cites[0].source: 비어 있으면 안 됩니다",
            "rounds[0].cites[0].source: \"d.txt\"은(는) sources에 없는 출처입니다",
        ],
    );
}

#[test]
fn preset_weights() {
    assert_messages(
        |v| v["presets"][0]["weights"] = json!({ "speed": -1, "price": 2 }),
        &[
            "presets[0].weights.price: \"price\" is not a criterion id",
            "presets[0].weights.speed: weight -1 is negative; weights must be ≥ 0",
        ],
        &[
            "presets[0].weights.price: \"price\"은(는) 없는 기준 id입니다",
            "presets[0].weights.speed: 가중치 -1은(는) 음수입니다. 0 이상이어야 합니다",
        ],
    );
    assert_messages(
        |v| v["presets"][0]["weights"] = json!({ "speed": 0, "cost": 0 }),
        &["presets[0].weights: every weight is 0; at least one must be positive"],
        &["presets[0].weights: 모든 가중치가 0입니다. 하나 이상은 0보다 커야 합니다"],
    );
}

#[test]
fn criteria_and_team_counts() {
    let few = problems_after(|v| {
        v["criteria"].as_array_mut().unwrap().truncate(1);
        v["teams"].as_array_mut().unwrap().truncate(1);
        v["rounds"] = json!([]);
    });
    let en = messages(&few, Lang::En);
    let ko = messages(&few, Lang::Ko);
    assert_eq!(en[0], "criteria: 1 criterion; at least 2 are needed");
    assert_eq!(ko[0], "criteria: 기준이 1개입니다. 최소 2개가 필요합니다");
    assert_eq!(en[1], "teams: 1 team; at least 2 are needed");
    assert_eq!(ko[1], "teams: 팀이 1개입니다. 최소 2개가 필요합니다");

    let many = problems_after(|v| {
        let c = v["criteria"][0].clone();
        let crit = v["criteria"].as_array_mut().unwrap();
        for i in 0..7 {
            let mut c = c.clone();
            c["id"] = json!(format!("extra-{i}"));
            crit.push(c);
        }
        let t = v["teams"][1].clone();
        let teams = v["teams"].as_array_mut().unwrap();
        for i in 0..198 {
            let mut t = t.clone();
            t["id"] = json!(format!("team-{i}"));
            teams.push(t);
        }
    });
    let en = messages(&many, Lang::En);
    let ko = messages(&many, Lang::Ko);
    assert_eq!(en[0], "criteria: 9 criteria; at most 8 are allowed");
    assert_eq!(ko[0], "criteria: 기준이 9개입니다. 최대 8개까지 쓸 수 있습니다");
    assert_eq!(en[1], "teams: 201 teams; at most 200 are allowed");
    assert_eq!(ko[1], "teams: 팀이 201개입니다. 최대 200개까지 쓸 수 있습니다");
}

#[test]
fn rounds() {
    assert_messages(
        |v| v["rounds"][0]["actual"] = json!(["alpha", "omega"]),
        &[
            "rounds[0].actual: 2 teams listed as kept in a round that keeps 1",
            "rounds[0].actual[1]: \"omega\" is not a team id",
        ],
        &[
            "rounds[0].actual: 1팀을 남기는 라운드인데 통과한 팀이 2팀 적혀 있습니다",
            "rounds[0].actual[1]: \"omega\"은(는) 없는 팀 id입니다",
        ],
    );
    assert_messages(
        |v| {
            v["rounds"][0]["size"] = json!(0);
            v["rounds"][0]["actual"] = json!([]);
        },
        &["rounds[0].size: a round must keep at least 1 team"],
        &["rounds[0].size: 라운드는 1팀 이상을 남겨야 합니다"],
    );
    assert_messages(
        |v| {
            v["rounds"][0]["participants"] = json!(["alpha", "beta"]);
            v["rounds"][0]["size"] = json!(3);
            v["rounds"][0]["actual"] = json!(null);
        },
        &[
            "rounds[0].size: 3 teams to keep, but only 2 take part",
            "rounds[0].pending_note: a round without an outcome needs a pending_note saying when it is planned",
        ],
        &[
            "rounds[0].size: 3팀을 남기려는데 참가 팀은 2팀뿐입니다",
            "rounds[0].pending_note: 결과가 없는 라운드에는 언제 예정인지 pending_note로 적어야 합니다",
        ],
    );
    assert_messages(
        |v| {
            v["rounds"][0]["participants"] = json!(["alpha", "beta"]);
            v["rounds"][0]["actual"] = json!(["gamma"]);
            v["rounds"][0]["exits"] = json!([
                { "team": "alpha", "reason": { "ko": "최하위", "en": "Lowest" }, "gate": "looks",
                  "cites": [{ "source": "a.txt", "quote": "알파 탈락", "gloss": "Alpha out" }] }
            ]);
            let mut second = v["rounds"][0].clone();
            second["id"] = json!("final");
            second["date"] = json!("2025-01-01");
            second["actual"] = json!(["beta"]);
            second["exits"] = json!([]);
            second["cites"] = json!([]);
            v["rounds"].as_array_mut().unwrap().push(second);
        },
        &[
            "rounds[0].actual[0]: \"gamma\" does not take part in this round",
            "rounds[0].exits[0].gate: \"looks\" is not a criterion id",
            "rounds[1].date: a round on 2025-01-01 follows one on 2025-08-04; list rounds in date order",
            "rounds[1]: cites no source",
        ],
        &[
            "rounds[0].actual[0]: \"gamma\"은(는) 이 라운드의 참가 팀이 아닙니다",
            "rounds[0].exits[0].gate: \"looks\"은(는) 없는 기준 id입니다",
            "rounds[1].date: 2025-01-01 라운드가 2025-08-04 라운드 뒤에 있습니다. 날짜순으로 적으세요",
            "rounds[1]: 인용한 출처가 없습니다",
        ],
    );
}

#[test]
fn presets_with_gates_and_huge_weights() {
    assert_messages(
        |v| {
            v["presets"][0]["weights"]["speed"] = json!(1e308);
            v["presets"][0]["gates"] = json!({ "cost": 11, "looks": 5 });
            v["presets"][0]["round"] = json!("stage-9");
        },
        &[
            "presets[0].weights.speed: 1e308 is too large; at most 1000000 is allowed",
            "presets[0].gates.cost: 11 is outside 0–10",
            "presets[0].gates.looks: \"looks\" is not a criterion id",
            "presets[0].round: no round has the id \"stage-9\"",
        ],
        &[
            "presets[0].weights.speed: 1e308은(는) 너무 큽니다. 최대 1000000까지 쓸 수 있습니다",
            "presets[0].gates.cost: 11은(는) 0–10 범위를 벗어났습니다",
            "presets[0].gates.looks: \"looks\"은(는) 없는 기준 id입니다",
            "presets[0].round: \"stage-9\"라는 라운드가 없습니다",
        ],
    );
}

#[test]
fn dates_and_urls() {
    assert_messages(
        |v| {
            v["as_of"] = json!("04/08/2025");
            v["sources"][0]["url"] = json!("ftp://example.org/a");
        },
        &[
            "as_of: \"04/08/2025\" is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY",
            "sources[0].url: \"ftp://example.org/a\" is not an http:// or https:// address",
        ],
        &[
            "as_of: \"04/08/2025\"은(는) YYYY-MM-DD, YYYY-MM, YYYY 형식의 날짜가 아닙니다",
            "sources[0].url: \"ftp://example.org/a\"은(는) http:// 또는 https:// 주소가 아닙니다",
        ],
    );
}

#[test]
fn broken_fixture_lists_every_problem() {
    let problems = parse_json(&fixture("broken.json")).unwrap_err();
    assert_eq!(
        messages(&problems, Lang::En),
        [
            "teams[1].id: \"Beta_2\" is not a valid id: use 1–40 characters from a–z, 0–9 and -",
            "teams[0].name: the English text is missing",
            "teams[0].scores.speed: 12 is outside 0–10",
            "teams[2]: unknown field \"colour\" (a typo?)",
            "teams[2].scores.speed.cites[0].source: \"missing.txt\" is not listed in sources",
            "presets[0].weights.price: \"price\" is not a criterion id",
            "presets[0].weights.speed: weight -1 is negative; weights must be ≥ 0",
            "rounds[0].actual: 2 teams listed as kept in a round that keeps 1",
            "rounds[0].actual[1]: \"omega\" is not a team id",
        ]
    );
}

#[test]
fn type_errors_name_their_path() {
    let problems = parse_json(&fixture("type-error.json")).unwrap_err();
    assert_eq!(
        messages(&problems, Lang::En),
        ["teams[2].scores.speed.value: invalid type: string \"high\", expected f64"]
    );
    assert_eq!(
        messages(&problems, Lang::Ko),
        [
            "teams[2].scores.speed.value: 형식이 맞지 않습니다: invalid type: string \"high\", expected f64"
        ]
    );
    let not_an_object = parse_json("[1, 2]").unwrap_err();
    assert_eq!(
        messages(&not_an_object, Lang::En),
        ["$: invalid type: sequence, expected struct Dataset"]
    );
    let negative_size = problems_after(|v| v["rounds"][0]["size"] = json!(-1));
    assert_eq!(
        messages(&negative_size, Lang::En),
        ["rounds[0].size: invalid value: integer `-1`, expected usize"]
    );
}

#[test]
fn syntax_errors_give_line_and_column() {
    let problems = parse_json(&fixture("syntax-error.json")).unwrap_err();
    assert_eq!(
        messages(&problems, Lang::En),
        ["teams[0]: JSON syntax error at line 5, column 5: expected `,` or `}`"]
    );
    assert_eq!(
        messages(&problems, Lang::Ko),
        ["teams[0]: JSON 문법 오류 (5행 5열): expected `,` or `}`"]
    );
    let trailing = parse_json(&format!("{} x", fixture("small.json"))).unwrap_err();
    assert_eq!(
        messages(&trailing, Lang::En)[0],
        "$: JSON syntax error at line 70, column 2: trailing characters"
    );
    let empty = parse_json("").unwrap_err();
    assert_eq!(
        messages(&empty, Lang::En),
        ["$: JSON syntax error at line 1, column 0: EOF while parsing a value"]
    );
}

#[test]
fn byte_order_mark_and_invalid_utf8() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(fixture("small.json").as_bytes());
    assert!(parse_json_bytes(&bytes).is_ok());
    let bad = parse_json_bytes(b"{\"version\": \"\xFF\"}").unwrap_err();
    assert_eq!(bad[0].path, "version");
    assert!(matches!(bad[0].kind, ProblemKind::Syntax { .. }));
}

#[test]
fn oversized_input_is_refused_unread() {
    let big = " ".repeat(MAX_BYTES + 1);
    let problems = parse_json(&big).unwrap_err();
    assert_eq!(
        messages(&problems, Lang::En),
        ["$: the input is 2097153 bytes; the limit is 2097152 bytes"]
    );
    assert_eq!(
        messages(&problems, Lang::Ko),
        ["$: 입력이 2097153바이트로 한도 2097152바이트를 넘습니다"]
    );
}

#[test]
fn display_is_english_and_problems_compare() {
    let p = problems_after(|v| v["teams"][0]["scores"]["speed"]["value"] = json!(12)).remove(0);
    assert_eq!(p.to_string(), p.message(Lang::En));
    assert_eq!(p.kind.to_string(), "12 is outside 0–10");
    assert_eq!(p.clone(), p);
    assert_eq!(p.kind, ProblemKind::ScoreOutOfRange { value: 12.0 });
}

#[test]
fn from_deserializer_matches_parse_json() {
    // serde_json::Value is a Deserializer, standing in for serde_wasm_bindgen's in the browser.
    let via_value = from_deserializer(small()).unwrap();
    let via_text = parse_json(&fixture("small.json")).unwrap();
    assert_eq!(via_value, via_text);
    let mut v = small();
    v["teams"][2]["scores"]["speed"]["value"] = json!("high");
    let p = from_deserializer(v).unwrap_err();
    assert_eq!(
        messages(&p, Lang::En),
        ["teams[2].scores.speed.value: invalid type: string \"high\", expected f64"]
    );
    let mut v = small();
    v["teams"][0]["scores"]["speed"]["value"] = json!(12);
    let p = from_deserializer(v).unwrap_err();
    assert_eq!(messages(&p, Lang::En), ["teams[0].scores.speed: 12 is outside 0–10"]);
}

// ---- never panic -------------------------------------------------------------------------

/// The real dataset when it is there, else the small fixture: the mutations should exercise
/// every field the real file uses.
fn base_for_mutation() -> Value {
    let path =
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("data/kai-2025.json");
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_else(small)
}

/// JSON-pointer-ish paths of every node of `v`.
fn node_paths(v: &Value, here: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                here.push(k.clone());
                node_paths(child, here, out);
                here.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                here.push(i.to_string());
                node_paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn pointer(path: &[String]) -> String {
    path.iter().map(|s| format!("/{}", s.replace('~', "~0").replace('/', "~1"))).collect()
}

#[derive(Debug, Clone)]
enum Mutation {
    Delete,
    Replace(Value),
}

fn arb_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1e6f64..1e6).prop_map(|n| json!(n)),
        Just(json!(12)),
        Just(json!(-1)),
        Just(json!(0)),
        ".{0,8}".prop_map(Value::String),
        Just(json!("naver-cloud")),
        Just(json!("performance")),
        Just(json!([])),
        Just(json!({})),
        Just(json!({ "ko": "", "en": "x" })),
        Just(json!([{ "source": "nope.txt", "quote": "" }])),
    ]
}

fn arb_mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![Just(Mutation::Delete), arb_value().prop_map(Mutation::Replace)]
}

fn apply(v: &mut Value, path: &[String], m: &Mutation) {
    match m {
        Mutation::Replace(new) => {
            if let Some(node) = v.pointer_mut(&pointer(path)) {
                *node = new.clone();
            }
        }
        Mutation::Delete => {
            let Some((last, parent)) = path.split_last() else {
                *v = Value::Null;
                return;
            };
            match v.pointer_mut(&pointer(parent)) {
                Some(Value::Object(m)) => {
                    m.remove(last);
                }
                Some(Value::Array(a)) => {
                    if let Ok(i) = last.parse::<usize>()
                        && i < a.len()
                    {
                        a.remove(i);
                    }
                }
                _ => {}
            }
        }
    }
}

fn assert_paths_non_empty(result: &Result<Dataset, Vec<Problem>>) {
    if let Err(problems) = result {
        assert!(!problems.is_empty(), "an error must carry at least one problem");
        for p in problems {
            assert!(!p.path.is_empty(), "empty path in {p:?}");
            assert!(!p.message(Lang::Ko).is_empty());
            assert!(!p.message(Lang::En).is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(s in ".{0,400}") {
        assert_paths_non_empty(&parse_json(&s));
    }

    #[test]
    fn arbitrary_bytes_never_panic(b in proptest::collection::vec(any::<u8>(), 0..400)) {
        assert_paths_non_empty(&parse_json_bytes(&b));
    }

    #[test]
    fn json_shaped_text_never_panics(s in r#"[\[\]{}",:0-9a-z.\- ]{0,200}"#) {
        assert_paths_non_empty(&parse_json(&s));
    }

    #[test]
    fn mutated_dataset_never_panics(
        picks in proptest::collection::vec((any::<prop::sample::Index>(), arb_mutation()), 1..6)
    ) {
        let mut v = base_for_mutation();
        for (index, m) in &picks {
            let mut paths = Vec::new();
            node_paths(&v, &mut Vec::new(), &mut paths);
            let path = index.get(&paths).clone();
            apply(&mut v, &path, m);
        }
        let text = v.to_string();
        assert_paths_non_empty(&parse_json(&text));
        // The same input through the format-agnostic entry point the widget uses.
        assert_paths_non_empty(&from_deserializer(v));
    }
}

/// A hostile name with an unclosed right-to-left override is isolated once checked, so it
/// cannot reverse the sentence or row it is shown in; ordinary texts are left untouched.
#[test]
fn check_isolates_unclosed_bidi_controls() {
    let mut d = kai_engine::validate::parse_json(kai_engine::KAI_2025_JSON).unwrap();
    let plain = d.teams[1].name.clone();
    d.teams[0].name.en = "\u{202E}evil".to_string();
    let d = kai_engine::validate::check(d).unwrap();
    // The override is closed where the name ends, and the name isolated (issue 12: a leading
    // unpaired PDI can no longer break out of the isolate; see tests/hostile.rs).
    assert_eq!(d.teams[0].name.en, "\u{2068}\u{202E}evil\u{202C}\u{2069}");
    assert_eq!(d.teams[1].name, plain);
}
