//! Solver columns → an [`Allocation`] in domain terms.

use crate::domain::{Allocation, Contribution, Funding};
use crate::model::FundingModel;
use good_lp::{constraint, Expression, Solution, SolutionStatus, Variable};
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

/// The values of `expressions` at the solver's column values.
pub(crate) fn values_of<const N: usize>(
    model: &FundingModel,
    columns: &[f64],
    expressions: [&Expression; N],
) -> [f64; N] {
    let values = Columns {
        values: columns,
        index: model.column_index(),
    };
    expressions.map(|e| e.eval_with(&values))
}

/// Reads many expressions of one model at the same solver columns (one lookup table).
pub(crate) struct Reader<'a>(Columns<'a>);

impl<'a> Reader<'a> {
    /// A reader of `model`'s expressions at `columns`.
    pub(crate) fn new(model: &FundingModel, columns: &'a [f64]) -> Self {
        Reader(Columns {
            values: columns,
            index: model.column_index(),
        })
    }

    /// The value of `expression` (solver noise read as zero).
    pub(crate) fn value(&self, expression: &Expression) -> f64 {
        clean(expression.eval_with(&self.0))
    }
}

/// Constraints that keep every action's yes/no decision as it is in `columns`.
pub(super) fn fix_selection(model: &FundingModel, columns: &[f64]) -> Vec<good_lp::Constraint> {
    let index = model.column_index();
    model
        .select
        .iter()
        .map(|&x| {
            let on = if columns[index[&x]] > 0.5 { 1.0 } else { 0.0 };
            constraint!(x == on)
        })
        .collect()
}

/// Reads the plan out of the solver's column values; the model counts money in `unit`s of EUR.
pub fn allocation(model: &FundingModel, columns: &[f64], unit: f64) -> Allocation {
    let index = model.column_index();
    let values = Columns {
        values: columns,
        index,
    };
    let value = |v: Variable| clean(values.value(v));
    let eval = |e: &Expression| clean(e.eval_with(&values));
    let plan = &model.scenario.plan;

    let selected: Vec<bool> = model.select.iter().map(|&x| value(x) > 0.5).collect();
    let scale: Vec<f64> = plan
        .actions
        .iter()
        .enumerate()
        .map(|(a, action)| {
            if !selected[a] {
                0.0
            } else if action.min_scale < 1.0 {
                let cost_eur = action.total_cost_eur() * unit;
                snap(eval(&model.scale[a]), action.min_scale, cost_eur)
            } else {
                1.0
            }
        })
        .collect();

    // The start chosen: the one whose decision is on (the only one when there is no choice).
    let delay: Vec<usize> = (0..plan.actions.len())
        .map(|a| {
            let starts = &model.starts[a];
            let chosen = starts
                .iter()
                .find(|s| s.chosen.is_none_or(|y| value(y) > 0.5));
            match chosen {
                Some(start) if selected[a] => start.delay,
                _ => 0,
            }
        })
        .collect();

    // A source with a minimum grant pays an action only when its "grant used" binary is on;
    // a flow left with the binary off is solver noise below the minimum grant.
    let grant_on = |action: usize, source: usize| {
        model
            .grant_used
            .get(&(action, source))
            .is_none_or(|&used| values.value(used) >= 0.5)
    };
    let funding = model
        .funding
        .iter()
        .filter(|f| selected[f.action] && grant_on(f.action, f.source))
        .filter_map(|f| {
            let amount_eur = match f.var {
                Some(v) => value(v) * unit,
                // The only payer: the cost at the (snapped) funded scale.
                None => {
                    let cost = plan.actions[f.action].cost_when_delayed(f.period, delay[f.action]);
                    cost * scale[f.action] * unit
                }
            };
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
            let cash_eur = j.cash[p].map_or(0.0, value) * unit;
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
        delay,
    };
    settle_rounding(model, unit, &mut allocation);
    allocation
}

/// Money a snapped scale may move, at most: half a cent, which [`settle_rounding`] absorbs.
const SNAP_EUR: f64 = 0.005;

/// A scale within solver noise of its bounds becomes exactly the bound, but only when that moves
/// the action's cost (`cost_eur` at full scale) by at most half a cent. The money flows pay for
/// the solver's scale: on an action of 1e9 EUR a snap by 1e-6 would leave 1 000 EUR unpaid or
/// overpaid, so there the solver's scale is kept, even a hair outside its bounds (the verifier
/// allows that much).
fn snap(scale: f64, min_scale: f64, cost_eur: f64) -> f64 {
    let tolerance = if cost_eur > 0.0 {
        NOISE.min(SNAP_EUR / cost_eur)
    } else {
        NOISE
    };
    [1.0, min_scale]
        .into_iter()
        .find(|bound| (scale - bound).abs() <= tolerance)
        .unwrap_or(scale)
}

/// The solver meets "money = cost × scale" only up to its tolerance (fractions of a cent on
/// large sums). Round every flow to whole cents, then give each action's and period's rounding
/// remainder to its largest flow, so the flows add up to the cost to the cent. Flows that round
/// to nothing are dropped. The verifier still checks every rule afterwards.
fn settle_rounding(model: &FundingModel, unit: f64, allocation: &mut Allocation) {
    let plan = &model.scenario.plan;
    let periods = plan.periods.len();
    let cents = |x: f64| (x * 100.0).round() / 100.0;
    allocation
        .funding
        .iter_mut()
        .for_each(|f| f.amount_eur = cents(f.amount_eur));
    allocation
        .contributions
        .iter_mut()
        .for_each(|c| c.cash_eur = cents(c.cash_eur));

    // Per (action, period): the amount paid and the largest flow (funding index, or contribution
    // index shifted past the funding).
    let mut paid = vec![0.0; plan.actions.len() * periods];
    let mut largest: Vec<Option<(f64, usize)>> = vec![None; paid.len()];
    let amounts = allocation
        .funding
        .iter()
        .map(|f| (f.action, f.period, f.amount_eur))
        .chain(
            allocation
                .contributions
                .iter()
                .map(|c| (c.action, c.period, c.cash_eur)),
        );
    for (i, (a, p, amount)) in amounts.enumerate() {
        let cell = a * periods + p;
        paid[cell] += amount;
        if largest[cell].is_none_or(|(best, _)| amount > best) {
            largest[cell] = Some((amount, i));
        }
    }
    let n_funding = allocation.funding.len();
    for (cell, &paid) in paid.iter().enumerate() {
        let (a, p) = (cell / periods, cell % periods);
        let cost = plan.actions[a].cost_when_delayed(p, allocation.delay_of(a));
        let needed = cost * unit * allocation.scale[a];
        let remainder = cents(needed) - paid;
        let Some((_, i)) = largest[cell] else {
            continue;
        };
        if remainder.abs() > 0.0 && remainder.abs() <= 0.05 {
            if i < n_funding {
                allocation.funding[i].amount_eur =
                    cents(allocation.funding[i].amount_eur + remainder);
            } else {
                let c = &mut allocation.contributions[i - n_funding];
                c.cash_eur = cents(c.cash_eur + remainder);
            }
        }
    }
    allocation.funding.retain(|f| f.amount_eur > 0.0);
    allocation
        .contributions
        .retain(|c| c.cash_eur > 0.0 || c.hours > 0.0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load_scenario;

    /// A 1 000 EUR action with two payers: `own`, and `fund` with a minimum grant of 500.
    fn scenario() -> (tempfile::TempDir, crate::domain::Scenario) {
        let dir = tempfile::tempdir().unwrap();
        let tables = [
            ("actions.csv", "id,cost,impact_points\nA,1000,1\n"),
            (
                "sources.csv",
                "id,kind,budget,min_grant\nown,own,1000,\nfund,grant,1000,500\n",
            ),
        ];
        for (name, text) in tables {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let scenario = load_scenario(dir.path()).unwrap();
        (dir, scenario)
    }

    // Regression: a flow of a source whose "grant used" binary the solver left (nearly) off was
    // kept, a few cents below the source's min_grant, and the verifier rejected the plan.
    #[test]
    fn flow_with_grant_used_off_is_dropped() {
        let (_dir, scenario) = scenario();
        let model = FundingModel::build(&scenario);
        let mut values: HashMap<Variable, f64> = HashMap::new();
        values.insert(model.select[0], 1.0);
        for f in &model.funding {
            let source = &scenario.plan.sources[f.source].id;
            let var = f.var.expect("two payers: a decision each");
            values.insert(var, if source == "own" { 999.99 } else { 0.01 });
        }
        let used = model.grant_used[&(0, 1)];
        values.insert(used, 1e-7);
        let columns = |values: &HashMap<Variable, f64>| -> Vec<f64> {
            model
                .vars
                .iter_variables_with_def()
                .map(|(v, _)| values.get(&v).copied().unwrap_or(0.0))
                .collect()
        };

        let plan = allocation(&model, &columns(&values), 1.0);
        let paid: Vec<(usize, f64)> = plan
            .funding
            .iter()
            .map(|f| (f.source, f.amount_eur))
            .collect();
        // The cent left by the dropped flow goes to the own budget with the rounding.
        assert_eq!(paid, vec![(0, 1000.0)]);
        assert!(crate::verify::verify(&scenario, &plan).is_empty());

        // With the binary on, the flow is kept, and the verifier names the broken min_grant.
        values.insert(used, 1.0);
        let plan = allocation(&model, &columns(&values), 1.0);
        assert_eq!(plan.funding.len(), 2);
        let violations = crate::verify::verify(&scenario, &plan);
        assert!(
            violations
                .iter()
                .any(|v| v.rule == crate::domain::RuleKind::GrantSize),
            "{violations:?}"
        );
    }
}
