//! Reading input files into raw tables and raw scenario settings.
//!
//! This stage only turns bytes into text cells; it does not judge the values (that is
//! [`crate::validate`]'s job). One file per format; every format yields the same [`RawTable`].

pub mod csv;
pub mod pabulib;
pub mod scenario;

/// A table as read from a file: header names and text cells, nothing checked yet.
#[derive(Debug, Clone)]
pub struct RawTable {
    /// How to name the table in messages (e.g. `plan/actions.csv`).
    pub file: String,
    /// Column names, trimmed, in file order.
    pub columns: Vec<String>,
    /// Data rows; each has one cell per column (`None` for an empty cell).
    pub rows: Vec<Vec<Option<String>>>,
}

impl RawTable {
    /// Position of a column, if present.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }

    /// True when every cell of data row `index` is empty (a blank line, or a row of commas a
    /// spreadsheet left behind): such rows are skipped, not reported.
    pub fn is_blank(&self, index: usize) -> bool {
        self.rows[index].iter().all(Option::is_none)
    }

    /// The number of data rows that are not blank.
    pub fn filled_rows(&self) -> usize {
        (0..self.rows.len()).filter(|&i| !self.is_blank(i)).count()
    }

    /// The spreadsheet row number of data row `index` (the header is row 1).
    pub fn sheet_row(index: usize) -> usize {
        index + 2
    }
}
