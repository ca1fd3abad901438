//! Benchmarks of the decision analyses on the bundled example.
//!
//! - `marginal_values_baseline`: the two fixed-decision linear programs behind "what limits this
//!   plan" (the plan itself is solved once, outside the timing);
//! - `diagnose_ambitious_targets`: the elastic solves and the conflict filter of the infeasible
//!   example scenario;
//! - `explain_left_out_action`: `fundmix explain` for an action left out (forced-in re-solve and
//!   the entry-cost bisection);
//! - `frontier_own_money_grid6` / `frontier_own_money_exact8`: the own-money frontier, as a
//!   6-amount grid on 2 threads and as 8 exact points.
//!
//! Run with `cargo bench --bench analyse_example`.

use criterion::{criterion_group, criterion_main, Criterion};
use fundmix::analyse::diagnose::diagnose;
use fundmix::analyse::explain::explain;
use fundmix::analyse::frontier::{frontier, FrontierRequest, Money};
use fundmix::analyse::marginal::marginal_values;
use fundmix::domain::Scenario;
use fundmix::solve::{solve, SolveOptions};
use fundmix::validate::load_scenario;
use std::path::Path;

fn jelgava(name: &str) -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios/jelgava")
        .join(name);
    load_scenario(&path).expect("the bundled example is valid")
}

fn analyses(c: &mut Criterion) {
    let baseline = jelgava("baseline.toml");
    let options = SolveOptions::default();
    let plan = solve(&baseline, &options)
        .expect("solves")
        .allocation
        .expect("a plan");
    c.bench_function("marginal_values_baseline", |b| {
        b.iter(|| marginal_values(&baseline, &plan).expect("solves"))
    });
    let ambitious = jelgava("ambitious_targets.toml");
    c.bench_function("diagnose_ambitious_targets", |b| {
        b.iter(|| diagnose(&ambitious).expect("solves"))
    });
    let out = baseline
        .plan
        .actions
        .iter()
        .position(|a| a.id == "rural_access_points")
        .expect("in the example");
    c.bench_function("explain_left_out_action", |b| {
        b.iter(|| explain(&baseline, out, &options).expect("solves"))
    });
    for (name, grid, max_points, jobs) in [
        ("frontier_own_money_grid6", Some(6), 50, 2),
        ("frontier_own_money_exact8", None, 8, 1),
    ] {
        let request = FrontierRequest {
            money: Money::Own,
            max_points,
            grid,
            jobs,
        };
        c.bench_function(name, |b| {
            b.iter(|| frontier(&baseline, &request).expect("solves"))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = analyses
}
criterion_main!(benches);
