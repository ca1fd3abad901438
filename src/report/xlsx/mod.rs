//! `plan.xlsx`, `comparison.xlsx` and `robust.xlsx`: the results as Excel workbooks with native
//! charts.
//!
//! The scenario workbook ([`results_workbook`]) has six sheets: `Summary` (status, money,
//! indicators, staff hours, partners), `Funding table` (action × source × year with totals per
//! row and column, as in an action plan), `Timeline` (when each funded action runs, who carries
//! it and who pays, with the periods drawn as a Gantt chart in the cells), `Allocation` (one row
//! per money flow, filterable),
//! `Sources` (use against budget) and `Charts` (money by source and year as stacked columns; use
//! against budget as bars). The comparison workbook ([`comparison_workbook`]) has a
//! `Comparison` sheet with a chart, then one funding table per scenario. The workbook of a
//! funding-risk run ([`robust_workbook`]) is described in its module.
//!
//! Every word (sheet names, titles, headers, notes, chart titles and axes, the document's
//! title) comes from the catalogue `xlsx.ftl` in the result's language; ids and names from the
//! user's files are written as they are.
//!
//! Money is written as numbers with a thousands format, never as text; totals are `SUM`
//! formulas that carry their computed value, so the file reads right before Excel recalculates
//! and keeps adding up when a user edits a cell. Like every report, this module formats what the
//! result holds and computes nothing new. The same result gives the same bytes: the
//! workbook's "created" property is a fixed date (see [`CREATED`]).

mod comparison;
mod funding_table;
mod monitor;
mod robust;
mod sheets;
mod timeline;

pub use comparison::comparison_workbook;
pub use monitor::monitor_workbook;
pub use robust::robust_workbook;

use crate::error::{Doing, OutputResult as Result};
use crate::result::ScenarioResult;
use crate::t;
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError,
};

/// The "created" date written into every workbook (`docProps/core.xml`). rust_xlsxwriter would
/// write the current time, so two runs on the same input would differ; a fixed date keeps the
/// bytes identical. The file's own modification time still says when it was written.
pub const CREATED: (u16, u8, u8) = (2024, 1, 1);

/// Widest column, in pixels, that autofit may choose.
const MAX_COLUMN_PIXELS: u32 = 320;

/// Sets each column's width to fit what is written in it so far (at most
/// [`MAX_COLUMN_PIXELS`]). Titles written after this do not widen their column.
pub(crate) fn autofit(sheet: &mut Worksheet) {
    sheet.set_autofit_max_width(MAX_COLUMN_PIXELS);
    sheet.autofit();
}

/// The workbook of one scenario, as the bytes of an `.xlsx` file.
pub fn results_workbook(result: &ScenarioResult) -> Result<Vec<u8>> {
    let tr = result.lang.tr();
    let mut workbook = new_workbook(&t!(tr, "sec-title", scenario = &result.scenario))?;
    let styles = Styles::new();
    sheets::summary(workbook.add_worksheet(), result, &styles)
        .doing(|| "cannot write the Summary sheet of plan.xlsx".to_string())?;
    let table_name = t!(tr, "xlsx-sheet-funding-table");
    let table = funding_table::write(workbook.add_worksheet(), &table_name, result, &styles)
        .doing(|| "cannot write the Funding table sheet of plan.xlsx".to_string())?;
    timeline::write(workbook.add_worksheet(), result, &styles)
        .doing(|| "cannot write the Timeline sheet of plan.xlsx".to_string())?;
    sheets::allocation(workbook.add_worksheet(), result, &styles)
        .doing(|| "cannot write the Allocation sheet of plan.xlsx".to_string())?;
    let sources = sheets::sources(workbook.add_worksheet(), result, &styles)
        .doing(|| "cannot write the Sources sheet of plan.xlsx".to_string())?;
    sheets::charts(workbook.add_worksheet(), result, &table, &sources)
        .doing(|| "cannot write the Charts sheet of plan.xlsx".to_string())?;
    workbook
        .save_to_buffer()
        .doing(|| "cannot assemble plan.xlsx".to_string())
}

/// Prints a sheet on A4 landscape, one page wide when `fit` (else at full size, over as many
/// pages as it needs).
pub(crate) fn page_setup(sheet: &mut Worksheet, fit: bool) {
    sheet.set_paper_size(9).set_landscape();
    if fit {
        sheet.set_print_fit_to_pages(1, 0);
    }
}

/// A workbook with fixed document properties (title, author, created date).
pub(crate) fn new_workbook(title: &str) -> Result<Workbook> {
    let (year, month, day) = CREATED;
    let created = ExcelDateTime::from_ymd(year, month, day)
        .doing(|| "the fixed creation date of the workbook is not a date".to_string())?;
    let properties = DocProperties::new()
        .set_title(title)
        .set_author("fundmix")
        .set_creation_datetime(&created);
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties);
    Ok(workbook)
}

/// The cell formats the sheets share.
pub(crate) struct Styles {
    /// A sheet title.
    pub title: Format,
    /// A header cell: bold on grey, wrapped.
    pub header: Format,
    /// A bold label.
    pub bold: Format,
    /// Whole euros with a thousands separator.
    pub eur: Format,
    /// Whole euros with a thousands separator, blank when zero (the cells of a matrix).
    pub eur_or_blank: Format,
    /// Euros and cents with a thousands separator.
    pub cents: Format,
    /// A total: whole euros, bold, a line above.
    pub total: Format,
    /// The label of a total row.
    pub total_label: Format,
    /// A share as a percentage.
    pub percent: Format,
    /// A plain number with two decimals.
    pub number: Format,
}

impl Styles {
    /// The formats.
    pub fn new() -> Self {
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_background_color(0xD9E1F2)
            .set_border_bottom(FormatBorder::Thin);
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            header,
            bold: Format::new().set_bold(),
            eur: Format::new().set_num_format("#,##0"),
            eur_or_blank: Format::new().set_num_format("#,##0;-#,##0;"),
            cents: Format::new().set_num_format("#,##0.00"),
            total: Format::new()
                .set_num_format("#,##0")
                .set_bold()
                .set_border_top(FormatBorder::Thin),
            total_label: Format::new().set_bold().set_border_top(FormatBorder::Thin),
            percent: Format::new().set_num_format("0%"),
            number: Format::new().set_num_format("#,##0.00"),
        }
    }
}

/// Writes a header row of `titles` from column 0.
pub(crate) fn header_row(
    sheet: &mut Worksheet,
    row: u32,
    titles: &[impl AsRef<str>],
    styles: &Styles,
) -> Result<(), XlsxError> {
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, title.as_ref(), &styles.header)?;
    }
    Ok(())
}

/// Writes `value` as a number, or leaves the cell blank when there is none.
pub(crate) fn optional_number(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: Option<f64>,
    format: &Format,
) -> Result<(), XlsxError> {
    if let Some(value) = value {
        sheet.write_number_with_format(row, col, clean(value), format)?;
    }
    Ok(())
}

/// `value` without a negative zero (an empty sum may be `-0.0`, shown as "-0").
pub(crate) fn clean(value: f64) -> f64 {
    if value == 0.0 {
        0.0
    } else {
        value
    }
}
