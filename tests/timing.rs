//! When actions run and who carries them: `latest_start` lets the optimiser move an action's
//! profile later, whole, `deadline` bounds its end, `owners.csv` bounds each owner's staff
//! hours, `spend_by` ends a source's spending. Each plan is small enough to solve by hand, and
//! every plan is re-checked by the verifier.

mod common;

use common::TempPlan;
use fundmix::domain::{Allocation, Scenario};
use fundmix::solve::{SolveOptions, SolveStatus};
use fundmix::validate::load_scenario;
use fundmix::verify::verify;

const MAX_IMPACT: &str = "plan = \"plan\"\nobjective = \"max-impact\"\n";

fn solved(plan: &TempPlan, toml: &str) -> (Scenario, Allocation) {
    let scenario = load_scenario(&plan.scenario("s.toml", toml)).expect("valid input");
    let outcome = fundmix::solve::solve(&scenario, &SolveOptions::default()).expect("solved");
    assert_eq!(outcome.status, SolveStatus::Optimal);
    let allocation = outcome.allocation.expect("a plan");
    assert_eq!(
        verify(&scenario, &allocation),
        vec![],
        "the verifier agrees"
    );
    (scenario, allocation)
}

fn paid(allocation: &Allocation, action: usize, period: usize) -> f64 {
    allocation
        .funding
        .iter()
        .filter(|f| f.action == action && f.period == period)
        .map(|f| f.amount_eur)
        .sum()
}

/// Runs `fundmix check <plan> --lang <lang>`, which must refuse it (exit code 2); returns
/// stderr.
fn refused(plan: &std::path::Path, lang: &str) -> String {
    let out = assert_cmd::Command::cargo_bin("fundmix")
        .unwrap()
        .args(["check", plan.to_str().unwrap(), "--lang", lang])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    stderr
}

/// Two 2025 actions of 1 000 and 800 EUR, 1 000 EUR of own money a year: both fit only when
/// `lab` moves to 2026, which its `latest_start` allows.
const TWO_YEARS: &str = "id,cost_2025,cost_2026,impact_people,latest_start,deadline\n\
                         school,1000,0,10,,\n\
                         lab,800,0,8,2026,\n";
const OWN_PER_YEAR: &str = "id,kind,budget_2025,budget_2026\nown,own,1000,1000\n";

#[test]
fn an_action_moves_to_the_next_year_to_fit_its_budget() {
    let plan = TempPlan::new(&[("actions.csv", TWO_YEARS), ("sources.csv", OWN_PER_YEAR)]);
    let (_, allocation) = solved(&plan, MAX_IMPACT);
    assert_eq!(allocation.scale, vec![1.0, 1.0]);
    assert_eq!(allocation.delay, vec![0, 1], "lab starts a year late");
    assert_eq!(paid(&allocation, 1, 0), 0.0);
    assert_eq!(paid(&allocation, 1, 1), 800.0);
    assert_eq!(paid(&allocation, 0, 0), 1000.0);
}

#[test]
fn a_deadline_forbids_the_move() {
    let actions = TWO_YEARS.replace("lab,800,0,8,2026,", "lab,800,0,8,2026,2025");
    let plan = TempPlan::new(&[("actions.csv", &actions), ("sources.csv", OWN_PER_YEAR)]);
    let (_, allocation) = solved(&plan, MAX_IMPACT);
    // Only one fits 2025: school (10 people) beats lab (8).
    assert_eq!(allocation.scale, vec![1.0, 0.0]);
    assert_eq!(allocation.delay, vec![0, 0]);
}

#[test]
fn without_a_latest_start_an_action_runs_as_written() {
    let actions = TWO_YEARS.replace("lab,800,0,8,2026,", "lab,800,0,8,,");
    let plan = TempPlan::new(&[("actions.csv", &actions), ("sources.csv", OWN_PER_YEAR)]);
    let (_, allocation) = solved(&plan, MAX_IMPACT);
    assert_eq!(allocation.scale, vec![1.0, 0.0]);
}

#[test]
fn a_two_year_action_moves_whole_and_stays_within_the_plan() {
    // 600 + 600 over 2025-2026; 2025 holds only 500: the action moves to 2026-2027, whole.
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,cost_2027,staff_hours_2025,staff_hours_2026,staff_hours_2027,impact_people,latest_start\n\
             centre,600,600,0,10,20,0,5,2027\n",
        ),
        (
            "sources.csv",
            "id,kind,budget_2025,budget_2026,budget_2027\nown,own,500,1000,1000\n",
        ),
    ]);
    let (_, allocation) = solved(&plan, MAX_IMPACT);
    // A start in 2027 would run past the plan's end: 2026 is the only start that fits.
    assert_eq!(allocation.delay, vec![1]);
    assert_eq!(
        (0..3).map(|p| paid(&allocation, 0, p)).collect::<Vec<_>>(),
        vec![0.0, 600.0, 600.0]
    );
    let result = fundmix::solve_scenario(
        &load_scenario(&plan.scenario("t.toml", MAX_IMPACT)).unwrap(),
        &SolveOptions::default(),
    )
    .unwrap();
    let hours: Vec<f64> = result.staff.iter().map(|s| s.needed_hours).collect();
    assert_eq!(
        hours,
        vec![0.0, 10.0, 20.0],
        "staff hours move with the action"
    );
}

#[test]
fn a_scalable_action_moves_at_its_scale() {
    // min_scale 0.5: 2025 has 400 for a 1 000 action, 2026 has 700: the best is 70% in 2026.
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,impact_people,min_scale,latest_start\nwifi,1000,0,10,0.5,2026\n",
        ),
        ("sources.csv", "id,kind,budget_2025,budget_2026\nown,own,400,700\n"),
    ]);
    let (_, allocation) = solved(&plan, MAX_IMPACT);
    assert_eq!(allocation.delay, vec![1]);
    assert!(
        (allocation.scale[0] - 0.7).abs() < 1e-6,
        "{:?}",
        allocation.scale
    );
    assert!((paid(&allocation, 0, 1) - 700.0).abs() < 0.01);
}

/// Two actions of one department needing 80 hours each; the department has 100.
const OWNED: &str = "id,cost,staff_hours,impact_people,owner\n\
                     a,100,80,5,social\n\
                     b,100,80,4,social\n\
                     c,100,80,3,it\n";
const OWNERS: &str = "id,name,hours\nsocial,Social services,100\nit,IT department,500\n";

#[test]
fn each_owner_has_its_own_staff_hours() {
    let plan = TempPlan::new(&[
        ("actions.csv", OWNED),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
        ("owners.csv", OWNERS),
    ]);
    let (_, allocation) = solved(&plan, MAX_IMPACT);
    // social fits one of a and b (a: 5 people); it carries c alone.
    assert_eq!(allocation.scale, vec![1.0, 0.0, 1.0]);
}

#[test]
fn a_partner_relieves_an_owner() {
    let plan = TempPlan::new(&[
        ("actions.csv", OWNED),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
        ("owners.csv", OWNERS),
        ("partners.csv", "id,staff_hours,eligible\nngo,60,b\n"),
    ]);
    let (_, allocation) = solved(&plan, MAX_IMPACT);
    // The NGO's 60 hours on b leave social 80 + 20 = 100 hours: all three fit.
    assert_eq!(allocation.scale, vec![1.0, 1.0, 1.0]);
    let hours: f64 = allocation.contributions.iter().map(|c| c.hours).sum();
    assert!(hours >= 60.0 - 1e-6, "{hours}");
}

#[test]
fn a_source_pays_nothing_after_its_spend_by_period() {
    // ESF+ (spend_by 2025) cannot pay lab's 2026 cost; own money can.
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,impact_people\nlab,500,500,8\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,spend_by\nesf,eu,10000,2025\nown,own,10000,\n",
        ),
    ]);
    let (scenario, allocation) = solved(&plan, MAX_IMPACT);
    let esf = scenario.plan.sources.iter().position(|s| s.id == "esf");
    let late: Vec<_> = allocation
        .funding
        .iter()
        .filter(|f| Some(f.source) == esf && f.period == 1)
        .collect();
    assert!(late.is_empty(), "{late:?}");
    assert_eq!(paid(&allocation, 0, 1), 500.0);
}

#[test]
fn timing_and_owner_mistakes_are_refused_with_their_place() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,impact_people,latest_start,deadline,owner\n\
             a,0,100,1,2025,,social\n\
             b,100,100,1,,2025,\n\
             c,100,0,1,2030,,nobody\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,spend_by\nown,own,1000,next year\n",
        ),
        (
            "owners.csv",
            "id,hours_2025,hours_2026\nsocial,100,-5\nsocial,1,1\n",
        ),
    ]);
    let stderr = refused(&plan.plan(), "en");
    for expected in [
        "actions.csv, row 2, column 'latest_start'",
        "latest_start 2025 is before 2026",
        "actions.csv, row 3, column 'deadline'",
        "runs until 2026, after its deadline 2025",
        "actions.csv, row 4, column 'latest_start'",
        "'2030' is not a period of the plan (2025, 2026)",
        "actions.csv, row 4, column 'owner'",
        "'nobody' is neither an owner in owners.csv nor a partner",
        "sources.csv, row 2, column 'spend_by'",
        "owners.csv, row 2, column 'hours_2026'",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
}

/// Regression: the marginal values fixed every funded action's yes/no but not the start it
/// takes, which left a plan with a moved action no fixed plan at all, and so no limits.
#[test]
fn the_limits_of_a_plan_with_a_moved_action_are_found() {
    let plan = TempPlan::new(&[("actions.csv", TWO_YEARS), ("sources.csv", OWN_PER_YEAR)]);
    let (scenario, allocation) = solved(&plan, MAX_IMPACT);
    let marginals =
        fundmix::analyse::marginal::marginal_values(&scenario, &allocation).expect("solved");
    let full: Vec<&str> = marginals.binding().map(|l| l.what.as_str()).collect();
    assert_eq!(full, ["own budget for 2025"]);
    assert_eq!(marginals.limits.len(), 2, "both years' budgets are limits");
}
