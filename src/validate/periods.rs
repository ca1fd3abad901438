//! Which columns of a table give which plan period.
//!
//! Periods are labels taken from column suffixes: `cost_2025, cost_2026` define the periods
//! `2025` and `2026` (in `actions.csv`); a plain `cost` column means a single period, `all`.
//! Every other table must use the same labels.

use super::cells::{period_columns, Cells};

/// The label of the one period of a plan whose actions have a plain `cost` column.
pub const SINGLE_PERIOD: &str = "all";

/// The periods of the plan, read from the `cost` columns of `actions.csv`.
pub fn plan_periods(cells: &mut Cells) -> Option<Vec<String>> {
    let per_period = period_columns(cells.table, "cost");
    let plain = cells.table.column("cost").is_some();
    match (plain, per_period.is_empty()) {
        (true, false) => {
            cells.table_problem(
                "both a plain 'cost' column and 'cost_<period>' columns are present".into(),
                "keep either one 'cost' column (a single period) or one 'cost_<period>' column per year",
            );
            None
        }
        (false, true) => {
            cells.table_problem(
                "no cost column: neither 'cost' nor 'cost_<period>' (e.g. 'cost_2025')".into(),
                "add a 'cost' column, or one 'cost_<year>' column per year of the plan",
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
    if periods == [SINGLE_PERIOD] {
        cells.table_problem(
            format!(
                "{} '{}' name{}, but the plan has a single period (actions.csv has a plain 'cost' column)",
                if per_period.len() == 1 { "the column" } else { "the columns" },
                per_period.iter().map(|(_, c)| c.as_str()).collect::<Vec<_>>().join("', '"),
                if per_period.len() == 1 { "s a period" } else { " periods" },
            ),
            &format!("use one plain '{prefix}' column, or give actions.csv one 'cost_<period>' column per period"),
        );
        return None;
    }
    let mut ok = true;
    for (period, column) in &per_period {
        if !periods.contains(period) {
            ok = false;
            cells.column_problem(
                column,
                format!(
                    "the period '{period}' is not a period of the plan (the 'cost_<period>' columns of actions.csv give: {})",
                    periods.join(", ")
                ),
                &format!("rename or remove '{column}' so the periods match the 'cost_<period>' columns of actions.csv"),
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
                    format!("there is no column '{prefix}_{period}' although the plan has the period '{period}'"),
                    &format!("add a column '{prefix}_{period}' (leave its cells empty where there is nothing)"),
                );
            }
        }
    }
    ok.then_some(aligned)
}
