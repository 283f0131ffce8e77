//! The phone layout's slider dock. On a narrow *widget* (an embed lives in an article column, so
//! the widget's own width decides, measured with a `ResizeObserver`, not the window's), the
//! ranking comes first and the controls follow it in a sticky, collapsible dock at the bottom of
//! the viewport: while a reader drags a slider, the rows above the cut stay in sight.
//!
//! Why the DOM order changes (and not only CSS `order`): focus order must follow what is seen,
//! so on a narrow widget the controls come after the ranking in the document too. The toggle is
//! a native `<button aria-expanded>`; the dock never animates (so reduced motion is honoured
//! trivially) and the scroll that brings the rows above it is instant.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::Element;
use yew::prelude::*;

use crate::i18n::Ui;
use crate::text::Lang;

/// Below this widget width (CSS px) the phone layout applies: the width under which the two
/// columns of the desktop layout (`@container (min-width: 700px)`) fold into one.
pub const NARROW_PX: i32 = 700;

/// How many rows the dock keeps in sight when a slider gets focus (the five above the cut the
/// reader watches; fewer when fewer are ranked).
const ROWS_IN_SIGHT: usize = 5;

/// Gap (px) kept between the last row in sight and the dock.
const GAP: f64 = 8.0;

/// Whether the element behind `root` is narrower than [`NARROW_PX`]: `None` until first
/// measured (the first render has the desktop order, as the pre-rendered copy), then it follows
/// every resize of the widget.
#[hook]
pub fn use_narrow(root: NodeRef) -> Option<bool> {
    let narrow = use_state_eq(|| None);
    {
        let narrow = narrow.clone();
        use_effect_with(root, move |root| {
            let observed = root.cast::<Element>().and_then(|el| {
                let target = el.clone();
                let measure = move |w: i32| Some(w > 0 && w < NARROW_PX);
                // At once, so the layout settles in the render after the first one.
                narrow.set(measure(el.client_width()));
                let on_resize = Closure::<dyn FnMut()>::new(move || {
                    narrow.set(measure(target.client_width()));
                });
                let observer =
                    web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                observer.observe(&el);
                Some((observer, on_resize))
            });
            move || {
                if let Some((observer, _on_resize)) = observed {
                    observer.disconnect();
                }
            }
        });
    }
    *narrow
}

/// Props of [`ControlsDock`].
#[derive(Properties, Clone, PartialEq)]
pub struct ControlsDockProps {
    /// Phone layout: a sticky, collapsible dock; otherwise the plain controls column. `None`:
    /// not measured yet (`data-layout="pending"`: CSS lays it out as the pre-rendered copy).
    pub narrow: Option<bool>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (element ids).
    pub instance: u32,
    /// The controls (sliders, requirements, presets).
    pub children: Html,
}

/// Scrolls the page so the first [`ROWS_IN_SIGHT`] rows sit above the dock (the ranking is a
/// sibling of the dock inside the widget's body). Only when they are not already in sight, so
/// moving between sliders does not jump the page.
fn keep_rows_in_sight(dock: &Element) {
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
fn unobscure(dock: &Element, target: Option<web_sys::EventTarget>) {
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

/// The controls: a plain column on a wide widget, a sticky dock on a narrow one.
#[component]
pub fn ControlsDock(props: &ControlsDockProps) -> Html {
    let open = use_state_eq(|| true);
    let dock = use_node_ref();
    {
        let dock = dock.clone();
        use_effect_with(props.narrow == Some(true), move |narrow| {
            let listening = narrow.then_some(()).and_then(|()| {
                let el = dock.cast::<Element>()?;
                let root = el.closest(".kai-ranking").ok().flatten()?;
                let on_focus =
                    Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                        unobscure(&el, e.target())
                    });
                root.add_event_listener_with_callback("focusin", on_focus.as_ref().unchecked_ref())
                    .ok()?;
                Some((root, on_focus))
            });
            move || {
                if let Some((root, on_focus)) = listening {
                    let _ = root.remove_event_listener_with_callback(
                        "focusin",
                        on_focus.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    if props.narrow != Some(true) {
        let layout = if props.narrow.is_some() { "wide" } else { "pending" };
        return html! {
            <section class="kai-controls" data-layout={layout}>{ props.children.clone() }</section>
        };
    }
    let panel_id = format!("kai{}-dock", props.instance);
    let toggle_id = format!("{panel_id}-toggle");
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onfocusin = {
        let dock = dock.clone();
        Callback::from(move |e: FocusEvent| {
            // Sliders (and the other controls of the panel), not the toggle itself.
            let in_panel = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|t| t.closest(".kai-dock-panel").ok().flatten().is_some());
            if let (true, Some(el)) = (in_panel, dock.cast::<Element>()) {
                keep_rows_in_sight(&el);
            }
        })
    };
    html! {
        <section class="kai-controls kai-dock" ref={dock} aria-labelledby={toggle_id.clone()} data-layout="narrow"
            data-dock={if *open { "open" } else { "closed" }} {onfocusin}>
            <button type="button" class="kai-dock-toggle" id={toggle_id}
                aria-expanded={(*open).to_string()} aria-controls={panel_id.clone()} onclick={ontoggle}>
                <span>{ Ui::Dock.get(props.lang) }</span>
                <span class="kai-dock-chev" aria-hidden="true">{ if *open { "▾" } else { "▴" } }</span>
            </button>
            <div class="kai-dock-panel" id={panel_id} hidden={!*open}>
                { props.children.clone() }
            </div>
        </section>
    }
}
