//! The business rules, one small hand-checked plan at a time.
//!
//! Every plan has 2–5 actions and round numbers; the comment above each test shows the hand
//! calculation of the optimum, and the test asserts that exact optimum, the funded actions with
//! their scales, and the money flows that make it so. The last tests tamper with a solved plan and
//! check that the independent verifier names the broken rule.

mod common;

use common::TempPlan;
use fundmix::domain::{Allocation, Funding, RuleKind, Scenario};
use fundmix::result::{PartnerUse, ScenarioResult};
use fundmix::solve::{SolveOptions, SolveStatus, Solver};
use fundmix::validate::load_scenario;
use fundmix::verify::verify;
use std::path::Path;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// Relative tolerance for objective values, EUR, hours and scales.
const TOL: f64 = 1e-6;

fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!(
        (actual - expected).abs() <= TOL * expected.abs().max(1.0),
        "{what}: got {actual}, expected {expected}"
    );
}

fn load(path: &Path) -> Scenario {
    load_scenario(path).unwrap_or_else(|e| panic!("the test plan is invalid: {e}"))
}

/// Solves a plan folder, or the scenario file `toml` written next to it; any status. Every
/// plan is solved twice, with HiGHS and with CBC finding the first stage's optimum: both paths
/// must give the same status, objective, funded actions and own money.
fn solve(plan: &TempPlan, toml: Option<&str>) -> ScenarioResult {
    let scenario = match toml {
        Some(text) => load(&plan.scenario("s.toml", text)),
        None => load(&plan.plan()),
    };
    let [highs, cbc] = [Solver::Highs, Solver::Cbc].map(|solver| {
        let options = SolveOptions {
            solver,
            ..SolveOptions::default()
        };
        fundmix::solve_scenario(&scenario, &options)
            .unwrap_or_else(|e| panic!("solving with {solver:?} failed: {e}"))
    });
    assert_eq!(highs.status, cbc.status, "status with HiGHS and with CBC");
    assert_eq!(highs.verified, cbc.verified, "both checked");
    if let (Some(h), Some(c)) = (highs.objective, cbc.objective) {
        assert_close(c, h, "objective with CBC against HiGHS");
        assert_close(cbc.money.own_eur, highs.money.own_eur, "own money, CBC");
        let funded = |r: &ScenarioResult| -> Vec<(String, f64)> {
            r.selected
                .iter()
                .map(|s| (s.action.clone(), s.scale))
                .collect()
        };
        let (fh, fc) = (funded(&highs), funded(&cbc));
        assert_eq!(fh.len(), fc.len(), "funded actions: {fh:?} and {fc:?}");
        for ((a, x), (b, y)) in fh.iter().zip(&fc) {
            assert_eq!(a, b, "funded actions: {fh:?} and {fc:?}");
            assert_close(*y, *x, "scale, CBC");
        }
    }
    highs
}

/// Solves and asserts that a verified, proven optimal plan was found.
fn solve_optimal(plan: &TempPlan, toml: Option<&str>) -> ScenarioResult {
    let result = solve(plan, toml);
    assert_eq!(result.status, SolveStatus::Optimal, "status");
    assert!(
        result.verified,
        "the plan should pass the independent check"
    );
    result
}

/// Solves and asserts that no plan exists: a status, not an error.
fn assert_infeasible(plan: &TempPlan, toml: Option<&str>) {
    let result = solve(plan, toml);
    assert_eq!(result.status, SolveStatus::Infeasible, "status");
    assert!(result.objective.is_none(), "no objective without a plan");
    assert!(!result.has_plan());
    assert!(!result.verified);
    assert!(result.selected.is_empty(), "nothing is funded");
}

fn objective(result: &ScenarioResult) -> f64 {
    result.objective.expect("an objective value")
}

/// Asserts the funded actions (in plan order) and their scales.
fn assert_selected(result: &ScenarioResult, expected: &[(&str, f64)]) {
    let ids: Vec<&str> = result.selected.iter().map(|s| s.action.as_str()).collect();
    let want: Vec<&str> = expected.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, want, "funded actions");
    for (got, (id, scale)) in result.selected.iter().zip(expected) {
        assert_close(got.scale, *scale, &format!("scale of {id}"));
    }
}

/// EUR a source paid over the whole plan.
fn source_used(result: &ScenarioResult, id: &str) -> f64 {
    result
        .sources
        .iter()
        .find(|s| s.source == id)
        .unwrap_or_else(|| panic!("no source {id}"))
        .used_eur
}

/// EUR a source paid in one period.
fn source_used_in(result: &ScenarioResult, id: &str, period: &str) -> f64 {
    result
        .sources
        .iter()
        .find(|s| s.source == id)
        .unwrap_or_else(|| panic!("no source {id}"))
        .periods
        .iter()
        .find(|p| p.period == period)
        .unwrap_or_else(|| panic!("no period {period}"))
        .used_eur
}

fn partner<'a>(result: &'a ScenarioResult, id: &str) -> &'a PartnerUse {
    result
        .partners
        .iter()
        .find(|p| p.partner == id)
        .unwrap_or_else(|| panic!("no partner {id}"))
}

/// EUR from `payer` (a source or partner) to `action`, in `period` or (None) over the plan.
fn flow(result: &ScenarioResult, action: &str, payer: &str, period: Option<&str>) -> f64 {
    result
        .flows
        .iter()
        .filter(|f| f.action == action && f.payer == payer)
        .filter(|f| period.is_none_or(|p| f.period == p))
        .map(|f| f.amount_eur)
        .sum()
}

const MAX_IMPACT: &str = "plan = \"plan\"\nobjective = \"max-impact\"\n";
const MIN_OWN_COST: &str = "plan = \"plan\"\nobjective = \"min-own-cost\"\n";

// ---------------------------------------------------------------------------------------------
// Rule 1: coverage (and a single-period plan with a plain `cost` column)
// ---------------------------------------------------------------------------------------------

// One period ("all"), own budget 160. A 100 → 10, B 50 → 4, C 60 → 5.
// All three cost 210 > 160. Pairs: A+B 150 → 14, A+C 160 → 15, B+C 110 → 9.
// Optimum 15 with A and C; each funded euro comes from the one source: 100 + 60 = 160.
#[test]
fn coverage_single_period_plan_with_plain_cost_column() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points\nA,100,10\nB,50,4\nC,60,5\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,160\n"),
    ]);
    let r = solve_optimal(&plan, None);
    assert_eq!(r.periods, vec!["all".to_string()]);
    assert_close(objective(&r), 15.0, "objective");
    assert_selected(&r, &[("A", 1.0), ("C", 1.0)]);
    assert_eq!(r.not_selected, vec!["B".to_string()]);
    assert_close(flow(&r, "A", "own", Some("all")), 100.0, "A from own");
    assert_close(flow(&r, "C", "own", Some("all")), 60.0, "C from own");
    assert_close(source_used(&r, "own"), 160.0, "own used");
    assert_close(r.money.total_cost_eur, 160.0, "total cost");
    assert_close(r.money.own_eur, 160.0, "own money");
    assert_close(r.money.external_eur, 0.0, "external money");
}

// Coverage holds per period: money cannot move between years. A costs 100 + 100; own money pays
// only in 2025 (budget_2025 500, budget_2026 0), the grant only in 2026 (budget_2026 100).
// A is funded with own 100 in 2025 and grant 100 in 2026 → objective 1. B costs 0 + 150:
// only the grant pays in 2026 and it has 100, so B is out although own money has 400 left in
// 2025.
#[test]
fn coverage_is_per_period() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,impact_points\nA,100,100,1\nB,0,150,0.5\n",
        ),
        (
            "sources.csv",
            "id,kind,budget_2025,budget_2026\nown,own,500,0\ngrant,grant,0,100\n",
        ),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 1.0, "objective");
    assert_selected(&r, &[("A", 1.0)]);
    assert_close(
        flow(&r, "A", "own", Some("2025")),
        100.0,
        "A from own in 2025",
    );
    assert_close(
        flow(&r, "A", "grant", Some("2026")),
        100.0,
        "A from grant in 2026",
    );
    assert_close(
        flow(&r, "A", "own", Some("2026")),
        0.0,
        "own pays nothing in 2026",
    );
    assert_close(source_used(&r, "own"), 100.0, "own used");
}

// ---------------------------------------------------------------------------------------------
// Rule 2: source budgets per period and in total
// ---------------------------------------------------------------------------------------------

// Own budget 200 in 2025, 50 in 2026 (no total). A 100+100 → 10, B 100+0 → 6, C 50+50 → 7.
// A needs 100 in 2026 > 50, so A is out although its 200 in all fits the 250 of the two years.
// B+C: 2025 150 ≤ 200, 2026 50 ≤ 50 → 13, the best of what is left.
#[test]
fn per_period_budget_caps_each_year() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,impact_points\nA,100,100,10\nB,100,0,6\nC,50,50,7\n",
        ),
        (
            "sources.csv",
            "id,kind,budget_2025,budget_2026\nown,own,200,50\n",
        ),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 13.0, "objective");
    assert_selected(&r, &[("B", 1.0), ("C", 1.0)]);
    assert_close(source_used_in(&r, "own", "2025"), 150.0, "own in 2025");
    assert_close(source_used_in(&r, "own", "2026"), 50.0, "own in 2026");
    assert_close(flow(&r, "C", "own", Some("2026")), 50.0, "C in 2026");
}

// Own budget 250 in total and 200 in each year. A 100+100 → 10, B 100+0 → 6, C 50+50 → 7,
// D 50+0 → 1. Without the total cap A+C+D (200/150) → 18 would win. With it (≤ 250 in all):
// A+B, A+C cost 300 ✗; A+D 250 → 11; B+C+D 250 (2025: 200 ≤ 200, 2026: 50) → 14. Optimum 14.
#[test]
fn total_budget_binds_although_each_period_fits() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,impact_points\nA,100,100,10\nB,100,0,6\nC,50,50,7\nD,50,0,1\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,budget_2025,budget_2026\nown,own,250,200,200\n",
        ),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 14.0, "objective");
    assert_selected(&r, &[("B", 1.0), ("C", 1.0), ("D", 1.0)]);
    assert_close(source_used(&r, "own"), 250.0, "own used in total");
    assert_close(source_used_in(&r, "own", "2025"), 200.0, "own in 2025");
    assert_close(source_used_in(&r, "own", "2026"), 50.0, "own in 2026");
}

// ---------------------------------------------------------------------------------------------
// Rule 3: co-financing share
// ---------------------------------------------------------------------------------------------

// min-own-cost. A (must) costs 6000 + 4000 = 10000; ESF+ pays at most 85% of the total cost:
// 8500, so own money pays 15%: 1500 → objective 1500. B (free, 1000) would need 150 own → left
// out (it raises own money).
#[test]
fn cofinancing_85_percent_esf_15_percent_own() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,impact_points,status\nA,6000,4000,1,must\nB,1000,0,2,\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,max_share\nmunicipal,own,100000,1\nesf,eu,100000,0.85\n",
        ),
    ]);
    let r = solve_optimal(&plan, Some(MIN_OWN_COST));
    assert_close(objective(&r), 1500.0, "objective (own EUR)");
    assert_selected(&r, &[("A", 1.0)]);
    assert_close(source_used(&r, "esf"), 8500.0, "ESF+ used");
    assert_close(source_used(&r, "municipal"), 1500.0, "own used");
    assert_close(r.money.own_eur, 1500.0, "own money");
    assert_close(r.money.external_eur, 8500.0, "external money");
    assert_close(r.money.leverage.unwrap(), 8500.0 / 1500.0, "leverage");
}

// max-impact. A costs 10000 → 5: ESF+ pays ≤ 8500, the 1500 rest exceeds the own budget 1000,
// so A is out. B costs 1000 → 1: ESF+ 850 + own 150. Optimum 1; the tie-break (least own money)
// takes the full 85% from ESF+.
#[test]
fn cofinancing_leaves_an_action_out_when_the_own_share_is_missing() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points\nA,10000,5\nB,1000,1\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,max_share\nmunicipal,own,1000,\nesf,eu,100000,0.85\n",
        ),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 1.0, "objective");
    assert_selected(&r, &[("B", 1.0)]);
    assert_close(flow(&r, "B", "esf", None), 850.0, "B from ESF+");
    assert_close(flow(&r, "B", "municipal", None), 150.0, "B from own");
}

// ---------------------------------------------------------------------------------------------
// Rule 4: grant size
// ---------------------------------------------------------------------------------------------

// Own budget 3500; a grant of 10000 with min_grant 5000. A 4000 → 4, B 6000 → 5, C 1500 → 3.
// The grant can fund only B (A and C cost less than 5000, so the grant gives them 0).
// A+B+C (11500 ≤ 13500 money) would win without min_grant, but A and C need own money:
// A+C 5500 ✗, A+B: own 4000 ✗, B+C: own 1500 ✓ → 8. Optimum 8; the grant pays all 6000 of B
// (≥ 5000) and nothing to C although 4000 of it is left.
#[test]
fn min_grant_keeps_a_source_off_small_actions_and_at_least_min_elsewhere() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points\nA,4000,4\nB,6000,5\nC,1500,3\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,min_grant\nown,own,3500,\nfund,grant,10000,5000\n",
        ),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 8.0, "objective");
    assert_selected(&r, &[("B", 1.0), ("C", 1.0)]);
    assert_close(flow(&r, "B", "fund", None), 6000.0, "B from the grant");
    assert_close(flow(&r, "C", "fund", None), 0.0, "C from the grant");
    assert_close(flow(&r, "C", "own", None), 1500.0, "C from own");
    assert_close(r.money.own_eur, 1500.0, "own money");
}

// Own budget 2500; a grant with max_grant 3000 per action (budget 100000). A 5000 → 10,
// B 4000 → 6. Each needs own money above 3000: A 2000, B 1000; both 3000 > 2500 ✗.
// A alone → 10 (grant 3000, own 2000). Without the cap both would be funded (16).
#[test]
fn max_grant_caps_each_contribution() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points\nA,5000,10\nB,4000,6\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,max_grant\nown,own,2500,\nfund,grant,100000,3000\n",
        ),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 10.0, "objective");
    assert_selected(&r, &[("A", 1.0)]);
    assert_close(flow(&r, "A", "fund", None), 3000.0, "A from the grant");
    assert_close(flow(&r, "A", "own", None), 2000.0, "A from own");
}

// ---------------------------------------------------------------------------------------------
// Rule 5: partners
// ---------------------------------------------------------------------------------------------

// min-own-cost. A (must) costs 5000 + 5000. A company offers 3000 in 2025 and 1000 in 2026.
// Own money = (5000 − 3000) + (5000 − 1000) = 6000 → objective 6000; partner cash 4000.
#[test]
fn partner_cash_replaces_own_money_per_period() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,impact_points,status\nA,5000,5000,1,must\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,100000\n"),
        (
            "partners.csv",
            "id,cash_2025,cash_2026\ncompany,3000,1000\n",
        ),
    ]);
    let r = solve_optimal(&plan, Some(MIN_OWN_COST));
    assert_close(objective(&r), 6000.0, "objective (own EUR)");
    assert_selected(&r, &[("A", 1.0)]);
    let p = partner(&r, "company");
    assert_eq!(p.actions, vec!["A".to_string()]);
    assert_close(p.cash_eur, 4000.0, "partner cash");
    assert_close(flow(&r, "A", "company", Some("2025")), 3000.0, "cash 2025");
    assert_close(flow(&r, "A", "company", Some("2026")), 1000.0, "cash 2026");
    assert_close(flow(&r, "A", "own", Some("2025")), 2000.0, "own 2025");
    assert_close(flow(&r, "A", "own", Some("2026")), 4000.0, "own 2026");
    assert_close(r.money.partner_cash_eur, 4000.0, "partner cash in money");
    assert_close(r.money.own_eur, 6000.0, "own money");
}

// min-own-cost. A plain `cash` column in a two-year plan is one amount for the whole plan:
// 4000 in all, not 4000 per year. A (must) costs 5000 + 5000 → own 10000 − 4000 = 6000.
// (Read per year it would be 2000.)
#[test]
fn plain_partner_cash_is_one_total_for_the_whole_plan() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,impact_points,status\nA,5000,5000,1,must\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,100000\n"),
        ("partners.csv", "id,cash\ncompany,4000\n"),
    ]);
    let r = solve_optimal(&plan, Some(MIN_OWN_COST));
    assert_close(objective(&r), 6000.0, "objective (own EUR)");
    assert_close(partner(&r, "company").cash_eur, 4000.0, "partner cash");
    assert_close(r.money.own_eur, 6000.0, "own money");
}

// min-own-cost. A (must) 3000 and B (must) 5000; a foundation offers 10000 cash but joins at
// most one action. Best: join B (5000 cash) → own pays A's 3000 → objective 3000.
// Without max_actions own money would be 0.
#[test]
fn max_actions_limits_a_partner() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points,status\nA,3000,1,must\nB,5000,1,must\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,100000\n"),
        ("partners.csv", "id,cash,max_actions\nfoundation,10000,1\n"),
    ]);
    let r = solve_optimal(&plan, Some(MIN_OWN_COST));
    assert_close(objective(&r), 3000.0, "objective (own EUR)");
    assert_selected(&r, &[("A", 1.0), ("B", 1.0)]);
    let p = partner(&r, "foundation");
    assert_eq!(p.actions, vec!["B".to_string()]);
    assert_close(p.cash_eur, 5000.0, "partner cash");
    assert_close(flow(&r, "A", "own", None), 3000.0, "A from own");
    assert_close(flow(&r, "B", "own", None), 0.0, "B from own");
}

// Staff capacity 100. A needs 150 hours (→ 5), B 20 hours (→ 1); money is plentiful.
// Volunteers offer 50 hours: A: 150 − 50 = 100 ≤ 100 ✓; A+B: 170 − 50 = 120 ✗.
// Optimum 5 with A, the volunteers giving exactly 50 hours.
#[test]
fn partner_hours_relieve_staff_so_an_action_fits() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,staff_hours,impact_points\nA,1000,150,5\nB,500,20,1\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,10000\n"),
        ("partners.csv", "id,staff_hours\nvolunteers,50\n"),
    ]);
    let r = solve_optimal(&plan, Some(&format!("{MAX_IMPACT}staff_capacity = 100\n")));
    assert_close(objective(&r), 5.0, "objective");
    assert_selected(&r, &[("A", 1.0)]);
    let p = partner(&r, "volunteers");
    assert_eq!(p.actions, vec!["A".to_string()]);
    assert_close(p.hours, 50.0, "partner hours");
    assert_close(p.cash_eur, 0.0, "partner cash");
    assert_close(r.staff[0].needed_hours, 150.0, "needed hours");
    assert_close(r.staff[0].partner_hours, 50.0, "partner hours in staff");
    assert_close(r.staff[0].municipal_hours, 100.0, "municipal hours");
    assert_eq!(r.staff[0].capacity_hours, Some(100.0));
}

// Staff capacity 0. A and B each need 30 hours (→ 5 and 4). Volunteers offer 100 hours but may
// join only A (eligible by id) and give at most the 30 hours A needs. A: 30 − 30 = 0 ✓.
// A+B: 60 − 30 = 30 > 0 ✗ (the 70 spare hours cannot count). Optimum 5, hours exactly 30.
#[test]
fn partner_hours_never_exceed_what_the_action_needs() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,staff_hours,impact_points\nA,100,30,5\nB,100,30,4\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
        (
            "partners.csv",
            "id,staff_hours,eligible\nvolunteers,100,A\n",
        ),
    ]);
    let r = solve_optimal(&plan, Some(&format!("{MAX_IMPACT}staff_capacity = 0\n")));
    assert_close(objective(&r), 5.0, "objective");
    assert_selected(&r, &[("A", 1.0)]);
    assert_close(partner(&r, "volunteers").hours, 30.0, "partner hours");
    assert_close(r.staff[0].municipal_hours, 0.0, "municipal hours");
}

// Regression (found by the PuLP peer model in benches/peers on a generated plan): two partners
// on one action each relieved all of its hours, so the action's municipal hours went negative
// and freed staff time for others. Capacity 100; A needs 180 hours (→ 1), B 200 (→ 1); two
// volunteer groups offer 180 hours each, for A only. Together they relieve A's 180, no more, so
// B (200 > 100) stays out: objective 1, not 2.
#[test]
fn partners_together_relieve_no_more_hours_than_the_action_needs() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,staff_hours,impact_points\nA,100,180,1\nB,100,200,1\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
        (
            "partners.csv",
            "id,staff_hours,eligible\nv1,180,A\nv2,180,A\n",
        ),
    ]);
    let r = solve_optimal(&plan, Some(&format!("{MAX_IMPACT}staff_capacity = 100\n")));
    assert_close(objective(&r), 1.0, "objective");
    assert_selected(&r, &[("A", 1.0)]);
    // At least 80 hours must be relieved (180 needed, 100 staff), at most the 180 needed.
    let given = partner(&r, "v1").hours + partner(&r, "v2").hours;
    assert!((80.0 - 1e-6..=180.0 + 1e-6).contains(&given), "{given}");
    assert_close(r.staff[0].municipal_hours, 180.0 - given, "municipal hours");
}

// Staff capacity 100 in each of two years. A needs 150 + 150 hours (→ 5), B 100 + 0 (→ 1).
// A plain `staff_hours` column for volunteers is one total for the whole plan: A needs 50
// relief hours in each year, 100 in all. With 80 hours A cannot fit (read per year it would);
// B alone fits → 1. With 100 hours A fits (50 + 50) → 5; A+B would need 150 relief hours in
// 2025 alone.
#[test]
fn plain_partner_hours_are_one_total_for_the_whole_plan() {
    for (offered, expected, funded, hours) in [(80.0, 1.0, "B", 0.0), (100.0, 5.0, "A", 100.0)] {
        let plan = TempPlan::new(&[
            (
                "actions.csv",
                "id,cost_2025,cost_2026,staff_hours_2025,staff_hours_2026,impact_points\n\
                 A,10,10,150,150,5\nB,10,0,100,0,1\n",
            ),
            ("sources.csv", "id,kind,budget\nown,own,1000\n"),
            (
                "partners.csv",
                &format!("id,staff_hours\nvolunteers,{offered}\n"),
            ),
        ]);
        let r = solve_optimal(&plan, Some(&format!("{MAX_IMPACT}staff_capacity = 100\n")));
        assert_close(
            objective(&r),
            expected,
            &format!("objective, {offered} hours"),
        );
        assert_selected(&r, &[(funded, 1.0)]);
        assert_close(partner(&r, "volunteers").hours, hours, "partner hours");
    }
}

// ---------------------------------------------------------------------------------------------
// Rule 6: staff capacity
// ---------------------------------------------------------------------------------------------

// Capacity 100 hours in 2025, 50 in 2026. Hours: A 80/0 → 5, B 50/30 → 4, C 40/30 → 3.
// B+C fits 2025 (90 ≤ 100) but needs 60 > 50 in 2026 ✗; A+B 130, A+C 120 in 2025 ✗.
// Best single action: A → 5.
#[test]
fn staff_capacity_per_period() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,staff_hours_2025,staff_hours_2026,impact_points\n\
             A,10,10,80,0,5\nB,10,10,50,30,4\nC,10,10,40,30,3\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
    ]);
    let toml = format!("{MAX_IMPACT}staff_capacity = {{ \"2025\" = 100, \"2026\" = 50 }}\n");
    let r = solve_optimal(&plan, Some(&toml));
    assert_close(objective(&r), 5.0, "objective");
    assert_selected(&r, &[("A", 1.0)]);
    assert_close(r.staff[0].needed_hours, 80.0, "hours 2025");
    assert_close(r.staff[1].needed_hours, 0.0, "hours 2026");
    assert_eq!(r.staff[0].capacity_hours, Some(100.0));
    assert_eq!(r.staff[1].capacity_hours, Some(50.0));
}

// Capacity 100 (one number for the single period). A 80 h → 5, B 50 h → 4, C 40 h → 3.
// A+B 130 ✗, A+C 120 ✗, B+C 90 → 7 > A's 5. Optimum 7.
#[test]
fn staff_capacity_single_number() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,staff_hours,impact_points\nA,10,80,5\nB,10,50,4\nC,10,40,3\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
    ]);
    let r = solve_optimal(&plan, Some(&format!("{MAX_IMPACT}staff_capacity = 100\n")));
    assert_close(objective(&r), 7.0, "objective");
    assert_selected(&r, &[("B", 1.0), ("C", 1.0)]);
    assert_close(r.staff[0].municipal_hours, 90.0, "municipal hours");
}

// ---------------------------------------------------------------------------------------------
// Rule 7: requires, excludes, must, never
// ---------------------------------------------------------------------------------------------

// Budget 200, each action 100. A (10) requires B (1); C → 9. A+C (19) is not allowed:
// A+B → 11, B+C → 10, C → 9. Optimum 11 with A and B.
#[test]
fn requires_funds_the_prerequisite() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points,requires\nA,100,10,B\nB,100,1,\nC,100,9,\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,200\n"),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 11.0, "objective");
    assert_selected(&r, &[("A", 1.0), ("B", 1.0)]);
    assert_close(source_used(&r, "own"), 200.0, "own used");
}

// Budget 300, each action 100. A (10) excludes B (8); C → 3. All three (21) are not allowed:
// A+C → 13, B+C → 11. Optimum 13.
#[test]
fn excludes_keeps_alternatives_apart() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points,excludes\nA,100,10,B\nB,100,8,\nC,100,3,\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,300\n"),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 13.0, "objective");
    assert_selected(&r, &[("A", 1.0), ("C", 1.0)]);
    assert_close(source_used(&r, "own"), 200.0, "own used");
}

// Budget 110. A (must, 100) → 1; B (100) → 5; C (never, 10) → 100. Free choice: B+C → 105.
// A takes 100 of the 110; B no longer fits and C may not be funded → objective 1.
#[test]
fn must_and_never_status() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points,status\nA,100,1,must\nB,100,5,\nC,10,100,never\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,110\n"),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 1.0, "objective");
    assert_selected(&r, &[("A", 1.0)]);
    assert_eq!(r.not_selected, vec!["B".to_string(), "C".to_string()]);
    assert_close(r.money.own_eur, 100.0, "own money");
}

// ---------------------------------------------------------------------------------------------
// Rule 8: targets
// ---------------------------------------------------------------------------------------------

const TARGET_ACTIONS: &str = "id,cost,impact_trained,impact_sites\nA,100,10,0\nB,100,0,3\n";

// Budget 100 funds one action. A → 10 trained, B → 3 sites. A hard target of 3 sites forces B:
// objective 3 (weights 1), instead of 10 with A.
#[test]
fn hard_target_must_be_met() {
    let plan = TempPlan::new(&[
        ("actions.csv", TARGET_ACTIONS),
        ("sources.csv", "id,kind,budget\nown,own,100\n"),
        ("targets.csv", "indicator,min,hard,penalty\nsites,3,true,\n"),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 3.0, "objective");
    assert_selected(&r, &[("B", 1.0)]);
    let sites = &r.indicators[1];
    assert_eq!(sites.indicator, "sites");
    assert_close(sites.reached, 3.0, "sites reached");
    assert_eq!(sites.target, Some(3.0));
    assert_eq!(sites.hard, Some(true));
    assert_close(sites.shortfall, 0.0, "shortfall");
}

// Same plan, soft target of 3 sites with penalty 4 per missing site.
// Weights 1: A → 10 − 4·3 = −2, B → 3 − 0 = 3: the penalty makes the optimiser fund B,
// the lower-weight action → objective 3.
// Weight of trained 2: A → 20 − 12 = 8 > B's 3 → A, objective 8, shortfall 3.
#[test]
fn soft_target_penalty_can_favour_the_lower_weight_action() {
    let plan = TempPlan::new(&[
        ("actions.csv", TARGET_ACTIONS),
        ("sources.csv", "id,kind,budget\nown,own,100\n"),
        (
            "targets.csv",
            "indicator,min,hard,penalty\nsites,3,false,4\n",
        ),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 3.0, "objective with weights 1");
    assert_selected(&r, &[("B", 1.0)]);
    assert_close(r.indicators[1].shortfall, 0.0, "shortfall");

    let r = solve_optimal(
        &plan,
        Some(&format!("{MAX_IMPACT}[weights]\ntrained = 2\n")),
    );
    assert_close(objective(&r), 8.0, "objective with trained weighing 2");
    assert_selected(&r, &[("A", 1.0)]);
    assert_eq!(r.indicators[1].hard, Some(false));
    assert_close(r.indicators[1].shortfall, 3.0, "shortfall");
    assert_close(r.indicators[0].reached, 10.0, "trained reached");
}

// min-own-cost with a soft target of 3 sites. B (100 own) reaches it.
// Penalty 50: funding B costs 100 < 3·50 = 150 missed → fund B, objective 100.
// Penalty 20: 3·20 = 60 < 100 → leave it, objective 60 (shortfall 3).
#[test]
fn soft_target_penalty_in_min_own_cost() {
    for (penalty, expected, funded) in [(50.0, 100.0, true), (20.0, 60.0, false)] {
        let plan = TempPlan::new(&[
            ("actions.csv", "id,cost,impact_sites\nB,100,3\n"),
            ("sources.csv", "id,kind,budget\nown,own,1000\n"),
            (
                "targets.csv",
                &format!("indicator,min,hard,penalty\nsites,3,false,{penalty}\n"),
            ),
        ]);
        let r = solve_optimal(&plan, Some(MIN_OWN_COST));
        assert_close(
            objective(&r),
            expected,
            &format!("objective, penalty {penalty}"),
        );
        if funded {
            assert_selected(&r, &[("B", 1.0)]);
            assert_close(r.money.own_eur, 100.0, "own money");
        } else {
            assert_selected(&r, &[]);
            assert_close(r.indicators[0].shortfall, 3.0, "shortfall");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Objectives and tie-breaks
// ---------------------------------------------------------------------------------------------

// Budget 100 funds one action: A → 10 of indicator a, B → 3 of indicator b.
// Default weights (1): A → 10. Weights a = 0.2, b = 1: A → 2, B → 3 → B, objective 3.
#[test]
fn max_impact_uses_indicator_weights() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_a,impact_b\nA,100,10,0\nB,100,0,3\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,100\n"),
    ]);
    let r = solve_optimal(&plan, None);
    assert_eq!(r.objective_kind.as_str(), "max-impact");
    assert_close(objective(&r), 10.0, "objective with weights 1");
    assert_selected(&r, &[("A", 1.0)]);

    let toml = format!("{MAX_IMPACT}[weights]\na = 0.2\nb = 1\n");
    let r = solve_optimal(&plan, Some(&toml));
    assert_close(objective(&r), 3.0, "weighted objective");
    assert_selected(&r, &[("B", 1.0)]);
    assert_close(r.indicators[1].reached, 3.0, "b reached");
    assert_close(r.indicators[0].weight, 0.2, "weight of a");
}

// min-own-cost. A (must, 1000): the EU fund (600, eligible for A by id) + own 400.
// B (300) is paid in full by a foundation eligible only for B → no own money; C (200) only by
// own money. Least own money: 400 (C left out). Tie-break (most impact) then funds B: impact 3.
#[test]
fn min_own_cost_spends_least_own_money_then_funds_the_most_impact() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_people,status\nA,1000,1,must\nB,300,2,\nC,200,5,\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,eligible\nown,own,5000,\neu,eu,600,A\nfoundation,grant,300,B\n",
        ),
    ]);
    let r = solve_optimal(&plan, Some(MIN_OWN_COST));
    assert_eq!(r.objective_kind.as_str(), "min-own-cost");
    assert_close(objective(&r), 400.0, "objective (own EUR)");
    assert_selected(&r, &[("A", 1.0), ("B", 1.0)]);
    assert_close(flow(&r, "A", "eu", None), 600.0, "A from the EU fund");
    assert_close(flow(&r, "A", "own", None), 400.0, "A from own");
    assert_close(
        flow(&r, "B", "foundation", None),
        300.0,
        "B from the foundation",
    );
    assert_close(r.money.own_eur, 400.0, "own money");
    assert_close(r.indicators[0].reached, 3.0, "impact");
}

// A (100) → 1. Own money (first in the file) and a grant could each pay it all; a company
// offers 100 cash too. Impact is 1 either way; the tie-breaks take no own money, then the
// fewest partnerships: the grant pays 100, the company does not join.
#[test]
fn tie_break_prefers_external_money_then_fewest_partners() {
    let plan = TempPlan::new(&[
        ("actions.csv", "id,cost,impact_points\nA,100,1\n"),
        (
            "sources.csv",
            "id,kind,budget\nown,own,1000\ngrant,grant,1000\n",
        ),
        ("partners.csv", "id,cash\ncompany,100\n"),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 1.0, "objective");
    assert_selected(&r, &[("A", 1.0)]);
    assert_close(r.money.own_eur, 0.0, "own money");
    assert_close(source_used(&r, "grant"), 100.0, "grant used");
    let p = partner(&r, "company");
    assert!(p.actions.is_empty(), "the company joins nothing");
    assert_close(p.cash_eur, 0.0, "company cash");
    assert!(r.money.leverage.is_none(), "no own money, no leverage");
}

// A (100) → 1, paid by own money alone; a company offers 5 cents of cash. Own money comes
// before the number of partnerships, down to the cent: the company joins to save its 5 cents.
#[test]
fn tie_break_saves_own_money_to_the_cent_before_partnerships() {
    let plan = TempPlan::new(&[
        ("actions.csv", "id,cost,impact_points\nA,100,1\n"),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
        ("partners.csv", "id,cash\ncompany,0.05\n"),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 1.0, "objective");
    assert_close(r.money.own_eur, 99.95, "own money");
    let p = partner(&r, "company");
    assert_eq!(p.actions, vec!["A".to_string()], "the company joins A");
    assert_close(p.cash_eur, 0.05, "company cash");
}

// min-own-cost, no own money needed. A (100) → 1 and B (100) → 1, each paid in full by its
// own grant or by a company that offers 100 cash and may join one action. Own money is 0 either
// way; the most impact funds both (2), which takes both grants and no company.
#[test]
fn min_own_cost_tie_break_is_impact_then_fewest_partnerships() {
    let plan = TempPlan::new(&[
        ("actions.csv", "id,cost,impact_points\nA,100,1\nB,100,1\n"),
        (
            "sources.csv",
            "id,kind,budget,eligible\nown,own,0,\nga,grant,100,A\ngb,grant,100,B\n",
        ),
        ("partners.csv", "id,cash,max_actions\ncompany,100,1\n"),
    ]);
    let r = solve_optimal(&plan, Some(MIN_OWN_COST));
    assert_close(objective(&r), 0.0, "objective (own EUR)");
    assert_selected(&r, &[("A", 1.0), ("B", 1.0)]);
    assert_close(r.indicators[0].reached, 2.0, "impact");
    assert!(
        partner(&r, "company").actions.is_empty(),
        "the company joins nothing"
    );
}

// ---------------------------------------------------------------------------------------------
// Eligibility and scale
// ---------------------------------------------------------------------------------------------

// No own money. ESF+ may fund the category "skills" (A), ERDF only the action id C; a company
// (100 cash) may join the category "access" (B, C). A → 3, B → 5, C → 4, each 100.
// A by ESF+, C by ERDF, B only by the company (ERDF may not fund B) → all three, objective 12.
#[test]
fn eligibility_by_category_and_by_action_id() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,category,cost,impact_points\nA,skills,100,3\nB,access,100,5\nC,access,100,4\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,eligible\nesf,eu,1000,skills\nerdf,eu,1000,C\n",
        ),
        ("partners.csv", "id,cash,eligible\ncompany,100,access\n"),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 12.0, "objective");
    assert_selected(&r, &[("A", 1.0), ("B", 1.0), ("C", 1.0)]);
    assert_close(flow(&r, "A", "esf", None), 100.0, "A from ESF+");
    assert_close(flow(&r, "C", "erdf", None), 100.0, "C from ERDF");
    assert_close(flow(&r, "B", "company", None), 100.0, "B from the company");
    assert_close(source_used(&r, "esf"), 100.0, "ESF+ used");
    assert_close(source_used(&r, "erdf"), 100.0, "ERDF used");
    assert_eq!(partner(&r, "company").actions, vec!["B".to_string()]);
}

// Same plan without the company: B has no eligible payer → A and C, objective 7.
#[test]
fn an_action_without_an_eligible_payer_is_not_funded() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,category,cost,impact_points\nA,skills,100,3\nB,access,100,5\nC,access,100,4\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,eligible\nesf,eu,1000,skills\nerdf,eu,1000,C\n",
        ),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 7.0, "objective");
    assert_selected(&r, &[("A", 1.0), ("C", 1.0)]);
    assert_close(flow(&r, "B", "erdf", None), 0.0, "B from ERDF");
}

// Own budget 1300 in all. A costs 600 + 400 (min_scale 0.5) → 10, B 300 + 300 → 5.
// With B (600) 700 is left → A at scale 0.7 → 5 + 7 = 12; A in full without B → 10.
// Optimum 12, A at 0.7: 420 in 2025 and 280 in 2026.
#[test]
fn min_scale_partial_funding_determined_by_budget() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,min_scale,impact_points\nA,600,400,0.5,10\nB,300,300,1,5\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,1300\n"),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 12.0, "objective");
    assert_selected(&r, &[("A", 0.7), ("B", 1.0)]);
    assert_close(r.selected[0].cost_eur, 700.0, "A's cost at scale");
    assert_close(flow(&r, "A", "own", Some("2025")), 420.0, "A in 2025");
    assert_close(flow(&r, "A", "own", Some("2026")), 280.0, "A in 2026");
    assert_close(r.indicators[0].reached, 12.0, "impact");
}

// Own budget 200 in all. A costs 100 + 200 (min_scale 0.5) → 3: scale 200 / 300 = 2/3,
// objective 3 · 2/3 = 2. Its yearly costs at that scale are 66.666… and 133.333…: the flows,
// in whole cents, are 66.67 and 133.33 — still the 200.00 the budget allows.
#[test]
fn min_scale_partial_funding_with_amounts_that_are_not_whole_cents() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,min_scale,impact_points\nA,100,200,0.5,3\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,200\n"),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 2.0, "objective");
    assert_selected(&r, &[("A", 2.0 / 3.0)]);
    assert_close(
        flow(&r, "A", "own", Some("2025")),
        66.67,
        "A in 2025, to the cent",
    );
    assert_close(
        flow(&r, "A", "own", Some("2026")),
        133.33,
        "A in 2026, to the cent",
    );
    assert_close(source_used(&r, "own"), 200.0, "own used");
}

// Own budget 400. A costs 1000 with min_scale 0.5 → 10; 400 would buy scale 0.4 < 0.5, so A is
// out. B (300) → 1 is funded → objective 1.
#[test]
fn below_min_scale_an_action_is_not_funded() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,min_scale,impact_points\nA,1000,0.5,10\nB,300,1,1\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,400\n"),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 1.0, "objective");
    assert_selected(&r, &[("B", 1.0)]);
}

// ---------------------------------------------------------------------------------------------
// Amounts in the tens of millions (found by randomised testing; HiGHS's absolute 1e-9 tolerance
// is below the rounding error of a double there, and these plans failed)
// ---------------------------------------------------------------------------------------------

// A costs 98.07 M (all in 2025, min_scale 0.5) → 14. Only the EU fund pays it, at most
// max_grant 87.21 M (its 2025 budget, 96.58 M, is larger): scale 87.21 / 98.07 = 0.88926…,
// objective 14 · 87.21 / 98.07 = 12.4497…, the fund paying exactly 87 210 000.00.
// (This plan made the solver fail with "Solve error".)
#[test]
fn large_amounts_scale_capped_by_max_grant() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,min_scale,impact_points\nA,98070000,0,0.5,14\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,budget_2025,budget_2026,max_grant\neu,eu,,96580000,85650000,87210000\n",
        ),
    ]);
    let r = solve_optimal(&plan, None);
    let scale = 87.21 / 98.07;
    assert_close(objective(&r), 14.0 * scale, "objective");
    assert_selected(&r, &[("A", scale)]);
    assert_close(
        flow(&r, "A", "eu", Some("2025")),
        87_210_000.0,
        "A from the EU fund",
    );
}

// Funding nothing is always allowed here, so the plan cannot be infeasible. A (hall, 98.07 M in
// 2025, min_scale 0.5) → 14 can only be paid by the EU fund, up to max_grant 87.21 M: scale
// 87.21 / 98.07. B (parks, 20.37 M + 10.46 M) → 10: own money (16.46 M, parks only) and the rest
// of the EU fund. Optimum 10 + 14 · 87.21 / 98.07 = 22.4497…. Least own money: the EU fund has
// 96.58 − 87.21 = 9.37 M left in 2025 and pays all of B's 10.46 M in 2026, so own money pays
// 20.37 − 9.37 = 11.00 M. (This plan was reported infeasible.)
#[test]
fn large_amounts_are_not_reported_infeasible() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,category,cost_2025,cost_2026,min_scale,impact_points\n\
             A,hall,98070000,0,0.5,14\nB,parks,20370000,10460000,1,10\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,budget_2025,budget_2026,eligible,max_grant\n\
             own,own,16460000,,,parks,\neu,eu,,96580000,85650000,,87210000\n",
        ),
    ]);
    let r = solve_optimal(&plan, None);
    let scale = 87.21 / 98.07;
    assert_close(objective(&r), 10.0 + 14.0 * scale, "objective");
    assert_selected(&r, &[("A", scale), ("B", 1.0)]);
    assert_close(
        flow(&r, "A", "eu", None),
        87_210_000.0,
        "A from the EU fund",
    );
    assert_close(r.money.own_eur, 11_000_000.0, "own money");
    assert_close(
        flow(&r, "B", "eu", Some("2026")),
        10_460_000.0,
        "B from EU in 2026",
    );
    assert_close(
        source_used_in(&r, "eu", "2025"),
        96_580_000.0,
        "EU fund in 2025",
    );
}

// Regression: the funded scale was snapped to a bound when within 1e-6 of it, whatever the cost,
// without moving the money. A costs 600 M + 400 M (min_scale 0.3) and brings 1 M points; the
// hard target asks for 300 000.5 or 999 999.5 points, so the least own money funds A at scale
// 0.3000005 or 0.9999995. Snapped to 0.3, 500 EUR more was paid than the cost (the verifier
// rejected the plan); snapped to 1, 500 EUR of the cost was left unpaid. The money must pay for
// the scale reported, to the cent: 2025 600 M · scale, 2026 400 M · scale.
#[test]
fn snapping_the_scale_of_a_huge_action_left_money_uncovered() {
    for scale in [0.3000005, 0.9999995] {
        let target = format!("indicator,min,hard\npoints,{},true\n", scale * 1e6);
        let plan = TempPlan::new(&[
            (
                "actions.csv",
                "id,cost_2025,cost_2026,min_scale,impact_points\nA,600000000,400000000,0.3,1000000\n",
            ),
            ("sources.csv", "id,kind,budget\nown,own,2000000000\n"),
            ("targets.csv", target.as_str()),
        ]);
        let r = solve_optimal(
            &plan,
            Some("plan = \"plan\"\nobjective = \"min-own-cost\"\n"),
        );
        // The solver's scale (within its tolerance, about 1e-9), not a bound 5e-7 away.
        let a = &r.selected[0];
        assert!(
            (a.scale - scale).abs() < 1e-8,
            "scale {}, expected {scale}",
            a.scale
        );
        let cent = |x: f64, want: f64, what: &str| {
            let want = (want * 100.0).round() / 100.0;
            assert!(
                (x - want).abs() < 0.005,
                "{what}: {x:.2}, expected {want:.2}"
            )
        };
        // Each year's flow is whole cents: the sum within a cent a year.
        let total = flow(&r, "A", "own", None);
        assert!(
            (total - a.cost_eur).abs() <= 0.02,
            "A's money {total:.2} for a cost of {:.2}",
            a.cost_eur
        );
        cent(
            flow(&r, "A", "own", Some("2025")),
            600e6 * a.scale,
            "A in 2025",
        );
        cent(
            flow(&r, "A", "own", Some("2026")),
            400e6 * a.scale,
            "A in 2026",
        );
    }
}

// A (8.712 M + 3.086 M, min_scale 0.5) → 18 trained + 4 sites; B (6.433 M, 2025) → 1 site.
// Soft target: 25 trained, penalty 7 per missing one. Objective = 22·s + b − 7·(25 − 18·s)
// = 148·s + b − 175. Money in 2025: EU 3.149 M + own 1.452 M (whole plan) + company 4.132 M
// (whole plan) = 8.733 M ≥ 8.712 M: A in full (s = 1) fits, 2026's 3.086 M from EU (5.798 M).
// B as well would leave 8.733 − 6.433 = 2.3 M for A in 2025: s = 0.26 < 0.5. Optimum −27: A
// alone. Least own money: 8.712 − 3.149 − 4.132 = 1.431 M in 2025. (This plan made the solver
// fail with "Solve error".)
#[test]
fn large_amounts_with_a_soft_target() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,min_scale,impact_trained,impact_sites\n\
             A,8712000,3086000,0.5,18,4\nB,6433000,0,1,0,1\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,budget_2025,budget_2026\nown,own,1452000,,\neu,eu,,3149000,5798000\n",
        ),
        ("partners.csv", "id,cash\ncompany,4132000\n"),
        (
            "targets.csv",
            "indicator,min,hard,penalty\ntrained,25,false,7\n",
        ),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), -27.0, "objective");
    assert_selected(&r, &[("A", 1.0)]);
    assert_close(r.indicators[0].shortfall, 7.0, "trained shortfall");
    assert_close(
        source_used_in(&r, "eu", "2025"),
        3_149_000.0,
        "EU fund in 2025",
    );
    assert_close(partner(&r, "company").cash_eur, 4_132_000.0, "company cash");
    assert_close(r.money.own_eur, 1_431_000.0, "own money");
}

// ---------------------------------------------------------------------------------------------
// Found by the property tests (tests/properties/): faults of HiGHS 1.16's presolve, each as the
// plan proptest shrank it to. A run that finds no plan, or whose answer contradicts the plan it
// started from, is solved again without presolve (src/solve/stage.rs).
// ---------------------------------------------------------------------------------------------

// Found by `max_impact_optimum_equals_brute_force` (own money 4 where 1 would do) and
// `shuffled_tables_give_an_equally_good_plan` (own money 136 or 0 by the order of the rows).
// A 100 → 1, B 1000 → 0. Own budget 1000, an EU fund 1000 at most 75% of an action: the optimum
// is 1 (A; B adds nothing), and the least own money at it 25 (A with 75 from the fund, B out).
// HiGHS, started from the first stage's plan (A and B on own money), presolved the tie-break to
// a model where that plan was worth 25, found nothing better and answered with the starting plan
// unchanged and the objective 25: the plan kept 100 EUR of own money, with either solver of the
// first stage.
#[test]
fn least_own_money_holds_when_presolve_improves_the_starting_plan() {
    let plan = TempPlan::new(&[
        ("actions.csv", "id,cost,impact_points\nA,100,1\nB,1000,0\n"),
        (
            "sources.csv",
            "id,kind,budget,max_share\nown,own,1000,1\neu,eu,1000,0.75\n",
        ),
    ]);
    let r = solve_optimal(&plan, None);
    assert_close(objective(&r), 1.0, "objective");
    assert_selected(&r, &[("A", 1.0)]);
    assert_close(flow(&r, "A", "eu", None), 75.0, "A from the fund");
    assert_close(r.money.own_eur, 25.0, "own money");
}

// Found by `min_own_cost_optimum_equals_brute_force` (impact 0 where 1 was reached).
// min-own-cost. A 32 + 0 + 32 → 1; B 24 + 68 + 76 and C 0 + 0 + 4 → 0. Own budget 40 a year;
// an EU fund 64 in total for A and B. The least own money is 0 (nothing, or A paid in full by
// the fund; B would need 168 of its 64, C own money); the tie-break, the most impact at it,
// funds A. The first stage's plan funded A already; HiGHS presolved the tie-break, which holds
// the own money at 0 + 1e-9 (exactly its MIP feasibility tolerance here), to an empty model and
// answered "optimal" with nothing funded, worse than its start.
#[test]
fn most_impact_holds_when_presolve_loses_the_starting_plan() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost_2025,cost_2026,cost_2027,impact_people\n\
             A,32,0,32,1\nB,24,68,76,0\nC,0,0,4,0\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,budget_2025,budget_2026,budget_2027,eligible\n\
             own,own,,40,40,40,\neu,eu,64,,,,A;B\n",
        ),
    ]);
    let r = solve_optimal(&plan, Some(MIN_OWN_COST));
    assert_close(objective(&r), 0.0, "objective (own EUR)");
    assert_selected(&r, &[("A", 1.0)]);
    assert_close(source_used(&r, "eu"), 64.0, "the fund pays A");
    assert_close(r.money.own_eur, 0.0, "own money");
}

// Found by `a_must_action_is_funded_or_there_is_no_plan` and
// `raising_a_hard_target_never_makes_the_optimum_better` (the scenario before the change had no
// plan, the one after it had). Only E brings anything (1 person, 48 EUR of the own 48), and it
// requires C, which needs 50 staff hours against a capacity of 10; the library's 10 hours go
// only to courses, and C is not one. So E is out and the optimum is 0; with no `must` and no
// target, leaving every action out keeps every rule, so a plan exists. HiGHS's presolve (with
// its default options too) declared the first stage infeasible: "no plan", and a diagnosis
// with no fix. CBC found the plan.
#[test]
fn a_plan_is_found_where_presolve_wrongly_finds_none() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,category,cost,staff_hours,impact_people,min_scale,requires\n\
             A,courses,0,10,0,0.5,\nB,courses,0,10,0,0.5,\nC,access,0,50,0,,\n\
             D,courses,0,10,0,,\nE,access,48,0,1,,C\nF,courses,92,10,0,0.5,C\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,48\n"),
        (
            "partners.csv",
            "id,cash,staff_hours,eligible\nlibrary,65,10,courses\n",
        ),
    ]);
    let r = solve_optimal(&plan, Some(&format!("{MAX_IMPACT}staff_capacity = 10\n")));
    assert_close(objective(&r), 0.0, "objective");
    assert!(r
        .selected
        .iter()
        .all(|s| s.action != "C" && s.action != "E"));
}

// ---------------------------------------------------------------------------------------------
// Infeasible plans: a status, not an error
// ---------------------------------------------------------------------------------------------

// A (must) costs 1000; own money has 500 and ESF+ may fund only B.
#[test]
fn must_action_nobody_can_fund_is_infeasible() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points,status\nA,1000,1,must\nB,100,1,\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,eligible\nown,own,500,\nesf,eu,10000,B\n",
        ),
    ]);
    assert_infeasible(&plan, None);
}

// A hard target of 10 sites; all actions together reach 3 + 4 = 7.
#[test]
fn unreachable_hard_target_is_infeasible() {
    let plan = TempPlan::new(&[
        ("actions.csv", "id,cost,impact_sites\nA,100,3\nB,100,4\n"),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
        ("targets.csv", "indicator,min,hard\nsites,10,true\n"),
    ]);
    assert_infeasible(&plan, None);
}

// A (must) needs 150 staff hours; capacity 100, no partner hours.
#[test]
fn staff_capacity_too_small_for_a_must_action_is_infeasible() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,staff_hours,impact_points,status\nA,100,150,1,must\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
    ]);
    assert_infeasible(&plan, Some(&format!("{MAX_IMPACT}staff_capacity = 100\n")));
}

// A (must) requires B, which is never to be funded.
#[test]
fn must_action_requiring_a_never_action_is_infeasible() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points,requires,status\nA,100,1,B,must\nB,100,1,,never\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
    ]);
    assert_infeasible(&plan, None);
}

// A and B must both be funded but exclude each other.
#[test]
fn must_actions_excluding_each_other_are_infeasible() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points,excludes,status\nA,100,1,B,must\nB,100,1,,must\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
    ]);
    assert_infeasible(&plan, None);
}

// ---------------------------------------------------------------------------------------------
// The verifier catches broken plans
// ---------------------------------------------------------------------------------------------

/// Action and source indices of the verifier plan.
const CORE: usize = 0;
const COURSES: usize = 1;
const HUB: usize = 2;
const BIG: usize = 3;
const OWN: usize = 0;
const ESF: usize = 1;
const ERDF: usize = 2;

/// A two-year plan using every rule. Hand solution: `core` (must) and `courses` (requires core)
/// → 1 + 10 = 11 (`hub` excludes courses, `big` is never). ESF+ pays 85% of each: 1700 + 1700
/// ≤ 4000; the library (max 1 action, 500 cash) replaces the 300 own share of one action, so
/// own money is 300. Staff in 2025: 50 + 40 = 90 > 80, so the library gives ≥ 10 hours.
fn verifier_case() -> (TempPlan, Scenario, Allocation) {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,category,cost_2025,cost_2026,staff_hours_2025,staff_hours_2026,min_scale,impact_people,requires,excludes,status,latest_start\n\
             core,coord,1000,1000,50,50,1,1,,,must,\n\
             courses,skills,2000,0,40,0,0.5,10,core,,,\n\
             hub,access,0,3000,0,60,1,8,,courses,,\n\
             big,access,5000,5000,500,500,1,1,,,never,\n\
             late,access,700,0,10,0,1,1,,,never,2026\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,budget_2025,budget_2026,max_share,eligible,min_grant,max_grant,spend_by\n\
             own,own,,2000,2000,1,,,,\n\
             esf,eu,4000,,,0.85,skills;coord,500,1800,\n\
             erdf,eu,100000,,,1,access,,,2025\n",
        ),
        (
            "partners.csv",
            "id,cash,staff_hours_2025,staff_hours_2026,eligible,max_actions\n\
             library,500,20,20,skills;coord,1\n",
        ),
        ("targets.csv", "indicator,min,hard\npeople,5,true\n"),
    ]);
    let path = plan.scenario(
        "s.toml",
        &format!("{MAX_IMPACT}staff_capacity = {{ \"2025\" = 80, \"2026\" = 100 }}\n"),
    );
    let scenario = load(&path);
    let outcome = fundmix::solve::solve(&scenario, &SolveOptions::default()).expect("solved");
    assert_eq!(outcome.status, SolveStatus::Optimal);
    let allocation = outcome.allocation.expect("a plan");
    (plan, scenario, allocation)
}

/// The distinct rules named by the verifier for `allocation`.
fn broken_rules(scenario: &Scenario, allocation: &Allocation) -> Vec<&'static str> {
    let mut rules: Vec<&'static str> = verify(scenario, allocation)
        .into_iter()
        .map(|v| v.rule.name())
        .collect();
    rules.sort_unstable();
    rules.dedup();
    rules
}

#[test]
fn verifier_accepts_the_solved_plan() {
    let (_plan, scenario, allocation) = verifier_case();
    assert_eq!(broken_rules(&scenario, &allocation), Vec::<&str>::new());
    assert_eq!(allocation.scale, vec![1.0, 1.0, 0.0, 0.0, 0.0]);
    assert_eq!(allocation.delay, vec![0; 5]);
    let own: f64 = allocation
        .funding
        .iter()
        .filter(|f| f.source == OWN)
        .map(|f| f.amount_eur)
        .sum();
    assert_close(own, 300.0, "own money");
    let esf: f64 = allocation
        .funding
        .iter()
        .filter(|f| f.source == ESF)
        .map(|f| f.amount_eur)
        .sum();
    // The library's 500 cash and ESF+ share the rest (how is not a rule): 3 700 from the two.
    let library: f64 = allocation.contributions.iter().map(|c| c.cash_eur).sum();
    assert_close(esf + library, 3700.0, "ESF+ and library money");
    assert!(
        esf <= 3400.0 + 1e-6,
        "ESF+ at most 85% of each action: {esf}"
    );
    assert_eq!(allocation.joins.len(), 1, "the library joins one action");
    let result = fundmix::solve_scenario(&scenario, &SolveOptions::default()).unwrap();
    assert_close(objective(&result), 11.0, "objective");
    assert_close(result.money.own_eur, 300.0, "own money");
}

// Two partners' hours on one action, each within its need, together over it.
#[test]
fn verifier_catches_partners_relieving_more_hours_than_needed_together() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,staff_hours,impact_points\nA,100,180,1\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
        ("partners.csv", "id,staff_hours\nv1,180\nv2,180\n"),
    ]);
    let path = plan.scenario("s.toml", &format!("{MAX_IMPACT}staff_capacity = 1000\n"));
    let scenario = load(&path);
    let outcome = fundmix::solve::solve(&scenario, &SolveOptions::default()).expect("solved");
    let mut allocation = outcome.allocation.expect("a plan");
    assert!(verify(&scenario, &allocation).is_empty());
    allocation.joins = vec![(0, 0), (0, 1)];
    allocation.contributions = (0..2)
        .map(|k| fundmix::domain::Contribution {
            action: 0,
            partner: k,
            period: 0,
            cash_eur: 0.0,
            hours: 120.0,
        })
        .collect();
    assert_eq!(
        broken_rules(&scenario, &allocation),
        vec!["partner contributions"]
    );
}

/// `base` (the solved verifier case) tampered so that it breaks a rule of `kind`; the exact
/// set of rules then broken, where only that one breaks.
fn tampered(kind: RuleKind, base: &Allocation) -> (Allocation, Option<Vec<&'static str>>) {
    let mut a = base.clone();
    let esf_to = |a: &Allocation, action: usize| -> f64 {
        a.funding
            .iter()
            .filter(|f| f.action == action && f.source == ESF)
            .map(|f| f.amount_eur)
            .sum()
    };
    let drop = |a: &mut Allocation, action: usize| {
        a.scale[action] = 0.0;
        a.funding.retain(|f| f.action != action);
        a.contributions.retain(|c| c.action != action);
        a.joins.retain(|j| j.0 != action);
    };
    let pay = |a: &mut Allocation, action: usize, source: usize, period: usize, eur: f64| {
        a.funding.push(Funding {
            action,
            source,
            period,
            amount_eur: eur,
        })
    };
    let mut exact = None;
    match kind {
        // An answer of the wrong form: one action's scale missing.
        RuleKind::Shape => {
            a.scale.pop();
        }
        // courses at scale 0.3, below its min_scale 0.5.
        RuleKind::Scale => a.scale[COURSES] = 0.3,
        // ERDF (category access only) takes over ESF+'s 2025 payments to core and courses
        // (its spend_by is 2025). Amounts, budgets and shares stay within limits: only
        // eligibility breaks.
        RuleKind::Eligibility => {
            for f in a
                .funding
                .iter_mut()
                .filter(|f| f.source == ESF && f.period == 0)
            {
                f.source = ERDF;
            }
            exact = Some(vec!["eligibility"]);
        }
        // courses stays funded but loses its money from sources.
        RuleKind::Covered => a.funding.retain(|f| f.action != COURSES),
        // Own money in 2025 is capped at 2000; 2500 more for core breaks it (and coverage).
        RuleKind::SourcePeriod => pay(&mut a, CORE, OWN, 0, 2500.0),
        // ESF+ pays 3400 of its 4000; 1000 more breaks the total (and coverage).
        RuleKind::SourceTotal => pay(&mut a, CORE, ESF, 1, 1000.0),
        // ESF+ pays 1900 of core (cap: 85% of 2000 = 1700; max_grant 1800 breaks too).
        RuleKind::Share => {
            let more = 1900.0 - esf_to(&a, CORE);
            pay(&mut a, CORE, ESF, 1, more);
        }
        // ESF+ gives courses only 100 (min_grant 500); own money pays the rest.
        RuleKind::GrantSize => {
            let rest = esf_to(&a, COURSES) - 100.0;
            a.funding
                .retain(|f| !(f.action == COURSES && f.source == ESF));
            pay(&mut a, COURSES, ESF, 0, 100.0);
            pay(&mut a, COURSES, OWN, 0, rest);
        }
        // The library's cash and hours go to the funded action it did not join.
        RuleKind::PartnerContributions => {
            let joined = a.joins[0].0;
            let other = if joined == CORE { COURSES } else { CORE };
            for c in &mut a.contributions {
                c.action = other;
            }
        }
        // The library (max_actions 1) joins the other funded action too.
        RuleKind::PartnerCapacity => {
            let joined = a.joins[0].0;
            let other = if joined == CORE { COURSES } else { CORE };
            a.joins.push((other, 0));
            a.joins.sort_unstable();
            exact = Some(vec!["partner capacity"]);
        }
        // Without the library's hours 2025 needs 90 municipal hours; the capacity is 80.
        RuleKind::Staff => {
            for c in &mut a.contributions {
                c.hours = 0.0;
            }
            exact = Some(vec!["staff capacity"]);
        }
        // core (must) dropped: courses requires it.
        RuleKind::Requires | RuleKind::Must => drop(&mut a, CORE),
        // hub (excludes courses) and big (never) funded.
        RuleKind::Excludes | RuleKind::Never => {
            a.scale[HUB] = 1.0;
            a.scale[BIG] = 1.0;
        }
        // courses dropped: people = 1 < the hard target 5.
        RuleKind::Targets => drop(&mut a, COURSES),
        // ERDF pays core 100 EUR in 2026, after its spend_by 2025 (and for an action it may
        // not fund, over its cost).
        RuleKind::SpendBy => pay(&mut a, CORE, ERDF, 1, 100.0),
        RuleKind::Past => unreachable!("the verifier case is not a re-plan"),
        // courses, which has no latest_start, starts a year late: its money stays in 2025.
        RuleKind::Timing => {
            a.delay = vec![0; a.scale.len()];
            a.delay[COURSES] = 1;
        }
    }
    (a, exact)
}

#[test]
fn every_kind_of_rule_has_a_tampered_plan_the_verifier_catches() {
    let (_plan, scenario, base) = verifier_case();
    // Only a re-plan has a past to keep: tests/replan.rs breaks it.
    for kind in RuleKind::ALL.into_iter().filter(|k| *k != RuleKind::Past) {
        let (tampered, exact) = tampered(kind, &base);
        let rules = broken_rules(&scenario, &tampered);
        assert!(rules.contains(&kind.name()), "{kind}: {rules:?}");
        if let Some(exact) = exact {
            assert_eq!(rules, exact, "{kind}");
        }
    }
}

#[test]
fn every_kind_of_rule_but_the_verifiers_own_tags_model_constraints() {
    // The model's rules cover every kind, except the form of an answer, eligibility and spending
    // deadlines, which the model has by construction (it has no variable for an ineligible pair
    // or a period after a source's spend_by), and the past, which only a re-plan has
    // (tests/replan.rs).
    let (_plan, scenario, _) = verifier_case();
    let model = fundmix::model::FundingModel::build(&scenario);
    let mut kinds: Vec<RuleKind> = model.rules.iter().map(|r| r.kind()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    let mut expected: Vec<RuleKind> = RuleKind::ALL
        .into_iter()
        .filter(|k| {
            !matches!(
                k,
                RuleKind::Shape | RuleKind::Eligibility | RuleKind::SpendBy | RuleKind::Past
            )
        })
        .collect();
    expected.sort_unstable();
    assert_eq!(kinds, expected);
}
