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

/// Whether the element behind `root` is narrower than [`NARROW_PX`]: `initial` (the host's
/// width at mount; `None` when unknown, and the first render has the desktop order, as the
/// pre-rendered copy) until first measured, then it follows every resize of the widget.
#[hook]
pub fn use_narrow(root: NodeRef, initial: Option<bool>) -> Option<bool> {
    let narrow = use_state_eq(|| initial);
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
                        kai_dom::unobscure(&el, e.target())
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
                kai_dom::keep_rows_in_sight(&el);
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
