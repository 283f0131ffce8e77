//! Language and theme switches: native toggle buttons with `aria-pressed`.

use yew::prelude::*;

use crate::i18n::{LANG_NAMES, Ui};
use crate::state::Theme;
use crate::text::Lang;

/// Props of [`Toolbar`].
#[derive(Properties, Clone, PartialEq)]
pub struct ToolbarProps {
    /// Current language.
    pub lang: Lang,
    /// Current theme.
    pub theme: Theme,
    /// The reader picked a language.
    pub on_lang: Callback<Lang>,
    /// The reader picked a theme.
    pub on_theme: Callback<Theme>,
    /// Show the language switch (`langswitch=off` hides it).
    #[prop_or(true)]
    pub show_lang: bool,
    /// Show the theme switch (`themeswitch=off` hides it).
    #[prop_or(true)]
    pub show_theme: bool,
}

/// "한국어 | English" and "자동 | 밝게 | 어둡게".
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let lang = props.lang;
    let lang_button = |l: Lang, label: &'static str| {
        let on_lang = props.on_lang.clone();
        html! {
            <button type="button" lang={l.code()} data-lang={l.code()}
                aria-pressed={if lang == l { "true" } else { "false" }}
                onclick={move |_| on_lang.emit(l)}>{ label }</button>
        }
    };
    let theme_label = |t: Theme| match t {
        Theme::Auto => Ui::ThemeAuto,
        Theme::Light => Ui::ThemeLight,
        Theme::Dark => Ui::ThemeDark,
    };
    html! {
        <div class="kai-toolbar">
            if props.show_lang {
            <div class="kai-toggle" role="group" aria-label={Ui::Language.get(lang)}>
                { for LANG_NAMES.into_iter().map(|(l, name)| lang_button(l, name)) }
            </div>
            }
            if props.show_theme {
            <div class="kai-toggle" role="group" aria-label={Ui::Theme.get(lang)}>
                { for Theme::ALL.into_iter().map(|t| {
                    let on_theme = props.on_theme.clone();
                    html! {
                        <button type="button" data-theme-choice={t.as_str()}
                            aria-pressed={if props.theme == t { "true" } else { "false" }}
                            onclick={move |_| on_theme.emit(t)}>{ theme_label(t).get(lang) }</button>
                    }
                }) }
            </div>
            }
        </div>
    }
}
