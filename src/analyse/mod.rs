//! Decision analysis: pure questions asked of a scenario and its plan, answered by re-solving
//! variations of the same model.
//!
//! - [`marginal`]: what one more EUR or hour of each limit is worth, with the funded actions kept;
//! - [`explain`]: why an action is in or out, and what would change that;
//! - [`frontier`]: the best impact for each amount of a source's money;
//! - [`diagnose`]: for a scenario with no plan, the smallest change that makes one possible and
//!   the rules that conflict.
//!
//! This stage does not write files (that is [`crate::report`]) and does not judge plans (that is
//! [`crate::verify`], which re-checks every plan found here).

pub mod diagnose;
pub mod explain;
pub mod frontier;
pub mod marginal;

use crate::domain::{Allocation, Objective, Scenario};
use crate::model::{Adjustable, FundingModel, Rule};
pub(crate) use crate::solve::Prepared;
use good_lp::Variable;

/// Solver columns holding the yes/no decisions of `allocation` (funded actions, partners
/// joining, sources granting); every other column is 0.
pub(crate) fn decision_columns(model: &FundingModel, allocation: &Allocation) -> Vec<f64> {
    let index = model.column_index();
    let mut columns = vec![0.0; index.len()];
    let mut set = |v: Variable, on: bool| columns[index[&v]] = if on { 1.0 } else { 0.0 };
    for (a, &x) in model.select.iter().enumerate() {
        set(x, allocation.scale[a] > 0.0);
    }
    for j in &model.joins {
        set(j.join, allocation.joins.contains(&(j.action, j.partner)));
    }
    for (&(a, s), &used) in &model.grant_used {
        let grants = allocation
            .funding
            .iter()
            .any(|f| f.action == a && f.source == s && f.amount_eur > 0.0);
        set(used, grants);
    }
    columns
}

/// What a limit is counted in.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitUnit {
    /// Euros.
    Eur,
    /// Staff hours.
    Hours,
    /// A number of actions.
    Actions,
    /// Units of an indicator (its name).
    Indicator(String),
}

impl LimitUnit {
    /// The unit as written after a number.
    pub fn label(&self) -> &str {
        match self {
            LimitUnit::Eur => "EUR",
            LimitUnit::Hours => "hours",
            LimitUnit::Actions => "actions",
            LimitUnit::Indicator(name) => name,
        }
    }
}

/// The size of an adjustable limit, in EUR / hours / actions / indicator units (`None` for
/// rules that are not limits).
pub fn limit_of(scenario: &Scenario, rule: Rule) -> Option<(f64, LimitUnit)> {
    let plan = &scenario.plan;
    use crate::domain::Offer;
    let offer = |o: &Offer, p: Option<usize>| match (o, p) {
        (Offer::PerPeriod(v), Some(p)) => v[p],
        (Offer::Total(t), None) => *t,
        _ => 0.0,
    };
    Some(match rule.adjustable()? {
        Adjustable::SourcePeriod(s, p) => (plan.sources[s].budget_eur[p]?, LimitUnit::Eur),
        Adjustable::SourceTotal(s) => (plan.sources[s].budget_total_eur?, LimitUnit::Eur),
        Adjustable::PartnerCash(k, p) => (offer(&plan.partners[k].cash_eur, p), LimitUnit::Eur),
        Adjustable::PartnerHours(k, p) => {
            (offer(&plan.partners[k].staff_hours, p), LimitUnit::Hours)
        }
        Adjustable::PartnerActions(k) => (plan.partners[k].max_actions? as f64, LimitUnit::Actions),
        Adjustable::Staff(p) => (scenario.staff_capacity_hours.as_ref()?[p], LimitUnit::Hours),
        Adjustable::Must(_) => (1.0, LimitUnit::Actions),
        Adjustable::Target(t) => {
            let target = &plan.targets[t];
            let name = plan.indicators[target.indicator].clone();
            (target.min, LimitUnit::Indicator(name))
        }
    })
}

/// "ESF+ budget", but "Municipal budget" rather than "Municipal budget budget".
fn budget_of(source: &str) -> String {
    if source.to_lowercase().ends_with("budget") {
        source.to_string()
    } else {
        format!("{source} budget")
    }
}

/// The rule in a finance officer's words, e.g. "ESF+ budget for 2026".
pub fn describe(scenario: &Scenario, rule: Rule) -> String {
    let plan = &scenario.plan;
    let single = plan.periods.len() == 1;
    let period = |p: usize| {
        if single {
            String::new()
        } else {
            format!(" for {}", plan.periods[p])
        }
    };
    let whole = |p: Option<usize>| p.map_or(" (whole plan)".to_string(), period);
    let action = |a: usize| format!("\"{}\"", plan.actions[a].id);
    let source = |s: usize| plan.sources[s].name.as_str();
    let partner = |k: usize| plan.partners[k].name.as_str();
    match rule {
        Rule::Scale(a) => format!("the funded scale of {}", action(a)),
        Rule::Covered(a, p) => format!("the full cost of {}{} is covered", action(a), period(p)),
        Rule::SourcePeriod(s, p) => format!("{}{}", budget_of(source(s)), period(p)),
        Rule::SourceTotal(s) => match source(s) {
            name if name.to_lowercase().ends_with("budget") => format!("{name}, total"),
            name => format!("{name} total budget"),
        },
        Rule::Share(s, a) => format!(
            "{} pays at most {}% of {}",
            source(s),
            num(plan.sources[s].max_share * 100.0),
            action(a)
        ),
        Rule::GrantSize(s, a) => format!("{} grant size limits for {}", source(s), action(a)),
        Rule::PartnerJoins(k, a) => format!(
            "{} gives only to actions it joins ({})",
            partner(k),
            action(a)
        ),
        Rule::PartnerHoursNeeded(a, p) => format!(
            "partners' hours on {} fit what it needs{}",
            action(a),
            period(p)
        ),
        Rule::PartnerCash(k, p) => format!("{} cash offer{}", partner(k), whole(p)),
        Rule::PartnerHours(k, p) => format!("{} staff-hour offer{}", partner(k), whole(p)),
        Rule::PartnerActions(k) => format!(
            "{} joins at most {} actions",
            partner(k),
            plan.partners[k].max_actions.unwrap_or(0)
        ),
        Rule::Staff(p) => format!("municipal staff time{}", period(p)),
        Rule::Requires(a, b) => format!("{} requires {}", action(a), action(b)),
        Rule::Excludes(a, b) => format!("{} and {} exclude each other", action(a), action(b)),
        Rule::Must(a) => format!("{} must be funded", action(a)),
        Rule::Never(a) => format!("{} is never funded", action(a)),
        Rule::Target(t) => {
            let target = &plan.targets[t];
            format!(
                "target {} of at least {}",
                plan.indicators[target.indicator],
                num(target.min)
            )
        }
    }
}

/// What the objective counts, for sentences ("weighted impact points" or "EUR of own money").
pub fn objective_unit(scenario: &Scenario) -> &'static str {
    match scenario.objective {
        Objective::MaxImpact => "impact points",
        Objective::MinOwnCost => "EUR of own money",
    }
}

/// A number for sentences: whole numbers without decimals, others with up to two.
pub fn num(value: f64) -> String {
    use crate::format::number;
    if (value - value.round()).abs() < 0.005 {
        number(value, 0)
    } else {
        number(value, 2)
    }
}
