//! A part of `fundmix compare`: its share of the scenarios, each solved, checked and analysed
//! as a single run does it, kept with the scenario itself. The merge builds each result with
//! the same `ScenarioResult::new` a single run uses, in input order.

use super::wire::SolvedWire;
use super::{all_sound, Command, Identity, Read};
use crate::checked::Failure;
use crate::domain::Scenario;
use crate::i18n::Lang;
use crate::result::ScenarioResult;
use crate::shard::Shard;
use crate::solve::Solver;
use crate::Solved;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The settings a comparison's parts must share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Scenarios in the whole comparison.
    pub scenarios: usize,
    /// The solver of the first stage.
    pub solver: Solver,
    /// Accepted distance from the best plan (`--mip-gap`).
    pub mip_gap: f64,
    /// Seconds per solver stage (`--time-limit`).
    pub time_limit: Option<f64>,
    /// Whether the reports show solve times.
    pub timings: bool,
    /// Whether the workbook `comparison.xlsx` is written.
    pub xlsx: bool,
    /// The language of the reports over each scenario's (`--lang`).
    pub lang: Option<Lang>,
}

/// One scenario of a part.
#[derive(Debug, Serialize, Deserialize)]
pub struct Entry {
    /// Its place in the comparison (0-based).
    pub index: usize,
    /// The scenario as validated.
    pub scenario: Scenario,
    /// Solved, checked and analysed.
    solved: SolvedWire,
}

/// What a part stores: its scenarios, by place.
#[derive(Debug, Serialize, Deserialize)]
pub struct Data {
    /// The part's scenarios.
    pub entries: Vec<Entry>,
}

/// The merged comparison: the results in input order and the settings that shape its files.
#[derive(Debug)]
pub struct Comparison {
    /// Every scenario's result, in input order.
    pub results: Vec<ScenarioResult>,
    /// Whether the reports show solve times.
    pub timings: bool,
    /// Whether `comparison.xlsx` is written.
    pub xlsx: bool,
}

/// Writes part `shard` of a comparison into `dir`: `all` is every scenario of the comparison
/// (the fingerprint covers them all), `solved` the part's, by place.
pub fn write(
    dir: &Path,
    shard: Shard,
    inputs: &[PathBuf],
    all: &[Scenario],
    settings: &Settings,
    solved: Vec<(usize, Solved)>,
) -> Result<(), Failure> {
    let who = Identity::new(
        Command::Compare,
        shard,
        all,
        inputs.iter().map(PathBuf::as_path),
    )?;
    let data = Data {
        entries: solved
            .into_iter()
            .map(|(index, solved)| Entry {
                index,
                scenario: all[index].clone(),
                solved: SolvedWire::of(&solved),
            })
            .collect(),
    };
    super::write_part(dir, who, settings, &data)
}

/// Every scenario's result, in input order, as a single run builds it.
pub fn merge(parts: Vec<Read<Settings, Data>>) -> Result<Comparison, Failure> {
    all_sound(&parts, |p| {
        let places: Vec<usize> = p.data.entries.iter().map(|e| e.index).collect();
        places == p.shard.items(p.settings.scenarios)
    })?;
    let settings = parts[0].settings.clone();
    let mut entries: Vec<Entry> = parts.into_iter().flat_map(|p| p.data.entries).collect();
    entries.sort_by_key(|e| e.index);
    let results = entries
        .into_iter()
        .map(|e| e.solved.solved(&e.scenario).into_result(&e.scenario))
        .collect();
    Ok(Comparison {
        results,
        timings: settings.timings,
        xlsx: settings.xlsx,
    })
}
