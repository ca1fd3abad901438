//! `fundmix robust`: the plan against funding risk, drawn and solved many times.

use super::{label, Ended};
use crate::analyse::robust::{robust, solve_samples, Robust, RobustRequest};
use crate::checked::Failure;
use crate::cli::RobustArgs;
use crate::domain::Scenario;
use crate::i18n::Lang;
use crate::partial;
use crate::shard::Shard;
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
    if let Some(shard) = args.shard {
        let (done, total, dir) = run_robust_part(&command, shard)?;
        let tr = crate::i18n::input_tr();
        let line = t!(
            tr,
            "part-robust-done",
            index = shard.index,
            count = shard.count,
            done = done,
            total = total
        );
        print!("{}", super::part_lines(&line, shard, &dir));
        return Ok(Ended::Done);
    }
    let (robust, dir) = run_robust(&command)?;
    print!("{}", terminal_text(&robust, &dir));
    Ok(Ended::Done)
}

/// What a robust run prints: the spreads, the actions that depend on luck, and the folder.
pub fn terminal_text(robust: &Robust, dir: &Path) -> String {
    let tr = robust.lang.tr();
    format!(
        "{}{}{}\n",
        report::robust::text(robust),
        label(tr, &t!(tr, "term-reports")),
        dir.display()
    )
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

/// The folder of a robust run's reports when `--out` does not say (`fundmix merge` writes
/// there too).
pub fn default_out(scenario_name: &str) -> PathBuf {
    Path::new("reports").join(format!("{}-robust", folder_name(scenario_name)))
}

/// The draws and seed: the command line's, else the scenario's `[risk]`, else the defaults.
fn request(command: &RobustCommand, scenario: &Scenario) -> RobustRequest {
    RobustRequest {
        samples: command.samples.or(scenario.risk.samples).unwrap_or(SAMPLES),
        seed: command.seed.or(scenario.risk.seed).unwrap_or(SEED),
        jobs: command.jobs,
        progress: std::io::IsTerminal::is_terminal(&std::io::stderr()),
    }
}

/// Load → validate → draw and solve → write. Returns the run and the folder.
pub fn run_robust(command: &RobustCommand) -> Result<(Robust, PathBuf), Failure> {
    let scenario = super::load_scenario(&command.input, command.lang)?;
    let dir = command
        .out
        .clone()
        .unwrap_or_else(|| default_out(&scenario.name));
    report::check_report_folder(&dir).map_err(Failure::Output)?;
    let request = request(command, &scenario);
    let robust = robust(&scenario, &request, &command.options)?;
    let files = files(&robust, command.xlsx)?;
    report::replace_folder(&dir, &files).map_err(Failure::Output)?;
    Ok((robust, dir))
}

/// The files of a robust run (with `xlsx`, the workbook too): a single run's, or a merge's.
pub fn files(robust: &Robust, xlsx: bool) -> Result<Vec<(String, Vec<u8>)>, Failure> {
    let mut files = report::robust::files(robust).map_err(Failure::Output)?;
    if xlsx {
        let workbook = report::xlsx::robust_workbook(robust).map_err(Failure::Output)?;
        files.push(("robust.xlsx".into(), workbook));
    }
    Ok(files)
}

/// Load → validate → draw and solve part `shard` of the draws → write the partial result.
/// Returns the draws solved, the run's draws and the folder.
pub fn run_robust_part(
    command: &RobustCommand,
    shard: Shard,
) -> Result<(usize, usize, PathBuf), Failure> {
    let scenario = super::load_scenario(&command.input, command.lang)?;
    let request = request(command, &scenario);
    if shard.count > request.samples {
        let tr = crate::i18n::input_tr();
        return Err(super::shard_problem(
            t!(
                tr,
                "part-too-many-draws",
                count = shard.count,
                items = request.samples
            ),
            t!(tr, "part-fix-fewer", items = request.samples),
        ));
    }
    let dir = command.out.clone().unwrap_or_else(|| {
        super::default_part_out(&format!("{}-robust", folder_name(&scenario.name)), shard)
    });
    partial::check_part_folder(&dir).map_err(Failure::Output)?;
    let numbers = shard.items(request.samples);
    let samples = solve_samples(&scenario, &request, &numbers, &command.options)?;
    let settings = partial::robust::Settings {
        samples: request.samples,
        seed: request.seed,
        solver: command.options.solver,
        lang: scenario.lang,
        xlsx: command.xlsx,
    };
    partial::robust::write(&dir, shard, &command.input, &scenario, &settings, samples)?;
    Ok((numbers.len(), request.samples, dir))
}
