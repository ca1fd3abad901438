//! Decision analysis: marginal values, explanations, frontier and infeasibility diagnosis,
//! checked against independent re-solves and hand-checked plans.

mod common;

use fundmix::analyse::diagnose::diagnose;
use fundmix::analyse::frontier::{
    frontier, least_money_for, most_impact_within, Frontier, FrontierRequest, Money,
};
use fundmix::analyse::marginal::{fixed_plan_value, marginal_values, Limit};
use fundmix::domain::{Offer, Scenario};
use fundmix::model::Rule;
use fundmix::solve::{solve, SolveOptions};
use fundmix::validate::load_scenario;
use std::path::Path;

fn jelgava(name: &str) -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios/jelgava")
        .join(name);
    load_scenario(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// `scenario` with the limit of `rule` set to `value`.
fn with_limit(scenario: &Scenario, rule: Rule, value: f64) -> Scenario {
    let mut s = scenario.clone();
    let plan = &mut s.plan;
    let offer = |o: &mut Offer, p: Option<usize>| match (o, p) {
        (Offer::PerPeriod(v), Some(p)) => v[p] = value,
        (Offer::Total(t), None) => *t = value,
        _ => panic!("no such offer"),
    };
    match rule {
        Rule::SourcePeriod(src, p) => plan.sources[src].budget_eur[p] = Some(value),
        Rule::SourceTotal(src) => plan.sources[src].budget_total_eur = Some(value),
        Rule::PartnerCash(k, p) => offer(&mut plan.partners[k].cash_eur, p),
        Rule::PartnerHours(k, p) => offer(&mut plan.partners[k].staff_hours, p),
        Rule::Staff(p) => s.staff_capacity_hours.as_mut().unwrap()[p] = value,
        Rule::Target(t) => plan.targets[t].min = value,
        other => panic!("not a limit: {other:?}"),
    }
    s
}

/// Checks every marginal value of the scenario's plan against finite differences of the
/// fixed-decision program: the value must lie between the gains of loosening and tightening the
/// limit by a small step (they are equal unless the limit sits at a kink).
fn check_marginals_by_finite_differences(scenario: &Scenario) -> usize {
    let outcome = solve(scenario, &SolveOptions::default()).unwrap();
    let allocation = outcome.allocation.expect("a plan");
    let marginals = marginal_values(scenario, &allocation).unwrap();
    let (base, base_tie) = fixed_plan_value(scenario, &allocation).unwrap().unwrap();
    let mut checked = 0;
    for limit in &marginals.limits {
        let Limit { rule, limit: b, .. } = *limit;
        let loosen = if matches!(rule, Rule::Target(_)) {
            -1.0
        } else {
            1.0
        };
        let h = (b.abs() * 1e-3).clamp(1e-3, 10.0);
        if b - h < 0.0 {
            continue;
        }
        let value_at =
            |x: f64| fixed_plan_value(&with_limit(scenario, rule, x), &allocation).unwrap();
        let Some((up, up_tie)) = value_at(b + loosen * h) else {
            continue;
        };
        let down = value_at(b - loosen * h);
        let sign = match scenario.objective {
            fundmix::domain::Objective::MaxImpact => (1.0, -1.0),
            fundmix::domain::Objective::MinOwnCost => (-1.0, 1.0),
        };
        let forward = sign.0 * (up - base) / h;
        let tol = 1e-4 * (1.0 + forward.abs());
        match down {
            Some((down, _)) => {
                let backward = sign.0 * (base - down) / h;
                let (lo, hi) = (forward.min(backward), forward.max(backward));
                assert!(
                    limit.objective_per_unit >= lo - tol && limit.objective_per_unit <= hi + tol,
                    "{}: marginal value {} outside finite differences [{lo}, {hi}]",
                    limit.what,
                    limit.objective_per_unit
                );
            }
            None => assert!(limit.objective_per_unit >= forward - tol, "{}", limit.what),
        }
        // The tie-break with the objective held: only where the objective does not move.
        if (up - base).abs() < 1e-9 * base.abs().max(1.0) {
            let tie_forward = sign.1 * (up_tie - base_tie) / h;
            assert!(
                limit.tiebreak_per_unit >= tie_forward - 1e-4 * (1.0 + tie_forward.abs()),
                "{}: tie-break value {} below the gain of loosening {tie_forward}",
                limit.what,
                limit.tiebreak_per_unit
            );
        }
        checked += 1;
    }

    checked
}

#[test]
fn marginal_values_of_the_baseline_match_finite_differences() {
    let checked = check_marginals_by_finite_differences(&jelgava("baseline.toml"));
    assert!(checked >= 10, "only {checked} limits checked");
}

#[test]
fn marginal_values_of_what_if_scenarios_match_finite_differences() {
    for name in [
        "budget_cut_10.toml",
        "esf_rejected.toml",
        "inflation_15.toml",
    ] {
        let checked = check_marginals_by_finite_differences(&jelgava(name));
        assert!(checked >= 10, "{name}: only {checked} limits checked");
    }
}

#[test]
fn marginal_values_with_the_min_own_cost_objective_match_finite_differences() {
    let mut scenario = jelgava("baseline.toml");
    scenario.objective = fundmix::domain::Objective::MinOwnCost;
    let checked = check_marginals_by_finite_differences(&scenario);
    assert!(checked >= 10, "only {checked} limits checked");
}

/// `scenario` with the limit of `rule` lifted (a budget or offer without limit, no target, a
/// `must` action left free).
fn without_limit(scenario: &Scenario, rule: Rule) -> Scenario {
    match rule {
        Rule::Target(_) => with_limit(scenario, rule, 0.0),
        Rule::Must(a) => {
            let mut s = scenario.clone();
            s.plan.actions[a].status = fundmix::domain::Status::Free;
            s
        }
        Rule::PartnerActions(k) => {
            let mut s = scenario.clone();
            s.plan.partners[k].max_actions = None;
            s
        }
        _ => with_limit(scenario, rule, 1e9),
    }
}

/// `scenario` with a fix's changes applied.
fn with_fix(scenario: &Scenario, fix: &fundmix::analyse::diagnose::Fix) -> Scenario {
    fix.changes
        .iter()
        .fold(scenario.clone(), |s, c| match c.rule {
            Rule::Must(_) | Rule::PartnerActions(_) => without_limit(&s, c.rule),
            rule => with_limit(&s, rule, c.new_limit),
        })
}

fn has_plan(scenario: &Scenario) -> bool {
    solve(scenario, &SolveOptions::default())
        .unwrap()
        .allocation
        .is_some()
}

#[test]
fn the_ambitious_targets_are_diagnosed_with_fixes_that_work_and_an_irreducible_conflict() {
    let scenario = jelgava("ambitious_targets.toml");
    assert!(!has_plan(&scenario));
    let diagnosis = diagnose(&scenario).unwrap();
    eprintln!("{}", serde_json::to_string_pretty(&diagnosis).unwrap());
    assert!(!diagnosis.fixes.is_empty());
    for fix in &diagnosis.fixes {
        assert!(
            has_plan(&with_fix(&scenario, fix)),
            "fix does not work: {fix:?}"
        );
    }
    // Irreducible: with every other adjustable limit lifted the conflict remains, and lifting
    // any one of its limits as well removes it.
    let conflict = &diagnosis.conflict_rules;
    assert!(!conflict.is_empty());
    let model_rules = adjustable_rules(&scenario);
    let others = model_rules.iter().filter(|r| !conflict.contains(r));
    let only_conflict = others.fold(scenario.clone(), |s, &r| without_limit(&s, r));
    assert!(
        !has_plan(&only_conflict),
        "the conflict set alone must have no plan"
    );
    for &rule in conflict {
        assert!(
            has_plan(&without_limit(&only_conflict, rule)),
            "{rule:?} is not needed for the conflict"
        );
    }
}

/// Every adjustable limit of the scenario.
fn adjustable_rules(scenario: &Scenario) -> Vec<Rule> {
    let model = fundmix::model::FundingModel::build(scenario);
    let mut rules: Vec<Rule> = model
        .rules
        .iter()
        .copied()
        .filter(|r| r.is_adjustable())
        .collect();
    rules.dedup();
    rules
}

/// Every point is monotone, re-solves to itself both ways, and the scenario's plan lies on or
/// below the frontier.
fn check_frontier(scenario: &Scenario, frontier: &Frontier, money: &Money) {
    assert!(
        frontier.points.len() >= 2,
        "{} points",
        frontier.points.len()
    );
    for pair in frontier.points.windows(2) {
        assert!(
            pair[1].money_eur > pair[0].money_eur,
            "money must grow: {pair:?}"
        );
        assert!(
            pair[1].impact > pair[0].impact,
            "impact must grow: {pair:?}"
        );
    }
    for p in &frontier.points {
        let most = most_impact_within(scenario, money, p.money_eur + 0.5)
            .unwrap()
            .unwrap();
        assert!(
            (most - p.impact).abs() <= 1e-6 * p.impact.abs().max(1.0),
            "at {} EUR the most impact is {most}, the frontier says {}",
            p.money_eur,
            p.impact
        );
        let least = least_money_for(scenario, money, p.impact - 1e-7 * p.impact.abs().max(1.0))
            .unwrap()
            .unwrap();
        assert!(
            (least - p.money_eur).abs() <= 1.0,
            "impact {} needs {least} EUR, the frontier says {}",
            p.impact,
            p.money_eur
        );
    }
    let (m, i) = frontier.current.expect("the scenario has a plan");
    let at_or_below = frontier
        .points
        .iter()
        .filter(|p| p.money_eur <= m + 0.5)
        .map(|p| p.impact)
        .fold(f64::NEG_INFINITY, f64::max);
    assert!(
        i <= at_or_below + 1e-6 * i.abs().max(1.0),
        "the plan is above the frontier"
    );
}

#[test]
fn the_own_money_frontier_of_the_baseline_is_monotone_and_each_point_resolves_to_itself() {
    let scenario = jelgava("baseline.toml");
    let request = FrontierRequest {
        money: Money::Own,
        max_points: 6,
        grid: None,
        jobs: 1,
    };
    let frontier = frontier(&scenario, &request).unwrap();
    eprintln!(
        "{}",
        serde_json::to_string(
            &frontier
                .points
                .iter()
                .map(|p| (p.money_eur, p.impact))
                .collect::<Vec<_>>()
        )
        .unwrap()
    );
    check_frontier(&scenario, &frontier, &Money::Own);
}

#[test]
fn a_grid_frontier_of_one_source_is_monotone_and_each_point_resolves_to_itself() {
    let scenario = jelgava("baseline.toml");
    let esf = scenario
        .plan
        .sources
        .iter()
        .position(|s| s.id == "esf_plus")
        .unwrap();
    let request = FrontierRequest {
        money: Money::Source(esf),
        max_points: 50,
        grid: Some(4),
        jobs: 2,
    };
    let frontier = frontier(&scenario, &request).unwrap();
    check_frontier(&scenario, &frontier, &Money::Source(esf));
}
