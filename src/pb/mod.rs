//! Participatory budgeting: which projects a voting rule funds from a Pabulib election, and how
//! that compares with what the city funded.
//!
//! The rules, all within the election's total budget (per-category budgets are shown against
//! the outcome, not enforced; `fundmix import pabulib` models them as sources):
//!
//! - [`Rule::Greedy`] ([`greedy`]): projects in decreasing order of votes (the number of
//!   ballots listing the project), ties broken by project id as text, ascending (pabutools'
//!   default `lexico_tie_breaking`); each project that still fits is funded, one that does not
//!   is skipped. This is pabutools' `greedy_utilitarian_welfare` with `Cost_Sat`, and what the
//!   cities with `rule;greedy` do. Projects with no votes are funded too if money is left, as
//!   pabutools does.
//! - [`Rule::Utilitarian`] ([`utilitarian`]): the set of projects with the most total utility
//!   that fits the budget (a 0/1 knapsack solved exactly with HiGHS); utility is 1 per listed
//!   project for approval, ordinal and choose-1 ballots and the points for cumulative and
//!   scoring ballots ([`Election::support`]). Ties: the cheapest such set, then the one that
//!   prefers projects in the order of most support, then project id.
//! - [`Rule::EqualShares`] ([`equal_shares`]): the Method of Equal Shares with Pabulib's "add1"
//!   completion, as pabutools computes it: every voter holds an equal share of the budget and
//!   pays for the projects they chose; utilities are costs for approval, ordinal and choose-1
//!   ballots and points for cumulative and scoring ballots (see that module).
//!
//! Money is compared in whole cents, so no rounding decides whether a project fits.
//! This module does not read files ([`crate::input::pabulib`]) or print ([`report`]).

pub use crate::vote::{equal_shares, greedy};

pub mod import;
pub mod report;
pub mod utilitarian;

use crate::input::pabulib::Election;
use crate::solve::SolveError;
use serde::Serialize;

/// A rule that decides which projects are funded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// Greedy by votes, skipping projects that do not fit.
    Greedy,
    /// Maximum utilitarian welfare (exact knapsack).
    Utilitarian,
    /// The Method of Equal Shares with the add1 completion.
    EqualShares,
}

impl Rule {
    /// The name on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Greedy => "greedy",
            Rule::Utilitarian => "utilitarian",
            Rule::EqualShares => "equal-shares",
        }
    }

    /// One line saying what the rule does, for a finance officer.
    pub fn describe(self) -> &'static str {
        match self {
            Rule::Greedy => {
                "greedy by votes: most votes first, each project that still fits the budget is funded"
            }
            Rule::Utilitarian => {
                "most total support: the set of projects with the most votes (points for \
                 cumulative ballots) that fits the budget, found exactly"
            }
            Rule::EqualShares => {
                "equal shares: every voter holds an equal part of the budget and pays towards \
                 the projects they voted for; then every part is raised by 1 while the \
                 outcome fits (equalshares/add1)"
            }
        }
    }
}

/// What a rule funds, and how it compares with the file's `selected` column.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The rule applied.
    pub rule: Rule,
    /// Indices of the funded projects, most votes first (ties by id).
    pub selected: Vec<usize>,
    /// Their total cost, in cents.
    pub total_cost_cents: i64,
    /// Their total support ([`Election::support`]): votes, or points for cumulative ballots.
    pub total_support: u64,
    /// The comparison with the city's selection, when the file has a `selected` column.
    pub comparison: Option<Comparison>,
}

/// How a rule's outcome differs from what the city funded (the file's `selected` column).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// True when both fund exactly the same projects.
    pub matches: bool,
    /// Projects the rule funds but the city did not (indices, most votes first).
    pub only_rule: Vec<usize>,
    /// Projects the city funded but the rule does not (indices, most votes first).
    pub only_file: Vec<usize>,
}

/// Applies `rule` to the election.
pub fn run(election: &Election, rule: Rule) -> Result<Outcome, SolveError> {
    let costs: Vec<i64> = election.projects.iter().map(|p| p.cost_cents).collect();
    let ids: Vec<&str> = election.projects.iter().map(|p| p.id.as_str()).collect();
    let support = election.support();
    let selected = match rule {
        Rule::Greedy => {
            let votes: Vec<u64> = election.projects.iter().map(|p| p.votes).collect();
            greedy::greedy(&costs, &votes, &ids, election.budget_cents)
        }
        Rule::Utilitarian => {
            utilitarian::utilitarian(&costs, &support, &ids, election.budget_cents)?
        }
        Rule::EqualShares => equal_shares::for_election(election),
    };
    Ok(outcome(election, rule, selected, &support))
}

/// Builds the outcome of `rule` funding `selected` (project indices, any order).
pub fn outcome(election: &Election, rule: Rule, selected: Vec<usize>, support: &[u64]) -> Outcome {
    let order = ranking(election);
    let chosen = flags(election.projects.len(), &selected);
    let selected: Vec<usize> = order.iter().copied().filter(|&p| chosen[p]).collect();
    let comparison = election.has_selection().then(|| {
        let city = |p: usize| election.projects[p].selected == Some(true);
        let only_rule: Vec<usize> = selected.iter().copied().filter(|&p| !city(p)).collect();
        let only_file: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&p| city(p) && !chosen[p])
            .collect();
        Comparison {
            matches: only_rule.is_empty() && only_file.is_empty(),
            only_rule,
            only_file,
        }
    });
    Outcome {
        rule,
        total_cost_cents: selected
            .iter()
            .map(|&p| election.projects[p].cost_cents)
            .sum(),
        total_support: selected.iter().map(|&p| support[p]).sum(),
        selected,
        comparison,
    }
}

/// Project indices, most votes first, ties by project id (as text, ascending).
pub fn ranking(election: &Election) -> Vec<usize> {
    let votes: Vec<u64> = election.projects.iter().map(|p| p.votes).collect();
    let ids: Vec<&str> = election.projects.iter().map(|p| p.id.as_str()).collect();
    greedy::order(&votes, &ids)
}

fn flags(n: usize, indices: &[usize]) -> Vec<bool> {
    let mut flags = vec![false; n];
    for &i in indices {
        flags[i] = true;
    }
    flags
}

/// `fundmix pb FILE --rule RULE`: load → check → apply the rule → compare with the file.
pub fn run_pb(
    path: &std::path::Path,
    rule: Rule,
) -> Result<(Election, Outcome), crate::checked::Failure> {
    let election = crate::input::pabulib::load(path)?;
    let outcome = run(&election, rule)?;
    Ok((election, outcome))
}

/// `fundmix import pabulib FILE --out DIR`: load → check → write the plan folder and scenario
/// → load the scenario back (it must validate).
pub fn run_import(
    path: &std::path::Path,
    dir: &std::path::Path,
) -> Result<import::Imported, crate::checked::Failure> {
    let election = crate::input::pabulib::load(path)?;
    let imported = import::import(&election, dir).map_err(crate::checked::Failure::Output)?;
    crate::validate::load_scenario(&imported.scenario).map_err(|e| {
        crate::checked::Failure::Fault(format!(
            "the imported scenario does not load, which is a bug in fundmix: {e}"
        ))
    })?;
    Ok(imported)
}
