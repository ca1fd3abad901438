//! The `explain` and `frontier` commands: load → validate → analyse → report.

use crate::analyse::diagnose::{diagnose, Diagnosis};
use crate::analyse::explain::{explain, Explanation};
use crate::analyse::frontier::{frontier, Frontier, FrontierRequest, Money};
use crate::error::{InputError, InputProblem};
use crate::solve::SolveOptions;
use crate::{validate, Failure};
use std::path::{Path, PathBuf};

/// An unknown id given on the command line, with the ids that exist.
fn unknown(option: &str, id: &str, what: &str, known: Vec<&str>) -> Failure {
    let close: Vec<&str> = known
        .iter()
        .copied()
        .filter(|k| k.contains(id) || id.contains(k) || k.to_lowercase() == id.to_lowercase())
        .collect();
    let listed = if close.is_empty() { known } else { close };
    Failure::Input(InputError {
        problems: vec![InputProblem::in_file(
            format!("the command line ({option})"),
            format!("there is no {what} \"{id}\" in this plan"),
            format!("use one of: {}", listed.join(", ")),
        )],
    })
}

/// What `fundmix explain` was asked.
#[derive(Debug, Clone)]
pub struct ExplainRequest {
    /// Scenario file or plan folder.
    pub input: PathBuf,
    /// The action's id.
    pub action: String,
    /// Solver settings.
    pub options: SolveOptions,
}

/// What `fundmix explain` found.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(untagged)]
pub enum Explained {
    /// The action explained.
    Action(Box<Explanation>),
    /// The scenario has no plan at all: why, and what would give it one.
    NoPlan(Diagnosis),
}

/// Load → validate → explain one action.
pub fn run_explain(request: &ExplainRequest) -> Result<Explained, Failure> {
    let scenario = validate::load_scenario(&request.input)?;
    let actions = &scenario.plan.actions;
    let Some(index) = actions.iter().position(|a| a.id == request.action) else {
        let ids = actions.iter().map(|a| a.id.as_str()).collect();
        return Err(unknown("--action", &request.action, "action", ids));
    };
    match explain(&scenario, index, &request.options)? {
        Some(explanation) => Ok(Explained::Action(Box::new(explanation))),
        None => Ok(Explained::NoPlan(diagnose(&scenario)?)),
    }
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
    /// Threads for grid mode.
    pub jobs: usize,
    /// Output folder (default `reports/<scenario>-frontier`).
    pub out: Option<PathBuf>,
}

/// Load → validate → trace the frontier → write its files. Returns the frontier and the folder.
pub fn run_frontier(command: &FrontierCommand) -> Result<(Frontier, PathBuf), Failure> {
    let scenario = validate::load_scenario(&command.input)?;
    let sources = &scenario.plan.sources;
    let money = match (&command.source, command.all_sources) {
        (Some(id), _) => match sources.iter().position(|s| &s.id == id) {
            Some(s) => Money::Source(s),
            None => {
                let ids = sources.iter().map(|s| s.id.as_str()).collect();
                return Err(unknown("--source", id, "funding source", ids));
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
    crate::report::check_report_folder(&dir).map_err(Failure::Fault)?;
    let traced = frontier(&scenario, &request)?;
    let files = crate::report::frontier::frontier_files(&traced).map_err(Failure::Fault)?;
    crate::report::replace_folder(&dir, &files).map_err(Failure::Fault)?;
    Ok((traced, dir))
}
