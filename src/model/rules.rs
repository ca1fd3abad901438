//! One function per business rule. Each adds its constraints to the model and says, in its doc,
//! the rule as a finance officer would state it.

use super::{FundingModel, Rule};
use crate::domain::{Offer, Status};
use good_lp::{constraint, Expression};
use std::collections::BTreeMap;

impl FundingModel<'_> {
    /// A scalable action is funded at a scale between its `min_scale` and 1, or not at all.
    pub(super) fn scale_within_bounds(&mut self) {
        for (a, action) in self.scenario.plan.actions.iter().enumerate() {
            if action.min_scale < 1.0 {
                let (x, s) = (self.select[a], self.scale[a].clone());
                self.add(
                    Rule::Scale(a),
                    constraint!(action.min_scale * x <= s.clone()),
                );
                self.add(Rule::Scale(a), constraint!(s <= x));
            }
        }
    }

    /// Timing: a funded action starts once, no later than its `latest_start` and early enough to
    /// end by its `deadline` within the plan (the possible starts, see
    /// [`super::allowed_delays`]); at that start it runs at its funded scale. An action with no
    /// possible start is not funded.
    pub(super) fn start_within_window(&mut self) {
        for a in 0..self.scenario.plan.actions.len() {
            let x = self.select[a];
            let starts = &self.starts[a];
            if starts.is_empty() {
                self.add(Rule::Start(a), constraint!(x == 0.0));
                continue;
            }
            if starts.iter().all(|s| s.chosen.is_none()) {
                continue;
            }
            let mut chosen = Expression::default();
            let mut scale = Expression::default();
            let mut added = Vec::new();
            for start in starts {
                let Some(y) = start.chosen else { continue };
                chosen.add_mul(1.0, y);
                scale.add_mul(1.0, start.scale.clone());
                if self.scenario.plan.actions[a].min_scale < 1.0 {
                    added.push(constraint!(start.scale.clone() <= y));
                }
            }
            added.push(constraint!(chosen == x));
            if self.scenario.plan.actions[a].min_scale < 1.0 {
                added.push(constraint!(scale == self.scale[a].clone()));
            }
            for c in added {
                self.add(Rule::Start(a), c);
            }
        }
    }

    /// Every funded euro is covered: in each period, the money from sources and partners equals
    /// the action's cost at its funded scale and start.
    pub(super) fn every_funded_euro_is_covered(&mut self) {
        let plan = &self.scenario.plan;
        for a in 0..plan.actions.len() {
            for p in 0..plan.periods.len() {
                if self.peak_cost(a, p) <= 0.0 {
                    continue;
                }
                // An only payer pays the cost by construction: nothing left to require.
                let only_payer = self
                    .funding_of(a)
                    .iter()
                    .any(|f| f.period == p && f.var.is_none());
                if only_payer {
                    continue;
                }
                let mut money = Expression::default();
                for f in self.funding_of(a).iter().filter(|f| f.period == p) {
                    money.add_mul(1.0, self.amount(f));
                }
                for j in self.joins_of(a) {
                    if let Some(c) = j.cash[p] {
                        money.add_mul(1.0, c);
                    }
                }
                let needed = self.cost_at(a, p);
                self.add(Rule::Covered(a, p), constraint!(money == needed));
            }
        }
    }

    /// A source never pays more in a period than its budget for that period.
    pub(super) fn source_budget_per_period(&mut self) {
        let plan = &self.scenario.plan;
        for (s, source) in plan.sources.iter().enumerate() {
            for (p, budget) in source.budget_eur.iter().enumerate() {
                let Some(budget) = *budget else { continue };
                let mut used = Expression::default();
                for &i in &self.funding_of_source[s] {
                    if self.funding[i].period == p {
                        used.add_mul(1.0, self.amount(&self.funding[i]));
                    }
                }
                self.at_most(Rule::SourcePeriod(s, p), used, budget);
            }
        }
    }

    /// A source never pays more over the whole plan than its total budget.
    pub(super) fn source_budget_total(&mut self) {
        for (s, source) in self.scenario.plan.sources.iter().enumerate() {
            let Some(budget) = source.budget_total_eur else {
                continue;
            };
            let mut used = Expression::default();
            for &i in &self.funding_of_source[s] {
                used.add_mul(1.0, self.amount(&self.funding[i]));
            }
            self.at_most(Rule::SourceTotal(s), used, budget);
        }
    }

    /// Co-financing: a source pays at most `max_share` of an action's total cost (e.g. ESF+ at
    /// 85%: the other 15% must come from elsewhere).
    pub(super) fn max_cofinancing_share(&mut self) {
        let plan = &self.scenario.plan;
        for (s, source) in plan.sources.iter().enumerate() {
            if source.max_share >= 1.0 {
                continue; // implied by "every funded euro is covered"
            }
            for (a, action) in plan.actions.iter().enumerate() {
                let mut paid = Expression::default();
                let mut any = false;
                for f in self.funding_of(a).iter().filter(|f| f.source == s) {
                    paid.add_mul(1.0, self.amount(f));
                    any = true;
                }
                if any {
                    // In a re-plan, a share already paid above the rate stays paid (that action
                    // only: it is started, funded at its fixed scale).
                    let total = action.total_cost_eur();
                    let held = self.past_paid(s, a);
                    let rate = if total > 0.0 {
                        source.max_share.max(held / total)
                    } else {
                        source.max_share
                    };
                    let share = rate * total * self.cost_scale[a].clone();
                    self.add(Rule::Share(s, a), constraint!(paid <= share));
                }
            }
        }
    }

    /// Grant size: a source's contribution to one action is at most `max_grant`, and either
    /// nothing or at least `min_grant`.
    pub(super) fn grant_size(&mut self) {
        let plan = &self.scenario.plan;
        for (s, source) in plan.sources.iter().enumerate() {
            for a in 0..plan.actions.len() {
                let mut paid = Expression::default();
                let mut upper = 0.0;
                for f in self.funding_of(a).iter().filter(|f| f.source == s) {
                    paid.add_mul(1.0, self.amount(f));
                    upper += self.peak_cost(a, f.period);
                }
                if upper == 0.0 {
                    continue;
                }
                // In a re-plan, what a source already paid an action stays paid: its grant to
                // that action may exceed max_grant or stay below min_grant by that much.
                let held = self.past_paid(s, a);
                if let Some(max) = source.max_grant_eur.map(|m| m.max(held)) {
                    self.add(Rule::GrantSize(s, a), constraint!(paid.clone() <= max));
                    upper = upper.min(max);
                }
                if let Some(&used) = self.grant_used.get(&(a, s)) {
                    let min = source.min_grant_eur.unwrap_or(0.0);
                    let min = if held > 0.0 { min.min(held) } else { min };
                    let rule = Rule::GrantSize(s, a);
                    self.add(rule, constraint!(paid.clone() <= upper * used));
                    self.add(rule, constraint!(paid >= min * used));
                }
            }
        }
    }

    /// A partner gives cash or hours only to actions it joins, only to funded actions, and the
    /// partners' hours on an action together never exceed the staff hours it needs at its scale.
    pub(super) fn partner_contributions(&mut self) {
        let plan = &self.scenario.plan;
        let mut added = Vec::new();
        for j in &self.joins {
            let x = self.select[j.action];
            let rule = Rule::PartnerJoins(j.partner, j.action);
            added.push((rule, constraint!(j.join <= x)));
            // The partner's offer itself is a row of its own (`partner_capacity`); here the
            // action's own cost and hours bound what a joining partner can give.
            for p in 0..plan.periods.len() {
                if let Some(c) = j.cash[p] {
                    let cap = self.peak_cost(j.action, p);
                    added.push((rule, constraint!(c <= cap * j.join)));
                }
                if let Some(h) = j.hours[p] {
                    let cap = self.peak_hours(j.action, p);
                    added.push((rule, constraint!(h <= cap * j.join)));
                }
            }
        }
        // Together, the partners on an action give at most the hours it needs at its scale.
        for a in 0..plan.actions.len() {
            let joins = self.joins_of(a);
            for p in 0..plan.periods.len() {
                let mut given = Expression::default();
                let mut any = false;
                for h in joins.iter().filter_map(|j| j.hours[p]) {
                    given.add_mul(1.0, h);
                    any = true;
                }
                if any {
                    let need = self.hours_at(a, p);
                    let rule = Rule::PartnerHoursNeeded(a, p);
                    added.push((rule, constraint!(given <= need)));
                }
            }
        }
        for (rule, c) in added {
            self.add(rule, c);
        }
    }

    /// A partner gives no more cash or hours than it offers (per period, or over the plan), and
    /// joins at most `max_actions` actions.
    pub(super) fn partner_capacity(&mut self) {
        let plan = &self.scenario.plan;
        for (k, partner) in plan.partners.iter().enumerate() {
            let mine: Vec<_> = self.joins.iter().filter(|j| j.partner == k).collect();
            type Pick = fn(&super::JoinVar, usize) -> Option<good_lp::Variable>;
            type Tag = fn(usize, Option<usize>) -> Rule;
            let mut limits = Vec::new();
            for (offer, pick, tag) in [
                (
                    &partner.cash_eur,
                    (|j: &super::JoinVar, p: usize| j.cash[p]) as Pick,
                    Rule::PartnerCash as Tag,
                ),
                (
                    &partner.staff_hours,
                    |j: &super::JoinVar, p: usize| j.hours[p],
                    Rule::PartnerHours,
                ),
            ] {
                let mut whole_plan = Expression::default();
                for p in 0..plan.periods.len() {
                    let mut period = Expression::default();
                    for v in mine.iter().filter_map(|j| pick(j, p)) {
                        period.add_mul(1.0, v);
                        whole_plan.add_mul(1.0, v);
                    }
                    if let Offer::PerPeriod(amounts) = offer {
                        limits.push((tag(k, Some(p)), period, amounts[p]));
                    }
                }
                if let Offer::Total(total) = offer {
                    limits.push((tag(k, None), whole_plan, *total));
                }
            }
            if let Some(max) = partner.max_actions {
                let mut joined = Expression::default();
                for j in &mine {
                    joined.add_mul(1.0, j.join);
                }
                limits.push((Rule::PartnerActions(k), joined, max as f64));
            }
            for (rule, used, limit) in limits {
                self.at_most(rule, used, limit);
            }
        }
    }

    /// Municipal staff: the hours the funded actions need, less the hours partners give, fit
    /// the staff capacity of each period.
    pub(super) fn staff_capacity(&mut self) {
        let Some(capacity) = &self.scenario.staff_capacity_hours else {
            return;
        };
        for (p, &hours) in capacity.iter().enumerate() {
            let need = self.staff_need(p, &|_| true);
            self.at_most(Rule::Staff(p), need, hours);
        }
    }

    /// Owners (`owners.csv`): the hours the funded actions an owner carries need, less the hours
    /// partners give them, fit the owner's hours in each period.
    pub(super) fn owner_capacity(&mut self) {
        let plan = &self.scenario.plan;
        for (o, owner) in plan.owners.iter().enumerate() {
            let carried = |a: usize| plan.actions[a].owner_staff == Some(o);
            if !(0..plan.actions.len()).any(carried) {
                continue;
            }
            for (p, &hours) in owner.hours.iter().enumerate() {
                let need = self.staff_need(p, &carried);
                self.at_most(Rule::OwnerStaff(o, p), need, hours);
            }
        }
    }

    /// The municipal staff hours that the funded actions picked by `counted` need in period
    /// `p`, less the hours partners give them.
    fn staff_need(&self, p: usize, counted: &dyn Fn(usize) -> bool) -> Expression {
        let mut need = Expression::default();
        for a in (0..self.scenario.plan.actions.len()).filter(|&a| counted(a)) {
            if self.peak_hours(a, p) > 0.0 {
                need += self.hours_at(a, p);
            }
        }
        for j in self.joins.iter().filter(|j| counted(j.action)) {
            if let Some(h) = j.hours[p] {
                need.add_mul(-1.0, h);
            }
        }
        need
    }

    /// `requires`: an action is funded only if every action it requires is funded.
    /// `excludes`: two alternatives are never funded together.
    pub(super) fn requires_and_excludes(&mut self) {
        for (a, action) in self.scenario.plan.actions.iter().enumerate() {
            for &b in &action.requires {
                self.add(
                    Rule::Requires(a, b),
                    constraint!(self.select[a] <= self.select[b]),
                );
            }
            for &b in &action.excludes {
                self.add(
                    Rule::Excludes(a, b),
                    constraint!(self.select[a] + self.select[b] <= 1.0),
                );
            }
        }
    }

    /// `must` actions are funded; `never` actions are not.
    pub(super) fn must_and_never(&mut self) {
        for (a, action) in self.scenario.plan.actions.iter().enumerate() {
            match action.status {
                Status::Must if self.elastic => {
                    self.at_least(Rule::Must(a), Expression::from(self.select[a]), 1.0)
                }
                Status::Must => self.add(Rule::Must(a), constraint!(self.select[a] == 1.0)),
                Status::Never => self.add(Rule::Never(a), constraint!(self.select[a] == 0.0)),
                Status::Free => {}
            }
        }
    }

    /// Targets: the funded actions reach each indicator's minimum; a soft target may fall short,
    /// and the shortfall is penalised in the objective.
    pub(super) fn targets(&mut self) {
        let plan = &self.scenario.plan;
        for (t, target) in plan.targets.iter().enumerate() {
            let mut reached = Expression::default();
            for (a, action) in plan.actions.iter().enumerate() {
                let impact = action.impact[target.indicator];
                if impact != 0.0 {
                    reached.add_mul(impact, self.impact_scale[a].clone());
                }
            }
            if let Some(u) = self.shortfall[t] {
                reached.add_mul(1.0, u);
            }
            self.at_least(Rule::Target(t), reached, target.min);
        }
    }

    /// In a re-plan, what source `s` paid action `a` in the past periods (0 otherwise).
    fn past_paid(&self, s: usize, a: usize) -> f64 {
        self.scenario
            .past
            .as_ref()
            .map_or(0.0, |past| past.paid(s, a))
    }

    /// In a re-plan, what was spent stays spent: in each past period, every source pays an
    /// action exactly what it paid, and every partner gives exactly the cash it gave (nothing
    /// where nothing was paid).
    pub(super) fn past_stays_spent(&mut self) {
        let Some(past) = &self.scenario.past else {
            return;
        };
        // What each source paid and each partner gave, per (action, payer, period), summed
        // once: (action, index, period) → EUR.
        let mut spent: BTreeMap<(usize, usize, usize), f64> = BTreeMap::new();
        for x in &past.spent {
            *spent.entry((x.action, x.source, x.period)).or_default() += x.amount_eur;
        }
        let mut given: BTreeMap<(usize, usize, usize), f64> = BTreeMap::new();
        for x in &past.given {
            *given.entry((x.action, x.partner, x.period)).or_default() += x.cash_eur;
        }
        let was = |paid: &BTreeMap<_, f64>, key| paid.get(&key).copied().unwrap_or(0.0);
        let mut added = Vec::new();
        for f in self.funding.iter().filter(|f| f.period <= past.as_of) {
            let paid = self.amount(f);
            let before = was(&spent, (f.action, f.source, f.period));
            added.push((Rule::Past(f.action, f.period), constraint!(paid == before)));
        }
        for j in &self.joins {
            for (p, cash) in j.cash.iter().enumerate().take(past.as_of + 1) {
                if let Some(c) = *cash {
                    let before = was(&given, (j.action, j.partner, p));
                    added.push((Rule::Past(j.action, p), constraint!(c == before)));
                }
            }
        }
        for (rule, c) in added {
            self.add(rule, c);
        }
    }
}
