//! Why is an action in the plan, or out of it? Answered by re-solving the scenario with the
//! action forced the other way.
//!
//! - For an action **left out**: the objective lost if it is forced in and the actions it would
//!   displace; the cost at which it would enter on its own and, for `max-impact`, the weighted
//!   impact it would need, both exact (see [`entry_factor`]).
//! - For a **funded** action: its value to the plan (the objective lost if it is left out), the
//!   actions that would replace it, and the sources and partners that carry it.
//! - For a funded action that **starts later than written** (its `latest_start` lets it move):
//!   the plan with the action held to its written start, and the limits that are full, in the
//!   periods it would then need more money or hours, in the plan as it is ([`LaterStart`]).
//!
//! When forcing the action makes the scenario impossible, the explanation carries the
//! [`super::diagnose`] answer for the forced scenario.

use super::diagnose::{diagnose, Diagnosis};
use super::marginal::{marginal_values, Limit};
use super::Prepared;
use crate::checked::{solve_checked, Failure};
use crate::domain::{Allocation, Objective, Scenario, Status};
use crate::model::{FundingModel, Parameter, Sense};
use crate::solve::stage::{hold, run_stage, StageRequest};
use crate::solve::{values_of, SolveOptions, SolveOutcome};
use good_lp::Expression;
use serde::Serialize;

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
    /// Accuracy of `enters_at_eur` (EUR): it is rounded down to the euro.
    pub tolerance_eur: f64,
}

/// The weighted impact at which an action left out would enter (`max-impact` only).
#[derive(Debug, Clone, Serialize)]
pub struct EntryImpact {
    /// Its weighted impact at full scale now (impact points).
    pub impact_now: f64,
    /// The weighted impact it would need (more than this).
    pub impact_needed: f64,
}

/// When a funded action runs (a plan over several periods).
#[derive(Debug, Clone, Serialize)]
pub struct Runs {
    /// The first period it runs in (label).
    pub from: String,
    /// The last period it runs in.
    pub to: String,
    /// How many periods later than written it starts (0: as written).
    pub delay_periods: usize,
    /// The first period it was written to run in.
    pub written_from: String,
}

/// Why a funded action starts later than written: what holding it to its written start would
/// do, and what is full when it would start.
#[derive(Debug, Clone, Serialize)]
pub struct LaterStart {
    /// The plan with the action funded and held to its written start (its `latest_start`
    /// dropped), against the plan.
    pub as_written: Counterfactual,
    /// The periods (labels) in which the action, as written, needs more money or staff hours
    /// than where the plan puts it.
    pub periods: Vec<String>,
    /// The limits the plan uses in full in those periods that the action would draw on (a
    /// budget of a source that may pay it, a partner's offer to it, the staff hours, its
    /// owner's hours), most valuable first.
    pub full: Vec<Limit>,
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
    /// What the objective counts ("impact points" or "EUR of own money", in every language).
    pub objective_unit: &'static str,
    /// The scenario's aim.
    #[serde(skip)]
    pub aim: Objective,
    /// The action's weighted impact at full scale (impact points).
    #[serde(skip)]
    pub weighted_impact: f64,
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
    /// For a funded action in a plan over several periods: when it runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runs: Option<Runs>,
    /// For a funded action that starts later than written: why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub later_start: Option<LaterStart>,
    /// The language of the explanation's words (the scenario's).
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
}

/// Explains action `action` (an index into the plan) of `scenario`; `None` when the scenario
/// has no plan (see [`super::diagnose`] for why).
pub fn explain(
    scenario: &Scenario,
    action: usize,
    options: &SolveOptions,
) -> Result<Option<Explanation>, Failure> {
    // Planners mostly ask about actions left out: the plan with the action forced in is solved
    // beside the plan itself, before it is known whether it is needed. Once the plan is known,
    // the entry points of an action left out (which need only the plan's value) start, the
    // longer one (impact) here and the other free for the first thread to take.
    let (forced_in, found) = rayon::join(
        || forced_plan(scenario, action, Status::Must, options),
        || -> Result<_, Failure> {
            let base = solve_checked(scenario, options)?;
            let (Some(allocation), Some(objective)) = (&base.allocation, base.objective) else {
                return Ok(None);
            };
            if allocation.scale[action] > 0.0 {
                // A funded action that moved: the plan with it held to its written start too.
                let moved = allocation.delay_of(action) > 0;
                let (forced_out, as_written) = rayon::join(
                    || forced_plan(scenario, action, Status::Never, options),
                    || {
                        moved
                            .then(|| solve_checked(&as_written(scenario, action), options))
                            .transpose()
                    },
                );
                return Ok(Some((base, Some((forced_out?, as_written?)), None, None)));
            }
            let (impact, cost) = rayon::join(
                || match scenario.objective {
                    Objective::MaxImpact => entry_impact(scenario, action, objective, options),
                    Objective::MinOwnCost => Ok(None),
                },
                || entry_cost(scenario, action, objective, options),
            );
            Ok(Some((base, None, Some(cost?), impact?)))
        },
    );
    let Some((base, forced_out, entry_cost, entry_impact)) = found? else {
        return Ok(None);
    };
    let (Some(allocation), Some(objective)) = (&base.allocation, base.objective) else {
        return Ok(None);
    };
    let plan = &scenario.plan;
    let scale = allocation.scale[action];
    let (status, outcome, held) = match forced_out {
        Some((outcome, held)) => (Status::Never, outcome, held),
        None => (Status::Must, forced_in?, None),
    };
    let changed = forced(scenario, action, status);
    let forced = counterfactual(scenario, allocation, objective, action, &changed, outcome)?;
    let marginals = marginal_values(scenario, allocation)?;
    let later_start = match held {
        Some(outcome) => Some(LaterStart {
            as_written: counterfactual(
                scenario,
                allocation,
                objective,
                action,
                &as_written(scenario, action),
                outcome,
            )?,
            periods: needing_more(scenario, action, allocation.delay_of(action))
                .into_iter()
                .map(|p| plan.periods[p].clone())
                .collect(),
            full: full_when_written(scenario, allocation, action, &marginals),
        }),
        None => None,
    };
    Ok(Some(Explanation {
        action: plan.actions[action].id.clone(),
        name: plan.actions[action].name.clone(),
        scale,
        status: plan.actions[action].status,
        objective_unit: super::objective_unit(scenario),
        aim: scenario.objective,
        weighted_impact: weighted_impact(scenario, action),
        objective,
        forced,
        entry_cost,
        entry_impact,
        carried_by: carried_by(scenario, allocation, action),
        top_limits: marginals.binding().take(3).cloned().collect(),
        runs: runs(scenario, allocation, action),
        later_start,
        lang: scenario.lang,
    }))
}

/// When funded action `action` runs in `allocation`; `None` for an action left out, in a plan of
/// one period, or that needs neither money nor hours in any period.
fn runs(scenario: &Scenario, allocation: &Allocation, action: usize) -> Option<Runs> {
    let periods = &scenario.plan.periods;
    if allocation.scale[action] <= 0.0 || periods.len() < 2 {
        return None;
    }
    let (first, last) = scenario.plan.actions[action].active_periods()?;
    let delay = allocation.delay_of(action);
    Some(Runs {
        from: periods[first + delay].clone(),
        to: periods[last + delay].clone(),
        delay_periods: delay,
        written_from: periods[first].clone(),
    })
}

/// `scenario` with action `action` funded and held to its written start: its `latest_start`
/// dropped (it then runs as written) and its status `must`.
fn as_written(scenario: &Scenario, action: usize) -> Scenario {
    let mut held = forced(scenario, action, Status::Must);
    held.plan.actions[action].latest_start = None;
    held
}

/// The periods in which `action`, as written, needs more money or staff hours than it does
/// `delay` periods later.
fn needing_more(scenario: &Scenario, action: usize, delay: usize) -> Vec<usize> {
    let a = &scenario.plan.actions[action];
    (0..scenario.plan.periods.len())
        .filter(|&p| {
            a.cost_eur[p] > a.cost_when_delayed(p, delay)
                || a.staff_hours[p] > a.hours_when_delayed(p, delay)
        })
        .collect()
}

/// The limits `allocation` uses in full in the periods where `action`, as written, would need
/// more, that the action would draw on: a budget of a source that may pay it, a partner's offer
/// to it, the municipal staff hours, its owner's hours.
fn full_when_written(
    scenario: &Scenario,
    allocation: &Allocation,
    action: usize,
    marginals: &super::marginal::Marginals,
) -> Vec<Limit> {
    use crate::model::Adjustable;
    let plan = &scenario.plan;
    let a = &plan.actions[action];
    let periods = needing_more(scenario, action, allocation.delay_of(action));
    let then = |p: usize| periods.contains(&p);
    let needs_hours = |p: usize| a.staff_hours[p] > 0.0;
    let partner = |k: usize| plan.partners[k].eligible[action];
    marginals
        .binding()
        .filter(|l| match l.rule.adjustable() {
            Some(Adjustable::SourcePeriod(s, p)) => then(p) && plan.sources[s].eligible[action],
            Some(Adjustable::PartnerCash(k, Some(p))) => then(p) && partner(k),
            Some(Adjustable::PartnerHours(k, Some(p))) => then(p) && needs_hours(p) && partner(k),
            Some(Adjustable::Staff(p)) => then(p) && needs_hours(p),
            Some(Adjustable::OwnerStaff(o, p)) => {
                then(p) && needs_hours(p) && a.owner_staff == Some(o)
            }
            // Limits over the whole plan, or not of a period: moving the action changes
            // nothing in them.
            Some(
                Adjustable::SourceTotal(_)
                | Adjustable::PartnerCash(_, None)
                | Adjustable::PartnerHours(_, None)
                | Adjustable::PartnerActions(_)
                | Adjustable::Must(_)
                | Adjustable::Target(_),
            )
            | None => false,
        })
        .cloned()
        .collect()
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

/// `scenario` with action `action` forced to `status`.
fn forced(scenario: &Scenario, action: usize, status: Status) -> Scenario {
    let mut forced = scenario.clone();
    forced.plan.actions[action].status = status;
    forced
}

/// The best plan of `scenario` with action `action` forced to `status`, checked.
fn forced_plan(
    scenario: &Scenario,
    action: usize,
    status: Status,
    options: &SolveOptions,
) -> Result<SolveOutcome, Failure> {
    solve_checked(&forced(scenario, action, status), options)
}

/// What changing `scenario` into `changed` (action `action` forced in or out, or held to its
/// written start) does, from the plan of `changed` (`outcome`).
fn counterfactual(
    scenario: &Scenario,
    allocation: &Allocation,
    objective: f64,
    action: usize,
    changed: &Scenario,
    outcome: SolveOutcome,
) -> Result<Counterfactual, Failure> {
    let Some(other) = &outcome.allocation else {
        let diagnosis = diagnose(changed)?;
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
/// costs the plan nothing: the highest cost factor (lowest impact factor) with the objective
/// held at `objective`, the plan's value (report units). `None` when no factor lets the action
/// in. The model makes the action's cost (impact) at its funded scale a decision
/// ([`FundingModel::build_parametric`]); the factor is that decision divided by the scale. For
/// an all-or-nothing action (scale 1) one solve finds it; for a scalable action the ratio is
/// optimised by Dinkelbach's method (a few solves of `decision - factor x scale`, each factor
/// the ratio of the last plan, until no plan beats it).
fn entry_factor(
    scenario: &Scenario,
    action: usize,
    objective: f64,
    parameter: Parameter,
    options: &SolveOptions,
) -> Result<Option<f64>, Failure> {
    let prepared = Prepared::new(&forced(scenario, action, Status::Must));
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
    let scale = model.scale[action].clone();
    let options = SolveOptions {
        show_progress: false,
        ..*options
    };
    let mut ratio = 0.0;
    for _ in 0..DINKELBACH_ROUNDS {
        let found = run_stage(
            &model,
            &StageRequest {
                extra: &held,
                options,
                ..StageRequest::new(
                    Expression::from(factor) - ratio * scale.clone(),
                    factor_sense,
                )
            },
        )?;
        let Some(columns) = found.columns else {
            return Ok(None);
        };
        let [at, at_scale] = values_of(&model, &columns, [&Expression::from(factor), &scale]);
        let next = at / at_scale.max(1e-12);
        // No plan beats the last ratio (an all-or-nothing action: the first answer is exact).
        let done = scenario.plan.actions[action].min_scale >= 1.0
            || found.objective.abs() <= 1e-9 * next.abs().max(1.0);
        ratio = next;
        if done {
            break;
        }
    }
    Ok(Some(ratio))
}

/// Most solves of Dinkelbach's method in [`entry_factor`] (it converges in a few; the cap
/// only bounds a numerically stuck search, whose last ratio is then kept).
const DINKELBACH_ROUNDS: usize = 20;

/// The highest cost at which an action left out of the plan worth `objective` enters, to the
/// euro (rounded down).
fn entry_cost(
    scenario: &Scenario,
    action: usize,
    objective: f64,
    options: &SolveOptions,
) -> Result<EntryCost, Failure> {
    let cost = scenario.plan.actions[action].total_cost_eur();
    let factor = entry_factor(scenario, action, objective, Parameter::Cost, options)?;
    Ok(EntryCost {
        cost_eur: cost,
        // Rounded to the cent first: a factor a hair below the exact one must not lose a euro
        // to `floor`.
        enters_at_eur: factor.map(|f| ((f * cost * 100.0).round() / 100.0).floor()),
        tolerance_eur: 1.0,
    })
}

/// The weighted impact at which an action left out of the plan worth `objective` enters.
fn entry_impact(
    scenario: &Scenario,
    action: usize,
    objective: f64,
    options: &SolveOptions,
) -> Result<Option<EntryImpact>, Failure> {
    let now = weighted_impact(scenario, action);
    if now <= 0.0 {
        return Ok(None); // no indicator with a weight to raise
    }
    let factor = entry_factor(scenario, action, objective, Parameter::Impact, options)?;
    Ok(factor.map(|f| EntryImpact {
        impact_now: now,
        impact_needed: f * now,
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
