//! Solving one scenario: the primary objective first (by HiGHS, or by the CBC program, see
//! [`cbc`]), then deterministic tie-breaks by HiGHS that keep the primary optimum.
//!
//! Stages (each a MILP, the second warm-started from the first's answer):
//! 1. the scenario's objective (most weighted impact, or least own money);
//! 2. holding stage 1's value, the tie-break: least own money (for `max-impact`) or most
//!    weighted impact (for `min-own-cost`), proven to half a cent (half a thousandth of a
//!    point);
//! 3. for the actions funded, at that own money (impact), the fewest partner participations
//!    (only when partners exist) that a search of [`PARTNER_NODES`] nodes finds;
//! 4. then the earliest starts (only when some action may move, `latest_start`): an action
//!    starts later than written only when that buys impact or saves money.
//!
//! Infeasible is a status, not an error; `Err` is kept for solver faults. This module does not
//! check the answer (that is [`crate::verify`]).

pub mod cbc;
mod extract;
mod progress;
pub mod risk;
pub mod stage;

use crate::domain::{Allocation, Objective, Offer, Scenario};
use crate::model::FundingModel;
use crate::t;
use crate::timings::Timings;
use good_lp::{Constraint, Expression};
use serde::{Deserialize, Serialize};
use stage::{hold, hold_within, run_stage, Sense, Stage, StageRequest};
use std::time::Instant;

/// How hard to try.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SolveOptions {
    /// Relative optimality gap at which the solver may stop (0 = prove optimality).
    pub mip_gap: f64,
    /// Wall-clock limit per solver stage, in seconds.
    pub time_limit_seconds: Option<f64>,
    /// Show a long search's progress on stderr (set only when stderr is a terminal).
    pub show_progress: bool,
    /// Which solver finds the first stage's optimum.
    pub solver: Solver,
}

/// The solver of the first stage (the tie-break and every analysis use HiGHS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Solver {
    /// HiGHS, compiled in.
    Highs,
    /// CBC, run as its own process (see [`cbc`]); faster on this project's models.
    Cbc,
}

impl Solver {
    /// CBC when its program is installed, else HiGHS.
    pub fn best_available() -> Solver {
        if cbc::program().is_some() {
            Solver::Cbc
        } else {
            Solver::Highs
        }
    }
}

impl Default for SolveOptions {
    fn default() -> Self {
        SolveOptions {
            mip_gap: 0.0,
            time_limit_seconds: None,
            show_progress: false,
            solver: Solver::Highs,
        }
    }
}

/// What the solver could say about the scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SolveStatus {
    /// The best possible plan was found and proven best.
    Optimal,
    /// A plan within the requested `--mip-gap` of the best possible was found.
    WithinGap,
    /// The time limit stopped the search; the plan (if any) may not be the best.
    TimeLimit,
    /// No plan satisfies every rule.
    Infeasible,
    /// The objective can grow without end (cannot happen with valid input; kept for honesty).
    Unbounded,
}

impl SolveStatus {
    /// The status as written in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            SolveStatus::Optimal => "optimal",
            SolveStatus::WithinGap => "within_gap",
            SolveStatus::TimeLimit => "time_limit",
            SolveStatus::Infeasible => "infeasible",
            SolveStatus::Unbounded => "unbounded",
        }
    }
}

/// The outcome of solving one scenario.
#[derive(Debug, Clone)]
pub struct SolveOutcome {
    /// What the solver could establish.
    pub status: SolveStatus,
    /// The plan, when one was found.
    pub allocation: Option<Allocation>,
    /// The primary objective of the plan, as the solver computed it.
    pub objective: Option<f64>,
    /// The solver's bound on the best possible primary objective (stage 1).
    pub best_bound: Option<f64>,
    /// Relative gap between `objective` and `best_bound` (0 when proven optimal).
    pub gap: Option<f64>,
    /// Wall-clock time spent solving, all stages.
    pub solve_seconds: f64,
    /// Building the model and each solver stage, one step each.
    pub timings: Timings,
}

/// Why a solve could not be done (an infeasible plan is not an error: it is a status). Its
/// text is in the language of the messages about the input ([`crate::i18n::input_tr`]), chosen
/// when it is shown, so an error made on a worker thread reads like one made on the main one.
#[derive(Debug)]
pub enum SolveError {
    /// The CBC program was asked for (`--solver cbc`) but is not installed.
    CbcMissing,
    /// `solve --risk` found a plan that holds but, within the time limit, not the plain plan to
    /// compare it with.
    PlainPlanNotFound,
    /// A file of the solve (a model file, CBC's working files) could not be written.
    File {
        /// What was being done: `write`, `create`.
        action: &'static str,
        /// The file or folder.
        path: std::path::PathBuf,
        /// Why not.
        reason: FileReason,
    },
    /// A solver did something unexpected: a fault of fundmix or of the solver, never of the
    /// plan.
    Fault {
        /// `HiGHS` or `CBC`.
        solver: &'static str,
        /// What happened.
        detail: String,
    },
}

/// Why a file of the solve could not be written.
#[derive(Debug)]
pub enum FileReason {
    /// Its path holds a NUL byte, which no file name may.
    NulByte,
    /// HiGHS said it could not write the model.
    NotWritten,
    /// The file was cut short (HiGHS does not notice a full disk).
    CutShort,
    /// The operating system's reason.
    Io(std::io::Error),
}

impl std::fmt::Display for SolveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tr = crate::i18n::input_tr();
        let text = match self {
            SolveError::CbcMissing => t!(tr, "in-cbc-missing"),
            SolveError::PlainPlanNotFound => t!(tr, "in-plain-plan-not-found"),
            SolveError::File {
                action,
                path,
                reason,
            } => {
                let reason = match reason {
                    FileReason::NulByte => t!(tr, "in-path-nul"),
                    FileReason::NotWritten => t!(tr, "in-highs-not-written"),
                    FileReason::CutShort => t!(tr, "in-file-cut-short"),
                    FileReason::Io(e) => crate::error::io_reason(e),
                };
                let path = path.display().to_string();
                match *action {
                    "create" => t!(tr, "in-solve-cannot-create", path = path, reason = reason),
                    _ => t!(tr, "in-solve-cannot-write", path = path, reason = reason),
                }
            }
            SolveError::Fault { solver, detail } => {
                t!(tr, "in-solver-fault", solver = *solver, detail = detail)
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SolveError {}

impl SolveError {
    /// A fault of HiGHS.
    pub(crate) fn highs(detail: impl Into<String>) -> SolveError {
        SolveError::Fault {
            solver: "HiGHS",
            detail: detail.into(),
        }
    }

    /// A fault of the CBC program.
    pub(crate) fn cbc(detail: impl Into<String>) -> SolveError {
        SolveError::Fault {
            solver: "CBC",
            detail: detail.into(),
        }
    }

    /// A file that could not be written (or a folder created).
    pub(crate) fn file(
        action: &'static str,
        path: &std::path::Path,
        reason: FileReason,
    ) -> SolveError {
        SolveError::File {
            action,
            path: path.to_path_buf(),
            reason,
        }
    }
}

/// Solves `scenario` and returns the best plan found with its status.
pub fn solve(scenario: &Scenario, options: &SolveOptions) -> Result<SolveOutcome, SolveError> {
    let started = Instant::now();
    let mut timings = Timings::default();
    let Prepared {
        unit,
        scenario: in_units,
    } = Prepared::new(scenario);
    let model = timings.time("build the model", || FundingModel::build(&in_units));
    let [(primary, sense), (secondary, secondary_sense)] = model.objectives();
    let [first_step, second_step] = stage_names(scenario.objective);
    let first_request = stage(primary.clone(), sense, &[], None, options, first_step);
    let cbc = match options.solver {
        Solver::Cbc => Some(cbc::program().ok_or(SolveError::CbcMissing)?),
        Solver::Highs => None,
    };
    let mut first = timings.time(first_step, || match cbc {
        Some(program) => cbc::run_stage(&model, &first_request, program),
        None => run_stage(&model, &first_request),
    })?;
    if cbc.is_some() {
        // HiGHS settles the money of CBC's plan with its own tight tolerances (a linear
        // program over CBC's yes/no decisions): the plan and the value the tie-break holds.
        let settled = first.columns.as_deref().and_then(|found| {
            let request = StageRequest {
                fix_decisions: Some(found),
                ..stage(primary.clone(), sense, &[], None, options, first_step)
            };
            let settled = timings.time("solve: settle the money of CBC's plan", || {
                run_stage(&model, &request)
            });
            settled
                .ok()
                .and_then(|s| s.columns.map(|c| (c, s.objective)))
        });
        match settled {
            Some((columns, objective)) => {
                first.columns = Some(columns);
                first.objective = objective;
                if first.status == SolveStatus::Optimal {
                    first.bound = objective;
                }
            }
            // CBC found no plan (measured: stopped by a time limit while preprocessing, CBC
            // 2.10 calls a feasible model "integer infeasible"), or HiGHS could not settle
            // CBC's plan (not expected: it is feasible). fundmix does not take CBC's word for
            // it: HiGHS solves the first stage itself.
            None => {
                first = timings.time(HIGHS_AFTER_CBC_STEP, || run_stage(&model, &first_request))?;
            }
        }
    }
    let mut outcome = SolveOutcome {
        status: first.status,
        allocation: None,
        objective: None,
        best_bound: None,
        gap: None,
        solve_seconds: 0.0,
        timings: Timings::default(),
    };
    let Some(mut columns) = first.columns else {
        outcome.solve_seconds = started.elapsed().as_secs_f64();
        outcome.timings = timings;
        return Ok(outcome);
    };
    let to_eur = objective_to_report_units(scenario.objective, unit);
    outcome.objective = Some(first.objective * to_eur);
    outcome.best_bound = Some(first.bound * to_eur);
    outcome.gap = Some(first.gap);

    // The tie-breaks only refine a plan already found: a fault there keeps the plan found so far.
    if first.status != SolveStatus::TimeLimit {
        let step = model.tie_break_step(unit);
        let mut held = vec![hold(primary, sense, first.objective)];
        let request = StageRequest {
            absolute_gap: Some(step),
            ..stage(
                secondary.clone(),
                secondary_sense,
                &held,
                Some(&columns),
                options,
                second_step,
            )
        };
        if let Ok(Stage {
            columns: Some(better),
            objective,
            ..
        }) = timings.time(second_step, || run_stage(&model, &request))
        {
            columns = better;
            let lateness = model.lateness();
            let moves = model.starts.iter().flatten().any(|s| s.chosen.is_some());
            if !model.joins.is_empty() || moves {
                // The fewest partnerships, then the earliest starts, for the actions funded, at
                // the same own money (impact) to the cent (0.001 point).
                held.push(hold_within(secondary, secondary_sense, objective, step));
                held.extend(extract::fix_selection(&model, &columns));
            }
            if !model.joins.is_empty() {
                let request = StageRequest {
                    node_limit: Some(PARTNER_NODES),
                    ..stage(
                        model.partnerships(),
                        Sense::Minimise,
                        &held,
                        Some(&columns),
                        options,
                        PARTNER_STEP,
                    )
                };
                if let Ok(Stage {
                    columns: Some(better),
                    objective,
                    ..
                }) = timings.time(PARTNER_STEP, || run_stage(&model, &request))
                {
                    columns = better;
                    held.push(hold(model.partnerships(), Sense::Minimise, objective));
                }
            }
            if moves {
                let request = StageRequest {
                    node_limit: Some(PARTNER_NODES),
                    ..stage(
                        lateness,
                        Sense::Minimise,
                        &held,
                        Some(&columns),
                        options,
                        START_STEP,
                    )
                };
                if let Ok(Stage {
                    columns: Some(better),
                    ..
                }) = timings.time(START_STEP, || run_stage(&model, &request))
                {
                    columns = better;
                }
            }
        }
    }
    outcome.allocation = Some(extract::allocation(&model, &columns, unit));
    outcome.solve_seconds = started.elapsed().as_secs_f64();
    outcome.timings = timings;
    Ok(outcome)
}

/// The tie-break on partner participations, as a step name.
const PARTNER_STEP: &str = "solve: tie-break, fewest partnerships";

/// The tie-break on when actions start, as a step name.
const START_STEP: &str = "solve: tie-break, earliest starts";

/// Search nodes of the partnership tie-break (and of the earliest-start one). Measured on the example with one action forced
/// in (`explain --action seniors_courses_blended_south`): proving that 9 partnerships cannot
/// be 8 took HiGHS 3 350 nodes and 6.9 s, against 0.3 s for everything else; the plans of the
/// example's scenarios and of the tests are proven within a few nodes. Past this many nodes
/// the tie-break keeps the fewest partnerships found so far (never more than the plan it
/// started from), deterministically: a node count, unlike a time limit, is the same on every
/// machine.
const PARTNER_NODES: usize = 200;

/// The first stage solved again by HiGHS when CBC gave no plan, as a step name.
const HIGHS_AFTER_CBC_STEP: &str = "solve: first stage by HiGHS (CBC found no plan)";

/// The names of the first two solver stages, as steps of a run.
fn stage_names(objective: Objective) -> [&'static str; 2] {
    match objective {
        Objective::MaxImpact => ["solve: most impact", "solve: tie-break, least own money"],
        Objective::MinOwnCost => ["solve: least own money", "solve: tie-break, most impact"],
    }
}

/// The best value of the scenario's objective (report units: impact points, or EUR of own money
/// for `min-own-cost`), without tie-breaks; `None` when no plan exists (or none was found within
/// the limits).
pub fn best_objective(
    scenario: &Scenario,
    options: &SolveOptions,
) -> Result<Option<f64>, SolveError> {
    let Prepared {
        unit,
        scenario: in_units,
    } = Prepared::new(scenario);
    let model = FundingModel::build(&in_units);
    let [(objective, sense), _] = model.objectives();
    let to_eur = objective_to_report_units(scenario.objective, unit);
    let found = run_stage(
        &model,
        &stage(objective, sense, &[], None, options, "solve: best value"),
    )?;
    Ok(found.columns.map(|_| found.objective * to_eur))
}

/// Writes the model of the first stage (the scenario's objective under every rule) to `path`,
/// as MPS (`.mps`) or LP (`.lp`), for another solver. Money in it is counted in units of EUR
/// (see [`Prepared`]), which this returns. The file appears whole or not at all (written,
/// then renamed).
pub fn export_model(
    scenario: &Scenario,
    options: &SolveOptions,
    path: &std::path::Path,
) -> Result<f64, SolveError> {
    let Prepared {
        unit,
        scenario: in_units,
    } = Prepared::new(scenario);
    let model = FundingModel::build(&in_units);
    let [(objective, sense), _] = model.objectives();
    let extension = path.extension().unwrap_or_default().to_string_lossy();
    let partial = path.with_extension(format!("partial.{extension}"));
    let request = stage(objective, sense, &[], None, options, "export");
    stage::write_model(&model, &request, &partial)?;
    std::fs::rename(&partial, path).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        SolveError::file("write", path, FileReason::Io(e))
    })?;
    Ok(unit)
}

/// Reads a plan (in domain terms, EUR) out of solver columns of `model`, whose money is counted
/// in `unit`s of EUR.
pub(crate) fn plan_from_columns(model: &FundingModel, columns: &[f64], unit: f64) -> Allocation {
    extract::allocation(model, columns, unit)
}

/// The values of `expressions` at solver columns `columns` of `model`.
pub(crate) fn values_of<const N: usize>(
    model: &FundingModel,
    columns: &[f64],
    expressions: [&Expression; N],
) -> [f64; N] {
    extract::values_of(model, columns, expressions)
}

/// The factor from the model's objective to report units: the model counts money in `unit`s, so
/// own money (the `min-own-cost` objective) goes back to EUR; impact points stay as they are.
fn objective_to_report_units(objective: Objective, unit: f64) -> f64 {
    match objective {
        Objective::MaxImpact => 1.0,
        Objective::MinOwnCost => unit,
    }
}

/// A scenario with its money counted in the unit the model uses: a power of ten EUR chosen so
/// that no amount (and no action's total cost, a coefficient of the co-financing rows) exceeds a
/// million units. HiGHS's feasibility tolerances are absolute (1e-9, see `run_stage`): on
/// amounts in the tens of millions of EUR that is below the rounding error of a double, and
/// HiGHS then calls its own optimal plan a solve error, rejects feasible plans, or proves a wrong
/// optimum. Plans whose amounts all stay within a million EUR are modelled in EUR, as written.
pub struct Prepared {
    /// EUR per model money unit.
    pub unit: f64,
    /// The scenario with every amount of money divided by `unit` (and, when own money is the
    /// objective, the penalties per unit of shortfall too, so the objective keeps its balance).
    pub scenario: Scenario,
}

impl Prepared {
    /// `scenario` in model units (one copy of it, read for the largest amount, then scaled).
    pub fn new(scenario: &Scenario) -> Prepared {
        let mut scaled = scenario.clone();
        // An action's total cost, or the top of its range when the cost is uncertain.
        let totals = scaled.plan.actions.iter().map(|a| {
            let high = a.total_cost_range_eur().map_or(0.0, |r| r.high);
            a.total_cost_eur().max(high)
        });
        let mut largest = totals.fold(0.0, f64::max);
        for_each_amount(&mut scaled, &mut |v| largest = largest.max(*v));
        let mut unit = 1.0;
        while largest / unit > 1e6 {
            unit *= 10.0;
        }
        Prepared::in_unit(scaled, unit)
    }

    /// `scenario` with its money counted in `unit`s of EUR (the unit [`Prepared::new`] chose for
    /// another scenario: the draws of `solve --risk` share the unit of the plan as written).
    pub fn in_unit(mut scaled: Scenario, unit: f64) -> Prepared {
        if unit != 1.0 {
            for_each_amount(&mut scaled, &mut |v| *v /= unit);
            if scaled.objective == Objective::MinOwnCost {
                for target in &mut scaled.plan.targets {
                    target.penalty /= unit;
                }
            }
        }
        Prepared {
            unit,
            scenario: scaled,
        }
    }
}

/// Passes every amount of money of `scenario`'s tables (costs and their ranges, budgets, grant
/// sizes, partners' cash) to `f`. Every field is named here, without `..`: a new field does not compile until
/// it is said whether it holds money, so the money unit can never miss one. (A target's
/// penalty is money only under `min-own-cost`; [`Prepared::new`] scales it then.)
fn for_each_amount(scenario: &mut Scenario, f: &mut dyn FnMut(&mut f64)) {
    use crate::domain::{Action, Partner, Plan, Source, Target};
    let Scenario {
        name: _,
        source_file: _,
        plan,
        objective: _,
        staff_capacity_hours: _,
        weights: _,
        support: _,
        lang: _,
        risk: _,
        past,
    } = scenario;
    let Plan {
        folder: _,
        periods: _,
        indicators: _,
        actions,
        sources,
        partners,
        targets,
        owners: _,
        votes: _,
        notes: _,
    } = plan;
    for action in actions {
        let Action {
            id: _,
            name: _,
            category: _,
            goal: _,
            cost_eur,
            staff_hours: _,
            min_scale: _,
            impact: _,
            cost_range_eur,
            impact_range: _,
            requires: _,
            excludes: _,
            status: _,
            latest_start: _,
            deadline: _,
            owner: _,
            owner_staff: _,
        } = action;
        cost_eur.iter_mut().for_each(&mut *f);
        for range in cost_range_eur.iter_mut().flatten() {
            f(&mut range.low);
            f(&mut range.high);
        }
    }
    for source in sources {
        let Source {
            id: _,
            name: _,
            kind: _,
            budget_total_eur,
            budget_eur,
            max_share: _,
            eligible: _,
            min_grant_eur,
            max_grant_eur,
            award_probability: _,
            award_group: _,
            spend_by: _,
        } = source;
        let amounts = budget_eur
            .iter_mut()
            .chain([budget_total_eur, min_grant_eur, max_grant_eur])
            .flatten();
        amounts.for_each(&mut *f);
    }
    for partner in partners {
        let Partner {
            id: _,
            name: _,
            cash_eur,
            staff_hours: _,
            eligible: _,
            max_actions: _,
            commitment_probability: _,
        } = partner;
        match cash_eur {
            Offer::None => {}
            Offer::PerPeriod(amounts) => amounts.iter_mut().for_each(&mut *f),
            Offer::Total(total) => f(total),
        }
    }
    if let Some(past) = past {
        let spent = past.spent.iter_mut().map(|s| &mut s.amount_eur);
        spent
            .chain(past.given.iter_mut().map(|g| &mut g.cash_eur))
            .for_each(&mut *f);
    }
    for target in targets {
        let Target {
            indicator: _,
            min: _,
            hard: _,
            penalty: _,
        } = target;
    }
}

/// A stage request over the whole model.
fn stage<'r>(
    objective: Expression,
    sense: Sense,
    held: &'r [Constraint],
    warm_start: Option<&'r [f64]>,
    options: &SolveOptions,
    label: &'r str,
) -> StageRequest<'r> {
    StageRequest {
        extra: held,
        warm_start,
        options: *options,
        label: Some(label),
        ..StageRequest::new(objective, sense)
    }
}
