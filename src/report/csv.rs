//! `allocation.csv` (one row per money flow), `funding_matrix.csv` (action × payer totals) and
//! `timeline.csv` (when each funded action runs, who carries it, who pays).

use crate::format::fixed;
use crate::result::ScenarioResult;
use crate::view::timeline::Timeline;
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

/// The columns of `timeline.csv`.
pub const TIMELINE_COLUMNS: [&str; 13] = [
    "action",
    "name",
    "goal",
    "owner",
    "start",
    "end",
    "delay_periods",
    "written_start",
    "latest_start",
    "deadline",
    "main_payer",
    "main_payer_share",
    "payers",
];

/// `timeline.csv`: one row per funded action, in plan order: who carries it, the first and
/// last period it runs in (labels), how many periods later than written it starts and the
/// period it was written to start in, its `latest_start` and `deadline` (empty when not given),
/// and who pays: the main payer (the largest share of its money), that share (0 to 1), and
/// every payer with its share, largest first (`esf_plus:0.85;municipal:0.15`).
pub fn timeline(result: &ScenarioResult) -> String {
    let timeline = Timeline::of(result);
    let mut out = TIMELINE_COLUMNS.join(",");
    out.push('\n');
    let label = |p: Option<usize>| p.map_or("", |p| timeline.periods[p].as_str());
    for row in &timeline.rows {
        let main = row.main_payer();
        let payers: Vec<String> = row
            .payers
            .iter()
            .map(|p| format!("{}:{}", p.id, fixed(p.share, 2)))
            .collect();
        let cells = [
            field(&row.action),
            field(&row.name),
            field(&row.goal),
            field(row.owner.as_deref().unwrap_or("")),
            field(label(row.runs.map(|r| r.0))),
            field(label(row.runs.map(|r| r.1))),
            row.delay.to_string(),
            field(label(row.written.map(|w| w.0))),
            field(label(row.latest_start)),
            field(label(row.deadline)),
            field(main.map_or("", |m| m.id.as_str())),
            main.map_or(String::new(), |m| fixed(m.share, 2)),
            field(&payers.join(";")),
        ];
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}
