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
use fundmix::solve::{best_objective, solve, SolveOptions};
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
        Rule::OwnerStaff(o, p) => plan.owners[o].hours[p] = value,
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
    if frontier.method == "exact" {
        // Between two points no plan does better than the lower one plus the step: with less
        // money than the upper point, no plan reaches the lower point's impact plus the step.
        for pair in frontier.points.windows(2) {
            let below = most_impact_within(scenario, money, pair[1].money_eur - 1.0)
                .unwrap()
                .unwrap();
            assert!(
                below <= pair[0].impact + frontier.step + 1e-6 * below.abs().max(1.0),
                "{below} points with less money than {pair:?} (step {})",
                frontier.step
            );
        }
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

fn traced_frontier(scenario: &Scenario, request: &FrontierRequest) -> Frontier {
    frontier(scenario, request).unwrap()
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
    // Traced in segments side by side: the same frontier whatever the thread count.
    let two_threads = traced_frontier(&scenario, &FrontierRequest { jobs: 2, ..request });
    assert_eq!(
        serde_json::to_string(&frontier).unwrap(),
        serde_json::to_string(&two_threads).unwrap()
    );
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

// ---------------------------------------------------------------------------------------------
// Hand-checked plans (single period, one own source, weights 1)
// ---------------------------------------------------------------------------------------------

use common::TempPlan;
use fundmix::analyse::explain::explain;

/// Budget 100; A costs 60 for 10 points, B 50 for 8, C 40 for 7. Best: A + C = 100 EUR, 17
/// points (B + C = 15; A + B = 110 EUR is over budget).
fn three_actions() -> (TempPlan, Scenario) {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points\nA,60,10\nB,50,8\nC,40,7\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,100\n"),
    ]);
    let scenario = load_scenario(&plan.plan()).unwrap();
    (plan, scenario)
}

fn index(scenario: &Scenario, id: &str) -> usize {
    scenario
        .plan
        .actions
        .iter()
        .position(|a| a.id == id)
        .unwrap()
}

#[test]
fn explain_an_action_left_out_by_hand() {
    let (_plan, scenario) = three_actions();
    let e = explain(&scenario, index(&scenario, "B"), &SolveOptions::default())
        .unwrap()
        .unwrap();
    assert_eq!(e.scale, 0.0);
    assert!((e.objective - 17.0).abs() < 1e-6);
    // Forced in: B + C = 15 points (A + B is over budget): 2 points lost, A pushed out.
    assert!(e.forced.feasible);
    assert!((e.forced.loss.unwrap() - 2.0).abs() < 1e-6);
    assert_eq!(e.forced.displaced, vec!["A".to_string()]);
    assert!(e.forced.funded_instead.is_empty());
    // It enters with more than 8 + 2 = 10 points...
    let impact = e.entry_impact.unwrap();
    assert!((impact.impact_now - 8.0).abs() < 1e-9);
    assert!((impact.impact_needed - 10.0).abs() < 1e-6);
    // ... or at a cost of 40 EUR (A + B = 100 EUR, 18 points > 17).
    let cost = e.entry_cost.unwrap();
    assert_eq!(cost.cost_eur, 50.0);
    // Exact for an all-or-nothing action.
    assert_eq!(cost.enters_at_eur, Some(40.0));
    assert_eq!(cost.tolerance_eur, 1.0);
}

/// The best value of `scenario` with action `a` forced in, its cost multiplied by `cost` and
/// its impact by `impact`: the ordinary model, solved again (not the model explain uses).
fn forced_in_value(scenario: &Scenario, a: usize, cost: f64, impact: f64) -> f64 {
    let mut s = scenario.clone();
    let action = &mut s.plan.actions[a];
    action.status = fundmix::domain::Status::Must;
    action.cost_eur.iter_mut().for_each(|c| *c *= cost);
    action.impact.iter_mut().for_each(|i| *i *= impact);
    best_objective(&s, &SolveOptions::default())
        .unwrap()
        .expect("a plan with the action forced in")
}

#[test]
fn the_entry_cost_and_impact_of_left_out_actions_are_exact_by_re_solving() {
    let scenario = jelgava("baseline.toml");
    // Two all-or-nothing actions and two that may be funded at part scale.
    let ids = [
        "digital_hub_ozolnieki",
        "rural_access_points",
        "broadband_vouchers",
        "device_lending_library",
    ];
    for id in ids {
        let a = index(&scenario, id);
        let e = explain(&scenario, a, &SolveOptions::default())
            .unwrap()
            .unwrap();
        assert_eq!(e.scale, 0.0, "{id} is left out of the baseline");
        let cost = e.entry_cost.unwrap();
        let at = cost.enters_at_eur.expect("it enters at some cost");
        assert!(at > 0.0 && at < cost.cost_eur, "{id}: {at}");
        assert_eq!(cost.tolerance_eur, 1.0);
        // At that cost, forcing it in costs the plan nothing; 2 EUR dearer, it costs something.
        let as_good = forced_in_value(&scenario, a, at / cost.cost_eur, 1.0);
        // (As good: within the 1e-9 relative tolerance explain holds the objective to.)
        let as_good_enough = e.objective * (1.0 - 2e-9);
        assert!(as_good >= as_good_enough, "{id}: {as_good} at {at} EUR");
        let worse = forced_in_value(&scenario, a, (at + 2.0) / cost.cost_eur, 1.0);
        assert!(
            worse < e.objective - 1e-6,
            "{id}: {worse} at {} EUR",
            at + 2.0
        );
        // The same for its weighted impact: as good at the impact needed, worse just below.
        let impact = e.entry_impact.unwrap();
        let factor = impact.impact_needed / impact.impact_now;
        let at_need = forced_in_value(&scenario, a, 1.0, factor * (1.0 + 1e-9));
        assert!(at_need >= as_good_enough, "{id}: {at_need}");
        let below = forced_in_value(&scenario, a, 1.0, factor - 0.01 / impact.impact_now);
        assert!(below < e.objective - 1e-6, "{id}: {below}");
        // All or nothing: forcing it in as it is loses what the impact needed says.
        let loss = e.forced.loss.unwrap();
        let all_or_nothing = scenario.plan.actions[a].min_scale >= 1.0;
        assert!(
            !all_or_nothing || (impact.impact_needed - impact.impact_now - loss).abs() < 1e-4,
            "{id}: {} {} {loss}",
            impact.impact_needed,
            impact.impact_now
        );
    }
}

#[test]
fn explain_a_scalable_action_left_out_by_hand() {
    // Budget 100; A costs 60 for 10 points; X costs 100 for 12 points and may be funded at 50%
    // to 100%; B costs 40 for 7 points. Best: A + B = 17 points. With X forced in: X at 60% and
    // B, 14.2 points (A + X needs X at 40%, below its minimum scale).
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,min_scale,impact_points\nA,60,1,10\nX,100,0.5,12\nB,40,1,7\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,100\n"),
    ]);
    let scenario = load_scenario(&plan.plan()).unwrap();
    let x = index(&scenario, "X");
    let e = explain(&scenario, x, &SolveOptions::default())
        .unwrap()
        .unwrap();
    assert_eq!(e.scale, 0.0);
    assert!((e.objective - 17.0).abs() < 1e-6);
    assert!((e.forced.loss.unwrap() - 2.8).abs() < 1e-6);
    // At cost c, X + B reach 7 + 12 x 60/c points: 17 at c = 72 (X at part scale, 83%).
    let cost = e.entry_cost.unwrap();
    assert_eq!(cost.enters_at_eur, Some(72.0));
    // At cost 100, X at 60% with B reaches 17 when X's full-scale impact is 10 / 0.6.
    let impact = e.entry_impact.unwrap();
    assert!(
        (impact.impact_needed - 10.0 / 0.6).abs() < 1e-6,
        "{impact:?}"
    );
    // Checked by re-solving the ordinary model.
    assert!(forced_in_value(&scenario, x, 0.72, 1.0) >= 17.0 - 1e-6);
    assert!(forced_in_value(&scenario, x, 0.73, 1.0) < 17.0 - 1e-6);
    let needed = impact.impact_needed / 12.0;
    assert!(forced_in_value(&scenario, x, 1.0, needed * (1.0 + 1e-9)) >= 17.0 - 1e-6);
    assert!(forced_in_value(&scenario, x, 1.0, needed - 0.01 / 12.0) < 17.0 - 1e-6);
}

#[test]
fn explain_a_funded_action_by_hand() {
    let (_plan, scenario) = three_actions();
    let e = explain(&scenario, index(&scenario, "A"), &SolveOptions::default())
        .unwrap()
        .unwrap();
    assert_eq!(e.scale, 1.0);
    // Left out: B + C = 15 points, 2 lost, B comes in.
    assert!((e.forced.loss.unwrap() - 2.0).abs() < 1e-6);
    assert_eq!(e.forced.funded_instead, vec!["B".to_string()]);
    assert!(e.forced.displaced.is_empty());
    assert_eq!(e.carried_by, vec![("own".to_string(), 60.0)]);
    assert!(e.entry_cost.is_none() && e.entry_impact.is_none());
}

#[test]
fn the_exact_frontier_of_three_actions_by_hand() {
    let (_plan, scenario) = three_actions();
    let request = FrontierRequest {
        money: Money::Own,
        max_points: 50,
        grid: None,
        jobs: 1,
    };
    let f = frontier(&scenario, &request).unwrap();
    let points: Vec<(f64, f64)> = f.points.iter().map(|p| (p.money_eur, p.impact)).collect();
    // Nothing; C; B; A; B + C; A + C.
    let expected = [
        (0.0, 0.0),
        (40.0, 7.0),
        (50.0, 8.0),
        (60.0, 10.0),
        (90.0, 15.0),
        (100.0, 17.0),
    ];
    assert_eq!(points.len(), expected.len(), "{points:?}");
    for ((m, i), (em, ei)) in points.iter().zip(expected) {
        assert!((m - em).abs() < 1e-6 && (i - ei).abs() < 1e-6, "{points:?}");
    }
    assert_eq!(f.points[4].funded, vec!["B".to_string(), "C".to_string()]);
    assert_eq!(f.current, Some((100.0, 17.0)));
    check_frontier(&scenario, &f, &Money::Own);
}

#[test]
fn the_marginal_value_of_a_budget_by_hand() {
    // X costs 200 for 40 points and may be funded at 25% to 100%; the budget of 100 funds half:
    // 20 points. One more EUR buys 40/200 = 0.2 points, for budgets from 50 (25%) to 200 (100%).
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,min_scale,impact_points\nX,200,0.25,40\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,100\n"),
    ]);
    let scenario = load_scenario(&plan.plan()).unwrap();
    let allocation = solve(&scenario, &SolveOptions::default())
        .unwrap()
        .allocation
        .unwrap();
    let marginals = marginal_values(&scenario, &allocation).unwrap();
    let budget = &marginals.limits[0];
    assert_eq!(budget.rule, Rule::SourceTotal(0));
    assert!(budget.binding);
    assert!((budget.used - 100.0).abs() < 1e-6);
    assert!((budget.objective_per_unit - 0.2).abs() < 1e-9, "{budget:?}");
    assert!(
        (budget.valid_from.unwrap() - 50.0).abs() < 1e-6,
        "{budget:?}"
    );
    assert!(
        (budget.valid_to.unwrap() - 200.0).abs() < 1e-6,
        "{budget:?}"
    );
}

#[test]
fn two_must_actions_over_budget_are_diagnosed_by_hand() {
    // A (60) and B (50) are both must, the budget is 100: 10 EUR short. The smallest fix adds
    // 10 EUR (one change, a tenth of the budget); the alternatives drop one must action.
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points,status\nA,60,10,must\nB,50,8,must\nC,40,7,\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,100\n"),
    ]);
    let scenario = load_scenario(&plan.plan()).unwrap();
    let d = diagnose(&scenario).unwrap();
    let advice: Vec<Vec<&str>> = d
        .fixes
        .iter()
        .map(|f| f.changes.iter().map(|c| c.advice.as_str()).collect())
        .collect();
    assert_eq!(d.fixes.len(), 3, "{advice:?}");
    assert_eq!(d.fixes[0].changes.len(), 1);
    let first = &d.fixes[0].changes[0];
    assert_eq!(first.rule, Rule::SourceTotal(0));
    assert_eq!(first.by, 10.0);
    assert_eq!(
        first.advice,
        "add 10 EUR to the own total budget (from 100 to 110)"
    );
    let mut dropped: Vec<Rule> = d.fixes[1..].iter().map(|f| f.changes[0].rule).collect();
    dropped.sort();
    assert_eq!(dropped, vec![Rule::Must(0), Rule::Must(1)]);
    assert_eq!(
        d.conflict_rules,
        vec![Rule::SourceTotal(0), Rule::Must(0), Rule::Must(1)]
    );
    for fix in &d.fixes {
        assert!(has_plan(&with_fix(&scenario, fix)));
    }
}

#[test]
fn an_action_that_no_cost_or_impact_brings_in_is_said_to_be_kept_out_by_the_rules() {
    // A must be funded and excludes B: B cannot enter at any cost or with any impact.
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points,excludes,status,min_scale\n\
             A,60,10,B,must,1\nB,50,8,,,0.5\nC,40,7,,,1\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,100\n"),
    ]);
    let scenario = load_scenario(&plan.plan()).unwrap();
    let e = explain(&scenario, index(&scenario, "B"), &SolveOptions::default())
        .unwrap()
        .unwrap();
    assert!(!e.forced.feasible);
    assert_eq!(e.entry_cost.as_ref().unwrap().enters_at_eur, None);
    assert!(e.entry_impact.is_none());
    let text = fundmix::report::explain::explanation_text(&e);
    assert!(text.contains("not even at no cost"), "{text}");
    assert!(text.contains("nor with any more impact"), "{text}");
}

#[test]
fn an_action_of_the_example_is_explained_in_latvian() {
    let mut scenario = jelgava("baseline.toml");
    scenario.lang = fundmix::i18n::Lang::Lv;
    let hub = index(&scenario, "digital_hub_ozolnieki");
    let e = explain(&scenario, hub, &SolveOptions::default())
        .unwrap()
        .unwrap();
    let text = fundmix::report::explain::explanation_text(&e);
    for latvian in [
        "Statuss:  nav iekļauta plānā",
        "Ja to iekļautu plānā piespiedu kārtā:",
        "ietekmes punktiem sliktāks",
        "Darbība iekļūtu plānā arī bez piespiešanas:",
        "kopējais budžets (540 000 EUR): +1 000 EUR pievieno 0 ietekmes punktus",
    ] {
        assert!(text.contains(latvian), "no '{latvian}' in:\n{text}");
    }
    for english in [
        "Status:",
        "left out",
        "impact points",
        "would",
        "total budget",
    ] {
        assert!(!text.contains(english), "'{english}' in:\n{text}");
    }
    // The decimal comma: "-0,18%".
    assert!(text.contains(",18%"), "{text}");
    // The JSON stays data: its unit key is the same in every language.
    assert_eq!(e.objective_unit, "impact points");
}
