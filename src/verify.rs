//! An independent re-check of a funding plan against every rule.
//!
//! This module shares no code with [`crate::model`]: it re-reads the rules from the validated
//! plan and checks the answer with plain arithmetic, so a mistake in the model builder (or in the
//! solver) shows up here as a violation instead of reaching a report. A violation is a bug in
//! fundmix, never the user's fault.

use crate::domain::metrics::indicator_totals;
use crate::domain::{Allocation, Offer, RuleKind, Scenario, Status};

/// One broken rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// The kind of rule broken.
    pub rule: RuleKind,
    /// What is wrong, with the amounts.
    pub message: String,
}

/// True when `lhs ≤ rhs` up to a relative tolerance of one in a million.
fn within(lhs: f64, rhs: f64) -> bool {
    lhs <= rhs + 1e-6 * lhs.abs().max(rhs.abs()).max(1.0)
}

/// Money flows are whole cents (see `solve::extract`): each differs from the exact plan by at
/// most half a cent, and the largest flow of an action's year also takes that year's rounding
/// remainder (at most 5 cents). A sum of money flows may be off by this much per flow.
const ROUNDING_PER_FLOW_EUR: f64 = 0.06;

/// `lhs ≤ rhs` for amounts that sum `flows` money flows: within the relative tolerance, or
/// within the rounding of those flows to cents.
fn within_eur(lhs: f64, rhs: f64, flows: usize) -> bool {
    within(lhs, rhs) || lhs <= rhs + ROUNDING_PER_FLOW_EUR * flows.max(1) as f64
}

fn equal_eur(lhs: f64, rhs: f64, flows: usize) -> bool {
    within_eur(lhs, rhs, flows) && within_eur(rhs, lhs, flows)
}

struct Checker<'a> {
    scenario: &'a Scenario,
    plan: &'a Allocation,
    violations: Vec<Violation>,
}

impl Checker<'_> {
    fn fail(&mut self, rule: RuleKind, message: String) {
        self.violations.push(Violation { rule, message });
    }

    fn action(&self, a: usize) -> &str {
        &self.scenario.plan.actions[a].id
    }

    fn period(&self, p: usize) -> &str {
        &self.scenario.plan.periods[p]
    }

    /// How many periods later than written action `a` starts in the plan.
    fn delay(&self, a: usize) -> usize {
        self.plan.delay.get(a).copied().unwrap_or(0)
    }

    /// The value in period `p` of a per-period profile of action `a` (written from its earliest
    /// start), moved by the action's delay.
    fn moved(&self, a: usize, profile: &[f64], p: usize) -> f64 {
        match p.checked_sub(self.delay(a)) {
            Some(q) => profile[q],
            None => 0.0,
        }
    }

    /// Action `a`'s cost at full scale in period `p`, at its start in the plan.
    fn cost(&self, a: usize, p: usize) -> f64 {
        self.moved(a, &self.scenario.plan.actions[a].cost_eur, p)
    }

    /// Action `a`'s staff hours at full scale in period `p`, at its start in the plan.
    fn hours(&self, a: usize, p: usize) -> f64 {
        self.moved(a, &self.scenario.plan.actions[a].staff_hours, p)
    }
}

/// Checks `allocation` against every rule of `scenario`; an empty list means it keeps them all.
pub fn verify(scenario: &Scenario, allocation: &Allocation) -> Vec<Violation> {
    let mut c = Checker {
        scenario,
        plan: allocation,
        violations: Vec::new(),
    };
    if !shape(&mut c) {
        return c.violations;
    }
    scales(&mut c);
    timing(&mut c);
    coverage(&mut c);
    sources(&mut c);
    partners(&mut c);
    staff(&mut c);
    links_and_status(&mut c);
    hard_targets(&mut c);
    past(&mut c);
    c.violations
}

/// Indices in range, amounts non-negative and finite.
fn shape(c: &mut Checker) -> bool {
    let plan = &c.scenario.plan;
    let (na, ns, nk, np) = (
        plan.actions.len(),
        plan.sources.len(),
        plan.partners.len(),
        plan.periods.len(),
    );
    if c.plan.scale.len() != na {
        c.fail(
            RuleKind::Shape,
            format!("{} scales for {na} actions", c.plan.scale.len()),
        );
        return false;
    }
    let mut ok = true;
    for f in &c.plan.funding {
        if f.action >= na
            || f.source >= ns
            || f.period >= np
            || !f.amount_eur.is_finite()
            || f.amount_eur < 0.0
        {
            ok = false;
        }
    }
    for k in &c.plan.contributions {
        let bad_amount =
            !k.cash_eur.is_finite() || !k.hours.is_finite() || k.cash_eur < 0.0 || k.hours < 0.0;
        if k.action >= na || k.partner >= nk || k.period >= np || bad_amount {
            ok = false;
        }
    }
    if c.plan.joins.iter().any(|&(a, k)| a >= na || k >= nk) {
        ok = false;
    }
    if !c.plan.delay.is_empty() && c.plan.delay.len() != na {
        ok = false;
    }
    if !ok {
        c.fail(
            RuleKind::Shape,
            "an amount is negative or refers to an unknown action, source, partner or period"
                .into(),
        );
    }
    ok
}

fn scales(c: &mut Checker) {
    for (a, action) in c.scenario.plan.actions.iter().enumerate() {
        let s = c.plan.scale[a];
        let ok = s == 0.0 || (within(action.min_scale, s) && within(s, 1.0));
        if !ok {
            let msg = format!(
                "'{}' is funded at scale {s}, outside 0 or [{}, 1]",
                c.action(a),
                action.min_scale
            );
            c.fail(RuleKind::Scale, msg);
        }
    }
}

/// A funded action starts no later than its `latest_start` (and, without one, as written), ends
/// by its `deadline`, and its whole profile stays within the plan; in a re-plan, an action that
/// had not started starts after the past periods.
fn timing(c: &mut Checker) {
    let plan = &c.scenario.plan;
    let n = plan.periods.len();
    for (a, action) in plan.actions.iter().enumerate() {
        let delay = c.delay(a);
        if c.plan.scale[a] == 0.0 {
            if delay != 0 {
                let msg = format!("'{}' is not funded but starts {delay} late", action.id);
                c.fail(RuleKind::Timing, msg);
            }
            continue;
        }
        let busy: Vec<usize> = (0..n)
            .filter(|&p| action.cost_eur[p] != 0.0 || action.staff_hours[p] != 0.0)
            .collect();
        let (Some(&first), Some(&last)) = (busy.first(), busy.last()) else {
            continue;
        };
        let (start, end) = (first + delay, last + delay);
        let mut wrong = Vec::new();
        match action.latest_start {
            None if delay > 0 => wrong.push(format!("starts {delay} late without a latest_start")),
            Some(latest) if start > latest => wrong.push(format!(
                "starts in {} after its latest_start {}",
                plan.periods
                    .get(start)
                    .map_or("a period past the plan", String::as_str),
                plan.periods[latest]
            )),
            _ => {}
        }
        if end >= n {
            wrong.push(format!("runs {} periods past the plan's end", end + 1 - n));
        } else if action.deadline.is_some_and(|d| end > d) {
            wrong.push(format!("ends in {} after its deadline", plan.periods[end]));
        }
        if let Some(past) = &c.scenario.past {
            if !past.started[a] && start <= past.as_of {
                wrong.push(format!(
                    "had not started by {} but starts in {}",
                    plan.periods[past.as_of], plan.periods[start]
                ));
            }
        }
        for what in wrong {
            c.fail(RuleKind::Timing, format!("'{}' {what}", action.id));
        }
    }
}

/// Every funded euro is covered, and only by eligible sources and partners.
fn coverage(c: &mut Checker) {
    let plan = &c.scenario.plan;
    let mut money = vec![vec![0.0; plan.periods.len()]; plan.actions.len()];
    let mut flows = vec![vec![0_usize; plan.periods.len()]; plan.actions.len()];
    for f in &c.plan.funding {
        money[f.action][f.period] += f.amount_eur;
        flows[f.action][f.period] += 1;
        if !plan.sources[f.source].eligible[f.action] && f.amount_eur > 0.0 {
            let msg = format!(
                "source '{}' pays for '{}', which it may not fund",
                plan.sources[f.source].id,
                c.action(f.action)
            );
            c.fail(RuleKind::Eligibility, msg);
        }
    }
    for k in &c.plan.contributions {
        money[k.action][k.period] += k.cash_eur;
        flows[k.action][k.period] += usize::from(k.cash_eur > 0.0);
        if !plan.partners[k.partner].eligible[k.action] {
            let msg = format!(
                "partner '{}' contributes to '{}', which it may not join",
                plan.partners[k.partner].id,
                c.action(k.action)
            );
            c.fail(RuleKind::Eligibility, msg);
        }
    }
    for a in 0..plan.actions.len() {
        for p in 0..plan.periods.len() {
            let needed = c.cost(a, p) * c.plan.scale[a];
            if !equal_eur(money[a][p], needed, flows[a][p]) {
                let msg = format!(
                    "'{}' in {} needs {needed:.2} EUR but receives {:.2} EUR",
                    c.action(a),
                    c.period(p),
                    money[a][p]
                );
                c.fail(RuleKind::Covered, msg);
            }
        }
    }
}

/// Budgets per period and in total, co-financing shares and grant sizes.
fn sources(c: &mut Checker) {
    let plan = &c.scenario.plan;
    for (s, source) in plan.sources.iter().enumerate() {
        let mut per_period = vec![0.0; plan.periods.len()];
        let mut per_action = vec![0.0; plan.actions.len()];
        let mut flows_in_period = vec![0_usize; plan.periods.len()];
        let mut flows_to_action = vec![0_usize; plan.actions.len()];
        for f in c.plan.funding.iter().filter(|f| f.source == s) {
            if source.spend_by.is_some_and(|last| f.period > last) && f.amount_eur > 0.0 {
                let msg = format!(
                    "'{}' pays '{}' in {}, after its spend_by period",
                    source.id, plan.actions[f.action].id, plan.periods[f.period]
                );
                c.violations.push(Violation {
                    rule: RuleKind::SpendBy,
                    message: msg,
                });
            }
            per_period[f.period] += f.amount_eur;
            per_action[f.action] += f.amount_eur;
            flows_in_period[f.period] += 1;
            flows_to_action[f.action] += 1;
        }
        for (p, used) in per_period.iter().enumerate() {
            if let Some(budget) = source.budget_eur[p] {
                if !within_eur(*used, budget, flows_in_period[p]) {
                    let msg = format!(
                        "'{}' pays {used:.2} EUR in {}, over its budget of {budget:.2}",
                        source.id,
                        c.period(p)
                    );
                    c.fail(RuleKind::SourcePeriod, msg);
                }
            }
        }
        let total: f64 = per_period.iter().sum();
        if let Some(budget) = source.budget_total_eur {
            if !within_eur(total, budget, flows_in_period.iter().sum()) {
                c.fail(
                    RuleKind::SourceTotal,
                    format!(
                        "'{}' pays {total:.2} EUR in all, over its budget of {budget:.2}",
                        source.id
                    ),
                );
            }
        }
        for (a, &paid) in per_action.iter().enumerate() {
            if paid <= 0.0 {
                continue;
            }
            let action = &plan.actions[a];
            let flows = flows_to_action[a];
            // In a re-plan, what the source paid this action in the past stays paid: its share
            // and grant are judged with that amount held.
            let held: f64 = c.scenario.past.as_ref().map_or(0.0, |past| {
                let mine = past.spent.iter().filter(|f| f.source == s && f.action == a);
                mine.filter(|f| f.period <= past.as_of)
                    .map(|f| f.amount_eur)
                    .sum()
            });
            let total: f64 = action.cost_eur.iter().sum();
            let rate = if total > 0.0 {
                source.max_share.max(held / total)
            } else {
                source.max_share
            };
            let cap = rate * total * c.plan.scale[a];
            if !within_eur(paid, cap, flows) {
                let msg = format!(
                    "'{}' pays {paid:.2} EUR of '{}', over its share cap of {cap:.2}",
                    source.id, action.id
                );
                c.fail(RuleKind::Share, msg);
            }
            if let Some(max) = source.max_grant_eur.map(|m| m.max(held)) {
                if !within_eur(paid, max, flows) {
                    c.fail(
                        RuleKind::GrantSize,
                        format!(
                            "'{}' gives '{}' {paid:.2} EUR, above max_grant {max:.2}",
                            source.id, action.id
                        ),
                    );
                }
            }
            let min_grant = source.min_grant_eur;
            if let Some(min) = min_grant.map(|m| if held > 0.0 { m.min(held) } else { m }) {
                if !within_eur(min, paid, flows) {
                    c.fail(
                        RuleKind::GrantSize,
                        format!(
                            "'{}' gives '{}' {paid:.2} EUR, below min_grant {min:.2}",
                            source.id, action.id
                        ),
                    );
                }
            }
        }
    }
}

fn offered(offer: &Offer, period: Option<usize>) -> f64 {
    match (offer, period) {
        (Offer::None, _) => 0.0,
        (Offer::PerPeriod(v), Some(p)) => v[p],
        (Offer::PerPeriod(v), None) => v.iter().sum(),
        (Offer::Total(t), _) => *t,
    }
}

/// Partners give only to actions they joined, within what they offer, and join at most
/// `max_actions` funded actions.
fn partners(c: &mut Checker) {
    let plan = &c.scenario.plan;
    for &(a, k) in &c.plan.joins {
        if c.plan.scale[a] == 0.0 {
            let msg = format!(
                "partner '{}' joins '{}', which is not funded",
                plan.partners[k].id,
                c.action(a)
            );
            c.fail(RuleKind::PartnerContributions, msg);
        }
    }
    for contribution in &c.plan.contributions {
        let (a, k) = (contribution.action, contribution.partner);
        if !c.plan.joins.contains(&(a, k)) {
            let msg = format!(
                "partner '{}' gives to '{}' without joining it",
                plan.partners[k].id,
                c.action(a)
            );
            c.fail(RuleKind::PartnerContributions, msg);
        }
    }
    // Partners' hours together never exceed the hours the action needs at its scale (several
    // partners on one action share its need; they cannot each relieve all of it).
    let mut hours: std::collections::BTreeMap<(usize, usize), f64> = Default::default();
    for x in &c.plan.contributions {
        *hours.entry((x.action, x.period)).or_insert(0.0) += x.hours;
    }
    for ((a, p), given) in hours {
        let need = c.hours(a, p) * c.plan.scale[a];
        if !within(given, need) {
            let msg = format!(
                "partners give '{}' {given:.1} hours in {}, more than the {need:.1} it needs",
                c.action(a),
                c.period(p)
            );
            c.fail(RuleKind::PartnerContributions, msg);
        }
    }
    for (k, partner) in plan.partners.iter().enumerate() {
        let joined = c.plan.joins.iter().filter(|j| j.1 == k).count();
        if let Some(max) = partner.max_actions {
            if joined > max {
                c.fail(
                    RuleKind::PartnerCapacity,
                    format!(
                        "'{}' joins {joined} actions, more than its max_actions {max}",
                        partner.id
                    ),
                );
            }
        }
        let mine: Vec<_> = c
            .plan
            .contributions
            .iter()
            .filter(|x| x.partner == k)
            .collect();
        for (what, offer, pick) in [
            (
                "EUR",
                &partner.cash_eur,
                (|x: &crate::domain::Contribution| x.cash_eur)
                    as fn(&crate::domain::Contribution) -> f64,
            ),
            ("hours", &partner.staff_hours, |x| x.hours),
        ] {
            let periods: Vec<Option<usize>> = match offer {
                Offer::PerPeriod(_) => (0..plan.periods.len()).map(Some).collect(),
                _ => vec![None],
            };
            for period in periods {
                let given: f64 = mine
                    .iter()
                    .filter(|x| period.is_none_or(|p| x.period == p))
                    .map(|x| pick(x))
                    .sum();
                let cap = offered(offer, period);
                let ok = if what == "EUR" {
                    let flows = mine
                        .iter()
                        .filter(|x| period.is_none_or(|p| x.period == p) && x.cash_eur > 0.0)
                        .count();
                    within_eur(given, cap, flows)
                } else {
                    within(given, cap)
                };
                if !ok {
                    let when = period.map_or("over the plan".to_string(), |p| {
                        format!("in {}", c.period(p))
                    });
                    c.fail(
                        RuleKind::PartnerCapacity,
                        format!(
                            "'{}' gives {given:.2} {what} {when}, more than it offers ({cap:.2})",
                            partner.id
                        ),
                    );
                }
            }
        }
    }
}

/// Municipal staff hours net of partner hours fit the capacity, in total and per owner.
fn staff(c: &mut Checker) {
    let plan = &c.scenario.plan;
    let net = |c: &Checker, p: usize, counted: &dyn Fn(usize) -> bool| -> f64 {
        let need: f64 = (0..plan.actions.len())
            .filter(|&a| counted(a))
            .map(|a| c.hours(a, p) * c.plan.scale[a])
            .sum();
        let relief: f64 = c
            .plan
            .contributions
            .iter()
            .filter(|x| x.period == p && counted(x.action))
            .map(|x| x.hours)
            .sum();
        need - relief
    };
    if let Some(capacity) = &c.scenario.staff_capacity_hours {
        for (p, &cap) in capacity.iter().enumerate() {
            let used = net(c, p, &|_| true);
            if !within(used, cap) {
                let msg = format!(
                    "{} needs {used:.1} municipal staff hours, over the capacity of {cap:.1}",
                    c.period(p),
                );
                c.fail(RuleKind::Staff, msg);
            }
        }
    }
    for owner in &plan.owners {
        let carried = |a: usize| plan.actions[a].owner.as_deref() == Some(owner.id.as_str());
        for (p, &cap) in owner.hours.iter().enumerate() {
            let used = net(c, p, &carried);
            if !within(used, cap) {
                let msg = format!(
                    "{}'s actions need {used:.1} staff hours in {}, over its {cap:.1}",
                    owner.id,
                    c.period(p),
                );
                c.fail(RuleKind::Staff, msg);
            }
        }
    }
}

fn links_and_status(c: &mut Checker) {
    let plan = &c.scenario.plan;
    for (a, action) in plan.actions.iter().enumerate() {
        let funded = c.plan.scale[a] > 0.0;
        for &b in &action.requires {
            if funded && c.plan.scale[b] == 0.0 {
                c.fail(
                    RuleKind::Requires,
                    format!(
                        "'{}' is funded but '{}', which it requires, is not",
                        action.id, plan.actions[b].id
                    ),
                );
            }
        }
        for &b in &action.excludes {
            if funded && c.plan.scale[b] > 0.0 {
                c.fail(
                    RuleKind::Excludes,
                    format!(
                        "'{}' and '{}' exclude each other but both are funded",
                        action.id, plan.actions[b].id
                    ),
                );
            }
        }
        match action.status {
            Status::Must if !funded => c.fail(
                RuleKind::Must,
                format!("'{}' must be funded but is not", action.id),
            ),
            Status::Never if funded => c.fail(
                RuleKind::Never,
                format!("'{}' must not be funded but is", action.id),
            ),
            _ => {}
        }
    }
}

fn hard_targets(c: &mut Checker) {
    let totals = indicator_totals(c.scenario, c.plan);
    let plan = &c.scenario.plan;
    for target in plan.targets.iter().filter(|t| t.hard) {
        let reached = totals[target.indicator];
        if !within(target.min, reached) {
            let msg = format!(
                "'{}' reaches {reached:.2}, below its hard target {}",
                plan.indicators[target.indicator], target.min
            );
            c.fail(RuleKind::Targets, msg);
        }
    }
}

/// In a re-plan: in each past period, every source pays each action exactly what was spent and
/// every partner gives exactly the cash it gave; nothing else is paid in the past.
fn past(c: &mut Checker) {
    let Some(past) = &c.scenario.past else {
        return;
    };
    use std::collections::BTreeMap;
    // (action, payer: false = source / true = partner, index, period) → EUR.
    let mut was: BTreeMap<(usize, bool, usize, usize), f64> = BTreeMap::new();
    let mut now = was.clone();
    for s in past.spent.iter().filter(|s| s.period <= past.as_of) {
        *was.entry((s.action, false, s.source, s.period))
            .or_default() += s.amount_eur;
    }
    for g in past.given.iter().filter(|g| g.period <= past.as_of) {
        *was.entry((g.action, true, g.partner, g.period))
            .or_default() += g.cash_eur;
    }
    for f in c.plan.funding.iter().filter(|f| f.period <= past.as_of) {
        *now.entry((f.action, false, f.source, f.period))
            .or_default() += f.amount_eur;
    }
    for k in c
        .plan
        .contributions
        .iter()
        .filter(|k| k.period <= past.as_of)
    {
        *now.entry((k.action, true, k.partner, k.period))
            .or_default() += k.cash_eur;
    }
    let plan = &c.scenario.plan;
    let keys: std::collections::BTreeSet<_> = was.keys().chain(now.keys()).copied().collect();
    for key in keys {
        let (a, partner, i, p) = key;
        let before = was.get(&key).copied().unwrap_or(0.0);
        let after = now.get(&key).copied().unwrap_or(0.0);
        if !equal_eur(after, before, 1) {
            let payer = if partner {
                &plan.partners[i].id
            } else {
                &plan.sources[i].id
            };
            let msg = format!(
                "'{payer}' spent {before:.2} EUR on '{}' in {}, but the plan says {after:.2}",
                plan.actions[a].id, plan.periods[p]
            );
            c.fail(RuleKind::Past, msg);
        }
    }
}
