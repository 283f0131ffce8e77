//! The winner map's words: the text alternative of the map ("LG AI연구원은 지도의 49%에서
//! 1위입니다. 그곳에서 성능 비중은 7% 이상, 자주성 비중은 34% 이하입니다."), who is first
//! nowhere, where the current weights fall, and the caption of a section.
//!
//! The limits describe the region's extent (the smallest and largest share of each corner
//! over it), a true statement about every point of it; they do not define it (a point within
//! every limit may still lie outside a region that is not a box), so the sentences say
//! "there, …" and never "wherever …".
//!
//! Why a module: the map is drawn from [`crate::sensitivity::winner_map`]'s exact regions, and
//! a reader who cannot see the drawing must get the same facts in words. Shares are formatted
//! here with [`crate::format::percent`], so they read like every other share.

use super::grammar::{join, josa_eun_neun, josa_i_ga, josa_wa_gwa, mid_sentence_en};
use crate::format::percent;
use crate::sensitivity::{NeverFirst, WinnerMap, WinnerRegion};
use crate::text::Lang;

/// One corner's limits over a region, already formatted ("7%"), for [`winner_region`]: `None`
/// when the region reaches that end (0 % or 100 %), so it says nothing about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bound<'a> {
    /// The criterion's label as shown (mid-sentence case is applied here for English).
    pub label: &'a str,
    /// "at least" this share.
    pub min: Option<String>,
    /// "at most" this share.
    pub max: Option<String>,
}

/// "X는 지도의 43%에서 1위입니다. 그곳에서 성능 비중은 18% 이상입니다." / "X is first in 43 % of
/// the map; there, performance is at least 18 %." `share` is formatted; no bounds, no second
/// part.
pub fn winner_region(lang: Lang, team: &str, share: &str, bounds: &[Bound]) -> String {
    let parts: Vec<String> = bounds
        .iter()
        .map(|b| match lang {
            Lang::Ko => match (&b.min, &b.max) {
                (Some(lo), Some(hi)) => format!("{} 비중은 {lo}–{hi}", b.label),
                (Some(lo), None) => format!("{} 비중은 {lo} 이상", b.label),
                (None, Some(hi)) => format!("{} 비중은 {hi} 이하", b.label),
                (None, None) => String::new(),
            },
            Lang::En => {
                let l = mid_sentence_en(b.label);
                match (&b.min, &b.max) {
                    (Some(lo), Some(hi)) => format!("{l} between {lo} and {hi}"),
                    (Some(lo), None) => format!("{l} at least {lo}"),
                    (None, Some(hi)) => format!("{l} at most {hi}"),
                    (None, None) => String::new(),
                }
            }
        })
        .filter(|p| !p.is_empty())
        .collect();
    match lang {
        Lang::Ko => {
            let head = format!("{team}{} 지도의 {share}에서 1위입니다.", josa_eun_neun(team));
            if parts.is_empty() {
                head
            } else {
                format!("{head} 그곳에서 {}입니다.", parts.join(", "))
            }
        }
        Lang::En => {
            if parts.is_empty() {
                format!("{team} is first in {share} of the map.")
            } else {
                // "there, performance is at least 7 % and sovereignty at most 34 %".
                let mut parts = parts;
                if let Some(first) = parts.first_mut()
                    && let Some((label, rest)) = split_label(first)
                {
                    *first = format!("{label} is {rest}");
                }
                let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
                format!("{team} is first in {share} of the map; there, {}.", join(lang, &refs))
            }
        }
    }
}

/// Splits "performance at least 7 %" before its verb phrase, so the first clause can take "is".
fn split_label(part: &str) -> Option<(&str, &str)> {
    ["between ", "at least ", "at most "]
        .iter()
        .filter_map(|k| part.find(k))
        .min()
        .map(|i| (part[..i].trim_end(), &part[i..]))
}

/// The one team first under every weighting of the map.
pub fn winner_everywhere(lang: Lang, team: &str) -> String {
    match lang {
        Lang::Ko => format!("{team}{} 지도 어디에서나 1위입니다.", josa_eun_neun(team)),
        Lang::En => format!("{team} is first everywhere on the map."),
    }
}

/// A team first nowhere (or only tied on a boundary), or always tied with an earlier one.
pub fn winner_never(lang: Lang, team: &str, same_as: Option<&str>) -> String {
    match (lang, same_as) {
        (Lang::Ko, None) => {
            format!("{team}{} 이 지도 어디에서도 1위가 아닙니다.", josa_eun_neun(team))
        }
        (Lang::En, None) => format!("{team} is first nowhere on this map."),
        (Lang::Ko, Some(o)) => format!(
            "{team}{} {o}{} 점수가 모두 같습니다. 함께 1위인 곳에서는 {o}{} 먼저 나옵니다.",
            josa_eun_neun(team),
            josa_wa_gwa(o),
            josa_i_ga(o)
        ),
        (Lang::En, Some(o)) => {
            format!(
                "{team} has the same scores as {o}; where they share first place, {o} is listed first."
            )
        }
    }
}

/// Where the current weights fall on the map: `first` are the teams sharing first place there
/// (from `sensitivity::first_at`; two or more on a boundary).
pub fn winner_here(lang: Lang, first: &[&str]) -> String {
    let names = join(lang, first);
    match (lang, first.len()) {
        (Lang::Ko, 0) => "현재 가중치에서 1위인 곳이 없습니다.".to_string(),
        (Lang::En, 0) => "No one is first at the current weights.".to_string(),
        (Lang::Ko, 1) => format!("현재 가중치는 {names}{} 1위인 곳에 있습니다.", josa_i_ga(&names)),
        (Lang::En, 1) => format!("The current weights are where {names} is first."),
        (Lang::Ko, _) => {
            format!("현재 가중치는 {names}{} 공동 1위인 경계 위에 있습니다.", josa_i_ga(&names))
        }
        (Lang::En, _) => {
            format!("The current weights are on the boundary where {names} share first place.")
        }
    }
}

/// The label of a section's third corner: "나머지(산업 파급력·글로벌 확장성)" / "the rest
/// (industry impact and global reach)".
pub fn rest_label(lang: Lang, others: &[&str]) -> String {
    match lang {
        Lang::Ko => format!("나머지({})", join(lang, others)),
        Lang::En => {
            let lower: Vec<String> = others.iter().map(|l| mid_sentence_en(l)).collect();
            let refs: Vec<&str> = lower.iter().map(String::as_str).collect();
            format!("the rest ({})", join(lang, &refs))
        }
    }
}

/// What a section shows: "성능과 자주성 비중을 바꾸고, 나머지 기준은 지금 비율을 지킨
/// 단면입니다." / "Performance and sovereignty vary; the other criteria keep their current
/// proportion."
pub fn section_caption(lang: Lang, a: &str, b: &str) -> String {
    match lang {
        Lang::Ko => format!(
            "{a}{} {b} 비중을 바꾸고, 나머지 기준은 지금 비율을 지킨 단면입니다.",
            josa_wa_gwa(a)
        ),
        Lang::En => format!(
            "{} and {} vary; the other criteria keep their current proportion.",
            a,
            mid_sentence_en(b)
        ),
    }
}

/// Fixed labels of the winner map's view (the widget's classroom tab).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wm {
    /// Heading of the map.
    MapH,
    /// How to read and use the map (one line under the heading).
    Intro,
    /// The map's accessible name: what it is and how the keys work.
    MapLabel,
    /// How the regions are computed: exact, by linear algebra (the engine clips the triangle
    /// by one half-plane per rival; nothing is sampled).
    Exact,
    /// Label of the pair chooser (four or more criteria).
    Pair,
    /// Button: make the cursor's weighting the sliders' weights.
    UseHere,
    /// Legend: the mark of the current weights.
    Current,
    /// Legend: the mark of the keyboard or click cursor.
    Cursor,
    /// Heading of the text alternative.
    InWords,
    /// Under three criteria there is no triangle to draw.
    TooFew,
    /// No item has every score, so no one can be first.
    NoItems,
}

impl Wm {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Wm::MapH => ("승자 지도", "Winner map"),
            Wm::Intro => (
                "삼각형의 각 점은 가중치 하나입니다. 꼭짓점에 가까울수록 그 기준의 비중이 큽니다. 색칠한 영역마다 그곳에서 1위인 항목의 이름이 있습니다. 지도를 누르거나, 지도에서 화살표 키로 옮긴 뒤 Enter를 누르면 그 가중치를 씁니다.",
                "Each point of the triangle is one weighting: the nearer a corner, the larger that criterion's share. Each region is named after the item first there. Click the map, or move over it with the arrow keys and press Enter, to use that weighting.",
            ),
            Wm::MapLabel => (
                "승자 지도. 화살표 키로 가중치를 옮기고 Enter로 그 가중치를 씁니다.",
                "Winner map. Arrow keys move over the weightings; Enter uses the one under the cursor.",
            ),
            Wm::Exact => (
                "영역은 표본 추출이 아니라 선형대수로 정확히 계산했습니다(경쟁 항목마다 반평면 하나로 삼각형을 자름).",
                "The regions are exact, computed by linear algebra (the triangle cut by one half-plane per rival), not sampled.",
            ),
            Wm::Pair => ("비중을 바꿀 두 기준", "The two criteria that vary"),
            Wm::UseHere => ("이 가중치 쓰기", "Use these weights"),
            Wm::Current => ("지금 가중치", "Current weights"),
            Wm::Cursor => ("커서", "Cursor"),
            Wm::InWords => ("지도를 글로", "The map in words"),
            Wm::TooFew => (
                "승자 지도는 기준이 셋 이상일 때 그립니다.",
                "The winner map needs at least three criteria.",
            ),
            Wm::NoItems => (
                "모든 점수가 있는 항목이 없어 지도를 그릴 수 없습니다.",
                "No item has every score, so there is no map to draw.",
            ),
        };
        super::pick(lang, ko, en)
    }
}

/// Where the map's cursor is and who is first there: "성능 40%, 자주성 30%, 나머지 30%에서
/// 가람시가 1위입니다." / "At performance 40 %, sovereignty 30 % and the rest 30 %, Garam is
/// first." `at` are the three corners' labels with their formatted shares; `first` the items
/// sharing first place there (from `sensitivity::first_at`).
pub fn cursor_at(lang: Lang, at: &[(&str, String)], first: &[&str]) -> String {
    let names = join(lang, first);
    match lang {
        Lang::Ko => {
            let parts: Vec<String> = at.iter().map(|(l, p)| format!("{l} {p}")).collect();
            let place = parts.join(", ");
            match first.len() {
                0 => format!("{place}에서는 1위가 없습니다."),
                1 => format!("{place}에서 {names}{} 1위입니다.", josa_i_ga(&names)),
                _ => format!("{place}에서 {names}{} 공동 1위입니다.", josa_i_ga(&names)),
            }
        }
        Lang::En => {
            let parts: Vec<String> =
                at.iter().map(|(l, p)| format!("{} {p}", mid_sentence_en(l))).collect();
            let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
            let place = join(lang, &refs);
            match first.len() {
                0 => format!("At {place}, no one is first."),
                1 => format!("At {place}, {names} is first."),
                _ => format!("At {place}, {names} share first place."),
            }
        }
    }
}

/// A region's share of the map for a sentence: whole percent, "1% 미만" / "under 1 %" when a
/// real area would round to 0.
fn map_share(lang: Lang, area: f64) -> String {
    if area < 0.005 {
        match lang {
            Lang::Ko => format!("{} 미만", percent(lang, 0.01)),
            Lang::En => format!("under {}", percent(lang, 0.01)),
        }
    } else {
        percent(lang, area)
    }
}

/// A region's limits per corner, rounded outwards to whole percent (the minimum down, the
/// maximum up) so the sentence is never false: "at least 7 %" for a minimum of 7.4 %. Ends at
/// 0 % and 100 % are not limits and are left out.
pub fn bounds<'a>(lang: Lang, region: &WinnerRegion, labels: [&'a str; 3]) -> Vec<Bound<'a>> {
    region
        .extent()
        .iter()
        .zip(labels)
        .map(|(&(lo, hi), label)| {
            let lo = (lo * 100.0 + 1e-9).floor();
            let hi = (hi * 100.0 - 1e-9).ceil();
            Bound {
                label,
                min: (lo > 0.0).then(|| percent(lang, lo / 100.0)),
                max: (hi < 100.0).then(|| percent(lang, hi / 100.0)),
            }
        })
        .filter(|b| b.min.is_some() || b.max.is_some())
        .collect()
}

/// The text alternative of a whole map: one sentence per team with a region (largest first),
/// then one per team first nowhere (team order). `names` are indexed by the map's team
/// indices, `labels` name its three corners (for a section: the two varied criteria and
/// [`rest_label`]). Teams left out for a missing score are not described here (the Explore
/// views already say who is left out).
pub fn winner_map_text(
    lang: Lang,
    map: &WinnerMap,
    names: &[&str],
    labels: [&str; 3],
) -> Vec<String> {
    let name = |t: usize| names.get(t).copied().unwrap_or("?");
    let mut regions: Vec<&WinnerRegion> = map.regions.iter().collect();
    // Largest first; areas equal to 1e-9 (mirror images) keep team order.
    regions.sort_by_key(|r| (std::cmp::Reverse((r.area * 1e9).round() as i64), r.team));
    let mut out: Vec<String> = regions
        .iter()
        .map(|r| {
            if map.regions.len() == 1 {
                winner_everywhere(lang, name(r.team))
            } else {
                winner_region(
                    lang,
                    name(r.team),
                    &map_share(lang, r.area),
                    &bounds(lang, r, labels),
                )
            }
        })
        .collect();
    out.extend(map.never_first.iter().map(|&(t, why)| match why {
        NeverFirst::Outscored => winner_never(lang, name(t), None),
        NeverFirst::SameScoresAs(o) => winner_never(lang, name(t), Some(name(o))),
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rank::ScoreMatrix;
    use crate::sensitivity::winner_map;

    /// The hand-worked map of `sensitivity::winner_map`'s tests: A = (8, 2, 2), B = (2, 8, 2),
    /// C = (4, 4, 6), areas 3/10, 3/10, 2/5; C spans corner 0 from 0 to ½, corner 1 from 0 to
    /// ½, corner 2 from ⅕ to 1. A spans corner 0 from ⅖ to 1, corner 1 from 0 to ½, corner 2
    /// from 0 to ½.
    fn hand_map() -> WinnerMap {
        let rows = [[8.0, 2.0, 2.0], [2.0, 8.0, 2.0], [4.0, 4.0, 6.0], [4.0, 4.0, 6.0]];
        let rows: Vec<Vec<Option<f64>>> =
            rows.iter().map(|r| r.iter().map(|&v| Some(v)).collect()).collect();
        winner_map(&ScoreMatrix::from_rows(&rows)).unwrap()
    }

    #[test]
    fn the_map_reads_as_sentences_in_both_languages() {
        let map = hand_map();
        let names = ["KT", "LG AI연구원", "업스테이지", "모티프"];
        let labels = ["성능", "자주성", "산업 파급력"];
        assert_eq!(
            winner_map_text(Lang::Ko, &map, &names, labels),
            [
                "업스테이지는 지도의 40%에서 1위입니다. 그곳에서 성능 비중은 50% 이하, 자주성 비중은 50% 이하, 산업 파급력 비중은 20% 이상입니다.",
                "KT는 지도의 30%에서 1위입니다. 그곳에서 성능 비중은 40% 이상, 자주성 비중은 50% 이하, 산업 파급력 비중은 50% 이하입니다.",
                "LG AI연구원은 지도의 30%에서 1위입니다. 그곳에서 성능 비중은 50% 이하, 자주성 비중은 40% 이상, 산업 파급력 비중은 50% 이하입니다.",
                "모티프는 업스테이지와 점수가 모두 같습니다. 함께 1위인 곳에서는 업스테이지가 먼저 나옵니다.",
            ]
        );
        let names = ["KT", "LG AI Research", "Upstage", "Motif"];
        let labels = ["Performance", "Sovereignty", "Industry impact"];
        let en = winner_map_text(Lang::En, &map, &names, labels);
        assert_eq!(
            en[0],
            "Upstage is first in 40\u{a0}% of the map; there, performance is at most 50\u{a0}%, sovereignty at most 50\u{a0}% and industry impact at least 20\u{a0}%."
        );
        assert_eq!(
            en[3],
            "Motif has the same scores as Upstage; where they share first place, Upstage is listed first."
        );
    }

    #[test]
    fn limits_round_outwards_and_small_areas_say_so() {
        let region = WinnerRegion {
            team: 0,
            vertices: vec![[0.074, 0.0, 0.926], [0.126, 0.3349, 0.5391], [1.0, 0.0, 0.0]],
            area: 0.003,
        };
        let b = bounds(Lang::Ko, &region, ["성능", "자주성", "산업 파급력"]);
        // 7.4 % → at least 7 %; 33.49 % → at most 34 %; corner 2 from 0 to 92.6 % → at most 93 %.
        assert_eq!(
            b,
            [
                Bound { label: "성능", min: Some("7%".into()), max: None },
                Bound { label: "자주성", min: None, max: Some("34%".into()) },
                Bound { label: "산업 파급력", min: None, max: Some("93%".into()) },
            ]
        );
        assert_eq!(map_share(Lang::Ko, 0.003), "1% 미만");
        assert_eq!(map_share(Lang::En, 0.003), "under 1\u{a0}%");
        assert_eq!(map_share(Lang::En, 0.4938), "49\u{a0}%");
    }

    #[test]
    fn the_cursor_names_its_place_and_the_winner() {
        let at = [
            ("녹지 비율", "40%".to_string()),
            ("통근 시간", "35%".into()),
            ("만족도", "25%".into()),
        ];
        assert_eq!(
            cursor_at(Lang::Ko, &at, &["가람시"]),
            "녹지 비율 40%, 통근 시간 35%, 만족도 25%에서 가람시가 1위입니다."
        );
        assert_eq!(
            cursor_at(Lang::Ko, &at, &["다솜시", "나래시"]),
            "녹지 비율 40%, 통근 시간 35%, 만족도 25%에서 다솜시·나래시가 공동 1위입니다."
        );
        let at = [("Green space", "40\u{a0}%".to_string()), ("Commute", "60\u{a0}%".into())];
        assert_eq!(
            cursor_at(Lang::En, &at, &["Garam"]),
            "At green space 40\u{a0}% and commute 60\u{a0}%, Garam is first."
        );
        assert_eq!(Wm::UseHere.get(Lang::En), "Use these weights");
    }

    #[test]
    fn other_sentences_take_the_right_particles() {
        assert_eq!(
            winner_everywhere(Lang::Ko, "LG AI연구원"),
            "LG AI연구원은 지도 어디에서나 1위입니다."
        );
        assert_eq!(winner_never(Lang::Ko, "KT", None), "KT는 이 지도 어디에서도 1위가 아닙니다.");
        assert_eq!(
            winner_here(Lang::Ko, &["SK텔레콤"]),
            "현재 가중치는 SK텔레콤이 1위인 곳에 있습니다."
        );
        assert_eq!(
            winner_here(Lang::En, &["SK Telecom"]),
            "The current weights are where SK Telecom is first."
        );
        assert_eq!(
            winner_here(Lang::Ko, &["KT", "LG AI연구원"]),
            "현재 가중치는 KT·LG AI연구원이 공동 1위인 경계 위에 있습니다."
        );
        assert_eq!(
            winner_here(Lang::En, &["KT", "Upstage"]),
            "The current weights are on the boundary where KT and Upstage share first place."
        );
        assert_eq!(winner_here(Lang::Ko, &[]), "현재 가중치에서 1위인 곳이 없습니다.");
        assert_eq!(
            rest_label(Lang::Ko, &["산업 파급력", "글로벌 확장성"]),
            "나머지(산업 파급력·글로벌 확장성)"
        );
        assert_eq!(
            rest_label(Lang::En, &["Industry impact", "Global reach"]),
            "the rest (industry impact and global reach)"
        );
        assert_eq!(
            section_caption(Lang::Ko, "성능", "자주성"),
            "성능과 자주성 비중을 바꾸고, 나머지 기준은 지금 비율을 지킨 단면입니다."
        );
        assert_eq!(
            section_caption(Lang::En, "Performance", "Sovereignty"),
            "Performance and sovereignty vary; the other criteria keep their current proportion."
        );
        let one = winner_region(
            Lang::En,
            "KT",
            "12\u{a0}%",
            &[Bound {
                label: "Global reach",
                min: Some("5\u{a0}%".into()),
                max: Some("60\u{a0}%".into()),
            }],
        );
        assert_eq!(
            one,
            "KT is first in 12\u{a0}% of the map; there, global reach is between 5\u{a0}% and 60\u{a0}%."
        );
    }
}
