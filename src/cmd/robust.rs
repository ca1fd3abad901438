//! `fundmix robust`: the plan against funding risk, drawn and solved many times.

use super::{label, Ended};
use crate::analyse::robust::{robust, Robust, RobustRequest};
use crate::checked::Failure;
use crate::cli::RobustArgs;
use crate::i18n::Lang;
use crate::solve::SolveOptions;
use crate::{folder_name, report, t};
use std::path::{Path, PathBuf};

/// Runs `fundmix robust`.
pub fn run(args: RobustArgs) -> Result<Ended, Failure> {
    let command = RobustCommand {
        input: args.input,
        samples: args.samples.map(|n| n as usize),
        seed: args.seed,
        jobs: args
            .jobs
            .map_or_else(crate::compare::default_jobs, |j| j as usize),
        out: args.out,
        xlsx: args.xlsx,
        lang: args.lang,
        options: SolveOptions {
            solver: args.solver.resolve(),
            ..SolveOptions::default()
        },
    };
    let (robust, dir) = run_robust(&command)?;
    let tr = robust.lang.tr();
    print!("{}", report::robust::text(&robust));
    println!("{}{}", label(tr, &t!(tr, "term-reports")), dir.display());
    Ok(Ended::Done)
}

/// Draws when neither the command line nor the scenario says.
pub const SAMPLES: usize = 100;
/// Seed when neither the command line nor the scenario says.
pub const SEED: u64 = 1;

/// What `fundmix robust` was asked.
#[derive(Debug, Clone)]
pub struct RobustCommand {
    /// Scenario file or plan folder.
    pub input: PathBuf,
    /// Draws, over the scenario's `[risk] samples` (default [`SAMPLES`]).
    pub samples: Option<usize>,
    /// Seed, over the scenario's `[risk] seed` (default [`SEED`]).
    pub seed: Option<u64>,
    /// Draws solved at the same time.
    pub jobs: usize,
    /// Output folder (default `reports/<scenario>-robust`).
    pub out: Option<PathBuf>,
    /// Also write the workbook `robust.xlsx`.
    pub xlsx: bool,
    /// The language of the files and the terminal text, over the scenario's `lang`.
    pub lang: Option<Lang>,
    /// Solver settings for every draw.
    pub options: SolveOptions,
}

/// Load → validate → draw and solve → write. Returns the run and the folder.
pub fn run_robust(command: &RobustCommand) -> Result<(Robust, PathBuf), Failure> {
    let scenario = super::load_scenario(&command.input, command.lang)?;
    let dir = command.out.clone().unwrap_or_else(|| {
        Path::new("reports").join(format!("{}-robust", folder_name(&scenario.name)))
    });
    report::check_report_folder(&dir).map_err(Failure::Output)?;
    let request = RobustRequest {
        samples: command.samples.or(scenario.risk.samples).unwrap_or(SAMPLES),
        seed: command.seed.or(scenario.risk.seed).unwrap_or(SEED),
        jobs: command.jobs,
    };
    let robust = robust(&scenario, &request, &command.options)?;
    let mut files = report::robust::files(&robust).map_err(Failure::Output)?;
    if command.xlsx {
        let workbook = report::xlsx::robust_workbook(&robust).map_err(Failure::Output)?;
        files.push(("robust.xlsx".into(), workbook));
    }
    report::replace_folder(&dir, &files).map_err(Failure::Output)?;
    Ok((robust, dir))
}
