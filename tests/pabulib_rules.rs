//! The participatory-budgeting rules on the shared Pabulib files: greedy reproduces what the
//! cities with `rule;greedy` funded, and the utilitarian knapsack is checked against an
//! independent dynamic programme over support.

use fundmix::input::pabulib::{self, Election};
use fundmix::pb::{self, Rule};
use std::path::Path;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/pabulib");

fn load(name: &str) -> Election {
    pabulib::load(&Path::new(DATA).join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn all_files() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(DATA)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pb"))
        .collect();
    names.push("pabutools_tests/poland_czestochowa_2020_grabowka.pb".into());
    names.sort();
    names
}

#[test]
fn greedy_reproduces_the_warsaw_wawer_selections_exactly() {
    for name in [
        "Poland_Warszawa_2020_Wawer.pb",
        "Poland_Warszawa_2022_Wawer.pb",
    ] {
        let election = load(name);
        assert_eq!(election.rule.as_deref(), Some("greedy"));
        let outcome = pb::run(&election, Rule::Greedy).unwrap();
        let city: Vec<&str> = election
            .projects
            .iter()
            .filter(|p| p.selected == Some(true))
            .map(|p| p.id.as_str())
            .collect();
        let mut ours: Vec<&str> = outcome
            .selected
            .iter()
            .map(|&p| election.projects[p].id.as_str())
            .collect();
        let mut city_sorted = city.clone();
        city_sorted.sort();
        ours.sort();
        assert_eq!(ours, city_sorted, "{name}");
        assert_eq!(outcome.comparison.as_ref().map(|c| c.matches), Some(true));
        assert!(outcome.total_cost_cents <= election.budget_cents);
    }
}

#[test]
fn greedy_reproduces_every_other_greedy_city_with_approval_or_points_ballots() {
    // Kraków's ordinal vote is left out: the city ranked by its score column (points by
    // rank), not by the number of ballots.
    for name in [
        "Poland_Warszawa_2017_Plac_Wojska_Polskiego.pb",
        "Poland_Warszawa_2021_Bielany.pb",
        "Poland_Czestochowa_2024_Lisiniec.pb",
    ] {
        let election = load(name);
        let outcome = pb::run(&election, Rule::Greedy).unwrap();
        let comparison = outcome.comparison.unwrap();
        assert!(comparison.matches, "{name}: {comparison:?}");
    }
}

/// The most support reachable within the budget, and the least cost that reaches it, by a
/// dynamic programme over total support (exact, in cents).
fn best_support_and_cost(election: &Election) -> (u64, i64) {
    let support = election.support();
    let total: usize = support.iter().sum::<u64>() as usize;
    let mut cost = vec![i64::MAX; total + 1];
    cost[0] = 0;
    for (p, project) in election.projects.iter().enumerate() {
        let s = support[p] as usize;
        for w in (s..=total).rev() {
            if cost[w - s] != i64::MAX {
                cost[w] = cost[w].min(cost[w - s] + project.cost_cents);
            }
        }
    }
    let best = (0..=total)
        .rev()
        .find(|&w| cost[w] <= election.budget_cents)
        .unwrap();
    (best as u64, cost[best])
}

#[test]
fn utilitarian_reaches_the_most_support_at_the_least_cost_on_every_file() {
    for name in all_files() {
        let election = load(&name);
        let outcome = pb::run(&election, Rule::Utilitarian).unwrap();
        let (support, cost) = best_support_and_cost(&election);
        assert_eq!(outcome.total_support, support, "{name}");
        assert_eq!(outcome.total_cost_cents, cost, "{name}");
        let greedy = pb::run(&election, Rule::Greedy).unwrap();
        assert!(greedy.total_support <= outcome.total_support, "{name}");
        assert!(greedy.total_cost_cents <= election.budget_cents, "{name}");
    }
}

#[test]
fn the_comparison_accounts_for_every_difference() {
    for name in all_files() {
        let election = load(&name);
        for rule in [Rule::Greedy, Rule::Utilitarian] {
            let outcome = pb::run(&election, rule).unwrap();
            let Some(c) = &outcome.comparison else {
                assert!(!election.has_selection(), "{name}");
                continue;
            };
            // rule's set − only_rule + only_file = the city's set.
            let mut rebuilt: Vec<usize> = outcome
                .selected
                .iter()
                .copied()
                .filter(|p| !c.only_rule.contains(p))
                .chain(c.only_file.iter().copied())
                .collect();
            rebuilt.sort();
            let city: Vec<usize> = (0..election.projects.len())
                .filter(|&p| election.projects[p].selected == Some(true))
                .collect();
            assert_eq!(rebuilt, city, "{name} {rule:?}");
            assert_eq!(c.matches, c.only_rule.is_empty() && c.only_file.is_empty());
        }
    }
}

#[test]
fn rules_break_ties_the_documented_way() {
    // Every project has one vote. Greedy takes the smallest id as text first ("10" < "5" <
    // "9"), and "10" uses the whole budget. Utilitarian: {9}, {10} and {5} all reach support
    // 1; the cheapest, {5}, wins. With "5" gone, {9} and {10} tie on cost too: "10" wins.
    let text = "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n\
                9;100\n10;100\n5;60\nVOTES\nvoter_id;vote\na;9,10\nb;5\n";
    let ids = |election: &Election, o: &pb::Outcome| -> Vec<String> {
        o.selected
            .iter()
            .map(|&p| election.projects[p].id.clone())
            .collect()
    };
    let election = pabulib::parse(text, "ties.pb").unwrap();
    let greedy = pb::run(&election, Rule::Greedy).unwrap();
    assert_eq!(ids(&election, &greedy), ["10"]);
    let utilitarian = pb::run(&election, Rule::Utilitarian).unwrap();
    assert_eq!(ids(&election, &utilitarian), ["5"]);
    let without_5 = text.replace("5;60\n", "").replace("b;5\n", "b;\n");
    let election = pabulib::parse(&without_5, "ties.pb").unwrap();
    let utilitarian = pb::run(&election, Rule::Utilitarian).unwrap();
    assert_eq!(ids(&election, &utilitarian), ["10"]);
}

#[test]
fn equal_shares_reproduces_what_assen_funded() {
    let election = load("Netherlands_Assen_2024.pb");
    assert_eq!(election.rule.as_deref(), Some("equalshares/add1"));
    let outcome = pb::run(&election, Rule::EqualShares).unwrap();
    let comparison = outcome.comparison.unwrap();
    assert!(comparison.matches, "{comparison:?}");
    assert!(outcome.total_cost_cents <= election.budget_cents);
}
