//! Chart "Money by source and year (EUR)": one stacked bar per period of one scenario, one
//! colour per source, partners' cash on top.

use super::payers::payers;
use super::render::render;
use super::stacked::{Bar, Stacked};
use super::Chart;
use crate::error::OutputResult as Result;
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::t;

/// Title of the chart.
pub fn title(tr: &Tr) -> String {
    t!(tr, "chart-money-by-period-title")
}

/// The chart data: EUR per source and partner in each period.
pub fn figure(result: &ScenarioResult) -> Stacked {
    let tr = result.lang.tr();
    let payers = payers([result]);
    let bars = result
        .periods
        .iter()
        .map(|period| Bar {
            label: period.clone(),
            values: Some(
                payers
                    .iter()
                    .map(|p| p.period_eur(result, period))
                    .collect(),
            ),
            note: String::new(),
        })
        .collect();
    Stacked {
        tr,
        title: title(tr),
        subtitle: t!(
            tr,
            "chart-scenario",
            scenario = &crate::view::scenario_label(result)
        ),
        bars,
        payers,
    }
}

/// Renders the chart.
pub fn chart(result: &ScenarioResult) -> Result<Chart> {
    let figure = figure(result);
    render("money_by_period", &figure.title, &figure)
}

#[cfg(test)]
mod tests {
    use super::super::testdata;
    use super::*;

    #[test]
    fn renders_the_baseline() {
        let result = testdata::baseline();
        testdata::check(|| chart(result), &title(result.lang.tr()));
        let figure = figure(result);
        let per_year: f64 = figure
            .bars
            .iter()
            .flat_map(|b| b.values.clone().unwrap())
            .sum();
        let total = result.money.own_eur + result.money.external_eur;
        assert!((per_year - total).abs() < 1e-6, "{per_year} vs {total}");
    }
}
