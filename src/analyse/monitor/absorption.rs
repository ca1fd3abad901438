//! Absorption: how much of each source's money the plan commits, how much is spent, and what
//! is at risk under the source's `spend_by` deadline (the EU n+2/n+3 rule).
//!
//! For each source, with `as_of` the last period that has passed:
//! - **committed**: what the plan pays from it over all periods;
//! - **planned to date** and **spent**: up to and including `as_of`; **behind** is planned to
//!   date less spent (0 when spending is ahead), **absorbed** is spent / planned to date;
//! - **remaining**: committed less spent;
//! - **still planned by the deadline**: what the plan pays from it after `as_of` up to and
//!   including `spend_by` (every later period when it has no deadline), to actions that are not
//!   stopped;
//! - **at risk** (only with a `spend_by`): committed − spent − still planned by the deadline,
//!   and never below 0. It is the committed money that, if the rest goes as planned, is not
//!   spent by the deadline: what was planned by now and not spent (the plan has no later period
//!   for it), what stopped actions would have spent, and anything planned after the deadline.
//!   Once `as_of` reaches `spend_by`, it is all the unspent money: lost, unless the programme
//!   extends the deadline.
//! - **planned after the deadline**: what the plan pays from it after `spend_by` (a plan made
//!   by fundmix never does; a plan edited by hand might).

use super::share;
use crate::domain::actuals::{Actuals, Payer};
use crate::domain::{Allocation, Plan, SourceKind};
use serde::Serialize;

/// One source's absorption.
#[derive(Debug, Clone, Serialize)]
pub struct SourceAbsorption {
    /// Source id.
    pub source: String,
    /// Source name.
    pub name: String,
    /// Its kind (`eu`, `own`, …).
    pub kind: SourceKind,
    /// The last period its money may be spent in, when it has a deadline.
    pub spend_by: Option<String>,
    /// What the plan pays from it over all periods.
    pub committed_eur: f64,
    /// What the plan pays from it up to and including `as_of`.
    pub planned_to_date_eur: f64,
    /// What it paid up to and including `as_of`.
    pub spent_eur: f64,
    /// `spent_eur / planned_to_date_eur` (none when nothing was planned).
    pub absorbed_share: Option<f64>,
    /// `planned_to_date_eur − spent_eur`, 0 when spending is ahead.
    pub behind_eur: f64,
    /// `committed_eur − spent_eur` (below 0 when it paid more than committed).
    pub remaining_eur: f64,
    /// What the plan pays from it after `as_of` up to `spend_by` (or the plan's end), to
    /// actions not stopped.
    pub still_planned_eur: f64,
    /// `committed − spent − still planned`, at least 0 (none without a deadline).
    pub at_risk_eur: Option<f64>,
    /// What the plan pays from it after `spend_by`.
    pub planned_after_deadline_eur: f64,
    /// True when `as_of` has reached `spend_by`: no period is left to spend it in.
    pub deadline_passed: bool,
}

/// Every source, in plan order.
pub fn absorption(
    plan: &Plan,
    allocation: &Allocation,
    actuals: &Actuals,
    as_of: usize,
) -> Vec<SourceAbsorption> {
    let stopped = |a: usize| actuals.stopped.get(a).copied().unwrap_or(false);
    plan.sources
        .iter()
        .enumerate()
        .map(|(s, source)| {
            let last = source.spend_by.unwrap_or(plan.periods.len() - 1);
            let funding = || allocation.funding.iter().filter(move |f| f.source == s);
            let sum = |keep: &dyn Fn(usize, usize) -> bool| {
                funding()
                    .filter(|f| keep(f.action, f.period))
                    .map(|f| f.amount_eur)
                    .fold(0.0, |sum, x| sum + x)
            };
            let committed_eur = sum(&|_, _| true);
            let planned_to_date_eur = sum(&|_, p| p <= as_of);
            let still_planned_eur = sum(&|a, p| p > as_of && p <= last && !stopped(a));
            let planned_after_deadline_eur = sum(&|_, p| p > last);
            let spent_eur = actuals
                .spent
                .iter()
                .filter(|x| x.payer == Payer::Source(s) && x.period <= as_of)
                .map(|x| x.amount_eur)
                .fold(0.0, |sum, x| sum + x);
            SourceAbsorption {
                source: source.id.clone(),
                name: source.name.clone(),
                kind: source.kind,
                spend_by: source.spend_by.map(|p| plan.periods[p].clone()),
                committed_eur,
                planned_to_date_eur,
                spent_eur,
                absorbed_share: share(spent_eur, planned_to_date_eur),
                behind_eur: (planned_to_date_eur - spent_eur).max(0.0),
                remaining_eur: committed_eur - spent_eur,
                still_planned_eur,
                at_risk_eur: source
                    .spend_by
                    .map(|_| (committed_eur - spent_eur - still_planned_eur).max(0.0)),
                planned_after_deadline_eur,
                deadline_passed: source.spend_by.is_some_and(|d| as_of >= d),
            }
        })
        .collect()
}
