//! Properties of the optimum, on random small plans (proptest).
//!
//! Every plan is generated as plan tables and a scenario file (`plans.rs`) and read by the real
//! loader, so the properties hold for what users write; the loader refusing a generated plan
//! fails the test. The properties:
//!
//! - every plan solved passes the independent verifier, through the whole pipeline of one
//!   scenario (solve, check, analyses), and its objective is the value of its plan;
//! - for plans of up to 12 all-or-nothing actions, the optimum equals brute-force enumeration
//!   (`brute.rs`, written apart from the model), and so does the first tie-break: the least own
//!   money for `max-impact`, the most impact for `min-own-cost`; with HiGHS or CBC finding the
//!   first stage; on richer plans HiGHS and CBC reach the same optimum;
//! - more budget never lowers the `max-impact` optimum (nor raises the `min-own-cost` one), and
//!   a plan that had one keeps one; removing a source, raising a hard target or making an
//!   action `must` never raises it (nor lowers the `min-own-cost` one); a `must` action is
//!   always funded, or the scenario has no plan (docs/model.md: `must` holds, like every rule;
//!   the diagnosis then says what to relax);
//! - the plan does not change when the rows (and columns) of the tables are shuffled or the
//!   ids renamed: see [`shuffled_tables_give_an_equally_good_plan`],
//!   [`shuffled_rows_keep_a_unique_optimum`] and [`renamed_ids_give_the_same_plan`] for what
//!   exactly is compared.
//!
//! The vote made fair by equal shares is left out where the docs say it moves: it depends on
//! the money (so not in the budget and source properties) and breaks ties by ids as text (so
//! not under names that sort otherwise).
//!
//! The solver runs with [`SolveOptions::default`], whose relative gap is 0: every optimum is
//! proven, and objectives are compared to 1e-6 (relative), own money to the cent (the
//! tie-break proves it to half a cent, docs/model.md, and flows are written in whole cents).
//!
//! The bugs found are plain tests in tests/rules.rs and tests/votes.rs ("Found by the property
//! tests"). Case counts keep the file at about 12 seconds of the debug build on two shared cores
//! (docs/development.md); `PROPTEST_CASES=1000` runs more. Failures proptest finds are kept in
//! `proptest-regressions/` and replayed first.

#[path = "../common/mod.rs"]
mod common;

mod brute;
mod plans;

use common::TempPlan;
use fundmix::domain::{Allocation, Contribution, Funding, Objective, Scenario, SourceKind};
use fundmix::solve::{SolveOptions, SolveOutcome, SolveStatus, Solver};
use fundmix::validate::load_scenario;
use fundmix::verify::verify;
use plans::{Gen, Layout, Names, Status, Target};
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};

// ---------------------------------------------------------------------------------------------
// Solving a generated plan
// ---------------------------------------------------------------------------------------------

/// `cases` cases per property, unless `PROPTEST_CASES` says otherwise.
fn config(cases: u32) -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(cases),
        // Failures found are replayed first (relative to the crate, where cargo runs tests).
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/properties.txt",
        ))),
        ..Config::default()
    }
}

/// A plan's files written and read back by the loader.
struct Loaded {
    scenario: Scenario,
    /// Kept so that the folder lives as long as the scenario.
    _folder: TempPlan,
}

/// Writes the plan tables and scenario file, and loads them; the loader must accept them.
fn load(files: &[(String, String)], toml: &str) -> Loaded {
    let tables: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let folder = TempPlan::new(&tables);
    let path = folder.scenario("scenario.toml", toml);
    let scenario = load_scenario(&path).unwrap_or_else(|e| {
        let mut shown = String::new();
        for (name, text) in files {
            shown.push_str(&format!("--- {name}\n{text}"));
        }
        panic!("the loader refused a generated plan: {e}\n{shown}--- scenario.toml\n{toml}")
    });
    Loaded {
        scenario,
        _folder: folder,
    }
}

/// What a solve found, checked: the plan passes the verifier and its objective is its value.
#[derive(Debug, Clone)]
struct Found {
    objective: f64,
    /// Own money, EUR.
    own: f64,
    /// Weighted impact (without penalties).
    impact: f64,
    partnerships: usize,
    allocation: Allocation,
}

/// Solves `scenario` with the default options (relative gap 0, HiGHS); `None` when it has no
/// plan.
fn solve(scenario: &Scenario) -> Option<Found> {
    solve_with(scenario, Solver::Highs)
}

/// Solves `scenario` with `solver` finding the first stage's optimum.
fn solve_with(scenario: &Scenario, solver: Solver) -> Option<Found> {
    let options = SolveOptions {
        solver,
        ..SolveOptions::default()
    };
    let outcome = fundmix::solve::solve(scenario, &options)
        .unwrap_or_else(|e| panic!("the solve with {solver:?} failed: {e}"));
    check(scenario, &outcome)
}

/// HiGHS, or (when `cbc`) the solver a plain `fundmix solve` uses: CBC when it is installed,
/// as on CI (`make test` installs it).
fn solver(cbc: bool) -> Solver {
    if cbc {
        Solver::best_available()
    } else {
        Solver::Highs
    }
}

/// Checks a solve's outcome: proven optimal with a plan that passes the verifier, or no plan
/// at all; the objective reported is the value of the plan, counted here.
fn check(scenario: &Scenario, outcome: &SolveOutcome) -> Option<Found> {
    match outcome.status {
        SolveStatus::Infeasible => {
            assert!(outcome.allocation.is_none(), "a plan without a status");
            return None;
        }
        SolveStatus::Optimal => {}
        other => panic!("a small plan without a time limit must be solved: {other:?}"),
    }
    let allocation = outcome.allocation.clone().expect("an optimal plan");
    let broken = verify(scenario, &allocation);
    assert!(broken.is_empty(), "the plan breaks rules: {broken:#?}");
    let plan = &scenario.plan;
    let reached = |i: usize| -> f64 {
        plan.actions
            .iter()
            .zip(&allocation.scale)
            .map(|(a, y)| a.impact[i] * y)
            .sum()
    };
    let impact: f64 = (0..plan.indicators.len())
        .map(|i| scenario.weights[i] * reached(i))
        .sum();
    let penalty: f64 = plan
        .targets
        .iter()
        .filter(|t| !t.hard)
        .map(|t| t.penalty * (t.min - reached(t.indicator)).max(0.0))
        .sum();
    let own = own_money(scenario, &allocation);
    let value = match scenario.objective {
        Objective::MaxImpact => impact - penalty,
        Objective::MinOwnCost => own + penalty,
    };
    let objective = outcome.objective.expect("an objective with a plan");
    // Flows are written in whole cents (each within half a cent of the solver's).
    let cents = match scenario.objective {
        Objective::MaxImpact => 0.0,
        Objective::MinOwnCost => 0.005 * allocation.funding.len() as f64,
    };
    assert!(
        (objective - value).abs() <= 1e-6 * value.abs().max(1.0) + cents,
        "the objective {objective} against the plan's value {value}"
    );
    Some(Found {
        objective,
        own,
        impact,
        partnerships: allocation.joins.len(),
        allocation,
    })
}

fn own_money(scenario: &Scenario, allocation: &Allocation) -> f64 {
    allocation
        .funding
        .iter()
        .filter(|f| scenario.plan.sources[f.source].kind == SourceKind::Own)
        .map(|f| f.amount_eur)
        .sum()
}

/// Equal to 1e-6, relative to the larger of 1 and the expected value.
fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!(
        (actual - expected).abs() <= 1e-6 * expected.abs().max(1.0),
        "{what}: got {actual}, expected {expected}"
    );
}

/// Own money equal to the cent: the tie-break proves it to half a cent, and each flow is
/// written in whole cents (within half a cent of the solver's), `flows` of them.
fn assert_same_own(actual: f64, expected: f64, flows: usize, what: &str) {
    let slack = 0.005 + 0.005 * flows as f64 + 1e-9 * expected.abs();
    assert!(
        (actual - expected).abs() <= slack,
        "{what}: own money {actual}, expected {expected}"
    );
}

/// The scenario of `plan` with plain names, and what the scenario file adds: `top` (keys) and
/// `tables` (TOML tables).
fn load_plain(plan: &Gen, top: &str, tables: &str) -> Loaded {
    let names = Names::plain(plan);
    load(
        &plan.tables(&names, &Layout::default()),
        &plan.scenario(&names, top, tables),
    )
}

fn solve_plain(plan: &Gen) -> Option<Found> {
    solve(&load_plain(plan, "", "").scenario)
}

/// Whether the optimum `after` is no better than `before` for the objective (both feasible).
fn no_better(objective: Objective, after: f64, before: f64) -> bool {
    let slack = 1e-6 * before.abs().max(1.0);
    match objective {
        Objective::MaxImpact => after <= before + slack,
        Objective::MinOwnCost => after >= before - slack,
    }
}

fn objective_of(plan: &Gen) -> Objective {
    if plan.min_own_cost {
        Objective::MinOwnCost
    } else {
        Objective::MaxImpact
    }
}

/// A permutation of `0..n` from `seed` (SplitMix64 and Fisher–Yates).
fn permutation(n: usize, seed: &mut u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (next(seed) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

fn next(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *seed;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

// ---------------------------------------------------------------------------------------------
// Every plan passes the verifier
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(64))]

    /// The whole pipeline of one scenario (solve, the independent check, the analyses of a plan
    /// or of its absence) on plans with everything the tables can say: no failure, and the
    /// plan, when there is one, passes the verifier with the objective it reports.
    #[test]
    fn every_solved_plan_passes_the_verifier(plan in plans::rich_plan(12)) {
        let loaded = load_plain(&plan, "", "");
        let solved = fundmix::solve_and_analyse(&loaded.scenario, &SolveOptions::default())
            .unwrap_or_else(|e| panic!("the pipeline failed: {e}"));
        check(&loaded.scenario, &solved.outcome);
    }
}

// ---------------------------------------------------------------------------------------------
// The optimum against brute force
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(128))]

    /// `max-impact` on up to 12 all-or-nothing actions: the optimum and the least own money
    /// that reaches it are those of enumerating every set of actions, whichever solver finds
    /// the first stage.
    #[test]
    fn max_impact_optimum_equals_brute_force(plan in plans::exact_plan(12), cbc in any::<bool>()) {
        assert_eq!(SolveOptions::default().mip_gap, 0.0, "the optimum is proven");
        let found = solve_with(&load_plain(&plan, "", "").scenario, solver(cbc));
        match (brute::max_impact(&plan), found) {
            (None, None) => {}
            (Some(best), Some(found)) => {
                assert_close(found.objective, best.objective, "the optimum");
                assert_same_own(
                    found.own,
                    best.tie_break,
                    found.allocation.funding.len(),
                    "the least own money at the optimum",
                );
            }
            (best, found) => panic!("brute force: {best:?}; fundmix: {found:?}"),
        }
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// `min-own-cost` on up to 8 all-or-nothing actions: the least own money plus penalties,
    /// and the most impact that reaches it, are those of enumeration, whichever solver finds
    /// the first stage.
    #[test]
    fn min_own_cost_optimum_equals_brute_force(plan in plans::exact_plan(8), cbc in any::<bool>()) {
        let mut plan = plan;
        plan.min_own_cost = true;
        let found = solve_with(&load_plain(&plan, "", "").scenario, solver(cbc));
        match (brute::min_own_cost(&plan), found) {
            (None, None) => {}
            (Some(best), Some(found)) => {
                assert_close(found.objective, best.objective, "the optimum");
                assert!(
                    (found.impact - best.tie_break).abs() <= 0.001,
                    "the most impact at the optimum: got {}, expected {}",
                    found.impact,
                    best.tie_break
                );
            }
            (best, found) => panic!("brute force: {best:?}; fundmix: {found:?}"),
        }
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// The two solvers of the first stage agree on plans with everything the tables can say:
    /// the same status and optimum (HiGHS alone, and CBC as a plain `fundmix solve` uses it
    /// where installed; without CBC both runs use HiGHS).
    #[test]
    fn both_solvers_reach_the_same_optimum(plan in plans::rich_plan(12)) {
        let loaded = load_plain(&plan, "", "");
        let highs = solve_with(&loaded.scenario, Solver::Highs);
        let cbc = solve_with(&loaded.scenario, Solver::best_available());
        match (&highs, &cbc) {
            (None, None) => {}
            (Some(h), Some(c)) => assert_close(c.objective, h.objective, "CBC against HiGHS"),
            _ => panic!("HiGHS: {highs:?}; CBC: {cbc:?}"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Monotonicity
// ---------------------------------------------------------------------------------------------

/// The budgets of source `s` that are set: `None` for the total, `Some(p)` for period `p`.
fn budget_cells(plan: &Gen, s: usize) -> Vec<Option<usize>> {
    let source = &plan.sources[s];
    let mut cells = Vec::new();
    if source.total.is_some() {
        cells.push(None);
    }
    cells.extend(
        (0..plan.periods)
            .filter(|&p| source.per[p].is_some())
            .map(Some),
    );
    cells
}

proptest! {
    #![proptest_config(config(48))]

    /// More money for one source (in its table, by a scenario override of that budget, or by
    /// a `budget_factor` above 1) never makes the optimum worse, and never takes the plan away.
    #[test]
    fn more_budget_never_makes_the_optimum_worse(
        plan in plans::rich_plan(10),
        source in any::<prop::sample::Index>(),
        cell in any::<prop::sample::Index>(),
        how in 0usize..3,
        extra in 1u32..=50,
    ) {
        // The vote made fair by equal shares depends on the money (docs/input.md): more money
        // changes the objective itself, so the vote is summed here.
        let mut plan = plan;
        plan.equal_shares = false;
        let before = solve_plain(&plan);
        let s = source.index(plan.sources.len());
        let cells = budget_cells(&plan, s);
        let cell = cells[cell.index(cells.len())];
        let names = Names::plain(&plan);
        let id = names.sources[s].clone();
        let mut richer = plan.clone();
        let (top, tables) = match how {
            0 => {
                let source = &mut richer.sources[s];
                match cell {
                    None => *source.total.as_mut().unwrap() += 4 * extra,
                    Some(p) => *source.per[p].as_mut().unwrap() += 4 * extra,
                }
                (String::new(), String::new())
            }
            1 => {
                let source = &plan.sources[s];
                let (key, value) = match cell {
                    None => ("budget".to_string(), source.total.unwrap()),
                    Some(p) => (format!("budget_{}", names.periods[p]), source.per[p].unwrap()),
                };
                (String::new(), format!("[sources.\"{id}\"]\n{key} = {}\n", value + 4 * extra))
            }
            _ => (format!("budget_factor = {}\n", 1.0 + f64::from(extra) / 25.0), String::new()),
        };
        let after = solve(&load_plain(&richer, &top, &tables).scenario);
        if let Some(before) = before {
            let after = after.expect("more budget took the plan away");
            assert!(
                no_better(objective_of(&plan), before.objective, after.objective),
                "more budget made the optimum worse: {} before, {} after",
                before.objective,
                after.objective
            );
        }
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// Removing a source (its row, or `enabled = false` in the scenario: the same optimum)
    /// never makes the optimum better, and never gives a plan to a scenario without one.
    #[test]
    fn removing_a_source_never_makes_the_optimum_better(
        plan in plans::rich_plan(10),
        source in any::<prop::sample::Index>(),
    ) {
        prop_assume!(plan.sources.len() >= 2, "a plan keeps at least one source");
        let before = solve_plain(&plan);
        let s = source.index(plan.sources.len());
        let id = Names::plain(&plan).sources[s].clone();
        let switched_off = solve(
            &load_plain(&plan, "", &format!("[sources.\"{id}\"]\nenabled = false\n")).scenario,
        );
        let mut fewer = plan.clone();
        fewer.sources.remove(s);
        let removed = solve_plain(&fewer);
        match (&switched_off, &removed) {
            (None, None) => {}
            (Some(off), Some(removed)) => {
                assert_close(off.objective, removed.objective, "switched off against removed");
            }
            _ => panic!("switched off: {switched_off:?}; removed: {removed:?}"),
        }
        // With equal shares the money of the vote changes with the source (docs/input.md): the
        // objective itself changes, and is compared only between the two ways of removing it.
        if let (Some(after), false) = (removed, plan.equal_shares && !plan.votes.is_empty()) {
            let before = before.expect("removing a source gave a plan to a scenario without one");
            assert!(
                no_better(objective_of(&plan), after.objective, before.objective),
                "removing a source made the optimum better: {} before, {} after",
                before.objective,
                after.objective
            );
        }
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// Raising a hard target (in targets.csv or by `[targets.<indicator>]`; a soft target made
    /// hard, or a new one, counts too) never makes the optimum better.
    #[test]
    fn raising_a_hard_target_never_makes_the_optimum_better(
        plan in plans::rich_plan(10),
        indicator in any::<prop::sample::Index>(),
        raise in 0u32..=20,
        in_scenario in any::<bool>(),
    ) {
        let before = solve_plain(&plan);
        let i = indicator.index(plan.indicator_count());
        let old = plan.targets.iter().find(|t| t.indicator == i);
        let min = old.map_or(0, |t| t.min) + raise;
        let mut harder = plan.clone();
        let tables = if in_scenario {
            let name = if i < plan.indicators {
                Names::plain(&plan).indicators[i].clone()
            } else {
                "support".to_string()
            };
            format!("[targets.\"{name}\"]\nmin = {min}\nhard = true\n")
        } else {
            harder.targets.retain(|t| t.indicator != i);
            harder.targets.push(Target { indicator: i, min, hard: true, penalty: 0 });
            String::new()
        };
        let after = solve(&load_plain(&harder, "", &tables).scenario);
        if let Some(after) = after {
            let before = before.expect("a harder target gave a plan to a scenario without one");
            assert!(
                no_better(objective_of(&plan), after.objective, before.objective),
                "raising a hard target made the optimum better: {} before, {} after",
                before.objective,
                after.objective
            );
        }
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// An action made `must` (in actions.csv or by `[actions.<id>] status = "must"`) is funded,
    /// or the scenario has no plan; the optimum is never better, and is the same when the plan
    /// without it funded the action already.
    #[test]
    fn a_must_action_is_funded_or_there_is_no_plan(
        plan in plans::rich_plan(10),
        action in any::<prop::sample::Index>(),
        in_scenario in any::<bool>(),
    ) {
        let a = action.index(plan.actions.len());
        // A `never` action made `must` is not a rule added but one replaced.
        prop_assume!(plan.actions[a].status != Status::Never);
        let before = solve_plain(&plan);
        let mut forced = plan.clone();
        let tables = if in_scenario {
            let id = &Names::plain(&plan).actions[a];
            format!("[actions.\"{id}\"]\nstatus = \"must\"\n")
        } else {
            forced.actions[a].status = Status::Must;
            String::new()
        };
        let Some(after) = solve(&load_plain(&forced, "", &tables).scenario) else {
            return Ok(());
        };
        assert!(after.allocation.scale[a] > 0.0, "the must action is not funded");
        let before = before.expect("a must action gave a plan to a scenario without one");
        assert!(
            no_better(objective_of(&plan), after.objective, before.objective),
            "a must action made the optimum better: {} before, {} after",
            before.objective,
            after.objective
        );
        if before.allocation.scale[a] > 0.0 {
            assert_close(after.objective, before.objective, "the optimum, the action funded already");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Invariance
// ---------------------------------------------------------------------------------------------

/// A layout with every table's rows shuffled, and its columns too when `columns`.
fn shuffled(plan: &Gen, seed: u64, columns: bool) -> Layout {
    let mut seed = seed;
    let shape = plan.shape();
    let mut layout = Layout::default();
    for (t, &(rows, cols)) in shape.iter().enumerate() {
        layout.rows[t] = permutation(rows, &mut seed);
        if columns {
            layout.columns[t] = permutation(cols, &mut seed);
        }
    }
    layout
}

/// The plan `found` for `shuffled` (read from shuffled tables) written with the indices of
/// `scenario` (the same plan in the generated order): by ids.
fn in_order_of(scenario: &Scenario, shuffled: &Scenario, found: &Allocation) -> Allocation {
    let index = |ids: Vec<&str>, of: &str| -> usize {
        ids.iter()
            .position(|id| *id == of)
            .unwrap_or_else(|| panic!("no {of}"))
    };
    let plan = &scenario.plan;
    let action = |a: usize| {
        index(
            plan.actions.iter().map(|x| x.id.as_str()).collect(),
            &shuffled.plan.actions[a].id,
        )
    };
    let source = |s: usize| {
        index(
            plan.sources.iter().map(|x| x.id.as_str()).collect(),
            &shuffled.plan.sources[s].id,
        )
    };
    let partner = |k: usize| {
        index(
            plan.partners.iter().map(|x| x.id.as_str()).collect(),
            &shuffled.plan.partners[k].id,
        )
    };
    let mut mapped = Allocation {
        scale: vec![0.0; plan.actions.len()],
        delay: vec![0; plan.actions.len()],
        ..Allocation::default()
    };
    for (a, &y) in found.scale.iter().enumerate() {
        mapped.scale[action(a)] = y;
        mapped.delay[action(a)] = found.delay_of(a);
    }
    mapped.funding = found
        .funding
        .iter()
        .map(|f| Funding {
            action: action(f.action),
            source: source(f.source),
            ..f.clone()
        })
        .collect();
    mapped
        .funding
        .sort_by_key(|f| (f.action, f.source, f.period));
    mapped.joins = found
        .joins
        .iter()
        .map(|&(a, k)| (action(a), partner(k)))
        .collect();
    mapped.joins.sort_unstable();
    mapped.contributions = found
        .contributions
        .iter()
        .map(|c| Contribution {
            action: action(c.action),
            partner: partner(c.partner),
            ..c.clone()
        })
        .collect();
    mapped
        .contributions
        .sort_by_key(|c| (c.action, c.partner, c.period));
    mapped
}

/// The funded actions' scales by position, rounded to 1e-6 (for messages and comparison).
fn selection(found: &Found) -> Vec<(usize, i64)> {
    found
        .allocation
        .scale
        .iter()
        .enumerate()
        .filter(|(_, y)| **y > 0.0)
        .map(|(a, y)| (a, (y * 1e6).round() as i64))
        .collect()
}

proptest! {
    #![proptest_config(config(48))]

    /// The rows of every table shuffled, and the columns too (the cost columns stay in their
    /// periods' order, which is the plan's time order), give an equally good plan: the same
    /// status, objective, own money (to the cent) and number of partnerships. The docs promise
    /// the objective and these tie-breaks, not which of several plans equal in all of them is
    /// chosen, and that choice follows the order of the rows (the solver's order of
    /// variables): so the plan found from the shuffled tables is checked, written back in
    /// the generated order, against the verifier of the unshuffled scenario, rather than
    /// compared action by action (`shuffled_rows_keep_a_unique_optimum` does that where the
    /// optimum is unique).
    #[test]
    fn shuffled_tables_give_an_equally_good_plan(
        plan in plans::rich_plan(10),
        seed in any::<u64>(),
        columns in any::<bool>(),
    ) {
        let names = Names::plain(&plan);
        let toml = plan.scenario(&names, "", "");
        let original = load(&plan.tables(&names, &Layout::default()), &toml);
        let moved = load(&plan.tables(&names, &shuffled(&plan, seed, columns)), &toml);
        let (before, after) = (solve(&original.scenario), solve(&moved.scenario));
        match (before, after) {
            (None, None) => {}
            (Some(before), Some(after)) => {
                assert_close(after.objective, before.objective, "the objective");
                assert_same_own(
                    after.own,
                    before.own,
                    after.allocation.funding.len() + before.allocation.funding.len(),
                    "shuffled",
                );
                assert_eq!(after.partnerships, before.partnerships, "partnerships");
                let back = in_order_of(&original.scenario, &moved.scenario, &after.allocation);
                let broken = verify(&original.scenario, &back);
                assert!(broken.is_empty(), "the shuffled plan, written back, breaks: {broken:#?}");
            }
            (before, after) => panic!("before: {before:?}; shuffled: {after:?}"),
        }
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// Where the optimum is unique (all-or-nothing actions whose impacts are distinct powers of
    /// two on one indicator, no soft targets and no votes: no two sets of actions have the same
    /// impact), shuffling the rows changes neither which actions are funded nor the own money.
    #[test]
    fn shuffled_rows_keep_a_unique_optimum(plan in plans::exact_plan(12), seed in any::<u64>()) {
        let mut plan = plan;
        plan.votes.clear();
        plan.targets.retain(|t| t.hard && t.indicator < plan.indicators);
        for (a, action) in plan.actions.iter_mut().enumerate() {
            action.impact = vec![0; plan.indicators];
            action.impact[0] = 1 << a;
        }
        let names = Names::plain(&plan);
        let toml = plan.scenario(&names, "", "");
        let original = load(&plan.tables(&names, &Layout::default()), &toml);
        let moved = load(&plan.tables(&names, &shuffled(&plan, seed, false)), &toml);
        match (solve(&original.scenario), solve(&moved.scenario)) {
            (None, None) => {}
            (Some(before), Some(after)) => {
                let back = in_order_of(&original.scenario, &moved.scenario, &after.allocation);
                let back = Found { allocation: back, ..after.clone() };
                assert_eq!(selection(&back), selection(&before), "the funded actions");
                assert_close(after.objective, before.objective, "the objective");
                assert_same_own(
                    after.own,
                    before.own,
                    after.allocation.funding.len() + before.allocation.funding.len(),
                    "shuffled",
                );
            }
            (before, after) => panic!("before: {before:?}; shuffled: {after:?}"),
        }
    }
}

/// Random names for everything a plan names, each kind with its own first letter (so that no
/// action id is also a category), unique within a kind; in the plain names' order when
/// `keep_order`.
fn renamed(plan: &Gen, seed: u64, keep_order: bool) -> Names {
    let mut seed = seed;
    let plain = Names::plain(plan);
    let mut fresh = |first: char, n: usize| -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        while names.len() < n {
            let length = 1 + next(&mut seed) % 8;
            let mut name = first.to_string();
            for _ in 0..length {
                let c = b"abcdefghijklmnopqrstuvwxyz0123456789"[(next(&mut seed) % 36) as usize];
                name.push(c as char);
            }
            if !names.contains(&name) {
                names.push(name);
            }
        }
        if keep_order {
            names.sort();
        }
        names
    };
    Names {
        actions: fresh('a', plain.actions.len()),
        sources: fresh('s', plain.sources.len()),
        partners: fresh('k', plain.partners.len()),
        owners: fresh('o', plain.owners.len()),
        categories: fresh('c', plain.categories.len()),
        indicators: fresh('i', plain.indicators.len()),
        voters: fresh('v', plain.voters.len()),
        periods: if plan.periods == 1 {
            plain.periods
        } else {
            fresh('y', plain.periods.len())
        },
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// Every id renamed consistently (actions, sources, partners, owners, categories,
    /// indicators, voters and periods), the rows in place: the same model, so the very same
    /// plan, number for number, whether the new names sort like the old ones or not (only the
    /// ties of equal shares depend on how ids sort, and the docs say so).
    #[test]
    fn renamed_ids_give_the_same_plan(
        plan in plans::rich_plan(10),
        seed in any::<u64>(),
        keep_order in any::<bool>(),
    ) {
        // Equal shares breaks ties between actions by their ids as text (docs/pabulib.md, as
        // pabutools does): only names that sort like the old ones keep its outcome.
        let mut plan = plan;
        plan.equal_shares &= keep_order;
        let plain = Names::plain(&plan);
        let names = renamed(&plan, seed, keep_order);
        let original = load_plain(&plan, "", "");
        let moved = load(
            &plan.tables(&names, &Layout::default()),
            &plan.scenario(&names, "", ""),
        );
        let (before, after) = (solve(&original.scenario), solve(&moved.scenario));
        match (before, after) {
            (None, None) => {}
            (Some(before), Some(after)) => {
                assert_eq!(after.objective, before.objective, "the objective");
                assert_eq!(after.allocation, before.allocation, "the plan, renamed {plain:?} to {names:?}");
            }
            (before, after) => panic!("before: {before:?}; renamed: {after:?}"),
        }
    }
}
