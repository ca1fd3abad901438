//! Solver columns → an [`Allocation`] in domain terms.

use crate::domain::{Allocation, Contribution, Funding};
use crate::model::FundingModel;
use good_lp::{Expression, Solution, SolutionStatus, Variable};
use std::collections::HashMap;

/// Values below this (EUR, hours or scale) are solver noise and read as zero.
const NOISE: f64 = 1e-6;

/// Solver column values, looked up by variable (columns are in variable creation order).
struct Columns<'a> {
    values: &'a [f64],
    index: HashMap<Variable, usize>,
}

impl Solution for Columns<'_> {
    fn status(&self) -> SolutionStatus {
        SolutionStatus::Optimal
    }
    fn value(&self, variable: Variable) -> f64 {
        self.index.get(&variable).map_or(0.0, |&i| self.values[i])
    }
}

fn clean(value: f64) -> f64 {
    if value.abs() < NOISE {
        0.0
    } else {
        value
    }
}

/// Reads the plan out of the solver's column values.
pub fn allocation(model: &FundingModel, columns: &[f64]) -> Allocation {
    let index = model
        .vars
        .iter_variables_with_def()
        .enumerate()
        .map(|(i, (v, _))| (v, i))
        .collect();
    let values = Columns {
        values: columns,
        index,
    };
    let value = |v: Variable| clean(values.value(v));
    let eval = |e: &Expression| clean(e.eval_with(&values));
    let plan = &model.scenario.plan;

    let selected: Vec<bool> = model.select.iter().map(|&x| value(x) > 0.5).collect();
    let scale = plan
        .actions
        .iter()
        .enumerate()
        .map(|(a, action)| {
            if !selected[a] {
                0.0
            } else if action.min_scale < 1.0 {
                snap(
                    eval(&model.scale[a]).clamp(action.min_scale, 1.0),
                    action.min_scale,
                )
            } else {
                1.0
            }
        })
        .collect();

    let funding = model
        .funding
        .iter()
        .filter(|f| selected[f.action])
        .filter_map(|f| {
            let amount_eur = value(f.var);
            (amount_eur > 0.0).then_some(Funding {
                action: f.action,
                source: f.source,
                period: f.period,
                amount_eur,
            })
        })
        .collect();

    let mut joins = Vec::new();
    let mut contributions = Vec::new();
    for j in model
        .joins
        .iter()
        .filter(|j| selected[j.action] && value(j.join) > 0.5)
    {
        joins.push((j.action, j.partner));
        for p in 0..plan.periods.len() {
            let cash_eur = j.cash[p].map_or(0.0, value);
            let hours = j.hours[p].map_or(0.0, value);
            if cash_eur > 0.0 || hours > 0.0 {
                contributions.push(Contribution {
                    action: j.action,
                    partner: j.partner,
                    period: p,
                    cash_eur,
                    hours,
                });
            }
        }
    }

    let mut allocation = Allocation {
        scale,
        funding,
        joins,
        contributions,
    };
    settle_rounding(model, &mut allocation);
    allocation
}

/// A scale within solver noise of its bounds becomes exactly the bound.
fn snap(scale: f64, min_scale: f64) -> f64 {
    if (1.0 - scale).abs() < 1e-6 {
        1.0
    } else if (scale - min_scale).abs() < 1e-6 {
        min_scale
    } else {
        scale
    }
}

/// The solver meets "money = cost × scale" only up to its tolerance (a few cents on large
/// sums). Scale each action's flows in each period so they add up exactly; shares between
/// payers are kept. The verifier still checks every rule afterwards.
fn settle_rounding(model: &FundingModel, allocation: &mut Allocation) {
    let plan = &model.scenario.plan;
    let periods = plan.periods.len();
    let mut paid = vec![0.0; plan.actions.len() * periods];
    for f in &allocation.funding {
        paid[f.action * periods + f.period] += f.amount_eur;
    }
    for c in &allocation.contributions {
        paid[c.action * periods + c.period] += c.cash_eur;
    }
    let factor: Vec<f64> = paid
        .iter()
        .enumerate()
        .map(|(i, &paid)| {
            let (a, p) = (i / periods, i % periods);
            let needed = plan.actions[a].cost_eur[p] * allocation.scale[a];
            let noise = paid > 0.0 && (paid - needed).abs() <= 1e-6 * needed.max(1.0);
            if noise {
                needed / paid
            } else {
                1.0
            }
        })
        .collect();
    for f in &mut allocation.funding {
        f.amount_eur *= factor[f.action * periods + f.period];
    }
    for c in &mut allocation.contributions {
        c.cash_eur *= factor[c.action * periods + c.period];
    }
}
