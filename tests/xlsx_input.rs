//! Plans read from Excel workbooks: one sheet per table, an optional `scenario` sheet, and
//! scenario files pointing at a workbook. The workbooks are written here with rust_xlsxwriter
//! from the bundled example's CSV tables, so the CSV plan is the reference.

mod common;
#[path = "common/plan_tables.rs"]
mod plan_tables;

use assert_cmd::Command;
use fundmix::domain::Scenario;
use fundmix::solve::{solve, SolveOptions};
use fundmix::validate::load_scenario;
use plan_tables::{check_rejects, example_plan, example_table, is_text_column, plan_text, TABLES};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, Worksheet};
use std::path::{Path, PathBuf};

/// The settings of `scenarios/jelgava/baseline.toml` as rows of a `scenario` sheet.
const BASELINE_SETTINGS: [(&str, Setting); 8] = [
    ("name", Setting::Text("Baseline")),
    ("objective", Setting::Text("max-impact")),
    ("staff_capacity.2025", Setting::Number(3000.0)),
    ("staff_capacity.2026", Setting::Number(3400.0)),
    ("staff_capacity.2027", Setting::Number(3400.0)),
    ("weights.seniors_trained", Setting::Number(2.0)),
    ("weights.residents_trained", Setting::Number(1.0)),
    ("weights.access_points", Setting::Number(50.0)),
];

/// A value in column B of the scenario sheet.
#[derive(Clone, Copy)]
enum Setting {
    Text(&'static str),
    Number(f64),
}

/// A change to one cell of the example before it is written: (sheet, row as Excel numbers it,
/// column name, new cell).
type Edit<'a> = (&'a str, u32, &'a str, Cell<'a>);

/// What to write in a cell.
#[derive(Clone, Copy)]
enum Cell<'a> {
    Text(&'a str),
    Date(u16, u8, u8),
    Formula(&'a str, &'a str),
}

fn write_cell(sheet: &mut Worksheet, row: u32, column: u16, column_name: &str, text: &str) {
    if text.is_empty() {
        return;
    }
    match (text, text.parse::<f64>()) {
        ("true", _) => sheet.write_boolean(row, column, true),
        ("false", _) => sheet.write_boolean(row, column, false),
        (_, Ok(number)) if !is_text_column(column_name) => sheet.write_number(row, column, number),
        _ => sheet.write_string(row, column, text),
    }
    .unwrap();
}

/// Writes the example's tables (`sheets`: which ones, under which sheet names) and a scenario
/// sheet with `settings` (none: no scenario sheet) to `path`, with `edits` applied.
fn write_workbook(
    path: &Path,
    sheets: &[(&str, &str)],
    settings: Option<&[(&str, Setting)]>,
    edits: &[Edit],
) {
    let mut workbook = Workbook::new();
    for (table, sheet_name) in sheets {
        let rows = example_table(table);
        let sheet = workbook.add_worksheet();
        sheet.set_name(*sheet_name).unwrap();
        let header = rows[0].clone();
        for (r, cells) in rows.iter().enumerate() {
            for (c, text) in cells.iter().enumerate() {
                let (row, column) = (r as u32, c as u16);
                if r == 0 {
                    sheet.write_string(row, column, text).unwrap();
                } else {
                    write_cell(sheet, row, column, &header[c], text);
                }
            }
        }
        for (_, row, column_name, cell) in edits.iter().filter(|e| e.0 == *table) {
            let column = header.iter().position(|h| h == column_name).unwrap() as u16;
            let row = row - 1;
            match *cell {
                Cell::Text(text) => {
                    sheet.write_string(row, column, text).unwrap();
                }
                Cell::Date(y, m, d) => {
                    let date = ExcelDateTime::from_ymd(y, m, d).unwrap();
                    let format = Format::new().set_num_format("yyyy-mm-dd");
                    sheet
                        .write_datetime_with_format(row, column, &date, &format)
                        .unwrap();
                }
                Cell::Formula(formula, result) => {
                    sheet
                        .write_formula(row, column, Formula::new(formula).set_result(result))
                        .unwrap();
                }
            }
        }
    }
    if let Some(settings) = settings {
        let sheet = workbook.add_worksheet();
        sheet.set_name("scenario").unwrap();
        sheet.write_string(0, 0, "key").unwrap();
        sheet.write_string(0, 1, "value").unwrap();
        sheet.write_string(0, 2, "note").unwrap();
        for (i, (key, value)) in settings.iter().enumerate() {
            let row = i as u32 + 1;
            sheet.write_string(row, 0, *key).unwrap();
            match value {
                Setting::Text(text) => sheet.write_string(row, 1, *text),
                Setting::Number(x) => sheet.write_number(row, 1, *x),
            }
            .unwrap();
        }
    }
    workbook.save(path).unwrap();
}

/// Every table of the example under its own name.
fn all_sheets() -> Vec<(&'static str, &'static str)> {
    TABLES.iter().map(|t| (*t, *t)).collect()
}

fn baseline() -> Scenario {
    load_scenario(&Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/jelgava/baseline.toml"))
        .unwrap()
}

/// The baseline's settings plus the one weight the list above leaves out (it is 0.5).
fn baseline_settings() -> Vec<(&'static str, Setting)> {
    let mut settings = BASELINE_SETTINGS.to_vec();
    settings.push(("weights.eservice_users_helped", Setting::Number(0.5)));
    settings
}

fn assert_same_scenario(a: &Scenario, b: &Scenario) {
    assert_eq!(plan_text(a), plan_text(b));
    assert_eq!(a.name, b.name);
    assert_eq!(a.objective, b.objective);
    assert_eq!(a.weights, b.weights);
    assert_eq!(a.staff_capacity_hours, b.staff_capacity_hours);
}

fn fundmix() -> Command {
    Command::cargo_bin("fundmix").unwrap()
}

/// Runs `fundmix check INPUT`; asserts exit code 2 and every `expected` text on stderr.
fn rejected(input: &Path, expected: &[&str]) -> String {
    check_rejects(input, expected)
}

fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.xlsx");
    (dir, path)
}

#[test]
fn the_example_as_a_workbook_solves_to_the_csv_plans_objective() {
    let (_dir, path) = temp();
    write_workbook(&path, &all_sheets(), Some(&baseline_settings()), &[]);
    let from_workbook = load_scenario(&path).unwrap();
    let from_csv = baseline();
    assert_same_scenario(&from_workbook, &from_csv);
    assert_eq!(from_workbook.plan.folder, path);

    let options = SolveOptions::default();
    let csv_objective = solve(&from_csv, &options).unwrap().objective.unwrap();
    let workbook_objective = solve(&from_workbook, &options).unwrap().objective.unwrap();
    assert!(csv_objective > 0.0);
    assert!(
        (csv_objective - workbook_objective).abs() <= 1e-6 * csv_objective,
        "CSV plan {csv_objective}, workbook {workbook_objective}"
    );
}

#[test]
fn without_a_scenario_sheet_the_workbook_gets_default_settings() {
    let (dir, path) = temp();
    write_workbook(&path, &all_sheets(), None, &[]);
    let scenario = load_scenario(&path).unwrap();
    let folder = load_scenario(&example_plan()).unwrap();
    assert_eq!(plan_text(&scenario), plan_text(&folder));
    assert_eq!(scenario.name, "plan");
    assert_eq!(scenario.weights, folder.weights);
    assert_eq!(scenario.staff_capacity_hours, None);
    fundmix()
        .arg("check")
        .arg(&path)
        .current_dir(dir.path())
        .assert()
        .success();
}

#[test]
fn sheet_names_ignore_case_and_optional_sheets_may_be_missing() {
    let (_dir, path) = temp();
    write_workbook(
        &path,
        &[("actions", "Actions"), ("sources", " SOURCES")],
        None,
        &[],
    );
    let scenario = load_scenario(&path).unwrap();
    assert!(scenario.plan.partners.is_empty());
    assert!(scenario.plan.targets.is_empty());
    let sources = example_table("sources").len() - 1;
    assert_eq!(scenario.plan.sources.len(), sources);
    assert_eq!(scenario.plan.sources[0].id, example_table("sources")[1][0]);
}

#[test]
fn a_missing_sheet_is_named() {
    let (_dir, path) = temp();
    write_workbook(
        &path,
        &[("actions", "actions"), ("targets", "Notes")],
        None,
        &[],
    );
    let stderr = rejected(
        &path,
        &[
            "plan.xlsx: the workbook has no sheet 'sources'",
            "how to fix: add a sheet named 'sources' with the same columns as sources.csv (the workbook has: actions, Notes)",
        ],
    );
    assert!(stderr.contains("the input has 1 problem"), "{stderr}");
}

#[test]
fn bad_cells_are_named_by_sheet_row_and_column() {
    let (_dir, path) = temp();
    write_workbook(
        &path,
        &all_sheets(),
        None,
        &[
            ("actions", 4, "cost_2025", Cell::Text("12k")),
            ("sources", 3, "max_share", Cell::Date(2025, 3, 1)),
            ("targets", 2, "hard", Cell::Text("maybe")),
        ],
    );
    let stderr = rejected(
        &path,
        &[
            "plan.xlsx, sheet 'actions', row 4, column 'cost_2025': '12k' is not a number",
            "plan.xlsx, sheet 'sources', row 3, column 'max_share': '2025-03-01' is not a number",
            "plan.xlsx, sheet 'targets', row 2, column 'hard': 'maybe' is not true or false",
        ],
    );
    assert!(stderr.contains("the input has 3 problems"), "{stderr}");
}

#[test]
fn formulas_read_as_their_saved_values() {
    let (_dir, path) = temp();
    // The example's first action costs 30000 in 2025; a formula computing it reads the same.
    write_workbook(
        &path,
        &all_sheets(),
        Some(&baseline_settings()),
        &[(
            "actions",
            2,
            "cost_2025",
            Cell::Formula("=3*10000", "30000"),
        )],
    );
    assert_same_scenario(&load_scenario(&path).unwrap(), &baseline());
}

#[test]
fn scenario_sheet_problems_are_named_by_row_and_key() {
    let (_dir, path) = temp();
    let mut settings = baseline_settings();
    settings[1] = ("objective", Setting::Text("best"));
    settings.push(("weights.nobody", Setting::Number(1.0)));
    write_workbook(&path, &all_sheets(), Some(&settings), &[]);
    rejected(
        &path,
        &[
            "plan.xlsx, sheet 'scenario', row 3, key 'objective': 'best' is not an objective",
            "plan.xlsx, sheet 'scenario', row 11, key 'weights.nobody': 'nobody' is not an indicator of the plan",
        ],
    );

    settings = baseline_settings();
    settings.push(("objectiv", Setting::Text("max-impact")));
    settings.push(("plan", Setting::Text("other")));
    write_workbook(&path, &all_sheets(), Some(&settings), &[]);
    // Rows that cannot be settings are all reported; the TOML-level check waits for them.
    rejected(
        &path,
        &["plan.xlsx, sheet 'scenario', row 12, key 'plan': the scenario sheet cannot name a plan"],
    );
    settings.pop();
    write_workbook(&path, &all_sheets(), Some(&settings), &[]);
    rejected(
        &path,
        &["plan.xlsx, sheet 'scenario', row 11: unknown field `objectiv`, expected one of"],
    );
}

#[test]
fn scenario_sheet_and_plan_sheet_problems_come_together() {
    let (_dir, path) = temp();
    let mut settings = baseline_settings();
    settings.push(("budget_factor", Setting::Number(0.9)));
    settings.push(("budget_factor", Setting::Number(0.8)));
    write_workbook(
        &path,
        &all_sheets(),
        Some(&settings),
        &[("actions", 3, "min_scale", Cell::Text("-1"))],
    );
    let stderr = rejected(
        &path,
        &[
            "plan.xlsx, sheet 'scenario', row 12, key 'budget_factor': 'budget_factor' is set twice (first on row 11)",
            "plan.xlsx, sheet 'actions', row 3, column 'min_scale'",
        ],
    );
    assert!(stderr.contains("the input has 2 problems"), "{stderr}");
}

#[test]
fn a_scenario_file_can_name_a_workbook_as_its_plan() {
    let (dir, path) = temp();
    // The workbook's own scenario sheet says min-own-cost; `plan =` takes only its tables.
    write_workbook(
        &path,
        &all_sheets(),
        Some(&[("objective", Setting::Text("min-own-cost"))]),
        &[],
    );
    let baseline_toml = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/jelgava/baseline.toml"),
    )
    .unwrap()
    .replace("plan = \"plan\"", "plan = \"plan.xlsx\"");
    assert!(baseline_toml.contains("plan = \"plan.xlsx\""));
    let toml = dir.path().join("baseline.toml");
    std::fs::write(&toml, baseline_toml).unwrap();
    let scenario = load_scenario(&toml).unwrap();
    assert_same_scenario(&scenario, &baseline());
    assert_eq!(scenario.plan.folder, path);

    std::fs::write(dir.path().join("gone.toml"), "plan = \"gone.xlsx\"\n").unwrap();
    rejected(
        &dir.path().join("gone.toml"),
        &[
            "gone.toml, line 1, key 'plan': the workbook '",
            "gone.xlsx' does not exist",
        ],
    );
}

#[test]
fn a_variant_can_extend_a_workbooks_scenario_sheet() {
    let (dir, path) = temp();
    write_workbook(&path, &all_sheets(), Some(&baseline_settings()), &[]);
    let variant = dir.path().join("cut.toml");
    std::fs::write(&variant, "extends = \"plan.xlsx\"\nbudget_factor = 0.9\n").unwrap();
    let scenario = load_scenario(&variant).unwrap();
    let base = baseline();
    // Settings come from the sheet, the plan from the workbook, the cut from the variant.
    assert_eq!(scenario.name, "cut");
    assert_eq!(scenario.weights, base.weights);
    assert_eq!(scenario.staff_capacity_hours, base.staff_capacity_hours);
    let budget = |s: &Scenario| s.plan.sources[1].budget_total_eur.unwrap();
    assert!((budget(&scenario) - 0.9 * budget(&base)).abs() < 1e-6);

    // A bad key in the variant is located in the variant; one in the sheet, at its row.
    std::fs::write(&variant, "extends = \"plan.xlsx\"\n[weights]\nnobody = 1\n").unwrap();
    rejected(&variant, &["cut.toml, line 3, key 'weights.nobody'"]);
}

#[test]
fn staff_hours_for_every_period_with_one_period_of_its_own() {
    let (_dir, path) = temp();
    write_workbook(
        &path,
        &all_sheets(),
        Some(&[
            ("name", Setting::Text("Hours")),
            ("staff_capacity", Setting::Number(3000.0)),
            ("staff_capacity.2026", Setting::Number(3400.0)),
        ]),
        &[],
    );
    let scenario = load_scenario(&path).unwrap();
    assert_eq!(scenario.name, "Hours");
    assert_eq!(scenario.plan.periods, ["2025", "2026", "2027"]);
    assert_eq!(
        scenario.staff_capacity_hours,
        Some(vec![3000.0, 3400.0, 3000.0])
    );
}

#[test]
fn a_file_that_is_not_a_workbook_is_one_problem() {
    let (_dir, path) = temp();
    std::fs::write(&path, "id,cost\n").unwrap();
    let stderr = rejected(
        &path,
        &[
            "plan.xlsx: cannot read the workbook (",
            "how to fix: check that it is an Excel workbook saved as .xlsx",
        ],
    );
    assert!(stderr.contains("the input has 1 problem"), "{stderr}");
    rejected(
        &path.with_file_name("missing.xlsx"),
        &["missing.xlsx: there is no such workbook"],
    );
}

/// The bundled example workbook: the CSV plan and `baseline.toml`'s settings in one file.
const BUNDLED: &str = "scenarios/jelgava/baseline.xlsx";

#[test]
fn the_bundled_workbook_is_the_csv_example() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BUNDLED);
    assert_same_scenario(&load_scenario(&path).unwrap(), &baseline());
}

/// Rewrites the bundled workbook from the CSV example (and the settings above) after either
/// changes: `cargo test --test xlsx_input -- --ignored`.
#[test]
#[ignore = "writes scenarios/jelgava/baseline.xlsx; run by hand after changing the example"]
fn write_the_bundled_workbook() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BUNDLED);
    write_workbook(&path, &all_sheets(), Some(&baseline_settings()), &[]);
}
