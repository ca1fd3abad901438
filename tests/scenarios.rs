//! Scenario variants: `extends` chains, every what-if override, their problems and `fundmix show`.
//!
//! Every test starts from the same small two-year plan (below), checked by hand:
//!
//! | action | category | cost 2025 / 2026 | staff h/yr | people | points |
//! |---|---|---:|---:|---:|---:|
//! | A | skills | 100 / 100 | 10 | 30 | 1 |
//! | B | skills | 50 / 50 | 10 | 20 | 1 |
//! | C | access | 40 / 40 | 10 | 10 | 1 |
//!
//! Sources: `own` (own budget, 100 per year, no total), `eu` (200 in total, at most 50% of an
//! action's cost, skills only). Partner `bank`: 20 EUR cash for the whole plan, skills only.
//! Hard target: people ≥ 30. Objective max-impact, every weight 1 (objective = people + points).
//!
//! Baseline by hand: all three cost 380, but the money is at most own 200 + eu 150 (half of A and
//! B) + bank 20 = 370, so at most two actions. A+B = 50 + 2 = 52, A+C = 42, B+C = 32: the optimum
//! is A+B, 52; ties go to the least own money: eu 150, bank 20, own 130.

mod common;

use assert_cmd::Command;
use common::TempPlan;
use fundmix::domain::{Objective, Offer, Scenario, Status};
use fundmix::result::ScenarioResult;
use fundmix::solve::{SolveOptions, SolveStatus};
use fundmix::validate::load_scenario;
use std::fs;
use std::path::Path;

// ---------------------------------------------------------------------------------------------
// The plan and helpers
// ---------------------------------------------------------------------------------------------

const ACTIONS: &str = "\
id,name,category,cost_2025,cost_2026,staff_hours_2025,staff_hours_2026,impact_people,impact_points
A,Action A,skills,100,100,10,10,30,1
B,Action B,skills,50,50,10,10,20,1
C,Action C,access,40,40,10,10,10,1
";
const SOURCES: &str = "\
id,kind,budget,budget_2025,budget_2026,max_share,eligible
own,own,,100,100,1,
eu,eu,200,,,0.5,skills
";
const PARTNERS: &str = "id,cash,eligible\nbank,20,skills\n";
const TARGETS: &str = "indicator,min,hard,penalty\npeople,30,true,0\n";

/// The base scenario, next to the plan folder.
const BASE: &str = "name = \"Base\"\nplan = \"plan\"\n";

const TOL: f64 = 1e-6;

fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!(
        (actual - expected).abs() <= TOL * expected.abs().max(1.0),
        "{what}: got {actual}, expected {expected}"
    );
}

/// The plan folder with `base.toml` beside it.
fn setup() -> TempPlan {
    let plan = TempPlan::new(&[
        ("actions.csv", ACTIONS),
        ("sources.csv", SOURCES),
        ("partners.csv", PARTNERS),
        ("targets.csv", TARGETS),
    ]);
    plan.scenario("base.toml", BASE);
    plan
}

fn load(path: &Path) -> Scenario {
    load_scenario(path).unwrap_or_else(|e| panic!("the scenario should load: {e}"))
}

/// `v.toml` = `extends = "base.toml"` plus `overrides`, resolved.
fn variant(overrides: &str) -> (TempPlan, Scenario) {
    let plan = setup();
    let path = plan.scenario("v.toml", &format!("extends = \"base.toml\"\n{overrides}"));
    let scenario = load(&path);
    (plan, scenario)
}

fn solve(scenario: &Scenario) -> ScenarioResult {
    fundmix::solve_scenario(scenario, &SolveOptions::default())
        .unwrap_or_else(|e| panic!("solving failed: {e}"))
}

/// Solves and asserts a verified, proven optimal plan with this objective and these actions.
fn assert_optimum(scenario: &Scenario, objective: f64, funded: &[&str]) -> ScenarioResult {
    let r = solve(scenario);
    assert_eq!(r.status, SolveStatus::Optimal, "status");
    assert!(r.verified, "the plan should pass the independent check");
    assert_close(r.objective.expect("an objective"), objective, "objective");
    let ids: Vec<&str> = r.selected.iter().map(|s| s.action.as_str()).collect();
    assert_eq!(ids, funded, "funded actions");
    for s in &r.selected {
        assert_close(s.scale, 1.0, &format!("scale of {}", s.action));
    }
    r
}

fn assert_infeasible(scenario: &Scenario) {
    let r = solve(scenario);
    assert_eq!(r.status, SolveStatus::Infeasible, "status");
    assert!(r.objective.is_none() && r.selected.is_empty());
}

fn source_used(r: &ScenarioResult, id: &str) -> f64 {
    r.sources.iter().find(|s| s.source == id).unwrap().used_eur
}

fn source_used_in(r: &ScenarioResult, id: &str, period: &str) -> f64 {
    let source = r.sources.iter().find(|s| s.source == id).unwrap();
    source
        .periods
        .iter()
        .find(|p| p.period == period)
        .unwrap()
        .used_eur
}

fn source<'a>(s: &'a Scenario, id: &str) -> &'a fundmix::domain::Source {
    s.plan.sources.iter().find(|x| x.id == id).unwrap()
}

fn action<'a>(s: &'a Scenario, id: &str) -> &'a fundmix::domain::Action {
    s.plan.actions.iter().find(|x| x.id == id).unwrap()
}

fn partner<'a>(s: &'a Scenario, id: &str) -> &'a fundmix::domain::Partner {
    s.plan.partners.iter().find(|x| x.id == id).unwrap()
}

fn fundmix() -> Command {
    Command::cargo_bin("fundmix").unwrap()
}

/// Runs `fundmix <args>` in the temporary folder and returns stdout (exit code 0).
fn cli_ok(plan: &TempPlan, args: &[&str]) -> String {
    let out = fundmix()
        .current_dir(plan.dir.path())
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Writes `v.toml` (extending base.toml with `overrides`), runs `fundmix show v.toml` and
/// `fundmix solve v.toml --out out` in the temporary folder, and asserts that both exit with 2,
/// print exactly one problem, `problem` (with its "how to fix" line), and write nothing.
fn assert_override_error(overrides: &str, problem: &str) {
    let plan = setup();
    plan.scenario("v.toml", &format!("extends = \"base.toml\"\n{overrides}"));
    assert_cli_error(&plan, "v.toml", &[problem]);
}

/// Runs `show` and `solve` on `file` in the plan's folder: exit code 2, exactly these problems.
fn assert_cli_error(plan: &TempPlan, file: &str, problems: &[&str]) {
    let mut expected = format!(
        "Error: the input has {} problem{} (nothing was written):\n",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    for (i, p) in problems.iter().enumerate() {
        expected.push_str(&format!("  {}. {p}\n", i + 1));
    }
    // `eprintln!` ends the list with an empty line.
    expected.push('\n');
    // `fundmix show`: nothing on stdout.
    let out = fundmix()
        .current_dir(plan.dir.path())
        .args(["show", file])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "exit code of show");
    assert_eq!(String::from_utf8_lossy(&out.stderr), expected);
    assert!(out.stdout.is_empty());
    // `fundmix solve`: the same problems, and no report folder.
    let out = fundmix()
        .current_dir(plan.dir.path())
        .args(["solve", file, "--out", "out"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "exit code of solve");
    assert_eq!(String::from_utf8_lossy(&out.stderr), expected);
    assert!(!plan.dir.path().join("out").exists(), "nothing is written");
}

// ---------------------------------------------------------------------------------------------
// The base plan itself (so that the variants below differ from a checked optimum)
// ---------------------------------------------------------------------------------------------

#[test]
fn base_scenario_optimum_by_hand() {
    let plan = setup();
    let base = load(&plan.dir.path().join("base.toml"));
    assert_eq!(base.name, "Base");
    let r = assert_optimum(&base, 52.0, &["A", "B"]);
    assert_close(r.money.own_eur, 130.0, "own money");
    assert_close(source_used(&r, "eu"), 150.0, "eu");
    assert_close(r.money.partner_cash_eur, 20.0, "bank cash");
}

// ---------------------------------------------------------------------------------------------
// Inheritance
// ---------------------------------------------------------------------------------------------

#[test]
fn child_overrides_parent_key_by_key() {
    let plan = setup();
    plan.scenario(
        "parent.toml",
        "name = \"Parent\"\nplan = \"plan\"\nobjective = \"min-own-cost\"\nstaff_capacity = 30\n\
         cost_factor = 2\n[weights]\npeople = 2\npoints = 3\n[sources.eu]\nbudget = 90\nmax_share = 0.4\n",
    );
    let child = plan.scenario(
        "child.toml",
        "extends = \"parent.toml\"\nname = \"Child\"\nobjective = \"max-impact\"\n\
         [weights]\npoints = 5\n[sources.eu]\nmax_share = 0.8\n",
    );
    let parent = load(&plan.dir.path().join("parent.toml"));
    assert_eq!(parent.objective, Objective::MinOwnCost);
    assert_eq!(parent.weights, vec![2.0, 3.0]);

    let s = load(&child);
    assert_eq!(s.name, "Child");
    // Keys the child sets replace the parent's ...
    assert_eq!(s.objective, Objective::MaxImpact);
    assert_close(source(&s, "eu").max_share, 0.8, "eu max_share (child)");
    // ... tables merge key by key: weights.people from the parent, weights.points from the child
    assert_eq!(s.weights, vec![2.0, 5.0]);
    // ... and everything else is inherited.
    assert_eq!(s.staff_capacity_hours, Some(vec![30.0, 30.0]));
    assert_eq!(source(&s, "eu").budget_total_eur, Some(90.0));
    assert_eq!(action(&s, "A").cost_eur, vec![200.0, 200.0]);
    assert_eq!(s.plan.folder, plan.plan());
}

// base → mid → leaf. mid: costs ×2, A never, eu total 100. leaf: costs ×0.5 (replaces mid's
// factor: ×0.5 of the plan, not ×1), eu max_share 1 (merged with mid's eu budget 100).
//
// mid by hand: B 200, C 160, A never. Money: own 200 + eu ≤ 100 (half of B) + bank 20 = 320 <
// 360 for B+C; B alone (20 people) or C alone (10) misses the hard target of 30: infeasible.
//
// leaf by hand: A never, B 25/25, C 20/20: B+C = 90, well within own 200: 30 + 2 = 32.
#[test]
fn grandchild_chain_merges_every_level() {
    let plan = setup();
    plan.scenario(
        "mid.toml",
        "extends = \"base.toml\"\nname = \"Mid\"\ncost_factor = 2\n\
         [actions.A]\nstatus = \"never\"\n[sources.eu]\nbudget = 100\n",
    );
    let leaf_path = plan.scenario(
        "leaf.toml",
        "extends = \"mid.toml\"\nname = \"Leaf\"\ncost_factor = 0.5\n[sources.eu]\nmax_share = 1\n",
    );
    let mid = load(&plan.dir.path().join("mid.toml"));
    assert_eq!(action(&mid, "B").cost_eur, vec![100.0, 100.0]);
    assert_eq!(action(&mid, "A").status, Status::Never);
    assert_eq!(source(&mid, "eu").budget_total_eur, Some(100.0));
    assert_close(source(&mid, "eu").max_share, 0.5, "mid eu share");
    assert_infeasible(&mid);

    let leaf = load(&leaf_path);
    assert_eq!(leaf.name, "Leaf");
    assert_eq!(leaf.plan.folder, plan.plan(), "plan from the base");
    assert_eq!(action(&leaf, "A").cost_eur, vec![50.0, 50.0]);
    assert_eq!(action(&leaf, "B").cost_eur, vec![25.0, 25.0]);
    assert_eq!(action(&leaf, "C").cost_eur, vec![20.0, 20.0]);
    assert_eq!(action(&leaf, "A").status, Status::Never, "from mid");
    assert_eq!(action(&leaf, "B").status, Status::Free);
    assert_eq!(
        source(&leaf, "eu").budget_total_eur,
        Some(100.0),
        "from mid"
    );
    assert_close(source(&leaf, "eu").max_share, 1.0, "from leaf");
    assert_optimum(&leaf, 32.0, &["B", "C"]);
}

#[test]
fn plan_is_relative_to_the_file_that_sets_it() {
    let plan = setup();
    let variants = plan.dir.path().join("variants");
    fs::create_dir(&variants).unwrap();
    // Only the parent sets `plan`: relative to the parent's folder, not the child's.
    let child = variants.join("child.toml");
    fs::write(&child, "extends = \"../base.toml\"\nname = \"Child\"\n").unwrap();
    let s = load(&child);
    assert_eq!(s.plan.folder, variants.join("../plan"));
    assert_eq!(s.plan.actions.len(), 3);
    assert_eq!(s.source_file, child);

    // The child sets it: relative to the child.
    let own = variants.join("own_plan.toml");
    fs::write(&own, "extends = \"../base.toml\"\nplan = \"../plan\"\n").unwrap();
    assert_eq!(load(&own).plan.folder, variants.join("../plan"));

    // `plan = "plan"` in the child means variants/plan, which does not exist.
    fs::write(
        variants.join("bad_plan.toml"),
        "extends = \"../base.toml\"\nplan = \"plan\"\n",
    )
    .unwrap();
    assert_cli_error(
        &plan,
        "variants/bad_plan.toml",
        &["variants/bad_plan.toml, line 2, key 'plan': the plan folder 'variants/plan' does not exist\n    \
           how to fix: set `plan` to the folder holding actions.csv and sources.csv, relative to this scenario file"],
    );
}

#[test]
fn name_defaults_to_the_child_file_stem() {
    let plan = setup();
    // The parent is named "Base"; a child without a name is named after its own file.
    let child = plan.scenario("esf_cut.toml", "extends = \"base.toml\"\n");
    assert_eq!(load(&child).name, "esf_cut");
    // A grandchild without a name likewise, even when its parent has one.
    plan.scenario("named.toml", "extends = \"base.toml\"\nname = \"Named\"\n");
    let grandchild = plan.scenario("deeper.toml", "extends = \"named.toml\"\n");
    assert_eq!(load(&grandchild).name, "deeper");
    assert_eq!(load(&plan.dir.path().join("named.toml")).name, "Named");
    // No file names it: the stem of the file loaded.
    let bare = plan.scenario("bare.toml", "plan = \"plan\"\n");
    assert_eq!(load(&bare).name, "bare");
    // And `fundmix show` says so.
    let shown = cli_ok(&plan, &["show", "esf_cut.toml"]);
    assert!(shown.starts_with("Scenario:       esf_cut\n"), "{shown}");
}

// ---------------------------------------------------------------------------------------------
// Every override, on the resolved scenario and (for most) on the optimum
// ---------------------------------------------------------------------------------------------

// Budgets halved: own 50/yr, eu 100 in total. A+B needs 300 > 100 + 100 + 20; A+C 280 and B+C
// 180 > own 100 + eu 50 + bank 20 = 170 do not fit either. A alone: eu 100 (its half), own 80,
// bank 20 → 31, and 30 people meet the target.
#[test]
fn budget_factor_multiplies_every_budget() {
    let (_p, s) = variant("budget_factor = 0.5\n");
    assert_eq!(source(&s, "own").budget_eur, vec![Some(50.0), Some(50.0)]);
    assert_eq!(
        source(&s, "own").budget_total_eur,
        None,
        "no cap stays no cap"
    );
    assert_eq!(source(&s, "eu").budget_total_eur, Some(100.0));
    assert_eq!(source(&s, "eu").budget_eur, vec![None, None]);
    // Nothing else changes.
    assert_close(source(&s, "eu").max_share, 0.5, "eu share");
    assert_eq!(action(&s, "A").cost_eur, vec![100.0, 100.0]);
    let r = assert_optimum(&s, 31.0, &["A"]);
    assert_close(source_used(&r, "eu"), 100.0, "eu");
}

// eu capped at 50 in total: A+B 300 and A+C 280 > own 200 + eu 50 + bank 20 = 270; B+C = 180
// fits: 32.
#[test]
fn source_budget_override() {
    let (_p, s) = variant("[sources.eu]\nbudget = 50\n");
    assert_eq!(source(&s, "eu").budget_total_eur, Some(50.0));
    assert_eq!(source(&s, "own").budget_total_eur, None);
    let r = assert_optimum(&s, 32.0, &["B", "C"]);
    assert!(source_used(&r, "eu") <= 50.0 + TOL);
}

// own's 2026 budget down to 60: A+B still fits (own ≤ 100 + 60, eu 150, bank 20 ≥ 300), so the
// optimum stays 52, with at most 60 of own money in 2026. A budget for a period of a source
// that had none (eu) becomes a cap for that period.
#[test]
fn source_budget_per_period_override() {
    let (_p, s) = variant("[sources.own]\nbudget_2026 = 60\n[sources.eu]\nbudget_2025 = 70\n");
    assert_eq!(source(&s, "own").budget_eur, vec![Some(100.0), Some(60.0)]);
    assert_eq!(source(&s, "own").budget_total_eur, None);
    assert_eq!(source(&s, "eu").budget_eur, vec![Some(70.0), None]);
    assert_eq!(source(&s, "eu").budget_total_eur, Some(200.0));
    let r = assert_optimum(&s, 52.0, &["A", "B"]);
    assert!(source_used_in(&r, "own", "2026") <= 60.0 + TOL);
    assert!(source_used_in(&r, "eu", "2025") <= 70.0 + TOL);
    assert_close(r.money.own_eur, 130.0, "own money");
}

// An explicit budget is taken as written; `budget_factor` scales the plan's budgets.
#[test]
fn explicit_budgets_are_not_scaled_by_budget_factor() {
    let (_p, s) = variant("budget_factor = 0.5\n[sources.eu]\nbudget = 120\n");
    assert_eq!(source(&s, "eu").budget_total_eur, Some(120.0));
    assert_eq!(source(&s, "own").budget_eur, vec![Some(50.0), Some(50.0)]);
}

// Regression: a budget_factor in a variant did not scale a budget its base set explicitly, so
// "every budget -10%" left that one whole. The factor scales the plan's budgets and those the
// files before it wrote; a budget in the factor's own file, or a later one, is taken as written.
// A variant's factor replaces its base's (of the plan's budgets), as every key does.
#[test]
fn budget_factor_in_a_variant_did_not_scale_the_bases_explicit_budgets() {
    let plan = setup();
    plan.scenario(
        "mid.toml",
        "extends = \"base.toml\"\n[sources.eu]\nbudget = 120\n[sources.own]\nbudget_2026 = 80\n",
    );
    let cut = load(&plan.scenario("cut.toml", "extends = \"mid.toml\"\nbudget_factor = 0.5\n"));
    assert_eq!(source(&cut, "eu").budget_total_eur, Some(60.0), "120 × 0.5");
    assert_eq!(
        source(&cut, "own").budget_eur,
        vec![Some(50.0), Some(40.0)],
        "plan 100 × 0.5, mid 80 × 0.5"
    );

    // In the same file as the factor: as written.
    let same = load(&plan.scenario(
        "same.toml",
        "extends = \"mid.toml\"\nbudget_factor = 0.5\n[sources.eu]\nbudget = 100\n",
    ));
    assert_eq!(source(&same, "eu").budget_total_eur, Some(100.0));
    assert_eq!(
        source(&same, "own").budget_eur,
        vec![Some(50.0), Some(40.0)]
    );

    // In a file after the factor's: as written; the factor still applies to the rest.
    plan.scenario(
        "half.toml",
        "extends = \"base.toml\"\nbudget_factor = 0.5\n",
    );
    let later = load(&plan.scenario(
        "later.toml",
        "extends = \"half.toml\"\n[sources.eu]\nbudget = 150\n",
    ));
    assert_eq!(source(&later, "eu").budget_total_eur, Some(150.0));
    assert_eq!(
        source(&later, "own").budget_eur,
        vec![Some(50.0), Some(50.0)]
    );

    // A variant's factor replaces its base's: 0.8 of the plan, not 0.8 × 0.5.
    let again = load(&plan.scenario(
        "again.toml",
        "extends = \"half.toml\"\nbudget_factor = 0.8\n",
    ));
    assert_eq!(
        source(&again, "own").budget_eur,
        vec![Some(80.0), Some(80.0)]
    );
    assert_eq!(source(&again, "eu").budget_total_eur, Some(160.0));

    // `show` prints the scaled budgets.
    let shown = cli_ok(&plan, &["show", "cut.toml"]);
    assert!(shown.contains("total 60;"), "{shown}");
}

// eu may pay all of a skills action: all three (380) ≤ own 200 + eu 200 + bank 20, and per year
// 190 ≤ own 100 + eu (no yearly cap) + bank: 60 + 3 = 63.
#[test]
fn source_max_share_override() {
    let (_p, s) = variant("[sources.eu]\nmax_share = 1\n");
    assert_close(source(&s, "eu").max_share, 1.0, "eu share");
    assert_optimum(&s, 63.0, &["A", "B", "C"]);
}

// Without eu: own 200 + bank 20. A+B 300, A+C 280 too much; B+C = 180 fits: 32.
#[test]
fn source_disabled_funds_nothing() {
    let (_p, s) = variant("[sources.eu]\nenabled = false\n");
    assert!(source(&s, "eu").eligible.iter().all(|e| !e));
    assert!(source(&s, "own").eligible.iter().all(|e| *e));
    assert_eq!(
        source(&s, "eu").budget_total_eur,
        Some(200.0),
        "the budget stays"
    );
    let r = assert_optimum(&s, 32.0, &["B", "C"]);
    assert_close(source_used(&r, "eu"), 0.0, "eu used");
    // `enabled = true` changes nothing.
    let (_p, s) = variant("[sources.eu]\nenabled = true\n");
    assert_eq!(source(&s, "eu").eligible, vec![true, true, false]);
}

// Costs doubled: A 400, B 200, C 160. A alone: eu 200, own 200 (100 a year), 31. B+C 360 >
// own 200 + eu 100 + bank 20; B alone misses the target.
#[test]
fn cost_factor_multiplies_every_cost() {
    let (_p, s) = variant("cost_factor = 2\n");
    assert_eq!(action(&s, "A").cost_eur, vec![200.0, 200.0]);
    assert_eq!(action(&s, "B").cost_eur, vec![100.0, 100.0]);
    assert_eq!(action(&s, "C").cost_eur, vec![80.0, 80.0]);
    assert_eq!(
        action(&s, "A").staff_hours,
        vec![10.0, 10.0],
        "hours unchanged"
    );
    assert_eq!(source(&s, "own").budget_eur, vec![Some(100.0), Some(100.0)]);
    let r = assert_optimum(&s, 31.0, &["A"]);
    assert_close(r.money.total_cost_eur, 400.0, "total cost");
}

// A at half cost (100): all three cost 280 ≤ own 200 + eu 100 + bank 20, 140 a year: 63.
#[test]
fn action_cost_factor_applies_on_top_of_the_global_one() {
    let (_p, s) = variant("[actions.A]\ncost_factor = 0.5\n");
    assert_eq!(action(&s, "A").cost_eur, vec![50.0, 50.0]);
    assert_eq!(action(&s, "B").cost_eur, vec![50.0, 50.0]);
    assert_optimum(&s, 63.0, &["A", "B", "C"]);

    let (_p, s) = variant("cost_factor = 2\n[actions.A]\ncost_factor = 0.25\n");
    assert_eq!(action(&s, "A").cost_eur, vec![50.0, 50.0], "100 × 2 × 0.25");
    assert_eq!(action(&s, "B").cost_eur, vec![100.0, 100.0], "50 × 2");
}

// A never: B+C, 32. C must: C plus the best partner for it, A (280 ≤ own 200 + eu 100 + bank 20;
// 140 a year): 42.
#[test]
fn action_status_override() {
    let (_p, s) = variant("[actions.A]\nstatus = \"never\"\n");
    assert_eq!(action(&s, "A").status, Status::Never);
    assert_optimum(&s, 32.0, &["B", "C"]);

    let (_p, s) = variant("[actions.C]\nstatus = \"must\"\n");
    assert_eq!(action(&s, "C").status, Status::Must);
    assert_optimum(&s, 42.0, &["A", "C"]);
}

// The parent makes C a must; the child frees it again: back to the base optimum A+B.
#[test]
fn action_status_free_undoes_a_parent_must() {
    let plan = setup();
    plan.scenario(
        "must_c.toml",
        "extends = \"base.toml\"\n[actions.C]\nstatus = \"must\"\n",
    );
    let free = plan.scenario(
        "free_c.toml",
        "extends = \"must_c.toml\"\n[actions.C]\nstatus = \"free\"\n",
    );
    let s = load(&free);
    assert_eq!(action(&s, "C").status, Status::Free);
    assert_optimum(&s, 52.0, &["A", "B"]);
}

// Without the bank's 20: A+B = 300 ≤ own 200 + eu 150 still, 52, but own money rises to 150.
#[test]
fn partner_disabled_joins_nothing() {
    let (_p, s) = variant("[partners.bank]\nenabled = false\n");
    assert!(partner(&s, "bank").eligible.iter().all(|e| !e));
    assert_eq!(
        partner(&s, "bank").cash_eur,
        Offer::Total(20.0),
        "offer kept"
    );
    let r = assert_optimum(&s, 52.0, &["A", "B"]);
    assert_close(r.money.partner_cash_eur, 0.0, "bank cash");
    assert_close(r.money.own_eur, 150.0, "own money");
    let bank = r.partners.iter().find(|p| p.partner == "bank").unwrap();
    assert!(bank.actions.is_empty(), "{:?}", bank.actions);
}

// The bank gives 100: all three, 380 ≤ own 200 + eu 150 + bank 100 (190 a year): 63.
#[test]
fn partner_cash_override_total_or_per_period() {
    let (_p, s) = variant("[partners.bank]\ncash = 100\n");
    assert_eq!(partner(&s, "bank").cash_eur, Offer::Total(100.0));
    let r = assert_optimum(&s, 63.0, &["A", "B", "C"]);
    assert!(r.money.partner_cash_eur <= 100.0 + TOL);

    // A table per period; a period left out offers nothing.
    let (_p, s) = variant("[partners.bank]\ncash = { \"2025\" = 10, \"2026\" = 5 }\n");
    assert_eq!(
        partner(&s, "bank").cash_eur,
        Offer::PerPeriod(vec![10.0, 5.0])
    );
    let (_p, s) = variant("[partners.bank]\ncash = { \"2026\" = 7 }\n");
    assert_eq!(
        partner(&s, "bank").cash_eur,
        Offer::PerPeriod(vec![0.0, 7.0])
    );
}

// 10 staff hours a year: only one action (A, 31). With the bank's hours (10 a year, or 20 for
// the whole plan) relieving the staff of one skills action, A+B fit again: 52.
#[test]
fn partner_staff_hours_and_staff_capacity_overrides() {
    let (_p, s) = variant("staff_capacity = 10\n");
    assert_eq!(s.staff_capacity_hours, Some(vec![10.0, 10.0]));
    assert_eq!(partner(&s, "bank").staff_hours, Offer::None);
    assert_optimum(&s, 31.0, &["A"]);

    let (_p, s) = variant(
        "staff_capacity = 10\n[partners.bank]\nstaff_hours = { \"2025\" = 10, \"2026\" = 10 }\n",
    );
    assert_eq!(
        partner(&s, "bank").staff_hours,
        Offer::PerPeriod(vec![10.0, 10.0])
    );
    let r = assert_optimum(&s, 52.0, &["A", "B"]);
    let bank = r.partners.iter().find(|p| p.partner == "bank").unwrap();
    assert_close(bank.hours, 20.0, "bank hours");

    let (_p, s) = variant("staff_capacity = 10\n[partners.bank]\nstaff_hours = 20\n");
    assert_eq!(partner(&s, "bank").staff_hours, Offer::Total(20.0));
    assert_optimum(&s, 52.0, &["A", "B"]);
}

#[test]
fn staff_capacity_override_replaces_the_parents() {
    let plan = setup();
    plan.scenario(
        "roomy.toml",
        "extends = \"base.toml\"\nstaff_capacity = 30\n",
    );
    let tight = plan.scenario(
        "tight.toml",
        "extends = \"roomy.toml\"\nstaff_capacity = { \"2025\" = 10, \"2026\" = 20 }\n",
    );
    let roomy = load(&plan.dir.path().join("roomy.toml"));
    assert_eq!(roomy.staff_capacity_hours, Some(vec![30.0, 30.0]));
    assert_optimum(&roomy, 52.0, &["A", "B"]);
    let s = load(&tight);
    assert_eq!(s.staff_capacity_hours, Some(vec![10.0, 20.0]));
    // One action's hours in 2025: A alone.
    assert_optimum(&s, 31.0, &["A"]);
}

// Regression: a `staff_capacity` table in a variant replaced the base's whole, so a variant
// naming one year lost the others ("no capacity is given for the period"). It merges period by
// period like the other tables; a number still sets every period.
#[test]
fn staff_capacity_table_in_a_variant_replaced_the_bases_whole() {
    let plan = setup();
    plan.scenario(
        "yearly.toml",
        "extends = \"base.toml\"\nstaff_capacity = { \"2025\" = 30, \"2026\" = 40 }\n",
    );
    plan.scenario(
        "flat.toml",
        "extends = \"base.toml\"\nstaff_capacity = 30\n",
    );
    let cases = [
        // (file, text, hours per period)
        (
            "a.toml",
            "extends = \"yearly.toml\"\nstaff_capacity = { \"2026\" = 10 }\n",
            [30.0, 10.0],
        ),
        (
            "b.toml",
            "extends = \"flat.toml\"\nstaff_capacity = { \"2025\" = 10 }\n",
            [10.0, 30.0],
        ),
        (
            "c.toml",
            "extends = \"yearly.toml\"\nstaff_capacity = 20\n",
            [20.0, 20.0],
        ),
        (
            "d.toml",
            "extends = \"b.toml\"\nstaff_capacity = { \"2026\" = 5 }\n",
            [10.0, 5.0],
        ),
    ];
    for (file, text, hours) in cases {
        let s = load(&plan.scenario(file, text));
        assert_eq!(s.staff_capacity_hours, Some(hours.to_vec()), "{file}");
    }
    // 10 hours in 2025: one action (A, 31).
    let s = load(&plan.dir.path().join("b.toml"));
    assert_optimum(&s, 31.0, &["A"]);
    let shown = cli_ok(&plan, &["show", "d.toml"]);
    assert!(shown.contains("Staff capacity: 10 / 5 hours\n"), "{shown}");
}

// A bad period value is located in the file that wrote it, even when a variant sets another
// period; a period no file gives is a problem of the variant's table.
#[test]
fn staff_capacity_problems_are_located_per_period() {
    let plan = setup();
    plan.scenario(
        "parent.toml",
        "name = \"Parent\"\nplan = \"plan\"\n\nstaff_capacity = { \"2025\" = -1 }\n",
    );
    plan.scenario(
        "child.toml",
        "extends = \"parent.toml\"\n\nstaff_capacity = { \"2026\" = 5 }\n",
    );
    assert_cli_error(
        &plan,
        "child.toml",
        &["parent.toml, line 4, key 'staff_capacity.2025': -1 is not a number of hours, 0 or more\n    \
           how to fix: write hours per period as a number (staff_capacity = 4000) or a table per \
           period (staff_capacity = { \"2025\" = 1200, \"2026\" = 1300 })"],
    );
    plan.scenario(
        "only.toml",
        "extends = \"base.toml\"\n\n\nstaff_capacity = { \"2026\" = 5 }\n",
    );
    assert_cli_error(
        &plan,
        "only.toml",
        &["only.toml, line 4, key 'staff_capacity': no capacity is given for the period '2025'\n    \
           how to fix: add \"2025\" = <hours> to the staff_capacity table, or give one number for every period"],
    );
}

// People weigh nothing: every pair scores 2 points (people ≥ 30 still required); ties go to
// the least own money: B+C (own 110) before A+B (130) and A+C (160).
#[test]
fn weights_override() {
    let (_p, s) = variant("[weights]\npeople = 0\n");
    assert_eq!(s.weights, vec![0.0, 1.0]);
    let r = assert_optimum(&s, 2.0, &["B", "C"]);
    assert_close(r.money.own_eur, 110.0, "own money");
}

// Least own money with people ≥ 30: A alone (eu 100, bank 20, own 80) beats B+C (own 110).
#[test]
fn objective_override() {
    let (_p, s) = variant("objective = \"min-own-cost\"\n");
    assert_eq!(s.objective, Objective::MinOwnCost);
    let r = assert_optimum(&s, 80.0, &["A"]);
    assert_close(r.money.own_eur, 80.0, "own money");
}

// people ≥ 60 (hard) is out of reach (at most 50): infeasible. Soft with penalty 1: A+B with
// 10 short, 52 − 10 = 42 (A+C: 42 − 20).
#[test]
fn target_overrides_min_hard_penalty() {
    let (_p, s) = variant("[targets.people]\nmin = 60\n");
    assert_eq!(s.plan.targets.len(), 1);
    assert_close(s.plan.targets[0].min, 60.0, "min");
    assert!(s.plan.targets[0].hard);
    assert_infeasible(&s);

    let (_p, s) = variant("[targets.people]\nmin = 60\nhard = false\npenalty = 1\n");
    let t = &s.plan.targets[0];
    assert!(!t.hard);
    assert_close(t.penalty, 1.0, "penalty");
    let r = assert_optimum(&s, 42.0, &["A", "B"]);
    let people = r
        .indicators
        .iter()
        .find(|i| i.indicator == "people")
        .unwrap();
    assert_close(people.reached, 50.0, "people reached");
}

// A target for an indicator the plan had none for: points ≥ 3 (hard by default) needs all three
// actions, which the money cannot buy: infeasible. Soft with penalty 10: A+B, 1 point short,
// 52 − 10 = 42.
#[test]
fn target_override_creates_a_target() {
    let (_p, s) = variant("[targets.points]\nmin = 3\n");
    assert_eq!(s.plan.targets.len(), 2);
    let t = &s.plan.targets[1];
    assert_eq!(s.plan.indicators[t.indicator], "points");
    assert_close(t.min, 3.0, "min");
    assert!(t.hard, "a new target is hard unless it says otherwise");
    assert_close(t.penalty, 0.0, "penalty");
    assert_infeasible(&s);

    let (_p, s) = variant("[targets.points]\nmin = 3\nhard = false\npenalty = 10\n");
    assert_optimum(&s, 42.0, &["A", "B"]);
}

// ---------------------------------------------------------------------------------------------
// Problems in overrides: exit code 2, the exact message with file, line and key
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_source_id() {
    assert_override_error(
        "[sources.esf]\nbudget = 1\n",
        "v.toml, line 2, key 'sources.esf': 'esf' is not a source id in sources.csv\n    \
         how to fix: use one of: own, eu",
    );
}

#[test]
fn unknown_action_id() {
    assert_override_error(
        "\n[actions.Z]\nstatus = \"must\"\n",
        "v.toml, line 3, key 'actions.Z': 'Z' is not an action id in actions.csv\n    \
         how to fix: use one of: A, B, C",
    );
}

#[test]
fn unknown_partner_id() {
    assert_override_error(
        "[partners.telecom]\nenabled = false\n",
        "v.toml, line 2, key 'partners.telecom': 'telecom' is not a partner id in partners.csv\n    \
         how to fix: use one of: bank",
    );
}

#[test]
fn unknown_target_indicator() {
    assert_override_error(
        "[targets.jobs]\nmin = 3\n",
        "v.toml, line 2, key 'targets.jobs': 'jobs' is not an indicator of the plan (an 'impact_<indicator>' column of actions.csv)\n    \
         how to fix: use one of: people, points",
    );
}

#[test]
fn unknown_keys_in_each_table() {
    assert_override_error(
        "[sources.eu]\nbudgett = 1\n",
        "v.toml, line 3, key 'sources.eu.budgett': 'budgett' is not a setting here\n    \
         how to fix: use one of: budget, budget_<period> (a period of the plan), max_share, enabled, award_probability",
    );
    assert_override_error(
        "[sources.eu]\nbudget_2030 = 1\n",
        "v.toml, line 3, key 'sources.eu.budget_2030': '2030' is not a period of the plan\n    \
         how to fix: write budget_<period> for one of the periods: 2025, 2026",
    );
    assert_override_error(
        "[actions.A]\ncost = 1\n",
        "v.toml, line 3, key 'actions.A.cost': 'cost' is not a setting here\n    \
         how to fix: use one of: status, cost_factor",
    );
    assert_override_error(
        "[partners.bank]\nhours = 1\n",
        "v.toml, line 3, key 'partners.bank.hours': 'hours' is not a setting here\n    \
         how to fix: use one of: enabled, cash, staff_hours, commitment_probability",
    );
    assert_override_error(
        "[targets.people]\nmaximum = 1\n",
        "v.toml, line 3, key 'targets.people.maximum': 'maximum' is not a setting here\n    \
         how to fix: use one of: min, hard, penalty",
    );
}

#[test]
fn budget_for_a_period_of_a_single_period_plan() {
    let plan = TempPlan::new(&[
        ("actions.csv", "id,cost,impact_people\nA,100,10\n"),
        ("sources.csv", "id,kind,budget\nown,own,120\n"),
    ]);
    plan.scenario("base.toml", BASE);
    plan.scenario(
        "v.toml",
        "extends = \"base.toml\"\n[sources.own]\nbudget_2025 = 5\n",
    );
    assert_cli_error(
        &plan,
        "v.toml",
        &["v.toml, line 3, key 'sources.own.budget_2025': '2025' is not a period of the plan: it has a single period (actions.csv has a plain 'cost' column)\n    \
           how to fix: write the budget as budget = <EUR>"],
    );
}

#[test]
fn unknown_top_level_key() {
    assert_override_error(
        "budget_factr = 0.9\n",
        "v.toml, line 2: unknown field `budget_factr`, expected one of `name`, `plan`, `objective`, \
         `staff_capacity`, `support`, `weights`, `extends`, `budget_factor`, `cost_factor`, `sources`, `actions`, \
         `partners`, `targets`, `lang`, `risk`\n    \
         how to fix: write `key = value` lines; allowed keys: name, plan, extends, objective, support, \
         staff_capacity, budget_factor, cost_factor, [weights], [sources.<id>], [actions.<id>], \
         [partners.<id>], [targets.<indicator>], lang, [risk]; text goes in double quotes (name = \"Baseline\")",
    );
}

const FACTOR: &str = "a factor of 0 or more (0.9 = 10% less, 1.15 = 15% more)";

#[test]
fn bad_factor_values() {
    assert_override_error(
        "budget_factor = \"low\"\n",
        &format!("v.toml, line 2, key 'budget_factor': \"low\" is not {FACTOR}\n    how to fix: write {FACTOR}"),
    );
    assert_override_error(
        "cost_factor = -1\n",
        &format!(
            "v.toml, line 2, key 'cost_factor': -1 is not {FACTOR}\n    how to fix: write {FACTOR}"
        ),
    );
    assert_override_error(
        "[actions.A]\ncost_factor = \"x\"\n",
        &format!("v.toml, line 3, key 'actions.A.cost_factor': \"x\" is not {FACTOR}\n    how to fix: write {FACTOR}"),
    );
}

// Regression: amounts could grow without bound (or to infinity) through the factors and reach
// the solver. Anything above 10^15 EUR, after the factors, is an input problem at the key that
// made it so.
#[test]
fn factors_and_amounts_above_1e15_eur_are_refused() {
    let factor_fix = "how to fix: write a factor that keeps every amount at most 10^15 EUR, such \
                      as 0.9 (10% less) or 1.15 (15% more)";
    let amount_fix =
        "how to fix: write the amount in EUR, at most 10^15 EUR (1 000 000 000 000 000)";
    let cases = [
        (
            "budget_factor = 1e300\n",
            "line 2, key 'budget_factor': 1e300 makes the budget of source 'own'",
            factor_fix,
        ),
        // 100 EUR × 1e308 is infinite.
        (
            "cost_factor = 1e308\n",
            "line 2, key 'cost_factor': 1e308 makes the cost of action 'A'",
            factor_fix,
        ),
        (
            "[actions.B]\ncost_factor = 1e14\n",
            "line 3, key 'actions.B.cost_factor': 1e14 makes the cost of action 'B'",
            factor_fix,
        ),
        // Global and per-action factor together: the action's takes it over the limit.
        (
            "cost_factor = 1e6\n[actions.A]\ncost_factor = 1e8\n",
            "line 4, key 'actions.A.cost_factor': 1e8 makes the cost of action 'A'",
            factor_fix,
        ),
        (
            "[sources.eu]\nbudget = 2e15\n",
            "line 3, key 'sources.eu.budget': 2e15 EUR is",
            amount_fix,
        ),
        (
            "[sources.own]\nbudget_2025 = 1000000000000001\n",
            "line 3, key 'sources.own.budget_2025': 1.000000000000001e15 EUR is",
            amount_fix,
        ),
        (
            "[partners.bank]\ncash = { \"2025\" = 5e15 }\n",
            "line 3, key 'partners.bank.cash': 5e15 EUR is",
            amount_fix,
        ),
    ];
    for (overrides, problem, fix) in cases {
        let problem = format!("v.toml, {problem} more than fundmix accepts (10^15 EUR)\n    {fix}");
        assert_override_error(overrides, &problem);
    }
    // A budget_factor in a variant that takes a base's explicit budget over the limit.
    let plan = setup();
    plan.scenario(
        "big.toml",
        "extends = \"base.toml\"\n[sources.eu]\nbudget = 1e15\n",
    );
    plan.scenario("v.toml", "extends = \"big.toml\"\nbudget_factor = 1.5\n");
    assert_cli_error(
        &plan,
        "v.toml",
        &[&format!(
            "v.toml, line 2, key 'budget_factor': 1.5 makes the budget of source 'eu' more than \
             fundmix accepts (10^15 EUR)\n    {factor_fix}"
        )],
    );
    // Up to the limit is fine; so are large staff hours.
    let (_p, s) = variant("[sources.eu]\nbudget = 1e15\n[partners.bank]\nstaff_hours = 1e16\n");
    assert_eq!(source(&s, "eu").budget_total_eur, Some(1e15));
}

#[test]
fn bad_source_values() {
    assert_override_error(
        "[sources.eu]\nenabled = \"no\"\n",
        "v.toml, line 3, key 'sources.eu.enabled': \"no\" is not allowed here\n    how to fix: write true or false",
    );
    assert_override_error(
        "[sources.eu]\nmax_share = 1.5\n",
        "v.toml, line 3, key 'sources.eu.max_share': 1.5 is not a share between 0 and 1 (85% = 0.85)\n    \
         how to fix: write a share between 0 and 1 (85% = 0.85)",
    );
    assert_override_error(
        "[sources.eu]\nbudget = \"lots\"\n",
        "v.toml, line 3, key 'sources.eu.budget': \"lots\" is not an amount of 0 or more\n    \
         how to fix: write an amount of 0 or more",
    );
    assert_override_error(
        "[sources.own]\nbudget_2025 = -5\n",
        "v.toml, line 3, key 'sources.own.budget_2025': -5 is not an amount of 0 or more\n    \
         how to fix: write an amount of 0 or more",
    );
}

#[test]
fn bad_action_status() {
    assert_override_error(
        "[actions.A]\nstatus = \"maybe\"\n",
        "v.toml, line 3, key 'actions.A.status': \"maybe\" is not allowed here\n    \
         how to fix: write \"must\", \"never\" or \"free\" (the optimiser decides)",
    );
    assert_override_error(
        "[actions.A]\nstatus = true\n",
        "v.toml, line 3, key 'actions.A.status': true is not allowed here\n    \
         how to fix: write \"must\", \"never\" or \"free\" (the optimiser decides)",
    );
}

#[test]
fn bad_partner_values() {
    assert_override_error(
        "[partners.bank]\ncash = \"x\"\n",
        "v.toml, line 3, key 'partners.bank.cash': \"x\" is not allowed here\n    \
         how to fix: write one amount for the whole plan, or a table per period: { \"2025\" = 5000, \"2026\" = 5000 }",
    );
    assert_override_error(
        "[partners.bank]\nstaff_hours = { \"2030\" = 5 }\n",
        "v.toml, line 3, key 'partners.bank.staff_hours': '2030' is not a period of the plan\n    \
         how to fix: use the periods: 2025, 2026",
    );
    assert_override_error(
        "[partners.bank]\nstaff_hours = { \"2025\" = -5 }\n",
        "v.toml, line 3, key 'partners.bank.staff_hours': -5 is not an amount of 0 or more\n    \
         how to fix: write amounts of 0 or more",
    );
    assert_override_error(
        "[partners.bank]\nenabled = 0\n",
        "v.toml, line 3, key 'partners.bank.enabled': 0 is not allowed here\n    how to fix: write true or false",
    );
}

#[test]
fn bad_target_values() {
    assert_override_error(
        "[targets.people]\nhard = \"yes\"\n",
        "v.toml, line 3, key 'targets.people.hard': \"yes\" is not allowed here\n    how to fix: write true or false",
    );
    assert_override_error(
        "[targets.people]\nmin = -3\n",
        "v.toml, line 3, key 'targets.people.min': -3 is not an amount of 0 or more\n    \
         how to fix: write an amount of 0 or more",
    );
    assert_override_error(
        "[targets.people]\npenalty = \"high\"\n",
        "v.toml, line 3, key 'targets.people.penalty': \"high\" is not an amount of 0 or more\n    \
         how to fix: write an amount of 0 or more",
    );
}

#[test]
fn every_problem_of_a_variant_is_listed() {
    let plan = setup();
    plan.scenario(
        "v.toml",
        "extends = \"base.toml\"\ncost_factor = \"x\"\n[sources.esf]\nbudget = 1\n[actions.A]\ncost = 1\n",
    );
    assert_cli_error(
        &plan,
        "v.toml",
        &[
            &format!("v.toml, line 2, key 'cost_factor': \"x\" is not {FACTOR}\n    how to fix: write {FACTOR}"),
            "v.toml, line 3, key 'sources.esf': 'esf' is not a source id in sources.csv\n    \
             how to fix: use one of: own, eu",
            "v.toml, line 6, key 'actions.A.cost': 'cost' is not a setting here\n    \
             how to fix: use one of: status, cost_factor",
        ],
    );
}

#[test]
fn extends_loop() {
    let plan = setup();
    plan.scenario("a.toml", "extends = \"b.toml\"\nname = \"A\"\n");
    plan.scenario("b.toml", "# B\nextends = \"a.toml\"\n");
    assert_cli_error(
        &plan,
        "a.toml",
        &["b.toml, line 2, key 'extends': the 'extends' links form a loop: a.toml → b.toml → a.toml\n    \
           how to fix: make the base scenario extend nothing; each variant extends the one before"],
    );
    // A file extending itself.
    plan.scenario("self.toml", "name = \"Self\"\nextends = \"self.toml\"\n");
    assert_cli_error(
        &plan,
        "self.toml",
        &["self.toml, line 2, key 'extends': the 'extends' links form a loop: self.toml → self.toml\n    \
           how to fix: make the base scenario extend nothing; each variant extends the one before"],
    );
    // The library says the same.
    let err = load_scenario(&plan.dir.path().join("self.toml")).unwrap_err();
    assert_eq!(err.problems.len(), 1);
    assert_eq!(err.problems[0].row, Some(2));
    assert_eq!(err.problems[0].column.as_deref(), Some("extends"));
}

#[test]
fn missing_extends_file() {
    let plan = setup();
    plan.scenario("v.toml", "name = \"V\"\nextends = \"baseline.toml\"\n");
    assert_cli_error(
        &plan,
        "v.toml",
        &["v.toml, line 2, key 'extends': the scenario to extend, 'baseline.toml', does not exist\n    \
           how to fix: give the path of an existing scenario file, relative to this file"],
    );
    // Relative to the file that names it, not to the working folder.
    let sub = plan.dir.path().join("sub");
    fs::create_dir(&sub).unwrap();
    fs::write(sub.join("w.toml"), "extends = \"base.toml\"\n").unwrap();
    assert_cli_error(
        &plan,
        "sub/w.toml",
        &["sub/w.toml, line 1, key 'extends': the scenario to extend, 'sub/base.toml', does not exist\n    \
           how to fix: give the path of an existing scenario file, relative to this file"],
    );
}

#[test]
fn bad_extends_value_type() {
    let plan = setup();
    plan.scenario("v.toml", "name = \"V\"\nextends = 5\n");
    let out = fundmix()
        .current_dir(plan.dir.path())
        .args(["show", "v.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("  1. v.toml, line 2: invalid type: integer `5`, expected a string\n"),
        "{err}"
    );
}

// A problem in the parent is located in the parent's file, even when the child is loaded; when
// both name the same unknown id, in the child (whose line is the last word).
#[test]
fn problems_are_located_in_the_file_that_has_them() {
    let plan = setup();
    plan.scenario(
        "parent.toml",
        "name = \"Parent\"\nplan = \"plan\"\n\n[sources.esf]\nbudget = 1\n",
    );
    plan.scenario(
        "child.toml",
        "extends = \"parent.toml\"\nname = \"Child\"\n",
    );
    plan.scenario(
        "child2.toml",
        "extends = \"parent.toml\"\n\n\n\n\n\n[sources.esf]\nmax_share = 0.5\n",
    );
    let problem = |file: &str, line: usize| {
        format!(
            "{file}, line {line}, key 'sources.esf': 'esf' is not a source id in sources.csv\n    \
             how to fix: use one of: own, eu"
        )
    };
    assert_cli_error(&plan, "child.toml", &[&problem("parent.toml", 4)]);
    assert_cli_error(&plan, "child2.toml", &[&problem("child2.toml", 7)]);

    // A bad key in the grandparent, reached through two levels.
    plan.scenario(
        "grandchild.toml",
        "extends = \"child.toml\"\ncost_factor = 1\n",
    );
    assert_cli_error(&plan, "grandchild.toml", &[&problem("parent.toml", 4)]);
}

// ---------------------------------------------------------------------------------------------
// `fundmix show`
// ---------------------------------------------------------------------------------------------

#[test]
fn show_prints_the_resolved_values() {
    let plan = setup();
    plan.scenario(
        "v.toml",
        "extends = \"base.toml\"\nname = \"What if\"\nobjective = \"min-own-cost\"\n\
         staff_capacity = { \"2025\" = 10, \"2026\" = 20 }\ncost_factor = 1.5\nbudget_factor = 0.5\n\
         [weights]\npoints = 3\n\
         [sources.eu]\nenabled = false\n[sources.own]\nbudget_2026 = 70\n\
         [actions.A]\ncost_factor = 2\nstatus = \"never\"\n[actions.C]\nstatus = \"must\"\n\
         [partners.bank]\nenabled = false\nstaff_hours = { \"2025\" = 5, \"2026\" = 6 }\n\
         [targets.points]\nmin = 2\nhard = false\npenalty = 4\n",
    );
    let shown = cli_ok(&plan, &["show", "v.toml"]);
    let expected = "\
Scenario:       What if
File:           v.toml
Plan:           plan
Objective:      min-own-cost
Periods:        2025, 2026
Staff capacity: 10 / 20 hours
Weights:        people = 1, points = 3

Sources (budget per period; total; max share; eligible actions):
  own                  own      50 / 70; total no cap; max share 1; 3 of 3 actions
  eu                   eu       no cap / no cap; total 100; max share 0.5; 0 of 3 actions  [disabled: funds nothing]

Actions (cost per period, EUR; status):
";
    assert!(shown.starts_with(expected), "{shown}");
    let line = |id: &str| {
        shown
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("no line for {id}:\n{shown}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(line("A"), "A 300 / 300 never", "A: 100 × 1.5 × 2");
    assert_eq!(line("B"), "B 75 / 75", "B: 50 × 1.5");
    assert_eq!(line("C"), "C 60 / 60 must", "C: 40 × 1.5");
    assert!(
        shown.contains(
            "\nPartners (cash EUR; staff hours; eligible actions):\n  \
             bank                 cash 20 for the whole plan; hours 5 / 6; 0 actions  [disabled: joins nothing]\n"
        ),
        "{shown}"
    );
    assert!(
        shown.ends_with(
            "\nTargets:\n  people >= 30 (hard)\n  points >= 2 (soft, penalty 4 per unit short)\n"
        ),
        "{shown}"
    );

    // The base, for contrast: every source enabled, the plan's costs, no staff limit.
    let base = cli_ok(&plan, &["show", "base.toml"]);
    assert!(base.contains("Staff capacity: no limit\n"), "{base}");
    assert!(
        base.contains("  eu                   eu       no cap / no cap; total 200; max share 0.5; 2 of 3 actions\n"),
        "{base}"
    );
    assert!(!base.contains("disabled"), "{base}");
}

#[test]
fn show_on_the_bundled_variants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/jelgava");
    let show = |file: &str| {
        let out = fundmix().arg("show").arg(root.join(file)).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{file}");
        String::from_utf8(out.stdout).unwrap()
    };
    let esf = show("esf_rejected.toml");
    assert!(esf.starts_with("Scenario:       ESF+ rejected\n"), "{esf}");
    let esf_line = esf.lines().find(|l| l.starts_with("  esf_plus ")).unwrap();
    assert!(
        esf_line.ends_with("[disabled: funds nothing]"),
        "{esf_line}"
    );
    assert!(
        esf.lines()
            .filter(|l| l.ends_with("[disabled: funds nothing]"))
            .count()
            == 1
    );
    let telecom = show("telecom_withdraws.toml");
    let line = telecom
        .lines()
        .find(|l| l.starts_with("  telecom "))
        .unwrap();
    assert!(line.ends_with("[disabled: joins nothing]"), "{line}");
    let cut = show("budget_cut_10.toml");
    let line = cut.lines().find(|l| l.starts_with("  municipal ")).unwrap();
    assert!(line.contains("135 000 / 135 000 / 135 000"), "{line}");

    // Costs +15%: every cost is the baseline's × 1.15.
    let base = load(&root.join("baseline.toml"));
    let inflated = load(&root.join("inflation_15.toml"));
    assert_eq!(inflated.name, "Costs +15%");
    for (a, b) in base.plan.actions.iter().zip(&inflated.plan.actions) {
        for (x, y) in a.cost_eur.iter().zip(&b.cost_eur) {
            assert_close(*y, x * 1.15, &a.id);
        }
    }
}
