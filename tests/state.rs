//! The widget's reducer, driven natively (no browser, no yew): the state a page's options give,
//! and every [`Action`] a control can send, each checked for what a reader would notice.
//!
//! Expected values are worked out by hand from `data/kai-2025.json` (v2.0; scores per team, in
//! the criteria order performance, sovereignty, industry, global) and agree with the independent
//! oracle `tests/golden/kai-rankings.json` (scripts/golden.py):
//!
//! | team        | perf | sov | ind | glob | equal-weight score          |
//! |-------------|------|-----|-----|------|-----------------------------|
//! | naver-cloud | 7.5  | 4   | 6.5 | 8    | 26 / 4 = 6.5                |
//! | upstage     | 7    | 7   | 7.5 | 8.5  | 30 / 4 = 7.5                |
//! | skt         | 8    | 9   | 8.5 | 5    | 30.5 / 4 = 7.625            |
//! | nc-ai       | 6    | 8   | 8   | 4    | 26 / 4 = 6.5                |
//! | lg-ai       | 9    | 7   | 8   | 7.5  | 31.5 / 4 = 7.875            |
//! | kt          | 5    | 3.5 | 7   | 4    | 19.5 / 4 = 4.875            |
//! | kakao       | 4.5  | 3   | –   | 5    | not rankable (no industry)  |
//! | motif       | –    | –   | 5   | –    | industry only               |
//! | konan, kaist, trillion-labs: no scores                                  |
//!
//! The default round is `stage-1` (participants naver-cloud, upstage, skt, nc-ai, lg-ai; four
//! places planned; lg-ai, skt and upstage kept: Naver Cloud was cut for the independence
//! requirement). `selection-2025` (the ten presenters, five kept: naver-cloud, upstage, skt,
//! nc-ai, lg-ai) is round 0; `stage-2` (lg-ai, skt, upstage, motif; 3 places) is pending.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::rc::Rc;

use kai_engine::classroom::{CriterionScale, Direction, Scaling, build, parse_table};
use kai_engine::i18n::Notice;
use kai_engine::rank::{CutComparison, Movement, Ranking, compare_cut, movements, rank_in};
use kai_engine::text::Lang;
use kai_engine::validate;
use kai_ranking::components::TEMPLATE_JSON;
use kai_ranking::state::{Action, DataRc, MountOptions, Reference, State, Tab, Theme};

fn data() -> DataRc {
    DataRc::new(validate::parse_json(kai_ranking::KAI_2025_JSON).unwrap())
}

fn opts(f: impl FnOnce(&mut MountOptions)) -> MountOptions {
    let mut o = MountOptions::default();
    f(&mut o);
    o
}

fn start() -> State {
    State::new(data(), &MountOptions::default())
}

/// Applies an action that must change something.
fn apply(s: &State, action: Action) -> State {
    s.apply(action.clone()).unwrap_or_else(|| panic!("{action:?} changed nothing"))
}

/// The ranking the widget shows: the round's participants under the sliders and requirements.
fn ranking(s: &State) -> Ranking {
    rank_in(&s.data.0.matrix, &s.engine_weights(), &s.scope(), &s.engine_gates())
}

/// Team ids in the order the ranking lists them (ranked, then out by a requirement, then
/// without the scores needed).
fn order(s: &State) -> Vec<String> {
    let d = s.data.dataset();
    ranking(s).rows.iter().map(|row| d.teams[row.team].id.clone()).collect()
}

/// (id, shared rank) of the first `n` rows; `None` for a row without a rank.
fn top(s: &State, n: usize) -> Vec<(String, Option<usize>)> {
    let d = s.data.dataset();
    ranking(s).rows.iter().take(n).map(|row| (d.teams[row.team].id.clone(), row.rank)).collect()
}

/// The line of the state's round against what really happened.
fn cut(s: &State) -> CutComparison {
    compare_cut(s.data.dataset(), &ranking(s), s.cut, s.actual())
}

/// Team ids of a list of team indices.
fn ids(s: &State, teams: &[usize]) -> Vec<String> {
    teams.iter().map(|&t| s.data.dataset().teams[t].id.clone()).collect()
}

fn round_id(s: &State) -> Option<String> {
    s.round().map(|r| r.id.clone())
}

fn active_preset_id(s: &State) -> Option<String> {
    s.active_preset().map(|i| s.data.dataset().presets[i].id.clone())
}

fn team(s: &State, id: &str) -> usize {
    s.data.dataset().team_index(id).unwrap()
}

/// Every variant named once, so a new action does not compile until it is listed here (and
/// given a test below).
#[test]
fn every_action_has_a_test() {
    fn test_of(a: &Action) -> &'static str {
        match a {
            Action::SetWeight { .. } => "set_weight_moves_one_slider_and_the_ranking_follows",
            Action::ApplyPreset(_) => "apply_preset_sets_its_weights_and_lights_its_button",
            Action::Reset => "reset_goes_back_to_equal_weights",
            Action::SetLang(_) => "set_lang_and_set_theme_switch_only_what_they_name",
            Action::SetTheme(_) => "set_lang_and_set_theme_switch_only_what_they_name",
            Action::SetReference(_) => "set_reference_changes_what_the_arrows_compare_with",
            Action::Select(_) => "select_opens_a_team_and_pressing_it_again_closes_it",
            Action::DismissNotices => "dismiss_notices_hides_them_and_nothing_else",
            Action::ApplyOptions { .. } => "apply_options_reapplies_only_what_the_page_changed",
            Action::SetTab(_) => "set_tab_and_set_draft_keep_the_pasted_text",
            Action::SetWeights(_) => "set_weights_moves_every_slider_and_refuses_a_wrong_count",
            Action::SetScore { .. } => "set_score_is_a_what_if_that_reset_scores_undoes",
            Action::ResetScores => "set_score_is_a_what_if_that_reset_scores_undoes",
            Action::LoadData(..) => "load_data_starts_over_on_the_new_criteria",
            Action::Rescale(_) => "rescale_keeps_the_weights_and_reranks_a_classroom_table",
            Action::SetDraft(_) => "set_tab_and_set_draft_keep_the_pasted_text",
            Action::SetRound(_) => "set_round_ranks_its_participants_and_draws_its_line",
            Action::SetGate { .. } => "set_gate_puts_a_team_below_the_minimum_apart",
            Action::ShowAllRows => "render_options_come_from_the_page_and_show_all_lifts_rows",
        }
    }
    assert!(!test_of(&Action::Reset).is_empty());
}

#[test]
fn defaults_are_korean_equal_weights_stage_one() {
    let s = start();
    assert_eq!(s.lang, Lang::Ko);
    assert_eq!(s.theme, Theme::Auto);
    assert_eq!(s.weights, vec![5.0; 4], "importance 5 of 10 each (README \"The weight model\")");
    assert_eq!(round_id(&s).as_deref(), Some("stage-1"), "the latest round with an outcome");
    assert_eq!(s.cut, 4, "stage one planned to keep four");
    assert_eq!(s.gates, vec![None; 4], "no requirement by default");
    assert_eq!(s.reference, Reference::Equal);
    assert_eq!(s.tab, Tab::Article);
    assert!(s.notices.is_empty());
    assert_eq!(active_preset_id(&s).as_deref(), Some("equal"));
    // Only stage one's five participants; Naver Cloud and NC AI tie at 6.5 (dataset order).
    assert_eq!(
        top(&s, 9),
        [
            ("lg-ai".into(), Some(1)),
            ("skt".into(), Some(2)),
            ("upstage".into(), Some(3)),
            ("naver-cloud".into(), Some(4)),
            ("nc-ai".into(), Some(4)),
        ]
    );
}

#[test]
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
            o.team = Some("skt".into());
        }),
    );
    assert_eq!(
        (s.lang, s.theme, s.cut, s.reference),
        (Lang::En, Theme::Dark, 4, Reference::Actual)
    );
    // A share-style link from before the importance model: 40,30,20,10 is 4:3:2:1, which
    // fits the 0–10 scale as 8,6,4,2 (shares 40/30/20/10 % exactly).
    assert_eq!(s.weights, vec![8.0, 6.0, 4.0, 2.0]);
    assert_eq!(s.selected, Some(2), "skt's details open");
    let i = State::new(data(), &opts(|o| o.weights = Some("8,6,4,2".into())));
    assert_eq!(i.weights, s.weights, "importances load as they are");
    // Shares 45/32/23/0 % have no whole-step form: the largest goes to 10, the rest exact.
    let odd = State::new(data(), &opts(|o| o.weights = Some("45,32,23,0".into())));
    assert_eq!(odd.weights[0], 10.0);
    assert!((odd.weights[1] - 320.0 / 45.0).abs() < 1e-12, "{:?}", odd.weights);
    let p = State::new(data(), &opts(|o| o.preset = Some("ministry".into())));
    assert_eq!(p.weights, vec![8.0, 3.0, 6.0, 3.0], "40/15/30/15 % as importances");
    assert_eq!(active_preset_id(&p).as_deref(), Some("ministry"));
}

#[test]
fn bad_options_fall_back_and_are_each_named() {
    let s = State::new(
        data(),
        &opts(|o| {
            o.lang = Some("fr".into());
            o.preset = Some("nope".into());
            o.theme = Some("pink".into());
            o.cut = Some("0".into());
            o.reference = Some("yesterday".into());
            o.team = Some("nobody".into());
        }),
    );
    assert_eq!((s.lang, s.theme, s.cut, s.selected), (Lang::Ko, Theme::Auto, 4, None));
    assert_eq!(
        s.notices,
        vec![
            Notice::BadLang("fr".into()),
            Notice::BadTheme("pink".into()),
            Notice::BadPreset("nope".into()),
            Notice::BadCut { value: "0".into(), shown: 4 },
            Notice::BadReference("yesterday".into()),
        ]
    );
    let w = State::new(data(), &opts(|o| o.weights = Some("1,-2,3,4".into())));
    assert_eq!(w.weights, vec![5.0; 4]);
    assert_eq!(w.notices.len(), 1);
    assert_eq!(w.notices[0].message(Lang::En), BAD_WEIGHTS_EN);
}

/// What a reader reads for `weights=1,-2,3,4`.
const BAD_WEIGHTS_EN: &str = "Cannot use the weights ‘1,-2,3,4’ (the weight of sovereignty is -2; weights must be ≥ 0); starting with equal weights.";

#[test]
fn set_weight_moves_one_slider_and_the_ranking_follows() {
    let s = start();
    // Global to 10, the rest 5: shares 20/20/20/40 %. LG 0.2·24 + 0.4·7.5 = 7.8,
    // Upstage 0.2·21.5 + 0.4·8.5 = 7.7, SKT 0.2·25.5 + 0.4·5 = 7.1, Naver 0.2·18 + 0.4·8 = 6.8,
    // NC AI 0.2·22 + 0.4·4 = 6.0.
    let g = apply(&s, Action::SetWeight { criterion: 3, value: 10.0 });
    assert_eq!(g.weights, vec![5.0, 5.0, 5.0, 10.0]);
    assert_eq!(
        top(&g, 5),
        [
            ("lg-ai".into(), Some(1)),
            ("upstage".into(), Some(2)),
            ("skt".into(), Some(3)),
            ("naver-cloud".into(), Some(4)),
            ("nc-ai".into(), Some(5)),
        ]
    );
    // A moved slider lands on a whole step (an off-step value from an old link snaps).
    assert_eq!(apply(&s, Action::SetWeight { criterion: 1, value: 7.4 }).weights[1], 7.0);
    assert_eq!(active_preset_id(&g), None, "no preset button lit");
    // Clamped to the slider's range; the same slider at the same value changes nothing.
    let clamped = apply(&s, Action::SetWeight { criterion: 3, value: 25.0 });
    assert_eq!(clamped.weights, g.weights);
    assert_eq!(apply(&s, Action::SetWeight { criterion: 0, value: -5.0 }).weights[0], 0.0);
    // Nonsense is refused (no re-render).
    assert!(s.apply(Action::SetWeight { criterion: 0, value: f64::NAN }).is_none());
    assert!(s.apply(Action::SetWeight { criterion: 4, value: 10.0 }).is_none());
}

#[test]
fn apply_preset_sets_its_weights_and_lights_its_button() {
    let s = apply(&start(), Action::ApplyPreset("global-first".into()));
    assert_eq!(s.weights, vec![4.0, 3.0, 3.0, 10.0], "20/15/15/50 % as importances");
    assert_eq!(active_preset_id(&s).as_deref(), Some("global-first"));
    // Upstage 1.4 + 1.05 + 1.125 + 4.25 = 7.825, LG 1.8 + 1.05 + 1.2 + 3.75 = 7.8,
    // Naver 1.5 + 0.6 + 0.975 + 4 = 7.075, SKT 1.6 + 1.35 + 1.275 + 2.5 = 6.725,
    // NC AI 1.2 + 1.2 + 1.2 + 2 = 5.6.
    assert_eq!(order(&s), ["upstage", "lg-ai", "naver-cloud", "skt", "nc-ai"]);
    assert_eq!(s.gates, vec![None; 4], "a preset without requirements has none");
    assert!(start().apply(Action::ApplyPreset("nope".into())).is_none());
}

#[test]
fn reset_goes_back_to_equal_weights() {
    let moved = apply(&start(), Action::SetWeights(vec![0.0, 0.0, 10.0, 0.0]));
    let s = apply(&moved, Action::Reset);
    assert_eq!(s.weights, vec![5.0; 4]);
    assert_eq!(active_preset_id(&s).as_deref(), Some("equal"));
    assert_eq!(order(&s)[0], "lg-ai");
}

#[test]
fn set_lang_and_set_theme_switch_only_what_they_name() {
    let s = start();
    let en = apply(&s, Action::SetLang(Lang::En));
    assert_eq!(en.lang.code(), "en");
    assert_eq!(State { lang: Lang::Ko, ..en.clone() }, s, "nothing else changed");
    let dark = apply(&en, Action::SetTheme(Theme::Dark));
    assert_eq!(dark.theme.as_str(), "dark", "the root's data-theme");
    assert_eq!(State { theme: Theme::Auto, ..dark }, en);
}

#[test]
fn set_reference_changes_what_the_arrows_compare_with() {
    // Industry only, stage one: SKT 8.5, NC AI 8, LG 8, Upstage 7.5, Naver 6.5. The four places
    // go to SKT, NC AI, LG and Upstage; in reality LG, SKT and Upstage were kept, so NC AI
    // "gets in" and nobody drops out.
    let s = apply(&start(), Action::SetWeights(vec![0.0, 0.0, 10.0, 0.0]));
    let actual = apply(&s, Action::SetReference(Reference::Actual));
    assert_eq!(actual.reference.param(actual.data.dataset()), "actual");
    let now = ranking(&actual);
    let moved = movements(&now, None, &cut(&actual));
    assert_eq!(moved[team(&actual, "nc-ai")], Movement::Enters);
    assert_eq!(moved[team(&actual, "naver-cloud")], Movement::Same, "below the line both ways");
    assert_eq!(moved[team(&actual, "skt")], Movement::Same);
    // A preset as the reference: the picker reads back its id.
    let preset = apply(&actual, Action::SetReference(Reference::Preset(4)));
    assert_eq!(preset.reference.param(preset.data.dataset()), "global-first");
    assert_eq!(preset.weights, s.weights, "the sliders do not move");
}

#[test]
fn select_opens_a_team_and_pressing_it_again_closes_it() {
    let s = apply(&start(), Action::Select(Some(2)));
    assert_eq!(s.selected, Some(2));
    let other = apply(&s, Action::Select(Some(4)));
    assert_eq!(other.selected, Some(4), "another row moves the details");
    assert_eq!(apply(&other, Action::Select(Some(4))).selected, None, "the open row closes");
    assert!(apply(&s, Action::Select(None)).selected.is_none());
}

#[test]
fn dismiss_notices_hides_them_and_nothing_else() {
    let s = State::new(data(), &opts(|o| o.theme = Some("pink".into())));
    assert_eq!(s.notices, vec![Notice::BadTheme("pink".into())]);
    let d = apply(&s, Action::DismissNotices);
    assert!(d.notices.is_empty());
    assert_eq!(State { notices: s.notices.clone(), ..d }, s);
}

#[test]
fn apply_options_reapplies_only_what_the_page_changed() {
    let prev = MountOptions::default();
    // The reader moved a slider; then the page sets `lang=en`.
    let s = apply(&start(), Action::SetWeight { criterion: 0, value: 6.0 });
    let next = opts(|o| o.lang = Some("en".into()));
    let t = apply(
        &s,
        Action::ApplyOptions { prev: Box::new(prev.clone()), next: Box::new(next.clone()) },
    );
    assert_eq!(t.lang, Lang::En);
    assert_eq!(t.weights, vec![6.0, 5.0, 5.0, 5.0], "the reader's slider stays");
    // Then the page sets a preset and a bad cut: the weights follow, the cut is named.
    let later = opts(|o| {
        o.lang = Some("en".into());
        o.preset = Some("ministry".into());
        o.cut = Some("99".into());
    });
    let u = apply(&t, Action::ApplyOptions { prev: Box::new(next), next: Box::new(later) });
    assert_eq!(u.weights, vec![8.0, 3.0, 6.0, 3.0]);
    assert_eq!((u.lang, u.cut), (Lang::En, 4), "stage one's four places");
    assert_eq!(u.notices, vec![Notice::BadCut { value: "99".into(), shown: 4 }]);
}

#[test]
fn set_tab_and_set_draft_keep_the_pasted_text() {
    let s = apply(&start(), Action::SetTab(Tab::Explore));
    assert_eq!(s.tab, Tab::Explore);
    let typed = apply(&s, Action::SetDraft(Rc::from("{ \"teams\": [")));
    assert_eq!(&*typed.draft, "{ \"teams\": [");
    // Switching views and back keeps the text.
    let back = apply(&apply(&typed, Action::SetTab(Tab::Article)), Action::SetTab(Tab::Explore));
    assert_eq!(&*back.draft, "{ \"teams\": [");
    assert_eq!(back.weights, s.weights);
}

#[test]
fn set_weights_moves_every_slider_and_refuses_a_wrong_count() {
    let s = apply(&start(), Action::SetWeights(vec![1.0, 2.5, 13.0, 0.0]));
    assert_eq!(s.weights, [1.0, 2.5, 10.0, 0.0], "clamped to the scale, off-step kept exact");
    assert!(s.apply(Action::SetWeights(vec![1.0, 2.0])).is_none());
    assert!(s.apply(Action::SetWeights(vec![1.0, f64::NAN, 1.0, 1.0])).is_none());
}

#[test]
fn set_score_is_a_what_if_that_reset_scores_undoes() {
    let s = start();
    let nc = team(&s, "nc-ai");
    // NC AI's global 4 → 10 (asked 42, clamped): (6 + 8 + 8 + 10) / 4 = 8 beats LG's 7.875.
    let t = apply(&s, Action::SetScore { team: nc, criterion: 3, value: Some(42.0) });
    assert_eq!(t.data.0.matrix.get(nc, 3), Some(10.0));
    assert_eq!(order(&t)[..2], ["nc-ai", "lg-ai"]);
    assert_eq!(t.base.0.matrix.get(nc, 3), Some(4.0), "the details keep the original");
    assert_eq!(t.data.dataset(), s.data.dataset());
    assert!(t.apply(Action::SetScore { team: nc, criterion: 3, value: Some(10.0) }).is_none());
    // LG's performance removed: LG has no rank under weights that need it, listed last.
    let lg = team(&s, "lg-ai");
    let u = apply(&s, Action::SetScore { team: lg, criterion: 0, value: None });
    assert_eq!(
        top(&u, 5),
        [
            ("skt".into(), Some(1)),
            ("upstage".into(), Some(2)),
            ("naver-cloud".into(), Some(3)),
            ("nc-ai".into(), Some(3)),
            ("lg-ai".into(), None),
        ]
    );
    assert!(s.apply(Action::SetScore { team: 11, criterion: 0, value: Some(1.0) }).is_none());
    // Undo: back to the loaded data.
    let back = apply(&t, Action::ResetScores);
    assert!(back.data == back.base);
    assert_eq!(order(&back)[..2], ["lg-ai", "skt"]);
}

#[test]
fn load_data_starts_over_on_the_new_criteria() {
    let s = apply(&apply(&start(), Action::SetTab(Tab::Explore)), Action::Select(Some(3)));
    let s = apply(&s, Action::SetReference(Reference::Actual));
    let s = apply(&s, Action::SetDraft(Rc::from(TEMPLATE_JSON)));
    let template = DataRc::new(validate::parse_json(TEMPLATE_JSON).unwrap());
    let t = apply(&s, Action::LoadData(template, Some(TEMPLATE_JSON.into())));
    assert_eq!(t.weights, [5.0, 5.0, 5.0], "three criteria, each at the default importance");
    assert!(t.selected.is_none());
    assert_eq!(t.reference, Reference::Equal);
    assert_eq!(t.cut, 1, "the template's own cut line");
    assert_eq!(t.tab, Tab::Explore, "the reader stays where they are");
    assert_eq!(t.source.as_deref(), Some(TEMPLATE_JSON), "\"download current data\" gives it back");
    assert_eq!(&*t.draft, TEMPLATE_JSON);
    let mut ids = order(&t);
    ids.sort();
    assert_eq!(ids, ["alpha", "beta", "gamma"]);
    // The built-in data again (no source text).
    let back = apply(&t, Action::LoadData(data(), None));
    assert_eq!((back.weights.len(), back.cut, back.source.clone()), (4, 4, None));
    assert_eq!(round_id(&back).as_deref(), Some("stage-1"));
}

/// The four cities (tests/fixtures/classroom-cities.tsv), commute lower is better.
fn cities(scaling: Scaling) -> DataRc {
    let t = parse_table(include_str!("fixtures/classroom-cities.tsv")).unwrap();
    let dirs = [Direction::HigherIsBetter, Direction::LowerIsBetter, Direction::HigherIsBetter];
    let scales: Vec<CriterionScale> = dirs
        .iter()
        .map(|&direction| CriterionScale { unit: String::new(), direction, scaling })
        .collect();
    DataRc::new(build(&t, &scales).unwrap())
}

#[test]
fn rescale_keeps_the_weights_and_reranks_a_classroom_table() {
    let tsv: Rc<str> = include_str!("fixtures/classroom-cities.tsv").into();
    let s = apply(&start(), Action::LoadData(cities(Scaling::MinMax), Some(tsv.clone())));
    // Min–max, equal weights (crates/engine/tests/classroom.rs): 가람 20/3, 나래 665/108,
    // 다솜 100/27, 라온 10/3.
    assert_eq!(order(&s), ["item-1", "item-2", "item-3", "item-4"]);
    let s = apply(&s, Action::SetWeight { criterion: 2, value: 6.0 });
    let s = apply(&s, Action::Select(Some(3)));
    // Rank scaling: 나래 20/3 first, 가람 second under equal weights; with 만족도 at 6 of 16
    // shares 5/16, 5/16, 6/16: 나래 20/3, 가람 (50 + 50/3 + 20)/16 = 86.67/16 ≈ 5.42.
    let r = apply(&s, Action::Rescale(cities(Scaling::Rank)));
    assert_eq!(r.weights, [5.0, 5.0, 6.0], "the reader's weights stay");
    assert_eq!(r.selected, Some(3));
    assert_eq!(r.source.as_deref(), Some(&*tsv));
    assert_eq!(order(&r), ["item-2", "item-1", "item-3", "item-4"]);
    assert!(r.data == r.base);
    // Another shape of table: a fresh start, as loading it would be.
    let other = parse_table("c\ta\tb\nX\t1\t2\nY\t3\t4\n").unwrap();
    let other = DataRc::new(build(&other, &other.suggested_scales()).unwrap());
    let o = apply(&r, Action::Rescale(other));
    assert_eq!((o.weights.clone(), o.selected), (vec![5.0, 5.0], None));
}

#[test]
fn set_round_ranks_its_participants_and_draws_its_line() {
    // The 2025 selection (round 0): ten presenters, five places. Industry only: SKT 8.5, NC AI 8,
    // LG 8, Upstage 7.5, KT 7, Naver 6.5, Motif 5 (its only score); Kakao has no industry score.
    let s = apply(&start(), Action::SetWeights(vec![0.0, 0.0, 10.0, 0.0]));
    let sel = apply(&s, Action::SetRound(0));
    assert_eq!((round_id(&sel).as_deref(), sel.cut), (Some("selection-2025"), 5));
    assert_eq!(
        order(&sel),
        [
            "skt",
            "nc-ai",
            "lg-ai",
            "upstage",
            "kt",
            "naver-cloud",
            "motif",
            "kakao",
            "konan",
            "kaist"
        ],
        "Trillion Labs applied later (extra call): not in this round"
    );
    let c = cut(&sel);
    assert_eq!(c.would_get_in.map(|t| ids(&sel, &t)), Some(vec!["kt".to_string()]));
    assert_eq!(c.would_drop_out.map(|t| ids(&sel, &t)), Some(vec!["naver-cloud".to_string()]));
    // Stage two is pending: its four teams, three places, no outcome to compare with. Motif has
    // no score on these weights' criteria, so it has no rank.
    let i = sel.data.dataset().rounds.iter().position(|r| r.id == "stage-2").unwrap();
    let pending = apply(&apply(&sel, Action::Reset), Action::SetRound(i));
    assert_eq!((pending.cut, pending.actual()), (3, None));
    assert_eq!(
        top(&pending, 9),
        [
            ("lg-ai".into(), Some(1)),
            ("skt".into(), Some(2)),
            ("upstage".into(), Some(3)),
            ("motif".into(), None),
        ]
    );
    let c = cut(&pending);
    assert_eq!((c.would_get_in, c.would_drop_out), (None, None), "nothing to compare with yet");
    assert!(s.apply(Action::SetRound(99)).is_none());
    // The page may name the round.
    let opt = State::new(data(), &opts(|o| o.round = Some("stage-2".into())));
    assert_eq!((round_id(&opt).as_deref(), opt.cut), (Some("stage-2"), 3));
    let bad = State::new(data(), &opts(|o| o.round = Some("stage-9".into())));
    assert_eq!(round_id(&bad).as_deref(), Some("stage-1"));
    assert_eq!(bad.notices, vec![Notice::BadRound("stage-9".into())]);
}

#[test]
fn set_gate_puts_a_team_below_the_minimum_apart() {
    // Sovereignty at least 5, equal weights, stage one: Naver (4) is out whatever its total.
    let s = apply(&start(), Action::SetGate { criterion: 1, min: Some(5.0) });
    assert_eq!(s.gates, vec![None, Some(5.0), None, None]);
    let r = ranking(&s);
    assert_eq!(
        top(&s, 9),
        [
            ("lg-ai".into(), Some(1)),
            ("skt".into(), Some(2)),
            ("upstage".into(), Some(3)),
            ("nc-ai".into(), Some(4)),
            ("naver-cloud".into(), None),
        ]
    );
    let naver = r.row_of(team(&s, "naver-cloud")).unwrap();
    assert_eq!((naver.below_gates.clone(), naver.score), (vec![1], Some(6.5)));
    // Clamped to the score scale; nonsense refused; off again.
    assert_eq!(
        apply(&start(), Action::SetGate { criterion: 1, min: Some(42.0) }).gates[1],
        Some(10.0)
    );
    assert!(s.apply(Action::SetGate { criterion: 1, min: Some(f64::NAN) }).is_none());
    assert!(s.apply(Action::SetGate { criterion: 4, min: Some(5.0) }).is_none());
    let off = apply(&s, Action::SetGate { criterion: 1, min: None });
    assert_eq!(off.gates, vec![None; 4]);
    assert_eq!(order(&off), order(&start()));
    // From the page: `gates=sovereignty=5`.
    let page = State::new(data(), &opts(|o| o.gates = Some("sovereignty=5".into())));
    assert_eq!(page.gates, s.gates);
}

#[test]
fn the_stage_one_preset_reproduces_the_real_outcome() {
    // From the 2025 selection: the preset switches to stage one, performance only, sovereignty
    // at least 5. LG 9, SKT 8, Naver 7.5 (out: sovereignty 4), Upstage 7, NC AI 6. Four places
    // by score go to LG, SKT, Naver and Upstage; Naver's is lost to the requirement, so three
    // are kept: LG, SKT, Upstage, exactly as on 2026-01-15.
    let s = apply(&apply(&start(), Action::SetRound(0)), Action::ApplyPreset("stage-one".into()));
    assert_eq!(active_preset_id(&s).as_deref(), Some("stage-one"));
    assert_eq!(s.weights, vec![10.0, 0.0, 0.0, 0.0]);
    assert_eq!(s.gates, vec![None, Some(5.0), None, None]);
    assert_eq!((round_id(&s).as_deref(), s.cut), (Some("stage-1"), 4));
    let c = cut(&s);
    assert_eq!(ids(&s, &c.above), ["lg-ai", "skt", "upstage"]);
    assert_eq!(ids(&s, &c.gated_above), ["naver-cloud"]);
    assert_eq!(c.would_get_in, Some(vec![]), "nobody gets in who was not kept");
    assert_eq!(c.would_drop_out, Some(vec![]), "nobody kept drops out");
    // Another preset is another way of judging: its (absent) requirements replace these.
    assert_eq!(apply(&s, Action::ApplyPreset("equal".into())).gates, vec![None; 4]);
    // The same from the page's options.
    let page = State::new(data(), &opts(|o| o.preset = Some("stage-one".into())));
    assert_eq!(
        (page.weights.clone(), page.gates.clone(), page.round),
        (s.weights, s.gates, s.round)
    );
}

#[test]
fn render_options_come_from_the_page_and_show_all_lifts_rows() {
    use kai_engine::layout::{Controls, Layout, Sources};
    use kai_engine::options::OptionKey;
    // Nothing given: the full widget, every row, and "show all" changes nothing.
    assert_eq!(start().layout, Layout::default());
    assert!(start().apply(Action::ShowAllRows).is_none());
    // `controls=sliders&sources=compact&rows=3` from the page.
    let page = opts(|o| {
        o.set(OptionKey::Controls, "sliders".into());
        o.set(OptionKey::Sources, "compact".into());
        o.set(OptionKey::Rows, "3".into());
    });
    let s = State::new(data(), &page);
    assert_eq!(
        (s.layout.controls, s.layout.sources, s.layout.rows),
        (Controls::Sliders, Sources::Compact, Some(3))
    );
    assert_eq!(s.rows_shown(), Some(3));
    let all = apply(&s, Action::ShowAllRows);
    assert_eq!(all.rows_shown(), None);
    assert!(all.apply(Action::ShowAllRows).is_none());
    // A bad value: a notice naming the option and value, that option at its default.
    let bad = State::new(data(), &opts(|o| o.set(OptionKey::Rows, "abc".into())));
    assert_eq!(bad.layout, Layout::default());
    assert_eq!(
        bad.notices.iter().map(|n| n.message(Lang::En)).collect::<Vec<_>>(),
        ["rows: \"abc\" is not a whole number from 1 to 15; showing every row."]
    );
    // The page changes an attribute: only the layout follows, the reader's weights stay.
    let moved = apply(&all, Action::SetWeight { criterion: 0, value: 80.0 });
    let mut next = page.clone();
    next.set(OptionKey::Explore, "off".into());
    let after = apply(&moved, Action::ApplyOptions { prev: Box::new(page), next: Box::new(next) });
    assert!(!after.layout.explore);
    assert_eq!(after.weights, moved.weights);
    assert_eq!(after.rows_shown(), Some(3));
}
