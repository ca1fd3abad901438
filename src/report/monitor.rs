//! The files and the terminal text of `fundmix monitor`: `monitor.json` (everything),
//! `monitor.md` and `monitor.html` (for reading; the page with the charts), `variance.csv`
//! (per action, payer and period), `indicators.csv`, `absorption.csv`, the burn-up charts
//! (`charts/burnup_<indicator>.svg` and `.png`) and, when asked, `monitor.xlsx`.
//!
//! Like every report it formats what the [`Monitor`] holds and computes nothing new; the words
//! and tables come from [`crate::view::monitor`].

use super::csv::field;
use super::markdown::table;
use crate::analyse::monitor::Monitor;
use crate::error::OutputResult as Result;
use crate::format::fixed;
use crate::plot::Chart;
use crate::t;
use crate::view::monitor::{self as view, Weight};
use std::fmt::Write;

/// Every file of the folder: (name, content); with `xlsx`, the workbook too.
pub fn files(m: &Monitor, xlsx: bool) -> Result<Vec<(String, Vec<u8>)>> {
    let charts = crate::plot::burnup::charts(m)?;
    let mut value = serde_json::to_value(m)?;
    super::json::round(&mut value);
    let mut files = vec![
        (
            "monitor.json".to_string(),
            (serde_json::to_string_pretty(&value)? + "\n").into_bytes(),
        ),
        ("monitor.md".into(), markdown(m, &charts).into_bytes()),
        (
            "monitor.html".into(),
            super::html::monitor_html(m, &charts).into_bytes(),
        ),
        ("variance.csv".into(), variance_csv(m).into_bytes()),
        ("indicators.csv".into(), indicators_csv(m).into_bytes()),
        ("absorption.csv".into(), absorption_csv(m).into_bytes()),
    ];
    for (stem, chart) in &charts {
        files.push((format!("charts/{stem}.svg"), chart.svg.clone().into_bytes()));
        files.push((format!("charts/{stem}.png"), chart.png.clone()));
    }
    if xlsx {
        files.push(("monitor.xlsx".into(), super::xlsx::monitor_workbook(m)?));
    }
    Ok(files)
}

/// A share as a percentage with one decimal for a CSV file (empty when there is none).
fn pct(share: Option<f64>) -> String {
    share.map_or(String::new(), |s| fixed(100.0 * s, 1))
}

/// A CSV amount in EUR with cents.
fn eur(value: f64) -> String {
    fixed(value, 2)
}

/// `variance.csv`: one row per action, payer and period up to `as_of` with money planned or
/// spent: `action,payer,payer_type,period,planned_eur,spent_eur,variance_eur,variance_pct`.
pub fn variance_csv(m: &Monitor) -> String {
    let mut out = String::from(
        "action,payer,payer_type,period,planned_eur,spent_eur,variance_eur,variance_pct\n",
    );
    for r in &m.spending.rows {
        let payer_type = match r.payer_type {
            crate::analyse::monitor::variance::PayerType::Source => "source",
            crate::analyse::monitor::variance::PayerType::Partner => "partner",
        };
        let _ = writeln!(
            out,
            "{},{},{payer_type},{},{},{},{},{}",
            field(&r.action),
            field(&r.payer),
            field(&r.period),
            eur(r.planned_eur),
            eur(r.spent_eur),
            eur(r.variance_eur),
            pct(r.variance_share)
        );
    }
    out
}

/// `indicators.csv`: one row per indicator: its target, what was reached, the plan's figures,
/// whether the target is reachable (`true`/`false`, empty without a target), then the plan's
/// trajectory (`planned_<period>`, cumulative) and what was reached (`reached_<period>`,
/// cumulative, up to `as_of`).
pub fn indicators_csv(m: &Monitor) -> String {
    let mut out = String::from(
        "indicator,target,hard,reached,planned_to_date,still_expected,projected_end,planned_end,reachable",
    );
    for p in &m.periods {
        let _ = write!(out, ",{}", field(&format!("planned_{p}")));
    }
    for p in &m.periods[..=m.as_of_index] {
        let _ = write!(out, ",{}", field(&format!("reached_{p}")));
    }
    out.push('\n');
    let value = |v: f64| fixed(v, 2);
    for i in &m.indicators {
        let _ = write!(
            out,
            "{},{},{},{},{},{},{},{},{}",
            field(&i.indicator),
            i.target.map_or(String::new(), value),
            i.hard.map_or(String::new(), |h| h.to_string()),
            value(i.reached),
            value(i.planned_to_date),
            value(i.still_expected),
            value(i.projected_end),
            value(i.planned_end),
            i.reachable.map_or(String::new(), |r| r.to_string()),
        );
        for v in i.planned_cumulative.iter().chain(&i.reached_cumulative) {
            let _ = write!(out, ",{}", value(*v));
        }
        out.push('\n');
    }
    out
}

/// `absorption.csv`: one row per source, as the absorption table (amounts in EUR with cents,
/// `absorbed_pct` in percent, `at_risk_eur` empty for a source without a deadline).
pub fn absorption_csv(m: &Monitor) -> String {
    let mut out = String::from(
        "source,kind,spend_by,committed_eur,planned_to_date_eur,spent_eur,absorbed_pct,\
         behind_eur,remaining_eur,still_planned_eur,at_risk_eur,planned_after_deadline_eur\n",
    );
    for s in &m.absorption {
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{},{},{}",
            field(&s.source),
            s.kind.as_str(),
            s.spend_by.as_deref().map_or(String::new(), field),
            eur(s.committed_eur),
            eur(s.planned_to_date_eur),
            eur(s.spent_eur),
            pct(s.absorbed_share),
            eur(s.behind_eur),
            eur(s.remaining_eur),
            eur(s.still_planned_eur),
            s.at_risk_eur.map_or(String::new(), eur),
            eur(s.planned_after_deadline_eur),
        );
    }
    out
}

/// `monitor.md`.
pub fn markdown(m: &Monitor, charts: &[(String, Chart)]) -> String {
    let tr = m.lang.tr();
    let mut out = format!("# {}\n\n{}\n\n", view::title(tr, m), view::intro(tr, m));
    for (label, words) in view::facts(tr, m) {
        let _ = writeln!(out, "- **{label}:** {words}");
    }
    out.push('\n');

    let _ = writeln!(out, "## {}\n", t!(tr, "mon-attention-heading"));
    let warnings = view::warnings(tr, m);
    if warnings.is_empty() {
        let _ = writeln!(out, "{}\n", t!(tr, "mon-nothing-to-flag"));
    }
    for (weight, words) in &warnings {
        match weight {
            Weight::Urgent => {
                let _ = writeln!(out, "- **{}** {words}", t!(tr, "mon-urgent"));
            }
            Weight::Check => {
                let _ = writeln!(out, "- {words}");
            }
        }
    }
    if !warnings.is_empty() {
        out.push('\n');
    }

    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        t!(tr, "mon-actions-heading"),
        t!(tr, "mon-actions-hint", as_of = &m.as_of)
    );
    table(&mut out, tr, &view::actions_table(tr, m));
    let _ = writeln!(out, "\n## {}\n", t!(tr, "mon-payers-heading"));
    table(&mut out, tr, &view::payers_table(tr, m));

    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        t!(tr, "mon-indicators-heading"),
        t!(tr, "mon-indicators-hint")
    );
    table(&mut out, tr, &view::indicators_table(tr, m));
    for (stem, chart) in charts {
        let _ = writeln!(out, "\n![{}](charts/{stem}.png)", chart.title);
    }

    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        t!(tr, "mon-absorption-heading"),
        t!(tr, "mon-absorption-hint")
    );
    table(&mut out, tr, &view::absorption_table(tr, m));

    let _ = writeln!(out, "\n## {}\n", t!(tr, "mon-periods-heading"));
    table(&mut out, tr, &view::periods_table(tr, m));
    if let Some(replan) = &m.replan {
        let _ = writeln!(
            out,
            "\n## {}\n\n{}\n",
            crate::view::replan::heading(tr, m),
            crate::view::replan::summary(tr, m, replan)
        );
        if let Some(changes) = crate::view::replan::changes_table(tr, m, replan) {
            table(&mut out, tr, &changes);
        }
        if let Some(money) = crate::view::replan::money_table(tr, replan) {
            let _ = writeln!(out, "\n### {}\n", t!(tr, "replan-money-heading"));
            table(&mut out, tr, &money);
        }
    }
    let _ = writeln!(out, "\n{}", t!(tr, "mon-files"));
    out
}

/// The terminal text: the run in a sentence and every warning.
pub fn text(m: &Monitor) -> String {
    let tr = m.lang.tr();
    let mut out = format!("{}\n{}\n", view::title(tr, m), view::intro(tr, m));
    for (weight, words) in view::warnings(tr, m) {
        let mark = match weight {
            Weight::Urgent => "!",
            Weight::Check => "-",
        };
        let _ = writeln!(out, "  {mark} {words}");
    }
    if let Some(replan) = &m.replan {
        let _ = writeln!(
            out,
            "{}: {}",
            crate::view::replan::heading(tr, m),
            crate::view::replan::summary(tr, m, replan)
        );
        for c in &replan.actions {
            let _ = writeln!(
                out,
                "  - {}: {}: {}",
                c.action,
                crate::view::replan::change_words(tr, &m.periods, &c.change),
                crate::view::replan::why_words(tr, c.why)
            );
        }
    }
    out
}
