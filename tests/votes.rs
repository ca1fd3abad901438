//! Workshop votes (`votes.csv`): summed into the `support` indicator, weighed by the optimiser
//! alongside the other indicators, and checked cell by cell.

mod common;

#[path = "common/plan_tables.rs"]
mod plan_tables;

use common::TempPlan;
use fundmix::solve::SolveOptions;
use plan_tables::check_rejects;

/// Budget 100; A 60 EUR, B 50, C 40, each with 1 person trained.
const ACTIONS: &str = "id,cost,impact_people\nA,60,1\nB,50,1\nC,40,1\n";
const SOURCES: &str = "id,kind,budget\nown,own,100\n";

/// Support A 3, B 5 + 2 = 7, C 4 (one empty `points` cell counts as 1: C gets 3 + 1).
const VOTES: &str = "voter,action,points\nv1,A,3\nv2,B,5\nv3,C,3\nv3,B,2\nv4,C,\n";

fn funded(plan: &TempPlan, scenario_toml: &str) -> Vec<String> {
    let path = plan.scenario("s.toml", scenario_toml);
    let scenario = fundmix::validate::load_scenario(&path).unwrap();
    let outcome = fundmix::solve_checked(&scenario, &SolveOptions::default()).unwrap();
    let allocation = outcome.allocation.expect("a plan");
    scenario
        .plan
        .actions
        .iter()
        .zip(&allocation.scale)
        .filter(|(_, s)| **s > 0.5)
        .map(|(a, _)| a.id.clone())
        .collect()
}

#[test]
fn votes_become_the_support_indicator() {
    let plan = TempPlan::new(&[
        ("actions.csv", ACTIONS),
        ("sources.csv", SOURCES),
        ("votes.csv", VOTES),
    ]);
    let scenario = fundmix::validate::load_scenario(&plan.plan()).unwrap();
    assert_eq!(scenario.plan.indicators, ["people", "support"]);
    let support: Vec<f64> = scenario.plan.actions.iter().map(|a| a.impact[1]).collect();
    assert_eq!(support, [3.0, 7.0, 4.0]);
    let votes = scenario.plan.votes.as_ref().unwrap();
    assert_eq!(votes.voters, ["v1", "v2", "v3", "v4"]);
}

#[test]
fn the_optimiser_weighs_support_alongside_the_other_indicators() {
    let plan = TempPlan::new(&[
        ("actions.csv", ACTIONS),
        ("sources.csv", SOURCES),
        ("votes.csv", VOTES),
    ]);
    // Support only: B + C (7 + 4 = 11) beats A + C (7) and A alone.
    let only_support = "plan = \"plan\"\n[weights]\npeople = 0\nsupport = 1\n";
    assert_eq!(funded(&plan, only_support), ["B", "C"]);
    // People weigh 100 each: two actions either way; the support decides between them.
    let both = "plan = \"plan\"\n[weights]\npeople = 100\nsupport = 1\n";
    assert_eq!(funded(&plan, both), ["B", "C"]);
    // Without weight on support, the tie-break keeps the cheapest own money: B + C (90 EUR)
    // and A + C (100 EUR) train as many people; B + C uses less.
    let no_support = "plan = \"plan\"\n[weights]\npeople = 1\nsupport = 0\n";
    assert_eq!(funded(&plan, no_support), ["B", "C"]);
    // A strong vote for A turns the plan to A; C has no support, so funding it too would only
    // spend more own money (the tie-break keeps the cheaper plan).
    let plan = TempPlan::new(&[
        ("actions.csv", ACTIONS),
        ("sources.csv", SOURCES),
        ("votes.csv", "voter,action,points\nv1,A,30\nv2,B,5\n"),
    ]);
    assert_eq!(funded(&plan, only_support), ["A"]);
}

#[test]
fn a_support_target_can_be_set() {
    let plan = TempPlan::new(&[
        ("actions.csv", ACTIONS),
        ("sources.csv", SOURCES),
        ("votes.csv", VOTES),
        ("targets.csv", "indicator,min\nsupport,10\n"),
    ]);
    let scenario = fundmix::validate::load_scenario(&plan.plan()).unwrap();
    assert_eq!(scenario.plan.targets.len(), 1);
}

#[test]
fn bad_votes_are_reported_at_their_cells() {
    let plan = TempPlan::new(&[
        ("actions.csv", ACTIONS),
        ("sources.csv", SOURCES),
        (
            "votes.csv",
            "voter,action,points\nv1,A,3\nv1,Z,1\n,B,2\nv2,C,-1\nv2,C,abc\nv1,A,1\n",
        ),
    ]);
    check_rejects(
        &plan.plan(),
        &[
            "votes.csv, row 3, column 'action': 'Z' is not an action id in actions.csv",
            "use one of: A, B, C",
            "votes.csv, row 4, column 'voter': the voter is empty",
            "votes.csv, row 5, column 'points': '-1' is negative",
            "votes.csv, row 6, column 'points': 'abc' is not a number",
            "votes.csv, row 7, column 'action': voter 'v1' votes for 'A' a second time (first on row 2)",
        ],
    );
}

#[test]
fn votes_without_the_voter_column_or_with_an_impact_support_column_are_refused() {
    let plan = TempPlan::new(&[
        ("actions.csv", ACTIONS),
        ("sources.csv", SOURCES),
        ("votes.csv", "who,action\nv1,A\n"),
    ]);
    check_rejects(&plan.plan(), &["the column 'voter' is missing"]);
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_support\nA,60,1\nB,50,1\nC,40,1\n",
        ),
        ("sources.csv", SOURCES),
        ("votes.csv", VOTES),
    ]);
    check_rejects(
        &plan.plan(),
        &["actions.csv already has an 'impact_support' column"],
    );
}

/// Three voters want A1 and A2 (50 EUR each), one wants C (25 EUR); the money is 100 EUR.
fn majority_and_minority() -> TempPlan {
    TempPlan::new(&[
        ("actions.csv", "id,cost,impact_people\nA1,50,0\nA2,50,0\nC,25,0\n"),
        ("sources.csv", SOURCES),
        (
            "votes.csv",
            "voter,action,points\nv1,A1,10\nv1,A2,10\nv2,A1,10\nv2,A2,10\nv3,A1,10\nv3,A2,10\nv4,C,10\n",
        ),
    ])
}

#[test]
fn equal_shares_gives_the_minority_its_share_of_the_money() {
    let plan = majority_and_minority();
    // Summed, the majority's two actions (60 points) take all the money.
    let sum = "plan = \"plan\"\n[weights]\npeople = 0\n";
    assert_eq!(funded(&plan, sum), ["A1", "A2"]);
    // With equal shares each voter holds 25 EUR: the three pay for A1 (ties go to the smaller
    // id), the fourth pays for C; A2 would need 50 EUR more than the three hold, so it keeps no
    // support and the plan funds A1 and C.
    let fair = "plan = \"plan\"\nsupport = \"equal-shares\"\n[weights]\npeople = 0\n";
    assert_eq!(funded(&plan, fair), ["A1", "C"]);
    let path = plan.scenario("fair.toml", fair);
    let scenario = fundmix::validate::load_scenario(&path).unwrap();
    let support: Vec<f64> = scenario.plan.actions.iter().map(|a| a.impact[1]).collect();
    assert_eq!(support, [30.0, 0.0, 10.0]);
}

#[test]
fn equal_shares_without_a_vote_or_an_unknown_rule_is_refused() {
    let plan = TempPlan::new(&[("actions.csv", ACTIONS), ("sources.csv", SOURCES)]);
    let path = plan.scenario("s.toml", "plan = \"plan\"\nsupport = \"equal-shares\"\n");
    check_rejects(
        &path,
        &[
            "s.toml, line 2, key 'support': support = \"equal-shares\" needs a workshop vote, and the plan has no votes.csv",
        ],
    );
    let plan = majority_and_minority();
    let path = plan.scenario("s.toml", "plan = \"plan\"\nsupport = \"fair\"\n");
    check_rejects(&path, &["'fair' is not a way to count the vote"]);
}

// Found by the property tests (`removing_a_source_never_makes_the_optimum_better` in
// tests/properties/): a source switched off by the scenario (`enabled = false`: it funds
// nothing) and the same source left out of sources.csv gave different plans under equal shares.
// Two voters, one point each: v1 for A, v2 for B, each costing 60. With the own 100 alone each
// voter holds 50: neither can pay for an action, and with the completion each could at 60, but
// A and B together (120) exceed the 100 there is; the vote funds nothing and neither action
// keeps its support. The grant of 1000 is switched off, so it is no money of the vote either;
// it was counted (each voter holding 550), and A and B kept their support.
#[test]
fn a_switched_off_source_adds_no_money_to_equal_shares() {
    let support = |sources: &str, settings: &str| -> Vec<f64> {
        let plan = TempPlan::new(&[
            ("actions.csv", "id,cost,impact_people\nA,60,0\nB,60,0\n"),
            ("sources.csv", sources),
            ("votes.csv", "voter,action,points\nv1,A,1\nv2,B,1\n"),
        ]);
        let path = plan.scenario("s.toml", settings);
        let scenario = fundmix::validate::load_scenario(&path).unwrap();
        scenario.plan.actions.iter().map(|a| a.impact[1]).collect()
    };
    let fair = "plan = \"plan\"\nsupport = \"equal-shares\"\n";
    let without = support("id,kind,budget\nown,own,100\n", fair);
    assert_eq!(without, [0.0, 0.0], "support without the grant");
    let switched_off = support(
        "id,kind,budget\nown,own,100\ngrant,grant,1000\n",
        &format!("{fair}[sources.grant]\nenabled = false\n"),
    );
    assert_eq!(switched_off, without, "support with the grant switched off");
    let with = support("id,kind,budget\nown,own,100\ngrant,grant,1000\n", fair);
    assert_eq!(with, [1.0, 1.0], "support with the grant");
}
