//! The round picker: the programme's timeline (10 → 5, 5 → 3, 2 → 1, 4 → 3, 4 → 2) as native
//! radio buttons a reader steps through with the arrow keys; choosing a round decides who is
//! ranked, where the line is and what the outcome badges compare with.
//!
//! Why radio buttons in a `<fieldset>`: one choice among a few, all visible at once (a
//! timeline), keyboard- and screen-reader-operable with no script of ours. A pending round
//! says so, with the data's own note, so nothing suggests a result that does not exist yet.
//! Plain data in, one `Callback` out; no state.

use yew::prelude::*;

use crate::i18n::{self, Rx, Ui};
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`RoundPicker`].
#[derive(Properties, Clone, PartialEq)]
pub struct RoundPickerProps {
    /// The data (its rounds).
    pub data: DataRc,
    /// The round shown (index into `Dataset::rounds`).
    pub round: Option<usize>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (element ids, the radio group's name).
    pub instance: u32,
    /// The reader picked a round.
    pub on_round: Callback<usize>,
}

/// A labelled timeline of radio buttons, with the chosen pending round's note under it.
/// Renders nothing for data without rounds.
#[component]
pub fn RoundPicker(props: &RoundPickerProps) -> Html {
    let lang = props.lang;
    let d = props.data.dataset();
    if d.rounds.is_empty() {
        return html! {};
    }
    let name = format!("kai{}-round", props.instance);
    let hint_id = format!("kai{}-round-hint", props.instance);
    let items = d.rounds.iter().enumerate().map(|(i, r)| {
        let id = format!("kai{}-round-{i}", props.instance);
        let onchange = {
            let on_round = props.on_round.clone();
            Callback::from(move |_: Event| on_round.emit(i))
        };
        let pending = r.actual.is_none();
        let counts =
            i18n::round_counts(lang, r.participants.len(), r.size, r.actual.as_ref().map(Vec::len));
        let checked = props.round == Some(i);
        let class = classes!(
            "kai-round",
            checked.then_some("kai-round-on"),
            pending.then_some("kai-round-pending")
        );
        html! {
            <li {class} data-round={r.id.clone()}>
                <input type="radio" id={id.clone()} name={name.clone()} value={r.id.clone()}
                    {checked} {onchange} />
                <label for={id}>
                    <span class="kai-round-label">{ super::with_dates(r.label.get(lang)) }</span>
                    <span class="kai-round-counts">{ counts }</span>
                </label>
            </li>
        }
    });
    let note = props.round.and_then(|i| d.rounds.get(i)).filter(|r| r.actual.is_none()).map(|r| {
        let text = r.pending_note.as_ref().map_or(Ui::Pending.get(lang), |t| t.get(lang));
        html! { <p class="kai-note kai-round-note" data-pending="">{ text }</p> }
    });
    html! {
        <fieldset class="kai-rounds" aria-describedby={hint_id.clone()}>
            <legend class="kai-h">{ Ui::RoundPicker.get(lang) }</legend>
            <p class="kai-hint" id={hint_id}>{ Rx::RoundHint.get(lang) }</p>
            <ol class="kai-timeline">{ for items }</ol>
            { for note }
        </fieldset>
    }
}
