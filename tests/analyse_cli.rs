//! End-to-end tests of `fundmix explain` and `fundmix frontier`: exit codes, bad ids, output.

mod common;

use assert_cmd::Command;
use common::TempPlan;
use predicates::prelude::*;

fn fundmix() -> Command {
    Command::cargo_bin("fundmix").unwrap()
}

/// Budget 100; A 60 EUR for 10 points, B 50 for 8, C 40 for 7: the plan is A + C.
fn three_actions() -> TempPlan {
    TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_points\nA,60,10\nB,50,8\nC,40,7\n",
        ),
        ("sources.csv", "id,kind,budget\nown,own,100\n"),
    ])
}

#[test]
fn explain_an_action_left_out_prints_the_loss_and_the_entry_cost() {
    let plan = three_actions();
    fundmix()
        .args(["explain", "--action", "B"])
        .arg(plan.plan())
        .assert()
        .success()
        .stdout(predicate::str::contains("Status:    left out of the plan"))
        .stdout(predicate::str::contains("worse by 2 impact points"))
        .stdout(predicate::str::contains("left out to make room: A"))
        .stdout(predicate::str::contains("more than 10 points"));
}

#[test]
fn explain_json_is_one_object_with_the_counterfactual() {
    let plan = three_actions();
    let output = fundmix()
        .args(["explain", "--json", "--action", "A"])
        .arg(plan.plan())
        .output()
        .unwrap();
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["action"], "A");
    assert_eq!(json["forced"]["loss"], 2.0);
    assert_eq!(json["forced"]["funded_instead"][0], "B");
}

#[test]
fn explain_an_unknown_action_is_an_input_error_listing_the_ids() {
    let plan = three_actions();
    fundmix()
        .args(["explain", "--action", "D"])
        .arg(plan.plan())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--action"))
        .stderr(predicate::str::contains("there is no action \"D\""))
        .stderr(predicate::str::contains("use one of: A, B, C"));
}

#[test]
fn explain_in_a_scenario_without_a_plan_says_why_and_exits_3() {
    fundmix()
        .args([
            "explain",
            "scenarios/jelgava/ambitious_targets.toml",
            "--action",
            "digi_bus",
        ])
        .assert()
        .code(3)
        .stdout(predicate::str::contains(
            "target seniors_trained of at least 2 100",
        ))
        .stdout(predicate::str::contains(
            "lower the target seniors_trained from 2 100 to 1 990",
        ));
}

#[test]
fn frontier_writes_its_files_with_every_point() {
    let plan = three_actions();
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("f");
    fundmix()
        .args(["frontier", "--max-points", "50", "--out"])
        .arg(&dir)
        .arg(plan.plan())
        .assert()
        .success()
        .stdout(predicate::str::contains("What more own money buys"))
        .stdout(predicate::str::contains("the cheapest plan"));
    for file in [
        "frontier.csv",
        "frontier.md",
        "charts/frontier.svg",
        "charts/frontier.png",
    ] {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("frontier.json")).unwrap()).unwrap();
    let money: Vec<f64> = json["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["money_eur"].as_f64().unwrap())
        .collect();
    assert_eq!(money, vec![0.0, 40.0, 50.0, 60.0, 90.0, 100.0]);
}

#[test]
fn frontier_refuses_a_folder_that_is_not_a_report() {
    let plan = three_actions();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("budget.xlsx"), "mine").unwrap();
    fundmix()
        .arg("frontier")
        .arg("--out")
        .arg(out.path())
        .arg(plan.plan())
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a fundmix report"));
    assert_eq!(
        std::fs::read_to_string(out.path().join("budget.xlsx")).unwrap(),
        "mine"
    );
}

#[test]
fn solve_with_frontier_adds_its_chart_to_the_html_report() {
    let plan = three_actions();
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("r");
    fundmix()
        .args(["solve", "--frontier", "3", "--out"])
        .arg(&dir)
        .arg(plan.plan())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "What more own money buys – plan (traced exactly, 3 points)",
        ));
    let csv = std::fs::read_to_string(dir.join("frontier.csv")).unwrap();
    assert_eq!(csv.lines().count(), 4, "{csv}");
    assert!(dir.join("charts/frontier.svg").is_file());
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    assert!(html.contains("What more own money buys"));
    // Without --frontier the report has no frontier.
    let plain = out.path().join("p");
    fundmix()
        .args(["solve", "--out"])
        .arg(&plain)
        .arg(plan.plan())
        .assert()
        .success();
    assert!(!plain.join("frontier.csv").exists());
}

#[test]
fn frontier_of_an_unknown_source_is_an_input_error() {
    let plan = three_actions();
    fundmix()
        .args(["frontier", "--source", "esf"])
        .arg(plan.plan())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "there is no funding source \"esf\"",
        ))
        .stderr(predicate::str::contains("use one of: own"));
}

#[test]
fn negative_or_unreadable_solver_settings_are_refused() {
    for arg in [
        "--mip-gap=-0.1",
        "--mip-gap=NaN",
        "--time-limit=0",
        "--time-limit=soon",
    ] {
        fundmix()
            .args(["solve", "scenarios/jelgava/baseline.toml", arg])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("expected a number"));
    }
}
