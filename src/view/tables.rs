//! The tables of a scenario's report, built once from a result: each column with its heading
//! and whether it holds numbers, each cell with what it holds (an id, words, an amount, a share
//! of a budget, a target's verdict). report.md and report.html write these tables, each in its
//! own markup; neither chooses columns or formats amounts itself.

use super::{source_kind, target_cell, FundingMatrix, MatrixRow};
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::t;

/// A column of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The heading, in the report's language (or an id from the user's files, see `id`).
    pub label: String,
    /// True when the heading is an id from the user's files (a payer of the funding matrix).
    pub id: bool,
    /// True when the column holds numbers (right-aligned).
    pub numeric: bool,
}

impl Column {
    pub(crate) fn words(label: String) -> Column {
        Column {
            label,
            id: false,
            numeric: false,
        }
    }

    pub(crate) fn numbers(label: String) -> Column {
        Column {
            label,
            id: false,
            numeric: true,
        }
    }
}

/// How an indicator stands against its target.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// The indicator has no target.
    NoTarget,
    /// The target is reached.
    Met,
    /// The target is missed.
    Short {
        /// By how much.
        by: f64,
        /// True for a target that must be met.
        hard: bool,
    },
}

/// What a cell holds. Amounts are formatted already, in the report's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// An id from the user's files (an action, an indicator).
    Id(String),
    /// Words (a name, a goal, a kind, a label).
    Text(String),
    /// A name with its id (a funding source).
    Named {
        /// The name.
        name: String,
        /// The id in the user's files.
        id: String,
    },
    /// A list of ids (the actions a partner joins); empty for none.
    Ids(Vec<String>),
    /// Whole euros.
    Eur(f64),
    /// Whole hours.
    Hours(f64),
    /// An indicator's value or weight, with this many decimals.
    Points(f64, usize),
    /// A share, as a percentage (a funded scale).
    Share(f64),
    /// Words standing where a number would (`no cap`).
    Words(String),
    /// A number not shown (no money from this payer).
    Blank,
    /// Euros used of a budget.
    UsedOf {
        /// The euros used.
        used: f64,
        /// The budget; `None` without one.
        of: Option<f64>,
    },
    /// The share of a limit used, read as "96% used".
    UseOf {
        /// What is used.
        used: f64,
        /// The limit; `None` without one.
        cap: Option<f64>,
    },
    /// An indicator against its target.
    Verdict(Verdict),
    /// An indicator's target: at least `value`; `hard` when it must be met.
    Target {
        /// The least value.
        value: f64,
        /// True for a target that must be met.
        hard: bool,
    },
    /// A value that does not exist (a target not set).
    Missing,
    /// An empty cell of a totals row.
    Empty,
}

impl Cell {
    /// The cell's number or words as text in `tr`'s language, for the cells every format
    /// writes alike (`None` for the cells each format writes its own way: ids, lists,
    /// budgets, shares of a limit, verdicts).
    pub fn text(&self, tr: &Tr) -> Option<String> {
        Some(match self {
            Cell::Text(text) | Cell::Words(text) => text.clone(),
            Cell::Named { name, .. } => name.clone(),
            Cell::Eur(v) | Cell::Hours(v) => tr.number(*v, 0),
            Cell::Points(v, decimals) => tr.number(*v, *decimals),
            Cell::Share(share) => tr.percent(*share, 0),
            Cell::Target { value, hard } => target_cell(tr, Some(*value), Some(*hard))?,
            Cell::Blank | Cell::Empty => String::new(),
            Cell::Id(_)
            | Cell::Ids(_)
            | Cell::UsedOf { .. }
            | Cell::UseOf { .. }
            | Cell::Verdict(_)
            | Cell::Missing => return None,
        })
    }
}

/// A table: its columns, rows and (optionally) a totals row.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, each a cell per column.
    pub rows: Vec<Vec<Cell>>,
    /// The totals row, when the table has one.
    pub total: Option<Vec<Cell>>,
}

/// The funded actions with their goal, scale and cost, and the total cost.
pub fn funded_actions(tr: &Tr, result: &ScenarioResult) -> Table {
    Table {
        columns: vec![
            Column::words(t!(tr, "col-action")),
            Column::words(t!(tr, "col-name")),
            Column::words(t!(tr, "col-goal")),
            Column::numbers(t!(tr, "col-scale")),
            Column::numbers(t!(tr, "col-cost-eur")),
        ],
        rows: result
            .selected
            .iter()
            .map(|a| {
                vec![
                    Cell::Id(a.action.clone()),
                    Cell::Text(a.name.clone()),
                    Cell::Text(a.goal.clone()),
                    Cell::Share(a.scale),
                    Cell::Eur(a.cost_eur),
                ]
            })
            .collect(),
        total: Some(vec![
            Cell::Text(t!(tr, "col-total")),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Eur(result.money.total_cost_eur),
        ]),
    }
}

/// Each source's money per period against its cap, its total against its budget, and the
/// money of all sources per period.
pub fn money_by_source(tr: &Tr, result: &ScenarioResult) -> Table {
    let mut columns = vec![
        Column::words(t!(tr, "col-source")),
        Column::words(t!(tr, "col-kind")),
    ];
    columns.extend(result.periods.iter().map(|p| Column::numbers(p.clone())));
    columns.extend([
        Column::numbers(t!(tr, "col-total")),
        Column::numbers(t!(tr, "col-budget")),
        Column::numbers(t!(tr, "col-used")),
    ]);
    let mut period_totals = vec![0.0; result.periods.len()];
    let rows = result
        .sources
        .iter()
        .map(|s| {
            let name = if s.enabled {
                s.name.clone()
            } else {
                t!(tr, "source-switched-off", name = &s.name)
            };
            let mut row = vec![
                Cell::Named {
                    name,
                    id: s.source.clone(),
                },
                Cell::Text(source_kind(tr, s.kind)),
            ];
            for (total, p) in period_totals.iter_mut().zip(&s.periods) {
                *total += p.used_eur;
                row.push(Cell::UsedOf {
                    used: p.used_eur,
                    of: p.budget_eur,
                });
            }
            let cap = s.available_eur();
            row.push(Cell::Eur(s.used_eur));
            row.push(cap.map_or_else(|| Cell::Words(t!(tr, "no-cap")), Cell::Eur));
            row.push(Cell::UseOf {
                used: s.used_eur,
                cap,
            });
            row
        })
        .collect();
    let mut total = vec![Cell::Text(t!(tr, "all-sources")), Cell::Empty];
    total.extend(period_totals.iter().map(|t| Cell::Eur(*t)));
    total.push(Cell::Eur(period_totals.iter().sum()));
    total.extend([Cell::Empty, Cell::Empty]);
    Table {
        columns,
        rows,
        total: Some(total),
    }
}

/// Each partner: the actions it joins, its cash and hours (`None` without partners).
pub fn partners(tr: &Tr, result: &ScenarioResult) -> Option<Table> {
    if result.partners.is_empty() {
        return None;
    }
    Some(Table {
        columns: vec![
            Column::words(t!(tr, "col-partner")),
            Column::words(t!(tr, "col-joins")),
            Column::numbers(t!(tr, "col-cash-eur")),
            Column::numbers(t!(tr, "col-hours")),
        ],
        rows: result
            .partners
            .iter()
            .map(|p| {
                vec![
                    Cell::Text(p.name.clone()),
                    Cell::Ids(p.actions.clone()),
                    Cell::Eur(p.cash_eur),
                    Cell::Hours(p.hours),
                ]
            })
            .collect(),
        total: None,
    })
}

/// Staff hours per period: needed, given by partners, left for municipal staff, against the
/// capacity.
pub fn staff(tr: &Tr, result: &ScenarioResult) -> Table {
    Table {
        columns: vec![
            Column::words(t!(tr, "col-year")),
            Column::numbers(t!(tr, "col-needed")),
            Column::numbers(t!(tr, "col-given-by-partners")),
            Column::numbers(t!(tr, "col-municipal-staff")),
            Column::numbers(t!(tr, "col-capacity")),
            Column::numbers(t!(tr, "col-used")),
        ],
        rows: result
            .staff
            .iter()
            .map(|s| {
                vec![
                    Cell::Text(s.period.clone()),
                    Cell::Hours(s.needed_hours),
                    Cell::Hours(s.partner_hours),
                    Cell::Hours(s.municipal_hours),
                    s.capacity_hours
                        .map_or_else(|| Cell::Words(t!(tr, "no-limit")), Cell::Hours),
                    Cell::UseOf {
                        used: s.municipal_hours,
                        cap: s.capacity_hours,
                    },
                ]
            })
            .collect(),
        total: None,
    }
}

/// Each indicator: its weight, what the plan reaches, the target and the verdict.
pub fn indicators(tr: &Tr, result: &ScenarioResult) -> Table {
    Table {
        columns: vec![
            Column::words(t!(tr, "col-indicator")),
            Column::numbers(t!(tr, "col-weight")),
            Column::numbers(t!(tr, "col-reached")),
            Column::numbers(t!(tr, "col-target")),
            Column::numbers(t!(tr, "col-shortfall")),
            Column::words(t!(tr, "col-result")),
        ],
        rows: result
            .indicators
            .iter()
            .map(|i| {
                let verdict = match i.target {
                    None => Verdict::NoTarget,
                    Some(_) if i.shortfall <= 0.0 => Verdict::Met,
                    Some(_) => Verdict::Short {
                        by: i.shortfall,
                        hard: i.hard == Some(true),
                    },
                };
                vec![
                    Cell::Id(i.indicator.clone()),
                    Cell::Points(i.weight, 2),
                    Cell::Points(i.reached, 1),
                    i.target.map_or(Cell::Missing, |value| Cell::Target {
                        value,
                        hard: i.hard == Some(true),
                    }),
                    Cell::Points(i.shortfall, 1),
                    Cell::Verdict(verdict),
                ]
            })
            .collect(),
        total: None,
    }
}

/// The funding matrix: each funded action's money from each payer over the whole plan, with
/// each payer's total.
pub fn funding_matrix(tr: &Tr, result: &ScenarioResult) -> Table {
    let matrix = FundingMatrix::of(result);
    let mut columns = vec![Column::words(t!(tr, "col-action"))];
    columns.extend(matrix.payers.iter().map(|p| Column {
        label: p.id.clone(),
        id: true,
        numeric: true,
    }));
    columns.push(Column::numbers(t!(tr, "col-total")));
    let rows = matrix
        .rows
        .iter()
        .map(|MatrixRow { action, eur, .. }| {
            let mut row = vec![Cell::Id(action.clone())];
            row.extend(
                eur.iter()
                    .map(|v| if *v > 0.0 { Cell::Eur(*v) } else { Cell::Blank }),
            );
            row.push(Cell::Eur(eur.iter().sum()));
            row
        })
        .collect();
    let totals = matrix.column_totals();
    let mut total = vec![Cell::Text(t!(tr, "col-total"))];
    total.extend(totals.iter().map(|t| Cell::Eur(*t)));
    total.push(Cell::Eur(totals.iter().sum()));
    Table {
        columns,
        rows,
        total: Some(total),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn all(result: &ScenarioResult, tr: &Tr) -> Vec<Table> {
        let mut tables = vec![
            funded_actions(tr, result),
            money_by_source(tr, result),
            staff(tr, result),
            indicators(tr, result),
            funding_matrix(tr, result),
        ];
        tables.extend(partners(tr, result));
        tables
    }

    #[test]
    fn every_row_has_a_cell_per_column() {
        let result = crate::plot::testdata::baseline();
        for lang in Lang::ALL {
            for table in all(result, lang.tr()) {
                for row in table.rows.iter().chain(&table.total) {
                    assert_eq!(row.len(), table.columns.len(), "{:?}", table.columns);
                }
            }
        }
    }

    #[test]
    fn totals_add_up_to_the_plans_cost() {
        let result = crate::plot::testdata::baseline();
        let tr = Lang::En.tr();
        let total = Cell::Eur(result.money.total_cost_eur);
        let funded = funded_actions(tr, result);
        assert_eq!(funded.rows.len(), result.selected.len());
        assert_eq!(funded.total.as_ref().unwrap().last(), Some(&total));
        let matrix = funding_matrix(tr, result);
        assert_eq!(matrix.total.as_ref().unwrap().last(), Some(&total));
        // Partners' cash is in the matrix, not among the sources: the sources' total is the
        // cost less the partners' cash.
        let sources = money_by_source(tr, result);
        let from_sources = result.money.total_cost_eur - result.money.partner_cash_eur;
        let row = sources.total.unwrap();
        assert_eq!(row[2 + result.periods.len()], Cell::Eur(from_sources));
    }
}
