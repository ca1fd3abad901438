//! The `Summary`, `Allocation`, `Sources` and `Charts` sheets of a scenario's workbook.

use super::funding_table::Layout;
use super::{clean, header_row, optional_number, Styles};
use crate::error::OutputResult as Result;
use crate::result::ScenarioResult;
use crate::view::status_words;
use crate::view::{aim_words, check_passed};
use rust_xlsxwriter::{Chart, ChartAxisCrossing, ChartLegendPosition, ChartType, Worksheet};

/// Name of the funding table sheet.
pub(crate) const FUNDING_TABLE: &str = "Funding table";
/// Name of the sources sheet.
const SOURCES: &str = "Sources";

/// `Summary`: the headline figures, then indicators, staff hours and partners.
pub(crate) fn summary(sheet: &mut Worksheet, result: &ScenarioResult, s: &Styles) -> Result<()> {
    sheet.set_name("Summary")?;
    super::page_setup(sheet, true);
    sheet.set_column_width(0, 34)?;
    sheet.set_column_width(1, 16)?;
    for col in 2..=5 {
        sheet.set_column_width(col, 14)?;
    }
    sheet.write_string_with_format(0, 0, format!("Funding plan: {}", result.scenario), &s.title)?;
    let mut row = 2;
    let mut line = |sheet: &mut Worksheet, label: &str| -> Result<u32> {
        sheet.write_string_with_format(row, 0, label, &s.bold)?;
        row += 1;
        Ok(row - 1)
    };
    let r = line(sheet, "Status")?;
    sheet.write_string(r, 1, status_words(result))?;
    if !result.has_plan() {
        let r = line(sheet, "What now")?;
        sheet.write_string(
            r,
            1,
            "No funding plan can be written: report.md says why and what would change that.",
        )?;
        return Ok(());
    }
    let r = line(sheet, "Independent check")?;
    sheet.write_string(r, 1, check_passed(result.lang.tr()))?;
    let r = line(sheet, "Aim")?;
    sheet.write_string(r, 1, aim_words(result.lang.tr(), result.objective_kind))?;
    let r = line(sheet, "Objective value")?;
    optional_number(sheet, r, 1, result.objective, &s.number)?;
    let r = line(sheet, "Actions funded")?;
    sheet.write_number(r, 1, result.selected.len() as f64)?;
    sheet.write_string(
        r,
        2,
        format!("of {}", result.selected.len() + result.not_selected.len()),
    )?;
    let m = &result.money;
    for (label, value) in [
        ("Total cost (EUR)", m.total_cost_eur),
        ("Own money (EUR)", m.own_eur),
        ("External money (EUR)", m.external_eur),
        ("  of which partners' cash (EUR)", m.partner_cash_eur),
    ] {
        let r = line(sheet, label)?;
        sheet.write_number_with_format(r, 1, clean(value), &s.eur)?;
    }
    let r = line(sheet, "Leverage (EUR external per EUR own)")?;
    optional_number(sheet, r, 1, m.leverage, &s.number)?;
    if !result.not_selected.is_empty() {
        let r = line(sheet, "Not funded")?;
        sheet.write_string(r, 1, result.not_selected.join(", "))?;
    }

    row += 1;
    sheet.write_string_with_format(row, 0, "Indicators", &s.bold)?;
    row += 1;
    let titles = [
        "Indicator",
        "Reached",
        "Target",
        "Hard target",
        "Shortfall",
        "Weight",
    ];
    header_row(sheet, row, &titles, s)?;
    for i in &result.indicators {
        row += 1;
        sheet.write_string(row, 0, &i.indicator)?;
        sheet.write_number_with_format(row, 1, clean(i.reached), &s.number)?;
        optional_number(sheet, row, 2, i.target, &s.number)?;
        if let Some(hard) = i.hard {
            sheet.write_string(row, 3, if hard { "yes" } else { "no" })?;
        }
        sheet.write_number_with_format(row, 4, clean(i.shortfall), &s.number)?;
        sheet.write_number(row, 5, clean(i.weight))?;
    }

    row += 2;
    sheet.write_string_with_format(row, 0, "Municipal staff hours", &s.bold)?;
    row += 1;
    let titles = [
        "Year",
        "Needed",
        "Given by partners",
        "Municipal",
        "Capacity",
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
        sheet.write_string_with_format(row, 0, "Partners", &s.bold)?;
        row += 1;
        header_row(sheet, row, &["Partner", "Cash (EUR)", "Hours", "Joins"], s)?;
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
    sheet.set_name("Allocation")?;
    super::page_setup(sheet, true);
    let titles = [
        "Action",
        "Action name",
        "Source",
        "Source name",
        "Year",
        "Amount (EUR)",
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
    sheet.set_name(SOURCES)?;
    super::page_setup(sheet, true);
    let periods = result.periods.len() as u16;
    let mut titles: Vec<String> = vec!["Source".into(), "Name".into(), "Kind".into()];
    titles.extend(result.periods.iter().map(|p| format!("Used {p}")));
    titles.push("Used in total".into());
    titles.extend(result.periods.iter().map(|p| format!("Cap {p}")));
    titles.push("Total budget".into());
    titles.push("Budget available".into());
    titles.push("Share used".into());
    titles.push("Note".into());
    let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
    header_row(sheet, 0, &titles, s)?;
    let used_col = 3 + periods;
    let available_col = used_col + periods + 2;
    for (i, source) in result.sources.iter().enumerate() {
        let row = 1 + i as u32;
        sheet.write_string(row, 0, &source.source)?;
        sheet.write_string(row, 1, &source.name)?;
        sheet.write_string(row, 2, source.kind.as_str())?;
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
            (false, _) => "switched off in this scenario",
            (true, None) => "no cap",
            _ => "",
        };
        sheet.write_string(row, available_col + 2, note)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    super::autofit(sheet);
    Ok(SourcesLayout {
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
    sheet.set_name("Charts")?;
    super::page_setup(sheet, true);
    let Some(total_row) = table.total_row else {
        sheet.write_string(0, 0, format!("No charts: {}.", status_words(result)))?;
        return Ok(());
    };
    let mut money = Chart::new(ChartType::ColumnStacked);
    money.title().set_name(&format!(
        "Money by source and year (EUR): {}",
        result.scenario
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
    money.x_axis().set_name("Year");
    money.y_axis().set_name("EUR").set_num_format("#,##0");
    money.legend().set_position(ChartLegendPosition::Right);
    money.set_width(900).set_height(420);
    sheet.insert_chart(1, 1, &money)?;

    if sources.count > 0 {
        let mut used = Chart::new(ChartType::Bar);
        used.title()
            .set_name("Use of each funding source against its budget (EUR)");
        let names = (
            SOURCES,
            1,
            sources.name_col,
            sources.count,
            sources.name_col,
        );
        for (col, label) in [
            (sources.used_col, "Used"),
            (sources.available_col, "Budget available"),
        ] {
            used.add_series()
                .set_name(label)
                .set_categories(names)
                .set_values((SOURCES, 1, col, sources.count, col));
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
