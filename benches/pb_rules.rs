//! fundmix against pabutools: reading the four largest shared Pabulib files and running each
//! rule on them, the same steps `benches/pabutools/timing.py` times in pabutools:
//!
//! - `<file>/parse`: reading and checking the `.pb` file;
//! - `<file>/greedy`, `<file>/utilitarian`, `<file>/equal_shares`: the rule (with its outcome
//!   and the comparison with the city's selection) on the loaded election.
//!
//! Files: Warsaw Bielany 2021 (132 projects, 8 172 ballots), Warsaw Wawer 2020 (137, 5 452),
//! Kraków Nowa Huta 2019 (63, 3 989, ordinal), Wrocław 2016 district 1 (24, 5 349, choose-1).
//!
//! Run with `cargo bench --bench pb_rules`; compare with
//! `/tmp/pbenv/bin/python benches/pabutools/timing.py`.

use criterion::{criterion_group, criterion_main, Criterion};
use fundmix::input::pabulib;
use fundmix::pb::{self, Rule};
use std::path::Path;

const FILES: [(&str, &str); 4] = [
    ("bielany_2021", "Poland_Warszawa_2021_Bielany.pb"),
    ("wawer_2020", "Poland_Warszawa_2020_Wawer.pb"),
    ("krakow_nowa_huta_2019", "Poland_Krakow_2019_Nowa_Huta.pb"),
    ("wroclaw_2016", "Poland_Wroclaw_2016_Rejon_nr_1_250.pb"),
];

fn pb_rules(c: &mut Criterion) {
    let data = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/pabulib"));
    for (short, file) in FILES {
        let path = data.join(file);
        let mut group = c.benchmark_group(short);
        group.sample_size(10);
        group.bench_function("parse", |b| {
            b.iter(|| pabulib::load(&path).expect("the shared file is valid"))
        });
        let election = pabulib::load(&path).expect("the shared file is valid");
        for (name, rule) in [
            ("greedy", Rule::Greedy),
            ("utilitarian", Rule::Utilitarian),
            ("equal_shares", Rule::EqualShares),
        ] {
            group.bench_function(name, |b| {
                b.iter(|| pb::run(&election, rule).expect("the rule runs"))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, pb_rules);
criterion_main!(benches);
