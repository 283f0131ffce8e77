//! The sources footer: every report the data cites (outlet, author, date, title) and the date
//! the data is current to. Under `sources=compact` it is one line (the short disclaimer, the
//! date) with the list in a disclosure; under `sources=off` the line links to the full page
//! instead. The line itself never goes: the scores are editorial assessments.

use yew::prelude::*;

use crate::i18n::{Lx, Ui};
use crate::layout::Sources;
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`SourcesFooter`].
#[derive(Properties, Clone, PartialEq)]
pub struct SourcesFooterProps {
    /// The data (sources, date).
    pub data: DataRc,
    /// Reader's language.
    pub lang: Lang,
    /// How much of the sources shows.
    #[prop_or_default]
    pub sources: Sources,
    /// The standalone page (the site folder), for `sources=off`'s link to the full sources.
    #[prop_or_default]
    pub full_page: Option<AttrValue>,
}

/// `<footer>` with the list of sources.
#[component]
pub fn SourcesFooter(props: &SourcesFooterProps) -> Html {
    let d = props.data.dataset();
    let lang = props.lang;
    let as_of = html! {
        <span class="kai-note kai-as-of">{ Ui::AsOf.get(lang) }{ "\u{a0}" }<span class="kai-date">{ d.as_of.clone() }</span></span>
    };
    let list = html! {
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
    };
    match (props.sources, props.full_page.clone()) {
        (Sources::Full, _) => {}
        (Sources::Off, Some(page)) => {
            return html! {
                <footer class="kai-sources kai-sources-line" data-sources="off">
                    <p>{ Lx::Disclaimer.get(lang) }{ " " }
                        <a href={page} target="_blank" rel="noopener">{ Lx::ReasonsAndSources.get(lang) }</a>
                        { " · " }{ as_of }</p>
                </footer>
            };
        }
        (compact, _) => {
            return html! {
                <footer class="kai-sources kai-sources-line" data-sources={compact.as_str()}>
                    <p>{ Lx::Disclaimer.get(lang) }{ " · " }{ as_of }</p>
                    <details>
                        <summary>{ Lx::ReasonsAndSources.get(lang) }</summary>
                        <p class="kai-disclaimer-full">{ d.disclaimer.get(lang) }</p>
                        { list }
                    </details>
                </footer>
            };
        }
    }
    html! {
        <footer class="kai-sources">
            <h3 class="kai-h">{ Ui::Sources.get(lang) }</h3>
            { list }
            // The one "Data as of" (the header no longer repeats it); the date never breaks.
            <p class="kai-note">{ Ui::AsOf.get(lang) }{ "\u{a0}" }<span class="kai-date">{ d.as_of.clone() }</span>
                { if d.version.is_empty() { String::new() } else { format!(" · v{}", d.version) } }</p>
        </footer>
    }
}
