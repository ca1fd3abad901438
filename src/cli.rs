//! Command-line definitions and help text (clap). No logic lives here.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

const EXIT_CODES: &str = "\
Exit codes:
  0  a funding plan was found (and written)
  1  an unexpected fault (please report it with your input files)
  2  the input has problems (every one is listed, nothing is written)
  3  no plan is possible: the rules cannot all be met (infeasible), or none was found in the time limit";

/// fundmix decides which actions of an action plan to fund, from which source, in which year.
///
/// It reads a plan folder (actions.csv, sources.csv, and optionally partners.csv and
/// targets.csv) or a scenario file (.toml) that points to one, finds the best funding plan under
/// every rule (budgets, co-financing rates, grant sizes, partners, staff hours, targets),
/// checks it independently and writes the reports.
#[derive(Debug, Parser)]
#[command(name = "fundmix", version, after_help = EXIT_CODES, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find the best funding plan for a scenario and write its reports.
    ///
    /// Writes summary.json, allocation.csv (action, source, period, EUR), funding_matrix.csv
    /// (action × source totals), report.md, report.html and charts (SVG and PNG) into the
    /// output folder, and prints a short summary.
    ///
    /// Example: fundmix solve scenarios/jelgava/baseline.toml
    #[command(after_help = EXIT_CODES)]
    Solve(SolveArgs),
    /// Check the input only, and compare what the plan asks with what the sources offer.
    ///
    /// Example: fundmix check scenarios/jelgava/baseline.toml
    #[command(after_help = EXIT_CODES)]
    Check(CheckArgs),
    /// Solve several scenarios side by side and write a comparison.
    ///
    /// Solves every scenario in parallel (one folder of scenario files, or files named one by
    /// one), keeps their order, and writes one report folder per scenario plus comparison.csv,
    /// comparison.json, comparison.md, comparison.html, selection.csv (action × scenario) and
    /// charts. A scenario with no possible plan is a row with its status, not a failure.
    ///
    /// Example: fundmix compare scenarios/jelgava/
    #[command(after_help = EXIT_CODES)]
    Compare(CompareArgs),
    /// Print a scenario as fundmix understands it, after `extends` and every override.
    ///
    /// Example: fundmix show scenarios/jelgava/esf_rejected.toml
    #[command(after_help = EXIT_CODES)]
    Show(CheckArgs),
    /// Write a template plan folder and scenario file to fill in.
    ///
    /// Example: fundmix init my-plan && fundmix solve my-plan/scenario.toml
    Init(InitArgs),
}

/// Arguments of `fundmix solve`.
#[derive(Debug, Args)]
pub struct SolveArgs {
    /// A scenario file (.toml) or a plan folder (solved with default settings: most impact,
    /// no staff limit, every indicator weighing 1).
    #[arg(value_name = "SCENARIO_OR_PLAN")]
    pub input: PathBuf,
    /// Folder for the reports [default: reports/<scenario name>/]. An earlier report there is replaced.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Accept a plan at most this fraction below the best possible, to finish sooner
    /// (0.01 = within 1%). The default, 0, proves the plan is the best possible.
    #[arg(long, value_name = "FRACTION", default_value_t = 0.0)]
    pub mip_gap: f64,
    /// Stop searching after this many seconds (per solver stage) and report the best plan found,
    /// with how far from the best possible it may be.
    #[arg(long, value_name = "SECONDS")]
    pub time_limit: Option<f64>,
    /// Leave the solve time out of summary.json and the terminal summary, so that repeated runs
    /// give byte-identical files.
    #[arg(long)]
    pub no_timings: bool,
}

/// Arguments of `fundmix compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Scenario files (.toml) and folders holding them (their .toml files: base scenarios
    /// first, then the variants that extend them, each in name order).
    #[arg(value_name = "FILES_OR_FOLDER", required = true)]
    pub inputs: Vec<std::path::PathBuf>,
    /// Folder for the comparison. An earlier comparison there is replaced.
    #[arg(long, value_name = "DIR", default_value = "reports/compare")]
    pub out: std::path::PathBuf,
    /// Scenarios solved at the same time [default: the number of processor cores].
    /// 1 solves them one after another.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
    /// As for `solve`: accept plans this fraction below the best possible (0 = prove the best).
    #[arg(long, value_name = "FRACTION", default_value_t = 0.0)]
    pub mip_gap: f64,
    /// As for `solve`: stop each scenario's search after this many seconds per solver stage.
    #[arg(long, value_name = "SECONDS")]
    pub time_limit: Option<f64>,
    /// Leave solve times out, so that repeated runs give byte-identical files.
    #[arg(long)]
    pub no_timings: bool,
}

/// Arguments of `fundmix check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// A scenario file (.toml) or a plan folder.
    #[arg(value_name = "SCENARIO_OR_PLAN")]
    pub input: PathBuf,
}

/// Arguments of `fundmix init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create (it must not exist yet, or be empty).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}
