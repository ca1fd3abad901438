//! The fuzz targets' corpora and regressions, replayed as ordinary tests (no fuzzer, no
//! nightly): every file of `fuzz/corpus/<target>/` and `fuzz/regressions/<target>/` goes through
//! the same check the fuzz target runs (`fuzz/checks/<target>.rs`). See `fuzz/README.md`.
//!
//! The named tests below are the findings of the fuzz runs, one per bug, each with its input
//! kept in `fuzz/regressions/<target>/`.

// `checks/csv.rs` and `checks/plan.rs` each include `checks/bytes.rs`, so that each is whole on
// its own for its fuzz target; here both are in one crate.
#![allow(clippy::duplicate_mod)]

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

/// One kept input of `fuzz/regressions/<target>/`.
fn regression(target: &str, name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target)
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
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

/// A workbook written to `dir/plan.xlsx` from the parts of a kept input (`fuzz/checks/xlsx.rs`).
fn workbook(dir: &Path, target_input: &[u8]) -> PathBuf {
    let path = dir.join("plan.xlsx");
    std::fs::write(&path, xlsx_check::pack(target_input)).unwrap();
    path
}

/// A value in the last cell of a sheet (XFD1048576, where a stray keystroke or Ctrl+End can put
/// one) made the grid from A1 to it 17 billion cells: calamine's `worksheet_range` (with a value
/// in A1 too) or fundmix's grid (without) aborted the process on allocation. The sheet is now
/// read cell by cell and a sheet spanning more than 5 million cells is a located problem.
#[test]
fn a_value_in_the_last_cell_of_a_sheet_is_a_located_problem_not_an_abort() {
    for name in [
        "value_in_the_last_cell_of_a_sheet",
        "only_value_in_the_last_cell_of_a_sheet",
    ] {
        let input = regression("xlsx", name);
        xlsx_check::check(&input);
        let dir = tempfile::tempdir().unwrap();
        let error = fundmix::validate::load_scenario(&workbook(dir.path(), &input)).unwrap_err();
        let problem = error
            .problems
            .iter()
            .find(|p| p.file.ends_with("plan.xlsx, sheet 'actions'"))
            .unwrap_or_else(|| panic!("no problem in the sheet: {error}"));
        assert!(problem.message.contains("XFD1048576"), "{problem:?}");
        assert!(problem.fix.contains("Ctrl+End"), "{problem:?}");
    }
}

/// A cell reference of ten letters (`ABCDEFGHIJ1`, which no spreadsheet writes) overflowed
/// calamine's column number: in a build with overflow checks (`cargo run`, `cargo test`) the
/// panic ended the run. Found by the xlsx target's second run; the sheet is now a located
/// problem ("cannot read the sheet").
#[test]
fn a_cell_reference_of_ten_letters_is_a_located_problem_not_a_panic() {
    let input = regression("xlsx", "cell_reference_with_ten_letters");
    xlsx_check::check(&input);
    let dir = tempfile::tempdir().unwrap();
    let error = fundmix::validate::load_scenario(&workbook(dir.path(), &input)).unwrap_err();
    let problem = error
        .problems
        .iter()
        .find(|p| p.file.ends_with("plan.xlsx, sheet 'actions'"))
        .unwrap_or_else(|| panic!("no problem in the sheet: {error}"));
    assert!(problem.message.contains("malformed cell"), "{problem:?}");
}
