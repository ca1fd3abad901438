//! Numbers as spreadsheet users write them: thousands separators, and the decimal comma of
//! European Excel files. Read here, below validation, so that every reader parses them alike.

use super::Dialect;

/// Parses a number the way a spreadsheet user writes it: digits, optional sign and decimal point,
/// spaces or underscores as thousands separators.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .collect();
    let value: f64 = cleaned.parse().ok()?;
    value.is_finite().then_some(value)
}

/// Parses a number as a table in `dialect` writes it. With decimal commas ([`Dialect::Semicolon`]),
/// `,` marks the decimals and spaces (also non-breaking ones) or `.` separate groups of three
/// digits (`1 234,50`, `1.234.567,5`, `8.000`), as European Excel writes them; a `.` anywhere
/// else (`0.85`) is refused rather than guessed at, since there `1.500` means 1500.
pub fn parse_number_in(text: &str, dialect: Dialect) -> Option<f64> {
    if !dialect.decimal_comma() {
        return parse_number(text);
    }
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .collect();
    let (whole, decimals) = match cleaned.split_once(',') {
        Some((whole, decimals)) => (whole, Some(decimals)),
        None => (cleaned.as_str(), None),
    };
    let whole = if whole.contains('.') {
        ungroup(whole)?
    } else {
        whole.to_string()
    };
    match decimals {
        Some(decimals) if !decimals.contains('.') => parse_number(&format!("{whole}.{decimals}")),
        Some(_) => None,
        None => parse_number(&whole),
    }
}

/// `digits` (with an optional sign) without its `.` thousands separators, if every group after
/// the first has exactly three digits and the first one to three.
fn ungroup(digits: &str) -> Option<String> {
    let unsigned = digits.trim_start_matches(['-', '+']);
    let mut groups = unsigned.split('.');
    let first = groups.next()?;
    let digit_group = |g: &str, sizes: std::ops::RangeInclusive<usize>| {
        sizes.contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit())
    };
    (digit_group(first, 1..=3) && groups.all(|g| digit_group(g, 3..=3)))
        .then(|| digits.replace('.', ""))
}
