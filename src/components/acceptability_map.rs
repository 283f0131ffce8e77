//! Rank acceptability heat map (SMAA-2, from [`crate::sensitivity::acceptability`]): a table of
//! teams × ranks whose cells say, as text, in what share of uniformly random weightings the team
//! gets that rank; the shade only repeats the number. One sentence reads the table for the
//! reader and states the Monte-Carlo error.
//!
//! It does not depend on the weights, so it runs once per dataset: [`SAMPLES`] draws with the
//! fixed [`SEED`] (reproducible with `kai-rank explain --seed`), memoised on the data and kept
//! in a small per-page cache so leaving and reopening Explore does not draw again.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use yew::prelude::*;

use crate::format;
use crate::i18n::{self, Ex};
use crate::sensitivity::{Acceptability, acceptability};
use crate::state::{Data, DataRc};
use crate::text::Lang;

/// Team indices (of `ids`, in dataset order) sorted by their place in `order`; teams missing
/// from it keep their dataset order after the others.
fn row_order<'a>(ids: impl Iterator<Item = &'a str>, order: &[String]) -> Vec<usize> {
    let mut rows: Vec<(usize, usize)> = ids
        .enumerate()
        .map(|(t, id)| (order.iter().position(|o| o == id).unwrap_or(usize::MAX), t))
        .collect();
    rows.sort_unstable();
    rows.into_iter().map(|(_, t)| t).collect()
}

/// Random weightings drawn.
pub const SAMPLES: usize = 20_000;
/// Seed of the draws (the CLI's default too).
pub const SEED: u64 = 2025;

/// Props of [`AcceptabilityMap`].
#[derive(Properties, Clone, PartialEq)]
pub struct AcceptabilityMapProps {
    /// The data ranked.
    pub data: DataRc,
    /// Places above the line (drawn as a thicker column border).
    pub cut: usize,
    /// Team ids in the ranking's display order: the rows follow it, so the map reads in the
    /// same order as the ranking beside it (teams not in it follow, in dataset order).
    #[prop_or_default]
    pub order: Rc<Vec<String>>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page.
    pub instance: u32,
}

thread_local! {
    /// Results for the last few datasets seen on this page (by identity; weak, so a replaced
    /// dataset is not kept alive).
    static CACHE: RefCell<Vec<(Weak<Data>, Rc<Acceptability>)>> = const { RefCell::new(Vec::new()) };
}

/// The cached acceptability of `data`, if it was drawn already.
fn cached_only(data: &DataRc) -> Option<(DataRc, Rc<Acceptability>)> {
    CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(w, _)| w.upgrade().is_some_and(|d| Rc::ptr_eq(&d, &data.0)))
            .map(|(_, a)| (data.clone(), a.clone()))
    })
}

/// The acceptability of `data`, drawn at most once per dataset and page.
fn cached(data: &DataRc) -> Rc<Acceptability> {
    let hit = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(w, _)| w.upgrade().is_some_and(|d| Rc::ptr_eq(&d, &data.0)))
            .map(|(_, a)| a.clone())
    });
    if let Some(a) = hit {
        return a;
    }
    let a = Rc::new(acceptability(&data.0.matrix, SAMPLES, SEED));
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        c.retain(|(w, _)| w.strong_count() > 0);
        if c.len() >= 4 {
            c.remove(0);
        }
        c.push((Rc::downgrade(&data.0), a.clone()));
    });
    a
}

/// Shade class of a share (0–1): the text holds the value, the shade only repeats it.
fn heat(p: f64) -> &'static str {
    if p <= 0.0 {
        "kai-heat0"
    } else if p < 0.1 {
        "kai-heat1"
    } else if p < 0.4 {
        "kai-heat2"
    } else {
        "kai-heat3"
    }
}

/// The table and its one-line reading.
#[component]
pub fn AcceptabilityMap(props: &AcceptabilityMapProps) -> Html {
    let lang = props.lang;
    // Drawn after the first paint (a task, not during render), so opening Explore is instant;
    // a cached result shows at once.
    let acc = use_state(|| cached_only(&props.data));
    {
        let acc = acc.clone();
        use_effect_with(props.data.clone(), move |data| {
            let ready = acc.as_ref().is_some_and(|(d, _)| d == data);
            if !ready {
                let data = data.clone();
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(std::time::Duration::from_millis(0)).await;
                    let a = cached(&data);
                    acc.set(Some((data, a)));
                });
            }
        });
    }
    let hid = format!("kai{}-ah", props.instance);
    let Some((_, acc)) = (*acc).clone().filter(|(d, _)| *d == props.data) else {
        return html! {
            <section class="kai-x kai-acc" aria-labelledby={hid.clone()} aria-busy="true">
                <h3 class="kai-h" id={hid}>{ Ex::AccH.get(lang) }</h3>
                <p class="kai-note">{ Ex::Computing.get(lang) }</p>
            </section>
        };
    };
    let d = props.data.dataset();
    let n = d.teams.len();
    let best = (0..n)
        .max_by(|a, b| {
            let pa = acc.rank_share.get(*a).and_then(|r| r.first()).copied().unwrap_or(0.0);
            let pb = acc.rank_share.get(*b).and_then(|r| r.first()).copied().unwrap_or(0.0);
            pa.total_cmp(&pb).then(b.cmp(a))
        })
        .unwrap_or(0);
    let first = acc.rank_share.get(best).and_then(|r| r.first()).copied().unwrap_or(0.0);
    // Two standard errors: the reading holds at about 95 % confidence.
    let reading = i18n::acceptability_reading(
        lang,
        d.teams.get(best).map_or("?", |t| t.name.get(lang)),
        &format::percent(lang, first),
        acc.samples,
        2.0 * acc.std_error * 100.0,
    );
    let rows = row_order(d.teams.iter().map(|t| t.id.as_str()), &props.order);
    html! {
        <section class="kai-x kai-acc" aria-labelledby={hid.clone()}>
            <h3 class="kai-h" id={hid.clone()}>{ Ex::AccH.get(lang) }</h3>
            <p class="kai-acc-reading" data-reading="">{ reading }</p>
            <p class="kai-note">{ crate::i18n::acceptability_note(lang, crate::i18n::Rows::of(d)) }</p>
            <div class="kai-scroll" role="region" aria-labelledby={hid} tabindex="0">
                <table class="kai-heat">
                    <thead>
                        <tr>
                            <th scope="col">{ crate::i18n::rank_table_corner(lang, crate::i18n::Rows::of(d)) }</th>
                            { for (1..=n).map(|r| html! {
                                <th scope="col" class={(r == props.cut).then_some("kai-heat-cut")}>{ r.to_string() }</th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().filter_map(|&t| Some((t, d.teams.get(t)?))).map(|(t, team)| html! {
                            <tr data-team-id={team.id.clone()}>
                                <th scope="row">{ format::short_name(team.name.get(lang)) }</th>
                                { for (0..n).map(|r| {
                                    let p = acc.rank_share.get(t).and_then(|row| row.get(r)).copied().unwrap_or(0.0);
                                    let cut = if r + 1 == props.cut { " kai-heat-cut" } else { "" };
                                    html! { <td class={format!("{}{cut}", heat(p))}>{ format::percent(lang, p) }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::row_order;

    #[test]
    fn rows_follow_the_ranking() {
        let order = vec!["c".to_string(), "a".to_string()];
        assert_eq!(row_order(["a", "b", "c", "d"].into_iter(), &order), vec![2, 0, 1, 3]);
        assert_eq!(row_order(["a", "b"].into_iter(), &[]), vec![0, 1]);
    }
}
