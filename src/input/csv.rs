//! CSV tables, read with polars with every cell kept as text.
//!
//! Keeping text lets validation name the exact row and column of a bad value instead of
//! failing on a type guess. Does not check any value.

use super::RawTable;
use crate::error::InputProblem;
use polars::prelude::*;
use std::io::Cursor;
use std::path::Path;

/// Reads `path` into a [`RawTable`]; `label` names the file in messages.
///
/// A missing or unreadable file, a file without a header, and ragged rows are problems
/// reported against the file.
pub fn read_table(path: &Path, label: &str) -> Result<RawTable, InputProblem> {
    let bytes = std::fs::read(path).map_err(|e| {
        InputProblem::in_file(
            label,
            format!("cannot read the file ({e})"),
            "check that the file exists in the plan folder and is readable",
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        InputProblem::in_file(
            label,
            "the file is not UTF-8 text",
            "save it from your spreadsheet as 'CSV UTF-8 (comma delimited)'",
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.trim().is_empty() {
        return Err(InputProblem::in_file(
            label,
            "the file is empty",
            "add a header row with the column names, then one row per entry",
        ));
    }
    let frame = CsvReadOptions::default()
        .with_has_header(true)
        .with_infer_schema_length(Some(0))
        .with_raise_if_empty(false)
        .into_reader_with_file_handle(Cursor::new(text.as_bytes().to_vec()))
        .finish()
        .map_err(|e| {
            InputProblem::in_file(
                label,
                format!("cannot read the table: {e}"),
                "check that every row has as many comma-separated cells as the header",
            )
        })?;
    let mut columns = Vec::with_capacity(frame.width());
    let mut cells: Vec<Vec<Option<String>>> =
        vec![Vec::with_capacity(frame.width()); frame.height()];
    for column in frame.columns() {
        columns.push(column.name().trim().to_string());
        let text = column.str().map_err(|e| {
            InputProblem::in_file(
                label,
                format!("cannot read column '{}': {e}", column.name()),
                "save the file again as plain CSV",
            )
        })?;
        for (row, cells_of_row) in cells.iter_mut().enumerate() {
            let value = text.get(row).map(str::trim).filter(|v| !v.is_empty());
            cells_of_row.push(value.map(str::to_string));
        }
    }
    Ok(RawTable {
        file: label.to_string(),
        columns,
        rows: cells,
    })
}
