//! `allocation.csv` (one row per money flow) and `funding_matrix.csv` (action × payer totals).

use crate::format::fixed;
use crate::result::ScenarioResult;
use crate::view::FundingMatrix;
use std::fmt::Write;

/// A CSV field, quoted when it holds a comma, quote or line break.
pub(crate) fn field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn cents(value: f64) -> String {
    fixed(value, 2)
}

/// `action,source,period,amount_eur`: every flow from a source or (by partner id) a partner.
pub fn allocation(result: &ScenarioResult) -> String {
    let mut out = String::from("action,source,period,amount_eur\n");
    for f in &result.flows {
        let _ = writeln!(
            out,
            "{},{},{},{}",
            field(&f.action),
            field(&f.payer),
            field(&f.period),
            cents(f.amount_eur)
        );
    }
    out
}

/// `action,<payer>...,total_eur` for each funded action, then a `total` row.
pub fn funding_matrix(result: &ScenarioResult) -> String {
    let matrix = FundingMatrix::of(result);
    let mut out = String::from("action");
    for p in &matrix.payers {
        let _ = write!(out, ",{}", field(&p.id));
    }
    out.push_str(",total_eur\n");
    for row in &matrix.rows {
        out.push_str(&field(&row.action));
        for v in &row.eur {
            let _ = write!(out, ",{}", cents(*v));
        }
        let _ = writeln!(out, ",{}", cents(row.eur.iter().sum()));
    }
    let column_totals = matrix.column_totals();
    out.push_str("total");
    for v in &column_totals {
        let _ = write!(out, ",{}", cents(*v));
    }
    let _ = writeln!(out, ",{}", cents(column_totals.iter().sum()));
    out
}
