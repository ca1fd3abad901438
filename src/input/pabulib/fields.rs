//! The cells of a `.pb` line: `;`-separated fields with CSV-style quotes, money as whole
//! cents, counts and points as whole numbers. Each reader returns a message in plain words
//! for the caller to place at its file, line and column; [`Section`] and [`Report`] carry the
//! lines of a section and the problems found, for both section and row readers.

use crate::domain::MAX_EUR;
use crate::error::{InputProblem, Problems};
use crate::i18n::input_tr;
use crate::t;

/// Splits one line into trimmed fields at `;`, honouring `"…"` quotes (a `;` inside quotes
/// is text; `""` inside quotes is one `"`). The text `none` (any case) becomes an empty field,
/// as pabutools reads it. An unclosed quote is an error.
pub(super) fn split_fields(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut in_quotes = false;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    in_quotes = false;
                }
            } else {
                field.push(c);
            }
        } else if c == ';' {
            fields.push(finish(&field));
            field.clear();
            at_field_start = true;
            continue;
        } else if c == '"' && at_field_start && field.trim().is_empty() {
            field.clear();
            in_quotes = true;
        } else {
            field.push(c);
        }
        at_field_start = false;
    }
    if in_quotes {
        return Err(t!(input_tr(), "in-pb-unclosed-quote"));
    }
    fields.push(finish(&field));
    Ok(fields)
}

fn finish(field: &str) -> String {
    let trimmed = field.trim();
    if trimmed.eq_ignore_ascii_case("none") {
        String::new()
    } else {
        trimmed.to_string()
    }
}

/// Reads an amount of money as whole cents: `75000`, `75000.0`, `106165.64`, or with a decimal
/// comma (`106165,64`). At most two decimal places that are not zero; no sign, no thousands
/// separators, at most 10^15.
pub fn parse_cents(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let tr = input_tr();
    let bad = || t!(tr, "in-pb-money-bad", text = text);
    if text.is_empty() {
        return Err(t!(tr, "in-pb-money-empty"));
    }
    if text.starts_with('-') {
        return Err(t!(tr, "in-pb-money-negative", text = text));
    }
    let normal = if text.contains('.') {
        text.to_string()
    } else {
        text.replacen(',', ".", 1)
    };
    let (whole, decimals) = normal.split_once('.').unwrap_or((&normal, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(decimals) {
        return Err(bad());
    }
    let (cents_part, rest) = decimals.split_at(decimals.len().min(2));
    if rest.bytes().any(|b| b != b'0') {
        return Err(t!(tr, "in-pb-money-decimals", text = text));
    }
    let whole: i64 = match whole.parse::<i64>() {
        Ok(v) if v as f64 <= MAX_EUR => v,
        _ => return Err(t!(tr, "in-pb-money-too-large", text = text)),
    };
    let cents: i64 = format!("{cents_part:0<2}").parse().unwrap_or(0);
    Ok(whole * 100 + cents)
}

/// Reads a whole number 0 or more (`12`, or `12.0` as some files write counts).
pub(super) fn parse_whole(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let digits = text
        .split_once('.')
        .filter(|(_, zeros)| zeros.bytes().all(|b| b == b'0'))
        .map_or(text, |(whole, _)| whole);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(t!(input_tr(), "in-pb-not-whole", text = text));
    }
    digits
        .parse()
        .map_err(|_| t!(input_tr(), "in-pb-count-too-large", text = text))
}

/// Splits a comma-separated list (a ballot's `vote` or `points`, a project's categories),
/// trimming entries and dropping empty ones.
pub(super) fn split_list(text: &str) -> Vec<&str> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// One section: its header line and its data lines, each split into fields.
#[derive(Debug, Default)]
pub(super) struct Section {
    /// The line of the section name (1-based).
    pub line: usize,
    /// The line of the header (1-based; the section name's line when there is none).
    pub header_line: usize,
    /// Column names from the header line, trimmed.
    pub header: Vec<String>,
    /// Data lines: (line number, fields).
    pub rows: Vec<(usize, Vec<String>)>,
}

impl Section {
    /// Position of a column, if present.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|c| c == name)
    }
}

/// Where problems are recorded, with the file name to put on each.
pub(super) struct Report<'a> {
    pub file: &'a str,
    pub problems: Problems,
}

impl Report<'_> {
    /// Records a problem at `line`, in `column` when given.
    pub fn at(&mut self, line: usize, column: Option<&str>, message: String, fix: String) {
        let mut problem = InputProblem::in_file(self.file, message, fix).at_row(line);
        if let Some(column) = column {
            problem = problem.at_column(column);
        }
        self.problems.push(problem);
    }

    /// Records a problem with the whole file.
    pub fn file(&mut self, message: String, fix: String) {
        self.problems
            .push(InputProblem::in_file(self.file, message, fix));
    }
}

/// The start of a line, for messages.
pub(super) fn shorten(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_keep_separators_and_doubled_quotes() {
        assert_eq!(
            split_fields(r#"comment;"a;b ""c""";x"#).unwrap(),
            vec!["comment", r#"a;b "c""#, "x"]
        );
        assert_eq!(split_fields("1;None;;").unwrap(), vec!["1", "", "", ""]);
        assert!(split_fields(r#"1;"open"#).is_err());
    }

    #[test]
    fn money_is_exact_cents() {
        assert_eq!(parse_cents("106165.64"), Ok(10_616_564));
        assert_eq!(parse_cents("75000.0"), Ok(7_500_000));
        assert_eq!(parse_cents("75000"), Ok(7_500_000));
        assert_eq!(parse_cents("0.5"), Ok(50));
        assert_eq!(parse_cents("12,5"), Ok(1_250));
        assert_eq!(parse_cents("1.2500"), Ok(125));
        assert!(parse_cents("1.255").is_err());
        assert!(parse_cents("-3").is_err());
        assert!(parse_cents("1 000").is_err());
        assert!(parse_cents("1e5").is_err());
        assert!(parse_cents("").is_err());
        assert!(parse_cents("99999999999999999999").is_err());
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(parse_whole("12"), Ok(12));
        assert_eq!(parse_whole("12.0"), Ok(12));
        assert!(parse_whole("12.5").is_err());
        assert!(parse_whole("-1").is_err());
    }
}
