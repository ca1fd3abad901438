//! `robust.xlsx` (`fundmix robust --xlsx`): a funding-risk run as a workbook. `Summary` (the
//! draws, the seed, the share with a plan, and the spreads: mean, 5th percentile, median, 95th
//! percentile of the objective, own money, the plan's cost and each indicator), `Core index`
//! (each action, most robust first, with a native bar chart), `Targets` (how often each is met,
//! with a bar chart; only when the plan has targets), `Sources` (each source's chance and
//! expected money, each partner's chance), `Uncertain` (the ranges of uncertain costs and
//! impacts; only when there are some) and `Draws` (one row per draw, as samples.csv, with a
//! filter).
//!
//! The tables are the view's ([`crate::view::risk`]), the ones robust.md and robust.html write;
//! numbers are written as numbers with the workbook's formats.

use super::{clean, header_row, new_workbook, optional_number, Styles};
use crate::analyse::robust::Robust;
use crate::error::{Doing, OutputResult as Result};
use crate::i18n::Tr;
use crate::t;
use crate::view::risk::{self, headlines, intro, SampleUnit};
use crate::view::tables::{Cell, Table};
use rust_xlsxwriter::{Chart, ChartType, Format, Worksheet, XlsxError};

/// The run as the bytes of an `.xlsx` file, in the run's language.
pub fn robust_workbook(robust: &Robust) -> Result<Vec<u8>> {
    let tr = robust.lang.tr();
    let mut workbook = new_workbook(&t!(tr, "risk-title", scenario = &robust.scenario))?;
    let s = Styles::new();
    summary(workbook.add_worksheet(), robust, tr, &s)
        .doing(|| "cannot write the Summary sheet of robust.xlsx".to_string())?;
    let core = risk::core_table(tr, robust);
    let name = t!(tr, "xlsx-sheet-core-index");
    shares_sheet(workbook.add_worksheet(), &name, &core, tr, &s)
        .doing(|| "cannot write the Core index sheet of robust.xlsx".to_string())?;
    if let Some(targets) = risk::targets_table(tr, robust) {
        let name = t!(tr, "xlsx-sheet-targets");
        shares_sheet(workbook.add_worksheet(), &name, &targets, tr, &s)
            .doing(|| "cannot write the Targets sheet of robust.xlsx".to_string())?;
    }
    sources(workbook.add_worksheet(), robust, tr, &s)
        .doing(|| "cannot write the Sources sheet of robust.xlsx".to_string())?;
    let costs = risk::costs_table(tr, robust);
    let impacts = risk::impacts_table(tr, robust);
    if costs.is_some() || impacts.is_some() {
        uncertain(workbook.add_worksheet(), costs, impacts, tr, &s)
            .doing(|| "cannot write the Uncertain sheet of robust.xlsx".to_string())?;
    }
    draws(workbook.add_worksheet(), robust, tr, &s)
        .doing(|| "cannot write the Draws sheet of robust.xlsx".to_string())?;
    workbook
        .save_to_buffer()
        .doing(|| "cannot assemble robust.xlsx".to_string())
}

/// `Summary`: the run in a few lines, then the spreads over the draws with a plan.
fn summary(sheet: &mut Worksheet, robust: &Robust, tr: &Tr, s: &Styles) -> Result<()> {
    sheet.set_name(t!(tr, "xlsx-sheet-summary"))?;
    super::page_setup(sheet, true);
    sheet.set_column_width(0, 34)?;
    sheet.set_column_range_width(1, 4, 16)?;
    let title = t!(tr, "risk-title", scenario = &robust.scenario);
    sheet.write_string_with_format(0, 0, title, &s.title)?;
    sheet.write_string(1, 0, intro(tr, robust))?;
    sheet.write_string_with_format(3, 0, t!(tr, "xlsx-risk-draws"), &s.bold)?;
    sheet.write_number(3, 1, robust.samples as f64)?;
    // A seed may be larger than a spreadsheet's numbers hold exactly: written as text.
    sheet.write_string_with_format(4, 0, t!(tr, "xlsx-risk-seed"), &s.bold)?;
    sheet.write_string(4, 1, robust.seed.to_string())?;
    sheet.write_string_with_format(5, 0, t!(tr, "xlsx-risk-plan-share"), &s.bold)?;
    sheet.write_number_with_format(5, 1, robust.plan_share, &s.percent)?;

    sheet.write_string_with_format(7, 0, t!(tr, "xlsx-risk-spreads"), &s.bold)?;
    let titles = [
        t!(tr, "xlsx-risk-col-what"),
        t!(tr, "xlsx-risk-col-mean"),
        t!(tr, "xlsx-risk-col-p5"),
        t!(tr, "xlsx-risk-col-p50"),
        t!(tr, "xlsx-risk-col-p95"),
    ];
    header_row(sheet, 8, &titles, s)?;
    let indicators = robust
        .indicators
        .iter()
        .map(|(name, spread)| (name.clone(), *spread, false));
    let rows = headlines(tr, robust)
        .into_iter()
        .map(|h| (h.label, h.spread, h.money))
        .chain(indicators);
    for (i, (label, spread, money)) in rows.enumerate() {
        let row = 9 + i as u32;
        sheet.write_string(row, 0, label)?;
        let format = if money { &s.eur } else { &s.number };
        let values = spread.map(|x| [x.mean, x.p5, x.p50, x.p95]);
        for (k, value) in values.into_iter().flatten().enumerate() {
            sheet.write_number_with_format(row, 1 + k as u16, clean(value), format)?;
        }
    }
    Ok(())
}

/// A sheet of one share per row (the core index, how often each target is met), named `name`,
/// with a bar chart of the shares beside the table.
fn shares_sheet(
    sheet: &mut Worksheet,
    name: &str,
    table: &Table,
    tr: &Tr,
    s: &Styles,
) -> Result<()> {
    sheet.set_name(name)?;
    super::page_setup(sheet, true);
    let end = write_table(sheet, 0, table, tr, s)?;
    sheet.set_freeze_panes(1, 0)?;
    super::autofit(sheet);
    let count = end - 1;
    if count > 0 {
        let mut chart = Chart::new(ChartType::Bar);
        chart.title().set_name(name);
        chart
            .add_series()
            .set_name(table.columns[1].label.as_str())
            .set_categories((name, 1, 0, count, 0))
            .set_values((name, 1, 1, count, 1));
        chart
            .x_axis()
            .set_min(0.0)
            .set_max(1.0)
            .set_num_format("0%");
        // Bars run bottom-up in Excel; reversed, they read top-down like the table (most
        // robust first), and the value axis stays at the bottom.
        chart
            .y_axis()
            .set_reverse()
            .set_crossing(rust_xlsxwriter::ChartAxisCrossing::Max);
        chart.legend().set_hidden();
        chart.set_width(640).set_height(120 + 20 * count.min(60));
        sheet.insert_chart(0, 3, &chart)?;
    }
    Ok(())
}

/// `Sources`: each source's chance of paying and the money it is expected to give, then each
/// partner's chance of keeping its word.
fn sources(sheet: &mut Worksheet, robust: &Robust, tr: &Tr, s: &Styles) -> Result<()> {
    sheet.set_name(t!(tr, "xlsx-sheet-sources"))?;
    super::page_setup(sheet, true);
    let mut row = write_table(sheet, 0, &risk::sources_table(tr, robust), tr, s)?;
    if !robust.partners.is_empty() {
        row += 1;
        sheet.write_string_with_format(row, 0, t!(tr, "xlsx-risk-partners"), &s.bold)?;
        row += 1;
        let titles = [t!(tr, "col-partner"), t!(tr, "xlsx-risk-col-keeps-word")];
        header_row(sheet, row, &titles, s)?;
        for (id, chance) in &robust.partners {
            row += 1;
            sheet.write_string(row, 0, id)?;
            sheet.write_number_with_format(row, 1, *chance, &s.percent)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    super::autofit(sheet);
    Ok(())
}

/// `Uncertain`: the uncertain costs (lowest, most likely, highest, mean of the draws), then the
/// uncertain impacts.
fn uncertain(
    sheet: &mut Worksheet,
    costs: Option<Table>,
    impacts: Option<Table>,
    tr: &Tr,
    s: &Styles,
) -> Result<()> {
    sheet.set_name(t!(tr, "xlsx-sheet-uncertain"))?;
    super::page_setup(sheet, true);
    let mut row = 0;
    for (heading, table) in [
        (t!(tr, "risk-costs-heading"), costs),
        (t!(tr, "risk-impacts-heading"), impacts),
    ] {
        let Some(table) = table else { continue };
        sheet.write_string_with_format(row, 0, heading, &s.bold)?;
        row = write_table(sheet, row + 1, &table, tr, s)? + 1;
    }
    super::autofit(sheet);
    Ok(())
}

/// `Draws`: one row per draw, the columns of samples.csv with titles in the run's language,
/// filterable.
fn draws(sheet: &mut Worksheet, robust: &Robust, tr: &Tr, s: &Styles) -> Result<()> {
    sheet.set_name(t!(tr, "xlsx-sheet-draws"))?;
    super::page_setup(sheet, false);
    let columns = risk::sample_columns(robust);
    let titles: Vec<String> = columns.iter().map(|c| c.title(tr, robust)).collect();
    header_row(sheet, 0, &titles, s)?;
    let whole = Format::new().set_num_format("0");
    for (i, sample) in robust.sample_list.iter().enumerate() {
        let row = 1 + i as u32;
        for (col, column) in columns.iter().enumerate() {
            let format = match column.unit() {
                SampleUnit::Count => &whole,
                SampleUnit::Points => &s.number,
                SampleUnit::Share => &s.percent,
                SampleUnit::Eur => &s.cents,
            };
            optional_number(sheet, row, col as u16, column.value(sample), format)?;
        }
    }
    let last_row = robust.sample_list.len() as u32;
    let last_col = columns.len().saturating_sub(1) as u16;
    sheet.autofilter(0, 0, last_row, last_col)?;
    sheet.set_freeze_panes(1, 1)?;
    sheet.set_row_height(0, 45)?;
    sheet.set_column_range_width(0, last_col, 13)?;
    sheet.write_string(last_row + 2, 0, t!(tr, "xlsx-risk-draws-note"))?;
    Ok(())
}

/// Writes a view table from row `row`: its header, then its rows, numbers as numbers. Returns
/// the row after the table.
pub(super) fn write_table(
    sheet: &mut Worksheet,
    row: u32,
    table: &Table,
    tr: &Tr,
    s: &Styles,
) -> Result<u32, XlsxError> {
    let titles: Vec<&str> = table.columns.iter().map(|c| c.label.as_str()).collect();
    header_row(sheet, row, &titles, s)?;
    let mut at = row + 1;
    for cells in table.rows.iter().chain(&table.total) {
        for (col, cell) in cells.iter().enumerate() {
            write_cell(sheet, at, col as u16, cell, tr, s)?;
        }
        at += 1;
    }
    Ok(at)
}

/// One cell of a view table: amounts and shares as numbers with their format, the rest as the
/// words the Markdown report writes.
fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    tr: &Tr,
    s: &Styles,
) -> Result<(), XlsxError> {
    let number = |sheet: &mut Worksheet, value: f64, format: &Format| {
        sheet
            .write_number_with_format(row, col, clean(value), format)
            .map(|_| ())
    };
    match cell {
        Cell::Eur(v) | Cell::Hours(v) | Cell::UsedOf { used: v, .. } => number(sheet, *v, &s.eur),
        Cell::Points(v, decimals) => {
            let pattern = match decimals {
                0 => "#,##0".to_string(),
                d => format!("#,##0.{}", "0".repeat(*d)),
            };
            number(sheet, *v, &Format::new().set_num_format(pattern))
        }
        Cell::Share(v) => number(sheet, *v, &s.percent),
        Cell::UseOf {
            used,
            cap: Some(cap),
        } if *cap > 0.0 => number(sheet, used / cap, &s.percent),
        Cell::Blank | Cell::Empty => Ok(()),
        Cell::Id(_)
        | Cell::Text(_)
        | Cell::Words(_)
        | Cell::Named { .. }
        | Cell::Ids(_)
        | Cell::UseOf { .. }
        | Cell::Verdict(_)
        | Cell::Target { .. }
        | Cell::Missing => sheet
            .write_string(row, col, crate::report::markdown::words(tr, cell))
            .map(|_| ()),
    }
}
