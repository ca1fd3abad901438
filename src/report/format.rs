//! Number formatting shared by the readable reports.

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
}
