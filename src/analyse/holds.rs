//! A plan that holds: `fundmix solve --risk expected|cvar`.
//!
//! The scenario's draws (which sources pay out, which partners keep their word, costs and
//! impacts where they are uncertain: [`super::robust::draw`]) are made, draws that came out
//! alike are counted once with their weight, and the two-stage model
//! ([`crate::model::two_stage`]) chooses the actions, scales and partnerships whose financing
//! holds best over them. The plan as applied for is re-checked against every rule like any
//! plan. Then the **price of robustness**: the plain plan (`fundmix solve`) and the plan that
//! holds are both taken through fresh draws (another seed), and how each fares is set side
//! by side: the objective they reach on average, the chance of an unfinanced gap, the money
//! left unfinanced, own money, and the chance of meeting each target.

use super::robust::{draw, sampled, Draw, Spread};
use crate::checked::{check_plan, solve_checked, Failure};
use crate::domain::{metrics, Allocation, RiskMeasure, Scenario};
use crate::model::two_stage::Measure;
use crate::solve::risk::{solve_two_stage, DrawAnswer, SHORT_EUR};
use crate::solve::{SolveOptions, SolveOutcome};
use crate::timings::Timings;
use rayon::prelude::*;
use serde::Serialize;

/// What `solve --risk` is asked.
#[derive(Debug, Clone)]
pub struct HoldsRequest {
    /// Draws the plan is made to hold over.
    pub samples: usize,
    /// Their seed.
    pub seed: u64,
    /// What is made best over the draws.
    pub measure: RiskMeasure,
    /// For `cvar`: the share of worst draws.
    pub alpha: f64,
    /// Fresh draws the two plans are compared on (seed `seed + 1`).
    pub fresh_samples: usize,
    /// Draws solved at the same time (the comparison on fresh draws).
    pub jobs: usize,
    /// How far below the best possible over the draws the plan may be (`None`: proven best
    /// when the draws come out in at most [`EXACT_DRAWS`] ways, else [`MIP_GAP`]).
    pub mip_gap: Option<f64>,
}

/// Up to this many different draws, the plan that holds is proven the best possible over them
/// by default.
pub const EXACT_DRAWS: usize = 25;

/// Beyond [`EXACT_DRAWS`] different draws, the plan that holds may be this much below the best
/// possible over them by default. Measured on the example with uncertain costs
/// (`benches/risk_growth.sh`), 100 draws, `cvar`: proving the best plan exactly took over 10
/// minutes; within 0.5% (the plan found was within 0.2%), 81 s. The draws are a sample: the
/// plan they give is an estimate far less precise than that.
pub const MIP_GAP: f64 = 0.005;

/// How a plan fares over fresh draws.
#[derive(Debug, Clone, Serialize)]
pub struct Fared {
    /// Actions funded.
    pub actions: usize,
    /// The plan's cost when every source pays (EUR).
    pub cost_eur: f64,
    /// The objective over the draws (as if every committed euro were found).
    pub objective: Option<Spread>,
    /// The weighted impact of the actions financed in full, on average over the draws (an
    /// action with an unfinanced euro counts for nothing).
    pub secured_impact: f64,
    /// The share of draws with money that no source or partner gives.
    pub gap_chance: f64,
    /// The money left unfinanced, on average over the draws (EUR).
    pub unfinanced_eur: f64,
    /// The share of draws with staff hours over capacity.
    pub hours_chance: f64,
    /// Own money on average over the draws (EUR).
    pub own_eur: f64,
    /// Per target: indicator and the share of draws in which the actions financed in full meet
    /// it.
    pub target_met: Vec<(String, f64)>,
}

/// The plan that holds and its price.
#[derive(Debug, Clone, Serialize)]
pub struct Holds {
    /// Scenario name.
    pub scenario: String,
    /// What was made best.
    pub measure: RiskMeasure,
    /// For `cvar`: the share of worst draws.
    pub alpha: f64,
    /// Draws the plan was made over.
    pub samples: usize,
    /// Their seed.
    pub seed: u64,
    /// Draws that came out differently (each is one block of the model).
    pub distinct_draws: usize,
    /// Variables of the two-stage model.
    pub variables: usize,
    /// Constraints of the two-stage model.
    pub constraints: usize,
    /// Seconds to build and solve it (not in the files: they are the same for the same input).
    #[serde(skip)]
    pub model_seconds: f64,
    /// What an unfinanced euro weighs in the objective (points, or EUR for `min-own-cost`).
    pub penalty_per_eur: f64,
    /// What an hour over staff capacity weighs in the objective.
    pub penalty_per_hour: f64,
    /// The scenario's objective.
    pub objective: crate::domain::Objective,
    /// Fresh draws the plans were compared on, and their seed.
    pub fresh_samples: usize,
    /// The seed of the fresh draws.
    pub fresh_seed: u64,
    /// The plain plan (`fundmix solve`) over the fresh draws.
    pub plain: Fared,
    /// The plan that holds over the fresh draws.
    pub holding: Fared,
    /// Per action (plan order): id, funded scale in the plain plan, in the plan that holds.
    pub actions: Vec<(String, f64, f64)>,
    /// The plan that holds, as a solve outcome (its plan re-checked against every rule).
    #[serde(skip)]
    pub outcome: SolveOutcome,
    /// The language of the report.
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
}

/// `count` draws of `scenario` from `seed`, those that came out alike counted once: each
/// sampled scenario with its share of the draws, in the order of their first appearance.
pub fn distinct_draws(scenario: &Scenario, seed: u64, count: usize) -> Vec<(Scenario, f64)> {
    let mut seen: Vec<(Draw, usize)> = Vec::new();
    for i in 0..count {
        let d = draw(scenario, seed, i);
        match seen.iter_mut().find(|(s, _)| *s == d) {
            Some((_, n)) => *n += 1,
            None => seen.push((d, 1)),
        }
    }
    seen.into_iter()
        .map(|(d, n)| (sampled(scenario, &d), n as f64 / count.max(1) as f64))
        .collect()
}

/// What `solve --risk` found.
#[derive(Debug, Clone)]
pub enum Found {
    /// The plan that holds and its price.
    Holds(Box<Holds>),
    /// No plan: none keeps every rule even when every source pays (the outcome is then
    /// `Infeasible`, as the plain solve's), or none was found within the time limit.
    NoPlan(SolveOutcome),
}

/// The plan that holds over `request.samples` draws, and how it and the plain plan fare on
/// fresh ones.
pub fn plan_that_holds(
    scenario: &Scenario,
    request: &HoldsRequest,
    options: &SolveOptions,
) -> Result<Found, Failure> {
    let mut timings = Timings::default();
    let draws = timings.time("draw what pays out", || {
        distinct_draws(scenario, request.seed, request.samples)
    });
    let measure = match request.measure {
        RiskMeasure::Expected => Measure::Expected,
        RiskMeasure::Cvar => Measure::Cvar(request.alpha),
    };
    let exact = draws.len() <= EXACT_DRAWS;
    let model_options = SolveOptions {
        mip_gap: request.mip_gap.unwrap_or(if exact { 0.0 } else { MIP_GAP }),
        ..*options
    };
    let answer = timings.time("solve: a plan that holds", || {
        solve_two_stage(
            scenario,
            &draws,
            measure,
            None,
            &model_options,
            "solve: a plan that holds",
        )
    })?;
    let mut outcome = SolveOutcome {
        status: answer.status,
        allocation: answer.allocation.clone(),
        objective: None,
        best_bound: None,
        gap: None,
        solve_seconds: answer.seconds,
        timings: Timings::default(),
    };
    let Some(holding) = answer.allocation.clone() else {
        outcome.timings = timings;
        return Ok(Found::NoPlan(outcome));
    };
    outcome.objective = Some(metrics::objective_value(scenario, &holding));
    outcome.gap = Some(answer.gap);
    timings.time("check the plan independently", || {
        check_plan(scenario, &outcome)
    })?;
    let plain = timings.time("solve: the plain plan", || solve_checked(scenario, options))?;
    // The plain plan exists whenever the plan as applied for does; only a time limit can
    // leave it unfound.
    let Some(plain) = plain.allocation else {
        return Err(Failure::Solver(crate::solve::SolveError::PlainPlanNotFound));
    };
    let fresh_seed = request.seed.wrapping_add(1);
    let fresh = distinct_draws(scenario, fresh_seed, request.fresh_samples);
    let pool = crate::checked::worker_pool(request.jobs)?;
    let fares = |plan: &Allocation| -> Result<Fared, Failure> {
        let answers: Vec<DrawAnswer> = pool.install(|| {
            fresh
                .par_iter()
                .map(|(case, weight)| {
                    let mut one = solve_two_stage(
                        scenario,
                        &[(case.clone(), 1.0)],
                        Measure::Expected,
                        Some(plan),
                        options,
                        "solve: a plan in a fresh draw",
                    )?;
                    let mut answer = one
                        .draws
                        .pop()
                        .ok_or_else(|| Failure::Fault("a fresh draw gave no answer".to_string()))?;
                    answer.weight = *weight;
                    Ok(answer)
                })
                .collect::<Result<_, Failure>>()
        })?;
        Ok(fared(
            scenario,
            plan,
            &fresh,
            request.fresh_samples,
            &answers,
        ))
    };
    let plain_fared = timings.time("compare on fresh draws: the plain plan", || fares(&plain))?;
    let holding_fared = timings.time("compare on fresh draws: the plan that holds", || {
        fares(&holding)
    })?;
    outcome.timings = timings;
    Ok(Found::Holds(Box::new(Holds {
        scenario: scenario.name.clone(),
        measure: request.measure,
        alpha: request.alpha,
        samples: request.samples,
        seed: request.seed,
        distinct_draws: draws.len(),
        variables: answer.variables,
        constraints: answer.constraints,
        model_seconds: answer.seconds,
        penalty_per_eur: answer.penalties.0,
        penalty_per_hour: answer.penalties.1,
        objective: scenario.objective,
        fresh_samples: request.fresh_samples,
        fresh_seed,
        plain: plain_fared,
        holding: holding_fared,
        actions: scenario
            .plan
            .actions
            .iter()
            .enumerate()
            .map(|(a, action)| (action.id.clone(), plain.scale[a], holding.scale[a]))
            .collect(),
        outcome,
        lang: scenario.lang,
    })))
}

/// How `plan` fared in the fresh draws `fresh` (the distinct ones of `count` draws; answers in
/// the same order).
fn fared(
    scenario: &Scenario,
    plan: &Allocation,
    fresh: &[(Scenario, f64)],
    count: usize,
    answers: &[DrawAnswer],
) -> Fared {
    let chance = |f: &dyn Fn(&DrawAnswer) -> bool| -> f64 {
        answers.iter().filter(|a| f(a)).map(|a| a.weight).sum()
    };
    let mean =
        |f: &dyn Fn(&DrawAnswer) -> f64| -> f64 { answers.iter().map(|a| a.weight * f(a)).sum() };
    // The spread over the draws one by one (a distinct draw counts as many times as it came
    // out), so that its quantiles are those of the draws.
    let mut values = Vec::new();
    for a in answers {
        let n = (a.weight * count as f64).round() as usize;
        values.extend(std::iter::repeat_n(a.objective, n.max(1)));
    }
    // What each draw reaches with the actions financed in full.
    let reached: Vec<Vec<f64>> = fresh
        .iter()
        .zip(answers)
        .map(|((case, _), answer)| {
            let mut whole = plan.clone();
            for &a in &answer.short {
                whole.scale[a] = 0.0;
            }
            metrics::indicator_totals(case, &whole)
        })
        .collect();
    let target_met = scenario
        .plan
        .targets
        .iter()
        .map(|t| {
            let met: f64 = reached
                .iter()
                .zip(answers)
                .filter(|(totals, _)| totals[t.indicator] >= t.min - 1e-6)
                .map(|(_, a)| a.weight)
                .sum();
            (scenario.plan.indicators[t.indicator].clone(), met)
        })
        .collect();
    let secured: f64 = fresh
        .iter()
        .zip(answers)
        .map(|((case, _), answer)| {
            let value: f64 = case
                .plan
                .actions
                .iter()
                .enumerate()
                .filter(|(a, _)| !answer.short.contains(a))
                .map(|(a, action)| {
                    let points: f64 = action
                        .impact
                        .iter()
                        .zip(&case.weights)
                        .map(|(i, w)| i * w)
                        .sum();
                    points * plan.scale[a]
                })
                .sum();
            answer.weight * value
        })
        .sum();
    Fared {
        actions: plan.scale.iter().filter(|s| **s > 0.0).count(),
        secured_impact: secured,
        cost_eur: plan.funding.iter().map(|f| f.amount_eur).sum::<f64>()
            + plan.contributions.iter().map(|c| c.cash_eur).sum::<f64>(),
        objective: Spread::of(&values),
        gap_chance: chance(&|a| a.unfinanced_eur > SHORT_EUR),
        unfinanced_eur: mean(&|a| a.unfinanced_eur),
        hours_chance: chance(&|a| a.hours_over > 0.5),
        own_eur: mean(&|a| a.own_eur),
        target_met,
    }
}
