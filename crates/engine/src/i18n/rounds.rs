//! Words of the round views (issue 11): the round picker and its counts, a round's live
//! summary (fewer kept than planned, pending rounds, places lost to a requirement), the cut
//! that no weighting can move, the ministry's published figures, teams left out of a view.
//!
//! Why a module: these sentences know rounds, requirements and pending outcomes, which every
//! shell (widget, static copy) shows the same way. Pure text, no web dependency.

use super::grammar::{join, join_en, josa_eun_neun, josa_i_ga, top_n_en};
use super::items::Rows;
use super::{Ui, pick};
use crate::model::Dataset;
use crate::rank::{CutComparison, Ranking};
use crate::text::Lang;

/// Labels of the round views (picker, the ministry's figures, explain views).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rx {
    /// Hint under the round picker.
    RoundHint,
    /// Heading of the ministry's published figures.
    OfficialHeading,
    /// Why they stand apart from our scores.
    OfficialLabel,
    /// Column: the part of the scheme.
    OfficialPart,
    /// Column: points available.
    OfficialPoints,
    /// Column: the published average.
    OfficialAverage,
    /// Row: the total.
    OfficialTotal,
    /// A cell with nothing published.
    NotPublished,
    /// Heading of the requirements' result in the stage-one preset.
    PresetResult,
}

impl Rx {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Rx::RoundHint => (
                "단계를 고르면 그 단계의 참가 팀만 순위를 매기고, 실제 결과와 비교합니다.",
                "Pick a round: only its teams are ranked, and compared with what really happened.",
            ),
            Rx::OfficialHeading => (
                "과기정통부가 발표한 1차 단계평가 점수",
                "The ministry's published stage-one figures",
            ),
            Rx::OfficialLabel => (
                "정부가 발표한 그대로이며, 우리 네 기준과 다른 100점 만점 기준입니다. 위의 편집 점수와 섞지 않았습니다.",
                "As published by the ministry, on its own 100-point scheme (not our four criteria); never mixed into our editorial scores above.",
            ),
            Rx::OfficialPart => ("평가 부문", "Part"),
            Rx::OfficialPoints => ("배점", "Points"),
            Rx::OfficialAverage => ("평균(5팀)", "Average (5 teams)"),
            Rx::OfficialTotal => ("총점", "Total"),
            Rx::NotPublished => ("공개 안 됨", "not published"),
            Rx::PresetResult => ("이 기준의 결과", "Result of this preset"),
        };
        pick(lang, ko, en)
    }
}

/// A round's counts on the timeline: "10팀 → 5팀", "5팀 → 3팀 (계획 4팀)", "4팀 → 3팀 (발표 전)"
/// / "10 → 5", "5 → 3 (planned 4)", "4 → 3 (pending)". `kept` is `None` while pending.
pub fn round_counts(lang: Lang, entrants: usize, size: usize, kept: Option<usize>) -> String {
    match (lang, kept) {
        (Lang::Ko, Some(k)) if k != size => format!("{entrants}팀 → {k}팀 (계획 {size}팀)"),
        (Lang::Ko, Some(k)) => format!("{entrants}팀 → {k}팀"),
        (Lang::Ko, None) => format!("{entrants}팀 → {size}팀 ({})", Ui::Pending.get(lang)),
        (Lang::En, Some(k)) if k != size => format!("{entrants} → {k} (planned {size})"),
        (Lang::En, Some(k)) => format!("{entrants} → {k}"),
        (Lang::En, None) => format!("{entrants} → {size} ({})", Ui::Pending.get(lang)),
    }
}

/// The live summary of a round: who would get through under the reader's weights against who
/// really did, or, for a pending round (`actual` unknown), only who would, with no claim about
/// reality. It handles a round that kept fewer teams than planned (stage one: four places,
/// three kept) and names teams put out by a requirement. A classroom dataset's sentence names
/// its items ([`Rows`]: "기준선 위의 도시는 …", "the items above the cut line are …").
pub fn round_summary(
    lang: Lang,
    dataset: &Dataset,
    ranking: &Ranking,
    cut: &CutComparison,
    pending: bool,
) -> String {
    if ranking.no_weights() {
        return Ui::AllZero.get(lang).to_string();
    }
    let name = |t: &usize| dataset.teams.get(*t).map_or("?", |team| team.name.get(lang));
    let names = |ts: &[usize]| -> String {
        let v: Vec<&str> = ts.iter().map(name).collect();
        join(lang, &v)
    };
    let rows = Rows::of(dataset);
    let above = names(&cut.above);
    let mut s = match (&cut.would_get_in, &cut.would_drop_out) {
        (Some(ins), Some(outs)) if !ins.is_empty() && !outs.is_empty() => {
            let (ins, outs) = (names(ins), names(outs));
            match lang {
                Lang::Ko => {
                    format!("이 가중치라면 {outs} 대신 {ins}{} 통과합니다.", josa_i_ga(&ins))
                }
                Lang::En => {
                    format!("Under these weights {ins} would get through instead of {outs}.")
                }
            }
        }
        (Some(ins), Some(_)) if !ins.is_empty() => {
            let ins = names(ins);
            match lang {
                Lang::Ko => {
                    format!("이 가중치라면 실제로 통과한 팀에 더해 {ins}도 통과합니다.")
                }
                Lang::En => format!(
                    "Under these weights {ins} would also get through, besides the teams that really did."
                ),
            }
        }
        (Some(_), Some(outs)) if !outs.is_empty() => {
            let outs = names(outs);
            match lang {
                Lang::Ko => {
                    format!("이 가중치라면 실제로 통과한 {outs}{} 탈락합니다.", josa_i_ga(&outs))
                }
                Lang::En => {
                    format!("Under these weights {outs}, who really got through, would be out.")
                }
            }
        }
        (Some(_), Some(_)) => match lang {
            Lang::Ko => format!("이 가중치라면 통과하는 팀({above})이 실제 결과와 같습니다."),
            Lang::En => format!(
                "Under these weights the teams that get through ({above}) are the ones that really did."
            ),
        },
        _ => match (rows, lang) {
            (Rows::Teams, Lang::Ko) => format!("이 가중치라면 통과하는 팀은 {above}입니다."),
            (Rows::Teams, Lang::En) => format!("Under these weights {above} would get through."),
            (Rows::Items(_), Lang::Ko) => {
                let noun = rows.noun_ko();
                format!("이 가중치라면 기준선 위의 {noun}{} {above}입니다.", josa_eun_neun(noun))
            }
            (Rows::Items(_), Lang::En) if cut.above.len() == 1 => {
                format!("Under these weights the item above the cut line is {above}.")
            }
            (Rows::Items(_), Lang::En) => {
                format!("Under these weights the items above the cut line are {above}.")
            }
        },
    };
    if pending {
        s.push_str(match lang {
            Lang::Ko => " 실제 결과는 아직 발표되지 않았습니다.",
            Lang::En => " The real result has not been announced yet.",
        });
    }
    if !cut.gated_above.is_empty() {
        let g = names(&cut.gated_above);
        let n = cut.size;
        match lang {
            Lang::Ko => s.push_str(&format!(
                " {g}{} 점수로는 {} 안이지만 요건에 못 미쳐 탈락합니다.",
                josa_eun_neun(&g),
                rows.top_n_ko(n)
            )),
            Lang::En => s.push_str(&format!(
                " {g}: in the {} on score, but out for missing a requirement.",
                top_n_en(n)
            )),
        }
    }
    if cut.tie_at_line {
        let n = cut.above.len();
        match lang {
            Lang::Ko => s.push_str(&format!(" {n}위와 {}위는 동점입니다.", n + 1)),
            Lang::En => s.push_str(&format!(" Places {n} and {} are tied.", n + 1)),
        }
    }
    let unrankable: Vec<usize> =
        ranking.unranked().iter().filter(|r| !r.is_gated()).map(|r| r.team).collect();
    if !unrankable.is_empty() {
        let list = names(&unrankable);
        let noun = rows.noun_ko();
        match (rows, lang) {
            (_, Lang::Ko) => s.push_str(&format!(
                " 이 가중치에 필요한 점수가 없는 {noun}({list}){} 순위가 없습니다.",
                josa_eun_neun(noun)
            )),
            (Rows::Teams, Lang::En) => s.push_str(&format!(
                " Teams without the scores these weights need ({list}) have no rank."
            )),
            (Rows::Items(_), Lang::En) => s.push_str(&format!(
                " Items without the scores these weights need ({list}) have no rank."
            )),
        }
    }
    s
}

/// Said instead of a slider story when no weighting can change who is above a round's line
/// (`round::CutMobility::Fixed`), with why the others can never climb over it: names of the
/// teams always above, never rankable (missing scores), out by a requirement, and outscored on
/// every criterion. `rows`: what the rows are (a classroom's items are "기준선 위의 도시").
pub fn cut_fixed(
    lang: Lang,
    above: &[&str],
    never_rankable: &[&str],
    gated: &[&str],
    outscored: &[&str],
    rows: Rows<'_>,
) -> String {
    let a = join(lang, above);
    let mut why: Vec<String> = Vec::new();
    if !never_rankable.is_empty() {
        let l = join(lang, never_rankable);
        why.push(match lang {
            Lang::Ko => format!("{l}{} 점수가 빠져 있어 순위에 들 수 없고", josa_eun_neun(&l)),
            Lang::En => format!("{l} lack the scores needed to be ranked"),
        });
    }
    if !gated.is_empty() {
        let l = join(lang, gated);
        why.push(match lang {
            Lang::Ko => format!("{l}{} 요건에 못 미치고", josa_eun_neun(&l)),
            Lang::En => format!("{l} fall short of a requirement"),
        });
    }
    if !outscored.is_empty() {
        let l = join(lang, outscored);
        why.push(match lang {
            Lang::Ko => format!("{l}{} 모든 기준에서 점수가 더 낮고", josa_eun_neun(&l)),
            Lang::En => format!("{l} score lower on every criterion"),
        });
    }
    match lang {
        Lang::Ko => {
            let mut s = match rows {
                Rows::Teams => format!("어떤 가중치를 골라도 선 위의 팀({a})은 바뀌지 않습니다"),
                Rows::Items(_) => {
                    let noun = rows.noun_ko();
                    format!(
                        "어떤 가중치를 골라도 기준선 위의 {noun}({a}){} 바뀌지 않습니다",
                        josa_eun_neun(noun)
                    )
                }
            };
            if !why.is_empty() {
                let joined = why.join(", ");
                let joined = joined.strip_suffix('고').unwrap_or(&joined);
                s.push_str(&format!(": {joined}기 때문입니다."));
            } else {
                s.push('.');
            }
            s
        }
        Lang::En => {
            let mut s = match rows {
                Rows::Teams => format!("No weighting changes who is above the line ({a})"),
                Rows::Items(_) => {
                    format!("No weighting changes which items are above the cut line ({a})")
                }
            };
            if why.is_empty() {
                s.push('.');
            } else {
                let w: Vec<&str> = why.iter().map(String::as_str).collect();
                s.push_str(&format!(": {}.", join_en(&w)));
            }
            s
        }
    }
}

/// One line under an explain view run on fewer teams than the round's: who was left out and
/// why (no score on a criterion, or below a requirement).
pub fn left_out(lang: Lang, missing: &[&str], gated: &[&str]) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !missing.is_empty() {
        let l = join(lang, missing);
        parts.push(match lang {
            Lang::Ko => format!("{l}(점수 없음)"),
            Lang::En => format!("{l} (missing scores)"),
        });
    }
    if !gated.is_empty() {
        let l = join(lang, gated);
        parts.push(match lang {
            Lang::Ko => format!("{l}(요건 미달)"),
            Lang::En => format!("{l} (below a requirement)"),
        });
    }
    match lang {
        Lang::Ko => format!("이 보기에서 뺀 팀: {}.", parts.join("; ")),
        Lang::En => format!("Left out of this view: {}.", parts.join("; ")),
    }
}

/// The round texts above, as a reader reads them (hand-written expectations).
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_counts_read_as_the_timeline() {
        assert_eq!(round_counts(Lang::En, 10, 5, Some(5)), "10 → 5");
        assert_eq!(round_counts(Lang::En, 5, 4, Some(3)), "5 → 3 (planned 4)");
        assert_eq!(round_counts(Lang::En, 4, 3, None), "4 → 3 (pending)");
        assert_eq!(round_counts(Lang::Ko, 5, 4, Some(3)), "5팀 → 3팀 (계획 4팀)");
        assert_eq!(round_counts(Lang::Ko, 4, 2, None), "4팀 → 2팀 (발표 전)");
    }

    #[test]
    fn a_fixed_cut_says_why_in_both_languages() {
        let above = ["LG", "SKT"];
        assert_eq!(
            cut_fixed(Lang::En, &above, &["Motif"], &[], &["KT"], Rows::Teams),
            "No weighting changes who is above the line (LG and SKT): Motif lack the scores needed \
             to be ranked and KT score lower on every criterion."
        );
        assert_eq!(
            cut_fixed(Lang::Ko, &above, &["모티프"], &["네이버"], &[], Rows::Teams),
            "어떤 가중치를 골라도 선 위의 팀(LG·SKT)은 바뀌지 않습니다: 모티프는 점수가 빠져 있어 \
             순위에 들 수 없고, 네이버는 요건에 못 미치기 때문입니다."
        );
        assert_eq!(
            left_out(Lang::En, &["KAIST"], &[]),
            "Left out of this view: KAIST (missing scores)."
        );
    }
}
