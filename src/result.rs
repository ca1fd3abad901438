//! The one result type that every report is written from.
//!
//! [`ScenarioResult`] gathers, for one scenario, the status, the chosen actions, the money by
//! source and period, partners, staff hours and indicators. It is plain data (serialisable), so
//! reports never reach back into the solver or the model.

use crate::domain::metrics::{indicator_totals, objective_value, target_shortfalls};
use crate::domain::{Allocation, Objective, Scenario, SourceKind};
use crate::solve::{SolveOutcome, SolveStatus};
use crate::timings::Timings;
use serde::Serialize;

/// Adds two amounts. Sums here start from `+0.0` (`fold(0.0, add)`), not with `Iterator::sum`:
/// an empty `f64` sum is `-0.0`, which reports printed as "leverage -0.00" or "-0.0" in JSON.
fn add(sum: f64, value: f64) -> f64 {
    sum + value
}

/// Everything known about one solved scenario.
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioResult {
    /// Scenario name.
    pub scenario: String,
    /// `max-impact` or `min-own-cost`.
    pub objective_kind: Objective,
    /// `optimal`, `within_gap`, `time_limit`, `infeasible` or `unbounded`.
    pub status: SolveStatus,
    /// The objective's value for the plan (weighted impact points, or EUR for `min-own-cost`).
    pub objective: Option<f64>,
    /// The best objective any plan could reach, as far as the solver proved.
    pub best_bound: Option<f64>,
    /// Relative gap between `objective` and `best_bound` (0 = proven best).
    pub gap: Option<f64>,
    /// True when the result holds a plan, which the independent check found keeps every rule
    /// (a plan that breaks one is an error, never a result).
    pub verified: bool,
    /// Period labels.
    pub periods: Vec<String>,
    /// Funded actions, in plan order.
    pub selected: Vec<SelectedAction>,
    /// Ids of the actions left out, in plan order.
    pub not_selected: Vec<String>,
    /// `must` actions left unfunded (all of them when the scenario has no plan).
    pub must_not_funded: Vec<String>,
    /// Every action in plan order with its funded scale (0 = out), for selection charts.
    #[serde(skip)]
    pub actions: Vec<ActionScale>,
    /// Each source's use against its budget.
    pub sources: Vec<SourceUse>,
    /// Each partner's participation.
    pub partners: Vec<PartnerUse>,
    /// Own money, external money and leverage.
    pub money: MoneySummary,
    /// Municipal staff hours per period.
    pub staff: Vec<StaffUse>,
    /// Each indicator against its target.
    pub indicators: Vec<IndicatorResult>,
    /// Every money flow: action, source or partner, period, EUR.
    #[serde(skip)]
    pub flows: Vec<Flow>,
    /// What limits the plan: every budget, offer, staff and target limit with its use and
    /// marginal value (absent without a plan).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limits: Option<crate::analyse::marginal::Marginals>,
    /// Why the scenario has no plan, and the smallest changes that would give it one (only for
    /// an infeasible scenario).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diagnosis: Option<crate::analyse::diagnose::Diagnosis>,
    /// Wall-clock solve time (left out with `--no-timings`, for byte-identical reports).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub solve_seconds: Option<f64>,
    /// Where the run's time went, step by step (left out with `--no-timings`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timings: Option<crate::timings::Timings>,
    /// The language of the readable reports (`summary.json` and the CSV files are data and
    /// keep their English keys whatever the language).
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
    /// When each funded action runs and who carries it, in plan order (empty without a plan).
    pub timeline: Vec<TimedAction>,
    /// Each owner of `owners.csv`: the staff hours the funded actions it carries need, per
    /// period, against its hours (empty without that file).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<OwnerUse>,
}

/// When a funded action runs: its periods after the optimiser's choice of start, as written,
/// and the bounds it had. Periods are labels; a period that does not exist is `None`.
#[derive(Debug, Clone, Serialize)]
pub struct TimedAction {
    /// Action id.
    pub action: String,
    /// Action name.
    pub name: String,
    /// SMART goal (may be empty).
    pub goal: String,
    /// Who carries it (`owner` in actions.csv: an owner of owners.csv or a partner), if said.
    pub owner: Option<String>,
    /// The first period it costs money or needs staff hours in, where the plan puts it; `None`
    /// when it needs neither in any period.
    pub start: Option<String>,
    /// The last such period.
    pub end: Option<String>,
    /// How many periods later than written it starts (0: as written).
    pub delay_periods: usize,
    /// The first period it costs money or needs staff hours in, as written.
    pub written_start: Option<String>,
    /// The last period it may start in (`latest_start`), if given.
    pub latest_start: Option<String>,
    /// The last period it may end in (`deadline`), if given.
    pub deadline: Option<String>,
}

/// An owner's staff hours (`owners.csv`) and what the funded actions it carries need.
#[derive(Debug, Clone, Serialize)]
pub struct OwnerUse {
    /// Owner id, as the `owner` column of actions.csv names it.
    pub owner: String,
    /// Readable name.
    pub name: String,
    /// Per period: hours its funded actions need, partners give, are left for its staff, and
    /// the hours it has (`capacity_hours`).
    pub staff: Vec<StaffUse>,
}

/// A funded action.
#[derive(Debug, Clone, Serialize)]
pub struct SelectedAction {
    /// Action id.
    pub action: String,
    /// Action name.
    pub name: String,
    /// SMART goal.
    pub goal: String,
    /// Funded scale (1 = in full).
    pub scale: f64,
    /// Cost at that scale, all periods.
    pub cost_eur: f64,
}

/// One period's use of a source.
#[derive(Debug, Clone, Serialize)]
pub struct PeriodUse {
    /// Period label.
    pub period: String,
    /// EUR used.
    pub used_eur: f64,
    /// The cap for the period, if any.
    pub budget_eur: Option<f64>,
}

/// An action and its funded scale.
#[derive(Debug, Clone, Serialize)]
pub struct ActionScale {
    /// Action id.
    pub action: String,
    /// Action name.
    pub name: String,
    /// Funded scale (0 = not funded, 1 = in full).
    pub scale: f64,
}

/// A source's use.
#[derive(Debug, Clone, Serialize)]
pub struct SourceUse {
    /// Source id.
    pub source: String,
    /// Source name.
    pub name: String,
    /// Kind (`own`, `eu`, ...).
    pub kind: SourceKind,
    /// Per period.
    pub periods: Vec<PeriodUse>,
    /// EUR used over the plan.
    pub used_eur: f64,
    /// Total budget, if given.
    pub budget_total_eur: Option<f64>,
    /// False when the scenario switches the source off (it may fund no action).
    pub enabled: bool,
}

/// A partner's participation.
#[derive(Debug, Clone, Serialize)]
pub struct PartnerUse {
    /// Partner id.
    pub partner: String,
    /// Partner name.
    pub name: String,
    /// Ids of the actions it joins.
    pub actions: Vec<String>,
    /// Cash given over the plan.
    pub cash_eur: f64,
    /// Staff hours given over the plan.
    pub hours: f64,
}

/// Money totals.
#[derive(Debug, Clone, Serialize)]
pub struct MoneySummary {
    /// Cost of the funded actions at their scale.
    pub total_cost_eur: f64,
    /// From sources of kind `own`.
    pub own_eur: f64,
    /// From every other source and from partners' cash.
    pub external_eur: f64,
    /// Of which partners' cash.
    pub partner_cash_eur: f64,
    /// External EUR per own EUR (none when no own money is used).
    pub leverage: Option<f64>,
}

/// Municipal staff hours in one period.
#[derive(Debug, Clone, Serialize)]
pub struct StaffUse {
    /// Period label.
    pub period: String,
    /// Hours the funded actions need.
    pub needed_hours: f64,
    /// Hours partners give.
    pub partner_hours: f64,
    /// Hours left for municipal staff.
    pub municipal_hours: f64,
    /// Capacity, if limited.
    pub capacity_hours: Option<f64>,
}

/// An indicator's result.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorResult {
    /// Indicator name.
    pub indicator: String,
    /// Weight in the objective.
    pub weight: f64,
    /// Reached by the plan.
    pub reached: f64,
    /// Target minimum, if any.
    pub target: Option<f64>,
    /// Whether the target is hard.
    pub hard: Option<bool>,
    /// Shortfall against the target.
    pub shortfall: f64,
}

/// One money flow, as in `allocation.csv`.
#[derive(Debug, Clone)]
pub struct Flow {
    /// Action id.
    pub action: String,
    /// Source or partner id.
    pub payer: String,
    /// Period label.
    pub period: String,
    /// EUR.
    pub amount_eur: f64,
}

impl SourceUse {
    /// The money this source could give over the plan (see [`crate::domain::available_eur`]).
    pub fn available_eur(&self) -> Option<f64> {
        crate::domain::available_eur(
            self.budget_total_eur,
            self.periods.iter().map(|p| p.budget_eur),
        )
    }
}

/// The analyses of a solved scenario that its reports show.
#[derive(Debug, Clone, Default)]
pub struct Analyses {
    /// What limits the plan (with a plan).
    pub limits: Option<crate::analyse::marginal::Marginals>,
    /// Why no plan is possible (an infeasible scenario).
    pub diagnosis: Option<crate::analyse::diagnose::Diagnosis>,
}

impl ScenarioResult {
    /// Builds the result of solving `scenario`, whose plan (if any) has passed the independent
    /// check, with the analyses of it and where the run's time went.
    pub fn new(
        scenario: &Scenario,
        outcome: &SolveOutcome,
        analyses: Analyses,
        timings: Timings,
    ) -> Self {
        let plan = &scenario.plan;
        let empty = Allocation {
            scale: vec![0.0; plan.actions.len()],
            ..Allocation::default()
        };
        let allocation = outcome.allocation.as_ref().unwrap_or(&empty);
        let has_plan = outcome.allocation.is_some();

        let mut selected = Vec::new();
        let mut not_selected = Vec::new();
        let mut must_not_funded = Vec::new();
        let mut actions = Vec::with_capacity(plan.actions.len());
        for (action, &scale) in plan.actions.iter().zip(&allocation.scale) {
            actions.push(ActionScale {
                action: action.id.clone(),
                name: action.name.clone(),
                scale,
            });
            if scale == 0.0 && action.status == crate::domain::Status::Must {
                must_not_funded.push(action.id.clone());
            }
            if scale > 0.0 {
                selected.push(SelectedAction {
                    action: action.id.clone(),
                    name: action.name.clone(),
                    goal: action.goal.clone(),
                    scale,
                    cost_eur: action.total_cost_eur() * scale,
                });
            } else {
                not_selected.push(action.id.clone());
            }
        }

        let sources: Vec<SourceUse> = plan
            .sources
            .iter()
            .enumerate()
            .map(|(s, source)| {
                let periods: Vec<PeriodUse> = plan
                    .periods
                    .iter()
                    .enumerate()
                    .map(|(p, label)| PeriodUse {
                        period: label.clone(),
                        used_eur: allocation
                            .funding
                            .iter()
                            .filter(|f| f.source == s && f.period == p)
                            .map(|f| f.amount_eur)
                            .fold(0.0, add),
                        budget_eur: source.budget_eur[p],
                    })
                    .collect();
                SourceUse {
                    source: source.id.clone(),
                    name: source.name.clone(),
                    kind: source.kind,
                    used_eur: periods.iter().map(|p| p.used_eur).fold(0.0, add),
                    periods,
                    budget_total_eur: source.budget_total_eur,
                    enabled: source.eligible.iter().any(|&e| e),
                }
            })
            .collect();

        let partners: Vec<PartnerUse> = plan
            .partners
            .iter()
            .enumerate()
            .map(|(k, partner)| {
                let mine = || {
                    allocation
                        .contributions
                        .iter()
                        .filter(move |c| c.partner == k)
                };
                PartnerUse {
                    partner: partner.id.clone(),
                    name: partner.name.clone(),
                    actions: allocation
                        .joins
                        .iter()
                        .filter(|j| j.1 == k)
                        .map(|j| plan.actions[j.0].id.clone())
                        .collect(),
                    cash_eur: mine().map(|c| c.cash_eur).fold(0.0, add),
                    hours: mine().map(|c| c.hours).fold(0.0, add),
                }
            })
            .collect();

        let own_eur: f64 = sources
            .iter()
            .filter(|s| s.kind == SourceKind::Own)
            .map(|s| s.used_eur)
            .fold(0.0, add);
        let partner_cash_eur: f64 = partners.iter().map(|p| p.cash_eur).fold(0.0, add);
        let external_eur = sources
            .iter()
            .filter(|s| s.kind != SourceKind::Own)
            .map(|s| s.used_eur)
            .fold(0.0, add)
            + partner_cash_eur;
        let money = MoneySummary {
            total_cost_eur: selected.iter().map(|a| a.cost_eur).fold(0.0, add),
            own_eur,
            external_eur,
            partner_cash_eur,
            leverage: (own_eur > 0.0).then(|| external_eur / own_eur),
        };

        let staff = plan
            .periods
            .iter()
            .enumerate()
            .map(|(p, label)| {
                let (needed_hours, partner_hours) =
                    crate::domain::metrics::staff_hours(scenario, allocation, p, &|_| true);
                StaffUse {
                    period: label.clone(),
                    needed_hours,
                    partner_hours,
                    municipal_hours: needed_hours - partner_hours,
                    capacity_hours: scenario.staff_capacity_hours.as_ref().map(|c| c[p]),
                }
            })
            .collect();

        let totals = indicator_totals(scenario, allocation);
        let shortfalls = target_shortfalls(scenario, allocation);
        let indicators = plan
            .indicators
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let target = plan.targets.iter().position(|t| t.indicator == i);
                IndicatorResult {
                    indicator: name.clone(),
                    weight: scenario.weights[i],
                    reached: totals[i],
                    target: target.map(|t| plan.targets[t].min),
                    hard: target.map(|t| plan.targets[t].hard),
                    shortfall: target.map_or(0.0, |t| shortfalls[t]),
                }
            })
            .collect();

        let mut flows: Vec<Flow> = allocation
            .funding
            .iter()
            .map(|f| Flow {
                action: plan.actions[f.action].id.clone(),
                payer: plan.sources[f.source].id.clone(),
                period: plan.periods[f.period].clone(),
                amount_eur: f.amount_eur,
            })
            .collect();
        flows.extend(
            allocation
                .contributions
                .iter()
                .filter(|c| c.cash_eur > 0.0)
                .map(|c| Flow {
                    action: plan.actions[c.action].id.clone(),
                    payer: plan.partners[c.partner].id.clone(),
                    period: plan.periods[c.period].clone(),
                    amount_eur: c.cash_eur,
                }),
        );
        let action_order: std::collections::HashMap<&str, usize> = plan
            .actions
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        flows.sort_by_key(|f| action_order.get(f.action.as_str()).copied());

        let label = |p: usize| plan.periods[p].clone();
        let timeline = plan
            .actions
            .iter()
            .zip(&allocation.scale)
            .enumerate()
            .filter(|(_, (_, &scale))| scale > 0.0)
            .map(|(a, (action, _))| {
                let delay = allocation.delay_of(a);
                let written = action.active_periods();
                TimedAction {
                    action: action.id.clone(),
                    name: action.name.clone(),
                    goal: action.goal.clone(),
                    owner: action.owner.clone(),
                    start: written.map(|(first, _)| label(first + delay)),
                    end: written.map(|(_, last)| label(last + delay)),
                    delay_periods: delay,
                    written_start: written.map(|(first, _)| label(first)),
                    latest_start: action.latest_start.map(label),
                    deadline: action.deadline.map(label),
                }
            })
            .collect();
        let owners = plan
            .owners
            .iter()
            .enumerate()
            .map(|(o, owner)| {
                let carried = |a: usize| plan.actions[a].owner_staff == Some(o);
                OwnerUse {
                    owner: owner.id.clone(),
                    name: owner.name.clone(),
                    staff: plan
                        .periods
                        .iter()
                        .enumerate()
                        .map(|(p, period)| {
                            let (needed_hours, partner_hours) = crate::domain::metrics::staff_hours(
                                scenario, allocation, p, &carried,
                            );
                            // An owner whose actions are all out sums nothing: `+ 0.0`
                            // keeps that empty sum from being written as -0.
                            StaffUse {
                                period: period.clone(),
                                needed_hours: needed_hours + 0.0,
                                partner_hours: partner_hours + 0.0,
                                municipal_hours: needed_hours - partner_hours + 0.0,
                                capacity_hours: Some(owner.hours[p]),
                            }
                        })
                        .collect(),
                }
            })
            .collect();

        ScenarioResult {
            scenario: scenario.name.clone(),
            lang: scenario.lang,
            objective_kind: scenario.objective,
            status: outcome.status,
            objective: has_plan.then(|| objective_value(scenario, allocation)),
            best_bound: outcome.best_bound,
            gap: outcome.gap,
            verified: has_plan,
            periods: plan.periods.clone(),
            selected,
            not_selected,
            must_not_funded,
            actions,
            sources,
            partners,
            money,
            staff,
            indicators,
            flows,
            limits: analyses.limits,
            diagnosis: analyses.diagnosis,
            solve_seconds: Some(outcome.solve_seconds),
            timings: Some(timings),
            timeline,
            owners,
        }
    }

    /// True when the result holds a plan that can be reported.
    pub fn has_plan(&self) -> bool {
        self.objective.is_some()
    }
}
