//! The words of the render options ([`crate::layout`]): the one-line disclaimer that no option
//! removes, "show all", the weights written out when the controls are hidden, the embed
//! builder's labels, and the notice for a bad layout option.
//!
//! Why a module: next to every other label, so a reader switching language meets no leftover.

use super::pick;
use crate::layout::{LayoutProblem, ProblemKind, ROWS_MAX};
use crate::text::Lang;

/// A fixed label of the layout options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lx {
    /// The one-line disclaimer (compact and off sources).
    Disclaimer,
    /// The link or disclosure to the reasons and sources.
    ReasonsAndSources,
    /// The embed builder's disclosure.
    Builder,
    /// Builder: the controls picker.
    Controls,
    /// Builder: `controls=all`.
    ControlsAll,
    /// Builder: `controls=sliders`.
    ControlsSliders,
    /// Builder: `controls=none`.
    ControlsNone,
    /// Builder: the sources picker.
    Sources,
    /// Builder: `sources=full`.
    SourcesFull,
    /// Builder: `sources=compact`.
    SourcesCompact,
    /// Builder: `sources=off`.
    SourcesOff,
    /// Builder: the Explore tab switch.
    Explore,
    /// Builder: the header switch.
    Header,
    /// Builder: the share box switch.
    Share,
    /// Builder: the language switch's switch.
    LangSwitch,
    /// Builder: the theme switch's switch.
    ThemeSwitch,
    /// Builder: the rows picker.
    Rows,
    /// Builder: every row.
    RowsAll,
    /// Builder: the compact starting point.
    Compact,
    /// Builder: back to the full widget.
    Full,
    /// Builder: title of the live preview.
    Preview,
    /// Builder: the group of switches.
    Show,
}

impl Lx {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Lx::Disclaimer => (
                "점수는 편집진의 예시 평가이며 공식 결과가 아닙니다.",
                "Illustrative editorial assessments, not official results.",
            ),
            Lx::ReasonsAndSources => ("근거와 출처", "Reasons and sources"),
            Lx::Builder => ("임베드 설정", "Customise embed"),
            Lx::Controls => ("조작 도구", "Controls"),
            Lx::ControlsAll => ("모두", "All"),
            Lx::ControlsSliders => ("가중치 슬라이더만", "Weight sliders only"),
            Lx::ControlsNone => ("없음 (가중치는 글로)", "None (weights as text)"),
            Lx::Sources => ("출처", "Sources"),
            Lx::SourcesFull => ("전체", "Full"),
            Lx::SourcesCompact => ("한 줄", "One line"),
            Lx::SourcesOff => ("면책 문구만", "Disclaimer only"),
            Lx::Explore => ("탐구 탭", "Explore tab"),
            Lx::Header => ("제목과 질문", "Title and question"),
            Lx::Share => ("공유 상자", "Share box"),
            Lx::LangSwitch => ("언어 전환", "Language switch"),
            Lx::ThemeSwitch => ("화면 전환", "Theme switch"),
            Lx::Rows => ("처음에 보일 순위 수", "Rows shown at first"),
            Lx::RowsAll => ("전부", "All"),
            Lx::Compact => ("휴대폰용 간단 임베드", "Compact for phones"),
            Lx::Full => ("모두 보이기", "Show everything"),
            Lx::Preview => ("임베드 미리보기", "Embed preview"),
            Lx::Show => ("보일 부분", "Show"),
        };
        pick(lang, ko, en)
    }
}

/// The button under a shortened ranking: "모두 보기 (2팀 더)" / "Show all (2 more)".
pub fn show_all(lang: Lang, more: usize) -> String {
    match lang {
        Lang::Ko => format!("모두 보기 ({more}팀 더)"),
        Lang::En => format!("Show all ({more} more)"),
    }
}

/// The weights as text when no control shows them: "가중치: 성능 40% · 자주성 30%".
/// `parts` are (criterion label, formatted share).
pub fn weights_text(lang: Lang, parts: &[(&str, String)]) -> String {
    let list: Vec<String> = parts.iter().map(|(l, p)| format!("{l} {p}")).collect();
    match lang {
        Lang::Ko => format!("가중치: {}", list.join(" · ")),
        Lang::En => format!("Weights: {}", list.join(" · ")),
    }
}

/// Why a layout option was ignored (already echoed: plain, short).
pub fn layout_notice(lang: Lang, p: &LayoutProblem) -> String {
    let LayoutProblem { option, value, kind } = p;
    match (kind, lang) {
        (ProblemKind::Choice(values), Lang::Ko) => format!(
            "{option}: \"{value}\" — {} 중 하나여야 합니다. 기본값({})으로 보여 줍니다.",
            values.join(", "),
            values.first().copied().unwrap_or_default()
        ),
        (ProblemKind::Choice(values), Lang::En) => format!(
            "{option}: \"{value}\" is not one of {}; using {}.",
            values.join(", "),
            values.first().copied().unwrap_or_default()
        ),
        (ProblemKind::Rows, Lang::Ko) => format!(
            "{option}: \"{value}\" — 1부터 {ROWS_MAX}까지의 정수여야 합니다. 모든 순위를 보여 줍니다."
        ),
        (ProblemKind::Rows, Lang::En) => format!(
            "{option}: \"{value}\" is not a whole number from 1 to {ROWS_MAX}; showing every row."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn show_all_counts_the_hidden_rows() {
        assert_eq!(show_all(Lang::Ko, 2), "모두 보기 (2팀 더)");
        assert_eq!(show_all(Lang::En, 8), "Show all (8 more)");
    }

    #[test]
    fn weights_as_text_list_every_criterion() {
        let parts = [("Performance", "40%".to_string()), ("Sovereignty", "60%".to_string())];
        assert_eq!(weights_text(Lang::En, &parts), "Weights: Performance 40% · Sovereignty 60%");
        let parts = [("성능", "100%".to_string())];
        assert_eq!(weights_text(Lang::Ko, &parts), "가중치: 성능 100%");
    }
}
