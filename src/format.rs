//! Number formatting shared by the readable reports, the charts and the terminal (the bottom
//! layer: it imports nothing of the crate).

/// A number with spaces between thousands and `decimals` decimals: `1 234 567.89`.
pub fn number(value: f64, decimals: usize) -> String {
    let value = if value.abs() < 0.5 * 10f64.powi(-(decimals as i32)) {
        0.0
    } else {
        value
    };
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(' ');
        }
        grouped.push(ch);
    }
    let sign = if value < 0.0 { "-" } else { "" };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// `value` with `decimals` decimals and no thousands separator, as machines read it, never
/// `-0.00` (a sum that is zero may carry a minus sign: `-0.0` or `-0.001`).
pub fn fixed(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    match text.strip_prefix('-') {
        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_string(),
        _ => text,
    }
}

/// Whole euros: `1 234 567 EUR`.
pub fn eur(value: f64) -> String {
    format!("{} EUR", number(value, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_and_keeps_sign() {
        assert_eq!(number(1234567.891, 2), "1 234 567.89");
        assert_eq!(number(-1500.0, 0), "-1 500");
        assert_eq!(number(999.0, 0), "999");
        assert_eq!(number(-0.001, 2), "0.00");
        assert_eq!(eur(85000.4), "85 000 EUR");
    }

    // Regression: the terminal summary printed "leverage -0.00" for a plan paid by own money
    // alone (an empty f64 sum is -0.0).
    #[test]
    fn fixed_never_prints_minus_zero() {
        assert_eq!(fixed(-0.0, 2), "0.00");
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(-0.0, 0), "0");
        assert_eq!(fixed(-1.5, 1), "-1.5");
        assert_eq!(fixed(1234.5678, 2), "1234.57");
        assert_eq!(number(-0.0, 2), "0.00");
        assert_eq!(eur(-0.0), "0 EUR");
    }
}
