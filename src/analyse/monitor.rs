//! Following the plan (`fundmix monitor`): the plan as adopted against what happened up to and
//! including a period (`as_of`). Pure functions over a validated scenario, its plan and the
//! recorded [`Actuals`]; nothing here solves, reads or writes files.
//!
//! - [`variance`]: planned and spent money per action, payer and period, with totals per action
//!   and per payer, and each action's state (over plan, not started, not in the plan, …);
//! - [`indicators`]: each indicator's planned trajectory, what it reached, and whether its
//!   target can still be reached;
//! - [`absorption`]: each source's committed, spent and remaining money, and what is at risk
//!   under its `spend_by` deadline;
//! - [`Warning`]s: the findings a finance officer must act on, in a fixed order.
//!
//! The re-plan of what is left is not made here (it solves): [`Monitor::replan`] is its place,
//! which `fundmix monitor` fills from `fundmix::replan`.
//!
//! Money differences smaller than [`TOLERANCE_EUR`] count as none, so that cents of rounding
//! in an accounting export raise no flag.

pub mod absorption;
pub mod indicators;
pub mod variance;

use crate::domain::actuals::Actuals;
use crate::domain::{Allocation, Scenario};
use crate::i18n::Lang;
use crate::solve::SolveStatus;
use absorption::SourceAbsorption;
use indicators::IndicatorProgress;
use serde::Serialize;
use variance::{ActionState, Spending};

/// Differences of money smaller than this (EUR) are treated as none.
pub const TOLERANCE_EUR: f64 = 1.0;

/// Everything `fundmix monitor` reports: one result every report and chart is written from.
#[derive(Debug, Clone, Serialize)]
pub struct Monitor {
    /// Scenario name.
    pub scenario: String,
    /// The last period that has passed (`--as-of`), as labelled in the plan.
    pub as_of: String,
    /// Its index in `periods`.
    #[serde(skip)]
    pub as_of_index: usize,
    /// Every period of the plan.
    pub periods: Vec<String>,
    /// Planned against spent money, per action, payer and period up to `as_of`.
    pub spending: Spending,
    /// Every indicator: planned trajectory, reached so far, target and whether it is reachable.
    pub indicators: Vec<IndicatorProgress>,
    /// Every source: committed, spent, remaining and at risk.
    pub absorption: Vec<SourceAbsorption>,
    /// What needs attention, most urgent kind first.
    pub warnings: Vec<Warning>,
    /// The plan for the periods after `as_of`, keeping what was spent (filled by
    /// `fundmix monitor` from `fundmix::replan`; `None` when not asked for).
    pub replan: Option<Replan>,
    /// The language of the readable reports.
    #[serde(skip)]
    pub lang: Lang,
}

/// A re-plan of what is left after `as_of`, as the reports show it: what `fundmix::replan`
/// gives (its scenario's solve, changes and money ahead), without the solver's details.
#[derive(Debug, Clone, Serialize)]
pub struct Replan {
    /// What the solver could establish for the re-plan.
    pub status: SolveStatus,
    /// The whole plan: the past as spent ([`Scenario::past`]), the rest re-optimised (not in
    /// monitor.json: `replan/` holds it in full).
    #[serde(skip)]
    pub allocation: Option<Allocation>,
    /// What it changes per action against the plan as adopted, and why
    /// ([`super::replan::changes`]).
    pub actions: Vec<ReplanAction>,
    /// Each source's money in the periods ahead, as adopted and as re-planned (sources paying
    /// nothing ahead in either left out).
    pub sources: Vec<ReplanSource>,
    /// The plan as adopted's objective (report units: impact points, or EUR of own money).
    pub objective_adopted: Option<f64>,
    /// The re-plan's objective, the past included (`None` without a plan).
    pub objective: Option<f64>,
}

/// One action the re-plan changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReplanAction {
    /// Action id.
    pub action: String,
    /// Action name.
    pub name: String,
    /// What changes (periods as indices into [`Monitor::periods`]).
    pub change: super::replan::Change,
    /// Why.
    pub why: super::replan::Why,
}

/// A source's money after the past, as adopted and as re-planned.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReplanSource {
    /// Source id.
    pub source: String,
    /// Source name.
    pub name: String,
    /// EUR the plan as adopted takes from it after the past.
    pub planned_eur: f64,
    /// EUR the re-plan takes from it after the past.
    pub replanned_eur: f64,
}

impl Replan {
    /// The re-plan as the reports show it: `changes` and `sources` (from
    /// [`super::replan::changes`]) named from `scenario`.
    pub fn new(
        scenario: &crate::domain::Scenario,
        status: SolveStatus,
        allocation: Option<Allocation>,
        changes: &[super::replan::ActionChange],
        sources: &[super::replan::SourceShift],
        objectives: (Option<f64>, Option<f64>),
    ) -> Replan {
        let plan = &scenario.plan;
        let actions = changes
            .iter()
            .map(|c| ReplanAction {
                action: plan.actions[c.action].id.clone(),
                name: plan.actions[c.action].name.clone(),
                change: c.change.clone(),
                why: c.why,
            })
            .collect();
        let sources = sources
            .iter()
            .filter(|s| s.planned_eur > 0.0 || s.replanned_eur > 0.0)
            .map(|s| ReplanSource {
                source: plan.sources[s.source].id.clone(),
                name: plan.sources[s.source].name.clone(),
                planned_eur: s.planned_eur,
                replanned_eur: s.replanned_eur,
            })
            .collect();
        Replan {
            status,
            allocation,
            actions,
            sources,
            objective_adopted: objectives.0,
            objective: objectives.1,
        }
    }
}

/// A finding that needs attention, in plain figures (the view words it).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// Money of a source with a `spend_by` deadline that the plan, as it stands, will not spend
    /// in time (see [`SourceAbsorption::at_risk_eur`]).
    MoneyAtRisk {
        /// Source id.
        source: String,
        /// Source name.
        name: String,
        /// EUR at risk.
        at_risk_eur: f64,
        /// The last period the money may be spent in.
        spend_by: String,
        /// True when that period has passed (the money is lost unless the programme extends
        /// the deadline).
        passed: bool,
    },
    /// The plan pays from a source after its `spend_by` period (a plan made by `fundmix` never
    /// does; a plan edited by hand might).
    PlannedAfterDeadline {
        /// Source id.
        source: String,
        /// Source name.
        name: String,
        /// EUR planned after the deadline.
        eur: f64,
        /// The deadline period.
        spend_by: String,
    },
    /// An EU source without a `spend_by` deadline that spends more slowly than planned.
    SlowEuSpending {
        /// Source id.
        source: String,
        /// Source name.
        name: String,
        /// EUR planned up to `as_of` and not spent.
        behind_eur: f64,
    },
    /// An indicator's target cannot be reached if the rest goes as planned.
    TargetOutOfReach {
        /// Indicator.
        indicator: String,
        /// The target.
        target: f64,
        /// Reached so far plus what the plan still expects.
        projected: f64,
    },
    /// An action spent more than planned up to `as_of`.
    Overrun {
        /// Action id.
        action: String,
        /// EUR planned up to `as_of`.
        planned_eur: f64,
        /// EUR spent.
        spent_eur: f64,
    },
    /// Money was spent on an action the plan does not fund.
    NotInPlan {
        /// Action id.
        action: String,
        /// EUR spent.
        spent_eur: f64,
    },
    /// An action of the plan was paid by a payer the plan gives it nothing from.
    PayerNotInPlan {
        /// Action id.
        action: String,
        /// Source or partner id.
        payer: String,
        /// EUR spent.
        spent_eur: f64,
    },
    /// An action planned to spend by `as_of` has spent nothing.
    NotStarted {
        /// Action id.
        action: String,
        /// EUR planned up to `as_of`.
        planned_eur: f64,
    },
}

/// Compares `allocation`, the plan of `scenario` as adopted, with what `actuals` recorded up to
/// and including period `as_of`; `stop_reasons` are stopped.csv's reasons per action.
pub fn monitor(
    scenario: &Scenario,
    allocation: &Allocation,
    actuals: &Actuals,
    stop_reasons: &[Option<String>],
    as_of: usize,
) -> Monitor {
    let plan = &scenario.plan;
    let spending = variance::spending(plan, allocation, actuals, stop_reasons, as_of);
    let indicators = indicators::progress(plan, allocation, actuals, as_of);
    let absorption = absorption::absorption(plan, allocation, actuals, as_of);
    let warnings = warnings(&spending, &indicators, &absorption);
    Monitor {
        scenario: scenario.name.clone(),
        as_of: plan.periods[as_of].clone(),
        as_of_index: as_of,
        periods: plan.periods.clone(),
        spending,
        indicators,
        absorption,
        warnings,
        replan: None,
        lang: scenario.lang,
    }
}

/// The warnings of a monitoring run: money at risk and planned after a deadline, slow EU
/// spending, targets out of reach, then per action overruns, money outside the plan and
/// actions not started; each kind in plan order.
fn warnings(
    spending: &Spending,
    indicators: &[IndicatorProgress],
    absorption: &[SourceAbsorption],
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for s in absorption {
        if let (Some(at_risk), Some(spend_by)) = (s.at_risk_eur, &s.spend_by) {
            if at_risk >= TOLERANCE_EUR {
                warnings.push(Warning::MoneyAtRisk {
                    source: s.source.clone(),
                    name: s.name.clone(),
                    at_risk_eur: at_risk,
                    spend_by: spend_by.clone(),
                    passed: s.deadline_passed,
                });
            }
        }
    }
    for s in absorption {
        if let Some(spend_by) = &s.spend_by {
            if s.planned_after_deadline_eur >= TOLERANCE_EUR {
                warnings.push(Warning::PlannedAfterDeadline {
                    source: s.source.clone(),
                    name: s.name.clone(),
                    eur: s.planned_after_deadline_eur,
                    spend_by: spend_by.clone(),
                });
            }
        }
    }
    for s in absorption {
        let eu = s.kind == crate::domain::SourceKind::Eu;
        if eu && s.spend_by.is_none() && s.behind_eur >= TOLERANCE_EUR {
            warnings.push(Warning::SlowEuSpending {
                source: s.source.clone(),
                name: s.name.clone(),
                behind_eur: s.behind_eur,
            });
        }
    }
    for i in indicators {
        if let (Some(target), Some(false)) = (i.target, i.reachable) {
            warnings.push(Warning::TargetOutOfReach {
                indicator: i.indicator.clone(),
                target,
                projected: i.projected_end,
            });
        }
    }
    let actions = &spending.actions;
    for a in actions.iter().filter(|a| a.state == ActionState::Over) {
        warnings.push(Warning::Overrun {
            action: a.action.clone(),
            planned_eur: a.amounts.planned_to_date_eur,
            spent_eur: a.amounts.spent_eur,
        });
    }
    for a in actions.iter().filter(|a| a.state == ActionState::NotInPlan) {
        warnings.push(Warning::NotInPlan {
            action: a.action.clone(),
            spent_eur: a.amounts.spent_eur,
        });
    }
    for p in &spending.unplanned_payers {
        warnings.push(Warning::PayerNotInPlan {
            action: p.action.clone(),
            payer: p.payer.clone(),
            spent_eur: p.spent_eur,
        });
    }
    for a in actions
        .iter()
        .filter(|a| a.state == ActionState::NotStarted)
    {
        warnings.push(Warning::NotStarted {
            action: a.action.clone(),
            planned_eur: a.amounts.planned_to_date_eur,
        });
    }
    warnings
}

/// The share `part / whole`, when `whole` is not zero.
pub fn share(part: f64, whole: f64) -> Option<f64> {
    (whole.abs() >= 1e-9).then(|| part / whole)
}
