//! `fundmix compare`: solve many scenarios in parallel and write one report folder per scenario
//! plus the comparison tables and charts.
//!
//! Parallel solving is the sequential code plus rayon: each scenario is solved by the same pure
//! [`crate::solve_scenario`] (HiGHS with one thread), results come back in input order, and
//! `--jobs 1` runs them one after another. An infeasible scenario is a row with its status; only
//! broken input or a fault stops the whole run.

use crate::domain::Scenario;
use crate::error::{InputError, InputProblem};
use crate::result::ScenarioResult;
use crate::solve::SolveOptions;
use crate::{folder_name, report, solve_scenario, validate, Failure};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::PathBuf;

/// The scenario files named by the command line: files as given, folders as their `*.toml`
/// files, base scenarios first (those extending nothing, then those extending them, ...), each
/// group in name order.
pub fn scenario_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(input)
                .map(|entries| {
                    entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
                        .collect()
                })
                .unwrap_or_default();
            // Base scenarios before the variants that extend them, then by name.
            let depth = |p: &PathBuf| {
                crate::input::scenario_chain::read_scenario_chain(p, &p.display().to_string())
                    .map_or(0, |raw| raw.layers.len())
            };
            found.sort_by_cached_key(|p| (depth(p), p.clone()));
            if found.is_empty() {
                problems.push(InputProblem::in_file(
                    input.display().to_string(),
                    "the folder holds no scenario files (.toml)",
                    "name scenario files, or a folder that holds them",
                ));
            }
            files.extend(found);
        } else if input.is_file() {
            files.push(input.clone());
        } else {
            problems.push(InputProblem::in_file(
                input.display().to_string(),
                "there is no such file or folder",
                "name scenario files (.toml) or folders that hold them",
            ));
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(InputError { problems })
    }
}

/// Loads every scenario; the problems of all of them are reported together.
pub fn load_all(files: &[PathBuf]) -> Result<Vec<Scenario>, InputError> {
    let mut scenarios = Vec::with_capacity(files.len());
    let mut problems = Vec::new();
    for file in files {
        match validate::load_scenario(file) {
            Ok(s) => scenarios.push(s),
            Err(e) => problems.extend(e.problems),
        }
    }
    if problems.is_empty() {
        Ok(scenarios)
    } else {
        Err(InputError { problems })
    }
}

/// Solves every scenario with `jobs` worker threads (1 = one after another), in input order.
pub fn solve_all(
    scenarios: &[Scenario],
    options: &SolveOptions,
    jobs: usize,
    progress: bool,
) -> Result<Vec<ScenarioResult>, Failure> {
    let bar = progress.then(|| {
        let bar = indicatif::ProgressBar::new(scenarios.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "solving scenarios {bar:40} {pos}/{len} ({eta} left)",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let solve = |s: &Scenario| {
        let result = solve_scenario(s, options);
        if let Some(bar) = &bar {
            bar.inc(1);
        }
        result
    };
    let results: Vec<Result<ScenarioResult, Failure>> = if jobs <= 1 {
        scenarios.iter().map(solve).collect()
    } else {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .map_err(|e| Failure::Fault(format!("cannot start {jobs} worker threads: {e}")))?;
        pool.install(|| scenarios.par_iter().map(solve).collect())
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    results.into_iter().collect()
}

/// Every file of a comparison folder: one sub-folder per scenario, the comparison tables and
/// charts, and `comparison.html`.
pub fn comparison_files(
    results: &[ScenarioResult],
) -> crate::error::OutputResult<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    let mut used = BTreeSet::new();
    for result in results {
        let base = folder_name(&result.scenario);
        let mut name = base.clone();
        let mut n = 2;
        while !used.insert(name.clone()) {
            name = format!("{base}-{n}");
            n += 1;
        }
        for (file, content) in report::scenario_files(result, None)? {
            files.push((format!("{name}/{file}"), content));
        }
    }
    let charts = crate::plot::comparison_charts(results)?;
    files.push((
        "comparison.csv".into(),
        report::comparison::csv(results).into_bytes(),
    ));
    files.push((
        "comparison.json".into(),
        report::comparison::json(results)?.into_bytes(),
    ));
    files.push((
        "comparison.md".into(),
        report::comparison::markdown(results).into_bytes(),
    ));
    files.push((
        "selection.csv".into(),
        report::comparison::selection_csv(results).into_bytes(),
    ));
    files.push((
        "comparison.html".into(),
        report::html::comparison_html(results, &charts).into_bytes(),
    ));
    files.extend(report::chart_files(&charts));
    Ok(files)
}

/// What `fundmix compare` was asked to do.
#[derive(Debug, Clone)]
pub struct CompareRequest {
    /// Scenario files and folders.
    pub inputs: Vec<PathBuf>,
    /// Output folder.
    pub out: PathBuf,
    /// Worker threads (1 = sequential).
    pub jobs: usize,
    /// Solver settings.
    pub options: SolveOptions,
    /// Whether to include solve times.
    pub timings: bool,
    /// Also write the workbook `comparison.xlsx`.
    pub xlsx: bool,
}

/// Load → validate → solve all → write. Returns the results (input order) and the folder.
pub fn run_compare(request: &CompareRequest) -> Result<(Vec<ScenarioResult>, PathBuf), Failure> {
    let files = scenario_files(&request.inputs)?;
    let scenarios = load_all(&files)?;
    report::check_report_folder(&request.out).map_err(Failure::Output)?;
    let progress = std::io::stderr().is_terminal() && scenarios.len() >= 4;
    let mut results = solve_all(&scenarios, &request.options, request.jobs, progress)?;
    if !request.timings {
        results.iter_mut().for_each(|r| {
            r.solve_seconds = None;
            r.timings = None;
        });
    }
    let mut files = comparison_files(&results).map_err(Failure::Output)?;
    if request.xlsx {
        let workbook = report::xlsx::comparison_workbook(&results).map_err(Failure::Output)?;
        files.push(("comparison.xlsx".into(), workbook));
    }
    report::replace_folder(&request.out, &files).map_err(Failure::Output)?;
    Ok((results, request.out.clone()))
}

/// The default number of worker threads: the machine's cores.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
