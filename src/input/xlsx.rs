//! Excel workbooks (`.xlsx`; calamine also reads `.xlsm`, `.xls` and `.ods`): one sheet per plan
//! table, read into the same [`RawTable`]s as the CSV files.
//!
//! A sheet is named like the CSV file without `.csv` (`actions`, `sources`, `partners`,
//! `targets`, `votes`; case and surrounding spaces do not matter); other sheets are ignored.
//! Row 1 holds the column names, as in a CSV file, so row numbers are the ones Excel shows.
//! Cells become text the way a person would type them: a number cell `30000` reads as `30000`
//! (never `30000.0`), `0.85` as `0.85`, whatever its display format (a percentage cell showing
//! 85% holds 0.85); `TRUE`/`FALSE` as `true`/`false`; a date as `2025-03-01` (no fundmix column
//! takes a date, so a date where a number belongs is reported with the date Excel made of it).
//! A formula reads as the value Excel last computed and saved with the file; a cell showing an
//! error (`#DIV/0!`, `#REF!`) is a problem at its cell. This module judges no value.

use super::{column_letter, repeated_columns, Dialect, RawTable};
use crate::error::InputProblem;
use crate::i18n::input_tr;
use crate::t;
use calamine::{open_workbook_auto, Data, Reader, Sheets, XlsxError};
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

/// The most cells a sheet may span from A1 to its last used row and column: a plan table has
/// far fewer (a vote of 10 000 voter–action rows is 30 000), and the grid of a sheet is held in
/// memory whole.
pub const MAX_SHEET_CELLS: usize = 5_000_000;

/// File extensions read as workbooks.
pub const EXTENSIONS: [&str; 4] = ["xlsx", "xlsm", "xls", "ods"];

/// True when `path` names a workbook by its extension.
pub fn is_workbook(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| EXTENSIONS.contains(&e.as_str()))
}

/// One cell's value, typed as the workbook stores it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// A number (Excel stores every number as a double).
    Number(f64),
    /// Text, trimmed and not empty; dates and times also arrive as text (`2025-03-01`).
    Text(String),
    /// `TRUE` or `FALSE`.
    Bool(bool),
    /// A cell showing an error such as `#DIV/0!` instead of a value.
    Error(String),
}

impl Cell {
    /// The cell as text, as a person would type it (`30000`, `0.85`, `true`).
    pub fn text(&self) -> String {
        match self {
            Cell::Number(x) => number_text(*x),
            Cell::Text(s) | Cell::Error(s) => s.clone(),
            Cell::Bool(b) => b.to_string(),
        }
    }
}

/// A number as the shortest text that reads back as the same number, without a `.0` or an
/// exponent: 30000 → `30000`, 0.1 → `0.1`, -0 → `0`.
pub fn number_text(x: f64) -> String {
    if x == 0.0 {
        "0".into()
    } else {
        // Rust's Display for f64 is the shortest round-trip form and never uses an exponent.
        format!("{x}")
    }
}

/// The used part of a sheet from A1: `rows[0]` is sheet row 1, `rows[r][c]` column `c`.
pub struct Grid {
    /// How to name the sheet in messages (`plan.xlsx, sheet 'actions'`).
    pub label: String,
    /// The cells (`None` for an empty one); every row has the same length.
    pub rows: Vec<Vec<Option<Cell>>>,
}

/// An open workbook.
pub struct Workbook {
    label: String,
    sheets: Sheets<BufReader<File>>,
}

impl Workbook {
    /// Opens the workbook at `path`; `label` names it in messages.
    pub fn open(path: &Path, label: &str) -> Result<Workbook, InputProblem> {
        let tr = input_tr();
        if !path.is_file() {
            return Err(InputProblem::in_file(
                label,
                t!(tr, "in-no-workbook"),
                t!(tr, "in-no-workbook-fix"),
            ));
        }
        let sheets = open_workbook_auto(path).map_err(|e| {
            InputProblem::in_file(
                label,
                t!(tr, "in-workbook-unreadable", reason = e.to_string()),
                t!(tr, "in-workbook-unreadable-fix"),
            )
        })?;
        Ok(Workbook {
            label: label.to_string(),
            sheets,
        })
    }

    /// The sheet names, in workbook order.
    pub fn sheet_names(&self) -> Vec<String> {
        self.sheets.sheet_names()
    }

    /// The sheet called `name` (ignoring case and surrounding spaces) as a grid; `Ok(None)` when
    /// the workbook has no such sheet.
    pub fn grid(&mut self, name: &str) -> Result<Option<Grid>, InputProblem> {
        let tr = input_tr();
        let matching: Vec<String> = self
            .sheet_names()
            .into_iter()
            .filter(|s| s.trim().eq_ignore_ascii_case(name))
            .collect();
        let sheet = match matching.as_slice() {
            [] => return Ok(None),
            [one] => one.clone(),
            several => {
                let sheets: Vec<String> = several.iter().map(|s| format!("'{s}'")).collect();
                return Err(InputProblem::in_file(
                    &self.label,
                    t!(
                        tr,
                        "in-sheets-same-name",
                        count = several.len(),
                        name = name,
                        sheets = sheets.join(", ")
                    ),
                    t!(tr, "in-sheets-same-name-fix", name = name),
                ));
            }
        };
        let label = sheet_label(&self.label, &sheet);
        let unreadable = |e: &dyn std::fmt::Display| {
            InputProblem::in_file(
                &label,
                t!(tr, "in-sheet-unreadable", reason = e.to_string()),
                t!(tr, "in-sheet-unreadable-fix"),
            )
        };
        // (row, column, value) of every cell that holds something. calamine panics on some
        // malformed sheets (a cell reference of ten letters overflows its column number in a
        // build with overflow checks): that is a sheet it cannot read, not a crash.
        let sheets = &mut self.sheets;
        let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            read_cells(sheets, &sheet, &unreadable)
        }));
        let cells = match read {
            Ok(cells) => cells?,
            Err(_) => return Err(unreadable(&t!(tr, "in-sheet-reader-fault"))),
        };
        let rows = cells.iter().map(|c| c.0 + 1).max().unwrap_or(0);
        let columns = cells.iter().map(|c| c.1 + 1).max().unwrap_or(0);
        // A plan table is far smaller: the sheet has a stray value far below or right of it.
        if rows.saturating_mul(columns) > MAX_SHEET_CELLS {
            return Err(InputProblem::in_file(
                &label,
                t!(
                    tr,
                    "in-sheet-too-large",
                    cell = format!("{}{rows}", column_letter(columns - 1)),
                    cells = crate::format::number(MAX_SHEET_CELLS as f64, 0)
                ),
                t!(tr, "in-sheet-too-large-fix"),
            ));
        }
        let mut grid = vec![vec![None; columns]; rows];
        for (row, column, value) in cells {
            grid[row][column] = Some(value);
        }
        Ok(Some(Grid { label, rows: grid }))
    }

    /// The plan table in sheet `name` (see [`Grid::table`]); `Ok(None)` when the workbook has no
    /// such sheet.
    pub fn table(&mut self, name: &str) -> Result<Option<RawTable>, Vec<InputProblem>> {
        match self.grid(name) {
            Ok(Some(grid)) => grid.table().map(Some),
            Ok(None) => Ok(None),
            Err(problem) => Err(vec![problem]),
        }
    }

    /// The problem of a required sheet that is missing.
    pub fn missing_sheet(&self, name: &str) -> InputProblem {
        let tr = input_tr();
        InputProblem::in_file(
            &self.label,
            t!(tr, "in-sheet-missing", name = name),
            t!(
                tr,
                "in-sheet-missing-fix",
                name = name,
                sheets = self.sheet_names().join(", ")
            ),
        )
    }
}

/// How to name sheet `sheet` of workbook `file` in messages: `plan.xlsx, sheet 'actions'`.
pub fn sheet_label(file: &str, sheet: &str) -> String {
    t!(input_tr(), "in-sheet-label", file = file, sheet = sheet)
}

impl Grid {
    /// The sheet as a table: row 1 holds the column names, the rows below the data. An empty
    /// sheet, a header not in row 1, a column named twice, values in a column without a name,
    /// and cells showing an error are problems, one per cell or column at fault.
    pub fn table(self) -> Result<RawTable, Vec<InputProblem>> {
        let label = self.label;
        let tr = input_tr();
        let mut rows = self.rows.into_iter();
        let header_cells = rows.next().unwrap_or_default();
        let data: Vec<Vec<Option<Cell>>> = rows.collect();
        if header_cells.iter().all(Option::is_none) {
            let (message, fix) = if data.iter().flatten().any(Option::is_some) {
                (
                    t!(tr, "in-sheet-row1-empty"),
                    t!(tr, "in-sheet-row1-empty-fix"),
                )
            } else {
                (t!(tr, "in-sheet-empty"), t!(tr, "in-sheet-empty-fix"))
            };
            return Err(vec![InputProblem::in_file(&label, message, fix)]);
        }
        let header: Vec<String> = header_cells
            .iter()
            .map(|c| c.as_ref().map(Cell::text).unwrap_or_default())
            .collect();
        let mut problems = repeated_columns(&header, &label);
        let column_name = |c: usize| match header[c].as_str() {
            "" => column_letter(c),
            name => name.to_string(),
        };
        for (c, name) in header.iter().enumerate() {
            let filled = data.iter().position(|row| row[c].is_some());
            if let (true, Some(first)) = (name.is_empty(), filled) {
                problems.push(
                    InputProblem::in_file(
                        &label,
                        t!(
                            tr,
                            "in-column-unnamed",
                            column = column_letter(c),
                            row = RawTable::sheet_row(first).to_string()
                        ),
                        t!(tr, "in-column-unnamed-fix"),
                    )
                    .at_column(column_letter(c)),
                );
            }
        }
        let mut rows = Vec::with_capacity(data.len());
        for (index, cells) in data.into_iter().enumerate() {
            let mut texts = Vec::with_capacity(cells.len());
            for (c, cell) in cells.into_iter().enumerate() {
                if let Some(Cell::Error(shown)) = &cell {
                    problems.push(error_cell(&label, index, &column_name(c), shown));
                    texts.push(None);
                } else {
                    texts.push(cell.map(|cell| cell.text()));
                }
            }
            rows.push(texts);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(RawTable {
            file: label,
            columns: header,
            rows,
            dialect: Dialect::Comma,
        })
    }
}

/// (row, column, value) of every cell of `sheet` that holds something; `unreadable` makes the
/// problem of a sheet calamine cannot read.
fn read_cells(
    sheets: &mut Sheets<BufReader<File>>,
    sheet: &str,
    unreadable: &dyn Fn(&dyn std::fmt::Display) -> InputProblem,
) -> Result<Vec<(usize, usize, Cell)>, InputProblem> {
    Ok(match sheets {
        // Cell by cell: calamine's `worksheet_range` would first allocate the whole rectangle
        // between the first and the last used cell, whatever its size.
        Sheets::Xlsx(xlsx) => match xlsx.worksheet_cells_reader(sheet) {
            // A chart sheet holds no cells (calamine's `worksheet_range` reads it empty).
            Err(XlsxError::NotAWorksheet(_)) => Vec::new(),
            Err(e) => return Err(unreadable(&e)),
            Ok(mut reader) => {
                let mut cells = Vec::new();
                while let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))? {
                    let (row, column) = cell.get_position();
                    if let Some(value) = to_cell(&Data::from(cell.get_value().clone())) {
                        cells.push((row as usize, column as usize, value));
                    }
                }
                cells
            }
        },
        sheets => {
            let range = sheets.worksheet_range(sheet).map_err(|e| unreadable(&e))?;
            let (top, left) = range.start().unwrap_or((0, 0));
            range
                .used_cells()
                .filter_map(|(row, column, value)| {
                    to_cell(value).map(|value| (row + top as usize, column + left as usize, value))
                })
                .collect()
        }
    })
}

/// The problem of a cell showing `shown` (`#DIV/0!`) at data row `index` of a table.
fn error_cell(label: &str, index: usize, column: &str, shown: &str) -> InputProblem {
    let tr = input_tr();
    InputProblem::in_file(
        label,
        t!(tr, "in-cell-error", shown = shown),
        t!(tr, "in-cell-error-fix"),
    )
    .at_row(RawTable::sheet_row(index))
    .at_column(column)
}

/// A calamine cell as a [`Cell`]; `None` for an empty cell or blank text.
fn to_cell(data: &Data) -> Option<Cell> {
    Some(match data {
        Data::Empty => return None,
        Data::String(s) => {
            let s = s.trim();
            if s.is_empty() {
                return None;
            }
            Cell::Text(s.to_string())
        }
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(x) => Cell::Number(*x),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) if d.is_duration() => {
            // A duration such as 200:00 (hours:minutes), as Excel shows it.
            let minutes = (d.as_f64() * 24.0 * 60.0).round() as i64;
            Cell::Text(format!("{}:{:02}", minutes / 60, minutes % 60))
        }
        Data::DateTime(d) => {
            let (year, month, day, hour, minute, second, _) = d.to_ymd_hms_milli();
            let date = format!("{year:04}-{month:02}-{day:02}");
            Cell::Text(if (hour, minute, second) == (0, 0, 0) {
                date
            } else {
                format!("{date} {hour:02}:{minute:02}")
            })
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_typed() {
        assert_eq!(number_text(30000.0), "30000");
        assert_eq!(number_text(0.85), "0.85");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(1234.5), "1234.5");
        assert_eq!(number_text(1e15), "1000000000000000");
        let tricky = 0.1 + 0.2;
        assert_eq!(number_text(tricky).parse::<f64>().unwrap(), tricky);
    }

    #[test]
    fn cells_become_text() {
        assert_eq!(to_cell(&Data::Float(30000.0)).unwrap().text(), "30000");
        assert_eq!(to_cell(&Data::Int(7)).unwrap().text(), "7");
        assert_eq!(to_cell(&Data::Bool(true)).unwrap().text(), "true");
        assert_eq!(to_cell(&Data::String("  ".into())), None);
        assert_eq!(to_cell(&Data::String(" a ".into())).unwrap().text(), "a");
        let date =
            calamine::ExcelDateTime::new(45717.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(to_cell(&Data::DateTime(date)).unwrap().text(), "2025-03-01");
    }

    #[test]
    fn grids_become_tables() {
        let n = |x| Some(Cell::Number(x));
        let t = |s: &str| Some(Cell::Text(s.into()));
        let grid = Grid {
            label: "w.xlsx, sheet 'actions'".into(),
            rows: vec![
                vec![t("id"), t("cost"), None],
                vec![t("a"), n(30000.0), None],
                vec![None, None, None],
                vec![t("b"), n(12.5), None],
            ],
        };
        let table = grid.table().unwrap();
        assert_eq!(table.columns, ["id", "cost", ""]);
        assert_eq!(
            table.rows[0],
            [Some("a".into()), Some("30000".into()), None]
        );
        assert!(table.is_blank(1));
        assert_eq!(table.rows[2][1].as_deref(), Some("12.5"));
    }

    #[test]
    fn unnamed_columns_with_values_and_error_cells_are_problems() {
        let grid = Grid {
            label: "w.xlsx, sheet 'actions'".into(),
            rows: vec![
                vec![Some(Cell::Text("id".into())), None],
                vec![Some(Cell::Error("#DIV/0!".into())), Some(Cell::Number(1.0))],
            ],
        };
        let problems = grid.table().unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 2, "{text:?}");
        assert!(text[0].starts_with("w.xlsx, sheet 'actions', column 'B': column B has values"));
        assert!(text[1].starts_with(
            "w.xlsx, sheet 'actions', row 2, column 'id': the cell shows the error #DIV/0!"
        ));
    }
}
