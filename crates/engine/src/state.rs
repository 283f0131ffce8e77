//! The widget's state: one reducer, every change an [`Action`].
//!
//! Why one reducer (as in Yew's `function_todomvc`): weights, language, theme and selection
//! change together in predictable ways, and tests can drive the state without a browser. The
//! ranking is *not* stored here: the app derives it with `use_memo` from (matrix, weights), so
//! it can never disagree with the sliders.
//!
//! A plain function over plain data ([`State::apply`]): no yew, no DOM, so `cargo test` drives
//! every action natively. It lives in the engine so the widget (Yew's `Reducible` is a thin
//! wrapper, `kai_ranking::app::Store`) and the first view's island (crates/island, which runs
//! [`State::set_weight`], [`State::apply_preset`] and [`State::reset`]) share one reducer.

use std::rc::Rc;

use crate::i18n::Notice;
use crate::importance;
use crate::layout::{Layout, LayoutInput};
use crate::model::{Dataset, Round, SCORE_MAX, SCORE_MIN};
use crate::options::OptionKey;
use crate::rank::{Gates, ScoreMatrix, Weights};
use crate::round::{gates_from_map, parse_gates, scope};
use crate::text::Lang;

/// Sliders run from 0 to this: importances (README "The weight model", [`importance`]).
pub const SLIDER_MAX: f64 = importance::MAX;

/// A validated dataset with its score matrix, built once per page and shared by every mount.
#[derive(Debug)]
pub struct Data {
    /// The dataset.
    pub dataset: Dataset,
    /// Dense scores for the slider hot path.
    pub matrix: ScoreMatrix,
}

/// A shared handle to [`Data`]. Equality is identity, so props compare in O(1).
#[derive(Debug, Clone)]
pub struct DataRc(pub Rc<Data>);

impl DataRc {
    /// Wraps a validated dataset and builds its matrix.
    pub fn new(dataset: Dataset) -> DataRc {
        let matrix = ScoreMatrix::new(&dataset);
        DataRc(Rc::new(Data { dataset, matrix }))
    }

    /// The dataset.
    pub fn dataset(&self) -> &Dataset {
        &self.0.dataset
    }
}

impl PartialEq for DataRc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Colour theme. `Auto` follows `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the system.
    #[default]
    Auto,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// All themes, in the order of the switch.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The value of the root's `data-theme` attribute (and of the `theme` option).
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Reads the `theme` option.
    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// What the ▲▼ rank changes are measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reference {
    /// The ranking under equal weights.
    #[default]
    Equal,
    /// The ranking under a preset (index into `Dataset::presets`).
    Preset(usize),
    /// The real selection: "in" / "out" against the cut instead of places.
    Actual,
}

impl Reference {
    /// Reads the `reference` option (and the picker's values): `equal`, `actual` or a preset id.
    pub fn parse(dataset: &Dataset, s: &str) -> Option<Reference> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("equal") {
            Some(Reference::Equal)
        } else if s.eq_ignore_ascii_case("actual") {
            Some(Reference::Actual)
        } else {
            dataset.presets.iter().position(|p| p.id == s).map(Reference::Preset)
        }
    }

    /// The option value that [`Reference::parse`] reads back.
    pub fn param(self, dataset: &Dataset) -> &str {
        match self {
            Reference::Equal => "equal",
            Reference::Actual => "actual",
            Reference::Preset(i) => dataset.presets.get(i).map_or("equal", |p| p.id.as_str()),
        }
    }
}

/// The options a page passes to `mount` (all optional strings, as in a URL query). Which keys
/// exist, and where a page may give them, is [`crate::options::OPTIONS`]; [`MountOptions::set`]
/// is the one place a key becomes a field.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MountOptions {
    /// `ko` or `en`.
    pub lang: Option<String>,
    /// Importances, `8,6,4,2` or `performance=8,…`; an older share-style `40,30,20,10` gives
    /// the same shares ([`importance::to_importances`]).
    pub weights: Option<String>,
    /// A preset id.
    pub preset: Option<String>,
    /// `auto`, `light` or `dark`.
    pub theme: Option<String>,
    /// Number of teams above the line.
    pub cut: Option<String>,
    /// A round id.
    pub round: Option<String>,
    /// Requirements, `criterion=minimum,…`.
    pub gates: Option<String>,
    /// `equal`, `actual` or a preset id.
    pub reference: Option<String>,
    /// Id of the team whose details start open (shared links); unknown ids are ignored.
    pub team: Option<String>,
    /// Write the reader's state to the page URL (`history.replaceState`): only the standalone
    /// page and the iframe page own their URL, a custom element on a newsroom page must not.
    pub sync_url: bool,
    /// URL of the site folder (where `index.html`, `embed.html` and `kai-ranking.js` live), for
    /// the share links and embed codes; without it the copy buttons are hidden.
    pub base: Option<String>,
    /// The render options (`controls`, `explore`, …, `rows`), read by [`Layout::parse`].
    pub layout: LayoutInput,
    /// A classroom dataset carried in the link (`1.…`, [`crate::classroom::link`]): shown
    /// instead of the page's data, the other options (weights…) applying to it.
    pub data: Option<String>,
    /// The view to open on (`article`, `explore`, `classroom`; [`Tab::parse`]).
    pub tab: Option<String>,
}

impl MountOptions {
    /// Sets option `key` from its text, as a URL query, an attribute or a pre-render marker
    /// gives it. Values are checked later, by [`State::new`] (bad ones become notices). An
    /// empty `base` means "no share box"; `syncUrl` is on unless `false`, `0` or empty;
    /// `dataSrc` is not a view option (the mount loads it), so it is ignored here.
    pub fn set(&mut self, key: OptionKey, value: String) {
        let slot = match key {
            OptionKey::Lang => &mut self.lang,
            OptionKey::Weights => &mut self.weights,
            OptionKey::Preset => &mut self.preset,
            OptionKey::Theme => &mut self.theme,
            OptionKey::Cut => &mut self.cut,
            OptionKey::Round => &mut self.round,
            OptionKey::Gates => &mut self.gates,
            OptionKey::Reference => &mut self.reference,
            OptionKey::Team => &mut self.team,
            OptionKey::Data => &mut self.data,
            OptionKey::Tab => &mut self.tab,
            OptionKey::Base => {
                self.base = Some(value).filter(|v| !v.is_empty());
                return;
            }
            OptionKey::SyncUrl => {
                self.sync_url = !matches!(value.trim(), "" | "false" | "0");
                return;
            }
            OptionKey::DataSrc => return,
            OptionKey::Controls
            | OptionKey::Explore
            | OptionKey::Header
            | OptionKey::Sources
            | OptionKey::Share
            | OptionKey::LangSwitch
            | OptionKey::ThemeSwitch
            | OptionKey::Rows => {
                self.layout.set(key, value);
                return;
            }
        };
        *slot = Some(value);
    }
}

/// Which view the widget shows: the article view (ranking) or the Explore views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// The ranking beside the sliders (kept simple for the article).
    #[default]
    Article,
    /// Sensitivity views: formula, slope chart, what it takes, bands, acceptability, editors.
    Explore,
    /// The classroom (issue 15): own data, who can win where, predict then reveal.
    Classroom,
}

impl Tab {
    /// Every tab, in the order of the tab list.
    pub const ALL: [Tab; 3] = [Tab::Article, Tab::Explore, Tab::Classroom];

    /// The tab's `data-tab` attribute (tests and the island's event paths name tabs by it).
    pub fn as_str(self) -> &'static str {
        match self {
            Tab::Article => "article",
            Tab::Explore => "explore",
            Tab::Classroom => "classroom",
        }
    }

    /// Reads the `tab` option ([`Tab::as_str`]'s words).
    pub fn parse(s: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// Everything the reader can change.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The page's own dataset (built in, or its `data-src`), kept so that a `data` link the
    /// page changes or removes later ([`Action::ApplyOptions`]) starts again from it.
    pub origin: DataRc,
    /// The data ranked: the loaded dataset, with any what-if scores applied to its matrix.
    pub data: DataRc,
    /// The loaded dataset without what-if scores (embedded or pasted), to show originals and
    /// to reset to.
    pub base: DataRc,
    /// Which view is shown.
    pub tab: Tab,
    /// The text last typed into the dataset editor, kept so switching views never loses it.
    pub draft: Rc<str>,
    /// The JSON text of a dataset the reader loaded (`None`: the built-in dataset), so
    /// "download current data" returns exactly what was loaded without a serializer in the wasm.
    pub source: Option<Rc<str>>,
    /// Importances, one per criterion, 0–[`SLIDER_MAX`], always finite; whole steps except a
    /// value from an older share-style link, kept exact until the reader moves that slider.
    pub weights: Vec<f64>,
    /// Interface language.
    pub lang: Lang,
    /// Colour theme.
    pub theme: Theme,
    /// Team whose details are open.
    pub selected: Option<usize>,
    /// What rank changes compare with.
    pub reference: Reference,
    /// Teams above the drawn line (the round's planned size unless the page says otherwise).
    pub cut: usize,
    /// The round shown (index into `Dataset::rounds`; `None` when the data has no rounds):
    /// who is ranked, where the line is, what really happened.
    pub round: Option<usize>,
    /// Requirements: a minimum score per criterion, off (`None`) by default.
    pub gates: Vec<Option<f64>>,
    /// Options that were ignored, shown until dismissed.
    pub notices: Vec<Notice>,
    /// Which parts of the widget show (the page's render options).
    pub layout: Layout,
    /// The reader pressed "show all" under a ranking shortened by `rows`.
    pub all_rows: bool,
}

/// Every change the interface can make.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A slider moved.
    SetWeight {
        /// Criterion index.
        criterion: usize,
        /// New importance (clamped to 0–[`SLIDER_MAX`] and rounded to a whole step: a slider
        /// that was off-step snaps when moved; non-finite values are ignored).
        value: f64,
    },
    /// A preset button was pressed (preset id).
    ApplyPreset(String),
    /// Back to equal weights.
    Reset,
    /// Language switch.
    SetLang(Lang),
    /// Theme switch.
    SetTheme(Theme),
    /// The reader picked what ▲▼ compare with.
    SetReference(Reference),
    /// Open a team's details (or close them with `None`, or toggle the open one).
    Select(Option<usize>),
    /// Hide the notices.
    DismissNotices,
    /// The page changed the options (an attribute of `<kai-ranking>` or `Widget::update`):
    /// only what differs between `prev` and `next` is re-applied, so the reader's own changes
    /// to everything else stay.
    /// (Boxed: two option sets would make every action 400 bytes.)
    ApplyOptions {
        /// The options the widget had.
        prev: Box<MountOptions>,
        /// The new options.
        next: Box<MountOptions>,
    },
    /// Switch between the article view and Explore.
    SetTab(Tab),
    /// Set every slider at once (e.g. "move the sliders there"); values are clamped to the
    /// scale but kept exact (a target share may need an off-step importance); a wrong count or
    /// a non-finite value is ignored.
    SetWeights(Vec<f64>),
    /// What-if: replace one team's score on one criterion (`None` = missing), clamped to the
    /// score scale. The dataset shown in the details keeps the original.
    SetScore {
        /// Team index.
        team: usize,
        /// Criterion index.
        criterion: usize,
        /// New score.
        value: Option<f64>,
    },
    /// Undo every what-if score.
    ResetScores,
    /// Replace the dataset (a validated one pasted or uploaded by the reader, with its JSON text;
    /// `None` for the built-in one): weights back to equal, selection and reference cleared, the
    /// cut from the new data.
    LoadData(DataRc, Option<Rc<str>>),
    /// The normalisation switch: the same items and criteria on a new 0–10 scale (a classroom
    /// table rebuilt with another direction or scaling). Weights, requirements, round, cut,
    /// selection, reference and source stay, so only the scaling's effect shows; with another
    /// number of criteria or items it is [`Action::LoadData`] (keeping the source).
    Rescale(DataRc),
    /// Keep the dataset editor's text.
    SetDraft(Rc<str>),
    /// The reader picked a round (index into `Dataset::rounds`): its participants are ranked,
    /// its planned size draws the line.
    SetRound(usize),
    /// A requirement switched on (`Some(minimum)`, clamped to the score scale) or off.
    SetGate {
        /// Criterion index.
        criterion: usize,
        /// The minimum score, or `None` for no requirement.
        min: Option<f64>,
    },
    /// "Show all": every row of a ranking shortened by the `rows` option.
    ShowAllRows,
}

impl State {
    /// The state after `action`, or `None` when the action changes nothing (an unknown preset,
    /// an out-of-range index, a non-finite value), so the view need not re-render.
    pub fn apply(&self, action: Action) -> Option<State> {
        let mut next = self.clone();
        match action {
            Action::SetWeight { criterion, value } => return self.set_weight(criterion, value),
            Action::ApplyPreset(id) => return self.apply_preset(&id),
            Action::Reset => return Some(self.reset()),
            Action::SetLang(lang) => next.lang = lang,
            Action::SetTheme(theme) => next.theme = theme,
            Action::SetReference(reference) => next.reference = reference,
            Action::Select(team) => {
                next.selected = if team == self.selected { None } else { team };
            }
            Action::DismissNotices => next.notices.clear(),
            Action::ApplyOptions { prev, next: options } => {
                if prev.data != options.data {
                    // Another dataset (or none, back to the page's): a new start, as at mount;
                    // only the reader's language and theme stay unless the page changed them.
                    let mut fresh = State::new(self.origin.clone(), &options);
                    if prev.lang == options.lang {
                        fresh.lang = self.lang;
                    }
                    if prev.theme == options.theme {
                        fresh.theme = self.theme;
                    }
                    return Some(fresh);
                }
                let fresh = State::with_data(self.origin.clone(), next.data.clone(), &options);
                if prev.lang != options.lang {
                    next.lang = fresh.lang;
                }
                if prev.theme != options.theme {
                    next.theme = fresh.theme;
                }
                if prev.weights != options.weights || prev.preset != options.preset {
                    next.weights = fresh.weights;
                }
                // A preset carries its requirements and its round (see `ApplyPreset`).
                let preset_changed = prev.preset != options.preset;
                if prev.round != options.round || preset_changed {
                    next.round = fresh.round;
                    next.cut = fresh.cut;
                }
                if prev.cut != options.cut {
                    next.cut = fresh.cut;
                }
                if prev.gates != options.gates || preset_changed {
                    next.gates = fresh.gates;
                }
                if prev.reference != options.reference {
                    next.reference = fresh.reference;
                }
                if prev.team != options.team {
                    next.selected = fresh.selected;
                }
                if prev.layout != options.layout {
                    next.layout = fresh.layout;
                    next.all_rows = false;
                }
                if prev.tab != options.tab {
                    next.tab = fresh.tab;
                }
                // The notices describe the options now in force (the data link's, unchanged,
                // still stands).
                let link: Vec<Notice> = self
                    .notices
                    .iter()
                    .filter(|n| matches!(n, Notice::BadData { .. }))
                    .cloned()
                    .collect();
                next.notices = link.into_iter().chain(fresh.notices).collect();
            }
            Action::SetTab(tab) => next.tab = tab,
            Action::SetWeights(w) => {
                if w.len() != next.weights.len() || w.iter().any(|v| !v.is_finite()) {
                    return None;
                }
                next.weights = w.into_iter().map(|v| v.clamp(0.0, SLIDER_MAX)).collect();
            }
            Action::SetScore { team, criterion, value } => {
                let m = &self.data.0.matrix;
                if team >= m.teams()
                    || criterion >= m.criteria
                    || value.is_some_and(|v| !v.is_finite())
                {
                    return None;
                }
                let value = value.map(|v| v.clamp(SCORE_MIN, SCORE_MAX));
                if m.get(team, criterion) == value {
                    return None;
                }
                let mut matrix = m.clone();
                matrix.set(team, criterion, value);
                next.data = DataRc(Rc::new(Data { dataset: self.base.dataset().clone(), matrix }));
            }
            Action::ResetScores => next.data = self.base.clone(),
            Action::LoadData(data, source) => {
                next.source = source;
                let d = data.dataset();
                next.weights = equal_weights(d.criteria.len());
                next.round = default_round(d);
                next.cut = round_cut(d, next.round);
                next.gates = vec![None; d.criteria.len()];
                next.selected = None;
                next.reference = Reference::Equal;
                next.base = data.clone();
                next.data = data;
            }
            Action::Rescale(data) => {
                let (old, new) = (self.base.dataset(), data.dataset());
                if old.criteria.len() != new.criteria.len() || old.teams.len() != new.teams.len() {
                    return self.apply(Action::LoadData(data, self.source.clone()));
                }
                next.base = data.clone();
                next.data = data;
            }
            Action::SetDraft(text) => next.draft = text,
            Action::SetRound(r) => {
                if r >= next.data.dataset().rounds.len() {
                    return None;
                }
                next.round = Some(r);
                next.cut = round_cut(next.data.dataset(), Some(r));
            }
            Action::SetGate { criterion, min } => {
                if min.is_some_and(|v| !v.is_finite()) {
                    return None;
                }
                let slot = next.gates.get_mut(criterion)?;
                *slot = min.map(|v| v.clamp(SCORE_MIN, SCORE_MAX));
            }
            Action::ShowAllRows => {
                if self.all_rows || self.layout.rows.is_none() {
                    return None;
                }
                next.all_rows = true;
            }
        }
        Some(next)
    }
}

/// `n` sliders at the default importance (5 of 10: equal shares, room to move either way).
pub fn equal_weights(n: usize) -> Vec<f64> {
    vec![importance::DEFAULT; n]
}

/// Importances for weights read from a URL, an attribute or a preset: see
/// [`importance::to_importances`] (older share-style weightings keep their shares exactly).
pub fn to_slider_scale(raw: &[f64]) -> Vec<f64> {
    importance::to_importances(raw)
}

/// Importances of a preset, or `None` when no preset has this id (or its weights are bad).
pub fn preset_weights(dataset: &Dataset, id: &str) -> Option<Vec<f64>> {
    let w = Weights::from_preset(dataset, dataset.preset(id)?).ok()?;
    Some(to_slider_scale(w.raw()))
}

/// Index of the round with this id.
fn round_index(d: &Dataset, id: &str) -> Option<usize> {
    d.rounds.iter().position(|r| r.id == id)
}

/// The round shown by default: the latest evaluation with a real outcome (see
/// `Dataset::default_round`).
fn default_round(d: &Dataset) -> Option<usize> {
    d.default_round().and_then(|r| round_index(d, &r.id))
}

/// The line of a round (`Dataset::round_cut`, the same the CLI draws).
fn round_cut(d: &Dataset, round: Option<usize>) -> usize {
    d.round_cut(round.and_then(|r| d.rounds.get(r)))
}

/// The three actions the island (crates/island) also runs, as methods of their own, so the
/// first view and the full widget share them without the island carrying every other action.
impl State {
    /// [`Action::SetWeight`].
    pub fn set_weight(&self, criterion: usize, value: f64) -> Option<State> {
        if !value.is_finite() {
            return None;
        }
        let mut next = self.clone();
        *next.weights.get_mut(criterion)? = value.clamp(0.0, SLIDER_MAX).round();
        Some(next)
    }

    /// [`Action::ApplyPreset`].
    pub fn apply_preset(&self, id: &str) -> Option<State> {
        let mut next = self.clone();
        let d = self.data.dataset();
        let preset = d.presets.iter().find(|p| p.id == id)?;
        next.weights = preset_weights(d, id)?;
        // A preset is a whole way of judging: its requirements replace the reader's, and
        // one that reproduces a round ("as in stage one") shows that round.
        next.gates = gates_from_map(d, &preset.gates).minimums().to_vec();
        if let Some(r) = preset.round.as_deref().and_then(|r| round_index(d, r)) {
            next.round = Some(r);
            next.cut = round_cut(d, Some(r));
        }
        Some(next)
    }

    /// [`Action::Reset`].
    pub fn reset(&self) -> State {
        State { weights: equal_weights(self.weights.len()), ..self.clone() }
    }

    /// The state without options: what the pre-rendered copy shows (equal to
    /// `State::new(data, &MountOptions::default())`, a test checks it), built without the
    /// option parsers so the island need not carry them.
    pub fn defaults(data: DataRc) -> State {
        let d = data.dataset();
        let round = default_round(d);
        State {
            origin: data.clone(),
            base: data.clone(),
            tab: Tab::Article,
            draft: Rc::from(""),
            source: None,
            weights: equal_weights(d.criteria.len()),
            lang: Lang::Ko,
            theme: Theme::Auto,
            selected: None,
            reference: Reference::Equal,
            cut: round_cut(d, round),
            round,
            gates: vec![None; d.criteria.len()],
            notices: Vec::new(),
            layout: Layout::default(),
            all_rows: false,
            data,
        }
    }
}

impl State {
    /// The starting state for `options`, and a notice for every option that had to be ignored
    /// (the widget still renders, with defaults). `data` is the page's dataset; a `data` link
    /// ([`crate::classroom::link::decode`], checked as a paste is) replaces it, or, when it
    /// cannot be read, says why ([`Notice::BadData`]) and leaves the page's.
    pub fn new(data: DataRc, options: &MountOptions) -> State {
        let given = options.data.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let Some(param) = given else {
            return State::with_data(data.clone(), data, options);
        };
        match crate::classroom::link::decode(param) {
            Ok(d) => {
                let linked = DataRc::new(d);
                let mut s = State::with_data(data, linked, options);
                // The table in the editor, its settings under it, as if just pasted.
                s.draft = Rc::from(crate::classroom::to_tsv(s.base.dataset()));
                s
            }
            Err(e) => {
                let mut s = State::with_data(data.clone(), data, options);
                s.notices.insert(
                    0,
                    Notice::BadData { ko: e.message(Lang::Ko), en: e.message(Lang::En) },
                );
                s
            }
        }
    }

    /// [`State::new`] for a dataset already chosen (`data`; `origin` is the page's own).
    fn with_data(origin: DataRc, data: DataRc, options: &MountOptions) -> State {
        let d = data.dataset();
        let mut notices = Vec::new();
        let given = |o: &Option<String>| {
            o.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
        };

        let lang = match given(&options.lang) {
            Some(v) => Lang::parse(&v).unwrap_or_else(|| {
                notices.push(Notice::BadLang(v));
                Lang::Ko
            }),
            None => Lang::Ko,
        };
        let theme = match given(&options.theme) {
            Some(v) => Theme::parse(&v).unwrap_or_else(|| {
                notices.push(Notice::BadTheme(v));
                Theme::Auto
            }),
            None => Theme::Auto,
        };
        let mut weights = equal_weights(d.criteria.len());
        if let Some(v) = given(&options.preset) {
            match preset_weights(d, &v) {
                Some(w) => weights = w,
                None => notices.push(Notice::BadPreset(v)),
            }
        }
        // Explicit weights win over a preset: they are the more specific request.
        if let Some(v) = given(&options.weights) {
            match Weights::parse(d, &v) {
                Ok(w) => weights = to_slider_scale(w.raw()),
                Err(e) => notices.push(Notice::BadWeights {
                    value: v,
                    ko: e.message(Lang::Ko),
                    en: e.message(Lang::En),
                }),
            }
        }
        // A preset that reproduces a round ("as in stage one") shows that round, unless the page
        // names another one.
        let preset_round = given(&options.preset)
            .and_then(|v| d.presets.iter().find(|p| p.id == v))
            .and_then(|p| p.round.as_deref())
            .and_then(|r| round_index(d, r));
        let round = match given(&options.round) {
            Some(v) => round_index(d, &v).or_else(|| {
                notices.push(Notice::BadRound(v));
                preset_round.or_else(|| default_round(d))
            }),
            None => preset_round.or_else(|| default_round(d)),
        };
        let default_cut = round_cut(d, round);
        let cut = match given(&options.cut) {
            Some(v) => match v.parse::<usize>() {
                Ok(n) if n >= 1 && n < d.teams.len() => n,
                _ => {
                    notices.push(Notice::BadCut { value: v, shown: default_cut });
                    default_cut
                }
            },
            None => default_cut,
        };
        let mut gates = vec![None; d.criteria.len()];
        if let Some(p) = given(&options.preset).and_then(|v| d.presets.iter().find(|p| p.id == v)) {
            gates = gates_from_map(d, &p.gates).minimums().to_vec();
        }
        if let Some(v) = given(&options.gates) {
            match parse_gates(d, &v) {
                Ok(g) => gates = g,
                Err(e) => notices.push(Notice::BadGates {
                    value: v,
                    ko: e.message(Lang::Ko),
                    en: e.message(Lang::En),
                }),
            }
        }
        let reference = match given(&options.reference) {
            Some(v) => Reference::parse(d, &v).unwrap_or_else(|| {
                notices.push(Notice::BadReference(v));
                Reference::Equal
            }),
            None => Reference::Equal,
        };
        let selected = given(&options.team).and_then(|id| d.team_index(&id));
        let (layout, problems) = Layout::parse(&options.layout);
        notices.extend(problems.into_iter().map(Notice::BadLayout));
        let tab = match given(&options.tab) {
            Some(v) => Tab::parse(&v).unwrap_or_else(|| {
                notices.push(Notice::BadTab(v));
                Tab::Article
            }),
            None => Tab::Article,
        };
        State {
            origin,
            base: data.clone(),
            data,
            tab,
            draft: Rc::from(""),
            source: None,
            weights,
            lang,
            theme,
            selected,
            reference,
            cut,
            round,
            gates,
            notices,
            layout,
            all_rows: false,
        }
    }

    /// Rows the ranking shows now: the `rows` option until the reader presses "show all".
    pub fn rows_shown(&self) -> Option<usize> {
        if self.all_rows { None } else { self.layout.rows }
    }

    /// The engine's weights for the current sliders (always valid: sliders are clamped).
    pub fn engine_weights(&self) -> Weights {
        Weights::new(self.weights.clone()).unwrap_or_else(|_| Weights::equal(self.weights.len()))
    }

    /// Index of the preset whose shares equal the current ones (derived, never stored, so it
    /// stays right when a slider lands back on a preset).
    pub fn active_preset(&self) -> Option<usize> {
        let d = self.data.dataset();
        let current = self.engine_weights().shares()?;
        d.presets.iter().position(|p| {
            Weights::from_preset(d, p).ok().and_then(|w| w.shares()).is_some_and(|w| {
                w.len() == current.len()
                    && w.iter().zip(&current).all(|(a, b)| (a - b).abs() < 1e-9)
            })
        })
    }

    /// The round shown, if the data has rounds.
    pub fn round(&self) -> Option<&Round> {
        self.round.and_then(|r| self.data.dataset().rounds.get(r))
    }

    /// The teams ranked: the round's participants (all teams without rounds).
    pub fn scope(&self) -> Vec<usize> {
        scope(self.data.dataset(), self.round())
    }

    /// The requirements as the engine takes them.
    pub fn engine_gates(&self) -> Gates {
        Gates::new(self.gates.clone())
    }

    /// The real outcome of the round shown, when decided.
    pub fn actual(&self) -> Option<&[String]> {
        self.round().and_then(|r| r.actual.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kai() -> DataRc {
        let d = crate::validate::parse_json(crate::KAI_2025_JSON).and_then(crate::validate::check);
        DataRc::new(d.unwrap())
    }

    /// The island starts from `defaults`; the pre-rendered copy is `new` without options.
    #[test]
    fn defaults_are_the_state_without_options() {
        let data = kai();
        assert_eq!(State::defaults(data.clone()), State::new(data, &MountOptions::default()));
    }

    #[test]
    fn the_islands_actions_are_the_reducers() {
        let s = State::defaults(kai());
        let s2 = s.apply(Action::SetWeight { criterion: 0, value: 9.4 }).unwrap();
        assert_eq!(s2.weights, vec![9.0, 5.0, 5.0, 5.0]);
        assert_eq!(s.set_weight(0, 9.4), Some(s2.clone()));
        assert_eq!(s.set_weight(9, 1.0), None, "no such criterion");
        assert_eq!(s.set_weight(0, f64::NAN), None);
        assert_eq!(s2.apply(Action::Reset).unwrap().weights, vec![5.0; 4]);
        assert_eq!(s2.apply(Action::ApplyPreset("nope".into())), None);
        let ministry = s.apply(Action::ApplyPreset("ministry".into())).unwrap();
        assert_eq!(s.apply_preset("ministry"), Some(ministry));
    }

    /// The classroom example (tests/fixtures/classroom-cities.tsv), commute lower is better,
    /// min–max for all, as a `data` link.
    fn cities_link() -> String {
        use crate::classroom::{CriterionScale, Direction, build, link, parse_table};
        let t = parse_table(include_str!("../../../tests/fixtures/classroom-cities.tsv")).unwrap();
        let lower = CriterionScale { direction: Direction::LowerIsBetter, ..Default::default() };
        let d = build(&t, &[CriterionScale::default(), lower, CriterionScale::default()]).unwrap();
        link::encode(&d).unwrap()
    }

    #[test]
    fn a_data_link_starts_with_its_dataset_and_weights() {
        let kai = kai();
        let options = MountOptions {
            data: Some(cities_link()),
            weights: Some("5,8,5".into()),
            tab: Some("classroom".into()),
            ..Default::default()
        };
        let s = State::new(kai.clone(), &options);
        assert_eq!(s.notices, vec![]);
        assert_eq!(s.data.dataset().mode, crate::model::Mode::Classroom);
        assert_eq!(s.data.dataset().teams.len(), 4);
        assert_eq!(s.weights, vec![5.0, 8.0, 5.0], "the link's weights apply to its data");
        assert_eq!(s.tab, Tab::Classroom);
        assert_eq!(s.origin, kai);
        assert!(
            s.draft.starts_with("도시\t녹지 비율(%)"),
            "the editor shows the table: {}",
            s.draft
        );
        // Cut: the fallback 5, at most items − 1.
        assert_eq!(s.cut, 3);
    }

    #[test]
    fn a_bad_data_link_says_why_and_keeps_the_page_data() {
        let kai = kai();
        let link = cities_link();
        for (bad, en) in [
            (
                link[..link.len() / 2].to_string(),
                "The data in the link is damaged; check that the link was not cut short.",
            ),
            (
                "2.abc".to_string(),
                "The data in the link is damaged; check that the link was not cut short.",
            ),
            ("A".repeat(8001), "The data in the link is too long (8001 characters; at most 8000)."),
        ] {
            let options = MountOptions {
                data: Some(bad),
                weights: Some("8,6,4,2".into()),
                ..Default::default()
            };
            let s = State::new(kai.clone(), &options);
            assert_eq!(s.data, kai);
            assert_eq!(s.weights, vec![8.0, 6.0, 4.0, 2.0]);
            assert_eq!(s.notices.len(), 1, "{:?}", s.notices);
            assert_eq!(
                s.notices[0].message(Lang::En),
                format!("Cannot use the data in the link: {en} Showing the built-in data.")
            );
            assert!(
                s.notices[0]
                    .message(Lang::Ko)
                    .starts_with("링크에 담긴 데이터를 쓸 수 없습니다: 링크 속 데이터가")
            );
        }
        let s = State::new(
            kai.clone(),
            &MountOptions { tab: Some("nope".into()), ..Default::default() },
        );
        assert_eq!(s.tab, Tab::Article);
        assert_eq!(
            s.notices[0].message(Lang::Ko),
            "알 수 없는 보기: ‘nope’. 순위 보기로 시작합니다."
        );
    }

    /// A page that sets, then removes, a `data` attribute: its dataset, then its own again.
    #[test]
    fn the_page_can_change_and_remove_the_data_link() {
        let kai = kai();
        let none = MountOptions::default();
        let with = MountOptions { data: Some(cities_link()), ..Default::default() };
        let s = State::new(kai.clone(), &none).apply(Action::SetLang(Lang::En)).unwrap();
        let apply = |s: &State, prev: &MountOptions, next: &MountOptions| {
            s.apply(Action::ApplyOptions {
                prev: Box::new(prev.clone()),
                next: Box::new(next.clone()),
            })
            .unwrap()
        };
        let s = apply(&s, &none, &with);
        assert_eq!(s.data.dataset().teams.len(), 4);
        assert_eq!(s.lang, Lang::En, "the reader's language stays");
        let moved = s.apply(Action::SetWeight { criterion: 1, value: 9.0 }).unwrap();
        let other = MountOptions { theme: Some("dark".into()), ..with.clone() };
        let t = apply(&moved, &with, &other);
        assert_eq!(
            t.weights,
            vec![5.0, 9.0, 5.0],
            "an unrelated change keeps the data and weights"
        );
        assert_eq!(t.data, moved.data);
        let back = apply(&t, &other, &none);
        assert_eq!(back.data, kai);
        assert_eq!(back.weights, vec![5.0; 4]);
    }
}
