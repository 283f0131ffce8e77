//! The classroom tab (수업, issue 15): its headings and one-line explanations.
//!
//! Why its own module: the classroom's views (own data, winner map, contributions, predict then
//! reveal) speak of "items" and "criteria" of any dataset, not of the K-AI teams; keeping their
//! words apart keeps the K-AI wording in [`super::ui`] untouched. No web dependencies.

use super::pick;
use crate::classroom::Scaling;
use crate::text::Lang;

/// Fixed labels of the classroom tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cl {
    /// Tab: the classroom.
    Tab,
    /// One line under the tab.
    Intro,
    /// Section heading: your own data.
    DataH,
    /// Section heading: who can win, and where.
    WhoH,
    /// Section heading: predict, then reveal.
    PredictH,
    /// Heading of the scaling comparison.
    CompareH,
    /// Explains the scaling comparison.
    CompareNote,
    /// Column: the reader's own settings.
    AsSet,
    /// Column header of item names when the data does not name them.
    Items,
    /// A scaling that cannot apply (raw values outside 0–10).
    CannotApply,
    /// Toggle: type into a grid instead of pasting.
    GridToggle,
    /// The starter grid's name column.
    GridName,
    /// The starter grid's criterion columns ("기준 1").
    GridCriterion,
    /// Grid button.
    GridAddRow,
    /// Grid button.
    GridAddColumn,
    /// Grid button.
    GridRemoveRow,
    /// Grid button.
    GridRemoveColumn,
    /// The text is too large for the grid.
    GridTooLarge,
    /// Label of the grid (its table).
    GridLabel,
}

impl Cl {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Cl::Tab => ("수업", "Classroom"),
            Cl::Intro => (
                "표를 붙여 넣어 우리 반 데이터로 순위를 매기고, 순위를 예측한 뒤 확인하고, 가중치가 1위를 어떻게 정하는지 살펴보세요.",
                "Paste a table to rank your own data, predict the ranking and then reveal it, and see how the weights decide who is first.",
            ),
            Cl::DataH => ("1. 우리 데이터", "1. Your data"),
            Cl::WhoH => ("3. 누가, 어디서 1위가 되나", "3. Who can win, and where"),
            Cl::PredictH => ("2. 예측하고 확인하기", "2. Predict, then reveal"),
            Cl::CompareH => (
                "0–10으로 옮기는 방법에 따라 달라지는 순위",
                "How the scaling to 0–10 changes the ranking",
            ),
            Cl::CompareNote => (
                "같은 가중치로, 모든 기준을 한 가지 방법으로 0–10에 옮겼을 때의 순위입니다. 최소–최대는 작은 차이를 크게 늘리고, 순위는 큰 차이를 한 칸으로 줄입니다.",
                "The places under the same weights when every criterion is put on 0–10 one way. Min–max stretches small differences; rank shrinks large ones to one step.",
            ),
            Cl::AsSet => ("지금 설정", "As set"),
            Cl::Items => ("항목", "Item"),
            Cl::CannotApply => ("쓸 수 없음: 0–10 밖의 값", "n/a: values outside 0–10"),
            Cl::GridToggle => ("표에 직접 입력", "Type into a grid"),
            Cl::GridName => ("항목", "Item"),
            Cl::GridCriterion => ("기준", "Criterion"),
            Cl::GridAddRow => ("행 추가", "Add a row"),
            Cl::GridAddColumn => ("열 추가", "Add a column"),
            Cl::GridRemoveRow => ("마지막 행 삭제", "Remove the last row"),
            Cl::GridRemoveColumn => ("마지막 열 삭제", "Remove the last column"),
            Cl::GridTooLarge => (
                "이 표는 격자로 보이기에 너무 큽니다(최대 40행, 기준 10개). 위 글상자에서 고치세요.",
                "This table is too large for the grid (at most 40 rows and 10 criteria). Edit it in the text box above.",
            ),
            Cl::GridLabel => (
                "입력 격자: 첫 행은 머리글(항목 이름, 기준 이름), 첫 열은 항목 이름",
                "Input grid: the first row is the header (item name, criteria), the first column the item names",
            ),
        };
        pick(lang, ko, en)
    }
}

/// Column header: every criterion scaled one way ("모두 최소–최대" / "All min–max").
pub fn all_scaled(lang: Lang, scaling: Scaling) -> String {
    let (ko, en) = scaling_words(scaling);
    match lang {
        Lang::Ko => format!("모두 {ko}"),
        Lang::En => format!("All {en}"),
    }
}

/// A scaling's short name ("원자료"/"raw", "최소–최대"/"min–max", "순위"/"rank").
fn scaling_words(scaling: Scaling) -> (&'static str, &'static str) {
    match scaling {
        Scaling::Raw => ("원자료", "raw"),
        Scaling::MinMax => ("최소–최대", "min–max"),
        Scaling::Rank => ("순위", "rank"),
    }
}

/// Who is first under each scaling that applies (`(scaling, leader names)`, leaders already
/// joined): one sentence saying whether the scaling alone changes the winner.
pub fn leaders_sentence(lang: Lang, leaders: &[(Scaling, String)]) -> String {
    let Some((_, first)) = leaders.first() else { return String::new() };
    if leaders.iter().all(|(_, l)| l == first) {
        return match lang {
            Lang::Ko => format!("어느 방법으로 옮겨도 1위는 같습니다: {first}."),
            Lang::En => format!("Every scaling puts the same item first: {first}."),
        };
    }
    let parts: Vec<String> = leaders
        .iter()
        .map(|(s, l)| {
            let (ko, en) = scaling_words(*s);
            match lang {
                // 원자료, 최소–최대, 순위 all end in a vowel: 로는, never 으로는.
                Lang::Ko => format!("{ko}로는 {l}"),
                Lang::En => format!("{l} with {en}"),
            }
        })
        .collect();
    match lang {
        Lang::Ko => format!("옮기는 방법만 바꿔도 1위가 바뀝니다: {}.", parts.join(", ")),
        Lang::En => format!("The scaling alone changes who is first: {}.", parts.join("; ")),
    }
}

/// A grid cell's label: where it is and, below the header, which column it is under
/// ("2행 3열: 통근 시간(분)" / "row 2, column 3: commute"), rows and columns counted as the
/// problem messages count them.
pub fn grid_cell_label(lang: Lang, row: usize, column: usize, header: &str) -> String {
    let header = header.trim();
    match (lang, row == 1 || header.is_empty()) {
        (Lang::Ko, true) => format!("{row}행 {column}열"),
        (Lang::Ko, false) => format!("{row}행 {column}열: {header}"),
        (Lang::En, true) => format!("row {row}, column {column}"),
        (Lang::En, false) => format!("row {row}, column {column}: {header}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_leader_sentence_says_whether_the_scaling_alone_changes_the_winner() {
        let two = [(Scaling::MinMax, "가람시".to_string()), (Scaling::Rank, "나래시".to_string())];
        assert_eq!(
            leaders_sentence(Lang::Ko, &two),
            "옮기는 방법만 바꿔도 1위가 바뀝니다: 최소–최대로는 가람시, 순위로는 나래시."
        );
        assert_eq!(
            leaders_sentence(Lang::En, &two),
            "The scaling alone changes who is first: 가람시 with min–max; 나래시 with rank."
        );
        let same = [(Scaling::MinMax, "Lyon".to_string()), (Scaling::Rank, "Lyon".to_string())];
        assert_eq!(leaders_sentence(Lang::Ko, &same), "어느 방법으로 옮겨도 1위는 같습니다: Lyon.");
        assert_eq!(
            leaders_sentence(Lang::En, &same),
            "Every scaling puts the same item first: Lyon."
        );
        assert_eq!(all_scaled(Lang::Ko, Scaling::Rank), "모두 순위");
        assert_eq!(all_scaled(Lang::En, Scaling::MinMax), "All min–max");
    }

    #[test]
    fn grid_cells_are_named_as_the_problem_messages_name_them() {
        assert_eq!(grid_cell_label(Lang::Ko, 1, 2, "녹지"), "1행 2열");
        assert_eq!(grid_cell_label(Lang::Ko, 3, 2, "녹지 비율(%)"), "3행 2열: 녹지 비율(%)");
        assert_eq!(grid_cell_label(Lang::En, 3, 2, " "), "row 3, column 2");
        assert_eq!(grid_cell_label(Lang::En, 2, 1, "City"), "row 2, column 1: City");
    }
}
