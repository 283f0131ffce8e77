//! "링크 복사 / Copy link", "임베드 코드 복사 / Copy embed code" and the iframe variant: native
//! buttons (keyboard accessible as they are), a polite live region confirming each copy, and,
//! when the clipboard refuses, the text in a selected read-only textarea to copy by hand.

use std::rc::Rc;

use yew::prelude::*;

use super::EmbedBuilder;
use crate::classroom::link::LinkError;
use crate::embed::copy_text;
use crate::i18n::too_large_for_link;
use crate::layout::Layout;
use crate::rank::Ranking;
use crate::share::{self, FallbackRow, ShareUi, View};
use crate::state::{DataRc, Tab};
use crate::text::Lang;

/// Props of [`ShareBar`].
#[derive(Properties, Clone, PartialEq)]
pub struct ShareBarProps {
    /// The data (title for the iframe, team ids).
    pub data: DataRc,
    /// The site folder URL the links and codes point to.
    pub base: AttrValue,
    /// Slider values.
    pub weights: Vec<f64>,
    /// Open team.
    pub selected: Option<usize>,
    /// Id of the round shown.
    #[prop_or_default]
    pub round: Option<AttrValue>,
    /// Requirements as `criterion=minimum,…` (empty: none).
    #[prop_or_default]
    pub gates: AttrValue,
    /// Reader's language.
    pub lang: Lang,
    /// Number of this widget on the page (unique ids).
    pub instance: u32,
    /// The ranking shown: the script code carries its first rows as a static fallback.
    #[prop_or_default]
    pub ranking: Option<Rc<Ranking>>,
    /// The widget's own render options: where the embed builder starts.
    #[prop_or_default]
    pub layout: Layout,
    /// A classroom dataset's `data` parameter, or why it cannot travel; `None` for other data.
    #[prop_or_default]
    pub link: Rc<Option<Result<String, LinkError>>>,
    /// The view shown (a classroom link lands on it).
    #[prop_or_default]
    pub tab: Tab,
}

/// What the last copy did.
#[derive(Clone, PartialEq)]
enum Outcome {
    /// Nothing copied yet.
    Idle,
    /// Copied to the clipboard (the confirmation to show).
    Copied(ShareUi),
    /// Clipboard refused: this text is shown selected.
    ByHand(String),
}

/// The share buttons.
#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let lang = props.lang;
    let outcome = use_state(|| Outcome::Idle);
    // The embed builder's choice, carried by the copied script and iframe codes.
    let chosen = {
        let layout = props.layout;
        use_state(move || layout)
    };
    let area = use_node_ref();
    {
        // Select the fallback text so Ctrl+C copies it at once.
        let area = area.clone();
        use_effect_with((*outcome).clone(), move |o| {
            if let (Outcome::ByHand(_), Some(el)) = (o, area.cast::<web_sys::HtmlTextAreaElement>())
            {
                let _ = el.focus();
                el.select();
            }
        });
    }
    let d = props.data.dataset();
    let team = props.selected.and_then(|t| d.teams.get(t)).map(|t| t.id.as_str());
    let round = props.round.as_deref();
    // A classroom table goes in the link with the tab it is on; one too large for a link goes
    // without it, and without the weights (they would not fit the page's own data).
    let (data, too_large) = match props.link.as_ref() {
        Some(Ok(p)) => (Some(p.as_str()), None),
        Some(Err(LinkError::TooLong { chars })) => (None, Some(*chars)),
        _ => (None, None),
    };
    let tab = (data.is_some() && props.tab != Tab::Article).then(|| props.tab.as_str());
    let weights: &[f64] = if too_large.is_some() { &[] } else { &props.weights };
    let view = View { lang, weights, team, round, gates: Some(props.gates.as_str()), data, tab };
    let base = props.base.as_str();
    let rows: Vec<FallbackRow<'_>> = props.ranking.as_deref().map_or_else(Vec::new, |r| {
        r.ranked()
            .iter()
            .filter_map(|row| {
                let team = d.teams.get(row.team)?;
                Some(FallbackRow { rank: row.rank?, name: team.name.get(lang), score: row.score? })
            })
            .collect()
    });
    let items = [
        (ShareUi::CopyLink, ShareUi::CopiedLink, "link", share::link(base, &view)),
        (
            ShareUi::CopyScript,
            ShareUi::CopiedScript,
            "script",
            share::with_layout_attributes(&share::script_embed(base, &view, &rows), &chosen),
        ),
        (
            ShareUi::CopyIframe,
            ShareUi::CopiedIframe,
            "iframe",
            share::iframe_code_with(base, &view, d.title.get(lang), &chosen),
        ),
    ];
    let preview = AttrValue::from(share::preview_src(base, &view, &chosen));
    let on_layout = {
        let chosen = chosen.clone();
        Callback::from(move |l: Layout| chosen.set(l))
    };
    let status = match &*outcome {
        Outcome::Idle => "",
        Outcome::Copied(done) => done.get(lang),
        Outcome::ByHand(_) => ShareUi::CopyByHand.get(lang),
    };
    let heading_id = format!("kai{}-share", props.instance);
    html! {
        <section class="kai-share" aria-labelledby={heading_id.clone()}>
            <h3 class="kai-h" id={heading_id}>{ ShareUi::Heading.get(lang) }</h3>
            if let Some(chars) = too_large {
                <p class="kai-note" data-link-too-large="">{ too_large_for_link(lang, chars) }</p>
            }
            <div class="kai-share-buttons">
                { for items.into_iter().map(|(label, done, kind, text)| {
                    let outcome = outcome.clone();
                    let onclick = Callback::from(move |_: MouseEvent| {
                        let outcome = outcome.clone();
                        let text2 = text.clone();
                        copy_text(&text, Callback::from(move |ok: bool| {
                            outcome.set(if ok { Outcome::Copied(done) } else { Outcome::ByHand(text2.clone()) });
                        }));
                    });
                    html! {
                        <button type="button" data-share={kind} {onclick}>{ label.get(lang) }</button>
                    }
                }) }
            </div>
            <EmbedBuilder layout={*chosen} {preview} {lang} instance={props.instance} on_change={on_layout} />
            <p class="kai-share-status" role="status" aria-live="polite">{ status }</p>
            if let Outcome::ByHand(text) = &*outcome {
                <textarea class="kai-share-text" readonly=true ref={area} rows="4"
                    aria-label={ShareUi::Heading.get(lang)} value={text.clone()} />
            }
        </section>
    }
}
