//! What the reports show, computed once from a [`ScenarioResult`]: the payers (columns of every
//! funding table), the funding matrix (action × payer), the timeline (when each funded action
//! runs, who carries it, who pays) and the staff workload, and the words every format uses for
//! the independent check and the scenario's aim. Markdown, HTML, the workbook, the terminal text and
//! the charts take these from here rather than each working them out again.

pub mod holds;
pub mod monitor;
pub mod replan;
pub mod risk;
pub mod tables;
pub mod timeline;
pub mod workload;

use crate::domain::{Objective, SourceKind};
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::solve::SolveStatus;
use crate::t;
use std::collections::HashMap;

/// The independent check's verdict on a plan (a result with a plan has passed it: a plan that
/// fails it is never reported, see [`crate::checked::Failure::Verification`]).
pub fn check_passed(tr: &Tr) -> String {
    t!(tr, "check-passed")
}

/// What the scenario's objective aims for, in plain words.
pub fn aim_words(tr: &Tr, objective: Objective) -> String {
    match objective {
        Objective::MinOwnCost => t!(tr, "aim-min-own-cost"),
        Objective::MaxImpact => t!(tr, "aim-max-impact"),
    }
}

/// Plain words for a status.
pub fn status_words(result: &ScenarioResult) -> String {
    let tr = result.lang.tr();
    let gap = |gap: Option<f64>| tr.fixed(100.0 * gap.unwrap_or(f64::NAN), 2);
    match result.status {
        SolveStatus::Optimal => t!(tr, "status-optimal"),
        SolveStatus::WithinGap => t!(tr, "status-within-gap", gap = gap(result.gap.or(Some(0.0)))),
        SolveStatus::TimeLimit if result.has_plan() => {
            t!(tr, "status-time-limit-plan", gap = gap(result.gap))
        }
        SolveStatus::TimeLimit => t!(tr, "status-time-limit-no-plan"),
        SolveStatus::Infeasible if result.diagnosis.is_some() => {
            t!(tr, "status-infeasible-diagnosed")
        }
        SolveStatus::Infeasible => t!(tr, "status-infeasible"),
        SolveStatus::Unbounded => t!(tr, "status-unbounded"),
    }
}

/// The scenario's name as the charts show it: with the plan's standing when it is not proven
/// the best (a search stopped by `--time-limit` or `--mip-gap`), so that a chart on the wall
/// says so too.
pub fn scenario_label(result: &ScenarioResult) -> String {
    let tr = result.lang.tr();
    let gap = tr.fixed(100.0 * result.gap.unwrap_or(0.0), 2);
    match result.status {
        SolveStatus::TimeLimit => t!(
            tr,
            "chart-scenario-time-limit",
            scenario = &result.scenario,
            gap = gap
        ),
        SolveStatus::WithinGap if result.gap.is_some_and(|g| g > 0.0) => t!(
            tr,
            "chart-scenario-within-gap",
            scenario = &result.scenario,
            gap = gap
        ),
        _ => result.scenario.clone(),
    }
}

/// A status in one or two words, for tables (English: the status as `summary.json` writes it).
pub fn status_short(tr: &Tr, status: SolveStatus) -> String {
    match status {
        SolveStatus::Optimal => t!(tr, "status-short-optimal"),
        SolveStatus::WithinGap => t!(tr, "status-short-within-gap"),
        SolveStatus::TimeLimit => t!(tr, "status-short-time-limit"),
        SolveStatus::Infeasible => t!(tr, "status-short-infeasible"),
        SolveStatus::Unbounded => t!(tr, "status-short-unbounded"),
    }
}

/// The word for a target's kind: `hard` (must be met) or `soft` (a shortfall is penalised).
pub fn target_kind(tr: &Tr, hard: bool) -> String {
    if hard {
        t!(tr, "target-hard")
    } else {
        t!(tr, "target-soft")
    }
}

/// A target as a table cell: `1 500 (hard)`; `None` for an indicator without a target.
pub fn target_cell(tr: &Tr, target: Option<f64>, hard: Option<bool>) -> Option<String> {
    let t = target?;
    Some(format!(
        "{} ({})",
        tr.number(t, 0),
        target_kind(tr, hard == Some(true))
    ))
}

/// A source's kind in words (English: the kind as `sources.csv` writes it).
pub fn source_kind(tr: &Tr, kind: SourceKind) -> String {
    match kind {
        SourceKind::Own => t!(tr, "kind-own"),
        SourceKind::Eu => t!(tr, "kind-eu"),
        SourceKind::National => t!(tr, "kind-national"),
        SourceKind::Grant => t!(tr, "kind-grant"),
        SourceKind::Private => t!(tr, "kind-private"),
        SourceKind::Other => t!(tr, "kind-other"),
    }
}

/// The language of a comparison of `results`: its first scenario's (`compare --lang` gives
/// every scenario the same one); English when there is none.
pub fn comparison_lang(results: &[ScenarioResult]) -> &'static Tr {
    results.first().map(|r| r.lang).unwrap_or_default().tr()
}

/// Labels at the start of terminal lines (`Status:`), padded to one width so that what
/// follows them lines up: the longest label of the set and its colon and a space, or `min`.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    width: usize,
}

impl Labels {
    /// The width for `labels`, at least `min`.
    pub fn fit(labels: &[String], min: usize) -> Labels {
        let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        Labels {
            width: (longest + 2).max(min),
        }
    }

    /// `label:` padded to the width.
    pub fn pad(&self, label: &str) -> String {
        format!("{:<width$}", format!("{label}:"), width = self.width)
    }

    /// Spaces as wide as a label.
    pub fn blank(&self) -> String {
        " ".repeat(self.width)
    }
}

/// A column of a funding table: a funding source, or a partner that gives cash.
#[derive(Debug, Clone, PartialEq)]
pub struct PayerColumn {
    /// Source or partner id (as in `allocation.csv`).
    pub id: String,
    /// Readable name (the id when the name is empty).
    pub name: String,
    /// True for a partner, false for a funding source.
    pub partner: bool,
}

/// The payers of a funding table: every source, then the partners that gave cash, in plan
/// order.
pub fn payers(result: &ScenarioResult) -> Vec<PayerColumn> {
    let sources = result.sources.iter().map(|s| PayerColumn {
        id: s.source.clone(),
        name: display_name(&s.source, &s.name).to_string(),
        partner: false,
    });
    let partners = result
        .partners
        .iter()
        .filter(|p| p.cash_eur > 0.0)
        .map(|p| PayerColumn {
            id: p.partner.clone(),
            name: display_name(&p.partner, &p.name).to_string(),
            partner: true,
        });
    sources.chain(partners).collect()
}

/// Readable names of every source and partner by id.
pub fn payer_names(result: &ScenarioResult) -> HashMap<&str, &str> {
    let sources = result
        .sources
        .iter()
        .map(|s| (s.source.as_str(), s.name.as_str()));
    let partners = result
        .partners
        .iter()
        .map(|p| (p.partner.as_str(), p.name.as_str()));
    sources
        .chain(partners)
        .map(|(id, name)| (id, display_name(id, name)))
        .collect()
}

/// A payer's name for readers: its name, or its id when the name is empty.
fn display_name<'a>(id: &'a str, name: &'a str) -> &'a str {
    if name.trim().is_empty() {
        id
    } else {
        name
    }
}

/// One funded action's row of the funding matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixRow {
    /// Action id.
    pub action: String,
    /// Action name.
    pub name: String,
    /// EUR from each payer over the whole plan, in [`FundingMatrix::payers`] order.
    pub eur: Vec<f64>,
}

/// The money each payer gives each funded action over the whole plan.
#[derive(Debug, Clone, PartialEq)]
pub struct FundingMatrix {
    /// The columns.
    pub payers: Vec<PayerColumn>,
    /// One row per funded action, in plan order.
    pub rows: Vec<MatrixRow>,
}

impl FundingMatrix {
    /// The matrix of `result`, summed from its money flows.
    pub fn of(result: &ScenarioResult) -> FundingMatrix {
        let payers = payers(result);
        let column: HashMap<&str, usize> = payers
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let row: HashMap<&str, usize> = result
            .selected
            .iter()
            .enumerate()
            .map(|(i, a)| (a.action.as_str(), i))
            .collect();
        let mut rows: Vec<MatrixRow> = result
            .selected
            .iter()
            .map(|a| MatrixRow {
                action: a.action.clone(),
                name: a.name.clone(),
                eur: vec![0.0; payers.len()],
            })
            .collect();
        for f in &result.flows {
            if let (Some(&r), Some(&c)) = (row.get(f.action.as_str()), column.get(f.payer.as_str()))
            {
                rows[r].eur[c] += f.amount_eur;
            }
        }
        FundingMatrix { payers, rows }
    }

    /// Each payer's total over the funded actions.
    pub fn column_totals(&self) -> Vec<f64> {
        let mut totals = vec![0.0; self.payers.len()];
        for row in &self.rows {
            for (total, v) in totals.iter_mut().zip(&row.eur) {
                *total += v;
            }
        }
        totals
    }
}
