//! Runs cut into parts (`--shard I/N`) and `fundmix merge`: the merged reports are those of a
//! single run, file for file and byte for byte (robust, compare, frontier exact and grid), and
//! every set of parts that is not one whole run is refused with its folder and a fix, writing
//! nothing.

mod common;

use assert_cmd::Command;
use common::{tree, TempPlan};
use std::fs;
use std::path::{Path, PathBuf};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Runs `fundmix <args>` in `cwd`: (exit code, stdout, stderr).
fn run(cwd: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("fundmix")
        .unwrap()
        .current_dir(cwd)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(cwd: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = run(cwd, args);
    assert_eq!(code, 0, "fundmix {args:?} failed:\n{stderr}");
    stdout
}

/// The two folders hold the same files with the same bytes.
fn assert_same_tree(single: &Path, merged: &Path) {
    let (a, b) = (tree(single), tree(merged));
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "the same files"
    );
    assert!(a.len() > 3, "a report with files: {:?}", a.keys());
    for (file, bytes) in &a {
        assert!(bytes == &b[file], "{} differs", file.display());
    }
}

/// Runs `command` (its arguments before `--out`) once whole into `single`, then in `parts`
/// parts (given to the merge last first), merges them into `merged`, and compares.
fn single_and_merged(cwd: &Path, command: &[&str], parts: usize) {
    let mut whole = command.to_vec();
    whole.extend(["--out", "single"]);
    ok(cwd, &whole);
    let mut folders = Vec::new();
    for i in 1..=parts {
        let shard = format!("{i}/{parts}");
        let out = format!("parts/{i}");
        let mut args = command.to_vec();
        args.extend(["--shard", &shard, "--out", &out]);
        let printed = ok(cwd, &args);
        assert!(
            printed.contains(&format!("Part {i} of {parts}")),
            "{printed}"
        );
        assert!(cwd.join(&out).join("partial.json").is_file());
        folders.push(out);
    }
    let mut merge = vec!["merge"];
    merge.extend(folders.iter().rev().map(String::as_str));
    merge.extend(["--out", "merged"]);
    let printed = ok(cwd, &merge);
    assert!(
        printed.contains(&format!("Merged {parts} parts of `fundmix {}`", command[0])),
        "{printed}"
    );
    assert_same_tree(&cwd.join("single"), &cwd.join("merged"));
}

#[test]
fn robust_in_three_parts_merges_to_the_single_run_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = repo("scenarios/jelgava-risk/baseline.toml");
    let command = ["robust", scenario.to_str().unwrap(), "--samples", "7"];
    single_and_merged(dir.path(), &command, 3);
    let samples = fs::read_to_string(dir.path().join("merged/samples.csv")).unwrap();
    let numbers: Vec<&str> = samples
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(numbers, ["0", "1", "2", "3", "4", "5", "6"]);
}

/// Uncertain costs and impacts travel through the parts too (each draw's drawn costs, the
/// ranges of the report), and the workbook is the single run's.
#[test]
fn robust_with_uncertain_costs_merges_to_the_single_run_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan");
    fs::create_dir(&plan).unwrap();
    fs::write(
        plan.join("actions.csv"),
        "id,name,cost,cost_low,cost_high,impact_people,impact_people_low,impact_people_high\n\
         a,Overruns,100,90,150,10,8,11\nb,Certain,40,,,3,,\n",
    )
    .unwrap();
    fs::write(
        plan.join("sources.csv"),
        "id,name,kind,budget,award_probability\nown,Municipality,own,150,\n\
         grant,Grant,grant,60,0.5\n",
    )
    .unwrap();
    let command = ["robust", plan.to_str().unwrap(), "--samples", "9", "--xlsx"];
    single_and_merged(dir.path(), &command, 2);
    let samples = fs::read_to_string(dir.path().join("merged/samples.csv")).unwrap();
    assert!(
        samples.lines().next().unwrap().contains("cost_a"),
        "{samples}"
    );
}

#[test]
fn compare_in_three_parts_merges_to_the_single_run_byte_for_byte() {
    // Six scenarios, one of them infeasible (its diagnosis travels through the parts too),
    // and the workbook.
    let dir = tempfile::tempdir().unwrap();
    let scenarios = repo("scenarios/jelgava");
    let command = [
        "compare",
        scenarios.to_str().unwrap(),
        "--no-timings",
        "--xlsx",
    ];
    single_and_merged(dir.path(), &command, 3);
    assert!(dir.path().join("merged/comparison.xlsx").is_file());
}

#[test]
fn frontiers_in_parts_merge_to_the_single_run_byte_for_byte() {
    let scenario = repo("scenarios/jelgava/baseline.toml");
    let scenario = scenario.to_str().unwrap();
    // Exact: four segments in three parts (part 1 traces the first and the fourth).
    let exact = tempfile::tempdir().unwrap();
    single_and_merged(exact.path(), &["frontier", scenario], 3);
    // A grid of five amounts in two parts, counting every source's money.
    let grid = tempfile::tempdir().unwrap();
    let command = ["frontier", scenario, "--grid", "5", "--all-sources"];
    single_and_merged(grid.path(), &command, 2);
}

#[test]
fn a_frontier_without_a_plan_merges_to_the_same_files_and_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let cwd = dir.path();
    let scenario = repo("scenarios/jelgava/ambitious_targets.toml");
    let scenario = scenario.to_str().unwrap();
    let (code, _, _) = run(cwd, &["frontier", scenario, "--out", "single"]);
    assert_eq!(code, 3, "no plan");
    for part in ["1", "2"] {
        let shard = format!("{part}/2");
        let out = format!("parts/{part}");
        let (code, stdout, _) = run(
            cwd,
            &["frontier", scenario, "--shard", &shard, "--out", &out],
        );
        assert_eq!(code, 3, "{stdout}");
        assert!(
            stdout.contains("0 of the 4 segments of the frontier traced"),
            "{stdout}"
        );
    }
    let (code, _, _) = run(cwd, &["merge", "parts/1", "parts/2", "--out", "merged"]);
    assert_eq!(code, 3);
    assert_same_tree(&cwd.join("single"), &cwd.join("merged"));
}

/// Writes the parts of a small robust run into `cwd/parts/<i>` (the given ones) with `extra`
/// options.
fn robust_parts(cwd: &Path, input: &Path, count: usize, which: &[usize], extra: &[&str]) {
    for &i in which {
        let shard = format!("{i}/{count}");
        let out = format!("parts/{i}");
        let mut args = vec!["robust", input.to_str().unwrap(), "--samples", "4"];
        args.extend(extra);
        args.extend(["--shard", &shard, "--out", &out]);
        ok(cwd, &args);
    }
}

/// A plan small enough to solve at once: one action a grant may fund (it pays half the time).
fn small_plan(cost: &str) -> TempPlan {
    TempPlan::new(&[
        (
            "actions.csv",
            &format!("id,name,cost,impact_people\nbig,Big,{cost},10\nsmall,Small,10,1\n"),
        ),
        (
            "sources.csv",
            "id,name,kind,budget,eligible,award_probability\n\
             own,Municipality,own,10,small,\ngrant,Grant,grant,100,big,0.5\n",
        ),
    ])
}

/// `fundmix merge <parts> --out merged` fails with exit code 2, writes nothing, and its
/// message holds each of `expected`.
fn refused(cwd: &Path, parts: &[&str], expected: &[&str]) {
    let mut args = vec!["merge"];
    args.extend(parts);
    args.extend(["--out", "merged"]);
    let (code, _, stderr) = run(cwd, &args);
    assert_eq!(code, 2, "{stderr}");
    for text in expected {
        assert!(stderr.contains(text), "{text:?} not in:\n{stderr}");
    }
    assert!(!cwd.join("merged").exists(), "nothing written");
}

#[test]
fn a_merge_refuses_parts_that_are_not_one_whole_run() {
    let plan = small_plan("100");
    let cwd = plan.dir.path();
    let input = plan.plan();
    robust_parts(cwd, &input, 3, &[1, 2, 3], &[]);

    refused(
        cwd,
        &["parts/1", "parts/3"],
        &[
            "the command line (fundmix merge DIR...): part 2 of 3 is missing",
            "--shard 2/3, with the same options as the other parts) and give its folder too",
        ],
    );
    refused(
        cwd,
        &["parts/1", "parts/2", "parts/3", "parts/2"],
        &[
            "parts/2: this is part 2 of 3, as is 'parts/2'",
            "give each part once",
        ],
    );

    // Another seed, another N, another command, another plan.
    let other = tempfile::tempdir().unwrap();
    let other = other.path();
    robust_parts(other, &input, 3, &[2], &["--seed", "9"]);
    fs::rename(other.join("parts/2"), cwd.join("seed9")).unwrap();
    refused(
        cwd,
        &["parts/1", "seed9", "parts/3"],
        &[
            "seed9: this part was run with seed = 9, but 'parts/1' with seed = 1",
            "run this part again with the same options as the others",
        ],
    );
    robust_parts(other, &input, 2, &[2], &[]);
    fs::rename(other.join("parts/2"), cwd.join("of2")).unwrap();
    refused(
        cwd,
        &["parts/1", "parts/2", "parts/3", "of2"],
        &["of2: this is part 2 of 2, but 'parts/1' is a part of 3"],
    );
    let scenario = repo("scenarios/jelgava/baseline.toml");
    ok(
        cwd,
        &[
            "frontier",
            scenario.to_str().unwrap(),
            "--grid",
            "3",
            "--shard",
            "1/3",
            "--out",
            "frontier1",
        ],
    );
    refused(
        cwd,
        &["parts/1", "frontier1"],
        &[
            "frontier1: this is a part of `fundmix frontier`, but 'parts/1' is a part of `fundmix robust`",
            "merge the parts of one run at a time",
        ],
    );
    let dearer = small_plan("90");
    robust_parts(other, &dearer.plan(), 3, &[3], &[]);
    fs::rename(other.join("parts/3"), cwd.join("dearer")).unwrap();
    refused(
        cwd,
        &["parts/1", "parts/2", "dearer"],
        &[
            "dearer: this part was run on other input than 'parts/1': the plan or the scenario differs",
            "run every part on the same files, then merge",
        ],
    );

    // Folders that are no part at all: a report, another folder, none, a damaged file.
    ok(
        cwd,
        &[
            "robust",
            input.to_str().unwrap(),
            "--samples",
            "4",
            "--out",
            "report",
        ],
    );
    fs::create_dir(cwd.join("letters")).unwrap();
    fs::write(cwd.join("letters/a.txt"), "keep me").unwrap();
    refused(
        cwd,
        &["parts/1", "report", "letters", "nowhere"],
        &[
            "report: this is a report, not a partial result",
            "letters: this folder holds no partial.json: it is not a partial result of fundmix",
            "nowhere: this folder does not exist",
            "give the folders that the runs with --shard I/N wrote (their --out)",
        ],
    );
    let part_file = cwd.join("parts/2/partial.json");
    let text = fs::read_to_string(&part_file).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["data"]["samples"].as_array_mut().unwrap().pop();
    fs::write(&part_file, json.to_string()).unwrap();
    refused(
        cwd,
        &["parts/1", "parts/2", "parts/3"],
        &["parts/2: partial.json does not hold what part 2 of 3 should: it was changed after the run"],
    );
    json["fundmix"] = "0.0.1".into();
    fs::write(&part_file, json.to_string()).unwrap();
    refused(
        cwd,
        &["parts/1", "parts/2", "parts/3"],
        &[
            "parts/2: this part was written by fundmix 0.0.1; this is fundmix",
            "run every part and the merge with the same fundmix",
        ],
    );
    fs::write(&part_file, &text[..text.len() / 2]).unwrap();
    refused(
        cwd,
        &["parts/1", "parts/2", "parts/3"],
        &[
            "parts/2: partial.json cannot be read:",
            "run this part again",
        ],
    );
    fs::write(&part_file, &text).unwrap();

    // The reports never replace a part.
    let (code, _, stderr) = run(
        cwd,
        &["merge", "parts/1", "parts/2", "parts/3", "--out", "parts/1"],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains(
            "the command line (--out): 'parts/1' is a partial result: the reports would replace it"
        ),
        "{stderr}"
    );
    assert!(cwd.join("parts/1/partial.json").is_file());

    // The parts as they were merge.
    let printed = ok(
        cwd,
        &["merge", "parts/1", "parts/2", "parts/3", "--out", "merged"],
    );
    assert!(
        printed.contains("Merged 3 parts of `fundmix robust`"),
        "{printed}"
    );
    assert!(cwd.join("merged/robust.json").is_file());
}

#[test]
fn parts_and_reports_never_replace_each_other() {
    let plan = small_plan("100");
    let cwd = plan.dir.path();
    let input = plan.plan();
    let input = input.to_str().unwrap();
    ok(cwd, &["robust", input, "--samples", "4", "--out", "report"]);
    let (code, _, stderr) = run(
        cwd,
        &[
            "robust",
            input,
            "--samples",
            "4",
            "--shard",
            "1/2",
            "--out",
            "report",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        stderr.contains("'report' holds files that are not a partial result of fundmix (it has no partial.json), so nothing was written"),
        "{stderr}"
    );
    assert!(cwd.join("report/robust.json").is_file());

    ok(
        cwd,
        &[
            "robust",
            input,
            "--samples",
            "4",
            "--shard",
            "1/2",
            "--out",
            "part",
        ],
    );
    let (code, _, stderr) = run(cwd, &["robust", input, "--samples", "4", "--out", "part"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("'part' holds files that are not a fundmix report"),
        "{stderr}"
    );
    // A part run again replaces the earlier part, and only that.
    ok(
        cwd,
        &[
            "robust",
            input,
            "--samples",
            "4",
            "--shard",
            "1/2",
            "--out",
            "part",
        ],
    );
    assert_eq!(
        fs::read_dir(cwd.join("part")).unwrap().count(),
        1,
        "partial.json alone"
    );
}

#[test]
fn a_shard_must_be_a_part_of_the_run() {
    let plan = small_plan("100");
    let cwd = plan.dir.path();
    let input = plan.plan();
    let input = input.to_str().unwrap();
    for bad in ["0/3", "4/3", "2", "a/b", "1/0"] {
        let (code, _, stderr) = run(cwd, &["robust", input, "--shard", bad]);
        assert_eq!(code, 2, "{bad}");
        assert!(
            stderr.contains(&format!(
                "expected I/N with 1 <= I <= N, such as 2/4 (part 2 of 4), not \"{bad}\""
            )),
            "{stderr}"
        );
    }
    let (code, _, stderr) = run(cwd, &["robust", input, "--samples", "2", "--shard", "3/3"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("the command line (--shard): 3 parts for 2 draws: some parts would have no draw to solve"),
        "{stderr}"
    );
    assert!(
        stderr.contains("use at most 2 parts (--shard I/2)"),
        "{stderr}"
    );
    let scenario = repo("scenarios/jelgava/baseline.toml");
    let (code, _, stderr) = run(
        cwd,
        &["frontier", scenario.to_str().unwrap(), "--shard", "5/5"],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("an exact frontier is traced in 4 segments, each point of a segment found from the one before, so it can be cut into 4 parts at most, not 5"),
        "{stderr}"
    );
    let scenarios = repo("scenarios/jelgava");
    let (code, _, stderr) = run(
        cwd,
        &["compare", scenarios.to_str().unwrap(), "--shard", "7/7"],
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("7 parts for 6 scenarios"), "{stderr}");
    assert!(!cwd.join("reports").exists(), "nothing written");
}

#[test]
fn parts_run_in_latvian_are_merged_in_latvian() {
    let plan = small_plan("100");
    let cwd = plan.dir.path();
    let input = plan.plan();
    let (code, stdout, _) = run(
        cwd,
        &[
            "robust",
            input.to_str().unwrap(),
            "--samples",
            "4",
            "--lang",
            "lv",
            "--shard",
            "1/2",
            "--out",
            "parts/1",
        ],
    );
    assert_eq!(code, 0);
    assert!(
        stdout.contains("1. daļa no 2: atrisinātas 2 no 4 izlozēm."),
        "{stdout}"
    );
    assert!(stdout.contains("Starprezultāts: parts/1"), "{stdout}");
    refused(
        cwd,
        &["parts/1"],
        &["komandrinda (fundmix merge DIR...): trūkst 2. daļas no 2"],
    );
}
