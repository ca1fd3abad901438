//! What a plan reaches, from first principles: indicator totals, target shortfalls and the
//! scenario's objective. Plain arithmetic on the domain types, used by the verifier, the
//! results and the analyses alike (none of them is the others' library).

use super::{Allocation, Objective, Scenario, SourceKind};

/// Indicator totals reached by a plan: Σ impact(a, i) · scale(a).
pub fn indicator_totals(scenario: &Scenario, allocation: &Allocation) -> Vec<f64> {
    let mut totals = vec![0.0; scenario.plan.indicators.len()];
    for (action, &scale) in scenario.plan.actions.iter().zip(&allocation.scale) {
        for (total, impact) in totals.iter_mut().zip(&action.impact) {
            *total += impact * scale;
        }
    }
    totals
}

/// Shortfall of each target: how far below its minimum the plan stays (0 when met).
pub fn target_shortfalls(scenario: &Scenario, allocation: &Allocation) -> Vec<f64> {
    let totals = indicator_totals(scenario, allocation);
    scenario
        .plan
        .targets
        .iter()
        .map(|t| (t.min - totals[t.indicator]).max(0.0))
        .collect()
}

/// The scenario's objective evaluated on a plan, from first principles.
pub fn objective_value(scenario: &Scenario, allocation: &Allocation) -> f64 {
    let plan = &scenario.plan;
    let penalty: f64 = plan
        .targets
        .iter()
        .zip(target_shortfalls(scenario, allocation))
        .filter(|(t, _)| !t.hard)
        .map(|(t, short)| t.penalty * short)
        .sum();
    match scenario.objective {
        Objective::MaxImpact => {
            let totals = indicator_totals(scenario, allocation);
            let impact: f64 = totals
                .iter()
                .zip(&scenario.weights)
                .map(|(t, w)| t * w)
                .sum();
            impact - penalty
        }
        Objective::MinOwnCost => {
            let own: f64 = allocation
                .funding
                .iter()
                .filter(|f| plan.sources[f.source].kind == SourceKind::Own)
                .map(|f| f.amount_eur)
                .sum();
            own + penalty
        }
    }
}

/// The municipal staff hours a plan needs in period `p` from the actions picked by `counted`
/// (at their scale and start), less the hours partners give those actions: (needed, given by
/// partners).
pub fn staff_hours(
    scenario: &Scenario,
    allocation: &Allocation,
    p: usize,
    counted: &dyn Fn(usize) -> bool,
) -> (f64, f64) {
    let plan = &scenario.plan;
    let needed = (0..plan.actions.len())
        .filter(|&a| counted(a))
        .map(|a| {
            plan.actions[a].hours_when_delayed(p, allocation.delay_of(a)) * allocation.scale[a]
        })
        .sum();
    let given = allocation
        .contributions
        .iter()
        .filter(|c| c.period == p && counted(c.action))
        .map(|c| c.hours)
        .sum();
    (needed, given)
}
