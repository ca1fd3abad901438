//! The `Funding table` sheet: the funding matrix as an action plan shows it, one row per funded
//! action and, for each source (and each partner giving cash), one column per year and its
//! total; then an `All sources` group (each year and the grand total) and a `Total` row.
//!
//! Money cells are numbers; every total is a `SUM` (or `+`) formula over the cells it adds,
//! written with its computed value.

use super::{clean, Styles};
use crate::error::OutputResult as Result;
use crate::result::ScenarioResult;
use crate::t;
use crate::view;
use crate::view::status_words;
use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{Formula, Worksheet};
use std::collections::HashMap;

/// Where the table put things, for the charts that draw from it.
pub(crate) struct Layout {
    /// Sheet name.
    pub sheet: String,
    /// The row of year labels.
    pub period_row: u32,
    /// The `Total` row (none when the scenario has no plan).
    pub total_row: Option<u32>,
    /// The first column of each payer's group, in payer order.
    pub payer_columns: Vec<u16>,
    /// The row holding the payers' names.
    pub payer_row: u32,
    /// Number of years.
    pub periods: u16,
}

/// The row of the group headers (payer names); years come on the row below.
const GROUP_ROW: u32 = 2;
/// Width of the action name column, in characters (longer names are cut off on screen).
const NAME_WIDTH: u16 = 36;
/// Columns before the money: action id and name.
const LEAD: u16 = 2;

/// Writes the table of `result` into `sheet`, named `name`.
pub(crate) fn write(
    sheet: &mut Worksheet,
    name: &str,
    result: &ScenarioResult,
    styles: &Styles,
) -> Result<Layout> {
    let tr = result.lang.tr();
    sheet.set_name(name)?;
    super::page_setup(sheet, false);
    let periods = result.periods.len() as u16;
    let mut layout = Layout {
        sheet: name.to_string(),
        period_row: GROUP_ROW + 1,
        total_row: None,
        payer_columns: Vec::new(),
        payer_row: GROUP_ROW,
        periods,
    };
    let title = t!(tr, "xlsx-funding-table-title", scenario = &result.scenario);
    if !result.has_plan() {
        sheet.write_string_with_format(0, 0, &title, &styles.title)?;
        let status = status_words(result);
        sheet.write_string(1, 0, t!(tr, "xlsx-no-plan", status = status))?;
        return Ok(layout);
    }

    let columns = view::payers(result);
    let payer_ids: Vec<String> = columns.iter().map(|p| p.id.clone()).collect();
    // A group per payer, then "All sources": its years, plus a total when there are several.
    let width = periods + u16::from(periods > 1);
    let group_first = |g: usize| LEAD + g as u16 * width;
    let all = payer_ids.len();
    layout.payer_columns = (0..all).map(group_first).collect();

    // Headers.
    for (col, title) in [(0, t!(tr, "col-action")), (1, t!(tr, "col-name"))] {
        sheet.merge_range(GROUP_ROW, col, GROUP_ROW + 1, col, &title, &styles.header)?;
    }
    let all_sources = t!(tr, "xlsx-all-sources");
    let total_word = t!(tr, "col-total");
    for g in 0..=all {
        let label = match columns.get(g) {
            Some(payer) => payer.name.as_str(),
            None => all_sources.as_str(),
        };
        let first = group_first(g);
        if width > 1 {
            sheet.merge_range(
                GROUP_ROW,
                first,
                GROUP_ROW,
                first + width - 1,
                label,
                &styles.header,
            )?;
        } else {
            sheet.write_string_with_format(GROUP_ROW, first, label, &styles.header)?;
        }
        for (p, period) in result.periods.iter().enumerate() {
            sheet.write_string_with_format(
                GROUP_ROW + 1,
                first + p as u16,
                period,
                &styles.header,
            )?;
        }
        if periods > 1 {
            sheet.write_string_with_format(
                GROUP_ROW + 1,
                first + periods,
                &total_word,
                &styles.header,
            )?;
        }
    }

    // One row per funded action.
    let amounts = amounts(result);
    let first_row = GROUP_ROW + 2;
    for (i, action) in result.selected.iter().enumerate() {
        let row = first_row + i as u32;
        sheet.write_string(row, 0, &action.action)?;
        sheet.write_string(row, 1, &action.name)?;
        let mut by_period = vec![0.0; periods as usize];
        for (g, payer) in payer_ids.iter().enumerate() {
            let first = group_first(g);
            let mut payer_total = 0.0;
            for (p, period) in result.periods.iter().enumerate() {
                let key = (action.action.as_str(), payer.as_str(), period.as_str());
                let value = amounts.get(&key).copied().unwrap_or(0.0);
                sheet.write_number_with_format(
                    row,
                    first + p as u16,
                    clean(value),
                    &styles.eur_or_blank,
                )?;
                payer_total += value;
                by_period[p] += value;
            }
            if periods > 1 {
                let sum = sum_across(row, first, first + periods - 1);
                write_formula(sheet, row, first + periods, &sum, payer_total, &styles.eur)?;
            }
        }
        let first = group_first(all);
        for (p, value) in by_period.iter().enumerate() {
            let cells: Vec<String> = (0..all)
                .map(|g| row_col_to_cell(row, group_first(g) + p as u16))
                .collect();
            let formula = format!("={}", cells.join("+"));
            write_formula(sheet, row, first + p as u16, &formula, *value, &styles.eur)?;
        }
        if periods > 1 {
            let sum = sum_across(row, first, first + periods - 1);
            let total = by_period.iter().sum();
            write_formula(sheet, row, first + periods, &sum, total, &styles.total)?;
        }
    }

    // The Total row: each column summed.
    let total_row = first_row + result.selected.len() as u32;
    sheet.write_string_with_format(total_row, 0, &total_word, &styles.total_label)?;
    sheet.write_string_with_format(total_row, 1, "", &styles.total_label)?;
    let last_col = group_first(all) + width - 1;
    for col in LEAD..=last_col {
        let column_total = column_total(result, &amounts, &payer_ids, col, width);
        if result.selected.is_empty() {
            sheet.write_number_with_format(total_row, col, 0.0, &styles.total)?;
        } else {
            let top = row_col_to_cell(first_row, col);
            let bottom = row_col_to_cell(total_row - 1, col);
            let formula = format!("=SUM({top}:{bottom})");
            write_formula(sheet, total_row, col, &formula, column_total, &styles.total)?;
        }
    }
    layout.total_row = Some(total_row);

    sheet.set_freeze_panes(first_row, LEAD)?;
    sheet.set_repeat_rows(GROUP_ROW, GROUP_ROW + 1)?;
    sheet.set_repeat_columns(0, LEAD - 1)?;
    super::autofit(sheet);
    sheet.set_column_width(1, NAME_WIDTH)?;
    for col in LEAD..=last_col {
        sheet.set_column_width(col, 12)?;
    }
    sheet.set_row_height(GROUP_ROW, 45)?;
    sheet.write_string_with_format(0, 0, &title, &styles.title)?;
    Ok(layout)
}

/// The total of one money column, from the amounts (the same sums the formulas make).
fn column_total(
    result: &ScenarioResult,
    amounts: &HashMap<(&str, &str, &str), f64>,
    payer_ids: &[String],
    col: u16,
    width: u16,
) -> f64 {
    let group = ((col - LEAD) / width) as usize;
    let offset = ((col - LEAD) % width) as usize;
    let payers: Vec<&str> = match payer_ids.get(group) {
        Some(id) => vec![id.as_str()],
        None => payer_ids.iter().map(String::as_str).collect(),
    };
    let periods: Vec<&str> = match result.periods.get(offset) {
        Some(period) => vec![period.as_str()],
        None => result.periods.iter().map(String::as_str).collect(),
    };
    let mut total = 0.0;
    for action in &result.selected {
        for payer in &payers {
            for period in &periods {
                let key = (action.action.as_str(), *payer, *period);
                total += amounts.get(&key).copied().unwrap_or(0.0);
            }
        }
    }
    total
}

/// EUR per (action, payer, period), summed over the flows.
fn amounts(result: &ScenarioResult) -> HashMap<(&str, &str, &str), f64> {
    let mut amounts = HashMap::new();
    for f in &result.flows {
        *amounts
            .entry((f.action.as_str(), f.payer.as_str(), f.period.as_str()))
            .or_insert(0.0) += f.amount_eur;
    }
    amounts
}

/// `=SUM(first:last)` along one row.
fn sum_across(row: u32, first: u16, last: u16) -> String {
    format!(
        "=SUM({}:{})",
        row_col_to_cell(row, first),
        row_col_to_cell(row, last)
    )
}

/// A formula cell that carries its computed value.
fn write_formula(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    formula: &str,
    value: f64,
    format: &rust_xlsxwriter::Format,
) -> Result<()> {
    let formula = Formula::new(formula).set_result(clean(value).to_string());
    sheet.write_formula_with_format(row, col, formula, format)?;
    Ok(())
}
