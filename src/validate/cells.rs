//! Reading typed values out of a raw table's text cells, recording a located problem for
//! every cell that does not fit.

use crate::error::{InputProblem, Problems};
use crate::i18n::{input_tr, Tr};
use crate::input::number::parse_number_in;
use crate::input::{Dialect, RawTable};
use crate::t;

/// How to fix an amount (money or hours) that is not a number of 0 or more.
pub fn amount_fix(tr: &Tr) -> String {
    t!(tr, "val-fix-amount")
}

/// A raw table plus the problem list that its cells report into.
pub struct Cells<'a> {
    /// The table being read.
    pub table: &'a RawTable,
    /// Where problems go.
    pub problems: &'a mut Problems,
}

impl<'a> Cells<'a> {
    /// Wraps a table.
    pub fn new(table: &'a RawTable, problems: &'a mut Problems) -> Self {
        Cells { table, problems }
    }

    /// The data rows to read, skipping blank ones (see [`RawTable::is_blank`]).
    pub fn rows(&self) -> impl Iterator<Item = usize> + 'a {
        let table = self.table;
        (0..table.rows.len()).filter(move |&row| !table.is_blank(row))
    }

    /// Records a problem at a cell.
    pub fn problem(&mut self, row: usize, column: &str, message: String, fix: &str) {
        self.problems.push(
            InputProblem::in_file(&self.table.file, message, fix)
                .at_row(RawTable::sheet_row(row))
                .at_column(column),
        );
    }

    /// Records a note at a cell: something noticed that is allowed (see
    /// [`crate::error::Problems::note`]).
    pub fn note(&mut self, row: usize, column: &str, message: String, fix: &str) {
        self.problems.note(
            InputProblem::in_file(&self.table.file, message, fix)
                .at_row(RawTable::sheet_row(row))
                .at_column(column),
        );
    }

    /// Records a problem with the table as a whole (e.g. a missing column).
    pub fn table_problem(&mut self, message: String, fix: &str) {
        self.problems
            .push(InputProblem::in_file(&self.table.file, message, fix));
    }

    /// Records a problem with a whole column (e.g. a header name that does not fit).
    pub fn column_problem(&mut self, column: &str, message: String, fix: &str) {
        self.problems
            .push(InputProblem::in_file(&self.table.file, message, fix).at_column(column));
    }

    /// The text in a cell (`None` if the column is absent or the cell empty).
    pub fn text(&self, row: usize, column: &str) -> Option<&'a str> {
        let index = self.table.column(column)?;
        self.table.rows[row][index].as_deref()
    }

    /// A number in `[min, max]`; `None` (with a problem recorded) if it is not one.
    /// An empty cell gives `None` without a problem.
    pub fn number(
        &mut self,
        row: usize,
        column: &str,
        min: f64,
        max: f64,
        fix: &str,
    ) -> Option<f64> {
        let text = self.text(row, column)?;
        let dialect = self.table.dialect;
        let tr = input_tr();
        match parse_number_in(text, dialect) {
            Some(value) if value >= min && value <= max => Some(value),
            Some(value) if value < 0.0 && min >= 0.0 => {
                self.problem(row, column, t!(tr, "val-negative", text = text), fix);
                None
            }
            Some(_) => {
                let range = if max.is_finite() {
                    t!(
                        tr,
                        "val-range-between",
                        min = tr.plain(min),
                        max = tr.plain(max)
                    )
                } else {
                    t!(tr, "val-range-at-least", min = tr.plain(min))
                };
                self.problem(
                    row,
                    column,
                    t!(tr, "val-out-of-range", text = text, range = range),
                    fix,
                );
                None
            }
            None if dialect.decimal_comma() && !text.contains(',') && text.contains('.') => {
                // A decimal point where '.' can only separate thousands.
                let comma = text.replace('.', ",");
                let fix = match parse_number_in(&comma, dialect) {
                    Some(_) => t!(tr, "val-fix-decimal-comma", comma = comma),
                    None => fix.to_string(),
                };
                self.problem(
                    row,
                    column,
                    t!(
                        tr,
                        "val-decimal-point",
                        text = text,
                        how = dialect.describe()
                    ),
                    &fix,
                );
                None
            }
            None => {
                // Say how the file was read when that may be why the number does not fit.
                let how = match dialect {
                    Dialect::Semicolon => format!(" ({})", dialect.describe()),
                    Dialect::Comma if text.contains(',') => {
                        format!(" ({})", dialect.describe())
                    }
                    Dialect::Comma => String::new(),
                };
                self.problem(
                    row,
                    column,
                    format!("{}{how}", t!(tr, "val-not-a-number", text = text)),
                    fix,
                );
                None
            }
        }
    }

    /// A non-negative amount (money or hours); empty counts as `default`.
    pub fn amount(&mut self, row: usize, column: &str, default: f64) -> f64 {
        self.number(row, column, 0.0, f64::INFINITY, &amount_fix(input_tr()))
            .unwrap_or(default)
    }

    /// An amount of money, 0 to [`MAX_EUR`](crate::domain::MAX_EUR) EUR; empty counts as 0.
    pub fn money(&mut self, row: usize, column: &str) -> f64 {
        let fix = amount_fix(input_tr());
        self.number(row, column, 0.0, crate::domain::MAX_EUR, &fix)
            .unwrap_or(0.0)
    }

    /// A list of ids or names: separated by `;`, or in a semicolon-separated file (where a `;`
    /// inside a cell needs quotes) also by `,`.
    pub fn list(&self, row: usize, column: &str) -> Vec<&'a str> {
        let separators: &[char] = match self.table.dialect {
            Dialect::Comma => &[';'],
            Dialect::Semicolon => &[';', ','],
        };
        self.text(row, column)
            .map(|t| {
                t.split(separators)
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A period of the plan, by its label (`2026`); `None` for an empty cell, or (with a
    /// problem recorded) for a label that is not one of `periods`.
    pub fn period(&mut self, row: usize, column: &str, periods: &[String]) -> Option<usize> {
        let text = self.text(row, column)?;
        if let Some(p) = periods.iter().position(|p| p == text) {
            return Some(p);
        }
        // A year kept as a number: a workbook's 2026.0, or Excel's "2 026" in a CSV saved
        // with thousands separators.
        let number = parse_number_in(text, self.table.dialect)
            .filter(|v| v.fract() == 0.0 && v.abs() < 1e15)
            .map(|v| format!("{}", v as i64));
        if let Some(p) = number.and_then(|n| periods.iter().position(|p| *p == n)) {
            return Some(p);
        }
        let tr = input_tr();
        let list = periods.join(", ");
        self.problem(
            row,
            column,
            t!(tr, "val-cell-not-a-period", text = text, periods = &list),
            &t!(tr, "val-fix-period", periods = list),
        );
        None
    }

    /// Records a problem if a required column is missing; true when present.
    pub fn require_column(&mut self, column: &str, what: &str) -> bool {
        if self.table.column(column).is_some() {
            return true;
        }
        let tr = input_tr();
        self.table_problem(
            t!(tr, "val-column-missing", column = column),
            &t!(tr, "val-fix-add-column", column = column, what = what),
        );
        false
    }
}

/// The column prefixes whose columns may have ranges (see [`super::ranges`]).
pub const RANGED: [&str; 2] = ["cost", "impact"];

/// The endings of the two columns of a range: the lowest value, the highest.
pub const RANGE_ENDS: [&str; 2] = ["_low", "_high"];

/// Whether `column` is an end of a range (`cost_low`, `cost_2025_high`, `impact_people_low`).
pub fn is_range_end(column: &str) -> bool {
    RANGE_ENDS.iter().any(|end| column.ends_with(end))
}

/// Columns `<prefix>_<period>` of a table, as (period, column name) in column order. For the
/// prefixes whose columns may have ranges (`cost`, `impact`), the ends of a range
/// (`cost_low`, `cost_2025_high`, `impact_people_low`: see [`super::ranges`]) are not periods or
/// indicators of their own.
pub fn period_columns(table: &RawTable, prefix: &str) -> Vec<(String, String)> {
    let start = format!("{prefix}_");
    let ranged = RANGED.contains(&prefix);
    table
        .columns
        .iter()
        .filter(|c| !(ranged && is_range_end(c)))
        .filter_map(|c| {
            c.strip_prefix(&start)
                .filter(|p| !p.is_empty())
                .map(|p| (p.to_string(), c.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_commas_and_thousands() {
        let eu = |t| parse_number_in(t, Dialect::Semicolon);
        assert_eq!(eu("1 234,50"), Some(1234.5));
        assert_eq!(eu("1\u{a0}234\u{a0}567,5"), Some(1_234_567.5));
        assert_eq!(eu("1\u{202f}234"), Some(1234.0));
        assert_eq!(eu("1.234.567,5"), Some(1_234_567.5));
        assert_eq!(eu("1.234.567"), Some(1_234_567.0));
        assert_eq!(eu("8.000"), Some(8000.0));
        assert_eq!(eu("-0,85"), Some(-0.85));
        assert_eq!(eu("30000"), Some(30000.0));
        assert_eq!(eu("1,5E+06"), Some(1.5e6));
        // A '.' that cannot separate thousands is not guessed to be a decimal point.
        assert_eq!(eu("0.85"), None);
        assert_eq!(eu("12.34,5"), None);
        assert_eq!(eu("1,2.5"), None);
        assert_eq!(eu("1,2,3"), None);
        assert_eq!(eu("12k"), None);
    }

    #[test]
    fn range_ends() {
        assert!(is_range_end("cost_low"));
        assert!(is_range_end("cost_2025_high"));
        assert!(is_range_end("impact_people_low"));
        assert!(!is_range_end("cost_2025"));
        assert!(!is_range_end("impact_lowlands"));
    }

    #[test]
    fn comma_files_keep_decimal_points() {
        let plain = |t| parse_number_in(t, Dialect::Comma);
        assert_eq!(plain("1 234.50"), Some(1234.5));
        assert_eq!(plain("1,5"), None);
        assert_eq!(plain("1.500"), Some(1.5));
    }
}
