//! `monitor.xlsx` (`fundmix monitor --xlsx`): a monitoring run as a workbook. `Summary` (the
//! run in a sentence, money spent against planned, every warning), `Actions` (planned, spent
//! and variance per action, with its state), `Payers` (the same per source and partner),
//! `Indicators` (reached, planned, projected, and whether the target is reachable),
//! `Absorption` (per source: committed, spent, remaining, at risk) and `Per year` (per action,
//! payer and period, with a filter).
//!
//! The tables are the view's ([`crate::view::monitor`]), the ones monitor.md and monitor.html
//! write; amounts are written as numbers with the workbook's formats.

use super::robust::write_table;
use super::{new_workbook, Styles};
use crate::analyse::monitor::Monitor;
use crate::error::{Doing, OutputResult as Result};
use crate::i18n::Tr;
use crate::t;
use crate::view::monitor as view;
use crate::view::tables::Table;
use rust_xlsxwriter::{Worksheet, XlsxError};

/// The run as the bytes of an `.xlsx` file, in the run's language.
pub fn monitor_workbook(m: &Monitor) -> Result<Vec<u8>> {
    let tr = m.lang.tr();
    let mut workbook = new_workbook(&view::title(tr, m))?;
    let s = Styles::new();
    summary(workbook.add_worksheet(), m, tr, &s)
        .doing(|| "cannot write the Summary sheet of monitor.xlsx".to_string())?;
    let sheets = [
        (t!(tr, "xlsx-sheet-mon-actions"), view::actions_table(tr, m)),
        (t!(tr, "xlsx-sheet-mon-payers"), view::payers_table(tr, m)),
        (
            t!(tr, "xlsx-sheet-mon-indicators"),
            view::indicators_table(tr, m),
        ),
        (
            t!(tr, "xlsx-sheet-mon-absorption"),
            view::absorption_table(tr, m),
        ),
        (
            t!(tr, "xlsx-sheet-mon-per-year"),
            view::periods_table(tr, m),
        ),
    ];
    for (name, table) in &sheets {
        table_sheet(workbook.add_worksheet(), name, table, tr, &s)
            .doing(|| format!("cannot write the {name} sheet of monitor.xlsx"))?;
    }
    workbook
        .save_to_buffer()
        .doing(|| "cannot assemble monitor.xlsx".to_string())
}

/// `Summary`: the title, the run in a sentence, the money, then every warning on its own row.
fn summary(sheet: &mut Worksheet, m: &Monitor, tr: &Tr, s: &Styles) -> Result<(), XlsxError> {
    sheet.set_name(t!(tr, "xlsx-sheet-summary"))?;
    super::page_setup(sheet, true);
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(1, 100)?;
    sheet.write_string_with_format(0, 0, view::title(tr, m), &s.title)?;
    sheet.write_string(1, 0, view::intro(tr, m))?;
    let total = &m.spending.total;
    sheet.write_string_with_format(3, 0, t!(tr, "mon-col-planned-total"), &s.bold)?;
    sheet.write_number_with_format(3, 1, total.planned_total_eur, &s.eur)?;
    let to_date = t!(tr, "mon-col-planned-to-date", as_of = &m.as_of);
    sheet.write_string_with_format(4, 0, to_date, &s.bold)?;
    sheet.write_number_with_format(4, 1, total.planned_to_date_eur, &s.eur)?;
    sheet.write_string_with_format(5, 0, t!(tr, "mon-col-spent"), &s.bold)?;
    sheet.write_number_with_format(5, 1, total.spent_eur, &s.eur)?;
    sheet.write_string_with_format(6, 0, t!(tr, "mon-col-variance"), &s.bold)?;
    sheet.write_number_with_format(6, 1, super::clean(total.variance_eur), &s.eur)?;
    sheet.write_string_with_format(8, 0, t!(tr, "mon-attention-heading"), &s.bold)?;
    let warnings = view::warnings(tr, m);
    if warnings.is_empty() {
        sheet.write_string(9, 0, t!(tr, "mon-nothing-to-flag"))?;
    }
    for (k, (weight, words)) in warnings.iter().enumerate() {
        let row = 9 + k as u32;
        let mark = match weight {
            view::Weight::Urgent => t!(tr, "mon-urgent-pill"),
            view::Weight::Check => t!(tr, "mon-check-pill"),
        };
        sheet.write_string_with_format(row, 0, mark, &s.bold)?;
        sheet.write_string(row, 1, words)?;
    }
    Ok(())
}

/// A sheet named `name` holding one table of the view, its header frozen and filterable.
fn table_sheet(
    sheet: &mut Worksheet,
    name: &str,
    table: &Table,
    tr: &Tr,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    super::page_setup(sheet, true);
    write_table(sheet, 0, table, tr, s)?;
    sheet.set_freeze_panes(1, 0)?;
    let rows = table.rows.len() as u32;
    if rows > 0 && !table.columns.is_empty() {
        sheet.autofilter(0, 0, rows, table.columns.len() as u16 - 1)?;
    }
    super::autofit(sheet);
    Ok(())
}
