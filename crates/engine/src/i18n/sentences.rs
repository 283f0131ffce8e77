//! The live summary: the one sentence a journalist could quote about the reader's ranking.
//!
//! Why a module: it is the only text assembled from a ranking and a cut comparison (who gets
//! in instead of whom, ties at the line, teams ranked last), with grammar in both languages;
//! its cut size always comes from the [`CutComparison`] passed in, never from a constant.

use super::Ui;
use super::grammar::{join, josa_i_ga, number_en};
use crate::model::Dataset;
use crate::rank::{CutComparison, Ranking};
use crate::text::Lang;

/// The live summary: one sentence a journalist could quote, saying who would be above the cut
/// under the reader's weights compared with who really was, plus short notes on ties and
/// teams ranked last for missing data.
pub fn summary(lang: Lang, dataset: &Dataset, ranking: &Ranking, cut: &CutComparison) -> String {
    if ranking.no_weights() {
        return Ui::AllZero.get(lang).to_string();
    }
    let name = |t: &usize| dataset.teams.get(*t).map_or("?", |team| team.name.get(lang));
    let names = |ts: &[usize]| -> String {
        let v: Vec<&str> = ts.iter().map(name).collect();
        join(lang, &v)
    };
    let n = cut.size;
    let top_en = top_n_en(n);
    let mut s = match (&cut.would_get_in, &cut.would_drop_out) {
        (Some(get_in), Some(drop_out)) if !get_in.is_empty() => {
            let ins = names(get_in);
            let outs = names(drop_out);
            match lang {
                Lang::Ko => format!(
                    "당신의 가중치라면 {outs} 대신 {ins}{} 상위 {n}위에 듭니다.",
                    josa_i_ga(&ins)
                ),
                Lang::En => {
                    format!("Under your weights {ins} would make the {top_en} instead of {outs}.")
                }
            }
        }
        (Some(_), _) => {
            let leaders: Vec<usize> =
                ranking.rows.iter().take_while(|r| r.rank == Some(1)).map(|r| r.team).collect();
            let lead = names(&leaders);
            let several = leaders.len() > 1;
            match (lang, several) {
                (Lang::Ko, false) => format!(
                    "당신의 가중치라면 상위 {n}위는 실제 선정된 {n}팀과 같고, 1위는 {lead}입니다."
                ),
                (Lang::Ko, true) => format!(
                    "당신의 가중치라면 상위 {n}위는 실제 선정된 {n}팀과 같고, {lead}{} 공동 1위입니다.",
                    josa_i_ga(&lead)
                ),
                (Lang::En, false) => format!(
                    "Under your weights the {top_en} are the same {} teams that were selected; {lead} leads.",
                    number_en(n)
                ),
                (Lang::En, true) => format!(
                    "Under your weights the {top_en} are the same {} teams that were selected; {lead} share the lead.",
                    number_en(n)
                ),
            }
        }
        (None, _) => {
            let above = names(&cut.above);
            match lang {
                Lang::Ko => format!("당신의 가중치라면 상위 {n}위는 {above}입니다."),
                Lang::En => format!("Under your weights the {top_en} would be {above}."),
            }
        }
    };
    if cut.tie_at_line {
        match lang {
            Lang::Ko => s.push_str(&format!(" {n}위와 {}위는 동점입니다.", n + 1)),
            Lang::En => s.push_str(&format!(" Places {n} and {} are tied.", n + 1)),
        }
    }
    let incomplete: Vec<usize> =
        ranking.rows.iter().filter(|r| !r.is_complete()).map(|r| r.team).collect();
    if !incomplete.is_empty() {
        let list = names(&incomplete);
        match lang {
            Lang::Ko => s.push_str(&format!(" 점수가 빠진 팀({list})은 맨 뒤에 두었습니다.")),
            Lang::En => {
                s.push_str(&format!(" Teams with missing scores ({list}) are listed last."))
            }
        }
    }
    s
}

/// "top five", "top 12": how English writes a small cut.
pub(crate) fn top_n_en(n: usize) -> String {
    format!("top {}", number_en(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Team;
    use crate::rank::{ScoreMatrix, Weights, compare_cut, rank_matrix};
    use crate::text::Text;

    fn dataset() -> Dataset {
        let mut d = Dataset::default();
        for (id, ko, en) in
            [("a", "KT", "KT"), ("b", "NC AI", "NC AI"), ("c", "LG AI연구원", "LG AI Research")]
        {
            d.teams.push(Team { id: id.into(), name: Text::new(ko, en), ..Default::default() });
        }
        d
    }

    fn compare(d: &Dataset, r: &Ranking, actual: &[&str]) -> CutComparison {
        let actual: Vec<String> = actual.iter().map(|s| s.to_string()).collect();
        compare_cut(d, r, 2, Some(&actual))
    }
    #[test]
    fn summary_names_who_gets_in_instead_of_whom() {
        let d = dataset();
        let m = ScoreMatrix::from_rows(&[vec![Some(9.0)], vec![Some(1.0)], vec![Some(8.0)]]);
        let r = rank_matrix(&m, &Weights::equal(1));
        let c = compare(&d, &r, &["b", "c"]);
        assert_eq!(
            summary(Lang::En, &d, &r, &c),
            "Under your weights KT would make the top two instead of NC AI."
        );
        assert_eq!(
            summary(Lang::Ko, &d, &r, &c),
            "당신의 가중치라면 NC AI 대신 KT가 상위 2위에 듭니다."
        );
    }

    #[test]
    fn summary_says_when_the_top_matches_reality() {
        let d = dataset();
        let m = ScoreMatrix::from_rows(&[vec![Some(1.0)], vec![Some(5.0)], vec![Some(8.0)]]);
        let r = rank_matrix(&m, &Weights::equal(1));
        let c = compare(&d, &r, &["b", "c"]);
        assert_eq!(
            summary(Lang::En, &d, &r, &c),
            "Under your weights the top two are the same two teams that were selected; LG AI Research leads."
        );
        assert_eq!(
            summary(Lang::Ko, &d, &r, &c),
            "당신의 가중치라면 상위 2위는 실제 선정된 2팀과 같고, 1위는 LG AI연구원입니다."
        );
    }

    #[test]
    fn summary_explains_all_zero_weights_and_missing_scores() {
        let d = dataset();
        let m = ScoreMatrix::from_rows(&[vec![Some(1.0)], vec![None], vec![Some(8.0)]]);
        let zero = rank_matrix(&m, &Weights::new(vec![0.0]).unwrap());
        let c = compare(&d, &zero, &["b", "c"]);
        assert_eq!(
            summary(Lang::Ko, &d, &zero, &c),
            "모든 가중치가 0이라 순위를 매길 수 없습니다."
        );
        let r = rank_matrix(&m, &Weights::equal(1));
        let c = compare(&d, &r, &["b", "c"]);
        assert!(
            summary(Lang::En, &d, &r, &c)
                .ends_with(" Teams with missing scores (NC AI) are listed last.")
        );
    }
}
