//! The classroom table (issue #15 §1): a teacher's pasted spreadsheet → names and numbers,
//! every problem named by row and column in both languages. Expected values are written out
//! by hand, never computed by the code under test.

use kai_engine::classroom::{Delimiter, TableProblem, parse_table};
use kai_engine::text::Lang;

fn messages(text: &str, lang: Lang) -> Vec<String> {
    parse_table(text).expect_err("the table has problems").iter().map(|p| p.message(lang)).collect()
}

#[test]
fn a_spreadsheet_copy_with_bom_crlf_and_trailing_blank_rows() {
    let tsv = "\u{FEFF}도시\t인구(만 명)\t면적(km²)\t물가\r\n서울\t938.6\t605.2\t8\r\n부산\t329.3\t770\t\r\n\r\n\t\t\t\r\n";
    let t = parse_table(tsv).unwrap();
    assert_eq!(t.delimiter, Delimiter::Tab);
    assert_eq!(t.name_header, "도시");
    assert_eq!(t.criteria, ["인구(만 명)", "면적(km²)", "물가"]);
    assert_eq!(t.items.len(), 2);
    assert_eq!((t.items[0].row, t.items[0].name.as_str()), (2, "서울"));
    assert_eq!(t.items[0].values, [Some(938.6), Some(605.2), Some(8.0)]);
    // An empty cell is a missing score, never 0.
    assert_eq!(t.items[1].values, [Some(329.3), Some(770.0), None]);
}

#[test]
fn csv_with_quoted_fields_commas_and_quotes() {
    let csv =
        "City,\"Cost, monthly\",\"Rating \"\"stars\"\"\"\n\"Washington, D.C.\",-1.5,4\nLyon,2,\n";
    let t = parse_table(csv).unwrap();
    assert_eq!(t.delimiter, Delimiter::Comma);
    assert_eq!(t.criteria, ["Cost, monthly", "Rating \"stars\""]);
    assert_eq!(t.items[0].name, "Washington, D.C.");
    assert_eq!(t.items[0].values, [Some(-1.5), Some(4.0)]);
    assert_eq!(t.items[1].values, [Some(2.0), None]);
}

#[test]
fn semicolon_csv_and_thousands_only_in_tsv() {
    let t = parse_table("Stadt;A;B\nX;1;2\nY;3;4\n").unwrap();
    assert_eq!(t.delimiter, Delimiter::Semicolon);
    assert_eq!(t.column(1), [Some(2.0), Some(4.0)]);
    let t = parse_table("city\tpop\tarea\nA\t1,234,567\t-0.5\nB\t12,000\t3\n").unwrap();
    assert_eq!(t.column(0), [Some(1_234_567.0), Some(12_000.0)]);
    assert_eq!(
        messages("Stadt;A;B\nX;1,5;2\nY;3;4\n", Lang::En),
        [
            "row 2, column 2 (“A”): is the comma in “1,5” a decimal point or a thousands separator? Write decimals with a point (.)"
        ]
    );
    assert_eq!(
        messages("Stadt;A;B\nX;1,5;2\nY;3;4\n", Lang::Ko),
        [
            "2행 2열(‘A’): ‘1,5’의 쉼표가 소수점인지 천 단위 구분인지 알 수 없습니다. 소수점은 점(.)으로 쓰세요"
        ]
    );
}

#[test]
fn every_problem_is_named_by_row_and_column() {
    // Row 1 header (column 3 duplicates column 2), row 2 fine, row 3 a word and a decimal
    // comma, row 4 blank (still counted), row 5 no name, row 6 a duplicate name and a huge
    // number.
    let tsv = "도시\t인구\t인구\n서울\t1\t2\n부산\tabc\t1,5\n\n\t3\t4\n서울\t1e20\t\n";
    assert_eq!(
        messages(tsv, Lang::Ko),
        [
            "1행 3열: 기준 이름 ‘인구’는 2열에도 있습니다",
            "3행 2열(‘인구’): ‘abc’는 숫자가 아닙니다",
            "3행 3열(‘인구’): ‘1,5’의 쉼표가 소수점인지 천 단위 구분인지 알 수 없습니다. 소수점은 점(.)으로 쓰세요",
            "5행 1열: 항목 이름이 비어 있습니다",
            "6행 1열: 항목 이름 ‘서울’은 2행에도 있습니다",
            "6행 2열(‘인구’): ‘1e20’은 너무 큽니다(±10¹⁵까지)",
        ]
    );
    assert_eq!(
        messages(tsv, Lang::En),
        [
            "row 1, column 3: the criterion name “인구” is also in column 2",
            "row 3, column 2 (“인구”): “abc” is not a number",
            "row 3, column 3 (“인구”): is the comma in “1,5” a decimal point or a thousands separator? Write decimals with a point (.)",
            "row 5, column 1: the item has no name",
            "row 6, column 1: the item name “서울” is also in row 2",
            "row 6, column 2 (“인구”): “1e20” is too large (at most ±10¹⁵)",
        ]
    );
}

#[test]
fn counts_and_shape() {
    assert_eq!(messages("  \n\r\n", Lang::Ko), ["붙여 넣은 표가 비어 있습니다"]);
    assert_eq!(messages("", Lang::En), ["the pasted table is empty"]);
    assert_eq!(
        messages("city,a\nX,1\nY,2", Lang::Ko),
        ["기준 열이 1개입니다. 이름 열 다음에 기준 열이 2–8개 있어야 합니다"]
    );
    assert_eq!(
        messages("city,a,b\nX,1,2", Lang::En),
        ["1 item; 2–200 rows must follow the header row"]
    );
    assert_eq!(
        messages("city,a,b\nX,1,2", Lang::Ko),
        ["항목이 1개입니다. 제목 행 아래에 2–200개가 있어야 합니다"]
    );
    let nine = "n,1,2,3,4,5,6,7,8,9\nA,1,1,1,1,1,1,1,1,1\nB,1,1,1,1,1,1,1,1,1";
    assert_eq!(
        messages(nine, Lang::En),
        ["9 criterion columns; the name column must be followed by 2–8"]
    );
    // A data cell under a blank header.
    assert_eq!(
        messages("city,a,b,\nX,1,2,3\nY,1,2,", Lang::Ko),
        ["1행 4열: 기준 이름이 비어 있습니다"]
    );
    // Trailing delimiters on every row are no column.
    assert!(parse_table("city,a,b,\nX,1,2,\nY,1,2,\n").is_ok());
    // Rows shorter than the header: missing scores at the end.
    assert_eq!(parse_table("c\ta\tb\nX\t1\nY\t2\t3").unwrap().column(1), [None, Some(3.0)]);
    let many: String = std::iter::once("n,a,b\n".to_string())
        .chain((0..201).map(|i| format!("item {i},1,2\n")))
        .collect();
    assert_eq!(messages(&many, Lang::En), ["201 items; 2–200 rows must follow the header row"]);
}

#[test]
fn unclosed_quotes_and_size() {
    assert_eq!(
        messages("city,a,b\nX,1,2\nY,\"3,4\n", Lang::Ko),
        [
            // The rest of the text cannot be read: only row 2 counts as an item.
            "항목이 1개입니다. 제목 행 아래에 2–200개가 있어야 합니다",
            "3행 2열: 여는 따옴표(\")가 닫히지 않았습니다"
        ]
    );
    assert_eq!(
        messages("city,a\nX,1\nY,2", Lang::En),
        ["1 criterion column; the name column must be followed by 2–8"]
    );
    // Leading blank rows count: the header is the spreadsheet's row 3.
    assert_eq!(
        messages("\n\t\ncity\ta\tb\nX\tx\t1\nY\t2\t3", Lang::En),
        ["row 4, column 2 (“a”): “x” is not a number"]
    );
    assert_eq!(
        messages("city,a,b\nX,1,2\nY,\"3,4\n", Lang::En)[1],
        "row 3, column 2: a quotation mark (\") is opened but never closed"
    );
    let big = "a".repeat(kai_engine::classroom::MAX_BYTES + 1);
    assert_eq!(
        parse_table(&big).unwrap_err(),
        [TableProblem::TooLarge { bytes: 262_145, limit: 262_144 }]
    );
    assert_eq!(messages(&big, Lang::Ko), ["표가 너무 큽니다(262145바이트, 최대 262144바이트)"]);
}

#[test]
fn names_lose_controls_and_line_breaks() {
    let t = parse_table("\"New\nYork\",a,b\n\"Los\r\nAngeles\u{202E}\",1,2\nRome\u{1b}[2J,3,4\n")
        .unwrap();
    assert_eq!(t.name_header, "New York");
    assert_eq!(t.items[0].name, "Los Angeles\u{202E}\u{202C}");
    assert_eq!(t.items[0].row, 2);
    // The quoted cell spans two lines: the next record is the spreadsheet's row 3.
    assert_eq!((t.items[1].row, t.items[1].name.as_str()), (3, "Rome[2J"));
}

// ---------------------------------------------------------------------------------------
// The issue's acceptance case: 4 cities × 3 criteria in raw units, one lower-is-better.
// ---------------------------------------------------------------------------------------

/// tests/fixtures/classroom-cities.tsv (the Playwright test of the paste box can use it too):
///
/// | 도시   | 녹지 비율(%) ↑ | 통근 시간(분) ↓ | 주민 만족도(10점) ↑ |
/// |--------|-----|----|---|
/// | 가람시 | 100 | 30 | 6 |
/// | 나래시 |  30 | 25 | 8 |
/// | 다솜시 |  20 | 20 | 5 |
/// | 라온시 |  10 | 60 | 9 |
const CITIES: &str = include_str!("../../../tests/fixtures/classroom-cities.tsv");

use kai_engine::classroom::{CriterionScale, Direction, Scaling, build, rescale, to_tsv};
use kai_engine::model::{Dataset, Mode};
use kai_engine::rank::{Weights, rank};

fn settings(scalings: [Scaling; 3]) -> Vec<CriterionScale> {
    let dirs = [Direction::HigherIsBetter, Direction::LowerIsBetter, Direction::HigherIsBetter];
    let units = ["%", "분", "점"];
    (0..3)
        .map(|c| CriterionScale { unit: units[c].into(), direction: dirs[c], scaling: scalings[c] })
        .collect()
}

/// (name, rank, score) in display order under equal weights.
fn ranking(d: &Dataset) -> Vec<(String, Option<usize>, f64)> {
    rank(d, &Weights::equal(3))
        .rows
        .iter()
        .map(|r| (d.teams[r.team].name.ko.clone(), r.rank, r.score.unwrap_or(f64::NAN)))
        .collect()
}

fn assert_ranking(d: &Dataset, expected: &[(&str, f64)]) {
    let got = ranking(d);
    assert_eq!(got.len(), expected.len());
    for (i, ((name, rank, score), (want_name, want_score))) in got.iter().zip(expected).enumerate()
    {
        assert_eq!(name, want_name, "place {}", i + 1);
        assert_eq!(*rank, Some(i + 1), "{name}");
        assert!((score - want_score).abs() < 1e-9, "{name}: {score} ≠ {want_score}");
    }
}

#[test]
fn min_max_ranking_by_hand() {
    // 녹지 ↑ min 10 max 100, span 90: 가람 10, 나래 (30−10)/90·10 = 20/9, 다솜 10/9, 라온 0.
    // 통근 ↓ min 20 max 60, span 40: 가람 (60−30)/40·10 = 15/2, 나래 35/4, 다솜 10, 라온 0.
    // 만족도 ↑ min 5 max 9, span 4: 가람 (6−5)/4·10 = 5/2, 나래 15/2, 다솜 0, 라온 10.
    // Equal weights, shares 1/3:
    //   가람 (10 + 15/2 + 5/2)/3 = 20/3 ≈ 6.667
    //   나래 (20/9 + 35/4 + 15/2)/3 = (80 + 315 + 270)/36/3 = 665/108 ≈ 6.157
    //   다솜 (10/9 + 10 + 0)/3 = 100/27 ≈ 3.704
    //   라온 (0 + 0 + 10)/3 = 10/3 ≈ 3.333
    let t = parse_table(CITIES).unwrap();
    let d = build(&t, &settings([Scaling::MinMax; 3])).unwrap();
    assert_ranking(
        &d,
        &[
            ("가람시", 20.0 / 3.0),
            ("나래시", 665.0 / 108.0),
            ("다솜시", 100.0 / 27.0),
            ("라온시", 10.0 / 3.0),
        ],
    );
}

#[test]
fn rank_ranking_by_hand() {
    // Four values: worst 0, then 10/3, 20/3, best 10.
    // 녹지 ↑: 라온 0, 다솜 10/3, 나래 20/3, 가람 10.
    // 통근 ↓ (worst = longest): 라온 0, 가람 10/3, 나래 20/3, 다솜 10.
    // 만족도 ↑: 다솜 0, 가람 10/3, 나래 20/3, 라온 10.
    //   나래 (20/3 · 3)/3 = 20/3 ≈ 6.667
    //   가람 (10 + 10/3 + 10/3)/3 = 50/9 ≈ 5.556
    //   다솜 (10/3 + 10 + 0)/3 = 40/9 ≈ 4.444
    //   라온 (0 + 0 + 10)/3 = 10/3 ≈ 3.333
    // Rank scaling forgets 가람's huge lead in green space: 나래, steady second everywhere, wins.
    let t = parse_table(CITIES).unwrap();
    let d = build(&t, &settings([Scaling::Rank; 3])).unwrap();
    assert_ranking(
        &d,
        &[
            ("나래시", 20.0 / 3.0),
            ("가람시", 50.0 / 9.0),
            ("다솜시", 40.0 / 9.0),
            ("라온시", 10.0 / 3.0),
        ],
    );
}

#[test]
fn raw_where_valid_by_hand() {
    // Only 만족도 is already 0–10: raw 6, 8, 5, 9; the others min–max as above.
    //   가람 (10 + 15/2 + 6)/3 = 47/6 ≈ 7.833
    //   나래 (20/9 + 35/4 + 8)/3 = (80 + 315 + 288)/36/3 = 683/108 ≈ 6.324
    //   다솜 (10/9 + 10 + 5)/3 = 145/27 ≈ 5.370
    //   라온 (0 + 0 + 9)/3 = 3
    let t = parse_table(CITIES).unwrap();
    let d = build(&t, &settings([Scaling::MinMax, Scaling::MinMax, Scaling::Raw])).unwrap();
    assert_ranking(
        &d,
        &[
            ("가람시", 47.0 / 6.0),
            ("나래시", 683.0 / 108.0),
            ("다솜시", 145.0 / 27.0),
            ("라온시", 3.0),
        ],
    );
    // What the UI would suggest for this table: raw for the 0–10 column only, units from the
    // headers' brackets; the direction is the teacher's to set (commute: lower is better).
    let suggested = t.suggested_scales();
    let scalings: Vec<Scaling> = suggested.iter().map(|s| s.scaling).collect();
    assert_eq!(scalings, [Scaling::MinMax, Scaling::MinMax, Scaling::Raw]);
    let units: Vec<&str> = suggested.iter().map(|s| s.unit.as_str()).collect();
    assert_eq!(units, ["%", "분", "10점"]);
    assert!(suggested.iter().all(|s| s.direction == Direction::HigherIsBetter));
}

#[test]
fn raw_outside_0_to_10_names_every_cell() {
    // Raw on 통근 (30, 25, 20, 60: all outside 0–10) is refused cell by cell.
    let t = parse_table(CITIES).unwrap();
    let problems = build(&t, &settings([Scaling::MinMax, Scaling::Raw, Scaling::Raw])).unwrap_err();
    let en: Vec<String> = problems.iter().map(|p| p.message(Lang::En)).collect();
    let tail = "is outside 0–10; for values in their own units, choose min–max or rank scaling";
    assert_eq!(
        en,
        [
            format!("row 2, column 3 (“통근 시간(분)”): 30 {tail}"),
            format!("row 3, column 3 (“통근 시간(분)”): 25 {tail}"),
            format!("row 4, column 3 (“통근 시간(분)”): 20 {tail}"),
            format!("row 5, column 3 (“통근 시간(분)”): 60 {tail}"),
        ]
    );
    assert_eq!(
        problems[0].message(Lang::Ko),
        "2행 3열(‘통근 시간(분)’): 30은 0–10 밖입니다. 원래 단위의 값이면 최소–최대나 순위 척도를 고르세요"
    );
    assert_eq!(
        build(&t, &settings([Scaling::MinMax; 3])[..2]).unwrap_err()[0].message(Lang::Ko),
        "기준은 3개인데 척도 설정이 2개입니다"
    );
}

#[test]
fn the_normalisation_switch_rescales_from_the_raw_values() {
    let t = parse_table(CITIES).unwrap();
    let mut d = build(&t, &settings([Scaling::MinMax; 3])).unwrap();
    for c in 0..3 {
        rescale(&mut d, c, settings([Scaling::Rank; 3])[c].clone()).unwrap();
    }
    assert_eq!(d, build(&t, &settings([Scaling::Rank; 3])).unwrap());
    assert_eq!(ranking(&d)[0].0, "나래시");
    // A refused switch changes nothing.
    let before = d.clone();
    let raw = CriterionScale { scaling: Scaling::Raw, ..Default::default() };
    // 녹지 100, 30, 20 are outside 0–10 (10 is not).
    assert_eq!(rescale(&mut d, 0, raw).unwrap_err().len(), 3);
    assert_eq!(
        rescale(&mut d, 3, CriterionScale::default()).unwrap_err()[0].message(Lang::En),
        "column 5 is not a criterion column"
    );
    assert_eq!(d, before);
}

#[test]
fn the_dataset_keeps_names_raw_values_and_settings() {
    let t = parse_table(CITIES).unwrap();
    let d = build(&t, &settings([Scaling::MinMax; 3])).unwrap();
    assert_eq!(d.mode, Mode::Classroom);
    assert_eq!(d.item_label.as_ref().map(|l| l.en.as_str()), Some("도시"));
    let ids: Vec<&str> = d.criteria.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["c1", "c2", "c3"], "Korean headers: ids by position");
    let teams: Vec<&str> = d.teams.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(teams, ["item-1", "item-2", "item-3", "item-4"]);
    assert_eq!(d.teams[0].name.ko, "가람시");
    assert_eq!(d.teams[0].name.en, "가람시");
    let commute = &d.criteria[1];
    assert_eq!(commute.label.en, "통근 시간(분)");
    let scale = commute.scale.as_ref().unwrap();
    assert_eq!((scale.unit.as_str(), scale.direction), ("분", Direction::LowerIsBetter));
    let s = &d.teams[0].scores["c2"];
    assert_eq!((s.raw, s.value), (Some(30.0), Some(7.5)));
    // Written back as a table, it reads as the same table.
    assert_eq!(to_tsv(&d), CITIES);
    // Serde round trip through JSON, validated again on the way in.
    let json = serde_json::to_string(&d).unwrap();
    assert!(json.contains(r#""mode":"classroom""#), "{json}");
    assert!(json.contains(r#""scale":{"unit":"분","direction":"lower","scaling":"min-max"}"#));
    assert_eq!(kai_engine::validate::parse_json(&json).unwrap(), d);
}

#[test]
fn english_names_give_readable_ids_and_duplicates_get_suffixes() {
    let csv = "City,Green space (%),Commute (min)\nNew York,10,40\nnew-york!,20,30\nSão Paulo,5,\n";
    let t = parse_table(csv).unwrap();
    let d = build(&t, &[CriterionScale::default(), CriterionScale::default()]).unwrap();
    let ids: Vec<&str> = d.teams.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["new-york", "new-york-2", "item-3"]);
    let ids: Vec<&str> = d.criteria.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["green-space", "commute-min"]);
    // A missing cell stays missing: no score, so no rank while its criterion weighs.
    assert_eq!(d.teams[2].scores["commute-min"].value, None);
    let r = rank(&d, &Weights::equal(2));
    assert_eq!(r.row_of(2).map(|row| row.rank), Some(None));
}

/// The issue's complaint: a 4-city dataset needed version, date, question, disclaimer,
/// definitions and a rationale and citation per score. In classroom mode it needs none of
/// them; without the mode, every K-AI rule still applies.
#[test]
fn the_mode_in_the_data_decides_the_rules() {
    let json = r#"{
      "mode": "classroom",
      "title": {"ko": "어느 도시?"},
      "criteria": [{"id": "green", "label": {"en": "Green"}}, {"id": "commute", "label": {"ko": "통근"}}],
      "teams": [
        {"id": "a", "name": {"ko": "가람시"}, "scores": {"green": {"value": 3}, "commute": {"value": null}}},
        {"id": "b", "name": {"en": "Narae"}, "scores": {"green": {"value": 7}}}
      ]
    }"#;
    let d = kai_engine::validate::parse_json(json).unwrap();
    assert_eq!(d.mode, Mode::Classroom);
    let sourced = json.replace(r#""mode": "classroom","#, "");
    let problems = kai_engine::validate::parse_json(&sourced).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    for path in ["version", "as_of", "question", "disclaimer", "criteria[0].definition"] {
        assert!(paths.contains(&path), "{path} in {paths:?}");
    }
    assert!(paths.contains(&"teams[0].scores.green"), "rationale and citation per score");
    assert!(paths.contains(&"teams[1].scores.commute"), "a score per criterion");
    // What a classroom dataset does give is still checked.
    let bad =
        json.replace(r#""value": 7"#, r#""value": 12"#).replace(r#""id": "b""#, r#""id": "B""#);
    let problems = kai_engine::validate::parse_json(&bad).unwrap_err();
    let en: Vec<String> = problems.iter().map(|p| p.message(Lang::En)).collect();
    assert_eq!(en.len(), 2, "{en:?}");
    let unknown = json.replace(r#""mode": "classroom""#, r#""mode": "lesson""#);
    assert_eq!(kai_engine::validate::parse_json(&unknown).unwrap_err()[0].path, "mode");
}

// ---------------------------------------------------------------------------------------
// Properties: any table the parser accepts round-trips; no input makes it panic.
// ---------------------------------------------------------------------------------------

use proptest::prelude::*;

/// A cell as a spreadsheet writes it: quoted when it holds a delimiter, a quote or a line
/// break (written here, independently of the crate's own writer). Any delimiter, not only
/// the one in use: a table whose every line has as many unquoted `,` as `;` is ambiguous, and
/// which one a parser then picks is the sniffing's business (unit tests), not round trip's.
fn write_cell(s: &str) -> String {
    if s.contains(['\t', ',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn value() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        1 => Just(None),
        2 => (-1000i64..1000).prop_map(|i| Some(i as f64)),
        2 => (0.0..=10.0f64).prop_map(Some),
        2 => (-1e15..1e15f64).prop_map(Some),
        1 => (-1e-3..1e-3f64).prop_map(Some),
    ]
}

/// A name part: no blanks at its ends, no control characters (the parser would clean those),
/// but quotes, commas, semicolons and Hangul welcome.
fn word() -> impl Strategy<Value = String> {
    "[a-zA-Z가-힣,;\"'.()%]{0,6}"
}

#[derive(Debug, Clone)]
struct Sheet {
    name_header: String,
    headers: Vec<String>,
    names: Vec<String>,
    rows: Vec<Vec<Option<f64>>>,
}

fn sheet() -> impl Strategy<Value = Sheet> {
    (2usize..=8, 2usize..=12).prop_flat_map(|(k, n)| {
        (
            word(),
            prop::collection::vec(word(), k),
            prop::collection::vec(word(), n),
            prop::collection::vec(prop::collection::vec(value(), k), n),
        )
            .prop_map(|(name_header, hs, ns, rows)| Sheet {
                name_header,
                // A number at the end keeps names unique and never blank.
                headers: hs
                    .iter()
                    .enumerate()
                    .map(|(i, h)| format!("{h} {i}").trim().to_string())
                    .collect(),
                names: ns.iter().enumerate().map(|(i, s)| format!("{s}{i}")).collect(),
                rows,
            })
    })
}

fn render(s: &Sheet, delim: char, newline: &str) -> String {
    let mut out = String::new();
    let header: Vec<String> =
        std::iter::once(&s.name_header).chain(&s.headers).map(|h| write_cell(h)).collect();
    out.push_str(&header.join(&delim.to_string()));
    for (name, row) in s.names.iter().zip(&s.rows) {
        out.push_str(newline);
        let cells: Vec<String> = std::iter::once(write_cell(name))
            .chain(row.iter().map(|v| v.map_or(String::new(), |x| x.to_string())))
            .collect();
        out.push_str(&cells.join(&delim.to_string()));
    }
    out
}

proptest! {
    #[test]
    fn accepted_tables_round_trip(
        s in sheet(),
        delim in prop::sample::select(vec!['\t', ',', ';']),
        newline in prop::sample::select(vec!["\n", "\r\n"]),
        scalings in prop::collection::vec(
            (prop::sample::select(vec![Scaling::MinMax, Scaling::Rank, Scaling::Raw]), any::<bool>()),
            8,
        ),
    ) {
        let text = render(&s, delim, newline);
        let t = parse_table(&text).map_err(|e| TestCaseError::fail(format!("{text:?}: {e:?}")))?;
        prop_assert_eq!(&t.name_header, &s.name_header);
        prop_assert_eq!(&t.criteria, &s.headers);
        let names: Vec<&String> = t.items.iter().map(|i| &i.name).collect();
        prop_assert_eq!(names, s.names.iter().collect::<Vec<_>>());
        for (item, row) in t.items.iter().zip(&s.rows) {
            prop_assert_eq!(&item.values, row);
        }
        // Cells → dataset → the same numbers, whatever the scaling; values on 0–10.
        let k = s.headers.len();
        let settings: Vec<CriterionScale> = (0..k)
            .map(|c| {
                let (scaling, lower) = scalings[c];
                let fits = t.column(c).iter().flatten().all(|x| (0.0..=10.0).contains(x));
                let scaling = if scaling == Scaling::Raw && !fits { Scaling::MinMax } else { scaling };
                let direction = if lower { Direction::LowerIsBetter } else { Direction::HigherIsBetter };
                CriterionScale { unit: String::new(), direction, scaling }
            })
            .collect();
        let d = build(&t, &settings).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        for (team, row) in d.teams.iter().zip(&s.rows) {
            for (c, raw) in d.criteria.iter().zip(row) {
                let score = team.scores.get(&c.id);
                prop_assert_eq!(score.and_then(|x| x.raw), *raw);
                let v = score.and_then(|x| x.value);
                prop_assert_eq!(v.is_some(), raw.is_some(), "missing stays missing");
                prop_assert!(v.is_none_or(|v| (0.0..=10.0).contains(&v)), "{v:?}");
            }
        }
        // … and back to a table with the same names and numbers.
        let back = parse_table(&to_tsv(&d)).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(back.items.iter().map(|i| (&i.name, &i.values)).collect::<Vec<_>>(),
            t.items.iter().map(|i| (&i.name, &i.values)).collect::<Vec<_>>());
    }

    #[test]
    fn no_input_makes_the_parser_panic(
        text in prop_oneof![
            "(?s).{0,300}",
            "[\t,;\"\r\n 0-9a가.,%e+\\-\u{FEFF}\u{202E}]{0,400}",
        ],
    ) {
        if let Ok(t) = parse_table(&text) {
            prop_assert!((2..=8).contains(&t.criteria.len()));
            prop_assert!((2..=200).contains(&t.items.len()));
            prop_assert!(t.items.iter().flat_map(|i| i.values.iter().flatten()).all(|v| v.is_finite()));
            let settings = vec![CriterionScale::default(); t.criteria.len()];
            prop_assert!(build(&t, &settings).is_ok());
        }
    }
}

/// Bounded time: the largest text accepted, of the worst shapes, parses in well under a second
/// even in a debug build.
#[test]
fn the_largest_inputs_parse_quickly() {
    let max = kai_engine::classroom::MAX_BYTES;
    for unit in ["\"", "\"\"", "a\t", "1,2\t", "\n", "\t\"x\"\"\"\t\n", "가\t1e5\n"] {
        let text: String = unit.repeat(max / unit.len());
        let start = std::time::Instant::now();
        let _ = parse_table(&text);
        assert!(start.elapsed().as_secs_f64() < 2.0, "{unit:?}: {:?}", start.elapsed());
    }
}

/// A classroom dataset travels in URLs and files: a value that is not its raw value scaled as
/// the criterion says would show one thing in raw units and rank by another.
#[test]
fn values_must_agree_with_raw_values_and_settings() {
    let t = parse_table(CITIES).unwrap();
    let d = build(&t, &settings([Scaling::MinMax; 3])).unwrap();
    let json = serde_json::to_string(&d).unwrap();
    // 가람시's commute: raw 30 → 7.5; claim 9 instead.
    let tampered = json.replacen(r#""value":7.5,"raw":30.0"#, r#""value":9.0,"raw":30.0"#, 1);
    assert_ne!(tampered, json);
    let problems = kai_engine::validate::parse_json(&tampered).unwrap_err();
    let en: Vec<String> = problems.iter().map(|p| p.message(Lang::En)).collect();
    assert_eq!(
        en,
        [
            "teams[0].scores.c2.value: differs from its raw value scaled as the criterion says (7.50)"
        ]
    );
    assert_eq!(
        problems[0].message(Lang::Ko),
        "teams[0].scores.c2.value: 원값을 기준의 척도 설정대로 바꾼 값(7.50)과 다릅니다"
    );
    // Raw scaling of a column outside 0–10, written by hand.
    let raw = json.replacen(r#""scaling":"min-max""#, r#""scaling":"raw""#, 1);
    let problems = kai_engine::validate::parse_json(&raw).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["teams[0].scores.c1.raw", "teams[1].scores.c1.raw", "teams[2].scores.c1.raw"]
    );
}

#[test]
fn a_typed_grid_follows_the_same_rules() {
    use kai_engine::classroom::parse_grid;
    let grid = |rows: &[&[&str]]| -> Vec<Vec<String>> {
        rows.iter().map(|r| r.iter().map(|c| (*c).to_string()).collect()).collect()
    };
    // The fixture typed in by hand reads as the pasted fixture.
    let typed = grid(&[
        &["도시", "녹지 비율(%)", "통근 시간(분)", "주민 만족도(10점)"],
        &["가람시", "100", "30", "6"],
        &["나래시", "30", "25", "8"],
        &["다솜시", "20", "20", "5"],
        &["라온시", "10", "60", "9"],
        &["", "", "", ""],
    ]);
    let pasted = parse_table(CITIES).unwrap();
    let t = parse_grid(&typed).unwrap();
    assert_eq!((&t.criteria, &t.items), (&pasted.criteria, &pasted.items));
    let bad = grid(&[&["", "a", "b"], &["x", "1,5", "2"], &["", "", ""], &["y", "", "많이"]]);
    let en: Vec<String> =
        parse_grid(&bad).unwrap_err().iter().map(|p| p.message(Lang::En)).collect();
    assert_eq!(
        en,
        [
            "row 2, column 2 (“a”): is the comma in “1,5” a decimal point or a thousands separator? Write decimals with a point (.)",
            "row 4, column 3 (“b”): “많이” is not a number",
        ]
    );
}
