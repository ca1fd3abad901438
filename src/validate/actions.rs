//! `actions.csv` → [`Action`]s (references between actions are resolved later, once all ids
//! are known).

use super::cells::{period_columns, Cells};
use super::periods::per_period_columns;
use crate::domain::{Action, Status};

/// An action whose `requires` / `excludes` lists are still names.
pub struct ActionRow {
    /// The action, with empty `requires` and `excludes`.
    pub action: Action,
    /// The data row it came from.
    pub row: usize,
    /// Ids listed under `requires`.
    pub requires: Vec<String>,
    /// Ids listed under `excludes`.
    pub excludes: Vec<String>,
}

/// Reads every action row; `periods` come from the cost columns.
pub fn read_actions(cells: &mut Cells, periods: &[String]) -> (Vec<String>, Vec<ActionRow>) {
    let indicators: Vec<(String, String)> = period_columns(cells.table, "impact");
    if indicators.is_empty() {
        cells.table_problem(
            "no impact column: at least one 'impact_<indicator>' column is needed (e.g. 'impact_seniors_trained')".into(),
            "add a column 'impact_<indicator>' giving what each action achieves at full scale",
        );
    }
    cells.require_column("id", "a unique short name for each action");
    let cost_columns: Vec<String> = match periods {
        [single] if single == super::periods::SINGLE_PERIOD => vec!["cost".to_string()],
        _ => per_period_columns(cells, "cost", periods).unwrap_or_default(),
    };
    let staff_columns = staff_hour_columns(cells, periods);

    let mut rows = Vec::new();
    for row in cells.rows() {
        let Some(id) = cells.text(row, "id") else {
            if cells.table.column("id").is_some() {
                cells.problem(
                    row,
                    "id",
                    "the id is empty".into(),
                    "give every action a unique id",
                );
            }
            continue;
        };
        let cost_eur = cost_columns.iter().map(|c| cells.money(row, c)).collect();
        let staff_hours = match &staff_columns {
            Some(columns) => columns.iter().map(|c| cells.amount(row, c, 0.0)).collect(),
            None => vec![0.0; periods.len()],
        };
        let impact = indicators
            .iter()
            .map(|(_, c)| cells.amount(row, c, 0.0))
            .collect();
        let min_scale = read_min_scale(cells, row);
        let status = read_status(cells, row);
        rows.push(ActionRow {
            action: Action {
                id: id.to_string(),
                name: cells.text(row, "name").unwrap_or(id).to_string(),
                category: cells.text(row, "category").unwrap_or("").to_string(),
                goal: cells.text(row, "goal").unwrap_or("").to_string(),
                cost_eur,
                staff_hours,
                min_scale,
                impact,
                requires: Vec::new(),
                excludes: Vec::new(),
                status,
            },
            row,
            requires: cells
                .list(row, "requires")
                .into_iter()
                .map(String::from)
                .collect(),
            excludes: cells
                .list(row, "excludes")
                .into_iter()
                .map(String::from)
                .collect(),
        });
    }
    (indicators.into_iter().map(|(name, _)| name).collect(), rows)
}

/// The staff-hour columns aligned with the periods, if the table has any.
fn staff_hour_columns(cells: &mut Cells, periods: &[String]) -> Option<Vec<String>> {
    let plain = cells.table.column("staff_hours").is_some();
    if periods == [super::periods::SINGLE_PERIOD] {
        // Reports any 'staff_hours_<period>' columns, which a single-period plan cannot use.
        per_period_columns(cells, "staff_hours", periods);
        return plain.then(|| vec!["staff_hours".to_string()]);
    }
    if plain {
        cells.table_problem(
            "a plain 'staff_hours' column is present, but the plan has several periods".into(),
            "use one 'staff_hours_<period>' column per period, named like the 'cost_<period>' columns",
        );
        return None;
    }
    per_period_columns(cells, "staff_hours", periods)
}

fn read_min_scale(cells: &mut Cells, row: usize) -> f64 {
    const FIX: &str = "enter a share above 0 and at most 1 (1 = all or nothing, 0.5 = may be funded at half scale)";
    let Some(value) = cells.number(row, "min_scale", f64::NEG_INFINITY, f64::INFINITY, FIX) else {
        return 1.0;
    };
    if value <= 0.0 || value > 1.0 {
        let text = cells.text(row, "min_scale").unwrap_or_default();
        cells.problem(
            row,
            "min_scale",
            format!("'{text}' is out of range (it must be above 0 and at most 1)"),
            FIX,
        );
        return 1.0;
    }
    value
}

fn read_status(cells: &mut Cells, row: usize) -> Status {
    match cells.text(row, "status").map(str::to_lowercase).as_deref() {
        None => Status::Free,
        Some("must") => Status::Must,
        Some("never") => Status::Never,
        Some(other) => {
            cells.problem(
                row,
                "status",
                format!("'{other}' is not a status"),
                "write 'must' (must be funded), 'never' (must not be funded) or leave the cell empty",
            );
            Status::Free
        }
    }
}
