//! The `kai-rank` binary as a user runs it: exit codes, exact problem lines, table order equal
//! to the library's ranking, parseable `--json`, and usage on bad arguments.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use kai_engine::rank::Weights;
use kai_engine::validate::parse_json;
use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kai-rank"))
}

fn fixture(name: &str) -> String {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join("tests/fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn data_file() -> String {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join("data/kai-2025.json")
        .to_string_lossy()
        .into_owned()
}

fn run(args: &[&str]) -> Output {
    bin().args(args).stdin(Stdio::null()).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn validate_real_dataset_is_ok() {
    let o = run(&["validate", &data_file(), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(stdout(&o), "ok: 11 teams, 4 criteria\n");
    let o = run(&["validate"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "ok: 팀 11개, 기준 4개\n");
}

#[test]
fn validate_broken_fixture_lists_every_problem() {
    let o = run(&["validate", &fixture("broken.json"), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "teams[1].id: \"Beta_2\" is not a valid id: use 1–40 characters from a–z, 0–9 and -\n\
         teams[0].name: the English text is missing\n\
         teams[0].scores.speed: 12 is outside 0–10\n\
         teams[2]: unknown field \"colour\" (a typo?)\n\
         teams[2].scores.speed.cites[0].source: \"missing.txt\" is not listed in sources\n\
         presets[0].weights.price: \"price\" is not a criterion id\n\
         presets[0].weights.speed: weight -1 is negative; weights must be ≥ 0\n\
         rounds[0].actual: 2 teams listed as kept in a round that keeps 1\n\
         rounds[0].actual[1]: \"omega\" is not a team id\n"
    );
    assert_eq!(stderr(&o), "9 problem(s)\n");
}

#[test]
fn validate_in_korean_and_syntax_errors() {
    let o = run(&["validate", &fixture("syntax-error.json")]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "teams[0]: JSON 문법 오류 (5행 5열): expected `,` or `}`\n");
    let o = run(&["validate", &fixture("type-error.json"), "--lang", "en"]);
    assert_eq!(
        stdout(&o),
        "teams[2].scores.speed.value: invalid type: string \"high\", expected f64\n"
    );
}

#[test]
fn validate_missing_file_exits_1() {
    let o = run(&["validate", "/nonexistent/kai.json", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).starts_with("$: cannot read /nonexistent/kai.json: "), "{}", stdout(&o));
}

#[test]
fn validate_refuses_huge_files_by_their_size() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("kai-rank-huge.json");
    std::fs::write(&path, vec![b' '; 3 * 1024 * 1024]).unwrap();
    let o = run(&["validate", path.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "$: the input is 3145728 bytes; the limit is 2097152 bytes\n");
    let _ = std::fs::remove_file(path);
}

#[test]
fn validate_reads_standard_input() {
    use std::io::Write;
    let mut child = bin()
        .args(["validate", "-", "--lang", "en"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let text = std::fs::read(fixture("small.json")).unwrap();
    child.stdin.take().unwrap().write_all(&text).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "ok: 3 teams, 2 criteria\n");
}

/// Team names in table order, read back from the `rank` table.
fn table_names(out: &str, names: &[String]) -> Vec<String> {
    out.lines()
        .filter_map(|line| names.iter().find(|n| line.contains(n.as_str())).cloned())
        .collect()
}

#[test]
fn rank_prints_teams_in_the_oracles_order() {
    // Orders worked by hand for stage one's five (see tests/golden: 40-30-20-10, global 90 %).
    for (w, want) in [
        ("40,30,20,10", ["SK Telecom", "LG AI Research", "Upstage", "NC AI", "Naver Cloud"]),
        // Sovereignty only: SKT 9, NC AI 8, then Upstage and LG tie at 7 (dataset order).
        ("0,100,0,0", ["SK Telecom", "NC AI", "Upstage", "LG AI Research", "Naver Cloud"]),
    ] {
        let o = run(&["rank", "--weights", w, "--lang", "en"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let names: Vec<String> = want.iter().map(|n| n.to_string()).collect();
        let rows: Vec<String> = stdout(&o)
            .lines()
            .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
            .filter_map(|l| names.iter().find(|n| l.contains(n.as_str())).cloned())
            .collect();
        assert_eq!(rows, want, "weights {w}");
    }
}

#[test]
fn rank_table_draws_the_cut_and_the_real_outcome() {
    let o = run(&["rank", "--weights", "40,30,20,10", "--lang", "en"]);
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "weights: performance=40,sovereignty=30,industry=20,global=10");
    assert_eq!(lines[1], "round: Stage one (2026-01-15)");
    // Header, rule, four rows, then the line of stage one's four places. SKT, LG, Upstage
    // were really kept ("selected"), NC AI above the line here was not.
    let header = lines.iter().position(|l| l.starts_with("rank")).unwrap();
    assert!(lines[header + 6].starts_with("┄┄ top 4: Stage one"), "{out}");
    assert_eq!(
        lines[header + 2..header + 6].iter().filter(|l| l.contains("  selected")).count(),
        3
    );
    assert!(lines[header + 7].contains("not selected"));
    assert!(out.ends_with("would get in: NC AI consortium; would drop out: none\n"), "{out}");
}

#[test]
fn rank_names_who_would_get_in_and_drop_out() {
    // Industry only, stage one (the default round): SKT 8.5, NC AI 8, LG 8, Upstage 7.5,
    // Naver 6.5. Four places: SKT, NC AI, LG, Upstage; really kept: LG, SKT, Upstage.
    let o = run(&["rank", "--weights", "industry=1", "--lang", "en"]);
    let out = stdout(&o);
    assert!(out.ends_with("would get in: NC AI consortium; would drop out: none\n"), "{out}");
}

#[test]
fn rank_korean_columns_line_up() {
    let o = run(&["rank"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    // Every data row puts its score column at the same display column.
    let width = |s: &str| -> usize {
        s.chars().map(|c| if ('\u{AC00}'..='\u{D7A3}').contains(&c) { 2 } else { 1 }).sum()
    };
    let score_ends: Vec<usize> = out
        .lines()
        .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        .map(|l| {
            let dot = l.find('.').unwrap();
            width(&l[..dot])
        })
        .collect();
    assert_eq!(score_ends.len(), 5, "stage one ranks its five participants");
    assert!(score_ends.windows(2).all(|w| w[0] == w[1]), "{out}");
    assert!(out.contains("새로 들어올 팀: "));
}

#[test]
fn rank_json_gives_ranks_scores_and_the_round() {
    // "Our reading of the ministry" (importances 8/3/6/3 = shares 40/15/30/15), stage one,
    // worked by hand:
    // LG 0.4·9 + 0.15·7 + 0.3·8 + 0.15·7.5 = 8.175; SKT 7.85; Upstage 7.375; Naver 6.75;
    // NC AI 6.6. Four places; kept in reality LG, SKT, Upstage, so Naver "would get in".
    let o = run(&["rank", "--preset", "ministry", "--json", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let rows = v["rows"].as_array().unwrap();
    let got: Vec<(&str, u64, f64)> = rows
        .iter()
        .map(|r| {
            (r["team"].as_str().unwrap(), r["rank"].as_u64().unwrap(), r["score"].as_f64().unwrap())
        })
        .collect();
    let want = [
        ("lg-ai", 1, 8.175),
        ("skt", 2, 7.85),
        ("upstage", 3, 7.375),
        ("naver-cloud", 4, 6.75),
        ("nc-ai", 5, 6.6),
    ];
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert_eq!((g.0, g.1), (w.0, w.1));
        assert!((g.2 - w.2).abs() < 1e-9, "{g:?}");
    }
    assert_eq!(v["cut"]["size"], 4);
    assert_eq!(v["round"]["id"], "stage-1");
    assert_eq!(rows.iter().filter(|r| r["above_cut"] == true).count(), 4);
    assert_eq!(v["would_get_in"], serde_json::json!(["naver-cloud"]));
    // The CLI echoes the weights as given (the preset's importances); shares are what rank.
    assert_eq!(v["weights"]["performance"], 8.0);
    assert!(v["disclaimer"].as_str().unwrap().contains("not official"));
}

#[test]
fn a_team_without_a_needed_score_has_no_rank_and_no_score() {
    // Selection 2025, equal weights: Kakao has no industry score, Motif only industry.
    let o = run(&["rank", "--round", "selection-2025", "--json", "--lang", "en"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let kakao = v["rows"].as_array().unwrap().iter().find(|r| r["team"] == "kakao").unwrap();
    assert_eq!((kakao["rank"].clone(), kakao["score"].clone()), (Value::Null, Value::Null));
    assert_eq!(kakao["missing"], serde_json::json!(["industry"]));
    let text = stdout(&run(&["rank", "--round", "selection-2025", "--lang", "en"]));
    let line = text.lines().find(|l| l.contains("Kakao")).unwrap();
    assert!(line.trim_start().starts_with('–'), "{line}");
    assert!(line.contains("not rankable with these weights: no industry impact score"), "{line}");
    assert!(!line.contains("0.0"), "never a zero for a missing score: {line}");
}

#[test]
fn a_requirement_is_not_a_weight() {
    let out = stdout(&run(&["rank", "--gate", "sovereignty=7", "--lang", "en"]));
    // Naver Cloud (sovereignty 4) is out whatever its score; the others keep their order.
    assert!(out.contains("requirements: Sovereignty ≥ 7.0"), "{out}");
    let naver = out.lines().find(|l| l.contains("Naver")).unwrap();
    // The widget's own flag, word for word.
    assert!(naver.contains("out, below the requirement: sovereignty 4.0 < 7"), "{naver}");
    let bad = run(&["rank", "--gate", "looks=3", "--lang", "en"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--gate: there is no criterion ‘looks’"));
    let bad = run(&["rank", "--round", "stage-9", "--lang", "en"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--round: \"stage-9\" is not a round"));
}

#[test]
fn rank_with_a_cut_of_another_size() {
    let o = run(&["rank", "--cut", "2", "--json"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["cut"]["size"], 2);
    assert_eq!(v["cut"]["id"], "stage-1");
    // The final has not happened: no real outcome to compare with.
    let o = run(&["rank", "--round", "final", "--json"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        (v["cut"]["size"].clone(), v["would_get_in"].clone()),
        (serde_json::json!(2), Value::Null)
    );
    let o = run(&["rank", "--round", "final", "--lang", "en"]);
    assert!(stdout(&o).contains("┄┄ top 2: "), "{}", stdout(&o));
    assert!(stdout(&o).contains("(Not yet announced"), "{}", stdout(&o));
    assert!(stdout(&o).ends_with("the real outcome of this cut is not known.\n"));
}

#[test]
fn rank_other_file() {
    let o = run(&["rank", &fixture("small.json"), "--weights", "speed=1", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert_eq!(
        table_names(&out, &["Alpha".into(), "Beta".into(), "Gamma".into()]),
        ["Alpha", "Beta", "Gamma"]
    );
    assert!(out.ends_with("would get in: none; would drop out: none\n"));
    let o = run(&["rank", &fixture("broken.json")]);
    assert_eq!(o.status.code(), Some(1), "a broken file is not ranked");
}

#[test]
fn explain_prints_three_sections() {
    let o = run(&["explain", "--preset", "ministry", "--lang", "en", "--samples", "2000"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Stability"));
    assert!(out.contains("What it takes"));
    assert!(out.contains("Rank acceptability (2000 random weightings, seed 2025"));
    let o = run(&[
        "explain",
        "--team",
        "kt",
        "--round",
        "selection-2025",
        "--json",
        "--samples",
        "500",
    ]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["what_it_takes"].as_array().unwrap().len(), 1);
    assert_eq!(v["what_it_takes"][0]["team"], "kt");
    // Kakao lacks industry, Motif most scores: left out of the analysis and named.
    let left: Vec<&str> =
        v["left_out"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    assert_eq!(left.len(), 4, "{left:?}");
    assert!(left[0].starts_with("카카오 (") || left[0].starts_with("Kakao ("), "{left:?}");
    assert_eq!(v["stability"].as_array().unwrap().len(), 4);
    assert_eq!(v["acceptability"]["samples"], 500);
}

#[test]
fn explain_is_reproducible() {
    let a = run(&["explain", "--samples", "300", "--seed", "7", "--json"]);
    let b = run(&["explain", "--samples", "300", "--seed", "7", "--json"]);
    assert_eq!(stdout(&a), stdout(&b));
}

fn assert_usage_error(args: &[&str], message: &str) {
    let o = run(args);
    assert_eq!(o.status.code(), Some(2), "{args:?}");
    assert!(stdout(&o).is_empty());
    let err = stderr(&o);
    assert!(err.starts_with(&format!("error: {message}\n\nkai-rank: ")), "{args:?}: {err}");
    assert!(err.contains("USAGE:"));
}

#[test]
fn bad_arguments_exit_2_with_usage() {
    assert_usage_error(&[], "no command given");
    assert_usage_error(&["sort"], "unknown command \"sort\" (use validate, rank or explain)");
    assert_usage_error(&["rank", "--wieghts", "1"], "unknown option \"--wieghts\"");
    assert_usage_error(&["rank", "--weights"], "--weights needs a value");
    assert_usage_error(&["rank", "--cut", "x"], "--cut needs a whole number, not \"x\"");
    assert_usage_error(
        &["rank", "--cut", "0"],
        "--cut: 0 is not between 1 and the number of teams (11)",
    );
    assert_usage_error(
        &["rank", "--cut", "12"],
        "--cut: 12 is not between 1 and the number of teams (11)",
    );
    assert_usage_error(&["rank", "--lang", "fr"], "--lang must be ko or en, not \"fr\"");
    assert_usage_error(
        &["rank", "a.json", "b.json"],
        "unexpected argument \"b.json\" (only one FILE)",
    );
    assert_usage_error(&["validate", "--weights", "1"], "--weights does not apply to validate");
    assert_usage_error(&["rank", "--team", "kt"], "--team does not apply to rank");
    assert_usage_error(
        &["rank", "--preset", "equal", "--weights", "1,1,1,1"],
        "give --weights or --preset, not both",
    );
    assert_usage_error(&["rank", "--json", "--json"], "--json is given twice");
    let small = fixture("small.json");
    assert_usage_error(
        &["rank", &small, "--preset", "nope"],
        "--preset: \"nope\" is not a preset (known: speed-first)",
    );
    assert_usage_error(
        &["explain", &small, "--team", "omega", "--lang", "en"],
        "--team: \"omega\" is not a team (known: alpha, beta, gamma)",
    );
    assert_usage_error(&["explain", "--samples", "0"], "--samples needs a whole number, not \"0\"");
}

#[test]
fn weight_mistakes_are_reported_in_the_chosen_language() {
    assert_usage_error(
        &["rank", "--weights", "40,30,20", "--lang", "en"],
        "--weights: 3 weights given for 4 criteria",
    );
    assert_usage_error(
        &["rank", "--weights", "40,30,20"],
        "--weights: 기준은 4개인데 가중치가 3개입니다",
    );
    assert_usage_error(
        &["rank", "--weights", "speed=3", "--lang", "en"],
        "--weights: \"speed\" is not a criterion (known: performance, sovereignty, industry, global)",
    );
    assert_usage_error(
        &["rank", "--weights", "40,-30,20,10", "--lang", "en"],
        "--weights: the weight of sovereignty is -30; weights must be ≥ 0",
    );
    assert_usage_error(
        &["rank", "--weights", "40,NaN,20,10", "--lang", "en"],
        "--weights: the weight of sovereignty is not a finite number",
    );
}

#[test]
fn help_goes_to_stdout_with_exit_0() {
    for args in [&["--help"][..], &["-h"], &["rank", "--help"]] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0));
        assert!(stdout(&o).contains("USAGE:"));
        assert!(stderr(&o).is_empty());
    }
}

#[test]
fn all_zero_weights_are_explained_not_ranked() {
    let o = run(&["rank", "--weights", "0,0,0,0", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o)
            .contains("All weights are zero, so there is no ranking. All teams share rank 1.")
    );
}

#[test]
fn explain_json_matches_the_library() {
    use kai_engine::rank::ScoreMatrix;
    use kai_engine::sensitivity::{Reach, acceptability, stability_intervals, what_it_takes};
    let d = parse_json(kai_engine::KAI_2025_JSON).unwrap();
    let w = Weights::parse(&d, "40,30,20,10").unwrap();
    // Explain speaks of the default round's participants (stage one: all five have every
    // score), in dataset order; its line is the round's four places.
    let scope = kai_engine::round::scope(&d, d.default_round());
    let m = ScoreMatrix::new(&d).subset(&scope);
    let o =
        run(&["explain", "--weights", "40,30,20,10", "--json", "--samples", "400", "--seed", "9"]);
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["left_out"], serde_json::json!([]));
    let cut = 4;
    assert_eq!(v["cut"], cut);
    for (iv, j) in stability_intervals(&m, &w, cut).iter().zip(v["stability"].as_array().unwrap()) {
        assert_eq!(j["leader"], d.teams[scope[iv.leader]].id.as_str());
        assert_eq!(j["leader_range"]["lo"]["share"].as_f64().unwrap(), iv.leader_range.lo.share);
        assert_eq!(j["cut_range"]["hi"]["share"].as_f64().unwrap(), iv.cut_range.hi.share);
    }
    let status = |r: &Reach| match r {
        Reach::Already => "already",
        Reach::Possible { .. } => "possible",
        Reach::Impossible { .. } => "impossible",
    };
    for (t, j) in v["what_it_takes"].as_array().unwrap().iter().enumerate() {
        let lib = what_it_takes(&m, &w, t, cut);
        assert_eq!(j["team"], d.teams[scope[t]].id.as_str());
        assert_eq!(j["first"]["status"], status(&lib.first));
        assert_eq!(j["cut"]["status"], status(&lib.cut));
    }
    let a = acceptability(&m, 400, 9);
    let first_of_lg = v["acceptability"]["rank_share"]["lg-ai"][0].as_f64().unwrap();
    let lg = scope.iter().position(|&t| d.teams[t].id == "lg-ai").unwrap();
    assert_eq!(first_of_lg, a.rank_share[lg][0]);
}

/// `small.json` with `from` replaced by `to`, written where tests may write.
fn small_variant(name: &str, edits: &[(&str, &str)]) -> String {
    let mut text = std::fs::read_to_string(fixture("small.json")).unwrap();
    for (from, to) in edits {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, to, 1);
    }
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn the_cli_rounds_like_the_widget() {
    // One criterion counts: Alpha's score is its speed, 7.25 → "7.3" (it printed "7.2").
    let file = small_variant("kai-rank-round.json", &[("\"value\": 9,", "\"value\": 7.25,")]);
    let o = run(&["rank", &file, "--weights", "speed=1", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let alpha = stdout(&o).lines().find(|l| l.contains("Alpha")).unwrap().to_string();
    // rank, team, score, speed, cost, outcome
    assert_eq!(alpha.split_whitespace().nth(2), Some("7.3"), "{alpha}");
    // Speed 1 of 8 is 12.5 % of the weight → "13 %" (it printed "12%").
    let o = run(&["explain", &file, "--weights", "1,7", "--samples", "100", "--lang", "en"]);
    assert!(stdout(&o).contains("  Speed (now 13\u{a0}%): "), "{}", stdout(&o));
}

#[test]
fn rank_and_explain_carry_the_disclaimer() {
    let small = fixture("small.json");
    for (lang, text) in
        [("en", "Scores are editorial judgements."), ("ko", "점수는 편집자의 판단입니다.")]
    {
        for command in ["rank", "explain"] {
            let mut args = vec![command, small.as_str(), "--lang", lang];
            if command == "explain" {
                args.extend(["--samples", "50"]);
            }
            let o = run(&args);
            assert!(stdout(&o).lines().any(|l| l == text), "{command} {lang}");
            args.push("--json");
            let v: Value = serde_json::from_str(&stdout(&run(&args))).unwrap();
            assert_eq!(v["disclaimer"], text, "{command} {lang} --json");
        }
    }
}

/// A team name that would retitle the window, ring the bell and clear the screen.
const HOSTILE: &str = "Alpha\u{1b}]0;PWNED\u{7}\u{1b}[2J";

#[test]
fn control_characters_from_the_data_never_reach_the_terminal() {
    let file = small_variant(
        "kai-rank-hostile.json",
        &[
            ("\"en\": \"Alpha\"", "\"en\": \"Alpha\\u001b]0;PWNED\\u0007\\u001b[2J\""),
            ("\"en\": \"Speed\"", "\"en\": \"Sp\\u202eeed\\u009b\""),
        ],
    );
    // Since issue 12, `validate::check` removes C0/C1 controls from dataset text and closes
    // what a bidi control opens (then isolates the text): the escapes never reach the CLI's
    // data. `terminal_safe` still shows whatever bidi control is left, and the `--team`
    // argument, which is not dataset text, escaped.
    let shown = "Alpha]0;PWNED[2J";
    assert_eq!(shown, HOSTILE.replace(['\u{1b}', '\u{7}'], ""));
    let runs: [&[&str]; 5] = [
        &["rank", &file, "--lang", "en"],
        &["explain", &file, "--samples", "50", "--lang", "en"],
        &["rank", &file, "--json", "--lang", "en"],
        &["explain", &file, "--json", "--samples", "50", "--lang", "en"],
        &["explain", &file, "--team", "\u{1b}[2J", "--lang", "en"],
    ];
    for args in runs {
        let o = run(args);
        for (what, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
            assert!(!bytes.contains(&0x1b) && !bytes.contains(&0x07), "{what} of {args:?}");
            let text = String::from_utf8(bytes.clone()).unwrap();
            assert!(!text.contains(['\u{9b}', '\u{202e}']), "{what} of {args:?}: {text}");
        }
    }
    let text = stdout(&run(&["rank", &file, "--lang", "en"]));
    assert!(text.contains(shown), "{text}");
    assert!(text.contains("\\u{2068}Sp\\u{202e}eed\\u{202c}\\u{2069}"), "{text}");
    // JSON keeps the validated name.
    let v: Value =
        serde_json::from_str(&stdout(&run(&["rank", &file, "--json", "--lang", "en"]))).unwrap();
    assert!(v["rows"].as_array().unwrap().iter().any(|r| r["name"] == shown), "{v}");
    let err = stderr(&run(&["explain", &file, "--team", "\u{1b}[2J", "--lang", "en"]));
    assert!(err.starts_with("error: --team: \"\\u{1b}[2J\" is not a team"), "{err}");
}

#[test]
fn help_and_errors_follow_an_explicit_lang() {
    let o = run(&["--help", "--lang", "ko"]);
    assert!(stdout(&o).contains("사용법:"), "{}", stdout(&o));
    let o = run(&["rank", "--cut", "x", "--lang", "ko"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("오류: --cut에는 자연수가 필요합니다 (\"x\" 아님)\n\n"));
}
