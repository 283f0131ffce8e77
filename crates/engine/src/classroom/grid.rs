//! The small grid a teacher types into instead of pasting (issue #15: "paste from a
//! spreadsheet … or type into a small grid"). The text in the paste box stays the one truth:
//! the grid shows its cells ([`Grid::from_text`]) and every edit writes the text back
//! ([`Grid::to_tsv`]), so the same parser, settings and problem messages follow, and a
//! problem's row and column are the grid's.

use super::build::tsv_cell;
use super::table::cells_of;

/// Most rows the grid shows (header included); a longer table stays in the paste box.
pub const MAX_GRID_ROWS: usize = 41;
/// Most columns the grid shows (the name column included).
pub const MAX_GRID_COLUMNS: usize = 11;

/// A rectangle of cells, header row first, name column first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    /// Rows of cells, every row as long as the widest.
    pub rows: Vec<Vec<String>>,
}

impl Grid {
    /// An empty table to start from: a header (`name`, two criteria) and three blank rows.
    pub fn starter(name: &str, criterion: &str) -> Grid {
        let header = vec![name.to_string(), format!("{criterion} 1"), format!("{criterion} 2")];
        let mut rows = vec![header];
        rows.extend(std::iter::repeat_n(vec![String::new(); 3], 3));
        Grid { rows }
    }

    /// The cells of `text` (see [`cells_of`]), squared off; `None` when the text is empty or
    /// too large for the grid (more than [`MAX_GRID_ROWS`] rows or [`MAX_GRID_COLUMNS`]
    /// columns), so the caller offers the starter or keeps the paste box.
    pub fn from_text(text: &str) -> Option<Grid> {
        let mut rows = cells_of(text);
        // Trailing empty lines (a spreadsheet copy may end with one) are not rows; a blank row
        // the grid wrote has a tab per column, so it stays (the teacher added it to fill in).
        while rows.last().is_some_and(|r| r.len() <= 1 && r.iter().all(|c| c.trim().is_empty())) {
            rows.pop();
        }
        let width = rows.iter().map(Vec::len).max()?;
        if rows.len() > MAX_GRID_ROWS || width > MAX_GRID_COLUMNS {
            return None;
        }
        for r in &mut rows {
            r.resize(width, String::new());
        }
        Some(Grid { rows })
    }

    /// The grid as tab-separated text (cells with a tab, line break or quote quoted), which
    /// [`Grid::from_text`] and the table parser read back to the same cells.
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        for r in &self.rows {
            out.push_str(&r.iter().map(|c| tsv_cell(c)).collect::<Vec<_>>().join("\t"));
            out.push('\n');
        }
        out
    }

    /// Sets one cell (ignored outside the grid).
    pub fn set(&mut self, row: usize, column: usize, value: String) {
        if let Some(cell) = self.rows.get_mut(row).and_then(|r| r.get_mut(column)) {
            *cell = value;
        }
    }

    /// Adds a blank row at the end (up to [`MAX_GRID_ROWS`]).
    pub fn add_row(&mut self) {
        if self.rows.len() < MAX_GRID_ROWS {
            let width = self.width();
            self.rows.push(vec![String::new(); width]);
        }
    }

    /// Adds a blank column at the end (up to [`MAX_GRID_COLUMNS`]).
    pub fn add_column(&mut self) {
        if self.width() < MAX_GRID_COLUMNS {
            for r in &mut self.rows {
                r.push(String::new());
            }
        }
    }

    /// Removes the last row (the header always stays).
    pub fn remove_row(&mut self) {
        if self.rows.len() > 1 {
            self.rows.pop();
        }
    }

    /// Removes the last column (the name column and one criterion always stay).
    pub fn remove_column(&mut self) {
        if self.width() > 2 {
            for r in &mut self.rows {
                r.pop();
            }
        }
    }

    /// Number of columns.
    pub fn width(&self) -> usize {
        self.rows.first().map_or(0, Vec::len)
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse_table;
    use super::*;

    fn grid(rows: &[&[&str]]) -> Grid {
        Grid { rows: rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect() }
    }

    #[test]
    fn a_pasted_table_shows_as_its_cells_squared_off() {
        let g = Grid::from_text("도시\t녹지\t통근\n가람\t100\n나래\t30\t25\r\n\r\n").unwrap();
        assert_eq!(
            g,
            grid(&[&["도시", "녹지", "통근"], &["가람", "100", ""], &["나래", "30", "25"]])
        );
        // CSV too, quotes and all.
        let g = Grid::from_text("City,\"Cost, monthly\"\n\"Lyon\",2\n").unwrap();
        assert_eq!(g, grid(&[&["City", "Cost, monthly"], &["Lyon", "2"]]));
        assert_eq!(Grid::from_text(""), None);
        assert_eq!(Grid::from_text(&"a\tb\n".repeat(MAX_GRID_ROWS + 1)), None);
        assert_eq!(Grid::from_text(&"a\t".repeat(MAX_GRID_COLUMNS + 1)), None);
    }

    #[test]
    fn edits_write_text_the_parser_reads_back_to_the_same_cells() {
        let mut g = Grid::starter("도시", "기준");
        assert_eq!(g.rows[0], ["도시", "기준 1", "기준 2"]);
        assert_eq!(g.rows.len(), 4);
        g.set(1, 0, "가람 \"시\"\t(중앙)".into());
        g.set(1, 1, "1,234".into());
        g.set(1, 2, "7".into());
        g.set(2, 0, "나래\n시".into());
        g.set(2, 1, "3".into());
        g.set(99, 0, "ignored".into());
        let tsv = g.to_tsv();
        assert_eq!(
            tsv,
            "도시\t기준 1\t기준 2\n\"가람 \"\"시\"\"\t(중앙)\"\t1,234\t7\n\"나래\n시\"\t3\t\n\t\t\n"
        );
        // Read back: the same cells, the blank row the teacher has yet to fill in included …
        assert_eq!(Grid::from_text(&tsv), Some(g.clone()));
        // … and the same table the grid means: 1,234 is a thousands separator in a TSV.
        let t = parse_table(&tsv).unwrap();
        assert_eq!(t.items[0].values, [Some(1234.0), Some(7.0)]);
        assert_eq!(t.items[1].values, [Some(3.0), None]);
    }

    #[test]
    fn rows_and_columns_are_added_and_removed_within_bounds() {
        let mut g = grid(&[&["a", "b"], &["x", "1"]]);
        g.remove_column();
        assert_eq!(g.width(), 2, "the name column and one criterion stay");
        g.add_column();
        g.add_row();
        assert_eq!(g, grid(&[&["a", "b", ""], &["x", "1", ""], &["", "", ""]]));
        g.remove_row();
        g.remove_row();
        g.remove_row();
        assert_eq!(g.rows.len(), 1, "the header stays");
        for _ in 0..100 {
            g.add_row();
            g.add_column();
        }
        assert_eq!((g.rows.len(), g.width()), (MAX_GRID_ROWS, MAX_GRID_COLUMNS));
    }
}
