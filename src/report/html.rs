//! `report.html` and `comparison.html`: one self-contained page each (inline SVG charts and
//! tables, no external assets or scripts), readable on a projector and printable to A4.

use crate::plot::Chart;
use crate::result::ScenarioResult;

/// The HTML text of `report.html`.
pub fn scenario_html(result: &ScenarioResult, charts: &[Chart]) -> String {
    let _ = (result, charts);
    String::new()
}

/// The HTML text of `comparison.html`.
pub fn comparison_html(results: &[ScenarioResult], charts: &[Chart]) -> String {
    let _ = (results, charts);
    String::new()
}
