//! The views of the widget as tabs: the article view (ranking), Explore (탐구) and the classroom
//! (수업). WAI-ARIA tabs pattern: a `tablist` of buttons, the arrow keys, Home and End move
//! between tabs.
//!
//! Deliberate deviation from the pattern's roving tabindex: every tab stays in the Tab order
//! (`tabindex="0"`). A reader who does not know the arrow-key convention (seen in testing,
//! issue #14) could otherwise never reach "탐구 / Explore" from the keyboard; two extra Tab
//! stops cost little. The arrow keys, Home and End still work as the pattern says.

use yew::prelude::*;

use crate::i18n::{Cl, Ex};
use crate::state::Tab;
use crate::text::Lang;

/// Props of [`ExploreTabs`].
#[derive(Properties, Clone, PartialEq)]
pub struct ExploreTabsProps {
    /// The tab shown.
    pub tab: Tab,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (element ids).
    pub instance: u32,
    /// The reader picked a tab.
    pub on_tab: Callback<Tab>,
}

/// Id of a tab button, so the panel can name it (`aria-labelledby`).
pub fn tab_id(instance: u32, tab: Tab) -> String {
    format!("kai{instance}-tab-{}", tab.as_str())
}

/// Id of the panel (`aria-controls` of the selected tab).
pub fn panel_id(instance: u32) -> String {
    format!("kai{instance}-panel")
}

/// `[순위] [탐구] [수업]`.
#[component]
pub fn ExploreTabs(props: &ExploreTabsProps) -> Html {
    let lang = props.lang;
    let instance = props.instance;
    let label = |t: Tab| match t {
        Tab::Article => Ex::TabArticle.get(lang),
        Tab::Explore => Ex::TabExplore.get(lang),
        Tab::Classroom => Cl::Tab.get(lang),
    };
    let onkeydown = {
        let on_tab = props.on_tab.clone();
        let current = props.tab;
        Callback::from(move |e: KeyboardEvent| {
            let n = Tab::ALL.len();
            let at = Tab::ALL.iter().position(|t| *t == current).unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" => Tab::ALL[(at + 1) % n],
                "ArrowLeft" => Tab::ALL[(at + n - 1) % n],
                "Home" => Tab::ALL[0],
                "End" => Tab::ALL[n - 1],
                _ => return,
            };
            e.prevent_default();
            on_tab.emit(next);
            // Move focus to the selected tab. Looked up inside the tablist (the event's current
            // target), not the document: in the custom element the tabs live in a shadow root.
            let selector = format!("#{}", tab_id(instance, next));
            if let Some(el) = e
                .current_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .and_then(|list| list.query_selector(&selector).ok().flatten())
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
            {
                let _ = el.focus();
            }
        })
    };
    html! {
        <div class="kai-tabs" role="tablist" aria-label={Ex::Views.get(lang)} {onkeydown}>
            { for Tab::ALL.into_iter().map(|t| {
                let on_tab = props.on_tab.clone();
                let selected = props.tab == t;
                html! {
                    <button type="button" role="tab" id={tab_id(instance, t)} data-tab={t.as_str()}
                        aria-selected={if selected { "true" } else { "false" }}
                        aria-controls={selected.then(|| panel_id(instance))}
                        tabindex="0"
                        onclick={move |_| on_tab.emit(t)}>{ label(t) }</button>
                }
            }) }
        </div>
    }
}
