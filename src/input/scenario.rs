//! Scenario files (TOML), read into raw settings without judging their values.

use crate::error::{io_reason, InputProblem};
use crate::i18n::{input_tr, Tr};
use crate::t;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;
use toml::Spanned;

/// What a scenario key holds, for the help texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyShape {
    /// One value.
    Value,
    /// One value, or one per period.
    PerPeriod,
    /// A value per name (the placeholder names what: `indicator`).
    Map(&'static str),
    /// Settings per id (the placeholder names what: `id`, `indicator`).
    Overrides(&'static str),
}

/// Every key of a scenario, in the order the help texts list them, with its shape and whether
/// a workbook's `scenario` sheet may set it (a sheet has no `plan` or `extends`: its plan is the
/// workbook). The one list: the messages are written from it, and a test checks it against the
/// keys [`RawScenario`] reads and the documentation.
pub const SCENARIO_KEYS: &[(&str, KeyShape, bool)] = &[
    ("name", KeyShape::Value, true),
    ("plan", KeyShape::Value, false),
    ("extends", KeyShape::Value, false),
    ("objective", KeyShape::Value, true),
    ("support", KeyShape::Value, true),
    ("staff_capacity", KeyShape::PerPeriod, true),
    ("budget_factor", KeyShape::Value, true),
    ("cost_factor", KeyShape::Value, true),
    ("weights", KeyShape::Map("indicator"), true),
    ("sources", KeyShape::Overrides("id"), true),
    ("actions", KeyShape::Overrides("id"), true),
    ("partners", KeyShape::Overrides("id"), true),
    ("targets", KeyShape::Overrides("indicator"), true),
    ("lang", KeyShape::Value, true),
    ("risk", KeyShape::Map("setting"), true),
];

/// A placeholder of the keys (`id`, `indicator`, `period`, `key`) in the input's language.
fn placeholder(tr: &Tr, what: &str) -> String {
    match what {
        "id" => t!(tr, "in-placeholder-id"),
        "indicator" => t!(tr, "in-placeholder-indicator"),
        "period" => t!(tr, "in-placeholder-period"),
        "key" => t!(tr, "in-placeholder-key"),
        other => other.to_string(),
    }
}

/// The keys as a scenario file writes them: `name, plan, …, [weights], [sources.<id>], …`.
pub fn file_keys() -> String {
    let tr = input_tr();
    let key = |(name, shape, _): &(&str, KeyShape, bool)| match shape {
        KeyShape::Value | KeyShape::PerPeriod => name.to_string(),
        KeyShape::Map(_) => format!("[{name}]"),
        KeyShape::Overrides(what) => format!("[{name}.<{}>]", placeholder(tr, what)),
    };
    SCENARIO_KEYS.iter().map(key).collect::<Vec<_>>().join(", ")
}

/// The keys as a `scenario` sheet writes them: `name, …, staff_capacity or
/// staff_capacity.<period>, …, weights.<indicator>, sources.<id>.<key>, …`.
pub fn sheet_keys() -> String {
    let tr = input_tr();
    let key = |(name, shape, _): &(&str, KeyShape, bool)| match shape {
        KeyShape::Value => name.to_string(),
        KeyShape::PerPeriod => t!(
            tr,
            "in-keys-or",
            one = *name,
            other = format!("{name}.<{}>", placeholder(tr, "period"))
        ),
        KeyShape::Map(what) => format!("{name}.<{}>", placeholder(tr, what)),
        KeyShape::Overrides(what) => format!(
            "{name}.<{}>.<{}>",
            placeholder(tr, what),
            placeholder(tr, "key")
        ),
    };
    let in_sheet = SCENARIO_KEYS.iter().filter(|(_, _, sheet)| *sheet);
    in_sheet.map(key).collect::<Vec<_>>().join(", ")
}

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
    /// Hours per period: a number, or a table from period to hours, as the last file that set it
    /// wrote it (see `staff` for the value merged over the files).
    pub staff_capacity: Option<Spanned<toml::Value>>,
    /// How a workshop vote counts: `sum` (default) or `equal-shares`.
    pub support: Option<Spanned<String>>,
    /// Weight per indicator.
    pub weights: Option<BTreeMap<Spanned<String>, Spanned<toml::Value>>>,
    /// Another scenario file this one starts from (relative to this file).
    pub extends: Option<Spanned<String>>,
    /// Factor on every source's budgets (0.9 = a 10% cut).
    pub budget_factor: Option<Spanned<toml::Value>>,
    /// Factor on every action's costs (1.15 = 15% inflation).
    pub cost_factor: Option<Spanned<toml::Value>>,
    /// Overrides per source id.
    pub sources: Option<Overrides>,
    /// Overrides per action id.
    pub actions: Option<Overrides>,
    /// Overrides per partner id.
    pub partners: Option<Overrides>,
    /// Overrides per target indicator.
    pub targets: Option<Overrides>,
    /// The language of the reports: `en` (default) or `lv`.
    pub lang: Option<Spanned<String>>,
    /// Funding-risk settings (`samples`, `seed` of `fundmix robust`).
    pub risk: Option<BTreeMap<Spanned<String>, Spanned<toml::Value>>>,
    /// The text of the file (empty when there is no file), to turn spans into line numbers.
    #[serde(skip)]
    pub text: String,
    /// The files this scenario was read from, the one it extends first (empty for defaults).
    #[serde(skip)]
    pub layers: Vec<Layer>,
    /// For each key path (`objective`, `weights.people`, `sources.esf.budget`), the index in
    /// `layers` of the file that set it.
    #[serde(skip)]
    pub origin: BTreeMap<String, usize>,
    /// `staff_capacity` merged over the files, each part with the file (layer) that set it.
    #[serde(skip)]
    pub staff: StaffCapacity,
}

/// `staff_capacity` merged over an `extends` chain. A number (or any value that is not a table)
/// sets every period and replaces what the files before said; a table replaces only the periods
/// it names, like the other tables.
#[derive(Debug, Clone, Default)]
pub struct StaffCapacity {
    /// The last value for every period: (layer, value with its place in that layer's file).
    pub every_period: Option<(usize, Spanned<toml::Value>)>,
    /// Hours per period from tables after it: period → (layer, place of the table, value).
    pub periods: BTreeMap<String, (usize, Range<usize>, toml::Value)>,
}

impl StaffCapacity {
    /// True when no file sets `staff_capacity` (no limit).
    pub fn is_empty(&self) -> bool {
        self.every_period.is_none() && self.periods.is_empty()
    }

    /// Lays the `staff_capacity` value of the file at `layer` over the files before it.
    pub(super) fn lay(&mut self, layer: usize, value: &Spanned<toml::Value>) {
        match value.get_ref().as_table() {
            Some(table) => {
                for (period, hours) in table {
                    let entry = (layer, value.span(), hours.clone());
                    self.periods.insert(period.clone(), entry);
                }
            }
            None => {
                self.every_period = Some((layer, value.clone()));
                self.periods.clear();
            }
        }
    }
}

/// `[sources.<id>]`-style tables: id → key → value, each with its place in the file.
pub type Overrides = BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Spanned<toml::Value>>>;

/// One scenario file of an `extends` chain.
#[derive(Debug, Clone)]
pub struct Layer {
    /// The file.
    pub path: std::path::PathBuf,
    /// How the file is named in messages.
    pub label: String,
    /// Its text, to turn spans into line numbers.
    pub text: String,
}

impl RawScenario {
    /// The line (from 1) where `span` starts, if the settings came from a file.
    pub fn line(&self, span: Range<usize>) -> Option<usize> {
        line_of(&self.text, span.start)
    }

    /// The file that set `key` (or, failing that, the part of it before the first dots).
    pub fn layer_of(&self, key: &str) -> Option<&Layer> {
        let mut path = key;
        loop {
            if let Some(&i) = self.origin.get(path) {
                return self.layers.get(i);
            }
            match path.rfind('.') {
                Some(dot) => path = &path[..dot],
                None => return self.layers.last(),
            }
        }
    }

    /// Where `key` was set: its file's label and the line of `span` in that file.
    pub fn locate(&self, key: &str, span: Range<usize>) -> (String, Option<usize>) {
        match self.layer_of(key) {
            Some(layer) => (layer.label.clone(), line_of(&layer.text, span.start)),
            None => (String::new(), None),
        }
    }

    /// The label of the file at `layer` and the line of `span` in it.
    pub fn locate_in(&self, layer: usize, span: Range<usize>) -> (String, Option<usize>) {
        match self.layers.get(layer) {
            Some(layer) => (layer.label.clone(), line_of(&layer.text, span.start)),
            None => (String::new(), None),
        }
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
    let tr = input_tr();
    let text = std::fs::read_to_string(path).map_err(|e| {
        let message = match e.kind() {
            std::io::ErrorKind::NotFound => t!(tr, "in-no-such-path"),
            std::io::ErrorKind::InvalidData => t!(tr, "in-file-not-utf8"),
            _ => t!(tr, "in-scenario-unreadable", reason = io_reason(&e)),
        };
        InputProblem::in_file(label, message, t!(tr, "in-scenario-read-fix"))
    })?;
    parse_scenario(
        text,
        label,
        &t!(tr, "in-scenario-file-fix", keys = file_keys()),
    )
}

/// Parses the TOML `text` of a scenario; a problem is located at its line of `label`, with `fix`.
pub fn parse_scenario(text: String, label: &str, fix: &str) -> Result<RawScenario, InputProblem> {
    let mut raw: RawScenario = toml::from_str(&text).map_err(|e| {
        let row = e.span().and_then(|span| line_of(&text, span.start));
        let message = super::toml_words::message(input_tr(), e.message().trim());
        let mut problem = InputProblem::in_file(label, message, fix);
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
    fn the_list_of_keys_is_the_keys_a_scenario_reads() {
        // serde names every field it accepts when it meets an unknown one.
        let message = toml::from_str::<RawScenario>("no_such_key = 1")
            .unwrap_err()
            .message()
            .to_string();
        let expected = message.split("expected one of ").nth(1).unwrap();
        let mut read: Vec<&str> = expected
            .split(", ")
            .map(|k| k.trim().trim_matches('`'))
            .collect();
        let mut listed: Vec<&str> = SCENARIO_KEYS.iter().map(|(k, _, _)| *k).collect();
        read.sort();
        listed.sort();
        assert_eq!(read, listed, "{message}");
        // ...and the documentation names each of them.
        let docs = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/input.md"),
        )
        .unwrap();
        for key in listed {
            assert!(docs.contains(&format!("`{key}")), "docs/input.md: {key}");
        }
    }

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
