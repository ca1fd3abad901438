//! Marginal values ("shadow prices"): what one more EUR of a budget, one more staff hour or one
//! unit less of a target is worth, **with the funded actions kept as they are**.
//!
//! The plan's yes/no decisions (actions funded, partners joining, grants used) are fixed and the
//! linear program that remains (scales of scalable actions, money flows, partner amounts,
//! shortfalls) is re-solved; the dual value of each limit is its marginal value, and HiGHS
//! ranging gives the range of the limit over which that value holds. Two programs are solved:
//! the scenario's objective, then the tie-break (own money for `max-impact`, impact for
//! `min-own-cost`) with the objective held. A different set of funded actions can be worth more:
//! that is what [`super::explain`] and [`super::frontier`] look at.

use super::{decision_columns, describe, limit_of, LimitUnit, Prepared};
use crate::domain::metrics::staff_hours;
use crate::domain::{Allocation, Objective, Scenario};
use crate::model::{Adjustable, FundingModel, Rule};
use crate::solve::stage::{hold, run_stage, RowDual, Sense, StageRequest};
use crate::solve::SolveError;
use serde::Serialize;

/// One limit of the plan with its use and marginal values.
#[derive(Debug, Clone, Serialize)]
pub struct Limit {
    /// The rule.
    #[serde(skip)]
    pub rule: Rule,
    /// The limit in words ("ESF+ budget for 2026").
    pub what: String,
    /// What the limit is counted in.
    pub unit: String,
    /// The limit (a budget, an offer, a capacity, a target level).
    pub limit: f64,
    /// How much of it the plan uses (for a target: the level reached).
    pub used: f64,
    /// True when the plan uses the limit in full (for a target: reaches it exactly).
    pub binding: bool,
    /// Objective gained per unit more of the limit (per unit less, for a target), with the
    /// funded actions kept: weighted impact points for `max-impact`, EUR of own money saved
    /// for `min-own-cost`.
    pub objective_per_unit: f64,
    /// The tie-break gained per unit more, with the objective held: EUR of own money saved for
    /// `max-impact`, weighted impact points for `min-own-cost`.
    pub tiebreak_per_unit: f64,
    /// The lowest value of the limit at which `objective_per_unit` still holds, where known.
    pub valid_from: Option<f64>,
    /// The highest value of the limit at which `objective_per_unit` still holds, where known.
    pub valid_to: Option<f64>,
    /// The lowest value of the limit at which `tiebreak_per_unit` still holds, where known.
    pub tiebreak_valid_from: Option<f64>,
    /// The highest value of the limit at which `tiebreak_per_unit` still holds, where known.
    pub tiebreak_valid_to: Option<f64>,
}

impl Limit {
    /// Objective change from 1% more of the limit: how limits of different units are ranked.
    pub fn weight(&self) -> f64 {
        self.objective_per_unit * self.limit.abs() * 0.01
    }
}

/// The marginal values of a plan.
#[derive(Debug, Clone, Serialize)]
pub struct Marginals {
    /// What `objective_per_unit` counts ("impact points" or "EUR of own money").
    pub objective_unit: &'static str,
    /// What `tiebreak_per_unit` counts.
    pub tiebreak_unit: &'static str,
    /// Every adjustable limit (budgets, offers, staff, targets), most valuable first.
    pub limits: Vec<Limit>,
}

impl Marginals {
    /// The limits the plan uses in full, most valuable first.
    pub fn binding(&self) -> impl Iterator<Item = &Limit> {
        self.limits.iter().filter(|l| l.binding)
    }
}

/// EUR per model unit of an objective: own money is counted in model money units.
fn objective_factor(objective: Objective, unit: f64, tiebreak: bool) -> f64 {
    let money = !matches!(
        (objective, tiebreak),
        (Objective::MaxImpact, false) | (Objective::MinOwnCost, true)
    );
    if money {
        unit
    } else {
        1.0
    }
}

/// The fixed-decision linear programs of `allocation`: objective and tie-break rows.
struct FixedPlan {
    objective: f64,
    tiebreak: f64,
    rows: Vec<RowDual>,
    tiebreak_rows: Vec<RowDual>,
}

fn solve_fixed(
    model: &FundingModel,
    allocation: &Allocation,
) -> Result<Option<FixedPlan>, SolveError> {
    let fixed = decision_columns(model, allocation);
    let [(primary, sense), (secondary, secondary_sense)] = model.objectives();
    let request = StageRequest {
        fix_decisions: Some(&fixed),
        ..StageRequest::new(primary.clone(), sense)
    };
    let first = run_stage(model, &request)?;
    let Some(rows) = first.rows else {
        return Ok(None);
    };
    let held = [hold(primary, sense, first.objective)];
    let request = StageRequest {
        fix_decisions: Some(&fixed),
        extra: &held,
        ..StageRequest::new(secondary, secondary_sense)
    };
    let second = run_stage(model, &request)?;
    let Some(tiebreak_rows) = second.rows else {
        return Ok(None);
    };
    Ok(Some(FixedPlan {
        objective: first.objective,
        tiebreak: second.objective,
        rows,
        tiebreak_rows,
    }))
}

/// The objective and tie-break values (report units: impact points, EUR) of the best amounts
/// for `allocation`'s yes/no decisions. `None` when those decisions admit no plan. Used to
/// check marginal values by finite differences.
pub fn fixed_plan_value(
    scenario: &Scenario,
    allocation: &Allocation,
) -> Result<Option<(f64, f64)>, SolveError> {
    let prepared = Prepared::new(scenario);
    let model = FundingModel::build(&prepared.scenario);
    let unit = prepared.unit;
    Ok(solve_fixed(&model, allocation)?.map(|f| {
        (
            f.objective * objective_factor(scenario.objective, unit, false),
            f.tiebreak * objective_factor(scenario.objective, unit, true),
        )
    }))
}

/// The marginal values of every adjustable limit of `allocation` (a plan of `scenario`).
pub fn marginal_values(
    scenario: &Scenario,
    allocation: &Allocation,
) -> Result<Marginals, SolveError> {
    let prepared = Prepared::new(scenario);
    let unit = prepared.unit;
    let model = FundingModel::build(&prepared.scenario);
    let [(_, sense), (_, secondary_sense)] = model.objectives();
    let mut marginals = Marginals {
        objective_unit: super::objective_unit(scenario),
        tiebreak_unit: super::tiebreak_unit(scenario),
        limits: Vec::new(),
    };
    let Some(fixed) = solve_fixed(&model, allocation)? else {
        return Ok(marginals);
    };
    let gain = |dual: f64, loosen: f64, sense: Sense| match sense {
        Sense::Maximise => dual * loosen,
        Sense::Minimise => -dual * loosen,
    };
    for (i, &rule) in model.rules.iter().enumerate() {
        if !rule.is_adjustable() || matches!(rule, Rule::Must(_) | Rule::PartnerActions(_)) {
            continue;
        }
        let Some((limit, limit_unit)) = limit_of(scenario, rule) else {
            continue;
        };
        let (row, tie_row) = (fixed.rows[i], fixed.tiebreak_rows[i]);
        let money = limit_unit == LimitUnit::Eur;
        let row_factor = if money { unit } else { 1.0 };
        // Loosening a limit raises an upper bound, or lowers a target.
        let loosen = if matches!(rule, Rule::Target(_)) {
            -1.0
        } else {
            1.0
        };
        let per_unit = |dual: f64, sense: Sense, tiebreak: bool| {
            let value = gain(dual, loosen, sense)
                * objective_factor(scenario.objective, unit, tiebreak)
                / row_factor;
            if value.abs() < 1e-9 {
                0.0
            } else {
                value
            }
        };
        if limit == 0.0 && matches!(rule, Rule::PartnerCash(..) | Rule::PartnerHours(..)) {
            continue; // the partner offers nothing of this kind
        }
        let used = used_in_plan(scenario, allocation, rule);
        // Money flows are rounded to cents: allow a euro on money limits.
        let tolerance = 1e-6 * limit.abs().max(1.0) + if money { 1.0 } else { 0.0 };
        // HiGHS ranges the bound of a row only where the row is active; elsewhere the value (0)
        // holds for as long as the limit is not reached, and no range is stated.
        let range = |row: &RowDual| {
            let active = (row.activity * row_factor - limit).abs() <= tolerance;
            let finite = |v: f64| {
                (active && v.is_finite() && v.abs() < 1e30).then_some(v * row_factor + 0.0)
            };
            (finite(row.bound_down), finite(row.bound_up))
        };
        let ((valid_from, valid_to), (tiebreak_valid_from, tiebreak_valid_to)) =
            (range(&row), range(&tie_row));
        marginals.limits.push(Limit {
            rule,
            what: describe(scenario, rule),
            unit: limit_unit.label().to_string(),
            limit,
            used,
            binding: (used - limit).abs() <= tolerance
                || (!matches!(rule, Rule::Target(_)) && used > limit),
            objective_per_unit: per_unit(row.dual, sense, false),
            tiebreak_per_unit: per_unit(tie_row.dual, secondary_sense, true),
            valid_from,
            valid_to,
            tiebreak_valid_from,
            tiebreak_valid_to,
        });
    }
    marginals.limits.sort_by(|a, b| {
        b.weight()
            .total_cmp(&a.weight())
            .then(
                (b.tiebreak_per_unit * b.limit.abs())
                    .total_cmp(&(a.tiebreak_per_unit * a.limit.abs())),
            )
            .then(b.binding.cmp(&a.binding))
            .then(a.rule.cmp(&b.rule))
    });
    Ok(marginals)
}

/// How much of the limit of `rule` the plan uses (for a target: the level reached), in EUR,
/// hours or indicator units.
fn used_in_plan(scenario: &Scenario, allocation: &Allocation, rule: Rule) -> f64 {
    let plan = &scenario.plan;
    let funding = |s: usize, p: Option<usize>| -> f64 {
        allocation
            .funding
            .iter()
            .filter(|f| f.source == s && p.is_none_or(|p| f.period == p))
            .map(|f| f.amount_eur)
            .sum()
    };
    let given = |k: usize, p: Option<usize>, cash: bool| -> f64 {
        allocation
            .contributions
            .iter()
            .filter(|c| c.partner == k && p.is_none_or(|p| c.period == p))
            .map(|c| if cash { c.cash_eur } else { c.hours })
            .sum()
    };
    let Some(limit) = rule.adjustable() else {
        return 0.0; // a fact of the plan, not a limit with a use
    };
    match limit {
        Adjustable::SourcePeriod(s, p) => funding(s, Some(p)),
        Adjustable::SourceTotal(s) => funding(s, None),
        Adjustable::PartnerCash(k, p) => given(k, p, true),
        Adjustable::PartnerHours(k, p) => given(k, p, false),
        Adjustable::PartnerActions(k) => {
            allocation.joins.iter().filter(|j| j.1 == k).count() as f64
        }
        Adjustable::Staff(p) => {
            let (need, relieved) = staff_hours(scenario, allocation, p, &|_| true);
            need - relieved
        }
        Adjustable::OwnerStaff(o, p) => {
            let carried = |a: usize| plan.actions[a].owner_staff == Some(o);
            let (need, relieved) = staff_hours(scenario, allocation, p, &carried);
            need - relieved
        }
        Adjustable::Target(t) => {
            let target = &plan.targets[t];
            plan.actions
                .iter()
                .zip(&allocation.scale)
                .map(|(a, s)| a.impact[target.indicator] * s)
                .sum()
        }
        Adjustable::Must(a) => f64::from(u8::from(allocation.scale[a] > 0.0)),
    }
}
