//! Notices about ignored options ("unknown language ‘fr’ …"), in the reader's language.

use yew::prelude::*;

use crate::i18n::{Notice, Ui};
use crate::text::Lang;

/// Props of [`NoticeList`].
#[derive(Properties, Clone, PartialEq)]
pub struct NoticeListProps {
    /// What was ignored.
    pub notices: Vec<Notice>,
    /// Reader's language.
    pub lang: Lang,
    /// The reader closed the notices.
    pub on_dismiss: Callback<()>,
}

/// A status box listing the notices; renders nothing when there are none.
#[component]
pub fn NoticeList(props: &NoticeListProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    let on_dismiss = props.on_dismiss.clone();
    html! {
        <div class="kai-notices" role="status">
            <ul>
                { for props.notices.iter().map(|n| html! { <li>{ n.message(lang) }</li> }) }
            </ul>
            <button type="button" class="kai-dismiss" onclick={move |_| on_dismiss.emit(())}>
                { Ui::Dismiss.get(lang) }
            </button>
        </div>
    }
}
