//! Fuzz check of the CSV reader (`fundmix::input::csv::read_table`), both dialects.
//!
//! Included by `fuzz/fuzz_targets/csv.rs` and by `tests/fuzz_corpus.rs`, which replays every
//! file of `fuzz/corpus/csv/` and `fuzz/regressions/csv/` through [`check`].
//!
//! Every input is used twice:
//!
//! 1. as the bytes of a file: the reader returns a table or located problems, never panics; a
//!    table has one cell per column in every row, and the dialect the header line says;
//! 2. as the description of a table (rows of short texts, a dialect, line ends, numbers): the
//!    table is written as Excel writes CSV in that dialect (quotes around cells holding the
//!    separator, a quote or a line break; `1 234,5` with decimal commas) and must read back
//!    cell for cell, every number to the same value.

#[path = "bytes.rs"]
mod bytes;

use bytes::Bytes;
use fundmix::input::csv::{detect_dialect, read_table};
use fundmix::input::number::parse_number_in;
use fundmix::input::Dialect;

/// Runs both checks on `data`.
pub fn check(data: &[u8]) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("t.csv");
    raw(data, &path);
    structured(data, &path);
}

/// The bytes as a file.
fn raw(data: &[u8], path: &std::path::Path) {
    std::fs::write(path, data).expect("write the input");
    match read_table(path, "t.csv") {
        Ok(table) => {
            for row in &table.rows {
                assert_eq!(
                    row.len(),
                    table.columns.len(),
                    "a row without a cell per column"
                );
            }
            let text = std::str::from_utf8(data).expect("a table is read only from UTF-8");
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            assert_eq!(table.dialect, detect_dialect(text));
            for cell in table.rows.iter().flatten().flatten() {
                let _ = parse_number_in(cell, table.dialect);
            }
        }
        Err(problems) => assert!(!problems.is_empty(), "an error without a problem"),
    }
}

/// One table to write: cells of short text, and a column of numbers.
struct Table {
    semicolon: bool,
    crlf: bool,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    numbers: Vec<(i64, u8)>,
    nbsp_groups: bool,
    dot_groups: bool,
}

impl Table {
    /// The table the bytes describe: up to 5 named columns and 8 rows.
    fn read(bytes: &mut Bytes) -> Table {
        let (semicolon, crlf, nbsp_groups, dot_groups) =
            (bytes.bool(), bytes.bool(), bytes.bool(), bytes.bool());
        let width = bytes.below(6);
        let header = (0..width).map(|_| bytes.text(12)).collect();
        let height = bytes.below(9);
        let mut rows = Vec::new();
        let mut numbers = Vec::new();
        for _ in 0..height {
            rows.push((0..width).map(|_| bytes.text(12)).collect());
            numbers.push((bytes.i64(), bytes.u8()));
        }
        Table {
            semicolon,
            crlf,
            header,
            rows,
            numbers,
            nbsp_groups,
            dot_groups,
        }
    }
}

/// A short cell: at most 12 characters, no byte-order mark.
fn cell(text: &str) -> String {
    text.chars().filter(|c| *c != '\u{feff}').take(12).collect()
}

/// The cell as written in `dialect`: quoted when it holds the separator, a quote, a line break,
/// or (so the header line's separators are the only ones counted) the other separator.
fn quoted(text: &str) -> String {
    if text.contains([',', ';', '"', '\n', '\r', '\t']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// `value / 100^decimals` written as a spreadsheet of `dialect` writes it.
fn number_text(units: i64, decimals: u8, dialect: Dialect, nbsp: bool, dots: bool) -> String {
    let decimals = u32::from(decimals % 3);
    let negative = units < 0;
    let units = units.unsigned_abs() % 1_000_000_000_000;
    let scale = 10u64.pow(decimals);
    let (whole, fraction) = (units / scale, units % scale);
    let digits = whole.to_string();
    let (group, point) = match dialect {
        Dialect::Comma => ("", "."),
        Dialect::Semicolon if dots => (".", ","),
        Dialect::Semicolon if nbsp => ("\u{a0}", ","),
        Dialect::Semicolon => (" ", ","),
    };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(c);
    }
    let sign = if negative { "-" } else { "" };
    if decimals == 0 {
        format!("{sign}{grouped}")
    } else {
        format!(
            "{sign}{grouped}{point}{fraction:0width$}",
            width = decimals as usize
        )
    }
}

/// The description as a file that must read back as written.
fn structured(data: &[u8], path: &std::path::Path) {
    let table = Table::read(&mut Bytes::new(data));
    let dialect = if table.semicolon {
        Dialect::Semicolon
    } else {
        Dialect::Comma
    };
    let mut header: Vec<String> = table.header.iter().take(5).map(|h| cell(h)).collect();
    header.push("number".into());
    let names: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    // Headers the reader refuses (empty or repeated names, a tab in a single name) are the
    // raw check's business.
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    if names.iter().any(|n| n.is_empty() || n.contains('\t')) || sorted.len() != names.len() {
        return;
    }
    let width = header.len();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (index, row) in table.rows.iter().take(8).enumerate() {
        let mut cells: Vec<String> = (0..width - 1)
            .map(|c| row.get(c).map(|t| cell(t)).unwrap_or_default())
            .collect();
        let (units, decimals) = table.numbers.get(index).copied().unwrap_or((0, 0));
        cells.push(number_text(
            units,
            decimals,
            dialect,
            table.nbsp_groups,
            table.dot_groups,
        ));
        rows.push(cells);
    }
    let end = if table.crlf { "\r\n" } else { "\n" };
    let separator = if table.semicolon { ";" } else { "," };
    let mut text = String::new();
    for record in std::iter::once(&header).chain(rows.iter()) {
        let cells: Vec<String> = record.iter().map(|c| quoted(c)).collect();
        text.push_str(&cells.join(separator));
        text.push_str(end);
    }
    std::fs::write(path, &text).expect("write the table");
    let read = match read_table(path, "t.csv") {
        Ok(read) => read,
        Err(problems) => panic!("a well-formed table is refused: {problems:?}\n{text:?}"),
    };
    assert_eq!(read.columns, names, "header of {text:?}");
    // A table of one column has no separator to tell its dialect by.
    if width > 1 {
        assert_eq!(read.dialect, dialect, "dialect of {text:?}");
    }
    assert_eq!(read.rows.len(), rows.len(), "rows of {text:?}");
    for (index, (got, written)) in read.rows.iter().zip(&rows).enumerate() {
        let expected: Vec<Option<String>> = written
            .iter()
            .map(|c| Some(c.trim().to_string()).filter(|c| !c.is_empty()))
            .collect();
        assert_eq!(got, &expected, "row {} of {text:?}", index + 2);
        let (units, decimals) = table.numbers.get(index).copied().unwrap_or((0, 0));
        let units = units.unsigned_abs() % 1_000_000_000_000;
        let sign = if table.numbers.get(index).is_some_and(|n| n.0 < 0) {
            -1.0
        } else {
            1.0
        };
        let expected = sign * units as f64 / 10f64.powi(i32::from(decimals % 3));
        let number = got[width - 1].as_deref().unwrap_or("");
        assert_eq!(
            parse_number_in(number, dialect),
            Some(expected),
            "number {number:?} of row {} in {text:?}",
            index + 2
        );
    }
}
