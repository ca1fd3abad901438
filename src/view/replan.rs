//! The re-plan's part of the monitoring report (`fundmix monitor`): what the re-plan changes
//! against the plan as adopted, with why, and how each source's money ahead moves. Built once
//! from [`crate::analyse::replan::changes`]; Markdown, HTML and the workbook only render it.

use super::tables::{Cell, Column, Table};
use crate::analyse::replan::{ActionChange, Change, SourceShift, Why};
use crate::domain::Scenario;
use crate::i18n::Tr;
use crate::t;

/// What changed for one action, in words (`moved from 2025 to 2026`).
pub fn change_words(tr: &Tr, scenario: &Scenario, change: &Change) -> String {
    let periods = &scenario.plan.periods;
    match change {
        Change::Added => t!(tr, "replan-added"),
        Change::Dropped => t!(tr, "replan-dropped"),
        Change::Delayed { from, to } => t!(
            tr,
            "replan-delayed",
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
    }
}

/// The actions the re-plan changes: action, change, why (`None` when it changes none).
pub fn changes_table(tr: &Tr, scenario: &Scenario, changes: &[ActionChange]) -> Option<Table> {
    let actions = &scenario.plan.actions;
    let rows: Vec<Vec<Cell>> = changes
        .iter()
        .map(|c| {
            vec![
                Cell::Id(actions[c.action].id.clone()),
                Cell::Text(actions[c.action].name.clone()),
                Cell::Text(change_words(tr, scenario, &c.change)),
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

/// Each source's money in the periods ahead, planned and re-planned, with the difference
/// (sources that pay nothing ahead in either plan left out; `None` when none is left).
pub fn money_table(tr: &Tr, scenario: &Scenario, shifts: &[SourceShift]) -> Option<Table> {
    let sources = &scenario.plan.sources;
    let kept: Vec<&SourceShift> = shifts
        .iter()
        .filter(|s| s.planned_eur > 0.0 || s.replanned_eur > 0.0)
        .collect();
    let rows: Vec<Vec<Cell>> = kept
        .iter()
        .map(|s| {
            let source = &sources[s.source];
            vec![
                Cell::Named {
                    name: source.name.clone(),
                    id: source.id.clone(),
                },
                Cell::Eur(s.planned_eur),
                Cell::Eur(s.replanned_eur),
                Cell::Eur(s.replanned_eur - s.planned_eur),
            ]
        })
        .collect();
    let sum = |f: fn(&SourceShift) -> f64| kept.iter().map(|s| f(s)).sum::<f64>();
    let (planned, replanned) = (sum(|s| s.planned_eur), sum(|s| s.replanned_eur));
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
