//! `fundmix compare`: several scenarios solved side by side, one report folder each and the
//! comparison, then a short table on the terminal.

use super::{label, Ended};
use crate::checked::Failure;
use crate::cli::CompareArgs;
use crate::compare::{default_jobs, each_scenario, solve_all};
use crate::domain::Scenario;
use crate::i18n::input_tr;
use crate::partial;
use crate::result::ScenarioResult;
use crate::shard::Shard;
use crate::solve::SolveOptions;
use crate::solve_and_analyse;
use crate::t;
use crate::view::status_short;
use std::io::IsTerminal;
use std::path::Path;
use std::path::PathBuf;

/// Runs `fundmix compare`.
pub fn run(args: CompareArgs) -> Result<Ended, Failure> {
    let out = args.out.unwrap_or_else(|| match args.shard {
        Some(shard) => super::default_part_out("compare", shard),
        None => PathBuf::from("reports/compare"),
    });
    let request = CompareRequest {
        inputs: args.inputs,
        out,
        jobs: args.jobs.map_or_else(default_jobs, |j| j as usize),
        options: SolveOptions {
            mip_gap: args.mip_gap,
            time_limit_seconds: args.time_limit,
            show_progress: false,
            solver: args.solver.resolve(),
        },
        timings: !args.no_timings,
        xlsx: args.xlsx,
        lang: args.lang,
    };
    if let Some(shard) = args.shard {
        let (done, total, dir) = run_compare_part(&request, shard)?;
        let tr = input_tr();
        let line = t!(
            tr,
            "part-compare-done",
            index = shard.index,
            count = shard.count,
            done = done,
            total = total
        );
        print!("{}", super::part_lines(&line, shard, &dir));
        return Ok(Ended::Done);
    }
    let (results, dir) = run_compare(&request)?;
    print!("{}", terminal_table(&results, &dir));
    Ok(Ended::Done)
}

/// A short table of the comparison for the terminal.
pub fn terminal_table(results: &[ScenarioResult], dir: &Path) -> String {
    let tr = crate::view::comparison_lang(results);
    let statuses: Vec<String> = results.iter().map(|r| status_short(tr, r.status)).collect();
    // The status column is as wide as its longest word (at least 12).
    let width = statuses
        .iter()
        .map(|s| s.chars().count())
        .chain([12])
        .max()
        .unwrap_or(12);
    let mut out = format!(
        "{:<32} {:<width$} {:>8} {:>16} {:>14}\n",
        t!(tr, "col-scenario"),
        t!(tr, "col-status"),
        t!(tr, "cmp-term-actions"),
        t!(tr, "cmp-term-total"),
        t!(tr, "cmp-term-own")
    );
    for (r, status) in results.iter().zip(&statuses) {
        out.push_str(&format!(
            "{:<32} {status:<width$} {:>8} {:>16} {:>14}\n",
            r.scenario,
            r.selected.len(),
            tr.number(r.money.total_cost_eur, 0),
            tr.number(r.money.own_eur, 0)
        ));
    }
    out.push_str(&format!(
        "{}{}\n",
        label(tr, &t!(tr, "term-reports")),
        dir.display()
    ));
    out
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
    /// The language of the reports, over each scenario's `lang`.
    pub lang: Option<crate::i18n::Lang>,
}

/// The scenarios to compare, as validated, in input order, in the language asked for.
fn load(request: &CompareRequest) -> Result<Vec<Scenario>, Failure> {
    let files = crate::input::scenario_chain::scenario_files(&request.inputs)?;
    let mut scenarios = crate::validate::load_all(&files)?;
    if let Some(lang) = request.lang {
        scenarios.iter_mut().for_each(|s| s.lang = lang);
    }
    // Scenarios of one plan share its notes: print_notes says each once.
    let notes: Vec<String> = scenarios
        .iter()
        .flat_map(|s| s.plan.notes.iter().cloned())
        .collect();
    super::print_notes(&notes);
    Ok(scenarios)
}

/// Load → validate → solve all → write. Returns the results (input order) and the folder.
pub fn run_compare(request: &CompareRequest) -> Result<(Vec<ScenarioResult>, PathBuf), Failure> {
    let scenarios = load(request)?;
    crate::report::check_report_folder(&request.out).map_err(Failure::Output)?;
    let progress = std::io::stderr().is_terminal() && scenarios.len() >= 4;
    let mut results = solve_all(&scenarios, &request.options, request.jobs, progress)?;
    let files = files(&mut results, request.timings, request.xlsx)?;
    crate::report::replace_folder(&request.out, &files).map_err(Failure::Output)?;
    Ok((results, request.out.clone()))
}

/// The files of a comparison folder (`fundmix merge` writes them too): solve times left out
/// of the results unless `timings`, and `comparison.xlsx` when `xlsx`.
pub fn files(
    results: &mut [ScenarioResult],
    timings: bool,
    xlsx: bool,
) -> Result<Vec<(String, Vec<u8>)>, Failure> {
    if !timings {
        results.iter_mut().for_each(|r| {
            r.solve_seconds = None;
            r.timings = None;
        });
    }
    let mut files = crate::report::comparison_files(results).map_err(Failure::Output)?;
    if xlsx {
        let workbook =
            crate::report::xlsx::comparison_workbook(results).map_err(Failure::Output)?;
        files.push(("comparison.xlsx".into(), workbook));
    }
    Ok(files)
}

/// Load → validate → solve part `shard` of the scenarios → write the partial result. Returns
/// the scenarios solved, the comparison's scenarios and the folder.
pub fn run_compare_part(
    request: &CompareRequest,
    shard: Shard,
) -> Result<(usize, usize, PathBuf), Failure> {
    let scenarios = load(request)?;
    if shard.count > scenarios.len() {
        let tr = input_tr();
        return Err(super::shard_problem(
            t!(
                tr,
                "part-too-many-scenarios",
                count = shard.count,
                items = scenarios.len()
            ),
            t!(tr, "part-fix-fewer", items = scenarios.len()),
        ));
    }
    partial::check_part_folder(&request.out).map_err(Failure::Output)?;
    let places = shard.items(scenarios.len());
    let mine: Vec<Scenario> = places.iter().map(|&i| scenarios[i].clone()).collect();
    let progress = std::io::stderr().is_terminal() && mine.len() >= 4;
    let solved = each_scenario(&mine, request.jobs, progress, |s| {
        solve_and_analyse(s, &request.options)
    })?;
    let settings = partial::compare::Settings {
        scenarios: scenarios.len(),
        solver: request.options.solver,
        mip_gap: request.options.mip_gap,
        time_limit: request.options.time_limit_seconds,
        timings: request.timings,
        xlsx: request.xlsx,
        lang: request.lang,
    };
    let done = places.len();
    let solved = places.into_iter().zip(solved).collect();
    partial::compare::write(
        &request.out,
        shard,
        &request.inputs,
        &scenarios,
        &settings,
        solved,
    )?;
    Ok((done, scenarios.len(), request.out.clone()))
}
