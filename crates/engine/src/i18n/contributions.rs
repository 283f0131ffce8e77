//! The contribution table's words (classroom tab, issue 15 §2): its heading, column labels,
//! the "two decimals" switch and the sentences that explain near-ties.
//!
//! Why a module: the table shows the very products the ranking adds up (share × score), and a
//! class comparing two items that look equal needs the same words in both languages. Numbers
//! come in formatted ([`crate::format`]), never written here.

use super::grammar::{josa_eun_neun, josa_wa_gwa};
use super::pick;
use crate::text::Lang;

/// Fixed labels of the contribution table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ct {
    /// Heading.
    H,
    /// One line: what a cell is.
    Intro,
    /// Name column when the data does not say what its items are.
    Item,
    /// Total column.
    Total,
    /// The switch for two decimals.
    TwoDecimals,
    /// Why two decimals: rounding can hide a difference, or there is none.
    TiesNote,
    /// No two totals look the same at one decimal.
    NoNearTies,
    /// A cell without a score (the item has no total at these weights).
    NoScore,
}

impl Ct {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Ct::H => ("기여도 표", "Contribution table"),
            Ct::Intro => (
                "칸마다 비중 × 점수입니다. 한 줄을 더하면 순위의 점수(합계)가 됩니다. 열 제목을 누르면 그 열로 정렬합니다.",
                "Each cell is share × score; a row adds up to the ranking's score (the total). Press a column heading to sort by it.",
            ),
            Ct::Item => ("항목", "Item"),
            Ct::Total => ("합계", "Total"),
            Ct::TwoDecimals => ("소수 둘째 자리까지 보기", "Show two decimals"),
            Ct::TiesNote => (
                "순위의 점수는 소수 첫째 자리로 반올림해 보여 줍니다. 같아 보이는 두 합계도 둘째 자리에서 다를 수 있고, 정말 같으면 같은 순위를 나눕니다.",
                "The ranking rounds scores to one decimal. Two totals that look equal may differ at the second decimal; if they are truly equal, the items share a rank.",
            ),
            Ct::NoNearTies => (
                "소수 첫째 자리에서 같아 보이는 합계는 없습니다.",
                "No two totals look equal at one decimal.",
            ),
            Ct::NoScore => ("점수 없음", "no score"),
        };
        pick(lang, ko, en)
    }
}

/// Two items whose totals read the same at one decimal (`shown`): truly tied (`None`), or
/// different further down (`Some((a_total, b_total))`, formatted with more digits).
pub fn near_tie(lang: Lang, a: &str, b: &str, shown: &str, more: Option<(&str, &str)>) -> String {
    match (lang, more) {
        (Lang::Ko, None) => format!(
            "{a}{} {b}{} 합계가 정말 같아({shown}) 같은 순위를 나눕니다.",
            josa_wa_gwa(a),
            josa_eun_neun(b)
        ),
        (Lang::En, None) => {
            format!("{a} and {b} are truly tied ({shown}), so they share a rank.")
        }
        (Lang::Ko, Some((x, y))) => format!(
            "{a}{} {b}{} 소수 첫째 자리에서는 같아 보이지만({shown}), 더 자세히 보면 다릅니다: {x}, {y}.",
            josa_wa_gwa(a),
            josa_eun_neun(b)
        ),
        (Lang::En, Some((x, y))) => {
            format!(
                "{a} and {b} look equal at one decimal ({shown}) but differ further: {x} and {y}."
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_ties_in_both_languages() {
        assert_eq!(
            near_tie(Lang::Ko, "가람시", "나래시", "6.2", Some(("6.24", "6.16"))),
            "가람시와 나래시는 소수 첫째 자리에서는 같아 보이지만(6.2), 더 자세히 보면 다릅니다: 6.24, 6.16."
        );
        assert_eq!(
            near_tie(Lang::Ko, "KT", "다솜시", "5.0", None),
            "KT와 다솜시는 합계가 정말 같아(5.0) 같은 순위를 나눕니다."
        );
        assert_eq!(
            near_tie(Lang::En, "Garam", "Narae", "6.2", Some(("6.24", "6.16"))),
            "Garam and Narae look equal at one decimal (6.2) but differ further: 6.24 and 6.16."
        );
        assert_eq!(Ct::Total.get(Lang::Ko), "합계");
    }
}
