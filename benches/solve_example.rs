//! Benchmarks of whole solves (load → model → solve with tie-breaks → verify).
//!
//! - `jelgava_baseline`: the bundled example plan (27 actions, 6 sources, 5 partners, 3 years).
//! - `load_and_validate_jelgava`: reading and validating the example's tables only.
//!
//! Run with `cargo bench --bench solve_example`.

use criterion::{criterion_group, criterion_main, Criterion};
use fundmix::solve::SolveOptions;
use fundmix::{solve_scenario, validate::load_scenario};
use std::path::Path;

fn example() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/jelgava/baseline.toml"
    ))
}

fn jelgava(c: &mut Criterion) {
    let scenario = load_scenario(example()).expect("the bundled example is valid");
    c.bench_function("jelgava_baseline", |b| {
        b.iter(|| solve_scenario(&scenario, &SolveOptions::default()).expect("solves"))
    });
    c.bench_function("load_and_validate_jelgava", |b| {
        b.iter(|| load_scenario(example()).expect("valid"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = jelgava
}
criterion_main!(benches);
