//! The `kai-rank` binary as a user runs it: exit codes, exact problem lines, table order equal
//! to the library's ranking, parseable `--json`, and usage on bad arguments.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use kai_engine::rank::{Weights, rank};
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
    assert_eq!(stdout(&o), "ok: 10 teams, 4 criteria\n");
    let o = run(&["validate"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "ok: 팀 10개, 기준 4개\n");
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
         cut_lines[0].actual: 2 teams listed for a cut of 1\n\
         cut_lines[0].actual[1]: \"omega\" is not a team id\n"
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
fn rank_prints_teams_in_library_order() {
    let d = parse_json(kai_engine::KAI_2025_JSON).unwrap();
    for w in ["40,30,20,10", "performance=10,global=90", "1,1,1,1", "0,100,0,0"] {
        let lib = rank(&d, &Weights::parse(&d, w).unwrap());
        let expected: Vec<String> =
            lib.rows.iter().map(|r| d.teams[r.team].name.en.clone()).collect();
        let o = run(&["rank", "--weights", w, "--lang", "en"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let names: Vec<String> = d.teams.iter().map(|t| t.name.en.clone()).collect();
        assert_eq!(table_names(&stdout(&o), &names), expected, "weights {w}");
    }
}

#[test]
fn rank_table_draws_the_cut_and_the_real_outcome() {
    let o = run(&["rank", "--weights", "40,30,20,10", "--lang", "en"]);
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "weights: performance=40,sovereignty=30,industry=20,global=10");
    // Header, rule, five rows, then the cut line.
    let header = lines.iter().position(|l| l.starts_with("rank")).unwrap();
    assert!(lines[header + 7].starts_with("┄┄ top 5: "), "{out}");
    assert_eq!(
        lines[header + 2..header + 7].iter().filter(|l| l.contains("  selected")).count(),
        5
    );
    assert!(lines[header + 8].contains("not selected"));
    assert!(out.contains("(ranked last)"), "incomplete teams are flagged");
    assert!(out.ends_with("would get in: none; would drop out: none\n"), "{out}");
}

#[test]
fn rank_names_who_would_get_in_and_drop_out() {
    let d = parse_json(kai_engine::KAI_2025_JSON).unwrap();
    // Industry only: compare with the library's own cut comparison.
    let w = "industry=1";
    let lib = rank(&d, &Weights::parse(&d, w).unwrap());
    let cmp = kai_engine::rank::compare_cut(&d, &lib, d.main_cut().unwrap());
    let names = |ts: &[usize]| {
        if ts.is_empty() {
            "none".to_string()
        } else {
            ts.iter().map(|&t| d.teams[t].name.en.clone()).collect::<Vec<_>>().join(", ")
        }
    };
    let expected = format!(
        "would get in: {}; would drop out: {}\n",
        names(cmp.would_get_in.as_deref().unwrap()),
        names(cmp.would_drop_out.as_deref().unwrap())
    );
    let o = run(&["rank", "--weights", w, "--lang", "en"]);
    assert!(stdout(&o).ends_with(&expected), "{}", stdout(&o));
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
    assert_eq!(score_ends.len(), 10);
    assert!(score_ends.windows(2).all(|w| w[0] == w[1]), "{out}");
    assert!(out.contains("새로 들어올 팀: "));
}

#[test]
fn rank_json_parses_and_matches_the_library() {
    let d = parse_json(kai_engine::KAI_2025_JSON).unwrap();
    let o = run(&["rank", "--preset", "ministry", "--json", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let preset = d.presets.iter().find(|p| p.id == "ministry").unwrap();
    let lib = rank(&d, &Weights::from_preset(&d, preset).unwrap());
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 10);
    for (row, r) in rows.iter().zip(&lib.rows) {
        assert_eq!(row["team"], d.teams[r.team].id.as_str());
        assert_eq!(row["rank"], r.rank);
        assert!((row["score"].as_f64().unwrap() - r.score).abs() < 1e-12);
    }
    assert_eq!(v["cut"]["size"], 5);
    assert_eq!(rows.iter().filter(|r| r["above_cut"] == true).count(), 5);
    assert!(v["would_get_in"].is_array());
    assert_eq!(v["weights"]["performance"], 40.0);
}

#[test]
fn rank_with_a_cut_of_another_size() {
    let o = run(&["rank", "--cut", "2", "--json"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["cut"]["size"], 2);
    assert_eq!(v["cut"]["id"], "final");
    // The final cut has not happened: no real outcome to compare with.
    assert_eq!(v["would_get_in"], Value::Null);
    let o = run(&["rank", "--cut", "3", "--lang", "en"]);
    assert!(stdout(&o).contains("┄┄ top 3 "));
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
    let o = run(&["explain", "--team", "kt", "--json", "--samples", "500"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["what_it_takes"].as_array().unwrap().len(), 1);
    assert_eq!(v["what_it_takes"][0]["team"], "kt");
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
        "--cut: 0 is not between 1 and the number of teams (10)",
    );
    assert_usage_error(
        &["rank", "--cut", "11"],
        "--cut: 11 is not between 1 and the number of teams (10)",
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
    let m = ScoreMatrix::new(&d);
    let o =
        run(&["explain", "--weights", "40,30,20,10", "--json", "--samples", "400", "--seed", "9"]);
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let cut = d.main_cut().unwrap().size;
    assert_eq!(v["cut"], cut);
    for (iv, j) in stability_intervals(&m, &w, cut).iter().zip(v["stability"].as_array().unwrap()) {
        assert_eq!(j["leader"], d.teams[iv.leader].id.as_str());
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
        assert_eq!(j["team"], d.teams[t].id.as_str());
        assert_eq!(j["first"]["status"], status(&lib.first));
        assert_eq!(j["cut"]["status"], status(&lib.cut));
    }
    let a = acceptability(&m, 400, 9);
    let first_of_lg = v["acceptability"]["rank_share"]["lg-ai"][0].as_f64().unwrap();
    assert_eq!(first_of_lg, a.rank_share[d.team_index("lg-ai").unwrap()][0]);
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
    assert!(stdout(&o).contains("  Speed (now 13 %): "), "{}", stdout(&o));
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
            assert_eq!(stdout(&o).lines().nth(1), Some(text), "{command} {lang}");
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
    let shown = "Alpha\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J";
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
    assert!(text.contains("Sp\\u{202e}eed\\u{9b}"), "{text}");
    // JSON keeps the exact name, escaped the JSON way.
    let v: Value =
        serde_json::from_str(&stdout(&run(&["rank", &file, "--json", "--lang", "en"]))).unwrap();
    assert!(v["rows"].as_array().unwrap().iter().any(|r| r["name"] == HOSTILE));
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
