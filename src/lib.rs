//! fundmix decides which actions of an action plan to fund, from which funding source and
//! partner, in which year — and shows what changes when a grant falls through.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`input`] reads CSV tables and TOML scenario files into raw text;
//! 2. [`validate`] turns them into a typed [`domain::Scenario`], or lists every problem with
//!    its file, row, column and a fix;
//! 3. [`model`] builds the mixed-integer program, one function per business rule;
//! 4. [`solve`] solves it with HiGHS (then breaks ties deterministically);
//! 5. [`verify`] re-checks the plan against every rule, sharing no code with the model;
//! 6. [`result`] gathers the one result type every report is written from;
//! 7. [`report`] writes `summary.json`, `allocation.csv`, `funding_matrix.csv` and `report.md`.
//!
//! ```no_run
//! use fundmix::{solve_scenario, solve::SolveOptions, validate::load_scenario};
//! let scenario = load_scenario("scenarios/jelgava/baseline.toml".as_ref()).unwrap();
//! let result = solve_scenario(&scenario, &SolveOptions::default()).unwrap();
//! println!("{} actions funded, {} EUR own money", result.selected.len(), result.money.own_eur);
//! ```
#![warn(missing_docs)]

pub mod analyse;
pub mod analysis;
pub mod check;
pub mod checked;
pub mod cli;
pub mod compare;
pub mod domain;
pub mod error;
pub mod format;
pub mod generate;
pub mod init;
pub mod input;
pub mod model;
pub mod pb;
pub mod plot;
pub mod report;
pub mod result;
pub mod show;
pub mod solve;
pub mod timings;
pub mod validate;
pub mod verify;
pub mod vote;

use checked::check_plan;
pub use checked::{solve_checked, Failure};
use domain::Scenario;
use result::ScenarioResult;
use solve::SolveOptions;
use std::path::{Path, PathBuf};
use timings::Timings;

/// Solves a validated scenario and re-checks the plan; a plan breaking any rule is a
/// [`Failure::Verification`].
pub fn solve_scenario(
    scenario: &Scenario,
    options: &SolveOptions,
) -> Result<ScenarioResult, Failure> {
    let mut timings = Timings::default();
    let outcome = solve::solve(scenario, options)?;
    timings.extend(&outcome.timings);
    timings.time("check the plan independently", || {
        check_plan(scenario, &outcome)
    })?;
    let mut result = ScenarioResult::new(scenario, &outcome, true);
    match &outcome.allocation {
        Some(allocation) => {
            let limits = timings.time("analyse: what limits the plan", || {
                analyse::marginal::marginal_values(scenario, allocation)
            })?;
            result.limits = Some(limits);
        }
        None if outcome.status == solve::SolveStatus::Infeasible => {
            let diagnosis = timings.time("analyse: why no plan is possible", || {
                analyse::diagnose::diagnose(scenario)
            })?;
            result.diagnosis = Some(diagnosis);
        }
        None => {}
    }
    result.timings = Some(timings);
    Ok(result)
}

/// What `fundmix solve` was asked to do.
#[derive(Debug, Clone)]
pub struct SolveRequest {
    /// Scenario file or plan folder.
    pub input: PathBuf,
    /// Report folder (default `reports/<scenario name>`).
    pub out: Option<PathBuf>,
    /// Solver settings.
    pub options: SolveOptions,
    /// Whether to include the solve time in the reports.
    pub timings: bool,
    /// Points of an own-money frontier to add to the report (none: no frontier).
    pub frontier_points: Option<usize>,
    /// Also write the results workbook `plan.xlsx` into the report folder.
    pub xlsx: bool,
    /// Write the first solver stage's model to this file (.mps or .lp).
    pub export_model: Option<PathBuf>,
}

/// What `fundmix solve` produced.
pub struct Solved {
    /// The solved and verified scenario.
    pub result: ScenarioResult,
    /// The own-money frontier, when asked for and the scenario has a plan.
    pub frontier: Option<analyse::frontier::Frontier>,
    /// The report folder.
    pub dir: PathBuf,
    /// Where the run's time went, every step.
    pub timings: Timings,
    /// When the model was exported: the EUR one unit of money in it stands for.
    pub model_unit_eur: Option<f64>,
}

/// A folder name for a scenario: lower case, spaces and unsafe characters as `-`.
pub fn folder_name(scenario_name: &str) -> String {
    let slug: String = scenario_name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '.' {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                '-'
            }
        })
        .collect();
    let mut collapsed = String::with_capacity(slug.len());
    for c in slug.chars() {
        if !(c == '-' && collapsed.ends_with('-')) {
            collapsed.push(c);
        }
    }
    let slug = collapsed.trim_matches(['-', '.']).to_string();
    if slug.is_empty() {
        "scenario".into()
    } else {
        slug
    }
}

/// Load → validate → solve → verify → (frontier) → report.
pub fn run_solve(request: &SolveRequest) -> Result<Solved, Failure> {
    let mut timings = Timings::default();
    let scenario = timings.time("read and check the input", || {
        validate::load_scenario(&request.input)
    })?;
    let dir = request
        .out
        .clone()
        .unwrap_or_else(|| Path::new("reports").join(folder_name(&scenario.name)));
    // Refuse a folder that is not a report before solving, not after.
    report::check_report_folder(&dir).map_err(Failure::Fault)?;
    let exported = match &request.export_model {
        Some(path) => Some(timings.time("export the model", || {
            solve::export_model(&scenario, &request.options, path)
        })?),
        None => None,
    };
    let mut result = solve_scenario(&scenario, &request.options)?;
    timings.extend(&result.timings.take().unwrap_or_default());
    let frontier = match request.frontier_points {
        Some(max_points) if result.has_plan() => {
            let frontier_request = analyse::frontier::FrontierRequest {
                money: analyse::frontier::Money::Own,
                max_points,
                grid: None,
                jobs: crate::compare::default_jobs(),
            };
            Some(timings.time("analyse: own-money frontier", || {
                analyse::frontier::frontier(&scenario, &frontier_request)
            })?)
        }
        _ => None,
    };
    let charts = timings
        .time("draw the charts", || {
            report::scenario_charts(&result, frontier.as_ref())
        })
        .map_err(Failure::Fault)?;
    // summary.json holds the steps up to here; writing the reports is timed on the terminal.
    if request.timings {
        result.timings = Some(timings.clone());
    } else {
        result.solve_seconds = None;
    }
    let started = std::time::Instant::now();
    let mut files =
        report::scenario_files_with(&result, frontier.as_ref(), &charts).map_err(Failure::Fault)?;
    if request.xlsx {
        let workbook = report::xlsx::results_workbook(&result).map_err(Failure::Fault)?;
        files.push(("plan.xlsx".into(), workbook));
    }
    report::replace_folder(&dir, &files).map_err(Failure::Fault)?;
    timings.record("write the reports", started.elapsed().as_secs_f64());
    Ok(Solved {
        result,
        frontier,
        dir,
        timings,
        model_unit_eur: exported,
    })
}

/// Load → validate → compare what the plan asks with what is offered.
pub fn run_check(input: &Path) -> Result<String, Failure> {
    let scenario = validate::load_scenario(input)?;
    Ok(check::overview(&scenario))
}
