//! The `Timeline` sheet of a scenario's workbook: one row per funded action with who carries
//! it, when it runs against when it was written to, its bounds and who pays, then one column
//! per period drawn as a Gantt chart in the cells: the periods an action runs in are filled in
//! its main payer's colour (the colour the charts give that payer), the periods it was written
//! for but moved out of are grey.

use super::{header_row, Styles};
use crate::error::OutputResult as Result;
use crate::result::ScenarioResult;
use crate::t;
use crate::view::status_words;
use crate::view::timeline::Timeline;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Worksheet};

/// Where the periods start: the columns before them.
const PERIOD_COLUMN: u16 = 13;
/// The fill of a period an action was written for and moved out of.
const WRITTEN: u32 = 0xD9D9D9;

/// Writes the `Timeline` sheet (without a plan, a line saying so).
pub(crate) fn write(sheet: &mut Worksheet, result: &ScenarioResult, s: &Styles) -> Result<()> {
    let tr = result.lang.tr();
    sheet.set_name(t!(tr, "xlsx-sheet-timeline"))?;
    super::page_setup(sheet, true);
    if !result.has_plan() {
        let status = status_words(result);
        sheet.write_string(0, 0, t!(tr, "xlsx-timeline-no-plan", status = status))?;
        return Ok(());
    }
    let timeline = Timeline::of(result);
    let mut titles = vec![
        t!(tr, "col-action"),
        t!(tr, "xlsx-action-name"),
        t!(tr, "col-goal"),
        t!(tr, "col-owner"),
        t!(tr, "xlsx-timeline-start"),
        t!(tr, "xlsx-timeline-end"),
        t!(tr, "xlsx-timeline-delay"),
        t!(tr, "xlsx-timeline-written-start"),
        t!(tr, "xlsx-timeline-latest-start"),
        t!(tr, "xlsx-timeline-deadline"),
        t!(tr, "xlsx-timeline-main-payer"),
        t!(tr, "xlsx-timeline-main-share"),
        t!(tr, "col-paid-by"),
    ];
    titles.extend(timeline.periods.iter().cloned());
    header_row(sheet, 0, &titles, s)?;
    let colours = crate::plot::payer_colours(result);
    let period_cell = Format::new()
        .set_align(FormatAlign::Center)
        .set_border(FormatBorder::Thin)
        .set_border_color(0xFFFFFF);
    let label = |p: Option<usize>| p.map_or("", |p| timeline.periods[p].as_str());
    for (i, row) in timeline.rows.iter().enumerate() {
        let r = 1 + i as u32;
        sheet.write_string(r, 0, &row.action)?;
        sheet.write_string(r, 1, &row.name)?;
        sheet.write_string(r, 2, &row.goal)?;
        sheet.write_string(r, 3, row.owner_name.as_deref().unwrap_or(""))?;
        sheet.write_string(r, 4, label(row.runs.map(|r| r.0)))?;
        sheet.write_string(r, 5, label(row.runs.map(|r| r.1)))?;
        sheet.write_number(r, 6, row.delay as f64)?;
        sheet.write_string(r, 7, label(row.written.map(|w| w.0)))?;
        sheet.write_string(r, 8, label(row.latest_start))?;
        sheet.write_string(r, 9, label(row.deadline))?;
        if let Some(main) = row.main_payer() {
            sheet.write_string(r, 10, &main.name)?;
            sheet.write_number_with_format(r, 11, main.share, &s.percent)?;
        }
        sheet.write_string(r, 12, Timeline::payers_words(tr, row))?;
        let colour = row
            .main_payer()
            .and_then(|m| colours.iter().find(|(id, _)| *id == m.id))
            .map_or(0x5B6B7C, |(_, c)| *c);
        let within =
            |span: Option<(usize, usize)>, p: usize| span.is_some_and(|(a, b)| a <= p && p <= b);
        for p in 0..timeline.periods.len() {
            let col = PERIOD_COLUMN + p as u16;
            if within(row.runs, p) {
                let format = period_cell.clone().set_background_color(colour);
                sheet.write_blank(r, col, &format)?;
            } else if row.delay > 0 && within(row.written, p) {
                let format = period_cell
                    .clone()
                    .set_background_color(WRITTEN)
                    .set_italic();
                sheet.write_string_with_format(
                    r,
                    col,
                    t!(tr, "xlsx-timeline-written-here"),
                    &format,
                )?;
            }
        }
    }
    let last_col = PERIOD_COLUMN + timeline.periods.len().max(1) as u16 - 1;
    sheet.autofilter(0, 0, timeline.rows.len() as u32, last_col)?;
    sheet.set_freeze_panes(1, 1)?;
    super::autofit(sheet);
    for p in 0..timeline.periods.len() {
        sheet.set_column_width(PERIOD_COLUMN + p as u16, 12)?;
    }
    Ok(())
}
