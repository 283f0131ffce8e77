//! Content checks for the shipped dataset `data/kai-2025.json`.
//!
//! Why: the widget shows every team, label, rationale and citation of this file to readers in
//! Korean and English. A typo'd field name, a blank English side, an uncited score or a quote
//! pointing at a report not listed in `sources` would all reach readers silently, because the
//! model deserialises leniently. These tests pin what a reader relies on. (Verbatim quote
//! checking against the seed reports is done by `check_data.py`, which has the reports.)

use std::collections::BTreeSet;

use kai_engine::model::{Citation, Claim, Dataset, Score, Team};
use kai_engine::text::Text;

const TEAM_IDS: [&str; 11] = [
    "naver-cloud",
    "upstage",
    "skt",
    "nc-ai",
    "lg-ai",
    "kt",
    "kakao",
    "motif",
    "konan",
    "kaist",
    "trillion-labs",
];
const CRITERION_IDS: [&str; 4] = ["performance", "sovereignty", "industry", "global"];
const PRESET_IDS: [&str; 6] =
    ["equal", "ministry", "sovereignty-first", "industry-first", "global-first", "stage-one"];
const SELECTED: [&str; 5] = ["naver-cloud", "upstage", "skt", "nc-ai", "lg-ai"];

fn dataset() -> Dataset {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/kai-2025.json");
    let raw = std::fs::read_to_string(path).expect("data/kai-2025.json is readable");
    serde_json::from_str(&raw).expect("data/kai-2025.json matches the model")
}

/// Every text and citation in the dataset, each with a JSON-ish path for error messages.
#[derive(Default)]
struct Collected {
    texts: Vec<(String, Text)>,
    cites: Vec<(String, Citation)>,
    unknown: Vec<(String, Vec<String>)>,
}

impl Collected {
    fn text(&mut self, path: String, t: &Text) {
        self.texts.push((path, t.clone()));
    }

    fn unknown(&mut self, path: &str, keys: &[String]) {
        if !keys.is_empty() {
            self.unknown.push((path.to_string(), keys.to_vec()));
        }
    }

    fn cites(&mut self, path: &str, cites: &[Citation]) {
        for (i, c) in cites.iter().enumerate() {
            let p = format!("{path}.cites[{i}]");
            self.unknown(&p, &c.unknown.0);
            self.cites.push((p, c.clone()));
        }
    }

    fn claim(&mut self, path: String, c: &Claim) {
        self.unknown(&path, &c.unknown.0);
        self.text(format!("{path}.text"), &c.text);
        self.cites(&path, &c.cites);
    }

    fn score(&mut self, path: String, s: &Score) {
        self.unknown(&path, &s.unknown.0);
        self.text(format!("{path}.rationale"), &s.rationale);
        self.cites(&path, &s.cites);
    }
}

fn team_claims(t: &Team) -> Vec<(&'static str, Option<&Claim>)> {
    vec![
        ("lead", t.lead.as_ref()),
        ("partners", t.partners.as_ref()),
        ("models", t.models.as_ref()),
        ("scale", t.scale.as_ref()),
        ("compute", t.compute.as_ref()),
        ("strategy", t.strategy.as_ref()),
        ("outcome", t.outcome.as_ref()),
    ]
}

fn collect(d: &Dataset) -> Collected {
    let mut c = Collected::default();
    c.unknown("$", &d.unknown.0);
    c.text("$.title".into(), &d.title);
    c.text("$.question".into(), &d.question);
    c.text("$.disclaimer".into(), &d.disclaimer);
    for (i, cl) in d.context.iter().enumerate() {
        c.claim(format!("$.context[{i}]"), cl);
    }
    for (i, cr) in d.criteria.iter().enumerate() {
        let p = format!("$.criteria[{i}]");
        c.unknown(&p, &cr.unknown.0);
        c.text(format!("{p}.label"), &cr.label);
        c.text(format!("{p}.definition"), &cr.definition);
    }
    for t in &d.teams {
        let p = format!("$.teams[{}]", t.id);
        c.unknown(&p, &t.unknown.0);
        c.text(format!("{p}.name"), &t.name);
        for (field, cl) in team_claims(t) {
            if let Some(cl) = cl {
                c.claim(format!("{p}.{field}"), cl);
            }
        }
        for (i, f) in t.facts.iter().enumerate() {
            c.claim(format!("{p}.facts[{i}]"), f);
        }
        for (crit, s) in &t.scores {
            c.score(format!("{p}.scores.{crit}"), s);
        }
    }
    for pr in &d.presets {
        let p = format!("$.presets[{}]", pr.id);
        c.unknown(&p, &pr.unknown.0);
        c.text(format!("{p}.label"), &pr.label);
        c.text(format!("{p}.description"), &pr.description);
    }
    for s in &d.sources {
        let p = format!("$.sources[{}]", s.file);
        c.unknown(&p, &s.unknown.0);
        c.text(format!("{p}.outlet"), &s.outlet);
        c.text(format!("{p}.author"), &s.author);
    }
    for r in &d.rounds {
        let p = format!("$.rounds[{}]", r.id);
        c.unknown(&p, &r.unknown.0);
        c.text(format!("{p}.label"), &r.label);
        if let Some(note) = &r.pending_note {
            c.text(format!("{p}.pending_note"), note);
        }
        c.cites(&p, &r.cites);
        for e in &r.exits {
            let pe = format!("{p}.exits[{}]", e.team);
            c.text(format!("{pe}.reason"), &e.reason);
            c.cites(&pe, &e.cites);
        }
    }
    c
}

#[test]
fn lists_the_eleven_consortia_in_display_order() {
    let d = dataset();
    let ids: Vec<&str> = d.teams.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, TEAM_IDS);
}

#[test]
fn has_the_four_criteria_in_slider_order() {
    let d = dataset();
    let ids: Vec<&str> = d.criteria.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, CRITERION_IDS);
    let labels: Vec<(&str, &str)> =
        d.criteria.iter().map(|c| (c.label.ko.as_str(), c.label.en.as_str())).collect();
    assert_eq!(
        labels,
        [
            ("성능", "Performance"),
            ("자주성", "Sovereignty"),
            ("산업 파급력", "Industry impact"),
            ("글로벌 확장성", "Global reach"),
        ]
    );
}

#[test]
fn has_no_unknown_fields_anywhere() {
    let d = dataset();
    let c = collect(&d);
    assert!(c.unknown.is_empty(), "unknown fields (typos?): {:?}", c.unknown);
}

#[test]
fn every_text_reads_in_both_languages() {
    let d = dataset();
    let c = collect(&d);
    assert!(c.texts.len() > 100, "expected the whole dataset to be walked, got {}", c.texts.len());
    let blank: Vec<&str> = c
        .texts
        .iter()
        .filter(|(_, t)| t.ko.trim().is_empty() || t.en.trim().is_empty())
        .map(|(p, _)| p.as_str())
        .collect();
    assert!(blank.is_empty(), "texts missing a language: {blank:?}");
}

#[test]
fn every_citation_has_a_quote_a_gloss_and_a_listed_source() {
    let d = dataset();
    let files: BTreeSet<&str> = d.sources.iter().map(|s| s.file.as_str()).collect();
    let reports = files.iter().filter(|f| f.ends_with(".txt")).count();
    assert_eq!(reports, 5, "one source entry per seed report");
    // LATER.md, and every outlet it names, with the address of the report.
    assert!(files.contains("LATER.md"));
    for s in d.sources.iter().filter(|s| !s.file.ends_with(".txt") && s.file != "LATER.md") {
        assert!(
            s.url.as_deref().is_some_and(|u| u.starts_with("https://")),
            "{}: no address",
            s.file
        );
    }
    let c = collect(&d);
    for (path, cite) in &c.cites {
        assert!(files.contains(cite.source.as_str()), "{path}: unknown source {:?}", cite.source);
        assert!(!cite.quote.trim().is_empty(), "{path}: empty quote");
        assert!(!cite.gloss.trim().is_empty(), "{path}: empty gloss");
        if cite.source == "LATER.md" {
            // LATER.md is written in English; a cite names the fact whose line it copies.
            assert!(
                cite.fact.as_deref().is_some_and(|f| f.starts_with('L')),
                "{path}: a LATER.md cite needs its fact id"
            );
            continue;
        }
        assert!(
            cite.quote.chars().any(|ch| ('가'..='힣').contains(&ch)),
            "{path}: quote is not Korean: {:?}",
            cite.quote
        );
        assert!(
            cite.quote.chars().count() <= 90,
            "{path}: quote too long for a tooltip ({} chars)",
            cite.quote.chars().count()
        );
    }
    // Every listed source is actually used, so the source list is not padding: a report file
    // by its cites, an outlet behind LATER.md by a cited fact it stands behind.
    let used: BTreeSet<&str> = c.cites.iter().map(|(_, ct)| ct.source.as_str()).collect();
    let facts: BTreeSet<&str> = c.cites.iter().filter_map(|(_, ct)| ct.fact.as_deref()).collect();
    for s in &d.sources {
        let by_fact = s.facts.iter().any(|f| facts.contains(f.as_str()));
        assert!(used.contains(s.file.as_str()) || by_fact, "{}: listed but never cited", s.file);
    }
}

#[test]
fn every_claim_is_cited() {
    let d = dataset();
    let mut uncited = Vec::new();
    for (i, cl) in d.context.iter().enumerate() {
        if cl.cites.is_empty() {
            uncited.push(format!("$.context[{i}]"));
        }
    }
    for t in &d.teams {
        for (field, cl) in team_claims(t) {
            if cl.is_some_and(|cl| cl.cites.is_empty()) {
                uncited.push(format!("{}.{field}", t.id));
            }
        }
        for (i, f) in t.facts.iter().enumerate() {
            if f.cites.is_empty() {
                uncited.push(format!("{}.facts[{i}]", t.id));
            }
        }
        assert!(
            (1..=6).contains(&t.facts.len()),
            "{}: {} key facts, expected 1–6",
            t.id,
            t.facts.len()
        );
        assert!(t.outcome.is_some(), "{}: every team's outcome is reported", t.id);
    }
    assert!(uncited.is_empty(), "claims without citations: {uncited:?}");
}

#[test]
fn every_team_is_scored_on_every_criterion() {
    let d = dataset();
    for t in &d.teams {
        let keys: Vec<&str> = t.scores.keys().map(String::as_str).collect();
        let mut want = CRITERION_IDS.to_vec();
        want.sort_unstable();
        assert_eq!(keys, want, "{}: score keys", t.id);
    }
}

#[test]
fn scores_are_justified_and_nulls_are_explained() {
    let d = dataset();
    for t in &d.teams {
        for (crit, s) in &t.scores {
            let at = format!("{}.{crit}", t.id);
            assert!(
                !s.rationale.ko.trim().is_empty() && !s.rationale.en.trim().is_empty(),
                "{at}: rationale must exist in both languages (value {:?})",
                s.value
            );
            if let Some(v) = s.value {
                assert!((0.0..=10.0).contains(&v), "{at}: {v} outside 0–10");
                assert!(((v * 10.0).round() - v * 10.0).abs() < 1e-9, "{at}: {v} has >1 decimal");
                assert!(!s.cites.is_empty(), "{at}: a score needs at least one citation");
            }
        }
    }
}

#[test]
fn teams_the_reports_barely_mention_are_not_scored() {
    let d = dataset();
    for id in ["konan", "kaist", "trillion-labs"] {
        let t = d.teams.iter().find(|t| t.id == id).expect("team present");
        assert!(t.scores.values().all(|s| s.value.is_none()), "{id} must have only null scores");
        assert!(
            t.models.is_none() && t.partners.is_none() && t.strategy.is_none(),
            "{id}: nothing invented"
        );
    }
}

#[test]
fn scores_use_the_range_so_weights_matter() {
    let d = dataset();
    for crit in CRITERION_IDS {
        let values: Vec<f64> =
            d.teams.iter().filter_map(|t| t.scores.get(crit).and_then(|s| s.value)).collect();
        let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        assert!(hi - lo >= 2.0, "{crit}: scores span only {lo}–{hi}");
    }
}

#[test]
fn offers_the_five_presets_with_weights_on_known_criteria() {
    let d = dataset();
    let ids: Vec<&str> = d.presets.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, PRESET_IDS);
    for p in &d.presets {
        assert!(
            p.weights.keys().all(|k| CRITERION_IDS.contains(&k.as_str())),
            "{}: weight keys",
            p.id
        );
        assert!(p.weights.values().all(|w| w.is_finite() && *w >= 0.0), "{}: weights ≥ 0", p.id);
        assert!(p.weights.values().sum::<f64>() > 0.0, "{}: not all zero", p.id);
    }
    let equal = &d.presets[0];
    assert!(CRITERION_IDS.iter().all(|c| equal.weights.get(*c) == Some(&5.0)));
}

/// Weighted mean of a team over the criteria, `None` if a weighted criterion is unscored
/// (such a team cannot win). Kept local so this test depends only on the data, not the engine.
fn weighted(t: &Team, w: &std::collections::BTreeMap<String, f64>) -> Option<f64> {
    let mut sum = 0.0;
    let mut total = 0.0;
    for (crit, weight) in w {
        if *weight > 0.0 {
            sum += weight * t.scores.get(crit)?.value?;
            total += weight;
        }
    }
    (total > 0.0).then(|| sum / total)
}

#[test]
fn presets_disagree_about_who_leads() {
    let d = dataset();
    let mut top_twos = BTreeSet::new();
    let mut leaders = BTreeSet::new();
    for p in &d.presets {
        let mut rows: Vec<(f64, &str)> = d
            .teams
            .iter()
            .filter_map(|t| weighted(t, &p.weights).map(|s| (s, t.id.as_str())))
            .collect();
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        leaders.insert(rows[0].1);
        let mut two = vec![rows[0].1, rows[1].1];
        two.sort_unstable();
        top_twos.insert(two);
    }
    assert!(leaders.len() >= 2, "every preset crowns the same team: {leaders:?}");
    // Version 2.0 rescored from the stage-one facts (see data/CHANGES.md): the presets now agree
    // more, but still crown different teams and pick different final twos.
    assert!(top_twos.len() >= 2, "presets barely change the final two: {top_twos:?}");
}

#[test]
fn rounds_record_what_happened_and_nothing_more() {
    let d = dataset();
    let ids: Vec<&str> = d.rounds.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["selection-2025", "stage-1", "extra-call", "stage-2", "final"]);
    let sizes: Vec<usize> = d.rounds.iter().map(|r| r.size).collect();
    assert_eq!(sizes, [5, 4, 1, 3, 2]);
    let sel = d.round("selection-2025").unwrap();
    assert_eq!(sel.date, "2025-08-04");
    assert_eq!(sel.actual.as_deref(), Some(&SELECTED.map(String::from)[..]));
    // Stage one (2026-01-15): four were planned, three kept; Naver Cloud out at the
    // independence requirement (a gate on sovereignty), NC AI for the lowest total.
    let s1 = d.round("stage-1").unwrap();
    assert_eq!(s1.date, "2026-01-15");
    let kept: Vec<&str> = s1.actual.as_ref().unwrap().iter().map(String::as_str).collect();
    assert_eq!(kept, ["lg-ai", "skt", "upstage"]);
    let exits: Vec<(&str, Option<&str>)> =
        s1.exits.iter().map(|e| (e.team.as_str(), e.gate.as_deref())).collect();
    assert_eq!(exits, [("naver-cloud", Some("sovereignty")), ("nc-ai", None)]);
    let extra = d.round("extra-call").unwrap();
    assert_eq!(extra.actual.as_deref(), Some(&["motif".to_string()][..]));
    // Stage two and the final are pending as of 2026-02-25: no invented outcome.
    for id in ["stage-2", "final"] {
        let r = d.round(id).unwrap();
        assert!(r.actual.is_none() && r.pending_note.is_some() && r.exits.is_empty(), "{id}");
    }
    assert!(d.rounds.iter().all(|r| !r.cites.is_empty()));
    // The widget opens on stage one: the latest evaluation with a real outcome.
    assert_eq!(d.default_round().unwrap().id, "stage-1");
}

#[test]
fn the_stage_one_preset_reproduces_the_real_outcome() {
    use kai_engine::rank::{ScoreMatrix, Weights, compare_cut, rank_in};
    use kai_engine::round::{gates_from_map, scope};
    let d = dataset();
    let preset = d.presets.iter().find(|p| p.id == "stage-one").unwrap();
    let round = d.round(preset.round.as_deref().unwrap()).unwrap();
    let weights = Weights::from_preset(&d, preset).unwrap();
    let gates = gates_from_map(&d, &preset.gates);
    let r = rank_in(&ScoreMatrix::new(&d), &weights, &scope(&d, Some(round)), &gates);
    let c = compare_cut(&d, &r, round.size, round.actual.as_deref());
    let ids = |ts: &[usize]| ts.iter().map(|&t| d.teams[t].id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&c.above), ["lg-ai", "skt", "upstage"]);
    assert_eq!(ids(&c.gated_above), ["naver-cloud"]);
    assert_eq!(c.would_get_in, Some(vec![]));
    assert_eq!(c.would_drop_out, Some(vec![]));
}

#[test]
fn the_official_stage_one_figures_are_as_published() {
    let d = dataset();
    let o = d.official.as_ref().unwrap();
    assert_eq!(o.round, "stage-1");
    let points: Vec<(&str, f64)> = o.scheme.iter().map(|p| (p.id.as_str(), p.points)).collect();
    assert_eq!(points, [("benchmark", 40.0), ("expert", 35.0), ("user", 25.0)]);
    let lg =
        |part: &str| o.scores.iter().find(|s| s.team == "lg-ai" && s.part == part).map(|s| s.value);
    assert_eq!(
        (lg("benchmark"), lg("expert"), lg("user"), lg("total")),
        (Some(33.6), Some(31.6), Some(25.0), Some(90.2))
    );
    // No total was published for any other team.
    assert!(o.scores.iter().all(|s| s.part != "total" || s.team == "lg-ai"));
}

#[test]
fn header_fields_are_filled() {
    let d = dataset();
    assert_eq!(d.version, "2.0.0");
    assert_eq!(d.as_of, "2026-02-25");
    assert_eq!(d.question.ko, "가중치를 바꾸면 순위는 어떻게 달라질까?");
    assert!(
        d.disclaimer.en.contains("not official"),
        "disclaimer must say the scores are not official"
    );
    assert!(d.context.len() >= 5);
}

#[test]
fn passes_the_widgets_own_validation() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/kai-2025.json");
    let raw = std::fs::read_to_string(path).expect("data/kai-2025.json is readable");
    if let Err(problems) = kai_engine::validate::parse_json(&raw) {
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        panic!("the widget would refuse the shipped dataset:\n{}", list.join("\n"));
    }
}

/// The shipped data has "균등 / Equal", so the widget shows no separate "reset (all equal)"
/// button doing the same thing (issue #14).
#[test]
fn the_equal_preset_is_the_only_way_to_equal_weights() {
    assert!(dataset().has_equal_preset());
}
