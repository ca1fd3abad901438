//! Many scenarios solved side by side (the work of `fundmix compare`; finding the files is in
//! [`crate::input::scenario_chain`], writing the folder in [`crate::report`]).
//!
//! Parallel solving is the sequential code plus rayon: each scenario is solved by the same pure
//! [`crate::solve_scenario`] (HiGHS with one thread), results come back in input order, and
//! `--jobs 1` runs them one after another. An infeasible scenario is a row with its status; only
//! broken input or a fault stops the whole run.

use crate::domain::Scenario;
use crate::result::ScenarioResult;
use crate::solve::SolveOptions;
use crate::{solve_scenario, Failure};
use rayon::prelude::*;

/// Solves every scenario with `jobs` worker threads (1 = one after another), in input order.
pub fn solve_all(
    scenarios: &[Scenario],
    options: &SolveOptions,
    jobs: usize,
    progress: bool,
) -> Result<Vec<ScenarioResult>, Failure> {
    each_scenario(scenarios, jobs, progress, |s| solve_scenario(s, options))
}

/// Runs `solve` on every scenario with `jobs` worker threads (1 = one after another), with a
/// progress bar on stderr when `progress`; the answers come back in input order. What
/// [`solve_all`] does, for any way of solving one scenario (a part of a comparison run apart
/// keeps [`crate::Solved`] rather than the result).
pub fn each_scenario<T: Send>(
    scenarios: &[Scenario],
    jobs: usize,
    progress: bool,
    solve: impl Fn(&Scenario) -> Result<T, Failure> + Sync,
) -> Result<Vec<T>, Failure> {
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
        let result = solve(s);
        if let Some(bar) = &bar {
            bar.inc(1);
        }
        result
    };
    let results: Vec<Result<T, Failure>> = if jobs <= 1 {
        scenarios.iter().map(solve).collect()
    } else {
        let pool = crate::checked::worker_pool(jobs)?;
        pool.install(|| scenarios.par_iter().map(solve).collect())
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    results.into_iter().collect()
}

/// The default number of worker threads: the machine's cores.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
