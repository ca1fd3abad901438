//! An actuals folder (or workbook) → [`Actuals`]: what was spent, what the indicators reached
//! and which actions were stopped, checked against the validated plan, or every problem at once.
//!
//! - `actuals.csv` (`action,source,period,spent_eur`): money spent on an action in a period,
//!   paid by a funding source (`source` is its id in sources.csv) or by a partner's cash
//!   (`source` is the partner's id in partners.csv; a source's id wins if both have it). Rows
//!   with the same action, payer and period are **added up**: an accounting export lists one
//!   row per invoice.
//! - `progress.csv` (`indicator,period,value`): what an indicator reached **in** that period,
//!   not the running total (120 seniors trained in 2025, 150 more in 2026). Rows of the same
//!   indicator and period are added up too.
//! - `stopped.csv` (optional; `action` and an optional `reason`): the actions the municipality
//!   stopped. An action listed twice is simply stopped.
//!
//! A period after `--as-of` is refused (nothing can have been spent or reached in a period
//! that has not ended), as are unknown ids (the message lists the valid ones), negative
//! amounts and values, and empty cells. Both CSV dialects are read, like the plan's tables.
//! This module does not judge whether the spending keeps the plan's rules: that is what
//! `fundmix monitor` reports.

use super::cells::Cells;
use super::columns::{self, Known};
use super::{read_files, read_sheets};
use crate::domain::actuals::{Actuals, Payer, Progress, Spent};
use crate::domain::{Plan, MAX_EUR};
use crate::error::{InputError, InputProblem, Problems};
use crate::i18n::input_tr;
use crate::t;
use std::collections::BTreeMap;
use std::path::Path;

/// The tables of an actuals folder: (file name, required).
pub const ACTUALS_FILES: [(&str, bool); 3] = [
    ("actuals.csv", true),
    ("progress.csv", true),
    ("stopped.csv", false),
];

const ACTUALS_COLUMNS: Known = Known {
    names: &["action", "source", "period", "spent_eur"],
    per_period: &[],
    free: &[],
};
const PROGRESS_COLUMNS: Known = Known {
    names: &["indicator", "period", "value"],
    per_period: &[],
    free: &[],
};
const STOPPED_COLUMNS: Known = Known {
    names: &["action", "reason"],
    per_period: &[],
    free: &[],
};

/// What an actuals folder records, checked against the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    /// Money spent, indicator progress and stopped actions.
    pub actuals: Actuals,
    /// Per action: the `reason` stopped.csv gives for stopping it (`None`: not stopped, or no
    /// reason given).
    pub stop_reasons: Vec<Option<String>>,
}

/// The period `text` (a `--as-of` label such as `2025`) of `plan`, or a problem on the command
/// line that lists the plan's periods.
pub fn as_of_period(plan: &Plan, text: &str) -> Result<usize, InputError> {
    let label = text.trim();
    if let Some(p) = plan.periods.iter().position(|p| p == label) {
        return Ok(p);
    }
    let tr = input_tr();
    let periods = plan.periods.join(", ");
    Err(InputError {
        problems: vec![InputProblem::in_file(
            t!(tr, "in-command-line", option = "--as-of"),
            t!(
                tr,
                "val-as-of-not-a-period",
                text = text,
                periods = &periods
            ),
            t!(tr, "val-fix-as-of", periods = periods),
        )],
    })
}

/// Reads and checks the actuals folder (or workbook) `path` against `plan`, up to and including
/// the period `as_of`; `label` is how the folder is named in messages.
pub fn load_actuals(
    path: &Path,
    label: &str,
    plan: &Plan,
    as_of: usize,
) -> Result<Recorded, InputError> {
    let mut problems = Problems::default();
    let tr = input_tr();
    let tables = if path.is_dir() {
        // Missing files are reported here, with what goes in them.
        let optional = ACTUALS_FILES.map(|(name, _)| (name, false));
        for (name, required) in ACTUALS_FILES {
            if required && !path.join(name).exists() {
                problems.push(missing_file(label, name));
            }
        }
        read_files(path, label, &optional, &mut problems)
    } else if crate::input::xlsx::is_workbook(path) {
        read_sheets(path, label, &ACTUALS_FILES, &mut problems)
    } else {
        problems.push(InputProblem::in_file(
            label,
            t!(tr, "val-no-actuals-folder"),
            t!(tr, "val-fix-no-actuals-folder"),
        ));
        return Err(problems.into_error());
    };
    let reader = Reader { plan, as_of };
    let spent = tables[0]
        .as_ref()
        .map(|table| reader.spent(&mut Cells::new(table, &mut problems)))
        .unwrap_or_default();
    let progress = tables[1]
        .as_ref()
        .map(|table| reader.progress(&mut Cells::new(table, &mut problems)))
        .unwrap_or_default();
    let (stopped, stop_reasons) = match &tables[2] {
        Some(table) => reader.stopped(&mut Cells::new(table, &mut problems)),
        None => (
            vec![false; plan.actions.len()],
            vec![None; plan.actions.len()],
        ),
    };
    problems.into_result(Recorded {
        actuals: Actuals {
            spent,
            progress,
            stopped,
        },
        stop_reasons,
    })
}

/// A required table missing from the actuals folder.
fn missing_file(label: &str, name: &str) -> InputProblem {
    let tr = input_tr();
    let columns = match name {
        "actuals.csv" => ACTUALS_COLUMNS.names,
        _ => PROGRESS_COLUMNS.names,
    };
    InputProblem::in_file(
        format!("{label}/{name}"),
        t!(tr, "val-actuals-file-missing"),
        t!(
            tr,
            "val-fix-actuals-file-missing",
            file = name,
            columns = columns.join(",")
        ),
    )
}

/// Reads the rows of the actuals tables against one plan.
struct Reader<'p> {
    plan: &'p Plan,
    as_of: usize,
}

impl Reader<'_> {
    /// `actuals.csv`: the amounts of one action, payer and period added up, in that order.
    fn spent(&self, cells: &mut Cells) -> Vec<Spent> {
        let tr = input_tr();
        columns::check_names(cells, &ACTUALS_COLUMNS, &self.plan.periods);
        let present = [
            ("action", t!(tr, "val-what-actuals-action")),
            ("source", t!(tr, "val-what-actuals-source")),
            ("period", t!(tr, "val-what-period")),
            ("spent_eur", t!(tr, "val-what-spent")),
        ]
        .map(|(column, what)| cells.require_column(column, &what));
        if present.contains(&false) {
            return Vec::new();
        }
        let fix = t!(tr, "val-fix-spent");
        let mut sums: BTreeMap<(usize, Payer, usize), f64> = BTreeMap::new();
        for row in cells.rows().collect::<Vec<_>>() {
            let action = self.action(cells, row);
            let payer = self.payer(cells, row);
            let period = self.period(cells, row);
            let amount = self.required_number(cells, row, "spent_eur", MAX_EUR, &fix);
            if let (Some(action), Some(payer), Some(period), Some(amount)) =
                (action, payer, period, amount)
            {
                *sums.entry((action, payer, period)).or_insert(0.0) += amount;
            }
        }
        sums.into_iter()
            .map(|((action, payer, period), amount_eur)| Spent {
                action,
                payer,
                period,
                amount_eur,
            })
            .collect()
    }

    /// `progress.csv`: the values of one indicator and period added up, in that order.
    fn progress(&self, cells: &mut Cells) -> Vec<Progress> {
        let tr = input_tr();
        columns::check_names(cells, &PROGRESS_COLUMNS, &self.plan.periods);
        let present = [
            ("indicator", t!(tr, "val-what-progress-indicator")),
            ("period", t!(tr, "val-what-period")),
            ("value", t!(tr, "val-what-progress-value")),
        ]
        .map(|(column, what)| cells.require_column(column, &what));
        if present.contains(&false) {
            return Vec::new();
        }
        let fix = t!(tr, "val-fix-progress-value");
        let mut sums: BTreeMap<(usize, usize), f64> = BTreeMap::new();
        for row in cells.rows().collect::<Vec<_>>() {
            let indicator = self.indicator(cells, row);
            let period = self.period(cells, row);
            let value = self.required_number(cells, row, "value", f64::MAX, &fix);
            if let (Some(indicator), Some(period), Some(value)) = (indicator, period, value) {
                *sums.entry((indicator, period)).or_insert(0.0) += value;
            }
        }
        sums.into_iter()
            .map(|((indicator, period), value)| Progress {
                indicator,
                period,
                value,
            })
            .collect()
    }

    /// `stopped.csv`: per action, whether it is stopped and the reason given (the first one,
    /// when it is listed twice).
    fn stopped(&self, cells: &mut Cells) -> (Vec<bool>, Vec<Option<String>>) {
        let tr = input_tr();
        columns::check_names(cells, &STOPPED_COLUMNS, &self.plan.periods);
        let n = self.plan.actions.len();
        let (mut stopped, mut reasons) = (vec![false; n], vec![None; n]);
        if !cells.require_column("action", &t!(tr, "val-what-stopped-action")) {
            return (stopped, reasons);
        }
        for row in cells.rows().collect::<Vec<_>>() {
            let Some(a) = self.action(cells, row) else {
                continue;
            };
            if !stopped[a] {
                reasons[a] = cells.text(row, "reason").map(str::to_string);
            }
            stopped[a] = true;
        }
        (stopped, reasons)
    }

    /// The action named in the `action` column; `None` (with a problem) if the cell is empty
    /// or names no action of the plan.
    fn action(&self, cells: &mut Cells, row: usize) -> Option<usize> {
        let tr = input_tr();
        let column = "action";
        let Some(id) = cells.text(row, column) else {
            empty(cells, row, column, t!(tr, "val-what-actuals-action"));
            return None;
        };
        if let Some(a) = self.plan.actions.iter().position(|a| a.id == id) {
            return Some(a);
        }
        let ids: Vec<&str> = self.plan.actions.iter().map(|a| a.id.as_str()).collect();
        cells.problem(
            row,
            column,
            t!(tr, "val-not-an-action", name = id),
            &t!(tr, "val-fix-use-one-of", list = ids.join(", ")),
        );
        None
    }

    /// Who paid: a source's id, else a partner's id.
    fn payer(&self, cells: &mut Cells, row: usize) -> Option<Payer> {
        let tr = input_tr();
        let Some(id) = cells.text(row, "source") else {
            empty(cells, row, "source", t!(tr, "val-what-actuals-source"));
            return None;
        };
        let plan = self.plan;
        if let Some(s) = plan.sources.iter().position(|s| s.id == id) {
            return Some(Payer::Source(s));
        }
        if let Some(k) = plan.partners.iter().position(|k| k.id == id) {
            return Some(Payer::Partner(k));
        }
        let sources: Vec<&str> = plan.sources.iter().map(|s| s.id.as_str()).collect();
        let partners: Vec<&str> = plan.partners.iter().map(|k| k.id.as_str()).collect();
        let fix = if partners.is_empty() {
            t!(
                tr,
                "val-fix-payer-no-partners",
                sources = sources.join(", ")
            )
        } else {
            t!(
                tr,
                "val-fix-payer",
                sources = sources.join(", "),
                partners = partners.join(", ")
            )
        };
        cells.problem(row, "source", t!(tr, "val-not-a-payer", name = id), &fix);
        None
    }

    /// The indicator named in the `indicator` column.
    fn indicator(&self, cells: &mut Cells, row: usize) -> Option<usize> {
        let tr = input_tr();
        let Some(name) = cells.text(row, "indicator") else {
            empty(
                cells,
                row,
                "indicator",
                t!(tr, "val-what-progress-indicator"),
            );
            return None;
        };
        let indicators = &self.plan.indicators;
        if let Some(i) = indicators.iter().position(|i| i == name) {
            return Some(i);
        }
        cells.problem(
            row,
            "indicator",
            t!(tr, "val-not-an-indicator", name = name),
            &t!(tr, "val-fix-use-one-of", list = indicators.join(", ")),
        );
        None
    }

    /// The period of the row: one of the plan's, and not after `as_of`.
    fn period(&self, cells: &mut Cells, row: usize) -> Option<usize> {
        let tr = input_tr();
        let periods = &self.plan.periods;
        let Some(p) = cells.period(row, "period", periods) else {
            if cells.text(row, "period").is_none() {
                empty(cells, row, "period", t!(tr, "val-what-period"));
            }
            return None;
        };
        if p <= self.as_of {
            return Some(p);
        }
        cells.problem(
            row,
            "period",
            t!(
                tr,
                "val-period-after-as-of",
                period = &periods[p],
                as_of = &periods[self.as_of]
            ),
            &t!(tr, "val-fix-period-after-as-of", period = &periods[p]),
        );
        None
    }

    /// A number of 0 to `max` in `column`, which may not be empty.
    fn required_number(
        &self,
        cells: &mut Cells,
        row: usize,
        column: &str,
        max: f64,
        fix: &str,
    ) -> Option<f64> {
        if cells.text(row, column).is_none() {
            let tr = input_tr();
            let what = match column {
                "spent_eur" => t!(tr, "val-what-spent"),
                _ => t!(tr, "val-what-progress-value"),
            };
            empty(cells, row, column, what);
            return None;
        }
        cells.number(row, column, 0.0, max, fix)
    }
}

/// Records that the cell of `column` is empty, and what belongs there.
fn empty(cells: &mut Cells, row: usize, column: &str, what: String) {
    let tr = input_tr();
    cells.problem(
        row,
        column,
        t!(tr, "val-actuals-empty", column = column),
        &t!(tr, "val-fix-actuals-empty", what = what),
    );
}
