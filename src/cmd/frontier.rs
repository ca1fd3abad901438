//! `fundmix frontier`: what more money buys, traced and written as files.

use super::{ended, label, unknown, Ended, IdOf};
use crate::analyse::frontier::{frontier, Frontier, FrontierRequest, Money};
use crate::checked::Failure;
use crate::cli::FrontierArgs;
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
    let (frontier, dir) = run_frontier(&command)?;
    print!("{}", crate::report::frontier::frontier_text(&frontier));
    let tr = frontier.lang.tr();
    let files = label(tr, &crate::t!(tr, "an-frontier-files"));
    println!("{files}{}", dir.display());
    Ok(ended(!frontier.points.is_empty()))
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

/// Load → validate → trace the frontier → write its files. Returns the frontier and the folder.
pub fn run_frontier(command: &FrontierCommand) -> Result<(Frontier, PathBuf), Failure> {
    let scenario = super::load_scenario(&command.input, command.lang)?;
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
    let request = FrontierRequest {
        money,
        max_points: command.max_points,
        grid: command.grid,
        jobs: command.jobs,
    };
    let dir = command.out.clone().unwrap_or_else(|| {
        Path::new("reports").join(format!("{}-frontier", crate::folder_name(&scenario.name)))
    });
    // Refuse a folder that is not a report before minutes of solving, not after.
    crate::report::check_report_folder(&dir).map_err(Failure::Output)?;
    let traced = frontier(&scenario, &request)?;
    let files = crate::report::frontier::frontier_files(&traced).map_err(Failure::Output)?;
    crate::report::replace_folder(&dir, &files).map_err(Failure::Output)?;
    Ok((traced, dir))
}
