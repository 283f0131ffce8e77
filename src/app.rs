//! The root component: owns the one reducer and derives everything else from it.
//!
//! State flow: `use_reducer(State)` → `use_memo` ranking (matrix × weights) and reference
//! ranking → plain data props for the children → children report changes through
//! `Callback` props (`on_<event>`) that dispatch [`Action`]s. Nothing derived is stored.

use std::rc::Rc;

use yew::prelude::*;

use crate::classroom::link::{self, LinkError};
use crate::components::{ClassroomPanel, ExplorePanel, ExploreTabs, panel_id, tab_id};
use crate::components::{ControlsDock, use_narrow};
use crate::components::{
    Legend, LiveSummary, NoticeList, OfficialFigures, PatternDefs, PresetBar, RankingList,
    ReferencePicker, Requirements, RoundPicker, SourcesFooter, Toolbar, WeightSliders,
};
use crate::components::{ShareBar, with_dates};
use crate::embed::{use_apply_options, use_page_sync};
use crate::i18n::{self, Ui};
use crate::layout::{Controls, Sources};
use crate::model::Mode;
use crate::rank::{Gates, Ranking, Weights, compare_cut, movements, rank_in};
use crate::round::{CutMobility, cut_mobility, gates_text};
use crate::state::Tab;
use crate::state::{Action, Data, DataRc, MountOptions, Reference, State, Theme};
use crate::text::Lang;

/// Props of [`App`]: what `mount` passes in.
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    /// The validated dataset, shared by every mount on the page.
    pub data: DataRc,
    /// The page's options (URL query or embed attributes).
    pub options: MountOptions,
    /// Number of this widget on the page, to keep element ids unique.
    pub instance: u32,
    /// The phone layout, as the host's width says at mount (`None`: not known, as in the
    /// pre-renderer): the first render is then already laid out, so a handover from the island
    /// or the swap of the pre-rendered copy never paints the unmeasured layout in between.
    #[prop_or_default]
    pub narrow: Option<bool>,
}

/// The Yew side of the reducer: a thin wrapper over the plain [`State::apply`] (the state lives
/// in the engine, shared with the island, so Yew's trait is implemented on this newtype),
/// keeping the same `Rc` (so nothing re-renders) when an action changes nothing.
#[derive(Debug, PartialEq)]
pub struct Store(pub State);

impl std::ops::Deref for Store {
    type Target = State;

    fn deref(&self) -> &State {
        &self.0
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.0.apply(action) {
            Some(next) => Rc::new(Store(next)),
            None => self,
        }
    }
}

/// The teams the Explore views run on: the round's participants that pass the requirements
/// and have every score, as data of their own, and who was left out (dataset indices).
struct ExploreScope {
    /// The eligible teams' dataset and scores (index `i` is `eligible[i]`).
    data: DataRc,
    /// Dataset indices of the eligible teams.
    eligible: Rc<Vec<usize>>,
    /// Left out: a score is missing.
    missing: Vec<usize>,
    /// Left out: below a requirement.
    gated: Vec<usize>,
}

/// The widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let data = props.data.clone();
        let options = props.options.clone();
        use_reducer(move || Store(State::new(data, &options)))
    };
    // Embed contract (crate::embed): page option changes, change events, URL sync.
    let root = use_node_ref();
    use_apply_options(&props.options, state.dispatcher());
    let data = state.data.clone();
    let dataset = data.dataset();
    let lang = state.lang;

    // The round decides who is ranked; the requirements who is out whatever the weights.
    let scope: Rc<Vec<usize>> = use_memo((data.clone(), state.round), |_| state.scope());
    let gates = state.gates.clone();
    let ranking: Rc<Ranking> = use_memo(
        (data.clone(), state.weights.clone(), scope.clone(), gates.clone()),
        |(d, w, s, g)| {
            let weights = Weights::new(w.clone()).unwrap_or_else(|_| Weights::equal(w.len()));
            rank_in(&d.0.matrix, &weights, s, &Gates::new(g.clone()))
        },
    );
    let reference: Rc<Option<Ranking>> =
        use_memo((data.clone(), state.reference, scope.clone(), gates), |(d, r, s, g)| {
            let ds = &d.0.dataset;
            let weights = match r {
                Reference::Equal => Some(Weights::equal(ds.criteria.len())),
                Reference::Preset(i) => {
                    ds.presets.get(*i).and_then(|p| Weights::from_preset(ds, p).ok())
                }
                Reference::Actual => None,
            };
            weights.map(|w| rank_in(&d.0.matrix, &w, s, &Gates::new(g.clone())))
        });
    // A classroom dataset travels in the links (classroom::link): its `data` parameter, or
    // why it cannot (too large); `None` for other data (the page's own address has it).
    let link: Rc<Option<Result<String, LinkError>>> = use_memo(state.base.clone(), |b| {
        (b.dataset().mode == Mode::Classroom).then(|| link::encode(b.dataset()))
    });
    use_page_sync(root.clone(), props.options.sync_url, &state, &ranking, &link);
    // Phone layout: the widget's own width (README "Phone layout").
    let narrow = use_narrow(root.clone(), props.narrow);
    let comparison = compare_cut(dataset, &ranking, state.cut, state.actual());
    let movements = Rc::new(movements(&ranking, reference.as_ref().as_ref(), &comparison));
    let reference_caption = match state.reference {
        Reference::Equal => Ui::VsEqual.get(lang).to_string(),
        Reference::Actual => Ui::VsActual.get(lang).to_string(),
        Reference::Preset(i) => {
            i18n::vs_preset(lang, dataset.presets.get(i).map_or("", |p| p.label.get(lang)))
        }
    };
    let pending = state.round().is_some_and(|r| r.actual.is_none());
    let summary = i18n::round_summary(lang, dataset, &ranking, &comparison, pending);
    // Whether any weighting at all can move this round's line: if not, say so (and why)
    // instead of letting the sliders suggest a story that can never change.
    let mobility: Rc<CutMobility> =
        use_memo((data.clone(), scope.clone(), state.gates.clone(), state.cut), |(d, s, g, n)| {
            cut_mobility(&d.0.matrix, s, &Gates::new(g.clone()), *n)
        });
    let cut_fixed = match &*mobility {
        // Only without teams put out by a requirement: `cut_mobility` keeps the line among the
        // teams that pass, while the ranking (`compare_cut`) lets a gated team's place be lost,
        // so with gates the two can disagree and the sentence could be wrong.
        CutMobility::Fixed { above, never_rankable, gated, outscored } if gated.is_empty() => {
            let names = |ts: &[usize]| -> Vec<&str> {
                ts.iter().filter_map(|&t| dataset.teams.get(t)).map(|t| t.name.get(lang)).collect()
            };
            Some(i18n::cut_fixed(
                lang,
                &names(above),
                &names(never_rankable),
                &names(gated),
                &names(outscored),
                i18n::Rows::of(dataset),
            ))
        }
        _ => None,
    };
    // A preset that reproduces a round ("as in stage one") says plainly what it gives.
    let preset_result = state
        .active_preset()
        .and_then(|i| dataset.presets.get(i))
        .filter(|p| p.round.is_some() && p.round.as_deref() == state.round().map(|r| r.id.as_str()))
        .map(|_| format!("{}: {summary}", i18n::Rx::PresetResult.get(lang)));
    // The sensitivity views run on the round's teams that pass the requirements and have every
    // score (kept across tab switches, so the acceptability cache keyed by this data survives).
    let explore: Rc<ExploreScope> =
        use_memo((data.clone(), scope.clone(), state.gates.clone()), |(d, s, g)| {
            let m = &d.0.matrix;
            let gates = Gates::new(g.clone());
            let gated: Vec<usize> =
                s.iter().copied().filter(|&t| !gates.failed(m, t).is_empty()).collect();
            let missing: Vec<usize> =
                s.iter().copied().filter(|&t| !gated.contains(&t) && !m.is_complete(t)).collect();
            let eligible: Vec<usize> =
                s.iter().copied().filter(|t| !gated.contains(t) && !missing.contains(t)).collect();
            let mut sub = d.0.dataset.clone();
            sub.teams =
                eligible.iter().filter_map(|&t| d.0.dataset.teams.get(t).cloned()).collect();
            let data = DataRc(Rc::new(Data { dataset: sub, matrix: m.subset(&eligible) }));
            ExploreScope { data, eligible: Rc::new(eligible), missing, gated }
        });
    let left_out = (!explore.missing.is_empty() || !explore.gated.is_empty()).then(|| {
        let names = |ts: &[usize]| -> Vec<&str> {
            ts.iter().filter_map(|&t| dataset.teams.get(t)).map(|t| t.name.get(lang)).collect()
        };
        AttrValue::from(i18n::left_out(lang, &names(&explore.missing), &names(&explore.gated)))
    });
    let official =
        dataset.official.as_ref().is_some_and(|o| state.round().is_some_and(|r| r.id == o.round));
    let shares: Rc<Vec<f64>> =
        Rc::new(ranking.shares.clone().unwrap_or_else(|| vec![0.0; state.weights.len()]));

    let on_weight = {
        let state = state.clone();
        Callback::from(move |(criterion, value): (usize, f64)| {
            state.dispatch(Action::SetWeight { criterion, value })
        })
    };
    let on_preset = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(Action::ApplyPreset(id)))
    };
    let on_reset = {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(Action::Reset))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(Action::SetLang(l)))
    };
    let on_theme = {
        let state = state.clone();
        Callback::from(move |t: Theme| state.dispatch(Action::SetTheme(t)))
    };
    let on_reference = {
        let state = state.clone();
        Callback::from(move |r: Reference| state.dispatch(Action::SetReference(r)))
    };
    let on_select = {
        let state = state.clone();
        Callback::from(move |t: Option<usize>| state.dispatch(Action::Select(t)))
    };
    let on_round = {
        let state = state.clone();
        Callback::from(move |r: usize| state.dispatch(Action::SetRound(r)))
    };
    let on_gate = {
        let state = state.clone();
        Callback::from(move |(criterion, min): (usize, Option<f64>)| {
            state.dispatch(Action::SetGate { criterion, min })
        })
    };
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(Action::DismissNotices))
    };

    // Explore mode (탐구): one callback dispatching any action, for the sensitivity views.
    let on_action = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let on_tab = {
        let state = state.clone();
        Callback::from(move |t: Tab| state.dispatch(Action::SetTab(t)))
    };

    let instance = props.instance;
    let title_id = format!("kai{instance}-title");
    // The page's render options (crate::layout): which parts show.
    let layout = state.layout;
    let controls = layout.controls;
    let explore_on = layout.explore;
    let on_show_all = {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(Action::ShowAllRows))
    };
    // Without the controls, the weights are written out so the ranking stays explained.
    let weights_text = (controls == Controls::None).then(|| {
        let parts: Vec<(&str, String)> = dataset
            .criteria
            .iter()
            .zip(shares.iter())
            .map(|(c, s)| (c.label.get(lang), crate::format::percent(lang, *s)))
            .collect();
        i18n::weights_text(lang, &parts)
    });
    // The controls, beside the ranking (wide) or after it in the phone dock (narrow).
    let controls_html = html! {
        <ControlsDock {narrow} {lang} {instance}>
            <WeightSliders data={data.clone()} weights={state.weights.clone()}
                shares={shares.clone()} {lang} {instance} {on_weight} />
            if controls == Controls::All {
            <Requirements data={data.clone()} gates={state.gates.clone()} {lang} {instance} {on_gate} />
            <PresetBar data={data.clone()} active={state.active_preset()} {lang}
                result={preset_result.map(AttrValue::from)} {on_preset} {on_reset} />
            }
        </ControlsDock>
    };
    html! {
        <section class="kai-ranking" lang={lang.code()} data-theme={state.theme.as_str()}
            data-controls={controls.as_str()}
            aria-labelledby={layout.header.then(|| title_id.clone())}
            aria-label={(!layout.header).then(|| dataset.title.get(lang).to_string())} ref={root}>
            <PatternDefs {instance} criteria={dataset.criteria.len()} />
            if layout.header || layout.lang_switch || layout.theme_switch {
            <header class="kai-head">
                if layout.header {
                <div class="kai-head-text">
                    <h2 class="kai-title" id={title_id}>{ dataset.title.get(lang) }</h2>
                    <p class="kai-question">{ dataset.question.get(lang) }</p>
                </div>
                }
                if layout.lang_switch || layout.theme_switch {
                    <Toolbar {lang} theme={state.theme} {on_lang} {on_theme}
                        show_lang={layout.lang_switch} show_theme={layout.theme_switch} />
                }
            </header>
            }
            <NoticeList notices={state.notices.clone()} {lang} {on_dismiss} />
            if layout.sources == Sources::Full {
                <p class="kai-disclaimer">{ with_dates(dataset.disclaimer.get(lang)) }</p>
            }
            if explore_on {
                <ExploreTabs tab={state.tab} {lang} {instance} {on_tab} />
            }
            if explore_on && state.tab == Tab::Explore {
                <ExplorePanel data={data.clone()} base={state.base.clone()} weights={state.weights.clone()}
                    shares={shares.clone()} ranking={ranking.clone()} reference_ranking={reference.clone()}
                    reference={state.reference} active_preset={state.active_preset()} cut={comparison.size}
                    sub={explore.data.clone()} eligible={explore.eligible.clone()} {left_out}
                    actual={state.actual().map(<[String]>::to_vec)} round={state.round().cloned()}
                    above={Rc::new(comparison.above.clone())} gates={Rc::new(state.gates.clone())}
                    selected={state.selected} draft={state.draft.clone()} source={state.source.clone()}
                    {lang} {instance} {on_action} />
            } else if explore_on && state.tab == Tab::Classroom {
                <ClassroomPanel data={data.clone()} weights={state.weights.clone()} shares={shares.clone()}
                    ranking={ranking.clone()} cut={comparison.size} active_preset={state.active_preset()}
                    draft={state.draft.clone()} source={state.source.clone()} {lang} {instance} {on_action} />
            } else {
            <div class={classes!("kai-body", (controls == Controls::None).then_some("kai-body-nocontrols"))}
                role={explore_on.then_some("tabpanel")} id={explore_on.then(|| panel_id(instance))}
                aria-labelledby={explore_on.then(|| tab_id(instance, Tab::Article))}>
                if let Some(text) = weights_text {
                    <p class="kai-weights-text" data-weights-text="">{ text }</p>
                } else if narrow != Some(true) {
                    // Wide: the controls beside the ranking; narrow: after it, in the dock.
                    { controls_html.clone() }
                }
                <section class="kai-results">
                    if controls == Controls::All {
                    <RoundPicker data={data.clone()} round={state.round} {lang} {instance} {on_round} />
                    }
                    <h3 class="kai-h">{ Ui::Ranking.get(lang) }</h3>
                    <LiveSummary text={summary} />
                    if let Some(text) = cut_fixed {
                        <p class="kai-note kai-cut-fixed" data-cut-fixed="">{ text }</p>
                    }
                    <Legend data={data.clone()} shares={shares.clone()} {lang} {instance} caption={reference_caption} />
                    if controls == Controls::All {
                    <ReferencePicker data={data.clone()} reference={state.reference} {lang} {instance} {on_reference} />
                    }
                    <RankingList data={data.clone()} ranking={ranking.clone()} movements={movements}
                        comparison={Rc::new(comparison.clone())} round={state.round().cloned()}
                        gates={Rc::new(state.gates.clone())}
                        selected={state.selected} {lang} {instance} {on_select}
                        rows={state.rows_shown()} {on_show_all} />
                    if official && layout.sources == Sources::Full {
                        <OfficialFigures data={data.clone()} {lang} />
                    }
                </section>
                if controls != Controls::None && narrow == Some(true) { { controls_html } }
            </div>
            }
            <SourcesFooter data={data.clone()} {lang} sources={layout.sources}
                full_page={props.options.base.clone().map(AttrValue::from)} />
            // Last, so the prerendered page (no share box) does not shift when the wasm takes over.
            if let Some(base) = props.options.base.clone().filter(|_| layout.share) {
                <ShareBar data={data.clone()} base={AttrValue::from(base)} weights={state.weights.clone()} {layout}
                    selected={state.selected} round={state.round().map(|r| AttrValue::from(r.id.clone()))}
                    gates={AttrValue::from(gates_text(dataset, &state.gates))} {lang} {instance}
                    ranking={Some(ranking.clone())} link={link.clone()} tab={state.tab} />
            }
        </section>
    }
}
