//! Indicators against the plan: the trajectory the plan expects, what was reached, and whether
//! each target can still be reached.
//!
//! **The planned trajectory.** A funded action's impact (at its funded scale) accrues in
//! proportion to its planned spending: by the end of a period, the share of its cost the plan
//! spends up to then (after any delay the optimiser chose) times its impact. An action with no
//! cost at all delivers its whole impact in the first period it needs staff hours (else the
//! first period of the plan). The trajectory is the sum over the funded actions.
//!
//! **Still reachable.** What was reached so far (the sum of progress.csv up to `as_of`) plus
//! what the plan still expects from the periods after `as_of` (the planned trajectory's growth
//! after `as_of`, leaving out stopped actions) is the *projection at the end*; a target is
//! reachable when the projection is at least the target. The projection assumes the remaining
//! periods go as planned: it gives no credit for catching up on delayed work (that is the
//! re-plan's question) and none for what stopped actions would still have delivered.

use crate::domain::actuals::Actuals;
use crate::domain::{Action, Allocation, Plan};
use serde::Serialize;

/// One indicator: planned, reached and projected, per period and in total.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorProgress {
    /// Indicator name.
    pub indicator: String,
    /// The target's minimum, when the plan sets one.
    pub target: Option<f64>,
    /// Whether the target must be met (none without a target).
    pub hard: Option<bool>,
    /// The plan's trajectory: reached by the end of each period (cumulative), every period.
    pub planned_cumulative: Vec<f64>,
    /// Reached by the end of each period up to `as_of` (cumulative), from progress.csv.
    pub reached_cumulative: Vec<f64>,
    /// Reached so far, then the plan's growth after `as_of` without stopped actions
    /// (cumulative), every period.
    pub projected_cumulative: Vec<f64>,
    /// Reached up to and including `as_of`.
    pub reached: f64,
    /// What the plan expected by the end of `as_of`.
    pub planned_to_date: f64,
    /// What the plan expects by its end.
    pub planned_end: f64,
    /// What the plan still expects from the periods after `as_of` (stopped actions left out).
    pub still_expected: f64,
    /// `reached + still_expected`.
    pub projected_end: f64,
    /// Whether `projected_end` reaches the target (none without a target).
    pub reachable: Option<bool>,
}

/// For each period, the share of `action`'s impact delivered by its end when it starts `delay`
/// periods late: its cumulative share of its cost.
pub fn accrual(action: &Action, delay: usize) -> Vec<f64> {
    let periods = action.cost_eur.len();
    let cost: Vec<f64> = (0..periods)
        .map(|p| action.cost_when_delayed(p, delay))
        .collect();
    let total: f64 = cost.iter().sum();
    if total > 0.0 {
        let mut so_far = 0.0;
        return cost
            .iter()
            .map(|c| {
                so_far += c;
                (so_far / total).min(1.0)
            })
            .collect();
    }
    let start = (0..periods)
        .find(|&p| action.hours_when_delayed(p, delay) > 0.0)
        .unwrap_or(0);
    (0..periods)
        .map(|p| if p >= start { 1.0 } else { 0.0 })
        .collect()
}

/// Every indicator of the plan, in plan order.
pub fn progress(
    plan: &Plan,
    allocation: &Allocation,
    actuals: &Actuals,
    as_of: usize,
) -> Vec<IndicatorProgress> {
    let periods = plan.periods.len();
    let funded: Vec<(usize, f64, Vec<f64>)> = plan
        .actions
        .iter()
        .enumerate()
        .filter_map(|(a, action)| {
            let scale = allocation.scale.get(a).copied().unwrap_or(0.0);
            (scale > 0.0).then(|| (a, scale, accrual(action, allocation.delay_of(a))))
        })
        .collect();
    let stopped = |a: usize| actuals.stopped.get(a).copied().unwrap_or(false);
    plan.indicators
        .iter()
        .enumerate()
        .map(|(i, name)| {
            // Cumulative impact per period of the actions `keep` picks.
            let trajectory = |keep: &dyn Fn(usize) -> bool| -> Vec<f64> {
                (0..periods)
                    .map(|p| {
                        funded
                            .iter()
                            .filter(|(a, _, _)| keep(*a))
                            .map(|(a, scale, shares)| {
                                plan.actions[*a].impact[i] * scale * shares[p]
                            })
                            .fold(0.0, |sum, x| sum + x)
                    })
                    .collect()
            };
            let planned_cumulative = trajectory(&|_| true);
            let going_on = trajectory(&|a| !stopped(a));
            let mut reached_cumulative = Vec::with_capacity(as_of + 1);
            let mut so_far = 0.0;
            for p in 0..=as_of {
                so_far += actuals
                    .progress
                    .iter()
                    .filter(|g| g.indicator == i && g.period == p)
                    .map(|g| g.value)
                    .fold(0.0, |sum, x| sum + x);
                reached_cumulative.push(so_far);
            }
            let reached = so_far;
            let projected_cumulative: Vec<f64> = (0..periods)
                .map(|p| {
                    if p <= as_of {
                        reached_cumulative[p]
                    } else {
                        reached + (going_on[p] - going_on[as_of]).max(0.0)
                    }
                })
                .collect();
            let still_expected = (going_on[periods - 1] - going_on[as_of]).max(0.0);
            let projected_end = reached + still_expected;
            let target = plan.targets.iter().find(|t| t.indicator == i);
            IndicatorProgress {
                indicator: name.clone(),
                target: target.map(|t| t.min),
                hard: target.map(|t| t.hard),
                planned_to_date: planned_cumulative[as_of],
                planned_end: planned_cumulative[periods - 1],
                planned_cumulative,
                reached_cumulative,
                projected_cumulative,
                reached,
                still_expected,
                projected_end,
                reachable: target.map(|t| projected_end >= t.min - 1e-9 * t.min.abs().max(1.0)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(cost: &[f64], hours: &[f64]) -> Action {
        Action {
            id: "a".into(),
            name: "a".into(),
            category: String::new(),
            goal: String::new(),
            cost_eur: cost.to_vec(),
            staff_hours: hours.to_vec(),
            min_scale: 1.0,
            impact: vec![10.0],
            cost_range_eur: None,
            impact_range: vec![None],
            requires: Vec::new(),
            excludes: Vec::new(),
            status: crate::domain::Status::Free,
            latest_start: None,
            deadline: None,
            owner: None,
            owner_staff: None,
        }
    }

    #[test]
    fn impact_accrues_with_the_cost_spent() {
        let a = action(&[100.0, 300.0, 0.0], &[0.0, 0.0, 0.0]);
        assert_eq!(accrual(&a, 0), vec![0.25, 1.0, 1.0]);
        assert_eq!(accrual(&a, 1), vec![0.0, 0.25, 1.0], "a year late");
    }

    #[test]
    fn an_action_without_cost_delivers_when_its_staff_start() {
        let a = action(&[0.0, 0.0, 0.0], &[0.0, 20.0, 20.0]);
        assert_eq!(accrual(&a, 0), vec![0.0, 1.0, 1.0]);
        let idle = action(&[0.0, 0.0], &[0.0, 0.0]);
        assert_eq!(accrual(&idle, 0), vec![1.0, 1.0]);
    }
}
