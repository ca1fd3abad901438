//! The re-plan's part of the monitoring report (`fundmix monitor`): the re-plan in a sentence,
//! what it changes against the plan as adopted with why, and how each source's money ahead
//! moves. Built once from [`Monitor::replan`]; Markdown, HTML and the workbook only render it.

use super::tables::{Cell, Column, Table};
use crate::analyse::monitor::{Monitor, Replan};
use crate::analyse::replan::{Change, Why};
use crate::i18n::Tr;
use crate::solve::SolveStatus;
use crate::t;

/// What changed for one action, in words (`moved from 2025 to 2026`); `periods` are the plan's.
pub fn change_words(tr: &Tr, periods: &[String], change: &Change) -> String {
    match change {
        Change::Added => t!(tr, "replan-added"),
        Change::Dropped => t!(tr, "replan-dropped"),
        Change::Delayed { from, to } => t!(
            tr,
            "replan-delayed",
            from = &periods[*from],
            to = &periods[*to]
        ),
        Change::Advanced { from, to } => t!(
            tr,
            "replan-advanced",
            from = &periods[*from],
            to = &periods[*to]
        ),
        Change::Stopped => t!(tr, "replan-stopped"),
    }
}

/// Why an action changed, in words.
pub fn why_words(tr: &Tr, why: Why) -> String {
    match why {
        Why::StoppedByUser => t!(tr, "replan-why-stopped"),
        Why::StartPassed => t!(tr, "replan-why-start-passed"),
        Why::NotStartedInTime => t!(tr, "replan-why-not-started"),
        Why::MoneyLeftGoesFurther => t!(tr, "replan-why-money-left"),
        Why::MoneyFreed => t!(tr, "replan-why-money-freed"),
        Why::SpentAlready => t!(tr, "replan-why-spent-already"),
        Why::FitsLater => t!(tr, "replan-why-fits-later"),
    }
}

/// The heading of the re-plan's section: `Re-plan of 2026–2027`.
pub fn heading(tr: &Tr, m: &Monitor) -> String {
    let ahead = &m.periods[(m.as_of_index + 1).min(m.periods.len() - 1)..];
    let span = match ahead {
        [only] => only.clone(),
        [first, .., last] => format!("{first}–{last}"),
        [] => m.as_of.clone(),
    };
    t!(tr, "replan-heading", periods = span)
}

/// The re-plan in a sentence or two: whether there is one, its objective against the plan as
/// adopted, how many actions change.
pub fn summary(tr: &Tr, m: &Monitor, replan: &Replan) -> String {
    let Some(objective) = replan.objective.filter(|_| replan.allocation.is_some()) else {
        return t!(
            tr,
            "replan-no-plan",
            status = super::status_short(tr, replan.status)
        );
    };
    let adopted = replan.objective_adopted.unwrap_or(f64::NAN);
    let status = match replan.status {
        SolveStatus::Optimal => String::new(),
        other => format!(" ({})", super::status_short(tr, other)),
    };
    t!(
        tr,
        "replan-summary",
        as_of = &m.as_of,
        objective = tr.number(objective, 2),
        adopted = tr.number(adopted, 2),
        changes = replan.actions.len(),
        status = status
    )
}

/// The actions the re-plan changes: action, name, change, why (`None` when it changes none).
pub fn changes_table(tr: &Tr, m: &Monitor, replan: &Replan) -> Option<Table> {
    let rows: Vec<Vec<Cell>> = replan
        .actions
        .iter()
        .map(|c| {
            vec![
                Cell::Id(c.action.clone()),
                Cell::Text(c.name.clone()),
                Cell::Text(change_words(tr, &m.periods, &c.change)),
                Cell::Text(why_words(tr, c.why)),
            ]
        })
        .collect();
    (!rows.is_empty()).then(|| Table {
        columns: vec![
            Column::words(t!(tr, "col-action")),
            Column::words(t!(tr, "col-name")),
            Column::words(t!(tr, "replan-col-change")),
            Column::words(t!(tr, "replan-col-why")),
        ],
        rows,
        total: None,
    })
}

/// Each source's money in the periods ahead, planned and re-planned, with the difference and
/// a totals row (`None` when no source pays anything ahead).
pub fn money_table(tr: &Tr, replan: &Replan) -> Option<Table> {
    let rows: Vec<Vec<Cell>> = replan
        .sources
        .iter()
        .map(|s| {
            vec![
                Cell::Named {
                    name: s.name.clone(),
                    id: s.source.clone(),
                },
                Cell::Eur(s.planned_eur),
                Cell::Eur(s.replanned_eur),
                Cell::Eur(s.replanned_eur - s.planned_eur),
            ]
        })
        .collect();
    let planned: f64 = replan.sources.iter().map(|s| s.planned_eur).sum();
    let replanned: f64 = replan.sources.iter().map(|s| s.replanned_eur).sum();
    (!rows.is_empty()).then(|| Table {
        columns: vec![
            Column::words(t!(tr, "col-source")),
            Column::numbers(t!(tr, "replan-col-planned")),
            Column::numbers(t!(tr, "replan-col-replanned")),
            Column::numbers(t!(tr, "replan-col-difference")),
        ],
        rows,
        total: Some(vec![
            Cell::Text(t!(tr, "col-total")),
            Cell::Eur(planned),
            Cell::Eur(replanned),
            Cell::Eur(replanned - planned),
        ]),
    })
}
