//! The `Summary`, `Allocation`, `Sources` and `Charts` sheets of a scenario's workbook.

use super::funding_table::Layout;
use super::{clean, header_row, optional_number, Styles};
use crate::error::OutputResult as Result;
use crate::result::ScenarioResult;
use crate::t;
use crate::view::status_words;
use crate::view::{aim_words, check_passed};
use rust_xlsxwriter::{Chart, ChartAxisCrossing, ChartLegendPosition, ChartType, Worksheet};

/// `Summary`: the headline figures, then indicators, staff hours and partners.
pub(crate) fn summary(sheet: &mut Worksheet, result: &ScenarioResult, s: &Styles) -> Result<()> {
    let tr = result.lang.tr();
    sheet.set_name(t!(tr, "xlsx-sheet-summary"))?;
    super::page_setup(sheet, true);
    sheet.set_column_width(0, 34)?;
    sheet.set_column_width(1, 16)?;
    for col in 2..=5 {
        sheet.set_column_width(col, 14)?;
    }
    let title = t!(tr, "sec-title", scenario = &result.scenario);
    sheet.write_string_with_format(0, 0, title, &s.title)?;
    let mut row = 2;
    let mut line = |sheet: &mut Worksheet, label: &str| -> Result<u32> {
        sheet.write_string_with_format(row, 0, label, &s.bold)?;
        row += 1;
        Ok(row - 1)
    };
    let r = line(sheet, &t!(tr, "col-status"))?;
    sheet.write_string(r, 1, status_words(result))?;
    if !result.has_plan() {
        let r = line(sheet, &t!(tr, "xlsx-what-now"))?;
        sheet.write_string(r, 1, t!(tr, "xlsx-no-plan-what-now"))?;
        return Ok(());
    }
    let r = line(sheet, &t!(tr, "sec-check"))?;
    sheet.write_string(r, 1, check_passed(tr))?;
    let r = line(sheet, &t!(tr, "xlsx-aim"))?;
    sheet.write_string(r, 1, aim_words(tr, result.objective_kind))?;
    let r = line(sheet, &t!(tr, "xlsx-objective-value"))?;
    optional_number(sheet, r, 1, result.objective, &s.number)?;
    let r = line(sheet, &t!(tr, "cmp-actions-funded"))?;
    sheet.write_number(r, 1, result.selected.len() as f64)?;
    let total = result.selected.len() + result.not_selected.len();
    sheet.write_string(r, 2, t!(tr, "xlsx-of-total", total = total.to_string()))?;
    let m = &result.money;
    for (label, value) in [
        (t!(tr, "xlsx-total-cost"), m.total_cost_eur),
        (t!(tr, "xlsx-own-money"), m.own_eur),
        (t!(tr, "xlsx-external-money"), m.external_eur),
        // Indented under the external money it is part of.
        (
            format!("  {}", t!(tr, "xlsx-of-which-partner-cash")),
            m.partner_cash_eur,
        ),
    ] {
        let r = line(sheet, &label)?;
        sheet.write_number_with_format(r, 1, clean(value), &s.eur)?;
    }
    let r = line(sheet, &t!(tr, "xlsx-leverage"))?;
    optional_number(sheet, r, 1, m.leverage, &s.number)?;
    if !result.not_selected.is_empty() {
        let r = line(sheet, &t!(tr, "sec-not-funded"))?;
        sheet.write_string(r, 1, result.not_selected.join(", "))?;
    }

    row += 1;
    sheet.write_string_with_format(row, 0, t!(tr, "xlsx-indicators"), &s.bold)?;
    row += 1;
    let titles = [
        t!(tr, "col-indicator"),
        t!(tr, "col-reached"),
        t!(tr, "col-target"),
        t!(tr, "xlsx-hard-target"),
        t!(tr, "col-shortfall"),
        t!(tr, "col-weight"),
    ];
    header_row(sheet, row, &titles, s)?;
    for i in &result.indicators {
        row += 1;
        sheet.write_string(row, 0, &i.indicator)?;
        sheet.write_number_with_format(row, 1, clean(i.reached), &s.number)?;
        optional_number(sheet, row, 2, i.target, &s.number)?;
        if let Some(hard) = i.hard {
            let word = if hard {
                t!(tr, "xlsx-yes")
            } else {
                t!(tr, "xlsx-no")
            };
            sheet.write_string(row, 3, word)?;
        }
        sheet.write_number_with_format(row, 4, clean(i.shortfall), &s.number)?;
        sheet.write_number(row, 5, clean(i.weight))?;
    }

    row += 2;
    sheet.write_string_with_format(row, 0, t!(tr, "xlsx-staff-hours"), &s.bold)?;
    row += 1;
    let titles = [
        t!(tr, "xlsx-year"),
        t!(tr, "col-needed"),
        t!(tr, "col-given-by-partners"),
        t!(tr, "xlsx-hours-municipal"),
        t!(tr, "col-capacity"),
    ];
    header_row(sheet, row, &titles, s)?;
    for h in &result.staff {
        row += 1;
        sheet.write_string(row, 0, &h.period)?;
        sheet.write_number_with_format(row, 1, clean(h.needed_hours), &s.eur)?;
        sheet.write_number_with_format(row, 2, clean(h.partner_hours), &s.eur)?;
        sheet.write_number_with_format(row, 3, clean(h.municipal_hours), &s.eur)?;
        optional_number(sheet, row, 4, h.capacity_hours, &s.eur)?;
    }

    if !result.partners.is_empty() {
        row += 2;
        sheet.write_string_with_format(row, 0, t!(tr, "sec-partners"), &s.bold)?;
        row += 1;
        let titles = [
            t!(tr, "col-partner"),
            t!(tr, "col-cash-eur"),
            t!(tr, "col-hours"),
            t!(tr, "col-joins"),
        ];
        header_row(sheet, row, &titles, s)?;
        for p in &result.partners {
            row += 1;
            sheet.write_string(row, 0, &p.name)?;
            sheet.write_number_with_format(row, 1, clean(p.cash_eur), &s.eur)?;
            sheet.write_number_with_format(row, 2, clean(p.hours), &s.eur)?;
            sheet.write_string(row, 3, p.actions.join(", "))?;
        }
    }
    Ok(())
}

/// `Allocation`: one row per money flow (as `allocation.csv`), with names, filterable.
pub(crate) fn allocation(sheet: &mut Worksheet, result: &ScenarioResult, s: &Styles) -> Result<()> {
    let tr = result.lang.tr();
    sheet.set_name(t!(tr, "xlsx-sheet-allocation"))?;
    super::page_setup(sheet, true);
    let titles = [
        t!(tr, "col-action"),
        t!(tr, "xlsx-action-name"),
        t!(tr, "col-source"),
        t!(tr, "xlsx-source-name"),
        t!(tr, "xlsx-year"),
        t!(tr, "xlsx-amount"),
    ];
    header_row(sheet, 0, &titles, s)?;
    let action_names: std::collections::HashMap<&str, &str> = result
        .selected
        .iter()
        .map(|a| (a.action.as_str(), a.name.as_str()))
        .collect();
    let payer_names = crate::view::payer_names(result);
    for (i, f) in result.flows.iter().enumerate() {
        let row = 1 + i as u32;
        sheet.write_string(row, 0, &f.action)?;
        sheet.write_string(
            row,
            1,
            action_names.get(f.action.as_str()).copied().unwrap_or(""),
        )?;
        sheet.write_string(row, 2, &f.payer)?;
        sheet.write_string(
            row,
            3,
            payer_names.get(f.payer.as_str()).copied().unwrap_or(""),
        )?;
        sheet.write_string(row, 4, &f.period)?;
        sheet.write_number_with_format(row, 5, clean(f.amount_eur), &s.cents)?;
    }
    sheet.autofilter(0, 0, result.flows.len() as u32, 5)?;
    sheet.set_freeze_panes(1, 0)?;
    super::autofit(sheet);
    Ok(())
}

/// Where the `Sources` sheet put its columns, for the bar chart.
pub(crate) struct SourcesLayout {
    /// Sheet name.
    sheet: String,
    /// Number of sources (rows 1..=count).
    count: u32,
    /// The name column.
    name_col: u16,
    /// The `Used in total` column.
    used_col: u16,
    /// The `Budget available` column.
    available_col: u16,
}

/// `Sources`: each source's use per year and in total against its caps and budget.
pub(crate) fn sources(
    sheet: &mut Worksheet,
    result: &ScenarioResult,
    s: &Styles,
) -> Result<SourcesLayout> {
    let tr = result.lang.tr();
    let name = t!(tr, "xlsx-sheet-sources");
    sheet.set_name(&name)?;
    super::page_setup(sheet, true);
    let periods = result.periods.len() as u16;
    let mut titles = vec![t!(tr, "col-source"), t!(tr, "col-name"), t!(tr, "col-kind")];
    titles.extend(
        result
            .periods
            .iter()
            .map(|p| t!(tr, "xlsx-used-in-year", year = p)),
    );
    titles.push(t!(tr, "xlsx-used-in-total"));
    titles.extend(
        result
            .periods
            .iter()
            .map(|p| t!(tr, "xlsx-cap-in-year", year = p)),
    );
    titles.push(t!(tr, "xlsx-total-budget"));
    titles.push(t!(tr, "xlsx-budget-available"));
    titles.push(t!(tr, "xlsx-share-used"));
    titles.push(t!(tr, "xlsx-note"));
    header_row(sheet, 0, &titles, s)?;
    let used_col = 3 + periods;
    let available_col = used_col + periods + 2;
    for (i, source) in result.sources.iter().enumerate() {
        let row = 1 + i as u32;
        sheet.write_string(row, 0, &source.source)?;
        sheet.write_string(row, 1, &source.name)?;
        sheet.write_string(row, 2, crate::view::source_kind(tr, source.kind))?;
        for (p, period) in source.periods.iter().enumerate() {
            let p = p as u16;
            sheet.write_number_with_format(row, 3 + p, clean(period.used_eur), &s.eur)?;
            optional_number(sheet, row, used_col + 1 + p, period.budget_eur, &s.eur)?;
        }
        sheet.write_number_with_format(row, used_col, clean(source.used_eur), &s.eur)?;
        let total = source.budget_total_eur;
        optional_number(sheet, row, used_col + periods + 1, total, &s.eur)?;
        let available = source.available_eur();
        optional_number(sheet, row, available_col, available, &s.eur)?;
        let share = available.filter(|a| *a > 0.0).map(|a| source.used_eur / a);
        optional_number(sheet, row, available_col + 1, share, &s.percent)?;
        let note = match (source.enabled, available) {
            (false, _) => t!(tr, "xlsx-switched-off"),
            (true, None) => t!(tr, "no-cap"),
            _ => String::new(),
        };
        sheet.write_string(row, available_col + 2, note)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    super::autofit(sheet);
    Ok(SourcesLayout {
        sheet: name,
        count: result.sources.len() as u32,
        name_col: 1,
        used_col,
        available_col,
    })
}

/// `Charts`: money by source and year (stacked columns, from the funding table's total row)
/// and each source's use against its budget (bars, from the Sources sheet). Without a plan the
/// sheet says so instead.
pub(crate) fn charts(
    sheet: &mut Worksheet,
    result: &ScenarioResult,
    table: &Layout,
    sources: &SourcesLayout,
) -> Result<()> {
    let tr = result.lang.tr();
    sheet.set_name(t!(tr, "xlsx-sheet-charts"))?;
    super::page_setup(sheet, true);
    let Some(total_row) = table.total_row else {
        let status = status_words(result);
        sheet.write_string(0, 0, t!(tr, "xlsx-no-charts", status = status))?;
        return Ok(());
    };
    let mut money = Chart::new(ChartType::ColumnStacked);
    money.title().set_name(&t!(
        tr,
        "xlsx-chart-money-by-year",
        scenario = &result.scenario
    ));
    let last_period = table.periods.saturating_sub(1);
    for &first in &table.payer_columns {
        money
            .add_series()
            .set_name((table.sheet.as_str(), table.payer_row, first))
            .set_categories((
                table.sheet.as_str(),
                table.period_row,
                first,
                table.period_row,
                first + last_period,
            ))
            .set_values((
                table.sheet.as_str(),
                total_row,
                first,
                total_row,
                first + last_period,
            ));
    }
    money.x_axis().set_name(&t!(tr, "xlsx-year"));
    money.y_axis().set_name("EUR").set_num_format("#,##0");
    money.legend().set_position(ChartLegendPosition::Right);
    money.set_width(900).set_height(420);
    sheet.insert_chart(1, 1, &money)?;

    if sources.count > 0 {
        let mut used = Chart::new(ChartType::Bar);
        used.title()
            .set_name(&t!(tr, "xlsx-chart-use-against-budget"));
        let sheet_name = sources.sheet.as_str();
        let names = (
            sheet_name,
            1,
            sources.name_col,
            sources.count,
            sources.name_col,
        );
        for (col, label) in [
            (sources.used_col, t!(tr, "col-used")),
            (sources.available_col, t!(tr, "xlsx-budget-available")),
        ] {
            used.add_series()
                .set_name(&label)
                .set_categories(names)
                .set_values((sheet_name, 1, col, sources.count, col));
        }
        used.x_axis().set_name("EUR").set_num_format("#,##0");
        // Bars run bottom-up in Excel; reversed, they read top-down in plan order, and the
        // value axis stays at the bottom.
        used.y_axis()
            .set_reverse()
            .set_crossing(ChartAxisCrossing::Max);
        used.legend().set_position(ChartLegendPosition::Bottom);
        let height = 160 + 36 * sources.count.min(30);
        used.set_width(900).set_height(height);
        sheet.insert_chart(24, 1, &used)?;
    }
    Ok(())
}
