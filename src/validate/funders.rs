//! `sources.csv`, `partners.csv` and `targets.csv` → [`Source`]s, [`Partner`]s and [`Target`]s.

use super::cells::{period_columns, Cells, AMOUNT_FIX};
use super::periods::per_period_columns;
use crate::domain::{Action, Offer, Partner, Source, SourceKind, Target, MAX_EUR};

/// Resolves an `eligible` list (categories and/or action ids; empty = all) to one flag per action.
/// `what` names the row's kind and what it does ("source may fund", "partner may join").
///
/// Without any action (actions.csv is empty or has no `id` column, already reported) no token
/// can be judged, so none is reported.
fn eligibility(cells: &mut Cells, row: usize, actions: &[Action], what: &str) -> Vec<bool> {
    let tokens = cells.list(row, "eligible");
    if tokens.is_empty() || actions.is_empty() {
        return vec![true; actions.len()];
    }
    let mut flags = vec![false; actions.len()];
    for token in tokens {
        let mut known = false;
        for (flag, action) in flags.iter_mut().zip(actions) {
            if action.category == token || action.id == token {
                *flag = true;
                known = true;
            }
        }
        if !known {
            cells.problem(
                row,
                "eligible",
                format!("'{token}' is neither an action id nor an action category in actions.csv"),
                &format!("list the categories or action ids this {what}, separated by ';' (empty = all actions)"),
            );
        }
    }
    flags
}

fn read_id(cells: &mut Cells, row: usize, what: &str) -> Option<String> {
    let id = cells.text(row, "id").map(str::to_string);
    if id.is_none() && cells.table.column("id").is_some() {
        cells.problem(
            row,
            "id",
            "the id is empty".into(),
            &format!("give every {what} a unique id"),
        );
    }
    id
}

/// Reads the funding sources.
pub fn read_sources(cells: &mut Cells, periods: &[String], actions: &[Action]) -> Vec<Source> {
    cells.require_column("id", "a unique short name for each source");
    let per_period = per_period_columns(cells, "budget", periods);
    // 'budget_<period>' columns that do not match the plan's periods are reported already; a
    // source's budget cannot be judged from them.
    let periods_broken = per_period.is_none() && !period_columns(cells.table, "budget").is_empty();
    if cells.table.column("budget").is_none() && per_period.is_none() && !periods_broken {
        cells.table_problem(
            "no budget column: neither 'budget' nor 'budget_<period>'".into(),
            "add a 'budget' column (total over the plan) and/or one 'budget_<period>' column per period",
        );
    }
    let mut sources = Vec::new();
    for row in cells.rows() {
        let Some(id) = read_id(cells, row, "source") else {
            continue;
        };
        let kind = match cells.text(row, "kind").map(str::to_lowercase) {
            None => SourceKind::Other,
            Some(text) => match SourceKind::ALL.iter().find(|(name, _)| *name == text) {
                Some((_, kind)) => *kind,
                None => {
                    cells.problem(
                        row,
                        "kind",
                        format!("'{text}' is not a kind of source"),
                        "write one of: own (the municipality's budget), eu, national, grant, private, other",
                    );
                    SourceKind::Other
                }
            },
        };
        let budget_total_eur = cells.number(row, "budget", 0.0, MAX_EUR, MONEY_FIX);
        let budget_eur: Vec<Option<f64>> = match &per_period {
            Some(columns) => columns
                .iter()
                .map(|c| cells.number(row, c, 0.0, MAX_EUR, MONEY_FIX))
                .collect(),
            None => vec![None; periods.len()],
        };
        let total_empty = cells.text(row, "budget").is_none();
        let period_empty = match &per_period {
            Some(columns) => columns.iter().any(|c| cells.text(row, c).is_none()),
            None => true,
        };
        let has_budget_column = cells.table.column("budget").is_some() || per_period.is_some();
        if total_empty && period_empty && has_budget_column && !periods_broken {
            let column = match &per_period {
                Some(columns) if cells.table.column("budget").is_none() => columns[0].clone(),
                _ => "budget".to_string(),
            };
            cells.problem(
                row,
                &column,
                format!("source '{id}' has no total budget and no budget for every period"),
                "enter its total budget in 'budget', or a budget for each period in the 'budget_<period>' columns",
            );
        }
        let max_share = cells
            .number(
                row,
                "max_share",
                0.0,
                1.0,
                "enter the co-financing rate as a share between 0 and 1 (85% = 0.85)",
            )
            .unwrap_or(1.0);
        let min_grant_eur = cells.number(row, "min_grant", 0.0, MAX_EUR, MONEY_FIX);
        let max_grant_eur = cells.number(row, "max_grant", 0.0, MAX_EUR, MONEY_FIX);
        if let (Some(min), Some(max)) = (min_grant_eur, max_grant_eur) {
            if min > max {
                cells.problem(
                    row,
                    "min_grant",
                    format!("min_grant {min} is larger than max_grant {max}"),
                    "make min_grant at most max_grant (or swap the two values)",
                );
            }
        }
        let eligible = eligibility(cells, row, actions, "source may fund");
        sources.push(Source {
            name: cells.text(row, "name").unwrap_or(&id).to_string(),
            id,
            kind,
            budget_total_eur,
            budget_eur,
            max_share,
            eligible,
            min_grant_eur,
            max_grant_eur,
        });
    }
    sources
}

const MONEY_FIX: &str =
    "enter an amount in EUR of 0 or more, digits only (e.g. 150000), or leave it empty";

/// Reads an offer (cash or hours) of a partner: per period, or one total for the plan; each
/// amount at most `max`.
fn offer(
    cells: &mut Cells,
    row: usize,
    plain: bool,
    columns: &Option<Vec<String>>,
    prefix: &str,
    max: f64,
) -> Offer {
    if let Some(columns) = columns {
        let amounts: Vec<f64> = columns
            .iter()
            .map(|c| cells.number(row, c, 0.0, max, AMOUNT_FIX).unwrap_or(0.0))
            .collect();
        return Offer::PerPeriod(amounts);
    }
    if plain {
        if let Some(total) = cells.number(row, prefix, 0.0, max, MONEY_FIX) {
            return Offer::Total(total);
        }
    }
    Offer::None
}

/// Reads the partners.
pub fn read_partners(cells: &mut Cells, periods: &[String], actions: &[Action]) -> Vec<Partner> {
    cells.require_column("id", "a unique short name for each partner");
    let mut columns = Vec::new();
    for prefix in ["cash", "staff_hours"] {
        let per_period = per_period_columns(cells, prefix, periods);
        let plain = cells.table.column(prefix).is_some();
        if plain && per_period.is_some() {
            cells.table_problem(
                format!("both a plain '{prefix}' column and '{prefix}_<period>' columns are present"),
                &format!("keep either '{prefix}' (one amount for the whole plan) or the '{prefix}_<period>' columns"),
            );
        }
        columns.push((prefix, plain, per_period));
    }
    let mut partners = Vec::new();
    for row in cells.rows() {
        let Some(id) = read_id(cells, row, "partner") else {
            continue;
        };
        let (cash, hours) = (&columns[0], &columns[1]);
        let cash_eur = offer(cells, row, cash.1, &cash.2, cash.0, MAX_EUR);
        let staff_hours = offer(cells, row, hours.1, &hours.2, hours.0, f64::INFINITY);
        let max_actions = cells
            .number(
                row,
                "max_actions",
                0.0,
                f64::INFINITY,
                "enter a whole number of actions, 0 or more",
            )
            .and_then(|v| {
                if v.fract() == 0.0 {
                    Some(v as usize)
                } else {
                    cells.problem(
                        row,
                        "max_actions",
                        format!("'{v}' is not a whole number"),
                        "enter a whole number of actions",
                    );
                    None
                }
            });
        let eligible = eligibility(cells, row, actions, "partner may join");
        partners.push(Partner {
            name: cells.text(row, "name").unwrap_or(&id).to_string(),
            id,
            cash_eur,
            staff_hours,
            eligible,
            max_actions,
        });
    }
    partners
}

/// Reads the targets.
pub fn read_targets(cells: &mut Cells, indicators: &[String]) -> Vec<Target> {
    let mut targets = Vec::new();
    if !cells.require_column(
        "indicator",
        "the indicator name, as after 'impact_' in actions.csv",
    ) | !cells.require_column("min", "the level to reach")
    {
        return targets;
    }
    if indicators.is_empty() {
        // actions.csv has no impact column (reported there): no target can be judged.
        return targets;
    }
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for row in cells.rows() {
        let Some(name) = cells.text(row, "indicator") else {
            cells.problem(
                row,
                "indicator",
                "the indicator is empty".into(),
                "name the indicator this target is for",
            );
            continue;
        };
        let Some(indicator) = indicators.iter().position(|i| i == name) else {
            cells.problem(
                row,
                "indicator",
                format!("'{name}' is not an indicator: actions.csv has no column 'impact_{name}'"),
                &format!("use one of: {}", indicators.join(", ")),
            );
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(i, _)| *i == indicator) {
            cells.problem(
                row,
                "indicator",
                format!(
                    "a second target for '{name}' (the first is on row {})",
                    first + 2
                ),
                "keep one target per indicator",
            );
            continue;
        }
        seen.push((indicator, row));
        let min = cells.number(
            row,
            "min",
            0.0,
            f64::INFINITY,
            "enter the level to reach, 0 or more",
        );
        if min.is_none() && cells.text(row, "min").is_none() {
            cells.problem(
                row,
                "min",
                "the target level is empty".into(),
                "enter the level to reach, 0 or more",
            );
        }
        let hard = match cells.text(row, "hard").map(str::to_lowercase).as_deref() {
            None | Some("true") | Some("yes") | Some("1") => true,
            Some("false") | Some("no") | Some("0") => false,
            Some(other) => {
                cells.problem(
                    row,
                    "hard",
                    format!("'{other}' is not true or false"),
                    "write true (must be met) or false (a shortfall costs the penalty)",
                );
                true
            }
        };
        let penalty = cells.amount(row, "penalty", 0.0);
        targets.push(Target {
            indicator,
            min: min.unwrap_or(0.0),
            hard,
            penalty,
        });
    }
    targets
}
