//! End-to-end tests of the `fundmix` command on the bundled example and on the template.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

fn fundmix() -> Command {
    Command::cargo_bin("fundmix").unwrap()
}

const EXAMPLE: &str = "scenarios/jelgava/baseline.toml";

fn summary(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap()
}

#[test]
fn example_solves_verifies_and_writes_every_report() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("baseline");
    fundmix()
        .args(["solve", EXAMPLE, "--out"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains("proven optimal"))
        .stdout(predicate::str::contains("keeps every rule"));
    for file in [
        "summary.json",
        "allocation.csv",
        "funding_matrix.csv",
        "report.md",
    ] {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
    let s = summary(&dir);
    assert_eq!(s["status"], "optimal");
    assert_eq!(s["verified"], true);
    assert!(s["objective"].as_f64().unwrap() > 0.0);
    assert!(!s["selected"].as_array().unwrap().is_empty());
    assert!(s["solve_seconds"].is_number());
    for key in ["sources", "money", "staff", "indicators", "partners"] {
        assert!(!s[key].is_null(), "{key} missing from summary.json");
    }
    // Own money + external money = the cost of the funded actions.
    let money = &s["money"];
    let sum = money["own_eur"].as_f64().unwrap() + money["external_eur"].as_f64().unwrap();
    assert!((sum - money["total_cost_eur"].as_f64().unwrap()).abs() < 0.01);

    // allocation.csv adds up to the total cost; every line has four fields.
    let allocation = fs::read_to_string(dir.join("allocation.csv")).unwrap();
    let mut lines = allocation.lines();
    assert_eq!(lines.next(), Some("action,source,period,amount_eur"));
    let total: f64 = lines
        .map(|l| {
            let fields: Vec<&str> = l.split(',').collect();
            assert_eq!(fields.len(), 4, "{l}");
            fields[3].parse::<f64>().unwrap()
        })
        .sum();
    assert!((total - money["total_cost_eur"].as_f64().unwrap()).abs() < 1.0);

    let matrix = fs::read_to_string(dir.join("funding_matrix.csv")).unwrap();
    assert!(matrix.starts_with("action,municipal,"));
    assert!(matrix.lines().last().unwrap().starts_with("total,"));
    let report = fs::read_to_string(dir.join("report.md")).unwrap();
    assert!(report.contains("## Funding matrix"));
}

#[test]
fn same_input_gives_byte_identical_reports() {
    let out = tempfile::tempdir().unwrap();
    let (a, b) = (out.path().join("a"), out.path().join("b"));
    for dir in [&a, &b] {
        fundmix()
            .args(["solve", EXAMPLE, "--no-timings", "--out"])
            .arg(dir)
            .assert()
            .success();
    }
    for file in [
        "summary.json",
        "allocation.csv",
        "funding_matrix.csv",
        "report.md",
    ] {
        assert_eq!(
            fs::read(a.join(file)).unwrap(),
            fs::read(b.join(file)).unwrap(),
            "{file} differs"
        );
    }
    assert!(summary(&a).get("solve_seconds").is_none());
}

/// At the scale of a ministry's call too: a generated plan of 1 000 actions (three sources, a
/// partner, two years, so that the test takes seconds) and a 10% budget cut of it, compared
/// with one worker or two (each scenario solved on a thread of its own, its analyses on
/// rayon's threads), give the same bytes in every report file and workbook, run after run.
#[test]
fn a_generated_plan_of_1000_actions_gives_the_same_bytes_whatever_the_threads() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("ministry");
    fundmix()
        .args([
            "generate",
            "--actions",
            "1000",
            "--sources",
            "3",
            "--partners",
            "1",
        ])
        .args(["--periods", "2", "--seed", "7", "--out"])
        .arg(&plan)
        .assert()
        .success();
    fs::write(
        plan.join("cut.toml"),
        "extends = \"scenario.toml\"\nname = \"Budget cut by 10%\"\nbudget_factor = 0.9\n",
    )
    .unwrap();
    let mut trees = Vec::new();
    for (run, (jobs, threads)) in [("1", "1"), ("2", "4"), ("2", "4")].iter().enumerate() {
        let out = dir.path().join(format!("out-{run}"));
        fundmix()
            .env("RAYON_NUM_THREADS", threads)
            .arg("compare")
            .arg(plan.join("scenario.toml"))
            .arg(plan.join("cut.toml"))
            .args(["--jobs", jobs, "--no-timings", "--xlsx", "--out"])
            .arg(&out)
            .assert()
            .success();
        trees.push(common::tree(&out));
    }
    let funded = fs::read_to_string(dir.path().join("out-0/selection.csv")).unwrap();
    assert!(funded.lines().count() > 500, "a real plan: {funded}");
    for (run, tree) in trees.iter().enumerate().skip(1) {
        assert_eq!(
            tree.keys().collect::<Vec<_>>(),
            trees[0].keys().collect::<Vec<_>>()
        );
        for (file, bytes) in tree {
            assert!(
                bytes == &trees[0][file],
                "run {run}: {} differs",
                file.display()
            );
        }
    }
}

#[test]
fn solving_again_replaces_the_report_folder() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("r");
    fs::create_dir_all(&dir).unwrap();
    // An earlier report (it has a summary.json) with a file the new one does not write.
    fs::write(dir.join("summary.json"), "{}").unwrap();
    fs::write(dir.join("stale.txt"), "old").unwrap();
    fundmix()
        .args(["solve", EXAMPLE, "--out"])
        .arg(&dir)
        .assert()
        .success();
    assert!(!dir.join("stale.txt").exists());
    assert!(summary(&dir)["verified"] == true);
    // No staging folders are left behind.
    let leftovers: Vec<_> = fs::read_dir(out.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .collect();
    assert_eq!(leftovers.len(), 1);
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `fundmix solve EXAMPLE --out dir`: fails, names the folder, says what to do.
fn assert_out_refused(dir: &Path) {
    let out = fundmix()
        .args(["solve", EXAMPLE, "--out"])
        .arg(dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "exit code");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "Error: '{}' holds files that are not a fundmix report",
            dir.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("Choose an empty or new folder for the report (--out DIR)"),
        "{stderr}"
    );
}

// Regression: `--out` at a folder of the user's replaced it whole, deleting what was in it.
#[test]
fn out_folder_with_a_user_file_is_not_deleted() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("documents");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("budget notes.txt"), "keep me").unwrap();
    assert_out_refused(&dir);
    assert_eq!(names(&dir), ["budget notes.txt"]);
    assert_eq!(
        fs::read_to_string(dir.join("budget notes.txt")).unwrap(),
        "keep me"
    );
    // No staging folder is left beside it.
    assert_eq!(names(tmp.path()), ["documents"]);
}

// Regression: `--out` at the scenario's own folder deleted the scenario files and the plan.
#[test]
fn out_folder_that_is_the_scenario_folder_is_not_deleted() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("jelgava");
    fs::create_dir_all(folder.join("plan")).unwrap();
    let example = Path::new("scenarios/jelgava");
    fs::copy(example.join("baseline.toml"), folder.join("baseline.toml")).unwrap();
    for table in fs::read_dir(example.join("plan")).unwrap() {
        let table = table.unwrap().path();
        fs::copy(&table, folder.join("plan").join(table.file_name().unwrap())).unwrap();
    }
    let before = names(&folder);
    let out = fundmix()
        .arg("solve")
        .arg(folder.join("baseline.toml"))
        .arg("--out")
        .arg(&folder)
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Choose an empty or new folder"), "{stderr}");
    assert_eq!(names(&folder), before);
    assert!(!names(&folder.join("plan")).is_empty());
    assert_eq!(names(tmp.path()), ["jelgava"]);
}

// A file where the folder should be is refused too; an empty folder is written into.
#[test]
fn out_may_be_a_new_or_empty_folder_but_not_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("report");
    fs::write(&file, "not a folder").unwrap();
    let out = fundmix()
        .args(["solve", EXAMPLE, "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is a file, not a report folder"),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), "not a folder");

    let empty = tmp.path().join("empty");
    fs::create_dir(&empty).unwrap();
    fundmix()
        .args(["solve", EXAMPLE, "--out"])
        .arg(&empty)
        .assert()
        .success();
    assert!(empty.join("summary.json").is_file());
}

// Regression: a plan paid by own money alone printed "leverage -0.00" (an empty f64 sum is -0.0),
// and unused sources showed "-0.0" EUR in summary.json.
#[test]
fn no_negative_zero_when_nothing_is_external() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("plan");
    fs::create_dir(&plan).unwrap();
    fs::write(plan.join("actions.csv"), "id,cost,impact_points\nA,100,1\n").unwrap();
    fs::write(plan.join("sources.csv"), "id,kind,budget\nown,own,100\n").unwrap();
    let out = tmp.path().join("report");
    let run = fundmix()
        .arg("solve")
        .arg(&plan)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stdout = String::from_utf8(run.stdout).unwrap();
    assert!(
        stdout.contains("external 0 EUR (leverage 0.00 EUR per own EUR)"),
        "{stdout}"
    );
    assert!(!stdout.contains("-0"), "{stdout}");
    let json = fs::read_to_string(out.join("summary.json")).unwrap();
    assert!(!json.contains("-0.0"), "{json}");
    assert_eq!(summary(&out)["money"]["leverage"], 0.0);
    for file in [
        "report.md",
        "report.html",
        "allocation.csv",
        "funding_matrix.csv",
    ] {
        let text = fs::read_to_string(out.join(file)).unwrap();
        assert!(
            !text.contains("-0.00") && !text.contains("-0%"),
            "{file}:\n{text}"
        );
    }
    // The result itself holds +0.0, for every report and chart written from it.
    let scenario = fundmix::validate::load_scenario(&plan).unwrap();
    let options = fundmix::solve::SolveOptions::default();
    let money = fundmix::solve_scenario(&scenario, &options).unwrap().money;
    for (what, value) in [
        ("external", money.external_eur),
        ("partner cash", money.partner_cash_eur),
        ("leverage", money.leverage.unwrap()),
    ] {
        assert!(value == 0.0 && value.is_sign_positive(), "{what}: {value}");
    }
}

#[test]
fn check_compares_asks_and_offers() {
    fundmix()
        .args(["check", EXAMPLE])
        .assert()
        .success()
        .stdout(predicate::str::contains("The input is valid"))
        .stdout(predicate::str::contains("Cost of all actions"))
        .stdout(predicate::str::contains("Source esf_plus (eu)"));
}

#[test]
fn init_writes_a_template_that_solves() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("new-plan");
    fundmix().arg("init").arg(&dir).assert().success();
    fundmix()
        .arg("check")
        .arg(dir.join("scenario.toml"))
        .assert()
        .success();
    fundmix()
        .arg("solve")
        .arg(dir.join("scenario.toml"))
        .arg("--out")
        .arg(out.path().join("report"))
        .assert()
        .success();
    // A second init into the same folder refuses instead of overwriting.
    fundmix()
        .arg("init")
        .arg(&dir)
        .assert()
        .failure()
        .stderr(predicate::str::contains("not empty"));
}

#[test]
fn infeasible_scenario_exits_3_and_says_so() {
    let out = tempfile::tempdir().unwrap();
    let plan = out.path().join("plan");
    fs::create_dir(&plan).unwrap();
    fs::write(
        plan.join("actions.csv"),
        "id,cost,impact_people,status\na,100,1,must\n",
    )
    .unwrap();
    fs::write(plan.join("sources.csv"), "id,kind,budget\nown,own,50\n").unwrap();
    let dir = out.path().join("report");
    fundmix()
        .arg("solve")
        .arg(&plan)
        .arg("--out")
        .arg(&dir)
        .assert()
        .code(3)
        .stdout(predicate::str::contains("no plan can satisfy every rule"));
    let s = summary(&dir);
    assert_eq!(s["status"], "infeasible");
    assert_eq!(s["verified"], false);
    assert!(s["objective"].is_null());
}

#[test]
fn help_explains_exit_codes_and_defaults() {
    fundmix()
        .args(["solve", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes"))
        .stdout(predicate::str::contains("reports/<scenario name>/"))
        .stdout(predicate::str::contains("--mip-gap"));
}

#[test]
fn a_gap_or_time_limit_is_accepted_and_reported() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("gap");
    fundmix()
        .args([
            "solve",
            EXAMPLE,
            "--mip-gap",
            "0.05",
            "--time-limit",
            "30",
            "--out",
        ])
        .arg(&dir)
        .assert()
        .success();
    let status = summary(&dir)["status"].as_str().unwrap().to_string();
    assert!(
        ["optimal", "within_gap"].contains(&status.as_str()),
        "{status}"
    );
}

/// A plan too large to prove optimal in a fraction of a second: 2 000 actions with
/// pseudo-random costs and impacts (a fixed linear congruential sequence, so always the same).
fn large_plan(dir: &Path) {
    let plan = dir.join("plan");
    fs::create_dir_all(&plan).unwrap();
    let mut seed: u64 = 12345;
    let mut next = |modulo: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % modulo
    };
    let mut actions = String::from("id,cost_y1,cost_y2,cost_y3,impact_people\n");
    for i in 0..2000 {
        let (a, b, c, d) = (next(50) * 1000, next(50) * 1000, next(50) * 1000, next(500));
        actions.push_str(&format!("a{i},{a},{b},{c},{d}\n"));
    }
    fs::write(plan.join("actions.csv"), actions).unwrap();
    fs::write(
        plan.join("sources.csv"),
        "id,kind,budget_y1,budget_y2,budget_y3\nown,own,2000000,2000000,2000000\n",
    )
    .unwrap();
}

/// A search stopped by `--time-limit` says so in every report, with the gap when it has a
/// plan, and exits with 3 when it has none. The plan of 2 000 actions takes about 3 s to prove
/// here: half a second stops with a plan, a millisecond usually before any (both cases are
/// checked whichever happens; the half-second one must have a plan).
#[test]
fn a_time_limit_stop_is_reported_as_such() {
    let out = tempfile::tempdir().unwrap();
    large_plan(out.path());
    assert!(
        time_limited(out.path(), "0.5"),
        "no plan within half a second"
    );
    time_limited(out.path(), "0.001");
}

/// Solves the large plan with `--time-limit limit`, checks every report says so; whether a
/// plan was found.
fn time_limited(out: &Path, limit: &str) -> bool {
    let dir = out.join(format!("report-{limit}"));
    let assert = fundmix()
        .arg("solve")
        .arg(out.join("plan"))
        .args(["--time-limit", limit, "--xlsx", "--out"])
        .arg(&dir)
        .assert();
    let s = summary(&dir);
    assert_eq!(s["status"], "time_limit");
    let found = !s["objective"].is_null();
    let label = if !found {
        assert.code(3).stdout(predicate::str::contains(
            "time limit reached before any plan",
        ));
        "time limit reached before any plan was found".to_string()
    } else {
        let gap = s["gap"].as_f64().unwrap();
        assert!(gap >= 0.0);
        assert
            .success()
            .stdout(predicate::str::contains("time limit reached"));
        // Every chart says so under its title, for a plan put on a wall.
        let charts: Vec<_> = fs::read_dir(dir.join("charts"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "svg"))
            .collect();
        assert!(!charts.is_empty());
        for chart in charts {
            let svg = fs::read_to_string(&chart).unwrap();
            assert!(
                svg.contains("(time limit reached: up to "),
                "{} does not say the search was stopped",
                chart.display()
            );
        }
        format!(
            "time limit reached: the plan below may be up to {:.2}% below",
            100.0 * gap
        )
    };
    // The human-readable reports and the workbook say it in the same words.
    for file in ["report.md", "report.html"] {
        let text = fs::read_to_string(dir.join(file)).unwrap();
        assert!(text.contains(&label), "{file} lacks {label:?}");
    }
    let mut workbook = zip::ZipArchive::new(fs::File::open(dir.join("plan.xlsx")).unwrap())
        .expect("plan.xlsx is a workbook");
    let mut strings = String::new();
    std::io::Read::read_to_string(
        &mut workbook.by_name("xl/sharedStrings.xml").unwrap(),
        &mut strings,
    )
    .unwrap();
    assert!(strings.contains(&label), "plan.xlsx lacks {label:?}");
    found
}

// Regression: `fundmix show plan | head -1` panicked ("failed printing to stdout: Broken
// pipe", exit code 101) once the output outgrew the pipe; it now ends quietly, like cat.
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("big");
    assert_cmd::Command::cargo_bin("fundmix")
        .unwrap()
        .args(["generate", "--actions", "3000", "--out"])
        .arg(&plan)
        .assert()
        .success();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("fundmix"))
        .arg("show")
        .arg(plan.join("scenario.toml"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read the first bytes only, then close the pipe, as `head -1` does.
    let mut first = [0u8; 64];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(status.code(), Some(101), "{stderr}");
}
