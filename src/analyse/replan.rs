//! Re-planning the years left (`fundmix monitor`): the plan as adopted, what has been spent by
//! the end of a period, and the best plan for the periods after it.
//!
//! [`replan_scenario`] turns the scenario into the re-plan's scenario: the past is fixed (what
//! was spent stays spent, [`Past`]); an action that has started keeps its start and scale and
//! stays funded, unless the user stopped it; an action that has not started may start only
//! after the past, within its window; budgets and offers count what was already paid from them.
//! The re-plan is then solved and re-checked like any scenario (the verifier checks the past
//! too). [`changes`] says what the re-plan changes against the plan as adopted, and why. This
//! module does not solve and does not read files.

use crate::domain::actuals::{Actuals, Payer};
use crate::domain::{Allocation, Contribution, Funding, Offer, Past, Scenario, Status};
use serde::Serialize;

/// The scenario of a re-plan after period `as_of` (index) of `scenario`, whose plan as adopted
/// is `adopted`, given what was spent (`actuals`, periods up to `as_of`).
///
/// - An action on which money was spent has **started**: it runs at the start the plan gave it
///   (or, when the plan did not fund it, from the period its spending began), at the plan's
///   scale, and is `must`; its costs in the past periods are what was spent on it (an overrun
///   stays an overrun), those after are its planned costs. Stopped (`stopped.csv`), it costs
///   nothing after the past and counts no impact.
/// - An action that has **not started** may start after `as_of` only, within its
///   `latest_start` and `deadline`; stopped, it is `never`.
/// - A source's or partner's limits are raised, where needed, to hold what was actually paid
///   (a past overspend, a payment after `spend_by`): the past is a fact, not a choice; the
///   total budgets, counting what was spent, leave the rest for the periods ahead. A source's
///   co-financing share and grant size for one action are judged with what it already paid
///   that action held (see [`Past::paid`]), the other actions keep the source's limits.
/// - The past periods' staff hours are history (hours are not recorded): a started action
///   needs none there, and its `requires` no longer bind (it runs already).
pub fn replan_scenario(
    scenario: &Scenario,
    adopted: &Allocation,
    actuals: &Actuals,
    as_of: usize,
) -> Scenario {
    let mut replan = scenario.clone();
    let n_periods = scenario.plan.periods.len();
    let spent_on = |a: usize, p: usize| -> f64 {
        actuals
            .spent
            .iter()
            .filter(|s| s.action == a && s.period == p && s.period <= as_of)
            .map(|s| s.amount_eur)
            .sum()
    };
    // Started: money was spent on it; or the plan as adopted ran it in the past with no money
    // due there yet (staff hours only), so it is on schedule.
    let on_schedule = |a: usize| -> bool {
        let action = &scenario.plan.actions[a];
        let delay = adopted.delay_of(a);
        let funded = adopted.scale.get(a).is_some_and(|&s| s > 0.0);
        let begun = action
            .active_periods()
            .is_some_and(|(first, _)| first + delay <= as_of);
        let nothing_due = (0..=as_of).all(|p| action.cost_when_delayed(p, delay) == 0.0);
        funded && begun && nothing_due
    };
    let started: Vec<bool> = (0..scenario.plan.actions.len())
        .map(|a| (0..=as_of).any(|p| spent_on(a, p) > 0.0) || on_schedule(a))
        .collect();
    let stopped = |a: usize| actuals.stopped.get(a).copied().unwrap_or(false);

    for (a, action) in replan.plan.actions.iter_mut().enumerate() {
        if !started[a] {
            if stopped(a) {
                action.status = Status::Never;
            }
            continue;
        }
        let planned = adopted.scale.get(a).copied().unwrap_or(0.0);
        let (delay, scale) = if planned > 0.0 {
            (adopted.delay_of(a), planned)
        } else {
            // Money spent on an action the plan did not fund: it started when spending began.
            let first_spent = (0..=as_of).find(|&p| spent_on(a, p) > 0.0).unwrap_or(0);
            let written = action.active_periods().map_or(0, |(first, _)| first);
            let room = action
                .active_periods()
                .map_or(0, |(_, last)| n_periods.saturating_sub(1 + last));
            (first_spent.saturating_sub(written).min(room), 1.0)
        };
        let moved = |profile: &[f64]| -> Vec<f64> {
            (0..n_periods)
                .map(|p| p.checked_sub(delay).map_or(0.0, |q| profile[q]) * scale)
                .collect()
        };
        let mut cost = moved(&action.cost_eur);
        let mut hours = moved(&action.staff_hours);
        let mut ranges = action.cost_range_eur.clone().map(|ranges| {
            (0..n_periods)
                .map(|p| match p.checked_sub(delay) {
                    Some(q) => ranges[q].scaled(scale),
                    None => crate::domain::Range {
                        low: 0.0,
                        high: 0.0,
                    },
                })
                .collect::<Vec<_>>()
        });
        for p in 0..n_periods {
            if p <= as_of || stopped(a) {
                let paid = if p <= as_of { spent_on(a, p) } else { 0.0 };
                cost[p] = paid;
                // Hours worked are not recorded: the past's are history, a stopped action's
                // future ones are none.
                hours[p] = 0.0;
                if let Some(ranges) = &mut ranges {
                    ranges[p] = crate::domain::Range {
                        low: paid,
                        high: paid,
                    };
                }
            }
        }
        action.cost_eur = cost;
        action.staff_hours = hours;
        action.cost_range_eur = ranges;
        action.impact.iter_mut().for_each(|i| {
            *i = if stopped(a) { 0.0 } else { *i * scale };
        });
        for range in action.impact_range.iter_mut().flatten() {
            *range = if stopped(a) {
                crate::domain::Range {
                    low: 0.0,
                    high: 0.0,
                }
            } else {
                range.scaled(scale)
            };
        }
        action.min_scale = 1.0;
        action.status = Status::Must;
        action.requires.clear();
        action.latest_start = None;
        action.deadline = None;
    }

    let mut spent = Vec::new();
    let mut given = Vec::new();
    for s in actuals
        .spent
        .iter()
        .filter(|s| s.period <= as_of && s.amount_eur > 0.0)
    {
        match s.payer {
            Payer::Source(source) => spent.push(Funding {
                action: s.action,
                source,
                period: s.period,
                amount_eur: s.amount_eur,
            }),
            Payer::Partner(partner) => given.push(Contribution {
                action: s.action,
                partner,
                period: s.period,
                cash_eur: s.amount_eur,
                hours: 0.0,
            }),
        }
    }
    hold_what_was_paid(&mut replan, &spent, &given);
    replan.past = Some(Past {
        as_of,
        started,
        spent,
        given,
    });
    replan
}

/// Raises the limits of the sources and partners of `scenario` where what was paid in the past
/// (`spent`, `given`) went beyond them, so that the past fits the rules.
fn hold_what_was_paid(scenario: &mut Scenario, spent: &[Funding], given: &[Contribution]) {
    let plan = &mut scenario.plan;
    for (s, source) in plan.sources.iter_mut().enumerate() {
        let mine: Vec<&Funding> = spent.iter().filter(|f| f.source == s).collect();
        if mine.is_empty() {
            continue;
        }
        let total: f64 = mine.iter().map(|f| f.amount_eur).sum();
        if let Some(budget) = &mut source.budget_total_eur {
            *budget = budget.max(total);
        }
        for f in &mine {
            source.eligible[f.action] = true;
            let in_period: f64 = mine
                .iter()
                .filter(|g| g.period == f.period)
                .map(|g| g.amount_eur)
                .sum();
            if let Some(budget) = &mut source.budget_eur[f.period] {
                *budget = budget.max(in_period);
            }
            if let Some(last) = &mut source.spend_by {
                *last = (*last).max(f.period);
            }
        }
    }
    for (k, partner) in plan.partners.iter_mut().enumerate() {
        let mine: Vec<&Contribution> = given.iter().filter(|g| g.partner == k).collect();
        if mine.is_empty() {
            continue;
        }
        let total: f64 = mine.iter().map(|g| g.cash_eur).sum();
        match &mut partner.cash_eur {
            Offer::None => partner.cash_eur = Offer::Total(total),
            Offer::Total(offer) => *offer = offer.max(total),
            Offer::PerPeriod(offers) => {
                for (p, offer) in offers.iter_mut().enumerate() {
                    let in_period: f64 = mine
                        .iter()
                        .filter(|g| g.period == p)
                        .map(|g| g.cash_eur)
                        .sum();
                    *offer = offer.max(in_period);
                }
            }
        }
        let mut joined: Vec<usize> = mine.iter().map(|g| g.action).collect();
        joined.sort_unstable();
        joined.dedup();
        for &a in &joined {
            partner.eligible[a] = true;
        }
        if let Some(max) = &mut partner.max_actions {
            *max = (*max).max(joined.len());
        }
    }
}

/// What a re-plan does to one action, against the plan as adopted.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "change")]
pub enum Change {
    /// Funded now, not in the plan as adopted.
    Added,
    /// In the plan as adopted, not funded now (the money already spent on it stays spent).
    Dropped,
    /// Starts later than the plan as adopted said (period indices).
    Delayed {
        /// The period the plan as adopted started it in.
        from: usize,
        /// The period the re-plan starts it in.
        to: usize,
    },
    /// Starts earlier than the plan as adopted said (period indices).
    Advanced {
        /// The period the plan as adopted started it in.
        from: usize,
        /// The period the re-plan starts it in.
        to: usize,
    },
    /// Started, and stopped by the user.
    Stopped,
}

/// Why an action changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Why {
    /// The user stopped it (`stopped.csv`).
    StoppedByUser,
    /// It had not started by the end of the past periods, and its `latest_start` (or, without
    /// one, its written start) or its `deadline` leaves no later start.
    StartPassed,
    /// It had not started when planned; it starts after the past instead.
    NotStartedInTime,
    /// The money and staff left after what was spent go further on other actions.
    MoneyLeftGoesFurther,
    /// Money and staff freed by what changed (actions dropped or stopped, money left over)
    /// fund it.
    MoneyFreed,
    /// Money was spent on it although the plan as adopted did not fund it: it goes on.
    SpentAlready,
    /// It was not due to start yet; the money and staff left fit it better in a later period.
    FitsLater,
}

/// One action's change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionChange {
    /// Action index.
    pub action: usize,
    /// What changed.
    pub change: Change,
    /// Why.
    pub why: Why,
}

/// A source's money in the periods ahead: planned by the plan as adopted, and by the re-plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceShift {
    /// Source index.
    pub source: usize,
    /// What the plan as adopted takes from it after the past, EUR.
    pub planned_eur: f64,
    /// What the re-plan takes from it after the past, EUR.
    pub replanned_eur: f64,
}

/// What the re-plan `replanned` of `replan` (from [`replan_scenario`]) changes against the plan
/// as adopted (`adopted`, of `scenario`): the actions added, dropped, delayed and stopped with
/// why (`stopped`: per action, the user stopped it), and the money of each source in the
/// periods ahead.
pub fn changes(
    scenario: &Scenario,
    adopted: &Allocation,
    replan: &Scenario,
    replanned: &Allocation,
    stopped: &[bool],
) -> (Vec<ActionChange>, Vec<SourceShift>) {
    let Some(past) = &replan.past else {
        return (Vec::new(), Vec::new());
    };
    let plan = &scenario.plan;
    let start = |a: usize, allocation: &Allocation| -> usize {
        let written = plan.actions[a]
            .active_periods()
            .map_or(0, |(first, _)| first);
        written + allocation.delay_of(a)
    };
    let mut actions = Vec::new();
    for a in 0..plan.actions.len() {
        let before = adopted.scale.get(a).copied().unwrap_or(0.0) > 0.0;
        let after = replanned.scale.get(a).copied().unwrap_or(0.0) > 0.0;
        let stopped = stopped.get(a).copied().unwrap_or(false);
        let started = past.started[a];
        let found = match (before, after) {
            (_, true) if started && stopped => Some((Change::Stopped, Why::StoppedByUser)),
            (true, false) if stopped => Some((Change::Dropped, Why::StoppedByUser)),
            (true, false) => {
                let no_start = crate::model::allowed_delays(
                    &replan.plan.actions[a],
                    plan.periods.len(),
                    replan.not_before(a),
                )
                .is_empty();
                let why = if no_start {
                    Why::StartPassed
                } else {
                    Why::MoneyLeftGoesFurther
                };
                Some((Change::Dropped, why))
            }
            (false, true) if started => Some((Change::Added, Why::SpentAlready)),
            (false, true) => Some((Change::Added, Why::MoneyFreed)),
            (true, true) if !started => {
                let (from, to) = (start(a, adopted), start(a, replanned));
                let why = if from <= past.as_of {
                    Why::NotStartedInTime
                } else {
                    Why::FitsLater
                };
                match to.cmp(&from) {
                    std::cmp::Ordering::Greater => Some((Change::Delayed { from, to }, why)),
                    std::cmp::Ordering::Less => {
                        Some((Change::Advanced { from, to }, Why::MoneyFreed))
                    }
                    std::cmp::Ordering::Equal => None,
                }
            }
            _ => None,
        };
        if let Some((change, why)) = found {
            actions.push(ActionChange {
                action: a,
                change,
                why,
            });
        }
    }
    let ahead = |allocation: &Allocation, s: usize| -> f64 {
        allocation
            .funding
            .iter()
            .filter(|f| f.source == s && f.period > past.as_of)
            .map(|f| f.amount_eur)
            .sum()
    };
    let sources = (0..plan.sources.len())
        .map(|s| SourceShift {
            source: s,
            planned_eur: ahead(adopted, s),
            replanned_eur: ahead(replanned, s),
        })
        .collect();
    (actions, sources)
}
