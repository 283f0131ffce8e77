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
        ["1 items; 2–200 rows must follow the header row"]
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
