//! Solving the two-stage model of `fundmix solve --risk` (see [`crate::model::two_stage`]):
//! the plan that holds over the draws, or how a given plan fares in them.

use super::extract::{allocation, Reader};
use super::stage::{hold_within, run_stage_of, StageRequest};
use super::{Prepared, SolveError, SolveOptions, SolveStatus};
use crate::domain::{Allocation, Objective, Scenario};
use crate::model::two_stage::{draw_case, Measure, TwoStage};
use crate::model::Sense;
use good_lp::constraint;
use std::time::Instant;

/// The smallest unit of money in the two-stage model (EUR).
const MONEY_UNIT_EUR: f64 = 1000.0;

/// Below this many EUR, an action's unfinanced money is rounding, not a gap.
pub const SHORT_EUR: f64 = 0.5;

/// How one draw came out.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawAnswer {
    /// The share of all draws that came out like this one.
    pub weight: f64,
    /// The scenario's objective in this draw (impact points, or own money in EUR for
    /// `min-own-cost`), before the penalties.
    pub objective: f64,
    /// Money the committed actions need that no source or partner gives (EUR).
    pub unfinanced_eur: f64,
    /// Staff hours over capacity (a withdrawn partner's hours).
    pub hours_over: f64,
    /// Own money spent (EUR).
    pub own_eur: f64,
    /// The actions (plan order) with money that nobody gives in this draw.
    pub short: Vec<usize>,
}

/// The answer of the two-stage model.
#[derive(Debug, Clone)]
pub struct TwoStageAnswer {
    /// What the solver established.
    pub status: SolveStatus,
    /// How far the plan may be from the best possible over the draws (0 when proven best).
    pub gap: f64,
    /// The plan as applied for (every source pays, every partner keeps its word), in EUR.
    pub allocation: Option<Allocation>,
    /// Per draw, in the order given.
    pub draws: Vec<DrawAnswer>,
    /// Variables of the model.
    pub variables: usize,
    /// Constraints of the model.
    pub constraints: usize,
    /// Seconds spent building and solving.
    pub seconds: f64,
    /// What an unfinanced euro and an hour over staff capacity weigh in the objective
    /// (points, or EUR of own money for `min-own-cost`).
    pub penalties: (f64, f64),
}

/// Solves the two-stage model of `nominal` (the scenario as written) over `draws` (sampled
/// scenarios, EUR, each with its weight; the weights add up to 1) for `measure`; with
/// `fixed`, the first stage is that plan's (its actions, scales and partnerships) and only the
/// money of each draw is decided: how that plan fares.
pub fn solve_two_stage(
    nominal: &Scenario,
    draws: &[(Scenario, f64)],
    measure: Measure,
    fixed: Option<&Allocation>,
    options: &SolveOptions,
    label: &str,
) -> Result<TwoStageAnswer, SolveError> {
    let started = Instant::now();
    let unit = Prepared::new(nominal).unit.max(MONEY_UNIT_EUR);
    let in_units = Prepared::in_unit(nominal.clone(), unit).scenario;
    let cases: Vec<(Scenario, f64)> = draws
        .iter()
        .map(|(s, w)| (draw_case(&Prepared::in_unit(s.clone(), unit).scenario), *w))
        .collect();
    let mut model = TwoStage::build(&in_units, &cases, measure);
    if let Some(plan) = fixed {
        model.fix_first_stage(plan);
    }
    let (variables, constraints) = model.size();
    let to_report = match nominal.objective {
        Objective::MaxImpact => 1.0,
        Objective::MinOwnCost => unit,
    };
    // Model units: per unit of money (points or units), and per hour.
    let (per_unit, per_hour) = model.penalties;
    let (objective, sense) = model.objective.clone();
    let first = run_stage_of(
        &model.nominal.vars,
        || model.constraints(),
        &StageRequest {
            options: *options,
            label: Some(label),
            ..StageRequest::new(objective.clone(), sense)
        },
    )?;
    let mut answer = TwoStageAnswer {
        status: first.status,
        gap: first.gap,
        allocation: None,
        draws: Vec::new(),
        variables,
        constraints,
        seconds: 0.0,
        penalties: (0.0, 0.0),
    };
    let Some(mut columns) = first.columns else {
        answer.seconds = started.elapsed().as_secs_f64();
        return Ok(answer);
    };
    if first.status != SolveStatus::TimeLimit {
        // Tie-break: the least own money, over the plan as applied for and every draw, at
        // the best value of the measure (to a thousandth of a point, or half a cent).
        let tolerance = match nominal.objective {
            Objective::MaxImpact => 0.0005,
            Objective::MinOwnCost => 0.005 / unit,
        };
        // With the first stage as found: a linear program (measured on the example with
        // uncertain costs, 10 draws: proving the tie-break over the yes/no decisions too took
        // 6.2 s of cuts at the root, against 2.5 s for the plan itself).
        let mut held = vec![hold_within(objective, sense, first.objective, tolerance)];
        for (i, (v, def)) in model.nominal.vars.iter_variables_with_def().enumerate() {
            if def.is_integer() {
                let value = columns[i].round();
                held.push(constraint!(v == value));
            }
        }
        let request = StageRequest {
            extra: &held,
            warm_start: Some(&columns),
            options: *options,
            absolute_gap: Some(0.005 / unit),
            label: Some(label),
            ..StageRequest::new(model.own_money(), Sense::Minimise)
        };
        if let Ok(super::stage::Stage {
            columns: Some(better),
            ..
        }) = run_stage_of(&model.nominal.vars, || model.constraints(), &request)
        {
            columns = better;
        }
    }
    answer.penalties = (per_unit * to_report / unit, per_hour * to_report);
    let read = Reader::new(&model.nominal, &columns);
    answer.draws = model
        .draws
        .iter()
        .map(|d| {
            let unfinanced_source = d.model.scenario.plan.sources.len() - 1;
            let mut short: Vec<usize> = d.model.funding_of_source[unfinanced_source]
                .iter()
                .map(|&i| &d.model.funding[i])
                .filter(|f| read.value(&d.model.amount(f)) * unit > SHORT_EUR)
                .map(|f| f.action)
                .collect();
            short.dedup();
            DrawAnswer {
                short,
                weight: d.weight,
                objective: read.value(&d.value) * to_report,
                unfinanced_eur: read.value(&d.unfinanced) * unit,
                hours_over: read.value(&d.hours_over),
                own_eur: read.value(&d.model.own_money()) * unit,
            }
        })
        .collect();
    answer.allocation = Some(allocation(&model.nominal, &columns, unit));
    answer.seconds = started.elapsed().as_secs_f64();
    Ok(answer)
}
