//! Reading input files into raw tables and raw scenario settings.
//!
//! This stage only turns bytes into text cells; it does not judge the values (that is
//! [`crate::validate`]'s job). One file per format; every format yields the same [`RawTable`]:
//! CSV files ([`csv`], comma- or semicolon-separated) and the sheets of a workbook ([`xlsx`]).

pub mod csv;
pub mod near;
pub mod number;
pub mod pabulib;
pub mod scenario;
pub mod scenario_chain;
pub mod scenario_sheet;
mod toml_words;
pub mod xlsx;

use crate::error::InputProblem;
use crate::i18n::input_tr;
use crate::t;

/// How a table writes its cells: what separates them, what marks decimals, what separates the
/// ids of a list. Found per file; number cells are converted where they are parsed
/// ([`number::parse_number_in`]), so a text column is never touched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// `,` between cells, `.` before decimals, `;` between the ids of a list. Also every
    /// workbook sheet (its number cells are numbers, written here with `.`).
    #[default]
    Comma,
    /// `;` between cells, `,` before decimals, spaces (also non-breaking) or `.` between groups
    /// of thousands (`1 234,50`, `1.234,50`): what Excel saves as CSV in Latvian, German, French
    /// and other European locales. A list separates its ids by `,` or, in quotes, by `;`.
    Semicolon,
}

impl Dialect {
    /// The byte between cells.
    pub fn separator(self) -> u8 {
        match self {
            Dialect::Comma => b',',
            Dialect::Semicolon => b';',
        }
    }

    /// True when numbers are written with a decimal comma.
    pub fn decimal_comma(self) -> bool {
        self == Dialect::Semicolon
    }

    /// How the file was read, for messages about a value that does not fit.
    pub fn describe(self) -> String {
        let tr = input_tr();
        match self {
            Dialect::Comma => t!(tr, "in-dialect-comma"),
            Dialect::Semicolon => t!(tr, "in-dialect-semicolon"),
        }
    }
}

/// A table as read from a file: header names and text cells, nothing checked yet.
#[derive(Debug, Clone)]
pub struct RawTable {
    /// How to name the table in messages (e.g. `plan/actions.csv`).
    pub file: String,
    /// Column names, trimmed, in file order.
    pub columns: Vec<String>,
    /// Data rows; each has one cell per column (`None` for an empty cell).
    pub rows: Vec<Vec<Option<String>>>,
    /// How the numbers and lists of the table are written.
    pub dialect: Dialect,
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

/// A problem for every name that appears more than once in `header` (row 1 of `label`).
pub fn repeated_columns(header: &[String], label: &str) -> Vec<InputProblem> {
    let mut problems = Vec::new();
    for (i, name) in header.iter().enumerate() {
        if name.is_empty() || header[..i].contains(name) {
            continue;
        }
        let places: Vec<String> = header
            .iter()
            .enumerate()
            .filter(|(_, other)| *other == name)
            .map(|(j, _)| column_letter(j))
            .collect();
        if places.len() > 1 {
            let tr = input_tr();
            problems.push(
                InputProblem::in_file(
                    label,
                    t!(
                        tr,
                        "in-column-repeated",
                        name = name,
                        count = places.len(),
                        columns = places.join(", ")
                    ),
                    t!(tr, "in-column-repeated-fix", name = name),
                )
                .at_row(1)
                .at_column(name.as_str()),
            );
        }
    }
    problems
}

/// The spreadsheet letter of the column at `index` (0 → A, 26 → AA).
pub fn column_letter(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
