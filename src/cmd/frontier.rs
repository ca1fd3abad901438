//! `fundmix frontier`: what more money buys, traced and written as files.

use super::{ended, label, unknown, Ended, IdOf};
use crate::analyse::frontier::{
    frontier, frontier_part, items, Frontier, FrontierPart, FrontierRequest, Money,
};
use crate::checked::Failure;
use crate::cli::FrontierArgs;
use crate::domain::Scenario;
use crate::partial;
use crate::shard::Shard;
use crate::t;
use std::path::{Path, PathBuf};

/// Runs `fundmix frontier`.
pub fn run(args: FrontierArgs) -> Result<Ended, Failure> {
    let command = FrontierCommand {
        input: args.input,
        source: args.source,
        all_sources: args.all_sources,
        max_points: args.max_points as usize,
        grid: args.grid.map(|g| g as usize),
        jobs: args
            .jobs
            .map_or_else(crate::compare::default_jobs, |j| j as usize),
        out: args.out,
        lang: args.lang,
    };
    if let Some(shard) = args.shard {
        let (part, dir) = run_frontier_part(&command, shard)?;
        let tr = crate::i18n::input_tr();
        let (done, total) = (part.items.len(), part.item_count());
        let (index, count) = (shard.index, shard.count);
        let line = match part.grid {
            Some(_) => t!(
                tr,
                "part-frontier-grid-done",
                index = index,
                count = count,
                done = done,
                total = total
            ),
            None => t!(
                tr,
                "part-frontier-exact-done",
                index = index,
                count = count,
                done = done,
                total = total
            ),
        };
        print!("{}", super::part_lines(&line, shard, &dir));
        return Ok(ended(part.ends.is_some()));
    }
    let (frontier, dir) = run_frontier(&command)?;
    print!("{}", terminal_text(&frontier, &dir));
    Ok(ended(!frontier.points.is_empty()))
}

/// What a frontier run prints: the table and the folder.
pub fn terminal_text(frontier: &Frontier, dir: &Path) -> String {
    let tr = frontier.lang.tr();
    format!(
        "{}{}{}\n",
        crate::report::frontier::frontier_text(frontier),
        label(tr, &t!(tr, "an-frontier-files")),
        dir.display()
    )
}

/// What `fundmix frontier` was asked.
#[derive(Debug, Clone)]
pub struct FrontierCommand {
    /// Scenario file or plan folder.
    pub input: PathBuf,
    /// One source's id; `None` for own money (or all sources with `all_sources`).
    pub source: Option<String>,
    /// Count every source's money.
    pub all_sources: bool,
    /// At most this many points.
    pub max_points: usize,
    /// Grid mode with this many amounts.
    pub grid: Option<usize>,
    /// Solves run at the same time (grid amounts, or parts of an exact frontier).
    pub jobs: usize,
    /// Output folder (default `reports/<scenario>-frontier`).
    pub out: Option<PathBuf>,
    /// The language of the files and the terminal text, over the scenario's `lang`.
    pub lang: Option<crate::i18n::Lang>,
}

/// The folder of a frontier's files when `--out` does not say (`fundmix merge` writes there
/// too).
pub fn default_out(scenario_name: &str) -> PathBuf {
    Path::new("reports").join(format!("{}-frontier", crate::folder_name(scenario_name)))
}

/// Load → validate → trace the frontier → write its files. Returns the frontier and the folder.
pub fn run_frontier(command: &FrontierCommand) -> Result<(Frontier, PathBuf), Failure> {
    let scenario = super::load_scenario(&command.input, command.lang)?;
    let request = request(command, &scenario)?;
    let dir = command
        .out
        .clone()
        .unwrap_or_else(|| default_out(&scenario.name));
    // Refuse a folder that is not a report before minutes of solving, not after.
    crate::report::check_report_folder(&dir).map_err(Failure::Output)?;
    let traced = frontier(&scenario, &request)?;
    let files = crate::report::frontier::frontier_files(&traced).map_err(Failure::Output)?;
    crate::report::replace_folder(&dir, &files).map_err(Failure::Output)?;
    Ok((traced, dir))
}

/// Load → validate → trace part `shard` of the frontier → write the partial result. Returns
/// the part and the folder.
pub fn run_frontier_part(
    command: &FrontierCommand,
    shard: Shard,
) -> Result<(FrontierPart, PathBuf), Failure> {
    let scenario = super::load_scenario(&command.input, command.lang)?;
    let request = request(command, &scenario)?;
    let total = items(&request);
    if shard.count > total {
        let tr = crate::i18n::input_tr();
        let (count, items) = (shard.count, total);
        return Err(super::shard_problem(
            match request.grid {
                Some(_) => t!(tr, "part-too-many-amounts", count = count, items = items),
                None => t!(tr, "part-too-many-segments", count = count, items = items),
            },
            match request.grid {
                Some(_) => t!(tr, "part-fix-fewer", items = items),
                None => t!(tr, "part-fix-fewer-segments", items = items),
            },
        ));
    }
    let dir = command.out.clone().unwrap_or_else(|| {
        let base = format!("{}-frontier", crate::folder_name(&scenario.name));
        super::default_part_out(&base, shard)
    });
    partial::check_part_folder(&dir).map_err(Failure::Output)?;
    let part = frontier_part(&scenario, &request, shard)?;
    let settings = partial::frontier::Settings {
        money: match &request.money {
            Money::Own => "own".into(),
            Money::All => "all".into(),
            Money::Source(s) => scenario.plan.sources[*s].id.clone(),
        },
        max_points: request.max_points,
        grid: request.grid,
        lang: scenario.lang,
    };
    partial::frontier::write(&dir, shard, &command.input, &scenario, &settings, &part)?;
    Ok((part, dir))
}

/// Whose money and how to trace, from the command line (an unknown `--source` is an error).
fn request(command: &FrontierCommand, scenario: &Scenario) -> Result<FrontierRequest, Failure> {
    let sources = &scenario.plan.sources;
    let money = match (&command.source, command.all_sources) {
        (Some(id), _) => match sources.iter().position(|s| &s.id == id) {
            Some(s) => Money::Source(s),
            None => {
                let ids = sources.iter().map(|s| s.id.as_str()).collect();
                return Err(unknown("--source", id, IdOf::Source, ids));
            }
        },
        (None, true) => Money::All,
        (None, false) => Money::Own,
    };
    Ok(FrontierRequest {
        money,
        max_points: command.max_points,
        grid: command.grid,
        jobs: command.jobs,
    })
}
