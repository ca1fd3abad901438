//! The funding plan as a mixed-integer linear program (good_lp).
//!
//! [`FundingModel::build`] creates the decision variables and then applies one function per
//! business rule (see [`rules`]). It does not solve (that is [`crate::solve`]) and does not judge
//! the answer (that is [`crate::verify`], which shares no code with this module).
//!
//! Decisions, in the words of the rules:
//! - `select[a]` — action `a` is funded (0/1);
//! - `scale[a]` — the scale it is funded at (equal to `select[a]` when `min_scale` is 1);
//! - `funding` — EUR from a source to an action in a period;
//! - `joins` — a partner joins an action (0/1), with its cash and staff hours per period;
//! - `grant_used` — a source with a minimum grant funds an action at all (0/1);
//! - `shortfall` — how far a soft target is missed.
//!
//! Every constraint is tagged with the [`Rule`] it enforces, so that later stages can name it
//! (marginal values, conflicting rules). [`FundingModel::build_elastic`] builds the same model
//! with a [`Slack`] on every limit a finance officer could change (targets, budgets, staff,
//! partner offers, `must` status): used to find the smallest change that makes an infeasible
//! scenario feasible.

pub mod rules;
pub mod two_stage;

use crate::domain::{Objective, Offer, RuleKind, Scenario, SourceKind};
use good_lp::{constraint, variable, Constraint, Expression, ProblemVariables, Variable};
use std::collections::BTreeMap;
use std::ops::Range;

/// Money from one source to one action in one period.
#[derive(Debug, Clone, Copy)]
pub struct FundingVar {
    /// Action index.
    pub action: usize,
    /// Source index.
    pub source: usize,
    /// Period index.
    pub period: usize,
    /// EUR; `None` when this source is the action's only possible payer in the period, so
    /// that it pays the whole cost at the funded scale (see [`FundingModel::amount`]).
    pub var: Option<Variable>,
}

/// A partner's possible participation in one action.
#[derive(Debug, Clone)]
pub struct JoinVar {
    /// Action index.
    pub action: usize,
    /// Partner index.
    pub partner: usize,
    /// 1 if the partner joins the action.
    pub join: Variable,
    /// Cash (EUR) per period, where the partner can give any.
    pub cash: Vec<Option<Variable>>,
    /// Staff hours per period, where they can relieve municipal staff.
    pub hours: Vec<Option<Variable>>,
}

/// One period an action may start in: how many periods later than written, and the decision
/// that picks it.
#[derive(Debug, Clone)]
pub struct Start {
    /// Periods later than written.
    pub delay: usize,
    /// 1 if the action starts at this delay; `None` when it is the action's only possible start
    /// (its scale and cost scale then apply as they are).
    pub chosen: Option<Variable>,
    /// The action's scale when it starts at this delay, else 0 (`chosen` itself for an
    /// all-or-nothing action); unused when `chosen` is `None`.
    pub scale: Expression,
}

/// The delays (periods later than written) at which `action` may start in a plan of `periods`
/// periods: its profile as written moves later, whole, as long as it starts no later than its
/// `latest_start`, ends by its `deadline` and stays within the plan; and, when `not_before` is
/// given, starts no earlier than that period (a re-plan starts nothing in the past). Empty when
/// no start fits.
pub fn allowed_delays(
    action: &crate::domain::Action,
    periods: usize,
    not_before: Option<usize>,
) -> Vec<usize> {
    let Some((first, last)) = action.active_periods() else {
        return vec![0];
    };
    let mut latest = periods.saturating_sub(1).saturating_sub(last);
    if last >= periods {
        return Vec::new();
    }
    match action.latest_start {
        Some(start) => latest = latest.min(start.saturating_sub(first)),
        None => latest = 0,
    }
    if let Some(deadline) = action.deadline {
        if deadline < last {
            return Vec::new();
        }
        latest = latest.min(deadline - last);
    }
    let earliest = not_before.map_or(0, |p| p.saturating_sub(first));
    (earliest..=latest).collect()
}

/// Which way the objective goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sense {
    /// Larger is better.
    Maximise,
    /// Smaller is better.
    Minimise,
}

/// The business rule a constraint enforces (indices into the plan's tables).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Rule {
    /// A scalable action's scale lies within its bounds (action).
    Scale(usize),
    /// Every funded euro of an action is covered in a period (action, period).
    Covered(usize, usize),
    /// A source's budget for one period (source, period).
    SourcePeriod(usize, usize),
    /// A source's budget over the whole plan (source).
    SourceTotal(usize),
    /// A source's co-financing share of one action (source, action).
    Share(usize, usize),
    /// A source's minimum and maximum grant to one action (source, action).
    GrantSize(usize, usize),
    /// A partner gives only to actions it joins (partner, action).
    PartnerJoins(usize, usize),
    /// Partners' hours on an action fit what it needs in a period (action, period).
    PartnerHoursNeeded(usize, usize),
    /// A partner's cash offer: per period, or over the whole plan when `None` (partner, period).
    PartnerCash(usize, Option<usize>),
    /// A partner's staff-hour offer (partner, period or whole plan).
    PartnerHours(usize, Option<usize>),
    /// The number of actions a partner joins (partner).
    PartnerActions(usize),
    /// Municipal staff capacity in a period (period).
    Staff(usize),
    /// An owner's staff hours in a period (owner, period).
    OwnerStaff(usize, usize),
    /// An action starts once, within its window (action).
    Start(usize),
    /// An action requires another (action, required action).
    Requires(usize, usize),
    /// Two actions exclude each other (action, other action).
    Excludes(usize, usize),
    /// A `must` action is funded (action).
    Must(usize),
    /// A `never` action is not funded (action).
    Never(usize),
    /// A target's minimum (target).
    Target(usize),
    /// In a re-plan, the money of an action in a past period is what was spent (action,
    /// period).
    Past(usize, usize),
}

/// A rule that is a limit a finance officer could change to make a plan feasible (a budget, an
/// offer, staff time, a target, a `must` status), as opposed to a fact of the plan (costs must
/// be covered, co-financing rates, links between actions). Every analysis of limits matches on
/// this without a catch-all, so a new limit is pointed out by the compiler everywhere it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adjustable {
    /// A source's budget for one period (source, period).
    SourcePeriod(usize, usize),
    /// A source's budget over the whole plan (source).
    SourceTotal(usize),
    /// A partner's cash offer, per period or over the whole plan (partner, period).
    PartnerCash(usize, Option<usize>),
    /// A partner's staff-hour offer (partner, period or whole plan).
    PartnerHours(usize, Option<usize>),
    /// The number of actions a partner joins (partner).
    PartnerActions(usize),
    /// Municipal staff capacity in a period (period).
    Staff(usize),
    /// An owner's staff hours in a period (owner, period).
    OwnerStaff(usize, usize),
    /// A `must` action is funded (action).
    Must(usize),
    /// A target's minimum (target).
    Target(usize),
}

impl Rule {
    /// The limit this rule is, when a finance officer could change it; `None` for a fact of
    /// the plan.
    pub fn adjustable(self) -> Option<Adjustable> {
        match self {
            Rule::SourcePeriod(s, p) => Some(Adjustable::SourcePeriod(s, p)),
            Rule::SourceTotal(s) => Some(Adjustable::SourceTotal(s)),
            Rule::PartnerCash(k, p) => Some(Adjustable::PartnerCash(k, p)),
            Rule::PartnerHours(k, p) => Some(Adjustable::PartnerHours(k, p)),
            Rule::PartnerActions(k) => Some(Adjustable::PartnerActions(k)),
            Rule::Staff(p) => Some(Adjustable::Staff(p)),
            Rule::OwnerStaff(o, p) => Some(Adjustable::OwnerStaff(o, p)),
            Rule::Must(a) => Some(Adjustable::Must(a)),
            Rule::Target(t) => Some(Adjustable::Target(t)),
            Rule::Scale(_)
            | Rule::Covered(..)
            | Rule::Share(..)
            | Rule::GrantSize(..)
            | Rule::PartnerJoins(..)
            | Rule::PartnerHoursNeeded(..)
            | Rule::Requires(..)
            | Rule::Excludes(..)
            | Rule::Start(_)
            | Rule::Past(..)
            | Rule::Never(_) => None,
        }
    }

    /// The kind of rule this is, as the verifier names it.
    pub fn kind(self) -> RuleKind {
        match self {
            Rule::Scale(_) => RuleKind::Scale,
            Rule::Covered(..) => RuleKind::Covered,
            Rule::SourcePeriod(..) => RuleKind::SourcePeriod,
            Rule::SourceTotal(_) => RuleKind::SourceTotal,
            Rule::Share(..) => RuleKind::Share,
            Rule::GrantSize(..) => RuleKind::GrantSize,
            Rule::PartnerJoins(..) | Rule::PartnerHoursNeeded(..) => RuleKind::PartnerContributions,
            Rule::PartnerCash(..) | Rule::PartnerHours(..) | Rule::PartnerActions(_) => {
                RuleKind::PartnerCapacity
            }
            Rule::Staff(_) | Rule::OwnerStaff(..) => RuleKind::Staff,
            Rule::Start(_) => RuleKind::Timing,
            Rule::Requires(..) => RuleKind::Requires,
            Rule::Excludes(..) => RuleKind::Excludes,
            Rule::Must(_) => RuleKind::Must,
            Rule::Never(_) => RuleKind::Never,
            Rule::Target(_) => RuleKind::Targets,
            Rule::Past(..) => RuleKind::Past,
        }
    }

    /// Whether this rule is a limit a finance officer could change (see [`Adjustable`]).
    pub fn is_adjustable(self) -> bool {
        self.adjustable().is_some()
    }
}

/// The decisions of the plan as applied for that every draw of a two-stage model shares (see
/// [`FundingModel::build_case`]).
#[derive(Debug, Clone)]
pub struct FirstStage {
    /// Per action: funded or not.
    pub select: Vec<Variable>,
    /// Per action: the funded scale.
    pub scale: Vec<Expression>,
    /// (action, partner) → the partner joins the action.
    pub joins: BTreeMap<(usize, usize), Variable>,
    /// (action, source) → the source grants the action (sources with a minimum grant).
    pub grant_used: BTreeMap<(usize, usize), Variable>,
    /// Per action: the periods it may start in, with their decisions.
    pub starts: Vec<Vec<Start>>,
}

/// In an elastic model: how far an adjustable rule is relaxed.
#[derive(Debug, Clone, Copy)]
pub struct Slack {
    /// The rule relaxed.
    pub rule: Rule,
    /// The amount it is relaxed by, in the rule's unit (model money unit, hours, actions, or
    /// indicator units).
    pub amount: Variable,
    /// 1 when the rule is relaxed at all (in an elastic model; a draw's staff slack has no
    /// such decision: a column fixed at 0).
    pub used: Variable,
    /// The size of the rule's limit, to weigh relaxations of different rules fairly.
    pub scale: f64,
}

/// The variables and constraints of one scenario's model.
pub struct FundingModel<'a> {
    /// The scenario modelled.
    pub scenario: &'a Scenario,
    /// All decision variables.
    pub vars: ProblemVariables,
    /// All constraints, rule by rule.
    pub constraints: Vec<Constraint>,
    /// The rule each constraint enforces (parallel to `constraints`).
    pub rules: Vec<Rule>,
    /// Whether adjustable rules get a [`Slack`] (see [`FundingModel::build_elastic`]).
    pub elastic: bool,
    /// Whether (in a model that is not elastic) staff capacity gets a [`Slack`] (see
    /// [`FundingModel::build_case`]).
    pub staff_slack: bool,
    /// The slacks of an elastic model (or the staff slacks of a draw), in rule order.
    pub slacks: Vec<Slack>,
    /// Per action: funded or not.
    pub select: Vec<Variable>,
    /// Per action: the funded scale (0, or between `min_scale` and 1).
    pub scale: Vec<Expression>,
    /// Per action: the periods it may start in (one, at delay 0, for an action that runs as
    /// written; none for one that cannot start within its window).
    pub starts: Vec<Vec<Start>>,
    /// Per action and period: its highest cost at full scale in the period over its possible
    /// starts.
    peak_cost: Vec<Vec<f64>>,
    /// Per action and period: its most staff hours at full scale in the period over its
    /// possible starts.
    peak_hours: Vec<Vec<f64>>,
    /// Per action: what its cost is multiplied by (its `scale`, except for the action of a
    /// [`Parameter::Cost`] model).
    cost_scale: Vec<Expression>,
    /// Per action: what its impact is multiplied by (its `scale`, except for the action of a
    /// [`Parameter::Impact`] model).
    impact_scale: Vec<Expression>,
    /// Money flows from sources, grouped by action.
    pub funding: Vec<FundingVar>,
    /// Per action: its range in `funding`.
    pub funding_of_action: Vec<Range<usize>>,
    /// Per source: indices into `funding`.
    pub funding_of_source: Vec<Vec<usize>>,
    /// (action, source) → "the source funds the action", for sources with a minimum grant.
    pub grant_used: BTreeMap<(usize, usize), Variable>,
    /// Partner participations, grouped by action.
    pub joins: Vec<JoinVar>,
    /// Per action: its range in `joins`.
    pub joins_of_action: Vec<Range<usize>>,
    /// Per target: the shortfall variable of a soft target.
    pub shortfall: Vec<Option<Variable>>,
}

/// Whether `partner` could give cash to action `a` in period `p` (whose cost is `cost`).
fn partner_can_pay(partner: &crate::domain::Partner, a: usize, p: usize, cost: f64) -> bool {
    partner.eligible[a]
        && partner.max_actions != Some(0)
        && cost > 0.0
        && offer_in_period(&partner.cash_eur, p) > 0.0
}

/// A number of one action made a decision of the model (see [`FundingModel::build_parametric`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parameter {
    /// The action's cost, in every period, times a factor between 0 and 1.
    Cost,
    /// The action's impact on every indicator, times a factor of 0 or more.
    Impact,
}

/// Amount a partner offers in period `p` (a plan-wide total counts as available in every period).
pub fn offer_in_period(offer: &Offer, p: usize) -> f64 {
    match offer {
        Offer::None => 0.0,
        Offer::PerPeriod(amounts) => amounts[p],
        Offer::Total(total) => *total,
    }
}

impl<'a> FundingModel<'a> {
    /// Creates the variables for `scenario` and applies every business rule.
    pub fn build(scenario: &'a Scenario) -> Self {
        Self::build_with(scenario, false, None, ProblemVariables::new(), None).0
    }

    /// One draw's model in a two-stage model (`solve --risk`): its variables are added to
    /// `vars` (which the returned model then holds: the variables of every draw built so far),
    /// and with `first_stage` (the decisions of the plan as applied for) it takes those
    /// decisions as its own — each action's yes/no and scale, each partnership, each "this
    /// source grants this action" — rather than deciding them, leaves their rules (scale
    /// bounds, requires and excludes, must and never) to the model that owns them, and lets
    /// the staff capacity of a period be exceeded by a [`Slack`] (the hours a withdrawn partner
    /// no longer gives), which the caller penalises.
    pub fn build_case(
        scenario: &'a Scenario,
        vars: ProblemVariables,
        first_stage: Option<&FirstStage>,
    ) -> Self {
        Self::build_with(scenario, false, None, vars, first_stage).0
    }

    /// The decisions of this model that a draw's model takes as its own (see
    /// [`FundingModel::build_case`]).
    pub fn first_stage(&self) -> FirstStage {
        FirstStage {
            select: self.select.clone(),
            scale: self.scale.clone(),
            joins: self
                .joins
                .iter()
                .map(|j| ((j.action, j.partner), j.join))
                .collect(),
            grant_used: self.grant_used.clone(),
            starts: self.starts.clone(),
        }
    }

    /// The model of `scenario`, in which action `action` is `must`, with its cost (or impact,
    /// see [`Parameter`]) at the funded scale made a decision of its own: the returned variable
    /// (between 0 and the scale for the cost, 0 or more for the impact). The factor on the
    /// action's cost (impact) is that variable divided by the action's scale (one for an
    /// all-or-nothing action). Optimising it under a floor on the objective finds the cost
    /// (impact) at which the action is as good as the plan without it.
    pub fn build_parametric(
        scenario: &'a Scenario,
        action: usize,
        parameter: Parameter,
    ) -> (Self, Variable) {
        debug_assert!(scenario.plan.actions[action].status == crate::domain::Status::Must);
        let (mut model, factor) = Self::build_with(
            scenario,
            false,
            Some((action, parameter)),
            ProblemVariables::new(),
            None,
        );
        let factor = factor.expect("a parametric model has its factor");
        if parameter == Parameter::Cost && scenario.plan.actions[action].min_scale < 1.0 {
            let scale = model.scale[action].clone();
            model.add(Rule::Scale(action), constraint!(factor <= scale));
        }
        (model, factor)
    }

    /// Like [`FundingModel::build`], but every adjustable rule (see [`Rule::is_adjustable`])
    /// may be broken by a non-negative [`Slack`]: the model is always feasible, and minimising
    /// the slacks finds the smallest change to the scenario that makes it feasible.
    pub fn build_elastic(scenario: &'a Scenario) -> Self {
        Self::build_with(scenario, true, None, ProblemVariables::new(), None).0
    }

    fn build_with(
        scenario: &'a Scenario,
        elastic: bool,
        parametric: Option<(usize, Parameter)>,
        mut vars: ProblemVariables,
        first_stage: Option<&FirstStage>,
    ) -> (Self, Option<Variable>) {
        let plan = &scenario.plan;
        let staff_slack = first_stage.is_some();
        let mut select = Vec::with_capacity(plan.actions.len());
        let mut scale = Vec::with_capacity(plan.actions.len());
        for (a, action) in plan.actions.iter().enumerate() {
            if let Some(first) = first_stage {
                select.push(first.select[a]);
                scale.push(first.scale[a].clone());
                continue;
            }
            let x = vars.add(variable().binary());
            select.push(x);
            if action.min_scale < 1.0 {
                scale.push(Expression::from(vars.add(variable().min(0.0).max(1.0))));
            } else {
                scale.push(Expression::from(x));
            }
        }

        let periods = plan.periods.len();
        let mut starts = Vec::with_capacity(plan.actions.len());
        for (a, action) in plan.actions.iter().enumerate() {
            if let Some(first) = first_stage {
                starts.push(first.starts[a].clone());
                continue;
            }
            let mut delays = allowed_delays(action, periods, scenario.not_before(a));
            if parametric.is_some_and(|(p, _)| p == a) {
                // The cost factor times a choice of start would not be linear: the action of
                // a parametric model keeps its earliest start.
                delays.truncate(1);
            }
            starts.push(match delays.as_slice() {
                [delay] => vec![Start {
                    delay: *delay,
                    chosen: None,
                    scale: scale[a].clone(),
                }],
                many => many
                    .iter()
                    .map(|&delay| {
                        let chosen = vars.add(variable().binary());
                        let scale = if action.min_scale < 1.0 {
                            Expression::from(vars.add(variable().min(0.0).max(1.0)))
                        } else {
                            Expression::from(chosen)
                        };
                        Start {
                            delay,
                            chosen: Some(chosen),
                            scale,
                        }
                    })
                    .collect(),
            });
        }
        let peak = |f: &dyn Fn(&crate::domain::Action, usize, usize) -> f64| -> Vec<Vec<f64>> {
            plan.actions
                .iter()
                .zip(&starts)
                .map(|(action, starts)| {
                    (0..periods)
                        .map(|p| {
                            starts
                                .iter()
                                .map(|s| f(action, p, s.delay))
                                .fold(0.0, f64::max)
                        })
                        .collect()
                })
                .collect()
        };
        let peak_cost = peak(&|action, p, d| action.cost_when_delayed(p, d));
        let peak_hours = peak(&|action, p, d| action.hours_when_delayed(p, d));

        let mut funding = Vec::new();
        let mut funding_of_action = Vec::with_capacity(plan.actions.len());
        let mut funding_of_source = vec![Vec::new(); plan.sources.len()];
        let mut grant_used = BTreeMap::new();
        for (a, peaks) in peak_cost.iter().enumerate() {
            let first = funding.len();
            // Who could pay for the action in each period: sources, and partners with cash.
            let mut payers = vec![0usize; plan.periods.len()];
            let mut flows = Vec::new();
            for (s, source) in plan.sources.iter().enumerate() {
                if !source.eligible[a]
                    || source.max_share <= 0.0
                    || source.max_grant_eur == Some(0.0)
                {
                    continue;
                }
                for (p, &cost) in peaks.iter().enumerate() {
                    // The budget is a row of its own (not a bound here), so that its marginal
                    // value and its elastic slack are in one place. After its spending
                    // deadline a source has no money at all.
                    let has_money = elastic || source.budget_eur[p].is_none_or(|b| b > 0.0);
                    let in_time = source.spend_by.is_none_or(|last| p <= last);
                    if cost > 0.0 && has_money && in_time {
                        flows.push((s, p));
                        payers[p] += 1;
                    }
                }
            }
            for (p, count) in payers.iter_mut().enumerate() {
                *count += plan
                    .partners
                    .iter()
                    .filter(|k| partner_can_pay(k, a, p, peaks[p]))
                    .count();
            }
            for (s, source) in plan.sources.iter().enumerate() {
                let before = funding.len();
                for &(_, p) in flows.iter().filter(|f| f.0 == s) {
                    // A source that is the only possible payer pays the whole cost at the
                    // funded scale: an amount, not a decision (fewer variables, and the
                    // budgets read as knapsacks over the yes/no decisions).
                    let var = (payers[p] > 1).then(|| vars.add(variable().min(0.0).max(peaks[p])));
                    funding_of_source[s].push(funding.len());
                    funding.push(FundingVar {
                        action: a,
                        source: s,
                        period: p,
                        var,
                    });
                }
                if funding.len() > before && source.min_grant_eur.is_some_and(|m| m > 0.0) {
                    let shared = first_stage.and_then(|f| f.grant_used.get(&(a, s)));
                    let used = shared
                        .copied()
                        .unwrap_or_else(|| vars.add(variable().binary()));
                    grant_used.insert((a, s), used);
                }
            }
            funding_of_action.push(first..funding.len());
        }

        let staff_limited = scenario.staff_capacity_hours.is_some();
        let owner_limited = |a: usize| plan.actions[a].owner_staff.is_some();
        let mut joins = Vec::new();
        let mut joins_of_action = Vec::with_capacity(plan.actions.len());
        for a in 0..plan.actions.len() {
            let first = joins.len();
            for (k, partner) in plan.partners.iter().enumerate() {
                if !partner.eligible[a] || partner.max_actions == Some(0) {
                    continue;
                }
                let periods = 0..plan.periods.len();
                let cash: Vec<Option<Variable>> = periods
                    .clone()
                    .map(|p| {
                        let cost = peak_cost[a][p];
                        partner_can_pay(partner, a, p, cost)
                            .then(|| vars.add(variable().min(0.0).max(cost)))
                    })
                    .collect();
                let hours: Vec<Option<Variable>> = periods
                    .map(|p| {
                        let need = peak_hours[a][p];
                        let offered = offer_in_period(&partner.staff_hours, p) > 0.0;
                        let limited = staff_limited || owner_limited(a);
                        (limited && offered && need > 0.0)
                            .then(|| vars.add(variable().min(0.0).max(need)))
                    })
                    .collect();
                if cash.iter().chain(&hours).any(Option::is_some) {
                    let shared = first_stage.and_then(|f| f.joins.get(&(a, k)));
                    let join = shared
                        .copied()
                        .unwrap_or_else(|| vars.add(variable().binary()));
                    joins.push(JoinVar {
                        action: a,
                        partner: k,
                        join,
                        cash,
                        hours,
                    });
                }
            }
            joins_of_action.push(first..joins.len());
        }

        let shortfall = plan
            .targets
            .iter()
            .map(|t| (!t.hard).then(|| vars.add(variable().min(0.0).max(t.min))))
            .collect();

        let (mut cost_scale, mut impact_scale) = (scale.clone(), scale.clone());
        let factor = parametric.map(|(a, parameter)| {
            let (bounds, scaled) = match parameter {
                Parameter::Cost => (variable().min(0.0).max(1.0), &mut cost_scale),
                Parameter::Impact => (variable().min(0.0), &mut impact_scale),
            };
            let factor = vars.add(bounds);
            scaled[a] = Expression::from(factor);
            factor
        });

        let mut model = FundingModel {
            scenario,
            vars,
            constraints: Vec::new(),
            rules: Vec::new(),
            elastic,
            staff_slack,
            slacks: Vec::new(),
            select,
            scale,
            starts,
            peak_cost,
            peak_hours,
            cost_scale,
            impact_scale,
            funding,
            funding_of_action,
            funding_of_source,
            grant_used,
            joins,
            joins_of_action,
            shortfall,
        };
        model.apply_rules(first_stage.is_none());
        (model, factor)
    }

    /// Applies every business rule; `decides` is false for a draw's model, whose yes/no
    /// decisions (and so their own rules) belong to the plan as applied for.
    fn apply_rules(&mut self, decides: bool) {
        if decides {
            self.scale_within_bounds();
            self.start_within_window();
        }
        self.every_funded_euro_is_covered();
        self.source_budget_per_period();
        self.source_budget_total();
        self.max_cofinancing_share();
        self.grant_size();
        self.partner_contributions();
        self.partner_capacity();
        self.staff_capacity();
        self.owner_capacity();
        if decides {
            self.requires_and_excludes();
            self.must_and_never();
        }
        self.targets();
        self.past_stays_spent();
    }

    /// Adds one constraint enforcing `rule`.
    pub(crate) fn add(&mut self, rule: Rule, constraint: Constraint) {
        self.constraints.push(constraint);
        self.rules.push(rule);
    }

    /// `rule`: `used <= limit`, or in an elastic model `used <= limit + slack`.
    pub(crate) fn at_most(&mut self, rule: Rule, used: Expression, limit: f64) {
        match self.slack(rule, limit) {
            Some(slack) => self.add(rule, constraint!(used <= limit + slack)),
            None => self.add(rule, constraint!(used <= limit)),
        }
    }

    /// `rule`: `reached >= limit`, or in an elastic model `reached + slack >= limit`.
    pub(crate) fn at_least(&mut self, rule: Rule, reached: Expression, limit: f64) {
        match self.slack(rule, limit) {
            Some(slack) => self.add(rule, constraint!(reached + slack >= limit)),
            None => self.add(rule, constraint!(reached >= limit)),
        }
    }

    /// A new slack for `rule` in an elastic model (None otherwise). It may grow up to
    /// everything the plan could ever need, so that any relaxation is within reach.
    fn slack(&mut self, rule: Rule, limit: f64) -> Option<Expression> {
        let staff = self.staff_slack && matches!(rule, Rule::Staff(_));
        if !self.elastic && !staff {
            return None;
        }
        let plan = &self.scenario.plan;
        let sum =
            |f: &dyn Fn(&crate::domain::Action) -> f64| -> f64 { plan.actions.iter().map(f).sum() };
        let big = match rule.adjustable()? {
            Adjustable::SourcePeriod(..)
            | Adjustable::SourceTotal(_)
            | Adjustable::PartnerCash(..) => sum(&|a| a.total_cost_eur()),
            Adjustable::PartnerHours(..) | Adjustable::Staff(_) | Adjustable::OwnerStaff(..) => {
                sum(&|a| a.staff_hours.iter().sum())
            }
            Adjustable::PartnerActions(_) => plan.actions.len() as f64,
            Adjustable::Must(_) => 1.0,
            Adjustable::Target(_) => limit.abs(),
        }
        .max(1.0);
        let amount = self.vars.add(variable().min(0.0).max(big));
        let used = if self.elastic {
            let used = self.vars.add(variable().binary());
            self.constraints.push(constraint!(amount <= big * used));
            self.rules.push(rule);
            used
        } else {
            // A draw's staff slack is weighed by its amount alone: no yes/no to count it.
            self.vars.add(variable().min(0.0).max(0.0))
        };
        self.slacks.push(Slack {
            rule,
            amount,
            used,
            scale: limit.abs().max(1.0),
        });
        Some(Expression::from(amount))
    }

    /// Σ_i weight_i · Σ_a impact(a, i) · scale_a.
    pub fn weighted_impact(&self) -> Expression {
        let plan = &self.scenario.plan;
        let mut total = Expression::with_capacity(plan.actions.len());
        for (a, action) in plan.actions.iter().enumerate() {
            let value: f64 = action
                .impact
                .iter()
                .zip(&self.scenario.weights)
                .map(|(i, w)| i * w)
                .sum();
            if value != 0.0 {
                total.add_mul(value, self.impact_scale[a].clone());
            }
        }
        total
    }

    /// Σ_t penalty_t · shortfall_t over soft targets.
    pub fn penalty(&self) -> Expression {
        let mut total = Expression::with_capacity(self.shortfall.len());
        for (target, shortfall) in self.scenario.plan.targets.iter().zip(&self.shortfall) {
            if let Some(u) = shortfall {
                total.add_mul(target.penalty, *u);
            }
        }
        total
    }

    /// EUR taken from sources of kind `own`.
    pub fn own_money(&self) -> Expression {
        let sources = &self.scenario.plan.sources;
        let mut total = Expression::with_capacity(self.funding.len());
        for f in self
            .funding
            .iter()
            .filter(|f| sources[f.source].kind == SourceKind::Own)
        {
            total.add_mul(1.0, self.amount(f));
        }
        total
    }

    /// The money of flow `f`: its variable, or (for an action's only possible payer in a
    /// period) the action's cost in that period at its funded scale.
    pub fn amount(&self, f: &FundingVar) -> Expression {
        match f.var {
            Some(v) => Expression::from(v),
            None => self.cost_at(f.action, f.period),
        }
    }

    /// Action `a`'s cost in period `p` at its funded scale and chosen start.
    pub fn cost_at(&self, a: usize, p: usize) -> Expression {
        let action = &self.scenario.plan.actions[a];
        self.at_start(a, &self.cost_scale[a], &|d| action.cost_when_delayed(p, d))
    }

    /// The staff hours action `a` needs in period `p` at its funded scale and chosen start.
    pub fn hours_at(&self, a: usize, p: usize) -> Expression {
        let action = &self.scenario.plan.actions[a];
        self.at_start(a, &self.scale[a], &|d| action.hours_when_delayed(p, d))
    }

    /// Σ over action `a`'s possible starts of `amount(delay)` times its scale at that start
    /// (`scale` itself when it has one start).
    fn at_start(&self, a: usize, scale: &Expression, amount: &dyn Fn(usize) -> f64) -> Expression {
        let mut total = Expression::default();
        for start in &self.starts[a] {
            let x = amount(start.delay);
            if x != 0.0 {
                let at = match start.chosen {
                    None => scale.clone(),
                    Some(_) => start.scale.clone(),
                };
                total.add_mul(x, at);
            }
        }
        total
    }

    /// Action `a`'s highest cost at full scale in period `p` over its possible starts.
    pub fn peak_cost(&self, a: usize, p: usize) -> f64 {
        self.peak_cost[a][p]
    }

    /// The most staff hours action `a` needs at full scale in period `p` over its possible
    /// starts.
    pub fn peak_hours(&self, a: usize, p: usize) -> f64 {
        self.peak_hours[a][p]
    }

    /// Each variable's solver column (variables are columns in creation order).
    pub fn column_index(&self) -> std::collections::HashMap<Variable, usize> {
        self.vars
            .iter_variables_with_def()
            .enumerate()
            .map(|(i, (v, _))| (v, i))
            .collect()
    }

    /// The money flows to action `a`.
    pub fn funding_of(&self, a: usize) -> &[FundingVar] {
        &self.funding[self.funding_of_action[a].clone()]
    }

    /// The partner participations possible for action `a`.
    pub fn joins_of(&self, a: usize) -> &[JoinVar] {
        &self.joins[self.joins_of_action[a].clone()]
    }

    /// The scenario's objective and its tie-break, with their directions: most impact (minus
    /// soft-target penalties), then least own money; or, for `min-own-cost`, least own money
    /// (plus penalties), then most impact.
    pub fn objectives(&self) -> [(Expression, Sense); 2] {
        match self.scenario.objective {
            Objective::MaxImpact => [
                (self.weighted_impact() - self.penalty(), Sense::Maximise),
                (self.own_money(), Sense::Minimise),
            ],
            Objective::MinOwnCost => [
                (self.own_money() + self.penalty(), Sense::Minimise),
                (self.weighted_impact(), Sense::Maximise),
            ],
        }
    }

    /// The step below which the tie-break (least own money, or most impact) need not be
    /// proven: half a cent of own money (in model units of `unit_eur` EUR), or half a
    /// thousandth of an impact point.
    pub fn tie_break_step(&self, unit_eur: f64) -> f64 {
        match self.scenario.objective {
            Objective::MaxImpact => 0.005 / unit_eur,
            Objective::MinOwnCost => 0.0005,
        }
    }

    /// Σ over actions that may move of the periods each starts later than written: the
    /// tie-break that starts actions as early as the money allows (no term for actions that
    /// run as written).
    pub fn lateness(&self) -> Expression {
        let mut total = Expression::default();
        for start in self.starts.iter().flatten() {
            if let (Some(y), true) = (start.chosen, start.delay > 0) {
                total.add_mul(start.delay as f64, y);
            }
        }
        total
    }

    /// Number of partner participations.
    pub fn partnerships(&self) -> Expression {
        let mut total = Expression::with_capacity(self.joins.len());
        for j in &self.joins {
            total.add_mul(1.0, j.join);
        }
        total
    }
}
