//! Explore mode (탐구): the labels ([`Ex`]) and sentences of the sensitivity views — what it
//! takes, stability bands, rank acceptability, what-if scores, the dataset editor.
//!
//! Why a module: these views turn the engine's sensitivity numbers into words, and their
//! sentences take already formatted shares (from [`crate::format`]) so the numbers read the
//! same as everywhere else. No web dependencies.

use super::grammar::{join, josa_eun_neun, josa_i_ga, josa_wa_gwa, thousands, top_n_ko};
use super::{Ui, pick};
use crate::text::Lang;

/// Fixed labels of the Explore views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ex {
    /// Label of the tab list.
    Views,
    /// Tab: the article view.
    TabArticle,
    /// Tab: Explore.
    TabExplore,
    /// One line under the Explore tab.
    Intro,
    /// Label of the team picker.
    Team,
    /// Heading: the live formula.
    FormulaH,
    /// Words of the formula: "score".
    FormulaScore,
    /// Heading: the slope chart.
    SlopeH,
    /// Slope chart column: the reader's weights.
    Yours,
    /// Slope chart column: the real selection.
    RealSelection,
    /// Slope chart column: equal weights.
    EqualWeights,
    /// "To be first".
    ToFirst,
    /// Already there.
    Already,
    /// The button applying a weighting.
    MoveThere,
    /// Heading: stability bands.
    BandsH,
    /// Explains the bands.
    BandsNote,
    /// Heading: rank acceptability.
    AccH,
    /// Explains the heat map.
    AccNote,
    /// Shown while the random weightings are drawn.
    Computing,
    /// Column header of team names.
    TeamCol,
    /// Heading: what-if scores.
    WhatIfH,
    /// Explains what-if.
    WhatIfNote,
    /// "original".
    Original,
    /// Reset what-if scores.
    ResetScores,
    /// Heading: your own dataset.
    DataH,
    /// Explains the dataset editor.
    DataNote,
    /// Label of the textarea.
    DataPaste,
    /// Label of the file input.
    DataFile,
    /// Apply button.
    DataApply,
    /// Download the template.
    DataTemplate,
    /// Download the current dataset.
    DataCurrent,
    /// Download a classroom dataset as the table it came from (for a spreadsheet).
    DataTable,
    /// Back to the built-in dataset.
    DataBuiltIn,
    /// Heading of the error list.
    DataErrors,
    /// The pasted dataset is in use.
    DataLoaded,
    /// Heading of a pasted table's per-criterion settings (classroom).
    DataTableH,
    /// Explains the settings and the normalisation switch.
    DataTableNote,
    /// Label of a criterion's direction select.
    DataDirection,
    /// Direction: higher is better.
    DataHigher,
    /// Direction: lower is better.
    DataLower,
    /// Label of a criterion's scaling select.
    DataScaling,
    /// Scaling: the values are already 0–10.
    DataRaw,
    /// Scaling: min–max.
    DataMinMax,
    /// Scaling: by rank.
    DataRank,
    /// A setting changed after loading: ranked again.
    DataRescaled,
    /// Heading: export.
    ExportH,
    /// Download the ranking as CSV.
    ExportCsv,
    /// Download the slope chart as PNG.
    ExportPng,
    /// Print.
    Print,
    /// CSV header: rank.
    CsvRank,
    /// CSV header: team id.
    CsvId,
    /// CSV header: team name.
    CsvTeam,
    /// CSV header: weighted score.
    CsvScore,
    /// CSV header block keys and cells, also used as labels in the picture.
    CsvTitle,
    /// See [`Ex::CsvTitle`].
    CsvDisclaimer,
    /// See [`Ex::CsvTitle`].
    CsvAsOf,
    /// See [`Ex::CsvTitle`].
    CsvRound,
    /// See [`Ex::CsvTitle`].
    CsvCut,
    /// See [`Ex::CsvTitle`].
    CsvWeight,
    /// See [`Ex::CsvTitle`].
    CsvImportance,
    /// See [`Ex::CsvTitle`].
    CsvRequirements,
    /// See [`Ex::CsvTitle`].
    CsvNone,
    /// See [`Ex::CsvTitle`].
    CsvSources,
    /// See [`Ex::CsvTitle`].
    CsvAddress,
    /// See [`Ex::CsvTitle`].
    CsvMissing,
    /// See [`Ex::CsvTitle`].
    CsvRequirement,
    /// See [`Ex::CsvTitle`].
    CsvPassed,
    /// See [`Ex::CsvTitle`].
    CsvAboveCut,
    /// See [`Ex::CsvTitle`].
    CsvOutcome,
    /// See [`Ex::CsvTitle`].
    CsvYes,
    /// See [`Ex::CsvTitle`].
    CsvNo,
    /// Button: the picture sized for a phone.
    ExportPngPhone,
    /// All weights zero: nothing to explain (the same sentence as [`Ui::AllZero`]).
    NoRanking,
}

impl Ex {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Ex::Views => ("보기", "Views"),
            Ex::TabArticle => ("순위", "Ranking"),
            Ex::TabExplore => ("탐구", "Explore"),
            Ex::Intro => (
                "가중치를 바꾸면 순위가 왜, 얼마나 바뀌는지 살펴보세요.",
                "See why and how much the ranking changes when you change the weights.",
            ),
            Ex::Team => ("살펴볼 팀", "Team to explore"),
            Ex::FormulaH => ("점수는 이렇게 계산됩니다", "How the score is made"),
            Ex::FormulaScore => ("점수", "score"),
            Ex::SlopeH => ("순위가 어떻게 바뀌나", "How the ranking moves"),
            Ex::Yours => ("지금 가중치", "Current weights"),
            Ex::RealSelection => ("실제 선정", "Real selection"),
            Ex::EqualWeights => ("같은 가중치", "Equal weights"),
            Ex::ToFirst => ("1위가 되려면", "To be first"),
            Ex::Already => ("지금 가중치로 이미 그렇습니다.", "Already there with these weights."),
            Ex::MoveThere => ("슬라이더를 거기로 옮기기", "Move the sliders there"),
            Ex::BandsH => ("얼마나 버틸까?", "How steady is it?"),
            Ex::BandsNote => (
                "슬라이더 아래 띠: 손잡이를 진한 띠 안에서 움직이면 1위가, 옅은 띠 안에서 움직이면 상위 팀 묶음이 그대로입니다. 띠 설명의 숫자는 그 기준의 중요도(0–10)입니다.",
                "Under each slider: move it within the dark band and the leader stays first; within the light band the teams above the line stay the same. The numbers in the text are that criterion's importance (0–10).",
            ),
            Ex::AccH => ("아무 가중치나 고른다면?", "What if the weights were random?"),
            Ex::AccNote => (
                "칸의 숫자: 무작위 가중치 가운데 그 팀이 그 순위에 오른 비율.",
                "Each cell: the share of random weightings in which the team gets that rank.",
            ),
            Ex::Computing => ("무작위 가중치를 뽑는 중…", "Drawing random weightings…"),
            Ex::TeamCol => ("팀 \\ 순위", "Team \\ rank"),
            Ex::WhatIfH => ("점수가 달랐다면?", "What if a score were different?"),
            Ex::WhatIfNote => (
                "점수를 잠시 바꿔 보세요 (0–10). 출처의 점수는 그대로이며 되돌릴 수 있습니다.",
                "Change a score for a moment (0–10). The sourced score is kept; reset any time.",
            ),
            Ex::Original => ("원래", "original"),
            Ex::ResetScores => ("점수 되돌리기", "Reset scores"),
            Ex::DataH => ("내 자료로 해 보기", "Try your own data"),
            Ex::DataNote => (
                "JSON 자료나 스프레드시트의 표(첫 열은 이름, 그다음 기준 열 2–8개)를 붙여 넣거나 파일을 여세요. 견본에서 시작할 수 있습니다.",
                "Paste a JSON dataset or a spreadsheet table (names in the first column, then 2–8 criterion columns), or open a file. You can start from the template.",
            ),
            Ex::DataPaste => ("JSON 자료 또는 표(TSV·CSV)", "JSON dataset or a table (TSV, CSV)"),
            Ex::DataFile => ("파일 열기", "Open a file"),
            Ex::DataApply => ("이 자료 쓰기", "Use this data"),
            Ex::DataTemplate => ("견본 내려받기", "Download template"),
            Ex::DataCurrent => ("지금 자료 내려받기", "Download current data"),
            Ex::DataTable => ("표(TSV) 내려받기", "Download the table (TSV)"),
            Ex::DataBuiltIn => ("원래 자료로", "Back to the built-in data"),
            Ex::DataErrors => {
                ("자료를 쓸 수 없습니다. 고칠 곳:", "This data cannot be used. To fix:")
            }
            Ex::DataLoaded => ("붙여 넣은 자료를 쓰고 있습니다.", "Using the pasted data."),
            Ex::DataTableH => ("기준마다 정하기", "Set up each criterion"),
            Ex::DataTableNote => (
                "값을 0–10으로 바꾸는 방법과 방향을 고르세요. 자료를 쓴 뒤에 바꾸면 순위가 바로 다시 매겨집니다. 방법에 따라 1위가 바뀔 수 있습니다.",
                "Choose how each criterion's values become 0–10, and which way is better. Change one after using the data and the ranking is redone at once: the winner can depend on the choice.",
            ),
            Ex::DataDirection => ("방향", "Direction"),
            Ex::DataHigher => ("클수록 좋음", "higher is better"),
            Ex::DataLower => ("작을수록 좋음", "lower is better"),
            Ex::DataScaling => ("0–10으로 바꾸는 방법", "Scaling to 0–10"),
            Ex::DataRaw => ("그대로(이미 0–10)", "raw (already 0–10)"),
            Ex::DataMinMax => ("최소–최대", "min–max"),
            Ex::DataRank => ("순위", "rank"),
            Ex::DataRescaled => {
                ("설정을 바꿔 순위를 다시 매겼습니다.", "Setting changed: the ranking is redone.")
            }
            Ex::ExportH => ("내보내기", "Export"),
            Ex::ExportCsv => ("순위 CSV", "Ranking as CSV"),
            Ex::ExportPng => ("순위 그림 PNG", "Ranking as PNG"),
            Ex::Print => ("인쇄", "Print"),
            Ex::CsvRank => ("순위", "rank"),
            Ex::CsvId => ("아이디", "id"),
            Ex::CsvTeam => ("팀", "team"),
            Ex::CsvScore => ("점수", "score"),
            Ex::CsvTitle => ("제목", "title"),
            Ex::CsvDisclaimer => ("알림", "disclaimer"),
            Ex::CsvAsOf => ("자료 기준일", "data as of"),
            Ex::CsvRound => ("단계", "round"),
            Ex::CsvCut => ("기준선", "cut line"),
            Ex::CsvWeight => ("가중치(%)", "weight (%)"),
            Ex::CsvImportance => ("중요도(0–10)", "importance (0–10)"),
            Ex::CsvRequirements => ("요건", "requirements"),
            Ex::CsvNone => ("없음", "none"),
            Ex::CsvSources => ("출처", "sources"),
            Ex::CsvAddress => ("주소", "address"),
            Ex::CsvMissing => ("없는 점수", "missing scores"),
            Ex::CsvRequirement => ("요건 결과", "requirement"),
            Ex::CsvPassed => ("충족", "met"),
            Ex::CsvAboveCut => ("기준선 위", "above the line"),
            Ex::CsvOutcome => ("실제 결과", "real outcome"),
            Ex::CsvYes => ("예", "yes"),
            Ex::CsvNo => ("아니요", "no"),
            Ex::ExportPngPhone => ("휴대폰용 PNG", "PNG for phones"),
            // One all-zero sentence for every view and shell.
            Ex::NoRanking => return Ui::AllZero.get(lang),
        };
        pick(lang, ko, en)
    }
}

/// CSV header of a criterion's contribution ("성능 기여" / "performance contribution").
pub fn csv_contribution(lang: Lang, label: &str) -> String {
    match lang {
        Lang::Ko => format!("{label} 기여"),
        Lang::En => format!("{} contribution", label.to_lowercase()),
    }
}

/// Heading of "what would it take" for one team.
pub fn wit_heading(lang: Lang, team: &str) -> String {
    match lang {
        Lang::Ko => format!("{team}에게 무엇이 필요할까?"),
        Lang::En => format!("What would it take for {team}?"),
    }
}

/// "상위 5팀에 들려면" / "To get into the top 5".
pub fn to_cut(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ko => format!("{}에 들려면", top_n_ko(n)),
        Lang::En => format!("To get into the top {n}"),
    }
}

/// A weighting that works: "가중치를 12%p 옮기면 됩니다: 성능 25% → 40% · …".
/// `points` is half the L1 distance in percentage points; `moves` are "label a% → b%" parts.
pub fn wit_possible(lang: Lang, points: f64, moves: &[String]) -> String {
    let p = (points * 10.0).round() / 10.0;
    match lang {
        Lang::Ko => format!("가중치를 {p}%p 옮기면 됩니다: {}", moves.join(" · ")),
        Lang::En => format!("Move {p} percentage points of weight: {}", moves.join(" · ")),
    }
}

/// No weighting can: names the blockers ("어떤 가중치로도 안 됩니다. 늘 앞서는 팀: SKT"; a
/// classroom dataset says its items: "늘 앞서는 도시: …").
pub fn wit_impossible(lang: Lang, blockers: &[&str], rows: super::Rows<'_>) -> String {
    match (lang, blockers.is_empty()) {
        (Lang::Ko, true) => "어떤 가중치로도 안 됩니다.".to_string(),
        (Lang::En, true) => "No weighting can do it.".to_string(),
        (Lang::Ko, false) => {
            format!(
                "어떤 가중치로도 안 됩니다. 늘 앞서는 {}: {}",
                rows.noun_ko(),
                join(lang, blockers)
            )
        }
        (Lang::En, false) => {
            format!("No weighting can do it; always ahead: {}", join(lang, blockers))
        }
    }
}

/// Who takes over at one edge of a stability band: the team's name, and whether the edge is an
/// end of the scale (0 % or 100 %), where the change happens *at* the edge (a missing score
/// starts or stops counting) rather than beyond it.
pub type Takeover<'a> = Option<(&'a str, bool)>;

/// One criterion's stability sentence, in importance units (the slider's own, README "The
/// weight model"): "LG AI Research stays first at importance 2 to 10. Below 2: Upstage leads."
/// `lo`/`hi` are the first and last slider positions that keep the leader (formatted with
/// [`crate::importance::number`]); equal ones read "only at importance 7", never "from 7 to 7".
/// `below`/`above` say who takes over beyond each edge (None: nobody, or off the scale).
pub fn band_leader(
    lang: Lang,
    leader: &str,
    lo: &str,
    hi: &str,
    below: Takeover,
    above: Takeover,
) -> String {
    let mut s = match (lang, lo == hi) {
        (Lang::Ko, false) => {
            format!("{leader}{} 1위를 지키는 중요도: {lo}–{hi}.", josa_i_ga(leader))
        }
        (Lang::Ko, true) => {
            format!("{leader}{} 1위를 지키는 중요도: 딱 {lo}일 때만.", josa_i_ga(leader))
        }
        (Lang::En, false) => format!("{leader} stays first at importance {lo} to {hi}."),
        (Lang::En, true) => format!("{leader} stays first only at importance {lo}."),
    };
    band_edges(lang, &mut s, lo, hi, below, above, ("1위", "leads"));
    s
}

/// The cut-set stability sentence, in importance units like [`band_leader`]: "상위 5팀
/// 그대로: 중요도 0–10." plus who gets in beyond an edge.
pub fn band_cut(
    lang: Lang,
    n: usize,
    rows: super::Rows<'_>,
    lo: &str,
    hi: &str,
    below: Takeover,
    above: Takeover,
) -> String {
    let mut s = match (lang, lo == hi) {
        (Lang::Ko, false) => format!("{} 그대로: 중요도 {lo}–{hi}.", rows.top_n_ko(n)),
        (Lang::Ko, true) => format!("{} 그대로: 딱 중요도 {lo}일 때만.", rows.top_n_ko(n)),
        (Lang::En, false) => format!("Same top {n}: importance {lo} to {hi}."),
        (Lang::En, true) => format!("Same top {n} only at importance {lo}."),
    };
    band_edges(lang, &mut s, lo, hi, below, above, ("들어옵니다", "gets in"));
    s
}

fn band_edges(
    lang: Lang,
    s: &mut String,
    lo: &str,
    hi: &str,
    below: Takeover,
    above: Takeover,
    verb: (&str, &str),
) {
    for (edge, who, ko_dir, en_dir) in
        [(lo, below, "보다 낮으면", "Below"), (hi, above, "보다 높으면", "Above")]
    {
        let Some((w, at_end)) = who else { continue };
        // At the bottom end the change happens at 0 itself (a missing score starts counting),
        // one step below the band's first position.
        let (edge, ko_dir, en_dir) = match (at_end, en_dir) {
            (true, "Below") => ("0", "일 때", "At"),
            (true, _) => (edge, "일 때", "At"),
            (false, _) => (edge, ko_dir, en_dir),
        };
        match lang {
            Lang::Ko => s.push_str(&format!(" {edge}{ko_dir} {w}{} {}.", josa_i_ga(w), verb.0)),
            Lang::En => s.push_str(&format!(" {en_dir} {edge}: {w} {}.", verb.1)),
        }
    }
}

/// The one-line reading of the heat map: "LG AI연구원은 무작위 가중치의 41%에서 1위입니다
/// (20,000번 뽑기, 오차 ±0.4%p 이내)."
pub fn acceptability_reading(
    lang: Lang,
    team: &str,
    first: &str,
    samples: usize,
    error_points: f64,
) -> String {
    let e = (error_points * 10.0).round() / 10.0;
    let n = thousands(samples);
    match lang {
        Lang::Ko => format!(
            "{team}{} 무작위 가중치의 {first}에서 1위입니다 ({n}번 뽑기, 표본 오차 ±{e}%p 이내).",
            josa_eun_neun(team)
        ),
        Lang::En => format!(
            "{team} is first under {first} of all weightings ({n} random draws; sampling error within ±{e} points)."
        ),
    }
}

/// Accessible description of the slope chart: who moves, in words ("2팀의 순위가 바뀝니다";
/// a classroom dataset: "도시 2개의 순위가 바뀝니다", "2 items change place").
pub fn slope_summary(lang: Lang, left: &str, moved: usize, rows: super::Rows<'_>) -> String {
    let items = matches!(rows, super::Rows::Items(_));
    match (lang, moved) {
        (Lang::Ko, 0) => format!("{left}{} 비교해 순위가 그대로입니다.", josa_wa_gwa(left)),
        (Lang::En, 0) => format!("Same order as with {left}."),
        (Lang::Ko, m) if items => {
            format!(
                "{left}{} 비교해 {} {m}개의 순위가 바뀝니다.",
                josa_wa_gwa(left),
                rows.noun_ko()
            )
        }
        (Lang::Ko, m) => format!("{left}{} 비교해 {m}팀의 순위가 바뀝니다.", josa_wa_gwa(left)),
        (Lang::En, m) if items => format!("Compared with {left}, {m} items change place."),
        (Lang::En, m) => format!("Compared with {left}, {m} teams change place."),
    }
}

/// The dataset editor's count line: "문제 3건" / "3 problems".
pub fn problem_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Ko, n) => format!("문제 {n}건"),
        (Lang::En, 1) => "1 problem".to_string(),
        (Lang::En, n) => format!("{n} problems"),
    }
}

/// A score override shown in what-if: "원래 7.0".
pub fn original_score(lang: Lang, score: Option<&str>) -> String {
    let v = score.unwrap_or(Ui::NoScore.get(lang));
    format!("{} {v}", Ex::Original.get(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explore_sentences_read_naturally() {
        assert_eq!(
            acceptability_reading(Lang::En, "LG AI Research", "41 %", 20_000, 0.35),
            "LG AI Research is first under 41 % of all weightings (20,000 random draws; sampling error within ±0.4 points)."
        );
        assert_eq!(
            acceptability_reading(Lang::Ko, "LG AI연구원", "41%", 20_000, 0.35),
            "LG AI연구원은 무작위 가중치의 41%에서 1위입니다 (20,000번 뽑기, 표본 오차 ±0.4%p 이내)."
        );
        assert_eq!(
            band_leader(Lang::En, "LG", "2", "10", Some(("Upstage", false)), None),
            "LG stays first at importance 2 to 10. Below 2: Upstage leads."
        );
        assert_eq!(
            band_leader(Lang::Ko, "LG", "0", "4", None, Some(("SKT", false))),
            "LG가 1위를 지키는 중요도: 0–4. 4보다 높으면 SKT가 1위."
        );
        assert_eq!(
            band_leader(Lang::En, "LG", "7", "7", Some(("SKT", false)), None),
            "LG stays first only at importance 7. Below 7: SKT leads."
        );
        assert_eq!(
            band_cut(Lang::Ko, 5, super::super::Rows::Teams, "1", "10", Some(("KT", true)), None),
            "상위 5팀 그대로: 중요도 1–10. 0일 때 KT가 들어옵니다."
        );
        // A band of one position says so instead of "from 4 to 4".
        assert_eq!(
            band_leader(Lang::En, "LG", "4", "4", Some(("SKT", false)), Some(("KT", false))),
            "LG stays first only at importance 4. Below 4: SKT leads. Above 4: KT leads."
        );
        assert_eq!(
            band_cut(Lang::Ko, 3, super::super::Rows::Teams, "4", "4", None, None),
            "상위 3팀 그대로: 딱 중요도 4일 때만."
        );
        assert_eq!(
            slope_summary(Lang::Ko, "같은 가중치", 0, super::super::Rows::Teams),
            "같은 가중치와 비교해 순위가 그대로입니다."
        );
        assert_eq!(
            slope_summary(Lang::Ko, "실제 선정", 2, super::super::Rows::Teams),
            "실제 선정과 비교해 2팀의 순위가 바뀝니다."
        );
        assert_eq!(to_cut(Lang::Ko, 5), "상위 5팀에 들려면");
        assert_eq!(
            wit_impossible(Lang::En, &["SKT"], super::super::Rows::Teams),
            "No weighting can do it; always ahead: SKT"
        );
        let city = crate::text::Text { ko: "도시".into(), en: "City".into() };
        let items = super::super::Rows::Items(Some(&city));
        assert_eq!(
            wit_impossible(Lang::Ko, &["가람시"], items),
            "어떤 가중치로도 안 됩니다. 늘 앞서는 도시: 가람시"
        );
        assert_eq!(
            wit_impossible(Lang::Ko, &["SKT"], super::super::Rows::Teams),
            "어떤 가중치로도 안 됩니다. 늘 앞서는 팀: SKT"
        );
        assert_eq!(
            slope_summary(Lang::Ko, "같은 가중치", 2, items),
            "같은 가중치와 비교해 도시 2개의 순위가 바뀝니다."
        );
        assert_eq!(
            slope_summary(Lang::En, "equal weights", 2, items),
            "Compared with equal weights, 2 items change place."
        );
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(problem_count(Lang::En, 1), "1 problem");
    }
}
