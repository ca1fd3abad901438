//! CSV tables, read with polars with every cell kept as text.
//!
//! Keeping text lets validation name the exact row and column of a bad value instead of
//! failing on a type guess. Does not check any value.
//!
//! Each file's [`Dialect`] is found from its header line: more `;` than `,` between the names
//! (outside quotes) makes it a semicolon-separated file as European Excel saves it, whose number
//! cells have decimal commas; otherwise it is comma-separated. Only the separator is applied
//! here; decimal commas are converted where a cell is read as a number.

use super::{repeated_columns, Dialect, RawTable};
use crate::error::{io_reason, InputProblem};
use crate::i18n::input_tr;
use crate::t;
use polars::prelude::*;
use std::io::Cursor;
use std::path::Path;

/// Reads `path` into a [`RawTable`]; `label` names the file in messages.
///
/// A missing or unreadable file, a file without a header, a file separated by tabs, a header
/// naming a column twice, and ragged rows (more or fewer cells than the header) are problems
/// reported against the file, one per row or column at fault. Entirely empty
/// rows are kept (so row numbers stay those of the spreadsheet); see [`RawTable::is_blank`].
pub fn read_table(path: &Path, label: &str) -> Result<RawTable, Vec<InputProblem>> {
    let tr = input_tr();
    let bytes = std::fs::read(path).map_err(|e| {
        vec![if e.kind() == std::io::ErrorKind::NotFound {
            InputProblem::in_file(
                label,
                t!(tr, "in-csv-missing"),
                t!(tr, "in-csv-missing-fix"),
            )
        } else {
            InputProblem::in_file(
                label,
                t!(tr, "in-file-unreadable", reason = io_reason(&e)),
                t!(tr, "in-csv-unreadable-fix"),
            )
        }]
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        vec![InputProblem::in_file(
            label,
            t!(tr, "in-file-not-utf8"),
            t!(tr, "in-csv-not-utf8-fix"),
        )]
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.trim().is_empty() {
        return Err(vec![InputProblem::in_file(
            label,
            t!(tr, "in-csv-empty"),
            t!(tr, "in-csv-empty-fix"),
        )]);
    }
    let dialect = detect_dialect(text);
    let header = check_shape(text, label, dialect)?;

    let frame = CsvReadOptions::default()
        .with_has_header(true)
        .with_infer_schema_length(Some(0))
        .with_raise_if_empty(false)
        // Only blank rows may be longer than the header (checked above).
        .map_parse_options(|o| {
            o.with_separator(dialect.separator())
                .with_truncate_ragged_lines(true)
        })
        .into_reader_with_file_handle(Cursor::new(text.as_bytes().to_vec()))
        .finish()
        .map_err(|e| {
            vec![InputProblem::in_file(
                label,
                t!(tr, "in-csv-table-unreadable", reason = e.to_string()),
                t!(
                    tr,
                    "in-csv-table-unreadable-fix",
                    dialect = dialect.describe()
                ),
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
                t!(
                    tr,
                    "in-csv-column-unreadable",
                    column = column.name().to_string(),
                    reason = e.to_string()
                ),
                t!(tr, "in-csv-column-unreadable-fix"),
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
        dialect,
    })
}

/// The dialect of a CSV text, from its first line: semicolon-separated when `;` separates more
/// names than `,` does (quoted names do not count).
pub fn detect_dialect(text: &str) -> Dialect {
    let (mut commas, mut semicolons) = (0, 0);
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            '\n' if !quoted => break,
            _ => {}
        }
    }
    if semicolons > commas {
        Dialect::Semicolon
    } else {
        Dialect::Comma
    }
}

/// Checks the delimiter, the header names and the number of cells in every row; returns the
/// trimmed header names.
fn check_shape(
    text: &str,
    label: &str,
    dialect: Dialect,
) -> Result<Vec<String>, Vec<InputProblem>> {
    let records = split_records(text, dialect.separator() as char);
    let Some(header) = records.first() else {
        return Ok(Vec::new());
    };
    let header: Vec<String> = header.iter().map(|c| c.trim().to_string()).collect();
    let tr = input_tr();
    if header.len() == 1 && header[0].contains('\t') {
        return Err(vec![InputProblem::in_file(
            label,
            t!(tr, "in-csv-tabs"),
            t!(tr, "in-csv-tabs-fix"),
        )
        .at_row(1)]);
    }
    let mut problems = repeated_columns(&header, label);
    for (index, record) in records.iter().enumerate().skip(1) {
        // Blank rows of any width are skipped later; every other row must match the header.
        if record.len() == header.len() || record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let message = t!(
            tr,
            "in-csv-ragged",
            cells = record.len(),
            columns = header.len()
        );
        let fix = match (record.len() > header.len(), dialect) {
            (true, Dialect::Comma) => t!(tr, "in-csv-ragged-more-comma-fix"),
            (true, Dialect::Semicolon) => t!(tr, "in-csv-ragged-more-semicolon-fix"),
            (false, Dialect::Comma) => t!(tr, "in-csv-ragged-fewer-comma-fix"),
            (false, Dialect::Semicolon) => t!(tr, "in-csv-ragged-fewer-semicolon-fix"),
        };
        problems.push(InputProblem::in_file(label, message, fix).at_row(index + 1));
    }
    if problems.is_empty() {
        Ok(header)
    } else {
        Err(problems)
    }
}

/// Splits CSV text into records of cells: `separator` between cells, `"` quotes (with `""` for
/// a quote inside), and a line break inside quotes belongs to the cell.
fn split_records(text: &str, separator: char) -> Vec<Vec<String>> {
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
            c if c == separator && !quoted => {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_respect_quotes_and_line_ends() {
        let records = split_records(
            "a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n\n1,5\" screen",
            ',',
        );
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
    fn semicolon_records_keep_commas_and_quoted_semicolons() {
        let records = split_records("id;cost;eligible\na;1 234,50;\"x;y\"\n", ';');
        assert_eq!(
            records[1],
            vec!["a".to_string(), "1 234,50".into(), "x;y".into()]
        );
    }

    #[test]
    fn dialect_from_the_header_line() {
        assert_eq!(detect_dialect("id,name,cost\na;b;c;d;e\n"), Dialect::Comma);
        assert_eq!(
            detect_dialect("id;name;cost\na,b,c,d,e\n"),
            Dialect::Semicolon
        );
        // A comma file with quoted decimals and lists stays a comma file.
        assert_eq!(detect_dialect("id,cost\na,\"1,5\"\n"), Dialect::Comma);
        assert_eq!(detect_dialect("\"a;b;c\",d\n"), Dialect::Comma);
        assert_eq!(detect_dialect("id\n"), Dialect::Comma);
        assert_eq!(detect_dialect("\"id\";\"na,me\"\n"), Dialect::Semicolon);
    }
}
