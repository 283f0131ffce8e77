//! The widget's reducer, driven natively (no browser, no yew): the state a page's options give,
//! and every [`Action`] a control can send, each checked for what a reader would notice.
//!
//! Expected values are worked out by hand from `data/kai-2025.json` (scores per team, in the
//! criteria order performance, sovereignty, industry, global):
//!
//! | team        | perf | sov | ind | glob | equal-weight score        |
//! |-------------|------|-----|-----|------|---------------------------|
//! | naver-cloud | 7.5  | 8   | 6.5 | 8    | 30 / 4 = 7.5              |
//! | upstage     | 6    | 6   | 7.5 | 8.5  | 28 / 4 = 7                |
//! | skt         | 7    | 9   | 8.5 | 6    | 30.5 / 4 = 7.625          |
//! | nc-ai       | 6.5  | 7.5 | 8   | 4    | 26 / 4 = 6.5              |
//! | lg-ai       | 8.5  | 7   | 8   | 7.5  | 31 / 4 = 7.75             |
//! | kt          | 5    | 3.5 | 7   | –    | incomplete                |
//! | kakao       | 4.5  | 3   | –   | –    | incomplete                |
//! | motif, konan, kaist: no scores                                       |
//!
//! The real selection (cut of 5) was naver-cloud, upstage, skt, nc-ai and lg-ai.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::rc::Rc;

use kai_engine::i18n::Notice;
use kai_engine::rank::{Movement, compare_cut, movements, rank_matrix};
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

/// Team ids in the order the ranking lists them, under the state's sliders and scores.
fn order(s: &State) -> Vec<String> {
    let d = s.data.dataset();
    let r = rank_matrix(&s.data.0.matrix, &s.engine_weights());
    r.rows.iter().map(|row| d.teams[row.team].id.clone()).collect()
}

/// (id, shared rank) of the first `n` rows.
fn top(s: &State, n: usize) -> Vec<(String, usize)> {
    let d = s.data.dataset();
    let r = rank_matrix(&s.data.0.matrix, &s.engine_weights());
    r.rows.iter().take(n).map(|row| (d.teams[row.team].id.clone(), row.rank)).collect()
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
            Action::SetDraft(_) => "set_tab_and_set_draft_keep_the_pasted_text",
        }
    }
    assert!(!test_of(&Action::Reset).is_empty());
}

#[test]
fn defaults_are_korean_equal_weights_top_five() {
    let s = start();
    assert_eq!(s.lang, Lang::Ko);
    assert_eq!(s.theme, Theme::Auto);
    assert_eq!(s.weights, vec![25.0; 4]);
    assert_eq!(s.cut, 5, "the data's selection of five");
    assert_eq!(s.reference, Reference::Equal);
    assert_eq!(s.tab, Tab::Article);
    assert!(s.notices.is_empty());
    assert_eq!(active_preset_id(&s).as_deref(), Some("equal"));
    assert_eq!(
        order(&s),
        [
            "lg-ai",
            "skt",
            "naver-cloud",
            "upstage",
            "nc-ai",
            "kt",
            "kakao",
            "motif",
            "konan",
            "kaist"
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
    assert_eq!(s.weights, vec![40.0, 30.0, 20.0, 10.0]);
    assert_eq!(s.selected, Some(2), "skt's details open");
    let p = State::new(data(), &opts(|o| o.preset = Some("ministry".into())));
    assert_eq!(p.weights, vec![40.0, 15.0, 30.0, 15.0]);
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
    assert_eq!((s.lang, s.theme, s.cut, s.selected), (Lang::Ko, Theme::Auto, 5, None));
    assert_eq!(
        s.notices,
        vec![
            Notice::BadLang("fr".into()),
            Notice::BadTheme("pink".into()),
            Notice::BadPreset("nope".into()),
            Notice::BadCut("0".into()),
            Notice::BadReference("yesterday".into()),
        ]
    );
    let w = State::new(data(), &opts(|o| o.weights = Some("1,-2,3,4".into())));
    assert_eq!(w.weights, vec![25.0; 4]);
    assert_eq!(w.notices.len(), 1);
    assert_eq!(w.notices[0].message(Lang::En), BAD_WEIGHTS_EN);
}

/// What a reader reads for `weights=1,-2,3,4`.
const BAD_WEIGHTS_EN: &str = "Cannot use the weights ‘1,-2,3,4’ (the weight of sovereignty is -2; weights must be ≥ 0); starting with equal weights.";

#[test]
fn set_weight_moves_one_slider_and_the_ranking_follows() {
    let s = start();
    // Global to 100, the rest 25: Naver 25·22 + 100·8 = 1350, Upstage 25·19.5 + 850 = 1337.5,
    // LG 25·23.5 + 750 = 1337.5 (a tie: shared second place, dataset order), SKT 1212.5.
    let g = apply(&s, Action::SetWeight { criterion: 3, value: 100.0 });
    assert_eq!(g.weights, vec![25.0, 25.0, 25.0, 100.0]);
    assert_eq!(
        top(&g, 4),
        [("naver-cloud".into(), 1), ("upstage".into(), 2), ("lg-ai".into(), 2), ("skt".into(), 4)]
    );
    assert_eq!(active_preset_id(&g), None, "no preset button lit");
    // Clamped to the slider's range; the same slider at the same value changes nothing.
    let clamped = apply(&s, Action::SetWeight { criterion: 3, value: 250.0 });
    assert_eq!(clamped.weights, g.weights);
    assert_eq!(apply(&s, Action::SetWeight { criterion: 0, value: -5.0 }).weights[0], 0.0);
    // Nonsense is refused (no re-render).
    assert!(s.apply(Action::SetWeight { criterion: 0, value: f64::NAN }).is_none());
    assert!(s.apply(Action::SetWeight { criterion: 4, value: 10.0 }).is_none());
}

#[test]
fn apply_preset_sets_its_weights_and_lights_its_button() {
    let s = apply(&start(), Action::ApplyPreset("global-first".into()));
    assert_eq!(s.weights, vec![20.0, 15.0, 15.0, 50.0]);
    assert_eq!(active_preset_id(&s).as_deref(), Some("global-first"));
    // LG 1.7 + 1.05 + 1.2 + 3.75 = 7.7, Naver 1.5 + 1.2 + 0.975 + 4 = 7.675,
    // Upstage 1.2 + 0.9 + 1.125 + 4.25 = 7.475, SKT 1.4 + 1.35 + 1.275 + 3 = 7.025.
    assert_eq!(order(&s)[..4], ["lg-ai", "naver-cloud", "upstage", "skt"]);
    assert!(start().apply(Action::ApplyPreset("nope".into())).is_none());
}

#[test]
fn reset_goes_back_to_equal_weights() {
    let moved = apply(&start(), Action::SetWeights(vec![0.0, 0.0, 100.0, 0.0]));
    let s = apply(&moved, Action::Reset);
    assert_eq!(s.weights, vec![25.0; 4]);
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
    // Industry only: SKT 8.5, NC AI 8, LG 8, Upstage 7.5, KT 7, Naver 6.5. Against the real
    // selection (cut 5), KT gets in and Naver drops out.
    let s = apply(&start(), Action::SetWeights(vec![0.0, 0.0, 100.0, 0.0]));
    let actual = apply(&s, Action::SetReference(Reference::Actual));
    assert_eq!(actual.reference.param(actual.data.dataset()), "actual");
    let d = actual.data.dataset();
    let now = rank_matrix(&actual.data.0.matrix, &actual.engine_weights());
    let moved = movements(&now, None, &compare_cut(d, &now, &actual.cut_line()));
    assert_eq!(moved[team(&actual, "kt")], Movement::Enters);
    assert_eq!(moved[team(&actual, "naver-cloud")], Movement::DropsOut);
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
    let s = apply(&start(), Action::SetWeight { criterion: 0, value: 60.0 });
    let next = opts(|o| o.lang = Some("en".into()));
    let t = apply(&s, Action::ApplyOptions { prev: prev.clone(), next: next.clone() });
    assert_eq!(t.lang, Lang::En);
    assert_eq!(t.weights, vec![60.0, 25.0, 25.0, 25.0], "the reader's slider stays");
    // Then the page sets a preset and a bad cut: the weights follow, the cut is named.
    let later = opts(|o| {
        o.lang = Some("en".into());
        o.preset = Some("ministry".into());
        o.cut = Some("99".into());
    });
    let u = apply(&t, Action::ApplyOptions { prev: next, next: later });
    assert_eq!(u.weights, vec![40.0, 15.0, 30.0, 15.0]);
    assert_eq!((u.lang, u.cut), (Lang::En, 5));
    assert_eq!(u.notices, vec![Notice::BadCut("99".into())]);
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
    let s = apply(&start(), Action::SetWeights(vec![10.0, 20.5, 130.0, 0.0]));
    assert_eq!(s.weights, [10.0, 20.5, 100.0, 0.0], "clamped to the slider range");
    assert!(s.apply(Action::SetWeights(vec![1.0, 2.0])).is_none());
    assert!(s.apply(Action::SetWeights(vec![1.0, f64::NAN, 1.0, 1.0])).is_none());
}

#[test]
fn set_score_is_a_what_if_that_reset_scores_undoes() {
    let s = start();
    let nc = team(&s, "nc-ai");
    // NC AI's global 4 → 10 (asked 42, clamped): (6.5 + 7.5 + 8 + 10) / 4 = 8 beats LG's 7.75.
    let t = apply(&s, Action::SetScore { team: nc, criterion: 3, value: Some(42.0) });
    assert_eq!(t.data.0.matrix.get(nc, 3), Some(10.0));
    assert_eq!(order(&t)[..2], ["nc-ai", "lg-ai"]);
    assert_eq!(t.base.0.matrix.get(nc, 3), Some(4.0), "the details keep the original");
    assert_eq!(t.data.dataset(), s.data.dataset());
    assert!(t.apply(Action::SetScore { team: nc, criterion: 3, value: Some(10.0) }).is_none());
    // LG's performance removed: LG is incomplete, listed after the complete teams.
    let lg = team(&s, "lg-ai");
    let u = apply(&s, Action::SetScore { team: lg, criterion: 0, value: None });
    assert_eq!(order(&u)[..6], ["skt", "naver-cloud", "upstage", "nc-ai", "lg-ai", "kt"]);
    assert!(s.apply(Action::SetScore { team: 10, criterion: 0, value: Some(1.0) }).is_none());
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
    assert_eq!(t.weights, [33.0, 33.0, 33.0], "three criteria, equal whole-number sliders");
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
    assert_eq!((back.weights.len(), back.cut, back.source.clone()), (4, 5, None));
}
