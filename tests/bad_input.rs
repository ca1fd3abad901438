//! End-to-end tests of bad input: each test breaks a small, valid plan in one way and checks
//! that `fundmix` exits with code 2, names the file, row, column and fix of the problem on
//! stderr, writes nothing, and does not panic.

mod common;

use assert_cmd::Command;
use common::TempPlan;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

const ACTIONS: &str = "\
id,name,category,cost_2025,cost_2026,staff_hours_2025,staff_hours_2026,min_scale,impact_people,requires,excludes,status
a,Coordinator,skills,100,100,10,10,1,5,,,must
b,Courses,skills,200,0,0,0,0.5,7,a,,
c,Access points,access,50,50,0,0,1,2,,,
";

const SOURCES: &str = "\
id,name,kind,budget,budget_2025,budget_2026,max_share,eligible,min_grant,max_grant
own,Municipal budget,own,,500,500,1,,,
eu,ESF+,eu,1000,,,0.85,skills,,
";

const PARTNERS: &str = "\
id,name,cash_2025,cash_2026,staff_hours_2025,staff_hours_2026,eligible,max_actions
lib,Library,0,0,10,10,skills,1
";

const TARGETS: &str = "\
indicator,min,hard,penalty
people,5,true,
";

const TABLES: [&str; 4] = ["actions.csv", "sources.csv", "partners.csv", "targets.csv"];

/// The valid plan with some tables replaced (`Some(text)`) or left out (`None`).
fn plan_with(changes: &[(&str, Option<&str>)]) -> TempPlan {
    let tables: Vec<(&str, &str)> = TABLES
        .iter()
        .zip([ACTIONS, SOURCES, PARTNERS, TARGETS])
        .filter_map(
            |(&name, text)| match changes.iter().find(|(changed, _)| *changed == name) {
                Some((_, replacement)) => replacement.map(|t| (name, t)),
                None => Some((name, text)),
            },
        )
        .collect();
    TempPlan::new(&tables)
}

/// `text` with the first occurrence of `from` replaced by `to` (which must be there).
fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "'{from}' not in the table");
    text.replacen(from, to, 1)
}

fn fundmix() -> Command {
    Command::cargo_bin("fundmix").unwrap()
}

/// Runs `fundmix solve INPUT --out <temp>/out`; asserts exit code 2, every `expected` text on
/// stderr, a fix, no panic, nothing on stdout and no output folder. Returns stderr.
fn rejects(plan: &TempPlan, input: &Path, expected: &[&str]) -> String {
    let out = plan.dir.path().join("out");
    let assert = fundmix()
        .arg("solve")
        .arg(input)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("how to fix:"))
        .stderr(predicate::str::contains("(nothing was written)"))
        .stderr(predicate::str::contains("panicked").not());
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    for text in expected {
        assert!(
            stderr.contains(text),
            "stderr lacks {text:?}; it was:\n{stderr}"
        );
    }
    assert!(
        !out.exists(),
        "the output folder {} was written",
        out.display()
    );
    stderr
}

/// Like [`rejects`] for the plan folder itself.
fn plan_rejected(plan: &TempPlan, expected: &[&str]) -> String {
    rejects(plan, &plan.plan(), expected)
}

/// The number of problems stderr announces.
fn problem_count(stderr: &str) -> usize {
    let rest = stderr
        .split("the input has ")
        .nth(1)
        .unwrap_or_else(|| panic!("no problem count in:\n{stderr}"));
    rest.split_whitespace().next().unwrap().parse().unwrap()
}

/// Asserts that exactly one problem is reported (no follow-on problems caused by the first).
fn only_problem(stderr: &str) {
    assert_eq!(problem_count(stderr), 1, "expected one problem:\n{stderr}");
    assert!(stderr.contains("the input has 1 problem (nothing was written)"));
}

/// A scenario file `s.toml` beside the valid plan.
fn scenario(plan: &TempPlan, toml: &str) -> PathBuf {
    plan.scenario("s.toml", toml)
}

// ---------------------------------------------------------------------------------------------
// The valid plan really is valid (so every failure below comes from the one change made).

#[test]
fn the_unbroken_plan_is_valid() {
    let plan = plan_with(&[]);
    fundmix()
        .arg("check")
        .arg(plan.plan())
        .assert()
        .success()
        .stdout(predicate::str::contains("The input is valid"));
    let s = scenario(
        &plan,
        "name = \"ok\"\nobjective = \"min-own-cost\"\nstaff_capacity = { \"2025\" = 100, \"2026\" = 100 }\n[weights]\npeople = 2\n",
    );
    fundmix().arg("check").arg(s).assert().success();
}

// ---------------------------------------------------------------------------------------------
// Files and columns

#[test]
fn missing_actions_csv() {
    let plan = plan_with(&[("actions.csv", None)]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv: the file is missing",
            "how to fix: put the file in the plan folder under exactly this name",
        ],
    );
    only_problem(&err);
}

#[test]
fn missing_sources_csv() {
    let plan = plan_with(&[("sources.csv", None)]);
    let err = plan_rejected(&plan, &["plan/sources.csv: the file is missing"]);
    only_problem(&err);
}

#[test]
fn both_required_files_missing_are_both_reported() {
    let plan = plan_with(&[("actions.csv", None), ("sources.csv", None)]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv: the file is missing",
            "plan/sources.csv: the file is missing",
        ],
    );
    assert_eq!(problem_count(&err), 2);
}

#[test]
fn optional_tables_may_be_left_out() {
    let plan = plan_with(&[("partners.csv", None), ("targets.csv", None)]);
    fundmix().arg("check").arg(plan.plan()).assert().success();
}

#[test]
fn missing_id_column() {
    let actions = ACTIONS
        .lines()
        .map(|l| l.split_once(',').map_or(l, |(_, rest)| rest))
        .collect::<Vec<_>>()
        .join("\n");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv: the column 'id' is missing",
            "how to fix: add a column 'id' (a unique short name for each action) to the header row",
        ],
    );
    // No follow-on problems about the `eligible` lists of sources and partners.
    only_problem(&err);
}

#[test]
fn no_cost_column() {
    let actions = edit(ACTIONS, "cost_2025,cost_2026", "price_2025,price_2026");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv: no cost column: neither 'cost' nor 'cost_<period>'",
            "how to fix: add a 'cost' column, or one 'cost_<year>' column per year of the plan",
        ],
    );
    only_problem(&err);
}

#[test]
fn no_impact_column() {
    let actions = edit(ACTIONS, "impact_people", "people");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv: no impact column: at least one 'impact_<indicator>' column is needed",
            "how to fix: add a column 'impact_<indicator>'",
        ],
    );
    // targets.csv is not blamed for an indicator that only lacks its column.
    only_problem(&err);
}

#[test]
fn empty_plan_with_a_header_only() {
    let header = format!("{}\n", ACTIONS.lines().next().unwrap());
    let plan = plan_with(&[("actions.csv", Some(&header))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv: the plan has no actions",
            "how to fix: add one row per candidate action below the header",
        ],
    );
    only_problem(&err);
}

#[test]
fn header_only_sources() {
    let header = format!("{}\n", SOURCES.lines().next().unwrap());
    let plan = plan_with(&[("sources.csv", Some(&header))]);
    let err = plan_rejected(
        &plan,
        &["plan/sources.csv: the plan has no funding sources"],
    );
    only_problem(&err);
}

#[test]
fn empty_file() {
    for table in TABLES {
        let plan = plan_with(&[(table, Some(""))]);
        let err = plan_rejected(
            &plan,
            &[
                &format!("plan/{table}: the file is empty"),
                "how to fix: add a header row with the column names",
            ],
        );
        only_problem(&err);
    }
}

#[test]
fn file_of_blank_lines_is_empty() {
    let plan = plan_with(&[("actions.csv", Some("\n\n \n"))]);
    let err = plan_rejected(&plan, &["plan/actions.csv: the file is empty"]);
    only_problem(&err);
}

// A file separated by semicolons is read as European Excel saves it (see tests/locale_csv.rs);
// tabs are still refused.
#[test]
fn file_separated_by_semicolons_is_read() {
    let actions = ACTIONS.replace(',', ";").replace("0.5", "0,5");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    fundmix()
        .arg("check")
        .arg(plan.plan())
        .assert()
        .success()
        .stdout(predicate::str::contains("The input is valid"));
}

#[test]
fn file_separated_by_tabs() {
    let actions = ACTIONS.replace(',', "\t");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, row 1: the cells are separated by tabs instead of commas",
            "how to fix: save the file as 'CSV UTF-8 (comma delimited)'",
        ],
    );
    only_problem(&err);
}

#[test]
fn file_not_utf8() {
    let plan = plan_with(&[]);
    std::fs::write(
        plan.plan().join("actions.csv"),
        b"id,cost,impact_people\nk\xe9ja,1,1\n",
    )
    .unwrap();
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv: the file is not UTF-8 text",
            "how to fix: save it from your spreadsheet as 'CSV UTF-8 (comma delimited)'",
        ],
    );
    only_problem(&err);
}

#[test]
fn row_with_too_few_cells() {
    let actions = format!("{ACTIONS}d,Shifted,1,1,0,0\n");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, row 5: the row has 6 cells but the header has 12 columns",
            "how to fix: add the missing cells where they belong",
        ],
    );
    only_problem(&err);
}

#[test]
fn row_with_too_many_cells() {
    // An unquoted comma in a name splits it into two cells.
    let actions = edit(ACTIONS, "c,Access points,", "c,Access, points,");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, row 4: the row has 13 cells but the header has 12 columns, so its values may be under the wrong columns",
            "how to fix: a text containing a comma must be in double quotes",
        ],
    );
    only_problem(&err);
}

#[test]
fn quoted_commas_blank_rows_and_trailing_empty_cells_are_fine() {
    let actions = edit(ACTIONS, "c,Access points,", "c,\"Access, points\",");
    let actions = edit(&actions, "\nb,", "\n\n,,,,,,,,,,,\nb,");
    let actions = format!("{actions},,,,,,,,,,,,,,\n\n");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    fundmix().arg("check").arg(plan.plan()).assert().success();
}

#[test]
fn rows_keep_their_spreadsheet_numbers_after_blank_rows() {
    let actions = edit(ACTIONS, "\nb,", "\n\nb,");
    let actions = edit(
        &actions,
        "c,Access points,access,50,",
        "c,Access points,access,-50,",
    );
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &["plan/actions.csv, row 5, column 'cost_2025': '-50' is negative"],
    );
    only_problem(&err);
}

#[test]
fn column_named_twice() {
    let actions = edit(ACTIONS, ",status\n", ",cost_2025\n");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, row 1, column 'cost_2025': the column 'cost_2025' appears 2 times in the header (columns D, L)",
            "how to fix: keep one column 'cost_2025' and delete or rename the others",
        ],
    );
    only_problem(&err);
}

#[test]
fn misspelt_column() {
    let actions = edit(ACTIONS, ",status\n", ",staus\n");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, column 'staus': fundmix does not read a column 'staus', so its values would be ignored; did you mean 'status'?",
            "how to fix: rename the column to 'status'",
        ],
    );
    only_problem(&err);
}

#[test]
fn unknown_note_columns_are_ignored() {
    let actions = ACTIONS
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                format!("{l},responsible,comment\n")
            } else {
                format!("{l},Anna,first year\n")
            }
        })
        .collect::<String>();
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    fundmix().arg("check").arg(plan.plan()).assert().success();
}

// ---------------------------------------------------------------------------------------------
// Ids and references

#[test]
fn duplicate_action_ids() {
    let actions = format!("{ACTIONS}a,Again,skills,1,1,0,0,1,1,,,\n");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, row 5, column 'id': the action id 'a' is used twice (first on row 2)",
            "how to fix: give every action its own id",
        ],
    );
    only_problem(&err);
}

#[test]
fn empty_action_id() {
    let actions = edit(ACTIONS, "\nc,", "\n,");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &["plan/actions.csv, row 4, column 'id': the id is empty"],
    );
    only_problem(&err);
}

#[test]
fn duplicate_source_ids() {
    let sources = format!("{SOURCES}own,Second budget,own,,1,1,1,,,\n");
    let plan = plan_with(&[("sources.csv", Some(&sources))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/sources.csv, row 4, column 'id': the source id 'own' is used twice (first on row 2)",
            "how to fix: give every source its own id",
        ],
    );
    only_problem(&err);
}

#[test]
fn duplicate_partner_ids() {
    let partners = format!("{PARTNERS}lib,Library again,0,0,1,1,,1\n");
    let plan = plan_with(&[("partners.csv", Some(&partners))]);
    let err = plan_rejected(
        &plan,
        &["plan/partners.csv, row 3, column 'id': the partner id 'lib' is used twice (first on row 2)"],
    );
    only_problem(&err);
}

#[test]
fn unknown_id_in_requires() {
    let actions = edit(ACTIONS, ",7,a,,", ",7,a;zz,,");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, row 3, column 'requires': 'zz' is not an action id in actions.csv",
            "how to fix: list existing action ids, separated by ';'",
        ],
    );
    only_problem(&err);
}

#[test]
fn unknown_id_in_excludes() {
    let actions = edit(ACTIONS, ",1,2,,,", ",1,2,,qq,");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &["plan/actions.csv, row 4, column 'excludes': 'qq' is not an action id in actions.csv"],
    );
    only_problem(&err);
}

#[test]
fn a_likely_typo_in_source_eligible_is_an_error() {
    let sources = edit(SOURCES, ",skills,", ",skills;acess,");
    let plan = plan_with(&[("sources.csv", Some(&sources))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/sources.csv, row 3, column 'eligible': 'acess' is neither an action id nor a category in actions.csv, but 'access' is: most likely a typo",
            "how to fix: write 'access' if that is what you meant",
        ],
    );
    only_problem(&err);
}

#[test]
fn a_likely_typo_in_partner_eligible_is_an_error() {
    let partners = edit(PARTNERS, ",skills,", ",skils,");
    let plan = plan_with(&[("partners.csv", Some(&partners))]);
    let err = plan_rejected(
        &plan,
        &["plan/partners.csv, row 2, column 'eligible': 'skils' is neither an action id nor a category in actions.csv, but 'skills' is"],
    );
    only_problem(&err);
}

/// A category no action of this plan has (a template plan, or a variant without those
/// actions) is allowed: a note on stderr, and the plan is solved.
#[test]
fn an_eligible_category_without_actions_is_a_note_not_an_error() {
    let sources = edit(SOURCES, ",skills,", ",skills;housing,");
    let partners = edit(PARTNERS, ",skills,", ",museum,");
    let plan = plan_with(&[
        ("sources.csv", Some(&sources)),
        ("partners.csv", Some(&partners)),
    ]);
    let out = plan.dir.path().join("out");
    let assert = fundmix()
        .arg("solve")
        .arg(plan.plan())
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    for text in [
        "plan/sources.csv, row 3, column 'eligible': 'housing' names no action or category of this plan, so this source funds nothing through it",
        "if this is not what you meant: list the categories or action ids this source may fund",
        "plan/partners.csv, row 2, column 'eligible': 'museum' names no action or category of this plan, so this partner joins nothing through it",
    ] {
        assert!(stderr.contains(text), "stderr lacks {text:?}:\n{stderr}");
    }
    assert_eq!(stderr.matches("Note: ").count(), 2, "{stderr}");
    // ESF+ still funds its skills actions; the partner, eligible for nothing, joins none.
    let allocation = std::fs::read_to_string(out.join("allocation.csv")).unwrap();
    assert!(allocation.contains(",eu,"), "{allocation}");
    let summary = std::fs::read_to_string(out.join("summary.json")).unwrap();
    assert!(
        summary.contains("\"actions\": [],\n      \"cash_eur\": 0.0,\n      \"hours\": 0.0"),
        "{summary}"
    );
}

#[test]
fn requires_cycle_is_named() {
    let actions = "\
id,cost,impact_people,requires
x,1,1,
a,1,1,b
b,1,1,c
c,1,1,a
";
    let plan = plan_with(&[
        ("actions.csv", Some(actions)),
        ("sources.csv", Some("id,budget\nown,100\n")),
        ("partners.csv", None),
        ("targets.csv", None),
    ]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, row 3, column 'requires': the 'requires' links form a cycle: a → b → c → a",
            "how to fix: remove one of these 'requires' links",
        ],
    );
    only_problem(&err);
}

#[test]
fn action_requiring_itself() {
    let actions = edit(ACTIONS, ",7,a,,", ",7,a;b,,");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, row 3, column 'requires': action 'b' lists itself",
            "how to fix: remove 'b' from its own 'requires' list",
        ],
    );
    only_problem(&err);
}

// ---------------------------------------------------------------------------------------------
// Values

#[test]
fn negative_cost() {
    let actions = edit(ACTIONS, "b,Courses,skills,200,", "b,Courses,skills,-5,");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, row 3, column 'cost_2025': '-5' is negative",
            "how to fix: enter an amount of 0 or more, digits only (e.g. 12500 or 12500.50)",
        ],
    );
    only_problem(&err);
}

#[test]
fn non_numeric_cost() {
    let actions = edit(
        ACTIONS,
        "b,Courses,skills,200,0,",
        "b,Courses,skills,200,12k,",
    );
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &["plan/actions.csv, row 3, column 'cost_2026': '12k' is not a number"],
    );
    only_problem(&err);
}

#[test]
fn max_share_above_one() {
    let sources = edit(SOURCES, ",0.85,", ",1.2,");
    let plan = plan_with(&[("sources.csv", Some(&sources))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/sources.csv, row 3, column 'max_share': '1.2' is out of range (it must be between 0 and 1)",
            "how to fix: enter the co-financing rate as a share between 0 and 1 (85% = 0.85)",
        ],
    );
    only_problem(&err);
}

#[test]
fn max_share_as_percent() {
    let sources = edit(SOURCES, ",0.85,", ",85%,");
    let plan = plan_with(&[("sources.csv", Some(&sources))]);
    let err = plan_rejected(
        &plan,
        &["plan/sources.csv, row 3, column 'max_share': '85%' is not a number"],
    );
    only_problem(&err);
}

// Amounts above 10^15 EUR are typos (and a double no longer holds their cents): every money
// column refuses them, staff hours do not.
#[test]
fn absurdly_large_amounts() {
    let actions = edit(
        ACTIONS,
        "c,Access points,access,50,",
        "c,Access points,access,2e15,",
    );
    let sources = edit(SOURCES, "eu,ESF+,eu,1000,", "eu,ESF+,eu,1000000000000001,");
    let partners = edit(
        PARTNERS,
        "lib,Library,0,0,10,10,",
        "lib,Library,0,5e15,1e16,10,",
    );
    let plan = plan_with(&[
        ("actions.csv", Some(&actions)),
        ("sources.csv", Some(&sources)),
        ("partners.csv", Some(&partners)),
    ]);
    let range = "is out of range (it must be between 0 and 1000000000000000)";
    plan_rejected(
        &plan,
        &[
            &format!("plan/actions.csv, row 4, column 'cost_2025': '2e15' {range}"),
            &format!("plan/sources.csv, row 3, column 'budget': '1000000000000001' {range}"),
            &format!("plan/partners.csv, row 2, column 'cash_2026': '5e15' {range}"),
            "the input has 3 problems",
        ],
    );
}

#[test]
fn min_scale_zero() {
    let actions = edit(ACTIONS, ",0.5,7,", ",0,7,");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, row 3, column 'min_scale': '0' is out of range (it must be above 0 and at most 1)",
            "how to fix: enter a share above 0 and at most 1",
        ],
    );
    only_problem(&err);
}

#[test]
fn min_scale_above_one() {
    let actions = edit(ACTIONS, ",0.5,7,", ",1.5,7,");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &["plan/actions.csv, row 3, column 'min_scale': '1.5' is out of range (it must be above 0 and at most 1)"],
    );
    only_problem(&err);
}

#[test]
fn min_grant_above_max_grant() {
    let sources = edit(SOURCES, ",skills,,", ",skills,5000,1000");
    let plan = plan_with(&[("sources.csv", Some(&sources))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/sources.csv, row 3, column 'min_grant': min_grant 5000 is larger than max_grant 1000",
            "how to fix: make min_grant at most max_grant",
        ],
    );
    only_problem(&err);
}

#[test]
fn invalid_status() {
    let actions = edit(ACTIONS, ",1,2,,,", ",1,2,,,maybe");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, row 4, column 'status': 'maybe' is not a status",
            "how to fix: write 'must' (must be funded), 'never' (must not be funded) or leave the cell empty",
        ],
    );
    only_problem(&err);
}

#[test]
fn invalid_source_kind() {
    let sources = edit(SOURCES, "eu,ESF+,eu,", "eu,ESF+,europe,");
    let plan = plan_with(&[("sources.csv", Some(&sources))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/sources.csv, row 3, column 'kind': 'europe' is not a kind of source",
            "how to fix: write one of: own (the municipality's budget), eu, national, grant, private, other",
        ],
    );
    only_problem(&err);
}

#[test]
fn source_without_any_budget() {
    let sources = edit(SOURCES, "eu,ESF+,eu,1000,", "eu,ESF+,eu,,");
    let plan = plan_with(&[("sources.csv", Some(&sources))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/sources.csv, row 3, column 'budget': source 'eu' has no total budget and no budget for every period",
            "how to fix: enter its total budget in 'budget', or a budget for each period",
        ],
    );
    only_problem(&err);
}

#[test]
fn sources_without_a_budget_column() {
    let plan = plan_with(&[("sources.csv", Some("id,kind\nown,own\n"))]);
    let err = plan_rejected(
        &plan,
        &["plan/sources.csv: no budget column: neither 'budget' nor 'budget_<period>'"],
    );
    only_problem(&err);
}

#[test]
fn target_for_unknown_indicator() {
    let targets = format!("{TARGETS}jobs,3,false,10\n");
    let plan = plan_with(&[("targets.csv", Some(&targets))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/targets.csv, row 3, column 'indicator': 'jobs' is not an indicator: actions.csv has no column 'impact_jobs'",
            "how to fix: use one of: people",
        ],
    );
    only_problem(&err);
}

#[test]
fn hard_not_true_or_false() {
    let targets = edit(TARGETS, "people,5,true,", "people,5,maybe,");
    let plan = plan_with(&[("targets.csv", Some(&targets))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/targets.csv, row 2, column 'hard': 'maybe' is not true or false",
            "how to fix: write true (must be met) or false (a shortfall costs the penalty)",
        ],
    );
    only_problem(&err);
}

// ---------------------------------------------------------------------------------------------
// Periods

#[test]
fn budget_for_a_period_actions_do_not_have() {
    let sources = edit(SOURCES, "budget_2026", "budget_2028");
    let plan = plan_with(&[("sources.csv", Some(&sources))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/sources.csv, column 'budget_2028': the period '2028' is not a period of the plan (the 'cost_<period>' columns of actions.csv give: 2025, 2026)",
            "how to fix: rename or remove 'budget_2028'",
            "plan/sources.csv: there is no column 'budget_2026' although the plan has the period '2026'",
        ],
    );
    // The source's budget is not blamed for the column mix-up.
    assert_eq!(problem_count(&err), 2, "{err}");
}

#[test]
fn missing_budget_column_for_a_period() {
    let sources = "\
id,name,kind,budget,budget_2025,max_share,eligible
own,Municipal budget,own,,500,1,
eu,ESF+,eu,1000,,0.85,skills
";
    let plan = plan_with(&[("sources.csv", Some(sources))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/sources.csv: there is no column 'budget_2026' although the plan has the period '2026'",
            "how to fix: add a column 'budget_2026' (leave its cells empty where there is nothing)",
        ],
    );
    only_problem(&err);
}

#[test]
fn partner_cash_for_another_period() {
    let partners = edit(PARTNERS, "cash_2026", "cash_2027");
    let plan = plan_with(&[("partners.csv", Some(&partners))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/partners.csv, column 'cash_2027': the period '2027' is not a period of the plan",
            "plan/partners.csv: there is no column 'cash_2026'",
        ],
    );
    assert_eq!(problem_count(&err), 2, "{err}");
}

#[test]
fn period_columns_in_a_single_period_plan() {
    let plan = plan_with(&[
        (
            "actions.csv",
            Some("id,cost,staff_hours_2025,impact_people\na,100,5,1\n"),
        ),
        ("sources.csv", Some("id,budget,budget_2025\nown,100,20\n")),
        ("partners.csv", Some("id,cash_2025\nlib,5\n")),
        ("targets.csv", None),
    ]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv: the column 'staff_hours_2025' names a period, but the plan has a single period (actions.csv has a plain 'cost' column)",
            "plan/sources.csv: the column 'budget_2025' names a period, but the plan has a single period",
            "how to fix: use one plain 'budget' column, or give actions.csv one 'cost_<period>' column per period",
            "plan/partners.csv: the column 'cash_2025' names a period",
        ],
    );
    assert_eq!(problem_count(&err), 3, "{err}");
}

// ---------------------------------------------------------------------------------------------
// Scenario files

#[test]
fn scenario_with_unknown_key() {
    let plan = plan_with(&[]);
    let s = scenario(&plan, "name = \"x\"\nbudget_cap = 5\n");
    let err = rejects(
        &plan,
        &s,
        &[
            "s.toml, line 2: unknown field `budget_cap`, expected one of `name`, `plan`, `objective`, `staff_capacity`, `support`, `weights`",
            "how to fix: write `key = value` lines",
        ],
    );
    only_problem(&err);
}

#[test]
fn scenario_with_bad_objective() {
    let plan = plan_with(&[]);
    let s = scenario(&plan, "name = \"x\"\nobjective = \"max-fun\"\n");
    let err = rejects(
        &plan,
        &s,
        &[
            "s.toml, line 2, key 'objective': 'max-fun' is not an objective",
            "how to fix: write \"max-impact\"",
            "or \"min-own-cost\"",
        ],
    );
    only_problem(&err);
}

#[test]
fn scenario_weight_for_unknown_indicator() {
    let plan = plan_with(&[]);
    let s = scenario(&plan, "[weights]\npeople = 1\njobs = 2\n");
    let err = rejects(
        &plan,
        &s,
        &[
            "s.toml, line 3, key 'weights.jobs': 'jobs' is not an indicator of the plan: actions.csv has no column 'impact_jobs'",
            "how to fix: use one of: people",
        ],
    );
    only_problem(&err);
}

#[test]
fn scenario_negative_weight() {
    let plan = plan_with(&[]);
    let s = scenario(&plan, "weights = { people = -1 }\n");
    let err = rejects(
        &plan,
        &s,
        &["s.toml, line 1, key 'weights.people': the weight -1 is not a number of 0 or more"],
    );
    only_problem(&err);
}

#[test]
fn staff_capacity_for_unknown_period() {
    let plan = plan_with(&[]);
    let s = scenario(
        &plan,
        "name = \"x\"\nstaff_capacity = { \"2025\" = 10, \"2026\" = 10, \"2027\" = 5 }\n",
    );
    let err = rejects(
        &plan,
        &s,
        &[
            "s.toml, line 2, key 'staff_capacity.2027': '2027' is not a period of the plan (the 'cost_<period>' columns of actions.csv give: 2025, 2026)",
            "how to fix: write hours per period as a number",
        ],
    );
    only_problem(&err);
}

#[test]
fn staff_capacity_missing_a_period() {
    let plan = plan_with(&[]);
    let s = scenario(&plan, "staff_capacity = { \"2025\" = 10 }\n");
    let err = rejects(
        &plan,
        &s,
        &[
            "s.toml, line 1, key 'staff_capacity': no capacity is given for the period '2026'",
            "how to fix: add \"2026\" = <hours> to the staff_capacity table",
        ],
    );
    only_problem(&err);
}

#[test]
fn negative_staff_capacity() {
    let plan = plan_with(&[]);
    let s = scenario(&plan, "name = \"x\"\n\nstaff_capacity = -5\n");
    let err = rejects(
        &plan,
        &s,
        &[
            "s.toml, line 3, key 'staff_capacity': -5 hours is negative",
            "how to fix: write the staff hours available per period, 0 or more",
        ],
    );
    only_problem(&err);
}

#[test]
fn negative_staff_capacity_for_one_period() {
    let plan = plan_with(&[]);
    let s = scenario(&plan, "staff_capacity = { \"2025\" = -1, \"2026\" = 10 }\n");
    let err = rejects(
        &plan,
        &s,
        &["s.toml, line 1, key 'staff_capacity.2025': -1 is not a number of hours, 0 or more"],
    );
    only_problem(&err);
}

#[test]
fn scenario_plan_folder_missing() {
    let plan = plan_with(&[]);
    let s = scenario(&plan, "name = \"x\"\nplan = \"nowhere\"\n");
    let err = rejects(
        &plan,
        &s,
        &[
            "s.toml, line 2, key 'plan': the plan folder '",
            "nowhere' does not exist",
            "how to fix: set `plan` to the folder holding actions.csv and sources.csv, relative to this scenario file",
        ],
    );
    only_problem(&err);
}

#[test]
fn scenario_toml_syntax_error_gives_the_line() {
    let plan = plan_with(&[]);
    let s = scenario(
        &plan,
        "name = \"x\"\nobjective = \"max-impact\nstaff_capacity = 5\n",
    );
    let err = rejects(
        &plan,
        &s,
        &["s.toml, line 2: ", "how to fix: write `key = value` lines"],
    );
    only_problem(&err);
    let s = scenario(&plan, "name = \"x\"\n\nobjective max-impact\n");
    let err = rejects(
        &plan,
        &s,
        &["s.toml, line 3: key with no value, expected `=`"],
    );
    only_problem(&err);
}

#[test]
fn scenario_value_of_wrong_type() {
    let plan = plan_with(&[]);
    let s = scenario(&plan, "name = 5\n");
    let err = rejects(
        &plan,
        &s,
        &["s.toml, line 1: invalid type: integer `5`, expected a string"],
    );
    only_problem(&err);
}

#[test]
fn scenario_file_missing() {
    let plan = plan_with(&[]);
    let missing = plan.dir.path().join("nope.toml");
    let err = rejects(
        &plan,
        &missing,
        &[
            "nope.toml: there is no such file or folder",
            "how to fix: give a scenario file (.toml",
        ],
    );
    only_problem(&err);
}

#[test]
fn a_table_given_instead_of_a_scenario() {
    let plan = plan_with(&[]);
    let err = rejects(
        &plan,
        &plan.plan().join("actions.csv"),
        &[
            "plan/actions.csv: this is a table, not a scenario file or a plan folder",
            "how to fix: give the plan folder that holds the tables",
        ],
    );
    only_problem(&err);
}

// ---------------------------------------------------------------------------------------------
// Many problems at once, and `check`

#[test]
fn several_problems_in_different_files_are_all_reported() {
    let actions = edit(ACTIONS, "b,Courses,skills,200,", "b,Courses,skills,-5,");
    let actions = edit(&actions, ",1,2,,,", ",1,2,,qq,maybe");
    let sources = edit(SOURCES, ",0.85,", ",1.5,");
    let partners = edit(PARTNERS, ",skills,", ",skils,");
    let targets = format!("{TARGETS}jobs,3,perhaps,10\n");
    let plan = plan_with(&[
        ("actions.csv", Some(&actions)),
        ("sources.csv", Some(&sources)),
        ("partners.csv", Some(&partners)),
        ("targets.csv", Some(&targets)),
    ]);
    let s = scenario(&plan, "objective = \"max-fun\"\nstaff_capacity = -3\n");
    let expected = [
        "s.toml, line 1, key 'objective': 'max-fun' is not an objective",
        "s.toml, line 2, key 'staff_capacity': -3 hours is negative",
        "plan/actions.csv, row 3, column 'cost_2025': '-5' is negative",
        "plan/actions.csv, row 4, column 'status': 'maybe' is not a status",
        "plan/actions.csv, row 4, column 'excludes': 'qq' is not an action id in actions.csv",
        "plan/sources.csv, row 3, column 'max_share': '1.5' is out of range",
        "plan/partners.csv, row 2, column 'eligible': 'skils' is neither an action id nor a category in actions.csv, but 'skills' is",
        "plan/targets.csv, row 3, column 'indicator': 'jobs' is not an indicator",
    ];
    let err = rejects(&plan, &s, &expected);
    assert!(
        err.contains(&format!(
            "the input has {} problems (nothing was written)",
            expected.len()
        )),
        "{err}"
    );
    assert_eq!(problem_count(&err), expected.len());
    // Every problem is numbered and has its own fix.
    assert_eq!(err.matches("how to fix:").count(), expected.len());
    for n in 1..=expected.len() {
        assert!(
            err.contains(&format!("  {n}. ")),
            "problem {n} missing:\n{err}"
        );
    }
    // The scenario file's problems come first, then the tables in file order.
    let positions: Vec<usize> = expected.iter().map(|e| err.find(e).unwrap()).collect();
    assert!(
        positions[0] < positions[2] && positions[2] < positions[5] && positions[5] < positions[6]
    );
}

#[test]
fn several_problems_in_one_table_are_all_reported() {
    let actions = edit(
        ACTIONS,
        "a,Coordinator,skills,100,100,10,10,1,",
        "a,Coordinator,skills,x,100,10,-10,2,",
    );
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let err = plan_rejected(
        &plan,
        &[
            "plan/actions.csv, row 2, column 'cost_2025': 'x' is not a number",
            "plan/actions.csv, row 2, column 'staff_hours_2026': '-10' is negative",
            "plan/actions.csv, row 2, column 'min_scale': '2' is out of range",
        ],
    );
    assert_eq!(problem_count(&err), 3, "{err}");
}

#[test]
fn check_on_bad_input_exits_2() {
    let actions = edit(ACTIONS, "b,Courses,skills,200,", "b,Courses,skills,-5,");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    fundmix()
        .arg("check")
        .arg(plan.plan())
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "plan/actions.csv, row 3, column 'cost_2025': '-5' is negative",
        ))
        .stderr(predicate::str::contains("how to fix:"))
        .stderr(predicate::str::contains("panicked").not());
    let s = scenario(&plan, "objective = \"max-fun\"\n");
    fundmix()
        .arg("check")
        .arg(&s)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the input has 2 problems"))
        .stderr(predicate::str::contains(
            "s.toml, line 1, key 'objective': 'max-fun' is not an objective",
        ));
    fundmix()
        .arg("check")
        .arg(plan.dir.path().join("missing"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("there is no such file or folder"));
}

#[test]
fn nothing_is_written_to_an_existing_report_folder() {
    // An earlier report stays as it was when the new input is bad.
    let actions = edit(ACTIONS, "b,Courses,skills,200,", "b,Courses,skills,-5,");
    let plan = plan_with(&[("actions.csv", Some(&actions))]);
    let out = plan.dir.path().join("old-report");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("summary.json"), "{}").unwrap();
    fundmix()
        .arg("solve")
        .arg(plan.plan())
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2);
    assert_eq!(
        std::fs::read_to_string(out.join("summary.json")).unwrap(),
        "{}"
    );
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1);
}
