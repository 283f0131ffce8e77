//! Predict, then reveal (issue #15 §3): the class sees the weights, puts the items in the
//! order it predicts, then reveals the true ranking beside its guess, with the distance
//! ([`kai_engine::classroom::predict`]: Kendall tau distance, places moved, what moved most).
//!
//! - The items start in a neutral order (alphabetical by name in the reader's language), never
//!   the answer's; while predicting, nothing in this panel shows the ranking.
//! - Every item moves by its own native "up"/"down" buttons (keyboard alone: Tab, Enter; focus
//!   follows the item, a polite live region says where it went), or by dragging its name with
//!   a mouse, pen or finger (pointer events with pointer capture, so touch works too).
//! - After the reveal, **the sliders still count**: the guess stays and is compared with the
//!   ranking under the weights now shown, so a class can look for the weights that would make
//!   its guess right. If the weights change *which* items have a rank (a missing score stops
//!   mattering), or the data changes, the game starts over with the new items.
//! - A projector view (an `aria-pressed` toggle: large type, big targets) and a printable
//!   worksheet ([`super::PredictSheet`]).
//!
//! Only the order, the reveal flag and the toggles are component state; the ranking comes
//! from the app.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::PredictSheet;
use crate::classroom::predict::{self, Moved};
use crate::format;
use crate::i18n::{Pr, predict as words, weights_text};
use crate::rank::Ranking;
use crate::state::DataRc;
use crate::text::Lang;

/// Props of [`PredictReveal`].
#[derive(Properties, Clone, PartialEq)]
pub struct PredictRevealProps {
    /// The data ranked (names, criteria).
    pub data: DataRc,
    /// Current shares (0–1), one per criterion.
    pub shares: Rc<Vec<f64>>,
    /// The current ranking: the answer.
    pub ranking: Rc<Ranking>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (element ids).
    pub instance: u32,
}

/// One round of the game: the items it is about (and the data they come from), the order the
/// class has put them in, and whether the answer is shown.
#[derive(Clone, PartialEq)]
struct Game {
    data: DataRc,
    /// The ranked items (in rank order when the game began): which items the game is about.
    items: Vec<usize>,
    /// The guessed order, first place first.
    order: Vec<usize>,
    revealed: bool,
}

/// A drag in progress: the item held, and the place it would drop to.
#[derive(Clone, Copy, PartialEq)]
struct Drag {
    item: usize,
    over: usize,
}

/// Whether `a` and `b` hold the same items (each at most once), in any order: a scan, not a
/// sort (at most 200 items).
fn same_items(a: &[usize], b: &[usize]) -> bool {
    a.len() == b.len() && a.iter().all(|i| b.contains(i))
}

/// `order` with `item` taken out and put back at `to` (clamped).
fn moved(order: &[usize], item: usize, to: usize) -> Vec<usize> {
    let mut out: Vec<usize> = order.iter().copied().filter(|&i| i != item).collect();
    if out.len() == order.len() {
        return out;
    }
    out.insert(to.min(out.len()), item);
    out
}

/// The predict-then-reveal game.
#[component]
pub fn PredictReveal(props: &PredictRevealProps) -> Html {
    let lang = props.lang;
    let d = props.data.dataset();
    let name = move |i: usize| d.teams.get(i).map_or("", |t| t.name.get(lang));
    let truth = predict::tie_groups(&props.ranking);
    let items: Vec<usize> = truth.iter().flatten().copied().collect();
    // The neutral start: alphabetical in the reader's language.
    let start = predict::neutral_order(&items, name);

    let game = use_state(|| None::<Game>);
    let drag = use_state_eq(|| None::<Drag>);
    let projector = use_state_eq(|| false);
    let said = use_state_eq(String::new);
    // Where focus goes after the next render: the first of these selectors (inside the game)
    // that finds an element. A pressed button may vanish or become disabled.
    let focus_after: Rc<RefCell<Vec<String>>> = use_mut_ref(Vec::new).clone();
    let list = use_node_ref();
    let root = use_node_ref();

    // The game in play: the stored one while it is about these items of this data, else a
    // fresh one.
    let current = match &*game {
        Some(g) if g.data == props.data && same_items(&g.items, &items) => g.clone(),
        _ => Game {
            data: props.data.clone(),
            items: items.clone(),
            order: start.clone(),
            revealed: false,
        },
    };
    // Keyboard moves: focus follows the item (its button may have become disabled at an end);
    // reveal and try again: focus goes to what replaced the pressed button.
    {
        let root = root.clone();
        let focus_after = focus_after.clone();
        use_effect(move || {
            let wanted = std::mem::take(&mut *focus_after.borrow_mut());
            if let Some(el) = root.cast::<Element>() {
                let found = wanted.iter().find_map(|sel| {
                    el.query_selector(sel).ok().flatten()?.dyn_into::<HtmlElement>().ok()
                });
                if let Some(target) = found {
                    let _ = target.focus();
                }
            }
        });
    }
    let move_button = |item: usize, dir: &str| {
        format!("button[data-pr-move=\"{dir}\"][data-pr-item=\"{item}\"]:not(:disabled)")
    };

    let h = |id: &str| format!("kai{}-pr-{id}", props.instance);
    let weights: Vec<(&str, String)> = d
        .criteria
        .iter()
        .zip(props.shares.iter())
        .map(|(c, &s)| (c.label.get(lang), format::percent(lang, s)))
        .collect();
    let weights_line = weights_text(lang, &weights);
    let left_out: Vec<&str> =
        props.ranking.unranked().iter().map(|r| name(r.team)).collect::<Vec<_>>();
    let playable = items.len() >= 2;

    let set_order = {
        let game = game.clone();
        let current = current.clone();
        Rc::new(move |order: Vec<usize>| game.set(Some(Game { order, ..current.clone() })))
    };
    let on_move = {
        let set_order = set_order.clone();
        let order = current.order.clone();
        let said = said.clone();
        let focus_after = focus_after.clone();
        let names: Vec<String> = order.iter().map(|&i| name(i).to_string()).collect();
        move |pos: usize, dir: &'static str| {
            let set_order = set_order.clone();
            let order = order.clone();
            let said = said.clone();
            let focus_after = focus_after.clone();
            let label = names.get(pos).cloned().unwrap_or_default();
            Callback::from(move |_: MouseEvent| {
                let Some(&item) = order.get(pos) else { return };
                let to = if dir == "up" { pos.saturating_sub(1) } else { pos + 1 };
                let other = if dir == "up" { "down" } else { "up" };
                *focus_after.borrow_mut() = vec![move_button(item, dir), move_button(item, other)];
                said.set(words::moved_to(lang, &label, to.min(order.len() - 1) + 1));
                set_order(moved(&order, item, to));
            })
        }
    };
    // Drag: the order shown while dragging is the order with the held item at `over`.
    let shown: Vec<usize> = match *drag {
        Some(Drag { item, over }) if !current.revealed => moved(&current.order, item, over),
        _ => current.order.clone(),
    };
    let on_down = {
        let drag = drag.clone();
        let order = current.order.clone();
        let list = list.clone();
        move |item: usize| {
            let drag = drag.clone();
            let order = order.clone();
            let list = list.clone();
            Callback::from(move |e: PointerEvent| {
                if e.button() != 0 {
                    return;
                }
                e.prevent_default();
                // The list holds the capture: a row is moved in the DOM while it is dragged,
                // which would lose a capture held by the row.
                if let Some(el) = list.cast::<Element>() {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
                let over = order.iter().position(|&i| i == item).unwrap_or(0);
                drag.set(Some(Drag { item, over }));
            })
        }
    };
    let onpointermove = {
        let drag = drag.clone();
        let list = list.clone();
        Callback::from(move |e: PointerEvent| {
            let (Some(Drag { item, .. }), Some(el)) = (*drag, list.cast::<Element>()) else {
                return;
            };
            // The place under the pointer: how many of the other rows have their middle above it.
            let y = f64::from(e.client_y());
            let Ok(rows) = el.query_selector_all("li[data-pr-item]") else { return };
            let over = (0..rows.length())
                .filter_map(|k| rows.item(k)?.dyn_into::<Element>().ok())
                .filter(|r| r.get_attribute("data-pr-item") != Some(item.to_string()))
                .filter(|r| {
                    let b = r.get_bounding_client_rect();
                    b.top() + b.height() / 2.0 < y
                })
                .count();
            drag.set(Some(Drag { item, over }));
        })
    };
    let onpointerup = {
        let drag = drag.clone();
        let set_order = set_order.clone();
        let shown = shown.clone();
        let said = said.clone();
        let names: Vec<String> = shown.iter().map(|&i| name(i).to_string()).collect();
        Callback::from(move |_: PointerEvent| {
            if let Some(Drag { item, .. }) = *drag {
                if let Some((at, label)) =
                    shown.iter().position(|&i| i == item).and_then(|at| Some((at, names.get(at)?)))
                {
                    said.set(words::moved_to(lang, label, at + 1));
                }
                set_order(shown.clone());
                drag.set(None);
            }
        })
    };
    let onpointercancel = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| drag.set(None))
    };

    let on_reveal = {
        let game = game.clone();
        let current = current.clone();
        let said = said.clone();
        let focus_after = focus_after.clone();
        Callback::from(move |_: MouseEvent| {
            *focus_after.borrow_mut() = vec![".kai-pr-distance".to_string()];
            said.set(String::new());
            game.set(Some(Game { revealed: true, ..current.clone() }))
        })
    };
    let on_again = {
        let game = game.clone();
        let said = said.clone();
        let focus_after = focus_after.clone();
        Callback::from(move |_: MouseEvent| {
            *focus_after.borrow_mut() = vec!["button[data-pr=\"reveal\"]".to_string()];
            said.set(String::new());
            game.set(None)
        })
    };
    let on_projector = {
        let projector = projector.clone();
        Callback::from(move |_: MouseEvent| projector.set(!*projector))
    };

    let reveal =
        if current.revealed { predict::compare(&truth, &current.order).ok() } else { None };
    let root_class = classes!("kai-pr", (*projector).then_some("kai-pr-projector"));
    let n = current.order.len();
    html! {
        <div class={root_class} ref={root}>
            <div class="kai-pr-tools">
                <button type="button" class="kai-pr-tool" data-pr="projector"
                    aria-pressed={(*projector).to_string()} onclick={on_projector}>
                    { Pr::Projector.get(lang) }
                </button>
                <PredictSheet data={props.data.clone()} shares={props.shares.clone()}
                    items={Rc::new(start)} {lang} instance={props.instance} />
            </div>
            <p class="kai-pr-weights" data-pr="weights">{ weights_line }</p>
            if !left_out.is_empty() {
                <p class="kai-note">{ words::left_out(lang, &left_out) }</p>
            }
            if !playable {
                <p class="kai-note" data-pr="nothing">{ Pr::Nothing.get(lang) }</p>
            } else if let Some(r) = reveal {
                { reveal_view(lang, &h, &r, &truth, name) }
                <p class="kai-note">{ Pr::Follows.get(lang) }</p>
                <button type="button" class="kai-pr-main" data-pr="again" onclick={on_again}>
                    { Pr::Again.get(lang) }
                </button>
            } else {
                <p class="kai-note">{ Pr::Intro.get(lang) }</p>
                <h4 class="kai-h4" id={h("guess")}>{ Pr::GuessH.get(lang) }</h4>
                <p class="kai-note" id={h("hint")}>{ Pr::MoveHint.get(lang) }</p>
                <ol class="kai-pr-list" ref={list} aria-labelledby={h("guess")}
                    aria-describedby={h("hint")} {onpointermove} {onpointerup} {onpointercancel}>
                    { for shown.iter().enumerate().map(|(pos, &item)| {
                        let label = name(item);
                        let dragging = matches!(*drag, Some(Drag { item: held, .. }) if held == item);
                        html! {
                            <li key={item} class={classes!("kai-pr-item", dragging.then_some("kai-pr-dragging"))}
                                data-pr-item={item.to_string()}>
                                <span class="kai-pr-place" aria-hidden="true">{ pos + 1 }</span>
                                <span class="kai-pr-grip" onpointerdown={on_down(item)}>
                                    <span class="kai-pr-handle" aria-hidden="true">{ "⠿" }</span>
                                    { label }
                                </span>
                                <span class="kai-pr-moves">
                                    <button type="button" class="kai-pr-move" data-pr-move="up"
                                        data-pr-item={item.to_string()} disabled={pos == 0}
                                        aria-label={words::move_up(lang, label)} onclick={on_move(pos, "up")}>
                                        <span aria-hidden="true">{ "▲" }</span>
                                    </button>
                                    <button type="button" class="kai-pr-move" data-pr-move="down"
                                        data-pr-item={item.to_string()} disabled={pos + 1 == n}
                                        aria-label={words::move_down(lang, label)} onclick={on_move(pos, "down")}>
                                        <span aria-hidden="true">{ "▼" }</span>
                                    </button>
                                </span>
                            </li>
                        }
                    }) }
                </ol>
                <button type="button" class="kai-pr-main" data-pr="reveal" onclick={on_reveal}>
                    { Pr::Reveal.get(lang) }
                </button>
            }
            <p class="kai-sr" role="status" aria-live="polite">{ (*said).clone() }</p>
        </div>
    }
}

/// The answer beside the guess: a table by place (the guess, its true rank and how far off,
/// the true ranking), then the distance and what moved most in sentences.
fn reveal_view<'a>(
    lang: Lang,
    h: &dyn Fn(&str) -> String,
    r: &predict::Reveal,
    truth: &[Vec<usize>],
    name: impl Fn(usize) -> &'a str + Copy,
) -> Html {
    // The true ranking, place by place, each item with its (shared) rank.
    let true_order: Vec<Moved> = truth
        .iter()
        .flatten()
        .filter_map(|&i| r.items.iter().find(|m| m.item == i).copied())
        .collect();
    let most = words::moved_most_sentence(lang, &r.moved_most(), |i| name(i).to_string());
    html! {
        <section class="kai-pr-reveal" aria-labelledby={h("reveal")} data-pr="reveal-view">
            <h4 class="kai-h4" id={h("reveal")}>{ Pr::RevealH.get(lang) }</h4>
            <p class="kai-pr-distance" tabindex="-1" data-distance={r.distance().to_string()}
                data-moved={r.places_moved.to_string()}>{ words::distance_sentence(lang, r) }</p>
            if let Some(most) = most {
                <p class="kai-pr-most" data-pr="most">{ most }</p>
            }
            <div class="kai-scroll">
                <table class="kai-pr-table">
                    <caption>{ Pr::RevealCaption.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ Pr::Place.get(lang) }</th>
                        <th scope="col">{ Pr::Guess.get(lang) }</th>
                        <th scope="col">{ Pr::Off.get(lang) }</th>
                        <th scope="col">{ Pr::Truth.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for r.items.iter().zip(&true_order).enumerate().map(|(k, (m, t))| {
                            let truth_name = if t.rank_to > t.rank {
                                format!("{} ({})", name(t.item), words::rank(lang, t))
                            } else {
                                name(t.item).to_string()
                            };
                            html! {
                                <tr data-moved={m.moved.to_string()}>
                                    <th scope="row">{ words::place(lang, k + 1) }</th>
                                    <td data-pr="guess">{ name(m.item) }</td>
                                    <td>{ words::off(lang, m) }</td>
                                    <td data-pr="truth">{ truth_name }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
