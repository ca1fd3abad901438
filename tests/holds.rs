//! `fundmix solve --risk`: the plan that holds, on plans small enough to check by hand.

mod common;

use common::{fundmix_ok, TempPlan};
use fundmix::analyse::holds::{distinct_draws, plan_that_holds, Found, Holds, HoldsRequest};
use fundmix::domain::{RiskMeasure, Scenario};
use fundmix::solve::SolveOptions;
use fundmix::validate::load_scenario;
use fundmix::verify::verify;

/// Two actions of 100 EUR (impact 10 and 8), the municipality's 100 EUR, and a grant of 100 EUR
/// that pays half the time. The plain plan funds both. An unfinanced euro weighs as much as the
/// best euro buys (10 points per 100 EUR), so committing to both is worth 18 when the grant
/// pays and 18 - 10 = 8 when it does not: 13 on average (better than 10 for `a` alone), but 8
/// in the worse half (worse than 10). So `expected` keeps both and `cvar` with alpha 0.5 keeps
/// only `a`, paid by the municipality.
fn two_sources() -> TempPlan {
    TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost,impact_people\na,Best,100,10\nb,Second,100,8\n",
        ),
        (
            "sources.csv",
            "id,name,kind,budget,award_probability\n\
             own,Municipality,own,100,\ngrant,Grant,grant,100,0.5\n",
        ),
    ])
}

/// The plan that holds of `scenario` over 200 draws (seed 3), compared on 200 fresh ones (the
/// tests' plans have one).
fn solve(scenario: &Scenario, measure: RiskMeasure, alpha: f64) -> Holds {
    let found = plan_that_holds(scenario, &request(measure, alpha), &SolveOptions::default());
    match found.unwrap() {
        Found::Holds(holds) => *holds,
        Found::NoPlan(outcome) => panic!("no plan: {:?}", outcome.status),
    }
}

fn request(measure: RiskMeasure, alpha: f64) -> HoldsRequest {
    HoldsRequest {
        samples: 200,
        seed: 3,
        measure,
        alpha,
        fresh_samples: 200,
        jobs: 2,
        mip_gap: None,
    }
}

#[test]
fn on_average_both_actions_are_worth_the_risk() {
    let plan = two_sources();
    let scenario = load_scenario(&plan.plan()).unwrap();
    let holds = solve(&scenario, RiskMeasure::Expected, 0.2);
    let allocation = holds.outcome.allocation.as_ref().unwrap();
    assert_eq!(allocation.scale, vec![1.0, 1.0]);
    assert!(verify(&scenario, allocation).is_empty());
    // Two kinds of draw: the grant pays or not.
    assert_eq!(holds.distinct_draws, 2);
    // The same plan as the plain solve: the same gap, in the half of the draws without grant.
    assert_eq!(holds.holding.gap_chance, holds.plain.gap_chance);
    assert!((holds.holding.gap_chance - 0.5).abs() < 0.1);
    assert!((holds.holding.unfinanced_eur - 100.0 * holds.holding.gap_chance).abs() < 1e-6);
}

#[test]
fn the_worst_half_keeps_only_what_the_municipality_can_pay() {
    let plan = two_sources();
    let scenario = load_scenario(&plan.plan()).unwrap();
    let holds = solve(&scenario, RiskMeasure::Cvar, 0.5);
    let allocation = holds.outcome.allocation.as_ref().unwrap();
    assert_eq!(allocation.scale, vec![1.0, 0.0]);
    assert!(verify(&scenario, allocation).is_empty());
    // The plan as applied for pays `a` from the municipality (least own money cannot shift it
    // to the grant: when the grant fails the municipality must pay anyway, and it is the
    // tie-break over every draw).
    assert_eq!(holds.holding.gap_chance, 0.0);
    assert_eq!(holds.holding.unfinanced_eur, 0.0);
    assert_eq!(holds.holding.objective.unwrap().mean, 10.0);
    // The plain plan: 18 points, and an unfinanced 100 EUR whenever the grant fails.
    assert_eq!(holds.plain.objective.unwrap().mean, 18.0);
    assert!((holds.plain.gap_chance - 0.5).abs() < 0.1);
    assert_eq!(holds.actions[1], ("b".to_string(), 1.0, 0.0));
}

#[test]
fn draws_that_came_out_alike_are_counted_once() {
    let plan = two_sources();
    let scenario = load_scenario(&plan.plan()).unwrap();
    let draws = distinct_draws(&scenario, 3, 200);
    assert_eq!(draws.len(), 2);
    let total: f64 = draws.iter().map(|(_, w)| w).sum();
    assert!((total - 1.0).abs() < 1e-12);
    // The draw without the grant has it switched off.
    let without = draws
        .iter()
        .find(|(s, _)| !s.plan.sources[1].eligible[0])
        .unwrap();
    assert!((without.1 - 0.5).abs() < 0.1);
}

/// A partner whose cash arrives 7 times in 10 and a hard target only its action reaches. The
/// plain plan funds both actions (50 own + 50 sponsor for `a`, 50 own for `b`): when the
/// sponsor withdraws, 50 EUR are unfinanced (5 points at 10 points per 100 EUR). On average
/// both are still worth it (13 - 0.3 x 5 = 11.5 > 10); in the worst fifth of the draws (all
/// without the sponsor: 13 - 5 = 8 < 10) only `a` is, the municipality keeping its money back
/// to cover the sponsor's cash.
#[test]
fn a_partner_that_may_withdraw_is_covered_by_own_money() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost,impact_people\na,Needs the sponsor,100,10\nb,Other,50,3\n",
        ),
        (
            "sources.csv",
            "id,name,kind,budget\nown,Municipality,own,100\n",
        ),
        (
            "partners.csv",
            "id,name,cash,eligible,commitment_probability\nsponsor,Sponsor,50,a,0.7\n",
        ),
        ("targets.csv", "indicator,min,hard\npeople,10,true\n"),
    ]);
    let scenario = load_scenario(&plan.plan()).unwrap();
    for (measure, kept) in [
        (RiskMeasure::Expected, vec![1.0, 1.0]),
        (RiskMeasure::Cvar, vec![1.0, 0.0]),
    ] {
        let holds = solve(&scenario, measure, 0.2);
        let allocation = holds.outcome.allocation.as_ref().unwrap();
        assert!(verify(&scenario, allocation).is_empty());
        assert_eq!(allocation.scale, kept, "{measure:?}");
        assert_eq!(holds.plain.actions, 2, "{measure:?}");
        assert!((holds.plain.gap_chance - 0.3).abs() < 0.1, "{measure:?}");
        let share = holds.plain.gap_chance;
        assert!((holds.plain.unfinanced_eur - 50.0 * share).abs() < 1e-6);
        if measure == RiskMeasure::Cvar {
            assert_eq!(holds.holding.gap_chance, 0.0);
            assert_eq!(holds.holding.target_met[0].1, 1.0);
        }
    }
}

#[test]
fn solve_risk_writes_the_plan_and_its_price() {
    let plan = two_sources();
    let scenario = plan.scenario(
        "risky.toml",
        "name = \"Risky\"\nplan = \"plan\"\n[risk]\nsamples = 50\nseed = 4\nmeasure = \"cvar\"\nalpha = 0.5\n",
    );
    let out = plan.dir.path().join("out");
    let text = fundmix_ok(&[
        "solve",
        scenario.to_str().unwrap(),
        "--risk",
        "--no-timings",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(text.contains("Funded:   1 of 2 actions"), "{text}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("robustness.json")).unwrap()).unwrap();
    assert_eq!(json["measure"], "cvar");
    assert_eq!(json["alpha"], 0.5);
    assert_eq!(json["samples"], 50);
    for file in ["report.md", "summary.json", "robustness.md"] {
        assert!(out.join(file).exists(), "{file}");
    }
}

/// A cost overrun: `a` most likely costs 100 but may cost 90 to 150 (triangular), `b` 40 for
/// sure; the municipality has 150. The plain plan funds both (140), leaving a 10 EUR buffer
/// that the overrun of `a` exceeds in more than half of the draws. On average the overrun
/// left unfinanced is small (about 7 EUR: 0.7 points at 10 points per 100 EUR), so `expected`
/// keeps both (11.5 - 0.7 > 10); in the worst fifth of the draws it is about 24 EUR (2.4
/// points), so `cvar` keeps `a` alone with a 50 EUR buffer that covers every overrun.
#[test]
fn a_cost_overrun_is_covered_by_a_buffer() {
    let tables = |budget: u32| {
        TempPlan::new(&[
            (
                "actions.csv",
                "id,name,cost,cost_low,cost_high,impact_people\n\
                 a,Overruns,100,90,150,10\nb,Certain,40,,,1.5\n",
            ),
            (
                "sources.csv",
                &format!("id,name,kind,budget\nown,Municipality,own,{budget}\n"),
            ),
        ])
    };
    let plan = tables(150);
    let scenario = load_scenario(&plan.plan()).unwrap();
    let expected = solve(&scenario, RiskMeasure::Expected, 0.2);
    // Every draw has its own cost.
    assert_eq!(expected.distinct_draws, 200);
    assert_eq!(
        expected.outcome.allocation.as_ref().unwrap().scale,
        vec![1.0, 1.0]
    );
    // P(cost of a > 110) = 40² / (60 x 50) = 0.53.
    assert!((expected.plain.gap_chance - 0.53).abs() < 0.1);
    let cvar = solve(&scenario, RiskMeasure::Cvar, 0.2);
    let allocation = cvar.outcome.allocation.as_ref().unwrap();
    assert_eq!(allocation.scale, vec![1.0, 0.0]);
    assert!(verify(&scenario, allocation).is_empty());
    assert_eq!(cvar.holding.gap_chance, 0.0);
    assert_eq!(cvar.holding.unfinanced_eur, 0.0);

    // With 200 EUR the buffer covers every overrun: both plans fund both, never short.
    let plan = tables(200);
    let scenario = load_scenario(&plan.plan()).unwrap();
    let cvar = solve(&scenario, RiskMeasure::Cvar, 0.2);
    assert_eq!(
        cvar.outcome.allocation.as_ref().unwrap().scale,
        vec![1.0, 1.0]
    );
    assert_eq!(cvar.plain.gap_chance, 0.0);
    assert_eq!(cvar.holding.gap_chance, 0.0);
}

/// A `must` action no source can pay for even when every source pays: no plan holds, and the
/// report says why, as the plain solve's does (exit code 3, no robustness files).
#[test]
fn without_a_plan_the_report_says_why() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost,impact_people,status\na,Too dear,500,10,must\n",
        ),
        (
            "sources.csv",
            "id,name,kind,budget,award_probability\nown,Municipality,own,100,\n\
             grant,Grant,grant,100,0.5\n",
        ),
    ]);
    let out = plan.dir.path().join("out");
    let assert = assert_cmd::Command::cargo_bin("fundmix")
        .unwrap()
        .args(["solve", plan.plan().to_str().unwrap(), "--risk", "--out"])
        .arg(&out)
        .assert()
        .code(3);
    let text = String::from_utf8_lossy(&assert.get_output().stdout).to_string();
    assert!(text.contains("no plan"), "{text}");
    assert!(out.join("report.md").exists());
    assert!(!out.join("robustness.md").exists());
}
