//! Planned against spent money: per action, payer and period up to `as_of`, with totals per
//! action and per payer, and each action's state.
//!
//! The plan's money is what the adopted plan gives: a source's funding and a partner's cash, per
//! action and period (after any delay the optimiser chose). Variance is spent − planned: above
//! zero the action spent more than planned, below zero less; as a share, of the planned amount
//! (none when nothing was planned).

use super::{share, TOLERANCE_EUR};
use crate::domain::actuals::{Actuals, Payer};
use crate::domain::{Allocation, Plan, SourceKind};
use serde::Serialize;
use std::collections::BTreeMap;

/// Money planned and spent, up to `as_of`.
#[derive(Debug, Clone, Serialize)]
pub struct Spending {
    /// Per action, payer and period with money planned or spent: plan order of actions,
    /// sources before partners, periods in order.
    pub rows: Vec<VarianceRow>,
    /// Per action funded by the plan, stopped, or with money spent on it (plan order).
    pub actions: Vec<ActionVariance>,
    /// Per source (plan order), then per partner with cash planned or spent.
    pub payers: Vec<PayerVariance>,
    /// All money.
    pub total: Amounts,
    /// Actions of the plan paid by a payer the plan gives them nothing from.
    pub unplanned_payers: Vec<UnplannedPayer>,
}

/// Planned against spent.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Amounts {
    /// EUR the plan gives over all its periods.
    pub planned_total_eur: f64,
    /// EUR the plan gives up to and including `as_of`.
    pub planned_to_date_eur: f64,
    /// EUR spent up to and including `as_of`.
    pub spent_eur: f64,
    /// `spent_eur − planned_to_date_eur`.
    pub variance_eur: f64,
    /// `variance_eur / planned_to_date_eur` (none when nothing was planned).
    pub variance_share: Option<f64>,
}

impl Amounts {
    fn new(planned_total_eur: f64, planned_to_date_eur: f64, spent_eur: f64) -> Amounts {
        let variance_eur = spent_eur - planned_to_date_eur;
        Amounts {
            planned_total_eur,
            planned_to_date_eur,
            spent_eur,
            variance_eur,
            variance_share: share(variance_eur, planned_to_date_eur),
        }
    }
}

/// Who pays: a funding source or a partner's cash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PayerType {
    /// A funding source of sources.csv.
    Source,
    /// A partner of partners.csv, paying cash.
    Partner,
}

/// One action, payer and period.
#[derive(Debug, Clone, Serialize)]
pub struct VarianceRow {
    /// Action id.
    pub action: String,
    /// Source or partner id.
    pub payer: String,
    /// Whether the payer is a source or a partner.
    pub payer_type: PayerType,
    /// Period label.
    pub period: String,
    /// EUR the plan gives.
    pub planned_eur: f64,
    /// EUR spent.
    pub spent_eur: f64,
    /// `spent_eur − planned_eur`.
    pub variance_eur: f64,
    /// `variance_eur / planned_eur` (none when nothing was planned).
    pub variance_share: Option<f64>,
}

/// Where an action stands against the plan at `as_of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionState {
    /// Spent what was planned (to within [`TOLERANCE_EUR`]).
    OnPlan,
    /// Spent more than planned up to `as_of`.
    Over,
    /// Spent something, but less than planned.
    Behind,
    /// Planned to spend by `as_of`, but spent nothing: delayed.
    NotStarted,
    /// Funded, but its money is planned for later periods, and nothing was spent yet.
    NotDue,
    /// Money was spent on it although the plan does not fund it.
    NotInPlan,
    /// Listed in stopped.csv.
    Stopped,
}

/// One action's money.
#[derive(Debug, Clone, Serialize)]
pub struct ActionVariance {
    /// Action id.
    pub action: String,
    /// Action name.
    pub name: String,
    /// Where it stands.
    pub state: ActionState,
    /// Planned and spent.
    #[serde(flatten)]
    pub amounts: Amounts,
    /// Why it was stopped, when stopped.csv says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop_reason: Option<String>,
}

/// One payer's money.
#[derive(Debug, Clone, Serialize)]
pub struct PayerVariance {
    /// Source or partner id.
    pub payer: String,
    /// Its name.
    pub name: String,
    /// Source or partner.
    pub payer_type: PayerType,
    /// The source's kind (none for a partner).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<SourceKind>,
    /// Planned and spent.
    #[serde(flatten)]
    pub amounts: Amounts,
}

/// Money an action of the plan got from a payer the plan does not give it anything from.
#[derive(Debug, Clone, Serialize)]
pub struct UnplannedPayer {
    /// Action id.
    pub action: String,
    /// Source or partner id.
    pub payer: String,
    /// EUR spent up to `as_of`.
    pub spent_eur: f64,
}

/// The money of the plan, per (action, payer, period).
fn planned(allocation: &Allocation) -> BTreeMap<(usize, Payer, usize), f64> {
    let mut planned = BTreeMap::new();
    for f in &allocation.funding {
        *planned
            .entry((f.action, Payer::Source(f.source), f.period))
            .or_insert(0.0) += f.amount_eur;
    }
    for c in allocation.contributions.iter().filter(|c| c.cash_eur > 0.0) {
        *planned
            .entry((c.action, Payer::Partner(c.partner), c.period))
            .or_insert(0.0) += c.cash_eur;
    }
    planned
}

/// Planned against spent money up to `as_of`.
pub fn spending(
    plan: &Plan,
    allocation: &Allocation,
    actuals: &Actuals,
    stop_reasons: &[Option<String>],
    as_of: usize,
) -> Spending {
    let planned = planned(allocation);
    let spent: BTreeMap<(usize, Payer, usize), f64> = actuals
        .spent
        .iter()
        .filter(|s| s.period <= as_of)
        .map(|s| ((s.action, s.payer, s.period), s.amount_eur))
        .collect();
    let payer_id = |payer: Payer| match payer {
        Payer::Source(s) => plan.sources[s].id.clone(),
        Payer::Partner(k) => plan.partners[k].id.clone(),
    };
    let payer_type = |payer: Payer| match payer {
        Payer::Source(_) => PayerType::Source,
        Payer::Partner(_) => PayerType::Partner,
    };

    // Every key with money planned up to `as_of` or spent, in order.
    let mut keys: Vec<(usize, Payer, usize)> = planned
        .keys()
        .filter(|k| k.2 <= as_of)
        .chain(spent.keys())
        .copied()
        .collect();
    keys.sort();
    keys.dedup();
    let amount = |map: &BTreeMap<(usize, Payer, usize), f64>, key| map.get(&key).copied();
    let rows = keys
        .iter()
        .map(|&key| {
            let planned_eur = amount(&planned, key).unwrap_or(0.0);
            let spent_eur = amount(&spent, key).unwrap_or(0.0);
            VarianceRow {
                action: plan.actions[key.0].id.clone(),
                payer: payer_id(key.1),
                payer_type: payer_type(key.1),
                period: plan.periods[key.2].clone(),
                planned_eur,
                spent_eur,
                variance_eur: spent_eur - planned_eur,
                variance_share: share(spent_eur - planned_eur, planned_eur),
            }
        })
        .collect();

    // Sums over the keys `keep` picks: (whole plan, planned to date, spent).
    let sums = |keep: &dyn Fn(&(usize, Payer, usize)) -> bool| {
        let planned_total: f64 = planned
            .iter()
            .filter(|(k, _)| keep(k))
            .map(|(_, v)| v)
            .sum();
        let planned_to_date: f64 = planned
            .iter()
            .filter(|(k, _)| k.2 <= as_of && keep(k))
            .map(|(_, v)| v)
            .sum();
        let spent: f64 = spent.iter().filter(|(k, _)| keep(k)).map(|(_, v)| v).sum();
        Amounts::new(planned_total + 0.0, planned_to_date + 0.0, spent + 0.0)
    };

    let actions = (0..plan.actions.len())
        .filter_map(|a| {
            let amounts = sums(&|k| k.0 == a);
            let funded = allocation.scale.get(a).is_some_and(|&x| x > 0.0);
            let stopped = actuals.stopped.get(a).copied().unwrap_or(false);
            if !funded && !stopped && amounts.spent_eur <= 0.0 {
                return None;
            }
            let state = state(funded, stopped, &amounts);
            Some(ActionVariance {
                action: plan.actions[a].id.clone(),
                name: plan.actions[a].name.clone(),
                state,
                amounts,
                stop_reason: stop_reasons.get(a).cloned().flatten(),
            })
        })
        .collect();

    let mut payers: Vec<PayerVariance> = plan
        .sources
        .iter()
        .enumerate()
        .map(|(s, source)| PayerVariance {
            payer: source.id.clone(),
            name: source.name.clone(),
            payer_type: PayerType::Source,
            kind: Some(source.kind),
            amounts: sums(&|k| k.1 == Payer::Source(s)),
        })
        .collect();
    payers.extend(plan.partners.iter().enumerate().filter_map(|(k, partner)| {
        let amounts = sums(&|key| key.1 == Payer::Partner(k));
        (amounts.planned_total_eur > 0.0 || amounts.spent_eur > 0.0).then(|| PayerVariance {
            payer: partner.id.clone(),
            name: partner.name.clone(),
            payer_type: PayerType::Partner,
            kind: None,
            amounts,
        })
    }));

    let mut unplanned_payers = Vec::new();
    for a in 0..plan.actions.len() {
        if !allocation.scale.get(a).is_some_and(|&x| x > 0.0) {
            continue;
        }
        let mut paid_by: Vec<Payer> = spent.keys().filter(|k| k.0 == a).map(|k| k.1).collect();
        paid_by.dedup();
        for payer in paid_by {
            let amounts = sums(&|k| k.0 == a && k.1 == payer);
            if amounts.planned_total_eur <= 0.0 && amounts.spent_eur >= TOLERANCE_EUR {
                unplanned_payers.push(UnplannedPayer {
                    action: plan.actions[a].id.clone(),
                    payer: payer_id(payer),
                    spent_eur: amounts.spent_eur,
                });
            }
        }
    }

    Spending {
        rows,
        actions,
        payers,
        total: sums(&|_| true),
        unplanned_payers,
    }
}

/// Where an action stands: stopped, not in the plan, or its spending to date against its plan
/// to date (differences under [`TOLERANCE_EUR`] are none).
fn state(funded: bool, stopped: bool, amounts: &Amounts) -> ActionState {
    let (planned, spent) = (amounts.planned_to_date_eur, amounts.spent_eur);
    if stopped {
        ActionState::Stopped
    } else if !funded {
        ActionState::NotInPlan
    } else if planned >= TOLERANCE_EUR && spent < TOLERANCE_EUR {
        ActionState::NotStarted
    } else if spent - planned >= TOLERANCE_EUR {
        ActionState::Over
    } else if planned - spent >= TOLERANCE_EUR {
        ActionState::Behind
    } else if planned < TOLERANCE_EUR && spent < TOLERANCE_EUR {
        ActionState::NotDue
    } else {
        ActionState::OnPlan
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amounts(planned: f64, spent: f64) -> Amounts {
        Amounts::new(planned, planned, spent)
    }

    #[test]
    fn states_follow_the_money_to_date() {
        assert_eq!(
            state(true, false, &amounts(100.0, 100.4)),
            ActionState::OnPlan
        );
        assert_eq!(
            state(true, false, &amounts(100.0, 120.0)),
            ActionState::Over
        );
        assert_eq!(
            state(true, false, &amounts(100.0, 60.0)),
            ActionState::Behind
        );
        assert_eq!(
            state(true, false, &amounts(100.0, 0.0)),
            ActionState::NotStarted
        );
        assert_eq!(state(true, false, &amounts(0.0, 0.0)), ActionState::NotDue);
        assert_eq!(state(true, false, &amounts(0.0, 50.0)), ActionState::Over);
        assert_eq!(
            state(false, false, &amounts(0.0, 50.0)),
            ActionState::NotInPlan
        );
        assert_eq!(
            state(true, true, &amounts(100.0, 0.0)),
            ActionState::Stopped
        );
    }

    #[test]
    fn variance_is_spent_less_planned_and_its_share_of_planned() {
        let a = amounts(200.0, 250.0);
        assert_eq!(a.variance_eur, 50.0);
        assert_eq!(a.variance_share, Some(0.25));
        assert_eq!(amounts(0.0, 10.0).variance_share, None);
    }
}
