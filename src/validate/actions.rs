//! `actions.csv` → [`Action`]s (references between actions are resolved later, once all ids
//! are known).

use super::cells::{period_columns, Cells};
use super::periods::per_period_columns;
use super::ranges::RangeColumns;
use super::Kind;
use crate::domain::{Action, Status};
use crate::i18n::input_tr;
use crate::t;

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

/// Reads every action row; `periods` come from the cost columns. The ranges of uncertain costs
/// and impacts (`<column>_low`, `<column>_high`) are read by [`RangeColumns`].
pub fn read_actions(cells: &mut Cells, periods: &[String]) -> (Vec<String>, Vec<ActionRow>) {
    let tr = input_tr();
    let indicators: Vec<(String, String)> = period_columns(cells.table, "impact");
    if indicators.is_empty() {
        cells.table_problem(
            t!(tr, "val-no-impact-column"),
            &t!(tr, "val-fix-no-impact-column"),
        );
    }
    cells.require_column("id", &t!(tr, "val-what-action-id"));
    let cost_columns: Vec<String> = match periods {
        [single] if single == super::periods::SINGLE_PERIOD => vec!["cost".to_string()],
        _ => per_period_columns(cells, "cost", periods).unwrap_or_default(),
    };
    let staff_columns = staff_hour_columns(cells, periods);
    let impact_columns: Vec<String> = indicators.iter().map(|(_, c)| c.clone()).collect();
    let ranges = RangeColumns::find(cells, periods, &cost_columns, &impact_columns);

    let mut rows = Vec::new();
    for row in cells.rows() {
        let Some(id) = cells.text(row, "id") else {
            if cells.table.column("id").is_some() {
                cells.problem(
                    row,
                    "id",
                    t!(tr, "val-empty-id"),
                    &t!(tr, "val-fix-empty-id", what = Kind::Action.code()),
                );
            }
            continue;
        };
        let cost_eur: Vec<f64> = cost_columns.iter().map(|c| cells.money(row, c)).collect();
        let staff_hours = match &staff_columns {
            Some(columns) => columns.iter().map(|c| cells.amount(row, c, 0.0)).collect(),
            None => vec![0.0; periods.len()],
        };
        let impact: Vec<f64> = impact_columns
            .iter()
            .map(|c| cells.amount(row, c, 0.0))
            .collect();
        let cost_range_eur = ranges.cost(cells, row, &cost_eur);
        let impact_range = ranges.impact(cells, row, &impact);
        let min_scale = read_min_scale(cells, row);
        let status = read_status(cells, row);
        let (latest_start, deadline) = read_timing(cells, row, periods, &cost_eur, &staff_hours);
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
                cost_range_eur,
                impact_range,
                requires: Vec::new(),
                excludes: Vec::new(),
                status,
                latest_start,
                deadline,
                owner: cells.text(row, "owner").map(str::to_string),
                owner_staff: None,
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
        let tr = input_tr();
        cells.table_problem(
            t!(tr, "val-plain-staff-hours"),
            &t!(tr, "val-fix-plain-staff-hours"),
        );
        return None;
    }
    per_period_columns(cells, "staff_hours", periods)
}

/// `latest_start` and `deadline`: periods, checked against the action's profile as written (it
/// cannot start later than it may, nor end after its deadline when it starts on time).
fn read_timing(
    cells: &mut Cells,
    row: usize,
    periods: &[String],
    cost_eur: &[f64],
    staff_hours: &[f64],
) -> (Option<usize>, Option<usize>) {
    let tr = input_tr();
    let latest_start = cells.period(row, "latest_start", periods);
    let deadline = cells.period(row, "deadline", periods);
    let busy: Vec<usize> = (0..periods.len())
        .filter(|&p| cost_eur.get(p).is_some_and(|&c| c > 0.0) || staff_hours[p] > 0.0)
        .collect();
    let (Some(&first), Some(&last)) = (busy.first(), busy.last()) else {
        return (latest_start, deadline);
    };
    if let Some(latest) = latest_start.filter(|&l| l < first) {
        cells.problem(
            row,
            "latest_start",
            t!(
                tr,
                "val-latest-start-early",
                latest = &periods[latest],
                start = &periods[first]
            ),
            &t!(tr, "val-fix-latest-start-early", start = &periods[first]),
        );
        return (None, deadline);
    }
    if let Some(end) = deadline.filter(|&d| d < last) {
        cells.problem(
            row,
            "deadline",
            t!(
                tr,
                "val-deadline-early",
                deadline = &periods[end],
                end = &periods[last]
            ),
            &t!(tr, "val-fix-deadline-early", end = &periods[last]),
        );
        return (latest_start, None);
    }
    (latest_start, deadline)
}

fn read_min_scale(cells: &mut Cells, row: usize) -> f64 {
    let tr = input_tr();
    let fix = t!(tr, "val-fix-min-scale");
    let Some(value) = cells.number(row, "min_scale", f64::NEG_INFINITY, f64::INFINITY, &fix) else {
        return 1.0;
    };
    if value <= 0.0 || value > 1.0 {
        let text = cells.text(row, "min_scale").unwrap_or_default();
        cells.problem(
            row,
            "min_scale",
            t!(tr, "val-min-scale-range", text = text),
            &fix,
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
            let tr = input_tr();
            cells.problem(
                row,
                "status",
                t!(tr, "val-not-a-status", text = other),
                &t!(tr, "val-fix-status"),
            );
            Status::Free
        }
    }
}
