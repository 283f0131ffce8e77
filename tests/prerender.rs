//! The `kai-prerender` binary as the build runs it: the static ranking a reader without
//! JavaScript (or a crawler) gets must be the engine's default ranking, with the disclaimer and
//! the sources, and page markers must be replaced in place.
//!
//! Needs the `prerender` feature: `cargo test --features prerender --test prerender`.
#![cfg(feature = "ssr")]

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use kai_engine::model::Dataset;
use kai_engine::rank::{Weights, rank};
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

/// (team id, rank) of every row, in document order.
fn rows(html: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for chunk in html.split("data-team-id=\"").skip(1) {
        let (id, rest) = chunk.split_once('"').unwrap();
        let rank = rest.strip_prefix(" data-rank=\"").and_then(|r| r.split_once('"')).unwrap().0;
        out.push((id.to_string(), rank.parse().unwrap()));
    }
    out
}

/// The engine's default ranking (equal weights) as (team id, rank).
fn engine_rows(d: &Dataset) -> Vec<(String, usize)> {
    rank(d, &Weights::equal(d.criteria.len()))
        .rows
        .iter()
        .map(|r| (d.teams[r.team].id.clone(), r.rank))
        .collect()
}

#[test]
fn fragment_shows_ten_rows_in_the_engines_default_order() {
    let o = run(&[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = stdout(&o);
    let d = dataset();
    let shown = rows(&html);
    assert_eq!(shown.len(), 10);
    assert_eq!(shown, engine_rows(&d));
}

#[test]
fn readers_without_scripts_get_disclaimer_sources_and_the_note() {
    let d = dataset();
    for (args, lang) in [(&[][..], Lang::Ko), (&["lang=en"][..], Lang::En)] {
        let html = stdout(&run(args));
        assert!(html.contains(&format!("lang=\"{}\"", lang.code())));
        // The renderer escapes text; the disclaimer has no characters it would change.
        assert!(html.contains(d.disclaimer.get(lang)), "disclaimer in {lang:?}");
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
        assert_eq!(rows(&html), engine_rows(&d), "same order in {lang:?}");
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
    assert_eq!(rows(&out).len(), 20);
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
            "kai-prerender: {}: marker at byte 6: unknown option `colour=red` (expected lang, weights, preset, theme, cut, reference, team, base or instance, as key=value)\n",
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
