//! The island: the first view's small wasm (README "First view").
//!
//! Why: a reader who only looks at the ranking and moves a slider should not download Yew and
//! every Explore view first. The page already holds the widget's pre-rendered markup (Yew SSR
//! of the very same components, `src/prerender.rs`); this module makes that markup live. It
//! updates the existing nodes in place (order, ranks, scores, ▲▼, bars, the cut line, slider
//! numbers, shares, presets, the live sentence, the page URL) with the engine's own ranking and
//! words, and never writes a second template of the widget.
//!
//! Anything else the reader does (Explore, a team's details, language, theme, share, round,
//! requirements, the dock's toggle, a change between the phone and desktop layouts) needs the
//! full widget: the island stops the event, calls the
//! page's `wake` callback (www/wake.js), which imports the Yew app, mounts it over the same
//! markup with the island's state (the weights) and replays the event. `start` returns
//! `undefined` when the island cannot show what the options ask for (another language, round,
//! team, layout option, a bad option that needs a notice, no pre-rendered copy): the page then
//! mounts the full widget at once, as before. On a narrow widget it draws the phone dock as
//! `ControlsDock` does.
//!
//! A drift test (tests/e2e/island.test.mjs) renders the same weightings through the island and
//! through Yew and asserts the same DOM.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use kai_engine::i18n::{self, Ui};
use kai_engine::model::SCORE_MAX;
use kai_engine::rank::{CutComparison, Movement, Ranking, compare_cut, movements, rank_in};
use kai_engine::share;
use kai_engine::state::{DataRc, Reference, State};
use kai_engine::text::Lang;
use kai_engine::{format, importance};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlInputElement};

mod data;

/// The class the pre-renderer puts on the static copy's root (`kai_ranking::prerender`).
const STATIC_CLASS: &str = "kai-static";
/// Marks the controls the static copy disabled (`kai_ranking::prerender::OFF_ATTR`).
const OFF_ATTR: &str = "data-ssr-off";
/// Below this widget width the phone layout (the sliders in a dock after the ranking)
/// applies (`kai_ranking::components::NARROW_PX`).
const NARROW_PX: i32 = 700;
/// The page URL is written this long after the last change (`kai_ranking::embed`).
const URL_WRITE_MS: i32 = 300;
/// The live sentence waits for this much stability (`kai_ranking::components::SETTLE_MS`).
const SETTLE_MS: i32 = 500;
/// The rows' slide (`kai_ranking::components::ranking_list::FLIP_MS`).
const FLIP_MS: u32 = 300;
/// The widget number of a page's one widget (element ids `kai0-…`).
const INSTANCE: u32 = 0;
const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// A live island, returned by [`start`].
#[wasm_bindgen]
pub struct Island {
    inner: Rc<Inner>,
}

/// An event listener on the host: its event type and callback (kept to remove it).
type Listener = (&'static str, Closure<dyn FnMut(Event)>);
/// The observer of the widget's width and its callback.
type Watcher = (web_sys::ResizeObserver, Closure<dyn FnMut()>);

/// What the island holds: the state (the same reducer as the full widget), the nodes it
/// updates, and its listeners (kept alive here, removed by [`Island::stop`]).
struct Inner {
    host: Element,
    root: Element,
    state: RefCell<State>,
    /// The ranking ▲▼ compare with (the reference does not change in the island).
    reference: Option<Ranking>,
    /// The round's teams (dataset indices).
    scope: Vec<usize>,
    /// Row `<li>` by team index.
    rows: Vec<Option<Element>>,
    list: Element,
    /// Slides reordered rows (the full widget's animator, `kai_dom::RowAnimator`).
    animator: kai_dom::RowAnimator,
    cut_li: RefCell<Option<Element>>,
    apart_li: RefCell<Option<Element>>,
    on_wake: js_sys::Function,
    listeners: RefCell<Vec<Listener>>,
    resize: RefCell<Option<Watcher>>,
    /// Bumped on every change: a pending URL write or sentence only runs if still the latest.
    generation: Cell<u32>,
    sync_url: bool,
    stopped: Cell<bool>,
    /// The phone layout (a widget narrower than [`NARROW_PX`]) at start.
    narrow: bool,
    /// The phone dock (the controls section, moved after the ranking), when narrow.
    dock: RefCell<Option<Element>>,
}

#[wasm_bindgen]
impl Island {
    /// The weights now, as the `weights` option takes them (exact, so the handover keeps an
    /// off-step value from an older link).
    pub fn weights(&self) -> String {
        share::weights_param(&self.inner.state.borrow().weights)
    }

    /// Removes the listeners (the full widget takes over the markup). Idempotent.
    pub fn stop(&self) {
        self.inner.stop();
    }
}

/// Makes the pre-rendered copy inside `host` live, or returns `undefined` when it cannot
/// show what `options` ask for (see the module documentation). `on_wake(event)` is called
/// with an event the island does not handle (stopped, for the page to replay after the
/// handover), or with `null` when the widget became narrow.
#[wasm_bindgen]
pub fn start(host: Element, options: JsValue, on_wake: js_sys::Function) -> Option<Island> {
    let opts = IslandOptions::read(&options)?;
    let mut state = State::defaults(DataRc::new(data::dataset()));
    // The copy was rendered with the defaults: only the weights may differ (a preset that
    // also sets a round or requirements, or a bad value that needs a notice, is refused).
    if let Some(id) = &opts.preset {
        let next = state.apply_preset(id)?;
        if next.round != state.round || next.gates != state.gates {
            return None;
        }
        state = next;
    }
    if let Some(w) = &opts.weights {
        let parsed =
            kai_engine::rank::Weights::parse_with(state.data.dataset(), w, &plain_decimal).ok()?;
        state.weights = kai_engine::state::to_slider_scale(parsed.raw());
    }
    let root = host.query_selector(":scope > section.kai-ranking.kai-static").ok()??;
    if root.get_attribute("lang").as_deref() != Some(state.lang.code())
        || root.query_selector("#kai0-title").ok().flatten().is_none()
    {
        return None;
    }
    let narrow = is_narrow(root.client_width());
    let list = root.query_selector("ol.kai-list").ok()??;
    let d = state.data.dataset();
    let mut rows = vec![None; d.teams.len()];
    let mut li = list.first_element_child();
    while let Some(el) = li {
        if let Some(t) = el.get_attribute("data-team-id").and_then(|id| d.team_index(&id)) {
            rows[t] = Some(el.clone());
        }
        li = el.next_element_sibling();
    }
    let scope = state.scope();
    let reference = match state.reference {
        Reference::Equal => {
            let w = kai_engine::rank::Weights::equal(d.criteria.len());
            Some(rank_in(&state.data.0.matrix, &w, &scope, &state.engine_gates()))
        }
        // The defaults compare with equal weights; anything else was refused above.
        _ => return None,
    };
    let cut_li = list.query_selector(":scope > li.kai-cut").ok().flatten();
    let apart_li = list.query_selector(":scope > li.kai-apart").ok().flatten();
    let inner = Rc::new(Inner {
        host,
        root,
        sync_url: opts.sync_url,
        state: RefCell::new(state),
        reference,
        scope,
        rows,
        animator: kai_dom::RowAnimator::new(list.clone(), FLIP_MS),
        list,
        cut_li: RefCell::new(cut_li),
        apart_li: RefCell::new(apart_li),
        on_wake,
        listeners: RefCell::new(Vec::new()),
        resize: RefCell::new(None),
        generation: Cell::new(0),
        stopped: Cell::new(false),
        narrow,
        dock: RefCell::new(None),
    });
    // The copy goes live: the controls work, the static marks go.
    go_live(&inner.root);
    if narrow {
        *inner.dock.borrow_mut() = Some(dock(&inner.root, inner.state.borrow().lang)?);
    }
    Inner::listen(&inner);
    inner.render(false);
    if inner.sync_url {
        inner.schedule_url();
    }
    Some(Island { inner })
}

/// Switches on the controls the static copy disabled and drops what only the copy has.
fn go_live(root: &Element) {
    let _ = root.class_list().remove_1(STATIC_CLASS);
    if let Ok(list) = root.query_selector_all(&format!("[{OFF_ATTR}]")) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.remove_attribute("disabled");
                let _ = el.remove_attribute(OFF_ATTR);
            }
        }
    }
    if let Ok(list) = root.query_selector_all("noscript") {
        for i in 0..list.length() {
            if let Some((n, p)) = list.item(i).and_then(|n| Some((n.clone(), n.parent_node()?))) {
                let _ = p.remove_child(&n);
            }
        }
    }
    if let Ok(Some(controls)) = root.query_selector(".kai-controls[data-layout=\"pending\"]") {
        let _ = controls.set_attribute("data-layout", "wide");
    }
}

/// Whether a widget this wide takes the phone layout (`kai_ranking::components::use_narrow`).
fn is_narrow(width: i32) -> bool {
    width > 0 && width < NARROW_PX
}

/// The phone layout, as `ControlsDock` renders it on a narrow widget: the controls after the
/// ranking (document order is focus order) in a sticky dock, open, with its toggle. Returns the
/// dock section.
fn dock(root: &Element, lang: Lang) -> Option<Element> {
    let doc = root.owner_document()?;
    let controls = root.query_selector(".kai-body > .kai-controls").ok()??;
    let results = root.query_selector(".kai-body > .kai-results").ok()??;
    let panel_id = format!("kai{INSTANCE}-dock");
    let toggle_id = format!("{panel_id}-toggle");
    let panel = doc.create_element("div").ok()?;
    let _ = panel.set_attribute("class", "kai-dock-panel");
    let _ = panel.set_attribute("id", &panel_id);
    while let Some(child) = controls.first_child() {
        let _ = panel.append_child(&child);
    }
    let toggle = doc.create_element("button").ok()?;
    for (name, value) in [
        ("type", "button"),
        ("class", "kai-dock-toggle"),
        ("id", toggle_id.as_str()),
        ("aria-expanded", "true"),
        ("aria-controls", panel_id.as_str()),
    ] {
        let _ = toggle.set_attribute(name, value);
    }
    let label = doc.create_element("span").ok()?;
    label.set_text_content(Some(Ui::Dock.get(lang)));
    let chevron = doc.create_element("span").ok()?;
    let _ = chevron.set_attribute("class", "kai-dock-chev");
    let _ = chevron.set_attribute("aria-hidden", "true");
    chevron.set_text_content(Some("▾"));
    let _ = toggle.append_child(&label);
    let _ = toggle.append_child(&chevron);
    let _ = controls.append_child(&toggle);
    let _ = controls.append_child(&panel);
    for (name, value) in [
        ("class", "kai-controls kai-dock"),
        ("aria-labelledby", toggle_id.as_str()),
        ("data-layout", "narrow"),
        ("data-dock", "open"),
    ] {
        let _ = controls.set_attribute(name, value);
    }
    let _ = results.after_with_node_1(&controls);
    Some(controls)
}

impl Inner {
    fn listen(this: &Rc<Inner>) {
        for kind in ["input", "change", "click", "keydown", "focusin"] {
            let weak = Rc::downgrade(this);
            let f = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
                if let Some(inner) = weak.upgrade() {
                    inner.on_event(&e);
                }
            });
            let opts = web_sys::AddEventListenerOptions::new();
            opts.set_capture(true);
            let _ = this.host.add_event_listener_with_callback_and_add_event_listener_options(
                kind,
                f.as_ref().unchecked_ref(),
                &opts,
            );
            this.listeners.borrow_mut().push((kind, f));
        }
        let weak = Rc::downgrade(this);
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            if let Some(inner) = weak.upgrade() {
                // The other layout: the full widget's to draw.
                let w = inner.root.client_width();
                if w > 0 && is_narrow(w) != inner.narrow && !inner.stopped.get() {
                    inner.wake(&JsValue::NULL);
                }
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&this.root);
            *this.resize.borrow_mut() = Some((observer, on_resize));
        }
    }

    fn stop(&self) {
        if self.stopped.replace(true) {
            return;
        }
        for (kind, f) in self.listeners.borrow_mut().drain(..) {
            let _ = self.host.remove_event_listener_with_callback_and_bool(
                kind,
                f.as_ref().unchecked_ref(),
                true,
            );
        }
        if let Some((observer, _)) = self.resize.borrow_mut().take() {
            observer.disconnect();
        }
        // Pending URL writes and sentences see a new generation and do nothing.
        self.generation.set(self.generation.get().wrapping_add(1));
    }

    /// Asks the page for the full widget (`event`: what to replay after it, or null).
    fn wake(&self, event: &JsValue) {
        let _ = self.on_wake.call1(&JsValue::NULL, event);
    }

    fn on_event(self: &Rc<Self>, e: &Event) {
        if self.stopped.get() {
            return;
        }
        let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let kind = e.type_();
        if kind == "focusin" {
            // The phone dock keeps the rows above it in sight, and nothing under it
            // (`ControlsDock`, with the same kai-dom functions).
            if let Some(dock) = self.dock.borrow().as_ref() {
                if target.closest(".kai-dock-panel").ok().flatten().is_some() {
                    kai_dom::keep_rows_in_sight(dock);
                }
                kai_dom::unobscure(dock, e.target());
            }
            return;
        }
        // A slider: the island's own job.
        if target.matches("input[type=\"range\"][data-criterion]").unwrap_or(false) {
            if kind == "input" {
                self.on_slider(&target);
            }
            return;
        }
        if kind == "keydown" {
            // The view tabs move with the arrow keys (`ExploreTabs`): the full widget's.
            let key = e.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key()).unwrap_or_default();
            let tab_key = matches!(key.as_str(), "ArrowLeft" | "ArrowRight" | "Home" | "End");
            if !(tab_key && target.matches("[role=\"tab\"]").unwrap_or(false)) {
                return;
            }
        } else if kind == "click" && target.closest("summary").ok().flatten().is_some() {
            // A definition opens by itself (plain <details>); another disclosure (the embed
            // builder) draws its content when it opens: the full widget's.
            if target.closest(".kai-def-box").ok().flatten().is_some() {
                return;
            }
        } else if kind == "click" {
            let button = target.closest("button").ok().flatten();
            let checkable = target.matches("input[type=\"checkbox\"], input[type=\"radio\"]");
            if let Some(button) = button {
                if let Some(next) = self.button_action(&button) {
                    self.set(next);
                    return;
                }
            } else if !checkable.unwrap_or(false) {
                return; // text, labels, links, the definitions' <summary>: nothing to do
            }
        } else if !target.matches("input, select, textarea").unwrap_or(false) {
            return;
        }
        // Everything else is the full widget's: stop it here and replay it there.
        e.prevent_default();
        e.stop_immediate_propagation();
        self.wake(e.as_ref());
    }

    /// What a button press does in the island: a preset or reset that only moves the
    /// sliders (the next state). A preset that also sets a round or requirements is the full
    /// widget's.
    fn button_action(&self, button: &Element) -> Option<State> {
        let state = self.state.borrow();
        let next = if let Some(id) = button.get_attribute("data-preset") {
            state.apply_preset(&id).unwrap_or_else(|| state.clone())
        } else if button.has_attribute("data-reset") {
            state.reset()
        } else {
            return None;
        };
        (next.round == state.round && next.gates == state.gates).then_some(next)
    }

    fn on_slider(self: &Rc<Self>, input: &Element) {
        let Some(input) = input.dyn_ref::<HtmlInputElement>() else { return };
        let value = input.value_as_number();
        let criterion = input.get_attribute("data-criterion").and_then(|id| {
            self.state.borrow().data.dataset().criteria.iter().position(|c| c.id == id)
        });
        let next = criterion.and_then(|c| self.state.borrow().set_weight(c, value));
        if let Some(next) = next {
            self.set(next);
        }
    }

    fn set(self: &Rc<Self>, next: State) {
        if *self.state.borrow() == next {
            return;
        }
        *self.state.borrow_mut() = next;
        self.render(true);
        if self.sync_url {
            self.schedule_url();
        }
    }

    /// Runs `f` after `ms` unless another change (or the handover) came first.
    fn later(self: &Rc<Self>, ms: i32, f: impl FnOnce(&Inner) + 'static) {
        let mine = self.generation.get();
        let weak = Rc::downgrade(self);
        let cb = Closure::once_into_js(move || {
            let current = weak.upgrade().filter(|i| i.generation.get() == mine && !i.stopped.get());
            if let Some(inner) = current {
                f(&inner);
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms);
        }
    }

    fn schedule_url(self: &Rc<Self>) {
        self.later(URL_WRITE_MS, |inner| {
            let s = inner.state.borrow();
            let round = s.round().map(|r| r.id.clone());
            let weights = share::weights_param(&s.weights);
            // No requirement is ever on in the island (it declines them), so no `gates=`.
            kai_dom::write_url(&kai_dom::UrlView {
                lang: s.lang.code(),
                weights: &weights,
                round: round.as_deref(),
                ..Default::default()
            });
        });
    }

    /// Brings every node that depends on the weights up to date. `changed`: after a reader's
    /// change (the sentence then waits to settle, as in the full widget).
    fn render(self: &Rc<Self>, changed: bool) {
        self.generation.set(self.generation.get().wrapping_add(1));
        let s = self.state.borrow();
        let d = s.data.dataset();
        let lang = s.lang;
        let ranking =
            rank_in(&s.data.0.matrix, &s.engine_weights(), &self.scope, &s.engine_gates());
        let comparison = compare_cut(d, &ranking, s.cut, s.actual());
        let moves = movements(&ranking, self.reference.as_ref(), &comparison);
        let shares = ranking.shares.clone().unwrap_or_else(|| vec![0.0; s.weights.len()]);
        self.render_sliders(&s, &shares);
        self.render_legend(lang, &shares);
        self.render_presets(&s, &ranking, &comparison);
        self.render_rows(&s, &ranking, &comparison, &moves, &shares);
        let pending = s.round().is_some_and(|r| r.actual.is_none());
        let summary = i18n::round_summary(lang, d, &ranking, &comparison, pending);
        drop(s);
        // The live sentence, as `LiveSummary`: at once for the starting weights, after it
        // settles for a reader's change.
        let show = move |inner: &Inner| {
            if let Ok(Some(p)) = inner.root.query_selector(".kai-summary") {
                set_text(&p, &summary);
            }
        };
        if changed {
            self.later(SETTLE_MS, show);
        } else {
            show(self);
        }
    }

    fn render_sliders(&self, s: &State, shares: &[f64]) {
        let lang = s.lang;
        for (i, c) in s.data.dataset().criteria.iter().enumerate() {
            let Ok(Some(el)) = self.root.query_selector(&format!("#kai{INSTANCE}-w-{}", c.id))
            else {
                continue;
            };
            let value = s.weights.get(i).copied().unwrap_or(0.0);
            let pct = format::percent(lang, shares.get(i).copied().unwrap_or(0.0));
            let shown = importance::label(value);
            if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                let v = format::weight(value);
                if input.value() != v {
                    input.set_value(&v);
                }
            }
            set_attr(&el, "step", if importance::on_step(value) { "1" } else { "any" });
            set_attr(&el, "aria-valuetext", &i18n::slider_valuetext(lang, &shown, &pct));
            if let Some(slider) = el.parent_element() {
                if let Ok(Some(out)) = slider.query_selector(":scope > output.kai-imp") {
                    set_text(&out, &shown);
                }
                if let Ok(Some(share)) = slider.query_selector(":scope > .kai-wshare") {
                    set_text(&share, &i18n::share_text(lang, &pct));
                }
            }
        }
    }

    fn render_legend(&self, lang: Lang, shares: &[f64]) {
        let Ok(list) = self.root.query_selector_all(".kai-legend-share") else { return };
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                set_text(
                    &el,
                    &format::percent(lang, shares.get(i as usize).copied().unwrap_or(0.0)),
                );
            }
        }
    }

    fn render_presets(&self, s: &State, ranking: &Ranking, comparison: &CutComparison) {
        let Ok(Some(bar)) = self.root.query_selector(".kai-presets") else { return };
        let d = s.data.dataset();
        let lang = s.lang;
        let active = s.active_preset();
        if let Ok(buttons) = bar.query_selector_all("[data-preset]") {
            for i in 0..buttons.length() {
                if let Some(b) = buttons.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    set_attr(
                        &b,
                        "aria-pressed",
                        if active == Some(i as usize) { "true" } else { "false" },
                    );
                }
            }
        }
        let preset = active.and_then(|i| d.presets.get(i));
        let description = preset.map(|p| p.description.get(lang).to_string());
        let result = preset
            .filter(|p| p.round.is_some() && p.round.as_deref() == s.round().map(|r| r.id.as_str()))
            .map(|_| {
                let pending = s.round().is_some_and(|r| r.actual.is_none());
                let summary = i18n::round_summary(lang, d, ranking, comparison, pending);
                format!("{}: {summary}", i18n::Rx::PresetResult.get(lang))
            });
        let desc_el = bar.query_selector(":scope > .kai-preset-desc").ok().flatten();
        let result_el = bar.query_selector(":scope > .kai-preset-result").ok().flatten();
        let Some(doc) = bar.owner_document() else { return };
        // In the full widget's order: the description, then the result.
        sync_optional(&doc, &bar, desc_el, description.as_deref(), |p| {
            let _ = p.set_attribute("class", "kai-note kai-preset-desc");
        });
        sync_optional(&doc, &bar, result_el, result.as_deref(), |p| {
            let _ = p.set_attribute("class", "kai-preset-result");
            let _ = p.set_attribute("data-preset-result", "");
        });
    }

    fn render_rows(
        &self,
        s: &State,
        ranking: &Ranking,
        comparison: &CutComparison,
        moves: &[Movement],
        shares: &[f64],
    ) {
        let lang = s.lang;
        let Some(doc) = self.list.owner_document() else { return };
        let no_weights = ranking.no_weights();
        let total = ranking.rows.len();
        let kept = comparison.above.len();
        let ranked = ranking.ranked().len();
        // (The real-outcome badges do not change with the weights: the copy's stay.)
        let mut order: Vec<Element> = Vec::with_capacity(total + 2);
        for (pos, row) in ranking.rows.iter().enumerate() {
            if pos == kept && !no_weights && pos > 0 && pos <= ranked {
                let li = self.marker_li(
                    &doc,
                    &self.cut_li,
                    "kai-cut",
                    &i18n::cut_label(lang, comparison.size),
                );
                order.extend(li);
            }
            if pos == ranked && pos < total && !no_weights {
                let li = self.marker_li(&doc, &self.apart_li, "kai-apart", Ui::NotRanked.get(lang));
                order.extend(li);
            }
            let Some(Some(li)) = self.rows.get(row.team) else { continue };
            let movement = moves.get(row.team).copied().unwrap_or(Movement::Same);
            let above = comparison.above.contains(&row.team);
            update_row(&doc, li, s, row, movement, above, shares);
            order.push(li.clone());
        }
        // Reorder in place: each node moves only if it is not already where it belongs.
        let mut at = self.list.first_element_child();
        let mut moved = false;
        for el in &order {
            match &at {
                Some(cur) if cur == el => at = cur.next_element_sibling(),
                _ => {
                    let _ = self.list.insert_before(el, at.as_ref().map(|a| a.as_ref()));
                    moved = true;
                }
            }
        }
        if moved {
            self.animator.order_changed();
        }
        // Whatever follows (a cut line no longer drawn) goes.
        while let Some(extra) = at {
            at = extra.next_element_sibling();
            extra.remove();
        }
    }

    /// The cut line or "not ranked" `<li>`: the copy's own, or made once (same markup as
    /// `RankingList`'s).
    fn marker_li(
        &self,
        doc: &web_sys::Document,
        slot: &RefCell<Option<Element>>,
        class: &str,
        text: &str,
    ) -> Option<Element> {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            let li = doc.create_element("li").ok()?;
            let _ = li.set_attribute("class", class);
            let span = doc.create_element("span").ok()?;
            let _ = li.append_child(&span);
            *slot = Some(li);
        }
        let li = slot.clone()?;
        if let Some(span) = li.first_element_child() {
            set_text(&span, text);
        }
        Some(li)
    }
}

/// One row, as `TeamRow` renders it: class, `data-rank`, rank, score, movement, flags, bar.
fn update_row(
    doc: &web_sys::Document,
    li: &Element,
    s: &State,
    row: &kai_engine::rank::RankedTeam,
    movement: Movement,
    above: bool,
    shares: &[f64],
) {
    let d = s.data.dataset();
    let lang = s.lang;
    let incomplete = !row.is_complete();
    let open = li.class_list().contains("kai-open");
    let mut class = String::from("kai-row");
    for (on, c) in [
        (above, " kai-above"),
        (incomplete, " kai-incomplete"),
        (row.is_gated(), " kai-gated"),
        (open, " kai-open"),
    ] {
        if on {
            class.push_str(c);
        }
    }
    set_attr(li, "class", &class);
    set_attr(li, "data-rank", &row.rank.map(|r| r.to_string()).unwrap_or_default());
    let q = |sel: &str| li.query_selector(sel).ok().flatten();
    if let Some(rank) = q(".kai-rank") {
        if let Some(sr) = rank.first_element_child() {
            set_text(&sr, &format!("{} ", i18n::rank_text(lang, row.rank)));
        }
        if let Some(shown) = rank.last_element_child() {
            set_text(&shown, &row.rank.map_or_else(|| "–".to_string(), |r| r.to_string()));
        }
    }
    if let Some(score) = q(".kai-score") {
        let text = row.score.map_or_else(|| "–".to_string(), format::score);
        match score.last_child() {
            Some(n) if n.node_type() == web_sys::Node::TEXT_NODE => {
                if n.node_value().as_deref() != Some(text.as_str()) {
                    n.set_node_value(Some(&text));
                }
            }
            _ => {
                let _ = score.append_child(&doc.create_text_node(&text));
            }
        }
    }
    if let Some(mv) = q(".kai-move") {
        let (symbol, text, class) = i18n::movement_badge(lang, movement);
        set_attr(&mv, "class", &format!("kai-move {class}"));
        if let Some(a) = mv.first_element_child() {
            set_text(&a, &symbol);
        }
        if let Some(b) = mv.last_element_child() {
            set_text(&b, &format!(" {text}"));
        }
    }
    if let Some(meta) = q(".kai-meta") {
        // The missing-score flag depends on which criteria weigh; the requirement flag does not
        // change in the island (no requirement can be switched on here).
        if !row.is_gated() {
            let text = incomplete.then(|| i18n::missing_flag_of(lang, &d.criteria, &row.missing));
            let flag = meta.query_selector(":scope > .kai-flag").ok().flatten();
            sync_optional(doc, &meta, flag, text.as_deref(), |el| {
                let _ = el.set_attribute("class", "kai-flag");
            });
        }
    }
    if let Some(bar) = q("svg.kai-bar") {
        update_bar(doc, &bar, row, shares);
    }
}

/// The stacked bar, as `StackBar` draws it: one `<rect>` per positive contribution, then one
/// hatched `<rect>` per weighted criterion without a score.
fn update_bar(
    doc: &web_sys::Document,
    bar: &Element,
    row: &kai_engine::rank::RankedTeam,
    shares: &[f64],
) {
    let scale = 100.0 / SCORE_MAX;
    let mut x = 0.0;
    let mut segs: Vec<(bool, String, String, String)> = Vec::new();
    for (i, &c) in row.contributions.iter().enumerate() {
        if c <= 0.0 {
            continue;
        }
        let w = c * scale;
        segs.push((
            false,
            format::svg_percent(x),
            format::svg_percent(w),
            fill(&format!("kai{INSTANCE}-p{i}")),
        ));
        x += w;
    }
    for &m in &row.missing {
        let w = shares.get(m).copied().unwrap_or(0.0) * SCORE_MAX * scale;
        if w <= 0.0 {
            continue;
        }
        segs.push((
            true,
            format::svg_percent(x),
            format::svg_percent(w),
            fill(&format!("kai{INSTANCE}-pm")),
        ));
        x += w;
    }
    // The track stays; the segments after it are reused in order, added or removed.
    let mut cur = bar.first_element_child().and_then(|t| t.next_element_sibling());
    for (gap, x, w, f) in &segs {
        let el = match cur.take() {
            Some(el) => {
                cur = el.next_element_sibling();
                el
            }
            None => {
                let Ok(el) = doc.create_element_ns(Some(SVG_NS), "rect") else { return };
                let _ = bar.append_child(&el);
                el
            }
        };
        set_attr(&el, "class", if *gap { "kai-seg kai-gap" } else { "kai-seg" });
        set_attr(&el, "x", x);
        set_attr(&el, "y", "0");
        set_attr(&el, "width", w);
        set_attr(&el, "height", "100%");
        set_attr(&el, "fill", f);
    }
    while let Some(extra) = cur {
        cur = extra.next_element_sibling();
        extra.remove();
    }
}

fn fill(id: &str) -> String {
    format!("url(#{id})")
}

/// Makes `parent` hold a `<p>` (or `<span>` for a flag) with `text` at `existing`'s place, or
/// none: adds, updates or removes it.
fn sync_optional(
    doc: &web_sys::Document,
    parent: &Element,
    existing: Option<Element>,
    text: Option<&str>,
    init: impl FnOnce(&Element),
) -> Option<Element> {
    match (existing, text) {
        (Some(el), Some(t)) => {
            set_text(&el, t);
            Some(el)
        }
        (Some(el), None) => {
            el.remove();
            None
        }
        (None, Some(t)) => {
            let tag = if parent.class_list().contains("kai-meta") { "span" } else { "p" };
            let el = doc.create_element(tag).ok()?;
            init(&el);
            set_text(&el, t);
            let _ = parent.append_child(&el);
            Some(el)
        }
        (None, None) => None,
    }
}

/// Sets an attribute only when it differs (no needless mutation for the browser to process).
fn set_attr(el: &Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// Sets the text only when it differs.
fn set_text(el: &Element, text: &str) {
    if el.text_content().as_deref() != Some(text) {
        el.set_text_content(Some(text));
    }
}

/// A plain decimal ("8", "7.5") read by the browser (correctly rounded, as Rust's parser);
/// any other form is left to the full widget (see `Weights::parse_with`).
fn plain_decimal(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let dots = b.iter().filter(|&&c| c == b'.').count();
    let plain = b.first().is_some_and(u8::is_ascii_digit)
        && b.last().is_some_and(u8::is_ascii_digit)
        && dots <= 1
        && b.iter().all(|c| c.is_ascii_digit() || *c == b'.');
    plain.then(|| js_sys::parse_float(s))
}

/// The page options the island can show: anything else (another language, round, team, a
/// render option, a dataset) makes [`IslandOptions::read`] decline, and the full widget starts.
struct IslandOptions {
    weights: Option<String>,
    preset: Option<String>,
    sync_url: bool,
}

impl IslandOptions {
    /// Reads the options object's own properties (as `kai_ranking::web` does: nothing
    /// inherited counts). Empty or blank values count as absent, as in `State::new`.
    fn read(options: &JsValue) -> Option<IslandOptions> {
        let mut out = IslandOptions { weights: None, preset: None, sync_url: false };
        if !options.is_object() {
            return Some(out);
        }
        let object: &js_sys::Object = options.unchecked_ref();
        for key in js_sys::Object::keys(object).iter() {
            let value = js_sys::Reflect::get(options, &key).ok()?;
            let text = value.as_string().map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
            match key.as_string()?.as_str() {
                "syncUrl" => out.sync_url = value.is_truthy(),
                "base" => {}
                "weights" => out.weights = text,
                "preset" => out.preset = text,
                "lang" if text.as_deref().is_none_or(|l| l == Lang::Ko.code()) => {}
                _ if text.is_none() && !value.is_truthy() => {}
                _ => return None,
            }
        }
        Some(out)
    }
}
