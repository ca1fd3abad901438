//! `fundmix solve`: load → validate → solve → verify → (frontier) → report, then the summary
//! on the terminal.

use super::{ended, label, Ended};
use crate::analyse::holds::Found;
use crate::checked::Failure;
use crate::cli::{RiskChoice, SolveArgs};
use crate::domain::{RiskMeasure, Scenario};
use crate::i18n::Lang;
use crate::report;
use crate::result::ScenarioResult;
use crate::solve::{self, SolveOptions};
use crate::t;
use crate::timings::Timings;
use crate::{analyse, folder_name, solve_scenario};
use std::path::{Path, PathBuf};

/// Runs `fundmix solve` as the command line asks.
pub fn run(args: SolveArgs) -> Result<Ended, Failure> {
    let request = SolveRequest {
        input: args.input,
        out: args.out,
        options: SolveOptions {
            mip_gap: args.mip_gap.unwrap_or(0.0),
            time_limit_seconds: args.time_limit,
            show_progress: std::io::IsTerminal::is_terminal(&std::io::stderr()),
            solver: args.solver.resolve(),
        },
        timings: !args.no_timings,
        frontier_points: args.frontier.map(|n| n as usize),
        xlsx: args.xlsx,
        export_model: args.export_model,
        lang: args.lang,
        risk: args.risk,
        risk_gap: args.mip_gap,
    };
    let solved = run_solve(&request)?;
    print!("{}", report::terminal_summary(&solved.result));
    if let Some(frontier) = &solved.frontier {
        println!();
        print!("{}", report::frontier::frontier_text(frontier));
    }
    if let Some(holds) = &solved.holds {
        print!("{}", report::holds::text(holds));
    }
    let tr = solved.result.lang.tr();
    println!(
        "{}{}",
        label(tr, &t!(tr, "term-reports")),
        solved.dir.display()
    );
    if let (Some(file), Some(unit)) = (&request.export_model, solved.model_unit_eur) {
        println!(
            "{}{}",
            label(tr, &t!(tr, "term-model")),
            t!(
                tr,
                "term-model-line",
                file = file.display().to_string(),
                unit = tr.number(unit, 0)
            )
        );
    }
    if args.timings {
        print!("{}", solved.timings.text(solved.result.lang.tr()));
    }
    Ok(ended(solved.result.has_plan()))
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
    /// The language of the reports, over the scenario's `lang`.
    pub lang: Option<Lang>,
    /// Make a plan that holds over the draws of `[risk]` (`--risk`), with this measure.
    pub risk: Option<RiskChoice>,
    /// The `--mip-gap` asked for, if any (`--risk` chooses its own otherwise).
    pub risk_gap: Option<f64>,
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
    /// With `--risk`: the plan that holds and its price of robustness.
    pub holds: Option<analyse::holds::Holds>,
}

/// Load → validate → solve → verify → (frontier) → report.
pub fn run_solve(request: &SolveRequest) -> Result<Solved, Failure> {
    let mut timings = Timings::default();
    let scenario = timings.time("read and check the input", || {
        super::load_scenario(&request.input, request.lang)
    })?;
    let risk = request
        .risk
        .map(|choice| holds_request(&scenario, choice, request.risk_gap));
    let dir = request.out.clone().unwrap_or_else(|| {
        let name = folder_name(&scenario.name);
        Path::new("reports").join(match &risk {
            Some(r) => format!("{name}-risk-{}", r.measure.as_str()),
            None => name,
        })
    });
    // Refuse a folder that is not a report before solving, not after.
    report::check_report_folder(&dir).map_err(Failure::Output)?;
    let exported = match &request.export_model {
        Some(path) => Some(timings.time("export the model", || {
            solve::export_model(&scenario, &request.options, path)
        })?),
        None => None,
    };
    let (mut result, holds) = match &risk {
        None => (solve_scenario(&scenario, &request.options)?, None),
        Some(risk) => match analyse::holds::plan_that_holds(&scenario, risk, &request.options)? {
            Found::Holds(holds) => {
                let steps = holds.outcome.timings.clone();
                // Its reports say which plan this is.
                let tr = scenario.lang.tr();
                let mut named = scenario.clone();
                named.name = t!(
                    tr,
                    "holds-plan-name",
                    scenario = &scenario.name,
                    measure = crate::view::holds::measure_words(tr, &holds)
                );
                let result = crate::scenario_result(&named, &holds.outcome, steps)?;
                (result, Some(*holds))
            }
            // No plan: the report says why, as the plain solve's would.
            Found::NoPlan(outcome) => {
                let steps = outcome.timings.clone();
                (crate::scenario_result(&scenario, &outcome, steps)?, None)
            }
        },
    };
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
        .map_err(Failure::Output)?;
    // summary.json holds the steps up to here; writing the reports is timed on the terminal.
    if request.timings {
        result.timings = Some(timings.clone());
    } else {
        result.solve_seconds = None;
    }
    let started = std::time::Instant::now();
    let mut files = report::scenario_files_with(&result, frontier.as_ref(), &charts)
        .map_err(Failure::Output)?;
    if request.xlsx {
        let workbook = report::xlsx::results_workbook(&result).map_err(Failure::Output)?;
        files.push(("plan.xlsx".into(), workbook));
    }
    if let Some(holds) = &holds {
        files.extend(report::holds::files(holds).map_err(Failure::Output)?);
    }
    report::replace_folder(&dir, &files).map_err(Failure::Output)?;
    timings.record("write the reports", started.elapsed().as_secs_f64());
    Ok(Solved {
        result,
        frontier,
        dir,
        timings,
        model_unit_eur: exported,
        holds,
    })
}

/// Draws for `solve --risk` when the scenario's `[risk]` does not say.
pub const RISK_SAMPLES: usize = 100;
/// The share of worst draws of `cvar` when the scenario's `[risk]` does not say.
pub const ALPHA: f64 = 0.2;

/// What `solve --risk` asks, from the command line and the scenario's `[risk]`.
fn holds_request(
    scenario: &Scenario,
    choice: RiskChoice,
    mip_gap: Option<f64>,
) -> analyse::holds::HoldsRequest {
    let settings = scenario.risk;
    let samples = settings.samples.unwrap_or(RISK_SAMPLES);
    analyse::holds::HoldsRequest {
        samples,
        seed: settings.seed.unwrap_or(super::robust::SEED),
        measure: match choice {
            RiskChoice::Auto => settings.measure.unwrap_or(RiskMeasure::Expected),
            RiskChoice::Expected => RiskMeasure::Expected,
            RiskChoice::Cvar => RiskMeasure::Cvar,
        },
        alpha: settings.alpha.unwrap_or(ALPHA),
        fresh_samples: samples,
        jobs: crate::compare::default_jobs(),
        mip_gap,
    }
}
