//! The bundled example's plan tables as cells, for tests that write them in another form (a
//! workbook, a European CSV export) and check that the same plan comes back; and the check
//! those tests make of a refused input.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The tables of the bundled example, in the order the plan reads them.
pub const TABLES: [&str; 5] = ["actions", "sources", "partners", "targets", "owners"];

/// The bundled example's plan folder.
pub fn example_plan() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/jelgava/plan")
}

/// The rows of the example's table `name` (header first), each a list of cells.
pub fn example_table(name: &str) -> Vec<Vec<String>> {
    let path = example_plan().join(format!("{name}.csv"));
    let text = std::fs::read_to_string(&path).unwrap();
    parse_csv(&text)
}

/// A small CSV parser for the tests (`,` between cells, `"` quotes with `""` inside), written
/// apart from fundmix's own so that the tests do not check the reader against itself.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut cell)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            _ => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// Columns that hold text (or lists), never numbers, in the example.
pub fn is_text_column(column: &str) -> bool {
    matches!(
        column,
        "id" | "name"
            | "category"
            | "goal"
            | "kind"
            | "eligible"
            | "requires"
            | "excludes"
            | "status"
            | "indicator"
            | "hard"
            | "owner"
    )
}

/// The plan of a scenario as text, without the place it was read from, to compare two plans
/// read from different files.
pub fn plan_text(scenario: &fundmix::domain::Scenario) -> String {
    let mut plan = scenario.plan.clone();
    plan.folder = PathBuf::new();
    format!("{plan:?}")
}

/// Runs `fundmix check INPUT`; asserts exit code 2, every `expected` text on stderr and no
/// panic. Returns stderr.
pub fn check_rejects(input: &Path, expected: &[&str]) -> String {
    let assert = assert_cmd::Command::cargo_bin("fundmix")
        .unwrap()
        .arg("check")
        .arg(input)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    for text in expected {
        assert!(
            stderr.contains(text),
            "stderr lacks {text:?}; it was:\n{stderr}"
        );
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}
