//! A part of `fundmix frontier`: the two ends of the frontier (every part works them out), its
//! share of the segments of an exact frontier or of the amounts of a grid, each point with its
//! plan checked, and (part 1) the scenario's own plan. The merge joins them with the same
//! `frontier::combine` a single run uses.

use super::{all_sound, Command, Identity, Read};
use crate::analyse::frontier::{combine, Frontier, FrontierPart};
use crate::checked::Failure;
use crate::domain::Scenario;
use crate::error::{InputError, InputProblem};
use crate::i18n::{input_tr, Lang};
use crate::shard::Shard;
use crate::t;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The settings a frontier's parts must share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Whose money: `own`, `all`, or a source's id.
    pub money: String,
    /// At most this many points (exact mode).
    pub max_points: usize,
    /// Grid mode with this many amounts.
    pub grid: Option<usize>,
    /// The language of the files.
    pub lang: Lang,
}

/// Writes part `shard` of a frontier into `dir`.
pub fn write(
    dir: &Path,
    shard: Shard,
    input: &Path,
    scenario: &Scenario,
    settings: &Settings,
    part: &FrontierPart,
) -> Result<(), Failure> {
    let who = Identity::new(Command::Frontier, shard, [scenario], [input])?;
    super::write_part(dir, who, settings, part)
}

/// The frontier, joined as a single run joins it. Every part must have found the same two
/// ends (they decide where each segment starts); the part holding the first item has the
/// scenario's own plan.
pub fn merge(parts: Vec<Read<Settings, FrontierPart>>) -> Result<Frontier, Failure> {
    all_sound(&parts, |p| {
        let items: Vec<usize> = p.data.items.iter().map(|(item, _)| *item).collect();
        let expected = match p.data.ends {
            Some(_) => p.shard.items(p.data.item_count()),
            None => Vec::new(),
        };
        items == expected && p.data.current.is_some() == p.shard.holds(0)
    })?;
    let first = &parts[0];
    let tr = input_tr();
    let problems: Vec<InputProblem> = parts[1..]
        .iter()
        .filter(|p| p.data.ends != first.data.ends)
        .map(|p| {
            InputProblem::in_file(
                p.dir.display().to_string(),
                t!(
                    tr,
                    "merge-other-ends",
                    first = first.dir.display().to_string()
                ),
                t!(tr, "merge-fix-same-machines"),
            )
        })
        .collect();
    if !problems.is_empty() {
        return Err(InputError { problems }.into());
    }
    let data: Vec<FrontierPart> = parts.into_iter().map(|p| p.data).collect();
    Ok(combine(&data))
}
