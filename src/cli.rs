//! Command-line definitions and help text (clap). No logic lives here.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

const EXIT_CODES: &str = "\
Exit codes:
  0  a funding plan was found (and written)
  1  an unexpected fault (please report it with your input files)
  2  the input has problems (every one is listed, nothing is written)
  3  no plan is possible: the rules cannot all be met (infeasible), or none was found in the time limit
  130  stopped with Ctrl-C (143: SIGTERM); no report folder is left half-written";

/// fundmix decides which actions of an action plan to fund, from which source, in which year.
///
/// It reads a plan folder (actions.csv, sources.csv, and optionally partners.csv and
/// targets.csv), a workbook (.xlsx) with those tables as sheets, or a scenario file (.toml)
/// that points to either, finds the best funding plan under every rule (budgets, co-financing
/// rates, grant sizes, partners, staff hours, targets), checks it independently and writes the
/// reports.
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
    /// Explain why an action is funded or left out, and what would change that.
    ///
    /// For an action left out: how much the plan would lose if it were forced in, which actions
    /// it would push out, and the cost (or impact) at which it would enter on its own. For a
    /// funded action: its value to the plan (the loss if it were left out), what would replace
    /// it, and who pays for it. Also lists the limits that hold the whole plan back most.
    /// Each answer re-solves the scenario, so this takes a few solves' time.
    ///
    /// Example: fundmix explain scenarios/jelgava/baseline.toml --action youth_mentors
    #[command(after_help = EXIT_CODES)]
    Explain(ExplainArgs),
    /// Show what more money buys: the best impact for each amount of one source's money.
    ///
    /// Traces the efficient frontier from the least money any plan needs to the most impact
    /// any plan reaches, counting own money (default), one source (--source) or all money
    /// (--all-sources). Every other rule of the scenario still holds. Writes frontier.csv
    /// (each point with the actions funded), frontier.json, frontier.md and a chart (SVG and
    /// PNG) with the scenario's own plan marked, and prints the table.
    ///
    /// Exact mode (the default) finds points where no plan gets more impact from the money
    /// and none reaches the impact with less money; --grid N asks the same at N evenly spaced
    /// amounts, faster (solved in parallel) but it can miss points in between.
    ///
    /// Example: fundmix frontier scenarios/jelgava/baseline.toml --grid 6
    #[command(after_help = EXIT_CODES)]
    Frontier(FrontierArgs),
    /// Test the plan against funding risk: calls that may be rejected, partners that may
    /// withdraw, costs that may overrun.
    ///
    /// Draws which sources pay out (their award_probability in sources.csv; sources of one
    /// award_group together), which partners keep their word (commitment_probability in
    /// partners.csv) and, where actions.csv gives a range (cost_low/cost_high,
    /// impact_<indicator>_low/_high), what the actions cost and achieve (triangular, the
    /// column's value the most likely), solves the scenario again for each draw, and reports
    /// each action's core index (the share of draws in which it is funded: 100% = funded
    /// whatever happens), the spread of the objective and of own money, how often each target
    /// is met and what each source is expected to give. Writes robust.md, robust.html,
    /// robust.json, core_index.csv, samples.csv and samples.parquet (every draw: what paid out
    /// and the plan's figures; the Parquet file for pandas, DuckDB or R). The same seed gives
    /// the same draws and the same files whatever --jobs is.
    ///
    /// Example: fundmix robust scenarios/jelgava-risk/baseline.toml --samples 200
    #[command(after_help = EXIT_CODES)]
    Robust(RobustArgs),
    /// Combine the parts of a run cut into parts (--shard I/N) into the reports one run writes.
    ///
    /// `robust`, `compare` and `frontier` with --shard I/N run only their part I of N (of the
    /// draws, the scenarios, or the frontier's segments or amounts) and write a partial result
    /// (a folder with partial.json), for a cluster's job array. `fundmix merge` reads the N
    /// folders, checks that they are parts 1 to N of one run, each once (same fundmix, command,
    /// options and input files), and writes the reports the run would have written in one go,
    /// byte for byte. When a part is missing or given twice, or the parts differ, it says which
    /// folder and what to do, and writes nothing.
    ///
    /// Example: fundmix merge parts/1 parts/2 parts/3 --out reports/risk
    #[command(after_help = EXIT_CODES)]
    Merge(MergeArgs),
    /// Print a scenario as fundmix understands it, after `extends` and every override.
    ///
    /// Example: fundmix show scenarios/jelgava/esf_rejected.toml
    #[command(after_help = EXIT_CODES)]
    Show(CheckArgs),
    /// Write a template plan folder and scenario file to fill in, or one Excel workbook.
    ///
    /// The template holds example rows that solve as they are. With --xlsx FILE it is one
    /// workbook instead: an instructions sheet, a scenario sheet, and the actions, sources,
    /// partners and targets sheets, each header with a note saying what goes there, and checks
    /// on what is typed below it.
    ///
    /// Example: fundmix init my-plan && fundmix solve my-plan/scenario.toml
    ///
    /// Example: fundmix init --xlsx plan.xlsx && fundmix solve plan.xlsx --xlsx
    #[command(override_usage = "fundmix init DIR\n       fundmix init --xlsx FILE")]
    Init(InitArgs),
    /// Apply a voting rule to a participatory budget (a Pabulib .pb file) and compare the
    /// projects it funds with those the city funded.
    ///
    /// greedy (the default) goes down the projects from the most votes and funds each one that
    /// still fits the budget, as most cities do (ties: project id as text, ascending, as in
    /// pabutools). utilitarian funds the set with the most total support (votes; points for
    /// cumulative ballots) that fits, found exactly; ties go to the cheapest set. equal-shares
    /// gives every voter an equal part of the budget to spend on the projects they voted for
    /// (the Method of Equal Shares, completed as Pabulib's equalshares/add1). Only the total
    /// budget limits the rules; per-category budgets are shown against the outcome.
    ///
    /// Example: fundmix pb Poland_Warszawa_2020_Wawer.pb --rule utilitarian
    #[command(after_help = PB_EXIT_CODES)]
    Pb(PbArgs),
    /// Turn another format into a fundmix plan folder and scenario.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Write an invented plan of any size, to try fundmix at scale or to benchmark it.
    ///
    /// Creates DIR/plan/ (actions, sources, partners, targets) and DIR/scenario.toml: actions
    /// in up to eight categories with cost over 1-3 years, staff hours and one or two
    /// indicators; a municipal budget and sources that fund some categories only, at shares of
    /// 50-95%, some with yearly budgets and grant sizes; partners with cash and hours; partial
    /// funding, links between actions, hard and soft targets. The money covers about half of
    /// the cost. The same options and seed always give the same files.
    ///
    /// Example: fundmix generate --actions 300 --seed 1 --out big && fundmix solve big/scenario.toml
    Generate(GenerateArgs),
    /// Follow the plan: compare the plan as adopted with the money spent and the indicators
    /// reached so far.
    ///
    /// Solves the scenario (the plan as adopted), reads what happened up to and including
    /// --as-of from an actuals folder (or a workbook with the same sheets) and writes, per
    /// action, payer and year, planned against spent money (variance in EUR and %); per
    /// indicator with a target, what was reached against the plan's trajectory and whether the
    /// target is still reachable (with a burn-up chart); per funding source, how much of the
    /// committed money is spent and what is at risk under its spend_by deadline (the EU n+2/n+3
    /// rule). It lists overruns, delayed actions, money spent outside the plan and money at
    /// risk in plain words. Writes monitor.md, monitor.html, monitor.json, variance.csv,
    /// indicators.csv, absorption.csv and charts/burnup_<indicator>.svg/.png (with --xlsx also
    /// monitor.xlsx). docs/monitor.md explains every figure.
    ///
    /// The actuals folder holds actuals.csv (action,source,period,spent_eur: source is a source
    /// id, or a partner id for a partner's own cash; rows of the same action, payer and period
    /// are added up), progress.csv (indicator,period,value: what the indicator reached IN that
    /// period, not the running total) and, optionally, stopped.csv (action, and an optional
    /// reason).
    ///
    /// Example: fundmix monitor scenarios/jelgava/baseline.toml --actuals scenarios/jelgava/actuals --as-of 2025
    #[command(after_help = MONITOR_EXIT_CODES)]
    Monitor(MonitorArgs),
}

/// Arguments of `fundmix generate`.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Number of actions.
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u32).range(2..))]
    pub actions: u32,
    /// Number of funding sources (the first is the municipal budget).
    #[arg(long, value_name = "S", default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..))]
    pub sources: u32,
    /// Number of periods (years from 2025).
    #[arg(long, value_name = "T", default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub periods: u32,
    /// Number of partners.
    #[arg(long, value_name = "K", default_value_t = 4)]
    pub partners: u32,
    /// The seed: the same seed and sizes give the same plan.
    #[arg(long, value_name = "X", default_value_t = 1)]
    pub seed: u64,
    /// The folder to create (it must not exist yet, or be empty).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

const PB_EXIT_CODES: &str = "\
Exit codes:
  0  the rule was applied
  1  an unexpected fault (please report it with your input file)
  2  the file has problems (every one is listed with its line)";

/// The formats `fundmix import` reads.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// A participatory budget from Pabulib (.pb): projects become actions (cost, votes, points,
    /// categories), the budget becomes a source (one per category when the file gives
    /// per-category budgets that fundmix can model exactly).
    ///
    /// Example: fundmix import pabulib Poland_Warszawa_2020_Wawer.pb --out wawer && fundmix solve wawer/scenario.toml
    #[command(after_help = PB_EXIT_CODES)]
    Pabulib(ImportPabulibArgs),
}

/// Arguments of `fundmix pb`.
#[derive(Debug, Args)]
pub struct PbArgs {
    /// The Pabulib file (.pb).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The voting rule.
    #[arg(long, value_enum, default_value_t = PbRule::Greedy)]
    pub rule: PbRule,
    /// Print the outcome as one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// The solver choices of `solve` and `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SolverChoice {
    /// CBC when installed, else HiGHS.
    Auto,
    /// HiGHS.
    Highs,
    /// CBC (an error when it is not installed).
    Cbc,
}

impl SolverChoice {
    /// The solver this choice means on this machine.
    pub fn resolve(self) -> crate::solve::Solver {
        match self {
            SolverChoice::Auto => crate::solve::Solver::best_available(),
            SolverChoice::Highs => crate::solve::Solver::Highs,
            SolverChoice::Cbc => crate::solve::Solver::Cbc,
        }
    }
}

/// The voting rules `fundmix pb` offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PbRule {
    /// Greedy by votes, skipping projects that do not fit.
    Greedy,
    /// The most total support that fits the budget (exact).
    Utilitarian,
    /// The Method of Equal Shares with the add1 completion (proportional).
    EqualShares,
}

/// Arguments of `fundmix import pabulib`.
#[derive(Debug, Args)]
pub struct ImportPabulibArgs {
    /// The Pabulib file (.pb).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The folder to create (it must not exist yet, or be empty).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

/// Arguments of `fundmix solve`.
#[derive(Debug, Args)]
pub struct SolveArgs {
    /// A scenario file (.toml), a plan folder (solved with default settings: most impact,
    /// no staff limit, every indicator weighing 1), or a workbook (.xlsx) with a sheet per table
    /// and the settings in its optional 'scenario' sheet.
    #[arg(value_name = "SCENARIO_OR_PLAN")]
    pub input: PathBuf,
    /// Folder for the reports [default: reports/<scenario name>/]. An earlier report there is replaced.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Accept a plan at most this fraction below the best possible, to finish sooner
    /// (0.01 = within 1%). The default, 0, proves the plan is the best possible; with --risk,
    /// when the draws come out in more than 25 different ways, the default is 0.005 (the draws
    /// are a sample, an estimate far less precise than that).
    #[arg(long, value_name = "FRACTION", value_parser = non_negative)]
    pub mip_gap: Option<f64>,
    /// Stop searching after this many seconds (per solver stage) and report the best plan found,
    /// with how far from the best possible it may be.
    #[arg(long, value_name = "SECONDS", value_parser = positive)]
    pub time_limit: Option<f64>,
    /// Leave the solve time out of summary.json and the terminal summary, so that repeated runs
    /// give byte-identical files.
    #[arg(long)]
    pub no_timings: bool,
    /// Also trace what more own money would buy (as `fundmix frontier`, with N points,
    /// default 10) and add its chart and frontier.csv to the report. Takes longer: each point
    /// is a full solve.
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "10",
          value_parser = clap::value_parser!(u32).range(2..=100))]
    pub frontier: Option<u32>,
    /// Also write plan.xlsx: an Excel workbook with a summary, the funding table (action ×
    /// source × year with totals), the allocation, each source's use against its budget, and
    /// native Excel charts.
    #[arg(long)]
    pub xlsx: bool,
    /// Which solver proves the best objective: auto (CBC when its program `cbc` is installed,
    /// else HiGHS), highs (compiled in) or cbc (Debian's coinor-cbc). HiGHS always breaks ties
    /// and settles the money; every plan is checked the same way. CBC is faster on most plans
    /// (benches/README.md).
    #[arg(long, value_enum, default_value_t = SolverChoice::Auto)]
    pub solver: SolverChoice,
    /// Print where the time went (reading the input, building the model, each solver stage,
    /// the independent check, the analyses, the charts, writing the reports).
    #[arg(long)]
    pub timings: bool,
    /// Also write the optimisation model of the first solver stage (the scenario's objective
    /// under every rule) to FILE, as MPS (FILE.mps) or LP (FILE.lp), to hand it to another
    /// solver. Money in it is counted in EUR, or in tens (or more) of EUR when the plan's
    /// amounts exceed a million; the command prints the unit.
    #[arg(long, value_name = "FILE", value_parser = model_file)]
    pub export_model: Option<PathBuf>,
    /// Make a plan that holds when calls are rejected, partners withdraw or costs overrun
    /// (award_probability, commitment_probability, cost_low/cost_high): expected (best on
    /// average over the draws of `[risk]`) or cvar (best over the worst `alpha` share of them)
    /// [default: the scenario's `[risk] measure`, else expected]. Also writes robustness.md:
    /// the plain plan and this one compared on fresh draws.
    #[arg(long, value_name = "MEASURE", num_args = 0..=1, default_missing_value = "auto")]
    pub risk: Option<RiskChoice>,
    /// Language of the reports and the terminal text: en (English) or lv (Latvian)
    /// [default: the scenario's `lang`, else en]. Ids and names from your files stay as written.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// What `solve --risk` makes best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RiskChoice {
    /// The scenario's `[risk] measure`, else expected.
    Auto,
    /// The average over the draws.
    Expected,
    /// The average over the worst `alpha` share of the draws.
    Cvar,
}

/// A model file name ending in .mps or .lp.
fn model_file(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    match path.extension().map(|e| e.to_string_lossy().to_lowercase()) {
        Some(e) if e == "mps" || e == "lp" => Ok(path),
        _ => Err(format!(
            "the model file must end in .mps or .lp (the format is taken from the name), not \"{text}\""
        )),
    }
}

/// Arguments of `fundmix compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Scenario files (.toml), workbooks (.xlsx) and folders holding scenario files (their
    /// .toml files: base scenarios first, then the variants that extend them, each in name
    /// order).
    #[arg(value_name = "FILES_OR_FOLDER", required = true)]
    pub inputs: Vec<std::path::PathBuf>,
    /// Folder for the comparison [default: reports/compare/]. An earlier comparison there is
    /// replaced.
    #[arg(long, value_name = "DIR")]
    pub out: Option<std::path::PathBuf>,
    /// Scenarios solved at the same time [default: the number of processor cores].
    /// 1 solves them one after another.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
    /// As for `solve`: accept plans this fraction below the best possible (0 = prove the best).
    #[arg(long, value_name = "FRACTION", default_value_t = 0.0, value_parser = non_negative)]
    pub mip_gap: f64,
    /// As for `solve`: stop each scenario's search after this many seconds per solver stage.
    #[arg(long, value_name = "SECONDS", value_parser = positive)]
    pub time_limit: Option<f64>,
    /// Leave solve times out, so that repeated runs give byte-identical files.
    #[arg(long)]
    pub no_timings: bool,
    /// As for `solve`: which solver proves the best objective: auto (CBC when its program `cbc` is installed,
    /// else HiGHS), highs (compiled in) or cbc (Debian's coinor-cbc). HiGHS always breaks ties
    /// and settles the money; every plan is checked the same way. CBC is faster on most plans
    /// (benches/README.md).
    #[arg(long, value_enum, default_value_t = SolverChoice::Auto)]
    pub solver: SolverChoice,

    /// Also write comparison.xlsx: an Excel workbook with the comparison table and a chart of
    /// the money by source in each scenario, then one sheet per scenario with its funding
    /// table (action × source × year with totals).
    #[arg(long)]
    pub xlsx: bool,
    /// Run only part I of N (of the scenarios; I from 1 to N, as a job array's task number) and write a
    /// partial result instead of the reports; `fundmix merge` combines the N parts into the
    /// reports one run writes, byte for byte. Part I takes the scenarios I, I+N, I+2N, … (counting
    /// from 1) [default folder: reports/compare-parts/I/].
    #[arg(long, value_name = "I/N", value_parser = shard)]
    pub shard: Option<crate::shard::Shard>,
    /// Language of the reports and the terminal text: en (English) or lv (Latvian)
    /// [default: the scenario's `lang`, else en]. Ids and names from your files stay as written.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// Arguments of `fundmix check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// A scenario file (.toml), a plan folder or a workbook (.xlsx).
    #[arg(value_name = "SCENARIO_OR_PLAN")]
    pub input: PathBuf,
    /// Language of the messages: en (English) or lv (Latvian) [default: the scenario's `lang`,
    /// else en].
    #[arg(long, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// Arguments of `fundmix init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create (it must not exist yet, or be empty).
    #[arg(
        value_name = "DIR",
        required_unless_present = "xlsx",
        conflicts_with = "xlsx"
    )]
    pub dir: Option<PathBuf>,
    /// Write the template as one Excel workbook to FILE (.xlsx; it must not exist yet).
    #[arg(long, value_name = "FILE")]
    pub xlsx: Option<PathBuf>,
}

/// Arguments of `fundmix explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A scenario file (.toml), a plan folder or a workbook (.xlsx).
    #[arg(value_name = "SCENARIO_OR_PLAN")]
    pub input: PathBuf,
    /// The id of the action to explain (as in actions.csv).
    #[arg(long, value_name = "ID")]
    pub action: String,
    /// Print the explanation as one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    /// Language of the reports and the terminal text: en (English) or lv (Latvian)
    /// [default: the scenario's `lang`, else en]. Ids and names from your files stay as written.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// Arguments of `fundmix frontier`.
#[derive(Debug, Args)]
pub struct FrontierArgs {
    /// A scenario file (.toml), a plan folder or a workbook (.xlsx).
    #[arg(value_name = "SCENARIO_OR_PLAN")]
    pub input: PathBuf,
    /// Count the money of this source (its id in sources.csv) [default: own money, the sources
    /// of kind `own`].
    #[arg(long, value_name = "ID", conflicts_with = "all_sources")]
    pub source: Option<String>,
    /// Count the money of every source.
    #[arg(long)]
    pub all_sources: bool,
    /// At most this many points (exact mode); the steps between points are then at least
    /// 1/(N-1) of the impact range.
    #[arg(long, value_name = "N", default_value_t = 10, value_parser = clap::value_parser!(u32).range(2..=1000))]
    pub max_points: u32,
    /// Quick look: solve at N evenly spaced amounts of money instead (in parallel).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(2..=1000))]
    pub grid: Option<u32>,
    /// Solves run at the same time (grid amounts, or parts of an exact frontier); the frontier
    /// is the same whatever this is [default: the number of processor cores].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
    /// Folder for the frontier files [default: reports/<scenario name>-frontier/]. An earlier
    /// frontier there is replaced.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Run only part I of N (of the segments of an exact frontier, at most 4, or of the amounts of a grid; I from 1 to N, as a job array's task number) and write a
    /// partial result instead of the reports; `fundmix merge` combines the N parts into the
    /// reports one run writes, byte for byte. Part I takes the segments or amounts I, I+N, I+2N, … (counting
    /// from 1) [default folder: reports/<scenario name>-frontier-parts/I/].
    #[arg(long, value_name = "I/N", value_parser = shard)]
    pub shard: Option<crate::shard::Shard>,
    /// Language of the reports and the terminal text: en (English) or lv (Latvian)
    /// [default: the scenario's `lang`, else en]. Ids and names from your files stay as written.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// Arguments of `fundmix robust`.
#[derive(Debug, Args)]
pub struct RobustArgs {
    /// A scenario file (.toml), a plan folder or a workbook (.xlsx).
    #[arg(value_name = "SCENARIO_OR_PLAN")]
    pub input: PathBuf,
    /// Draws of what pays out, each solved [default: `samples` in the scenario's `[risk]`,
    /// else 100].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub samples: Option<u32>,
    /// The seed of the draws; the same seed gives the same draws [default: `seed` in the
    /// scenario's `[risk]`, else 1].
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Draws solved at the same time [default: the number of processor cores]; the result is
    /// the same whatever this is.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
    /// Folder for the files [default: reports/<scenario name>-robust/]. An earlier run there
    /// is replaced.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// As for `solve`: which solver proves each draw's best objective: auto (CBC when its
    /// program `cbc` is installed, else HiGHS), highs or cbc. Every draw's plan is checked the
    /// same way.
    #[arg(long, value_enum, default_value_t = SolverChoice::Auto)]
    pub solver: SolverChoice,
    /// Also write robust.xlsx: an Excel workbook with the summary (the spreads and the share
    /// of draws with a plan), the core index and how often each target is met (each with a
    /// chart), the sources and partners, the uncertain costs and impacts, and every draw.
    #[arg(long)]
    pub xlsx: bool,
    /// Run only part I of N (of the draws; the same draw gets the same random numbers in any part; I from 1 to N, as a job array's task number) and write a
    /// partial result instead of the reports; `fundmix merge` combines the N parts into the
    /// reports one run writes, byte for byte. Part I takes the draws I, I+N, I+2N, … (counting
    /// from 1) [default folder: reports/<scenario name>-robust-parts/I/].
    #[arg(long, value_name = "I/N", value_parser = shard)]
    pub shard: Option<crate::shard::Shard>,
    /// Language of the files and the terminal text: en (English) or lv (Latvian) [default: the
    /// scenario's `lang`, else en].
    #[arg(long, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// Arguments of `fundmix merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The folders the parts were written to (their --out), in any order.
    #[arg(value_name = "DIR", required = true)]
    pub parts: Vec<PathBuf>,
    /// Folder for the reports [default: the one the run would have used without --shard:
    /// reports/<scenario name>-robust/, reports/compare/ or reports/<scenario name>-frontier/].
    /// An earlier report there is replaced.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// Part I of N, written `I/N` with 1 <= I <= N (`--shard 2/4`).
fn shard(text: &str) -> Result<crate::shard::Shard, String> {
    let numbers = text.split_once('/').and_then(|(i, n)| {
        Some((
            i.trim().parse::<usize>().ok()?,
            n.trim().parse::<usize>().ok()?,
        ))
    });
    numbers
        .and_then(|(i, n)| crate::shard::Shard::new(i, n))
        .ok_or_else(|| {
            format!("expected I/N with 1 <= I <= N, such as 2/4 (part 2 of 4), not \"{text}\"")
        })
}

/// A number that is 0 or more (and finite).
fn non_negative(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
        _ => Err(format!(
            "expected a number 0 or more, such as 0.01, not \"{text}\""
        )),
    }
}

/// A number above 0 (and finite).
fn positive(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 => Ok(v),
        _ => Err(format!(
            "expected a number of seconds above 0, such as 30, not \"{text}\""
        )),
    }
}

const MONITOR_EXIT_CODES: &str = "\
Exit codes:
  0  the plan was compared with the actuals (and the reports written)
  1  an unexpected fault (please report it with your input files)
  2  the input or the actuals have problems (every one is listed, nothing is written)
  3  the scenario has no plan to compare with (infeasible, or none found in the time limit)";

/// Arguments of `fundmix monitor`.
#[derive(Debug, Args)]
pub struct MonitorArgs {
    /// The scenario of the plan as adopted: a scenario file (.toml), a plan folder or a
    /// workbook (.xlsx).
    #[arg(value_name = "SCENARIO_OR_PLAN")]
    pub input: PathBuf,
    /// The actuals folder (actuals.csv, progress.csv, optional stopped.csv), or a workbook
    /// (.xlsx) with the sheets actuals, progress and stopped.
    #[arg(long, value_name = "DIR")]
    pub actuals: PathBuf,
    /// The last period that has ended, as the plan labels its periods (e.g. 2025): the actuals
    /// cover the periods up to and including it, and no row may be later.
    #[arg(long, value_name = "PERIOD")]
    pub as_of: String,
    /// Folder for the reports [default: reports/<scenario name>-monitor-<PERIOD>/]. An earlier
    /// report there is replaced.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Also write monitor.xlsx: a workbook with the summary and warnings, the actions, payers,
    /// indicators, absorption, and the money per action, payer and year.
    #[arg(long)]
    pub xlsx: bool,
    /// Language of the reports and the terminal text: en (English) or lv (Latvian)
    /// [default: the scenario's `lang`, else en]. Ids and names from your files stay as written.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}
