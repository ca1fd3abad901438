//! The Method of Equal Shares (MES), as pabutools 1.2.3 computes it, with the "add1"
//! completion that cities use (Pabulib's `rule;equalshares/add1`).
//!
//! **The rule.** The budget is split equally: each of the `n` voters holds `budget / n`
//! (voters with an empty ballot hold a share too; it just never buys anything). A project
//! costing `c` can be bought by its supporters if they still hold `c` together. Its price per
//! unit of utility `rho` is the least number such that the supporters together pay `c` when
//! each pays `rho * u` (their utility `u` for the project), or everything they have left if
//! that is less. Each round funds the project with the lowest `rho` and charges its supporters;
//! it stops when no remaining project can be bought. Ties in `rho` go to the smaller project
//! id as text (pabutools' default `lexico_tie_breaking`).
//!
//! **Utilities** ([`utilities`]): for approval, choose-1 and ordinal ballots a voter's utility
//! for a listed project is its cost (pabutools' `Cost_Sat`, "cost utilities": what the cities
//! using MES use, so that a voter's share pays for what they asked for in proportion to its
//! price). For cumulative and scoring ballots it is the points given (`Additive_Cardinal_Sat`):
//! the points say how much a voter wants each project, and cost utilities would throw that
//! away. A project nobody gives positive utility is never funded (with cost utilities that
//! includes projects that cost nothing); one that costs nothing and has a supporter is funded
//! before the first round.
//!
//! **Completion** ([`Completion`]): plain MES often leaves money unspent. With
//! [`Completion::AddPerVoter`] (pabutools' `voter_budget_increment`; Pabulib's "add1" is one
//! currency unit, [`ADD1_CENTS`]) MES is run again with every voter's share raised by one step,
//! and again, while the outcome stays within the budget: the answer is the first outcome that
//! leaves no fundable project that still fits the money left ("exhaustive"), or else the last
//! outcome before one that overspends. Nothing more is added after that (no greedy fill): this
//! is exactly Pabulib's `equalshares/add1`, and it reproduces the projects Assen funded in 2024.
//!
//! **Exactness.** pabutools computes with exact fractions, so equal prices are really equal and
//! the tie-break decides. Here every decision is exact too (see `engine` and `ledger`): money
//! is in whole cents, exact amounts are big whole numbers over one common denominator, and
//! floating point is used only where its error bound shows the answer. The add1 runs for successive steps are independent and are
//! computed a few at a time in parallel; the answer does not depend on the number of threads.

mod engine;
mod ledger;
#[cfg(test)]
mod naive;

use crate::input::pabulib::{Election, VoteType};
use engine::Prepared;
use rayon::prelude::*;

/// One currency unit in cents: the step of Pabulib's "add1" completion.
pub const ADD1_CENTS: i64 = 100;

/// What MES does with money it leaves unspent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completion {
    /// Plain MES: stop when no project can be bought by its supporters.
    None,
    /// Raise every voter's share by `step_cents` and run MES again while the outcome stays
    /// within the budget (pabutools' `voter_budget_increment`; "add1" is [`ADD1_CENTS`]).
    AddPerVoter {
        /// How much each voter's share grows per step, in cents (at least 1).
        step_cents: i64,
    },
}

/// One voter's utilities: `(project index, utility)`; entries with utility 0 or less are
/// ignored.
pub type Utilities = Vec<(usize, i64)>;

/// The projects MES funds, in the order it funds them (projects that cost nothing first, then
/// round by round; with add1, the order of the run that gave the answer).
///
/// `costs_cents` and `ids` hold one entry per project; `voters` one entry per voter. Costs and
/// the budget are in cents; utilities in any whole unit (the outcome does not change when
/// every utility is multiplied by the same number).
pub fn equal_shares(
    costs_cents: &[i64],
    ids: &[&str],
    budget_cents: i64,
    voters: &[Utilities],
    completion: Completion,
) -> Vec<usize> {
    let prepared = prepare(costs_cents, ids, voters);
    if prepared.voters == 0 {
        return Vec::new();
    }
    let budget = budget_cents.max(0) as i128;
    let step = match completion {
        Completion::None => return engine::run(&prepared, budget),
        Completion::AddPerVoter { step_cents } => step_cents.max(1) as i128,
    };
    let per_step = step * prepared.voters as i128;
    let batch = rayon::current_num_threads().max(1) as i128;
    let mut previous = prepared.free.clone();
    let mut first: i128 = 0;
    loop {
        let outcomes: Vec<Vec<usize>> = (first..first + batch)
            .into_par_iter()
            .map(|t| engine::run(&prepared, budget + t * per_step))
            .collect();
        for outcome in outcomes {
            let spent: i128 = outcome.iter().map(|&p| costs_cents[p] as i128).sum();
            if spent > budget {
                return previous;
            }
            if exhaustive(&prepared, &outcome, spent, budget) {
                return outcome;
            }
            previous = outcome;
        }
        first += batch;
    }
}

/// [`equal_shares`] with add1 on an election, with the utilities of [`utilities`].
pub fn for_election(election: &Election) -> Vec<usize> {
    let costs: Vec<i64> = election.projects.iter().map(|p| p.cost_cents).collect();
    let ids: Vec<&str> = election.projects.iter().map(|p| p.id.as_str()).collect();
    equal_shares(
        &costs,
        &ids,
        election.budget_cents,
        &utilities(election),
        Completion::AddPerVoter {
            step_cents: ADD1_CENTS,
        },
    )
}

/// Each ballot's utilities: the project's cost in cents for approval, choose-1 and ordinal
/// ballots (cost utilities), the points for cumulative and scoring ballots.
pub fn utilities(election: &Election) -> Vec<Utilities> {
    let points = matches!(election.vote_type, VoteType::Cumulative | VoteType::Scoring);
    election
        .ballots
        .iter()
        .map(|ballot| {
            ballot
                .projects
                .iter()
                .enumerate()
                .map(|(k, &p)| {
                    let u = if points {
                        i64::try_from(ballot.utility(k)).unwrap_or(i64::MAX)
                    } else {
                        election.projects[p].cost_cents
                    };
                    (p, u)
                })
                .collect()
        })
        .collect()
}

/// Whether no fundable project outside `outcome` still fits the money left.
fn exhaustive(e: &Prepared, outcome: &[usize], spent: i128, budget: i128) -> bool {
    e.candidates
        .iter()
        .all(|&p| outcome.contains(&p) || spent + e.costs[p] as i128 > budget)
}

fn prepare<'a>(costs: &'a [i64], ids: &'a [&'a str], voters: &[Utilities]) -> Prepared<'a> {
    let mut supporters: Vec<Vec<(u32, i64)>> = vec![Vec::new(); costs.len()];
    for (v, utilities) in voters.iter().enumerate() {
        for &(p, u) in utilities {
            if u > 0 && p < costs.len() {
                supporters[p].push((v as u32, u));
            }
        }
    }
    let supported = |p: &usize| !supporters[*p].is_empty();
    let candidates = (0..costs.len())
        .filter(supported)
        .filter(|&p| costs[p] > 0)
        .collect();
    let free = (0..costs.len())
        .filter(supported)
        .filter(|&p| costs[p] <= 0)
        .collect();
    Prepared {
        costs,
        ids,
        voters: voters.len(),
        supporters,
        candidates,
        free,
    }
}

#[cfg(test)]
mod tests;
