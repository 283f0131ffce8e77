//! A pasted spreadsheet table → names and raw numbers ([`parse_table`]).
//!
//! The layout a teacher has: a header row (first cell the items' column, e.g. "도시" or
//! "City", then one criterion per column, Korean or English), then one row per item: its
//! name, then a number per criterion in whatever unit the column has. Rules, because readers
//! and tests rely on them:
//! - **Delimiter**: tab if any line has a tab (a spreadsheet's copy); else `;` or `,`,
//!   whichever splits the first 20 lines with content into the same number (> 1) of cells
//!   (a European CSV uses `;`, and may have commas in its names and numbers); when both or
//!   neither do, the one splitting the first line into more cells, `,` on a tie.
//! - **Quotes** as spreadsheets write them (RFC 4180): a cell starting with `"` runs to the
//!   next lone `"`, `""` is a quote, delimiters and line breaks inside are text. Text after
//!   the closing quote is kept (lenient).
//! - A leading byte-order mark is dropped; `\r\n`, `\n` and a lone `\r` all end a row; blank
//!   rows (also rows of empty cells) are skipped but still counted, so row numbers are the
//!   spreadsheet's own.
//! - **Numbers**: optional sign (`-`, `+`, `−`), digits with an optional `.` decimal point and
//!   exponent, surrounding blanks ignored, one trailing `%` allowed and dropped (`12%` is 12:
//!   the column's unit is then "%"). `inf`, `NaN`, `0x10` and currency signs are not numbers.
//! - **Commas in numbers**: only in a tab-separated table and only as thousands separators in
//!   groups of three (`1,234`, `-12,345.5`). Anything else with a comma (`1,5`, `1.234,5`, or
//!   any comma in a CSV table) is refused with [`TableProblem::AmbiguousComma`]: a decimal
//!   comma cannot be told from a thousands separator (`1,234` is 1.234 in Germany), and a
//!   wrong guess silently changes a ranking. Korean and English spreadsheets use a decimal
//!   point, so the refusal is rare and its message says what to write.
//! - An **empty cell** is a missing score (never 0); a row shorter than the header has
//!   missing scores at its end. Trailing columns blank everywhere are ignored.
//! - Names are trimmed, inner blanks and line breaks become one space, control and unpaired
//!   bidi characters are neutralised ([`neutralise_bidi`]).
//! - Bounded: at most [`MAX_BYTES`] bytes (refused unread), 2–8 criteria, 2–200 items; cells
//!   of rows past the 200th are not checked.
//!
//! Every problem is reported, in row order ([`TableProblem`]); `Ok` only when there is none.

use std::collections::HashMap;

use super::problem::TableProblem;
use crate::model::{CRITERIA_RANGE, TEAMS_RANGE};
use crate::text::neutralise_bidi;

/// Largest pasted text accepted (256 KiB): 200 rows of nine long cells fit many times over.
pub const MAX_BYTES: usize = 256 * 1024;

/// Longest item or criterion name, in characters: a name is a label, not a paragraph.
pub const MAX_NAME_CHARS: usize = 80;

/// Largest magnitude of a number: beyond it, differences of two numbers lose all precision
/// and a value is surely a typo (a spreadsheet serial, an ID).
pub const MAX_NUMBER: f64 = 1e15;

/// What separates the cells of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delimiter {
    /// A tab: what a spreadsheet puts on the clipboard.
    Tab,
    /// A comma (CSV).
    Comma,
    /// A semicolon (CSV where the comma is the decimal mark).
    Semicolon,
}

impl Delimiter {
    /// The character.
    pub fn char(self) -> char {
        match self {
            Delimiter::Tab => '\t',
            Delimiter::Comma => ',',
            Delimiter::Semicolon => ';',
        }
    }
}

/// One item row of a [`Table`].
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The row in the pasted text (1-based, header and blank rows counted).
    pub row: usize,
    /// The name, cleaned (see the module rules).
    pub name: String,
    /// One raw value per criterion; `None` for an empty cell.
    pub values: Vec<Option<f64>>,
}

/// A pasted table that passed every rule: 2–8 criteria, 2–200 named items, numbers only.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The delimiter found.
    pub delimiter: Delimiter,
    /// The header row (1-based).
    pub header_row: usize,
    /// The header of the name column (may be empty: people leave A1 blank).
    pub name_header: String,
    /// The criterion names, in column order (column 2 onwards).
    pub criteria: Vec<String>,
    /// The items, in row order.
    pub items: Vec<Item>,
}

impl Table {
    /// The values of criterion `c` (0-based), one per item in row order.
    pub fn column(&self, c: usize) -> Vec<Option<f64>> {
        self.items.iter().map(|i| i.values.get(c).copied().flatten()).collect()
    }

    /// A starting [`CriterionScale`](super::CriterionScale) per criterion for the UI to show
    /// and the teacher to change: the scaling [`suggest`](super::suggest)ed by the values, the
    /// unit named in the header's brackets ([`unit_in`](super::scale::unit_in)), higher is
    /// better.
    pub fn suggested_scales(&self) -> Vec<super::CriterionScale> {
        (0..self.criteria.len())
            .map(|c| super::CriterionScale {
                unit: self
                    .criteria
                    .get(c)
                    .and_then(|h| super::scale::unit_in(h))
                    .unwrap_or("")
                    .into(),
                ..super::suggest(&self.column(c))
            })
            .collect()
    }
}

/// One cell as read: its text and the row it started on.
struct Record {
    row: usize,
    cells: Vec<String>,
}

fn detect_delimiter(text: &str) -> Delimiter {
    if text.contains('\t') {
        return Delimiter::Tab;
    }
    // Cells per line for each candidate, over the first lines with content, quotes honoured.
    let counts = |delim: char| -> Vec<usize> {
        let (mut lines, mut n, mut quoted, mut content) = (Vec::new(), 1usize, false, false);
        for c in text.chars() {
            match c {
                '"' => quoted = !quoted,
                '\n' | '\r' if !quoted => {
                    if content {
                        lines.push(n);
                        if lines.len() == SNIFF_LINES {
                            return lines;
                        }
                    }
                    (n, content) = (1, false);
                    continue;
                }
                c if c == delim && !quoted => n += 1,
                _ => {}
            }
            content |= !c.is_whitespace();
        }
        if content {
            lines.push(n);
        }
        lines
    };
    let (semis, commas) = (counts(';'), counts(','));
    // A candidate that splits every line into the same number (> 1) of cells is the one.
    let consistent = |v: &[usize]| v.first().is_some_and(|&n| n > 1 && v.iter().all(|&m| m == n));
    match (consistent(&semis), consistent(&commas)) {
        (true, false) => Delimiter::Semicolon,
        (false, true) => Delimiter::Comma,
        // Both or neither: the one splitting the first line more; a tie is a comma.
        _ if semis.first() > commas.first() => Delimiter::Semicolon,
        _ => Delimiter::Comma,
    }
}

/// Lines looked at to tell `;` from `,`.
const SNIFF_LINES: usize = 20;

/// Splits text into records (RFC 4180 quoting), numbered as spreadsheet rows (a line break
/// inside quotes stays in its row); also the place of an unclosed quote, with the records read
/// before it.
fn records(text: &str, delim: char) -> (Vec<Record>, Option<TableProblem>) {
    let mut out = Vec::new();
    let mut row = 1usize;
    let mut cells: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut at_cell_start = true;
    while let Some(c) = chars.next() {
        if at_cell_start && c == '"' {
            // A quoted cell: to the next lone quote.
            let (start_row, column) = (row, cells.len() + 1);
            loop {
                match chars.next() {
                    None => {
                        return (out, Some(TableProblem::UnclosedQuote { row: start_row, column }));
                    }
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    Some('"') => break,
                    Some('\r') => {
                        if chars.peek() == Some(&'\n') {
                            chars.next();
                        }
                        cell.push('\n');
                    }
                    // A line break inside quotes is text: still the same spreadsheet row.
                    Some('\n') => cell.push('\n'),
                    Some(other) => cell.push(other),
                }
            }
            at_cell_start = false;
            continue;
        }
        at_cell_start = false;
        if c == delim {
            cells.push(std::mem::take(&mut cell));
            at_cell_start = true;
        } else if c == '\n' || c == '\r' {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            cells.push(std::mem::take(&mut cell));
            out.push(Record { row, cells: std::mem::take(&mut cells) });
            row += 1;
            at_cell_start = true;
        } else {
            cell.push(c);
        }
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        out.push(Record { row, cells });
    }
    (out, None)
}

/// The cells of a pasted or typed text, row by row (blank rows kept, rows as long as their
/// cells), split as [`parse_table`] splits them: what the grid editor shows of the text.
/// Text past an unclosed quote is left out (the paste box names that problem); over
/// [`MAX_BYTES`] gives no cells.
pub fn cells_of(text: &str) -> Vec<Vec<String>> {
    if text.len() > MAX_BYTES {
        return Vec::new();
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let (records, _) = records(text, detect_delimiter(text).char());
    records.into_iter().map(|r| r.cells).collect()
}

/// Cell `i` of a record, `""` past its end (a short row).
fn cell(r: &Record, i: usize) -> &str {
    r.cells.get(i).map_or("", String::as_str)
}

/// A name as shown: blanks (line breaks included) collapsed to one space, controls and
/// unpaired bidi controls neutralised, trimmed.
fn clean_name(s: &str) -> String {
    let spaced: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    neutralise_bidi(&spaced, false).trim().to_string()
}

/// Why a cell is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberError {
    NotANumber,
    AmbiguousComma,
    TooBig,
}

/// True for `1,234` / `12,345,678.5`: 1–3 digits, then groups of exactly three.
fn is_grouped(int_part: &str) -> bool {
    let mut groups = int_part.split(',');
    let first = groups.next().unwrap_or_default();
    (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// True for what [`str::parse::<f64>`] should see: digits with one optional point (at least
/// one digit), then an optional exponent. No sign (taken off before), no `inf` or `nan`.
fn is_plain_decimal(s: &str) -> bool {
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = digits(int) && digits(frac) && !(int.is_empty() && frac.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && e.len() <= 4 && digits(e)
    });
    mantissa_ok && exponent_ok
}

/// Reads one score cell (not empty) by the module's rules.
pub(crate) fn parse_number(cell: &str, delimiter: Delimiter) -> Result<f64, NumberError> {
    let s = cell.trim();
    let s = s.strip_suffix('%').map_or(s, str::trim_end);
    let (negative, body) = if let Some(rest) = s.strip_prefix(['-', '\u{2212}']) {
        (true, rest)
    } else {
        (false, s.strip_prefix('+').unwrap_or(s))
    };
    let body = if body.contains(',') {
        let ungrouped = body.replace(',', "");
        if !is_plain_decimal(&ungrouped) {
            return Err(NumberError::NotANumber);
        }
        let int_part = body.split(['.', 'e', 'E']).next().unwrap_or_default();
        let tail_has_comma = body[int_part.len()..].contains(',');
        if delimiter != Delimiter::Tab || tail_has_comma || !is_grouped(int_part) {
            return Err(NumberError::AmbiguousComma);
        }
        ungrouped
    } else {
        body.to_string()
    };
    if !is_plain_decimal(&body) {
        return Err(NumberError::NotANumber);
    }
    let value: f64 = body.parse().map_err(|_| NumberError::NotANumber)?;
    if !value.is_finite() || value > MAX_NUMBER {
        return Err(NumberError::TooBig);
    }
    // `+ 0.0` turns -0 into 0, which would otherwise print as "-0".
    Ok(if negative { -value } else { value } + 0.0)
}

/// Parses a pasted table; `Err` lists every problem found, in row order.
///
/// # Examples
/// ```
/// use kai_engine::classroom::parse_table;
/// use kai_engine::text::Lang;
/// let t = parse_table("도시\t인구\t면적\n서울\t9,386,034\t605.2\n부산\t3,293,362\t\n").unwrap();
/// assert_eq!(t.criteria, ["인구", "면적"]);
/// assert_eq!(t.items[1].values, [Some(3_293_362.0), None]);
/// let e = parse_table("city,population,area\nA,abc,1\nB,2,2").unwrap_err();
/// assert_eq!(e[0].message(Lang::En), "row 2, column 2 (“population”): “abc” is not a number");
/// ```
pub fn parse_table(text: &str) -> Result<Table, Vec<TableProblem>> {
    if text.len() > MAX_BYTES {
        return Err(vec![TableProblem::TooLarge { bytes: text.len(), limit: MAX_BYTES }]);
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let delimiter = detect_delimiter(text);
    let (records, unclosed) = records(text, delimiter.char());
    from_records(records, unclosed, delimiter)
}

/// A table typed into a grid (the UI's small editor): one `Vec` of cells per row, the header
/// row first, by the same rules as [`parse_table`] with a tab-separated table's numbers
/// (`1,234` is a thousands separator). Rows are numbered from 1 as given, blank rows included.
///
/// # Examples
/// ```
/// use kai_engine::classroom::parse_grid;
/// let rows = [["도시", "인구", "면적"], ["서울", "9,386,034", ""], ["부산", "3293362", "770"]];
/// let rows: Vec<Vec<String>> = rows.iter().map(|r| r.map(String::from).to_vec()).collect();
/// let t = parse_grid(&rows).unwrap();
/// assert_eq!(t.column(0), [Some(9_386_034.0), Some(3_293_362.0)]);
/// ```
pub fn parse_grid(rows: &[Vec<String>]) -> Result<Table, Vec<TableProblem>> {
    let bytes: usize = rows.iter().flatten().map(|c| c.len() + 1).sum();
    if bytes > MAX_BYTES {
        return Err(vec![TableProblem::TooLarge { bytes, limit: MAX_BYTES }]);
    }
    let records =
        rows.iter().enumerate().map(|(i, cells)| Record { row: i + 1, cells: cells.clone() });
    from_records(records.collect(), None, Delimiter::Tab)
}

/// The rules shared by [`parse_table`] and [`parse_grid`], on rows already split into cells
/// (`unclosed`: where the text stopped being readable, reported last).
fn from_records(
    records: Vec<Record>,
    unclosed: Option<TableProblem>,
    delimiter: Delimiter,
) -> Result<Table, Vec<TableProblem>> {
    let mut problems = Vec::new();
    let blank = |r: &Record| r.cells.iter().all(|c| c.trim().is_empty());
    let mut rows = records.into_iter().filter(|r| !blank(r));
    let Some(header) = rows.next() else {
        problems.extend(unclosed);
        if problems.is_empty() {
            problems.push(TableProblem::Empty);
        }
        return Err(problems);
    };
    let body: Vec<Record> = rows.collect();
    let last_filled = |r: &Record| r.cells.iter().rposition(|c| !c.trim().is_empty());
    let width = std::iter::once(&header)
        .chain(&body)
        .filter_map(last_filled)
        .max()
        .map_or(1, |i| i + 1)
        .max(1);
    let k = width - 1;

    // The header row.
    let name_header = clean_name(cell(&header, 0));
    if name_header.chars().count() > MAX_NAME_CHARS {
        problems.push(TableProblem::NameTooLong { row: header.row, column: 1 });
    }
    let mut criteria = Vec::with_capacity(k);
    let mut seen: HashMap<String, usize> = HashMap::new();
    for i in 1..width {
        let column = i + 1;
        let name = clean_name(cell(&header, i));
        if name.is_empty() {
            problems.push(TableProblem::EmptyHeader { row: header.row, column });
        } else if name.chars().count() > MAX_NAME_CHARS {
            problems.push(TableProblem::NameTooLong { row: header.row, column });
        } else if let Some(&first) = seen.get(&name) {
            problems.push(TableProblem::DuplicateHeader {
                row: header.row,
                column,
                name: name.clone(),
                first,
            });
        } else {
            seen.insert(name.clone(), column);
        }
        criteria.push(name);
    }
    if !(CRITERIA_RANGE.0..=CRITERIA_RANGE.1).contains(&k) {
        problems.push(TableProblem::CriteriaCount { n: k });
    }

    // The item rows (only the first TEAMS_RANGE.1 are checked cell by cell).
    let mut items = Vec::with_capacity(body.len().min(TEAMS_RANGE.1));
    let mut names: HashMap<String, usize> = HashMap::new();
    for record in body.iter().take(TEAMS_RANGE.1) {
        let row = record.row;
        let name = clean_name(cell(record, 0));
        if name.is_empty() {
            problems.push(TableProblem::EmptyName { row });
        } else if name.chars().count() > MAX_NAME_CHARS {
            problems.push(TableProblem::NameTooLong { row, column: 1 });
        } else if let Some(&first) = names.get(&name) {
            problems.push(TableProblem::DuplicateName { row, name: name.clone(), first });
        } else {
            names.insert(name.clone(), row);
        }
        let mut values = Vec::with_capacity(k);
        for (c, header) in criteria.iter().enumerate() {
            let raw = cell(record, c + 1);
            if raw.trim().is_empty() {
                values.push(None);
                continue;
            }
            let column = c + 2;
            let (header, cell) = (header.clone(), raw.trim().to_string());
            match parse_number(raw, delimiter) {
                Ok(v) => values.push(Some(v)),
                Err(e) => {
                    problems.push(match e {
                        NumberError::NotANumber => {
                            TableProblem::NotANumber { row, column, header, cell }
                        }
                        NumberError::AmbiguousComma => {
                            TableProblem::AmbiguousComma { row, column, header, cell }
                        }
                        NumberError::TooBig => TableProblem::TooBig { row, column, header, cell },
                    });
                    values.push(None);
                }
            }
        }
        items.push(Item { row, name, values });
    }
    let n = body.len();
    if !(TEAMS_RANGE.0..=TEAMS_RANGE.1).contains(&n) {
        problems.push(TableProblem::ItemCount { n });
    }
    problems.extend(unclosed);
    if problems.is_empty() {
        Ok(Table { delimiter, header_row: header.row, name_header, criteria, items })
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str, d: Delimiter) -> Result<f64, NumberError> {
        parse_number(s, d)
    }

    #[test]
    fn numbers_as_spreadsheets_write_them() {
        use Delimiter::*;
        assert_eq!(num(" 12.5 ", Comma), Ok(12.5));
        assert_eq!(num("-3", Comma), Ok(-3.0));
        assert_eq!(num("\u{2212}3", Comma), Ok(-3.0));
        assert_eq!(num("+.5", Comma), Ok(0.5));
        assert_eq!(num("5.", Comma), Ok(5.0));
        assert_eq!(num("1e3", Comma), Ok(1000.0));
        assert_eq!(num("12%", Comma), Ok(12.0));
        assert_eq!(num("-0", Comma).map(|v| v.is_sign_negative()), Ok(false));
        assert_eq!(num("1,234", Tab), Ok(1234.0));
        assert_eq!(num("-12,345,678.25", Tab), Ok(-12_345_678.25));
        assert_eq!(num("1,234", Comma), Err(NumberError::AmbiguousComma));
        assert_eq!(num("1,234", Semicolon), Err(NumberError::AmbiguousComma));
        assert_eq!(num("1,5", Tab), Err(NumberError::AmbiguousComma));
        assert_eq!(num("1.234,5", Tab), Err(NumberError::AmbiguousComma));
        assert_eq!(num("1234,567", Tab), Err(NumberError::AmbiguousComma));
        assert_eq!(num("a,b", Tab), Err(NumberError::NotANumber));
        for bad in ["abc", "inf", "NaN", "infinity", "0x10", "₩100", ".", "-", "1 234", "1e", "e5"]
        {
            assert_eq!(num(bad, Tab), Err(NumberError::NotANumber), "{bad}");
        }
        assert_eq!(num("1e16", Comma), Err(NumberError::TooBig));
        assert_eq!(num("1e400", Comma), Err(NumberError::TooBig));
        assert_eq!(num("1e99999", Comma), Err(NumberError::NotANumber), "exponent over 4 digits");
    }

    #[test]
    fn delimiters_are_detected() {
        assert_eq!(detect_delimiter("a,b;c\td"), Delimiter::Tab);
        assert_eq!(detect_delimiter("a;b;c\n1,5;2,5;3"), Delimiter::Semicolon);
        assert_eq!(detect_delimiter("\n\"x;y;z\",b,c\n"), Delimiter::Comma);
        // Commas in names of a semicolon file: `;` splits every line alike, `,` does not.
        assert_eq!(
            detect_delimiter("Stadt;Fläche, km²;Preis, €\nA;1;2\nB;3;4"),
            Delimiter::Semicolon
        );
        assert_eq!(detect_delimiter("a,b;c\n1,2;3"), Delimiter::Comma, "both alike: a tie");
        assert_eq!(detect_delimiter("x"), Delimiter::Comma);
    }

    #[test]
    fn quoted_cells_keep_commas_quotes_and_breaks() {
        let (r, e) = records("\"a,\"\"b\"\"\",2\r\n\"x\ny\",3\n", ',');
        assert!(e.is_none());
        assert_eq!(r[0].cells, ["a,\"b\"", "2"]);
        assert_eq!((r[1].row, r[1].cells.clone()), (2, vec!["x\ny".to_string(), "3".into()]));
        let (_, e) = records("a,b\n\"open,1\n", ',');
        assert_eq!(e, Some(TableProblem::UnclosedQuote { row: 2, column: 1 }));
    }

    #[test]
    fn names_are_cleaned() {
        assert_eq!(clean_name("  New\nYork \t City "), "New York City");
        assert_eq!(clean_name("\u{2069}\u{202E}evil"), "\u{202E}evil\u{202C}");
        assert_eq!(clean_name("A\u{1b}[2J"), "A[2J");
    }
}
