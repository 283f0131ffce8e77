//! What can be wrong with a pasted table, and how each problem is said in Korean and English.
//!
//! Why apart: the wording is the contract the widget and the tests share (pinned by tests:
//! treat a change as breaking). Every problem about a cell names its row and column as the
//! teacher's spreadsheet numbers them (1-based, the header row included, the name column is
//! column 1), so the fix can be found without counting.

use std::fmt;

use crate::i18n::grammar::josa_eun_neun;
use crate::model::{CRITERIA_RANGE, TEAMS_RANGE};
use crate::text::{Lang, echo};
use crate::validate::Problem;

/// One thing wrong with a pasted table (or with a column's scaling). Variants carry what the
/// message needs; text from the table is echoed through [`echo`] (no controls, at most 40
/// characters).
#[derive(Debug, Clone, PartialEq)]
pub enum TableProblem {
    /// Nothing but blanks was pasted.
    Empty,
    /// The text is over [`MAX_BYTES`](super::table::MAX_BYTES); refused unread.
    TooLarge {
        /// Size of the text.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// A quoted cell (`"…`) is never closed: the rest of the text cannot be read.
    UnclosedQuote {
        /// Row where the cell starts.
        row: usize,
        /// Column of the cell.
        column: usize,
    },
    /// Not 2–8 criterion columns after the name column.
    CriteriaCount {
        /// Criterion columns found.
        n: usize,
    },
    /// Not 2–200 item rows under the header row.
    ItemCount {
        /// Item rows found.
        n: usize,
    },
    /// A criterion column has no name in the header row.
    EmptyHeader {
        /// The header row.
        row: usize,
        /// The column.
        column: usize,
    },
    /// Two criterion columns have the same name.
    DuplicateHeader {
        /// The header row.
        row: usize,
        /// The later column.
        column: usize,
        /// The name.
        name: String,
        /// The column that has it first.
        first: usize,
    },
    /// A row with numbers but no item name.
    EmptyName {
        /// The row.
        row: usize,
    },
    /// Two items with the same name.
    DuplicateName {
        /// The later row.
        row: usize,
        /// The name.
        name: String,
        /// The row that has it first.
        first: usize,
    },
    /// A name (item or criterion) over [`MAX_NAME_CHARS`](super::table::MAX_NAME_CHARS).
    NameTooLong {
        /// The row.
        row: usize,
        /// The column.
        column: usize,
    },
    /// A score cell that is not a number.
    NotANumber {
        /// The row.
        row: usize,
        /// The column.
        column: usize,
        /// The criterion's name (its header).
        header: String,
        /// The cell as written.
        cell: String,
    },
    /// A number with a comma that is not a thousands separator in a tab-separated table
    /// (`1,5`, `1.234,5`), or any comma in a number of a CSV table: decimal point or
    /// thousands? Refused rather than guessed.
    AmbiguousComma {
        /// The row.
        row: usize,
        /// The column.
        column: usize,
        /// The criterion's name.
        header: String,
        /// The cell as written.
        cell: String,
    },
    /// A number beyond ±[`MAX_NUMBER`](super::table::MAX_NUMBER).
    TooBig {
        /// The row.
        row: usize,
        /// The column.
        column: usize,
        /// The criterion's name.
        header: String,
        /// The cell as written.
        cell: String,
    },
    /// A value outside 0–10 in a column scaled as [`Scaling::Raw`](super::scale::Scaling::Raw).
    OutOfScale {
        /// The row.
        row: usize,
        /// The column.
        column: usize,
        /// The criterion's name.
        header: String,
        /// The value.
        value: f64,
    },
    /// Not one scaling setting per criterion (a caller's mistake, said plainly anyway).
    SettingsCount {
        /// Criteria in the table.
        expected: usize,
        /// Settings given.
        given: usize,
    },
    /// A column index beyond the dataset's criteria (a caller's mistake).
    NoSuchColumn {
        /// The column (1-based, the name column being 1).
        column: usize,
    },
    /// The dataset built from the table breaks a rule of [`crate::validate`] (not expected:
    /// the table's own rules come first; said with the dataset's path if it happens).
    Invalid {
        /// The dataset's problem.
        problem: Problem,
    },
}

/// "3행 2열(‘인구’)" / "row 3, column 2 (“population”)".
fn place(lang: Lang, row: usize, column: usize, header: &str) -> String {
    let header = echo(header);
    match (lang, header.is_empty()) {
        (Lang::Ko, false) => format!("{row}행 {column}열(‘{header}’)"),
        (Lang::Ko, true) => format!("{row}행 {column}열"),
        (Lang::En, false) => format!("row {row}, column {column} (“{header}”)"),
        (Lang::En, true) => format!("row {row}, column {column}"),
    }
}

/// A quoted cell or name, with the Korean topic particle when `ko`: "‘abc’는".
fn quoted_topic(lang: Lang, s: &str) -> String {
    let s = echo(s);
    match lang {
        Lang::Ko => format!("‘{s}’{}", josa_eun_neun(&s)),
        Lang::En => format!("“{s}”"),
    }
}

impl TableProblem {
    /// The row and column the problem is at (1-based), when it is at one cell or row
    /// (column 0 for a whole row); `None` for the table as a whole. The UI marks the cell.
    pub fn cell(&self) -> Option<(usize, usize)> {
        use TableProblem::*;
        match *self {
            Empty | TooLarge { .. } | CriteriaCount { .. } | ItemCount { .. } => None,
            SettingsCount { .. } | NoSuchColumn { .. } | Invalid { .. } => None,
            UnclosedQuote { row, column }
            | EmptyHeader { row, column }
            | DuplicateHeader { row, column, .. }
            | NameTooLong { row, column }
            | NotANumber { row, column, .. }
            | AmbiguousComma { row, column, .. }
            | TooBig { row, column, .. }
            | OutOfScale { row, column, .. } => Some((row, column)),
            EmptyName { row } | DuplicateName { row, .. } => Some((row, 1)),
        }
    }

    /// The message in `lang`. Pinned by tests: treat wording changes as breaking.
    pub fn message(&self, lang: Lang) -> String {
        use TableProblem::*;
        let ko = lang == Lang::Ko;
        let (c_min, c_max) = CRITERIA_RANGE;
        let (t_min, t_max) = TEAMS_RANGE;
        match self {
            Empty => if ko {
                "붙여 넣은 표가 비어 있습니다"
            } else {
                "the pasted table is empty"
            }
            .to_string(),
            TooLarge { bytes, limit } => {
                if ko {
                    format!("표가 너무 큽니다({bytes}바이트, 최대 {limit}바이트)")
                } else {
                    format!("the table is too large ({bytes} bytes; at most {limit})")
                }
            }
            UnclosedQuote { row, column } => {
                let at = place(lang, *row, *column, "");
                if ko {
                    format!("{at}: 여는 따옴표(\")가 닫히지 않았습니다")
                } else {
                    format!("{at}: a quotation mark (\") is opened but never closed")
                }
            }
            CriteriaCount { n } => {
                if ko {
                    format!(
                        "기준 열이 {n}개입니다. 이름 열 다음에 기준 열이 {c_min}–{c_max}개 있어야 합니다"
                    )
                } else {
                    let columns = if *n == 1 { "column" } else { "columns" };
                    format!(
                        "{n} criterion {columns}; the name column must be followed by {c_min}–{c_max}"
                    )
                }
            }
            ItemCount { n } => {
                if ko {
                    format!("항목이 {n}개입니다. 제목 행 아래에 {t_min}–{t_max}개가 있어야 합니다")
                } else {
                    let items = if *n == 1 { "item" } else { "items" };
                    format!("{n} {items}; {t_min}–{t_max} rows must follow the header row")
                }
            }
            EmptyHeader { row, column } => {
                let at = place(lang, *row, *column, "");
                if ko {
                    format!("{at}: 기준 이름이 비어 있습니다")
                } else {
                    format!("{at}: the criterion has no name")
                }
            }
            DuplicateHeader { row, column, name, first } => {
                let at = place(lang, *row, *column, "");
                let name = quoted_topic(lang, name);
                if ko {
                    format!("{at}: 기준 이름 {name} {first}열에도 있습니다")
                } else {
                    format!("{at}: the criterion name {name} is also in column {first}")
                }
            }
            EmptyName { row } => {
                let at = place(lang, *row, 1, "");
                if ko {
                    format!("{at}: 항목 이름이 비어 있습니다")
                } else {
                    format!("{at}: the item has no name")
                }
            }
            DuplicateName { row, name, first } => {
                let at = place(lang, *row, 1, "");
                let name = quoted_topic(lang, name);
                if ko {
                    format!("{at}: 항목 이름 {name} {first}행에도 있습니다")
                } else {
                    format!("{at}: the item name {name} is also in row {first}")
                }
            }
            NameTooLong { row, column } => {
                let at = place(lang, *row, *column, "");
                let limit = super::table::MAX_NAME_CHARS;
                if ko {
                    format!("{at}: 이름이 {limit}자보다 깁니다")
                } else {
                    format!("{at}: the name is longer than {limit} characters")
                }
            }
            NotANumber { row, column, header, cell } => {
                let (at, cell) = (place(lang, *row, *column, header), quoted_topic(lang, cell));
                if ko {
                    format!("{at}: {cell} 숫자가 아닙니다")
                } else {
                    format!("{at}: {cell} is not a number")
                }
            }
            AmbiguousComma { row, column, header, cell } => {
                let (at, cell) = (place(lang, *row, *column, header), echo(cell));
                if ko {
                    format!(
                        "{at}: ‘{cell}’의 쉼표가 소수점인지 천 단위 구분인지 알 수 없습니다. 소수점은 점(.)으로 쓰세요"
                    )
                } else {
                    format!(
                        "{at}: is the comma in “{cell}” a decimal point or a thousands separator? Write decimals with a point (.)"
                    )
                }
            }
            TooBig { row, column, header, cell } => {
                let (at, cell) = (place(lang, *row, *column, header), quoted_topic(lang, cell));
                if ko {
                    format!("{at}: {cell} 너무 큽니다(±10¹⁵까지)")
                } else {
                    format!("{at}: {cell} is too large (at most ±10¹⁵)")
                }
            }
            OutOfScale { row, column, header, value } => {
                let at = place(lang, *row, *column, header);
                let v = format!("{value}");
                if ko {
                    format!(
                        "{at}: {v}{} 0–10 밖입니다. 원래 단위의 값이면 최소–최대나 순위 척도를 고르세요",
                        josa_eun_neun(&v)
                    )
                } else {
                    format!(
                        "{at}: {v} is outside 0–10; for values in their own units, choose min–max or rank scaling"
                    )
                }
            }
            SettingsCount { expected, given } => {
                if ko {
                    format!("기준은 {expected}개인데 척도 설정이 {given}개입니다")
                } else {
                    format!("{given} scaling settings given for {expected} criteria")
                }
            }
            NoSuchColumn { column } => {
                if ko {
                    format!("{column}열은 기준 열이 아닙니다")
                } else {
                    format!("column {column} is not a criterion column")
                }
            }
            Invalid { problem } => problem.message(lang),
        }
    }
}

impl fmt::Display for TableProblem {
    /// English, like [`TableProblem::message`] with [`Lang::En`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for TableProblem {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_issues_example_reads_as_written() {
        let p = TableProblem::NotANumber {
            row: 3,
            column: 2,
            header: "인구".into(),
            cell: "abc".into(),
        };
        assert_eq!(p.message(Lang::Ko), "3행 2열(‘인구’): ‘abc’는 숫자가 아닙니다");
        let p = TableProblem::NotANumber {
            row: 3,
            column: 2,
            header: "population".into(),
            cell: "abc".into(),
        };
        assert_eq!(p.message(Lang::En), "row 3, column 2 (“population”): “abc” is not a number");
        assert_eq!(p.cell(), Some((3, 2)));
    }

    #[test]
    fn the_particle_follows_the_cell() {
        let p = TableProblem::NotANumber {
            row: 2,
            column: 3,
            header: "면적".into(),
            cell: "많음".into(),
        };
        assert_eq!(p.message(Lang::Ko), "2행 3열(‘면적’): ‘많음’은 숫자가 아닙니다");
        let p = TableProblem::OutOfScale { row: 4, column: 2, header: "x".into(), value: 12.0 };
        assert!(p.message(Lang::Ko).starts_with("4행 2열(‘x’): 12는 0–10 밖입니다"));
    }
}
