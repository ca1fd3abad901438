//! One solver run ("stage") of a funding model: an objective, the model's constraints (all, or
//! those of chosen rules), extra constraints, and optionally the model's yes/no decisions fixed at
//! a given plan (a linear program, for marginal values).
//!
//! Used by [`super::solve`] and by the decision analyses in [`crate::analyse`].

use super::progress::Progress;
use super::{FileReason, SolveError, SolveOptions, SolveStatus};
pub use crate::model::Sense;
use crate::model::{FundingModel, Rule};
use good_lp::solvers::highs::highs;
use good_lp::{constraint, variable, Constraint, Expression, ProblemVariables, SolverModel};
use highs::HighsModelStatus;

/// What to solve.
pub struct StageRequest<'r> {
    /// The objective.
    pub objective: Expression,
    /// Its direction.
    pub sense: Sense,
    /// Constraints added to the model's.
    pub extra: &'r [Constraint],
    /// Keep only the model's constraints whose rule passes (all when `None`).
    pub keep: Option<&'r dyn Fn(Rule) -> bool>,
    /// Fix every yes/no decision at these column values and solve the linear program that
    /// remains (which has marginal values).
    pub fix_decisions: Option<&'r [f64]>,
    /// A plan to start from; it keeps every constraint of the stage (an answer worse than it
    /// is taken for a solver fault, and the stage solved again).
    pub warm_start: Option<&'r [f64]>,
    /// Gap and time limit.
    pub options: SolveOptions,
    /// Stop when the best plan is proven within this much of the best possible, in the
    /// objective's unit (HiGHS's default, 1e-6, when `None`).
    pub absolute_gap: Option<f64>,
    /// Show the search's progress on the terminal under this label (when
    /// `options.show_progress` is set and the search lasts over a second).
    pub label: Option<&'r str>,
    /// Stop after this many search nodes with the best plan found (a deterministic limit,
    /// unlike time); `None`: search until proven.
    pub node_limit: Option<usize>,
}

impl<'r> StageRequest<'r> {
    /// Solve `objective` in direction `sense` over the whole model, to proven optimality.
    pub fn new(objective: Expression, sense: Sense) -> Self {
        StageRequest {
            objective,
            sense,
            extra: &[],
            keep: None,
            fix_decisions: None,
            warm_start: None,
            options: SolveOptions::default(),
            absolute_gap: None,
            label: None,
            node_limit: None,
        }
    }
}

/// Marginal information of one model constraint, from a linear program (`fix_decisions`).
#[derive(Debug, Clone, Copy)]
pub struct RowDual {
    /// The row's activity (left-hand side).
    pub activity: f64,
    /// Change of the objective per unit increase of the row's bound.
    pub dual: f64,
    /// Lowest bound value at which `dual` still holds.
    pub bound_down: f64,
    /// Highest bound value at which `dual` still holds.
    pub bound_up: f64,
}

/// One stage's answer.
pub struct Stage {
    /// What the solver established.
    pub status: SolveStatus,
    /// Column values of the plan found (variable creation order).
    pub columns: Option<Vec<f64>>,
    /// Objective value of the plan.
    pub objective: f64,
    /// Best bound.
    pub bound: f64,
    /// Relative gap (0 when proven optimal).
    pub gap: f64,
    /// For a linear program with a plan: one entry per kept model constraint, in order.
    pub rows: Option<Vec<RowDual>>,
}

/// A constraint that keeps `objective` at (or better than) `value`, within a small tolerance
/// (none at 0: HiGHS 1.16's presolve lost the best plan of a tie-break holding an own money of
/// 0 within 1e-9, a bound equal to its feasibility tolerance; `tests/rules.rs`).
pub fn hold(objective: Expression, sense: Sense, value: f64) -> Constraint {
    let unit = 1.0 / objective_factor(&objective);
    let tolerance = if value == 0.0 {
        0.0
    } else {
        1e-9 * value.abs().max(unit)
    };
    hold_within(objective, sense, value, tolerance)
}

/// `objective` kept at (or better than) `value`, within `tolerance` (in the objective's unit).
/// The row is multiplied by the objective's factor (see [`objective_factor`]): the solvers'
/// feasibility tolerance is absolute, and on an objective of millionths it would let a
/// tie-break give up part of the objective it holds.
pub fn hold_within(objective: Expression, sense: Sense, value: f64, tolerance: f64) -> Constraint {
    let factor = objective_factor(&objective);
    let objective = objective * factor;
    match sense {
        Sense::Maximise => constraint!(objective >= (value - tolerance) * factor),
        Sense::Minimise => constraint!(objective <= (value + tolerance) * factor),
    }
}

/// The HiGHS model of a stage, with its options set, ready to solve; and the number of model
/// rows it kept (they come first, before `request.extra`).
pub fn highs_model(
    model: &FundingModel,
    request: &StageRequest,
) -> Result<(highs::Model, usize), SolveError> {
    let kept = model
        .constraints
        .iter()
        .zip(&model.rules)
        .filter(|(_, &rule)| request.keep.is_none_or(|keep| keep(rule)))
        .map(|(c, _)| c);
    highs_model_of(&model.vars, kept, request)
}

/// The HiGHS model of `vars` under `constraints` (and `request.extra`), with the options of
/// `request` set (its `keep` is not looked at); and the number of `constraints`.
pub(crate) fn highs_model_of<'c>(
    vars: &ProblemVariables,
    constraints: impl Iterator<Item = &'c Constraint>,
    request: &StageRequest,
) -> Result<(highs::Model, usize), SolveError> {
    let vars = match request.fix_decisions {
        None => vars.clone(),
        Some(columns) => fixed_decisions(vars, columns),
    };
    let unsolved = match request.sense {
        Sense::Maximise => vars.maximise(request.objective.clone()),
        Sense::Minimise => vars.minimise(request.objective.clone()),
    };
    let mut problem = unsolved.using(highs);
    let mut kept_rows = 0;
    for c in constraints {
        problem.add_constraint(c.clone());
        kept_rows += 1;
    }
    for c in request.extra {
        problem.add_constraint(c.clone());
    }
    let mut highs_model = problem
        .try_into_inner()
        .map_err(|e| SolveError::highs(e.to_string()))?;
    highs_model.make_quiet();
    let options = &request.options;
    let m = &mut highs_model;
    set_option(m, "mip_rel_gap", options.mip_gap)?;
    if let Some(gap) = request.absolute_gap {
        set_option(m, "mip_abs_gap", gap)?;
    }
    // Money must add up to the cent: tighten HiGHS's default tolerances (1e-6 / 1e-7).
    set_option(m, "mip_feasibility_tolerance", 1e-9)?;
    set_option(m, "primal_feasibility_tolerance", 1e-9)?;
    if let Some(limit) = options.time_limit_seconds {
        set_option(m, "time_limit", limit)?;
    }
    if let Some(nodes) = request.node_limit {
        set_option(m, "mip_max_nodes", i32::try_from(nodes).unwrap_or(i32::MAX))?;
    }
    // Measured on generated plans of 30-100 actions, the bundled example and OR-Library
    // knapsacks (benches/README.md): HiGHS's RINS and RENS sub-MIP heuristics spent most of
    // the time on these models and found nothing the search did not; without them stage 1 is
    // 1.2-3x faster on plans and 1.05-1.35x on knapsacks, with the same optima. (Turning off
    // the restart after the root, or loosening the tolerances, helped some models and cost
    // others up to 2x: not kept.)
    set_option(m, "mip_heuristic_run_rins", false)?;
    set_option(m, "mip_heuristic_run_rens", false)?;
    set_option(m, "threads", 1)?;
    if let Some(columns) = request.warm_start {
        highs_model
            .try_set_solution(Some(columns), None, None, None)
            .map_err(|e| SolveError::highs(format!("cannot pass the starting plan: {e:?}")))?;
    }
    Ok((highs_model, kept_rows))
}

/// Sets HiGHS option `key`; a refusal is a fault.
pub(crate) fn set_option(
    m: &mut highs::Model,
    key: &str,
    value: impl highs::HighsOptionValue,
) -> Result<(), SolveError> {
    m.try_set_option(key, value)
        .map_err(|e| SolveError::highs(format!("cannot set {key}: {e:?}")))
}

/// Writes the model of `request` to `path` in the format its extension names (`.mps` or
/// `.lp`), as HiGHS writes it.
pub fn write_model(
    model: &FundingModel,
    request: &StageRequest,
    path: &std::path::Path,
) -> Result<(), SolveError> {
    let (mut highs_model, _) = highs_model(model, request)?;
    let name = std::ffi::CString::new(path.to_string_lossy().as_bytes())
        .map_err(|_| SolveError::file("write", path, FileReason::NulByte))?;
    // SAFETY: a live HiGHS instance owned by `highs_model`, and a NUL-terminated path that
    // outlives the call.
    let status = unsafe { highs_sys::Highs_writeModel(highs_model.as_mut_ptr(), name.as_ptr()) };
    if status == highs_sys::STATUS_ERROR {
        return Err(SolveError::file("write", path, FileReason::NotWritten));
    }
    ends_whole(path)
}

/// Whether the model file at `path` ends as a whole MPS or LP file does (`ENDATA`, `End`):
/// HiGHS does not check its writes, so a full disk would leave a file cut short that the next
/// reader (CBC, or the user) takes for a smaller model.
fn ends_whole(path: &std::path::Path) -> Result<(), SolveError> {
    use std::io::{Read, Seek, SeekFrom};
    let io = |e| SolveError::file("write", path, FileReason::Io(e));
    let mut file = std::fs::File::open(path).map_err(io)?;
    let length = file.seek(SeekFrom::End(0)).map_err(io)?;
    file.seek(SeekFrom::Start(length.saturating_sub(64)))
        .map_err(io)?;
    let mut end = Vec::new();
    file.read_to_end(&mut end).map_err(io)?;
    let tail = String::from_utf8_lossy(&end).to_lowercase();
    let last = tail.split_whitespace().last().unwrap_or_default();
    if last == "endata" || last == "end" {
        Ok(())
    } else {
        Err(SolveError::file("write", path, FileReason::CutShort))
    }
}

/// Solves one stage with HiGHS (one thread, tight tolerances).
pub fn run_stage(model: &FundingModel, request: &StageRequest) -> Result<Stage, SolveError> {
    let factor = objective_factor(&request.objective);
    let request = &scaled(request, factor);
    let solve = |presolve: bool| {
        let (mut built, kept_rows) = highs_model(model, request)?;
        if !presolve {
            set_option(&mut built, "presolve", "off")?;
        }
        run_highs(built, kept_rows, request, factor)
    };
    let stage = solve(true)?;
    let stage = if presolve_suspect(&model.vars, request, &stage) {
        solve(false)?
    } else {
        stage
    };
    Ok(stage.unscaled(factor))
}

/// The power of ten a stage's objective is multiplied by before a solver sees it, so that its
/// largest coefficient is at least 1 (1 when it is already). The solvers' tolerances are
/// absolute (a reduced cost under 1e-7 counts as none, a plan within 1e-6 of the bound as
/// proven): on an objective whose coefficients are millionths (impacts of a millionth of a
/// point) HiGHS and CBC both stopped at a plan 7% below the best and called it optimal
/// (tests/numerics.rs). The answer is divided back ([`Stage::unscaled`]).
pub(crate) fn objective_factor(objective: &Expression) -> f64 {
    use good_lp::IntoAffineExpression;
    let largest = objective
        .linear_coefficients()
        .map(|(_, c)| c.abs())
        .fold(0.0, f64::max);
    let mut factor = 1.0;
    while largest > 0.0 && largest * factor < 1.0 && factor < 1e12 {
        factor *= 10.0;
    }
    factor
}

/// `request` with its objective (and absolute gap) multiplied by `factor`.
pub(crate) fn scaled<'r>(request: &StageRequest<'r>, factor: f64) -> StageRequest<'r> {
    StageRequest {
        objective: request.objective.clone() * factor,
        absolute_gap: request.absolute_gap.map(|gap| gap * factor),
        ..*request
    }
}

impl Stage {
    /// The answer to an objective multiplied by `factor` (see [`objective_factor`]), in the
    /// objective's own unit: objective, bound and marginal values divided back. Column values,
    /// activities, ranges and the relative gap are the same either way.
    pub(crate) fn unscaled(mut self, factor: f64) -> Stage {
        if factor != 1.0 {
            self.objective /= factor;
            self.bound /= factor;
            for row in self.rows.iter_mut().flatten() {
                row.dual /= factor;
            }
        }
        self
    }
}

/// Solves `vars` under `constraints` as `request` asks (like [`run_stage`], for a model that is
/// not one scenario's: the two-stage model of `solve --risk`, with settings measured on it).
pub(crate) fn run_stage_of<'c, I: Iterator<Item = &'c Constraint>>(
    vars: &ProblemVariables,
    constraints: impl Fn() -> I,
    request: &StageRequest,
) -> Result<Stage, SolveError> {
    let factor = objective_factor(&request.objective);
    let request = &scaled(request, factor);
    let solve = |presolve: bool| {
        let (mut highs_model, kept_rows) = highs_model_of(vars, constraints(), request)?;
        // Measured on the example with uncertain costs (25 and 50 draws): the time goes into
        // rounds of cuts at the root over a large linear program; without restarting the root
        // after fixing columns, and with cuts dropped from the linear program after 2 rounds
        // unused, HiGHS proves the same plans 2-2.5x sooner (25 s -> 10 s, 56 s -> 26 s).
        set_option(&mut highs_model, "mip_allow_restart", false)?;
        set_option(&mut highs_model, "mip_lp_age_limit", 2)?;
        if !presolve {
            set_option(&mut highs_model, "presolve", "off")?;
        }
        run_highs(highs_model, kept_rows, request, factor)
    };
    let stage = solve(true)?;
    let stage = if presolve_suspect(vars, request, &stage) {
        solve(false)?
    } else {
        stage
    };
    Ok(stage.unscaled(factor))
}

/// Whether HiGHS's answer to a stage may be a fault of its presolve, which is then left out
/// and the stage solved again: "no plan" (presolve's proof of it is checked by a search without
/// presolve), or, for a stage started from a plan (`warm_start`, which keeps every constraint
/// of the stage), an answer without a plan, with a plan whose objective is not the one
/// reported, or with an objective worse than the starting plan's.
///
/// `tests/properties` found these faults in HiGHS 1.16 (the latest `highs-sys`) on plans of a
/// few actions, each gone without presolve (`tests/rules.rs` has each plan). Presolve declared
/// infeasible a plan whose actions could all be left out (the scenario had "no plan" and the
/// diagnosis no fix). Presolve mapped the starting plan of the least-own-money tie-break to a
/// better plan of the reduced model, found nothing better, and HiGHS answered with the starting
/// plan unchanged and the better plan's objective (the plan kept the first stage's own money).
/// And a tie-break holding an own money of 0 within 1e-9 was presolved to an empty model worse
/// than the plan it started from (now also avoided by [`hold`]: no tolerance at 0).
fn presolve_suspect(vars: &ProblemVariables, request: &StageRequest, stage: &Stage) -> bool {
    if stage.status == SolveStatus::Infeasible {
        return true;
    }
    let Some(start) = request.warm_start else {
        return false;
    };
    let Some(columns) = &stage.columns else {
        return true;
    };
    let value = |columns: &[f64]| {
        let values: std::collections::HashMap<good_lp::Variable, f64> = vars
            .iter_variables_with_def()
            .map(|(v, _)| v)
            .zip(columns.iter().copied())
            .collect();
        request.objective.eval_with(&values)
    };
    let tolerance = 1e-6 * stage.objective.abs().max(1.0);
    let from_start = value(start);
    let worse = match request.sense {
        Sense::Maximise => stage.objective < from_start - tolerance,
        Sense::Minimise => stage.objective > from_start + tolerance,
    };
    worse || (value(columns) - stage.objective).abs() > tolerance
}

/// Solves a HiGHS model made by [`highs_model_of`] and reads its answer (its objective
/// multiplied by `factor`, which the progress line divides back).
fn run_highs(
    mut highs_model: highs::Model,
    kept_rows: usize,
    request: &StageRequest,
    factor: f64,
) -> Result<Stage, SolveError> {
    let options = &request.options;
    let mut progress = match request.label {
        Some(label) if options.show_progress => Some(Progress::new(label, factor)),
        _ => None,
    };
    if let Some(progress) = progress.as_mut() {
        // SAFETY: `progress` lives on this frame, unmoved, until after the solve returns.
        unsafe { super::progress::attach(&mut highs_model, progress) };
    }
    let solved = highs_model.try_solve();
    if let Some(progress) = &progress {
        progress.finish();
    }
    let mut solved = solved.map_err(|e| SolveError::highs(format!("{e:?}")))?;
    let status = match solved.status() {
        HighsModelStatus::Optimal => {
            let gap = solved.mip_gap();
            if options.mip_gap > 0.0 && gap.is_finite() && gap > 1e-9 {
                SolveStatus::WithinGap
            } else {
                SolveStatus::Optimal
            }
        }
        HighsModelStatus::Infeasible | HighsModelStatus::UnboundedOrInfeasible => {
            SolveStatus::Infeasible
        }
        HighsModelStatus::Unbounded => SolveStatus::Unbounded,
        HighsModelStatus::ReachedTimeLimit
        | HighsModelStatus::ReachedIterationLimit
        | HighsModelStatus::ReachedSolutionLimit => SolveStatus::TimeLimit,
        HighsModelStatus::ModelEmpty => SolveStatus::Optimal,
        other => {
            return Err(SolveError::highs(format!(
                "HiGHS stopped with status {other:?}"
            )))
        }
    };
    let has_plan = matches!(
        status,
        SolveStatus::Optimal | SolveStatus::WithinGap | SolveStatus::TimeLimit
    ) && solved.primal_solution_status() == highs::HighsSolutionStatus::Feasible;
    let columns = has_plan.then(|| solved.get_solution().columns().to_vec());
    let rows = if has_plan && request.fix_decisions.is_some() {
        Some(row_duals(&mut solved, kept_rows))
    } else {
        None
    };
    let objective = solved.objective_value();
    let bound = solved
        .double_info_value(c"mip_dual_bound")
        .ok()
        .filter(|b| b.is_finite())
        .unwrap_or(objective);
    let gap = if status == SolveStatus::Optimal {
        0.0
    } else {
        solved.mip_gap()
    };
    Ok(Stage {
        status,
        columns,
        objective,
        bound,
        gap,
        rows,
    })
}

/// The same variables, with every integer variable fixed at its (rounded) value in `columns`
/// and made continuous: the linear program of "this plan's yes/no decisions, best amounts".
fn fixed_decisions(vars: &ProblemVariables, columns: &[f64]) -> ProblemVariables {
    let mut fixed = ProblemVariables::new();
    for (i, (_, def)) in vars.iter_variables_with_def().enumerate() {
        let new = if def.is_integer() {
            let value = columns[i].round();
            variable().min(value).max(value)
        } else {
            variable().min(def.get_min()).max(def.get_max())
        };
        fixed.add(new);
    }
    fixed
}

/// Row activities, duals and the range of each row bound over which the dual holds (HiGHS
/// ranging). Ranges are infinite when HiGHS cannot give them.
fn row_duals(solved: &mut highs::SolvedModel, kept_rows: usize) -> Vec<RowDual> {
    let solution = solved.get_solution();
    let (activity, dual) = (solution.rows().to_vec(), solution.dual_rows().to_vec());
    let n = activity.len();
    let mut up = vec![f64::INFINITY; n];
    let mut up_objective = vec![0.0; n];
    let mut down = vec![f64::NEG_INFINITY; n];
    let mut down_objective = vec![0.0; n];
    let null_f = std::ptr::null_mut::<f64>();
    let null_i = std::ptr::null_mut();
    // SAFETY: the pointer is a live, solved HiGHS instance owned by `solved`; the four row
    // arrays have one slot per row (HiGHS writes exactly `num_row` values into each); every
    // other output is NULL, which Highs_getRanging documents as "not required".
    let status = unsafe {
        highs_sys::Highs_getRanging(
            solved.as_mut_ptr(),
            null_f,
            null_f,
            null_i,
            null_i,
            null_f,
            null_f,
            null_i,
            null_i,
            null_f,
            null_f,
            null_i,
            null_i,
            null_f,
            null_f,
            null_i,
            null_i,
            up.as_mut_ptr(),
            up_objective.as_mut_ptr(),
            null_i,
            null_i,
            down.as_mut_ptr(),
            down_objective.as_mut_ptr(),
            null_i,
            null_i,
        )
    };
    if status != highs_sys::STATUS_OK {
        up.iter_mut().for_each(|v| *v = f64::INFINITY);
        down.iter_mut().for_each(|v| *v = f64::NEG_INFINITY);
    }
    (0..kept_rows.min(n))
        .map(|i| RowDual {
            activity: activity[i],
            dual: dual[i],
            bound_down: down[i],
            bound_up: up[i],
        })
        .collect()
}
