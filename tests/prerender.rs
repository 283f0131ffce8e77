//! The `kai-prerender` binary as the build runs it: the static ranking a reader without
//! JavaScript (or a crawler) gets must be the default view (stage one, equal weights), with the
//! disclaimer and the sources, and page markers must be replaced in place.
//!
//! Expected orders are worked out by hand from `data/kai-2025.json` (see `tests/state.rs` for
//! the score table) and agree with `tests/golden/kai-rankings.json`.
//!
//! Needs the `prerender` feature: `cargo test --features prerender --test prerender`.
#![cfg(feature = "ssr")]

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use kai_engine::model::Dataset;
use kai_engine::text::Lang;
use kai_engine::validate::parse_json;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kai-prerender"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn dataset() -> Dataset {
    parse_json(kai_engine::KAI_2025_JSON).unwrap()
}

/// (team id, rank) of every row, in document order; `None` for a row without a rank
/// (`data-rank=""`).
fn rows(html: &str) -> Vec<(String, Option<usize>)> {
    let mut out = Vec::new();
    for chunk in html.split("data-team-id=\"").skip(1) {
        let (id, rest) = chunk.split_once('"').unwrap();
        let rank = rest.strip_prefix(" data-rank=\"").and_then(|r| r.split_once('"')).unwrap().0;
        out.push((id.to_string(), (!rank.is_empty()).then(|| rank.parse().unwrap())));
    }
    out
}

fn expect(rows: &[(&str, Option<usize>)]) -> Vec<(String, Option<usize>)> {
    rows.iter().map(|(id, r)| (id.to_string(), *r)).collect()
}

/// Stage one under equal weights: LG 7.875, SKT 7.625, Upstage 7.5, Naver Cloud and NC AI tied
/// at 6.5 (shared fourth place, dataset order).
fn stage_one_equal() -> Vec<(String, Option<usize>)> {
    expect(&[
        ("lg-ai", Some(1)),
        ("skt", Some(2)),
        ("upstage", Some(3)),
        ("naver-cloud", Some(4)),
        ("nc-ai", Some(4)),
    ])
}

#[test]
fn fragment_shows_stage_one_in_the_default_order() {
    let o = run(&[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(rows(&stdout(&o)), stage_one_equal());
}

#[test]
fn markers_choose_the_round_and_the_requirements() {
    // The 2025 selection: ten presenters; Kakao lacks industry, Motif, Konan and KAIST have
    // (almost) no scores: no rank, listed last.
    let sel = stdout(&run(&["round=selection-2025"]));
    assert_eq!(
        rows(&sel),
        expect(&[
            ("lg-ai", Some(1)),
            ("skt", Some(2)),
            ("upstage", Some(3)),
            ("naver-cloud", Some(4)),
            ("nc-ai", Some(4)),
            ("kt", Some(6)),
            ("kakao", None),
            ("motif", None),
            ("konan", None),
            ("kaist", None),
        ])
    );
    // The stage-one preset: performance only, sovereignty at least 5; Naver Cloud (sovereignty
    // 4) is out whatever its score.
    let preset = stdout(&run(&["preset=stage-one"]));
    assert_eq!(
        rows(&preset),
        expect(&[
            ("lg-ai", Some(1)),
            ("skt", Some(2)),
            ("upstage", Some(3)),
            ("nc-ai", Some(4)),
            ("naver-cloud", None),
        ])
    );
    let gated = stdout(&run(&["gates=sovereignty=5"]));
    assert_eq!(rows(&gated)[3..], expect(&[("nc-ai", Some(4)), ("naver-cloud", None)])[..]);
}

#[test]
fn readers_without_scripts_get_disclaimer_sources_and_the_note() {
    let d = dataset();
    for (args, lang) in [(&[][..], Lang::Ko), (&["lang=en"][..], Lang::En)] {
        let html = stdout(&run(args));
        assert!(html.contains(&format!("lang=\"{}\"", lang.code())));
        // The renderer escapes text; the disclaimer has no characters it would change. Its
        // dates sit in their own nowrap spans, so each run is looked for in turn.
        for (run, is_date) in kai_engine::format::split_dates(d.disclaimer.get(lang)) {
            let want = if is_date {
                format!("<span class=\"kai-date\">{run}</span>")
            } else {
                run.to_string()
            };
            assert!(html.contains(&want), "disclaimer in {lang:?}: {want}");
        }
        for s in &d.sources {
            assert!(html.contains(s.outlet.get(lang)), "source {} in {lang:?}", s.file);
        }
        let note = match lang {
            Lang::Ko => "이 도표는 자바스크립트가 켜져 있을 때 가중치를 바꿀 수 있습니다.",
            Lang::En => "Turn on JavaScript to change the weights.",
        };
        assert!(html.contains(&format!(
            "<noscript><p class=\"kai-note kai-static-note\">{note}</p></noscript>"
        )));
        assert_eq!(rows(&html), stage_one_equal(), "same order in {lang:?}");
    }
}

#[test]
fn fragment_is_the_live_markup_without_scripts_or_hydration_comments() {
    let html = stdout(&run(&[]));
    assert!(!html.contains("<script"), "a static copy runs nothing");
    assert!(!html.contains("<!--"), "no hydration markers: the live widget replaces this copy");
    assert!(html.trim_end().ends_with("</section>"));
    assert!(html.contains("id=\"kai0-title\""), "ids of the first widget on a page");
}

#[test]
fn inject_replaces_markers_in_place_and_leaves_other_pages_alone() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("prerender-inject");
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("page.html");
    let plain = dir.join("plain.html");
    std::fs::write(&page, "<main id=\"app\"><!--kai-prerender--></main>\n<kai-ranking><!--kai-prerender lang=en--></kai-ranking>\n").unwrap();
    std::fs::write(&plain, "<p>no widget</p>\n").unwrap();
    let o = run(&["--inject", page.to_str().unwrap(), plain.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = std::fs::read_to_string(&page).unwrap();
    assert!(out.starts_with("<main id=\"app\"><section lang=\"ko\""));
    assert!(out.contains("</section></main>\n<kai-ranking><section lang=\"en\""));
    assert!(out.contains("id=\"kai1-title\""), "second widget on the page gets the second ids");
    assert_eq!(rows(&out).len(), 10, "stage one's five teams, twice");
    assert_eq!(std::fs::read_to_string(&plain).unwrap(), "<p>no widget</p>\n");
}

#[test]
fn broken_marker_fails_the_build_and_names_the_file() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("prerender-broken");
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("broken.html");
    std::fs::write(&page, "<main><!--kai-prerender colour=red--></main>").unwrap();
    let o = run(&["--inject", page.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!(
            "kai-prerender: {}: marker at byte 6: unknown option `colour=red` (expected lang, weights, preset, theme, cut, round, gates, reference, team, base, controls, explore, header, sources, share, langswitch, themeswitch, rows or instance, as key=value)\n",
            page.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&page).unwrap(),
        "<main><!--kai-prerender colour=red--></main>"
    );
}

#[test]
fn unknown_argument_prints_usage_with_status_2() {
    let o = run(&["--colour"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with(
            "kai-prerender: unknown argument `--colour`\n\nkai-prerender: the K-AI ranking widget"
        ),
        "{err}"
    );
}
