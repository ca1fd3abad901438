//! The fuzz targets' corpora and regressions, replayed as ordinary tests (no fuzzer, no
//! nightly): every file of `fuzz/corpus/<target>/` and `fuzz/regressions/<target>/` goes through
//! the same check the fuzz target runs (`fuzz/checks/<target>.rs`). See `fuzz/README.md`.
//!
//! The named tests below are the findings of the fuzz runs, one per bug, each with its input
//! kept in `fuzz/regressions/<target>/`.

#[path = "../fuzz/checks/csv.rs"]
#[allow(dead_code)]
mod csv_check;
#[path = "../fuzz/checks/pabulib.rs"]
#[allow(dead_code)]
mod pabulib_check;
#[path = "../fuzz/checks/plan.rs"]
#[allow(dead_code)]
mod plan_check;
#[path = "../fuzz/checks/scenario.rs"]
#[allow(dead_code)]
mod scenario_check;
#[path = "../fuzz/checks/xlsx.rs"]
#[allow(dead_code)]
mod xlsx_check;

use std::path::{Path, PathBuf};

/// The files of `fuzz/<kind>/<target>/`, in name order (none when the folder is absent).
fn inputs(kind: &str, target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(kind)
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Runs `check` on every corpus and regression input of `target`; names each input that fails.
fn replay(target: &str, check: fn(&[u8])) {
    let files: Vec<PathBuf> = ["corpus", "regressions"]
        .iter()
        .flat_map(|kind| inputs(kind, target))
        .collect();
    assert!(!files.is_empty(), "no corpus for the fuzz target {target}");
    let mut failed = Vec::new();
    for file in &files {
        let data = std::fs::read(file).unwrap();
        if std::panic::catch_unwind(|| check(&data)).is_err() {
            failed.push(file.display().to_string());
        }
    }
    assert!(failed.is_empty(), "inputs that fail: {failed:#?}");
}

#[test]
fn the_csv_corpus_replays() {
    replay("csv", csv_check::check);
}

#[test]
fn the_scenario_corpus_replays() {
    replay("scenario", scenario_check::check);
}

#[test]
fn the_xlsx_corpus_replays() {
    replay("xlsx", xlsx_check::check);
}

#[test]
fn the_pabulib_corpus_replays() {
    replay("pabulib", pabulib_check::check);
}

#[test]
fn the_plan_corpus_replays() {
    replay("plan", plan_check::check);
}
