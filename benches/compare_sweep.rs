//! Scenarios per second for a sweep of 200 generated variants of the Jelgava example, solved
//! with `--jobs 1` and `--jobs 2` (the same code path as `fundmix compare`).
//!
//! The variants scale the municipal budget (70–130%), all costs (90–125%) and, for every third
//! variant, switch ESF+ off. Run with `cargo bench --bench compare_sweep`; the throughput line
//! of each benchmark is the figure (elements = scenarios). A full run solves 200 × 10 samples ×
//! 2 settings; for a quicker look, `FUNDMIX_SWEEP_VARIANTS=20` takes every 10th variant of the
//! same 200.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use fundmix::compare::solve_all;
use fundmix::domain::Scenario;
use fundmix::solve::SolveOptions;
use fundmix::validate::load_scenario;
use std::path::Path;

const VARIANTS: usize = 200;

fn variants() -> Vec<Scenario> {
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/jelgava/baseline.toml"
    ));
    let base = load_scenario(path).expect("the bundled example is valid");
    let wanted: usize = std::env::var("FUNDMIX_SWEEP_VARIANTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| (1..=VARIANTS).contains(&n))
        .unwrap_or(VARIANTS);
    (0..VARIANTS)
        .step_by(VARIANTS / wanted)
        .take(wanted)
        .map(|i| {
            let mut s = base.clone();
            s.name = format!("variant {i}");
            let budget = 0.7 + 0.6 * (i % 20) as f64 / 19.0;
            let cost = 0.9 + 0.35 * (i / 20) as f64 / 9.0;
            for source in s.plan.sources.iter_mut().filter(|s| s.id == "municipal") {
                source
                    .budget_eur
                    .iter_mut()
                    .flatten()
                    .for_each(|b| *b *= budget);
                source.budget_total_eur = source.budget_total_eur.map(|b| b * budget);
            }
            for action in &mut s.plan.actions {
                action.cost_eur.iter_mut().for_each(|c| *c *= cost);
            }
            if i % 3 == 0 {
                for source in s.plan.sources.iter_mut().filter(|s| s.id == "esf_plus") {
                    source.eligible.iter_mut().for_each(|e| *e = false);
                }
            }
            s
        })
        .collect()
}

fn sweep(c: &mut Criterion) {
    let scenarios = variants();
    let options = SolveOptions::default();
    let mut group = c.benchmark_group(format!("sweep_{}_variants", scenarios.len()));
    group.sample_size(10);
    group.throughput(Throughput::Elements(scenarios.len() as u64));
    for jobs in [1, 2] {
        group.bench_function(format!("jobs_{jobs}"), |b| {
            b.iter(|| solve_all(&scenarios, &options, jobs, false).expect("every variant solves"))
        });
    }
    group.finish();
}

criterion_group!(benches, sweep);
criterion_main!(benches);
