//! The share box's embed builder, "임베드 설정 / Customise embed": a native disclosure with
//! labelled native controls for the render options ([`crate::layout`]) and a live preview of
//! the iframe page with them. The share box's copied script and iframe codes carry the choice
//! (`crate::share::script_code_with`, `iframe_code_with`).
//!
//! Why a disclosure: most readers never embed; closed, it costs one line, and the preview frame
//! (a second widget) is only loaded while it is open.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::Lx;
use crate::layout::{Controls, Layout, ROWS_MAX, Sources};
use crate::text::Lang;

/// Props of [`EmbedBuilder`].
#[derive(Properties, Clone, PartialEq)]
pub struct EmbedBuilderProps {
    /// The render options chosen so far.
    pub layout: Layout,
    /// The preview's address for `layout` (`crate::share::preview_src`).
    pub preview: AttrValue,
    /// Reader's language.
    pub lang: Lang,
    /// Number of this widget on the page (unique ids).
    pub instance: u32,
    /// A control changed the options.
    pub on_change: Callback<Layout>,
}

/// Which switch a checkbox sets.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Header,
    Explore,
    Share,
    LangSwitch,
    ThemeSwitch,
}

impl Part {
    const ALL: [Part; 5] =
        [Part::Header, Part::Explore, Part::Share, Part::LangSwitch, Part::ThemeSwitch];

    fn name(self) -> &'static str {
        match self {
            Part::Header => "header",
            Part::Explore => "explore",
            Part::Share => "share",
            Part::LangSwitch => "langswitch",
            Part::ThemeSwitch => "themeswitch",
        }
    }

    fn label(self) -> Lx {
        match self {
            Part::Header => Lx::Header,
            Part::Explore => Lx::Explore,
            Part::Share => Lx::Share,
            Part::LangSwitch => Lx::LangSwitch,
            Part::ThemeSwitch => Lx::ThemeSwitch,
        }
    }

    fn slot(self, l: &mut Layout) -> &mut bool {
        match self {
            Part::Header => &mut l.header,
            Part::Explore => &mut l.explore,
            Part::Share => &mut l.share,
            Part::LangSwitch => &mut l.lang_switch,
            Part::ThemeSwitch => &mut l.theme_switch,
        }
    }
}

/// The builder.
#[component]
pub fn EmbedBuilder(props: &EmbedBuilderProps) -> Html {
    let lang = props.lang;
    let layout = props.layout;
    let open = use_state(|| false);
    let id = |what: &str| format!("kai{}-eb-{what}", props.instance);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::Element = e.target_unchecked_into();
            open.set(details.has_attribute("open"));
        })
    };
    let set = |f: fn(&mut Layout, &str)| {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let mut next = layout;
            f(&mut next, &value);
            on_change.emit(next);
        })
    };
    let on_controls = set(|l, v| {
        l.controls = Controls::ALL.into_iter().find(|c| c.as_str() == v).unwrap_or_default()
    });
    let on_sources = set(|l, v| {
        l.sources = Sources::ALL.into_iter().find(|s| s.as_str() == v).unwrap_or_default()
    });
    let on_rows = set(|l, v| l.rows = v.parse().ok());
    let preset = |to: Layout| {
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| on_change.emit(to))
    };
    let controls_label = |c: Controls| match c {
        Controls::All => Lx::ControlsAll,
        Controls::Sliders => Lx::ControlsSliders,
        Controls::None => Lx::ControlsNone,
    };
    let sources_label = |s: Sources| match s {
        Sources::Full => Lx::SourcesFull,
        Sources::Compact => Lx::SourcesCompact,
        Sources::Off => Lx::SourcesOff,
    };
    html! {
        <details class="kai-builder" {ontoggle}>
            <summary>{ Lx::Builder.get(lang) }</summary>
            <div class="kai-builder-form">
                <div class="kai-builder-presets">
                    <button type="button" data-builder-preset="compact"
                        onclick={preset(Layout::compact())}>{ Lx::Compact.get(lang) }</button>
                    <button type="button" data-builder-preset="full"
                        onclick={preset(Layout::default())}>{ Lx::Full.get(lang) }</button>
                </div>
                <label for={id("controls")}>{ Lx::Controls.get(lang) }</label>
                <select id={id("controls")} data-builder="controls" onchange={on_controls}>
                    { for Controls::ALL.into_iter().map(|c| html! {
                        <option value={c.as_str()} selected={layout.controls == c}>{ controls_label(c).get(lang) }</option>
                    }) }
                </select>
                <label for={id("sources")}>{ Lx::Sources.get(lang) }</label>
                <select id={id("sources")} data-builder="sources" onchange={on_sources}>
                    { for Sources::ALL.into_iter().map(|s| html! {
                        <option value={s.as_str()} selected={layout.sources == s}>{ sources_label(s).get(lang) }</option>
                    }) }
                </select>
                <label for={id("rows")}>{ Lx::Rows.get(lang) }</label>
                <select id={id("rows")} data-builder="rows" onchange={on_rows}>
                    <option value="" selected={layout.rows.is_none()}>{ Lx::RowsAll.get(lang) }</option>
                    { for (1..=ROWS_MAX).map(|n| html! {
                        <option value={n.to_string()} selected={layout.rows == Some(n)}>{ n }</option>
                    }) }
                </select>
                <fieldset class="kai-builder-parts">
                    <legend>{ Lx::Show.get(lang) }</legend>
                    { for Part::ALL.into_iter().map(|part| {
                        let on_change = props.on_change.clone();
                        let onchange = Callback::from(move |e: Event| {
                            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                            let mut next = layout;
                            *part.slot(&mut next) = on;
                            on_change.emit(next);
                        });
                        let mut current = layout;
                        let checked = *part.slot(&mut current);
                        html! {
                            <label>
                                <input type="checkbox" data-builder={part.name()} {checked} {onchange} />
                                { " " }{ part.label().get(lang) }
                            </label>
                        }
                    }) }
                </fieldset>
            </div>
            if *open {
                <iframe class="kai-builder-preview" src={props.preview.clone()}
                    title={Lx::Preview.get(lang)} data-builder-preview="" loading="lazy"></iframe>
            }
        </details>
    }
}
