//! Which columns of a table give which plan period.
//!
//! Periods are labels taken from column suffixes: `cost_2025, cost_2026` define the periods
//! `2025` and `2026` (in `actions.csv`); a plain `cost` column means a single period, `all`.
//! Every other table must use the same labels.

use super::cells::{period_columns, Cells};
use crate::i18n::input_tr;
use crate::t;

/// The label of the one period of a plan whose actions have a plain `cost` column.
pub const SINGLE_PERIOD: &str = "all";

/// The periods of the plan, read from the `cost` columns of `actions.csv`.
pub fn plan_periods(cells: &mut Cells) -> Option<Vec<String>> {
    let per_period = period_columns(cells.table, "cost");
    let plain = cells.table.column("cost").is_some();
    let tr = input_tr();
    match (plain, per_period.is_empty()) {
        (true, false) => {
            cells.table_problem(
                t!(tr, "val-both-columns", prefix = "cost"),
                &t!(tr, "val-fix-cost-both"),
            );
            None
        }
        (false, true) => {
            cells.table_problem(
                t!(tr, "val-no-cost-column"),
                &t!(tr, "val-fix-no-cost-column"),
            );
            None
        }
        (true, true) => Some(vec![SINGLE_PERIOD.to_string()]),
        (false, false) => Some(per_period.into_iter().map(|(p, _)| p).collect()),
    }
}

/// Finds the columns `<prefix>_<period>` (e.g. `budget_2025`), one per plan period in plan order,
/// checking that they name exactly the plan's periods. `None` when there are none (or they are
/// wrong, with the problems recorded). A plain `<prefix>` column is the caller's business.
pub fn per_period_columns(
    cells: &mut Cells,
    prefix: &str,
    periods: &[String],
) -> Option<Vec<String>> {
    let per_period = period_columns(cells.table, prefix);
    if per_period.is_empty() {
        return None;
    }
    let tr = input_tr();
    if periods == [SINGLE_PERIOD] {
        let columns = per_period
            .iter()
            .map(|(_, c)| c.as_str())
            .collect::<Vec<_>>()
            .join("', '");
        let message = if per_period.len() == 1 {
            t!(tr, "val-period-column-single-period", columns = columns)
        } else {
            t!(tr, "val-period-columns-single-period", columns = columns)
        };
        cells.table_problem(
            message,
            &t!(tr, "val-fix-period-columns-single-period", prefix = prefix),
        );
        return None;
    }
    let mut ok = true;
    for (period, column) in &per_period {
        if !periods.contains(period) {
            ok = false;
            cells.column_problem(
                column,
                t!(
                    tr,
                    "val-period-not-in-plan",
                    period = period,
                    periods = periods.join(", ")
                ),
                &t!(tr, "val-fix-period-not-in-plan", column = column),
            );
        }
    }
    let mut aligned = Vec::with_capacity(periods.len());
    for period in periods {
        match per_period.iter().find(|(p, _)| p == period) {
            Some((_, column)) => aligned.push(column.clone()),
            None => {
                ok = false;
                cells.table_problem(
                    t!(
                        tr,
                        "val-period-column-missing",
                        column = format!("{prefix}_{period}"),
                        period = period
                    ),
                    &t!(
                        tr,
                        "val-fix-period-column-missing",
                        column = format!("{prefix}_{period}")
                    ),
                );
            }
        }
    }
    ok.then_some(aligned)
}
