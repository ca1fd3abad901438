//! The two-stage model of `fundmix solve --risk`: a plan that holds over many draws of what
//! pays out (sample average approximation).
//!
//! - **First stage** (decided now, the same in every draw): which actions go ahead and at which
//!   scale, which partnerships, and which sources with a minimum grant are applied to for which
//!   action. These are the decisions of the *plan as applied for*: the
//!   draw in which every source pays and every partner keeps its word, at the most likely costs
//!   and impacts, which keeps every rule of the scenario (it is the plan the reports show).
//! - **Second stage** (per draw): the money. The committed actions are financed from the
//!   sources that pay out in that draw and the partners that keep their word, the municipality
//!   covering a gap only as far as its budgets allow; whatever is still missing is an
//!   *unfinanced euro* — an extra payer, [`UNFINANCED`], that is penalised in the objective,
//!   never dropped silently. The hours a withdrawn partner no longer gives may push municipal
//!   staff over capacity: those hours are a slack of the staff rule, penalised too.
//!
//! Each draw's outcome is the scenario's objective in that draw less the penalties (or, for
//! `min-own-cost`, own money plus the penalties). The model makes best either their average
//! (weighted by how many draws came out alike) or the average of the worst `alpha` share of
//! them (conditional value at risk, in the form of Rockafellar and Uryasev: one free variable
//! for the threshold and one excess per draw).
//!
//! Every draw is one [`FundingModel`] built into the same variables, taking the first-stage
//! decisions of the plan as applied for as its own (one binary per decision in the whole
//! model: the draws' own decisions are money and hours only, a linear program once the first
//! stage is fixed).

use super::{FundingModel, Sense};
use crate::domain::{Objective, Scenario, Source, SourceKind};
use good_lp::{constraint, variable, Constraint, Expression, ProblemVariables};

/// The id of the payer of last resort added to every draw: money a committed action needs
/// and no source or partner gives in that draw.
pub const UNFINANCED: &str = "(unfinanced)";

/// What the model makes best over the draws.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Measure {
    /// The weighted average of the draws' outcomes.
    Expected,
    /// The average of the worst `alpha` share of the draws (0 < alpha <= 1).
    Cvar(f64),
}

/// A draw as the second stage sees it: `sampled` (a draw of the plan, in model units) with
/// the payer of last resort added and the hard targets left to the plan as applied for (a
/// draw's impacts may be drawn low; the targets are reported per draw by the caller, not
/// required of every draw).
pub fn draw_case(sampled: &Scenario) -> Scenario {
    let mut case = sampled.clone();
    let plan = &mut case.plan;
    plan.targets.retain(|t| !t.hard);
    plan.sources.push(Source {
        id: UNFINANCED.to_string(),
        name: UNFINANCED.to_string(),
        kind: SourceKind::Other,
        budget_total_eur: None,
        budget_eur: vec![None; plan.periods.len()],
        max_share: 1.0,
        eligible: vec![true; plan.actions.len()],
        min_grant_eur: None,
        max_grant_eur: None,
        award_probability: 1.0,
        award_group: None,
        spend_by: None,
    });
    case
}

/// One draw in the two-stage model.
pub struct DrawModel<'a> {
    /// The draw's model (its variables are held by the plan as applied for's model).
    pub model: FundingModel<'a>,
    /// The draw's weight: the share of all draws that came out like it.
    pub weight: f64,
    /// The scenario's objective in the draw, before the penalties.
    pub value: Expression,
    /// Money nobody gives (model money units).
    pub unfinanced: Expression,
    /// Staff hours over capacity.
    pub hours_over: Expression,
    /// The draw's outcome in the objective's direction (see the module's documentation).
    pub outcome: Expression,
}

/// The two-stage model.
pub struct TwoStage<'a> {
    /// The plan as applied for; its `vars` hold the variables of every draw too.
    pub nominal: FundingModel<'a>,
    /// The draws.
    pub draws: Vec<DrawModel<'a>>,
    /// Constraints beyond the models' own: the tail of a conditional value at risk, a fixed
    /// first stage.
    pub links: Vec<Constraint>,
    /// What is made best, and its direction.
    pub objective: (Expression, Sense),
    /// The weight of an unfinanced unit of money and of an hour over capacity, in the
    /// objective's unit.
    pub penalties: (f64, f64),
}

impl<'a> TwoStage<'a> {
    /// Builds the model of `nominal` (the plan as applied for, in model units) over `draws`
    /// (each a [`draw_case`] with its weight; the weights add up to 1), making `measure` best.
    pub fn build(nominal: &'a Scenario, draws: &'a [(Scenario, f64)], measure: Measure) -> Self {
        let mut nominal_model = FundingModel::build_case(nominal, ProblemVariables::new(), None);
        let mut vars = std::mem::replace(&mut nominal_model.vars, ProblemVariables::new());
        let first_stage = nominal_model.first_stage();
        let penalties = penalties(nominal);
        let sense = nominal_model.objectives()[0].1;
        let mut links = Vec::new();
        let mut draw_models = Vec::with_capacity(draws.len());
        for (case, weight) in draws {
            let mut model = FundingModel::build_case(case, vars, Some(&first_stage));
            vars = std::mem::replace(&mut model.vars, ProblemVariables::new());
            let unfinanced_source = case.plan.sources.len() - 1;
            let mut unfinanced = Expression::default();
            for &i in &model.funding_of_source[unfinanced_source] {
                unfinanced.add_mul(1.0, model.amount(&model.funding[i]));
            }
            let mut hours_over = Expression::default();
            for slack in &model.slacks {
                hours_over.add_mul(1.0, slack.amount);
            }
            let lost = penalties.0 * unfinanced.clone() + penalties.1 * hours_over.clone();
            let [(value, _), _] = model.objectives();
            let outcome = match sense {
                Sense::Maximise => value.clone() - lost,
                Sense::Minimise => value.clone() + lost,
            };
            draw_models.push(DrawModel {
                model,
                weight: *weight,
                value,
                unfinanced,
                hours_over,
                outcome,
            });
        }
        let objective = match measure {
            Measure::Expected => {
                let mut total = Expression::default();
                for d in &draw_models {
                    total.add_mul(d.weight, d.outcome.clone());
                }
                total
            }
            Measure::Cvar(alpha) => {
                // The worst `alpha` share: threshold `eta`, excess `u` of each draw beyond it.
                let eta = vars.add(variable());
                let mut tail = Expression::default();
                for d in &draw_models {
                    let u = vars.add(variable().min(0.0));
                    let outcome = d.outcome.clone();
                    links.push(match sense {
                        Sense::Maximise => constraint!(u >= eta - outcome),
                        Sense::Minimise => constraint!(u >= outcome - eta),
                    });
                    tail.add_mul(d.weight / alpha, u);
                }
                match sense {
                    Sense::Maximise => Expression::from(eta) - tail,
                    Sense::Minimise => Expression::from(eta) + tail,
                }
            }
        };
        nominal_model.vars = vars;
        TwoStage {
            nominal: nominal_model,
            draws: draw_models,
            links,
            objective: (objective, sense),
            penalties,
        }
    }

    /// Every constraint of the model: the plan as applied for's, each draw's, the links.
    pub fn constraints(&self) -> impl Iterator<Item = &Constraint> {
        self.nominal
            .constraints
            .iter()
            .chain(self.draws.iter().flat_map(|d| &d.model.constraints))
            .chain(&self.links)
    }

    /// The number of variables and of constraints.
    pub fn size(&self) -> (usize, usize) {
        (self.nominal.vars.len(), self.constraints().count())
    }

    /// The tie-break: own money over the plan as applied for and every draw, an unfinanced
    /// euro counting at least twice (so that the tie-break never leaves a euro unfinanced to
    /// save one of own money), and up to three times for the action with the most impact per
    /// euro: where some money is missing whatever happens, the actions left short are those
    /// that bring the least per euro, as a finance officer would choose.
    pub fn own_money(&self) -> Expression {
        let mut total = self.nominal.own_money();
        for d in &self.draws {
            total += d.model.own_money();
            let ratios = impact_per_cost(d.model.scenario);
            let best = ratios.iter().copied().fold(0.0, f64::max);
            let unfinanced_source = d.model.scenario.plan.sources.len() - 1;
            for &i in &d.model.funding_of_source[unfinanced_source] {
                let f = &d.model.funding[i];
                let weight = 2.0
                    + if best > 0.0 {
                        ratios[f.action] / best
                    } else {
                        0.0
                    };
                total.add_mul(weight, d.model.amount(f));
            }
        }
        total
    }

    /// Constraints that fix the first stage at a plan: each action's scale (0 = out), start
    /// and the partnerships (action, partner) — to see how that plan fares in the draws.
    pub fn fix_first_stage(&mut self, plan: &crate::domain::Allocation) {
        let (scale, joins) = (&plan.scale, &plan.joins);
        let model = &self.nominal;
        for (a, starts) in model.starts.iter().enumerate() {
            for start in starts {
                if let Some(y) = start.chosen {
                    let on = f64::from(u8::from(scale[a] > 0.0 && plan.delay_of(a) == start.delay));
                    self.links.push(constraint!(y == on));
                }
            }
        }
        for (a, &s) in scale.iter().enumerate() {
            let on = if s > 0.0 { 1.0 } else { 0.0 };
            let x = model.select[a];
            self.links.push(constraint!(x == on));
            if model.scenario.plan.actions[a].min_scale < 1.0 {
                let e = model.scale[a].clone();
                self.links.push(constraint!(e == s));
            }
        }
        for j in &model.joins {
            let on = if joins.contains(&(j.action, j.partner)) {
                1.0
            } else {
                0.0
            };
            let join = j.join;
            self.links.push(constraint!(join == on));
        }
    }
}

/// The weight of an unfinanced unit of money and of an hour over staff capacity, in the
/// objective's unit. For `max-impact`: an unfinanced unit weighs as much as the impact the
/// plan's best unit of money buys (the best ratio of weighted impact to cost over the actions),
/// so a commitment that will not be paid for costs at least what it could have brought. For
/// `min-own-cost`: twice a unit of own money, so the municipality's budget covers a gap before
/// it is left unfinanced. An hour weighs as much as the money the plan's actions spend per hour
/// of work they need.
fn penalties(nominal: &Scenario) -> (f64, f64) {
    let plan = &nominal.plan;
    let money = match nominal.objective {
        Objective::MaxImpact => impact_per_cost(nominal).into_iter().fold(0.0, f64::max),
        Objective::MinOwnCost => 2.0,
    };
    let money = if money > 0.0 { money } else { 1.0 };
    let cost: f64 = plan.actions.iter().map(|a| a.total_cost_eur()).sum();
    let hours: f64 = plan.actions.iter().flat_map(|a| &a.staff_hours).sum();
    let per_hour = if hours > 0.0 && cost > 0.0 {
        cost / hours
    } else {
        1.0
    };
    (money, money * per_hour)
}

/// Per action: its weighted impact per unit of cost (0 for an action that costs nothing).
fn impact_per_cost(scenario: &Scenario) -> Vec<f64> {
    scenario
        .plan
        .actions
        .iter()
        .map(|a| {
            let value: f64 = a
                .impact
                .iter()
                .zip(&scenario.weights)
                .map(|(i, w)| i * w)
                .sum();
            let cost = a.total_cost_eur();
            if cost > 0.0 {
                value / cost
            } else {
                0.0
            }
        })
        .collect()
}
