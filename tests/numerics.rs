//! Numbers that strain the solver (issue 13): costs in millions next to impacts of a
//! thousandth, one source a thousand times larger than the rest, co-financing rates such as
//! 0.8499999, amounts from a cent to a billion in one plan. Each plan must come back verified
//! and, where it is small enough to enumerate, optimal against a brute force written here.

mod common;

use common::TempPlan;
use fundmix::domain::Scenario;
use fundmix::solve::{SolveOptions, SolveStatus};
use fundmix::validate::load_scenario;
use fundmix::verify::verify;

const MAX_IMPACT: &str = "plan = \"plan\"\nobjective = \"max-impact\"\n";

/// Solves the scenario, asserts it is proven optimal and that the verifier agrees; returns the
/// scenario, the objective of the plan written (the tie-breaks after the first stage must not
/// give any of it up: it equals the first stage's) and which actions are funded.
fn solved(plan: &TempPlan) -> (Scenario, f64, Vec<bool>) {
    let scenario = load_scenario(&plan.scenario("s.toml", MAX_IMPACT)).expect("valid input");
    let result = fundmix::solve_scenario(&scenario, &SolveOptions::default())
        .unwrap_or_else(|e| panic!("no verified plan: {e}"));
    assert_eq!(result.status, SolveStatus::Optimal);
    let outcome = fundmix::solve::solve(&scenario, &SolveOptions::default()).unwrap();
    let allocation = outcome.allocation.expect("a plan");
    assert_eq!(verify(&scenario, &allocation), vec![]);
    let funded = (0..scenario.plan.actions.len())
        .map(|a| allocation.scale[a] > 0.5)
        .collect();
    let written = fundmix::domain::metrics::objective_value(&scenario, &allocation);
    let first = outcome.objective.expect("an objective");
    assert!(
        (written - first).abs() <= 1e-9 * first.abs().max(1e-12),
        "the plan written has {written}, the first stage found {first}"
    );
    (scenario, written, funded)
}

/// The most impact of a subset of all-or-nothing actions whose cost fits `budget` (one period,
/// one source paying everything): every subset tried.
fn brute_force(costs: &[f64], impacts: &[f64], budget: f64) -> f64 {
    let n = costs.len();
    let mut best = 0.0_f64;
    for set in 0u32..(1 << n) {
        let (mut cost, mut impact) = (0.0, 0.0);
        for a in 0..n {
            if set & (1 << a) != 0 {
                cost += costs[a];
                impact += impacts[a];
            }
        }
        if cost <= budget {
            best = best.max(impact);
        }
    }
    best
}

/// A one-period plan of all-or-nothing actions and one own source.
fn knapsack(costs: &[f64], impacts: &[f64], budget: f64) -> TempPlan {
    let mut actions = String::from("id,cost,impact_people\n");
    for (a, (cost, impact)) in costs.iter().zip(impacts).enumerate() {
        actions.push_str(&format!("a{a},{cost},{impact}\n"));
    }
    let sources = format!("id,kind,budget\nown,own,{budget}\n");
    TempPlan::new(&[("actions.csv", &actions), ("sources.csv", &sources)])
}

/// A fixed pseudo-random sequence (so that a failure can be replayed).
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, modulo: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % modulo
    }
}

#[test]
fn costs_in_millions_and_impacts_of_a_thousandth_give_the_brute_force_optimum() {
    for seed in 1..=6 {
        let mut random = Sequence(seed);
        let costs: Vec<f64> = (0..10)
            .map(|_| (1_000_000 + random.next(9_000_000)) as f64 + random.next(100) as f64 / 100.0)
            .collect();
        let impacts: Vec<f64> = (0..10)
            .map(|_| (1 + random.next(9)) as f64 / 1000.0)
            .collect();
        let budget = costs.iter().sum::<f64>() / 2.0;
        let (_, objective, _) = solved(&knapsack(&costs, &impacts, budget));
        let best = brute_force(&costs, &impacts, budget);
        assert!(
            (objective - best).abs() < 1e-9,
            "seed {seed}: fundmix {objective}, brute force {best}"
        );
    }
}

#[test]
fn impacts_of_a_millionth_are_told_apart() {
    // Impacts so small that the solver's default absolute gap (1e-6) would take any plan
    // within a millionth for the best: the optimum must still be exact.
    for seed in 1..=6 {
        let mut random = Sequence(seed + 100);
        let costs: Vec<f64> = (0..10).map(|_| (10 + random.next(90)) as f64).collect();
        let impacts: Vec<f64> = (0..10)
            .map(|_| (1 + random.next(50)) as f64 * 1e-8)
            .collect();
        let budget = costs.iter().sum::<f64>() / 2.0;
        let (_, objective, _) = solved(&knapsack(&costs, &impacts, budget));
        let best = brute_force(&costs, &impacts, budget);
        assert!(
            (objective - best).abs() <= 1e-12,
            "seed {seed}: fundmix {objective}, brute force {best}"
        );
    }
}

#[test]
fn one_source_a_thousand_times_larger_and_a_rate_of_0_8499999() {
    // Own money in billions, ESF+ in millions at 0.8499999: the plan keeps the rate to the
    // cent on every action, and the verifier agrees.
    let mut random = Sequence(7);
    let mut actions = String::from("id,category,cost_2025,cost_2026,impact_people\n");
    for a in 0..12 {
        let category = if a % 2 == 0 { "skills" } else { "access" };
        let (c1, c2) = (
            100_000 + random.next(9_900_000),
            random.next(2) * (50_000 + random.next(5_000_000)),
        );
        actions.push_str(&format!(
            "a{a},{category},{c1}.{:02},{c2},{}\n",
            random.next(100),
            1 + random.next(40)
        ));
    }
    let sources = "id,kind,budget_2025,budget_2026,max_share,eligible\n\
                   own,own,4000000000,4000000000,1,\n\
                   esf,eu,4000000,4000000,0.8499999,skills\n";
    let plan = TempPlan::new(&[("actions.csv", &actions), ("sources.csv", sources)]);
    let (scenario, _, funded) = solved(&plan);
    assert!(
        funded.iter().all(|&f| f),
        "the own money pays for everything"
    );
    let outcome = fundmix::solve::solve(&scenario, &SolveOptions::default()).unwrap();
    let allocation = outcome.allocation.unwrap();
    let esf = scenario
        .plan
        .sources
        .iter()
        .position(|s| s.id == "esf")
        .unwrap();
    let mut esf_used = 0.0;
    for (a, action) in scenario.plan.actions.iter().enumerate() {
        let total: f64 = action.cost_eur.iter().sum();
        let paid: f64 = allocation
            .funding
            .iter()
            .filter(|f| f.action == a && f.source == esf)
            .map(|f| f.amount_eur)
            .sum();
        esf_used += paid;
        assert!(
            paid <= 0.8499999 * total + 0.06,
            "{}: ESF+ pays {paid} of {total}",
            action.id
        );
    }
    assert!(esf_used > 1_000_000.0, "ESF+ is used: {esf_used}");
}

#[test]
fn amounts_from_a_cent_to_a_billion_in_one_plan() {
    let costs = [
        0.01,
        0.37,
        12.5,
        999.99,
        48_000.0,
        1_500_000.0,
        87_000_000.0,
        999_999_999.99,
        250_000_000.0,
        3.0,
    ];
    let impacts = [0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 21.0, 20.0, 1.5];
    for budget in [
        1.0,
        50_000.0,
        90_000_000.0,
        1_000_000_000.0,
        1_300_000_000.0,
    ] {
        let (_, objective, _) = solved(&knapsack(&costs, &impacts, budget));
        let best = brute_force(&costs, &impacts, budget);
        assert!(
            (objective - best).abs() < 1e-9,
            "budget {budget}: fundmix {objective}, brute force {best}"
        );
    }
}

#[test]
fn impacts_of_a_ten_billionth_survive_the_tie_breaks() {
    // Two sources, so that the least-own-money tie-break has a choice to make: it must not
    // trade away any of the impact the first stage found, however small the impacts.
    for seed in 1..=4 {
        let mut random = Sequence(seed + 200);
        let mut actions = String::from("id,category,cost,impact_people\n");
        let (mut costs, mut impacts) = (Vec::new(), Vec::new());
        for a in 0..9 {
            let cost = (10 + random.next(90)) as f64;
            let impact = (1 + random.next(50)) as f64 * 1e-10;
            let category = if a % 3 == 0 { "skills" } else { "access" };
            actions.push_str(&format!("a{a},{category},{cost},{impact}\n"));
            costs.push(cost);
            impacts.push(impact);
        }
        let budget = (costs.iter().sum::<f64>() / 2.0).round();
        let sources = format!(
            "id,kind,budget,max_share,eligible\nown,own,{budget},1,\ngrant,grant,60,0.5,skills\n"
        );
        let plan = TempPlan::new(&[("actions.csv", &actions), ("sources.csv", &sources)]);
        let (_, objective, _) = solved(&plan);
        // The grant adds at most 60 EUR: the best with 'budget' is a lower bound.
        let floor = brute_force(&costs, &impacts, budget);
        assert!(
            objective >= floor - 1e-15,
            "seed {seed}: {objective} < {floor}"
        );
    }
}
