//! `owners.csv` → [`Owner`]s, and the `owner` column of `actions.csv` tied to them.

use super::cells::{amount_fix, Cells};
use super::periods::per_period_columns;
use crate::domain::{Action, Owner, Partner};
use crate::i18n::input_tr;
use crate::t;

/// Reads the owners: `id`, `name`, and their staff hours per period (`hours_<period>`), or the
/// same hours in every period (`hours`).
pub fn read_owners(cells: &mut Cells, periods: &[String]) -> Vec<Owner> {
    let tr = input_tr();
    cells.require_column("id", &t!(tr, "val-what-owner-id"));
    let per_period = per_period_columns(cells, "hours", periods);
    let plain = cells.table.column("hours").is_some();
    if plain && per_period.is_some() {
        cells.table_problem(
            t!(tr, "val-both-columns", prefix = "hours"),
            &t!(tr, "val-fix-owner-both-columns"),
        );
    } else if !plain && per_period.is_none() {
        cells.table_problem(
            t!(tr, "val-owner-no-hours"),
            &t!(tr, "val-fix-owner-no-hours"),
        );
    }
    let fix = amount_fix(tr);
    let mut owners = Vec::new();
    for row in cells.rows() {
        let Some(id) = super::funders::read_id(cells, row, super::Kind::Owner) else {
            continue;
        };
        let hours: Vec<f64> = match &per_period {
            Some(columns) => columns
                .iter()
                .map(|c| {
                    cells
                        .number(row, c, 0.0, f64::INFINITY, &fix)
                        .unwrap_or(0.0)
                })
                .collect(),
            None => {
                let each = cells.number(row, "hours", 0.0, f64::INFINITY, &fix);
                vec![each.unwrap_or(0.0); periods.len()]
            }
        };
        if owners.iter().any(|o: &Owner| o.id == id) {
            continue; // reported by the check of unique ids
        }
        owners.push(Owner {
            name: cells.text(row, "name").unwrap_or(&id).to_string(),
            id,
            hours,
        });
    }
    owners
}

/// Ties each action's `owner` to its row in `owners` (whose staff hours then bound it). With
/// `owners.csv`, an owner must be one of its ids or a partner's id (a partner leads the action:
/// no department's hours bound it, the scenario's staff capacity still does); without it, any
/// name groups the actions in the reports.
pub fn tie_owners(
    cells: &mut Cells,
    actions: &mut [Action],
    owners: &[Owner],
    partners: &[Partner],
) {
    if owners.is_empty() {
        return;
    }
    let tr = input_tr();
    let rows: Vec<usize> = cells.rows().collect();
    let id_column = cells.table.column("id");
    for action in actions.iter_mut() {
        let Some(owner) = &action.owner else { continue };
        if let Some(o) = owners.iter().position(|o| &o.id == owner) {
            action.owner_staff = Some(o);
            continue;
        }
        if partners.iter().any(|k| &k.id == owner) {
            continue;
        }
        let row = rows.iter().copied().find(|&r| {
            id_column.is_some_and(|c| cells.table.rows[r][c].as_deref() == Some(&action.id))
        });
        let ids: Vec<&str> = owners.iter().map(|o| o.id.as_str()).collect();
        let message = t!(tr, "val-not-an-owner", name = owner);
        let fix = t!(tr, "val-fix-owner", ids = ids.join(", "), name = owner);
        match row {
            Some(row) => cells.problem(row, "owner", message, &fix),
            None => cells.column_problem("owner", message, &fix),
        }
    }
}
