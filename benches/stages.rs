//! The stages of one run, timed apart, on the bundled example and on a generated plan of 100
//! actions (`fundmix generate --actions 100 --seed 1`, written to a temporary folder):
//! read and check the input, build the model, solve (both stages), check the plan, draw the
//! charts and render the reports.
//!
//! Run with `cargo bench --bench stages`. `fundmix solve … --timings` shows the same steps for
//! one run of any plan.

use criterion::{criterion_group, criterion_main, Criterion};
use fundmix::generate::{write_generated, GenerateRequest};
use fundmix::model::FundingModel;
use fundmix::solve::{self, SolveOptions};
use fundmix::{report, validate::load_scenario, verify};
use std::path::{Path, PathBuf};

fn cases(tmp: &Path) -> Vec<(&'static str, PathBuf)> {
    let generated = tmp.join("generated-100");
    let request = GenerateRequest {
        actions: 100,
        sources: 8,
        periods: 3,
        partners: 4,
        seed: 1,
    };
    write_generated(&request, &generated).expect("the generated plan is written");
    vec![
        (
            "jelgava",
            Path::new(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/scenarios/jelgava/baseline.toml"
            ))
            .to_path_buf(),
        ),
        ("generated_100", generated.join("scenario.toml")),
    ]
}

fn stages(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    for (name, path) in cases(tmp.path()) {
        let mut group = c.benchmark_group(name);
        group.sample_size(10);
        group.bench_function("read_and_check", |b| {
            b.iter(|| load_scenario(&path).expect("valid"))
        });
        let scenario = load_scenario(&path).expect("valid");
        group.bench_function("build_model", |b| {
            b.iter(|| FundingModel::build(&scenario).constraints.len())
        });
        group.bench_function("solve", |b| {
            b.iter(|| solve::solve(&scenario, &SolveOptions::default()).expect("solves"))
        });
        let outcome = solve::solve(&scenario, &SolveOptions::default()).expect("solves");
        let allocation = outcome.allocation.clone().expect("a plan");
        group.bench_function("check_plan", |b| {
            b.iter(|| assert!(verify::verify(&scenario, &allocation).is_empty()))
        });
        let result = fundmix::solve_scenario(&scenario, &SolveOptions::default()).expect("solves");
        group.bench_function("charts", |b| {
            b.iter(|| report::scenario_charts(&result, None).expect("drawn"))
        });
        let charts = report::scenario_charts(&result, None).expect("drawn");
        group.bench_function("reports", |b| {
            b.iter(|| report::scenario_files_with(&result, None, &charts).expect("rendered"))
        });
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
