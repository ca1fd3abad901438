//! Re-planning the years left: the past is fixed (what was spent stays spent, and the verifier
//! checks it), started actions stay funded at their start, actions that did not start move
//! after the past or drop out, stopped actions free their money. Plans small enough to solve by
//! hand.

mod common;

use common::TempPlan;
use fundmix::analyse::replan::{changes, replan_scenario, Change, Why};
use fundmix::domain::actuals::{Actuals, Payer, Spent};
use fundmix::domain::{Allocation, RuleKind, Scenario};
use fundmix::solve::{SolveOptions, SolveStatus};
use fundmix::validate::load_scenario;
use fundmix::verify::verify;

const MAX_IMPACT: &str = "plan = \"plan\"\nobjective = \"max-impact\"\n";
const SCHOOL: usize = 0;
const LAB: usize = 1;
const EXTRA: usize = 2;

/// school runs 2025-2026 (1 000 a year), lab 800 in 2025 (may start up to 2026), extra 900 in
/// 2026 (1 point: last in line). Own money: 1 800 a year, 3 000 in all. The plan as adopted:
/// school and lab in 2025 (2 800 of the 3 000); extra does not fit.
fn plan(lab_latest_start: &str) -> TempPlan {
    TempPlan::new(&[
        (
            "actions.csv",
            &format!(
                "id,cost_2025,cost_2026,cost_2027,impact_people,latest_start\n\
                 school,1000,1000,0,10,\n\
                 lab,800,0,0,8,{lab_latest_start}\n\
                 extra,0,900,0,1,\n"
            ),
        ),
        (
            "sources.csv",
            "id,kind,budget,budget_2025,budget_2026,budget_2027\nown,own,3000,1800,2000,2000\n",
        ),
    ])
}

fn solved(scenario: &Scenario) -> Allocation {
    let outcome = fundmix::solve::solve(scenario, &SolveOptions::default()).expect("solved");
    assert_eq!(outcome.status, SolveStatus::Optimal, "{}", scenario.name);
    let allocation = outcome.allocation.expect("a plan");
    assert_eq!(verify(scenario, &allocation), vec![], "the verifier agrees");
    allocation
}

/// 2025: school cost 1 200 (an overrun of 200); lab spent nothing.
fn actuals(stopped: &[usize]) -> Actuals {
    Actuals {
        spent: vec![Spent {
            action: SCHOOL,
            payer: Payer::Source(0),
            period: 0,
            amount_eur: 1200.0,
        }],
        progress: Vec::new(),
        stopped: (0..3).map(|a| stopped.contains(&a)).collect(),
    }
}

fn paid(allocation: &Allocation, action: usize, period: usize) -> f64 {
    allocation
        .funding
        .iter()
        .filter(|f| f.action == action && f.period == period)
        .map(|f| f.amount_eur)
        .sum()
}

#[test]
fn an_action_that_did_not_start_moves_after_the_past_and_the_overrun_stays_spent() {
    let plan = plan("2026");
    let scenario = load_scenario(&plan.scenario("s.toml", MAX_IMPACT)).unwrap();
    let adopted = solved(&scenario);
    assert_eq!(adopted.scale, vec![1.0, 1.0, 0.0]);
    assert_eq!(adopted.delay, vec![0, 0, 0]);

    let replan = replan_scenario(&scenario, &adopted, &actuals(&[]), 0);
    let replanned = solved(&replan);
    // school: 1 200 spent in 2025 (as spent), 1 000 in 2026; lab moves to 2026 and takes the
    // 800 left of the 3 000 (3 000 - 1 200 - 1 000); extra does not fit.
    assert_eq!(replanned.scale, vec![1.0, 1.0, 0.0]);
    assert_eq!(replanned.delay, vec![0, 1, 0]);
    assert_eq!(paid(&replanned, SCHOOL, 0), 1200.0);
    assert_eq!(paid(&replanned, SCHOOL, 1), 1000.0);
    assert_eq!(paid(&replanned, LAB, 0), 0.0);
    assert_eq!(paid(&replanned, LAB, 1), 800.0);

    let (actions, sources) = changes(&scenario, &adopted, &replan, &replanned, &[false; 3]);
    assert_eq!(actions.len(), 1, "{actions:?}");
    assert_eq!(actions[0].action, LAB);
    assert_eq!(actions[0].change, Change::Delayed { from: 0, to: 1 });
    assert_eq!(actions[0].why, Why::NotStartedInTime);
    // Own money after 2025: 1 000 planned (school 2026), 1 800 re-planned (school + lab).
    assert_eq!(sources[0].planned_eur, 1000.0);
    assert_eq!(sources[0].replanned_eur, 1800.0);
}

#[test]
fn an_action_whose_latest_start_has_passed_drops_out() {
    let plan = plan("");
    let scenario = load_scenario(&plan.scenario("s.toml", MAX_IMPACT)).unwrap();
    let adopted = solved(&scenario);
    let replan = replan_scenario(&scenario, &adopted, &actuals(&[]), 0);
    let replanned = solved(&replan);
    // lab could only run in 2025; 800 left in 2026 does not reach extra's 900 either.
    assert_eq!(replanned.scale, vec![1.0, 0.0, 0.0]);
    let (actions, _) = changes(&scenario, &adopted, &replan, &replanned, &[false; 3]);
    assert_eq!(actions.len(), 1);
    assert_eq!(
        (actions[0].action, &actions[0].change, actions[0].why),
        (LAB, &Change::Dropped, Why::StartPassed)
    );
}

#[test]
fn a_stopped_action_keeps_its_past_and_frees_its_future_money() {
    let plan = plan("");
    let scenario = load_scenario(&plan.scenario("s.toml", MAX_IMPACT)).unwrap();
    let adopted = solved(&scenario);
    let stopped = actuals(&[SCHOOL]);
    let replan = replan_scenario(&scenario, &adopted, &stopped, 0);
    let replanned = solved(&replan);
    // school keeps its 1 200 of 2025 and costs nothing more; 1 800 are left: extra (900) fits.
    assert_eq!(paid(&replanned, SCHOOL, 0), 1200.0);
    assert_eq!(paid(&replanned, SCHOOL, 1), 0.0);
    assert!(replanned.scale[EXTRA] > 0.0);
    let (actions, _) = changes(&scenario, &adopted, &replan, &replanned, &stopped.stopped);
    let found: Vec<(usize, Change, Why)> = actions
        .iter()
        .map(|c| (c.action, c.change.clone(), c.why))
        .collect();
    assert_eq!(
        found,
        vec![
            (SCHOOL, Change::Stopped, Why::StoppedByUser),
            (LAB, Change::Dropped, Why::StartPassed),
            (EXTRA, Change::Added, Why::MoneyFreed),
        ]
    );
}

#[test]
fn the_verifier_catches_a_re_plan_that_changes_the_past() {
    let plan = plan("2026");
    let scenario = load_scenario(&plan.scenario("s.toml", MAX_IMPACT)).unwrap();
    let adopted = solved(&scenario);
    let replan = replan_scenario(&scenario, &adopted, &actuals(&[]), 0);
    let replanned = solved(&replan);
    // The model tags its rows of the past with the rule.
    let model = fundmix::model::FundingModel::build(&replan);
    assert!(model.rules.iter().any(|r| r.kind() == RuleKind::Past));

    // 100 EUR of school's 2025 spending moved to 2026: the past changed.
    let mut tampered = replanned.clone();
    for f in tampered.funding.iter_mut().filter(|f| f.action == SCHOOL) {
        f.amount_eur += if f.period == 0 { -100.0 } else { 100.0 };
    }
    let broken: Vec<RuleKind> = verify(&replan, &tampered).iter().map(|v| v.rule).collect();
    assert!(broken.contains(&RuleKind::Past), "{broken:?}");
    // lab, which had not started, put back into 2025.
    let mut early = replanned.clone();
    early.delay[LAB] = 0;
    for f in early.funding.iter_mut().filter(|f| f.action == LAB) {
        f.period = 0;
    }
    let broken: Vec<RuleKind> = verify(&replan, &early).iter().map(|v| v.rule).collect();
    assert!(broken.contains(&RuleKind::Past), "{broken:?}");
    assert!(broken.contains(&RuleKind::Timing), "{broken:?}");
}

/// A re-plan of `plan` after 2025 with `spent` (action, payer, period, EUR) and `stopped`
/// actions: the scenario, the plan as adopted, the re-plan and its plan (checked).
fn replanned_with(
    plan: &TempPlan,
    spent: &[(usize, Payer, usize, f64)],
    stopped: &[usize],
) -> (Scenario, Allocation, Scenario, Allocation) {
    let scenario = load_scenario(&plan.scenario("s.toml", MAX_IMPACT)).unwrap();
    let adopted = solved(&scenario);
    let actuals = Actuals {
        spent: spent
            .iter()
            .map(|&(action, payer, period, amount_eur)| Spent {
                action,
                payer,
                period,
                amount_eur,
            })
            .collect(),
        progress: Vec::new(),
        stopped: (0..scenario.plan.actions.len())
            .map(|a| stopped.contains(&a))
            .collect(),
    };
    let replan = replan_scenario(&scenario, &adopted, &actuals, 0);
    let replanned = solved(&replan);
    (scenario, adopted, replan, replanned)
}

// Regression: an action due in 2025 with staff hours only (no money due yet) counted as not
// started, could no longer start and was dropped, although it was on schedule.
#[test]
fn an_action_with_only_hours_in_the_past_is_on_schedule() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,staff_hours_2025,staff_hours_2026,impact_people\n\
             prep,0,500,100,0,5\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
    ]);
    let (scenario, adopted, replan, replanned) = replanned_with(&plan, &[], &[]);
    assert_eq!(replanned.scale, vec![1.0]);
    let (changes, _) = changes(&scenario, &adopted, &replan, &replanned, &[false]);
    assert!(changes.is_empty(), "{changes:?}");
}

// Regression: a partner's cash to two actions in one year went beyond its yearly offer; the
// offer was raised to the larger gift only, and the re-plan had no plan.
#[test]
fn a_partner_that_gave_beyond_its_offer_to_two_actions_is_held() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,impact_people\na,3000,1000,5\nb,4000,1000,5\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,10000\n"),
        ("partners.csv", "id,cash_2025,cash_2026\nbank,5000,0\n"),
    ]);
    let bank = Payer::Partner(0);
    let (_, _, replan, replanned) =
        replanned_with(&plan, &[(0, bank, 0, 3000.0), (1, bank, 0, 4000.0)], &[]);
    let given: f64 = replanned
        .contributions
        .iter()
        .filter(|c| c.period == 0)
        .map(|c| c.cash_eur)
        .sum();
    assert_eq!(given, 7000.0);
    assert!(replan.past.is_some());
}

// Regression: a stopped action paid in full by a fund with an 85% rate raised the fund's rate
// to 100% for every action; and one paid below the fund's min_grant made the re-plan
// impossible. Both are held for that action alone.
#[test]
fn what_a_fund_paid_one_action_is_held_for_that_action_only() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,impact_people\nold,2000,2000,1\nnew,0,10000,5\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,max_share,min_grant\nesf,eu,100000,0.85,3000\nown,own,100000,1,\n",
        ),
    ]);
    let esf = Payer::Source(0);
    // old, stopped after 2025: ESF+ paid all 2 000 of it (above 85%, below min_grant).
    let (_, _, replan, replanned) = replanned_with(&plan, &[(0, esf, 0, 2000.0)], &[0]);
    let esf_to_new: f64 = replanned
        .funding
        .iter()
        .filter(|f| f.action == 1 && f.source == 0)
        .map(|f| f.amount_eur)
        .sum();
    assert!(
        (esf_to_new - 8500.0).abs() < 0.01,
        "ESF+ keeps 85% for new: {esf_to_new}"
    );
    assert_eq!(replan.plan.sources[0].max_share, 0.85);
    assert_eq!(verify(&replan, &replanned), vec![]);
}

#[test]
fn an_action_the_plan_had_moved_later_comes_back_when_money_is_freed() {
    // lab (800 in 2026 as written, may start up to 2027) waits for 2027 in the plan as adopted:
    // 2026 holds 1 500 and school takes 1 000 of it. school stops after 2025: 2026 is free.
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,cost_2027,impact_people,latest_start\n\
             school,1000,1000,0,10,\n\
             lab,0,800,0,8,2027\n",
        ),
        (
            "sources.csv",
            "id,kind,budget_2025,budget_2026,budget_2027\nown,own,1000,1500,1000\n",
        ),
    ]);
    let own = Payer::Source(0);
    let (scenario, adopted, replan, replanned) =
        replanned_with(&plan, &[(SCHOOL, own, 0, 1000.0)], &[SCHOOL]);
    assert_eq!(adopted.delay, vec![0, 1]);
    assert_eq!(replanned.delay[LAB], 0, "lab starts in 2026 as written");
    let (actions, _) = changes(&scenario, &adopted, &replan, &replanned, &[true, false]);
    let lab: Vec<_> = actions.iter().filter(|c| c.action == LAB).collect();
    assert_eq!(lab.len(), 1);
    assert_eq!(lab[0].change, Change::Advanced { from: 2, to: 1 });
    assert_eq!(lab[0].why, Why::MoneyFreed);
}
