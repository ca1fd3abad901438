//! Why is an action in the plan, or out of it? Answered by re-solving the scenario with the
//! action forced the other way.
//!
//! - For an action **left out**: the objective lost if it is forced in and the actions it would
//!   displace; the cost at which it would enter on its own and, for `max-impact`, the weighted
//!   impact it would need. For an all-or-nothing action each is one solve of the model in which
//!   the cost (impact) factor is a decision, exact; a scalable action (which may enter at part
//!   scale) is bisected on its cost, to a stated tolerance.
//! - For a **funded** action: its value to the plan (the objective lost if it is left out), the
//!   actions that would replace it, and the sources and partners that carry it.
//!
//! When forcing the action makes the scenario impossible, the explanation carries the
//! [`super::diagnose`] answer for the forced scenario.

use super::diagnose::{diagnose, Diagnosis};
use super::marginal::{marginal_values, Limit};
use super::Prepared;
use crate::domain::{Allocation, Objective, Scenario, Status};
use crate::model::{FundingModel, Parameter, Sense};
use crate::solve::stage::{hold, run_stage, StageRequest};
use crate::solve::{best_objective, SolveOptions};
use crate::{solve_checked, Failure};
use good_lp::Expression;
use serde::Serialize;

/// The relative tolerance of the entry cost found by bisection.
pub const COST_TOLERANCE: f64 = 0.005;

/// What happens when the action is forced the other way.
#[derive(Debug, Clone, Serialize)]
pub struct Counterfactual {
    /// True when the scenario still has a plan.
    pub feasible: bool,
    /// The objective of that plan.
    pub objective: Option<f64>,
    /// How much worse it is than the plan (objective units; 0 = as good; below 0 = better,
    /// which happens only when forcing overrides the action's `must` or `never` status).
    pub loss: Option<f64>,
    /// Actions funded then that are not funded now.
    pub funded_instead: Vec<String>,
    /// Actions funded now that would be left out.
    pub displaced: Vec<String>,
    /// Why there would be no plan.
    pub diagnosis: Option<Diagnosis>,
}

/// The cost at which an action left out would enter the plan.
#[derive(Debug, Clone, Serialize)]
pub struct EntryCost {
    /// Its total cost now (EUR).
    pub cost_eur: f64,
    /// The highest total cost at which it enters, within `tolerance_eur`; `None` when it would
    /// not enter even at no cost.
    pub enters_at_eur: Option<f64>,
    /// Accuracy of `enters_at_eur` (EUR).
    pub tolerance_eur: f64,
    /// Whether `enters_at_eur` is exact (to the euro, rounded down) rather than bisected.
    pub exact: bool,
}

/// The weighted impact at which an action left out would enter (`max-impact` only).
#[derive(Debug, Clone, Serialize)]
pub struct EntryImpact {
    /// Its weighted impact at full scale now (impact points).
    pub impact_now: f64,
    /// The weighted impact it would need (more than this).
    pub impact_needed: f64,
}

/// One action explained.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    /// Action id.
    pub action: String,
    /// Action name.
    pub name: String,
    /// Funded scale in the plan (0 = left out).
    pub scale: f64,
    /// `must`, `never` or `free`, as the scenario says.
    pub status: Status,
    /// What the objective counts.
    pub objective_unit: &'static str,
    /// The plan's objective.
    pub objective: f64,
    /// The action forced in (if out) or out (if in).
    pub forced: Counterfactual,
    /// For an action left out: the cost at which it would enter.
    pub entry_cost: Option<EntryCost>,
    /// For an action left out, `max-impact` only: the impact at which it would enter.
    pub entry_impact: Option<EntryImpact>,
    /// For a funded action: who pays for it (source or partner name, EUR), largest first.
    pub carried_by: Vec<(String, f64)>,
    /// The three limits that hold the plan back most.
    pub top_limits: Vec<Limit>,
}

/// Explains action `action` (an index into the plan) of `scenario`; `None` when the scenario
/// has no plan (see [`super::diagnose`] for why).
pub fn explain(
    scenario: &Scenario,
    action: usize,
    options: &SolveOptions,
) -> Result<Option<Explanation>, Failure> {
    let base = solve_checked(scenario, options)?;
    let (Some(allocation), Some(objective)) = (&base.allocation, base.objective) else {
        return Ok(None);
    };
    let plan = &scenario.plan;
    let scale = allocation.scale[action];
    let funded = scale > 0.0;
    let forced_status = if funded { Status::Never } else { Status::Must };
    let all_or_nothing = plan.actions[action].min_scale >= 1.0;
    // The counterfactual and the entry points are independent solves: run side by side.
    let (forced, entry) = rayon::join(
        || {
            counterfactual(
                scenario,
                allocation,
                objective,
                action,
                forced_status,
                options,
            )
        },
        || -> Result<_, Failure> {
            if funded {
                return Ok((None, None));
            }
            let cost = entry_cost(scenario, action, objective, options)?;
            let impact = match (scenario.objective, all_or_nothing) {
                (Objective::MaxImpact, true) => {
                    self::entry_impact(scenario, action, objective, None, options)?
                }
                _ => None,
            };
            Ok((Some(cost), impact))
        },
    );
    let forced = forced?;
    let (entry_cost, mut entry_impact) = entry?;
    if !funded && !all_or_nothing && scenario.objective == Objective::MaxImpact {
        // A scalable action's search starts from the loss of forcing it in.
        entry_impact = self::entry_impact(scenario, action, objective, forced.loss, options)?;
    }
    let marginals = marginal_values(scenario, allocation)?;
    Ok(Some(Explanation {
        action: plan.actions[action].id.clone(),
        name: plan.actions[action].name.clone(),
        scale,
        status: plan.actions[action].status,
        objective_unit: super::objective_unit(scenario),
        objective,
        forced,
        entry_cost,
        entry_impact,
        carried_by: carried_by(scenario, allocation, action),
        top_limits: marginals.binding().take(3).cloned().collect(),
    }))
}

fn weighted_impact(scenario: &Scenario, action: usize) -> f64 {
    let a = &scenario.plan.actions[action];
    a.impact
        .iter()
        .zip(&scenario.weights)
        .map(|(i, w)| i * w)
        .sum()
}

/// How much worse `other` is than `base`, in the scenario's direction (0 = as good or better).
fn loss(scenario: &Scenario, base: f64, other: f64) -> f64 {
    let worse = match scenario.objective {
        Objective::MaxImpact => base - other,
        Objective::MinOwnCost => other - base,
    };
    if worse.abs() < 1e-9 * base.abs().max(1.0) {
        0.0
    } else {
        worse
    }
}

fn counterfactual(
    scenario: &Scenario,
    allocation: &Allocation,
    objective: f64,
    action: usize,
    status: Status,
    options: &SolveOptions,
) -> Result<Counterfactual, Failure> {
    let mut forced = scenario.clone();
    forced.plan.actions[action].status = status;
    let outcome = solve_checked(&forced, options)?;
    let Some(other) = &outcome.allocation else {
        let diagnosis = diagnose(&forced)?;
        return Ok(Counterfactual {
            feasible: false,
            objective: None,
            loss: None,
            funded_instead: Vec::new(),
            displaced: Vec::new(),
            diagnosis: Some(diagnosis),
        });
    };
    let ids = |pick: &dyn Fn(usize) -> bool| -> Vec<String> {
        (0..scenario.plan.actions.len())
            .filter(|&a| a != action && pick(a))
            .map(|a| scenario.plan.actions[a].id.clone())
            .collect()
    };
    let other_objective = outcome.objective.unwrap_or(objective);
    Ok(Counterfactual {
        feasible: true,
        objective: Some(other_objective),
        loss: Some(loss(scenario, objective, other_objective)),
        funded_instead: ids(&|a| other.scale[a] > 0.0 && allocation.scale[a] == 0.0),
        displaced: ids(&|a| other.scale[a] == 0.0 && allocation.scale[a] > 0.0),
        diagnosis: None,
    })
}

/// A left-out action's entry point: the factor on its cost (or impact) at which forcing it in
/// costs the plan nothing, found by the solver in one run of the model in which the factor is
/// a decision ([`FundingModel::build_parametric`]): the highest cost factor (lowest impact
/// factor) with the objective held at `objective`, the plan's value (report units). `None`
/// when no factor lets the action in. Only for all-or-nothing actions.
fn entry_factor(
    scenario: &Scenario,
    action: usize,
    objective: f64,
    parameter: Parameter,
    options: &SolveOptions,
) -> Result<Option<f64>, Failure> {
    let mut forced = scenario.clone();
    forced.plan.actions[action].status = Status::Must;
    let prepared = Prepared::new(&forced);
    let (model, factor) = FundingModel::build_parametric(&prepared.scenario, action, parameter);
    let [(primary, sense), _] = model.objectives();
    let in_model_units = match scenario.objective {
        Objective::MaxImpact => objective,
        Objective::MinOwnCost => objective / prepared.unit,
    };
    let held = [hold(primary, sense, in_model_units)];
    let factor_sense = match parameter {
        Parameter::Cost => Sense::Maximise,
        Parameter::Impact => Sense::Minimise,
    };
    let found = run_stage(
        &model,
        &StageRequest {
            extra: &held,
            options: SolveOptions {
                show_progress: false,
                ..*options
            },
            ..StageRequest::new(Expression::from(factor), factor_sense)
        },
    )?;
    Ok(found.columns.map(|_| found.objective))
}

/// The value of the scenario's objective with the action forced in (report units), `None` when
/// no plan then exists.
fn forced_in_value(
    changed: &Scenario,
    action: usize,
    options: &SolveOptions,
) -> Result<Option<f64>, Failure> {
    let mut forced = changed.clone();
    forced.plan.actions[action].status = Status::Must;
    Ok(best_objective(&forced, options)?)
}

/// Whether action `action`, left out of the plan worth `objective`, enters the plan of
/// `changed` (the scenario with the action made cheaper or more useful). The best plan without
/// the action is worth `objective` whatever the action's cost and impact, so it enters when
/// forcing it in is as good or better.
fn enters(
    changed: &Scenario,
    action: usize,
    objective: f64,
    options: &SolveOptions,
) -> Result<bool, Failure> {
    Ok(forced_in_value(changed, action, options)?
        .is_some_and(|forced| loss(changed, objective, forced) <= 0.0))
}

/// The scenario with the action's cost multiplied by `factor`.
fn with_cost(scenario: &Scenario, action: usize, factor: f64) -> Scenario {
    let mut changed = scenario.clone();
    for c in &mut changed.plan.actions[action].cost_eur {
        *c *= factor;
    }
    changed
}

/// The highest cost at which an action left out of the plan worth `objective` enters: exact
/// (to the euro) for an all-or-nothing action; for a scalable one (which may enter at part
/// scale) by bisection between no cost and its cost now, to [`COST_TOLERANCE`].
fn entry_cost(
    scenario: &Scenario,
    action: usize,
    objective: f64,
    options: &SolveOptions,
) -> Result<EntryCost, Failure> {
    let cost = scenario.plan.actions[action].total_cost_eur();
    if scenario.plan.actions[action].min_scale >= 1.0 {
        let factor = entry_factor(scenario, action, objective, Parameter::Cost, options)?;
        return Ok(EntryCost {
            cost_eur: cost,
            // Rounded to the cent first: a factor a hair below the exact one must not lose a
            // euro to `floor`.
            enters_at_eur: factor.map(|f| ((f * cost * 100.0).round() / 100.0).floor()),
            tolerance_eur: 1.0,
            exact: true,
        });
    }
    let tolerance_eur = (cost * COST_TOLERANCE).max(1.0);
    let enters_at = |factor: f64| {
        enters(
            &with_cost(scenario, action, factor),
            action,
            objective,
            options,
        )
    };
    if !enters_at(0.0)? {
        return Ok(EntryCost {
            cost_eur: cost,
            enters_at_eur: None,
            tolerance_eur,
            exact: false,
        });
    }
    let (mut low, mut high) = (0.0, 1.0); // enters at `low`, not (known) at `high`
    while (high - low) * cost > tolerance_eur {
        let mid = 0.5 * (low + high);
        if enters_at(mid)? {
            low = mid;
        } else {
            high = mid;
        }
    }
    Ok(EntryCost {
        cost_eur: cost,
        enters_at_eur: Some((low * cost).floor()),
        tolerance_eur,
        exact: false,
    })
}

/// The weighted impact at which an action left out of the plan worth `objective` enters:
/// exact for an all-or-nothing action. A scalable action forced in loses `loss` (`None`: it
/// cannot be forced in); it enters with more than its impact plus `loss` when it would enter
/// at full scale. Re-solving with the impact raised just past that checks it; where the check
/// fails (it may enter at part scale), the impact is found by bisection between the two, to the
/// cost tolerance.
fn entry_impact(
    scenario: &Scenario,
    action: usize,
    objective: f64,
    loss: Option<f64>,
    options: &SolveOptions,
) -> Result<Option<EntryImpact>, Failure> {
    let now = weighted_impact(scenario, action);
    if now <= 0.0 {
        return Ok(None); // no indicator with a weight to raise
    }
    if scenario.plan.actions[action].min_scale >= 1.0 {
        let factor = entry_factor(scenario, action, objective, Parameter::Impact, options)?;
        return Ok(factor.map(|f| EntryImpact {
            impact_now: now,
            impact_needed: f * now,
        }));
    }
    let Some(loss) = loss else {
        return Ok(None);
    };
    let enters_with = |impact: f64| {
        let mut changed = scenario.clone();
        let factor = impact / now;
        for i in &mut changed.plan.actions[action].impact {
            *i *= factor;
        }
        enters(&changed, action, objective, options)
    };
    let step = COST_TOLERANCE * now.max(loss);
    let mut high = now + loss + 1e-6 * (now + loss).max(1.0);
    let mut low = now;
    let mut rounds = 0;
    while !enters_with(high)? {
        low = high;
        high = now + 2.0 * (high - now).max(step);
        rounds += 1;
        if rounds > 20 {
            return Ok(None);
        }
    }
    if rounds > 0 {
        while high - low > step {
            let mid = 0.5 * (low + high);
            if enters_with(mid)? {
                high = mid;
            } else {
                low = mid;
            }
        }
    }
    Ok(Some(EntryImpact {
        impact_now: now,
        impact_needed: if rounds == 0 { now + loss } else { high },
    }))
}

/// Sources and partners paying for the action, largest first.
fn carried_by(scenario: &Scenario, allocation: &Allocation, action: usize) -> Vec<(String, f64)> {
    let plan = &scenario.plan;
    let mut payers: Vec<(String, f64)> = Vec::new();
    let mut add = |name: &str, eur: f64| match payers.iter_mut().find(|(n, _)| n == name) {
        Some(entry) => entry.1 += eur,
        None => payers.push((name.to_string(), eur)),
    };
    for f in allocation.funding.iter().filter(|f| f.action == action) {
        add(&plan.sources[f.source].name, f.amount_eur);
    }
    for c in allocation
        .contributions
        .iter()
        .filter(|c| c.action == action)
    {
        if c.cash_eur > 0.0 {
            add(&plan.partners[c.partner].name, c.cash_eur);
        }
    }
    payers.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    payers
}
