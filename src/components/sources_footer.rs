//! The sources footer: every report the data cites (outlet, author, date, title) and the date
//! the data is current to.

use yew::prelude::*;

use crate::i18n::Ui;
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`SourcesFooter`].
#[derive(Properties, Clone, PartialEq)]
pub struct SourcesFooterProps {
    /// The data (sources, date).
    pub data: DataRc,
    /// Reader's language.
    pub lang: Lang,
}

/// `<footer>` with the list of sources.
#[component]
pub fn SourcesFooter(props: &SourcesFooterProps) -> Html {
    let d = props.data.dataset();
    let lang = props.lang;
    html! {
        <footer class="kai-sources">
            <h3 class="kai-h">{ Ui::Sources.get(lang) }</h3>
            <ol>
                { for d.sources.iter().map(|s| {
                    let author = s.author.get(lang);
                    html! {
                        <li>
                            <span class="kai-outlet">{ s.outlet.get(lang) }</span>
                            { if author.is_empty() { String::new() } else { format!(", {author}") } }
                            { ", " }{ s.date.as_deref().map(super::with_dates) }{ ": " }
                            <cite lang="ko">{ s.title.as_deref().map(super::with_dates) }</cite>
                            if let Some(url) = s.url.clone() {
                                { " " }<a href={url} rel="noopener noreferrer">{ Ui::Original.get(lang) }</a>
                            }
                        </li>
                    }
                }) }
            </ol>
            // The one "Data as of" (the header no longer repeats it); the date never breaks.
            <p class="kai-note">{ Ui::AsOf.get(lang) }{ "\u{a0}" }<span class="kai-date">{ d.as_of.clone() }</span>
                { if d.version.is_empty() { String::new() } else { format!(" · v{}", d.version) } }</p>
        </footer>
    }
}
