//! `votes.csv`: a workshop vote (`voter`, `action`, `points`) → the `support` indicator.
//!
//! Each row gives one voter's points to one action (an empty `points` cell counts as 1, so an
//! approval vote is a list of voter–action pairs). An action's support is the sum of the
//! points it received; the optimiser weighs it like any SMART indicator (`[weights] support`).
//! This module checks the rows and sums them; whether the sum is made fair with equal shares is
//! the scenario's choice (see [`crate::domain::SupportRule`]).

use super::cells::Cells;
use crate::domain::{Action, Offer, Plan, Votes};
use crate::i18n::input_tr;
use crate::t;
use crate::vote::equal_shares::{equal_shares, Completion, Utilities, ADD1_CENTS};
use std::collections::HashMap;

/// The indicator a vote becomes.
pub const SUPPORT: &str = "support";

/// The most points one voter may give one action.
const MAX_POINTS: f64 = 1e9;

/// Reads the vote rows. Unknown actions, repeated voter–action pairs and bad points are
/// reported at their cells.
pub fn read_votes(cells: &mut Cells, actions: &[Action]) -> Votes {
    let tr = input_tr();
    let mut votes = Votes::default();
    if !cells.require_column("voter", &t!(tr, "val-what-voter"))
        | !cells.require_column("action", &t!(tr, "val-what-vote-action"))
    {
        return votes;
    }
    let index: HashMap<&str, usize> = actions
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let mut voter_index: HashMap<String, usize> = HashMap::new();
    let mut first_row: HashMap<(usize, usize), usize> = HashMap::new();
    let points_fix = t!(tr, "val-fix-points");
    for row in cells.rows() {
        let voter = cells.text(row, "voter").map(str::trim);
        let action = cells.text(row, "action").map(str::trim);
        let points = cells.number(row, "points", 0.0, MAX_POINTS, &points_fix);
        let points = match cells.text(row, "points") {
            None => Some(1.0),
            Some(_) => points,
        };
        let Some(voter) = voter.filter(|v| !v.is_empty()) else {
            cells.problem(
                row,
                "voter",
                t!(tr, "val-empty-voter"),
                &t!(tr, "val-fix-empty-voter"),
            );
            continue;
        };
        let Some(action) = action.filter(|a| !a.is_empty()) else {
            cells.problem(
                row,
                "action",
                t!(tr, "val-empty-vote-action"),
                &t!(tr, "val-fix-empty-vote-action"),
            );
            continue;
        };
        let Some(&a) = index.get(action) else {
            let ids: Vec<&str> = actions.iter().map(|a| a.id.as_str()).collect();
            cells.problem(
                row,
                "action",
                t!(tr, "val-not-an-action", name = action),
                &t!(tr, "val-fix-use-one-of", list = ids.join(", ")),
            );
            continue;
        };
        let Some(points) = points else { continue };
        let v = *voter_index.entry(voter.to_string()).or_insert_with(|| {
            votes.voters.push(voter.to_string());
            votes.ballots.push(Vec::new());
            votes.voters.len() - 1
        });
        if let Some(first) = first_row.get(&(v, a)) {
            cells.problem(
                row,
                "action",
                t!(
                    tr,
                    "val-second-vote",
                    voter = voter,
                    action = action,
                    row = (first + 2).to_string()
                ),
                &t!(tr, "val-fix-second-vote"),
            );
            continue;
        }
        first_row.insert((v, a), row);
        votes.ballots[v].push((a, points));
    }
    votes
}

/// Adds the `support` indicator to `indicators` and each action's impact: the sum of the
/// points it received (certain: it has no range).
pub fn add_support(votes: &Votes, indicators: &mut Vec<String>, actions: &mut [Action]) {
    let mut support = vec![0.0; actions.len()];
    for (action, points) in votes.ballots.iter().flatten() {
        support[*action] += points;
    }
    indicators.push(SUPPORT.to_string());
    for (action, value) in actions.iter_mut().zip(support) {
        action.impact.push(value);
        action.impact_range.push(None);
    }
}

/// Points are counted to 1/100 of a point by the Method of Equal Shares.
const POINT_UNITS: f64 = 100.0;

/// With `support = "equal-shares"`: runs the Method of Equal Shares on the vote (each voter
/// holds an equal share of all the money the plan can use; a voter's utility for an action is
/// their points; Pabulib's "add1" completion) and keeps the support of the actions it funds;
/// the others' support becomes 0. The optimiser then earns support only for a set of actions
/// that every group of voters paid for in proportion to its size.
///
/// The money is the sum of the sources' budgets (the total, or the yearly caps when every year
/// is capped, whichever is smaller) and the partners' cash, leaving out those a scenario
/// switched off; costs are the actions' total costs at full scale, after the scenario's
/// overrides. Does nothing without a vote.
pub fn keep_equal_shares_support(plan: &mut Plan) {
    let Some(votes) = &plan.votes else { return };
    let Some(support) = plan.indicators.iter().position(|i| i == SUPPORT) else {
        return;
    };
    let cents = |eur: f64| (eur * 100.0).round() as i64;
    let costs: Vec<i64> = plan
        .actions
        .iter()
        .map(|a| cents(a.total_cost_eur()))
        .collect();
    let ids: Vec<&str> = plan.actions.iter().map(|a| a.id.as_str()).collect();
    // A source or partner switched off (`enabled = false`) funds no action: its money is not
    // money the plan can use, as if its row were not there.
    let sources: f64 = plan
        .sources
        .iter()
        .filter(|s| s.eligible.contains(&true))
        .map(|s| s.available_eur().unwrap_or(0.0))
        .sum();
    let partners: f64 = plan
        .partners
        .iter()
        .filter(|p| p.eligible.contains(&true))
        .map(|p| match &p.cash_eur {
            Offer::None => 0.0,
            Offer::PerPeriod(cash) => cash.iter().sum(),
            Offer::Total(cash) => *cash,
        })
        .sum();
    let voters: Vec<Utilities> = votes
        .ballots
        .iter()
        .map(|ballot| {
            ballot
                .iter()
                .map(|&(a, points)| (a, (points * POINT_UNITS).round() as i64))
                .collect()
        })
        .collect();
    let funded = equal_shares(
        &costs,
        &ids,
        cents(sources + partners),
        &voters,
        Completion::AddPerVoter {
            step_cents: ADD1_CENTS,
        },
    );
    for (a, action) in plan.actions.iter_mut().enumerate() {
        if !funded.contains(&a) {
            action.impact[support] = 0.0;
        }
    }
}
