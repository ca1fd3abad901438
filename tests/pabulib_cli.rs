//! `fundmix pb` and `fundmix import pabulib` end to end: JSON and table output, exit codes,
//! and imported scenarios that solve to the utilitarian outcome.

use assert_cmd::Command;
use fundmix::input::pabulib;
use fundmix::pb::{self, Rule};
use std::path::{Path, PathBuf};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/pabulib");

fn file(name: &str) -> PathBuf {
    Path::new(DATA).join(name)
}

fn fundmix() -> Command {
    Command::cargo_bin("fundmix").unwrap()
}

fn json(args: &[&str]) -> serde_json::Value {
    let output = fundmix().args(args).output().unwrap();
    assert!(output.status.success(), "{:?}", output);
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn json_names_the_rule_the_projects_the_cost_and_the_agreement() {
    let wawer = file("Poland_Warszawa_2022_Wawer.pb");
    let out = json(&["pb", wawer.to_str().unwrap(), "--rule", "greedy", "--json"]);
    assert_eq!(out["rule"], "greedy");
    assert_eq!(out["matches_file_selection"], true);
    let election = pabulib::load(&wawer).unwrap();
    let city: Vec<&str> = election
        .projects
        .iter()
        .filter(|p| p.selected == Some(true))
        .map(|p| p.id.as_str())
        .collect();
    let mut selected: Vec<&str> = out["selected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    selected.sort();
    let mut city_sorted = city.clone();
    city_sorted.sort();
    assert_eq!(selected, city_sorted);
    let cost: f64 = city
        .iter()
        .map(|id| election.projects[election.project_index(id).unwrap()].cost_cents as f64 / 100.0)
        .sum();
    assert_eq!(out["total_cost"].as_f64().unwrap(), cost);

    // Assen funded by equal shares with add1, which the rule reproduces.
    let assen = file("Netherlands_Assen_2024.pb");
    let out = json(&[
        "pb",
        assen.to_str().unwrap(),
        "--rule",
        "equal-shares",
        "--json",
    ]);
    assert_eq!(out["rule"], "equal-shares");
    assert_eq!(out["matches_file_selection"], true);

    // No selected column: the agreement is unknown (null), not false.
    let dieppe = file("Canada_Stanford_Dataset_PB_Dieppe_2018_vote_approvals.pb");
    let out = json(&[
        "pb",
        dieppe.to_str().unwrap(),
        "--rule",
        "utilitarian",
        "--json",
    ]);
    assert_eq!(out["rule"], "utilitarian");
    assert!(out["matches_file_selection"].is_null());
}

#[test]
fn the_table_says_what_is_funded_what_is_left_and_what_differs() {
    let budapest = file("Hungary_Budapest_2022_VIII_Jozsefvaros.pb");
    let output = fundmix()
        .args(["pb", budapest.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let election = pabulib::load(&budapest).unwrap();
    let outcome = pb::run(&election, Rule::Greedy).unwrap();
    let c = outcome.comparison.unwrap();
    assert!(text.contains("Rule:     greedy by votes"), "{text}");
    assert!(
        text.contains(&format!("{} projects funded", outcome.selected.len())),
        "{text}"
    );
    assert!(text.contains("Budget left: "), "{text}");
    assert!(
        text.contains(&format!(
            "City's selection (rule unknown in the file): differs in {} project(s).",
            c.only_rule.len() + c.only_file.len()
        )),
        "{text}"
    );
    for &p in c.only_rule.iter().chain(&c.only_file) {
        assert!(
            text.contains(&format!("  {:<10} ", election.projects[p].id)),
            "{text}"
        );
    }
}

#[test]
fn bad_files_exit_2_with_file_line_and_fix() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.pb");
    std::fs::write(
        &bad,
        "META\nkey;value\nbudget;lots\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;10\n",
    )
    .unwrap();
    let output = fundmix()
        .args(["pb", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("bad.pb, line 3, column 'budget': 'lots' is not an amount of money"),
        "{stderr}"
    );
    assert!(stderr.contains("how to fix: write the total budget as a plain number"));

    let missing = dir.path().join("missing.pb");
    let output = fundmix()
        .args(["pb", missing.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let out = dir.path().join("out");
    let output = fundmix()
        .args([
            "import",
            "pabulib",
            bad.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(!out.exists(), "nothing is written for a bad file");
}

/// Imports `name`, solves the scenario, and returns the funded action ids (sorted).
fn import_and_solve(name: &str, dir: &Path) -> (Vec<String>, fundmix::domain::Scenario) {
    let out = dir.join(name.trim_end_matches(".pb"));
    fundmix()
        .args([
            "import",
            "pabulib",
            file(name).to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .assert()
        .success();
    let scenario = fundmix::validate::load_scenario(&out.join("scenario.toml")).unwrap();
    let result =
        fundmix::solve_scenario(&scenario, &fundmix::solve::SolveOptions::default()).unwrap();
    let mut ids: Vec<String> = result.selected.iter().map(|s| s.action.clone()).collect();
    ids.sort();
    (ids, scenario)
}

#[test]
fn an_imported_election_solves_to_the_utilitarian_outcome() {
    let dir = tempfile::tempdir().unwrap();
    // Approval ballots (votes) and cumulative ballots (points).
    for name in [
        "Poland_Warszawa_2020_Wawer.pb",
        "Poland_Czestochowa_2024_Lisiniec.pb",
    ] {
        let (funded, scenario) = import_and_solve(name, dir.path());
        let election = pabulib::load(&file(name)).unwrap();
        let outcome = pb::run(&election, Rule::Utilitarian).unwrap();
        let mut expected: Vec<String> = outcome
            .selected
            .iter()
            .map(|&p| election.projects[p].id.clone())
            .collect();
        expected.sort();
        assert_eq!(funded, expected, "{name}");
        assert_eq!(scenario.plan.actions.len(), election.projects.len());
        assert_eq!(scenario.plan.sources.len(), 1);
    }
}

#[test]
fn category_budgets_become_sources_that_cap_each_category() {
    let dir = tempfile::tempdir().unwrap();
    let name = "Netherlands_Amsterdam_166.pb";
    let (funded, scenario) = import_and_solve(name, dir.path());
    let election = pabulib::load(&file(name)).unwrap();
    assert_eq!(scenario.plan.sources.len(), election.category_budgets.len());
    for cap in &election.category_budgets {
        let spent: i64 = election
            .projects
            .iter()
            .filter(|p| funded.contains(&p.id) && p.categories.contains(&cap.category))
            .map(|p| p.cost_cents)
            .sum();
        assert!(spent <= cap.budget_cents, "{}: {spent}", cap.category);
    }
    // The unconstrained optimum breaks a category budget, so the caps bind.
    let free = pb::run(&election, Rule::Utilitarian).unwrap();
    let over = fundmix::pb::report::category_spending(&election, &free.selected);
    assert!(over.iter().any(|c| c.over));
}

#[test]
fn import_refuses_a_folder_in_use_and_notes_what_it_cannot_model() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("keep.txt"), "mine").unwrap();
    let output = fundmix()
        .args([
            "import",
            "pabulib",
            file("Netherlands_Assen_2024.pb").to_str().unwrap(),
        ])
        .args(["--out", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8(output.stderr)
        .unwrap()
        .contains("already exists and is not empty"));

    // Category budgets that add up to more than the total cannot be sources.
    let text = std::fs::read_to_string(file("Netherlands_Amsterdam_166.pb"))
        .unwrap()
        .replace("budget_per_category;52000,", "budget_per_category;99000,");
    let election = pabulib::parse(&text, "amsterdam-more.pb").unwrap();
    let out = dir.path().join("more");
    let imported = fundmix::pb::import::import(&election, &out).unwrap();
    assert_eq!(imported.sources, ["pb_budget"]);
    assert!(
        imported.notes[0].contains("more than the total budget"),
        "{:?}",
        imported.notes
    );
    fundmix::validate::load_scenario(&imported.scenario).unwrap();
}

/// Amsterdam's file with one more category that has a budget but no project in it, as in the
/// Buurtbudget Bloemenbuurt 2020 file (valid under the Pabulib format, read by pabutools).
fn amsterdam_with_an_empty_category(category: &str) -> String {
    std::fs::read_to_string(file("Netherlands_Amsterdam_166.pb"))
        .unwrap()
        .replace(
            "Rattenpreventie,Sportactiviteiten",
            &format!("Rattenpreventie,Sportactiviteiten,{category}"),
        )
        .replace(
            "budget_per_category;52000,37000,35000,54000,39000,33000",
            "budget_per_category;52000,37000,35000,54000,39000,33000,20000",
        )
}

#[test]
fn a_category_budget_without_projects_is_a_note_and_changes_nothing() {
    let text = amsterdam_with_an_empty_category("Verkeersveiligheid");
    let election = pabulib::parse(&text, "empty-category.pb").unwrap();
    assert_eq!(election.category_budgets.len(), 7);
    assert_eq!(election.notes.len(), 1, "{:?}", election.notes);
    assert!(
        election.notes[0].contains(
            "empty-category.pb, line 16, column 'categories': the category 'Verkeersveiligheid' \
             has a budget but no project is in it, so its budget limits nothing"
        ),
        "{:?}",
        election.notes
    );
    // The rules choose what they choose without the empty category.
    let plain = pabulib::load(&file("Netherlands_Amsterdam_166.pb")).unwrap();
    for rule in [Rule::Greedy, Rule::Utilitarian] {
        assert_eq!(
            pb::run(&election, rule).unwrap().selected,
            pb::run(&plain, rule).unwrap().selected,
            "{rule:?}"
        );
    }
    // The import leaves the empty category out (its source could fund nothing) and says so.
    let dir = tempfile::tempdir().unwrap();
    let imported = fundmix::pb::import::import(&election, &dir.path().join("out")).unwrap();
    assert_eq!(imported.sources.len(), 6, "{:?}", imported.sources);
    assert!(imported.notes[0].contains("'Verkeersveiligheid'"));
    fundmix::validate::load_scenario(&imported.scenario).unwrap();

    // On the command line: the vote is counted, the note printed.
    let path = dir.path().join("empty-category.pb");
    std::fs::write(&path, &text).unwrap();
    let output = fundmix()
        .args(["pb", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("Note: "), "{stdout}");
    assert!(stdout.contains("'Verkeersveiligheid'"), "{stdout}");
}

#[test]
fn a_category_budget_misspelt_from_an_uncapped_category_is_an_error() {
    // "Armoed" has a budget and no project, "Armoede" has projects and no budget: the same
    // category misspelt, which would leave the Armoede projects uncapped.
    let text = std::fs::read_to_string(file("Netherlands_Amsterdam_166.pb"))
        .unwrap()
        .replace("categories;Armoede,", "categories;Armoed,");
    let error = pabulib::parse(&text, "typo.pb").unwrap_err().to_string();
    assert!(
        error.contains(
            "typo.pb, line 16, column 'categories': the category 'Armoed' has a budget but no \
             project is in it, while the projects' category 'Armoede' has no budget: most \
             likely the same category misspelt"
        ),
        "{error}"
    );
    assert!(
        error.contains("write 'Armoede' in META categories"),
        "{error}"
    );
}
