//! The two views of the widget as tabs: the article view (ranking) and Explore (탐구). WAI-ARIA
//! tabs pattern: a `tablist` of buttons, the arrow keys, Home and End move between tabs.

use yew::prelude::*;

use crate::i18n::Ex;
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
    match tab {
        Tab::Article => format!("kai{instance}-tab-article"),
        Tab::Explore => format!("kai{instance}-tab-explore"),
    }
}

/// Id of the panel (`aria-controls` of the selected tab).
pub fn panel_id(instance: u32) -> String {
    format!("kai{instance}-panel")
}

/// `[순위] [탐구]`.
#[component]
pub fn ExploreTabs(props: &ExploreTabsProps) -> Html {
    let lang = props.lang;
    let instance = props.instance;
    let tabs = [(Tab::Article, Ex::TabArticle), (Tab::Explore, Ex::TabExplore)];
    let onkeydown = {
        let on_tab = props.on_tab.clone();
        let current = props.tab;
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowLeft" => {
                    if current == Tab::Article {
                        Tab::Explore
                    } else {
                        Tab::Article
                    }
                }
                "Home" => Tab::Article,
                "End" => Tab::Explore,
                _ => return,
            };
            e.prevent_default();
            on_tab.emit(next);
            // Keep focus on the selected tab (roving tabindex).
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&tab_id(instance, next)))
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
            {
                let _ = el.focus();
            }
        })
    };
    html! {
        <div class="kai-tabs" role="tablist" aria-label={Ex::Views.get(lang)} {onkeydown}>
            { for tabs.into_iter().map(|(t, label)| {
                let on_tab = props.on_tab.clone();
                let selected = props.tab == t;
                html! {
                    <button type="button" role="tab" id={tab_id(instance, t)} data-tab={if t == Tab::Explore { "explore" } else { "article" }}
                        aria-selected={if selected { "true" } else { "false" }}
                        aria-controls={selected.then(|| panel_id(instance))}
                        tabindex={if selected { "0" } else { "-1" }}
                        onclick={move |_| on_tab.emit(t)}>{ label.get(lang) }</button>
                }
            }) }
        </div>
    }
}
