//! Charts (plotters), each rendered as SVG and as PNG with the same look.
//!
//! Scenario charts: money by source per period (stacked), each source's use against its budget,
//! the funding matrix (action × source) as a heat map. Comparison charts: money by source per
//! scenario (stacked), each indicator per scenario against its target, the selection matrix
//! (actions × scenarios) as a heat map. A source keeps the same colour in every chart; text uses
//! the embedded DejaVu font, so it renders the same on every machine. Charts only draw what a
//! [`ScenarioResult`] holds; they compute nothing new.
//!
//! One file per chart, each a [`render::Figure`] drawn on any plotters backend; `style` holds
//! the palette, font and sizes, `parts`, `stacked` and `grid` the pieces charts share.

pub mod burnup;
pub mod frontier;
mod funding_matrix;
mod grid;
pub mod holds;
mod indicators;
mod money_by_period;
mod money_by_source;
mod parts;
mod payers;
mod render;
pub mod robust;
mod selection;
pub(crate) mod source_use;
mod stacked;
mod style;
#[cfg(test)]
pub(crate) mod testdata;
mod timeline;
mod workload;

use crate::error::OutputResult as Result;
use crate::result::ScenarioResult;

/// One chart in both formats.
#[derive(Debug, Clone)]
pub struct Chart {
    /// File stem, e.g. `money_by_source` (written as `money_by_source.svg` and `.png`).
    pub name: &'static str,
    /// Title, for the HTML report.
    pub title: String,
    /// The SVG document.
    pub svg: String,
    /// The PNG image.
    pub png: Vec<u8>,
}

/// The charts of one scenario (none when it has no plan): money by source and year, use of
/// each source against its budget, the funding matrix, then, when they have something to show,
/// the timeline of the funded actions (a plan over several periods) and the staff workload
/// (staff hours needed).
pub fn scenario_charts(result: &ScenarioResult) -> Result<Vec<Chart>> {
    if !result.has_plan() {
        return Ok(Vec::new());
    }
    let mut charts = vec![
        money_by_period::chart(result)?,
        source_use::chart(result)?,
        funding_matrix::chart(result)?,
    ];
    charts.extend(timeline::chart(result)?);
    charts.extend(workload::chart(result)?);
    Ok(charts)
}

/// Every source's and partner's id with the colour the charts give it, as `0xRRGGBB` (for the
/// workbook, whose Timeline sheet fills its cells in the same colours).
pub fn payer_colours(result: &ScenarioResult) -> Vec<(String, u32)> {
    payers::payers([result])
        .into_iter()
        .map(|p| {
            let plotters::style::RGBColor(r, g, b) = p.colour;
            (p.id, u32::from(r) << 16 | u32::from(g) << 8 | u32::from(b))
        })
        .collect()
}

/// The charts comparing scenarios: money by source per scenario, indicators against their
/// targets, and which actions each scenario funds.
pub fn comparison_charts(results: &[ScenarioResult]) -> Result<Vec<Chart>> {
    if results.is_empty() {
        return Ok(Vec::new());
    }
    Ok(vec![
        money_by_source::chart(results)?,
        indicators::chart(results)?,
        selection::chart(results)?,
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_scenario_with_a_plan_gets_five_charts() {
        let charts = scenario_charts(testdata::baseline()).unwrap();
        let names: Vec<&str> = charts.iter().map(|c| c.name).collect();
        assert_eq!(
            names,
            [
                "money_by_period",
                "source_use",
                "funding_matrix",
                "timeline",
                "workload"
            ]
        );
    }

    #[test]
    fn a_scenario_without_a_plan_gets_none() {
        let results = testdata::comparison();
        let infeasible = results.iter().find(|r| !r.has_plan()).unwrap();
        assert!(scenario_charts(infeasible).unwrap().is_empty());
    }

    #[test]
    fn a_comparison_gets_three_charts() {
        let charts = comparison_charts(testdata::comparison()).unwrap();
        let names: Vec<&str> = charts.iter().map(|c| c.name).collect();
        assert_eq!(names, ["money_by_source", "indicators", "selection"]);
        assert!(comparison_charts(&[]).unwrap().is_empty());
    }

    #[test]
    fn empty_cases_still_draw() {
        let empty = testdata::nothing_funded();
        assert_eq!(scenario_charts(&empty).unwrap().len(), 3);
        let infeasible: Vec<ScenarioResult> = testdata::comparison()
            .iter()
            .filter(|r| !r.has_plan())
            .cloned()
            .collect();
        assert_eq!(comparison_charts(&infeasible).unwrap().len(), 3);
        assert_eq!(comparison_charts(&[empty]).unwrap().len(), 3);
    }

    #[test]
    fn the_example_draws_in_latvian() {
        let english = scenario_charts(testdata::baseline()).unwrap();
        let mut result = testdata::baseline().clone();
        result.lang = Lang::Lv;
        let mut latvian = scenario_charts(&result).unwrap();
        let mut comparison: Vec<ScenarioResult> = testdata::comparison().to_vec();
        let english_comparison = comparison_charts(&comparison).unwrap();
        for result in &mut comparison {
            result.lang = Lang::Lv;
        }
        latvian.extend(comparison_charts(&comparison).unwrap());
        let titles = [
            "Nauda pa finansējuma avotiem un gadiem (EUR)",
            "Katra finansējuma avota izlietojums pret tā budžetu (EUR)",
            "Katras darbības finansējums pa avotiem (EUR)",
            "Kad notiek katra finansētā darbība",
            "Nepieciešamās darbinieku stundas pret pieejamajām",
            "Nauda pa finansējuma avotiem un scenārijiem (EUR)",
            "Katrā scenārijā sasniegtie rādītāji pret to mērķvērtībām",
            "Katrā scenārijā finansētās darbības",
        ];
        let english = english.iter().chain(&english_comparison);
        for ((chart, title), in_english) in latvian.iter().zip(titles).zip(english) {
            assert_eq!(chart.name, in_english.name);
            assert_eq!(chart.title, title);
            assert!(chart.svg.contains(title), "{}: no '{title}'", chart.name);
            assert!(
                !chart.svg.contains(&in_english.title),
                "{}: '{}' in English",
                chart.name,
                in_english.title
            );
        }
        // Latvian words and numbers: the total column, a decimal comma in thousands.
        let matrix = &latvian[2].svg;
        assert!(matrix.contains("\nKopā\n"), "no total column");
        assert!(!matrix.contains("Total"), "an English total column");
        assert!(
            matrix.contains("\n4,2k\n"),
            "no Latvian amount in thousands"
        );
    }

    /// Writes every chart of the test data for a person to look at, in the language
    /// `FUNDMIX_CHART_LANG` (default English), the empty cases with the stem `nothing_funded_`:
    /// `FUNDMIX_CHART_DIR=/tmp/charts cargo test --lib write_charts_for_review -- --ignored`.
    #[test]
    #[ignore = "writes files for review; run by hand"]
    fn write_charts_for_review() {
        let dir = std::path::PathBuf::from(
            std::env::var("FUNDMIX_CHART_DIR").unwrap_or_else(|_| "target/charts".into()),
        );
        let lang: Lang = std::env::var("FUNDMIX_CHART_LANG")
            .map_or(Lang::En, |l| l.parse().expect("a language"));
        std::fs::create_dir_all(&dir).unwrap();
        let in_lang = |result: &ScenarioResult| ScenarioResult {
            lang,
            ..result.clone()
        };
        let comparison: Vec<ScenarioResult> = testdata::comparison().iter().map(in_lang).collect();
        let empty = in_lang(&testdata::nothing_funded());
        let mut charts: Vec<(String, Chart)> = Vec::new();
        let mut add = |prefix: &str, drawn: Vec<Chart>| {
            charts.extend(
                drawn
                    .into_iter()
                    .map(|c| (format!("{prefix}{}", c.name), c)),
            );
        };
        add("", scenario_charts(&in_lang(testdata::baseline())).unwrap());
        add(
            "timed_",
            scenario_charts(&in_lang(testdata::timed())).unwrap(),
        );
        add("", comparison_charts(&comparison).unwrap());
        add("nothing_funded_", scenario_charts(&empty).unwrap());
        add("nothing_funded_", comparison_charts(&[empty]).unwrap());
        for (name, chart) in charts {
            std::fs::write(dir.join(format!("{name}.svg")), &chart.svg).unwrap();
            std::fs::write(dir.join(format!("{name}.png")), &chart.png).unwrap();
        }
    }
}
