//! Exports of the ranking as files a reader takes away (today: CSV for spreadsheets).
//!
//! Why in the engine: the export is words and numbers (headers in the reader's language, scores
//! formatted by [`crate::format`]), which must read as the widget reads and be tested natively;
//! the widget only hands the text to the browser's download. Must not depend on any web crate.

use crate::format::{self, csv_field};
use crate::i18n::Ex;
use crate::model::Dataset;
use crate::rank::{Ranking, ScoreMatrix};
use crate::text::Lang;

/// The ranking as CSV text (RFC 4180, `\r\n` line ends, no byte-order mark: the download adds
/// one so spreadsheet programs keep Korean names): rank, id, name, weighted score, then each
/// criterion's score (empty when missing), headers and names in `lang`. Scores come from
/// `matrix`, so what-if edits are exported as ranked. Every text cell goes through
/// [`format::csv_field`], so a pasted dataset cannot smuggle a spreadsheet formula in.
pub fn ranking_csv(
    dataset: &Dataset,
    matrix: &ScoreMatrix,
    ranking: &Ranking,
    lang: Lang,
) -> String {
    let mut out = String::new();
    let mut header: Vec<String> = [Ex::CsvRank, Ex::CsvId, Ex::CsvTeam, Ex::CsvScore]
        .iter()
        .map(|h| csv_field(h.get(lang)))
        .collect();
    header.extend(dataset.criteria.iter().map(|c| csv_field(c.label.get(lang))));
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for row in &ranking.rows {
        let Some(team) = dataset.teams.get(row.team) else {
            continue;
        };
        let mut cells = vec![
            // No rank and no score for a team that is not rankable: an empty cell, never 0.
            row.rank.map(|r| r.to_string()).unwrap_or_default(),
            csv_field(&team.id),
            csv_field(team.name.get(lang)),
            row.score.map(format::score).unwrap_or_default(),
        ];
        cells.extend(
            (0..dataset.criteria.len())
                .map(|c| matrix.get(row.team, c).map(format::weight).unwrap_or_default()),
        );
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Criterion, Team};
    use crate::rank::{Weights, rank_matrix};
    use crate::text::Text;

    fn text(ko: &str, en: &str) -> Text {
        Text { ko: ko.into(), en: en.into() }
    }

    /// Two criteria; three teams, one of them named like a spreadsheet formula and one missing
    /// a score.
    fn dataset() -> Dataset {
        let criteria = vec![
            Criterion { id: "speed".into(), label: text("속도", "Speed"), ..Default::default() },
            Criterion {
                id: "cost".into(),
                label: text("비용", "Cost, total"),
                ..Default::default()
            },
        ];
        let teams =
            [("a", "알파", "Alpha"), ("b", "베타", "=HYPERLINK(\"x\")"), ("c", "감마", "Gamma")]
                .iter()
                .map(|(id, ko, en)| Team {
                    id: id.to_string(),
                    name: text(ko, en),
                    ..Default::default()
                })
                .collect();
        Dataset { criteria, teams, ..Default::default() }
    }

    #[test]
    fn the_csv_lists_rank_id_name_score_and_each_criterion() {
        let d = dataset();
        // a: 6, 8 → 7.0; b: 9, 7.25 → 8.125; c: 10, missing → no rank, no score.
        let m = ScoreMatrix::from_rows(&[
            vec![Some(6.0), Some(8.0)],
            vec![Some(9.0), Some(7.25)],
            vec![Some(10.0), None],
        ]);
        let r = rank_matrix(&m, &Weights::equal(2));
        assert_eq!(
            ranking_csv(&d, &m, &r, Lang::En),
            "rank,id,team,score,Speed,\"Cost, total\"\r\n\
             1,b,\"'=HYPERLINK(\"\"x\"\")\",8.1,9,7.25\r\n\
             2,a,Alpha,7.0,6,8\r\n\
             ,c,Gamma,,10,\r\n"
        );
        assert!(
            ranking_csv(&d, &m, &r, Lang::Ko)
                .starts_with("순위,아이디,팀,점수,속도,비용\r\n1,b,베타,")
        );
    }

    #[cfg(feature = "json")]
    #[test]
    fn the_kai_csv_keeps_korean_names_and_leaves_missing_scores_empty() {
        let d = crate::validate::parse_json(crate::KAI_2025_JSON).unwrap();
        let m = ScoreMatrix::new(&d);
        let csv = ranking_csv(&d, &m, &rank_matrix(&m, &Weights::equal(4)), Lang::Ko);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "순위,아이디,팀,점수,성능,자주성,산업 파급력,글로벌 확장성");
        // LG: (9 + 7 + 8 + 7.5) / 4 = 7.875, shown 7.9.
        assert_eq!(lines[1], "1,lg-ai,LG AI연구원 컨소시엄,7.9,9,7,8,7.5");
        // KT: (5 + 3.5 + 7 + 4) / 4 = 4.875 → 4.9, sixth.
        assert_eq!(lines[6], "6,kt,KT 컨소시엄,4.9,5,3.5,7,4");
        // Kakao has no industry score: no rank, no score, its known scores kept.
        assert_eq!(lines[7], ",kakao,카카오,,4.5,3,,5");
        assert_eq!(
            lines.len(),
            13,
            "header, eleven teams, and the empty text after the last \\r\\n"
        );
    }
}
