//! Small DOM helpers shared by the Yew widget and the island (the non-Yew first view): no Yew
//! here, only `wasm-bindgen`, `js-sys` and `web-sys`, so the island stays small.
//!
//! [`RowAnimator`] slides reordered rows into place (FLIP) while reading layout at most once per
//! animation frame: telling it that the order changed costs nothing; the measuring, comparing and
//! animating happen together in one `requestAnimationFrame` callback, where the browser lays the
//! page out anyway. The slide is a Web Animations API animation of `transform` (allowed under a
//! strict `style-src 'self'` CSP, unlike `style=` attributes); nothing is written to the markup.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Animation, Element, MediaQueryList};

/// Moves smaller than this (px) are not animated: sub-pixel layout noise, not a reorder.
pub const MIN_MOVE_PX: f64 = 0.5;

#[wasm_bindgen]
extern "C" {
    /// An element, for `Element.animate(keyframes, options)`, which web-sys has only behind
    /// its unstable cfg.
    #[wasm_bindgen(js_name = Element)]
    type Animatable;
    #[wasm_bindgen(method)]
    fn animate(this: &Animatable, keyframes: &Array, options: &Object) -> Animation;
}

/// For every key present in both lists whose top moved by at least [`MIN_MOVE_PX`], the offset
/// `first - last` that puts the row back where it was seen (`first`) from where it now is
/// (`last`); in `last`'s order. Keys only in one list (rows added or removed) are left out.
pub fn deltas<K: PartialEq + Clone>(first: &[(K, f64)], last: &[(K, f64)]) -> Vec<(K, f64)> {
    last.iter()
        .filter_map(|(key, now)| {
            let (_, was) = first.iter().find(|(k, _)| k == key)?;
            let dy = was - now;
            (dy.abs() >= MIN_MOVE_PX).then(|| (key.clone(), dy))
        })
        .collect()
}

/// Slides the rows of one list (its element children carrying `data-team-id`) from where the
/// reader last saw them to their new places.
///
/// Call [`order_changed`](Self::order_changed) after the DOM shows a new order and
/// [`layout_changed`](Self::layout_changed) after any other change that may move rows (a row
/// opened, another language); both only schedule one animation frame (at most one pending), in
/// which every row's top is read once, relative to the list's own top (scrolling does not
/// matter), and compared with the previous reading. Under `prefers-reduced-motion: reduce`
/// nothing is read or animated. Dropping it cancels a pending frame; running slides finish.
pub struct RowAnimator {
    inner: Rc<Inner>,
}

struct Inner {
    list: Element,
    reduce: Option<MediaQueryList>,
    /// `{ duration, easing }`, shared by every slide.
    options: Object,
    /// The last keyframe, `{ transform: 'none' }`.
    rest: Object,
    state: RefCell<State>,
    /// The `requestAnimationFrame` callback (holds a `Weak`: no cycle).
    tick: RefCell<Option<Closure<dyn FnMut()>>>,
}

#[derive(Default)]
struct State {
    /// Layout top of each row (without any running slide) at the last reading, by team id.
    tops: Vec<(String, f64)>,
    /// Slides started and maybe still running: team id, animation, offset it started from.
    running: Vec<(String, Animation, f64)>,
    /// The pending animation frame.
    frame: Option<i32>,
    /// The order changed since the last reading.
    reordered: bool,
}

impl RowAnimator {
    /// Animates the rows of `list` over `duration_ms` (ease-out); takes the first reading in the
    /// next animation frame.
    pub fn new(list: Element, duration_ms: u32) -> Self {
        let reduce = web_sys::window()
            .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten());
        let options = Object::new();
        let _ = Reflect::set(&options, &"duration".into(), &f64::from(duration_ms).into());
        let _ = Reflect::set(&options, &"easing".into(), &"ease-out".into());
        let rest = Object::new();
        let _ = Reflect::set(&rest, &"transform".into(), &"none".into());
        let inner = Rc::new(Inner {
            list,
            reduce,
            options,
            rest,
            state: RefCell::default(),
            tick: RefCell::default(),
        });
        let weak: Weak<Inner> = Rc::downgrade(&inner);
        let tick = Closure::<dyn FnMut()>::new(move || {
            if let Some(inner) = weak.upgrade() {
                inner.frame();
            }
        });
        *inner.tick.borrow_mut() = Some(tick);
        inner.request(false);
        Self { inner }
    }

    /// The rows now stand in a new order: slide them in the next frame (no layout read here).
    pub fn order_changed(&self) {
        self.inner.request(true);
    }

    /// Rows may have moved for another reason (opened details, another language, rows added):
    /// re-read their places in the next frame without animating, so the next slide starts from
    /// where they really are.
    pub fn layout_changed(&self) {
        self.inner.request(false);
    }
}

impl Drop for RowAnimator {
    fn drop(&mut self) {
        if let (Some(id), Some(w)) = (self.inner.state.borrow_mut().frame.take(), web_sys::window())
        {
            let _ = w.cancel_animation_frame(id);
        }
    }
}

impl Inner {
    fn reduced(&self) -> bool {
        self.reduce.as_ref().is_some_and(MediaQueryList::matches)
    }

    fn request(&self, reordered: bool) {
        let mut s = self.state.borrow_mut();
        if self.reduced() {
            // Nothing to compare with once motion is allowed again: that first change jumps.
            s.tops.clear();
            return;
        }
        s.reordered |= reordered;
        if s.frame.is_some() {
            return;
        }
        let tick = self.tick.borrow();
        if let (Some(w), Some(tick)) = (web_sys::window(), tick.as_ref()) {
            s.frame = w.request_animation_frame(tick.as_ref().unchecked_ref()).ok();
        }
    }

    /// The animation frame: one reading of every row, then the slides.
    fn frame(&self) {
        let mut s = self.state.borrow_mut();
        s.frame = None;
        let reordered = std::mem::take(&mut s.reordered);
        if self.reduced() {
            s.tops.clear();
            return;
        }
        // Where each running slide has got to (no layout needed); finished ones are forgotten.
        let mut offsets: Vec<(String, f64)> = Vec::new();
        s.running.retain(|(id, anim, dy)| match remaining(anim, *dy) {
            Some(off) => {
                offsets.push((id.clone(), off));
                true
            }
            None => false,
        });
        let offset = |id: &str| offsets.iter().find(|(i, _)| i == id).map_or(0.0, |(_, o)| *o);
        let rows = rows(&self.list);
        // The one layout read of this frame. A row's box includes its running slide's
        // transform: take it out to get the layout top.
        let base = self.list.get_bounding_client_rect().top();
        let last: Vec<(String, f64)> = rows
            .iter()
            .map(|(id, el)| (id.clone(), el.get_bounding_client_rect().top() - base - offset(id)))
            .collect();
        if reordered && !s.tops.is_empty() {
            // Where the reader sees each row in this frame had nothing changed.
            let first: Vec<(String, f64)> =
                s.tops.iter().map(|(id, top)| (id.clone(), top + offset(id))).collect();
            let layout_moves = deltas(&s.tops, &last);
            for (id, dy) in deltas(&first, &last) {
                let layout_moved = layout_moves.iter().any(|(i, _)| *i == id);
                let pos = s.running.iter().position(|(i, ..)| *i == id);
                if !layout_moved && pos.is_some() {
                    continue; // still on its way to a place that did not change
                }
                if let Some(p) = pos {
                    s.running.swap_remove(p).1.cancel();
                }
                let Some((_, el)) = rows.iter().find(|(i, _)| *i == id) else { continue };
                let anim = self.slide(el, dy);
                s.running.push((id, anim, dy));
            }
        }
        s.tops = last;
    }

    /// Starts `el` `dy` px off its place and eases it home.
    fn slide(&self, el: &Element, dy: f64) -> Animation {
        // The number is written by JavaScript: no float formatting code in the wasm.
        let from = JsString::from("translateY(").concat(&dy.into()).concat(&"px)".into());
        let start = Object::new();
        let _ = Reflect::set(&start, &"transform".into(), &from);
        el.unchecked_ref::<Animatable>().animate(&Array::of2(&start, &self.rest), &self.options)
    }
}

/// The offset a slide that started at `dy` still applies, or `None` once it is over.
fn remaining(anim: &Animation, dy: f64) -> Option<f64> {
    let progress = anim.effect()?.get_computed_timing().get_progress()?;
    Some(dy * (1.0 - progress))
}

/// The rows of the list (element children with `data-team-id`), with their ids.
fn rows(list: &Element) -> Vec<(String, Element)> {
    let mut out = Vec::new();
    let mut child = list.first_element_child();
    while let Some(el) = child {
        if let Some(id) = el.get_attribute("data-team-id") {
            out.push((id, el.clone()));
        }
        child = el.next_element_sibling();
    }
    out
}

/// What [`write_url`] writes: the reader's view as the `lang`, `weights`, `round`, `gates`,
/// `team`, `tab` and `data` query parameters (`None` or empty: the parameter is removed).
#[derive(Debug, Clone, Copy, Default)]
pub struct UrlView<'a> {
    /// `ko` or `en`.
    pub lang: &'a str,
    /// Exact importances (`share::weights_param`); empty: none (a table too large for a link
    /// has no weights there either, they would not fit the page's data).
    pub weights: &'a str,
    /// The open team's id.
    pub team: Option<&'a str>,
    /// The round shown.
    pub round: Option<&'a str>,
    /// Requirements (`criterion=minimum,…`).
    pub gates: &'a str,
    /// The view, when a classroom dataset is shown on another tab than the ranking.
    pub tab: Option<&'a str>,
    /// A classroom dataset's `data` parameter (`classroom::link`).
    pub data: Option<&'a str>,
}

/// Writes the reader's view into the page URL (`history.replaceState`, no new history entry),
/// as the full widget (`kai_ranking::embed`) and the island both do ([`UrlView`]), the page's
/// other parameters kept. Nothing is written when the URL would not change. Callers debounce
/// it (300 ms): each write makes Chromium fetch the favicon again.
pub fn write_url(view: &UrlView<'_>) {
    let Some(window) = web_sys::window() else { return };
    let Ok(href) = window.location().href() else { return };
    let Ok(url) = web_sys::Url::new(&href) else { return };
    let params = url.search_params();
    let put = |key: &str, value: Option<&str>| match value.filter(|v| !v.is_empty()) {
        Some(v) => params.set(key, v),
        None => params.delete(key),
    };
    params.set("lang", view.lang);
    put("weights", Some(view.weights));
    put("round", view.round);
    put("gates", Some(view.gates));
    put("team", view.team);
    put("tab", view.tab);
    put("data", view.data);
    let next = url.href();
    if next == href {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&next));
    }
}

// The phone layout's dock: shared by the widget (`ControlsDock`) and the island.

/// How many rows the dock keeps in sight when a slider gets focus (the five above the cut the
/// reader watches; fewer when fewer are ranked).
pub const ROWS_IN_SIGHT: usize = 5;

/// Gap (px) kept between the last row in sight and the dock.
pub const GAP: f64 = 8.0;

/// The phone dock (the widget's `ControlsDock` and the island): scrolls the page so the first [`ROWS_IN_SIGHT`] rows sit above the dock (the ranking is a
/// sibling of the dock inside the widget's body). Only when they are not already in sight, so
/// moving between sliders does not jump the page.
pub fn keep_rows_in_sight(dock: &Element) {
    let Some(body) = dock.parent_element() else { return };
    let Ok(rows) = body.query_selector_all("[data-team-id][data-rank]") else { return };
    let n = rows.length().min(ROWS_IN_SIGHT as u32);
    let rect = |i: u32| {
        rows.item(i)
            .and_then(|r| r.dyn_into::<Element>().ok())
            .map(|r| r.get_bounding_client_rect())
    };
    let (Some(first), Some(last)) = (rect(0), n.checked_sub(1).and_then(rect)) else { return };
    let Some(w) = web_sys::window() else { return };
    let Some(view) = w.inner_height().ok().and_then(|h| h.as_f64()) else { return };
    // Where the dock will sit: stuck to the bottom of the viewport (near the top of the widget
    // it cannot rise above the widget's body yet, so its top now says nothing).
    let dock_top = view - dock.get_bounding_client_rect().height();
    if first.top() >= 0.0 && last.bottom() + GAP <= dock_top {
        return;
    }
    // Bring the last row just above the dock; if the rows are taller than the room, the first
    // row goes to the top instead.
    let delta = (last.bottom() + GAP - dock_top).min(first.top() - GAP);
    w.scroll_by_with_x_and_y(0.0, delta);
}

/// Focus not obscured (WCAG 2.4.11): a control that gets focus elsewhere in the widget (Tab to
/// the round picker, a row) is scrolled out from under the sticky dock. The browser's own
/// scroll-into-view cannot know about the dock (a host page's `scroll-padding` is not ours).
pub fn unobscure(dock: &Element, target: Option<web_sys::EventTarget>) {
    let Some(t) = target.and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    // Keyboard focus only: a pointer is already on a visible target, and scrolling between its
    // press and release would lose the click.
    if dock.contains(Some(&t)) || !t.matches(":focus-visible").unwrap_or(false) {
        return;
    }
    let Some(w) = web_sys::window() else { return };
    let Some(view) = w.inner_height().ok().and_then(|h| h.as_f64()) else { return };
    let dock_rect = dock.get_bounding_client_rect();
    // Covered now, or once the scroll sticks the dock to the viewport's bottom.
    let (r, stuck_top) = (t.get_bounding_client_rect(), view - dock_rect.height());
    if r.bottom() > dock_rect.top().min(stuck_top) && r.top() < dock_rect.bottom() {
        w.scroll_by_with_x_and_y(0.0, (r.bottom() + GAP - stuck_top).min(r.top() - GAP));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_rows_swapping_places_each_start_from_the_other_ones_top() {
        // Rows 48 px tall: a at 0, b at 48; after the swap b at 0, a at 48.
        let first = [("a", 0.0), ("b", 48.0), ("c", 96.0)];
        let last = [("b", 0.0), ("a", 48.0), ("c", 96.0)];
        assert_eq!(deltas(&first, &last), vec![("b", 48.0), ("a", -48.0)]);
    }

    #[test]
    fn a_row_caught_mid_slide_starts_from_where_it_is_seen() {
        // a was seen at 30 (half-way down a slide from 0 to 60) and now sits at 0.
        assert_eq!(deltas(&[("a", 30.0)], &[("a", 0.0)]), vec![("a", 30.0)]);
    }

    #[test]
    fn moves_under_half_a_pixel_are_ignored_and_half_a_pixel_is_not() {
        let first = [("a", 10.0), ("b", 20.0), ("c", 30.0)];
        let last = [("a", 10.4), ("b", 19.5), ("c", 30.0)];
        assert_eq!(deltas(&first, &last), vec![("b", 0.5)]);
    }

    #[test]
    fn rows_added_or_removed_do_not_animate() {
        // Another round: d is new, c is gone, b moved up one 40 px row.
        let first = [("a", 0.0), ("b", 80.0), ("c", 40.0)];
        let last = [("a", 0.0), ("b", 40.0), ("d", 80.0)];
        assert_eq!(deltas(&first, &last), vec![("b", 40.0)]);
    }

    #[test]
    fn nothing_to_compare_with_gives_nothing() {
        assert!(deltas::<&str>(&[], &[("a", 0.0)]).is_empty());
        assert!(deltas(&[("a", 0.0)], &[]).is_empty());
    }
}
