//! `fundmix compare`: several scenarios solved side by side, one report folder each and the
//! comparison, then a short table on the terminal.

use super::Ended;
use crate::checked::Failure;
use crate::cli::CompareArgs;
use crate::compare::{default_jobs, run_compare, CompareRequest};
use crate::result::ScenarioResult;
use crate::solve::SolveOptions;
use std::path::Path;

/// Runs `fundmix compare`.
pub fn run(args: CompareArgs) -> Result<Ended, Failure> {
    let request = CompareRequest {
        inputs: args.inputs,
        out: args.out,
        jobs: args.jobs.map_or_else(default_jobs, |j| j as usize),
        options: SolveOptions {
            mip_gap: args.mip_gap,
            time_limit_seconds: args.time_limit,
            show_progress: false,
            solver: args.solver.resolve(),
        },
        timings: !args.no_timings,
        xlsx: args.xlsx,
    };
    let (results, dir) = run_compare(&request)?;
    print!("{}", terminal_table(&results, &dir));
    Ok(Ended::Done)
}

/// A short table of the comparison for the terminal.
pub fn terminal_table(results: &[ScenarioResult], dir: &Path) -> String {
    let mut out = format!(
        "{:<32} {:<12} {:>8} {:>16} {:>14}\n",
        "Scenario", "Status", "Actions", "Total EUR", "Own EUR"
    );
    for r in results {
        out.push_str(&format!(
            "{:<32} {:<12} {:>8} {:>16} {:>14}\n",
            r.scenario,
            r.status.as_str(),
            r.selected.len(),
            crate::format::number(r.money.total_cost_eur, 0),
            crate::format::number(r.money.own_eur, 0)
        ));
    }
    out.push_str(&format!("Reports:  {}\n", dir.display()));
    out
}
