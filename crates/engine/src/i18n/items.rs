//! The words for a ranking's rows, so they follow the data (issue 15): the K-AI data ranks
//! *teams* ("팀", "선정 기준선 (상위 5팀)"), a classroom dataset ranks its own *items* — named
//! by the header of its name column ("도시"), or 항목 / items when it has none — above a
//! "기준선 / cut line", the "상위 N개 / top N".
//!
//! Why a module: the ranking view's caption, its live sentence ([`super::round_summary`]) and
//! its "show all" button all say what the rows are; one [`Rows`] taken from the dataset keeps
//! them saying the same thing. The K-AI wording is unchanged (many tests pin it).

use super::grammar::top_n_ko;
use crate::model::{Dataset, Mode};
use crate::text::{Lang, Text};

/// Longest item word used in a sentence; a longer header ("도시 이름 (2024년 기준)") reads
/// badly inside one, so the neutral 항목 / items is said instead.
const MAX_NOUN_CHARS: usize = 12;

/// What the rows of a ranking are.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rows<'a> {
    /// The K-AI data's teams (consortia).
    Teams,
    /// A classroom dataset's items, with its word for them when it has one
    /// ([`Dataset::item_label`]).
    Items(Option<&'a Text>),
}

impl<'a> Rows<'a> {
    /// The rows of `dataset`: items for a classroom dataset, teams otherwise.
    pub fn of(dataset: &'a Dataset) -> Rows<'a> {
        match dataset.mode {
            Mode::Classroom => Rows::Items(dataset.item_label.as_ref()),
            Mode::Sourced => Rows::Teams,
        }
    }

    /// The Korean noun for the rows: 팀, the dataset's own word (도시), or 항목.
    pub fn noun_ko(self) -> &'a str {
        match self {
            Rows::Teams => "팀",
            Rows::Items(label) => label
                .map(|t| t.ko.trim())
                .filter(|w| !w.is_empty() && w.chars().count() <= MAX_NOUN_CHARS)
                .unwrap_or("항목"),
        }
    }

    /// "상위 5팀" / "상위 3개": the top `n` rows in Korean.
    pub fn top_n_ko(self, n: usize) -> String {
        match self {
            Rows::Teams => top_n_ko(n),
            Rows::Items(_) => format!("상위 {n}개"),
        }
    }
}

/// Caption of the line under the top `n`: "선정 기준선 (상위 5팀)" / "Selection line (top 5)"
/// for teams, "기준선 (상위 3개)" / "Cut line (top 3)" for items.
pub fn cut_label_for(lang: Lang, n: usize, rows: Rows<'_>) -> String {
    match (rows, lang) {
        (Rows::Teams, _) => super::cut_label(lang, n),
        (Rows::Items(_), Lang::Ko) => format!("기준선 ({})", rows.top_n_ko(n)),
        (Rows::Items(_), Lang::En) => format!("Cut line (top {n})"),
    }
}

/// The button under a shortened ranking: "모두 보기 (2팀 더)" for teams, "모두 보기 (2개 더)"
/// for items; "Show all (2 more)" for both.
pub fn show_all_for(lang: Lang, more: usize, rows: Rows<'_>) -> String {
    match (rows, lang) {
        (Rows::Items(_), Lang::Ko) => format!("모두 보기 ({more}개 더)"),
        _ => super::show_all(lang, more),
    }
}

/// The line under the requirements: [`super::Ui::RequirementsHint`] for teams; for items,
/// "요건은 가중치가 아닙니다. 최소 점수에 못 미치는 도시는 총점과 상관없이 빠집니다." /
/// "A requirement is not a weight: an item below the minimum is out whatever its total."
pub fn requirements_hint(lang: Lang, rows: Rows<'_>) -> String {
    match (rows, lang) {
        (Rows::Teams, _) => super::Ui::RequirementsHint.get(lang).to_string(),
        (Rows::Items(_), Lang::Ko) => {
            let noun = rows.noun_ko();
            format!(
                "요건은 가중치가 아닙니다. 최소 점수에 못 미치는 {noun}{} 총점과 상관없이 빠집니다.",
                super::grammar::josa_eun_neun(noun)
            )
        }
        (Rows::Items(_), Lang::En) => {
            "A requirement is not a weight: an item below the minimum is out whatever its total."
                .to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_named_by_the_data_and_teams_stay_teams() {
        let city = Text::new("도시", "도시");
        let long = Text::new("도시 이름 (2024년 기준)", "x");
        assert_eq!(Rows::Teams.noun_ko(), "팀");
        assert_eq!(Rows::Items(Some(&city)).noun_ko(), "도시");
        assert_eq!(Rows::Items(None).noun_ko(), "항목");
        assert_eq!(Rows::Items(Some(&long)).noun_ko(), "항목", "too long for a sentence");
        assert_eq!(cut_label_for(Lang::Ko, 5, Rows::Teams), "선정 기준선 (상위 5팀)");
        assert_eq!(cut_label_for(Lang::En, 5, Rows::Teams), "Selection line (top 5)");
        assert_eq!(cut_label_for(Lang::Ko, 3, Rows::Items(Some(&city))), "기준선 (상위 3개)");
        assert_eq!(cut_label_for(Lang::En, 3, Rows::Items(None)), "Cut line (top 3)");
        assert_eq!(show_all_for(Lang::Ko, 2, Rows::Teams), "모두 보기 (2팀 더)");
        assert_eq!(show_all_for(Lang::Ko, 2, Rows::Items(None)), "모두 보기 (2개 더)");
        assert_eq!(show_all_for(Lang::En, 2, Rows::Items(None)), "Show all (2 more)");
        assert_eq!(
            requirements_hint(Lang::Ko, Rows::Items(Some(&city))),
            "요건은 가중치가 아닙니다. 최소 점수에 못 미치는 도시는 총점과 상관없이 빠집니다."
        );
        assert_eq!(
            requirements_hint(Lang::Ko, Rows::Teams),
            "요건은 가중치가 아닙니다. 최소 점수에 못 미치는 팀은 총점과 상관없이 탈락합니다."
        );
        assert_eq!(
            requirements_hint(Lang::En, Rows::Items(None)),
            "A requirement is not a weight: an item below the minimum is out whatever its total."
        );
    }

    /// The classroom example (tests/fixtures/classroom-cities.tsv: 4 cities; commute lower is
    /// better; min–max for all), ranked under equal weights. Worked by hand in
    /// crates/engine/tests/classroom.rs: 가람 20/3 ≈ 6.667, 나래 665/108 ≈ 6.157,
    /// 다솜 100/27 ≈ 3.704, 라온 10/3; the line is under 3 of 4 (the fallback 5, at most
    /// items − 1).
    fn cities(label: bool) -> Dataset {
        use crate::classroom::{CriterionScale, Direction, build, parse_table};
        let text = include_str!("../../../../tests/fixtures/classroom-cities.tsv");
        let text = if label { text.to_string() } else { text.replacen("도시", "", 1) };
        let t = parse_table(&text).unwrap();
        let lower = CriterionScale { direction: Direction::LowerIsBetter, ..Default::default() };
        build(&t, &[CriterionScale::default(), lower, CriterionScale::default()]).unwrap()
    }

    #[test]
    fn a_classroom_sentence_names_its_items_in_both_languages() {
        use crate::rank::{Weights, compare_cut, rank};
        let d = cities(true);
        let r = rank(&d, &Weights::equal(3));
        let cut = compare_cut(&d, &r, d.default_cut(), None);
        assert_eq!(cut.size, 3);
        assert_eq!(
            super::super::round_summary(Lang::Ko, &d, &r, &cut, false),
            "이 가중치라면 기준선 위의 도시는 가람시·나래시·다솜시입니다."
        );
        assert_eq!(
            super::super::round_summary(Lang::En, &d, &r, &cut, false),
            "Under these weights the items above the cut line are 가람시, 나래시 and 다솜시."
        );
        // Without a header for the names: 항목 (은, after its final consonant).
        let d = cities(false);
        let r = rank(&d, &Weights::equal(3));
        let cut = compare_cut(&d, &r, 1, None);
        assert_eq!(
            super::super::round_summary(Lang::Ko, &d, &r, &cut, false),
            "이 가중치라면 기준선 위의 항목은 가람시입니다."
        );
        assert_eq!(
            super::super::round_summary(Lang::En, &d, &r, &cut, false),
            "Under these weights the item above the cut line is 가람시."
        );
        let rows = Rows::of(&d);
        assert_eq!(
            super::super::cut_fixed(Lang::Ko, &["가람시"], &[], &[], &["라온시"], rows),
            "어떤 가중치를 골라도 기준선 위의 항목(가람시)은 바뀌지 않습니다: 라온시는 모든 \
             기준에서 점수가 더 낮기 때문입니다."
        );
        assert_eq!(
            super::super::cut_fixed(Lang::En, &["가람시"], &[], &[], &[], rows),
            "No weighting changes which items are above the cut line (가람시)."
        );
    }

    /// The K-AI data keeps its words.
    #[test]
    fn the_kai_sentence_is_unchanged() {
        use crate::rank::{Weights, compare_cut, rank};
        let d = crate::validate::parse_json(crate::KAI_2025_JSON)
            .and_then(crate::validate::check)
            .unwrap();
        assert_eq!(Rows::of(&d), Rows::Teams);
        let r = rank(&d, &Weights::equal(4));
        let cut = compare_cut(&d, &r, 5, None);
        let s = super::super::round_summary(Lang::Ko, &d, &r, &cut, false);
        assert!(s.starts_with("이 가중치라면 통과하는 팀은 "), "{s}");
    }
}

/// Explore's team picker label: "살펴볼 팀" / "Team to explore" for teams; "살펴볼 도시" /
/// "Item to explore" for items.
pub fn explore_pick_label(lang: Lang, rows: Rows<'_>) -> String {
    match (rows, lang) {
        (Rows::Teams, _) => super::Ex::Team.get(lang).to_string(),
        (Rows::Items(_), Lang::Ko) => format!("살펴볼 {}", rows.noun_ko()),
        (Rows::Items(_), Lang::En) => "Item to explore".to_string(),
    }
}

/// The rank acceptability table's corner: "팀 \ 순위" / "Team \ rank" for teams;
/// "도시 \ 순위" / "Item \ rank" for items.
pub fn rank_table_corner(lang: Lang, rows: Rows<'_>) -> String {
    match (rows, lang) {
        (Rows::Teams, _) => super::Ex::TeamCol.get(lang).to_string(),
        (Rows::Items(_), Lang::Ko) => format!("{} \\ 순위", rows.noun_ko()),
        (Rows::Items(_), Lang::En) => "Item \\ rank".to_string(),
    }
}

/// What it takes, second goal: "상위 5팀에 들려면" for teams, "상위 3개에 들려면" for items;
/// "To get into the top 3" for both.
pub fn to_cut_for(lang: Lang, n: usize, rows: Rows<'_>) -> String {
    match (rows, lang) {
        (Rows::Items(_), Lang::Ko) => format!("{}에 들려면", rows.top_n_ko(n)),
        _ => super::to_cut(lang, n),
    }
}

/// The stability bands' note: [`super::Ex::BandsNote`] for teams; for items the same words
/// about "the items above the line" (기준선 위의 도시 묶음).
pub fn bands_note(lang: Lang, rows: Rows<'_>) -> String {
    match (rows, lang) {
        (Rows::Teams, _) => super::Ex::BandsNote.get(lang).to_string(),
        (Rows::Items(_), Lang::Ko) => format!(
            "슬라이더 아래 띠: 손잡이를 진한 띠 안에서 움직이면 1위가, 옅은 띠 안에서 움직이면 기준선 위의 {} 묶음이 그대로입니다. 띠 설명의 숫자는 그 기준의 중요도(0–10)입니다.",
            rows.noun_ko()
        ),
        (Rows::Items(_), Lang::En) => "Under each slider: move it within the dark band and the leader stays first; within the light band the items above the line stay the same. The numbers in the text are that criterion's importance (0–10).".to_string(),
    }
}

/// The rank acceptability note: [`super::Ex::AccNote`] for teams; "그 도시가 …" for items.
pub fn acceptability_note(lang: Lang, rows: Rows<'_>) -> String {
    match (rows, lang) {
        (Rows::Teams, _) => super::Ex::AccNote.get(lang).to_string(),
        (Rows::Items(_), Lang::Ko) => {
            let noun = rows.noun_ko();
            format!(
                "칸의 숫자: 무작위 가중치 가운데 그 {noun}{} 그 순위에 오른 비율.",
                super::josa_i_ga(noun)
            )
        }
        (Rows::Items(_), Lang::En) => {
            "Each cell: the share of random weightings in which the item gets that rank."
                .to_string()
        }
    }
}

#[cfg(test)]
mod explore_words {
    use super::*;

    #[test]
    fn explore_says_the_items_of_classroom_data_and_teams_of_the_k_ai_data() {
        let city = Text { ko: "도시".into(), en: "City".into() };
        let items = Rows::Items(Some(&city));
        assert_eq!(explore_pick_label(Lang::Ko, items), "살펴볼 도시");
        assert_eq!(explore_pick_label(Lang::En, items), "Item to explore");
        assert_eq!(explore_pick_label(Lang::Ko, Rows::Teams), "살펴볼 팀");
        assert_eq!(rank_table_corner(Lang::Ko, items), "도시 \\ 순위");
        assert_eq!(rank_table_corner(Lang::Ko, Rows::Items(None)), "항목 \\ 순위");
        assert_eq!(rank_table_corner(Lang::En, Rows::Teams), "Team \\ rank");
        assert_eq!(to_cut_for(Lang::Ko, 3, items), "상위 3개에 들려면");
        assert_eq!(to_cut_for(Lang::Ko, 5, Rows::Teams), "상위 5팀에 들려면");
        assert_eq!(to_cut_for(Lang::En, 3, items), "To get into the top 3");
        assert!(bands_note(Lang::Ko, items).contains("기준선 위의 도시 묶음이"));
        assert!(bands_note(Lang::Ko, Rows::Teams).contains("상위 팀 묶음이"));
        assert_eq!(
            acceptability_note(Lang::Ko, items),
            "칸의 숫자: 무작위 가중치 가운데 그 도시가 그 순위에 오른 비율."
        );
        assert_eq!(
            acceptability_note(Lang::Ko, Rows::Items(None)),
            "칸의 숫자: 무작위 가중치 가운데 그 항목이 그 순위에 오른 비율."
        );
    }
}
