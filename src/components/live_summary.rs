//! The one-sentence summary in a polite live region. The sentence is announced once per
//! change: updates wait until the text has been stable for [`SETTLE_MS`], so dragging a slider
//! does not flood a screen reader.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use yew::platform::spawn_local;
use yew::platform::time::sleep;
use yew::prelude::*;

/// How long the text must stay the same before it is shown and announced.
pub const SETTLE_MS: u64 = 500;

/// Props of [`LiveSummary`].
#[derive(Properties, Clone, PartialEq)]
pub struct LiveSummaryProps {
    /// The current sentence (changes immediately with the weights).
    pub text: AttrValue,
}

/// `<p aria-live="polite">` with the debounced sentence.
#[component]
pub fn LiveSummary(props: &LiveSummaryProps) -> Html {
    let shown = use_state(|| props.text.clone());
    let generation = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    {
        let shown = shown.clone();
        let generation = generation.borrow().clone();
        use_effect_with(props.text.clone(), move |text| {
            let mine = generation.get().wrapping_add(1);
            generation.set(mine);
            if *shown != *text {
                let text = text.clone();
                spawn_local(async move {
                    sleep(Duration::from_millis(SETTLE_MS)).await;
                    if generation.get() == mine {
                        shown.set(text);
                    }
                });
            }
        });
    }
    html! {
        <p class="kai-summary" aria-live="polite" aria-atomic="true">{ (*shown).clone() }</p>
    }
}
