//! `sources.csv`, `partners.csv` and `targets.csv` → [`Source`]s, [`Partner`]s and [`Target`]s.

use super::cells::{amount_fix, period_columns, Cells};
use super::periods::per_period_columns;
use super::Kind;
use crate::domain::{Action, Offer, Partner, Source, SourceKind, Target, MAX_EUR};
use crate::i18n::{input_tr, Tr};
use crate::input::near::likely_misspelt_name;
use crate::t;

/// Resolves an `eligible` list (categories and/or action ids; empty = all) to one flag per action.
/// `what` is the row's kind (a source may fund, a partner may join).
///
/// Without any action (actions.csv is empty or has no `id` column, already reported) no token
/// can be judged, so none is reported.
fn eligibility(cells: &mut Cells, row: usize, actions: &[Action], what: Kind) -> Vec<bool> {
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
            unknown_token(cells, row, token, actions, what);
        }
    }
    flags
}

/// An `eligible` entry that names no action or category of the plan: an error when it is a
/// letter or two from one that exists (a likely typo: read as written, the funder would miss
/// what was meant), else a note (a template plan, or a variant that left those actions out).
fn unknown_token(cells: &mut Cells, row: usize, token: &str, actions: &[Action], what: Kind) {
    let tr = input_tr();
    let names = actions
        .iter()
        .flat_map(|a| [a.category.as_str(), a.id.as_str()])
        .filter(|name| !name.is_empty());
    if let Some(meant) = likely_misspelt_name(token, names) {
        cells.problem(
            row,
            "eligible",
            t!(tr, "val-eligible-typo", token = token, meant = meant),
            &t!(tr, "val-fix-eligible-typo", token = token, meant = meant),
        );
        return;
    }
    let (message, fix) = match what {
        Kind::Partner => (
            t!(tr, "val-eligible-unused-partner", token = token),
            t!(tr, "val-fix-eligible-partner"),
        ),
        _ => (
            t!(tr, "val-eligible-unused-source", token = token),
            t!(tr, "val-fix-eligible-source"),
        ),
    };
    cells.note(row, "eligible", message, &fix);
}

pub(super) fn read_id(cells: &mut Cells, row: usize, what: Kind) -> Option<String> {
    let id = cells.text(row, "id").map(str::to_string);
    if id.is_none() && cells.table.column("id").is_some() {
        let tr = input_tr();
        cells.problem(
            row,
            "id",
            t!(tr, "val-empty-id"),
            &t!(tr, "val-fix-empty-id", what = what.code()),
        );
    }
    id
}

/// Reads the funding sources.
pub fn read_sources(cells: &mut Cells, periods: &[String], actions: &[Action]) -> Vec<Source> {
    let tr = input_tr();
    let money_fix = money_fix(tr);
    cells.require_column("id", &t!(tr, "val-what-source-id"));
    let per_period = per_period_columns(cells, "budget", periods);
    // 'budget_<period>' columns that do not match the plan's periods are reported already; a
    // source's budget cannot be judged from them.
    let periods_broken = per_period.is_none() && !period_columns(cells.table, "budget").is_empty();
    if cells.table.column("budget").is_none() && per_period.is_none() && !periods_broken {
        cells.table_problem(
            t!(tr, "val-no-budget-column"),
            &t!(tr, "val-fix-no-budget-column"),
        );
    }
    let mut sources = Vec::new();
    for row in cells.rows() {
        let Some(id) = read_id(cells, row, Kind::Source) else {
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
                        t!(tr, "val-not-a-kind", text = &text),
                        &t!(tr, "val-fix-kind"),
                    );
                    SourceKind::Other
                }
            },
        };
        let budget_total_eur = cells.number(row, "budget", 0.0, MAX_EUR, &money_fix);
        let budget_eur: Vec<Option<f64>> = match &per_period {
            Some(columns) => columns
                .iter()
                .map(|c| cells.number(row, c, 0.0, MAX_EUR, &money_fix))
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
                t!(tr, "val-no-budget", id = &id),
                &t!(tr, "val-fix-no-budget"),
            );
        }
        let max_share = cells
            .number(row, "max_share", 0.0, 1.0, &t!(tr, "val-fix-max-share"))
            .unwrap_or(1.0);
        let min_grant_eur = cells.number(row, "min_grant", 0.0, MAX_EUR, &money_fix);
        let max_grant_eur = cells.number(row, "max_grant", 0.0, MAX_EUR, &money_fix);
        if let (Some(min), Some(max)) = (min_grant_eur, max_grant_eur) {
            if min > max {
                cells.problem(
                    row,
                    "min_grant",
                    t!(
                        tr,
                        "val-min-above-max-grant",
                        min = tr.plain(min),
                        max = tr.plain(max)
                    ),
                    &t!(tr, "val-fix-min-above-max-grant"),
                );
            }
        }
        let eligible = eligibility(cells, row, actions, Kind::Source);
        let award_probability = cells
            .number(
                row,
                "award_probability",
                0.0,
                1.0,
                &t!(tr, "val-fix-probability"),
            )
            .unwrap_or(1.0);
        let award_group = cells.text(row, "award_group").map(str::to_string);
        let spend_by = cells.period(row, "spend_by", periods);
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
            award_probability,
            award_group,
            spend_by,
        });
    }
    sources
}

/// How to fix an amount of money that may be left empty.
fn money_fix(tr: &Tr) -> String {
    t!(tr, "val-fix-money")
}

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
    let tr = input_tr();
    if let Some(columns) = columns {
        let fix = amount_fix(tr);
        let amounts: Vec<f64> = columns
            .iter()
            .map(|c| cells.number(row, c, 0.0, max, &fix).unwrap_or(0.0))
            .collect();
        return Offer::PerPeriod(amounts);
    }
    if plain {
        if let Some(total) = cells.number(row, prefix, 0.0, max, &money_fix(tr)) {
            return Offer::Total(total);
        }
    }
    Offer::None
}

/// Reads the partners.
pub fn read_partners(cells: &mut Cells, periods: &[String], actions: &[Action]) -> Vec<Partner> {
    let tr = input_tr();
    cells.require_column("id", &t!(tr, "val-what-partner-id"));
    let mut columns = Vec::new();
    for prefix in ["cash", "staff_hours"] {
        let per_period = per_period_columns(cells, prefix, periods);
        let plain = cells.table.column(prefix).is_some();
        if plain && per_period.is_some() {
            cells.table_problem(
                t!(tr, "val-both-columns", prefix = prefix),
                &t!(tr, "val-fix-partner-both-columns", prefix = prefix),
            );
        }
        columns.push((prefix, plain, per_period));
    }
    let mut partners = Vec::new();
    for row in cells.rows() {
        let Some(id) = read_id(cells, row, Kind::Partner) else {
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
                &t!(tr, "val-fix-max-actions"),
            )
            .and_then(|v| {
                if v.fract() == 0.0 {
                    Some(v as usize)
                } else {
                    cells.problem(
                        row,
                        "max_actions",
                        t!(tr, "val-not-whole", value = tr.plain(v)),
                        &t!(tr, "val-fix-whole-actions"),
                    );
                    None
                }
            });
        let eligible = eligibility(cells, row, actions, Kind::Partner);
        let commitment_probability = cells
            .number(
                row,
                "commitment_probability",
                0.0,
                1.0,
                &t!(tr, "val-fix-probability"),
            )
            .unwrap_or(1.0);
        partners.push(Partner {
            name: cells.text(row, "name").unwrap_or(&id).to_string(),
            id,
            cash_eur,
            staff_hours,
            eligible,
            max_actions,
            commitment_probability,
        });
    }
    partners
}

/// Reads the targets.
pub fn read_targets(cells: &mut Cells, indicators: &[String]) -> Vec<Target> {
    let tr = input_tr();
    let mut targets = Vec::new();
    if !cells.require_column("indicator", &t!(tr, "val-what-indicator"))
        | !cells.require_column("min", &t!(tr, "val-what-min"))
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
                t!(tr, "val-empty-indicator"),
                &t!(tr, "val-fix-empty-indicator"),
            );
            continue;
        };
        let Some(indicator) = indicators.iter().position(|i| i == name) else {
            cells.problem(
                row,
                "indicator",
                t!(tr, "val-not-an-indicator", name = name),
                &t!(tr, "val-fix-use-one-of", list = indicators.join(", ")),
            );
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(i, _)| *i == indicator) {
            cells.problem(
                row,
                "indicator",
                t!(
                    tr,
                    "val-second-target",
                    name = name,
                    row = (first + 2).to_string()
                ),
                &t!(tr, "val-fix-second-target"),
            );
            continue;
        }
        seen.push((indicator, row));
        let min_fix = t!(tr, "val-fix-target-min");
        let min = cells.number(row, "min", 0.0, f64::INFINITY, &min_fix);
        if min.is_none() && cells.text(row, "min").is_none() {
            cells.problem(row, "min", t!(tr, "val-empty-target-min"), &min_fix);
        }
        let hard = match cells.text(row, "hard").map(str::to_lowercase).as_deref() {
            None | Some("true") | Some("yes") | Some("1") => true,
            Some("false") | Some("no") | Some("0") => false,
            Some(other) => {
                cells.problem(
                    row,
                    "hard",
                    t!(tr, "val-not-true-or-false", text = other),
                    &t!(tr, "val-fix-hard"),
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
