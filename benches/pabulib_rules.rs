//! Participatory budgets on the largest shared Pabulib files (Warsaw Bielany 2021: 132
//! projects, 8 172 ballots; Warsaw Wawer 2020: 137 projects, 5 452 ballots):
//!
//! - `load_<file>`: reading and checking the `.pb` file;
//! - `greedy_<file>`, `utilitarian_<file>`, `equal-shares_<file>`: the rule alone on the
//!   loaded election.
//!
//! Run with `cargo bench --bench pabulib_rules` (or add `--profile dev` to skip the release
//! build).

use criterion::{criterion_group, criterion_main, Criterion};
use fundmix::input::pabulib;
use fundmix::pb::{self, Rule};
use std::path::Path;

const FILES: [(&str, &str); 2] = [
    ("bielany_2021", "Poland_Warszawa_2021_Bielany.pb"),
    ("wawer_2020", "Poland_Warszawa_2020_Wawer.pb"),
];

fn rules(c: &mut Criterion) {
    let data = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/pabulib"));
    for (short, file) in FILES {
        let path = data.join(file);
        c.bench_function(&format!("load_{short}"), |b| {
            b.iter(|| pabulib::load(&path).expect("the shared file is valid"))
        });
        let election = pabulib::load(&path).expect("the shared file is valid");
        for rule in [Rule::Greedy, Rule::Utilitarian, Rule::EqualShares] {
            c.bench_function(&format!("{}_{short}", rule.as_str()), |b| {
                b.iter(|| pb::run(&election, rule).expect("solves"))
            });
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = rules
}
criterion_main!(benches);
