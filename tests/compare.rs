//! `fundmix compare` end to end: the bundled Jelgava scenarios (one of them infeasible), the
//! order of the rows, determinism across worker counts, and input problems.

mod common;

use assert_cmd::Command;
use common::{tree, TempPlan};
use std::fs;
use std::path::{Path, PathBuf};

fn fundmix() -> Command {
    Command::cargo_bin("fundmix").unwrap()
}

fn jelgava() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/jelgava")
}

/// The bundled scenarios' names in the order `compare` keeps: the base first, then the variants
/// in file-name order (ambitious_targets, budget_cut_10, esf_rejected, inflation_15,
/// telecom_withdraws).
const JELGAVA_ORDER: [&str; 6] = [
    "Baseline",
    "Ambitious targets",
    "Municipal budget -10%",
    "ESF+ rejected",
    "Costs +15%",
    "Telecom partner withdraws",
];

/// Their report folders, in the same order.
const JELGAVA_FOLDERS: [&str; 6] = [
    "baseline",
    "ambitious-targets",
    "municipal-budget-10",
    "esf-rejected",
    "costs-15",
    "telecom-partner-withdraws",
];

/// Runs `fundmix compare <inputs> --out <out> <extra>`; returns (exit code, stdout, stderr).
fn compare(inputs: &[&Path], out: &Path, extra: &[&str]) -> (i32, String, String) {
    let output = fundmix()
        .arg("compare")
        .args(inputs)
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .unwrap();
    (
        output.status.code().expect("an exit code"),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn compare_ok(inputs: &[&Path], out: &Path, extra: &[&str]) -> String {
    let (code, stdout, stderr) = compare(inputs, out, extra);
    assert_eq!(code, 0, "stderr: {stderr}");
    stdout
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The first field of each data line of a CSV file whose first column is never quoted.
fn first_column(csv: &str) -> Vec<String> {
    csv.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect()
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&read(path)).unwrap()
}

/// The scenario names of comparison.json, in order.
fn json_order(dir: &Path) -> Vec<String> {
    json(&dir.join("comparison.json"))
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["scenario"].as_str().unwrap().to_string())
        .collect()
}

/// A copy of the bundled example (scenarios and plan) in a temporary folder.
fn copy_jelgava() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&jelgava(), &dir.path().join("jelgava"));
    dir
}

// ---------------------------------------------------------------------------------------------
// The bundled scenarios
// ---------------------------------------------------------------------------------------------

#[test]
fn bundled_scenarios_compare_with_the_infeasible_one_as_a_row() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("compare");
    let stdout = compare_ok(&[&jelgava()], &dir, &[]);

    // One folder per scenario with its reports, and the comparison files.
    for folder in JELGAVA_FOLDERS {
        for file in [
            "summary.json",
            "allocation.csv",
            "funding_matrix.csv",
            "report.md",
        ] {
            assert!(
                dir.join(folder).join(file).is_file(),
                "{folder}/{file} missing"
            );
        }
    }
    for file in [
        "comparison.csv",
        "comparison.json",
        "comparison.md",
        "selection.csv",
    ] {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
    // Nothing else at the top level but these, the HTML page and charts; no staging folders.
    for entry in fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            JELGAVA_FOLDERS.contains(&name.as_str())
                || name.starts_with("comparison.")
                || name == "selection.csv"
                || name == "charts",
            "unexpected {name}"
        );
    }
    let leftovers: Vec<_> = fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, vec![std::ffi::OsString::from("compare")]);

    // Rows in input order: the base first, then the variants by file name.
    let csv = read(&dir.join("comparison.csv"));
    assert!(csv.starts_with("scenario,status,objective,"), "{csv}");
    assert_eq!(first_column(&csv), JELGAVA_ORDER);
    assert_eq!(json_order(&dir), JELGAVA_ORDER);
    let table: Vec<&str> = stdout.lines().skip(1).take(6).collect();
    for (line, name) in table.iter().zip(JELGAVA_ORDER) {
        assert!(line.starts_with(name), "{line} should be {name}");
    }
    assert!(stdout.contains(&format!("Reports:  {}", dir.display())));

    // The infeasible scenario is a row with its status, not a failure; the others are optimal.
    let rows = json(&dir.join("comparison.json"));
    for (row, name) in rows.as_array().unwrap().iter().zip(JELGAVA_ORDER) {
        if name == "Ambitious targets" {
            assert_eq!(row["status"], "infeasible");
            assert!(row["objective"].is_null());
            assert_eq!(row["actions_funded"], 0);
        } else {
            assert_eq!(row["status"], "optimal", "{name}");
            assert!(row["objective"].as_f64().unwrap() > 0.0, "{name}");
            assert!(row["actions_funded"].as_u64().unwrap() > 0, "{name}");
        }
    }
    let ambitious = csv
        .lines()
        .find(|l| l.starts_with("Ambitious targets,"))
        .unwrap();
    assert!(
        ambitious.starts_with("Ambitious targets,infeasible,,"),
        "{ambitious}"
    );
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("Ambitious targets") && l.contains("infeasible")),
        "{stdout}"
    );
    let summary = json(&dir.join("ambitious-targets/summary.json"));
    assert_eq!(summary["status"], "infeasible");
    assert_eq!(summary["scenario"], "Ambitious targets");
    let md = read(&dir.join("comparison.md"));
    assert!(
        md.contains("| Ambitious targets | infeasible | 0 |"),
        "{md}"
    );
    let md_rows: Vec<&str> = md
        .lines()
        .skip_while(|l| !l.starts_with("|---"))
        .skip(1)
        .take_while(|l| l.starts_with("| "))
        .collect();
    assert_eq!(md_rows.len(), 6, "{md}");
    for (line, name) in md_rows.iter().zip(JELGAVA_ORDER) {
        assert!(line.starts_with(&format!("| {name} |")), "{line}");
    }

    // Each scenario's summary names that scenario; solve times are included by default.
    for (folder, name) in JELGAVA_FOLDERS.iter().zip(JELGAVA_ORDER) {
        let s = json(&dir.join(folder).join("summary.json"));
        assert_eq!(s["scenario"], name);
        assert!(s["solve_seconds"].is_number(), "{folder}: solve time");
    }

    // selection.csv: one column per scenario (in order), one row per action of the plan.
    let selection = read(&dir.join("selection.csv"));
    let mut lines = selection.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header[0], "action");
    assert_eq!(header[1..], JELGAVA_ORDER);
    let actions = read(&jelgava().join("plan/actions.csv"));
    let ids = first_column(&actions);
    assert_eq!(ids.len(), 27);
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(
        rows.iter().map(|r| r[0].to_string()).collect::<Vec<_>>(),
        ids
    );
    for row in &rows {
        assert_eq!(row.len(), 7, "{row:?}");
        for scale in &row[1..] {
            let scale: f64 = scale.parse().unwrap();
            assert!((0.0..=1.0).contains(&scale), "{row:?}");
        }
        // Nothing is funded in the infeasible scenario.
        assert_eq!(row[2], "0.0000", "{row:?}");
    }
    // The funded actions per column match each scenario's count.
    for (c, row) in rows_of(&json(&dir.join("comparison.json")))
        .iter()
        .enumerate()
    {
        let funded = rows.iter().filter(|r| r[c + 1] != "0.0000").count();
        assert_eq!(funded as u64, *row, "{}", JELGAVA_ORDER[c]);
    }
    // The coordinator post is a must in every feasible scenario.
    let coordinator = rows.iter().find(|r| r[0] == "coordinator_post").unwrap();
    for (c, scale) in coordinator[1..].iter().enumerate() {
        if c != 1 {
            assert_eq!(*scale, "1.0000", "{}", JELGAVA_ORDER[c]);
        }
    }
}

/// `actions_funded` of each comparison.json row.
fn rows_of(rows: &serde_json::Value) -> Vec<u64> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| r["actions_funded"].as_u64().unwrap())
        .collect()
}

#[test]
fn one_worker_and_two_workers_give_byte_identical_trees() {
    let out = tempfile::tempdir().unwrap();
    let (one, two) = (out.path().join("one"), out.path().join("two"));
    compare_ok(&[&jelgava()], &one, &["--jobs", "1", "--no-timings"]);
    compare_ok(&[&jelgava()], &two, &["--jobs", "2", "--no-timings"]);
    let (a, b) = (tree(&one), tree(&two));
    // The same files (charts and HTML included, whatever exists of them) ...
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "the same files"
    );
    assert!(a.len() >= 6 * 4 + 4, "{} files", a.len());
    // ... with the same bytes.
    for (file, bytes) in &a {
        assert!(bytes == &b[file], "{} differs", file.display());
    }
    // And no solve times in them.
    for (file, bytes) in &a {
        if file.extension().is_some_and(|e| e == "json") {
            let text = String::from_utf8_lossy(bytes);
            assert!(!text.contains("solve_seconds"), "{}", file.display());
        }
    }
    let charts = a
        .keys()
        .filter(|f| f.components().any(|c| c.as_os_str() == "charts"))
        .count();
    let html = a
        .keys()
        .filter(|f| f.extension().is_some_and(|e| e == "html"))
        .count();
    eprintln!(
        "compared {} files, of which {charts} charts and {html} HTML pages",
        a.len()
    );
}

#[test]
fn files_given_one_by_one_keep_their_order() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("cmp");
    let (esf, base) = (
        jelgava().join("esf_rejected.toml"),
        jelgava().join("baseline.toml"),
    );
    compare_ok(&[&esf, &base], &dir, &["--no-timings"]);
    let order = ["ESF+ rejected", "Baseline"];
    assert_eq!(first_column(&read(&dir.join("comparison.csv"))), order);
    assert_eq!(json_order(&dir), order);
    let selection = read(&dir.join("selection.csv"));
    assert!(
        selection.starts_with("action,ESF+ rejected,Baseline\n"),
        "{selection}"
    );
    assert_eq!(selection.lines().count(), 1 + 27);
    let mut folders: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir() && e.file_name() != "charts")
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    assert_eq!(folders, ["baseline", "esf-rejected"]);
}

// ---------------------------------------------------------------------------------------------
// Order and folders on a small plan
// ---------------------------------------------------------------------------------------------

fn small_plan() -> TempPlan {
    TempPlan::new(&[
        ("actions.csv", "id,cost,impact_people\nA,100,10\nB,50,4\n"),
        ("sources.csv", "id,kind,budget\nown,own,120\n"),
    ])
}

// In a folder: bases first, then the variants extending them, then theirs, each by file name.
#[test]
fn a_folder_lists_bases_before_their_variants() {
    let plan = small_plan();
    plan.scenario(
        "a_leaf.toml",
        "extends = \"m_mid.toml\"\nname = \"Leaf\"\nbudget_factor = 0.5\n",
    );
    plan.scenario(
        "m_mid.toml",
        "extends = \"z_base.toml\"\nname = \"Mid\"\n[actions.B]\nstatus = \"never\"\n",
    );
    plan.scenario("z_base.toml", "name = \"Base\"\nplan = \"plan\"\n");
    plan.scenario("b_other.toml", "name = \"Other\"\nplan = \"plan\"\n");
    let out = plan.dir.path().join("out");
    compare_ok(&[plan.dir.path()], &out, &["--no-timings"]);
    let order = ["Other", "Base", "Mid", "Leaf"];
    assert_eq!(first_column(&read(&out.join("comparison.csv"))), order);
    assert_eq!(json_order(&out), order);
    // Base and Other: A (100) → 10; Mid: A → 10; Leaf: budget 60, B never: nothing fits.
    let selection = read(&out.join("selection.csv"));
    assert_eq!(
        selection,
        "action,Other,Base,Mid,Leaf\nA,1.0000,1.0000,1.0000,0.0000\nB,0.0000,0.0000,0.0000,0.0000\n"
    );
}

#[test]
fn scenarios_with_the_same_name_get_their_own_folders() {
    let plan = small_plan();
    plan.scenario("one.toml", "name = \"Same\"\nplan = \"plan\"\n");
    plan.scenario(
        "two.toml",
        "name = \"Same\"\nplan = \"plan\"\ncost_factor = 2\n",
    );
    let out = plan.dir.path().join("out");
    compare_ok(&[plan.dir.path()], &out, &["--no-timings"]);
    // two.toml: A costs 200 > 120; B (100) → 4.
    assert_eq!(json(&out.join("same/summary.json"))["objective"], 10.0);
    assert_eq!(json(&out.join("same-2/summary.json"))["objective"], 4.0);
}

// ---------------------------------------------------------------------------------------------
// Input problems
// ---------------------------------------------------------------------------------------------

#[test]
fn an_input_error_in_one_scenario_stops_the_whole_run() {
    let copy = copy_jelgava();
    let folder = copy.path().join("jelgava");
    fs::write(
        folder.join("typo.toml"),
        "extends = \"baseline.toml\"\nname = \"Typo\"\n\n[sources.esf]\nenabled = false\n",
    )
    .unwrap();
    let out = copy.path().join("out");
    let (code, stdout, stderr) = compare(&[&folder], &out, &["--no-timings"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    let file = folder.join("typo.toml");
    assert_eq!(
        stderr,
        format!(
            "Error: the input has 1 problem (nothing was written):\n  \
             1. {}, line 4, key 'sources.esf': 'esf' is not a source id in sources.csv\n    \
             how to fix: use one of: municipal, esf_plus, erdf, national_digital, erasmus_adult, community_fund\n\n",
            file.display()
        )
    );
    assert!(!out.exists(), "nothing is written");
    // Nothing else was written beside it either (no staging folder).
    let entries: Vec<_> = fs::read_dir(copy.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(entries, vec![std::ffi::OsString::from("jelgava")]);

    // An earlier comparison in the output folder is left as it was.
    fs::create_dir(&out).unwrap();
    fs::write(out.join("keep.txt"), "earlier").unwrap();
    let (code, _, _) = compare(&[&folder], &out, &[]);
    assert_eq!(code, 2);
    assert_eq!(tree(&out).len(), 1);
    assert_eq!(read(&out.join("keep.txt")), "earlier");
}

#[test]
fn problems_of_several_files_are_listed_together() {
    let plan = small_plan();
    plan.scenario("ok.toml", "name = \"Fine\"\nplan = \"plan\"\n");
    plan.scenario("bad1.toml", "plan = \"plan\"\ncost_factor = -2\n");
    plan.scenario(
        "bad2.toml",
        "plan = \"plan\"\n[actions.Z]\nstatus = \"must\"\n",
    );
    let out = plan.dir.path().join("out");
    let (code, _, stderr) = compare(&[plan.dir.path()], &out, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.starts_with("Error: the input has 2 problems (nothing was written):\n"));
    let bad1 = plan.dir.path().join("bad1.toml");
    let bad2 = plan.dir.path().join("bad2.toml");
    assert!(
        stderr.contains(&format!(
            "  1. {}, line 2, key 'cost_factor': -2 is not a factor of 0 or more",
            bad1.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "  2. {}, line 2, key 'actions.Z': 'Z' is not an action id in actions.csv",
            bad2.display()
        )),
        "{stderr}"
    );
    assert!(!out.exists());
}

#[test]
fn an_empty_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    // A folder holding only non-scenario files counts as empty.
    fs::write(empty.join("notes.txt"), "no scenarios here").unwrap();
    let out = dir.path().join("out");
    let (code, stdout, stderr) = compare(&[&empty], &out, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert_eq!(
        stderr,
        format!(
            "Error: the input has 1 problem (nothing was written):\n  \
             1. {}: the folder holds no scenario files (.toml)\n    \
             how to fix: name scenario files, or a folder that holds them\n\n",
            empty.display()
        )
    );
    assert!(!out.exists());
}

#[test]
fn a_missing_input_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere");
    let out = dir.path().join("out");
    let (code, _, stderr) = compare(&[&missing], &out, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "  1. {}: there is no such file or folder\n",
            missing.display()
        )),
        "{stderr}"
    );
    assert!(!out.exists());
}
