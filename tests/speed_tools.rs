//! The tools of the speed work, end to end: `fundmix generate`, `--export-model`, `--timings`
//! and the stage timings in summary.json.

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

fn fundmix() -> Command {
    Command::cargo_bin("fundmix").unwrap()
}

const EXAMPLE: &str = "scenarios/jelgava/baseline.toml";

fn generate(dir: &Path, actions: &str, seed: &str) {
    fundmix()
        .args([
            "generate",
            "--actions",
            actions,
            "--sources",
            "5",
            "--periods",
            "3",
        ])
        .args(["--partners", "3", "--seed", seed, "--out"])
        .arg(dir)
        .assert()
        .success()
        .stdout(predicate::str::contains("scenario.toml"));
}

fn read_all(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for name in [
        "scenario.toml",
        "plan/actions.csv",
        "plan/sources.csv",
        "plan/partners.csv",
        "plan/targets.csv",
    ] {
        files.push((name.to_string(), fs::read(dir.join(name)).unwrap()));
    }
    files
}

#[test]
fn generated_plans_are_the_same_per_seed_and_solve_to_a_checked_plan() {
    let out = tempfile::tempdir().unwrap();
    let (a, b, c) = (
        out.path().join("a"),
        out.path().join("b"),
        out.path().join("c"),
    );
    generate(&a, "24", "3");
    generate(&b, "24", "3");
    generate(&c, "24", "4");
    assert_eq!(read_all(&a), read_all(&b), "same seed, same files");
    assert_ne!(read_all(&a), read_all(&c), "another seed, another plan");
    let actions = fs::read_to_string(a.join("plan/actions.csv")).unwrap();
    assert_eq!(actions.lines().count(), 25, "a header and 24 actions");

    fundmix()
        .args(["check"])
        .arg(a.join("scenario.toml"))
        .assert()
        .success();
    let report = out.path().join("report");
    fundmix()
        .args(["solve"])
        .arg(a.join("scenario.toml"))
        .arg("--out")
        .arg(&report)
        .assert()
        .success()
        .stdout(predicate::str::contains("proven optimal"))
        .stdout(predicate::str::contains("keeps every rule"));
}

#[test]
fn generate_refuses_a_folder_with_files_and_bad_sizes() {
    let out = tempfile::tempdir().unwrap();
    fs::write(out.path().join("mine.txt"), "keep me").unwrap();
    fundmix()
        .args(["generate", "--actions", "10", "--out"])
        .arg(out.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not empty"));
    assert_eq!(
        fs::read_to_string(out.path().join("mine.txt")).unwrap(),
        "keep me"
    );
    fundmix()
        .args(["generate", "--actions", "1", "--out"])
        .arg(out.path().join("new"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--actions"));
    assert!(!out.path().join("new").exists());
}

#[test]
fn export_model_writes_mps_and_lp_of_stage_one() {
    let out = tempfile::tempdir().unwrap();
    let mps = out.path().join("model.mps");
    let lp = out.path().join("model.lp");
    for file in [&mps, &lp] {
        fundmix()
            .args(["solve", EXAMPLE, "--no-timings", "--out"])
            .arg(out.path().join("r"))
            .arg("--export-model")
            .arg(file)
            .assert()
            .success()
            .stdout(predicate::str::contains("money in units of 1 EUR"));
    }
    let mps = fs::read_to_string(&mps).unwrap();
    for section in [
        "ROWS", "COLUMNS", "RHS", "BOUNDS", "OBJSENSE", "MAX", "MARKER",
    ] {
        assert!(mps.contains(section), "the MPS file has {section}");
    }
    let lp = fs::read_to_string(&lp).unwrap();
    assert!(lp.contains("max"), "the LP file maximises");
    assert!(lp.contains("bin"), "the LP file has yes/no decisions");
    // Nothing half-written is left beside them.
    let names: Vec<String> = fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("partial")), "{names:?}");

    fundmix()
        .args(["solve", EXAMPLE, "--export-model", "model.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("must end in .mps or .lp"));
}

#[test]
fn timings_are_printed_on_request_and_kept_in_the_summary() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("r");
    fundmix()
        .args(["solve", EXAMPLE, "--solver", "highs", "--timings", "--out"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains("Where the time went:"))
        .stdout(predicate::str::contains("read and check the input"))
        .stdout(predicate::str::contains("solve: most impact"))
        .stdout(predicate::str::contains(
            "solve: tie-break, least own money",
        ))
        .stdout(predicate::str::contains("write the reports"));
    let summary: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap();
    let steps: Vec<&str> = summary["timings"]["steps"]
        .as_array()
        .expect("timings.steps in summary.json")
        .iter()
        .map(|s| s["step"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        [
            "read and check the input",
            "build the model",
            "solve: most impact",
            "solve: tie-break, least own money",
            "solve: tie-break, fewest partnerships",
            "solve: tie-break, earliest starts",
            "check the plan independently",
            "analyse: what limits the plan",
            "draw the charts",
        ]
    );
    for s in summary["timings"]["steps"].as_array().unwrap() {
        assert!(s["seconds"].as_f64().unwrap() >= 0.0);
    }

    // With CBC, HiGHS settles the money of CBC's plan before the tie-break.
    let cbc = out.path().join("cbc");
    fundmix()
        .args(["solve", EXAMPLE, "--solver", "cbc", "--timings", "--out"])
        .arg(&cbc)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "solve: settle the money of CBC's plan",
        ));

    let quiet = out.path().join("q");
    fundmix()
        .args(["solve", EXAMPLE, "--no-timings", "--out"])
        .arg(&quiet)
        .assert()
        .success()
        .stdout(predicate::str::contains("Where the time went").not());
    let summary = fs::read_to_string(quiet.join("summary.json")).unwrap();
    assert!(!summary.contains("timings") && !summary.contains("seconds"));
}
