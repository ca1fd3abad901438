//! The comparison of several scenarios: `comparison.csv`, `comparison.json`, `comparison.md`
//! and `selection.csv` (action × scenario scale). Formats only what the results hold.

use crate::error::OutputResult as Result;
use crate::format::fixed;
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::t;
use crate::view::{comparison_lang, status_short};
use serde::Serialize;
use std::fmt::Write;

/// One scenario's row of the comparison.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonRow {
    /// Scenario name.
    pub scenario: String,
    /// Solve status.
    pub status: &'static str,
    /// Objective value (none without a plan).
    pub objective: Option<f64>,
    /// Per indicator: reached and target.
    pub indicators: Vec<IndicatorCell>,
    /// Cost of the funded actions (EUR).
    pub total_eur: f64,
    /// Money per source (EUR), in plan order.
    pub sources: Vec<(String, f64)>,
    /// Partners' cash (EUR).
    pub partner_cash_eur: f64,
    /// Own money (EUR).
    pub own_eur: f64,
    /// External EUR per own EUR.
    pub leverage: Option<f64>,
    /// Municipal staff hours over the plan.
    pub staff_hours: f64,
    /// Number of actions funded.
    pub actions_funded: usize,
    /// `must` actions that could not be funded.
    pub must_not_funded: Vec<String>,
    /// What limits the scenario, in a sentence: its plan's most valuable fully used limit, or,
    /// without a plan, the smallest change that gives one (none when not worked out).
    pub what_limits: Option<String>,
}

/// An indicator in one scenario.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorCell {
    /// Indicator name.
    pub indicator: String,
    /// Reached (none without a plan).
    pub reached: Option<f64>,
    /// Target minimum.
    pub target: Option<f64>,
}

/// The comparison rows, in input order.
pub fn rows(results: &[ScenarioResult]) -> Vec<ComparisonRow> {
    results
        .iter()
        .map(|r| {
            let plan = r.has_plan();
            ComparisonRow {
                scenario: r.scenario.clone(),
                status: r.status.as_str(),
                objective: r.objective,
                indicators: r
                    .indicators
                    .iter()
                    .map(|i| IndicatorCell {
                        indicator: i.indicator.clone(),
                        reached: plan.then_some(i.reached),
                        target: i.target,
                    })
                    .collect(),
                total_eur: r.money.total_cost_eur,
                sources: r
                    .sources
                    .iter()
                    .map(|s| (s.source.clone(), s.used_eur))
                    .collect(),
                partner_cash_eur: r.money.partner_cash_eur,
                own_eur: r.money.own_eur,
                leverage: r.money.leverage,
                staff_hours: r.staff.iter().map(|s| s.municipal_hours).sum(),
                actions_funded: r.selected.len(),
                must_not_funded: r.must_not_funded.clone(),
                what_limits: super::limits::headline(r),
            }
        })
        .collect()
}

fn opt(value: Option<f64>, decimals: usize) -> String {
    value.map_or(String::new(), |v| fixed(v, decimals))
}

/// `comparison.csv`: one row per scenario.
pub fn csv(results: &[ScenarioResult]) -> String {
    let rows = rows(results);
    let mut out = String::from("scenario,status,objective");
    if let Some(first) = rows.first() {
        for i in &first.indicators {
            let _ = write!(out, ",{0},{0}_target", i.indicator);
        }
        out.push_str(",total_eur");
        for (s, _) in &first.sources {
            let _ = write!(out, ",{s}_eur");
        }
    }
    out.push_str(",partner_cash_eur,own_eur,leverage,staff_hours,actions_funded,must_not_funded\n");
    for r in &rows {
        let name = if r.scenario.contains([',', '"']) {
            format!("\"{}\"", r.scenario.replace('"', "\"\""))
        } else {
            r.scenario.clone()
        };
        let _ = write!(out, "{name},{},{}", r.status, opt(r.objective, 4));
        for i in &r.indicators {
            let _ = write!(out, ",{},{}", opt(i.reached, 4), opt(i.target, 4));
        }
        let _ = write!(out, ",{}", fixed(r.total_eur, 2));
        for (_, used) in &r.sources {
            let _ = write!(out, ",{}", fixed(*used, 2));
        }
        let _ = writeln!(
            out,
            ",{},{},{},{},{},{}",
            fixed(r.partner_cash_eur, 2),
            fixed(r.own_eur, 2),
            opt(r.leverage, 4),
            fixed(r.staff_hours, 2),
            r.actions_funded,
            r.must_not_funded.join(";")
        );
    }
    out
}

/// `comparison.json`: the rows as a JSON array.
pub fn json(results: &[ScenarioResult]) -> Result<String> {
    let mut value = serde_json::to_value(rows(results))?;
    super::json::round(&mut value);
    Ok(serde_json::to_string_pretty(&value)? + "\n")
}

/// `selection.csv`: for every action (plan order of the first scenario), its scale per scenario.
pub fn selection_csv(results: &[ScenarioResult]) -> String {
    let mut out = String::from("action");
    for r in results {
        let _ = write!(out, ",{}", r.scenario.replace([',', '"'], " "));
    }
    out.push('\n');
    let Some(first) = results.first() else {
        return out;
    };
    for (i, a) in first.actions.iter().enumerate() {
        out.push_str(&a.action);
        for r in results {
            let scale = r
                .actions
                .get(i)
                .filter(|x| x.action == a.action)
                .map_or(0.0, |x| x.scale);
            let _ = write!(out, ",{}", fixed(scale, 4));
        }
        out.push('\n');
    }
    out
}

/// `comparison.md`: the comparison for reading.
pub fn markdown(results: &[ScenarioResult]) -> String {
    let tr = comparison_lang(results);
    let rows = rows(results);
    let mut out = format!("# {}\n\n", t!(tr, "cmp-title"));
    let columns = [
        t!(tr, "col-scenario"),
        t!(tr, "col-status"),
        t!(tr, "cmp-actions-funded"),
        t!(tr, "col-total"),
        t!(tr, "cmp-own-money"),
        t!(tr, "cmp-leverage"),
        t!(tr, "sec-staff-hours"),
        t!(tr, "cmp-must-not-funded"),
    ];
    let _ = writeln!(out, "| {} |", columns.join(" | "));
    out.push_str("|---|---|---:|---:|---:|---:|---:|---|\n");
    for (r, result) in rows.iter().zip(results) {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            r.scenario,
            status_short(tr, result.status),
            r.actions_funded,
            tr.eur(r.total_eur),
            tr.eur(r.own_eur),
            r.leverage.map_or("-".into(), |l| tr.fixed(l, 2)),
            tr.number(r.staff_hours, 0),
            if r.must_not_funded.is_empty() {
                "-".into()
            } else {
                r.must_not_funded.join(", ")
            }
        );
    }
    what_limits(&mut out, &rows, tr);
    if let Some(first) = rows.first() {
        let _ = write!(
            out,
            "\n## {}\n\n| {} |",
            t!(tr, "md-money-by-source"),
            t!(tr, "col-scenario")
        );
        for (s, _) in &first.sources {
            let _ = write!(out, " {s} |");
        }
        let _ = write!(out, " {} |\n|---|", t!(tr, "cmp-partners-cash"));
        for _ in 0..=first.sources.len() {
            out.push_str("---:|");
        }
        out.push('\n');
        for r in &rows {
            let _ = write!(out, "| {} |", r.scenario);
            for (_, used) in &r.sources {
                let _ = write!(out, " {} |", tr.number(*used, 0));
            }
            let _ = writeln!(out, " {} |", tr.number(r.partner_cash_eur, 0));
        }
        let _ = write!(
            out,
            "\n## {}\n\n| {} |",
            t!(tr, "cmp-indicators"),
            t!(tr, "col-scenario")
        );
        for i in &first.indicators {
            let _ = write!(out, " {} |", i.indicator);
        }
        out.push_str("\n|---|");
        for _ in &first.indicators {
            out.push_str("---:|");
        }
        out.push('\n');
        for r in &rows {
            let _ = write!(out, "| {} |", r.scenario);
            for i in &r.indicators {
                let reached = i.reached.map_or("-".into(), |v| tr.number(v, 0));
                let target = i
                    .target
                    .map_or(String::new(), |t| format!(" / {}", tr.number(t, 0)));
                let _ = write!(out, " {reached}{target} |");
            }
            out.push('\n');
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        t!(tr, "cmp-folders", selection = "`selection.csv`")
    );
    out
}

/// "What limits each scenario": one line per scenario with a known limit or fix.
fn what_limits(out: &mut String, rows: &[ComparisonRow], tr: &Tr) {
    if rows.iter().all(|r| r.what_limits.is_none()) {
        return;
    }
    let _ = writeln!(out, "\n## {}\n", t!(tr, "cmp-what-limits"));
    let _ = writeln!(out, "{}\n", t!(tr, "cmp-what-limits-intro"));
    for r in rows {
        if let Some(line) = &r.what_limits {
            let _ = writeln!(out, "- **{}:** {line}", r.scenario);
        }
    }
    let _ = writeln!(out, "\n{}", super::limits::caveat(tr, |c| format!("`{c}`")));
}
