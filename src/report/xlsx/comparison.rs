//! `comparison.xlsx`: a `Comparison` sheet (one row per scenario, with a stacked column chart
//! of the money by source in each scenario), then one sheet per scenario holding its funding
//! table (action × source × year, as in `plan.xlsx`).

use super::{clean, funding_table, header_row, new_workbook, optional_number, Styles};
use crate::error::{Doing, OutputResult as Result};
use crate::i18n::Tr;
use crate::report::comparison::rows;
use crate::result::ScenarioResult;
use crate::t;
use rust_xlsxwriter::{Chart, ChartLegendPosition, ChartType, Worksheet};
use std::collections::BTreeSet;

/// The longest sheet name Excel accepts.
const SHEET_NAME_LIMIT: usize = 31;

/// The comparison of `results` (in input order) as the bytes of an `.xlsx` file, in the first
/// result's language (every scenario of a comparison is given the same `--lang`).
pub fn comparison_workbook(results: &[ScenarioResult]) -> Result<Vec<u8>> {
    let tr = crate::view::comparison_lang(results);
    let mut workbook = new_workbook(&t!(tr, "xlsx-comparison-title"))?;
    let styles = Styles::new();
    let comparison = t!(tr, "xlsx-sheet-comparison");
    comparison_sheet(workbook.add_worksheet(), &comparison, results, tr, &styles)
        .doing(|| "cannot write the Comparison sheet of comparison.xlsx".to_string())?;
    let mut used = BTreeSet::from([comparison.to_lowercase()]);
    let fallback = t!(tr, "xlsx-sheet-scenario");
    for result in results {
        let name = sheet_name(&result.scenario, &fallback, &mut used);
        funding_table::write(workbook.add_worksheet(), &name, result, &styles).doing(|| {
            format!(
                "cannot write the sheet of scenario '{}' in comparison.xlsx",
                result.scenario
            )
        })?;
    }
    workbook
        .save_to_buffer()
        .doing(|| "cannot assemble comparison.xlsx".to_string())
}

/// One row per scenario, then the chart below the table; the sheet is named `name`.
fn comparison_sheet(
    sheet: &mut Worksheet,
    name: &str,
    results: &[ScenarioResult],
    tr: &Tr,
    s: &Styles,
) -> Result<()> {
    sheet.set_name(name)?;
    super::page_setup(sheet, false);
    let rows = rows(results);
    // Sources and indicators in first-seen order (the plan order for variants of one plan).
    let mut sources: Vec<(String, String)> = Vec::new();
    let mut indicators: Vec<String> = Vec::new();
    for r in results {
        for source in &r.sources {
            if !sources.iter().any(|(id, _)| *id == source.source) {
                sources.push((source.source.clone(), source.name.clone()));
            }
        }
        for i in &r.indicators {
            if !indicators.contains(&i.indicator) {
                indicators.push(i.indicator.clone());
            }
        }
    }
    let mut titles: Vec<String> = vec![
        t!(tr, "col-scenario"),
        t!(tr, "col-status"),
        t!(tr, "cmp-actions-funded"),
        t!(tr, "xlsx-objective"),
        t!(tr, "xlsx-total-cost"),
        t!(tr, "xlsx-own-money"),
    ];
    let first_source = titles.len() as u16;
    titles.extend(sources.iter().map(|(id, name)| {
        let name = if name.trim().is_empty() { id } else { name };
        format!("{name} (EUR)")
    }));
    let partner_col = titles.len() as u16;
    titles.push(t!(tr, "xlsx-partners-cash"));
    titles.push(t!(tr, "xlsx-leverage"));
    titles.push(t!(tr, "xlsx-staff-hours"));
    let first_indicator = titles.len() as u16;
    titles.extend(
        indicators
            .iter()
            .map(|i| t!(tr, "xlsx-indicator-reached", indicator = i)),
    );
    titles.push(t!(tr, "cmp-must-not-funded"));
    titles.push(t!(tr, "xlsx-what-limits"));
    header_row(sheet, 0, &titles, s)?;

    for (i, (r, result)) in rows.iter().zip(results).enumerate() {
        let row = 1 + i as u32;
        sheet.write_string(row, 0, &r.scenario)?;
        sheet.write_string(row, 1, crate::view::status_short(tr, result.status))?;
        sheet.write_number(row, 2, r.actions_funded as f64)?;
        optional_number(sheet, row, 3, r.objective, &s.number)?;
        sheet.write_number_with_format(row, 4, clean(r.total_eur), &s.eur)?;
        sheet.write_number_with_format(row, 5, clean(r.own_eur), &s.eur)?;
        for (k, (id, _)) in sources.iter().enumerate() {
            let used = r.sources.iter().find(|(s, _)| s == id).map(|(_, v)| *v);
            optional_number(sheet, row, first_source + k as u16, used, &s.eur)?;
        }
        sheet.write_number_with_format(row, partner_col, clean(r.partner_cash_eur), &s.eur)?;
        optional_number(sheet, row, partner_col + 1, r.leverage, &s.number)?;
        sheet.write_number_with_format(row, partner_col + 2, clean(r.staff_hours), &s.eur)?;
        for (k, name) in indicators.iter().enumerate() {
            let reached = r
                .indicators
                .iter()
                .find(|c| c.indicator == *name)
                .and_then(|c| c.reached);
            optional_number(sheet, row, first_indicator + k as u16, reached, &s.number)?;
        }
        let last = first_indicator + indicators.len() as u16;
        sheet.write_string(row, last, r.must_not_funded.join(", "))?;
        sheet.write_string(row, last + 1, r.what_limits.as_deref().unwrap_or(""))?;
    }
    sheet.set_freeze_panes(1, 1)?;
    // Fixed widths: long source names wrap in the header row instead of widening columns.
    let last = first_indicator + indicators.len() as u16 + 1;
    sheet.set_column_width(0, 28)?;
    sheet.set_column_range_width(1, last - 1, 14)?;
    sheet.set_column_width(last, 80)?;
    sheet.set_row_height(0, 75)?;

    let count = rows.len() as u32;
    if count > 0 {
        let mut chart = Chart::new(ChartType::ColumnStacked);
        chart
            .title()
            .set_name(&t!(tr, "xlsx-chart-money-by-scenario"));
        for col in (first_source..partner_col).chain([partner_col]) {
            chart
                .add_series()
                .set_name((name, 0, col))
                .set_categories((name, 1, 0, count, 0))
                .set_values((name, 1, col, count, col));
        }
        chart.y_axis().set_name("EUR").set_num_format("#,##0");
        chart.legend().set_position(ChartLegendPosition::Right);
        chart.set_width(900).set_height(440);
        sheet.insert_chart(count + 3, 0, &chart)?;
    }
    Ok(())
}

/// A sheet name for a scenario: the characters Excel refuses replaced by `-`, cut to 31
/// characters, and made unique (case-insensitively) with ` (2)`, ` (3)`, ...; `fallback` when
/// nothing is left.
fn sheet_name(scenario: &str, fallback: &str, used: &mut BTreeSet<String>) -> String {
    let cleaned: String = scenario
        .chars()
        .map(|c| match c {
            '*' | '?' | ':' | '[' | ']' | '\\' | '/' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let cleaned = cleaned.trim().trim_matches('\'').trim();
    let base = if cleaned.is_empty() {
        fallback
    } else {
        cleaned
    };
    let cut = |text: &str, room: usize| -> String {
        // Excel counts UTF-16 units.
        let mut out = String::new();
        for c in text.chars() {
            if out.encode_utf16().count() + c.len_utf16() > room {
                break;
            }
            out.push(c);
        }
        out.trim_end().trim_end_matches('\'').to_string()
    };
    let mut name = cut(base, SHEET_NAME_LIMIT);
    let mut n = 2;
    while !used.insert(name.to_lowercase()) {
        let suffix = format!(" ({n})");
        name = format!("{}{suffix}", cut(base, SHEET_NAME_LIMIT - suffix.len()));
        n += 1;
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_legal_and_unique() {
        let mut used = BTreeSet::from(["comparison".to_string()]);
        assert_eq!(
            sheet_name("ESF+ rejected", "Scenario", &mut used),
            "ESF+ rejected"
        );
        assert_eq!(
            sheet_name("esf+ rejected", "Scenario", &mut used),
            "esf+ rejected (2)"
        );
        assert_eq!(sheet_name("a/b: [c]?", "Scenario", &mut used), "a-b- -c--");
        assert_eq!(
            sheet_name("comparison", "Scenario", &mut used),
            "comparison (2)"
        );
        assert_eq!(sheet_name("  ", "Scenario", &mut used), "Scenario");
        let long = "A very long scenario name that Excel would refuse";
        let first = sheet_name(long, "Scenario", &mut used);
        let second = sheet_name(long, "Scenario", &mut used);
        // Cut at 31 characters, without the space it would end with.
        assert_eq!(first, "A very long scenario name that");
        assert!(second.ends_with(" (2)") && second.encode_utf16().count() <= 31);
        for name in used.iter() {
            assert!(
                rust_xlsxwriter::utility::check_sheet_name(name).is_ok(),
                "{name}"
            );
        }
    }

    #[test]
    fn sheet_names_in_every_language_are_legal() {
        for lang in crate::i18n::Lang::ALL {
            let tr = lang.tr();
            // The sheets of plan.xlsx and comparison.xlsx; of robust.xlsx. Each group is
            // unique: the sheets of one workbook.
            let plan = vec![
                t!(tr, "xlsx-sheet-summary"),
                t!(tr, "xlsx-sheet-funding-table"),
                t!(tr, "xlsx-sheet-allocation"),
                t!(tr, "xlsx-sheet-sources"),
                t!(tr, "xlsx-sheet-charts"),
                t!(tr, "xlsx-sheet-comparison"),
                t!(tr, "xlsx-sheet-scenario"),
            ];
            let risk = vec![
                t!(tr, "xlsx-sheet-summary"),
                t!(tr, "xlsx-sheet-core-index"),
                t!(tr, "xlsx-sheet-targets"),
                t!(tr, "xlsx-sheet-sources"),
                t!(tr, "xlsx-sheet-uncertain"),
                t!(tr, "xlsx-sheet-draws"),
            ];
            for names in [plan, risk] {
                let mut unique = BTreeSet::new();
                for name in &names {
                    assert!(
                        name.encode_utf16().count() <= SHEET_NAME_LIMIT,
                        "{lang}: {name}"
                    );
                    assert!(
                        rust_xlsxwriter::utility::check_sheet_name(name).is_ok(),
                        "{lang}: {name}"
                    );
                    assert!(unique.insert(name.to_lowercase()), "{lang}: {name} twice");
                }
            }
        }
    }
}
