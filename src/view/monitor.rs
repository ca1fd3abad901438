//! What the reports of `fundmix monitor` show, built once from a [`Monitor`]: the sentences
//! (the run in one line, each warning in plain words) and the tables (actions, payers, money
//! per period, indicators, absorption), which monitor.md, monitor.html and monitor.xlsx all
//! write.

use super::source_kind;
use super::tables::{Cell, Column, Table};
use crate::analyse::monitor::absorption::SourceAbsorption;
use crate::analyse::monitor::indicators::IndicatorProgress;
use crate::analyse::monitor::variance::{ActionState, Amounts, PayerType};
use crate::analyse::monitor::{Monitor, Warning};
use crate::i18n::Tr;
use crate::t;

/// "Monitoring – Baseline, up to and including 2025".
pub fn title(tr: &Tr, m: &Monitor) -> String {
    t!(tr, "mon-title", scenario = &m.scenario, as_of = &m.as_of)
}

/// The run's two facts as (label, words): money spent against planned up to `as_of`, and the
/// plan's total to its last period. monitor.md and monitor.html both list them.
pub fn facts(tr: &Tr, m: &Monitor) -> [(String, String); 2] {
    let total = &m.spending.total;
    [
        (
            t!(tr, "mon-spent-label", as_of = &m.as_of),
            t!(
                tr,
                "mon-spent-of-planned",
                spent = tr.eur(total.spent_eur),
                planned = tr.eur(total.planned_to_date_eur),
                variance = total_variance(tr, m)
            ),
        ),
        (
            t!(tr, "mon-plan-label"),
            t!(
                tr,
                "mon-plan-total",
                total = tr.eur(total.planned_total_eur),
                last = m.periods.last().map_or("", String::as_str)
            ),
        ),
    ]
}

/// The run in a sentence: money spent against planned, and how many warnings.
pub fn intro(tr: &Tr, m: &Monitor) -> String {
    let total = &m.spending.total;
    t!(
        tr,
        "mon-intro",
        as_of = &m.as_of,
        spent = tr.eur(total.spent_eur),
        planned = tr.eur(total.planned_to_date_eur),
        share = total
            .variance_share
            .map_or("-".into(), |s| signed_percent(tr, s)),
        warnings = m.warnings.len()
    )
}

/// A share as a signed percentage: `+12%`, `-40%`, `0%`.
pub fn signed_percent(tr: &Tr, share: f64) -> String {
    let rounded = (100.0 * share).round();
    if rounded > 0.0 {
        format!("+{}", tr.percent(share, 0))
    } else if rounded == 0.0 {
        tr.percent(0.0, 0)
    } else {
        tr.percent(share, 0)
    }
}

/// An amount as a signed sum: `+1 200 EUR`, `-3 000 EUR`.
fn signed_eur(tr: &Tr, value: f64) -> String {
    if value.round() > 0.0 {
        format!("+{}", tr.eur(value))
    } else {
        tr.eur(value)
    }
}

/// Whether a warning is about money at risk or a target (`Urgent`) or about one action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// Money that may be lost, or a target out of reach.
    Urgent,
    /// Something to look at.
    Check,
}

/// How much a warning weighs.
pub fn weight(warning: &Warning) -> Weight {
    match warning {
        Warning::MoneyAtRisk { .. }
        | Warning::PlannedAfterDeadline { .. }
        | Warning::TargetOutOfReach { .. } => Weight::Urgent,
        Warning::SlowEuSpending { .. }
        | Warning::Overrun { .. }
        | Warning::NotInPlan { .. }
        | Warning::PayerNotInPlan { .. }
        | Warning::NotStarted { .. } => Weight::Check,
    }
}

/// A warning in plain words.
pub fn warning_words(tr: &Tr, m: &Monitor, warning: &Warning) -> String {
    let number = |v: f64| tr.number(v, 0);
    match warning {
        Warning::MoneyAtRisk {
            name,
            at_risk_eur,
            spend_by,
            passed: false,
            ..
        } => t!(
            tr,
            "mon-warn-at-risk",
            name = name,
            amount = tr.eur(*at_risk_eur),
            spend_by = spend_by
        ),
        Warning::MoneyAtRisk {
            name,
            at_risk_eur,
            spend_by,
            passed: true,
            ..
        } => t!(
            tr,
            "mon-warn-lost",
            name = name,
            amount = tr.eur(*at_risk_eur),
            spend_by = spend_by
        ),
        Warning::PlannedAfterDeadline {
            name,
            eur,
            spend_by,
            ..
        } => t!(
            tr,
            "mon-warn-after-deadline",
            name = name,
            amount = tr.eur(*eur),
            spend_by = spend_by
        ),
        Warning::SlowEuSpending {
            name, behind_eur, ..
        } => t!(
            tr,
            "mon-warn-slow-eu",
            name = name,
            amount = tr.eur(*behind_eur),
            as_of = &m.as_of
        ),
        Warning::TargetOutOfReach {
            indicator,
            target,
            projected,
        } => t!(
            tr,
            "mon-warn-target",
            indicator = indicator,
            target = number(*target),
            projected = number(*projected)
        ),
        Warning::Overrun {
            action,
            planned_eur,
            spent_eur,
        } => t!(
            tr,
            "mon-warn-overrun",
            action = action,
            spent = tr.eur(*spent_eur),
            over = tr.eur(spent_eur - planned_eur),
            planned = tr.eur(*planned_eur),
            as_of = &m.as_of
        ),
        Warning::NotInPlan { action, spent_eur } => t!(
            tr,
            "mon-warn-not-in-plan",
            action = action,
            spent = tr.eur(*spent_eur)
        ),
        Warning::PayerNotInPlan {
            action,
            payer,
            spent_eur,
        } => t!(
            tr,
            "mon-warn-payer-not-in-plan",
            action = action,
            payer = payer,
            spent = tr.eur(*spent_eur)
        ),
        Warning::NotStarted {
            action,
            planned_eur,
        } => t!(
            tr,
            "mon-warn-not-started",
            action = action,
            planned = tr.eur(*planned_eur),
            as_of = &m.as_of
        ),
    }
}

/// Every warning in words, with its weight.
pub fn warnings(tr: &Tr, m: &Monitor) -> Vec<(Weight, String)> {
    m.warnings
        .iter()
        .map(|w| (weight(w), warning_words(tr, m, w)))
        .collect()
}

/// An action's state in words (with the reason of a stopped action, when given).
pub fn state_words(tr: &Tr, state: ActionState, reason: Option<&str>) -> String {
    match state {
        ActionState::OnPlan => t!(tr, "mon-state-on-plan"),
        ActionState::Over => t!(tr, "mon-state-over"),
        ActionState::Behind => t!(tr, "mon-state-behind"),
        ActionState::NotStarted => t!(tr, "mon-state-not-started"),
        ActionState::NotDue => t!(tr, "mon-state-not-due"),
        ActionState::NotInPlan => t!(tr, "mon-state-not-in-plan"),
        ActionState::Stopped => match reason {
            Some(reason) => t!(tr, "mon-state-stopped-because", reason = reason),
            None => t!(tr, "mon-state-stopped"),
        },
    }
}

/// The money columns shared by the action and payer tables.
fn amount_columns(tr: &Tr, m: &Monitor) -> [Column; 5] {
    [
        Column::numbers(t!(tr, "mon-col-planned-total")),
        Column::numbers(t!(tr, "mon-col-planned-to-date", as_of = &m.as_of)),
        Column::numbers(t!(tr, "mon-col-spent")),
        Column::numbers(t!(tr, "mon-col-variance")),
        Column::numbers(t!(tr, "mon-col-variance-share")),
    ]
}

/// The cells of [`amount_columns`].
fn amount_cells(a: &Amounts) -> [Cell; 5] {
    [
        Cell::Eur(a.planned_total_eur),
        Cell::Eur(a.planned_to_date_eur),
        Cell::Eur(a.spent_eur),
        Cell::Eur(a.variance_eur),
        a.variance_share.map_or(Cell::Missing, Cell::Share),
    ]
}

/// Per action: its state, planned and spent money, and the variance.
pub fn actions_table(tr: &Tr, m: &Monitor) -> Table {
    let mut columns = vec![
        Column::words(t!(tr, "col-action")),
        Column::words(t!(tr, "col-name")),
        Column::words(t!(tr, "mon-col-state")),
    ];
    columns.extend(amount_columns(tr, m));
    let rows = m
        .spending
        .actions
        .iter()
        .map(|a| {
            let mut row = vec![
                Cell::Id(a.action.clone()),
                Cell::Text(a.name.clone()),
                Cell::Text(state_words(tr, a.state, a.stop_reason.as_deref())),
            ];
            row.extend(amount_cells(&a.amounts));
            row
        })
        .collect();
    let mut total = vec![Cell::Text(t!(tr, "col-total")), Cell::Empty, Cell::Empty];
    total.extend(amount_cells(&m.spending.total));
    Table {
        columns,
        rows,
        total: Some(total),
    }
}

/// Per source, then per partner paying cash: planned and spent money, and the variance.
pub fn payers_table(tr: &Tr, m: &Monitor) -> Table {
    let mut columns = vec![
        Column::words(t!(tr, "mon-col-payer")),
        Column::words(t!(tr, "col-kind")),
    ];
    columns.extend(amount_columns(tr, m));
    let rows = m
        .spending
        .payers
        .iter()
        .map(|p| {
            let kind = match (p.payer_type, p.kind) {
                (PayerType::Source, Some(kind)) => source_kind(tr, kind),
                (PayerType::Source, None) | (PayerType::Partner, _) => {
                    t!(tr, "mon-kind-partner")
                }
            };
            let mut row = vec![
                Cell::Named {
                    name: p.name.clone(),
                    id: p.payer.clone(),
                },
                Cell::Text(kind),
            ];
            row.extend(amount_cells(&p.amounts));
            row
        })
        .collect();
    let mut total = vec![Cell::Text(t!(tr, "col-total")), Cell::Empty];
    total.extend(amount_cells(&m.spending.total));
    Table {
        columns,
        rows,
        total: Some(total),
    }
}

/// Per action, payer and period up to `as_of`: planned, spent, variance.
pub fn periods_table(tr: &Tr, m: &Monitor) -> Table {
    Table {
        columns: vec![
            Column::words(t!(tr, "col-action")),
            Column::words(t!(tr, "mon-col-payer")),
            Column::words(t!(tr, "col-year")),
            Column::numbers(t!(tr, "mon-col-planned")),
            Column::numbers(t!(tr, "mon-col-spent")),
            Column::numbers(t!(tr, "mon-col-variance")),
            Column::numbers(t!(tr, "mon-col-variance-share")),
        ],
        rows: m
            .spending
            .rows
            .iter()
            .map(|r| {
                vec![
                    Cell::Id(r.action.clone()),
                    Cell::Id(r.payer.clone()),
                    Cell::Text(r.period.clone()),
                    Cell::Eur(r.planned_eur),
                    Cell::Eur(r.spent_eur),
                    Cell::Eur(r.variance_eur),
                    r.variance_share.map_or(Cell::Missing, Cell::Share),
                ]
            })
            .collect(),
        total: None,
    }
}

/// Whether an indicator's target can still be reached, in words.
pub fn reachable_words(tr: &Tr, i: &IndicatorProgress) -> String {
    match (i.target, i.reachable) {
        (Some(_), Some(true)) => t!(tr, "mon-reachable"),
        (Some(target), Some(false)) => t!(
            tr,
            "mon-out-of-reach",
            short = tr.number(target - i.projected_end, 1)
        ),
        _ => t!(tr, "verdict-no-target"),
    }
}

/// Per indicator: target, reached so far, the plan's trajectory, what it still expects and the
/// projection at the end.
pub fn indicators_table(tr: &Tr, m: &Monitor) -> Table {
    let last = m.periods.last().cloned().unwrap_or_default();
    Table {
        columns: vec![
            Column::words(t!(tr, "col-indicator")),
            Column::numbers(t!(tr, "col-target")),
            Column::numbers(t!(tr, "mon-col-reached", as_of = &m.as_of)),
            Column::numbers(t!(tr, "mon-col-planned-by", period = &m.as_of)),
            Column::numbers(t!(tr, "mon-col-still-expected")),
            Column::numbers(t!(tr, "mon-col-projected", period = &last)),
            Column::numbers(t!(tr, "mon-col-planned-by", period = &last)),
            Column::words(t!(tr, "mon-col-target-verdict")),
        ],
        rows: m
            .indicators
            .iter()
            .map(|i| {
                vec![
                    Cell::Id(i.indicator.clone()),
                    match (i.target, i.hard) {
                        (Some(value), hard) => Cell::Target {
                            value,
                            hard: hard == Some(true),
                        },
                        (None, _) => Cell::Missing,
                    },
                    Cell::Points(i.reached, 1),
                    Cell::Points(i.planned_to_date, 1),
                    Cell::Points(i.still_expected, 1),
                    Cell::Points(i.projected_end, 1),
                    Cell::Points(i.planned_end, 1),
                    Cell::Text(reachable_words(tr, i)),
                ]
            })
            .collect(),
        total: None,
    }
}

/// Per source: committed, spent, remaining and at risk under its deadline.
pub fn absorption_table(tr: &Tr, m: &Monitor) -> Table {
    let rows = m
        .absorption
        .iter()
        .map(|s: &SourceAbsorption| {
            vec![
                Cell::Named {
                    name: s.name.clone(),
                    id: s.source.clone(),
                },
                Cell::Text(source_kind(tr, s.kind)),
                s.spend_by.as_ref().map_or_else(
                    || Cell::Words(t!(tr, "mon-no-deadline")),
                    |p| Cell::Text(p.clone()),
                ),
                Cell::Eur(s.committed_eur),
                Cell::Eur(s.planned_to_date_eur),
                Cell::Eur(s.spent_eur),
                s.absorbed_share.map_or(Cell::Missing, Cell::Share),
                Cell::Eur(s.remaining_eur),
                Cell::Eur(s.still_planned_eur),
                s.at_risk_eur.map_or(Cell::Missing, Cell::Eur),
            ]
        })
        .collect();
    let sum = |f: &dyn Fn(&SourceAbsorption) -> f64| {
        Cell::Eur(m.absorption.iter().map(f).fold(0.0, |a, b| a + b))
    };
    Table {
        columns: vec![
            Column::words(t!(tr, "col-source")),
            Column::words(t!(tr, "col-kind")),
            Column::words(t!(tr, "mon-col-spend-by")),
            Column::numbers(t!(tr, "mon-col-committed")),
            Column::numbers(t!(tr, "mon-col-planned-to-date", as_of = &m.as_of)),
            Column::numbers(t!(tr, "mon-col-spent")),
            Column::numbers(t!(tr, "mon-col-absorbed")),
            Column::numbers(t!(tr, "mon-col-remaining")),
            Column::numbers(t!(tr, "mon-col-still-planned")),
            Column::numbers(t!(tr, "mon-col-at-risk")),
        ],
        rows,
        total: Some(vec![
            Cell::Text(t!(tr, "col-total")),
            Cell::Empty,
            Cell::Empty,
            sum(&|s| s.committed_eur),
            sum(&|s| s.planned_to_date_eur),
            sum(&|s| s.spent_eur),
            Cell::Empty,
            sum(&|s| s.remaining_eur),
            sum(&|s| s.still_planned_eur),
            sum(&|s| s.at_risk_eur.unwrap_or(0.0)),
        ]),
    }
}

/// The signed variance of the whole plan to date, in words: `-12 000 EUR (-8%)`.
pub fn total_variance(tr: &Tr, m: &Monitor) -> String {
    let total = &m.spending.total;
    match total.variance_share {
        Some(share) => format!(
            "{} ({})",
            signed_eur(tr, total.variance_eur),
            signed_percent(tr, share)
        ),
        None => signed_eur(tr, total.variance_eur),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn signed_shares_and_amounts() {
        let tr = Lang::En.tr();
        assert_eq!(signed_percent(tr, 0.25), "+25%");
        assert_eq!(signed_percent(tr, -0.4), "-40%");
        assert_eq!(signed_percent(tr, -0.001), "0%");
        assert_eq!(signed_eur(tr, 1200.0), "+1 200 EUR");
        assert_eq!(signed_eur(tr, -3000.0), "-3 000 EUR");
    }
}
