//! Chart "Money by source and scenario (EUR)": one stacked bar per scenario, one colour per
//! source (the same colours as in each scenario's own charts), partners' cash on top.

use super::parts;
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
    t!(tr, "chart-money-by-source-title")
}

/// The chart data: EUR per source and partner in each scenario (none without a plan).
pub fn figure(results: &[ScenarioResult]) -> Stacked {
    let tr = crate::view::comparison_lang(results);
    let payers = payers(results);
    let bars = results
        .iter()
        .map(|result| Bar {
            label: result.scenario.clone(),
            values: result
                .has_plan()
                .then(|| payers.iter().map(|p| p.total_eur(result)).collect()),
            note: parts::no_plan_label(result),
        })
        .collect();
    Stacked {
        tr,
        title: title(tr),
        subtitle: t!(tr, "chart-money-by-source-subtitle"),
        bars,
        payers,
    }
}

/// Renders the chart.
pub fn chart(results: &[ScenarioResult]) -> Result<Chart> {
    let figure = figure(results);
    render("money_by_source", &figure.title, &figure)
}

#[cfg(test)]
mod tests {
    use super::super::testdata;
    use super::*;

    #[test]
    fn renders_several_scenarios() {
        let results = testdata::comparison();
        testdata::check(|| chart(results), &title(results[0].lang.tr()));
        let figure = figure(results);
        assert_eq!(figure.bars.len(), results.len());
        assert!(
            figure.bars.iter().any(|b| b.values.is_none()),
            "one scenario is infeasible"
        );
    }
}
