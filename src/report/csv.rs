//! `allocation.csv` (one row per money flow) and `funding_matrix.csv` (action × payer totals).

use crate::format::fixed;
use crate::result::ScenarioResult;
use std::collections::HashMap;
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

/// The payers that appear in the matrix: every source, then partners that gave cash.
pub fn payers(result: &ScenarioResult) -> Vec<String> {
    let mut payers: Vec<String> = result.sources.iter().map(|s| s.source.clone()).collect();
    payers.extend(
        result
            .partners
            .iter()
            .filter(|p| p.cash_eur > 0.0)
            .map(|p| p.partner.clone()),
    );
    payers
}

/// Totals per (funded action, payer) over all periods, in result order.
pub fn matrix(result: &ScenarioResult) -> Vec<(String, Vec<f64>)> {
    let payers = payers(result);
    let column: HashMap<&str, usize> = payers
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_str(), i))
        .collect();
    let row: HashMap<&str, usize> = result
        .selected
        .iter()
        .enumerate()
        .map(|(i, a)| (a.action.as_str(), i))
        .collect();
    let mut rows: Vec<(String, Vec<f64>)> = result
        .selected
        .iter()
        .map(|a| (a.action.clone(), vec![0.0; payers.len()]))
        .collect();
    for f in &result.flows {
        if let (Some(&r), Some(&c)) = (row.get(f.action.as_str()), column.get(f.payer.as_str())) {
            rows[r].1[c] += f.amount_eur;
        }
    }
    rows
}

/// `action,<payer>...,total_eur` for each funded action, then a `total` row.
pub fn funding_matrix(result: &ScenarioResult) -> String {
    let payers = payers(result);
    let mut out = String::from("action");
    for p in &payers {
        let _ = write!(out, ",{}", field(p));
    }
    out.push_str(",total_eur\n");
    let rows = matrix(result);
    let mut column_totals = vec![0.0; payers.len()];
    for (action, row) in &rows {
        out.push_str(&field(action));
        for (total, v) in column_totals.iter_mut().zip(row) {
            *total += v;
            let _ = write!(out, ",{}", cents(*v));
        }
        let _ = writeln!(out, ",{}", cents(row.iter().sum()));
    }
    out.push_str("total");
    for v in &column_totals {
        let _ = write!(out, ",{}", cents(*v));
    }
    let _ = writeln!(out, ",{}", cents(column_totals.iter().sum()));
    out
}
