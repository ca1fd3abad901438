//! Optimality against published truth: OR-Library capital-budgeting problems, each turned into
//! a fundmix plan (one period per constraint, one `own` source whose per-period budget is the
//! right-hand side, profit as the only impact) and solved through the ordinary CSV loader.

mod common;

use common::{test_data, TempPlan};
use fundmix::solve::{SolveOptions, SolveStatus, Solver};
use fundmix::{solve_scenario, validate::load_scenario};
use std::fmt::Write;

/// One multi-dimensional knapsack: maximise Σ p x subject to Σ r(i, ·) x ≤ b(i).
struct Knapsack {
    profits: Vec<f64>,
    weights: Vec<Vec<f64>>,
    capacities: Vec<f64>,
    optimum: f64,
}

/// Parses an OR-Library mknap file (whitespace-separated tokens, see SOURCE.md).
fn parse(text: &str) -> Vec<Knapsack> {
    let mut tokens = text
        .split_whitespace()
        .map(|t| t.parse::<f64>().expect("number"));
    let mut next = || tokens.next().expect("token");
    let count = next() as usize;
    (0..count)
        .map(|_| {
            let (n, m, optimum) = (next() as usize, next() as usize, next());
            let profits = (0..n).map(|_| next()).collect();
            let weights = (0..m).map(|_| (0..n).map(|_| next()).collect()).collect();
            let capacities = (0..m).map(|_| next()).collect();
            Knapsack {
                profits,
                weights,
                capacities,
                optimum,
            }
        })
        .collect()
}

/// Writes the knapsack as a plan and returns the optimum fundmix finds, with HiGHS and with
/// CBC finding the first stage (both must reach it).
fn solve_as_plan(problem: &Knapsack) -> [f64; 2] {
    let m = problem.capacities.len();
    let mut actions = String::from("id");
    let mut sources = String::from("id,kind");
    for i in 0..m {
        write!(actions, ",cost_c{i}").unwrap();
        write!(sources, ",budget_c{i}").unwrap();
    }
    actions.push_str(",impact_profit\n");
    sources.push_str("\nbudget,own");
    for (j, profit) in problem.profits.iter().enumerate() {
        write!(actions, "item{j}").unwrap();
        for row in &problem.weights {
            write!(actions, ",{}", row[j]).unwrap();
        }
        writeln!(actions, ",{profit}").unwrap();
    }
    for b in &problem.capacities {
        write!(sources, ",{b}").unwrap();
    }
    sources.push('\n');
    let plan = TempPlan::new(&[("actions.csv", &actions), ("sources.csv", &sources)]);
    let scenario = load_scenario(&plan.plan()).expect("valid plan");
    [Solver::Highs, Solver::Cbc].map(|solver| {
        let options = SolveOptions {
            solver,
            ..SolveOptions::default()
        };
        let result = solve_scenario(&scenario, &options).expect("solved");
        assert_eq!(result.status, SolveStatus::Optimal, "{solver:?}");
        assert!(result.verified, "{solver:?}");
        result.objective.expect("a plan")
    })
}

#[test]
fn mknap1_reaches_every_published_optimum() {
    let text = std::fs::read_to_string(test_data("orlib/mknap1.txt")).unwrap();
    let problems = parse(&text);
    assert_eq!(problems.len(), 7);
    for (k, problem) in problems.iter().enumerate() {
        for found in solve_as_plan(problem) {
            assert!(
                (found - problem.optimum).abs() < 1e-6,
                "mknap1 problem {}: found {found}, published optimum {}",
                k + 1,
                problem.optimum
            );
        }
    }
}

#[test]
fn mknapcb1_first_three_reach_best_known_values() {
    let text = std::fs::read_to_string(test_data("orlib/mknapcb1.txt")).unwrap();
    let results = std::fs::read_to_string(test_data("orlib/mkcbres.txt")).unwrap();
    let best_known = |name: &str| -> f64 {
        let line = results
            .lines()
            .find(|l| l.trim_start().starts_with(name))
            .expect("listed in mkcbres");
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    };
    let problems = parse(&text);
    assert_eq!(problems.len(), 30);
    for (k, problem) in problems.iter().take(3).enumerate() {
        let expected = best_known(&format!("5.100-{k:02}"));
        for found in solve_as_plan(problem) {
            assert!(
                (found - expected).abs() < 1e-6,
                "mknapcb1 problem {k}: found {found}, best known {expected} (proven optimal by HiGHS and CBC, see SOURCE.md)"
            );
        }
    }
}
