//! A part of `fundmix robust`: its share of the draws, each solved as a single run solves it
//! (the random numbers of draw `i` depend only on the seed and `i`), and the scenario they
//! were drawn from. The merge sums up all the draws with the same `summarise` a single run
//! uses.

use super::{all_sound, Command, Identity, Read};
use crate::analyse::robust::{summarise, Robust, RobustRequest, Sample};
use crate::checked::Failure;
use crate::domain::Scenario;
use crate::i18n::Lang;
use crate::shard::Shard;
use crate::solve::Solver;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The settings a robust run's parts must share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Draws in the whole run.
    pub samples: usize,
    /// The seed.
    pub seed: u64,
    /// The solver of each draw's first stage.
    pub solver: Solver,
    /// The language of the reports.
    pub lang: Lang,
    /// Whether the run writes the workbook `robust.xlsx`.
    pub xlsx: bool,
}

/// What a part stores.
#[derive(Debug, Serialize, Deserialize)]
pub struct Data {
    /// The scenario as validated (the summaries need its actions, sources, partners and
    /// targets).
    pub scenario: Scenario,
    /// The part's draws, by number.
    pub samples: Vec<Sample>,
}

/// Writes part `shard` of a robust run into `dir`: `samples` are the draws
/// `shard.items(settings.samples)`, solved from `scenario` (read from `input`).
pub fn write(
    dir: &Path,
    shard: Shard,
    input: &Path,
    scenario: &Scenario,
    settings: &Settings,
    samples: Vec<Sample>,
) -> Result<(), Failure> {
    let who = Identity::new(Command::Robust, shard, [scenario], [input])?;
    let data = Data {
        scenario: scenario.clone(),
        samples,
    };
    super::write_part(dir, who, settings, &data)
}

/// Every draw of the run, summed up as a single run sums them up; and whether the run writes
/// the workbook.
pub fn merge(parts: Vec<Read<Settings, Data>>) -> Result<(Robust, bool), Failure> {
    all_sound(&parts, |p| {
        let numbers: Vec<usize> = p.data.samples.iter().map(|s| s.index).collect();
        numbers == p.shard.items(p.settings.samples)
    })?;
    let settings = parts[0].settings.clone();
    let mut samples: Vec<Sample> = Vec::with_capacity(settings.samples);
    let mut scenario = None;
    for part in parts {
        samples.extend(part.data.samples);
        scenario.get_or_insert(part.data.scenario);
    }
    samples.sort_by_key(|s| s.index);
    let scenario = scenario.expect("a merge has at least one part");
    let request = RobustRequest {
        samples: settings.samples,
        seed: settings.seed,
        jobs: 1,
        progress: false,
    };
    Ok((summarise(&scenario, &request, samples), settings.xlsx))
}
