//! Scenario files (TOML), read into raw settings without judging their values.

use crate::error::InputProblem;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The keys of a scenario file, as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    /// Scenario name.
    pub name: Option<String>,
    /// Plan folder, relative to the scenario file.
    pub plan: Option<String>,
    /// `max-impact` or `min-own-cost`.
    pub objective: Option<String>,
    /// Hours per period: a number, or a table from period to hours.
    pub staff_capacity: Option<toml::Value>,
    /// Weight per indicator.
    pub weights: Option<BTreeMap<String, toml::Value>>,
}

/// Reads and parses a scenario file; `label` names it in messages.
pub fn read_scenario(path: &Path, label: &str) -> Result<RawScenario, InputProblem> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        InputProblem::in_file(
            label,
            format!("cannot read the scenario file ({e})"),
            "check the path; a scenario is a .toml file, or give the plan folder itself",
        )
    })?;
    toml::from_str(&text).map_err(|e| {
        let (row, message) = match e.span() {
            Some(span) => (
                Some(text[..span.start].matches('\n').count() + 1),
                e.message().to_string(),
            ),
            None => (None, e.message().to_string()),
        };
        let mut problem = InputProblem::in_file(
            label,
            message,
            "write `key = value` lines; allowed keys: name, plan, objective, staff_capacity, [weights]",
        );
        problem.row = row;
        problem
    })
}
