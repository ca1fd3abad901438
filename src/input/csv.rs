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
/// A missing or unreadable file, a file without a header, a file separated by `;` instead of
/// `,`, a header naming a column twice, and ragged rows (more or fewer cells than the header)
/// are problems reported against the file, one per row or column at fault. Entirely empty
/// rows are kept (so row numbers stay those of the spreadsheet); see [`RawTable::is_blank`].
pub fn read_table(path: &Path, label: &str) -> Result<RawTable, Vec<InputProblem>> {
    let bytes = std::fs::read(path).map_err(|e| {
        vec![if e.kind() == std::io::ErrorKind::NotFound {
            InputProblem::in_file(
                label,
                "the file is missing",
                "put the file in the plan folder under exactly this name (lower case, ending in .csv); \
                 `fundmix init DIR` writes a template to copy from",
            )
        } else {
            InputProblem::in_file(
                label,
                format!("cannot read the file ({e})"),
                "check that the file is readable (not open and locked in another program)",
            )
        }]
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        vec![InputProblem::in_file(
            label,
            "the file is not UTF-8 text",
            "save it from your spreadsheet as 'CSV UTF-8 (comma delimited)'",
        )]
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.trim().is_empty() {
        return Err(vec![InputProblem::in_file(
            label,
            "the file is empty",
            "add a header row with the column names, then one row per entry",
        )]);
    }
    let header = check_shape(text, label)?;

    let frame = CsvReadOptions::default()
        .with_has_header(true)
        .with_infer_schema_length(Some(0))
        .with_raise_if_empty(false)
        // Only blank rows may be longer than the header (checked above).
        .map_parse_options(|o| o.with_truncate_ragged_lines(true))
        .into_reader_with_file_handle(Cursor::new(text.as_bytes().to_vec()))
        .finish()
        .map_err(|e| {
            vec![InputProblem::in_file(
                label,
                format!("cannot read the table: {e}"),
                "check that every row has as many comma-separated cells as the header",
            )]
        })?;
    let mut columns = Vec::with_capacity(frame.width());
    let mut cells: Vec<Vec<Option<String>>> =
        vec![Vec::with_capacity(frame.width()); frame.height()];
    for (index, column) in frame.columns().iter().enumerate() {
        // The header as written: polars renames empty and repeated names.
        let name = match header.get(index) {
            Some(name) if header.len() == frame.width() => name.clone(),
            _ => column.name().trim().to_string(),
        };
        columns.push(name);
        let text = column.str().map_err(|e| {
            vec![InputProblem::in_file(
                label,
                format!("cannot read column '{}': {e}", column.name()),
                "save the file again as plain CSV",
            )]
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

/// Checks the delimiter, the header names and the number of cells in every row; returns the
/// trimmed header names.
fn check_shape(text: &str, label: &str) -> Result<Vec<String>, Vec<InputProblem>> {
    let records = split_records(text);
    let Some(header) = records.first() else {
        return Ok(Vec::new());
    };
    let header: Vec<String> = header.iter().map(|c| c.trim().to_string()).collect();
    let mut problems = Vec::new();
    if header.len() == 1 {
        for (separator, name) in [(';', "semicolons (;)"), ('\t', "tabs")] {
            if header[0].contains(separator) {
                return Err(vec![InputProblem::in_file(
                    label,
                    format!("the cells are separated by {name} instead of commas"),
                    "save the file as 'CSV UTF-8 (comma delimited)', or set the list separator of \
                     your spreadsheet to ',' before saving",
                )
                .at_row(1)]);
            }
        }
    }
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
            problems.push(
                InputProblem::in_file(
                    label,
                    format!(
                        "the column '{name}' appears {} times in the header (columns {})",
                        places.len(),
                        places.join(", ")
                    ),
                    format!("keep one column '{name}' and delete or rename the others"),
                )
                .at_row(1)
                .at_column(name.as_str()),
            );
        }
    }
    for (index, record) in records.iter().enumerate().skip(1) {
        // Blank rows of any width are skipped later; every other row must match the header.
        if record.len() == header.len() || record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let message = format!(
            "the row has {} cells but the header has {} columns, so its values may be under the \
             wrong columns",
            record.len(),
            header.len()
        );
        let fix = if record.len() > header.len() {
            "a text containing a comma must be in double quotes (\"Smith, J.\"); otherwise remove \
             the extra cells, or name their column in the header row"
        } else {
            "add the missing cells where they belong (an empty cell still needs its comma)"
        };
        problems.push(InputProblem::in_file(label, message, fix).at_row(index + 1));
    }
    if problems.is_empty() {
        Ok(header)
    } else {
        Err(problems)
    }
}

/// Splits CSV text into records of cells: `,` between cells, `"` quotes (with `""` for a quote
/// inside), and a line break inside quotes belongs to the cell.
fn split_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    // Whether the current cell has begun (a quote opens a cell only at its start).
    let mut started = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if !started => {
                quoted = true;
                started = true;
            }
            ',' if !quoted => {
                record.push(std::mem::take(&mut cell));
                started = false;
            }
            '\r' if !quoted && chars.peek() == Some(&'\n') => {}
            '\n' if !quoted => {
                record.push(std::mem::take(&mut cell));
                records.push(std::mem::take(&mut record));
                started = false;
            }
            _ => {
                cell.push(c);
                started = true;
            }
        }
    }
    if !cell.is_empty() || !record.is_empty() {
        record.push(cell);
        records.push(record);
    }
    records
}

/// The spreadsheet letter of the column at `index` (0 → A, 26 → AA).
fn column_letter(mut index: usize) -> String {
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
    fn records_respect_quotes_and_line_ends() {
        let records = split_records("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n\n1,5\" screen");
        assert_eq!(
            records,
            vec![
                vec!["a".to_string(), "b".into()],
                vec!["x, y".into(), "say \"hi\"\nthere".into()],
                vec!["".into()],
                vec!["1".into(), "5\" screen".into()],
            ]
        );
    }

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
