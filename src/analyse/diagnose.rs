//! Why a scenario has no plan, and the smallest change that gives it one.
//!
//! Two questions, answered by re-solving:
//!
//! 1. **What must give?** The elastic model ([`FundingModel::build_elastic`]) lets every
//!    adjustable limit (budgets, partner offers, staff time, targets, `must` status) be broken
//!    by a slack. Solving it for the fewest broken limits, then the smallest breaks relative to
//!    each limit's size, gives the smallest set of changes that makes a plan possible, with
//!    amounts ("add 38 000 EUR to the municipal budget for 2026"). Forbidding that set and
//!    solving again gives alternatives.
//! 2. **Which rules conflict?** A deletion filter over the adjustable limits: drop each limit in
//!    turn and keep it dropped when the scenario stays without a plan. What remains is an
//!    irreducible set: these limits cannot all hold together, but any one of them can go
//!    (given the rules that are facts of the plan: costs covered, co-financing rates, grant
//!    sizes, links between actions). HiGHS computes such sets only for linear programs, so
//!    fundmix filters the mixed-integer model itself, one limit at a time.

use super::{describe, limit_of, num_in, unit_words, LimitUnit, Prepared};
use crate::domain::Scenario;
use crate::model::{Adjustable, FundingModel, Rule, Sense};
use crate::solve::stage::{hold, run_stage, StageRequest};
use crate::solve::{SolveError, SolveStatus};
use crate::t;
use good_lp::{constraint, Expression};
use serde::Serialize;
use std::collections::BTreeSet;

/// The most alternative fixes looked for.
const MAX_FIXES: usize = 3;

/// One change to one limit.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// The rule changed.
    #[serde(skip)]
    pub rule: Rule,
    /// The limit in words.
    pub what: String,
    /// What the limit is counted in, as the data writes it (`EUR`, `hours`, `actions` or the
    /// indicator's name).
    pub unit: String,
    /// The limit now.
    pub limit: f64,
    /// How far it must move (EUR, hours, actions or indicator units).
    pub by: f64,
    /// The limit after the change (for a target: the most that can be reached).
    pub new_limit: f64,
    /// The change in a sentence, in the scenario's language.
    pub advice: String,
}

/// A set of changes that together make a plan possible.
#[derive(Debug, Clone, Serialize)]
pub struct Fix {
    /// The changes, in rule order.
    pub changes: Vec<Change>,
}

/// Why a scenario has no plan.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnosis {
    /// Smallest fixes, best first: fewest changes, then smallest changes relative to each
    /// limit. Empty when no change to the adjustable limits helps.
    pub fixes: Vec<Fix>,
    /// Limits that cannot all hold together (an irreducible conflicting set), in words (in the
    /// scenario's language).
    pub conflict: Vec<String>,
    /// The same limits as rules.
    #[serde(skip)]
    pub conflict_rules: Vec<Rule>,
    /// The language of the diagnosis's words (the scenario's).
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
}

/// Diagnoses a scenario that has no plan. (For a scenario that has one, `fixes` and
/// `conflict` come back empty.)
pub fn diagnose(scenario: &Scenario) -> Result<Diagnosis, SolveError> {
    let prepared = Prepared::new(scenario);
    let fixes = smallest_fixes(scenario, &prepared)?;
    let conflict_rules = conflicting_limits(&prepared)?;
    Ok(Diagnosis {
        fixes,
        conflict: conflict_rules
            .iter()
            .map(|&r| limit_sentence(scenario, r))
            .collect(),
        conflict_rules,
        lang: scenario.lang,
    })
}

/// "ESF+ budget for 2026 (210 000 EUR)".
fn limit_sentence(scenario: &Scenario, rule: Rule) -> String {
    let tr = scenario.lang.tr();
    match (rule, limit_of(scenario, rule)) {
        (Rule::Must(_) | Rule::Target(_), _) | (_, None) => describe(scenario, rule),
        (_, Some((limit, unit))) => {
            format!(
                "{} ({} {})",
                describe(scenario, rule),
                num_in(tr, limit),
                unit_words(tr, &unit)
            )
        }
    }
}

fn smallest_fixes(scenario: &Scenario, prepared: &Prepared) -> Result<Vec<Fix>, SolveError> {
    let model = FundingModel::build_elastic(&prepared.scenario);
    let mut count = Expression::default();
    let mut size = Expression::default();
    for slack in &model.slacks {
        count.add_mul(1.0, slack.used);
        size.add_mul(1.0 / slack.scale, slack.amount);
    }
    let mut fixes = Vec::new();
    let mut forbidden = Vec::new();
    while fixes.len() < MAX_FIXES {
        let fewest = run_stage(
            &model,
            &StageRequest {
                extra: &forbidden,
                ..StageRequest::new(count.clone(), Sense::Minimise)
            },
        )?;
        if fewest.columns.is_none() || fewest.objective < 0.5 {
            break; // no more fixes, or the scenario has a plan as it is
        }
        let mut held = forbidden.clone();
        held.push(hold(count.clone(), Sense::Minimise, fewest.objective));
        let smallest = run_stage(
            &model,
            &StageRequest {
                extra: &held,
                warm_start: fewest.columns.as_deref(),
                ..StageRequest::new(size.clone(), Sense::Minimise)
            },
        )?;
        let Some(columns) = smallest.columns.or(fewest.columns) else {
            break;
        };
        let index = model.column_index();
        let value = |v| columns[index[&v]];
        let used: Vec<_> = model
            .slacks
            .iter()
            .filter(|s| value(s.used) > 0.5 && value(s.amount) > 1e-7 * s.scale)
            .collect();
        if used.is_empty() {
            break;
        }
        let changes = used
            .iter()
            .map(|s| change(scenario, prepared.unit, s.rule, value(s.amount)))
            .collect();
        fixes.push(Fix { changes });
        // Next: a fix that does not use all of these limits.
        let mut same = Expression::default();
        for s in &used {
            same.add_mul(1.0, s.used);
        }
        forbidden.push(constraint!(same <= used.len() as f64 - 1.0));
    }
    Ok(fixes)
}

/// The change to `rule` by `amount` (model units), in words.
fn change(scenario: &Scenario, unit: f64, rule: Rule, amount: f64) -> Change {
    let (limit, limit_unit) = limit_of(scenario, rule).unwrap_or((0.0, LimitUnit::Actions));
    let by = if limit_unit == LimitUnit::Eur {
        // Whole euros, rounded up so that the change is enough.
        (amount * unit - 1e-6).ceil().max(0.0)
    } else if matches!(rule, Rule::Target(_)) {
        amount
    } else {
        (amount - 1e-6).ceil().max(0.0)
    };
    let what = describe(scenario, rule);
    let label = limit_unit.label().to_string();
    let tr = scenario.lang.tr();
    let num = |value: f64| num_in(tr, value);
    let plan = &scenario.plan;
    let (new_limit, advice) = match rule.adjustable() {
        Some(Adjustable::Target(t)) => {
            let reachable = limit - by;
            let name = &plan.indicators[plan.targets[t].indicator];
            (
                reachable,
                t!(
                    tr,
                    "an-fix-target",
                    indicator = name,
                    from = num(limit),
                    to = num(reachable)
                ),
            )
        }
        Some(Adjustable::Must(a)) => (0.0, t!(tr, "an-fix-must", action = &plan.actions[a].id)),
        Some(Adjustable::PartnerActions(k)) => (
            limit + by,
            t!(
                tr,
                "an-fix-partner-actions",
                partner = &plan.partners[k].name,
                // A whole number of actions (rounded up above).
                by = by as usize,
                limit = num(limit)
            ),
        ),
        Some(
            Adjustable::SourcePeriod(..)
            | Adjustable::SourceTotal(_)
            | Adjustable::PartnerCash(..)
            | Adjustable::PartnerHours(..)
            | Adjustable::Staff(_)
            | Adjustable::OwnerStaff(..),
        )
        | None => (
            limit + by,
            t!(
                tr,
                "an-fix-add",
                by = num(by),
                unit = unit_words(tr, &limit_unit),
                what = &what,
                from = num(limit),
                to = num(limit + by)
            ),
        ),
    };
    Change {
        rule,
        what,
        unit: label,
        limit,
        by,
        new_limit,
        advice,
    }
}

/// Whether the model with only these adjustable limits (and every other rule) has a plan.
fn has_plan(model: &FundingModel, limits: &BTreeSet<Rule>) -> Result<bool, SolveError> {
    let keep = |rule: Rule| !rule.is_adjustable() || limits.contains(&rule);
    let found = run_stage(
        model,
        &StageRequest {
            keep: Some(&keep),
            ..StageRequest::new(Expression::default(), Sense::Minimise)
        },
    )?;
    Ok(found.status != SolveStatus::Infeasible)
}

/// A deletion filter over the adjustable limits: an irreducible set that has no plan.
fn conflicting_limits(prepared: &Prepared) -> Result<Vec<Rule>, SolveError> {
    let model = FundingModel::build(&prepared.scenario);
    let mut kept: BTreeSet<Rule> = model
        .rules
        .iter()
        .copied()
        .filter(|r| r.is_adjustable())
        .collect();
    if has_plan(&model, &kept)? {
        return Ok(Vec::new());
    }
    for rule in kept.clone() {
        kept.remove(&rule);
        if has_plan(&model, &kept)? {
            kept.insert(rule); // needed for the conflict
        }
    }
    Ok(kept.into_iter().collect())
}
