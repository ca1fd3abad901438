//! Scenario files (TOML), read into raw settings without judging their values.

use crate::error::InputProblem;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;
use toml::Spanned;

/// The keys of a scenario file, as written, each with where it is in the file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    /// Scenario name.
    pub name: Option<Spanned<String>>,
    /// Plan folder, relative to the scenario file.
    pub plan: Option<Spanned<String>>,
    /// `max-impact` or `min-own-cost`.
    pub objective: Option<Spanned<String>>,
    /// Hours per period: a number, or a table from period to hours.
    pub staff_capacity: Option<Spanned<toml::Value>>,
    /// Weight per indicator.
    pub weights: Option<BTreeMap<Spanned<String>, Spanned<toml::Value>>>,
    /// The text of the file (empty when there is no file), to turn spans into line numbers.
    #[serde(skip)]
    pub text: String,
}

impl RawScenario {
    /// The line (from 1) where `span` starts, if the settings came from a file.
    pub fn line(&self, span: Range<usize>) -> Option<usize> {
        line_of(&self.text, span.start)
    }
}

/// The line (from 1) of byte `offset` in `text`; `None` for an empty text.
fn line_of(text: &str, offset: usize) -> Option<usize> {
    if text.is_empty() {
        return None;
    }
    let offset = offset.min(text.len());
    Some(
        text.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1,
    )
}

/// Reads and parses a scenario file; `label` names it in messages.
pub fn read_scenario(path: &Path, label: &str) -> Result<RawScenario, InputProblem> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        let message = match e.kind() {
            std::io::ErrorKind::NotFound => "there is no such file or folder".to_string(),
            std::io::ErrorKind::InvalidData => "the file is not UTF-8 text".to_string(),
            _ => format!("cannot read the scenario file ({e})"),
        };
        InputProblem::in_file(
            label,
            message,
            "give a scenario file (.toml, see `fundmix init DIR`) or the plan folder itself",
        )
    })?;
    let mut raw: RawScenario = toml::from_str(&text).map_err(|e| {
        let row = e.span().and_then(|span| line_of(&text, span.start));
        let mut problem = InputProblem::in_file(
            label,
            e.message().trim().to_string(),
            "write `key = value` lines; allowed keys: name, plan, objective, staff_capacity, [weights]; \
             text goes in double quotes (name = \"Baseline\")",
        );
        problem.row = row;
        problem
    })?;
    raw.text = text;
    Ok(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_know_their_lines() {
        let text = "name = \"x\"\n\nobjective = \"max-impact\"\n[weights]\npeople = 2\n";
        let mut raw: RawScenario = toml::from_str(text).unwrap();
        raw.text = text.into();
        assert_eq!(raw.line(raw.name.as_ref().unwrap().span()), Some(1));
        assert_eq!(raw.line(raw.objective.as_ref().unwrap().span()), Some(3));
        let (key, value) = raw.weights.as_ref().unwrap().iter().next().unwrap();
        assert_eq!(key.get_ref(), "people");
        assert_eq!(raw.line(key.span()), Some(5));
        assert_eq!(raw.line(value.span()), Some(5));
        assert_eq!(RawScenario::default().line(0..1), None);
    }
}
